"""The hundred-and-sixty-third round (2026-12-06), Arabic only: threats and identity abuse the Arabic rules
missed, in mechanisms the suite's check half showed (its failing Arabic cases were read for this round, so the
check half's gain is not an independent figure; the held-out batch `heldout/ar_r163b.tsv`, written before any
change, is).

What was added (harm.py and harm_lexicon/ar.py):
- a blade wished into a body: a weapon (سكين, خنجر: the ARMED words) after a mood ("يستاهل", "يستحق") with a
  part of someone's body after it ("بقلبه", "في ظهره") is the act ("يستاهل سكين بقلبه");
- a verb in the first person plural after "and" shares the mood of one bidden just before it ("خلونا نسحب
  الوزير من مكتبه ونعلقه على باب الوزارة"); the second and third persons do not (a prayer to God, a wish);
- "until they stop" ("لحد ما يبطّلوا") ends a beating and rejects nothing (it was read as counter-speech);
  leaders ("قادة") are people a call names;
- a people sent back to its land by the plural imperative "رجّعوا" (the past reads the same, so only with the
  group right after it and its land or a country after that), told "out!" with the place closing its sentence
  ("الإيرانيين برا العراق! ...") or as "كلهم برا", and told it "must not set foot" in a place;
- houses of worship called dens or breeding grounds, all of them ("كل جامع ... معسكر تدريب للإرهاب", "الكنائس
  هنا أوكار"): the place stands for its faithful (a plural, or a singular after "كل");
- women of a profession "just decoration" ("المجندات مجرد ديكور"), and more professions' feminine plurals as
  women (not "المقاتلات", also fighter jets);
- a thief, "حرامي", as the sweeping claim's predicate ("كل إيراني حرامي");
- and, found on the way (the tree before the round read it so too), a people abroad doing something there is
  no slogan: "برا البلد" with a verb of theirs after it in its sentence ("السوريون برا البلد يتابعون الأخبار
  بقلق", Syrians abroad follow the news) was an exclusion at 0.73.

When the round closed: held out 7 -> 16 of 18; the suite's Arabic cases 308 -> 318 of 336 (read: see above);
tune lines (written after the change) 7 -> 14 of 14 on the tree before and after; other held-out batches +1
(ar_r52c, Arabizi: "el souriyeen ... lazem yerja3o 3la baladhom"), probes +3, none lost. On the data's 102,930
Arabic comments the findings changed in 10: 8 labelled offensive, and of the 2 clean ones a contrast (praise
of women reporters) and "قاده الإطار أغبيا" (the leaders of a bloc called stupid: a personal attack now).
Protesters as people ("المتظاهرين") were tried and dropped: they became the target of insults said of others
beside them.
"""
from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

TUNE = [
    ('threat', 'هذا النائب يستاهل خنجر بصدره.'),
    ('-', 'المطبخ يحتاج سكين حادة لتقطيع اللحم.'),
    ('threat', 'خلينا نلحق المذيع لبيته ونكسر راسه.'),
    ('-', 'خلينا نروح للسوق ونشتري الخضار.'),
    ('abuse', 'الأتراك برا سوريا! كلهم برا.'),
    ('-', 'الأتراك برا البلد يشتغلون بالمطاعم.'),
    ('abuse', 'رجّعوا الفلسطينيين لبلادهم وخلصونا.'),
    ('-', 'رجعوا الطلاب إلى جامعاتهم بعد العطلة.'),
    ('abuse', 'كل الكنائس في بلدنا أوكار للمبشرين والجواسيس.'),
    ('-', 'الشرطة عثرت على مخزن سلاح قرب المسجد.'),
    ('abuse', 'الصحفيات مجرد زينة في غرف الأخبار.'),
    ('-', 'الصحفيات في الجريدة غطين الانتخابات بمهنية.'),
    ('abuse', 'الأكراد ما لازم تطأ أقدامهم مدينتنا.'),
    ('-', 'ما زال اللاجئون يتذكرون أول يوم وطأت فيه أقدامهم المخيم.'),
]
PASSED = 14  # (7 on the tree before the round)


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


def test_a_blade_wished_into_a_body_is_a_threat(det):
    assert "threat" in found(det, "ar", "النائب الفاسد يستحق خنجر في ظهره.")
    assert "threat" in found(det, "ar", "المحلل يستاهل سكين بقلبه.")
    # a blade with no body after it, or no mood before it, is no act
    assert "threat" not in found(det, "ar", "المطبخ يحتاج سكين حادة لتقطيع اللحم.")
    assert "threat" not in found(det, "ar", "وجدوا سكين في ظهر السيارة.")


def test_a_first_person_verb_after_and_shares_the_bidden_mood(det):
    assert "threat" in found(det, "ar", "خلونا نسحب الوزير من مكتبه ونعلقه على باب الوزارة.")
    # not a verb said to God, nor a third person wished for
    assert "threat" not in found(det, "ar", "يارب رحمتك ترحمنا وتنهي الحرب وتحرق قلوبنا بالشوق")


def test_until_they_stop_ends_a_beating(det):
    assert "threat" in found(det, "ar", "يا شباب، خذوا عصي واضربوا قادة الاحتجاج لحد ما يبطّلوا.")
    # and a rejection elsewhere is still read: no threat where the beating is rejected
    assert "threat" not in found(det, "ar", "نرفض ضرب قادة الاحتجاج.")


def test_a_people_sent_back_or_told_out_is_excluded(det):
    assert "abuse" in found(det, "ar", "رجّعوا المصريين كلهم لبلدهم، خلاص.")
    assert "abuse" in found(det, "ar", "الباكستانيين برا الخليج! ما نبي نشوفهم.")
    assert "abuse" in found(det, "ar", "العراقيين برا الكويت! كلهم برا.")
    assert "abuse" in found(det, "ar", "المسيحيين لا ينبغي أن تطأ أقدامهم قريتنا.")
    # a return told, people abroad, a place no one could reach
    assert "abuse" not in found(det, "ar", "رجعوا المصريين من الإجازة إلى أعمالهم أمس.")
    assert "abuse" not in found(det, "ar", "السوريون برا البلد يتابعون الأخبار بقلق.")
    assert "abuse" not in found(det, "ar", "لم تطأ أقدامهم القرية منذ الحرب بسبب الألغام.")


def test_houses_of_worship_called_dens_are_religious_hatred(det):
    assert "abuse" in found(det, "ar", "كل مسجد وكر للإرهابيين.")
    assert "abuse" in found(det, "ar", "الكنائس مجرد أوكار للجواسيس.")
    # a den raided near a mosque; one mosque, not all
    assert "abuse" not in found(det, "ar", "الشرطة داهمت وكراً للإرهابيين قرب المسجد الكبير.")
    assert "abuse" not in found(det, "ar", "المسجد القديم في الموصل أعيد ترميمه بعد الحرب.")


def test_women_of_a_profession_called_decoration_is_sexism(det):
    assert "abuse" in found(det, "ar", "الشرطيات مجرد ديكور في المركز.")
    assert "abuse" not in found(det, "ar", "المذيعات في القناة حصلن على جائزة التغطية.")
    assert "abuse" not in found(det, "ar", "ديكور الاستوديو الجديد جميل.")


def test_every_one_of_a_people_a_thief_is_a_sweeping_claim(det):
    assert "abuse" in found(det, "ar", "كل إيراني حرامي من جوّا.")
    assert "abuse" not in found(det, "ar", "الشرطة قبضت على حرامي سرق محل الذهب.")
