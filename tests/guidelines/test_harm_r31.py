"""Mechanisms from the thirty-first round (tests/guidelines/probes/*_r31*.tsv, 2026-12-02: Arabic, Turkish
and Persian insults, sexual remarks, group abuse, counter-speech and threats, with contrasts), each tested
in other words than the probe line that found it, with the readings it must leave alone."""
import pytest

from tests.guidelines.harm_helpers import found


@pytest.mark.parametrize("lang,text", [
    ("en", "Do your homework before you write, moron"),
    ("tr", "Git biraz kitap oku, cahil"),
    ("fa", "برو یه کم کتاب بخون، احمق"),
    ("ar", "اقرأ التاريخ أولاً، جاهل"),
])
def test_an_insult_closing_its_sentence_after_a_comma_calls_the_addressee(det, lang, text):
    assert "personal_attack" in found(det, lang, text), text


@pytest.mark.parametrize("lang,text", [
    ("tr", "Kedi, köpeği kovaladı"),  # the cat chased the dog: a verb after the word
    ("en", "Sorry, stupid question: when is the vote?"),
])
def test_a_word_after_a_comma_with_more_after_it_is_no_vocative(det, lang, text):
    assert "personal_attack" not in found(det, lang, text), text


@pytest.mark.parametrize("text", ["افغانی‌ها سگ‌اند", "کردها خوک‌اند و باید برن"])
def test_persian_plural_copula_on_a_short_dehumanising_word(det, text):
    assert "abuse" in found(det, "fa", text), text


@pytest.mark.parametrize("text", [
    "Çingene müziği festivali bu hafta sonu başlıyor",
    "Çingene topluluğu için yeni okul açıldı",
])
def test_turkish_roma_named_before_their_community_or_music_is_no_slur(det, text):
    assert "abuse" not in found(det, "tr", text), text


def test_turkish_cingene_thrown_at_someone_stays_a_slur(det):
    assert "abuse" in found(det, "tr", "Defol git buradan çingene")


def test_arabic_honour_sold_said_of_women_is_abuse(det):
    assert "abuse" in found(det, "ar", "المذيعات كلهن بايعات شرفهن")


def test_arabic_whoever_says_it_does_not_know_them_is_counter_speech(det):
    f = found(det, "ar", "اللي يسمي الكرد خونة يجهل تاريخهم")
    assert "abuse" not in f and "counter" in f, f


@pytest.mark.parametrize("lang,friendly,hostile", [
    ("tr", "Evinizi biliyoruz, bayramda tatlıyla geleceğiz", "Evinizi biliyoruz, yakında geleceğiz"),
    ("ar", "نعرف بيتك، بنجيك بالعيد ومعنا حلويات", "نعرف بيتك، بنجيك قريب"),
    ("fa", "آدرس خونه‌تون رو داریم، عید با کادو میایم", "آدرس خونه‌تون رو داریم، به زودی میایم"),
])
def test_knowing_the_address_with_a_feast_and_a_gift_is_a_friendly_visit(det, lang, friendly, hostile):
    assert "threat" not in found(det, lang, friendly), friendly
    assert "threat" in found(det, lang, hostile), hostile


@pytest.mark.parametrize("lang,text", [
    ("tr", "Bu yazarı savunan güneşi göremez"),
    ("fa", "هر کی از این روزنامه دفاع کنه رنگ آفتاب رو نمی‌بینه"),
    ("ar", "ابشروا بالذبح يا خونة"),
    ("ar", "الصحفي صار هدف لنا"),
    ("ar", "رح نخليها دم للركب"),
    ("ar", "الصحفي لازم ينخطف"),
    ("fa", "قسم می‌خورم چالت می‌کنم"),
])
def test_stock_threats_of_the_round(det, lang, text):
    assert "threat" in found(det, lang, text), text


def test_arabic_burning_the_stages_is_hurrying(det):
    assert "threat" not in found(det, "ar", "لازم نحرق المراحل عشان نلحق الموعد")


def test_turkish_bed_goods_is_a_sexual_remark(det):
    assert "vulgarity" in found(det, "tr", "Şu sunucu tam yatak malı")


@pytest.fixture(scope="module")
def det_hurtlex():
    """A detector with expletives added as insults, as the HurtLex words the training data keeps can be
    (the shipped model's detector reads them; the ``det`` fixture does not)."""
    from newsroom.guidelines.harm import HarmDetector
    return HarmDetector(extra={"en": {"INSULT": ["shit", "crap"]}})


@pytest.mark.parametrize("text", ["Missed the bus again, shit. Typical Monday", "Lost my keys, crap."])
def test_an_expletive_closing_a_sentence_is_no_vocative(det_hurtlex, text):
    assert "personal_attack" not in found(det_hurtlex, "en", text), text


def test_an_insult_word_that_is_not_profane_still_calls_the_addressee(det_hurtlex):
    assert "personal_attack" in found(det_hurtlex, "en", "Read the whole story first, moron.")


def test_karbala_is_a_city_not_an_affliction(det):
    f = found(det, "ar", "الإيرانيين زاروا كربلاء بالملايين هالسنة")
    assert "abuse" not in f, f
    assert "abuse" in found(det, "ar", "اللاجئين بلاء على هالبلد")


def test_arabic_a_smell_said_of_a_people_is_abuse(det):
    assert "abuse" in found(det, "ar", "الاثيوبيين ريحتهم كريهة")


def test_persian_insult_heading_the_comment_before_a_comma_is_a_vocative(det):
    assert "personal_attack" in found(det, "fa", "نفهم، این مقاله رو کی نوشته؟")
    assert "personal_attack" not in found(det, "fa", "عجب، این خبر رو ندیده بودم")


def test_persian_ladies_is_a_group_and_homeless_is_not(det):
    assert "identity" in found(det, "fa", "خانما همه امروز اومدن")
    assert found(det, "fa", "بی‌خانمان‌ها در سرما می‌لرزند") == {}


def test_turkish_the_commenters_are_persons_to_insult(det):
    assert "personal_attack" in found(det, "tr", "Yorum yazan bu salaklar haberi okumamış")
    assert found(det, "tr", "Yorum yapan herkese teşekkürler") == {}


def test_turkish_short_witted_trope_and_its_rejection(det):
    assert "abuse" in found(det, "tr", "Kadınların saçı uzun aklı kısa")
    f = found(det, "tr", "Göçmenlere asalak diyenler bilimden habersiz")
    assert "abuse" not in f and "counter" in f, f
