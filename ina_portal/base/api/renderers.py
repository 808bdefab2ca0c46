"""CSV downloads of the API's lists: the same rows and columns as the JSON, flattened."""

import io

from rest_framework.renderers import BaseRenderer
from rest_framework.serializers import Serializer

from ina_portal.base.spreadsheets import write_csv

# Of a nested record in a list cell, the first of these that it has names it.
NAME_KEYS = ("slug", "number", "name", "title", "label")


def flatten(record, prefix=""):
    """{"city": {"name": "Amiens"}} -> {"city.name": "Amiens"}; lists joined by "; "."""
    row = {}
    for key, value in record.items():
        if isinstance(value, dict):
            row.update(flatten(value, f"{prefix}{key}."))
        elif isinstance(value, list):
            row[prefix + key] = "; ".join(str(name_of(item)) for item in value)
        else:
            row[prefix + key] = "" if value is None else value
    return row


def columns_of(serializer, prefix=""):
    columns = []
    for name, field in serializer.fields.items():
        if isinstance(field, Serializer):
            columns += columns_of(field, f"{prefix}{name}.")
        else:
            columns.append(prefix + name)
    return columns


def name_of(item):
    if isinstance(item, dict):
        return next((item[key] for key in NAME_KEYS if key in item), "")
    return item


class CSVRenderer(BaseRenderer):
    """RFC 4180 CSV in UTF-8; spreadsheet formulas are neutralised like the contacts export."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if data is None:
            return b""
        if isinstance(data, dict):
            records = data["results"] if isinstance(data.get("results"), list) else [data]
        else:
            records = data
        rows = [flatten(record) for record in records]
        view = (renderer_context or {}).get("view")
        response = (renderer_context or {}).get("response")
        failed = response is not None and response.exception
        declared = (
            []
            if failed or not hasattr(view, "get_serializer")
            else columns_of(view.get_serializer())
        )
        # The serializer's columns even for an empty list; an error's keys otherwise.
        columns = list(dict.fromkeys(declared or [key for row in rows for key in row]))
        output = io.StringIO()
        write_csv(output, columns, ([row.get(column, "") for column in columns] for row in rows))
        return output.getvalue().encode(self.charset)
