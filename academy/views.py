from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.db import DatabaseError, connection
from django.http import (
    Http404,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseRedirect,
    JsonResponse,
)
from django.template.loader import render_to_string
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.functional import SimpleLazyObject
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import ListView, TemplateView
from django.views.static import serve as static_serve

from academy import search, structured_data
from academy.i18n import current_language, language_codes, translated_columns
from academy.models import Academy, Partner, founding_first
from news.models import Article
from programs.models import Intake, Program


class HomeView(TemplateView):
    cache_topics = (
        "programs",
        "partners",
        "figures",
        "news",
    )  # what the page shows (academy.caching)
    template_name = "academy/home.html"
    latest_news_count = 4

    def get_context_data(self, **kwargs):
        # Lazy: the page's parts read them only when they are made again
        # (academy.caching.shared_part); a part kept costs no query.
        programs = SimpleLazyObject(lambda: list(Program.objects.active().for_lists()))
        partners = SimpleLazyObject(
            lambda: founding_first(
                Partner.objects.active()
                .in_role_order()
                .names_only("role", "country", *translated_columns("city"))
            )
        )
        return super().get_context_data(
            programs=programs,
            founders=SimpleLazyObject(lambda: partners[0]),
            others=SimpleLazyObject(lambda: partners[1]),
            articles=SimpleLazyObject(
                lambda: list(Article.objects.listed()[: self.latest_news_count])
            ),
            latest_intake=SimpleLazyObject(lambda: Intake.objects.public().with_figures().first()),
            structured_data=structured_data.college(
                Academy.for_request(self.request), self.request
            ),
            **kwargs,
        )


class AboutView(TemplateView):
    cache_topics = ("programs", "partners")  # what the page shows (academy.caching)
    template_name = "academy/about.html"

    def get_context_data(self, **kwargs):
        # Lazy, even to build: the page keeps both in parts.
        return super().get_context_data(
            founders=SimpleLazyObject(lambda: list(Partner.objects.active().founding())),
            programs=SimpleLazyObject(lambda: list(Program.objects.active().names_only())),
            **kwargs,
        )


class PartnerListView(ListView):
    cache_topics = ("partners", "news")  # what the page shows (academy.caching)
    template_name = "academy/partner_list.html"
    context_object_name = "partners"

    recent_news_count = 3

    def get_queryset(self):
        partners = list(
            Partner.objects.active().in_role_order().defer(*translated_columns("search_text"))
        )
        return Article.objects.readable().newest_for_partners(partners, self.recent_news_count)


@never_cache
def healthz(request):
    """Liveness: the process answers. Touches no database."""
    return JsonResponse({"status": "ok"})


@never_cache
def readyz(request):
    """Readiness: the database answers a query."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return JsonResponse({"status": "unavailable", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@never_cache
def switch_language(request, code):
    """Remembers the reader's language and shows `next` in it."""
    if code not in language_codes():
        raise Http404
    target = request.GET.get("next", "/")
    if not target.startswith("/") or not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "/"
    # The page is found in the language of its own address, whatever the
    # language this request came in with (cookie, browser).
    with translation.override(translation.get_language_from_path(target)):
        response = HttpResponseRedirect(translate_url(target, code))
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return response


def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /language/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


class SearchView(TemplateView):
    cache_topics = ("programs", "partners", "news")  # what the page shows (academy.caching)
    template_name = "academy/search.html"
    query_parameters = ("q",)

    def get_context_data(self, **kwargs):
        query = search.clean_query(self.request.GET.get("q", ""))
        language = current_language()
        results = []
        if query:
            # Search columns rank the matches; an excerpt may come from the
            # body as readers see it (its HTML, which a fallback may need in
            # another language), never from the Markdown.
            articles = Article.objects.readable().defer(*translated_columns("body"))
            groups = [
                (
                    _("Majors"),
                    search.search(Program.objects.active(), query, language),
                    ["summary", "description", "careers", "skills"],
                ),
                (_("News"), search.search(articles, query, language), ["summary", "body_text"]),
                (
                    _("Partners"),
                    search.search(Partner.objects.active(), query, language),
                    ["role_description", "city"],
                ),
            ]
            results = [
                {
                    "title": title,
                    "items": [
                        {
                            "object": obj,
                            "heading": search.highlight(obj, query, length=200),
                            "excerpt": search.excerpt(
                                [getattr(obj, field) for field in excerpt_fields], query
                            ),
                        }
                        for obj in found
                    ],
                }
                for title, found, excerpt_fields in groups
            ]
        return super().get_context_data(
            query=query,
            results=results,
            total=sum(len(group["items"]) for group in results),
            **kwargs,
        )


SAFE_MEDIA_TYPES = ("image/jpeg", "image/png", "image/webp")


def media(request, path):
    """Uploaded files, served so that none can ever act as a page or script:
    images go out as images under a sandboxing policy; anything else is only
    ever a download."""
    response = static_serve(request, path, document_root=settings.MEDIA_ROOT)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; img-src 'self'; sandbox"
    if not response["Content-Type"].startswith(SAFE_MEDIA_TYPES):
        response["Content-Type"] = "application/octet-stream"
        response["Content-Disposition"] = "attachment"
    # Stored names are random and never reused: browsers may keep them.
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response


CEILING_BODY = ("<p>" + "x" * 96 + "</p>\n") * 192  # 20 kB of HTML


def ceiling(request):
    """Benchmarks only: a fixed 20 kB page through the same middleware, the
    fastest any page of the portal could be."""
    return HttpResponse(CEILING_BODY, content_type="text/html; charset=utf-8")


# Sent data beyond Django's limits: said plainly, in the reader's language.
TOO_LARGE = (RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent)


def bad_request(request, exception):
    """A request the portal refuses to read: too large (413, saying what the
    limit is) or malformed (400)."""
    if isinstance(exception, TOO_LARGE):
        html = render_to_string(
            "413.html",
            {
                "too_many_fields": not isinstance(exception, RequestDataTooBig),
                "text_limit": settings.DATA_UPLOAD_MAX_MEMORY_SIZE,
                "field_limit": settings.DATA_UPLOAD_MAX_NUMBER_FIELDS,
            },
        )
        return HttpResponse(html, status=413)
    return HttpResponseBadRequest(render_to_string("400.html"))
