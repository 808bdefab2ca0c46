"""The demo content is true to the source texts (../shared/seeds/): what they do not give
is flagged as an example in the admin, record by record."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from exchanges.admin import example_record
from exchanges.models import ExampleRecord, ExchangeProgramme
from networks.models import Network
from partnerships.models import ProjectPartnership
from tests.urls import url

pytestmark = pytest.mark.django_db

# Every demo record whose facts the sources do not give (or give only in part).
NOT_FROM_THE_SOURCES = {
    # Twin cities: the sources name nine, some by name, and no year of any of them.
    ("partnerships.twincity", city)
    for city in (
        "amiens",
        "leeds",
        "buffalo",
        "rostov-on-don",
        "netanya",
        "novi-sad",
        "zwickau",
        "xian",
        "trabzon",
    )
} | {
    # Events with demo dates.
    ("events.event", "fair-friends-2027"),
    ("events.event", "dortbunt-2027"),
    ("events.event", "urban-diplomacy-lecture-2026-12"),
    ("events.event", "urban-diplomacy-lecture-2027-06"),
    ("events.event", "uefa-euro-2024"),
    ("events.event", "iga-2027"),
    ("events.event", "german-turkish-city-partnership-conference-2021"),
    # No visit is in the sources.
    ("events.visitreport", "visit-from-amiens-2026"),
    ("events.visitreport", "ambassador-ghana-2026"),
    # News with demo dates.
    ("news.newsitem", "council-of-europe-plaque-of-honour"),
    ("news.newsitem", "europaaktive-kommune"),
    # The team is real; responsibilities and contact details are a demo split.
    *(
        ("contacts.person", slug)
        for slug in (
            "martin-van-der-putten",
            "fabian-zeuch",
            "helga-jansch",
            "felicia-schenkelberg",
            "sara-stjepic",
            "christoph-struss",
            "claudia-schutz",
            "alessa-heuser",
        )
    ),
    # Civic exchange: the sources name no association, school exchange or deadline.
    ("exchanges.organisation", "example-partnership-association-amiens"),
    ("exchanges.organisation", "example-school-netanya"),
    ("exchanges.exchangeprogramme", "example-school-exchange-amiens"),
    ("exchanges.exchangeprogramme", "example-youth-exchange-netanya"),
    ("exchanges.fundingcall", "example-town-twinning-call-2025"),
    ("exchanges.fundingcall", "municipal-solidarity-package"),
}


def test_every_demo_record_not_backed_by_the_sources_is_flagged_as_an_example(admin_client):
    call_command("load_demo_content", verbosity=0)

    flags = list(ExampleRecord.objects.all())
    assert {(flag.kind, flag.key) for flag in flags} == NOT_FROM_THE_SOURCES
    assert all(example_record(flag) is not None for flag in flags)
    assert all(flag.note_de and flag.note_en for flag in flags)

    listing = admin_client.get(reverse("admin:exchanges_examplerecord_changelist") + "?all=")
    assert listing.status_code == 200
    leeds = example_record(ExampleRecord.objects.get(key="leeds"))
    assert reverse("admin:partnerships_twincity_change", args=[leeds.pk]) in listing.text

    # What the sources do say, as they say it.
    dialogue = ExchangeProgramme.objects.published().get(slug="urban-dialogue-dortmund")
    assert dialogue.title_de == dialogue.title_en == "Urban Dialogue Dortmund"
    assert not Network.objects.filter(slug="pact-of-free-cities").exists()
    funding = dict(ProjectPartnership.objects.values_list("slug", "funding_body_en"))
    assert funding["climate-partnership-kumasi"] == ""
    assert funding["climate-partnership-dabola"] == ""
    assert "Education and Research" in funding["climate-adaptation-cluj-napoca"]
    assert ProjectPartnership.objects.get(slug="transatlantic-climate-bridge").start_year == 2008


@pytest.mark.parametrize("language", ["de", "en"])
def test_urban_dialogue_dortmund_is_on_the_programme_list(client, language):
    call_command("load_demo_content", verbosity=0)

    page = client.get(url("exchanges:programme_list", language)).text

    assert "Urban Dialogue Dortmund" in page
