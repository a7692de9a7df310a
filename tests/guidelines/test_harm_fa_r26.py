"""Mechanisms from the twenty-sixth Persian round (tests/guidelines/probes/fa_r26.tsv, 2026-12-01: veiled
threats and threats to the region's groups, sexual remarks, insults, homophobia and sexism, obfuscated
insults, and their contrasts): each with comments that need it and contrasts it must leave alone. The
comments here are other wordings than the probe's lines."""
import pytest

from tests.guidelines.harm_helpers import found, found_in

found_fa = found_in("fa")


@pytest.mark.parametrize("text", [
    # "won't come back on his own feet" after a condition, or after "whoever ... که"
    "اگه یه بار دیگه بیاد این محله با پای خودش برنمیگرده",
    "هر خبرنگاری که بیاد این روستا با پای خودش برنمیگرده",
    # "you know what happens / awaits you" after a condition or "or else"
    "اگه اسممو بنویسی خودت میدونی چی میشه",
    "این ارمنیا تا فردا برن، وگرنه میدونن چی سرشون میاد",
])
def test_consequence_after_a_condition_round26(det, text):
    assert "threat" in found_fa(det, text), text


@pytest.mark.parametrize("text", [
    # a recovery told, no condition; a condition denied (a lament); an invitation
    "بابابزرگ بعد از عمل با پای خودش برنمیگرده خونه، ویلچر لازم داره",
    "اگه دکتر نرسه با پای خودش برنمیگرده",
    "میدونی چی در انتظارته تو اربیل؟ جشنواره‌ی انار!",
    "هر کی که میاد نمایشگاه، خودش میدونه چی میخواد بخره",
])
def test_no_consequence_threat_round26(det, text):
    assert "threat" not in found_fa(det, text), text


@pytest.mark.parametrize("text", [
    "این نماینده رو باید از پشت‌بوم پرتش کرد پایین",
    "از پشت‌بوم پرتشون میکنیم این خائنا رو",
])
def test_thrown_off_the_roof_round26(det, text):
    assert "threat" in found_fa(det, text), text


def test_fall_from_the_roof_reported_round26(det):
    assert "threat" not in found_fa(det, "کارگر ساختمونی دیروز از پشت‌بوم افتاد و پاش شکست")


@pytest.mark.parametrize("text", [
    # insults the list lacked, at a person or the addressee
    "این مجری یه آدم مفلوکه",
    "تو یه عقده‌ای هستی که به موفقیت بقیه حسودی میکنی",
    # the reporter and the analyst as persons an insult is said of
    "گزارشگر این شبکه یه احمق تمام‌عیاره",
    "این تحلیلگر واقعا بیشعوره",
])
def test_insults_round26(det, text):
    assert "personal_attack" in found_fa(det, text), text


@pytest.mark.parametrize("text", [
    # a knot in the heart in old prose; the reporter praised
    "درویش را عقده ای شد در اندرون و رنجور افتاد",
    "گزارشگر این شبکه خیلی دقیق و منصفه",
])
def test_no_insult_round26(det, text):
    assert "personal_attack" not in found_fa(det, text), text


@pytest.mark.parametrize("text", [
    # rule 5b: a woman or a presenter, "one night", and an advance
    "خانم بازیگر یه شب بیا پیشم، نمیذارم بخوابی",
    "این دختره رو ببین، دلم میشه یک شب همرایش باشم",
])
def test_sexual_remark_round26(det, text):
    assert "vulgarity" in found_fa(det, text), text


@pytest.mark.parametrize("text", [
    # a family invitation; a mother and a sleepless child
    "خانم مجری یه شب بیا خونه‌ی ما شام، مامانم خیلی دوستت داره",
    "بچه‌م یه شب تا صبح نذاشت بخوابم، دندون درمیاره",
])
def test_no_sexual_remark_round26(det, text):
    assert "vulgarity" not in found_fa(det, text), text


@pytest.mark.parametrize("text", [
    # Finglish: a limb broken, a home address held, a guest to expect
    "gardanato mishkanam age dobare benevisi",
    "age inja biay, pato az zanoo mishkanam",
    "adreseto darim, montazere mehmoon bash",
])
def test_finglish_threats_round26(det, text):
    assert "threat" in found_fa(det, text), text


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_finglish_threat_read_as_persian_round26(det, lang):
    # the identifier may take Finglish for English or Turkish: the markers send it to the Persian lists
    assert "threat" in found(det, lang, "age dobare benevisi dandoonato khord mikonam")


@pytest.mark.parametrize("text", [
    "delam shekast vaghti in khabaro khoondam",
    "montazere ghesmate badi hastim, merci",
    "adrese daftaretoon koja-st? mikham ketab befrestam",
])
def test_no_finglish_threat_round26(det, text):
    assert "threat" not in found_fa(det, text), text


def test_finglish_sexual_remark_round26(det):
    assert "vulgarity" in found_fa(det, "ye shab in mojriye ba man bashe, delam mikhad")


def test_finglish_homophobic_predicate_round26(det):
    assert "abuse" in found_fa(det, "hamjensgara ha maraz daran")


@pytest.mark.parametrize("text", [
    # "instead of saying ...", "was not suitable": what is quoted is rejected
    "به جای اینکه بگیم عربا کثیفن، بیایم با هم حرف بزنیم",
    "بجای اینکه بنویسیم زنا ناقص‌العقلن، از خودمون بپرسیم چرا",
])
def test_instead_of_saying_is_counter_speech_round26(det, text):
    assert "abuse" not in found_fa(det, text), text


def test_instead_of_doing_is_no_counter_speech_round26(det):
    # "instead of" a deed, not a saying: the claim stands
    assert "abuse" in found_fa(det, "به جای اینکه کار کنن، این عربا همه‌شون دزد و تنبلن")


@pytest.mark.parametrize("text", [
    # the weapon an act is done with, called for against a group
    "این افغانیا رو باید با چماق از محله بیرون کرد",
    "کردا رو باید با زنجیر زد",
])
def test_weapon_with_a_call_round26(det, text):
    assert found_fa(det, text).get("threat") == 2, text


@pytest.mark.parametrize("text", [
    "پلیس دیروز با باتوم به معترضان حمله کرد",
    "قدیما دزدا با قمه تو کوچه‌ها میچرخیدن",
])
def test_weapon_told_round26(det, text):
    assert "threat" not in found_fa(det, text), text
