"""Persian threat precision (2026-12-01): the act rules read کشیدن (pull, bear, smoke, draw) apart from
کشتن (kill), the doer (متجاوز) apart from the act, the act done to oneself or to the speaker, a feeling
("آتیشت میزنه", "ز اندوه بمیری", "این تو بمیری‌ها"), an act supposed by a condition, going on or told in
the present, a slogan named rather than chanted ("شعار مرگ بر امریکا"), and a hashtag against the act
(#اعدام_نکنید). Each false alarm below was of a kind found on the Persian training rows labelled clean;
the threats with the same verbs must still be found."""
import pytest

from newsroom.guidelines.harm import STRONG
from tests.guidelines.harm_helpers import found_in

found = found_in("fa")


@pytest.mark.parametrize("text", [
    # کشیدن, not کشتن: the noun pulled, borne or smoked, a place "به X", a direction after the verb
    "طلبکار زنگ زد گفت پولمو از خرطومت میکشم بیرون",
    "چرا باید هر ماه اینهمه درد بکشم؟",
    "کار من نیست که کارنامه خودم را به رخ بکشم",
    "میخوان توی سینما دیوار بکشن",
    "بچه ها مامانم خیلی ازمون کار میکشه",
    "داداش گل میکشیم که میخندیم",
    "دوستان از این بحث دست بکشید",
    "با جمعیت بجای اینکه عقب بکشید برید جلو",
    "همه سرچ کردن پیجشو پیدا کنن ب فوش بکشن",
    "اقتصاد مریض مردم رو به کام مرگ میکشه",
    "چطور علما رو گول زده و به منزل خود بکشانیم",
    "میخواد بقیه رو هم بکشه پایین",
    # the doer named, not the act
    "چرا بعضیا فک میکنن هنرمندا نمیتونن متجاوز باشن",
    # done to oneself, or to the speaker
    "این برا دیده شدن خودشو میکشه",
    "خدا ما رو بکشه با این شورای شهر",
    # a feeling, an idiom
    "یه وقتایی یه حرفایی چنان آتیشت میزنه که دوست داری فریاد بزنی",
    "این تصمیم آتیشت میزنه ولی پخته تر میشی",
    "شب مهتاب همان به که ز اندوه بمیری",
    "این دیگه اون تو بمیری ها نیست",
    "الهی بمیرم برات که اینقدر غصه میخوری",
    "بمیرم برات عزیزم",
    "در عصری که به سر می‌بریم همه افسرده‌اند",
    # supposed, going on, told in the present, someone's words told
    "اگه تو بمیری من گریه میکنم",
    "موقعی ک بمیری عزیزترین آدم زندگیت سردردشو فراموش میکنه",
    "فلسطین که داره نابود میشه خدا رو شکر",
    "تو فیلم مارلون براندو رو جلوی میوه فروشی ترور میکنن",
    "رژیم معترضان را بازداشت و شکنجه میکند",
    "مامانم میگه بمیری تو اینقدر گوشی دستته",
    "ادم اجازه ندارد قولش را بشکند",
    "۱۳ میلیون نهال در کابل کشت میشود",
    "بابا مرگ دست خداست",
    "چرا باید کشت؟ چرا باید از صدای انسان ترسید؟",
    # the slogan named, not chanted
    "همین نظر رو درباره کسانی که شعار مرگ بر موسوی سر میدن دارید؟",
    "اثرات مرگ بر امریکا گفتن ما داره کل دنیا رو بدبخت میکنه",
    "از بچه دبستانی تا رییس جمهور صبح تا شب میگن مرگ بر امریکا",
    # a hashtag against the act
    "به گوش حکومت برسانیم #لغو_فوری_اعدام",
])
def test_persian_no_threat(det, text):
    assert "threat" not in found(det, text), text


@pytest.mark.parametrize("text", [
    "به خدا میکشمت",
    "اگه ببینمت میکشمت",
    "میکشمت عوضی",
    "خونتو میریزم",
    "مرگ بر خامنه‌ای",
    "هزاران بار باید گفت مرگ بر خامنه ای",
    "باید اعدامشون کرد",
    "میسوزونمت",
    "این آخوندا رو باید کشت",
    "کاش زودتر بمیری",
    "باید وسط خیابون آتیشت بزنن خائن",
    "خون تو هم مثل بقیه ریخته می‌شود",
    "یه روز حساب همتونو میرسیم، میکشیمتون",
])
def test_persian_threat_still_found(det, text):
    assert found(det, text).get("threat") == STRONG, (text, found(det, text))


@pytest.mark.parametrize("text", [
    "یا مدلشو مینویسی یا میام آتیشت میزنم",  # the speaker's own fire, not the feeling "آتیشت میزنه"
    "با دستای خودم خفه‌ش میکنم این کثافتو",  # by my own hands: not an act done to oneself
])
def test_persian_threat_kept_at_any_strength(det, text):
    # (both were weak findings before this round: no target named beside the act)
    assert "threat" in found(det, text), (text, found(det, text))


def test_a_blow_the_addressee_is_to_take_stays_a_threat(det):
    # the present of خوردن (to take a blow) in the second person is a forecast, not a report
    assert found(det, "یه چـ.ـاقـ.ـو می‌خوری تو شکمت").get("threat") == STRONG
    assert "threat" not in found(det, "غذا میخوری")


def test_pulling_out_the_addressees_body_is_violence_not_a_pull(det):
    assert "threat" in found(det, "زبونتو از حلقومت میکشم بیرون")
    assert "threat" not in found(det, "پولمو از خرطومش میکشم بیرون")  # a debt pulled out: no body of yours
