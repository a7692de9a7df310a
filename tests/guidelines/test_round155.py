"""The hundred-and-fifty-fifth round (2026-12-06): "to lay a hand on" someone in Arabic, and its denial.

From our suite's Arabic check case "ما راح أمد إيدي على المراسل، كل اللي أبيه تصحيح" (I won't lay a hand
on the correspondent, all I want is a correction: a threat at 0.87), read in this session's listing of
failures: the rules did not know the act, so they read no negation, and the written-threat head's bag of
words made it a threat. Lines written afresh before any change (8: three threats, five contrasts --
denied, a right denied, a hand held out to the needy, a hand laid on public money). Before: 7 of 8 (the
head caught two of the threats and none of the contrasts failed).

What was added (harm_lexicon/ar.py): "أمد إيدي على" and its persons as a violent act; Egyptian and
Levantine "ماحدش", "محدش" (no one) as negations; and in harm's Arabic negated(), a phrase's act is denied
before its first word ("ماحدش يمد ايده علي ...": every word of the phrase is the act).

When the round closed: 8 of 8. Held out (`heldout/ar_r155b.tsv`): 3 -> 4 of 4. Our suite: ar-
negated_threat-11 gained (read: not independent); Arabic 302 -> 303 of 336. On the data two Arabic
comments gained a negation contrast (one of them had a threat from "لم تستطع انجار الا قتل المدنيين",
could achieve nothing but killing civilians, which it lost).
"""
from tests.guidelines.harm_helpers import found, rule_names
from tests.guidelines.test_probes import passing

AR_TUNE = [
    ('threat', 'والله لأمد إيدي عليك لو شفتك بالشارع.'),
    ('threat', 'رح نمد إيدينا على كل صحفي كذاب.'),
    ('threat', 'لازم حدا يمد إيده على هالمذيع ويعلمه الأدب.'),
    ('-', 'ما راح أمد إيدي على حدا، أنا ضد العنف.'),
    ('-', 'ما حدا يحق له يمد إيده على مرته.'),
    ('-', 'مد إيدك للمحتاجين.'),
    ('-', 'الحكومة مدت يدها على أموال الشعب.'),
    ('-', 'مد يده على المال العام وسرق الملايين.'),
]
AR_PASSED = 8


def test_tune_lines_keep_their_floor(model):
    assert passing(model, AR_TUNE) >= AR_PASSED - 1


def test_a_hand_laid_on_someone_is_an_act(det):
    assert "threat" in found(det, "ar", "يا ريت حدا يمد إيده على هالكاتب.")
    assert "threat" not in found(det, "ar", "مد يده على المال العام وسرق الملايين.")


def test_its_denial_is_read_before_the_phrase(det):
    assert "negated" in rule_names(det, "ar", "ما راح أمد إيدي على المراسل، كل اللي أبيه تصحيح.")
    assert "threat" not in found(det, "ar", "أتمنى ماحدش يمد ايده على حد أضعف منه.")
