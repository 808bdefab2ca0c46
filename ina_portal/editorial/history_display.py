"""How the admin's history list shows what changed in a field."""

from django.utils.translation import gettext as _
from simple_history.models import DeletedObject
from simple_history.template_utils import HistoricalRecordContextHelper

from ina_portal.base.richtext import RichTextField, text_from_html


class ChangeDisplay(HistoricalRecordContextHelper):
    """Rich text by its words, headings marked "## " and links followed by their address,
    not by its tags: the change of a story reads as what the editor changed. An empty
    relation reads as empty, not as a deleted record without a key."""

    def prepare_delta_change_value(self, change, value):
        if isinstance(self.model._meta.get_field(change.field), RichTextField):
            return text_from_html(value, markup=True, urls=True)
        if isinstance(value, DeletedObject):
            if value.pk is None:
                return "–"
            return _("deleted %(kind)s (no. %(pk)s)") % {
                "kind": value.model._meta.verbose_name,
                "pk": value.pk,
            }
        return super().prepare_delta_change_value(change, value)
