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

    def assert_only_live_server(self):
        """Fail unless every request went to the live server."""
        third_party = self.third_party_requests()
        assert not third_party, (
            f"The page made requests to hosts other than {self.origin}:\n  "
            + "\n  ".join(third_party)
        )

    def assert_no_errors(self):
        """Fail if the browser logged an error (CSP violation, 404, JS exception…)."""
        errors = self.console_errors + self.page_errors
        assert not errors, "The browser reported errors:\n  " + "\n  ".join(errors)

    def assert_clean(self):
        self.assert_only_live_server()
        self.assert_no_errors()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        reason = f"Chromium is not installed at {CHROMIUM} (Debian package 'chromium')."
        if os.environ.get("INA_REQUIRE_BROWSER"):
            pytest.fail(f"{reason} INA_REQUIRE_BROWSER is set, so browser tests must run.")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser, live_server, transactional_db):
    """Open a page in a fresh browser context (own cookies, own locale) on the live server.

    `new_page(locale="en-GB")` sets the browser's language, and with it Accept-Language.
    Each page's log is checked when the test ends: see `PageLog.assert_clean`.
    """
    opened = []

    def open_page(*, locale="de-DE"):
        context = browser.new_context(base_url=live_server.url, locale=locale)
        context.set_default_timeout(10_000)
        page = context.new_page()
        log = PageLog(origin=live_server.url)
        page.on("request", lambda request: log.requests.append(request.url))
        page.on(
            "console",
            lambda message: (
                log.console_errors.append(f"{message.text} ({message.location.get('url')})")
                if message.type == "error"
                else None
            ),
        )
        page.on("pageerror", lambda error: log.page_errors.append(str(error)))
        page.log = log
        opened.append((context, log))
        return page

    yield open_page

    for context, _log in opened:
        context.close()
    for _context, log in opened:
        log.assert_clean()


@pytest.fixture
def page(new_page):
    """A page with a German-speaking browser; `page.log` is its `PageLog`."""
    return new_page()
