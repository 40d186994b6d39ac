from django.contrib import admin
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from academy.admin import TranslatedAdmin, side_by_side
from academy.i18n import translated_columns
from news import markup
from news.models import Article, Photo, Topic


@admin.register(Topic)
class TopicAdmin(TranslatedAdmin):
    list_display = ["name_en", "slug", "translation_status"]
    search_fields = translated_columns("name")
    prepopulated_fields = {"slug": ["name_en"]}
    fields = [*side_by_side("name"), "slug"]


@admin.register(Photo)
class PhotoAdmin(TranslatedAdmin):
    list_display = ["thumbnail", "__str__", "width", "height", "uploaded_at", "translation_status"]
    list_display_links = ["thumbnail", "__str__"]
    search_fields = translated_columns("alt_text", "caption", "credit")
    date_hierarchy = "uploaded_at"
    readonly_fields = ["thumbnail", "reference"]
    fieldsets = [
        (None, {"fields": ["image", "thumbnail", "reference"]}),
        (_("Text"), {"fields": side_by_side("alt_text", "caption", "credit")}),
    ]

    @admin.display(description=_("preview"))
    def thumbnail(self, obj):
        if not obj.pk:
            return "—"
        return format_html('<img src="{}" alt="" width="120">', obj.thumbnail_url)

    @admin.display(description=_("to place it in news text, write"))
    def reference(self, obj):
        return markup.photo_reference(obj.pk) if obj.pk else _("(save the photo first)")


@admin.register(Article)
class ArticleAdmin(TranslatedAdmin):
    list_display = ["__str__", "state", "published_at", "written_in", "updated_at"]
    list_filter = ["status", "published_at", "topics"]
    search_fields = [*translated_columns("title", "summary"), "slug"]
    date_hierarchy = "published_at"
    ordering = ["-published_at", "-id"]
    prepopulated_fields = {"slug": ["title_en"]}
    autocomplete_fields = ["lead_photo", "topics", "related_programs", "related_partners"]
    fieldsets = [
        (None, {"fields": [*side_by_side("title"), "slug"]}),
        (_("Text"), {"fields": side_by_side("summary", "body", "byline")}),
        (
            _("Publication"),
            {
                "fields": ["status", "published_at"],
                "description": _(
                    "A published item with a later time goes live by itself at that time. "
                    "Until then, and while it is a draft, only staff can open it, "
                    "with “View on site”."
                ),
            },
        ),
        (_("Photo"), {"fields": ["lead_photo"]}),
        (_("Links"), {"fields": ["topics", "related_programs", "related_partners"]}),
        (
            _("Source and credits"),
            {"fields": ["source_name", "source_url", *side_by_side("credits")]},
        ),
    ]

    @admin.display(description=_("written in"))
    def written_in(self, obj):
        return ", ".join(obj.languages())

    @admin.display(description=_("state"))
    def state(self, obj):
        if obj.status == Article.Status.DRAFT:
            return _("Draft")
        if obj.published_at > timezone.now():
            return _("Scheduled")
        return _("Live")
