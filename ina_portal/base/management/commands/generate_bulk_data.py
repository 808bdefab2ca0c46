"""Fill the database with synthetic content at N times the size of the demo content."""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from events import bulk_data as event_data
from ina_portal.base import bulk_data
from ina_portal.base.cache import content_generation_bump
from ina_portal.base.renditions import renditions_fill
from ina_portal.features.contacts import bulk_data as contact_data
from ina_portal.features.news import bulk_data as news_data
from networks import bulk_data as network_data
from partnerships import bulk_data as partnership_data
from sdg import bulk_data as sdg_data


def image_renditions(bulk):
    # bulk_create skips Image.save(), which makes them for every other new image.
    renditions_fill(images=bulk.created["images"])


# In dependency order. An app with public content adds its own steps here.
STEPS = [
    bulk_data.images,
    image_renditions,
    bulk_data.topics,
    sdg_data.goals,
    sdg_data.local_targets,
    partnership_data.cities,
    partnership_data.twin_cities,
    partnership_data.project_partnerships,
    network_data.networks,
    sdg_data.activities,
    event_data.events,
    event_data.visits,
    contact_data.people,
    news_data.news,
]


class Command(BaseCommand):
    help = (
        "Add synthetic, bilingual content at N times the demo size, the same for the same "
        "seed on a fresh database. For benchmarks; never run it on production data."
    )

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=int, required=True, help="multiple of the demo size")
        parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")

    def handle(self, *args, scale, seed, verbosity, **options):
        if scale < 1:
            raise CommandError("--scale must be at least 1.")
        started = time.perf_counter()
        bulk = bulk_data.BulkContent(scale=scale, seed=seed)
        with transaction.atomic():
            for step in STEPS:
                step(bulk)
        # bulk_create sends no signals: make the cached pages stale here.
        content_generation_bump()
        if verbosity:
            counts = ", ".join(f"{len(rows)} {name}" for name, rows in bulk.created.items())
            self.stdout.write(
                self.style.SUCCESS(
                    f"Scale {scale}, seed {seed}: {counts} "
                    f"in {time.perf_counter() - started:.1f} s."
                )
            )
