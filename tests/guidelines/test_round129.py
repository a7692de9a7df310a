"""The hundred-and-twenty-ninth round (2026-12-06): counter-speech that reports a claim about a people and
then rebuts it -- calls it a lie, a myth, ignorance, or a reason to resign -- in every scored language.

Tried as a moderator would, "The minister called Kurds a cancer, and he should resign for it" was abuse
at 0.94, "My neighbour says Turks are barbarians. He is wrong" passed in English but its Arabic and
Persian forms were abuse at 0.88 and 0.92, "تعبت من سماع أن الشيعة خونة، هذه كذبة" (I am tired of
hearing that the Shia are traitors, it is a lie) 0.99, "Hristiyanların pislik olduğunu düşünüyorsan
sorun sensin" (if you think Christians are scum, you are the problem) 0.99, "هر کس ادعا می‌کند عرب‌ها
وحشی‌اند هرگز میانشان زندگی نکرده" (whoever claims Arabs are savages never lived among them) 0.99: the
counter-speech rules read a rejecting word ("racist", "shameful") or a sayer answered by an
acquaintance, not a claim called a lie or its sayer told to resign.

The lines below were written for this outlet in two lists; with the first, a held-out batch written
before any change (``heldout/*_r129b.tsv``: 18 -> 28 of 32, as with the rule as first written: it was
then narrowed from the data, not from the batch, and widened to insults said of a people from the first
list). The second list (SECOND) was written after the first list's changes and run on both trees before
it was looked at: 14 -> 26 of 29, then 27 with "I keep hearing" read as others' saying (its one English
miss of the rule's). Before the round the first list passed en 6 of 14, ar 4 of 11, tr 6 of 11, fa 6 of
11; when it closed en 9, ar 9, tr 11, fa 11 (the floors, less one line). The lines still failing find
the counter-speech and are scored over the line by the violation head alone ("Saying Kurds are animals
is disgusting and racist" 0.82, "When someone writes that women are stupid, they show their own
ignorance" 0.98): the stack weighs a counter finding at about -1.2 in logit (it fires on insults of the
training data as often as on counter-speech), and no rule can move those.

What the round added (harm.py countered(), claim_rebutted; _CLAIM_VERBS, _REBUTTAL, _CONFIRMED,
_WHO_SAYER):
- a claim about a group, reported by a verb of saying, hearing or thinking that is not the commenter's
  own (before the group; in Turkish and Persian also after it, where the verb follows its complement),
  and rebutted after it in its sentence or the next: counter-speech. Not when a word after it confirms
  the claim ("and he is right", "وهو محق", "ve haklı", "راست می‌گوید"), nor when the rebuttal is denied
  ("It is no lie", "ليست كذبة", "yalan değil", "دروغ نمی‌گن"), nor for a slur (abuse wherever it
  stands), nor without a bad word in the claim (a neutral mention stays a neutral mention);
- an insult said of a people in such a claim ("someone writes that women are stupid") is no personal
  attack;
- the sayer as "whoever" (Arabic "من يدعي", Persian "هر کس ادعا می‌کند", Turkish "iddia eden"), then a
  negation after the claim: counter-speech, as English "whoever says ... has never" was (not "لا يكذب",
  does not lie, which agrees).

As first written the rule also read the neutral mentions of Arabic and Turkish comments (those paths ask
countered() too) and slurs near a "lie" on the data: 46 comments' findings changed, among them slurs
lost ("call spic gonna lie") and "دروغ نمیگن" (they do not lie) read as a rebuttal. Narrowed (a bad word
in the claim, no slur, the Turkish and Persian denials after the word, and the claim verbs in a table
rather than a tag: a tag on "posts" had made "stupid posts by childish people like you" a personal
attack), it changes no finding on the data (266,504 comments in the four languages). Our suite, every
grid half and the other held-out batches unchanged; three probe lines more (``en_r17c``, ``ar_r41``,
``fa_r34``).
"""
import pytest

from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

EN_TUNE = [
    ('-', 'Saying Kurds are animals is disgusting and racist.'),
    ('-', "I'm tired of hearing that Shia are traitors. It's a lie."),
    ('-', 'When someone writes that women are stupid, they show their own ignorance.'),
    ('-', 'If you think Christians are scum, you are the problem.'),
    ('-', 'The minister called Kurds a cancer, and he should resign for it.'),
    ('-', '"Refugees are rats" -- this is what the far right posts every day, and it is sickening.'),
    ('-', 'My neighbour says Turks are barbarians. He is wrong.'),
    ('-', 'Anyone who claims Arabs are savages has never lived among them.'),
    ('-', 'The cleric described gay people as a disease and was rightly sacked.'),
    ('-', 'People keep saying Afghans are thieves; that is a racist myth.'),
    ('abuse', "I'm tired of pretending: Shia are traitors."),
    ('abuse', 'The minister was right to call Kurds a cancer.'),
    ('abuse', 'If you ask me, Christians are scum.'),
    ('abuse', 'My neighbour says Turks are barbarians, and he is right.'),
]
AR_TUNE = [
    ('-', 'القول إن الأكراد حيوانات أمر مقرف وعنصري'),
    ('-', 'تعبت من سماع أن الشيعة خونة، هذه كذبة'),
    ('-', 'عندما يكتب أحدهم أن النساء غبيات فهو يكشف جهله'),
    ('-', 'إذا كنت تعتقد أن المسيحيين حثالة فأنت المشكلة'),
    ('-', 'وصف الوزير الأكراد بالسرطان ويجب أن يستقيل بسبب ذلك'),
    ('-', 'جاري يقول إن الأتراك برابرة، وهو مخطئ'),
    ('-', 'من يدعي أن العرب همج لم يعش بينهم'),
    ('-', 'يستمر الناس في القول إن الأفغان لصوص، وهذه خرافة عنصرية'),
    ('abuse', 'تعبت من التظاهر، الشيعة خونة'),
    ('abuse', 'الوزير كان محقا عندما وصف الأكراد بالسرطان'),
    ('abuse', 'جاري يقول إن الأتراك برابرة وهو محق'),
]
TR_TUNE = [
    ('-', 'Kürtlere hayvan demek iğrenç ve ırkçı.'),
    ('-', 'Şiilerin hain olduğunu duymaktan bıktım, bu bir yalan.'),
    ('-', 'Biri kadınların aptal olduğunu yazdığında kendi cehaletini gösteriyor.'),
    ('-', 'Hristiyanların pislik olduğunu düşünüyorsan sorun sensin.'),
    ('-', 'Bakan Kürtlere kanser dedi, bunun için istifa etmeli.'),
    ('-', 'Komşum Türklerin barbar olduğunu söylüyor. Yanılıyor.'),
    ('-', 'Arapların vahşi olduğunu iddia eden onların arasında hiç yaşamamıştır.'),
    ('-', 'İnsanlar Afganların hırsız olduğunu söyleyip duruyor; bu ırkçı bir efsane.'),
    ('abuse', 'Rol yapmaktan bıktım: Şiiler hain.'),
    ('abuse', 'Bakan Kürtlere kanser derken haklıydı.'),
    ('abuse', 'Komşum Türklerin barbar olduğunu söylüyor ve haklı.'),
]
FA_TUNE = [
    ('-', 'اینکه بگوییم کردها حیوان\u200cاند نفرت\u200cانگیز و نژادپرستانه است'),
    ('-', 'از شنیدن اینکه شیعه\u200cها خائن\u200cاند خسته شده\u200cام، این یک دروغ است'),
    ('-', 'وقتی کسی می\u200cنویسد زنان احمق\u200cاند، نادانی خودش را نشان می\u200cدهد'),
    ('-', 'اگر فکر می\u200cکنی مسیحیان آشغال\u200cاند، مشکل خود تویی'),
    ('-', 'وزیر کردها را سرطان خواند و باید به خاطر آن استعفا دهد'),
    ('-', 'همسایه\u200cام می\u200cگوید ترک\u200cها وحشی\u200cاند. اشتباه می\u200cکند.'),
    ('-', 'هر کس ادعا می\u200cکند عرب\u200cها وحشی\u200cاند هرگز میانشان زندگی نکرده'),
    ('-', 'مردم مدام می\u200cگویند افغان\u200cها دزدند؛ این یک افسانه نژادپرستانه است'),
    ('abuse', 'از تظاهر خسته شده\u200cام: شیعه\u200cها خائن\u200cاند'),
    ('abuse', 'وزیر حق داشت که کردها را سرطان خواند'),
    ('abuse', 'همسایه\u200cام می\u200cگوید ترک\u200cها وحشی\u200cاند و راست می\u200cگوید'),
]
TUNE = {"en": EN_TUNE, "ar": AR_TUNE, "tr": TR_TUNE, "fa": FA_TUNE}
PASSED = {"en": 9, "ar": 9, "tr": 11, "fa": 11}
# the second list, written after the first list's changes and run on both trees before it was looked at
SECOND = {
    "en": [
        ('-', 'My cousin thinks Kurds are thieves. He is completely wrong.'),
        ('-', 'The imam described Yazidis as devil worshippers and should apologise.'),
        ('-', "Someone posted that refugees are parasites. That's a lie and you know it."),
        ('-', 'I keep hearing that Arabs are lazy; it is a myth.'),
        ('abuse', 'My cousin thinks Kurds are thieves, and he is right.'),
        ('abuse', 'It is no lie: refugees are parasites.'),
        ('abuse', 'The imam described Yazidis as devil worshippers, which is the truth.'),
        ('-', 'Whoever claims Persians are snakes has never had a Persian friend.'),
    ],
    "ar": [
        ('-', 'ابن عمي يعتقد أن الأكراد لصوص، وهو مخطئ تماما'),
        ('-', 'وصف الإمام الإيزيديين بعبدة الشيطان وعليه أن يعتذر'),
        ('-', 'نشر أحدهم أن اللاجئين طفيليات، وهذا افتراء'),
        ('-', 'أسمع دائما أن العرب كسالى، وهذه خرافة'),
        ('abuse', 'ابن عمي يعتقد أن الأكراد لصوص، وهو محق'),
        ('abuse', 'ليست كذبة، اللاجئون طفيليات'),
        ('-', 'من يقول إن الفرس أفاعي لم يعرف فارسيا في حياته'),
    ],
    "tr": [
        ('-', 'Kuzenim Kürtlerin hırsız olduğunu düşünüyor. Tamamen yanılıyor.'),
        ('-', 'İmam Ezidileri şeytana tapan diye tanımladı, özür dilemeli.'),
        ('-', 'Biri mültecilerin asalak olduğunu paylaştı, bu bir iftira.'),
        ('-', 'Arapların tembel olduğunu sürekli duyuyorum; bu bir efsane.'),
        ('abuse', 'Kuzenim Kürtlerin hırsız olduğunu düşünüyor ve haklı.'),
        ('abuse', 'Yalan değil, mülteciler asalak.'),
        ('-', 'Farsların yılan olduğunu söyleyen hiç Fars arkadaşı olmamıştır.'),
    ],
    "fa": [
        ('-', 'پسرعمویم فکر می\u200cکند کردها دزدند. کاملا اشتباه می\u200cکند.'),
        ('-', 'امام ایزدی\u200cها را شیطان\u200cپرست خواند و باید عذرخواهی کند'),
        ('-', 'یکی نوشته پناهجویان انگل\u200cاند، این تهمت است'),
        ('-', 'مدام می\u200cشنوم که عرب\u200cها تنبل\u200cاند؛ این یک افسانه است'),
        ('abuse', 'پسرعمویم فکر می\u200cکند کردها دزدند و راست می\u200cگوید'),
        ('abuse', 'دروغ نیست، پناهجویان انگل\u200cاند'),
        ('-', 'هر کس می\u200cگوید فارس\u200cها مارند هرگز دوست فارس نداشته'),
    ],
}
SECOND_PASSED = {"en": 7, "ar": 7, "tr": 6, "fa": 7}


@pytest.mark.parametrize("lang", sorted(TUNE))
def test_tune_lines_keep_their_floor(model, lang):
    assert passing(model, TUNE[lang]) >= PASSED[lang] - 1
    assert passing(model, SECOND[lang]) >= SECOND_PASSED[lang] - 1


@pytest.mark.parametrize("lang, text", [
    ("en", "The minister called Kurds a cancer, and he should resign for it."),
    ("en", "I keep hearing that Arabs are lazy; it is a myth."),  # heard, not the commenter's own
    ("ar", "جاري يقول إن الأتراك برابرة، وهو مخطئ"),
    ("ar", "تعبت من سماع أن الشيعة خونة، هذه كذبة"),
    ("ar", "من يدعي أن العرب همج لم يعش بينهم"),  # whoever claims ... never
    ("tr", "Hristiyanların pislik olduğunu düşünüyorsan sorun sensin."),  # the verb after its complement
    ("tr", "Arapların vahşi olduğunu iddia eden onların arasında hiç yaşamamıştır."),
    ("fa", "وزیر کردها را سرطان خواند و باید به خاطر آن استعفا دهد"),
    ("fa", "هر کس ادعا می\u200cکند عرب\u200cها وحشی\u200cاند هرگز میانشان زندگی نکرده"),
])
def test_a_claim_reported_then_rebutted_is_counter_speech(det, lang, text):
    got = found(det, lang, text)
    assert "abuse" not in got and "counter" in got


@pytest.mark.parametrize("lang, text", [
    ("en", "My cousin thinks Kurds are thieves, and he is right."),  # confirmed
    ("en", "It is no lie: refugees are parasites."),  # no one's claim reported
    ("en", "Someone wrote that Kurds are thieves, and it is no lie."),  # the rebuttal denied
    ("ar", "ابن عمي يعتقد أن الأكراد لصوص، وهو محق"),
    ("tr", "Kuzenim Kürtlerin hırsız olduğunu düşünüyor ve haklı."),
    ("fa", "پسرعمویم فکر می\u200cکند کردها دزدند و راست می\u200cگوید"),
    ("fa", "میگن کردها دزدن، دروغ نمیگن"),  # they do not lie: agreement
])
def test_a_claim_confirmed_stays_abuse(det, lang, text):
    assert found(det, lang, text).get("abuse") == 2


def test_an_insult_of_a_people_in_a_rebutted_claim_is_no_personal_attack(det):
    got = found(det, "en", "When someone writes that women are stupid, they show their own ignorance.")
    assert "personal_attack" not in got and "counter" in got
    # the addressee's own insult stays one
    assert "personal_attack" in found(det, "en", "You say my article is a lie, you idiot.")


def test_what_the_rule_must_not_reach(det):
    # a slur near a "lie" is still a slur
    assert found(det, "en", "call spic gonna lie").get("abuse") == 2
    # no tag of the claim verbs on other words: "stupid posts" stays said of a thing, as before the round
    assert found(det, "en", "more like a long list of stupid posts by childish people like you") == {}
