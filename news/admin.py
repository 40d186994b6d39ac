from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from academy.admin import TranslatedAdmin, side_by_side
from academy.i18n import column_name, language_codes
from news.models import Article


@admin.register(Article)
class ArticleAdmin(TranslatedAdmin):
    list_display = ["__str__", "status", "published_at", "written_in", "updated_at"]
    list_filter = ["status", "published_at"]
    search_fields = [
        column_name(field, code) for field in ("title", "summary") for code in language_codes()
    ] + ["slug"]
    date_hierarchy = "published_at"
    ordering = ["-published_at", "-id"]
    prepopulated_fields = {"slug": ["title_en"]}
    fieldsets = [
        (None, {"fields": [*side_by_side("title"), "slug"]}),
        (_("Text"), {"fields": side_by_side("summary", "body")}),
        (_("Publication"), {"fields": ["status", "published_at"]}),
        (
            _("Source and credits"),
            {"fields": ["source_name", "source_url", *side_by_side("credits")]},
        ),
    ]

    @admin.display(description=_("written in"))
    def written_in(self, obj):
        return ", ".join(obj.languages())
