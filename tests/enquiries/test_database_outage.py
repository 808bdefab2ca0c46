"""The real PostgreSQL made unreachable while a reader sends a form: a quick 503 in the
reader's language with everything typed kept, and once the database is back the same
submission is stored once."""

import contextlib
import html
import re
import socket
import time

import pytest
from django.db import connection

from ina_portal.features.enquiries.models import Enquiry
from ina_portal.features.pages.models import Feedback
from sdg.models import Goal
from tests.enquiries.test_submission import form_data
from tests.factories import TopicFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL (CI runs it there): SQLite is a file, it cannot be unreachable",
    ),
]

# DATABASE_CONNECT_TIMEOUT (3 s) and a margin for rendering the page.
QUICKLY = 6


def closed_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def close_connections():
    connection.close()
    if connection.pool is not None:
        connection.close_pool()


@contextlib.contextmanager
def database_unreachable():
    """Every new connection goes to a port where nothing listens."""
    settings_dict = connection.settings_dict
    address = settings_dict["HOST"], settings_dict["PORT"]
    close_connections()
    settings_dict["HOST"], settings_dict["PORT"] = "127.0.0.1", str(closed_port())
    try:
        yield
    finally:
        close_connections()
        settings_dict["HOST"], settings_dict["PORT"] = address


def is_checked(page, name, value=None):
    value = "" if value is None else f' value="{value}"'
    return re.search(rf'<input[^>]*name="{name}"{value}[^>]*checked', page) is not None


def shown_values(response):
    return html.unescape(response.text)


def test_an_enquiry_sent_while_the_database_is_down_is_kept_in_the_form_and_stored_once_later(
    client, reference_data
):
    topic = TopicFactory(name_en="Climate adaptation")
    goal = Goal.objects.get(number=13)
    data = form_data(
        message="Rouen proposes a joint climate week in May.",
        topics=[str(topic.pk)],
        goals=[str(goal.pk)],
    )
    # The form as the reader got it, before the database went away.
    assert client.get("/en/enquiry/").status_code == 200

    with database_unreachable():
        started = time.monotonic()
        response = client.post("/en/enquiry/", data)
        elapsed = time.monotonic() - started

    assert response.status_code == 503
    assert elapsed < QUICKLY
    page = shown_values(response)
    assert "We could not store your enquiry because of a technical fault" in page
    for name in ("organisation", "city", "contact_person", "email", "phone", "token"):
        assert f'name="{name}" value="{data[name]}"' in page, name
    assert data["message"] in page
    assert 'value="FR" selected' in page
    assert is_checked(page, "kind", data["kind"])
    assert is_checked(page, "topics", topic.pk)
    assert is_checked(page, "goals", goal.pk)
    assert is_checked(page, "consent")
    assert "Climate adaptation" in page
    assert "13. Climate Action" in page

    first = client.post("/en/enquiry/", data)
    again = client.post("/en/enquiry/", data)

    assert first.status_code == again.status_code == 302
    enquiry = Enquiry.objects.get()
    assert first["Location"] == again["Location"] == enquiry.get_confirmation_url()
    assert enquiry.message == data["message"]
    assert list(enquiry.topics.all()) == [topic]
    assert list(enquiry.goals.all()) == [goal]


def test_the_german_form_says_so_in_german(client, reference_data):
    with database_unreachable():
        response = client.post("/de/anfrage/", form_data())

    assert response.status_code == 503
    assert response["Content-Language"] == "de"
    assert "Wegen einer technischen Störung bei uns" in shown_values(response)


def test_feedback_sent_while_the_database_is_down_is_kept_in_the_form(client, reference_data):
    message = "The map cannot be used with a keyboard."

    data = {"name": "Kim", "message": message, "website": ""}

    with database_unreachable():
        started = time.monotonic()
        response = client.post("/en/accessibility/", data)
        elapsed = time.monotonic() - started

    assert response.status_code == 503
    assert elapsed < QUICKLY
    page = shown_values(response)
    assert "We could not store your message because of a technical fault" in page
    assert message in page
    assert 'name="name" value="Kim"' in page

    assert client.post("/en/accessibility/", data).status_code == 302
    assert Feedback.objects.get().message == message
