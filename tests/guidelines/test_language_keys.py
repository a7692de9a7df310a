"""Persian's own keys as a cue to the language (model.PERSIAN_KEYS_BELOW): a short comment the identifier
reads as Arabic without confidence, typed with Persian's ک or ی and none of Arabic's ك ي ة ى, is Persian;
Arabic typed with Arabic's letters, or read as Arabic with confidence, stays Arabic."""
import pytest

from newsroom.guidelines import model as M


def identified(model, text):
    return model.language(model.feat.transform([text]), [text])[0][0]


@pytest.mark.parametrize("text", ["ترکا خرن", "مرسی"])
def test_a_short_comment_typed_with_persian_keys_is_persian(model, text):
    assert identified(model, text) == "fa"


def test_the_cue_is_what_changes_it(model, monkeypatch):
    monkeypatch.setattr(M, "PERSIAN_KEYS_BELOW", 0.0)  # the identifier alone
    assert identified(model, "ترکا خرن") == "ar"


@pytest.mark.parametrize("text", [
    "شكرا على التقرير",  # Arabic's own letters
    "الكورد خونة",
    "العراق بلد جمیل و شعبه طیب جدا و نحن نحب اهله",  # Persian keys, but Arabic the identifier is sure of
])
def test_arabic_stays_arabic(model, text):
    assert identified(model, text) == "ar"


def test_scoring_reads_the_persian_comment_with_the_persian_heads(model):
    result = model.score([{"text": "ترکا خرن"}])[0]
    assert result["language"] == "fa" and result["violation"] >= 0.5
