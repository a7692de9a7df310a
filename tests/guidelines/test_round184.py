"""Round 184 (2026-12-07), all four languages: held-out lines written before any change
(`heldout/*_r184b.tsv`) about a faith's people named by where they pray or what they wear -- "Its worshippers
are all terrorists", "The churchgoers in this town are parasites", "Those hijabis at the university are a
disease", "Women in burqas are walking bin bags", "سكروا كل الجوامع ورجعوا المصلين لبلادهم", "المنقبات
بالجامعة مرض", "Orada namaz kılanların hepsi terörist", "Üniversitedeki çarşaflılar bir hastalık",
"نمازگزاراشو بفرستید برن", "چادریای دانشگاه یه مرضن"; and contrasts: the same people at a food drive, an
opening, a science fair, a lunch for the neighbourhood, a synagogue vandalised and a temple set on fire told
as news, a ban called discrimination. No suite case was read for it.

What was added: the words the lists lacked for the worshippers of a house of prayer ("its worshippers", "the
worshippers") and churchgoers, for women and men in headscarves, hijabs, niqabs, burqas and turbans, and for
houses of prayer outside English (which read "mosque", "church", "temple" already): Arabic "المنقبات",
"جماعة الجامع", "رواد الكنيسة", "الكنيس", "الحسينية"; Turkish "namaz kılanlar", "cami cemaati", "kiliseye
gidenler", "sinagog", "cemevi", "başörtülü", "çarşaflı", "hüseyniye", and "Kürtçe" (the Kurdish language) as
the Kurds'; Persian "نمازگزارا", "روسری‌دار", "چادری", "برقع‌پوش", "عمامه‌به‌سر", "کلیساروها", "جمخونه",
"حسینیه", "کنیسه"; "bin bags" as a thing a people is called; "brainwashed" in Turkish and Persian and "مرتد"
(apostate) as sweeping predicates; and, English, "set", "lit", "threw", "blew" after "someone" told, not
called for ("Someone set fire to the Yazidi temple; the community is heartbroken" had been a threat at 0.95
and religious hatred: _EN_PAST_LIKE). Left out after the data's changes of a draft: "worshippers" alone
("devil worshippers" is the slur itself: "Yazidis... they are devil worshippers, all of them" lost its
racism), "congregation", Arabic "المصلين" (the worshippers, most often the victims told of, and a verse of
the Quran), "وكر" (a den, said of a country), Turkish "türbanlı" (the word of the headscarf debate, argued
in hypotheticals) and "cemaati" (also a movement's name).

When the round closed: held out en 13 -> 21 of 24, ar 13 -> 18, tr 13 -> 21, fa 12 -> 20 (violating
lines caught 17 -> 45 of 60; contrasts 34 -> 35 of 36); tune lines (written after the change) 14 -> 18
of 20; the suite, the probes and the older held-out lines unchanged in every decision and clause but a
Persian threat line that gained religious hatred ("مسجد سنیای محله رو با نمازگزاراش میفرستیم هوا", we
will blow up the Sunni mosque with its worshippers); 70 of 266,546 data comments' findings changed,
read: eight changed a clause or a kind, six of them labelled offensive (a Shia mourning hall, turbans
called pigs, "başörtülü orospuları" gained religious hatred; a Turkish insult beside "başörtülüydü"
gained it wrongly), two gained a counter-speech contrast; the rest an identity mention. Still failing: a
worshipper told by a clause ("Everyone who prays there is a traitor", a personal attack in every
language), a house of prayer to be razed "with them inside" (a threat, no abuse), "المصلين", "cemaati",
"مدرسه‌ی کردی", and a contrast the violation head alone scores 0.60.
"""
import pytest

from tests.guidelines.harm_helpers import rules
from tests.guidelines.test_probes import passing

TUNE = [
    ('abuse', 'The worshippers at that mosque are all scum.'),
    ('abuse', 'Girls in hijabs are brainwashed slaves.'),
    ('-', 'The worshippers at that mosque raised money for the flood victims.'),
    ('-', 'Someone threw a brick at the church window last night.'),
    ('abuse', 'The congregation of that synagogue should be kicked out of town.'),
    ('abuse', 'المصلين بهالجامع حثالة'),
    ('abuse', 'المنقبات لازم ينطردوا من البلد'),
    ('-', 'المصلين بالجامع جمعوا تبرعات لضحايا الفيضان'),
    ('-', 'جماعة الجامع نظفوا الحديقة'),
    ('abuse', 'Başörtülüler bu ülkenin kanseri.'),
    ('abuse', 'Cemevine gidenler sapkın pislikler.'),
    ('-', 'Başörtülü öğrenciler mezun oldu.'),
    ('-', 'Sinagogun önünde anma töreni yapıldı.'),
    ('abuse', 'نمازگزارای این مسجد آشغالن'),
    ('abuse', 'چادریا باید از دانشگاه اخراج بشن'),
    ('-', 'نمازگزارا برای سیل\u200cزده\u200cها پول جمع کردن'),
    ('-', 'دیشب یکی به شیشه\u200cی کلیسا سنگ زد'),
    ('-', 'چادریای دانشگاه تو مسابقه اول شدن'),
    ('abuse', 'Women in niqabs should not be allowed on buses.'),
    ('-', 'Women in niqabs described the ban to the court.'),
]
# (14 on the tree before the round, 18 after it; the brick thrown at a church window is the written-threat
# head's alone, 0.87, no rule's; "المصلين" was left out of the lists, see above)
PASSED = 18


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


@pytest.mark.parametrize("lang, text", [
    ("en", "A new mosque opened on our street. Its worshippers are all terrorists."),
    ("en", "The churchgoers in this town are parasites."),
    ("en", "Women in burqas are walking bin bags."),
    ("en", "Men with turbans are all fanatics."),
    ("ar", "كل جمعة جماعة الجامع بيغرقوا شوارعنا متل الجرذان"),
    ("ar", "المنقبات بالجامعة مرض"),
    ("ar", "رواد الكنيسة بهالبلد طفيليات"),
    ("tr", "Sokağımızda yeni bir cami açıldı. Orada namaz kılanların hepsi terörist."),
    ("tr", "Üniversitedeki çarşaflılar bir hastalık."),
    ("tr", "Başörtülü kızlar beyni yıkanmış koyunlar."),
    ("fa", "همه‌ی مسجدای این شهرو ببندید و نمازگزاراشو بفرستید برن"),
    ("fa", "چادریای دانشگاه یه مرضن"),
    ("fa", "کلیساروهای این شهر انگلن"),
])
def test_a_faiths_people_named_by_prayer_or_dress_is_abused(det, lang, text):
    assert "abuse" in {clause for clause, _rule in rules(det, lang, text)}


@pytest.mark.parametrize("lang, text", [
    ("en", "Someone set fire to the Yazidi temple; the community is heartbroken."),
    ("en", "Someone set fire to the mosque last night, police said."),
])
def test_an_arson_told_is_no_threat(det, lang, text):
    assert not {"threat", "abuse"} & {clause for clause, _rule in rules(det, lang, text)}


def test_someone_called_on_to_burn_is_still_a_threat(det):
    found = rules(det, "en", "Someone should set fire to the mosque.")
    assert "threat" in {clause for clause, _rule in found}
