"""The hundred-and-seventh round: slurs for a people in Turkish and Arabic."""
from tests.guidelines.harm_helpers import rules


def test_baghdads_name_for_the_south_is_a_slur(det):
    assert ("abuse", "slur") in rules(det, "ar", "الشراقوة ما يستحون")


def test_share_it_is_no_slur(det):
    # "شاركوها", share it, is two swapped letters from the slur's spelling with kaf, which is not listed
    assert ("abuse", "slur") not in rules(det, "ar", "شاركوها ليعلم الناس الحقيقة")
