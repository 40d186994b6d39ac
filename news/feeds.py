from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Enclosure
from django.utils.html import escape
from django.utils.translation import gettext as _

from academy.models import Academy
from news.models import Article


class LatestArticlesFeed(Feed):
    """The latest news written in the page's language, as Atom: its titles
    are plain text by definition (RSS leaves readers to guess whether they
    are HTML), so every text is escaped once, by the XML, and the summaries,
    which Atom marks as HTML, once more as HTML."""

    cache_topics = ("news",)  # what the page shows (academy.caching)

    feed_type = Atom1Feed
    item_count = 20

    def title(self, request):
        academy = Academy.for_request(request)
        return _("News") + (f" — {academy.name}" if academy else "")

    def author_name(self, request):
        # Atom wants an author for each entry; the academy publishes them all.
        academy = Academy.for_request(request)
        return academy.name if academy else _("News")

    def link(self):
        return reverse("news:article_list")

    def description(self):
        return _("The latest news of the academy.")

    def get_object(self, request, *args, **kwargs):
        return request  # items() needs it for absolute photo addresses

    def items(self, request):
        articles = Article.objects.listed()
        articles = list(articles[: self.item_count])
        for article in articles:
            photo = article.lead_photo
            article.enclosures = [
                Enclosure(
                    request.build_absolute_uri(photo.url_for(rendition)),
                    str(rendition["bytes"]),
                    "image/jpeg",
                )
                for rendition in (photo.renditions[-1:] if photo else [])
            ]
        return articles

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # Written as <summary type="html">: our summaries are text.
        return escape(item.summary)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.last_edited_at

    def item_enclosures(self, item):
        return item.enclosures
