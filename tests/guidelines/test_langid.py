"""Language identification accuracy floors per language, on held-out text (Kurdish split by source
document), for whole sentences and for comment-length cuts (first four words)."""
import zlib
from collections import defaultdict

import pytest

from newsroom.guidelines import data as D

# floors sit a little under what the shipped model measured (docs/scorer.md), so a regression fails
FLOORS_FULL = {"en": 0.97, "ckb": 0.97, "kmr": 0.95, "ar": 0.95, "tr": 0.95, "fa": 0.93, "other": 0.80}
FLOORS_SHORT = {"en": 0.90, "ckb": 0.90, "kmr": 0.85, "ar": 0.88, "tr": 0.88, "fa": 0.85, "other": 0.60}


@pytest.fixture(scope="module")
def heldout(data_dir, examples):
    rows = [r for r in D.langid_examples(data_dir, labelled=examples) if r[2] != "train"]
    by = defaultdict(list)
    for r in sorted(rows, key=lambda r: zlib.crc32(r[0].encode("utf-8"))):
        if len(by[r[1]]) < 300:
            by[r[1]].append(r[0])
    return by


def _acc(model, texts, lang):
    pred, _ = model.language(model.feat.transform(texts))
    return sum(p == lang for p in pred) / len(pred)


@pytest.mark.parametrize("lang", sorted(FLOORS_FULL))
def test_accuracy_floor_full(model, heldout, lang):
    assert _acc(model, heldout[lang], lang) >= FLOORS_FULL[lang]


@pytest.mark.parametrize("lang", sorted(FLOORS_SHORT))
def test_accuracy_floor_four_words(model, heldout, lang):
    texts = [" ".join(t.split()[:4]) for t in heldout[lang]]
    assert _acc(model, texts, lang) >= FLOORS_SHORT[lang]


def test_confusable_pairs(model):
    from newsroom.guidelines import score
    assert score("ئەم هەواڵە زۆر گرنگە بۆ خەڵکی کوردستان")["language"] == "ckb"
    assert score("این خبر برای مردم ایران بسیار مهم است")["language"] == "fa"
    assert score("هذا الخبر مهم جدا لشعب العراق")["language"] == "ar"
    assert score("Ev nûçe ji bo gelê Kurdistanê pir girîng e")["language"] == "kmr"
    assert score("Bu haber Türkiye halkı için çok önemli")["language"] == "tr"
