"""The hundred-and-nineteenth round: violent words in their harmless senses (test_group_grid.py's itune half)
-- Turkish "pist" (a runway, a dance floor) is no "pis" (dirty)."""
import pytest

from .harm_helpers import found


@pytest.mark.parametrize("text", ["Suriyeliler dans pistinde harikaydı.", "Kürt kayakçılar pistte yarıştı."])
def test_a_runway_is_not_dirt(det, text):
    assert found(det, "tr", text).get("abuse") is None


@pytest.mark.parametrize("text", ["Suriyeliler pistir", "Suriyeliler pis"])
def test_dirt_is_still_dirt(det, text):
    assert found(det, "tr", text).get("abuse") == 2
