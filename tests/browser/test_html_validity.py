"""The W3C Nu Html Checker (vnu.jar) over the public pages, in German and English.

Every page kind the site links from /de/ and /en/ (one page per view and language, with
and without a query string), the not-found page, a search and a list with a filter value
it does not accept are fetched with Django's test client and checked in one run of the
checker: it must report no error. The checker is npm's vnu-jar, installed by `make vnu`
into .cache/vnu/, and runs on Java (Debian: default-jre-headless). Without them the test
is skipped, unless INA_REQUIRE_VALIDATOR is set (CI sets it): then it fails.
"""

import json
import os
import shutil
import subprocess
from collections import deque
from io import StringIO
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from django.conf import settings
from django.core.management import call_command

from tests.browser.test_accessibility import (
    DOWNLOAD_SUFFIXES,
    NOT_FOUND,
    NOT_PAGES,
    LinkParser,
    page_kind,
)

VNU_JAR = Path(
    os.environ.get(
        "INA_VNU_JAR",
        settings.BASE_DIR / ".cache/vnu/node_modules/vnu-jar/build/dist/vnu.jar",
    )
)
# Pages no link leads to, or which the crawl would reach only by a query it does not send.
EXTRA_PAGES = {
    "de": ["suche/?q=Dortmund", "veranstaltungen/?month=2027-13"],
    "en": ["search/?q=Xylofonorchester", "events/?month=2027-13&kind=no-such-kind"],
}


def checker():
    """The command that runs the checker, or a skip (a failure under CI) saying what is missing."""
    missing = []
    java = shutil.which("java")
    if not java:
        missing.append("Java (Debian package default-jre-headless)")
    if not VNU_JAR.exists():
        missing.append(f"{VNU_JAR} (run 'make vnu')")
    if missing:
        reason = "The Nu Html Checker cannot run: missing " + " and ".join(missing) + "."
        if os.environ.get("INA_REQUIRE_VALIDATOR"):
            pytest.fail(f"{reason} INA_REQUIRE_VALIDATOR is set, so the check must run.")
        pytest.skip(reason)
    return [java, "-Xss4m", "-jar", str(VNU_JAR), "--errors-only", "--format", "json"]


def crawl(client, start):
    """{address: html} of one page per kind reachable by links from `start`."""
    pages, seen, kinds = {}, {start}, set()
    queue = deque([start])
    while queue:
        url = queue.popleft()
        path = urlsplit(url).path
        if path.startswith(NOT_PAGES) or path.endswith(DOWNLOAD_SUFFIXES):
            continue
        kind = page_kind(url)
        if kind in kinds:
            continue
        kinds.add(kind)
        response = client.get(url)
        if "text/html" not in response.get("Content-Type", ""):
            continue
        pages[url] = response.text
        parser = LinkParser()
        parser.feed(response.text)
        for href in parser.hrefs:
            parts = urlsplit(urldefrag(urljoin(f"http://testserver{url}", href)).url)
            if parts.scheme != "http" or parts.netloc != "testserver":
                continue
            link = parts.path + (f"?{parts.query}" if parts.query else "")
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return pages


@pytest.mark.django_db
def test_every_public_page_is_valid_html_for_the_nu_checker(client, tmp_path, reference_data):
    command = checker()
    call_command("load_demo_content", stdout=StringIO())
    pages = {}
    for language in ("de", "en"):
        pages |= crawl(client, f"/{language}/")
        for path in [NOT_FOUND, *EXTRA_PAGES[language]]:
            pages[f"/{language}/{path}"] = client.get(f"/{language}/{path}").text
    files = {}
    for number, (url, html) in enumerate(sorted(pages.items())):
        file = tmp_path / f"page-{number:03}.html"
        file.write_text(html, encoding="utf-8")
        files[file.name] = url

    # A page with a known error: the run must report it, or it proves nothing.
    canary = tmp_path / "canary.html"
    canary.write_text('<!DOCTYPE html><html lang="en"><title>x</title><p><div></p>')

    result = subprocess.run(
        [*command, *map(str, sorted(tmp_path.glob("*.html")))],
        capture_output=True,
        text=True,
        timeout=600,
    )

    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [message for message in messages if message.get("type") == "error"]
    for error in errors:
        error["page"] = files.get(Path(urlsplit(error.get("url", "")).path).name, error.get("url"))
    assert any(error["page"].endswith("/canary.html") for error in errors), result.stderr[:2000]
    errors = [error for error in errors if not error["page"].endswith("/canary.html")]
    assert len(pages) > 40, sorted(pages)
    assert not errors, f"{len(errors)} errors in {len(pages)} pages:\n" + "\n".join(
        f"{error['page']}:{error.get('lastLine')}: "
        f"{error['message']}\n    {error.get('extract', '').strip()[:200]}"
        for error in errors
    )
