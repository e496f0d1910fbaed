#!/usr/bin/env python3
"""Time uncached page renders in-process: median and minimum over N renders, SQL queries.

    DATABASE_URL=postgres://… REDIS_URL=redis://… .venv/bin/python bench/render.py [-n 30]

Production settings with the page cache off (what a visitor costs when the page is not in
the page cache; fragments and navigation kept as on a running server), a Django test
client, no network. For the home page, a story, the story listing and a climate project
page in both languages. ``--profile URL`` prints a pyinstrument profile of that page
instead (``pip install pyinstrument``: a development tool, not a dependency).
Numbers depend on the machine's load: compare runs made in the same conditions.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup():
    sys.path.insert(0, str(ROOT))
    from run import DEFAULT_DATABASE_URL, loopback_production_env

    os.environ.setdefault("DATABASE_URL", DEFAULT_DATABASE_URL)
    os.environ.update(loopback_production_env(), PAGE_CACHE_ENABLED="false", LOG_LEVEL="WARNING")
    import django

    django.setup()


def page_urls():
    from django.utils import translation

    from pages.models import ClimateProjectPage, HomePage, StoryIndexPage, StoryPage

    pages = [
        HomePage.objects.get(),
        StoryPage.objects.live().order_by("-date").first(),
        StoryIndexPage.objects.get(),
        ClimateProjectPage.objects.live().order_by("path").first(),
    ]
    urls = []
    for page in pages:
        for language in ("fr", "es"):
            with translation.override(language):
                urls.append(page.get_url())
    return urls


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-n", type=int, default=30, help="renders per page (default 30)")
    parser.add_argument("--profile", metavar="URL", help="profile this URL with pyinstrument")
    args = parser.parse_args()
    setup()

    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    if args.profile:
        from pyinstrument import Profiler

        for _ in range(3):
            client.get(args.profile)
        profiler = Profiler(interval=0.0005)
        with profiler:
            for _ in range(args.n):
                client.get(args.profile)
        from pyinstrument.renderers import ConsoleRenderer

        print(profiler.output(ConsoleRenderer(color=False, unicode=False, flat=True))[:5000])
        return

    print(f"load average: {' '.join(Path('/proc/loadavg').read_text().split()[:3])}")
    print(f"{'URL':55} {'median ms':>9} {'min ms':>7} {'queries':>7}")
    for url in page_urls():
        for _ in range(3):  # warm: renditions, fragments, navigation
            response = client.get(url)
        if response.status_code != 200:
            sys.exit(f"{url} answered {response.status_code}")
        timings = []
        for _ in range(args.n):
            started = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        print(f"{url:55} {statistics.median(timings):9.1f} {min(timings):7.1f} {len(queries):7}")


if __name__ == "__main__":
    main()
