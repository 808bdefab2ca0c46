from django.core.management.base import BaseCommand

from ina_portal.features.outbox.models import MailStatus, OutgoingMail
from ina_portal.features.outbox.services import mail_purge_sent, mail_send_pending


class Command(BaseCommand):
    help = (
        "Send the mails whose first attempt failed, as far as their next attempt is due, and "
        "delete sent mails after 30 days. Run it every few minutes from cron; runs may overlap."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--limit", type=int, default=1000, help="Send at most this many mails in one run."
        )

    def handle(self, *args, limit, **options):
        sent, failed = mail_send_pending(limit=limit)
        purged = mail_purge_sent()
        waiting = OutgoingMail.objects.filter(status=MailStatus.PENDING).count()
        given_up = OutgoingMail.objects.filter(status=MailStatus.FAILED).count()
        self.stdout.write(
            f"{sent} sent, {failed} failed, {waiting} waiting, {given_up} given up, "
            f"{purged} old sent mails deleted."
        )
        if given_up:
            self.stderr.write(
                f"{given_up} mails were given up after repeated failures: see the admin "
                "(Outgoing mail) and send them again once the mail server works."
            )
