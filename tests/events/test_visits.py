import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation

from events.models import INTERNAL_VISIT_FIELDS, is_anniversary
from tests.factories import (
    EventFactory,
    TwinCityFactory,
    VisitFactory,
    VisitReportFactory,
)
from tests.urls import url

pytestmark = pytest.mark.django_db

SECRETS = ["GEHEIM-PROTOKOLL-4711", "GEHEIM-GASTGEBER-0815"]
# Labels of the internal checklist, in both languages.
CHECKLIST_WORDS = [
    "Gastgeschenk",
    "Dolmetsch",
    "Presse informiert",
    "Sicherheit abgestimmt",
    "gifts prepared",
    "interpreter",
    "press informed",
    "security arranged",
    "protocol",
    "Protokoll",
    "hosting official",
    "Gastgeber",
]


def test_visit_pages_have_german_and_english_addresses():
    assert url("events:visitreport_list", "de") == "/de/besuche/"
    assert url("events:visitreport_list", "en") == "/en/visits/"
    assert url("events:golden_book", "de") == "/de/goldenes-buch/"
    assert url("events:golden_book", "en") == "/en/golden-book/"


def test_published_visit_report_is_listed_and_readable_in_both_languages(client):
    report = VisitReportFactory(
        title_de="Delegation aus Leeds zu Gast",
        title_en="Delegation from Leeds visits",
        visit__visiting_party_en="Delegation of the City of Leeds",
        visit__country="GB",
    )

    german = client.get(url("events:visitreport_list", "de")).text
    english = client.get(url("events:visitreport_list", "en")).text
    detail = client.get(url("events:visitreport_detail", "en", slug=report.slug))

    assert "Delegation aus Leeds zu Gast" in german
    assert "Vereinigtes Königreich" in german
    assert "Delegation from Leeds visits" in english
    assert detail.status_code == 200
    assert "Delegation of the City of Leeds" in detail.text
    assert "<p>The guests signed the city's Golden Book.</p>" in detail.text
    assert "Signed the Golden Book of the city" in detail.text


def test_draft_scheduled_and_unconsented_reports_stay_off_the_site(client):
    draft = VisitReportFactory(draft=True, title_en="Draft report")
    scheduled = VisitReportFactory(scheduled=True, title_en="Scheduled report")
    unconsented = VisitReportFactory(
        draft=True, consent_to_publish=False, title_en="Report without consent"
    )

    listing = client.get(url("events:visitreport_list", "en")).text
    golden_book = client.get(url("events:golden_book", "en")).text

    for report in (draft, scheduled, unconsented):
        assert report.title_en not in listing
        assert report.title_en not in golden_book
        assert client.get(report.get_absolute_url()).status_code == 404


def test_report_cannot_be_published_without_consent():
    report = VisitReportFactory.build(
        visit=VisitFactory(), consent_to_publish=False, publication_status="published"
    )

    with pytest.raises(ValidationError) as error:
        report.full_clean()

    with translation.override("en"):
        assert error.value.message_dict["consent_to_publish"] == [
            "A report can only be published once the guests have agreed."
        ]
    with transaction.atomic(), pytest.raises(IntegrityError):
        report.save()


def test_a_report_may_wait_in_review_for_the_guests_consent(client):
    # The text is reviewed while the office asks the guests; a publisher sees it waiting.
    report = VisitReportFactory(consent_to_publish=False, publication_status="in_review")

    report.full_clean()

    assert client.get(report.get_absolute_url()).status_code == 404


def test_golden_book_names_who_signed_and_when(client):
    VisitReportFactory(
        visit__visiting_party_de="Botschafterin der Republik Ghana",
        visit__visiting_party_en="Ambassador of the Republic of Ghana",
        visit__country="GH",
        visit__start_date=timezone.datetime(2026, 5, 12).date(),
        visit__end_date=timezone.datetime(2026, 5, 12).date(),
    )
    VisitReportFactory(
        visit__visiting_party_en="Guests without a signature", visit__golden_book_signed=False
    )
    VisitFactory(visiting_party_en="Signed, but no report", golden_book_signed=True)

    english = client.get(url("events:golden_book", "en")).text
    german = client.get(url("events:golden_book", "de")).text

    assert "Ambassador of the Republic of Ghana" in english
    assert '<time datetime="2026-05-12">May 12, 2026</time>' in english
    assert "Ghana" in english
    assert "Guests without a signature" not in english
    assert "Signed, but no report" not in english
    assert "<h1>Das Goldene Buch der Stadt</h1>" in german
    assert "Botschafterin der Republik Ghana" in german
    assert '<time datetime="2026-05-12">12. Mai 2026</time>' in german


def test_internal_visit_fields_never_appear_on_any_public_page_or_feed(client):
    twin_city = TwinCityFactory(city__slug="leeds")
    report = VisitReportFactory(
        visit__twin_city=twin_city,
        visit__protocol_notes=SECRETS[0],
        visit__hosting_official=SECRETS[1],
    )
    EventFactory(twin_cities=[twin_city])
    pages = []
    for language in ("de", "en"):
        with translation.override(language):
            pages += [
                reverse("home"),
                reverse("events:visitreport_list"),
                report.get_absolute_url(),
                reverse("events:golden_book"),
                reverse("events:event_list"),
                reverse("events:event_list_past"),
                reverse("events:event_calendar"),
                reverse("events:event_feed_atom"),
                reverse("events:event_feed_rss"),
                twin_city.get_absolute_url(),
            ]

    for page in pages:
        response = client.get(page)
        assert response.status_code == 200, page
        text = response.content.decode()
        for secret in SECRETS:
            assert secret not in text, page
        for word in CHECKLIST_WORDS:
            assert word not in text, (page, word)


def test_public_visit_queries_do_not_even_load_the_internal_fields(client):
    VisitReportFactory()

    response = client.get(url("events:golden_book", "en"))

    visit = response.context["object_list"][0].visit
    assert set(INTERNAL_VISIT_FIELDS) <= visit.get_deferred_fields()


@pytest.mark.parametrize("size", [3, 50])
def test_visit_report_list_runs_the_same_queries_whatever_the_number_of_reports(
    client, django_assert_num_queries, size
):
    VisitReportFactory.create_batch(size, visit__twin_city=TwinCityFactory())

    # count, reports with their visits and twin cities, photos
    with django_assert_num_queries(3):
        response = client.get(url("events:visitreport_list", "en"))

    assert response.context["paginator"].count == size


@pytest.mark.parametrize("size", [3, 60])
def test_golden_book_runs_the_same_queries_whatever_the_number_of_entries(
    client, django_assert_num_queries, size
):
    VisitReportFactory.create_batch(size)

    # the number of entries (for the pages), the page's entries and their photos
    with django_assert_num_queries(3):
        response = client.get(url("events:golden_book", "de"))

    # 25 rows a page, and the head's
    assert response.text.count("<tr>") == min(size, 25) + 1


def test_golden_book_goes_on_on_its_next_page(client):
    VisitReportFactory.create_batch(27)

    first = client.get(url("events:golden_book", "en"))
    second = client.get(url("events:golden_book", "en"), {"page": 2})

    assert 'href="?page=2" rel="next"' in first.text
    assert "Page 1 of 2" in first.text
    assert second.text.count("<tr>") == 2 + 1
    assert client.get(url("events:golden_book", "en"), {"page": 3}).status_code == 404


@pytest.mark.parametrize(
    ("years", "expected"),
    [
        (10, False),
        (24, False),
        (25, True),
        (30, False),
        (40, True),
        (45, False),
        (50, True),
        (60, True),
        (70, True),
        (75, True),
        (80, True),
        (100, True),
        (125, True),
        (105, False),
    ],
)
def test_anniversaries_are_25_and_40_years_then_every_tenth_and_twenty_fifth(years, expected):
    assert is_anniversary(years) is expected


def test_anniversary_of_a_suspended_or_unpublished_twinning_is_not_listed_publicly(client):
    year = timezone.localdate().year
    TwinCityFactory(city__name_en="Suspended", since=year - 50, status="suspended")
    TwinCityFactory(city__name_en="Unpublished", since=year - 25, draft=True)

    text = client.get(url("events:event_list", "en")).text

    assert "Twinning anniversaries" not in text


def test_anniversary_next_year_is_not_public_yet(client):
    TwinCityFactory(city__name_en="Buffalo", since=timezone.localdate().year + 1 - 50)

    assert "Buffalo" not in client.get(url("events:event_list", "en")).text
