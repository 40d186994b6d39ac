from django.views.generic import DetailView, ListView

from programs.models import EnrollmentFigure, Program


class ProgramListView(ListView):
    context_object_name = "programs"

    def get_queryset(self):
        return Program.objects.active()


class ProgramDetailView(DetailView):
    context_object_name = "program"

    def get_queryset(self):
        return Program.objects.active()

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            figures=EnrollmentFigure.objects.public_for(self.object), **kwargs
        )
