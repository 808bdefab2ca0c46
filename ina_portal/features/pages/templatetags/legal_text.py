"""The plain-text markup of the legal pages: blank lines part paragraphs, "## " makes a heading."""

import re

from django import template

register = template.Library()

HEADING = "## "


@register.filter
def text_blocks(text):
    """[("heading" or "paragraph", text), …] of a legal page's body."""
    blocks = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip()):
        block = block.strip()
        if block.startswith(HEADING) and "\n" not in block:
            blocks.append(("heading", block.removeprefix(HEADING).strip()))
        elif block:
            blocks.append(("paragraph", block))
    return blocks
