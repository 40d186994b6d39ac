"""Content in three languages, one column per language.

A model declares `title = TranslatedField(models.CharField, max_length=200)`
and gets the columns `title_en`, `title_zh_hans` and `title_ru`, which the
admin shows side by side. Reading `article.title` gives the text in the
active language, or, where that is missing, the first language that has one
(English first); the value knows which language it is in, so a template can
mark a fallback with the right `lang` attribute.

Plain columns rather than a translation table: three fixed languages, no
joins on any page, and every query filters on a real column.
"""

import functools
from urllib.parse import urlencode

from django.conf import settings
from django.urls import (
    Resolver404,
    get_script_prefix,
    get_urlconf,
    resolve,
    reverse,
    translate_url,
)
from django.utils import translation
from django.utils.functional import lazy
from django.utils.safestring import SafeData
from django.utils.translation import get_language_info, pgettext, pgettext_lazy
from django.utils.translation import gettext as _

# Each language as the staff member's own language names it: labels and
# messages in the admin ("标题（俄语）", «Заголовок (китайский)»).
LANGUAGE_NAMES = {
    "en": pgettext_lazy("a language, in a label", "English"),
    "zh-hans": pgettext_lazy("a language, in a label", "Chinese"),
    "ru": pgettext_lazy("a language, in a label", "Russian"),
}


def _in_language(text, language):
    return _("%(text)s (%(language)s)") % {"text": text, "language": LANGUAGE_NAMES[language]}


in_language = lazy(_in_language, str)


def language_names(codes):
    """ "Chinese, Russian", in the reader's language."""
    return pgettext("between items of a list", ", ").join(str(LANGUAGE_NAMES[c]) for c in codes)


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def column_name(field, language):
    return f"{field}_{language.replace('-', '_')}"


def translated_columns(*fields):
    """Every language's column of each field: ("name",) → name_en, name_zh_hans, …"""
    return [column_name(field, code) for field in fields for code in language_codes()]


def translated(texts_by_field):
    """{"name": {"en": ..., "ru": ...}} → {"name_en": ..., "name_ru": ...}."""
    return {
        column_name(field, language): text
        for field, texts in texts_by_field.items()
        for language, text in texts.items()
    }


def current_language():
    language = translation.get_language()
    return language if language in language_codes() else settings.LANGUAGE_CODE


@functools.cache
def reading_order(field, wanted):
    """(language, column) pairs to try for `field` read in `wanted`: that
    language, then the default one, then the others."""
    codes = dict.fromkeys([wanted, settings.LANGUAGE_CODE, *language_codes()])
    return tuple((code, column_name(field, code)) for code in codes)


class Localized(str):
    """A piece of text that knows the language it is written in."""

    def __new__(cls, value, language):
        text = super().__new__(cls, value)
        text.language = language
        return text


class SafeLocalized(Localized, SafeData):
    """Localized text made into HTML already (escaped, with markup of our own)."""


class TranslatedAttribute:
    def __init__(self, field):
        self.field = field

    def __get__(self, instance, owner):
        if instance is None:
            return self
        return instance.translation_of(self.field)


class TranslatedField:
    """Adds one column per language and an attribute that reads the right one.

    Only the default language's column is required, and only when `required`;
    the others may be left empty and fall back.
    """

    def __init__(self, field_class, *args, verbose_name=None, required=True, **kwargs):
        self.field_class = field_class
        self.args = args
        self.verbose_name = verbose_name
        self.required = required
        self.kwargs = kwargs

    def contribute_to_class(self, cls, name):
        label = self.verbose_name or name.replace("_", " ")
        for language in language_codes():
            field = self.field_class(
                *self.args,
                verbose_name=in_language(label, language),
                blank=not (self.required and language == settings.LANGUAGE_CODE),
                **self.kwargs,
            )
            cls.add_to_class(column_name(name, language), field)
        cls.translated_fields = (*getattr(cls, "translated_fields", ()), name)
        setattr(cls, name, TranslatedAttribute(name))


class TranslatedModel:
    """Mixin for models with TranslatedFields."""

    translated_fields = ()

    def translation_of(self, field, language=None):
        wanted = language or current_language()
        for code, column in reading_order(field, wanted):
            text = getattr(self, column)
            if text:
                return Localized(text, code)
        return Localized("", wanted)

    def missing_languages(self):
        """Languages lacking a text that another language already has."""
        missing = set()
        for field in self.translated_fields:
            written = {code for code in language_codes() if getattr(self, column_name(field, code))}
            if written:
                missing |= set(language_codes()) - written
        return [code for code in language_codes() if code in missing]


def page_url(view_name, *args, language=None, kwargs=None):
    """reverse(view_name, args=args, kwargs=kwargs) in `language` (default:
    the active one).

    Remembered by everything it depends on (these, the URL configuration in
    force and the script prefix), up to a few thousand: list pages ask for
    one address per row, and reversing is slow.
    """
    return _page_url(
        view_name,
        args,
        tuple(sorted((kwargs or {}).items())),
        language or translation.get_language(),
        get_urlconf() or settings.ROOT_URLCONF,
        get_script_prefix(),
    )


@functools.lru_cache(maxsize=8192)
def _page_url(view_name, args, kwargs, language, urlconf, _script_prefix):
    with translation.override(language):
        return reverse(view_name, args=args, kwargs=dict(kwargs), urlconf=urlconf)


# How a language names itself where there is room for little more than a
# button: the header on a phone.
SHORT_NAMES = {"en": "EN", "zh-hans": "中文", "ru": "РУС"}
# How a language names itself on a tab or a switch in the admin.
OWN_NAMES = {"en": "English", "zh-hans": "中文", "ru": "Русский"}


def page_match(request):
    """The URL pattern the request's path resolves to (None for no page)."""
    if getattr(request, "resolver_match", None) is None and not hasattr(request, "_page_match"):
        try:
            request._page_match = resolve(request.path_info)
        except Resolver404:
            request._page_match = None
    return getattr(request, "resolver_match", None) or request._page_match


def page_view(request):
    """The view (its class, for class-based views) the request's page is
    made by, or None for no page: where pages declare what they read and
    show (`query_parameters`, `cache_topics`)."""
    match = page_match(request)
    return getattr(match.func, "view_class", match.func) if match else None


def switch_url(code, next_path):
    """The link that switches to language `code` (remembering the choice)
    and goes on to `next_path`."""
    return f"{page_url('switch_language', code)}?{urlencode({'next': next_path})}"


def page_parameters(request):
    """The query parameters the page reads, as (name, value) pairs; a view
    names them in `query_parameters`. Others (utm_source, fbclid, …) change
    nothing on the page, nor does ?page=1 (the first page of a list is the
    list): its links, canonical address and cache entry leave them out."""
    if not hasattr(request, "_page_parameters"):
        request._page_parameters = [
            (name, value)
            for name in getattr(page_view(request), "query_parameters", ())
            for value in request.GET.getlist(name)
            if (name, value) != ("page", "1")
        ]
    return request._page_parameters


def page_query(request):
    """ "?…" of the query parameters the page reads, or ""."""
    pairs = page_parameters(request)
    return f"?{urlencode(pairs)}" if pairs else ""


def same_path_in(path, code):
    """`path` in language `code`: the page's own address there, or, for an
    address that is no page (a 404), the same one under that language's
    prefix, so each language's "not found" names itself."""
    translated = translate_url(path, code)
    if translated != path:
        return translated
    current = translation.get_language_from_path(path)
    if current and current != code:
        return f"/{code}/" + path.removeprefix(f"/{current}/")
    return path


def language_links(request, codes=None):
    """The current page in each of `codes` (default: every language).

    `url` switches language (and remembers the choice), `absolute_url` is the
    page itself, for hreflang alternates.
    """
    current = current_language()
    query = page_query(request)
    path = request.path + query
    match = getattr(request, "resolver_match", None)
    links = []
    for code in codes or language_codes():
        if match is not None and match.view_name:
            # The page resolved already: only reverse it in each language.
            page = page_url(match.view_name, *match.args, language=code, kwargs=match.kwargs)
            page += query
        else:
            page = same_path_in(path, code)
        links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "short_name": SHORT_NAMES.get(code, code),
                "url": switch_url(code, path),
                "absolute_url": request.build_absolute_uri(page),
                "is_current": code == current,
            }
        )
    return links
