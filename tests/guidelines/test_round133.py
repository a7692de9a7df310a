"""The hundred-and-thirty-third round (2026-12-06): Arabic calls to expel a people and the news and pleas
about expulsion; Persian insults of the author, the admin and the commenters.

Comments written afresh (none of our suite's check half read for them), before any change. Arabic (30): ten
calls to expel or keep out a people, ten sweeping claims, ten contrasts. Before: 26 of 30 -- "على الحكومة
ترحيل كل العراقيين" (the government must deport every Iraqi) was read as a report of the government's doing;
"طالبت منظمات حقوقية بعدم ترحيل الأفغان" (rights groups asked that the Afghans not be deported, 0.85) and "قال
الوزير إن ترحيل اللاجئين مخالف للقانون الدولي" (deporting refugees breaks international law, 0.67) were abuse;
"المثليون قذارة لا مكان لها بيننا" (gays are filth that has no place among us) was counter-speech, its "no
place" read as hate rejected. Persian (30): twenty insults, ten contrasts. Before: 25 of 30 -- the admin and
the commenters ("ادمین", "کامنت‌گذار", "کاربر") were no persons an insult is said of, nor "an illiterate like
you" ("یه آدم بی‌سواد مثل تو") said to the addressee.

What was added (harm.py): an Arabic expulsion's "not" as a noun before it ("بعدم", "عدم"; not "لعدم", for
not deporting) halts it, as "وقف" did; an expulsion judged unlawful after it ("مخالف", "انتهاك", "جريمة",
"غير قانوني", unless a negation comes first: "ترحيلهم ليس جريمة") is counter-speech; an authority after
"على" is one that must, not one that did; "no place among us" right after a people's own predicate is the
people's exclusion, not counter-speech. Persian: an insult followed by "مثل تو" (like you) is said to the
addressee; the admin, the commenters and the users are persons (harm_lexicon/fa.py).

When the round closed: Arabic 30 of 30, Persian 28 of 30 (floors less one line). Held out
(`heldout/*_r133b.tsv`, written with these, before the changes): ar 12 -> 12 of 15, fa 13 -> 13 of 15 --
the changes read contrasts and two frames that the held-out lines happen not to use; an older held-out line
("على الحكومة ترحيل كل السوريين فورا", `ar_r73b`) was gained. On the data (266,546 comments), 14 comments'
findings changed: 12 violating Persian comments gained a personal attack on "... مثل تو", a clean Arabic one
calling the arrest of a racist a great crime lost its abuse for counter-speech, one gained a rebuttal.

Still missed: "این خبرنگار بی‌خاصیت ..." (the insult found, the score 0.46), "آدم به این کودنی تا حالا ندیده
بودم" (a person this stupid, no one named).
"""
import pytest

from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

AR_TUNE = [
    ('abuse', 'يجب طرد كل السوريين من لبنان فوراً، لقد خربوا البلد.'),
    ('abuse', 'لا مكان للأكراد في هذه المدينة، فليرجعوا إلى جبالهم.'),
    ('abuse', 'ارموا اللاجئين خارج الحدود ولا تسمحوا لهم بالعودة.'),
    ('abuse', 'الشيعة يجب منعهم من دخول الجيش والشرطة.'),
    ('abuse', 'لا نريد مسيحيين في حيّنا، فليرحلوا.'),
    ('abuse', 'أغلقوا الحدود في وجه الأفغان، ما عاد عندنا مكان لهم.'),
    ('abuse', 'على الحكومة ترحيل كل العراقيين الذين جاؤوا بعد الحرب.'),
    ('abuse', 'الأتراك لازم يطلعوا من أرضنا ولا يرجعوا أبداً.'),
    ('abuse', 'لا تعطوا اليهود أي جنسية ولا أي حق في البلد.'),
    ('abuse', 'الإيزيديون لا يستحقون أن يعيشوا بيننا.'),
    ('abuse', 'الأكراد كلهم كذابين وما يؤمن لهم.'),
    ('abuse', 'العرب شعب متخلف لا يعرف إلا الحرب.'),
    ('abuse', 'الفرس خبثاء بطبعهم، هذا معروف من زمان.'),
    ('abuse', 'السنة كلهم دواعش حتى لو ما اعترفوا.'),
    ('abuse', 'اللاجئون مجرد عالة على المجتمع وسبب كل الجرائم.'),
    ('abuse', 'المسيحيون خونة وعملاء للغرب منذ الأزل.'),
    ('abuse', 'الشواذ مرض يجب علاجه أو إبعاده عن المجتمع.'),
    ('abuse', 'المثليون قذارة لا مكان لها بيننا.'),
    ('abuse', 'النساء ناقصات عقل ولا يصلحن للقيادة.'),
    ('abuse', 'الإسلام دين الإرهاب وكل من يتبعه إرهابي.'),
    ('-', 'يجب على الحكومة توفير مساكن للاجئين السوريين قبل الشتاء.'),
    ('-', 'الأكراد في هذه المدينة يعيشون منذ مئات السنين.'),
    ('-', 'لا يجوز طرد أي إنسان بسبب أصله أو دينه.'),
    ('-', 'قال الوزير إن ترحيل اللاجئين مخالف للقانون الدولي.'),
    ('-', 'المسيحيون في الموصل عادوا لترميم كنائسهم.'),
    ('-', 'السنة والشيعة صلّوا معاً في مسجد واحد يوم الجمعة.'),
    ('-', 'من يقول إن العرب متخلفون لا يعرف التاريخ.'),
    ('-', 'طالبت منظمات حقوقية بعدم ترحيل الأفغان إلى بلادهم.'),
    ('-', 'النساء في البرلمان قدمن مشروع قانون جديد للتعليم.'),
    ('-', 'الإيزيديون عانوا من إبادة على يد داعش عام ٢٠١٤.'),
]
FA_TUNE = [
    ('personal_attack', 'نویسنده\u200cی این مطلب واقعاً یه احمق به تمام معناست.'),
    ('personal_attack', 'تو یه بی\u200cشعور کامل هستی، برو یه کم مطالعه کن.'),
    ('personal_attack', 'آقای خبرنگار، شما یه دروغگوی حرفه\u200cای هستید.'),
    ('personal_attack', 'چقدر تو نفهمی، هر چی می\u200cگم باز همون حرفو می\u200cزنی.'),
    ('personal_attack', 'این خبرنگار بی\u200cخاصیت هیچی از منطقه نمی\u200cدونه.'),
    ('personal_attack', 'خیلی بی\u200cشعوری که همچین چیزی نوشتی.'),
    ('personal_attack', 'ادمین این سایت یه مزدور بدبخته.'),
    ('personal_attack', 'مغز نداری؟ معلومه که نه.'),
    ('personal_attack', 'نویسنده یه آدم پست و حقیره.'),
    ('personal_attack', 'برو گمشو، بی\u200cعقل.'),
    ('personal_attack', 'آدم به این کودنی تا حالا ندیده بودم.'),
    ('personal_attack', 'سردبیرتون یه نادون به تمام معناست.'),
    ('personal_attack', 'تو یه ابله بیشتر نیستی.'),
    ('personal_attack', 'از یه آدم بی\u200cسواد مثل تو بیشتر از این انتظار نمی\u200cره.'),
    ('personal_attack', 'خبرنگاری که اینو نوشته یه چاپلوس بی\u200cمایه\u200cست.'),
    ('personal_attack', 'حرفات مثل خودت احمقانه\u200cست.'),
    ('personal_attack', 'کامنت\u200cگذار بالایی یه دلقک تمام\u200cعیاره.'),
    ('personal_attack', 'ای آدم بی\u200cارزش، خفه شو دیگه.'),
    ('personal_attack', 'گزارشگرتون یه مترسک بی\u200cمغزه.'),
    ('personal_attack', 'تو یه شیاد دروغگویی و همه اینو می\u200cدونن.'),
    ('-', 'این گزارش خیلی احمقانه تنظیم نشده، ولی چند اشتباه آماری داره.'),
    ('-', 'من با نویسنده موافق نیستم، ولی استدلالش قابل احترامه.'),
    ('-', 'فکر می\u200cکنم خبرنگار در مورد تعداد تلفات اشتباه کرده.'),
    ('-', 'این تیتر گمراه\u200cکننده\u200cست، لطفاً اصلاحش کنید.'),
    ('-', 'ممنون از نویسنده، ولی کاش منابع بیشتری می\u200cآورد.'),
    ('-', 'اشتباه نکنید، من فقط دارم نقد می\u200cکنم، نه توهین.'),
    ('-', 'فیلم «احمق\u200cها» دیشب از تلویزیون پخش شد.'),
    ('-', 'این سیاست دولت واقعاً بی\u200cمنطقه.'),
    ('-', 'من خودم هم بی\u200cسواد بودم تا وقتی رفتم کلاس شبانه.'),
    ('-', 'کامنت بالایی حرف درستی زد، موافقم.'),
]
TUNE = {"ar": AR_TUNE, "fa": FA_TUNE}
PASSED = {"ar": 30, "fa": 28}


@pytest.mark.parametrize("lang", sorted(TUNE))
def test_tune_lines_keep_their_floor(model, lang):
    assert passing(model, TUNE[lang]) >= PASSED[lang] - 1


@pytest.mark.parametrize("text", [
    "طالبت منظمات حقوقية بعدم ترحيل الأفغان إلى بلادهم.",
    "قال الوزير إن ترحيل اللاجئين مخالف للقانون الدولي.",
    "ترحيل اللاجئين غير قانوني.",
])
def test_an_expulsion_halted_or_judged_unlawful_is_no_call(det, text):
    f = found(det, "ar", text)
    assert "abuse" not in f and f.get("counter") == 2


@pytest.mark.parametrize("text", [
    "على الحكومة ترحيل كل العراقيين الذين جاؤوا بعد الحرب.",  # the government must: a call
    "يجب ترحيل الأفغان إلى بلادهم.",
    "المثليون قذارة لا مكان لها بيننا.",  # the people is the one with no place
])
def test_the_call_itself_stays_abuse(det, text):
    assert found(det, "ar", text).get("abuse") == 2


def test_a_crime_denied_is_no_judgment_against_the_expulsion(det):
    # "deporting refugees is no crime" keeps no rebuttal of its own
    assert "rebuttal" not in found(det, "ar", "ترحيل اللاجئين ليس جريمة.")


def test_hate_with_no_place_is_still_counter_speech(det):
    f = found(det, "ar", "العنصرية قذارة لا مكان لها بيننا.")
    assert "abuse" not in f and f.get("counter") == 2


def test_a_report_by_an_authority_stays_a_report(det):
    f = found(det, "ar", "قررت الحكومة ترحيل العراقيين.")
    assert "abuse" not in f and f.get("report") == 2


@pytest.mark.parametrize("text", [
    "از یه آدم بی‌سواد مثل تو بیشتر از این انتظار نمی‌ره.",
    "احمقی مثل تو",
    "ادمین این سایت یه مزدور بدبخته.",
    "کامنت‌گذار بالایی یه دلقک تمام‌عیاره.",
    "کاربر بالایی یه احمقه.",
])
def test_persian_insults_at_the_addressee_the_admin_and_commenters(det, text):
    assert found(det, "fa", text).get("personal_attack") == 2


@pytest.mark.parametrize("text", [
    "یه آدم مثل تو باید بیشتر بخونه.",  # a person like you: no insult
    "ادمین لطفاً این کامنت رو حذف کن.",
    "کاربران اینترنت در ایران با فیلترینگ روبرو هستند.",
])
def test_persons_named_without_an_insult(det, text):
    assert "personal_attack" not in found(det, "fa", text)
