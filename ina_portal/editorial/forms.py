"""The base of the admin's model forms."""

from datetime import datetime, time

from django import forms
from django.core.exceptions import FieldDoesNotExist
from django.db import models

EMPTY = ("", None)


def line_endings_normalised(text):
    return text.replace("\r\n", "\n").replace("\r", "\n")


class AdminModelForm(forms.ModelForm):
    """A model form that changes only what the editor changed.

    Browsers send the line breaks of a text area as CRLF, the admin's date and time
    inputs have no microseconds, and an empty input cleans to "" or NULL whichever the
    record holds (modeltranslation's columns take both): taken as they come, unchanged
    fields would differ from the stored ones, and the history would record edits
    nobody made.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.is_bound:
            self.data = self.text_normalised(self.data)

    def is_text(self, name, field):
        if isinstance(field.widget, forms.Textarea):
            return True
        try:
            return isinstance(self._meta.model._meta.get_field(name), models.TextField)
        except FieldDoesNotExist:
            return False

    def text_normalised(self, data):
        """The submitted data with the line endings of every text field as stored: LF."""
        data = data.copy()
        for name, field in self.fields.items():
            key = self.add_prefix(name)
            if key not in data or not self.is_text(name, field):
                continue
            if hasattr(data, "setlist"):
                data.setlist(key, [line_endings_normalised(v) for v in data.getlist(key)])
            elif isinstance(data[key], str):
                data[key] = line_endings_normalised(data[key])
        return data

    def clean(self):
        cleaned_data = super().clean()
        if self.instance._state.adding:
            return cleaned_data
        # A field the editor left alone keeps its stored value where the form can only
        # say it less exactly: seconds for microseconds, one empty value for another.
        for name, value in cleaned_data.items():
            if name in self.changed_data or name not in self.initial:
                continue
            stored = self.initial[name]
            if (value in EMPTY and stored in EMPTY) or (
                isinstance(value, datetime | time) and isinstance(stored, type(value))
            ):
                cleaned_data[name] = stored
        return cleaned_data
