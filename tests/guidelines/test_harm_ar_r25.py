"""Mechanisms from the twenty-fifth Arabic round (tests/guidelines/probes/ar_r25.tsv, 2026-12-01: threats
and identity abuse against the region's groups, with contrasts): each with comments that need it, in other
words than the probe's, and contrasts it must leave alone."""
import pytest

from newsroom.guidelines.harm import STRONG
from tests.guidelines.harm_helpers import found, found_in

found_ar = found_in("ar")


@pytest.mark.parametrize("text", [
    # a relative with a verb before a first-person act: a promised consequence
    "اللي يتكلم على العشيرة نذبحه بإيدنا",
    "كل اللي يرفع صوته علينا ندفنه",
    # blades sharpened for them
    "يا روافض سيوفنا مسنونة وتنتظركم",
    # houses marked
    "يا إيزيدية ترى بيوتهم معلمة واحد واحد",
    "علمنا بيوتكم وانتظروا الليل",
    # the bullet costs nothing
    "تدري؟ الطلقة ما تكلف شي عندنا",
    # silence, or else
    "انطم أحسنلك يا صحفي",
    "سد حلقك لمصلحتك",
    # walking looking over one's shoulder
    "راح نخليك تعيش تتلفت وراك",
    # where the addressee works, known
    "احنا عارفين دوامك وين بالضبط",
])
def test_arabic_twenty_fifth_round_threats(det, text):
    f = found_ar(det, text)
    assert f.get("threat") == STRONG, (text, f)


@pytest.mark.parametrize("text", [
    # a people named by "the people" and its adjective
    "الشعب العربي كله حشرات",
    "هالشعب التركي كله وباء",
    # descent and seed as a sweeping claim
    "التركمان نسل خونة",
    "اليهود بذرة شر",
    # a mind "no bigger than itself"
    "البنات عقلهن على قدهن",
    # not an institution: families, not parties
    "العوائل الشيعية كلها حرامية",
])
def test_arabic_twenty_fifth_round_abuse(det, text):
    f = found_ar(det, text)
    assert f.get("abuse") == STRONG, (text, f)


def test_arabic_twenty_fifth_round_brain_at_a_person(det):
    f = found_ar(det, "يا أستاذ مخك على قدك")
    assert f.get("personal_attack") == STRONG, f


@pytest.mark.parametrize("lang", ["en", "tr"])
@pytest.mark.parametrize("text", [
    # Arabizi: burying with the a-vowel, a family made to weep over the addressee
    "wallah 7adafnak ya khayen",
    "ra7 ommak tebki 3alek",
])
def test_arabic_twenty_fifth_round_arabizi(det, lang, text):
    f = found(det, lang, text)
    assert f.get("threat") == STRONG, (text, f)


@pytest.mark.parametrize("text", [
    # a relative whose subject does a second verb; no act
    "اللي يقرأ التاريخ يعرف اننا ندفن شهداءنا بكرامة",
    "اللي يحب بلده نحترمه",
    # the knife of the Eid sacrifice, sharpened; arms prices as news
    "الجزار سن السكين قبل العيد والسكين مسنونة",
    "الرصاص صار رخيص بالسوق السودا",
    # a series that makes you look behind you
    "المسلسل يخليك تتلفت وراك من الخوف",
    # knowing one's job
    "انت عارف شغلك زين",
    "انتو عارفين شغلكم زين",
    # fighting for a cause
    "سنقاتل من أجل حقوق النساء حتى آخر نفس",
    # a verbal noun of a derived form after bi-: accused of, not "I'll ..."
    "جماعة مسلحة متهمة بإبادة قرية كاملة حسب التقرير",
    "الشرطة اتهمته باختطاف طفل",
])
def test_arabic_twenty_fifth_round_threat_contrasts(det, text):
    f = found_ar(det, text)
    assert f.get("threat") != STRONG, (text, f)


@pytest.mark.parametrize("text", [
    # a people's adjective after a body of power, coordinated or with "of the rule"
    "الكتل السنية والكردية اتفقت على الميزانية",
    "أحزاب الحكم الشيعية سرقت البلد",
    "القوى الكردية والعربية وقعت الاتفاق",
    # the people named without abuse
    "الشعب الكردي يستاهل يعيش بسلام",
])
def test_arabic_twenty_fifth_round_abuse_contrasts(det, text):
    f = found_ar(det, text)
    assert f.get("abuse") != STRONG, (text, f)


def test_arabic_twenty_fifth_round_levantine_first_person_still_a_threat(det):
    # the derived-masdar exception leaves bi- with a first-person verb alone
    f = found_ar(det, "والله باقتلك اذا شفتك")
    assert f.get("threat") == STRONG, f
