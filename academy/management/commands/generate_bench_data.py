import datetime
import random

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.utils import timezone

from academy.i18n import translated
from academy.models import Partner, PartnerRole
from news import markup
from news.models import Article
from programs.models import EnrollmentFigure, Intake, Program

PARAGRAPH = {
    "en": "Students of the academy spent the week in the robot lab, programming work cells.",
    "zh-hans": "本周学院学生在机器人实验室进行工作站编程实训，收获颇丰。",
    "ru": "На этой неделе студенты академии программировали роботизированные ячейки в лаборатории.",
}
BODY = {code: "\n\n".join([text] * 6) for code, text in PARAGRAPH.items()}


class Command(BaseCommand):
    help = (
        "Fills the database with a realistic volume for benchmarks: with the launch "
        "content, 1,000 news items in three languages, 30 partners and 20 intakes. Never "
        "run it on a database with real content."
    )

    def add_arguments(self, parser):
        # Totals include the launch content: 1 news item, 5 partners, 1 intake.
        parser.add_argument("--articles", type=int, default=999)
        parser.add_argument("--partners", type=int, default=25)
        parser.add_argument("--intakes", type=int, default=20)

    def handle(self, *args, **options):
        with transaction.atomic():
            self.fill(**options)
        if connection.vendor == "postgresql":
            # Fresh statistics, as autovacuum would gather them in a while.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")

    def fill(self, *, articles, partners, intakes, **options):
        call_command("seed", verbosity=0)
        rng = random.Random(2023)  # the same volume every run  # noqa: S311
        now = timezone.now()
        titles = PARAGRAPH.items()
        # bulk_create skips save(), which makes the HTML and the search
        # columns: the HTML made here, once, the search columns per item.
        body_html = {code: markup.render(text, code, {}) for code, text in BODY.items()}
        news = [
            Article(
                slug=f"bench-news-{number}",
                status=Article.Status.PUBLISHED,
                published_at=now - datetime.timedelta(hours=number * 7),
                **translated(
                    {
                        "title": {code: f"{text[:40]} №{number}" for code, text in titles},
                        "summary": PARAGRAPH,
                        "body": BODY,
                        "body_html": body_html,
                    }
                ),
            )
            for number in range(articles)
        ]
        for article in news:
            article.refresh_search_text()
        Article.objects.bulk_create(news, batch_size=200)
        roles = list(PartnerRole.values)
        institutions = [
            Partner(
                slug=f"bench-partner-{number}",
                role=roles[number % len(roles)],
                **translated(
                    {
                        "name": {
                            "en": f"Partner institution {number}",
                            "zh-hans": f"合作机构{number}",
                            "ru": f"Организация-партнёр {number}",
                        },
                        "role_description": {
                            "en": "Works with the academy on joint training.",
                            "zh-hans": "与学院开展联合培养。",
                            "ru": "Сотрудничает с академией в совместной подготовке.",
                        },
                    }
                ),
                country="CN" if number % 2 else "RU",
                position=number,
            )
            for number in range(partners)
        ]
        for partner in institutions:
            partner.refresh_search_text()
        Partner.objects.bulk_create(institutions)
        programs = list(Program.objects.all())
        first_year = 2024
        for year in range(first_year, first_year + intakes - 1):
            intake, _created = Intake.objects.get_or_create(year=year, defaults={"is_public": True})
            EnrollmentFigure.objects.bulk_create(
                EnrollmentFigure(
                    intake=intake,
                    program=program,
                    students=rng.randint(25, 50),
                    planned_places=50,
                )
                for program in programs
            )
        self.stdout.write(
            f"Benchmark volume: {Article.objects.count()} news items, "
            f"{Partner.objects.count()} partners, {Intake.objects.count()} intakes."
        )
