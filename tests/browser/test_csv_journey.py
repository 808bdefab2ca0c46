"""An editor imports events from a spreadsheet and exports the list again, in a real
browser under the admin's Content-Security-Policy: a file with a bad row is refused with
its error shown, the corrected file goes in after a preview."""

import csv
import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import translation
from django.utils.text import capfirst
from playwright.sync_api import expect

from events.models import Event
from tests.browser.test_publishing_journey import PASSWORD, sign_in

HEADER = "slug;title_de;title_en;kind;all_day;start;end;teaser_de;teaser_en\n"
GOOD = (
    "lecture-2027;Urban Diplomacy Lecture;Urban Diplomacy Lecture;lecture;0;"
    "30.03.2027 18:00;30.03.2027 20:00;Vortrag;Lecture\n"
)
BAD = "fair-2027;FAIR FRIENDS;FAIR FRIENDS;fair;1;05.09.2027;03.09.2027;Messe;Fair\n"


def choose_file(page, text, name="veranstaltungen.csv"):
    page.get_by_label("Zu importierende Datei").set_input_files(
        files=[{"name": name, "mimeType": "text/csv", "buffer": text.encode("utf-8")}]
    )
    page.get_by_role("button", name="Absenden").click()


def test_editor_imports_events_from_a_spreadsheet_and_exports_them(new_page):
    editor = get_user_model().objects.create_user(
        "redaktion", "redaktion@example.org", PASSWORD, is_staff=True
    )
    editor.groups.add(Group.objects.get(name="Editors"))
    admin = new_page(locale="de-DE")
    sign_in(admin)
    admin.goto("/admin/events/event/")

    admin.get_by_role("link", name="Importieren").click()
    choose_file(admin, HEADER + GOOD + BAD)

    # The summary before anything is saved, and the error by its row and column label.
    expect(admin.locator(".import-count.new dd")).to_have_text("1")
    expect(admin.locator(".import-count.errors dd")).to_have_text("1")
    with translation.override("de"):
        end_label = str(capfirst(Event._meta.get_field("end").verbose_name))
    error = admin.locator(".import-errors tbody tr")
    expect(error).to_have_count(1)
    expect(error.locator("td").nth(0)).to_have_text("3")  # row 1 holds the column names
    expect(error.locator("td").nth(1)).to_have_text(end_label)
    expect(error).to_contain_text("Die Veranstaltung kann nicht enden, bevor sie beginnt.")
    expect(admin.get_by_role("button", name="Import bestätigen")).to_have_count(0)
    assert not Event.objects.exists()

    choose_file(
        admin, HEADER + GOOD + BAD.replace("05.09.2027;03.09.2027", "03.09.2027;05.09.2027")
    )
    expect(admin.locator(".import-count.new dd")).to_have_text("2")
    expect(admin.locator(".import-count.errors dd")).to_have_text("0")
    header = admin.locator(".import-preview thead")
    expect(header).to_contain_text("Titel (Deutsch)")
    expect(header).to_contain_text("Titel (English)")
    expect(header).not_to_contain_text("title_de")
    all_day = admin.locator(".import-preview tbody tr").nth(1).locator("td").nth(6)
    expect(all_day).to_have_text("ja")  # the fair is all day: yes, not 1
    # The wide table scrolls in its own box; the page itself does not scroll sideways.
    assert admin.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    box = admin.locator(".import-table-box").bounding_box()
    assert box["x"] + box["width"] <= admin.viewport_size["width"]
    admin.get_by_role("button", name="Import bestätigen").click()

    expect(admin.locator(".messagelist")).to_contain_text("2 neu")
    assert sorted(Event.objects.values_list("slug", flat=True)) == ["fair-2027", "lecture-2027"]

    admin.goto("/admin/events/event/?kind__exact=lecture")
    admin.get_by_role("link", name="Exportieren").click()
    admin.get_by_label("Alle auswählen").uncheck()
    admin.get_by_label("Kurzname (URL)", exact=True).check()
    admin.get_by_label("Titel [de]").check()
    with admin.expect_download() as download:
        admin.get_by_role("button", name="Exportieren").click()

    text = download.value.path().read_text(encoding="utf-8-sig")
    assert list(csv.reader(io.StringIO(text), delimiter=";")) == [
        ["slug", "title_de"],
        ["lecture-2027", "Urban Diplomacy Lecture"],
    ]
