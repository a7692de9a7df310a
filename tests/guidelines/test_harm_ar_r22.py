"""Mechanisms from the twenty-second Arabic round (tests/guidelines/probes/ar_r22.tsv, 2026-12-01: threats of
consequences, to a writer's family and livelihood, in prayers and proverbs, in Iraqi and Levantine forms, to
places of worship and camps, calls on others): each with comments that need it, in other words than the
probe's, and contrasts it must leave alone."""
import pytest

from newsroom.guidelines.harm import STRONG
from tests.guidelines.harm_helpers import found_in

found_ar = found_in("ar")


@pytest.mark.parametrize("text", [
    # the price paid, regret bitten
    "والله لتدفعون الثمن يا جماعة القناة",
    "سوف تدفع ثمن كلامك عن عشيرتنا",
    "راح تعض اصابع الندم يا مذيع",
    # the family not safe, children left orphans, a wife a widow
    "اهلك مو بأمان بعد هسه، فكر زين",
    "والله لنخلي اطفالك يتامى",
    "راح اخلي مرتك ارملة يا نذل",
    # the end "by my hand", the grave dug, the head harvested
    "يا رب تكون نهايتك على يدي",
    "حفرتك محفورة يا خاين",
    "بنقطف راسك قريب",
    # Iraqi and Levantine smashing, bursting in, a reserved bullet
    "والله لأهشم راسك اذا رجعت للحي",
    "راح نطب عليكم بنص الليل",
    "طلقتك جاهزة يا قاضي",
    # a place of worship or a camp, in the first person; burnt with its people; purged of its people
    "راح نحرق الحسينية يوم عاشوراء",
    "بنفجر المعبد بالعيد",
    "هالقرية لازم نولعها باللي بيها",
    "المحلة لازم نطهرها من سكانها",
    # a street weapon as the means
    "والله لأكسر ايدك بالطابوق",
    # a call on others
    "ندعو كل الشباب يحرقون بيت النائب",
])
def test_arabic_twenty_second_round_threats(det, text):
    f = found_ar(det, text)
    assert f.get("threat") == STRONG, (text, f)


@pytest.mark.parametrize("text", [
    # a bill paid, a price of goods, prices of a war
    "لازم تدفع الفاتورة قبل نهاية الشهر",
    "الشعب هو اللي يدفع ثمن الحرب دائما",
    # safety as a warning, not a threat
    "الطريق مو آمن بالليل، انتبهوا",
    # a group's end at others' hands in a prophecy, a proverb of stones
    "الشجرة المثمرة دايما ترمى بالحجارة",
    # a game, a film
    "بالمرحلة الخامسة لازم تقتل الوحش حتى تكمل",
    "بالفيلم البطل يفجر مقر العصابة",
    # a quoted threat that "does not represent us"
    'اللي كتب "نحرق المخيم" ما يمثلنا بشي',
    # calls for peace and for justice
    "ندعو الجميع للهدوء وضبط النفس",
    "نطالب الحكومة تحاسب اللي فجروا السوق",
    # news of a burnt church, of a camp
    "داعش فجر الجامع النوري بالموصل سنة ٢٠١٧",
])
def test_arabic_twenty_second_round_contrasts(det, text):
    f = found_ar(det, text)
    assert "threat" not in f, (text, f)
