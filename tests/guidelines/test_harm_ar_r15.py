"""Mechanisms from the fifteenth Arabic round (tests/guidelines/probes/ar_r15.tsv, 2026-12-01: veiled and
group threats): each with comments that need it, in other persons and clitics than the probe's, and
contrasts it must leave alone."""
import pytest

from newsroom.guidelines.harm import STRONG
from newsroom.guidelines.normalise import normalise_text
from tests.guidelines.harm_helpers import found_in

found = found_in("ar")


@pytest.mark.parametrize("text", [
    "امك رح تلبس السواد عليك",  # the family in mourning over the addressee
    "جهزوا اكفانكم يا خونة",  # a shroud or a grave made ready, in the second person
    "اشتري كفنك من هسه",
    "قولوا لامك تجهز عزاك",
    "راح نقرا الفاتحة على روحكم",  # the Fatiha read on the addressee's soul
    "خسارة لو صار شي لولادك",  # "a shame if something happened to your ..."
    "لو حصل شي لمرتك لا تلوم الا نفسك",
    "ادعوا ربكم ما توقعون بايدينا",  # "pray you never fall into our hands" (the negation is the phrase's)
    "الشيعي الزين هو الشيعي الميت",  # the only good X is a dead X
    "احسن مسيحي هو المسيحي الميت",
    "لازم نكمل اللي بدأه داعش باليزيديين",  # finishing what ISIS or Saddam started
    "كملوا شغل صدام بالاكراد",
    "مصيركم الذبح يا روافض",  # a fate of slaughter
    "مكانهم بالمقابر هالملاحدة",  # their place is the graveyard
    "راح نخليك اكل للسمك",  # fish food
    "يا رب اشوفه مذبوح هالخاين",  # seen dead, in a shroud
    "لا تستغرب اذا لقوك مقتول بالشارع",  # found thrown, killed
    "حياتكم صارت رخيصة عندنا",  # your life is cheap to us
    "اهلك راح يستلمونك بكفن",  # received in a shroud or a bag
    "المثليين لازم نشوفهم معلقين على المشانق",  # hanged in the squares
    "الموت ماشي وراك يا صحفي",  # death walks behind you
    "هذي آخر كلمة بحياتك",  # your last word
    "اللي مثلك عادة يختفون",  # people like you disappear (a warning that names the harm)
])
def test_arabic_fifteenth_round_threats(det, text):
    f = found(det, text)
    assert f.get("threat") == STRONG, (text, f)


@pytest.mark.parametrize("text", [
    "الفاتحة على روحه، الله يرحمه",  # the third person: a condolence
    "النظام السوري أيامه معدودة حسب المحللين",  # a forecast about an institution
    "دير بالك على ولادك من البحر",  # advice: the danger is named
    "انتبه على ولادك بالعيد من الزحمة",
    "اللهم ارحم موتانا وموتى المسلمين",  # the dead of a prayer
    "كل نفس ذائقة الموت",  # death in a sermon
    "\"الكردي الجيد هو الكردي الميت\" عبارة عنصرية",  # the slogan quoted and rejected
    "اللون الاسود عليك حلو",  # black suits you
    "لو صار لك شي اتصل فيني",  # "if anything happens to you, call me"
    "حفر قبره بيده حين وقع الاتفاق",  # the idiom in the third person
    "جهزت كفني من زمان، الموت حق",  # the writer's own shroud
    "وقع الكتاب بين ايدينا صدفة",
    "عش كأنه آخر يوم بحياتك",
    "الجزية كانت ضريبة في التاريخ الاسلامي",
    "مصيرهم مجهول منذ خطفهم داعش",
])
def test_arabic_fifteenth_round_contrasts(det, text):
    f = found(det, text)
    assert "threat" not in f, (text, f)


@pytest.mark.parametrize("text", [
    "المقابر الجماعية لليزيديين في سنجار شاهد على جرائم داعش",  # what a group suffered, not what it is
    "ارتكب داعش جرائم بحق اليزيديين",
])
def test_arabic_fifteenth_round_victims(det, text):
    f = found(det, text)
    assert "abuse" not in f, (text, f)


def test_a_group_that_suffered_is_a_report_contrast(det):
    fd = det.analyse("ar", normalise_text("المقابر الجماعية لليزيديين في سنجار شاهد على جرائم داعش"))
    assert "report" in {x.clause for x in fd}, fd


def test_a_sermon_is_a_report_contrast(det):
    fd = det.analyse("ar", normalise_text("اذكروا الموت كثيراً فإنه هادم اللذات"))
    assert [f.clause for f in fd] == ["report"], fd


@pytest.mark.parametrize("text", ["نرفض أي تهديد للصحفيين، ومن هدد الكاتب يجب أن يحاسب",
                                  "ندين العنف ضد المدنيين"])
def test_violence_rejected_is_a_counter_contrast(det, text):
    """(a particular form of counter-speech, so a rebuttal too: harm's contrast())"""
    fd = det.analyse("ar", normalise_text(text))
    assert [f.clause for f in fd] == ["counter", "rebuttal"], fd


def test_a_rejection_does_not_hide_a_threat_beside_it(det):
    assert found(det, "نرفض التهديد بس هالخاين لازم ينذبح").get("threat") == STRONG
