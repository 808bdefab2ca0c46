from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from events.models import Event, Visit, VisitReport, VisitStatus
from ina_portal.base.models import PublicationStatus
from tests.factories import TwinCityFactory, VisitFactory, VisitReportFactory, berlin

pytestmark = pytest.mark.django_db


def event_form(**overrides):
    data = {
        "title_de": "Urban Diplomacy Lecture",
        "title_en": "Urban Diplomacy Lecture",
        "slug": "urban-diplomacy-lecture",
        "kind": "lecture",
        "start_0": "2027-01-14",
        "start_1": "18:00",
        "end_0": "2027-01-14",
        "end_1": "19:30",
        "venue_de": "Rathaus",
        "venue_en": "Town hall",
        "address": "Friedensplatz 1, 44135 Dortmund",
        "organiser_de": "",
        "organiser_en": "",
        "registration_url": "",
        "website": "",
        "teaser_de": "Gäste aus aller Welt berichten.",
        "teaser_en": "Guests from around the world report.",
        "description_de": "",
        "description_en": "",
        "pillar": "",
        "publication_status": PublicationStatus.PUBLISHED,
        "publish_at_0": "2026-01-01",
        "publish_at_1": "09:00:00",
    }
    data.update(overrides)
    return data


def test_editor_adds_an_evening_lecture_in_winter_time(admin_client):
    response = admin_client.post(reverse("admin:events_event_add"), event_form())

    assert response.status_code == 302, response.context["adminform"].form.errors
    event = Event.objects.get()
    assert event.start == berlin(2027, 1, 14, 18)
    assert event.start.astimezone(timezone.UTC).hour == 17


def test_editor_adds_an_all_day_fair_without_times(admin_client):
    form = event_form(all_day="on", start_0="2027-09-03", start_1="", end_0="2027-09-05", end_1="")

    response = admin_client.post(reverse("admin:events_event_add"), form)

    assert response.status_code == 302, response.context["adminform"].form.errors
    event = Event.objects.get()
    assert (event.first_day.isoformat(), event.last_day.isoformat()) == (
        "2027-09-03",
        "2027-09-05",
    )


def test_admin_form_refuses_an_event_ending_before_it_starts(admin_client):
    form = event_form(end_0="2027-01-13")

    response = admin_client.post(reverse("admin:events_event_add"), form)

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert errors["end"] == ["Die Veranstaltung kann nicht enden, bevor sie beginnt."]
    assert not Event.objects.exists()


def test_visits_are_listed_with_the_next_ones_first_then_the_latest_past(admin_client):
    today = timezone.localdate()
    VisitFactory(visiting_party_de="Long ago", start_date=today - timedelta(days=300))
    VisitFactory(visiting_party_de="Last week", start_date=today - timedelta(days=7))
    VisitFactory(visiting_party_de="In a month", start_date=today + timedelta(days=30))
    VisitFactory(visiting_party_de="Tomorrow", start_date=today + timedelta(days=1))

    response = admin_client.get(reverse("admin:events_visit_changelist"))

    names = [visit.visiting_party_de for visit in response.context["cl"].result_list]
    assert names == ["Tomorrow", "In a month", "Last week", "Long ago"]
    assert "Bestätigt" in response.text or "bestätigt" in response.text  # status filter


def test_visit_list_can_be_filtered_by_status(admin_client):
    VisitFactory(visiting_party_de="Confirmed guests", status=VisitStatus.CONFIRMED)
    VisitFactory(visiting_party_de="Cancelled guests", status=VisitStatus.CANCELLED)

    response = admin_client.get(reverse("admin:events_visit_changelist"), {"status": "confirmed"})

    names = [visit.visiting_party_de for visit in response.context["cl"].result_list]
    assert names == ["Confirmed guests"]


def visit_form(**overrides):
    data = {
        "visiting_party_de": "Delegation der Stadt Leeds",
        "visiting_party_en": "Delegation of the City of Leeds",
        "kind": "city_delegation",
        "country": "GB",
        "start_date": "2027-05-10",
        "end_date": "2027-05-11",
        "status": "confirmed",
        "purpose_de": "",
        "purpose_en": "",
        "golden_book_signed": "on",
        "hosting_official": "Oberbürgermeister",
        "protocol_notes": "Sitzordnung beachten",
        "programme-TOTAL_FORMS": "1",
        "programme-INITIAL_FORMS": "0",
        "programme-MIN_NUM_FORMS": "0",
        "programme-MAX_NUM_FORMS": "1000",
        "programme-0-day": "2027-05-10",
        "programme-0-time": "10:00",
        "programme-0-item": "Empfang im Rathaus",
        "report-TOTAL_FORMS": "1",
        "report-INITIAL_FORMS": "0",
        "report-MIN_NUM_FORMS": "0",
        "report-MAX_NUM_FORMS": "1",
        "report-0-title_de": "Besuch aus Leeds",
        "report-0-title_en": "Visit from Leeds",
        "report-0-slug": "visit-from-leeds",
        "report-0-text_de": "Die Gäste trugen sich ins Goldene Buch ein.",
        "report-0-text_en": "The guests signed the Golden Book.",
        "report-0-consent_to_publish": "on",
        "report-0-publication_status": "published",
        "report-0-publish_at_0": "2027-05-12",
        "report-0-publish_at_1": "09:00:00",
    }
    data.update(overrides)
    return data


def test_editor_records_a_visit_with_its_programme_and_report(admin_client):
    response = admin_client.post(reverse("admin:events_visit_add"), visit_form())

    assert response.status_code == 302, response.context["adminform"].form.errors
    visit = Visit.objects.get()
    assert visit.programme.get().item == "Empfang im Rathaus"
    assert visit.report.title_en == "Visit from Leeds"


def test_admin_refuses_a_visit_ending_before_it_starts(admin_client):
    response = admin_client.post(
        reverse("admin:events_visit_add"), visit_form(end_date="2027-05-09")
    )

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["end_date"] == [
        "Der Besuch kann nicht enden, bevor er beginnt."
    ]


def test_report_inline_refuses_publishing_without_consent(admin_client):
    form = visit_form()
    del form["report-0-consent_to_publish"]

    response = admin_client.post(reverse("admin:events_visit_add"), form)

    assert response.status_code == 200
    assert not Visit.objects.exists()
    assert "erst veröffentlicht werden, wenn die Gäste zugestimmt haben" in response.text


def test_publish_action_leaves_reports_without_consent_as_drafts(admin_client):
    consented = VisitReportFactory(draft=True)
    unconsented = VisitReportFactory(draft=True, consent_to_publish=False)

    response = admin_client.post(
        reverse("admin:events_visitreport_changelist"),
        {"action": "publish", "_selected_action": [consented.pk, unconsented.pk]},
        follow=True,
    )

    assert response.status_code == 200
    assert VisitReport.objects.get(pk=consented.pk).publication_status == "published"
    assert VisitReport.objects.get(pk=unconsented.pk).publication_status == "draft"
    assert "1 Bericht hat keine Einwilligung zur Veröffentlichung" in response.text


def test_staff_see_next_years_twinning_anniversaries(admin_client):
    next_year = timezone.localdate().year + 1
    TwinCityFactory(city__name_de="Buffalo", since=next_year - 50, status="active")
    TwinCityFactory(city__name_de="Zwickau", since=next_year - 39)

    changelist = admin_client.get(reverse("admin:events_visit_changelist")).text
    response = admin_client.get(reverse("admin:events_anniversaries"))

    assert reverse("admin:events_anniversaries") in changelist
    assert response.status_code == 200
    assert "<td>Buffalo</td>" in response.text or ">Buffalo</a>" in response.text
    assert "<td>50</td>" in response.text
    assert "Zwickau" not in response.text


def test_anniversaries_are_for_staff_only(client):
    response = client.get(reverse("admin:events_anniversaries"))

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@pytest.mark.parametrize("model", ["event", "visit", "visitreport"])
def test_events_admin_pages_open(admin_client, model):
    VisitReportFactory()
    assert admin_client.get(reverse(f"admin:events_{model}_changelist")).status_code == 200
    assert admin_client.get(reverse(f"admin:events_{model}_add")).status_code == 200
