#!/usr/bin/env python3
"""Costs that grow with the site: the same figures measured at several numbers of stories.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/acopagro_scale \\
        .venv/bin/python bench/scale.py --sizes 200 2000

The database (PostgreSQL, created when missing; ``--fresh`` drops it first) gets the demo
site, then stories are added in bulk (rows written directly, a few seconds for thousands)
until each size is reached, smallest first; the figures are measured at each size:

- an uncached story page (the story routed last: the newest child of the story index), in
  each language: median time, SQL queries and page instances loaded (``post_init``);
- creating a story and publishing a story: time and SQL queries;
- ``/sitemap.xml``: the index and every section, time, bytes and URLs, uncached and again
  from the cache;
- the CDN purge one publish asks for (a recording frontend-cache backend): URLs, calls,
  and whether it purged everything at once;
- the translation-status report: time and SQL queries of ``translation_issues()`` and of
  the admin view's first page.

Production settings in-process (Django's test client, no network), page cache off, a
per-process memory cache. Times depend on the machine's load: compare runs made in the
same conditions; query and instance counts do not.
"""

import argparse
import datetime
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/acopagro_scale"


def log(message):
    print(message, file=sys.stderr, flush=True)


def ensure_database(url, fresh):
    import psycopg2
    from psycopg2 import sql

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = psycopg2.connect(
        host=parts.hostname, port=parts.port or 5432, user=parts.username, dbname="postgres"
    )
    admin.autocommit = True
    with admin.cursor() as cursor:
        if fresh:
            cursor.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if cursor.fetchone() is None:
            cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    admin.close()


def setup(database_url):
    sys.path.insert(0, str(ROOT))
    scratch = Path(tempfile.gettempdir()) / f"scale-{urlsplit(database_url).path[1:]}"
    os.environ.update(
        DJANGO_SETTINGS_MODULE="acopagro_site.settings.production",
        SECRET_KEY="bench-only-" + uuid.uuid4().hex * 2,
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        SITE_URL="http://testserver",
        SECURE_SSL_REDIRECT="false",
        SESSION_COOKIE_SECURE="false",
        CSRF_COOKIE_SECURE="false",
        DATABASE_URL=database_url,
        PAGE_CACHE_ENABLED="false",
        LOG_LEVEL="WARNING",
        MEDIA_ROOT=os.environ.get("MEDIA_ROOT") or str(scratch / "media"),
        STATIC_ROOT=str(scratch / "static"),
    )
    os.environ.pop("REDIS_URL", None)  # one process: its own memory cache
    import django

    django.setup()
    from django.conf import settings

    # Every publish runs the CDN purge against a backend that records what it is asked.
    # Two recording backends: one that can purge everything (as Cloudflare), one that takes
    # URLs only (as a PURGE proxy): the purge list is what the second one gets.
    settings.WAGTAILFRONTENDCACHE = {
        "everything": {"BACKEND": "__main__.RecordingBackend"},
        "urls": {"BACKEND": "__main__.URLRecordingBackend"},
    }
    # The admin client signs in without a request address, which django-axes refuses.
    settings.AXES_ENABLED = False


# --- A frontend-cache backend that records what it is asked to purge ----------------------

PURGES = []


def _recording_backend():
    from wagtail.contrib.frontend_cache.backends import BaseBackend

    class RecordingBackend(BaseBackend):
        def __init__(self, params):
            super().__init__(params)

        def purge(self, url):
            PURGES.append(("urls", [url]))

        def purge_batch(self, urls):
            PURGES.append(("urls", list(urls)))

    class EverythingRecordingBackend(RecordingBackend):
        def purge_all(self):
            PURGES.append(("all", []))

    return {"RecordingBackend": EverythingRecordingBackend, "URLRecordingBackend": RecordingBackend}


def __getattr__(name):  # the backends, built when Wagtail first asks for them
    if name in ("RecordingBackend", "URLRecordingBackend"):
        globals().update(_recording_backend())
        return globals()[name]
    raise AttributeError(name)


# --- Building the site --------------------------------------------------------------------


def prepare_site():
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    call_command("load_demo_content", verbosity=0)


def add_stories(target):
    from tests.factories import stories_in_bulk

    started = time.perf_counter()
    added = stories_in_bulk(target)
    if added:
        log(f"  added {added} stories in {time.perf_counter() - started:.1f} s")


# --- Measuring ----------------------------------------------------------------------------


class InstanceCounter:
    """Counts page instances created (from the database or not) while active."""

    def __enter__(self):
        from django.db.models.signals import post_init
        from wagtail.models import Page

        self.count = 0

        def counted(sender, **kwargs):
            if issubclass(sender, Page):
                self.count += 1

        self._receiver = counted
        post_init.connect(counted, weak=False)
        return self

    def __exit__(self, *exc):
        from django.db.models.signals import post_init

        post_init.disconnect(self._receiver)


def timed(function, repeat=1):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    timings = []
    result = None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        timings.append((time.perf_counter() - started) * 1000)
    with CaptureQueriesContext(connection) as queries, InstanceCounter() as instances:
        function()
    return statistics.median(timings), len(queries), instances.count, result


def measure_story_page(client):
    from django.conf import settings
    from django.utils import translation

    from pages.models import StoryIndexPage, StoryPage

    story = StoryPage.objects.child_of(StoryIndexPage.objects.get()).order_by("-path").first()
    rows = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            url = story.get_url()
        for _ in range(2):
            response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        ms, queries, instances, _ = timed(lambda url=url: client.get(url), repeat=5)
        rows.append((code, url, ms, queries, instances))
    return rows


def measure_publish():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils.text import slugify
    from modeltranslation.utils import build_localized_fieldname

    from pages.models import StoryIndexPage, StoryPage

    index = StoryIndexPage.objects.get()
    codes = [code for code, _name in __import__("django.conf").conf.settings.LANGUAGES]
    stamp = uuid.uuid4().hex[:8]
    fields = {}
    for code in codes:
        title = f"Histoire mesurée {stamp} {code}"
        fields[build_localized_fieldname("title", code)] = title
        fields[build_localized_fieldname("slug", code)] = slugify(title)
    story = StoryPage(title=fields[f"title_{codes[0]}"], date=datetime.date(2026, 1, 1), **fields)
    with CaptureQueriesContext(connection) as create_queries:
        started = time.perf_counter()
        index.add_child(instance=story)
        create_ms = (time.perf_counter() - started) * 1000
    del PURGES[:]
    story = StoryPage.objects.get(pk=story.pk)
    setattr(story, f"intro_{codes[0]}", f"Introduction {stamp}.")
    with CaptureQueriesContext(connection) as publish_queries, InstanceCounter() as instances:
        started = time.perf_counter()
        story.save_revision().publish()
        publish_ms = (time.perf_counter() - started) * 1000
    purges = list(PURGES)
    # Leave the site as it was: the next size adds its own stories.
    story.delete()
    return {
        "create_ms": create_ms,
        "create_queries": len(create_queries),
        "publish_ms": publish_ms,
        "publish_queries": len(publish_queries),
        "publish_instances": instances.count,
        "purge_calls": len(purges),
        "purge_urls": sum(len(urls) for kind, urls in purges),
        "purge_all": sum(kind == "all" for kind, urls in purges),
    }


def measure_sitemap(client):
    import re

    from django.core.cache import cache

    def fetch_all():
        total_bytes = 0
        urls = 0
        response = client.get("/sitemap.xml")
        assert response.status_code == 200, response.status_code
        body = response.content
        total_bytes += len(body)
        sections = [
            urlsplit(location).path
            for location in re.findall(rb"<sitemap>\s*<loc>([^<]+)</loc>", body)
        ]
        sections = [section.decode() for section in sections]
        urls += body.count(b"<url>")
        largest = len(body)
        for section in sections:
            part = client.get(section)
            assert part.status_code == 200, (section, part.status_code)
            total_bytes += len(part.content)
            largest = max(largest, len(part.content))
            urls += part.content.count(b"<url>")
        return total_bytes, urls, len(sections), largest

    cache.clear()
    started = time.perf_counter()
    total_bytes, urls, sections, largest = fetch_all()
    cold_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    fetch_all()
    warm_ms = (time.perf_counter() - started) * 1000
    return {
        "cold_ms": cold_ms,
        "warm_ms": warm_ms,
        "bytes": total_bytes,
        "largest_file": largest,
        "urls": urls,
        "sections": sections,
    }


def measure_report(admin_client):
    from django.urls import reverse

    from editorial.translation_status import translation_issues

    ms, queries, instances, issues = timed(lambda: list(translation_issues()), repeat=3)
    url = reverse("translation_status")
    view_ms, view_queries, _, response = timed(lambda: admin_client.get(url), repeat=3)
    assert response.status_code == 200, response.status_code
    return {
        "ms": ms,
        "queries": queries,
        "instances": instances,
        "issues": len(issues),
        "view_ms": view_ms,
        "view_queries": view_queries,
    }


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 2000])
    parser.add_argument("--fresh", action="store_true", help="drop the database first")
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"))
    args = parser.parse_args()
    database_url = args.database_url or DEFAULT_DATABASE_URL
    if not database_url.startswith("postgres"):
        sys.exit("bench/scale.py needs PostgreSQL (DATABASE_URL=postgres://…)")
    ensure_database(database_url, args.fresh)
    setup(database_url)

    from django.contrib.auth import get_user_model
    from django.test import Client

    log("preparing the site (migrate, demo content)…")
    prepare_site()
    user_model = get_user_model()
    admin = user_model.objects.filter(username="scale-bench").first()
    if admin is None:
        admin = user_model.objects.create_superuser("scale-bench", "bench@example.org", None)
    client = Client(HTTP_HOST="127.0.0.1")
    admin_client = Client(HTTP_HOST="127.0.0.1")
    admin_client.force_login(admin)

    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    now = datetime.datetime.now(datetime.UTC)
    print(f"# bench/scale.py, {now:%Y-%m-%d %H:%M} UTC, load {load}")
    for size in sorted(args.sizes):
        log(f"size {size}…")
        add_stories(size)
        print(f"\n## {size} stories")
        for code, url, ms, queries, instances in measure_story_page(client):
            print(
                f"story page {code}: {ms:.1f} ms, {queries} queries, "
                f"{instances} page instances ({url})"
            )
        publish = measure_publish()
        print(f"create a story: {publish['create_ms']:.0f} ms, {publish['create_queries']} queries")
        print(
            f"publish a story: {publish['publish_ms']:.0f} ms, {publish['publish_queries']} "
            f"queries, {publish['publish_instances']} page instances"
        )
        print(
            f"purge per publish: {publish['purge_urls']} URLs in "
            f"{publish['purge_calls'] - publish['purge_all']} calls to a URL-only backend, "
            f"{publish['purge_all']} purge-all calls to one that can"
        )
        sitemap = measure_sitemap(client)
        print(
            f"sitemap: {sitemap['cold_ms']:.0f} ms uncached, {sitemap['warm_ms']:.0f} ms cached, "
            f"{sitemap['bytes'] / 1024:.0f} kB in {sitemap['sections']} sections + index "
            f"(largest file {sitemap['largest_file'] / 1024:.0f} kB), {sitemap['urls']} URLs"
        )
        report = measure_report(admin_client)
        print(
            f"translation report: translation_issues() {report['ms']:.0f} ms, "
            f"{report['queries']} queries, {report['instances']} page instances, "
            f"{report['issues']} rows; admin view {report['view_ms']:.0f} ms, "
            f"{report['view_queries']} queries"
        )
        sys.stdout.flush()


if __name__ == "__main__":
    main()
