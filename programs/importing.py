"""Reading enrollment figures from a CSV file, all or nothing.

The file has a header row and these columns:

    year,major,students,planned_places
    2024,software-technology,41,45
    2024,industrial-robot-technology,,30
    2024,total,96,

`major` is a major's slug or its name in any language, or `total` for the
intake as a whole. An empty `students` means the major took students but the
count is not published. `planned_places` may be left out.
"""

import csv
import io
from dataclasses import dataclass, field

from academy.i18n import translated_columns
from programs.models import Intake, Program

TOTAL = "total"
REQUIRED_COLUMNS = {"year", "major", "students"}


@dataclass
class Row:
    line: int
    year: int
    program: Program | None  # None for the intake total
    students: int | None
    planned_places: int | None


@dataclass
class ParsedFile:
    rows: list = field(default_factory=list)
    errors: list = field(default_factory=list)  # (line, message)


def read_text(data):
    """The file's text, or an error: only UTF-8 (with or without BOM) is read."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        return None, (
            f"the file is not UTF-8 text (byte 0x{data[error.start]:02x} at position "
            f"{error.start}); save it as CSV UTF-8 and try again"
        )


def whole_number(value, name, *, allow_empty):
    value = value.strip()
    if value == "":
        if allow_empty:
            return None
        raise ValueError(f"{name} is missing")
    if not value.isascii() or not value.lstrip("-").isdigit():
        raise ValueError(f"{name} is not a whole number: {value!r}")
    number = int(value)
    if number < 0:
        raise ValueError(f"{name} is negative: {number}")
    return number


def program_lookup():
    """Majors by slug and by name in every language, compared case-blind."""
    lookup = {}
    columns = translated_columns("name")
    for program in Program.objects.names_only():
        for key in [program.slug, *(getattr(program, c) for c in columns)]:
            if key:
                lookup[key.strip().casefold()] = program
    return lookup


def parse(text, progress=None):
    """Checks every row; the rows are usable only when `errors` is empty."""
    parsed = ParsedFile()
    reader = csv.DictReader(io.StringIO(text))
    header = {name.strip() for name in reader.fieldnames or []}
    missing = REQUIRED_COLUMNS - header
    if missing:
        parsed.errors.append((1, f"the header lacks the column(s): {', '.join(sorted(missing))}"))
        return parsed
    programs = program_lookup()
    seen = {}
    for index, raw in enumerate(reader):
        line = reader.line_num
        record = {(k or "").strip(): (v or "") for k, v in raw.items()}
        try:
            year = whole_number(record["year"], "year", allow_empty=False)
            if not 2000 <= year <= 2100:
                raise ValueError(f"year is not plausible: {year}")
            name = record["major"].strip()
            if name.casefold() == TOTAL:
                program = None
            elif name.casefold() in programs:
                program = programs[name.casefold()]
            else:
                raise ValueError(f"unknown major: {name!r}")
            students = whole_number(record["students"], "students", allow_empty=program is not None)
            planned = whole_number(
                record.get("planned_places", ""), "planned_places", allow_empty=True
            )
            key = (year, program.pk if program else None)
            if key in seen:
                what = "the total" if program is None else f"major {program.slug!r}"
                raise ValueError(f"{what} for {year} is already given on line {seen[key]}")
            seen[key] = line
            parsed.rows.append(Row(line, year, program, students, planned))
        except ValueError as error:
            parsed.errors.append((line, str(error)))
        if progress:
            progress(index + 1)
    return parsed


def check_totals(parsed, existing):
    """A year's known counts may not exceed its total. `existing` maps each
    year already in the database to (total, {program id: students})."""
    years = {row.year for row in parsed.rows}
    for year in sorted(years):
        total, counts = existing.get(year, (None, {}))
        counts = dict(counts)
        total_line = None
        for row in parsed.rows:
            if row.year != year:
                continue
            if row.program is None:
                total, total_line = row.students, row.line
            else:
                counts[row.program.pk] = row.students
        known = sum(count for count in counts.values() if count is not None)
        if total is not None and known > total:
            where = total_line or min(r.line for r in parsed.rows if r.year == year)
            parsed.errors.append(
                (where, f"the {year} total of {total} is below the sum of its majors, {known}")
            )


def existing_figures(years):
    existing = {}
    for intake in Intake.objects.filter(year__in=years).prefetch_related("figures"):
        existing[intake.year] = (
            intake.total_students,
            {f.program_id: f.students for f in intake.figures.all()},
        )
    return existing
