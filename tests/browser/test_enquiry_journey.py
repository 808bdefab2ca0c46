"""A city abroad sends a partnership request in English with the keyboard, and the
office finds it in the admin, in a real browser."""

import re

from django.contrib.auth import get_user_model
from django.utils import timezone
from playwright.sync_api import expect

from ina_portal.features.enquiries.models import Enquiry
from tests.factories import TopicFactory

PASSWORD = "a long and unguessable passphrase"


def type_into(page, label, text):
    page.get_by_label(label, exact=True).focus()
    page.keyboard.type(text)


def test_foreign_city_sends_a_partnership_request_and_staff_find_it_in_the_admin(new_page):
    TopicFactory(name_de="Klimaschutz", name_en="Climate protection", slug="climate")
    reference = f"INA-{timezone.localdate().year}-00001"
    sender = new_page(locale="en-GB")

    sender.goto("/en/")
    sender.get_by_role("contentinfo").get_by_role("link", name="Send an enquiry").click()
    expect(sender.get_by_role("heading", level=1)).to_have_text("Send an enquiry")

    sender.get_by_label("Project partnership").focus()
    sender.keyboard.press("Space")
    type_into(sender, "Name of your organisation", "Kumasi Metropolitan Assembly")
    sender.get_by_label("Type of organisation").focus()
    sender.keyboard.type("City, m")
    type_into(sender, "City", "Kumasi")
    sender.get_by_label("Country").focus()
    sender.keyboard.type("Ghana")
    type_into(sender, "Contact person", "Kwame Mensah")
    type_into(sender, "E-mail address", "k.mensah@example.org")
    sender.get_by_label("Climate protection").focus()
    sender.keyboard.press("Space")
    sender.get_by_label("13. Climate action").focus()
    sender.keyboard.press("Space")
    type_into(sender, "Your message", "Kumasi proposes a partnership on urban climate adaptation.")
    sender.get_by_label(re.compile("^I have read the privacy notice")).focus()
    sender.keyboard.press("Space")
    sender.get_by_role("button", name="Send enquiry").focus()
    sender.keyboard.press("Enter")

    expect(sender.get_by_role("heading", level=1)).to_have_text(
        "Thank you, we have received your enquiry"
    )
    expect(sender.locator(".reference")).to_have_text(reference)
    expect(sender).to_have_url(re.compile(r"/en/enquiry/sent/[\w-]+/$"))

    get_user_model().objects.create_superuser("buero", "buero@example.org", PASSWORD)
    staff = new_page(locale="de-DE")
    staff.goto("/admin/")
    staff.get_by_label("Benutzername").fill("buero")
    staff.get_by_label("Passwort").fill(PASSWORD)
    staff.get_by_role("button", name="Anmelden").click()
    staff.locator("a[href='/admin/enquiries/enquiry/']").first.click()
    staff.locator("#searchbar").fill("Kumasi")
    staff.keyboard.press("Enter")
    staff.get_by_role("link", name=reference).click()

    expect(staff.get_by_role("heading", level=2, name=re.compile(reference))).to_be_visible()
    expect(staff.get_by_text("Kumasi Metropolitan Assembly", exact=True)).to_be_visible()
    expect(staff.get_by_text("k.mensah@example.org", exact=True)).to_be_visible()
    expect(
        staff.get_by_text("Keine Städtepartnerschaft und keine Projektpartnerschaft")
    ).to_be_visible()
    staff.locator("#id_status").select_option("under_review")
    staff.locator("#id_note").fill("An das Umweltamt weitergeleitet.")
    staff.get_by_role("button", name="Sichern", exact=True).click()
    expect(staff.locator(".messagelist")).to_contain_text(reference)
    enquiry = Enquiry.objects.get()
    assert enquiry.status == "under_review"
    assert enquiry.status_changes.last().note == "An das Umweltamt weitergeleitet."
