"""The hundred-and-thirty-sixth round (2026-12-06): Persian calls for violence and veiled threats, and
the false alarms beside them.

Comments written afresh, before any change (our suite's Persian check half had been read this session,
and its idioms -- a car looked under, one eye open, the river, the hair -- were kept out of these lines).
Persian (25): fifteen calls and veiled threats, ten contrasts. Before: 19 of 25 -- the threats mostly
passed (13 of 15); the contrasts did not: "عکس خونه‌ی قدیمی پدربزرگمو پیدا کردم" (I found a photo of my
grandfather's old house) was intimidation at 0.95, "هیچ‌کس حق نداره به خاطر یه مقاله دست کسی رو بشکنه"
(no one has the right to break anyone's hand over an article) a threat at 0.87, and "اعدام با جرثقیل رو
محکوم می‌کنیم" (we condemn executions by crane) a threat at 0.88 by the written-threat head.

What was added (harm.py, harm_lexicon/fa.py): a home or kin with the first person's possessive near the
verb of finding is the speaker's own, no intimidation (`_FA_MY_ENDING`); a right denied ("حق نداره") in
the act's clause negates it however far before the verb (Persian puts the verb last, past the five words
a negation reaches); violence condemned by the writer ("... رو محکوم می‌کنیم") is counter-speech
(REJECTHARM, first person only: a court's "محکوم می‌کنند" convicts). Tried and left out: the
written-threat head silenced beside a news report as it is beside a negation -- it cost 22 probe lines,
two held-out lines and three suite cases, threats whose subject reads as news.

When the round closed: 22 of 25 (floor less one line). Held out (`heldout/fa_r136b.tsv`, written with
these, before the changes): 9 -> 9 of 12. Our suite, the probes and the other held-out batches unchanged;
on the data no comment's findings changed.

Still missed: "مجری رو بگیرید و انقدر بزنید که دیگه نتونه حرف بزنه" (0.46, no finding: beating with no
listed act), "حواست باشه، ما همه‌جا آدم داریم" (we have people everywhere, 0.02), "جرثقیل شهرداری دیروز
تیر چراغ برق رو جابه‌جا کرد" (the municipality's crane moved a pole: a threat at 0.87, the written-threat
head's crane).
"""
import pytest

from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

FA_TUNE = [
    ('threat', 'این خبرنگارو باید از جرثقیل آویزون کرد.'),
    ('threat', 'بریزید خونه\u200cی سردبیر و استخوناشو خرد کنید.'),
    ('threat', 'یه درسی بهش بدیم که تا عمر داره یادش نره، دستاشو بشکنید.'),
    ('threat', 'بنزین بریزید رو ماشین این نماینده و کبریت بکشید.'),
    ('threat', 'ببندینش به تیر چراغ برق و تا صبح کتکش بزنید.'),
    ('threat', 'این آخوندا رو باید سنگ\u200cبارون کرد.'),
    ('threat', 'برید سراغ این فعال و دندوناشو تو دهنش خرد کنید.'),
    ('threat', 'مجری رو بگیرید و انقدر بزنید که دیگه نتونه حرف بزنه.'),
    ('threat', 'روزاتو بشمار، داریم میایم سراغت.'),
    ('threat', 'عکس خونه\u200cتو داریم، منتظر باش.'),
    ('threat', 'می\u200cدونیم بچه\u200cهات کدوم مدرسه می\u200cرن.'),
    ('threat', 'شب که از دفتر برمی\u200cگردی تنها نباش، بهت توصیه می\u200cکنم.'),
    ('threat', 'یه روز میام سراغت و اون روز پشیمون می\u200cشی که به دنیا اومدی.'),
    ('threat', 'حواست باشه، ما همه\u200cجا آدم داریم.'),
    ('threat', 'قلمتو بشکن وگرنه دستتو می\u200cشکنیم.'),
    ('-', 'پلیس مردی را که به خانه\u200cی سردبیر حمله کرده بود دستگیر کرد.'),
    ('-', 'هیچ\u200cکس حق نداره به خاطر یه مقاله دست کسی رو بشکنه.'),
    ('-', 'جرثقیل شهرداری دیروز تیر چراغ برق رو جابه\u200cجا کرد.'),
    ('-', 'دستم شکست و دو هفته نتونستم بنویسم.'),
    ('-', 'روزای تعطیلی رو می\u200cشمارم تا برم مسافرت.'),
    ('-', 'عکس خونه\u200cی قدیمی پدربزرگمو پیدا کردم.'),
    ('-', 'بچه\u200cها امروز مدرسه نرفتن چون برف اومده بود.'),
    ('-', 'شب که از دفتر برمی\u200cگردم همیشه نون می\u200cخرم.'),
    ('-', 'گزارش می\u200cگه داعش روستاییا رو سنگسار کرده بود.'),
    ('-', 'اعدام با جرثقیل رو محکوم می\u200cکنیم.'),
]
PASSED = 22


def test_tune_lines_keep_their_floor(model):
    assert passing(model, FA_TUNE) >= PASSED - 1


@pytest.mark.parametrize("text", [
    "عکس خونه‌ی قدیمی پدربزرگمو پیدا کردم.",
    "آدرس خونه‌ی مادرمو پیدا کردم",
    "هیچ‌کس حق نداره به خاطر یه مقاله دست کسی رو بشکنه.",
])
def test_the_speakers_own_and_a_right_denied_are_no_threat(det, text):
    assert "threat" not in found(det, "fa", text)


@pytest.mark.parametrize("text", [
    "آدرس خونتو پیدا کردم.",
    "خونه‌ی مادرتو پیدا کردیم.",
    "می‌دونیم بچه‌هات کدوم مدرسه می‌رن.",
    "قلمتو بشکن وگرنه دستتو می‌شکنیم.",
    "آدرس خونتو پیدا میکنم، زنمو اذیت کردی.",  # the speaker's wife named after: the home found is yours
])
def test_the_addressees_home_and_kin_stay_threats(det, text):
    assert found(det, "fa", text).get("threat") == 2


def test_violence_condemned_by_the_writer_is_counter_speech(det):
    assert found(det, "fa", "اعدام با جرثقیل رو محکوم می‌کنیم.").get("counter") == 2


def test_a_court_convicting_is_no_counter_speech(det):
    assert "counter" not in found(det, "fa", "بعد میان حکم میدن، یارو رو محکوم میکنند یا تبرئه")
