"""The German admin speaks German, in "Sie": no English interface text of a known list on the
pages an editor (or a superuser) uses, and none in the admin's JavaScript catalogue."""

import csv
import io
import json
import re
from html.parser import HTMLParser

import polib
import pytest
from django.conf import settings
from django.contrib import admin
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import NoReverseMatch, reverse

from ina_portal.features.contacts.models import Person
from tests.admin.forms import form_data
from tests.factories import (
    AccessibilityStatementFactory,
    EnquiryFactory,
    EventFactory,
    ImageFactory,
    LegalPageFactory,
    LocalTargetFactory,
    NetworkFactory,
    NewsItemFactory,
    PersonFactory,
    ProjectPartnershipFactory,
    SdgActivityFactory,
    TopicFactory,
    TwinCityFactory,
    UnitFactory,
    VisitReportFactory,
)

pytestmark = pytest.mark.django_db

# Interface strings as Django 6.1 and the admin's add-ons write them in English, where their
# German catalogues lack them or once lacked them. "{}" stands for a name the page fills in.
# A single word counts only as a whole text (so "Import bestätigen" is no "Import"); a phrase
# counts anywhere in a text. Not listed, because German writes them the same: "Filter", "Status".
ENGLISH = [
    # Django's admin
    "Home",
    "Add",
    "Change",
    "Delete",
    "View",
    "History",
    "Save",
    "Search",
    "Search {}",
    "Run",
    "Go",
    "Yes",
    "No",
    "Unknown",
    "All",
    "Today",
    "Now",
    "Close",
    "Logout",
    "Log out",
    "Welcome,",
    "Action",
    "Select an option",
    "Save and add another",
    "Save and continue editing",
    "Save as new",
    "Delete selected",
    "Add another",
    "View on site",
    "Show all",
    "Clear all filters",
    "Show counts",
    "Hide counts",
    "Filter by {}",
    "Pagination {}",
    "Change history",
    "View history",
    "Change password",
    "Toggle theme",
    "Skip to main content",
    "Are you sure",
    "Deleting the",
    "would require deleting",
    "more object",
    "is not a valid choice",
    "This field is required",
    # Django's user administration (superusers)
    "Set password",
    "Reset password",
    "Password-based authentication",
    "Raw passwords are not stored",
    "After you’ve created a user",
    "Enabled",
    "Disabled",
    # django-simple-history
    "Revert",
    "View {}",
    "Deleted {}",
    "Press the",
    "Change reason",
    "Changed by",
    # django-axes (superusers)
    "Locked Out",
    "Not set",
    "Attempt Remaining",
    "Clean up expired attempts",
    "Expires At",
    "Session key hash",
    # django-import-export
    "Import",
    "Export",
    "Submit",
    "Select all",
    "Preview",
    "Errors",
    "Confirm import",
    "File to import",
    "Line number",
    "Some rows failed to validate",
    "Please correct",
    "Below is a preview",
    "This importer will import",
    "This exporter will export",
    "Select at least 1 field",
    "No valid data to import",
]

# The German of the informal "du", which the portal never uses.
INFORMAL = re.compile(
    r"\b(du|dein|deine|deinem|deinen|deiner|deines|dich|dir|wähle|klicke|korrigiere|"
    r"stelle sicher)\b",
    re.IGNORECASE,
)

# What the admin's scripts write (SelectFilter2, DateTimeShortcuts, calendar, actions), as
# their msgids in the djangojs domain; the catalogue served at the admin's jsi18n URL must
# have German for each.
SCRIPT_STRINGS = [
    "Available %s",
    "Chosen %s",
    'Choose %s by selecting them and then select the "Choose" arrow button.',
    'Remove %s by selecting them and then select the "Remove" arrow button.',
    "Type into this box to filter down the list of available %s.",
    "Choose all %s",
    "Remove all %s",
    "Choose selected %s",
    "Remove selected %s",
    "(click to clear)",
    "Now",
    "Today",
    "Cancel",
    "Choose a Date",
    "Choose a Time",
    "Today (%(date)s)",
    "Yesterday (%(date)s)",
    "Tomorrow (%(date)s)",
    "Previous (%(month)s %(year)s)",
    "Next (%(month)s %(year)s)",
    "%(month)s %(day)s, %(year)s",
    "%s (today)",
    "%s (current selection)",
    "%s (today, current selection)",
    "server",
    "Note: Enter times in the %(timezone)s timezone. (You are %(offset)s hour ahead.)",
    "Note: Enter times in the %(timezone)s timezone. (You are %(offset)s hour behind.)",
    "You have selected an action, and you haven’t made any changes on individual fields. "
    "You’re probably looking for the Run button rather than the Save button.",
]


def pattern(english):
    if "{}" in english:
        return re.compile("^" + re.escape(english).replace(r"\{\}", ".+") + "$")
    if " " in english:
        return re.compile(r"(?<!\w)" + re.escape(english) + r"(?!\w)")
    return re.compile("^" + re.escape(english) + ":?$")


PATTERNS = [(english, pattern(english)) for english in ENGLISH]


class _Shown(HTMLParser):
    """The texts a page shows or reads out: its text, and the titles, labels, placeholders,
    alternative texts and button captions of its elements; not scripts and styles."""

    HIDDEN = {"script", "style", "template", "textarea"}
    READ_OUT = {"title", "aria-label", "aria-description", "placeholder", "alt"}

    def __init__(self):
        super().__init__()
        self.texts = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in self.HIDDEN:
            self._hidden += 1
        self.texts += [attrs[name] for name in self.READ_OUT if attrs.get(name)]
        if tag == "input" and attrs.get("type") in {"submit", "button", "reset"}:
            self.texts.append(attrs.get("value") or "")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN and self._hidden:
            self._hidden -= 1

    def handle_data(self, data):
        if not self._hidden:
            self.texts.append(data)


def shown_texts(html):
    parser = _Shown()
    parser.feed(html)
    return [" ".join(text.split()) for text in parser.texts if text.strip()]


def english_in(html):
    return sorted(
        {
            (english, text)
            for text in shown_texts(html)
            for english, regex in PATTERNS
            if regex.search(text)
        }
    )


def informal_in(html):
    return sorted({text for text in shown_texts(html) if INFORMAL.search(text)})


@pytest.fixture
def records(reference_data):
    """One record of every kind the admin edits, each with a change in its history."""
    person = PersonFactory(topics=[TopicFactory()], events=[EventFactory()])
    for factory in [
        ImageFactory,
        TwinCityFactory,
        ProjectPartnershipFactory,
        NetworkFactory,
        SdgActivityFactory,
        LocalTargetFactory,
        VisitReportFactory,
        NewsItemFactory,
        LegalPageFactory,
        AccessibilityStatementFactory,
        EnquiryFactory,
        UnitFactory,
    ]:
        factory()
    person.function_de = "Städtepartnerschaften"
    person.save()


def csv_file(*rows):
    text = io.StringIO()
    csv.writer(text, delimiter=";").writerows(rows)
    return SimpleUploadedFile("personen.csv", text.getvalue().encode("utf-8-sig"), "text/csv")


def upload(client, file):
    url = reverse("admin:contacts_person_import")
    return client.post(url, {**form_data(client.get(url)), "import_file": file})


def model_pages(client, user, model):
    """(name, response) of a model's list, forms, history, deletion and CSV pages."""
    opts = model._meta
    name = f"admin:{opts.app_label}_{opts.model_name}"
    yield f"{opts.label} list", client.get(reverse(f"{name}_changelist"))
    if admin.site._registry[model].has_add_permission(Request(user)):
        yield f"{opts.label} add", client.get(reverse(f"{name}_add"))
    record = model._default_manager.order_by("pk").first()
    if record:
        yield f"{opts.label} change", client.get(reverse(f"{name}_change", args=[record.pk]))
        yield f"{opts.label} history", client.get(reverse(f"{name}_history", args=[record.pk]))
        if admin.site._registry[model].has_delete_permission(Request(user)):
            yield f"{opts.label} delete", client.get(reverse(f"{name}_delete", args=[record.pk]))
        if hasattr(model, "history"):
            version = model.history.filter(**{opts.pk.attname: record.pk}).first()
            url = reverse(f"{name}_simple_history", args=[record.pk, version.history_id])
            yield f"{opts.label} version", client.get(url)
    for page in ["export", "import"]:
        try:
            url = reverse(f"{name}_{page}")
        except NoReverseMatch:
            continue
        yield f"{opts.label} {page}", client.get(url)


def csv_pages(client):
    """(name, response) of the CSV import's preview and errors, and an export without columns."""
    export_url = reverse("admin:contacts_person_export")
    yield (
        "export without columns",
        client.post(
            export_url,
            {k: v for k, v in form_data(client.get(export_url)).items() if k == "format"},
        ),
    )
    header = ["slug", "first_name", "last_name", "function_de", "unit", "email"]
    yield (
        "import preview",
        upload(
            client,
            csv_file(
                header, ["anna-berg", "Anna", "Berg", "Referentin", "office", "a@example.org"]
            ),
        ),
    )
    yield (
        "import preview with errors",
        upload(client, csv_file(header, ["ben-cor", "Ben", "Cor", "Referent", "nowhere", "kein"])),
    )
    yield (
        "import of an unreadable file",
        upload(client, SimpleUploadedFile("leer.csv", b"\x00\x01", "text/csv")),
    )


def admin_pages(client, user, models):
    """(name, response) of the admin pages of these models, and of those every user sees."""
    yield "start page", client.get(reverse("admin:index"))
    yield "translations", client.get(reverse("admin:translations"))
    yield "password change", client.get(reverse("admin:password_change"))
    for model in models:
        yield from model_pages(client, user, model)
        yield (
            f"{model._meta.app_label} app",
            client.get(reverse("admin:app_list", args=[model._meta.app_label])),
        )
    people = reverse("admin:contacts_person_changelist")
    yield "search without results", client.get(people, {"q": "zzz"})
    yield (
        "delete selected people",
        client.post(
            people,
            {
                "action": "delete_selected",
                "_selected_action": Person.objects.values_list("pk", flat=True)[:2],
            },
        ),
    )
    yield "invalid person", client.post(reverse("admin:contacts_person_add"), {})
    yield from csv_pages(client)
    yield "signed out", client.post(reverse("admin:logout"))


class Request:
    """Enough of a request for a ModelAdmin's permission checks."""

    def __init__(self, user):
        self.user = user


def viewable(user):
    return [m for m, ma in admin.site._registry.items() if ma.has_view_permission(Request(user))]


def walk(client, user, models):
    """{page name: html} of the admin pages, each answered with 200."""
    client.force_login(user)
    pages = {}
    for name, response in admin_pages(client, user, models):
        if name == "ina_portal.SiteProfile list":
            # One record: its list opens the record's form.
            assert response.status_code == 302
            response = client.get(response.url)
        assert response.status_code == 200, f"{name}: {response.status_code}"
        pages[name] = response.text
    return pages


@pytest.fixture
def german(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "de"
    return client


def test_the_pages_an_editor_uses_show_no_english_interface_text_and_no_du(german, editor, records):
    pages = walk(german, editor, viewable(editor))

    assert {"contacts.Person import", "import preview", "import preview with errors"} <= set(pages)
    for kind in ["list", "add", "change", "history", "version", "delete", "export"]:
        assert f"partnerships.TwinCity {kind}" in pages
    # The import page's own words (summary, errors table) wait for their German in
    # locale/; its buttons and the errors' texts are German already.
    assert "Import bestätigen" in pages["import preview"]
    assert 'class="import-errors"' in pages["import preview with errors"]
    english = {name: english_in(html) for name, html in pages.items()}
    informal = {name: informal_in(html) for name, html in pages.items()}
    assert {name: found for name, found in english.items() if found} == {}
    assert {name: found for name, found in informal.items() if found} == {}


def test_the_pages_only_a_superuser_sees_show_no_english_interface_text_and_no_du(
    german, editor, admin_user, records
):
    # A failed sign-in, so that the sign-in attempts have a row to show.
    german.post(reverse("admin:login"), {"username": "nobody", "password": "wrong"})
    models = [model for model in viewable(admin_user) if model not in viewable(editor)]

    pages = walk(german, admin_user, models)

    assert {"auth.User add", "auth.User change", "axes.AccessAttempt list"} <= set(pages)
    english = {name: english_in(html) for name, html in pages.items()}
    informal = {name: informal_in(html) for name, html in pages.items()}
    assert {name: found for name, found in english.items() if found} == {}
    assert {name: found for name, found in informal.items() if found} == {}


def test_the_sign_in_page_is_german(german):
    failed = german.post(reverse("admin:login"), {"username": "nobody", "password": "wrong"})

    for page in [german.get(reverse("admin:login")), failed]:
        assert page.status_code == 200
        assert english_in(page.text) == []
        assert informal_in(page.text) == []


def javascript_catalogue(client):
    script = client.get(reverse("admin:jsi18n")).text
    return json.loads(re.search(r"const newcatalog = (\{.*?\});\n", script, re.S).group(1))


def test_the_admin_scripts_find_german_for_every_string_they_write(german, editor):
    german.force_login(editor)

    catalogue = javascript_catalogue(german)

    def german_of(msgid):
        found = catalogue.get(msgid)
        return found[0] if isinstance(found, list) else found

    assert [msgid for msgid in SCRIPT_STRINGS if german_of(msgid) in {None, msgid}] == []
    assert german_of("Choose all %s") == "Alle %s auswählen"
    assert [text for text in catalogue.values() if INFORMAL.search(str(text))] == []


def test_every_script_string_of_the_portal_catalogue_has_german_and_is_compiled():
    source = polib.pofile(str(settings.BASE_DIR / "locale/de/LC_MESSAGES/djangojs.po"))
    compiled = polib.mofile(str(settings.BASE_DIR / "locale/de/LC_MESSAGES/djangojs.mo"))

    def entries(catalogue):
        return {(entry.msgid, entry.msgstr or str(entry.msgstr_plural)) for entry in catalogue}

    assert source.untranslated_entries() == []
    assert source.fuzzy_entries() == []
    assert entries(compiled) == entries(source.translated_entries())
