"""`make bench`: the portal under load, as in production, at scale 1 and scale 100.

For each scale: a fresh database (SQLite, or a scratch PostgreSQL database next to the
one DATABASE_URL names), migrate, bench/generate.py, then gunicorn with DEBUG off and
whitenoise, loaded by wrk from a second process: every public page in both languages,
/healthz (the trivial view) and a static file (the ceiling). Pages are loaded twice,
with the page cache (as served), as a signed-in reader gets them (rendered, the parts
of pages kept per content generation warm) and without any cache (the first render
after an edit). SQL queries and
bytes per page come from bench/measure.py; bench/imports.py times the admin's CSV import
of 1,000 people (preview and confirm, new, changed and unchanged). Writes
bench/results/<database>.json and .md, and the table again as bench/results/latest.md
(docs/performance.md links to it).
"""

import argparse
import json
import os
import platform
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
WRK_SCRIPT = ROOT / "bench" / "wrk_report.lua"
WORKERS = 2
# Any session cookie bypasses the page cache, as for signed-in staff (the name is the
# settings' SESSION_COOKIE_NAME with DEBUG off); the session itself need not exist.
SIGNED_IN = "Cookie: __Host-sessionid=bench"


def log(message):
    print(message, flush=True)


def run(args, env, **kwargs):
    return subprocess.run(args, cwd=ROOT, env=env, check=True, **kwargs)


def manage(env, *args, **kwargs):
    return run([sys.executable, "manage.py", *args], env, **kwargs)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- Databases: never the one DATABASE_URL names, always a fresh one per scale.


def postgres_scratch_url(url):
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"{parts.path}_bench"))


def fresh_database(workdir, scale):
    """DATABASE_URL of an empty database for one scale, and the vendor's name."""
    configured = os.environ.get("DATABASE_URL", "")
    if configured.startswith(("postgres://", "postgresql://")):
        import psycopg
        from psycopg import sql

        scratch = postgres_scratch_url(configured)
        name = urlsplit(scratch).path.lstrip("/")
        with psycopg.connect(configured, autocommit=True) as conn:
            drop = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
            conn.execute(drop.format(sql.Identifier(name)))
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return scratch, "postgresql"
    if configured and not configured.startswith("sqlite:"):
        sys.exit(f"bench: unsupported DATABASE_URL scheme: {configured.split(':')[0]}")
    return f"sqlite:///{workdir / f'scale-{scale}.sqlite3'}", "sqlite"


def drop_postgres_scratch():
    configured = os.environ.get("DATABASE_URL", "")
    if configured.startswith(("postgres://", "postgresql://")):
        import psycopg
        from psycopg import sql

        name = urlsplit(postgres_scratch_url(configured)).path.lstrip("/")
        with psycopg.connect(configured, autocommit=True) as conn:
            drop = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
            conn.execute(drop.format(sql.Identifier(name)))


# --- The server and the load


@contextmanager
def gunicorn(env, workdir, **extra_env):
    port = free_port()
    log_file = open(workdir / "gunicorn.log", "a")  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "ina_portal.config.wsgi:application",
            "--workers",
            str(WORKERS),
            "--bind",
            f"127.0.0.1:{port}",
        ],  # fmt: skip
        cwd=ROOT,
        env={**env, **extra_env},
        stdout=log_file,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{base}/healthz", timeout=2) as response:  # noqa: S310
                    if response.status == 200:
                        break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    log_file.flush()
                    sys.exit(f"bench: gunicorn did not start; see {workdir / 'gunicorn.log'}")
                time.sleep(0.2)
        yield base
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log_file.close()


def prime(url, headers=()):
    """A few requests first, so that each worker has rendered and cached the page once."""

    def fetch(_):
        extra = dict(header.split(": ", 1) for header in headers)
        request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip", **extra})  # noqa: S310
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            response.read()

    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        list(pool.map(fetch, range(2 * WORKERS)))


def wrk(url, duration, connections, *, warm, headers=()):
    args = [
        "wrk", "--threads", "1", "--connections", str(connections),
        "--header", "Accept-Encoding: gzip", "--script", str(WRK_SCRIPT), "--latency",
        "--timeout", "10s",
    ]  # fmt: skip
    for header in headers:
        args += ["--header", header]
    if warm:
        prime(url, headers)
    output = subprocess.run(
        [*args, "--duration", f"{duration}s", url], check=True, capture_output=True, text=True
    ).stdout
    summary = json.loads(output.split("WRK_JSON ", 1)[1])
    seconds = summary["duration_us"] / 1e6
    latency = summary["latency_us"]
    return {
        "requests_per_second": round(summary["requests"] / seconds, 1),
        "requests": summary["requests"],
        "p50_ms": latency["p50"] / 1000,
        "p95_ms": latency["p95"] / 1000,
        "p99_ms": latency["p99"] / 1000,
        "errors": sum(summary["errors"].values()),
    }


def wait_until_idle(base):
    """Let the workers finish what wrk left queued, so it does not slow the next row."""

    def fetch(_):
        with urllib.request.urlopen(f"{base}/healthz", timeout=120) as response:  # noqa: S310
            response.read()

    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        list(pool.map(fetch, range(WORKERS)))


def load(base, endpoints, key, duration, connections, headers=()):
    for endpoint in endpoints:
        # The uncached run measures the first render after an edit: nothing is warmed.
        endpoint[key] = result = wrk(
            base + endpoint["path"], duration, connections, warm=key != "uncached", headers=headers
        )
        wait_until_idle(base)
        flag = f"  {result['errors']} ERRORS" if result["errors"] else ""
        log(
            f"  {key:9} {endpoint['path'][:72]:72} {result['requests_per_second']:8.1f} req/s  "
            f"p95 {result['p95_ms']:7.2f} ms{flag}"
        )


def bench_scale(scale, args, base_env, workdir):
    database_url, vendor = fresh_database(workdir, scale)
    env = {**base_env, "DATABASE_URL": database_url}
    # The portal's default, a file cache, in a folder of this scale's own.
    env.setdefault("CACHE_URL", f"filecache://{workdir / f'cache-{scale}'}")
    log(f"\n== Scale {scale} on {vendor}")
    started = time.monotonic()
    manage(env, "migrate", "--noinput", "-v", "0")
    output = run(
        [sys.executable, "-m", "bench.generate", "--scale", str(scale), "--seed", str(args.seed)],
        env,
        capture_output=True,
        text=True,
    ).stdout
    log(f"  {output.strip()} (with migrate: {time.monotonic() - started:.1f} s)")

    measured = json.loads(
        run([sys.executable, "bench/measure.py"], env, capture_output=True, text=True).stdout
    )
    bad = [page["path"] for page in measured["pages"] if page["status"] != 200]
    if bad:
        sys.exit(f"bench: pages did not answer 200: {bad}")
    pages = [{"kind": "page", **page} for page in measured["pages"]]
    imports = json.loads(
        run(
            [sys.executable, "bench/imports.py", "--rows", str(args.import_rows)],
            env,
            capture_output=True,
            text=True,
        ).stdout
    )
    for step in imports["imports"]:
        log(
            f"  import of {imports['rows']} people, {step['file']:9}: preview "
            f"{step['preview_s']:.2f} s ({step['preview_queries']} SQL), confirm "
            f"{step['confirm_s']:.2f} s ({step['confirm_queries']} SQL)"
        )
    # The trivial view is loaded first and last: the baseline is the mean of the two.
    trivial = {"kind": "trivial", "name": "/healthz (trivial view)", "path": "/healthz"}
    static = {"kind": "static", "name": "Static file (whitenoise)", "path": measured["static_file"]}
    trivial_again = {**trivial, "name": "/healthz again, after the pages"}
    ceilings = [trivial, static]

    # As many connections as workers where pages are rendered: the latency is the time to
    # render, not to queue.
    rendered = [page for page in pages if page["language"] in args.uncached_languages]
    with gunicorn(env, workdir) as base:
        load(base, ceilings + pages + [trivial_again], "cached", args.duration, args.connections)
        load(base, rendered, "signed_in", args.duration, WORKERS, headers=[SIGNED_IN])
    with gunicorn(env, workdir, DJANGO_PAGE_CACHE_SECONDS="0") as base:
        load(base, rendered, "uncached", args.duration, WORKERS)

    endpoints = [*ceilings, trivial_again, *pages]
    baseline = (
        trivial["cached"]["requests_per_second"] + trivial_again["cached"]["requests_per_second"]
    ) / 2
    for endpoint in endpoints:
        for key in ("cached", "signed_in", "uncached"):
            if key in endpoint:
                rps = endpoint[key]["requests_per_second"]
                endpoint[key]["ratio_to_trivial"] = round(rps / baseline, 3)
    return vendor, {"content": measured["content"], "endpoints": endpoints, "imports": imports}


# --- Reports


def query_differences(scales):
    """Pages whose SQL query count differs between the smallest and the largest scale."""
    first, last = scales[min(scales)], scales[max(scales)]
    counts = {
        (page["name"], page.get("language")): page["sql_queries"]
        for page in last["endpoints"]
        if page["kind"] == "page"
    }
    return [
        {
            "page": page["name"],
            "language": page["language"],
            f"scale_{min(scales)}": page["sql_queries"],
            f"scale_{max(scales)}": counts.get((page["name"], page["language"])),
        }
        for page in first["endpoints"]
        if page["kind"] == "page"
        and counts.get((page["name"], page["language"])) != page["sql_queries"]
    ]


# What every public page must cost, uncached, at the largest scale (docs/performance.md):
# a twentieth of the trivial view's throughput, p95 under 50 ms at one connection per
# worker, at most 100 KB of HTML and at most 1.5 times its HTML at the smallest scale.
BUDGET_RATIO_TO_TRIVIAL = 0.05
BUDGET_P95_MS = 50
BUDGET_HTML_BYTES = 100 * 1024
BUDGET_GROWTH = 1.5


def budget_misses(scales):
    """Per page of the largest scale, the budgets it misses (an empty list: within all)."""
    first, last = scales[min(scales)], scales[max(scales)]
    html_at_first = {
        (page["name"], page["language"]): page["html_bytes"]
        for page in first["endpoints"]
        if page["kind"] == "page"
    }
    verdicts = []
    for page in last["endpoints"]:
        if page["kind"] != "page":
            continue
        misses = []
        uncached = page.get("uncached")
        if uncached is None:
            misses.append("not measured uncached")
        else:
            if uncached["ratio_to_trivial"] < BUDGET_RATIO_TO_TRIVIAL:
                misses.append(f"{uncached['ratio_to_trivial']:.3f} × trivial")
            if not uncached["requests"] or uncached["p95_ms"] >= BUDGET_P95_MS:
                misses.append(f"p95 {uncached['p95_ms']:.0f} ms")
        if page["html_bytes"] > BUDGET_HTML_BYTES:
            misses.append(f"HTML {kb(page['html_bytes'])} KB")
        smallest = html_at_first.get((page["name"], page["language"]))
        if smallest and page["html_bytes"] > BUDGET_GROWTH * smallest:
            misses.append(f"HTML {page['html_bytes'] / smallest:.1f} × scale {min(scales)}")
        verdicts.append({"page": page["name"], "language": page["language"], "misses": misses})
    return verdicts


def kb(value):
    return f"{value / 1024:.1f}"


def markdown(results):
    lines = [
        f"Measured {results['measured_at'][:16].replace('T', ' ')} UTC on {results['database']}, "
        f"commit {results['commit']}: {results['machine']['cpus']} cores, gunicorn with "
        f"{WORKERS} sync workers, DEBUG off, cache `{results['cache']}`; wrk with "
        f"{results['connections']} connections, {results['duration_s']} s per row, "
        "`Accept-Encoding: gzip`; load average "
        f"{results['load_average']['before']:.1f} before, {results['load_average']['after']:.1f} "
        "after.",
        "",
        "*req/s, p50/p95/p99* are with the page cache (as served to anonymous readers); "
        "*signed in* is the page rendered for each request as signed-in staff get it (a "
        "session cookie bypasses the page cache; the parts kept per content generation, "
        "such as the partner map, are warm); *uncached* is the same page with "
        "`DJANGO_PAGE_CACHE_SECONDS=0`, no cache at all: the first render after an edit "
        f"(both loaded for: {', '.join(results['uncached_languages'])}; with "
        f"{WORKERS} connections, one per worker). "
        "*× trivial* is throughput relative to `/healthz` (the mean of its two rows). "
        "*SQL* is queries per uncached request (0 on a cache hit). *HTML* is the page "
        "uncompressed, *gzip* "
        "what goes over the wire, *weight* the page with its stylesheet, icon and images.",
    ]
    for scale, data in results["scales"].items():
        content = data["content"]
        lines += [
            "",
            f"#### Scale {scale}: "
            + ", ".join(
                f"{count} {label.split('.')[1]}" for label, count in content.items() if count
            ),
            "",
            "| Page | req/s | p50 ms | p95 ms | p99 ms | × trivial | signed in req/s "
            "| signed in p95 ms | uncached req/s "
            "| uncached p95 ms | × trivial | SQL | HTML KB | gzip KB | weight KB |",
            "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
        ]
        for endpoint in data["endpoints"]:
            cached, uncached = endpoint["cached"], endpoint.get("uncached")
            signed_in = endpoint.get("signed_in")
            name = endpoint["name"]
            if endpoint["kind"] == "page":
                name = f"{name} ({endpoint['language']}) `{endpoint['path']}`"
            row = [
                name,
                f"{cached['requests_per_second']:.0f}",
                f"{cached['p50_ms']:.1f}",
                f"{cached['p95_ms']:.1f}",
                f"{cached['p99_ms']:.1f}",
                f"{cached['ratio_to_trivial']:.2f}",
            ]
            row += (
                [f"{signed_in['requests_per_second']:.0f}", p95(signed_in, results)]
                if signed_in
                else ["", ""]
            )
            row += (
                [
                    f"{uncached['requests_per_second']:.0f}",
                    p95(uncached, results),
                    f"{uncached['ratio_to_trivial']:.2f}",
                ]
                if uncached
                else ["", "", ""]
            )
            row += (
                [
                    str(endpoint["sql_queries"]),
                    kb(endpoint["html_bytes"]),
                    kb(endpoint["transfer_bytes"]),
                    kb(endpoint["page_weight_bytes"]),
                ]
                if endpoint["kind"] == "page"
                else ["0", "", "", ""]
            )
            if any((run or {}).get("errors") for run in (cached, signed_in, uncached)):
                row[0] += " **errors!**"
            lines.append("| " + " | ".join(row) + " |")
    lines += [
        "",
        "#### CSV import of people (bench/imports.py): the admin's preview and confirm views",
        "",
        "| Scale | Rows | File | Preview s | Preview SQL | Confirm s | Confirm SQL |",
        "|--:|--:|---|--:|--:|--:|--:|",
    ]
    for scale, data in results["scales"].items():
        imports = data.get("imports") or {"imports": []}
        for step in imports["imports"]:
            lines.append(
                f"| {scale} | {imports['rows']} | {step['file']} | {step['preview_s']:.2f} "
                f"| {step['preview_queries']} | {step['confirm_s']:.2f} "
                f"| {step['confirm_queries']} |"
            )
    scales = sorted(results["scales"], key=int)
    lines += [
        "",
        f"#### SQL queries per page: scale {scales[0]} and scale {scales[-1]}",
        "",
        f"| Page | scale {scales[0]} | scale {scales[-1]} | |",
        "|---|--:|--:|---|",
    ]
    by_scale = {
        scale: {
            (e["name"], e["language"]): e["sql_queries"]
            for e in results["scales"][scale]["endpoints"]
            if e["kind"] == "page"
        }
        for scale in scales
    }
    for key, first in by_scale[scales[0]].items():
        last = by_scale[scales[-1]].get(key)
        verdict = "same" if first == last else "**DIFFERS**"
        lines.append(f"| {key[0]} ({key[1]}) | {first} | {last} | {verdict} |")
    verdicts = results["budgets"]
    within = sum(not verdict["misses"] for verdict in verdicts)
    lines += [
        "",
        f"#### Budgets at scale {scales[-1]}, uncached: "
        f"{within} of {len(verdicts)} pages within all",
        "",
        f"At least {BUDGET_RATIO_TO_TRIVIAL:.0%} of `/healthz`'s req/s, p95 under "
        f"{BUDGET_P95_MS} ms with {WORKERS} connections, HTML at most "
        f"{BUDGET_HTML_BYTES // 1024} KB and at most {BUDGET_GROWTH} times scale {scales[0]}'s.",
        "",
        "| Page | missed |",
        "|---|---|",
    ]
    for verdict in verdicts:
        missed = "; ".join(verdict["misses"]) or "within all"
        lines.append(f"| {verdict['page']} ({verdict['language']}) | {missed} |")
    return "\n".join(lines) + "\n"


def p95(run, results):
    # No request finished within the run: slower than its duration.
    return f"{run['p95_ms']:.1f}" if run["requests"] else f"> {results['duration_s'] * 1000}"


def git_commit():
    result = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    )
    dirty = subprocess.run(["git", "diff", "--quiet", "HEAD"], cwd=ROOT).returncode
    return result.stdout.strip() + ("+changes" if dirty else "")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="1,100", help="comma-separated (default 1,100)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--duration", type=int, default=2, help="seconds of load per row")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument(
        "--import-rows", type=int, default=1000, help="rows of the CSV import (bench/imports.py)"
    )
    parser.add_argument(
        "--uncached-languages",
        default="de,en",
        type=lambda value: value.split(","),
        help="languages whose pages are also loaded without the page cache (default de,en)",
    )
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("bench: wrk is missing (Debian: apt-get install wrk)")

    load_before = os.getloadavg()[0]
    if load_before > 1:
        log(f"bench: load average {load_before:.1f} before starting: the numbers will be low.")
    started = time.monotonic()
    workdir = Path(tempfile.mkdtemp(prefix="ina-bench-"))
    base_env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
        "DJANGO_SETTINGS_MODULE": "ina_portal.config.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        # Plain HTTP on loopback: no TLS proxy in front of it here.
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_STATIC_ROOT": str(workdir / "static"),
        "DJANGO_MEDIA_ROOT": str(workdir / "media"),
        "DJANGO_LOG_LEVEL": "WARNING",
    }
    try:
        manage(base_env, "collectstatic", "--noinput", "-v", "0")
        scales, vendor = {}, "sqlite"
        for scale in (int(s) for s in args.scales.split(",")):
            vendor, scales[str(scale)] = bench_scale(scale, args, base_env, workdir)
    finally:
        drop_postgres_scratch()
        shutil.rmtree(workdir, ignore_errors=True)

    import django

    results = {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "commit": git_commit(),
        "database": vendor,
        "cache": base_env.get("CACHE_URL", "filecache://").split("://")[0] + "://",
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "django": django.get_version(),
            "wrk": subprocess.run(
                ["wrk", "--version"], capture_output=True, text=True
            ).stdout.split(" [")[0],
        },
        "load_average": {"before": load_before, "after": os.getloadavg()[0]},
        "workers": WORKERS,
        "connections": args.connections,
        "duration_s": args.duration,
        "seed": args.seed,
        "uncached_languages": args.uncached_languages,
        "scales": scales,
    }
    by_number = {int(k): v for k, v in scales.items()}
    results["query_count_differences"] = differences = query_differences(by_number)
    results["budgets"] = budget_misses(by_number)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{vendor}.json").write_text(json.dumps(results, indent=2) + "\n")
    table = markdown(results)
    (RESULTS / f"{vendor}.md").write_text(table)
    (RESULTS / "latest.md").write_text(table)
    log("\n" + table)
    elapsed = time.monotonic() - started
    log(f"Results in bench/results/{vendor}.json, .md and latest.md ({elapsed:.0f} s in all).")
    if differences:
        log(f"\nSQL query counts differ between scales: {differences}")
        sys.exit(1)


if __name__ == "__main__":
    main()
