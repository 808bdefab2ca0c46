"""Rich text (ina_portal/base/richtext.py): the allowlist every save applies, the
conversions of the data migrations and the demo loader, and what search, the API, the
calendar and the admin's history make of it."""

from pathlib import Path

import pytest
import yaml
from django.apps import apps
from django.core.management import call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.urls import reverse
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from events.calendar import calendar_event
from ina_portal.base.richtext import (
    RichTextField,
    html_from_text,
    sanitize,
    sanitize_inline,
    text_from_html,
    to_rich_text,
    words_of,
)
from ina_portal.features.pages.models import LegalPage
from partnerships.models import TwinCity
from tests.factories import EventFactory, LegalPageFactory, TwinCityFactory

UNSAFE = (
    '<p style="color: red" onclick="alert(1)">Rot<img src="x" onerror="alert(2)"></p>'
    "<script>alert(3)</script><style>p { display: none }</style>"
    '<p><a href="javascript:alert(4)">Klick</a> <a href="https://www.amiens.fr/" '
    'target="_blank" rel="opener" title="">Amiens</a></p>'
)


def test_the_sanitiser_keeps_headings_paragraphs_lists_links_bold_and_italic():
    html = (
        "<h2>Zwei</h2><h3>Drei</h3><h4>Vier</h4><p>Ein <strong>fetter</strong> und "
        '<em>kursiver</em> Satz,<br>ein <a href="/de/netzwerke/" title="Netzwerke">interner</a>'
        ' und ein <a href="mailto:international@example.org">Mail-Link</a>.</p>'
        '<ul><li><p>eins</p></li></ul><ol start="2"><li><p>zwei</p></li></ol>'
    )

    assert sanitize(html) == html


def test_the_sanitiser_removes_scripts_styles_event_handlers_and_javascript_links():
    html = sanitize(UNSAFE)

    assert html == ('<p>Rot</p><p><a>Klick</a> <a href="https://www.amiens.fr/">Amiens</a></p>')


def test_the_sanitiser_removes_every_other_element_but_keeps_its_words():
    html = sanitize(
        "<h1>Eins</h1><h5>Fünf</h5><table><tr><td>Zelle</td></tr></table>"
        "<p><u>unterstrichen</u> <code>Code</code></p><blockquote>Zitat</blockquote>"
    )

    assert html == "EinsFünfZelle<p>unterstrichen Code</p>Zitat"


def test_a_note_inside_a_section_has_no_headings():
    assert sanitize_inline("<h2>Titel</h2><p>Text</p>") == "Titel<p>Text</p>"


def test_an_empty_editor_saves_an_empty_text():
    assert sanitize("<p></p>") == ""


@pytest.mark.django_db
def test_every_save_sanitises_each_language_whatever_the_active_language():
    twin_city = TwinCityFactory(story_de="<p>Alt.</p>", story_en="")
    twin_city.story_de = UNSAFE
    with translation.override("en"):
        twin_city.save()

    twin_city.refresh_from_db()
    assert twin_city.story_de == sanitize(UNSAFE)
    assert twin_city.story_en == ""
    assert twin_city.history.first().story_de == sanitize(UNSAFE)


@pytest.mark.django_db
def test_a_bulk_created_record_is_sanitised_too():
    twin_city = TwinCityFactory.build(story_de=UNSAFE)
    twin_city.city.save()
    twin_city.image.save()
    twin_city.image_id, twin_city.city_id = twin_city.image.pk, twin_city.city.pk
    TwinCity.objects.bulk_create([twin_city])

    assert TwinCity.objects.get().story_de == sanitize(UNSAFE)


@pytest.mark.django_db
def test_full_clean_sanitises_as_the_admin_form_does():
    twin_city = TwinCityFactory()
    twin_city.story_de = UNSAFE
    twin_city.full_clean()

    assert twin_city.story_de == sanitize(UNSAFE)


def test_blank_line_paragraphs_become_html_as_the_pages_showed_them():
    text = 'Erster <Absatz> & "so".\r\nZweite Zeile\r\n\r\n\n  \nZweiter Absatz'

    assert html_from_text(text) == (
        '<p>Erster &lt;Absatz&gt; &amp; "so".<br>Zweite Zeile</p><p>Zweiter Absatz</p>'
    )


def test_the_legal_pages_markup_becomes_headings_and_links():
    text = (
        "## Publisher\r\n\r\nCity of Dortmund\nFriedensplatz 1\n\n\n##Not a heading\n\n## "
        "\n\nWrite to office@example.org or see www.dortmund.de."
    )

    assert html_from_text(text, markup=True) == (
        "<h2>Publisher</h2><p>City of Dortmund<br>Friedensplatz 1</p>"
        "<p>##Not a heading</p><p>##</p>"
        '<p>Write to <a href="mailto:office@example.org">office@example.org</a> or see '
        '<a href="https://www.dortmund.de">www.dortmund.de</a>.</p>'
    )


def test_rich_text_becomes_plain_text_with_paragraphs_lines_items_and_link_addresses():
    html = (
        "<h2>Kontakt</h2><p>Stadt Dortmund<br>Friedensplatz 1</p>"
        "<ul><li><p>eins</p></li><li><p>zwei</p></li></ul>"
        '<p>Siehe <a href="https://www.amiens.fr/">Amiens</a> und '
        '<a href="https://www.leeds.gov.uk">www.leeds.gov.uk</a>.</p>'
    )

    assert text_from_html(html) == (
        "Kontakt\n\nStadt Dortmund\nFriedensplatz 1\n\n- eins\n- zwei\n\nSiehe Amiens und "
        "www.leeds.gov.uk."
    )
    assert text_from_html(html, markup=True, urls=True) == (
        "## Kontakt\n\nStadt Dortmund\nFriedensplatz 1\n\n- eins\n- zwei\n\n"
        "Siehe Amiens (https://www.amiens.fr/) und www.leeds.gov.uk."
    )


PLAIN = st.text(
    alphabet=st.sampled_from(list("abcxyzäöüßAZ09 \t\n<>&\"'#-.,;:!?()/@")), max_size=300
)


@given(PLAIN, st.booleans())
def test_the_conversion_to_html_loses_no_word_and_keeps_the_paragraphs(text, markup):
    html = html_from_text(text, markup=markup)

    assert text_from_html(html, markup=markup).split() == text.split()
    assert words_of(html).split() == text.split()
    back = text_from_html(html, markup=markup)
    assert text_from_html(html_from_text(back, markup=markup), markup=markup) == back


def rich_texts(model, record):
    """(model, text) of every rich text in a demo file's record and the records nested in it."""
    for name, value in record.items():
        field = model._meta.get_field(name)
        if isinstance(field, RichTextField):
            # per language, or one German text (Leichte Sprache)
            texts = value.values() if isinstance(value, dict) else [value]
            yield from ((model, text) for text in texts)
        elif field.auto_created and not field.concrete and isinstance(value, dict | list):
            for nested in value if isinstance(value, list) else [value]:
                yield from rich_texts(field.related_model, nested)


def demo_texts():
    texts = []
    for config in apps.get_app_configs():
        for path in sorted(Path(config.path, "demo").glob("*.yaml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            model = config.get_model(data["model"])
            for record in data["records"]:
                texts += rich_texts(model, {**data.get("defaults", {}), **record})
    return texts


def test_every_demo_text_comes_back_word_for_word_from_its_html():
    texts = demo_texts()

    assert {model.__name__ for model, _text in texts} >= {
        "TwinCity",
        "ProjectPartnership",
        "Network",
        "SdgActivity",
        "Event",
        "VisitReport",
        "NewsItem",
        "LegalPage",
    }
    for model, text in texts:
        markup = model is LegalPage
        assert text_from_html(html_from_text(text, markup=markup), markup=markup) == text


@pytest.mark.django_db
def test_the_data_migration_converts_records_and_history_and_back():
    twin_city = TwinCityFactory()
    plain = "Seit 1960 <befreundet>.\n\nSchulen & Vereine\nbesuchen einander."
    TwinCity.objects.update(story=plain, story_de=plain, story_en="", status_note_de=plain)
    TwinCity.history.update(story_de=plain)
    operation = to_rich_text("partnerships", {"TwinCity": ["story", "status_note"]})
    # The models as the migration sees them: without modeltranslation's descriptors.
    state = MigrationLoader(connection).project_state(("partnerships", "0005_rich_text")).apps

    operation.code(state, None)

    twin_city.refresh_from_db()
    html = "<p>Seit 1960 &lt;befreundet&gt;.</p><p>Schulen &amp; Vereine<br>besuchen einander.</p>"
    assert (twin_city.story, twin_city.story_de, twin_city.story_en) == (html, html, "")
    assert twin_city.status_note_de == html
    assert twin_city.history.get().story_de == html

    operation.reverse_code(state, None)

    twin_city.refresh_from_db()
    assert (twin_city.story_de, twin_city.status_note_de) == (plain, plain)
    assert twin_city.history.get().story_de == plain


@pytest.mark.django_db
def test_the_demo_loader_stores_its_texts_as_html(reference_data):
    call_command("load_demo_content", verbosity=0)

    amiens = TwinCity.objects.get(city__slug="amiens")
    assert amiens.story_de.startswith("<p>Wenige Jahre nach dem Zweiten Weltkrieg")
    assert "</p><p>Bis heute" in amiens.story_de
    imprint = LegalPage.objects.get(kind="imprint")
    assert imprint.body_de.startswith("<h2>Verweise auf andere Websites</h2><p>Das Portal")


@pytest.mark.django_db
def test_the_search_finds_and_quotes_the_words_not_the_tags(client):
    TwinCityFactory(
        story_de=(
            '<h2>Musik</h2><p>Ein <strong>Chor</strong>fest mit <a href="https://www.amiens.fr/">'
            "Sängerinnen</a> &amp; Sängern</p>"
        )
    )
    search = reverse("search:results")

    for tag_word in ("strong", "href", "https"):
        assert "search-hit__title" not in client.get(search, {"q": tag_word}).text
    response = client.get(search, {"q": "Chorfest"})
    assert "Musik Ein <mark>Chorfest</mark> mit Sängerinnen &amp; Sängern" in response.text


@pytest.mark.django_db
def test_the_api_gives_the_html_and_its_plain_text(client):
    twin_city = TwinCityFactory(story_de="<h2>Musik</h2><p>Ein <strong>Chor</strong>fest.</p>")

    record = client.get(f"/api/v1/twin-cities/{twin_city.city.slug}/?lang=de").json()

    assert record["story"] == "<h2>Musik</h2><p>Ein <strong>Chor</strong>fest.</p>"
    assert record["story_text"] == "Musik\n\nEin Chorfest."
    assert record["status_note_text"] == ""


@pytest.mark.django_db
def test_the_calendar_describes_an_event_in_plain_text(rf):
    event = EventFactory(
        teaser_de="Ein Fest.", description_de='<p>Mit <a href="https://x.example/">Musik</a>.</p>'
    )

    with translation.override("de"):
        entry = calendar_event(rf.get("/"), event)

    assert str(entry["description"]) == "Ein Fest.\n\nMit Musik (https://x.example/)."


@pytest.mark.django_db
def test_the_history_shows_a_changed_text_by_its_words(admin_client):
    twin_city = TwinCityFactory(story_de="<p>Die erste Fassung.</p>")
    twin_city.story_de = "<h2>Neu</h2><p>Die zweite Fassung.</p>"
    twin_city.save()

    response = admin_client.get(reverse("admin:partnerships_twincity_history", args=[twin_city.pk]))

    assert "Die erste Fassung. → ## Neu Die zweite Fassung." in " ".join(
        response.text.replace("&nbsp;", " ").replace("&rarr;", "→").split()
    )
    assert "&lt;p&gt;" not in response.text


@pytest.mark.django_db
def test_a_legal_page_shows_its_sanitised_html(client):
    LegalPageFactory(body_en=UNSAFE)

    response = client.get("/en/imprint/")

    assert sanitize(UNSAFE) in response.text
    assert "alert(" not in response.text
