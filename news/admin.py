from django import forms
from django.contrib import admin
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from academy.admin import TranslatedAdmin
from academy.i18n import language_names, translated_columns
from news import markup
from news.models import Article, Photo, Topic


@admin.register(Topic)
class TopicAdmin(TranslatedAdmin):
    count_label = ngettext_lazy("%(count)s topic", "%(count)s topics", "count")
    list_display = ["name_en", "slug", "translation_status"]
    search_fields = translated_columns("name")
    prepopulated_fields = {"slug": ["name_en"]}
    fields = ["name", "slug"]


@admin.register(Photo)
class PhotoAdmin(TranslatedAdmin):
    count_label = ngettext_lazy("%(count)s photo", "%(count)s photos", "count")
    list_display = ["thumbnail", "__str__", "width", "height", "uploaded_at", "translation_status"]
    list_display_links = ["thumbnail", "__str__"]
    search_fields = translated_columns("alt_text", "caption", "credit")
    date_hierarchy = "uploaded_at"
    readonly_fields = ["thumbnail", "reference"]
    fieldsets = [
        (None, {"fields": ["image", "thumbnail", "reference"]}),
        (_("Text"), {"fields": ["alt_text", "caption", "credit"]}),
    ]

    @admin.display(description=_("preview"))
    def thumbnail(self, obj):
        if not obj.pk:
            return "—"
        return format_html('<img src="{}" alt="" width="120">', obj.thumbnail_url)

    @admin.display(description=_("to place it in news text, write"))
    def reference(self, obj):
        return markup.photo_reference(obj.pk) if obj.pk else _("(save the photo first)")


class ArticleForm(forms.ModelForm):
    """The web address may be left empty: it is then made from the title,
    in whichever language the item is written, and shown for editing."""

    class Meta:
        model = Article
        # The admin's fieldsets name the rest.
        fields = ["slug"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False

    def clean(self):
        cleaned = super().clean()
        if "slug" in self.fields and not cleaned.get("slug") and "slug" not in self.errors:
            for column in translated_columns("title"):
                setattr(self.instance, column, cleaned.get(column) or "")
            self.instance.published_at = cleaned.get("published_at")
            cleaned["slug"] = self.instance.fresh_slug()
        return cleaned


class PublicationStateFilter(admin.SimpleListFilter):
    """Drafts, items waiting for their publication time, and live items:
    the three states the list shows."""

    title = _("state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [("draft", _("Draft")), ("scheduled", _("Scheduled")), ("live", _("Live"))]

    def queryset(self, request, queryset):
        chosen = {"draft": "drafts", "scheduled": "scheduled", "live": "published"}
        if self.value() in chosen:
            return getattr(queryset, chosen[self.value()])()
        return queryset


@admin.register(Article)
class ArticleAdmin(TranslatedAdmin):
    count_label = ngettext_lazy("%(count)s news item", "%(count)s news items", "count")
    form = ArticleForm
    list_display = ["__str__", "state", "published_at", "written_in", "updated_at"]
    list_filter = [PublicationStateFilter, "published_at", "topics"]
    search_fields = [*translated_columns("title", "summary"), "slug"]
    date_hierarchy = "published_at"
    ordering = ["-published_at", "-id"]
    prepopulated_fields = {"slug": ["title_en"]}
    autocomplete_fields = ["lead_photo", "topics", "related_programs", "related_partners"]
    text_rows = {"body": 10}
    fieldsets = [
        (None, {"fields": ["title", "summary", "body", ("byline", "credits")]}),
        (
            _("Publication"),
            {
                "fields": [("status", "published_at"), ("slug", "lead_photo")],
                "description": _(
                    "A published item with a later time goes live by itself at that time. "
                    "Until then, and while it is a draft, only staff can open it, "
                    "with “View on site”."
                ),
            },
        ),
        (_("Links"), {"fields": [("topics", "related_programs", "related_partners")]}),
        (_("Source"), {"fields": [("source_name", "source_url")]}),
    ]

    @admin.display(description=_("written in"))
    def written_in(self, obj):
        return language_names(obj.languages())

    @admin.display(description=_("state"))
    def state(self, obj):
        if obj.status == Article.Status.DRAFT:
            return _("Draft")
        if obj.published_at > timezone.now():
            return _("Scheduled")
        return _("Live")
