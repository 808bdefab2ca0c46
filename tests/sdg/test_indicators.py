"""Indicators and local targets as readers and data users meet them: the status, chart and
table on the goal page in both languages, the indicator page and the open data agreeing
on every value, drafts kept out, the API's goal filter, query counts that do not grow
with the data, and the admin's CSV import of values, all or nothing."""

import csv
import io
import re
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.text import capfirst

from sdg.models import Direction, Observation
from sdg.progress import Status
from tests.admin.test_csv import confirm, csv_text, upload
from tests.factories import (
    IndicatorFactory,
    LocalTargetFactory,
    ObservationFactory,
    SdgActivityFactory,
)
from tests.sdg.test_pages import served_by_goal
from tests.urls import url

pytestmark = pytest.mark.django_db

# 2015 to 2023 is 8 of the 15 years to 2030: the city should be 2.4 of the 4.5 tonnes
# down by 2023 and is 1.6 down, 67 % of the planned way: "needs effort".
SERIES = [(2015, "8.50"), (2020, "7.25"), (2023, "6.90")]
SHOWN = {"de": ["8,50", "7,25", "6,90"], "en": ["8.50", "7.25", "6.90"]}


def api(endpoint):
    return reverse(f"opendata:{endpoint}-list")


def text(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def element(html, tag, id_):
    match = re.search(rf'<{tag}[^>]* id="{id_}".*?</{tag}>', html, re.S)
    assert match, f"no <{tag} id={id_}> on the page"
    return match.group(0)


def table_rows(html):
    """[(year, series, shown value)] of an indicator table that has a series column."""
    return re.findall(
        r'<tr><th scope="row">(\d{4})</th><td>(.*?)</td><td class="number">(.*?)</td>', html
    )


@pytest.fixture
def emissions():
    """Target 13.1.1 with its headline indicator; target 13.2.1 without values."""
    target = LocalTargetFactory(
        code="13.1.1",
        title_de="Treibhausgase bis 2030 mehr als halbieren",
        title_en="More than halve greenhouse gas emissions by 2030",
        target_value=Decimal(4),
        target_year=2030,
        direction=Direction.DOWN,
    )
    indicator = IndicatorFactory(
        slug="greenhouse-gas-emissions",
        title_de="Treibhausgasausstoß je Einwohnerin und Einwohner",
        title_en="Greenhouse gas emissions per inhabitant",
        local_target=target,
        decimals=2,
    )
    for year, value in SERIES:
        ObservationFactory(indicator=indicator, year=year, value=Decimal(value))
    for year, value in [(2015, "9.75"), (2023, "9.10")]:
        ObservationFactory(
            indicator=indicator, year=year, breakdown="Innenstadt-Nord", value=Decimal(value)
        )
    LocalTargetFactory(
        code="13.2.1", title_de="Klimaneutrale Verwaltung", title_en="A climate-neutral council"
    )
    return indicator


@pytest.mark.parametrize("language", ["de", "en"])
def test_goal_page_shows_each_target_with_its_status_and_its_indicator_as_chart_and_table(
    client, emissions, language
):
    html = client.get(url("sdg:goal_detail", language, number=13)).text

    with translation.override(language):
        needs_effort = capfirst(str(Status.NEEDS_EFFORT.label))
        no_data = capfirst(str(Status.NO_DATA.label))
    target = element(html, "section", "target-13-1-1")
    status = re.search(r'<p class="status status--needs-effort">.*?</p>', target, re.S)
    assert status, "target 13.1.1 shows no 'needs effort' status"
    assert needs_effort in text(status.group(0))
    assert "67 %" in text(status.group(0))
    assert getattr(emissions.local_target, f"title_{language}") in target
    other = element(html, "section", "target-13-2-1")
    assert '<p class="status status--no-data">' in other
    assert no_data in text(other)

    chart = re.search(r"<svg .*?</svg>", target, re.S).group(0)
    title = getattr(emissions, f"title_{language}")
    assert f'<title id="chart-greenhouse-gas-emissions-title">{title}</title>' in chart
    desc = re.search(r"<desc[^>]*>(.*?)</desc>", chart).group(1)
    first, _middle, last = SHOWN[language]
    assert first in desc and last in desc
    assert 'aria-labelledby="chart-greenhouse-gas-emissions-title ' in chart

    table = re.search(r'<table class="indicator__table">.*?</table>', target, re.S).group(0)
    assert re.findall(r'<th scope="row">(\d{4})</th>', table) == ["2015", "2020", "2023"]
    assert re.findall(r'<td class="number">(.*?)</td>', table) == SHOWN[language]
    assert "9,10" not in table and "9.10" not in table, "the goal page shows the whole city"


def test_goal_page_speaks_german_about_its_targets_and_indicators(client, emissions):
    html = client.get(url("sdg:goal_detail", "de", number=13)).text
    section = element(html, "section", "target-13-1-1")

    for english in ("Needs effort", "of the planned way", "Target value", ">Value<", ">Note<"):
        assert english not in section
    assert "Local targets and indicators" not in html
    assert "/de/sustainable-development-goals/" not in html


def test_indicator_page_and_open_data_give_the_same_values(client, emissions):
    other = IndicatorFactory(slug="other-indicator")
    ObservationFactory(indicator=other, year=2020, value=Decimal("1.25"))

    page = client.get(url("sdg:indicator_detail", "en", slug=emissions.slug), {"breakdown": "*"})
    shown = [
        (int(year), "" if series == "Whole city" else series, Decimal(value))
        for year, series, value in table_rows(page.text)
    ]
    values = client.get(api("indicator-values"), {"indicator": emissions.slug}).json()
    csv_link = re.search(r'<a href="([^"]+format=csv)" download>Values as CSV', page.text)
    csv_file = client.get(csv_link.group(1).replace("&amp;", "&"))
    json_link = re.search(r'<a href="([^"]+)">Indicator and values as JSON', page.text)
    series = client.get(json_link.group(1)).json()["series"]

    assert shown == [
        (2015, "", Decimal("8.50")),
        (2020, "", Decimal("7.25")),
        (2023, "", Decimal("6.90")),
        (2015, "Innenstadt-Nord", Decimal("9.75")),
        (2023, "Innenstadt-Nord", Decimal("9.10")),
    ]
    assert [
        (row["year"], row["breakdown"], Decimal(str(row["value"]))) for row in values["results"]
    ] == shown
    assert {row["indicator"] for row in values["results"]} == {emissions.slug}
    assert csv_file["Content-Type"] == "text/csv; charset=utf-8"
    assert [
        (int(row["year"]), row["breakdown"], Decimal(row["value"]))
        for row in csv.DictReader(io.StringIO(csv_file.content.decode()))
    ] == shown
    assert [(row["year"], row["breakdown"], Decimal(str(row["value"]))) for row in series] == (
        shown
    )


def test_a_breakdown_chosen_on_the_page_has_the_values_the_api_filter_gives(client, emissions):
    page = client.get(
        url("sdg:indicator_detail", "de", slug=emissions.slug), {"breakdown": "Innenstadt-Nord"}
    )
    values = client.get(
        api("indicator-values"), {"indicator": emissions.slug, "breakdown": "Innenstadt-Nord"}
    ).json()["results"]

    assert table_rows(page.text) == [
        ("2015", "Innenstadt-Nord", "9,75"),
        ("2023", "Innenstadt-Nord", "9,10"),
    ]
    assert [(row["year"], row["value"]) for row in values] == [(2015, 9.75), (2023, 9.1)]


def test_an_empty_breakdown_filter_gives_the_whole_citys_values(client, emissions):
    values = client.get(
        api("indicator-values"), {"indicator": emissions.slug, "breakdown": ""}
    ).json()["results"]

    assert {row["breakdown"] for row in values} == {""}


@pytest.mark.parametrize("state", ["draft", "scheduled"])
def test_an_unpublished_indicator_has_no_page_and_is_not_in_the_open_data(client, state):
    hidden = IndicatorFactory(slug="hidden-indicator", **{state: True})
    ObservationFactory(indicator=hidden, year=2020)
    ObservationFactory(indicator=IndicatorFactory(slug="shown-indicator"), year=2020)

    for language in ("de", "en"):
        page = client.get(url("sdg:indicator_detail", language, slug=hidden.slug))
        assert page.status_code == 404
    listing = client.get(url("sdg:indicator_list", "en")).text
    indicators = client.get(api("indicators")).json()["results"]
    detail = client.get(reverse("opendata:indicators-detail", kwargs={"slug": hidden.slug}))
    values = client.get(api("indicator-values")).json()["results"]
    filtered = client.get(api("indicator-values"), {"indicator": hidden.slug}).json()
    csv_file = client.get(api("indicator-values"), {"format": "csv"}).content.decode()
    goal_page = client.get(url("sdg:goal_detail", "en", number=13)).text

    assert "shown-indicator" in listing and hidden.slug not in listing
    assert [indicator["slug"] for indicator in indicators] == ["shown-indicator"]
    assert detail.status_code == 404
    assert {row["indicator"] for row in values} == {"shown-indicator"}
    assert filtered["results"] == []
    assert "shown-indicator" in csv_file and hidden.slug not in csv_file
    assert hidden.slug not in goal_page


@pytest.mark.parametrize("endpoint", ["indicators", "indicator-values"])
def test_the_goal_filter_takes_goals_1_to_17_and_refuses_anything_else(client, endpoint):
    ObservationFactory(indicator=IndicatorFactory(slug="on-goal-13"), year=2020)

    climate = client.get(api(endpoint), {"goal": 13})
    nothing = client.get(api(endpoint), {"goal": 5})
    beyond = client.get(api(endpoint), {"goal": 18})
    not_a_number = client.get(api(endpoint), {"goal": "x"})

    assert climate.json()["count"] == 1
    assert nothing.status_code == 200
    assert nothing.json()["results"] == []
    for refused in (beyond, not_a_number):
        assert refused.status_code == 400
        assert "goal" in refused.json()


def indicators_with_values(size):
    """`size` targets with a headline indicator, and `size` indicators of no target, each
    with a whole-city and a district series; activities serve the targets."""
    for _ in range(size):
        target = LocalTargetFactory(target_value=Decimal(4), target_year=2030)
        target.activities.add(SdgActivityFactory(goals=[13]))
        for indicator in (IndicatorFactory(local_target=target), IndicatorFactory()):
            for year in (2015, 2020):
                ObservationFactory(indicator=indicator, year=year)
                ObservationFactory(indicator=indicator, year=year, breakdown="Innenstadt-Nord")


@pytest.mark.parametrize("size", [3, 30])
def test_indicator_list_runs_the_same_queries_whatever_the_number_of_indicators(
    client, django_assert_num_queries, size
):
    indicators_with_values(size)

    # the count; a page of indicators with their goals and local targets; their
    # whole-city series; the goals the filter form offers
    with django_assert_num_queries(4):
        response = client.get(url("sdg:indicator_list", "en"))

    assert response.text.count('<td class="number">') == min(2 * size, 50)


@pytest.mark.parametrize("size", [3, 30])
def test_indicator_page_runs_the_same_queries_whatever_the_number_of_values(
    client, django_assert_num_queries, size
):
    indicator = IndicatorFactory(slug="many-values")
    for year in range(1990, 1990 + size):
        for breakdown in ("", "Innenstadt-Nord", "Hombruch"):
            ObservationFactory(indicator=indicator, year=year, breakdown=breakdown)

    # the indicator with its goal and local target; its whole-city series; every value
    with django_assert_num_queries(3):
        response = client.get(
            url("sdg:indicator_detail", "en", slug=indicator.slug), {"breakdown": "*"}
        )

    assert len(table_rows(response.text)) == 3 * size


@pytest.mark.parametrize("name", ["sdg:report", "sdg:goal_report"])
@pytest.mark.parametrize("size", [3, 30])
def test_reports_run_the_same_queries_whatever_the_number_of_records(
    client, django_assert_num_queries, name, size
):
    indicators_with_values(size)  # first: the first targets have indicators
    served_by_goal(size)
    kwargs = {"number": 13} if name == "sdg:goal_report" else {}

    # the goals with their counts; their first local targets, the targets' indicators and
    # their whole-city series, the targets' activities; the goals' first other indicators
    # and their series; then the first records serving each goal: activities + goals,
    # twin cities + goals, project partnerships + cities, topics, goals, networks +
    # topics, goals, events + goals
    with django_assert_num_queries(20):
        response = client.get(url(name, "en", **kwargs))

    if name == "sdg:goal_report":
        # the first six targets (three with an indicator at size 3) and four other indicators
        assert response.text.count('<article class="indicator"') == (6 if size == 3 else 10)
    else:
        # the report on all goals sums up: tables, no charts
        assert response.text.count('<article class="indicator"') == 0
        assert response.text.count('<tr><th scope="row"><a href="/en/') == 2 * 3
    # links to the rest where there is more than the report shows
    assert (f"All {2 * size} local targets of goal 13" in response.text) == (
        2 * size > (6 if name == "sdg:goal_report" else 3)
    )
    assert (f"All {2 * size} indicators of goal 13" in response.text) == (size > 3)


VALUES_HEADER = ["indicator", "year", "breakdown", "value", "note_de"]


@pytest.fixture
def english_admin(admin_client):
    admin_client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return admin_client


def stored_values():
    return list(Observation.objects.values_list("indicator__slug", "year", "breakdown", "value"))


@pytest.mark.parametrize(
    ("bad_row", "error"),
    [
        (
            ["no-such-indicator", "2024", "6.50"],
            ("Indicator", "There is no indicator “no-such-indicator”."),
        ),
        (["{slug}", "2024", "n/a"], None),  # its message: see the test below
    ],
)
def test_a_values_file_with_one_bad_row_imports_nothing(english_admin, emissions, bad_row, error):
    slug, year, value = (cell.format(slug=emissions.slug) for cell in bad_row)
    before = stored_values()
    text = csv_text(
        VALUES_HEADER,
        [emissions.slug, "2024", "Hombruch", "6.50", ""],
        [slug, year, "", value, ""],
        [emissions.slug, "2025", "", "6.20", "vorläufig"],
    )

    preview = upload(english_admin, "sdg", "observation", text)

    assert "confirm_form" not in preview.context, "a file with an error cannot be confirmed"
    errors = preview.context["report"].errors
    assert {row for row, _column, _message in errors} == {3}
    if error:
        assert (3, *error) in errors
    assert stored_values() == before


def test_every_bad_row_of_a_values_file_is_listed_by_its_row(english_admin, emissions):
    before = stored_values()
    text = csv_text(
        VALUES_HEADER,
        [emissions.slug, "2024", "", "6.50", ""],
        ["no-such-indicator", "2024", "", "6.50", ""],
        [emissions.slug, "2025", "", "n/a", ""],
        [emissions.slug, "", "", "6.00", ""],
        [emissions.slug, "2024", "", "6.40", ""],
    )

    preview = upload(english_admin, "sdg", "observation", text)

    report = preview.context["report"]
    assert {row for row, _column, _message in report.errors} == {3, 4, 5, 6}
    assert (3, "Indicator", "There is no indicator “no-such-indicator”.") in report.errors
    assert (6, "Year", "Row 2 of the file has this value already.") in report.errors
    assert report.error_rows == 4
    assert "confirm_form" not in preview.context
    assert stored_values() == before


def test_a_value_that_is_no_number_is_an_error_of_the_value_column(english_admin, emissions):
    text = csv_text(VALUES_HEADER, [emissions.slug, "2025", "", "n/a", ""])

    preview = upload(english_admin, "sdg", "observation", text)

    [(row, column, message)] = preview.context["report"].errors
    assert (row, column) == (2, "Value")
    assert "<class" not in message


def test_imported_values_appear_on_the_indicator_page_at_once(client, admin_client, emissions):
    page = url("sdg:indicator_detail", "de", slug=emissions.slug)
    assert "2024" not in client.get(page).text  # the page is in the cache now
    # as German Excel saves it: semicolons and decimal commas
    text = csv_text(
        VALUES_HEADER,
        [emissions.slug, "2024", "", "6,35", "vorläufig"],
        [emissions.slug, "2024", "Innenstadt-Nord", "8,95", ""],
    )

    preview = upload(admin_client, "sdg", "observation", text)
    assert preview.context["report"].errors == []
    confirm(admin_client, "sdg", "observation", preview)

    html = client.get(page).text
    assert re.findall(r'<td class="number">(.*?)</td>', html) == ["8,50", "7,25", "6,90", "6,35"]
    assert "vorläufig" in html
    district = client.get(page, {"breakdown": "Innenstadt-Nord"}).text
    assert ("2024", "Innenstadt-Nord", "8,95") in table_rows(district)


def test_the_indicator_page_is_served_from_the_cache_until_values_change(
    client, emissions, django_assert_num_queries
):
    page = url("sdg:indicator_detail", "de", slug=emissions.slug)
    client.get(page)

    with django_assert_num_queries(0):
        client.get(page)
    ObservationFactory(indicator=emissions, year=2024, value=Decimal("6.35"))
    assert "6,35" in client.get(page).text


def test_an_imported_file_corrects_a_stored_value(admin_client, emissions):
    text = csv_text(VALUES_HEADER, [emissions.slug, "2023", "", "6,80", "berichtigt"])

    preview = upload(admin_client, "sdg", "observation", text)

    assert preview.context["report"].errors == []
    assert (preview.context["report"].new, preview.context["report"].changed) == (0, 1)
    confirm(admin_client, "sdg", "observation", preview)
    corrected = Observation.objects.get(indicator=emissions, year=2023, breakdown="")
    assert (corrected.value, corrected.note_de) == (Decimal("6.80"), "berichtigt")


def test_the_report_shows_the_status_rule_open_so_it_prints_and_the_goal_page_folds_it(
    client, emissions
):
    report = client.get(url("sdg:report", "en")).text
    goal_page = client.get(url("sdg:goal_detail", "en", number=13)).text

    assert '<details class="status-rule" open>' in report
    assert '<details class="status-rule">' in goal_page
    assert "at least 90 % of that way" in report
