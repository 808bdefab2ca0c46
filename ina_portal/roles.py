"""Groups of users and their permissions, kept in code and applied after every migrate.

Applying adds what is missing and takes nothing away, so permissions that an
administrator granted a group by hand stay.
"""

from django.contrib.auth.models import Group, Permission

# The apps whose records editors keep: every model in them, with all four permissions.
# Users, groups and permissions (django.contrib.auth) are deliberately not among them.
CONTENT_APPS = ["ina_portal", "partnerships", "networks", "sdg", "events", "news", "pages"]

ROLES = {
    # The office's editors: all public content, the contacts directory and the triage of
    # enquiries, but not the users, their groups and permissions.
    "Editors": [
        *(f"{app_label}.*" for app_label in CONTENT_APPS),
        "contacts.*",
        "enquiries.view_enquiry",
        "enquiries.change_enquiry",
        "enquiries.view_statistics",
    ],
    # People in the city's administration units: the internal contacts directory.
    "City staff": ["contacts.view_person", "contacts.view_internal_details"],
}


def role_permissions(name, *, using="default"):
    """The permissions of the role NAME that exist in the database (app_label.* for all)."""
    found = []
    for permission in ROLES[name]:
        app_label, codename = permission.split(".")
        permissions = Permission.objects.using(using).filter(content_type__app_label=app_label)
        if codename != "*":
            permissions = permissions.filter(codename=codename)
        found += permissions
    return found


def roles_apply(*, using="default"):
    """Create the groups of ROLES and give them their permissions, as far as they exist."""
    for name in ROLES:
        group, _created = Group.objects.using(using).get_or_create(name=name)
        group.permissions.add(*role_permissions(name, using=using))


def roles_apply_after_migrate(sender, using="default", **kwargs):
    # Sent once per app: permissions of apps not migrated yet are added with theirs.
    roles_apply(using=using)
