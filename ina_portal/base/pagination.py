"""Lists that say so when asked for a page they do not have."""

from django.http import Http404


class PageOfListMixin:
    """A page number that is no page of the list (`?page=99`, `?page=abc`) answers 404
    with a message saying so and a link to the list's first page, filters kept."""

    def paginate_queryset(self, queryset, page_size):
        try:
            return super().paginate_queryset(queryset, page_size)
        except Http404:
            query = self.request.GET.copy()
            query.pop(self.page_kwarg, None)
            first_page = self.request.path
            if query:
                first_page += f"?{query.urlencode()}"
            # Read by templates/404.html.
            self.request.first_page_of_list = first_page
            raise
