"""A query's results, grouped by type: the best few of each, or one type page by page.

The number of queries does not depend on the number of hits: the overview asks one
query per type (its count comes along as a window function), a type's page asks one for
the counts of every type and one for the page.
"""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Count, Value, Window

from ina_portal.base.content import searchable as searchable_kinds

from .backends import Snippet, search_for

OVERVIEW_HITS = 3
PER_PAGE = 10


@dataclass(frozen=True)
class Hit:
    kind: object  # ina_portal.base.content.Search
    title: str
    url: str
    title_language: str | None
    snippet: Snippet


@dataclass
class Group:
    """The hits of one type, and how many there are in all."""

    kind: object  # ina_portal.base.content.Search
    count: int
    hits: list = field(default_factory=list)

    @property
    def has_more(self):
        return self.count > len(self.hits)


@dataclass
class SearchResults:
    query: str
    # Every type, in the registry's order, with its count; hits only where they are shown.
    groups: list
    kind: object = None  # the one type shown, or None for all
    page: object = None  # a Django Page when one type is shown

    @property
    def total(self):
        return sum(group.count for group in self.groups)

    @property
    def shown(self):
        """The groups whose hits the page lists."""
        return [
            group
            for group in self.groups
            if group.count and (self.kind is None or group.kind == self.kind)
        ]


def search_results(*, query, kind=None, page=None):
    """The results of `query` in the active language: of every type, or of `kind` only."""
    search = search_for(query)
    if kind is None:
        return SearchResults(query, [overview_group(search, kind) for kind in searchable_kinds()])
    counts = count_hits(search)
    groups = [Group(searchable, counts.get(searchable.key, 0)) for searchable in searchable_kinds()]
    group = next(group for group in groups if group.kind == kind)
    shown = Paginator(range(group.count), PER_PAGE).get_page(page)
    if group.count:
        records = search.ranked(kind)[shown.start_index() - 1 : shown.end_index()]
        group.hits = [hit(search, kind, record) for record in records]
    return SearchResults(query, groups, kind=kind, page=shown)


def overview_group(search, searchable):
    records = list(
        search.ranked(searchable).annotate(search_total=Window(Count("pk")))[:OVERVIEW_HITS]
    )
    count = records[0].search_total if records else 0
    return Group(searchable, count, [hit(search, searchable, record) for record in records])


def count_hits(search):
    """{type key: number of hits} in one query."""
    counts = [
        search.matching(searchable)
        .order_by()
        .annotate(search_kind=Value(searchable.key))
        .values("search_kind")
        .annotate(hits=Count("pk"))
        for searchable in searchable_kinds()
    ]
    first, *others = counts
    # order_by() again: the union would otherwise take up the first model's default order.
    return {row["search_kind"]: row["hits"] for row in first.union(*others, all=True).order_by()}


def hit(search, searchable, record):
    return Hit(
        kind=searchable,
        title=str(record),
        url=record.get_absolute_url(),
        title_language=searchable.language(record, searchable.title[0]),
        snippet=search.snippet(searchable, record),
    )
