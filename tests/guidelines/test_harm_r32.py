"""Mechanisms from the thirty-second round (tests/guidelines/probes/*_r32.tsv, 2026-12-02: Turkish and
Persian personal insults, sexual remarks and group abuse, with contrasts), each tested in other words than
the probe line that found it, with the readings it must leave alone."""
import pytest

from tests.guidelines.harm_helpers import found, rules


@pytest.mark.parametrize("text", [
    "سردبیر این روزنامه یک بزدل به تمام معناست",
    "آقای مجری، شما یک چاپلوس هستید",
])
def test_persian_coward_and_sycophant_said_of_a_person_are_insults(det, text):
    assert "personal_attack" in found(det, "fa", text), text


@pytest.mark.parametrize("text", [
    "چاپلوسی مدیران کار این اداره را خراب کرده است",  # sycophancy, the noun: no "you are"
    "برای چاپلوسی پیش زنی رفت که رئیس اداره بود",  # ... beside a woman: no sexist generalisation
])
def test_persian_sycophancy_the_noun_is_no_insult(det, text):
    assert not {"personal_attack", "abuse"} & set(found(det, "fa", text)), text


@pytest.mark.parametrize("text", [
    "ارتش داره به شهرهای مرزی موشک می زنه",  # زدن, to strike
    "اون همیشه حرف حساب می زنه",  # to say
    "بچه‌ها توپ رو محکم نمی زنن",
])
def test_persian_verb_after_its_detached_prefix_names_no_woman(det, text):
    assert not any(clause in ("identity", "abuse") for clause, _ in rules(det, "fa", text)), text


def test_persian_zaneh_without_the_prefix_is_still_a_woman(det):
    assert ("identity", "identity") in rules(det, "fa", "این زنه رو دیروز توی خبر دیدم")


def test_turkish_giving_anything_for_a_night_with_a_presenter_is_a_sexual_remark(det):
    assert "vulgarity" in found(det, "tr", "Spiker hanımla bir gece geçirmek için her şeyi veririm")


@pytest.mark.parametrize("text", [
    "Bu takımın şampiyonluğu için her şeyi veririm",
    # looking at, and "worth watching", were tried as desire and dropped: they made these remarks
    "Doktor hanım kalça ameliyatından sonra hastanın nasıl yürüdüğüne bakın dedi",
    "Sunucunun bacaklar için önerdiği egzersiz programı izlemeye değer",
])
def test_turkish_giving_anything_looking_and_watching_alone_are_no_sexual_remark(det, text):
    assert "vulgarity" not in found(det, "tr", text), text
