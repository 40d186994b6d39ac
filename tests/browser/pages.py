"""The portal's pages as a visitor (or a signed-in officer) sees them.

Every browser and HTML check walks this list, so a new page (search,
admissions, ...) is one more line in `pages()`.
"""

from dataclasses import dataclass

LANGUAGES = ["en", "zh-hans", "ru"]

MAJORS = [
    "electromechanical-integration-technology",
    "industrial-robot-technology",
    "software-technology",
]
SEEDED_NEWS_ITEM = "chongqings-first-sino-foreign-higher-vocational-institution-unveiled"


@dataclass(frozen=True)
class Page:
    name: str
    path: str  # after the language prefix
    signed_in_as: str | None = None  # a staff role from tests/browser/conftest.py
    status: int = 200
    indexed: bool = True  # False: the page asks search engines not to index it

    def url(self, language):
        return f"/{language}/{self.path}"


def pages():
    return [
        Page("home", ""),
        Page("majors", "programs/"),
        *(Page(f"major-{slug}", f"programs/{slug}/") for slug in MAJORS),
        Page("news", "news/"),
        Page("news-item", f"news/{SEEDED_NEWS_ITEM}/"),
        Page("partners", "partners/"),
        Page("about", "about/"),
        Page("facts", "facts/"),
        Page("open-data", "facts/open-data/"),
        Page(
            "search",
            "search/?q=%E6%9C%BA%E5%99%A8%E4%BA%BA+robot+%D1%80%D0%BE%D0%B1%D0%BE%D1%82",
            indexed=False,
        ),
        Page("ask-admissions", "admissions/"),
        Page("question-received", "admissions/thanks/"),
        Page("not-found", "no-such-page/", status=404),
        Page("enrollment", "enrollment/", signed_in_as="Enrollment officers"),
    ]


def page_named(name):
    return next(page for page in pages() if page.name == name)
