"""`make bench`: load-test the site as it runs in production, and check that it stays up.

1. Prepares a PostgreSQL database (BENCH_DATABASE_URL; created, migrated and seeded if needed)
   and uses Redis (BENCH_REDIS_URL, with a key prefix of its own) as the shared cache.
2. Starts gunicorn with the production settings (site/gunicorn.conf.py) on 127.0.0.1, twice:
   page cache off ("cold") and on ("warm"), and loads each URL with
   `wrk -t2 -c4 -d10s --latency` after a warm-up. Requests carry X-Forwarded-Proto: https, as
   from the TLS-terminating load balancer, so the production HTTPS redirect does not apply.
3. Prints requests/s, p50, p99 and non-2xx responses per URL, and each page's throughput as a
   share of the static CSS file's, then checks the reliability promises: the site serves with
   Redis gone, recovers when PostgreSQL drops its connections (or restarts), and answers a
   friendly 503 in the reader's language while the database is unreachable.
4. Writes the figures into docs/performance.md between the bench markers.

Environment (all optional): BENCH_DATABASE_URL, BENCH_REDIS_URL, BENCH_PORT, BENCH_DURATION,
BENCH_URLS ("name=/path,name=/path" replaces the discovered list), BENCH_PG_RESTART=1 (also do
one real, short PostgreSQL restart: it affects everyone using that cluster), WEB_CONCURRENCY,
GUNICORN_THREADS. URLs that do not answer 200 on this branch are skipped with a note.
`scripts/bench.py --faults` runs only the reliability checks (step 3's second half) and prints
them without touching docs/performance.md.
"""

import datetime
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlparse, urlsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
DOCS = ROOT / "docs" / "performance.md"
MARK_START = "<!-- bench:start -->"
MARK_END = "<!-- bench:end -->"

DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/medborgerskab_bench"
)
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/0")
PORT = int(os.environ.get("BENCH_PORT", "8110"))
DURATION = int(os.environ.get("BENCH_DURATION", "10"))
WRK_ARGS = ["-t2", "-c4", f"-d{DURATION}s", "--latency"]
FORWARDED = ["-H", "X-Forwarded-Proto: https"]
LOG_DIR = Path(os.environ.get("BENCH_LOG_DIR", "/tmp/medborgerskab-bench"))  # noqa: S108

TARGETS = {"warm_ratio": 0.5, "cold_p50_ms": 25.0}


def say(message=""):
    sys.stdout.write(f"{message}\n")
    sys.stdout.flush()


def run(args, env=None, check=True, capture=True):
    return subprocess.run(  # noqa: S603
        args,
        cwd=ROOT,
        env=env,
        check=check,
        capture_output=capture,
        text=True,
    )


def base_env(**extra):
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DATABASE_", "REDIS_", "PAGE_CACHE", "FRONTEND_CACHE"))
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "haderslev_site.settings.production",
            "SECRET_KEY": os.environ.get("SECRET_KEY") or "bench-" + "k" * 60,
            "ALLOWED_HOSTS": "127.0.0.1,localhost,frivilligboers.localhost",
            "DATABASE_URL": DATABASE_URL,
            "REDIS_URL": REDIS_URL,
            "CACHE_KEY_PREFIX": f"bench{os.getpid()}",
            "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{PORT}",
            "LOG_LEVEL": "WARNING",  # management commands; the servers log every request
            "PORT": str(PORT),
        }
    )
    env.update(extra)
    return env


# --- Preparation --------------------------------------------------------------------------------


def ensure_wrk():
    if shutil.which("wrk"):
        return
    say("wrk is not installed: installing the Debian package (apt-get install -y wrk) ...")
    result = run(["apt-get", "install", "-y", "-q", "wrk"], check=False)
    if result.returncode != 0:
        run(["apt-get", "update", "-q"], check=False)
        run(["apt-get", "install", "-y", "-q", "wrk"])


def ensure_postgres():
    db = urlparse(DATABASE_URL)
    host, port = db.hostname or "127.0.0.1", str(db.port or 5432)
    if run(["pg_isready", "-h", host, "-p", port, "-q"], check=False).returncode != 0:
        versions = sorted(os.listdir("/etc/postgresql")) if Path("/etc/postgresql").exists() else []
        if not versions:
            sys.exit(f"make bench: PostgreSQL is not running at {host}:{port}.")
        say("Starting PostgreSQL ...")
        run(["pg_ctlcluster", "--skip-systemctl-redirect", versions[-1], "main", "start"])
        for _ in range(30):
            if run(["pg_isready", "-h", host, "-p", port, "-q"], check=False).returncode == 0:
                break
            time.sleep(1)
    name = db.path.lstrip("/")
    if not re.fullmatch(r"[A-Za-z0-9_]+", name):
        sys.exit(f"make bench: use a plain database name (letters, digits, _), not {name!r}.")
    psql = ["psql", "-h", host, "-p", port, "-U", db.username or "postgres", "-q", "-t", "-A"]
    query = f"SELECT 1 FROM pg_database WHERE datname='{name}'"  # noqa: S608 (name checked)
    exists = run([*psql, "-c", query, "postgres"])
    if exists.stdout.strip() != "1":
        say(f"Creating database {name} ...")
        run([*psql, "-c", f'CREATE DATABASE "{name}"', "postgres"])
    return psql, name


def redis_available():
    try:
        import redis

        return bool(redis.Redis.from_url(REDIS_URL, socket_timeout=0.5).ping())
    except Exception:
        return False


def prepare_site(env):
    say("Migrating, seeding (idempotent) and collecting static files ...")
    run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], env=env)
    run([PYTHON, "manage.py", "seed_content"], env=env)
    run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"], env=env)
    # Fresh statistics and no autovacuum of the just-seeded tables during the measurements.
    run(["psql", DATABASE_URL, "-q", "-c", "VACUUM ANALYZE"], env=env)


DISCOVER = r"""
import json, re
import django
django.setup()
from django.templatetags.static import static
from wagtail.models import Page, Site

def first(model_names):
    pages = Page.objects.live().public().filter(locale__language_code="da")
    pages = pages.filter(content_type__model__in=model_names).order_by("path")
    page = pages.first()
    return page.url if page else None

models = {ct for ct in Page.objects.values_list("content_type__model", flat=True)}
pool = [m for m in models if re.search(r"(fund|pool|pulje).*index|index.*(fund|pool|pulje)", m)]
urls = {
    "home": Site.objects.get(is_default_site=True).root_page.url,
    "petal": first(["petalpage"]),
    "initiative": first(["initiativepage"]),
    "funding pool index": first(pool) if pool else None,
    "search": "/da/search/?q=frivillige",
    "static css": static("css/site.css"),
}
# Frivilligbørsen is the second Site: its pages are full URLs, sent to this server with the
# site's host name (see target()).
from volunteering.models import MeetingPlacePage, Post
meeting_place = MeetingPlacePage.objects.live().filter(locale__language_code="da").first()
if meeting_place is not None:
    urls["meeting place list"] = meeting_place.get_full_url()
    post = Post.objects.public().order_by("pk").first()
    if post is not None:
        urls["meeting place post"] = meeting_place.full_route_url("post", post.pk)
print(json.dumps(urls))
"""


def discover_urls(env):
    if os.environ.get("BENCH_URLS"):
        pairs = [item.split("=", 1) for item in os.environ["BENCH_URLS"].split(",") if item]
        return {name.strip(): path.strip() for name, path in pairs}
    result = run([PYTHON, "-c", DISCOVER], env=env)
    return json.loads(result.stdout.strip().splitlines()[-1])


# --- Server -------------------------------------------------------------------------------------


class Server:
    def __init__(self, name, port, env):
        self.name, self.port, self.env = name, port, env
        self.process = None
        self.log_path = LOG_DIR / f"gunicorn-{name}.log"

    def __enter__(self):
        LOG_DIR.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("w")
        env = {**self.env, "PORT": str(self.port), "LOG_LEVEL": "INFO"}
        self.process = subprocess.Popen(  # noqa: S603
            [
                str(Path(PYTHON).parent / "gunicorn"),
                "-c",
                "site/gunicorn.conf.py",
                "haderslev_site.wsgi",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.process.poll() is not None:
                sys.exit(f"gunicorn ({self.name}) exited; see {self.log_path}")
            try:
                status, _, _ = fetch(self.port, "/healthz")
                if status in (200, 503):
                    return self
            except OSError:
                pass
            time.sleep(0.3)
        self.stop()
        sys.exit(f"gunicorn ({self.name}) did not start; see {self.log_path}")

    def stop(self):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)

    def __exit__(self, *exc):
        self.stop()


def fetch(port, path, headers=None):
    url, site_headers = target(port, path)
    request = urllib.request.Request(  # noqa: S310
        url,
        headers={"X-Forwarded-Proto": "https", **site_headers, **(headers or {})},
    )

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


# --- wrk ----------------------------------------------------------------------------------------


def _ms(value):
    number, unit = re.match(r"([\d.]+)(us|ms|s)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def target(port, path):
    """(URL on this server, extra headers): a path, or a full URL of another of the
    installation's Sites (Frivilligbørsen), whose host name is then sent as Host."""
    if path.startswith("http"):
        parts = urlsplit(path)
        return f"http://127.0.0.1:{port}{parts.path}", {"Host": parts.hostname}
    return f"http://127.0.0.1:{port}{path}", {}


def wrk_headers(headers):
    return [arg for name, value in headers.items() for arg in ("-H", f"{name}: {value}")]


def wrk(port, path, duration_args=WRK_ARGS):
    url, headers = target(port, path)
    result = run(["wrk", *duration_args, *FORWARDED, *wrk_headers(headers), url])
    out = result.stdout
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": _ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1)),
        "p99": _ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1)),
        "requests": int(re.search(r"(\d+) requests in", out).group(1)),
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
        "socket_errors": sum(int(n) for n in errors.groups()) if errors else 0,
    }


def load_test(mode, env, urls):
    """Each page is measured right after the static file, so its share of the static file's
    throughput compares two runs made under the same background load (the machine is shared)."""
    results, static_runs = {}, []
    static_name = "static css" if "static css" in urls else None
    with Server(mode, PORT, env) as server:
        for path in urls.values():
            url, headers = target(PORT, path)
            run(["wrk", "-t2", "-c4", "-d2s", *FORWARDED, *wrk_headers(headers), url])
        for name, path in urls.items():
            if name == static_name:
                continue
            if static_name:
                static_runs.append(wrk(PORT, urls[static_name]))
            results[name] = wrk(PORT, path)
            if static_name:
                results[name]["static_rps"] = static_runs[-1]["rps"]
            _report(mode, name, results[name])
        if static_name:
            if not static_runs:
                static_runs.append(wrk(PORT, urls[static_name]))
            ordered = sorted(static_runs, key=lambda r: r["rps"])
            results[static_name] = {
                **ordered[len(ordered) // 2],
                "non_2xx": sum(r["non_2xx"] for r in static_runs),
                "socket_errors": sum(r["socket_errors"] for r in static_runs),
                "static_rps": ordered[len(ordered) // 2]["rps"],
            }
            _report(mode, f"{static_name} (median)", results[static_name])
    costs = request_costs(server.log_path)
    SERVER_ERRORS["5xx"] += count_server_errors(server.log_path)
    for name, path in urls.items():
        results[name].update(costs.get(urlparse(path).path, {}))
    return results


SERVER_ERRORS = {"5xx": 0}


def count_server_errors(log_path):
    count = 0
    for line in log_path.read_text().splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if entry.get("message") == "request" and entry.get("status", 0) >= 500:
            count += 1
    return count


def request_costs(log_path):
    """Median CPU time, SQL queries and time in SQL per path, from the app's request log: what
    a request costs the app server itself, whatever else the (shared) machine is doing."""
    samples = {}
    for line in log_path.read_text().splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if entry.get("message") == "request" and entry.get("status") == 200:
            samples.setdefault(entry["path"], []).append(entry)

    def median(values):
        values = sorted(values)
        return values[len(values) // 2] if values else 0

    return {
        path: {
            "cpu_ms": median([e.get("cpu_ms", 0) for e in entries]),
            "queries": median([e.get("queries", 0) for e in entries]),
            "db_ms": median([e.get("db_ms", 0) for e in entries]),
        }
        for path, entries in samples.items()
    }


def _report(mode, name, r):
    share = f"  {r['rps'] / r['static_rps']:4.0%} of static" if r.get("static_rps") else ""
    say(
        f"  {mode:4} {name:22} {r['rps']:8.0f} req/s  p50 {r['p50']:6.2f} ms  "
        f"p99 {r['p99']:6.2f} ms  non-2xx {r['non_2xx']}{share}"
    )


# --- Reliability checks -------------------------------------------------------------------------


def check_postgres_reconnect(env, urls, psql, name):
    """Kill every connection of the bench database (what a PostgreSQL restart does to the app)
    while the site runs without page cache, then make sure it serves without a restart."""
    lines = []
    with Server("reconnect", PORT, env) as server:
        page = urls.get("petal") or urls["home"]
        for _ in range(20):
            fetch(server.port, page)
        killed = run(
            [
                *psql,
                "-c",
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "  # noqa: S608
                f"WHERE datname = '{name}' AND pid <> pg_backend_pid()",  # name checked
                "postgres",
            ]
        ).stdout.strip()
        statuses = [fetch(server.port, page)[0] for _ in range(50)]
        ok = all(status == 200 for status in statuses)
        lines.append(
            f"- PostgreSQL dropped all {killed} connections of the running site (as on a "
            f"restart): the next 50 requests answered {sorted(set(statuses))} "
            f"{'(recovered without restarting the app)' if ok else '(FAILED)'}"
        )
        if os.environ.get("BENCH_PG_RESTART") == "1":
            versions = sorted(os.listdir("/etc/postgresql"))
            run(["pg_ctlcluster", "--skip-systemctl-redirect", versions[-1], "main", "restart"])
            time.sleep(1)
            statuses = [fetch(server.port, page)[0] for _ in range(50)]
            ok_restart = all(status == 200 for status in statuses)
            ok = ok and ok_restart
            lines.append(
                f"- Real PostgreSQL restart (BENCH_PG_RESTART=1): next 50 requests answered "
                f"{sorted(set(statuses))} {'(recovered)' if ok_restart else '(FAILED)'}"
            )
    return ok, lines


def log_noise(log_path):
    """The log records other than the one line per request: (records, tracebacks, bytes)."""
    records = tracebacks = size = 0
    for line in log_path.read_text().splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            entry = {}
        if entry.get("message") == "request":
            continue
        records += 1
        size += len(line) + 1
        tracebacks += "Traceback" in line
    return records, tracebacks, size


def check_redis_down(env, urls):
    """Redis at a closed port, page cache on: every page answers, and the figures beside the
    uncached render with Redis up (the circuit breaker asks Redis once per interval and logs
    the outage once per interval)."""
    page = urls.get("petal") or urls["home"]
    down = {**env, "REDIS_URL": "redis://127.0.0.1:1/0", "PAGE_CACHE": "1"}
    with Server("redis-down", PORT, down) as server:
        statuses = {name: fetch(server.port, path)[0] for name, path in urls.items()}
        health_status, _, health = fetch(server.port, "/healthz")
        outage = wrk(server.port, page)
    records, tracebacks, size = log_noise(server.log_path)
    with Server("redis-up-uncached", PORT, {**env, "PAGE_CACHE": "0"}) as server:
        fetch(server.port, page)
        uncached = wrk(server.port, page)
    ok = (
        all(status == 200 for status in statuses.values())
        and health_status == 200
        and outage["non_2xx"] == 0
        and tracebacks == 0
    )
    return ok, [
        f"- Redis unreachable (REDIS_URL at a closed port): pages answered "
        f"{sorted(set(statuses.values()))}; /healthz {health_status} {health.strip()}",
        f"- Redis unreachable, `{page}` under load: {outage['requests']} requests, p50 "
        f"{outage['p50']:.1f} ms, p99 {outage['p99']:.1f} ms, {outage['rps']:.0f} req/s, "
        f"non-2xx {outage['non_2xx']}; beside it, uncached with Redis up: p50 "
        f"{uncached['p50']:.1f} ms, p99 {uncached['p99']:.1f} ms, {uncached['rps']:.0f} req/s",
        f"- Log during the outage (besides one line per request): {records} records, "
        f"{tracebacks} with a traceback, {size / 1024:.1f} KB",
    ]


def check_database_down(env):
    down = {**env, "DATABASE_URL": "postgres://postgres@127.0.0.1:1/unreachable"}
    with Server("db-down", PORT, down) as server:
        status_da, headers, body_da = fetch(server.port, "/da/")
        status_en, _, body_en = fetch(server.port, "/en/")
        health_status, _, health = fetch(server.port, "/healthz")
    ok = (
        status_da == status_en == 503
        and '<html lang="en">' in body_en
        and "midlertidigt utilgængelig" in body_da
        and health_status == 503
        and "Traceback" not in body_da + body_en
    )
    return ok, [
        f"- Database unreachable (DATABASE_URL at a closed port): /da/ {status_da} "
        f"(Danish page, Retry-After {headers.get('Retry-After')}), /en/ {status_en} "
        f'(lang="en"), /healthz {health_status} {health.strip()}'
    ]


# --- Report -------------------------------------------------------------------------------------


def machine():
    cpu = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        match = re.search(r"model name\s*:\s*(.+)", cpuinfo.read_text())
        cpu = match.group(1).strip() if match else ""
    nproc = run(["nproc"]).stdout.strip()
    free = run(["free", "-h"]).stdout.rstrip()
    load = Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").exists() else []
    return cpu, nproc, free, " ".join(load)


def table(cold, warm, urls):
    static_rps = warm.get("static css", {}).get("rps")
    rows = [
        "| URL | path | cold req/s | cold p50 | cold p99 | warm req/s | warm p50 | warm p99 "
        "| warm ÷ static | non-2xx | timeouts | app CPU cold / warm | SQL queries (time) cold |",
        "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for name in warm:
        c, w = cold[name], warm[name]
        ratio = f"{w['rps'] / w['static_rps']:.0%}" if w.get("static_rps") else "n/a"
        rows.append(
            f"| {name} | `{urls[name]}` | {c['rps']:.0f} | {c['p50']:.1f} ms | {c['p99']:.1f} ms "
            f"| {w['rps']:.0f} | {w['p50']:.1f} ms | {w['p99']:.1f} ms | {ratio} "
            f"| {c['non_2xx'] + w['non_2xx']} | {c['socket_errors'] + w['socket_errors']} "
            f"| {c.get('cpu_ms', 0):.1f} / {w.get('cpu_ms', 0):.1f} ms "
            f"| {c.get('queries', 0)} ({c.get('db_ms', 0):.1f} ms) |"
        )
    return rows, static_rps


def verdicts(cold, warm, static_rps):
    pages = [name for name in warm if name != "static css"]
    lines = []
    warm_low = [
        n
        for n in pages
        if warm[n].get("static_rps") and warm[n]["rps"] / warm[n]["static_rps"] < 0.5
    ]
    lines.append(
        "- Warm pages at ≥ 50 % of the static file's throughput: "
        + ("met" if not warm_low else f"NOT met for {', '.join(warm_low)}")
    )
    slow = [n for n in pages if cold[n]["p50"] >= TARGETS["cold_p50_ms"]]
    lines.append(
        "- Cold p50 under 25 ms: " + ("met" if not slow else f"NOT met for {', '.join(slow)}")
    )
    non_2xx = sum(r["non_2xx"] for results in (cold, warm) for r in results.values())
    timeouts = sum(r["socket_errors"] for results in (cold, warm) for r in results.values())
    lines.append(
        f"- Non-2xx responses under load: {non_2xx}; 5xx in the servers' request logs: "
        f"{SERVER_ERRORS['5xx']}; wrk socket errors (requests slower than wrk's 2 s timeout "
        f"or refused): {timeouts}"
    )
    return lines


def write_docs(section):
    DOCS.parent.mkdir(exist_ok=True)
    text = DOCS.read_text() if DOCS.exists() else f"# Performance\n\n{MARK_START}\n{MARK_END}\n"
    if MARK_START not in text:
        text += f"\n{MARK_START}\n{MARK_END}\n"
    head, rest = text.split(MARK_START, 1)
    _, tail = rest.split(MARK_END, 1)
    DOCS.write_text(f"{head}{MARK_START}\n{section}\n{MARK_END}{tail}")


def faults_only(env, psql, db_name):
    """`scripts/bench.py --faults`: the reliability checks alone, printed, docs untouched."""
    urls = {name: path for name, path in discover_urls(env).items() if path}
    say("Reliability checks:")
    checks = []
    for ok, lines in (
        check_postgres_reconnect({**env, "PAGE_CACHE": "0"}, urls, psql, db_name),
        check_redis_down(env, urls),
        check_database_down(env),
    ):
        checks.append(ok)
        for line in lines:
            say(line)
    if not all(checks):
        sys.exit("bench --faults: a reliability check failed (see above).")


def main():
    ensure_wrk()
    psql, db_name = ensure_postgres()
    redis_ok = redis_available()
    if not redis_ok:
        say(f"Note: no Redis at {REDIS_URL}; the benchmark runs with the local-memory cache.")
    env = base_env(**({} if redis_ok else {"REDIS_URL": ""}))
    prepare_site(env)
    if "--faults" in sys.argv[1:]:
        faults_only(env, psql, db_name)
        return

    urls = discover_urls(env)
    say("URLs:")
    usable = {}
    with Server("probe", PORT, env):
        for name, path in urls.items():
            if not path:
                say(f"  skip {name}: no such page on this branch")
                continue
            status = fetch(PORT, path)[0]
            if status != 200:
                say(f"  skip {name}: {path} answered {status} on this branch")
                continue
            usable[name] = path
            say(f"  {name:20} {path}")

    say("\nLoad (wrk " + " ".join(WRK_ARGS) + ", after a 2 s warm-up per URL):")
    cold = load_test("cold", {**env, "PAGE_CACHE": "0"}, usable)
    warm = load_test("warm", {**env, "PAGE_CACHE": "1"}, usable)

    say("\nReliability checks:")
    checks, reliability = [], []
    for ok, lines in (
        check_postgres_reconnect({**env, "PAGE_CACHE": "0"}, usable, psql, db_name),
        check_redis_down(env, usable),
        check_database_down(env),
    ):
        checks.append(ok)
        reliability += lines
        for line in lines:
            say(line)

    rows, static_rps = table(cold, warm, usable)
    cpu, nproc, free, load = machine()
    skipped = [name for name in urls if name not in usable]
    threads = int(os.environ.get("GUNICORN_THREADS", "1"))
    gunicorn = f"{os.environ.get('WEB_CONCURRENCY', '2 × cpu + 1')} " + (
        f"workers × {threads} threads (gthread)" if threads > 1 else "synchronous workers"
    )
    section = "\n".join(
        [
            f"Measured {datetime.datetime.now().astimezone():%Y-%m-%d %H:%M %Z} with `make bench` "
            f"(`wrk {' '.join(WRK_ARGS)}` per URL after a 2 s warm-up; gunicorn {gunicorn}; "
            f"production settings; PostgreSQL `{urlparse(DATABASE_URL).path.lstrip('/')}`; "
            f"cache: {'Redis' if redis_ok else 'local memory'}).",
            "",
            f"Machine: {cpu or platform.processor()}, `nproc` = {nproc}, load average before "
            f"the run {load} (the machine is shared; wrk runs on the same cores).",
            "",
            "```",
            free,
            "```",
            "",
            *rows,
            "",
            "Cold: page cache off (`PAGE_CACHE=0`), every request renders the page from "
            "PostgreSQL (the site chrome, the same for every page, from its cache, as in "
            "production). Warm: page cache on, Redis.",
            "",
            *verdicts(cold, warm, static_rps),
            *(
                [f"- Skipped on this branch: {', '.join(skipped)} (no such page yet)"]
                if skipped
                else []
            ),
            "",
            "Reliability checks (same run):",
            "",
            *reliability,
        ]
    )
    write_docs(section)

    say("\n" + "\n".join(rows))
    say("\n" + "\n".join(verdicts(cold, warm, static_rps)))
    say(f"\nFigures written to {DOCS.relative_to(ROOT)}.")
    if not all(checks):
        sys.exit("make bench: a reliability check failed (see above).")


if __name__ == "__main__":
    main()
