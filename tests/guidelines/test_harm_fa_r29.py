"""Mechanisms from the twenty-ninth Persian round (tests/guidelines/probes/fa_r29.tsv, 2026-12-01:
the weakest suite functionalities -- sexual remarks, group derogation, sexism, homophobia, insults,
doxxing -- fresh threats, and their contrasts): each with comments that need it and contrasts it must
leave alone. The comments here are other wordings than the probe's lines."""
import pytest

from tests.guidelines.harm_helpers import found_in, rules_in

found_fa = found_in("fa")
rules_fa = rules_in("fa")


@pytest.mark.parametrize("text", [
    # a threat or a posting called to account at law, quoted
    "یه نفر زیر پست نوشت «خونتو بلدم»؛ خبرنگار ازش شکایت کرده و کار خوبی کرده",
    # a quoted word called a swear word, or hate
    "«کونی» یه فحشه و نباید کسی رو باهاش صدا کرد",
    "هر کی به همجنسگراها میگه «اوبه‌ای» داره نفرت پخش میکنه",
])
def test_counter_speech_round29(det, text):
    found = found_fa(det, text)
    assert "threat" not in found and "abuse" not in found and "profanity" not in found, (text, found)


def test_posting_as_a_verbal_noun_judged_round29(det):
    # the act named as a verbal noun and judged after it: counter-speech, not the speaker's doing
    text = "منتشر کردن آدرس خونه‌ی روزنامه‌نگارا جرمه"
    assert "threat" not in found_fa(det, text)
    assert ("counter", "counter") in rules_fa(det, text)


@pytest.mark.parametrize("text", [
    # the speaker's own posting, no verbal noun and nothing judged
    "آدرس خونه‌ی این خبرنگارو پخش کردم، هر کی خواست بره سراغش",
    # "I'll file a complaint" is no counter-speech of a threat in the same comment
    "آدرس خونه‌تو داریم، برو هر جا میخوای شکایت کن",
])
def test_postings_still_threats_round29(det, text):
    assert "threat" in found_fa(det, text), text


@pytest.mark.parametrize("text", [
    # women said not to "get" a task, to scream and run
    "زنا سیاست حالیشون نیست",
    "زن جماعت تو دعوا فقط جیغ میکشه",
    # a people's brain "doesn't work", fit only for portering
    "کولیا مغزشون کار نمیکنه",
    "این عربا فقط به درد حمالی میخورن",
])
def test_group_predicates_round29(det, text):
    assert "abuse" in found_fa(det, text), text


@pytest.mark.parametrize("text", [
    "خواهرم دیشب از ترس سوسک جیغ میکشید 😂",
    "ماشینم مغزش کار نمیکنه، باید ببرمش تعمیرگاه",
    "این مبل کهنه دیگه به درد نمیخوره",
])
def test_no_group_predicate_round29(det, text):
    assert "abuse" not in found_fa(det, text), text


@pytest.mark.parametrize("text", [
    # nude photos asked of women named in the sentence
    "خانمای سلیمانیه عکس لختاتونو بفرستید پیوی",
    "این مجریه باید عکس بی‌لباسشو بفرسته",
    # Finglish "sleep with me" to a woman called pretty
    "khanoom mojri khoshgele, ye shab biya ba man bekhab",
])
def test_sexual_solicitation_round29(det, text):
    assert "vulgarity" in found_fa(det, text), text


@pytest.mark.parametrize("text", [
    "عکسای مجروحای انفجار رو برای خبرگزاری بفرستید",
    "دخترای مدرسه عکسای اردو رو بفرستن تو گروه کلاس",
    "mojri emshab kheili khoshgel bood",
])
def test_no_sexual_solicitation_round29(det, text):
    assert "vulgarity" not in found_fa(det, text), text


@pytest.mark.parametrize("text", [
    # days counted; "behind every wall"; "the last article you write"
    "آقای سردبیر، روزات شمرده شده",
    "ما پشت هر دری منتظرتیم، مواظب خودت باش",
    "این آخرین مقاله‌ایه که مینویسی",
    # Finglish: not coming back alive, a house "lit up", the rest "on us"
    "age bazam biay kirkuk zende barnemigardi",
    "ye shab khoonato cheraghooni mikonim",
    "adresesho bezarid inja, baghiash ba ma",
])
def test_threats_round29(det, text):
    assert "threat" in found_fa(det, text), text


@pytest.mark.parametrize("text", [
    "روزای سخت شمرده شده و تموم میشه، امیدوار باشید",
    "این آخرین مقاله‌ی این ماه بود، ماه بعد دوباره مینویسیم",
    "baraye eid khoone ro cheraghooni kardim",
])
def test_no_threat_round29(det, text):
    assert "threat" not in found_fa(det, text), text


def test_negated_verb_ends_its_own_clause_round29(det):
    # a negated verb ending an earlier clause denies that clause only (Persian is verb-final)
    assert "threat" in found_fa(det, "این شهر دیگه جای تو نیست، سرتو میبرم")
    # in the act's own clause the negation still holds
    assert "threat" not in found_fa(det, "نه، من هیچوقت سرتو نمیبرم")
    # and the earlier clause's own act is still denied by its verb
    assert "threat" not in found_fa(det, "کسی سرتو نمیبره، نگران نباش")
