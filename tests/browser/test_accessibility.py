"""The accessibility crawl: axe-core on every public page reachable by links from /de/ and /en/.

With the demo content loaded, the crawl follows every same-origin link from the two home
pages (breadth first) and runs axe-core (vendored in vendor/axe-core, never a CDN) for
WCAG 2.0 and 2.1, levels A and AA, on the pages it loads; also on each list filtered with
values from its own filter form, on each search form's results for a word that is found
and one that is not, on the not-found page, and on each form sent empty, with its error
messages. It fails on any axe violation, any internal link that answers with an
error, any request to another host and any error the browser logs.

axe comes in as a Playwright init script: the browser injects it, so the page's
Content-Security-Policy does not block it, and the pages keep their real CSP during the
crawl: a violation shows up as a console error like any other.
"""

from collections import Counter, deque
from dataclasses import dataclass, field
from html.parser import HTMLParser
from io import StringIO
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

from django.core.management import call_command
from django.urls import Resolver404, URLResolver, get_resolver, resolve, reverse
from django.urls.resolvers import LocalePrefixPattern
from django.utils import timezone, translation
from playwright.sync_api import Error as PlaywrightError

AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# Linked, but not pages to audit: such links only have to answer 200.
# The open data API answers JSON and CSV, which Chromium would show in a page of its own.
NOT_PAGES = ("/admin/", "/static/", "/media/", "/api/")
DOWNLOAD_SUFFIXES = (".ics", ".atom", ".rss", ".xml", ".csv", ".vcf")
FILTERS = "form.filters"
SEARCH_FORMS = "form[method=get]:has(input[type=search])"
# A word the demo content holds in both languages, and one it does not hold.
SEARCH_TERMS = ["Dortmund", "Xylofonorchester"]
POST_FORM = "main form[method=post]"
NOT_FOUND = "no-such-page/"

# Public views the crawl cannot reach by following links, and why.
UNLINKED_VIEWS = {
    "contacts:lookup": "internal: signed-in city staff only",
    "contacts:person": "internal: signed-in city staff only",
    "pages:feedback_thanks": "shown after the accessibility feedback form is sent",
    "enquiries:sent": "shown after an enquiry is sent",
}


def past_a_cap():
    """Pages that only a list longer than its cap links to ("All 9 anniversaries of 2027"):
    the demo content fills no cap, so the crawl starts at one of each as well."""
    return [
        ("events:anniversary_list", {"year": timezone.localdate().year}),
        ("overview:city_relations_kind", {"slug": "leeds", "kind": "events"}),
        ("overview:country_relations_kind", {"code": "gb", "kind": "twinnings"}),
        ("sdg:goal_targets", {"number": 13}),
    ]


# Pages of one kind (same view and language; with or without a query string) share a
# template. The first one is loaded in the browser and audited; the next ones are only
# fetched for their status and links; beyond that only their status is checked, which
# ends the crawl of endless series such as the event calendar's months.
AUDITS_PER_KIND = 1
FETCHES_PER_KIND = 10

RUN_AXE = """async (tags) => {
  const results = await axe.run(document, {
    runOnly: {type: "tag", values: tags},
    resultTypes: ["violations"],
  });
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    helpUrl: violation.helpUrl,
    nodes: violation.nodes.map((node) => ({
      target: node.target.join(" "),
      html: node.html,
      summary: node.failureSummary,
    })),
  }));
}"""

# The query strings the filter form submits with its first filter set, and with every
# filter set, each to the first real option the form offers; and its first filter set to
# a value it does not offer, which the page answers with an error message.
FILTER_QUERIES = """(form) => {
  const selects = [...form.querySelectorAll("select")];
  const query = (chosen) => {
    for (const select of selects) {
      const values = [...select.options].map((option) => option.value).filter(Boolean);
      select.value = chosen.includes(select) && values.length ? values[0] : "";
    }
    return new URLSearchParams(new FormData(form)).toString();
  };
  const invalid = new URLSearchParams(query([]));
  invalid.set(selects[0].name, "no-such-value");
  return [query(selects.slice(0, 1)), query(selects), invalid.toString()];
}"""


# The absolute address of every link; an SVG link's href (the partner map's markers) is an
# SVGAnimatedString, resolved here against the page's address.
LINK_TARGETS = """links => links.map((a) =>
  typeof a.href === "string" ? a.href : new URL(a.href.baseVal, document.baseURI).href
)"""


# The address a search form sends the term to.
SEARCH_QUERY = """(form, term) => {
  const input = form.querySelector("input[type=search]");
  const typed = input.value;
  input.value = term;
  const url = new URL(form.action);
  url.search = new URLSearchParams(new FormData(form)).toString();
  input.value = typed;
  return url.href;
}"""


class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)


def log_position(log):
    return len(log.requests), len(log.console_errors), len(log.page_errors)


def page_kind(url):
    """(view name, language, has a query string) of a public page."""
    parts = urlsplit(url)
    language = parts.path.split("/")[1]
    # Public paths are translated: they resolve in their own language only.
    with translation.override(language):
        try:
            view = resolve(parts.path).view_name
        except Resolver404:
            view = "(not found)"
    return view, language, bool(parts.query)


def public_views():
    """Names of the views under the language prefix, downloads and feeds left out."""

    def walk(patterns, namespace, public):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(
                    pattern.url_patterns,
                    pattern.namespace or namespace,
                    public or isinstance(pattern.pattern, LocalePrefixPattern),
                )
            elif public and not str(pattern.pattern).endswith(DOWNLOAD_SUFFIXES):
                yield f"{namespace}:{pattern.name}" if namespace else pattern.name

    with translation.override("en"):
        return set(walk(get_resolver().url_patterns, None, False))


@dataclass
class Crawl:
    """A breadth-first crawl of the live server, with the problems found per address."""

    origin: str
    queue: deque = field(default_factory=deque)
    referrers: dict = field(default_factory=dict)
    kinds: Counter = field(default_factory=Counter)
    audited: list = field(default_factory=list)
    fetched: list = field(default_factory=list)
    checked: list = field(default_factory=list)
    problems: dict = field(default_factory=dict)
    # Pages audited whatever their kind's count (filtered lists, error pages), with the
    # status they answer with.
    forced: dict = field(default_factory=dict)
    searched: set = field(default_factory=set)

    def run(self, page, start):
        self.enqueue(start, self.origin)
        self.enqueue(f"{start}{NOT_FOUND}", self.origin, status=404)
        while self.queue:
            url = self.queue.popleft()
            path = urlsplit(url).path
            if path.startswith(NOT_PAGES) or path.endswith(DOWNLOAD_SUFFIXES):
                self.check(page, url)
                continue
            kind = page_kind(url)
            self.kinds[kind] += 1
            if url in self.forced or self.kinds[kind] <= AUDITS_PER_KIND:
                self.audit(page, url, first_of_kind=self.kinds[kind] == 1 and not kind[2])
            elif self.kinds[kind] <= AUDITS_PER_KIND + FETCHES_PER_KIND:
                self.fetch(page, url)
            else:
                self.check(page, url)

    def enqueue(self, href, referrer, status=None):
        """Queue a link of the portal's; with `status`, first and to be audited whatever
        its kind, answering with that status."""
        url = urldefrag(urljoin(referrer, href)).url
        parts = urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}" != self.origin or url in self.referrers:
            return
        self.referrers[url] = referrer
        if status:
            self.forced[url] = status
            self.queue.appendleft(url)
        else:
            self.queue.append(url)

    def report(self, url, problem):
        self.problems.setdefault(url, []).append(problem)

    def report_status(self, url, status):
        self.report(url, f"answers {status} (linked from {self.referrers[url]})")

    def audit(self, page, url, first_of_kind):
        """Load a page in the browser and inspect it, queue its links and what its search
        forms find; on the first page of a kind, also queue the list with its filters
        applied and send its form empty."""
        seen = log_position(page.log)
        try:
            response = page.goto(url)
        except PlaywrightError as error:
            if "Download is starting" not in error.message:
                raise
            self.check(page, url)
            return
        if response and "text/html" not in response.headers.get("content-type", ""):
            self.check(page, url)
            return
        self.audited.append(url)
        status = self.forced.get(url, 200)
        if response is None or response.status != status:
            self.report_status(url, response.status if response else "no response")
            return
        self.inspect(page, url, seen, status)
        for href in page.eval_on_selector_all("a[href]", LINK_TARGETS):
            self.enqueue(href, url)
        if first_of_kind and page.locator(FILTERS).count():
            for query in page.locator(FILTERS).evaluate(FILTER_QUERIES):
                self.enqueue(f"?{query}", url, status=200)
        if first_of_kind and page.locator(POST_FORM).count():
            self.send_empty_form(page, url)
        for form in page.locator(SEARCH_FORMS).all():
            action = form.evaluate("(form) => form.action")
            if action not in self.searched:
                self.searched.add(action)
                for term in SEARCH_TERMS:
                    self.enqueue(form.evaluate(SEARCH_QUERY, term), url, status=200)

    def send_empty_form(self, page, url):
        """Send the page's form as it is, bypassing the browser's own validation: the
        answer is the form again, with error messages that have to be accessible."""
        seen = log_position(page.log)
        form = page.locator(POST_FORM).first
        form.evaluate("(form) => { form.noValidate = true; }")
        with page.expect_navigation() as navigation:
            form.locator("button:not([type=button]), input[type=submit]").first.click()
        sent = f"{url} (its form sent empty)"
        self.audited.append(sent)
        status = navigation.value.status if navigation.value else "no response"
        if status not in {200, 400}:
            self.report(sent, f"answers {status}")
            return
        self.inspect(page, sent, seen, status, document=page.url)

    def inspect(self, page, url, seen, status, document=None):
        """Run axe on the loaded page; report its requests to other hosts and the errors
        the browser logged since `seen`."""
        log = page.log
        if status != 200:
            # Chromium logs the error status of the page itself as a failed resource.
            log.console_errors[seen[1] :] = [
                error
                for error in log.console_errors[seen[1] :]
                if not (f"status of {status}" in error and error.endswith(f"({document or url})"))
            ]
        for violation in page.evaluate(RUN_AXE, AXE_TAGS):
            self.report(url, format_violation(violation))
        for request in log.requests[seen[0] :]:
            if urlsplit(request).scheme in {"http", "https", "ws", "wss"} and not (
                request.startswith(self.origin + "/")
            ):
                self.report(url, f"request to another host: {request}")
        for error in log.console_errors[seen[1] :] + log.page_errors[seen[2] :]:
            self.report(url, f"browser error: {error}")

    def fetch(self, page, url):
        """Request a page without the browser: its status, and its links to queue."""
        response = page.request.get(url)
        self.fetched.append(url)
        if response.status != 200:
            self.report_status(url, response.status)
            return
        parser = LinkParser()
        parser.feed(response.text())
        for href in parser.hrefs:
            self.enqueue(href, url)

    def check(self, page, url):
        response = page.request.get(url)
        self.checked.append(url)
        if response.status != 200:
            self.report_status(url, response.status)

    def summary(self):
        return (
            f"{len(self.audited)} pages audited with axe, {len(self.fetched)} more fetched, "
            f"{len(self.checked)} further links checked"
        )


def format_violation(violation, max_nodes=5):
    lines = [f"axe {violation['id']} ({violation['impact']}): {violation['help']}"]
    for node in violation["nodes"][:max_nodes]:
        lines.append(f"    at {node['target']}: {node['html'][:300]}")
        lines.append("      " + node["summary"].replace("\n", "\n      "))
    if len(violation["nodes"]) > max_nodes:
        lines.append(f"    … and {len(violation['nodes']) - max_nodes} more elements")
    lines.append(f"    {violation['helpUrl']}")
    return "\n".join(lines)


def test_every_public_page_passes_axe_and_every_internal_link_works(new_page, live_server):
    call_command("load_demo_content", stdout=StringIO())
    crawl = Crawl(origin=live_server.url)

    for language, locale in [("de", "de-DE"), ("en", "en-GB")]:
        page = new_page(locale=locale)
        page.context.add_init_script(path=AXE)
        with translation.override(language):
            for name, kwargs in past_a_cap():
                crawl.enqueue(reverse(name, kwargs=kwargs), crawl.origin)
        crawl.run(page, start=f"/{language}/")

    print(f"\n{crawl.summary()}")
    assert not crawl.problems, (
        f"{crawl.summary()}; {len(crawl.problems)} addresses have problems:\n"
        + "\n".join(
            f"{url}\n  - " + "\n  - ".join(problems) for url, problems in crawl.problems.items()
        )
    )
    audited = {page_kind(url)[:2] for url in crawl.audited}
    missed = [
        f"{view} [{language}]"
        for view in sorted(public_views() - UNLINKED_VIEWS.keys() | {"(not found)"})
        for language in ("de", "en")
        if (view, language) not in audited
    ]
    assert not missed, (
        "No link leads to these public pages, so the crawl did not audit them (link them, "
        f"add demo content for them, or list them in UNLINKED_VIEWS): {', '.join(missed)}"
    )
    filtered = {view for view, language, query in crawl.kinds if query}
    assert {
        "partnerships:projectpartnership_list",
        "networks:network_list",
        "events:event_list",
    } <= filtered
    sent = {page_kind(url.split()[0])[:2] for url in crawl.audited if url.endswith("empty)")}
    assert {("pages:accessibility", "de"), ("pages:accessibility", "en")} <= sent


def test_the_audit_reports_what_axe_finds_and_leaves_the_csp_in_force(new_page):
    """The crawl's own check: on a page with known faults, axe finds them, and the
    page's Content-Security-Policy still blocks inline scripts."""
    page = new_page()
    page.context.add_init_script(path=AXE)
    page.goto("/de/")
    page.locator("main").evaluate(
        """(main) => {
          main.insertAdjacentHTML("beforeend", '<img src="/static/img/favicon.svg">');
          main.insertAdjacentHTML("beforeend", '<input type="text">');
          const faint = main.appendChild(document.createElement("p"));
          faint.textContent = "Faint text";
          faint.style.color = "#ddd";
        }"""
    )

    violations = {violation["id"]: violation for violation in page.evaluate(RUN_AXE, AXE_TAGS)}

    assert {"image-alt", "label", "color-contrast"} <= violations.keys()
    assert "favicon.svg" in format_violation(violations["image-alt"])

    page.evaluate(
        """() => {
          const script = document.createElement("script");
          script.textContent = "window.inlineScriptRan = true;";
          document.body.append(script);
        }"""
    )
    assert page.evaluate("window.inlineScriptRan") is None
    assert any("Content Security Policy" in error for error in page.log.console_errors)
    page.log.console_errors.clear()
