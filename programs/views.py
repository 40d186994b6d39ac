from django.contrib.auth.mixins import PermissionRequiredMixin
from django.http import HttpResponseBadRequest
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView, ListView, TemplateView

from academy import structured_data
from academy.i18n import current_language, page_query, page_url
from academy.models import Academy
from programs import charts, exports
from programs.forms import EnrollmentFilterForm
from programs.models import EnrollmentFigure, Intake, Program
from programs.reports import EnrollmentReport, reported_programs


class ProgramListView(ListView):
    cache_topics = ("programs", "figures")  # what the page shows (academy.caching)
    context_object_name = "programs"

    def get_queryset(self):
        return Program.objects.active().for_lists()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Lazy: the page's parts read them only when they are made again
        # (academy.caching.shared_part); parts kept cost no query.
        listed = context["programs"]
        programs = SimpleLazyObject(lambda: self.with_latest_figures(listed))
        context.update(
            programs=programs,
            # Rows nobody has facts for yet are left out, not filled with dashes.
            any_application_dates=SimpleLazyObject(
                lambda: any(p.has_application_dates for p in programs)
            ),
            any_instruction_language=SimpleLazyObject(
                lambda: any(p.instruction_language for p in programs)
            ),
            # What the applications' states are worked out for.
            today=timezone.localdate().isoformat(),
            # Called by the template, when its part is made.
            structured_data=lambda: structured_data.program_list(programs, self.request),
        )
        return context

    @staticmethod
    def with_latest_figures(programs):
        latest = EnrollmentFigure.objects.latest_public_by_program()
        programs = list(programs)
        for program in programs:
            program.latest_figure = latest.get(program.pk)
        return programs


class ProgramDetailView(DetailView):
    cache_topics = ("programs", "figures", "news")  # what the page shows (academy.caching)
    context_object_name = "program"
    related_news_count = 5

    def get_queryset(self):
        return Program.objects.active()

    def get_context_data(self, **kwargs):
        program = self.object
        return super().get_context_data(
            share_image=program.share_image_url,
            # Lazy, even to build: the page keeps both in parts.
            figures=SimpleLazyObject(lambda: list(EnrollmentFigure.objects.public_for(program))),
            articles=SimpleLazyObject(
                lambda: list(program.articles.listed()[: self.related_news_count])
            ),
            structured_data=structured_data.graph(
                structured_data.educational_program(
                    self.object, Academy.for_request(self.request), self.request
                ),
                structured_data.breadcrumbs(
                    self.request,
                    (_("Majors"), page_url("programs:program_list")),
                    (self.object.name, self.object.get_absolute_url()),
                ),
            ),
            **kwargs,
        )


class EnrollmentReportMixin:
    """Builds the report the page shows, narrowed by the filters in the URL."""

    public_only = False
    query_parameters = ("year", "major")

    @cached_property
    def filter_form(self):
        """The filters, offering the years and majors there are figures for."""
        intakes = Intake.objects.with_figures()
        self.intakes = list(intakes.public() if self.public_only else intakes)
        self.programs = reported_programs(self.intakes, Program.objects.names_only())
        return EnrollmentFilterForm(
            self.request.GET, years=sorted(i.year for i in self.intakes), programs=self.programs
        )

    def get_report(self):
        year, program = self.filter_form.filters()
        return EnrollmentReport(self.intakes, self.programs, year=year, program=program)

    def export_name(self, stem, extension):
        year, program = self.filter_form.filters()
        parts = [stem, str(year) if year else "", program.slug if program else ""]
        return "-".join(part for part in parts if part) + f".{extension}"

    def get_context_data(self, **kwargs):
        # Lazy: a page that keeps its report in a part (the facts page)
        # builds it only when the part is made again.
        report = SimpleLazyObject(self.get_report)
        return super().get_context_data(
            report=report,
            chart=SimpleLazyObject(lambda: charts.stacked_bars(report)),
            filter_form=SimpleLazyObject(lambda: self.filter_form),
            query=page_query(self.request),
            **kwargs,
        )


class EnrollmentAccessMixin(PermissionRequiredMixin):
    """Enrollment officers only: others signed in get 403, visitors the login."""

    permission_required = "programs.view_enrollment_dashboard"


@method_decorator(never_cache, name="dispatch")
class EnrollmentDashboardView(EnrollmentAccessMixin, EnrollmentReportMixin, TemplateView):
    template_name = "programs/enrollment_dashboard.html"


class ReportFileView(EnrollmentReportMixin, View):
    """The report as a file; filters that do not validate are a 400."""

    def get(self, request):
        report = self.get_report()
        if self.filter_form.errors:
            return filter_error(self.filter_form)
        return self.render_file(report)


# The dashboard's files have a column the public ones lack.
PUBLIC_COLUMN = ("public", lambda record: "yes" if record["public"] else "no")


@method_decorator(never_cache, name="dispatch")
class EnrollmentExportView(EnrollmentAccessMixin, ReportFileView):
    def render_file(self, report):
        return exports.csv_response(
            report, self.export_name("enrollment", "csv"), extra_columns=[PUBLIC_COLUMN]
        )


@method_decorator(never_cache, name="dispatch")
class EnrollmentExportXLSXView(EnrollmentAccessMixin, ReportFileView):
    def render_file(self, report):
        return exports.xlsx_response(
            report, self.export_name("enrollment", "xlsx"), extra_columns=[PUBLIC_COLUMN]
        )


class FactsView(EnrollmentReportMixin, TemplateView):
    """Open data: only the figures administrators marked public."""

    cache_topics = ("programs", "figures")  # what the page shows (academy.caching)

    public_only = True
    template_name = "programs/facts.html"


class OpenDataView(TemplateView):
    """What the open-data files hold, for those who reuse them; parents read
    the figures on the facts page."""

    cache_topics = ()  # what the page shows (academy.caching)

    template_name = "programs/open_data.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            structured_data=structured_data.graph(
                structured_data.breadcrumbs(
                    self.request,
                    (_("Facts and figures"), page_url("programs:facts")),
                    (_("Open data: enrollment figures"), page_url("programs:open_data")),
                )
            ),
            **kwargs,
        )


class FactsCSVView(ReportFileView):
    cache_topics = ("programs", "figures")  # what the page shows (academy.caching)
    public_only = True

    def render_file(self, report):
        return exports.csv_response(report, self.export_name("enrollment", "csv"))


class FactsJSONView(ReportFileView):
    cache_topics = ("programs", "figures")  # what the page shows (academy.caching)
    public_only = True

    def render_file(self, report):
        return exports.json_response(report, current_language())


def filter_error(form):
    messages = [str(error) for errors in form.errors.values() for error in errors]
    return HttpResponseBadRequest(
        "\n".join([_("The filters are not valid:"), *messages]),
        content_type="text/plain; charset=utf-8",
    )
