import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_user(
        "redaktion", "redaktion@example.org", "Redaktion-2026", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def publisher(db):
    """The editor of a one-person office: in Editors and in Publishers."""
    user = get_user_model().objects.create_user(
        "leitung", "leitung@example.org", "Leitung-2026", is_staff=True
    )
    user.groups.add(*Group.objects.filter(name__in=["Editors", "Publishers"]))
    return user


@pytest.fixture
def publisher_client(client, publisher):
    client.force_login(publisher)
    return client
