"""The eighty-ninth round (2026-12-04): a lie or a myth negated affirms the claim it names ("It is not a lie
that Arabs are thieves", "refugees are criminals, that is no myth", "مش كذبة إن اللاجئين حرامية", "دروغ نیست
که افغانی‌ها دزدند": harm._affirmed_by_negated_lie), where it had been read as counter-speech or the claim's
own negation; a group said to be smugglers, traffickers or drug dealers is a sweeping claim; a Turkish
plural before a group is no attribute of it ("Hırsızlar mültecilerden para çaldı": thieves stole from
refugees)."""
import pytest

from tests.guidelines.harm_helpers import found, rules

CLAIM = ("abuse", "negative generalisation")


@pytest.mark.parametrize("lang,text", [
    ("en", "It is not a lie that Arabs are thieves"),
    ("en", "Everyone knows refugees are criminals, that is no myth"),
    ("en", "Gays are perverts, and that is not a myth"),
    ("ar", "مش كذبة إن اللاجئين حرامية"),
    ("ar", "ليست خرافة أن الأكراد خونة"),
    ("fa", "دروغ نیست که افغانی‌ها دزدند"),
])
def test_a_lie_denied_affirms_the_claim(det, lang, text):
    assert "abuse" in found(det, lang, text)
    assert ("counter", "counter") not in rules(det, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "It is a myth that refugees are criminals"),
    ("en", "It is a lie that Kurds are traitors"),
    ("ar", "من الكذب القول إن الأكراد خونة"),
    ("ar", "خرافة أن اللاجئين حرامية"),
    ("fa", "دروغه که افغانی‌ها دزدند"),
    ("fa", "این افسانه است که عربا وحشی‌اند"),  # (the copula written out: a DENY entry of the round)
])
def test_a_claim_called_a_lie_is_still_counter_speech(det, lang, text):
    assert ("counter", "counter") in rules(det, lang, text)
    assert "abuse" not in found(det, lang, text)


@pytest.mark.parametrize("lang,text", [
    # the verb, not the noun: no negated lie (an OLID tweet read "women ... lie" in a first version)
    ("en", "Real women don't lie about men"),
    ("ar", "الاسلام ليس خرافة"),  # Islam is no myth (Al Jazeera): neither a claim nor counter-speech
])
def test_the_verb_or_a_faith_is_no_negated_lie(det, lang, text):
    assert "abuse" not in found(det, lang, text)
    assert ("counter", "counter") not in rules(det, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "Kurds are all smugglers"),
    ("en", "Afghans are drug dealers"),
    ("en", "Albanians are all traffickers"),
    ("tr", "Afganlar kaçakçı"),
    ("tr", "Kürtlerin hepsi uyuşturucu satıcısı"),
    ("ar", "البلوش كلهم مهربين"),
    ("ar", "الأفغان تجار مخدرات"),
])
def test_a_group_of_smugglers_is_a_claim(det, lang, text):
    assert CLAIM in rules(det, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "The police arrested three smugglers at the border"),
    ("en", "Smugglers charge refugees thousands of dollars"),
    ("tr", "Sınırda üç kaçakçı yakalandı"),
    ("tr", "Kaçakçılar mültecilerden binlerce dolar alıyor"),
    ("tr", "Hırsızlar mültecilerden para çaldı"),
    ("ar", "الشرطة قبضت على ثلاث مهربين على الحدود"),
    ("fa", "پلیس سه قاچاقچی را در مرز دستگیر کرد"),
])
def test_smugglers_of_a_report_are_no_claim(det, lang, text):
    assert "abuse" not in found(det, lang, text)


@pytest.mark.parametrize("text", ["pis Suriyeliler", "hırsız Araplar gitsin", "deve çobanı Araplar"])
def test_a_turkish_attribute_before_a_group_is_still_said_of_it(det, text):
    assert "abuse" in found(det, "tr", text)
