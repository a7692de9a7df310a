"""Compare two trees' pages under the same load: two gunicorn servers (one per tree, started by
ab.sh) on the same benchmark database, each page requested from A and B in turn, so both see
the same machine at the same moments. Prints p50/p95 of each and B/A.

    bench/scale/ab.sh /path/to/tree-A /path/to/tree-B     (starts the servers, then runs this)
"""

import http.client
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import measure  # noqa: E402  (sets Django up on this tree; the pages and session cookies)

PORTS = [int(p) for p in os.environ["AB_PORTS"].split(",")]
REQUESTS = int(os.environ.get("REQUESTS", "20"))


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


def main():
    print("| page | A p50 | A p95 | B p50 | B p95 | B/A p95 |")
    print("|---|---:|---:|---:|---:|---:|")
    every = [[] for _ in PORTS]
    for label, path, cookie in measure.pages():
        if measure.ONLY and not any(word in label for word in measure.ONLY):
            continue
        times = [[] for _ in PORTS]
        for i in range(REQUESTS + 3):
            order = range(len(PORTS)) if i % 2 == 0 else reversed(range(len(PORTS)))
            for k in order:
                elapsed, _size = get(PORTS[k], path, cookie)
                if i >= 3:
                    times[k].append(elapsed)
        a, b = times
        print(f"| {label} | {statistics.median(a):.1f} | {p95(a):.1f} | {statistics.median(b):.1f} | "
              f"{p95(b):.1f} | {p95(b) / p95(a):.2f} |", flush=True)
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
