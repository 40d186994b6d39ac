from django import template
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.translation import gettext as _

from academy.i18n import current_language

register = template.Library()


@register.filter
def lang_attr(text):
    """` lang="en"` where a translated text fell back to another language."""
    language = getattr(text, "language", None)
    if language and language != current_language():
        return format_html(' lang="{}"', language)
    return ""


@register.filter
def percent(rate):
    """0.853 → “85%”, written the way the page's language writes it."""
    if rate is None:
        return ""
    return _("%(percent)s%%") % {"percent": number_format(rate * 100, 0)}


@register.filter
def signed(number):
    """A change with its sign: “+12”, “−5”, “0”."""
    if number is None:
        return ""
    if number > 0:
        return f"+{number_format(number)}"
    if number < 0:
        return f"−{number_format(-number)}"
    return "0"
