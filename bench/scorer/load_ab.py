"""How long two checkouts' scorers take to load, in fresh processes taking turns (a before/after ratio
that holds on a shared machine, as ab.py's does for scoring).

    OMP_NUM_THREADS=1 .venv/bin/python bench/scorer/load_ab.py --before /tmp/main-tree [--after .] [--runs 5]

Each run starts a new Python process that imports the checkout's ``newsroom.guidelines.model`` and
times ``LinearModel()`` on its own shipped artifacts (the imports are not counted: the card's "load"
is the model's). Which checkout goes first alternates run by run. Prints each time and the medians.
"""
import argparse
import os
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

_TIMED = """
import sys, time
sys.path.insert(0, sys.argv[1])
from newsroom.guidelines.model import LinearModel
t = time.perf_counter()
LinearModel()
print(time.perf_counter() - t)
"""


def load_seconds(tree):
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    out = subprocess.run([sys.executable, "-c", _TIMED, os.path.abspath(tree)], capture_output=True,
                         text=True, env=env, check=True).stdout
    return float(out.strip().splitlines()[-1])


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--before", required=True, help="the checkout before the change")
    p.add_argument("--after", default=ROOT, help="the checkout after it (default: this one)")
    p.add_argument("--runs", type=int, default=5)
    a = p.parse_args(argv)
    times = {"before": [], "after": []}
    for run in range(a.runs):
        order = [("before", a.before), ("after", a.after)]
        for name, tree in (order if run % 2 == 0 else order[::-1]):
            times[name].append(load_seconds(tree))
    for name, ts in times.items():
        print(f"{name}: {' '.join(f'{t:.2f}' for t in ts)} s, median {statistics.median(ts):.2f} s")
    ratio = statistics.median(times["after"]) / statistics.median(times["before"])
    print(f"after/before (medians): x{ratio:.2f}; load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
