"""The hundred-and-forty-fourth round (2026-12-06): Turkish hate in a functional test's forms -- feelings,
questions, opinions, pronouns, negated virtues, threats as norms.

Lines written afresh, before any change (20: ten forms of abuse of a people, three threats, seven
contrasts). Before: 16 of 20. Missed: "Kürtlere hiç tahammül edemiyorum" (I can't tolerate Kurds at all: no
listed word), "Kadınlar hiçbir şeyi yönetemez" (women can manage nothing: the "hiçbir" that Turkish puts
with a negated verb read as denying the claim), "Afganlar mı? Onları hiç sevmem" (I don't like them at all),
and a clean line the heads flag with no finding ("Araplar, Kürtler ve Türkler bu şehirde birlikte yaşıyor",
0.55).

What was added: "tahammül edemiyorum" (can't tolerate) as hatred beside a people (harm_lexicon/tr.py HATE);
"hiç" right before a hatred strengthens it, as before a sweeping claim (harm.py); "hiçbir" before an
inability ("-amaz", "-emez") is Turkish's double negation, no denial.

When the round closed: 18 of 20 (floor less one line). Held out (`heldout/tr_r144b.tsv`, written with these
before the changes): 6 -> 6 of 9. An older round's held-out line gained ("Araplara tahammül edemiyorum",
tr_r58b); our suite and the probes unchanged; on the data three HATC comments gained abuse, all offensive
("şu araplari hiç sevmiyorum").
"""
from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

TR_TUNE = [
    ('abuse', 'Kürtlere hiç tahammül edemiyorum.'),
    ('abuse', 'Araplardan tiksiniyorum.'),
    ('abuse', 'Suriyeliler neden hep bu kadar pis?'),
    ('abuse', 'Bence Ermeniler dünyanın en kötü insanları.'),
    ('abuse', 'Afganlar mı? Onları hiç sevmem.'),
    ('abuse', 'Göçmenler düzgün insanlar değil.'),
    ('abuse', 'Kadınlar hiçbir şeyi yönetemez.'),
    ('abuse', 'Mülteciler bu ülkenin kanseri.'),
    ('abuse', 'Alevilerin hepsi sapkın.'),
    ('abuse', 'Suriyeliler mi? Hepsini geri gönderin.'),
    ('threat', 'Kürtlerin hepsi kurşuna dizilmeli.'),
    ('threat', 'Bu şehirdeki her Arabı tek tek bulacağım.'),
    ('threat', 'Mülteciler diri diri yakılmayı hak ediyor.'),
    ('-', 'Örümceklere hiç tahammül edemiyorum.'),
    ('-', 'Vergi memurlarından tiksiniyorum.'),
    ('-', 'Kürtçe çok güzel bir dil bence.'),
    ('-', 'Araplar, Kürtler ve Türkler bu şehirde birlikte yaşıyor.'),
    ('-', 'Göçmenlerin düzgün insanlar olmadığını söylemek ırkçılıktır.'),
    ('-', 'Kimse diri diri yakılmayı hak etmez.'),
    ('-', 'Mülteciler mi? Onlara yardım edin, hiçbir şeyleri yok.'),
]
PASSED = 18


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TR_TUNE) >= PASSED - 1


def test_the_rounds_forms(det):
    assert found(det, "tr", "Kürtlere hiç tahammül edemiyorum.").get("abuse") == 2
    assert found(det, "tr", "Kadınlar hiçbir şeyi yönetemez.").get("abuse") == 2


def test_a_thing_not_tolerated_is_no_abuse(det):
    assert "abuse" not in found(det, "tr", "Örümceklere hiç tahammül edemiyorum.")
