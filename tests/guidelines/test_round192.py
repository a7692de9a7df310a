"""Round 192 (2026-12-08), all four languages: held-out lines written before any change
(`heldout/*_r192b.tsv`) about a fate the addressee is told to ask about -- "Ask Khashoggi's family how
writing articles like this worked out for him", "Go ask the widow of the last reporter who wrote about
us what happens to people like you", "Ask the reporter before you how his knees are doing", "Ask the
family of the last translator who talked too much", and the same in Arabic ("اسأل عيلة خاشقجي كيف انتهت
معه كتابة هيك مقالات"), Turkish ("Senden önceki muhabire sor, dizleri nasıl.") and Persian ("از خبرنگار
قبل از خودت بپرس زانوهاش چطوره"); and contrasts: a family asked about a wedding, a murdered journalist's
family asked what justice would mean to them, the widows of Halabja asked what they need, the last
reporter asked for his notes, an old bakery, a grandmother's dolma, an editor asked before publishing,
an interview's length. No suite case was read for it.

What was added (harm._fate_asked, rule 2x "fate asked", past the prefilter by _fate_asked_cue): the
imperative "ask" ("ask", "اسأل", "sor", "بپرس") sending the addressee to a victim's kin (a family, a widow,
a mother, a son) beside a murdered journalist's name (_FATE_NAMES, now also in other scripts and with first
names: "غاليزيا", "Daphne", "Hrant"), or to "the last" reporter or man, or to "the reporter before you"
("اللي قبلك", "senden önceki", "قبل از خودت"); and the end asked about: of the body (a grave, a cane,
crutches, knees, where he was buried or found; asked of anyone), what happens "to people like you" (of
anyone), or how it "worked out", "ended", whether it was "worth it", what happened (of a victim's kin only:
"Ask the last editor how the series ended" and "... what happened to the budget" are questions); the family
of "the last man who crossed the tribe" needs no end named.

When the round closed: held out en 11 -> 21 of 24, ar 10 -> 17, tr 11 -> 19, fa 11 -> 19 (threats caught 4
-> 37 of 56; contrasts 39 of 40 before and after). A first version let only a kin's or "the last" word past
the prefilter, not "before you": that bug was seen because the held-out lines of that form failed, and the
fix was checked on new lines of our own ("Ask the editor before you why he needs crutches now"); the figures
above are after it (before it: en 19, ar 15, tr 17, fa 17, threats 29). The round's own lines below (written
before the change, the lines it was made from) 8 -> 20 of 20.
"""
import pytest

from tests.guidelines.harm_helpers import rules
from tests.guidelines.test_probes import passing

TUNE = [
    ('threat', "Ask Galizia's family how her reporting worked out for her."),
    ('threat', "Go ask the last blogger's mother what happens to people who write like you."),
    ('threat', 'Ask the family of the last guy who crossed the tribe where they buried him.'),
    ('-', 'Ask the family how the holiday went.'),
    ('-', "Ask the last blogger's mother for a photo for the obituary."),
    ('threat', 'اسأل عيلة غاليزيا كيف انتهت تقاريرها معها'),
    ('threat', 'روح اسأل أم آخر مدوّن شو بيصير باللي بيكتبوا متلك'),
    ('threat', 'اسأل أهل آخر واحد عادى العشيرة وين دفنوه'),
    ('-', 'اسأل العيلة كيف كانت العطلة'),
    ('-', 'اسأل أم آخر مدوّن عن صورة للنعوة'),
    ('threat', "Galizia'nın ailesine sor, haberciliği onun için nasıl sonuçlandı."),
    ('threat', 'Git son blogcunun annesine sor, senin gibi yazanlara ne oluyor.'),
    ('threat', 'Aşirete karşı gelen son adamın ailesine sor, onu nereye gömdüler.'),
    ('-', 'Tatilin nasıl geçtiğini aileye sor.'),
    ('-', 'Son blogcunun annesinden vefat ilanı için bir fotoğraf iste.'),
    ('threat', 'از خانواده\u200cی گالیزیا بپرس گزارشگری\u200cش آخرش براش چی شد'),
    ('threat', 'برو از مادر آخرین وبلاگ\u200cنویس بپرس با کسایی که مثل تو مینویسن چیکار میکنن'),
    ('threat', 'از خانواده\u200cی آخرین کسی که با ایل درافتاد بپرس کجا دفنش کردن'),
    ('-', 'از خانواده بپرس تعطیلات چطور بود'),
    ('-', 'از مادر آخرین وبلاگ\u200cنویس یه عکس برای آگهی ترحیم بخواه'),
]
# (8 on the tree before the round, 20 after it)
PASSED = 20


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


@pytest.mark.parametrize("lang, text", [
    ("en", "Ask Galizia's family how her reporting worked out for her."),
    ("en", "Ask the last reporter who wrote about us what happens to people like you."),
    ("en", "Ask the editor before you why he needs crutches now."),
    ("en", "Ask the family of the last guy who crossed the tribe where they buried him."),
    ("ar", "اسأل عيلة غاليزيا كيف انتهت تقاريرها معها"),
    ("ar", "اسأل المحرر اللي قبلك كيف صارت ركبته"),
    ("tr", "Galizia'nın ailesine sor, haberciliği onun için nasıl sonuçlandı."),
    ("tr", "Senden önceki editöre sor, neden koltuk değneğiyle yürüyor, mezarlıkta."),
    ("fa", "از خانواده\u200cی گالیزیا بپرس گزارشگری\u200cش آخرش براش چی شد"),
    ("fa", "از سردبیر قبل از خودت بپرس قبرش کجاست"),
])
def test_a_fate_the_addressee_is_told_to_ask_about_is_a_threat(det, lang, text):
    assert ("threat", "fate asked") in rules(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "Ask the family how the holiday went."),
    ("en", "Ask the family where they buried grandpa, the cemetery moved last year."),
    ("en", "Ask the last editor what happened to the budget."),
    ("en", "Ask the last editor how the series ended."),
    ("en", "Ask Khashoggi's family what they want people to remember about him."),
    ("en", "Don't ask the family of the last reporter about his grave, they have suffered enough."),
    ("en", "Ask the editor before you publish, she knows the rules on crutches."),
    ("ar", "اسأل آخر محرر شو صار بالميزانية"),
    ("tr", "Son editöre sor, bütçeye ne oldu."),
    ("fa", "از آخرین سردبیر بپرس بودجه چی شد"),
])
def test_a_question_about_a_holiday_a_budget_or_a_memory_is_no_threat(det, lang, text):
    assert "threat" not in {clause for clause, _rule in rules(det, lang, text)}
