"""Groups of users and their permissions, kept in code and applied after every migrate.

Applying adds what is missing and takes nothing away, so permissions that an
administrator granted a group by hand stay.
"""

from django.contrib.auth.models import Group, Permission

from ina_portal.base import content


def roles():
    """{group name: permissions}; app_label.* stands for every permission of an app."""
    return {
        # The office's editors: every model of the apps that hold content kinds (the
        # contacts directory among them) and the triage of enquiries, but not the users,
        # their groups and permissions.
        "Editors": [
            *(f"{app_label}.*" for app_label in content.app_labels()),
            "enquiries.view_enquiry",
            "enquiries.change_enquiry",
            # The status history with its decision notes, shown on the enquiry.
            "enquiries.view_enquirystatuschange",
            "enquiries.view_statistics",
        ],
        # People in the city's administration units: the internal contacts directory.
        "City staff": ["contacts.view_person", "contacts.view_internal_details"],
    }


def role_permissions(name, *, using="default"):
    """The permissions of the role NAME that exist in the database."""
    found = []
    for permission in roles()[name]:
        app_label, codename = permission.split(".")
        permissions = Permission.objects.using(using).filter(content_type__app_label=app_label)
        if codename != "*":
            permissions = permissions.filter(codename=codename)
        found += permissions
    return found


def roles_apply(*, using="default"):
    """Create the groups of roles() and give them their permissions, as far as they exist."""
    for name in roles():
        group, _created = Group.objects.using(using).get_or_create(name=name)
        group.permissions.add(*role_permissions(name, using=using))


def roles_apply_after_migrate(sender, using="default", **kwargs):
    # Sent once per app: permissions of apps not migrated yet are added with theirs.
    roles_apply(using=using)
