"""Limits on what a reader may upload with an enquiry: one PDF of at most 5 MB."""

import logging

from django.core.exceptions import ValidationError
from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader

MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024
# The whole request: the attachment plus generously the text fields. Larger requests are
# refused before they are read; between the two limits the file is dropped while it is
# being received and the rest of the form is kept.
MAX_REQUEST_BYTES = 4 * MAX_ATTACHMENT_BYTES
PDF_MAGIC = b"%PDF-"

logger = logging.getLogger(__name__)


class AttachmentSizeLimit(FileUploadHandler):
    """Stop receiving a file as soon as it exceeds the limit; remember that it did."""

    def __init__(self, request=None):
        super().__init__(request)
        self.received = 0
        self.too_large = set()

    def new_file(self, field_name, *args, **kwargs):
        super().new_file(field_name, *args, **kwargs)
        self.received = 0

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > MAX_ATTACHMENT_BYTES:
            self.too_large.add(self.field_name)
            raise SkipFile()
        return raw_data

    def file_complete(self, file_size):
        return None


def attachment_too_large_error():
    return ValidationError(
        _("The file is larger than %(limit)s MB. Please send a smaller PDF."),
        code="too_large",
        params={"limit": MAX_ATTACHMENT_BYTES // 2**20},
    )


def validate_pdf(file):
    """A PDF by its content: the PDF header, and a document pypdf can open with pages."""
    if file.size > MAX_ATTACHMENT_BYTES:
        raise attachment_too_large_error()
    not_a_pdf = ValidationError(
        _("The file is not a PDF document. Please attach a PDF, or leave the field empty."),
        code="not_pdf",
    )
    file.seek(0)
    if file.read(len(PDF_MAGIC)) != PDF_MAGIC:
        raise not_a_pdf
    file.seek(0)
    try:
        PdfReader(file, strict=False).pages[0]  # noqa: B018 (the parse is the check)
    except Exception:
        logger.info("An uploaded file with a PDF header could not be read as a PDF.")
        raise not_a_pdf from None
    finally:
        file.seek(0)
