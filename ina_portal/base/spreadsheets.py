"""CSV as the portal writes it: one writer for the admin's exports, the contacts
directory and the open data API, with spreadsheet formulas neutralised."""

import csv

# A cell starting with one of these is a formula to a spreadsheet.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value):
    """A value as a CSV cell: lists joined, None empty, formulas made text."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = ", ".join(str(item) for item in value)
    value = str(value)
    # Neutralised as OWASP advises: the apostrophe makes it text.
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


def write_csv(output, header, rows, *, for_spreadsheets=False):
    """Write `header` and `rows` to the file-like `output`.

    For spreadsheets: a byte-order mark and semicolons, which German Excel opens as it
    is; otherwise RFC 4180 (commas, CRLF) for programs.
    """
    if for_spreadsheets:
        output.write("\ufeff")
        writer = csv.writer(output, delimiter=";")
    else:
        writer = csv.writer(output, lineterminator="\r\n")
    writer.writerow([str(label) for label in header])
    writer.writerows([cell(value) for value in row] for row in rows)
