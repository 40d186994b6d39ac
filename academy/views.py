from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.generic import ListView, TemplateView

from academy.i18n import current_language
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
            articles=Article.objects.published().written_in(current_language())[
                : self.latest_news_count
            ],
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

    def get_queryset(self):
        return Partner.objects.active().in_role_order()


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
