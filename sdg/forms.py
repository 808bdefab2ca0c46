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


class BreakdownForm(forms.Form):
    """Which series of an indicator to show: the whole city, or one breakdown, or all."""

    ALL = "*"

    breakdown = forms.ChoiceField(label=_("Series"), required=False)

    def __init__(self, *args, breakdowns=(), **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", _("Whole city"))]
        if breakdowns:
            choices += [(name, name) for name in breakdowns] + [(self.ALL, _("All series"))]
        self.fields["breakdown"].choices = choices

    def series(self, indicator):
        """[(label, [observations])] of the chosen series."""
        chosen = self.cleaned_data["breakdown"] if self.is_valid() else ""
        by_breakdown = {}
        for item in indicator.all_observations:
            by_breakdown.setdefault(item.breakdown, []).append(item)
        if chosen == self.ALL:
            return list(by_breakdown.items())
        return [(chosen, by_breakdown.get(chosen, []))]
