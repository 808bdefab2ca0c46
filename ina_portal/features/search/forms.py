from django import forms
from django.utils.translation import gettext_lazy as _

from ina_portal.base.content import searchable as searchable_kinds

MAX_QUERY_LENGTH = 200


def type_choices():
    return [("", _("All types")), *((kind.key, kind.label) for kind in searchable_kinds())]


class SearchForm(forms.Form):
    """The query string of the search page: ?q=…&type=…; each field is checked on its own."""

    q = forms.CharField(
        label=_("Search for"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        error_messages={
            "max_length": _(
                "Your search is too long: please use at most %(limit_value)d characters "
                "(it has %(show_value)d)."
            ),
        },
    )
    type = forms.ChoiceField(
        required=False,
        choices=type_choices,
        error_messages={
            "invalid_choice": _("There is no such type of content: results of every type follow.")
        },
    )

    def valid(self, name):
        """The cleaned value of one field, or its empty value if it was invalid."""
        self.is_valid()
        return self.cleaned_data.get(name, "")
