from django.core.management.base import BaseCommand

from ina_portal.base.cache import content_generation_bump
from ina_portal.base.models import Image
from ina_portal.base.renditions import renditions_fill


class Command(BaseCommand):
    help = (
        "Make the renditions and focal-point crops of images that have none yet, whose "
        "crops are of an older focal point, or whose files are gone, e.g. after the first "
        "deployment with renditions or crops. Safe to run twice."
    )

    def handle(self, *args, **options):
        done, failed = renditions_fill(images=Image.objects.order_by("pk").iterator())
        if done:
            # The rows were updated without a save signal: make the cached pages stale.
            content_generation_bump()
        self.stdout.write(self.style.SUCCESS(f"Renditions made for {len(done)} images."))
        if failed:
            self.stderr.write(
                "Could not read the file of images "
                + ", ".join(str(image.pk) for image in failed)
                + "."
            )
