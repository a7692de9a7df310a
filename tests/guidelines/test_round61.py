"""The sixty-first round (2026-12-03): a group said never to be trusted is a sweeping negative claim, in en,
ar, tr and fa (harm.py, rule 3c and _TRUST): "Persians cannot be trusted", "لا تثقون في الإيزيديين",
"Farslara güvenilmez", "به فارسا نمیشه اعتماد کرد". Not a group that does not trust someone else ("Kurds
don't trust Baghdad"), nor trust between groups, nor distrust of no group."""
import pytest

from tests.guidelines.harm_helpers import found


@pytest.mark.parametrize("lang, text", [
    ("en", "You should never trust Yazidis"),
    ("en", "Persians cannot be trusted"),
    ("ar", "لا تثقون في الإيزيديين"),
    ("ar", "الفرس ما ينوثق فيهم"),
    ("tr", "Ezidilere asla güvenmeyin"),
    ("tr", "Farslara güvenilmez"),
    ("fa", "به ایزدیا اعتماد نکنید"),
    ("fa", "به فارسا نمیشه اعتماد کرد"),
    ("ar", "الأكراد ما ينوثق فيهم هم خونة"),  # (هم, they: no "each other" as Persian "به هم" is)
])
def test_a_group_said_never_to_be_trusted_is_abuse(det, lang, text):
    assert "abuse" in found(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "Kurds don't trust Baghdad any more"),
    ("en", "Kurds and Arabs must learn to trust each other"),
    ("en", "Never trust a banker"),
    ("ar", "الأكراد ما يثقون ببغداد"),
    ("tr", "Kürtler artık Bağdat'a güvenmiyor"),
    ("fa", "کردها دیگه به بغداد اعتماد ندارن"),  # (round 55's virtue denied had read it so)
    ("fa", "عربا و کردها هنوز به هم اعتماد نمیکنن"),
])
def test_a_group_that_does_not_trust_or_distrust_of_no_group_is_no_abuse(det, lang, text):
    assert "abuse" not in found(det, lang, text)
