"""Which records keep a history of their changes (django-simple-history): every content
kind that declares `history` in its app's content.py.

Imported by modeltranslation after every app's translation.py
(MODELTRANSLATION_TRANSLATION_FILES), so that the historical models get the German
and English columns too: a HistoricalRecords field on the model would be built before
modeltranslation adds them.
"""

import simple_history
from simple_history.models import HistoricalRecords

from ina_portal.base import content


class ChangeHistory(HistoricalRecords):
    """A history row for each save that changes a tracked field, not for every save: an
    admin form saved as it was, or a publish action on a published record, is no edit."""

    def post_save(self, instance, created, using=None, **kwargs):
        if created or kwargs.get("raw") or self.changed(instance):
            super().post_save(instance, created, using=using, **kwargs)

    def changed(self, instance):
        latest = getattr(instance, self.manager_name).first()
        return latest is None or any(
            getattr(latest, field.attname) != getattr(instance, field.attname)
            for field in self.fields_included(instance)
        )


for model in content.history_models():
    # The change time and the author are those of the history row itself.
    fields = {field.name for field in model._meta.fields}
    simple_history.register(
        model,
        records_class=ChangeHistory,
        excluded_fields=["updated_at"] if "updated_at" in fields else [],
    )
