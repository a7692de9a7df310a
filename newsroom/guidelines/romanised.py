"""Arabic and Persian typed in Latin letters, read as the words they may spell.

People type Arabic in Latin letters with digits for the letters Latin lacks ("Arabizi": "3" ain, "7"
ha, "2" hamza, "5" kha, "9" qaf: "enta 7mar", "ra7 a2ta3 lsanak"), and Persian in Latin letters
("Finglish": "khafe sho", "sareto mibooram"). The language identifier, which learnt both in their own
script, reads such a comment as English, Turkish or Kurmanji, and only the phrases the word lists spelt
out in Latin letters were found. This module spells a Latin word in Arabic or Persian letters every way
it may be read -- a vowel written or not, "t" as ت or ط, a final "a" as ا or ة -- and the harm detector
keeps the reading that is a word of the language (harm._Lang.romanised_reading) and tells whether a
comment is written so (harm.HarmDetector.romanised_tokens); the scorer then scores it in that language,
its heads reading the spelling in the language's script and its rules the words
(model.LinearModel.read_romanised). Arabic since the fifty-second round, Persian since the fifty-third.

The letters are those normalise_text leaves (ک, ی, ه for ة, ا for the hamza's seats and آ), so a
reading compares with the word lists and the known words directly.
"""
import re

# Latin letters and digits, and the Arabic letters each may stand for, likeliest first. Vowels may be
# written or not ("" is a reading): Arabic script writes long vowels and leaves short ones out, and a
# single "o", "u" or "e" inside a word is most often a short one ("kolna": کلنا).
_UNITS_AR = {
    "sh": ("ش",), "ch": ("ش",), "kh": ("خ",), "gh": ("غ",), "th": ("ث", "ت"), "dh": ("ذ", "ض", "د"),
    "ou": ("و",), "oo": ("و",), "ee": ("ی",), "ei": ("ی",), "ai": ("ی", "ای"), "aa": ("ا",), "ii": ("ی",),
    "uu": ("و",), "ay": ("ی", "ای"),
    "b": ("ب",), "t": ("ت", "ط"), "d": ("د", "ض"), "r": ("ر",), "z": ("ز", "ظ", "ذ"), "s": ("س", "ص"),
    "f": ("ف",), "q": ("ق",), "k": ("ک",), "l": ("ل",), "m": ("م",), "n": ("ن",), "h": ("ه", "ح"),
    "w": ("و",), "y": ("ی",), "j": ("ج",), "g": ("ج", "ق", "غ"), "p": ("ب",), "v": ("ف",), "c": ("ک",),
    "x": ("کس",),
    "2": ("ء", "ا", "ق", "ئ"), "3": ("ع",), "5": ("خ",), "6": ("ط",), "7": ("ح",), "8": ("غ", "ق"),
    "9": ("ق", "ص"),
    "a": ("ا", ""), "e": ("", "ی"), "i": ("ی", ""), "o": ("", "و"), "u": ("", "و"),
}
_VOWELS = frozenset("aeiou")
# a word's last vowel: the feminine ending (ة, folded to ه), a long alif, an alif maqsura (ی), or none
_FINAL_AR = {"a": ("ه", "ا", "", "ی"), "e": ("ه", "ی", ""), "i": ("ی",), "o": ("و",), "u": ("و",),
             "ah": ("ه", "اه"), "eh": ("ه",), "aa": ("ا",)}
# Finglish: Persian's own letters (پ, چ, ژ, گ), its four z's and three s's; "e" is the short vowel,
# never written inside a word, and at its end the silent ه ("khaste": خسته) or the ezafe ("kesafate")
_UNITS_FA = {
    "sh": ("ش",), "ch": ("چ",), "kh": ("خ",), "gh": ("ق", "غ"), "zh": ("ژ",),
    "ou": ("و",), "oo": ("و",), "ee": ("ی",), "ei": ("ی",), "ey": ("ی",), "ai": ("ای", "ی"), "aa": ("ا",),
    "b": ("ب",), "p": ("پ",), "t": ("ت", "ط"), "s": ("س", "ص", "ث"), "j": ("ج",), "h": ("ه", "ح"),
    "d": ("د",), "z": ("ز", "ذ", "ض", "ظ"), "r": ("ر",), "f": ("ف",), "q": ("ق", "غ"), "k": ("ک",),
    "g": ("گ",), "l": ("ل",), "m": ("م",), "n": ("ن",), "v": ("و",), "w": ("و",), "y": ("ی",), "x": ("خ",),
    "c": ("ک",),
    "a": ("ا", ""), "e": ("", "ی"), "i": ("ی", ""), "o": ("", "و"), "u": ("و", ""),
}
_FINAL_FA = {"a": ("ا", "ه"), "e": ("ه", ""), "i": ("ی",), "o": ("و",), "u": ("و",), "eh": ("ه",),
             "ah": ("ه", "اه"), "aa": ("ا",), "oo": ("و",), "ee": ("ی",)}
# a vowel that starts a word: an alif, with the long vowel's letter after it where it may be one
_INITIAL_AR = {"o": ("او",), "u": ("او",), "ou": ("او",), "oo": ("او",)}
_INITIAL_FA = {"o": ("او", "ا"), "u": ("او", "ا"), "ou": ("او",), "oo": ("او",), "e": ("ا", "ای"),
               "i": ("ای", "ا"), "ee": ("ای",), "ei": ("ای",), "ey": ("ای",)}
TABLES = {"ar": (_UNITS_AR, _FINAL_AR, _INITIAL_AR), "fa": (_UNITS_FA, _FINAL_FA, _INITIAL_FA)}
# the readings spelt for one word, at most: a word of eight letters with four vowels has hundreds
READINGS_AT_MOST = 300


def _units(word, table, final):
    """The word cut into the units of ``table``, digraphs first, its last vowel read by ``final``; a
    letter doubled (shadda) counts once. None when a character has no reading (an apostrophe, a letter
    of another script, a digit in Persian)."""
    out, i, n = [], 0, len(word)
    while i < n:
        two = word[i:i + 2]
        if i + 2 == n and two in final:
            out.append(("$" + two, final[two]))
            break
        if len(two) == 2 and two in table:
            out.append((two, table[two]))
            i += 2
            continue
        ch = word[i]
        if ch not in table:
            return None
        if out and out[-1][0] == ch and ch not in _VOWELS:  # "kazzab": the doubled z is one letter
            i += 1
            continue
        out.append((ch, final[ch] if i == n - 1 and ch in final and i > 0 else table[ch]))
        i += 1
    return out


def readings(word, lang="ar"):
    """Every spelling in the script of ``lang`` (ar, fa) of the Latin ``word`` (lower case, digits for
    letters in Arabic), likeliest first, at most READINGS_AT_MOST. A vowel that starts the word is an
    alif ("enta": انت, "akrad": اکراد, "ahmagh": احمق)."""
    table, final, initial = TABLES[lang]
    units = _units(word, table, final)
    if not units:
        return []
    first = units[0][0]
    if first[-1] in _VOWELS and first[0] in _VOWELS:
        units[0] = (first, initial.get(first, ("ا",)))
    out = [""]
    for _u, letters in units:
        out = [o + c for o in out for c in letters]
        if len(out) > READINGS_AT_MOST:
            out = out[:READINGS_AT_MOST]
    out = [o for o in out if len(o) >= 2]
    if lang == "fa" and len(word) > 4 and word.endswith("ye") and word[-3] in _VOWELS:
        out += readings(word[:-2], lang)  # the ezafe after a vowel: "harzeye" is هرزه + ye
    return out


# the languages a comment in each language may be typed in Latin letters: Arabic and Persian (Arabizi and
# Finglish) in one the identifier took for English or Turkish, only Arabizi in one it took for Kurmanji
# (Persian's kin, whose Latin letters read as Persian too often; and there only with a digit typed), and a
# comment the identifier took for Arabic or Persian (or the site forced) its own language typed so
FROM = {"en": ("ar", "fa"), "tr": ("ar", "fa"), "kmr": ("ar",), "ar": ("ar",), "fa": ("fa",)}


# the article, the prepositions joined to it and the conjunction, typed as words of their own before the
# noun: "el akrad", "bel share3", "w el 3arab" -- in Arabic letters one word with the noun (الاکراد,
# بالشارع, والعرب). {word: (the word it stays, or "" when it joins the noun whole, the prefix it gives
# the noun)}: "fel" is في before ال
ARTICLES = {"w": ("", "و"), "el": ("", "ال"), "al": ("", "ال"), "il": ("", "ال"), "bel": ("", "بال"),
            "bil": ("", "بال"), "lel": ("", "لل"), "lil": ("", "لل"), "3al": ("", "عال"), "wel": ("", "وال"),
            "wil": ("", "وال"),
            "fel": ("فی", "ال"), "fil": ("فی", "ال")}

# words of the script typed one way, read as written rather than spelt out ("wallah" is no واله; "b"
# and "l" are prepositions typed apart from their word; Persian's short words, which readings() leaves
# out, and "ey", the vocative)
WORDS_AR = {"allah": "الله", "wallah": "والله", "walla": "والله", "wallahi": "والله", "inshallah": "انشالله",
            "yalla": "یلا", "ya": "یا", "b": "ب", "l": "ل", "ma": "ما", "la": "لا", "lo": "لو",
            "enta": "انت", "inta": "انت", "ente": "انتی", "enti": "انتی", "inti": "انتی", "ana": "انا",
            "shu": "شو", "shou": "شو", "eh": "ایه", "mish": "مش", "mesh": "مش", "msh": "مش"}
WORDS_FA = {"ey": "ای", "va": "و", "o": "و", "ke": "که", "be": "به", "az": "از", "ba": "با", "dar": "در",
            "in": "این", "to": "تو", "ye": "یه", "na": "نه", "ro": "رو", "ra": "را", "bi": "بی", "ma": "ما",
            "bo": "بو", "sho": "شو", "ham": "هم", "man": "من", "oon": "اون", "un": "اون"}
WORDS = {"ar": WORDS_AR, "fa": WORDS_FA}

# a Latin word typed with digits for Arabic letters: two letters or more and one of the digits, none
# side by side ("7a2eer", "3lek", "ra7"), not in a link or a handle
DIGIT_WORD = re.compile(
    r"(?<![\w@#/.])(?=[a-z]*[235679])(?=(?:[0-9]?[a-z]){2})(?:[a-z]|[0-9](?![0-9]))+(?![\w@/])")
LINK = re.compile(r"\S*(?:https?:|www\.|\.com|\.co/|\.org)\S*")
# a number and what follows it, not Arabic: a time, an ordinal, a unit, a Turkish case ending ("7am",
# "3rd", "5km", "3de", "5lik"), and a consonant or two before a number, a name ("g7", "ww2", "q7"; "ra7" is
# Arabizi)
NOT_ARABIZI = re.compile(
    r"^(?:\d+(?:st|nd|rd|th|am|pm|s|k|m|g|h|x|d|kg|km|cm|mm|ml|mb|gb|min|mins|hr|hrs|yr|yrs|de|da|te|ta|ye|"
    r"ya|e|a|dk|sn|lik|luk|li|lu|ler|lar|den|dan|ten|tan|inci|nci|uncu|ncu|yi|yu|i|u|in|un)|[b-df-hj-np-tv-z]{1,2}\d+)$")
DIGIT_WORDS_AT_MOST = 12
_DIGIT = re.compile(r"[235679]")


def digit_words(base_text):
    """The Latin words of a base-normalised comment typed with Arabizi digits (DIGIT_WORD), at most
    DIGIT_WORDS_AT_MOST: what harm.HarmDetector.analyse reads as Arabic with ``typed``."""
    if _DIGIT.search(base_text) is None:
        return ()
    if "/" in base_text or "." in base_text:
        base_text = LINK.sub(" ", base_text)
    return tuple(w for w in DIGIT_WORD.findall(base_text) if not NOT_ARABIZI.match(w))[:DIGIT_WORDS_AT_MOST]
