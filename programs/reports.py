"""Enrollment figures arranged for reading: per intake, per major, as a
table and as a chart. Built in memory from one query for the intakes (with
their figures) and one for the majors, whatever their number."""

from dataclasses import dataclass, field

UNKNOWN = "unknown"  # a major took students in an intake; the count is not published


@dataclass
class IntakeRow:
    intake: object
    students: int | None
    planned: int | None
    known_sum: int
    unknown_programs: list
    change: int | None = None
    change_rate: float | None = None

    @property
    def year(self):
        return self.intake.year

    @property
    def fill_rate(self):
        if self.students is None or not self.planned:
            return None
        return self.students / self.planned

    @property
    def unknown_part(self):
        """Students whose major is not published (total minus known counts)."""
        if self.intake.total_students is None or not self.unknown_programs:
            return None
        return self.intake.total_students - self.known_sum


@dataclass
class Cell:
    students: int | str | None  # a count, UNKNOWN, or None (no intake in that major)
    planned: int | None = None

    @property
    def unknown(self):
        return self.students == UNKNOWN


@dataclass
class ProgramRow:
    program: object
    cells: list = field(default_factory=list)


def reported_programs(intakes, programs):
    """The majors a report on `intakes` (with_figures()) shows: those still
    taught, and retired ones while the intakes include figures of theirs."""
    taken = {figure.program_id for intake in intakes for figure in intake.figures.all()}
    return [program for program in programs if program.is_active or program.pk in taken]


class EnrollmentReport:
    def __init__(self, intakes, programs, *, year=None, program=None):
        """`intakes` come with_figures(); `year` and `program` narrow the view."""
        self.programs = [p for p in programs if program is None or p.pk == program.pk]
        self.program = program
        # Each intake's figures by major, looked up once rather than per cell.
        self._by_program = {
            intake.pk: {f.program_id: f for f in intake.figures.all()} for intake in intakes
        }
        every_row = self._intake_rows(sorted(intakes, key=lambda i: i.year))
        self.rows = [row for row in every_row if year is None or row.year == year]
        self.matrix = [
            ProgramRow(p, [self._cell(row.intake, p) for row in self.rows]) for p in self.programs
        ]

    def figures_of(self, intake):
        figures = self._by_program[intake.pk]
        if self.program is None:
            return list(figures.values())
        return [figures[self.program.pk]] if self.program.pk in figures else []

    def _intake_rows(self, intakes):
        rows = []
        for intake in intakes:
            figures = self.figures_of(intake)
            if self.program is not None and not figures:
                continue  # that major took no students that year
            known = [f.students for f in figures if f.students is not None]
            unknown = [f.program for f in figures if f.students is None]
            if self.program is not None:
                students = known[0] if known else None
            else:
                students = intake.students
            planned_values = [f.planned_places for f in figures]
            planned = sum(planned_values) if planned_values and None not in planned_values else None
            row = IntakeRow(intake, students, planned, sum(known), unknown)
            previous = rows[-1] if rows else None
            consecutive = previous is not None and previous.year == intake.year - 1
            if consecutive and previous.students is not None and students is not None:
                row.change = students - previous.students
                if previous.students:
                    row.change_rate = row.change / previous.students
            rows.append(row)
        return rows

    def _cell(self, intake, program):
        figure = self._by_program[intake.pk].get(program.pk)
        if figure is None:
            return Cell(None)
        return Cell(UNKNOWN if figure.students is None else figure.students, figure.planned_places)

    @property
    def years(self):
        return [row.year for row in self.rows]
