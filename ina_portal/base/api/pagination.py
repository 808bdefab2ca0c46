from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response

from .licence import licence


class OpenDataPagination(PageNumberPagination):
    """Pages of 25 records (up to 100 with ?page_size=), with the licence of the data: a
    page of project partnerships, the fullest records, stays near 50 KB by default."""

    page_size = 25
    page_size_query_param = "page_size"
    max_page_size = 100

    def get_paginated_response(self, data):
        return Response(
            {
                "count": self.page.paginator.count,
                "next": self.get_next_link(),
                "previous": self.get_previous_link(),
                "license": licence(),
                "results": data,
            }
        )

    def get_paginated_response_schema(self, schema):
        paginated = super().get_paginated_response_schema(schema)
        paginated["required"] = ["count", "next", "previous", "license", "results"]
        paginated["properties"]["license"] = {"$ref": "#/components/schemas/License"}
        return paginated
