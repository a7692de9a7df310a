"""Mechanisms from the twenty-ninth Arabic round (tests/guidelines/probes/ar_r29.tsv, 2026-12-01: the weakest
functionalities -- counter-speech, exclusion calls, sexism, religious hatred, slurs -- threats and contrasts):
each with comments that need it, in other words than the probe's, and contrasts it must leave alone."""
import pytest

from newsroom.guidelines.harm import STRONG
from tests.guidelines.harm_helpers import found_in

found_ar = found_in("ar")


@pytest.mark.parametrize("text", [
    # whoever says or demands it (feminine, plural), judged: never read, forgot
    "اللي يقول إن الإيزيدية عبدة شيطان ما قرأ شي عن دينهم",
    "الصفحات اللي تطالب بطرد السوريين من دهوك نسيت إن الحرب ما تختار أحد",
    "اللي يطالبون بترحيل اللاجئين نسيوا إنهم هربوا من الحرب مثلنا",
])
def test_arabic_twenty_ninth_round_sayers_judged(det, text):
    found = found_ar(det, text)
    assert found.get("abuse") != STRONG, text
    assert "counter" in found, text


@pytest.mark.parametrize("text", [
    # what is said, owned: no sayer before it, or the sayer approved
    "الإيزيدية عبدة شيطان وما قرأ أحد عن دينهم غير الغرب",
    "اطردوا السوريين من دهوك، نسيت الحكومة إنها مسؤولة عن أهل البلد",
])
def test_arabic_twenty_ninth_round_sayers_judged_contrasts(det, text):
    assert found_ar(det, text).get("abuse") == STRONG, text


@pytest.mark.parametrize("text", [
    # one woman in a role, a relative clause about her, the predicate in her pronoun
    "الوزيرة اللي عيّنوها الشهر الماضي مكانها البيت",
    "المراسلة اللي طلعت بالتقرير مكانها المطبخ مو الشاشة",
    # the role word right by the predicate
    "المهندسة مكانها المطبخ",
])
def test_arabic_twenty_ninth_round_one_woman_in_a_role(det, text):
    found = found_ar(det, text)
    assert found.get("abuse") == STRONG, text


@pytest.mark.parametrize("text", [
    # praise of her; her place named as where she works; the adjective "political"
    "الوزيرة اللي عيّنوها الشهر الماضي شغلها ممتاز",
    "المراسلة اللي طلعت بالتقرير مكانها بالموصل هالأسبوع",
    "المذكرة السياسية اللي نشروها مكانها الأرشيف",
])
def test_arabic_twenty_ninth_round_one_woman_contrasts(det, text):
    assert found_ar(det, text).get("abuse") != STRONG, text


@pytest.mark.parametrize("text", [
    # a group kept out of a body or a place after "must not"
    "الكاكائية ما لازم يشتغلون بالدوائر الحكومية",
    "المسيحيين ما لازم يترشحون لمجلس المحافظة",
    "الأرمن ما يجب يتملكون بيوت بزاخو",
])
def test_arabic_twenty_ninth_round_kept_out(det, text):
    assert found_ar(det, text).get("abuse") == STRONG, text


@pytest.mark.parametrize("text", [
    # no group; "must" not negated
    "الموظفين ما لازم يشتغلون يوم العطلة",
    "الشباب لازم يشتغلون بدل القعدة بالمقاهي",
])
def test_arabic_twenty_ninth_round_kept_out_contrasts(det, text):
    assert found_ar(det, text).get("abuse") != STRONG, text


@pytest.mark.parametrize("text", [
    # the mourning made ready for someone alive, in the third person
    "خلّي أهل المراسل يجهزون عزاه",
    "قولوا لعيلة الصحفي: حضروا الفاتحة من الحين",
    # back to his people in a coffin, a black bag
    "هالكاتب إذا ما سكت نرجعه لأهله بتابوت",
    "مصوّركم راح يرجع بكيس أسود إذا قرب من المنطقة",
])
def test_arabic_twenty_ninth_round_mourning_made_ready(det, text):
    assert found_ar(det, text).get("threat") == STRONG, text


@pytest.mark.parametrize("text", [
    # a funeral told; a soldier's return reported; a bag of bread
    "الحجي توفى الله يرحمه، جهزوا خيمة العزا بجامع الحي",
    "الشهيد رجع لأهله بتابوت ملفوف بالعلم",
    "ابني راح يرجعلكم بكيس خبز من الفرن",
])
def test_arabic_twenty_ninth_round_mourning_contrasts(det, text):
    assert found_ar(det, text).get("threat") != STRONG, text
