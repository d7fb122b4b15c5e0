"""`make bench-lighthouse`: Lighthouse scores for the site served as in production.

Seeds a throwaway SQLite database, collects the static files (hashed names, compressed), starts
gunicorn with production settings on 127.0.0.1:$LIGHTHOUSE_PORT, runs Lighthouse 12.2.3 with
Debian's Chromium on one page of each kind in LIGHTHOUSE_KINDS, desktop and mobile, and prints
the four category scores per page, then the home page's weight by resource type.

Environment:
  LIGHTHOUSE_PORT   port for gunicorn (default 8109)
  LIGHTHOUSE_KINDS  comma-separated page kinds: a page model's name in lower case (the first
                    live Danish page of that type is used) or "search"
                    (default: homepage,petalpage,initiativepage,fundingpoolpage,search,
                    searchresults; "search" is the search page, "searchresults" a search
                    for "frivillige", whose SEO score is lowered on purpose by its noindex;
                    kinds the site does not have are reported as missing and skipped)
  CHROME_PATH       Chromium for Lighthouse (default /usr/bin/chromium)
Reports (JSON) are written to tools/lighthouse/reports/ (git-ignored).
"""

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(__file__).resolve().parent
REPORTS = TOOLS / "reports"
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
LIGHTHOUSE = TOOLS / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
DEFAULT_KINDS = "homepage,petalpage,initiativepage,fundingpoolpage,search,searchresults"
CHROME_FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync"
)

# Run inside Django (manage.py shell -c): the first live Danish page of each type, and the
# search page if the search app has a URL.
FIND_PAGES = """
import json
from django.urls import Resolver404, resolve
from django.utils import translation
from wagtail.models import Page
found = {}
for page in Page.objects.live().filter(locale__language_code="da", depth__gte=2).select_related(
    "content_type"
).order_by("path"):
    found.setdefault(page.content_type.model, page.url)
with translation.override("da"):
    try:
        match = resolve("/da/search/")
    except Resolver404:
        match = None
if match is not None and match.url_name != "wagtail_serve":
    found["search"] = "/da/search/"
    found["searchresults"] = "/da/search/?q=frivillige"
print(json.dumps(found))
"""


def say(text: str = "") -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def run(args, env, **kwargs):
    return subprocess.run(args, env=env, cwd=ROOT, check=True, **kwargs)  # noqa: S603


def port_is_free(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) != 0


def wait_for(url: str, seconds: int = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 (our own local server)
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"bench-lighthouse: the server did not answer at {url}")


def lighthouse(url: str, form_factor: str, env) -> dict:
    REPORTS.mkdir(exist_ok=True)
    name = url.split("://", 1)[1].split("/", 1)[1].strip("/").replace("/", "_").replace("?", "_")
    output = REPORTS / f"{name or 'home'}-{form_factor}.json"
    args = [
        str(LIGHTHOUSE),
        url,
        "--output=json",
        f"--output-path={output}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={CHROME_FLAGS}",
        "--quiet",
    ]
    if form_factor == "desktop":
        args.append("--preset=desktop")
    # Lighthouse 12.2 sometimes cannot read a trace from this newer Chromium ("NO_NAVSTART");
    # a second run succeeds. Three attempts, then give up loudly.
    for attempt in range(1, 4):
        try:
            run(args, env)
            return json.loads(output.read_text())
        except subprocess.CalledProcessError:
            say(f"    lighthouse failed (attempt {attempt} of 3)")
    raise SystemExit(f"bench-lighthouse: Lighthouse failed three times on {url}")


def scores(report: dict) -> list[int]:
    return [round(report["categories"][c]["score"] * 100) for c in CATEGORIES]


def failing_audits(report: dict) -> list[str]:
    """The scored audits of the four categories that fall short (score below 0.9), so a score
    under target says why: e.g. "seo: is-crawlable" for a page that is noindex on purpose."""
    failing = []
    for category in CATEGORIES:
        for ref in report["categories"][category]["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref.get("weight") and audit.get("score") is not None and audit["score"] < 0.9:
                shown = audit.get("displayValue", "")
                failing.append(f"{category}: {ref['id']}" + (f" ({shown})" if shown else ""))
    return failing


def page_weight(report: dict) -> dict[str, tuple[int, int]]:
    """Transferred and uncompressed bytes by resource type, from the network-requests audit."""
    weight: dict[str, list[int]] = {}
    for item in report["audits"]["network-requests"]["details"]["items"]:
        kind = item.get("resourceType", "Other")
        totals = weight.setdefault(kind, [0, 0])
        totals[0] += item.get("transferSize", 0)
        totals[1] += item.get("resourceSize", 0)
    return {kind: (t[0], t[1]) for kind, t in sorted(weight.items())}


def main() -> None:
    port = int(os.environ.get("LIGHTHOUSE_PORT", "8109"))
    kinds = [k.strip() for k in os.environ.get("LIGHTHOUSE_KINDS", DEFAULT_KINDS).split(",")]
    if not LIGHTHOUSE.exists():
        raise SystemExit("bench-lighthouse: run `npm ci --prefix tools/lighthouse` first")
    if not port_is_free(port):
        raise SystemExit(f"bench-lighthouse: port {port} is in use (set LIGHTHOUSE_PORT)")
    workdir = Path(tempfile.mkdtemp(prefix="bench-lighthouse-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "haderslev_site.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": f"sqlite:///{workdir / 'bench.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
        "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium"),
        "LOG_LEVEL": "WARNING",
    }
    server = None
    try:
        say("==> migrate, seed, collectstatic (production settings, throwaway database)")
        quiet = {"stdout": subprocess.DEVNULL}
        run([str(PYTHON), "manage.py", "migrate", "--noinput", "-v0"], env)
        run([str(PYTHON), "manage.py", "seed_content"], env, **quiet)
        run([str(PYTHON), "manage.py", "collectstatic", "--noinput", "-v0"], env)
        shell = run(
            [str(PYTHON), "manage.py", "shell", "--no-imports", "-v0", "-c", FIND_PAGES],
            env,
            capture_output=True,
            text=True,
        )
        found = json.loads(shell.stdout.strip().splitlines()[-1])
        say(f"==> gunicorn on 127.0.0.1:{port}")
        server = subprocess.Popen(  # noqa: S603
            [str(GUNICORN), "haderslev_site.wsgi", "-b", f"127.0.0.1:{port}", "-w", "2"],
            env=env,
            cwd=ROOT,
        )
        base = f"http://127.0.0.1:{port}"
        wait_for(base + "/da/")
        rows, home_report = [], None
        for kind in kinds:
            if kind not in found:
                say(f"    {kind}: no such page on this site yet, skipped")
                continue
            for form_factor in ("desktop", "mobile"):
                say(f"==> lighthouse {form_factor} {found[kind]}")
                report = lighthouse(base + found[kind], form_factor, env)
                rows.append(
                    (kind, form_factor, found[kind], scores(report), failing_audits(report))
                )
                if kind == "homepage" and form_factor == "mobile":
                    home_report = report
        say()
        say(f"{'page':<16} {'form':<8} {'perf':>5} {'a11y':>5} {'best':>5} {'seo':>5}  url")
        for kind, form_factor, path, values, _failing in rows:
            cells = " ".join(f"{v:>5}" for v in values)
            say(f"{kind:<16} {form_factor:<8} {cells}  {path}")
        short = [
            (kind, form_factor, failing) for kind, form_factor, _, _, failing in rows if failing
        ]
        if short:
            say()
            say("Audits below 0.9:")
            for kind, form_factor, failing in short:
                say(f"  {kind} {form_factor}: {'; '.join(failing)}")
        if home_report:
            say()
            say("Home page weight (mobile run, from Lighthouse's network-requests audit):")
            say("  bytes transferred / uncompressed by resource type (Document is the HTML)")
            total = [0, 0]
            for kind, (transferred, size) in page_weight(home_report).items():
                say(f"  {kind:<12} {transferred:>9} {size:>9}")
                total = [total[0] + transferred, total[1] + size]
            say(f"  {'total':<12} {total[0]:>9} {total[1]:>9}")
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
