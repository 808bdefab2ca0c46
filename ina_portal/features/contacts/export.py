"""The directory as CSV for spreadsheets: UTF-8 with a byte-order mark and semicolons,
which German Excel opens as it is."""

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ina_portal.base.spreadsheets import write_csv

COLUMNS = [
    (gettext_lazy("last name"), lambda p: p.last_name),
    (gettext_lazy("first name"), lambda p: p.first_name),
    (gettext_lazy("function (German)"), lambda p: p.function_de),
    (gettext_lazy("function (English)"), lambda p: p.function_en),
    (gettext_lazy("unit"), lambda p: p.unit.name),
    (gettext_lazy("office e-mail"), lambda p: p.email),
    (gettext_lazy("office phone"), lambda p: p.phone),
    (gettext_lazy("direct line"), lambda p: p.direct_line),
    (gettext_lazy("mobile"), lambda p: p.mobile),
    (gettext_lazy("room"), lambda p: p.room),
    (gettext_lazy("deputy"), lambda p: p.deputy.name if p.deputy else ""),
    (gettext_lazy("languages spoken"), lambda p: p.languages),
    (gettext_lazy("twin cities"), lambda p: [t.city.name for t in p.twin_cities.all()]),
    (
        gettext_lazy("project partnerships"),
        lambda p: [x.title for x in p.project_partnerships.all()],
    ),
    (gettext_lazy("city networks"), lambda p: [n.name for n in p.networks.all()]),
    (gettext_lazy("events"), lambda p: [e.title for e in p.events.all()]),
    (gettext_lazy("countries"), lambda p: [c.name for c in p.countries]),
    (gettext_lazy("topics"), lambda p: [t.name for t in p.topics.all()]),
    (gettext_lazy("published"), lambda p: _("yes") if p.is_public else _("no")),
]


def people_csv_response(people):
    """Every public and internal field of the people, as a CSV download."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    # Translators: the name of the downloaded CSV file, before the date.
    name = _("contacts")
    filename = f"{name}-{timezone.localdate().isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    write_csv(
        response,
        [label for label, _value in COLUMNS],
        ([value(person) for _label, value in COLUMNS] for person in people),
        for_spreadsheets=True,
    )
    return response
