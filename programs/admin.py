from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from academy.admin import TranslatedAdmin, side_by_side
from academy.i18n import column_name, language_codes
from programs.models import EnrollmentFigure, Intake, Program


@admin.register(Program)
class ProgramAdmin(TranslatedAdmin):
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
    search_fields = [column_name("name", code) for code in language_codes()]
    ordering = ["position", "slug"]
    prepopulated_fields = {"slug": ["name_en"]}
    fieldsets = [
        (None, {"fields": [*side_by_side("name"), "slug", "position", "is_active"]}),
        (_("Overview"), {"fields": side_by_side("summary", "description")}),
        (_("Study"), {"fields": ["duration_years", *side_by_side("award", "pathway", "careers")]}),
    ]


class EnrollmentFigureInline(admin.TabularInline):
    model = EnrollmentFigure
    extra = 0
    autocomplete_fields = ["program"]


@admin.register(Intake)
class IntakeAdmin(TranslatedAdmin):
    list_display = ["academic_year", "total_students", "is_public"]
    list_editable = ["is_public"]
    list_filter = ["is_public"]
    ordering = ["-year"]
    fieldsets = [
        (None, {"fields": ["year", "total_students", "is_public", *side_by_side("source")]})
    ]
    inlines = [EnrollmentFigureInline]


@admin.register(EnrollmentFigure)
class EnrollmentFigureAdmin(admin.ModelAdmin):
    list_display = ["intake", "program", "students", "planned_places"]
    list_filter = ["intake__is_public", "program", "intake"]
    list_select_related = ["intake", "program"]
    search_fields = [column_name("program__name", code) for code in language_codes()]
    ordering = ["-intake__year", "program__position"]
    autocomplete_fields = ["program"]
