"""score(), load_scorer() and the backends, against the shipped model."""
import socket
import urllib.request

import pytest

import newsroom.guidelines as G
from newsroom.guidelines import backends, load_scorer, score
from newsroom.guidelines.clauses import ABUSE_KINDS, CLAUSES

KEYS = {"language", "language_confidence", "violation", "categories", "abuse", "evidence", "needs_human",
        "model", "relatedness"}


def _valid(r, text):
    assert KEYS <= set(r)
    assert set(r["categories"]) == set(CLAUSES)
    assert set(r["abuse"]) == set(ABUSE_KINDS)
    for v in list(r["categories"].values()) + list(r["abuse"].values()) + [r["violation"], r["relatedness"]]:
        assert v is None or 0.0 <= v <= 1.0
    for e in r["evidence"]:
        assert e["category"] in CLAUSES + ABUSE_KINDS
        assert 0 <= e["start"] < e["end"] <= len(text)
        assert text[e["start"]:e["end"]] == e["text"]


def test_plain_english_comment():
    text = "Thanks for the report, the coalition should explain these strikes."
    r = score(text, article="The coalition acknowledged new air strikes in Iraq and Syria.")
    _valid(r, text)
    assert r["language"] == "en"
    assert r["violation"] < 0.5
    assert r["relatedness"] is not None and r["relatedness"] > 0


def test_abusive_english_comment_flags_with_evidence():
    text = "You are a fucking idiot and a moron."
    r = score(text)
    _valid(r, text)
    assert r["violation"] > 0.5
    assert r["categories"]["personal_attack"] > 0.5
    words = {e["text"].lower() for e in r["evidence"]}
    assert words & {"fucking", "idiot", "moron"}


def test_obfuscated_spellings_score_alike():
    plain = score("you are an idiot")["categories"]["personal_attack"]
    for variant in ["you are an 1d10t", "you are an i d i o t", "you are an iiidiooot", "you are an іdіоt",
                    "you are an id\u200biot", "YOU ARE AN IDIOT"]:
        p = score(variant)["categories"]["personal_attack"]
        assert abs(p - plain) < 0.02, variant


def test_evidence_indexes_original_text_through_normalisation():
    text = "what a f\u200bu\u200bc\u200bk\u200bi\u200bn\u200bg i.d.i.o.t you are"
    r = score(text)
    _valid(r, text)
    assert r["violation"] > 0.5
    assert r["evidence"], r


def test_promotion_detected_in_any_language():
    for text in ["Visit http://cheap.example.biz for 50% off, call +1 555 0100 now!",
                 "تخفیف ویژه! سفارش در واتساپ 09121234567 www.shop.ir",
                 "Bu fırsatı kaçırmayın, indirim için www.ucuz.com adresine tıkla"]:
        r = score(text)
        _valid(r, text)
        assert r["categories"]["promotion"] > 0.5, text
        assert any(e["category"] == "promotion" for e in r["evidence"])


@pytest.mark.parametrize("text, lang", [
    ("سوپاس بۆ ئەم ڕاپۆرتە گرنگە دەربارەی کوردستان.", "ckb"),
    ("Spas ji bo vê nûçeyê, ev pir girîng e ji bo Kurdistanê.", "kmr"),
])
def test_kurdish_gets_nulls_and_a_human(text, lang):
    r = score(text)
    _valid(r, text)
    assert r["language"] == lang
    assert r["needs_human"] is True
    for c in CLAUSES:
        if c != "promotion":
            assert r["categories"][c] is None
    assert all(v is None for v in r["abuse"].values())


def test_kurdish_promotion_still_detected():
    text = "پەیوەندی بکە ٠٧٥٠١٢٣٤٥٦٧ www.example.krd"
    r = score(text)
    assert r["needs_human"] is True
    assert r["categories"]["promotion"] > 0.5
    assert any(e["text"] == "٠٧٥٠١٢٣٤٥٦٧" for e in r["evidence"])


def test_turkish_clauses_come_from_the_detectors_where_no_head_exists():
    r = score("Bu haber çok önemli, teşekkürler.")
    assert r["language"] == "tr"
    assert r["violation"] is not None and r["violation"] < 0.5
    # no Turkish data labels threats, but the detectors and the violation head give a score
    assert r["categories"]["threat"] is not None and r["categories"]["threat"] < 0.5
    assert r["categories"]["vulgarity"] is not None


def test_batch_keeps_order_and_handles_empty_and_naughty():
    texts = ["", " ", "\u202e", "ok", "<script>alert(1)</script>", "😡" * 50, "a" * 5000]
    items = [{"text": t} for t in texts]
    res = load_scorer().score(items)
    assert len(res) == len(items)
    for it, r in zip(items, res, strict=True):
        _valid(r, it["text"])


def test_load_scorer_dotted_path_and_shared_weights():
    a = load_scorer("newsroom.guidelines.backends.LinearScorer")
    b = load_scorer()
    assert isinstance(a, backends.BaseScorer)
    assert a.model is b.model  # one copy of the weights per process


def test_rules_backend():
    s = load_scorer("newsroom.guidelines.backends.RulesScorer")
    text = "what the fuck is this, buy now at cheap.example.com"
    r = s.score([{"text": text}])[0]
    _valid(r, text)
    assert r["categories"]["profanity"] > 0.5
    assert r["categories"]["promotion"] > 0.5
    assert any(e["text"].lower() == "fuck" for e in r["evidence"])


def _closed_port():
    with socket.socket() as s:  # ask the OS for a free port, then close it: nothing listens there
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_http_backend_failure_is_unavailable_never_approval():
    s = load_scorer("newsroom.guidelines.backends.HttpScorer", url=f"http://127.0.0.1:{_closed_port()}/score",
                    timeout=0.5)
    res = s.score([{"text": "hello"}, {"text": "world"}])
    assert len(res) == 2
    for r in res:
        assert r["needs_human"] is True
        assert r["violation"] is None
        assert r["error"] == "scoring unavailable"


def test_http_backend_timeout(monkeypatch):
    def slow(*a, **k):
        raise TimeoutError("timed out")
    monkeypatch.setattr(urllib.request, "urlopen", slow)
    r = backends.HttpScorer(url="http://127.0.0.1:1/x", timeout=0.1).score([{"text": "x"}])[0]
    assert r["needs_human"] is True and r["violation"] is None


def test_http_backend_malformed_answer(monkeypatch):
    class Resp:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            return False

        def read(self):
            return b'{"results": "nope"}'
    monkeypatch.setattr(urllib.request, "urlopen", lambda *a, **k: Resp())
    r = backends.HttpScorer(url="http://127.0.0.1:1/x").score([{"text": "x"}])[0]
    assert r["needs_human"] is True and r["violation"] is None


def test_http_backend_passes_a_good_answer(monkeypatch):
    good = {"language": "en", "violation": 0.1, "categories": dict.fromkeys(CLAUSES, 0.1),
            "abuse": dict.fromkeys(ABUSE_KINDS, 0.0), "evidence": [], "needs_human": False, "model": "ext@1"}

    class Resp:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            return False

        def read(self):
            import json
            return json.dumps({"results": [good]}).encode()
    monkeypatch.setattr(urllib.request, "urlopen", lambda *a, **k: Resp())
    r = backends.HttpScorer(url="http://127.0.0.1:1/x").score([{"text": "x"}])[0]
    assert r["violation"] == 0.1 and r["needs_human"] is False and "error" not in r


def test_embedding_backend_is_optional():
    try:
        import sentence_transformers  # noqa: F401
    except ImportError:
        with pytest.raises(ImportError):
            load_scorer("newsroom.guidelines.backends.EmbeddingScorer")


def test_package_imports_no_django():
    import os
    import subprocess
    import sys
    code = ("import sys, newsroom.guidelines as g\n"
            "from newsroom.guidelines import backends, card, data, detectors, evaluation, features, model\n"
            "from newsroom.guidelines import normalise, relatedness, training\n"
            "g.score('hi')\nprint('django' in sys.modules)")
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert out.stdout.strip() == "False"
    assert G.DEFAULT_BACKEND.endswith("LinearScorer")


def test_every_naughty_string_is_scored(data_dir):
    import json
    import os
    with open(os.path.join(data_dir, "naughty-strings", "blns.json"), encoding="utf-8") as f:
        strings = json.load(f)
    res = load_scorer().score([{"text": s, "article": s} for s in strings])
    assert len(res) == len(strings)
    for s, r in zip(strings, res, strict=True):
        _valid(r, s)


def test_relatedness_matches_library_and_ranks_own_article_first():
    from newsroom.guidelines.relatedness import relatedness_many
    article = ("The coalition acknowledged a resurgence of ISIS fighters in Iraq and Syria and announced "
               "new air strikes near Mosul after weeks of attacks on villages.")
    other = "The central bank raised interest rates again to fight inflation in the housing market."
    comment = "Air strikes alone will not stop ISIS in Mosul, the coalition must protect the villages."
    s = load_scorer()
    on, off = s.score([{"text": comment, "article": article}, {"text": comment, "article": other}])
    assert on["relatedness"] > off["relatedness"]
    expected = relatedness_many(s.model.feat, [comment, comment], [article, other])
    assert on["relatedness"] == pytest.approx(expected[0], abs=1e-4)
    assert off["relatedness"] == pytest.approx(expected[1], abs=1e-4)
    assert score(comment, article="   ")["relatedness"] is None


def test_no_clause_is_likelier_than_the_violation(model, data_dir):
    """Every clause is a kind of violation. Persian clause heads trained on offensive rows only scored
    clean comments high ("RT @USER: @USER @URL": abuse 0.99 at violation 0.06), which sent a quarter
    of clean Pars-OFF comments to the urgent lane."""
    from newsroom.guidelines import data as D
    rows = [e for e in D.load_dataset(data_dir, "pars_off") if e["split"] == "dev"][:300]
    texts = [e["text"] for e in rows] + ["RT @USER: @USER @URL", "Buy now!!! www.cheap-pills.com",
                                         "I will kill you", "ممنون از این گزارش دقیق و روشن"]
    for r in model.score([{"text": t} for t in texts]):
        v = r["violation"]
        for c, p in list(r["categories"].items()) + list(r["abuse"].items()):
            if p is not None and c not in ("promotion", "off_topic"):
                assert p <= v, (c, p, v)
