import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("networks", "0001_initial"), ("contacts", None)]


def migrate(targets):
    """Migrate to the targets (every app's latest when None); the models as they were then."""
    executor = MigrationExecutor(connection)
    targets = targets or executor.loader.graph.leaf_nodes()
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state([t for t in targets if t[1]]).apps


@pytest.fixture
def latest_schema_after():
    """Whatever the test does, the database ends on the latest migrations."""
    yield
    migrate(None)


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("latest_schema_after")
def test_the_networks_contact_texts_become_people_of_the_directory():
    old = migrate(BEFORE)
    Network = old.get_model("networks", "Network")
    common = {"level": "european", "teaser": "t", "description": "d", "teaser_de": "t"}
    for slug, de, en in [
        (
            "eurocities",
            "Fabian Zeuch, Koordinator Globale Städte-Diplomatie",
            "Fabian Zeuch, Coordinator for Global Urban Diplomacy",
        ),
        (
            "cemr",
            "Fabian Zeuch, Koordinator Globale Städte-Diplomatie",
            "Fabian Zeuch, Coordinator for Global Urban Diplomacy",
        ),
        ("gnk-nrw", "Helga Jänsch, Agenda 2030", ""),
        ("fairtrade", "", ""),
    ]:
        Network.objects.create(
            slug=slug, name=slug, name_de=slug, office_contact_de=de, office_contact_en=en, **common
        )

    new = migrate(None)

    Person = new.get_model("contacts", "Person")
    people = {
        f"{p.first_name} {p.last_name}": (p.function_de, p.function_en, p.publication_status)
        for p in Person.objects.all()
    }
    assert people == {
        "Fabian Zeuch": (
            "Koordinator Globale Städte-Diplomatie",
            "Coordinator for Global Urban Diplomacy",
            "published",
        ),
        "Helga Jänsch": ("Agenda 2030", "", "published"),
    }
    zeuch = Person.objects.get(last_name="Zeuch")
    assert sorted(zeuch.networks.values_list("slug", flat=True)) == ["cemr", "eurocities"]
    assert zeuch.unit.is_office
    assert zeuch.slug == "fabian-zeuch"
