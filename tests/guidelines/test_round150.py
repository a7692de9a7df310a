"""The hundred-and-fiftieth round (2026-12-06): round 148's threats and wishes in Arabic.

Round 148's frames written afresh in Levantine Arabic, before any change (13: seven threats and wishes, six
contrasts in the same frames). Before: 9 of 13. Missed: "شو حلو لو كل الأكراد يختفون بليلة وحدة" (how nice
if all the Kurds vanished in one night), "آن الأوان حدا يحط رصاصة براس هالمحرر" (it's time someone put a
bullet in this editor's head: 0.71 with no clause), the refugees' boat wished to sink, "people like you end
up in the dumps".

What was added (harm_lexicon/ar.py): "آن الأوان", "حان الوقت" and "شو حلو لو" as moods, the plural "يختفون"
as an act that needs its mood and target ("الأكراد يختفون من الأسواق" stays nothing), and "يضرب لك ألف حساب"
(to reckon with you) as an idiom, which the new "حان الوقت" had made a threat in an MPOLD comment.

When the round closed: 11 of 13 (floor less one line). Held out (`heldout/ar_r150b.tsv`, written with these
before the changes): 4 -> 4 of 4. Our suite and the probes unchanged; on the data one Al Jazeera comment
gained a threat ("ان الاوان لسحق كل من ...", time to crush all who ..., labelled offensive) and three a
report contrast.
"""
from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

AR_TUNE = [
    ('threat,abuse', 'شو حلو لو كل الأكراد يختفون بليلة وحدة.'),
    ('threat', 'حرام لو صار شي لعيلتك.'),
    ('threat', 'آن الأوان حدا يحط رصاصة براس هالمحرر.'),
    ('threat,abuse', 'إن شاء الله قارب اللاجئين يغرق.'),
    ('threat', 'لازم حدا يعلم هالصحفي درس ما ينساه.'),
    ('threat,abuse', 'يا ريت حدا يفجر هالجامع الليلة.'),
    ('threat', 'اللي متلك آخرتهم بالمزابل.'),
    ('-', 'شو حلو لو الحرب تخلص بليلة وحدة.'),
    ('-', 'حرام لو انلغى المهرجان.'),
    ('-', 'آن الأوان حدا يصلح الحفر بشارعنا.'),
    ('-', 'إن شاء الله قارب اللاجئين يوصل بالسلامة.'),
    ('-', 'يا ريت حدا يصلح سقف الجامع.'),
    ('-', 'بالفيلم البطل رمى الشرير بالمزبلة.'),
]
PASSED = 11


def test_tune_lines_keep_their_floor(model):
    assert passing(model, AR_TUNE) >= PASSED - 1


def test_it_is_time_is_a_call(det):
    assert found(det, "ar", "آن الأوان حدا يحط رصاصة براس هالمحرر.").get("threat") == 2


def test_a_reckoning_is_an_idiom(det):
    assert "threat" not in found(det, "ar", "حان الوقت ليحترمك الجميع ويضرب لك الف حساب.")


def test_a_people_disappearing_told_is_no_threat(det):
    assert "threat" not in found(det, "ar", "الأكراد يختفون من الأسواق بسبب الغلاء.")
