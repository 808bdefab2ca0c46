import pytest
from django.urls import reverse

from ina_portal.base.models import PublicationStatus
from sdg.models import Goal, SdgActivity
from tests.factories import LocalTargetFactory, ProjectPartnershipFactory, TwinCityFactory

pytestmark = pytest.mark.django_db


def test_goals_cannot_be_added_or_deleted_in_the_admin(admin_client):
    goal = Goal.objects.get(number=13)

    assert admin_client.get(reverse("admin:sdg_goal_changelist")).status_code == 200
    assert admin_client.get(reverse("admin:sdg_goal_add")).status_code == 403
    assert admin_client.get(reverse("admin:sdg_goal_delete", args=[goal.pk])).status_code == 403


def test_editor_adds_a_local_target_under_a_goal(admin_client, client):
    goal = Goal.objects.get(number=13)

    response = admin_client.post(
        reverse("admin:sdg_goal_change", args=[goal.pk]),
        {
            "local_targets-TOTAL_FORMS": "1",
            "local_targets-INITIAL_FORMS": "0",
            "local_targets-MIN_NUM_FORMS": "0",
            "local_targets-MAX_NUM_FORMS": "1000",
            "local_targets-0-code": "13.2.1",
            "local_targets-0-title_de": "Klimaneutrale Stadtverwaltung",
            "local_targets-0-title_en": "Climate-neutral city administration",
        },
    )

    assert response.status_code == 302
    assert goal.local_targets.get().code == "13.2.1"
    assert Goal.objects.get(number=13).title_en == "Climate Action"
    assert (
        "Climate-neutral city administration"
        in client.get("/en/sustainable-development-goals/13/").text
    )


def test_local_target_under_the_wrong_goal_is_refused(admin_client):
    goal = Goal.objects.get(number=13)

    response = admin_client.post(
        reverse("admin:sdg_localtarget_add"),
        {"goal": goal.pk, "code": "12.1.1", "title_de": "Falsch", "title_en": ""},
    )

    assert response.status_code == 200
    assert "code" in response.context["adminform"].form.errors


def test_editor_adds_an_activity_with_goals_and_pillar(admin_client, client):
    goals = Goal.objects.filter(number__in=[12, 4])

    response = admin_client.post(
        reverse("admin:sdg_sdgactivity_add"),
        {
            "title_de": "Messe FAIR FRIENDS",
            "title_en": "FAIR FRIENDS fair",
            "slug": "fair-friends",
            "status": "ongoing",
            "lead_unit_de": "",
            "lead_unit_en": "",
            "start_year": "",
            "end_year": "",
            "goals": [goal.pk for goal in goals],
            "pillar": "civil_society",
            "teaser_de": "Deutschlands größte Nachhaltigkeitsmesse.",
            "teaser_en": "Germany's largest sustainability fair.",
            "description_de": "Mehr als 200 Ausstellende.",
            "description_en": "More than 200 exhibitors.",
            "link": "",
            "publication_status": PublicationStatus.PUBLISHED,
            "publish_at_0": "2024-01-01",
            "publish_at_1": "09:00:00",
        },
    )

    assert response.status_code == 302, response.context["adminform"].form.errors
    activity = SdgActivity.objects.get(slug="fair-friends")
    assert sorted(goal.number for goal in activity.goals.all()) == [4, 12]
    assert "FAIR FRIENDS fair" in client.get("/en/sustainable-development-goals/12/").text


def test_end_year_before_start_year_is_refused(admin_client):
    response = admin_client.post(
        reverse("admin:sdg_sdgactivity_add"),
        {
            "title_de": "Rückwärts",
            "slug": "rueckwaerts",
            "status": "ongoing",
            "start_year": "2020",
            "end_year": "2019",
            "goals": [Goal.objects.get(number=1).pk],
            "teaser_de": "Anreißer",
            "description_de": "Text",
            "publication_status": PublicationStatus.DRAFT,
            "publish_at_0": "2024-01-01",
            "publish_at_1": "09:00:00",
        },
    )

    assert response.status_code == 200
    assert not SdgActivity.objects.exists()


def test_sdg_admin_pages_open(admin_client):
    LocalTargetFactory()
    for name in ("sdg_goal", "sdg_localtarget", "sdg_sdgactivity"):
        assert admin_client.get(reverse(f"admin:{name}_changelist")).status_code == 200
    for name in ("sdg_localtarget", "sdg_sdgactivity"):
        assert admin_client.get(reverse(f"admin:{name}_add")).status_code == 200
    goal = Goal.objects.get(number=13)
    html = admin_client.get(reverse("admin:sdg_goal_change", args=[goal.pk])).text
    assert "#3F7E44" in html
    assert 'name="title_de"' not in html  # the official titles are read-only
    assert 'name="local_targets-__prefix__-code"' in html


@pytest.mark.parametrize(
    "record",
    [
        ("partnerships_twincity", TwinCityFactory),
        ("partnerships_projectpartnership", ProjectPartnershipFactory),
    ],
)
def test_partnerships_are_tagged_with_goals_and_a_pillar_in_the_admin(admin_client, record):
    name, factory = record
    obj = factory()

    html = admin_client.get(reverse(f"admin:{name}_change", args=[obj.pk])).text

    assert '<select name="goals"' in html
    assert "selectfilter" in html.lower()
    assert '<select name="pillar"' in html
    changelist = reverse(f"admin:{name}_changelist")
    assert admin_client.get(changelist, {"pillar__exact": "ecology"}).status_code == 200
