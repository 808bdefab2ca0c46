"""Rich text: what editors write in the admin's editor (headings h2–h4, paragraphs, lists,
links, bold and italic), sanitised with an allowlist whenever a record is saved, and its
conversions from the earlier plain-text paragraphs and back to plain text."""

import re
from html import unescape
from html.parser import HTMLParser

import nh3
from django import forms
from django.conf import settings
from django.contrib.admin.widgets import AdminTextareaWidget
from django.db import migrations, models
from django.db.models import Func, TextField, Value
from django.db.models.functions import Replace
from django.utils.html import escape, urlize
from django_prose_editor.config import allowlist_from_extensions
from django_prose_editor.fields import ProseEditorField
from django_prose_editor.widgets import AdminProseEditorWidget, ProseEditorWidget

# django-prose-editor's extensions; the same list sets the editor's buttons and, through
# nh3, what the sanitiser keeps. No `target` on links, so no window opener to protect.
INLINE = {
    "Bold": True,
    "Italic": True,
    "HardBreak": True,
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto", "tel"]},
    # Keep the browser's spell checker, which the editor turns off by default.
    "NoSpellCheck": False,
    # Tiptap's styles from a file, not an inline <style> (settings.DJANGO_PROSE_EDITOR_EXTENSIONS).
    "StaticStyles": True,
}
# A page's own text has headings below the page's h1; a note inside a section has none.
EXTENSIONS = {**INLINE, "Heading": {"levels": [2, 3, 4]}}

EMPTY = re.compile(r"<(\w+)></\1>")


def sanitizer(extensions):
    """nh3 with the allowlist django-prose-editor derives from `extensions`, less links'
    `rel` (no link opens a window) and attributes left empty (a link's blank title)."""
    options = allowlist_from_extensions(extensions)
    options["attributes"]["a"].discard("rel")
    cleaner = nh3.Cleaner(**options, attribute_filter=lambda _tag, _name, value: value or None)

    def clean(html):
        html = cleaner.clean(html)
        # The editor's way of saying "empty": one empty paragraph.
        return "" if EMPTY.fullmatch(html) else html

    return clean


sanitize = sanitizer(EXTENSIONS)
sanitize_inline = sanitizer(INLINE)

STYLES = forms.Media(css={"all": ["css/rich-text-editor.css"]})


class RichTextWidget(ProseEditorWidget):
    @property
    def media(self):
        return super().media + STYLES


class AdminRichTextWidget(AdminProseEditorWidget):
    @property
    def media(self):
        return super().media + STYLES


class RichTextField(ProseEditorField):
    """A text field of sanitised HTML, edited in the admin with django-prose-editor.

    The value is sanitised on every save, whatever writes it (admin, CSV import, a
    script), so templates may mark it safe."""

    def __init__(self, *args, headings=True, **kwargs):
        kwargs.setdefault("extensions", EXTENSIONS if headings else INLINE)
        kwargs.setdefault("sanitize", sanitize if headings else sanitize_inline)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        widget = kwargs.get("widget")
        in_admin = widget is not None and (
            issubclass(widget, AdminTextareaWidget)
            if isinstance(widget, type)
            else isinstance(widget, AdminTextareaWidget)
        )
        kwargs["widget"] = AdminRichTextWidget if in_admin else RichTextWidget
        return super().formfield(**kwargs)

    def clean(self, value, model_instance):
        value = models.TextField.clean(self, value, model_instance)
        return self.sanitize(value) if value else value

    def pre_save(self, model_instance, add):
        value = super().pre_save(model_instance, add)
        if value:
            value = self.sanitize(value)
            # Straight into the instance: a translated model's original field has a
            # descriptor that would write the active language's field instead.
            model_instance.__dict__[self.attname] = value
        return value


def paragraphs(text):
    return [
        block.strip()
        for block in re.split(r"\n[ \t]*\n", (text or "").replace("\r\n", "\n").strip())
        if block.strip()
    ]


HEADING = "## "


def html_from_text(text, *, markup=False):
    """HTML of plain text whose blank lines part paragraphs, as `linebreaks` rendered it:
    a <p> per paragraph, single newlines as <br>, the text escaped.

    With `markup`, the legal pages' markup too: a paragraph of one line beginning with
    "## " is a heading, web and e-mail addresses become links."""
    html = []
    for block in paragraphs(text):
        if markup and block.startswith(HEADING) and "\n" not in block:
            html.append(f"<h2>{escape(block.removeprefix(HEADING).strip())}</h2>")
            continue
        lines = block.split("\n")
        if markup:
            lines = [urlize(line, autoescape=True) for line in lines]
        else:
            lines = [escape(line) for line in lines]
        html.append(f"<p>{'<br>'.join(lines)}</p>")
    return sanitize("".join(html))


MARKER = "- "
BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "div", "blockquote"}


class _TextParser(HTMLParser):
    def __init__(self, *, markup, urls):
        super().__init__(convert_charrefs=True)
        self.markup, self.urls = markup, urls
        self.blocks, self.line = [], []
        self.in_list = 0
        self.marker_only = False
        self.links = []

    def flush(self):
        text = "".join(self.line).strip()
        if self.marker_only and text == MARKER.strip():
            return  # a list item's marker: its text, in a paragraph, is still to come
        self.line = []
        if text:
            self.blocks.append((text, self.in_list > 0))

    def handle_starttag(self, tag, attrs):
        if tag in BLOCKS:
            self.flush()
        if tag in ("ul", "ol"):
            self.in_list += 1
        elif tag == "li":
            self.line = [MARKER]
            self.marker_only = True
        elif tag in ("h2", "h3", "h4") and self.markup:
            self.line.append(HEADING)
        elif tag == "br":
            self.line.append("\n")
        elif tag == "a":
            self.links.append((dict(attrs).get("href") or "", len(self.line)))

    def handle_endtag(self, tag):
        if tag == "a" and self.links:
            href, start = self.links.pop()
            label = "".join(self.line[start:]).strip()
            shown = {href, href.removeprefix("mailto:"), href.partition("://")[2]}
            if self.urls and href and label not in shown:
                self.line.append(f" ({href})")
        elif tag in BLOCKS:
            self.flush()
            if tag in ("ul", "ol"):
                self.in_list -= 1
                self.line = []

    def handle_data(self, data):
        self.marker_only = self.marker_only and not data.strip()
        self.line.append(re.sub(r"[ \t\r\n]+", " ", data))

    def text(self):
        self.close()
        self.flush()
        out = []
        for index, (text, item) in enumerate(self.blocks):
            text = "\n".join(line.strip() for line in text.split("\n"))
            if index:
                previous_item = self.blocks[index - 1][1]
                out.append("\n" if item and previous_item else "\n\n")
            out.append(text)
        return "".join(out)


def text_from_html(html, *, markup=False, urls=False):
    """Plain text of rich text: paragraphs parted by blank lines, line breaks kept, list
    items as "- " lines. With `urls`, a link's address follows its text in brackets;
    with `markup`, headings begin with "## " (the legal pages' earlier markup)."""
    if not html:
        return html or ""
    parser = _TextParser(markup=markup, urls=urls)
    parser.feed(html)
    return parser.text()


def to_rich_text(app_label, fields, *, markup=False):
    """A migration operation: the plain-text paragraphs of `fields` ({model name: [field,
    …]}) become rich text, in every language and in the history rows, which keeps the
    history's diffs and reverts in one format. Backwards, rich text becomes plain text."""
    languages = {code for code, _name in settings.LANGUAGES}

    def columns(model, names):
        return [
            field.name
            for field in model._meta.concrete_fields
            if field.name in names
            or (
                field.name.rpartition("_")[0] in names
                and field.name.rpartition("_")[2] in languages
            )
        ]

    def convert(apps, change):
        for model_name, names in fields.items():
            for name in (model_name, f"Historical{model_name}"):
                try:
                    model = apps.get_model(app_label, name)
                except LookupError:
                    continue
                names_here = columns(model, names)
                records = list(model._base_manager.only("pk", *names_here))
                for record in records:
                    for column in names_here:
                        if value := getattr(record, column):
                            setattr(record, column, change(value))
                model._base_manager.bulk_update(records, names_here, batch_size=500)

    def forwards(apps, schema_editor):
        convert(apps, lambda text: html_from_text(text, markup=markup))

    def backwards(apps, schema_editor):
        convert(apps, lambda html: text_from_html(html, markup=markup, urls=True))

    return migrations.RunPython(forwards, backwards, elidable=False)


# Tags that part words (blocks, line breaks) and the rest (inline, part of a word); the
# patterns read the same in Python and in PostgreSQL.
BLOCK_TAG = r"</?(?:p|h[1-6]|ul|ol|li|br|div|blockquote)(?:[\s/][^>]*)?>"
ANY_TAG = r"<[^>]*>"
# The entities nh3 writes into text; every other character is stored as itself.
ENTITIES = (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&nbsp;", "\u00a0"), ("&amp;", "&"))


def words_of(html):
    """The words of rich text on one line, for search: the tags gone, the entities decoded."""
    return " ".join(unescape(re.sub(ANY_TAG, "", re.sub(BLOCK_TAG, " ", html or ""))).split())


class Words(Func):
    """`words_of` in SQL: regexp_replace on PostgreSQL, `words_of` itself on SQLite."""

    output_field = TextField()
    arity = 1
    SQLITE_FUNCTION = "ina_words_of"

    def as_sqlite(self, compiler, connection, **extra):
        connection.connection.create_function(self.SQLITE_FUNCTION, 1, words_of, deterministic=True)
        return self.as_sql(compiler, connection, function=self.SQLITE_FUNCTION, **extra)

    def as_postgresql(self, compiler, connection, **extra):
        (expression,) = self.get_source_expressions()
        for pattern, replacement in ((BLOCK_TAG, " "), (ANY_TAG, "")):
            expression = Func(
                expression,
                Value(pattern),
                Value(replacement),
                Value("g"),
                function="REGEXP_REPLACE",
                output_field=TextField(),
            )
        for entity, character in ENTITIES:
            expression = Replace(expression, Value(entity), Value(character))
        return expression.as_sql(compiler, connection, **extra)
