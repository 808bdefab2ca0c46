"""People and units of the contacts directory as content kinds (ina_portal.base.content)."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from ina_portal.base import content
from ina_portal.base.content import Kind, Search, names_of
from ina_portal.base.models import Topic
from networks.models import Network
from partnerships.models import ProjectPartnership, TwinCity

from .api import PersonViewSet
from .models import Person, Unit, contacts_prefetch


def people():
    # What the public team page shows: name, function, unit and responsibilities.
    return (
        Person.objects.published()
        .public()
        .select_related("unit")
        .annotate(
            search_twin_cities=names_of(TwinCity.objects.published(), "contacts", "city__name"),
            search_partnerships=names_of(
                ProjectPartnership.objects.published(), "contacts", "title"
            ),
            search_networks=names_of(Network.objects.published(), "contacts", "name"),
            search_topics=names_of(Topic.objects.all(), "contacts", "name"),
        )
    )


content.register(
    Kind(
        Person,
        search=Search(
            key="people",
            label=_("Contacts"),
            label_singular=pgettext_lazy("search result", "Contact"),
            queryset=people,
            title=("first_name", "last_name"),
            body=(
                "function",
                "unit__name",
                "search_twin_cities",
                "search_partnerships",
                "search_networks",
                "search_topics",
            ),
        ),
        api=PersonViewSet,
        sitemap=True,
    ),
    Kind(Unit),
    pages=["contacts:team"],
)
content.attach(
    [
        "partnerships.TwinCity",
        "partnerships.ProjectPartnership",
        "networks.Network",
        "events.Event",
    ],
    contacts_prefetch,
)
