"""Two app servers, one PostgreSQL database, one Redis: a change made through one is seen
fresh through the other, and a sign-in on one is valid on the other.

Runs in the PostgreSQL pass (DATABASE_URL=postgres://…; skipped on SQLite) and needs Redis
(REDIS_URL, or Redis on 127.0.0.1:6379/7): without it the test is skipped with the reason,
except under CI=true, where it fails.
"""

import http.cookiejar
import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from django.conf import settings
from django.db import connection

from tests.serving.helpers import ROOT, production_env, run_manage

# The test database (with the demo content) must exist before it is copied; the tests
# themselves only talk to the servers and to manage.py in other processes.
pytestmark = [pytest.mark.django_db, pytest.mark.single_pass]

IN_CI = os.environ.get("CI", "").lower() == "true"
REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/7"


def unavailable(reason):
    if IN_CI:
        pytest.fail(f"{reason} (required under CI=true)")
    pytest.skip(reason)


def redis_is_up(url):
    parts = urllib.parse.urlsplit(url)
    try:
        with socket.create_connection((parts.hostname, parts.port or 6379), timeout=2) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def shared_database(django_db_setup, django_db_blocker):
    """A copy of the test database (demo content included) that other processes can see."""
    if connection.vendor != "postgresql":
        pytest.skip(
            "two servers share one PostgreSQL database: runs with DATABASE_URL=postgres://…"
        )
    if not redis_is_up(REDIS_URL):
        unavailable(f"two servers need Redis at {REDIS_URL}: start redis-server or set REDIS_URL")
    source = connection.settings_dict["NAME"]
    name = f"{source}_two_servers"
    with django_db_blocker.unblock():
        connection.close()
        with connection._nodb_cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
            cursor.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}"')
    db = connection.settings_dict
    url = f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{name}"
    if db.get("PASSWORD"):
        url = url.replace(f"{db['USER']}@", f"{db['USER']}:{db['PASSWORD']}@")
    yield url
    with django_db_blocker.unblock():
        with connection._nodb_cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def server_env(shared_database, tmp_path_factory):
    static_root = tmp_path_factory.mktemp("static")
    env = production_env(
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=shared_database,
        REDIS_URL=REDIS_URL,
        CACHE_KEY_PREFIX=f"two-servers-{secrets.token_hex(4)}",
        SECURE_SSL_REDIRECT="false",
        SESSION_COOKIE_SECURE="false",
        CSRF_COOKIE_SECURE="false",
        MEDIA_ROOT=str(settings.MEDIA_ROOT),
        STATIC_ROOT=str(static_root),
        WEB_CONCURRENCY="1",
        GUNICORN_THREADS="2",
        GUNICORN_ACCESS_LOG="false",
        LOG_LEVEL="WARNING",
    )
    result = run_manage("collectstatic", "--noinput", "--verbosity", "0", env=env, timeout=600)
    assert result.returncode == 0, result.stderr
    return env


@pytest.fixture(scope="module")
def servers(server_env):
    processes, urls = [], []
    try:
        for _ in range(2):
            port = free_port()
            env = dict(server_env, PORT=str(port))
            processes.append(
                subprocess.Popen(
                    [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py"],
                    cwd=ROOT,
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                )
            )
            urls.append(f"http://127.0.0.1:{port}")
        for process, url in zip(processes, urls, strict=True):
            wait_until_up(process, url)
        yield urls
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


def wait_until_up(process, url, seconds=90):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"server {url} exited: {process.stderr.read().decode()[-2000:]}")
        try:
            urllib.request.urlopen(url + "/fr/", timeout=30)
            return
        except OSError:  # refused while starting, or slow on a busy machine
            time.sleep(0.5)
    pytest.fail(f"server {url} did not answer within {seconds} s")


class Browser:
    def __init__(self):
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.cookies), NoRedirect()
        )

    def get(self, url):
        return self._open(urllib.request.Request(url))

    def post(self, url, data):
        body = urllib.parse.urlencode(data).encode()
        return self._open(urllib.request.Request(url, data=body, headers={"Referer": url}))

    def _open(self, request):
        try:
            response = self.opener.open(request, timeout=30)
        except urllib.error.HTTPError as error:
            response = error
        return response.status, dict(response.headers), response.read().decode()

    def cookie(self, name):
        return next((c.value for c in self.cookies if c.name == name), None)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def manage_shell(env, code):
    result = run_manage("shell", "--no-imports", "-c", code, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_change_published_through_one_server_is_fresh_on_the_other(servers, server_env):
    server_a, server_b = servers
    story_url = manage_shell(
        server_env,
        "from pages.models import StoryPage; print(StoryPage.objects.live().first().url)",
    ).strip()
    visitor = Browser()
    for server in (server_a, server_b):
        visitor.get(server + story_url)
        status, headers, html = visitor.get(server + story_url)
        assert status == 200 and headers.get("X-Page-Cache") == "HIT"
    assert "Titre publié par le serveur A" not in html

    manage_shell(
        server_env,
        "from pages.models import StoryPage; s = StoryPage.objects.live().first(); "
        "s.title_fr = 'Titre publié par le serveur A'; s.save_revision().publish()",
    )

    status, headers, html = visitor.get(server_b + story_url)
    assert status == 200
    assert headers.get("X-Page-Cache") == "MISS"
    assert "Titre publié par le serveur A" in html


def test_signed_in_on_one_server_unpublishes_and_the_other_serves_404(servers, server_env):
    server_a, server_b = servers
    password = secrets.token_urlsafe(12)
    manage_shell(
        server_env,
        "from django.contrib.auth import get_user_model; "
        "get_user_model().objects.create_superuser("
        f"'two-servers', 'ops@example.org', '{password}')",
    )
    story_id, story_url = manage_shell(
        server_env,
        "from pages.models import StoryPage; s = StoryPage.objects.live().last(); "
        "print(s.pk, s.url)",
    ).split()
    visitor = Browser()
    visitor.get(server_b + story_url)
    assert visitor.get(server_b + story_url)[1].get("X-Page-Cache") == "HIT"

    editor = Browser()
    editor.get(server_a + "/admin/login/")
    status, _headers, _html = editor.post(
        server_a + "/admin/login/",
        {
            "username": "two-servers",
            "password": password,
            "csrfmiddlewaretoken": editor.cookie("csrftoken"),
        },
    )
    assert status == 302, "sign-in on server A failed"
    # The session lives in Redis (and the database): server B knows the editor too.
    status, _headers, html = editor.get(server_b + "/admin/")
    assert status == 200
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html) or None
    csrf = token.group(1) if token else editor.cookie("csrftoken")

    status, _headers, _html = editor.post(
        server_a + f"/admin/pages/{story_id}/unpublish/", {"csrfmiddlewaretoken": csrf}
    )
    assert status == 302, "unpublishing through server A failed"

    assert visitor.get(server_b + story_url)[0] == 404
