"""Real servers for tests that need more than one process: Redis and gunicorn on free ports."""

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

REDIS_SERVER = shutil.which("redis-server")
# The virtualenv's gunicorn, beside the Python that runs the tests.
GUNICORN = Path(sys.executable).parent / "gunicorn"
CHECKOUT = Path(__file__).resolve().parent.parent


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RedisServer:
    """Debian's redis-server on a free port, without persistence."""

    def __init__(self, directory):
        self.directory = directory
        self.port = free_port()
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(  # noqa: S603
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
            + ["--appendonly", "no", "--dir", str(self.directory)],
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as s:
                    s.sendall(b"PING\r\n")
                    if s.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


class AppServer:
    """The portal under gunicorn on a free port, configured only by `env`, as in production.

    `host` is the name the requests carry (a load balancer passes the public one on). Its
    temporary folder is its own, as on a machine of its own: nothing a request leaves there
    is seen by another server.
    """

    def __init__(self, directory, env, *, host, workers=2):
        self.directory = Path(directory)
        self.env = env
        self.host = host
        self.workers = workers
        self.port = free_port()
        self.process = None
        self.log = self.directory / "gunicorn.log"
        # One line per request: the worker's process id, then the request line.
        self.access_log = self.directory / "access.log"

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self):
        """Launch gunicorn; wait_until_up() then waits for it (several start side by side)."""
        command = [str(GUNICORN), "ina_portal.config.wsgi", "--bind", f"127.0.0.1:{self.port}"]
        command += ["--workers", str(self.workers), "--graceful-timeout", "5"]
        command += ["--access-logfile", str(self.access_log), "--access-logformat", "%(p)s %(r)s"]
        tmp = self.directory / "tmp"
        tmp.mkdir(exist_ok=True)
        # XDG_RUNTIME_DIR: gunicorn's control socket, else ~/.gunicorn/gunicorn.ctl for all.
        env = {**self.env, "TMPDIR": str(tmp), "XDG_RUNTIME_DIR": str(self.directory)}
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(  # noqa: S603
                command, cwd=CHECKOUT, env=env, stdout=log, stderr=subprocess.STDOUT
            )

    def wait_until_up(self, timeout=90):
        """Until /healthz answers, as a load balancer's health check would see it."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                exited = self.process.returncode
                raise RuntimeError(f"gunicorn exited with {exited}:\n{self.tail()}")
            try:
                response = requests.get(
                    f"{self.url}/healthz", headers={"Host": self.host}, timeout=2
                )
                if response.status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"gunicorn did not answer /healthz in {timeout} s:\n{self.tail()}")

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)

    def workers_of(self, request_line, at_least=0):
        """The process ids of the workers that answered `request_line` ("GET /en/ HTTP/1.1"),
        in order. A worker logs a request after the client has its answer, so this waits (up
        to five seconds) until `at_least` of them are logged."""
        deadline = time.monotonic() + 5
        while True:
            lines = self.access_log.read_text().splitlines() if self.access_log.exists() else []
            workers = [line.split(" ", 1)[0] for line in lines if line.endswith(f" {request_line}")]
            if len(workers) >= at_least or time.monotonic() > deadline:
                return workers
            time.sleep(0.05)

    def tail(self, lines=40):
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
