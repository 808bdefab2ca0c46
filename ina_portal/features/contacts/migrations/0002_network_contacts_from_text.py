"""The networks' plain-text office contacts become people of the directory.

"Fabian Zeuch, Koordinator Globale Städte-Diplomatie" becomes the person Fabian Zeuch
with that function (German and English from the two texts), in the office's unit, and
responsible for the network. Nothing of the text is lost; the reverse writes it back.
"""

from django.db import migrations
from django.utils.text import slugify

OFFICE = ("office", "Büro für Internationale Beziehungen", "Office for International Relations")


def split(text):
    name, _comma, function = (text or "").partition(",")
    return name.strip(), function.strip()


def unique_slug(Person, name):
    base = slugify(name)[:190] or "person"
    slug, number = base, 1
    while Person.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def texts_to_people(apps, schema_editor):
    Network = apps.get_model("networks", "Network")
    Person = apps.get_model("contacts", "Person")
    Unit = apps.get_model("contacts", "Unit")
    networks = Network.objects.exclude(office_contact_de="").exclude(office_contact_de=None)
    if not networks.exists():
        return
    slug, name_de, name_en = OFFICE
    office, _created = Unit.objects.get_or_create(
        slug=slug,
        defaults={"name": name_de, "name_de": name_de, "name_en": name_en, "is_office": True},
    )
    people = {}
    for network in networks:
        name, function_de = split(network.office_contact_de)
        _name, function_en = split(network.office_contact_en)
        if name not in people:
            first, _space, last = name.partition(" ")
            people[name] = Person.objects.create(
                first_name=first if last else "",
                last_name=last or first,
                slug=unique_slug(Person, name),
                function=function_de,
                function_de=function_de,
                function_en=function_en,
                unit=office,
                publication_status="published",
            )
        people[name].networks.add(network)


def people_to_texts(apps, schema_editor):
    Network = apps.get_model("networks", "Network")
    for network in Network.objects.prefetch_related("contacts"):
        person = network.contacts.first()
        if person:
            name = f"{person.first_name} {person.last_name}".strip()
            network.office_contact_de = ", ".join(filter(None, [name, person.function_de]))
            network.office_contact_en = ", ".join(filter(None, [name, person.function_en]))
            network.office_contact = network.office_contact_de
            network.save(update_fields=["office_contact", "office_contact_de", "office_contact_en"])


class Migration(migrations.Migration):
    dependencies = [
        ("contacts", "0001_initial"),
    ]

    operations = [migrations.RunPython(texts_to_people, people_to_texts)]
