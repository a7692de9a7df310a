"""The ninety-third round: exclusion in everyday words, and what is told as done."""
import pytest

from tests.guidelines.harm_helpers import rules


def exclusion(det, lang, text):
    return ("abuse", "exclusion") in rules(det, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("tr", "Suriyeliler okullarımızdan men edilmeli"),
    ("tr", "Sınırları mültecilere kapatın, kurtulalım şunlardan"),
    ("fa", "باید افغانی‌ها رو از مدرسه‌های ما محروم کرد"),
    ("ar", "ممنوع توظيف أي تركماني بدوائر الدولة"),
    ("en", "No Arab should be allowed to vote"),
])
def test_a_people_barred(det, lang, text):
    assert exclusion(det, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("fa", "امسال هزاران افغان داوطلبانه به کشورشون برگشتن"),  # they went home: told, not called for
    ("fa", "دولت افغان‌ها را از مدرسه محروم کرد"),  # a report of what the government did
    ("fa", "کودکان محروم کرد در روستاها مدرسه ندارند"),  # deprived (Kurdish) children: pity
    ("fa", "باید به کودکان محروم کرد کمک کرد"),  # we must help them
    ("ar", "في ناس شيعة نجحوا بمجلس الخدمة المدنية بس بعد ما توظفوا"),  # "they were not hired"
    ("en", "No child should be allowed to go hungry"),
])
def test_no_call_to_bar_anyone(det, lang, text):
    assert not exclusion(det, lang, text)
