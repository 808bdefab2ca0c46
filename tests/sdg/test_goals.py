import importlib
import re

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import translation

from sdg.models import DARK_TEXT, LIGHT_TEXT, Goal, LocalTarget, contrast_ratio
from tests.factories import LocalTargetFactory

pytestmark = pytest.mark.django_db

goals_migration = importlib.import_module("sdg.migrations.0002_goals")


def test_the_17_goals_exist_after_migrate_with_titles_in_both_languages():
    goals = list(Goal.objects.all())

    assert [goal.number for goal in goals] == list(range(1, 18))
    for goal in goals:
        assert goal.title_de and goal.title_en
        assert goal.long_title_de and goal.long_title_en
        assert re.fullmatch(r"#[0-9A-F]{6}", goal.colour)


@pytest.mark.parametrize(
    ("number", "german", "english", "colour"),
    [
        (1, "Keine Armut", "No Poverty", "#E5243B"),
        (4, "Hochwertige Bildung", "Quality Education", "#C5192D"),
        (
            12,
            "Nachhaltige/r Konsum und Produktion",
            "Responsible Consumption and Production",
            "#BF8B2E",
        ),
        (13, "Maßnahmen zum Klimaschutz", "Climate Action", "#3F7E44"),
        (15, "Leben an Land", "Life on Land", "#56C02B"),
        (17, "Partnerschaften zur Erreichung der Ziele", "Partnerships for the Goals", "#19486A"),
    ],
)
def test_goals_carry_the_official_titles_and_colours(number, german, english, colour):
    goal = Goal.objects.get(number=number)

    assert (goal.title_de, goal.title_en, goal.colour) == (german, english, colour)


def test_goal_names_itself_in_the_readers_language():
    goal = Goal.objects.get(number=13)

    with translation.override("de"):
        assert str(goal) == "Ziel 13: Maßnahmen zum Klimaschutz"
        assert goal.long_title.startswith("Umgehend Maßnahmen zur Bekämpfung des Klimawandels")
    with translation.override("en"):
        assert str(goal) == "Goal 13: Climate Action"
        assert goal.long_title == "Take urgent action to combat climate change and its impacts"


def historical_apps():
    return MigrationExecutor(connection).loader.project_state(("sdg", "0002_goals")).apps


def test_goals_migration_run_again_changes_nothing():
    before = list(Goal.objects.values_list("number", "title_de", "title_en", "colour"))

    goals_migration.create_goals(historical_apps(), None)

    assert list(Goal.objects.values_list("number", "title_de", "title_en", "colour")) == before


def test_goals_migration_is_reversible():
    apps = historical_apps()

    goals_migration.remove_goals(apps, None)
    assert not Goal.objects.exists()

    goals_migration.create_goals(apps, None)
    assert Goal.objects.count() == 17
    assert Goal.objects.get(number=13).title_en == "Climate Action"


def test_goals_migration_repairs_an_edited_title():
    Goal.objects.filter(number=5).update(title_en="Something else")

    goals_migration.create_goals(historical_apps(), None)

    assert Goal.objects.get(number=5).title_en == "Gender Equality"


@pytest.mark.parametrize(
    ("first", "second", "ratio"),
    [
        ("#FFFFFF", "#000000", 21.0),
        ("#000000", "#FFFFFF", 21.0),
        ("#3F7E44", "#3F7E44", 1.0),
        ("#767676", "#FFFFFF", 4.54),
        ("#777777", "#FFFFFF", 4.48),
    ],
)
def test_contrast_ratio_follows_the_wcag_formula(first, second, ratio):
    assert contrast_ratio(first, second) == pytest.approx(ratio, abs=0.01)


def test_text_on_every_goal_colour_has_a_contrast_of_at_least_4_5_to_1():
    for goal in Goal.objects.all():
        ratio = contrast_ratio(goal.colour, goal.text_colour)
        assert ratio >= 4.5, f"goal {goal.number}: {ratio:.2f}:1"


def test_text_colour_is_the_one_with_more_contrast():
    assert Goal.objects.get(number=17).text_colour == LIGHT_TEXT  # dark blue
    assert Goal.objects.get(number=7).text_colour == DARK_TEXT  # yellow
    assert Goal.objects.get(number=13).text_tone == "light"
    assert Goal.objects.get(number=11).text_tone == "dark"


def test_stylesheet_gives_each_goal_its_colour_and_the_text_colour_the_contrast_was_computed_for():
    css = (settings.BASE_DIR / "static/css/goals.css").read_text()

    for goal in Goal.objects.all():
        rule = re.search(
            rf"^\.goal--{goal.number}\b[^{{]*\{{\s*background-color:\s*(#[0-9A-Fa-f]{{6}});"
            r"\s*color:\s*(#[0-9A-Fa-f]{6});",
            css,
            re.MULTILINE,
        )
        assert rule, goal.number
        assert rule.group(1).upper() == goal.colour
        assert rule.group(2).upper() == goal.text_colour


def test_local_target_code_must_start_with_the_goal_number():
    target = LocalTarget(goal=Goal.objects.get(number=13), code="12.1.1", title_de="Falsch")

    with pytest.raises(ValidationError) as error:
        target.full_clean()

    assert "code" in error.value.message_dict


def test_local_target_code_has_the_un_form():
    target = LocalTarget(goal=Goal.objects.get(number=13), code="13-2", title_de="Falsch")

    with pytest.raises(ValidationError):
        target.full_clean()


def test_local_targets_sort_by_number_not_by_text():
    for code in ("13.10.1", "13.2.1", "13.a", "13.2.10", "13.2.2"):
        LocalTargetFactory(code=code)

    assert [target.code for target in LocalTarget.objects.all()] == [
        "13.2.1",
        "13.2.2",
        "13.2.10",
        "13.10.1",
        "13.a",
    ]
