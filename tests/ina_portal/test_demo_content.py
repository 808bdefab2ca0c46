import re
from io import StringIO

import pytest
from django.core import serializers
from django.core.management import CommandError, call_command

from events.models import Event, ProgrammeItem, Visit, VisitReport
from ina_portal.base.management.commands import load_demo_content
from ina_portal.base.models import SiteProfile, Topic
from ina_portal.features.contacts.models import Person, Unit
from ina_portal.features.news.models import NewsItem
from ina_portal.features.pages.models import (
    AccessibilityStatement,
    LegalPage,
    NonAccessibleContent,
)
from networks.models import Network
from partnerships.models import City, ProjectPartnership, TwinCity
from sdg.models import Goal, SdgActivity
from tests.urls import url

pytestmark = pytest.mark.django_db

MODELS = (
    Topic,
    City,
    TwinCity,
    ProjectPartnership,
    Goal,
    Network,
    SdgActivity,
    Event,
    Visit,
    ProgrammeItem,
    VisitReport,
    Unit,
    Person,
    NewsItem,
    LegalPage,
    AccessibilityStatement,
    NonAccessibleContent,
)


def page_text(response):
    """What a reader sees of the page: its words, one space between them."""
    assert response.status_code == 200
    return " ".join(re.sub(r"<[^>]+>", " ", response.text).split())


def snapshot():
    return {
        model.__name__: serializers.serialize("json", model.objects.order_by("pk"))
        for model in MODELS
    }


def test_demo_loader_fills_a_fresh_database_with_every_kind_of_content():
    SiteProfile.objects.all().delete()  # the tests' own demo profile (tests/conftest.py)
    output = StringIO()

    call_command("load_demo_content", stdout=output)

    assert TwinCity.objects.published().count() == 9
    assert Network.objects.published().count() == 6
    assert SdgActivity.objects.published().count() == 4
    assert Event.objects.published().count() == 8
    assert Visit.objects.count() == 3
    assert NewsItem.objects.published().count() == 3
    assert Person.objects.published().count() == 8
    assert Topic.objects.count() == 14
    assert SiteProfile.objects.get().authority_de == "Stadt Dortmund"
    assert "139 records created, 0 already there" in output.getvalue()


def test_demo_loader_run_twice_leaves_the_same_rows():
    call_command("load_demo_content", verbosity=0)
    first = snapshot()
    output = StringIO()

    call_command("load_demo_content", stdout=output)

    assert snapshot() == first
    assert "0 records created, 139 already there" in output.getvalue()


def test_demo_loader_rerun_keeps_what_an_editor_changed_in_a_demo_record(client):
    call_command("load_demo_content", verbosity=0)
    amiens = TwinCity.objects.get(city__slug="amiens")
    amiens.story_en = "A story of the twinning, rewritten by the office."
    amiens.save()
    amiens.goals.remove(Goal.objects.get(number=16))
    person = Person.objects.get(slug="sara-stjepic")
    person.function_en = "Africa desk"
    person.deputy = None
    person.save()

    call_command("load_demo_content", verbosity=0)

    page = client.get(url("partnerships:twincity_detail", "en", slug="amiens"))
    assert "A story of the twinning, rewritten by the office." in page.text
    assert "Dortmund and Amiens sealed their friendship" not in page.text
    assert list(amiens.goals.values_list("number", flat=True)) == [17]
    person.refresh_from_db()
    assert (person.function_en, person.deputy) == ("Africa desk", None)


def test_demo_loader_rerun_adds_no_second_visit_after_an_editor_renamed_the_guests():
    call_command("load_demo_content", verbosity=0)
    Visit.objects.filter(country="FR").update(visiting_party_de="Gäste aus Amiens")

    call_command("load_demo_content", verbosity=0)

    assert list(Visit.objects.filter(country="FR").values_list("visiting_party_de", flat=True)) == [
        "Gäste aus Amiens"
    ]
    assert Visit.objects.count() == 3


def test_demo_loader_names_the_file_and_the_missing_record_and_changes_nothing(
    tmp_path, monkeypatch
):
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        "model: Event\nrecords:\n  - slug: visit-to-atlantis\n    title: {de: Atlantis}\n"
        "    start: 2027-01-01\n    end: 2027-01-01\n    twin_cities: [atlantis]\n",
        encoding="utf-8",
    )
    files = load_demo_content.demo_files()
    monkeypatch.setattr(load_demo_content, "demo_files", lambda: [*files, ("events", broken)])

    with pytest.raises(CommandError) as error:
        call_command("load_demo_content", verbosity=0)

    assert str(error.value) == f"{broken}: there is no partnerships.City with slug 'atlantis'"
    assert not any(model.objects.exists() for model in MODELS if model is not Goal)


def test_demo_content_has_the_nine_twin_cities_with_their_countries_and_years():
    call_command("load_demo_content", verbosity=0)

    twinnings = {
        (t.city.name_en, t.city.country.code, t.since)
        for t in TwinCity.objects.published().select_related("city")
    }

    assert twinnings == {
        ("Amiens", "FR", 1960),
        ("Leeds", "GB", 1969),
        ("Buffalo", "US", 1977),
        ("Rostov-on-Don", "RU", 1977),
        ("Netanya", "IL", 1981),
        ("Novi Sad", "RS", 1982),
        ("Zwickau", "DE", 1988),
        ("Xi'an", "CN", 1992),
        ("Trabzon", "TR", 2014),
    }


def test_demo_content_has_the_transatlantic_climate_bridge_as_trilateral_partnership():
    call_command("load_demo_content", verbosity=0)

    bridge = ProjectPartnership.objects.get(slug="transatlantic-climate-bridge")

    assert {city.name_en for city in bridge.partner_cities.all()} == {"Vancouver", "Pittsburgh"}
    assert ProjectPartnership.objects.published().count() == 5


def test_demo_content_has_the_events_named_in_the_sources_with_their_dates():
    call_command("load_demo_content", verbosity=0)

    forum = Event.objects.get(slug="german-american-future-forum-2022")
    euro = Event.objects.get(slug="uefa-euro-2024")

    assert (forum.first_day.isoformat(), forum.last_day.isoformat()) == ("2022-11-03",) * 2
    assert forum.venue_de == "Münster"
    assert [p.slug for p in forum.project_partnerships.all()] == [
        "innovation-partnership-pittsburgh"
    ]
    assert (euro.first_day.isoformat(), euro.last_day.isoformat()) == ("2024-06-14", "2024-07-14")
    assert {"fair-friends-2027", "dortbunt-2027", "iga-2027"} <= set(
        Event.objects.published().values_list("slug", flat=True)
    )


def test_demo_golden_book_has_two_published_signings():
    call_command("load_demo_content", verbosity=0)

    signings = VisitReport.objects.published().golden_book()

    assert signings.count() == 2
    assert Visit.objects.filter(report__isnull=True).count() == 1


def test_demo_news_reports_the_future_forum_and_the_awards_in_both_languages():
    call_command("load_demo_content", verbosity=0)

    forum = NewsItem.objects.published().get(slug="german-american-future-forum-2022")

    assert forum.publish_at.date().isoformat() == "2022-11-03"
    assert "Martin van der Pütten" in forum.body_de
    assert "Martin van der Pütten" in forum.body_en
    assert [p.slug for p in forum.project_partnerships.all()] == [
        "innovation-partnership-pittsburgh"
    ]
    assert {"council-of-europe-plaque-of-honour", "europaaktive-kommune"} <= set(
        NewsItem.objects.published().values_list("slug", flat=True)
    )
    assert not NewsItem.objects.filter(title_en="").exists()


def test_demo_privacy_notice_stays_true_to_what_the_portal_does(client):
    call_command("load_demo_content", verbosity=0)

    german = page_text(client.get(url("pages:privacy", "de")))
    english = page_text(client.get(url("pages:privacy", "en")))

    assert "Keine Nachverfolgung" in german
    assert "tracks no one" in english
    assert "IP-Adresse" in german and "IP address" in english
    assert "sobald die Sperre abgelaufen ist" in german
    assert "once the lock has expired" in english
    assert "Formular" in german
    assert "feedback" in english


def test_demo_accessibility_statement_is_partially_compliant_with_its_reasons():
    call_command("load_demo_content", verbosity=0)

    statement = AccessibilityStatement.objects.get()

    assert statement.get_compliance_status_display() == "teilweise vereinbar"
    assert [reason for reason, _items in statement.non_accessible_by_reason()] == [
        "non_compliance",
        "out_of_scope",
    ]
    assert LegalPage.objects.count() == 2
