"""The hundred-and-eighth round: English short words read as a slip of a people's name, hatred, vermin or
killing (harm._Lang.short_slip_tags)."""
import pytest

from tests.guidelines.harm_helpers import found, rules


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


def test_an_exclusion_slipped(det):
    assert "EXCLUDE" in det.langs["en"].tags("deprt")
    assert "EXCLUDE" in det.langs["en"].tags("deoprt")


def test_a_short_peoples_name_run_into_people(det):
    assert any(t.startswith("GROUP:") for t in det.langs["en"].tags("gaypeople"))


@pytest.mark.parametrize("text,excluded", [
    ("These refugees deserve homes. They need to be removed from the horrors of the civil war.", False),
    ("Refugees need to be removed from our country", True),
])
def test_taken_away_from_a_harm_is_no_exclusion(det, text, excluded):
    assert (("abuse", "exclusion") in rules(det, "en", text)) is excluded
