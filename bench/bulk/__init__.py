"""Synthetic content for the benchmark: N times the demo content, the same for the same seed.

Each app with content kinds may have a module here named as its package (`base` for
ina_portal/base, `news` for ina_portal/features/news) whose STEPS bulk-create its records.
`generate` runs them app by app in INSTALLED_APPS order, the order of `content.app_labels()`:
a step reads what the steps of the apps above it left in `bulk.created`. The one reference
the other way, to the goals, needs no step: a migration loads them (`sdg.goals`).
"""

import itertools
import random
from dataclasses import dataclass, field
from datetime import timedelta
from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from ina_portal.base import content
from ina_portal.base.cache import content_generation_bump
from ina_portal.base.models import PublicationStatus
from ina_portal.base.richtext import html_from_text

DRAFT_SHARE = 0.08
SCHEDULED_SHARE = 0.03
ENGLISH_MISSING_SHARE = 0.15


@dataclass
class BulkContent:
    """State shared by the steps of one run: scale, random source, records so far."""

    scale: int
    seed: int
    rng: random.Random = field(init=False)
    now: object = field(default_factory=timezone.now)
    # {name: records} made by the steps so far.
    created: dict = field(default_factory=dict)
    # {name: records} read from the database, not made (the goals).
    loaded: dict = field(default_factory=dict)
    _slugs: dict = field(default_factory=dict)
    _images: object = None

    def __post_init__(self):
        self.rng = random.Random(self.seed)

    def count(self, per_demo):
        """How many records to make of a kind the demo content has `per_demo` of."""
        return per_demo * self.scale

    def create(self, name, model, objects):
        """Bulk-create `objects`, keep them under `name` for later steps, return them."""
        self.created[name] = model.objects.bulk_create(objects)
        return self.created[name]

    def link(self, name, relation, pairs):
        """Bulk-create the rows of a many-to-many relation such as `TwinCity.goals`.

        `pairs` holds (record, related records) tuples.
        """
        through, field = relation.through, relation.field
        source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        rows = [
            through(**{source: record.pk, target: other.pk})
            for record, others in pairs
            for other in others
        ]
        return self.create(name, through, rows)

    def image(self):
        """The next Image record for a record that shows one."""
        if self._images is None:
            self._images = itertools.cycle(self.created["images"])
        return next(self._images)

    def publication(self):
        """Publication fields of one record: mostly public, some drafts, some scheduled."""
        roll = self.rng.random()
        draft = roll < DRAFT_SHARE
        status = PublicationStatus.DRAFT if draft else PublicationStatus.PUBLISHED
        if roll > 1 - SCHEDULED_SHARE:
            publish_at = self.now + timedelta(days=self.rng.randint(1, 60))
        else:
            publish_at = self.now - timedelta(minutes=self.rng.randint(60, 6 * 365 * 24 * 60))
        return {"publication_status": status, "publish_at": publish_at}

    def translated(self):
        """Whether a record has its English texts: a share of them is German only."""
        return self.rng.random() >= ENGLISH_MISSING_SHARE

    def unique_slug(self, model, text):
        """A slug from `text` that no record of `model` has, in the database or this run."""
        taken = self._slugs.get(model)
        if taken is None:
            taken = self._slugs[model] = set(model.objects.values_list("slug", flat=True))
        base = slugify(text.replace("–", " "))[:90] or "item"
        slug, number = base, 1
        while slug in taken:
            number += 1
            slug = f"{base}-{number}"
        taken.add(slug)
        return slug

    def paragraphs(self, pool, count, sentences, **values):
        """German and English rich text of `count` paragraphs drawn from `pool` of (de, en)."""
        german, english = [], []
        for _ in range(count):
            chosen = self.rng.sample(pool, k=min(sentences, len(pool)))
            german.append(" ".join(de.format(**values) for de, _en in chosen))
            english.append(" ".join(en.format(**values) for _de, en in chosen))
        return html_from_text("\n\n".join(german)), html_from_text("\n\n".join(english))


def steps():
    """The steps of every app that has a module here, apps in INSTALLED_APPS order."""
    found = []
    for label in content.app_labels():
        module = f"{__name__}.{apps.get_app_config(label).name.rpartition('.')[2]}"
        if find_spec(module):
            found += import_module(module).STEPS
    return found


def generate(*, scale, seed=1):
    """Add the synthetic content at `scale` times the demo size; return the BulkContent."""
    if scale < 1:
        raise ValueError("The scale must be at least 1.")
    bulk = BulkContent(scale=scale, seed=seed)
    with transaction.atomic():
        for step in steps():
            step(bulk)
    # bulk_create sends no signals: make the cached pages stale here.
    content_generation_bump()
    return bulk
