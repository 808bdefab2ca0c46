"""The admin's CSV import of people under `make bench`: N generated rows, previewed and
confirmed through the import views, timed and their SQL queries counted.

Three files of the same people in turn: all new, all changed, and the changed file again
(all unchanged). Run by bench/run.py against the benchmark's database after
bench/generate.py (it needs units, twin cities, networks, events and topics to name);
prints JSON. `--profile FILE` also writes cProfile statistics of each step.

    python bench/imports.py --rows 1000 [--profile /tmp/import.prof]
"""

import argparse
import cProfile
import csv
import io
import json
import random
import re
import sys
import time
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402

from events.models import Event  # noqa: E402
from ina_portal.base.models import Topic  # noqa: E402
from ina_portal.features.contacts.models import Person, Unit  # noqa: E402
from networks.models import Network  # noqa: E402
from partnerships.models import TwinCity  # noqa: E402

HIDDEN_INPUT = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)"')
SLUG_PREFIX = "bench-import-"
HEADER = [
    "slug", "first_name", "last_name", "function_de", "function_en", "unit", "position",
    "email", "phone", "room", "deputy", "twin_cities", "networks", "events", "countries",
    "topics", "publication_status",
]  # fmt: skip


def people_csv(count, *, seed, function="Referentin"):
    """A spreadsheet of `count` people, each naming a few related records by their slugs."""
    rng = random.Random(seed)
    units = list(Unit.objects.values_list("slug", flat=True))
    cities = list(TwinCity.objects.values_list("city__slug", flat=True))
    networks = list(Network.objects.values_list("slug", flat=True))
    events = list(Event.objects.values_list("slug", flat=True))
    topics = list(Topic.objects.values_list("slug", flat=True))
    deputies = list(
        Person.objects.exclude(slug__startswith=SLUG_PREFIX).values_list("slug", flat=True)
    )
    output = io.StringIO()
    writer = csv.writer(output, delimiter=";")
    writer.writerow(HEADER)
    for number in range(count):
        writer.writerow(
            [
                f"{SLUG_PREFIX}{number}",
                "Anna",
                f"Muster {number}",
                f"{function} {number}",
                f"Desk officer {number}",
                rng.choice(units),
                number % 50,
                f"anna.muster{number}@stadtdo.example",
                f"0231 50-{10000 + number}",
                f"Raum {number % 9}.{number % 40:02}",
                rng.choice(deputies) if deputies else "",
                ",".join(rng.sample(cities, k=min(2, len(cities)))),
                ",".join(rng.sample(networks, k=min(2, len(networks)))),
                ",".join(rng.sample(events, k=min(1, len(events)))),
                "GH,PL",
                ",".join(rng.sample(topics, k=min(2, len(topics)))),
                "draft",
            ]
        )
    return "\ufeff" + output.getvalue()


def timed(step, profile, name):
    """Seconds and SQL queries of step(), and its response."""
    profiler = cProfile.Profile() if profile else None
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        started = time.perf_counter()
        if profiler:
            profiler.enable()
        response = step()
        if profiler:
            profiler.disable()
        seconds = time.perf_counter() - started
    if profiler:
        profiler.dump_stats(f"{profile}.{name}")
    return response, round(seconds, 2), len(queries)


def import_once(client, text, *, label, profile):
    url = reverse("admin:contacts_person_import")
    upload = SimpleUploadedFile("people.csv", text.encode("utf-8"), "text/csv")
    preview, preview_s, preview_queries = timed(
        lambda: client.post(url, {"import_file": upload, "format": "0"}),
        profile,
        f"{label}.preview",
    )
    assert preview.status_code == 200, preview.status_code
    data = dict(HIDDEN_INPUT.findall(preview.content.decode()))
    if "import_file_name" not in data:
        text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", preview.content.decode()))
        sys.exit(f"bench: the preview offers no import; its errors: {text[-2000:]}")
    confirm, confirm_s, confirm_queries = timed(
        lambda: client.post(reverse("admin:contacts_person_process_import"), data),
        profile,
        f"{label}.confirm",
    )
    assert confirm.status_code == 302, confirm.status_code
    return {
        "file": label,
        "preview_s": preview_s,
        "confirm_s": confirm_s,
        "preview_queries": preview_queries,
        "confirm_queries": confirm_queries,
    }


def measure(rows, *, seed=1, profile=None):
    user, _created = get_user_model().objects.get_or_create(
        username="bench-import", defaults={"is_staff": True, "is_superuser": True}
    )
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    Person.objects.filter(slug__startswith=SLUG_PREFIX).delete()
    # The process's first request pays for imports and whitenoise's file list.
    assert client.get(reverse("admin:contacts_person_import")).status_code == 200
    new = people_csv(rows, seed=seed)
    changed = people_csv(rows, seed=seed, function="Referent")
    imported = Person.objects.filter(slug__startswith=SLUG_PREFIX)
    try:
        results = [import_once(client, new, label="new", profile=profile)]
        assert imported.count() == rows, "not every new row was saved"
        results.append(import_once(client, changed, label="changed", profile=profile))
        assert not imported.filter(function_de__startswith="Referentin").exists()
        saved = set(imported.values_list("pk", "updated_at"))
        results.append(import_once(client, changed, label="unchanged", profile=profile))
        assert set(imported.values_list("pk", "updated_at")) == saved, "unchanged rows saved"
        return results
    finally:
        Person.objects.filter(slug__startswith=SLUG_PREFIX).delete()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--profile", help="write cProfile statistics to FILE.<file>.<step>")
    args = parser.parse_args()
    json.dump(
        {"rows": args.rows, "imports": measure(args.rows, seed=args.seed, profile=args.profile)},
        sys.stdout,
        indent=2,
    )


if __name__ == "__main__":
    main()
