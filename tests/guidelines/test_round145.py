"""The hundred-and-forty-fifth round (2026-12-06): Persian hate in a functional test's forms -- feelings,
questions, opinions, pronouns, negated virtues, threats as norms.

Lines written afresh, before any change (20: nine forms of abuse of a people, three threats, eight
contrasts). Before: 16 of 20. Missed: "من اصلاً تحمل کردها رو ندارم" (I can't bear Kurds at all: the people
between the noun and its negated verb), "مهاجرا آدمای درستی نیستن" (immigrants are not decent people: the
adjective with its indefinite ending was no virtue), "زنا از پس هیچ کاری برنمیان" (women can cope with
nothing), "بهاییا؟ اصلاً ازشون خوشم نمیاد" (Bahais? I don't like them at all).

What was added: "تحمل ... ندارم" with a people between is hatred (harm.py, `_FA_CANT_BEAR`; not "تحمل رنج
کردها", the Kurds' pain); "آدمای خوبی/درستی/حسابی" (good, decent people) as virtues, so that a negated copula
after them denies them of the people -- the adjectives alone were tried first and gave two clean Pars-OFF
comments abuse ("فارسیش به خوبی انگلیسیش نیست", his Persian is not as good as his English; "بازار خوبی
ندارد", a good market); "برنمیان" (can't cope) as a predicate said of women.

When the round closed: 19 of 20 (floor less one line). Held out (`heldout/fa_r145b.tsv`, written with these
before the changes): 7 -> 8 of 9 ("من تحمل افغانیا رو ندارم دیگه"). Our suite, the probes and the other
held-out batches unchanged; on the data no comment's findings changed.
"""
import pytest

from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

FA_TUNE = [
    ('abuse', 'من اصلاً تحمل کردها رو ندارم.'),
    ('abuse', 'از عربا حالم به هم می\u200cخوره.'),
    ('abuse', 'چرا افغانیا همیشه انقدر کثیفن؟'),
    ('abuse', 'به نظرم ترکا بدترین آدمای دنیان.'),
    ('abuse', 'بهاییا؟ اصلاً ازشون خوشم نمیاد.'),
    ('abuse', 'مهاجرا آدمای درستی نیستن.'),
    ('abuse', 'زنا از پس هیچ کاری برنمیان.'),
    ('abuse', 'پناهجوها سرطان این کشورن.'),
    ('abuse', 'افغانیا؟ همه\u200cشونو برگردونید.'),
    ('threat', 'همه\u200cی کردها باید تیربارون بشن.'),
    ('threat', 'تک\u200cتک عربای این شهرو پیدا می\u200cکنم.'),
    ('threat', 'پناهجوها لیاقتشون اینه که زنده زنده بسوزن.'),
    ('-', 'من اصلاً تحمل عنکبوت رو ندارم.'),
    ('-', 'از مأمورای مالیات حالم به هم می\u200cخوره.'),
    ('-', 'به نظرم زبان کردی خیلی قشنگه.'),
    ('-', 'عربا، کردها و ترکا تو این شهر با هم زندگی می\u200cکنن.'),
    ('-', 'گفتن اینکه مهاجرا آدمای درستی نیستن نژادپرستیه.'),
    ('-', 'هیچ\u200cکس لیاقتش این نیست که زنده زنده بسوزه.'),
    ('-', 'پناهجوها؟ کمکشون کنید، هیچی ندارن.'),
    ('-', 'زنا تو این انتخابات رکورد زدن.'),
]
PASSED = 19


def test_tune_lines_keep_their_floor(model):
    assert passing(model, FA_TUNE) >= PASSED - 1


def test_the_rounds_forms(det):
    assert found(det, "fa", "من اصلاً تحمل کردها رو ندارم.").get("abuse") == 2
    assert found(det, "fa", "مهاجرا آدمای درستی نیستن.").get("abuse") == 2
    assert found(det, "fa", "زنا از پس هیچ کاری برنمیان.").get("abuse") == 2


@pytest.mark.parametrize("text", [
    "تحمل رنج کردها رو ندارم.",  # the Kurds' pain
    "فارسیش به خوبی انگلیسیش نیست.",  # as well as
    "تولید صنایع دستی زنان کشور بازار خوبی ندارد.",  # a good market
    "کردها آدمای خوبی هستن.",
])
def test_the_same_words_otherwise_are_no_abuse(det, text):
    assert "abuse" not in found(det, "fa", text)
