"""The hundred-and-sixty-eighth round (2026-12-06), Arabic and English: what the held-out batches
`heldout/{ar,en}_r168b.tsv` showed, written before any change (derogation, dehumanisation and threats against
the groups a hate test names, and contrasts). No suite case was read for it.

What was added (harm.py and harm_lexicon):
- whoever enters a place leaving it as a corpse: English "as a corpse", "in a body bag" (the manner of a
  leaving, as "on a stretcher" was: _EN_MANNER_FIRST), Arabic "بيطلع منه جثة" (a phrase, future forms only);
- Arabic "المفروض" (supposed to) a mood: "المفروض يعدمون كل الملحدين بالساحة"; in the data it made threats of
  eleven offensive comments' calls ("المفروض اعدام ...") and of one count ("المفروض قتلى الحوثيين شارف 10
  آلاف", the dead should have reached ten thousand), and of one comment labelled clean that calls for a man's
  execution;
- a people with "no reason to exist" (en), "ما لهم داعي" (ar) as predicates;
- "told" a verb that reports another's claim ("A man told me Africans are dirty; I told him that is racist");
- an insult word that is the claim about a people another is reported to have made, rebutted, is no insult at
  the one who said it ("قال لي واحد إن الأفارقة وسخين، رديت عليه إن هذا كلام عنصري": "dirty" was a personal
  attack on "one man").

When the round closed: held out ar 21 -> 25 of 28, en 13 -> 15 of 18; tune lines (written after the change)
5 -> 9 of 9 on the tree before and after; the suite, probes and other held-out batches unchanged; the data's
findings changed in 16 of 266,546 comments (threats gained on thirteen offensive Arabic ones and one labelled
clean, as above; two contrasts in English).
"""
from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

TUNE = [
    ('threat', 'Any Kurd who sets foot in our village will leave it in a body bag.'),
    ('threat', 'أي كردي يدخل القرية بيطلع منها جثة.'),
    ('threat', 'المفروض يعدمون كل الصحفيين الخونة.'),
    ('-', 'المفروض الحكومة تدعم المعاقين أكثر.'),
    ('abuse', 'Refugees have no right to exist in this country.'),
    ('abuse', 'اللاجئين ما لهم داعي بهالبلد.'),
    ('-', 'زميلي قال إن السوريين حرامية، وقلت له إن هذا كلام عنصري.'),
    ('-', 'He left the hospital as a corpse after the strike, his family said.'),
    ('-', 'A colleague told me Kurds are traitors, and I told him that is a lie.'),
]
# (5 on the tree before the round)
PASSED = 9


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


def test_leaving_as_a_corpse(det):
    assert "threat" in found(det, "en", "Any Jew who enters the neighbourhood will leave it as a corpse.")
    assert "threat" in found(det, "ar", "أي يهودي يدخل الحي بيطلع منه جثة.")
    assert "threat" not in found(det, "en", "He left the hospital as a corpse after the strike.")


def test_supposed_to_is_a_mood(det):
    assert "threat" in found(det, "ar", "المفروض يعدمون كل الملحدين بالساحة.")
    assert "threat" not in found(det, "ar", "المفروض الحكومة تدعم المعاقين أكثر.")


def test_no_reason_to_exist(det):
    assert "abuse" in found(det, "en", "Disabled people have no reason to exist.")
    assert "abuse" in found(det, "ar", "المعاقين ما لهم داعي بهالدنيا.")


def test_a_claim_told_and_rebutted_is_no_insult_at_its_teller(det):
    line = "قال لي واحد إن الأفارقة وسخين، رديت عليه إن هذا كلام عنصري."
    assert "personal_attack" not in found(det, "ar", line)
    assert "counter" in found(det, "ar", line)
    assert "abuse" not in found(det, "en", "A man told me Africans are dirty; I told him that is racist.")
    # the commenter's own claim, and an insult at the addressee, stay what they are
    assert "abuse" in found(det, "ar", "الأفارقة وسخين يا حمار")
    assert "personal_attack" in found(det, "ar", "الأفارقة وسخين يا حمار")
    assert "abuse" in found(det, "en", "I told him Africans are dirty.")
