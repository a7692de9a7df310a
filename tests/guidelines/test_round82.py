"""The eighty-second round (2026-12-04): a group to be kept away from children, schools, a neighbourhood or
"our" people, a call, in en, tr, fa and ar (kept_away: "Gays should be kept away from our schools",
"Suriyelileri mahallemizden uzak tutun", "ترنس‌ها رو از بچه‌هامون دور نگه دارید", "خلوا السوريين بعيد عن
بناتنا"). Not children kept from a building site, refugees kept from a border in a report, or a call told as
done."""
import pytest

from tests.guidelines.harm_helpers import rules

EXCLUSION = ("abuse", "exclusion")


@pytest.mark.parametrize("lang,text", [
    ("en", "Gays should be kept away from our schools"),
    ("en", "Keep the trans people away from our children"),
    ("en", "Muslims must be kept away from our neighbourhoods"),
    ("en", "Refugees should be kept far away from this town"),
    ("tr", "Suriyelileri mahallemizden uzak tutun"),
    ("tr", "Gayleri çocuklardan uzak tutmalıyız"),
    ("tr", "Trans bireyler çocuklarımızın yanına yaklaştırılmamalı"),
    ("tr", "Afganlar kızlarımıza yaklaştırılmamalı"),
    ("fa", "ترنس‌ها رو از بچه‌هامون دور نگه دارید"),
    ("fa", "لزبین‌ها رو باید از مدرسه‌ها دور نگه داشت"),
    ("fa", "افغانی‌ها رو از محله‌مون دور کنید"),
    ("ar", "خلوا السوريين بعيد عن بناتنا"),
    ("ar", "لازم نبعد اللاجئين عن مدارس ولادنا"),
    ("ar", "المثليين لازم يبقوا بعيدين عن أطفالنا"),
])
def test_a_group_kept_away_from_our_children_is_an_exclusion(det, lang, text):
    assert EXCLUSION in rules(det, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "Keep the children away from the construction site"),
    ("en", "Refugees were kept away from the border for three days, the report says"),
    ("en", "The police kept the protesters away from the mosque"),
    ("en", "Keep the refugees away from the front line, they have suffered enough"),
    ("tr", "Çocukları yoldan uzak tutmak lazım"),
    ("tr", "Polis göstericileri camiden uzak tuttu"),
    ("tr", "Suriyelileri mahallemizden uzak tuttular, bu bir skandal"),
    ("fa", "بچه‌ها رو از آتیش دور نگه دارید"),
    ("fa", "پلیس معترضان را از مسجد دور نگه داشت"),
    ("fa", "پلیس افغان‌ها را از محله دور کرد"),
    ("ar", "ابعدوا الأطفال عن النار"),
    ("ar", "الشرطة أبعدت المتظاهرين عن المسجد"),
    ("ar", "يجب أن نبعد الأطفال عن مدارس الحدود"),
])
def test_a_keeping_away_with_no_group_or_told_is_no_exclusion(det, lang, text):
    assert EXCLUSION not in rules(det, lang, text)


@pytest.mark.parametrize("lang,text,kept_from", [
    ("en", "Keep the Syrians away from our daughters", "daughters"),
    ("tr", "Afganlar kızlarımıza yaklaştırılmamalı", "kızlarımıza"),
    ("fa", "باید عربا رو از دخترامون دور نگه داریم", "دخترامون"),
])
def test_the_people_kept_from_are_not_the_group_excluded(det, lang, text, kept_from):
    from newsroom.guidelines.normalise import normalise_text
    normalised = normalise_text(text)
    spans = [normalised[f.start:f.end] for f in det.analyse(lang, normalised) if f.rule == "exclusion"]
    assert spans and kept_from not in spans
