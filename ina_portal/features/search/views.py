from django.utils.decorators import method_decorator
from django.views.decorators.cache import cache_control
from django.views.generic import TemplateView

from ina_portal.base.content import searchable

from .backends import query_words
from .forms import SearchForm
from .results import search_results


# Private: the page cache and shared caches keep no copy, as every query would be one.
@method_decorator(cache_control(private=True), name="dispatch")
class SearchView(TemplateView):
    """The results of the search box in the header, grouped by type of content."""

    template_name = "search/results.html"

    def get_context_data(self, **kwargs):
        form = SearchForm(self.request.GET)
        query = form.valid("q")
        kind = next((kind for kind in searchable() if kind.key == form.valid("type")), None)
        results = None
        if query_words(query):
            results = search_results(query=query, kind=kind, page=self.request.GET.get("page"))
        return super().get_context_data(
            form=form,
            query=query,
            # What the reader typed, shown again in the box even when it was refused.
            typed=self.request.GET.get("q", "").replace("\x00", ""),
            results=results,
            **kwargs,
        )
