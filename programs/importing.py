"""Reading enrollment figures from a spreadsheet, all or nothing.

A CSV file or an Excel workbook (.xlsx; its first sheet) with a header row
and these columns:

    year,major,students,planned_places
    2024,software-technology,41,45
    2024,industrial-robot-technology,,30
    2024,total,96,

`major` is a major's slug or its name in any language, or `total` for the
intake as a whole. An empty `students` means the major took students but the
count is not published. `planned_places` may be left out; left empty, the
stored value stays.

The import command and the admin's import page go the same way: read() finds
what the file is and refuses what is not a table of figures, check() checks
each row against the majors and the stored figures, write() records them.
"""

import codecs
import csv
import hashlib
import io
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

import openpyxl
from django.db import IntegrityError, models, transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from academy.i18n import translated_columns
from programs.models import EnrollmentFigure, FigureChange, Intake, Program

TOTAL = "total"
REQUIRED_COLUMNS = {"year", "major", "students"}

# An upload waits in the officer's session between preview and confirm; the
# figures of every intake and major fit in a few kilobytes.
MAX_UPLOAD_BYTES = 2 * 1024 * 1024
# Far more rows than years × majors will ever need; it bounds the preview.
MAX_ROWS = 10_000
# What a workbook may unpack to: a small archive can hold gigabytes of XML.
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
# The figures columns that are read from a sheet; the rest of a wide row is not.
MAX_COLUMNS = 26
# Excel's own last row: a sheet numbering rows past it was not written by Excel.
LAST_SHEET_ROW = 1_048_576
# No intake or major counts this many students; larger numbers are typos.
MAX_COUNT = 1_000_000
# Values quoted in a message are cut here, so a 5,000-character cell stays readable.
SHOWN_CHARACTERS = 40

CSV, XLSX = "csv", "xlsx"
ZIP_SIGNATURE = b"PK\x03\x04"
OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97–2003 (.xls)

# The encodings a CSV file is read in, as spreadsheet programs name them.
ENCODING_NAMES = {"utf-8": "UTF-8", "gb18030": "GB18030 (GBK)", "cp1251": "Windows-1251"}
SEPARATOR_NAMES = {",": gettext_lazy("commas (,)"), ";": gettext_lazy("semicolons (;)")}

RUSSIAN_WORD = re.compile(r"[А-ЯЁ]?[а-яё]+|[А-ЯЁ]+")
LETTER_RUN = re.compile(r"[^\W\d_]+")
WHOLE_NUMBER = re.compile(r"-?[0-9]+")


class Refused(Exception):
    """The file cannot be read as a table of figures; the message says why,
    in the reader's language."""


class FiguresChanged(Exception):
    """The stored figures are no longer those the rows were checked against."""


class Invalid(Exception):
    """One row's problem, in the reader's language."""


class Status(models.TextChoices):
    NEW = "new", gettext_lazy("new")
    CHANGED = "changed", gettext_lazy("changed")
    UNCHANGED = "unchanged", gettext_lazy("unchanged")


@dataclass
class Table:
    header: list
    records: list  # (line of a CSV file or row of a sheet, [cell text, ...])
    kind: str
    header_line: int = 1
    encoding: str = ""  # a CSV file's
    separator: str = ""  # a CSV file's

    @property
    def encoding_name(self):
        return ENCODING_NAMES.get(self.encoding, "")

    @property
    def separator_name(self):
        return SEPARATOR_NAMES.get(self.separator, "")


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


@dataclass(frozen=True)
class Stored:
    """An intake's figures as stored: its total, and (students, planned
    places) by major id."""

    total: int | None
    figures: dict


@dataclass
class Change:
    """What one row does to the stored figures: (before, after) pairs."""

    row: Row
    status: Status
    students: tuple
    planned_places: tuple | None  # None for the intake total


# Reading ---------------------------------------------------------------------


def damaged_workbook():
    return Refused(_("The file is not an Excel workbook (.xlsx), or it is damaged."))


def read(data):
    """The file's table of cells, whatever the kind of file; Refused when it
    is not one, or its header lacks a column."""
    if not data.strip():
        raise Refused(_("The file is empty."))
    if data.startswith(ZIP_SIGNATURE):
        table = read_workbook(data)
    elif data.startswith(OLE2_SIGNATURE):
        raise Refused(
            _(
                "The file is an Excel 97–2003 workbook (.xls), which is not read: "
                "save it as an Excel workbook (.xlsx) or as CSV."
            )
        )
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise Refused(_("The file is UTF-16 text, which is not read: save it as CSV UTF-8."))
    elif b"\0" in data:
        # Text in the encodings read never holds a NUL byte; binary files do.
        raise Refused(_("The file is neither CSV text nor an Excel workbook (.xlsx)."))
    else:
        table = read_csv(data)
    check_header(table)
    return table


def decode(data):
    """The text and its encoding. UTF-8 when the bytes are valid UTF-8 (text
    in another encoding almost never is); else GB18030 or Windows-1251,
    whichever gives the more plausible text. Either decodes almost any bytes,
    so it is the text that tells them apart."""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    readings = []
    for encoding in ("cp1251", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        readings.append((text, encoding))
    if not readings:
        raise Refused(
            _(
                "The text is in none of the encodings read (UTF-8, GB18030, Windows-1251): "
                "save it as CSV UTF-8."
            )
        )
    # The header is ASCII, the same in both: the rest of the text tells. On
    # a tie max() keeps the first, Windows-1251.
    return max(readings, key=lambda reading: plausible(reading[0]))


def plausible(text):
    """The share of the text's non-ASCII characters that make sense: common
    Chinese characters and punctuation, or letters of Russian words. Russian
    read as GB18030 comes out as rare characters; Chinese read as
    Windows-1251, as odd letters and signs in mixed case."""
    foreign = sum(1 for character in text if not character.isascii())
    if not foreign:
        return 0.0
    sensible = sum(1 for character in text if common_chinese(character))
    sensible += sum(
        len(run) for run in LETTER_RUN.findall(text) if len(run) > 1 and RUSSIAN_WORD.fullmatch(run)
    )
    return sensible / foreign


def common_chinese(character):
    """One of the 3,755 commonest Chinese characters (GB2312's first level),
    or Chinese punctuation or a full-width form."""
    if "\u3000" <= character <= "\u303f" or "\uff00" <= character <= "\uffef":
        return True
    try:
        code = character.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(code) == 2 and 0xB0 <= code[0] <= 0xD7


def read_csv(data):
    text, encoding = decode(data)
    first_line = text.split("\n", 1)[0]
    # Excel writes ";" where the decimal separator is a comma (Russian, for one).
    separator = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=separator)
    try:
        lines = [(reader.line_num, cells) for cells in reader]
    except csv.Error as error:
        raise Refused(
            _("Line %(line)s cannot be read as CSV.") % {"line": reader.line_num}
        ) from error
    return make_table(lines, CSV, encoding=encoding, separator=separator)


def read_workbook(data):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(item.file_size for item in archive.infolist())
    except zipfile.BadZipFile as error:
        raise damaged_workbook() from error
    if unpacked > MAX_UNPACKED_BYTES:
        raise Refused(_("The workbook unpacks to too much data to be read."))
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:
        # A damaged workbook, or an archive of another kind (.docx, .zip),
        # fails anywhere in openpyxl's parser, with errors of many kinds.
        raise damaged_workbook() from error
    try:
        return make_table(sheet_rows(workbook.worksheets[0]), XLSX)
    except Refused:
        raise
    except Exception as error:  # as above: damage shows up while reading, too
        raise damaged_workbook() from error
    finally:
        workbook.close()


def sheet_rows(sheet):
    rows = sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True)
    for number, values in enumerate(rows, start=1):
        if number > LAST_SHEET_ROW:
            raise damaged_workbook()
        yield number, [cell_text(value) for value in values]


def cell_text(value):
    """A cell as a CSV file would hold it: Excel keeps every number as a
    float, so 41.0 is 41 (and 41.5 stays 41.5, which is then refused)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def make_table(lines, kind, **found):
    """The header (the first row that is not blank) and the rows after it."""
    lines = ((number, cells) for number, cells in lines if any(cell.strip() for cell in cells))
    try:
        header_line, header = next(lines)
    except StopIteration:
        raise Refused(_("The file is empty.")) from None
    records = []
    for record in lines:
        if len(records) == MAX_ROWS:
            raise Refused(
                _("The file has more than %(limit)s rows of figures: split it.")
                % {"limit": MAX_ROWS}
            )
        records.append(record)
    return Table([name.strip() for name in header], records, kind, header_line, **found)


def check_header(table):
    columns = {name.casefold() for name in table.header}
    missing = REQUIRED_COLUMNS - columns
    if not missing:
        return
    if len(table.header) == 1 and ("\t" in table.header[0] or ";" in table.header[0]):
        raise Refused(
            _(
                "The header is a single column: the character between its columns was not "
                "recognised. Separate the columns with commas or semicolons."
            )
        )
    raise Refused(
        _(
            "The header lacks the column(s): %(columns)s. The first row names the columns "
            "year, major, students and, if you like, planned_places."
        )
        % {"columns": ", ".join(sorted(missing))}
    )


# Checking --------------------------------------------------------------------


def shown(value):
    """A value from the file, quoted for a message."""
    if len(value) > SHOWN_CHARACTERS:
        value = value[:SHOWN_CHARACTERS] + "…"
    return repr(value)


def whole_number(value, column, *, allow_empty):
    if value == "":
        if allow_empty:
            return None
        raise Invalid(_("%(column)s is missing") % {"column": column})
    if not value.isascii() or not WHOLE_NUMBER.fullmatch(value):
        raise Invalid(
            _("%(column)s is not a whole number: %(value)s")
            % {"column": column, "value": shown(value)}
        )
    if value.startswith("-") and value.strip("-0"):
        raise Invalid(
            _("%(column)s is negative: %(value)s")
            % {"column": column, "value": value[:SHOWN_CHARACTERS]}
        )
    # Checked on the digits first: int() refuses strings of thousands of them.
    if len(value) > len(str(MAX_COUNT)) or int(value) > MAX_COUNT:
        raise Invalid(
            _("%(column)s is too large: %(value)s") % {"column": column, "value": shown(value)}
        )
    return int(value)


def program_lookup():
    """Majors by slug and by name in every language, compared case-blind."""
    lookup = {}
    columns = translated_columns("name")
    for program in Program.objects.names_only():
        for key in [program.slug, *(getattr(program, c) for c in columns)]:
            if key:
                lookup[key.strip().casefold()] = program
    return lookup


def already_given(program, year, line, kind):
    values = {"year": year, "line": line}
    if program is None and kind == XLSX:
        return _("the total for %(year)s is already given in row %(line)s") % values
    if program is None:
        return _("the total for %(year)s is already given on line %(line)s") % values
    values["major"] = repr(program.slug)
    if kind == XLSX:
        return _("major %(major)s for %(year)s is already given in row %(line)s") % values
    return _("major %(major)s for %(year)s is already given on line %(line)s") % values


def parse(table, progress=None):
    """Checks every row; the rows are usable only when `errors` is empty."""
    parsed = ParsedFile()
    position = {}
    for index, name in enumerate(table.header):
        position.setdefault(name.casefold(), index)
    programs = program_lookup()
    seen = {}
    for done, (line, cells) in enumerate(table.records, start=1):
        record = {
            name: cells[index].strip() if index < len(cells) else ""
            for name, index in position.items()
        }
        try:
            parsed.rows.append(parse_row(line, record, programs, seen, table.kind))
        except Invalid as error:
            parsed.errors.append((line, str(error)))
        if progress:
            progress(done)
    return parsed


def parse_row(line, record, programs, seen, kind):
    year = whole_number(record["year"], "year", allow_empty=False)
    if not 2000 <= year <= 2100:
        raise Invalid(_("year is not plausible: %(year)s") % {"year": year})
    name = record["major"]
    if name.casefold() == TOTAL:
        program = None
    elif name.casefold() in programs:
        program = programs[name.casefold()]
    else:
        raise Invalid(_("unknown major: %(name)s") % {"name": shown(name)})
    students = whole_number(record["students"], "students", allow_empty=program is not None)
    planned = whole_number(record.get("planned_places", ""), "planned_places", allow_empty=True)
    key = (year, program.pk if program else None)
    if key in seen:
        raise Invalid(already_given(program, year, seen[key], kind))
    seen[key] = line
    return Row(line, year, program, students, planned)


def check_totals(parsed, stored):
    """A year's known counts may not exceed its total, stored or given."""
    for year in sorted({row.year for row in parsed.rows}):
        intake = stored.get(year, Stored(None, {}))
        total = intake.total
        counts = {program_id: students for program_id, (students, _p) in intake.figures.items()}
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
                (
                    where,
                    _("the %(year)s total of %(total)s is below the sum of its majors, %(known)s")
                    % {"year": year, "total": total, "known": known},
                )
            )


def stored_figures(years, *, lock=False):
    """The stored figures of the intakes of `years`, by year; locked until
    the transaction ends when `lock`, so that none changes before a write."""
    intakes = Intake.objects.filter(year__in=years).only("year", "total_students")
    if lock:
        intakes = intakes.select_for_update()
    years_by_id = {}
    stored = {}
    for intake in intakes:
        years_by_id[intake.pk] = intake.year
        stored[intake.year] = Stored(intake.total_students, {})
    figures = EnrollmentFigure.objects.filter(intake__in=list(years_by_id)).only(
        "intake", "program", "students", "planned_places"
    )
    if lock:
        figures = figures.select_for_update()
    for figure in figures:
        stored[years_by_id[figure.intake_id]].figures[figure.program_id] = (
            figure.students,
            figure.planned_places,
        )
    return stored


def fingerprint(stored):
    """A digest of stored figures: what a preview was made against."""
    state = sorted((year, s.total, sorted(s.figures.items())) for year, s in stored.items())
    return hashlib.sha256(repr(state).encode()).hexdigest()


@dataclass
class Checked:
    """A file's rows checked against the stored figures: usable when
    `errors` is empty."""

    table: Table
    rows: list
    errors: list  # (line, message), in file order
    stored: dict

    @cached_property
    def fingerprint(self):
        return fingerprint(self.stored)

    @cached_property
    def changes(self):
        return [self._change(row) for row in self.rows]

    @cached_property
    def counts(self):
        """How many rows are new, changed and unchanged."""
        return Counter(change.status.value for change in self.changes)

    def _change(self, row):
        intake = self.stored.get(row.year)
        if row.program is None:
            before = intake.total if intake else None
            exists, students, planned = intake is not None, (before, row.students), None
        else:
            figure = intake.figures.get(row.program.pk) if intake else None
            exists = figure is not None
            old_students, old_planned = figure or (None, None)
            new_planned = old_planned if row.planned_places is None else row.planned_places
            students, planned = (old_students, row.students), (old_planned, new_planned)
        if not exists:
            status = Status.NEW
        elif any(before != after for before, after in (students, planned or (None, None))):
            status = Status.CHANGED
        else:
            status = Status.UNCHANGED
        return Change(row, status, students, planned)


def check(table, progress=None):
    parsed = parse(table, progress)
    stored = stored_figures({row.year for row in parsed.rows})
    check_totals(parsed, stored)
    return Checked(table, parsed.rows, sorted(parsed.errors, key=lambda e: e[0]), stored)


# Writing ---------------------------------------------------------------------


def write(checked, *, author, file_name):
    """Writes the checked rows in one transaction, each change recorded as
    imported from `file_name` by `author`. Nothing is written, and
    FiguresChanged raised, when the stored figures of the file's years are no
    longer those the rows were checked against."""
    years = {row.year for row in checked.rows}
    file_name = file_name[: FigureChange._meta.get_field("file_name").max_length]
    try:
        with transaction.atomic():
            if fingerprint(stored_figures(years, lock=True)) != checked.fingerprint:
                raise FiguresChanged
            save_rows(checked.rows, author, file_name)
    except IntegrityError as error:
        # An intake or figure of these years added by someone else since the
        # check: the locks above hold only rows that existed.
        raise FiguresChanged from error


def save_rows(rows, author, file_name):
    years = {row.year for row in rows}
    intakes = {intake.year: intake for intake in Intake.objects.filter(year__in=years)}
    figures = {
        (figure.intake.year, figure.program_id): figure
        for figure in EnrollmentFigure.objects.filter(intake__year__in=years).select_related(
            "intake"
        )
    }
    changed = {year: [] for year in years}
    for row in rows:
        intake = intakes.setdefault(row.year, Intake(year=row.year))
        if row.program is None:
            intake.total_students = row.students
            continue
        figure = figures.get((row.year, row.program.pk)) or EnrollmentFigure(
            intake=intake, program=row.program
        )
        figure.students = row.students
        if row.planned_places is not None:
            figure.planned_places = row.planned_places
        changed[row.year].append(figure)
    for year in sorted(years):
        FigureChange.save_intake_recorded(
            intakes[year],
            changed[year],
            user=author,
            via=FigureChange.Channel.IMPORT,
            file_name=file_name,
        )
