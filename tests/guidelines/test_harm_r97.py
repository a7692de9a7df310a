"""The ninety-seventh round: counter-speech that rejects a claim, its generalisation or its author."""
import pytest

from tests.guidelines.harm_helpers import found, rule_names


@pytest.mark.parametrize("lang,text", [
    ("en", "Generalising about Turks as barbarians helps no one"),
    ("en", "Whoever wrote that Yazidis are devil worshippers should read a book"),
    ("tr", "Afganların hırsız olduğunu duymaktan bıktım, bu bir yalan"),
    ("fa", "کسی که نوشته ایزدی‌ها شیطان‌پرستن بهتره یه کتاب بخونه"),
    ("ar", "تعبت من سماع إن الأفغان حرامية، هاد كذب"),
])
def test_the_claim_rejected_is_no_claim(det, lang, text):
    names = rule_names(det, lang, text)
    assert "counter" in names
    assert not names & {"negative generalisation", "dehumanisation"}


def test_a_fanatic_named_is_no_counter_speech(det):
    assert "counter" not in rule_names(det, "ar", "افهمو يا عرب راغب شيعي متعصب")


@pytest.mark.parametrize("text", [
    "العراقيين شعب ما بيستاهل خير",
    "اليهود أصل كل بلاوي الدنيا",
    "المصريين شعب ما عنده كرامة",
])
def test_ninety_eighth_round_dialect_claims(det, text):
    assert "abuse" in found(det, "ar", text)


def test_a_root_of_good_things_blames_no_one(det):
    assert "abuse" not in found(det, "ar", "الزراعة أصل كل خير بالقرية")


@pytest.mark.parametrize("lang,text", [
    ("en", "Not all Arabs are terrorists, most of them are victims of terror"),
    ("en", "It is simply false that Afghans are thieves"),
    ("ar", "مش كل العرب إرهابيين"),
])
def test_ninety_ninth_round_a_claim_denied(det, lang, text):
    names = rule_names(det, lang, text)
    assert "negated" in names or "counter" in names
    assert "abuse" not in found(det, lang, text)


def test_a_persian_insult_denied_but_not_nothing_but(det):
    texts = ("کردها خائن نیستن", "تو مزدوری بیش نیستی")
    attacks = {t: "personal_attack" in found(det, "fa", t) for t in texts}
    assert attacks == {"کردها خائن نیستن": False, "تو مزدوری بیش نیستی": True}
