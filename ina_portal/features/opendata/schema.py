"""OpenAPI description of the API: a shared component for the licence object, and the error
responses every operation can give."""

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


ERROR_COMPONENTS = {
    "ValidationError": {
        "type": "object",
        "description": "What is wrong with the request: messages by parameter name.",
        "additionalProperties": {"type": "array", "items": {"type": "string"}},
    },
    "NotFound": {
        "type": "object",
        "description": "No such record, page or format.",
        "properties": {"detail": {"type": "string"}},
        "required": ["detail"],
    },
}
ERROR_RESPONSES = {
    "400": ("An invalid parameter value (see the messages).", "ValidationError"),
    "404": ("No such record, page number or format.", "NotFound"),
}


def add_error_responses(result, generator, request, public):
    """drf-spectacular postprocessing hook: every operation documents its 400 and 404."""
    result.setdefault("components", {}).setdefault("schemas", {}).update(ERROR_COMPONENTS)
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            for status, (description, component) in ERROR_RESPONSES.items():
                operation["responses"].setdefault(
                    status,
                    {
                        "description": description,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": f"#/components/schemas/{component}"}
                            }
                        },
                    },
                )
    return result
