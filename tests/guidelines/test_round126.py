"""The hundred-and-twenty-sixth round (2026-12-05): a demand that the doers of a violence answer before the
law is no threat, and a call to do without the law still is.

Tried as a moderator would, "I hope the people who burned those villages rot in prison" was a threat at
0.98, "الذين أحرقوا القرى يجب أن يدخلوا السجن" at 0.87 and "نتمنى أن يحاسب القتلة أمام القضاء" (we hope
the killers are held to account before the courts) at 0.96: the doers' past act, a noun of doers or
"rot" read as the act wished. An outlet that reports strikes and massacres gets such comments every day,
and a threat sends them to the urgent lane. The lines below were written for this outlet in two lists (a
first of 33, a second of 36, each a quarter calls to do without the law), the second run before it was
looked at (19 of 36 on the tree before, 21 after the changes made from the first, 30 after those made
from it). A third list, written after those changes and run on both trees, is the round's held-out batch
(``heldout/*_r126b.tsv``: 30 -> 32 of 36, threats 8 of 10 on both; the round's later changes, the last
five items below, left it at 32).

Before the round, these tune lines passed en 14 of 23, ar 9 of 16, tr 10 of 15, fa 12 of 15; when it
closed en 21, ar 14, tr 12, fa 14 (the floors, less one line).

What the round added (harm.py):
- justice_for: the violent word names the doers -- their noun ("killers", "القتلة", "katiller",
  "قاتلان"), their past act after a relative ("who burned", "الذين أحرقوا", "للذين قصفوا", "öldürenler",
  "که ... کتک زدند") or the object right after it (English and Arabic: "من أطلقوا النار"), the crime
  charged ("بتهمة الإبادة", "soykırımdan yargılanmalı") or English "rot" in prison -- in a sentence that
  names the law's answer (prison, trial, court, justice, accountability, arrest; _JUSTICE) not denied
  ("no trial needed", "بدون محاكمة", "mahkemeye gerek yok"), in a comment with no insult, curse, crude
  word, sweeping claim or addressee: a counter-speech contrast instead of a threat (which also keeps the
  written-threat head's finding out);
- law_denied: a negation that denies the law's answer does not negate the act after it ("No trial
  needed, just shoot the men who did this" had been read as a negated threat);
- the doers named by a noun are a target ("someone should put a bullet in the killers" found nothing);
- a Persian news actor of an earlier clause is not the act's doer ("دادگاه‌ها بی‌فایده‌اند، خودمان
  قاتلان را می‌کشیم" was a report), and an Arabic negation negates within its clause ("المحاكم لا تنفع،
  يجب أن نقتلهم");
- an English act asked not to be done ("Don't kill them, jail them") is negated, not told: as violence
  told it had left the written-threat head's finding standing (threat 0.89);
- the doers named by a harming verb that no list holds, in a sentence that asks the law to answer, give the
  same contrast (doer_of_harm: a Turkish participle of a harming verb, "Kürtlerin evlerini yakanlar hapse
  girmeli", and English "who did this"): the group grid's Turkish sympathy tune half 142 -> 158 of 160;
- a Turkish plea to stop the act, said after it ("öldürülmesine son verin", "öldürmeyi bırakın", "katliamı
  durdurun"; not "bomba bıraktı", a bomb dropped, nor a stop refused): Turkish htune 117 -> 119 of 120;
- a threat quoted from a third person ('They posted "we will slaughter the Yazidis" on their channel') is
  theirs, not the commenter's (harm._QUOTED_OTHERS: "they", "he", "she", "ISIS");
- an Arabic expulsion whose object is an armed force ("عاد النازحون إلى قراهم بعد طرد داعش", the displaced
  went home after ISIS was driven out: xenophobia at 0.95) is no exclusion of the people named beside it.

One change was narrowed after a check case of our suite failed on it (a Turkish call for violence, tr-
call_for_violence-09, its text not read): the object after the doers' act is read in English and Arabic
only; in Turkish the word after a doers' participle is what is done to them ("... öldürenleri asın").
"""
import pytest

from tests.guidelines.harm_helpers import COUNTER, found, rules
from tests.guidelines.test_probes import passing

EN_TUNE = [
    ('-', 'The soldiers who shot those protesters need to stand trial.'),
    ('-', 'Everyone who took part in the massacre at Kocho must be prosecuted.'),
    ('-', 'I pray the men who kidnapped those girls spend their lives behind bars.'),
    ('-', 'The gunmen who attacked the market should face the full force of the law.'),
    ('-', 'Let the terrorists who bombed the mosque be tried in an international court.'),
    ('-', 'Whoever murdered the journalist has to be arrested and sentenced.'),
    ('-', 'The attackers deserve a long prison sentence, nothing less.'),
    ('-', 'I want to see the bombers in the dock at The Hague.'),
    ('threat', 'The killers should be hanged in the square, forget the courts.'),
    ('threat', 'No trial needed, just shoot the men who did this.'),
    ('threat', 'Prison is too soft, burn them alive.'),
    ('-', 'The officers who tortured detainees in that prison must be put on trial.'),
    ('-', 'I just want the people who killed my cousin to face a judge.'),
    ('-', 'Hopefully the thugs who beat the reporter get arrested soon.'),
    ('-', 'Those who raped Yazidi women deserve to be prosecuted for genocide.'),
    ('-', 'The militia leaders who ordered the shelling should answer to a court.'),
    ('-', 'The murderers of Shireen need to be held accountable.'),
    ('-', 'Lock up the men who set the shop on fire and throw away the key.'),
    ('-', 'Whoever stabbed that boy belongs in jail for life.'),
    ('threat', 'Courts are useless, someone should just put a bullet in the killers.'),
    ('threat', "Don't bother with a trial, hang the bastards who did it."),
    ('threat', 'If the judges free them, we will kill them ourselves.'),
    ('threat', 'Jail is not enough, they should be burned like they burned our homes.'),
]

AR_TUNE = [
    ('-', 'الذين قتلوا الصحفي يجب أن يقدموا للمحاكمة'),
    ('-', 'نطالب بمحاسبة المجرمين الذين فجروا السوق'),
    ('-', 'أتمنى أن يقضي القتلة بقية حياتهم في السجن'),
    ('-', 'يجب أن يحاكم الجناة أمام محكمة دولية'),
    ('-', 'الإرهابيون الذين هاجموا القرية لازم ينالوا عقابهم بالقانون'),
    ('-', 'كل من شارك في المجزرة يجب أن يحاسب أمام القضاء'),
    ('threat', 'لا نريد محاكم، اذبحوا القتلة في الشارع'),
    ('threat', 'السجن قليل عليهم، احرقوهم أحياء'),
    ('-', 'يجب تقديم من أطلقوا النار على المتظاهرين إلى العدالة'),
    ('-', 'أتمنى أن أرى قتلة الصحفية خلف القضبان'),
    ('-', 'على الدولة أن تعتقل الذين عذبوا المعتقلين وتحاكمهم'),
    ('-', 'المجرمون الذين اغتصبوا الإيزيديات يجب أن يحاكموا بتهمة الإبادة'),
    ('-', 'نريد محاكمة عادلة للذين قصفوا المستشفى'),
    ('-', 'الذين طعنوا الشاب يستحقون السجن المؤبد'),
    ('threat', 'المحاكم لا تنفع، يجب أن نقتلهم بأيدينا'),
    ('threat', 'إذا أطلق القاضي سراحهم سنذبحهم بأنفسنا'),
]

TR_TUNE = [
    ('-', 'Köyü yakanlar en ağır cezayı almalı.'),
    ('-', 'Gazeteciyi öldürenler hâkim karşısına çıkmalı.'),
    ('-', 'Katiller ömür boyu hapiste kalsın.'),
    ('-', 'Pazarı bombalayan teröristler yargılansın.'),
    ('-', 'Bu katliamı yapanlar hesap vermeli, adalet yerini bulmalı.'),
    ('threat', 'Mahkemeye gerek yok, katilleri sokakta kurşuna dizin.'),
    ('threat', 'Hapis az gelir, hepsini asın.'),
    ('-', 'İşkence yapan gardiyanlar yargılanmalı.'),
    ('-', 'Kuzenimi öldürenlerin hâkim önüne çıkmasını istiyorum.'),
    ('-', 'Muhabiri döven serseriler bir an önce tutuklansın.'),
    ('-', 'Ezidi kadınlara tecavüz edenler soykırımdan yargılanmalı.'),
    ('-', 'Hastaneyi bombalayanlar uluslararası mahkemede hesap vermeli.'),
    ('-', 'Çocuğu bıçaklayan adam ömür boyu hapis yatmalı.'),
    ('threat', 'Mahkemeler işe yaramıyor, katilleri kendimiz öldürelim.'),
    ('threat', 'Hakim bırakırsa onları biz gebertiriz.'),
]

FA_TUNE = [
    ('-', 'کسانی که به روستا حمله کردند باید محاکمه شوند.'),
    ('-', 'قاتلان خبرنگار باید به سزای اعمالشان در دادگاه برسند.'),
    ('-', 'امیدوارم عاملان این جنایت تا آخر عمر در زندان بمانند.'),
    ('-', 'تروریست\u200cها باید در دادگاه بین\u200cالمللی محاکمه شوند.'),
    ('-', 'جنایتکاران باید پاسخگوی کارشان در برابر قانون باشند.'),
    ('threat', 'زندان کمه، قاتلان را زنده زنده بسوزانید.'),
    ('threat', 'بدون محاکمه همه\u200cشان را اعدام کنید.'),
    ('-', 'کسانی که زندانیان را شکنجه کردند باید محاکمه شوند.'),
    ('-', 'می\u200cخواهم قاتلان پسرعمویم را در دادگاه ببینم.'),
    ('-', 'امیدوارم اوباشی که خبرنگار را کتک زدند زودتر بازداشت شوند.'),
    ('-', 'متجاوزان به زنان ایزدی باید به جرم نسل\u200cکشی محاکمه شوند.'),
    ('-', 'فرماندهانی که دستور گلوله\u200cباران را دادند باید در دادگاه جواب بدهند.'),
    ('-', 'کسی که آن پسر را با چاقو زد باید تا آخر عمر در زندان بماند.'),
    ('threat', 'دادگاه\u200cها بی\u200cفایده\u200cاند، خودمان قاتلان را می\u200cکشیم.'),
    ('threat', 'اگر قاضی آزادشان کند، خودمان سرشان را می\u200cبریم.'),
]

TUNE = {"en": EN_TUNE, "ar": AR_TUNE, "tr": TR_TUNE, "fa": FA_TUNE}
PASSED = {"en": 21, "ar": 14, "tr": 12, "fa": 14}


@pytest.mark.parametrize("lang", sorted(TUNE))
def test_tune_lines_keep_their_floor(model, lang):
    assert passing(model, TUNE[lang]) >= PASSED[lang] - 1


@pytest.mark.parametrize("lang, text", [
    ("en", "I hope the people who burned those villages rot in prison."),
    ("en", "I hope they rot in prison."),
    ("en", "Those who killed the journalists must face justice."),
    ("en", "I just want the people who killed my cousin to face a judge."),
    ("ar", "الذين أحرقوا القرى يجب أن يدخلوا السجن"),
    ("ar", "نتمنى أن يحاسب القتلة أمام القضاء"),
    ("ar", "يجب تقديم من أطلقوا النار على المتظاهرين إلى العدالة"),
    ("ar", "المجرمون الذين اغتصبوا الإيزيديات يجب أن يحاكموا بتهمة الإبادة"),
    ("tr", "Kuzenimi öldürenlerin hâkim önüne çıkmasını istiyorum."),
    ("fa", "امیدوارم اوباشی که خبرنگار را کتک زدند زودتر بازداشت شوند."),
])
def test_the_law_asked_to_answer_is_counter_speech(det, lang, text):
    assert COUNTER in rules(det, lang, text)
    assert "threat" not in found(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "Those who did this should be hanged, prison is too good for them."),
    ("en", "The killers deserve a bullet, not a trial."),
    ("en", "I hope they rot in hell."),
    ("en", "You will rot in prison, you stupid traitor."),  # the addressee, insulted
    ("en", "No trial needed, just shoot the men who did this."),  # the law denied, not the act
    ("en", "someone should put a bullet in the killers"),  # the doers are a target
    ("ar", "لا نريد محاكمة، القتلة يجب أن يذبحوا"),
    ("ar", "المحاكم لا تنفع، يجب أن نقتلهم بأيدينا"),  # a negation of an earlier clause
    ("tr", "Katilleri yargılamayın, kurşuna dizin."),
    ("tr", "Mahkemeye gerek yok, katilleri sokakta kurşuna dizin."),
    ("tr", "Çocukları öldürenleri mahkemeye vermeyin, kurşuna dizin."),
    ("fa", "دادگاه‌ها بی‌فایده‌اند، خودمان قاتلان را می‌کشیم."),  # the courts are a clause of their own
])
def test_doing_without_the_law_still_threatens(det, lang, text):
    assert found(det, lang, text).get("threat")


@pytest.mark.parametrize("lang, text", [
    ("tr", "Kürtlerin evlerini yakanlar hapse girmeli."),  # no listed act: a harming verb's participle
    ("tr", "Ezidilere saldıran milisler yargılanmalı."),
    ("en", "The men who did this to the Yazidis should rot in jail."),
])
def test_the_doers_named_by_any_harming_act_are_read_too(det, lang, text):
    assert COUNTER in rules(det, lang, text)


@pytest.mark.parametrize("text, pleads", [
    ("Kürtlerin öldürülmesine son verin!", True),
    ("Kürtleri öldürmeyi bırakın!", True),
    ("Katliamı durdurun!", True),
    ("Şuraya bir bomba bıraksalar", False),  # a bomb dropped, not an act stopped
    ("Kürtleri öldürmeyi bırakmayacağız.", False),  # the stop refused
])
def test_a_turkish_plea_to_stop_the_act_after_it(det, text, pleads):
    assert (("negated", "negated") in rules(det, "tr", text) and COUNTER in rules(det, "tr", text)) == pleads


@pytest.mark.parametrize("text", [
    'They posted "we will slaughter the Yazidis" on their channel, and people still defend them?',
    'He shouted "I will kill all of you" before the police arrested him.',
])
def test_a_threat_quoted_from_a_third_person_is_not_the_commenters(det, text):
    assert "threat" not in found(det, "en", text)


def test_an_armed_force_driven_out_is_no_exclusion_of_the_people_named(det):
    assert "abuse" not in found(det, "ar", "عاد النازحون إلى قراهم بعد طرد داعش")  # after ISIS was driven out
    assert found(det, "ar", "يجب طرد النازحين من المدينة").get("abuse") == 2  # the displaced must be expelled


def test_a_quotation_the_commenter_endorses_stays_theirs(det):
    assert found(det, "en", 'They said "Kurds are rats" and they are right.').get("abuse") == 2


@pytest.mark.parametrize("text", ["Don't kill them, jail them.", "Do not kill them.",
                                  "Never kill a prisoner."])
def test_an_act_asked_not_to_be_done_is_negated(det, text):
    names = {clause for clause, _rule in rules(det, "en", text)}
    assert "negated" in names and "threat" not in names


@pytest.mark.parametrize("text", ["If you don't leave I will kill you.", "Don't you dare, I will kill you."])
def test_a_negation_that_is_no_plea_of_the_act_leaves_the_threat(det, text):
    assert found(det, "en", text).get("threat") == 2


def test_the_scorer_no_longer_sends_a_demand_for_justice_to_the_urgent_lane(model):
    texts = ["I hope the people who burned those villages rot in prison.",
             "نتمنى أن يحاسب القتلة أمام القضاء", "الذين أحرقوا القرى يجب أن يدخلوا السجن"]
    for text, r in zip(texts, model.score([{"text": t} for t in texts]), strict=True):
        assert r["violation"] < 0.5 and r["categories"]["threat"] < 0.5, (text, r["violation"])
