"""Every refusal of the enquiry form: a clear message in the reader's language, the
reader's input kept (except a file), and nothing stored or sent."""

import re
import uuid
from datetime import timedelta

import pytest
from django.db import OperationalError
from django.utils import timezone

from ina_portal.features.enquiries import views
from ina_portal.features.enquiries.models import Enquiry
from ina_portal.features.outbox.models import OutgoingMail
from tests.enquiries.documents import png_bytes, upload
from tests.enquiries.test_submission import FORM_PATHS, form_data, send

pytestmark = pytest.mark.django_db


def assert_refused_and_kept(response, message, status=200, kept=("Mairie de Rouen",)):
    assert response.status_code == status
    assert message in response.text
    for value in kept:
        assert value in response.text
    assert not Enquiry.objects.exists()
    assert not OutgoingMail.objects.exists()


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("de", "Ihre Anfrage wurde nicht gesendet, weil ein Feld ausgefüllt wurde, das leer"),
        ("en", "Your enquiry was not sent because a field meant to stay empty was filled in."),
    ],
)
def test_filled_in_trap_field_is_refused(client, language, message):
    response = send(client, language, website="https://spam.example")

    assert_refused_and_kept(response, message)


def test_trap_field_is_hidden_from_people_and_screen_readers_and_labelled(client):
    html = client.get("/en/enquiry/").text

    assert '<div class="enquiry-trap" aria-hidden="true">' in html
    assert '<label for="id_website">Leave this field empty' in html
    trap = re.search(r"<input[^>]*id=\"id_website\"[^>]*>", html).group(0)
    assert 'tabindex="-1"' in trap
    assert 'autocomplete="off"' in trap


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("de", "Von dieser Verbindung wurden in der letzten Stunde bereits mehrere Anfragen"),
        ("en", "You have sent several enquiries from this connection within the last hour."),
    ],
)
def test_sixth_enquiry_from_one_address_within_an_hour_is_refused(
    client, settings, language, message
):
    settings.ENQUIRY_RATE_LIMIT = 5
    for _ in range(5):
        assert send(client, language).status_code == 302
    Enquiry.objects.all().delete()
    OutgoingMail.objects.all().delete()

    response = send(client, language, organisation="Mairie de Rouen")

    assert_refused_and_kept(response, message, status=429)


def test_rate_limit_counts_per_client_address_behind_the_proxy(client, settings):
    settings.ENQUIRY_RATE_LIMIT = 1
    settings.TRUSTED_PROXY_COUNT = 1

    first = client.post("/en/enquiry/", form_data(), headers={"x-forwarded-for": "203.0.113.7"})
    again = client.post("/en/enquiry/", form_data(), headers={"x-forwarded-for": "203.0.113.7"})
    other = client.post("/en/enquiry/", form_data(), headers={"x-forwarded-for": "198.51.100.2"})
    # A client cannot escape the limit by adding its own entries to the header.
    forged = client.post(
        "/en/enquiry/", form_data(), headers={"x-forwarded-for": "192.0.2.1, 203.0.113.7"}
    )

    assert [r.status_code for r in (first, again, other, forged)] == [302, 429, 302, 429]


def test_rate_limit_is_kept_in_the_shared_cache(client, settings):
    from django.core.cache import cache

    settings.ENQUIRY_RATE_LIMIT = 1
    send(client)
    assert send(client).status_code == 429

    cache.clear()  # e.g. the hour has passed

    assert send(client).status_code == 302


@pytest.mark.parametrize(
    ("language", "error"),
    [
        (
            "de",
            "Bitte sicherstellen, dass der Wert aus höchstens 200 Zeichen besteht. "
            "(Er besteht aus 201 Zeichen.)",
        ),
        ("en", "Ensure this value has at most 200 characters (it has 201)."),
    ],
)
def test_too_long_organisation_is_refused_in_the_readers_language_and_kept(client, language, error):
    too_long = "Mairie de Rouen " * 12 + "x" * 9
    assert len(too_long) == 201

    response = send(client, language, organisation=too_long)

    assert_refused_and_kept(response, error, kept=[f'value="{too_long}"'])
    assert 'aria-invalid="true"' in response.text
    assert 'aria-describedby="id_organisation_helptext id_organisation_error"' in response.text
    assert 'id="id_organisation_error"' in response.text
    assert 'href="#id_organisation"' in response.text


def test_every_text_field_has_a_length_limit(client):
    html = client.get("/en/enquiry/").text

    for name, limit in [
        ("organisation", 200),
        ("city", 100),
        ("contact_person", 150),
        ("email", 254),
        ("phone", 40),
        ("message", 5000),
    ]:
        field = html.split(f'name="{name}"')[1].split(">")[0]
        assert f'maxlength="{limit}"' in field, name


def test_too_long_message_is_refused_and_kept(client):
    too_long = "Partnerschaft " * 357 + "!!!"
    assert len(too_long) == 5001

    response = send(client, "en", message=too_long)

    assert_refused_and_kept(
        response, "Ensure this value has at most 5000 characters (it has 5001).", kept=[too_long]
    )


def test_line_break_in_a_one_line_field_is_refused(client):
    response = send(client, "en", organisation="Mairie\r\nBcc: spam@example.org")

    assert response.status_code == 200
    assert "Please enter this on one line." in response.text
    assert not Enquiry.objects.exists()


def test_missing_fields_and_consent_are_named_with_links_to_the_fields(client):
    response = send(client, "en", kind="", email="not-an-address", consent="")

    assert response.status_code == 200
    assert "<title>Send an enquiry (not sent)" in response.text
    assert 'href="#id_kind_0">What is your enquiry about?</a>: This field is required.' in (
        response.text
    )
    assert "Enter a valid email address." in response.text
    assert 'href="#id_consent"' in response.text
    assert 'value="Camille Martin"' in response.text
    assert not Enquiry.objects.exists()


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("de", "Bitte geben Sie das vorgeschlagene Datum der Veranstaltung oder des Besuchs an."),
        ("en", "Please give the proposed date of the event or visit."),
    ],
)
def test_invitation_without_a_date_is_refused(client, language, message):
    response = send(client, language, kind="event_invitation")

    assert_refused_and_kept(response, message)


def in_a_year_or_so():
    return timezone.localdate() + timedelta(days=400)


def test_proposed_date_in_the_past_or_in_the_wrong_order_is_refused(client):
    first_day = in_a_year_or_so()
    past = send(client, "en", kind="delegation_visit", date_from="2020-05-14")
    too_far = send(
        client, "en", kind="delegation_visit", date_from="2099-05-14", date_to="2099-05-10"
    )
    wrong_order = send(
        client,
        "en",
        kind="delegation_visit",
        date_from=first_day.isoformat(),
        date_to=(first_day - timedelta(days=4)).isoformat(),
    )

    assert "This date is in the past." in past.text
    assert "Please propose a date within the next five years." in too_far.text
    assert "The last day cannot be before the first." in wrong_order.text
    assert f'value="{first_day.isoformat()}"' in wrong_order.text
    assert not Enquiry.objects.exists()


def test_visit_request_with_dates_is_stored(client):
    first_day = in_a_year_or_so()

    response = send(
        client, "en", kind="delegation_visit", date_from=first_day.isoformat(), date_to=""
    )

    assert response.status_code == 302
    assert Enquiry.objects.get().date_from == first_day


@pytest.mark.parametrize(
    ("language", "message", "file_not_kept"),
    [
        (
            "de",
            "Die Datei ist kein PDF-Dokument.",
            "Zu Ihrer Sicherheit wird eine angehängte Datei nicht aufbewahrt",
        ),
        (
            "en",
            "The file is not a PDF document.",
            "For your security, an attached file is not kept",
        ),
    ],
)
def test_picture_renamed_to_pdf_is_refused(client, language, message, file_not_kept):
    response = client.post(
        FORM_PATHS[language],
        form_data(attachment=upload(png_bytes(), "programme.pdf", "application/pdf")),
    )

    assert_refused_and_kept(response, message)
    assert file_not_kept in response.text


def test_file_that_only_starts_like_a_pdf_is_refused(client):
    response = client.post(
        "/en/enquiry/", form_data(attachment=upload(b"%PDF-1.7\n" + b"not really" * 100))
    )

    assert_refused_and_kept(response, "The file is not a PDF document.")


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("de", "Die Datei ist größer als 5 MB."),
        ("en", "The file is larger than 5 MB."),
    ],
)
def test_file_over_five_megabytes_is_refused(client, pdf, language, message, tmp_path):
    too_big = pdf + b"%" + b"x" * (5 * 1024 * 1024)

    response = client.post(FORM_PATHS[language], form_data(attachment=upload(too_big)))

    assert_refused_and_kept(response, message)
    # Refused by the upload handler while the file came in, not after reading it all.
    assert response.context["form"].too_large_files == {"attachment"}


def test_request_larger_than_the_limit_is_refused_before_it_is_read(client, monkeypatch):
    monkeypatch.setattr(views, "MAX_REQUEST_BYTES", 1000)

    response = client.post("/en/enquiry/", form_data(message="Lorem ipsum " * 200))

    assert response.status_code == 413
    assert "What you sent is larger than" in response.text
    assert not Enquiry.objects.exists()


FORM_TOO_LARGE = {
    "de": "Das Formular hat zu viele Felder oder Dateien, zu viel Text oder einen zu langen "
    "Dateinamen gesendet. Daher wurde nichts davon gespeichert.",
    "en": "The form sent too many fields or files, too much text, or a file name that was "
    "too long, so nothing of it was stored.",
}


def form_too_large_message(language):
    return FORM_TOO_LARGE[language]


@pytest.mark.parametrize(("language", "home"), [("de", "Startseite"), ("en", "Home")])
def test_form_with_too_many_fields_gets_a_400_page_saying_so_in_the_readers_language(
    client, language, home
):
    data = form_data(**{f"field{number}": "x" for number in range(3000)})

    response = client.post(FORM_PATHS[language], data)

    assert response.status_code == 400
    assert f'<html lang="{language}">' in response.text
    assert f">{home}</a>" in response.text
    assert form_too_large_message(language) in response.text
    assert f'<a href="{FORM_PATHS[language]}">' in response.text
    assert not Enquiry.objects.exists()


def test_form_with_too_many_fields_explains_itself_in_english_under_en(client):
    data = form_data(**{f"field{number}": "x" for number in range(3000)})

    response = client.post(FORM_PATHS["en"], data)

    assert "<title>The form could not be received" in response.text
    assert "Please go back and send it again with fewer fields or files" in response.text


@pytest.mark.parametrize("language", ["de", "en"])
def test_form_with_too_many_files_gets_the_400_page(client, pdf, language):
    files = [upload(pdf, name=f"programme-{number}.pdf") for number in range(150)]

    response = client.post(FORM_PATHS[language], form_data(attachment=files))

    assert response.status_code == 400
    assert form_too_large_message(language) in response.text
    assert not Enquiry.objects.exists()


def test_form_with_megabytes_of_text_gets_the_400_page(client):
    response = client.post(FORM_PATHS["en"], form_data(message="Partnerschaft " * 200_000))

    assert response.status_code == 400
    assert form_too_large_message("en") in response.text
    assert not Enquiry.objects.exists()


@pytest.mark.parametrize(
    "name", ["p" * 1096 + ".pdf", "programme." + "p" * 1090], ids=["long-name", "long-extension"]
)
@pytest.mark.parametrize("padding", [0, 3 * 1024 * 1024], ids=["in-memory", "on-disk"])
def test_file_name_of_eleven_hundred_characters_is_refused_without_a_server_error(
    client, pdf, name, padding
):
    assert len(name) == 1100
    content = pdf + b"%" * padding

    response = client.post(FORM_PATHS["en"], form_data(attachment=upload(content, name=name)))

    assert response.status_code == 200
    assert "Ensure this filename has at most 100 characters" in response.text
    assert not Enquiry.objects.exists()


def test_unreachable_database_gives_a_please_try_again_page_with_the_input_kept(
    client, monkeypatch
):
    """A real outage cannot be produced inside a test, so the service is made to raise
    the error the database driver raises when the server is unreachable; this is the one
    place where simulating the failure stands in for the real thing."""

    def database_down(**kwargs):
        raise OperationalError("connection to server at 127.0.0.1, port 5432 failed")

    monkeypatch.setattr(views, "enquiry_submit", database_down)

    response = send(client, "en", message="Please keep this text.")

    assert response.status_code == 503
    assert "We could not store your enquiry because of a technical fault on our side." in (
        response.text
    )
    assert "Please keep this text." in response.text
    assert 'value="Mairie de Rouen"' in response.text
    assert 'name="token" value="' in response.text


def test_unreachable_database_message_is_german_on_the_german_form(client, monkeypatch):
    """See above: the failure is simulated because a real outage cannot be produced."""

    def database_down(**kwargs):
        raise OperationalError("the database system is shutting down")

    monkeypatch.setattr(views, "enquiry_submit", database_down)

    response = send(client, "de")

    assert response.status_code == 503
    assert "Wegen einer technischen Störung bei uns konnten wir Ihre Anfrage nicht" in (
        response.text
    )


def test_form_sent_without_its_token_is_shown_again_with_a_new_one(client):
    response = send(client, "en", token="", email="")

    assert response.status_code == 200
    assert "This field is required." in response.text
    token = re.search(r'name="token" value="([^"]+)"', response.text).group(1)
    uuid.UUID(token)
