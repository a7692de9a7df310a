"""The hundred-and-eighth round: English short words read as a slip of a people's name, hatred, vermin or
killing (harm._Lang.short_slip_tags)."""
import pytest

from tests.guidelines.harm_helpers import found


@pytest.mark.parametrize("word,tag", [
    ("jwes", "GROUP:"), ("kuds", "GROUP:"), ("woen", "GROUP:"), ("htae", "HATE"), ("verin", "DEHUMAN"),
    ("kiled", "VIOLENT"), ("klil", "VIOLENT"),
])
def test_a_short_word_slipped(det, word, tag):
    assert any(t.startswith(tag) for t in det.langs["en"].tags(word))


@pytest.mark.parametrize("word", [
    "cnut",  # King Cnut: a slur slipped, and slurs are not read in short words
    "poos",
    "bobs",  # "bombs" less a letter, but a word of the dictionary is never a slip
    "hte",  # three letters: too short
])
def test_not_read_as_a_slip(det, word):
    tags = det.langs["en"].tags(word)
    assert not any(t.startswith(("SLUR:", "GROUP:")) or t in ("HATE", "DEHUMAN", "VIOLENT") for t in tags)


@pytest.mark.parametrize("text", ["I hate Jwes", "All woen are vermin", "I htae Muslims"])
def test_the_sentence_is_abuse(det, text):
    assert "abuse" in found(det, "en", text)


def test_other_languages_do_not_read_short_slips(det):
    assert not det.langs["tr"].short_slip_tags("kürd")
