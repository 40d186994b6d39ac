from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect, AutocompleteSelectMultiple
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from academy.i18n import (
    LANGUAGE_NAMES,
    OWN_NAMES,
    column_name,
    current_language,
    in_language,
    language_codes,
    language_names,
    translated_columns,
)
from academy.models import PARTNER_ROLE_ORDER, Academy, Partner

admin.site.site_header = _("Academy portal administration")
admin.site.site_title = _("Academy portal")
admin.site.index_title = _("Content and figures")


def by_language(fieldsets, translated):
    """The fieldsets as the language tabs show them. Admins declare a
    translated field once, by its name ("title"); each fieldset holding such
    fields becomes one fieldset per language, marked for that language's tab,
    followed by its fields common to every language. Without JavaScript the
    languages simply follow one another.
    A line of fields may be a tuple, shown on one row: all translated, or
    all common."""

    def is_translated(line):
        return all(field in translated for field in (line if isinstance(line, tuple) else [line]))

    def in_code(line, code):
        if isinstance(line, tuple):
            return tuple(column_name(field, code) for field in line)
        return column_name(line, code)

    shown = []
    for name, options in fieldsets:
        own = [line for line in options["fields"] if is_translated(line)]
        common = [line for line in options["fields"] if not is_translated(line)]
        for code in language_codes() if own else ():
            shown.append(
                (
                    in_language(name, code) if name else LANGUAGE_NAMES[code],
                    {
                        **options,
                        "fields": [in_code(line, code) for line in own],
                        "classes": [
                            *options.get("classes", ()),
                            "language",
                            f"language-{code}",
                            *([] if name else ["language-only"]),
                        ],
                        "description": None if common else options.get("description"),
                    },
                )
            )
        if common:
            shown.append((name, {**options, "fields": common}))
    return shown


class LanguageState:
    COMPLETE = "complete"
    PARTLY = "partly"
    MISSING = "missing"
    LABELS = {COMPLETE: _("complete"), PARTLY: _("partly written"), MISSING: _("missing")}


def language_tabs(form, translated):
    """One tab per language, the staff member's own first: its name, whether
    its texts are complete, partly written or missing (a text is wanted in
    every language once one language has it), and whether its fields have
    errors. The first tab with errors opens, else the staff member's
    language."""
    codes = sorted(language_codes(), key=lambda code: code != current_language())
    columns = {
        code: [column_name(f, code) for f in translated if column_name(f, code) in form.fields]
        for code in codes
    }
    written = {
        code: {column for column in columns[code] if str(form[column].value() or "").strip()}
        for code in codes
    }
    wanted = {
        field for field in translated for code in codes if column_name(field, code) in written[code]
    }
    tabs = []
    for code in codes:
        if not written[code]:
            state = LanguageState.MISSING
        elif all(column_name(field, code) in written[code] for field in wanted):
            state = LanguageState.COMPLETE
        else:
            state = LanguageState.PARTLY
        tabs.append(
            {
                "code": code,
                "name": OWN_NAMES[code],
                "state": state,
                "state_label": LanguageState.LABELS[state],
                "has_errors": form.is_bound and any(form[c].errors for c in columns[code]),
                "opens": False,
            }
        )
    opening = next((tab for tab in tabs if tab["has_errors"]), tabs[0])
    opening["opens"] = True
    return tabs


class MissingTranslationFilter(admin.SimpleListFilter):
    """Items with a text still untranslated into the chosen language."""

    title = _("missing translation")
    parameter_name = "missing"

    def lookups(self, request, model_admin):
        return list(LANGUAGE_NAMES.items())

    def queryset(self, request, queryset):
        language = self.value()
        if language not in language_codes():
            return queryset
        missing = Q()
        for field in queryset.model.translated_fields:
            others = [column_name(field, code) for code in language_codes() if code != language]
            written_elsewhere = Q(*[~Q(**{other: ""}) for other in others], _connector=Q.OR)
            missing |= Q(**{column_name(field, language): ""}) & written_elsewhere
        return queryset.filter(missing)


def is_key(field, value):
    """Whether `value`, as a form sent it, could be a key of `field` at all."""
    try:
        field.run_validators(field.to_python(value))
    except ValidationError:
        return False
    return True


class KeysOnlyMixin:
    """Django's autocomplete widgets look up what a refused form sent back
    as it was sent: a value that is no key at all (":" for a number, a number
    past the database's range) then fails the query, a server error instead
    of the form's own message. Such values are left out."""

    def optgroups(self, name, value, attr=None):
        remote = self.field.remote_field
        target = key_field(remote.model, getattr(remote, "field_name", None))
        keys = [v for v in value if v in self.choices.field.empty_values or is_key(target, v)]
        return super().optgroups(name, keys, attr)


class KeysOnlyAutocompleteSelect(KeysOnlyMixin, AutocompleteSelect):
    pass


class KeysOnlyAutocompleteSelectMultiple(KeysOnlyMixin, AutocompleteSelectMultiple):
    pass


def key_field(model, name=None):
    """The field of `model` a choice names: `name`, or the primary key."""
    return model._meta.get_field(name) if name else model._meta.pk


class KeysOnlyChoiceField(forms.ModelChoiceField):
    """A choice that is no key at all is the form's error, before any query
    (a number past the database's range is a server error there)."""

    def to_python(self, value):
        target = key_field(self.queryset.model, self.to_field_name)
        if value not in self.empty_values and not is_key(target, value):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class KeysOnlyMultipleChoiceField(forms.ModelMultipleChoiceField):
    def _check_values(self, value):
        target = key_field(self.queryset.model, self.to_field_name)
        for one in value:
            if not is_key(target, one):
                raise ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": one},
                )
        return super()._check_values(value)


class SafeKeysMixin:
    """For every admin and inline: related items chosen in a form are checked
    as keys before any query, and the autocomplete widgets render whatever a
    refused form sent back without a server error."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        kwargs.setdefault("form_class", KeysOnlyChoiceField)
        if db_field.name in self.get_autocomplete_fields(request):
            kwargs.setdefault(
                "widget",
                KeysOnlyAutocompleteSelect(db_field, self.admin_site, using=kwargs.get("using")),
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        kwargs.setdefault("form_class", KeysOnlyMultipleChoiceField)
        if db_field.name in self.get_autocomplete_fields(request):
            kwargs.setdefault(
                "widget",
                KeysOnlyAutocompleteSelectMultiple(
                    db_field, self.admin_site, using=kwargs.get("using")
                ),
            )
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class TranslatedAdmin(SafeKeysMixin, admin.ModelAdmin):
    """One language at a time in the form, a tab per language (declare a
    translated field by its name in `fieldsets` or `fields`); in the list,
    which languages still lack a translation, and a filter for the items
    that lack one."""

    change_form_template = "admin/translated_change_form.html"
    # Rows of each text box, by field name: a few where not named here.
    text_rows = {}

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if formfield and isinstance(db_field, models.TextField):
            field = next(
                (f for f in self.model.translated_fields if db_field.name in translated_columns(f)),
                db_field.name,
            )
            formfield.widget.attrs["rows"] = self.text_rows.get(field, 3)
        return formfield

    def get_fieldsets(self, request, obj=None):
        return by_language(super().get_fieldsets(request, obj), self.model.translated_fields)

    def render_change_form(self, request, context, *args, **kwargs):
        context["language_tabs"] = language_tabs(
            context["adminform"].form, self.model.translated_fields
        )
        context["language_states"] = LanguageState.LABELS
        return super().render_change_form(request, context, *args, **kwargs)

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), MissingTranslationFilter]

    @admin.display(description=_("translations"))
    def translation_status(self, obj):
        missing = obj.missing_languages()
        if not missing:
            return LanguageState.LABELS[LanguageState.COMPLETE]
        return _("missing: %(languages)s") % {"languages": language_names(missing)}


@admin.register(Academy)
class AcademyAdmin(TranslatedAdmin):
    count_label = ngettext_lazy("%(count)s profile", "%(count)s profiles", "count")
    list_display = ["__str__", "unveiled_on", "translation_status"]
    fieldsets = [
        (_("Name"), {"fields": ["name", "short_name"]}),
        (_("Home page"), {"fields": ["summary"]}),
        (_("About page"), {"fields": ["founding", "aims", "teaching_team", "pathway"]}),
        (
            _("Facts and contact"),
            {"fields": ["unveiled_on", "address", "email", "phone"]},
        ),
        (
            _("Channels in the footer"),
            {"fields": ["wechat_account", "wechat_qr", "vk_url", "telegram_url", "icp_number"]},
        ),
    ]

    def has_add_permission(self, request):
        # One profile: add it only while there is none.
        return super().has_add_permission(request) and not Academy.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Partner)
class PartnerAdmin(TranslatedAdmin):
    count_label = ngettext_lazy(
        "%(count)s partner institution", "%(count)s partner institutions", "count"
    )
    list_display = [
        "name_en",
        "role",
        "country",
        "city_en",
        "position",
        "is_active",
        "translation_status",
    ]
    list_editable = ["position", "is_active"]
    list_filter = ["role", "country", "is_active"]
    search_fields = translated_columns("name", "short_name")
    # The public order of roles, not their codes' spelling. Django also orders
    # the Article form's partner picker by this.
    ordering = PARTNER_ROLE_ORDER
    prepopulated_fields = {"slug": ["name_en"]}
    fieldsets = [
        (None, {"fields": ["name", "short_name", "slug"]}),
        (
            _("Role"),
            {"fields": ["role", "role_description", "position", "is_active"]},
        ),
        (_("Place"), {"fields": ["country", "city", "website"]}),
    ]
