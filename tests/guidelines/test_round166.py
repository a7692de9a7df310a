"""The hundred-and-sixty-sixth round (2026-12-06): what the held-out batches `heldout/*_r166b.tsv` showed,
written before any change, about the groups every hate test names (trans and gay people, disabled people,
immigrants, Black people, Muslims, women) and their contrasts. No suite case was read for it.

What was added (harm.py and harm_lexicon):
- the believer of a claim about a people rebutted as fooled, in every language: "If you think trans people
  are a danger to children, you have swallowed propaganda", "... inanıyorsan propagandaya kanmışsın", "...
  فأنت مصدق دعاية", "... گول تبلیغات رو خوردی", and those who say it living in another age ("... diyenlerin
  kafası hâlâ geçen yüzyılda", "... هنوز تو قرن پیش زندگی می‌کنه"): _REBUTTAL's stems; the Turkish and
  Persian verb of believing may stand two words after the claim's bad word, not only five after the group;
- an insult said of an institution judges the institution, not a person named later ("This government is
  useless and the minister should resign", "هالحكومة فاشلة والوزير لازم يستقيل": _institution_judged;
  Arabic its predicate only, the institution the subject: "مذيع القناة كلب مسعور" stays an attack);
- the act the commenter wishes to see across a longer target ("I'd love to see all the Muslims in this city
  lined up and shot"; only with the commenter as the one who sees: "you'd rather see ... get killed" is an
  accusation);
- Turkish: a people called a danger or prone to violence ("tehlike", "şiddet yanlısı"; not the adjective of
  a thing, "Bu yol çok tehlikeli"), and a claim's complement negated ("... olmadığını düşünüyorum") read as
  a negation.

When the round closed: held out en 26 -> 28 of 34, ar 24 -> 25 of 30, tr 13 -> 17 of 17, fa 13 -> 15 of 17;
tune lines (written after the change) 3 -> 14 of 15 on the tree before and after; the suite, probes and
other held-out batches unchanged but for one probe line gained ("Eşcinsel erkekler çocuklarımız için
tehlike"); the data's findings changed in 6 of 266,546 comments (a clean Saudi comment's "الحكومه تستهبل"
no longer a personal attack, nor an offensive Al Jazeera one's "الدولة عميلة ايران"; a clean Turkish
comment's "şiddet yanlısı olmadığını" negated; three contrasts moved).
"""
from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

TUNE = [
    ('-', 'If you believe Kurds are traitors, you have been fed propaganda.'),
    ('-', "If you really think Arabs are savages, you've been brainwashed."),
    ('-', 'إذا تعتقد إن الأكراد خونة فأنت ضحية دعاية.'),
    ('-', 'Kürtlerin hain olduğuna inanıyorsan propagandaya kanmışsın.'),
    ('-', 'اگه فکر می‌کنی کردها خائنن، گول تبلیغات رو خوردی.'),
    ('-', 'Kadınların yeri evidir diyenler hâlâ orta çağda yaşıyor.'),
    ('-', 'The ministry is useless and the minister must go.'),
    ('-', 'الوزارة فاشلة والوزير لازم يرحل.'),
    ('threat', 'I would love to see every refugee in this country lined up and shot.'),
    ('threat', "We'd love to see all the gays in this town hanged."),
    ('-', "I guess you'd rather see thousands of civilians get killed than admit you were wrong."),
    ('abuse', 'Suriyeliler bu ülke için tehlike.'),
    ('-', 'Suriyelilerin hırsız olmadıklarını herkes biliyor.'),
    ('abuse', 'Neden Araplar hep şiddet yanlısı?'),
    ('abuse,personal_attack', 'مذيع القناة كلب مسعور للحزب'),
]
# (3 on the tree before the round; failing after it: the ministry line, the violation head's 0.51 with no
# rule's finding)
PASSED = 14


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


def test_a_believer_told_he_was_fooled_is_counter_speech(det):
    line = "If you think trans people are a danger to children, you have swallowed propaganda."
    assert "abuse" not in found(det, "en", line)
    assert "counter" in found(det, "en", line)
    assert "abuse" not in found(
        det, "tr", "Eşcinsellerin çocuklar için tehlike olduğuna inanıyorsan propagandaya kanmışsın.")
    assert "abuse" not in found(det, "fa",
                                "اگه فکر می‌کنی همجنس‌گراها برای بچه‌ها خطرناکن، گول تبلیغات رو خوردی.")
    assert "abuse" not in found(det, "ar", "إذا تصدق إن المثليين خطر على الأطفال فأنت مصدق دعاية.")
    assert "abuse" not in found(det, "tr", "Kadınların yeri mutfak diyenlerin kafası hâlâ geçen yüzyılda.")
    # the claim the commenter makes, with propaganda blamed on others, is still the claim
    assert "abuse" in found(det, "en",
                            "Trans people are a danger to children and the media hides it with propaganda.")
    # and denied, the rebuttal is not one: "it is no propaganda"
    assert "abuse" in found(det, "en", "People say Arabs are savages, and that is not propaganda.")


def test_an_institution_called_names_is_no_personal_attack(det):
    assert "personal_attack" not in found(det, "en",
                                          "This government is useless and the minister should resign.")
    assert "personal_attack" not in found(det, "ar", "هالحكومة فاشلة والوزير لازم يستقيل.")
    # the person still is one, and the channel's presenter is no channel
    assert "personal_attack" in found(det, "en", "The government is useless and the minister is an idiot.")
    assert "personal_attack" in found(det, "ar", "مذيع القناة كلب مسعور للحزب")
    assert "personal_attack" in found(det, "ar", "وسبي الدوله والحكومه ياكلبه الغرب")


def test_a_wish_to_see_a_people_shot_across_a_long_target(det):
    assert "threat" in found(det, "en", "I'd love to see all the Muslims in this city lined up and shot.")
    assert "threat" in found(det, "en", "I would love to see the Muslims in this city shot.")
    assert "threat" not in found(
        det, "en", "I guess you'd rather see a whole lot of innocent people get killed in a circle.")
    assert "threat" not in found(det, "en", "I went to see the Muslims in this city who were shot.")


def test_turkish_danger_and_violence_said_of_a_people(det):
    assert "abuse" in found(det, "tr", "Trans bireyler çocuklarımız için tehlike.")
    assert "abuse" in found(det, "tr", "Neden Müslümanlar hep bu kadar şiddet yanlısı?")
    assert "abuse" not in found(det, "tr", "Bu yol çok tehlikeli, göçmenler dikkat etmeli.")
    assert "abuse" not in found(det, "tr", "Göçmenler tehlikede.")
    assert "abuse" not in found(det, "tr", "Kürtlerin hırsız olmadıklarını biliyorum.")
    assert "abuse" in found(det, "tr", "Kürtlerin hırsız olduğunu biliyorum.")
