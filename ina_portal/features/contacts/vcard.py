"""One person as a vCard 3.0 (RFC 2426), the version Outlook and every phone import."""

from datetime import UTC

from django.utils.translation import gettext as _

from ina_portal.base.siteprofile import site_profile

LINE_OCTETS = 75


def escape(text):
    """A TEXT value: backslash, comma, semicolon and line breaks escaped."""
    text = str(text).replace("\r\n", "\n").replace("\r", "\n")
    for char in "\\,;":
        text = text.replace(char, f"\\{char}")
    return text.replace("\n", "\\n")


def fold(line):
    """Lines of at most 75 octets, continued with a space, never inside a UTF-8 character."""
    lines, current, size = [], "", 0
    for char in line:
        octets = len(char.encode())
        if size + octets > LINE_OCTETS:
            lines.append(current)
            current, size = " ", 1
        current += char
        size += octets
    lines.append(current)
    return "\r\n".join(lines)


def vcard(person):
    """The vCard of a person with its internal details: for signed-in city staff only."""
    properties = [
        ("N", ";".join(escape(part) for part in [person.last_name, person.first_name, "", "", ""])),
        ("FN", escape(person.name)),
        ("ORG", f"{escape(site_profile().city_authority)};{escape(person.unit.name)}"),
        ("TITLE", escape(person.function)),
    ]
    if person.email:
        properties.append(("EMAIL;TYPE=INTERNET,WORK", escape(person.email)))
    if person.direct_line:
        properties.append(("TEL;TYPE=WORK,VOICE,PREF", escape(person.direct_line)))
    if person.phone:
        properties.append(("TEL;TYPE=WORK,VOICE", escape(person.phone)))
    if person.mobile:
        properties.append(("TEL;TYPE=CELL,VOICE", escape(person.mobile)))
    notes = [
        f"{label}: {value}"
        for label, value in [
            (_("Room"), person.room),
            (_("Deputy"), person.deputy.name if person.deputy else ""),
            (_("Languages spoken"), person.languages),
        ]
        if value
    ]
    if notes:
        properties.append(("NOTE", escape("\n".join(notes))))
    properties.append(("REV", person.updated_at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")))
    lines = ["BEGIN:VCARD", "VERSION:3.0"]
    lines += [fold(f"{name}:{value}") for name, value in properties]
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"
