"""Attached PDFs are stored under a generated name outside MEDIA_ROOT, have no public
address, and only staff who may view enquiries can download them."""

from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission, User
from django.urls import reverse

from ina_portal.features.enquiries.models import Enquiry
from tests.enquiries.documents import upload
from tests.enquiries.test_submission import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def enquiry(client, pdf):
    response = client.post(
        "/en/enquiry/",
        form_data(attachment=upload(pdf, "Programme Rouen 2027 (final).pdf")),
    )
    assert response.status_code == 302
    return Enquiry.objects.get()


def test_attachment_is_stored_privately_under_a_generated_name(enquiry, pdf):
    path = Path(enquiry.attachment.path)

    assert path.read_bytes() == pdf
    assert path.is_relative_to(Path(settings.PRIVATE_ROOT))
    assert not path.is_relative_to(Path(settings.MEDIA_ROOT))
    assert "Rouen" not in enquiry.attachment.name
    assert path.suffix == ".pdf"
    assert enquiry.attachment_name == "Programme_Rouen_2027_final.pdf"
    with pytest.raises(ValueError, match="no public address"):
        enquiry.attachment.url  # noqa: B018


def test_attachment_is_not_reachable_under_media_or_any_public_address(client, enquiry):
    name = enquiry.attachment.name
    for path in (
        f"/media/{name}",
        f"/{name}",
        f"/private/{name}",
        f"/en/{name}",
        f"/static/{name}",
    ):
        assert client.get(path).status_code == 404, path
    confirmation = client.get(enquiry.get_confirmation_url())
    assert name not in confirmation.text
    assert Path(name).name not in confirmation.text


def test_staff_download_the_attachment_from_the_admin(admin_client, enquiry, pdf):
    change = admin_client.get(reverse("admin:enquiries_enquiry_change", args=[enquiry.pk]))
    url = reverse("admin:enquiries_enquiry_attachment", args=[enquiry.pk])
    assert f'href="{url}"' in change.text
    assert "Programme_Rouen_2027_final.pdf" in change.text

    response = admin_client.get(url)

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == pdf
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'attachment; filename="{enquiry.reference}.pdf"'
    assert "no-store" in response["Cache-Control"]


def test_attachment_download_needs_a_staff_login(client, enquiry):
    url = reverse("admin:enquiries_enquiry_attachment", args=[enquiry.pk])

    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_attachment_download_needs_the_permission_to_view_enquiries(client, enquiry):
    url = reverse("admin:enquiries_enquiry_attachment", args=[enquiry.pk])
    editor = User.objects.create_user("editor", password="secret", is_staff=True)
    client.force_login(editor)

    assert client.get(url).status_code == 403

    editor.user_permissions.add(Permission.objects.get(codename="view_enquiry"))
    editor = User.objects.get(pk=editor.pk)
    client.force_login(editor)
    assert client.get(url).status_code == 200


def test_enquiry_without_attachment_has_nothing_to_download(admin_client, client):
    client.post("/en/enquiry/", form_data())
    enquiry = Enquiry.objects.get()

    url = reverse("admin:enquiries_enquiry_attachment", args=[enquiry.pk])
    assert admin_client.get(url).status_code == 404


@pytest.mark.parametrize("name", ["!!!", "€€€"])
def test_attachment_whose_name_has_nothing_safe_left_is_stored_under_a_neutral_one(
    client, pdf, name
):
    response = client.post("/en/enquiry/", form_data(attachment=upload(pdf, name)))

    assert response.status_code == 302
    enquiry = Enquiry.objects.get()
    assert enquiry.attachment_name == "attachment.pdf"
    assert Path(enquiry.attachment.path).read_bytes() == pdf


def test_attachment_missing_from_storage_is_not_found_rather_than_an_error(admin_client, enquiry):
    enquiry.attachment.storage.delete(enquiry.attachment.name)

    url = reverse("admin:enquiries_enquiry_attachment", args=[enquiry.pk])
    assert admin_client.get(url).status_code == 404
