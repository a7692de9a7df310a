"""The fifty-fifth round (2026-12-03): a virtue denied of a whole group is a sweeping negative claim, in
en, ar, tr and fa ("Kurds are not honest people", "العرب عمرهم ما كانوا نظيفين", "Suriyeliler medeni değil",
"کردا آدمای درستکاری نیستن"), and so is no virtuous member of it to be found ("there is not a single honest
Arab"); a vice denied of a group is not ("Iraklılar suçlu değil": Turkish's negated copula after the claim
now negates it, as Persian's did). The virtues are the lexicons' VIRTUE tag; harm.py's virtue_denied reads
the denial."""
import pytest

from tests.guidelines.harm_helpers import found, rules


@pytest.mark.parametrize("lang, text", [
    ("en", "Iraqis are not decent people, all of them"),
    ("en", "Afghans are never loyal to anyone"),
    ("en", "There is not a single honest Arab in this city"),
    ("ar", "العراقيين مو ناس محترمين، كلهم"),
    ("ar", "ما في عربي شريف واحد بهالمدينة"),
    ("ar", "النساء الكرديات مو قادرات يديرون أي شي"),
    ("tr", "Ezidiler güvenilir değil, uzak durun"),
    ("tr", "Bu şehirde tek bir namuslu Arap yok"),
    ("fa", "افغانیا هیچوقت به کسی وفادار نیستن"),
    ("fa", "تو این شهر یه عرب شریف هم پیدا نمیشه"),
])
def test_a_virtue_denied_of_a_group_is_abuse(det, lang, text):
    assert ("abuse", "negative generalisation") in rules(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    # one person, not a group
    ("en", "That minister is not trustworthy"),
    ("tr", "O bakan güvenilir değil"),
    ("fa", "اون وزیر قابل اعتماد نیست"),
    # a quantifier before the group, a virtue outdone rather than denied
    ("en", "Not every Afghan is poor"),
    ("en", "Kurds are not only honest but brave"),
    ("en", "Arabs are not less honest than anyone else"),
    ("tr", "Kürtler sadece dürüst değil, aynı zamanda cesur"),
    # no virtue at all: a vice denied, an accusation rejected
    ("en", "Yazidis are not to blame for what happened"),
    ("ar", "الإيزيديين مو مسؤولين عن اللي صار"),
    # a word that is also something else: "طيب" is tasty, of a Turkish doner
    ("ar", "مو طيب الدونر التركي ابدا"),
])
def test_no_virtue_denied_of_a_group_is_no_abuse(det, lang, text):
    assert "abuse" not in found(det, lang, text)


def test_the_degree_of_a_virtue_is_no_rejection(det):
    # "كفاية" (enough) after a virtue is its degree, not a rejecting "enough!" (counter-speech)
    text = "السوريين مو متحضرين كفاية عشان يعيشون هنا"
    assert ("abuse", "negative generalisation") in rules(det, "ar", text)


@pytest.mark.parametrize("text, abuse", [
    ("Iraklılar suçlu değil, bunu söylemeyi bırakın", False),  # a vice denied
    ("Türkler kötü insanlar değil, sorun hükümette", False),  # a noun between the vice and its denial
    ("Suriyeliler hırsız değil mi zaten?", True),  # "değil mi": a question's tag affirms it
])
def test_turkish_negated_copula_after_a_claim_negates_it(det, text, abuse):
    assert ("abuse" in found(det, "tr", text)) is abuse


def test_the_scorer_flags_a_virtue_denied_and_not_a_vice_denied(model):
    flagged = model.score([{"text": "Kurds are not honest people, never trust them"},
                           {"text": "Turks are not bad people, the government is the problem"}])
    assert flagged[0]["violation"] >= 0.5 and flagged[0]["categories"]["abuse"] >= 0.5
    assert flagged[1]["violation"] < 0.5
