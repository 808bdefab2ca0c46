from django.views.generic import DetailView, ListView, TemplateView

from ina_portal.news.models import linked_news_prefetch
from ina_portal.preview import PreviewMixin

from .forms import PillarFilterForm
from .groups import goals_with_counts, pillar_matrix, served_by
from .models import Goal, Pillar, SdgActivity


class GoalListView(ListView):
    def get_queryset(self):
        return goals_with_counts()


class GoalDetailView(DetailView):
    slug_field = slug_url_kwarg = "number"
    queryset = Goal.objects.prefetch_related("local_targets", linked_news_prefetch())

    def get_context_data(self, **kwargs):
        form = PillarFilterForm(self.request.GET or None)
        return super().get_context_data(
            form=form, groups=served_by(self.object, form.selected_pillar()), **kwargs
        )


class PillarMatrixView(TemplateView):
    template_name = "sdg/pillar_matrix.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(pillars=Pillar.choices, rows=pillar_matrix(), **kwargs)


class SdgActivityDetailView(PreviewMixin, DetailView):
    model = SdgActivity

    def get_queryset(self):
        return self.visible(SdgActivity.objects.for_detail())
