"""The hundred-and-sixth round: Persian regional stereotypes and disgust written apart."""
import pytest

from tests.guidelines.harm_helpers import found


@pytest.mark.parametrize("text", [
    "رشتیا بی‌غیرتن",
    "اصفهانیا خسیس‌ترین مردم دنیان",
    "این دوجنسه‌ها حال آدمو به هم می‌زنن",
])
def test_a_people_derogated(det, text):
    assert "abuse" in found(det, "fa", text)


@pytest.mark.parametrize("text", [
    "آقای اصفهانی امروز در مجلس صحبت کرد",  # the singular is also a surname
    "جوک قومیتی درباره رشتیا توهین به یه شهر کامله",
])
def test_no_people_derogated(det, text):
    assert "abuse" not in found(det, "fa", text)
