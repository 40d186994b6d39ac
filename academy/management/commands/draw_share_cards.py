from django.core.management.base import BaseCommand

from academy import share_cards
from news.models import Article
from programs.models import Program


class Command(BaseCommand):
    help = (
        "Draws the share cards of every major and news item that lacks one or whose "
        "card is out of date (after installing a font, or changing the academy's name). "
        "Cards already drawn for the same texts are kept."
    )

    def handle(self, *args, **options):
        for model in (Program, Article):
            for obj in model.objects.all():
                share_cards.refresh(obj)
        self.stdout.write("Share cards are up to date.")
