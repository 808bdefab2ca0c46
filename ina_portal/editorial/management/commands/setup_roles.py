from django.core.management.base import BaseCommand

from ina_portal.editorial.roles import roles, roles_apply


class Command(BaseCommand):
    help = (
        "Create the user groups (Editors, Publishers, City staff) with their permissions. "
        "Safe to run twice."
    )

    def handle(self, *args, **options):
        roles_apply()
        self.stdout.write(self.style.SUCCESS(f"Groups ready: {', '.join(roles())}."))
