"""The hundred-and-thirty-eighth round (2026-12-06): Persian insults, a people's abuse, exclusion from
office.

Comments written afresh, before any change. Our suite's Persian check half had been read a session before:
the first list (30: insults, a people's abuse, exclusion, ten contrasts) was written from the guidelines;
the harder list (20: calls and veiled threats, womenfolk kept from politics, institutions and peoples
slandered, profanity at no one, six contrasts) in the kinds the check half misses, none of its sentences.
Before: 27 of 30 and 15 of 20. Missed: a shallow writer ("بی‌مایه"), a mercenary without conscience like
you (0.81, no clause: the word between the insult and "مثل تو"), a woman kept from being boss in the
subjunctive ("رئیس باشه"), womenfolk as one word ("زن‌جماعت"), a people "behind all the wars", the country
"shat on" ("ریده شده", 0.79 with no clause), "someone go and beat him with fists and kicks".

What was added (harm_lexicon/fa.py): "بی‌مایه", "بی‌وجدان" as insults; "ریده" as profanity (12 of 12
Pars-OFF comments with it are offensive); "زن‌جماعت" as women; the subjunctive "باشه/باشن" after a post
as an exclusion (as "بشه" was); "پشت همه‌ی" as a sweeping claim; fists and kicks as a violent act; "یکی
بره" (someone go) as a call, as "یکی بیاد" is.

When the round closed: 29 of 30 and 18 of 20 (floors less one line). Held out (`heldout/fa_r138b.tsv`, 22
lines, all written with these before the changes): 20 -> 20. Our suite +1 (fa-sexism-07, "زن‌جماعت": a
check-half case, read before, no independent figure); the probes and the other held-out batches unchanged.
On the data 6 Persian comments gained a finding (profanity 5, personal attack 1), all labelled offensive.

Still missed: "چه نویسنده‌ی بی‌مایه‌ای" -- the insult is found (strong), but the head does not know the
word and the stack keeps personal_attack at 0.41: a finding is weighed evidence, not an override;
"هر حسینیه‌ای یه مرکز جاسوسی برای ایرانه" (a place of worship slandered: the places are no group, and as one
they would turn "terrorists attacked the mosque" into abuse).
"""
import pytest

from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

FA_TUNE = [
    ('personal_attack', 'نویسنده\u200cی این مطلب یه احمق به تمام معناست.'),
    ('personal_attack', 'تو یه آدم بی\u200cشعور و حقیری.'),
    ('personal_attack', 'این گزارشگر دروغگوی بزدل خجالت نمی\u200cکشه؟'),
    ('personal_attack', 'خفه شو نادون، هیچی از سیاست نمی\u200cفهمی.'),
    ('personal_attack', 'چه نویسنده\u200cی بی\u200cمایه\u200cای، حیف وقتی که گذاشتم.'),
    ('personal_attack', 'مغزت اندازه\u200cی یه نخوده.'),
    ('personal_attack', 'از یه مزدور بی\u200cوجدان مثل تو بیشتر از این انتظار نمی\u200cره.'),
    ('abuse', 'زن\u200cها فقط به درد آشپزخونه می\u200cخورن، نه سیاست.'),
    ('abuse', 'زن که نباید رئیس باشه، احساساتیه و تصمیم درست نمی\u200cگیره.'),
    ('abuse', 'این خانم مجری رو به خاطر قیافه\u200cش آوردن، وگرنه مغز نداره.'),
    ('abuse', 'همجنس\u200cبازها بیمارن و باید درمان بشن.'),
    ('abuse', 'این گی\u200cها مایه\u200cی ننگ جامعه\u200cان.'),
    ('abuse', 'ترنس\u200cها منحرفن و نباید تو مدرسه\u200cها باشن.'),
    ('abuse', 'افغانی\u200cها همه دزد و قاچاقچی\u200cان.'),
    ('abuse', 'عربا یه مشت سوسمارخور وحشی\u200cان.'),
    ('abuse', 'بهایی\u200cها جاسوس اسرائیلن، همه\u200cشون.'),
    ('abuse', 'سنی\u200cها همه\u200cشون تکفیری و آدمکشن.'),
    ('abuse', 'کردا خائنن، همیشه از پشت خنجر می\u200cزنن.'),
    ('abuse', 'افغانی\u200cها رو باید از ایران بیرون کرد، همه\u200cشونو.'),
    ('abuse', 'بهایی\u200cها نباید حق تحصیل داشته باشن.'),
    ('-', 'من یه زن کُردم و به این گزارش افتخار می\u200cکنم.'),
    ('-', 'همسایه\u200cی افغانی ما آدم خیلی زحمتکش و مهربونیه.'),
    ('-', 'اینکه به افغانی\u200cها بگیم دزد نژادپرستیه و باید تمومش کرد.'),
    ('-', 'داعش ده\u200cها روستایی رو تو سنجار کشت.'),
    ('-', 'با نظر نویسنده موافق نیستم ولی استدلالش قابل احترامه.'),
    ('-', 'زنان زیادی تو انتخابات شوراها نامزد شدن.'),
    ('-', 'جامعه\u200cی بهایی تو این سال\u200cها تحت فشار زیادی بوده.'),
    ('-', 'این ترافیک منو می\u200cکشه، هر روز همینه.'),
    ('-', 'هیچ\u200cکس نباید به خاطر عقیده\u200cش زندانی بشه.'),
    ('-', 'مسیحی\u200cهای ارومیه کریسمس رو جشن گرفتن.'),
]
FA_TUNE_HARDER = [
    ('threat', 'بریزید سر این روزنامه\u200cنگارا و حسابشونو برسید.'),
    ('threat', 'این نماینده رو باید از پل آویزون کرد.'),
    ('threat', 'یکی بره این مجری رو با مشت و لگد ادبش کنه.'),
    ('threat', 'می\u200cدونم بچه\u200cهات کدوم مدرسه می\u200cرن.'),
    ('threat', 'شبا که از دفتر برمی\u200cگردی مواظب پشت سرت باش.'),
    ('abuse', 'زن\u200cجماعت رو نباید تو کار سیاست راه داد.'),
    ('abuse', 'خانوما برن بچه\u200cداری کنن، روزنامه\u200cنگاری کار مرداست.'),
    ('abuse', 'هر حسینیه\u200cای یه مرکز جاسوسی برای ایرانه.'),
    ('abuse', 'یهودیا پشت همه\u200cی جنگای منطقه\u200cان.'),
    ('abuse', 'افغانیا ذاتاً دزدن، تو خونشونه.'),
    ('abuse', 'همجنس\u200cگراها یه مشت بیمار روانی\u200cان.'),
    ('abuse', 'بهایی\u200cها نجسن، باهاشون غذا نخورید.'),
    ('profanity', 'کل این مملکت ریده شده.'),
    ('profanity', 'گه بگیرن این وضعو.'),
    ('-', 'زن\u200cها تو این جنگ پا به پای مردا جنگیدن.'),
    ('-', 'حسینیه\u200cی محله\u200cمون برای سیل\u200cزده\u200cها غذا پخت.'),
    ('-', 'بچه\u200cهام هر روز از این مسیر می\u200cرن مدرسه.'),
    ('-', 'تظاهرکننده\u200cها ساختمون روزنامه رو آتیش زدن و پلیس دخالت نکرد.'),
    ('-', 'این که بگی یهودیا پشت همه\u200cی جنگان یه تئوری توطئه\u200cی نژادپرستانه\u200cست.'),
    ('-', 'مواظب خودت باش، جاده\u200cها یخ زده.'),
]
TUNE = {"first": FA_TUNE, "harder": FA_TUNE_HARDER}
PASSED = {"first": 29, "harder": 18}


@pytest.mark.parametrize("name", sorted(TUNE))
def test_tune_lines_keep_their_floor(model, name):
    assert passing(model, TUNE[name]) >= PASSED[name] - 1


@pytest.mark.parametrize("text, clause", [
    ("از یه مزدور بی‌وجدان مثل تو بیشتر از این انتظار نمی‌ره.", "personal_attack"),
    ("زن که نباید رئیس باشه، احساساتیه و تصمیم درست نمی‌گیره.", "abuse"),
    ("زن‌جماعت رو نباید تو کار سیاست راه داد.", "abuse"),
    ("یهودیا پشت همه‌ی جنگای منطقه‌ان.", "abuse"),
    ("کل این مملکت ریده شده.", "profanity"),
    ("یکی بره این مجری رو با مشت و لگد ادبش کنه.", "threat"),
])
def test_the_rounds_forms(det, text, clause):
    assert found(det, "fa", text).get(clause) == 2


@pytest.mark.parametrize("text", [
    "بی‌مایه فطیره.",  # the proverb (no money, no pastry) names no one
    "یکی بره نون بخره.",  # someone go buy bread
    "زن‌ها حق دارن رئیس باشن.",  # women have the right to be bosses
])
def test_the_forms_alone_find_no_harm(det, text):
    assert not set(found(det, "fa", text)) & {"personal_attack", "threat", "abuse"}
