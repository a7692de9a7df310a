"""Mechanisms from the twenty-fifth Turkish round (tests/guidelines/probes/tr_r25.tsv, 2026-12-01: threats
and identity abuse against the region's groups, and their contrasts): each with comments that need it
and contrasts it must leave alone. The comments here are other wordings than the probe's lines."""
import pytest

from tests.guidelines.harm_helpers import found_in

found = found_in("tr")


@pytest.mark.parametrize("text, clause", [
    # "Acem" a group like the others: abusive with a hostile word
    ("Acemler hain ve sinsi bir millet", "abuse"),
    # weeds that grow back, a boil
    ("Suriyeliler ayrık otu gibi, nereye baksan oradalar", "abuse"),
    ("Afganlar bu şehrin çıbanı olmuş", "abuse"),
    ("Araplar ot gibi bitiyor her mahallede", "abuse"),
    # the death warrant signed; "we know how to find / put you in your place"; the end of those like you
    ("Bu haberle ölüm fermanınızı imzaladınız, gazeteciler", "threat"),
    ("Nereye kaçarsan kaç, seni bulmasını biliriz", "threat"),
    ("Yazar bozuntusu, haddini bildirmesini biliriz", "threat"),
    ("Senin gibi yazanların akıbeti malum, bunu bil", "threat"),
    # homes or addresses to be listed
    ("Bu derneğe üye olanların adreslerini bir bir fişleyin", "threat"),
    # nails pulled, skin flayed
    ("O muhabirin tırnaklarını tek tek sökeriz", "threat"),
    ("Derisini yüzeceğim o yazarın", "threat"),
    # rooted out, not let breathe, stones rained, a cemevi raided, thrown into a river
    ("Bu Kürtleri şehirden söküp atmak lazım", "threat"),
    ("Ermenilere nefes aldırmayacağız", "threat"),
    ("Göçmenlerin evlerine taş yağdırın", "threat"),
    ("Alevilerin cemevini basalım, kimse kalmasın", "threat"),
    ("Bu ibneleri nehre atmak lazım", "threat"),
    ("Ezidi köylerine girelim, erkekleri ayırıp götürelim", "threat"),
    # the vow after -mAdAn
    ("Hainlerin hepsini gebertmeden durmayacağız", "threat"),
    ("O vekilin kafasını kesmeden eve dönmeyeceğim", "threat"),
    # a duty or a custom as the mood
    ("Bu hainleri asmak namus borcumuzdur", "threat"),
    ("Kocasından ayrılan kadın dövülür, bizde böyledir", "threat"),
    # "won't anyone ...?"
    ("Şu vekili vuran çıkmaz mı", "threat"),
    # "dur" after an aorist is "keep on", no negation
    ("Sen yazar dur, günlerin sayılı", "threat"),
    # a person's mother and where she lives, with a call to go
    ("Gazetecinin annesi Bağlar'da oturuyor, bir uğrayalım da selam verelim", "threat"),
    # a girl as the act's object
    ("O kızı dövmek lazım, haddini bilsin", "threat"),
])
def test_r25_violations(det, text, clause):
    assert found(det, text).get(clause) == 2, text


@pytest.mark.parametrize("text", [
    # a novice; Persian cuisine
    "Acemi şoförler trafikte daha dikkatli olmalı",
    "İstanbul'da Acem mutfağı sunan yeni bir restoran açıldı",
    # locusts, a boil, a death warrant of a policy, the ballot box, the dentist
    "Çekirge istilası tarlalara büyük zarar verdi",
    "Ayağımdaki çıban çok acıyor",
    "Bu karar küçük esnafın ölüm fermanı oldu",
    "Muhalefet bu seçimde iktidarı sandığa gömdü",
    "Dişlerimi dişçide tek tek söktürdüm",
    # things rooted out; a match; a vow with no act; hail; a raid told
    "Eski fayansları söküp atmak lazım",
    "Rakibe nefes aldırmayacağız, sahada her topa basacağız",
    "Kayıp çocuğu bulmadan eve dönmeyeceğiz",
    "Dolu tarlalara taş yağdırdı, ekinler zarar gördü",
    "Polis kampı bastı, 5 kişi gözaltına alındı",
    # a custom denied, a killing told, a harmless custom and duty
    "Bu töremiz değil, kadına şiddet suçtur",
    "Kadınlar töre adına öldürülüyor, buna dur demeliyiz",
    "Çay içmek bizim geleneğimizdir",
    "Kadına şiddeti önlemek görevimizdir",
    # "won't anyone" for a good deed or a thing
    "Bu soruna çözüm bulan çıkmaz mı",
    "Kapıyı vuran çıkmaz mı, misafir geldi",
    "Adamı vuran polis tutuklandı",
    # "keep on" with nothing threatening; a mother's town with a blessing; aid in the villages
    "Kitap okur dur, sınavı kazanırsın",
    "Yazarın annesi Bağlar'da oturuyor, Allah sağlık versin",
    "Köylerine giren yardım ekipleri erzak dağıttı",
    "Kızı okula götürmek için erkenden kalktım",
    "Eski evlerini tek tek fotoğrafladık, albüm yapacağız",
])
def test_r25_contrasts(det, text):
    # (strong findings: "eski fayansları söküp atmak lazım" keeps a weak, untargeted act, as any act does)
    strong = {c for c, s in found(det, text).items() if s == 2}
    assert not ({"threat", "abuse", "personal_attack"} & strong), text
