"""Compare two trees' pages under the same load: two gunicorn servers (one per tree, started by
ab.sh) on the same benchmark database, each page requested from A and B in turn, so both see
the same machine at the same moments. Prints p50/p95 of each and B/A.

    bench/scale/ab.sh /path/to/tree-A /path/to/tree-B     (starts the servers, then runs this)

With AB_DBS=a,b (ab.sh's DBS) the servers read two databases, and each server's pages (cursors,
articles, session cookies) are worked out on its own database (`measure.py --pages-json`), paired
by their order. Each row ends with the 1-minute load average when the page's requests ended.
"""

import http.client
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import measure  # noqa: E402  (sets Django up on this tree; the pages and session cookies)

PORTS = [int(p) for p in os.environ["AB_PORTS"].split(",")]
REQUESTS = int(os.environ.get("REQUESTS", "20"))
DBS = [d for d in os.environ.get("AB_DBS", "").split(",") if d]


def get(port, path, cookie):
    # A connection per request: while the other server answers a slow page, a kept-alive one can
    # be closed by gunicorn's keep-alive timeout.
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    headers = {"Host": "127.0.0.1"}
    if cookie:
        headers["Cookie"] = cookie
    started = time.perf_counter()
    conn.request("GET", path, headers=headers)
    response = conn.getresponse()
    body = response.read()
    conn.close()
    if response.status != 200:
        raise SystemExit(f"{path}: HTTP {response.status}\n{body[:300]!r}")
    return (time.perf_counter() - started) * 1000, len(body)


def p95(times):
    times = sorted(times)
    return times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]


def pages_of(database):
    env = dict(os.environ, DATABASE_URL=f"postgres://postgres@127.0.0.1:5432/{database}")
    out = subprocess.run([sys.executable, measure.__file__, "--pages-json"], env=env, check=True,
                         capture_output=True, text=True)
    print(out.stderr.strip().splitlines()[-1] + f" ({database})", flush=True)  # its row counts
    return json.loads(out.stdout)


def paired_pages():
    """[(label, [(path, cookie) for each server])]: the same page on both servers."""
    if not DBS:
        return [(label, [(path, cookie)] * len(PORTS)) for label, path, cookie in measure.pages()]
    per_db = [pages_of(database) for database in DBS]
    paired = []
    for rows in zip(*per_db, strict=True):
        labels = [label for label, _p, _c in rows]
        label = labels[0] if len(set(labels)) == 1 else " / ".join(labels)
        paired.append((label, [(path, cookie) for _l, path, cookie in rows]))
    return paired


def main():
    print("| page | A p50 | A p95 | B p50 | B p95 | B/A p50 | B/A p95 | load |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    every = [[] for _ in PORTS]
    for label, targets in paired_pages():
        if measure.ONLY and not any(word in label for word in measure.ONLY):
            continue
        times = [[] for _ in PORTS]
        for i in range(REQUESTS + 3):
            order = range(len(PORTS)) if i % 2 == 0 else reversed(range(len(PORTS)))
            for k in order:
                elapsed, _size = get(PORTS[k], *targets[k])
                if i >= 3:
                    times[k].append(elapsed)
        a, b = times
        print(f"| {label} | {statistics.median(a):.1f} | {p95(a):.1f} | {statistics.median(b):.1f} | "
              f"{p95(b):.1f} | {statistics.median(b) / statistics.median(a):.2f} | {p95(b) / p95(a):.2f} | "
              f"{os.getloadavg()[0]:.2f} |", flush=True)
        for k, server in enumerate(every):
            server.extend(times[k])
    # The slowest requests of all pages together: a pause that hits one request in a few hundred
    # (a full garbage collection, say) shows here, not in a page's p95 of 20.
    for name, server in zip("AB", every, strict=True):
        server.sort()
        print(f"{name}: {len(server)} requests, p99 {server[int(0.99 * (len(server) - 1))]:.1f} ms, "
              f"max {server[-1]:.1f} ms, over 90 ms: {sum(t > 90 for t in server)}")


if __name__ == "__main__":
    main()
