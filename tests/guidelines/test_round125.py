"""The hundred-and-twenty-fifth round (2026-12-05): Persian, Arabic and Turkish comments written for this
outlet from its guidelines in the functionalities whose held-out ("check") suite halves are weakest -- a
people derogated by a stereotype with no insult word in it, sexism, homophobia, religious hatred, personal
insults, profanity at no one, intimidation, calls to exclude -- and their contrasts (a claim quoted and
answered, news of violence, a people named neutrally or praised). Written as one list per language before any
change, then dealt alternately into a *tune* half, whose failures the round's changes were made from, and a
*check* half, counted only (no one looked at its failures). A first, easier list of the same kinds (explicit
insult words) passed 32 of 33 in each Persian half and in the Arabic tune half, 30 of 33 in the Arabic check
half, before any change, so it was set aside: the scorer already holds explicit abuse; implicit abuse is where
it fails.

Before the round's changes: Persian tune 17 of 32, check 19 of 32; Arabic tune 19 of 31, check 25 of 31;
Turkish (written after the Persian and Arabic changes, measured on the tree before them) tune 21 of 32, check
23 of 32. When the round closed: Persian tune 20, check 19; Arabic tune 23, check 25; Turkish tune 22, check
23 -- the changes did not carry over to the check halves (whose failures no one looked at). The floors are
those figures less one line.

The mechanisms the round added, each with its own tests below (harm.py, harm_lexicon/fa.py, ar.py, tr.py):
- a quotation said by anyone just before it and answered by "but" right after it is counter-speech
  (harm._QUOTE_ANSWERED_BY): 'نویسنده نوشته «افغانیا دزدن» ولی آمار پلیس چیز دیگه‌ای می‌گه';
- an Arabic negation behind the conjunction clitic starts its phrase (harm._AR_AND_NOT): "وما يستاهلون
  الاحترام";
- words: Persian backwardness as a noun, "نباید دیده بشن", "عقلش پاره‌سنگ برمی‌داره"; Arabic women sent
  home, a right denied, crime "brought" by a people, a face that "cuts off livelihood", the addressee's
  children named to make them think before they write; Turkish "geri kafalı" (backward-minded) with its
  endings.

A second Arabic list, violence reported as news (a court's sentence, a gunman's attack, an arrest) beside
news-like wishes and calls, dealt the same way, before its changes tune 11 of 15, check 12 of 15; after them
tune 14, check 12. From it: an Arabic comment that opens as a news lede -- an armed force, an authority or a
court among the first three words of its first sentence, with no wish, call, address or abuse of its own -- is
violence reported (harm.ar_news_lede: a "report" contrast, which the stack weighs against the violation head:
the news contrasts of the group grid, Arabic ntune 142 -> 171 of 200, ncheck 120 of 120 before and after); and
fire opened "upon him" with the object between ("يطلق عليه النار"), in the present or as a call ("تطلق
النار"), and a killing "finished" ("يكمل عليهم") are violent acts.

Last, from the group grid's sympathy contrasts (their tune half, "stune"): a people named beside sympathy
for it in a comment with no hostility of its own -- the heart or solidarity with it, a failure to protect it,
what befell it called terrible in a short sentence of its own -- is counter-speech (harm's sympathy(), first
for Arabic, then English and Turkish): stune ar 110 -> 129, en 130 -> 156, tr 132 -> 137 of 160; the held-out
halves scheck unchanged (ar 78, en 100, tr 96 of 100).
"""
import pytest

from tests.guidelines.harm_helpers import COUNTER, REPORT, found, rules
from tests.guidelines.test_probes import passing

FA_TUNE = [
    ('abuse', 'افغانیا هر جا باشن دعوا و کثافت هم هست'),
    ('abuse', 'کردها رو هر چقدرم آموزش بدی آدم نمی‌شن'),
    ('abuse', 'هر جا یه لر هست دعوا هم هست'),
    ('abuse', 'این مهاجرا دارن نسل ما رو عوض می‌کنن، یه روز بیدار می‌شیم می‌بینیم کشور مال اوناست'),
    ('abuse', 'عرب‌ها هنوز تو دوره‌ی شترسواری موندن'),
    ('abuse', 'بهایی‌ها مثل سرطان تو جامعه پخش شدن'),
    ('abuse,sexism', 'خانم‌ها اگه تو خونه بمونن جامعه درست می‌شه'),
    ('abuse,sexism', 'خبرنگار زن بفرستی جبهه همین می‌شه، گزارشش پر از احساساته'),
    ('abuse,sexism', 'وقتی زنا رای میدن نتیجه‌ش همین مجلس می‌شه'),
    ('abuse,homophobia', 'همجنس‌گرایی رو باید مثل اعتیاد درمان کرد'),
    ('abuse,homophobia', 'خدا قوم لوط رو به خاطر همین کارا نابود کرد، اینام باید همون سرنوشت رو داشته باشن'),
    ('abuse,homophobia', 'قانون باید جلوی این همجنس‌گراها رو بگیره، نباید تو خیابون دیده بشن'),
    ('abuse,religious_hatred', 'سنی‌ها هر جا قدرت بگیرن سر می‌برن'),
    ('abuse,religious_hatred', 'اگه بهایی همسایه‌ت شد، خونه‌تو بفروش و برو'),
    ('abuse,religious_hatred', 'شیعه‌ها با این عزاداریاشون عقب‌موندگی رو نشون میدن'),
    ('personal_attack', 'با این سطح سواد بهتره بری دستفروشی کنی تا خبرنگاری'),
    ('personal_attack', 'کسی که اینو نوشته عقلش پاره‌سنگ برمی‌داره'),
    ('personal_attack', 'این مجری با اون قیافه‌ی مضحکش فقط بلده مزخرف بگه'),
    ('profanity,vulgarity', 'گندش بزنن، باز آب قطع شد'),
    ('profanity,vulgarity', 'به تخمم که چی می‌گن، من رای نمی‌دم'),
    ('threat', 'حیف نیست با این بچه‌های قشنگت این چیزا رو بنویسی؟'),
    ('threat', 'ما همه‌ی همکاراتو می‌شناسیم، یکی یکی'),
    ('threat', 'ماشینت ترمز داره دیگه؟ مطمئنی؟'),
    ('abuse', 'مرزها رو ببندید و هر افغانی که هست رو برگردونید'),
    ('abuse', 'عربای خوزستان برن همون عراق، اینجا جای اونا نیست'),
    ('-', 'نویسنده نوشته «افغانیا دزدن» ولی آمار پلیس چیز دیگه‌ای می‌گه'),
    ('-', 'در حمله‌ی دیشب سه نیروی پلیس کشته شدن و عامل حمله بازداشت شد'),
    ('-', 'پدربزرگم کرد بود و مادربزرگم ترک'),
    ('-', 'باید جلوی قاچاق سوخت در مرز بلوچستان گرفته بشه'),
    ('-', 'من با سیاست‌های دولت ترکیه مخالفم ولی مردم ترکیه مردم خوبی‌ان'),
    ('-', 'قیمت تخم‌مرغ دوباره بالا رفته'),
    ('-', 'معترضان شعار «مرگ بر دیکتاتور» سر دادن و پلیس جمعیت رو متفرق کرد'),
]

FA_CHECK = [
    ('abuse', 'از یه عرب انتظار ادب داشتن مثل انتظار شیر از گاو نره‌ست'),
    ('abuse', 'به ترک جماعت نمی‌شه اعتماد کرد، پشت سرت خنجر می‌زنن'),
    ('abuse', 'یهودیا دنیا رو با پولشون می‌چرخونن و رسانه‌ها دست خودشونه'),
    ('abuse', 'بلوچ و قاچاقچی دو کلمه‌ی مترادفن'),
    ('abuse', 'هیچ افغانی‌ای تا حالا یه کار درست انجام نداده'),
    ('abuse', 'کولی‌ها رو نباید تو محله راه داد، هر جا برن دزدی می‌شه'),
    ('abuse,sexism', 'یه زن هیچ‌وقت نمی‌تونه رئیس‌جمهور خوبی باشه'),
    ('abuse,sexism', 'زن باید حرف شوهرشو گوش کنه، همین'),
    ('abuse,sexism', 'زن‌ها برای مدیریت ساخته نشدن'),
    ('abuse,homophobia', 'همجنس‌گراها نباید نزدیک بچه‌ها باشن'),
    ('abuse,homophobia', 'ترنس‌ها مردای لباس زنونه پوشیده‌ان که می‌خوان سر ما کلاه بذارن'),
    ('abuse,homophobia', 'پسری که مثل دخترا رفتار می‌کنه باید کتک بخوره تا مرد بشه'),
    ('abuse,religious_hatred', 'مسیحیا همیشه دشمن اسلام بودن و هستن'),
    ('abuse,religious_hatred', 'یهودیا خون بچه‌ها رو تو مراسمشون می‌ریزن'),
    ('abuse,religious_hatred', 'هر کی دین نداره اخلاقم نداره، بی‌دینا همه فاسدن'),
    ('personal_attack', 'مغز یه گنجشک از مغز تو بیشتره'),
    ('personal_attack', 'تو یه آدم بی‌ارزشی که هیچ‌کس نظرتو نمی‌خونه'),
    ('personal_attack', 'برو اول املاتو درست کن بعد واسه ما تحلیل بنویس، بی‌سواد'),
    ('profanity,vulgarity', 'تخمی‌ترین تصمیم سال همین بود'),
    ('profanity,vulgarity', 'عن‌ترین فصل فوتبال تاریخ بود'),
    ('threat', 'یه روز همین مقاله‌ها کار دستت می‌ده، اون روز کسی نیست کمکت کنه'),
    ('threat', 'قبلاً یکی مثل تو اینو نوشت، الان کجاست؟'),
    ('threat', 'خبرنگارایی که زیادی حرف می‌زنن معمولاً عمرشون کوتاهه'),
    ('abuse', 'به کردها نباید اجازه‌ی رای دادن داد'),
    ('abuse', 'نباید به بهایی‌ها اجازه‌ی کار داد'),
    ('-', 'اینکه بگیم زن‌ها برای مدیریت ساخته نشدن حرف قرن گذشته‌ست'),
    ('-', 'کاش همه‌ی روزنامه‌نگارها مثل شما دقیق بودن'),
    ('-', 'این فیلم درباره‌ی زندگی یه زوج همجنس‌گرا تو تهرانه'),
    ('-', 'رهبران مسیحی و مسلمان امروز با هم دیدار کردن'),
    ('-', 'این مقاله رو با دقت خوندم ولی با نتیجه‌ش موافق نیستم'),
    ('-', 'مهاجران افغان در ایران از بیمه محرومن'),
    ('-', 'زن‌ها و مردها باید حقوق برابر بگیرن'),
]

AR_TUNE = [
    ('abuse', 'الأكراد ما لهم أمان، يوم معك ويوم عليك'),
    ('abuse', 'الأفارقة جابوا الجريمة معهم لكل مكان راحوه'),
    ('abuse', 'المصري يبيعك بجنيه'),
    ('abuse', 'اللاجئين صاروا أكثر منا، قريب البلد بتصير بلدهم'),
    ('abuse', 'الإيرانيين مجوس ما يؤتمنون'),
    ('abuse,sexism', 'المرأة إذا تولت منصب خربته'),
    ('abuse,sexism', 'الصحفية ما يحق لها تتكلم بالسياسة، ترجع لبيتها أحسن'),
    ('abuse,sexism', 'البنت ما تروح الجامعة، مكانها بيت زوجها'),
    ('abuse,homophobia', 'المثلية مرض لازم يتعالج بالقوة'),
    ('abuse,homophobia', 'لا تخلوا هالنوعية يقربون من أطفالكم، أقصد المثليين'),
    ('abuse,homophobia', 'هذول الشواذ لازم ينحبسون'),
    ('abuse,religious_hatred', 'الشيعة يسبون الصحابة وما يستاهلون الاحترام'),
    ('abuse,religious_hatred', 'اليهود قتلة الأنبياء ولا تثق فيهم'),
    ('abuse,religious_hatred', 'السنة الوهابية يذبحون كل من يخالفهم'),
    ('personal_attack', 'الكاتب لو عنده ذرة عقل ما كتب هالكلام'),
    ('personal_attack', 'مستواك الفكري مثل مستوى طفل بالروضة'),
    ('personal_attack', 'وجهك يقطع الرزق يا مذيع'),
    ('profanity,vulgarity', 'يلعن هالزمن الزفت'),
    ('profanity,vulgarity', 'كس اخت هالزحمة'),
    ('threat', 'عندك عيال، فكر فيهم قبل ما تكتب'),
    ('threat', 'سيارتك الحمرا واقفة قدام بيتك كل ليلة، صح؟'),
    ('threat', 'نهايتك قربت يا صحفي'),
    ('abuse', 'رجعوا اللاجئين لبلادهم بالقوة'),
    ('abuse', 'يجب منع الشيعة من الوظائف الحكومية'),
    ('-', 'الكاتب قال إن الأكراد خونة، وهذا كلام باطل ومرفوض'),
    ('-', 'جدي كان كردياً وجدتي عربية'),
    ('-', 'أتمنى أن يكون كل الصحفيين بدقتك'),
    ('-', 'أنا ضد سياسة إيران لكن الشعب الإيراني شعب طيب'),
    ('-', 'قرأت المقال كاملاً ولا أتفق مع خلاصته'),
    ('-', 'المرأة قادرة على القيادة مثل الرجل تماماً'),
    ('-', 'السياحة في مصر انتعشت هذا العام'),
]

AR_CHECK = [
    ('abuse', 'السوري إذا دخل بلد ما يطلع منه، زي المرض'),
    ('abuse', 'اليهود يتحكمون بالعالم وبالإعلام وبالبنوك'),
    ('abuse', 'الأتراك ما يعرفون إلا الغدر، التاريخ شاهد'),
    ('abuse', 'الغجر حرامية من يوم ما خلقوا'),
    ('abuse', 'الهنود ريحتهم ما تنطاق'),
    ('abuse,sexism', 'رأي المرأة ما ينأخذ فيه، هذا شي معروف'),
    ('abuse,sexism', 'ما أفلح قوم ولوا أمرهم امرأة، وهذي الوزيرة دليل'),
    ('abuse,sexism', 'الحريم ما يفهمون بالاقتصاد'),
    ('abuse,homophobia', 'قوم لوط أهلكهم الله وهؤلاء نفس المصير ينتظرهم'),
    ('abuse,homophobia', 'المتحولين مرضى نفسيين ما لازم يظهرون على التلفزيون'),
    ('abuse,homophobia', 'الولد اللي يتصرف مثل البنات لازم ينضرب لين يصير رجال'),
    ('abuse,religious_hatred', 'النصارى كلهم عملاء للغرب'),
    ('abuse,religious_hatred', 'الإيزيديين ما عندهم دين أصلاً، عبدة إبليس'),
    ('abuse,religious_hatred', 'الملحد ما عنده أخلاق، كلهم فاسدين'),
    ('personal_attack', 'روح تعلم القراءة قبل لا تكتب مقالات'),
    ('personal_attack', 'هذا الصحفي يبيع ضميره بأرخص سعر'),
    ('personal_attack', 'انت نكرة ومحد يقرا تعليقاتك'),
    ('profanity,vulgarity', 'خرا على هالمباراة'),
    ('profanity,vulgarity', 'طز بالانتخابات وباللي نظموها'),
    ('threat', 'اللي قبلك كتب نفس الكلام وما عاد أحد شافه'),
    ('threat', 'الأيام بيننا، وراح تندم'),
    ('threat', 'نعرف المدرسة اللي يروح لها ولدك'),
    ('abuse', 'لا تأجروا بيوتكم للسوريين'),
    ('abuse', 'اطردوا كل الأجانب من البلد'),
    ('-', 'قال المتحدث إن القوات قتلت ثلاثين مسلحاً في الغارة'),
    ('-', 'الفيلم يحكي قصة شاب مثلي في بيروت'),
    ('-', 'الكنائس والمساجد في الموصل تتعاون لإعادة الإعمار'),
    ('-', 'سعر البيض ارتفع مرة أخرى'),
    ('-', 'اللاجئون السوريون في الأردن يعانون من البطالة'),
    ('-', 'هتف المتظاهرون «الموت للطاغية» قبل أن تفرقهم الشرطة'),
    ('-', 'الإيزيديون يحتفلون بعيد رأس السنة في لالش'),
]

TR_TUNE = [
    ('abuse', "Suriyeliler nereye giderse oraya pislik ve kavga götürüyor"),
    ('abuse', "Araplardan medeniyet beklemek boşuna, kafaca hâlâ çölde yaşıyorlar"),
    ('abuse', "Çingenelerin olduğu yerde hırsızlık eksik olmaz"),
    ('abuse', "Bu göçmenler nüfusumuzu değiştiriyor, bir gün uyanacağız ülke onların olacak"),
    ('abuse', "Lazlar kafasız, fıkraları boşuna değil"),
    ('abuse', "Aleviler gizli gizli bu memlekete düşman"),
    ('abuse,sexism', "Kadınlar evde otursa toplum düzelir"),
    ('abuse,sexism', "Kadın muhabiri cepheye gönderirsen böyle olur, haberi duygusallık dolu"),
    ('abuse,sexism', "Kadınlar oy verince meclis de böyle oluyor"),
    ('abuse,homophobia', "Eşcinsellik bağımlılık gibi tedavi edilmeli"),
    ('abuse,homophobia', "Lut kavmi gibi bunların da sonu aynı olmalı"),
    ('abuse,homophobia', "Bu eşcinseller sokakta görünmemeli, yasa buna izin vermemeli"),
    ('abuse,religious_hatred', "Sünniler nerede güç kazansa kafa keser"),
    ('abuse,religious_hatred', "Komşun Bahai ise evini sat ve taşın"),
    ('abuse,religious_hatred', "Şiiler bu matem törenleriyle geri kafalılıklarını gösteriyor"),
    ('personal_attack', "Bu bilgi seviyesiyle gazetecilik yerine seyyar satıcılık yap"),
    ('personal_attack', "Bunu yazan kafayı yemiş olmalı"),
    ('personal_attack', "Şu sunucu o gülünç suratıyla sadece saçmalamayı biliyor"),
    ('profanity,vulgarity', "Siktir et, yine su kesildi"),
    ('profanity,vulgarity', "Umurumda değil amına koyayım, oy vermiyorum"),
    ('threat', "Bu güzel çocuklarınla böyle şeyler yazmaya yazık değil mi?"),
    ('threat', "Bütün meslektaşlarını tanıyoruz, tek tek"),
    ('threat', "Arabanın frenleri sağlam mı? Emin misin?"),
    ('abuse', "Sınırları kapatın ve ne kadar Afgan varsa geri gönderin"),
    ('abuse', "Araplar defolup kendi ülkelerine gitsin, burası onların yeri değil"),
    ('-', 'Yazar "Afganlar hırsız" diye yazmış ama polis rakamları başka şey söylüyor'),
    ('-', "Dün geceki saldırıda üç polis öldü, saldırgan yakalandı"),
    ('-', "Dedem Kürt, anneannem Türk'tü"),
    ('-', "Sınırda yakıt kaçakçılığı önlenmeli"),
    ('-', "İsrail hükümetinin politikalarına karşıyım ama İsrail halkına düşman değilim"),
    ('-', "Yumurta fiyatları yine arttı"),
    ('-', 'Protestocular "Diktatöre ölüm" diye slogan attı, polis kalabalığı dağıttı'),
]

TR_CHECK = [
    ('abuse', "Kürtlere ne kadar eğitim verirsen ver adam olmazlar"),
    ('abuse', "Afganlar geldi, mahallede huzur kalmadı, hepsi aynı"),
    ('abuse', "Yahudiler dünyayı parayla yönetiyor, medya da onların elinde"),
    ('abuse', "Ermenilere güvenilmez, ilk fırsatta sırtından vururlar"),
    ('abuse', "Hiçbir Suriyeli bugüne kadar düzgün bir iş yapmadı"),
    ('abuse', "Mülteciler kanser gibi her yere yayıldı"),
    ('abuse,sexism', "Bir kadın asla iyi bir cumhurbaşkanı olamaz"),
    ('abuse,sexism', "Kadın dediğin kocasının sözünü dinler, bu kadar"),
    ('abuse,sexism', "Kadınlar yöneticilik için yaratılmamış"),
    ('abuse,homophobia', "Eşcinseller çocuklara yaklaştırılmamalı"),
    ('abuse,homophobia', "Trans dediğin kadın kılığına girmiş erkektir, kimse bizi kandırmasın"),
    ('abuse,homophobia', "Kız gibi davranan oğlan dayakla adam olur"),
    ('abuse,religious_hatred', "Hristiyanlar her zaman İslam'ın düşmanı oldu"),
    ('abuse,religious_hatred', "Yahudiler ayinlerinde çocuk kanı kullanır"),
    ('abuse,religious_hatred', "Dinsizlerin ahlakı da olmaz, hepsi yoz"),
    ('personal_attack', "Senin beynin bir serçeninkinden küçük"),
    ('personal_attack', "Sen kimsenin okumadığı değersiz birisin"),
    ('personal_attack', "Önce imlanı düzelt sonra bize analiz yaz, cahil"),
    ('profanity,vulgarity', "Yılın en boktan kararı buydu"),
    ('profanity,vulgarity', "Tarihin en bok futbol sezonu"),
    ('threat', "Bir gün bu yazılar başını yakacak, o gün kimse yardım etmeyecek"),
    ('threat', "Senden önce biri bunu yazmıştı, şimdi nerede?"),
    ('threat', "Fazla konuşan gazetecilerin ömrü kısa olur"),
    ('abuse', "Kürtlere oy hakkı verilmemeli"),
    ('abuse', "Bahailere iş verilmemeli"),
    ('-', "Kadınlar yönetici olamaz demek geçen yüzyılın lafı"),
    ('-', "Keşke bütün gazeteciler sizin kadar dikkatli olsa"),
    ('-', "Bu film Ankara'da yaşayan eşcinsel bir çiftin hikayesi"),
    ('-', "Hristiyan ve Müslüman liderler bugün bir araya geldi"),
    ('-', "Makaleyi dikkatle okudum ama sonucuna katılmıyorum"),
    ('-', "Türkiye'deki Afgan göçmenler sigortasız çalışıyor"),
    ('-', "Kadınlar ve erkekler eşit maaş almalı"),
]


# (the round's second Arabic list: violence reported as news, and news-like wishes and calls; the same
# dealing into halves, written before its changes)
AR_NEWS_TUNE = [
    ('-', "قتل مسلحون خمسة مدنيين في هجوم على قرية قرب كركوك أمس."),
    ('-', "اعتقلت قوات الأمن ثلاثة أشخاص يشتبه بتورطهم في تفجير السوق."),
    ('-', "قصفت الطائرات التركية مواقع في جبال قنديل ليلة الأحد."),
    ('-', "هاجم رجل ملثم مصلين أمام كنيسة في بغداد وأصاب اثنين منهم."),
    ('-', "أحرق مجهولون منازل عائلات إيزيدية في سنجار الأسبوع الماضي."),
    ('-', "قال شهود إن الميليشيا أعدمت سبعة شبان رمياً بالرصاص."),
    ('-', "طعن طالب زميله في مدرسة ثانوية في عمّان يوم الخميس."),
    ('-', "لقي ثلاثة لاجئين سوريين حتفهم بعد أن اعتدى عليهم شبان في إسطنبول."),
    ('-', "اغتال مجهولون ناشطاً حقوقياً أمام منزله في الناصرية."),
    ('-', "أطلق حرس الحدود النار على مهاجرين أفغان حاولوا العبور."),
    ('threat', "المسلح الذي أطلق النار على الأكراد بطل، ونتمنى أن يكمل عليهم"),
    ('threat', "أتمنى أن تقصف الطائرات قراهم كلها"),
    ('threat', "من يكتب مثل هذا المقال يستحق أن يطلق عليه النار"),
    ('threat,abuse', "أحسن شي صار إن الانتحاري فجر نفسه بين الشيعة، الله يكثر منهم"),
    ('threat', "كان لازم الجندي يقتل أكثر"),
]

AR_NEWS_CHECK = [
    ('-', "أطلق جندي النار على متظاهرين في البصرة صباح اليوم."),
    ('-', "أعلنت الشرطة مقتل رجل طعنه جاره بسكين خلال شجار."),
    ('-', "حكم القاضي بإعدام المتهم بقتل عائلة كاملة في الموصل."),
    ('-', "ذبح التنظيم عشرات الأسرى في الصحراء بحسب شهود عيان."),
    ('-', "نجت الصحفية من محاولة اغتيال بعد أن أطلق مسلح النار على سيارتها."),
    ('-', "فجر انتحاري نفسه وسط حشد من الزوار الشيعة في كربلاء."),
    ('-', "ضرب رجال الشرطة المعتقلين بالهراوات وفق تقرير منظمة العفو."),
    ('-', "أدانت المحكمة الرجل الذي خطف طفلة كردية وقتلها."),
    ('-', "دهس سائق شاحنة حشداً من المحتفلين في نيس عام ٢٠١٦."),
    ('-', "قتلت غارة جوية أربعة أطفال في إدلب ليلة أمس."),
    ('threat', "يجب أن يطلق أحد النار على هؤلاء المتظاهرين"),
    ('threat', "لو كان الأمر بيدي لأعدمت كل الصحفيين"),
    ('threat', "لازم أحد يحرق بيوت الإيزيديين كلها"),
    ('threat,abuse', "الله يوفق اللي طعن الكافر، عقبال الباقين"),
    ('threat', "سأفعل بك مثل ما فعلوا بالصحفي في إسطنبول"),
]


HALVES = {("fa", "tune"): FA_TUNE, ("fa", "check"): FA_CHECK, ("ar", "tune"): AR_TUNE,
          ("ar", "check"): AR_CHECK, ("tr", "tune"): TR_TUNE, ("tr", "check"): TR_CHECK,
          ("ar-news", "tune"): AR_NEWS_TUNE, ("ar-news", "check"): AR_NEWS_CHECK}
# passed when the round closed (the figures before its changes are in the module's docstring)
PASSED = {("fa", "tune"): 20, ("fa", "check"): 19, ("ar", "tune"): 23, ("ar", "check"): 25,
          ("tr", "tune"): 22, ("tr", "check"): 23, ("ar-news", "tune"): 14, ("ar-news", "check"): 12}


@pytest.mark.parametrize("key", sorted(HALVES))
def test_each_half_keeps_its_floor(model, key):
    assert passing(model, HALVES[key]) >= PASSED[key] - 1, key


def test_the_halves_are_one_list_dealt_alternately():
    for lang in ("fa", "ar", "tr", "ar-news"):
        tune, check = HALVES[(lang, "tune")], HALVES[(lang, "check")]
        assert len(tune) - len(check) in (0, 1)
        assert not {t for _, t in tune} & {t for _, t in check}
        for half in (tune, check):  # each half holds violations and contrasts
            assert {c == "-" for c, _ in half} == {True, False}


@pytest.mark.parametrize("lang,text", [
    ("fa", "نویسنده نوشته «افغانیا دزدن» ولی آمار پلیس چیز دیگه‌ای می‌گه"),
    ("en", 'The author wrote "Afghans are thieves" but the police figures say otherwise.'),
    ("fa", "یکی گفته «کردها خائنن» اما کردها جلوی داعش ایستادن"),
])
def test_a_quotation_said_then_answered_by_but_is_counter_speech(det, lang, text):
    assert COUNTER in rules(det, lang, text)
    assert "abuse" not in found(det, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("fa", "نویسنده نوشته «افغانیا دزدن» و راست گفته"),  # agreed with
    ("en", 'He said "Kurds are vermin" and he was right.'),
    ("en", '"Kurds are vermin" but nobody listens.'),  # no one is said to have said it
    ("fa", "«افغانیا دزدن» ولی کسی گوش نمیده"),
])
def test_a_quotation_agreed_with_or_said_by_no_one_stays_abuse(det, lang, text):
    assert "abuse" in found(det, lang, text)


@pytest.mark.parametrize("text", [
    "الشيعة يسبون الصحابة وما يستاهلون الاحترام",
    "العراقيين كذابين ولا يستحقون الثقة",
])
def test_an_arabic_negation_behind_and_starts_its_phrase(det, text):
    assert "abuse" in found(det, "ar", text)


@pytest.mark.parametrize("lang,text,clause", [
    ("tr", "Şiiler bu matem törenleriyle geri kafalılıklarını gösteriyor", "abuse"),
    ("fa", "شیعه‌ها با این عزاداریاشون عقب‌موندگی رو نشون میدن", "abuse"),
    ("fa", "کسی که اینو نوشته عقلش پاره‌سنگ برمی‌داره", "personal_attack"),
    ("ar", "الأفارقة جابوا الجريمة معهم لكل مكان راحوه", "abuse"),
    ("ar", "وجهك يقطع الرزق يا مذيع", "personal_attack"),
    ("ar", "عندك عيال، فكر فيهم قبل ما تكتب", "threat"),
    ("ar", "النسوان ما لهن شغل بالسياسة، ترجع لبيتها أحسن", "abuse"),
])
def test_the_rounds_words(det, lang, text, clause):
    assert clause in found(det, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("fa", "عقب‌ماندگی اقتصادی این استان نتیجه‌ی سال‌ها بی‌توجهیه"),  # no people named
    ("ar", "رجع الصحفي لبيته بعد التغطية"),
    ("ar", "فكر جيداً قبل أن تشتري سيارة"),
    ("ar", "اللاجئون جلبوا معهم خبرات طبية نادرة"),
])
def test_the_rounds_words_need_their_frame(det, lang, text):
    assert not {"abuse", "threat", "personal_attack"} & set(found(det, lang, text))


@pytest.mark.parametrize("text", [
    "فتح مسلح النار على حشد من الأكراد يوم الجمعة.",
    "حكمت المحكمة بالسجن المؤبد على الرجل الذي أطلق النار على اثنين من الأكراد.",
    "اعتقلت الشرطة رجلين بعد الاعتداء على الإيزيديين أمام المسجد.",
    "أطلق حرس الحدود النار على مهاجرين أفغان حاولوا العبور.",
])
def test_an_arabic_news_lede_is_violence_reported(det, text):
    assert REPORT in rules(det, "ar", text)
    assert not {"threat", "abuse"} & set(found(det, "ar", text))


@pytest.mark.parametrize("text", [
    "الجيش يا حمار ما يحميك",  # the addressee
    "قوات الأمن حثالة ولازم تنحل",  # abuse of its own
    "قالت لها الأكراد ما لهم أمان",  # no news actor opens it
    "الأكراد حثالة، والشرطة اعتقلت واحد منهم أمس",  # the actor not in the opening words
])
def test_not_a_news_lede(det, text):
    assert REPORT not in rules(det, "ar", text)


@pytest.mark.parametrize("text", [
    "من يكتب مثل هذا المقال يستحق أن يطلق عليه النار",
    "المسلح الذي أطلق النار على الأكراد بطل، ونتمنى أن يكمل عليهم",
    "الشرطة لازم تطلق النار على الأكراد",
])
def test_fire_opened_upon_someone_and_a_killing_finished_are_acts(det, text):
    assert "threat" in found(det, "ar", text)


@pytest.mark.parametrize("text", [
    "الجنود يطلقون النار على المتظاهرين منذ الصباح",
    "قالت وزارة الداخلية إن قوات الأمن تطلق النار في الهواء لتفريق المحتجين",
])
def test_fire_opened_by_a_news_actor_is_told(det, text):
    assert "threat" not in found(det, "ar", text)


@pytest.mark.parametrize("lang,text", [
    ("ar", "قلبي مع الأكراد الذين فقدوا بيوتهم."),
    ("ar", "قرأت أن الإيزيديين أجبروا على ترك قراهم. شيء فظيع."),
    ("ar", "الحكومة فشلت في حماية المسيحيين في الموصل"),
    ("en", "I read that Kurds were forced out of their villages. Terrible."),
    ("en", "My heart goes out to the Yazidis who lost their homes."),
    ("en", "The government failed to protect the Christians of Mosul."),
    ("tr", "Kürtlerin köylerinden zorla çıkarıldığını okudum. Korkunç."),
    ("tr", "Ezidileri korumayan hükümete yazıklar olsun."),
])
def test_sympathy_for_a_people_is_counter_speech(det, lang, text):
    assert COUNTER in rules(det, lang, text)
    assert "abuse" not in found(det, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("ar", "قلبي مع الجيش ضد الأكراد الخونة"),  # a people's abuse beside it
    ("ar", "الأكراد حشرات، شيء فظيع وجودهم"),
    ("ar", "قلبي يوجعني من الأكراد"),  # no "with"
    ("ar", "الحكومة تنجح في حماية الحدود من اللاجئين"),  # protection from them, not of them
    ("en", "Islam is terrible."),  # said of the people, not of what befell it
    ("en", "Kurds are terrible people. Terrible."),
    ("en", "My heart says Kurds are liars."),  # no "goes out"
    ("tr", "Suriyeliler korkunç insanlar."),
])
def test_no_sympathy_where_the_comment_is_hostile_or_says_none(det, lang, text):
    assert COUNTER not in rules(det, lang, text)
