"""Files a sender might attach: a real PDF, and things that only pretend to be one."""

from io import BytesIO

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from pypdf import PdfWriter


def pdf_bytes(pages=1):
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    buffer = BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def png_bytes():
    buffer = BytesIO()
    Image.new("RGB", (20, 20), "steelblue").save(buffer, format="PNG")
    return buffer.getvalue()


def upload(content, name="programme.pdf", content_type="application/pdf"):
    return SimpleUploadedFile(name, content, content_type=content_type)
