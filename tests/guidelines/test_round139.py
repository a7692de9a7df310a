"""The hundred-and-thirty-ninth round (2026-12-06): Arabic exclusion in the colloquial order, and acts
done to the speaker.

Comments written afresh, before any change (our suite's Arabic check half had been read in earlier
sessions; none of its sentences were used). 30 lines: threats and calls, a people expelled or barred,
women's place, a people's treachery, insults, ten contrasts. Before: 27 of 30 -- "ممنوع الأكراد يشتغلوا
بالدولة" (Kurds barred from working for the state) had no finding, "البنت اللي تشتغل صحفية ما عندها شرف"
(a girl who works as a journalist has no honour) none, and "هالزحمة رح تقتلني كل يوم" (this traffic will
kill me) was a threat at 0.95.

What was added: a people right after "ممنوع" (and "يمنع", "امنعوا") is barred (harm_lexicon/ar.py, the
peoples named one by one: "ممنوع ال..." alone is also "ممنوع الإساءة للأكراد", insulting Kurds is
forbidden); a violent act whose object is the speaker ("تقتلني", "يذبحوني") is no threat to anyone
(harm.py ar_idiom, beside "قتلني الشوق").

When the round closed: 29 of 30 (floor less one line). Held out (`heldout/ar_r139b.tsv`, written with
these before the changes): 11 -> 11 of 12. Our suite unchanged; one held-out line of an earlier round
(ar_r127b, "هذا الحر سيقتلني", this heat will kill me) and one probe line gained. On the data 57 Arabic
comments changed: 52 gained only a report contrast ("قتلني التعليق 😂", the comment killed me; 20 of them
labelled offensive, for other words), five lost a threat they did not make ("الذي يأتي للعراق ليقتلني",
who comes to Iraq to kill me; "سيضربني فاضل").

Still missed: "البنت اللي تشتغل صحفية ما عندها شرف" (a singular woman, generic or not, is no listed
group); "رح يذبحوني إذا عرفوا" (they will slaughter me if they find out) keeps a threat at 0.87 from the
written-threat head, beside the report contrast.
"""
import pytest

from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

AR_TUNE = [
    ('threat', 'اطلعوا عالشوارع وكسروا راس كل صحفي خاين.'),
    ('threat', 'لازم واحد يطخ هالمذيع ويريحنا منه.'),
    ('threat', 'والله لأدفنك حي إذا شفتك.'),
    ('threat', 'نعرف وين بيتك ووين بتداوم بناتك.'),
    ('threat', 'هالنائب لازم ينسحل بالشارع.'),
    ('abuse', 'طلعوا السوريين من لبنان، ما إلهم مكان هون.'),
    ('abuse', 'ممنوع الأكراد يشتغلوا بالدولة.'),
    ('abuse', 'لازم نطرد كل الأفغان من البلد.'),
    ('abuse', 'لا يحق للمسيحيين أن يترشحوا للبرلمان.'),
    ('abuse', 'المرأة مكانها المطبخ مش السياسة.'),
    ('abuse', 'النسوان عقلهم صغير وما يفهمون بالحرب.'),
    ('abuse', 'البنت اللي تشتغل صحفية ما عندها شرف.'),
    ('abuse', 'الشيعة كلهم عملاء لإيران وخونة.'),
    ('abuse', 'اليزيديين عبدة الشيطان ونجسين.'),
    ('abuse', 'المسيحيين هنا كلهم جواسيس للغرب.'),
    ('abuse', 'الأكراد شعب غدار ما ينأمن له.'),
    ('abuse', 'المثليين مرضى ولازم يتعالجوا.'),
    ('abuse', 'الشواذ عار على المجتمع.'),
    ('personal_attack', 'الكاتب حمار وما يفهم شي.'),
    ('personal_attack', 'اسكت يا جاهل، مقالك كله كذب.'),
    ('-', 'أنا امرأة كردية وفخورة بعملي كصحفية.'),
    ('-', 'جيراننا السوريين ناس طيبين ومحترمين.'),
    ('-', 'وصف الشيعة بالخونة كلام طائفي ومرفوض.'),
    ('-', 'قتل داعش عشرات المدنيين في سنجار عام 2014.'),
    ('-', 'لا أحد يستحق القتل بسبب رأيه.'),
    ('-', 'أختلف مع الكاتب لكن أحترم رأيه.'),
    ('-', 'النساء شاركن بقوة في الانتخابات الأخيرة.'),
    ('-', 'الكنيسة في الموصل أعيد افتتاحها بعد التحرير.'),
    ('-', 'هالزحمة رح تقتلني كل يوم.'),
    ('-', 'المثليون في المنطقة يتعرضون لتمييز كبير.'),
]
PASSED = 29


def test_tune_lines_keep_their_floor(model):
    assert passing(model, AR_TUNE) >= PASSED - 1


def test_a_people_right_after_a_ban_is_barred(det):
    assert found(det, "ar", "ممنوع الأكراد يشتغلوا بالدولة.").get("abuse") == 2


def test_a_ban_on_insulting_a_people_is_no_exclusion(det):
    assert "abuse" not in found(det, "ar", "ممنوع الإساءة للأكراد.")


@pytest.mark.parametrize("text", ["هالزحمة رح تقتلني كل يوم.", "سيضربني فاضل.", "قتلني التعليق"])
def test_an_act_done_to_the_speaker_is_no_threat(det, text):
    got = found(det, "ar", text)
    assert "threat" not in got and "report" in got


def test_the_speakers_own_beside_a_threat_to_you_leaves_the_threat(det):
    assert found(det, "ar", "والله لأقتلك وإذا قتلتني ما يهمني.").get("threat") == 2
