"""The hundred-and-seventy-fifth round (2026-12-07), all four languages: held-out lines written before any
change (`heldout/*_r175b.tsv`) about threats to a people said as a norm or a euphemism ("Gays should be
shot", "Someone needs to take care of the Kurds once and for all", "a final solution for the Syrians", "a
message they won't forget", "met with bullets", "pay in blood", "start counting their days"); and contrasts in
the same words (a crisis dealt with once and for all, the elderly taken care of, a message of welcome, met
with open arms, the final solution called a crime). No suite case was read for it.

What was added:
- stock threats: a lesson or a message "they won't forget" (en, ar, tr, fa; not a welcome), the final
  solution's time (ar, tr, fa), "hak ettiklerini bulacak", "günlerini saysın", "işini kesin olarak bitir-",
  "سزاشونو می‌بینن", a beating deserved ("بيستاهلوا قتلة", "لیاقتشون کتکه");
- acts: met with bullets, "a beating", "يخلصنا من", paying "بالدم" (the price named: not giving blood);
- Arabic purging a place "of" a people named ("لازم ننظف الشوارع من هالأفغان"), as "of them" was;
- Persian "بفرستیم" sends no one away when a message or help is sent (_FA_SENT_THINGS: "بیاین به پناهنده‌ها یه
  پیام خوش‌آمد بفرستیم" was abuse at 0.89).

When the round closed: held out en 19 -> 22 of 24, ar 16 -> 22, tr 19 -> 23, fa 19 -> 24 of 24; tune lines
(written after the change) 3 -> 11 of 12; the suite, the probes and the older held-out lines unchanged; on the
data 11 of 266,546 comments' findings changed (threats gained on seven offensive Arabic comments: "طهروا
ارضكم من الشيعة", "درسا لن ينسوه"; a news report's contrast on three; the first try read "بدنا نخلص من صور
الورود", rid of the pictures of roses, as a threat: "rid of" now needs a target, _TARGET_ONLY_ACTS). Still
failing: "Someone needs to take care of the elderly Yazidis" (the written-threat head, 0.87), Turkish streets
cleaned "of" Afghans, and three kind contrasts the violation head alone scores 0.51-0.55.
"""
import pytest

from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

TUNE = [
    ('threat', 'We will teach the Kurds a lesson they will never forget.'),
    ('-', 'We will give the Kurds a welcome they will never forget.'),
    ('threat', 'Migrants crossing the border should be greeted with bullets.'),
    ('threat', 'لازم نعطي للسوريين درس ما بينسوه.'),
    ('threat', 'لازم نطهر الحارة من هالعراقيين.'),
    ('-', 'لازم ننظف الحارة من الزبالة.'),
    ('threat', 'Suriyeliler hak ettiklerini bulacaklar.'),
    ('threat', 'Ermeniler günlerini saysın.'),
    ('-', 'Çocuklar tatile kalan günleri sayıyor.'),
    ('threat', 'افغانیا سزاشونو می‌بینن.'),
    ('-', 'بیاین برای پناهنده‌ها کمک بفرستیم.'),
    ('threat', 'کردا لیاقتشون کتکه.'),
]
# (3 on the tree before the round; still failing in both: "لازم ننظف الحارة من الزبالة", cleaning the
# neighbourhood of rubbish, scored 0.96 with no people in it)
PASSED = 11


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


@pytest.mark.parametrize("lang, text", [
    ("en", "Let's send the Jews a message they won't forget."),
    ("en", "Refugees who come here should be met with bullets."),
    ("ar", "لازم ننظف الشوارع من هالأفغان بأي طريقة."),
    ("tr", "Bu şehirdeki Şiiler günlerini saymaya başlasın."),
    ("fa", "وقت راه‌حل نهایی برای سوریاست."),
])
def test_threats_by_euphemism(det, lang, text):
    assert "threat" in found(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "Let's give the Kurdish team a welcome they won't forget."),
    ("en", "Refugees who come here should be met with open arms."),
    ("ar", "يلا نستقبل الفريق الكردي استقبال ما بينسوه."),
    ("tr", "Bu şehirdeki Şiiler bayram için günleri sayıyor."),
    ("ar", "الحل النهائي كان جريمة بحق الشعب اليهودي."),
])
def test_the_same_words_kindly(det, lang, text):
    assert "threat" not in found(det, lang, text)


def test_a_message_sent_sends_no_one_away(det):
    assert "abuse" not in found(det, "fa", "بیاین به پناهنده‌ها یه پیام خوش‌آمد بفرستیم.")
    assert "abuse" in found(det, "fa", "افغانیا رو بفرستیم برن کشور خودشون.")
