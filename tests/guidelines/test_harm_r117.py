"""The hundred-and-seventeenth round: what the sympathy and history grids' held-out halves (scheck, hcheck)
misread -- the doers of a harm named around the people, and an armed subject's past act."""
import pytest

from .harm_helpers import found


@pytest.mark.parametrize("lang, text", [
    ("en", "Anyone who attacks refugees should be punished by the courts."),  # the claim is the doer's
    ("tr", "Suriyelilere saldıran herkes cezalandırılmalı."),
    ("tr", "Ezidileri öldürenler yargılanmalı."),
])
def test_the_doers_not_the_people(det, lang, text):
    got = found(det, lang, text)
    assert got.get("abuse") is None and got.get("threat") is None


@pytest.mark.parametrize("lang, text", [
    ("en", "People who go to church are all white trash filth."),  # the clause makes the group
    ("tr", "Eşcinsel öğretmenler okullardan atılmalı"),  # a noun, not a participle
])
def test_the_group_the_clause_names_is_still_abused(det, lang, text):
    assert found(det, lang, text).get("abuse") == 2


def test_an_armed_subjects_past_act_is_told(det):
    text = "يقول التقرير إن الجنود أطلقوا النار على السوريين عند الحدود"
    assert found(det, "ar", text).get("threat") is None


@pytest.mark.parametrize("text", ["أطلقوا النار على السوريين", "ايها المسلمين اقتلوا السوريين",
                                  "أي مكان فيه عرب يخترقه الارهاب أبيدوا العربان"])
def test_the_imperative_is_still_a_call(det, text):
    assert found(det, "ar", text).get("threat") == 2
