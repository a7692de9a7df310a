"""The eighty-fourth round (2026-12-04): a claim about a group called a lie or a myth is counter-speech, in
en, ar and fa before the claim (DENY: "It is a lie that refugees are criminals", "كذبة أن اللاجئين
مجرمين", "این افسانه که عربا وحشی‌ان") and in Turkish after it (tr_claim_called_false: "Suriyelilerin
suçlu olduğu yalanı"). A claim said to be true, or no lie, stays a claim."""
import pytest

from tests.guidelines.harm_helpers import COUNTER, found, rules


@pytest.mark.parametrize("lang,text", [
    ("en", "It is a lie that refugees are criminals"),
    ("en", "The lie that Kurds are terrorists has cost lives"),
    ("en", "The myth that refugees are criminals must die"),
    ("tr", "Suriyelilerin suçlu olduğu yalanı artık bitmeli"),
    ("tr", "Suriyelilerin suçlu olduğu bir yalandır"),
    ("tr", "Kürtlerin terörist olduğu iddiası yalan"),
    ("tr", "Kadınların araba kullanamadığı efsanesi çoktan çürüdü"),
    ("ar", "كذبة أن اللاجئين مجرمين"),
    ("ar", "من الكذب القول إن الأكراد خونة"),
    ("fa", "این افسانه که عربا وحشی‌ان باید تموم بشه"),
    ("fa", "این دروغ که افغانیا دزدن رو باور نکنید"),
    ("fa", "افسانه‌ی اینکه زنا عقل ندارن قدیمی شده"),
])
def test_a_claim_called_a_lie_is_counter_speech(det, lang, text):
    assert COUNTER in rules(det, lang, text)
    assert "abuse" not in found(det, lang, text)


def test_a_myth_that_must_die_is_no_threat(det):
    assert "threat" not in found(det, "en", "The myth that refugees are criminals must die")


@pytest.mark.parametrize("lang,text", [
    ("en", "It is true that refugees are criminals"),
    ("tr", "Suriyelilerin suçlu olduğu bir gerçektir"),
    ("tr", "Kürtlerin terörist olduğu yalan değil"),
    ("ar", "حقيقة أن اللاجئين مجرمين"),
    ("fa", "این حقیقته که افغانیا دزدن"),
])
def test_a_claim_said_to_be_true_stays_a_claim(det, lang, text):
    assert "abuse" in found(det, lang, text)
