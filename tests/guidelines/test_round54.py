"""The fifty-fourth round (2026-12-03), three mechanisms in every scored language:

- counter-speech that quotes others' hate: the slur or the claim inside quotation marks, put in others'
  mouths by a verb of saying, calling or writing, is reported, not said (harm.py, ``quoted_from_others``);
- sales copy beside the address it gives: a seller's call to the reader ("download", "sign up", "indir",
  "ثبت‌نام کن", "ادخلوا") counts beside a link, an email, a phone number or a messenger's address typed
  near it (detectors.py, ``SELLER_CALLS``);
- an act the commenter denies doing as a habit or a creed ("we don't burn offices") is a negation the
  written-threat head must not read as a threat (harm.py, rule 1e and the Arabic branch without a mood).
"""
import pytest

from newsroom.guidelines import detectors
from newsroom.guidelines.normalise import normalise_base_text
from tests.guidelines.harm_helpers import found, rules

# ---- counter-speech quoting others ----

@pytest.mark.parametrize("lang, text", [
    ("en", 'Commenters who keep writing "Turks are barbarians" should read some history first'),
    ("en", 'Anyone who calls Shia "rafida" is doing ISIS\'s work for them'),
    ("ar", 'اللي يكتبون "الأتراك همج" المفروض يقرون تاريخ أول'),
    ("tr", '"Türkler barbar" yazan yorumcular önce biraz tarih okusun'),
    ("tr", 'Şiilere "rafızi" diyen herkes IŞİD\'in işini yapıyor'),
    ("fa", "کسایی که می‌نویسن «ترکا وحشین» اول یه کم تاریخ بخونن"),
    ("fa", "هر کی به شیعه‌ها می‌گه «رافضی» داره کار داعشو می‌کنه"),
])
def test_hate_quoted_from_others_is_counter_speech(det, lang, text):
    got = found(det, lang, text)
    assert "abuse" not in got and "counter" in got, got


@pytest.mark.parametrize("lang, text", [
    # endorsed by the commenter
    ("en", 'Like the old saying goes, "Turks are barbarians", and it\'s true'),
    ("ar", 'مثل ما يقول المثل "الأتراك همج" وهذا صحيح'),
    ("tr", 'Eski sözün dediği gibi "Türkler barbar", doğru da'),
    ("fa", "همونطور که ضرب‌المثل می‌گه «ترکا وحشین»، درستم هست"),
    # no one else said it: the quotation marks are the commenter's own
    ("en", 'Kurds really are "mountain rats", nothing more'),
])
def test_hate_the_commenter_owns_stays_abuse(det, lang, text):
    assert "abuse" in found(det, lang, text)


def test_a_quotation_beside_the_commenters_own_abuse_is_no_counter_speech(det):
    # (English tweets that report others' slurs were mostly offensive themselves)
    assert ("counter", "counter") not in rules(det, "en", 'Cody is ALWAYS calling people "faggots". He is a '
                                                         "fucking idiot!")


# ---- sales copy beside its address ----

def _phrases(text):
    base = normalise_base_text(text)
    return [base[a:b] for name, a, b in detectors.find(base) if name == "phrase"]


@pytest.mark.parametrize("text, call", [
    ("For the newest phones visit phonestore-iq.com", "visit"),
    ("Yeni oyunumuzu playzone.app'ten indir, arkadaşlarınla oyna", "indir"),
    ("شانستو امتحان کن، تو luckyspin.xyz ثبت‌نام کن و جایزه‌تو بگیر", "ثبتنام کن"),
    ("نزلوا لعبتنا الجديدة من playzone.app والعبوا مع أصحابكم", "نزلوا"),
    ("Kriptodan para kazanmak ister misin? Telegram'dan yaz @kriptokral_tr", "yaz"),
])
def test_a_sellers_call_beside_the_address_it_gives_is_sales_copy(text, call):
    assert call in _phrases(text)


def test_a_sellers_call_counts_only_near_an_address():
    assert _phrases("Download the report and read it. " + "Nothing else to add here at all. " * 3
                    + "Source: statistics-office.org") == []
    assert _phrases("I read the same story on bbc.com and it had more detail") == []
    # a messenger's bare name is no address
    assert _phrases("Yorumlarımı Telegram'da da paylaşıyorum, katıl bakalım") == []


def test_the_handle_a_call_asks_the_reader_to_write_to_is_an_address():
    base = normalise_base_text("Evden çalışıp dolar kazanmak isteyen Telegram'dan bana yazsın @zengin_ol")
    found_rules = detectors.find(base)
    assert ("messenger", base.index("@"), len(base)) in found_rules  # not a reply's handle (weight -4.2)
    # a handle told a few words after a messenger's name is an account named, not an address
    base = normalise_base_text("Bakanlığın instagram hesabı @tcbakanlik açıklamayı sildi")
    assert any(name == "handle" for name, _, _ in detectors.find(base))


def test_imperatives_are_made_by_each_languages_rule():
    assert detectors._tr_imperatives("ziyaret et") == ["ziyaret et", "ziyaret edin", "ziyaret ediniz"]
    assert detectors._tr_imperatives("tıkla") == ["tıkla", "tıklayın", "tıklayınız"]
    assert detectors._fa_imperatives("دانلود کن") == ["دانلود کن", "دانلود کنید", "دانلود کنین"]
    assert detectors._fa_imperatives("بزن رو") == ["بزن رو", "بزنید رو", "بزنین رو"]
    assert detectors._fa_imperatives("برو") == ["برو", "برید", "برین", "بروید"]
    assert detectors._ar_imperatives("سجل")[:3] == ["سجل", "سجلي", "سجلوا"]
    # Arabic's bare "سجل" is also "recorded", and Turkish "katıl" typed in ASCII is "killer"
    assert "سجل" not in detectors.SELLER_CALLS["ar"] and "سجلوا" in detectors.SELLER_CALLS["ar"]
    assert "katil" not in detectors.SELLER_CALLS["tr"] and "katılın" in detectors.SELLER_CALLS["tr"]


def test_sales_copy_beside_its_address_is_promotion(model):
    for text in ("Yeni oyunumuzu playzone.app'ten indir, arkadaşlarınla oyna",
                 "لأحدث الموبايلات ادخلوا الحين على phonestore-iq.com",
                 "بازی جدیدمونو از playzone.app دانلود کن و با دوستات بازی کن"):
        assert model.score([{"text": text}])[0]["categories"]["promotion"] >= 0.5, text
    assert model.score([{"text": "Raporun tamamı reuters.com'da, okumak isteyen olursa"}])[0][
        "categories"]["promotion"] < 0.5


# ---- acts denied as a habit ----

@pytest.mark.parametrize("lang, text", [
    ("ar", "إحنا ما نحرق مكاتب، إحنا نكتب ونصوّت."),
    ("tr", "Biz kimsenin evini yakmayız, sadece eleştiririz."),
    ("fa", "ما خونه‌ی هیچکس رو آتیش نمی‌زنیم"),
])
def test_an_act_denied_as_a_habit_is_a_negation(det, lang, text):
    got = found(det, lang, text)
    assert "negated" in got and "threat" not in got, got


@pytest.mark.parametrize("lang, text", [
    ("ar", "ما نقتل غير الخونة"),  # an exception: we kill none but the traitors
    ("ar", "ليش ما نحرقهم ونخلص؟"),  # why don't we burn them: a call
    ("ar", "قبل ما نحرقهم لازم نعرف مين"),  # before we burn them
    ("tr", "Ofisinizi yakmam lazım."),  # a need, not a habit
])
def test_an_oath_a_question_or_a_need_is_no_denial(det, lang, text):
    assert "negated" not in found(det, lang, text)


def test_a_denied_habit_is_not_a_threat_to_the_scorer(model):
    for text in ("Biz ofis yakmayız, yazarız ve oy veririz.", "إحنا ما نحرق مكاتب، إحنا نكتب ونصوّت.",
                 "ما دفتر کسی رو آتیش نمی‌زنیم، می‌نویسیم و رأی می‌دیم."):
        result = model.score([{"text": text}])[0]
        assert (result["categories"].get("threat") or 0) < 0.5, text
    assert model.score([{"text": "دفترتونو آتیش می‌زنیم"}])[0]["categories"]["threat"] >= 0.5
