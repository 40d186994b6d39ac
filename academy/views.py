from django.conf import settings
from django.db import DatabaseError, connection
from django.db.models import Prefetch
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import reverse, translate_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.generic import ListView, TemplateView

from academy.i18n import current_language, language_codes
from academy.models import Partner, PartnerRole
from news.models import Article
from programs.models import Intake, Program


class HomeView(TemplateView):
    template_name = "academy/home.html"
    latest_news_count = 4

    def get_context_data(self, **kwargs):
        programs = list(Program.objects.active())
        partners = list(Partner.objects.active().in_role_order())
        return super().get_context_data(
            programs=programs,
            partners=partners,
            articles=Article.objects.published()
            .written_in(current_language())
            .for_lists()[: self.latest_news_count],
            latest_intake=Intake.objects.public().with_figures().first(),
            **kwargs,
        )


class AboutView(TemplateView):
    template_name = "academy/about.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            founders=Partner.objects.active().filter(role=PartnerRole.FOUNDING),
            programs=Program.objects.active(),
            **kwargs,
        )


class PartnerListView(ListView):
    template_name = "academy/partner_list.html"
    context_object_name = "partners"

    recent_news_count = 3

    def get_queryset(self):
        recent_news = Article.objects.published().written_in(current_language())
        return (
            Partner.objects.active()
            .in_role_order()
            .prefetch_related(
                Prefetch(
                    "articles",
                    queryset=recent_news[: self.recent_news_count],
                    to_attr="recent_articles",
                )
            )
        )


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
