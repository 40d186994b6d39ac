"""Enrollment figures as files: CSV and Excel workbooks for spreadsheets,
JSON for programs.

The column and key names below are the published open-data schema; they
change only with a new schema version.
"""

import csv
import io
import json
import unicodedata

from django.http import HttpResponse
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

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


def table(report, extra_columns=()):
    """The header and the rows of a spreadsheet of the report; None where
    nothing is known."""
    header = [*CSV_COLUMNS, *(name for name, _get in extra_columns)]
    rows = [
        [record[column] for column in CSV_COLUMNS] + [get(record) for _name, get in extra_columns]
        for record in records(report)
    ]
    return header, rows


def attachment(content, content_type, filename):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_response(report, filename, extra_columns=()):
    """UTF-8 with a byte-order mark, so spreadsheet programs read Chinese and
    Russian names right; the csv module does the quoting."""
    header, rows = table(report, extra_columns)
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([_blank(value) for value in row] for row in rows)
    return attachment(buffer.getvalue(), "text/csv; charset=utf-8", filename)


XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MAX_COLUMN_WIDTH = 60


def xlsx_response(report, filename, extra_columns=()):
    """The CSV's columns as a workbook: numbers as numbers, an empty cell
    where nothing is known, the header bold and kept in view."""
    header, rows = table(report, extra_columns)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "enrollment"
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([_without_control_characters(value) for value in row])
        for cell in sheet[sheet.max_row]:
            if cell.data_type == "f":
                cell.data_type = "s"  # a name starting with "=" is text, not a formula
    for index, column in enumerate(zip(header, *rows, strict=True), start=1):
        width = max(_width(value) for value in column)
        sheet.column_dimensions[get_column_letter(index)].width = min(width + 2, MAX_COLUMN_WIDTH)
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return attachment(buffer.getvalue(), XLSX_TYPE, filename)


def _without_control_characters(value):
    """A workbook may not hold most control characters; a name might."""
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def _width(value):
    """Characters a value takes in a column: Chinese characters take two."""
    text = "" if value is None else str(value)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


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
