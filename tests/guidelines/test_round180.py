"""Round 180 (2026-12-07), all four languages: held-out lines written before any change
(`heldout/*_r180b.tsv`) about a people's death or ruin welcomed -- the world or a country better without a
people, glad a boat of them sank, "they got what they deserved" of a massacre, Halabja praised as the best
thing Saddam did, Hitler told he should have finished the job, good riddance to the drowned, nobody would miss
them, an earthquake that could take more of their villages, one dead refugee one problem less, a burning
church enjoyed, fewer Muslims fewer troubles; and contrasts: a village better without a checkpoint, the world
better without war, relief at a rescue, justice deserved, Halabja condemned, the guards' words reported in
court, a ferry nobody would miss, good riddance to a wall, each drowned refugee Europe's shame. No suite case
was read for it.

What was added (harm.py): `_ruin_welcomed`, a reading of a people named in the group loop, after the older
ones (so no older finding changed its rule): the people's death (a word of dying, sinking, drowning, burning
within five words of it, or a disaster that takes it, an earthquake, a fire, the people its object) with a
word of gladness or a wish ("ruin welcomed"), with a sorrow negated or a pity that it did not come ("ruin
unmourned", a rule that carries its own negation, as "exclusion" does: _OWN_NEGATION); the world or a country
better without the people ("better without them"); a ruin called deserved, in a sentence that tells no one's
words; fewer of them, fewer troubles ("fewer of them"); a killing of them left unfinished ("ruin welcomed").
`_atrocity_praised`: a massacre named (Halabja, Anfal, Dersim, the Holocaust, Srebrenica, Speicher) and called
the best thing its doer did, or wanted again ("atrocity praised"; no listed word starts the reading, so the
massacre's name lets the comment past the prefilter). `_death_is_the_shame`: a word of shame said after a
people that dies is the death's shame, not the people's ("كل لاجئ يموت بالبحر وصمة عار على سياسة أوروبا" and
its Persian twin had been xenophobia at 0.93 and 0.98).

When the round closed: held out en 12 -> 24 of 24, ar 9 -> 22, tr 12 -> 24, fa 9 -> 22 (violating lines caught
5 -> 53 of 56, every contrast that passed still passing, two more passing); tune lines (written after the
change) 32 -> 54 of 60; the suite, the probes and the older held-out lines unchanged in every decision and
clause but three threat lines that gained abuse ("Time for another Anfal, but this time against the Arabs of
Hawija"); 2 of 266,546 data comments' findings changed, both read (a Davidson tweet, "Hope they all die" of a
slur for women, labelled offensive; an Ethos comment "The world would be better without white people ...",
labelled racist, whose reading the older counter-speech check then took for counter-speech: its scores are
unchanged). Left out after reading the data's changes of an earlier draft: Turkish "iyi" alone for "better"
("kürtler olmadan nasıl kazanacaklar iyi düşünsünler", a party cannot win without the Kurds), a wish read with
any death in the sentence (Turkish tweets wishing the press well beside women who were killed), the
speaker's own death ("Bugün ölürsem"), Persian "تمام" (all) as "finish". Still failing: a people named by an
adjective the lists do not name as one ("قرية كردية", "روستای کردنشین"), an Arabic line the stack keeps at
0.49, a Persian "به درک" the violation head reads as a violation at 0.82 with no clause; among the tune lines
"went down" (not listed), the guards' words reported in English (an older rule reads "had it coming" as a
sweeping claim), and Turkish contrasts the violation head alone scores 0.52-0.72.
"""
import pytest

from tests.guidelines.harm_helpers import rules
from tests.guidelines.test_probes import passing

TUNE = [
    ('abuse', 'So glad that boat full of Syrians went down.'),
    ('abuse', "Honestly I'm happy the Kurds in that village burned."),
    ('abuse', "Wouldn't shed a single tear if every Afghan in the camp died."),
    ('abuse', 'I hope the boat with all those Arabs sinks.'),
    ('abuse', 'This city would be a lot safer without Afghans.'),
    ('abuse', 'The Armenians had it coming.'),
    ('abuse', 'Fewer Kurds, fewer problems.'),
    ('abuse', 'Nobody will miss the Turks when they are gone.'),
    ('-', 'Kurds were glad when Saddam died.'),
    ('-', "I'm so sad the Syrians on that boat drowned."),
    ('-', 'I wish the Afghan family had survived the fire.'),
    ('-', 'The town would not be better without its Armenian bakers.'),
    ('-', 'Survivors said the soldiers told them the Yazidis had it coming.'),
    ('-', 'Glad the Kurdish fighters made it home safe.'),
    ('-', 'Fewer refugees crossed this year, the ministry said.'),
    ('-', 'The village is safer without the old bridge.'),
    ('abuse', 'الله لا يردهم، الحمد لله غرقوا السوريين'),
    ('abuse', 'فرحان إنهم احترقوا هالأكراد'),
    ('abuse', 'العراق أحسن بدون الأكراد'),
    ('abuse', 'الأرمن استاهلوا اللي جاهم'),
    ('-', 'الأكراد فرحوا لما مات صدام'),
    ('-', 'حزنت كثير لما غرقوا السوريين بالبحر'),
    ('-', 'العالم أحسن بدون الكراهية'),
    ('-', 'يا ريت العائلة الأفغانية نجت من الحريق'),
    ('abuse', 'Afganların hepsi ölsün de kurtulalım, iyi ki battı o tekne.'),
    ('abuse', 'Türkiye Suriyeliler olmadan daha güzel olur.'),
    ('abuse', 'Kürtler hak ettiklerini buldu, oh olsun.'),
    ('abuse', 'Ermenilerin öldüğüne hiç üzülmedim.'),
    ('-', 'Kürtler Saddam ölünce sevindi.'),
    ('-', 'Teknede boğulan Suriyeliler için çok üzüldüm.'),
    ('-', 'Kürtler olmadan bu seçimi kazanamazlar.'),
    ('-', 'Keşke Afgan aile yangından kurtulsaydı.'),
    ('abuse', 'ایران بدون افغانیا خیلی بهتره'),
    ('abuse', 'خوشحالم که کردا تو اون روستا سوختن'),
    ('abuse', 'ارمنیا حقشونه'),
    ('abuse', 'هیچ ناراحت نیستم که عربا غرق شدن'),
    ('-', 'کردها وقتی صدام مرد خوشحال شدن'),
    ('-', 'خیلی ناراحت شدم که سوریا تو دریا غرق شدن'),
    ('-', 'کاش خانواده\u200cی افغان از آتیش نجات پیدا می\u200cکرد'),
    ('-', 'کردها حقشون بود که رای بدن'),
    ('abuse', 'We need another Anfal for these people.'),
    ('abuse', 'Honestly the Holocaust was the best thing Hitler ever did.'),
    ('abuse', 'Halabja should happen again.'),
    ('-', 'The best way to honour Halabja is to teach it in every school.'),
    ('-', 'Halabja must never happen again.'),
    ('-', 'Anfal was the worst crime of the regime.'),
    ('-', 'Halabja is the best city in the region for pomegranates.'),
    ('abuse', 'بدنا أنفال ثانية لهالناس'),
    ('-', 'حلبجة أكبر جريمة بحق الأكراد'),
    ('-', 'لازم ما تتكرر حلبجة أبداً'),
    ('abuse', 'Dersim tekrarlanmalı.'),
    ('-', 'Halepçe bir daha asla yaşanmamalı.'),
    ('-', "Halepçe'nin en iyi narları buradan gelir."),
    ('abuse', 'یه انفال دیگه لازمه'),
    ('-', 'حلبچه هیچوقت نباید تکرار بشه'),
    ('-', 'بهترین انار مال حلبچه است'),
    ('-', 'İyi ki Kürtler evlerini geri aldı.'),
    ('-', 'خوشحالم که بچه‌های افغان رو میبرد مدرسه'),
    ('-', 'Glad the rescue teams took the Syrian families to safety.'),
    ('-', "Halabja's survivors are glad the trial finally happened."),
]
# (32 on the tree before the round, 54 after it)
PASSED = 54


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


@pytest.mark.parametrize("lang, text, rule", [
    ("en", "Glad the boat sank, fewer Afghans to feed.", "ruin welcomed"),
    ("en", "Can't say I'm sad that the Persians in that camp died.", "ruin unmourned"),
    ("en", "Shame the fire in the camp didn't finish off more of those Afghans.", "ruin unmourned"),
    ("en", "The world would be better without Shia Muslims.", "better without them"),
    ("en", "The Yazidis got what they deserved in Sinjar.", "ruin welcomed"),
    ("en", "Hitler should have finished the job with the Jews.", "ruin welcomed"),
    ("en", "Less Muslims in the world means less trouble.", "fewer of them"),
    ("en", "Halabja was the best thing Saddam ever did.", "atrocity praised"),
    ("ar", "في ستين داهية كل سوري غرق بالبحر", "ruin welcomed"),
    ("ar", "ما زعلت أبداً لما مات الفرس بالمخيم", "ruin unmourned"),
    ("ar", "العالم أحسن بدون الشيعة", "better without them"),
    ("ar", "الإيزيديين استاهلوا كل اللي صار لهم في سنجار", "ruin welcomed"),
    ("tr", "Ermeni kilisesinin yandığını görünce sevindim.", "ruin welcomed"),
    ("tr", "Kamptaki Farsların ölmesine hiç üzülmedim.", "ruin unmourned"),
    ("tr", "Dünya Şiiler olmadan daha iyi olurdu.", "better without them"),
    ("tr", "Halepçe Saddam'ın yaptığı en iyi şeydi.", "atrocity praised"),
    ("fa", "وقتی دیدم کلیسای ارمنیا می‌سوزه خوشحال شدم", "ruin welcomed"),
    ("fa", "حیف که آتیش‌سوزی کمپ بقیه‌ی افغانیا رو تموم نکرد", "ruin unmourned"),
    ("fa", "هرچی مسلمون کمتر، دردسر کمتر", "fewer of them"),
    ("fa", "یه انفال دیگه لازمه", "atrocity praised"),
])
def test_a_peoples_ruin_welcomed_is_abuse(det, lang, text, rule):
    assert ("abuse", rule) in rules(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "Kurds were glad when Saddam died."),
    ("en", "I'm so sad the Syrians on that boat drowned."),
    ("en", "Thank God the earthquake spared the Kurdish villages this time."),
    ("en", "The town would not be better without its Armenian bakers."),
    ("en", "The best way to honour Halabja is to teach it in every school."),
    ("en", "Halabja must never happen again."),
    ("en", "The best we can do for Halabja's survivors is to listen."),
    ("en", "We need another memorial for Halabja."),
    ("ar", "الأكراد فرحوا لما مات صدام"),
    ("ar", "قالت الناجيات للمحكمة إن الحراس كانوا يرددون أن الإيزيديين يستحقون ما جرى لهم"),
    ("ar", "كل لاجئ يموت بالبحر وصمة عار على سياسة أوروبا"),
    ("tr", "CHP bloku şimdiden kaybetmiştir çünkü kürtler olmadan nasıl kazanacaklar iyi düşünsünler"),
    ("tr", "Keşke Afgan aile yangından kurtulsaydı."),
    ("fa", "تیم عربای بصره دیشب ما رو داغون کرد، حقشون بود ببرن"),
    ("fa", "هر پناهجویی که تو دریا میمیره ننگ سیاست اروپاست"),
    ("fa", "حلبچه هیچوقت نباید تکرار بشه"),
])
def test_a_death_regretted_reported_or_spared_is_no_abuse(det, lang, text):
    assert "abuse" not in {clause for clause, _rule in rules(det, lang, text)}


def test_the_speakers_own_death_is_no_peoples_ruin(det):
    # (the data's tweet: an older rule reads "ağlamazsınız Kürtler" as a sweeping claim, not this one)
    found = rules(det, "tr", "Bugün ölürsem arkamdan ağlamayın, zaten ağlamazsınız Kürtler")
    assert not {rule for _clause, rule in found} & {"ruin welcomed", "ruin unmourned"}
