"""The hundred-and-ninth round: a Turkish people's name with two letters swapped before its endings."""
import pytest


@pytest.mark.parametrize("word", ["suriyeillerden", "yahudlierden", "eşcinslelerden"])
def test_a_peoples_name_swapped_before_its_endings(det, word):
    assert any(t.startswith("GROUP:") for t in det.langs["tr"].tags(word))


@pytest.mark.parametrize("word", [
    "suriyeillerdenmiş",  # more than the plural and a case after the name: no slip read
    "ermnilere",  # a letter missing: Turkish reads swaps only
])
def test_not_read(det, word):
    assert not any(t.startswith("GROUP:") for t in det.langs["tr"].tags(word))
