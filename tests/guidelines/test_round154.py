"""The hundred-and-fifty-fourth round (2026-12-06): a consequence promised to those a relative clause picks
out, in Persian.

From our suite's Persian check case "عربایی که بعد از این تو روستاهای ما بمونن به محض دیدن تیربارون می‌شن"
(Arabs who stay in our villages after this get shot on sight: a report, 0.06), read in an earlier round's
listing. Lines written afresh before any change (fa 6, tr 4, ar 3): a people or journalists picked out by
a relative clause in the subjunctive ("کردایی که برگردن", Kurds who come back) and an act in the passive
present after it ("اعدام می‌شن", get executed) was told, not promised; and "برگردن" right after "که" (who
come back) was read as a call to go back ("مهاجرایی که برگردن اینجا ثبت‌نام می‌شن", migrants who come back
here get registered: abuse 0.96). Before: fa 2 of 6, tr 3 of 4, ar 2 of 3.

What was added (Persian only): fa_conditioned in harm._analyse (the passive light verb "می‌شن" or
"می‌خورن" after an act is a mood when a people's or a person's "که" and a subjunctive verb within five
words of it stand before the act, within ten words; harm._FA_SUBJUNCTIVE, not the prepositions that start
with ب) and, in the tag pre-pass, a going back right after a people's "که" loses EXCLUDE.

When the round closed: fa 6 of 6; Turkish and Arabic unchanged (tr "Buraya dönen Kürtler asılacak" stays a
report: "asıl-" is listed as an idiom, "main" and, as a verb, "to hit on someone"; ar "سيطلق عليه النار"
is no listed act). Held out (`heldout/*_r154b.tsv`): fa 1 -> 2 of 2, the rest the same. Our suite
unchanged (its case has the relative clause's verb seven words after its "که", beyond the reach chosen).
On the data nothing changed.
"""
from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

FA_TUNE = [
    ('threat,abuse', 'کردایی که برگردن اینجا اعدام می\u200cشن.'),
    ('threat,abuse', 'عربایی که تو این محله بمونن تیربارون می\u200cشن.'),
    ('threat,abuse', 'افغانیایی که فردا بیان سر کار کتک می\u200cخورن و بیرون انداخته می\u200cشن.'),
    ('threat', 'خبرنگارایی که از این ماجرا بنویسن سر به نیست می\u200cشن.'),
    ('-', 'مهاجرایی که برگردن اینجا ثبت\u200cنام می\u200cشن.'),
    ('-', 'کارگرایی که فردا بیان حقوقشون پرداخت میشه.'),
]
FA_PASSED = 6


def test_tune_lines_keep_their_floor(model):
    assert passing(model, FA_TUNE) >= FA_PASSED - 1


def test_a_consequence_promised_to_a_people_is_a_threat(det):
    assert "threat" in found(det, "fa", "کردایی که برگردن اینجا اعدام می‌شن.")
    # told of no one picked out by what they may do, the passive stays a report
    assert "threat" not in found(det, "fa", "زندانیای سیاسی هر سال اعدام می‌شن.")


def test_those_who_come_back_are_not_told_to_go_back(det):
    assert "abuse" not in found(det, "fa", "مهاجرایی که برگردن اینجا ثبت‌نام می‌شن.")
    assert "abuse" in found(det, "fa", "افغانیا باید برگردن.")
