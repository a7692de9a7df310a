"""Mechanisms from the thirty-fourth round (tests/guidelines/probes/*_r34.tsv, 2026-12-02: Arabic, Persian
and Turkish counter-speech written afresh, with the same hate said outright), each tested in other
words than the probe line that found it, with the hate it must leave alone."""
import pytest

from tests.guidelines.harm_helpers import found


@pytest.mark.parametrize("lang, text", [
    ("ar", "كفاية تشبيه السوريين بالجرذان في كل خبر"),  # likening, named as the act
    ("ar", "لا يصح أن نسمي الكرد «خونة» في كل نقاش"),  # "we call", and "it is not right"
    ("ar", "وصف المسيحيين بالكفار كلام نازي"),  # "Nazi talk"
    ("ar", "تسمية الإيزيديين بالأنجاس لا مكان له في هذا الموقع"),  # "it has no place here"
    ("fa", "تشبیه کردها به موش حرف نازی‌هاست"),  # likening, named as the act; "the Nazis' talk"
    ("fa", "به عربا می‌گن «سوسمارخور» و این جرم نفرته"),  # "a hate crime"
    ("fa", "کسایی که یهودیا رو «نجس» می‌نامن به آدمای واقعی آسیب می‌زنن"),  # naming; "it hurts real people"
    ("tr", "Kürtleri fareye benzetmek Nazi söylemidir"),  # likening, named as the act; "Nazi discourse"
    ("tr", "Yahudilere \"pis\" diyen yorumlar insanları yaralıyor"),  # "it hurts people"
    ("tr", "Arapları \"vahşi\" diye yazan yorumcunun hesabı sorulmalı"),  # "must be called to account"
])
def test_hate_named_to_reject_it_is_counter_speech(det, lang, text):
    f = found(det, lang, text)
    assert "counter" in f and "abuse" not in f, (text, f)


@pytest.mark.parametrize("lang, text", [
    ("ar", "السوريين جرذان ملأوا بلدنا"),
    ("ar", "الكرد خونة وما لهم أمان"),
    ("ar", "المسيحيين كفار وأنجاس"),
    ("ar", "النازيين اليهود لازم يطلعون من المنطقة"),  # "Nazi" said of a group is the hate, not its rejection
    ("fa", "کردها موشن و تو کوه‌ها قایم می‌شن"),
    ("fa", "عربا سوسمارخورن"),
    ("fa", "یهودیا نجسن"),
    ("tr", "Kürtler fare gibi dağlarda ürüyor"),
    ("tr", "Yahudiler pis insanlardır"),
    ("tr", "Araplar vahşidir"),
])
def test_the_same_hate_said_outright_is_still_abuse(det, lang, text):
    assert "abuse" in found(det, lang, text), text
