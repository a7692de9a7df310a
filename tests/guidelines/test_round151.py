"""The hundred-and-fifty-first round (2026-12-06): the worst of a time, and "no one must" in Persian.

Lines written afresh before any change (fa 16, ar 7, en 4), from two misreadings: "the worst years" read
as a people judged ("Armenians sheltered their neighbours during the worst days of the war": abuse 0.98,
and the same in Persian), and a Persian "no one must" or "must not" opening a clause whose verb stands
more than four words later ("هیچ‌کس نباید به خاطر یه نظر متفاوت کسی رو بکشه", no one should kill anyone
for a different opinion: a threat at 0.87). Arabic had no "the worst" at all ("العرب أسوأ جيران ممكن
تلاقيهم": 0.45, no clause). Before: fa 11 of 16, ar 5 of 7, en 1 of 4.

What was added: harm._WORST (a superlative of badness before a word of a time or a circumstance loses
NEGPRED, en, fa, ar), harm._FA_FORBIDDING (read back as far as a mood is, MOOD_BEFORE_FA, within the
act's clause and not past a mood of its own; only for the act, not for the look back from its mood), and
Arabic "أسوأ"/"أسوء" as NEGPRED (harm_lexicon/ar.py; not "اسواء", which is as often "سواء", whether).

When the round closed: fa 15 of 16 (a regime's execution told, "این جنایت جنگیه", stays 0.69 by the
violation head), ar 7 of 7, en 4 of 4. Held out (`heldout/fa_r151b.tsv`, `heldout/ar_r151b.tsv`, written
with these before the changes): fa 9 -> 9 of 11, ar 3 -> 5 of 5. Our suite: three contrast cases of the
check half gained (en, fa positive_identity_statement-09, "... hid each other's sons in the worst
years", and fa-negated_threat-01), all of which had been read (the Persian ones in this round, the
English one is their translation): not independent. On the data, seven Arabic comments gained a sweeping
claim (five labelled offensive); nothing else changed.
"""
from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

FA_TUNE = [
    ('-', 'هیچ‌کس نباید به خاطر یه نظر متفاوت کسی رو بکشه.'),
    ('-', 'هیچکس حق نداره به خاطر یه کاریکاتور یه آدم رو بکشه.'),
    ('-', 'هیچ‌کس نباید برای یه پست اینستاگرامی یه روزنامه‌نگار رو کتک بزنه.'),
    ('-', 'نباید هیچ روزنامه‌نگاری رو به خاطر حرفاش زندانی کرد یا کشت.'),
    ('threat', 'یکی باید به خاطر این مقاله نویسنده رو بکشه.'),
    ('threat', 'باید به خاطر این مقاله نویسنده‌شو بکشن.'),
    ('-', 'کردها و عربا تو سخت‌ترین سال‌ها کنار هم زندگی کردن.'),
    ('-', 'ارمنی‌ها تو بدترین روزهای جنگ به همسایه‌هاشون پناه دادن.'),
    ('-', 'مسیحی‌ها و مسلمونا تو بدترین دوران کنار هم بودن.'),
    ('abuse', 'افغانی‌ها بدترین آدمای دنیان.'),
    ('abuse', 'عربا بدترین همسایه‌هایی‌ان که میشه داشت.'),
    ('-', 'ارتش ترکیه روستاهای کردنشین رو بمباران کرد، این جنایته.'),
    ('-', 'دولت عراق حقوق کارمندا رو نداده، این ظلمه.'),
    ('-', 'رژیم ایران معترضا رو اعدام کرد و این جنایت جنگیه.'),
    ('abuse', 'سوریه‌ای‌ها همه جنایتکارن.'),
    ('abuse', 'عراقیا یه مشت دزدن.'),
]
FA_PASSED = 15

AR_TUNE = [
    ('abuse', 'العرب أسوأ جيران ممكن تلاقيهم.'),
    ('abuse', 'الأكراد أسوأ شعب بالمنطقة.'),
    ('abuse', 'اللاجئين السوريين أسوء ناس شفتهم بحياتي.'),
    ('-', 'الأرمن خبأوا جيرانهم في أسوأ أيام الحرب.'),
    ('-', 'المسيحيون والمسلمون عاشوا معا في أسوأ الظروف.'),
    ('-', 'الأكراد عاشوا أسوأ سنوات حياتهم تحت القصف.'),
    ('-', 'هذا أسوأ قرار اتخذته الحكومة بحق اللاجئين.'),
]
AR_PASSED = 7

EN_TUNE = [
    ('-', 'Kurds and Arabs hid each other in the worst years of the war.'),
    ('-', 'Armenians sheltered their neighbours during the worst days of the war.'),
    ('abuse', 'Arabs are the worst neighbours you can have.'),
    ('-', 'Christians in Mosul lived through the worst times under ISIS.'),
]
EN_PASSED = 4


def test_tune_lines_keep_their_floor(model):
    assert passing(model, FA_TUNE) >= FA_PASSED - 1
    assert passing(model, AR_TUNE) >= AR_PASSED - 1
    assert passing(model, EN_TUNE) >= EN_PASSED


def test_the_worst_of_a_time_judges_no_one(det):
    assert "abuse" not in found(det, "en",
                                "Armenians sheltered their neighbours during the worst days of the war.")
    assert "abuse" not in found(det, "fa", "ارمنی‌ها تو بدترین روزهای جنگ به همسایه‌هاشون پناه دادن.")
    assert "abuse" not in found(det, "ar", "الأرمن خبأوا جيرانهم في أسوأ أيام الحرب.")


def test_the_worst_said_of_a_people_is_still_a_claim(det):
    assert "abuse" in found(det, "en", "Arabs are the worst neighbours you can have.")
    assert "abuse" in found(det, "fa", "افغانی‌ها بدترین آدمای دنیان.")
    assert "abuse" in found(det, "ar", "العرب أسوأ جيران ممكن تلاقيهم.")


def test_no_one_must_reaches_a_far_verb(det):
    assert "threat" not in found(det, "fa", "هیچ‌کس نباید به خاطر یه نظر متفاوت کسی رو بکشه.")
    # a mood of its own after the denial is the act's mood
    assert "threat" in found(det, "fa", "ما نباید مثل خودشون باشیم اینا رو واقعا باید کشت")
    assert "threat" in found(det, "fa", "یکی باید به خاطر این مقاله نویسنده رو بکشه.")
