"""Which records keep a history of their changes (django-simple-history).

Imported by modeltranslation after every app's translation.py
(MODELTRANSLATION_TRANSLATION_FILES), so that the historical models get the German
and English columns too: a HistoricalRecords field on the model would be built before
modeltranslation adds them.
"""

import simple_history

from events.models import Event, Visit, VisitReport
from networks.models import Network
from partnerships.models import City, ProjectPartnership, TwinCity
from sdg.models import SdgActivity

from .contacts.models import Person, Unit
from .models import Image
from .news.models import NewsItem
from .pages.models import AccessibilityStatement, LegalPage

HISTORY_MODELS = [
    TwinCity,
    ProjectPartnership,
    City,
    Network,
    SdgActivity,
    Event,
    Visit,
    VisitReport,
    NewsItem,
    Person,
    Unit,
    LegalPage,
    AccessibilityStatement,
    Image,
]
# What a record's name (str) reads from other tables: the admin pages that list records
# of every kind (start page, translations dashboard) load it along.
NAME_RELATED = {TwinCity: ["city"]}

for model in HISTORY_MODELS:
    # The change time and the author are those of the history row itself.
    fields = {field.name for field in model._meta.fields}
    simple_history.register(model, excluded_fields=["updated_at"] if "updated_at" in fields else [])
