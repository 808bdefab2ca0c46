from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

from partnerships.models import ProjectPartnership, TwinCity

from .news.models import NewsItem


class HomeView(TemplateView):
    template_name = "home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            latest_news=NewsItem.objects.published().for_list()[:3],
            twin_cities=TwinCity.objects.published().for_list(),
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
