from django import forms
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from programs import importing
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


class SpreadsheetUploadForm(forms.Form):
    """A file of enrollment figures to preview; `table` is what it holds."""

    file = forms.FileField(
        label=_("Spreadsheet"),
        help_text=_(
            "CSV (UTF-8, GB18030 or Windows-1251; commas or semicolons between columns) or "
            "an Excel workbook (.xlsx, its first sheet), with the columns year, major, "
            "students and, if you like, planned_places."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > importing.MAX_UPLOAD_BYTES:
            raise ValidationError(
                _("The file is %(size)s; files of up to %(limit)s are read."),
                code="too_large",
                params={
                    "size": filesizeformat(upload.size),
                    "limit": filesizeformat(importing.MAX_UPLOAD_BYTES),
                },
            )
        self.content = upload.read()
        try:
            self.table = importing.read(self.content)
        except importing.Refused as refusal:
            raise ValidationError(str(refusal), code="refused") from refusal
        return upload
