"""Mechanisms from the twenty-sixth Arabic round (tests/guidelines/probes/ar_r26.tsv, 2026-12-01: threats,
calls to deny a group rights and services, counter-speech quoting such calls, with contrasts): each with
comments that need it, in other words than the probe's, and contrasts it must leave alone."""
import pytest

from newsroom.guidelines.harm import STRONG
from tests.guidelines.harm_helpers import found_in, rules_in

found_ar = found_in("ar")
rules_ar = rules_in("ar")


@pytest.mark.parametrize("text", [
    # struck off the roll, the nationality withdrawn
    "اشطبوهم للتركمان من القوائم الانتخابية",
    "لازم تنسحب الجنسية من كل لاجئ سوري",
    # no right to vote or run, must not run
    "الشيعة ما الهم حق ينتخبون بهالمحافظة",
    "اللاجئين مو لازم يصوتون ابد",
    # negated imperatives of hiring, registering, renting
    "يا جماعة لا تشغلوا سوريين بمحلاتكم",
    "لا تعينوا كرد بالدوائر",
    # a service refused as a call
    "المدارس لازم ترفض تسجيل أولاد الإيزيديين",
    # told to leave, a home denied by the writer
    "هالمسيحي خلوه يرحل من الحي",
    "إحنا ما نأجرهم شقة للعرب",
])
def test_arabic_twenty_sixth_round_exclusion(det, text):
    f = found_ar(det, text)
    assert f.get("abuse") == STRONG, (text, f)
    assert ("abuse", "exclusion") in rules_ar(det, text), text


@pytest.mark.parametrize("text", [
    # a report of a withdrawal or a refusal: no call
    "الحكومة سحبت الجنسية من ثلاثين شخص حسب الوزارة",
    "المستشفى رفض علاج لاجئ سوري وفتحوا تحقيق",
    # the writer's own plans, no group
    "لا تسجلوا بالدورة قبل ما تقرون الشروط",
    "خليه يطلع من البيت شوية يشم هوا",
    # a right affirmed
    "الكرد الهم حق يصوتون مثل غيرهم",
])
def test_arabic_twenty_sixth_round_exclusion_contrasts(det, text):
    f = found_ar(det, text)
    assert f.get("abuse") != STRONG, (text, f)


@pytest.mark.parametrize("text", [
    # whoever said or wrote it (past, participle), judged or sent to learn
    "اللي كتب إن الإيزيدية أنجاس ما يعرف شي",
    "الي قايل إن العرب لازم يطلعون من أربيل، روح تعلم التاريخ",
    # a quoted call with "don't repeat it"
    "'طلعوا الكرد برا' سمعناها قبل، لا تعيدوا هذا الكلام",
])
def test_arabic_twenty_sixth_round_counter_speech(det, text):
    f = found_ar(det, text)
    assert f.get("abuse") != STRONG and f.get("threat") != STRONG, (text, f)


@pytest.mark.parametrize("text", [
    # back in a coffin, the city a graveyard, "and see what becomes of you"
    "اذا تجي لحينا مرة ثانية ترجع بكفن",
    "بغداد راح نخليها مقبرتكم يا خونة",
    "انشر الصور مرة ثانية وشوف شو بيصير فيك",
    # "or else" after an order
    "اسكتوا يا صحفيين ولا نحرقكم",
    # the gallows ready
    "يا خونة المشانق تنتظركم",
    # the addressee's things watched
    "بيتك تحت عيوننا يا استاذ",
])
def test_arabic_twenty_sixth_round_threats(det, text):
    f = found_ar(det, text)
    assert f.get("threat") == STRONG, (text, f)


@pytest.mark.parametrize("text", [
    # a negated act after another negation, not "or else"
    "ما راح اضربك ولا نحرق شي، بس نشتكي",
    # an order denied, then "nor"
    "لا تزعلون ولا نزعل منكم",
    # watched by the police, told
    "الشرطة قالت إن سيارته مراقبة منذ شهر",
    # ropes ready for the tent
    "الحبال جاهزة والخيمة بالسيارة",
])
def test_arabic_twenty_sixth_round_threat_contrasts(det, text):
    f = found_ar(det, text)
    assert f.get("threat") != STRONG, (text, f)
