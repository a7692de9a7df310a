"""Round 187 (2026-12-07), all four languages: held-out lines written before any change
(`heldout/*_r187b.tsv`) about a people's flaw asked as a question -- "Is there a single Persian who doesn't
lie?", "Can anyone name a Jew who isn't greedy?", "Has anyone ever seen a Syrian who works for a living?",
"Since when do women understand football?", "What good has a Yazidi ever done for this country?", "Name one
useful thing Turks have ever invented", "في فارسي واحد ما بيكذب؟", "من إيمتى النسوان بيفهموا بالسياسة؟",
"Yalan söylemeyen tek bir Acem var mı?", "Kadınlar ne zamandan beri futboldan anlıyor?", "یه عرب هست که دروغ
نگه؟", "از کی تا حالا زنا از فوتبال سر در میارن؟"; and contrasts: genuine questions about the same peoples (a
Kurdish poet, Afghans leaving Iran, Eid on different days, a Syrian documentary, a Turkish author to
recommend, a Persian restaurant, women leaving engineering, help for Yazidi survivors) and the trope quoted
and called a myth. No suite case was read for it.

What was added (harm._flaw_asked, beside round 140's _virtue_questioned, a claim of rule 3f): in a sentence
that ends in a question mark and asks whether one exists, a vice denied of the people's one right after it
("who doesn't lie", "مو طماع", "ما بيكذب", "که دروغ نگه"; Turkish before it, "yalan söylemeyen", "açgözlü
olmayan") or work asked of them ("who works", "بيشتغل", "çalışan bir Suriyeli", "که کار کنه", not work at a
place: "a Gypsy who works at the museum" asks for a person); "since when" before the people and a verb of
understanding after ("من إيمتى ... بيفهموا", "ne zamandan beri ... anlıyor", "از کی تا حالا ... سر در
میارن"); and "what good", "شو الخير", "ne iyilik", "چه خیری", or "name one useful thing", "شغلة وحدة مفيدة",
"tek bir faydalı şey", "یه چیز به درد بخور" in the people's sentence, when it asks. Also Persian "بو میدن"
(they stink).

When the round closed: held out en 17 -> 23 of 24, ar 14 -> 20, tr 16 -> 22, fa 14 -> 21 (violating lines
caught 25 -> 50 of 60; contrasts 36 of 36 before and after); tune lines (written after the change) 11 -> 20
of 20 (a first version read "Has anyone met a Gypsy who works at the museum? I'd like to interview them" as
abuse); the suite and the probes unchanged in every decision and clause, the older held-out lines two
gained ("Is there a Syrian who doesn't steal?", round 140's; "افغانیا بو میدن", round 106's), none lost; no
data comment's findings changed (the shape is rare in the training data, so the rule's reach is measured
on these lines only). Still failing: a people's smell in Arabic ("ليش العرب دايما ريحتهم هيك؟"), "can't be
trusted" in Arabic and Persian, a theft to come far from the people's name ("مين فات الغجر ... وإيمتى رح
يسرقوا سياراتنا؟"), the joke "How many Iraqis does it take to ruin a neighbourhood? All of them" outside
English, and "Why do gays have to shove it in our faces all the time, the perverts?" (0.50).
"""
import pytest

from tests.guidelines.harm_helpers import rules
from tests.guidelines.test_probes import passing

TUNE = [
    ('abuse', "Is there one Afghan who doesn't steal?"),
    ('abuse', 'Since when do Kurds know anything about democracy?'),
    ('abuse', 'What good have the Roma ever done for anyone?'),
    ('-', 'Is there a Kurdish doctor on duty tonight?'),
    ('-', 'Since when have Kurds lived in this valley?'),
    ('-', 'What good news for the Yazidi families!'),
    ('abuse', 'في سوري واحد ما بيسرق؟'),
    ('abuse', 'من إيمتى الأكراد بيفهموا بالديمقراطية؟'),
    ('-', 'في دكتور كردي مناوب الليلة؟'),
    ('-', 'من إيمتى الأكراد ساكنين بهالوادي؟'),
    ('abuse', 'Hırsızlık yapmayan tek bir Suriyeli var mı?'),
    ('abuse', 'Kürtler ne zamandan beri demokrasiden anlıyor?'),
    ('-', 'Nöbetçi bir Kürt doktor var mı?'),
    ('-', 'Kürtler ne zamandan beri bu vadide yaşıyor?'),
    ('abuse', 'یه افغانی هست که دزدی نکنه؟'),
    ('abuse', 'از کی تا حالا کردا از دموکراسی سر در میارن؟'),
    ('-', 'امشب دکتر کرد کشیک هست؟'),
    ('-', 'از کی تا حالا کردا تو این دره زندگی می\u200cکنن؟'),
    ('abuse', 'Has anyone met a Gypsy who works?'),
    ('-', "Has anyone met a Gypsy who works at the museum? I'd like to interview them."),
]
# (11 on the tree before the round, 20 after it)
PASSED = 20


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


@pytest.mark.parametrize("lang, text", [
    ("en", "Is there a single Persian who doesn't lie?"),
    ("en", "Has anyone ever seen a Syrian who works for a living?"),
    ("en", "Since when do women understand football?"),
    ("en", "Name one useful thing Turks have ever invented."),
    ("ar", "حدا بيعرف يهودي مو طماع؟"),
    ("ar", "من إيمتى النسوان بيفهموا بالسياسة؟"),
    ("ar", "شو الخير اللي عمله أي إيزيدي لهالبلد؟"),
    ("tr", "Yalan söylemeyen tek bir Acem var mı?"),
    ("tr", "Alın teriyle çalışan bir Suriyeli gören var mı?"),
    ("tr", "Ermenilerin icat ettiği tek bir faydalı şey söyleyin."),
    ("fa", "کسی یه یهودی میشناسه که حریص نباشه؟"),
    ("fa", "یه ایزدی تا حالا چه خیری به این مملکت رسونده؟"),
])
def test_a_peoples_flaw_asked_as_a_question_is_abuse(det, lang, text):
    assert ("abuse", "negative generalisation") in rules(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "Name one Turkish author you would recommend."),
    ("en", "Has anyone met a Gypsy who works at the museum? I'd like to interview them."),
    ("en", "Since when have Kurds lived in this valley?"),
    ("ar", "في مطعم فارسي قريب من المحطة؟"),
    ("tr", "Müzede çalışan bir Suriyeli tanıyan var mı?"),
    ("fa", "کسی یه سوری میشناسه که تو موزه کار کنه؟"),
])
def test_a_genuine_question_about_a_people_is_no_abuse(det, lang, text):
    assert "abuse" not in {clause for clause, _rule in rules(det, lang, text)}
