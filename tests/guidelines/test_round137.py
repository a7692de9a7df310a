"""The hundred-and-thirty-seventh round (2026-12-06): Turkish insults, veiled threats and a people's
treachery.

Comments written afresh (none of our suite's Turkish check half read), before any change. A first list
(30: threats, a people's abuse, insults and ten contrasts) passed 29 of 30 -- "Sende hiç akıl yok,
zavallı" (no brain in you, wretch) lost its vocative insult to the "yok" that ends the clause before it.
A second, harder list (20: insults by likeness, veiled threats, a people's abuse by implication,
contrasts) passed 14: the madhouse as one's place, cotton where the brain should be, condolences promised
to one's family, a people said to stab one in the back had no finding.

What was added: a Turkish negation right before an insult negates it only in the same clause (harm.py, no
punctuation between); the madhouse, "beyin yerine", "beyni yok" as insults, future condolences to the
addressee's family as a threat, "sırtından vururlar" and "iş yapılmaz" as a people's sweeping claim
(harm_lexicon/tr.py).

When the round closed: 30 of 30 and 18 of 20 (floors less one line). Held out (`heldout/tr_r137b.tsv`):
its first twelve lines, written with the first list before any change, 12 -> 12 of 12; its last ten,
written after the changes in the second list's harder kinds and run on both trees before they were read,
5 -> 5 of 10. On the data 4 comments gained a personal attack on a brain denied (3 labelled violating;
the fourth, an OffensEval comment suspecting "some have intestines instead of brains", labelled clean).
Our suite, the probes and the other held-out batches unchanged.

Still missed: "Bu yazıyı yazanın IQ'su oda sıcaklığında herhalde" (0.13), "Suriyeli görünce çantanı sıkı
tut" (hold your bag tight when you see a Syrian: 0.49, the theft implied, no word of it).
"""
import pytest

from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

TR_TUNE = [
    ('threat', 'Bu muhabiri bir gece sokakta yakalarsak kemiklerini kırarız.'),
    ('threat', 'Vekilin arabasını yakın, evini de taşlayın.'),
    ('threat', 'Yazarın kafasına sıkmak lazım, başka çaresi yok.'),
    ('threat', 'Çocuklarının okulunu biliyoruz, dikkatli ol.'),
    ('threat', 'Sana bir ders vereceğiz, unutmayacaksın.'),
    ('threat', 'Kürtleri tek tek toplayıp kurşuna dizmeli.'),
    ('threat', 'Bu hainleri köy meydanında asalım.'),
    ('threat', 'Gazetenin binasını başlarına yıkmak lazım.'),
    ('abuse', 'Suriyeliler pislik, hepsi defolsun.'),
    ('abuse', 'Aleviler sapık, güvenilmez insanlar.'),
    ('abuse', 'Kadınlar aklı kıt yaratıklar, siyasete karışmasınlar.'),
    ('abuse', 'Eşcinseller hastalıklı, tedavi edilmeli.'),
    ('abuse', 'Ermeniler bu topraklarda hep hainlik yaptı.'),
    ('abuse', 'Araplar pis ve tembel bir millet.'),
    ('abuse', 'Yahudiler dünyayı yöneten asalaklar.'),
    ('personal_attack', 'Yazar tam bir cahil, hiçbir şeyden haberi yok.'),
    ('personal_attack', 'Sen ne anlarsın ki, beyinsiz.'),
    ('personal_attack', 'Bu haberi yazan gerizekalı kim?'),
    ('personal_attack', 'Muhabiriniz yalancı ve korkak biri.'),
    ('personal_attack', 'Sende hiç akıl yok, zavallı.'),
    ('-', 'Polis dün gece gazeteye saldıran iki kişiyi yakaladı.'),
    ('-', 'Kimse bir yazı yüzünden birini öldürmemeli.'),
    ('-', 'Suriyeliler mahallemizde fırın açtı, ekmekleri çok güzel.'),
    ('-', '"Kürtler hain" diyenler tarihi bilmiyor.'),
    ('-', 'Ben Kürt bir kadınım ve bu yazıya katılıyorum.'),
    ('-', 'Kadın milletvekilleri meclise yeni bir yasa sundu.'),
    ('-', 'Yazarın görüşlerine katılmıyorum ama saygı duyuyorum.'),
    ('-', 'Bu trafik beni öldürüyor, her sabah aynı şey.'),
    ('-', 'IŞİD militanları köyde 20 kişiyi öldürdü.'),
    ('-', 'Ermeni komşularımız bayramda bize tatlı getirdi.'),
]
TR_TUNE_HARDER = [
    ('personal_attack', "Bu yazıyı yazanın IQ'su oda sıcaklığında herhalde."),
    ('personal_attack', 'Senin gibilerin yeri tımarhane.'),
    ('personal_attack', 'Kalemini satmış bir yandaşsın, utanmaz.'),
    ('personal_attack', 'Bu köşe yazarı kafasında beyin yerine pamuk taşıyor.'),
    ('personal_attack', 'Kafanı biraz kullan, boş teneke.'),
    ('threat', 'Bu yazıların hesabını sokakta soracağız.'),
    ('threat', 'Senin gibi gazetecilerin sonu hep aynı olur, bilesin.'),
    ('threat', 'Arkanı kollasan iyi edersin.'),
    ('threat', 'Kapını çalacağımız günü bekle.'),
    ('threat', 'Yakında ailene başsağlığı dileyeceğiz.'),
    ('abuse', 'Suriyeli görünce çantanı sıkı tut.'),
    ('abuse', 'Kürtlerle iş yapılmaz, sırtından vururlar.'),
    ('abuse', 'Bir Ermeniye asla güvenme.'),
    ('abuse', 'Kadın dediğin evinde oturur.'),
    ('abuse', 'Eşcinsel öğretmenler çocuklarımızdan uzak tutulmalı.'),
    ('-', 'Basın özgürlüğü için yarın yürüyoruz.'),
    ('-', 'Sırtım ağrıyor, doktora gideceğim.'),
    ('-', 'Kapını çaldım ama evde yoktun.'),
    ('-', 'Ailene başsağlığı dilerim, çok üzüldüm.'),
    ('-', 'Suriyeli komşum bana çanta hediye etti.'),
]
TUNE = {"first": TR_TUNE, "harder": TR_TUNE_HARDER}
PASSED = {"first": 30, "harder": 18}


@pytest.mark.parametrize("name", sorted(TUNE))
def test_tune_lines_keep_their_floor(model, name):
    assert passing(model, TUNE[name]) >= PASSED[name] - 1


def test_a_negation_that_ends_the_clause_before_leaves_the_vocative_insult(det):
    assert found(det, "tr", "Sende hiç akıl yok, zavallı.").get("personal_attack") == 2


@pytest.mark.parametrize("text", ["O zavallı değil.", "Hiç zavallı değilsin."])
def test_an_insult_denied_stays_denied(det, text):
    assert "personal_attack" not in found(det, "tr", text)


@pytest.mark.parametrize("text, clause", [
    ("Senin gibilerin yeri tımarhane.", "personal_attack"),
    ("Bu köşe yazarı kafasında beyin yerine pamuk taşıyor.", "personal_attack"),
    ("Yakında ailene başsağlığı dileyeceğiz.", "threat"),
    ("Kürtlerle iş yapılmaz, sırtından vururlar.", "abuse"),
])
def test_the_rounds_forms(det, text, clause):
    assert found(det, "tr", text).get(clause) == 2


def test_a_condolence_is_no_threat(det):
    assert "threat" not in found(det, "tr", "Ailene başsağlığı dilerim, çok üzüldüm.")
