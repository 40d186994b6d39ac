from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.translation import gettext as _

from academy.i18n import current_language
from academy.models import Academy
from news.models import Article


class LatestArticlesFeed(Feed):
    """The latest news written in the page's language."""

    item_count = 20

    def title(self):
        academy = Academy.current()
        return _("News") + (f" — {academy.name}" if academy else "")

    def link(self):
        return reverse("news:article_list")

    def description(self):
        return _("The latest news of the academy.")

    def items(self):
        return Article.objects.published().written_in(current_language())[: self.item_count]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at
