from django.core.management.base import BaseCommand
from django.db import transaction

from academy import images
from news.models import Photo


class Command(BaseCommand):
    help = (
        "Makes the WebP renditions missing beside photos' JPEG ones (photos uploaded "
        "before WebP renditions were made), and the news that places them shows them. "
        "Running it again changes nothing."
    )

    def handle(self, *args, **options):
        done = 0
        for photo in Photo.objects.all():
            if all("webp" in rendition for rendition in photo.renditions):
                continue
            kept = set(images.stored_files(photo))
            renditions = images.add_webp(photo)
            made = [r["webp"] for r in renditions if r["webp"] not in kept]
            try:
                with transaction.atomic():
                    photo.renditions = renditions
                    photo.save(update_fields=["renditions"])
                    photo.refresh_news()
            except BaseException:
                images.delete_files(photo.image.storage, made)
                raise
            done += 1
        self.stdout.write(f"WebP renditions made for {done} photo(s); all photos have them.")
