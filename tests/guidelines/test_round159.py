"""The hundred-and-fifty-ninth round (2026-12-06): a person thrown into water or dragged by the hair,
in every language.

From our suite's calls for violence, listed at the start of the session (check cases: not
independent): "Throw these activists in the river and be done with them" (0.29), "اقتحموا القناة
واسحبوا المحررين من شعرهم" (storm the channel and drag the editors out by their hair: 0.35), "Kanalı
basın, editörleri saçlarından sürükleyip çıkarın" (0.11), "این فعالا رو بندازید تو رودخونه و خلاص"
(0.13). Lines written afresh before any change (`heldout/*_r159b.tsv`): a blogger tossed in a lake,
a journalist thrown in the river, a presenter dragged by the hair, with contrasts (newspapers in the
recycling bin, one's own hair pulled back).

What was added (harm): _thrown_or_dragged, read before the detectors' second early return (its cue,
_thrown_cue, also keeps the first from returning): a verb of throwing (_EN_THROW, _AR_THROW,
_FA_THROW; Turkish "at-" was read already) with a person (a PERSON, YOU or group word; an Arabic
object pronoun on the verb; in Persian the word before the object marker) and a water after it
(_EN_WATER, _AR_WATER, _FA_WATER), or a verb of dragging with the hair (Arabic "من شعره" after it,
Turkish "saçlarından" before it) is a violent act; not oneself ("Go throw yourself in a lake", "ارمي
نفسك في البحر": insults, no one else thrown; nor "اعمل خير وارميه بحر", do good and throw it in the
sea, the proverb a Saudi comment of the data quotes); Arabic "قناة" left out of the waters (also a
TV channel: the cue let two clean Al Jazeera comments through the early return, where another rule
read them). Persian activists and bloggers are people, as in English.

When the round closed: the tune lines (written after the change) 3 -> 9 of 11 on the tree before it
and after (still failing in both: "Go throw yourself in a lake" 0.62 and "آشغالا رو بندازید تو سطل"
0.83, by the heads). Held out: en 4 -> 5 of 6, ar 2 -> 4 of 5, tr 3 -> 4 of 5, fa 4 -> 5 of 5 (the
contrasts still failing are the heads': "She dragged her suitcase by the handle into the street"
0.52, "ارموا الزبالة بالحاوية مش بالشارع" 0.69, "Kız saçlarını arkaya topladı" 0.71). Our suite: a
call for violence gained in every language (read: not independent). On the data one comment changed:
a Turkish clean one gained a negation contrast ("Kadının saçı yok ki saçından tutup sürüklesin").
"""
from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

TUNE = [
    ('threat', 'Throw that reporter in the river.'),
    ('threat', 'Dump them in the Tigris.'),
    ('-', 'Throw the leftovers in the river? No, use the bin.'),
    ('-', 'Go throw yourself in a lake.'),
    ('threat', 'ارموه بالبحر.'),
    ('-', 'ارمي نفسك في البحر.'),
    ('threat', 'اسحبوه من شعره.'),
    ('threat', 'Muhabiri saçından sürükleyin.'),
    ('-', 'Bavulunu sürükleyerek geldi.'),
    ('threat', 'اون مجری رو بندازید تو رودخونه.'),
    ('-', 'آشغالا رو بندازید تو سطل.'),
]
PASSED = 9


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


def test_a_person_thrown_into_water_is_a_threat(det):
    assert "threat" in found(det, "en", "Throw that reporter in the river.")
    assert "threat" in found(det, "ar", "ارموه بالبحر.")
    assert "threat" in found(det, "fa", "اون مجری رو بندازید تو رودخونه.")


def test_a_person_dragged_by_the_hair_is_a_threat(det):
    assert "threat" in found(det, "ar", "اسحبوه من شعره.")
    assert "threat" in found(det, "tr", "Muhabiri saçından sürükleyin.")


def test_things_or_oneself_thrown_are_no_threat(det):
    assert "threat" not in found(det, "en", "Throw the leftovers in the river? No, use the bin.")
    assert "threat" not in found(det, "en", "Go throw yourself in a lake.")
    assert "threat" not in found(det, "ar", "ارمي نفسك في البحر.")
    assert "threat" not in found(det, "ar", "اعمل خير وارميه بحر، لا تنتظر منه شي.")  # the proverb
    assert "threat" not in found(det, "ar", "ارمنيه بالبحر")  # an Armenian woman at sea: no "throw" verb
    assert "threat" not in found(det, "fa", "گوشیتو بنداز تو آب.")
    assert "threat" not in found(det, "tr", "Bavulunu sürükleyerek geldi.")
