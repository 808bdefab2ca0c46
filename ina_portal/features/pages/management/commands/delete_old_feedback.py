from django.conf import settings
from django.core.management.base import BaseCommand

from ina_portal.features.pages.services import feedback_delete_old


class Command(BaseCommand):
    help = (
        "Delete the accessibility feedback e-mailed to the office longer ago than the "
        "retention period (names and addresses are personal data). Run it daily from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--months",
            type=int,
            default=settings.FEEDBACK_RETENTION_MONTHS,
            help="Retention period in months (default: INA_FEEDBACK_RETENTION_MONTHS, "
            "%(default)s).",
        )

    def handle(self, *args, months, **options):
        count = feedback_delete_old(months=months)
        self.stdout.write(f"{count} feedback messages deleted.")
