"""`make bench-chrome`: what the site chrome cache (home/chrome.py) saves on a rendered page.

Renders home, the first petal, the first initiative and a search in-process through Django's
test client (no HTTP server), with the production settings and the page cache off (every
request renders, as after a publish or for a URL nobody has asked for yet), against a seeded
database, and prints per page: SQL queries per request and mean / median wall-clock ms per
request, for

- chrome off (`CHROME_CACHE_ENABLED = False`, what `CHROME_CACHE=0` sets),
- chrome on,
- chrome on without each of the private Wagtail/treebeard attributes home/chrome.py sets, one
  at a time, so each one's share is measured rather than claimed:
  `request._wagtail_site`, `request._wagtail_route_for_request` and `page._cached_parent_obj`.

    .venv/bin/python scripts/bench_chrome.py [--postgres] [-n 200]

SQLite by default (a throwaway database in BENCH_CHROME_DIR, /tmp/medborgerskab-bench-chrome,
migrated and seeded on first use) with local-memory caches; `--postgres` uses PostgreSQL
(BENCH_CHROME_DATABASE_URL, default .../medborgerskab_bench_chrome, created, migrated and
seeded if needed) and Redis (BENCH_REDIS_URL) as in production. The figures are printed, not
written anywhere: docs/performance.md quotes them by hand.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import bench  # noqa: E402  (make bench's helpers: environment, PostgreSQL, seeding)

WORK_DIR = Path(os.environ.get("BENCH_CHROME_DIR", "/tmp/medborgerskab-bench-chrome"))  # noqa: S108
PAGES = ("home", "petal", "initiative", "search")


# --- Preparation (parent process) -----------------------------------------------------------


def sqlite_env():
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    return bench.base_env(
        DATABASE_URL=f"sqlite:///{WORK_DIR / 'db.sqlite3'}",
        REDIS_URL="",
        PAGE_CACHE_GENERATION_DIR=str(WORK_DIR / "generation"),
    )


def prepare_sqlite(env):
    bench.say("Migrating and seeding (idempotent) the SQLite database, collecting static files ...")
    bench.run([bench.PYTHON, "manage.py", "migrate", "--noinput", "-v0"], env=env)
    bench.run([bench.PYTHON, "manage.py", "seed_content"], env=env)
    bench.run([bench.PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"], env=env)


def postgres_env():
    database_url = os.environ.get(
        "BENCH_CHROME_DATABASE_URL",
        "postgres://postgres@127.0.0.1:5432/medborgerskab_bench_chrome",
    )
    bench.DATABASE_URL = database_url  # ensure_postgres() and prepare_site() read it
    if not bench.redis_available():
        sys.exit(f"bench-chrome --postgres: Redis is not reachable at {bench.REDIS_URL}.")
    bench.ensure_postgres()
    return bench.base_env(DATABASE_URL=database_url)


# --- Measurement (child process, Django set up) ---------------------------------------------


def variants():
    """(name, apply) pairs: `apply()` puts home.chrome back as it is, then changes what the
    variant leaves out."""
    from django.conf import settings
    from wagtail.models import Site

    from home import chrome

    originals = {name: getattr(chrome, name) for name in ("site_for_request", "route")}
    originals["_remember_parent"] = chrome._remember_parent

    def restore(enabled=True):
        settings.CHROME_CACHE_ENABLED = enabled
        for name, value in originals.items():
            setattr(chrome, name, value)

    def without(name, replacement):
        def apply():
            restore()
            setattr(chrome, name, replacement)

        return apply

    return [
        ("chrome off", lambda: restore(enabled=False)),
        ("chrome on", restore),
        # Wagtail's own Site.find_for_request: one query per request, memoised on the request.
        ("on, without _wagtail_site", without("site_for_request", Site.find_for_request)),
        # Wagtail's own Page.route_for_request: a walk down the tree from the localised root.
        ("on, without _wagtail_route_for_request", without("route", lambda r, p: None)),
        # The remembered route without the parent: treebeard's get_parent() reads it again.
        ("on, without _cached_parent_obj", without("_remember_parent", lambda r, p, h: None)),
    ]


def measure(client, url, variants, n, batch=10):
    """{variant: (queries, mean ms, median ms, median CPU ms)} for one URL. The variants take
    turns in batches of `batch` requests, so a machine that gets busier or quieter during the
    run (it is shared) affects them all alike."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    wall = {name: [] for name, _apply in variants}
    cpu = {name: [] for name, _apply in variants}
    queries = {}
    for name, apply in variants:
        apply()
        for _ in range(5):  # warm the per-process caches and this variant's chrome entries
            response = client.get(url)
        if response.status_code != 200:
            return None
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        queries[name] = len(captured)
    for _ in range(max(1, n // batch)):
        for name, apply in variants:
            apply()
            for _ in range(batch):
                start, start_cpu = time.perf_counter(), time.thread_time()
                client.get(url)
                cpu[name].append((time.thread_time() - start_cpu) * 1000)
                wall[name].append((time.perf_counter() - start) * 1000)
    return {
        name: (
            queries[name],
            statistics.mean(wall[name]),
            statistics.median(wall[name]),
            statistics.median(cpu[name]),
        )
        for name, _apply in variants
    }


def measure_all(n):
    # profile_pages sets PAGE_CACHE=0 and sets Django up; its discover() finds the pages.
    import profile_pages
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    urls = profile_pages.discover()
    client = Client(HTTP_X_FORWARDED_PROTO="https")
    all_variants = variants()
    results = {}
    for page in PAGES:
        url = urls.get(page)
        results[page] = measure(client, url, all_variants, n) if url else None
        if results[page] is None:
            print(f"  {page}: not measured ({url or 'no such page'})")
    all_variants[1][1]()  # chrome on, as configured
    cache = settings.CACHES["pagecache"]["BACKEND"].rsplit(".", 1)[-1]
    print(
        f"\n{connection.vendor}, {cache}, page cache off, {n} requests per row "
        f"(in turns of 10), in-process test client\n"
    )
    print(f"| {'variant':43} | {'page':10} | queries | mean ms | median ms | CPU median ms |")
    print(f"|{'-' * 45}|{'-' * 12}|---------|---------|-----------|---------------|")
    for name, _apply in all_variants:
        for page in PAGES:
            if results[page] is None:
                continue
            queries, mean, median, cpu = results[page][name]
            print(
                f"| {name:43} | {page:10} | {queries:7} | {mean:7.1f} | {median:9.1f} |"
                f" {cpu:13.1f} |"
            )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--postgres", action="store_true", help="PostgreSQL + Redis")
    parser.add_argument("-n", type=int, default=200, help="timed requests per page and variant")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure_all(args.n)
        return
    if args.postgres:
        env = postgres_env()
        bench.prepare_site(env)
    else:
        env = sqlite_env()
        prepare_sqlite(env)
    env["ALLOWED_HOSTS"] += ",testserver"
    subprocess.run(  # noqa: S603
        [bench.PYTHON, __file__, "--measure", "-n", str(args.n)], cwd=ROOT, env=env, check=True
    )


if __name__ == "__main__":
    main()
