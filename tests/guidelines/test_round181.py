"""Round 181 (2026-12-07), all four languages: held-out lines written before any change
(`heldout/*_r181b.tsv`) about a people named in one sentence and the hate in the next -- "Every one of them
was a filthy thief", "Can't stand those dirty people", "I wish they'd all drop dead", "Parasites, the lot of
them", "Send them back where they came from", "These animals ruin everything", "هالحيوانات بيخربوا كل شي", "Bu
pis insanlara tahammül edemiyorum", "این آدمای کثیف رو نمی‌تونم تحمل کنم", "متل الجرذان، بيتكاثروا بكل مكان";
and contrasts: the same openings with kindness, food, a wedding, builders' noise, prices, a court ruling,
ministers who promised houses, and hate quoted in one sentence and condemned in the next ("Some call Kurds
vermin. Those who say it should be ashamed."). No suite case was read for it.

What was added (harm.py, the reading of "they" in the sentence after a people's, round 56's): in English,
"them" after "every one of", "the lot of", "all of" anywhere in that sentence and the noun after
"those"/"these" near its start, in a sentence with a hostile word (_en_them_again), "they'd", "they'll";
not "those who" (the sayers); one people named by two words of two kinds side by side ("the Yazidi
refugees") read as the last one's. In Arabic, Turkish and Persian a demonstrative before a word of people or
a hostile plural noun near the sentence's start (_this_people: "هالناس", "Bu pis insanlara", "این آدما";
"هالحيوانات" read as one sentence with the one before); Levantine "هنن", "فيهم"; a sentence of "nothing but
..." with no subject ("Yalancı ve yılandan başka bir şey değiller", "جز دروغگو و مار چیزی نیستن"), a likeness
to an animal opening a sentence with a verb of theirs ("متل الجرذان، بيتكاثروا", "Fareler gibi ...
üreyorlar"), and a short Turkish sentence closed by a hostile plural read as about the people before
(_about_them). The sayers of a claim shamed in the sentence after it make it counter-speech
(_sayers_shamed, read by claim_rebutted: "اللي بيقولوا هيك لازم يستحوا", "Bunu söyleyenler utanmalı", "کسایی
که اینو میگن باید خجالت بکشن").

When the round closed: held out en 16 -> 22 of 24, ar 14 -> 20, tr 13 -> 19, fa 14 -> 20 (violating lines
caught 21 -> 42 of 56; the counter-speech contrasts, racism at 0.94-1.0 before, pass in English, Arabic and
Persian; the Turkish one has no finding left, the violation head alone scores it 0.60); tune lines (written
after the change) 9 -> 16 of 20; the suite, the probes and the older held-out lines unchanged in every
decision and clause but one probe line that gained abuse ("Yazidis were on the news again. Every one of them
is a devil worshipper."); 24 of 266,546 data comments' findings changed, read one by one: four gained
abuse, each labelled offensive; the rest gained or lost an identity contrast. Left out after reading the
data's changes of a draft: Turkish "millet" (a nation: "Bu milleti aptal yerine koymak") and singular "adam",
Persian "تیپ" and "جنس", "these folks" anywhere in a sentence ("because some of these people might be
Communist agents" was a sweeping claim about refugees), a likeness with no verb of theirs ("Leş gibi kokan
metroyu"), two kinds side by side outside English ("زنان افغان ... اونها", read as an exclusion). Still
failing: exclusions with no pronoun or a pronoun written onto a verb the lists do not know ("Geldikleri yere
geri gönderin", "برشون گردونید", "رجعوهم"), "every last one of them on a boat back", "their kind should not
be allowed to own anything", "أمثالهم", a people named by an adjective the lists do not read ("عيلة مسلمة"),
and a singular insult said of the people ("Every single one of them is a crook" is a personal attack).
"""
import pytest

from tests.guidelines.harm_helpers import rules
from tests.guidelines.test_probes import passing

TUNE = [
    ('abuse', 'Some Arabs opened a shop on our street. Every single one of them is a crook.'),
    ('abuse', 'Refugees are in the news again. Cockroaches, the lot of them.'),
    ('abuse', "The Afghan family moved in upstairs. I can't stand these filthy people."),
    ('abuse', "Kurds again on TV. I hope they'd all rot."),
    ('-', 'Some Arabs opened a shop on our street. Every single one of them was friendly.'),
    ('-', 'The minister met Kurdish farmers. He promised them water by summer.'),
    ('-', 'Some people call Afghans thieves. Those who say that are ignorant.'),
    ('-', 'I met the Syrian players. These people are heroes to their town.'),
    ('abuse', 'جيراننا صاروا سوريين. هالحشرات ما بيفهموا شي'),
    ('abuse', 'شفت كم أفغاني بالسوق. هنن حرامية'),
    ('-', 'جيراننا صاروا سوريين. ناس طيبين كتير'),
    ('-', 'في ناس بتقول السوريين حرامية. اللي بيقولوا هيك عنصريين'),
    ('abuse', 'Komşularımız Suriyeli oldu. Bu hayvanlar hiçbir şey anlamıyor.'),
    ('abuse', 'Pazarda birkaç Afgan gördüm. Bu insanlar hırsız.'),
    ('-', 'Komşularımız Suriyeli oldu. Çok iyi insanlar.'),
    ('-', 'Bazıları Suriyelilere hırsız diyor. Bunu diyenler ırkçı.'),
    ('abuse', 'همسایه\u200cهامون سوری شدن. این حیوونا هیچی نمی\u200cفهمن'),
    ('abuse', 'چندتا افغانی تو بازار دیدم. این آدما دزدن'),
    ('-', 'همسایه\u200cهامون سوری شدن. آدمای خیلی خوبی\u200cان'),
    ('-', 'بعضیا میگن سوریا دزدن. کسایی که اینو میگن نژادپرستن'),
]
# (9 on the tree before the round, 16 after it)
PASSED = 16


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


@pytest.mark.parametrize("lang, text", [
    ("en", "I met some Kurds at the border. Every one of them was a filthy thief."),
    ("en", "Arabs run most of the shops here now. Parasites, the lot of them."),
    ("en", "My new neighbours are Afghan. Can't stand those dirty people."),
    ("en", "There's a Muslim family on my street. I wish they'd all drop dead."),
    ("en", "The Yazidi refugees arrived on Monday. Send them back where they came from."),
    ("ar", "جيراننا الجدد أفغان. ما بطيق هالناس الوسخين"),
    ("ar", "إجت جماعة أتراك عالسوق. هالحيوانات بيخربوا كل شي"),
    ("ar", "النسوان بدهم يسوقوا شاحنات هلأ. هنن أغبى من إنهم يقروا خريطة"),
    ("ar", "السوريين سكنوا ببنايتنا السنة الماضية. متل الجرذان، بيتكاثروا بكل مكان"),
    ("tr", "Yeni komşularımız Afgan. Bu pis insanlara tahammül edemiyorum."),
    ("tr", "Pazara bir grup Arap daha geldi. Bu hayvanlar her şeyi mahvediyor."),
    ("tr", "Şu fotoğraftaki Farslara bakın. Yalancı ve yılandan başka bir şey değiller."),
    ("fa", "همسایه‌های جدیدمون افغانین. این آدمای کثیف رو نمی‌تونم تحمل کنم"),
    ("fa", "به ترکای این عکس نگاه کنید. جز دروغگو و مار چیزی نیستن"),
])
def test_the_people_named_before_is_who_the_hate_is_about(det, lang, text):
    assert "abuse" in {clause for clause, _rule in rules(det, lang, text)}


@pytest.mark.parametrize("lang, text", [
    ("en", "Some call Kurds vermin. Those who say it should be ashamed."),
    ("en", "I met some Kurds at the border. Every one of them was kind to us."),
    ("en", "Imagine if the government had said some of these people might be Communist agents."),
    ("ar", "في ناس بتسمي الأكراد حشرات. اللي بيقولوا هيك لازم يستحوا"),
    ("ar", "جيراننا الجدد أفغان. ما بطيق صوت العمال اللي عم يبنوا جنبنا"),
    ("tr", "Bazıları Kürtlere haşere diyor. Bunu söyleyenler utanmalı."),
    ("tr", "Bu milleti aptal yerine koymak değil de nedir."),
    ("tr", "Kadın evrenin en değerli canlısıdır. Leş gibi kokan metroyu tek parfümle mis gibi yaptı."),
    ("fa", "بعضیا به کردا میگن حشره. کسایی که اینو میگن باید خجالت بکشن"),
    ("fa", "الان به زنان افغان گفتی چه تاثیری داره؟ آیا اونها میتونن کاری برای کشورشون انجام بدن؟"),
])
def test_sayers_shamed_and_other_subjects_are_no_abuse(det, lang, text):
    assert "abuse" not in {clause for clause, _rule in rules(det, lang, text)}
