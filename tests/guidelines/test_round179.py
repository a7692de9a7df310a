"""Round 179 (2026-12-07), all four languages: held-out lines written before any change
(`heldout/*_r179b.tsv`) about personal attacks on the writer or a commenter with no insult word -- paid to
write ("Who paid you to write this? Ankara or Tehran?", "مين دفعلك لتكتب هالحكي؟"), on a party's payroll, a
spy for a regime, a conscience or a country sold, schooling doubted, sent back to writing horoscopes, told
that nobody asked, sent back under a rock, "people like you" blamed for the country's ruin, a mother ashamed,
writing like a twelve-year-old; and contrasts: a minister accused of spying in court, a study's funding
asked, the author's figures disputed, one's own mistake owned, a plea to keep to the article, nobody asking
the villagers. No suite case was read for it.

What was added (the lexicons' ATTACK phrases, harm_lexicon/*.py, read by harm.py's "insult phrase" rule):
the formulas of such attacks in each language, in the second person or said of "the author" or "the writer"
("who paid you", "you are on the payroll", "you're a spy", "sold your conscience", "did you even finish
school", "journalism is not for you", "nobody asked for your opinion", "crawl back under your rock", "people
like you are the reason", "your mother must be ashamed", "you write like a child"; "إنت جاسوس", "بعت ضميرك",
"ما حدا سألك", "أمثالك هم سبب"; "sana kim para verdi", "casususun", "kimse senin fikrini sormadı", "senin
gibiler yüzünden"; "کی بهت پول داد", "تو جاسوس", "کسی نظر تو رو نپرسید", "برگرد زیر سنگت"), and Turkish
"borazanı" (a mouthpiece) as an insult. Left out after reading the data's changes: "he sold his soul" and
"go back to writing" (said of politicians and columnists in fair, if harsh, criticism), a bare "on the
payroll of", "did you even read the article", Turkish "kaç paraya" (song lyrics), Persian "چقدر گرفتی" and
"حقوق میگیری" (how much one earns, asked plainly).

When the round closed: held out en 13 -> 22 of 24, ar 11 -> 21, tr 11 -> 21, fa 10 -> 16; tune lines (written
after the change) 7 -> 11 of 14; the suite, the probes and the older held-out lines unchanged in every
decision and clause but one probe line gained ("Ethem sen ruhunu kime ve kaç paraya sattın?", labelled
offensive); 56 of 266,546 data comments' findings changed, read one by one (most labelled offensive gained a
personal attack: "Who's paying you, troll?", "Crawl back into your hole", "@kadirkaplan50 senin gibiler
yüzünden di mi"). Still failing: an attack whose words stand apart ("Vicdanını bir basın kartına sattın",
"Annen yazdıklarından utanıyordur", "مملکتشو به خاطر یه ویزا می‌فروشه": a phrase is read only whole), a
judgement by implication ("A reporter with a brain would have checked this first, so not you"), and Persian
attacks the stack keeps under 0.5 though the rules found them (0.37-0.49: the Persian heads are sure such
comments are clean).
"""
import pytest

from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

TUNE = [
    ("personal_attack", "How much is the ruling party paying you for this column?"),
    ("personal_attack", "Nobody asked you, go write about football instead."),
    ("-", "Nobody asked the residents before the road was closed."),
    ("personal_attack", "You are an agent of Ankara, admit it."),
    ("personal_attack", "مين عم يدفعلك لتكتب هيك؟"),
    ("-", "مين دفع تكاليف المشروع؟ المقال ما بيقول"),
    ("personal_attack", "إنت عميل للمخابرات وكلنا عارفين"),
    ("personal_attack", "Kimse sana sormadı, git futbol yaz."),
    ("-", "Belediye kimseye sormadan yolu kapattı."),
    ("personal_attack", "Sana kim para veriyor bu yazılar için?"),
    ("personal_attack", "کسی نظرتو نپرسید، برو درباره‌ی فوتبال بنویس"),
    ("-", "کسی نظر ساکنا رو قبل از بستن جاده نپرسید"),
    ("personal_attack", "کی بهت پول میده که اینارو بنویسی؟"),
    ("personal_attack", "Your family must be ashamed of you."),
]
# (7 on the tree before the round, 11 after it; still failing: "How much is the ruling party paying you",
# "مين عم يدفعلك", and a Persian line the stack keeps at 0.37)
PASSED = 11


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


@pytest.mark.parametrize("lang, text", [
    ("en", "Who paid you to write this? Ankara or Tehran?"),
    ("en", "You're a spy for the Iranian regime and we all know it."),
    ("en", "Nobody asked for your opinion, so keep it to yourself."),
    ("en", "Hey commenter above, crawl back under your rock."),
    ("ar", "إنت جاسوس للنظام الإيراني وكلنا بنعرف"),
    ("ar", "بعت ضميرك مقابل بطاقة صحفي"),
    ("tr", "Bunu yazman için sana kim para verdi? Ankara mı Tahran mı?"),
    ("tr", "Kimse senin fikrini sormadı, kendine sakla."),
    ("fa", "کی بهت پول داد اینو بنویسی؟ آنکارا یا تهران؟"),
    ("fa", "هی کامنت بالایی، برگرد زیر سنگت"),
])
def test_a_personal_attack_with_no_insult_word(det, lang, text):
    assert "personal_attack" in found(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "The minister was accused of spying for Iran, the court heard on Monday."),
    ("en", "Who funded this study? The article should name its sources."),
    ("en", "Nobody asked the villagers before the dam was built."),
    ("en", "She sold her soul to the party, the biography argues."),
    ("ar", "الوزير اتهم بالتجسس لصالح إيران، حسب ما سمعت المحكمة يوم الاثنين"),
    ("tr", "Ederi kaç? Kaç paraya bedel?"),
    ("fa", "حالا نگفتی چقدر گرفتی؟"),
])
def test_criticism_news_and_plain_questions_are_no_attack(det, lang, text):
    assert "personal_attack" not in found(det, lang, text)
