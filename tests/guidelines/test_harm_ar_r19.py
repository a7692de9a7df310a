"""Mechanisms from the nineteenth Arabic round (tests/guidelines/probes/ar_r19.tsv, 2026-12-01: threats in
the third person and to groups, calls for violence, religious hatred, sexism said of one woman, contrasts):
each with comments that need it, in other words and groups than the probe's, and contrasts it must leave
alone."""
import pytest

from newsroom.guidelines.harm import STRONG
from tests.guidelines.harm_helpers import found_in

found = found_in("ar")


@pytest.mark.parametrize("text", [
    # one woman without a group word (Iraqi مرة, Egyptian الست) with a sexist predicate right by her
    "المرة شنو تفهم بالرياضة حتى تحكم المباراة",
    "هالست عقلها ناقص ما ينفع تدير شي",
    "هي مرة ناقصة عقل، شلون تصير مديرة",
    # a woman in a post said to have got there by her looks
    "المذيعة صارت بجمالها مو بشهادتها",
    "النائبة نجحت لانها حلوة بس",
    # a people or sect called a breeding ground of terror
    "الشيعة حاضنة للتطرف من زمان",
    "التركمان بيئة حاضنة للإرهاب",
    # a group denied the right to live among us
    "اليهود ما يستحقون العيش",
    "الإيزيدي ما يستاهل يعيش بيننا",
])
def test_arabic_nineteenth_round_abuse(det, text):
    f = found(det, text)
    assert f.get("abuse") == STRONG, (text, f)


@pytest.mark.parametrize("text", [
    # a verb after "until" shares the mood of a future verb before it, with its victim
    "سنطاردهم بكل مكان حتى نذبحهم",
    "سنلاحق هالخونة لحد ما نكسر روسهم",
    # a passive participle of the act with a mood
    "هالمذيع راح يبين مذبوح بالشارع",
    # someone told he will not get home alive, or only in a coffin
    "كل واحد يصوت الهم ما يرجع لاهله سالم",
    "اللي يروح للمظاهرة ما يرجع لبيته الا بتابوت",
])
def test_arabic_nineteenth_round_threats(det, text):
    f = found(det, text)
    assert f.get("threat") == STRONG, (text, f)


@pytest.mark.parametrize("text", [
    "سنبقى بالساحة حتى نقطع الطريق على الفاسدين",  # "until" with no victim
    "سنعمل ليل نهار حتى نقتل الفساد",
    "عثروا على رجل مذبوح قرب النهر والشرطة تحقق",  # a report: no mood
    "ابني ما يرجع لبيته الا بالليل",  # not getting home: a schedule
    "هالمرة الحكومة وزعت الرواتب بوقتها",  # هالمرة: this time
    "مرة ثانية انقطعت الكهربا",  # مرة: once
    "الست دي دكتورة شاطرة جدا",  # one woman, praised
    "البنت طلعت الأولى على المحافظة",
    "الوزيرة الجديدة عندها خبرة عشرين سنة",
    "الفقر حاضنة للتطرف والحكومة لازم تتحرك",  # a breeding ground, said of poverty
])
def test_arabic_nineteenth_round_contrasts(det, text):
    f = found(det, text)
    assert not ({"abuse", "threat"} & set(f)), (text, f)


@pytest.mark.parametrize("text", [
    "قول إن الكرد مرضى غلط علمياً وعيب",  # a scientific error: a rejection of what is quoted
    "اللي يسمي اليهود حيوانات كلامه غلط",
])
def test_arabic_nineteenth_round_rejections(det, text):
    f = found(det, text)
    assert "abuse" not in f, (text, f)
