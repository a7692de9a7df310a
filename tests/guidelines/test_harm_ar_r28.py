"""Mechanisms from the twenty-eighth Arabic round (tests/guidelines/probes/ar_r28.tsv, 2026-12-01:
identity-based abuse written afresh -- claims, dehumanisation in new words, rights denied -- threats and
contrasts): each with comments that need it, in other words than the probe's, and contrasts it must leave
alone."""
import pytest

from newsroom.guidelines.harm import STRONG
from tests.guidelines.harm_helpers import found_in, rules_in

found_ar = found_in("ar")
rules_ar = rules_in("ar")


@pytest.mark.parametrize("text", [
    # a vice in a people's genes or veins, in the clause after the group's (a comma between)
    "الغجر ما عندهم شغل، الحرمنة والغش بجيناتهم",
    "التركمان ساكتين قدامك، الخيانة بعروقهم",
    # in the group's own clause
    "البدو الغدر بجيناتهم من يومهم",
])
def test_arabic_twenty_eighth_round_vice_in_the_blood(det, text):
    assert found_ar(det, text).get("abuse") == STRONG, text


@pytest.mark.parametrize("text", [
    # generosity, not a vice; a nature named with no vice
    "الكرد شعب مضياف، الكرم بجيناتهم",
    "الأكراد يساعدون الغريب وهاي طبيعتهم",
    # a vice with no group
    "الفساد بالدوائر صار بالجينات، لازم إصلاح",
])
def test_arabic_twenty_eighth_round_vice_contrasts(det, text):
    assert found_ar(det, text).get("abuse") != STRONG, text


@pytest.mark.parametrize("text", [
    # loyalty placed abroad
    "الكرد الفيلية ولاؤهم لإيران مو للبلد",
    "أي سني تشوفه قلبه مع تركيا",
    # betraying "you", "all of the same clay"
    "الفرس يطعنوك بظهرك أول ما تدير وجهك",
    "العرب كلهم من نفس الطينة",
    # a faith called a farce
    "الإيزيدية دينهم كله مهزلة",
])
def test_arabic_twenty_eighth_round_group_predicates(det, text):
    assert found_ar(det, text).get("abuse") == STRONG, text


@pytest.mark.parametrize("text", [
    # a loyal citizen's heart; a people's pride in its city
    "قلبي مع أهل الموصل بعد الفيضان",
    "المسيحيين ولاؤهم للعراق قبل كل شي",
    # "انشاله" is no pickpocket, "betrayed" said of one's own luck
    "انشاله الأكراد يفوزون بالبطولة",
    "الوقت يغدر بالكل، حتى بالعرب والكرد",
])
def test_arabic_twenty_eighth_round_group_predicate_contrasts(det, text):
    assert found_ar(det, text).get("abuse") != STRONG, text


@pytest.mark.parametrize("text", [
    # a simile with pests or beasts
    "النازحين صاروا زي البراغيث بكل زاوية",
    "هالأفغان متل القراد، يلزقون بأي بلد",
    # leprosy as what a people is called
    "الغجر جذام المدن",
    # gay people named by what they do, their love a defect of the mind
    "اللي تحب بنات مثلها عندها خلل بعقلها",
    # the Dom named
    "القرباط ما يعرفون غير الشحادة",
])
def test_arabic_twenty_eighth_round_dehumanisation(det, text):
    assert found_ar(det, text).get("abuse") == STRONG, text


@pytest.mark.parametrize("text", [
    # ants praised for work; a pest named with no people
    "الكرد يشتغلون مثل النمل من الصبح للمسا",
    "البيت صار مثل القمل من الوساخة، لازم نرش",
    # a love for one's country; a report of leprosy
    "أخوي يحب رجال الإطفاء ويريد يصير واحد منهم",
])
def test_arabic_twenty_eighth_round_dehumanisation_contrasts(det, text):
    assert found_ar(det, text).get("abuse") != STRONG, text


@pytest.mark.parametrize("text", [
    # a permit, a post or a testimony denied
    "الأفغان ما لازم ينعطون إقامات",
    "لا تعطوهم أي وظيفة هالسوريين",
    "المسيحيين شهادتهم ما تنقبل",
])
def test_arabic_twenty_eighth_round_rights_denied(det, text):
    assert found_ar(det, text).get("abuse") == STRONG, text


@pytest.mark.parametrize("text", [
    # a permit given, and a post to be given to the able
    "اللاجئين لازم ينعطون إقامات بأسرع وقت",
    "لا تعطوهم أي حجة، ردوا على المقال بأدب",
])
def test_arabic_twenty_eighth_round_rights_contrasts(det, text):
    assert found_ar(det, text).get("abuse") != STRONG, text


def test_arabic_twenty_eighth_round_ambiguous_sunni_read_by_its_verb(det):
    assert found_ar(det, "السنة ما يحبون غير الخراب والدم").get("abuse") == STRONG
    assert found_ar(det, "السنة الجاية راح تكون أحسن إن شاء الله، بلا خراب").get("abuse") != STRONG


@pytest.mark.parametrize("text", [
    # a word dotted in two
    "الشيعة كلهم حرا.مية",
    "هالبدو نصا.بين",
])
def test_arabic_twenty_eighth_round_dotted_words(det, text):
    assert found_ar(det, text).get("abuse") == STRONG, text


def test_arabic_twenty_eighth_round_dotted_words_contrast(det):
    # a dot for a missing space between two ordinary words stays two words
    assert found_ar(det, "العرب جا.ري والكرد صديقي").get("abuse") != STRONG


@pytest.mark.parametrize("text", [
    # a quoted saying answered with "but"
    'جاري كتب "الكرد ما يفهمون بالسياسة"، بس رئيس الجمهورية كردي',
    'قال لي "النسوان ما ينفعون للقيادة"، لكن مديرتي أنجح واحد بالشركة',
    # whoever writes it told to be ashamed of himself
    "اللي يكتب إن العرب مثل الجراد المفروض يستحي على نفسه",
])
def test_arabic_twenty_eighth_round_counter_speech(det, text):
    assert found_ar(det, text).get("abuse") != STRONG, (text, found_ar(det, text))


@pytest.mark.parametrize("text", [
    # the quotation agreed with, not answered with "but"
    'جاري كتب "الكرد ما يفهمون بالسياسة" وأنا أتفق معه',
    # "but" after the quotation adding to it
    'جاري قال "الكرد ما يفهمون بالسياسة"، بس هم كمان خونة وحرامية',
    # "but" after the quotation, with nobody's saying before it: the writer's own view
    'رأيي "الكرد ما يفهمون بالسياسة"، بس محد يسمع',
])
def test_arabic_twenty_eighth_round_counter_speech_contrasts(det, text):
    assert found_ar(det, text).get("abuse") == STRONG, text


@pytest.mark.parametrize("text", [
    # a massacre of the past with its return promised
    "يا كرد، حلبجة راح تتكرر قريب",
    "الإيزيدية نسوا سيفو؟ نعيدها",
    # the last thing written, an end in the grave
    "يا صحفي، هذا المقال راح يكون آخر مقال تكتبه",
    "يا مسيحيين، نهايتكم بالمقبرة",
])
def test_arabic_twenty_eighth_round_threats(det, text):
    assert found_ar(det, text).get("threat") == STRONG, text


@pytest.mark.parametrize("text", [
    # a massacre remembered, its return prayed against or denied
    "نتذكر ضحايا حلبجة كي لا تتكرر المأساة",
    "لن تتكرر الأنفال يا كرد، العالم تغير",
    "الأرمن يحيون ذكرى 1915 كل سنة",
    # the last article the writer himself writes; the grave visited
    "هذا آخر مقال أكتبه بالجريدة، شكراً للقراء",
    "زرنا قبر جدي بالمقبرة يوم العيد",
])
def test_arabic_twenty_eighth_round_threat_contrasts(det, text):
    assert found_ar(det, text).get("threat") != STRONG, text


def test_arabic_twenty_eighth_round_arabizi_weeping(det):
    assert found_in("tr")(det, "ya kateb, 2mmak ra7 tebki 3aleik").get("threat") == STRONG
    assert ("threat", "a massacre promised again") in rules_ar(det, "يا أرمن، 1915 راح تتكرر")
