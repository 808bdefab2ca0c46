"""Events as CSV rows, for the admin's import and export."""

from import_export import fields

from ina_portal.editorial.importexport import PortalResource, SlugForeignKeyWidget, related
from networks.models import Network
from partnerships.models import ProjectPartnership, TwinCity
from sdg.models import Goal

from .models import Event


class EventResource(PortalResource):
    """One row per event; times in the city's time zone, related records by their slugs
    and goals by their numbers."""

    twin_cities = related("twin_cities", TwinCity, "city__slug")
    project_partnerships = related("project_partnerships", ProjectPartnership)
    networks = related("networks", Network)
    goals = related("goals", Goal, "number")
    responsible = fields.Field(
        attribute="responsible",
        column_name="responsible",
        # The person is the contacts app's, above this one: reached through the field.
        widget=SlugForeignKeyWidget(Event._meta.get_field("responsible").related_model, "slug"),
    )

    class Meta(PortalResource.Meta):
        model = Event
        fields = [
            "slug",
            "title_de",
            "title_en",
            "kind",
            "all_day",
            "start",
            "end",
            "cancelled",
            "venue_de",
            "venue_en",
            "address",
            "organiser_de",
            "organiser_en",
            "teaser_de",
            "teaser_en",
            "description_de",
            "description_en",
            "registration_url",
            "website",
            "twin_cities",
            "project_partnerships",
            "networks",
            "goals",
            "pillar",
            "publication_status",
            "publish_at",
            "publish_until",
            "review_due",
            "responsible",
        ]
