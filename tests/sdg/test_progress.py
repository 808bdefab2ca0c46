"""The status of a local target from its indicator's series and its target."""

from decimal import Decimal
from types import SimpleNamespace

import pytest

from sdg.progress import Status, assess


def series(*pairs):
    return [SimpleNamespace(year=year, value=Decimal(str(value))) for year, value in pairs]


@pytest.mark.parametrize(
    ("values", "target", "direction", "status"),
    [
        (((2015, 8.5), (2023, 6.9)), 4, "down", Status.NEEDS_EFFORT),  # 67 % of the way
        (((2017, 12), (2024, 38)), 50, "up", Status.ON_TRACK),  # ahead of the line
        (((2015, 31.5), (2024, 30.8)), 20, "down", Status.OFF_TRACK),  # 10 % of the way
        (((2015, 10), (2024, 12)), 5, "down", Status.OFF_TRACK),  # moved away
        (((2015, 3), (2020, 6)), 5, "up", Status.ON_TRACK),  # reached
        (((2015, 3),), 5, "up", Status.NO_DATA),  # one value only
    ],
)
def test_the_status_follows_the_rule_explained_on_the_page(values, target, direction, status):
    progress = assess(series(*values), target=Decimal(target), year=2030, direction=direction)

    assert progress.status == status


def test_a_target_without_value_or_year_has_no_data():
    values = series((2015, 1), (2020, 2))

    assert assess(values, target=None, year=2030, direction="up").status == Status.NO_DATA
    assert assess(values, target=Decimal(3), year=None, direction="up").status == Status.NO_DATA
