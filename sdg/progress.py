"""How far a local target has come: a status from its indicator's series and its target.

The rule (docs/sdgs.md, and in words on the goal pages): a straight line from the first
value of the series to the target value in the target year says how far the city should
have come by the year of the latest value. It is *on track* when it has come at least
90 % of that way (or has reached the target), *needs effort* when at least a quarter of
it, *off track* when less or when the value moved away from the target. Fewer than two
values, or no target value and year: *no data*.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _

ON_TRACK_SHARE = Decimal("0.9")
EFFORT_SHARE = Decimal("0.25")


class Status(models.TextChoices):
    ON_TRACK = "on_track", _("on track")
    NEEDS_EFFORT = "needs_effort", _("needs effort")
    OFF_TRACK = "off_track", _("off track")
    NO_DATA = "no_data", _("no data")


# A symbol per status, so that the status reads without its colour.
SYMBOLS = {
    Status.ON_TRACK: "✓",
    Status.NEEDS_EFFORT: "!",
    Status.OFF_TRACK: "✕",
    Status.NO_DATA: "–",
}


@dataclass(frozen=True)
class Progress:
    status: Status
    share: Decimal | None = None  # of the way planned by the latest year, 1 = all of it
    first: object = None  # the first and the latest observation the status rests on
    latest: object = None

    @property
    def symbol(self):
        return SYMBOLS[self.status]

    @property
    def css(self):
        return self.status.replace("_", "-")

    @property
    def percent(self):
        return None if self.share is None else round(self.share * 100)


def assess(observations, *, target, year, direction):
    """The Progress of a target from its series (observations in year order)."""
    if target is None or year is None or len(observations) < 2:
        return Progress(Status.NO_DATA)
    first, latest = observations[0], observations[-1]
    sign = 1 if direction == "up" else -1
    if sign * (latest.value - target) >= 0:
        return Progress(Status.ON_TRACK, Decimal(1), first, latest)
    if year <= first.year:
        return Progress(Status.OFF_TRACK, None, first, latest)
    elapsed = min(Decimal(latest.year - first.year) / Decimal(year - first.year), Decimal(1))
    planned = (target - first.value) * elapsed
    if planned == 0:
        return Progress(Status.OFF_TRACK, None, first, latest)
    share = (latest.value - first.value) / planned
    if share >= ON_TRACK_SHARE:
        status = Status.ON_TRACK
    elif share >= EFFORT_SHARE:
        status = Status.NEEDS_EFFORT
    else:
        status = Status.OFF_TRACK
    return Progress(status, share, first, latest)


def tally(targets):
    """[(Status, count)] of the targets' statuses, in Status order, leaving out zeros."""
    counts = dict.fromkeys(Status, 0)
    for target in targets:
        counts[target.progress.status] += 1
    return [(status, count) for status, count in counts.items() if count]
