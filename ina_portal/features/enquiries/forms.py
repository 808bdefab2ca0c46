import logging
import uuid
from datetime import timedelta

from django import forms
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import DatabaseError
from django.forms.utils import ErrorDict
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from ina_portal.base.cache import cache_or_default
from sdg.models import Goal

from .models import DATED_KINDS, Enquiry, EnquiryKind
from .uploads import attachment_too_large_error, validate_pdf

logger = logging.getLogger(__name__)

# Proposed dates further ahead than this are most likely typing errors.
LATEST_PROPOSED_DATE = timedelta(days=5 * 366)


# The topic and goal choices as last read, per language: in the shared cache and in this
# process, for showing the form again while the database fails.
_remembered_choices = {}


def remembered_choices(name, field, data, *, read=True):
    """(choices, whether they were read): the field's choices from the database, or while
    it fails (or with read=False) as remembered; without a copy, the values the reader
    chose, so that sending the form again keeps them."""
    key = f"ina:enquiry-choices:{name}:{get_language()}"
    if read:
        try:
            choices = [(str(value), str(label)) for value, label in field.choices]
        except DatabaseError:
            logger.warning("The enquiry form's %s could not be read.", name, exc_info=True)
        else:
            if _remembered_choices.get(key) != choices:
                _remembered_choices[key] = choices
                cache_or_default(lambda: cache.set(key, choices, None))
            return choices, True
    choices = _remembered_choices.get(key) or cache_or_default(lambda: cache.get(key))
    if choices is None:
        choices = [(value, value) for value in data.getlist(name)]
    return choices, False


class GoalChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, goal):
        return f"{goal.number}. {goal.title}"


class EnquiryForm(forms.ModelForm):
    """The public enquiry form; `token` makes a second submission of the same form
    find the enquiry the first one stored."""

    token = forms.UUIDField(widget=forms.HiddenInput)
    consent = forms.BooleanField(
        label=_(
            "I have read the privacy notice and agree that my details are stored and "
            "processed to answer my enquiry."
        ),
    )
    # A trap for robots: hidden from people and screen readers, so only a robot fills it.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = Enquiry
        fields = [
            "kind",
            "organisation",
            "organisation_type",
            "city",
            "country",
            "contact_person",
            "email",
            "phone",
            "topics",
            "goals",
            "date_from",
            "date_to",
            "message",
            "attachment",
        ]
        labels = {
            "kind": _("What is your enquiry about?"),
            "organisation": _("Name of your organisation"),
            "city": _("City"),
            "contact_person": _("Contact person"),
            "email": _("E-mail address"),
            "phone": _("Phone (optional)"),
            "topics": _("Topics (optional)"),
            "goals": _("Sustainable Development Goals (optional)"),
            "date_from": _("Proposed date or first day"),
            "date_to": _("Last day (optional)"),
            "message": _("Your message"),
            "attachment": _("Attachment (optional)"),
        }
        help_texts = {
            "organisation": _("For example the city administration or the association."),
            "phone": _("With the country code, e.g. +33 3 22 97 40 00."),
            "date_from": _(
                "Required for invitations and visit requests. Format: YYYY-MM-DD, e.g. 2027-05-14."
            ),
            "date_to": _("For events and visits of several days."),
            "message": _(
                "What do you propose, and what would you like to achieve together? "
                "At most 5,000 characters."
            ),
            "attachment": _(
                "One PDF document of at most 5 MB, e.g. an invitation or a programme. "
                "If the form shows an error, please choose the file again."
            ),
        }
        field_classes = {"goals": GoalChoiceField}
        widgets = {
            "kind": forms.RadioSelect,
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "city": forms.TextInput(attrs={"autocomplete": "address-level2"}),
            "contact_person": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
            "topics": forms.CheckboxSelectMultiple,
            "goals": forms.CheckboxSelectMultiple,
            "date_from": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "date_to": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "message": forms.Textarea(attrs={"rows": 10}),
            "attachment": forms.FileInput(attrs={"accept": "application/pdf,.pdf"}),
        }

    def __init__(self, *args, too_large_files=(), **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.too_large_files = set(too_large_files)
        self.fields["kind"].choices = EnquiryKind.choices
        self.fields["country"].widget.attrs["autocomplete"] = "country"
        self.fields["goals"].queryset = Goal.objects.order_by("number")
        # Read once: should the database fail while the form is stored, or before, it can
        # still be shown again with the reader's choices (and without waiting for it twice).
        self.database_failed = False
        for name in ("topics", "goals"):
            choices, read = remembered_choices(
                name, self.fields[name], self.data, read=not self.database_failed
            )
            self.fields[name].choices = choices
            self.database_failed |= not read

    def clean_attachment(self):
        if "attachment" in self.too_large_files:
            raise attachment_too_large_error()
        attachment = self.cleaned_data.get("attachment")
        if attachment:
            validate_pdf(attachment)
        return attachment

    def clean_date_from(self):
        date_from = self.cleaned_data.get("date_from")
        today = timezone.localdate()
        if date_from and date_from < today:
            raise ValidationError(_("This date is in the past."), code="past")
        if date_from and date_from > today + LATEST_PROPOSED_DATE:
            raise ValidationError(
                _("Please propose a date within the next five years."), code="too_late"
            )
        return date_from

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("website"):
            raise ValidationError(
                _(
                    "Your enquiry was not sent because a field meant to stay empty was "
                    "filled in. Please try again."
                ),
                code="honeypot",
            )
        kind, date_from, date_to = (cleaned_data.get(k) for k in ("kind", "date_from", "date_to"))
        if kind in DATED_KINDS and not date_from and "date_from" not in self.errors:
            self.add_error(
                "date_from",
                ValidationError(
                    _("Please give the proposed date of the event or visit."),
                    code="date_required",
                ),
            )
        if date_to and not date_from and "date_from" not in self.errors:
            self.add_error(
                "date_from", ValidationError(_("Please give the first day too."), code="no_start")
            )
        if date_from and date_to and date_to < date_from:
            self.add_error(
                "date_to",
                ValidationError(_("The last day cannot be before the first."), code="order"),
            )
        return cleaned_data

    def refuse_unchecked(self, message):
        """Show the form again as sent, with only `message`: while the database fails, the
        fields cannot be checked (their choices are in it)."""
        if self._errors is None:
            self._errors = ErrorDict(renderer=self.renderer)
            self.cleaned_data = {}
        self.add_error(None, message)

    @staticmethod
    def new_token():
        return uuid.uuid4()

    @classmethod
    def data_with_token(cls, data):
        """The submitted data, with a new token if it came without a valid one: shown again,
        the form must be sendable."""
        try:
            uuid.UUID(str(data.get("token", "")))
        except ValueError:
            data = data.copy()
            data["token"] = str(cls.new_token())
        return data

    def enquiry_data(self):
        """The cleaned data as the keyword arguments of `enquiry_submit`."""
        data = {name: self.cleaned_data[name] for name in self.Meta.fields}
        data["token"] = self.cleaned_data["token"]
        return data
