"""The ninety-second round's rule (harm._mind_and_beast): a person insulted with no name-calling word."""
import pytest

from tests.guidelines.harm_helpers import rules


@pytest.mark.parametrize("lang,text,rule", [
    ("en", "Your brain is the size of a pea", "a mind denied"),
    ("en", "Who let you write articles? Your brain does not work", "a mind denied"),
    ("fa", "مغزت اندازه‌ی نخوده", "a mind denied"),
    ("fa", "کی به تو اجازه داده مقاله بنویسی؟ عقلت کار نمیکنه", "a mind denied"),
    ("tr", "Beynin nohut kadar", "a mind denied"),
    ("ar", "الكاتب ما عنده ذرة عقل", "a mind denied"),
    ("ar", "مخك قد حبة الحمص", "a mind denied"),
    ("en", "You think like a cow", "likened to a beast"),
    ("tr", "Öküz gibi düşünüyorsun", "likened to a beast"),
    ("ar", "بتفكر متل البقرة", "likened to a beast"),
    ("en", "Bravo genius, another masterpiece of ignorance", "insult phrase"),
    ("tr", "Önce okumayı öğren sonra yorum yaz", "insult phrase"),
])
def test_an_insult_without_an_insulting_word(det, lang, text, rule):
    assert ("personal_attack", rule) in rules(det, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "The human brain keeps developing until about twenty-five"),
    ("en", "That makes zero sense as you are conflating two different sources"),
    ("en", "You have no sense of the region's history"),
    ("en", "Our children are brain washed by the ads, you know"),
    ("en", "He worked like a donkey all his life, you could see it"),
    ("en", "The flood swept away the village's cows"),
    ("fa", "مغز آدم تا بیست‌وپنج سالگی رشد میکنه"),
    ("tr", "İnsan beyni yirmi beş yaşına kadar gelişir"),
    ("tr", "Bu kıza napıyorsun sen diyecek aklı başında biri yok mu"),
    ("tr", "Köydeki öküzleri sel götürdü"),
    ("ar", "العقل يقول ننتظر نتائج التحقيق"),
    ("ar", "السيول جرفت أبقار القرية"),
])
def test_a_mind_or_a_beast_that_insults_no_one(det, lang, text):
    assert not rules(det, lang, text) & {("personal_attack", "a mind denied"),
                                         ("personal_attack", "likened to a beast")}
