from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, ngettext_lazy

from academy.admin import SafeKeysMixin
from admissions.models import Question

STUDENT_FIELDS = [
    "created_at",
    "name",
    "email",
    "phone",
    "preferred_language",
    "program",
    "question",
    "consent_text",
]


@admin.register(Question)
class QuestionAdmin(SafeKeysMixin, admin.ModelAdmin):
    count_label = ngettext_lazy("%(count)s question", "%(count)s questions", "count")
    """Triage: what the student wrote is kept as written; staff set the
    status, who answers, and notes."""

    list_display = [
        "created_at",
        "name",
        "program",
        "preferred_language",
        "status",
        "assigned_to",
        "updated_at",
    ]
    list_filter = ["status", "preferred_language", "program", "assigned_to"]
    list_select_related = ["program", "assigned_to"]
    search_fields = ["name", "email", "phone", "question"]
    date_hierarchy = "created_at"
    readonly_fields = [*STUDENT_FIELDS, "updated_at"]
    fieldsets = [
        (_("From the student"), {"fields": STUDENT_FIELDS}),
        (_("Triage"), {"fields": ["status", "assigned_to", "internal_notes", "updated_at"]}),
    ]
    actions = ["mark_answered", "mark_closed"]

    def has_add_permission(self, request):
        return False  # questions come from the public form

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "assigned_to":
            kwargs["queryset"] = db_field.related_model.objects.filter(is_staff=True)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def _set_status(self, request, queryset, status):
        # update() skips auto_now, so the time of the change is set by hand.
        count = queryset.update(status=status, updated_at=timezone.now())
        self.message_user(
            request,
            ngettext("%(count)d question updated.", "%(count)d questions updated.", count)
            % {"count": count},
        )

    @admin.action(description=_("Mark as answered"), permissions=["change"])
    def mark_answered(self, request, queryset):
        self._set_status(request, queryset, Question.Status.ANSWERED)

    @admin.action(description=_("Mark as closed"), permissions=["change"])
    def mark_closed(self, request, queryset):
        self._set_status(request, queryset, Question.Status.CLOSED)
