"""The fiftieth round (2026-12-03): words the lists lacked, mined from the train split and kept by hand in
harm_lexicon/mined_<lang>.tsv -- in Arabic, words the training comments call a person by ("يا خروف", from the
vocative: training.vocative_candidates), read as insults only when said to the addressee (harm tag
VOCINSULT); in Arabic, Turkish and Persian, profanity and insults of violating comments in which the
detectors found nothing (training.unread_candidates). They reach the detectors as the model's extra
entries, as the HurtLex words do; the lines here are in other words than the held-out batch
(heldout/ar_r50b.tsv)."""
import pytest

from newsroom.guidelines import training
from newsroom.guidelines.harm import HarmDetector
from tests.guidelines.harm_helpers import found


@pytest.fixture(scope="module")
def vdet():
    return HarmDetector({lang: training.mined_entries(lang) for lang in ("ar", "tr", "fa")})


@pytest.mark.parametrize("text", [
    "يا خروف انت ما تفهم شي",  # the vocative
    "ياقواد كل يوم نفس الكلام",  # the vocative fused with the word
    "اسكت انت وضيع",  # "you" right before it
    "وش تبي يا لقيط",
])
def test_a_word_said_to_the_addressee_is_an_insult(vdet, text):
    assert found(vdet, "ar", text).get("personal_attack") == 2, text


@pytest.mark.parametrize("text", [
    "أسعار الخروف ارتفعت قبل العيد",  # the animal
    "الحكومة تصدر البقر والخرفان الى الخليج",
    "الفساد زفت والطرق زفت",  # the thing: no one is addressed
    "انت مش خروف يا صديقي",  # denied
    "عندي ثور وبقرة في المزرعة",
])
def test_the_same_word_not_said_to_anyone_is_no_insult(vdet, text):
    assert "personal_attack" not in found(vdet, "ar", text), text


def test_without_the_model_extra_entries_the_words_are_not_read(det):
    """The shipped word lists do not hold them: a detector without the model's extra entries (as in the
    leave-one-dataset-out folds, which are not fitted to words mined from every set) leaves them alone."""
    assert "personal_attack" not in found(det, "ar", "يا خروف انت ما تفهم شي")


@pytest.mark.parametrize("lang", ["ar", "tr", "fa"])
def test_the_kept_words_are_written_as_the_detectors_normalise(lang):
    from newsroom.guidelines.normalise import normalise_text
    words = [w for w, _ in training.mined_words(lang)]
    assert len(words) >= 10 and len(set(words)) == len(words)
    assert all(normalise_text(w) == w and " " not in w for w in words)
    known = {"PROF", "VULG", "INSULT", "VOCINSULT"}
    assert all(set(tags) <= known for _, tags in training.mined_words(lang))


@pytest.mark.parametrize("lang, text, clause", [
    ("tr", "ne biçim adam bu koduğumun", "profanity"),
    ("tr", "abaza herif sen", "personal_attack"),
    ("fa", "خایه مال حکومت", "profanity"),
    ("fa", "تو یه الدنگی", "personal_attack"),
    ("ar", "انت کحبه", "profanity"),
])
def test_an_unread_word_is_read(vdet, det, lang, text, clause):
    assert clause not in found(det, lang, text)
    assert clause in found(vdet, lang, text), text


def test_amen_is_no_profanity(vdet):
    """"amık" typed without its Turkish letters is "amik"; "amın" was left out of the list: folded to ASCII it
    is "amin", amen."""
    assert not found(vdet, "tr", "Allah razı olsun amin")


def test_candidates_are_words_after_the_vocative_likelier_in_violating_comments():
    def row(text, violation):
        return {"language": "ar", "split": "train", "text": text, "labels": {"violation": violation}}
    examples = ([row("يا زنبور اسكت", 1)] * 6 + [row("يا صديقي شكرا", 0)] * 6 + [row("يا زنبور", 0)]
                + [row("مقال جيد", 0)] * 20 + [row("كلام فارغ", 1)] * 20)
    got = {w: (a, b) for w, a, b, _ in training.vocative_candidates(examples, "ar")}
    assert got == {"زنبور": (6, 1)}


def test_unread_candidates_are_words_of_violating_comments_with_no_finding():
    def row(text, violation):
        return {"language": "tr", "split": "train", "text": text, "labels": {"violation": violation}}
    examples = ([row("zırtapoz herif", 1)] * 6 + [row("zırtapoz aptal", 1)] * 6 + [row("güzel haber", 0)] * 30
                + [row("herif geldi", 0)] * 2)
    got = {w: (a, b) for w, a, b, _ in training.unread_candidates(examples, "tr")}
    assert got == {"zırtapoz": (12, 0)}  # "herif" is no candidate: as often in clean comments


def test_the_shipped_model_reads_the_kept_words():
    """The list and the shipped model agree: a word added to mined_<lang>.tsv needs a `calibrate` run."""
    from newsroom.guidelines.model import DEFAULT_DIR, _harm_extra
    extra = _harm_extra(DEFAULT_DIR)
    for lang in ("ar", "tr", "fa"):
        for tag, words in training.mined_entries(lang).items():
            assert set(words) <= set(extra[lang][tag]), (lang, tag)
