"""Site search over news, majors and partners, in the page's language.

On PostgreSQL, English and Russian use full-text search (stemming, ranking).
Chinese has no spaces between words, so it — and everything on SQLite —
matches the words inside the text and ranks by where they are found.
"""

import re
import unicodedata

from django.db import connection
from django.db.models import Q
from django.utils.html import escape
from django.utils.safestring import mark_safe

from academy.i18n import SafeLocalized, column_name

MAX_QUERY_LENGTH = 100
MAX_TERMS = 8
RESULTS_PER_KIND = 20
EXCERPT_LENGTH = 180
FULL_TEXT_CONFIGS = {"en": "english", "ru": "russian"}

# What each kind of content is searched in, as (field, weight) best first:
# PostgreSQL's full-text weights, "A" strongest; the fallback scores A, B, C
# as 4, 2, 1 points a match.
PROGRAM_FIELDS = [
    ("name", "A"),
    ("summary", "B"),
    ("description", "C"),
    ("careers", "C"),
    ("skills", "C"),
]
ARTICLE_FIELDS = [("title", "A"), ("summary", "B"), ("body", "C")]
PARTNER_FIELDS = [("name", "A"), ("short_name", "A"), ("role_description", "B"), ("city", "C")]


def clean_query(raw):
    """A query safe to search with: no control or format characters, spaces
    folded, cut to a sensible length."""
    text = unicodedata.normalize("NFKC", raw or "")
    text = "".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in text)
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def terms_of(query):
    return list(dict.fromkeys(query.casefold().split()))[:MAX_TERMS]


def search(queryset, fields, query, language):
    """`fields` lists (field, weight) best first. Gives the best matches first."""
    terms = terms_of(query)
    if not terms:
        return []
    columns = [(column_name(field, language), weight) for field, weight in fields]
    config = FULL_TEXT_CONFIGS.get(language)
    if connection.vendor == "postgresql" and config:
        return list(_full_text(queryset, columns, query, config)[:RESULTS_PER_KIND])
    return _contains(queryset, columns, terms)


def _full_text(queryset, columns, query, config):
    from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

    vector = SearchVector(columns[0][0], weight="A", config=config)
    for name, weight in columns[1:]:
        vector += SearchVector(name, weight=weight, config=config)
    search_query = SearchQuery(query, search_type="websearch", config=config)
    return (
        queryset.annotate(rank=SearchRank(vector, search_query))
        .filter(rank__gt=0)
        .order_by("-rank")
    )


def _contains(queryset, columns, terms):
    condition = Q()
    for term in terms:
        condition &= Q(
            *[Q(**{f"{name}__icontains": term}) for name, _w in columns], _connector=Q.OR
        )
    scores = {"A": 4, "B": 2, "C": 1}
    candidates = list(queryset.filter(condition)[: RESULTS_PER_KIND * 5])

    def score(obj):
        return sum(
            scores[weight] * str(getattr(obj, name)).casefold().count(term)
            for name, weight in columns
            for term in terms
        )

    return sorted(candidates, key=score, reverse=True)[:RESULTS_PER_KIND]


def highlight(text, query, length=EXCERPT_LENGTH):
    """An excerpt of `text` around the first match, escaped, with the
    query's words in <mark>. Keeps the language a translated text is in."""
    text = text if isinstance(text, str) else str(text)
    language = getattr(text, "language", None)
    terms = [t for t in terms_of(query) if t]
    folded = text.casefold()
    positions = [folded.find(t) for t in terms if folded.find(t) >= 0]
    start = max(min(positions) - length // 3, 0) if positions else 0
    excerpt = text[start : start + length]
    prefix = "…" if start else ""
    suffix = "…" if start + length < len(text) else ""
    if not terms:
        return in_language(escape(prefix + excerpt + suffix), language)
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)), re.I)
    pieces, last = [], 0
    for match in pattern.finditer(excerpt):
        pieces.append(escape(excerpt[last : match.start()]))
        pieces.append(f"<mark>{escape(match.group())}</mark>")
        last = match.end()
    pieces.append(escape(excerpt[last:]))
    html = escape(prefix) + "".join(pieces) + escape(suffix)
    return in_language(mark_safe(html), language)  # noqa: S308


def in_language(html, language):
    return SafeLocalized(html, language) if language else html
