from django.contrib.auth.mixins import PermissionRequiredMixin
from django.http import HttpResponse
from django.urls import reverse_lazy
from django.utils.cache import patch_cache_control
from django.views.generic import DetailView, TemplateView, View
from django_filters.views import FilterView

from ina_portal.base.pagination import PageOfListMixin

from .export import people_csv_response
from .filters import TeamFilter
from .forms import LookupForm
from .lookup import Lookup
from .models import Person, Unit
from .vcard import vcard


class TeamView(PageOfListMixin, FilterView):
    """The public team page: the head of the office, then a directory of every contact,
    the office first, a page at a time and filtered by name, responsibility and unit."""

    filterset_class = TeamFilter
    template_name = "contacts/team.html"
    paginate_by = 20
    # An invalid filter value shows its error message beside the unfiltered list.
    strict = False

    def get_queryset(self):
        return Person.objects.published().for_team()

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            office_heads=Person.objects.published().office_heads(), **kwargs
        )


class TeamPersonView(DetailView):
    """One contact's public entry: where the "Your contact" boxes and search link to."""

    template_name = "contacts/person.html"

    def get_queryset(self):
        return Person.objects.published().for_team()


class InternalMixin(PermissionRequiredMixin):
    """Signed-in city staff only: others are sent to sign in, or refused if signed in."""

    permission_required = "contacts.view_internal_details"
    login_url = reverse_lazy("admin:login")

    def dispatch(self, request, *args, **kwargs):
        response = super().dispatch(request, *args, **kwargs)
        patch_cache_control(response, private=True, no_store=True)
        return response


class LookupView(InternalMixin, TemplateView):
    """Who do I call about Kumasi? One box over names, places, networks and topics."""

    template_name = "contacts/lookup.html"

    def get_context_data(self, **kwargs):
        form = LookupForm(self.request.GET)
        query = form.cleaned_data["q"] if form.is_valid() else ""
        return super().get_context_data(
            form=form,
            query=query,
            people=Lookup(query).people(Person.objects.published().for_directory()),
            units=Unit.objects.all(),
            **kwargs,
        )


class InternalPersonMixin(InternalMixin):
    slug_url_kwarg = "slug"

    def get_queryset(self):
        return Person.objects.published().for_directory()


class PersonInternalView(InternalPersonMixin, DetailView):
    template_name = "contacts/person_internal.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            areas=Lookup("").areas(self.object),
            deputy_for=Person.objects.published().filter(deputy=self.object),
            **kwargs,
        )


class PersonVCardView(InternalPersonMixin, DetailView):
    def render_to_response(self, context, **response_kwargs):
        return HttpResponse(
            vcard(self.object),
            content_type="text/vcard; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{self.object.slug}.vcf"'},
        )


class DirectoryCsvView(InternalMixin, View):
    """The directory, or the result of a search, as CSV."""

    def get(self, request, *args, **kwargs):
        form = LookupForm(request.GET)
        people = Person.objects.published().for_directory()
        if form.is_valid() and form.cleaned_data["q"]:
            people = Lookup(form.cleaned_data["q"]).people(people)
        return people_csv_response(people)
