"""Which published records still lack English text, or have English older than German."""

from dataclasses import dataclass, field
from datetime import datetime

from django.urls import reverse

from ina_portal.base import content
from ina_portal.base.models import Publishable, missing_english, translated_fields


@dataclass
class Backlog:
    """One record that needs translating, with what is missing or outdated."""

    record: Publishable
    missing: list = field(default_factory=list)
    outdated: list = field(default_factory=list)
    german_changed: datetime | None = None

    @property
    def admin_url(self):
        opts = self.record._meta
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[self.record.pk])

    def field_labels(self, names):
        return ", ".join(str(self.record._meta.get_field(name).verbose_name) for name in names)

    @property
    def missing_labels(self):
        return self.field_labels(self.missing)

    @property
    def outdated_labels(self):
        return self.field_labels(self.outdated)


def last_changes(model, ids, names):
    """For each record id: per field, when its German and its English text last changed."""
    history = model.history.model.objects.filter(id__in=ids).order_by("id", "history_date")
    columns = [f"{name}_{code}" for name in names for code in ("de", "en")]
    changes, previous = {}, {}
    for row in history.values("id", "history_date", *columns):
        before = previous.get(row["id"], {})
        times = changes.setdefault(row["id"], {})
        for column in columns:
            if column not in before or before[column] != row[column]:
                times[column] = row["history_date"]
        previous[row["id"]] = row
    return changes


def translation_backlog():
    """Per content type (verbose_name_plural, list of Backlog): what English lacks."""
    result = []
    for kind in content.kinds():
        if not (kind.history and kind.is_publishable):
            continue
        model = kind.model
        names = translated_fields(model)
        records = model.objects.published()
        if kind.name_related:
            records = records.select_related(*kind.name_related)
        records = list(records)
        changes = last_changes(model, [record.pk for record in records], names)
        items = []
        for record in records:
            times = changes.get(record.pk, {})
            outdated = [
                name
                for name in names
                if getattr(record, f"{name}_en", None)
                and times.get(f"{name}_de")
                and times.get(f"{name}_en")
                and times[f"{name}_de"] > times[f"{name}_en"]
            ]
            missing = missing_english(record)
            if missing or outdated:
                german = [times[f"{name}_de"] for name in names if times.get(f"{name}_de")]
                items.append(Backlog(record, missing, outdated, max(german, default=None)))
        if items:
            result.append((model._meta.verbose_name_plural, items))
    return result
