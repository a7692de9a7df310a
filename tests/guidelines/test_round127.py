"""The hundred-and-twenty-seventh round (2026-12-05): threats in the written register and in veiled forms, a
thing "killed", and a description of a people called a lie.

Tried as a moderator would, "اگر قاضی آزادشان کند، خودمان سرشان را می‌بریم" (if the judge frees
them, we will cut their heads off ourselves) found nothing (0.06): the Persian lists held the spoken
"سرشونو میبریم" only. So did "... لایق یک گلوله است" (deserves a bullet), and "جنازه‌ات را در یک
گودال پیدا می‌کنند" (they will find your corpse in a ditch). "Kürtleri öldürmeyi bırakmayacağız" (we
will not stop killing the Kurds) was read as a negation (0.06); "Parliament should kill this bill"
and "Kill the bill!" were threats at 0.88-0.89 (the written-threat head's "should kill"); "وصف
الإيزيديين بعبدة الشيطان كذبة قديمة قتلت الآلاف" (calling the Yazidis devil-worshippers is an old
lie that got thousands killed) was abuse at 0.95.

The lines below were written for this outlet in two lists; with the first, a held-out batch written
before any change (``heldout/*_r127b.tsv``: 26 -> 27 of 36, threats 8 -> 9 of 16, the second list's
changes leaving it there). The second list (SECOND) was written after the first list's changes and
run on both trees before it was looked at: 26 of 37 on each (the first list's changes did not reach
its forms), 35 after its own. Before the round these lines passed en 15 of 17, ar 11 of 13, tr 11 of
13, fa 10 of 13; when it closed en 16, ar 13, tr 13, fa 13 (the floors, less one line). The English
line still failing ("The journalist who wrote this has received death threats, which is disgusting",
0.66 with no clause) is the violation head's alone.

What the round added:
- Persian (harm_lexicon/fa.py): a head cut in the written register by us or on our call ("سرشان را
  می‌بریم", "سرش را ببرید"; not the speaker's own, "سرم را بردی", you bored me), a bullet deserved ("لایق
  یک گلوله", "مستحق گلوله"), the addressee's corpse in the written register ("جنازه‌ات");
- Arabic and Turkish (harm_lexicon/ar.py, tr.py): the addressee's end foretold in a pit, a ditch or a grave
  ("ستجد نفسك في حفرة", "kendini bir hendekte bulursun"), as English "you'll end up in a ditch" was;
- Turkish (harm.py, _TR_STOP_VERBS): a stop refused right after the act ("öldürmeyi bırakmayacağız") is the
  act vowed, not a negation;
- English (harm._en_thing_after): a verb that ends a thing, with a thing right after it ("kill the bill",
  "kill this project", "killed my vibe"), harms no one: a negation's contrast, which keeps the written-threat
  head's bag of words out (not "gun laws": a noun before a noun is no act);
- Arabic (harm_lexicon/ar.py): "an old lie", "a racist lie" reject a description of a people ("وصف ... بـ
  ... كذبة قديمة"), as "أمر حقير" did (a bare "كذبة" stays out: on the training split it was as often one
  more insult).

From the second list:
- a thing ended in Arabic and Persian too (harm._thing_object): corruption, a rumour, racism, a law ("يجب أن
  نقتل الفساد", "باید فساد را از بین ببریم", we must destroy corruption: threats at 0.87-0.88 before; "يجب
  أن نقتل الأكراد" stays one);
- justice taken into our own hands ("سنتولى أمره بأنفسنا", "icabına kendimiz bakarız", "خودمان حسابش را
  می‌رسیم") and people like the addressee ending in a river ("أمثالك ينتهي بهم المطاف في النهر", "Senin
  gibiler nehirde biter");
- Persian "nothing but" a few words before the claim ("ترک‌ها چیزی جز یک گله وحشی نیستند": was negated,
  0.02) is the claim;
- a Turkish act foretold of a third person in a clause a verb of saying or threatening takes is reported
  ("Yazar, vurulacağı söylenerek tehdit edildiğini anlattı": threat 0.99 before).

On the data (266,504 comments in the four languages, findings before and after, every changed
comment read): 29 comments' findings changed (21 English, 7 Arabic, 1 Persian), each by a negation's
contrast added to a thing ended ("Kill the bill", "killing a bill", "kill my vibe", "يقاتل الظلم",
"واقطعي الأمل"); 18 lost a report finding with it and one Arabic comment a weak threat finding
("ولاسيدوم الظلم", injustice will not last); no other threat or abuse finding was lost or gained.
Our suite, every grid half and the other held-out batches unchanged; one Arabic probe line more
(``ar_r34``).
"""
import pytest

from tests.guidelines.harm_helpers import COUNTER, found, rules
from tests.guidelines.test_probes import passing

EN_TUNE = [
    ('threat', 'If that judge lets them go, we will cut their heads off ourselves.'),
    ('threat', 'The reporter who wrote this had better watch his back.'),
    ('threat', "Keep writing lies like this and you'll end up in a ditch."),
    ('threat', 'Whoever wrote this article deserves a bullet.'),
    ('threat', 'One day someone will burn your office down and I will cheer.'),
    ('threat', 'We know which school your kids go to.'),
    ('threat,profanity', 'Those men burned the village, hang the bastards.'),
    ('threat', 'Somebody needs to string that governor up.'),
    ('-', 'The journalist who wrote this has received death threats, which is disgusting.'),
    ('-', 'Parliament should kill this bill before it passes.'),
    ('-', 'The militia threatened to burn the village if the families did not leave.'),
    ('-', 'If the judge lets them go, the families will appeal.'),
    ('abuse,threat', 'Yazidis are devil worshippers and should be wiped out.'),
    ('abuse', 'Kurds breed like rats.'),
    ('abuse', 'Refugees are a disease spreading through our cities.'),
    ('-', 'Calling Yazidis devil worshippers is an old lie that got thousands killed.'),
    ('-', 'My grandmother was a refugee from Afrin.'),
]
AR_TUNE = [
    ('threat', 'إذا أطلق القاضي سراحهم سنقطع رؤوسهم بأنفسنا'),
    ('threat', 'الصحفي الذي كتب هذا المقال يستحق رصاصة'),
    ('threat', 'استمر في الكذب وستجد نفسك في حفرة'),
    ('threat', 'نعرف أين يدرس أطفالك'),
    ('threat,profanity', 'اشنقوا هؤلاء الأوغاد'),
    ('-', 'تلقى الصحفي تهديدات بالقتل بعد نشر المقال'),
    ('-', 'هددت الميليشيا بحرق القرية إذا لم تغادر العائلات'),
    ('-', 'يجب إسقاط هذا القانون في البرلمان'),
    ('abuse,threat', 'الإيزيديون عبدة الشيطان ويجب إبادتهم'),
    ('abuse', 'الأكراد يتكاثرون مثل الجرذان'),
    ('abuse', 'اللاجئون مرض ينتشر في مدننا'),
    ('-', 'وصف الإيزيديين بعبدة الشيطان كذبة قديمة قتلت الآلاف'),
    ('-', 'جدتي كانت لاجئة من عفرين'),
]
TR_TUNE = [
    ('threat', 'Hakim onları bırakırsa kafalarını kendimiz keseriz.'),
    ('threat', 'Bu haberi yazan gazeteci bir kurşunu hak ediyor.'),
    ('threat', 'Yalan yazmaya devam et, kendini bir hendekte bulursun.'),
    ('threat', 'Çocuklarının hangi okula gittiğini biliyoruz.'),
    ('threat', 'Kürtleri öldürmeyi bırakmayacağız.'),
    ('-', 'Haberi yazan gazeteci ölüm tehditleri aldı, bu utanç verici.'),
    ('-', 'Milis, aileler köyü terk etmezse köyü yakmakla tehdit etti.'),
    ('-', 'Bu sıcak beni öldürüyor.'),
    ('abuse,threat', 'Ezidiler şeytana tapıyor, hepsi yok edilmeli.'),
    ('abuse', 'Kürtler fareler gibi üreyor.'),
    ('abuse', 'Mülteciler şehirlerimize yayılan bir hastalık.'),
    ('-', 'Ezidilere şeytana tapan demek binlerce kişinin ölümüne yol açan eski bir yalan.'),
    ('-', "Babaannem Afrin'den gelen bir mülteciydi."),
]
FA_TUNE = [
    ('threat', 'اگر قاضی آزادشان کند، خودمان سرشان را می\u200cبریم'),
    ('threat', 'خبرنگاری که این مطلب را نوشته لایق یک گلوله است'),
    ('threat', 'به دروغ گفتن ادامه بده، جنازه\u200cات را در یک گودال پیدا می\u200cکنند'),
    ('threat', 'می\u200cدانیم بچه\u200cهایت به کدام مدرسه می\u200cروند'),
    ('threat,profanity', 'این حرامزاده\u200cها را دار بزنید'),
    ('-', 'خبرنگاری که این گزارش را نوشت تهدید به مرگ شده است و این شرم\u200cآور است'),
    ('-', 'شبه\u200cنظامیان تهدید کردند اگر خانواده\u200cها نروند روستا را آتش می\u200cزنند'),
    ('-', 'این گرما دارد مرا می\u200cکشد'),
    ('abuse,threat', 'ایزدی\u200cها شیطان\u200cپرستند و باید نابود شوند'),
    ('abuse', 'کردها مثل موش تکثیر می\u200cشوند'),
    ('abuse', 'پناهجویان بیماری\u200cای هستند که در شهرهای ما پخش می\u200cشود'),
    ('-', 'شیطان\u200cپرست خواندن ایزدی\u200cها دروغی قدیمی است که هزاران نفر را به کشتن داد'),
    ('-', 'مادربزرگم پناهجویی از عفرین بود'),
]
TUNE = {"en": EN_TUNE, "ar": AR_TUNE, "tr": TR_TUNE, "fa": FA_TUNE}
PASSED = {"en": 16, "ar": 13, "tr": 13, "fa": 13}
# the second list, written after the first list's changes and run on both trees before it was looked at
SECOND = {
    "en": [
        ('threat', "If the court lets him walk, we'll deal with him ourselves."),
        ('threat', 'That columnist should be taken out back and shot.'),
        ('threat', 'People like you end up in the river.'),
        ('threat', 'We will hunt down the editors of this rag one by one.'),
        ('-', 'The columnist said she had been told she would be taken out back and shot.'),
        ('-', 'We need to kill the rumour that the dam is about to collapse.'),
        ('-', 'They tried to bury the story for a year.'),
        ('abuse', 'Turks are nothing but a horde of barbarians.'),
        ('abuse', 'Persians are snakes, never trust one.'),
        ('-', 'Turks and Kurds played football together in our village.'),
    ],
    "ar": [
        ('threat', 'إذا برأته المحكمة سنتولى أمره بأنفسنا'),
        ('threat', 'هذا الكاتب يجب أن يؤخذ إلى الخلف ويطلق عليه النار'),
        ('threat', 'أمثالك ينتهي بهم المطاف في النهر'),
        ('threat', 'سنطارد محرري هذه الجريدة واحدا واحدا'),
        ('-', 'قال الكاتب إنه هدد بإطلاق النار عليه'),
        ('-', 'يجب أن نقتل هذه الإشاعة حول انهيار السد'),
        ('abuse', 'الأتراك مجرد قطيع من البرابرة'),
        ('abuse', 'الفرس أفاعي لا تثق بأحد منهم'),
        ('-', 'لعب الأتراك والأكراد كرة القدم معا في قريتنا'),
    ],
    "tr": [
        ('threat', 'Mahkeme onu serbest bırakırsa icabına kendimiz bakarız.'),
        ('threat', 'O köşe yazarı arkaya götürülüp vurulmalı.'),
        ('threat', 'Senin gibiler nehirde biter.'),
        ('threat', 'Bu paçavranın editörlerini tek tek avlayacağız.'),
        ('-', 'Yazar, arkaya götürülüp vurulacağı söylenerek tehdit edildiğini anlattı.'),
        ('-', 'Bu dedikoduyu bitirmemiz lazım.'),
        ('abuse', 'Araplar barbar bir sürüden başka bir şey değil.'),
        ('abuse', 'Farslar yılandır, hiçbirine güvenme.'),
        ('-', 'Köyümüzde Türkler ve Kürtler birlikte futbol oynardı.'),
    ],
    "fa": [
        ('threat', 'اگر دادگاه تبرئه\u200cاش کند، خودمان حسابش را می\u200cرسیم'),
        ('threat', 'این ستون\u200cنویس را باید برد پشت ساختمان و تیرباران کرد'),
        ('threat', 'امثال تو آخرش جنازه\u200cشان در رودخانه پیدا می\u200cشود'),
        ('threat', 'سردبیران این روزنامه را یکی یکی شکار می\u200cکنیم'),
        ('-', 'نویسنده گفت تهدیدش کرده\u200cاند که تیربارانش می\u200cکنند'),
        ('-', 'باید این شایعه را از بین ببریم که سد در حال فرو ریختن است'),
        ('abuse', 'ترک\u200cها چیزی جز یک گله وحشی نیستند'),
        ('abuse', 'عرب\u200cها مارند، به هیچ\u200cکدامشان اعتماد نکن'),
        ('-', 'در روستای ما ترک\u200cها و کردها با هم فوتبال بازی می\u200cکردند'),
    ],
}
SECOND_PASSED = {"en": 10, "ar": 8, "tr": 9, "fa": 8}


@pytest.mark.parametrize("lang", sorted(TUNE))
def test_tune_lines_keep_their_floor(model, lang):
    assert passing(model, TUNE[lang]) >= PASSED[lang] - 1
    assert passing(model, SECOND[lang]) >= SECOND_PASSED[lang] - 1


@pytest.mark.parametrize("text", [
    "اگر قاضی آزادشان کند، خودمان سرشان را می‌بریم",
    "سرش را ببرید",
    "خبرنگاری که این مطلب را نوشته لایق یک گلوله است",
    "به دروغ گفتن ادامه بده، جنازه‌ات را در یک گودال پیدا می‌کنند",
])
def test_persian_threats_in_the_written_register(det, text):
    assert found(det, "fa", text).get("threat") == 2


@pytest.mark.parametrize("text", [
    "داعش سرشان را می‌برید",  # ISIS used to behead them: told, in the past
    "جنازه‌اش را در یک گودال پیدا کردند",  # his body was found in a ditch: news
])
def test_persian_violence_told_stays_no_threat(det, text):
    assert "threat" not in found(det, "fa", text)


@pytest.mark.parametrize("lang, text", [
    ("ar", "استمر في الكذب وستجد نفسك في حفرة"),
    ("tr", "Yalan yazmaya devam et, kendini bir hendekte bulursun."),
])
def test_an_end_in_a_ditch_foretold_to_the_addressee(det, lang, text):
    assert found(det, lang, text).get("threat") == 2


@pytest.mark.parametrize("text, threat", [
    ("Kürtleri öldürmeyi bırakmayacağız.", True),  # a stop refused: the act vowed
    ("Kürtleri öldürmeyi bırakın.", False),  # a plea to stop
    ("Ordu sivilleri öldürmeyi bırakmadı.", False),  # told, in the past
])
def test_a_turkish_stop_refused_is_the_act_vowed(det, text, threat):
    assert bool(found(det, "tr", text).get("threat")) == threat


@pytest.mark.parametrize("text", ["Kill the bill!", "Parliament should kill this bill before it passes.",
                                  "They need to kill this project now."])
def test_a_thing_killed_harms_no_one(det, text):
    names = {clause for clause, _rule in rules(det, "en", text)}
    assert "negated" in names and "threat" not in names


@pytest.mark.parametrize("text", ["They need to kill him now.",
                                  "Kill the bill and then kill the minister who wrote it."])
def test_a_person_killed_beside_a_thing_still_threatens(det, text):
    assert found(det, "en", text).get("threat") == 2


def test_a_noun_before_a_thing_is_no_act(det):
    assert "negated" not in {c for c, _r in rules(det, "en", "Chicago has the strictest gun laws.")}


def test_a_description_of_a_people_called_an_old_lie_is_counter_speech(det):
    text = "وصف الإيزيديين بعبدة الشيطان كذبة قديمة قتلت الآلاف"
    assert COUNTER in rules(det, "ar", text) and "abuse" not in found(det, "ar", text)
    assert found(det, "ar", "الإيزيديون عبدة الشيطان").get("abuse") == 2


def test_the_scorer_reads_the_rounds_threats_and_leaves_the_bill(model):
    texts = ["اگر قاضی آزادشان کند، خودمان سرشان را می‌بریم", "Kürtleri öldürmeyi bırakmayacağız.",
             "Parliament should kill this bill before it passes."]
    got = [(r["violation"], r["categories"]["threat"]) for r in model.score([{"text": t} for t in texts])]
    assert got[0][1] >= 0.5 and got[1][1] >= 0.5, got
    assert got[2][1] < 0.5, got


@pytest.mark.parametrize("lang, text", [
    ("ar", "يجب أن نقتل الفساد"),  # we must kill corruption
    ("ar", "يجب أن نقتل هذه الإشاعة حول انهيار السد"),
    ("fa", "باید فساد را از بین ببریم"),
    ("fa", "باید این شایعه را از بین ببریم که سد در حال فرو ریختن است"),
    ("en", "We have to kill racism in this country."),
])
def test_corruption_or_a_rumour_destroyed_harms_no_one(det, lang, text):
    assert "threat" not in found(det, lang, text)


@pytest.mark.parametrize("lang, text", [("ar", "يجب أن نقتل الأكراد"), ("fa", "باید کردها را از بین ببریم")])
def test_a_people_destroyed_is_still_a_threat(det, lang, text):
    assert found(det, lang, text).get("threat") == 2


@pytest.mark.parametrize("lang, text", [
    ("ar", "إذا برأته المحكمة سنتولى أمره بأنفسنا"),  # we will take care of him ourselves
    ("ar", "أمثالك ينتهي بهم المطاف في النهر"),
    ("tr", "Mahkeme onu serbest bırakırsa icabına kendimiz bakarız."),
    ("tr", "Senin gibiler nehirde biter."),
    ("fa", "اگر دادگاه تبرئه‌اش کند، خودمان حسابش را می‌رسیم"),
])
def test_justice_taken_into_our_own_hands_and_a_river_foretold(det, lang, text):
    assert found(det, lang, text).get("threat") == 2


def test_persian_nothing_but_a_herd_of_savages_is_the_claim(det):
    assert found(det, "fa", "ترک‌ها چیزی جز یک گله وحشی نیستند").get("abuse") == 2
    assert "abuse" not in found(det, "fa", "ترک‌ها وحشی نیستند")  # they are not savages


@pytest.mark.parametrize("text, threat", [
    ("Yazar, arkaya götürülüp vurulacağı söylenerek tehdit edildiğini anlattı.", False),  # a threat reported
    ("Seni öldüreceğimi bil.", True),  # the speaker's own
])
def test_a_turkish_act_foretold_in_a_report(det, text, threat):
    assert bool(found(det, "tr", text).get("threat")) == threat


def test_the_arabic_pit_joined_to_its_preposition(det):
    # (read back 2026-12-06) "ب" is written joined to its noun: the list had held "راح تلاقي حالك ب حفرة",
    # with a space no comment writes, so the form never matched
    assert found(det, "ar", "راح تلاقي حالك بحفرة").get("threat") == 2
