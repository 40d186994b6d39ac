from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from programs import importing
from programs.models import EnrollmentFigure, FigureChange, Intake

PROGRESS_FROM_ROWS = 1000


class Command(BaseCommand):
    help = (
        "Imports enrollment figures from a CSV file (columns: year, major, students, "
        "planned_places; major 'total' for an intake's total). Every row is checked "
        "first; if any is bad, each is reported by line number and nothing is written."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="the CSV file, UTF-8")
        parser.add_argument(
            "--dry-run", action="store_true", help="check and report, write nothing"
        )
        parser.add_argument("--user", help="username to record as the author of the changes")

    def handle(self, *args, path, dry_run, user, **options):
        author = self._author(user)
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(f"{path}: cannot read the file ({error.strerror})") from error
        text, problem = importing.read_text(data)
        if problem:
            raise CommandError(f"{path}: {problem}")

        rows = max(text.count("\n") - 1, 0)
        progress = self._progress_bar(rows) if rows >= PROGRESS_FROM_ROWS else None
        parsed = importing.parse(text, progress)
        if progress:
            self.stderr.write("")
        years = {row.year for row in parsed.rows}
        importing.check_totals(parsed, importing.existing_figures(years))

        if parsed.errors:
            for line, message in sorted(parsed.errors):
                self.stderr.write(f"{path}, line {line}: {message}")
            raise CommandError(
                f"{len(parsed.errors)} problem(s) found in {path}; nothing was written."
            )
        if not parsed.rows:
            raise CommandError(f"{path} has no figures to import; nothing was written.")

        if dry_run:
            self.stdout.write(
                f"{path}: {len(parsed.rows)} rows are valid for {self._years(years)}. "
                "Dry run: nothing was written."
            )
            return
        self._write(parsed.rows, author, file_name=path.name)
        self.stdout.write(
            self.style.SUCCESS(f"Imported {len(parsed.rows)} rows for {self._years(years)}.")
        )

    @transaction.atomic
    def _write(self, rows, author, file_name):
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

    def _author(self, username):
        if username is None:
            return None
        try:
            return get_user_model().objects.get(username=username)
        except get_user_model().DoesNotExist as error:
            raise CommandError(f"no user named {username!r}") from error

    def _progress_bar(self, total, width=30):
        step = max(total // 100, 1)

        def show(done):
            if done % step and done != total:
                return
            filled = width * done // max(total, 1)
            bar = "#" * filled + " " * (width - filled)
            self.stderr.write(f"\r[{bar}] {done}/{total} rows", ending="")
            self.stderr.flush()

        return show

    @staticmethod
    def _years(years):
        return ", ".join(str(year) for year in sorted(years))
