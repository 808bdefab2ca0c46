"""OpenAPI description of the API: one shared component for the licence object."""

LICENSE_COMPONENT = {
    "type": "object",
    "description": "The licence under which the data may be reused.",
    "properties": {
        "name": {"type": "string"},
        "id": {"type": "string"},
        "url": {"type": "string", "format": "uri"},
        "attribution": {"type": "string"},
    },
    "required": ["name", "id", "url", "attribution"],
}


def add_license_component(result, generator, request, public):
    """drf-spectacular postprocessing hook: the License schema the paginated lists refer to."""
    result.setdefault("components", {}).setdefault("schemas", {})["License"] = LICENSE_COMPONENT
    return result
