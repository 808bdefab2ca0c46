"""The OpenAPI description validates, and a schema-driven fuzzer finds no fault in the API:
no server error, no response or status code the description does not name, and no valid
request refused."""

import pytest
import schemathesis
import yaml
from django.core.management import call_command
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections, transaction
from hypothesis import HealthCheck, given, settings
from openapi_spec_validator import validate
from schemathesis.checks import (
    not_a_server_error,
    positive_data_acceptance,
    response_schema_conformance,
    status_code_conformance,
)

pytestmark = pytest.mark.django_db


def test_openapi_description_is_valid_and_names_the_licence(client):
    response = client.get("/api/schema/")

    assert response.status_code == 200
    description = yaml.safe_load(response.content)
    validate(description)
    assert description["info"]["license"]["name"] == (
        "Datenlizenz Deutschland – Namensnennung – 2.0"
    )
    assert "/api/v1/twin-cities/" in description["paths"]
    assert "/api/v1/events/" in description["paths"]


def test_drf_spectacular_generates_the_description_without_warnings(tmp_path):
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", tmp_path / "api.yaml")


@pytest.fixture(scope="module")
def demo_content(django_db_setup, django_db_blocker):
    """The demo content for the fuzzer's requests, rolled back after this module."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", verbosity=0)
        yield
        transaction.set_rollback(True)


@pytest.fixture
def api_schema(demo_content, db):
    # Like Django's test client: a request must not close the test's database connection
    # (on PostgreSQL that would end the transaction the test runs in).
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    # A WSGI handler made now, under the test settings (no HTTPS redirect).
    yield schemathesis.openapi.from_wsgi("/api/schema/?format=json", get_wsgi_application())
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def test_fuzzed_api_requests_never_fail_are_accepted_and_match_the_description(api_schema):
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 20

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=25,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def fuzz(case):
            # The in-process WSGI client does not unpack gzip: ask for none.
            case.call_and_validate(
                headers={"Accept-Encoding": "identity"},
                checks=[
                    not_a_server_error,
                    response_schema_conformance,
                    status_code_conformance,
                    positive_data_acceptance,
                ],
            )

        fuzz()
