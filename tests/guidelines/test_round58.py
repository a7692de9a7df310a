"""The fifty-eighth round (2026-12-03): a group named beside hateful words in a comment that is not hateful,
in en, ar, tr and fa (harm.py: prejudice_named, claim_denied, hate_of_event):

- prejudice itself condemned ("I hate racism", "رهاب المثلية مقرف", "Irkçılıktan nefret ediyorum", "از
  نژادپرستی متنفرم") is counter-speech, and the group it is against is its target, not the subject of the
  hostile word ("Racism against Arabs makes me sick");
- a claim about a group denied by its own copula or by "none of them" ("Muslims are not terrorists", "لا يوجد
  كردي خائن بطبعه", "Kürtler vahşi değil", "مسلمونا تروریست نیستن") is counter-speech as well as a negation;
- hatred of what is done or said to a group ("I hate how refugees are treated") is not hatred of the group.

Each is read only in a comment without abuse of its own; the hateful controls stay abuse."""
import pytest

from tests.guidelines.harm_helpers import found


@pytest.mark.parametrize("lang, text", [
    ("en", "Honestly, I hate racism of every kind"),
    ("en", "Transphobia disgusts me"),
    ("en", "Discrimination against Yazidis is shameful"),
    ("ar", "نكره العنصرية بكل أشكالها"),
    ("ar", "العنصرية ضد الكرد مقرفة"),
    ("tr", "Homofobiden nefret ediyorum"),
    ("tr", "Kürtlere karşı ırkçılık iğrenç"),
    ("fa", "از همجنسگراستیزی متنفرم"),
    ("fa", "تبعیض علیه افغانا چندش‌آوره"),
])
def test_prejudice_condemned_is_counter_speech_and_its_target_is_not_abused(det, lang, text):
    f = found(det, lang, text)
    assert "counter" in f and "abuse" not in f


@pytest.mark.parametrize("lang, text", [
    ("en", "Your racism is disgusting"),  # an accusation, not counter-speech
    ("en", "This fucking racism is disgusting"),  # abuse of the commenter's own
    ("ar", "عنصريتك مقرفة يا حمار"),
])
def test_prejudice_of_the_addressee_or_beside_own_abuse_is_no_counter_speech(det, lang, text):
    assert "counter" not in found(det, lang, text)


def test_an_owner_of_the_prejudice_is_still_abused(det):
    # "the Kurds' hostility to Turks is disgusting": the Kurds, in the genitive, are what is said to be so
    assert "abuse" in found(det, "tr", "Kürtlerin Türk düşmanlığı iğrenç")


@pytest.mark.parametrize("lang, text", [
    ("en", "Kurds are not savages"),
    ("en", "No Afghan is a criminal"),
    ("en", "Not one Christian here is a traitor"),
    ("ar", "الأكراد مو همج"),
    ("ar", "لا يوجد مسيحي خائن"),
    ("tr", "Kürtler vahşi değil"),
    ("tr", "Iraklılar suçlu değil"),
    ("fa", "کردها وحشی نیستن"),
    ("fa", "مسیحیا خائن نیستن"),
])
def test_a_claim_denied_is_negation_and_counter_speech(det, lang, text):
    f = found(det, lang, text)
    assert "negated" in f and "counter" in f and "abuse" not in f


@pytest.mark.parametrize("lang, text", [
    ("en", "Arabs are not people, they are animals"),
    ("ar", "العرب ليسوا بشر، هم حيوانات"),
    ("tr", "Araplar insan değil, hayvan onlar"),
    ("tr", "Kürtler hayvan değil de ne"),  # "what are they if not animals"
    ("tr", "Araplar hırsız değil mi?"),  # a question's tag
])
def test_dehumanisation_with_a_negation_or_a_rhetorical_denial_stays_abuse(det, lang, text):
    f = found(det, lang, text)
    assert "abuse" in f and "counter" not in f


def test_a_denial_followed_by_but_is_no_counter_speech(det):
    assert "counter" not in found(det, "en", "Not all Muslims are terrorists, but all terrorists are Muslims")
    assert "counter" not in found(det, "fa", "مسلمونا تروریست نیستن ولی همه‌ی تروریستا مسلمونن")


@pytest.mark.parametrize("lang, text", [
    ("en", "I hate the way the media talks about Kurds"),
    ("en", "I hate how Syrians are portrayed on TV"),
    ("ar", "أكره لما الإعلام يهين الأكراد"),
    ("tr", "Medyanın Kürtler hakkında konuşma şeklinden nefret ediyorum"),
    ("fa", "متنفرم از اینکه مردم به کردها توهین میکنن"),
])
def test_hatred_of_what_is_done_to_a_group_is_not_hatred_of_it(det, lang, text):
    f = found(det, lang, text)
    assert "abuse" not in f and "counter" in f


@pytest.mark.parametrize("lang, text", [
    ("en", "I hate it when Arabs come here"),
    ("en", "I hate Kurds"),
    ("ar", "أكره لما السوريين يجون هنا"),
    ("tr", "Suriyelilerin buraya gelmesinden nefret ediyorum"),
    ("tr", "Kürtlerden gerçekten nefret ediyorum"),
    ("fa", "متنفرم از اینکه افغانا میان اینجا"),
])
def test_hatred_of_a_group_doing_something_stays_hatred(det, lang, text):
    assert "abuse" in found(det, lang, text)


def test_the_scorer_does_not_flag_a_denied_stereotype_or_condemned_racism(model):
    results = model.score([{"text": "Muslims are not terrorists."}, {"text": "I hate racism."},
                           {"text": "I hate how refugees are treated in this city."}])
    assert all(r["violation"] < 0.5 for r in results)
