from django import template

from academy.i18n import OWN_NAMES, current_language, language_codes, switch_url

register = template.Library()


@register.inclusion_tag("admin/includes/_languages.html", takes_context=True)
def admin_languages(context):
    """The admin in each language: a link that remembers the choice (the
    same cookie as the public site's switch) and comes back to this page."""
    next_path = context["request"].get_full_path()
    return {
        "languages": [
            {
                "code": code,
                "name": OWN_NAMES[code],
                "url": switch_url(code, next_path),
                "is_current": code == current_language(),
            }
            for code in language_codes()
        ]
    }


@register.simple_tag
def result_count(changelist):
    """ "16 news items" with the plural the language needs, where the admin
    declares its `count_label`; else Django's singular or plural name."""
    count = changelist.result_count
    label = getattr(changelist.model_admin, "count_label", None)
    if label:
        return label % {"count": count}
    opts = changelist.opts
    return f"{count} {opts.verbose_name if count == 1 else opts.verbose_name_plural}"
