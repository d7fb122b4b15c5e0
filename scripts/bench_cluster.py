"""`make bench-cluster`: the pages of `make bench` through nginx, with one and with two app nodes,
page cache off (cold) and on (warm), and the static CSS file through nginx for reference.

Uses the cluster of `make cluster` (started if it is not running). Prints requests/s and p50/p99
per page, the CPU each render costs an app node (from the nodes' request logs), a capacity
model from that cost, and writes the figures into docs/performance.md between the
bench-cluster markers. Environment: BENCH_DURATION (seconds per URL, default 10).
"""

import datetime
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


def costs(state):
    merged = {}
    for info in state["nodes"].values():
        for path, cost in bench.request_costs(Path(info["log"])).items():
            merged.setdefault(path, []).append(cost["cpu_ms"])
    return {path: sorted(values)[len(values) // 2] for path, values in merged.items()}


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
    results, cpu = {}, {}
    for mode, page_cache in (("cold", False), ("warm", True)):
        restart_nodes(state, page_cache)
        for nodes in (1, 2):
            cluster.balance(state, nodes)
            for name, path in urls.items():
                results[(mode, nodes, name)] = r = measure(url, path)
                bench.say(
                    f"  {mode:4} {nodes} node(s) {name:22} {r['rps']:8.0f} req/s  "
                    f"p50 {r['p50']:6.2f} ms  p99 {r['p99']:6.2f} ms  non-2xx {r['non_2xx']}"
                )
        cpu[mode] = costs(state)
    cluster.balance(state, len(state["nodes"]))
    write_docs(urls, results, cpu)


def write_docs(urls, results, cpu):
    cpu_name, nproc, _free, load = bench.machine()
    lines = [
        f"Measured {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC on {cpu_name} "
        f"({nproc} cores, load {load}) by `make bench-cluster`: `wrk {' '.join(WRK)}` through "
        "nginx (TLS) per URL after a 2 s warm-up; each node runs gunicorn with "
        f"{os.environ.get('CLUSTER_WORKERS', '2')} workers; wrk, nginx, both nodes, PostgreSQL "
        "(primary and replica) and Redis share the same cores.",
        "",
        "| page | cold, 1 node | cold, 2 nodes | warm, 1 node | warm, 2 nodes | CPU per render |",
        "|---|---|---|---|---|---|",
    ]
    for name, path in urls.items():
        cells = []
        for mode in ("cold", "warm"):
            for nodes in (1, 2):
                r = results[(mode, nodes, name)]
                cells.append(f"{r['rps']:.0f}/s, p50 {r['p50']:.1f} ms")
        render = cpu["cold"].get(path)
        cells.append(f"{render:.1f} ms" if render is not None else "–")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    renders = [value for value in cpu["cold"].values() if value]
    if renders:
        typical = sorted(renders)[len(renders) // 2]
        lines += [
            "",
            f"**Capacity model.** A cold render costs an app node a median {typical:.1f} ms of "
            f"CPU (from the nodes' request logs), so one core renders about "
            f"{1000 / typical:.0f} uncached pages per second; a cached page costs a fraction of "
            "that. Size real machines from this: pages per second needed at peak, divided by "
            "the share that misses the page cache (after a publish every page misses once), "
            f"divided by {1000 / typical:.0f}, is the number of cores; keep each app server at "
            "most half busy so one can fail.",
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
