"""A rejecting word after a group is read as counter-speech ("calling Kurds traitors is shameful") -- but
not when the group itself is what is rejected ("Kurds are thieves, shame on them": harm._REJECTED_THEM),
unless someone's saying comes first and "them" are the sayers."""
import pytest

from tests.guidelines.harm_helpers import found


@pytest.mark.parametrize("lang,text", [
    ("en", "Kurds are thieves, shame on them"),
    ("ar", "الأكراد لصوص، عيب عليهم"),
    ("fa", "افغانیا دزدن، خاک بر سرشون"),
])
def test_a_group_rejected_itself_is_abuse_not_counter_speech(det, lang, text):
    f = found(det, lang, text)
    assert f.get("abuse") == 2 and "counter" not in f


@pytest.mark.parametrize("lang,text", [
    ("en", "Calling Kurds traitors is shameful"),
    # "shame on you": the commenters who said it
    ("ar", "الأكراد لصوص، عيب عليكم"),
    # "them" after a saying: the sayers
    ("en", "People saying the Yazidis should be killed are the reason our region bleeds, shame on them"),
])
def test_a_saying_rejected_stays_counter_speech(det, lang, text):
    f = found(det, lang, text)
    assert "counter" in f and "abuse" not in f and "threat" not in f
