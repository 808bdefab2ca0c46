"""Which records keep a history of their changes (django-simple-history): every content
kind that declares `history` in its app's content.py.

Imported by modeltranslation after every app's translation.py
(MODELTRANSLATION_TRANSLATION_FILES), so that the historical models get the German
and English columns too: a HistoricalRecords field on the model would be built before
modeltranslation adds them.
"""

import simple_history

from ina_portal.base import content

for model in content.history_models():
    # The change time and the author are those of the history row itself.
    fields = {field.name for field in model._meta.fields}
    simple_history.register(model, excluded_fields=["updated_at"] if "updated_at" in fields else [])
