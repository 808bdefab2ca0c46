"""Filters by the name of a record (its slug) or a country, as the API and the feeds take them:
a well-formed value that names nothing (any more) matches nothing, a malformed one is an error."""

import django_filters
from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field

COUNTRY_CODE = RegexValidator(
    r"^[A-Za-z]{2}\Z", _('Enter a country code of two letters, like "FR".'), code="invalid"
)


@extend_schema_field({"type": "string", "pattern": r"^[-a-zA-Z0-9_]+$", "example": "leeds"})
class SlugFilter(django_filters.CharFilter):
    field_class = forms.SlugField


@extend_schema_field({"type": "string", "pattern": r"^[A-Za-z]{2}$", "example": "FR"})
class CountryCodeFilter(django_filters.CharFilter):
    """An ISO 3166 country code, e.g. "FR"."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("validators", [COUNTRY_CODE])
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        return super().filter(qs, value.upper() if value else value)
