"""Preview: staff see a draft or scheduled record on its public page, marked as such."""

from django.urls import reverse
from django.utils.cache import patch_cache_control

PREVIEW_PARAMETER = "preview"


def can_preview(user, model):
    opts = model._meta
    return user.is_staff and user.has_perm(f"{opts.app_label}.view_{opts.model_name}")


def preview_url(record):
    """The public address of RECORD; with the preview switch while it is not public."""
    url, hash_, fragment = record.get_absolute_url().partition("#")
    if not record.is_public:
        url = f"{url}?{PREVIEW_PARAMETER}=1"
    return f"{url}{hash_}{fragment}"


class PreviewMixin:
    """For detail views: `?preview=1` shows staff the record whatever its publication state.

    Everybody else gets the published records only, so a draft stays a 404 for them.
    """

    def is_preview(self):
        return PREVIEW_PARAMETER in self.request.GET and can_preview(self.request.user, self.model)

    def visible(self, queryset):
        return queryset if self.is_preview() else queryset.published()

    def get_context_data(self, **kwargs):
        # The banner says the page is not what readers see; a public record needs none.
        preview = self.is_preview() and not self.object.is_public
        if preview:
            opts = self.object._meta
            kwargs["preview_admin_url"] = reverse(
                f"admin:{opts.app_label}_{opts.model_name}_change", args=[self.object.pk]
            )
        return super().get_context_data(preview=preview, **kwargs)

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if self.is_preview():
            # Never in a shared cache, the page cache or the browser's history.
            patch_cache_control(response, private=True, no_store=True)
        return response
