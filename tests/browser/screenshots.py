"""Screenshots of the public site for docs/design.md: home, a list, a detail page and the
partner map at 390 and 1280 px, in Chromium.

Run against a portal with the demo content, e.g. `make run` in one shell and in another
`.venv/bin/python tests/browser/screenshots.py http://127.0.0.1:8000`.
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SHOTS = [
    ("home", "/de/", None),
    ("list", "/de/staedtepartnerschaften/", None),
    ("detail", "/de/beziehungen/leeds/", None),
    ("map", "/de/", ".partner-map"),
]
WIDTHS = [390, 1280]


def main(base_url):
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--headless", "--no-sandbox"]
        )
        for width in WIDTHS:
            height = 844 if width < 800 else 900
            page = browser.new_page(viewport={"width": width, "height": height})
            for name, path, selector in SHOTS:
                page.goto(base_url + path)
                target = OUT / f"{name}-{width}.png"
                if selector:
                    page.locator(selector).screenshot(path=target)
                else:
                    page.screenshot(path=target)
                print(target.relative_to(OUT.parents[1]))
            page.close()
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://127.0.0.1:8000")
