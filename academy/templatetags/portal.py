from django import template
from django.utils.html import format_html

from academy.i18n import current_language

register = template.Library()


@register.filter
def lang_attr(text):
    """` lang="en"` where a translated text fell back to another language."""
    language = getattr(text, "language", None)
    if language and language != current_language():
        return format_html(' lang="{}"', language)
    return ""
