"""Arabic and Persian typed in Latin letters (Arabizi: "enta 7mar", "ra7 a2ta3 lsanak"; Finglish: "khafe sho
ey harzeye bi arzesh"), read by the language's rules word by word in its own script (romanised.py,
harm.HarmDetector.romanised_tokens; the fifty-second round for Arabic, the fifty-third for Persian) and
scored in that language (model.LinearModel.read_romanised). The identifier takes such a comment for
English or Turkish, and normalisation reads Arabizi's digits as leetspeak ("7a2eer" is "ta2eer"), so before
these rounds only the phrases the word lists spelt out in Latin letters were found."""
import pytest

from newsroom.guidelines import romanised
from newsroom.guidelines.harm import CLAUSE_KEYS, summarise, typed_words
from newsroom.guidelines.normalise import normalise_base_text, normalise_text
from tests.guidelines.harm_helpers import found


def found_typed(det, lang, text):
    return found(det, lang, text, typed_words(normalise_base_text(text)))


def test_words_typed_with_digits_are_told_from_times_units_names_and_links():
    assert romanised.digit_words("inta wa7ed 7a2eer w ma 3ndak sharaf ra7 3lek") == (
        "wa7ed", "7a2eer", "3ndak", "ra7", "3lek")
    text = "at 7am on the 3rd, 5km away, the g7 and ww2, q7 at 3de and a 5lik, @user7 http://t.co/lik3xpz6ez"
    assert romanised.digit_words(text) == ()


def test_a_latin_word_is_spelt_every_way_arabic_may_write_it():
    assert "حمار" in romanised.readings("7mar")
    assert "کذاب" in romanised.readings("kazzab")  # the doubled letter is one, with its shadda
    assert "رصاصه" in romanised.readings("rsasa")  # a final a may be the feminine ending
    assert all(r.startswith("ا") for r in romanised.readings("akrad"))  # a first vowel is an alif


@pytest.mark.parametrize("word, reading", [
    ("7a2eer", "حقیر"), ("a2ta3", "اقطع"), ("3ameel", "عمیل"), ("wallah", "والله"), ("lazem", "لازم"),
])
def test_the_reading_kept_is_a_word_of_arabic(det, word, reading):
    assert det.langs["ar"].romanised_reading(word) == reading


@pytest.mark.parametrize("lang, text, clause", [
    ("en", "inta wa7ed 7a2eer w ma 3ndak sharaf", "personal_attack"),
    ("tr", "ra7 a2ta3 lsanak law katabt marra tanya", "threat"),
    ("tr", "sa7afi fashel w 3ameel, tfeh 3aleik", "profanity"),
    ("ar", "ra7 a2ta3 lsanak law katabt marra tanya", "threat"),  # the site's language is Arabic
])
def test_arabizi_is_read_by_the_arabic_rules(det, lang, text, clause):
    latin_only = summarise(det._analyse(lang, normalise_text(text), ()))  # the analysis before this round
    assert clause not in latin_only, "the test needs a comment the Latin lists miss"
    assert clause in found_typed(det, lang, text), text


def test_the_evidence_is_the_latin_word_as_typed(det):
    text = "inta wa7ed 7a2eer w ma 3ndak sharaf"
    full = normalise_text(text)
    spans = summarise(det.analyse("en", full, typed_words(normalise_base_text(text))))["personal_attack"][1]
    # the normalised text's spans: "7a2eer" as typed, and (since the hundred-and-twenty-fifth round, which
    # reads an Arabic negation behind "and") "w ma 3ndak sharaf", and you have no honour
    assert [full[s:e] for s, e in spans] == ["ta2eer", "w ma endak sharaf"]
    assert [text[s:e] for s, e in spans] == ["7a2eer", "w ma 3ndak sharaf"]


@pytest.mark.parametrize("lang, text", [
    ("en", "I wake up at 7am and read the 3 main stories, ya know"),
    ("en", "The g7 met after ww2 ended, and the 3rd summit was in Rome"),
    ("tr", "Ya bu haber çok iyi, 3 gün önce de okudum"),
    ("tr", "Saat 7de konferans var, 5dk yürüme mesafesi"),
    ("en", "These bitches irri.. irri irri..irri irri"),  # a word read as Persian counts once
    ("en", "Ali and Hassan met the minister in Mosul on Tuesday"),
])
def test_english_and_turkish_are_not_read_as_arabizi_or_finglish(det, lang, text):
    full, typed = normalise_text(text), typed_words(normalise_base_text(text))
    assert det.romanised_tokens(full, typed, "ar") is None
    assert det.romanised_tokens(full, typed, "fa") is None


@pytest.mark.parametrize("text", [
    "shukran kteer 3al ta2reer, allah ykon ma3kon",
    "el akrad w el 3arab kolna 5ewe fi hal balad",
    "el 7arb da2iman bte2tol el abriya2",
    "ya rab te5las el 7arb w yerja3o el nas 3la byoutom",
])
def test_clean_arabizi_finds_nothing(det, text):
    assert det.romanised_tokens(normalise_text(text), typed_words(normalise_base_text(text))) is not None
    assert not set(found_typed(det, "tr", text)) & set(CLAUSE_KEYS), text  # (a group named is no clause)


def test_the_scorer_scores_arabizi_as_arabic_with_the_latin_words_as_evidence(model):
    r = model.score([{"text": "ra7 a2ta3 lsanak law katabt marra tanya"}])[0]
    assert r["language"] == "ar"  # the identifier alone reads it as Turkish
    assert r["categories"]["threat"] >= 0.5
    assert {e["text"] for e in r["evidence"] if e["category"] == "threat"} == {"a2ta3 lsanak"}


@pytest.mark.parametrize("text, lang", [
    ("I wake up at 7am and read the 3 main stories, ya know", "en"),
    ("Ya bu haber çok iyi, 3 gün önce de okudum", "tr"),
    ("Şerefa te hebi ya te dê bi kudi binvisa şerma te hebi", "kmr"),  # Kurmanji: "ya", no digit
])
def test_the_scorer_leaves_english_turkish_and_kurmanji_alone(model, text, lang):
    assert model.score([{"text": text}])[0]["language"] == lang


def test_a_kurmanji_reading_needs_a_word_typed_with_digits(det):
    text = "ya wesekh ya 7aqeer, ro7 itla3 min hon"
    typed = typed_words(normalise_base_text(text))
    assert det.romanised_tokens(normalise_text(text), typed, digits_needed=True) is not None
    text = "Bi Dewlet û bi Millet Dujminantî ya Kurda dikin doh jî wilo bû"
    assert det.romanised_tokens(normalise_text(text), typed_words(normalise_base_text(text)),
                               digits_needed=True) is None


def test_a_finglish_word_is_spelt_in_persian_letters(det):
    assert "احمق" in romanised.readings("ahmagh", "fa")
    assert "خسته" in romanised.readings("khaste", "fa")  # a final e is the silent ه
    fa = det.langs["fa"]
    assert fa.romanised_reading("olagh") == "الاغ"
    assert fa.romanised_reading("kone") == "کنه"  # the commonest reading: "does", not the vulgar word
    assert fa.romanised_reading("ke") == "که"


@pytest.mark.parametrize("lang, text, clause", [
    ("tr", "khafe sho ey harzeye bi arzesh", "personal_attack"),  # "harzeye": هرزه and the ezafe
    ("en", "gooh khordi ke inaro neveshti", "personal_attack"),
    ("tr", "bezar peydat konam, zendat nemizaram", "threat"),
])
def test_finglish_is_read_by_the_persian_rules(det, lang, text, clause):
    latin_only = summarise(det._analyse(lang, normalise_text(text), ()))  # the analysis before the round
    assert clause not in latin_only, "the test needs a comment the Finglish lists miss"
    assert clause in found_typed(det, lang, text), text


@pytest.mark.parametrize("text", [
    "dastetoon dard nakone, gozareshe khoobi bood",
    "khoda be hame ghorbaniha rahm kone",
    "merc az zahmatetoon, kheili khoob tozih dadid",
])
def test_clean_finglish_finds_nothing(det, text):
    full, typed = normalise_text(text), typed_words(normalise_base_text(text))
    assert det.romanised_tokens(full, typed, "fa") is not None
    assert not set(found_typed(det, "tr", text)) & set(CLAUSE_KEYS), text


def test_the_scorer_scores_finglish_as_persian(model):
    r = model.score([{"text": "khafe sho ey harzeye bi arzesh"}])[0]
    assert r["language"] == "fa"
    assert r["violation"] >= 0.5
    clean = model.score([{"text": "dastetoon dard nakone, gozareshe khoobi bood"}])[0]
    assert clean["language"] == "fa" and clean["violation"] < 0.5
