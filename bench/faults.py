#!/usr/bin/env python
"""Serve through faults: the production server on loopback, its own Redis and SMTP stand-ins.

    .venv/bin/python bench/faults.py [--only redis,smtp,publish,slow,compression]

Starts, on loopback only and for about four minutes in all:
- a private redis-server (port 6391) that the scenarios kill, freeze (SIGSTOP) and restart;
- SMTP stand-ins on port 2526: one that accepts connections and never answers, then one
  that accepts every message;
- gunicorn with the production settings (2 workers × 4 threads, port 8240) on a PostgreSQL
  database of its own (DATABASE_URL, default acopagro_faults on 127.0.0.1:5432, created and
  filled with the demo content when missing);
- nginx from Debian's packages with the shipped configuration (deploy/nginx/, port 8248).

Scenarios (each bounded in time): Redis killed, then frozen, under load (count of 5xx);
a hanging SMTP server while 20 contact messages are sent (p95 of cached pages, every
message stored, then every notification sent by the worker); a story published every 3 s
(throughput against a run without publishing, non-2xx); 16 slow clients against gunicorn
directly and behind nginx (how many of 50 ordinary visitors are answered within 30 s);
cached pages with and without compression (requests/s, bytes). The load comes from Python
threads in this process (no wrk needed). Prints a Markdown report (and --output writes it).
"""

import argparse
import http.client
import json
import os
import re
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from run import (  # noqa: E402
    ensure_database,
    loopback_production_env,
    manage,
    publish_loop_script,
)

from deploy.nginx.loopback import loopback_config  # noqa: E402

PYTHON = sys.executable
APP_PORT, NGINX_PORT, REDIS_PORT, SMTP_PORT = 8240, 8248, 6391, 2526
PATHS = ["/fr/", "/es/", "/fr/histoire/", "/es/historia/", "/fr/actualites/", "/robots.txt"]


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --- Stand-ins ------------------------------------------------------------------------------


class Redis:
    def __init__(self, folder):
        self.folder = folder
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(REDIS_PORT),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.folder),
                "--maxmemory",
                "64mb",
                "--maxmemory-policy",
                "allkeys-lru",
            ],
            stdout=subprocess.DEVNULL,
        )
        wait_for_port(REDIS_PORT)

    def kill(self):
        self.process.kill()
        self.process.wait()

    def freeze(self):
        self.process.send_signal(signal.SIGSTOP)

    def thaw(self):
        self.process.send_signal(signal.SIGCONT)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGCONT)
            self.process.terminate()
            self.process.wait()


class SMTPStandIn:
    """``hang=True``: accepts and never answers. Otherwise a minimal SMTP server that
    accepts every message and counts them."""

    def __init__(self, hang):
        self.hang = hang
        self.messages = 0
        self.sockets = []
        self.listener = socket.create_server(("127.0.0.1", SMTP_PORT), reuse_port=True)
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                connection, _address = self.listener.accept()
            except OSError:
                return
            self.sockets.append(connection)
            if not self.hang:
                threading.Thread(target=self._talk, args=(connection,), daemon=True).start()

    def _talk(self, connection):
        stream = connection.makefile("rwb")

        def say(line):
            stream.write(line.encode() + b"\r\n")
            stream.flush()

        say("220 stand-in ESMTP")
        while line := stream.readline():
            command = line.decode(errors="replace").strip().upper()
            if command.startswith(("EHLO", "HELO")):
                say("250 stand-in")
            elif command == "DATA":
                say("354 go on")
                while stream.readline() not in (b".\r\n", b""):
                    pass
                self.messages += 1
                say("250 queued")
            elif command == "QUIT":
                say("221 bye")
                break
            else:
                say("250 ok")
        connection.close()

    def close(self):
        self.listener.close()
        for connection in self.sockets:
            connection.close()


def wait_for_port(port, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    sys.exit(f"nothing listens on {port} after {seconds} s")


# --- Load -----------------------------------------------------------------------------------


def fetch(port, path, headers=None, timeout=30, method="GET", body=None):
    """(status, seconds, bytes, response headers); status 0 on a connection error/timeout."""
    start = time.monotonic()
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        connection.request(
            method, path, body=body, headers={"Host": "127.0.0.1", **(headers or {})}
        )
        response = connection.getresponse()
        data = response.read()
        connection.close()
        return response.status, time.monotonic() - start, len(data), dict(response.getheaders())
    except OSError:
        return 0, time.monotonic() - start, 0, {}


def load(port, seconds, threads=8, headers=None, paths=PATHS, events=()):
    """Closed-loop load for ``seconds``; ``events`` are (at_second, callable) run meanwhile."""
    results = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def worker(index):
        number = index
        while time.monotonic() < deadline:
            result = fetch(port, paths[number % len(paths)], headers, timeout=10)
            number += 1
            with lock:
                results.append(result)

    workers = [threading.Thread(target=worker, args=(i,)) for i in range(threads)]
    for thread in workers:
        thread.start()
    begin = time.monotonic()
    for at, action in events:
        time.sleep(max(0, begin + at - time.monotonic()))
        action()
    for thread in workers:
        thread.join()
    return summarise(results, seconds)


def summarise(results, seconds):
    statuses = {}
    for status, *_rest in results:
        statuses[status] = statuses.get(status, 0) + 1
    times = sorted(result[1] for result in results) or [0]
    return {
        "requests": len(results),
        "rps": len(results) / seconds,
        "p50_ms": 1000 * statistics.median(times),
        "p95_ms": 1000 * times[int(0.95 * (len(times) - 1))],
        "max_ms": 1000 * times[-1],
        "statuses": statuses,
        "server_errors": sum(n for status, n in statuses.items() if status >= 500),
        "timeouts": statuses.get(0, 0),
        "non_2xx": sum(n for status, n in statuses.items() if not 200 <= status < 400),
        "bytes": statistics.mean(result[2] for result in results) if results else 0,
    }


# --- The server -----------------------------------------------------------------------------


def server_env(database_url, prefix):
    env = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    env.update(
        **loopback_production_env(),
        DATABASE_URL=database_url,
        REDIS_URL=f"redis://127.0.0.1:{REDIS_PORT}/0",
        CACHE_KEY_PREFIX=prefix,
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(SMTP_PORT),
        EMAIL_USE_TLS="false",
        EMAIL_TIMEOUT="10",
        CONTACT_RATE_LIMIT="1000",
        WEB_CONCURRENCY="2",
        GUNICORN_THREADS="4",
        GUNICORN_ACCESS_LOG="false",
        LOG_LEVEL="WARNING",
        PORT=str(APP_PORT),
    )
    env["SITE_URL"] = f"http://127.0.0.1:{APP_PORT}"
    return env


def start_gunicorn(env, log_path):
    process = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "-c", "gunicorn.conf.py"],
        cwd=ROOT,
        env=env,
        stdout=log_path.open("ab"),
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"gunicorn exited; see {log_path}")
        if fetch(APP_PORT, "/fr/", timeout=60)[0] == 200:
            return process
        time.sleep(0.5)
    sys.exit(f"gunicorn did not answer; see {log_path}")


def warm(port):
    for path in PATHS:
        for _ in range(4):
            fetch(port, path, timeout=120)


# --- Scenarios --------------------------------------------------------------------------------


def scenario_redis(redis):
    log("Redis killed at 4 s (restarted at 10 s), under load for 15 s…")
    killed = load(APP_PORT, 15, events=[(4, redis.kill), (10, redis.start)])
    time.sleep(1)
    log("Redis frozen (SIGSTOP) at 4 s, thawed at 10 s, under load for 15 s…")
    frozen = load(APP_PORT, 15, events=[(4, redis.freeze), (10, redis.thaw)])
    return {"killed": killed, "frozen": frozen}


CSRF = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')


def send_contact_message(number, results):
    """GET the form (its cookies and CSRF token), then POST a message, like a browser."""
    connection = http.client.HTTPConnection("127.0.0.1", APP_PORT, timeout=60)
    connection.request("GET", "/fr/contact/", headers={"Host": "127.0.0.1"})
    response = connection.getresponse()
    page = response.read()
    cookies = [value.split(";")[0] for value in response.msg.get_all("Set-Cookie") or []]
    cookie = "; ".join(cookies)
    token = CSRF.search(page).group(1).decode()
    form = urllib.parse.urlencode(
        {
            "csrfmiddlewaretoken": token,
            "name": f"Bench buyer {number}",
            "email": f"buyer{number}@example.org",
            "country": "Suisse",
            "request_type": "samples",
            "message": "Échantillons, banc d'essai des pannes.",
            "leave_empty": "",
        }
    )
    start = time.monotonic()
    status, seconds, _size, _headers = fetch(
        APP_PORT,
        "/fr/contact/",
        {
            "Cookie": cookie,
            "Content-Type": "application/x-www-form-urlencoded",
            "Referer": f"http://127.0.0.1:{APP_PORT}/fr/contact/",
        },
        timeout=60,
        method="POST",
        body=form.encode(),
    )
    results.append((status, time.monotonic() - start))


COUNT_SCRIPT = """
from pages.notifications import ContactNotification
from pages.contact import ContactSubmission
bench = ContactSubmission.objects.filter(name__startswith="Bench buyer")
sent = ContactNotification.objects.filter(submission__in=bench, state="sent").count()
print("COUNTS", bench.count(), sent)
"""


def scenario_smtp(env):
    manage(
        env,
        "shell",
        "-c",
        "from pages.contact import ContactSubmission;"
        "ContactSubmission.objects.filter(name__startswith='Bench buyer').delete()",
    )
    hanging = SMTPStandIn(hang=True)
    log("Hanging SMTP: 20 contact messages while visitors load cached pages (15 s)…")
    posts = []
    senders = [threading.Thread(target=send_contact_message, args=(n, posts)) for n in range(20)]
    # The worker runs during the hang too (as cron would): it waits, the site does not.
    worker = subprocess.Popen(
        [PYTHON, "manage.py", "send_contact_notifications"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    visitors = load(APP_PORT, 15, events=[(1, lambda: [t.start() for t in senders])])
    for thread in senders:
        thread.join()
    worker.kill()
    worker.wait()
    hanging.close()
    stored = manage(env, "shell", "-c", COUNT_SCRIPT).split("COUNTS")[-1].split()
    accepting = SMTPStandIn(hang=False)
    log("SMTP back: the worker sends what is due…")
    manage(
        env,
        "shell",
        "-c",
        "from pages.notifications import ContactNotification; from django.utils import timezone;"
        "ContactNotification.objects.exclude(state='sent').update(state='retrying',"
        " next_attempt_at=timezone.now())",
    )  # do not wait the backoff in a bench
    manage(env, "send_contact_notifications")
    counts = manage(env, "shell", "-c", COUNT_SCRIPT).split("COUNTS")[-1].split()
    accepting.close()
    post_times = sorted(seconds for _status, seconds in posts) or [0]
    return {
        "visitors": visitors,
        "posts": len(posts),
        "post_statuses": sorted({status for status, _s in posts}),
        "post_max_ms": 1000 * post_times[-1],
        "stored": int(stored[0]),
        "notified_during_hang": int(stored[1]),
        "notified_after": int(counts[1]),
        "smtp_messages": accepting.messages,
    }


def scenario_publish(env, seconds=20):
    log(f"Throughput without publishing ({seconds} s)…")
    quiet = load(APP_PORT, seconds)
    log(f"Throughput with a story published every 3 s ({seconds} s)…")
    publisher = subprocess.Popen(
        [PYTHON, "manage.py", "shell", "-c", publish_loop_script(seconds - 1, 3)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    busy = load(APP_PORT, seconds)
    output = publisher.communicate(timeout=300)[0]
    published = int(output.split("PUBLISHED")[-1].split()[0]) if "PUBLISHED" in output else 0
    return {
        "quiet": quiet,
        "publishing": busy,
        "published": published,
        "ratio": busy["rps"] / quiet["rps"] if quiet["rps"] else 0,
    }


def slow_client(port, stop):
    """Opens a connection and sends its request headers one byte every second."""
    try:
        sock = socket.create_connection(("127.0.0.1", port), timeout=60)
        for byte in b"GET /fr/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + b"a" * 200:
            if stop.is_set():
                break
            sock.send(bytes([byte]))
            time.sleep(1)
        sock.close()
    except OSError:
        pass


def visitors_answered(port, count=50, timeout=30):
    results = []
    threads = [
        threading.Thread(target=lambda: results.append(fetch(port, "/fr/", timeout=timeout)))
        for _ in range(count)
    ]
    for thread in threads:
        thread.start()
        time.sleep(0.02)
    for thread in threads:
        thread.join()
    answered = [r for r in results if r[0] == 200]
    return {
        "visitors": count,
        "answered": len(answered),
        "max_ms": 1000 * max((r[1] for r in answered), default=0),
    }


def scenario_slow(nginx_port):
    report = {}
    for name, port in (("gunicorn directly", APP_PORT), ("behind nginx", nginx_port)):
        log(f"16 slow clients, then 50 visitors ({name})…")
        stop = threading.Event()
        slow = [
            threading.Thread(target=slow_client, args=(port, stop), daemon=True) for _ in range(16)
        ]
        for thread in slow:
            thread.start()
        time.sleep(2)
        report[name] = visitors_answered(port)
        stop.set()
        time.sleep(2)
    return report


def scenario_compression():
    report = {}
    for name, encoding in (("identity", "identity"), ("gzip", "gzip"), ("br", "br, gzip")):
        log(f"Cached pages, Accept-Encoding: {encoding} (10 s)…")
        report[name] = load(
            APP_PORT,
            10,
            headers={"Accept-Encoding": encoding},
            paths=["/fr/", "/es/", "/fr/histoire/"],
        )
    return report


# --- Report ---------------------------------------------------------------------------------


def report_markdown(results, load_before, load_after, command):
    lines = [
        "## Serving through faults (bench/faults.py)",
        "",
        f"Command: `{command}`. Load average before/after: {load_before} / {load_after} "
        "(2 cores shared by 8 sessions: absolute figures are noisy, ratios less so). "
        "Production settings, gunicorn 2 workers × 4 threads, PostgreSQL, a private Redis "
        "(port 6391) and SMTP stand-in (2526), nginx from Debian; load from 8 Python threads.",
        "",
    ]
    if "redis" in results:
        lines += [
            "| Redis fault (15 s run) | requests | 5xx | no answer in 10 s | p95 ms | max ms |",
            "| --- | ---: | ---: | ---: | ---: | ---: |",
        ]
        for name, row in results["redis"].items():
            lines.append(
                f"| {name} | {row['requests']} | {row['server_errors']} | {row['timeouts']} "
                f"| {row['p95_ms']:.0f} | {row['max_ms']:.0f} |"
            )
        lines.append("")
    if "smtp" in results:
        smtp = results["smtp"]
        lines += [
            f"Hanging SMTP, 20 contact messages: visitors' cached pages p95 "
            f"{smtp['visitors']['p95_ms']:.0f} ms ({smtp['visitors']['requests']} requests, "
            f"{smtp['visitors']['server_errors']} 5xx); the messages answered "
            f"{smtp['post_statuses']} within {smtp['post_max_ms']:.0f} ms; stored "
            f"{smtp['stored']}, notified during the hang {smtp['notified_during_hang']}, "
            f"notified by the worker once SMTP answered {smtp['notified_after']} "
            f"({smtp['smtp_messages']} messages received by the stand-in).",
            "",
        ]
    if "publish" in results:
        pub = results["publish"]
        lines += [
            f"Publish stampede ({pub['published']} publishes, one every 3 s): "
            f"{pub['publishing']['rps']:.1f} req/s against {pub['quiet']['rps']:.1f} without "
            f"publishing ({100 * pub['ratio']:.0f} %); non-2xx: {pub['publishing']['non_2xx']} "
            f"(quiet run: {pub['quiet']['non_2xx']}); p95 {pub['publishing']['p95_ms']:.0f} ms "
            f"against {pub['quiet']['p95_ms']:.0f} ms.",
            "",
        ]
    if "slow" in results:
        lines += [
            "| 16 slow clients, then 50 visitors | answered within 30 s | slowest answer ms |",
            "| --- | ---: | ---: |",
        ]
        for name, row in results["slow"].items():
            lines.append(
                f"| {name} | {row['answered']} / {row['visitors']} | {row['max_ms']:.0f} |"
            )
        lines.append("")
    if "compression" in results:
        lines += [
            "| Cached pages, Accept-Encoding | req/s | mean bytes | p95 ms |",
            "| --- | ---: | ---: | ---: |",
        ]
        for name, row in results["compression"].items():
            lines.append(
                f"| {name} | {row['rps']:.1f} | {row['bytes']:.0f} | {row['p95_ms']:.0f} |"
            )
        lines.append("")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--database-url",
        default=os.environ.get("FAULTS_DATABASE_URL")
        or "postgres://postgres@127.0.0.1:5432/acopagro_faults",
    )
    parser.add_argument("--only", default="redis,smtp,publish,slow,compression")
    parser.add_argument("--output", help="also write the Markdown report to this file")
    args = parser.parse_args()
    wanted = set(args.only.split(","))
    load_before = os.getloadavg()[0]
    folder = Path(tempfile.mkdtemp(prefix="acopagro-faults-"))
    env = server_env(args.database_url, f"faults-{secrets.token_hex(4)}")
    env["MEDIA_ROOT"] = os.environ.get("MEDIA_ROOT") or str(folder / "media")
    ensure_database(args.database_url)
    redis = Redis(folder)
    redis.start()
    log("Migrating and loading the demo content when missing…")
    manage(env, "migrate", "--noinput")
    manage(env, "load_demo_content", "--if-empty")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    gunicorn = start_gunicorn(env, folder / "gunicorn.log")
    nginx = None
    results = {}
    try:
        warm(APP_PORT)
        if "redis" in wanted:
            results["redis"] = scenario_redis(redis)
        if "smtp" in wanted:
            results["smtp"] = scenario_smtp(env)
        if "publish" in wanted:
            warm(APP_PORT)
            results["publish"] = scenario_publish(env)
        if "slow" in wanted:
            config = loopback_config(folder / "nginx", NGINX_PORT, APP_PORT)
            nginx = subprocess.Popen(
                ["nginx", "-c", str(config), "-e", str(folder / "nginx" / "error.log")]
            )
            wait_for_port(NGINX_PORT)
            results["slow"] = scenario_slow(NGINX_PORT)
        if "compression" in wanted:
            warm(APP_PORT)
            results["compression"] = scenario_compression()
        log(json.dumps(results))
    finally:
        if nginx:
            nginx.terminate()
            nginx.wait()
        gunicorn.terminate()
        try:
            gunicorn.wait(60)
        except subprocess.TimeoutExpired:
            gunicorn.kill()
            gunicorn.wait()
        redis.stop()
    command = "bench/faults.py" + (
        f" --only {args.only}" if args.only != parser.get_default("only") else ""
    )
    markdown = report_markdown(results, f"{load_before:.2f}", f"{os.getloadavg()[0]:.2f}", command)
    print(markdown)
    print(json.dumps(results, indent=1), file=sys.stderr)
    if args.output:
        Path(args.output).write_text(markdown + "\n")


if __name__ == "__main__":
    main()
