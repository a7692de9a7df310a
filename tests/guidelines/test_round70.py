"""The seventieth round (2026-12-04): homophobia in en, ar, tr and fa when gay people are named by whom they
love or sleep with, not by a listed word (harm._same_sex_spans: "الرجال اللي ينامون مع رجال", "اللي يحبون نفس
جنسهم", "مردایی که از مرد خوششون میاد", "Kendi cinsini seven adamlar", "men who sleep with men"), a child who
"turns out" مثلي, a parent's threat to throw such a child out ("evden kovarım"), "rather my son be an addict"
(tr), and minds and children corrupted (ar, tr). Men who like football, a woman with men, the same team, and
same-sex marriage told are no group. Every "is" case below had no homophobia finding before the round but the
English one, which an older English rule already read (it stays as the English form of the frame)."""
import pytest

from newsroom.guidelines.harm import summarise
from newsroom.guidelines.normalise import normalise_text


def homophobic_abuse(det, lang, text):
    return any(f.clause == "abuse" and f.kind == "homophobia"
               for f in det.analyse(lang, normalise_text(text))) and "abuse" in summarise(
        det.analyse(lang, normalise_text(text)))


@pytest.mark.parametrize("lang, text", [
    ("ar", "اللي يحبون نفس جنسهم مرضى"),
    ("ar", "الرجال اللي ينامون مع رجال قذارة"),
    ("ar", "لو ابني طلع مثلي بطرده من البيت"),
    ("ar", "المتحولين عم يخربوا عقول ولادنا"),
    ("fa", "مردایی که از مرد خوششون میاد مریضن"),
    ("tr", "Kendi cinsini seven adamlar hasta"),
    ("tr", "Oğlum eşcinsel çıkarsa evden kovarım"),
    ("tr", "Oğlumun bağımlı olmasını eşcinsel olmasına tercih ederim"),
    ("tr", "Translar çocuklarımızın aklını bozuyor"),
    ("en", "Men who sleep with men are sick"),
])
def test_gay_people_named_by_whom_they_love_are_a_group(det, lang, text):
    assert homophobic_abuse(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("fa", "مردایی که از فوتبال خوششون میاد امشب بیدارن"),
    ("fa", "زنی که با مردها رابطه داره مریضه"),
    ("ar", "اللي يحبون نفس الفريق متفقين"),
    ("ar", "زواج نفس الجنس قانوني في بعض الدول"),
    ("ar", "صار مثلي بالضبط، ما بيحب الحكي"),
    ("en", "Men who like football are asleep"),
    ("tr", "Oğlum hastalanırsa işten çıkarım"),
    ("tr", "Eşcinsel olduğu için evden kovuldu, bu kabul edilemez"),
])
def test_no_love_of_ones_own_sex_no_group(det, lang, text):
    assert not any(f.clause == "abuse" and f.kind == "homophobia"
                   for f in det.analyse(lang, normalise_text(text)))
