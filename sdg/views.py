from django.db.models import Prefetch
from django.http import Http404
from django.utils.functional import cached_property
from django.views.generic import DetailView, ListView, TemplateView
from django_filters.views import FilterView

from ina_portal.base import content
from ina_portal.base.pagination import PageOfListMixin
from ina_portal.base.preview import PreviewMixin

from .filters import SdgActivityFilter
from .forms import BreakdownForm, PillarFilterForm
from .groups import goals_with_counts, pillar_matrix, served_by
from .models import Goal, Indicator, LocalTarget, Pillar, SdgActivity
from .report import city_report


def targets_prefetch():
    return Prefetch("local_targets", queryset=LocalTarget.objects.with_progress())


def other_indicators_prefetch():
    """The goal's published indicators that measure no local target."""
    return Prefetch(
        "indicators",
        queryset=Indicator.objects.published().filter(local_target=None).with_totals(),
        to_attr="other_indicators",
    )


class GoalListView(ListView):
    def get_queryset(self):
        return goals_with_counts().prefetch_related(targets_prefetch())


class GoalDetailView(DetailView):
    cache_query_params = ["pillar"]  # ina_portal.base.cache: the page's filter form reads it
    slug_field = slug_url_kwarg = "number"

    @cached_property
    def form(self):
        return PillarFilterForm(self.request.GET or None)

    def get_queryset(self):
        return goals_with_counts(self.form.selected_pillar()).prefetch_related(
            targets_prefetch(), other_indicators_prefetch(), *content.attached(Goal)
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            form=self.form, groups=served_by(self.object, self.form.selected_pillar()), **kwargs
        )


class PillarMatrixView(TemplateView):
    template_name = "sdg/pillar_matrix.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            pillars=Pillar.choices,
            rows=pillar_matrix(LocalTarget.objects.with_progress()),
            **kwargs,
        )


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


class IndicatorListView(ListView):
    template_name = "sdg/indicator_list.html"

    def get_queryset(self):
        return Indicator.objects.published().for_list()


class IndicatorDetailView(PreviewMixin, DetailView):
    """One indicator: its chart and table, a breakdown chosen by a plain form."""

    model = Indicator
    cache_query_params = ["breakdown"]

    def get_queryset(self):
        return self.visible(Indicator.objects.for_detail())

    def get_context_data(self, **kwargs):
        breakdowns = sorted({item.breakdown for item in self.object.all_observations} - {""})
        form = BreakdownForm(self.request.GET or None, breakdowns=breakdowns)
        series = form.series(self.object)
        rows = [item for _label, items in series for item in items]
        return super().get_context_data(form=form, series=series, rows=rows, **kwargs)


class ReportView(TemplateView):
    """The print-ready report for the city, or for one goal (`number`)."""

    template_name = "sdg/report.html"

    def get_context_data(self, **kwargs):
        number = self.kwargs.get("number")
        if number is not None and not 1 <= number <= 17:
            raise Http404
        return super().get_context_data(report=city_report(number), **kwargs)
