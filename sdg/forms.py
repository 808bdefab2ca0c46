from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Pillar


class PillarFilterForm(forms.Form):
    """Narrows a goal page to one pillar of the sustainability strategy."""

    pillar = forms.ChoiceField(
        label=_("Pillar"), choices=[("", _("All pillars")), *Pillar.choices], required=False
    )

    def selected_pillar(self):
        return self.cleaned_data["pillar"] if self.is_valid() else ""
