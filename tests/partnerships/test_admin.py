import pytest
from django.urls import reverse

from ina_portal.base.models import PublicationStatus
from partnerships.models import TwinCity
from tests.factories import CityFactory, ImageFactory, TwinCityFactory

pytestmark = pytest.mark.django_db


def twin_city_form(city, image, **overrides):
    data = {
        "city": city.pk,
        "since": "1969",
        "status": "active",
        "status_note_de": "",
        "status_note_en": "",
        "teaser_de": "Partnerstadt in Nordengland",
        "teaser_en": "Twin city in the north of England",
        "story_de": "Zwei Städte im Strukturwandel.",
        "story_en": "Two cities in structural change.",
        "image": image.pk,
        "publication_status": PublicationStatus.PUBLISHED,
        "publish_at_0": "2024-01-01",
        "publish_at_1": "09:00:00",
        "links-TOTAL_FORMS": "1",
        "links-INITIAL_FORMS": "0",
        "links-MIN_NUM_FORMS": "0",
        "links-MAX_NUM_FORMS": "1000",
        "links-0-label_de": "Website der Stadt Leeds",
        "links-0-label_en": "City of Leeds website",
        "links-0-url": "https://www.leeds.gov.uk/",
        "links-0-position": "0",
    }
    data.update(overrides)
    return data


def test_editor_adds_a_twin_city_in_german_and_english(admin_client, client):
    city = CityFactory(name_de="Leeds", name_en="Leeds", slug="leeds", country="GB")
    image = ImageFactory()

    response = admin_client.post(
        reverse("admin:partnerships_twincity_add"), twin_city_form(city, image)
    )

    assert response.status_code == 302, response.context["adminform"].form.errors
    twin_city = TwinCity.objects.get(city=city)
    assert twin_city.teaser_de == "Partnerstadt in Nordengland"
    assert twin_city.teaser_en == "Twin city in the north of England"
    assert twin_city.links.get().label_en == "City of Leeds website"
    assert "Zwei Städte im Strukturwandel." in client.get("/de/staedtepartnerschaften/leeds/").text
    assert "Two cities in structural change." in client.get("/en/twin-cities/leeds/").text


def test_german_text_is_required_and_english_is_optional(admin_client):
    city = CityFactory()
    form = twin_city_form(city, ImageFactory(), teaser_de="", teaser_en="", story_en="")

    response = admin_client.post(reverse("admin:partnerships_twincity_add"), form)

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert list(errors) == ["teaser_de"]
    assert not TwinCity.objects.exists()


def test_editor_changes_the_english_story(admin_client, client):
    twin_city = TwinCityFactory(city=CityFactory(slug="amiens"), story_en="Old story.")
    form = twin_city_form(twin_city.city, twin_city.image, story_en="New story.")

    response = admin_client.post(
        reverse("admin:partnerships_twincity_change", args=[twin_city.pk]), form
    )

    assert response.status_code == 302
    assert "New story." in client.get("/en/twin-cities/amiens/").text


def test_change_form_has_translation_tabs_served_by_the_portal(admin_client):
    twin_city = TwinCityFactory()

    response = admin_client.get(reverse("admin:partnerships_twincity_change", args=[twin_city.pk]))

    assert "/static/vendor/jquery-ui/jquery-ui.min.js" in response.text
    assert "tabbed_translation_fields.js" in response.text
    assert "googleapis" not in response.text
    assert 'name="story_de"' in response.text
    assert 'name="story_en"' in response.text


def test_publication_state_is_shown_and_editable_in_the_list(admin_client, client):
    twin_city = TwinCityFactory(draft=True, city=CityFactory(slug="zwickau"))
    changelist = reverse("admin:partnerships_twincity_changelist")

    response = admin_client.get(changelist)
    assert 'name="form-0-publication_status"' in response.text

    admin_client.post(
        changelist,
        {
            "form-TOTAL_FORMS": "1",
            "form-INITIAL_FORMS": "1",
            "form-0-id": twin_city.pk,
            "form-0-publication_status": PublicationStatus.PUBLISHED,
            "_save": "Save",
        },
    )

    assert client.get("/de/staedtepartnerschaften/zwickau/").status_code == 200


def test_unpublish_action_takes_a_twin_city_off_the_public_site(admin_client, client):
    twin_city = TwinCityFactory(city=CityFactory(slug="trabzon"))

    admin_client.post(
        reverse("admin:partnerships_twincity_changelist"),
        {"action": "unpublish", "_selected_action": [twin_city.pk]},
    )

    assert client.get("/de/staedtepartnerschaften/trabzon/").status_code == 404


def test_partnership_and_city_admin_pages_open(admin_client):
    for name in (
        "partnerships_projectpartnership",
        "partnerships_city",
        "ina_portal_topic",
        "ina_portal_image",
    ):
        assert admin_client.get(reverse(f"admin:{name}_changelist")).status_code == 200
        assert admin_client.get(reverse(f"admin:{name}_add")).status_code == 200
