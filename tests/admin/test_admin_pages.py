"""The portal's own admin pages in Django 6's admin markup, and the admin's style sheet."""

import re

import pytest
from django.urls import reverse

from partnerships.models import TwinCity
from tests.factories import ProjectPartnershipFactory, TwinCityFactory

pytestmark = pytest.mark.django_db


def version_url():
    twin_city = TwinCityFactory()
    version = TwinCity.history.get(id=twin_city.pk)
    return f"/admin/partnerships/twincity/{twin_city.pk}/history/{version.history_id}/"


PAGES = {
    "translations": lambda: reverse("admin:translations"),
    "enquiry statistics": lambda: reverse("admin:enquiries_enquiry_statistics"),
    "anniversaries": lambda: reverse("admin:events_anniversaries"),
    "import": lambda: reverse("admin:events_event_import"),
    "export": lambda: reverse("admin:events_event_export"),
    "a version in the history": version_url,
}


@pytest.mark.parametrize("page", PAGES)
def test_custom_admin_page_has_the_breadcrumbs_of_django_6_ending_at_the_page(admin_client, page):
    response = admin_client.get(PAGES[page]())

    assert response.status_code == 200
    assert '<div class="breadcrumbs">' not in response.text
    [trail] = re.findall(r'<ol class="breadcrumbs">(.*?)</ol>', response.text, re.S)
    items = re.findall(r"<li\b[^>]*>", trail)
    assert items[0] == "<li>"
    assert items[-1] == '<li aria-current="page">'
    assert f'href="{reverse("admin:index")}"' in trail


def test_a_version_in_the_history_names_the_records_not_their_historical_model(admin_client):
    response = admin_client.get(version_url())

    [trail] = re.findall(r'<ol class="breadcrumbs">(.*?)</ol>', response.text, re.S)
    assert ">Partnerstädte</a>" in trail
    assert "Historical" not in trail


def test_every_admin_page_loads_the_portals_admin_style_sheet(editor_client):
    for url in ["/admin/", reverse("admin:translations"), "/admin/partnerships/twincity/"]:
        assert '<link rel="stylesheet" href="/static/css/admin.css">' in editor_client.get(url).text


def test_teasers_get_an_input_as_wide_as_a_text_area_other_inputs_keep_theirs(editor_client):
    partnership = ProjectPartnershipFactory()

    page = editor_client.get(
        reverse("admin:partnerships_projectpartnership_change", args=[partnership.pk])
    ).text

    def classes(name):
        return re.search(rf'<input [^>]*name="{name}"[^>]*>', page)[0]

    assert 'class="vLargeTextField mt' in classes("teaser_de")
    assert 'class="vLargeTextField mt' in classes("teaser_en")
    assert 'class="vURLField"' in classes("website")
    assert "vLargeTextField" not in classes("slug")


def test_start_page_change_links_say_aendern_and_its_history_column_says_aenderung(admin_client):
    TwinCityFactory()

    page = admin_client.get(reverse("admin:index"), HTTP_ACCEPT_LANGUAGE="de").text

    assert '<th scope="col">Änderung</th>' in page
    assert re.search(r'class="changelink"[^>]*>Ändern</a>', page)


def test_history_list_leaves_a_missing_reason_empty(admin_client):
    twin_city = TwinCityFactory()

    page = admin_client.get(f"/admin/partnerships/twincity/{twin_city.pk}/history/").text

    assert ">None<" not in page.replace(" ", "").replace("\n", "")
