from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from academy.i18n import translated_columns
from news.models import Article
from programs.models import Program


class TrilingualSitemap(Sitemap):
    """Every URL once per language, with hreflang alternates and x-default."""

    i18n = True
    alternates = True
    x_default = True


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
        ]

    def location(self, item):
        return reverse(item)


class ProgramSitemap(TrilingualSitemap):
    changefreq = "monthly"

    def items(self):
        return Program.objects.active().only("slug")


class ArticleSitemap(TrilingualSitemap):
    """News items, each only in the languages it is written in."""

    def items(self):
        return Article.objects.published().only("slug", "updated_at", *translated_columns("title"))

    def get_languages_for_item(self, item):
        return item.languages()

    def lastmod(self, item):
        return item.updated_at


SITEMAPS = {"pages": PageSitemap, "programs": ProgramSitemap, "news": ArticleSitemap}
