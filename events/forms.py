from datetime import time

from django import forms
from django.contrib.admin.widgets import AdminSplitDateTime
from django.utils.translation import gettext_lazy as _

from ina_portal.editorial.forms import AdminModelForm

from .models import Event


class DateOrDateTimeField(forms.SplitDateTimeField):
    """A date with an optional time: an all-day event needs no time, an empty one is 00:00."""

    widget = AdminSplitDateTime

    def __init__(self, **kwargs):
        super().__init__(require_all_fields=False, **kwargs)
        self.fields[1].required = False

    def compress(self, data_list):
        if data_list and data_list[0] and data_list[1] in self.empty_values:
            data_list = [data_list[0], time.min]
        return super().compress(data_list)


class EventAdminForm(AdminModelForm):
    start = DateOrDateTimeField(label=_("start"))
    end = DateOrDateTimeField(
        label=_("end"), help_text=_("For an event on a single day, the same date as the start.")
    )

    class Meta:
        model = Event
        # The admin adds the fields of its fieldsets.
        fields = ["start", "end"]
