from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from programs import importing

PROGRESS_FROM_ROWS = 1000


class Command(BaseCommand):
    help = (
        "Imports enrollment figures from a CSV file (UTF-8, GB18030 or Windows-1251; "
        "comma- or semicolon-separated) or an Excel workbook (.xlsx, first sheet). "
        "Columns: year, major, students, planned_places; major 'total' for an intake's "
        "total. Every row is checked first; if any is bad, each is reported by line "
        "number and nothing is written. The admin's import page works the same way."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="the CSV file or Excel workbook")
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
        try:
            table = importing.read(data)
        except importing.Refused as refusal:
            raise CommandError(f"{path}: {refusal}") from refusal

        rows = len(table.records)
        progress = self._progress_bar(rows) if rows >= PROGRESS_FROM_ROWS else None
        checked = importing.check(table, progress)
        if progress:
            self.stderr.write("")
        years = self._years({row.year for row in checked.rows})

        if checked.errors:
            for line, message in checked.errors:
                self.stderr.write(f"{path}, line {line}: {message}")
            raise CommandError(
                f"{len(checked.errors)} problem(s) found in {path}; nothing was written."
            )
        if not checked.rows:
            raise CommandError(f"{path} has no figures to import; nothing was written.")

        if dry_run:
            self.stdout.write(
                f"{path}: {len(checked.rows)} rows are valid for {years}. "
                "Dry run: nothing was written."
            )
            return
        try:
            importing.write(checked, author=author, file_name=path.name)
        except importing.FiguresChanged as error:
            raise CommandError(
                f"{path}: the figures of {years} changed while the file was checked; "
                "nothing was written. Run the import again."
            ) from error
        self.stdout.write(self.style.SUCCESS(f"Imported {len(checked.rows)} rows for {years}."))

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
