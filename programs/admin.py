from django.contrib import admin
from django.forms.models import BaseInlineFormSet
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from academy.admin import SafeKeysMixin, TranslatedAdmin
from academy.i18n import translated_columns
from programs.admin_import import SpreadsheetImportMixin
from programs.forms import EnrollmentFigureForm, over_total_error
from programs.models import EnrollmentFigure, FigureChange, Intake, Program


@admin.register(Program)
class ProgramAdmin(TranslatedAdmin):
    count_label = ngettext_lazy("%(count)s major", "%(count)s majors", "count")
    list_display = [
        "name_en",
        "slug",
        "duration_years",
        "position",
        "is_active",
        "translation_status",
    ]
    list_editable = ["position", "is_active"]
    list_filter = ["is_active", "duration_years"]
    search_fields = translated_columns("name")
    ordering = ["position", "slug"]
    prepopulated_fields = {"slug": ["name_en"]}
    fieldsets = [
        (None, {"fields": ["name", "slug", "icon", "position", "is_active"]}),
        (_("Overview"), {"fields": ["summary", "description", "skills"]}),
        (
            _("Study"),
            {
                "fields": [
                    "duration_years",
                    "award",
                    "awards_detail",
                    "instruction_language",
                    "russian_study",
                    "pathway",
                    "pathway_steps",
                    "careers",
                ]
            },
        ),
        (
            _("Admission"),
            {
                "fields": [
                    "requirements_china",
                    "requirements_international",
                    "application_opens_on",
                    "application_closes_on",
                ]
            },
        ),
    ]


class FiguresWithinTotalFormSet(BaseInlineFormSet):
    """Per-major counts may not add up to more than the intake's total."""

    def clean(self):
        super().clean()
        total = self.instance.total_students
        if total is None:
            return
        known = sum(
            form.cleaned_data.get("students") or 0
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        )
        if known > total:
            raise over_total_error(known, total)


class EnrollmentFigureInline(SafeKeysMixin, admin.TabularInline):
    model = EnrollmentFigure
    formset = FiguresWithinTotalFormSet
    extra = 0
    autocomplete_fields = ["program"]


class RecordedChangesAdmin(admin.ModelAdmin):
    """Every change to a figure made here is recorded, with its author."""

    def save_model(self, request, obj, form, change):
        FigureChange.save_recorded(obj, user=request.user, via=FigureChange.Channel.ADMIN)

    def delete_model(self, request, obj):
        FigureChange.delete_recorded(obj, user=request.user, via=FigureChange.Channel.ADMIN)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            FigureChange.delete_recorded(obj, user=request.user, via=FigureChange.Channel.ADMIN)


@admin.register(Intake)
class IntakeAdmin(SpreadsheetImportMixin, RecordedChangesAdmin, TranslatedAdmin):
    count_label = ngettext_lazy("%(count)s intake", "%(count)s intakes", "count")
    list_display = ["academic_year", "total_students", "is_public"]
    list_filter = ["is_public"]
    ordering = ["-year"]
    fieldsets = [
        (None, {"fields": ["year", "total_students", "is_public", "source"]}),
    ]
    inlines = [EnrollmentFigureInline]

    @admin.display(description=_("academic year"), ordering="year")
    def academic_year(self, intake):
        return intake.academic_year

    def save_model(self, request, obj, form, change):
        """Saved with its figures (save_related), in the order the database allows."""

    def save_related(self, request, form, formsets, change):
        form.save_m2m()
        figures, removed = [], []
        for formset in formsets:
            figures += formset.save(commit=False)
            removed += formset.deleted_objects
        FigureChange.save_intake_recorded(
            form.instance, figures, removed, user=request.user, via=FigureChange.Channel.ADMIN
        )
        for formset in formsets:
            formset.save_m2m()


@admin.register(EnrollmentFigure)
class EnrollmentFigureAdmin(SpreadsheetImportMixin, SafeKeysMixin, RecordedChangesAdmin):
    count_label = ngettext_lazy(
        "%(count)s enrollment figure", "%(count)s enrollment figures", "count"
    )
    list_display = ["intake", "program", "students", "planned_places"]
    list_filter = ["intake__is_public", "program", "intake"]
    list_select_related = ["intake", "program"]
    search_fields = translated_columns("program__name")
    ordering = ["-intake__year", "program__position"]
    autocomplete_fields = ["program"]
    form = EnrollmentFigureForm


@admin.register(FigureChange)
class FigureChangeAdmin(admin.ModelAdmin):
    count_label = ngettext_lazy("%(count)s figure change", "%(count)s figure changes", "count")
    list_display = [
        "changed_at",
        "changed_by",
        "year",
        "program",
        "field",
        "old",
        "new",
        "via",
        "file_name",
    ]
    list_filter = ["year", "field", "via"]
    list_select_related = ["changed_by", "program"]
    date_hierarchy = "changed_at"
    # The record is read-only: each value as the reader's language words it.
    fields = readonly_fields = [
        "changed_at", "changed_by", "via", "file_name", "year", "program", "field", "old", "new",
    ]  # fmt: skip

    @admin.display(description=_("from"))
    def old(self, change):
        return change.shown_value(change.old_value)

    @admin.display(description=_("to"))
    def new(self, change):
        return change.shown_value(change.new_value)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
