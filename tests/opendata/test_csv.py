"""Each public list links a CSV file with the same rows, in the same order, filters kept."""

import csv
import io
import re
from datetime import timedelta

import pytest
from django.utils import timezone

from events.models import EventKind
from networks.models import NetworkLevel
from tests.factories import (
    CityFactory,
    EventFactory,
    NetworkFactory,
    ProjectPartnershipFactory,
    TopicFactory,
    TwinCityFactory,
    VisitFactory,
    VisitReportFactory,
)
from tests.urls import url

pytestmark = pytest.mark.django_db

CSV_LINK = re.compile(r'<p class="csv-download"><a href="([^"]+)"')


def download(client, page):
    """The rows of the CSV file that a list page links to."""
    link = CSV_LINK.search(page.text)[1].replace("&amp;", "&")
    response = client.get(link)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def listed(page, slug):
    return [slug(record) for record in page.context["paginator"].object_list]


def test_twin_city_csv_has_the_rows_of_the_list(client):
    for name in ("Leeds", "Amiens", "Buffalo"):
        TwinCityFactory(city=CityFactory(name_en=name, slug=name.lower()))
    TwinCityFactory(draft=True)

    page = client.get(url("partnerships:twincity_list", "en"))
    rows = download(client, page)

    assert [row["slug"] for row in rows] == ["amiens", "buffalo", "leeds"]
    assert listed(page, lambda twin_city: twin_city.city.slug) == ["amiens", "buffalo", "leeds"]
    assert rows[0]["city.name"] == "Amiens"


def test_project_partnership_csv_keeps_the_filters_of_the_list(client):
    climate = TopicFactory(slug="climate")
    for number in range(14):  # more than one page of the list
        ProjectPartnershipFactory(slug=f"climate-{number:02}", topics=[climate])
    ProjectPartnershipFactory(slug="other")

    page = client.get(url("partnerships:projectpartnership_list"), {"topic": "climate", "page": 2})
    rows = download(client, page)

    assert [row["slug"] for row in rows] == listed(page, lambda partnership: partnership.slug)
    assert len(rows) == 14
    assert "other" not in {row["slug"] for row in rows}


def test_network_csv_keeps_the_filters_of_the_list(client):
    NetworkFactory(slug="eurocities", level=NetworkLevel.EUROPEAN)
    NetworkFactory(slug="mayors-for-peace", level=NetworkLevel.GLOBAL)

    page = client.get(url("networks:network_list", "en"), {"level": "global"})
    rows = download(client, page)

    assert [row["slug"] for row in rows] == ["mayors-for-peace"]
    assert listed(page, lambda network: network.slug) == ["mayors-for-peace"]


@pytest.mark.parametrize("view", ["events:event_list", "events:event_list_past"])
def test_event_csv_has_the_rows_of_the_upcoming_or_past_list(client, view):
    now = timezone.now()
    for days in (-30, -10, 5, 20):
        EventFactory(
            slug=f"event-in-{days}",
            start=now + timedelta(days=days),
            end=now + timedelta(days=days, hours=2),
            kind=EventKind.FAIR if days % 20 else EventKind.LECTURE,
        )

    page = client.get(url(view, "en"), {"kind": "fair"})
    rows = download(client, page)

    assert [row["slug"] for row in rows] == listed(page, lambda event: event.slug)
    assert rows


def test_visit_report_csv_has_the_rows_of_the_list(client):
    for days in (40, 10, 20):
        VisitReportFactory(
            slug=f"visit-{days}",
            visit=VisitFactory(start_date=timezone.localdate() - timedelta(days=days)),
        )

    page = client.get(url("events:visitreport_list"))
    rows = download(client, page)

    assert [row["slug"] for row in rows] == ["visit-10", "visit-20", "visit-40"]
    assert listed(page, lambda report: report.slug) == ["visit-10", "visit-20", "visit-40"]
    assert "visit.protocol_notes" not in rows[0]


def test_csv_neutralises_spreadsheet_formulas(client):
    NetworkFactory(name_de='=HYPERLINK("http://evil.example")')

    rows = list(csv.DictReader(io.StringIO(client.get("/api/v1/networks.csv").content.decode())))

    assert rows[0]["name"].startswith("'=")


def test_csv_of_an_empty_list_still_has_its_columns(client):
    content = client.get("/api/v1/networks.csv").content.decode()

    assert content.splitlines() == [content.splitlines()[0]]
    assert content.startswith("slug,name,acronym,level")


def test_csv_link_of_a_list_with_an_invalid_filter_has_the_unfiltered_rows_like_the_list(client):
    NetworkFactory(slug="eurocities", level=NetworkLevel.EUROPEAN)
    NetworkFactory(slug="mayors-for-peace", level=NetworkLevel.GLOBAL)

    page = client.get(url("networks:network_list", "en"), {"level": "no-such-level"})
    rows = download(client, page)

    assert {row["slug"] for row in rows} == {"eurocities", "mayors-for-peace"}
    assert len(listed(page, lambda network: network.slug)) == 2
