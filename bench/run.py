#!/usr/bin/env python3
"""Benchmark the production server on loopback: pages uncached and cached, next to a
static file of the same size served by the same server (the ceiling), then a load run
while pages are published. Writes the table to docs/performance.md.

    make bench                       # or: .venv/bin/python bench/run.py --help

Needs PostgreSQL (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/acopagro_bench,
created when missing), Redis (REDIS_URL, default redis://127.0.0.1:6379/0: the two
workers and the publishing process must share one cache) and wrk (installed with
apt-get when missing and root). Every request goes to 127.0.0.1; every run is bounded.
"""

import argparse
import datetime
import json
import os
import platform
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
LUA = ROOT / "bench" / "report.lua"
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/acopagro_bench"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"


def log(message):
    print(message, file=sys.stderr, flush=True)


# --- Environment ------------------------------------------------------------------------


def ensure_wrk():
    if shutil.which("wrk"):
        return shutil.which("wrk")
    if os.geteuid() == 0 and shutil.which("apt-get"):
        log("Installing wrk from Debian's packages…")
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "wrk"],
            check=False,
            stdout=subprocess.DEVNULL,
            env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"),
        )
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: install it (Debian: apt-get install wrk) and run again.")
    return shutil.which("wrk")


def ensure_database(url):
    from urllib.parse import urlsplit

    import psycopg2

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = psycopg2.connect(
        host=parts.hostname,
        port=parts.port or 5432,
        user=parts.username,
        password=parts.password,
        dbname="postgres",
    )
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if not cursor.fetchone():
            log(f"Creating database {name}…")
            cursor.execute(f'CREATE DATABASE "{name}"')
    admin.close()


def loopback_production_env():
    """Production settings for plain HTTP on 127.0.0.1 (also used by bench/render.py)."""
    return dict(
        DJANGO_SETTINGS_MODULE="acopagro_site.settings.production",
        SECRET_KEY=os.environ.get("SECRET_KEY") or "bench-only-" + secrets.token_urlsafe(40),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        SESSION_COOKIE_SECURE="false",
        CSRF_COOKIE_SECURE="false",
        SITE_URL=os.environ.get("SITE_URL") or "http://127.0.0.1:8000",
        MEDIA_ROOT=os.environ.get("MEDIA_ROOT") or str(ROOT / "media"),
    )


def server_env(args, *, cached):
    env = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    env.update(
        **loopback_production_env(),
        DATABASE_URL=args.database_url,
        REDIS_URL=args.redis_url,
        CACHE_KEY_PREFIX=args.cache_prefix,
        PAGE_CACHE_ENABLED="true" if cached else "false",
        WEB_CONCURRENCY=str(args.workers),
        GUNICORN_ACCESS_LOG="false",
        LOG_LEVEL="WARNING",
        PORT=str(args.port),
    )
    return env


def manage(env, *arguments, timeout=900):
    result = subprocess.run(
        [PYTHON, "manage.py", *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if result.returncode != 0:
        sys.exit(f"manage.py {' '.join(arguments)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


SERVER_LOG = Path("/tmp") / f"acopagro-bench-server-{os.getpid()}.log"


def start_server(env, base_url):
    log_file = SERVER_LOG.open("ab")
    process = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "-c", "gunicorn.conf.py"],
        cwd=ROOT,
        env=env,
        stdout=log_file,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"gunicorn exited; see {SERVER_LOG}")
        try:
            urllib.request.urlopen(base_url + "/fr/", timeout=60)
            return process
        except OSError:
            time.sleep(0.5)
    stop_server(process)
    sys.exit(f"gunicorn did not answer within 300 s; see {SERVER_LOG}")


def stop_server(process):
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()


def port_is_free(port):
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) != 0


# --- Measurements -----------------------------------------------------------------------

PAGES_SCRIPT = """
import json
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from pages.models import HomePage, StoryIndexPage, StoryPage

pages = {
    "home": HomePage.objects.get(),
    "story": StoryPage.objects.live().order_by("-date").first(),
    "story listing": StoryIndexPage.objects.get(),
}
rows = []
client = Client(HTTP_HOST="127.0.0.1")
with override_settings(PAGE_CACHE_ENABLED=False):
    for name, page in pages.items():
        for language in ("fr", "es"):
            with translation.override(language):
                url = page.get_url()
            client.get(url)  # warm: navigation and renditions, as on a running server
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            rows.append({"page": name, "language": language, "url": url,
                         "status": response.status_code, "queries": len(queries),
                         "bytes": len(response.content)})
print("PAGES-JSON " + json.dumps(rows))
"""


def describe_pages(env):
    output = manage(env, "shell", "--no-imports", "-c", PAGES_SCRIPT)
    line = next(line for line in output.splitlines() if line.startswith("PAGES-JSON "))
    return json.loads(line.removeprefix("PAGES-JSON "))


def wrk(wrk_path, url, paths, *, connections, seconds, threads=2):
    env = dict(os.environ, WRK_PATHS=" ".join(paths))
    result = subprocess.run(
        [
            wrk_path,
            f"-t{min(threads, connections)}",
            f"-c{connections}",
            f"-d{seconds}s",
            "--timeout",
            "10s",
            "-s",
            str(LUA),
            url,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=seconds + 60,
    )
    line = next((out for out in result.stdout.splitlines() if out.startswith("BENCH-JSON ")), None)
    if line is None:
        sys.exit(f"wrk gave no result:\n{result.stdout}\n{result.stderr}")
    data = json.loads(line.removeprefix("BENCH-JSON "))
    data["rps"] = data["requests"] / (data["duration_us"] / 1e6)
    data["path"] = " ".join(paths)
    if not data["requests"]:
        log(
            f"  NO RESPONSES from {data['path']} within {seconds} s ({data['socket_errors']} "
            "socket errors or timeouts): the server is stuck or each answer takes longer than "
            f"the run; see {SERVER_LOG}"
        )
    return data


def warm_up(base_url, paths, workers):
    """Request each page one at a time, a few times per worker, before measuring.

    What a first request pays (templates compiled, URL resolvers, the site's routes, image
    renditions, cached fragments and navigation) is then paid: wrk's many connections
    would otherwise queue behind those first requests and time out.
    """
    for path in paths:
        for _ in range(2 * workers):
            try:
                with urllib.request.urlopen(base_url + path, timeout=300) as response:
                    response.read()
            except OSError as error:
                sys.exit(f"Warm-up request {path} failed: {error}; see {SERVER_LOG}")


def publish_loop_script(seconds, every):
    return f"""
import time
from pages.models import StoryPage
deadline = time.monotonic() + {seconds}
count = 0
while time.monotonic() < deadline:
    story = StoryPage.objects.live().order_by("-date").first()
    story.save_revision().publish()
    count += 1
    time.sleep({every})
print("PUBLISHED", count)
"""


# --- Report -----------------------------------------------------------------------------


def machine():
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        load = "unknown"
    return {
        "cpus": os.cpu_count(),
        "cpu": cpu,
        "load": load,
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
    }


def ms(microseconds):
    return f"{microseconds / 1000:.1f}"


def latency(result):
    """``median / p95`` in ms, or what went wrong: never 0.0 for a run without answers."""
    if not result["requests"]:
        return f"**no responses** ({result['socket_errors']} socket errors/timeouts)"
    text = f"{ms(result['p50_us'])} / {ms(result['p95_us'])}"
    errors = result["non2xx"] + result["socket_errors"]
    return text + (f" ({errors} errors)" if errors else "")


def share(result, ceiling_rps):
    if not (result["requests"] and ceiling_rps):
        return "–"
    return f"{result['rps'] / ceiling_rps * 100:.0f} %"


def rate(result):
    return f"{result['rps']:.0f}" if result["requests"] else "–"


def table(rows):
    header = (
        "| Page | Lang | SQL queries | Uncached median / p95 (ms) | Uncached req/s "
        "| Cached median / p95 (ms) | Cached req/s | Cached / ceiling |"
    )
    lines = [header, "|" + "---|" * 8]
    for row in rows:
        u, c = row["uncached"], row["cached"]
        lines.append(
            f"| {row['page']} | {row['language']} | {row['queries']} "
            f"| {latency(u)} | {rate(u)} | {latency(c)} | {rate(c)} "
            f"| {share(c, row['ceiling_rps'])} |"
        )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--seconds", type=int, default=10, help="length of each wrk run (default 10)"
    )
    parser.add_argument("--connections", type=int, default=16, help="wrk connections (default 16)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    parser.add_argument("--load-seconds", type=int, default=30, help="load run length (default 30)")
    parser.add_argument("--load-connections", type=int, default=32)
    parser.add_argument(
        "--publish-every", type=float, default=3.0, help="seconds between publishes"
    )
    parser.add_argument("--port", type=int, default=8097)
    parser.add_argument("--output", default=str(ROOT / "docs" / "performance.md"))
    parser.add_argument(
        "--database-url", default=os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL
    )
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL") or DEFAULT_REDIS_URL)
    args = parser.parse_args()
    args.cache_prefix = f"bench-{secrets.token_hex(4)}"
    if not args.database_url.startswith("postgres"):
        sys.exit("The benchmark runs against PostgreSQL: set DATABASE_URL=postgres://…")
    if not port_is_free(args.port):
        sys.exit(f"Port {args.port} is in use: choose another with --port.")

    started = datetime.datetime.now(datetime.UTC)
    host = machine()
    wrk_path = ensure_wrk()
    ensure_database(args.database_url)
    base_url = f"http://127.0.0.1:{args.port}"

    env = server_env(args, cached=False)
    log("Preparing: migrate, demo content, collectstatic…")
    manage(env, "migrate", "--noinput", "--verbosity", "0")
    manage(env, "load_demo_content", "--if-empty", "--verbosity", "0")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    pages = describe_pages(env)
    for page in pages:
        if page["status"] != 200:
            sys.exit(f"{page['url']} answered {page['status']}")

    # The ceiling: a static file as large as the home page, served by the same server.
    home_size = next(p["bytes"] for p in pages if p["page"] == "home" and p["language"] == "fr")
    static_root = Path(os.environ.get("STATIC_ROOT", ROOT / "staticfiles"))
    ceiling = static_root / "bench" / "ceiling.html"
    ceiling.parent.mkdir(parents=True, exist_ok=True)
    ceiling.write_bytes(
        (b"<!-- static file as large as the home page -->\n" * (home_size // 48 + 1))[:home_size]
    )
    ceiling_path = "/static/bench/ceiling.html"

    results = {}
    for cached in (False, True):
        label = "cached" if cached else "uncached"
        log(f"Server with the page cache {'on' if cached else 'off'} ({args.workers} workers)…")
        server = start_server(server_env(args, cached=cached), base_url)
        try:
            warm_up(base_url, [page["url"] for page in pages], args.workers)
            for page in pages:
                wrk(wrk_path, base_url, [page["url"]], connections=2, seconds=2)  # warm
                results[(page["url"], label)] = wrk(
                    wrk_path,
                    base_url,
                    [page["url"]],
                    connections=args.connections,
                    seconds=args.seconds,
                )
                result = results[(page["url"], label)]
                log(
                    f"  {label:8} {page['url']:55} {rate(result):>8} req/s "
                    f"(non-2xx {result['non2xx']}, socket errors {result['socket_errors']})"
                )
            if not cached:
                home = next(p["url"] for p in pages if p["page"] == "home")
                results["home-one-connection"] = wrk(
                    wrk_path, base_url, [home], connections=1, threads=1, seconds=args.seconds
                )
            else:
                results["ceiling"] = wrk(
                    wrk_path,
                    base_url,
                    [ceiling_path],
                    connections=args.connections,
                    seconds=args.seconds,
                )
                log(f"  ceiling  {ceiling_path:55} {rate(results['ceiling']):>8} req/s")
                log(
                    f"Load: {args.load_seconds} s at {args.load_connections} connections, "
                    f"publishing every {args.publish_every} s…"
                )
                publisher = subprocess.Popen(
                    [
                        PYTHON,
                        "manage.py",
                        "shell",
                        "--no-imports",
                        "-c",
                        publish_loop_script(args.load_seconds, args.publish_every),
                    ],
                    cwd=ROOT,
                    env=server_env(args, cached=True),
                    stdout=subprocess.PIPE,
                    text=True,
                )
                results["load"] = wrk(
                    wrk_path,
                    base_url,
                    [p["url"] for p in pages],
                    connections=args.load_connections,
                    seconds=args.load_seconds,
                )
                output, _ = publisher.communicate(timeout=120)
                results["published"] = (
                    int(output.split("PUBLISHED")[-1].split()[0]) if "PUBLISHED" in output else 0
                )
        finally:
            stop_server(server)

    rows = [
        {
            **page,
            "uncached": results[(page["url"], "uncached")],
            "cached": results[(page["url"], "cached")],
            "ceiling_rps": results["ceiling"]["rps"],
        }
        for page in pages
    ]
    ceiling_row = results["ceiling"]
    one = results["home-one-connection"]
    load = results["load"]
    command = "make bench" if os.environ.get("MAKELEVEL") else " ".join(["python", *sys.argv])
    command = f"DATABASE_URL={args.database_url} REDIS_URL={args.redis_url} {command}"
    report = f"""# Performance

Measured by `bench/run.py` ({command}) on {started:%Y-%m-%d %H:%M} UTC.

Machine: {host["cpus"]} CPUs ({host["cpu"]}), {host["system"]}, Python {host["python"]};
load average at start: {host["load"]}. Server: production settings, gunicorn with
{args.workers} workers × {os.environ.get("GUNICORN_THREADS", "4")} threads on 127.0.0.1,
PostgreSQL, Redis cache;
wrk with {args.connections} connections for {args.seconds} s per row, no compression
(no `Accept-Encoding`). SQL queries: one uncached render of the page, counted in-process
with the navigation and fragment caches warm (as on a running server).

{table(rows)}

Ceiling: a static file of {home_size} bytes (the size of the French home page) served by
the same server (whitenoise): median / p95 {latency(ceiling_row)} ms,
{rate(ceiling_row)} requests/s.

Uncached home page on one connection (one request at a time): median / p95
{latency(one)} ms, {rate(one)} requests/s.

Load: {args.load_seconds} s at {args.load_connections} connections over the {len(pages)}
pages above with the page cache on, while a story was published every
{args.publish_every:g} s ({results["published"]} publications): {load["requests"]} requests,
{rate(load)} requests/s, median / p95 {latency(load)} ms,
p99 {ms(load["p99_us"]) if load["requests"] else "–"} ms;
**{load["non2xx"]} non-2xx answers, {load["socket_errors"]} socket errors**.

Reading these numbers: they are only as good as the machine was quiet (see the load
average above; on a shared 2-core machine with other work running they are several times
worse than on a quiet one). Targets from the issue: cached pages at least half the
ceiling's requests/s; the uncached home page at most 12 SQL queries with a median under
30 ms on one connection; no non-2xx answer during the load run. Rerun with `make bench`
on a quiet machine before comparing.
"""
    output = Path(args.output)
    lighthouse = ""
    if output.exists() and "\n## Lighthouse" in output.read_text():
        lighthouse = output.read_text()[output.read_text().index("\n## Lighthouse") :]
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(report + lighthouse)
    print(report)
    log(f"Written to {output}")


if __name__ == "__main__":
    main()
