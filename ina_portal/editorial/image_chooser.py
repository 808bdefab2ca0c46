"""The picture chooser of content forms: the chosen pictures as thumbnails, a button that
opens the image list (thumbnails, search by alternative text and credit) to pick one,
and the id field underneath, which works without JavaScript too."""

from django.contrib.admin.widgets import ForeignKeyRawIdWidget, ManyToManyRawIdWidget
from django.urls import reverse

THUMB_WIDTH = 80


def chooser_entry(image):
    """What the chooser shows of a picture: its thumbnail, alternative text and credit."""
    return {
        "id": image.pk,
        "thumb": image.crop_url("thumb", 2 * THUMB_WIDTH),
        "alt": "" if image.decorative else image.alt_text,
        "credit": image.credit,
    }


class ImageChooserMixin:
    # In this app's templates/: Django's form renderer looks in the apps' folders only.
    template_name = "admin/widgets/image_chooser.html"

    class Media:
        css = {"all": ["css/image-chooser.css"]}
        js = ["js/image-chooser.js"]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        ids = [key for key in str(context["widget"]["value"] or "").split(",") if key.isdigit()]
        images = self.rel.model._default_manager.using(self.db).in_bulk([int(key) for key in ids])
        context["pictures"] = [chooser_entry(images[int(key)]) for key in ids if int(key) in images]
        context["info_url"] = reverse(
            "admin:ina_portal_image_chooser", current_app=self.admin_site.name
        )
        context["multiple"] = isinstance(self, ManyToManyRawIdWidget)
        # Django links a change popup to single selects only: the chooser brings its own,
        # for the picture's texts and focal point.
        context["change_url_template"] = (
            reverse(
                "admin:ina_portal_image_change", args=["__fk__"], current_app=self.admin_site.name
            )
            + "?_to_field=id&_popup=1"
        )
        context["change_url"] = (
            context["change_url_template"].replace("__fk__", ids[0]) if len(ids) == 1 else ""
        )
        context["thumb_width"] = THUMB_WIDTH
        return context


class ImageChooserWidget(ImageChooserMixin, ForeignKeyRawIdWidget):
    """For a foreign key to Image."""


class ImagesChooserWidget(ImageChooserMixin, ManyToManyRawIdWidget):
    """For a many-to-many field of Images (a visit's photos)."""
