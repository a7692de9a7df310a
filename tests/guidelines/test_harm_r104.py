"""The hundred-and-fourth round: a woman of the news undressed, wanted in bed or her body praised in words."""
import pytest

from tests.guidelines.harm_helpers import found


@pytest.mark.parametrize("lang,text", [
    ("en", "I'd love to strip this anchor out of her clothes"),
    ("en", "The presenter's body is on fire, I want a night with her"),
    ("tr", "Bu sunucunun kıyafetlerini çıkarmak isterdim"),
    ("tr", "Şu kızın numarasını verin, onunla yatmak istiyorum"),
    ("ar", "بدي أشلح هالصحفية تيابها"),
    ("ar", "شو هالصدر يا مذيعة، صوريلنا أكثر"),
    ("fa", "کاش می‌تونستم لباسای این مجری رو در بیارم"),
    ("fa", "شماره این دختره رو بدید، می‌خوام باهاش بخوابم"),
    ("fa", "عکس خبرنگاره رو دیدم، بدنش حرف نداره"),
])
def test_a_sexual_remark_on_a_woman_of_the_news(det, lang, text):
    assert "vulgarity" in found(det, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "I want the presenter to interview the minister again"),
    ("tr", "Sunucuyu yine izlemek istiyorum, çok profesyonel"),
    ("ar", "بدي المذيعة تعمل مقابلة مع الوزير"),
    ("fa", "گزارش خبرنگار حرف نداره"),  # the report flawless, no body
    ("fa", "کاش می‌تونستم برای پناهجوها لباس گرم بفرستم"),
])
def test_the_same_words_without_a_sexual_cue(det, lang, text):
    assert "vulgarity" not in found(det, lang, text)
