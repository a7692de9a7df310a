"""Round 188 (2026-12-07), all four languages: held-out lines written before any change
(`heldout/*_r188b.tsv`) about a people called disloyal -- not to be trusted ("Never trust a Kurd, they will
sell you out", "الأرمن ما بينوثق فيهم", "لا تثق بكردي أبداً", "Bir Kürde asla güvenme", "هیچ‌وقت به یه کرد
اعتماد نکن"), the enemy ("الأتراك هم العدو الداخلي", "المسلمين عدو كل مجتمع حر", "ترکا دشمن داخلی‌ان",
"بهاییا دشمن این مملکتن"), a fifth column ("Suriyeli mülteciler emir bekleyen bir beşinci kol"), a traitor by
habit ("Afghans will betray whoever feeds them", "الأفغان بيخونوا اللي بيطعمهم"), loyal to another country
("Every Shia in this country is loyal to Tehran, not to us", "her Şii'nin sadakati bize değil, Tahran'a", "هر
شیعه‌ی عراقی وفاداریش به ایرانه، نه به عراق"), a danger ("کردا خطری برای این ملتن"), with no covenant ("الكرد
ما لهم عهد ولا ذمة"); and contrasts: a people that distrusts its government, distrust of a landlord or a
forecast, loyal neighbours praised, the fifth-column lie rejected, a minister on militias loyal to Tehran,
voters' trust in a central bank, the enemy shelling Kurdish villages, a question whether the Arab League can
be trusted. No suite case was read for it.

What was added: round 61's rule of a people never to be trusted (harm.py 3c, _TRUST) reads the Arabic verb
with the present's ب ("ما بينوثق فيهم", "ما بينأمن لهم"), a people behind the verb's ب with no article ("لا
تثق بسوري": _ar_trusted_people, which also lets such a comment past the prefilter), the Turkish "Kürde" (the
dative with its t softened), and the Persian "به یه کرد" (after "to a", the ambiguous "کرد" is the people);
_disloyal_named: the enemy or "betray" as the predicate of the people right before it (Arabic and Persian
enemy words, English and Arabic betrayal in the present), not a news actor's enemy after it nor an enemy the
people has; _loyal_elsewhere (3e): a people's loyalty whose object is then denied to be us (en "not to us",
tr "bize değil", fa "نه به"); word lists: Turkish "beşinci kol", Persian "خطری برای", Arabic "ما لهم عهد".

When the round closed: held out en 19 -> 22 of 24, ar 16 -> 24, tr 20 -> 23, fa 15 -> 21 (violating lines
caught 34 -> 54 of 60; contrasts 36 of 36 before and after); the suite unchanged in every decision and
clause; older lines gained, none lost: ar_r187b's "ليش ما في أرمني بينوثق فيه؟", fa_r101b's "سنی‌ها دشمن اهل
بیتن و خونشون حلاله" (now abuse beside its threat), and two probe lines ("النصارى أعداء الله والدين", "لا
تثق بسوري أبداً"); 4 data comments' findings changed, each gaining abuse, each labelled offensive (Al
Jazeera: "العرب أعداء الاسلام", "الفرس والكرد أعداء الأمة العربية فليقضي بعضهم على بعض"); tune lines
(written after the change) 10 -> 20 of 20 (a first version missed "لا تثق بسوري": no listed word let it past
the prefilter). Still failing: "Don't ever turn your back on a Persian" and its Turkish and Persian lines
(left out: "Don't turn your back on refugees" asks for solidarity), "Trusting a Gypsy is like trusting a
snake", a Persian loyalty denied across a comma ("یهودیا فقط به فکر اسرائیلن، ... وفادار نیستن"), and "کولیا
ذاتاً خائنن" (found, but scored 0.51 with no clause: the stack weighs the Roma little in Persian).
"""
import pytest

from tests.guidelines.harm_helpers import rules
from tests.guidelines.test_probes import passing

TUNE = [
    ('abuse', 'You can never trust a Syrian, they always sell you out.'),
    ('abuse', 'Kurds will betray anyone who helps them.'),
    ('abuse', 'Every Armenian here is loyal to Moscow, not to us.'),
    ('-', 'Many Syrians do not trust the new government.'),
    ('-', 'Kurdish fighters were loyal to their commanders to the end.'),
    ('abuse', 'السوريين ما بينوثق فيهم أبداً'),
    ('abuse', 'الشيعة هم العدو الحقيقي'),
    ('abuse', 'لا تثق بسوري'),
    ('-', 'الأكراد ما عادوا يثقوا بالأحزاب'),
    ('-', 'قصف العدو مخيم اللاجئين'),
    ('abuse', 'Kürde asla güvenmeyin.'),
    ('abuse', 'Suriyeliler beşinci kol.'),
    ('abuse', "Alevilerin sadakati bize değil, İran'a."),
    ('-', 'Kürt seçmenler partilere artık güvenmiyor.'),
    ('-', 'Düşman sınır köylerini bombaladı.'),
    ('abuse', 'هیچ\u200cوقت به یه ترک اعتماد نکن'),
    ('abuse', 'عربا دشمن ایرانن'),
    ('abuse', 'هر افغانی وفاداریش به طالبانه، نه به ما'),
    ('-', 'کردها دشمن مشترکی داشتند'),
    ('-', 'دشمن دیشب به شهر حمله کرد'),
]
# (10 on the tree before the round, 20 after it)
PASSED = 20


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


@pytest.mark.parametrize("lang, text", [
    ("en", "Every Shia in this country is loyal to Tehran, not to us."),
    ("en", "Afghans will betray whoever feeds them."),
    ("ar", "الأرمن ما بينوثق فيهم"),
    ("ar", "لا تثق بسوري"),
    ("ar", "الأتراك هم العدو الداخلي"),
    ("ar", "الأفغان بيخونوا اللي بيطعمهم"),
    ("ar", "الكرد ما لهم عهد ولا ذمة"),
    ("tr", "Bir Kürde asla güvenme, ilk fırsatta seni satar."),
    ("tr", "Bu ülkedeki her Şii'nin sadakati bize değil, Tahran'a."),
    ("tr", "Suriyeli mülteciler emir bekleyen bir beşinci kol."),
    ("fa", "هیچ\u200cوقت به یه کرد اعتماد نکن"),
    ("fa", "مسلمونا دشمن هر جامعه آزادی\u200cان"),
    ("fa", "هر شیعه\u200cی عراقی وفاداریش به ایرانه، نه به عراق"),
    ("fa", "کردا خطری برای این ملتن"),
])
def test_a_people_called_disloyal_is_abuse(det, lang, text):
    assert ("abuse", "negative generalisation") in rules(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "The minister said Iran-backed militias are loyal to Tehran."),
    ("en", "The Syrian refugees in our building are the most loyal neighbours we have had."),
    ("ar", "قصف العدو قريتين كرديتين الليلة الماضية"),
    ("ar", "الأكراد أعداء داعش"),
    ("ar", "احكي بكردي"),
    ("tr", "Birçok Kürt referandumdan sonra hükümete artık güvenmiyor."),
    ("fa", "کردها دشمن مشترکی داشتند"),
    ("fa", "دشمن دیشب دو روستای کردنشین رو بمباران کرد"),
])
def test_distrust_or_an_enemy_told_is_no_abuse(det, lang, text):
    assert "abuse" not in {clause for clause, _rule in rules(det, lang, text)}
