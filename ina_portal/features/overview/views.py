from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.db import DatabaseError, connection
from django.db.models import Count, Window
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.generic import ListView, TemplateView
from django_countries.fields import Country

from events.models import Event
from exchanges.templatetags.exchanges import relation_organisations, relation_programmes
from ina_portal.base.cache import cache_is_available
from ina_portal.base.pagination import PageOfListMixin
from ina_portal.features.news.models import NewsItem
from partnerships.models import City, ProjectPartnership, TwinCity

from . import worldmap
from .relations import (
    KIND_LABELS,
    KINDS,
    PER_PAGE,
    city_scope,
    country_scope,
    partner_cities_in,
    relations_with,
)

# The home page names this many twin cities, the longest-standing first, and leads to the
# list of them all.
HOME_TWIN_CITIES = 12


class HomeView(TemplateView):
    template_name = "home.html"

    def get_context_data(self, **kwargs):
        # The number of all published twin cities comes with the first twelve, in one query.
        twin_cities = list(
            TwinCity.objects.published()
            .for_list()
            .annotate(total=Window(Count("pk")))
            .order_by("since", "city__name")[:HOME_TWIN_CITIES]
        )
        return super().get_context_data(
            latest_news=NewsItem.objects.published().for_list()[:3],
            next_events=Event.objects.published().upcoming().for_list()[:3],
            twin_cities=twin_cities,
            twin_city_count=twin_cities[0].total if twin_cities else 0,
            latest_partnerships=ProjectPartnership.objects.published()
            .for_list()
            .order_by("-publish_at")[:3],
            **kwargs,
        )


@never_cache
@require_safe
def healthz(request):
    """Liveness probe for load balancers: answers without touching the database."""
    return HttpResponse("ok", content_type="text/plain; charset=utf-8")


def database_is_available():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return False
    return True


@never_cache
@require_safe
def readyz(request):
    """Readiness for monitoring: 200 when the database and the cache answer, else 503 with
    the one that does not. Not for a load balancer's health check: a shared service down
    would take every app server out, though the site still serves what it can."""
    checks = {"database": database_is_available(), "cache": cache_is_available()}
    return JsonResponse(
        {name: "ok" if ok else "unavailable" for name, ok in checks.items()},
        status=200 if all(checks.values()) else 503,
    )


# How Django refuses a request with more fields, files or data than DATA_UPLOAD_* allow.
FORM_TOO_LARGE = (RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent)


def bad_request(request, exception):
    """The 400 page (handler400): for an oversized form it says what to send instead."""
    context = {"form_too_large": isinstance(exception, FORM_TOO_LARGE)}
    return render(request, "400.html", context, status=400)


# Pages for signed-in staff only, and search results (one page per query): nothing for
# search engines.
NOT_FOR_CRAWLERS = ["contacts:lookup", "search:results"]


@require_safe
def robots_txt(request):
    """Crawlers may read the public site, not the admin or the internal directory."""
    disallowed = ["/admin/"]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            disallowed += [reverse(name) for name in NOT_FOR_CRAWLERS]
    lines = [
        "User-agent: *",
        *(f"Disallow: {path}" for path in disallowed),
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


class CityRelationsView(TemplateView):
    """Everything that connects the city with one partner city."""

    template_name = "overview/relations.html"

    def get_context_data(self, **kwargs):
        city = get_object_or_404(City.objects.partners(), slug=self.kwargs["slug"])

        def url(kind):
            return reverse("overview:city_relations_kind", kwargs={"slug": city.slug, "kind": kind})

        return super().get_context_data(
            city=city,
            partner=city.name,
            relations=relations_with([city], url=url),
            exchange_urls=exchange_urls(url),
            **kwargs,
        )


def relations_country(code):
    """The code of a country with partner cities, e.g. "FR" for "fr", and its partner
    cities; 404 for any other (or for "FR": the URL is in lower case)."""
    cities = partner_cities_in(code.upper()) if code.islower() else []
    if not cities:
        raise Http404("No partner city in this country")
    return code.upper(), cities


def exchange_urls(url):
    return {"organisations_url": url("organisations"), "programmes_url": url("programmes")}


class CountryRelationsView(TemplateView):
    """Everything that connects the city with the partner cities of one country."""

    template_name = "overview/relations.html"

    def get_context_data(self, **kwargs):
        code, cities = relations_country(self.kwargs["code"])
        country = Country(code)

        def url(kind):
            if kind == "partnerships":
                # The list of project partnerships, narrowed to the country.
                return f"{reverse('partnerships:projectpartnership_list')}?country={code}"
            return reverse(
                "overview:country_relations_kind", kwargs={"code": code.lower(), "kind": kind}
            )

        return super().get_context_data(
            country=country,
            partner=country.name,
            relations=relations_with(cities, countries=[code], url=url),
            exchange_urls=exchange_urls(url),
            **kwargs,
        )


class RelationsKindView(PageOfListMixin, ListView):
    """All records of one kind that connect the city with a partner city or country, a
    page at a time: where the "show all" links of a relationship page lead."""

    template_name = "overview/relations_kind.html"
    paginate_by = PER_PAGE

    def get(self, request, *args, **kwargs):
        kind = self.kwargs["kind"]
        if kind not in KIND_LABELS:
            raise Http404("No such kind of record")
        if "code" in self.kwargs:
            code, _cities = relations_country(self.kwargs["code"])
            self.country, self.city = Country(code), None
            self.scope = country_scope(code)
            self.partner = self.country.name
        else:
            if kind == "cities":
                raise Http404("A city's page has no list of cities")
            self.city = get_object_or_404(City.objects.partners(), slug=self.kwargs["slug"])
            self.country = None
            self.scope = city_scope(self.city)
            self.partner = self.city.name
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        kind, scope = self.kwargs["kind"], self.scope
        if kind == "organisations":
            return relation_organisations(scope.twinnings, scope.partnerships)
        if kind == "programmes":
            return relation_programmes(scope.twinnings, scope.partnerships)
        return getattr(scope, KINDS[kind])()

    def get_context_data(self, **kwargs):
        if self.city:
            relations_url = reverse("overview:city_relations", kwargs={"slug": self.city.slug})
        else:
            code = self.country.code.lower()
            relations_url = reverse("overview:country_relations", kwargs={"code": code})
        return super().get_context_data(
            kind=self.kwargs["kind"],
            label=KIND_LABELS[self.kwargs["kind"]],
            city=self.city,
            country=self.country,
            partner=self.partner,
            relations_url=relations_url,
            **kwargs,
        )


class PartnerCityListView(PageOfListMixin, ListView):
    """Every partner city by name, a page at a time: what the map draws, as a list."""

    template_name = "overview/partner_cities.html"
    paginate_by = 50

    def get_queryset(self):
        return City.objects.partners()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["markers"] = [worldmap.marker_of(city) for city in context["object_list"]]
        return context
