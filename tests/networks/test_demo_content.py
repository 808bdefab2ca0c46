import pytest
from django.core.management import call_command

from networks.models import Network, NetworkLevel
from sdg.groups import pillar_matrix
from sdg.models import SdgActivity

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    call_command("load_demo_content", verbosity=0)


def test_demo_content_has_the_networks_named_in_the_office_texts(demo):
    networks = {network.name_en: network for network in Network.objects.published()}

    assert set(networks) == {
        "Eurocities",
        "Council of European Municipalities and Regions",
        "Mayors for Peace",
        "European Cities for Fair and Ethical Trade",
        "Fairtrade Towns",
        "Global Sustainable Municipality NRW",
    }  # the sources name the Pact of Free Cities as an example, not as a membership
    assert networks["Mayors for Peace"].level == NetworkLevel.GLOBAL
    assert "8,000" in networks["Mayors for Peace"].description_en
    assert "8.000" in networks["Mayors for Peace"].description_de
    assert networks["Global Sustainable Municipality NRW"].level == NetworkLevel.REGIONAL
    assert "30" in networks["Global Sustainable Municipality NRW"].teaser_de
    assert networks["Council of European Municipalities and Regions"].acronym_de == "RGRE"


def test_demo_networks_leave_unknown_years_empty_and_keep_internal_fields_blank(demo):
    for network in Network.objects.all():
        assert network.member_since is None
        assert network.annual_fee is None
        assert network.representatives == ""


def test_demo_content_has_the_sdg_activities_with_goals(demo):
    activities = {
        activity.slug: {goal.number for goal in activity.goals.all()}
        for activity in SdgActivity.objects.published()
    }

    assert activities == {
        "fairtrade-town-dortmund": {8, 12},
        "fair-friends": {4, 12},
        "climate-partnerships": {13, 17},
        "gnk-nrw-sustainability-strategy": {11, 17},
    }


def test_demo_matrix_shows_activity_and_gaps(demo):
    cells = {row.goal.number: dict(row.cells) for row in pillar_matrix()}

    assert cells[13]["ecology"] >= 1
    assert cells[1] == {"economy": 0, "ecology": 0, "social": 0, "civil_society": 0}
