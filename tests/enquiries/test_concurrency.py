"""Twenty enquiries sent at the same moment to a real server on PostgreSQL all land,
each with its own reference number."""

import re
import threading
import uuid
from urllib.parse import urlencode
from urllib.request import Request, urlopen

import pytest
from django.db import connection
from django.utils import timezone

from ina_portal.features.enquiries.models import Enquiry
from tests.enquiries.test_submission import form_data

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite serialises all writes; the race only exists on PostgreSQL (CI runs it).",
)

SENDERS = 20


def open_form(base_url):
    """The form's HTML and the CSRF cookie, sent back by hand: the test settings mark it
    Secure, which a cookie jar would not return over the live server's plain HTTP."""
    with urlopen(f"{base_url}/en/enquiry/") as response:  # noqa: S310
        cookie = response.headers["Set-Cookie"].split(";")[0]
        html = response.read().decode()
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    token = re.search(r'name="token" value="([^"]+)"', html).group(1)
    return cookie, csrf, token


def send_enquiry(base_url, number, results):
    cookie, csrf, token = open_form(base_url)
    data = form_data(
        token=token,
        csrfmiddlewaretoken=csrf,
        organisation=f"Sender {number}",
        email=f"sender{number}@example.org",
    )
    request = Request(  # noqa: S310 (the live server's http address)
        f"{base_url}/en/enquiry/",
        data=urlencode(data).encode(),
        headers={"Cookie": cookie},
    )
    with urlopen(request) as response:  # noqa: S310
        results[number] = (response.status, response.url, response.read().decode())


@pytest.mark.django_db(transaction=True)
def test_twenty_simultaneous_enquiries_all_land_with_distinct_references(live_server, settings):
    settings.ENQUIRY_RATE_LIMIT = SENDERS
    results = {}
    threads = [
        threading.Thread(target=send_enquiry, args=(live_server.url, n, results))
        for n in range(SENDERS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert len(results) == SENDERS
    assert all(status == 200 and "/en/enquiry/sent/" in url for status, url, _ in results.values())
    year = timezone.localdate().year
    references = sorted(Enquiry.objects.values_list("reference", flat=True))
    assert references == [f"INA-{year}-{n:05d}" for n in range(1, SENDERS + 1)]
    assert sorted(Enquiry.objects.values_list("organisation", flat=True)) == sorted(
        f"Sender {n}" for n in range(SENDERS)
    )
    for _status, _url, html in results.values():
        assert re.search(rf"INA-{year}-\d{{5}}", html)


@pytest.mark.django_db(transaction=True)
def test_the_same_form_sent_twice_at_once_stores_one_enquiry(live_server, settings):
    cookie, csrf, _token = open_form(live_server.url)
    data = urlencode(form_data(token=str(uuid.uuid4()), csrfmiddlewaretoken=csrf)).encode()
    urls = []

    def click():
        request = Request(  # noqa: S310
            f"{live_server.url}/en/enquiry/", data=data, headers={"Cookie": cookie}
        )
        with urlopen(request) as response:  # noqa: S310
            urls.append(response.url)

    threads = [threading.Thread(target=click) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert Enquiry.objects.count() == 1
    assert len(set(urls)) == 1 and len(urls) == 5
