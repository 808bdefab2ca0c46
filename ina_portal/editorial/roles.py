"""Groups of users and their permissions, kept in code and applied after every migrate.

Applying adds what is missing and takes nothing away, so permissions that an
administrator granted a group by hand stay.
"""

from django.contrib.auth import get_permission_codename
from django.contrib.auth.models import Group, Permission
from django.db.models import Q

from ina_portal.base import content


def roles():
    """{group name: permissions}; app_label.* stands for every permission of an app but
    the right to publish (publish_<model>), which is the Publishers'."""
    return {
        # The office's editors: every model of the apps that hold content kinds (the
        # contacts directory among them) and the triage of enquiries, but not the users,
        # their groups and permissions. They submit records for review, and do not publish.
        "Editors": [
            *(f"{app_label}.*" for app_label in content.app_labels()),
            "enquiries.view_enquiry",
            "enquiries.change_enquiry",
            # The status history with its decision notes, shown on the enquiry.
            "enquiries.view_enquirystatuschange",
            "enquiries.view_statistics",
            # The city's identity on the portal (one record, never deleted).
            "ina_portal.add_siteprofile",
            "ina_portal.change_siteprofile",
            "ina_portal.view_siteprofile",
        ],
        # Who decides what readers see: they publish the records of every publishable kind
        # and take them back, and may read and correct them. One person may hold both roles.
        "Publishers": publishable_permissions("view", "change", "publish"),
        # People in the city's administration units: the internal contacts directory.
        "City staff": ["contacts.view_person", "contacts.view_internal_details"],
    }


def publishable_permissions(*actions):
    return [
        f"{opts.app_label}.{get_permission_codename(action, opts)}"
        for opts in (kind.model._meta for kind in content.kinds() if kind.is_publishable)
        for action in actions
    ]


def role_permissions(name, *, using="default"):
    """The permissions of the role NAME that exist in the database."""
    wanted = Q(pk__in=[])
    for permission in roles()[name]:
        app_label, codename = permission.split(".")
        if codename == "*":
            wanted |= Q(content_type__app_label=app_label) & ~Q(codename__startswith="publish_")
        else:
            wanted |= Q(content_type__app_label=app_label, codename=codename)
    return list(Permission.objects.using(using).filter(wanted))


def roles_apply(*, using="default"):
    """Create the groups of roles() and give them their permissions, as far as they exist."""
    for name in roles():
        group, _created = Group.objects.using(using).get_or_create(name=name)
        group.permissions.add(*role_permissions(name, using=using))


def roles_apply_after_migrate(sender, using="default", **kwargs):
    # Sent once per app: permissions of apps not migrated yet are added with theirs.
    roles_apply(using=using)
