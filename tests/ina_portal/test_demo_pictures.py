from decimal import Decimal

import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from PIL import Image as PillowImage

from events.models import Event, VisitReport
from ina_portal.base.management.commands import load_demo_content
from ina_portal.base.models import Image
from ina_portal.features.news.models import NewsItem
from ina_portal.features.overview import demo_pictures
from ina_portal.features.overview.demo_pictures import HOME
from ina_portal.features.overview.worldmap import project
from partnerships.models import ProjectPartnership, TwinCity
from sdg.models import Goal

pytestmark = pytest.mark.django_db

KINDS = (TwinCity, ProjectPartnership, Event, NewsItem)


def pictures_of_the_demo():
    """{record: [its pictures]} of every published twin city, partnership, event, news
    item and visit report."""
    found = {record: [record.image] for kind in KINDS for record in kind.objects.published()}
    for report in VisitReport.objects.published().prefetch_related("photos"):
        found[report] = list(report.photos.all())
    return found


def rgb(colour):
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


def close(pixel, colour, tolerance=24):
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, rgb(colour), strict=True))


def test_every_published_demo_record_has_a_drawn_picture_with_credit_and_alt_text():
    call_command("load_demo_content", verbosity=0)

    found = pictures_of_the_demo()

    assert {type(record) for record in found} == {*KINDS, VisitReport}
    assert len(found) >= 9 + 5 + 8 + 3 + 2
    for record, pictures in found.items():
        assert [picture is not None for picture in pictures] == [True], record
        (picture,) = pictures
        assert picture.credit.startswith("INA Portal"), record
        assert picture.decorative or (picture.alt_text_de and picture.alt_text_en), record
        with picture.file.open("rb") as stored, PillowImage.open(stored) as opened:
            assert (opened.format, opened.size) == ("WEBP", (1200, 675))
        assert (picture.width, picture.height) == (1200, 675)
        assert picture.renditions


def test_demo_maps_name_the_city_its_country_and_dortmund_in_both_languages():
    call_command("load_demo_content", verbosity=0)

    amiens = TwinCity.objects.get(city__slug="amiens").image
    bridge = ProjectPartnership.objects.get(slug="transatlantic-climate-bridge").image
    ghana = VisitReport.objects.get(slug="ambassador-ghana-2026").photos.get()

    assert amiens.alt_text_de == (
        "Karte: Amiens (Frankreich) und Dortmund, mit einer Linie verbunden; "
        "farbig hervorgehoben: Frankreich."
    )
    assert amiens.alt_text_en == (
        "Map of Amiens (France) and Dortmund, joined by a line; highlighted: France."
    )
    assert amiens.credit == "INA Portal · Natural Earth"
    assert bridge.alt_text_en.startswith(
        "Map of Vancouver (Canada), Pittsburgh (United States of America) and Dortmund, "
        "joined by lines"
    )
    # An ambassador stands for a country, not for the partner city of the visit.
    assert ghana.alt_text_de == (
        "Karte mit einem Pfeil von Ghana nach Dortmund; farbig hervorgehoben: Ghana."
    )


def test_demo_posters_say_what_they_show_and_carry_the_goals_of_the_record():
    call_command("load_demo_content", verbosity=0)

    fair = Event.objects.get(slug="fair-friends-2027").image
    plaque = NewsItem.objects.get(slug="council-of-europe-plaque-of-honour").image

    assert fair.alt_text_en == (
        "Illustration: three fair stands above the year 2027, beside stripes in the colours "
        "of Sustainable Development Goals 4 and 12 with their numbers."
    )
    assert fair.alt_text_de.startswith("Illustration: drei Messestände über der Jahreszahl 2027")
    assert plaque.alt_text_en.startswith("Illustration: a medal with a star above the year 2025")
    assert fair.credit == "INA Portal"
    with fair.file.open("rb") as stored, PillowImage.open(stored) as poster:
        poster = poster.convert("RGB")
        # The bands lean; near the top, goal 4 (red) comes before goal 12 (ochre).
        assert close(poster.getpixel((930, 40)), Goal.objects.get(number=4).colour)
        assert close(poster.getpixel((1150, 40)), Goal.objects.get(number=12).colour)


def test_a_second_load_draws_nothing_and_leaves_every_picture_as_it_was():
    call_command("load_demo_content", verbosity=0)
    before = {
        record: [p.pk for p in pictures] for record, pictures in pictures_of_the_demo().items()
    }
    images = list(Image.objects.order_by("pk").values_list("pk", "file", "renditions"))

    call_command("load_demo_content", verbosity=0)

    after = {
        record: [p.pk for p in pictures] for record, pictures in pictures_of_the_demo().items()
    }
    assert after == before
    assert list(Image.objects.order_by("pk").values_list("pk", "file", "renditions")) == images


def test_a_rerun_keeps_the_picture_an_editor_chose_and_gives_none_back_that_was_removed():
    call_command("load_demo_content", verbosity=0)
    photo = Image(
        file=ContentFile(demo_pictures.webp(demo_pictures.canvas("#3f7e44")), name="a.webp"),
        alt_text_de="Das Rathaus von Amiens",
        credit="Stadt Amiens",
    )
    photo.save()
    TwinCity.objects.filter(city__slug="amiens").update(image=photo)
    TwinCity.objects.filter(city__slug="leeds").update(image=None)
    report = VisitReport.objects.get(slug="visit-from-amiens-2026")
    report.photos.set([photo])
    count = Image.objects.count()

    call_command("load_demo_content", verbosity=0)

    assert TwinCity.objects.get(city__slug="amiens").image == photo
    assert TwinCity.objects.get(city__slug="leeds").image is None
    assert list(report.photos.all()) == [photo]
    assert Image.objects.count() == count


def test_a_deleted_demo_record_comes_back_with_a_new_picture():
    call_command("load_demo_content", verbosity=0)
    TwinCity.objects.get(city__slug="zwickau").delete()

    call_command("load_demo_content", verbosity=0)

    zwickau = TwinCity.objects.get(city__slug="zwickau")
    assert zwickau.image.alt_text_en.startswith("Map of Zwickau (Germany) and Dortmund")
    assert zwickau.history.count() == 1  # drawn before the save: no second history row


def test_a_locator_map_marks_the_city_and_dortmund_where_they_are():
    buffalo = (42.8864, -78.8784)
    data = demo_pictures.locator_map.__wrapped__(positions=(buffalo,), kind="twin-city")
    view = demo_pictures.View([project(*buffalo), project(HOME[1], HOME[2])])

    with PillowImage.open(demo_pictures.io.BytesIO(data)) as drawn:
        drawn = drawn.convert("RGB")
        city = [round(c / demo_pictures.SUPERSAMPLE) for c in view(project(*buffalo))]
        home = [round(c / demo_pictures.SUPERSAMPLE) for c in view(project(HOME[1], HOME[2]))]
        assert close(drawn.getpixel(tuple(city)), demo_pictures.PRIMARY)
        assert close(drawn.getpixel(tuple(home)), demo_pictures.TEXT)
        # Far from both: the Atlantic, in the partner map's sea colour.
        assert close(drawn.getpixel((600, 600)), demo_pictures.SEA, tolerance=8)
    assert data == demo_pictures.locator_map.__wrapped__(positions=(buffalo,), kind="twin-city")


def test_the_country_of_a_city_is_found_on_the_partner_maps_outlines():
    assert demo_pictures.country_at(project(Decimal("49.8941"), Decimal("2.2958"))) == "France"
    assert demo_pictures.country_at(project(6.6885, -1.6244)) == "Ghana"
    assert demo_pictures.country_at(project(40, -40)) is None  # the Atlantic


def test_a_demo_file_naming_no_drawer_is_an_error_naming_the_file(tmp_path, monkeypatch):
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        "model: Event\nrecords:\n  - slug: drawn-badly\n    title: {de: Schlecht gezeichnet}\n"
        "    start: 2027-01-01\n    end: 2027-01-01\n"
        "    image: {drawn_by: ina_portal.features.overview.demo_pictures.no_such_drawer}\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(load_demo_content, "demo_files", lambda: [("events", broken)])

    with pytest.raises(CommandError) as error:
        call_command("load_demo_content", verbosity=0)

    assert str(error.value).startswith(f"{broken}: ")
    assert "no_such_drawer" in str(error.value)
    assert not Event.objects.exists()
