"""Hateful templates and their contrasts, each said of twenty peoples, in English, Arabic, Turkish and
Persian (the hundred-and-tenth round, tests/guidelines/probes/README.md). Written here from the outlet's
guidelines (no published suite is copied): derogation, dehumanisation, threats, calls to expel, hate asked as
a question or given as an opinion, a pronoun taking up the group in the next sentence; and a people named
neutrally, praised, defended, a harm to them denied or reported, hate quoted to reject it.

Each language's templates come in halves, each written before the changes it measures: the *tune* half,
whose failures the hundred-and-tenth round's changes were made from, the *check* half, only counted in that
round and the tune half of the hundred-and-eleventh, *check2*, that round's held-out half and the
hundred-and-twelfth's tune half, and *check3*, the hundred-and-twelfth's held-out half and the
hundred-and-thirteenth's tune half (that round wrote no held-out half). A hateful case
passes when it is a violation (>= 0.5) with abuse or threat at 0.5 or more; a contrast when it is no
violation. The figures each half held when the last round closed are the floors (one case fewer allowed)."""

import collections

import pytest

EN_G = [
    "women",
    "trans people",
    "gay people",
    "black people",
    "disabled people",
    "Muslims",
    "immigrants",
    "Jews",
    "Kurds",
    "Arabs",
    "refugees",
    "Christians",
    "Yazidis",
    "Turks",
    "Persians",
    "Shia",
    "Sunnis",
    "Afghans",
    "Syrians",
    "lesbians",
]
EN = {
    "tune_h": [
        "I hate {g}.",
        "{G} are disgusting.",
        "{G} are all dirty and stupid.",
        "{G} are nothing but animals.",
        "{G} are a cancer on this country.",
        "I want to kill all {g}.",
        "{G} should be shot.",
        "Why are {g} so stupid?",
        "I think {g} are worthless.",
        "I have met many {g} and they are all liars.",
        "{G} are everywhere now. They are parasites.",
        "{G} are lower than dirt.",
        "Get these {g} out of our country.",
        "I can't stand {g}, they are repulsive.",
        "{G} belong in a zoo.",
    ],
    "tune_n": [
        "I am one of the {g} in this town.",
        "Many {g} live in my street.",
        "{G} deserve the same rights as everyone else.",
        "I admire {g}; they have taught me a lot.",
        "{G} are not vermin, they are our neighbours.",
        "No one should ever hurt {g}.",
        "Saying that {g} are animals is disgusting.",
        "Comments like 'I hate {g}' have no place here.",
        "The report says {g} were attacked in the city last week.",
    ],
    "check_h": [
        "{G} are such a plague.",
        "Honestly, {g} are the worst people on earth.",
        "We should hang every one of these {g}.",
        "{G} make me want to vomit.",
        "Don't you think {g} are just subhuman?",
        "{G}? Filthy, the lot of them.",
        "It's time to wipe out the {g}.",
        "Typical {g}, always lying and stealing.",
    ],
    "check_n": [
        "My best friends are {g}.",
        "The {g} in our city organised a charity run.",
        "It is wrong to say {g} are a plague.",
        "Nobody should threaten {g}.",
        "We stand with {g} against hate.",
    ],
}

TR_G = [
    "kadınlar",
    "eşcinseller",
    "trans bireyler",
    "siyahiler",
    "engelliler",
    "Müslümanlar",
    "göçmenler",
    "Yahudiler",
    "Kürtler",
    "Araplar",
    "mülteciler",
    "Hristiyanlar",
    "Ezidiler",
    "Ermeniler",
    "Aleviler",
    "Suriyeliler",
    "Afganlar",
    "Lazlar",
    "Çingeneler",
    "Rumlar",
]
TR = {
    "tune_h": [
        "{G} iğrenç insanlar.",
        "{Abl} nefret ediyorum.",
        "{G} hayvandan farksız.",
        "Bütün {acc} öldürmek istiyorum.",
        "{G} kurşuna dizilmeli.",
        "{G} neden bu kadar aptal?",
        "Bence {g} değersiz insanlar.",
        "{G} bu ülkenin kanseri.",
        "{acc} bu ülkeden kovun.",
        "{G} pis ve aşağılık.",
        "{G} her yerde, parazit gibiler.",
        "{G} tam bir baş belası, hepsi hain.",
        "{G} hayvanat bahçesine kapatılmalı.",
    ],
    "tune_n": [
        "Ben de {g} arasında büyüdüm.",
        "Mahallemizde {g} {de} yaşıyor.",
        "{G} de herkes gibi eşit haklara sahip olmalı.",
        "{acc} çok seviyorum, onlardan çok şey öğrendim.",
        "{G} hayvan değil, bizim komşularımız.",
        "Kimse {dat} zarar vermemeli.",
        "{G} hayvandır demek iğrenç bir şey.",
        "Habere göre geçen hafta şehirde {g} saldırıya uğradı.",
    ],
    "check_h": [
        "{G} tam bir veba.",
        "Dünyanın en kötü insanları {g}.",
        "Bu {acc} tek tek asmak lazım.",
        "{G} midemi bulandırıyor.",
        "{G} insan bile değil.",
        "{G} yok edilmeli.",
        "Tipik {g}, hep yalan hep hırsızlık.",
    ],
    "check_n": [
        "En yakın arkadaşlarım {g}.",
        "Şehrimizdeki {g} bir yardım koşusu düzenledi.",
        "{G} vebadır demek yanlış.",
        "Kimse {acc} tehdit etmemeli.",
        "Nefrete karşı {g} ile birlikteyiz.",
    ],
}

AR_G = [
    "النساء",
    "المثليين",
    "السود",
    "المعاقين",
    "المسلمين",
    "المهاجرين",
    "اليهود",
    "الأكراد",
    "العرب",
    "اللاجئين",
    "المسيحيين",
    "الإيزيديين",
    "الأتراك",
    "الفرس",
    "الشيعة",
    "السنة",
    "الأفغان",
    "السوريين",
    "المصريين",
    "الأقباط",
]
AR = {
    "tune_h": [
        "أكره {g}.",
        "{g} مقرفين.",
        "{g} كلهم قذرين وأغبياء.",
        "{g} مجرد حيوانات.",
        "{g} سرطان في هذا البلد.",
        "أريد أن أقتل كل {g}.",
        "يجب إعدام {g}.",
        "لماذا {g} أغبياء إلى هذا الحد؟",
        "في رأيي {g} لا قيمة لهم.",
        "قابلت الكثير من {g} وكلهم كذابون.",
        "{g} في كل مكان الآن. إنهم طفيليات.",
        "اطردوا {g} من بلادنا.",
        "لا أطيق {g}، إنهم مقززون.",
    ],
    "tune_n": [
        "أنا من {g} في هذه المدينة.",
        "يعيش الكثير من {g} في شارعنا.",
        "{g} يستحقون نفس الحقوق مثل الجميع.",
        "أحترم {g} وتعلمت منهم الكثير.",
        "{g} ليسوا حشرات، إنهم جيراننا.",
        "لا يجوز لأحد أن يؤذي {g}.",
        "القول إن {g} حيوانات كلام مقزز.",
        "تعليقات مثل 'أكره {g}' لا مكان لها هنا.",
        "ذكر التقرير أن {g} تعرضوا لهجوم في المدينة الأسبوع الماضي.",
    ],
    "check_h": [
        "{g} وباء.",
        "{g} أسوأ ناس على وجه الأرض.",
        "لازم نشنق كل واحد من هؤلاء {g}.",
        "{g} يجعلونني أرغب في التقيؤ.",
        "ألا تعتقد أن {g} أقل من البشر؟",
        "يجب إبادة {g}.",
        "{g} كالعادة، كذب وسرقة دائما.",
    ],
    "check_n": [
        "أعز أصدقائي من {g}.",
        "نظم {g} في مدينتنا سباقا خيريا.",
        "من الخطأ القول إن {g} وباء.",
        "لا ينبغي لأحد أن يهدد {g}.",
        "نقف مع {g} ضد الكراهية.",
    ],
}

FA_G = [
    "زن‌ها",
    "همجنس‌گراها",
    "سیاه‌پوست‌ها",
    "معلول‌ها",
    "مسلمان‌ها",
    "مهاجران",
    "یهودی‌ها",
    "کردها",
    "عرب‌ها",
    "پناهنده‌ها",
    "مسیحی‌ها",
    "ایزدی‌ها",
    "ترک‌ها",
    "افغانی‌ها",
    "بهایی‌ها",
    "سنی‌ها",
    "لرها",
    "بلوچ‌ها",
    "شیعه‌ها",
    "ارمنی‌ها",
]
FA = {
    "tune_h": [
        "از {g} متنفرم.",
        "{g} حال‌به‌هم‌زن هستند.",
        "{g} همه کثیف و احمق‌اند.",
        "{g} چیزی جز حیوان نیستند.",
        "{g} سرطان این کشورند.",
        "می‌خواهم همه {g} را بکشم.",
        "{g} را باید تیرباران کرد.",
        "چرا {g} این‌قدر احمق‌اند؟",
        "به نظر من {g} بی‌ارزش‌اند.",
        "با خیلی از {g} آشنا شدم و همه‌شان دروغگو هستند.",
        "{g} همه جا هستند. انگل‌اند.",
        "این {g} را از کشور بیرون کنید.",
        "{g} جایشان در باغ وحش است.",
    ],
    "tune_n": [
        "من هم یکی از {g} این شهرم.",
        "خیلی از {g} در کوچه ما زندگی می‌کنند.",
        "{g} هم مثل همه حق برابر دارند.",
        "به {g} احترام می‌گذارم و از آن‌ها خیلی یاد گرفته‌ام.",
        "{g} حشره نیستند، همسایه‌های ما هستند.",
        "هیچ‌کس نباید به {g} آسیب بزند.",
        "اینکه بگویی {g} حیوان‌اند حرف زشتی است.",
        "گزارش می‌گوید هفته گذشته به {g} در شهر حمله شد.",
    ],
    "check_h": [
        "{g} طاعون‌اند.",
        "{g} بدترین آدم‌های روی زمین‌اند.",
        "باید همه این {g} را دار زد.",
        "{g} حالم را به هم می‌زنند.",
        "{g} اصلا آدم نیستند.",
        "باید {g} را نابود کرد.",
        "{g} مثل همیشه دروغ و دزدی.",
    ],
    "check_n": [
        "بهترین دوستانم {g} هستند.",
        "{g} شهر ما یک دوی خیریه برگزار کردند.",
        "اشتباه است که بگوییم {g} طاعون‌اند.",
        "هیچ‌کس نباید {g} را تهدید کند.",
        "ما در برابر نفرت کنار {g} ایستاده‌ایم.",
    ],
}


# (hundred-and-eleventh round) the check half above became the round's tune half; its own held-out half,
# written before the round's changes (and before the check half's failures were read), is "check2"
EN["check2_h"] = [
    "{G} are a disease.",
    "Every single one of the {g} is a criminal.",
    "{G} need to be exterminated.",
    "I'd happily see all {g} burn.",
    "Nobody wants {g} here, send them all back.",
    "What is it with {g} and lying?",
    "{G} are parasites living off our taxes.",
]
EN["check2_n"] = [
    "{G} have lived here for generations.",
    "I was shocked by the attack on {g} in the city.",
    "People who call {g} parasites should be ashamed.",
    "The minister met representatives of {g} yesterday.",
    "{G} are not the problem, poverty is.",
]
AR["check2_h"] = [
    "{g} مرض.",
    "كل {g} مجرمين.",
    "لازم نبيد {g}.",
    "أتمنى أن أرى {g} يحترقون.",
    "ما حد يبغى {g} هنا، رجعوهم لبلادهم.",
    "{g} عايشين على ضرايبنا مثل الطفيليات.",
    "ليش {g} كذابين دايما؟",
]
AR["check2_n"] = [
    "{g} يعيشون هنا منذ أجيال.",
    "صدمني الهجوم على {g} في المدينة.",
    "من يصف {g} بالطفيليات يجب أن يخجل.",
    "التقى الوزير بممثلين عن {g} أمس.",
    "{g} ليسوا المشكلة، الفقر هو المشكلة.",
]
TR["check2_h"] = [
    "{G} bir hastalık.",
    "{G} hepsi suçlu.",
    "{Acc} toptan temizlemek lazım.",
    "Tüm {acc} yanarken görmek isterim.",
    "Burada kimse {acc} istemiyor, hepsini geri gönderin.",
    "{G} vergilerimizle yaşayan asalaklar.",
    "{G} neden hep yalan söylüyor?",
]
TR["check2_n"] = [
    "{G} nesillerdir burada yaşıyor.",
    "Şehirde {dat} yapılan saldırı beni şok etti.",
    "{Dat} asalak diyenler utanmalı.",
    "Bakan dün {gen} temsilcileriyle görüştü.",
    "Sorun {g} değil, yoksulluk.",
]
FA["check2_h"] = [
    "{g} یک بیماری‌اند.",
    "تک تک {g} جنایتکارند.",
    "{g} باید قلع و قمع شوند.",
    "دوست دارم سوختن همه {g} را ببینم.",
    "هیچ‌کس {g} را اینجا نمی‌خواهد، همه را برگردانید.",
    "{g} انگل‌هایی هستند که از مالیات ما زندگی می‌کنند.",
    "چرا {g} همیشه دروغ می‌گویند؟",
]
FA["check2_n"] = [
    "{g} نسل‌هاست که اینجا زندگی می‌کنند.",
    "حمله به {g} در شهر مرا شوکه کرد.",
    "کسانی که {g} را انگل می‌نامند باید شرمنده باشند.",
    "وزیر دیروز با نمایندگان {g} دیدار کرد.",
    "مشکل {g} نیستند، فقر است.",
]

# (hundred-and-twelfth round) check2 became the round's tune half; its held-out half, written before the
# round's changes and before check2's failures were read, is "check3"
EN["check3_h"] = [
    "{G} are rats, every last one of them.",
    "Round up the {g} and put them in camps.",
    "The only good {g} are dead {g}.",
    "{G} ruin everything they touch.",
    "I wish all {g} would just disappear forever.",
    "{G} are genetically inferior.",
    "Why do we let {g} breed like this?",
]
EN["check3_n"] = [
    "{G} are human beings like you and me.",
    "The new law protects {g} from discrimination.",
    "Calling {g} rats is vile and dangerous.",
    "I grew up next door to {g} and they were lovely.",
    "Attacks on {g} rose sharply last year, police say.",
]
AR["check3_h"] = [
    "{g} جرذان، كل واحد فيهم.",
    "اجمعوا {g} وحطوهم في معسكرات.",
    "{g} ما يجي منهم إلا الخراب.",
    "أتمنى يختفي {g} من الوجود.",
    "{g} أدنى عرق على الأرض.",
    "{g} يتكاثرون مثل الحشرات.",
    "الله يلعن {g}.",
]
AR["check3_n"] = [
    "{g} بشر مثلنا تماما.",
    "القانون الجديد يحمي {g} من التمييز.",
    "وصف {g} بالجرذان أمر حقير وخطير.",
    "كبرت بجوار {g} وكانوا لطفاء جدا.",
    "ارتفعت الاعتداءات على {g} بشكل حاد العام الماضي بحسب الشرطة.",
]
TR["check3_h"] = [
    "{G} fare gibi, hepsi.",
    "{Acc} toplayıp kamplara kapatın.",
    "{G} dokunduğu her şeyi mahvediyor.",
    "Keşke tüm {g} yok olsa.",
    "{G} genetik olarak aşağı bir ırk.",
    "{G} böcek gibi üreyor.",
    "Allah {acc} kahretsin.",
]
TR["check3_n"] = [
    "{G} {de} bizim gibi insan.",
    "Yeni yasa {acc} ayrımcılığa karşı koruyor.",
    "{Dat} fare demek alçakça ve tehlikeli.",
    "{Gen} yanında büyüdüm, çok iyi insanlardı.",
    "Polise göre geçen yıl {dat} yönelik saldırılar arttı.",
]
FA["check3_h"] = [
    "{g} موش‌اند، همه‌شان.",
    "{g} را جمع کنید و در اردوگاه بیندازید.",
    "{g} به هر چیزی دست بزنند خرابش می‌کنند.",
    "کاش همه {g} برای همیشه نابود شوند.",
    "{g} نژاد پست‌تری هستند.",
    "{g} مثل حشره زاد و ولد می‌کنند.",
    "خدا لعنت کند {g} را.",
]
FA["check3_n"] = [
    "{g} هم مثل من و شما انسان‌اند.",
    "قانون جدید از {g} در برابر تبعیض محافظت می‌کند.",
    "موش نامیدن {g} کاری پست و خطرناک است.",
    "کنار {g} بزرگ شدم و آدم‌های مهربانی بودند.",
    "به گفته پلیس حمله به {g} پارسال به‌شدت افزایش یافت.",
]

# (hundred-and-fourteenth round) news about the peoples, contrasts only: "ntune" and "ncheck", both written
# before the round's changes (ncheck's failures were then read and changed: it is a tune half too, see the
# README)
EN["ntune_h"], EN["ncheck_h"] = [], []
EN["ntune_n"] = [
    "Attacks on {g} have risen, a new report says.",
    "Police arrested two men after {g} were attacked outside a mosque.",
    "Three {g} were killed in the bombing on Tuesday.",
    "The court sentenced the man who shot two {g} to life in prison.",
    "Violence against {g} is increasing, the UN warned.",
    "{G} were beaten by the militia, witnesses said.",
    "The government promised to protect {g} after the massacre.",
    "Human rights groups documented the killing of {g} in the region.",
    "Hundreds of {g} fled the fighting overnight.",
    "A gunman opened fire on a crowd of {g} on Friday.",
]
EN["ncheck_n"] = [
    "The number of {g} murdered this year has doubled, activists say.",
    "Two {g} died when their house was set on fire.",
    "Soldiers executed several {g} in the village, according to survivors.",
    "Hate crimes targeting {g} reached a record high.",
    "The attackers burned homes belonging to {g}.",
    "An investigation into the torture of {g} in prison has begun.",
]
AR["ntune_h"], AR["ncheck_h"] = [], []
AR["ntune_n"] = [
    "ارتفعت الهجمات على {g} بحسب تقرير جديد.",
    "اعتقلت الشرطة رجلين بعد الاعتداء على {g} أمام المسجد.",
    "قتل ثلاثة من {g} في التفجير يوم الثلاثاء.",
    "حكمت المحكمة بالسجن المؤبد على الرجل الذي أطلق النار على اثنين من {g}.",
    "حذرت الأمم المتحدة من تزايد العنف ضد {g}.",
    "تعرض {g} للضرب على يد الميليشيا بحسب شهود.",
    "وعدت الحكومة بحماية {g} بعد المجزرة.",
    "وثقت منظمات حقوق الإنسان قتل {g} في المنطقة.",
    "فر مئات من {g} من القتال خلال الليل.",
    "فتح مسلح النار على حشد من {g} يوم الجمعة.",
]
AR["ncheck_n"] = [
    "تضاعف عدد {g} الذين قتلوا هذا العام بحسب ناشطين.",
    "توفي اثنان من {g} عندما أضرمت النار في منزلهما.",
    "أعدم جنود عددا من {g} في القرية بحسب ناجين.",
    "بلغت جرائم الكراهية ضد {g} مستوى قياسيا.",
    "أحرق المهاجمون منازل تعود إلى {g}.",
    "بدأ تحقيق في تعذيب {g} في السجن.",
]
TR["ntune_h"], TR["ncheck_h"] = [], []
TR["ntune_n"] = [
    "Yeni bir rapora göre {dat} yönelik saldırılar arttı.",
    "Polis, {gen} cami önünde saldırıya uğramasının ardından iki kişiyi gözaltına aldı.",
    "Salı günkü bombalı saldırıda {g} {de} hayatını kaybetti.",
    "Mahkeme, {acc} vuran adamı müebbet hapse mahkum etti.",
    "BM, {dat} yönelik şiddetin arttığı konusunda uyardı.",
    "Tanıklara göre {g} milisler tarafından dövüldü.",
    "Hükümet katliamın ardından {acc} koruma sözü verdi.",
    "İnsan hakları örgütleri bölgede {gen} öldürülmesini belgeledi.",
    "Gece boyunca {g} çatışmalardan kaçtı.",
    "Cuma günü bir silahlı kişi {gen} bulunduğu kalabalığa ateş açtı.",
]
TR["ncheck_n"] = [
    "Aktivistlere göre bu yıl öldürülen {gen} sayısı iki katına çıktı.",
    "Evleri ateşe verilen {g} hayatını kaybetti.",
    "Hayatta kalanlara göre askerler köyde {acc} infaz etti.",
    "{Dat} yönelik nefret suçları rekor seviyeye ulaştı.",
    "Saldırganlar {dat} ait evleri yaktı.",
    "Cezaevinde {dat} yapılan işkenceyle ilgili soruşturma başlatıldı.",
]
FA["ntune_h"], FA["ncheck_h"] = [], []
FA["ntune_n"] = [
    "بر اساس گزارشی تازه حمله به {g} افزایش یافته است.",
    "پلیس پس از حمله به {g} جلوی مسجد دو مرد را بازداشت کرد.",
    "سه نفر از {g} در انفجار روز سه‌شنبه کشته شدند.",
    "دادگاه مردی را که به دو نفر از {g} شلیک کرده بود به حبس ابد محکوم کرد.",
    "سازمان ملل درباره افزایش خشونت علیه {g} هشدار داد.",
    "به گفته شاهدان {g} توسط شبه‌نظامیان کتک خوردند.",
    "دولت پس از کشتار وعده داد از {g} محافظت کند.",
    "سازمان‌های حقوق بشری کشتار {g} در منطقه را مستند کردند.",
    "صدها نفر از {g} شبانه از درگیری‌ها گریختند.",
    "یک مرد مسلح روز جمعه به جمعی از {g} تیراندازی کرد.",
]
FA["ncheck_n"] = [
    "به گفته فعالان شمار {g} کشته‌شده امسال دو برابر شده است.",
    "دو نفر از {g} وقتی خانه‌شان به آتش کشیده شد جان باختند.",
    "به گفته بازماندگان سربازان چند نفر از {g} را در روستا اعدام کردند.",
    "جرایم ناشی از نفرت علیه {g} به رکورد تازه‌ای رسید.",
    "مهاجمان خانه‌های متعلق به {g} را آتش زدند.",
    "تحقیقات درباره شکنجه {g} در زندان آغاز شده است.",
]

# (hundred-and-fifteenth round) readers' sympathy with the peoples in the news, contrasts only: "stune" and
# "scheck", both written before the round's changes (scheck only counted)
EN["stune_h"], EN["scheck_h"] = [], []
EN["stune_n"] = [
    "Thank you for reporting on the killing of {g}; the world must know.",
    "My heart goes out to the {g} who lost their homes.",
    "Why is nobody talking about the massacre of {g}?",
    "The militia that attacked {g} must face justice.",
    "I read that {g} were forced out of their villages. Terrible.",
    "Shame on the government for failing to protect {g}.",
    "Those who burned the homes of {g} should go to prison.",
    "We must speak up when {g} are attacked.",
]
EN["scheck_n"] = [
    "The {g} in my town are terrified after the attacks.",
    "Anyone who hurts {g} should be punished by the courts.",
    "Praying for the {g} who were wounded in the blast.",
    "It breaks my heart to see {g} being beaten on the news.",
    "Justice for the {g} murdered last week.",
]
AR["stune_h"], AR["scheck_h"] = [], []
AR["stune_n"] = [
    "شكرا لتغطيتكم مقتل {g}، يجب أن يعرف العالم.",
    "قلبي مع {g} الذين فقدوا بيوتهم.",
    "لماذا لا أحد يتحدث عن مجزرة {g}؟",
    "الميليشيا التي هاجمت {g} يجب أن تحاسب.",
    "قرأت أن {g} أجبروا على ترك قراهم. شيء فظيع.",
    "عار على الحكومة التي فشلت في حماية {g}.",
    "الذين أحرقوا بيوت {g} يجب أن يدخلوا السجن.",
    "يجب أن نرفع صوتنا عندما يتعرض {g} للهجوم.",
]
AR["scheck_n"] = [
    "{g} في مدينتي مرعوبون بعد الهجمات.",
    "كل من يؤذي {g} يجب أن تعاقبه المحاكم.",
    "ندعو بالشفاء للجرحى من {g} في الانفجار.",
    "يؤلمني أن أرى {g} يضربون في الأخبار.",
    "العدالة لضحايا {g} الذين قتلوا الأسبوع الماضي.",
]
TR["stune_h"], TR["scheck_h"] = [], []
TR["stune_n"] = [
    "{Gen} öldürülmesini haber yaptığınız için teşekkürler, dünya bilmeli.",
    "Evlerini kaybeden {g} için yüreğim yanıyor.",
    "Neden kimse {gen} katledilmesinden bahsetmiyor?",
    "{Dat} saldıran milisler hesap vermeli.",
    "{Gen} köylerinden zorla çıkarıldığını okudum. Korkunç.",
    "{Acc} korumayan hükümete yazıklar olsun.",
    "{Gen} evlerini yakanlar hapse girmeli.",
    "{Dat} saldırıldığında sesimizi yükseltmeliyiz.",
]
TR["scheck_n"] = [
    "Şehrimdeki {g} saldırılardan sonra korku içinde.",
    "{Dat} zarar veren herkes mahkemelerce cezalandırılmalı.",
    "Patlamada yaralanan {g} için dua ediyoruz.",
    "Haberlerde {gen} dövüldüğünü görmek yüreğimi parçalıyor.",
    "Geçen hafta öldürülen {g} için adalet.",
]
FA["stune_h"], FA["scheck_h"] = [], []
FA["stune_n"] = [
    "ممنون که درباره کشتار {g} گزارش دادید، دنیا باید بداند.",
    "دلم برای {g} که خانه‌هایشان را از دست دادند می‌سوزد.",
    "چرا هیچ‌کس درباره قتل‌عام {g} حرف نمی‌زند؟",
    "شبه‌نظامیانی که به {g} حمله کردند باید محاکمه شوند.",
    "خواندم که {g} را به زور از روستاهایشان بیرون کردند. وحشتناک است.",
    "شرم بر دولتی که نتوانست از {g} محافظت کند.",
    "کسانی که خانه‌های {g} را آتش زدند باید به زندان بروند.",
    "وقتی به {g} حمله می‌شود باید صدایمان را بلند کنیم.",
]
FA["scheck_n"] = [
    "{g} شهر من بعد از حملات وحشت‌زده‌اند.",
    "هر کس به {g} آسیب بزند باید در دادگاه مجازات شود.",
    "برای {g} که در انفجار زخمی شدند دعا می‌کنیم.",
    "دیدن کتک خوردن {g} در اخبار قلبم را می‌شکند.",
    "عدالت برای {g} که هفته پیش کشته شدند.",
]

# (hundred-and-sixteenth round) history, pleas and testimony about violence against the peoples, contrasts
# only: "htune" and "hcheck", both written before the round's changes (hcheck only counted)
EN["htune_h"], EN["hcheck_h"] = [], []
EN["htune_n"] = [
    "In 1988 the regime gassed {g} in their villages.",
    "Stop killing {g}!",
    "As one of the {g}, I was beaten by the police last year.",
    "The article says militants executed dozens of {g}.",
    "Never again should {g} be slaughtered like that.",
    "My grandmother survived the massacre of {g} in 2014.",
]
EN["hcheck_n"] = [
    "According to historians, thousands of {g} were burned alive in that war.",
    "End the violence against {g} now.",
    "The report says soldiers shot {g} at the border.",
    "We will never forget the {g} who were murdered there.",
    "No one deserves to be lynched, including {g}.",
]
AR["htune_h"], AR["hcheck_h"] = [], []
AR["htune_n"] = [
    "في عام 1988 قصف النظام {g} بالغاز في قراهم.",
    "أوقفوا قتل {g}!",
    "بصفتي من {g}، ضربتني الشرطة العام الماضي.",
    "يقول المقال إن المسلحين أعدموا العشرات من {g}.",
    "يجب ألا يذبح {g} مرة أخرى أبدا.",
    "نجت جدتي من مجزرة {g} عام 2014.",
]
AR["hcheck_n"] = [
    "بحسب المؤرخين أحرق الآلاف من {g} أحياء في تلك الحرب.",
    "أوقفوا العنف ضد {g} الآن.",
    "يقول التقرير إن الجنود أطلقوا النار على {g} عند الحدود.",
    "لن ننسى أبدا {g} الذين قتلوا هناك.",
    "لا أحد يستحق أن يسحل، بما في ذلك {g}.",
]
TR["htune_h"], TR["hcheck_h"] = [], []
TR["htune_n"] = [
    "1988'de rejim {acc} köylerinde gazla katletti.",
    "{Gen} öldürülmesine son verin!",
    "Ben de {g} arasındayım, geçen yıl polis beni dövdü.",
    "Habere göre militanlar {acc} infaz etti.",
    "{G} bir daha asla böyle katledilmemeli.",
    "Büyükannem 2014'te {dat} yönelik katliamdan kurtuldu.",
]
TR["hcheck_n"] = [
    "Tarihçilere göre o savaşta binlerce {g} diri diri yakıldı.",
    "{Dat} yönelik şiddete artık son verin.",
    "Rapora göre askerler sınırda {acc} vurdu.",
    "Orada öldürülen {acc} asla unutmayacağız.",
    "Kimse linç edilmeyi hak etmez, {g} {de}.",
]
FA["htune_h"], FA["hcheck_h"] = [], []
FA["htune_n"] = [
    "در سال ۱۹۸۸ رژیم {g} را در روستاهایشان با گاز کشت.",
    "کشتن {g} را متوقف کنید!",
    "من هم از {g} هستم و پارسال پلیس مرا کتک زد.",
    "مقاله می‌گوید شبه‌نظامیان ده‌ها نفر از {g} را اعدام کردند.",
    "دیگر هرگز نباید {g} این‌گونه سلاخی شوند.",
    "مادربزرگم از کشتار {g} در سال ۲۰۱۴ جان سالم به در برد.",
]
FA["hcheck_n"] = [
    "به گفته مورخان هزاران نفر از {g} در آن جنگ زنده زنده سوزانده شدند.",
    "همین حالا به خشونت علیه {g} پایان دهید.",
    "گزارش می‌گوید سربازان در مرز به {g} شلیک کردند.",
    "ما هرگز {g} را که آنجا کشته شدند فراموش نمی‌کنیم.",
    "هیچ‌کس سزاوار لینچ شدن نیست، از جمله {g}.",
]

# (hundred-and-nineteenth round) violent words in their harmless senses about the peoples (a final won, a
# talent show "killed", photos "shot"), contrasts only: "itune" and "icheck", both written before the round's
# changes (icheck only counted)
EN["itune_h"], EN["icheck_h"] = [], []
EN["itune_n"] = [
    "{G} destroyed their rivals 3-0 in the final last night.",
    "{G} killed it at the talent show.",
    "{G} shoot stunning photos of the mountains.",
    "The kebab {g} make is to die for.",
    "{G} slay on the dance floor every time.",
]
EN["icheck_n"] = [
    "{G} blew the audience away with their songs.",
    "{G} crushed the marathon record this year.",
    "The new film about {g} is a killer.",
    "{G} nailed the presentation at work.",
]
AR["itune_h"], AR["icheck_h"] = [], []
AR["itune_n"] = [
    "{g} سحقوا خصومهم 3-0 في النهائي.",
    "{g} كسروا الدنيا في مسابقة المواهب.",
    "{g} يصورون صورا مذهلة للجبال.",
    "الكباب اللي يسويه {g} يموت.",
    "{g} قتلونا من الضحك في العرض.",
]
AR["icheck_n"] = [
    "{g} فجروا المسرح بأغانيهم.",
    "{g} حطموا الرقم القياسي في الماراثون.",
    "الفيلم الجديد عن {g} قاتل.",
    "{g} أبدعوا في العرض في العمل.",
]
TR["itune_h"], TR["icheck_h"] = [], []
TR["itune_n"] = [
    "{G} finalde rakiplerini 3-0 ezdi.",
    "{G} yetenek yarışmasında ortalığı yıktı.",
    "{G} dağların muhteşem fotoğraflarını çekiyor.",
    "{Gen} yaptığı kebaba bayılıyorum, ölürüm.",
    "{G} dans pistinde herkesi öldürüyor.",
]
TR["icheck_n"] = [
    "{G} şarkılarıyla salonu yıktı.",
    "{G} bu yıl maraton rekorunu kırdı.",
    "{G} hakkındaki yeni film bomba gibi.",
    "{G} iş sunumunda döktürdü.",
]
FA["itune_h"], FA["icheck_h"] = [], []
FA["itune_n"] = [
    "{g} در فینال حریفانشان را ۳ بر صفر له کردند.",
    "{g} در مسابقه استعدادیابی ترکاندند.",
    "{g} عکس‌های فوق‌العاده‌ای از کوهستان می‌گیرند.",
    "کبابی که {g} درست می‌کنند آدم را می‌کشد.",
    "{g} روی صحنه رقص همه را کشتند.",
]
FA["icheck_n"] = [
    "{g} با آهنگ‌هایشان سالن را منفجر کردند.",
    "{g} امسال رکورد ماراتن را شکستند.",
    "فیلم جدید درباره {g} محشر است.",
    "{g} در ارائه کاری ترکاندند.",
]


def tr_forms(g):
    """A Turkish plural's forms the templates take (vowel harmony from its last vowel)."""
    back = [c for c in g if c in "aıouâeiöü"][-1] in "aıou"
    return {
        "g": g,
        "G": g[0].upper() + g[1:] if g[0] != "i" else "İ" + g[1:],
        "acc": g + ("ı" if back else "i"),
        "abl": g + ("dan" if back else "den"),
        "dat": g + ("a" if back else "e"),
        "de": "da" if back else "de",
        "Abl": (g[0].upper() + g[1:]) + ("dan" if back else "den"),
        "Acc": (g[0].upper() + g[1:]) + ("ı" if back else "i"),
        "Dat": (g[0].upper() + g[1:]) + ("a" if back else "e"),
        "gen": g + ("ın" if back else "in"),
        "Gen": (g[0].upper() + g[1:]) + ("ın" if back else "in"),
    }


def cases(lang, half):
    """(kind "h" hateful or "n" contrast, template, group, text) of one language's half."""
    spec = {"en": (EN, EN_G), "tr": (TR, TR_G), "ar": (AR, AR_G), "fa": (FA, FA_G)}[lang]
    tmpl, groups = spec
    for kind in ("h", "n"):
        for t in tmpl[f"{half}_{kind}"]:
            for g in groups:
                if lang == "tr":
                    f = tr_forms(g)
                else:
                    f = {"g": g, "G": g[0].upper() + g[1:]}
                text = t.format(**f)
                yield kind, t, g, text


def ok(kind, r):
    """A hateful case caught as abuse or a threat; a contrast left under the violation line."""
    cats = r["categories"]
    if kind == "h":
        return r["violation"] >= 0.5 and any((cats.get(c) or 0) >= 0.5 for c in ("abuse", "threat"))
    return r["violation"] < 0.5


# (hateful, contrast) of each half: tune, check, check2, check3. The hundred-and-tenth round's changes were
# made from the tune half (before them: en 272/300, 157/180; ar 240/260, 155/180; tr 258/260, 130/160; fa
# 180/260, 160/160), with the check half held out (751 of 980 before, 752 after); the hundred-and-eleventh's
# from the check half (en 241, ar 152, tr 179, fa 180 of 240 before), with check2 held out (759 of 960 before
# and after); the hundred-and-twelfth's from check2 (en 180, ar 196, tr 183, fa 200 of 240 before), with
# check3 held out (700 of 960 before and after); the hundred-and-thirteenth's from check3, with no held-out
# half written first (700 -> 884). The figures when the last round closed (2026-12-05) are the floors, one
# case fewer allowed.
# (2026-12-05, the model retrained with the Arabic violation head reading no peoples' names,
# training.UNREAD_GROUPS: Arabic contrasts tune 155 -> 160, check 92 -> 99, check2 97 -> 100, check3 82 -> 80;
# English tune contrasts 157 -> 158 with the retrain)
# (the retrain of 2026-12-05 with the mixtures' gates fitted to a tight tolerance, training.GATE_TOL, and the
# Arabic violation head leaving out the name of ISIS: English tune 292/158 -> 291/156 -- "Many Muslims live in
# my street" 0.49 -> 0.55, "Many disabled people ..." 0.49 -> 0.51, cases at the line that the earlier gate
# had happened to leave under it -- check2 100 -> 99, check3 94 -> 93; Turkish tune contrasts 156 -> 158,
# check2 97 -> 98, check3 78 -> 79 and 69 -> 71)
PASSED = {
    "en": (291, 156, 160, 99, 140, 80, 140, 93),
    "ar": (260, 160, 140, 99, 139, 100, 139, 80),
    "tr": (260, 158, 138, 98, 140, 79, 120, 71),
    "fa": (260, 160, 140, 100, 140, 100, 140, 100),
}
HALVES = ("tune", "check", "check2", "check3")


# (news contrasts passed: ntune, ncheck) when the hundred-and-fourteenth round closed; before it en 191/200
# and 100/120, ar 142/200 and 120/120, tr 193/200 and 115/120, fa 200/200 and 100/120
# (the hundred-and-twenty-fifth round, harm.ar_news_lede: Arabic ntune 142 -> 171, ncheck 120 of 120 before
# and after)
# (the retrain of 2026-12-05, the Arabic violation head reading no peoples' names: Arabic ntune 171 -> 198)
# (the retrain with the gates' tight tolerance and ISIS unread: English ntune 191 -> 190, Turkish 193 -> 195
# and ncheck 115 -> 116)
NEWS_PASSED = {"en": (190, 120), "ar": (198, 120), "tr": (195, 116), "fa": (200, 120)}
# (sympathy contrasts passed: stune, scheck) when the hundred-and-fifteenth round closed; before it en 110/160
# and 80/100, ar 98/160 and 78/100, tr 112/160 and 77/100, fa 160/160 and 100/100
# (the hundred-and-seventeenth round then changed what scheck and hcheck misread, no new held-out half:
# scheck en 80 -> 100, tr 77 -> 96; hcheck ar 75 -> 95)
# (the hundred-and-twenty-fifth round, harm's sympathy(): stune en 130 -> 156, ar 110 -> 129, tr 132 -> 137;
# scheck unchanged, en 100, ar 78, tr 96)
# (the retrain of 2026-12-05: Arabic stune 129 -> 138 and the held-out scheck 78 -> 99 with its violation head
# reading no peoples' names; Turkish stune 137 -> 142 and English 156 -> 154 with the retrain alone, a plain
# retrain of the same code giving the same English and Turkish figures)
# (the hundred-and-twenty-sixth round, a demand that the doers answer before the law read as counter-speech,
# harm.justice_for: stune en 154 -> 158, ar 138 -> 140, tr 142 -> 158 (with Turkish doers named by a harming
# verb's participle, "evlerini yakanlar hapse girmeli"); scheck unchanged)
# (the retrain with the gates' tight tolerance: English scheck 100 -> 99, Turkish 96 -> 97)
SYMPATHY_PASSED = {"en": (158, 99), "ar": (140, 99), "tr": (158, 97), "fa": (160, 100)}
# (history, pleas, testimony passed: htune, hcheck) when the hundred-and-sixteenth round closed; before it en
# 102/120 and 100/100, ar 82/120 and 75/100, tr 114/120 and 92/100, fa 120/120 and 100/100
# (the retrain of 2026-12-05: Arabic htune 113 -> 120, hcheck 95 -> 100; English htune 118 -> 115 and Turkish
# 114 -> 117 with the retrain alone)
# (the hundred-and-twenty-sixth round, a Turkish plea to stop an act said after it, "öldürülmesine son verin":
# Turkish htune 117 -> 119; hcheck unchanged)
# (the retrain with the gates' tight tolerance: English htune 115 -> 116, Turkish 119 -> 120)
HISTORY_PASSED = {"en": (116, 100), "ar": (120, 100), "tr": (120, 92), "fa": (120, 100)}


# (idioms passed: itune, icheck) when the hundred-and-nineteenth round closed; before it en 92/100 and 71/80,
# ar 81/100 and 60/80, tr 80/100 and 74/80, fa 100/100 and 80/80
# (the retrain of 2026-12-05: Arabic itune 81 -> 98, icheck 60 -> 80; English icheck 71 -> 72)
# (the retrain with the gates' tight tolerance: English icheck 72 -> 69 -- a plain retrain at the default
# tolerance gave 67 --, Turkish 74 -> 75)
IDIOM_PASSED = {"en": (92, 69), "ar": (98, 80), "tr": (100, 75), "fa": (100, 80)}
CONTRAST_GRIDS = {
    "news": (("ntune", "ncheck"), NEWS_PASSED),
    "sympathy": (("stune", "scheck"), SYMPATHY_PASSED),
    "history": (("htune", "hcheck"), HISTORY_PASSED),
    "idioms": (("itune", "icheck"), IDIOM_PASSED),
}


def passed(model, lang, half):
    """How many of a half's cases pass (ok)."""
    cs = list(cases(lang, half))
    results = model.score([{"text": c[3]} for c in cs])
    return sum(ok(c[0], r) for c, r in zip(cs, results, strict=True))


@pytest.mark.parametrize(
    "grid, lang", [(g, lang) for g in CONTRAST_GRIDS for lang in ("ar", "en", "fa", "tr")]
)
def test_contrast_grid_stays_under_the_line(model, grid, lang):
    halves, floors = CONTRAST_GRIDS[grid]
    got = [passed(model, lang, half) for half in halves]
    assert [g >= p - 1 for g, p in zip(got, floors[lang], strict=True)] == [True, True], got


@pytest.mark.parametrize("lang", sorted(PASSED))
def test_group_grid_keeps_its_floor(model, lang):
    got = []
    for half in HALVES:
        cs = list(cases(lang, half))
        results = model.score([{"text": c[3]} for c in cs])
        tally = collections.Counter(c[0] for c, r in zip(cs, results, strict=True) if ok(c[0], r))
        got += [tally["h"], tally["n"]]
    assert [g >= p - 1 for g, p in zip(got, PASSED[lang], strict=True)] == [True] * 8, (got, PASSED[lang])


def test_every_template_names_its_group():
    for lang in PASSED:
        for half in (*HALVES, "ntune", "ncheck", "stune", "scheck", "htune", "hcheck", "itune", "icheck"):
            for _kind, template, group, text in cases(lang, half):
                assert "{" not in text and group[1:] in text, (lang, template)  # (capitalised or not)


# (hundred-and-eighteenth round) criticism of states, governments, armies and officials named by a people's
# adjective or a country, contrasts only: "ptune" and "pcheck", both written before the round's changes
# (pcheck only counted); before it ptune en 40, ar 27, tr 50, fa 51 of 60, pcheck en 43, ar 39, tr 40, fa 39
# of 50
POL_EN = [
    "Kurdish",
    "Turkish",
    "Iranian",
    "Syrian",
    "Iraqi",
    "Israeli",
    "Saudi",
    "Afghan",
    "Egyptian",
    "Lebanese",
]
POL_AR = [
    ("الكردي", "الكردية"),
    ("التركي", "التركية"),
    ("الإيراني", "الإيرانية"),
    ("السوري", "السورية"),
    ("العراقي", "العراقية"),
    ("الإسرائيلي", "الإسرائيلية"),
    ("السعودي", "السعودية"),
    ("الأفغاني", "الأفغانية"),
    ("المصري", "المصرية"),
    ("اللبناني", "اللبنانية"),
]
POL_TR = ["Türk", "Kürt", "İran", "Suriye", "Irak", "İsrail", "Suudi", "Afgan", "Mısır", "Lübnan"]
POL_FA = [
    "ترکیه",
    "اقلیم کردستان",
    "ایران",
    "سوریه",
    "عراق",
    "اسرائیل",
    "عربستان",
    "افغانستان",
    "مصر",
    "لبنان",
]
POLITICS = {
    "en": {
        "ptune": [
            "The {a} government is corrupt and must resign.",
            "The {a} army committed war crimes, and its generals should be tried.",
            "I strongly oppose the {a} regime's policies.",
            "The {a} parliament passed a terrible law yesterday.",
            "{a} officials should answer for the massacre.",
            "Sanctions on the {a} regime hurt ordinary people.",
        ],
        "pcheck": [
            "The {a} president is a dictator who jails journalists.",
            "The {a} ministry lied about the death toll.",
            "Down with the {a} regime!",
            "The {a} militia must be disarmed.",
            "The {a} police beat protesters, which is unacceptable.",
        ],
    },
    "ar": {
        "ptune": [
            "الحكومة {f} فاسدة ويجب أن تستقيل.",
            "الجيش {m} ارتكب جرائم حرب ويجب محاكمة جنرالاته.",
            "أعارض بشدة سياسات النظام {m}.",
            "البرلمان {m} أقر قانونا سيئا أمس.",
            "يجب أن يحاسب المسؤولون في النظام {m} على المجزرة.",
            "العقوبات على النظام {m} تضر الناس العاديين.",
        ],
        "pcheck": [
            "الرئيس {m} دكتاتور يسجن الصحفيين.",
            "الوزارة {f} كذبت بشأن عدد القتلى.",
            "يسقط النظام {m}!",
            "يجب نزع سلاح الميليشيا {f}.",
            "الشرطة {f} ضربت المتظاهرين وهذا أمر غير مقبول.",
        ],
    },
    "tr": {
        "ptune": [
            "{a} hükümeti yozlaşmış, istifa etmeli.",
            "{a} ordusu savaş suçları işledi, generalleri yargılanmalı.",
            "{a} rejiminin politikalarına şiddetle karşıyım.",
            "{a} parlamentosu dün berbat bir yasa çıkardı.",
            "{a} yetkilileri katliamın hesabını vermeli.",
            "{a} rejimine yaptırımlar sıradan insanlara zarar veriyor.",
        ],
        "pcheck": [
            "{a} cumhurbaşkanı gazetecileri hapseden bir diktatör.",
            "{a} bakanlığı ölü sayısı hakkında yalan söyledi.",
            "Kahrolsun {a} rejimi!",
            "{a} milisleri silahsızlandırılmalı.",
            "{a} polisi protestocuları dövdü, bu kabul edilemez.",
        ],
    },
    "fa": {
        "ptune": [
            "دولت {a} فاسد است و باید استعفا دهد.",
            "ارتش {a} مرتکب جنایات جنگی شد و ژنرال‌هایش باید محاکمه شوند.",
            "من به‌شدت با سیاست‌های حکومت {a} مخالفم.",
            "مجلس {a} دیروز قانون بدی تصویب کرد.",
            "مقامات {a} باید پاسخگوی کشتار باشند.",
            "تحریم‌های حکومت {a} به مردم عادی آسیب می‌زند.",
        ],
        "pcheck": [
            "رئیس‌جمهور {a} دیکتاتوری است که روزنامه‌نگاران را زندانی می‌کند.",
            "وزارت {a} درباره شمار کشته‌ها دروغ گفت.",
            "مرگ بر حکومت {a}!",
            "شبه‌نظامیان {a} باید خلع سلاح شوند.",
            "پلیس {a} معترضان را کتک زد و این پذیرفتنی نیست.",
        ],
    },
}


def politics_cases(lang, half):
    """(template, text) of the politics grid: each template said of ten states or their adjectives."""
    for t in POLITICS[lang][half]:
        for a in {"en": POL_EN, "ar": POL_AR, "tr": POL_TR, "fa": POL_FA}[lang]:
            yield t, t.format(**({"m": a[0], "f": a[1]} if lang == "ar" else {"a": a}))


# (the retrain of 2026-12-05: Arabic 27 -> 31 and 39 -> 40, Persian pcheck 39 -> 40)
# (the retrain with the gates' tight tolerance: English pcheck 43 -> 42, Persian 40 -> 39)
POLITICS_PASSED = {"en": (50, 42), "ar": (31, 40), "tr": (60, 40), "fa": (58, 39)}


@pytest.mark.parametrize("lang", sorted(POLITICS_PASSED))
def test_criticism_of_states_stays_under_the_line(model, lang):
    got = []
    for half in ("ptune", "pcheck"):
        cs = list(politics_cases(lang, half))
        results = model.score([{"text": text} for _t, text in cs])
        got.append(sum(r["violation"] < 0.5 for r in results))
    assert [g >= p - 1 for g, p in zip(got, POLITICS_PASSED[lang], strict=True)] == [True, True], got
