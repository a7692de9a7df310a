"""Mechanisms from the seventeenth Persian round (tests/guidelines/probes/fa_r17.tsv, 2026-12-01: sexism,
homophobia, slurs, exclusion, calls for violence, doxxing, insults, sexual remarks and their contrasts):
each with comments that need it and contrasts it must leave alone. The comments here are variants of the
probe's, not its lines."""
import pytest

from tests.guidelines.harm_helpers import found_in, rules_in

found = found_in("fa")
rules = rules_in("fa")


def kinds(det, text):
    from newsroom.guidelines.normalise import normalise_text
    return {f.kind for f in det.analyse("fa", normalise_text(text)) if f.clause == "abuse"}


@pytest.mark.parametrize("text", [
    # an insult in a sentence whose verb is said to the addressee: the 2nd person ending its clause,
    # the insult as a vocative after it, a dismissive imperative
    "باز چه چرندی نوشتی اسکل",
    "چی داری میگی پفیوز؟",
    "احمق دیگه از این چیزا ننویس",
    "کودن برو اول یه کتاب بخون",
    "ابله، بازم دروغ گفتی",
    "bishour boro dars bekhoon",
])
def test_insult_said_to_the_addressee_through_the_verb(det, text):
    assert "personal_attack" in found(det, text), text


@pytest.mark.parametrize("text", [
    # pity, a post, an animal, a compound verb, a denial: nobody is called a name
    "ول کن این بیچاره رو، چی کارش داری؟",
    "مردم رو بدبخت کردی با این تصمیمات",
    "چرا سگ و گربه تو آپارتمان نگه میدارید؟",
    "پست جدیدتو دیدم، خیلی قشنگ نوشتی",
    "من احمق نیستم، خودم میفهمم",
    # کردی is also Kurdish: mid-clause it is no 2nd-person verb
    "آهنگای کردی رو دوست داری؟",
])
def test_no_insult_through_the_verb(det, text):
    assert "personal_attack" not in found(det, text), text


@pytest.mark.parametrize("text,kind", [
    # the spoken o/u written out as و in an insult or a slur
    ("اون اوبنه رو ببین", "homophobia"),
])
def test_spoken_spelling_of_a_slur(det, text, kind):
    assert kind in kinds(det, text), text


def test_spoken_spelling_of_an_insult(det):
    assert "personal_attack" in found(det, "تو یه اسکولی")
    # not a short listed word with a suffix (خوران, eaters), a rodent, nor a French loan (ابونه)
    for text in ("گوشت‌خوران جنگل", "جونده‌ها تو انبار زیاد شدن", "دو مجله رو ابونه ام"):
        assert not found(det, text), text


@pytest.mark.parametrize("text", [
    # women in colloquial plurals, "what has X to do with Y", "they only know how to", bridled, flighty
    "خانوما فقط بلدن حرف بزنن",
    "خانومای امروزی احساساتی‌ان",
    "زن رو چه به سیاست",
    "زنیکه رو چه به مدیریت",
    "زنها سر به هوان و نمیشه بهشون تکیه کرد",
    "زن باید افسار داشته باشه",
    "زن‌ها که نمیتونن آشپزی کنن چه برسه به اداره‌ی شهر",
])
def test_sexist_tropes(det, text):
    assert "sexism" in kinds(det, text), text


@pytest.mark.parametrize("text", [
    "همجنسگراها فقط بلدن فساد راه بندازن",
    "این لزبینا خانواده‌ها رو خراب میکنن",
    "کولیا فقط دزدی بلدن",
])
def test_sweeping_claims_about_a_group(det, text):
    assert "abuse" in found(det, text), text


@pytest.mark.parametrize("text", [
    # the Roma named; an expulsion prevented or opposed; the word named by the verbal noun after it;
    # what was said judged idle talk
    "کولی‌ها تو این شهر کارگاه صنایع دستی دارن",
    "باید جلوی اخراج مهاجرای افغان رو گرفت",
    "ما مخالف اخراج پناهنده‌های سوری هستیم",
    "زنیکه گفتن به یه نماینده بی‌ادبیه",
    "اینکه میگن زن‌ها احساساتی‌ان حرف مفته",
    "میگن خانوما نمیتونن مدیر بشن؛ چرته",
])
def test_contrasts_left_alone(det, text):
    assert "abuse" not in found(det, text) and "personal_attack" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # rule 5b in Persian: a body part, the bed or one night beside a woman or a presenter, with desire
    "عجب هیکلی داره این بازیگره",
    "لبای این مجریه آدمو هوس میندازه",
    "باسنشو دیدی؟ جووون",
    "دلم میخواد یه شب با این خواننده باشم، عجب",
])
def test_sexual_remarks_on_a_woman(det, text):
    assert ("vulgarity", "sexual remark on a person") in rules(det, text), text


@pytest.mark.parametrize("text", [
    "پای بازیگر تو فیلمبرداری شکست",
    "هیکل این وزنه‌بردار عجب قویه",
    "لب‌های بیمار از تب خشک شده بود",
])
def test_the_body_not_a_sexual_remark(det, text):
    assert "vulgarity" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # calls with no act the lists named: run over, made to vanish, stoning, kicks, the other world
    "باید با کامیون از روشون رد شد",
    "سربه‌نیستشون کنید",
    "سنگبارونش کنید",
    "بریزید به جونشون",
    "بفرستیدش اون دنیا",
    # the copula written apart
    "تو مرده ای، بدون",
])
def test_calls_and_threats(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    # "I know where/when you ...", the addressee's child or school
    "میدونم کجا کار میکنی",
    "میدونیم کی از خونه میری بیرون",
    "ساعت چند از مدرسه برمیگردی رو هم میدونیم",
    "مدرسه‌ت رو پیدا کردیم",
    "شماره موبایل خواهرشو دارم",
])
def test_doxxing(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    "پلیس گفت کامیون از روی دو عابر رد شده است",
    "میدونم کجا درس میخونی، منم همونجا درس میخوندم",
    "نمیدونم کجا کار میکنی",
    "خدا بیامرزه، اون دنیا جاش خوب باشه",
    "گوشی جدید خریدم، شماره موبایل جدیدمو دارین؟",
])
def test_threat_contrasts(det, text):
    assert "threat" not in found(det, text), text
