"""The scaled-out deployment, tested against the running cluster (`make cluster`, then
`make test-cluster`; .ci/run does both): nginx with TLS in front of two gunicorn nodes with the
production settings, Redis shared, a PostgreSQL streaming replica for anonymous reads.

Nothing here is simulated: nodes are killed by their PID, replay on the replica is paused with
pg_wal_replay_pause(), the replica is stopped with pg_ctl.
"""

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest
import requests

from tests.home.admin_forms import page_form_data

pytestmark = pytest.mark.cluster

ROOT = Path(__file__).resolve().parents[2]
STATE_FILE = ROOT / ".cluster" / "state.json"


@pytest.fixture(scope="module")
def cluster():
    if not STATE_FILE.exists():
        pytest.fail("no running cluster: run `make cluster` first")
    return json.loads(STATE_FILE.read_text())


def cluster_command(*args):
    subprocess.run([sys.executable, str(ROOT / "scripts/cluster.py"), *args], check=True)  # noqa: S603


def kill_node(node):
    """SIGKILL a node's gunicorn master and workers (its process group), as a crash would.
    os.killpg, not the kill command: here (Debian 12, procps 4.0.2) `kill -KILL -<pgid>` run
    from the test killed every process on the machine, PostgreSQL and Redis included."""
    os.killpg(node["pid"], signal.SIGKILL)


def psql(cluster, sql, port=None):
    port = port or cluster["primary_port"]
    result = subprocess.run(  # noqa: S603
        ["psql", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-d", cluster["database"]]  # noqa: S607
        + ["-Atqc", sql],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout.strip()


def manage(cluster, code):
    """Run Python in the cluster's Django (primary database) and return what it prints."""
    env = {
        "DJANGO_SETTINGS_MODULE": "haderslev_site.settings.production",
        "SECRET_KEY": cluster["secret_key"],
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{cluster['database']}",
        "ALLOWED_HOSTS": "127.0.0.1",
        "PATH": "/usr/bin:/bin",
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout.strip().splitlines()[-1]


class NodeClient:
    """A browser talking to one app node directly, as nginx does (X-Forwarded-Proto: https),
    keeping its cookies itself (they are Secure, and the node speaks plain HTTP)."""

    def __init__(self, base):
        self.base = base
        self.cookies = {}

    def request(self, method, path, **kwargs):
        headers = {
            "X-Forwarded-Proto": "https",
            "Referer": f"https://{self.base.split('//')[1]}{path}",
            "Origin": f"https://{self.base.split('//')[1]}",
            **kwargs.pop("headers", {}),
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        response = requests.request(
            method, self.base + path, headers=headers, allow_redirects=False, timeout=30, **kwargs
        )
        self.cookies.update(response.cookies.get_dict())
        return response

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post(self, path, data, **kwargs):
        data = {"csrfmiddlewaretoken": self.cookies.get("csrftoken", ""), **data}
        return self.request("POST", path, data=data, **kwargs)

    def log_in(self, username, password):
        self.get("/admin/login/")
        response = self.post("/admin/login/", {"username": username, "password": password})
        assert response.status_code == 302, response.status_code
        assert "sessionid" in self.cookies


@pytest.fixture(scope="module")
def test_page(cluster):
    """A live standard page under the Danish home page, with an empty body (so the editor's
    form can be sent without its script)."""
    slug = f"klyngetest-{uuid.uuid4().hex[:8]}"
    page_id = manage(
        cluster,
        "from home.models import HomePage, StandardPage; "
        "home = HomePage.objects.get(locale__language_code='da'); "
        f"page = StandardPage(title='Klyngetest', slug={slug!r}); "
        "home.add_child(instance=page); page.save_revision().publish(); print(page.pk)",
    )
    return {"id": int(page_id), "path": f"/da/{slug}/"}


def publish_title(cluster, client, page_id, title):
    edit = client.get(f"/admin/pages/{page_id}/edit/")
    assert edit.status_code == 200
    data = page_form_data(edit.text)
    data.update({"title": title, "body-count": "0", "action-publish": "action-publish"})
    response = client.post(f"/admin/pages/{page_id}/edit/", data)
    assert response.status_code == 302, response.text[:2000]


def title_of(response):
    match = re.search(r"<h1[^>]*>\s*([^<]+?)\s*</h1>", response.text)
    return match.group(1) if match else None


# --- 1. A publish on node 1 is served by node 2 at once (page cache invalidated across nodes) ---


def test_a_publish_on_one_node_is_served_by_the_other_at_once(cluster, test_page):
    node1 = NodeClient(cluster["nodes"]["1"]["url"])
    node2 = NodeClient(cluster["nodes"]["2"]["url"])
    node1.log_in(cluster["editor"], cluster["editor_password"])
    # Node 2 has the page in the shared page cache before the change.
    assert title_of(node2.get(test_page["path"])) == "Klyngetest"

    new_title = f"Klyngetest {uuid.uuid4().hex[:6]}"
    publish_title(cluster, node1, test_page["id"], new_title)

    assert title_of(NodeClient(cluster["nodes"]["2"]["url"]).get(test_page["path"])) == new_title
    through_nginx = [
        title_of(
            requests.get(
                cluster["url"] + test_page["path"], verify=cluster["certificate"], timeout=30
            )
        )
        for _ in range(4)
    ]
    assert through_nginx == [new_title] * 4


# --- 2. Anonymous reads use the replica; editors and writes the primary -------------------------


def last_replica_query(cluster):
    """When an app node last sent a query to the replica (its sessions' latest query_start)."""
    return psql(
        cluster,
        "SELECT coalesce(max(query_start), 'epoch') FROM pg_stat_activity "
        f"WHERE datname = '{cluster['database']}' AND backend_type = 'client backend' "
        "AND pid <> pg_backend_pid()",
        port=cluster["replica"]["port"],
    )


def test_anonymous_reads_use_the_replica_and_editors_the_primary(cluster, test_page):
    time.sleep(2.5)  # past the primary-only window after the last content change
    before = last_replica_query(cluster)
    for n in range(6):  # uncached renders: an unknown query parameter bypasses the page cache
        response = requests.get(
            f"{cluster['url']}/da/search/?q=frivillig{n}", verify=cluster["certificate"], timeout=30
        )
        assert response.status_code == 200
    after_anonymous = last_replica_query(cluster)
    assert after_anonymous > before, "anonymous searches did not read from the replica"

    editor = NodeClient(cluster["nodes"]["1"]["url"])
    editor.log_in(cluster["editor"], cluster["editor_password"])
    for n in range(6):
        assert editor.get(f"/da/search/?q=frivillig{n}").status_code == 200
        assert editor.get(f"/admin/pages/{test_page['id']}/edit/").status_code == 200
    assert last_replica_query(cluster) == after_anonymous, "an editor's requests read the replica"


def test_while_replay_is_paused_editors_see_their_change_and_readers_are_bounded(
    cluster, test_page
):
    replica_port = cluster["replica"]["port"]
    editor = NodeClient(cluster["nodes"]["1"]["url"])
    editor.log_in(cluster["editor"], cluster["editor_password"])
    psql(cluster, "SELECT pg_wal_replay_pause()", port=replica_port)
    try:
        new_title = f"Pause {uuid.uuid4().hex[:6]}"
        publish_title(cluster, editor, test_page["id"], new_title)
        # The replica has not replayed the change ...
        assert (
            psql(
                cluster,
                f"SELECT title FROM wagtailcore_page WHERE id = {test_page['id']}",
                port=replica_port,
            )
            != new_title
        )
        # ... the editor sees it at once (the primary) ...
        assert title_of(editor.get(test_page["path"])) == new_title
        # ... and so do readers, on both nodes: after a change each node reads from the primary
        # (REPLICA_FRESH_SECONDS), and a replica behind by more than REPLICA_MAX_LAG_SECONDS is
        # not used at all.
        for _ in range(3):
            for node in ("1", "2"):
                reader = NodeClient(cluster["nodes"][node]["url"])
                assert title_of(reader.get(test_page["path"])) == new_title
            time.sleep(3)
    finally:
        psql(cluster, "SELECT pg_wal_replay_resume()", port=replica_port)


# --- 3. Losing a node under load: no failed request at the client -------------------------------


def load(cluster, stop, results):
    url = cluster["url"]
    session = requests.Session()
    paths = ["/da/", "/da/lokalraad/", "/da/puljemidler/", "/da/aktivitetskalender/", "/en/"]
    n = 0
    while not stop.is_set():
        try:
            response = session.get(
                url + paths[n % len(paths)], verify=cluster["certificate"], timeout=30
            )
            results.append(response.status_code)
        except requests.RequestException as error:
            results.append(repr(error))
        n += 1


def requests_served(log):
    return sum(
        1 for line in Path(log).read_text().splitlines() if '"haderslev_site.request"' in line
    )


def test_killing_a_node_under_load_fails_no_request_and_it_rejoins(cluster):
    stop, results = threading.Event(), []
    workers = [threading.Thread(target=load, args=(cluster, stop, results)) for _ in range(4)]
    for worker in workers:
        worker.start()
    try:
        time.sleep(2)
        node1 = cluster["nodes"]["1"]
        kill_node(node1)
        time.sleep(4)
    finally:
        stop.set()
        for worker in workers:
            worker.join()

    failures = [result for result in results if result != 200]
    assert len(results) > 50
    assert failures == [], f"{len(failures)} of {len(results)} requests failed: {failures[:5]}"

    cluster_command("start-node", "1")
    restarted = json.loads(STATE_FILE.read_text())["nodes"]["1"]
    served_before = requests_served(restarted["log"])
    time.sleep(11)  # nginx tries a failed server again after fail_timeout (10 s)
    for _ in range(20):
        assert (
            requests.get(
                cluster["url"] + "/da/", verify=cluster["certificate"], timeout=30
            ).status_code
            == 200
        )
    assert requests_served(restarted["log"]) > served_before, "node 1 did not rejoin"


# --- 4. Losing a node while forms are sent: each stored once, or refused and sent again --------


def shown_form(cluster, path, marker, host=None):
    """GET the form through nginx as a new visitor: (session, the data a person would send).
    `host`: the host name of another of the installation's Sites (Frivilligbørsen)."""
    from bs4 import BeautifulSoup

    session = requests.Session()
    if host:
        session.headers["Host"] = host
    session.headers["Referer"] = (
        f"https://{host}:{cluster['port']}{path}" if host else (cluster["url"] + path)
    )
    # verify= on each request: requests lets REQUESTS_CA_BUNDLE override a session's verify.
    page = session.get(cluster["url"] + path, verify=cluster["certificate"], timeout=30)
    assert page.status_code == 200
    form = BeautifulSoup(page.text, "html.parser").find("form", method=re.compile("post", re.I))
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name, kind = field.get("name"), field.get("type", "")
        if not name or kind in {"submit", "button", "file", "date"} or name == "website":
            continue
        if field.name == "select":
            option = field.find("option", value=re.compile(".+"))
            data[name] = option["value"] if option else ""
        elif kind in {"checkbox", "radio"}:
            data.setdefault(name, field.get("value", "on"))
        elif kind == "email":
            data[name] = f"{marker}@example.invalid"
        elif kind == "hidden":
            data[name] = field.get("value", "")
        else:
            data[name] = marker
    data["website"] = ""
    return session, data


def send_until_answered(cluster, session, path, data, outcomes):
    """Send the form; on nginx's error page or a broken connection send the same form again,
    as a person would after reading the error page."""
    for _attempt in range(5):
        try:
            response = session.post(
                cluster["url"] + path,
                data=data,
                verify=cluster["certificate"],
                timeout=30,
                allow_redirects=False,
            )
        except requests.RequestException as error:
            outcomes.append(repr(error))
            continue
        outcomes.append(response.status_code)
        if response.status_code in {200, 302}:  # thanked, or sent on to the thanks
            assert response.status_code == 302 or "Der er problemer" not in response.text
            return
        assert response.status_code in {502, 503, 504}, response.status_code
        assert "send den igen" in response.text  # the proxy's page tells the person what to do
        time.sleep(1)
    pytest.fail(f"a form was never answered: {outcomes}")


# Each public form that stores what a citizen writes: (how to find it and count what it
# stored, the Site's host name). The event sign-up is stored once per address and event by
# its own rule (initiatives/registrations.py), tested in tests/initiatives.
FORMS = {
    "editor-built form": (
        "from initiatives.models import FormPage; "
        "p = FormPage.objects.live().filter(locale__language_code='da').first(); "
        "print(p.get_url_parts()[2])",
        "import json; from wagtail.contrib.forms.models import FormSubmission; "
        "rows = FormSubmission.objects.filter(page__locale__language_code='da'); "
        "rows = [json.dumps(r.form_data) for r in rows]; "
        "print(json.dumps([row for row in rows if '{run}' in row]))",
        None,
    ),
    "the meeting place's new post": (
        "from volunteering.models import MeetingPlacePage; "
        "p = MeetingPlacePage.objects.live().filter(locale__language_code='da').first(); "
        "print(p.get_url_parts()[2] + 'nyt-opslag/')",
        "import json; from volunteering.models import Post; "
        "titles = Post.objects.filter(title__contains='{run}').values_list('title', flat=True); "
        "print(json.dumps(list(titles)))",
        "frivilligboers.localhost",
    ),
}


@pytest.mark.parametrize("form_name", FORMS)
def test_killing_a_node_while_forms_are_sent_stores_each_exactly_once(cluster, form_name):
    find, count, host = FORMS[form_name]
    path = manage(cluster, find)
    run = uuid.uuid4().hex[:6]
    forms = [shown_form(cluster, path, f"klynge{run}n{n}x", host) for n in range(24)]
    time.sleep(3.5)  # a person takes longer than PUBLIC_FORM_MIN_SECONDS to fill in a form

    outcomes = []
    threads = [
        threading.Thread(target=send_until_answered, args=(cluster, s, path, d, outcomes))
        for s, d in forms
    ]
    for n, thread in enumerate(threads):
        thread.start()
        if n == 8:
            node1 = json.loads(STATE_FILE.read_text())["nodes"]["1"]  # as last (re)started
            kill_node(node1)
        time.sleep(0.05)
    for thread in threads:
        thread.join()

    stored = json.loads(manage(cluster, count.replace("{run}", run)))
    per_form = [sum(f"klynge{run}n{n}x" in row for row in stored) for n in range(24)]
    assert per_form == [1] * 24, f"stored per form {per_form} (outcomes: {outcomes})"
    cluster_command("start-node", "1")
    time.sleep(11)  # nginx tries a failed server again after fail_timeout (10 s)


# --- 5. Losing the replica: reads fall back to the primary -------------------------------------


def test_stopping_the_replica_sends_reads_to_the_primary_without_errors(cluster):
    cluster_command("stop-replica")
    try:
        statuses = [
            requests.get(
                f"{cluster['url']}/da/search/?q=replika{n}",
                verify=cluster["certificate"],
                timeout=30,
            ).status_code
            for n in range(20)
        ]
        assert statuses == [200] * 20
    finally:
        cluster_command("start-replica")
    psql(cluster, "SELECT 1", port=cluster["replica"]["port"])
