"""How the admin's history list shows what changed in a field."""

from simple_history.template_utils import HistoricalRecordContextHelper

from ina_portal.base.richtext import RichTextField, text_from_html


class ChangeDisplay(HistoricalRecordContextHelper):
    """Rich text by its words, headings marked "## " and links followed by their address,
    not by its tags: the change of a story reads as what the editor changed."""

    def prepare_delta_change_value(self, change, value):
        if isinstance(self.model._meta.get_field(change.field), RichTextField):
            return text_from_html(value, markup=True, urls=True)
        return super().prepare_delta_change_value(change, value)
