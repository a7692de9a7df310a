"""Mechanisms from the twenty-eighth Persian round (tests/guidelines/probes/fa_r28.tsv, 2026-12-01: identity
abuse said by the claim rather than a slur, veiled threats, and their contrasts): each with comments that need
it and contrasts it must leave alone. The comments here are other wordings than the probe's lines."""
import pytest

from tests.guidelines.harm_helpers import found_in

found_fa = found_in("fa")


@pytest.mark.parametrize("text", [
    # rot, pests and festering disease said of a group
    "این مهاجرا مثل موریانه دارن پایه‌های این مملکتو میخورن",
    "بهائیا کپک این جامعه‌ان",
    "آواره‌ها یه غده‌ی چرکینن که باید برداشته بشه",
    # gay people named by what they do, with a disease
    "کسایی که با همجنس خودشون رابطه دارن بیماری واگیردارن",
    # Alevis (the plural), arrogance and irreligion as sweeping predicates
    "علویها آدمای از خود راضی و متکبری‌ان",
    "علوی‌ها نه نماز بلدن نه قرآن",
    # rights denied: a home rented, a government job; "don't let them in" in the colloquial form
    "افغانیا رو نباید گذاشت تو این شهر خونه اجاره کنن",
    "نباید به هیچ کردی کار دولتی داد",
    "این عربا رو تو محله راه ندین",
    # sexist tropes: women's gossip in an office, a girl out late "it's clear what she is"
    "زنا رو بذاری رئیس اداره همه‌چی میشه خاله‌زنک‌بازی",
    "دختری که تا نصف شب تو خیابونه معلومه چیکاره‌ست",
    # Finglish: women's place, a people's crimes
    "zanha faghat bayad too khoone bemoonan va ashpazi konan",
    "torka hamashoon ghachaghchi o dorooghgoo hastan",
])
def test_identity_abuse_round28(det, text):
    assert "abuse" in found_fa(det, text), text


@pytest.mark.parametrize("text", [
    "من یه زن علوی هستم و به جامعه‌ی خودم افتخار میکنم",
    "تیم بسکتبال با ویلچر شهرمون امسال قهرمان شد",
    # mould and a gland as things
    "کپک نون رو نخورید، برای سلامتی خطرناکه",
    "این کارگرای افغان تو خونه‌ای زندگی میکنن که دیواراش کپک زده",
    "دکتر گفت غده‌ی تیروئید مادرم خوش‌خیمه",
    # a home no refugee can afford is no right denied
    "هیچ پناهنده‌ای نمیتونه تو این شهر خونه بخره چون قیمتا خیلی بالاست",
    # a quoted claim said to show the speaker's own ignorance
    "گفتن «ترکا همه از خود راضین» فقط نادانی گوینده رو نشون میده",
    "اینکه بگی «عربا کثیفن» بی‌اطلاعی خودتو نشون میده",
])
def test_no_abuse_round28(det, text):
    assert "abuse" not in found_fa(det, text), text


@pytest.mark.parametrize("text", [
    # "next time it's your turn", ending its clause
    "دفعه‌ی بعد نوبت خودته، این بار فقط لاستیکای ماشینت بود",
    "dafe'e badi nobate khodete, havaset bashe",
    # the addressee's own funeral readied: a cemetery plot, a photo for the ceremony
    "یه جا تو قبرستون برای خودت رزرو کن",
    "برای مراسم ختم خودت یه عکس خوب انتخاب کن",
    # no hands left to write with
    "اگه بازم بنویسی، فردا دستی برات نمیمونه که بنویسی",
])
def test_threats_round28(det, text):
    assert "threat" in found_fa(det, text), text


@pytest.mark.parametrize("text", [
    "دفعه‌ی بعد نوبت خودته که سوال بپرسی، الان نوبت منه",
    "پدربزرگم رو تو قبرستون روستا دفن کردیم",
    "برای مراسم عروسی خودت چی میپوشی؟",
    # a negation in the act's own clause still negates it
    "اگه بخوای، من هیچوقت نمیزنمت",
])
def test_no_threat_round28(det, text):
    assert "threat" not in found_fa(det, text), text


def test_condition_negation_stays_in_its_clause_round28(det):
    # the negated condition ("if you don't delete it") does not negate the act in the next clause
    text = "اگه تا آخر هفته اون گزارش رو از سایت پاک نکنی، خونه‌تو به آتیش میکشیم"
    assert "negated" not in found_fa(det, text)


@pytest.mark.parametrize("text", [
    "آقای مجری، مغزت اندازه‌ی یه فندقه",
    "نویسنده جان عقلت قد یه بچه‌ی پنج ساله هم نیست",
    "khabarnegar, to ye bozghale hasti",
])
def test_insults_round28(det, text):
    assert "personal_attack" in found_fa(det, text), text


def test_no_insult_round28(det):
    assert "personal_attack" not in found_fa(det, "عقلت به اندازه‌ی کافی می‌رسه که خودت تصمیم بگیری")


@pytest.mark.parametrize("text", [
    "این بازیگره با اون شلوار چسبونش، آدم دلش میخواد باهاش ور بره",
    # the woman named before the invitation, the cue in the next clause
    "خانم مجری بیا پیشم، کاری میکنم که فردا نتونی راه بری",
    "khanoom mojri bia pishe man, kari mikonam ke rah natooni beri",
])
def test_sexual_remarks_round28(det, text):
    assert "vulgarity" in found_fa(det, text), text


@pytest.mark.parametrize("text", [
    "مامانم دلش میخواد یه شب بریم خونه‌ی خاله",
    "بعد از تصادف دکتر گفت شاید تا یه ماه نتونی راه بری",
    "khanoom doctor goft ta ye hafte rah natooni beri",
])
def test_no_sexual_remark_round28(det, text):
    assert "vulgarity" not in found_fa(det, text), text


@pytest.mark.parametrize("text", [
    # a group's end foretold for the morning after: the future, or the perfect ending its clause
    "یه شب میریم سراغ روستاشون، صبحش دیگه کسی ازشون نمیمونه",
    "بذار یه بار دیگه این آشوریا صداشون دربیاد، تا صبح کسی ازشون باقی نمیمونه",
    "یه روز برق شهرکشون میره و صبحش هیچکدومشون نمونده",
])
def test_none_left_by_morning_round28(det, text):
    assert "threat" in found_fa(det, text), text


@pytest.mark.parametrize("text", [
    # a flood's night told in the pluperfect; a community that is gone
    "سیل دیشب اومد و صبحش دیگه کسی ازشون نمونده بود، همه رفته بودن خونه‌ی فامیل",
    "از یهودیای زاخو دیگه کسی نمونده",
])
def test_no_none_left_threat_round28(det, text):
    assert "threat" not in found_fa(det, text), text
