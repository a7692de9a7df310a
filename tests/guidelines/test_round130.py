"""The hundred-and-thirtieth round (2026-12-06): sexism, homophobia and religious hatred -- a people
disqualified by what "no sane man" would do, called an abomination, foreign agents, worthless, devil
worshippers -- and the claim named as a noun, answered by the harm it did.

Tried as a moderator would, "No sane man would vote for a woman mayor" was 0.26 with no finding, and so
in every language; "السحاقيات رجس" (lesbians are an abomination) 0.53 with no clause, "الإيزيديون يعبدون
الشيطان" and "ایزدی‌ها شیطان را می‌پرستند" (the Yazidis worship the devil) 0.53 and 0.02 (the noun
"devil worshippers" was listed, the verb was not), "Buradaki Hristiyanlar yabancı ajanlar" (the
Christians here are foreign agents) 0.09, "Eşcinsellik bir hastalıktır, kimlik değil" (homosexuality is
a disease, not an identity) 0.03, read as denied by the "değil" of the noun after it; and "The claim
that Yazidis worship the devil has fuelled massacres" was abuse at 0.94 in English, Arabic and Turkish.

The lines below were written for this outlet in two lists; with the first, a held-out batch written
before any change (``heldout/*_r130b.tsv``: 31 -> 31 of 40: its stereotypes are other words than the
round's, and none of its misses was looked at). The second list (SECOND) was written after the first
list's changes and run on both trees before it was looked at: 14 -> 20 of 24; then 22 after two of its
misses were mended (an English "voter" read as the act of voting, and the frame read only beside a
virtue word). Before the round the first list passed en 13 of 15, ar 9 of 14, tr 9 of 14, fa 11 of 14;
when it closed en 15, ar 12, tr 13, fa 14 (the floors, less one line).

What the round added:
- every scored language (harm.py rule 3g, _SANE, _CHOOSE): a sane or sensible person, an act of choosing
  or trusting (vote, hire, elect, trust), a negation and a group chosen near the act: abuse of that
  group ("No sane man would vote for a woman mayor", "Aklı başında hiçbir erkek kadın belediye başkanına
  oy vermez", "هیچ مرد عاقلی به یک زن برای شهرداری رای نمی‌دهد"); not the group as the chooser ("No sane
  woman would vote for him"), nor one person of it qualified ("a woman who lies"). The Arabic form ("لا
  يصوت رجل عاقل لامرأة") is still missed: its woman is written with the preposition, which the lists
  would read only with their spelling slips (listed so, "لامرأة" reached "لإمارة", an emirate);
- the claim named as a noun (the claim, the myth, "الادعاء بأن", "iddiası", "این ادعا که") answered by
  the harm it did (has fuelled, justified, "غذى", "körükledi", "دامن زده"): counter-speech, through the
  last round's claim_rebutted (_CLAIM_VERBS, _REBUTTAL; English "fuelled" only after "has", "which", not
  "alcohol-fuelled rape");
- Arabic (ar.py): an abomination, impurity ("رجس", "نجس"), women or a people worthless ("لا قيمة لها",
  "لا قيمة لهم"; not "لا قيمة له", said of a man or his words on the data: "كلام لا قيمة له", "العبادي
  ... لا قيمة له"), the devil worshipped as a verb; Persian (fa.py) the devil worshipped and "worthless"
  in the written register; Turkish (tr.py) foreign agents (whole words: not "ajans", a news agency);
- Turkish (harm.py): a claim with its own copula is not denied by the "değil" of the noun after it
  ("Eşcinsellik bir hastalıktır, kimlik değil"), unless that noun is a group ("insan suçludur, İslam
  değil", the person is guilty, not Islam: found so on the data).

On the data (266,504 comments in the four languages, findings before and after, every changed comment
read): 3 changed, all Arabic: a comment calling women worthless without modesty gained abuse ("فلا قيمة
لها"), one calling the Magians an abomination gained it beside its slur, one kept its abuse under
another rule's name. Our suite, the probes, every grid half and the other held-out batches unchanged.
Still missed: "Eşcinsel öğretmenler çocuklarımız için bir tehlike" (a danger: the word is as often a
danger to a group, and "için" is the sign of what a group suffers).
"""
import pytest

from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

EN_TUNE = [
    ('abuse', 'Women are too emotional to run a newspaper.'),
    ('abuse', 'No sane man would vote for a woman mayor.'),
    ('abuse', "A woman's opinion on war is worthless."),
    ('abuse', 'Lesbians are an abomination.'),
    ('abuse', 'Gay teachers are a danger to our kids.'),
    ('abuse', 'Being gay is a sickness, not an identity.'),
    ('abuse', 'Yazidis worship the devil, everyone knows it.'),
    ('abuse', 'Shia are heretics who deserve no place in this country.'),
    ('abuse', 'Christians here are foreign agents.'),
    ('-', "Women make up half of the newsroom's reporters."),
    ('-', 'The mayor, a woman, opened the new bridge.'),
    ('-', 'A lesbian activist spoke at the conference in Sulaymaniyah.'),
    ('-', 'Gay teachers say they hide who they are out of fear.'),
    ('-', 'Yazidis celebrated their new year in Lalish.'),
    ('-', 'The claim that Yazidis worship the devil has fuelled massacres.'),
]
AR_TUNE = [
    ('abuse', 'النساء عاطفيات جدا لإدارة صحيفة'),
    ('abuse', 'لا يصوت رجل عاقل لامرأة في رئاسة البلدية'),
    ('abuse', 'رأي المرأة في الحرب لا قيمة له'),
    ('abuse', 'السحاقيات رجس'),
    ('abuse', 'المعلمون المثليون خطر على أطفالنا'),
    ('abuse', 'المثلية مرض وليست هوية'),
    ('abuse', 'الإيزيديون يعبدون الشيطان والكل يعرف ذلك'),
    ('abuse', 'الشيعة زنادقة لا مكان لهم في هذا البلد'),
    ('abuse', 'المسيحيون هنا عملاء للأجانب'),
    ('-', 'النساء يشكلن نصف مراسلي غرفة الأخبار'),
    ('-', 'افتتحت رئيسة البلدية الجسر الجديد'),
    ('-', 'تحدثت ناشطة مثلية في المؤتمر في السليمانية'),
    ('-', 'احتفل الإيزيديون برأس السنة في لالش'),
    ('-', 'الادعاء بأن الإيزيديين يعبدون الشيطان غذى المجازر'),
]
TR_TUNE = [
    ('abuse', 'Kadınlar bir gazete yönetemeyecek kadar duygusal.'),
    ('abuse', 'Aklı başında hiçbir erkek kadın belediye başkanına oy vermez.'),
    ('abuse', 'Bir kadının savaş hakkındaki fikri değersizdir.'),
    ('abuse', 'Lezbiyenler iğrençtir.'),
    ('abuse', 'Eşcinsel öğretmenler çocuklarımız için bir tehlike.'),
    ('abuse', 'Eşcinsellik bir hastalıktır, kimlik değil.'),
    ('abuse', 'Ezidiler şeytana tapar, herkes bunu bilir.'),
    ('abuse', 'Şiiler bu ülkede yeri olmayan sapkınlardır.'),
    ('abuse', 'Buradaki Hristiyanlar yabancı ajanlar.'),
    ('-', 'Kadınlar haber merkezindeki muhabirlerin yarısını oluşturuyor.'),
    ('-', 'Kadın belediye başkanı yeni köprüyü açtı.'),
    ('-', "Lezbiyen bir aktivist Süleymaniye'deki konferansta konuştu."),
    ('-', "Ezidiler yeni yıllarını Laleş'te kutladı."),
    ('-', 'Ezidilerin şeytana taptığı iddiası katliamları körükledi.'),
]
FA_TUNE = [
    ('abuse', 'زنان برای اداره یک روزنامه بیش از حد احساساتی\u200cاند'),
    ('abuse', 'هیچ مرد عاقلی به یک زن برای شهرداری رای نمی\u200cدهد'),
    ('abuse', 'نظر یک زن درباره جنگ ارزشی ندارد'),
    ('abuse', 'لزبین\u200cها نجس\u200cاند'),
    ('abuse', 'معلمان همجنس\u200cگرا برای بچه\u200cهای ما خطرناکند'),
    ('abuse', 'همجنس\u200cگرایی یک بیماری است نه یک هویت'),
    ('abuse', 'ایزدی\u200cها شیطان را می\u200cپرستند، همه این را می\u200cدانند'),
    ('abuse', 'شیعه\u200cها مرتدانی هستند که در این کشور جایی ندارند'),
    ('abuse', 'مسیحیان اینجا مزدور بیگانه\u200cاند'),
    ('-', 'زنان نیمی از خبرنگاران تحریریه را تشکیل می\u200cدهند'),
    ('-', 'شهردار زن پل جدید را افتتاح کرد'),
    ('-', 'یک فعال لزبین در کنفرانس سلیمانیه سخنرانی کرد'),
    ('-', 'ایزدی\u200cها سال نو خود را در لالش جشن گرفتند'),
    ('-', 'این ادعا که ایزدی\u200cها شیطان را می\u200cپرستند به کشتارها دامن زده است'),
]
TUNE = {"en": EN_TUNE, "ar": AR_TUNE, "tr": TR_TUNE, "fa": FA_TUNE}
PASSED = {"en": 15, "ar": 12, "tr": 13, "fa": 14}
# the second list, written after the first list's changes and run on both trees before it was looked at
SECOND = {
    "en": [
        ('abuse', 'No sensible company would hire a refugee.'),
        ('abuse', 'No rational voter would elect a Shia governor.'),
        ('-', 'No sane person would vote for this budget.'),
        ('-', 'The myth that refugees bring disease has justified their expulsion.'),
        ('abuse', 'Gay people are an abomination before God.'),
        ('-', 'A Christian woman was elected mayor of Ankawa.'),
    ],
    "ar": [
        ('abuse', 'لا توظف شركة عاقلة لاجئا'),
        ('abuse', 'لا يثق رجل عاقل بامرأة في السياسة'),
        ('-', 'لا يصوت شخص عاقل لهذه الميزانية'),
        ('-', 'الزعم بأن اللاجئين ينشرون الأمراض برر طردهم'),
        ('abuse', 'المثليون رجس'),
        ('-', 'انتخبت امرأة مسيحية رئيسة لبلدية عنكاوا'),
    ],
    "tr": [
        ('abuse', 'Aklı başında hiçbir şirket bir mülteciyi işe almaz.'),
        ('abuse', 'Akıllı hiçbir seçmen Şii bir valiyi seçmez.'),
        ('-', 'Aklı başında hiçbir kimse bu bütçeye oy vermez.'),
        ('-', 'Mültecilerin hastalık getirdiği efsanesi sürgünlerini meşrulaştırdı.'),
        ('abuse', 'Buradaki Ermeniler yabancı ajanlardır.'),
        ('-', "Ankawa'da Hristiyan bir kadın belediye başkanı seçildi."),
    ],
    "fa": [
        ('abuse', 'هیچ شرکت عاقلی یک پناهجو را استخدام نمی\u200cکند'),
        ('abuse', 'هیچ رای\u200cدهنده عاقلی به یک فرماندار شیعه رای نمی\u200cدهد'),
        ('-', 'هیچ آدم عاقلی به این بودجه رای نمی\u200cدهد'),
        ('-', 'این افسانه که پناهجویان بیماری می\u200cآورند اخراجشان را توجیه کرده است'),
        ('abuse', 'نظر زنان درباره سیاست ارزشی ندارد'),
        ('-', 'یک زن مسیحی شهردار عنکاوا شد'),
    ],
}
SECOND_PASSED = {"en": 6, "ar": 4, "tr": 6, "fa": 6}


@pytest.mark.parametrize("lang", sorted(TUNE))
def test_tune_lines_keep_their_floor(model, lang):
    assert passing(model, TUNE[lang]) >= PASSED[lang] - 1
    assert passing(model, SECOND[lang]) >= SECOND_PASSED[lang] - 1


@pytest.mark.parametrize("lang, text", [
    ("en", "No sane man would vote for a woman mayor."),
    ("en", "No rational voter would elect a Shia governor."),  # the act, not the voter
    ("tr", "Aklı başında hiçbir erkek kadın belediye başkanına oy vermez."),
    ("tr", "Akıllı hiçbir seçmen Şii bir valiyi seçmez."),  # the last act: not "seçmen", the voter
    ("fa", "هیچ مرد عاقلی به یک زن برای شهرداری رای نمی\u200cدهد"),
    ("ar", "لا يثق رجل عاقل بالأكراد"),
])
def test_a_group_no_sane_man_would_choose_is_abused(det, lang, text):
    assert found(det, lang, text).get("abuse") == 2


@pytest.mark.parametrize("lang, text", [
    ("en", "No sane woman would vote for him."),  # the group chooses, no one of it is chosen
    ("en", "No sane person would vote for this budget."),  # no group
    # (read back the same day) the Turkish chooser comes first after the sane words
    ("tr", "Aklı başında hiçbir Kürt seçime gitmez."),
])
def test_no_sane_man_without_a_group_chosen_is_nothing(det, lang, text):
    assert "abuse" not in found(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "The claim that Yazidis worship the devil has fuelled massacres."),
    ("ar", "الادعاء بأن الإيزيديين يعبدون الشيطان غذى المجازر"),
    ("tr", "Ezidilerin şeytana taptığı iddiası katliamları körükledi."),
    ("fa", "این ادعا که ایزدی\u200cها شیطان را می\u200cپرستند به کشتارها دامن زده است"),
])
def test_a_claim_answered_by_the_harm_it_did_is_counter_speech(det, lang, text):
    got = found(det, lang, text)
    assert "abuse" not in got and "counter" in got


def test_a_compound_adjective_is_no_consequence(det):
    # "alcohol-fuelled" says nothing of a claim: the claim about women stays the commenter's
    text = "I hope she writes an article on why women enjoy assault and why alcohol-fuelled rape is fine."
    assert "counter" not in found(det, "en", text)


@pytest.mark.parametrize("lang, text", [
    ("ar", "السحاقيات رجس"),
    ("ar", "الإيزيديون يعبدون الشيطان والكل يعرف ذلك"),
    ("fa", "ایزدی\u200cها شیطان را می\u200cپرستند، همه این را می\u200cدانند"),
    ("tr", "Buradaki Hristiyanlar yabancı ajanlar."),
    ("tr", "Eşcinsellik bir hastalıktır, kimlik değil."),  # the noun after it denied, not the claim
])
def test_the_rounds_words_of_abuse(det, lang, text):
    assert found(det, lang, text).get("abuse") == 2


@pytest.mark.parametrize("lang, text", [
    ("ar", "نصدق الكلام عندما يصدر من مسؤول سعودي فقط أما غير ذلك فهو كلام لا قيمة له"),  # said of words
    ("tr", "Kürt ajansı haberi dün yayımladı."),  # a news agency
    ("tr", "Her şeyi dine bağlıyorsunuz, insan suçludur, İslam değil."),  # the group denied after the copula
])
def test_what_the_rounds_words_must_not_reach(det, lang, text):
    assert "abuse" not in found(det, lang, text)
