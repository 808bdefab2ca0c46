"""Every content kind an app declares in its content.py reaches every shared part of the
portal that should know it, and those parts know no kind the declarations do not name."""

import inspect

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from factory import Factory
from simple_history.models import registered_models

from ina_portal.base import content
from ina_portal.base.cache import content_generation
from ina_portal.base.models import translated_fields
from ina_portal.editorial.roles import roles_apply
from ina_portal.editorial.translation_status import translation_backlog
from ina_portal.features.overview.sitemaps import sitemaps
from ina_portal.features.pages.models import Feedback
from ina_portal.features.search.forms import type_choices
from ina_portal.features.search.results import search_results
from sdg.groups import goal_groups
from sdg.models import Goal
from tests import factories

pytestmark = pytest.mark.django_db

KINDS = content.kinds()


def ids(kind):
    return kind.key


def make(kind):
    """A public record of the kind, as the office would keep it."""
    if kind.model is Goal:
        return Goal.objects.get(number=13)
    factory = next(
        candidate
        for _name, candidate in inspect.getmembers(factories, inspect.isclass)
        if issubclass(candidate, Factory) and candidate._meta.model is kind.model
    )
    return factory()


def test_the_declarations_name_every_kind_of_public_record():
    assert {kind.key for kind in KINDS} >= {
        "partnerships.twincity",
        "partnerships.projectpartnership",
        "networks.network",
        "sdg.goal",
        "sdg.sdgactivity",
        "events.event",
        "events.visitreport",
        "news.newsitem",
        "contacts.person",
        "pages.legalpage",
        "ina_portal.image",
    }


@pytest.mark.parametrize("kind", [k for k in KINDS if k.search], ids=ids)
def test_a_searchable_kind_is_found_by_the_site_search(kind):
    record = make(kind)
    shown = kind.search.queryset().get(pk=record.pk)
    word = max(str(kind.search.value(shown, kind.search.title[0])).split(), key=len)

    results = search_results(query=word, kind=kind.search)

    assert kind.search.key in [key for key, _label in type_choices()]
    assert record.get_absolute_url() in [hit.url for group in results.groups for hit in group.hits]


@pytest.mark.parametrize("kind", [k for k in KINDS if k.sitemap], ids=ids)
def test_a_kind_with_pages_of_its_own_is_in_the_sitemap(client, kind):
    record = make(kind)

    sitemap = client.get(reverse("sitemap")).text

    assert f"http://testserver{record.get_absolute_url()}" in sitemap


@pytest.mark.parametrize("kind", [k for k in KINDS if k.history], ids=ids)
def test_a_kind_with_history_records_who_changed_it(kind):
    record = make(kind)

    assert record.history.count() >= 1


@pytest.mark.parametrize(
    "kind",
    [k for k in KINDS if k.history and k.is_publishable and translated_fields(k.model)],
    ids=ids,
)
def test_a_published_translated_kind_without_english_is_on_the_translations_dashboard(kind):
    record = make(kind)
    names = translated_fields(kind.model)
    kind.model.objects.filter(pk=record.pk).update(**{f"{name}_en": "" for name in names})

    backlog = {item.record.pk for _label, items in translation_backlog() for item in items}

    assert record.pk in backlog


@pytest.mark.parametrize("kind", KINDS, ids=ids)
def test_saving_a_record_of_any_kind_makes_the_cached_pages_stale(kind):
    record = make(kind)
    before = content_generation()

    record.save()

    assert content_generation() != before


@pytest.mark.parametrize("kind", KINDS, ids=ids)
def test_editors_may_change_every_kind(kind):
    roles_apply()
    editors = Group.objects.get(name="Editors")

    assert editors.permissions.filter(
        content_type__app_label=kind.model._meta.app_label,
        codename=f"change_{kind.model._meta.model_name}",
    ).exists()


def test_shared_parts_know_exactly_the_declared_kinds():
    """No second list: what each part covers is what the declarations say, no more."""
    roles_apply()
    history = {model for model in registered_models.values() if hasattr(model, "history")}
    sections = set(sitemaps()) - {"pages", "cities", "countries"}
    groups = {group.model for group in goal_groups()}

    assert history == {kind.model for kind in KINDS if kind.history}
    assert [key for key, _label in type_choices()][1:] == [k.search.key for k in KINDS if k.search]
    assert sections == {kind.key for kind in KINDS if kind.sitemap}
    assert groups == {kind.model for kind in KINDS if kind.goals}
    assert {
        permission.content_type.app_label
        for permission in Group.objects.get(name="Editors").permissions.all()
    } == {*content.app_labels(), "enquiries"}


def test_feedback_in_a_content_app_is_private_and_leaves_the_cache_alone():
    before = content_generation()

    Feedback.objects.create(message="The map is hard to read on a phone.")

    assert content_generation() == before


def test_every_kind_with_an_api_answers_its_list_and_the_api_root_lists_exactly_those(client):
    endpoints = [kind.api.endpoint for kind in KINDS if kind.api]

    for endpoint in endpoints:
        response = client.get(reverse(f"opendata:{endpoint}-list"))
        assert response.status_code == 200, endpoint
        assert response["Content-Type"] == "application/json", endpoint
        assert "results" in response.json(), endpoint
    root = client.get(reverse("opendata:api-root")).json()

    assert list(root["endpoints"]) == endpoints
