from django.utils.functional import cached_property
from django.views.generic import DetailView, ListView, TemplateView
from django_filters.views import FilterView

from ina_portal.base import content
from ina_portal.base.pagination import PageOfListMixin
from ina_portal.base.preview import PreviewMixin

from .filters import SdgActivityFilter
from .forms import PillarFilterForm
from .groups import goals_with_counts, pillar_matrix, served_by
from .models import Goal, Pillar, SdgActivity


class GoalListView(ListView):
    def get_queryset(self):
        return goals_with_counts()


class GoalDetailView(DetailView):
    cache_query_params = ["pillar"]  # ina_portal.base.cache: the page's filter form reads it
    slug_field = slug_url_kwarg = "number"

    @cached_property
    def form(self):
        return PillarFilterForm(self.request.GET or None)

    def get_queryset(self):
        return goals_with_counts(self.form.selected_pillar()).prefetch_related(
            "local_targets", *content.attached(Goal)
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            form=self.form, groups=served_by(self.object, self.form.selected_pillar()), **kwargs
        )


class PillarMatrixView(TemplateView):
    template_name = "sdg/pillar_matrix.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(pillars=Pillar.choices, rows=pillar_matrix(), **kwargs)


class SdgActivityListView(PageOfListMixin, FilterView):
    filterset_class = SdgActivityFilter
    template_name_suffix = "_list"
    paginate_by = 12
    # An invalid filter value shows its error message beside the unfiltered list.
    strict = False

    def get_queryset(self):
        return SdgActivity.objects.published().for_list()


class SdgActivityDetailView(PreviewMixin, DetailView):
    model = SdgActivity

    def get_queryset(self):
        return self.visible(SdgActivity.objects.for_detail())
