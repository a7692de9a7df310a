"""Mechanisms from the seventeenth Turkish round (tests/guidelines/probes/tr_r17.tsv, 2026-12-01: sexual
remarks, personal and masked insults, homophobia, sexism, slurs, threats to a person and doxxing, and
their contrasts): each with comments that need it and contrasts it must leave alone. The comments here
are variants of the probe's, not its lines."""
import pytest

from newsroom.guidelines.normalise import normalise_text
from tests.guidelines.harm_helpers import found_in, rules_in

found = found_in("tr")
rules = rules_in("tr")


def kinds(det, text):
    return {f.kind for f in det.analyse("tr", normalise_text(text)) if f.clause == "abuse"}


@pytest.mark.parametrize("text", [
    # insult words the lists lacked, with the softened final consonant
    "Muhabir sümsüğün teki",
    "Sen tam bir sümsüksün",
    "Yazar kılkuyruğun biri, sözüne güvenilmez",
    "Sen ne düzenbaz adamsın",
    "Editör ciğersiz herif",
    "Denyo musun sen, haberi okumadın mı",
    # the doubled consonant of spoken spelling
    "Bizim eşşek yazar yine saçmalamış",
    "Sen aşşağılık birisin",
    # "değil" before an insult denies the word before it
    "Sen gazeteci değil yalakasın",
    "Siz yorumcu değil soytarısınız",
])
def test_insults(det, text):
    assert "personal_attack" in found(det, text), text


@pytest.mark.parametrize("text", [
    "Ya seni yerim ben şapşal şey",  # (not listed: affectionate as often as not)
    "Sen aptal değilsin, biliyorum",
    "Muhabir hiç de aptal değil",
])
def test_insult_contrasts(det, text):
    assert "personal_attack" not in found(det, text), text


def test_disgrace_as_a_verb_is_no_insult(det):
    # "rezil etmek" after "değil": to disgrace, a verb ("vezir değil rezil etti" is no insult at a person)
    assert ("personal_attack", "insult at a person") not in rules(det, "Şöhret sizi vezir değil rezil etti")


@pytest.mark.parametrize("text", [
    "Orspu cocugu yazar yine yazmış",
    "oruspu çocukları haberi çarpıtmış",
    "Orosbu çocuu editör",
])
def test_misspelt_profanity_at_a_person(det, text):
    assert "personal_attack" in found(det, text), text


@pytest.mark.parametrize("text, kind", [
    ("Kıçtan veren herifler yine yürüyüş yapıyor", "homophobia"),
    ("Götünden verenler televizyona çıkmasın", "homophobia"),
    ("Top herifler dizilerde her yerde", "homophobia"),
    ("Çıfıtlar yine sahnede", "religious_hatred"),
    ("Çıfıtın parasıyla dönen gazete", "religious_hatred"),
    ("Dağdan inmeler şehri bozdu", "racism"),
    ("Dağ Türkleri diye bir şey uydurdular, hepsi dağdan inme", "racism"),
    ("Şıllık kadınlar yine ekranda", "sexism"),
    ("Kadınlar mı, onlar sadece bulaşık yıkamayı bilir", "sexism"),
    ("Kadın vekiller ancak yemek yapmayı bilir", "sexism"),
])
def test_slurs_and_tropes(det, text, kind):
    assert kind in kinds(det, text), (text, kinds(det, text))


@pytest.mark.parametrize("text", [
    "Kadınlar sadece çay içti, sohbet etti",  # the chore needs its verb: "çay demlemek", "yemek yapmak"
    "Kadın kooperatifi sadece yemek siparişi alıyor",
    "Kahvaltıda sadece kaşar ve zeytin vardı",  # (kaşar: mostly the cheese, not listed)
    "Topu taca attı, top oyuna girmedi",
    "Alevi vatandaşlar cemevinde toplanıp orucunu açtı",  # a converb that puts no one out
    "Eşcinsel çiftler parkta toplanıp yürüyüş yaptı",
])
def test_abuse_contrasts(det, text):
    assert "abuse" not in found(det, text), (text, found(det, text))


def test_a_converb_before_an_expulsion_still_excludes(det):
    assert "abuse" in found(det, "Suriyelileri toplayıp sınır dışı etmeli")


@pytest.mark.parametrize("text", [
    "Sunucunun dudaklarına bakınca neler yapardım",
    "Spiker hanımın memesine bakmaktan haberi dinlemedim",
    "Muhabir kızı altıma alsam",
    "Spikerin bacak arasını göstersinler",
])
def test_sexual_remarks(det, text):
    assert "vulgarity" in found(det, text), text


@pytest.mark.parametrize("text", [
    "Bakanın açıkladığı rakamlar dudak uçuklatan cinsten, harika bir gazetecilik",
    "Spiker hanım bugün çok şık giyinmişti",
    "Futbolcu topu bacak arasından geçirdi, harika gol",
])
def test_sexual_contrasts(det, text):
    assert "vulgarity" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # nobody can take you from my hands
    "Seni elimden kimse alamaz, yaz bakalım",
    "Kimse seni elimden kurtaramaz",
    "Bizden kimse kurtaramaz sizi",
    # the addressee's routine told to them beside the speaker's watching (rule 2b)
    "Her akşam spor salonuna gidiyorsun, biliyoruz",
    "Sabahları parkta koşuyorsun, seni izliyoruz",
    "Her cuma o camiye gidiyosun, gördük",
    # a bullet or a beating to be undergone, in the spoken future
    "Kurşunu yiyceksin",
    "Dayak yiyceksiniz hepiniz",
])
def test_threats(det, text):
    assert "threat" in found(det, text), (text, found(det, text))


@pytest.mark.parametrize("text", [
    "Her sabah erkenden işe gidiyorsun, biliyorum çok yoruluyorsun",  # "I know": sympathy
    "Her gün bisikletle işe gidiyorsun, dikkat et",  # a warning, no watching
    "Her akşam haberleri izliyoruz, çok güzel",
    "Bu kitabı kimse elimden alamaz diye düşünürdüm",
])
def test_threat_contrasts(det, text):
    assert "threat" not in found(det, text), (text, found(det, text))


@pytest.mark.parametrize("text", [
    'Yorumlarda "g.e.r.i.z.e.k.a.l.ı" yazan hesaplar engellendi',
    'Spikere "şerefsiz" yazan kullanıcıyı şikayet ettim',
    '"Aptal" yazan yorumlar silindi',
])
def test_quoted_words_moderated(det, text):
    assert "personal_attack" not in found(det, text), (text, found(det, text))


@pytest.mark.parametrize("text", [
    "ş*r*fs*z yazar",
    "Yazar p*z*v*nk",
    "Sen tam bir ş*r*fs*zs*n",
])
def test_masked_vowels(det, text):
    assert "personal_attack" in found(det, text), text


@pytest.mark.parametrize("text", [
    "Tşk ederim, çok güzel haber",  # abbreviations are no masked words
    "TSK'nın açıklaması geldi",
    "Syn. Başkan, yolumuz hâlâ bozuk",
    "Çiftler nikah masasına oturdu",
])
def test_masked_vowels_contrasts(det, text):
    assert not {"personal_attack", "profanity", "vulgarity", "abuse"} & set(found(det, text)), (
        text, found(det, text))


@pytest.mark.parametrize("text", [
    "Elime geçersen seni parça pinçik ederim",
    "Senin sonunu getireceğim",
    "Sana günü göstereceğiz",
    "Mezarda yatacaksın yakında",
    "Bi daha yazarsan hendekte bitersin",  # a ditch, said for what the addressee writes (rule 2c)
    "Nerede oturduğunu herkes öğrenecek",
    "Seni iş çıkışı bekliyor olacağız",
])
def test_more_threats(det, text):
    assert "threat" in found(det, text), (text, found(det, text))


@pytest.mark.parametrize("text", [
    "Bu yoldan gidersen bir çukurda bitersin, yol bozuk",  # a pothole: advice, not a threat
    "Bu hızla giderseniz hendekte bitersiniz, yavaşlayın",
    "Dedem mezarda yatıyor, Allah rahmet eylesin",
    "Okul çıkışı çocukları veliler bekliyor",
    "Bu işin sonunu getireceğim, söz veriyorum",
    "İktidar kendi sonunu getirecek diye düşünüyorum",
])
def test_more_threat_contrasts(det, text):
    assert "threat" not in found(det, text), (text, found(det, text))


@pytest.mark.parametrize("text, kind", [
    # "X dediğin": what a member of the group must be, prescribed
    ("Kadın dediğin erkeğine itaat eder", "sexism"),
    ("Kürt dediğin dağda yaşar", "racism"),
    ("Kadınların yeri ev ve çocuk", "sexism"),
    ("Kadınların çalışması aileyi bitiriyor", "sexism"),
    ("Eşcinseller yuvaları yıkıyor", "homophobia"),
    ("Kızlar okuyup ne olacak, sonunda evlenecekler", "sexism"),
    ("Gay olan adam erkek değildir", "homophobia"),
    ("Transları görünce midem bulanıyor", "homophobia"),
    ("Araplar çölde deve gütsün", "racism"),
    ("Yahudiler her şeyin arkasında", "racism"),
    ("Aleviler mum söndü yapar", "religious_hatred"),
])
def test_more_tropes(det, text, kind):
    assert kind in kinds(det, text), (text, kinds(det, text))


@pytest.mark.parametrize("text", [
    "Kadın dediğin güçlüdür, harika bir anne",  # praised, not prescribed
    "Yazar kadın değil erkek, ismi yanıltıcı",
    "Kadınlar da erkekler de çalışsın",
    "Yemeği görünce midem bulandı",
    '"Kadın dediğin evinde oturur" diyenlere inat, meclisteyiz',
    "Konu kadın erkek değil, konu insan olmak",
    "Sevdiğim kadın dediğin insana bunu yapma",  # a relative clause, not a prescription
])
def test_more_trope_contrasts(det, text):
    assert "abuse" not in found(det, text), (text, found(det, text))


@pytest.mark.parametrize("text", [
    "Bu spikerle bir gece geçirmek için her şeyimi verirdim",
    "Sunucuyu yatağımda görmek istiyorum",
    "Sunucunun kalçalarına bakınca çıldırıyorum",
    "Sunucu kızı becermek isterdim",
    "Hava durumu sunan kıza sürtünmek isterdim",
])
def test_more_sexual_remarks(det, text):
    assert "vulgarity" in found(det, text), text


@pytest.mark.parametrize("text", [
    "Spiker bu işi becermek istiyor, başarır",
    "Muhabir geceyi hastanede geçirdi, taburcu oldu",
    "Spiker hanım yatağa düştü, geçmiş olsun, iyileşmesini istiyorum",
])
def test_more_sexual_contrasts(det, text):
    assert "vulgarity" not in found(det, text), text


@pytest.mark.parametrize("text", [
    "Yazarın kafası basmıyor belli",
    "Senin aklın ermiyor bu işlere",
    "Sen git önce okuma yazma öğren",
    "Yazar bir zır deli",
    "Seni doğuran anaya yazıklar olsun",
    "Utanmaz adam, haberi çarpıtmışsın",
    "Sen bir hiçsin",
])
def test_more_insults(det, text):
    assert "personal_attack" in found(det, text), text


@pytest.mark.parametrize("text", [
    "Bu habere aklım ermiyor, nasıl olur",
    "Kadınlar kursta okuma yazma öğrendi",
    "Utanmaz bir yalan bu haber",
])
def test_more_insult_contrasts(det, text):
    assert "personal_attack" not in found(det, text), text
