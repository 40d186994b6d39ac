from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from programs.models import EnrollmentFigure


class EnrollmentFilterForm(forms.Form):
    """Narrows the enrollment figures to one intake year and/or one major."""

    year = forms.TypedChoiceField(
        label=_("Intake year"),
        coerce=int,
        required=False,
        empty_value=None,
        error_messages={"invalid_choice": _("Choose an intake year from the list.")},
    )
    major = forms.ChoiceField(
        label=_("Major"),
        required=False,
        error_messages={"invalid_choice": _("Choose a major from the list.")},
    )

    def __init__(self, data, *, years, programs):
        super().__init__(data)
        self.programs = {program.slug: program for program in programs}
        self.fields["year"].choices = [("", _("All years"))] + [(y, str(y)) for y in years]
        self.fields["major"].choices = [("", _("All majors"))] + [
            (program.slug, program.name) for program in programs
        ]

    def filters(self):
        """The chosen year and major; a filter that does not validate is dropped
        (the form then carries its error for the page to show)."""
        self.is_valid()  # cleaned_data keeps the fields that did validate
        chosen = self.cleaned_data
        return chosen.get("year"), self.programs.get(chosen.get("major") or "")


def over_total_error(known, total):
    return ValidationError(
        _(
            "The majors' counts add up to %(known)s, more than the intake's total of "
            "%(total)s. Correct a count or the total."
        ),
        code="over_total",
        params={"known": known, "total": total},
    )


class EnrollmentFigureForm(forms.ModelForm):
    """One figure edited on its own must still fit its intake's total."""

    class Meta:
        model = EnrollmentFigure
        fields = ["intake", "program", "students", "planned_places"]

    def clean(self):
        cleaned = super().clean()
        intake, students = cleaned.get("intake"), cleaned.get("students")
        if intake is None or students is None or intake.total_students is None:
            return cleaned
        others = intake.figures.exclude(pk=self.instance.pk).exclude(students=None)
        known = students + sum(others.values_list("students", flat=True))
        if known > intake.total_students:
            raise over_total_error(known, intake.total_students)
        return cleaned
