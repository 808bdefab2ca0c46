import pytest

from tests.enquiries.documents import pdf_bytes


@pytest.fixture
def pdf():
    return pdf_bytes()
