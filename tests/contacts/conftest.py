import pytest
from django.contrib.auth.models import Group, User
from django.test import Client

from tests.factories import (
    CityFactory,
    EventFactory,
    NetworkFactory,
    PersonFactory,
    ProjectPartnershipFactory,
    TopicFactory,
    TwinCityFactory,
)

# What only signed-in city staff may see of a person made by PersonFactory. The numbers are
# searched with their prefixes: a bare "4711" also turns up in random hex file names.
INTERNAL_TEXTS = ["0000-4711", "0000 0815", "Geheimzimmer", "Klingonisch", "Esperanto"]
INTERNAL_LABELS = {
    "de": ["Durchwahl", "Mobil", "Raum", "Vertretung", "Sprachkenntnisse"],
    "en": ["Direct line", "Mobile", "Room", "Deputy", "Languages spoken"],
}


@pytest.fixture
def city_staff(db):
    """A colleague in another department: signed in through the admin login, City staff."""
    user = User.objects.create_user("ina.kollegin", password="secret-password", is_staff=True)
    user.groups.add(Group.objects.get(name="City staff"))
    return user


@pytest.fixture
def staff_client(city_staff):
    client = Client()
    client.force_login(city_staff)
    return client


@pytest.fixture
def kumasi(db):
    """Kumasi (Ghana), its climate partnership and the two people answering for it."""
    kumasi = CityFactory(name_de="Kumasi", name_en="Kumasi", slug="kumasi", country="GH")
    partnership = ProjectPartnershipFactory(
        title_de="Klimapartnerschaft mit Kumasi",
        title_en="Climate partnership with Kumasi",
        slug="climate-partnership-kumasi",
        partner_cities=[kumasi],
    )
    return {
        "city": kumasi,
        "partnership": partnership,
        "partnership_contact": PersonFactory(
            first_name="Felicia", last_name="Schenkelberg", project_partnerships=[partnership]
        ),
        "country_contact": PersonFactory(first_name="Sara", last_name="Stjepic", countries=["GH"]),
        "unrelated": PersonFactory(first_name="Alessa", last_name="Heuser", countries=["FR"]),
    }


@pytest.fixture
def records_with_contacts(db):
    """One twin city, partnership, network and event, each with its own contact."""
    twin_city = TwinCityFactory(city__slug="leeds", city__name_en="Leeds", city__country="GB")
    partnership = ProjectPartnershipFactory(slug="innovation-pittsburgh")
    network = NetworkFactory(slug="eurocities")
    event = EventFactory(slug="fair-friends")
    deputy = PersonFactory(first_name="Vera", last_name="Vertreterin")
    return {
        "twin_city": (
            twin_city,
            PersonFactory(last_name="Twin", twin_cities=[twin_city], deputy=deputy),
        ),
        "partnership": (
            partnership,
            PersonFactory(last_name="Partner", project_partnerships=[partnership], deputy=deputy),
        ),
        "network": (network, PersonFactory(last_name="Network", networks=[network], deputy=deputy)),
        "event": (event, PersonFactory(last_name="Event", events=[event], deputy=deputy)),
        "topic": TopicFactory(slug="climate", name_de="Klimaschutz", name_en="Climate protection"),
    }
