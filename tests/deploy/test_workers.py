"""One app server with four gunicorn workers on the default settings, as the README's
deployment line runs it: an admin edit handled by one worker shows at once on every other,
which had the page cached before."""

from concurrent.futures import ThreadPoolExecutor

import pytest

from events.models import Event
from tests.admin.forms import form_data
from tests.deploy.http import HOST, Browser, needs_postgresql, production_env, signed_in_editor
from tests.factories import EventFactory
from tests.servers import AppServer

pytestmark = [pytest.mark.django_db(transaction=True), needs_postgresql]

WORKERS = 4
REQUESTS = 20
LIST = "/en/events/"


def start(directory, static_root, **env):
    server = AppServer(
        directory, production_env(static_root, directory, **env), host=HOST, workers=WORKERS
    )
    server.start()
    try:
        server.wait_until_up()
    except RuntimeError:
        server.stop()
        raise
    return server


@pytest.fixture(scope="module")
def default_server(django_db_setup, static_root, tmp_path_factory):
    """Configured as the README says: no CACHE_URL, so the portal's default cache."""
    server = start(tmp_path_factory.mktemp("default"), static_root)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def locmem_server(django_db_setup, static_root, tmp_path_factory):
    """The same with a cache of each worker's own, which the deploy check warns about."""
    server = start(tmp_path_factory.mktemp("locmem"), static_root, CACHE_URL="locmem://")
    yield server
    server.stop()


def read_list(server, reader, count):
    """`count` anonymous requests for the events list, four at a time as readers come (one
    reader after another would mostly meet the same idle worker): what each showed, and
    which worker answered it."""
    request_line = f"GET {LIST} HTTP/1.1"
    before = len(server.workers_of(request_line))
    with ThreadPoolExecutor(max_workers=WORKERS) as readers:
        pages = list(readers.map(lambda _: reader.get(f"{server.url}{LIST}").text, range(count)))
    workers = server.workers_of(request_line, at_least=before + count)[before:]
    assert len(workers) == count
    return ["new" if "Leeds twin city conference" in page else "old" for page in pages], workers


def edit_title(server):
    """An editor renames the event in the admin; returns the worker that saved it."""
    event = Event.objects.get(title_en="Leeds partnership conference")
    editor = signed_in_editor(server)
    change_url = f"/admin/events/event/{event.pk}/change/"
    data = form_data(editor.get(server.url + change_url))
    data["title_en"] = "Leeds twin city conference"
    saved = editor.post(server.url + change_url, data, allow_redirects=False)
    assert saved.status_code == 302, saved.text
    return server.workers_of(f"POST {change_url} HTTP/1.1", at_least=1)[-1]


def cache_the_list_on_every_worker(server, reader):
    """Ask until every worker has answered (and so stored) the list at least once."""
    for _ in range(10):
        seen, _workers = read_list(server, reader, WORKERS * 2)
        assert seen == ["old"] * WORKERS * 2
        if len(set(server.workers_of(f"GET {LIST} HTTP/1.1"))) == WORKERS:
            return
    pytest.fail(f"fewer than {WORKERS} workers answered {WORKERS * 20} requests")


def test_after_an_admin_edit_every_worker_shows_the_change_at_once(default_server):
    EventFactory(title_en="Leeds partnership conference")
    reader = Browser()
    cache_the_list_on_every_worker(default_server, reader)

    editors_worker = edit_title(default_server)

    seen, workers = read_list(default_server, reader, REQUESTS)
    assert seen == ["new"] * REQUESTS
    assert set(workers) - {editors_worker}, "no other worker than the editor's answered"


def test_with_a_cache_of_each_workers_own_the_other_workers_show_the_old_page(locmem_server):
    """The failure the default avoids, seen the same way: proof that the test above can fail."""
    EventFactory(title_en="Leeds partnership conference")
    reader = Browser()
    cache_the_list_on_every_worker(locmem_server, reader)

    editors_worker = edit_title(locmem_server)

    seen, workers = read_list(locmem_server, reader, REQUESTS)
    assert "old" in seen
    assert set(workers) - {editors_worker}
