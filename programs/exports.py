"""Enrollment figures as files: CSV for spreadsheets, JSON for programs.

The column and key names below are the published open-data schema; they
change only with a new schema version.
"""

import csv
import io
import json

from django.http import HttpResponse
from django.utils import timezone

SCHEMA = "academy-enrollment/1"
CSV_COLUMNS = [
    "year",
    "academic_year",
    "intake_total_students",
    "major_slug",
    "major_name",
    "students",
    "planned_places",
]


def _blank(value):
    return "" if value is None else value


def records(report):
    """One record per intake and major that took students (a count of None
    means the major took students but the count is not published); an
    intake with no majors recorded gives one record with no major."""
    for row in report.rows:
        intake = row.intake
        figures = report.figures_of(intake)
        base = {
            "public": intake.is_public,
            "year": intake.year,
            "academic_year": intake.academic_year,
            "intake_total_students": intake.total_students,
        }
        if not figures:
            yield {**base, "major_slug": None, "major_name": None, "students": None,
                   "planned_places": None}  # fmt: skip
        for figure in figures:
            yield {
                **base,
                "major_slug": figure.program.slug,
                "major_name": str(figure.program.name),
                "students": figure.students,
                "planned_places": figure.planned_places,
            }


def csv_response(report, filename, extra_columns=()):
    """UTF-8 with a byte-order mark, so spreadsheet programs read Chinese and
    Russian names right; the csv module does the quoting."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([*CSV_COLUMNS, *(name for name, _get in extra_columns)])
    for record in records(report):
        extra = [get(record) for _name, get in extra_columns]
        writer.writerow([_blank(record[column]) for column in CSV_COLUMNS] + extra)
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def json_response(report, language):
    intakes = [
        {
            "year": row.year,
            "academic_year": row.intake.academic_year,
            "total_students": row.intake.total_students,
            "split_published": not row.unknown_programs,
            "majors": [
                {
                    "slug": figure.program.slug,
                    "name": str(figure.program.name),
                    "students": figure.students,
                    "planned_places": figure.planned_places,
                }
                for figure in report.figures_of(row.intake)
            ],
        }
        for row in report.rows
    ]
    document = {
        "schema": SCHEMA,
        "language": language,
        "generated_at": timezone.now().isoformat(timespec="seconds"),
        "intakes": intakes,
    }
    return HttpResponse(
        json.dumps(document, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
