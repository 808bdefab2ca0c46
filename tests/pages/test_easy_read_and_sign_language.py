"""Leichte Sprache and Deutsche Gebärdensprache (BITV 2.0 § 4): the pages, their links in
every header, and the sign language page without and with a video."""

import pytest
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat

from ina_portal.features.pages.models import SignLanguageVideo
from tests.factories import EasyReadPageFactory, EasyReadStartFactory
from tests.pages.videos import mp4

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = [
    "/de/",
    "/en/",
    "/de/impressum/",
    "/en/privacy/",
    "/de/barrierefreiheit/",
    "/en/twin-cities/",
    "/de/leichte-sprache/",
    "/de/gebaerdensprache/",
]


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_every_header_links_to_leichte_sprache_and_sign_language_in_german(client, path):
    html = client.get(path).text

    assert '<a href="/' + path.split("/")[1] + '/leichte-sprache/" lang="de"' in html
    assert '<a href="/' + path.split("/")[1] + '/gebaerdensprache/" lang="de"' in html
    assert "img/leichte-sprache" in html
    assert "img/gebaerdensprache" in html


def test_easy_read_start_page_holds_the_four_explanations_and_links_the_other_pages(client):
    EasyReadStartFactory()
    office = EasyReadPageFactory(title="Das macht das Büro", position=1)
    twin_cities = EasyReadPageFactory(title="Die Partner-Städte", position=2)

    html = client.get("/en/leichte-sprache/").text

    assert '<div class="container prose easy-read" lang="de">' in html
    for heading in (
        "Was steht auf dieser Internet-Seite?",
        "So finden Sie sich auf der Internet-Seite zurecht",
        "Barriere-Freiheit: Das Wichtigste",
        "Hier finden Sie mehr Leichte Sprache",
    ):
        assert heading in html
    assert "Oben auf jeder Seite ist das Menü." in html
    assert html.index(office.get_absolute_url()) < html.index(twin_cities.get_absolute_url())
    assert 'href="/en/gebaerdensprache/"' in html


def test_an_easy_read_page_links_the_start_page_and_the_other_pages(client):
    page = EasyReadPageFactory(
        title="Die Partner-Städte", body="<p>Dortmund hat 9 Partner-Städte.</p>"
    )
    other = EasyReadPageFactory(title="Das macht das Büro")

    html = client.get(page.get_absolute_url()).text

    assert "<h1>Die Partner-Städte</h1>" in html
    assert "Dortmund hat 9 Partner-Städte." in html
    assert 'href="/de/leichte-sprache/"' in html
    assert f'href="{other.get_absolute_url()}"' in html
    assert '<span aria-current="page">Die Partner-Städte</span>' in html


def test_an_unknown_easy_read_page_is_not_found(client):
    assert client.get("/de/leichte-sprache/gibt-es-nicht/").status_code == 404


@pytest.mark.parametrize("pages", [1, 8])
def test_easy_read_pages_take_the_same_queries_however_many_there_are(
    client, django_assert_max_num_queries, pages
):
    EasyReadStartFactory()
    EasyReadPageFactory.create_batch(pages)
    client.get("/de/leichte-sprache/")  # warms the per-process caches

    with django_assert_max_num_queries(4):
        client.get("/de/leichte-sprache/")
    with django_assert_max_num_queries(4):
        client.get("/de/leichte-sprache/seite-0/" if pages else "/")


def test_sign_language_page_without_a_video_shows_a_notice_and_the_editors_checklist(client):
    html = client.get("/en/gebaerdensprache/").text

    assert "<video" not in html
    assert "Hier gibt es noch keinen Film in Deutscher Gebärdensprache." in html
    assert "For the editors: what the video needs" in html
    assert "At least 320 × 240 pixels" in html
    assert "at least 25 frames per second" in html


def test_sign_language_page_shows_the_video_with_captions_size_and_running_time(
    client, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    video = SignLanguageVideo.objects.create(
        video=ContentFile(mp4(width=640, height=360, fps=25, seconds=125), name="dgs.mp4"),
        captions=ContentFile(b"WEBVTT\n\n00:00.000 --> 00:02.000\nHallo\n", name="dgs.vtt"),
    )

    html = client.get("/en/gebaerdensprache/").text

    assert '<video controls preload="metadata" width="640" height="360">' in html
    assert 'type="video/mp4"' in html
    assert '<track kind="captions" src="/media/dgs/' in html
    assert 'srclang="de"' in html
    assert "Download the video" in html
    assert f"(MP4, {filesizeformat(video.file_size)}, running time 2:05 min)" in html
    assert video.width == 640 and video.height == 360 and video.frame_rate == 25
