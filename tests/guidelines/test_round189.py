"""Round 189 (2026-12-07), all four languages: held-out lines written before any change
(`heldout/*_r189b.tsv`) about a threat veiled by another's fate -- "Think of what happened to Khashoggi
before you publish again", "Don't forget how the last reporter on this story was found", "The same thing
that happened to the mayor will happen to you", "Your colleague learned his lesson in the car park, you will
learn yours too", "People who write lies like this have accidents", "Your name is already on the list after
his", "Write one more word about us and you'll join your friend in the cemetery", "اللي صار للمختار رح يصير
فيك", "كمّل حفر وانت الجاي", "Muhtara olan sana da olacak", "Bu haberi yapan son muhabirin nasıl bulunduğunu
unutma", "همون بلایی که سر دهدار اومد سر تو هم میاد", "ادامه بده، نفر بعدی تویی"; and contrasts: a
journalist's murder reported, a massacre remembered so it never happens again, a fear of ending up like
jailed journalists, "You'll end up like your father, a brilliant doctor", who is next for an interview,
journalists who disappear in custody, an editor who won an award, icy roads, Khashoggi's fate held up to
demand justice. No suite case was read for it.

What was added (harm._fate_warned, rule 2z, "fate held up"): another's fate ("what happened to", "شو صار ل",
"ne olduğunu", "چه بلایی سر", "how ... was found") aimed at the addressee within ten words after it ("will
happen to you", "رح يصير فيك", "sana da olacak", "سر تو هم"), or beside the addressee's own act ("before you
publish", "قبل ما تنشر", "yayınlamadan önce", "قبل از اینکه ... کنی") where the fate is a person's (a PERSON
word, or the name of a journalist killed for their work, _FATE_NAMES: "before you publish, check what
happened to the budget" is advice), or held up as "the last reporter"'s with "don't forget", "remember",
"unutma", "یادت نره"; a lesson or a desert another took ("learned his lesson", "تعلم الدرس", "dersini aldı",
"hak ettiğini buldu", "درسشو گرفت", "سزاشو دید") and "you too" after it (in Turkish with a verb to come:
"sen de öylesin" is no threat); what befalls the addressee's kind -- journalists or people "like you", or
"who write", "who cross the tribe" -- told as disappearing, accidents or no long life (not the fate inside
its own "who" clause: "journalists who disappear in custody"; not "careless drivers like you"); the
addressee's name on a list "after" another's. Such a comment passes the prefilter by _fate_cue (each cue
word only in the company the rule needs). Phrases: the grave beside a friend ("you'll join your friend in
the cemetery", "بتلحق صاحبك عالمقبرة", "arkadaşının yanına mezarlığa gidersin", "میری پیش رفیقت تو
قبرستون"), the next one ("وانت الجاي", "نفر بعدی تویی"), a pit ("تنتهي بحفرة", "hendekte mi bitmek", "ته یه
چاله پیدات کنن"). And HarmDetector.fate_likened, which model.findings asks when only the written-threat head
read a threat: a fate likened to the speaker's own or to the addressee's kin, with no word of harm ("I'm
scared I'll end up like those jailed journalists", "رح تطلع متل أبوك، دكتور شاطر"), drops the head's threat.

When the round closed: held out en 15 -> 21 of 24, ar 13 -> 23, tr 15 -> 22, fa 13 -> 22 (violating lines
caught 23 -> 54 of 60; contrasts 33 -> 34 of 36: the two English contrasts left fail on the violation head
alone, 0.53 and 0.51, their threat gone); tune lines (written after the change) 12 -> 19 of 20 ("Before you
publish, check what happened to the budget" is read as promotion, 0.59, by the promotion head on both
trees); the suite unchanged in every decision and clause; an older held-out line gained (en_r128b's "Writers
like you tend to vanish without a trace"), none lost. No data comment's findings changed (the shape is rare
in the training data: a first version read "what happened to you?" and "Bence eleştirsen de sen de öylesin"
as threats in four data comments, and its Arabic phrase "الدور جاييك" took away the slip reading of "جايك"
in three; all were fixed before the round closed). Still failing: a fate asked of the victim's family ("Ask
the family of that blogger what happens to people who ask questions", in all four languages), "Böyle yazmaya
devam edersen Hrant Dink gibi olursun" (a named person's likeness), "حیفه خانوادت مثل خانواده اون مترجم بشه"
(a shame if the family ends like another's: round 64's "shame if" rule needs a mishap word).
"""
import pytest

from tests.guidelines.harm_helpers import rules
from tests.guidelines.test_probes import passing

TUNE = [
    ('threat', 'Remember what happened to the last blogger who wrote about the port deal.'),
    ('threat', 'What happened to that lawyer will happen to you too.'),
    ('threat', 'Reporters like you have accidents.'),
    ('-', 'Remember what happened to the miners in 2010, the mine is still unsafe.'),
    ('-', 'Before you publish, check what happened to the budget.'),
    ('-', 'Careless drivers like you have accidents on this road.'),
    ('threat', 'تذكر شو صار لآخر صحفي كتب عن الميناء'),
    ('threat', 'اللي صار للمحامي رح يصير فيك كمان'),
    ('threat', 'الكتّاب اللي متلك بيختفوا'),
    ('-', 'تذكروا شو صار بالمينا سنة 2010'),
    ('-', 'قبل ما تنشر، شوف شو صار بالميزانية'),
    ('-', 'السواقين اللي متلك بيعملوا حوادث'),
    ('threat', 'Avukata olan sana da olacak.'),
    ('threat', 'Limanı yazan son gazeteciye ne olduğunu hatırla.'),
    ('-', "2010'da madencilere ne olduğunu hatırlayın."),
    ('-', 'Yayınlamadan önce bütçeye ne olduğuna bak.'),
    ('threat', 'همون بلایی که سر وکیله اومد سر تو هم میاد'),
    ('threat', 'یادت باشه آخرین خبرنگاری که درباره بندر نوشت رو چجوری پیدا کردن'),
    ('-', 'یادتون باشه سال ۲۰۱۰ چه بلایی سر معدنچیا اومد'),
    ('-', 'قبل از اینکه منتشر کنی ببین چه بلایی سر بودجه اومد'),
]
# (12 on the tree before the round, 19 after it)
PASSED = 19


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


@pytest.mark.parametrize("lang, text", [
    ("en", "Think of what happened to Khashoggi before you publish again."),
    ("en", "Don't forget how the last reporter on this story was found."),
    ("en", "Your colleague learned his lesson in the car park, you will learn yours too."),
    ("en", "People who write lies like this have accidents."),
    ("en", "Careful, reporters who cross the tribe don't live long here."),
    ("en", "Your name is already on the list after his."),
    ("ar", "فكر بشو صار لخاشقجي قبل ما تنشر مرة تانية"),
    ("ar", "لا تنسى كيف لقوا آخر مراسل اشتغل على هالقصة"),
    ("ar", "زميلك تعلم الدرس بموقف السيارات، وانت كمان رح تتعلم"),
    ("ar", "اسمك صار عاللائحة بعده"),
    ("tr", "Muhtara olan sana da olacak."),
    ("tr", "Bir daha yayınlamadan önce Kaşıkçı'ya ne olduğunu düşün."),
    ("tr", "Meslektaşın dersini otoparkta aldı, sen de alacaksın."),
    ("fa", "همون بلایی که سر دهدار اومد سر تو هم میاد"),
    ("fa", "یادت نره آخرین خبرنگاری که رو این ماجرا کار کرد رو چجوری پیدا کردن"),
    ("fa", "حواست باشه، خبرنگارایی که با ایل در میفتن اینجا عمرشون کوتاهه"),
])
def test_a_fate_held_up_to_the_addressee_is_a_threat(det, lang, text):
    assert ("threat", "fate held up") in rules(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "Remember what happened to the Yazidis in 2014 so it never happens again."),
    ("en", "Think of what happened to Khashoggi and demand justice."),
    ("en", "Before you publish, check what happened to the budget."),
    ("en", "Journalists who disappear in custody deserve our support."),
    ("en", "Careless drivers like you have accidents on this road."),
    ("ar", "تذكروا شو صار للإيزيديين سنة 2014 حتى ما يتكرر"),
    ("tr", "Öğretmen dersini anlattı, sen de dinle."),
    ("fa", "فکر کنید چه بلایی سر خاشقجی اومد و عدالت بخواید"),
])
def test_a_fate_remembered_or_advice_is_no_threat(det, lang, text):
    assert "threat" not in {clause for clause, _rule in rules(det, lang, text)}


@pytest.mark.parametrize("lang, text", [
    ("en", "Write one more word about us and you'll join your friend in the cemetery."),
    ("ar", "كمّل حفر وانت الجاي"),
    ("ar", "بدك تنتهي بحفرة متل هداك المدون؟"),
    ("tr", "O blogcu gibi bir hendekte mi bitmek istiyorsun?"),
    ("fa", "ادامه بده، نفر بعدی تویی"),
    ("fa", "یه کلمه دیگه درباره ما بنویس، میری پیش رفیقت تو قبرستون"),
])
def test_the_grave_or_the_next_turn_promised_is_a_threat(det, lang, text):
    assert "threat" in {clause for clause, _rule in rules(det, lang, text)}


@pytest.mark.parametrize("lang, text, likened", [
    ("en", "I'm scared I'll end up like those jailed journalists.", True),
    ("en", "You'll end up like your father, a brilliant doctor.", True),
    ("ar", "رح تطلع متل أبوك، دكتور شاطر", True),
    ("en", "You'll end up like the last journalist who asked.", False),
    ("en", "You'll end up like your father, dead in a ditch.", False),
])
def test_a_fate_likened_to_oneself_or_kin_is_no_written_threat(det, lang, text, likened):
    from newsroom.guidelines.normalise import normalise_text
    assert det.fate_likened(lang, normalise_text(text)) is likened


def test_the_written_head_adds_no_threat_to_a_fate_likened_to_kin(model):
    r = model.score([{"text": "رح تطلع متل أبوك، دكتور شاطر"}])[0]
    assert (r["categories"].get("threat") or 0) < 0.5
