"""The hundred-and-fifty-second round (2026-12-06): an illness told as an illness, and a Persian place that
is no insult.

Lines written afresh before any change (ar 7, tr 7, fa 7, en 2), from a misreading found in our suite's
Persian check case "ارتش رژیم سوریه بیمارستان‌ها رو بمباران کرد" (the Syrian regime's army bombed
hospitals: a sweeping claim, since "بیمارستان", hospital, starts with "بیمار", sick): a disease among a
people was read as the people likened to it in Arabic, Turkish and Persian ("سرطان الثدي منتشر بين النساء
الكرديات", breast cancer is common among Kurdish women: abuse 0.89; "Ezidi kamplarında kızamık salgını
başladı": 0.98). English had its own reading (_EN_ILLNESS). Before: ar 3 of 7, tr 2 of 7, fa 4 of 7, en 2
of 2.

What was added: harm._illness_told (a disease word beside an organ, a named disease, patients, cases,
treatment or rates loses DEHUMAN and NEGPRED, not after a likeness, nor beside a cure denied or theirs:
"فهذا الطاعون لا دواء له غير الاستئصال", "المثليون مرضى ويجب علاجهم بالقوة" stay abuse) and
harm._FA_PLACE_RE (a Persian word ending in "ستان", a place, loses the hostile tags of the stem before it:
hospital, England, breast).

When the round closed: ar 5 of 7 (two lines the rules no longer flag stay over 0.5 by the violation head),
tr 6 of 7 ("Kanser Suriyeli mülteciler arasında artıyor": no word of illness beside the cancer), fa 7 of
7, en 2 of 2. Held out (`heldout/*_r152b.tsv`, written with these before the changes): ar 1 -> 4 of 4 (3
before the lung was spelt as normalisation spells it), tr 1 -> 4, fa 2 -> 4, en 3 -> 3. Our suite and the
probes unchanged. On the data five comments lost a dehumanisation: three labelled clean (breast cancer,
corona, a cancer drug), two offensive (one keeps its threat).
"""
from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

TUNE = [
    ('-', 'سرطان الثدي منتشر بين النساء الكرديات.'),
    ('-', 'مرض السرطان يقتل الكثير من اللاجئين السوريين.'),
    ('-', 'ارتفعت حالات الكوليرا في مخيمات اللاجئين السوريين.'),
    ('-', 'مرضى السرطان من الأكراد لا يجدون علاجا في المستشفيات.'),
    ('-', 'انتشر فيروس كورونا بين العمال الأتراك.'),
    ('abuse', 'اللاجئين السوريين سرطان بجسم البلد.'),
    ('abuse', 'الشيعة مرض لازم نتخلص منه.'),
    ('-', 'Afgan kadınlarında meme kanseri yaygın.'),
    ('-', 'Kanser Suriyeli mülteciler arasında artıyor.'),
    ('-', 'Kürt madencilerde akciğer kanseri oranı yüksek.'),
    ('-', 'Suriyeli çocuklarda kolera vakaları arttı.'),
    ('-', 'Kanser hastası Ezidi kadınlar tedavi bekliyor.'),
    ('abuse', 'Suriyeliler bu ülkenin kanseri.'),
    ('abuse', 'Afganlar bir hastalık gibi yayılıyor.'),
    ('-', 'سرطان پستان تو زنای افغان زیاده.'),
    ('-', 'آمار سرطان بین پناهجوهای ایزدی دو برابر شده.'),
    ('-', 'بیماری وبا تو اردوگاه پناهجوهای سوری پخش شده.'),
    ('-', 'بیمارای سرطانی کرد دارو پیدا نمی‌کنن.'),
    ('-', 'ارتش بیمارستان کودکان کرد رو بمباران کرد.'),
    ('abuse', 'افغانیا سرطان این کشورن.'),
    ('abuse', 'عربا مثل یه بیماری همه‌جا پخش شدن.'),
    ('-', 'Cholera cases rose in the Syrian refugee camps.'),
    ('-', 'Cancer patients among Kurdish families wait months for treatment.'),
]
PASSED = 20


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


def test_an_illness_among_a_people_is_an_illness(det):
    assert "abuse" not in found(det, "ar", "سرطان الثدي منتشر بين النساء الكرديات.")
    assert "abuse" not in found(det, "tr", "Ezidi kamplarında kızamık salgını başladı.")
    assert "abuse" not in found(det, "fa", "بیماری وبا تو اردوگاه پناهجوهای سوری پخش شده.")


def test_a_people_called_a_disease_is_still_abuse(det):
    assert "abuse" in found(det, "ar", "اللاجئين السوريين سرطان بجسم البلد.")
    assert "abuse" in found(det, "tr", "Suriyeliler bu ülkenin kanseri.")
    assert "abuse" in found(det, "fa", "عربا مثل یه بیماری همه‌جا پخش شدن.")
    # a cure denied, or the people as the ones to be cured, is the trope, not medicine
    assert "abuse" in found(det, "ar", "فهذا الطاعون لا دواء له غير الاستئصال، هؤلاء الشيعة")
    assert "abuse" in found(det, "ar", "المثليون مرضى ويجب علاجهم بالقوة")


def test_a_persian_place_is_no_insult(det):
    assert "abuse" not in found(det, "fa", "ارتش رژیم سوریه بیمارستان‌ها رو بمباران کرد.")
    assert "abuse" not in found(det, "fa", "پناهجوهای عراقی تو انگلستان زندگی سختی دارن.")
