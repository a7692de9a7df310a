"""A spelling slip of a listed word is read as the word (harm._Lang.slip_tags): two neighbouring
letters swapped, one letter missing or one too many -- but never for a word people really write
(known_words.py), and never by adding or dropping the first letter."""
import pytest

from newsroom.guidelines import harm, known_words
from tests.guidelines.harm_helpers import found_in

found = found_in("en")


@pytest.mark.parametrize("text, clause", [
    ("I will kil all imigrants.", "abuse"),        # a letter missing from the group's name
    ("I wll kill all immigrnats.", "abuse"),       # two letters swapped
    ("Muslims are vremin.", "abuse"),
    ("Trans people are disgustnig.", "abuse"),     # a listed stem ("disgust") hides the slipped word
    ("I will killl you.", "threat"),               # one letter too many (the repeat rule's, here)
])
def test_a_slipped_word_is_read_as_the_listed_one(det, text, clause):
    assert found(det, text).get(clause) == harm.STRONG, found(det, text)


@pytest.mark.parametrize("text", [
    "The audience roared with laughter.",          # "slaughter" without its first letter
    "Her cooking skills are great and the skillet was hot.",  # "kills"/"kill" with a first letter more
    "The Mormon choir sang at the ceremony.",
])
def test_words_people_write_are_not_slips(det, text):
    harmful = {c: s for c, s in found(det, text).items() if c not in ("identity", "report")}
    assert not harmful, harmful


def test_the_known_words_are_the_ones_a_slip_would_misread(det):
    L = det.langs["en"]
    assert {"laughter", "skills"} <= known_words.load("en")
    assert L.slip_tags("laughter") == set()          # the first letter is never the one lost
    assert "GROUP:xenophobia" in L.slip_tags("immigrnats")
    assert "GROUP:xenophobia" in L.slip_tags("immigrantts")     # one letter too many, inside the word
    assert L.tags("laughter") == frozenset()


def test_slips_are_read_only_in_the_languages_with_a_known_word_list(det):
    assert harm.SLIP_LANGS == frozenset(lg for lg in harm.SLIP_LANGS if known_words.load(lg))
    assert harm.SLIP_READ_LANGS == frozenset({"en"}) and harm.SLIP_READ_LANGS <= harm.SLIP_LANGS
    tr = det.langs["tr"]
    # (forty-ninth round) Turkish reads two letters swapped ("ahamk") but not a letter missing ("ahmk"),
    # which made threats of ordinary word forms the training texts never show
    assert "INSULT" in tr.tags("ahamk") and "ahamk" not in tr.known
    assert "INSULT" not in tr.tags("ahmk")


@pytest.mark.parametrize("text, clause", [
    ("Transpeople are disgusting.", "abuse"),      # words run together
    ("I will killall immigrants.", "threat"),
])
def test_words_run_together_are_read_apart(det, text, clause):
    assert found(det, text).get(clause) == harm.STRONG, found(det, text)


def test_a_word_people_write_is_never_split_and_a_group_only_beside_its_noun(det):
    L = det.langs["en"]
    assert L.tags("therapist") == frozenset()       # not "the rapist": a known word
    assert L.run_together_tags("bengals") == set()  # not "ben" + "gals": a team
    assert L.run_together_tags("transpeople") == {"GROUP:homophobia"}


@pytest.mark.parametrize("text, clause", [
    ("Gays are tarsh.", "abuse"),                  # a five-letter word with two letters swapped
    ("Ihate trans people.", "abuse"),              # the first person run into the verb
    ("Women are disgusting and shuold be shot.", "threat"),  # a mood slipped
])
def test_short_slips_and_the_first_person_run_together(det, text, clause):
    assert found(det, text).get(clause) == harm.STRONG, found(det, text)


def test_a_five_letter_word_is_not_read_with_a_letter_more_or_less(det):
    L = det.langs["en"]
    assert L.slip_tags("dougs") == set()   # not "dogs" with a u
    assert L.slip_tags("garys") == set()   # not "gays" with an r
