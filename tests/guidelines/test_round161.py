"""The hundred-and-sixty-first round (2026-12-06): "sleep with one eye open", a person left lying in blood,
and a beating "until they beg", in every language.

From our suite's failures, listed at the start of the session (check cases: not independent): "نام
وعينك مفتوحة، نعرف أي عمارة ساكن فيها" (0.50), "با یه چشم باز بخواب، می‌دونیم کدوم ساختمونی" (0.03),
"Yorumları silsen de fark etmez, seni kanlar içinde bırakacağım" (0.14), "I will personally beat you until
you can't hold a pen" (0.46), "People of Sulaymaniyah, grab sticks and beat the protest leaders until they
quit" (0.54). Lines written afresh before any change (`heldout/*_r161b.tsv`, `*_r161c.tsv`): an editor left
in a pool of blood, a columnist beaten until he begs, a reporter told to sleep with one eye open, the street
one lives in known, with contrasts (a victim found in a pool of blood, blood donated, eggs beaten until
fluffy, a team that beat its rival until the final whistle, sleeping with the window open).

What was added: stock threats "sleep with one eye open" in Arabic, Turkish and Persian (English had it);
Persian "you will wallow in your own blood"; Arabic "غارقا في دمه" and its forms as a violent act, with
"سنترك"/"سأترك" as the speaker's intent; Turkish "kanlar içinde bırak-", "kan revan içinde bırak-" beside
"kan içinde bırak-"; the English beating "until" gains the ends of submission (begs, quits, stops, can't,
unconscious) beside the lethal ones; the Persian beating "so much that" (round 157) now reaches the rules:
its cue (so_much) keeps both early returns from skipping a comment with "اونقدر" (round 157's pre-pass sat
after them, so "اون مجری رو اونقدر بزنید تا التماس کنه" found nothing: a presenter is no trigger), it
needs someone beaten before the object marker (not eggs), the speaker's own "می‌زنم" reads as intent, and
"سران" (leaders) is a person.

When the round closed: the tune lines (written after the change) 7 -> 11 of 11 on the tree before it
and after. Held out: en 9 -> 10 of 10, ar 8 -> 10 of 10, tr 8 -> 9 of 9, fa 5 -> 8 of 9 (the contrast
still failing is the head's: "تخم‌مرغ‌ها رو اونقدر بزنید تا پف کنن" 0.69, no rule finding).
"""
from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

TUNE = [
    ('threat', 'We will beat you until you beg.'),
    ('-', 'They beat us until the last minute of the match.'),
    ('threat', 'نم بعين مفتوحة يا كاتب.'),
    ('threat', 'سنتركك غارقا في دمك.'),
    ('-', 'وجدوه غارقا في دمه بعد الحادث.'),
    ('threat', 'Bir gözün açık uyusan iyi olur.'),
    ('threat', 'Seni kan revan içinde bırakacağız.'),
    ('-', 'Yaralıyı kanlar içinde bıraktılar, sonra ambulans geldi.'),
    ('threat', 'این وبلاگ‌نویس رو اونقدر می‌زنیم تا خفه شه.'),
    ('-', 'خمیر رو اونقدر ورز بدید تا نرم بشه.'),
    ('threat', 'با یه چشم باز بخوابید.'),
]
PASSED = 11


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


def test_sleep_with_one_eye_open_is_a_threat(det):
    assert "threat" in found(det, "ar", "نام بعين مفتوحة يا صحفي.")
    assert "threat" in found(det, "tr", "Bir gözün açık uyu, gazeteci.")
    assert "threat" in found(det, "fa", "با یه چشم باز بخواب، خبرنگار.")
    assert "threat" not in found(det, "fa", "دیشب با پنجره‌ی باز خوابیدم.")


def test_left_in_blood_is_a_threat_and_found_in_blood_is_news(det):
    assert "threat" in found(det, "ar", "سنترك هذا الصحفي غارقاً في دمائه.")
    assert "threat" in found(det, "tr", "Yorumları silsen de fark etmez, seni kanlar içinde bırakacağım.")
    assert "threat" in found(det, "fa", "به زودی تو خون خودت غلت می‌زنی.")
    assert "threat" not in found(det, "ar", "عُثر على الضحية غارقاً في دمائه، بحسب الشرطة.")
    assert "threat" not in found(det, "tr", "Kaza yerinde yaralı kanlar içinde bulundu.")


def test_beaten_until_they_submit_is_a_threat(det):
    assert "threat" in found(det, "en", "I'll beat that columnist until he begs for mercy.")
    assert "threat" in found(det, "fa", "اون مجری رو اونقدر می‌زنم تا التماس کنه.")
    assert "threat" in found(det, "fa", "سران اعتراض رو اونقدر بزنن تا دست بکشن.")
    assert "threat" not in found(det, "en", "Our team beat them until the final whistle.")
    assert "threat" not in found(det, "en", "Beat the eggs until they are fluffy.")
    assert "threat" not in found(det, "fa", "تخم‌مرغ‌ها رو اونقدر بزنید تا پف کنن.")  # no one beaten
