"""Enquiries as CSV rows, for the admin's export.

The columns are listed on purpose: never the tokens (the access token opens the
sender's confirmation page) nor the private path of an attached file.
"""

from import_export import fields

from ina_portal.editorial.importexport import ExportResource

from .models import Enquiry


class EnquiryResource(ExportResource):
    """One row per enquiry; topics and goals by name, the attachment as 1 (sent) or 0."""

    topics = fields.Field(attribute="topics", column_name="topics")
    goals = fields.Field(attribute="goals", column_name="goals")
    attachment = fields.Field(attribute="attachment", column_name="attachment")
    assigned_to = fields.Field(attribute="assigned_to", column_name="assigned_to")

    class Meta:
        model = Enquiry
        fields = [
            "reference",
            "received_at",
            "kind",
            "status",
            "status_changed_at",
            "assigned_to",
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
            "language",
            "consent_at",
            "anonymised_at",
        ]
        export_order = fields

    # The admin's export prefetches topics and goals: .all() reads what was fetched.
    def dehydrate_topics(self, enquiry):
        return ", ".join(topic.name for topic in enquiry.topics.all())

    def dehydrate_goals(self, enquiry):
        return ", ".join(f"{goal.number}. {goal.title}" for goal in enquiry.goals.all())

    def dehydrate_attachment(self, enquiry):
        return "1" if enquiry.attachment else "0"

    def dehydrate_assigned_to(self, enquiry):
        return str(enquiry.assigned_to) if enquiry.assigned_to else ""
