from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .models import MESSAGE_MAX_LENGTH, NAME_MAX_LENGTH


class FeedbackForm(forms.Form):
    """Feedback on barriers: only the message is required."""

    name = forms.CharField(label=_("Name (optional)"), max_length=NAME_MAX_LENGTH, required=False)
    email = forms.EmailField(
        label=_("E-mail address (optional)"),
        required=False,
        help_text=_("Only if you would like an answer."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    message = forms.CharField(
        label=_("Your message"),
        max_length=MESSAGE_MAX_LENGTH,
        help_text=_("Which page, and what did not work for you? At most 5,000 characters."),
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    # A trap for robots: hidden from people and screen readers, so only a robot fills it.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("website"):
            raise ValidationError(
                _(
                    "Your message was not sent because a field meant to stay empty was "
                    "filled in. Please try again."
                ),
                code="honeypot",
            )
        return cleaned_data
