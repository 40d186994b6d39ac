from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect, AutocompleteSelectMultiple
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from academy.i18n import column_name, language_codes, translated_columns
from academy.models import PARTNER_ROLE_ORDER, Academy, Partner

admin.site.site_header = _("Academy portal administration")
admin.site.site_title = _("Academy portal")
admin.site.index_title = _("Content and figures")


def side_by_side(*fields):
    """Admin field rows with each translated field's languages on one line."""
    return [tuple(column_name(field, code) for code in language_codes()) for field in fields]


class MissingTranslationFilter(admin.SimpleListFilter):
    """Items with a text still untranslated into the chosen language."""

    title = _("missing translation")
    parameter_name = "missing"

    def lookups(self, request, model_admin):
        return [(code, name) for code, name in settings.LANGUAGES]

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
    """Shows, in the list, which languages still lack a translation, and
    filters the items that lack one."""

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), MissingTranslationFilter]

    @admin.display(description=_("translations"))
    def translation_status(self, obj):
        missing = obj.missing_languages()
        if not missing:
            return _("complete")
        return _("missing: %(languages)s") % {"languages": ", ".join(missing)}


@admin.register(Academy)
class AcademyAdmin(TranslatedAdmin):
    list_display = ["__str__", "unveiled_on", "translation_status"]
    fieldsets = [
        (_("Name"), {"fields": side_by_side("name", "short_name")}),
        (_("Home page"), {"fields": side_by_side("summary")}),
        (_("About page"), {"fields": side_by_side("founding", "aims", "teaching_team", "pathway")}),
        (
            _("Facts and contact"),
            {"fields": ["unveiled_on", *side_by_side("address"), "email", "phone"]},
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
        (None, {"fields": [*side_by_side("name", "short_name"), "slug"]}),
        (
            _("Role"),
            {"fields": ["role", *side_by_side("role_description"), "position", "is_active"]},
        ),
        (_("Place"), {"fields": ["country", *side_by_side("city"), "website"]}),
    ]
