"""The hundred-and-first round: religious hatred, and an attack condemned in Turkish."""
import pytest

from tests.guidelines.harm_helpers import found, rule_names


@pytest.mark.parametrize("text", [
    "Kilisede düzenlenen saldırıyı lanetliyoruz",
    "Terörü lanetliyoruz",
    "Eşcinsel bir gazeteciye sokakta saldırılmasını kınıyoruz, kimse bunu hak etmez",
])
def test_an_attack_condemned_is_counter_speech_and_no_profanity(det, text):
    assert "counter" in rule_names(det, "tr", text)
    assert "profanity" not in found(det, "tr", text)


@pytest.mark.parametrize("text", [
    "Lanet olsun bu işe",  # the curse itself
    "lanetli herif",
    "Bu lanetlenmiş ülke",
])
def test_the_curse_is_still_profanity(det, text):
    assert "profanity" in found(det, "tr", text)


def test_a_person_condemned_strongly_is_no_attack_condemned(det):
    # "şiddetle" is "strongly", not violence named
    assert "counter" not in rule_names(det, "tr", "Kendisini şiddetle kınıyorum")


def test_killers_of_the_prophets_is_a_sweeping_claim(det):
    assert "abuse" in found(det, "ar", "اليهود قتلة الأنبياء وما إلهم أمان")
    assert "abuse" not in found(det, "ar", "قتلة الصحفي ما زالوا طلقاء")  # a journalist's killers, no group
