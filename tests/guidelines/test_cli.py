"""The command-line contract: JSON lines in/out, ids and order kept, bad lines refused."""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CHECKER = os.path.normpath(os.path.join(ROOT, "..", "shared", "tools", "check_score_contract.py"))


def run(stdin):
    return subprocess.run([sys.executable, "-m", "newsroom.guidelines", "score"], input=stdin, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_shared_contract_checker_passes():
    cmd = f"{sys.executable} -m newsroom.guidelines score"
    r = subprocess.run([sys.executable, CHECKER, cmd], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr


def test_ids_and_order_kept():
    items = [{"id": f"c{i}", "text": t} for i, t in
             enumerate(["hello", "شكرا", "teşekkürler", "سوپاس", "spas", "merci", "", "idiot"] * 40)]
    r = run("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in items))
    assert r.returncode == 0, r.stderr
    out = [json.loads(line) for line in r.stdout.splitlines()]
    assert [o["id"] for o in out] == [x["id"] for x in items]
    for o in out:
        assert {"language", "violation", "categories", "abuse", "evidence", "needs_human", "model"} <= set(o)


def test_blank_lines_are_skipped():
    r = run('{"id": "a", "text": "x"}\n\n{"id": "b", "text": "y"}\n')
    assert r.returncode == 0
    assert [json.loads(x)["id"] for x in r.stdout.splitlines()] == ["a", "b"]


def test_malformed_line_names_its_number_and_nothing_is_written_for_it():
    r = run('{"id": "a", "text": "fine"}\n{"id": "b", "text": "fine"}\n{not json\n{"id": "d", "text": "x"}\n')
    assert r.returncode != 0
    assert "line 3" in r.stderr
    ids = [json.loads(x)["id"] for x in r.stdout.splitlines()]
    assert ids == ["a", "b"]  # answered before the bad line; nothing for it or after it


def test_missing_text_or_id_is_refused():
    r = run('{"id": "a"}\n')
    assert r.returncode != 0 and "line 1" in r.stderr and '"text"' in r.stderr
    r = run('{"text": "x"}\n')
    assert r.returncode != 0 and "line 1" in r.stderr and '"id"' in r.stderr
    r = run('["id", "text"]\n')
    assert r.returncode != 0 and "line 1" in r.stderr
