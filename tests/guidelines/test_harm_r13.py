"""Mechanisms from the thirteenth round (tests/guidelines/probes/*_r13.tsv, 2026-12-01): each
with a comment that needs it and a contrast it must leave alone."""
import pytest

from newsroom.guidelines.harm import STRONG
from newsroom.guidelines.model import LinearModel
from tests.guidelines.harm_helpers import found


@pytest.mark.parametrize("text, clause", [
    ("خبرنگار این مطلب فردا صبح زنده از خونه بیرون نمیاد", "threat"),  # alive, words, the negated verb
    ("قسم میخورم که زنده‌ات نمیذارم", "threat"),
    ("خونه‌تو با خودت آتیش میزنم", "threat"),  # fire with the present's light verb
    ("حقته که دارت بزنن", "threat"),
    ("با گلوله جوابتو میدیم", "threat"),
    ("کسی نیست یه گلوله تو مغز این وزیر خالی کنه؟", "threat"),  # a call that holds its negation
    ("یه روز خون این آخوندا رو تو خیابون میریزیم", "threat"),  # the blood's owner is the target
    ("وقتشه که مسلح بشیم و حساب این ترکا رو برسیم", "threat"),  # settling a group's account
    ("خون تو هم مثل بقیه ریخته می‌شود", "threat"),  # the passive future
    ("این هزاره‌ها را باید از ریشه کند", "threat"),
    ("آدرس محل کارتو همه میدونن، مواظب باش", "threat"),  # everyone knows where you work
    ("لواط‌کارا ننگ جامعه‌ان", "abuse"),
    ("یهودیا خونخوار و حیله‌گرن", "abuse"),
    ("جای زن توی خونه‌ست نه پشت میز پارلمان", "abuse"),
    ("زن‌ها بدون مرد هیچی نیستن", "abuse"),
    ("همجنس‌بازا باید خجالت بکشن، کثیفن", "abuse"),  # "should be ashamed" said to the group itself
    ("کسشر محضه این خبر", "profanity"),
    ("مغزت اندازه نخوده", "personal_attack"),
    ("mikoshamet bi shoor", "threat"),  # one long Finglish word of harm is enough to read it as Persian
])
def test_persian_thirteenth_round(det, text, clause):
    f = found(det, "fa", text)
    if clause not in f:  # Finglish reaches the Persian rules through whichever language was identified
        f = found(det, "tr", text)
    assert f.get(clause) == STRONG, (text, f)


def test_finglish_duty_to_kill_is_read_as_persian(det):
    # "killing you is a duty": the verb-final obligation in Latin letters (a weaker finding: the
    # addressee is only in the infinitive's ending)
    assert found(det, "tr", "k0shtanet vajebe").get("threat"), found(det, "tr", "k0shtanet vajebe")


@pytest.mark.parametrize("text", [
    "هیچکس از ساختمان زنده بیرون نیامد",  # the past: a report
    "برش گردونن ۲ سانتش هم سالم نمی‌مونه",  # a thing that will not stay whole
    "خودش را به آب و آتش میزند برای ماندن",  # an idiom: goes to great lengths
    "کسی که میگه زن‌ها ناقص‌العقلن باید از خودش خجالت بکشه",  # whoever says it should be ashamed
    "به اونایی که میگن همجنسگراها بیمارن: این حرف علمی نیست",
    "گفتن اینکه «ترک‌ها خرن» فقط نشونه نادونی خود گوینده‌ست",
    "گزارشگر از قول شاهدان نوشته که مهاجمان فریاد می‌زدند «همه رو بکشید»",  # a quoted threat, reported
    "ارتش ترکیه روستاهای مرزی رو بمباران کرد و سه غیرنظامی کشته شدن",
])
def test_persian_thirteenth_round_contrasts(det, text):
    f = found(det, "fa", text)
    assert "threat" not in f and "abuse" not in f, (text, f)


def test_a_quoted_threat_in_a_report_is_a_report_in_english_too(det):
    f = found(det, "en", 'Witnesses said the attackers shouted "kill them all" as they entered the village')
    assert "threat" not in f, f


@pytest.mark.parametrize("text", ["ممه‌هاش عالیه", "سنیا همه داعشی‌ان"])
def test_persian_written_with_its_non_joiner_is_persian(text):
    # short Persian the identifier alone read as Arabic: the morphology joined by a ZWNJ tells
    assert LinearModel().score([{"text": text}])[0]["language"] == "fa"


def test_arabic_with_a_stray_non_joiner_stays_arabic():
    assert LinearModel().score([{"text": "\u200cيا فقيد قلبي يا غصه لم تزل"}])[0]["language"] == "ar"


@pytest.mark.parametrize("text, clause", [
    ("someone sh00t this clown already", "threat"),  # the bare verb after "someone" is a call
    ("Time to cleanse this city of Arabs, by any means necessary", "threat"),
    ("Women should stick to raising kids and leave politics to men", "abuse"),
    ("Girls like her only got the job by sleeping with the boss", "abuse"),
])
def test_english_thirteenth_round(det, text, clause):
    assert found(det, "en", text).get(clause) == STRONG, text


@pytest.mark.parametrize("text", [
    "Someone shot him outside his office last night",  # the past, told
    "Someone shoots at the checkpoint every night, residents say",
    "We must stop the ethnic cleansing of Kurds in the region",
])
def test_english_thirteenth_round_contrasts(det, text):
    assert "threat" not in found(det, "en", text), text


@pytest.mark.parametrize("text, clause", [
    ("آی‌پی‌تو درآوردیم، میدونیم کجا هستی", "threat"),
    ("دیشب جلو خونت بودیم، چراغا خاموش بود", "threat"),
    ("شهادت زن نصف مرده، چون عقلش نصفه", "abuse"),
    ("همجنس‌گراها همشون بچه‌بازن", "abuse"),
    ("افغانی‌ها همشون معتادن", "abuse"),
    ("ترک‌ها همه بی‌سوادن", "abuse"),  # "all" between the group and the insult is no person
])
def test_persian_fourth_batch(det, text, clause):
    assert found(det, "fa", text).get(clause) == STRONG, text


@pytest.mark.parametrize("text", [
    "مراقب خودت باش عزیزم، جاده‌ها یخ زده",  # take care, dear: the roads are icy
    "منم گفتم دوجنسگرایی هستم که مشکل ندارم",  # the writer's own identity
    "روز اول کارتو داده بودیم، ولی دوباره شماره خواستن",  # a card handed over, not a workplace watched
])
def test_persian_fourth_batch_contrasts(det, text):
    f = found(det, "fa", text)
    assert "threat" not in f and "abuse" not in f, (text, f)


@pytest.mark.parametrize("lang, text, clause", [
    ("en", "string up every gay in the town square", "threat"),  # "string" is a stem, not a participle
    ("en", "Gas the Yazidis, they deserve nothing else", "threat"),
    ("en", "Women belong barefoot and pregnant", "abuse"),
    ("en", "What the f**k is going on with this country", "profanity"),
    ("fa", "واقعا که نفهمی، چقدر کودنی", "personal_attack"),  # "you are" in the insult's ending
    ("fa", "به نظر من زنان ذاتاً برای مدیریت ساخته نشده‌اند", "abuse"),
    ("fa", "لزبین‌ها فقط یه مرد واقعی کم دارن", "abuse"),
    ("fa", "عربا هیچ‌وقت آدم نمیشن", "abuse"),
])
def test_thirteenth_round_last_batches(det, lang, text, clause):
    assert found(det, lang, text).get(clause) == STRONG, text


@pytest.mark.parametrize("lang, text", [
    ("en", 'Saying "Kurds are subhuman" is exactly the kind of hate this site should ban'),
    ("fa", "تو هم تفاوت شاسی بلند و پژو را نفهمیدی"),  # "you didn't understand" is no insult
    ("fa", "عربستان هم تحریک میکنند"),  # incitement, not arousal
    ("fa", "بدبختی مردم تمومی نداره"),  # misery, not "you are miserable"
])
def test_thirteenth_round_last_batches_contrasts(det, lang, text):
    f = found(det, lang, text)
    assert not ({"abuse", "personal_attack", "vulgarity"} & set(f)), (text, f)


@pytest.mark.parametrize("text", [
    "Your mother is going to be burying her son soon",
    "People like you have a habit of disappearing around here",
    "We will make you disappear like the last one",
    "I hope your house burns down with you inside it",
    "The only good Yazidi is a dead Yazidi",
    "How would you feel if something happened to your daughter on her way to school?",
    "You better watch your back, reporter",
])
def test_english_veiled_threats(det, text):
    assert found(det, "en", text).get("threat") == STRONG, text


@pytest.mark.parametrize("text", [
    "This headline is going to kill my mum, she loves the minister",  # the speaker's own
    "The only good thing about this article is the photos",
])
def test_english_veiled_threat_contrasts(det, text):
    assert "threat" not in found(det, "en", text), text


@pytest.mark.parametrize("text", [
    "مادرت باید از الان برات لباس سیاه بخره",
    "آدمایی مثل تو معمولاً یه روز غیبشون میزنه",
    "تنها افغانی خوب افغانی مرده‌ست",
    "مهاجرا رو باید غرق کرد قبل از اینکه برسن",
    "خانواده قشنگی داری، حیف میشه اگه بلایی سرشون بیاد",
    "دعا کن هیچوقت گیر ما نیفتی",
    "کفنتو آماده کن",
])
def test_persian_veiled_threats(det, text):
    assert found(det, "fa", text).get("threat") == STRONG, text


@pytest.mark.parametrize("text", [
    "سیل روستا را غرق کرد و سه نفر کشته شدند",  # a flood, told
    "مواظب یخ‌زدگی جاده‌ها باش، خیلی لیزه",
    "هیچ خبرنگاری نباید برای جانش بترسد",
])
def test_persian_veiled_threat_contrasts(det, text):
    assert "threat" not in found(det, "fa", text), text
