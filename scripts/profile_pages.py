"""What a cold render of each benchmarked page costs the app: CPU time, SQL queries, hot spots.

Run with the production settings against a seeded database (page cache off, as `make bench`'s
"cold" runs), e.g.:

    DJANGO_SETTINGS_MODULE=haderslev_site.settings.production SECRET_KEY=... \\
    ALLOWED_HOSTS=testserver DATABASE_URL=postgres://... REDIS_URL=redis://... \\
    .venv/bin/python scripts/profile_pages.py [--profile NAME] [--queries NAME] [-n 30]

Each URL is requested through Django's test client (no HTTP server), a few times to warm the
per-process caches, then `-n` times; the median thread CPU time and the query count are
printed. `--profile home` prints cProfile's top functions for that page; `--queries home`
prints its SQL. CPU time does not depend on how busy the machine is, so it is the figure to
compare before and after a change.
"""

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "site"))
os.environ["PAGE_CACHE"] = "0"

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from wagtail.models import Page, Site  # noqa: E402


def _project_frame():
    """The innermost caller in the project's own code or templates' tags (not Django/Wagtail)."""
    frames = traceback.extract_stack()[:-2]
    outside = [
        f for f in frames if "site-packages" not in f.filename and "/scripts/" not in f.filename
    ]
    wagtail = [f for f in frames if "/wagtail/" in f.filename]
    chosen = outside[-1] if outside else None
    hint = f" via {Path(wagtail[-1].filename).name}:{wagtail[-1].lineno}" if wagtail else ""
    if chosen is None:
        return "?" + hint
    return f"{Path(chosen.filename).relative_to(ROOT)}:{chosen.lineno} {chosen.name}{hint}"


def discover():
    def first(model):
        page = (
            Page.objects.live()
            .public()
            .filter(locale__language_code="da", content_type__model=model)
            .order_by("path")
            .first()
        )
        return page.url if page else None

    return {
        "home": Site.objects.get(is_default_site=True).root_page.url,
        "petal": first("petalpage"),
        "initiative": first("initiativepage"),
        "funding pool index": first("fundingpoolindexpage"),
        "search": "/da/search/?q=frivillige",
        "404": "/da/findes-ikke/",
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=30)
    parser.add_argument("--profile", action="append", default=[])
    parser.add_argument("--queries", action="append", default=[])
    args = parser.parse_args()
    client = Client(HTTP_X_FORWARDED_PROTO="https")
    for name, url in discover().items():
        if not url:
            print(f"{name:20} (no such page)")
            continue
        for _ in range(3):
            response = client.get(url)
        samples = []
        for _ in range(args.n):
            start = time.thread_time()
            response = client.get(url)
            samples.append((time.thread_time() - start) * 1000)
        callers = []

        def where(execute, sql, params, many, context, callers=callers):
            callers.append(_project_frame())
            return execute(sql, params, many, context)

        with CaptureQueriesContext(connection) as queries, connection.execute_wrapper(where):
            client.get(url)
        print(
            f"{name:20} {response.status_code} cpu {statistics.median(samples):6.1f} ms"
            f" (min {min(samples):5.1f})  queries {len(queries):3}  {url}"
        )
        if name in args.queries:
            for query, caller in zip(queries.captured_queries, callers, strict=False):
                print(f"  - {caller}\n      {query['sql'][:240]}")
        if name in args.profile:
            profiler = cProfile.Profile(time.thread_time)
            profiler.enable()
            for _ in range(10):
                client.get(url)
            profiler.disable()
            stats = pstats.Stats(profiler).sort_stats(os.environ.get("SORT", "cumulative"))
            stats.print_stats(int(os.environ.get("TOP", "45")))


if __name__ == "__main__":
    main()
