"""Groups of users and their permissions, kept in code and applied after every migrate.

Applying adds what is missing and takes nothing away, so permissions that an
administrator granted a group by hand stay.
"""

from django.contrib.auth.models import Group, Permission

ROLES = {
    # People in the city's administration units: the internal contacts directory.
    "City staff": ["contacts.view_person", "contacts.view_internal_details"],
}


def roles_apply(*, using="default"):
    """Create the groups of ROLES and give them their permissions, as far as they exist."""
    for name, permissions in ROLES.items():
        group, _created = Group.objects.using(using).get_or_create(name=name)
        found = []
        for permission in permissions:
            app_label, codename = permission.split(".")
            found += Permission.objects.using(using).filter(
                content_type__app_label=app_label, codename=codename
            )
        group.permissions.add(*found)


def roles_apply_after_migrate(sender, using="default", **kwargs):
    # Sent once per app: permissions of apps not migrated yet are added with theirs.
    roles_apply(using=using)
