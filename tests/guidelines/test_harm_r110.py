"""The hundred-and-tenth round: what the tune half of the group grid (test_group_grid.py) found unread, with
texts other than the grid's where they can be."""
import pytest

from .harm_helpers import found, rule_names


@pytest.mark.parametrize("lang, text", [
    ("en", "Get these Syrians out of our country."),
    ("en", "Get all the Muslims out now"),
    ("ar", "المهاجرين في كل مكان. إنهم حشرات."),  # "they are" takes up the group of the sentence before
    ("fa", "افغانی‌ها حال‌به‌هم‌زن هستند."),  # disgust as an adjective
    ("fa", "عرب‌ها مشمئزکننده‌اند."),
    ("fa", "ترک‌ها چیزی جز حیوان نیستند."),  # "nothing but": the negated copula is the claim
    ("fa", "کردها جاشون تو باغ وحش است."),
    ("fa", "عرب‌ها همه جا هستند. انگل‌اند."),  # the subject dropped, "they are" on the predicate
    ("tr", "Siyahilerden nefret ediyorum."),
    ("tr", "Çingenelerden ne beklersin ki, hırsızlık kanlarında var"),  # "ne" asks, denies nothing
])
def test_abuse_found(det, lang, text):
    assert found(det, lang, text).get("abuse") == 2


@pytest.mark.parametrize("lang, text", [
    ("en", "Get the refugees out of the camps and into homes."),  # a rescue
    ("en", "We must get the Yazidis out of Sinjar before winter."),  # no imperative opens it
    ("fa", "ترک‌ها حیوان نیستند."),  # a real denial
    ("fa", "کردها به شهر ما آمدند. مهربان‌اند."),  # a kind predicate taken up
    ("tr", "Mahallemizde Çingeneler de yaşıyor."),  # the plural names the people, no slur
    ("tr", "Kimse Çingenelere zarar vermemeli."),
])
def test_no_abuse(det, lang, text):
    assert found(det, lang, text).get("abuse") is None


def test_the_singular_stays_a_slur(det):
    assert found(det, "tr", "amk çingenesi").get("abuse") == 2


@pytest.mark.parametrize("text", ["Kürtler hayvandır demek iğrenç bir şey.", "Araplar pistir demek ayıp."])
def test_a_saying_called_disgusting_is_counter_speech(det, text):
    names = rule_names(det, "tr", text)
    assert "counter" in names and not found(det, "tr", text).get("abuse")


def test_a_saying_not_called_disgusting_is_not(det):
    assert found(det, "tr", "Kürtler hayvandır demek iğrenç değil").get("abuse") == 2
