"""The hundredth round: sexism as a woman's place, her capacities and her rights, with its contrasts."""
import pytest

from tests.guidelines.harm_helpers import found, rule_names


@pytest.mark.parametrize("lang,text", [
    ("en", "What does a woman know about war anyway"),
    ("en", "What do Kurds know of democracy"),
    ("tr", "Kadın başına savaştan ne anlar"),
    ("tr", "Kadınlar evde çocuk baksın, gazetecilik onların işi değil"),
    ("ar", "المرأة ما تعرف تسوق، الكل يعرف هذا"),
    ("ar", "لا يجب السماح للنساء بالترشح للانتخابات"),
])
def test_a_womans_capacity_or_right_denied_is_abuse(det, lang, text):
    assert "abuse" in found(det, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "What does this reporter know about war"),  # one person asked about: no group's claim
    ("en", "I asked what the refugees know about their rights"),  # not "what do ... know"
    ("ar", "يجب السماح للنساء بالترشح للانتخابات"),  # a right granted: no negation before it
])
def test_the_twins_are_no_claim(det, lang, text):
    assert "abuse" not in found(det, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("tr", "Kadının yeri mutfaktır demek yanlış"),
    ("ar", "القول إن مكان المرأة المطبخ كلام خاطئ"),
    ("ar", "قال الوزير إن المرأة لا تصلح للقضاء فخرج الآلاف محتجين"),
    ("fa", "وزیر گفت زن‌ها نمی‌تونن قاضی بشن و هزاران نفر اعتراض کردن"),
])
def test_a_claim_called_wrong_or_reported_and_protested_is_counter_speech(det, lang, text):
    assert "counter" in rule_names(det, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("tr", "Kadının yeri mutfaktır demek yanlış olmaz"),  # it would not be wrong to say it: the claim made
    ("tr", "Kadının yeri mutfaktır demek yanlış mı?"),
    ("ar", "قال الوزير إن المرأة لا تصلح للقضاء وهو محق"),  # reported and agreed with
    ("fa", "وزیر گفت زن‌ها نمی‌تونن قاضی بشن و حق داشت"),
])
def test_a_claim_endorsed_stays_a_claim(det, lang, text):
    names = rule_names(det, lang, text)
    assert "counter" not in names
    assert "abuse" in found(det, lang, text)
