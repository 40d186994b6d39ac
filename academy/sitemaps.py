import functools

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.urls import reverse

from academy.i18n import translated_columns
from news.models import Article
from programs.models import Program

# Addresses per sitemap file. Search engines read up to 50,000, but smaller
# files are fetched and refreshed sooner; past this, /sitemap.xml is an index.
LIMIT = 1000


class TrilingualSitemap(Sitemap):
    """Every URL once per language, with hreflang alternates and x-default."""

    i18n = True
    alternates = True
    x_default = True
    limit = LIMIT


class PageSitemap(TrilingualSitemap):
    changefreq = "weekly"

    def items(self):
        return [
            "home",
            "programs:program_list",
            "news:article_list",
            "partner_list",
            "about",
            "programs:facts",
            "programs:open_data",
            "admissions:ask",
        ]

    def location(self, item):
        return reverse(item)

    def lastmod(self, item):
        # The news list changes with its newest item; other pages carry no date.
        return self.news_last_edited_at if item == "news:article_list" else None

    @functools.cached_property
    def news_last_edited_at(self):
        """Asked for once per language: looked up once."""
        newest = ArticleSitemap().items().order_by("-published_at").first()
        return newest.last_edited_at if newest else None


class ProgramSitemap(TrilingualSitemap):
    changefreq = "monthly"

    def items(self):
        return Program.objects.active().only("slug")


class ArticleSitemap(TrilingualSitemap):
    """News items, each only in the languages it is written in."""

    def items(self):
        return Article.objects.published().only(
            "slug", "published_at", "updated_at", *translated_columns("title")
        )

    def get_languages_for_item(self, item):
        return item.languages()

    def lastmod(self, item):
        return item.last_edited_at


SITEMAPS = {"pages": PageSitemap, "programs": ProgramSitemap, "news": ArticleSitemap}


def sitemap(request):
    """/sitemap.xml: every address while there are at most LIMIT, else an
    index of per-section files (/sitemap-news.xml?p=2, …) of LIMIT each."""
    sections = {name: section() for name, section in SITEMAPS.items()}
    if sum(section.paginator.count for section in sections.values()) <= LIMIT:
        return sitemap_views.sitemap(request, sitemaps=sections)
    return sitemap_views.index(request, sitemaps=sections, sitemap_url_name="sitemap_section")


sitemap.cache_topics = ("programs", "news")
