"""Mechanisms from the twenty-eighth Turkish round (tests/guidelines/probes/tr_r28.tsv, 2026-12-01:
identity-based abuse written afresh, mostly without a slur, veiled threats, an insult and a sexual remark,
and their contrasts): each with comments that need it and contrasts it must leave alone. The comments
here are other wordings than the probe's lines."""
import pytest

from tests.guidelines.harm_helpers import found_in

found = found_in("tr")


@pytest.mark.parametrize("text, clause", [
    # no office can come "from" a group (the ablative and "olmaz"/"çıkmaz"), or from its own midst
    ("Kürtlerden öğretmen de doktor da olmaz", "abuse"),
    ("Suriyelilerden adam gibi esnaf çıkmaz", "abuse"),
    ("Arapların içinden namuslu tüccar çıkmaz", "abuse"),
    # a right or an office denied by a negated jussive or necessity of giving, acquiring or having
    ("Afganlara ikamet izni verilmesin", "abuse"),
    ("Ermenilere vatandaşlık verilmesin", "abuse"),
    ("Eşcinsellerin evlenme hakkı olmasın", "abuse"),
    # kept out of a place, or put apart
    ("Romanlar bizim mahalleye gelmesin", "abuse"),
    ("Engelli öğrenciler ayrı okullarda okusunlar", "abuse"),
    # "they are all the same" ending its clause or "of the same dough"; "not a single honest one"
    ("Süryanilerin hepsi aynı, hiçbirine iş verme", "abuse"),
    ("Arapların hepsi aynı kafada, değişmezler", "abuse"),
    ("Göçmenlerin arasında bir tane dürüst adam yok", "abuse"),
    # a group's hidden hand in every evil
    ("Her felakette Rumların parmağı vardır", "abuse"),
    # what "they" are said to be, after the group is named
    ("Şiileri çarşıda görünce yolumu değiştiririm, onların baktığı her şey kirli", "abuse"),
    # a child disowned; "they" called a shame
    ("Kızım lezbiyen olsa evlatlıktan atarım, bunlar utanç", "abuse"),
    # mould and sewers as a simile
    ("Göçmen mahalleleri lağım gibi, oralar küf bağlamış", "abuse"),
    # the hand that will never hold a pen again; the shroud already bought; bullets to rain; a door
    # marked; "forget going home safe"; a wedding turned into a funeral
    ("Yazar bozuntusu, elin bir daha klavye tutamayacak", "threat"),
    ("Yazar efendi, kefenini şimdiden aldık", "threat"),
    ("Alevi köylerine yakında roket yağacak", "threat"),
    ("Bu gazetecinin evine bir işaret koyduk", "threat"),
    ("O eylemcilere söyleyin, sağ salim eve dönmeyi unutsunlar", "threat"),
    ("Kürtlerin düğünlerini cenazeye çevireceğiz", "threat"),
    # "kırmak" in the first person plural
    ("Bu yorumcunun parmaklarını kırarız", "threat"),
    # one or two neurons, animals "at your level", "go herd the goats"
    ("Editör bey, beyninizde tek nöron var galiba", "personal_attack"),
    ("Yorumcu arkadaş, koyunlar senin seviyende", "personal_attack"),
    ("Sen git keçi otlat, yazı yazmak sana göre değil", "personal_attack"),
    # the bedroom and "one night with me"
    ("Spiker kızın kalçasına bakınca bir gece bende kalsa diyorum", "vulgarity"),
])
def test_r28_violations(det, text, clause):
    assert found(det, text).get(clause) == 2, text


@pytest.mark.parametrize("text", [
    # the ablative with an infinitive before "olmaz", a time after it
    "Araplardan korkmak olmaz, onlar da komşumuz",
    "Suriyelilerden sonra kimse gelmez olmaz böyle",
    # a right given, not denied; a question
    "Ezidilere tapu verilmeli, yıllardır bekliyorlar",
    "Mültecilere iş verilmeli, kimse aç kalmasın",
    "Kadınlara oy hakkı verilmesin mi diyorsunuz?",
    # a place and a coming not denied
    "Suriyeli çocuklar okula gelsin, eğitim herkesin hakkı",
    # "all the same rights"
    "Kürtlerin hepsi aynı haklara sahip olmalı",
    # "not a single one" of good things said kindly
    "Bir tane bile kötü Ezidi komşum olmadı, hepsi iyi insanlar",
    # counter-speech: a quoted call answered to those who wrote it; a saying owned as mistaken
    "\"Suriyelileri kovun\" diyenler, siz de bir gün göç edebilirsiniz",
    "Annem \"Ermenilere güvenme\" derdi, sonra yanıldığını anladı",
    # a hand in something good
    "Bu güzel festivalde Ezidi gençlerin parmağı var, tebrikler",
    # a heart broken, a record broken
    "Bu sözlerle kalbimi kırarsın, yapma",
    "Bu yıl ihracatta rekor kırarız inşallah",
    # a sick man's hand; a shroud bought for a funeral; rain of bullets told
    "Dedem felç geçirdi, doktor eli bir daha eskisi gibi olmaz dedi",
    "Cenaze için kefen bezini belediye aldı",
    "Dün gece mahallede silah sesleri vardı, kurşunlar havaya sıkıldı",
])
def test_r28_contrasts(det, text):
    strong = {c for c, s in found(det, text).items() if s == 2}
    assert not ({"threat", "abuse", "personal_attack", "vulgarity"} & strong), text
