"""The standalone server: keys from the environment or a file, counters and feedback in one SQLite
file, no Django, the same answers as the site, and several gunicorn workers each loading the model."""
import io
import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from wsgiref.util import setup_testing_defaults

import pytest

from newsroom.perspective import standalone

from .conftest import ANALYZE, post

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def service(tmp_path):
    keys = standalone.parse_keys("coral:s3cret:2:5 other:k2:0:0")
    return standalone.StandaloneService(keys, str(tmp_path / "state.sqlite3"))


def call(app, path, body, key=None, method="POST"):
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    environ = {"REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": f"key={key}" if key else "",
               "CONTENT_LENGTH": str(len(raw)), "CONTENT_TYPE": "application/json",
               "wsgi.input": io.BytesIO(raw)}
    setup_testing_defaults(environ)
    seen = {}

    def start_response(status, headers):
        seen["status"], seen["headers"] = status, dict(headers)

    out = b"".join(app(environ, start_response))
    assert seen["headers"]["Content-Type"].startswith("application/json")
    return int(seen["status"].split()[0]), json.loads(out)


def test_keys_from_environment_and_file(tmp_path):
    path = tmp_path / "keys.txt"
    path.write_text("# partner sites\ncoral:abc:5:1000\nbot:def  # default quotas\n")
    keys = standalone.keys_from_environment({"PERSPECTIVE_KEYS": "env:ghi:0:0",
                                             "PERSPECTIVE_KEYS_FILE": str(path)})
    named = {k.name: (k.per_second, k.per_day) for k in keys.values()}
    assert named == {"coral": (5, 1000), "bot": (10, 100000), "env": (0, 0)}
    assert "abc" not in json.dumps(list(keys))  # only hashes are kept
    for bad in ("nocolon", "a:b:x", "a:b:1:-1", ":b"):
        with pytest.raises(ValueError):
            standalone.parse_keys(bad)


def test_analyze_suggest_errors_and_quotas(service):
    app = standalone.make_app(service)
    body = {"comment": {"text": "you stupid idiot"}, "requestedAttributes": {"TOXICITY": {}},
            "clientToken": "t"}
    assert call(app, "/v1alpha1/comments:analyze", body)[0] == 403
    assert call(app, "/v1alpha1/comments:analyze", body, "wrong")[1]["error"]["status"] == "PERMISSION_DENIED"
    status, data = call(app, "/v1alpha1/comments:analyze", body, "other:k2")
    assert status == 403  # the key is the second part, not name:key
    status, data = call(app, "/v1alpha1/comments:analyze", body, "k2")
    assert status == 200 and data["attributeScores"]["TOXICITY"]["summaryScore"]["value"] > 0.5
    assert data["clientToken"] == "t"
    status, data = call(app, "/v1alpha1/comments:analyze", b"{oops", "k2")
    assert (status, data["error"]["status"]) == (400, "INVALID_ARGUMENT")
    assert call(app, "/v1alpha1/comments:analyze", body, "k2", method="GET")[0] == 405
    assert call(app, "/elsewhere", body, "k2")[0] == 404
    # suggestscore stores feedback, unless doNotStore
    suggestion = {"comment": {"text": "feedback text"}, "communityId": "Coral:x", "clientToken": "comment:1",
                  "attributeScores": {"TOXICITY": {"summaryScore": {"value": 1}}}}
    stored = call(app, "/v1alpha1/comments:suggestscore", suggestion, "k2")
    assert stored == (200, {"clientToken": "comment:1"})
    secret = {**suggestion, "comment": {"text": "secret 99x"}, "doNotStore": True}
    assert call(app, "/v1alpha1/comments:suggestscore", secret, "k2")[0] == 200
    rows = service._db().execute("SELECT key, community_id, text, scores FROM feedback").fetchall()
    assert rows == [("other", "Coral:x", "feedback text", '{"TOXICITY": 1.0}')]
    assert b"99x" not in Path(service.state_path).read_bytes()


def test_standalone_quotas(service):
    coral = next(k for k in service.keys.values() if k.name == "coral")
    now = 1_800_000_000.5
    assert service.hit(coral, now) is None and service.hit(coral, now) is None
    assert "per second" in service.hit(coral, now)
    for second in range(1, 4):
        assert service.hit(coral, now + second) is None  # 5 a day
    assert "per day" in service.hit(coral, now + 5)
    day = service.usage()
    assert [(kind, n) for _d, name, kind, n in day if name == "coral"] == [("requests", 5), ("refused", 2)]


@pytest.mark.django_db
def test_same_answers_as_the_site(client, service, scoring_key):
    app = standalone.make_app(service)
    texts = ["You are a stupid idiot and a liar", "أنت غبي وحقير ولا تفهم شيئا", "Buy cheap watches at "
             "www.example.com now!!!", "Bu yazar tam bir aptal", "ئەم وتارە زۆر باشە", "این مقاله خوب است"]
    for text in texts:
        body = {"comment": {"text": text}, "spanAnnotations": True, "languages": ["en"],
                "requestedAttributes": {"TOXICITY": {}, "SPAM": {}, "NEWSROOM_PROFANITY": {}},
                "context": {"entries": [{"text": "The council voted on the budget."}]}}
        site = post(client, ANALYZE, body, scoring_key)
        alone = call(app, "/v1alpha1/comments:analyze", body, "k2")
        assert (site.status_code, site.json()) == alone, text


def test_no_django_is_imported(tmp_path):
    code = ("import sys; import newsroom.perspective.standalone as s; s.application; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'django'))")
    env = {**os.environ, "PERSPECTIVE_KEYS": "a:b", "PERSPECTIVE_STATE": str(tmp_path / "s.sqlite3")}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
    assert "loaded the scorer" in out.stderr


def test_without_keys_it_refuses_to_start(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PERSPECTIVE_")}
    out = subprocess.run([sys.executable, "-c", "import newsroom.perspective.standalone as s; s.application"],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode != 0 and "PERSPECTIVE_KEYS" in out.stderr


def _listening_port(log, proc, seconds=90):
    """The port gunicorn, bound to port 0, says it listens on (None if it stopped or never said). A
    port found free beforehand could be taken by the other database's suite, which CI runs side by
    side, before gunicorn bound it: the test then talked to the other suite's server and was refused."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return None
        m = re.search(r"Listening at: http://127\.0\.0\.1:(\d+)", log.read_text())
        if m:
            return int(m.group(1))
        time.sleep(0.2)
    return None


def test_under_gunicorn_each_worker_loads_the_model_once(tmp_path):
    env = {**os.environ, "PERSPECTIVE_KEYS": "bench:k3:0:0", "PERSPECTIVE_STATE": str(tmp_path / "s.sqlite3")}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    log = tmp_path / "gunicorn.log"
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    with open(log, "w") as err:
        proc = subprocess.Popen([gunicorn, "-w", "2", "-b", "127.0.0.1:0", "--error-logfile", "-",
                                 "newsroom.perspective.standalone:application"],
                                cwd=ROOT, env=env, stdout=err, stderr=subprocess.STDOUT)
    try:
        port = _listening_port(log, proc)
        assert port, log.read_text()
        body = json.dumps({"comment": {"text": "you idiot"}, "requestedAttributes": {"INSULT": {}}}).encode()
        url = f"http://127.0.0.1:{port}/v1alpha1/comments:analyze"
        answers = []
        deadline = time.monotonic() + 60
        while log.read_text().count("loaded the scorer") < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        for _ in range(4):
            req = urllib.request.Request(f"{url}?key=k3", data=body,
                                         headers={"Content-Type": "application/json"}, method="POST")
            with urllib.request.urlopen(req, timeout=30) as resp:
                answers.append(json.loads(resp.read()))
        assert all(a == answers[0] for a in answers)
        assert answers[0]["attributeScores"]["INSULT"]["summaryScore"]["type"] == "PROBABILITY"
        with pytest.raises(urllib.error.HTTPError) as exc:
            urllib.request.urlopen(urllib.request.Request(f"{url}?key=nope", data=body, method="POST"),
                                   timeout=30)
        assert exc.value.code == 403
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    loads = [line for line in log.read_text().splitlines() if "loaded the scorer" in line]
    pids = {line.split("process ")[1].split()[0] for line in loads}
    assert len(loads) == 2 and len(pids) == 2, loads  # two workers, one load each
