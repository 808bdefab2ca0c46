from django.db.models import Prefetch
from django.http import Http404
from django.utils.functional import cached_property
from django.views.generic import DetailView, ListView, TemplateView
from django_filters.views import FilterView

from ina_portal.base import content
from ina_portal.base.pagination import PageOfListMixin
from ina_portal.base.preview import PreviewMixin

from .filters import IndicatorFilter, SdgActivityFilter
from .forms import BreakdownForm, PillarFilterForm
from .groups import (
    GOAL_PAGE_INDICATORS,
    GOAL_PAGE_TARGETS,
    goal_group,
    goals_with_counts,
    pillar_matrix,
    served_by,
)
from .models import Goal, Indicator, LocalTarget, Pillar, SdgActivity
from .report import city_report


def targets_prefetch():
    return Prefetch("local_targets", queryset=LocalTarget.objects.with_progress())


def first_targets_prefetch(limit):
    """The goal's first LIMIT local targets, with their status, as `first_targets`."""
    return Prefetch(
        "local_targets",
        queryset=LocalTarget.objects.with_progress()[:limit],
        to_attr="first_targets",
    )


def other_indicators_prefetch(limit):
    """The goal's first LIMIT published indicators that measure no local target."""
    return Prefetch(
        "indicators",
        queryset=Indicator.objects.published().filter(local_target=None).with_totals()[:limit],
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
        return (
            goals_with_counts(self.form.selected_pillar())
            .with_figure_counts()
            .prefetch_related(
                first_targets_prefetch(GOAL_PAGE_TARGETS),
                other_indicators_prefetch(GOAL_PAGE_INDICATORS),
                *content.attached(Goal),
            )
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            form=self.form, groups=served_by(self.object, self.form.selected_pillar()), **kwargs
        )


class GoalOfUrlMixin:
    """The goal of the URL's `number`, as `goal`; 404 for none of the 17."""

    @cached_property
    def goal(self):
        goal = Goal.objects.filter(number=self.kwargs["number"]).first()
        if goal is None:
            raise Http404
        return goal

    def get_context_data(self, **kwargs):
        return super().get_context_data(goal=self.goal, **kwargs)


class GoalTargetsView(GoalOfUrlMixin, PageOfListMixin, ListView):
    """All the local targets of a goal, with their status and charts, a page at a time."""

    template_name = "sdg/goal_targets.html"
    paginate_by = 5

    def get_queryset(self):
        return LocalTarget.objects.with_progress().filter(goal=self.goal)


class GoalGroupView(GoalOfUrlMixin, PageOfListMixin, ListView):
    """All the published records of one kind that serve a goal (and a pillar, if asked),
    for the kinds without a public list that takes a goal (twin cities)."""

    template_name = "sdg/goal_group.html"
    paginate_by = 12

    @cached_property
    def group(self):
        group = goal_group(self.kwargs["kind"])
        if group is None:
            raise Http404
        return group

    @cached_property
    def pillar(self):
        pillar = self.request.GET.get("pillar", "")
        return pillar if pillar in Pillar.values else ""

    def get_queryset(self):
        return self.group.items(self.goal, self.pillar)

    def get_context_data(self, **kwargs):
        pillar_label = Pillar(self.pillar).label if self.pillar else ""
        return super().get_context_data(group=self.group, pillar_label=pillar_label, **kwargs)


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


class IndicatorListView(PageOfListMixin, FilterView):
    filterset_class = IndicatorFilter
    template_name = "sdg/indicator_list.html"
    paginate_by = 50
    strict = False

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
        return super().get_context_data(
            report=city_report(number), single=number is not None, **kwargs
        )
