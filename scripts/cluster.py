"""The scaled-out deployment on one machine: nginx, two app nodes, a PostgreSQL read replica.

    scripts/cluster.py start            (make cluster)
    scripts/cluster.py stop             (make cluster-stop): stops exactly what start started
    scripts/cluster.py status
    scripts/cluster.py stop-node N | start-node N
    scripts/cluster.py stop-replica | start-replica
    scripts/cluster.py balance N          (nginx sends traffic to the first N nodes)

What `start` sets up, from Debian's packages (nginx is installed if missing):
- the machine's PostgreSQL (127.0.0.1:5432) as the primary, database CLUSTER_DATABASE, migrated
  and seeded; the loopback replication line of docs/deploy/postgresql/pg_hba-replication.conf is
  added to its pg_hba.conf if missing;
- a streaming replica made with pg_basebackup in .cluster/replica (git-ignored) on port
  CLUSTER_REPLICA_PORT, configured with docs/deploy/postgresql/replica.conf;
- two gunicorn app nodes with the production settings on CLUSTER_NODE_PORTS (HTTP, loopback),
  sharing Redis (database CLUSTER_REDIS_DB) and reading anonymously from the replica;
- nginx on $PORT with TLS (a self-signed certificate in .cluster/), the upstream and server
  blocks of docs/deploy/nginx/medborgerskab.conf for 127.0.0.1, and the proxy snippet
  docs/deploy/nginx/medborgerskab-proxy.conf included as it is.

.cluster/state.json records what was started (PIDs, ports, the URL, an editor's login), for
`stop` and for the cluster tests (tests/site/test_cluster.py, `pytest -m cluster`).
"""

import contextlib
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STATE_DIR = ROOT / ".cluster"
STATE_FILE = STATE_DIR / "state.json"
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
PORT = int(os.environ.get("PORT", "8000"))
NODE_PORTS = [int(p) for p in os.environ.get("CLUSTER_NODE_PORTS", "8001,8002").split(",")]
REPLICA_PORT = int(os.environ.get("CLUSTER_REPLICA_PORT", "5433"))
DATABASE = os.environ.get("CLUSTER_DATABASE", "medborgerskab_cluster")
REDIS_DB = os.environ.get("CLUSTER_REDIS_DB", "5")
PRIMARY = "postgres://postgres@127.0.0.1:5432"
EDITOR = "cluster-editor"


def say(message):
    print(f"cluster: {message}", flush=True)


def run(command, **kwargs):
    return subprocess.run(command, check=True, **kwargs)  # noqa: S603


def as_postgres(command, **kwargs):
    """PostgreSQL's programs refuse to run as root."""
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    return run([*prefix, *command], **kwargs)


def load_state():
    return json.loads(STATE_FILE.read_text()) if STATE_FILE.exists() else {}


def save_state(state):
    STATE_DIR.mkdir(exist_ok=True)
    STATE_FILE.write_text(json.dumps(state, indent=2))


def alive(pid):
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, TypeError):
        return False
    except PermissionError:
        return True
    return True


def wait_for(url, seconds=60, context=None):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2, context=context) as response:  # noqa: S310
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise SystemExit(f"cluster: {url} did not answer within {seconds} s")


# --- Packages and the primary -------------------------------------------------------------------


def ensure_packages():
    missing = [name for name in ("nginx", "openssl", "pg_basebackup") if not shutil.which(name)]
    if not missing:
        return
    say(f"installing from Debian: nginx-light openssl ({', '.join(missing)} missing)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run(["apt-get", "update", "-qq"], env=env)
    run(["apt-get", "install", "-y", "-qq", "nginx-light", "openssl"], env=env)


def psql(sql, port=5432, database="postgres"):
    result = run(
        [
            "psql",
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
            "-U",
            "postgres",
            "-d",
            database,
            "-Atqc",
            sql,
        ],
        capture_output=True,
        text=True,
    )
    return result.stdout.strip()


def ensure_primary():
    if subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1", "-p", "5432"]).returncode != 0:  # noqa: S603, S607
        say("starting the machine's PostgreSQL")
        version = sorted(os.listdir("/etc/postgresql"))[-1]
        run(["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "start"])
    hba = Path(psql("SHOW hba_file"))
    line = (ROOT / "docs/deploy/postgresql/pg_hba-replication.conf").read_text().splitlines()[-1]
    if line not in hba.read_text().splitlines():
        say(f"allowing loopback replication in {hba}: {line}")
        with hba.open("a") as handle:
            handle.write(f"\n# Added by medborgerskab's make cluster\n{line}\n")
        psql("SELECT pg_reload_conf()")


def app_env(state, node=None):
    # The port nginx listens on, as `start` recorded it: a node restarted later (by the tests or
    # the runbook, without PORT in the environment) must trust the same origin.
    port = state.get("port", PORT)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "haderslev_site.settings.production",
        "SECRET_KEY": state["secret_key"],
        "DATABASE_URL": f"{PRIMARY}/{DATABASE}",
        "DATABASE_REPLICA_URL": f"postgres://postgres@127.0.0.1:{REPLICA_PORT}/{DATABASE}",
        "REDIS_URL": f"redis://127.0.0.1:6379/{REDIS_DB}",
        "CACHE_KEY_PREFIX": "medborgerskab-cluster",
        # Both of the installation's Sites: the municipal site and Frivilligbørsen.
        "ALLOWED_HOSTS": "127.0.0.1,localhost,frivilligboers.localhost",
        "CSRF_TRUSTED_ORIGINS": (
            f"https://127.0.0.1:{port},https://localhost:{port},"
            f"https://frivilligboers.localhost:{port}"
        ),
        "WAGTAILADMIN_BASE_URL": f"https://127.0.0.1:{port}",
        "PROXY_COUNT": "1",
        "CONN_MAX_AGE": "60",
        # The cluster tests log in as an editor without an authenticator app; production keeps
        # two-factor authentication on.
        "WAGTAIL_2FA_REQUIRED": "false",
        "WEB_CONCURRENCY": os.environ.get("CLUSTER_WORKERS", "2"),
        "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
        # The cluster tests send dozens of forms from one address in a minute.
        "FORM_SUBMISSION_RATE": "1000/h",
        "VOLUNTEERING_POST_RATE": "1000/h",
        # The page cache on (production's default) unless CLUSTER_PAGE_CACHE=false (the bench's
        # cold runs).
        "PAGE_CACHE": os.environ.get("CLUSTER_PAGE_CACHE", "true"),
    }
    if node is not None:
        env["GUNICORN_BIND"] = f"127.0.0.1:{NODE_PORTS[node - 1]}"
    return env


def prepare_database(state):
    if psql(f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE}'") != "1":  # noqa: S608
        say(f"creating database {DATABASE}")
        psql(f'CREATE DATABASE "{DATABASE}"')
    env = app_env(state)
    env.pop("DATABASE_REPLICA_URL")
    say("migrate, seed, collectstatic, editor account")
    run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env)
    run([PYTHON, "manage.py", "seed_content"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
    run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env)
    script = (
        "from django.contrib.auth import get_user_model; "
        f"u, _ = get_user_model().objects.get_or_create(username={EDITOR!r}); "
        "u.is_superuser = u.is_staff = True; "
        f"u.set_password({state['editor_password']!r}); u.save()"
    )
    run([PYTHON, "manage.py", "shell", "-c", script], cwd=ROOT, env=env, stdout=subprocess.DEVNULL)


# --- The replica ---------------------------------------------------------------------------------


def replica_dir():
    return STATE_DIR / "replica"


def start_replica(state):
    data = replica_dir()
    if not (data / "standby.signal").exists():
        shutil.rmtree(data, ignore_errors=True)
        data.mkdir(parents=True)
        shutil.chown(data, "postgres", "postgres")
        data.chmod(0o700)
        say(f"pg_basebackup into {data}")
        as_postgres(
            ["pg_basebackup", "-h", "127.0.0.1", "-p", "5432", "-U", "postgres", "-D", str(data)]
            + ["-R", "-X", "stream", "-c", "fast"]
        )
        (data / "postgresql.conf").write_text(
            f"port = {REPLICA_PORT}\n"
            "listen_addresses = '127.0.0.1'\n"
            f"unix_socket_directories = '{data}'\n"
            f"hba_file = '{data}/pg_hba.conf'\n"
            f"ident_file = '{data}/pg_ident.conf'\n"
            f"include '{ROOT}/docs/deploy/postgresql/replica.conf'\n"
            # A throwaway replica on the test machine: no fsync (its start-up would otherwise
            # sync every file of the base backup). Never in production.
            "fsync = off\n"
        )
        (data / "pg_hba.conf").write_text("local all all trust\nhost all all 127.0.0.1/32 trust\n")
        (data / "pg_ident.conf").write_text("")
        for name in ("postgresql.conf", "pg_hba.conf", "pg_ident.conf"):
            shutil.chown(data / name, "postgres", "postgres")
    running = subprocess.run(  # noqa: S603
        ["runuser", "-u", "postgres", "--", pg_ctl(), "-D", str(data), "status"],
        capture_output=True,
    )
    if running.returncode != 0:
        as_postgres(
            [pg_ctl(), "-D", str(data), "-l", str(data / "server.log"), "-w", "-t", "300", "start"]
        )
    state["replica"] = {"port": REPLICA_PORT, "data": str(data)}
    save_state(state)


def pg_ctl():
    version = sorted(os.listdir("/usr/lib/postgresql"))[-1]
    return f"/usr/lib/postgresql/{version}/bin/pg_ctl"


def stop_replica(state, remove=False):
    data = Path(state.get("replica", {}).get("data", replica_dir()))
    pid_file = data / "postmaster.pid"
    # A replica that was killed leaves its pid file behind: stop only one that runs.
    if pid_file.exists() and alive(int(pid_file.read_text().split()[0])):
        as_postgres([pg_ctl(), "-D", str(data), "-m", "fast", "-w", "stop"])
    if remove:
        shutil.rmtree(data, ignore_errors=True)


# --- App nodes -----------------------------------------------------------------------------------


def start_node(state, node):
    port = NODE_PORTS[node - 1]
    log = STATE_DIR / f"node{node}.log"
    with log.open("a") as handle:
        process = subprocess.Popen(  # noqa: S603
            [GUNICORN, "-c", "site/gunicorn.conf.py", "haderslev_site.wsgi"],
            cwd=ROOT,
            env=app_env(state, node),
            stdout=handle,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    state.setdefault("nodes", {})[str(node)] = {
        "port": port,
        "pid": process.pid,
        "url": f"http://127.0.0.1:{port}",
        "log": str(log),
    }
    save_state(state)
    wait_for(f"http://127.0.0.1:{port}/healthz")
    say(f"node {node} on 127.0.0.1:{port} (pid {process.pid})")


def stop_node(state, node, sig=signal.SIGTERM):
    info = state.get("nodes", {}).get(str(node))
    if not info or not alive(info["pid"]):
        return
    try:
        os.killpg(info["pid"], sig)  # the master and its workers
    except ProcessLookupError:
        return
    deadline = time.monotonic() + 30
    while alive(info["pid"]) and time.monotonic() < deadline:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(info["pid"], os.WNOHANG)
        time.sleep(0.1)


# --- nginx ---------------------------------------------------------------------------------------


def write_nginx_config(nodes=None):
    """nginx.conf for the first `nodes` app nodes (all by default)."""
    ports = NODE_PORTS[: nodes or len(NODE_PORTS)]
    nginx = STATE_DIR / "nginx"
    (nginx / "logs").mkdir(parents=True, exist_ok=True)
    (nginx / "errors").mkdir(exist_ok=True)
    shutil.copy(ROOT / "docs/deploy/nginx/proxy-error.html", nginx / "errors/proxy-error.html")
    snippet = (ROOT / "docs/deploy/nginx/medborgerskab-proxy.conf").read_text()
    # The one host-specific value in the snippet: where the error page lies.
    (nginx / "medborgerskab-proxy.conf").write_text(
        snippet.replace("__ERROR_PAGE_ROOT__", str(nginx / "errors"))
    )
    cert, key = nginx / "cert.pem", nginx / "key.pem"
    if not cert.exists():
        run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30"]
            + ["-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"]
            + ["-keyout", str(key), "-out", str(cert)],
            capture_output=True,
        )
    servers = "\n".join(
        f"        server 127.0.0.1:{port} max_fails=1 fail_timeout=10s;" for port in ports
    )
    (nginx / "nginx.conf").write_text(
        f"""# Written by scripts/cluster.py: docs/deploy/nginx/medborgerskab.conf for 127.0.0.1.
worker_processes 1;
pid {nginx}/nginx.pid;
error_log {nginx}/logs/error.log warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    access_log {nginx}/logs/access.log;
    client_body_temp_path {nginx}/client_body;
    proxy_temp_path {nginx}/proxy;
    fastcgi_temp_path {nginx}/fastcgi;
    uwsgi_temp_path {nginx}/uwsgi;
    scgi_temp_path {nginx}/scgi;
    upstream medborgerskab_app {{
{servers}
        keepalive 16;
    }}
    server {{
        listen 127.0.0.1:{PORT} ssl;
        server_name 127.0.0.1 localhost;
        ssl_certificate {cert};
        ssl_certificate_key {key};
        ssl_protocols TLSv1.2 TLSv1.3;
        include {nginx}/medborgerskab-proxy.conf;
    }}
}}
"""
    )
    return nginx


def start_nginx(state):
    nginx = write_nginx_config()
    run(["nginx", "-t", "-q", "-c", str(nginx / "nginx.conf"), "-p", str(nginx)])
    run(["nginx", "-c", str(nginx / "nginx.conf"), "-p", str(nginx)])
    pid = int((nginx / "nginx.pid").read_text())
    state["nginx"] = {"pid": pid, "conf": str(nginx / "nginx.conf"), "prefix": str(nginx)}
    state["url"] = f"https://127.0.0.1:{PORT}"
    state["certificate"] = str(nginx / "cert.pem")  # what clients verify the cluster's TLS with
    save_state(state)
    say(f"nginx on https://127.0.0.1:{PORT}/ (pid {pid})")


def balance(state, nodes):
    """Send traffic to the first `nodes` app nodes only (nginx reloads its configuration)."""
    write_nginx_config(nodes)
    info = state["nginx"]
    run(["nginx", "-c", info["conf"], "-p", info["prefix"], "-s", "reload"])
    time.sleep(1)
    say(f"nginx balances {nodes} node(s)")


def stop_nginx(state):
    info = state.get("nginx")
    if info and alive(info["pid"]):
        subprocess.run(["nginx", "-c", info["conf"], "-p", info["prefix"], "-s", "quit"])  # noqa: S603, S607
        deadline = time.monotonic() + 10
        while alive(info["pid"]) and time.monotonic() < deadline:
            time.sleep(0.1)


# --- Commands ------------------------------------------------------------------------------------


def start():
    state = load_state()
    if state.get("nginx") and alive(state["nginx"]["pid"]):
        say("already running (make cluster-stop first)")
        return
    ensure_packages()
    ensure_primary()
    state.setdefault("secret_key", secrets.token_urlsafe(50))
    state.setdefault("editor_password", secrets.token_urlsafe(16))
    state.update(editor=EDITOR, database=DATABASE, primary_port=5432, redis_db=REDIS_DB, port=PORT)
    save_state(state)
    run(["redis-cli", "-n", REDIS_DB, "FLUSHDB"], stdout=subprocess.DEVNULL)
    if not state.get("prepared"):
        prepare_database(state)
        state["prepared"] = True
        save_state(state)
    start_replica(state)
    for node in range(1, len(NODE_PORTS) + 1):
        start_node(state, node)
    start_nginx(state)
    say(f"ready: {state['url']}/ (editor {EDITOR}, password in {STATE_FILE})")


def stop():
    state = load_state()
    if not state:
        say("nothing to stop")
        return
    stop_nginx(state)
    for node in state.get("nodes", {}):
        stop_node(state, int(node))
    stop_replica(state, remove=True)
    STATE_FILE.unlink(missing_ok=True)
    say("stopped nginx, the app nodes and the replica")


def status():
    state = load_state()
    print(json.dumps({k: v for k, v in state.items() if k not in {"secret_key"}}, indent=2))


def main(argv):
    command = argv[1] if len(argv) > 1 else "status"
    state = load_state()
    if command == "start":
        start()
    elif command == "stop":
        stop()
    elif command == "status":
        status()
    elif command == "stop-node":
        stop_node(state, int(argv[2]))
    elif command == "start-node":
        start_node(state, int(argv[2]))
    elif command == "stop-replica":
        stop_replica(state)
    elif command == "start-replica":
        start_replica(state)
    elif command == "balance":
        balance(state, int(argv[2]))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
