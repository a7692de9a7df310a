"""The hundred-and-fifteenth round: readers' sympathy with the peoples in the news (test_group_grid.py's stune
half) read as a call: an event named, its doers named by their past act, an act made a noun."""
import pytest

from .harm_helpers import found


@pytest.mark.parametrize("lang, text", [
    ("en", "Why is nobody talking about the massacre of Yazidis?"),  # an event talked about
    ("en", "Thank you for reporting on the killing of refugees."),
    ("ar", "اللي قتلوا السوريين لازم يتحاسبوا"),  # the doers named by their past act
    ("tr", "Ezidilerin katledilmesini haber yaptığınız için teşekkürler."),  # the act a noun, told of
])
def test_no_threat(det, lang, text):
    assert found(det, lang, text).get("threat") is None


@pytest.mark.parametrize("lang, text", [
    ("en", "Why is nobody killing the Yazidis?"),  # the act itself asked for
    ("ar", "يجب أن تحرقوا بيوت السوريين"),
    ("tr", "Ezidilerin öldürülmesini istiyorum"),  # the noun wanted
    ("tr", "Oğlum gey olsa ölmesini tercih ederim."),  # a death preferred
])
def test_still_a_threat(det, lang, text):
    assert found(det, lang, text).get("threat") == 2


def test_sent_to_prison_is_no_exclusion(det):
    assert found(det, "ar", "الذين أحرقوا بيوت السوريين يجب أن يدخلوا السجن").get("abuse") is None
