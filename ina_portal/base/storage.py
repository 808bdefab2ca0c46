"""Storage for uploads that must never be public: outside MEDIA_ROOT, and without URLs."""

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.functional import cached_property


class PrivateStorage(FileSystemStorage):
    """Files in PRIVATE_ROOT, which only staff views hand out after their permission checks."""

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_ROOT)

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)

    def url(self, name):
        raise ValueError("Private files have no public address; serve them through a view.")


private_files = PrivateStorage()


def private_storage():
    # A callable, so that migrations do not record the location of this installation.
    return private_files
