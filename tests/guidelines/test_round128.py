"""The hundred-and-twenty-eighth round (2026-12-06): veiled threats -- a person found, then "finished"; the
addressee's last days to enjoy; made to disappear; a family made to pay; a return home "safe" denied --
and a people sent back to the desert.

Tried as a moderator would, "The day we find the author of this, he is finished" was 0.13 with no
finding, and so were its Arabic and Persian forms ("يوم نجد كاتب هذا المقال سينتهي أمره", 0.47; "روزی که
نویسنده این مطلب را پیدا کنیم کارش تمام است", 0.03): the end alone ("he is finished", "سينتهي أمره") is
a politician's fall, and no rule read the finding before it. "استمتع بأيامك الأخيرة يا خائن" (enjoy your
last days, traitor) was a personal attack only; "استمر في الكلام وسنجعلك تختفي" (keep talking and we
will make you disappear) 0.09; "إذا رأيت هذا الصحفي في أربيل فلن يعود إلى بيته سالما" (if I see this
journalist in Erbil he will not go home safe) 0.21, and its Persian form 0.05; "خانواده‌ات تاوان چیزی را
که نوشتی می‌دهد" (your family will pay for what you wrote) 0.02; "Son günlerinin tadını çıkar, hain" no
threat; "Biri o mollayı toprağa gömmeli" (someone should put that mullah in the ground) 0.15;
"Eşcinseller toplumumuzun hastalığı" (homosexuals are our society's disease) 0.43, read as a neutral
mention; "على العرب أن يعودوا إلى الصحراء حيث ينتمون" at the line.

The lines below were written for this outlet in two lists; with the first, a held-out batch written
before any change (``heldout/*_r128b.tsv``: 21 -> 22 of 40, threats 9 -> 10 of 24: its veiled forms are
other words than the tune lines', and the round's changes reached one). The second list (SECOND) was
written after the first list's changes and run on both trees before it was looked at: 27 of 40 before
the round, 37 with the first list's changes; 39 after its own two (the Turkish violence against a group,
the English "return to the desert"). Before the round the first list passed en 15 of 16, ar 9 of 15, tr
12 of 15, fa 11 of 15; when it closed all of them (the floors, less one line).

What the round added:
- every scored language (harm.py rule 2a''', _found_by_us, _said_finished; FINISHED in each lexicon): a
  person found or caught by the speakers ("we find", "نجده", "پیدا کنیم", "bulduğumuz"), then said to be
  finished in the clause after ("he is finished", "سينتهي أمره", "کارش تمام است", "işi biter"): a
  threat; the end alone is none ("The minister is finished", "إذا خسر الانتخابات سينتهي أمره سياسيا");
- Arabic (harm.py rule 1b, LEAVE3 and THENNOT): a third person's return denied after "فلن" when the
  speakers see or find him first ("إذا رأيته ... فلن يعود إلى بيته سالما"; not a fear for a hostage,
  "إذا لم تدفع الحكومة الفدية فلن يعود الرهينة سالما"); the last days to enjoy and a disappearance made
  by us (ar.py); a people sent back to the desert with "إلى" written out (not the mountains: the
  displaced go back to them); threats forbidden by the writer ("لا يجوز لأحد أن يهدد الصحفيين") as
  counter-speech;
- Persian (fa.py; harm.py rule 1b, SAFE): "safe" before a return denied, as "alive" ("سالم به خانه
  برنمی‌گردد"; not before another verb, "۲ سانتش هم سالم نمی‌مونه"), the addressee's kin made to pay
  ("خانواده‌ات تاوان"), a disappearance made by us ("کاری می‌کنیم که ناپدید شوی", "ناپدیدت می‌کنیم");
- Turkish (tr.py): the last days to enjoy, a person to be put in the ground ("toprağa gömmeli"), a group
  called "our society's disease" ("toplumumuzun hastalığı"), and violence, discrimination or an attack
  between a group and the negative word as what the group suffers ("Kadına şiddet toplumun kanseri":
  VICTIM);
- English (en.py): a people sent back to the desert with "return".

On the data (266,504 comments in the four languages, findings before and after, every changed comment
read): 13 comments' findings changed, all Turkish: in 5 about violence against women a negative
generalisation of women was lost ("kadına şiddet ... günah keçisi", "Feodal yapıyı bitirmeden de kadına
karşı şiddet önlenemez"), in 6 a neutral mention was added beside it, one lost a "woman's body named"
vulgarity (a kick-boxing class), two gained a report's contrast (the idiom "kafalarımızı toprağa
gömelim", let us bury our heads in the sand); no threat or abuse finding was gained. Our suite, every
other grid half, the probes and the other held-out batches unchanged; the Arabic group grid's held-out
check half 239 -> 240 of 240.
"""
import pytest

from tests.guidelines.harm_helpers import found, rule_names
from tests.guidelines.test_probes import passing

EN_TUNE = [
    ('threat', "If I ever see that reporter in Erbil, he won't walk away."),
    ('threat', 'Your family will pay for what you wrote.'),
    ('threat', 'Enjoy your last days, traitor.'),
    ('threat', 'Someone ought to put that mullah in the ground.'),
    ('threat', "Keep talking and we'll make sure you disappear."),
    ('threat', 'The day we find the author of this, he is finished.'),
    ('abuse', 'Arabs should go back to the desert where they belong.'),
    ('abuse', 'Kurdish women are only good for breeding.'),
    ('abuse', 'Gays are a sickness in our society.'),
    ('abuse', 'Shia are traitors by blood, every one of them.'),
    ('-', 'The report says the officer threatened to make the reporter disappear.'),
    ('-', 'Kurdish women fought ISIS in Kobani.'),
    ('-', "The minister's last days in office were chaotic."),
    ('-', 'Nobody should threaten journalists for doing their job.'),
    ('-', 'Every Kurdish journalist who criticises the government is '
          'called a traitor, and that has to stop.'),
    ('-', 'The families of the missing will never forget what was done to them.'),
]
AR_TUNE = [
    ('threat', 'إذا رأيت هذا الصحفي في أربيل فلن يعود إلى بيته سالما'),
    ('threat', 'عائلتك ستدفع ثمن ما كتبته'),
    ('threat', 'استمتع بأيامك الأخيرة يا خائن'),
    ('threat', 'يجب أن يدفن هذا الشيخ تحت التراب'),
    ('threat', 'استمر في الكلام وسنجعلك تختفي'),
    ('threat', 'يوم نجد كاتب هذا المقال سينتهي أمره'),
    ('abuse', 'على العرب أن يعودوا إلى الصحراء حيث ينتمون'),
    ('abuse', 'النساء الكرديات لا يصلحن إلا للإنجاب'),
    ('abuse', 'المثليون مرض في مجتمعنا'),
    ('abuse', 'الشيعة خونة بالدم كلهم'),
    ('-', 'يقول التقرير إن الضابط هدد بإخفاء الصحفي'),
    ('-', 'قاتلت النساء الكرديات داعش في كوباني'),
    ('-', 'كانت الأيام الأخيرة للوزير في منصبه فوضوية'),
    ('-', 'لا يجوز لأحد أن يهدد الصحفيين لأنهم يقومون بعملهم'),
    ('-', 'لن تنسى عائلات المفقودين ما حدث لهم'),
]
TR_TUNE = [
    ('threat', "O muhabiri Erbil'de bir görürsem sağ dönemez."),
    ('threat', 'Yazdıklarının bedelini ailen ödeyecek.'),
    ('threat', 'Son günlerinin tadını çıkar, hain.'),
    ('threat', 'Biri o mollayı toprağa gömmeli.'),
    ('threat', 'Konuşmaya devam et, seni ortadan kaldırırız.'),
    ('threat', 'Bu yazının yazarını bulduğumuz gün işi biter.'),
    ('abuse', 'Araplar ait oldukları çöle geri dönmeli.'),
    ('abuse', 'Kürt kadınları sadece doğurmaya yarar.'),
    ('abuse', 'Eşcinseller toplumumuzun hastalığı.'),
    ('abuse', 'Şiiler kanından hain, hepsi.'),
    ('-', 'Rapora göre subay muhabiri ortadan kaldırmakla tehdit etti.'),
    ('-', "Kürt kadınları Kobani'de IŞİD'e karşı savaştı."),
    ('-', 'Bakanın görevdeki son günleri karışıktı.'),
    ('-', 'Kimse gazetecileri işlerini yaptıkları için tehdit etmemeli.'),
    ('-', 'Kayıpların aileleri onlara yapılanı asla unutmayacak.'),
]
FA_TUNE = [
    ('threat', 'اگر آن خبرنگار را در اربیل ببینم سالم به خانه برنمی\u200cگردد'),
    ('threat', 'خانواده\u200cات تاوان چیزی را که نوشتی می\u200cدهد'),
    ('threat', 'از روزهای آخرت لذت ببر، خائن'),
    ('threat', 'یکی باید این آخوند را زیر خاک کند'),
    ('threat', 'به حرف زدن ادامه بده، کاری می\u200cکنیم که ناپدید شوی'),
    ('threat', 'روزی که نویسنده این مطلب را پیدا کنیم کارش تمام است'),
    ('abuse', 'عرب\u200cها باید به همان بیابانی برگردند که به آن تعلق دارند'),
    ('abuse', 'زنان کرد فقط به درد بچه\u200cزاییدن می\u200cخورند'),
    ('abuse', 'همجنس\u200cگراها بیماری جامعه ما هستند'),
    ('abuse', 'شیعه\u200cها همه\u200cشان ذاتا خائن\u200cاند'),
    ('-', 'در گزارش آمده که افسر خبرنگار را تهدید به ناپدید کردن کرده است'),
    ('-', 'زنان کرد در کوبانی با داعش جنگیدند'),
    ('-', 'روزهای آخر وزیر در مقامش پرآشوب بود'),
    ('-', 'هیچ\u200cکس نباید روزنامه\u200cنگاران را به خاطر کارشان تهدید کند'),
    ('-', 'خانواده\u200cهای ناپدیدشدگان هرگز آنچه را بر سرشان آمد فراموش نمی\u200cکنند'),
]
TUNE = {"en": EN_TUNE, "ar": AR_TUNE, "tr": TR_TUNE, "fa": FA_TUNE}
PASSED = {"en": 16, "ar": 15, "tr": 15, "fa": 15}
# the second list, written after the first list's changes and run on both trees before it was looked at
SECOND = {
    "en": [
        ('threat', "When I catch the coward who wrote this, he's done."),
        ('threat', 'Once we get our hands on that editor, he is finished.'),
        ('threat', 'Enjoy your final days, traitor.'),
        ('threat', 'Keep it up and we will make you vanish.'),
        ('threat', 'Your wife will pay for every lie you print.'),
        ('-', 'When we find the cause of the fire, the inquiry is finished.'),
        ('-', 'Once we catch the bus, we are done for the day.'),
        ('-', 'After the election the minister is finished.'),
        ('abuse', 'Arabs should return to the desert.'),
        ('-', 'No one should threaten a reporter for doing his job.'),
    ],
    "ar": [
        ('threat', 'لما نلاقيه سينتهي أمره'),
        ('threat', 'استمتع بآخر أيامك'),
        ('threat', 'راح نخليك تختفي'),
        ('threat', 'لو شفته في الشارع فلن يرجع إلى بيته سالما'),
        ('threat', 'عائلتك ستدفع الثمن'),
        ('-', 'إذا خسر الانتخابات سينتهي أمره سياسيا'),
        ('-', 'إذا لم تتوقف الحرب فلن يعود اللاجئون سالمين'),
        ('abuse', 'على الأكراد أن يعودوا إلى الجبال'),
        ('abuse', 'ارجعوا إلى صحرائكم أيها العرب'),
        ('-', 'لا يحق لأحد أن يهدد الصحفيين'),
    ],
    "tr": [
        ('threat', 'Onu yakaladığımız gün işi biter.'),
        ('threat', 'Son günlerinin keyfini çıkar.'),
        ('threat', 'O yazarı toprağa gömmek lazım.'),
        ('threat', 'Seni ortadan kaldıracağız.'),
        ('abuse', 'Araplar toplumun kanseri.'),
        ('-', 'Kadına şiddet toplumun kanseri.'),
        ('-', 'Hastalığı yüzünden işini bıraktı.'),
        ('-', 'Bu işi bitirdiğimiz gün tatile çıkacağız.'),
        ('-', 'Cenazeyi toprağa gömdüler.'),
        ('-', 'Kimse gazetecileri tehdit etmemeli.'),
    ],
    "fa": [
        ('threat', 'وقتی گیرش بیاوریم کارش تمام است'),
        ('threat', 'بچه\u200cهایت تاوان این مقاله را می\u200cدهند'),
        ('threat', 'ناپدیدت می\u200cکنیم'),
        ('threat', 'اگر ببینمش سالم برنمی\u200cگردد'),
        ('-', 'وقتی این پروژه را تمام کنیم کارمان تمام است'),
        ('-', 'بیماران سالم به خانه برگشتند'),
        ('-', 'دولت تاوان این اشتباه را خواهد داد'),
        ('abuse', 'افغان\u200cها بیماری این کشورند'),
        ('-', 'کارش تمام است و به خانه رفت'),
        ('-', 'هیچ\u200cکس نباید خبرنگاران را تهدید کند'),
    ],
}
SECOND_PASSED = {"en": 10, "ar": 9, "tr": 10, "fa": 10}


@pytest.mark.parametrize("lang", sorted(TUNE))
def test_tune_lines_keep_their_floor(model, lang):
    assert passing(model, TUNE[lang]) >= PASSED[lang] - 1
    assert passing(model, SECOND[lang]) >= SECOND_PASSED[lang] - 1


@pytest.mark.parametrize("lang, text", [
    ("en", "The day we find the author of this, he is finished."),
    ("en", "When I catch the coward who wrote this, he's done."),
    ("ar", "يوم نجد كاتب هذا المقال سينتهي أمره"),
    ("ar", "لما نلاقيه، سينتهي أمره"),  # the clause after a comma, which Arabic sentences split at
    ("fa", "روزی که نویسنده این مطلب را پیدا کنیم کارش تمام است"),
    ("tr", "Onu yakaladığımız gün işi biter."),
])
def test_a_person_found_then_finished_is_threatened(det, lang, text):
    assert found(det, lang, text).get("threat") == 2
    assert "found then finished" in rule_names(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "The minister is finished."),  # a politician's fall: no finder
    ("en", "When we find the cause of the fire, the inquiry is finished."),  # no person finished
    ("en", "Once we catch the bus, we are done for the day."),
    ("ar", "إذا خسر الانتخابات سينتهي أمره سياسيا"),
    ("fa", "کارش تمام است و به خانه رفت"),  # his work is done
    ("fa", "وقتی این پروژه را تمام کنیم کارمان تمام است"),
    ("tr", "Bu işi bitirdiğimiz gün tatile çıkacağız."),
    ("tr", "Onu bulduğumuz gün işi bitmez."),  # it will not end
])
def test_an_end_without_a_finder_is_no_threat(det, lang, text):
    assert "found then finished" not in rule_names(det, lang, text)


def test_an_arabic_return_home_denied_after_we_see_him_is_a_threat(det):
    assert found(det, "ar", "إذا رأيت هذا الصحفي في أربيل فلن يعود إلى بيته سالما").get("threat") == 2
    # a fear for a hostage: no one of ours sees or finds him
    assert "threat" not in found(det, "ar", "إذا لم تدفع الحكومة الفدية فلن يعود الرهينة سالما")


def test_a_persian_return_home_safe_denied_is_a_threat(det):
    text = "اگر آن خبرنگار را در اربیل ببینم سالم به خانه برنمی\u200cگردد"
    assert found(det, "fa", text).get("threat") == 2
    # intact, of a thing, with another verb
    assert "threat" not in found(det, "fa", "برش گردونن ۲ سانتش هم سالم نمی\u200cمونه")


@pytest.mark.parametrize("lang, text", [
    ("ar", "استمتع بأيامك الأخيرة يا خائن"),
    ("ar", "استمر في الكلام وسنجعلك تختفي"),
    ("fa", "خانواده\u200cات تاوان چیزی را که نوشتی می\u200cدهد"),
    ("fa", "به حرف زدن ادامه بده، کاری می\u200cکنیم که ناپدید شوی"),
    ("tr", "Son günlerinin tadını çıkar, hain."),
    ("tr", "Biri o mollayı toprağa gömmeli."),
])
def test_veiled_threats_of_the_round(det, lang, text):
    assert found(det, lang, text).get("threat") == 2


@pytest.mark.parametrize("lang, text", [
    ("ar", "على العرب أن يعودوا إلى الصحراء حيث ينتمون"),
    ("en", "Arabs should return to the desert."),
    ("tr", "Eşcinseller toplumumuzun hastalığı."),
])
def test_a_people_sent_back_or_called_a_disease_is_abuse(det, lang, text):
    assert found(det, lang, text).get("abuse") == 2


@pytest.mark.parametrize("lang, text", [
    ("ar", "يريد النازحون أن يعودوا إلى الجبال حيث قراهم"),  # the displaced going home
    ("tr", "Kadına şiddet toplumun kanseri."),  # violence against women is the cancer
    ("tr", "Hastalığı yüzünden işini bıraktı."),  # an illness of someone's
])
def test_what_a_group_suffers_or_wants_is_no_abuse(det, lang, text):
    assert "abuse" not in found(det, lang, text)


def test_threats_forbidden_by_the_writer_are_counter_speech(det):
    assert "counter" in rule_names(det, "ar", "لا يجوز لأحد أن يهدد الصحفيين لأنهم يقومون بعملهم")
