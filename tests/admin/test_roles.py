import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from tests.admin.forms import form_data
from tests.factories import CityFactory, TwinCityFactory

pytestmark = pytest.mark.django_db


def test_editor_cannot_reach_user_administration(editor_client):
    assert editor_client.get("/admin/auth/user/").status_code == 403
    assert editor_client.get("/admin/auth/group/").status_code == 403
    assert editor_client.get("/admin/auth/user/add/").status_code == 403
    assert "/admin/auth/" not in editor_client.get("/admin/").text


def test_editor_can_edit_a_twin_city(editor_client):
    twin_city = TwinCityFactory(city=CityFactory(name_de="Amiens"), teaser_de="Alt")
    url = f"/admin/partnerships/twincity/{twin_city.pk}/change/"

    data = form_data(editor_client.get(url))
    data["teaser_de"] = "Neu"

    response = editor_client.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    twin_city.refresh_from_db()
    assert twin_city.teaser_de == "Neu"


def test_editor_group_has_content_permissions_but_none_on_users():
    codenames = set(
        Group.objects.get(name="Editors").permissions.values_list(
            "content_type__app_label", "codename"
        )
    )

    assert ("partnerships", "change_twincity") in codenames
    assert ("events", "add_event") in codenames
    assert ("contacts", "view_internal_details") in codenames
    assert not {c for c in codenames if c[0] in {"auth", "admin", "sessions", "axes"}}


def test_setup_roles_creates_the_three_groups_and_is_idempotent():
    Group.objects.all().delete()

    call_command("setup_roles", verbosity=0)
    call_command("setup_roles", verbosity=0)

    assert set(Group.objects.values_list("name", flat=True)) == {
        "Editors",
        "Publishers",
        "City staff",
    }
    assert Group.objects.get(name="Editors").permissions.filter(codename="change_twincity").exists()
    assert (
        Group.objects.get(name="City staff")
        .permissions.filter(codename="view_internal_details")
        .exists()
    )
