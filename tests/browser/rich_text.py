"""The admin's rich text editor (django-prose-editor) as a browser test drives it."""


def rich_text_editor(page, field):
    """The editable area that stands in for the text area #id_<field>."""
    return page.locator(f".prose-editor:has(#id_{field}) [contenteditable='true']")


def menu_button(page, field, name):
    """A button of the editor's menu bar by its name: bulletList, link, heading2, …"""
    return page.locator(f".prose-editor:has(#id_{field}) .prose-menubar [data-name='{name}']")


def replace_rich_text(page, field, text):
    """Replace the editor's text with `text`, typed as one paragraph."""
    editor = rich_text_editor(page, field)
    editor.click()
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.press("Delete")
    page.keyboard.type(text)


def fill_text(page, field, text):
    """Fill the text area #id_<field>, or the rich text editor that stands in for it."""
    if page.locator(f"#id_{field}[data-django-prose-editor-configurable]").count():
        replace_rich_text(page, field, text)
    else:
        page.locator(f"#id_{field}").fill(text)
