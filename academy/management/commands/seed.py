from django.core.management.base import BaseCommand
from django.db import transaction

from academy import launch_content
from academy.i18n import translated
from academy.models import Academy, Partner
from news.models import Article
from programs.models import EnrollmentFigure, Intake, Program


def split(entry):
    """An entry's plain values and its translated texts."""
    plain = {key: value for key, value in entry.items() if not isinstance(value, dict)}
    texts = {key: value for key, value in entry.items() if isinstance(value, dict)}
    return plain, translated(texts)


class Command(BaseCommand):
    help = (
        "Loads the launch content: the academy, its majors, partners, first intake and "
        "founding announcement. Adds only what is missing, so running it again changes "
        "nothing and never overwrites an editor's changes."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        created = 0

        plain, texts = split(launch_content.ACADEMY)
        _academy, is_new = Academy.objects.get_or_create(pk=1, defaults={**plain, **texts})
        created += is_new

        programs = {}
        for entry in launch_content.PROGRAMS:
            plain, texts = split(entry)
            slug = plain.pop("slug")
            programs[slug], is_new = Program.objects.get_or_create(
                slug=slug, defaults={**plain, **texts}
            )
            created += is_new

        for entry in launch_content.PARTNERS:
            plain, texts = split(entry)
            _partner, is_new = Partner.objects.get_or_create(
                slug=plain.pop("slug"), defaults={**plain, **texts}
            )
            created += is_new

        for entry in launch_content.INTAKES:
            plain, texts = split(entry)
            slugs = plain.pop("programs")
            intake, is_new = Intake.objects.get_or_create(
                year=plain.pop("year"), defaults={**plain, **texts}
            )
            created += is_new
            if is_new:
                # The split is not published: one figure per major, no count.
                EnrollmentFigure.objects.bulk_create(
                    EnrollmentFigure(intake=intake, program=programs[slug]) for slug in slugs
                )

        for entry in launch_content.ARTICLES:
            plain, texts = split(entry)
            article, is_new = Article.objects.get_or_create(
                slug=plain.pop("slug"),
                defaults={**plain, **texts, "status": Article.Status.PUBLISHED},
            )
            if is_new:
                # The report is as its source published it: loading it is no edit.
                Article.objects.filter(pk=article.pk).update(updated_at=article.published_at)
            created += is_new

        self.stdout.write(
            self.style.SUCCESS(f"Launch content loaded: {created} new records.")
            if created
            else "Launch content already present: nothing changed."
        )
