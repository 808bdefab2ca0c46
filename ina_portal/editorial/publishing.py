"""Review before publishing: who may publish a kind of record, and what an editor
without that right may do with a record's publication (docs/editing.md)."""

from django.contrib.auth import get_permission_codename

from ina_portal.base.models import PublicationStatus

# What publishing decides: whether, from when and until when readers see a record.
PUBLICATION_FIELDS = ("publication_status", "publish_at", "publish_until")
UNPUBLISHED_CHOICES = [
    (status.value, status.label)
    for status in (PublicationStatus.DRAFT, PublicationStatus.IN_REVIEW)
]


def publish_permission(model):
    """The permission to publish records of MODEL: "partnerships.publish_twincity"."""
    opts = model._meta
    return f"{opts.app_label}.{get_permission_codename('publish', opts)}"


def may_publish(user, model):
    return user.has_perm(publish_permission(model))


def publication_of(record):
    """RECORD's publication status and dates, as PUBLICATION_FIELDS."""
    return tuple(getattr(record, name) for name in PUBLICATION_FIELDS)


def may_change_publication(user, model, *, before, after):
    """Whether USER may take a record of MODEL from the publication BEFORE to AFTER
    (publication_of(), BEFORE None for a new record).

    Without the right to publish, an editor moves records between draft and in review
    only, and leaves the status and dates of a published record as they are.
    """
    if before == after or may_publish(user, model):
        return True
    statuses = {after[0], before[0] if before else PublicationStatus.DRAFT}
    return PublicationStatus.PUBLISHED not in statuses


def publication_limited(form_class, *, stored=None):
    """FORM_CLASS for an editor without the right to publish: the status offers draft
    and in review, and a published record's status and dates cannot be changed.

    STORED is the record's publication as the database holds it, where the form's
    instance may differ (a version from the history); else the instance's is taken.
    """

    class PublicationLimitedForm(form_class):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            if self.instance._state.adding:
                publication = None
            else:
                publication = stored or publication_of(self.instance)
            fields = [name for name in PUBLICATION_FIELDS if name in self.fields]
            if publication and publication[0] == PublicationStatus.PUBLISHED:
                # Disabled: the browser sends nothing and the form keeps the initial value.
                for name in fields:
                    self.initial[name] = publication[PUBLICATION_FIELDS.index(name)]
                    self.fields[name].disabled = True
            elif "publication_status" in fields:
                self.fields["publication_status"].choices = UNPUBLISHED_CHOICES
                if publication:
                    self.initial["publication_status"] = publication[0]

    PublicationLimitedForm.__name__ = form_class.__name__
    return PublicationLimitedForm
