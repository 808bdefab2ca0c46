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
