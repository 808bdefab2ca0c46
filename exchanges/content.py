"""Civic organisations, exchange programmes and funding calls as content kinds
(ina_portal.base.content); their records show on twin city pages too."""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from ina_portal.base import content
from ina_portal.base.content import Kind, Search

from .api import ExchangeProgrammeViewSet, FundingCallViewSet, OrganisationViewSet
from .models import Anniversary, ExampleRecord, ExchangeProgramme, FundingCall, Organisation


def organisations_prefetch():
    return Prefetch(
        "organisations",
        queryset=Organisation.objects.published().order_by("name"),
        to_attr="public_organisations",
    )


def programmes_prefetch():
    return Prefetch(
        "programmes",
        queryset=ExchangeProgramme.objects.published().order_by("-start_year", "title"),
        to_attr="public_programmes",
    )


content.register(
    Kind(
        Organisation,
        search=Search(
            key="organisations",
            label=_("Civic organisations"),
            label_singular=_("Civic organisation"),
            queryset=lambda: Organisation.objects.published(),
            title=("name",),
            body=("teaser", "description", "how_to_join"),
        ),
        sitemap=True,
        api=OrganisationViewSet,
    ),
    Kind(
        ExchangeProgramme,
        search=Search(
            key="exchange-programmes",
            label=_("Exchange programmes"),
            label_singular=_("Exchange programme"),
            queryset=lambda: ExchangeProgramme.objects.published(),
            title=("title",),
            body=("teaser", "report"),
        ),
        sitemap=True,
        api=ExchangeProgrammeViewSet,
    ),
    Kind(
        FundingCall,
        search=Search(
            key="funding-calls",
            label=_("Funding calls"),
            label_singular=_("Funding call"),
            queryset=lambda: FundingCall.objects.published(),
            title=("title", "funder"),
            body=("teaser", "description", "eligible"),
        ),
        sitemap=True,
        api=FundingCallViewSet,
    ),
    pages=[
        "exchanges:organisation_list",
        "exchanges:programme_list",
        "exchanges:fundingcall_list",
        "exchanges:fundingcall_archive",
    ],
    private=[ExampleRecord, Anniversary],
)
content.attach(["partnerships.TwinCity"], organisations_prefetch)
content.attach(["partnerships.TwinCity", "partnerships.ProjectPartnership"], programmes_prefetch)
