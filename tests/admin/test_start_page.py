from datetime import date, timedelta

import pytest
from django.utils import timezone

from tests.factories import (
    CityFactory,
    EventFactory,
    PersonFactory,
    TwinCityFactory,
    VisitFactory,
)

pytestmark = pytest.mark.django_db


def test_start_page_shows_the_next_visits_and_events_of_30_days(editor_client):
    today = timezone.localdate()
    VisitFactory(
        visiting_party_de="Delegation aus Xi'an",
        start_date=today + timedelta(days=3),
        end_date=today + timedelta(days=4),
    )
    VisitFactory(
        visiting_party_de="Delegation aus Leeds",
        start_date=today + timedelta(days=60),
        end_date=today + timedelta(days=61),
    )
    EventFactory(
        title_de="FAIR FRIENDS",
        start=timezone.now() + timedelta(days=10),
        end=timezone.now() + timedelta(days=11),
    )

    page = editor_client.get("/admin/")
    upcoming = [label for _day, _kind, label, _url in page.context["upcoming"]]

    assert upcoming[0].startswith("Delegation aus Xi")
    assert upcoming[1:] == ["FAIR FRIENDS"]
    assert "Nächste Besuche und Veranstaltungen (30 Tage)" in page.text


def test_start_page_shows_records_recently_changed_and_by_whom(editor_client):
    twin_city = TwinCityFactory(city=CityFactory(name_de="Novi Sad"))

    page = editor_client.get("/admin/").text

    assert "Novi Sad" in page
    assert f"/admin/partnerships/twincity/{twin_city.pk}/change/" in page


def test_start_page_shows_records_due_for_review_with_the_person_responsible(editor_client):
    person = PersonFactory(first_name="Anna", last_name="Beispiel")
    TwinCityFactory(
        city=CityFactory(name_de="Trabzon"),
        review_due=date.today() - timedelta(days=1),
        responsible=person,
    )
    TwinCityFactory(
        city=CityFactory(name_de="Zwickau"), review_due=date.today() + timedelta(days=30)
    )

    page = editor_client.get("/admin/")
    due = page.context["due_for_review"]

    assert [item["record"].city.name for item in due] == ["Trabzon"]
    # In the due-for-review table, not only among the recent changes.
    table = page.text.split('<table class="due-for-review">')[1].split("</table>")[0]
    assert "Trabzon" in table
    assert "<td>Anna Beispiel</td>" in table


def test_start_page_counts_open_enquiries_by_status(editor_client):
    from tests.factories import EnquiryFactory

    EnquiryFactory(status="received")
    EnquiryFactory(status="received")
    EnquiryFactory(status="in_dialogue")
    EnquiryFactory(status="answered")

    page = editor_client.get("/admin/")

    assert [(str(label), count) for label, count in page.context["open_enquiries"]] == [
        ("eingegangen", 2),
        ("im Gespräch", 1),
    ]
    assert "Offene Anfragen" in page.text


def test_start_page_shows_the_oldest_twenty_records_due_and_counts_the_rest(editor_client):
    today = date.today()
    for days in range(1, 26):
        TwinCityFactory(review_due=today - timedelta(days=days))

    page = editor_client.get("/admin/")

    due = [item["record"].review_due for item in page.context["due_for_review"]]
    assert due == [today - timedelta(days=days) for days in range(25, 5, -1)]
    assert "und 5 weitere Einträge" in page.text
    assert "?review=due" in editor_client.get("/admin/partnerships/twincity/").text


@pytest.mark.parametrize("size", [2, 12])
def test_start_page_runs_the_same_queries_whatever_the_number_of_records(
    editor_client, django_assert_max_num_queries, size
):
    from tests.factories import EnquiryFactory

    today = timezone.localdate()
    for n in range(size):
        TwinCityFactory(review_due=today - timedelta(days=n + 1), responsible=PersonFactory())
        EventFactory(
            start=timezone.now() + timedelta(days=n + 1), end=timezone.now() + timedelta(days=n + 2)
        )
        VisitFactory(
            start_date=today + timedelta(days=n + 1), end_date=today + timedelta(days=n + 1)
        )
        EnquiryFactory()

    # Sign-in 4, due for review 2 per publishable type (12 types), next visits and events
    # 2, open enquiries 1, recent changes 1 per type with history (20) and their cities 1,
    # the admin's own log 1, the single-record pages of the menu 4.
    with django_assert_max_num_queries(57):
        editor_client.get("/admin/")


def test_start_page_keeps_the_app_list(editor_client):
    assert "Partnerstädte" in editor_client.get("/admin/").text
