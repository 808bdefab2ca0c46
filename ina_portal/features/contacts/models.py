"""The contacts directory: who at the office and in other departments is responsible for what."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Prefetch, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from events.models import Event
from ina_portal.base.models import Publishable, PublishableQuerySet, Topic
from networks.models import STAFF_ONLY_FIELDS, Network
from partnerships.models import ProjectPartnership, TwinCity

# Shown only to signed-in city staff: never loaded for, nor shown on, the public site.
INTERNAL_FIELDS = ["direct_line", "mobile", "room", "deputy", "languages"]

# Digits, spaces and the usual separators: a number, never a formula or markup.
validate_phone = RegexValidator(
    r"^\+?[0-9][0-9 ()/-]*$",
    _("Enter a phone number of digits, spaces, +, -, / and brackets, e.g. 0231 50-12345."),
)


class Unit(models.Model):
    """The office or another department of the city administration."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    is_office = models.BooleanField(
        _("the office itself"),
        default=False,
        help_text=_("Its people come first on the public team page."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["-is_office", "position", "name"]
        verbose_name = _("unit")
        verbose_name_plural = _("units")

    def __str__(self):
        return self.name


class PersonQuerySet(PublishableQuerySet):
    TEAM_ORDER = ["-unit__is_office", "unit__position", "unit__name", "position", "last_name"]

    def responsible_for(self, *, cities=(), countries=(), topics=()):
        """The people responsible for any of `cities` (through a twinning or a project
        partnership), `countries` (named, or through a partner city there) or `topics`:
        who the relations pages, the enquiry triage and the internal lookup name."""
        condition = Q(pk__in=[])
        if cities:
            condition |= Q(twin_cities__city__in=cities) | Q(
                project_partnerships__partner_cities__in=cities
            )
        for code in sorted(countries):
            # A multiple CountryField holds "GH,GN": a two-letter code matches only itself.
            condition |= (
                Q(countries__contains=code)
                | Q(twin_cities__city__country=code)
                | Q(project_partnerships__partner_cities__country=code)
            )
        if topics:
            condition |= Q(topics__in=topics)
        return self.filter(pk__in=Person.objects.filter(condition).values("pk"))

    def public(self):
        # A template that showed an internal field would cost a query a test notices.
        return self.defer(*INTERNAL_FIELDS)

    def for_team(self):
        """The public team page: people by unit, with what they are responsible for."""
        return (
            self.public()
            .select_related("unit")
            .prefetch_related(*public_responsibilities())
            .order_by(*self.TEAM_ORDER, "first_name")
        )

    def office_heads(self, limit=3):
        """The head of the office for the team page's box: the office's people with its
        lowest position number, at most `limit` of them."""
        people = list(self.for_contact_box().filter(unit__is_office=True)[:limit])
        return [person for person in people if person.position == people[0].position]

    def for_contact_box(self):
        return self.public().select_related("unit").order_by(*self.TEAM_ORDER, "first_name")

    def for_directory(self):
        """The internal directory: every detail and every responsibility, drafts included."""
        return (
            self.select_related("unit", "deputy")
            .prefetch_related(
                Prefetch("twin_cities", queryset=TwinCity.objects.select_related("city")),
                Prefetch(
                    "project_partnerships",
                    queryset=ProjectPartnership.objects.prefetch_related("partner_cities"),
                ),
                Prefetch("networks", queryset=Network.objects.defer(*STAFF_ONLY_FIELDS)),
                "topics",
                "events",
            )
            .order_by("last_name", "first_name", "pk")
        )


def public_responsibilities():
    return [
        Prefetch(
            "twin_cities",
            queryset=TwinCity.objects.published().select_related("city").order_by("city__name"),
        ),
        Prefetch(
            "project_partnerships",
            queryset=ProjectPartnership.objects.published().order_by("title"),
        ),
        Prefetch(
            "networks",
            queryset=Network.objects.published().defer(*STAFF_ONLY_FIELDS).order_by("name"),
        ),
        Prefetch("topics", queryset=Topic.objects.order_by("name")),
    ]


def contacts_prefetch():
    """The published people responsible for a record, for its "Your contact" box."""
    return Prefetch(
        "contacts",
        queryset=Person.objects.published().for_contact_box(),
        to_attr="public_contacts",
    )


class Person(Publishable):
    """Someone at the office or in another department whom readers and colleagues can ask.

    Name, function, office e-mail and office phone are public; the internal details
    are for signed-in city staff only. Unpublish a person who has left.
    """

    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("last name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    function = models.CharField(_("function"), max_length=200)
    unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="people", verbose_name=_("unit")
    )
    position = models.PositiveSmallIntegerField(
        _("position in the unit"),
        default=100,
        help_text=_("Lower numbers come first on the team page: the head of the unit first."),
    )
    email = models.EmailField(_("office e-mail"), blank=True)
    phone = models.CharField(
        _("office phone"), max_length=40, blank=True, validators=[validate_phone]
    )

    direct_line = models.CharField(
        _("direct line"), max_length=40, blank=True, validators=[validate_phone]
    )
    mobile = models.CharField(_("mobile"), max_length=40, blank=True, validators=[validate_phone])
    room = models.CharField(_("room"), max_length=100, blank=True)
    deputy = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="deputy_for",
        verbose_name=_("deputy"),
    )
    languages = models.CharField(
        _("languages spoken"),
        max_length=200,
        blank=True,
        help_text=_("E.g. German, English, French."),
    )

    twin_cities = models.ManyToManyField(
        TwinCity, blank=True, related_name="contacts", verbose_name=_("twin cities")
    )
    project_partnerships = models.ManyToManyField(
        ProjectPartnership,
        blank=True,
        related_name="contacts",
        verbose_name=_("project partnerships"),
    )
    networks = models.ManyToManyField(
        Network, blank=True, related_name="contacts", verbose_name=_("city networks")
    )
    events = models.ManyToManyField(
        Event, blank=True, related_name="contacts", verbose_name=_("events")
    )
    countries = CountryField(_("countries"), multiple=True, blank=True)
    topics = models.ManyToManyField(
        Topic, blank=True, related_name="contacts", verbose_name=_("topics")
    )

    objects = PersonQuerySet.as_manager()

    class Meta(Publishable.Meta):
        ordering = ["last_name", "first_name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")
        permissions = [
            ("view_internal_details", _("Can look up internal contact details")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(deputy=models.F("pk")),
                name="person_is_not_their_own_deputy",
                violation_error_message=_("A person cannot be their own deputy."),
            )
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        # The check constraint says so too, but forms skip constraints on the pk.
        if self.pk and self.deputy_id == self.pk:
            raise ValidationError({"deputy": _("A person cannot be their own deputy.")})

    @property
    def name(self):
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def anchor(self):
        return f"person-{self.slug}"

    def get_absolute_url(self):
        return reverse("contacts:team_person", kwargs={"slug": self.slug})

    def get_internal_url(self):
        return reverse("contacts:person", kwargs={"slug": self.slug})

    def get_vcard_url(self):
        return reverse("contacts:vcard", kwargs={"slug": self.slug})
