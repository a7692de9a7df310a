"""How much scoring adds to a comment submission (issue 5: at most 20 ms at p99).

    .venv/bin/python bench/scoring_overhead/run.py [--n 300] [--rounds 3]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsroom_scoring_bench \
        .venv/bin/python bench/scoring_overhead/run.py

Each submission is what the reader's POST does after the form checks: post_comment(), whose
transaction includes the comment_posted signal, so the scoring receiver (the score, or the queued
task, commits with the comment).
Three modes, in separate processes, alternated over several rounds so drift hits them alike:

- off:       SCORING_ENABLED=0, the baseline (the comments app alone);
- immediate: the default; the shipped linear model scores in the request, and the Score is stored;
- database:  TASKS_BACKEND=database; the request only enqueues a task row, `db_worker` scores later
             (after the timed loop, a `db_worker --batch` run checks every comment gets scored).

The figures are per-submission latencies (warm-up submissions excluded, but scored and counted in
the "scored" totals); "added" is the mode's percentile minus the baseline's
percentile in the same round, and the ratio is mode / baseline. Results go to stdout as JSON lines
and a Markdown table for docs/benchmarks.md.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # run as a script from anywhere: the project package must import
TEXTS = [
    "What a stupid decision by the council, shit planning as usual",
    "I will find you and hurt you if this bridge is built",
    "Cheap watches at http://spam.example.com call 555-123-4567",
    "Thanks for the careful report on the bridge budget and the river crossing.",
    "The council should publish the full cost breakdown before the vote.",
    "هذا القرار سيء جدا ويجب على المجلس أن يعيد النظر فيه",
    "Bu köprü projesi şehrin bütçesini zorlayacak, bence iptal edilmeli.",
    "این پل هزینه زیادی دارد و شورا باید پاسخگو باشد",
    "زۆر سوپاس بۆ ئەم هەواڵە، پردەکە گرنگە",
    "Ez difikirim ku ev pira ji bo bajêr baş e.",
]


def pct(values, q):
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    lo = int(rank)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (rank - lo)


def child(mode, n, warmup):
    """Runs inside a fresh process configured for `mode`; prints one JSON line."""
    import django

    django.setup()
    from wagtail.models import Page

    from newsroom.articles.models import ArticlePage
    from newsroom.comments.actions import post_comment
    from newsroom.scoring.models import Score

    article = ArticlePage.objects.first()
    if article is None:
        # A real-sized article: the seed story (about 4,600 characters), as readers comment on it.
        seed = ROOT.parent / "shared" / "seed" / "000_88aa76f4faf459fc.txt"
        text = seed.read_text(encoding="utf-8") if seed.exists() else "The council voted on the bridge."
        paragraphs = "".join(f"<p>{p.strip()}</p>" for p in text.split("\n\n") if p.strip())
        root = Page.get_first_root_node()
        article = root.add_child(instance=ArticlePage(
            title=text.splitlines()[0][:200], slug=f"bench-{os.getpid()}", comments_open=True,
            body=paragraphs))
    times = []
    run = f"{mode}-{os.getpid()}"
    for i in range(warmup + n):
        body = f"{TEXTS[i % len(TEXTS)]} ({run} #{i})"
        started = time.perf_counter()
        post_comment(article, name="Bench", email=f"bench{i}@example.org", body=body,
                     ip_address="198.51.100.7", check_token=False)
        elapsed = (time.perf_counter() - started) * 1000
        if i >= warmup:
            times.append(elapsed)
    scores = Score.objects.filter(comment__body__contains=run, duration_ms__isnull=False)
    durations = list(scores.values_list("duration_ms", flat=True)[warmup:])
    print(json.dumps({"mode": mode, "times": times, "scored": scores.count(), "durations": durations}))


def run_child(mode, n, warmup, env):
    env = dict(env)
    if mode == "off":
        env["SCORING_ENABLED"] = "0"
    if mode == "database":
        env["TASKS_BACKEND"] = "database"
    proc = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--n", str(n), "--warmup", str(warmup)],
        env=env, cwd=ROOT, capture_output=True, text=True,
    )
    if proc.returncode != 0:
        sys.exit(f"{mode} run failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        return child(args.child, args.n, args.warmup)

    env = dict(os.environ)
    env.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.dev")
    env.update({"COMMENTS_RATE_LIMIT_IP": "0", "COMMENTS_RATE_LIMIT_EMAIL": "0", "LOG_LEVEL": "ERROR"})
    tmp = tempfile.mkdtemp(prefix="scoring-bench-")
    if "DATABASE_URL" not in os.environ:
        env["DATABASE_URL"] = f"sqlite:///{tmp}/bench.sqlite3"
    database = "PostgreSQL" if env["DATABASE_URL"].startswith("postgres") else "SQLite"
    try:
        subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], env=env, cwd=ROOT,
                       check=True)
        rounds = {"off": [], "immediate": [], "database": []}
        scored, durations = {}, []
        for r in range(args.rounds):
            for mode in ("off", "immediate", "database"):
                result = run_child(mode, args.n, args.warmup, env)
                rounds[mode].append(result["times"])
                scored[mode] = scored.get(mode, 0) + result["scored"]
                if mode == "immediate":
                    durations.extend(result["durations"])
            print(f"round {r + 1}/{args.rounds} done", file=sys.stderr)
        worker_started = time.perf_counter()
        subprocess.run([sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay",
                        "-v0"], env={**env, "TASKS_BACKEND": "database"}, cwd=ROOT, check=True)
        worker_seconds = time.perf_counter() - worker_started
        check = subprocess.run(
            [sys.executable, "manage.py", "shell", "-c",
             "from newsroom.scoring.models import Score; print(Score.objects.filter("
             "comment__body__contains='database-').count())"],
            env=env, cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    def summary(mode):
        per_round = []
        for i, times in enumerate(rounds[mode]):
            base = rounds["off"][i]
            per_round.append({
                "p50": statistics.median(times), "p99": pct(times, 99),
                "added_p50": statistics.median(times) - statistics.median(base),
                "added_p99": pct(times, 99) - pct(base, 99),
                "ratio_p50": statistics.median(times) / statistics.median(base),
                "ratio_p99": pct(times, 99) / pct(base, 99),
            })
        return {k: statistics.median(r[k] for r in per_round) for k in per_round[0]}

    figures = {mode: summary(mode) for mode in rounds}
    print(json.dumps({"database": database, "n": args.n, "rounds": args.rounds, "figures": figures,
                      "scored_in_request": scored, "worker_scored": int(check.split()[-1]),
                      "worker_seconds": round(worker_seconds, 1),
                      "scorer_ms": {"p50": pct(durations, 50), "p99": pct(durations, 99)}}))
    print(f"\n{database}, {args.n} submissions x {args.rounds} rounds (median of rounds)\n")
    print("| mode | p50 ms | p99 ms | added p50 ms | added p99 ms | ratio p50 | ratio p99 |")
    print("|---|---|---|---|---|---|---|")
    for mode, f in figures.items():
        print(f"| {mode} | {f['p50']:.2f} | {f['p99']:.2f} | {f['added_p50']:+.2f} | {f['added_p99']:+.2f} "
              f"| {f['ratio_p50']:.2f} | {f['ratio_p99']:.2f} |")
    total = (args.n + args.warmup) * args.rounds
    print(f"\nscorer call alone (Score.duration_ms, immediate): p50 {pct(durations, 50):.2f} ms, "
          f"p99 {pct(durations, 99):.2f} ms")
    print(f"immediate: {scored['immediate']}/{total} scored in the request; database: "
          f"{scored['database']} in the request, {check.split()[-1]}/{total} after `db_worker --batch` "
          f"({worker_seconds:.1f} s including start-up)")


if __name__ == "__main__":
    main()
