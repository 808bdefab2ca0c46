from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage

from ina_portal.base.models import Image

pytestmark = pytest.mark.django_db


def upload(name, content):
    return SimpleUploadedFile(name, content, content_type="image/jpeg")


def png_bytes():
    buffer = BytesIO()
    PILImage.new("RGB", (120, 80), "#0a4a7a").save(buffer, "PNG")
    return buffer.getvalue()


def add_image(client, name, content):
    return client.post(
        "/admin/ina_portal/image/add/",
        {
            "file": upload(name, content),
            "alt_text_de": "Der Friedensplatz",
            "credit": "Stadt Dortmund / Anna Beispiel",
        },
    )


def test_a_png_named_jpg_is_stored_under_a_generated_png_name(editor_client):
    response = add_image(editor_client, "Urlaub von Frau Müller.jpg", png_bytes())

    assert response.status_code == 302
    image = Image.objects.get()
    assert image.file.name.endswith(".png")
    assert "Müller" not in image.file.name
    assert (image.width, image.height) == (120, 80)


def test_a_text_file_named_png_is_refused_with_a_message(editor_client):
    response = add_image(editor_client, "bild.png", b"not a picture at all")

    assert response.status_code == 200
    assert "Lade ein gültiges Bild hoch" in response.text
    assert not Image.objects.exists()


def test_an_image_needs_alt_text_or_the_decorative_mark(editor_client):
    response = editor_client.post(
        "/admin/ina_portal/image/add/",
        {"file": upload("platz.png", png_bytes()), "credit": "Stadt Dortmund"},
    )

    assert "Beschreiben Sie das Bild oder kennzeichnen Sie es als dekorativ." in response.text
    assert not Image.objects.exists()
