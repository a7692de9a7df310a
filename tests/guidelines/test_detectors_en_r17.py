"""Sales copy from the seventeenth English round (tests/guidelines/probes/en_r17j.tsv): a promo code and
the app to download, and the news talk that must stay clean."""
import pytest

from newsroom.guidelines import detectors


def phrases(text):
    return [f for f in detectors.find(text) if f[0] == "phrase"]


@pytest.mark.parametrize("text", [
    "Download our app and get your first taxi ride free with code NEWS10",
    "Use code ERBIL20 for a free trial of our fitness classes",
])
def test_promo_codes(text):
    assert phrases(text), text


@pytest.mark.parametrize("text", [
    "Download the report from the ministry website, it is free",
    "The new taxi app has put many drivers out of work",
    "The code of conduct for journalists was published today",
])
def test_news_talk(text):
    assert not phrases(text), text
