"""The sixty-second round (2026-12-03): a woman of the news made a sexual object is vulgarity, in en, ar,
tr and fa (harm.py, rule 5d: BEDMINE, SEXPART, _NIGHT, _BODY_HURT): called to the speaker's own bed with a
call, a wish or a night ("Bring that translator to my bedroom for a night", "اون مترجمه رو یه شب بیارید اتاق
خوابم"), or her sexual parts named as hers ("Zoom in on the anchor's ass", "دفعه بعد رو باسن مجری زوم
کنید"). Not a bed told without a woman called to it, nor a body hurt."""
import pytest

from tests.guidelines.harm_helpers import rules


@pytest.mark.parametrize("lang, text", [
    ("en", "Bring that translator to my bedroom for a night"),
    ("en", "The weather presenter can sleep in my bed tonight"),
    ("ar", "جيبوا المترجمة لغرفة نومي ليلة"),
    ("tr", "O çevirmeni bir geceliğine yatak odama getirin"),
    ("fa", "اون مترجمه رو یه شب بیارید اتاق خوابم"),
])
def test_a_woman_called_to_the_speakers_bed_is_vulgarity(det, lang, text):
    assert ("vulgarity", "called to bed") in rules(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "Zoom in on the anchor's ass next time"),
    ("ar", "قربوا الكاميرا على طيز المذيعة المرة الجاية"),
    ("tr", "Bir dahaki sefere spikerin kıçına zoom yapın"),
    ("fa", "دفعه بعد رو باسن مجری زوم کنید"),
])
def test_a_womans_sexual_parts_named_as_hers_are_vulgarity(det, lang, text):
    assert ("vulgarity", "a woman's body named") in rules(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "I watched the debate from my bed with a fever"),
    ("en", "These ghetto ass names are something else"),
    ("tr", "Tartışmayı ateşler içinde yatağımdan izledim"),
    ("fa", "مناظره رو با تب از تو تختم دیدم"),
    ("fa", "گلوله به سینه خبرنگار خورد"),  # a bullet hit the reporter's chest
    ("ar", "صدر المرسوم أمس"),  # the decree was issued yesterday
])
def test_a_bed_without_a_woman_called_or_a_body_hurt_is_no_such_remark(det, lang, text):
    r = rules(det, lang, text)
    assert ("vulgarity", "called to bed") not in r and ("vulgarity", "a woman's body named") not in r
