"""People as CSV rows, for the admin's import and export."""

from import_export import fields

from events.models import Event
from ina_portal.base.models import Topic
from ina_portal.editorial.importexport import (
    CountriesWidget,
    PortalResource,
    SlugForeignKeyWidget,
    related,
)
from networks.models import Network
from partnerships.models import ProjectPartnership, TwinCity

from .models import Person, Unit


class PersonResource(PortalResource):
    """One row per person; related records by their slugs, countries by their codes."""

    unit = fields.Field(
        attribute="unit", column_name="unit", widget=SlugForeignKeyWidget(Unit, "slug")
    )
    deputy = fields.Field(
        attribute="deputy", column_name="deputy", widget=SlugForeignKeyWidget(Person, "slug")
    )
    responsible = fields.Field(
        attribute="responsible",
        column_name="responsible",
        widget=SlugForeignKeyWidget(Person, "slug"),
    )
    twin_cities = related("twin_cities", TwinCity, "city__slug")
    project_partnerships = related("project_partnerships", ProjectPartnership)
    networks = related("networks", Network)
    events = related("events", Event)
    topics = related("topics", Topic)
    countries = fields.Field(
        attribute="countries", column_name="countries", widget=CountriesWidget()
    )

    class Meta(PortalResource.Meta):
        model = Person
        fields = [
            "slug",
            "first_name",
            "last_name",
            "function_de",
            "function_en",
            "unit",
            "position",
            "email",
            "phone",
            "direct_line",
            "mobile",
            "room",
            "deputy",
            "languages",
            "twin_cities",
            "project_partnerships",
            "networks",
            "events",
            "countries",
            "topics",
            "publication_status",
            "publish_at",
            "publish_until",
            "review_due",
            "responsible",
        ]
