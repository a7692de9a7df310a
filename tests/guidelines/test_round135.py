"""The hundred-and-thirty-fifth round (2026-12-06): Arabic calls to exclude a people in forms the lists
lacked; a violation over the line that no clause reached though the rules found one.

Comments written afresh (none of our suite's check half read for them), before any change, after the
misses of the held-out batch `ar_r133b` had been seen (so `ar_r133b` is no independent measure of this
round: it went 12 -> 14 of 15). Arabic (25): fifteen calls to keep a people out, ten contrasts. Before:
17 of 25 -- "no right to live among us" in the plural ("ما لهم حق يسكنوا بيننا"; round 35 had the
singular), exile ("لازم يُنفوا من البلد"), citizenship stripped, a country "cleaned" of a people, a
people isolated or banned from entering, had no finding; "ما بدنا لاجئين بعد اليوم، كفاية" (we want no
more refugees, enough) was counter-speech, its "enough!" read as hate rejected.

What was added: those forms (harm_lexicon/ar.py; "عزل" only before a definite noun -- it is also
"unarmed" -- and "ممنوع على" only with the people named at once, both from the data); "enough!" after the
commenter's own exclusion of the group is no counter-speech (harm.py `_AR_ENOUGH`). And in the scorer
(model._attribute): a violation the heads put over 0.5 by themselves, which no clause reaches, while the
rules found one clause for sure, gets that clause (the one whose finding weighed most) as likely as the
violation -- "شو هالخرا اللي عم يصير بسنجار" was a violation at 0.76 with profanity 0.44 by the share
that rested on the curse, a violation the console could name no reason for.

When the round closed: 24 of 25 (floor less one line). Held out (`heldout/ar_r135b.tsv`, written with
these, before the changes): 9 -> 9 of 12. Our suite 1,219 -> 1,221 of 1,344 with the rounds before it
(one Arabic tune case by the attribution), the probes +2 (an Arabic curse at the electricity, a Turkish
insult), nothing lost. On the data one comment's findings changed ("برافو الشرطه المصريه ... نظفوا البلد"
lost a report).

Found while the tests were written: an expulsion after a verb of denial ("نفى الوزير أن يكون اللاجئون قد طردوا
من البلد", the minister denied the refugees were expelled) was abuse; it is negated now (`_AR_DENIED`: "نفى"
and its forms; not "أنكر على", to denounce, which on the data took a violating comment's abuse away).

Still missed: "ارجعوهم لبلادهم بالقوة" (send them back by force: no people named).
"""
import math

import pytest

from newsroom.guidelines.model import _attribute
from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

AR_TUNE = [
    ('abuse', 'الأكراد ما لهم حق يسكنوا بيننا.'),
    ('abuse', 'اللاجئين لازم يُنفوا من البلد كلهم.'),
    ('abuse', 'سكروا الباب بوجه السوريين وخلصونا منهم.'),
    ('abuse', 'خلوا الأفغان يرجعوا من وين ما جوا.'),
    ('abuse', 'المسيحيين غير مرحب بهم في هذه المدينة.'),
    ('abuse', 'يجب سحب الجنسية من كل الأكراد.'),
    ('abuse', 'امنعوا السوريين من العمل في البلد.'),
    ('abuse', 'لا يحق للمرأة أن تترشح للبرلمان.'),
    ('abuse', 'الشيعة لا يستحقون الجنسية.'),
    ('abuse', 'نظفوا البلد من الأفغان.'),
    ('abuse', 'يجب عزل الإيزيديين في مخيماتهم وعدم السماح لهم بالخروج.'),
    ('abuse', 'ما بدنا لاجئين بعد اليوم، كفاية.'),
    ('abuse', 'ارجعوهم لبلادهم بالقوة.'),
    ('abuse', 'هذه الأرض للعرب فقط، والباقي يطلعوا.'),
    ('abuse', 'ممنوع على اليهود دخول هذا البلد.'),
    ('-', 'سحبت الحكومة الجنسية من ألف شخص حسب تقرير منظمة العفو.'),
    ('-', 'لا يحق لأحد أن يسحب جنسية مواطن بسبب أصله.'),
    ('-', 'اللاجئون يريدون العودة إلى بلادهم عندما تنتهي الحرب.'),
    ('-', 'المرأة لها الحق في الترشح للبرلمان.'),
    ('-', 'رحّب أهالي القرية باللاجئين السوريين.'),
    ('-', 'نُفي الشاعر من بلده عام ١٩٨٠ بسبب قصائده.'),
    ('-', 'المسيحيون مرحب بهم في كل بيت هنا.'),
    ('-', 'منعت السلطات دخول الشاحنات إلى المدينة ليلاً.'),
    ('-', 'لا نريد الحرب، نريد السلام لكل الطوائف.'),
    ('-', 'هذه الأرض لكل من يعيش عليها من عرب وكرد وتركمان.'),
]
PASSED = 24


def test_tune_lines_keep_their_floor(model):
    assert passing(model, AR_TUNE) >= PASSED - 1


@pytest.mark.parametrize("text", [
    "الأكراد ما لهم حق يسكنوا بيننا.",
    "اللاجئين لازم يُنفوا من البلد كلهم.",
    "يجب سحب الجنسية من كل الأكراد.",
    "نظفوا البلد من الأفغان.",
    "يجب عزل الإيزيديين في مخيماتهم.",
    "ممنوع على اليهود دخول هذا البلد.",
    "ما بدنا لاجئين بعد اليوم، كفاية.",
])
def test_arabic_exclusion_forms(det, text):
    assert found(det, "ar", text).get("abuse") == 2


@pytest.mark.parametrize("text", [
    "النمر؟؟ نمر على اطفال ونساء عزل",  # unarmed
    "قمة بيروت وضعت لبنان في حرج شديد وعزلهم عن محيطهم العربي",  # news
    "وممنوع على شعوبنا العربية أن تختار حكامها",  # a ban lamented
    "لا يحق لأحد أن يسحب جنسية مواطن بسبب أصله.",
    "نفى الوزير أن يكون اللاجئون قد طُردوا من البلد.",
    "كفاية عنصرية ضد اللاجئين.",
])
def test_what_is_no_exclusion(det, text):
    assert "abuse" not in found(det, "ar", text)


def _sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z))


def test_a_violation_no_clause_reaches_takes_the_clause_the_rules_found():
    coef = [0.0, 1.0, 0.4]
    pv2 = _sigmoid(0.8 + 1.0 + 0.4)  # the heads alone are over the line (0.69)
    cats = {"profanity": 0.3, "vulgarity": 0.2, "threat": 0.1}
    found_ = {"profanity": (2, [(0, 4)], ()), "vulgarity": (2, [(0, 4)], ())}
    _attribute(pv2, 0.8, [1, 2], coef, (("profanity", 1), ("vulgarity", 2)), found_, cats, {})
    assert cats["profanity"] == pytest.approx(pv2)  # the heavier finding's clause
    assert cats["vulgarity"] < 0.5 and cats["threat"] == 0.1


def test_no_clause_is_raised_under_the_line_or_beside_one_that_explains_it():
    coef = [0.0, 1.0]
    under = _sigmoid(-1.0 + 0.5)
    cats = {"profanity": 0.2}
    _attribute(under, -1.0, [1], [0.0, 0.5], (("profanity", 1),), {"profanity": (2, [], ())}, cats, {})
    assert cats["profanity"] == 0.2  # (the share, 0.11, is under what it had)
    pv2 = _sigmoid(0.8 + 1.0)
    cats = {"profanity": 0.1, "personal_attack": 0.7}
    _attribute(pv2, 0.8, [1], coef, (("profanity", 1),), {"profanity": (2, [], ())}, cats, {})
    assert cats["profanity"] == pytest.approx(pv2 - _sigmoid(0.8))  # the share alone
