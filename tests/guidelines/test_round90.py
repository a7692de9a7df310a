"""The ninetieth round (2026-12-04): a claim reported as someone else's ("Someone here wrote that", "Biri ...
yazmış", "واحد كتب إن", "یکی نوشته") and answered by the commenter's own acquaintance of the group ("my Afghan
classmate is a surgeon", "benim Afgan sınıf arkadaşım", "صديقي الأفغاني", "همکلاسی افغانم") is counter-speech
(harm reported_then_met, harm._my_acquaintance); the claim agreed with, or repeated of the acquaintance,
is not."""
import pytest

from tests.guidelines.harm_helpers import COUNTER, found, rules


@pytest.mark.parametrize("lang,text", [
    ("en", "Someone here wrote that Afghans are all thieves, well my Afghan classmate is a surgeon now."),
    ("en", "Someone wrote that Kurds are traitors, but my Kurdish neighbour fought ISIS."),
    ("en", "A commenter said Arabs are savages. My Arab colleagues are the kindest people I know."),
    ("en", "Somebody claimed Syrians are lazy; our Syrian neighbours work two jobs."),
    ("tr", "Biri Afganların hırsız olduğunu yazmış, benim Afgan sınıf arkadaşım cerrah oldu."),
    ("tr", "Biri Kürtlerin hain olduğunu yazmış, bizim Kürt komşumuz IŞİD'e karşı savaştı."),
    ("ar", "واحد كتب إن الأفغان حرامية، بس صديقي الأفغاني صار جراح"),
    ("ar", "واحد قال إن الأكراد خونة، وجاري الكردي قاتل داعش"),
    ("fa", "یکی نوشته افغانی‌ها دزدن، ولی همکلاسی افغانم الان جراحه"),
])
def test_a_reported_claim_answered_by_ones_own_acquaintance_is_counter_speech(det, lang, text):
    assert COUNTER in rules(det, lang, text)
    assert "abuse" not in found(det, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "Someone wrote that Afghans are all thieves, and he is right."),
    ("en", "Someone wrote that Afghans are all thieves. True."),
    ("en", "Someone said Kurds are traitors, my Kurdish neighbour proves it."),
    ("en", "Arabs are savages, my Arab neighbour is a thief too."),
    ("en", "I said Arabs are savages, my Arab neighbour knows it."),  # the commenter's own saying
    ("tr", "Biri Afganların hırsız olduğunu yazmış, çok doğru."),
    ("tr", "Suriyeliler tembel, benim Suriyeli komşum da tembel."),
    ("ar", "واحد كتب إن الأفغان حرامية، وهو صادق"),
    ("ar", "السوريين كسالى، وجاري السوري كسلان كمان"),
    ("fa", "یکی نوشته افغانی‌ها دزدن، راست میگه"),
])
def test_the_claim_agreed_with_or_repeated_stays_a_claim(det, lang, text):
    assert "abuse" in found(det, lang, text)
