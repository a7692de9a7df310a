"""Text of the demo newsroom: per-edition titles, sections, and the short stories that give every
edition something to read. The seed article itself comes from the seed file via the importer."""

import datetime as dt

TAGLINES = {
    "en": "News from Kurdistan, the Middle East and the world",
    "ckb": "هەواڵەکانی کوردستان، ڕۆژهەڵاتی ناوەڕاست و جیهان",
    "kmr": "Nûçeyên Kurdistanê, Rojhilata Navîn û cîhanê",
    "ar": "أخبار كوردستان والشرق الأوسط والعالم",
    "tr": "Kürdistan, Orta Doğu ve dünyadan haberler",
    "fa": "اخبار کردستان، خاورمیانه و جهان",
}

# (key, slug, {lang: title})
SECTIONS = [
    ("kurdistan", "kurdistan", {
        "en": "Kurdistan", "ckb": "کوردستان", "kmr": "Kurdistan", "ar": "كوردستان",
        "tr": "Kürdistan", "fa": "کردستان",
    }),
    ("middle-east", "middle-east", {
        "en": "Middle East", "ckb": "ڕۆژهەڵاتی ناوەڕاست", "kmr": "Rojhilata Navîn",
        "ar": "الشرق الأوسط", "tr": "Orta Doğu", "fa": "خاورمیانه",
    }),
    ("world", "world", {
        "en": "World", "ckb": "جیهان", "kmr": "Cîhan", "ar": "العالم", "tr": "Dünya", "fa": "جهان",
    }),
]

SEED_SECTION = "middle-east"
SEED_IMAGE_TITLE = "Coalition spokesman Col. Myles Caggins III (demo placeholder)"

# The seed's "The Latest" story, as a short article. Its date is a demo value: the seed gives none.
LATEST_STORY = {
    "slug": "turkey-says-wont-attack-rojava-if-damascus-addresses-ypg-issue",
    "title": "Turkey says won’t attack Rojava if Damascus addresses YPG ‘issue’",
    "date": dt.datetime(2024, 12, 4, 12, 0, tzinfo=dt.UTC),
    "byline": "Rudaw",
    "dateline": "",
    "summary": (
        "Turkey’s Foreign Minister Hakan Fidan said on Wednesday that their tensions with the Kurdish "
        "forces in northern Syria are the concern of the new administration in Damascus."
    ),
    "paragraphs": [
        "Turkey’s Foreign Minister Hakan Fidan said on Wednesday that their tensions with the Kurdish "
        "forces in northern Syria are the concern of the new administration in Damascus, adding that if "
        "the issue is addressed “properly” Ankara will not seek a military intervention.",
        "This comes amid reports of a potential Turkish offensive on Kobane city.",
    ],
    "caption": "Turkish Foreign Minister Hakan Fidan speaking during the TRT World Forum in Istanbul on "
               "November 30, 2024.",
    "credit": "Fidan on X",
    "image_title": "Hakan Fidan at the TRT World Forum (demo placeholder)",
}

# Short versions of the seed story in the other editions, linked to it as translations.
SEED_TRANSLATIONS = {
    "ckb": {
        "title": "هاوپەیمانی: داعش سەرلەنوێ چالاک دەبێتەوە، بەڵام خەلافەت ناگەڕێتەوە",
        "caption": (
            "وتەبێژی هاوپەیمانی، کۆلۆنێل مایڵز کاگینز، لە چاوپێکەوتنێکدا لەگەڵ ڕووداو تیڤی، "
            "18ی ئەیلوولی 2019."
        ),
        "credit": "ڕووداو تیڤی",
        "dateline": "هەولێر، هەرێمی کوردستان",
        "paragraphs": [
            "هاوپەیمانیی نێودەوڵەتیی دژی داعش دەڵێت ڕێگە نادات پاشماوەکانی ئەو گرووپە جارێکی دیکە "
            "خەلافەتەکەیان لە عێراق و سووریا دابمەزرێننەوە.",
            "کۆلۆنێل مایڵز کاگینز، وتەبێژی هاوپەیمانی، بە ڕووداوی ڕاگەیاند کە شەڕی دژی داعش هێشتا "
            "کۆتایی نەهاتووە.",
        ],
    },
    "kmr": {
        "title": "Koalîsyon: DAIŞ dîsa xurt dibe, lê xîlafet venagere",
        "caption": "Berdevkê koalîsyonê Albay Myles Caggins III bi Rûdaw TVyê re diaxive, 18ê Îlona 2019an.",
        "credit": "Rûdaw TV",
        "dateline": "HEWLÊR, Herêma Kurdistanê",
        "paragraphs": [
            "Koalîsyona navneteweyî ya li dijî DAIŞê dibêje ku ew nahêle bermahiyên komê careke din "
            "xîlafeta xwe li Iraq û Sûriyeyê ava bikin.",
            "Berdevkê koalîsyonê Albay Myles Caggins III ji Rûdawê re got ku şerê li dijî DAIŞê hîn bi "
            "dawî nebûye.",
        ],
    },
    "ar": {
        "title": "التحالف يقر بعودة نشاط داعش ويؤكد أن الخلافة لن تعود",
        "caption": "المتحدث باسم التحالف العقيد مايلز كاغينز الثالث يتحدث إلى تلفزيون رووداو، 18 أيلول 2019.",
        "credit": "تلفزيون رووداو",
        "dateline": "أربيل، إقليم كوردستان",
        "paragraphs": [
            "قال التحالف الدولي ضد داعش إنه لن يسمح لفلول التنظيم بإعادة تأسيس خلافتهم في العراق وسوريا.",
            "وأكد المتحدث باسم التحالف العقيد مايلز كاغينز الثالث لرووداو أن الحرب ضد داعش لم تنته بعد.",
        ],
    },
    "tr": {
        "title": "Koalisyon IŞİD’in yeniden güçlendiğini kabul etti: Hilafet geri dönmeyecek",
        "caption": "Koalisyon sözcüsü Albay Myles Caggins III, Rudaw TV’ye konuşuyor, 18 Eylül 2019.",
        "credit": "Rudaw TV",
        "dateline": "ERBİL, Kürdistan Bölgesi",
        "paragraphs": [
            "IŞİD karşıtı uluslararası koalisyon, örgütün kalıntılarının Irak ve Suriye’de hilafetlerini "
            "yeniden kurmasına izin vermeyeceğini açıkladı.",
            "Koalisyon sözcüsü Albay Myles Caggins III, Rudaw’a yaptığı açıklamada IŞİD’e karşı "
            "mücadelenin henüz bitmediğini söyledi.",
        ],
    },
    "fa": {
        "title": "ائتلاف: داعش دوباره فعال شده اما خلافت بازنمی‌گردد",
        "caption": "سرهنگ مایلز کاگینز سوم، سخنگوی ائتلاف، در گفت‌وگو با تلویزیون رووداو، ۱۸ سپتامبر ۲۰۱۹.",
        "credit": "تلویزیون رووداو",
        "dateline": "اربیل، اقلیم کردستان",
        "paragraphs": [
            "ائتلاف بین‌المللی ضد داعش می‌گوید اجازه نمی‌دهد بقایای این گروه خلافت خود را در عراق و "
            "سوریه دوباره برپا کنند.",
            "سرهنگ مایلز کاگینز سوم، سخنگوی ائتلاف، به رووداو گفت که جنگ با داعش هنوز به پایان "
            "نرسیده است.",
        ],
    },
}
