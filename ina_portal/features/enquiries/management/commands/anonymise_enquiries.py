from django.conf import settings
from django.core.management.base import BaseCommand

from ina_portal.features.enquiries.services import enquiries_anonymise


class Command(BaseCommand):
    help = (
        "Remove the personal details, messages and attachments of enquiries closed (accepted, "
        "declined, answered) longer ago than the retention period; the statistics keep them. "
        "Run it daily from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--months",
            type=int,
            default=settings.ENQUIRY_RETENTION_MONTHS,
            help="Retention period in months (default: INA_ENQUIRY_RETENTION_MONTHS, %(default)s).",
        )

    def handle(self, *args, months, **options):
        count = enquiries_anonymise(months=months)
        self.stdout.write(f"{count} closed enquiries anonymised.")
