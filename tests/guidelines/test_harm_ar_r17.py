"""Mechanisms from the seventeenth Arabic round (tests/guidelines/probes/ar_r17.tsv, 2026-12-01: sexism,
homophobia, exclusion, religious hatred, slurs, disguised insults and threats, doxxing, untargeted
profanity): each with comments that need it, in other words and persons than the probe's, and contrasts it
must leave alone."""
import pytest

from newsroom.guidelines.harm import STRONG
from newsroom.guidelines.normalise import normalise_text
from tests.guidelines.harm_helpers import found_in, rules_in

found = found_in("ar")
rules = rules_in("ar")


@pytest.mark.parametrize("text", [
    "البنات انخلقن للمطبخ مو للجامعة",  # made "for the home"
    "المرأة اذا سافرت وحدها ضيعت اولادها",  # "lost her children"
    "النسوان اذا اشتغلن خربن بيوتهن",
    "المرأة السياسة مش شغلها",  # "not her business"
    "كل وزيرة بهالحكومة جات بالواسطة",  # every woman in a post, one by one; "through connections"
    "مديرة؟ طبيعي جدا ما في شي ماشي",  # a woman in a post, blamed in the next sentence
    "شو بتعرف الحرمة بالسياسة؟ خلوها بالبيت",  # الحرمة, the kitchen or the home in the next sentence
    "البنت اللي تسهر برا تتحمل اللي يصير لها",  # victim blaming in another verb
    "الرجال اللي يحبون الرجال مرضى",  # the group named without its word
    "الگيز وسخين",  # Iraqi spelling
    "البويات عار على اهلهن",
    "الكاكائية دينهم بدعة",  # a religion of the region, its faith called a heresy
    "اليارسان انجاس",
    "هذا كاولي ما عنده شرف",  # the Roma slur
    "يا معيدي",  # the marsh Arabs' slur
    "الاكراد جحوش",  # donkeys' foals
    "رحلوا الباكستانيين من البلد",  # a plural imperative with its group and where from
    "طلعوا العرب برا",
    "اللاجئين ما جابوا الا المشاكل والجرايم",  # nothing but harm
    "هالعجم ما عدهم شرف",  # Iraqi عد- for عند-
])
def test_arabic_seventeenth_round_abuse(det, text):
    f = found(det, text)
    assert f.get("abuse") == STRONG, (text, f)


@pytest.mark.parametrize("text", [
    "راح نصفيك انت وياه",  # liquidating with the addressee as object
    "س ـنـ ـصـ ـفـ ـيـ ـكـ ـم",  # the future prefix typed apart
    "سا صفيك",
    "صورة بيتك وصلتنا امس، نعرفه",  # the object named first, taken up by the verb's pronoun
    "عنوان مكتبك صار عدنا",  # Iraqi عدنا
    "كل تحركاتك مرصوده",  # your movements watched
    "بنتك تطلع من الدوام الساعة ٣ صح؟",  # a clock time beside the addressee's family
    "انشروا رقم هالمذيع حتى الكل يتصل بيه",  # a call to post an address
    "حطوا عنوانه بالتعليقات",
])
def test_arabic_seventeenth_round_threats(det, text):
    f = found(det, text)
    assert f.get("threat") == STRONG, (text, f)


def test_arabizi_vowels_read(det):
    # Arabizi is read as English or Turkish by the identifier; the lists hold its vowel variants
    for lang in ("en", "tr"):
        for text in ("ra7 ne2tolkom", "wallah ba2atlak", "ha7ra2ak ya 3ameel"):
            assert any(f.clause == "threat" for f in det.analyse(lang, normalise_text(text))), (lang, text)


@pytest.mark.parametrize("text", [
    "عيري بهالشغلة",  # Iraqi عير, at no one
    "عير بهيج حكومة",
])
def test_arabic_seventeenth_round_profanity(det, text):
    assert found(det, text).get("profanity") == STRONG, text


@pytest.mark.parametrize("text", [
    "محكمة في دهوك تحكم بإعدام قاتل",  # a court without its article is a news actor
    "لازم نعاقب كل من يكتب \"اذبحوهم\" بالتعليقات",  # a quoted threat, its writer to be held to account
    "اللي يقولون البنات مكانهن البيت هذا تخلف",  # the sayer judged: backwardness
    "الكاكائية ديانة قديمة في كركوك",  # a neutral mention
    "كل مرة تنقطع الكهرباء بالصيف",  # "every time", not a woman
    "الحكومة لا تلوم الا نفسها بعد هالفشل",  # said of a government
    "حمير اليمن قبيلة عريقة",  # Himyar
    "الساعة ثلاث يبدأ المؤتمر الصحفي",  # a clock time with no one's family
    "طلعوا الطلاب من المدرسة بسبب المطر",  # no group put out
    "ما جابوا غير الكلام الحلو",  # nothing but good
    "طلعوا الأكراد بمظاهرة في أربيل",  # they went out: no "from" or "out"
])
def test_arabic_seventeenth_round_contrasts(det, text):
    f = found(det, text)
    assert "abuse" not in f and "threat" not in f, (text, f)


def test_quoted_threat_held_to_account_is_counter(det):
    assert ("counter", "counter") in rules(det, "لازم نحاسب كل واحد يكتب \"اقتلوهم\" بالتعليقات")
    # without quotes or a call to account it stays a threat
    assert found(det, "لازم نحاسب الخونة واقتلوهم").get("threat") == STRONG
