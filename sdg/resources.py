"""Indicator values as CSV rows, for the admin's import and export (all or nothing)."""

from django.utils.translation import gettext as _
from import_export import fields, instance_loaders

from ina_portal.editorial.importexport import PortalResource, SlugForeignKeyWidget

from .models import Indicator, Observation


def row_key(indicator, year, breakdown):
    return (str(indicator or "").strip(), str(year or "").strip(), str(breakdown or "").strip())


class SeriesInstanceLoader(instance_loaders.ModelInstanceLoader):
    """The values a file updates, found by indicator, year and breakdown: one query for
    all the indicators the file names."""

    def __init__(self, resource, dataset=None):
        super().__init__(resource, dataset)
        resource.stored_relations = {}
        slugs = set(dataset["indicator"]) if "indicator" in (dataset.headers or []) else set()
        stored = Observation.objects.filter(indicator__slug__in=slugs).select_related("indicator")
        self.stored = {
            row_key(item.indicator.slug, item.year, item.breakdown): item for item in stored
        }

    def get_instance(self, row):
        return self.stored.get(row_key(row.get("indicator"), row.get("year"), row.get("breakdown")))


class ObservationResource(PortalResource):
    """One row per value: the indicator by its slug, the year, the breakdown (empty for
    the whole city), the value, a note and the value's source."""

    indicator = fields.Field(
        attribute="indicator",
        column_name="indicator",
        widget=SlugForeignKeyWidget(Indicator, "slug"),
    )

    class Meta(PortalResource.Meta):
        model = Observation
        import_id_fields = ["indicator", "year", "breakdown"]
        instance_loader_class = SeriesInstanceLoader
        fields = ["indicator", "year", "breakdown", "value", "note_de", "note_en", "source"]

    def check_duplicate(self, instance, row, number, errors):
        # The breakdown may be empty (the whole city), unlike a slug.
        key = row_key(row.get("indicator"), row.get("year"), row.get("breakdown"))
        if not (key[0] and key[1]):
            return
        if (first := self.seen_ids.setdefault(key, number)) != number:
            errors.setdefault("year", []).append(
                _("Row %(first)s of the file has this value already.") % {"first": first + 1}
            )
