"""The written-threat heads (training.train_written_heads, model.with_written): a linear head per scored
language, learnt from the probe comments we wrote and from real comments, that counts as a weak threat
finding at its threshold. What it must do: exist for every scored language within the out-of-fold limits
it was chosen by, never see a suite case, add a finding only where no rule found a threat, show the words
it weighed as evidence, and leave news reports and ordinary comments alone."""
import os

import numpy as np
import pytest

from newsroom.guidelines import suite, training
from newsroom.guidelines.model import WRITTEN, with_written

LANGS = ("en", "ar", "tr", "fa")


def test_every_scored_language_has_a_written_head_within_its_limits(model):
    heads = model.manifest["written_heads"]
    assert set(heads) == set(LANGS)
    for lang, h in heads.items():
        # the last column of the language's weight matrix, after the named heads and any mixture
        assert h["col"] == model.heads[lang]["W"].shape[1] - 1 >= len(model.heads[lang]["names"])
        assert h["threshold"] in training.WRITTEN_GRID
        o = h["out_of_fold"]
        assert o["contrasts"] <= training.WRITTEN_MAX_CONTRAST
        assert o["other_violations"] <= training.WRITTEN_MAX_OTHER
        assert o["real_clean"] <= training.WRITTEN_MAX_REAL
        assert o["threats"] >= 0.3, (lang, o)  # worth having: it finds threats in rounds it never saw
        assert h["rows"]["probe_threats"] >= training.MIN_POSITIVES


def test_its_probability_is_one_more_output_of_the_same_product(model):
    X = model.feat.transform_normalised(["seni bulacağız, bekle"])
    names, P = model.head_probs("tr", X)
    assert names[-1] == WRITTEN and P.shape == (1, len(names))
    h = model.heads["tr"]
    raw = float((X @ h["W"][:, h["written"]])[0] + h["b"][h["written"]])
    assert P[0, -1] == pytest.approx(1 / (1 + np.exp(-raw)), rel=1e-6)


def test_with_written_adds_a_weak_finding_only_at_its_threshold_and_only_where_no_rule_found_one():
    found = {"abuse": (2, [(0, 4)], {"racism"})}
    assert with_written(found, 0.69, 0.7) is found
    assert with_written(found, 0.7, 0.7) == {**found, "threat": (1, [], {"written"})}
    assert with_written(found, None, 0.7) is found and with_written(found, 0.99, None) is found
    rule = {"threat": (2, [(3, 9)], set())}
    assert with_written(rule, 0.99, 0.5) is rule  # a rule's finding (and its spans) stands
    for contrast in ("negated", "counter"):  # what the rules read and a bag of words cannot
        quiet = {contrast: (2, [(0, 3)], {contrast})}
        assert with_written(quiet, 0.99, 0.5) is quiet


def test_no_suite_case_is_trained_on(tmp_path):
    case = suite.load("en")[1]["text"]  # a check-half case (odd id)
    (tmp_path / "en_r30.tsv").write_text(f"threat\t{case}\nthreat\tWe will find you\n-\tNice report\n",
                                         encoding="utf-8")
    (tmp_path / "en_misc.tsv").write_text("abuse\tX are vermin\n# a comment line\n", encoding="utf-8")
    assert sorted(training.written_rows("en", str(tmp_path))) == [
        ("Nice report", 0, 1, 30), ("We will find you", 1, 0, 30), ("X are vermin", 0, 0, 11)]
    for lang in LANGS:
        texts = {c["text"].strip() for c in suite.load(lang)}
        assert not texts & {t.strip() for t, *_ in training.written_rows(lang)}, lang


def test_the_probes_it_trains_on_are_the_repository_s():
    assert os.path.isdir(training.WRITTEN_PROBES)
    assert os.path.samefile(training.WRITTEN_PROBES,
                            os.path.join(os.path.dirname(__file__), "probes"))


# veiled threats with no violent word and no rule that lists them (checked below), written for this test
# in the style of the threats the rules missed in round 25; not lines of any probe file
VEILED = [
    ("tr", "Bu yazarın hesabını yakında mahallede göreceğiz"),
    ("tr", "Editör bey, annene söyle siyah elbiselerini hazırlasın"),
    ("ar", "يوم الحساب مع هالكاتب قريب بالحارة"),
]


@pytest.mark.parametrize("lang,text", VEILED)
def test_a_threat_only_the_written_head_finds_is_flagged_with_its_words(model, lang, text):
    from newsroom.guidelines.evidence import content_word
    from newsroom.guidelines.harm import summarise
    from newsroom.guidelines.normalise import normalise_text
    assert "threat" not in summarise(model.harm.analyse(lang, normalise_text(text)))  # no rule
    r = model.score([{"text": text}])[0]
    assert r["language"] == lang
    assert r["categories"]["threat"] >= 0.5 and r["violation"] >= 0.5
    words = [e["text"] for e in r["evidence"] if e["category"] == "threat"]
    assert words and all(content_word(w, lang) for w in words)
    assert all(text[e["start"]:e["end"]] == e["text"] for e in r["evidence"])
    assert "threat" not in r["evidence_notes"]
    assert model.score([{"text": text}], evidence=False)[0]["categories"] == r["categories"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Two journalists were shot dead in Mosul on Monday, police said"),
    ("en", "The editor replied to every comment on the dam article, thank you"),
    ("en", "My family and I read your paper every morning, keep going"),
    ("en", "Thank you for this report, my family in Kirkuk lived through this"),
    ("ar", "قتل ثلاثة مدنيين في قصف على قرية قرب الموصل أمس بحسب مصادر محلية"),
    ("tr", "Dün akşam Diyarbakır'da bir kavgada iki kişi bıçakla yaralandı, polis soruşturma başlattı"),
    ("fa", "دیروز در انفجاری در حومه‌ی کرکوک سه نفر کشته شدند، پلیس گزارش داد"),
])
def test_news_reports_and_ordinary_comments_get_no_written_finding(model, lang, text):
    (lg, probs, found), = model.harm_inputs([text])
    assert lg == lang
    assert probs[WRITTEN] < model.written_threshold[lang]
    assert "written" not in found.get("threat", (0, [], set()))[2]


def test_few_real_clean_comments_get_a_written_finding(model, examples):
    """The clean dev comments of each language (the head trained on the train split only): at most
    0.5% get a written finding (its threshold allows 0.2% on the calibration split)."""
    import zlib
    for lang in LANGS:
        rows = sorted((e for e in examples if e["language"] == lang and e["split"] == "dev"
                       and e["labels"].get("violation") == 0 and e["dataset"] in model.manifest["datasets"]),
                      key=lambda e: zlib.crc32(e["text"].encode()))[:1500]
        found = [f for _lg, _p, f in model.harm_inputs([e["text"] for e in rows])]
        share = np.mean(["written" in f.get("threat", (0, [], set()))[2] for f in found])
        assert share <= 0.005, (lang, share)
