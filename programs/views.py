from django.views.generic import DetailView, ListView

from academy.i18n import current_language
from programs.models import EnrollmentFigure, Program


class ProgramListView(ListView):
    context_object_name = "programs"

    def get_queryset(self):
        return Program.objects.active()


class ProgramDetailView(DetailView):
    context_object_name = "program"

    def get_queryset(self):
        return Program.objects.active()

    related_news_count = 5

    def get_context_data(self, **kwargs):
        articles = self.object.articles.published().written_in(current_language()).for_lists()
        return super().get_context_data(
            figures=EnrollmentFigure.objects.public_for(self.object),
            articles=articles[: self.related_news_count],
            **kwargs,
        )
