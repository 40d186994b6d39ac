"""Site search over news, majors and partners, in the page's language.

Matching is case-insensitive in every script and the same on SQLite and
PostgreSQL: when an object is saved, each language's searchable texts are
folded (NFKC, casefolded, "ё" as "е") into that language's search column, and
a query's folded words are looked up there with a plain, case-exact
`contains`. SQLite's own case-insensitive LIKE knows only ASCII letters, so
"Станкин" would never find "СТАНКИН" there.

On PostgreSQL, English and Russian also use full-text search, which finds a
word in its other forms ("Станкина" finds "Станкин") and ranks by it.
Chinese has no spaces between words, so it is matched inside the text.
"""

import re
import unicodedata

from django.db import connection, models
from django.db.models import Q, Value
from django.db.models.functions import StrIndex
from django.utils.html import escape
from django.utils.safestring import mark_safe

from academy.i18n import SafeLocalized, column_name, language_codes

MAX_QUERY_LENGTH = 100
MAX_TERMS = 8
RESULTS_PER_KIND = 20
# How many matches are ranked to pick each kind's best RESULTS_PER_KIND.
CANDIDATES_PER_KIND = RESULTS_PER_KIND * 5
EXCERPT_LENGTH = 180
FULL_TEXT_CONFIGS = {"en": "english", "ru": "russian"}
SEARCH_COLUMN = "search_text"

# Points a match scores by the weight of the field it is in; the weights are
# PostgreSQL's full-text ones, "A" strongest.
POINTS = {"A": 4, "B": 2, "C": 1}

# An excerpt of text written with spaces between words is cut at a space; a
# "word" longer than this (an address, a string of digits) is cut inside.
LONGEST_WORD = 40
# Chinese is cut between characters, at the end of a clause where there is one.
CLAUSE_ENDS = frozenset("。，；：！？、,;:!?")


def clean_query(raw):
    """A query safe to search with: no control or format characters, spaces
    folded, cut to a sensible length."""
    text = unicodedata.normalize("NFKC", raw or "")
    text = "".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in text)
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def _fold_cluster(cluster):
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", cluster).casefold())
    # Russian writes "ё" as "е" as often as not.
    folded = folded.replace("ё", "е")
    return "".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in folded)


def _clusters(text):
    """(start, end) of each character with the combining marks after it:
    normalised together, "е" + "\u0308" is one "ё"."""
    start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or not unicodedata.combining(text[index]):
            yield start, index
            start = index


def folded_with_origins(text):
    """`text` folded for matching, and for each of its characters the
    (start, end) of the characters of `text` it comes from."""
    folded, origins = [], []
    for start, end in _clusters(text):
        piece = _fold_cluster(text[start:end])
        folded.append(piece)
        origins.extend([(start, end)] * len(piece))
    return "".join(folded), origins


def folded(text):
    return folded_with_origins(text)[0]


def terms_of(query):
    return list(dict.fromkeys(folded(query).split()))[:MAX_TERMS]


def search_texts(obj, fields):
    """{search column: text} for each language: the object's `fields` in
    that language, folded, one line each in the order given. Reads plain
    attributes only, so migrations can use it with their historical models."""
    return {
        column_name(SEARCH_COLUMN, code): "\n".join(
            " ".join(folded(getattr(obj, column_name(field, code)) or "").split())
            for field in fields
        )
        for code in language_codes()
    }


def fill_search_columns(model, fields, batch_size=200):
    """Sets the search columns of every row of `model` from its `fields`: for
    migrations, whose historical models have no save() of ours."""
    columns = [column_name(SEARCH_COLUMN, code) for code in language_codes()]
    sources = [column_name(field, code) for field in fields for code in language_codes()]
    pks = list(model.objects.order_by("pk").values_list("pk", flat=True))
    for first in range(0, len(pks), batch_size):
        rows = list(model.objects.filter(pk__in=pks[first : first + batch_size]).only(*sources))
        for row in rows:
            for column, text in search_texts(row, fields).items():
                setattr(row, column, text)
        model.objects.bulk_update(rows, columns)


class SearchText:
    """Adds one search column per language (`search_text_en`, …), which
    SearchableModel keeps up to date."""

    def contribute_to_class(self, cls, name):
        for code in language_codes():
            cls.add_to_class(column_name(name, code), models.TextField(editable=False, default=""))


class SearchableModel:
    """Mixin for models with `search_text = SearchText()`. `search_fields`
    lists the translated fields searched, as (field, weight) best first."""

    search_fields = ()

    def refresh_search_text(self):
        """Folds the texts into the search columns (for paths that skip save(),
        such as bulk_create); gives the columns set."""
        texts = search_texts(self, [field for field, _weight in self.search_fields])
        for column, text in texts.items():
            setattr(self, column, text)
        return texts.keys()

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        sources = {
            column_name(field, code)
            for field, _w in self.search_fields
            for code in language_codes()
        }
        if update_fields is None:
            self.refresh_search_text()
        elif sources & set(update_fields):
            kwargs["update_fields"] = {*update_fields, *self.refresh_search_text()}
        super().save(*args, **kwargs)


def search(queryset, query, language):
    """The best matches for `query` among `queryset`'s objects, best first."""
    terms = terms_of(query)
    if not terms:
        return []
    column = column_name(SEARCH_COLUMN, language)
    matches = Q(*[Q(**{f"{column}__contains": term}) for term in terms])
    # The search text leads with the strongest fields: where the first word
    # is found first, it is most likely in a title. Ranking picks among these.
    queryset = queryset.annotate(first_match=StrIndex(column, Value(terms[0])))
    order = ["first_match"]
    config = FULL_TEXT_CONFIGS.get(language)
    if connection.vendor == "postgresql" and config:
        queryset = _with_full_text_rank(
            queryset, queryset.model.search_fields, language, query, config
        )
        matches |= Q(rank__gt=0)
        order = ["-rank", *order]
    # The model's own order breaks ties, so equal matches keep their places.
    order += queryset.model._meta.ordering
    candidates = queryset.filter(matches).order_by(*order)[:CANDIDATES_PER_KIND]
    weights = [weight for _field, weight in queryset.model.search_fields]

    def relevance(obj):
        lines = getattr(obj, column).split("\n")
        points = sum(
            POINTS[weight] * line.count(term)
            for weight, line in zip(weights, lines, strict=False)
            for term in terms
        )
        return getattr(obj, "rank", 0), points

    return sorted(candidates, key=relevance, reverse=True)[:RESULTS_PER_KIND]


def _with_full_text_rank(queryset, fields, language, query, config):
    """Annotates `rank`: the full-text rank, 0 for no match."""
    from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

    vector = None
    for field, weight in fields:
        part = SearchVector(column_name(field, language), weight=weight, config=config)
        vector = part if vector is None else vector + part
    search_query = SearchQuery(query, search_type="websearch", config=config)
    return queryset.annotate(rank=SearchRank(vector, search_query))


def match_spans(text, terms):
    """(start, end) in `text` of each match of `terms`, in order, matched as
    the search matches them (folded)."""
    if not terms:
        return []
    folded_text, origins = folded_with_origins(text)
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)))
    spans = []
    for match in pattern.finditer(folded_text):
        start, end = origins[match.start()][0], origins[match.end() - 1][1]
        # Two matches inside one folded character ("ß" is "ss") mark it once.
        if not spans or start >= spans[-1][1]:
            spans.append((start, end))
    return spans


def _is_wordlike(character):
    """Whether `character` belongs to a word written with spaces around it
    (Latin, Cyrillic, digits), which must not be cut in two."""
    return (character.isalnum() or unicodedata.combining(character)) and (
        unicodedata.east_asian_width(character) not in ("W", "F")
    )


def _first(positions, *tests):
    """The first of `positions` to pass a test, the tests tried in order of
    preference; None if none passes."""
    for test in tests:
        for position in positions:
            if test(position):
                return position
    return None


def excerpt_bounds(text, match, length, language):
    """(start, end) of an excerpt of about `length` characters of `text`
    showing `match` (its start, end), cut where a reader expects a cut: at a
    space, or, in Chinese, between characters, best at a clause's end."""
    if len(text) <= length:
        return 0, len(text)
    match_start, match_end = match

    def at_space(i):
        return i in (0, len(text)) or text[i - 1].isspace() or text[i].isspace()

    if language == "zh-hans":

        def can_cut(i):
            return at_space(i) or not (_is_wordlike(text[i - 1]) and _is_wordlike(text[i]))

        def after_clause(i):
            return i in (0, len(text)) or text[i - 1] in CLAUSE_ENDS

        tests = (after_clause, can_cut)
    else:
        can_cut = at_space
        tests = (can_cut,)

    # The start: a cut between the naive start and the match, else one a
    # little before; only a "word" longer than LONGEST_WORD is cut inside.
    naive_start = max(0, min(match_start - length // 3, len(text) - length))
    start = _first(range(naive_start, match_start + 1), *tests)
    if start is None:
        earlier = range(naive_start - 1, max(naive_start - LONGEST_WORD, 0) - 1, -1)
        start = _first(earlier, can_cut)
    start = naive_start if start is None else start
    # The end likewise: a cut between the match and the naive end, else a
    # little after.
    naive_end = min(len(text), start + length)
    end = _first(range(naive_end, max(match_end, start + 1) - 1, -1), *tests)
    if end is None:
        later = range(naive_end + 1, min(naive_end + LONGEST_WORD, len(text)) + 1)
        end = _first(later, can_cut)
    end = naive_end if end is None else end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def excerpt(texts, query):
    """The part of the first of `texts` where the query's words are found
    (else the start of the first), highlighted."""
    terms = terms_of(query)
    found = next((text for text in texts if text and match_spans(str(text), terms)), texts[0])
    return highlight(found, query)


def highlight(text, query, length=EXCERPT_LENGTH):
    """An excerpt of `text` around the first match, escaped, with the
    query's words in <mark> and "…" where the text goes on. Keeps the
    language a translated text is in."""
    text = text if isinstance(text, str) else str(text)
    language = getattr(text, "language", None)
    spans = match_spans(text, terms_of(query))
    start, end = excerpt_bounds(text, spans[0] if spans else (0, 0), length, language)
    pieces = ["…" if text[:start].strip() else ""]
    shown = start
    for span_start, span_end in spans:
        if shown <= span_start and span_end <= end:
            pieces.append(escape(text[shown:span_start]))
            pieces.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
            shown = span_end
    pieces.append(escape(text[shown:end]))
    pieces.append("…" if text[end:].strip() else "")
    html = mark_safe("".join(pieces))  # noqa: S308 (every piece of text is escaped)
    return SafeLocalized(html, language) if language else html
