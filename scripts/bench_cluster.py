"""`make bench-cluster`: the pages of `make bench` through nginx, with one and with two app nodes,
page cache off (cold) and on (warm), and the static CSS file through nginx for reference.

Uses the cluster of `make cluster` (started if it is not running). Prints requests/s and p50/p99
per page, the CPU each render costs an app node (from the nodes' request logs), a capacity
model from that cost, and writes the figures into docs/performance.md between the
bench-cluster markers. Environment: BENCH_DURATION (seconds per URL, default 10).
"""

import datetime
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench  # noqa: E402  (the page list, wrk and the request-log parsing of `make bench`)
import cluster  # noqa: E402

ROOT = bench.ROOT
DOCS = ROOT / "docs" / "performance.md"
MARK_START, MARK_END = "<!-- bench-cluster:start -->", "<!-- bench-cluster:end -->"
DURATION = int(os.environ.get("BENCH_DURATION", "10"))
WRK = ["-t2", "-c4", f"-d{DURATION}s", "--latency"]


def restart_nodes(state, page_cache):
    os.environ["CLUSTER_PAGE_CACHE"] = "true" if page_cache else "false"
    for node in state["nodes"]:
        cluster.stop_node(state, int(node))
        log = Path(state["nodes"][node]["log"])
        log.write_text("")  # each mode's request costs from a fresh log
        cluster.start_node(state, int(node))


def measure(url, path):
    """wrk through nginx at `url`; a full URL of another of the installation's Sites
    (Frivilligbørsen) is requested by its path with that Site's host name (as bench.target)."""
    headers = []
    if path.startswith("http"):
        parts = urlsplit(path)
        path, headers = parts.path, ["-H", f"Host: {parts.hostname}"]
    subprocess.run(["wrk", "-t2", "-c4", "-d2s", *headers, url + path], capture_output=True)  # noqa: S603, S607
    result = subprocess.run(  # noqa: S603
        ["wrk", *WRK, *headers, url + path],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    )
    out = result.stdout
    return {
        "rps": float(bench.re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": bench._ms(bench.re.search(r"^\s+50%\s+(\S+)", out, bench.re.M).group(1)),
        "p99": bench._ms(bench.re.search(r"^\s+99%\s+(\S+)", out, bench.re.M).group(1)),
        "non_2xx": int(m.group(1))
        if (m := bench.re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out))
        else 0,
    }


def log_sizes(state):
    return {node: Path(info["log"]).stat().st_size for node, info in state["nodes"].items()}


def cpu_since(state, sizes):
    """The app CPU per request (median, ms) of the successful requests the nodes logged since
    `sizes`: one page's run. (The log names a request's path, not its host: the meeting place's
    list and the municipal home page are both /da/, so a page is told by when it ran.)"""
    values = []
    for node, info in state["nodes"].items():
        with Path(info["log"]).open("rb") as log:
            log.seek(sizes.get(node, 0))
            for line in log.read().decode(errors="replace").splitlines():
                try:
                    entry = json.loads(line)
                except ValueError:
                    continue
                if entry.get("message") == "request" and entry.get("status") == 200:
                    values.append(entry.get("cpu_ms", 0))
    return sorted(values)[len(values) // 2] if values else None


def main():
    bench.ensure_wrk()
    state = cluster.load_state()
    if not (state.get("nginx") and cluster.alive(state["nginx"]["pid"])):
        cluster.start()
        state = cluster.load_state()
    env = {**cluster.app_env(state), "LOG_LEVEL": "WARNING"}
    env.pop("DATABASE_REPLICA_URL")
    urls = bench.discover_urls(env)
    url = state["url"]
    results = {}
    for mode, page_cache in (("cold", False), ("warm", True)):
        restart_nodes(state, page_cache)
        for nodes in (1, 2):
            cluster.balance(state, nodes)
            for name, path in urls.items():
                sizes = log_sizes(state)
                results[(mode, nodes, name)] = r = measure(url, path)
                r["cpu_ms"] = cpu_since(state, sizes)
                bench.say(
                    f"  {mode:4} {nodes} node(s) {name:22} {r['rps']:8.0f} req/s  "
                    f"p50 {r['p50']:6.2f} ms  p99 {r['p99']:6.2f} ms  non-2xx {r['non_2xx']}"
                )
    cluster.balance(state, len(state["nodes"]))
    write_docs(urls, results)


def write_docs(urls, results):
    cpu_name, nproc, _free, load = bench.machine()
    lines = [
        f"Measured {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC on {cpu_name} "
        f"({nproc} cores, load {load}) by `make bench-cluster`: `wrk {' '.join(WRK)}` through "
        "nginx (TLS) per URL after a 2 s warm-up; each node runs gunicorn with "
        f"{os.environ.get('CLUSTER_WORKERS', '2')} workers; wrk, nginx, both nodes, PostgreSQL "
        "(primary and replica) and Redis share the same cores.",
        "",
        "| page | cold, 1 node | cold, 2 nodes | warm, 1 node | warm, 2 nodes | CPU per render "
        "| CPU per cached page |",
        "|---|---|---|---|---|---|---|",
    ]
    renders, hits = [], []  # the CPU of each page (not the static file), cold and cached
    for name, path in urls.items():
        cells = []
        for mode in ("cold", "warm"):
            for nodes in (1, 2):
                r = results[(mode, nodes, name)]
                cells.append(f"{r['rps']:.0f}/s, p50 {r['p50']:.1f} ms")
        for mode in ("cold", "warm"):
            costs = [results[(mode, n, name)]["cpu_ms"] for n in (1, 2)]
            costs = [value for value in costs if value is not None]
            cost = sorted(costs)[len(costs) // 2] if costs else None
            cells.append(f"{cost:.1f} ms" if cost is not None else "–")
            if cost and not path.startswith("/static/"):
                (renders if mode == "cold" else hits).append(cost)
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    if renders:
        typical = sorted(renders)[len(renders) // 2]
        hit = sorted(hits)[len(hits) // 2] if hits else 0.0
        example = 50 * (0.2 * typical + 0.8 * hit) / 1000  # 50 pages/s, a fifth of them misses
        lines += [
            "",
            f"**Capacity model.** A cold render costs an app node a median {typical:.1f} ms of "
            f"CPU over these pages (from {min(renders):.1f} to {max(renders):.1f} ms), a page "
            f"from the page cache {hit:.1f} ms (the nodes' request logs, so whatever else the "
            f"machine does is not counted): one core renders about {1000 / typical:.0f} "
            f"uncached pages per second, or serves about {1000 / max(hit, 0.1):.0f} cached ones. "
            "For real machines: app cores = peak pages per second × (share of misses × "
            f"{typical:.1f} ms + share of hits × {hit:.1f} ms) ÷ 1000, doubled so that one app "
            "server can fail and the others stay at most half busy. Example: 50 pages/s at peak "
            f"with one in five a miss (after a publish every page misses once) needs {example:.2f} "
            f"cores' worth, so {2 * example:.1f} with the headroom: two app servers with one or "
            "two vCPU each are ample. PostgreSQL serves only the misses; Redis and nginx cost "
            "little beside the app.",
        ]
    lines += [
        "",
        "**Two nodes on two cores cannot show scaling**: both nodes, nginx, wrk and the "
        "databases share the same two cores, so a second node adds processes, not CPU. These "
        "figures show that the scaled-out shape works under load and what a request costs; they "
        "are not a measure of what two real machines would serve.",
    ]
    text = DOCS.read_text()
    section = "\n".join(lines)
    if MARK_START in text:
        head, rest = text.split(MARK_START, 1)
        text = head + MARK_START + "\n" + section + "\n" + MARK_END + rest.split(MARK_END, 1)[1]
    else:
        heading = "## The cluster: nginx, two nodes, a replica"
        text += f"\n{heading}\n\n{MARK_START}\n{section}\n{MARK_END}\n"
    DOCS.write_text(text)
    bench.say(f"\nWritten to {DOCS.relative_to(ROOT)}")


if __name__ == "__main__":
    start = time.monotonic()
    main()
    bench.say(f"bench-cluster took {time.monotonic() - start:.0f} s")
