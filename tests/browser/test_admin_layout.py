"""The admin's own pages as Chromium lays them out at 1280 px: the start page's tables fit
their boxes with every column header on one line, and a teaser's input shows the teaser."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from tests.factories import EnquiryFactory, ProjectPartnershipFactory

PASSWORD = "Startseite-2026"

# For each table of the start page: how far it reaches past its box, and the column
# headers whose text takes more than one line.
MEASURE_TABLES = """tables => tables.map(table => {
    const box = table.closest('.module').getBoundingClientRect();
    const overflow = table.getBoundingClientRect().right - box.right;
    const wrapped = [...table.querySelectorAll('thead th')].filter(th => {
        const range = document.createRange();
        range.selectNodeContents(th);
        return range.getClientRects().length > 1;
    }).map(th => th.textContent.trim());
    return {overflow, wrapped};
})"""


def test_start_page_tables_fit_their_boxes_and_a_teaser_input_is_wide(page):
    editor = get_user_model().objects.create_user("startseite", password=PASSWORD, is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    partnership = ProjectPartnershipFactory(
        title_de="Transatlantische Klimabrücke mit Vancouver und Pittsburgh für Klimaanpassung",
        teaser_de="Drei Städte tauschen Wissen über Hitze, Starkregen und grüne Infrastruktur aus.",
    )
    EnquiryFactory()
    page.set_viewport_size({"width": 1280, "height": 900})

    page.goto("/admin/")
    page.get_by_label("Benutzername").fill("startseite")
    page.get_by_label("Passwort").fill(PASSWORD)
    page.get_by_role("button", name="Anmelden").click()
    expect(page.locator(".portal-dashboard")).to_contain_text("Offene Anfragen")

    tables = page.locator(".portal-dashboard table").evaluate_all(MEASURE_TABLES)
    # Open enquiries (status and count) and the records changed last.
    assert len(tables) == 2
    assert [t for t in tables if t["overflow"] > 0.5 or t["wrapped"]] == []

    page.goto(f"/admin/partnerships/projectpartnership/{partnership.pk}/change/")
    teaser = page.locator("#id_teaser_de")
    expect(teaser).to_be_visible()
    # The admin's usual input is 20em, about 260 px.
    assert teaser.bounding_box()["width"] > 600
