import pkgutil

import pytest
from django.core.files.storage import default_storage
from django.db import transaction

from bench import bulk
from events.models import Event, ProgrammeItem, Visit, VisitReport
from ina_portal.base.models import Image, PublicationStatus, Topic
from networks.models import Network
from partnerships.models import City, ProjectPartnership, TwinCity, TwinCityLink
from sdg.models import Goal, LocalTarget, SdgActivity

pytestmark = pytest.mark.django_db


def generate(**options):
    bulk.generate(**options)


def snapshot():
    return {
        "twin cities": list(TwinCity.objects.values_list("city__slug", "teaser_de", "story_en")),
        "partnerships": list(
            ProjectPartnership.objects.values_list("slug", "title_en", "publication_status")
        ),
        "partners": list(
            ProjectPartnership.partner_cities.through.objects.values_list(
                "projectpartnership__slug", "city__slug"
            )
        ),
        "links": list(TwinCityLink.objects.values_list("label_de", "url")),
        "networks": list(Network.objects.values_list("slug", "level", "role")),
        "activities": list(SdgActivity.objects.values_list("slug", "goals__number")),
        "events": list(Event.objects.values_list("slug", "uid", "networks__slug")),
        "reports": list(VisitReport.objects.values_list("slug", "photos__alt_text_de")),
    }


def snapshot_of_a_run(**options):
    with transaction.atomic():
        generate(**options)
        result = snapshot()
        transaction.set_rollback(True)
    return result


def test_scale_one_is_the_size_of_the_demo_content():
    generate(scale=1)

    assert TwinCity.objects.count() == 9
    assert ProjectPartnership.objects.count() == 5
    assert City.objects.count() == 14
    assert Topic.objects.count() == 14
    assert Image.objects.count() == 21
    assert Network.objects.count() == 7
    assert SdgActivity.objects.count() == 4
    assert LocalTarget.objects.count() == 17
    assert Goal.objects.count() == 17  # reference data, never generated
    assert Event.objects.count() == 8
    assert Visit.objects.count() == 6


def test_scale_multiplies_every_kind_of_record():
    generate(scale=3)

    assert TwinCity.objects.count() == 27
    assert ProjectPartnership.objects.count() == 15
    assert Topic.objects.count() == 42
    assert Network.objects.count() == 21
    assert SdgActivity.objects.count() == 12
    assert LocalTarget.objects.filter(goal__number=13).count() == 3
    assert TwinCityLink.objects.exists()


def test_the_same_seed_gives_the_same_content_and_another_seed_other_content():
    first = snapshot_of_a_run(scale=2, seed=7)

    assert snapshot_of_a_run(scale=2, seed=7) == first
    assert snapshot_of_a_run(scale=2, seed=8) != first


def test_records_are_bilingual_related_and_mostly_published():
    generate(scale=20)

    partnerships = ProjectPartnership.objects.prefetch_related("partner_cities", "topics", "goals")
    assert all(p.partner_cities.all() and p.topics.all() and p.goals.all() for p in partnerships)
    assert all(a.goals.exists() for a in SdgActivity.objects.all())
    assert all(n.topics.exists() for n in Network.objects.all())
    assert Event.objects.upcoming().published().exists()
    assert Event.objects.past().published().exists()
    assert all(e.end >= e.start for e in Event.objects.all())
    assert ProgrammeItem.objects.count() >= 2 * Visit.objects.count()
    assert VisitReport.objects.published().exists()
    assert not VisitReport.objects.filter(consent_to_publish=False, publication_status="published")
    assert all(t.teaser_de and t.story_de and t.image_id for t in TwinCity.objects.all())
    assert TwinCity.objects.exclude(story_en="").count() > 100
    assert TwinCity.objects.filter(story_en="").exists()  # some are German only
    published = TwinCity.objects.published().count()
    drafts = TwinCity.objects.filter(publication_status=PublicationStatus.DRAFT).count()
    assert 0 < drafts < published
    assert ProjectPartnership.objects.published().count() > 60


def test_every_image_has_a_file_and_renditions_of_its_own():
    generate(scale=2)

    images = list(Image.objects.all())
    files = [image.file.name for image in images]
    renditions = [name for image in images for name in image.renditions.values()]
    assert len(set(files)) == len(files) == 42
    assert len(set(renditions)) == len(renditions) == 42
    assert all(default_storage.exists(name) for name in files + renditions)
    assert all(image.width and image.height for image in images)
    # Copies of a few different pictures.
    assert 1 < len({default_storage.size(name) for name in files}) <= 6


def test_it_adds_to_existing_content_without_slug_clashes():
    generate(scale=1)
    generate(scale=1)

    assert TwinCity.objects.count() == 18
    assert City.objects.values("slug").distinct().count() == 28
    assert LocalTarget.objects.count() == 34


def test_local_targets_sort_by_their_numbers():
    generate(scale=10)

    codes = list(LocalTarget.objects.filter(goal__number=13).values_list("code", flat=True))
    assert codes[:3] == ["13.1", "13.2", "13.3"]
    assert codes[-1] == "13.10"


def test_the_public_pages_show_the_generated_content_at_once(client):
    client.get("/de/staedtepartnerschaften/")  # cached while still empty

    generate(scale=1)

    twin_city = TwinCity.objects.published().first()
    assert twin_city.city.name_de in client.get("/de/staedtepartnerschaften/").text
    assert client.get(twin_city.get_absolute_url()).status_code == 200
    for model in (ProjectPartnership, Network, SdgActivity, Event, VisitReport):
        assert client.get(model.objects.published().first().get_absolute_url()).status_code == 200


def test_scale_must_be_positive():
    with pytest.raises(ValueError):
        generate(scale=0)


def test_the_steps_of_every_module_run_in_the_order_of_installed_apps():
    modules = list(dict.fromkeys(step.__module__ for step in bulk.steps()))

    assert modules == [
        "bench.bulk.base",
        "bench.bulk.partnerships",
        "bench.bulk.networks",
        "bench.bulk.sdg",
        "bench.bulk.events",
        "bench.bulk.exchanges",
        "bench.bulk.news",
        "bench.bulk.contacts",
    ]
    assert {module.name for module in pkgutil.iter_modules(bulk.__path__)} == {
        name.removeprefix("bench.bulk.") for name in modules
    }
