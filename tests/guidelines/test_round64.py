"""The sixty-fourth round (2026-12-03), in en, ar, tr and fa.
- A mishap to the addressee's own called a shame, if it came (harm.py rule 2a'', _SHAME): "Shame if your shop
  caught fire one night", "خسارة لو صار شي لبنتك", "Bir gece dükkânın yanarsa yazık olur", "حیف میشه اگه
  مغازه‌ات آتیش بگیره". Not a shame about no one's own, a loss that is no harm, nor Arabic "حرام عليها".
- A kindness promised in the first person (HarmDetector.kind_promise): the written-threat heads read "if I
  see you ... I'll ..." as a threat; when only such a head fired, a promise to thank, greet, invite or buy a
  coffee takes its finding away (model.LinearModel.findings).
- Arabic "مؤتمر" (a conference) no longer holds "موت" (death)."""
import pytest

from newsroom.guidelines.harm import HarmDetector
from newsroom.guidelines.normalise import normalise_text
from tests.guidelines.harm_helpers import rules


@pytest.mark.parametrize("lang, text", [
    ("en", "Shame if your shop caught fire one night, isn't it?"),
    ("en", "It'd be a real pity if your office windows got smashed."),
    ("ar", "خسارة لو صار شي لبنتك الصغيرة."),
    ("ar", "حرام لو احترق محلك بليلة من الليالي، مو؟"),
    ("tr", "Bir gece dükkânın yanarsa yazık olur, değil mi?"),
    ("tr", "Yaşlı annene kötü bir şey olursa yazık olur."),
    ("fa", "حیف میشه اگه یه شب مغازه‌ات آتیش بگیره، نه؟"),
    ("fa", "حیفه اگه برای مادر پیرت اتفاق بدی بیفته."),
])
def test_a_mishap_to_the_addressees_own_called_a_shame_is_a_threat(det, lang, text):
    assert ("threat", "shame if") in rules(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "It would be a shame if the festival were cancelled again."),
    ("en", "It'd be a pity if your team lost the final again."),
    ("ar", "حرام لو ألغوا المهرجان مرة ثانية."),
    ("ar", "يا الله حرام عليها حتى لو البنت غلطت."),
    ("tr", "Festival yine iptal edilirse çok yazık olur."),
    ("tr", "Takımın finali yine kaybederse yazık olur."),
    ("fa", "حیف میشه اگه جشنواره دوباره لغو بشه."),
    ("fa", "حیف میشه اگه تیمت دوباره فینال رو ببازه."),
])
def test_a_shame_about_no_ones_own_or_no_harm_is_none(det, lang, text):
    assert ("threat", "shame if") not in rules(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "If I meet that reporter one day I will buy him a coffee."),
    ("en", "If you're in Sulaymaniyah next week I'll show you around the bazaar."),
    ("en", "If I could I would visit the editor and shake his hand."),
    ("ar", "لو شفتك بالشارع راح أسلم عليك."),
    ("ar", "إذا لقيتك بالمؤتمر راح أعزمك على الغدا."),
    ("tr", "Seni sokakta görürsem selam veririm."),
    ("tr", "Editör köyümüze gelince ona bizzat teşekkür edeceğim."),
    ("fa", "اگه تو خیابون ببینمت بهت سلام می‌کنم."),
    ("fa", "اگه تو همایش ببینمت ناهار مهمونم."),
])
def test_a_kindness_promised_is_a_kind_promise(det, lang, text):
    assert det.kind_promise(lang, normalise_text(text))


@pytest.mark.parametrize("lang, text", [
    ("en", "If I see you in the street I'll teach you a lesson."),
    ("en", "If I see you again I'll show you what happens to liars."),
    ("en", "I'll take you to the river one night."),
    ("en", "If I see you I'll buy a rope for your neck."),
    ("ar", "لو شفتك بالشارع راح أكسر راسك."),
    # (an insult whose yeh bears a hamza, read as the lists write it)
    ("ar", "لو شفتك بالشارع راح أسلم عليك يا خائن."),
    ("tr", "Seni sokakta görürsem gebertirim."),
    ("fa", "اگه تو خیابون ببینمت می‌کشمت."),
])
def test_a_harm_or_an_idiom_of_threat_is_no_kind_promise(det, lang, text):
    assert not det.kind_promise(lang, normalise_text(text))


def test_a_kind_promise_takes_away_only_the_written_heads_threat(model):
    """The kindness spares a comment only the written head's finding: a rule's threat stays."""
    kind = "If I meet that reporter one day I will buy him a coffee."
    lang, probs, _found = model.harm_inputs([kind])[0]
    # the written head as it fired on it when this was written (a retrain moved it under its threshold)
    fired = {**probs, "written_threat": 1.0}
    assert "threat" not in model.findings(lang, normalise_text(kind), fired, ())  # the kindness takes it away
    unkind = "If I meet that reporter one day I will see him."  # (no kindness: the head's finding stays)
    assert "threat" in model.findings(lang, normalise_text(unkind), {**fired}, ())
    ruled = "If I meet that reporter one day I will kill him and buy a coffee."
    assert "threat" in model.harm_inputs([ruled])[0][2]


def test_a_conference_is_no_death():
    det = HarmDetector()
    L = det.langs["ar"]
    assert not {"DIE", "VIOLENT"} & L.tags(normalise_text("بالمؤتمر"))
    assert "DIE" in L.tags(normalise_text("بالموت"))
