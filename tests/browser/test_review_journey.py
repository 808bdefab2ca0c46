"""Review before publishing in a real browser: an editor submits a twin city for review
and cannot publish it, not even with a forged request; a publisher finds it on the start
page and publishes it; the change list shows each record's state, a scheduled one as
scheduled. In English, as an office member whose browser asks for English sees it."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from playwright.sync_api import expect

from ina_portal.base.models import PublicationStatus
from partnerships.models import TwinCity
from tests.factories import CityFactory, TwinCityFactory

PASSWORD = "Redaktion-seit-2026"
PUBLIC_URL = "/de/staedtepartnerschaften/zwickau/"


def staff(username, *groups):
    user = get_user_model().objects.create_user(username, password=PASSWORD, is_staff=True)
    user.groups.add(*Group.objects.filter(name__in=groups))
    return user


def sign_in(page, username):
    page.goto("/admin/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()


def row(page, name):
    return page.locator("#result_list tbody tr").filter(has_text=name)


def test_an_editor_submits_for_review_and_a_publisher_publishes(new_page):
    staff("redaktion", "Editors")
    staff("leitung", "Editors", "Publishers")
    twin_city = TwinCityFactory(
        city=CityFactory(name_de="Zwickau", name_en="Zwickau", slug="zwickau", country="DE"),
        draft=True,
    )
    TwinCityFactory(
        city=CityFactory(name_de="Leeds", name_en="Leeds", slug="leeds", country="GB"),
        publish_at=timezone.now() + timedelta(days=3),
    )
    change_url = f"/admin/partnerships/twincity/{twin_city.pk}/change/"
    editor = new_page(locale="en-GB")
    sign_in(editor, "redaktion")

    # The editor's form offers draft and in review, never published.
    editor.goto(change_url)
    status = editor.locator("#id_publication_status")
    expect(status.locator("option")).to_have_text(["Draft", "In review"])
    status.select_option(label="In review")
    editor.locator("input[name=_save]").click()
    expect(editor.locator(".messagelist")).to_contain_text("was changed successfully")

    # The change list: the state of each record, and no way to publish.
    expect(row(editor, "Zwickau").locator(".publication-state")).to_have_text("In review")
    expect(row(editor, "Leeds").locator(".publication-state")).to_contain_text("Scheduled from")
    actions = editor.locator("select[name=action] option")
    expect(actions.filter(has_text="Submit the selected records for review")).to_have_count(1)
    expect(actions.filter(has_text="Publish the selected records")).to_have_count(0)

    # A forged request for the publish action changes nothing.
    token = editor.locator("input[name=csrfmiddlewaretoken]").first.input_value()
    forged = editor.request.post(
        "/admin/partnerships/twincity/",
        form={
            "csrfmiddlewaretoken": token,
            "action": "publish",
            "_selected_action": str(twin_city.pk),
        },
    )
    assert forged.ok
    assert TwinCity.objects.get(pk=twin_city.pk).publication_status == PublicationStatus.IN_REVIEW
    assert editor.request.get(PUBLIC_URL).status == 404

    # The publisher finds it on the start page and publishes it.
    publisher = new_page(locale="en-GB")
    sign_in(publisher, "leitung")
    waiting = publisher.locator(".module").filter(has_text="Waiting for review")
    waiting.get_by_role("link", name="Zwickau").click()
    expect(publisher.locator("#id_publication_status option")).to_have_text(
        ["Draft", "In review", "Published"]
    )
    publisher.locator("#id_publication_status").select_option(label="Published")
    publisher.locator("input[name=_save]").click()
    expect(publisher.locator(".messagelist")).to_contain_text("was changed successfully")

    expect(row(publisher, "Zwickau").locator(".publication-state")).to_have_text("Published")
    expect(row(publisher, "Leeds").locator(".publication-state")).to_contain_text("Scheduled from")
    publisher.goto("/admin/")
    expect(publisher.locator(".module").filter(has_text="Waiting for review")).to_contain_text(
        "Nothing waits for review."
    )
    assert publisher.request.get(PUBLIC_URL).status == 200
