"""Page cache, conditional GET and compression of the public site."""

import gzip
from datetime import timedelta

import pytest
import time_machine
from django.db import connection
from django.http import HttpResponse
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.csp import LazyNonce

from ina_portal.base.cache import (
    PublicPageCacheMiddleware,
    content_generation,
    content_generation_bump,
)
from ina_portal.base.models import PublicationStatus
from ina_portal.base.ratelimit import rate_limit_hit
from partnerships.models import ProjectStatus
from tests.factories import CityFactory, ProjectPartnershipFactory, TopicFactory, TwinCityFactory

pytestmark = pytest.mark.django_db

TWIN_CITIES_DE = "/de/staedtepartnerschaften/"


def count_queries(client, path, **kwargs):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, **kwargs)
    assert response.status_code == 200, path
    return len(queries)


@pytest.fixture
def public_paths():
    TwinCityFactory(city__slug="amiens")
    ProjectPartnershipFactory(slug="climate-kumasi", topics=[TopicFactory()])
    return [
        "/de/",
        "/en/",
        "/de/staedtepartnerschaften/",
        "/en/twin-cities/",
        "/de/staedtepartnerschaften/amiens/",
        "/en/twin-cities/amiens/",
        "/de/projektpartnerschaften/",
        "/en/project-partnerships/?status=active",
        "/de/projektpartnerschaften/climate-kumasi/",
        "/en/project-partnerships/climate-kumasi/",
        "/de/impressum/",
        "/en/imprint/",
    ]


def test_a_second_anonymous_request_is_served_from_the_cache(client, django_assert_num_queries):
    TwinCityFactory(city__name_de="Amiens")
    first = client.get(TWIN_CITIES_DE)

    with django_assert_num_queries(0):
        second = client.get(TWIN_CITIES_DE)

    assert second.status_code == 200
    assert second.content == first.content
    assert "Amiens" in second.text
    assert second["Content-Type"] == first["Content-Type"]
    assert second["X-Frame-Options"] == "DENY"
    assert "Content-Security-Policy" in second


def test_every_public_page_is_cacheable_and_carries_no_script_nonce(client, public_paths):
    for path in public_paths:
        response = client.get(path)

        assert "nonce" not in response.text, path
        assert count_queries(client, path) == 0, path


def test_the_cache_keeps_languages_and_query_strings_apart(client):
    ProjectPartnershipFactory(title_de="Klima Kumasi", title_en="Kumasi climate")
    ProjectPartnershipFactory(title_de="Wasser Dabola", status=ProjectStatus.COMPLETED)
    client.get("/de/projektpartnerschaften/?status=active")

    assert "Kumasi climate" in client.get("/en/project-partnerships/?status=active").text
    completed = client.get("/de/projektpartnerschaften/?status=completed").text
    assert "Wasser Dabola" in completed
    assert "Klima Kumasi" not in completed


def test_a_filtered_list_is_cached(client):
    ProjectPartnershipFactory(topics=[TopicFactory(slug="climate")])
    path = "/de/projektpartnerschaften/?topic=climate&page=1"
    client.get(path)

    assert count_queries(client, path) == 0


@pytest.mark.parametrize(
    "query",
    [
        "?utm_source=newsletter",
        "?topic=no-such-topic",
        "?status=bogus",
        # Only names the list reads, but longer than any real query: not stored.
        "?" + "&".join(["page=1"] * 40),
    ],
)
def test_junk_parameters_and_invalid_filters_are_answered_but_not_cached(client, query):
    ProjectPartnershipFactory(topics=[TopicFactory(slug="climate")])
    path = "/de/projektpartnerschaften/" + query
    client.get(path)

    assert count_queries(client, path) > 0


def test_saving_a_twin_city_shows_the_change_with_the_next_request(client):
    twin_city = TwinCityFactory(city=CityFactory(slug="leeds"), story_de="Alte Geschichte.")
    path = "/de/staedtepartnerschaften/leeds/"
    assert "Alte Geschichte." in client.get(path).text

    twin_city.story_de = "Neue Geschichte."
    twin_city.save()

    assert "Neue Geschichte." in client.get(path).text


def test_an_editor_change_in_the_admin_shows_with_the_next_request(client, admin_client):
    twin_city = TwinCityFactory(city=CityFactory(slug="amiens", name_de="Amiens"))
    path = "/en/twin-cities/amiens/"
    client.get(path)
    change_url = reverse("admin:partnerships_twincity_change", args=[twin_city.pk])
    form = {
        "city": twin_city.city.pk,
        "since": "1960",
        "status": "active",
        "teaser_de": "Älteste Partnerschaft",
        "teaser_en": "Our oldest twinning",
        "story_de": "Eine Freundschaft seit 1960.",
        "story_en": "A friendship since 1960, told anew.",
        "publication_status": PublicationStatus.PUBLISHED,
        "publish_at_0": "2024-01-01",
        "publish_at_1": "09:00:00",
        "links-TOTAL_FORMS": "0",
        "links-INITIAL_FORMS": "0",
        "links-MIN_NUM_FORMS": "0",
        "links-MAX_NUM_FORMS": "1000",
    }

    response = admin_client.post(change_url, form)

    assert response.status_code == 302
    assert "A friendship since 1960, told anew." in client.get(path).text


def test_unpublishing_takes_a_cached_page_off_the_site(client):
    twin_city = TwinCityFactory(city=CityFactory(slug="trabzon"))
    path = "/de/staedtepartnerschaften/trabzon/"
    assert client.get(path).status_code == 200

    twin_city.publication_status = PublicationStatus.DRAFT
    twin_city.save()

    assert client.get(path).status_code == 404


def test_deleting_a_twin_city_removes_it_from_the_cached_list(client):
    twin_city = TwinCityFactory(city__name_de="Netanja")
    assert "Netanja" in client.get(TWIN_CITIES_DE).text

    twin_city.delete()

    assert "Netanja" not in client.get(TWIN_CITIES_DE).text


def test_changing_the_partner_cities_of_a_partnership_refreshes_its_page(client):
    partnership = ProjectPartnershipFactory(partner_cities=[CityFactory(name_de="Kumasi")])
    path = partnership.get_absolute_url()
    assert "Kumasi" in client.get(path).text

    partnership.partner_cities.add(CityFactory(name_de="Dabola"))

    assert "Dabola" in client.get(path).text


def test_signed_in_staff_never_get_a_cached_page(client, admin_client):
    TwinCityFactory()
    client.get(TWIN_CITIES_DE)
    assert count_queries(client, TWIN_CITIES_DE) == 0

    assert count_queries(admin_client, TWIN_CITIES_DE) > 0
    assert count_queries(admin_client, TWIN_CITIES_DE) > 0


def test_pages_rendered_for_signed_in_staff_are_not_stored(client, admin_client):
    TwinCityFactory()
    admin_client.get(TWIN_CITIES_DE)

    assert count_queries(client, TWIN_CITIES_DE) > 0


def test_not_found_pages_are_not_cached(client):
    path = "/de/staedtepartnerschaften/atlantis/"
    assert client.get(path).status_code == 404

    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 404
    assert len(queries) > 0


def test_the_admin_is_not_cached(admin_client):
    admin_client.get(reverse("admin:index"))

    assert count_queries(admin_client, reverse("admin:index")) > 0


def test_the_page_cache_can_be_switched_off(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    TwinCityFactory()
    client.get(TWIN_CITIES_DE)

    assert count_queries(client, TWIN_CITIES_DE) > 0


def run_twice(response_factory, path="/de/"):
    """Pass two requests for the same public page through the cache middleware."""
    calls = []

    def get_response(request):
        calls.append(request)
        return response_factory(request)

    middleware = PublicPageCacheMiddleware(get_response)
    for _ in range(2):
        request = RequestFactory().get(path)
        request._csp_nonce = LazyNonce()
        middleware(request)
    return len(calls)


def test_responses_that_set_a_cookie_are_not_cached():
    def set_cookie(request):
        response = HttpResponse("<p>Page</p>")
        response.set_cookie("something", "personal")
        return response

    assert run_twice(set_cookie) == 2


def test_responses_carrying_the_script_nonce_are_not_cached():
    def with_nonce(request):
        return HttpResponse(f'<script nonce="{request._csp_nonce}">go()</script>')

    assert run_twice(with_nonce) == 2


def test_responses_marked_private_or_never_cache_are_not_cached():
    def private(request):
        return HttpResponse("<p>Page</p>", headers={"Cache-Control": "private"})

    assert run_twice(private) == 2


def test_plain_public_responses_are_cached():
    assert run_twice(lambda request: HttpResponse("<p>Page</p>")) == 1


def test_a_matching_if_none_match_gets_304_not_modified(client):
    TwinCityFactory()
    etag = client.get(TWIN_CITIES_DE)["ETag"]

    response = client.get(TWIN_CITIES_DE, headers={"if-none-match": etag})

    assert response.status_code == 304
    assert response.content == b""


def test_the_etag_changes_when_the_content_changes(client):
    twin_city = TwinCityFactory()
    etag = client.get(TWIN_CITIES_DE)["ETag"]
    twin_city.teaser_de = "Ganz neu"
    twin_city.save()

    response = client.get(TWIN_CITIES_DE, headers={"if-none-match": etag})

    assert response.status_code == 200
    assert response["ETag"] != etag


def test_pages_are_gzip_compressed_for_browsers_that_accept_it(client):
    TwinCityFactory(city__name_de="Zwickau")

    for _ in range(2):  # rendered, then from the cache
        response = client.get(TWIN_CITIES_DE, headers={"accept-encoding": "gzip, br"})

        assert response["Content-Encoding"] == "gzip"
        assert "Accept-Encoding" in response["Vary"]
        html = gzip.decompress(response.content).decode()
        assert "Zwickau" in html
        assert len(response.content) < len(html.encode())


def test_a_cached_page_goes_uncompressed_to_clients_without_gzip(client):
    TwinCityFactory(city__name_de="Zwickau")
    client.get(TWIN_CITIES_DE, headers={"accept-encoding": "gzip"})

    response = client.get(TWIN_CITIES_DE)

    assert "Content-Encoding" not in response
    assert "Zwickau" in response.text
    assert response["Content-Length"] == str(len(response.content))


def test_rendered_and_cached_pages_have_the_same_etag_with_or_without_gzip(client):
    TwinCityFactory()
    gzip_headers = {"accept-encoding": "gzip"}
    rendered = client.get(TWIN_CITIES_DE, headers=gzip_headers)["ETag"]
    cached = client.get(TWIN_CITIES_DE, headers=gzip_headers)["ETag"]
    plain = client.get(TWIN_CITIES_DE)["ETag"]

    assert rendered == cached
    assert rendered.startswith('W/"')
    assert plain == rendered.removeprefix("W/")


def test_a_gzipped_page_answers_if_none_match_with_304(client):
    TwinCityFactory()
    headers = {"accept-encoding": "gzip"}
    etag = client.get(TWIN_CITIES_DE, headers=headers)["ETag"]

    response = client.get(TWIN_CITIES_DE, headers={**headers, "if-none-match": etag})

    assert response.status_code == 304


def test_health_check_answers_ok_without_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")

    assert response.status_code == 200
    assert response.text == "ok"
    assert "no-cache" in response["Cache-Control"]


def test_health_check_is_not_redirected_to_https(client, settings):
    settings.SECURE_SSL_REDIRECT = True

    assert client.get("/healthz").status_code == 200
    assert client.get("/de/").status_code == 301


@pytest.mark.parametrize(
    "path",
    [
        # Names other pages read, on pages that do not read them.
        TWIN_CITIES_DE + "?city=zz2",
        TWIN_CITIES_DE + "?topic=z3",
        "/de/nachhaltigkeitsziele/1/?page=xyz",
    ],
)
def test_parameters_a_page_does_not_read_are_answered_but_not_cached(client, path):
    TwinCityFactory()
    assert client.get(path).status_code == 200

    assert count_queries(client, path) > 0


def test_the_parameters_a_page_reads_are_cached(client):
    TwinCityFactory()
    for path in [TWIN_CITIES_DE + "?page=1", "/de/nachhaltigkeitsziele/13/?pillar=ecology"]:
        client.get(path)

        assert count_queries(client, path) == 0, path


@pytest.mark.parametrize("query", ["?junk=1", "?" + "&".join(["page=1"] * 40)])
def test_api_requests_with_junk_or_overlong_queries_are_not_cached(client, query):
    path = "/api/v1/goals/" + query
    client.get(path)

    assert count_queries(client, path) > 0


def test_api_requests_with_their_filters_are_cached(client):
    path = "/api/v1/networks/?level=european&page=1&lang=en"
    client.get(path)

    assert count_queries(client, path) == 0


def test_api_answers_in_each_language_and_format_are_cached_apart(client):
    path = "/api/v1/goals/13/"
    german = client.get(path, HTTP_ACCEPT_LANGUAGE="de")
    english = client.get(path, HTTP_ACCEPT_LANGUAGE="en")
    csv = client.get(path, HTTP_ACCEPT="text/csv")

    assert german.json()["title"] == "Maßnahmen zum Klimaschutz"
    assert english.json()["title"] == "Climate Action"
    assert csv["Content-Type"].startswith("text/csv")
    assert count_queries(client, path, HTTP_ACCEPT_LANGUAGE="en") == 0
    assert client.get(path, HTTP_ACCEPT_LANGUAGE="en").json()["title"] == "Climate Action"
    assert client.get(path, HTTP_ACCEPT_LANGUAGE="de").json()["title"] == german.json()["title"]


def test_a_signed_in_reader_gets_the_api_from_the_cache_too(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("reader"))
    path = "/api/v1/networks/"
    client.get(path)

    assert count_queries(client, path) == 0


def test_the_default_cache_is_shared_by_the_workers_of_one_machine(settings):
    # Files, not each process's memory: what one gunicorn worker stores, every other reads.
    assert settings.CACHES["default"]["BACKEND"].endswith("FileBasedCache")


def test_a_bumped_content_generation_does_not_expire_with_the_default_timeout():
    """The file cache's incr stores the number again; it must keep never expiring, or every
    page would go stale five minutes after each edit."""
    before = content_generation()
    content_generation_bump()
    generation = content_generation()
    assert generation == before + 1

    with time_machine.travel(timezone.now() + timedelta(hours=2)):
        assert content_generation() == generation


def test_the_rate_limit_counts_the_whole_hour_on_the_default_cache():
    start = timezone.now().replace(minute=0, second=1)
    with time_machine.travel(start, tick=False):
        hits = [rate_limit_hit(scope="test", address="192.0.2.1", limit=2) for _ in range(2)]
    with time_machine.travel(start + timedelta(minutes=50), tick=False):
        hits.append(rate_limit_hit(scope="test", address="192.0.2.1", limit=2))

    assert hits == [False, False, True]
