"""Triage in the admin: status history, the suggested person, existing relationships,
filters, search and the statistics page."""

from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from ina_portal.features.enquiries.models import Enquiry, EnquiryStatus
from ina_portal.features.enquiries.services import enquiry_change_status
from ina_portal.features.outbox.models import OutgoingMail
from tests.factories import (
    CityFactory,
    EnquiryFactory,
    PersonFactory,
    ProjectPartnershipFactory,
    TopicFactory,
    TwinCityFactory,
)

pytestmark = pytest.mark.django_db


def change_url(enquiry):
    return reverse("admin:enquiries_enquiry_change", args=[enquiry.pk])


def triage(admin_client, enquiry, **data):
    form = {
        "status": enquiry.status,
        "note": "",
        "assigned_to": "",
        "status_changes-TOTAL_FORMS": "0",
        "status_changes-INITIAL_FORMS": "0",
        **data,
    }
    return admin_client.post(change_url(enquiry), form)


def test_status_change_in_the_admin_is_recorded_with_who_when_and_why(admin_client, admin_user):
    enquiry = EnquiryFactory()

    response = triage(
        admin_client, enquiry, status="under_review", note="Forwarded to the climate team."
    )

    assert response.status_code == 302
    enquiry.refresh_from_db()
    assert enquiry.status == EnquiryStatus.UNDER_REVIEW
    [change] = enquiry.status_changes.all()
    assert (change.status_from, change.status_to) == ("received", "under_review")
    assert change.changed_by == admin_user
    assert change.note == "Forwarded to the climate team."
    assert timezone.now() - change.changed_at < timedelta(minutes=1)


def test_status_history_is_shown_read_only_on_the_enquiry(admin_client, admin_user):
    enquiry = EnquiryFactory()
    enquiry_change_status(
        enquiry=enquiry, status="declined", user=admin_user, note="No capacity this year."
    )

    response = admin_client.get(change_url(enquiry))

    assert "No capacity this year." in response.text
    assert "abgelehnt" in response.text
    assert 'name="status_changes-0-note"' not in response.text


@pytest.fixture
def editor_client(client):
    editor = User.objects.create_user("redaktion", password="secret", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    return client


def test_editors_see_the_status_history_with_its_decision_notes(editor_client, admin_user):
    enquiry = EnquiryFactory()
    enquiry_change_status(
        enquiry=enquiry, status="declined", user=admin_user, note="No capacity this year."
    )

    response = editor_client.get(change_url(enquiry))

    assert response.status_code == 200
    assert "Statusverlauf" in response.text
    assert "No capacity this year." in response.text
    assert 'name="status_changes-0-note"' not in response.text


def test_editors_triage_with_the_status_history_on_the_form(editor_client):
    enquiry = EnquiryFactory()
    enquiry_change_status(enquiry=enquiry, status="under_review", user=None, note="First look.")
    form = {
        "status": "accepted",
        "note": "Agreed in the\r\nmeeting.",
        "assigned_to": "",
        "status_changes-TOTAL_FORMS": "1",
        "status_changes-INITIAL_FORMS": "1",
    }

    assert editor_client.post(change_url(enquiry), form).status_code == 302

    latest = enquiry.status_changes.latest("changed_at")
    assert (latest.status_to, latest.note) == ("accepted", "Agreed in the\nmeeting.")


def test_the_enquiry_list_links_the_statistics_beside_the_export(editor_client):
    page = editor_client.get(reverse("admin:enquiries_enquiry_changelist")).text

    tools = page[page.index('<ul class="object-tools">') :]
    tools = tools[: tools.index("</ul>")]
    assert f'href="{reverse("admin:enquiries_enquiry_statistics")}"' in tools
    assert ">Statistik</a>" in tools
    assert reverse("admin:enquiries_enquiry_export") in tools


def test_the_enquiry_list_has_no_statistics_link_without_their_permission(client):
    staff = User.objects.create_user("staff", password="secret", is_staff=True)
    staff.user_permissions.add(Permission.objects.get(codename="view_enquiry"))
    client.force_login(staff)

    page = client.get(reverse("admin:enquiries_enquiry_changelist")).text

    assert reverse("admin:enquiries_enquiry_statistics") not in page


def test_a_note_without_a_status_change_is_kept_in_the_history(admin_client):
    enquiry = EnquiryFactory(status="in_dialogue")

    triage(admin_client, enquiry, status="in_dialogue", note="Video call on 3 March.")

    [change] = enquiry.status_changes.all()
    assert (change.status_from, change.status_to, change.note) == (
        "in_dialogue",
        "in_dialogue",
        "Video call on 3 March.",
    )


def test_saving_without_a_change_writes_no_history(admin_client):
    enquiry = EnquiryFactory()

    triage(admin_client, enquiry)

    assert not enquiry.status_changes.exists()


def test_enquiries_cannot_be_added_in_the_admin(admin_client):
    assert admin_client.get(reverse("admin:enquiries_enquiry_add")).status_code == 403


def test_person_responsible_for_the_partner_city_is_suggested_and_assigned_in_one_click(
    admin_client,
):
    cluj = CityFactory(name_de="Klausenburg", name_en="Cluj-Napoca", country="RO")
    partnership = ProjectPartnershipFactory(partner_cities=[cluj])
    responsible = PersonFactory(
        first_name="Radu", last_name="Ionescu", project_partnerships=[partnership]
    )
    PersonFactory(first_name="Nobody", last_name="Else")
    enquiry = EnquiryFactory(city="cluj-napoca", country="RO")

    page = admin_client.get(change_url(enquiry))
    assert "Radu Ionescu" in page.text
    assert "zuständig für cluj-napoca" in page.text
    assert f'name="_assign_suggested" value="{responsible.pk}"' in page.text
    suggestions = page.text.split('class="enquiry-suggestions"')[1].split("</ul>")[0]
    assert "Nobody Else" not in suggestions

    response = triage(admin_client, enquiry, _assign_suggested=str(responsible.pk))

    assert response.status_code == 302
    assert response["Location"] == change_url(enquiry)
    enquiry.refresh_from_db()
    assert enquiry.assigned_to == responsible


def test_suggestions_rank_the_city_above_the_country_above_the_topics(admin_client):
    climate = TopicFactory(name_de="Klima", name_en="Climate")
    twin = TwinCityFactory(city=CityFactory(name_en="Amiens", name_de="Amiens", country="FR"))
    # Alphabetically the other way round: only the scoring puts them in this order.
    city_person = PersonFactory(first_name="Zoe", last_name="Zander", twin_cities=[twin])
    country_person = PersonFactory(first_name="Max", last_name="Müller", countries=["FR"])
    topic_person = PersonFactory(first_name="Anna", last_name="Abel", topics=[climate])
    PersonFactory(last_name="Unpublished", countries=["FR"], draft=True)
    enquiry = EnquiryFactory(city="Amiens", country="FR", topics=[climate])

    from ina_portal.features.enquiries.triage import enquiry_suggested_people

    suggestions = enquiry_suggested_people(enquiry)

    assert [s.person for s in suggestions] == [city_person, country_person, topic_person]


def test_existing_twin_city_is_shown_on_the_enquiry(admin_client):
    twin = TwinCityFactory(
        city=CityFactory(name_de="Rostow am Don", name_en="Rostov-on-Don", country="RU"),
        since=1977,
    )
    enquiry = EnquiryFactory(city="Rostow am Don", country="RU")

    page = admin_client.get(change_url(enquiry))

    assert "Dortmund arbeitet bereits mit Rostow am Don zusammen:" in page.text
    assert reverse("admin:partnerships_twincity_change", args=[twin.pk]) in page.text
    assert "seit 1977" in page.text


def test_enquiry_from_a_new_city_says_there_is_no_relationship_yet_and_names_the_country_ones(
    admin_client,
):
    ProjectPartnershipFactory(
        title_de="Klimapartnerschaft Kumasi",
        partner_cities=[CityFactory(name_de="Kumasi", name_en="Kumasi", country="GH")],
    )
    enquiry = EnquiryFactory(city="Accra", country="GH")

    page = admin_client.get(change_url(enquiry))

    assert "Keine Städtepartnerschaft und keine Projektpartnerschaft mit Accra" in page.text
    assert "Weitere Beziehungen in Ghana:" in page.text
    assert "Klimapartnerschaft Kumasi" in page.text


def test_list_filters_by_status_kind_country_and_year_and_searches(admin_client):
    EnquiryFactory(reference="INA-2026-00001", organisation="Comune di Roma", country="IT")
    EnquiryFactory(
        reference="INA-2025-00007",
        organisation="Ville de Lyon",
        country="FR",
        kind="event_invitation",
        status="declined",
        received_at=timezone.now().replace(year=2025),
    )
    url = reverse("admin:enquiries_enquiry_changelist")

    def listed(query):
        response = admin_client.get(url, query)
        assert response.status_code == 200
        return [e.reference for e in response.context["cl"].result_list]

    assert listed({"status__exact": "declined"}) == ["INA-2025-00007"]
    assert listed({"kind__exact": "event_invitation"}) == ["INA-2025-00007"]
    assert listed({"country": "IT"}) == ["INA-2026-00001"]
    assert listed({"year": "2025"}) == ["INA-2025-00007"]
    assert listed({"q": "lyon"}) == ["INA-2025-00007"]
    assert listed({"q": "INA-2026-00001"}) == ["INA-2026-00001"]


@pytest.mark.parametrize("year", ["10000", "²", "abc", "0", "-1"])
def test_a_year_that_is_not_offered_is_ignored_by_the_list_and_the_statistics(admin_client, year):
    EnquiryFactory(reference="INA-2026-00001")
    this_year = timezone.localdate().year

    listing = admin_client.get(reverse("admin:enquiries_enquiry_changelist"), {"year": year})
    statistics = admin_client.get(reverse("admin:enquiries_enquiry_statistics"), {"year": year})

    assert listing.status_code == 200
    assert [e.reference for e in listing.context["cl"].result_list] == ["INA-2026-00001"]
    assert statistics.status_code == 200
    assert statistics.context["year"] == this_year


def test_statistics_show_an_offered_year(admin_client):
    last_year = timezone.localdate().year - 1
    EnquiryFactory(received_at=timezone.now().replace(year=last_year, month=6, day=1))

    response = admin_client.get(
        reverse("admin:enquiries_enquiry_statistics"), {"year": str(last_year)}
    )

    assert response.context["year"] == last_year
    assert response.context["statistics"]["months"].total == 1


def test_statistics_count_per_month_kind_country_and_outcome(
    admin_client, django_assert_max_num_queries
):
    year = timezone.localdate().year
    january = timezone.now().replace(year=year, month=1, day=15)
    march = timezone.now().replace(year=year, month=3, day=10)
    EnquiryFactory(received_at=january, country="FR", kind="twin_city", status="accepted")
    EnquiryFactory(received_at=january, country="FR", kind="event_invitation")
    EnquiryFactory(received_at=march, country="GH", kind="twin_city", status="declined")
    EnquiryFactory(received_at=january.replace(year=year - 1), country="US")

    url = reverse("admin:enquiries_enquiry_statistics")
    with django_assert_max_num_queries(11):  # as test_statistics_take_a_fixed_number_of_queries
        response = admin_client.get(url, {"year": year})

    statistics = response.context["statistics"]
    assert [count for _month, count in statistics["months"].rows] == [
        2, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0
    ]  # fmt: skip
    assert dict(statistics["kinds"].rows)["Anfrage zu einer Städtepartnerschaft"] == 2
    assert statistics["countries"].rows == [("Frankreich", 2), ("Ghana", 1)]
    outcomes = dict(statistics["outcomes"].rows)
    assert (outcomes["angenommen"], outcomes["abgelehnt"], outcomes["eingegangen"]) == (1, 1, 1)
    assert statistics["months"].total == 3
    assert "<caption>Anfragen pro Monat" in response.text
    assert '<th scope="row">Frankreich</th><td>2</td>' in response.text


def test_statistics_take_a_fixed_number_of_queries(admin_client, django_assert_num_queries):
    url = reverse("admin:enquiries_enquiry_statistics")
    admin_client.get(url)
    EnquiryFactory.create_batch(5, country="FR")

    # sign-in 2, the four counts of the page, the single-record pages of the admin
    # menu 4 (offered to add only while missing)
    with django_assert_num_queries(11):
        admin_client.get(url)
    EnquiryFactory.create_batch(5, country="GH", kind="other")
    with django_assert_num_queries(11):
        admin_client.get(url)


def test_statistics_need_their_permission(client):
    url = reverse("admin:enquiries_enquiry_statistics")
    staff = User.objects.create_user("staff", password="secret", is_staff=True)
    client.force_login(staff)

    assert client.get(url).status_code == 403

    staff.user_permissions.add(Permission.objects.get(codename="view_statistics"))
    client.force_login(User.objects.get(pk=staff.pk))
    assert client.get(url).status_code == 200


def test_closed_enquiries_are_anonymised_after_the_retention_period_keeping_the_statistics(
    client, admin_user, django_capture_on_commit_callbacks
):
    from tests.enquiries.documents import pdf_bytes, upload
    from tests.enquiries.test_submission import form_data

    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/enquiry/", form_data(attachment=upload(pdf_bytes())))
    old = Enquiry.objects.get()
    enquiry_change_status(enquiry=old, status="answered", user=admin_user, note="Called Ms Martin")
    Enquiry.objects.filter(pk=old.pk).update(
        status_changed_at=timezone.now() - timedelta(days=25 * 31)
    )
    recent_closed = EnquiryFactory(status="declined")
    old_but_open = EnquiryFactory(status_changed_at=timezone.now() - timedelta(days=800))
    attachment = old.attachment.path
    link = old.get_confirmation_url()

    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("anonymise_enquiries", stdout=out)

    assert out.getvalue().strip() == "1 closed enquiries anonymised."
    old.refresh_from_db()
    assert (old.organisation, old.contact_person, old.email, old.phone, old.message) == (
        ("", "", "", "", "")
    )
    assert not old.attachment
    assert old.anonymised_at is not None
    assert (old.kind, old.country.code, old.city, old.status) == (
        "twin_city",
        "FR",
        "Rouen",
        "answered",
    )
    assert [c.note for c in old.status_changes.all()] == ["", ""]
    assert not OutgoingMail.objects.filter(about=f"enquiries.enquiry:{old.pk}").exists()
    from pathlib import Path

    assert not Path(attachment).exists()
    assert client.get(link).status_code == 404
    recent_closed.refresh_from_db()
    old_but_open.refresh_from_db()
    assert recent_closed.email and old_but_open.email
