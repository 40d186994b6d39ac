from django.conf import settings
from django.core.management.base import BaseCommand

from admissions.models import Question


class Command(BaseCommand):
    help = (
        "Deletes admissions questions older than the retention period "
        "(ADMISSIONS_RETENTION_DAYS). Run it daily, e.g. from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.ADMISSIONS_RETENTION_DAYS,
            help="keep questions this many days (default: the setting)",
        )
        parser.add_argument("--dry-run", action="store_true", help="count, delete nothing")

    def handle(self, *args, days, dry_run, **options):
        old = Question.objects.past_retention(days)
        if dry_run:
            self.stdout.write(f"{old.count()} question(s) are older than {days} days.")
            return
        deleted, _by_model = old.delete()
        self.stdout.write(f"Deleted {deleted} question(s) older than {days} days.")
