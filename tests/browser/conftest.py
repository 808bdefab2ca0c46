"""Browser tests: Debian's Chromium driven by Playwright against pytest-django's live server.

Every page a test opens records the requests it makes and the errors it logs; a test
fails when the page asked any host but the live server (fonts, scripts, maps and images
must all come from the portal) or when the browser logged an error, such as a
Content-Security-Policy violation or a JavaScript exception.
"""

import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

# Playwright's sync API keeps an asyncio event loop running in the main thread, which
# Django would otherwise take for async code calling the ORM.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
# Without the background-networking flags Chromium keeps calling Google's hosts, which
# fails on a closed network and would show up among the recorded requests.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
BROWSER_TESTS = Path(__file__).parent


def pytest_collection_modifyitems(config, items):
    """Mark the tests in this folder `browser` and run them after all the others.

    They are the slowest, and Playwright's event loop stays in the main thread from the
    first browser test until the end of the session.
    """
    browser_items = [item for item in items if BROWSER_TESTS in item.path.parents]
    for item in browser_items:
        item.add_marker(pytest.mark.browser)
    items[:] = [item for item in items if item not in browser_items] + browser_items


@dataclass
class PageLog:
    """What one page did besides rendering: every request, console error and JS exception."""

    origin: str
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)

    def third_party_requests(self):
        allowed = urlsplit(self.origin).netloc
        return [
            url
            for url in self.requests
            if urlsplit(url).scheme in {"http", "https", "ws", "wss"}
            and urlsplit(url).netloc != allowed
        ]

    def record_console(self, message):
        if message.type == "error":
            url = message.location.get("url")
            self.console_errors.append(f"{message.text} ({url})" if url else message.text)

    def problems(self):
        """Third-party requests and browser errors, each as one line of text."""
        return (
            [f"request to another host: {url}" for url in self.third_party_requests()]
            + [f"console error: {text}" for text in self.console_errors]
            + [f"JavaScript exception: {text}" for text in self.page_errors]
        )

    def assert_clean(self):
        """Fail if the page asked another host than the live server or the browser
        reported an error (CSP violation, failed resource, JavaScript exception)."""
        problems = self.problems()
        assert not problems, f"The page on {self.origin} had problems:\n  " + "\n  ".join(problems)


@pytest.fixture(scope="session")
def browser(django_db_setup):
    if not CHROMIUM.exists():
        reason = f"Chromium is not installed at {CHROMIUM} (Debian package 'chromium')."
        if os.environ.get("INA_REQUIRE_BROWSER"):
            pytest.fail(f"{reason} INA_REQUIRE_BROWSER is set, so browser tests must run.")
        pytest.skip(reason)
    from django.db import connections
    from playwright.sync_api import sync_playwright

    serialized = {
        connection.alias: connection._test_serialized_contents
        for connection in connections.all()
        if hasattr(connection, "_test_serialized_contents")
    }
    with sync_playwright() as playwright:
        # Django keeps its connections per event loop context, and from here on the
        # tests run beside Playwright's loop: they get new connection objects, which lack
        # the database contents the test setup serialized (for the serialized rollback
        # that brings back the migrations' reference data, such as the 17 goals).
        for alias, contents in serialized.items():
            connections[alias]._test_serialized_contents = contents
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class PageOpener:
    """Opens pages in fresh browser contexts and keeps the log of each."""

    def __init__(self, browser, base_url):
        self.browser = browser
        self.base_url = base_url
        self.contexts = []
        self.logs = []

    def __call__(self, *, locale="de-DE"):
        context = self.browser.new_context(base_url=self.base_url, locale=locale)
        context.set_default_timeout(10_000)
        self.contexts.append(context)
        log = PageLog(origin=self.base_url)
        self.logs.append(log)
        # On the context, so that popups (the admin's "+" windows) are recorded too.
        context.on("request", lambda request: log.requests.append(request.url))
        context.on("console", lambda message: log.record_console(message))
        context.on("weberror", lambda error: log.page_errors.append(str(error.error)))
        page = context.new_page()
        page.log = log
        return page

    def close(self):
        for context in self.contexts:
            context.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    """Fail a browser test whose pages asked other hosts or logged errors."""
    result = yield
    opener = item.funcargs.get("new_page")
    if isinstance(opener, PageOpener):
        for log in opener.logs:
            log.assert_clean()
    return result


@pytest.fixture
def new_page(browser, live_server, transactional_db, reference_data):
    """`new_page(locale="en-GB")` opens a page on the live server in a fresh browser
    context: own cookies, and the given browser language (hence Accept-Language).

    The `PageLog` of the page and of any popup it opens is `page.log`; the test fails if
    `page.log.assert_clean()` does.
    The live server needs a transactional database, which is emptied after each test;
    `reference_data` puts the 17 goals and the roles back before each one.
    """
    opener = PageOpener(browser, live_server.url)
    yield opener
    opener.close()


@pytest.fixture
def page(new_page):
    """A page in a German-speaking browser."""
    return new_page()
