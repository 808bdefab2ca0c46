"""The licence of the open data, stated in every API response and on the Open Data page."""

LICENCE_NAME = "Datenlizenz Deutschland – Namensnennung – 2.0"
LICENCE_ID = "dl-de/by-2-0"
LICENCE_URL = "https://www.govdata.de/dl-de/by-2-0"
ATTRIBUTION = "Stadt Dortmund, Büro für Internationale Beziehungen und Nachhaltige Entwicklung"

LICENCE = {
    "name": LICENCE_NAME,
    "id": LICENCE_ID,
    "url": LICENCE_URL,
    "attribution": ATTRIBUTION,
}
