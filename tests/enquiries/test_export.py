"""The CSV export of enquiries: useful columns, no secrets, a fixed number of queries."""

import pytest

from ina_portal.features.enquiries.models import Enquiry
from sdg.models import Goal
from tests.admin.test_csv import export, rows
from tests.enquiries.documents import upload
from tests.enquiries.test_submission import form_data
from tests.factories import EnquiryFactory, PersonFactory, TopicFactory

pytestmark = pytest.mark.django_db


def test_export_has_the_enquiry_but_neither_its_tokens_nor_the_path_of_its_file(
    admin_client, client, pdf
):
    climate = TopicFactory(name_de="Klima", name_en="Climate")
    client.post(
        "/en/enquiry/",
        form_data(
            attachment=upload(pdf, "Programme Rouen.pdf"),
            topics=[climate.pk],
            goals=[Goal.objects.get(number=13).pk],
        ),
    )
    enquiry = Enquiry.objects.get()
    enquiry.assigned_to = PersonFactory(first_name="Radu", last_name="Ionescu")
    enquiry.save()

    response = export(admin_client, "enquiries", "enquiry")

    text = response.content.decode("utf-8")
    for secret in (
        enquiry.access_token,
        str(enquiry.submission_token),
        enquiry.attachment.name,
        enquiry.attachment.name.rsplit("/", 1)[-1],
    ):
        assert secret not in text
    [row] = rows(response)
    assert "access_token" not in row
    assert "submission_token" not in row
    assert row["reference"] == enquiry.reference
    assert row["organisation"] == "Mairie de Rouen"
    assert row["email"] == "camille.martin@example.fr"
    assert row["topics"] == "Klima"
    assert row["goals"].startswith("13. ")
    assert row["attachment"] == "1"
    assert row["assigned_to"] == "Radu Ionescu"


def test_export_takes_as_many_queries_for_many_enquiries_as_for_few(
    admin_client, django_assert_max_num_queries
):
    def with_topics_and_goals(count):
        goals = list(Goal.objects.order_by("number")[:2])
        for _ in range(count):
            enquiry = EnquiryFactory(topics=[TopicFactory(), TopicFactory()])
            enquiry.goals.set(goals)

    with_topics_and_goals(2)
    with django_assert_max_num_queries(30) as few:
        assert len(rows(export(admin_client, "enquiries", "enquiry"))) == 2

    with_topics_and_goals(10)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(rows(export(admin_client, "enquiries", "enquiry"))) == 12
