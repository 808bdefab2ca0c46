"""An editor's publishing workflow in a real browser: a twin city scheduled for tomorrow
is previewed, stays invisible until then (the portal's clock moved by time-machine,
which the live server's thread shares), its history restores an earlier text, and the
translations dashboard lists it while its English is missing."""

from datetime import timedelta

import time_machine
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from playwright.sync_api import expect

from tests.factories import CityFactory, TwinCityFactory

from .rich_text import fill_text

PASSWORD = "Redaktion-seit-2026"


def sign_in(admin):
    admin.goto("/admin/")
    admin.get_by_label("Benutzername").fill("redaktion")
    admin.get_by_label("Passwort").fill(PASSWORD)
    admin.get_by_role("button", name="Anmelden").click()


def test_editor_schedules_previews_restores_and_translates_a_twin_city(new_page):
    editor = get_user_model().objects.create_user(
        "redaktion", "redaktion@example.org", PASSWORD, is_staff=True
    )
    # A one-person office: the editor publishes too.
    editor.groups.add(*Group.objects.filter(name__in=["Editors", "Publishers"]))
    twin_city = TwinCityFactory(
        city=CityFactory(name_de="Zwickau", name_en="Zwickau", slug="zwickau", country="DE"),
        draft=True,
        teaser_de="Partnerstadt in Sachsen seit 1988.",
        teaser_en="",
        story_de="Die erste Fassung.",
        story_en="",
        status_note_de="",
    )
    public_url = "/de/staedtepartnerschaften/zwickau/"
    admin = new_page(locale="de-DE")
    reader = new_page(locale="de-DE")
    sign_in(admin)

    # The translations dashboard: published records only, so not yet this draft.
    admin.get_by_role("link", name="Übersetzungen", exact=False).click()
    expect(admin.locator("#content-main")).not_to_contain_text("Zwickau")

    # Schedule it for tomorrow, 09:00.
    tomorrow = timezone.localdate() + timedelta(days=1)
    admin.goto(f"/admin/partnerships/twincity/{twin_city.pk}/change/")
    admin.locator("#id_publication_status").select_option(label="Veröffentlicht")
    admin.locator("#id_publish_at_0").fill(tomorrow.strftime("%d.%m.%Y"))
    admin.locator("#id_publish_at_1").fill("09:00:00")
    admin.locator("input[name=_continue]").click()
    expect(admin.locator(".messagelist")).to_contain_text("erfolgreich geändert")

    assert reader.request.get(public_url).status == 404

    # The preview, from the admin's "view on site" link.
    admin.get_by_role("link", name="Auf der Website anzeigen").click()
    expect(admin.get_by_role("heading", level=1)).to_have_text("Zwickau")
    expect(admin.locator(".preview-banner")).to_contain_text("Vorschau – nicht öffentlich.")

    # Tomorrow, 09:01: public, and on the dashboard because its English is missing.
    travel_to = timezone.make_aware(
        timezone.datetime.combine(tomorrow, timezone.datetime.min.time())
    ) + timedelta(hours=9, minutes=1)
    with time_machine.travel(travel_to, tick=True):
        reader.goto(public_url)
        expect(reader.get_by_role("heading", level=1)).to_have_text("Zwickau")
        expect(reader.locator(".preview-banner")).to_have_count(0)

        admin.goto("/admin/translations/")
        expect(admin.locator("#content-main")).to_contain_text("Zwickau")

        # A change to the German story, then back to the first version from the history.
        admin.goto(f"/admin/partnerships/twincity/{twin_city.pk}/change/")
        admin.locator("[aria-controls='tab_id_story_de']").click()
        fill_text(admin, "story_de", "Die zweite Fassung.")
        admin.locator("input[name=_continue]").click()
        expect(admin.locator(".messagelist")).to_contain_text("erfolgreich geändert")
        admin.get_by_role("link", name="Geschichte").first.click()
        history = admin.locator("#change-history")
        expect(history).to_contain_text("Die erste Fassung.")
        expect(history).to_contain_text("redaktion")
        history.locator("tbody tr").last.locator("a").first.click()
        admin.locator("input[type=submit]").first.click()
        expect(admin.locator(".messagelist")).to_be_visible()
        twin_city.refresh_from_db()
        assert twin_city.story_de == "Die erste Fassung."

        # The English filled in: off the dashboard.
        admin.goto(f"/admin/partnerships/twincity/{twin_city.pk}/change/")
        for field, text in [("teaser", "Twinned since 1988."), ("story", "The first version.")]:
            admin.locator(f"[aria-controls='tab_id_{field}_en']").click()
            fill_text(admin, f"{field}_en", text)
        admin.locator("input[name=_save]").click()
        expect(admin.locator(".messagelist")).to_contain_text("erfolgreich geändert")
        admin.goto("/admin/translations/")
        expect(admin.locator("#content-main")).not_to_contain_text("Zwickau")
