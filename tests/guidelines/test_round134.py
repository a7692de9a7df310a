"""The hundred-and-thirty-fourth round (2026-12-06): Persian sexism, homophobia and sweeping claims of a
people; Arabic religious hatred, sexism, slurs, calls for violence and profanity at no one.

Comments written afresh (none of our suite's check half read for them), before any change. Persian (30):
twenty sexist, homophobic and sweeping lines, ten contrasts; before 29 of 30 -- "خانم‌های خبرنگار فقط با عشوه
خبر می‌گیرن" (women reporters get their news by flirting) had no finding. Arabic (30): thirteen abusive
lines, four calls for violence, three untargeted curses, ten contrasts; before 24 of 30 -- "دين اليهود دين مكر
وخيانة" (the Jews' faith is a faith of deceit and treachery, 0.86 with no clause) and "المذيعات كلهن بياعات
هوى" (every woman presenter is a seller of passion) had no finding.

What was added (harm_lexicon): Persian women said to get on "by coquetry" ("با عشوه"; the word alone was
tried and left out: "عشوه‌گر", coquettish, praises a woman in a Pars-OFF poem); Arabic "sellers of passion"
and "girls of the night" as sexist slurs, a faith of deceit or treachery (the pair, or the faith named) as a
sweeping claim. Tried and left out: a person hung from an electricity pole ("علقوا هالنائب على عمود
الكهرباء"), which the threat rule would not read without a violent verb in the imperative.

When the round closed: Persian 30 of 30, Arabic 26 of 30 (floors less one line). Held out
(`heldout/*_r134b.tsv`, written with these, before the changes): fa 14 -> 14 of 15, ar 11 -> 11 of 15. On the
data, 2 Arabic comments gained abuse on a prostitute's byname (one labelled violating; the other, labelled
clean, calls the women on Tunisian television "بنات ليل").

Still missed (the violation head's, no rule): "يجب ألا يُحرق أي بيت مهما كان الخلاف" (no house must be burned,
0.61 with the negation found), "البدو في الصحراء يربون الإبل منذ قرون" (the Bedouin raise camels, 0.72),
"أكره الغلاء لكن الحكومة تحاول" (I hate the high prices, 0.54).
"""
import pytest

from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

FA_TUNE = [
    ('abuse', 'زن\u200cها به درد سیاست نمی\u200cخورن، جاشون تو خونه\u200cست.'),
    ('abuse', 'زنا احساساتی\u200cان و نباید قاضی بشن.'),
    ('abuse', 'خانم\u200cهای خبرنگار فقط با عشوه خبر می\u200cگیرن.'),
    ('abuse', 'زن که نباید رانندگی کنه، همیشه تصادف می\u200cکنن.'),
    ('abuse', 'این فمینیستا همه\u200cشون زنای بدبخت و ترشیده\u200cان.'),
    ('abuse', 'زنای کرد بی\u200cحیان که میرن جنگ.'),
    ('abuse', 'همجنس\u200cگراها بیمارن و باید درمان بشن.'),
    ('abuse', 'همجنس\u200cبازا ننگ جامعه\u200cان.'),
    ('abuse', 'ترنس\u200cها آدمای مریضی\u200cان که باید جمعشون کرد.'),
    ('abuse', 'این همجنس\u200cبازای کثیف دارن بچه\u200cهامونو منحرف می\u200cکنن.'),
    ('abuse', 'لزبین\u200cها یه مشت آدم کثیفن.'),
    ('abuse', 'افغانی\u200cها همه\u200cشون دزد و قاچاقچی\u200cان.'),
    ('abuse', 'عربا وحشی\u200cان، از اول تاریخ همین بودن.'),
    ('abuse', 'ترکا همه\u200cشون خرن، بی\u200cخود نیست جوک براشون می\u200cسازن.'),
    ('abuse', 'کردها خائن به دنیا میان.'),
    ('abuse', 'بهایی\u200cها جاسوس اسرائیلن و نباید بهشون کار داد.'),
    ('abuse', 'سنی\u200cها همه\u200cشون وهابی و تروریستن.'),
    ('abuse', 'یهودیا پول\u200cپرست و حیله\u200cگرن.'),
    ('abuse', 'لرها همه احمقن.'),
    ('abuse', 'بلوچ\u200cها قاچاقچی و راهزنن.'),
    ('-', 'زنان کرد در جنگ با داعش شجاعت زیادی نشان دادند.'),
    ('-', 'خانم خبرنگار گزارش خیلی دقیقی نوشته.'),
    ('-', 'همجنس\u200cگراها هم حق دارن امنیت داشته باشن.'),
    ('-', 'گفتن اینکه افغانی\u200cها دزدن نژادپرستیه.'),
    ('-', 'بهایی\u200cها در ایران از تحصیل محروم شدن و این ظلمه.'),
    ('-', 'دوستم سنیه و آدم خیلی خوبیه.'),
    ('-', 'عربا و کردا تو این شهر سال\u200cها با هم زندگی کردن.'),
    ('-', 'بعضی\u200cها میگن زنا نباید قاضی بشن، ولی این حرف بی\u200cپایه\u200cست.'),
    ('-', 'یهودیان ایران قرن\u200cها در اصفهان و شیراز زندگی کرده\u200cاند.'),
    ('-', 'ترنس\u200cها در ایران با تبعیض زیادی روبرو هستند.'),
]
AR_TUNE = [
    ('abuse', 'المسيحيين كفار ونجسين ولا يجوز الأكل معهم.'),
    ('abuse', 'الشيعة روافض مجوس ودينهم كله كذب.'),
    ('abuse', 'اليزيدية عبدة شيطان ولازم يتوبوا أو يرحلوا.'),
    ('abuse', 'دين اليهود دين مكر وخيانة.'),
    ('abuse', 'السنة كلهم إرهابيين بالفطرة.'),
    ('abuse', 'البنات ما لهم غير المطبخ والزواج.'),
    ('abuse', 'المرأة إذا اشتغلت خربت بيتها، مكانها البيت.'),
    ('abuse', 'المذيعات كلهن بياعات هوى.'),
    ('abuse', 'النسوان ما يفهمون بالسياسة ولا بالحرب.'),
    ('abuse', 'الفمنستيات عاهرات يبغون الفساد.'),
    ('abuse', 'يا عبيد يا سود ارجعوا لأفريقيا.'),
    ('abuse', 'هالكلاب الأكراد ما ينفع معهم إلا الضرب.'),
    ('abuse', 'العربان البدو ما يعرفون غير رعي الغنم.'),
    ('threat', 'اطلعوا على بيت الصحفي واحرقوه.'),
    ('threat', 'يا شباب اضربوا كل من يرفع علم المظاهرة.'),
    ('threat', 'علقوا هالنائب على عمود الكهرباء.'),
    ('threat', 'اسحلوا رئيس البلدية بالشارع.'),
    ('profanity', 'يلعن أبو هالبلد على أبو هالعيشة.'),
    ('profanity', 'تباً لهذا الزمن الخرا.'),
    ('profanity', 'كس أم الغلاء، ما عاد نقدر نعيش.'),
    ('-', 'المسيحيون والمسلمون تقاسموا الخبز في أيام الحصار.'),
    ('-', 'دين الإيزيديين من أقدم الديانات في المنطقة.'),
    ('-', 'المرأة العراقية تعمل وتربي أولادها في ظروف صعبة.'),
    ('-', 'المذيعة قدمت النشرة بمهنية عالية.'),
    ('-', 'يجب ألا يُحرق أي بيت مهما كان الخلاف.'),
    ('-', 'الشرطة اعتقلت من أحرق بيت الصحفي.'),
    ('-', 'وصف الأكراد بالكلاب عنصرية مقيتة.'),
    ('-', 'البدو في الصحراء يربون الإبل منذ قرون.'),
    ('-', 'أكره الغلاء لكن الحكومة تحاول.'),
    ('-', 'هذا الزمن صعب على الجميع.'),
]
TUNE = {"fa": FA_TUNE, "ar": AR_TUNE}
PASSED = {"fa": 30, "ar": 26}


@pytest.mark.parametrize("lang", sorted(TUNE))
def test_tune_lines_keep_their_floor(model, lang):
    assert passing(model, TUNE[lang]) >= PASSED[lang] - 1


def test_women_said_to_get_on_by_flirting(det):
    assert found(det, "fa", "خانم‌های خبرنگار فقط با عشوه خبر می‌گیرن.").get("abuse") == 2


def test_coquettish_praise_is_no_sexism(det):
    assert "abuse" not in found(det, "fa", "دلم برایت تنگ شده سیمین خانم عشوه گر، ای الهه شناخت زیبایی.")


@pytest.mark.parametrize("text", [
    "المذيعات كلهن بياعات هوى.",
    "دين اليهود دين مكر وخيانة.",
])
def test_arabic_bynames_and_a_faith_of_deceit(det, text):
    assert found(det, "ar", text).get("abuse") == 2


def test_treason_alone_is_a_charge_not_a_claim(det):
    assert "abuse" not in found(det, "ar", "اتهمت المحكمة الوزير بالخيانة.")
