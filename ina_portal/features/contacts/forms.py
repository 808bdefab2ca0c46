from django import forms
from django.utils.translation import gettext_lazy as _


class LookupForm(forms.Form):
    q = forms.CharField(
        label=_("Name, partner city, country, network or topic"),
        max_length=200,
        required=False,
        strip=True,
    )
