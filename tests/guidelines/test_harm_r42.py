"""Mechanisms from the forty-second round (tests/guidelines/probes/fa_r42.tsv, 2026-12-02: Persian insults at
the writer, a commenter, the presenter or an official written afresh, with contrasts), tested in other words
than the probe lines that found them."""
import pytest

from tests.guidelines.harm_helpers import found


@pytest.mark.parametrize("text, attack", [
    ("این نماینده‌ی نادون هیچی نمی‌دونه", True),  # the colloquial نادان
    ("آقای مجری، شما واقعاً بی‌عرضه‌ای", True),  # spineless, said to a person
    ("این شهردار پست‌فطرت دوباره دروغ گفت", True),  # base-natured
    ("تو عقلت کمه، وگرنه این حرفو نمیزدی", True),  # "your mind is short"
    ("نادانی مردم را نباید مسخره کرد", False),  # ignorance, the noun, at no one
    ("بی‌عرضگی مدیران شهری باعث این فاجعه شد", False),  # the managers' incompetence: a criticism
])
def test_persian_insults_at_a_person(det, text, attack):
    assert ("personal_attack" in found(det, "fa", text)) == attack, text
