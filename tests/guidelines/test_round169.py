"""The hundred-and-sixty-ninth round (2026-12-06), Turkish and Persian: round 168's held-out lines written in
parallel (`heldout/{tr,fa}_r169b.tsv`), before any change. No suite case was read for it.

What was added (harm_lexicon only):
- a people with "no reason to live" ("Engellilerin yaşamak için hiçbir sebebi yok", "معلولا هیچ دلیلی برای
  زنده بودن ندارن"), as round 168's "no reason to exist";
- whoever enters a place coming out a corpse ("... ceset olarak çıkar", "... جنازه‌ش بیرون میاد"), as round
  168's English and Arabic; not the Turkish "cesedi çıkar", also "take the body out!";
- Persian: Africans, a people the lists did not name ("همه‌ی آفریقایی‌های اینجا کثیف و گندیده‌ان" was a personal
  attack on no one).

When the round closed: held out tr 15 -> 17 of 18, fa 14 -> 17 of 18; tune lines (written after the change)
3 -> 7 of 7 on the tree before and after; the suite, probes and other held-out batches unchanged; the data's
findings changed in 1 of 266,546 comments (a Persian offensive one naming Africans among others, its clauses
unchanged).
"""
from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

TUNE = [
    ('abuse', 'Mültecilerin bu ülkede yaşamak için hiçbir sebebi yok.'),
    ('abuse', 'پناهنده‌ها هیچ دلیلی برای زندگی ندارن.'),
    ('threat', 'Köyümüze giren her Kürt oradan ceset olarak çıkar.'),
    ('threat', 'هر کردی که پاشو تو روستا بذاره جنازه‌ش برمی‌گرده.'),
    ('abuse', 'آفریقاییا همشون دزدن.'),
    ('-', 'آفریقایی‌ها تو جام جهانی خیلی خوب بازی کردن.'),
    ('-', 'Enkazdan cesedi çıkarıldı, ailesi haber verdi.'),
]
# (3 on the tree before the round)
PASSED = 7


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


def test_no_reason_to_live(det):
    assert "abuse" in found(det, "tr", "Engellilerin yaşamak için hiçbir sebebi yok.")
    assert "abuse" in found(det, "fa", "معلولا هیچ دلیلی برای زنده بودن ندارن.")


def test_coming_out_a_corpse(det):
    assert "threat" in found(det, "tr", "Mahalleye giren her Yahudi oradan ceset olarak çıkar.")
    assert "threat" in found(det, "fa", "هر یهودی که وارد محله بشه جنازه‌ش بیرون میاد.")
    assert "threat" not in found(det, "tr", "Enkazdan cesedi çıkar diye bekledik.")


def test_africans_are_a_people_in_persian(det):
    assert "abuse" in found(det, "fa", "همه‌ی آفریقایی‌های اینجا کثیف و گندیده‌ان.")
    assert "abuse" not in found(det, "fa", "آفریقایی‌ها تو جام جهانی خیلی خوب بازی کردن.")
