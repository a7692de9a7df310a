"""The sixtieth round (2026-12-03): a group named on its own -- a question or a fragment, "Muslims?",
"Suriyeliler mi?", "مسلمونا؟" -- is the topic of the sentence after it, and an object pronoun there takes
it up ("I can't stand them", "ما أطيقهم", "Onlardan nefret ediyorum", "ازشون متنفرم"): harm.py's
topic_fragments; an Arabic hate verb's object pronoun takes up a group before it ("العرب أكرههم"). Also
(fifty-ninth round, found with it) an English negation that makes a likeness keeps the dehumanising claim:
"no better than rats"."""
import pytest

from tests.guidelines.harm_helpers import found


@pytest.mark.parametrize("lang, text", [
    ("en", "Yazidis? I can't stand them."),
    ("en", "Syrians. I hate them, every single one."),
    ("ar", "اليزيديين؟ ما أطيقهم"),
    ("ar", "السوريين. أكرههم كلهم"),
    ("ar", "العرب أكرههم"),
    ("tr", "Ezidiler mi? Onlardan nefret ediyorum"),
    ("tr", "Suriyeliler. Hepsinden nefret ediyorum"),
    ("fa", "ایزدیا؟ ازشون متنفرم"),
    ("fa", "سوریا. از همشون متنفرم"),
])
def test_a_group_named_alone_is_taken_up_by_the_pronoun_after_it(det, lang, text):
    assert "abuse" in found(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "Yazidis? I grew up with them, lovely people."),
    ("en", "Syrians? I met them at the market yesterday."),
    ("ar", "السوريين؟ قابلتهم بالسوق أمس"),
    ("tr", "Suriyeliler mi? Dün onlarla pazarda tanıştım"),
    ("fa", "سوریا؟ دیروز تو بازار دیدمشون"),
])
def test_a_group_named_alone_and_spoken_of_kindly_is_no_abuse(det, lang, text):
    assert "abuse" not in found(det, lang, text)


@pytest.mark.parametrize("text", [
    "Kurds are no better than rats",
    "Arabs are not much different from animals",
    "Refugees are nothing more than parasites",
])
def test_a_negation_that_makes_a_likeness_is_no_denial(det, text):
    f = found(det, "en", text)
    assert "abuse" in f and "negated" not in f and "counter" not in f
