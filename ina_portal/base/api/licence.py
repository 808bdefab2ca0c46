"""The licence of the open data, stated in every API response and on the Open Data page."""

from ..siteprofile import site_profile

LICENCE_NAME = "Datenlizenz Deutschland – Namensnennung – 2.0"
LICENCE_ID = "dl-de/by-2-0"
LICENCE_URL = "https://www.govdata.de/dl-de/by-2-0"


def licence():
    """The licence object, its attribution naming the site profile's city and office."""
    return {
        "name": LICENCE_NAME,
        "id": LICENCE_ID,
        "url": LICENCE_URL,
        "attribution": site_profile().attribution,
    }
