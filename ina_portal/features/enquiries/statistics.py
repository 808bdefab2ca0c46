"""Counts of a year's enquiries for the staff statistics page: four aggregate queries."""

from dataclasses import dataclass
from datetime import date

from django.utils import formats
from django_countries import countries

from .models import Enquiry, EnquiryKind, EnquiryStatus


@dataclass
class Table:
    rows: list  # [(label, count)]

    @property
    def total(self):
        return sum(count for _label, count in self.rows)


def enquiry_statistics(*, year):
    enquiries = Enquiry.objects.filter(received_at__year=year)
    per_month = {
        (month.year, month.month): count
        for month, count in enquiries.counts_by_month().items()
        if month is not None
    }
    months = Table(
        [
            (
                formats.date_format(date(year, m, 1), "YEAR_MONTH_FORMAT"),
                per_month.get((year, m), 0),
            )
            for m in range(1, 13)
        ]
    )
    kinds = dict(enquiries.counts_by("kind"))
    statuses = dict(enquiries.counts_by("status"))
    return {
        "months": months,
        "kinds": Table([(kind.label, kinds.get(kind.value, 0)) for kind in EnquiryKind]),
        "countries": Table(
            [
                (countries.name(code) or code, count)
                for code, count in enquiries.counts_by("country")
            ]
        ),
        "outcomes": Table(
            [(status.label, statuses.get(status.value, 0)) for status in EnquiryStatus]
        ),
    }
