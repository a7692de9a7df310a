"""Words typed with masking asterisks ("s*kerim", "a**hole", "sh*t"): normalise.py drops the asterisks, so
the heads and the word lists see "skerim"; the detectors read each asterisk as one letter of the language
and give the masked word the harmful tags of a listed filling (harm.masked_words, _Lang.asterisk_tags).
Found on the training data (2026-12-03): Turkish comments labelled offensive whose only profanity was
masked had no clause."""
import pytest

from newsroom.guidelines.harm import masked_words
from newsroom.guidelines.normalise import normalise_base_text
from tests.guidelines.harm_helpers import found


def found_masked(det, lang, text):
    return found(det, lang, text, masked_words(normalise_base_text(text)))


@pytest.mark.parametrize("lang, text, clause", [
    ("en", "what a load of bullsh*t", "profanity"),
    ("en", "you are an a**hole", "personal_attack"),
    ("en", "go b*mb their houses", "threat"),
    # (a consonant masked: "s*kerim" dropped to "skerim" is sikerim with a vowel left out, read so since the
    # hundred-and-twentieth round without the mask)
    ("tr", "si*erim seni", "profanity"),
    ("tr", "en bo*tan yorum bu", "profanity"),
    ("ar", "يا ك*ب", "personal_attack"),
    ("ar", "يا حم*ر", "personal_attack"),
    ("fa", "کث*فت", "personal_attack"),
])
def test_a_masked_word_is_read_as_the_word_it_hides(det, lang, text, clause):
    assert clause not in found(det, lang, text), "the test needs a word the lists do not read masked"
    assert clause in found_masked(det, lang, text), text


def test_a_masked_word_with_no_harmful_filling_finds_nothing(det):
    assert masked_words(normalise_base_text("a*b testing chose the headline")) == ("a*b",)
    assert not found_masked(det, "en", "a*b testing chose the headline")


def test_masked_words_are_found_only_where_an_asterisk_is_inside_or_ends_a_word():
    assert masked_words("s*kerim seni ve a**hole") == ("s*kerim", "a**hole")
    assert masked_words("gö* dedi") == ("gö*",)
    assert masked_words("*great* and ok") == ()  # emphasis
    assert masked_words("5* otel harika") == ()  # no letter masked
    assert masked_words("no asterisk at all") == ()


def test_three_asterisks_are_not_filled(det):
    """26**3 fillings a word: too many to try, and a word that masked is seldom one the lists know."""
    assert "profanity" not in found(det, "en", "f***", ("f***",))


def test_the_scorer_reads_masks():
    from newsroom.guidelines import score
    r = score("s*kerim seni")
    assert r["language"] == "tr"
    assert (r["categories"]["profanity"] or 0) >= 0.5
    assert any(e["category"] == "profanity" and e["text"] == "s*kerim" for e in r["evidence"])


def test_each_asterisk_needs_two_letters_shown(det):
    """"ک**ب" could be too many words to read one into it (کلب, a dog, but also کذب, كسب...)."""
    assert det.langs["ar"].asterisk_tags(("ک**ب",)) == {}
    assert det.langs["en"].asterisk_tags(("a**hole",))  # five letters shown for two asterisks


def test_a_profane_filling_outweighs_a_violent_one(det):
    """"sh*t" fills as "shit" and as "shot": it is the profanity, and no threat."""
    masked, plain = "I will sh*t on your car", "I will shit on your car"
    assert found_masked(det, "en", masked) == found_masked(det, "en", plain)
    assert "threat" not in found_masked(det, "en", masked)


def test_a_word_the_filled_letters_spell_alone_is_not_read(det):
    """Filled as "شنقموطه", "ش**موطه" holds شنق (to hang): the filled letters and one shown are no reading."""
    tags = det.langs["ar"].asterisk_tags(("ش**موطه",))
    assert "VIOLENT" not in next(iter(tags.values()))


def test_at_most_three_masked_words_of_a_comment_are_read(det):
    words = ("sh*t", "b*tch", "a**hole", "f*ck")
    assert len(det.langs["en"].asterisk_tags(words)) == 3
