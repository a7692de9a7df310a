"""The hundred-and-sixty-fourth round (2026-12-06): round 163's Arabic mechanisms in the other languages, and
the verdict after a question.

The suite's check half fails the same cases in several languages (its cases are written in parallel):
houses of worship called dens (tr, fa), a people told it must not set foot somewhere (tr, fa), a people's
pride named by its rainbow flags and then judged in a sentence of its own (en, tr, fa, ar). Those cases were
read for this round, so the check half's gain is not an independent figure; the held-out batches
`heldout/*_r164b.tsv`, written before any change, are (but for one Persian line: see the README there).

What was added:
- harm._worship_dens, one table for Arabic (round 163's rule, moved), Turkish and Persian: a plural house of
  worship, or a singular after "every", with a den within four words in its sentence ("Her cami bir terörist
  yuvası", "کلیساهای اینجا لونه‌ی جاسوسای غربن"); the place stands for its faithful (English lists the
  places as peoples already);
- "must not set foot": English "should never set foot", Turkish "ayak basmamalı", Persian "نباید پاشون"; not
  one's own step told ("My grandfather never set foot in Baghdad", "ayak bastı", "پاش نرسید");
- harm._verdict_joined: a question that names a people joined to the short verdict after it that names no one
  of its own ("Rainbow flags in Istanbul? Disgusting degenerates.", "Onur yürüyüşü mü? İğrenç sapıklar
  hepsi."): words of judgment only, no negation or mood, at most one word the lists do not hold (not "Syrians?
  I would never trust them", read already by the rules that follow "them" back; not "... ? التعليم حق للكل،
  وهذا الطلب عار", an answer); rainbow flags and pride marches name gay people in every language;
- Persian heretics and "deserve no mercy" as predicates, as the Arabic and English lists had them.

When the round closed: held out en 8 -> 10 of 10, tr 5 -> 9, fa 5 -> 10, ar 7 -> 8 of 13 (the Arabic batch
also held round 163's leftovers); suite +10 (en 1, ar 1, tr 4, fa 4); tune lines (written after the change)
10 -> 18 of 18 on the tree before and after; other held-out batches and probes: none lost.
"""
from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

TUNE = [
    ('abuse', 'Every mosque in this country is a terrorist breeding ground.'),
    ('-', 'The old mosque was restored after the war.'),
    ('abuse', 'Turks should never set foot in Kobani.'),
    ('-', 'I never set foot in Mosul before 2017.'),
    ('abuse', 'Rainbow flags on the embassy? Sick degenerates.'),
    ('-', 'Rainbow flags on the embassy? A bold diplomatic message.'),
    ('abuse', 'Her kilise bir ajan yuvası.'),
    ('-', 'Kilisenin bahçesinde kuş yuvası var.'),
    ('abuse', 'Suriyeliler bu mahalleye ayak basmasın.'),
    ('-', 'Suriyeli aile mahalleye ilk kez ayak bastı.'),
    ('abuse', 'Gökkuşağı bayrakları mı? Dejenereler.'),
    ('abuse', 'هر حسینیه‌ای پاتوق جاسوسای ایرانه.'),
    ('-', 'پلیس پاتوق قاچاقچیا رو نزدیک حسینیه پیدا کرد.'),
    ('abuse', 'افغانیا نباید پاشون به این شهر برسه.'),
    ('-', 'پرچم رنگین‌کمون تو استانبول؟ خبرش رو خوندم.'),
    ('abuse', 'الحسينيات في المدينة أوكار للعملاء.'),
    ('-', 'مسيرات قوس قزح في أوروبا تجذب آلاف الناس.'),
    ('abuse', 'رايات قوس قزح؟ قرف.'),
]
PASSED = 18  # (10 on the tree before the round)


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


def test_houses_of_worship_called_dens_in_turkish_and_persian(det):
    assert "abuse" in found(det, "tr", "Buradaki kiliseler Batı ajanlarının yuvası.")
    assert "abuse" in found(det, "tr", "Her cami bir terörist yuvası.")
    assert "abuse" in found(det, "fa", "کلیساهای اینجا لونه‌ی جاسوسای غربن.")
    assert "abuse" in found(det, "fa", "هر مسجدی یه پایگاه آموزش تروریسته.")
    # one place, not all of them; a den found near one; a bird's nest in a churchyard
    assert "abuse" not in found(det, "tr", "Polis eski kilisenin yanında bir silah deposu buldu.")
    assert "abuse" not in found(det, "tr", "Kilisenin bahçesinde kuş yuvası var.")
    assert "abuse" not in found(det, "fa", "پلیس نزدیک کلیسای قدیمی یه انبار سلاح پیدا کرد.")


def test_a_people_told_not_to_set_foot_is_excluded(det):
    assert "abuse" in found(det, "en", "Armenians should never set foot in our town again.")
    assert "abuse" in found(det, "tr", "Yahudiler bu bölgeye ayak basmamalı.")
    assert "abuse" in found(det, "fa", "یهودیا نباید پاشون به این منطقه برسه.")
    assert "abuse" not in found(det, "en", "My grandfather never set foot in Baghdad after the war.")
    assert "abuse" not in found(det, "tr", "Dedem savaştan sonra Bağdat'a hiç ayak basmadı.")
    assert "abuse" not in found(det, "fa", "پدربزرگم بعد از جنگ دیگه پاش به بغداد نرسید.")


def test_a_verdict_after_a_question_is_said_of_the_people_it_names(det):
    assert "abuse" in found(det, "en", "Rainbow flags in Istanbul? Disgusting degenerates.")
    assert "abuse" in found(det, "tr", "İstanbul'da gökkuşağı bayrakları mı? İğrenç dejenereler.")
    assert "abuse" in found(det, "fa", "پرچم رنگین‌کمون تو استانبول؟ حال‌به‌هم‌زنه، یه مشت منحط.")
    assert "abuse" in found(det, "ar", "أعلام قوس قزح باسطنبول؟ قرف وانحلال.")
    # an answer that is no verdict, a verdict on the addressee, a long answer
    assert "abuse" not in found(det, "en", "Rainbow flags on the embassy? A bold diplomatic message.")
    assert "abuse" not in found(det, "en", "Rainbow flags were flown at the Pride march in Berlin.")
    assert "abuse" not in found(det, "ar",
                                "يطالبون بمنع اللاجئين من الجامعات؟ التعليم حق للكل، وهذا الطلب عار")


def test_persian_heretics_deserving_no_mercy(det):
    assert "abuse" in found(det, "fa", "بهائیا بدعت‌گذارن و لیاقت هیچ رحمی ندارن.")
    assert "abuse" not in found(det, "fa", "بدعت‌گذاری در دین ممنوعه.")
