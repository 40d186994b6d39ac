from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView

from academy import structured_data
from academy.caching import shared_part
from academy.i18n import current_language, language_links, page_url, translated_columns
from academy.models import Academy
from news.models import Article


class ArticleListView(ListView):
    cache_topics = ("news",)  # what the page shows (academy.caching)
    context_object_name = "articles"
    paginate_by = 10
    query_parameters = ("page",)

    def get_queryset(self):
        # Built per request: published() reads the clock.
        return Article.objects.listed()

    def get_paginator(self, queryset, *args, **kwargs):
        paginator = super().get_paginator(queryset, *args, **kwargs)
        # Every page of the list counts the same items: counted once per
        # change to the news (a scheduled item going live is one).
        paginator.count = shared_part(self.request, "news-count", queryset.count, ("news",))
        return paginator


class ArticleDetailView(DetailView):
    cache_topics = (
        "news:{slug}",
        "news-pages",
        "program-names",
        "partners",
    )  # what the page shows (academy.caching)
    context_object_name = "article"

    def get_queryset(self):
        articles = (
            Article.objects.written_in(current_language())
            .select_related("lead_photo")
            # The page shows the HTML made from the Markdown, not the Markdown,
            # and does not search.
            .defer(*translated_columns("body", "search_text"))
        )
        if self.request.user.is_staff:
            return articles  # staff preview drafts and scheduled items
        return articles.published()

    def get_context_data(self, **kwargs):
        # The switcher and hreflang offer only the languages the item exists in.
        return super().get_context_data(
            languages=language_links(self.request, self.object.languages()),
            links=self.object.links(),
            share_image=self.object.share_image_url,
            structured_data=structured_data.graph(
                structured_data.news_article(
                    self.object, Academy.for_request(self.request), self.request
                ),
                structured_data.breadcrumbs(
                    self.request,
                    (_("News"), page_url("news:article_list")),
                    (self.object.title, self.object.get_absolute_url()),
                ),
            ),
            **kwargs,
        )

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        if not self.object.is_live:
            # A preview is for the signed-in editor only.
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
        return response
