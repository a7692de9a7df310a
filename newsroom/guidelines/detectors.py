"""Language-independent detectors: links and domains, emails, phone numbers, handles, repeated
characters, and sales / self-promotion phrasing in the six edition languages.

They run on base-normalised text (NFKC, controls removed, digits folded to ASCII, lower case), so
"wwѡ.example.com" written with look-alike digits or bidi tricks is still found, and every span is
mapped back to the ORIGINAL text through the offset map.
"""
import re

from .normalise import TR_ASCII, Normalised, normalise_base, normalise_base_text

_TLDS = ("com|net|org|info|biz|io|co|me|ly|xyz|online|site|shop|store|top|club|app|dev|tv|link|click|"
         "ru|de|uk|fr|tr|ir|iq|sa|ae|eg|krd|in|us|ca|au|nl|pl|es|it|ch|be|se|no|dk|fi|gr|pt|br|mx|cn|jp|kr|"
         "love|live|vip|win|bet|fun|buzz|space|website|tech|ai|cc|ws|su|tk|ml|ga|cf|gq|"
         "bid|loan|date|dating|sexy|porn|xxx|casino|icu|cyou|sbs|pw|cam|chat|games|money|cash|cloud")
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"']+"
                    r"|\b(?:[a-z0-9-]+\.)+(?:" + _TLDS + r")\b(?:/[^\s<>\"']*)?")
_TLD_END_RE = re.compile(r"\.(?:" + _TLDS + r")$")
EMAIL_RE = re.compile(r"\b[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}\b")
# 7+ digits with the usual separators, optionally with a country code: +1 555 0100, 0750-123-4567
PHONE_RE = re.compile(r"(?<![\w.])\+?\d[\d\s().\-]{5,}\d(?![\w.])")
HANDLE_RE = re.compile(r"(?<![\w@.])@[a-z0-9_.]{2,30}\b")
MESSENGERS = ["whatsapp", "telegram", "t.me", "wa.me", "viber", "snapchat", "instagram", "insta", "واتساب",
              "واتس اپ", "واتساپ", "تلگرام", "تلغرام", "اینستاگرام", "انستقرام"]
REPEAT_RE = re.compile(r"(\S)\1\1\1\1\1+")  # the same character six or more times; = (\S)\1{5,}, faster

def _add_ascii_folds(phrases):
    """Append, in place, each Turkish phrase as it is typed without its letters ("kapida odeme",
    "kacirmayin"), unless the list has it already -- but not "sinirli" ("sınırlı", limited, folds to
    angry)."""
    phrases += sorted({p.translate(TR_ASCII) for p in phrases} - set(phrases) - {"sinirli"})


# Sales and self-promotion phrasing, written as people type it; folded through normalise_base so the
# Arabic-script variants match. Kurdish entries are common marketing words (not validated by a native
# speaker moderator; they only add to the promotion score, never to abuse).
PROMO_PHRASES = {
    # English: formulas, not single words a news comment uses as often ("a cheap shot", "the discount
    # rate", "a giveaway to the oil companies", "politicians make money"): on clean news comments (C3,
    # train split) those words alone were 40 of 92 comments flagged as promotion
    "en": ["buy now", "order now", "discount code", "discount codes", "% discount", "% off", "free shipping",
           "click here", "check out my", "check my channel", "subscribe to my", "follow me", "visit my",
           "make money online", "make money from home", "make money fast", "earn money online",
           "earn money from home", "work from home", "best price", "limited offer", "promo code", "dm me",
           "cheap prices", "cheapest prices",
           # marketing and scam formulas (issue 9)
           "hot singles", "singles in your area", "meet singles", "lonely women", "lonely girls",
           "girls near you", "100% guaranteed", "guaranteed results", "days guaranteed",
           "guaranteed approval", "money back guarantee", "visa agent", "visa services", "work visa",
           "visa in", "apply now", "limited slots", "book now", "order today", "shop now", "sign up now",
           "register now", "free trial", "free gift", "enter the giveaway", "free giveaway", "contact us on",
           "contact me on",
           "message us", "whatsapp us", "whatsapp me", "text me on", "call now", "inbox me",
           "inbox us", "dm for", "dm us", "link in bio", "link in my profile", "link in profile",
           "like and share", "like my page", "follow my page", "my channel", "my podcast",
           "my youtube", "passive income", "earn $$$", "per day from home", "investment opportunity",
           "crypto signals", "forex signals", "double your money", "instant loan", "loan offer",
           "cheap flights", "best deals", "special offer", "exclusive offer", "act now", "don't miss out",
           "dont miss out",
           "ask me how", "dm me how", "message me for", "message me on", "message us on",
           "contact us today", "contact us now", "call us today", "call today", "affordable prices",
           "affordable price", "best prices", "lowest prices", "great prices", "visit our", "check out our",
           "join our telegram", "join our group", "join our channel", "join my channel", "join my group",
           "sure wins", "betting tips", "free predictions", "we sell", "we offer",
           "apartments for sale", "houses for sale", "villas for sale", "land for sale", "cars for sale",
           "down payment", "easy installments", "monthly installments", "citizenship by investment",
           "through investment", "residence permit", "herbal remedy", "cured my", "miracle cure",
           "simple trick", "doctors hate", "lose weight fast", "first lesson free", "free lesson",
           "online course", "native teachers", "wholesale prices", "wholesale clothing", "delivery to all",
           "free delivery",
           "home delivery", "cash on delivery", "an hour on the internet", "from my laptop",
           "working from my", "from the comfort of your home", "usd weekly", "usd daily", "dollars a day",
           "trading bot", "crypto trading", "binary options", "forex trading", "investment plan",
           "guaranteed profit", "profit daily", "check her site", "check his site", "check my site",
           "check our site", "grand opening", "now open", "hiring now", "we are hiring", "apply today"],
    # a single word a news comment uses in its own sense is no sales formula: خصم is also "opponent",
    # تخفیف also "a reduced sentence", fırsat "an opportunity", kampanya "a campaign"
    "ar": ["اشتري الان", "اطلب الان", "خصم يصل", "خصم كبير", "خصم %", "% خصم", "خصومات", "تخفيضات", "عرض خاص",
           "للتواصل", "تابعوني", "اشترك في قناتي", "زوروا موقعنا", "ربح المال", "سعر مميز", "توصيل مجاني"],
    "tr": ["hemen al", "% indirim", "indirimli fiyat", "indirimde", "kampanyalı", "kampanyamız",
           "ücretsiz kargo", "tıkla", "kanalıma abone", "takip et", "sipariş ver", "para kazan",
           "kaçırılmayacak fırsat", "büyük fırsat", "fırsatı kaçırma", "bize ulaşın",
           # subscribe / like / share calls, links in the profile, direct messages
           "abone olun", "abone ol", "abone olmayı unutmayın", "kanalımıza abone", "beğenip paylaşın",
           "beğenin paylaşın", "beğenin ve paylaşın", "sayfamı beğen", "sayfamızı beğen",
           "sayfamı takip", "sayfamızı takip", "hesabımı takip", "link profilimde", "linki profilimde",
           "link profilde", "link bioda", "link bio'da", "profilimdeki link", "dm atın", "dmden ulaşın",
           "dm'den ulaşın", "detaylı bilgi için", "bilgi ve sipariş", "sipariş için", "whatsapp hattı",
           "hemen arayın", "hemen ara",
           # betting, easy money, sales formulas
           "deneme bonusu", "hoşgeldin bonusu", "hoş geldin bonusu", "yatırımsız bonus", "bahis sitesi",
           "bahis sitemiz", "canlı bahis", "casino", "garantili", "takipçi satın", "beğeni satın",
           "evden çalışarak", "evden para", "yatırımsız kazanç", "kayıt olun", "üye olun", "indirim kodu",
           "promosyon kodu", "kupon kodu", "son fırsat", "kaçırmayın", "stoklarla sınırlı", "en uygun fiyat",
           "uygun fiyatlarla", "sitemizi ziyaret", "web sitemiz", "sayfamızı ziyaret", "mağazamızı ziyaret",
           "kanalıma göz", "videoma göz", "videomu izleyin", "videolarımı izleyin", "kanalımı takip",
           "grubumuza katılın", "telegram grubu", "vip grup", "sinyal grubu", "uygulamayı indir",
           "hemen indir", "satın al", "satın alın", "kapıda ödeme", "ücretsiz deneme", "hemen başvur",
           "günlük kazanç", "özelden yaz", "özelden ulaş", "bana yazın"],
    "fa": ["خرید کنید", "% تخفیف", "تخفیف ویژه", "تخفیف استثنایی", "فروش ویژه", "سفارش دهید", "پیج ما",
           "کانال ما", "فالو کنید", "ارسال رایگان",
           "کسب درآمد",
           # follow / subscribe / like calls, my channel or page, links in the profile (ZWNJ, space and
           # joined spellings: normalise_base drops the ZWNJ)
           "پیجمو", "پیج منو", "پیجم رو", "کانالمو", "کانالم رو", "کانال منو", "یوتیوبمو", "کانال یوتیوبم",
           "پادکستمو", "پادکستم رو", "اینستامو", "اینستاگراممو", "صفحه‌مو", "صفحمو", "فالوم کنید", "فالو کن",
           "فالو کنین", "سابسکرایب", "ساب کنید", "لایک و شیر", "لایک کنید", "لایک کنین", "شیر کنید",
           "لینک تو بایو", "لینک در بایو", "لینک تو بیو", "لینک در بیو", "لینک تو پروفایل", "لینک در پروفایل",
           "لینکش تو پروفایل", "لینک تو کانال", "عضو کانال", "عضو شوید", "عضو شید", "جوین شید", "جوین بدید",
           "بپیوندید", "دایرکت بدید", "دایرکت بدین", "دایرکت پیام", "پیام بدید", "پیام بدین", "به پی وی",
           "پیوی بدید",
           # sales, visas, betting and easy-money formulas
           "تضمینی", "با ضمانت", "ضمانت بازگشت", "بونوس", "بونس", "شرط‌بندی", "شرط بندی", "شرطبندی",
           "کازینو", "ثبت‌نام کنید", "ثبت نام کنید", "ثبتنام کنید", "همین حالا ثبت", "کد تخفیف",
           "قیمت استثنایی",
           "جهت سفارش", "برای سفارش", "جهت خرید", "جهت اطلاعات بیشتر", "برای اطلاعات بیشتر", "مشاوره رایگان",
           "اخذ ویزا", "ویزای تضمینی", "ویزای کاری", "اقامت تضمینی", "درآمد دلاری", "درآمد روزانه",
           "درآمد میلیونی", "کسب درآمد از", "سود تضمینی", "سیگنال رایگان", "خوش‌آمدگویی", "هدیه ثبت نام",
           "به سایت ما", "سایت ما سر", "به پیج ما", "کلیک کنید",
           "وارد سایت شوید", "جهت تماس", "جهت مشاوره", "آیدی تلگرام",
           "کانال تلگرام ما", "پیج اینستاگرام", "فروشگاه اینترنتی", "فروشگاه ما", "بهترین قیمت", "ارزان‌ترین",
           "دانلود رایگان", "آموزش رایگان", "وبینار رایگان", "دوره آموزشی", "وام فوری", "بدون ضامن",
           "کار در منزل", "درآمد از خانه", "درآمد بالا", "میلیون در ماه", "پول دربیارید", "کد معرف",
           "لینک دعوت", "رفرال"],
    "ckb": ["داشکاندن", "بە خۆڕایی", "پەیوەندی بکە", "فۆڵۆ بکەن", "سەبسکرایب", "بفرۆشە", "بیکڕە"],
    "kmr": ["erzanî", "belaş", "bikire", "bifiroşe", "abone bibin", "min bişopînin", "têkilî daynin"],
}

# Arabic as spam is written: follow/subscribe to my channel or page, the link in the bio, like and
# share, call/WhatsApp for bookings, spiritual healers, guaranteed visas and profits (MSA and dialect)
PROMO_PHRASES["ar"] += [
    "تابعوا قناتي", "تابعو قناتي", "تابعوني على", "تابعونا على", "تابعوا صفحتي", "تابعو صفحتي",
    "تابعوا حسابي", "على قناتي", "في قناتي", "بقناتي", "لقناتي", "قناتي على", "قناتي في",
    "اشتركوا في قناتي", "اشتركوا بالقناة", "اشترك بالقناة", "اشترك في القناة", "اشتركوا بالبودكاست",
    "البودكاست تبعي", "القناة تبعي", "الصفحة تبعي", "زوروا صفحتي", "زوروا قناتي", "زوروا موقعي",
    "زوروا متجرنا", "لصفحتي", "على صفحتي", "في صفحتي", "متجرنا", "متجري", "الرابط بالبروفايل",
    "الرابط في البروفايل", "الرابط بالبايو", "الرابط في البايو", "الرابط في الوصف", "الرابط بالوصف",
    "اللينك بالبايو", "اللينك في البايو", "لايك وشير", "لايك و شير", "لايك واشتراك",
    "لايك و اشتراك", "اعمل لايك", "اعملوا لايك", "اتصل على الرقم", "اتصل على الواتس", "اتصلوا على",
    "اتصل بنا", "اتصلوا بنا", "تواصل معنا", "تواصلوا معنا", "تواصل معي", "راسلنا", "راسلونا",
    "راسلني خاص", "راسلوني", "للحجز", "للطلب", "للاستفسار", "للاستفسارات", "واتساب فقط",
    "رقم الواتس", "على الواتس", "عالواتس", "ع الواتس", "عروض حصرية", "لفترة محدودة", "سعر خاص",
    "أسعار منافسة", "بأسعار مناسبة", "اطلبه الآن", "احجز الآن", "احجز مقعدك", "سجل الآن", "اربح",
    "ربح مضمون", "أرباح يومية", "دخل يومي", "دخل إضافي", "استثمار مضمون", "فرصة استثمارية",
    "شيخ روحاني", "الشيخ الروحاني", "معالج روحاني", "جلب الحبيب", "رد المطلقة", "فك السحر",
    "فك المربوط", "علاج السحر", "فيزا مضمونة", "فيزا شنغن", "فيزا عمل", "عقود عمل", "هجرة مضمونة",
    "قرض بدون", "تمويل فوري", "الدفع عند الاستلام", "شحن مجاني", "توصيل لجميع", "كود خصم",
    "كود الخصم", "حملوا التطبيق", "نزلوا التطبيق", "مضمونة 100", "مضمون 100", "نتيجة مضمونة",
    "اضغط على الرابط", "ادخل على الرابط", "ادخلوا على الرابط", "الرابط بأول تعليق",
    "الرابط في أول تعليق", "الرابط في التعليق الأول", "رابط التسجيل", "زيادة متابعين",
    "متابعين حقيقيين", "شراء متابعين", "الربح من الانترنت", "ربح من الانترنت", "العمل من المنزل",
    "العمل من البيت", "اشتغل من البيت", "دورة مجانية", "كورس مجاني", "سجل مجانا", "التسجيل مجاني",
    "بأفضل الأسعار", "أفضل الأسعار", "أرخص الأسعار", "أقل الأسعار", "جودة عالية", "توصيل سريع",
    "خدمة التوصيل", "نوفر لكم", "نقدم لكم", "متوفر الآن", "متوفرة الآن", "للبيع", "نبيع",
    "اعلان ممول", "إعلان ممول", "عرض اليوم", "سارعوا", "سارع بالحجز", "لا تفوتوا", "لا تفوت الفرصة",
    "الكمية محدودة", "العدد محدود", "مقاعد محدودة", "دولار يوميا", "دولار باليوم", "رحلات سياحية",
    "تصميم مواقع", "فولو لحسابي", "فولو باك", "سبسكرايب"]
MESSENGERS += ["واتس", "الواتس", "وتساب", "الواتساب", "سناب", "سناب شات", "تيليجرام", "تيك توك", "تيكتوك"]


# eleventh round: "visit us" and "call us" formulas written afresh from the guidelines (a shop's
# address in the comment, an estate agent's offer). Not "satılık" alone: "bu ülke satılık" is politics.
PROMO_PHRASES["ar"] += ["زورونا", "زورونا في", "بانتظاركم في", "نرحب بزيارتكم", "تفضلوا بزيارتنا",
                        "شقق للبيع"]  # not "بالتقسيط المريح": also sarcasm ("martyrs in easy instalments")
PROMO_PHRASES["tr"] += ["mağazamıza bekleriz", "mağazamıza davet", "bizi arayın", "bizi ziyaret edin",
                        "taksitle satılık", "satılık daire", "satılık ev", "kiralık daire", "taksit imkanı"]
PROMO_PHRASES["fa"] += ["سایت ما رو", "سایت ما را", "به ما سر بزنید", "به فروشگاه ما", "فروش اقساطی",
                        "آپارتمان فروشی"]


# self-promotion that names no link: the commenter's blog, book, restaurant, hotel, job offer or
# earnings method, written afresh from the guidelines in each language
PROMO_PHRASES["en"] += ["on my blog", "available on amazon", "our restaurant", "our shop",
                        "our store", "our hotel", "our rooms", "come and try", "come try",
                        "dm me", "inbox me", "whatsapp me", "send your cv", "send your resume",
                        "earn bitcoin", "earn crypto", "get your visa", "visa in two", "visa within"]
PROMO_PHRASES["ar"] += ["في مدونتي", "على مدونتي", "الرابط في حسابي", "كتابي الجديد", "مطعمنا", "جربوه",
                        "غرفنا", "فندقنا", "منظمتنا تطلب", "شركتنا تطلب", "سيرتك الذاتية", "ارسل سيرتك",
                        "اربح بيتكوين", "بيتكوين يوميا", "فيزا خلال", "تأشيرة خلال"]
PROMO_PHRASES["tr"] += ["blogumda", "yeni kitabım", "restoranımızda", "restoranımıza",
                        "gelin deneyin", "otelimiz", "odalarımız", "bitcoin kazan", "mesaj atın", "cv'nizi",
                        "eleman arıyoruz", "personel arıyoruz", "şoför arıyor", "vizesi alın"]
PROMO_PHRASES["fa"] += ["در کانالم", "تو کانالم", "تو وبلاگم", "در وبلاگم", "لینکش تو پروفایلم", "کتاب جدیدم",
                        "تو کتابفروشی",
                        "رستوران ما", "بیاید امتحان کنید", "هتل ما", "اتاقهای ما", "اتاق‌های ما",
                        "بیتکوین به دست", "استخدام میکنه", "استخدام میکنیم", "رزومه‌تونو", "رزومتونو",
                        "رزومه خود را"]
# a number to call: a call word just before a phone number ("call 0750...", "اتصل 0770...", "arayın
# 0532...", "تماس ۰۹۱۲...") is a sales formula, though a phone number alone weighs little (the rule
# weights were learnt on YouTube comments, where numbers are rare)
CALL_BEFORE_RE = re.compile(r"(?:\bcall(?: us| now| me)?|\btext|\bwhats ?app|\bring us|اتصل\w*|للتواصل|"
                            r"تواصل\w*|واتس\w*|\baray[ıi]n\w*|\bara\b|\btel\b|\btelefon\w*|تماس\w*|"
                            r"زنگ بزن\w*)\W{0,4}$")


# twelfth round: sales copy that names no link and no formula above -- a call to act addressed to the
# readers (book, order, register, download, write to us, visit) in a comment that also names an offer (a
# price, a discount, free, delivery, a salary or a vacancy, a course, "our shop / clinic / app", "my
# channel"). Either alone is ordinary news talk ("follow the news", "prices rose"); find() reports the
# call as a "phrase" only when both are in the comment.
SALES_CALLS = {
    "en": ["book now", "order now", "sign up", "register now", "download our", "download the app",
           "visit us", "message us", "contact us", "send your cv", "dont miss", "hurry",
           "grab yours", "get yours"],
    "ar": ["احجز", "احجزي", "احجزوا", "سجل الان", "سجلوا", "اطلبي", "اطلبوا", "اطلبيه", "اطلبه",
           "حمل تطبيقنا", "حمل التطبيق", "حملوا", "نزل التطبيق", "زوروا", "راسلونا", "راسلنا",
           "تواصلوا", "اتصلوا", "اشتركوا", "ارسل سيرتك", "ارسلوا", "لا تفوت", "لا تفوتوا",
           "جربوا", "اشتري", "اشتروا", "احصل", "واحصل", "احصلوا", "سارع", "سارعوا", "للاستفسار",
           "للحجز", "للطلب", "على الخاص", "ع الخاص", "تابعوا صفحتي", "تابعوا قناتي"],
    # "شماره تماس" (a contact number) only beside an offer: "the newspaper's contact number is on the
    # site" is no spam
    "fa": ["شماره تماس",
           "ثبت نام کنید", "ثبتنام کنید", "سفارش بدید", "سفارش بدین", "سفارش دهید", "دانلود کنید",
           "سر بزنید", "در ارتباط باشید", "تماس بگیرید", "بفرستید", "ارسال کنید", "دنبال کنید",
           "عضو شوید", "بخرید", "رزرو کنید", "منتظرتونیم", "منتظر شما هستیم", "داشته باشید",
           # (twentieth round) registering or ordering through the page's private messages
           "در دایرکت", "تو دایرکت", "به دایرکت"],
    "tr": ["kaydolun", "kayıt olun", "bize yazın", "indirin", "göz atın", "izleyin", "gönderin",
           "tıklayın", "bekleriz", "sipariş verin", "arayın", "ulaşın", "satın alın",
           "kaçırmayın", "abone olun", "takip edin", "kazanın", "unutmayın", "dm'den", "dmden"],
}
SALES_OFFERS = {
    "en": ["% off", "discount", "free shipping", "free delivery", "per day", "salary", "vacancy",
           "vacancies", "limited places", "limited seats", "our shop", "our store", "our clinic",
           "our app", "our restaurant", "best prices", "low prices", "for sale", "installments",
           "online course"],
    "ar": ["باسعار", "بسعر", "اسعار منافسه", "خصم", "مجاني", "مجانا", "مجانيه", "توصيل", "شحن",
           "عرض خاص", "عروض", "دولار يوميا", "يوميا من البيت", "راتب", "وظايف شاغره",
           "وظيفه شاغره", "دورات", "اونلاين", "اون لاين", "بالتقسيط", "للبيع", "متجرنا", "المتجر",
           "عيادتنا", "مطعمنا", "شركتنا", "تطبيقنا", "محدوده", "رصيد", "كريم", "قناتي", "صفحتي"],
    "fa": ["قیمت", "تخفیف", "رایگان", "ارسال", "تور", "دلار", "استخدام", "آنلاین", "اقساط",
           "فروشی", "فروشگاه", "رستوران ما", "اپلیکیشن", "کانالم", "پیجم", "ظرفیت محدود", "درآمد",
           "سفارش", "کرم", "اعتبار رایگان"],
    "tr": ["fiyat", "fiyatı", "fiyatlar", "fiyatlarla", "indirim", "indirimli", "ücretsiz",
           "kargo", "turları", "dolar", "maaş", "eleman", "kurs", "online", "taksit", "satılık",
           "mağaza", "restoran", "uygulama", "kanalım", "kanalımda", "sınırlı", "kazan",
           "sipariş", "kontenjan", "krem", "kampanya"],
}

# thirteenth round (tr), sales copy written afresh: "buy two pay for one", "sold by the owner", "wholesale
# and retail", "the first lesson free", "whoever wants to lose weight, buy..."; and Turkish typed
# without its letters ("kapida odeme", "kacirmayin"): every Turkish phrase is also kept folded to ASCII
# (not "sınırlı", which folds to "sinirli", angry)
PROMO_PHRASES["tr"] += ["iki al bir öde", "2 al 1 öde", "sahibinden satılık", "toptan ve perakende",
                        "toptan satış", "perakende satış", "ilk ders ücretsiz", "ilk ders bedava",
                        "ilk dersi ücretsiz", "ilk dersi bedava", "atölyemizde", "atölyemize",
                        "dükkanımızda", "dükkanımıza", "firmamızda", "showroomumuzda"]
PROMO_PHRASES["tr"] += ["kilo vermek isteyenler", "zayıflamak isteyenler", "kutu alsın", "kutu alın",
                        "kutu sipariş"]
# (not "alsın", "gelsin": "onlar burs alsın, ücretsiz binsin", "Aziz gelsin, 624 milyon dolar borç")
SALES_CALLS["tr"] += ["deneyin", "sipariş verin"]
SALES_OFFERS["tr"] += ["bedava", "kutu", "kilo ver", "kilo verdir", "yarı fiyatına", "pazarlık payı",
                       "toptan", "perakende", "orijinal", "özel ders", "ilk ders"]
# fourteenth round (tr), sales copy without a link written afresh: "follow our account", a weekly draw,
# "our sale has started", delivered to the door, "DM for an appointment" (not "randevu için" alone: "MHRS'den
# randevu için iki ay bekledim" is a complaint; "adrese teslim" only beside a call: "adrese teslim ücreti
# alıp şubeye getiriyorlar" is one too)
PROMO_PHRASES["tr"] += ["hesabımızı takip", "hesabımızı ziyaret", "çekilişimiz", "çekiliş var",
                        "çekilişe katıl", "satışımız başladı", "satışlarımız başladı", "kapıya teslim",
                        "randevu için dm", "için dm", "randevu için arayın", "randevu için yazın",
                        "ön görüşme için", "ücretsiz ön görüşme"]
SALES_OFFERS["tr"] += ["çekiliş", "adrese teslim", "randevu", "organik"]
SALES_CALLS["tr"] += ["kavuşun"]
# eighteenth round (tr), sales copy without a link written afresh: a business named as "ours" where the
# offer is ("ehliyet kursumuzda ... indirim", "kliniğimizde"), as "atölyemizde", "dükkanımızda" were
# (not "okulumuzda", "ofisimize": a school's or the paper's own news; nor "salonumuza": "bizim işkembe
# salonumuza geliyor her gün", a joke on the train split)
PROMO_PHRASES["tr"] += ["kursumuzda", "kursumuza", "kurslarımızda", "kliniğimizde", "kliniğimize",
                        "mağazamızda", "mağazamıza", "şubelerimizde"]
# nineteenth round (tr), sales copy without a link written afresh: a booking called for ("yerinizi hemen
# ayırtın") beside a package price or a meal included (a call and an offer, as the other sales lines)
SALES_CALLS["tr"] += ["yerinizi ayırtın", "yerinizi hemen ayırtın", "hemen ayırtın", "rezervasyon yaptırın",
                      "yerinizi ayırtmayı unutmayın"]
SALES_OFFERS["tr"] += ["paket fiyat", "yemek dahil", "özel menü", "kişi başı"]
for _lists in (PROMO_PHRASES, SALES_CALLS, SALES_OFFERS):
    _add_ascii_folds(_lists["tr"])
# (en, seventeenth round, sales copy written afresh, 22/25 before it with its contrasts) a promo code
# and the app to download: "download our app and get your first ride free with code NEWS10"
SALES_CALLS["en"] += ["download", "use code", "with code", "with the code", "promo code", "use the code"]
SALES_OFFERS["en"] += ["ride free", "free ride", "free with code", "your first order", "free trial",
                       "promo code", "discount code", "coupon"]

# (en, twentieth round, sales copy without a link written afresh: crypto, betting, loans, followers) a
# referral code, a free bet, followers sold by the package (not "best odds": "the best odds of winning the
# vote" is news)
PROMO_PHRASES["en"] += ["free bet", "free bets", "with my code", "use my code", "my referral code",
                        "referral code", "real followers", "buy followers", "followers packages",
                        "packages start at", "packages start from", "win rate", "fixed matches",
                        "trading bot", "no guarantor", "without a guarantor", "without guarantor"]

_WORD_RE = re.compile(r"\w+")


def _keyed(words):
    """Index of phrases by their first word: {first word: [(folded phrase, bounded regex)]}, plus
    the phrases that start with a non-word character under "". Matching looks up the comment's words
    in this index (set operations in C) and runs a phrase's regex only on a hit -- a 70-branch
    alternation scanned at every position was the slowest part of scoring."""
    out = {}
    for w in words:
        k = normalise_base(w).text
        rx = re.compile("(?<!\\w)" + re.escape(k) + ("(?!\\w)" if k[-1].isalnum() else ""))
        m = _WORD_RE.match(k)
        out.setdefault(m.group(0) if m else "", {})[k] = rx
    # each phrase's rank in one fixed order (longest first, then alphabetical), so that the candidates
    # of a comment are tried in the same order in every process (not a set's hash order) and sorting
    # them compares plain integers
    order = sorted({k for d in out.values() for k in d}, key=lambda k: (-len(k), k))
    rank = {k: i for i, k in enumerate(order)}
    return {first: sorted((rank[k], k, rx) for k, rx in d.items()) for first, d in out.items()}


# (ar, thirteenth round, written afresh) sales copy with no link: booking open and places limited, "order
# it today", "join our channel", "talk to us on WhatsApp", an advert opening on "do you suffer from";
# and every Arabic formula behind the conjunction or bi- joined to its first word ("بأرخص الأسعار",
# "واربح", "والأماكن محدودة")
PROMO_PHRASES["ar"] += ["الحجز مفتوح", "باب الحجز مفتوح", "الاماكن محدودة", "الأماكن محدودة", "اطلبه اليوم",
                        "اطلبها اليوم", "اطلب اليوم", "اطلبي اليوم", "انضم لقناتنا", "انضموا لقناتنا",
                        "انضم الى قناتنا", "انضم إلى قناتنا", "لقناتنا", "كلمنا واتساب", "كلمونا واتساب",
                        "كلمنا على", "كلمونا على"]
PROMO_PHRASES["ar"] += [c + p for p in PROMO_PHRASES["ar"] for c in ("و", "ب")
                        if p[:1].isalpha() and p[:1] != "ل"]  # (not "وللطلب": supply and demand)
SALES_CALLS["ar"] += ["كلمنا", "كلمونا", "ابعتلنا", "ابعثلنا", "انضم", "انضموا", "اطلبها", "احجزها"]
SALES_OFFERS["ar"] += ["باقات", "باقة", "هل تعاني", "منتجاتنا", "منتجنا", "زيتنا", "خلطتنا", "مكتبنا",
                       "رحلات", "الحجز مفتوح", "محدودة"]
MESSENGERS += ["التلغرام", "التليجرام", "تليجرام", "تلجرام", "التلجرام", "تليغرام", "التليغرام"]
# (ar, fourteenth round, written afresh) "register now" in dialect (سجل الحين), seats limited, "whoever
# wants the method, message me", a token price, extra income
PROMO_PHRASES["ar"] += ["المقاعد محدودة", "المقاعد محدوده", "العدد محدود", "اللي يبي الطريقة",
                        "اللي يبغى الطريقة", "اللي بدو الطريقة", "اللي عايز الطريقة", "من يريد الطريقة"]
SALES_CALLS["ar"] += ["سجل الحين", "سجل هسه", "سجل هلق", "سجل دحين", "سجلي الحين", "احجز الحين",
                      "اطلب الحين", "راسلني", "يراسلني", "كلمني", "يكلمني", "تواصل معي", "يتواصل معي"]
SALES_OFFERS["ar"] += ["دخل اضافي", "بسعر رمزي"]  # (not "ربحت": "فما ربحت تجارتهم" after "اشتروا")
# (thirty-third round, 2026-12-02: sales copy written afresh in en, ar, tr and fa, 23 of 80 caught before
# it) Spam names where to buy -- a link, an email, a phone number, a messenger, "DM", "the link in my bio",
# "our website" -- and what is sold or how to act: a price, "free consultation", "zero deposit", "book",
# "claim your prize". The rules' weights were learnt on YouTube comments and tweets, where links, handles and
# phone numbers are common in ordinary comments (the handle's weight is negative: tweets reply to @USER), so
# a channel alone weighs little; with an offer or a call beside it find() reports a sales phrase. An offer and
# a call together were one already; an offer and a channel, or a call and a channel, are one now. A
# handle is a channel only beside a call ("message @account_fix"): tweets name accounts beside prices.
CHANNEL_WORDS_BY_LANG = {
    "en": ["dm", "inbox", "in my bio", "in bio", "link in my", "link on my", "on my profile",
           "on our website", "on our site", "at our website", "our website", "our site"],
    "ar": ["بالبايو", "البايو", "موقعنا", "على موقعنا", "في حسابي",
           "من الرابط", "على الرابط", "بالرابط", "الرابط في", "من هنا"],
    "tr": ["dm", "özelden", "bioda", "bio'da", "profilimde", "profilimdeki", "sitemizde", "sitemizden",
           "linke", "linkten", "linki", "linkimizden"],
    "fa": ["دایرکت", "پیوی", "بیو", "بایو", "پروفایلم", "پروفایلمه", "سایت ما", "سایتمون", "از لینک",
           "لینک خرید", "لینک ثبت نام", "لینک ثبتنام", "از اینجا"],
}
_add_ascii_folds(CHANNEL_WORDS_BY_LANG["tr"])
CHANNEL_CALLS_BY_LANG = {
    "en": ["to book", "claim your", "apply through", "apply via", "apply here", "message me", "email us",
           "email me", "text us", "ring us", "subscribe", "see our", "order from", "get it from", "buy from",
           "get yours from"],
    "ar": ["استلم", "قدم من", "قدموا من", "شوف عروضنا", "شوفوا عروضنا", "اطلب", "اطلبها من", "يكلمني",
           "اتصل", "استخدم كود", "استخدم الكود", "فعلوا الجرس"],
    "tr": ["yazın", "yazsın", "bana yazsın", "başvurun", "başvuru için", "bilgi için", "detaylar için",
           "mail atın", "abone olursanız", "tıklayın", "numarasını arayın", "kodu girin"],
    "fa": ["پیام بده", "پیام بدید", "پیام بدین", "دایرکت بده", "دایرکت بدید", "بگیرید", "بگیر",
           "امتحان کنید", "درخواست بدید", "درخواست بدین", "ایمیل بزنید", "اطلاعات بیشتر", "زنگ بزنید",
           "جزئیات در", "یادتون نره"],
}
_MORE_OFFERS = {
    "en": ["free consultation", "first month free", "first coffee", "packages from", "packages start",
           "zero deposit", "no deposit", "half the price", "half price", "success rate", "same-day",
           "same day", "included", "your prize", "you won a", "you won an", "you have won", "per night",
           "a night", "bad credit", "real money", "our offers", "signals", "instant loans", "slimming",
           "mock exams"],
    "ar": ["شامل", "بدون مقدم", "بدون كفيل", "نسبة نجاح", "جائزتك", "مبروك ربحت", "الباقات", "عروضنا",
           "بنص سعر", "توصيات", "قروض", "تنزيلات", "الدفع عند الاستلام", "مجانا", "مجاناً", "تأجير"],
    "tr": ["dahil", "peşinatsız", "kefilsiz", "başarı oranı", "ödülünüzü", "kazandınız", "kazanç",
           "paketler", "fiyatlarımız", "ilk ay", "sinyal", "aynı gün teslim", "kapıda ödemeli",
           "anında kredi", "ilk kahve", "kiralama", "servis"],
    "fa": ["بدون پیش‌پرداخت", "بدون ضامن", "درصد موفقیت", "جایزه‌تو", "جایزتو", "جایزه‌ات",
           "برنده شدی", "برنده شدید", "پکیج", "نصف قیمت", "سیگنال", "تحویل", "مهمون ما", "وام فوری",
           "حراج", "پرداخت درب منزل", "اجاره", "ماه اول رایگان", "مشاوره رایگان", "درآمد"],
}
# The calls above are ordinary words too ("to book", "yazın", "بگیرید"): they count only beside a channel
# (CHANNEL_CALLS; bare "book", "ring", "gelin" and "ببینید" flagged news tweets with a link, and "gelin" is
# also a bride). The offers join SALES_OFFERS (beside a call of SALES_CALLS) and, as CHANNEL_OFFERS, count
# beside a pointer or a typed link on their own.
for _lang in ("en", "ar", "tr", "fa"):
    if _lang == "tr":
        for _new in (CHANNEL_CALLS_BY_LANG, _MORE_OFFERS):
            _add_ascii_folds(_new["tr"])
    SALES_OFFERS[_lang] += _MORE_OFFERS[_lang]
# a price: an amount beside its currency, in either order ("1500 euros", "$10", "99 tl", "۱۰ دلار", "بـ1500
# يورو"; digits are ASCII after normalise_base)
MONEY_RE = re.compile(r"(?:[$€£]\s?\d|\d[\d.,]*\s?(?:(?:k|bin|thousand|هزار|الف|ألف|آلاف)\s?)?"
                      r"(?:\$|€|£|euros?\b|eur\b|dollars?\b|dolar\b|usd\b|tl\b|"
                      r"lira\b|liras?\b|dinars?\b|دولار|دلار|يورو|یورو|دينار|دینار|ليره|لیره|تومان|تومن|"
                      r"ریال|ريال))")
# (forty-eighth round) the messengers as Persian and Arabic write them, a money-back promise, a
# request to ask beside where to ask
MESSENGERS += ["اسنپ چت", "اسنپچت", "تیک تاک", "تیکتاک", "وایبر", "فايبر", "viber", "tiktok", "snapchat"]
SALES_OFFERS["en"] += ["money back", "your money back", "free application", "free registration"]
SALES_OFFERS["ar"] += ["استرجاع المبلغ", "استرداد المبلغ", "التقديم مجاني", "التسجيل مجاني"]
SALES_OFFERS["tr"] += ["paranız iade", "para iade", "başvuru ücretsiz", "kayıt ücretsiz"]
SALES_OFFERS["fa"] += ["پس دادن پول", "بازگشت پول", "ثبت نام رایگان", "ثبتنام رایگان"]
CHANNEL_CALLS_BY_LANG["en"] += ["ask me on", "ask me at", "ask us on"]
CHANNEL_CALLS_BY_LANG["ar"] += ["اسألوني", "اسالوني", "اسألني", "اسالني"]
CHANNEL_CALLS_BY_LANG["tr"] += ["bana sorun", "sorabilirsiniz"]  # (not "sorun" alone: also "a problem")
for _new in (SALES_OFFERS, CHANNEL_CALLS_BY_LANG):
    _add_ascii_folds(_new["tr"])
CHANNEL_CALLS_BY_LANG["fa"] += ["بپرسید", "بپرسین", "ازم بپرسید"]


# (fifty-fourth round, 2026-12-03) The acts a seller asks of a reader who has its address -- go to the site,
# visit, click, download, install, register, order, buy, join, subscribe, write, try, claim -- in every
# form a reader is addressed with, made by each language's rule for its imperative (singular and plural;
# Turkish's vowel harmony, Persian's light verbs, Arabic's feminine and plural), where the lists above held
# whichever form a round had met ("indirin", not "indir"; "دانلود کنید", not "دانلود کن"). They are
# ordinary words ("gir", "برو"), so find() counts one only within SELLER_REACH characters of an address the
# commenter typed (a link, an email, a phone number, a messenger's address), never beside a pointer alone.
_TR_VOWELS = "aıoueiöü"


def _tr_imperatives(stem):
    """A Turkish verb (or noun + light verb) addressed to one reader and to many: "indir", "indirin",
    "indiriniz"; "ziyaret et", "ziyaret edin"; "tıkla", "tıklayın"."""
    last = next((ch for ch in reversed(stem) if ch in _TR_VOWELS), "e")
    v = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}[last]
    base = stem[:-1] + "d" if stem.endswith((" et", " git")) or stem in ("et", "git") else stem
    if base[-1] in _TR_VOWELS:
        base += "y"
    return [stem, base + v + "n", base + v + "n" + v + "z"]


def _fa_imperatives(verb):
    """A Persian call to one reader and to many: a light verb's forms ("دانلود کن", "دانلود کنید",
    "دانلود کنین"), or a simple verb's given as its singular ("برو": "برید", "برین", "بروید")."""
    light = {"کن": ("کنید", "کنین"), "بده": ("بدید", "بدین", "بدهید"), "بزن": ("بزنید", "بزنین"),
             "شو": ("شید", "شین", "شوید"), "بگیر": ("بگیرید", "بگیرین")}
    verb, rest = (verb[:-3], " رو") if verb.endswith(" رو") else (verb, "")  # ("بزن رو": click on)
    head, _, last = verb.rpartition(" ")
    if last in light:
        return [verb + rest] + [f"{head} {f}".strip() + rest for f in light[last]]
    if verb.endswith("و"):  # ("برو": "برید", "برین", and the written "بروید")
        return [verb, verb[:-1] + "ید", verb[:-1] + "ین", verb + "ید"]
    return [verb, verb + "ید", verb + "ین"]


def _ar_imperatives(verb):
    """An Arabic call to a man, a woman and many, and behind the conjunction: "سجل", "سجلي", "سجلوا",
    "وسجل"... (a verb whose singular ends in a long vowel is given with its plural: "اشتري|اشتروا")."""
    sing, _, plural = verb.partition("|")
    forms = [sing, plural] if plural else [sing, sing + "ي", sing + "وا"]
    return forms + ["و" + f for f in forms] + ["ف" + f for f in forms]


SELLER_CALLS = {
    # (English's bare verbs are nouns and statements as often: "text", "try", "buy", "order", "go to")
    "en": ["visit", "head over to", "head to", "download", "install", "sign up", "subscribe", "shop at",
           "order at", "buy at", "click"],
    "tr": [f for stem in ("gir", "tıkla", "indir", "yükle", "kaydol", "kayıt ol", "üye ol", "abone ol",
                          "sipariş ver", "satın al", "ziyaret et", "göz at", "katıl", "yaz", "dene",
                          "incele", "giriş yap", "mesaj at")
           for f in _tr_imperatives(stem)],
    "fa": [f for verb in ("دانلود کن", "نصب کن", "ثبت نام کن", "ثبتنام کن", "کلیک کن", "سفارش بده",
                          "خرید کن", "امتحان کن", "عضو شو", "وارد شو", "وارد سایت شو", "پیام بده",
                          "سر بزن", "بزن رو", "برو", "بخر", "بگیر")
           for f in _fa_imperatives(verb)],
    # (Arabic: the verbs whose imperative is not also their past -- "ادخل", not "حمل"/"نزل"/"سجل", which
    # are "carried", "went down", "recorded" -- and of those only the feminine and plural)
    "ar": [f for verb in ("ادخل", "اطلب", "اضغط", "احجز", "خذ") for f in _ar_imperatives(verb)]
          + [f for verb in ("حمل", "نزل", "سجل", "جرب", "تسوق") for f in _ar_imperatives(verb)[1:3]],
}
_add_ascii_folds(SELLER_CALLS["tr"])
SELLER_CALLS["tr"].remove("katil")  # ("katıl", join, typed without its letters is "killer")
SELLER_CALL_WORDS = _keyed([c for calls in SELLER_CALLS.values() for c in calls])
# a seller's call counts within this many characters of the address it sends the reader to (before it in
# Turkish and Persian, "playzone.app'ten indir", after it elsewhere): an English or Arabic comment that
# cites a source far from a verb of its own is no sales copy
SELLER_REACH = 40
# a messenger's name behind Arabic's "on the" ("كلمني عالتلغرام", "عالواتس")
MESSENGERS += ["ع" + m for m in ("التلغرام", "التليجرام", "التلجرام", "التليغرام", "الواتساب", "الواتس",
                                 "الانستا", "الانستغرام", "الانستقرام", "الفايبر", "السناب")]
# (sixty-fifth round) Instagram's short and long Arabic and Persian names on their own (a held-out line's
# "انستا @learn_with_sara" was read as a reply's handle, whose weight is strongly negative)
MESSENGERS += ["انستا", "الانستا", "انستغرام", "الانستغرام", "الانستقرام", "اینستا"]
CHANNEL_WORDS = _keyed([p for phrases in CHANNEL_WORDS_BY_LANG.values() for p in phrases])
CHANNEL_CALLS = _keyed([p for phrases in CHANNEL_CALLS_BY_LANG.values() for p in phrases])
# (offers that are news words as well -- "included", "signals", "شامل", "تحویل", "dahil", "servis" --
# count only beside a call; the rest also beside a pointer or a typed link)
_NEWS_WORDS_TOO = {"included", "same day", "same-day", "a night", "per night", "signals", "slimming",
                   "شامل", "توصيات", "قروض", "تأجير", "مجانا", "مجاناً",
                   "dahil", "servis", "kiralama", "sinyal", "kazanç", "kazanc", "ilk ay", "paketler",
                   "تحویل", "اجاره", "درآمد", "سیگنال", "پکیج", "حراج"}
CHANNEL_OFFERS = _keyed([p for phrases in _MORE_OFFERS.values() for p in phrases if p not in _NEWS_WORDS_TOO])
PHRASES = _keyed([p for phrases in PROMO_PHRASES.values() for p in phrases])
CALL_WORDS = _keyed([p for phrases in SALES_CALLS.values() for p in phrases])
OFFER_WORDS = _keyed([p for phrases in SALES_OFFERS.values() for p in phrases])
MESSENGER_WORDS = _keyed(MESSENGERS)
# every first word the indexes above are keyed by: find() keeps only these of a comment's words (one set
# operation over its words; each index's own intersection is then with the handful left)
_KEYED_FIRSTS = frozenset().union(*(keyed.keys() for keyed in (
    MESSENGER_WORDS, PHRASES, CHANNEL_WORDS, CALL_WORDS, CHANNEL_CALLS, OFFER_WORDS, CHANNEL_OFFERS,
    SELLER_CALL_WORDS)))
_DIGIT_RE = re.compile(r"\d")
_SPLIT_LETTERS_RE = re.compile(r"(?<=\b\w)[.\-_*](?=\w\b)")  # the dots of a word spelt out letter by letter
# a percentage beside a discount word, in any order and language: "30% off", "%30 indirim", "خصم 30%",
# "۳۰٪ تخفیف" (the words alone are also "opponent", "a reduced sentence")
_DISCOUNT_WORDS = r"(?:off|discount|indirim\w*|خصم|تخفیف|تخفيض\w*|داشکاندن)"
DISCOUNT_RE = re.compile(r"(?:\d+\s?[%٪]|[%٪]\s?\d+)\s?" + _DISCOUNT_WORDS + r"|" + _DISCOUNT_WORDS
                         + r"\s?(?:\d+\s?[%٪]|[%٪]\s?\d+)"
                         # (fa, nineteenth round) the percent written as a word: "۴۰ درصد تخفیف"
                         + r"|\d+\s?درصد\s?تخفیف")
_DATE_RE = re.compile(r"(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d\d")

RULE_NAMES = ("link", "email", "phone", "handle", "messenger", "phrase")
_CHANNELS = ("link", "email", "phone", "messenger")
_PLACEHOLDERS = ("@user", "@url")  # the tweet sets' anonymised handles


_THOUSANDS_RE = re.compile(r"\d{1,3}(?:[.,]\d{3})+")


def _contact_phone(s):
    """A number long enough to be a mobile's (the region's have 10-11 digits, with a country code more):
    a range of years or sums ("2003-2004", "4.000-5.000", "$25-60000 a year") reads as a phone too; nor a
    sum in thousands ("605.550.000")."""
    return sum(ch.isdigit() for ch in s) >= 9 and not _THOUSANDS_RE.fullmatch(s.strip())


def _phone_ok(m):
    digits = sum(ch.isdigit() for ch in m.group(0))
    return 7 <= digits <= 15


def _keyed_find(name, keyed, text, out, taken, words):
    firsts = words & keyed.keys()
    cands = keyed.get("", [])
    if firsts:
        cands = [c for first in firsts for c in keyed[first]] + cands
        cands.sort()  # by rank (see _keyed)
    for _rank, k, rx in cands:
        if k in text:
            for m in rx.finditer(text):
                s, e = m.span()
                if not any(a <= s < b for a, b in taken):
                    out.append((name, s, e))
                    taken.append((s, e))


def _maybe_url(t):
    """True when some '.' sits between a letter/digit and a letter, or a scheme / www is present."""
    if "://" in t or "www." in t:
        return True
    i = t.find(".")
    n = len(t)
    while i != -1:
        if 0 < i < n - 2 and t[i - 1].isalnum() and t[i + 1].isalpha():
            return True
        i = t.find(".", i + 1)
    return False


# a handle written right after a messenger's name ("DM me on Telegram @crypto_king", "insta: @shop",
# "تلگرام @x") is where to write to, not a reply to someone: find() reports it as the messenger's
# address. Why: the rules' weights are learnt on tweets, where a handle mostly opens a reply, so the
# handle's weight is strongly negative (-4.2 in the shipped rules) and cancelled the sales phrase of a
# comment that gave its Telegram handle (promotion 0.10 for "Want to make money with crypto? DM me on
# Telegram @cryptoking_krd"); the messenger's own weight is about zero, so the address now neither
# adds nor takes away.
_ADDRESS_GAP_RE = re.compile(r"[\s:：\-–—>(]{0,4}")


def _addresses(t, out, calls=()):
    """Relabel, in place, each handle that follows a messenger's name or (fifty-fourth round) a call to
    write to it ("message @x", "Telegram'dan bana yazsın @x"; ``calls``) as an address; returns how many
    were. (Not a handle a few words after the name: "Bakanlığın instagram hesabı @tcbakanlik ..." is the
    ministry's account told.)"""
    ends = [b for name, _a, b in out if name == "messenger"]
    call_ends = [b for _name, _a, b in calls]
    if not (ends or call_ends):
        return 0
    n = 0
    for i, (name, a, b) in enumerate(out):
        if (name == "handle" and t[a:b] not in _PLACEHOLDERS
                and any(e <= a and _ADDRESS_GAP_RE.fullmatch(t[e:a]) for e in ends + call_ends)):
            out[i] = ("messenger", a, b)
            n += 1
    return n


# (forty-eighth round, 2026-12-03) A business speaking as "we" about its trade ("we fix cracked screens",
# "ekranları değiştiriyoruz", "لوگو طراحی می‌کنیم", "نصلح الشاشات") beside a contact it typed (see find()).
# By a short list of trade verbs in each language, not by the first person plural alone: a news comment
# says "we want", "istiyoruz", "می‌خوایم" as often ("'bu sorunu çözüyoruz' diyorlar ama kimse 0532 ...
# hattı açmıyor" quotes officials beside the number nobody answers), and Arabic's first-person plural
# prefix is also the first letter of many nouns.
_TR_TRADE = (r"(?:değiştir|gönder|tasarl|kur|sat|tamir ed|teslim ed|onar|temizl|taşı|çevir|bas|kirala|"
             r"hazırl|getir|bozdur|ithal ed|ihraç ed|kargola|üret)")
WE_TRADE_RE = re.compile(
    r"\bwe(?: can| will|'ll)? (?:fix|repair|install|design|deliver|ship|sell|buy|offer|provide|rent|"
    r"teach|translate|clean|print|import|export|recover|unlock|build|organi[sz]e|arrange|cater|make)\b"
    r"|(?<!\w)(?:نبيع|نوفر|نقدم|نصلح|نصمم|نركب|نوصل|نشتري|نستورد|نؤجر|ننظف|نترجم|نطبع|نشحن|نعلم)(?!\w)"
    r"|\b" + _TR_TRADE + r"(?:[ıiuü]yoruz|yoruz)\b"
    r"|(?<!\w)(?:تعمیر|طراحی|نصب|ارسال|تحویل|ترجمه|چاپ|اجاره|تدریس|آموزش|خرید|فروش|تهیه|عرضه|تعویض)\s?"
    r"می\s?کنیم(?!\w)"
    r"|(?<!\w)می\s?(?:فرستیم|فروشیم|خریم|سازیم|رسونیم|رسانیم)(?!\w)")


def find(base_text):
    """[(rule, start, end)] over base-normalised text. Each regex runs only when a cheap guard
    (an '@', a '.', seven digits, a key substring) says it could match."""
    out = []
    emails = []
    t = base_text
    if "@" in t:
        for m in EMAIL_RE.finditer(t):
            emails.append(m.span())
            out.append(("email", *m.span()))
    scans = []
    if _maybe_url(t):
        scans.append(("link", URL_RE))
    if len(_DIGIT_RE.findall(t)) >= 7:
        scans.append(("phone", PHONE_RE))
    if "@" in t:
        scans.append(("handle", HANDLE_RE))
    links = []
    for name, rx in scans:  # links before phones: the digits of a link are not a phone number
        for m in rx.finditer(t):
            s, e = m.span()
            if any(a <= s < b for a, b in emails):
                continue  # the domain part of an email is not a second finding
            if name == "phone" and (not _phone_ok(m) or any(a <= s < b for a, b in links)
                                    or _DATE_RE.fullmatch(m.group(0).strip())):
                # digits inside a link (an article's id, "/2016-08-21/") or a date are no phone number
                continue
            if name == "link":
                links.append((s, e))
            out.append((name, s, e))
            if name == "phone" and (CALL_BEFORE_RE.search(t[max(0, s - 24):s]) or CALL_BEFORE_RE.search(
                    _SPLIT_LETTERS_RE.sub("", t[max(0, s - 40):s]))):  # (also "و.ا.ت.س.ا.ب 0770...")
                out.append(("phrase", s, e))
    words = _KEYED_FIRSTS.intersection(_WORD_RE.findall(t))  # (only the words the indexes are keyed by)
    _keyed_find("messenger", MESSENGER_WORDS, t, out, [], words)
    addressed = _addresses(t, out) if "@" in t else 0
    taken = []
    if "%" in t or "٪" in t or "درصد" in t:
        for m in DISCOUNT_RE.finditer(t):
            out.append(("phrase", *m.span()))
            taken.append(m.span())
    _keyed_find("phrase", PHRASES, t, out, taken, words)
    # where to buy: a link, an email, a phone, a messenger (channel), or words that point to one ("DM",
    # "the link in my bio", "our website": pointer); a handle (see CHANNEL_WORDS_BY_LANG)
    channels = [(a, b) for name, a, b in out if name in _CHANNELS or name == "handle"]
    channel = any(name in _CHANNELS for name, _, _ in out)
    handle = "@" in t and any(name == "handle" and t[a:b] not in _PLACEHOLDERS for name, a, b in out)
    pointer = []
    if words & CHANNEL_WORDS.keys():
        _keyed_find("pointer", CHANNEL_WORDS, t, pointer, list(channels), words)
    anywhere = channel or handle or pointer
    call = words & CALL_WORDS.keys()
    if not (call or anywhere):  # (most comments stop here)
        return out
    # the words of a call or an offer never inside a link, an address or a handle ("ali@orijinal.anne")
    held = list(taken) + channels + [(a, b) for _, a, b in pointer]
    calls, near = [], []  # near: the calls that count only beside a channel, a pointer or a handle
    if call:
        _keyed_find("phrase", CALL_WORDS, t, calls, list(held), words)
    # (a link Twitter wraps every shared tweet in, t.co, is no address a commenter typed to sell from)
    typed_channel = any(name in _CHANNELS and not (name == "link" and "t.co/" in t[a:b])
                        for name, a, b in out)
    if (typed_channel or handle or pointer) and words & CHANNEL_CALLS.keys():
        _keyed_find("phrase", CHANNEL_CALLS, t, near, held + [(a, b) for _, a, b in calls], words)
    # a pointer inside a call is the call's own word, not a second finding ("در دایرکت برات فرستادم": I
    # sent it to you in a direct message)
    pointer = [(n, a, b) for n, a, b in pointer if not any(c <= a and b <= d for _, c, d in calls + near)]
    seller = []  # (fifty-fourth round) a seller's calls, which count only beside an address (below)
    if (typed_channel or handle) and words & SELLER_CALL_WORDS.keys():
        _keyed_find("phrase", SELLER_CALL_WORDS, t, seller, held + [(a, b) for _, a, b in calls + near],
                    words)
    if not (typed_channel or handle or pointer):
        near = []
    elif handle:  # (a handle the call asks the reader to write to is its address: "message @account_fix")
        relabelled = _addresses(t, out, calls + near + seller)
        addressed += relabelled
        typed_channel = typed_channel or bool(relabelled)
    # (fifty-fourth round) a call of a seller's beside the address it gives -- a link the commenter typed,
    # an email, a phone number, a messenger's address --, within SELLER_REACH characters: "download
    # our app at playzone.app", "Telegram'dan yaz @x", "از phonestore.com بخرید"; a messenger's bare
    # name, or a short number ("I set 2347439 alarms, then I tell them: call me"), is no address
    if typed_channel and (calls or seller):
        addresses = [(a, b) for name, a, b in out
                     if (name == "link" and "t.co/" not in t[a:b]) or name == "email"
                     or (name == "phone" and _contact_phone(t[a:b])) or (name == "messenger" and t[a] == "@")]
        near += [x for x in calls + seller
                 if any(max(a - x[2], x[1] - b) <= SELLER_REACH for a, b in addresses)]
    # (an offer may lie inside a sales formula found above: "en uygun fiyatlarla ... bekleriz" is both)
    held = channels + [(a, b) for _, a, b in pointer + calls + near]
    offers, sharp = [], []  # sharp: the offers that name a sale beside a pointer or a typed link alone
    if calls or channel or pointer:
        _keyed_find("phrase", OFFER_WORDS, t, offers, list(held), words)
        _keyed_find("phrase", CHANNEL_OFFERS, t, sharp, list(held), words)
    # a contact the commenter typed to be reached at: a phone, an email at a real domain, a messenger's
    # address. Not a link (news comments cite their sources beside sums of money: "$180 billion added to
    # the debt ... www.economist.com"), not an Instagram mention that looks like an email
    # ("cengiztep@can.keys": the Turkish comment sets write replies so), not a bare messenger's name
    contact = addressed or any((name == "phone" and _contact_phone(t[a:b]))
                               or (name == "email" and _TLD_END_RE.search(t[a:b])) for name, a, b in out)
    money = ([("phrase", *m.span()) for m in MONEY_RE.finditer(t)]
             if (pointer or contact) and _DIGIT_RE.search(t) else [])
    money = [x for x in money if not any(a <= x[1] < b for a, b in held)]
    if calls and offers:  # a call and an offer ("sipariş verin ... ücretsiz kargo")
        out.extend(calls)
    elif near or (calls and pointer):  # a call beside where to answer it ("message @x", "bana yazsın, dm")
        out.extend(near or calls)
    elif sharp and (pointer or typed_channel):  # what is sold, and where ("zero deposit, on our website")
        out.append(sharp[0])
    elif money and pointer:  # a price, and where ("packages from 10 dollars, DM")
        out.append(money[0])
    elif contact and not any(name == "phrase" for name, _, _ in out):
        # (forty-eighth round) a price beside a contact ("Land Cruiser 2019, 42,000$, 0750 222 3344"), or a
        # business's "we" beside one ("we fix cracked screens, viber 0770 ...")
        if money:
            out.append(money[0])
        elif any(t[a:b] not in _NEWS_WORDS_TOO for _, a, b in offers):
            # an offer beside a typed contact ("free application, telegram @study_abroad"); not one that is
            # a news word too ("included", beside a professor's email cited as a source)
            out.append(next(x for x in offers if t[x[1]:x[2]] not in _NEWS_WORDS_TOO))
        else:
            m = WE_TRADE_RE.search(t)
            if m and not any(a <= m.start() < b for a, b in held):
                out.append(("phrase", *m.span()))
            else:
                offered = _on_a_messenger(t, out)
                if offered:
                    out.append(("phrase", *offered))
    return out


def _on_a_messenger(t, out):
    """(sixty-fifth round) The span of a contact offered on a messenger -- the messenger's name and the
    address typed right after it, a handle ("telegram @erbil_laptops", "سناب @duhok_homes") or a mobile's
    number ("viber 0770 145 2290", "وایبر ۰۹۳۵۱۴۵۲۲۹۰") -- or None. A comment that gives where to write to
    on a messenger is promoting someone or something, whatever it sells: "Second-hand laptops in good
    condition, telegram @erbil_laptops" had no sales phrase the lists knew and scored 0.03.

    Only an address that closes its sentence, as an offer's does: an account cited as a source goes on to
    say what it said ("Instagram @unhcr_iraq has the list of open camps", "تيليجرام @rudaw_ar نشرت نفس
    الخبر"), and not someone's ("The governor's Telegram @duhok_governor."). Not a messenger named in news
    ("the ministry's Telegram channel"), not a number or handle a few words after the name."""
    names = [(a, b) for name, a, b in out if name == "messenger" and t[a] != "@"]
    if not names:
        return None
    for name, a, b in out:
        if (name == "messenger" and t[a] == "@") or (name == "phone" and _contact_phone(t[a:b])):
            if not _CLOSES_RE.match(t, b):
                continue  # the sentence goes on: the account is its subject, not an address offered
            for na, nb in names:
                if nb <= a and _ADDRESS_GAP_RE.fullmatch(t[nb:a]) and not _OWNED_RE.search(t, 0, na):
                    return na, b
    return None


# after an offered address: nothing but spaces, punctuation, symbols or emoji to the sentence's end
_CLOSES_RE = re.compile(r"[^\w]*(?:$|[.!?؟\n])")
# someone's account, said before the messenger's name: "the governor's Telegram", "Rudaw's Telegram"
_OWNED_RE = re.compile(r"\w['’]s\s*$")


def rule_features(base_text):
    """Counts (capped at 3) of each rule's findings, in RULE_NAMES order."""
    c = dict.fromkeys(RULE_NAMES, 0)
    for name, _, _ in find(base_text):
        c[name] += 1
    return [min(3, c[n]) for n in RULE_NAMES]


def repeats(base_text, full_text=None):
    """The spans of REPEAT_RE in ``base_text``. With ``full_text`` (normalise_full_text(base_text)) of
    the same length, only digits can repeat there: the full steps collapse every run of three or more
    of a character that is no digit, and take nothing out otherwise (a character one step translates
    stays a run: every copy of it is translated alike), so a run of six of one would have shortened
    the text. Then only the digits are scanned, which the regex engine skips to
    (tests/guidelines/test_fast_paths.py compares the two)."""
    if full_text is not None and len(full_text) == len(base_text):
        return [m.span() for m in _DIGIT_REPEAT_RE.finditer(base_text)]
    return [m.span() for m in REPEAT_RE.finditer(base_text)]


_DIGIT_REPEAT_RE = re.compile(r"(?=\d)(\d)\1\1\1\1\1+")  # REPEAT_RE's runs of a digit



def detect(text, base_text=None, maps=None, spans=True, full_text=None):
    """Everything the rules find in ``text``: {"features": [...], "signals": {...}, "spans": [...]},
    spans as (rule, start, end) of the ORIGINAL text. ``base_text`` is normalise_base_text(text) when
    the caller already has it (and ``full_text`` normalise_full_text(base_text), see repeats),
    ``maps`` a normalise.Maps of the text to share its offset map; the offset map is only built when
    something was found. ``spans=False``: no spans and no repeats (and no offset map at all); the
    features and signals are the same."""
    if base_text is None:
        base_text, full_text = normalise_base_text(text), None
    found = find(base_text)
    reps = repeats(base_text, full_text)
    if not spans:
        return _summary(found, [], reps, [])
    base = (normalise_base(text) if maps is None else maps.base) if (found or reps) else None
    spans = []
    for name, s, e in found:
        sp = base.span(s, e)
        if sp:
            spans.append((name, sp[0], sp[1]))
    rep = []
    for s, e in reps:
        sp = base.span(s, e)
        if sp:
            rep.append(sp)
    return _summary(found, spans, reps, rep)


def _summary(found, spans, reps, rep):
    feats = dict.fromkeys(RULE_NAMES, 0)
    for name, _, _ in found:
        feats[name] += 1
    # a run of six characters always maps to a span of the original (Normalised.span is None only for
    # an empty one), so the count is the same with or without the offset map
    signals = {"links": feats["link"], "emails": feats["email"], "phones": feats["phone"],
               "handles": feats["handle"], "messengers": feats["messenger"], "sales_phrases": feats["phrase"],
               "repeated_characters": len(reps)}
    return {"features": [min(3, feats[n]) for n in RULE_NAMES], "signals": signals, "spans": spans,
            "repeats": rep}


__all__ = ["detect", "find", "rule_features", "repeats", "RULE_NAMES", "Normalised"]
