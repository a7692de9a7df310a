"""Severe-harm detectors: threats, identity-based abuse, personal attacks, profanity and vulgarity,
for en, ar, tr and fa, from explicit structure rather than from statistics alone.

Why: a linear model trained on tweets learns which words are frequent in offensive tweets. A threat
("someone should shoot that spokesman") is made of ordinary words, and threats are rare in every
training set, so the heads miss them; identity-based abuse ("Arabs are savages") is missed the same
way. These detectors look for the structure the guidelines describe:

    threat            a violent act (kill, shoot, burn...) or a death wish, aimed at a person or a
                      group, in a mood of intent, wish, call or prediction ("I will", "someone should",
                      "deserves to", "let's", imperative); or a stock intimidation ("I know where you
                      live", "watch your back")
    abuse             an identity group with dehumanisation, a sweeping negative claim, hatred, a call
                      for exclusion or violence; or a slur
    personal_attack   an insult aimed at the addressee or at a person ("you idiot", "the writer is a
                      clown")
    profanity,
    vulgarity         word lists

and they stay quiet on the contrasts: news reporting ("ISIS killed 20 villagers", "the coalition will
keep destroying hideouts" -- no mood of the commenter, or a news actor as subject), negation ("no one
should kill..."), counter-speech (hate quoted or reported in order to reject it), neutral identity
mentions ("I am a Kurdish woman") and violent idioms with no target.

Each finding has a strength (2 strong, 1 weak) and the token spans that carry it; model.py turns them
into probabilities with likelihood ratios measured on the training data (training.harm_ratios), so a
detector is evidence combined with the learned heads, never an unexplained override. Plain Python, no
Django; the word lists are in the harm_lexicon package (one module per language).
"""
import contextlib
import functools
import gc
import itertools
import math
import re
from bisect import bisect_left, bisect_right
from collections import OrderedDict, namedtuple

from . import known_words, romanised
from .harm_lexicon import (
    FA_NOT_FORMS,
    FINGLISH_MARKERS,
    HOMOPHOBIA,
    LEXICON,
    OTHER,
    PHRASES,
    RACISM,
    RELIGION,
    SEXISM,
    XENOPHOBIA,
)
from .normalise import _LEET_TABLE as LEET_TABLE
from .normalise import TR_ASCII, normalise_base_text, normalise_text

STRONG, WEAK = 2, 1
# (en) the first words of the stock threats that greet or compliment a family ("say hi to your", "lovely
# family you"): with a word of congratulation or of a meeting remembered fondly (WARM), friendship
def _nf(*ws):
    """The words as the detectors see them (normalised), as a set."""
    return frozenset(normalise_text(w) for w in ws)


# Sorani ە comes from Persian ه + zero-width non-joiner (normalise.py): in Persian it is ه again
_FA_AE = str.maketrans({"\u06d5": "\u0647"})


@functools.lru_cache(maxsize=65536)
def _fold(word):
    # (cached: the lists repeat their tokens -- "you", "will", "the" -- thousands of times, and every
    # language's lists are folded when a detector loads)
    return normalise_text(word).replace("'", "").replace("’", "").translate(_FA_AE)


def _ar_fold(word):
    """Arabic letters normalise.py leaves apart that spelling varies on: yeh with hamza (لاجئين,
    لاجيين)."""
    return word.replace("ئ", "ی")


def _nt(*ws):
    """The words as _analyse reads them (_fold, then _ar_fold), as a set (rounds 189-190's tables)."""
    return frozenset(_ar_fold(_fold(w)) for w in ws)


_EN_GREETING_HEADS = frozenset({"give", "send", "say", "tell", "kiss", "hug", "nice", "lovely", "beautiful",
                                "cute", "pretty"})
# (tr) the verb of "yok et-" (to destroy) negated: etmez, etmedi, etmeyecek, etmemeli, etmesin, edemez,
# edilemez (not etmeli, etmek, edilmeli: "must destroy"; nor the nouns etmeyi, etmesi)
_TR_YOK_NEG = re.compile(r"^(?:et|ed)(?:il)?(?:e)?m[ea](?:z|d|y|mel|mal|s|m|n)")
_TR_YOK_NOT_NEG = ("meyi", "meye", "mesi", "mayı", "maya", "ması")
# "all of them", "everyone": no target of their own for "yok et-"
_TR_ALL = frozenset({"hepsi", "hepsini", "hepsinin", "hepsine", "hepsiyle"})
# every identity group's and slur's tag (GROUP:racism ... SLUR:other)
_IDENTITY_TAGS = frozenset(f"{tag}:{kind}" for tag in ("GROUP", "SLUR")
                           for kind in (RACISM, XENOPHOBIA, RELIGION, SEXISM, HOMOPHOBIA, OTHER))
CLAUSE_KEYS = ("threat", "abuse", "personal_attack", "profanity", "vulgarity")
CONTRASTS = ("report", "negated", "counter", "rebuttal", "identity", "praise")

# weapon and coffin emoji are words of their own ("I'll 🔪 you"): 🔪 🔫 💣 🪓 🗡 ⚰; and (hundred-and-
# twentieth round) the animals and vermin a people is likened to ("Kurds are 🐀": violation 0.02;
# "Muslims are 🐖🐖" 0.54 with no clause), read in every language as a likeness to an animal (DEHUMAN):
# rats and mice, pigs and boars, apes and monkeys, snakes, cockroaches, bugs and worms, germs, dogs, cows
# and goats
_VERMIN_EMOJI = frozenset("\U0001F400\U0001F401\U0001F416\U0001F437\U0001F43D\U0001F417\U0001F412\U0001F435"
                          "\U0001F98D\U0001F9A7\U0001F40D\U0001FAB3\U0001F41B\U0001FAB1\U0001F99F\U0001F9A0"
                          "\U0001F415\U0001F436\U0001F404\U0001F42E\U0001F410")
_TOKEN_RE = re.compile(r"\w+(?:['’]\w+)*|[\U0001F52A\U0001F52B\U0001F4A3\U0001FA93\U0001F5E1\u26B0"
                       + "".join(sorted(_VERMIN_EMOJI)) + "]")


def _leading(first, pattern):
    """``pattern`` compiled behind a lookahead for the characters a match of it can start with
    (``first``, a character class): the same matches, found in about half the time -- the regular
    expression engine skips ahead to such a character instead of trying each alternative at every
    position."""
    return re.compile(f"(?={first})(?:{pattern})")


_SENT_PATTERN = r"[.!?؟؛;\n]+|\s[-–—]\s|,\s*(?:and|but|so|ama|fakat|ve|lakin|اما|ولی|لکن|لکن|و)\s"
_SENT_RE = _leading(r"[.!?؟؛;\n\s,]", _SENT_PATTERN)
# Arabic commenters separate clauses with commas (، folded to ,): a mood governs an act in its own clause
_AR_SENT_RE = _leading(r"[.!?؟؛;\n,\s]", r"[.!?؟؛;\n,]+|\s[-–—]\s")
# (hundred-and-forty-first round) what makes a quoted sentence hateful, and what does not judge it, for a
# rejection after it (quote_rejected)
_QUOTED_HARM = frozenset({"VIOLENT", "DIE", "NEGPRED", "DEHUMAN", "EXCLUDE", "INSULT", "HATE"})
_NOT_JUDGING_A_QUOTE = frozenset({"INSULT", "NEG", "VICE", "STOPSAY"})
# a comma or a sentence's mark between two words (HarmDetector._analyse's marked_between)
_CLAUSE_MARK_RE = re.compile(r"[,.?!;:]")
# quoted stretches (counter-speech quotes the hate it rejects)
_QUOTE_RE = re.compile(r"\"[^\"]{2,200}\"|“[^”]{2,200}”|«[^»]{2,200}»|'[^']{3,200}'|‘[^’]{3,200}’"
                       r"|„[^“”]{2,200}[“”]")

# (hundred-and-twenty-fifth round) "and not", "so not": a negation behind the conjunction clitic, which may
# start a phrase though it is under four letters
_AR_AND_NOT = frozenset({"وما", "ولا", "فما", "فلا"})


def _ar_behind_and(w):
    """The Arabic word ``w`` without the conjunction clitic و or ف before it, where a phrase may start
    there ("ونصفي حسابنا", "فجايينكم", "وما يستاهلون": a word of four letters or more, or a negation,
    _AR_AND_NOT); or None. Read by the phrases' prefilter (_Lang.may_trigger) and by the phrase heads
    (HarmDetector._analyse) alike."""
    return w[1:] if (len(w) >= 4 or w in _AR_AND_NOT) and w[0] in ("و", "ف") else None

# (fifty-fourth round) Counter-speech that quotes others: the hate inside quotation marks, put in others'
# mouths by a verb of saying, calling or writing ("people who call Kurds "mountain rats" spread hatred",
# "'Pis Arap' diyenler zehir yayıyor", "کسایی که به عربا می‌گن «ملخ‌خور»"), and not endorsed by the
# commenter ("as my grandfather said, "Arabs are dogs", and he was right"). The verb is owned by others
# when a generic or relative subject goes before it ("people who", "whoever", "اللي", "کسایی که"), when it
# is a Turkish participle ("diyenler", "yazan kişi"), or when it is passive, a verbal noun or told to stop
# ("called", "denildi", "انقال", "از نوشتن ... دست بردارید", "stop posting").
_QUOTED_SAY = {
    "en": re.compile(r"(?:call|say|writ|wrote|shout|yell|scream|chant|label|post|tweet|comment|spray|paint|"
                     r"hear|heard|repeat|spread)\w*$"),
    "ar": re.compile(r"[وف]?(?:[یتنا]|ان|ین|تن)?(?:قول|قال|سم[یوا]|کتب|صرخ|صیح|هتف|وصف|توصف|نعت|ردد|نقال)"),
    "tr": re.compile(r"(?:diye\w*|diyen\w*|der|derler|dedi\w*|deni\w*|denme\w*|yaz\w*|bağır\w*|bagir\w*|"
                     r"söyle\w*|soyle\w*|haykır\w*|çağır\w*|cagir\w*|adlandır\w*|etiketle\w*|paylaş\w*|anıl\w*|"
                     r"anil\w*)$"),
    "fa": re.compile(r"(?:(?:ن?می)?(?:گ[هنیم]|گید|گین|نویس\w*)|گفت\w*|نوشت\w*|برچسب\w*|لقب\w*)$"),
}
_QUOTED_OTHERS = {
    "en": frozenset({"people", "those", "anyone", "anybody", "whoever", "someone", "somebody", "everyone",
                     "everybody", "commenters", "commenter", "trolls", "who", "others", "stop", "quit",
                     # (hundred-and-twenty-sixth round) a third person or the group whose words are quoted:
                     # 'They posted "we will slaughter the Yazidis" on their channel' (not the commenter)
                     "they", "he", "she", "isis", "daesh", "militants", "jihadists", "extremists"}),
    "ar": frozenset({"اللی", "الی", "الذین", "من", "کل", "ای", "ناس", "الناس", "البعض", "بعض", "هولاء",
                     "هذول", "هدول", "بطلوا", "بطل", "وقفوا", "کفایه"}),
    "tr": frozenset({"herkes", "kişi", "kisi", "kişiler", "insanlar", "yorumcular", "bazıları", "bazilari",
                     "bırakın", "birakin", "kim", "kimse"}),
    "fa": frozenset({"کسایی", "کسانی", "اونایی", "انهایی", "هرکی", "کی", "بعضیا", "بعضی", "کسی",
                     "بردارید", "بردارین"}),
}
# the words with which a commenter owns what is quoted ("and it's true", "وكان صادق", "haklıydı",
# "راست می‌گفت")
_QUOTED_ENDORSED = {
    "en": frozenset({"right", "true", "correct", "agree", "exactly", "truth", "indeed", "honestly"}),
    "ar": frozenset({"صحیح", "صح", "صادق", "حق", "صدق", "فعلا", "بالفعل", "الصح", "بصراحه"}),
    "tr": frozenset({"doğru", "dogru", "haklı", "hakli", "haklıydı", "katılıyorum", "gerçekten", "gercekten",
                     "aynen", "açıkçası", "acikcasi", "uygun"}),
    "fa": frozenset({"راست", "درست", "درستم", "درسته", "درستیه", "حق", "واقعا", "راستشو", "راستش"}),
}
# (abusive words of the commenter's own, outside the quotation: no counter-speech then; on English tweets
# the attributed quotation was mostly offensive itself: "Cody is ALWAYS calling people "nigger". He's a
# fucking spaz!")
# (not DEHUMAN: counter-speech calls hate a poison, "zehri yayıyor")
_QUOTED_OWN_ABUSE = frozenset({"INSULT", "PROF", "VULG"})
# (passive forms, verbal nouns and Turkish participles own the saying by themselves)
_QUOTED_SELF_OWNED = {
    "en": re.compile(r"(?:called|labell?ed|calling|hearing|posting|writing|chanting|shouting|tweeting)$"),
    "ar": re.compile(r"(?:انقال|ینقال|تنقال|یتوصف\w*|توصیف|تسمیه|وصف)$"),
    "tr": re.compile(r"\w*(?:[ae]n|[ae]nl[ae]r\w*|ildi|ilmesi\w*|ilmes\w*|mesi\w*|ması\w*|mayı|meyi|ıldı|"
                     r"ılması\w*)$"),
    "fa": re.compile(r"(?:گفتن|نوشتن)$"),
}
# (hundred-and-twenty-fifth round) a quotation said by anyone just before it and answered by "but" right after
# it is put in its sayer's mouth to be answered: 'نویسنده نوشته «افغانیا دزدن» ولی آمار پلیس چیز دیگه‌ای
# می‌گه', 'the author wrote "Afghans are thieves" but the police figures say otherwise'
_QUOTE_ANSWERED_BY = {
    "en": frozenset({"but", "yet", "however", "whereas"}),
    "ar": frozenset({"لکن", "لکنه", "بس", "بینما", "رغم"}),
    "tr": frozenset({"ama", "fakat", "oysa", "ancak", "halbuki"}),
    "fa": frozenset({"ولی", "اما", "درحالیکه", "درصورتیکه"}),
}
_QUOTE_ANSWER_ABUSE = frozenset({"NEGPRED", "DEHUMAN"})


# (fifty-fifth round) A virtue denied of a whole group is a sweeping negative claim: "Kurds are not honest
# people", "العرب عمرهم ما كانوا نظيفين", "Suriyeliler medeni değil", "کردا آدمای درستکاری نیستن"; and no
# virtuous member of it is to be found: "there is not a single honest Arab", "ما في عربي شريف واحد", "یه عرب
# شریف هم پیدا نمیشه". The virtues are the VIRTUE tag; the denial goes before the virtue in English and
# Arabic (_VIRTUE_NOT), after it in Turkish and Persian, the copula's or the verb's (_VIRTUE_NOT_AFTER).
_VIRTUE_NOT = {
    "en": frozenset({"not", "never", "arent", "isnt", "werent", "wasnt", "hardly", "no", "cant", "cannot"}),
    "ar": frozenset({"مو", "مش", "مب", "ما", "لیسوا", "لیس", "مهم", "مانهم", "غیر", "ابدا", "عمرهم", "مهمش"}),
}
_VIRTUE_NOT_AFTER = {
    "tr": ("değil", "degil", "olmaz", "olamaz", "olmuyor", "olmadı", "olmadi"),
    "fa": ("نیست", "نبود", "ندار", "نمیشن", "نمیشوند", "نمیشند"),
}
# "not only", "not less": a virtue not denied but outdone
_VIRTUE_NOT_ONLY = frozenset({"only", "just", "merely", "simply", "less", "more", "بس", "فقط", "اقل", "اکثر",
                              "sadece", "yalnızca", "yalnizca", "daha", "تنها", "کمتر", "بیشتر"})
# no one of the group found: the words of "there is none such" in each language
_VIRTUE_NONE = {
    "en": frozenset({"single", "meet", "find", "found"}),
    "ar": frozenset({"فی", "فیه", "تلقی", "تلاقی", "یوجد", "ماکو", "مافی", "مافیه", "نلقی", "تشوف"}),
    "fa": frozenset({"نمیشه", "نمیکنی", "نمیکنید", "نمیبینی", "نداره", "نیست"}),
    "tr": frozenset({"yok", "yoktur", "bulamazsın", "bulamazsin", "rastlayamazsın", "rastlayamazsin",
                     "çıkmaz", "cikmaz", "göremezsin", "goremezsin"}),
}


# (fifty-seventh round) A call to withhold from a group a home, a job, a sale or entry is a call for
# exclusion: "Don't hire Afghans", "Nobody should rent a flat to refugees", "لا توظفوا أفغان", "Afganları
# işe almayın", "به سوریا کار ندید". The act (_SERVE) and the prohibition (_SERVE_NOT before it, or in the
# verb's own negative morphology in Turkish and Persian) with a group named within six words, its object or
# recipient (after the verb in English and Arabic, before it in Turkish and Persian); not an act others are
# told of in a relative clause ("landlords who refuse to rent to Arabs should be fined"), nor a right
# denied ("refugees must not be denied the right to rent": _SERVE_DEPRIVED).
_SERVE = {
    "en": re.compile(r"(?:rent|rents|renting|hire|hiring|employ|employing|sell|selling|serve|serving|lease|"
                     r"leasing)$"),
    # (sixty-sixth round: giving and serving, "لا تعطوا الأكراد وظايف", "لا تخدموا الإيرانيين بمحلاتكم")
    "ar": re.compile(r"[وف]?(?:ت|ی|ن)?(?:اجر|وجر|وظف|بیع|شغل|عط|عطی|خدم)(?:وا|ون|و|ی|ین)?$"),
    "tr": re.compile(r"(?:kirala|sat|çalıştır|calistir|sok|ver|al)m[ae]"
                     r"(?:y[ıi]n(?:[ıi]z)?|mal[ıi]\w*|y[ıi])$"),
    "fa": re.compile(r"(?:ن?(?:بفروش|فروش)\w*|ندید|ندین|نده|ندن|نمیدن|نمیدیم|نکنید|نکنین|نکن|نکنن|بده|بدن|"
                     r"بدید|بدین|کنن|کنید|بکنن)$"),
}
# (tr, fa) the noun a light verb makes the act with: "işe almayın", "kiraya vermeyin", "اجاره ندید"
_SERVE_NOUN = {
    "tr": ("iş", "is", "işe", "ise", "kiraya", "ev", "daire", "toprak", "arsa", "hizmet"),
    "fa": ("اجاره", "استخدام", "کار", "خونه", "خانه", "زمین", "ملک"),
}
_SERVE_NOT = {
    "en": frozenset({"dont", "never", "nobody", "noone", "no", "stop", "quit", "refuse", "refuses",
                     "shouldnt", "mustnt", "not", "cant", "wont"}),
    "ar": frozenset({"لا", "محد", "ماحد", "بطلوا", "بطل", "یرفضون", "ترفضون", "یرفض", "ممنوع", "حرام",
                     "ولا"}),
    "fa": frozenset({"نباید", "هیچوقت", "هرگز", "دیگه"}),
}
_SERVE_RELATIVE = {"en": frozenset({"who", "that", "which"}),
                   "ar": frozenset({"اللی", "الی", "الذین", "الذی"}),
                   "fa": frozenset({"که"}), "tr": frozenset()}
_SERVE_DEPRIVED = re.compile(r"(?:denied|deprived|deprive|deny|ینحرم\w*|محروم\w*|حرمان|mahrum\w*)$")


# (sixty-sixth round) A group denied entry, a job or a home by a negative quantifier on it, with a call that
# none of it be let in (rule 3e): "Not one Arab should be admitted to our medical school", "No Kurd should be
# given a government job", "ولا تركي واحد لازم يدخل هالبلد", "Tek bir Arap bile tıp fakültemize kabul
# edilmemeli", "حتی یه ترک هم نباید وارد این کشور بشه". Round 57's _SERVE reads the call to the one who would
# let them in ("Don't hire Afghans"); here the group is the subject of the passive or of the entering. The
# quantifier is on the group itself: "No one should be refused a job because they are Kurdish" denies no one
# anything, and "No Kurd was hired" tells, it does not call (a call's word is asked for).
# (not living, working or buying: "No woman should live in fear", "No refugee should work for free" are pity)
_EN_ADMITTED = frozenset({"admitted", "let", "hired", "employed", "accepted", "welcomed", "enter", "settle"})
# (words that deny a good only with the good named: "No woman should be given less pay" is no exclusion, nor
# "No child should be allowed to go hungry")
_EN_GIVEN = frozenset({"given", "allowed", "sold", "rented", "offered", "granted"})
_EN_GOOD = frozenset({"job", "jobs", "work", "home", "homes", "house", "houses", "flat", "flats", "land",
                      "visa", "visas", "passport", "passports", "citizenship", "residency", "place", "entry",
                      "seat", "seats", "licence", "license"})
_EN_TO_GOOD = frozenset({"enter", "settle", "live", "work", "rent", "buy", "study", "stay", "come", "own",
                        "vote", "marry", "teach", "worship"})  # (ninety-third round: a civic right denied)
_EN_CALLED_FOR = frozenset({"should", "must", "shall", "can", "may", "ought", "shouldnt", "mustnt"})
# (what may stand between the modal and the admission: "should ever be allowed to", "must even be let")
_EN_ADMIT_FILLER = frozenset({"be", "ever", "even", "again", "allowed", "to", "legally", "officially", "get",
                              "anymore", "now"})
# (being admitted, entering, hired, appointed, housed, renting, owning; not living, working or accepting: "ولا
# مرة لازم تعيش بخوف", not a single woman / not once should live in fear)
# ((hundred-and-fifty-eighth round) holding an office, "يتولى"; and "لا يجوز", it is not permitted, a call)
_AR_ADMITTED = re.compile(r"^[وف]?[یت](?:نقبل|دخل|توظف|تعین|سکن|ستاجر|تملک|تولی)")
_AR_CALLED_FOR = frozenset({normalise_text(w) for w in ("لازم", "يجب", "مفروض", "ممنوع", "يجوز")})
# (hundred-and-fifty-eighth round) working, which denies a people a place only in the public service named
# after it ("لا يجب أن يعمل أي سوري في الوظائف الحكومية"; not "... بدون عقد", without a contract, a
# protection)
_AR_WORKS = re.compile(r"^[وف]?[یت](?:عمل|شتغل)")
_AR_PUBLIC_JOB = _nf("وظيفة", "الوظيفة", "وظائف", "الوظائف", "حكومية", "الحكومية", "الدولة", "الحكومة")
# (sixty-eighth round) "don't let", a call too ("لا تخلون ولا سوري يفتح محل"), and opening a shop, an
# admission
_AR_LET = _nf("تخلون", "تخلوا", "تخلو", "تخلي", "تخلوهم")
_AR_OPENS = re.compile(r"^[وف]?[یت]فتح")
_AR_SHOP = _nf("محل", "محلات", "مطعم", "دكان", "شركة", "مشروع", "بسطة")
_TR_MUST_NOT = re.compile(r"[ae]?m[ae]m[ae]l[ıi]")
# (not working: "Hiçbir kadın bu şartlarda çalışmamalı" is pity)
_TR_ADMITTED = ("alın", "alin", "sokul", "gir", "yerleş", "yerles", "kirala", "kabul")
_TR_ADMITTED_NOUN = frozenset({"kabul", "iş", "is", "işe", "ise", "ev", "kiraya", "vatandaşlık",
                               "vatandaslik",
                               # (hundred-and-fifty-eighth round) the public service: "Hiçbir Suriyeli kamuda
                               # çalışmamalı", "Hiçbir Hristiyan devlet memuru olmamalı"
                               "kamuda", "kamuya", "devlette", "memur", "memuru", "memurluğa", "memurluga"})
# (not living, working, walking or accepting: "هیچ زنی نباید تو ترس زندگی کنه", no woman should live in fear)
_FA_ADMITTED = ("پذیرفته", "وارد", "استخدام", "اجاره", "ساکن")


# (fifty-eighth round) Prejudice named (the PREJUDICE tag: "racism", "رهاب المثلية", "ırkçılık",
# "نژادپرستی") has the group it is against as its target, not as the subject of what its sentence says:
# after it in English, Arabic and Persian, behind a word of "against" ("racism against Arabs", "العنصرية ضد
# العرب", "تبعیض علیه افغانا"; an Arabic phobia's genitive needs none: "رهاب المثلية"), before it in Turkish
# ("Araplara karşı ırkçılık", "eşcinsel düşmanlığı"; not an owner in the genitive: "Kürtlerin Türk
# düşmanlığı" is the Kurds'). A hostile word beside it (_CONDEMNING) is said of the prejudice: "I hate
# racism", "homofobi iğrenç".
_PREJUDICE_AGAINST = {
    "en": frozenset({"against", "towards", "toward", "targeting"}),
    "ar": frozenset({"ضد", "تجاه", "علی", "بحق", "نحو"}),
    "fa": frozenset({"علیه", "نسبت", "به", "با", "درباره", "درمورد", "ضد"}),
    "tr": frozenset({"karşı", "karsi", "yönelik", "yonelik"}),
}
_AR_PHOBIA_OF = frozenset({"رهاب", "الرهاب", "معاداه"})
_CONDEMNING = frozenset({"HATE", "NEGPRED", "DEHUMAN", "INSULT", "REJECT"})
# (fifty-eighth round) none of a group, said before it: "not a single", "not even one" (en), "لا يوجد",
# "ما في" (ar)
_EN_NONE_BETWEEN = frozenset({"a", "an", "single", "one", "even"})
_AR_NONE_BEFORE = frozenset({"لا", "ما", "مو", "لیس"})
_AR_THERE_IS = frozenset({"یوجد", "فی", "فیه", "هناک", "تلقی", "تجد"})
# (fifty-eighth round) a counter-speech contrast of this round is only read in a comment without abuse of its
# own (profanity, vulgarity, a slur, an insult that is nothing else: "Okies aren't people ... you idiot") and,
# for a denial, without a "but" after the group ("not all Muslims are terrorists, but ..."): on the data
# the looser reading fired on three offensive comments for each clean one
_OWN_ABUSE = frozenset({"PROF", "VULG"})
_BUT = {
    "en": frozenset({"but", "though", "however", "yet"}),
    "ar": frozenset({"بس", "لکن", "ولکن", "لاکن", "بل"}),
    "tr": frozenset({"ama", "fakat", "ancak", "lakin", "yalnız"}),
    "fa": frozenset({"ولی", "اما", "بلکه", "ولیکن"}),
}
# the copula's or the predicate's own negation, by which a claim is denied ("Muslims are not terrorists",
# "المسلمون ليسوا إرهابيين"; Turkish "değil" and Persian "نیست" after it: rule 3's neg_hi)
# (ninety-ninth round) "all" and "every" before a group, for "not all" (harm._analyse's not_all)
_ALL_OF = {"en": frozenset({"all", "every"}), "ar": _nf("كل")}
_DENIAL = {"en": frozenset({"not", "arent", "isnt", "werent", "wasnt", "never"}),
           "ar": frozenset({"لیسوا", "لیس", "لیست", "مو", "مش", "مب", "ماهم", "مهم", "مانهم", "مهمش"})}
# (fifty-eighth round) Hatred of what is done or said to a group is not hatred of the group: "I hate it
# when people are mean to gay people", "I hate how refugees are treated", "أكره لما الناس يسبون السوريين",
# "İnsanların Suriyelilere kötü davranmasından nefret ediyorum", "از رفتاری که با پناهنده‌ها میشه متنفرم".
# The hatred's object is an event (_HATED_EVENT; Turkish: an ablative verbal noun or event noun,
# _TR_HATED_EVENT), and the group is not that event's subject: another word comes between them (Arabic:
# people, or a verb of treating or speaking, _AR_TREATING), or (English) a passive of treatment follows the
# group (_EN_TREATED). "I hate it when Arabs come here", "Suriyelilerin gelmesinden nefret ediyorum" stay
# hatred of the group.
_HATED_EVENT = {
    "en": frozenset({"it", "how", "when", "whenever", "that", "what", "seeing", "watching", "hearing",
                     "way"}),
    "ar": frozenset({"لما", "کیف", "شلون", "الطریقه", "طریقه", "عندما", "حین", "وقت", "لمن", "کیفیه"}),
    "fa": frozenset({"اینکه", "وقتی", "طرز", "رفتار", "رفتاری", "جوری", "نحوه", "برخورد", "برخوردی"}),
}
# (eighty-fifth round) more events a disgust can be at (disgust_at_event): a treatment, what happened
_DISGUST_EVENT = {
    "en": frozenset({"treat", "treats", "treated", "treatment", "happened", "done", "happens"}),
    "ar": frozenset(normalise_text(w) for w in ("صار", "حصل", "جرى", "يصير", "يحصل", "معاملة", "معاملتهم")),
    "fa": frozenset(normalise_text(w) for w in ("بلایی", "بلای", "کاری", "سر")),
}
_TR_DONE_TO = ("yapılan", "yapilan", "yaşatılan", "yasatilan", "edilen")
_EN_EVENT_DETERMINERS = frozenset({"the", "all", "these", "those", "some", "our", "many", "most"})
_EN_TREATED = frozenset({
    "treated", "mistreated", "abused", "attacked", "insulted", "harassed", "spoken", "talked", "portrayed",
    "demonised", "demonized", "targeted", "discriminated", "bullied", "persecuted", "excluded", "ignored",
    "mocked", "blamed", "stereotyped", "described", "depicted", "labelled", "labeled", "judged", "hated",
    "humiliated", "beaten", "killed", "exploited"})
# (hundred-and-fifty-third round) a people labelled by others: the participle after the people's name
_EN_LABELLED = frozenset({
    "labelled", "labeled", "branded", "called", "described", "painted", "portrayed", "depicted", "dubbed",
    "stereotyped", "smeared", "vilified", "demonised", "demonized", "scapegoated", "slandered"})
_EN_TREATED_BEFORE = frozenset({"are", "were", "is", "was", "get", "got", "gets", "being", "been", "have",
                                "always", "still", "often", "so", "constantly"})
_AR_TREATING = re.compile(r"[وف]?(?:[یتن])?(?:عامل|سب|شتم|هین|ظلم|ضطهد|تکلم|حکی|تحدث|ذل|هاجم|عتدی|تنمر)\w*$")
_AR_PEOPLE = frozenset({"الناس", "ناس", "البعض", "الاعلام", "الحکومه", "الشرطه"})
_TR_HATED_EVENT = re.compile(r"(?:n[dt][ae]n|(?:muamele|davranış|davranis|tavr|tutum|söylem|soylem|laf|yorum|"
                             r"saldırı|saldiri|zulm|zulüm)\w*[dt][ae]n)$")


# (fifty-ninth round) "I think", "we believe", "I say": a verb of saying or thinking whose subject is the
# commenter reports nothing; the claim after it is the commenter's own ("I think Muslims are disgusting" had
# been read as a saying reported, and so as counter-speech). The subject just before the verb, or two words
# before it with an adverb between ("I honestly believe", "we all think")
_EN_FIRST_PERSON = frozenset({"i", "we", "im", "ive"})
# (hundred-and-sixty-sixth round) the one who wishes to see it, before a long target: "I'd love to see", "we
# want to see", the subject nearest before "see" (not "I guess you'd rather see ... get killed", an
# accusation)
_EN_FIRST_WISHER = frozenset({"i", "we", "id", "wed", "ill", "im"})
_EN_WISHERS = _EN_FIRST_WISHER | {"you", "youd", "u", "he", "hed", "she", "shed", "they", "theyd"}
# (fifty-ninth round, tr) a claim in a complement clause ("Kürtlerin hayvan olduğunu", "iğrenç olduğuna")
# that a verb of thinking or saying in the third person reports ("düşünüyor", "inanıyor", "söyleyenler"),
# and a word that judges it in the comment ("yanılıyor", "üzüyor", "ayıp"): another's opinion, rejected
# (fifty-ninth round) a negation that makes a likeness ("no better than rats", "not much different from
# animals", "nothing more than parasites"): the dehumanising claim stands
_EN_LIKENESS = frozenset({"better", "different", "more", "less", "unlike", "other", "superior"})
# (sixtieth round) A group named on its own -- a question or a fragment, "Muslims?", "And the Kurds?",
# "Suriyeliler mi?", "مسلمونا؟" -- is the topic of the sentence after it: the two are read as one sentence,
# and an object pronoun there takes up the group ("I can't stand them", "ما أطيقهم", "Onlardan nefret
# ediyorum", "ازشون متنفرم"). The fragment holds the group and at most these words (_TOPIC_FILLER), four
# words at most.
_TOPIC_FILLER = {
    "en": frozenset({"and", "the", "what", "about", "so", "oh", "those", "these", "all", "ah", "as", "for"}),
    "ar": frozenset({"و", "طیب", "اما", "وش", "شو", "عن", "هاي", "هذول", "هدول"}),
    "tr": frozenset({"mi", "mı", "mu", "mü", "ya", "peki", "ve", "şu", "bu", "o"}),
    "fa": frozenset({"چی", "و", "خب", "پس", "این", "اون", "راستی", "اما"}),
}
_TOPIC_PRONOUN = {
    "en": re.compile(r"(?:them|they|theyre)$"),
    "ar": re.compile(r"\w{2,}(?:هم|هن)$"),
    "tr": re.compile(r"(?:onlar|hepsi|bunlar)\w*$"),
    "fa": re.compile(r"\w*شون\w?$|اونا\w*$"),
}
# (sixtieth round) "أكرههم": the verb's object pronoun takes up a group before it (a verb of hating: not
# "ذكرهم", mentioned them, which holds the letters of كره)
_AR_RESUMED = re.compile(r"[وف]?[اتنی]?(?:کره|حتقر|بغض|طیق|تحمل)\w*(?:هم|هن)$")
_TR_LIKENESS = ("fazla", "başka", "baska", "öte", "ote", "farklı", "farkli", "iyi", "daha")
_TR_COMPLEMENT = re.compile(r"(?:olduğ|oldug|d[ıiuü]ğ|t[ıiuü]ğ)\w*(?:n[ıiuü]|n[ae])$")
_TR_OPINION = re.compile(r"(?:düşün|dusun|inan|söyl|soyl|sanıyor|saniyor|zannet|zannedi|iddia|savun)\w*$")
_TR_FIRST_PERSON_END = ("um", "üm", "ım", "im", "uz", "üz", "ız", "iz", "ruz", "rum")
# (eighty-fourth round) the claim "that they are" as a noun ("suçlu olduğu yalanı"), a lie or a legend, and a
# claim (tr_claim_called_false)
_TR_THAT_THEY = re.compile(r"(?:olduğ|oldug|oldukl|d[ıiuü]ğ|t[ıiuü]ğ)[ıiuü]$"
                           r"|(?:oldukl|d[ıiuü]kl|t[ıiuü]kl)[ae]r[ıi]$")
_TR_LIE = ("yalan", "efsane")
_TR_CLAIM = ("iddia", "söylem", "soylem")
_TR_JUDGED = ("yanıl", "yanil", "üzüyor", "uzuyor", "üzücü", "uzucu", "ayıp", "ayip", "utanç", "utanc",
              "yanlış", "yanlis", "saçma", "sacma", "rezalet")


# (sixty-first round) A group said never to be trusted: trust denied (a negation before the verb in English
# and Arabic, the verb's own negative morphology in Turkish, a negated verb after "اعتماد" in Persian) with
# the group as what is (not) trusted -- after the verb, or before a passive ("Iranians can never be
# trusted", "Araplara güvenilmez", "به عربا نمیشه اعتماد کرد"), in Turkish in the dative, in Persian after
# "به" -- and never as the one who trusts ("Kurds don't trust Baghdad", "Kürtler Bağdat'a güvenmiyor"), nor
# trust between groups ("each other").
_TRUST = {
    "en": re.compile(r"trust(?:s|ed|ing)?$"),
    # (round 188: and in speech, with the present's ب: "ما بينوثق فيهم", "ما بينأمن لهم", "ما بتثق فيهم")
    "ar": re.compile(r"(?:[وف]?ب?[تنی]ثق\w*|اثق\w*|[وف]?ب?ینوثق\w*|[وف]?ب?یوثق\w*|[وف]?تامن\w*|[وف]?یوتمن\w*"
                     r"|[وف]?ب?[تین]نامن\w*)$"),
    "tr": re.compile(r"(?:güven|guven)(?:me|mem|meyin|meyiniz|miyor\w*|mez\w*|ilmez\w*|ilemez\w*|emez\w*|"
                     r"memeli\w*)$"),
    "fa": re.compile(r"اعتماد$"),
}
_TRUST_NOT = {
    "en": frozenset({"never", "dont", "not", "cant", "cannot", "no", "nobody", "noone", "wont", "shouldnt",
                     "mustnt", "nor"}),
    "ar": frozenset({"لا", "ما", "مو", "مش", "عمره", "عمرهم", "عمرک", "محد", "ماحد", "مستحیل"}),
}
_FA_TRUST_NOT = ("نکن", "نمیشه", "نمیکن", "ندار", "نیست", "نباید", "نمیشود", "نمیتوان")
_TRUST_MUTUAL = frozenset({"each", "another", "بعض", "ببعض", "بعضهم", "birbirine", "birbirimize",
                           "birbirlerine", "همدیگه", "همدیگر"})
_EN_TRUSTED_PASSIVE = frozenset({"be", "been", "being", "is", "are"})
_AR_TRUSTED_OBJECT = re.compile(r"(?:فی|ب|ل)(?:هم|هن|ه|ها)$")
# (hundred-and-eighty-eighth round) Kurd in the dative with its t softened, "Bir Kürde asla güvenme"
# (_TR_DATIVE leaves out "-de", the locative's ending as often)
_TR_SOFT_DATIVE = frozenset({"kürde", "kurde"})
# (hundred-and-eighty-eighth round) a Persian people after "به یه" (to a ...) is the noun, never the verb
# "کرد" (did): "هیچ‌وقت به یه کرد اعتماد نکن"
_FA_TO_A = frozenset({"یه", "یک"})


# (hundred-and-eighty-eighth round) A people called disloyal as its predicate, the people right before it as
# its subject: the enemy ("الأتراك هم العدو الداخلي", "المسلمين عدو كل مجتمع حر", "ترکا دشمن داخلی‌ان",
# "بهاییا دشمن این مملکتن") or a traitor by habit ("الأفغان بيخونوا اللي بيطعمهم", "Afghans will betray
# whoever feeds them"): _disloyal_named. Not the enemy a people has or fights ("کردها دشمن مشترکی داشتند"),
# nor a news actor's ("الأكراد أعداء داعش", the enemies of ISIS), nor the enemy alone ("قصف العدو قريتين
# كرديتين": the war's news; round 186 left "عدو" out as a claim of its own for that).
_ENEMY = {
    "ar": _nf("عدو", "العدو", "أعداء", "الأعداء", "اعدا"),
    "fa": frozenset({"دشمن", "دشمنن", "دشمنند", "دشمنان", "دشمنا", "دشمنای", "دشمنهای", "دشمنه"}),
}
_EN_BETRAY = frozenset({"betray", "betrays"})  # (the present: "betrayed" is told, or done to them)
# (the imperfect plural: "خانوا", they betrayed, is told)
_AR_BETRAY = re.compile(r"^[وف]?ب?یخون(?:وا|ون|و)$")
# the words that may stand between the people and the predicate: "هم" (they are), always, all of them
_DISLOYAL_BETWEEN = {
    "en": frozenset({"will", "always", "would", "all", "only", "just"}),
    "ar": _nf("هم", "هن", "دايما", "دائما", "دوم", "كلهم", "بس"),
    "fa": frozenset({"همه", "همیشه", "همشون", "همگی"}),
}
# the words before the people that leave it the subject: a determiner, "every", another people's word
_DISLOYAL_BEFORE = {
    "en": frozenset({"the", "all", "these", "those", "most", "many"}),
    "ar": _nf("كل", "هدول", "هدولا", "هول", "هؤلاء", "هذول", "إن", "ان"),
    "fa": frozenset({"این", "اون", "همه", "همهی", "کل", "هر"}),
}
_FA_HAVE = ("داشت", "دار")  # "دشمن مشترک داشتند": an enemy they had


# (hundred-and-eighty-ninth round) A threat veiled by another's fate (_fate_warned): what happened to someone
# else, held up to the addressee with their own act or turn ("Think of what happened to Khashoggi before you
# publish again", "اللي صار للمختار رح يصير فيك", "Muhtara olan sana da olacak", "همون بلایی که سر دهدار اومد
# سر تو هم میاد"), or with how "the last reporter" was found ("Don't forget how the last reporter on this
# story was found"); a lesson or a desert taken by another, "and you too" ("Your colleague learned his lesson
# in the car park, you will learn yours too"); what befalls people like the addressee or those who write so
# ("People who write lies like this have accidents", "الصحفيين اللي بيعادوا العشيرة ما بيعيشوا طويل هون"); the
# addressee's name on a list after another's ("Your name is already on the list after his"). Not a fate
# remembered for its victims ("Remember what happened to the Yazidis in 2014 so it never happens again",
# "Think of what happened to Khashoggi and demand justice"), nor journalists who disappear in custody (the
# fate inside its own "who" clause).
_FATE_WHAT = {  # the word before a fate's verb: "what happened", "شو صار", "ne olduğunu", "چه بلایی"
    "en": _nt("what", "thing"),
    "ar": _nt("شو", "بشو", "اللي", "الي", "ايش", "شنو", "وشو", "شي"),
}
_FATE_VERB = {"en": _nt("happened"), "ar": _nt("صار", "صاير", "حصل")}
_FATE_FOUND = {  # how someone was found
    "en": ("how", _nt("found")), "ar": ("کیف", _nt("لقوا", "لقيوا", "لاقوا", "وجدوا")),
    "tr": ("nasıl", ("bulunduğ", "bulundug")), "fa": ("چجوری", ("پیدا",)),
}
_FATE_HOW_FA = _nt("چجوری", "چطوری", "چطور", "چگونه", "چجور")
_FATE_REMEMBER = {  # the imperative that holds a fate up: "don't forget", "remember", "think of"
    "en": _nt("forget", "remember", "think"),
    "ar": _nt("تنسی", "تنسا", "تذکر", "فکر", "اتذکر"),
    "tr": ("unutma", "hatırla", "hatirla", "düşün", "dusun"),
    "fa": _nt("یادت", "فکر"),
}
_FATE_LAST = {"en": _nt("last"), "ar": _nt("اخر"), "tr": _nt("son"), "fa": _nt("آخرین", "اخرین")}
_FATE_PRESS = {
    "en": _nt("journalist", "reporter", "editor", "writer", "blogger", "columnist", "presenter", "one",
              "guy"),
    "ar": ("صحفی", "صحافی", "مراسل", "محرر", "کاتب", "مدون", "اعلامی", "مذیع"),
    "tr": ("gazeteci", "muhabir", "editör", "editor", "yazar", "blogcu", "köşe"),
    "fa": ("خبرنگار", "روزنامهنگار", "سردبیر", "نویسنده", "وبلاگنویس", "مجری"),
}
_FATE_PUNISHED = {  # a lesson or a desert another took
    "en": _nt("lesson", "deserved"),
    "ar": _nt("جزاوه", "جزاءه", "جزاه", "جزاته", "الدرس", "درسه", "درس"),
    "tr": ("dersini", "ettiğini", "ettigini"),
    "fa": ("درسشو", "درسش", "سزاشو", "سزاش", "سزای"),
}
_FATE_YOU_TOO = {  # the addressee next: "you too", "so will you", "وانت كمان", "sen de", "تو هم"
    "en": (("you", "too"), ("yours", "too"), ("u", "too"), ("will", "you"), ("to", "you")),
    "ar": (("وانت", "کمان"), ("انت", "کمان"), ("وانتا", "کمان"), ("یصیر", "فیک"), ("بیصیر", "فیک"),
           ("یصیر", "معک"), ("بیصیر", "معک"), ("یصیرلک", None), ("بیصیرلک", None)),
    "tr": (("sen", "de"), ("sana", "da")),
    "fa": (("تو", "هم"), ("سر", "تو")),
}
# (tr) and a verb to come after it: "sen de bulacaksın", "sana da olacak" (not "sen de öylesin", you too are
# like that)
_TR_FATE_TO_COME = re.compile(r"(?:[ae]c[ae]k\w*|[ıiuü]rs[ıiuü]n|olur)$")
_FATE_REACH = 10  # the words from a fate to what aims it at the addressee
_FATE_BEFORE_YOU = {"en": ("before", _nt("you", "u")), "ar": ("قبل", _nt("ما"))}
# journalists and critics killed for their work, whose fate is held up to a writer: "before you publish" is a
# threat beside their name, not beside a budget's ("Before you publish, check what happened to the budget")
_FATE_NAMES = ("khashoggi", "kaşıkçı", "kasikci", "dink", "mumcu", "galizia", "politkovskaya", "akleh",
               "kassir", "tueni", "hashimi", "sardasht", "خاشقجی", "لخاشقجی", "بخاشقجی", "الهاشمی", "للهاشمی",
               "شیرین", "لشیرین", "سردشت", "دینک",
               # (round 192) their names in other scripts and their first names
               "غالیزیا", "گالیزیا", "daphne", "دافنی", "دافنه", "hrant", "هرانت")
_FATE_CLASS = {  # what befalls people like the addressee: disappear, accidents, no long life
    "en": _nt("disappear", "disappears", "vanish", "accidents"),
    "ar": _nt("بیختفوا", "یختفون", "یختفوا", "بیختفو", "حوادث", "بیصیرلهم"),
    "fa": ("عمرشون", "عمرشان"),
}
_FATE_LIKE_YOU = {"en": (("like", "you"),), "ar": (("متلک", None), ("مثلک", None), ("امثالک", None)),
                  "fa": (("مثل", "تو"),)}
_FATE_WRITERS = {  # who write, ask, cross the tribe: the addressee's kind by their act
    "en": _nt("write", "writes", "publish", "publishes", "ask", "asks", "criticise", "criticize", "cross",
              "crosses", "insult", "insults"),
    "ar": _nt("بیکتبوا", "یکتبون", "یکتبوا", "بیعادوا", "یعادون", "بیسالوا", "بینتقدوا", "بینشروا", "ینشرون"),
    "fa": ("مینویسن", "مینویسند", "میفتن", "میافتن", "میپرسن", "منتشر"),
}
_FATE_LIVE_LONG = {"en": _nt("long"), "ar": _nt("طویل")}
_FATE_PEOPLE = {"en": ("people", "writers"),
                "ar": ("الناس", "ناس", "الکتاب", "کتاب", "الصحفیین", "صحفیین", "الصحافیین"),
                "fa": ("آدما", "کسایی", "خبرنگارا", "آدمایی")}
_FATE_LIST = {  # the addressee's name on a list after another's
    "en": (_nt("name"), ("list",), _nt("after")),
    "ar": (_nt("اسمک"),
           _nt("لائحه", "اللائحه", "عاللائحه", "قائمه", "القائمه", "عالقائمه", "لیسته", "اللیسته"),
           _nt("بعده", "بعدو", "بعدها")),
    "tr": (("adın", "adin", "ismin"), ("liste",),
           ("arkasından", "arkasindan", "sonra", "ardından", "ardindan")),
    "fa": (_nt("اسمت"), ("لیست",), _nt("بعد")),
}
_FATE_CUE = {lang: frozenset().union(*(t.get(lang, ()) for t in (_FATE_PUNISHED, _FATE_CLASS)))
             for lang in ("en", "ar", "tr", "fa")}
# (en, ar) every word _fate_cue may stop at: the rest of a comment is skipped by one set operation
_FATE_ANY = {lang: _FATE_CUE[lang] | _FATE_VERB[lang] | _FATE_LIVE_LONG[lang] | _FATE_FOUND[lang][1]
             | _FATE_LIST[lang][0] for lang in ("en", "ar")}
_TR_FATE_CUE = ("olduğunu", "oldugunu", "olan", "bulunduğ", "bulundug", "dersini", "ettiğini", "ettigini",
                "adın", "adin", "ismin")


def _fate_cue(lang, words):
    """(hundred-and-eighty-ninth round) May ``words`` hold a fate _fate_warned reads? (No listed word starts
    such a threat: this lets its comment past the prefilter; each word only in the company _fate_warned needs,
    "صار" after "شو", "long" after "live", so that no more comments than it reads are let through.)"""
    cue = _FATE_CUE.get(lang)
    if cue is None:
        return False
    if lang in ("en", "ar") and _FATE_ANY[lang].isdisjoint(words):
        return False
    if lang == "tr" and not any(w.startswith(_TR_FATE_CUE) for w in words):
        return False
    for k, w in enumerate(words):
        prev = words[k - 1] if k else ""
        if lang in ("en", "ar") and w in _FATE_VERB[lang]:
            if prev in _FATE_WHAT[lang]:
                return True
        elif w in _FATE_LIVE_LONG.get(lang, ()):
            if prev == "live" or prev.startswith(("بیعیش", "یعیش")):
                return True
        elif w in cue or (lang in ("en", "ar") and (w in _FATE_FOUND[lang][1] or w in _FATE_LIST[lang][0])):
            return True
        elif lang == "tr":
            if ((w.startswith(("olduğunu", "oldugunu")) and prev == "ne")
                    or (w == "olan" and prev.endswith(("a", "e")))
                    or w.startswith(("bulunduğ", "bulundug", "dersini", "adın", "adin", "ismin"))):
                return True
        elif lang == "fa":
            how = w == "پیدا" and any(x in _FATE_HOW_FA for x in words[max(0, k - 2):k])
            if w in ("بلایی", "اسمت") or how or w.startswith(_FATE_PUNISHED["fa"]):
                return True
    return False


# (hundred-and-eighty-ninth round) a likeness the written-threat head reads as a fate
# (HarmDetector.fate_likened)
_LIKENED = {"en": _nt("like"), "ar": _nt("متل", "مثل", "زي"), "fa": _nt("مثل", "عین")}
_LIKENED_KIN = {
    "en": _nt("father", "mother", "dad", "mum", "mom", "brother", "sister", "grandfather", "grandmother",
              "uncle", "aunt", "parents", "grandpa", "grandma"),
    "ar": _nt("ابوك", "أبوك", "امك", "أمك", "اخوك", "أخوك", "اختك", "أختك", "جدك", "عمك", "خالك", "اهلك",
              "أهلك", "بيك", "ابوكي", "امكي"),
    "fa": _nt("بابات", "مامانت", "پدرت", "مادرت", "داداشت", "برادرت", "خواهرت", "پدربزرگت", "عموت", "داییت"),
}
_LIKENED_ME = {"en": _nt("i", "ill", "im", "id"), "ar": _nt("انتهي", "اطلع", "اصير", "اكون", "نتهي"),
               "fa": _nt("عاقبتم", "بشم", "میشم")}
_LIKENED_HARM = frozenset({"VIOLENT", "DIE", "INSULT", "PROF", "VULG", "DEHUMAN", "THREAT", "WEAPON"})


def _fate_taken(lang, words, k):
    """The lesson or desert at ``k`` is one someone took ("learned his lesson", "تعلم الدرس", "dersini aldı",
    "hak ettiğini buldu", "درسشو گرفت"), not a lesson taught in class ("Öğretmen dersini anlattı")."""
    w, prev, nxt = words[k], words[k - 1] if k else "", words[k + 1] if k + 1 < len(words) else ""
    if lang == "en":
        return w == "deserved" or (k >= 2 and any(x.startswith(("learn", "taught", "teach"))
                                                  for x in words[k - 2:k]))
    if lang == "ar":
        return not w.endswith("درس") and w != "درسه" or prev.startswith(("تعلم", "اتعلم", "اخد", "خد", "نال"))
    if lang == "tr":
        took = ("buldu", "gördü", "gordu", "aldı", "aldi")
        return (w.startswith("ders") and any(x.startswith(took) for x in words[k + 1:k + 4])) or (
            prev == "hak" and nxt.startswith(took))
    return w.startswith("سزا") or nxt.startswith(("گرفت", "دید"))


def _fate_pairs(pairs, words, k, lang=None):
    """Where a word pair of ``pairs`` ((a, b), b None: a alone) stands at or after ``k``, within _FATE_REACH
    words (in Turkish with a verb to come after it, _TR_FATE_TO_COME), or None."""
    n = len(words)
    return next((j for j in range(k, min(n, k + _FATE_REACH)) for a, b in pairs
                 if words[j] == a and (b is None or (j + 1 < n and words[j + 1] == b))
                 and (lang != "tr" or (j + 2 < n and _TR_FATE_TO_COME.search(words[j + 2])))), None)


def _fate_warned(lang, words, tags, sent):
    """(hundred-and-eighty-ninth round) [(fate, marker)]: the positions of another's fate and of what aims it
    at the addressee (see _FATE_WHAT)."""
    if lang not in _FATE_CUE:
        return []
    n, out = len(words), []
    you_too = _FATE_YOU_TOO[lang]
    # the addressee's own act anywhere in the comment: "before you publish", "قبل ما تنشر", "yayınlamadan
    # önce", "قبل از اینکه ... کنی"
    before = None
    for j in range(n - 1):
        w = words[j]
        if lang in _FATE_BEFORE_YOU:
            a, b = _FATE_BEFORE_YOU[lang]
            if w == a and words[j + 1] in b and (lang != "ar" or (j + 2 < n and words[j + 2][:1] == "ت")):
                before = j
        elif lang == "tr" and w in ("önce", "once") and j and words[j - 1].endswith(("madan", "meden")):
            before = j
        elif (lang == "fa" and w == "قبل" and j + 2 < n and words[j + 1] == "از" and words[j + 2] == "اینکه"
              and any(x.endswith("ی") for x in words[j + 3:j + 6])):
            before = j
    for k in range(n):
        w = words[k]
        lo, hi = sent[k]
        fate = False
        if lang in ("en", "ar"):
            fate = w in _FATE_VERB[lang] and k and words[k - 1] in _FATE_WHAT[lang] and (
                lang != "en" or (k + 1 < n and words[k + 1] == "to"))  # ("what happened to")
        elif lang == "tr":
            fate = (w.startswith(("olduğunu", "oldugunu")) and k and words[k - 1] == "ne") or (
                w == "olan" and k and words[k - 1].endswith(("a", "e", "ya", "ye")) and k == lo + 1)
        elif lang == "fa":
            fate = w == "بلایی" and any(x == "سر" for x in words[k + 1:k + 3])
        how, found = _FATE_FOUND[lang]
        found_how = (w in found or (lang == "tr" and w.startswith(found))) and (
            any(x in _FATE_HOW_FA for x in words[max(lo, k - 2):k]) if lang == "fa"
            else how in words[max(lo, k - 8):k])
        if fate or found_how:
            # held up with the addressee's turn, with their act beside a person's fate (a killed journalist's
            # name, a person: "before you publish" and a budget's fate is advice), or as the fate of "the last
            # reporter" to remember
            # (in English not the fate's own object: "what happened to you?" asks after the addressee)
            mark = _fate_pairs(you_too, words, k + (3 if lang == "en" else 1), lang)
            if lang == "en" and mark is not None and words[mark] == "will" and words[mark - 1] != "so":
                mark = None  # ("so will you", not "will you come?")
            near = range(max(lo, k - 3), min(hi, k + 4))
            if mark is None and before is not None and any(
                    words[x].startswith(_FATE_NAMES) or "PERSON" in tags[x] for x in near if x != k):
                mark = before
            if mark is None:
                last = next((j for j in range(lo, hi) if _fate_last_word(lang, words[j]) and j + 1 < hi
                             and words[j + 1].startswith(tuple(_FATE_PRESS[lang]))), None)
                told = any(x in _FATE_REMEMBER[lang] or (lang == "tr" and x.startswith(_FATE_REMEMBER["tr"]))
                           for x in words[max(0, lo - 3):hi])
                if last is not None and told:
                    mark = last
            if mark is not None:
                out.append((k, mark))
            continue
        if (w in _FATE_PUNISHED[lang] or (lang == "fa" and w.startswith(_FATE_PUNISHED["fa"]))) and (
                _fate_taken(lang, words, k)):
            mark = _fate_pairs(you_too, words, k + 1, lang)
            if mark is not None and (lang != "en" or words[mark] != "will" or (
                    mark >= 1 and words[mark - 1] == "so")):
                out.append((k, mark))
            continue
        if w in _FATE_CLASS.get(lang, ()):
            if lang == "fa" and not (k + 1 < hi and words[k + 1].startswith("کوتاه")):
                continue
            if k > lo and words[k - 1] in ("who", "اللی", "الی", "که"):
                continue  # the fate inside its own clause: "journalists who disappear in custody"
            like = _fate_pairs(_FATE_LIKE_YOU[lang], words[lo:k], 0) if lang in _FATE_LIKE_YOU else None
            named = tuple(_FATE_PRESS[lang]) + _FATE_PEOPLE.get(lang, ())
            if like is not None and not any(x.startswith(named) for x in words[lo:k]):
                like = None  # ("careless drivers like you have accidents": a driver's fate)
            writers = next((j for j in range(lo, k) if words[j] in _FATE_WRITERS[lang] and (
                (j > lo and words[j - 1] in ("who", "اللی", "الی"))
                or (lang == "fa" and "که" in words[lo:j]))), None)
            if lang == "en" and writers is not None and words[writers].startswith("cross") and not any(
                    x.startswith(tuple(_FATE_PRESS["en"])) for x in words[lo:k]):
                writers = None  # ("people who cross the road here have accidents")
            if like is not None or writers is not None:
                out.append((k, lo + like if like is not None else writers))
            continue
        if lang in _FATE_LIVE_LONG and w in _FATE_LIVE_LONG[lang] and k >= 2 and (
                words[k - 1] == "live" or words[k - 1].startswith(("بیعیش", "یعیش"))) and words[k - 2] in (
                "dont", "never", "ما", "لا"):
            writers = next((j for j in range(lo, k) if words[j] in _FATE_WRITERS[lang]
                            and j > lo and words[j - 1] in ("who", "اللی", "الی")), None)
            if writers is not None:
                out.append((k, writers))
            continue
        names, lists, after = _FATE_LIST[lang]
        if w in names and (lang != "en" or (k and words[k - 1] in ("your", "ur"))):
            where = next((j for j in range(lo, hi) if (words[j] in ("list", "lists") if lang == "en" else
                                                       words[j] in lists if lang == "ar"
                                                       else words[j].startswith(lists))), None)
            if where is not None and any(x in after for x in words[lo:hi]):
                out.append((k, where))
    return out



# (round 192) A fate the addressee is told to ask about (_fate_asked): "Ask Galizia's family how her reporting
# worked out for her", "Go ask the last blogger's mother what happens to people who write like you", "اسأل
# عيلة غاليزيا كيف انتهت تقاريرها معها", "Galizia'nın ailesine sor, haberciliği onun için nasıl sonuçlandı",
# "از خانواده‌ی گالیزیا بپرس گزارشگری‌ش آخرش براش چی شد". Read: the imperative "ask" ("ask", "اسأل", "sor",
# "بپرس"); whom it sends the addressee to: a victim's kin (a family, a mother, a widow, a son) or "the last"
# reporter or man (who did as the addressee does), with a murdered journalist's name (_FATE_NAMES), "the
# last ..." or "the reporter before you" beside it; and the end asked about (_ASKED_END: how it "worked out"
# or "ended", what "happens to" people like the addressee, where "they buried" or "found" him, a grave, a
# cane, whether it was "worth it"). The family of "the last man who crossed the tribe" needs no end named.
# Not a family asked about a holiday or a wedding, a mother asked for a photo, nor the family of a murdered
# journalist asked what justice would mean to them (no end asked).
_ASK = {"en": frozenset({"ask"}), "ar": tuple(_nt("اسأل", "واسأل", "فاسأل", "إسأل")),
        "tr": frozenset({"sor", "sorun", "sorsana", "sorsanıza"}), "fa": ("بپرس",)}
_ASKED_KIN = {
    "en": frozenset({"family", "families", "widow", "widows", "wife", "mother", "mum", "mom", "son", "sons",
                     "children", "kids", "daughter", "daughters", "parents", "father", "brother", "sister"}),
    "ar": _nt("عيلة", "عيلته", "عيلتها", "العيلة", "عائلة", "عائلته", "أهل", "أهله", "أهلها", "أرملة",
              "أرملته", "أم", "أمه", "إم", "ابن", "ابنه", "ولاد", "ولاده", "أولاد", "أولاده", "بنت",
              "بنته", "مرت", "مرته", "زوجة", "زوجته", "أبو", "أبوه", "أخو", "أخوه", "أخت", "أخته"),
    "tr": ("aile", "dul", "oğl", "ogl", "oğul", "ogul", "anne", "çocuk", "cocuk", "karısı", "karisi", "eşine",
           "esine", "kızı", "kizi", "baba", "kardeş", "kardes"),
    "fa": ("خانواده", "مادر", "پدر", "پسر", "دختر", "بچههاش", "بچههای", "همسر", "زن", "بیوه", "برادر",
           "خواهر"),
}
# whose fate: "the last" reporter or man (_FATE_LAST, then these), "the reporter before you"
_ASKED_WHO = {
    "en": _nt("journalist", "reporter", "editor", "writer", "blogger", "columnist", "presenter", "one", "guy",
              "man", "woman", "person", "photographer", "cameraman", "fixer", "translator", "interpreter",
              "correspondent", "cartoonist", "activist"),
    "ar": ("صحفی", "صحافی", "مراسل", "محرر", "کاتب", "مدون", "اعلامی", "مذیع", "واحد", "شب", "زلمه", "مصور",
           "مترجم", "ناشط"),
    "tr": ("gazeteci", "muhabir", "editör", "editor", "yazar", "blogcu", "köşe", "adam", "kişi", "kisi",
           "fotoğrafçı", "tercüman", "tercuman", "aktivist"),
    "fa": ("خبرنگار", "روزنامهنگار", "سردبیر", "نویسنده", "وبلاگنویس", "مجری", "کسی", "نفر", "مرد", "عکاس",
           "مترجم", "فعال"),
}
_ASKED_BEFORE_YOU = {"en": ("before", _nt("you", "u")), "ar": ("اللی", _nt("قبلک")),
                     "tr": ("senden", ("önceki", "onceki")), "fa": ("قبل", ("از",))}
# the end asked about: of the body (a grave, a cane, where he was buried or found: asked of anyone), or
# any end (how it "worked out" or "ended", whether it was "worth it": asked of a victim's kin only -- "Ask
# the last editor how the series ended" is a question)
_ASKED_BODY = {
    "en": _nt("grave", "graves", "cemetery", "cane", "crutches", "wheelchair", "knees", "buried"),
    "ar": _nt("قبر", "قبره", "عكازة", "عكاز", "ركبه", "ركبته", "دفنوه", "لقيوه"),
    "tr": ("mezar", "baston", "dizler", "gömdü", "gomdu", "buldular", "soramaz"),
    "fa": ("قبر", "عصا", "زانو", "دفنش", "پیداش", "نمیتونی"),
}
_ASKED_END = {
    "en": _nt("worked", "ended", "ends", "worth"),
    "ar": _nt("انتهت", "بتنتهي", "بتخلص", "خلصت", "انتهى", "بيستاهل"),
    "tr": ("sonuçlan", "sonuclan", "bitiyor", "bitti", "değdi", "degdi"),
    "fa": ("تموم", "ارزش", "چیکار", "اخرش"),
}
# "what happens" and its kin, an end of a victim's kin; "to people", "to you": the addressee's kind's (any)
_ASKED_WHAT = {"en": (_nt("what"), _nt("happens", "happened")), "ar": (_nt("شو"), _nt("بيصير", "صار")),
               "tr": (("ne",), ("oluyor", "olduğunu", "oldugunu", "oldu")), "fa": (("چی",), ("شد", "میشه"))}
_ASKED_TO_KIND = {"en": _nt("people", "those", "anyone", "writers", "journalists", "reporters", "you"),
                  "ar": _nt("باللي", "بالي", "بأمثالك", "بامثالك", "بالناس", "بالصحفيين")}
_FA_KIND_OF = _nt("آدمایی", "کسایی", "امثال", "امثالت", "آدما")
# (the addressee's kind by the act, or a transgression in "the last ...'s" relative clause)
_ASKED_WHO_DID = {"en": _nt("who"), "ar": _nt("اللي", "الي"), "fa": ("که",)}


def _fate_last_word(lang, w):
    """``w`` is "the last" (_FATE_LAST; in Arabic also behind ل or ب: "لآخر", "بآخر")."""
    last = _FATE_LAST[lang]
    return w in last or (lang == "ar" and w[:1] in "لب" and w[1:] in last)


def _asked_word(lang, w):
    """(round 192) ``w`` is the imperative "ask" (_ASK)."""
    return _is_of(_ASK[lang], w)


def _fate_asked_cue(lang, words):
    """(round 192) May ``words`` hold a fate _fate_asked reads: an "ask" and a kin's, "the last" or "before
    you"'s word?"""
    if lang not in _ASK or not any(_asked_word(lang, w) for w in words):
        return False
    kin, before = _ASKED_KIN[lang], _ASKED_BEFORE_YOU[lang][0]
    return any(_is_of(kin, w) or _fate_last_word(lang, w) or w == before for w in words)


def _fate_asked(lang, words, sent):
    """(round 192) [(end, ask)]: the positions of the end asked about (or of the one asked about) and of the
    "ask" (see _ASK)."""
    n, out = len(words), []
    kin_words, who_words = _ASKED_KIN[lang], tuple(_ASKED_WHO[lang])
    body, ends, (what, happens) = _ASKED_BODY[lang], _ASKED_END[lang], _ASKED_WHAT[lang]

    def is_last(x):
        return _fate_last_word(lang, words[x]) and x + 1 < n and words[x + 1].startswith(who_words)

    def before_you(x):
        a, b = _ASKED_BEFORE_YOU[lang]
        if words[x] != a or x + 1 >= n or words[x + 1] not in b:
            return False
        if lang == "en":  # "the reporter before you how ...", not "before you publish"
            return x >= 1 and words[x - 1].startswith(who_words) and (
                x + 2 >= n or words[x + 2] in ("how", "why", "what", "where", "whether", "if"))
        return lang != "fa" or (x + 2 < n and words[x + 2].startswith("خود"))

    for j in range(n):
        if not _asked_word(lang, words[j]):
            continue
        lo, hi = sent[j]
        # (the sentence after it too: "... and ask him. Oh wait, you can't.")
        end_hi = sent[hi][1] if hi < n else hi
        kin = [x for x in range(lo, hi) if _is_of(kin_words, words[x])]
        lasts = [x for x in range(lo, hi) if is_last(x)]
        named = [x for x in range(lo, hi) if words[x].startswith(_FATE_NAMES)]
        before = [x for x in range(lo, hi) if before_you(x)]
        if not (lasts or before or (kin and named)):
            continue
        kin_of_victim = bool(kin and (named or lasts))
        end = None
        for x in range(lo, end_hi):
            w = words[x]
            if x == j:
                continue
            if _is_of(body, w):
                end = x
            elif lang == "en" and w == "cant" and "wait" in words[max(lo, x - 3):x]:
                end = x  # "... and ask him. Oh wait, you can't."
            elif w in happens and x and words[x - 1] in what:
                # what happens to the addressee's kind (asked of anyone), or what happened to him (of kin)
                if kin_of_victim or _asked_to_kind(lang, words, x, lo, hi):
                    end = x
            elif _is_of(ends, w) and (
                    kin_of_victim
                    or (lang == "fa" and w == "چیکار" and _asked_to_kind(lang, words, x, lo, hi))):
                end = x
            if end is not None:
                break
        if end is None and kin and lasts and lang in _ASKED_WHO_DID and any(
                words[x] in _ASKED_WHO_DID[lang] for x in range(lasts[0] + 2, min(hi, lasts[0] + 5))):
            end = lasts[0]  # "Ask the family of the last man who crossed the tribe."
        if end is not None:
            out.append((end, j))
    return out


def _asked_to_kind(lang, words, x, lo, hi):
    """(round 192) The "what happens" at ``x`` is to the addressee's kind: "to people (like you)", "to you",
    "بأمثالك", "senin gibilere", "yazanlara", "با کسایی که ... چیکار میکنن"."""
    if lang == "en":
        return x + 2 < hi and words[x + 1] == "to" and words[x + 2] in _ASKED_TO_KIND["en"]
    if lang == "ar":
        return x + 1 < hi and words[x + 1] in _ASKED_TO_KIND["ar"]
    if lang == "tr":
        return x >= 2 and words[x - 2].endswith(("lara", "lere"))
    return any(w in _FA_KIND_OF for w in words[lo:x])


# (hundred-and-ninetieth round) An ultimatum (_ultimatum): a demand ended by a bare "or else" ("Delete this
# article by tonight, or else.", "الإيزيديين أحسنلهم يطلعوا قبل الشتوية وإلا", "Ezidiler kıştan önce gitse iyi
# olur, yoksa...", "این مقاله رو تا امشب پاک کن، وگرنه..."); "or" and what "we" will do "our way" ("Shut down
# this page or we'll shut it down our way"); leaving told "while you still can" or "before it's too late"
# ("Leave the city while you still can, journalist", "Mülteciler, iş işten geçmeden defolun"); "one more ...
# and see what happens"; a people who "know what will happen if they stay". Not an "or" with its consequence
# told ("Leave the city before rush hour or you'll be stuck for hours"), a trip ("Pack your bags, we're going
# to Erbil on Friday!"), nor a report's fate ("Publish the full report and see what happens to the ratings").
# (not Arabic "ولا", "or not?", nor a Turkish "yoksa" after a question's "mı": "annen mı yoksa")
_ULT_OR_ELSE = {"en": _nt("else"), "ar": _nt("والا", "وإلا"), "tr": _nt("yoksa"), "fa": _nt("وگرنه")}
# a deadline or a "you had better" in the demand a bare "or else" ends ("by tonight", "before winter", "bir
# haftası var", "أحسنلهم", "تا امشب"): not "don't be too hard on Doug or else", a joke
_ULT_DEADLINE = {
    # (not "before": "everyone must bow before me -- or else", a man's manner described)
    "en": _nt("until", "tonight", "tomorrow", "today", "week", "weeks", "day", "days", "hour", "hours",
              "month", "months", "better", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
              "sunday", "midnight"),
    "ar": _nt("قبل", "لبكرا", "بكرا", "الليلة", "ساعة", "ساعات", "يوم", "أسبوع", "اسبوع", "شهر", "أحسنلهم",
              "أحسنلك", "احسنلكم", "أحسن", "لآخر", "لاخر"),
    "tr": ("kadar", "önce", "once", "içinde", "saat", "hafta", "akşam", "aksam", "yarın", "yarin"),
    "fa": _nt("تا", "قبل", "امشب", "فردا", "ساعت", "روز", "هفته", "ماه", "بهتره"),
}
_ULT_TR_QUESTION = ("mı", "mi", "mu", "mü")
_ULT_TR_WHEN = frozenset({"ay", "aya", "ayın", "gün", "günü", "güne", "iyi"})  # (whole words: not "ayranım")
_ULT_WE = {"en": _nt("we", "well", "weve", "wed"), "tr": ("biz",)}  # "or we'll ... our way"
_ULT_OR = {"en": _nt("or"), "ar": _nt("والا", "وإلا"), "tr": _nt("yoksa"), "fa": _nt("وگرنه")}
_ULT_OUR_WAY = {  # "our way": what we will do
    "en": (("our", "way"), ("our", "own")),
    "ar": ((normalise_text("على"), normalise_text("طريقتنا")), (normalise_text("بطريقتنا"), None),
           (normalise_text("عطريقتنا"), None)),
    "tr": (("kendi", "yöntemimizle"), ("kendi", "usulümüzle"), ("kendi", "yolumuzla")),
    "fa": (("روش", "خودمون"), ("روش", "خودمان"), ("سبک", "خودمون"), ("شیوه", "خودمون")),
}
_ULT_STILL_CAN = {  # "while you still can", "before it's too late"
    "en": (("still", "can"), ("too", "late")),
    "ar": ((normalise_text("طالما"), None), (normalise_text("الأوان"), None),
           (normalise_text("الاوان"), None)),
    "tr": (("varken", None), ("geçmeden", None), ("gecmeden", None), ("olmadan", None)),
    "fa": (("میتونی", None), ("میتونن", None), ("میتونید", None), ("نشده", None)),
}
_ULT_LEAVE = {  # a leaving told: the verb (a stem in Turkish and Persian)
    "en": _nt("leave", "pack", "flee"),  # (and "get out", below; not "take your head out")
    "ar": _nt("اطلع", "اطلعوا", "يطلعوا", "يطلعو", "يلموا", "لموا", "ارحل", "ارحلوا", "يرحلوا", "روح",
              "روحوا",
              "انقلعوا", "فلوا", "يفلوا", "اطلعي", "غادروا", "يغادروا"),
    "tr": ("terk", "topla", "git", "defol", "çık", "cik", "kaç", "kac"),
    "fa": ("برو", "برید", "برن", "جمع", "گم", "فرار", "ترک"),
}
# the word before Turkish "varken", "geçmeden"
_ULT_TR_CHANCE = ("fırsat", "firsat", "iş", "is", "geç", "gec")
_AR_AS_LONG = normalise_text("طالما")  # "as long as": only with "فيك", "فيهم", a verb of being able after it
_EN_LEAVE_WHAT = frozenset({"the", "this", "our", "my", "here", "town", "country"})
_ULT_FA_WHILE = ("تا",)  # "تا وقتی میتونی", "تا دیر نشده"
_ULT_SEE = {  # "see what happens", after "one more", "again"
    "en": (("see",), _nt("what"), _nt("happens")),
    "ar": (_nt("شوف", "وشوف"), _nt("شو", "شي"), _nt("بيصير", "رح")),
    "tr": (("gör", "gor"), _nt("ne"), ("oluyor", "olacak", "olur")),
    "fa": (_nt("ببین", "ببینید"), _nt("چی", "چه"), _nt("میشه", "میشود")),
}
_ULT_AGAIN = {"en": _nt("more", "again"), "ar": _nt("كمان", "تانية", "ثانية", "تاني"),
              "tr": _nt("daha"), "fa": _nt("دیگه", "دوباره", "دیگر")}
_ULT_KNOW = {"en": _nt("know", "knows"), "ar": _nt("بيعرفوا", "يعرفون", "يعرفوا", "بيعرفو", "بتعرف", "تعرف"),
             "tr": ("biliyor", "bilir", "biliyorlar"), "fa": ("میدونن", "میدونی", "میدونید", "میدانند")}
_ULT_WHAT = {"en": _nt("what"), "ar": _nt("شو", "ايش", "شنو"), "tr": ("ne",), "fa": ("چی", "چه")}
_ULT_STAY = {"en": _nt("stay", "remain", "stays"), "ar": _nt("ضلوا", "ضليتوا", "ضليت", "بقيوا", "بقيتوا"),
             "tr": ("kalırlarsa", "kalirlarsa", "kalırsan", "kalirsan", "kalırsanız"),
             "fa": ("بمونن", "بمونی", "بمونید", "بمانند")}
_ULT_CUE = {lang: frozenset().union(_ULT_OR_ELSE[lang], _ULT_OR[lang], _ULT_KNOW[lang], _ULT_SEE[lang][0],
                                     (a for a, _b in _ULT_STILL_CAN[lang]))
            for lang in ("en", "ar", "tr", "fa")}


def _ultimatum_cue(lang, words):
    """(hundred-and-ninetieth round) May ``words`` hold an ultimatum _ultimatum reads? (A cheap set test: no
    listed word starts one, so this lets its comment past the prefilter.)"""
    cue = _ULT_CUE.get(lang)
    return cue is not None and not cue.isdisjoint(words)


def _ultimatum(lang, words, kinds, tags, sent):
    """(hundred-and-ninetieth round) [(k, j)]: an ultimatum's words (see _ULT_OR_ELSE)."""
    n, out = len(words), []
    for k in range(n):
        w = words[k]
        lo, hi = sent[k]
        # a bare "or else" ends its sentence, after a demand of three words or more
        if w in _ULT_OR_ELSE[lang] and k == hi - 1 and k - lo >= 3 and (
                lang != "en" or words[k - 1] == "or") and words[k - 1] not in _ULT_TR_QUESTION:
            dead = _ULT_DEADLINE[lang]
            when = next((j for j in range(lo, k) if (
                (words[j].startswith(dead) or words[j] in _ULT_TR_WHEN) if lang == "tr"
                else words[j] in dead)), None)
            if when is not None:
                out.append((k, when))
            continue
        # "or" and "we" will do it "our way"
        if w in _ULT_OR[lang]:
            way = _fate_pairs(_ULT_OUR_WAY[lang], words, k + 1)
            # (what "we" will do: "or we'll shut it down our way", "وإلا منسكرها", "yoksa biz"; not "fair or
            # not, it is our way")
            we = way is not None and (
                any(x in _ULT_WE[lang] for x in words[k + 1:way]) if lang in _ULT_WE
                else lang == "fa" or (k + 1 < n and words[k + 1].startswith(("من", "بن", "رح"))))
            if we and way < hi + 4:
                out.append((k, way))
                continue
        # leaving, while one still can
        pair = next(((a, b) for a, b in _ULT_STILL_CAN[lang] if w == a and (
            b is None or (k + 1 < n and words[k + 1] == b))), None)
        if pair is not None:
            if lang == "en" and w == "still" and not (k >= 2 and words[k - 1] in ("you", "they", "u")):
                continue  # (not "while we still can": the speakers' own side)
            if lang == "en" and not ((k >= 2 and words[k - 2] == "while")
                                     or (k >= 1 and words[k - 1] == "while")
                                     or (w == "too" and k >= 2 and words[k - 1] in ("its", "is"))):
                continue
            if lang == "tr" and not (k >= 1 and words[k - 1].startswith(_ULT_TR_CHANCE)):
                continue
            if lang == "fa" and not any(x in _ULT_FA_WHILE for x in words[max(lo, k - 3):k]):
                continue
            if lang == "ar" and w == _AR_AS_LONG and not (
                    k + 1 < n and words[k + 1].startswith(("فی", "بت", "بی"))):
                continue
            leave = _ULT_LEAVE[lang]
            go = next((j for j in range(lo, hi) if j != k and (
                words[j] in leave if lang in ("en", "ar") else words[j].startswith(leave))
                and (lang != "fa" or not words[j].startswith("بر") or "از" in words[lo:j])), None)
            if go is not None and lang == "en" and words[go] == "leave" and not (
                    go + 1 < hi and words[go + 1] in _EN_LEAVE_WHAT):
                go = None  # (a place left: not "Leave while you still can, the sale ends Friday")
            if go is None and lang == "en":
                go = next((j for j in range(lo, hi - 1) if words[j] == "get" and words[j + 1] == "out"), None)
            if go is not None:
                out.append((k, go))
            continue
        # "one more ... and see what happens" (not "what happens to the ratings")
        see, what, happens = _ULT_SEE[lang]
        if (w in see and k + 2 < n and words[k + 1] in what and words[k + 2] in happens
                and not (k + 3 < n and words[k + 3] in ("to", "with", "با", "بنسب", "ب"))
                and any(x in _ULT_AGAIN[lang] for x in words[lo:k])):
            out.append((k, k + 2))
            continue
        if lang == "tr" and w in see and any(x in _ULT_AGAIN["tr"] for x in words[lo:k]) and any(
                x in what for x in words[k + 1:k + 4]) and any(x in happens for x in words[k + 1:k + 5]):
            out.append((k, k))
            continue
        # a people (or the addressee) who "know what will happen if they stay"
        if w in _ULT_KNOW[lang] and any(x in _ULT_STAY[lang] for x in words[lo:hi]) and any(
                x in _ULT_WHAT[lang] for x in words[max(lo, k - 4):k + 4]) and any(
                kinds[j] for j in range(max(lo, k - (6 if lang == "tr" else 3)), k)):
            # (the people, the knowers, before the verb: not "you know i stay")
            out.append((k, next(j for j in range(lo, hi) if words[j] in _ULT_STAY[lang])))
    return out


def _ar_trusted_people(L, words):
    """(hundred-and-eighty-eighth round) The positions of the words of ``words`` that are a people's name
    behind the preposition ب (no article: "بكردي") right after an Arabic verb of trust (_TRUST): "لا تثق
    بسوري"."""
    return [k for k, w in enumerate(words) if k and len(w) > 3 and w[0] == "ب"
            and _TRUST["ar"].match(words[k - 1]) and (t := L.tags(w[1:])) and "AMBIG" not in t
            and any(x.startswith("GROUP:") for x in t)]


def _disloyal_named(lang, words, tags, kinds, k, lo, hi):
    """(hundred-and-eighty-eighth round) ``k`` calls the people right before it the enemy or a traitor by
    habit (_ENEMY, _EN_BETRAY, _AR_BETRAY), the people its subject: at the head of its sentence or after a
    determiner or another people's word (_DISLOYAL_BEFORE), with at most "هم", "will", "always" between
    (_DISLOYAL_BETWEEN); not a news actor's enemy after it, nor an enemy the people has (fa: _FA_HAVE)."""
    w = words[k]
    if lang == "en":
        if w not in _EN_BETRAY:
            return False
    elif lang == "ar":
        if w not in _ENEMY["ar"] and not _AR_BETRAY.match(w):
            return False
    elif lang == "fa":
        if w not in _ENEMY["fa"] or any(x.startswith(_FA_HAVE) for x in words[k + 1:hi]):
            return False
    else:
        return False
    g = k - 1
    if g > lo and words[g] in _DISLOYAL_BETWEEN[lang]:
        g -= 1
    if g < lo or not kinds[g] or "AMBIG" in tags[g]:
        return False
    if g > lo and not (kinds[g - 1] or words[g - 1] in _DISLOYAL_BEFORE[lang]):
        return False
    return not (k + 1 < hi and "SUBJECT" in tags[k + 1] and not kinds[k + 1])


# (hundred-and-eighty-eighth round) A people's loyalty said to lie elsewhere than with "us": "Every Shia in
# this country is loyal to Tehran, not to us", "their loyalty is never to the country they live in", "her
# Şii'nin sadakati bize değil, Tahran'a", "هر شیعه‌ی عراقی وفاداریش به ایرانه، نه به عراق" (_loyal_elsewhere).
# Not a loyalty praised ("the most loyal neighbours we have had"), nor a militia's told in the news (no
# people).
_EN_LOYAL = frozenset({"loyal", "loyalty", "allegiance"})
_EN_LOYAL_NOT = frozenset({"not", "never"})
_EN_LOYAL_OURS = frozenset({"us", "this", "the", "our", "their", "here"})
_TR_LOYAL = ("sadakat", "sadık", "sadik", "bağlılı", "bagliligi")
_TR_LOYAL_OURS = frozenset({"bize", "ülkeye", "ulkeye", "devlete", "vatana", "türkiyeye", "turkiyeye",
                            "memlekete", "millete"})



# ---- (round 193) a people called treacherous by the idiom of the back: _back_idiom ----
# "Never turn your back on a Turk", "ما تدير ظهرك لتركي أبداً", "Kürde asla sırtını dönme", "هیچوقت به یه
# ترک پشت نکن": the back never to be turned on a people, the imperative negated; and a people that smiles
# to one's face and stabs from behind: "An Arab smiles to your face and stabs you from behind", "A Yazidi
# will smile at you while sharpening the knife", "Araplar yüzüne güler, arkandan bıçaklar", "عربا جلوت
# لبخند میزنن و از پشت خنجر میزنن" -- the people the subject, a word of the face (_BACK_FACE) after it,
# then one of the back or the knife (_BACK_KNIFE). Not the sea or a bull the back is turned on, a
# politician stabbed in the back by his party (no people), a chef's knives (no face), a barber's handshake
# (no knife), nor the idiom told and rejected (the group rules' counter-speech).
_BACK_TURN = {"en": frozenset({"turn", "turns"}), "ar": _nt("تدير", "تعطي", "تدي", "تفرجي"),
              "tr": ("dönme", "donme", "dönmeyin", "donmeyin", "çevirme", "cevirme"), "fa": _nt("پشت")}
_BACK_WORD = {"en": frozenset({"back"}), "ar": _nt("ظهرك", "ضهرك", "ظهرکم", "ضهرکم"),
              "tr": ("sırtını", "sirtini", "arkanı", "arkani"), "fa": _nt("پشت")}
_BACK_NEVER = {"en": frozenset({"never", "dont", "not"}),
               "ar": _nt("ما", "لا", "اوعى", "إياك", "اياك", "أبدا", "ابدا"),
               "tr": ("asla", "sakın", "sakin", "hiçbir", "hicbir"),
               "fa": _nt("هیچوقت", "هرگز", "نکن", "نکنید", "نکنین")}
_BACK_FACE = {
    "en": frozenset({"smile", "smiles", "smiling", "face", "hug", "hugs", "shake", "shakes", "greet",
                     "greets"}),
    "ar": tuple(_nt("بيبتسم", "يبتسم", "بيضحك", "يضحك", "بيحضن", "يحضن", "بيسلم", "يسلم", "بوجهك")),
    "tr": ("gül", "gul", "yüzün", "yuzun", "sarıl", "saril", "karşıla", "karsila"),
    "fa": tuple(_nt("لبخند", "میخند", "جلوت", "بغلت", "استقبال")),
}
_BACK_KNIFE = {
    "en": frozenset({"stab", "stabs", "stabbing", "knife", "knives", "behind", "back", "poison", "poisons",
                     "betray", "betrays"}),
    "ar": tuple(_nt("بيطعن", "يطعن", "وبيطعن", "ويطعن", "سكين", "السكين", "ورا", "ظهرك", "ضهرك", "بضهرك",
                    "بظهرك", "بيخون", "يخون", "وبيخون")),
    "tr": ("arkan", "arkadan", "sırtın", "sirtin", "bıçak", "bicak", "zehir", "ihanet"),
    "fa": tuple(_nt("پشت", "چاقو", "خنجر", "زهر", "خیانت")),
}
_BACK_REACH = 14  # the words from the people to the knife


def _ar_people_behind_lam(L, w):
    """(round 193) The kind of the people an Arabic word names behind the preposition ل ("لتركي", "لسوري"),
    which the lists read only bare, or None."""
    return _group_kind(L.tags(w[1:])) if len(w) > 3 and w[0] == "ل" else None


def _back_cue(lang, words, L):
    """(round 193) An Arabic comment whose people is named only behind ل, with the back's word: past the
    prefilter (a people's word without it lets a comment through already)."""
    return lang == "ar" and not _BACK_WORD["ar"].isdisjoint(words) and any(
        _ar_people_behind_lam(L, w) for w in words)


def _back_idiom(lang, words, kinds, sent, L):
    """(round 193) [(people, idiom, kind, own)]: the positions of a people and of the idiom of the back that
    calls it treacherous (see above); ``own``: the idiom's negation is its own ("never turn your back")."""
    if lang not in _BACK_TURN:
        return []
    n, out = len(words), []
    turn, back, never, face, knife = (_BACK_TURN[lang], _BACK_WORD[lang], _BACK_NEVER[lang], _BACK_FACE[lang],
                                      _BACK_KNIFE[lang])
    for j in range(n):
        w = words[j]
        lo, hi = sent[j]
        g = None
        if lang == "en" and w in turn and j + 3 < n and words[j + 1] in ("your", "ur") and (
                words[j + 2] == "back" and words[j + 3] in ("on", "to")):
            # (one of them, "a Turk": "never turn your back on the Kurds again" is a call not to abandon them)
            g = j + 5 if j + 5 < n and kinds[j + 5] and words[j + 4] in ("a", "an") else None
            if not any(words[x] in never for x in range(max(lo, j - 3), j)):
                g = None  # (never, don't: "turn your back on the past" is no warning)
        elif lang == "ar" and w in turn and j + 2 < n and words[j + 1] in back:
            # (one of them, no article: "لتركي"; "ما تديروا ظهركم للكرد" is a call not to abandon them)
            lam = words[j + 2]
            g = j + 2 if not lam.startswith("لل") and _ar_people_behind_lam(L, lam) else None
            if not any(words[x] in never for x in range(max(lo, j - 2), j)):
                g = None
        elif lang == "tr" and w.startswith(turn) and j >= 2 and words[j - 1].startswith(back):
            g = next((x for x in range(max(lo, j - 4), j - 1) if kinds[x]  # (one of them: not "Kürtlere")
                      and "ler" not in words[x] and "lar" not in words[x]), None)  # ("dönme": negated)
        elif lang == "fa" and w in turn and j + 1 < n and words[j + 1].startswith("نکن"):
            g = next((x for x in range(max(lo, j - 3), j) if kinds[x] and x and words[x - 1] == "یه"), None)
        if g is not None:
            out.append((g, j, kinds[g] or _ar_people_behind_lam(L, words[g]), True))
            continue
        if kinds[j] and j + 2 < n:
            # the people, then the face, then the knife
            # (English "face" only one's own, "to your face": not "#restingbitchface" read apart)
            f = next((x for x in range(j + 1, min(n, j + 6)) if _is_of(face, words[x]) and not (
                lang == "en" and words[x] == "face" and words[x - 1] not in ("your", "ur"))), None)
            if f is None or any(kinds[x] for x in range(j + 1, f)):
                continue
            k = next((x for x in range(f + 1, min(n, j + _BACK_REACH)) if _is_of(knife, words[x])
                      and not (lang == "en" and words[x] == "back" and words[x - 1] not in ("your", "the"))
                      # ("behind your back", "from behind": not "sitting behind him")
                      and not (lang == "en" and words[x] == "behind" and words[x - 1] != "from"
                               and (x + 1 >= n or words[x + 1] not in ("your", "ur", "you")))), None)
            if k is not None:
                out.append((j, k, kinds[j], False))
    return out


def _loyal_elsewhere(lang, words, kinds, tags, sent):
    """(hundred-and-eighty-eighth round) (people, loyalty word) pairs: the people named within ten words
    before a word of loyalty whose object is then denied to be us or this country (en "not to us", "never to
    the country"; tr "bize değil"; fa "نه به")."""
    n = len(words)
    for k in range(n):
        w = words[k]
        lo, hi = sent[k]
        if lang == "en":
            if w not in _EN_LOYAL or not any(
                    words[j] in _EN_LOYAL_NOT and words[j + 1] == "to" and words[j + 2] in _EN_LOYAL_OURS
                    for j in range(k + 1, hi - 2)):
                continue
        elif lang == "tr":
            if not w.startswith(_TR_LOYAL) or not any(
                    words[j] in ("değil", "degil") and words[j - 1] in _TR_LOYAL_OURS
                    for j in range(k + 2, hi)):
                continue
        elif lang == "fa":
            # (the comma after the loyalty ends the sentence in Persian: five words on)
            if not w.startswith("وفادار") or not any(
                    words[j] == "نه" and words[j + 1] == "به" for j in range(k + 1, min(n - 1, k + 6))):
                continue
        else:
            return
        g = next((j for j in range(k - 1, max(lo, k - 10) - 1, -1)
                  if kinds[j] and "AMBIG" not in tags[j]), None)
        if g is not None:
            yield g, k


# (sixty-second round) A woman of the news made a sexual object: called to the speaker's own bed (BEDMINE:
# "my bed", "سريري", "yatağıma", "تختم") with a call, a wish or a night (_NIGHT: "Bring that translator to my
# bedroom for a night"), or her sexual parts (SEXPART) named as hers -- her role just before them in English
# and Turkish ("the anchor's ass", "spikerin kıçı"), just after them in Arabic and Persian ("طيز المذيعة",
# "باسن مجری") -- where nothing tells of a wound or an illness (_BODY_HURT: "a bullet hit the reporter's
# chest").
_NIGHT = {
    "en": ("tonight", "night", "overnight"),
    "ar": ("لیله", "اللیله", "بلیله", "لیلتین"),
    "tr": ("gece", "akşam", "aksam"),
    "fa": ("شب", "امشب"),
}
_BODY_HURT = {
    "en": ("injur", "wound", "hit", "shot", "cancer", "surger", "broke", "pain", "bullet", "hurt"),
    "ar": ("اصیب", "اصابه", "انصاب", "رصاص", "سرطان", "جرح", "عملیه", "کسر", "انکسر"),
    "tr": ("yaral", "kanser", "kurşun", "kursun", "ameliyat", "isabet", "ağrı", "agri", "kırıl", "kiril"),
    "fa": ("آسیب", "اسیب", "زخم", "گلوله", "سرطان", "جراحی", "درد", "شکست", "تیر"),
}


# Morphology that carries mood, target or negation inside one word (Turkish suffixes, Arabic and
# Persian clitics). Checked only on a token that is already VIOLENT or DIE.
_TR_MOOD = re.compile(r"(?:acağ|eceğ|acag|eceg|acak|ecek|ıcam|icem|ucam|ücem|cam|cem|caz|cez|alım|elim|"
                      r"alim|malı|meli|mali|ılmalı|ilmeli|ulmalı|ülmeli|sın|sin|sun|sün|sınlar|sinler|"
                      r"ın|in|un|ün|ız|iz|uz|üz|rım|rim|rum|rüm|ırım|irim|urum|ürüm|[ae]y[ıi]m|c[mz]|s[ae]yd[ıi])$")
# future and necessity inside the word, before a person or plural ending (öldüreceğim, vuracaklar,
# asılmalılar): found in the whole word, where the endings above are looked for after the stem only
_TR_MOOD_IN = re.compile(r"[ae]c[ae][ğgk]|m[ae]l[ıi](?!k)|[^u]s[ıiuü]n(?:l[ae]r)?$")
# the bare stem is the singular imperative ("Vur o sözcüyü!"): for these verbs, at the start of a
# clause or beside a target
_TR_BARE_IMPERATIVE = frozenset({"vur", "öldür", "oldur", "gebert", "bıçakla", "bicakla", "kurşunla",
                                 "bombala", "döv", "boğ", "doğra", "parçala", "as", "yak", "şişle", "sisle"})
# a verb after the act that carries the mood (Turkish is verb-final: "kezzap atılmalı", "asılmayı hak
# ediyor"): necessity, jussive, future, optative, imperative plural or first-person aorist
_TR_MOOD_VERB = re.compile(r"(?:m[ae]l[ıi](?!k)|[^aeıioöuür]s[ae]$|[ae]c[ae][ğgk]|s[ıiuü]n(?:l[ae]r)?$|"
                           r"[ae]l[ıi]m$|[ıiuü]?c[ae][mz]$|y[ıiuü]n$|[ıiuü]n[ıiuü]z$|[ae]r[ıi][mz]$)")
# a tense or participle after the stem: the act told or described (öldürdü, öldürülen, öldürdüğü,
# vurulmuş, yakıyor), not a verbal noun or a bare noun that a following verb can put in a mood
_TR_TOLD = re.compile(r"d[ıiuü]|t[ıiuü]|m[ıiuü]ş|yor|[ae]n(?:l[ae]r)?(?:[ıiuü]n?)?$")
# a finite verb told in the past or present (yaptı, vurdular, oluyor, olmuştu): the clause ends there
_TR_FINITE = re.compile(r"(?:[dt][ıiuü](?:l[ae]r|[mkn]|n[ıiuü]z)?|yor(?:[ıiuü]m|[ıiuü]z|sun|lar)?"
                        r"|m[ıiuü]ş(?:t[ıiuü]r)?)$")
_TR_YOU_VERB = re.compile(r"(?:[ae]c[ae]ks[ıi]n|m[ae]l[ıi]s[ıi]n|[ıiuü]yorsun|[ae]rs[ıi]n|[ıiuü]rs[ıiuü]n)"
                          r"(?:[ıi]z)?$")
# the addressee's present or habit (gidiyorsun, çıkıyosun, gidiyon, gidersin): a routine told to them
_TR_YOU_NOW = re.compile(r"(?:yor|yo)(?:sun|sunuz|n)$|[^aeıioöuü][ae]rs[ıi]n$|[ıiuü]rs[ıiuü]n$")
_TR_WE = ("uz", "üz", "ız", "iz", "ük", "uk", "ık", "ik", "oz")
_TR_WATCHING = ("bil", "bul", "gör", "gor", "izl", "takip", "öğren", "ogren", "bekl", "not", "kaydet", "çek",
                "cek", "foto")
_TR_IF_YOU = re.compile(r"r?s[ae](?:n|n[ıi]z)$")  # a condition put to the addressee: görürsen, yakalarsanız
_TR_CONVERB = re.compile(r"(?:[ıiuü]p|y[ıiuü]p|[ae]r[ae]k)$")
# (twenty-fifth round) an act "before" which the speaker vows not to stop: the converb in -mAdAn and a
# negated first-person future or aorist after it ("kanlarını içmeden bu dağlardan inmeyeceğiz", "hepsini
# sürmeden durmayız"): the vow is the act's mood
_TR_BEFORE = re.compile(r"m[ae]d[ae]n$")
# (twenty-seventh round) an act "unless" which nothing will mend: the converb in -mAdIkçA and a negated
# outcome after it ("hainleri asmadıkça bu memleket düzelmez", "onları sürmedikçe rahat yüzü görmeyiz"):
# the condition is the act's mood
_TR_UNLESS = re.compile(r"m[ae]d[ıiuü]k[çc][ae]$")
_TR_UNMENDED = re.compile(r"(?:düzel|duzel|kurtul|bit|rahat|huzur|temizlen|adam|değiş|degis|iflah|"
                          r"gör|gor|bul|düzlüğe|duzluge|ol)\w*(?:m[ae]z(?:s[ıi]n|l[ae]r|[ıi]z|s[ıi]n[ıi]z)?|m[ae]y[ıi]z|"
                          r"m[ae]y[ae]c[ae]\w*)$")
_TR_GENITIVE = re.compile(r"[^aeıioöuü][ıiuü]n$|n[ıiuü]n$")
# (twenty-eighth round) claims about a group that name no bad word (harm.py tr_group_claim): no office can
# come "from" a group ("Alevilerden hakim de savcı da olmaz": the ablative and "olmaz" or "çıkmaz", not an
# infinitive before it, "Araplardan korkmak olmaz", nor a question, "Kürtlerden vali olmaz mı?"); a right or
# an office denied by a negated jussive or necessity of giving, granting, acquiring or having ("Süryanilere
# tapu verilmesin", "hakları olmamalı", "evlat edinemesin"); kept out of a place ("bizim okula gelmesin")
# or put apart ("ayrı sınıfta okusunlar", "ayrı binalara toplasınlar"); "they are all the same" at the end
# of a clause or of the same dough, mind or breed ("hepsi aynı hamurdan"; not "hepsi aynı haklara sahip");
# "not a single honest one" ("bi tane dürüst olanı yok"); a group's "finger" in every evil ("Yahudilerin
# parmağı var", in every war, evil or calamity; not a hand in a success, "festivalde gençlerin parmağı var")
_TR_EVIL = ("savaş", "savas", "kötülü", "kotulu", "felaket", "fitne", "terör", "teror", "kriz", "bela",
            "komplo", "darbe", "karışıklı", "karisikli", "kaos", "katliam", "fesat", "ihanet")
_TR_ABLATIVE = re.compile(r"(?:l[ae]r|[^aeıioöuü])?[dt][ae]n$")
_TR_NO_COMING = frozenset({"olmaz", "çıkmaz", "cikmaz", "olamaz", "çıkamaz", "cikamaz"})
_TR_NOT_FROM = frozenset({"başka", "baska", "sonra", "önce", "once", "beri"})  # "from" a time, "but"
_TR_THERE_IS = frozenset({"var", "vardır", "vardir", "olmayan", "olmadan"})
_TR_RIGHT = re.compile(r"^(?:hak|hakk[ıi]\w*|hakl[ae]r\w*|tapu\w*|vatanda[şs]l[ıi]\w*|oy|oyu|ehliyet\w*|"
                       r"bakanl[ıi]\w*|memurluk\w*|kadro\w*|evlat|m[üu]lk\w*|pasaport\w*|kimlik\w*|burs\w*|ikamet\w*|oturum\w*|"
                       r"i[şs]|i[şs]i|izin|izni)$")
_TR_NO_GRANT = re.compile(r"^(?:veril|ver|tanın|tanin|tanı|tani|edin|ol)(?:y?[ae])?m[ae]"
                          r"(?:s[ıi]n(?:l[ae]r)?|m[ae]l[ıi](?:d[ıi]r|y[ıi]z)?|y[ıi]n(?:[ıi]z)?)$")
_TR_PLACE_DAT = re.compile(r"^(?:okul|mahalle|ülke|ulke|şehr|sehr|köy|koy|cami|kilise|hastane|sokağ|sokag|"
                           r"park|apartman|bina|çarşı|carsi|tuvalet|meclis|bölge|bolge)\w*[yn]?[ae]$")
_TR_NO_COME = re.compile(r"^(?:gel|gir|sokul|yaklaş|yaklas)m[ae](?:s[ıi]n(?:l[ae]r)?|l[ıi]\w*)$")
_TR_APART_PLACE = ("sınıf", "sinif", "bina", "okul", "mahalle", "kamp", "yurt", "koğuş", "kogus", "yer",
                   "köy", "koy", "semt")
_TR_APART_VERB = re.compile(r"^(?:topla|kapat|koy|oku|otur|yaşa|yasa|tut|yerleştir|yerlestir)\w*"
                            r"(?:s[ıiuü]n(?:l[ae]r)?|m[ae]l[ıi]\w*|y[ıi]n|[ıiuü]n)$")
_TR_SAME_OF = ("hamur", "kafa", "kafada", "soy", "tohum", "kumaş", "kumas", "çamur", "camur", "zihniyet",
               "mal", "bok", "tas", "terbiye", "maya", "köpek", "kopek", "it", "dölden", "dolden", "kan")
_TR_VIRTUE = frozenset({"dürüst", "durust", "iyi", "temiz", "namuslu", "düzgün", "duzgun", "güvenilir",
                        "guvenilir", "akıllı", "akilli", "adam", "insan", "doğru", "dogru", "masum"})
_TR_NONE_SUCH = re.compile(r"^(?:yok|yoktur|çıkmaz|cikmaz|bulamazsın\w*|bulamazsin\w*|göremezsin\w*|"
                           r"goremezsin\w*|olmaz)$")
_TR_VOW = re.compile(r"m[ae]y[ae]c[ae](?:ğ|g)?[ıi][mz]$|m[ae]y[ae]c[ae][mz]$|m[ae]y[ıi][mz]$|m[ae]m$")
# the plural imperative of a verb after a converb (kovun, atın, sürün, çıkarın)
_TR_IMPERATIVE_PL = re.compile(r"[^aeıioöuü][ıiuü]n(?:[ıiuü]z)?$")
# a word mentioned, not used: "ibne diye bağıran adam", "kadının yeri mutfak diyenlere inat"
_TR_WEAK_REJECT = ("yeter", "saçma", "sacma", "yanlış", "yanlis", "kabul", "edilemez")
# (hundred-and-tenth round) the saying called disgusting or shameful right after "demek" (tr_mentioned)
_TR_SAYING_SHAMEFUL = ("iğrenç", "igrenc", "ayıp", "ayip", "utanç", "utanc", "rezalet", "çirkin", "cirkin")
# (hundredth round) what undoes a weak reject right after the saying: "demek yanlış olmaz", a question
_TR_NOT_SO = ("olmaz", "olmayacak", "değil", "degil", "mi", "mı", "mu", "mü")
# (hundred-and-first round) what a first person condemns (CONDEMN): an attack, terror, a massacre, a bombing
_TR_ATTACKS = ("saldırı", "saldiri", "terör", "teror", "katliam", "bombalı", "bombali", "cinayet", "şiddet",
               "siddet", "vahşet", "vahset")
_TR_STRONGLY = frozenset({"şiddetle", "siddetle"})  # "şiddetle kınıyorum": strongly, no violence named
# (hundredth round) what a group would know, asked to belittle it: "What does a woman know about war"
_EN_KNOW_OF = frozenset({"know", "understand"})
_EN_WHAT_AUX = frozenset({"do", "does", "did", "would", "could", "can", "will"})
_EN_KNOW_DETERMINERS = frozenset({"a", "an", "the", "these", "those", "some"})
# (hundredth round) a protest after a claim reported from the news (prefixes; Arabic's normalised, after و/ف)
_PROTESTED = {"en": ("protest", "outcry", "outrage"), "tr": ("protesto", "tepki"),
              "ar": tuple(normalise_text(w) for w in ("احتج", "محتج", "تظاهر", "متظاهر")),
              "fa": ("اعتراض", "معترض", "تظاهر")}
# (twenty-eighth round) the group's pronoun as the subject of a word that would reject ("bunlar utanç")
_TR_THEY = frozenset({"bunlar", "onlar", "şunlar", "sunlar"})
_TR_THEY_ANY = frozenset(f"{p}{e}" for p in _TR_THEY
                         for e in ("", "ın", "in", "ı", "i", "a", "e", "da", "de", "dan", "den"))
# (twenty-eighth round) those who wrote or said a quoted word, addressed after it (tr_sayers_addressed)
_TR_SAYER_STEM = r"^(?:yazan|diyen|söyleyen|soyleyen|bağıran|bagiran|paylaşan|paylasan)"
_TR_SAYERS = re.compile(_TR_SAYER_STEM + r"l[ae]r\w*$")
# (twenty-ninth round) a quoted word another person said, told in the past: the quotation followed by a
# third person's past saying ('"kıro" derdi', '"ibne" demişler') or by "diye" and a third person's past
# shouting, writing or calling ('"ibne" diye bağırmış', 'diye yazdılar', 'diye hakaret etmiş'); not the
# first person ("dedim", "diye bağırdım": the commenter's own), nor the aorist of what a group "is called"
# ("derler")
# (twenty-ninth round) a community's reclaimed name for itself, and the company it keeps when used so
_TR_RECLAIMED = ("lubunya", "kuir", "queer")
_TR_SELF_COMPANY = ("arkadaş", "arkadas", "dost", "kardeş", "kardes", "topluluğ", "toplulug", "camia",
                    "birey", "genç", "genc", "aile")
_TR_NOBODY = frozenset({"kimse", "hiç", "hic", "hiçbiri", "hicbiri", "hiçbiriniz", "hicbiriniz", "hiçbirin"})
_TR_OTHERS_SAID = frozenset({"derdi", "derlerdi", "demiş", "demis", "demişler", "demisler", "dedi", "dediler",
                             "diyordu", "diyorlardı", "diyorlardi"})
_TR_OTHERS_SHOUTED = re.compile(r"^(?:bağır|bagir|haykır|haykir|seslen|yaz|küfret|kufret|çağır|cagir"
                                r"|söyle|soyle|yuhala|tezahürat|sloga)\w*(?:d[ıiuü]|t[ıiuü]|m[ıiuü]ş|m[ıiuü]s|d[ıiuü]lar"
                                r"|d[ıiuü]ler|t[ıiuü]lar|t[ıiuü]ler|m[ıiuü]şlar|m[ıiuü]şler|yordu|yorlardı)$")
_TR_OTHERS_ACT = frozenset({"hakaret", "küfür", "kufur", "laf", "tezahürat", "slogan"})
_TR_DID = re.compile(r"^(?:et|at|ed)(?:ti|miş|mis|tiler|mişler|iyordu)$")
# ... or by "diye" and those who wrote or shouted it, stood up against ('"kaşar" diye yazan trollere karşı')
_TR_SAYER_PART = re.compile(_TR_SAYER_STEM + r"\w*$")
_TR_AGAINST = ("karşı", "karsi", "trol", "cahil", "utan")
_TR_QUOTATIVE = re.compile(r"^(?:diye|diyen\w*|demek\w*|denmesi\w*|deyip|demiş|demis|demişler|demisler)$")
# (twenty-first round) a woman's role named before a trope that is hers alone (her neckline, a husband)
_TR_WOMAN_ROLE = ("sunucu", "spiker", "muhabir", "vekil", "milletvekil", "başkan", "baskan", "bakan",
                  "oyuncu", "sporcu", "yazar", "gazeteci")
_TR_HERS = ("dekolte", "koca", "kucağ", "kucag", "yatarak")
# "burn!"/"near", "cut!"/"surely", "hang!" (a flag): violent only after an accusative target
_TR_AMBIGUOUS = frozenset({"yakın", "yakin", "kesin", "asın", "asin"})
_TR_ACCUSATIVE = re.compile(r"(?:y[ıiuü]|n[ıiuü]|l[ae]r[ıi])$")
# "cannot" said of women (yapamaz, anlayamaz, yönetemez), but not the passive of a verdict ("kadına şiddet
# kabul edilemez")
_TR_INABILITY = re.compile(r"(?<![ıiuü]l)[ae]m[ae]z(?:l[ae]r)?$")
_TR_AGENT = re.compile(r"[cç][ıiuü]")
_TR_NEED = frozenset({"lazım", "lazim", "gerek", "gerekir", "şart", "sart"})  # "yakmam lazım": I must burn
_FA_FIRE_BEAT = frozenset({"اتیش", "اتش", "کتک"})  # (fa) fire and a beating, acts with their light verb
# (tr) a violent act denied in the first person's negative aorist: "yakmayız", "dövmem", "öldürmeyiz" (the
# endings first: a cheap test before the expression)
_TR_DENIED_ENDS = ("mayız", "meyiz", "mam", "mem")
_TR_DENIED_HABIT = re.compile(r"(?:yak|döv|dov|vur|öldür|oldur|kes|linç ed|linc ed|bombala|saldır|saldir|"
                              r"tehdit ed|dayak at)m[ae](?:y[ıi]z|m)$")
# (tr) a participle after the act: others do it ("kiraya vermeyi reddeden ev sahipleri"), rule 3b
_TR_PARTICIPLE_END = re.compile(r"(?:[ae]n|[ae]nler)$")
# (tr, hundred-and-twenty-seventh round) the verbs of stopping an act named before them
_TR_STOP_VERBS = ("bırak", "birak", "durdur")
# a Turkish verb negated by -mA- (atılmamalı, yapmayacağız, düşünmüyorum, vurmaz, etmesin)
_TR_NEG_VERB = re.compile(r"m[ae](?:m[ae]l[ıi]|y[ae]c[ae]|y[ae]ğ|y[ıiuü]n|y[ıiuü]z|z$|zl[ae]r|d[ıi]"
                          r"|s[ıiuü]n$)|m[ıiuü]yor|m[ae]m$")
# (tr, fourteenth round) a word named as a word ("lubunya kelimesinin kökeni", "ibne sözcüğü"): mentioned,
# not used; "the dead X is the good X" ("Ermeni dediğin ölü Ermenidir"): the dead, then a group in the
# copula; sinking people by a sea or a ship ("gemiye doldurup batırsalar"; not "şirketi batırdılar");
# the past of a violent verb done to the writer ("öldürdün beni", "bitirdin bizi"): praise, an idiom
_TR_WORD_NOUN = ("kelime", "sözcü", "sozcu", "terim", "lafı", "lafi", "ifade", "hitab")
_TR_DEAD = frozenset({"ölü", "olu", "ölüsü", "olusu", "ölmüş", "olmus", "gebermiş", "gebermis"})
# (tr, fifteenth round) a thing that "will kill me" ("bu sıcak beni öldürecek"): the writer's own, an
# idiom, when the verb is in the third person; a joke owned as one ("şaka tabii"), not denied after it
# ("şaka değil"); words reporting a quoted threat after the quotation ("'kefenini hazırla' yazılı bir
# tehdit mektubu", "'hepsini öldürün' çağrıları soruşturuluyor")
_TR_THIRD_ACT = re.compile(r"(?:[ae]c[ae]k(?:l[ae]r)?|[ıiuü]r(?:l[ae]r)?|[ae]r(?:l[ae]r)?)$")
_TR_BELIEVED = ("sanıyor", "saniyor", "sandım", "sandim", "sanmıştım", "sanmistim", "dedi", "demiş", "demis",
                "duydu", "düşünüyordu")
_TR_SAID = frozenset({"dedi", "diyor", "demiş", "demis", "dediler", "diyorlar", "söyledi", "soyledi",
                      "açıkladı", "acikladi", "yazdı", "yazdi"})
_TR_JOKE_AFTER = frozenset({"tabii", "tabi", "tabiki", "şaka", "saka", "yapıyorum", "yapiyorum", "ediyorum",
                            "ya", "ha", "lan", "kanka", "moruk"})
_TR_NOT_JOKE = ("değil", "degil", "yok", "yapmıyorum", "yapmiyorum", "etmiyorum", "sanma", "sanmayın")
_TR_QUOTE_REPORT = ("tehdit", "çağrı", "cagri", "yazılı", "yazili", "mesaj", "mektub", "mektup", "pankart",
                    "slogan", "soruştur", "sorustur", "gözaltı", "gozalti", "şikayet", "sikayet")
# a harm wished on the addressee's family "if" it happened (HARMIF), a massacre repeated (EVENT, REPEAT);
# a past verb after a death place tells news ("mülteciler için denizin dibi mezar oldu")
_TR_PAST_END = re.compile(r"(?:d[ıiuü]|t[ıiuü]|m[ıiuü]ş)(?:l[ae]r)?$")
_TR_FIRST_AORIST = re.compile(r"[ae]r[ıi][mz]$|[ıiuü]r[ıiuü][mz]$")
_TR_NONE_LEFT = ("kalmayacak", "kalmamalı", "kalmamali", "kalmasın", "kalmasin", "kalmayana", "yaşamamalı",
                 "yasamamali", "yaşamasın", "yasamasin", "yaşamayacak", "yasamayacak")
_TR_NONE_FILL = frozenset({"bile", "sağ", "sag", "canlı", "canli", "hayatta", "ayakta"})
_TR_R15 = frozenset({"HARMIF", "COND", "EVENT", "DEATHPLACE"}) | frozenset(
    f"GROUP:{k}" for k in ("racism", "xenophobia", "religious_hatred", "homophobia", "sexism", "other"))
_TR_COPULA_END = ("dir", "dır", "dur", "dür", "tir", "tır", "tur", "tür")
_TR_SINK = re.compile(r"^(?:batır|batir|batıral|batiral)")
_TR_WATER = ("gemi", "deniz", "suya", "sulara", "nehre", "nehir", "göle", "gole", "bot", "tekne", "okyanus")
_TR_PAST_TO_ME = re.compile(r"(?:d|t)[ıiuü](?:n|n[ıiuü]z|)$")
# (tr, precision round) a violent verb's sense by what it is done to (HarmDetector.analyse, the Turkish
# pre-pass; THING, BODY and WEAPON in harm_lexicon/tr.py). Cutting is violence only to a person or a
# body part ("seni keseceğim", "kafasını kesin"; not "irtibatı kessin", "vergimi kesecek", "Kessin!");
# squeezing is shooting only with a bullet or a gun, or at a person or a head ("kafana sıkacağım",
# "mermi sıkacak"; not "elini sıkacak", "dişinizi sıkın", "canımı sıkacak"); hitting, burning, hanging,
# burying, breaking, crushing a thing, an animal or a ball is no violence to a person when no one is
# named beside it ("topa vuracak", "sigaramı yakarım", "odama asarım", "sahaya gömeceğiz")
_TR_CUT = re.compile(r"^kes")
_TR_SQUEEZE = re.compile(r"^s[ıi]k")
_TR_OBJECT_VERB = re.compile(r"^(?:vur|yak|as|göm|gom|kır|kir|ez|tecav|patlat|doğra|dogra)")
# the speaker's own: a first-person object ("beni", "kendimi"), a body part of the speaker ("kafama",
# "ayağımı"); a passive or a death in the first person ("vurulalım", "linçleniyorum", "ölmeliyiz",
# "geberiyorum kederden", "kahroluyoruz")
_TR_ME = frozenset({"beni", "bizi", "bana", "bize", "kendimi", "kendime", "kendimizi", "kendimize"})
_TR_DATIVE = re.compile(r"(?:[yn][ae]|[^dtaeıioöuü][ae])$")  # "hainlere", "adama" (not "sende", "orada")
_TR_OBJ_PRONOUN = frozenset({"seni", "sizi", "onu", "onları", "onlari", "sana", "size", "ona", "onlara"})
_TR_MY = re.compile(r"(?:[ıiuü]?m[ıiuü]|[ıiuü]?m[ae]|[ıiuü]m[ıiuü]z[ıiuü]|[ıiuü]m[ıiuü]z[ae])$")
_TR_FIRST_PERSON = re.compile(r"(?:[ıiuü]?yor[ıiuü][mz]|[ıiuü]yom|m[ae]l[ıi]y[ıi][mz]|[ıiuü]r[ıiuü][mz]"
                              r"|[ae]c[ae][ğg][ıi][mz]|[ae]c[ae][mz]|[ae]y[ıi]m|[ae]l[ıi]m|d[ıiuü][mk]"
                              r"|s[ae][mk])$")
_TR_PASSIVE_ME = re.compile(r"(?:[uüıi]l|l[ae]n)(?:[ae]l[ıi]m|[ıiuü]yor[ıiuü][mz]|[ae]c[ae][ğg][ıi][mz]"
                            r"|[ıiuü]r[ıiuü][mz]|d[ıiuü][mk]|m[ae]l[ıi]y[ıi][mz])$")
# "kırmak" a person (not a head, a leg or a group) is to hurt their feelings
_TR_FEELINGS = frozenset({"seni", "sizi", "onu", "beni", "kimseyi", "kalbini", "kalbimi", "kalbinizi",
                          "gönlünü", "gonlunu", "hatırını", "hatirini", "hevesini", "moralini", "moralimi"})
# the past told in any person ("herkesi öldürdünüz", "öldürmüşsünüz"), not a mood its person ending looks
# like; a violent noun's stem, whose case endings are no mood either ("bombaların", "mermilerin")
_TR_PAST_PERSON = re.compile(r"(?:[dt][ıiuü](?:n|k|m|l[ae]r|n[ıiuü]z)?$|m[ıiuü]ş)")
_TR_NOUN_STEMS = frozenset({"bomba", "mermi", "silah", "kurşun", "kursun", "bıçak", "bicak", "sopa", "satır",
                            "balta", "napalm", "urgan", "darağacı", "daragaci", "işkence", "iskence", "linç",
                            "linc", "dayak", "infaz", "idam", "tecavüz", "tecavuz", "imha", "katliam",
                            "soykırım", "soykirim", "recm", "bombardıman", "bombardiman"})
# a noun's plural in a case ("bombaların", "mermileri"), not the verb made from it ("bombalayın",
# "bombalarız")
_TR_NOUN_PLURAL = re.compile(r"^(?:bomba|mermi|silah|kurşun|kursun|bıçak|bicak|sopa|satır|balta|katliam"
                             r"|işkence|iskence|linç|linc)l[ae]r(?:[ıi]n?|[ae]|d[ae]n?|[ıi]n[ae]|[ıi]nd[ae]n?|l[ae])?$")
# the head of a compound whose first noun is the violent word: the topic, not an act
_TR_TOPIC = ("suç", "suc", "dava", "olay", "mağdur", "magdur", "iddia", "haber", "vaka", "kültür", "kultur",
             "kampanya", "yasa", "kanun", "düzenleme", "duzenleme", "tartışma", "tartisma", "sanığ", "sanık",
             "zanlı", "şüpheli", "suçlama", "teşebbüs", "girişim", "girisim", "konu", "mevzu", "filmi",
             "sahne", "görüntü", "oran", "istatistik", "vakalar", "mağdurlar", "sehpa")
# words between an object and its verb that are neither ("topa bir vuracak", "bir de ben kırarım")
_TR_FILLER = frozenset({"bir", "bi", "de", "da", "bile", "hemen", "tam", "iyice", "güzelce", "guzelce",
                        "bir_de", "ben", "biz", "sen", "siz", "tekrar", "yine", "gene", "artık", "artik"})
# a violent noun whose light verb carries its tense ("linç ediyorlar", a report; "linç edin", a call),
# or that is undergone ("dayak yiyecek", "linç yerim": a report, unless said to the addressee, "dayak
# yiyeceksin", "dayak yersen"); linç said of social media, a campaign or a culture is a metaphor
_TR_VIOLENT_NOUN = ("linç", "linc", "dayak", "dayağ", "dayag", "infaz", "idam", "işkence", "iskence",
                    "tecavüz", "tecavuz", "imha", "recm", "katliam", "kurşun", "kursun", "tokat", "tekme",
                    "sopa", "kötek", "kotek")
_TR_LIGHT = re.compile(r"^(?:ed|et|yap|uygula)")
_TR_LIGHT_MOOD = re.compile(r"(?:m[ae]l[ıi](?!k)|s[ıiuü]n(?:l[ae]r)?$|[ae]l[ıi]m$|[ae]c[ae][ğgk]"
                            r"|[ıi]c[ae][mz]$|r[ıi][mz]$|[ae]y[ıi]m$|^et$|^yap$|^(?:ed|yap|uygulay)[ıi]n+(?:[ıi]z)?$)")
_TR_PARTICIPLE = re.compile(r"[dt][ıiuü][ğgk]|[ae]n(?:l[ae]r)?(?:[ıi]n?)?$|m[ıiuü]ş")
_TR_INFINITIVE = re.compile(r"m[ae](?:k|y[ıie]|s[ıi]\w*|kten|ğe|ge)$")
_TR_UNDERGO = re.compile(r"^(?:yiy|yic|ye[dmsy]|yer$|yerim$|yeriz$|yersin|yerler$|yerse|yemez|gör)")
_TR_UNDERGO_YOU = re.compile(r"(?:[ae]c[ae]ks[ıi]n|rs[ıi]n|rs[ae]n|m[ae]l[ıi]s[ıi]n|yorsun|s[ae]n"
                             r"|^yi?y?c[ae]ks[ıi]n)(?:[ıi]z)?$")  # (spoken: "yiyceksin", "yiceksiniz")
# the aorist of a light verb said of others ("linç edersiniz", "linç ederler"): a habit told
_TR_LIGHT_AORIST = re.compile(r"r(?:s[ıi]n(?:[ıi]z)?|l[ae]r)?$")
_TR_LIGHT_NEG = re.compile(r"^(?:ed|et|yap)m[ae]m[ae]")
# not able to (öldüremeyeceksiniz, vuramaz), negated after the passive (öldürülmesin)
_TR_CANNOT = re.compile(r"(?:y?[ae]m[ae](?:y|z|d|m|s)"
                        r"|(?:[ıiuü]?[ln])m[ae](?:y[ae]c|y[ıiuü]n|z|d[ıi]|s[ıiuü]n$))")
_TR_METAPHOR = ("sosyal", "medya", "twitter", "tweet", "internet", "instagram", "facebook", "youtube",
                "yorum", "sanal", "kampanya", "kültür", "kultur")
# a question particle after the act is no imperative ("taşlamak zorunda mısınız"); the generic "you
# die" of a saying ("köpek doğduysan köpek ölürsün", "vakti geldiğinde ölürsün"), a threat only with a
# wish or a condition on the addressee's act ("bana dokunursan ölürsün")
_TR_QUESTION = re.compile(r"^m[ıiuü](?:s[ıiuü]n(?:[ıiuü]z)?|y[ıiuü][mz]|d[ıiuü]r|yd[ıiuü]\w*)?$")
_TR_YOU_DIE = re.compile(r"^(?:öl|ol|geber)[ıiuüe]?rs[ıiuü]n(?:[ıiuü]z)?$")
_TR_IF_ACT = re.compile(r"[ıiuüae]rs[ae](?:n|n[ıi]z)$")
# "yakın" is "close" after a degree word or a dative ("çok yakın", "kendine yakın", "Mutezile'ye yakın")
_TR_DEGREE = frozenset({"çok", "cok", "daha", "en", "pek", "kadar", "gayet", "oldukça", "oldukca", "kendine",
                        "bana", "sana", "ona", "bize", "size", "onlara", "birbirine"})
# Arabic verb prefixes of mood, read off what comes before the violent stem inside the token
# (harm._ar_mood): future sa-/Egyptian ha-, Levantine b- with the first person ("بقتلك"), the oath or
# jussive la-/li- ("لاقتلنك", "لنذبحهم"); a noun with a preposition ("لقتل", "بقتل") is not one
_AR_FUTURE_PRE = frozenset({"س", "سا", "ست", "سن", "سی", "ح", "ه", "را", "رح"})
_AR_PERSON = "انیت"
_AR_NOT_TO = frozenset(normalise_text(w) for w in ("لكن", "لكنه", "لان", "لأن", "لانه", "لما", "ليس",
                                                    "ليست", "لحظة", "لحد", "لسه", "لسا", "لسبب"))
_AR_REFLEXIVE = frozenset(normalise_text(w) for w in ("نفسه", "نفسها", "نفسي", "نفسك", "نفسهم", "حاله",
                                                       "حالها", "حالي", "حالك", "روحه", "روحي"))
# (round 23) "if I see / meet him, you, them": the condition (_AR_IF) of a first-person act ("لو شفته أكسر
# عظامه")
_AR_IF_I_SEE = frozenset(normalise_text(f"{v}{o}") for v in ("شفت", "لقيت", "لگيت", "صادفت", "مسكت", "شفنا",
                                                             "لقينا", "مسكنا", "رايت")
                         for o in ("ه", "ها", "هم", "ك", "كم", "كي"))
_AR_WHOEVER = frozenset(normalise_text(w) for w in ("اللي", "الي", "يلي", "من", "كل_من"))
# (round 25) the relative alone, not "من", which is as often "from" before a verb-like noun ("من تركيا")
_AR_WHOEVER_REL = frozenset(normalise_text(w) for w in ("اللي", "الي", "يلي", "كل_من", "كل_اللي", "كل_الي"))
# (round 18) "every one who", "anyone who" before a verb of seeing: "كل واحد يلگى شيعي ... يكسر راسه"
_AR_EVERY = frozenset(normalise_text(w) for w in ("كل", "اي", "أي"))
_AR_ONE = frozenset(normalise_text(w) for w in ("واحد", "شخص", "حدا", "احد", "أحد", "مسلم", "رجال", "زلمه"))
_AR_ON_HER = frozenset(normalise_text(w) for w in ("عليها", "عليه", "عليهم", "عليهن", "الها", "اله", "الهم"))
# the acts a game is said to be won by ("ذبحناهم بالديربي"; not burning, rape or shooting)
_AR_SPORT_ACT = re.compile(normalise_text("ذبح|دبح|قتل|کتل|سحق|دمر|دعس|فرم|مسح|بهدل"))
# (tr, seventy-fifth round) a contest that only dates an act: "maçtan sonra", "maç çıkışı", "derbiden önce"
_TR_AROUND_CONTEST = ("sonra", "önce", "once", "çıkış", "cikis", "bitince", "bittikten")
# (tr, eighty-first round) here, in this country, city or society: where a group is said to have no place
_TR_HERE = frozenset({
    "burada", "burda", "aramızda", "aramizda", "ülkede", "ulkede", "ülkemizde", "ulkemizde", "memlekette",
    "memleketimizde", "toplumda", "toplumumuzda", "şehirde", "sehirde", "şehrimizde", "sehrimizde",
    "mahallede", "mahallemizde", "topraklarda", "topraklarımızda", "türkiyede", "türkiye'de", "turkiyede",
    "yurtta", "yurdumuzda", "vatanda", "vatanımızda"})
# (tr) the participles of a place to stay or live: "kalacak yeri yok" (no place to stay) is what one lacks
_TR_TO_STAY = ("kalacak", "kalacakları", "barınacak", "barınacakları", "uyuyacak", "uyuyacakları",
               "yatacak", "yatacakları", "oturacak", "yaşayacak", "sığınacak", "gidecek", "gidecekleri",
               "dönecek")
# (tr, seventy-fifth round) the pronouns that name the rival in a contest ("maçta onları ezeceğiz"), which the
# lists count as persons
_TR_RIVAL_PRONOUNS = frozenset({"onu", "onları", "onlari", "ona", "onlara", "onlar", "bunları", "bunlari",
                                "bunlar", "şunu", "sunu", "herkesi", "hepsini"})
# (tr, seventy-fifth round) what a match, a cup or an election is won by: crushing, tearing apart, burying,
# wiping out, scattering, toppling ("derbide Fenerbahçe'yi ezeceğiz", "finalde rakibi paramparça edeceğiz");
# never breaking bones, killing, beating or burning
# (matched at the word's start: ez[eiı] covers ezer-, ezip, sil[eiı] silip, devir devireceğiz)
_TR_SPORT_ACT = re.compile(r"(ez[eiı]|ezd|ezm|parçala|parcala|paramparça|paramparca|yık|yik[ai]|göm|gom[eü]|"
                           r"sil[eiı]|sild|silm|dağıt|dagit|darmadağın|darmadagin|devir|boğac|boğar|boğdu|bitir)")
_AR_WANT = frozenset(normalise_text(w) for w in ("يريد", "يبي", "يبغى", "بده", "بدو", "حاب", "يحب", "يود",
                                                  "عايز", "عاوز", "يرغب"))
_AR_SOMEONE = frozenset(normalise_text(w) for w in ("احد", "أحد", "حدا", "واحد"))
_AR_IF = frozenset(normalise_text(w) for w in ("اذا", "إذا", "لو", "ان", "إن", "لما", "اللي", "الي"))
_AR_AS = frozenset(normalise_text(w) for w in ("زي", "مثل", "متل", "كما", "كيف"))  # "زي ما بتقولوا"
_AR_SAY_YOU = re.compile(r"^(?:و|ف)?(?:ب|ح|ه)?(?:ت|ن)")
_AR_THE_TALK = frozenset(normalise_text(w) for w in ("الكلام", "هالكلام", "الحكي", "هالحكي", "الحچي",
                                                     "هالحچي"))
_AR_THAT = frozenset(normalise_text(w) for w in ("ان", "أن", "إن"))
# a party's name a people's adjective may end ("حزب العمال الكردستاني", "الحزب الديمقراطي الكردستاني")
_AR_ORG = frozenset(normalise_text(w) for w in (
    "حزب", "الحزب", "العمال", "الديمقراطي", "الوطني", "الاتحاد", "الأحزاب", "الاحزاب", "الشيوعي", "الاسلامي",
    "الإسلامي", "الجبهة", "الجبهه", "حركة", "الحركة", "التركماني"))
# (round 25) more bodies of power a people's adjective may qualify ("أحزاب السلطة السنية", "الكتل الشيعية",
# "القوى الكردية"), and the genitive of power between ("السلطة", "الحكم")
_AR_ORG = _AR_ORG | frozenset(normalise_text(w) for w in (
    "أحزاب", "احزاب", "الكتل", "كتل", "الكتلة", "القوى", "القيادات", "قيادات", "النخب", "النخبة"))
_AR_ORG_OF = frozenset(normalise_text(w) for w in ("السلطة", "الحكم", "الحاكمة", "الحاكم", "الكبيرة",
                                                    "الكبار"))
# (round 28) what a word dotted in two may hide (_ar_tokens): a predicate of a group, an insult
_AR_DOT_JOINED = frozenset({"NEGPRED", "DEHUMAN", "INSULT", "PROF", "VULG"})
# (round 28) a pronoun suffix that names a group from an earlier clause ("بدمّهم", "قلوبهم"), or the pronoun
_AR_THEIRS = re.compile(r"(?:هم|هن)$")
# (round 28) a verb of saying or writing before a quotation answered with "but" (countered)
_AR_SAID_Q = tuple(normalise_text(w) for w in ("علق", "علّق", "كتب", "قال", "يقول", "تقول", "يكتب", "كاتب",
                                                "قايل", "گال", "يگول", "نشر"))
# (round 29) a relative pronoun, and a feminine pronoun suffix ("مكانها", "عقلها")
_AR_WHO = frozenset(normalise_text(w) for w in ("اللي", "الي", "يلي", "التي", "اللى"))
_AR_HERS = re.compile(r"\wها$")
# (round 28) a third-person plural verb in the present ("يرتاحون", "وما يفهمون")
_AR_THEY_VERB = re.compile(r"^(?:و|ف)?(?:ی|بی)\w{2,}(?:ون|ونه|وا)$")
# (round 28) "we have no objection" ("ما عندنا مانع"): a negation that denies nothing of what follows
_AR_NO_OBJECTION = frozenset(normalise_text(w) for w in ("مانع", "مانعين"))
_AR_EXCEPT = frozenset(normalise_text(w) for w in ("غير", "الا", "إلا", "سوى"))
_AR_AT_THEM = frozenset(normalise_text(w) for w in ("عليهم", "عليكم"))  # not عليه: "صلى الله عليه وسلم"
_AR_ON = frozenset(normalise_text(w) for w in ("على", "عليهم", "علينا", "عليكم", "عليه", "عليها"))
_AR_OBJECT = re.compile(r"(?:ک|کم|کی|کما|کن|ه|ها|هم|هن|و|وه|وها|وهم)$")
_AR_WE_VERB = ("ن", "بن", "هن", "حن", "راح", "رح")  # (round 26) a first-person plural verb after "or else"
_AR_IMPERATIVE = re.compile(r"^(?:و|ف)?ا(?!ل)\w+(?:وا|و|وه|وها|وهم|یه|یهم)$")
# a verb in the future (sa-, Levantine/Egyptian ha-) with its person prefix, and a violent verb
# coordinated to it in the same person, which shares its mood: "سنلاحقهم ونقتلهم" (we will chase them
# and kill them). The person must agree, so "سیاره ... ویقتل" (a car ... kills) is no future.
_AR_FUTURE_VERB = re.compile(r"^(?:و|ف)?(?:س|ح)([نات])\w{3,}$")
_AR_COORDINATED = re.compile(r"^(?:و|ف)([نات])\w{3,}$")
# (round 19) a verb after "until" (حتى, لحد, لين) in the person of a future verb earlier in the sentence
# shares its mood as a coordinated one does: "سنلاحقهم واحداً واحداً حتى نقطع رقابهم"; the future may stand
# further back, across the object it chases (2 * MOOD_BEFORE); only with its victim (an object pronoun,
# a body part or a group right after it), not "حتى نقطع الطريق على الفاسدين"
_AR_UNTIL = frozenset(normalise_text(w) for w in ("حتى", "حتا", "لحد", "لين", "لغاية", "الى_ان"))
# "until" before the ما of "لحد ما", "لين ما" (not حتى: "حتى ما" is "so as not to"): that ما negates nothing
_AR_UNTIL_MA = frozenset(normalise_text(w) for w in ("لحد", "لين", "لغاية"))
_AR_PERSON_VERB = re.compile(r"^([نات])\w{3,}$")
# nominal tags a word keeps behind the preposition li- fused with the article (لل = ل + ال):
# "لا مكان للأكراد" names الاکراد
_AR_NOMINAL = ("GROUP:", "SLUR:", "DEHUMAN", "NEGPRED", "INSULT")
# (tr, twentieth round) a place where someone is: a locative ending, or "here", "there"
_TR_LOCATIVE = re.compile(r"(?:\w{3,}[dt][ae]|burada|burda|orada|orda|burası|burasi)$")
# (tr, twentieth round) a word typed in syllables joined by hyphens ("ka-fa-sı-nı ke-se-riz"): three or more
# pieces of one to three letters each
_TR_SYLLABLES_RE = re.compile(r"(?<![\w-])[^\W\d_]{1,3}(?:-[^\W\d_]{1,3}){2,}(?![\w-])")
# (round 20) an Arabic word with an at sign standing for its alif ("ر@ح", "ق@تل")
_AR_AT_RE = re.compile(r"(?<![\w@])[\u0621-\u064a]+(?:@+[\u0621-\u064a]+)+(?![\w@])")
# (round 20) what judges a sayer named after a quotation ("... صاحب الجملة ما يعرف شي")
_AR_SAYER_JUDGED = frozenset({"JUDGE", "INSULT", "REJECT", "QREJECT"})
# intra-word dots or dashes splitting an Arabic word to dodge word lists: "اقـ.ـتـ.ـلك" -> اق.ت.لک
_AR_SPLIT_RE = re.compile(r"(?<!\w)(?:\w{1,3}(?:[.\-*_]+\w{1,3})+|\w{4,5}(?:[.\-*_]+\w){2,})(?!\w)")
# the body, home or meeting place of whoever a pronoun names ("عظامهم", "رووسهم", "بمقرهم", "بيوتكم"): the
# object of a violent act aimed at people, as English "break their legs", "bomb parliament"
_AR_BODYOBJ = re.compile(r"^(?:و|ف)?(?:ب|ل)?(?:عظام|راس|روس|رووس|رقاب|رقب|ایدی|اید|رجلی|رجل|وجوه|وجه|اسنان"
                         r"|ضلوع|جماجم|جمجم|ظهور|لسان|جلود|جلد|بیوت|بیت|قری|مقر|مقرات|مجلس|محلات|دکان"
                         r"|خیام|مخیم|مخیمات)(?:ه|ها|هم|هن|کم|ک|کی)$")
# what HarmDetector._ar_repair reads: a detached article, a digit inside an Arabic word, an underscore or
# a star between Arabic letters
_AR_REPAIR_RE = re.compile(r"(?<!\w)ال(?!\w)|[\u0621-\u06d3]\d|\d[\u0621-\u06d3]"
                           r"|[\u0621-\u06d3][_*]+[\u0621-\u06d3]|(?<!\w)س[نات\u06cc]?\s")
# its alternatives one by one, each behind what a text must hold for it to match (_ar_repair_wanted)
# (a string of which the text must hold one, or a regex that must find something)
_AR_REPAIR_PARTS = ((("ال",), re.compile(r"(?<!\w)ال(?!\w)")),
                    (re.compile(r"\d"), re.compile(r"[\u0621-\u06d3]\d|\d[\u0621-\u06d3]")),
                    (("_", "*"), re.compile(r"[\u0621-\u06d3][_*]+[\u0621-\u06d3]")),
                    (("س",), re.compile(r"(?<!\w)س[نات\u06cc]?\s")))


def _ar_repair_wanted(text):
    """Whether _AR_REPAIR_RE finds something in ``text``: each alternative tried only when the text
    holds its article, a digit, its underscore or star, its sin -- half the time of the one regular
    expression, which tried all five at every position of every Arabic comment."""
    for need, rx in _AR_REPAIR_PARTS:
        held = any(x in text for x in need) if type(need) is tuple else need.search(text)
        if held and rx.search(text):
            return True
    return False


# an Arabic word with digits in it (two Arabic letters or more, no two digits side by side)
_AR_DIGIT_WORD_RE = re.compile(r"(?=(?:\d?[\u0621-\u06d3]){2})(?:[\u0621-\u06d3]|\d(?!\d))+")
# the letters a digit stands for inside an Arabic word: Arabizi (2 hamza, 3 ain, 5 kha, 6 ta, 7 ha, 8
# ghain, 9 qaf or sad) and look-alikes (1 alif, the Arabic-Indic five ٥ a round heh)
_AR_DIGITS = {"1": "ال", "2": "ا", "3": "ع", "4": "ش", "5": "خه", "6": "ط", "7": "ح", "8": "غق", "9": "قص"}


def _ar_digit_readings(w):
    """The readings of an Arabic word with digits for letters (_AR_DIGITS), at most 16."""
    out = [""]
    for ch in w:
        out = [o + c for o in out for c in _AR_DIGITS.get(ch, ch)][:16]
    return out


_AR_OF_THEM = frozenset({"منهم", "منکم", "منهن", "منه"})  # purged "of them" (PURGE, harm.analyse)
_AR_FIRE = frozenset({"النار", "نار", "بالنار", "البنزین", "بالبنزین"})  # a fire set (KINDLE)
_AR_OUT = frozenset({"برا", "بره", "لبرا", "لبره", "برات"})  # "out!"
# the border a plural imperative throws people at ("ارموا اللاجئين ع الحدود"): an expulsion, as "out!"
_AR_BORDER = frozenset({"الحدود", "للحدود", "عالحدود", "بالحدود", "حدود"})
# a plural imperative of putting out or throwing that "out" completes ("طلعوا الاجانب برا", "كبوهم بره";
# not "سافروا برا", travel abroad)
_AR_PLURAL_VERB = re.compile(r"^(?:و|ف)?(?:ا?طلع|کب|ارم|زت|رحل|ا?طرد|شیل|دز|ا?خرج|کش)(?:وا|و|وهم|وه|وها)$")
# (hundred-and-sixty-third round) the plural imperative of sending back, "رجّعوا" (the shadda gone, it is also
# the past "they returned"): an exclusion only with a group right after it and the group's land or a country
# after that ("رجّعوا المصريين كلهم لبلدهم"; not "رجعوا المصريين من الإجازة إلى أعمالهم")
_AR_SEND_THEM_BACK = re.compile(r"^(?:و|ف)?رجع(?:وا|و|وهم)$")
_AR_ALL_OF_THEM = frozenset({"کلهم", "جمیعهم", "کلهن"})
# (hundred-and-sixty-third round) a blade wished into a body ("يستاهل سكين بقلبه", "يستحق خنجر في ظهره"): the
# weapon (ARMED) is the act when a part of someone's body, its own or after "in", "on" or "between", follows
# it
_AR_IN_BODY = re.compile(r"^(?:ب|ف|ل)?(?:قلب|راس|ظهر|رقبت|صدر|بطن|عیون|عین|وجه|جمجمت|خاصرت|کرش|حلق|زور)"
                         r"(?:ه|ها|هم|هن|ک|کم|کی)$")
_AR_INTO = frozenset({"فی", "علی", "بین", "ع", "بنص", "بوسط"})
# (rounds 163-164) houses of worship called dens or camps of terror, all of them ("كل مسجد وكر للإرهابيين",
# "Buradaki kiliseler Batı ajanlarının yuvası", "هر مسجدی یه پایگاه آموزش تروریسته"): the place stands for its
# faithful. A plural, or a singular after "every"; the den within four words after it, in its sentence (not a
# den raided near one: "داهمت وكراً قرب المسجد"). English lists the places as peoples (harm_lexicon/en.py).
_WorshipDens = namedtuple("_WorshipDens", "plural one every den")
_AR_DENS = _nf("وكر", "وكرا", "وكراً", "أوكار", "اوكار", "معسكر", "معسكرات", "مفرخة", "مفرخه", "مفارخ", "بؤرة",
               "بؤر", "مصنع", "مصانع", "حاضنة", "حاضنات", "مخازن", "مخزن")


def _ar_den(word):
    """(ar) A den, also with the preposition li- or bi- fused ("مفرخة للإرهاب", "بؤرة")."""
    return word in _AR_DENS or (word[:1] in ("ل", "ب") and word[1:] in _AR_DENS)


_WORSHIP_DENS = {
    "ar": _WorshipDens(
        frozenset(w.replace("ئ", "ی") for w in _nf(
            "المساجد", "مساجد", "الجوامع", "جوامع", "الكنائس", "كنائس", "الحسينيات", "حسينيات", "المعابد",
            "معابد", "الكنس", "مساجدهم", "كنائسهم", "حسينياتهم", "جوامعهم")).__contains__,
        _nf("مسجد", "جامع", "كنيسة", "حسينية", "كنيس", "معبد").__contains__, frozenset({"کل"}),
        _ar_den),
    "tr": _WorshipDens(
        re.compile(r"^(?:cami|kilise|sinagog|havra|cemev|mescit)(?:ler|lar|leri|ları)\w*$").match,
        re.compile(r"^(?:cami|kilise|sinagog|havra|cemevi|mescit)$").match, frozenset({"her"}),
        re.compile(r"^(?:yuva|kamp|üss|karargah|karargâh)\w*$").match),
    "fa": _WorshipDens(
        re.compile(r"^(?:مساجد|(?:مسجد|کلیسا|کنیسه|حسینیه|معبد)(?:ها|های|هاشون|هاشان|ا|ای))$").match,
        re.compile(r"^(?:مسجد|کلیسا|کنیسه|حسینیه|معبد)(?:ی|ای)?$").match, frozenset({"هر"}),
        re.compile(r"^(?:لونه|لانه|پایگاه|پاتوق|مقر|کانون|اشیانه)\w*$").match),
}


def _asks(s):
    """Whether ``s`` holds a question mark, Latin or Arabic."""
    return "?" in s or "؟" in s


def _bound_between(text, toks, i, j):
    """Whether a sentence ends between the tokens ``i`` and ``j`` (i < j) of ``text``: for the passes that run
    before the sentences are cut (HarmDetector._sentences)."""
    return _SENT_RE.search(text, toks[i][2], toks[j][1]) is not None


def _ar_homeward(word):
    """(ar) The group's own land or a country, where a people is sent back to: "لبلدهم", "لإيران"."""
    return bool(_AR_THEIR_LAND.match(word)) or word in _AR_COUNTRIES


# (hundred-and-sixty-fourth round) what a verdict after a question may hold: the words of a judgment, and none
# that names someone of its own for it to judge (not a feeling, HATE alone: "Muslims? I can't stand them" is
# read by the rules that follow "them" back to the question)
_VERDICT_WORDS = frozenset({"NEGPRED", "DEHUMAN", "INSULT"})
_VERDICT_OWN_TARGET = frozenset({"YOU", "SUBJECT"})
_VERDICT_NOT = frozenset({"NEG", "MOOD"})
_VERDICT_MAX = 6  # words
_VERDICT_EVERY = frozenset({"every", "single", "one", "last", "each", "all", "them", "هم", "كلهم", "کلهم",
                            "همشون", "همه", "hepsi", "hepsini", "tümü", "hepisi"})


def _verdict_joined(sent, tags, text, toks):
    """``sent`` (each token's [start, end) sentence) with a question that names a people joined to the short
    verdict after it, which names no one of its own: "Rainbow flags in Istanbul? Disgusting degenerates.",
    "Onur yürüyüşü mü? İğrenç sapıklar hepsi.", "پرچم رنگین‌کمون تو استانبول؟ حال‌به‌هم‌زنه، یه مشت منحط" -- the
    verdict is said of the people the question names, as if one sentence said both (the rules read a people
    and what is said of it within a sentence). Not a verdict on someone else ("... ? You are disgusting.")
    nor a long answer."""
    ranges = sorted(set(sent))
    joined = list(sent)
    for (p, a), (a2, b) in zip(ranges, ranges[1:], strict=False):
        if a != a2 or b - a > _VERDICT_MAX or not _asks(text[toks[a - 1][2]:toks[a][1]]):
            continue
        if not any(_group_kind(tags[j]) for j in range(p, a)):
            continue
        if _asks(text[toks[b - 1][2]:toks[b][1] if b < len(toks) else len(text)]):
            continue  # a second question, no verdict: "turning away refugees kind? ignoring sick kind?"
        verdict = [tags[j] for j in range(a, b)]
        if (not any(t & _VERDICT_WORDS for t in verdict)
                or any(t & _VERDICT_OWN_TARGET or _group_kind(t) for t in verdict)
                # a verdict is words of judgment (and "all of them", "a bunch of"): no negation or mood, which
                # the rules read in a sentence of its own ("Syrians? I would never trust them"), and at most
                # one word the lists do not hold ("قرف وانحلال"; not "التعليم حق للكل، وهذا الطلب عار")
                or any(t & _VERDICT_NOT for t in verdict)
                # (hundred-and-sixty-seventh round: "every single one" is the verdict's reach, no word of its
                # own: "Jews? Greedy rats, every single one.")
                or sum(not t and toks[j][0] not in _VERDICT_EVERY for j, t in enumerate(verdict, a)) > 1):
            continue
        start = joined[p][0]
        for j in range(start, b):
            joined[j] = (start, b)
    return joined


# (hundred-and-sixty-fifth round) "alone": what women "can't" do alone is a circumstance (alone_in)
# (not "themselves": "Women can't fight, they can't even control themselves" is the trope twice)
_ALONE = {"en": frozenset({"alone", "unaided", "unsupported"}),
          "tr": frozenset({"yalnız", "yalniz", "başına", "basina"}),
          "fa": frozenset({"تنهایی"}),
          "ar": frozenset(normalise_text(w) for w in ("وحدهن", "لوحدهن", "بمفردهن", "وحدها", "لوحدها",
                                                      "بمفردها", "لحالهن", "لحالها"))}


def _worship_cue(lang, words):
    """Whether a house of worship and a den both stand in the comment (the detectors' early returns let it
    through: no listed word starts the reading)."""
    w = _WORSHIP_DENS.get(lang)
    return w is not None and any(map(w.den, words)) and any(w.plural(x) or w.one(x) for x in words)


def _worship_dens(lang, words, text, toks):
    """[(place, den)]: each house of worship called a den (_WORSHIP_DENS)."""
    w, out = _WORSHIP_DENS[lang], []
    for k, x in enumerate(words):
        if w.plural(x) or (w.one(x) and k >= 1 and words[k - 1] in w.every):
            den = next((j for j in range(k + 1, min(len(words), k + 5)) if w.den(words[j])), None)
            if den is not None and not _bound_between(text, toks, k, den):
                out.append((k, den))
    return out


# a passive future ("it will be done"), before a verbal noun
_AR_WILL_BE = frozenset(normalise_text(w) for w in ("سيتم", "حيتم", "هيتم", "بيتم"))
_AR_ANYONE = frozenset({"حدا", "احد", "حد", "واحد"})
# (seventeenth round) the singular of a feminine role ("وزيرة؟ لا عجب ...") blamed in the sentence after it
# is women in the post, as the lists' plurals الصحفيات, المذيعات are (and, in the lists, "كل مذيعة")
_AR_FEMALE_ROLE = frozenset(normalise_text(w) for w in (
    "مذيعة", "صحفية", "وزيرة", "نائبة", "مراسلة", "ممثلة", "امرأة", "امراة", "بنت", "موظفة", "سياسية",
    "ناشطة", "محامية", "طبيبة", "معلمة", "مديرة", "قاضية", "حرمة", "زوجة", "نسوية", "فتاة", "مغنية"))
# a plural imperative of putting out with its group object and where from: "طلعوا الأفغان من البلد"
# (from: "من" before a place, or "out"); the past reads the same in dialect, but a report has its actor
# (ar_not_called)
_AR_FROM = frozenset({"من"})
# (sixty-seventh round) a group put out of a city or the country, in a call or a wish: "we" put them out
# ("لازم نطلع كل السوريين من أربيل"), "they" deport or send them back ("يا ريت يسفرون كل الأكراد من بغداد",
# "يرجعون الفلسطينيين لبلدهم"), with the group right after the verb (or "كل" and the group): not children of a
# group taken out of a camp ("نطلع الأطفال الأكراد من المخيم"), not a return told ("السوريين يرجعون لحلب حسب
# الأخبار": no call). Sending back counts only to the group's land ("لبلدهم", a country): "يرجعون الطلاب
# لجامعاتهم" is a kind wish.
_AR_PUT_OUT = re.compile(r"^(?:و|ف)?(?:ن|ی|ت)(?:طلع|طرد|شیل|رحل|سفر|خرج|رجع|کب|دز)(?:ون|وا|و)?(?:هم)?$")
_AR_SEND_BACK = re.compile(r"^(?:و|ف)?(?:ن|ی|ت)رجع")
_AR_GO_OUT = re.compile(r"^(?:و|ف)?(?:ن|ی|ت)(?:طلع|خرج)")
_AR_THEIR_LAND = re.compile(r"^ل(?:بلد|بلاد|دیرت|وطن|اوطان|ارض|جبال|صحرا|اصل)(?:هم|کم)$")
_AR_COUNTRIES = frozenset(normalise_text(w) for w in (
    "لإيران", "لايران", "لسوريا", "لسورية", "لأفغانستان", "لافغانستان", "لتركيا", "لباكستان", "لمصر",
    "لفلسطين", "للسعودية", "لإسرائيل", "لاسرائيل", "لأوروبا", "لاوروبا", "لأمريكا", "لامريكا", "للهند"))
_AR_SAFELY = frozenset(normalise_text(w) for w in ("بأمان", "بامان", "بكرامة", "بكرامه", "طوعا", "طوعاً",
                                                    "طوعي", "طوعية", "سالمين", "آمنين", "امنين"))
_AR_WISH = frozenset(normalise_text(w) for w in ("ريت", "ياريت", "شاء", "خلونا", "خلي", "خلوا", "نبي", "نبغى",
                                                  "بدنا", "نريد", "عسى", "يارب"))
# numbers after a clock word: the addressee's schedule known ("ابنك يطلع من المدرسة الساعة وحدة")
_AR_HOUR = frozenset(normalise_text(w) for w in (
    "وحدة", "واحدة", "ثنتين", "اثنين", "ثنين", "ثلاث", "ثلاثة", "اربع", "أربع", "اربعة", "خمس", "خمسة", "ست",
    "ستة", "سبع", "سبعة", "ثمان", "ثمانية", "تسع", "تسعة", "عشر", "عشرة", "احدعش", "اطنعش", "ثنعش"))
# a future prefix typed apart from its verb ("سنـ ـصفيك" -> "سن صفيك"): joined when the word it makes
# starts a rule (HarmDetector._ar_repair)
_AR_PREFIX_APART = frozenset({"س", "سن", "سا", "ست", "سی"})
# "the only good Kurd is a dead Kurd" (harm.analyse, Arabic): a word of goodness beside a group, then the
# group again, dead
_AR_GOOD = frozenset(normalise_text(w) for w in ("الزين", "زين", "الجيد", "جيد", "المنيح", "منيح", "الكويس",
                                                 "كويس", "الطيب", "طيب", "الصالح", "صالح", "احسن", "أحسن",
                                                 "افضل", "أفضل", "خير", "الحلو", "حلو"))
_AR_DEAD = frozenset(normalise_text(w) for w in ("الميت", "ميت", "الميتين", "ميتين", "المقتول", "مقتول",
                                                 "المدفون", "مدفون", "المذبوح", "مذبوح", "المشنوق"))
# "has the right" and "there is" between a negation and an expulsion: "ما في أحد يحق له يطرد المسيحيين"
_AR_RIGHT = frozenset(normalise_text(w) for w in ("يحق", "له", "لها", "لهم", "الو", "الهم", "في", "من", "حق"))
# (sixty-eighth round) a passive present of putting out, "they are being deported": told, not called for,
# unless a word of mood is near ("اللاجئين يترحلون من تركيا حسب التقرير" is news; "لازم يترحلون" a call)
_AR_PASSIVE_NOW = re.compile(r"^(?:و|ف)?[یت]ت(?:رحل|سفر|طرد)")
# (seventy-third round) an expulsion to be stopped or refused is no call: "تطالب بوقف طرد العمال الأجانب"
_AR_HALT = _nf("وقف", "بوقف", "لوقف", "إيقاف", "بإيقاف", "لإيقاف", "ضد", "رفض", "برفض", "تجميد", "بتجميد",
               "إلغاء", "بإلغاء",
               # (hundred-and-thirty-third round) the expulsion's "not" as a noun: "طالبت منظمات حقوقية
               # بعدم ترحيل الأفغان" (asked that the Afghans not be deported); not "لعدم", "for not
               # deporting them", which may be the complaint of one who wants them gone
               "عدم", "بعدم")
# (hundred-and-thirty-third round) an expulsion judged unlawful after it ("ترحيل اللاجئين مخالف للقانون
# الدولي", "... غير قانوني")
_AR_UNLAWFUL = _nf("مخالف", "مخالفة", "مخالفا", "انتهاك", "جريمة", "جريمه")
_AR_UNLAWFUL_AFTER_NOT = _nf("قانوني", "إنساني", "انساني", "شرعي", "مقبول", "أخلاقي", "اخلاقي")
# (hundred-and-thirty-third round) "it has no place among us" (REJECT) right after a people's own predicate is
# the people's exclusion ("المثليون قذارة لا مكان لها بيننا"), not hate rejected ("العنصرية لا مكان لها
# بيننا")
_AR_PLACE = normalise_text("مكان")
_AR_ENOUGH = _nf("كفاية", "كفايه", "كفى")
_AR_DENIED = _nf("نفى", "ينفي", "نفت", "تنفي", "نفوا", "ينفون")  # (not "أنكر على", to denounce)
_AR_NOT_NOUN = normalise_text("غير")  # "غير قانوني", unlawful
# (seventy-third round) depriving a group of something, called for: "يجب حرمان المسيحيين من الوظائف"
_AR_DEPRIVE = re.compile(r"^(?:ب|و|ف)?حرمان(?:هم|هن)?$")
_AR_ENTRY = ("دخل", "سمح", "قرب", "قترب")  # entering, being let in or near: negated, they exclude
# "die" in the 2nd or 3rd person subjunctive (بمیری, بمیرید, بمیره, بمیرن): the subject is the target
_FA_DIE_PERSON = re.compile(r"^ب?میر(?:ی|ید|ین|ه|ن|ند)$")
_FA_WROTE = frozenset({"نوشته", "نوشت", "نوشتن", "نوشتند", "گفته", "گفت", "گفتن", "گفتند",
                       "نوشتهبود", "گفتهبود", "زده", "کامنت"})
_FA_POST_BEFORE = frozenset({"زیر", "این", "اون", "یه", "توی", "همین", "اولین", "آخرین", "اخرین"})
_FA_DOX_NOUNS = frozenset({"ماشین", "خونه", "خانه", "دفتر", "مدرسه", "محل", "اتاق", "کوچه", "خیابون"})
_FA_KIN_STEMS = ("زن", "شوهر", "همسر", "بچه", "دختر", "پسر", "بابا", "مادر", "خواهر", "برادر", "داداش",
                 "خانوا",
                 "خونوا")
# (hundred-and-thirty-sixth round) the first person's possessive, with the object's "رو" joined or not:
# "پدربزرگمو", "خونمون", "بچه‌هامو" -- on a kin word or a home it is the speaker's own
_FA_MY_ENDING = re.compile(r"(?:م|مو|مون|مونو)$")
_FA_ELDERS = ("پدربزرگ", "مادربزرگ", "عمو", "عمه", "خاله", "دایی", "مامان", "پدر", "فامیل")
_FA_YOUR_ENDINGS = ("ت", "تو", "تون", "تونو")  # (the home found is the addressee's: "خونتو", no one's own)
_FA_LET = frozenset({"گذاشت", "بذاریم", "بذارید", "بذارین", "بذاره", "گذاشته"})
_FA_LET_NOT = frozenset({"نذارید", "نذاریم", "نذارین", "نگذارید", "نگذاریم", "نذار"})
_FA_CURSE_VERB = re.compile(r"^(?:ب(?:ش|خور|گیر|کن)|کن)(?:ی|ید|ین|ه|ن|ند)$")  # بشی, بخوری, بگیرن
_FA_WISH = frozenset({"کاش", "ایکاش", "امیدوارم", "امیدواریم", "ایشالا", "ایشالله", "انشالله", "انشاالله",
                      "انشالا", "الهی", "خداکنه", "کنه"})  # کنه: "خدا کنه"
_FA_OBJECT = re.compile(r"(?:مت|یمت|متون|یمتون|شون|یمشون|مشون|ش|یمش|مش|تون|دشون|یدش|یدشون"
                        r"|amet|imet|amesh|imesh|idesh|eshoon|etoon)$")
# not the ب of بمب (bomb) or بریده (cut); در/بر/ور before می: "درمیارم" (I'll tear out)
_FA_MOOD = re.compile(r"^(?:ب(?!مب|رید)|(?:در|بر|ور)?می|نمی|خواه|mi|be|bo)")
# the light verb of a Persian compound verb carries its mood ("منفجر کنن", "تیربارونش کنید", "آتیش
# میزنیم", "چاقو میخوری"): present/future, subjunctive or imperative of کردن, زدن, خوردن, شدن, گذاشتن;
# never a past form (کرد, کردند, زد, شد: a report)
_FA_LIGHT = re.compile(r"^(?:(?:می|ب)?(?:کن|ذار)(?:م|ی|ه|د|یم|ید|ین|ن|ند)?"
                       r"|(?:می|ب)(?:زن|خور|بند)(?:م|ی|ه|د|یم|ید|ین|ن|ند)?"
                       r"|(?:ب|می)?(?:شه|شن|شود|شوند|شی|شید)|خواه(?:م|ی|د|یم|ید|ند))(?:ت|تون|ش|شون|شان)?$"
                       r"|^(?:mi|be|bo)?(?:kon|zan|khor)(?:am|im|i|e|id|in|an|and)?(?:et|esh|eshoon|etoon)?$")
# ب-initial past forms, not the subjunctive ب (بست, برد, بود) ; a negated light verb (نکنید, نمیزنیم, نشه)
_FA_PAST_B = re.compile(r"^ب(?:ست|رد|رید|ود)(?:م|ی|یم|ید|ین|ن|ند)?$")
_FA_LIGHT_NEG = re.compile(r"^ن(?:می)?(?:کن|زن|ذار|خور|ش)(?:م|ی|ه|د|یم|ید|ین|ن|ند|ه)?(?:ت|تون|ش|شون)?$")
# کشتن (kill) and کشیدن (pull, smoke, draw, bear) share the present stem کش; a form with کشید is only
# the second ("پیپ میکشیدم": I was smoking a pipe; not بکشید, the imperative of both), unless "به" names
# what is done ("به آتش کشید").
# (A present form after a bare noun, "سیگار بکشم", is also the second; but commenters drop the object
# marker in calls to kill too, "... مسئولا بکشیم", and a missed call is the worse error: not done.)
_FA_PULL_PAST = re.compile(r"^(?:ن?می|ن)?کشید(?:م|ی|یم|ند|ه|ن|ین)?$")
# کشیدن (pull, bear, smoke, draw) in its present forms, told apart from کشتن by what is pulled: the
# noun just before the verb ("درد بکشم", "به رخ بکشد", "دیوار بکشن", "ماله بکشه", "عقب بکشید", "دست
# بکشید", "خفتی میکشن"), a place "به X" it is pulled to ("به فحش میکشه", "به کام مرگ میکشه"; not fire,
# the gallows, the cross: _FA_PULL_TO_HARM), or a direction after it ("میکشم بیرون", "بکشه پایین")
_FA_PULL_OBJ = frozenset({
    "درد", "رخ", "دیوار", "حصار", "عقب", "دست", "فریاد", "کار", "خفت", "یدک", "ماله", "عربده", "نعره", "زوزه",
    "گل", "علف", "سیگار", "قلیون", "قلیان", "جیغ", "داد", "اه", "نفس", "انتظار", "رنج", "عذاب", "زجر", "سختی",
    "منت", "ناز", "خجالت", "زحمت", "طول", "نقشه", "خط", "صف", "پر", "کنار", "دراز", "سر", "بالا", "پایین",
    "بیرون", "دوش", "بدوش", "اغوش", "تصویر", "چالش", "فحش", "فوش", "گند", "گوه", "زبانه", "بو", "غصه",
    "استرس", "تریاک", "شیشه", "پیپ", "نخ", "اتو", "شمشیر", "تیغ", "ناخن", "چوب", "ته", "لب", "سرک", "دود"})
_FA_PULL_DIR = frozenset({"بیرون", "کنار", "پایین", "بالا", "عقب"})
# the addressee's body ("زبونتو", "از حلقومت", "چشماتو"): pulling it out is violence, not a pull
_FA_BODY_YOURS = re.compile(r"^(?:زبون|زبان|حلقوم|حلق|چشم|چشما|چشمها|روده|رودها|مغز|دندون|دندونا|دندان|"
                            r"دندانها|گلو|ناخن|ناخنا|قلب|جگر|شکم|دل|گوش|گوشا|موها|پوست|استخون|استخوان)"
                            r"(?:ت|تو|تون|تونو|اتو)$")
_FA_PULL_TO_HARM = ("اتش", "اتیش", "دار", "صلیب", "صلابه", "سلابه", "خاک", "رگبار", "گلوله", "تیر", "قتل",
                    "زنجیر", "اعدام", "کشتن")
# the causative کشاندن/کشوندن (lure, drag along: "به منزل خود بکشانیم", "بکشونن به قتلگاه") is never کشتن
_FA_PULL_CAUSE = re.compile(r"کش(?:ون|ان)")
# the one who does the act, not the act: an abuser (متجاوز), a terrorist, terrorism
_FA_AGENT = ("متجاوز", "تروریس")
# the act done to oneself by the speaker or a third person ("خودشو میکشه", "خودم رو از بین میبردم"); not
# the addressee ("خودتو بکش", a call to die)
# (the bare خودم, خودش only with the object marker after: "با دستای خودم خفه کنم" is by my own hands)
_FA_SELF_OBJ = frozenset({"خودمو", "خودمونو", "خودشو", "خودشونو"})
_FA_SELF = frozenset({"خودم", "خودمون", "خودش", "خودشون"})
# what is broken that is no bone: a promise, a silence, a pact, a record
_FA_BREAK_OBJ = ("قول", "سکوت", "پیمان", "عهد", "رکورد", "طلسم", "حرمت", "غرور", "روزه", "اعتصاب", "قانون")
# a condition or a time (اگه، وقتی، موقعی ک): the act or death supposed ("اگه تو بمیری من گریه میکنم",
# "موقعی ک بمیری", "وقتی به یکی تجاوز میشه", "اگر تو رو میکشت"), when only the subject and its marks
# stand between ("اگه ببینمت میکشمت" has a verb of its own there: the threat is the main clause)
_FA_COND = frozenset({"اگه", "اگر", "اگ", "وقتی", "موقعی", "زمانی", "هروقت", "چنانچه", "درصورتیکه"})
_FA_COND_FILL = frozenset({"تو", "شما", "رو", "را", "ک", "که", "به", "یکی", "کسی", "من", "ما", "او", "اون",
                           "منو", "مارو", "تورو", "همه", "هم", "یه", "یک", "روزی", "یروز"})
# the progressive auxiliary (داره نابود میشه, دارن بهشون حمله میکنند): an act told as it goes on
# "die" in the first person: the speaker's own death ("الهی بمیرم برات", love or pity), never a threat
_FA_DIE_SPEAKER = re.compile(r"^(?:ب|می)?میر(?:م|یم)$")
# the light verb of "آتیشت میزنه" in the third person: it burns you up
_FA_BURNS_YOU = re.compile(r"^میزن(?:ه|ن|ند|د)$")
_FA_PROGRESSIVE = frozenset({"داره", "دارن", "دارند", "دارد", "داشت", "داشتن", "داشتند"})
# a slogan quoted or named, not chanted: "شعار مرگ بر امریکا", "مرگ بر امریکا گفتن", "میگن مرگ بر ..."
_FA_SLOGAN = ("شعار",)
_FA_SAYING = re.compile(r"^(?:ن?می)?(?:گ|گوی)(?:م|ی|ه|یم|ید|ین|ن|ند|ن)$|^(?:ن?می)?گفت|^گفتن|^بگ|^فریاد")
# a hashtag against the act: #اعدام_نکنید, #لغو_فوری_اعدام, #نه_به_اعدام
_FA_HASHTAG_AGAINST = ("نکنید", "نه_به", "لغو", "توقف", "stop")
# (ar) the words after which "ما" is no negation: "قبل ما نموت" (before we die), "عقبال ما ندعس على راسك"
# (both sets as normalise_text leaves the words: ی and ک for Arabic's ي and ك)
_AR_MA_NOT_NEG = frozenset({"قبل", "بعد", "عقبال", "لحد", "حتی", "لین", "لما", "کل", "زی", "مثل", "اول"})
# (ar) an oath before a "لا" makes it emphatic, no negation: "والله لا أحرق مكتبكم" (I swear I will burn)
_AR_OATH = frozenset({"والله", "بالله", "تالله", "وربی", "اقسم", "اقسمت", "قسما", "قسم"})
# an oath between "به" and the verb is no place pulled to: "به خدا میکشمت"
_FA_OATH = frozenset({"خدا", "قران", "جون", "جان", "امام", "علی", "حسین", "عباس", "پیر", "ناموسم", "ناموسمون",
                      "مولا", "پیغمبر", "شرفم"})
# the heart that burns or breaks is pity or hurt ("دلشون به حالش بسوزه", "دلش بشکنه")
_FA_HEART = frozenset({"دل", "دلم", "دلت", "دلش", "دلمون", "دلتون", "دلشون", "دلشو", "دلمو", "دلتو",
                       "دلشونو"})
# the present with می in the 2nd or 3rd person and no object pronoun tells what someone does ("صابون
# چشمانم را میسوزاند", "نگرانی ... را از بین میبرد"); the commenter's intent is the 1st person
# ("میکشمت", "میسوزونیم") or a pronoun aimed at someone ("میکشدت")
# (not the spoken 3rd person in ه: "یکی کارشو میسازه" is a threat told of a third person)
_FA_MI_TOLD = re.compile(r"^می\w+(?:د|ند|ی|ید|ین|ن)$")
_FA_CUT = re.compile(r"^(?:می|ب)?(بر|زن)(?:م|ی|ه|یم|ید|ین|ن|ند|یدن)(?:ش|شون|ت|تون)?$")
_FA_HEAD = frozenset({"سر", "سرش", "سرشو", "سرشون", "سرشونو", "سرت", "سرتو", "سرتون", "سرتونو",
                      "گردن", "گردنش", "گردنشو", "گردنشون", "گردنشونو", "گردنت", "گردنتو", "گردنتون",
                      "گلوی", "گلوشون", "گلوشو"})
# (eighteenth round) a tongue, a hand or a finger cut ("باید زبون این فعالا رو برید"): with بریدن only, and
# only as the comment's last word or before تا/که/و (برید is also "go": "زبان رو برید کلاس یاد بگیرید")
_FA_LIMB = frozenset({"زبون", "زبونش", "زبونشو", "زبونشون", "زبونشونو", "زبونت", "زبونتو", "زبان", "زبانش",
                      "زبانشو", "زبانشون", "زبانشان", "زبانشونو", "دستش", "دستشو", "دستشون", "دستشونو",
                      "انگشتاش", "انگشتاشو", "انگشتاشونو", "گوشش", "گوششو"})
_FA_POUR = re.compile(r"^(?:می|ب)?ریز(?:م|ی|ه|یم|ید|ین|ن|ند)$|^ریخته?$")  # ریخته: "ریخته میشود"
_FA_REACH = re.compile(r"^(?:می|ب)رس(?:م|ی|ه|یم|ید|ین|ن|ند)$")  # "to reach": "حساب ... رو برسیم"
_FA_BLOOD = frozenset({"خون", "خونت", "خونتو", "خونش", "خونشو", "خونشون", "خونشونو", "خونتون", "خونتونو",
                       "خونشان", "خونتان"})
# insults whose form with ی is a common noun: misery, the post, wildness, dirt
_FA_NOT_YOU_ARE = frozenset({"بدبخت", "پست", "وحش", "کثافت", "آشغال", "دزد", "جاهل", "خائن", "بیچاره",
                             "مزدور", "چاپلوس", "بزدل"})  # (round 32: sycophancy, cowardice)
# (nineteenth round) a throat chewed, "خرخره‌ی این مفتی رو بجوه", "خرخرشو میجوم": جویدن is violent only
# with the throat before it
_FA_THROAT = frozenset({"خرخره", "خرخرهی", "خرخرش", "خرخرشو", "خرخرهشو", "خرخرشون", "خرخرشونو", "خرخرهشون",
                        "خرخرهاش", "خرخرت", "خرخرتو", "خرخرهتو", "خرخرهات"})
_FA_CHEW = re.compile(r"^(?:می|ب)جو(?:م|ی|ه|یم|ید|ین|ن|ند)?(?:ش|شون)?$|^جوید$")
# (twentieth round) a brake that "may not work" on the addressee's car: a harm supposed (HARMIF) with the
# verb apart from the noun ("ترمز ماشینت شاید کار نکنه")
_FA_BRAKE = frozenset({"ترمز", "ترمزش", "ترمزت", "ترمزای", "ترمزهای"})
# the nouns whose verb stands apart from them, so that a comment with one is analysed even when no word of
# it starts a rule (the pre-pass in analyse makes the act): blood and an account; "زنده" ("نباید گذاشت
# ... زنده"); the limbs, but not زبان, "language", in most comments that have it; a throat chewed; a brake
# that may not work; (round 24) a hand "باید قطع بشه", a place "روی سرشون خراب کرد"
_FA_COMPOUND_NOUNS = (_FA_BLOOD | {"حساب", "زنده", "قطع", "خراب"} | (_FA_LIMB - {"زبان"}) | _FA_THROAT
                      | _FA_BRAKE | {"گلوی", "گلوشون", "گلوشو", "گوش"})  # (round 25) a throat, "ear to ear"
# (twentieth round) a mobile number written out (Iran 09xx, Afghanistan 07xx; digits folded to ASCII by
# normalise.py): posted, it is the posting itself (rule 2b-fa)
_FA_MOBILE = re.compile(r"^0(?:9\d{9}|7\d{8})$")
# (twentieth round) the addressee's kin at their school, class or club, and a caution or a call to keep
# quiet in the comment: "دخترت کلاس سومه تو مدرسه‌ی فرهنگ، نه؟ مراقبش باش", Dari "بچه‌هایت ده کدام مکتب درس
# می‌خوانن ما خبر داریم، بهتر است خاموش باشی"
_FA_SCHOOL = ("مدرسه", "مدرس", "مکتب", "کلاس", "مهدکودک", "مهد", "دانشگاه", "باشگاه", "سرویس")
_FA_HUSH = frozenset({"خاموش", "ساکت", "دهنتو", "دهنت", "دهانت", "صداتو", "خفه"})
# hostile tags that keep "I know where you work" a threat however friendly the rest (fa, ar, tr)
_UNFRIENDLY = frozenset({"VIOLENT", "DIE", "WARN", "WARNSELF", "HARMIF", "INSULT", "PROF", "VULG", "ATTACK"})
_FA_BUDDY = frozenset({"داداش", "داداشم", "رفیق", "رفیقم", "عزیزم", "قربونت", "فدات"})
_FRIENDLY_FACES = ("😂", "🤣", "😄", "😁", "😆", "😅", "😃", "😉", "❤", "🌹")
_FA_CAUTION = ("مواظب", "مراقب", "حواست", "حواسم", "حواسمون")  # (and "مراقبش باش")
_FA_KIN_YOURS = re.compile(r"^(?:بچه|دختر|پسر|زن|خانم|همسر|اولاد|خواهر|برادر|داداش|بابا|مادر|مامان|پدر)"
                           r"\w*(?:ت|تو|یت|هات|هاتو|هایت|هاتون)$")
# (nineteenth round) a list or a register that illnesses are named in ("فهرست بیماری‌ها")
_FA_LIST = frozenset({"فهرست", "لیست", "جدول", "طبقهبندی", "کتاب"})
# (nineteenth round) "those who" heading a relative clause, and deeming ("X رو Y میدونن")
_FA_THOSE = frozenset({"کسایی", "کسانی", "اونایی", "آنهایی", "اونهایی", "کسی", "هرکی", "هرکس", "اونی"})
_FA_DEEM = frozenset({"میدونن", "میدونه", "میدانند", "میدونید", "میخونن", "میخوانند", "میکنن", "مینامند"})
# a word cut up by dots between Persian letters ("چـ.ـاقـ.ـو" -> "چ.اق.و"): one token
_FA_DOTTED_RE = re.compile(r"(?<![\w.])[\u0600-\u06ff]{1,3}(?:\.[\u0600-\u06ff]{1,3})+(?![\w.])"
                           r"|\w+(?:['’]\w+)*|[" + "".join(sorted(_VERMIN_EMOJI)) + "]")
# the addressee as the subject of a verb (rule 4: an insult in a sentence whose verb is said to "you"):
# the present and the past in the 2nd person ("چه زر مفتی میزنی", "باز چی بلغور کردی؟"), the
# imperative ("دیگه ننویس", "برو درس بخون"), in Persian letters or Finglish; not nouns in ی after می
_FA_YOU_VERB = re.compile(r"^(?:ن?می\w+(?:ی|ین|ید)"
                          r"|(?:ن|می|نمی)?(?:کرد|گفت|نوشت|زد|خورد|داد|اومد|آمد|بود|شد|رفت|دید|فهمید|خوند"
                          r"|خواند|آورد|آوردی|فرستاد|ساخت|انداخت)(?:ی|ین|ید)"
                          r"|(?:ن)?(?:هست|دار|بلد|خوا)(?:ی|ین|ید)|میخوای|نمیخوای)$")
# (hundred-and-third round) a Persian verb in the first person singular's past (own_day); not the present,
# which is a vow as often ("قطع میکنم", I will cut; "قول میدم", I promise)
_FA_I_VERB = re.compile(r"^ن?(?:کرد|گفت|نوشت|زد|خورد|داد|اومد|آمد|بود|شد|رفت|دید|خوند|خواند|آورد|گذاشت|رسید"
                        r"|موند|ماند|برگشت|نشست)م$")
# (the imperatives that send the addressee off or tell them to stop: not "باور نکن", "بگو")
_FA_YOU_IMPERATIVE = frozenset({
    "برو", "ننویس", "نگو", "بخون", "بخوان", "ببند", "بفهم", "بمیر", "گمشو", "خفهشو", "ننویسید", "نگید",
    "نگین", "بخونید", "بخونین", "برید", "boro", "nanevis", "nagoo", "nagu", "bekhoon", "bekhun",
    "befahm", "gomsho", "khafesho", "mikoni", "migi", "minevisi", "kardi", "gofti", "neveshti", "hasti",
    "dari", "nadari", "mikhay", "shodi"})
# insults that are pity ("این بیچاره رو ول کن"), a post (پست, also "vile"), or an animal named as one
# ("سگ و گربه نگه میدارید"): not read as said to the addressee through a verb alone
_FA_NOT_VOCATIVE = ("بیچاره", "بدبخت", "پست", "سگ", "گاو", "خر", "الاغ", "خوک", "حیوون", "حیوان", "شغال",
                    "کفتار", "گوساله", "بزغاله")
# an expulsion prevented or opposed: "جلوی اخراج ... رو بگیرن", "مخالف اخراج", "توقف دیپورت"
# (hundred-and-fifty-seventh round) the countries the Persian SUBJECT list names as actors ("ارتش عراق");
# after a group they say where its people live ("مسیحی‌های عراق جاسوسن", Iraq's Christians are spies)
_FA_COUNTRIES = frozenset({"آمریکا", "اسرائیل", "ترکیه", "عراق", "روسیه"})
# (hundred-and-fifty-seventh round) what a group may be said not to be allowed to have: a right, a job, a
# home, land, a passport, a seat, a place of worship (with the indefinite "-ی" a negation takes: "هیچ شغلی")
_FA_HELD = frozenset(w + e for e in ("", "ی", "ای") for w in (
    "حق", "شغل", "کار", "خونه", "خانه", "ملک", "زمین", "مغازه", "پاسپورت", "گذرنامه", "تابعیت", "مقام", "پست",
    "جایگاه", "سهم", "کرسی", "نماینده", "مدرسه", "مسجد", "کلیسا", "عبادتگاه", "رسانه", "روزنامه", "حزب",
    "ماشین"))
_FA_LESS = ("کمتر", "بیشتر", "متفاوت")
_FA_A = frozenset({"یه", "یک"})
_FA_CALLED = frozenset({"DEHUMAN", "NEGPRED", "INSULT"})
_FA_SO_MUCH = frozenset({"اونقدر", "اینقدر", "انقدر", "آنقدر", "اونقد", "اینقد", "اونقده"})
# (hundred-and-fifty-eighth round) "out" as a slogan's whole predicate: "Refugees out!", "Afganlar dışarı!",
# "عراقیا بیرون!" (Arabic "برا" is read by its own rules)
_OUT_SLOGAN = {"en": frozenset({"out"}), "tr": frozenset({"dışarı", "disari"}), "fa": frozenset({"بیرون"})}
# (hundred-and-fifty-eighth round) holding or owning what a people may be denied, and the "should" of a call
_EN_HOLD = frozenset({"hold", "have", "own", "buy", "get", "rent", "run"})
_EN_HELD = frozenset({"office", "job", "jobs", "land", "property", "properties", "house", "houses", "home",
                      "homes", "passport", "passports", "citizenship", "seat", "seats", "position",
                      "positions", "post", "posts", "business", "businesses", "shop", "shops"})
_EN_MUST = frozenset({"should", "shouldnt", "must", "mustnt", "ought"})
_FA_STOP_BEFORE = frozenset({"جلوی", "مخالف", "مخالفت", "توقف", "ضد", "علیه"})
# (round 176) a past passive after "که" (who), "که تو جنگ کشته شدن" (who were killed in the war): a relative
# clause telling what was done (not "که کشته بشن", so that they be killed)
_FA_WERE_DONE = frozenset({"شدن", "شدند", "شد", "شده", "شدهاند", "شدەاند", "شدە"})
# (seventy-fourth round) an expulsion told as done, its light verb in the past: "دولت صدها کارگر افغان رو
# اخراج کرد و این ظلمه" (a call needs a mood before it: "باید از ایران بیرون کرد", where کرد is the short
# infinitive)
_FA_DONE = frozenset({"کرد", "کردن", "کردند", "کردهاند", "کرده", "کردەاند", "کردە", "شد", "شدن", "شدند",
                      "شدهاند", "شده", "شدەاند", "شدە", "بست", "بستن", "بستند", "بستهاند", "بسته",
                      # (ninety-third round) a return told as done: "هزاران افغان داوطلبانه به کشورشون برگشتن"
                      "برگشتن", "برگشتند", "برگشته", "برگشتهاند", "بازگشتند", "بازگشتهاند", "رفتند",
                      "رفتهاند"})
# (seventy-fourth round) the borders shut on a group, a call: "مرزها رو روی عراقی‌ها ببندید"
_FA_SHUT = frozenset({"ببندید", "ببندین", "ببندن", "ببندند", "ببندیم", "ببنده", "بست", "بستن"})
# (eighty-second round) a group to be kept away from children, schools, a neighbourhood or "our" people,
# a call: "Gays should be kept away from our schools", "Suriyelileri mahallemizden uzak tutun", "ترنس‌ها رو از
# بچه‌هامون دور نگه دارید", "خلوا السوريين بعيد عن بناتنا" (kept_away). Only from these: children are kept
# away from a building site, refugees from a border, journalists from a front line.
_EN_KEPT_FROM = frozenset({"our", "children", "kids", "school", "schools", "daughters", "sons", "women",
                           "wives", "girls", "families", "neighbourhood", "neighbourhoods", "neighborhood",
                           "neighborhoods", "streets", "town", "city", "country", "community", "homes"})
_TR_KEPT_FROM = ("okul", "çocuk", "cocuk", "mahalle", "kız", "kiz", "kadın", "kadin", "aile", "sokak", "ülke",
                 "ulke", "şehir", "sehir", "ev", "biz")
_TR_OUR = re.compile(r"[aeıioöuü]m[ıiuü]z(?:d[ae]n|t[ae]n|[ae]|n[ae]|[ıiuü]n|d[ae])?$")  # "our": -(ı)mız
_TR_KEEP = re.compile(r"^(?:tut(?:un|sun|malı|mali|mak|alım|alim|ulmalı|ulmali|ulsun)"
                      r"|dur(?:sun|malı|mali))")
_TR_SIDE = ("yanına", "yanina", "yakınına", "yakinina")
_TR_NOT_NEAR = re.compile(r"^yakla[şs](?:t[ıi]r[ıi]lmamal[ıi]|t[ıi]rmamal[ıi]|t[ıi]rmay[ıi]n"
                          r"|mamal[ıi]|mas[ıi]n)")
_FA_KEPT_FROM = tuple(f for w in ("بچه", "مدرسه", "محله", "دختر", "زنها", "زنان", "خانواده", "کودک", "پسر",
                                   "خونه", "خانه", "شهر", "کشور")
                      for f in {w, w[:-1] + "ە" if w.endswith("ه") else w})  # (ە: a heh before a suffix)
_FA_KEEP_MOOD = frozenset(normalise_text(w) for w in ("دارید", "دارین", "داریم", "دارن", "بدارید", "کنید",
                                                      "کنین", "کنیم", "کنن", "بکنید", "بکنین"))
_FA_KEEP_PAST = frozenset(normalise_text(w) for w in ("داشت", "کرد"))  # the short infinitive, after باید
_AR_KEPT_FROM = tuple(normalise_text(w) for w in ("بنات", "اطفال", "أطفال", "ولاد", "اولاد", "مدارس", "مدرسة",
                                                  "حارات", "حارة", "نسوان", "نساء", "عوائل", "بيوت", "احياء"))
_AR_KEEP_CALL = frozenset(normalise_text(w) for w in ("خلوا", "خلو", "خلي", "خليهم", "لازم", "يجب",
                                                      "المفروض"))
_AR_KEEP = re.compile("^(?:و|ف)?(?:ا?بعد|نبعد|یبعد|تبعد|بعید)")
_KEEP_CUE = {"en": ("keep", "kept"), "tr": ("uzak", "yaklaş", "yaklas"), "fa": ("دور",),
             "ar": ("ابعد", "وابعد", "فابعد", "بعد", "نبعد", "یبعد", "تبعد", "بعید", "وبعید")}
# (eighty-third round) a group said to ruin, poison or pollute what is "ours" -- our country, culture, city,
# youth or values ("Afghans pollute our neighbourhood", "Araplar kültürümüzü bozuyor", "السوريين خربوا بلدنا",
# "عربا فرهنگمونو نابود کردن"): a sweeping claim (harms_ours). The harm alone is news ("Kurdish fighters
# destroyed ISIS positions", a flood destroyed our homes), so "ours" and the group as its subject are asked.
_EN_HARM_VERB = re.compile(r"^(?:destroy|ruin|wreck|pollut|poison|erod|corrupt|contaminat|trash|degrad|"
                           r"undermin|infect|taint|spoil|dirt|defil|desecrat)(?:s|es|ed|d|ing|e|y|ies|ied)?$")
_EN_HARM_FILLER = frozenset({"are", "have", "has", "had", "were", "is", "was", "will", "all", "just",
                             "already", "slowly", "completely", "literally", "basically", "been", "now",
                             "who", "they", "totally", "always", "keep", "gradually"})
_TR_HARM_VERB = ("zehirl", "bozuyor", "bozdu", "bozar", "bozacak", "bozmuş", "bozmus", "kirlet", "mahved",
                 "mahvet", "çürüt", "curut", "yıkıyor", "yıktı", "yikiyor", "yikti", "berbat", "çarpıt",
                 "carpit", "kokut", "yozlaştır", "yozlastir")
_TR_HARM_DENIED = re.compile(r"m[ıiuü]yor|m[ae]d[ıi]|m[ae]z|m[ae]m[ıi]ş|m[ae]y[ae]c")
_TR_OURS_OBJ = re.compile(r"[aeıioöuü]m[ıiuü]z[ıiuü]n?$")  # ülkemizi, kızlarımızın
_AR_HARM_VERB = re.compile("^(?:و|ف)?(?:ی|ت)?(?:خرب|دمر|وسخ|سمم|فسد|افسد|لوث|دنس|شوه|هدم|ضیع)(?:و|وا|ون)$")
_AR_NOT_OURS = frozenset(normalise_text(w) for w in ("هنا", "لنا", "عنا", "منا", "بنا", "احنا", "اننا",
                                                     "كلنا", "علينا", "إحنا", "انا", "أنا"))
_FA_HARM_ADJ = frozenset(normalise_text(w) for w in ("خراب", "نابود", "کثیف", "آلوده", "فاسد", "داغون",
                                                     "ویران", "مسموم", "گمراه", "لجن"))
_HARM_TEAM = frozenset(normalise_text(w) for w in ("تیم", "باشگاه", "منتخب", "فريق", "نادي", "takımı",
                                                   "takimi"))
_FA_HARM_LIGHT = ("کرد", "میکن", "کن", "کشید", "میکش")
# (hundred-and-eighty-fifth round) a people said to harm everything or everyone it meets, as its habit: "Kurds
# ruin every neighbourhood they move into", "Roma rob anyone who stops to help them", "الشيعة بيسمموا كل مجتمع
# بيعيشوا فيه", "Araplar dokundukları her şeyi kirletiyor", "بهاییا هر جامعه‌ای که توش باشن رو مسموم می‌کنن"
# (harms_all_it_meets). A harm done once is news ("Flooding ruined every neighbourhood near the river", "the
# smugglers robbed Afghan migrants at the border"), so the verb must tell a habit -- the present, not the past
# -- and the people must be its subject, named before the "every".
# (not "exploit": "Women exploit every opportunity they get" is praise)
_EN_HABIT_HARM = frozenset({"rob", "robs", "robbing", "cheat", "cheats", "cheating", "swindle", "swindles",
                            "swindling", "fleece", "fleeces", "fleecing"})
_EN_EVERY = frozenset({"every", "everything", "everyone", "everybody", "anyone", "anybody", "anything",
                       "whatever", "wherever", "whoever"})
_EN_TURN = frozenset({"turn", "turns", "turning"})
_EN_BAD_PLACE = frozenset({"slum", "slums", "dump", "dumps", "shithole", "shitholes", "ghetto", "ghettos",
                           "pigsty", "pigsties", "hellhole", "hellholes", "sewer", "sewers", "cesspit",
                           "cesspool", "tip", "wasteland"})
_EN_RUIN_NOUN = frozenset({"ruin", "ruins"})
_TR_HABIT_HARM = ("soyuyor", "soyar", "dolandırıyor", "dolandırır", "dolandiriyor", "dolandirir", "sömürüyor",
                  "sömürür", "somuruyor", "somurur")
_TR_EVERY = frozenset({"her", "herkesi", "herkese", "herşeyi", "herseyi", "heryeri"})
_TR_HABIT_TENSE = re.compile(r"(?:yor|[aeıiuü]r)(?:lar|ler)?$")  # the present and the aorist, not the past
_AR_HABIT_HARM = re.compile("^(?:و|ف)?ب?(?:ی|ت)(?:خرب|دمر|وسخ|سمم|فسد|لوث|دنس|شوه|هدم|ضیع|سرق|نهب|حول)"
                            "(?:و|وا|ون)$")  # (the imperfect only: a prefix; "خربوا", they ruined, is told)
_AR_HABIT_EVERY = frozenset(normalise_text(w) for w in ("كل", "بكل", "لكل", "كلشي", "وين", "أينما", "حيثما"))
_AR_BAD_PLACE = tuple(normalise_text(w) for w in ("مزبلة", "مزابل", "زبالة", "خرابة", "زريبة"))
_FA_HABIT_ADJ = _FA_HARM_ADJ | {"لخت"}  # ("لخت کردن": to rob; only here, beside "every" and a people)
_FA_HABIT_LIGHT = ("میکن", "میکش")  # (the present: "کرد", "کردن" tell it done)
# (eighty-sixth round) a group blamed for all our misfortunes ("Every misfortune we have is the fault of the
# Shia", "Başımıza ne geldiyse Alevilerin yüzünden", "كل مصايبنا من ورا الشيعة", "همه‌ی مشکلاتمون تقصیر
# افغانیاست": scapegoat_of), and a group said to stir up trouble wherever it goes ("Jews stir up trouble
# wherever they go", "Kürtler her yerde kargaşa çıkarıyor": troublemaking). A misfortune counts only when
# all of it is meant ("all our problems", "ne geldiyse", "كل مصايبنا", "هر چی بدبختی").
_EN_MISFORTUNE = frozenset({"misfortune", "misfortunes", "problem", "problems", "trouble", "troubles",
                            "misery", "miseries", "woes", "ills", "disaster", "disasters", "crisis", "crises",
                            "wrong"})
_EN_ALL_OF_IT = frozenset({"every", "all", "everything"})
_EN_FAULT_OF = frozenset({"fault", "because", "thanks", "due"})  # the group after: "the fault of the Shia"
_EN_TO_BLAME = frozenset({"blame", "behind", "responsible", "cause"})  # the group before: "X are to blame"
_TR_MISFORTUNE = ("sorun", "dert", "bela", "felaket", "sıkıntı", "sikinti", "musibet", "başımız", "basimiz",
                  "kötülü", "kotulu")
_TR_ALL_OF_IT = frozenset({"bütün", "butun", "tüm", "tum", "her", "ne", "geldiyse", "varsa"})
_TR_FAULT = ("yüzünden", "yuzunden", "suçu", "sucu", "sebebi", "kaynağı", "kaynagi", "arkasında", "arkasinda")
_AR_MISFORTUNE = ("مصایب", "مصائب", "مشاکل", "بلاوی", "کوارث", "خراب", "ماسی", "مصیب", "بلاو")
_AR_FAULT = frozenset(normalise_text(w) for w in ("ورا", "وراء", "سبب", "بسبب", "سببه", "سببها", "ذنب",
                                                  "أصل"))  # (ninety-eighth round) "أصل كل بلاوي الدنيا"
_AR_FAULT_AFTER = frozenset(normalise_text(w) for w in ("ورا", "وراء", "بسبب"))  # only the group after
_FA_MISFORTUNE = ("بدبختی", "مشکلات", "مشکل", "مصیبت", "بلاها", "گرفتاری", "خرابی")
_FA_ALL_OF_IT = frozenset(normalise_text(w) for w in ("همه", "همەی", "همهی", "هرچی", "چی", "تمام", "کل"))
_FA_FAULT = frozenset(normalise_text(w) for w in ("تقصیر", "مقصر", "زیر"))
_FA_DONT_THROW = frozenset(normalise_text(w) for w in ("ننداز", "نندازید", "نندازین", "نندازیم", "نندازن"))
_EN_CAUSE = frozenset({"stir", "stirs", "cause", "causes", "bring", "brings", "create", "creates", "spread",
                       "spreads", "make", "makes", "start", "starts"})
_EN_TROUBLE = frozenset({"trouble", "chaos", "strife", "crime", "problems", "mess", "discord", "disease",
                         "violence", "fights", "drugs"})
_EN_WHEREVER = frozenset({"wherever", "everywhere"})
_TR_TROUBLE = ("fitne", "kargaşa", "kargasa", "sorun", "bela", "suç", "suc", "kavga", "kaos")
_TR_CAUSE = ("çıkar", "cikar", "yarat", "getir", "yay", "sok")
_AR_TROUBLE = frozenset(normalise_text(w) for w in ("الفتنة", "فتنة", "مشاكل", "المشاكل", "الفوضى", "فوضى",
                                                    "الخراب", "خراب", "مشكله", "مشاكلهم",
                                                    # (round 185) crime and filth that follow them: "وين
                                                    # ما راح السوريين بتلحقهم الجريمة والوساخة" (_AR_CAUSE)
                                                    "الجريمة", "الجرايم", "الجرائم", "الوساخة", "الوسخ",
                                                    "والوساخة", "القذارة"))
_AR_WHEREVER = frozenset(normalise_text(w) for w in ("أينما", "حيثما", "وين", "فين"))
_AR_CAUSE = re.compile("^(?:و|ف)?ب?(?:ی|ت)(?:ثیر|عمل|جیب|زرع|نشر|سبب|خلق|سوو|سوی|لحق)")
_FA_TROUBLE = frozenset(normalise_text(w) for w in ("فتنه", "آشوب", "دردسر", "مشکل", "دعوا", "جنجال",
                                                    "خرابی"))
_FA_CAUSE = ("درست", "راه", "میارن", "میکنن", "میندازن", "بپا", "پا")
# (eighty-seventh round) a group said to care about nothing but money ("Women only think about money and
# gold", "Yahudilerin tek derdi para", "اليهود همهم الوحيد المال", "زن‌ها فقط به فکر پول و طلان":
# only_money): the money word, with a restriction and a verb of thinking or caring in its sentence, is a
# predicate
_EN_MONEY = frozenset({"money", "gold", "profit", "profits", "cash", "dollars", "wealth"})
_EN_ONLY = frozenset({"only", "but", "except", "all"})
_EN_CARE = frozenset({"think", "thinks", "care", "cares", "interested", "worship", "worships"})
_TR_MONEY = ("para", "altın", "altin", "servet")
_TR_ONLY = ("sadece", "yalnızca", "yalnizca", "başka", "baska", "tek")
_TR_CARE = ("düşün", "dusun", "derdi", "umur", "ilgilen")
_AR_MONEY = frozenset(normalise_text(w) for w in (
    "المال", "مال", "بالمال", "للمال", "الفلوس", "فلوس", "بالفلوس", "للفلوس", "والفلوس", "الذهب", "ذهب",
    "بالذهب", "والذهب", "المصاري", "مصاري", "بالمصاري", "الربح", "بالربح", "الدولار", "بالدولار"))
_AR_ONLY = frozenset(normalise_text(w) for w in ("إلا", "الا", "غير", "الوحيد", "فقط", "بس"))
_AR_CARE = ("یفکر", "تفکر", "یهم", "همهم", "همه", "کل_همهم", "یعبد")
_FA_MONEY = ("پول", "طلا", "ثروت", "دلار")
_FA_ONLY = frozenset(normalise_text(w) for w in ("فقط", "جز", "بجز", "تنها"))
_FA_CARE = ("فکر", "مهم")
# (eighty-third to eighty-eighth rounds) a word any of harms_ours, scapegoat, troublemaking, only_money,
# faced_with and the two readings beside them starts from: the rules read a comment's words one by one only
# when one of its words is such a word
_EN_ROUND_CUE = frozenset(_EN_FAULT_OF | _EN_TO_BLAME | _EN_CAUSE | _EN_MONEY | _EN_HABIT_HARM | _EN_TURN)
_TR_ROUND_CUE = (_TR_HARM_VERB + _TR_FAULT + _TR_CAUSE + _TR_MONEY + ("işgal", "isgal") + _TR_HABIT_HARM
                 + ("çeviriyor", "ceviriyor", "çevirir", "cevirir"))
_AR_ROUND_CUE = frozenset(_AR_FAULT | _AR_TROUBLE | _AR_MONEY)
_FA_ROUND_CUE = frozenset(_FA_HABIT_ADJ | _FA_FAULT | _FA_TROUBLE)
_ROUND_CUE = {
    "en": lambda w: w in _EN_ROUND_CUE or bool(_EN_HARM_VERB.match(w)),
    "tr": lambda w: w.startswith(_TR_ROUND_CUE),
    "ar": lambda w: w in _AR_ROUND_CUE or bool(_AR_HARM_VERB.match(w)) or bool(_AR_HABIT_HARM.match(w)),
    "fa": lambda w: w in _FA_ROUND_CUE or w.startswith(_FA_MONEY + _FA_MISFORTUNE + ("میریز",)),
}
_TR_INSTITUTION = ("gazete", "dergi", "belediye", "derneğ", "dernek", "şirket", "kütüphane", "hastane",
                   "elçiliğ", "bakanlığ", "konsolosluğ", "müze", "ajans", "vakf", "kanal", "televizyon",
                   "radyo")
# (seventy-fourth round) an institution's address or plate is no person's: "آدرس دفتر روزنامه رو پیدا کردم،
# فردا میرم نامه‌مو تحویل بدم"
_FA_INSTITUTION = ("روزنامه", "سفارت", "کنسولگری", "شرکت", "اداره", "وزارت", "شهرداری", "سازمان",
                   "بیمارستان", "کتابخونه", "کتابخانه", "موزه", "خبرگزاری", "شبکه", "مجله", "نشریه")
# knowing, and what is known of the addressee: where, when, which (rule 2b, "میدونم کجا درس میخونی")
_FA_KNOW = frozenset({"میدونم", "میدونیم", "میدانم", "میدانیم", "بلدم", "بلدیم"})
# (ar, thirty-eighth round) "why" opening a question about what a group does: their leaving asked about,
# not called for ("ليش السوريين يطلعون من لبنان؟"; normalised)
_AR_WHY = frozenset({"لیش", "لیه", "لماذا", "لمادا", "لشو", "علیش"})
# (ar, thirty-seventh round) the speaker knows the addressee's routine: "I/we know" in the first person, a
# where/which/when, and what marks a routine (every, the hour, the morning, late, the road, work); normalised
_AR_KNOW_FIRST = frozenset({"نعرف", "اعرف", "عارفین", "ندری", "ادری", "عرفنا"})
_AR_WH = frozenset({"وین", "ای", "متی", "منین"})
_AR_ROUTINE = frozenset({"کل", "الساعه", "الصبح", "الصبحیه", "متاخر", "طریق", "الطریق", "الدوام", "دوامک",
                         "للشغل", "الشغل", "بالشغل", "یومیا", "لیله", "المسا"})
_FA_WH = frozenset({"کجا", "کجای", "کدوم", "کدام", "کی", "چندم", "چند", "چه_ساعتی"})
# (eighteenth round) the warning after a routine told: "... رد میشی، مواظب باش"
_FA_WARNED = frozenset({"مواظب", "مراقب", "حواست", "حواستو", "حواستون", "مواظبت", "مراقبت"})
# (any present in the 2nd person: "میای", "برمیگردی")
_FA_YOU_PRESENT = re.compile(r"^(?:بر|در|ور)?ن?می\w+(?:ی|ین|ید)$")
# verbal nouns of calling someone a name: the word before them is mentioned, not said to anyone
_FA_CALLING = frozenset({"گفتن", "خطاب", "صدا", "نامیدن", "خوندن", "خواندن", "لقب"})
_FA_YOU_SAY = frozenset({"میگی", "میگین", "میگید", "گفتی", "گفتین", "گفتید", "میگفتی", "بگی"})
_FA_NOT_YOU_VERB = frozenset({"میلادی", "میهنی", "میانی", "میدانی", "میراثی", "میزبانی", "میکروبی",
                              "میلیاردی", "میلیونی", "میوهای", "میخی", "میزی", "میلی", "میتینگی", "شدید",
                              "میدونی"})  # (شدید, severe; میدونی, "you know", a filler)
# a Persian comma also ends the clause a mood governs
_SENT_FA_RE = _leading(r"[.!?؟؛;\n\s,]", _SENT_PATTERN + r"|,")
_FA_NEG = re.compile(r"^(?:ن|نمی|نخواه)")
_FA_YOU_COPULA = frozenset({"هستی", "هستین", "هستید", "هستيد"})  # (fa, round 23) "you are"
# what "Çingene" names when it names Roma neutrally: citizens, a community, their music, quarter or families
_TR_ROMA_NEUTRAL = ("vatandaş", "vatandas", "toplulu", "kökenli", "kokenli", "müzi", "muzi", "kültür",
                    "kultur", "mahalle", "nüfus", "nufus", "dernek", "derneğ", "aile")
# (sixty-eighth round) the comparative and superlative of a short insult, with a copula: "لرها خنگ‌ترین قوم
# ایرانن" (a long entry is a prefix already)
_FA_DEGREE = ("تر", "ترن", "ترین", "ترینن", "ترینه")
# ("اییان", "هاییان": (hundred-and-fifty-seventh round) "are some Xs", "کردا موشایی‌ان که ..." with its
# half-space gone; not "ایی" alone, which makes "کسایی", "اونایی", those who)
_FA_SUFFIXES = ("", "ها", "های", "هاشون", "ان", "ای", "ی", "ا", "یان", "ن", "شون", "هاش", "یی", "یه", "اند",
                "اییان", "هاییان")
_EN_PASSIVE_BE = {"be", "get", "gets", "getting", "been"}
_EN_FIRST = {"i", "we", "weve", "ive", "ve", "hello", "say", "me", "us", "our", "my", "im", "were", "ill",
             "well"}
_EN_PARTICLE_VERBS = {"send", "sent", "throw", "thrown", "threw", "kick", "kicked", "drive", "chase"}
_EN_PARTICLES = {"back", "home", "out", "away", "packing", "off"}
_EN_BE = {"is", "are", "was", "were", "be", "s", "re"}
# knowing, finding or having: their object follows them ("we have your address"); one named earlier is
# theirs only when taken up again ("your sister's number... want me to post it?")
_EN_HAVE_FIND = {"know", "knew", "found", "find", "got", "have", "seen", "visit", "visited", "post", "leak"}
# "want(s) to" is the commenter's intent only in the first person ("I want to kill him"); "they want
# to kill us", "people who want to attack someone" tell what others want
_EN_WANT = {"want", "wants", "wanted", "wanting", "wanna"}
# (hundred-and-forty-third round) a curse hurled at a people: "Fuck Muslims, every last one of them", "Fuck
# the mexicans" (the curse right before the people's word, an article or "all" perhaps between, no mark: on
# the data every such comment is offensive) -- hatred, as "I hate" is, not profanity at no one
_EN_CURSE_AT = frozenset({"fuck", "fuk", "fck", "fuq", "screw", "damn"})
_EN_CURSE_DET = frozenset({"all", "the", "these", "those", "every", "them", "you"})
# (up to three words before the verb, so that "I really want", "we just want" are the commenter's)
_EN_WANTERS = {"i", "we", "im", "ive", "weve", "id", "wed", "i'd", "we'd"}
# a possessive before a noun makes the noun the act's object ("end her 30 year hiatus", "kill your
# career"), unless the noun is the person's body ("break your legs"), family or kin (_EN_KIN, DOXOBJ)
_EN_WEAPON_EMOJI = frozenset({"\U0001F52A", "\U0001F52B", "\U0001FA93", "\U0001F5E1", "\U0001F4A3"})
_EN_HOPE = frozenset({"hope", "hoping", "hopefully", "wish", "wishing", "pray", "praying"})
# (twenty-seventh round) participles with no -ed/-en ending ("caught and hanged"), and verbs of sending or
# going whose manner ("in black bags") is the act
_EN_PARTICIPLE_IRREG = frozenset({"caught", "brought", "dragged", "stripped", "tied", "held", "locked",
                                  "put"})
_EN_SAYER_FORGETS = frozenset({"forget", "forgets", "forgot", "forgotten", "ignore", "ignores"})
_EN_POSSESSIVE_ALL = frozenset({"my", "our", "your", "ur", "his", "her", "their"})
_EN_SEND_GO = frozenset({"send", "sent", "sending", "go", "goes", "going", "come", "comes", "return",
                         "returns", "leave", "leaves", "carry", "carried", "ship", "mail", "post"})
_EN_OBJECT_PRONOUN = frozenset({"him", "her", "them", "us", "me", "you", "em", "yall"})
_EN_POSSESSIVE = {"her", "his", "their", "your", "ur", "its", "our", "my"}
_EN_BODY = {"head", "heads", "face", "faces", "neck", "necks", "throat", "throats", "skull", "skulls", "legs",
            "leg", "arm", "arms", "knees", "kneecaps", "teeth", "jaw", "nose", "eyes", "fingers", "hands",
            "guts", "gut", "belly", "chest", "penis", "dick", "heart", "back", "brains", "brain", "body",
            "bodies", "ass", "butt", "balls", "mouth", "tongue", "ears", "spine", "ribs"}
# slurs that are also verbs, taken as verbs when a determiner follows ("cripple the economy")
_EN_VERB_SLURS = frozenset({"cripple", "cripples"})
# (twenty-third round) "those people", "them people": a coded group before a dehumanising word
_EN_CODED_DEM = frozenset({"those", "them", "these", "dem"})
_EN_CODED_PEOPLE = frozenset({"people", "ppl", "peoples", "folks"})
# (twenty-third round) a slur mentioned as a word ("the word kike", "the slur faggot") or said of oneself
# ("I call myself queer", "we call ourselves dykes"): not used at anyone
_EN_WORD_NOUN = frozenset({"word", "words", "term", "terms", "slur", "slurs", "label", "epithet"})
_EN_SELF = frozenset({"myself", "ourselves"})
# (hundred-and-sixty-seventh round) a slur the community took back as its own name, used of oneself or one's
# own ("As a queer woman", "I'm queer", "our queer friends"): read as a group named, whose predicates still
# count, as Turkish reads _TR_RECLAIMED (_en_own_reclaimed)
_EN_RECLAIMED = frozenset({"queer", "queers", "dyke", "dykes"})  # (round 176) "As a proud dyke"
_EN_OWN_NAME = frozenset({"i", "im", "we", "were", "as", "my", "our", "us", "myself", "ourselves"})


def _en_own_reclaimed(words, tags, g, lo, hi):
    """(hundred-and-sixty-seventh round) The slur at ``g`` is _EN_RECLAIMED's, the nearest person before it
    (three words back) the commenter or their own (_EN_OWN_NAME), and no one is addressed right after it:
    "As a queer woman", "I'm a queer", "my fellow queer folk" (not "I trusted you queer cakes", "As a queer
    you deserve nothing"; nor "I call myself queer", which _en_called_oneself reads)."""
    if words[g] not in _EN_RECLAIMED or _en_called_oneself(words, g, lo):
        return False
    near = _nearest_before(words, g, lo, 3, lambda j: words[j] in _EN_OWN_NAME or "YOU" in tags[j])
    return near in _EN_OWN_NAME and not any("YOU" in tags[j] for j in range(g + 1, min(hi, g + 3)))


# (round 176) a slur word in its other, older sense, read so beside that sense's words (four words either
# side, in its sentence): a dish or a bundle of sticks ("Faggots and peas is my favourite pub dinner"), a
# dam ("The Dutch built dykes to hold back the sea"), a crack ("a chink in the minister's armour"): each had
# been identity abuse at 0.9 or more. Arabic and Turkish in _AR_SLUR_SENSES and _slur_other_sense.
_EN_SLUR_SENSES = (
    (frozenset({"faggot", "faggots"}), frozenset({
        "peas", "gravy", "onion", "onions", "mash", "butcher", "butchers", "recipe", "oven", "meatballs",
        "firewood", "sticks", "kindling", "brushwood", "bundle", "bundles"})),
    (frozenset({"dyke", "dykes", "dike", "dikes"}), frozenset({
        "sea", "seas", "flood", "floods", "flooding", "water", "waters", "river", "rivers", "levee", "levees",
        "polder", "polders", "canal", "canals", "embankment", "embankments", "tide", "tides", "dam", "dams",
        "dutch", "holland", "netherlands", "breach", "breached", "farmland"})),
    (frozenset({"chink", "chinks"}), frozenset({
        "armour", "armor", "light", "glasses", "glass", "curtain", "curtains", "wall", "walls", "door",
        "coins", "keys"})),
)
# Arabic (as the words are read: normalise.py) -- (slurs, the other sense's words, whether that word must
# come right before the slur): history's Magians ("المجوس القدماء كانوا يعبدون النار"; not the fire alone,
# "عبدة النار" is the slur's own jibe, nor "مزبلة التاريخ", history's dustbin, where the data sends them), the
# Safavid dynasty in its centuries ("الدولة الصفوية حكمت إيران أكثر من قرنين"; not "الدولة الصفوية الإرهابية",
# Iran today, nor "الصفويين يحكمون العراق"), an outlier or a scholar's odd reading ("نتيجة شاذة", "قراءة
# شاذة", "حديث شاذ"), the Zanj revolt ("ثورة الزنج"); never a people addressed ("يا مجوس")
_AR_SLUR_SENSES = tuple((_nf(*slurs), frozenset(w.replace("ئ", "ی") for w in _nf(*sense)),  # (as _ar_fold)
                         before) for slurs, sense, before in (
    (("المجوس", "مجوس"), ("القدماء", "قديما", "زرادشت", "الزرادشتية", "الساسانية", "الساسانيين"), False),
    (("الصفوية", "صفوية", "الصفوي", "صفوي", "الصفويين", "الصفويون"),
     ("حكمت", "حكم", "القرن", "قرنين", "قرون", "الشاه", "السلالة", "العهد"), False),
    (("شاذ", "شاذة"), ("نتيجة", "نتائج", "حالة", "حالات", "ظاهرة", "قاعدة", "قراءة", "رقم", "أرقام", "قيمة",
                       "قيم", "نسبة", "عينة", "قول", "رواية", "صيغة", "حديث"), True),
    (("الزنج",), ("ثورة",), True),
))


def _slur_other_sense(lang, words, g, lo, hi):
    """(round 176) Whether the slur at ``g`` is its word's other sense (_EN_SLUR_SENSES, _AR_SLUR_SENSES; in
    Turkish the Gavur mountains, "Gavurdağı'nın eteklerinde yürüdük", "Gavur dağları"): not a people named."""
    w = words[g]
    if lang == "fa":
        # (round 177) "ضعیفه" closing its sentence after a word that is no determiner is "is weak": "طرح
        # بودجه ضعیفه", "خیلی ضعیفه" (not "این ضعیفه", this weak woman, the slur)
        return w == "ضعیفه" and g + 1 == hi and g > lo and words[g - 1] not in _FA_THIS_ONE
    if lang == "tr":
        return w.startswith(("gavurdağ", "gavurdag")) or (
            w.startswith("gavur") and g + 1 < hi and words[g + 1].startswith(("dağ", "dag")))
    if lang == "en":
        near = words[max(lo, g - 4):g] + words[g + 1:min(hi, g + 5)]
        return any(w in slurs and not sense.isdisjoint(near) for slurs, sense in _EN_SLUR_SENSES)
    if lang == "ar":
        if g > lo and words[g - 1] == "یا":
            return False
        near = words[max(lo, g - 4):g] + words[g + 1:min(hi, g + 5)]
        return any(w in slurs and (
            (g > lo and words[g - 1] in sense) if before else not sense.isdisjoint(near))
            for slurs, sense, before in _AR_SLUR_SENSES)
    return False


# (round 176) a slur reported as what someone was called: "He was called a raghead at school and the teachers
# did nothing", "they called me a faggot" -- in the passive, or with a person as the object right after the
# verb (not by the commenter: "I called him ...", "Lowkey called that faggot a faggot"; not "calling these
# hoes out", "calling people ... on Xbox", "I wasn't calling you a ...": on the data these are the commenter's
# own use); Turkish "bana ibne dediler" (the third person's saying after it, in the past or the progressive;
# not "diyorum", I say, nor the aorist "derler", the commenter's claim: "Bunlara kıro derler"); Persian
# "بهش می‌گفتن کاکاسیاه" (they used to call him; not "می‌گم", I say)
# (a determiner or a call before it makes it the slur: "این ضعیفه", "برو گمشو ضعیفه")
_FA_THIS_ONE = _nf("این", "اون", "یه", "یک", "ای", "آی", "همین", "همون", "گمشو", "شو", "برو", "خفه", "هی")
_EN_CALLED = frozenset({"called", "calling", "labelled", "labeled", "branded"})
_EN_CALLED_PASSIVE = frozenset({"was", "were", "been", "being", "be", "get", "got", "gets", "getting", "is",
                                "am", "are"})
_EN_CALLED_WHOM = frozenset({"me", "us", "him", "her", "them"})
_EN_CALLER_OWN = frozenset({"i", "we", "ive", "weve", "id", "wed", "ill", "well", "im", "you", "u", "ya"})
_TR_THEY_CALLED = re.compile(r"(?:dedi(?:ler)?|demi[şs](?:ler|ti|lerdi)?|der(?:di|lerdi)"
                             r"|diyor(?:lar|du|lard[ıi])?|diye|dendi|denildi|deniyor(?:du)?)$")
_FA_THEY_CALLED = _nf("می‌گفتن", "می‌گفتند", "گفتن", "گفتند", "گفت", "می‌گفت", "صداش")


def _slur_reported(lang, words, g, lo, hi):
    """(round 176) Whether the slur at ``g`` is reported as what someone else called a person (_EN_CALLED,
    _TR_THEY_CALLED, _FA_THEY_CALLED): a report of abuse suffered, not abuse."""
    if lang == "en":
        c = next((c for c in range(g - 1, max(lo, g - 5) - 1, -1) if words[c] in _EN_CALLED), None)
        if c is None or c == lo:
            return False
        if words[c - 1] in _EN_CALLED_PASSIVE and words[c] != "calling":
            # "He was called a raghead", "I got called a ..." (not "Moscow is calling you, ...")
            return all(words[j] in ("a", "an") for j in range(c + 1, g))
        return (words[c - 1] not in _EN_CALLER_OWN and words[c + 1] in _EN_CALLED_WHOM
                and all(words[j] in ("a", "an") for j in range(c + 2, g)))  # "they called me a ..."
    if lang == "tr":
        return g + 1 < hi and bool(_TR_THEY_CALLED.match(words[g + 1]))
    if lang == "fa":
        return any(words[c] in _FA_THEY_CALLED for c in range(max(lo, g - 3), g))
    return False


# (round 176) a people addressed with a slight: "Shut up, you dirty Jew", "You are such a stupid Persian",
# "Seni aşağılık Ermeni" (the addressee, then the words of "you are a", then the slight right before the
# people; not a woman addressed, "you stupid woman": an insult at a person, as Turkish "hain kadın" is)
_EN_YOU_ARE_A = frozenset({"are", "re", "such", "a", "an", "just", "only", "another", "nothing", "but", "one",
                           "of", "those", "typical"})


def _addressed_slight(lang, words, tags, k, lo):
    """(round 176) Whether the slight at ``k`` (right before a people's name) is said to the addressee:
    "you dirty Jew", "you are a lying Arab", "seni aşağılık Ermeni" (_EN_YOU_ARE_A between)."""
    if lang == "tr":
        return k > lo and "YOU" in tags[k - 1]
    if lang != "en":
        return False
    j = k - 1
    while j >= lo and words[j] in _EN_YOU_ARE_A and j > k - 5:
        j -= 1
    return j >= lo and "YOU" in tags[j]


# (round 176) a curse laid on a people: "اللعنة على اليهود", "لعنة الله على الشيعة", "لعنت به عربا", "لعنت
# بر همه‌ی عرب‌ها"; Turkish "Lanet olası Kürtler", "Kahrolası Araplar", "Kürtlere lanet olsun" -- with only
# the curse's own words between (not "اللعنة على من يؤذي الأكراد", damn whoever harms the Kurds), the people
# not narrowed by a relative clause after it ("لعنة الله على العرب الذين يرون هذه المجازر ولا يتحركون")
_CURSE_ON = {"ar": (_nf("اللعنة", "لعنة", "اللعنات", "لعنات"), _nf("على", "الله", "كل", "جميع")),
             "fa": (_nf("لعنت"), _nf("به", "بر", "همه", "تمام") | {"همهی"})}  # ("همه‌ی" as the words are read)
_TR_CURSED = ("olası", "olasi", "kahrolası", "kahrolasi")
_CURSE_NARROWED = _nf("الذين", "اللذين", "الذي", "اللي", "الي", "اللتي", "التي", "که", "کسانی")  # (fa که too)


def _cursed(lang, words, k, g):
    """(round 176) Whether the word at ``k`` lays a curse on the people named at ``g`` (_CURSE_ON)."""
    if lang == "tr":
        return (k == g - 1 and words[k] in _TR_CURSED) or (
            words[k] == "lanet" and k + 1 < len(words) and words[k + 1] == "olsun" and g in (k - 1, k + 2))
    curse = _CURSE_ON.get(lang)
    return (curse is not None and k < g <= k + 4 and words[k] in curse[0]
            and all(words[j] in curse[1] for j in range(k + 1, g)) and words[k + 1] in curse[1]
            and _CURSE_NARROWED.isdisjoint(words[g + 1:g + 4]))


# (round 177) a hatred that is someone else's, told of: "My uncle hates Kurds and I'm ashamed of him",
# "People who hate Arabs should read this article", "اللي بيكره العرب لازم يقرأ هالمقال", "من يكره الشيعة ما
# عرف جيراني", "Araplardan nefret edenler bu makaleyi okumalı" (the third person, or a relative pronoun
# before the verb; the Turkish participle "eden", who hates)
_EN_WHO_HATES = frozenset({"who", "that", "whoever"})
_AR_WHO_HATES = _nf("اللي", "الي", "يلي", "من", "الذي", "الذين", "اللذين")
_AR_HE_HATES = _nf("يكره", "بيكره", "تكره", "بتكره", "يكرهوا", "بيكرهوا", "يكرهون")


# (round 177) the words of "but" and of the commenter's own "I am not" after a word of bigotry: a disclaimer
# ("Irkçı değilim ama ...", "نژادپرست نیستم ولی ...") owns the claim after it (HarmDetector's disclaimed())
_DISCLAIMED = {"tr": (frozenset({"ama", "fakat", "ancak", "lakin"}),
                      frozenset({"değilim", "degilim", "değiliz", "degiliz"})),
               "fa": (_nf("ولی", "اما", "ولیکن"), _nf("نیستم", "نیستیم", "نمی‌باشم"))}


# (round 177) a people set below an animal by a comparison: "My dog is smarter than any Persian", "I'd rather
# my daughter marry a dog than a Turk", "كلبي أذكى من أي إيراني", "أثق بالأفعى ولا أثق بشيعي", "حياة السوري
# أرخص من حياة الكلب", "Köpeğim bütün İranlılardan daha akıllı", "Kızımı bir Suriyeliye vereceğime köpeğe
# veririm", "Mülteciler hamamböceklerinden beter", "سگم از هر عربی باهوش‌تره", "پناهنده‌ها از سوسک هم بدترن" --
# not a people's treatment ("Refugees are treated worse than dogs in that camp": pity)
_ANIMALS = {
    "en": frozenset({"dog", "dogs", "snake", "snakes", "rat", "rats", "pig", "pigs", "donkey", "donkeys",
                     "monkey", "monkeys", "cockroach", "cockroaches", "goat", "goats", "animal", "animals",
                     "cat", "cats", "cow", "cows"}),
    "ar": _nf("كلب", "كلبي", "الكلب", "لكلب", "للكلب", "بالكلب", "كلاب", "الكلاب", "أفعى", "الأفعى",
              "بالأفعى", "حية", "الحية", "حمار", "الحمار", "خنزير", "الخنزير", "جرذ", "الجرذ", "الجرذان",
              "صرصور", "الصراصير", "حيوان", "الحيوان", "الحيوانات", "قرد", "القرد"),
    "tr": ("köpe", "kope", "yılan", "yilan", "fare", "domuz", "eşe", "maymun", "hamamböce", "hayvan"),
    "fa": _nf("سگ", "سگم", "سگا", "سگها", "مار", "موش", "موشا", "خوک", "خر", "الاغ", "میمون", "سوسک",
              "حیوون", "حیوان"),
}
_AR_BETTER = _nf("أذكى", "أنظف", "أشرف", "أحسن", "أفضل", "أطهر", "أكرم", "أصدق", "أوفى", "أنقى", "أغلى")
_AR_WORSE = _nf("أرخص", "أسوأ", "أوسخ", "أحقر", "أقذر", "أتفه", "أقل", "أوطى")
_TR_ACT_NOUN = re.compile(r"m[ae](?:k|kt[ae]n|s[ıi]|y[ae]|kl[ae])$")  # (round 191) güvenmek, olması
_TR_INSTEAD = ("eceğime", "acağıma", "ecegime", "acagima")  # "vereceğime": rather than giving
_FA_COMPARATIVE = re.compile(r"تر(?:ه|ن|ند|ین)?$")
_TREATED = {"en": ("treated", "treat", "treats", "live", "lives", "living", "lived", "kept", "housed",
                   "paid"),
            "ar": tuple(_nf("يعامل", "يعاملون", "يعاملوهم", "معاملة", "يعيشون", "عايشين")),
            "tr": ("muamele", "davran", "yaşı", "yasi"), "fa": ("رفتار", "زندگی")}


def _animal_compared(lang, words, k, g, lo, hi):
    """(round 177) Whether the animal at ``k`` and the people at ``g`` are compared, the people set below
    it (_ANIMALS; in English and Arabic the animal's side is read, in Turkish and Persian only the form)."""
    animals = _ANIMALS.get(lang)
    if animals is None or not (words[k].startswith(animals) if lang == "tr" else words[k] in animals):
        return False
    if any(words[j].startswith(_TREATED[lang]) for j in range(lo, hi)):
        return False
    a, b = min(k, g), max(k, g)
    if lang == "en":
        than = next((j for j in range(k + 1, g) if words[j] == "than"), None)
        return than is not None and (any(words[j] in ("rather", "sooner") for j in range(lo, k)) or any(
            words[j].endswith("er") or words[j] == "more" for j in range(k + 1, than)))
    if lang == "ar":
        between = words[a + 1:b]
        if k < g and ("ولا" in between or "من" in between and not _AR_BETTER.isdisjoint(between)):
            return True  # "أثق بالأفعى ولا أثق بشيعي", "كلبي أذكى من أي إيراني"
        return g < k and "من" in between and not _AR_WORSE.isdisjoint(between)  # "أرخص من حياة الكلب"
    if lang == "tr":
        compared = any(words[j] in ("daha", "beter") or words[j].endswith(_TR_INSTEAD)
                       for j in range(a + 1, hi))
        return compared and (re.search(r"[dt][ae]n$", words[b]) is not None
                             or any(words[j].endswith(_TR_INSTEAD) for j in range(a + 1, b)))
    # fa: "از" before the second of the two ("از هر عربی"), a comparative after both ("باهوش‌تره", "بدترن")
    return "از" in words[max(a + 1, b - 2):b] and any(_FA_COMPARATIVE.search(words[j])
                                                      for j in range(b + 1, hi))



# ---- (round 191) a people likened to an animal through an act done with them: _likened_by_act ----
# "Trusting a Kurd is like trusting a snake", "الثقة بالكردي متل الثقة بالأفعى", "Kürde güvenmek yılana
# güvenmek gibidir", "اعتماد به کرد مثل اعتماد به ماره", "Working with Arabs is like working with a herd of
# goats": no word says the people *are* animals, and the animal may stand far from their name (the group
# rules read a dehumanising word within GROUP_AROUND words of it, and "snake" is an insult, not DEHUMAN, so
# that "you snake" stays a personal attack). Read: an act on each side of a likeness ("like" after a copula,
# "متل", "مثل", "gibi" after both), the people on one side and an animal (_LIKENED_ANIMAL, the animals a
# person is called in contempt, a sty and a zoo; not a lion or an eagle) on the other. The act: an English
# gerund or "to" opening the sentence and another after "like"; a Turkish verbal noun (-mak, -ması) after
# each of the two; in Arabic and Persian a word before the people's name (the act's noun: "الثقة", "اعتماد
# به") and the animal after the likeness. Not an animal's treatment ("treated like dogs", _TREATED), nor a
# likeness denied ("is not like"); no people, no finding: "Trusting a stranger online is like trusting a
# snake", "Arguing with my printer is like arguing with a donkey".
_LIKENED_ANIMAL = {
    "en": frozenset({
        "dog", "dogs", "puppy", "puppies", "snake", "snakes", "scorpion", "scorpions", "rat", "rats", "mouse",
        "mice", "pig", "pigs", "pigsty", "sty", "swine", "donkey", "donkeys", "mule", "mules", "monkey",
        "monkeys", "ape", "apes", "baboon", "baboons", "chimp", "chimps", "cockroach", "cockroaches", "roach",
        "roaches", "goat", "goats", "cow", "cows", "parrot", "parrots", "hyena", "hyenas", "jackal",
        "jackals", "fox", "foxes", "vulture", "vultures", "lice", "louse", "leech", "leeches", "vermin",
        "maggot", "maggots", "flea", "fleas", "locust", "locusts", "termite", "termites", "parasite",
        "parasites", "cat", "cats", "animal", "animals", "beast", "beasts", "zoo"}),
    "ar": _nt("كلب", "كلاب", "جرو", "جراء", "أفعى", "أفاعي", "حية", "عقرب", "عقارب", "حمار", "حمير", "بغل",
              "بغال", "خنزير", "خنازير", "جرذ", "جرذان", "فأر", "فئران", "صرصور", "صراصير", "قرد", "قرود",
              "ماعز", "عنزة", "عنز", "تيس", "ثعلب", "ثعالب", "ضبع", "ضباع", "ببغاء", "قمل", "حشرة", "حشرات",
              "بهيمة", "بهائم", "ذباب", "بقرة", "بقر", "ثور", "خروف", "خرفان", "جحش", "حيوان", "حيوانات",
              "قطط", "قطيع", "زريبة", "طفيليات"),
    "tr": ("köpe", "kope", "yılan", "yilan", "akre", "fare", "domuz", "eşek", "eşeğ", "esek", "eseg",
           "maymun", "hamamböce", "hamambocek", "hayvan", "keçi", "keci", "tilki", "sırtlan", "sirtlan",
           "papağan", "papagan", "kedi", "çakal", "cakal", "akbaba", "sülük", "suluk", "katır", "katir",
           "öküz", "okuz", "sığır", "sigir", "parazit"),
    "fa": _nt("سگ", "تولهسگ", "مار", "عقرب", "موش", "خوک", "خوکدونی", "خر", "الاغ", "میمون", "سوسک", "بز",
              "گاو", "روباه", "کفتار", "شغال", "طوطی", "حیوون", "حیوان", "گربه", "طویله", "شپش", "زالو",
              "لاشخور", "انگل"),
}
# (Arabic: the clitics an animal's noun takes, "بالأفعى", "للكلاب"; Persian: its plural, copula and ezafe)
_AR_ANIMAL_CLITICS = tuple(_nt("وبال", "فال", "بال", "كال", "وال", "لل", "ال", "ب", "ل", "ك", "و"))
_FA_ANIMAL_ENDS = frozenset({"", "ه", "ا", "ها", "های", "هایی", "ای", "ی", "یه", "هاست", "ست", "است", "هاش",
                             "ان"})
_FA_ACT_PREP = frozenset({"به", "با", "از"})
_COMMAS = frozenset({",", "،"})  # (what cuts an Arabic or Persian act from the people after it)
_EN_LIKENED_AFTER = frozenset({"is", "s", "was", "are", "were", "be", "just", "basically", "literally",
                               "exactly", "much", "really", "feels", "felt", "seems", "sounds", "looks"})
_EN_NOT_ACTS = frozenset({"nothing", "something", "anything", "everything", "during", "morning", "evening",
                          "thing", "king", "string", "spring", "ring", "sibling"})


def _likened_animal(lang, w):
    """Whether ``w`` names an animal a person is likened to in contempt (_LIKENED_ANIMAL)."""
    listed = _LIKENED_ANIMAL[lang]
    if lang == "en":
        return w in listed
    if lang == "tr":
        return w.startswith(listed)
    if lang == "ar":
        return w in listed or any(w.startswith(c) and w[len(c):] in listed for c in _AR_ANIMAL_CLITICS)
    return any(w.startswith(a) and w[len(a):] in _FA_ANIMAL_ENDS for a in listed if len(a) <= len(w))


def _likened_by_act(lang, words, tags, g, lo, hi, text, toks):
    """(round 191) (animal's position, "dehumanisation") when the people at ``g`` is likened to an animal
    through an act done with both, in the sentence [lo, hi) (see above), else None. ``text`` and ``toks``
    (the words' spans in it) tell where a comma cuts the sentence."""
    if lang not in _LIKENED_ANIMAL or any(words[j].startswith(_TREATED[lang]) for j in range(lo, hi)):
        return None
    if lang == "tr":
        # the people, the animal, each with its verbal noun after it, then "gibi": "Kürde güvenmek yılana
        # güvenmek gibidir" (either may come first)
        c = next((j for j in range(g + 1, hi) if words[j].startswith("gibi")), None)
        if c is None:
            return None
        if not any(_TR_ACT_NOUN.search(words[j]) for j in range(g + 1, c)):
            return None
        for k in range(max(lo, g - 8), c):
            if k != g and _likened_animal(lang, words[k]):
                first, second = min(g, k), max(g, k)
                split = next((j for j in range(first + 1, second) if _TR_ACT_NOUN.search(words[j])), None)
                if split is not None and any(_TR_ACT_NOUN.search(words[j]) for j in range(second + 1, c)):
                    return k, "dehumanisation"
        return None
    likes = [j for j in range(lo + 1, hi) if words[j] in _LIKE[lang]
             and not (lang == "en" and words[j - 1] not in _EN_LIKENED_AFTER)]
    for c in likes:
        if any(_not_word(lang, words[j], tags[j]) for j in range(max(lo, c - 2), c)):
            continue  # "Trusting a Kurd is not like trusting a snake"
        if lang == "en":
            first = words[lo]
            if first != "to" and not (first.endswith("ing") and len(first) > 4 and first not in _EN_NOT_ACTS):
                continue
            acts_after = [j for j in range(c + 1, min(hi, c + 4)) if words[j].endswith("ing")
                          and len(words[j]) > 4 and words[j] not in _EN_NOT_ACTS]
            if not acts_after:
                continue
            after = range(acts_after[0] + 1, min(hi, acts_after[0] + 8))
        else:
            # (the act's noun before the people, no comma between: "اعتماد به کرد", "الثقة بالكردي"; not "...
            # التدليس، المرأه مثل الكلب الاسود", a clause of its own after another's)
            start = max([lo] + [j for j in range(lo + 1, g + 1)
                                if not _COMMAS.isdisjoint(text[toks[j - 1][2]:toks[j][1]])])
            if not start < g < c or c - start > 7:
                continue
            after = range(c + 1, min(hi, c + 9))
        if lo <= g < c:
            k = next((j for j in after if _likened_animal(lang, words[j])), None)
        else:  # (English only: the animal first, "Trusting a snake is like trusting a Kurd")
            k = next((j for j in range(lo + 1, c) if _likened_animal(lang, words[j])), None) \
                if g in after else None
        if k is not None:
            return k, "dehumanisation"
    return None


def _hate_of_others(lang, words, k, lo):
    """(round 177) Whether the hatred at ``k`` is another's the comment tells of, not the commenter's."""
    w = words[k]
    if lang == "en":
        return w == "hates" or (w == "hated" and not (k > lo and words[k - 1] in ("i", "we", "always"))) or (
            w in ("hate", "hating") and k > lo and words[k - 1] in _EN_WHO_HATES)  # (not "I hated ...")
    if lang == "ar":
        return w in _AR_HE_HATES and k > lo and words[k - 1] in _AR_WHO_HATES
    if lang == "tr":
        return k + 1 < len(words) and words[k + 1].startswith("eden")
    return False


# ---- (round 178) a people made to answer as a whole for a crime or an event: _collective_charge ----
# Blamed: "Every single Muslim shares the blame for this bombing", "كل مسلم بهالبلد شريك بهالتفجير", "Her
# Suriyeli bu saldırının suç ortağıdır", "هر عربی تو این بمب‌گذاری شریکه"; its hands bloodied: "Kurds did this,
# all of them, the whole nation carries this blood", "الشعب الكردي كله ملطخ بالدم", "bütün millet kana
# bulanmış", "کل ملتشون دستشون به خون آلوده‌ست". Punished: "every Afghan in this town should be punished",
# "Make the whole Arab neighbourhood pay for what that man did", "لازم كل الأفغان بالمدينة يتعاقبوا", "خلوا
# الحي العربي كله يدفع ثمن ...", "Bütün Arap mahallesine ... bedelini ödetin", "کل محله‌ی عربا باید تاوان ...
# بدن".
# The people taken whole: a word of every, all or none right before its name (in English "single", "the" or
# "of" may stand between: "every single Muslim", "all of the Kurds"; in Persian a noun with its ezafe: "کل
# محله‌ی عربا"), or "all of them", "كله", "hepsi", "همه‌شون" after it; not narrowed by a relative ("every Syrian
# who planned the attack"). A blame needs a harm or a crime told in its sentence or a violent word in the
# comment, or the blood itself: "every Syrian is a partner in building this country" is no charge.
_WHOLE_BEFORE = {"en": frozenset({"every", "all", "each", "whole", "entire", "no"}),
                 "ar": _nf("كل", "جميع", "كافة"),
                 "tr": frozenset({"her", "bütün", "butun", "tüm", "tum", "hiçbir", "hicbir"}),
                 "fa": _nf("هر", "همه", "کل", "تمام", "تمامی", "هیچ") | {"همهی"}}  # (ە read as ه)
_WHOLE_AFTER = {"ar": _nf("كلهم", "كله", "كلها", "جميعهم", "بأكملهم", "بكاملهم", "بأكمله"),
                "tr": frozenset({"hepsi", "hepsini", "hepsinin", "tamamı", "tamami"}),
                "fa": frozenset({"همشون", "همهشون", "همشان", "همهشان", "همگی", "همگیشون"})}
_EN_WHOLE_BETWEEN = frozenset({"single", "the", "of", "those", "these"})
_WHOLE_NARROWED = {"en": frozenset({"who", "that", "which", "whom"}),
                   "ar": _nf("اللي", "الي", "يلي", "الذين", "الذي"),
                   "fa": frozenset({"که"}), "tr": frozenset()}
_BLAMED = {"en": frozenset({"blame", "complicit", "accomplice", "accomplices", "guilty", "culpable",
                            "responsible", "bloodstained"}),
           "ar": _nf("شريك", "شركاء", "شريكة", "متورط", "متورطين", "متورطون", "مسؤول", "مسؤولين", "مسؤولون",
                     "مذنب", "مذنبين", "مذنبون", "ملطخ", "ملطخة", "ملطخين", "ملطخون"),
           "tr": ("ortağı", "ortagi", "ortakları", "ortaklari", "sorumlu"),  # (not "suçlu", a criminal)
           "fa": _nf("شریک", "شریکه", "شریکن", "شریکند", "مقصر", "مقصره", "مقصرن", "مقصرند", "مسئول",
                     "مسئوله", "مسئولن")}
_HARM_TOLD = frozenset({"VIOLENT", "DIE", "VICTIM"})
_CRIME_TOLD = {"en": ("crime", "murder", "attack", "bombing", "massacre"),
               "ar": tuple(_nf("جريمة", "الجريمة", "جرائم", "هجوم", "الهجوم", "تفجير", "التفجير", "مجزرة",
                               "المجزرة")),
               "tr": ("saldırı", "saldiri", "katliam", "cinayet", "bomba", "patlama"),
               "fa": tuple(_nf("جنایت", "قتل", "حمله", "کشتار", "انفجار"))}
_EN_BLOOD_CARRIED = frozenset({"carries", "carry", "carrying", "hands", "stained"})
_EN_PUNISH_CALLED = frozenset({"should", "must", "need", "needs", "make", "let", "deserve", "deserves",
                               "will", "ll", "ought", "shall", "gonna"})
_AR_PUNISHED = _nf("يتعاقبوا", "يتعاقب", "تتعاقب", "يعاقبوا", "يعاقب", "عاقبوا", "تعاقبوا", "نعاقب",
                   "نعاقبهم", "يتحاسبوا")
_AR_PAY = _nf("يدفع", "يدفعوا", "تدفع", "يدفعون", "بيدفعوا", "ادفعوا", "بيدفع")
_AR_PUNISH_CALLED = _nf("لازم", "يجب", "خلوا", "خلي", "لازمهم", "لازمن", "بدهم", "رح", "راح")
_PUNISH_CALLED = {"en": _EN_PUNISH_CALLED, "ar": _AR_PUNISH_CALLED, "fa": frozenset({"باید"})}
_FA_PUNISHED_BE = _nf("بشن", "بشه", "بشوند", "بشند", "شوند", "بشود", "کنید", "کنین", "کرد")
_FA_PAY_BACK = _nf("بدن", "بدهند", "بدند", "بده", "بدهد", "پس")


def _taken_whole(lang, words, g, lo, hi):
    """(round 178) The people named at ``g`` is taken whole (_WHOLE_BEFORE, _WHOLE_AFTER), not narrowed by a
    relative right after it."""
    before = _WHOLE_BEFORE.get(lang)
    if before is None or not _WHOLE_NARROWED[lang].isdisjoint(words[g + 1:g + 3]):
        return False
    if lang == "tr" and g + 1 < hi and re.search(r"(an|en|anlar|enler)$", words[g + 1]):
        return False  # a participle after the people: "Kürtlerden katılanlar" (those of them who joined)
    if g > lo and words[g - 1] in before:
        return True
    if lang == "en" and any(words[j] in before and all(x in _EN_WHOLE_BETWEEN for x in words[j + 1:g])
                            for j in range(max(lo, g - 3), g - 1)):
        return True  # "every single Muslim", "all of the Kurds", "the whole Arab neighbourhood"
    if lang == "fa" and g - 2 >= lo and words[g - 2] in before and words[g - 1].endswith("ی"):
        return True  # a noun with its ezafe between: "کل محله‌ی عربا"
    if lang == "en":
        return any(words[j] == "all" and words[j + 1:j + 3] == ["of", "them"] for j in range(g + 1, hi - 2))
    return not _WHOLE_AFTER[lang].isdisjoint(words[g + 1:hi])


def _collective_charge(lang, words, tags, g, lo, hi):
    """(round 178) (position, rule) of the word that makes the people at ``g``, taken whole, answer for a
    crime or an event: blamed for it or called to be punished for it; or None."""
    if not _taken_whole(lang, words, g, lo, hi):
        return None
    crimes = _CRIME_TOLD[lang]
    harm_told = any(not _HARM_TOLD.isdisjoint(t) for t in tags) or any(
        w.startswith(crimes) if lang in ("en", "tr") else any(c in w for c in crimes)  # ("بهالهجوم", clitics)
        for w in words[lo:hi])
    # the first word of mood in the sentence: a punishment after it is called for (Turkish puts the mood in
    # the verb)
    moods = _PUNISH_CALLED.get(lang, ())
    first_mood = next((j for j in range(lo, hi) if words[j] in moods), hi)
    for k in range(g + 1, hi):
        called = first_mood < k
        w = words[k]
        if lang == "en":
            if w == "blood" and any(words[j] in _EN_BLOOD_CARRIED for j in range(lo, hi)):
                return k, "collective blame"
            if w in _BLAMED["en"] and harm_told:
                return k, "collective blame"
            if called and (w in ("punished", "punish") or (w == "pay" and "for" in words[k + 1:k + 3]) or (
                    w in ("deserve", "deserves") and not {"whatever", "coming", "comes"}.isdisjoint(
                        words[k + 1:k + 4]))):
                return k, "collective punishment"
        elif lang == "ar":
            if w in _BLAMED["ar"] and (harm_told or w.startswith("ملطخ")):
                return k, "collective blame"
            if called and (w in _AR_PUNISHED or (w in _AR_PAY and any(
                    x.endswith("ثمن") for x in words[k + 1:k + 3]))):
                return k, "collective punishment"
        elif lang == "tr":
            if (w.startswith(("bulanmış", "bulanmis")) and words[k - 1].startswith("kan")) or (
                    w.startswith(_BLAMED["tr"]) and harm_told
                    and (not w.startswith(("ortağ", "ortag", "ortak"))
                         or words[k - 1].startswith(("suç", "suc")))):
                return k, "collective blame"
            if w.startswith(("cezalandır", "cezalandir")) and not re.search("m[ae]m|m[ae]y", w[10:]):
                return k, "collective punishment"
            if (w.startswith("bedel") and k + 1 < hi and words[k + 1].startswith(("öde", "ode"))
                    and not re.search("m[ae]m|m[ae]y", words[k + 1])):
                return k, "collective punishment"
            if (w == "hak" and k + 1 < hi and words[k + 1].startswith(("ediyor", "ederler", "etti"))
                    and any(words[j].startswith("başlarına") or words[j] == "gelecek"
                            for j in range(g + 1, k))):
                return k, "collective punishment"
        else:  # fa
            if w in _BLAMED["fa"] and harm_told:
                return k, "collective blame"
            if w.startswith("الوده") and "خون" in words[max(lo, k - 3):k]:  # (آ read as ا)
                return k, "collective blame"
            if called and ((w == "مجازات" and not _FA_PUNISHED_BE.isdisjoint(words[k + 1:k + 3])) or (
                    w == "تاوان" and not _FA_PAY_BACK.isdisjoint(words[k + 1:hi]))):
                return k, "collective punishment"
    return None


# (round 178) the doer alone blamed or punished, not the people taken whole: "Only the man who stabbed her
# should be punished, not every Afghan in town", "بس الرجال اللي طعنها لازم يتعاقب، مو كل الأفغان", "Sadece
# kızı bıçaklayan adam cezalandırılmalı, şehirdeki bütün Afganlar değil", "فقط مردی که چاقو زد باید مجازات
# بشه، نه همه‌ی افغانیای شهر" (the whole people denied, after a word of "only": "Not all Muslims are
# terrorists, just most of them" denies nothing)
_ONLY = {"en": frozenset({"only", "just", "alone"}), "ar": _nf("فقط", "وحده", "وحدهم", "لوحده"),
         "tr": frozenset({"sadece", "yalnızca", "yalnizca", "yalnız", "yalniz", "tek"}),
         "fa": _nf("فقط", "تنها")}
_NOT_THE_WHOLE = {"en": frozenset({"not"}), "ar": _nf("مو", "مش", "ليس", "وليس", "مب", "موب"),
                  "fa": _nf("نه")}


def _only_the_doer(lang, words, g, lo, hi):
    """(round 178) Whether the people at ``g`` is named as the whole that must not answer for one doer: the
    word of "only" before the denial ("Not all Muslims are terrorists, just most of them" denies nothing)."""
    only = _ONLY.get(lang)
    if only is None or only.isdisjoint(words[lo:g]):
        return False
    if lang == "tr":
        return (g > lo and words[g - 1] in _WHOLE_BEFORE["tr"]
                and any(words[j].startswith(("değil", "degil")) for j in range(g + 1, min(hi, g + 3))))
    j = next((j for j in range(g - 1, max(lo, g - 3) - 1, -1) if words[j] in _WHOLE_BEFORE[lang]), None)
    return (j is not None and j > lo and words[j - 1] in _NOT_THE_WHOLE[lang]
            and not only.isdisjoint(words[lo:j - 1]))


# (round 178) English: an act against a people called a crime, or a stance against it judged, is
# counter-speech: "Collective punishment of Kurdish villages is a war crime" (the people after "of", "on",
# "against"; the crime is the act's), "Blaming all Syrians for one crime is how pogroms start" (a gerund opens
# the sentence, and a word of judgement follows the people) -- not "Kurds committed war crimes", nor
# "Punishing all Syrians is the only answer"
_EN_ACT_ON = frozenset({"of", "on", "against", "targeting", "towards"})
_EN_STANCE_GERUNDS = frozenset({"blaming", "accusing", "punishing", "demonising", "demonizing",
                                "stereotyping", "scapegoating", "hating", "attacking", "killing",
                                "targeting", "insulting", "labelling", "labeling", "persecuting", "expelling",
                                "deporting"})
_EN_STANCE_JUDGED = frozenset({"pogrom", "pogroms", "genocide", "crime", "crimes", "wrong", "unfair",
                               "unjust", "racist", "racism", "bigotry", "bigoted", "shameful", "disgraceful",
                               "evil", "cruel", "hatred", "injustice", "fascism", "fascist"})


def _en_act_called_crime(words, g, k):
    """(round 178) The crime at ``k`` is a war crime or one against humanity, and the people at ``g`` the
    object of the act before it ("punishment of Kurdish villages")."""
    if words[k] not in ("crime", "crimes") or not 0 < g < k:
        return False
    of_war = words[k - 1] == "war" or words[k + 1:k + 3] == ["against", "humanity"]
    return of_war and (words[g - 1] in _EN_ACT_ON
                       or (g >= 2 and words[g - 2] in _EN_ACT_ON and words[g - 1] in ("the", "all")))


def _en_stance_judged(words, g, lo, hi):
    """(round 178) The people at ``g`` is the object of a gerund that opens its sentence, a word of judgement
    after it ("Blaming all Syrians for one crime is how pogroms start")."""
    return (g - lo <= 3 and words[lo] in _EN_STANCE_GERUNDS
            and not _EN_STANCE_JUDGED.isdisjoint(words[g + 1:hi]))


def _fa_none_denied(words, b, hi):
    """(round 178) Persian: the negated copula that closes the sentence after a claim about "هیچ" (none) of a
    people (within three words of the claim's last word), or None."""
    return next((j for j in range(b + 1, min(hi, b + 4)) if words[j].startswith(("نیست", "نبود"))), None)


# ---- (round 180) a people's death or ruin welcomed: _ruin_welcomed ----
# The people named in a sentence that welcomes its death or ruin: glad of it ("Glad the boat sank, fewer
# Afghans to feed", "الحمد لله غرق القارب، أفغان أقل", "Ermeni kilisesinin yandığını görünce sevindim", "وقتی
# دیدم کلیسای ارمنیا می‌سوزه خوشحال شدم"), wishing it had come ("Kamptaki yangın keşke kalan Afganları da
# bitirseydi"), calling it deserved ("The Yazidis got what they deserved in Sinjar", "ایزدی‌ها تو سنجار حقشون
# بود"), or a killing of them left unfinished ("Hitler should have finished the job with the Jews"); sorry for
# none of it, or only that it did not come ("Can't say I'm sad that the Persians in that camp died", "ما
# زعلت أبداً لما مات الفرس", "Kamptaki Farsların ölmesine hiç üzülmedim", "Shame the fire in the camp didn't
# finish off more of those Afghans", "حیف که آتیش‌سوزی کمپ بقیه‌ی افغانیا رو تموم نکرد"); the world or a
# country better without the people ("The world would be better without Shia Muslims", "Dünya Şiiler olmadan
# daha iyi olurdu", "دنیا بدون شیعه‌ها جای بهتری بود"); fewer of them, fewer troubles ("Less Muslims in the
# world means less trouble", "هرچی مسلمون کمتر، دردسر کمتر"). Not relief at a rescue, nor at a disaster that
# spared them ("Thank God the earthquake spared the Kurdish villages": no word of their death), nor the words
# of others told ("Survivors told the court the guards said the Yazidis got what they deserved"). The people
# is the one who dies ("sank", "drowned", "died", "burn down"), or the object of a disaster that takes them
# (an earthquake that "took" them, a fire that did not "finish off" more of them; after the verb in English
# and Arabic, marked by "رو" or a case ending before it in Persian and Turkish). In English and Arabic the
# glad word comes before the people ("Kurds were glad Saddam died" is the Kurds' gladness); in Turkish and
# Persian it is the speaker's own ("sevindim", "خوشحال شدم").
_RUIN_DIED = {"en": frozenset({"sank", "sink", "sinks", "sunk", "drowned", "drown", "drowns", "died", "die",
                               "dies", "dead", "perished", "perish", "burned", "burnt", "burn", "burns",
                               "starved"}),
              "ar": _nf("غرق", "غرقوا", "غرقو", "يغرق", "يغرقوا", "مات", "ماتوا", "ماتو", "يموت", "يموتوا",
                        "يموتون", "ميت", "ميتين", "ميتون", "احترق", "احترقت", "احترقوا", "تحترق", "يحترق",
                        "يحترقوا", "هلكوا", "انقرضوا", "فطسوا", "فطس"),
              "tr": re.compile(r"^(?:bat(?:tı|ti|sın|sin|mış|mis|an|masına|tığı|tigi)|boğul|bogul"
                               r"|öl(?:dü|du|en|ür|se|sün|mesi|mele|ecek|dük)|yan(?:dı|di|sın|sin|mış|mis|dığı|digi)"
                               r"|geber)"),
              "fa": re.compile(r"^(?:غرق|مردن|مردند|مرد$|مرده|میمیر|بمیر|سوخت|میسوز|بسوز|نابود)")}
# (with a word of missing only: "Nobody would miss the Arabs if they all disappeared tomorrow")
_RUIN_GONE = {"en": frozenset({"disappeared", "vanished", "gone", "disappear", "vanish"}),
              "ar": _nf("اختفوا", "اختفو", "انقلعوا", "راحوا", "غابوا"),
              "tr": re.compile(r"^(?:kaybol|yokol)"), "fa": re.compile(r"^(?:غیب|گم|نابود)")}
_RUIN_BY = {"en": frozenset({"earthquake", "fire", "flood", "sea", "storm", "quake"}),
            "ar": _nf("الزلزال", "زلزال", "الحريق", "حريق", "البحر", "الفيضان", "النار"),
            "tr": re.compile(r"^(?:deprem|yangın|yangin|sel$|deniz)"),
            "fa": re.compile(r"^(?:زلزله|اتیش|اتش|سیل|دریا)")}
_RUIN_TAKEN = {"en": frozenset({"took", "take", "takes", "swallowed", "killed", "kill", "wiped"}),
               "ar": _nf("اخذ", "أخذ", "ياخذ", "قتل", "ابتلع"),
               "tr": re.compile(r"^(?:al(?:saydı|saydi|sın|sin|dı|di|sa)$|bitir|götür|gotur|yut)"),
               "fa": re.compile(r"^(?:تموم|تمام|میبرد|ببره|برد$|بکشه|کشت)")}
_RUIN_GLAD = {"en": frozenset({"glad", "happy", "pleased", "delighted", "thrilled", "riddance", "rejoice"}),
              "ar": _nf("فرحت", "فرحان", "فرحانة", "انبسطت", "مبسوط", "الحمدلله", "داهية", "فرحنا"),
              "tr": re.compile(r"^(?:sevin(?:dim|dik)$|oh$)"),
              "fa": re.compile(r"^(?:خوشحالم|درک$|خداروشکر$)")}
_RUIN_WISH = {"en": frozenset({"wish", "hope"}), "ar": _nf("ياريت", "ليت", "ياليت"),
              "tr": re.compile(r"^(?:keşke|keske|inşallah|insallah)$"),
              "fa": re.compile(r"^(?:کاش|ایکاش|انشالله)$")}
_RUIN_PITY = {"en": frozenset({"shame", "pity", "unfortunately", "sadly"}), "ar": _nf("خسارة", "للاسف"),
              "tr": re.compile(r"^(?:yazık|yazik|maalesef)$"), "fa": re.compile(r"^(?:حیف|متاسفانه)$")}
_RUIN_SORRY = {"en": frozenset({"sad", "sorry", "tear", "tears", "cry", "upset", "miss", "mourn", "grieve"}),
               "ar": _nf("زعلت", "ازعل", "زعلان", "حزنت", "احزن", "حزين", "يشتاق", "يفتقد", "يزعل", "دمعة",
                         "ابكي"),
               # (Turkish and Persian: the verb negated)
               "tr": re.compile(r"^(?:[üu]z[üu]lme(?:dim|zdim|m$|yeceğim|dik|zdik|yiz)|[öo]zleme(?:z$|yecek)"
                                r"|a[ğg]lama(?:m$|zdım|dım|yacağım))"),
               "fa": re.compile(r"^(?:ناراحت|تنگ|گریه|غصه)")}
_FA_SORRY_NOT = re.compile(r"^(?:نشدم|نمیشدم|نمیشه|نمیشم|نمیکنم|نیستم|نمیخورم)")
_RUIN_BETTER = {"en": frozenset({"better", "safer", "cleaner", "nicer"}),
                "ar": _nf("احسن", "افضل", "انظف", "ارتح"),
                "tr": re.compile(r"^(?:iyi|güzel|guzel|huzurlu|rahat|temiz)"),
                "fa": re.compile(r"^(?:بهتر|امنتر|تمیزتر|راحتتر)")}
_RUIN_WITHOUT = {"en": frozenset({"without"}), "ar": _nf("بدون", "بلا"), "fa": frozenset({"بدون"})}
_AR_DESERVED = _nf("استاهلوا", "يستاهلوا", "يستاهلون", "استحقوا", "يستحقوا", "يستحقون", "استاهلو")
_AR_HAPPENED = _nf("صار", "جرى", "حصل", "جاهم", "اجاهم", "صابهم", "اصابهم")
_RUIN_FEWER = {"en": frozenset({"less", "fewer"}), "ar": _nf("اقل", "قل", "قلت", "يقل"),
               "tr": frozenset({"az", "eksik"}), "fa": frozenset({"کمتر"})}
_RUIN_TROUBLE = {"en": frozenset({"problem", "problems", "trouble", "troubles", "crime", "headache"}),
                 "ar": _nf("مشكلة", "مشاكل", "المشاكل", "الجرائم", "جرائم"),
                 "tr": re.compile(r"^(?:sorun|dert|bela|suç|problem)"),
                 "fa": re.compile(r"^(?:دردسر|مشکل|جرم|بدبختی)")}
_RUIN_REACH = 5  # (words between the people and the word of its death, at most)
_TR_OWN_DEATH_END = re.compile(r"(?:s[ae]m|d[ıiuü]m|ce[ğg]im|ca[ğg]ım|yorum)$")
_TR_WISHED = re.compile(r"s[ae]yd|s[ae]$|s[ıiuü]n$|s[ıiuü]nlar$")  # (the verb's conditional or jussive)
_FA_DOING = ("کرد", "کن", "میکرد", "میکن", "نکرد", "نکن", "بکن", "شد", "بشن", "نشد")
_EN_JOB_LEFT = frozenset({"should", "shouldve", "ought", "wish", "shame", "pity"})
_AR_JOB_LEFT = _nf("لازم", "كان", "ياريت", "خسارة")
_AR_GO_ON = _nf("يكمل", "يخلص")
# the rules whose negation is their own: "wouldn't shed a tear", "didn't finish off more of them" (not read
# as a denial of the claim)
_OWN_NEGATION = frozenset({"exclusion", "ruin welcomed", "ruin unmourned", "better without them"})
_EN_NOT = frozenset({"not", "no", "nobody", "cant", "cannot", "wont", "wouldnt", "didnt", "dont", "never",
                     "isnt", "wasnt", "aint", "nor", "neither"})


def _not_word(lang, w, tags):
    """(round 180) A negation: tagged NEG, or an English contraction the lists do not tag ("can't",
    "didn't")."""
    return "NEG" in tags or (lang == "en" and w in _EN_NOT)


def _is_of(listed, w):
    """``w`` is a word of ``listed``: a set of words, or a tuple of the starts of words."""
    return w in listed if isinstance(listed, frozenset) else w.startswith(listed)


def _is(listed, w):
    """``w`` is a word of ``listed``: a set of words or a compiled pattern of their starts."""
    return w in listed if isinstance(listed, frozenset) else listed.match(w) is not None


def _ruin_of(lang, words, g, lo, hi, near):
    """(round 180) The index of the word in [lo, hi) that tells the death or ruin of the people at ``g``
    (_RUIN_DIED, or a disaster's _RUIN_TAKEN with the people its object), or None; ``near``: the indexes
    within _RUIN_REACH of the people."""
    died = next((j for j in near if _is(_RUIN_DIED[lang], words[j])
                 # (not the speaker's own: "Bugün ölürsem arkamdan ağlamayın")
                 and not (lang == "tr" and _TR_OWN_DEATH_END.search(words[j]))), None)
    if died is not None:
        return died
    # a disaster in the sentence that takes them ("the earthquake took", "deprem ... alsaydı"); without one,
    # only a verb of finishing off, its object the people ("Kamptaki yangın keşke kalan Afganları da
    # bitirseydi", "بقیه‌ی افغانیا رو تموم نکرد"): "İyi ki Kürtler evlerini geri aldı" is no death
    by = any(_is(_RUIN_BY[lang], x) for x in words[lo:hi])
    for j in near:
        w = words[j]
        if not _is(_RUIN_TAKEN[lang], w):
            continue
        if lang == "en":  # (the object after the verb)
            own = j < g and (by or (w in ("killed", "kill", "wiped") and "off" in words[j + 1:g]))
        elif lang == "ar":
            own = j < g and by
        elif lang == "tr":  # (the object before the verb, in its case)
            own = (g < j and any(x.endswith(("ı", "i", "u", "ü")) for x in words[g:j])
                   and (by or w.startswith("bitir")))
        else:  # (the object marked by "رو" right before the verb; a verb of doing after "تموم")
            own = g < j and words[j - 1] in ("رو", "را") and j - g <= 3 and (by or (
                j + 1 < hi and w.startswith(("تموم", "تمام", "کشت", "بکش"))
                and words[j + 1].startswith(_FA_DOING)))
        if own:
            return j
    if lang == "en":  # "didn't finish off more of those Afghans"
        return next((j for j in range(lo, g) if words[j] in ("finish", "finished") and words[j + 1] == "off"),
                    None)
    if lang == "ar":  # "ما خلص على باقي الأفغان"
        return next((j for j in range(lo, g) if words[j] == "خلص" and words[j + 1] == "علی"), None)
    return None


def _ruin_denied(lang, words, tags, d, lo, hi):
    """(round 180) The death word at ``d`` is negated: a negation before it (English, Arabic), its verb
    negated (Turkish), a negated verb after it (Persian: "تموم نکرد")."""
    if lang in ("en", "ar"):
        return any(_not_word(lang, words[j], tags[j]) for j in range(max(lo, d - 3), d))
    if lang == "tr":
        return re.search(r"m[ae](d[ıi]|z|y)", words[d][2:]) is not None
    return d + 1 < hi and words[d + 1].startswith(("نکرد", "نشد", "نکن"))


def _ruin_welcomed(lang, words, tags, g, lo, hi):
    """(round 180) (position, rule) of the word that welcomes the death or ruin of the people at ``g`` in its
    sentence [lo, hi) (see above), or None. Each reading carries its own negation (_OWN_NEGATION): a gladness
    negated is none ("I'm not glad they drowned"), a sorrow negated is the reading itself."""
    if lang not in _RUIN_DIED:
        return None
    near = range(max(lo, g - _RUIN_REACH), min(hi, g + _RUIN_REACH + 1))
    died = _ruin_of(lang, words, g, lo, hi, near)
    told = any("SAY" in tags[x] for x in range(lo, hi))  # (another's words: a ruin deserved is theirs)
    gone = died if died is not None else next((j for j in near if _is(_RUIN_GONE[lang], words[j])), None)
    denied = died is not None and _ruin_denied(lang, words, tags, died, lo, hi)

    def negated(a, b):
        return any(_not_word(lang, words[x], tags[x]) for x in range(max(lo, a), b))

    for j in range(lo, hi):
        w = words[j]
        nxt = words[j + 1] if j + 1 < hi else ""
        if died is not None and not denied and not negated(j - 1, j) and (
                # glad of it (in English and Arabic the gladness before the people: "Kurds were glad Saddam
                # died" is theirs; in Turkish and Persian the speaker's own by its form)
                (_is(_RUIN_GLAD[lang], w) and (j < g or lang in ("tr", "fa")))
                or (lang == "ar" and w == "الحمد" and nxt == "لله" and j < g)
                or (lang == "tr" and w == "iyi" and nxt == "ki")
                or (lang == "fa" and ((w == "خوب" and nxt.startswith("شد"))
                                      or (w == "خوشحال" and nxt in ("شدم", "شدیم"))))
                # or wishing it ("keşke ... bitirseydi": the Turkish verb wished)
                or (_is(_RUIN_WISH[lang], w) and not (lang == "tr" and not _TR_WISHED.search(words[died])))):
            return j, "ruin welcomed"
        if denied and _is(_RUIN_PITY[lang], w):
            return j, "ruin unmourned"  # sorry only that it did not come
        if gone is not None and _is(_RUIN_SORRY[lang], w) and (
                lang == "tr"  # (the verb negated: _RUIN_SORRY)
                or (lang == "fa" and any(_FA_SORRY_NOT.match(x) for x in words[j:j + 3]))
                # (not the people's own sorrow: "Not one Kurdish family was sad when Saddam died")
                or (lang in ("en", "ar") and any(_not_word(lang, words[x], tags[x]) and not x < g < j
                                                 for x in range(max(lo, j - 4), j)))):
            return j, "ruin unmourned"
        if (lang in _RUIN_WITHOUT and w in _RUIN_WITHOUT[lang] and 0 < g - j <= 3 and not negated(lo, j)
                and any(_is(_RUIN_BETTER[lang], x) for x in words[lo:hi])):
            return j, "better without them"  # (not "would not be better without")
        if lang == "tr" and j == g + 1 and w.startswith(("olmadan", "olmasa", "olmazsa", "yokken")) and any(
                words[x - 1] == "daha" and _is(_RUIN_BETTER["tr"], words[x]) for x in range(j + 2, hi)):
            return j, "better without them"  # ("Kürtler olmadan nasıl kazanacaklar" is no "daha iyi")
        if j > g and not told and _ruin_deserved(lang, words, j, hi) and not negated(g + 1, j):
            return j, "ruin welcomed"
        if (_is(_RUIN_FEWER[lang], w)
                and any(_is(_RUIN_TROUBLE[lang], x) for x in words[max(lo, j - 1):j + 2])
                and (died is not None or any(_is(_RUIN_FEWER[lang], words[x]) for x in near if x != j))):
            return j, "fewer of them"
        if _job_left(lang, words, g, j, lo, hi):
            return j, "ruin welcomed"
    return None


def _ruin_deserved(lang, words, j, hi):
    """(round 180) The word at ``j`` calls a ruin deserved ("got what they deserved", "had it coming",
    "استاهلوا كل اللي صار لهم", "hak ettiklerini buldu", "حقشون بود"); _ruin_welcomed reads it only in a
    sentence that tells no one's words ("Survivors told the court the guards said the Yazidis got what they
    deserved")."""
    w, nxt = words[j], (words[j + 1] if j + 1 < hi else "")
    if lang == "en":
        return ((w == "deserved" and (words[j - 2:j] == ["what", "they"] or nxt in ("it", "everything")))
                or (w == "coming" and words[j - 2:j] == ["had", "it"]))
    if lang == "ar":
        return w in _AR_DESERVED and not _AR_HAPPENED.isdisjoint(words[j + 1:j + 4])
    if lang == "tr":
        return (w == "hak" and nxt.startswith(("ettiklerini", "ettiler")) and j + 2 < hi
                and words[j + 2].startswith("bul"))
    # (not a right to do something: "حقشون بود ببرن", they deserved to win)
    return w.startswith(("حقشون", "حقشان")) and (w.endswith("ه") or (nxt.startswith("بود") and not (
        j + 2 < hi and words[j + 2].startswith(("ب", "که", "می")))))


def _job_left(lang, words, g, j, lo, hi):
    """(round 180) The word at ``j`` tells a killing of the people at ``g`` left unfinished, in a mood that
    wants it finished: "Hitler should have finished the job with the Jews", "هتلر كان لازم يكمل شغله مع
    اليهود", "هیتلر باید کار یهودیا رو تموم می‌کرد"."""
    w = words[j]
    nxt = words[j + 1] if j + 1 < hi else ""
    if lang == "en":
        return (w == "job" and words[j - 2:j] in (["finish", "the"], ["finished", "the"])
                and nxt in ("with", "on") and j < g <= j + 4 and not _EN_JOB_LEFT.isdisjoint(words[lo:j]))
    if lang == "ar":
        return (w in _AR_GO_ON and nxt.startswith("شغل") and j < g <= j + 4
                and not _AR_JOB_LEFT.isdisjoint(words[lo:j]))
    return (lang == "fa" and w == "کار" and "باید" in words[lo:j] and g > j
            and any(words[x].startswith(("تموم", "تمام")) for x in range(g + 1, min(hi, g + 4))))


# ---- (round 180) a massacre of a people praised or wished again: _atrocity_praised ----
# "Halabja was the best thing Saddam ever did", "حلبجة أحسن شي سواه صدام", "Halepçe Saddam'ın yaptığı en iyi
# şeydi", "حلبچه بهترین کاری بود که صدام کرد"; "We need another Anfal", "Dersim tekrarlanmalı". The massacre
# is named (the people it struck is its kind); it is called the best thing its doer did, or wished again. Not
# "the worst crime", nor "the best way to remember Halabja" (a best thing *done*), nor "never again".
_ATROCITIES = {
    "en": {"halabja": "racism", "anfal": "racism", "dersim": "racism", "holocaust": "religious_hatred",
           "srebrenica": "religious_hatred", "speicher": "religious_hatred"},
    "ar": {w: kind for kind, ws in (("racism", ("حلبجة", "بحلبجة", "الأنفال", "انفال", "أنفال")),
                                    ("religious_hatred", ("الهولوكوست", "هولوكوست", "سربرنيتسا", "سبايكر")))
           for w in _nf(*ws)},
    "tr": {"halepçe": "racism", "halepce": "racism", "enfal": "racism", "dersim": "racism",
           "holokost": "religious_hatred", "srebrenitsa": "religious_hatred"},
    "fa": {"حلبچه": "racism", "انفال": "racism", "هولوکاست": "religious_hatred",
           "سربرنیتسا": "religious_hatred"},
}
_ATROCITY_BEST = {"en": frozenset({"best", "greatest"}), "ar": _nf("أحسن", "افضل", "أفضل", "احلى"),
                  "tr": frozenset({"iyi"}), "fa": frozenset({"بهترین"})}
_ATROCITY_DONE = {"en": frozenset({"did", "done", "do"}), "ar": _nf("سواه", "سوا", "عمله", "عمل", "فعله"),
                  "tr": re.compile(r"^(?:yaptı|yapti|yapılan|yapilan)"),
                  "fa": frozenset({"کرد", "کرده", "کار", "کاری"})}
_ATROCITY_AGAIN = {"en": frozenset({"another", "again", "repeat", "repeated"}),
                   "ar": _nf("ثانية", "ثانيه", "ثاني", "جديد", "تتكرر", "يتكرر", "نكررها"),
                   "tr": re.compile(r"^(?:tekrar|yeniden)"),
                   "fa": frozenset({"دیگه", "دیگر", "دوباره", "تکرار"})}
_ATROCITY_WANTED = {"en": frozenset({"need", "needs", "should", "must", "want", "deserve", "deserves",
                                      "time"}),
                    "ar": _nf("نحتاج", "بدنا", "لازم", "يستاهلون", "يستاهلوا", "نبي", "نريد"),
                    "tr": re.compile(r"^(?:lazım|lazim|gerek|olmalı|olmali|olsun|tekrarlanmalı|tekrarlansın"
                                     r"|hak)"),
                    "fa": re.compile(r"^(?:لازم|باید|میخوا|حقشون)")}


def _atrocity_cue(lang, words):
    """(round 180) Whether a massacre is named in the comment (no listed word starts the reading)."""
    return lang in _ATROCITIES and not _ATROCITIES[lang].keys().isdisjoint(words)


def _atrocity_praised(lang, words, tags, sent):
    """(round 180) [(massacre, praise, kind)]: each massacre named (_ATROCITIES) that its sentence calls the
    best thing done, or wants again, with no negation before the praise."""
    found = []
    for k, w in enumerate(words):
        kind = _ATROCITIES[lang].get(w)
        if kind is None:
            continue
        lo, hi = sent[k]
        for j in range(lo, hi):
            x = words[j]
            # (the best thing its doer did: the deed after the word in English, Arabic and Persian, before it
            # in Turkish, "Saddam'ın yaptığı en iyi şeydi")
            # (the massacre its subject, before it: not "The best we can do for Halabja's survivors ...")
            best = k < j and x in _ATROCITY_BEST[lang] and (
                any(_is(_ATROCITY_DONE[lang], y) for y in words[j:hi]) if lang != "tr"
                else j > lo and words[j - 1] == "en"
                and any(_is(_ATROCITY_DONE[lang], y) for y in words[lo:j]))
            # (the massacre right after the word, a word between at most, or before it: "another Anfal",
            # "دوباره مثل حلبچه", "Halabja should happen again"; not "We need another memorial for Halabja")
            again = ((k < j or k - j <= 2) and _is(_ATROCITY_AGAIN[lang], x)
                     and any(_is(_ATROCITY_WANTED[lang], y) for y in words[lo:hi]))
            if (best or again) and not any(_not_word(lang, words[y], tags[y])
                                           for y in range(max(lo, j - 3), j)):
                found.append((k, j, kind))
                break
    return found


# (round 180) a word of shame said of a people's death, not of the people: "Every refugee who dies at sea is a
# disgrace to Europe", "كل لاجئ يموت بالبحر وصمة عار على سياسة أوروبا", "هر پناهجویی که تو دریا میمیره ننگ
# سیاست اروپاست" (each had been a sweeping claim, xenophobia at 0.93-0.98)
_SHAME_OF = {"en": frozenset({"shame", "disgrace", "stain"}), "ar": _nf("عار", "وصمة", "وصمه"),
             "tr": re.compile(r"^(?:utanç|utanc|ayıp|ayip|yüzkarası|kara leke)"),
             "fa": re.compile(r"^(?:ننگ|شرم|لکه)")}


def _death_is_the_shame(lang, words, g, k):
    """(round 180) The word at ``k`` is a word of shame, and the people at ``g`` dies between them."""
    return (lang in _SHAME_OF and g < k and _is(_SHAME_OF[lang], words[k])
            and any(_is(_RUIN_DIED[lang], words[j]) for j in range(g + 1, k)))


# (round 182) a people's adjective on one person ("an Afghan man", "الرجل الأفغاني", "Afgan bir adam", "مرد
# افغان"): a claim about that person is none about the people ("مرد افغان به جرم دزدی مجرم شناخته شد", an
# Afghan man was found guilty of theft, had been racism); not after "every" or "no" ("every Afghan man is a
# thief" is a sweeping claim, "no Afghan man ..." a denial of one)
_ONE_PERSON = {"en": frozenset({"man", "woman", "boy", "girl", "guy", "lady", "gentleman", "person",
                                "teenager", "kid", "child", "driver", "worker", "student", "neighbour",
                                "neighbor"}),
               "ar": _nf("رجل", "الرجل", "شاب", "الشاب", "امرأة", "المرأة", "امراة", "المراة", "ست", "الست",
                         "بنت", "البنت", "ولد", "الولد", "زلمة", "الزلمة", "شخص", "الشخص", "طالب", "الطالب",
                         "عامل", "العامل", "سائق", "السائق", "جار", "الجار", "جارنا", "جاري"),
               "tr": frozenset({"adam", "kadın", "kadin", "genç", "genc", "çocuk", "cocuk", "kız", "kiz",
                                "oğlan", "oglan", "şahıs", "sahis", "kişi", "kisi", "herif", "işçi", "isci",
                                "öğrenci", "ogrenci", "komşu", "komsu", "sürücü", "surucu"}),
               "fa": frozenset({"مرد", "زن", "پسر", "دختر", "یارو", "شخص", "اقا", "اقای", "خانم", "مردک",
                                "جوون", "جوان", "کارگر", "راننده", "دانشجو", "همسایه", "همسایمون"})}
# the kinds of abuse aimed at a people, a faith or a nation (not sexism or homophobia, whose group words are
# persons themselves: "a woman minister"): what one person or an office named by the people's word excludes
_PEOPLES_KINDS = (RACISM, XENOPHOBIA, RELIGION)
_EVERY_ONE = {"en": frozenset({"every", "each", "any", "no"}), "ar": _nf("كل", "أي", "اي", "ولا"),
              "tr": frozenset({"her", "hiçbir", "hicbir"}), "fa": frozenset({"هر", "هیچ"})}


# (round 182) a people's adjective on a thing of theirs: what is said is said of the thing ("Turkish coffee
# makes me sick to my stomach, it is too strong for me", a round-176 contrast, "Persian carpets are ugly")
_EN_THINGS = frozenset({"coffee", "tea", "food", "foods", "cuisine", "dish", "dishes", "bread", "cheese",
                        "delight", "kebab", "kebabs", "rice", "sweets", "music", "songs", "pop", "carpet",
                        "carpets", "rug", "rugs", "bath", "baths", "lira", "rial", "dinar", "films", "movies",
                        "series", "soaps", "dramas", "football", "league", "airlines", "grammar", "alphabet",
                        "script", "spelling", "traffic", "weather", "winters", "summers"})
# (round 183) a people in the dative, what is sent sent to them ("Onlara ... kartı gönderin"), not they
_TR_SENT_TO = re.compile(r"(?:lar|ler)[ae]$")
_TR_SEND = ("gönder", "gonder", "yolla", "postala")
# (round 182) a Turkish plural, with its case perhaps: the noun after "kadın" in "Kürt kadın savaşçılar"
# (_one_person_named)
_TR_PLURAL_RE = re.compile(r"^\w{2,}(?:lar|ler)")


def _one_person_named(lang, words, g):
    """(round 182) Whether the people's word at ``g`` is an adjective on one person: the person's word after
    it in English and Turkish ("an Afghan man", "Afgan bir adam"; not a Turkish plural after that word, "Kürt
    kadın savaşçılar"), before it in Arabic and Persian ("الرجل الأفغاني", "مرد افغان"; in Arabic with the
    article on both or neither, "رجل المراسلة" being the reporter's leg), with no "every" or "no" in the two
    words before the pair."""
    if lang not in _ONE_PERSON:
        return False
    if lang in ("en", "tr"):
        j = g + 2 if lang == "tr" and g + 2 < len(words) and words[g + 1] == "bir" else g + 1
        first = g
    else:
        j = first = g - 1
    if not (0 <= j < len(words) and words[j] in _ONE_PERSON[lang]):
        return False
    if lang == "tr" and j + 1 < len(words) and _TR_PLURAL_RE.match(words[j + 1]):
        return False
    if lang == "ar" and words[j].startswith("ال") != ("ال" in words[g][:4]):
        return False
    return _EVERY_ONE[lang].isdisjoint(words[max(0, first - 2):first])


_EN_TREATED_AS = frozenset({"treated", "kept", "housed", "caged", "held", "herded", "packed", "slaughtered",
                            "hunted", "butchered"})
_EN_TREATMENT_CALLED = frozenset({"should", "must", "need", "needs", "deserve", "deserves", "ought", "let",
                                  "lets", "shall", "wish", "hope", "want", "will", "ll", "gonna", "going"})


def _en_treated_as(words, g, k, lo):
    """(after round 177) The likeness at ``k`` is how the people at ``g`` are treated, told: "Refugees are
    treated like animals in the camps", "... treated worse than dogs", a participle after "are"/"were"/"being"
    between them, with no word of mood in the sentence before the likeness ("They should be treated like
    animals" still calls for it)."""
    return any(words[j] in _EN_TREATED_AS and words[j - 1] in ("are", "were", "being", "been", "is", "was",
                                                                "get", "got")
               for j in range(g + 1, k)) and not any(words[j] in _EN_TREATMENT_CALLED for j in range(lo, k))


def _en_of_the_commenter(words, k, g):
    """(round 177) The predicate at ``k`` (after a people named at ``g``) is the commenter's own state: "I'm
    ashamed", "I am sick of it", "we were disgusted" right before it."""
    return (k - 1 > g and words[k - 1] == "im") or (  # (not "were": "Kurds were disgusting")
        k - 2 > g and words[k - 2] in ("i", "we") and words[k - 1] in ("am", "was", "were", "feel", "felt"))


def _nearest_before(words, k, lo, back, wanted):
    """The nearest word before ``k`` (at most ``back`` words back, not before ``lo``) at whose index
    ``wanted`` holds, or "": the person a word is said by or of ("I'd love to see", "As a queer")."""
    return next((words[j] for j in range(k - 1, max(lo, k - back) - 1, -1) if wanted(j)), "")


def _en_called_oneself(words, g, lo):
    """(twenty-third round) The slur at ``g`` is what the commenter calls themself: "I call myself (a) queer"
    (a counter-speech contrast, as the word mentioned is)."""
    return g - 1 > lo and (words[g - 1] in _EN_SELF
                           or (words[g - 1] in ("as", "a") and words[g - 2] in _EN_SELF))


_EN_THE_WORD = frozenset({"the", "this", "that", "a"})
_EN_DETERMINERS = frozenset({"the", "a", "an", "our", "their", "its", "his", "her", "your", "my", "this",
                             "that", "these", "those", "any", "every", "all", "both"})
# a dehumanising word that names an illness in its own sense ("his wife died of breast cancer")
_EN_ILLNESS = {"cancer", "cancers", "disease", "diseases", "virus", "plague", "tumour", "tumor", "infection"}
_EN_ILLNESS_BEFORE = {"of", "from", "with", "breast", "thyroid", "lung", "skin", "prostate", "colon", "brain",
                      "blood", "pancreatic", "liver", "ovarian", "cervical", "terminal", "heart",
                      "infectious", "rare", "chronic", "fight", "fighting", "beat", "beating", "survived",
                      "against"}
_EN_ILLNESS_AFTER = {"survivor", "survivors", "patient", "patients", "research", "treatment", "treatments",
                     "ward", "care", "society", "cells", "diagnosis", "screening", "drugs", "rates", "rate"}
# people as the object of a violent act, when no target word names them ("kill my wife", "go kill
# babies", "shoot up your local dealer")
_EN_KIN = {"grandmother", "grandmothers", "grandma", "grandpa", "grandfather", "grandfathers",
           "grandchildren", "baby", "babies", "wife", "wives", "husband", "husbands", "son", "sons",
           "daughter", "daughters",
           "kids", "kid", "children", "child", "family", "families", "mother", "mothers", "father", "fathers",
           "mom", "mum", "dad", "brother", "brothers", "sister", "sisters", "parents", "friends", "friend",
           "people", "women", "men", "girls", "boys", "man", "woman", "guy", "guys", "dealer", "dealers",
           "neighbour", "neighbor", "neighbours", "neighbors", "boss", "teacher", "teachers", "cop", "cops",
           "police", "officer", "officers", "soldier", "soldiers", "voters", "protesters", "infidels"}
_EN_NOT_NOUN = {"and", "or", "but", "to", "in", "on", "at", "for", "with", "now", "too", "again", "already",
                "here", "there", "today", "tonight", "tomorrow", "soon", "up", "down", "out", "off", "all",
                "both", "dead", "alive", "so", "if", "when", "as", "till", "until", "before", "after",
                "slowly", "first", "next", "then", "s", "self", "selves", "own"}
# tags whose NEG-tagged words ("don't belong", "no wonder") are part of the abuse, not its negation
_LEET_TAGS = frozenset({"VIOLENT", "DIE", "INSULT", "PROF", "VULG"})
# A spelling slip (_Lang.slip_tags): a word of at least SLIP_MIN_LEN letters that no list names and that
# is not a known word of the language (known_words.py) is read as the listed word it is one slip away
# from -- two neighbouring letters swapped ("immigrnats", "tarsh"), and in a word longer than
# SLIP_MIN_LEN one letter missing ("imigrants") or one too many ("muslimms") -- for the tags that carry
# the harm, the moods and the identity groups; or as two words run together (_Lang.run_together_tags).
# A slip of a shorter word is another short word too often. Every reading in English (SLIP_READ_LANGS,
# whose known words include a dictionary); in Arabic, Turkish and Persian (SLIP_LANGS, known words from
# the training texts only; forty-ninth round, 2026-12-03) two letters swapped and a key pressed twice
# (_Lang.doubled_tags) only: with every reading, on every comment of the data, Turkish gained threat
# findings on 70 clean comments against 36 offensive ones ("ölürse", if they die, read as a listed verb);
# with these two, the findings that changed were on offensive comments two times in three.
SLIP_LANGS = frozenset({"en", "ar", "tr", "fa"})
SLIP_READ_LANGS = frozenset({"en"})
# (hundred-and-twentieth round) Arabic and Persian words are read by the "~" entries inside them (a stem
# under its clitics: "حيوانات" holds حيوان), which a swap was never read against, so two letters swapped in
# them read as nothing ("الأكراد مجرد حياونات"). There a swap is read against the entries of five letters or
# more too, where the entry holds at least one of the swapped letters and the word swapped back is one
# people write (a known word: _Lang._swapped_infix_tags). Measured on the data's Arabic and Persian
# comments (strong findings gained on clean / offensive comments): with entries and stems of four letters
# 353 / 609, ordinary words read as slips ("سالفتي", my story, swapped holds سافل, vile; "انتيكه", an antique,
# holds نيك); with five letters 34 / 103, and Arabic dev AUC fell on six sets (MLMA-ar 0.813 -> 0.811,
# T-HSAB 0.882 -> 0.881); with the word swapped back a known one, Arabic 5 / 21, and the grids' swapped
# words are read as often as without it.
_SWAP_INFIX_LANGS = frozenset({"ar", "fa"})
# (hundred-and-twentieth round) the vowels a word typed in haste loses, put back by _Lang.letter_restored_tags
_VOWELS_PUT_BACK = {"ar": "اوی", "fa": "اوی", "tr": "aeıioöuü"}
# the tags such a word keeps: not a call to expel or a mood, which a listed word has only in its phrase
# ("evlerine", to their homes, is how "go home" is said: "yeni evlerin çoğunu Afgan işçiler yaptı", the new
# houses' most, read so was abuse at 0.83)
_VOWEL_TAGS = frozenset({"VIOLENT", "DIE", "INSULT", "PROF", "VULG", "DEHUMAN", "NEGPRED", "HATE"})
# (hundred-and-twenty-first round) any letter put back, for the tags that make a finding only in a frame --
# beside a people or a person, in a mood: "اطدوا النساء" is اطردوا, "طفییات" طفیلیات. Insults and
# crude words stand alone, and a letter put back into an ordinary word makes one too often ("کره‌ای", Korean,
# is a crude word with a vowel missing). Put back into every listed word of these tags, not only known ones.
_LETTER_TAGS = frozenset({"VIOLENT", "DIE", "DEHUMAN", "NEGPRED", "HATE", "EXCLUDE"})
# where a known word and up to three letters more is a word of its own, no letter is put back into it: Turkish
# suffixes a known word ("suçudur", it is a crime, is "suçu" and -dur, not "suçludur", guilty, missing its l:
# "Ermenilerin öldürülmesini istemek insanlık suçudur" was abuse at 0.82). On the data the check kept three
# misread clean Turkish comments of eight; in Arabic and Persian it cost more held-out slips than it saved
_INFLECTED_KNOWN = frozenset({"tr"})
# (hundred-and-twenty-fourth round) what such letters after a known word are: a Turkish ending -- the
# copula ("-dur"), a person ("-iz": "değeriz", we are worth, is no "değersiz" without its s), a participle
# ("-yan"), a plural, a case, a possessive. Other letters after a known word are no ending of it: "paraxit" is
# parazit typed with an x, not "para" (money) and "xit"
_TR_SUFFIXED = re.compile(r"[yns]?[ıiuüae][nmzkr]?|[dt][ıiuüae][nmrkz]?|[ıiuü]n[ıiuüae]|l[ae]r?[ıi]?|yl[ae]"
                          r"|n[ıiuü]n|m[ıiuü]z|n[ıiuü]z|[cç][ae]")
# (hundred-and-twenty-fourth round) where a letter is put back into a word that has tags already, of a kind no
# slip keeps: "دروغو" is دروغگو (liars) with its گ left out, and starts as دروغ (a lie, a vice) does. Not
# Arabic, whose words so tagged are mostly a clitic's or a "~" entry's ("بالطابق", on the floor, is a street
# word, and with a letter put back a violent one)
_RESTORED_BESIDE_TAGS = frozenset({"fa", "tr"})
# (hundred-and-twenty-fourth round) where a listed word cut by a space into two words is read whole for what
# it reads as in a frame: in English and Arabic no clean comment of the data changed (Arabic: 12 offensive
# ones gained a finding). Not Persian, which writes a compound's words apart as often as not: two clean
# comments gained a finding and no grid case did
_CUT_KNOWN_HALVES = frozenset({"en", "tr", "ar"})
# (hundred-and-twenty-second round) where a letter typed as another is read against those words too
# (not Arabic nor Persian, the hundred-and-twenty-third round: their words one key apart are too often
# other words -- "الكينيي", "اللاعيبين" and 20 more clean Arabic comments gained a finding against 33
# offensive ones; "همسایه‌های خوبی‌ان", good neighbours, and "سریانی", Syriac, became abuse at 0.87-0.99 in
# Persian probes)
_REPLACED_LANGS = frozenset({"tr"})
_REPLACED_TAGS = frozenset({"DEHUMAN", "NEGPRED", "HATE", "EXCLUDE"})
# (hundred-and-twenty-second round) where a word cut by a hyphen is read whole (Arabic reads a word split by
# dots or dashes already: _ar_tokens; Turkish a word cut into three syllables or more: _TR_SYLLABLES_RE)
_HYPHEN_JOINED = frozenset({"en", "tr", "fa"})
_NO_DOUBLES = frozenset({"ar", "fa"})
# words a swap turns into a listed one, too common to be slips: Turkish "sıçra-" (to jump: "sıçrama" is
# "sıçarma" swapped) and "ağz-" typed without its ğ ("agzından", from his mouth, is "azgından" swapped)
# (hundred-and-twenty-first round) and the spoken futures of lighting and cleaning, which the lists leave
# out on purpose ("nargilemi yakıcam", I'll light my hookah; "boşları temizlicem"): a letter put back
# made "yakılcam"
_NOT_SWAPPED = {"tr": ("sıçra", "sicra", "agz", "yakıc", "yakic", "temizlic")}
_FIRST_PERSON_RUN = frozenset({"HATE", "MOOD", "VIOLENT", "DIE"})
_EN_RUN_SHORT = ("a", "an", "so")
_RUN_GROUP_WITH = frozenset({"people", "ppl", "folk", "folks", "are", "is", "should", "must", "will", "all",
                             "the", "these", "those", "and", "hate", "kill"})
# (en, hundred-and-eighth round) the words a people's name of three letters may run into ("gaypeople")
_RUN_PEOPLE = frozenset({"people", "ppl", "folk", "folks"})
# (tr, hundred-and-ninth round) the plural and case endings after a people's name (a slip read in the name)
_TR_CASE_ENDINGS = re.compile(r"(?:l[ae]r)?(?:[dt][ae]n|[dt][ae]|[ıiuü]n|[ıiuü]n[ıiuü]n|n[ıiuü]n|[ıiuüae]"
                              r"|[yn][ıiuüae]|yl[ae]|l[ae])?")
# (en, hundred-and-eighth round) what a people is taken away from to be rescued, not excluded
_EN_HARMS_LEFT = frozenset({"horrors", "horror", "danger", "dangers", "war", "violence", "fighting",
                            "conflict", "abuse", "persecution", "harm", "harms", "bombing", "bombings",
                            "misery"})
# (hundred-and-tenth round) "they are" written on a Persian predicate ("انگل‌اند", "وحشی‌ان", "دزدن")
_FA_THEY_ARE = ("اند", "ان", "ن", "هستند", "هستن")
# (hundred-and-tenth round) "but" of "nothing but" (چیزی جز ... نیستند)
_FA_EXCEPT = frozenset({"جز", "بجز", "بهجز", "مگر"})
# (hundred-and-tenth round) the imperative that opens a call to get a people out ("Get these Kurds out"), and
# what a people is got out of in a rescue, not an expulsion
_EN_GET_OUT = frozenset({"get", "move", "force", "ship"})
_EN_OUT_OF_HARM = _EN_HARMS_LEFT | {"camp", "camps", "prison", "prisons", "jail", "jails", "detention",
                                    "rubble", "poverty", "cold", "sea", "water", "siege", "ruins"}
# (hundred-and-eleventh round) what makes a vice (VICE) a people's habit
_HABIT = {"en": frozenset({"always", "typical", "forever", "constantly", "usual"}),
          "ar": frozenset({"کالعاده", "دایما", "دوما", "دوم", "عادتهم", "کعادتهم", "کعادتهن",
                           "نموذجی"}),  # (round 173) typical
          "fa": frozenset({"همیشه", "همش", "همواره", "همیشە", "تیپیک"})}
# (hundred-and-twelfth round) the opening of "what is it with X and lying?" (what's: apostrophes are dropped)
_EN_WHAT_WITH = ("what is it with ", "whats it with ")
# hatred not felt: the words after it (prefixes) or before it that make it named as a crime or a speech
# (hundred-and-fourteenth round: "Hate crimes targeting Kurds", "nefret suçları", "جرایم ناشی از نفرت"; not
# Persian "نفرت پراکنی", hate-mongering, said of those a comment attacks: "غیر از نفرت پراکنی علیه انقلاب و
# اسلام ماموریتی ندارند"), or what is stood against (hundred-and-eleventh round: "Nefrete karşı Kürtler ile
# birlikteyiz", "در برابر نفرت کنار کردها")
_HATE_NOT_FELT = {"en": (("crime", "speech", "incident", "group", "preacher", "campaign", "mail", "graffiti"),
                         frozenset()),
                  "tr": (("suç", "suc", "söylem", "soylem", "karşı", "karsi"), frozenset()),
                  "fa": ((), frozenset({"جرایم", "جرائم", "جرم", "سخنان", "گفتار", "برابر", "مقابل", "علیه",
                                        "ضد"}))}
# (hundred-and-fifteenth round) an act named as an event, told of: "about the massacre of", "on the killing"
# (not "go on the killing of"); a relative pronoun before an Arabic past plural (its doers named); a Turkish
# act made a noun with its case (öldürülmesini, katledilmesinden), and what would make that noun wanted
_EN_EVENT_DET = frozenset({"the", "this", "that", "these", "those"})
_EN_TOLD_OF = frozenset({"about", "on", "over", "into", "remember", "after", "since", "during", "condemn",
                         "condemned", "condemns", "mourn", "documented", "investigate", "investigating"})
_EN_GO_ON = frozenset({"go", "carry", "keep", "continue", "start", "begin", "get"})
# (hundred-and-twenty-fifth round) the actors an Arabic news lede opens with (ar_news_lede): armed forces,
# authorities, courts, assailants (not a verb of saying, nor a day: "قالت لها", "يوم تاني تجي ...")
_AR_LEDE_ACTORS = frozenset(normalise_text(w) for w in (
    "الشرطة", "الجيش", "القوات", "قوات", "الأمن", "المحكمة", "محكمة", "القاضي", "مسلح", "مسلحون", "مسلحين",
    "المسلح", "المسلحون", "المسلحين", "مجهولون", "مجهولين", "حرس", "الحرس", "الطائرات", "طائرات", "طائرة",
    "الميليشيا", "ميليشيا", "الميليشيات", "ميليشيات", "الجنود", "جنود", "جندي", "انتحاري", "غارة", "مهاجم",
    "المهاجم", "المهاجمون", "مستوطنون", "المستوطنون"))
# (hundred-and-twenty-fifth round) what makes a comment's words hostile of its own, so that it is no news
# lede and no sympathy (own_hostility): a wish, call or mood, the addressee, an insult, a curse, crude words,
# a sweeping claim
_HOSTILE_OWN = frozenset({"MOOD", "YOU", "INSULT", "PROF", "VULG", "NEGPRED", "DEHUMAN", "HATE", "EXCLUDE",
                          "CURSE", "DIE"})
# (hundred-and-twenty-fifth round) sympathy for a people (sympathy), per language: the words of the heart or
# of solidarity, and the word that must follow them ("قلبي مع", "my heart goes out", "solidarity with"; None:
# any); a failure to protect, as the protecting word and the words of failing before it (none needed: the
# Turkish negative participle "korumayan" is the failure); and what befell the people called terrible, in a
# short sentence of its own
_Sympathy = namedtuple("_Sympathy", "heart heart_next protect failed terrible")
_SYMPATHY = {
    "ar": _Sympathy(
        frozenset(normalise_text(w) for w in ("قلبي", "قلوبنا", "تضامني", "تضامننا", "دعواتي", "دعائي")),
        frozenset(normalise_text(w) for w in ("مع", "معكم", "معهم")),
        frozenset(normalise_text(w) for w in ("حماية", "حمايه", "بحماية")),
        tuple(normalise_text(w) for w in ("فشل", "عجز", "قصر", "تقاعس")),
        frozenset(normalise_text(w) for w in ("فظيع", "مأساة", "مأساه", "محزن", "مؤلم", "مروع", "كارثة"))),
    "en": _Sympathy(
        frozenset({"heart", "hearts", "solidarity", "thoughts"}), frozenset({"goes", "go", "with", "are"}),
        frozenset({"protect", "protecting"}), ("fail", "fails", "failed", "failing"),
        frozenset({"terrible", "horrible", "horrific", "tragic", "heartbreaking", "appalling", "awful",
                   "shocking", "sad", "devastating"})),
    "tr": _Sympathy(
        frozenset({"kalbim", "kalbimiz", "yüreğim", "yüreğimiz", "yuregim"}), None,
        frozenset({"korumayan", "koruyamayan", "korumayanlara", "koruyamayanlara"}), (),
        frozenset({"korkunç", "korkunc", "üzücü", "uzucu", "trajik", "acı", "dehşet", "dehset"})),
}
_SYMPATHY_CUE = {lang: t.heart | t.protect | t.terrible for lang, t in _SYMPATHY.items()}
_AR_RELATIVE = frozenset({"الذین", "اللی", "الی", "یلی", "الذي", "الذی"})
# (hundred-and-twenty-sixth round) a demand that the doers of a violence answer for it before the law:
# "I hope the people who burned those villages rot in prison", "نتمنى أن يحاسب القتلة أمام القضاء"
# were threats at 0.96-0.98 (the past act of those who did it, or "rot", read as the act wished). The
# words of the law's answer, matched at a word's start (Arabic after its conjunction or preposition
# clitic: harm._justice_word), and the doers named by a noun (the doers named by their past act are
# read by the rule of each language)
_JUSTICE = {
    "en": ("prison", "jail", "gaol", "court", "trial", "justice", "accountab", "prosecut", "sentenc",
           "convict", "arrest", "punish", "tribunal", "icc", "bars", "indict", "extradit", "charged", "law",
           "judge", "dock"),
    "ar": tuple(normalise_text(w) for w in (
        "السجن", "سجن", "يسجن", "الحبس", "حبس", "القضاء", "العدالة", "عدالة", "المحاكمة", "محاكمة", "يحاكم",
        "تحاكم", "المحكمة", "محكمة", "المحاكم", "يحاسب", "تحاسب", "محاسبة", "المحاسبة", "العقاب", "عقاب",
        "القانون", "قانون", "يعاقب", "تعاقب", "معاقبة", "المؤبد", "مؤبد", "الاعتقال", "يعتقل", "القضبان",
        "قضبان")),
    "tr": ("hapis", "hapse", "hapsi", "hapsed", "cezaev", "yargıla", "yargila", "yargılan", "mahkeme",
           "adalet", "ceza", "tutukla", "müebbet", "muebbet", "hesap", "hakim", "hâkim", "savcı", "yargı"),
    "fa": ("زندان", "محاکمه", "دادگاه", "عدالت", "مجازات", "قانون", "بازداشت", "حبس", "پاسخگو"),
}
_JUSTICE_DOERS = {  # (plural: a single "killer" is as often an accusation, "وهاب قاتل ابو دياب")
    "en": frozenset({"killers", "murderers", "rapists", "attackers", "bombers", "shooters", "gunmen",
                     "perpetrators", "butchers", "torturers", "assassins", "terrorists"}),
    "ar": frozenset(normalise_text(w) for w in (
        "القتلة", "قتلة", "المجرمين", "المجرمون", "الجناة", "جناة", "السفاحين", "المعتدين", "المعتدون",
        "الإرهابيين", "الإرهابيون", "المغتصبين")),
    "tr": frozenset({"katiller", "katilleri", "failler", "failleri", "teröristler", "tecavüzcüler",
                     "caniler"}),
    "fa": frozenset({"قاتلان", "قاتلین", "جنایتکاران", "عاملان", "عاملین", "تروریست‌ها", "تروریستها",
                     "متجاوزان"}),
}
# (the Turkish harming verbs whose participles name the doers, and the harms "eden"/"yapan" make a doer of)
_TR_HARMING = ("yak", "öldür", "oldur", "saldır", "saldir", "döv", "dov", "vur", "bombala", "katled",
               "yarala", "bıçakla", "bicakla", "kaçır", "kacir", "linç", "linc", "yık", "yik", "kurşunla",
               "kursunla", "boğazla", "bogazla", "tecavüz", "işkence", "iskence")
_TR_HARM_DONE = ("işkence", "iskence", "tecavüz", "tecavuz", "saldırı", "saldiri", "katliam", "cinayet",
                  "zulüm", "zulum", "soykırım", "soykirim")
_EN_DID = frozenset({"did", "committed", "done"})
_TR_DOING_ACC = re.compile(r"m[ae]y[ıi]$")  # a verbal noun in the accusative: "öldürmeyi"
_AR_WHO_DID = frozenset(normalise_text(w) for w in ("من", "للذين", "بالذين", "والذين", "فالذين"))
_AR_CHARGE = frozenset(normalise_text(w) for w in ("بتهمة", "بتهم", "بجريمة", "بجرم", "بجرائم"))
_EN_RELATIVE = frozenset({"who", "that", "which", "whoever"})
_EN_PAST_IRREGULAR = frozenset({"shot", "burnt", "hit", "beat", "slew", "stabbed", "stole", "blew", "hung",
                                "slit", "cut", "took", "did"})
_EN_ROT = frozenset({"rot", "rots", "rotting", "languish", "languishes"})
_EN_BETWEEN_WHO = frozenset({"had", "have", "has", "brutally", "just", "all", "also", "then"})
_JUSTICE_HOSTILE = frozenset({"YOU", "INSULT", "PROF", "VULG", "NEGPRED", "DEHUMAN", "HATE", "CURSE"})


# what denies the law's answer, the words before it (and after it in Turkish and Persian): "no trial needed",
# "بدون محاكمة", "mahkemeye gerek yok", "دادگاه لازم نیست" -- a call to do without it
_JUSTICE_DENIED_BEFORE = {"en": frozenset({"no", "not", "without", "forget", "skip", "never", "fuck",
                                           "screw"}),
                          "ar": frozenset(normalise_text(w) for w in ("لا", "بدون", "بلا", "دون", "ما", "مش",
                                                                      "بلاش", "مو", "انسوا", "انسى")),
                          "tr": frozenset(), "fa": frozenset({"بدون", "بی", "نه"})}
_JUSTICE_DENIED_AFTER = {"en": frozenset({"needed"}), "ar": frozenset(),
                         "tr": frozenset({"gerek", "yok", "istemez", "beklemeyin"}),
                         "fa": frozenset({"نیست", "نمیخواد", "نمیخواهد", "لازم"})}


# (the words between a negation and the law it denies: "no need for a trial", "not a trial", "لا نريد محاكمة")
_LAW_DENIED_BETWEEN = {"en": frozenset({"a", "the", "any", "need", "more"}),
                       "ar": frozenset(normalise_text(w) for w in ("نريد", "نبي", "بدنا", "نحتاج", "داعي")),
                       "fa": frozenset({"هیچ"})}
_LAW_NOT_NEEDED = {"tr": {"yok": frozenset({"gerek", "lüzum", "luzum", "ihtiyaç", "ihtiyac"})},
                   "fa": {"نیست": frozenset({"لازم", "نیازی"})}}


def _justice_word(lang, w):
    """``w`` names the law's answer (_JUSTICE): at its start, or in Arabic after the conjunction and a
    preposition or the article's lam ("وللعدالة", "بالسجن", "للقضاء")."""
    stems = _JUSTICE[lang]
    if w.startswith(stems):
        return True
    if lang != "ar":
        return False
    w = _ar_behind_and(w) or w
    if w.startswith(stems):
        return True
    if w.startswith("لل") and ("ال" + w[2:]).startswith(stems):
        return True
    return w[:1] in ("ل", "ب") and len(w) > 3 and w[1:].startswith(stems)


_AR_PRISON = frozenset({"السجن", "للسجن", "بالسجن", "الحبس", "للحبس"})
# (tr, hundred-and-twenty-seventh round) a future participle of the third person, the content of a report
# ("vurulacağı", "öldürüleceğini", "öldüreceklerini"), and the verbs of saying or threatening that take it
_TR_TOLD_FUTURE = re.compile(r"[ae]c[ae](?:ğ[ıi]|kler[ıi]|klar[ıi])(?:n[ıi])?$")
_TR_REPORTING = ("söyle", "soyle", "dedi", "deni", "diye", "tehdit", "iddia", "açıkla", "acikla", "anlat",
                 "bildir", "uyar", "yazdı", "yazdi", "duyur")
_TR_NOMINAL_CASE = re.compile(r"m[ae]s[ıi](?:n[ıi]|n[ae]|nd[ae]n|n[ıi]n|yl[ae])$")
_TR_WANT = ("iste", "isti", "lazım", "lazim", "gerek", "şart", "sart", "bekle", "diler", "umar", "dua",
            "tercih")  # ("ölmesini tercih ederim": a death preferred)
# (hundred-and-sixteenth round) what pleads for an act to stop, right before it (or before "the" and it), and
# Arabic "must" before "ألا" (that ... not)
_STOP_THE_ACT = {"en": frozenset({"stop", "end"}),
                 "ar": frozenset({"اوقفوا", "اوقفو", "اوقف", "اوقفی", "کفی", "اوقفوه"})}
_AR_MUST = frozenset({"یجب", "ینبغی", "لازم", "علینا", "المفروض", "یفترض", "نرجو", "نتمنی"})
# (hundred-and-seventeenth round) a relative clause's doer before the group (English), a Turkish participle
# naming the doers after it ("zarar veren herkes", "öldürenler"), an Arabic armed subject before a past plural
_EN_WHO = frozenset({"who", "whoever", "whom"})
_EN_HARM_VERBS = frozenset({"hurt", "hurts", "harm", "harms", "attack", "attacks", "insult", "insults",
                            "harass", "harasses", "abuse", "abuses", "threaten", "threatens", "target",
                            "targets", "bully", "bullies", "mock", "mocks", "discriminate", "discriminates",
                            "persecute", "persecutes"})
_TR_DOER = re.compile(r"(?:[^aeıioöuü][ae]n|y[ae]n)$")
_TR_DOERS = re.compile(r"(?:[^aeıioöuü][ae]n|y[ae]n)l[ae]r(?:[ıi]n|[ae]|[ıi])?$")
# (the group then in the dative or the accusative, the object of the doers' act: "Kürtlere zarar veren",
# "Kürtleri öldürenler"; not a noun, "Eşcinsel öğretmenler", nor those who are it, "Gay olanlar")
_TR_OBJECT_CASE = re.compile(r"(?:l[ae]r[ae]|l[ae]r[ıi]|[^aeıioöuü][ae]|y[ae])$")
_TR_EVERYONE = frozenset({"herkes", "kişi", "kişiler", "kimse", "insanlar", "adam", "adamlar"})
_AR_ARMED = frozenset({"الجنود", "القوات", "المسلحون", "المسلحین", "الشرطه", "الجیش", "المهاجمون",
                       "المهاجمین", "الارهابیون", "الارهابیین", "المستوطنون", "المستوطنین", "المیلیشیات",
                       "الملیشیات", "الحراس", "عناصر", "الدواعش", "الامن"})
# (hundred-and-eighteenth round) an event answered for: the Turkish genitive before what is owed or done about
# it ("katliamın hesabı"), the Persian word before it ("پاسخگوی کشتار"); English reads "for the" before it
_TR_EVENT_OF = ("hesab", "sorumlu", "fail", "kurban", "anma", "yıldönüm", "yildonum", "soruştur", "sorustur",
                "tanık", "tanik", "ardından", "ardindan")
_FA_EVENT_BEFORE = frozenset({"پاسخگوی", "مسئول", "مسئولان", "عاملان", "عامل", "بازماندگان", "قربانیان",
                              "بابت", "سالگرد", "یادبود"})
# (hundred-and-nineteenth round) "pis" (dirty) conjugated, which starts as "pist" (a runway) does
_TR_DIRTY_WAS = frozenset({"pistir", "pisti", "pistirler", "pistiler", "pistin", "pistiniz"})
SLIP_MIN_LEN = 5
# (hundred-and-twenty-second round) the place of a letter typed as another, in the keys replaced_tags reads
_REPLACED = "\x00"
# (en, hundred-and-eighth round) shorter words read as slips of a people's name, hatred, dehumanisation,
# violence or exclusion only (_Lang.short_slip_tags); (hundred-and-twenty-fourth round) and of an insult or a
# negative predicate: on all 66,033 English data comments 7 offensive and 1 clean ("a little psyco", itself an
# attack) gained a finding, and our suite's misspelt cases 8 more
SHORT_SLIP_LEN = 4
_SHORT_SLIP_TAGS = frozenset({"HATE", "DEHUMAN", "VIOLENT", "EXCLUDE", "INSULT", "NEGPRED"})
# (tr) a word typed with its vowels masked (_Lang.masked_tags): the tags it may be read as, and what
# no Turkish word looks like
_MASKED_TAGS = frozenset({"INSULT", "PROF", "VULG"})
_TR_VOWELS = frozenset("aeıioöuü")
_TR_SOCALLED = ("dediğin", "dedigin")  # (round 23) "vekil dediğin": a so-called MP
_TR_CONSONANT_RUN = re.compile(r"[^aeıioöuü\d_]{4}")
_SLIP_TAGS = frozenset({"VIOLENT", "DIE", "INSULT", "PROF", "VULG", "DEHUMAN", "NEGPRED", "HATE", "MOOD",
                        "EXCLUDE"})


def _slip_keeps(tag, kinds=_SLIP_TAGS):
    """Whether a reading of a word as another (a slip, a letter doubled or left out) keeps ``tag``: one of
    ``kinds``, a slur or a people's name."""
    return tag in kinds or tag.startswith(("SLUR:", "GROUP:"))


_HOSTILE = frozenset({"INSULT", "PROF", "VULG", "NEGPRED", "DEHUMAN", "HATE", "VIOLENT", "DIE"})
# too common to mark counter-speech alone (Persian "should be ashamed" is said to a group as often as
# of one who insults it: "همجنس‌بازا باید خجالت بکشن" is the abuse itself)
_WEAK_REJECT = frozenset({"wrong", "غلط", "خطا", "yanlış", "غلطه", "اشتباه", "اشتباهه", "دروغه", "خجالت",
                          "بکشه", "بکشن", "بکشند", "بکشد"})
# (2026-12-06) the group itself rejected, not what was said of it: a shame or a curse followed by "them"
# ("Kurds are thieves, shame on them", "عيب عليهم", "yazıklar olsun onlara", "خاک بر سرشون") is one more
# insult of the group, not counter-speech
_REJECTED_THEM = frozenset(normalise_text(w) for w in (
    "them", "عليهم", "عليهن", "فيهم", "منهم", "لهم", "onlara", "bunlara", "onları", "bunları",
    "سرشون", "سرشان", "بهشون", "بهشان"))
# (en, twenty-fifth round) a feast or a waking that goes on into a time or a role ("your last Eid as a
# student", "they won't wake up for two days"): no threat
_EN_FEASTS = frozenset({"eid", "ramadan", "nowruz", "newroz", "christmas", "easter", "birthday", "year",
                        "summer", "winter"})
_EN_TIME_GOES_ON = frozenset({"as", "at", "in", "with", "before", "of", "without", "abroad", "here", "away",
                              "together", "single", "on", "for", "until", "till", "after", "from", "early",
                              "late", "during", "there"})
# (en, twenty-fifth round) who says the hate, and the words by which a negation after it agrees ("is not
# wrong", "is not exaggerating")
_EN_WHO_SAYER = frozenset({"who", "whoever", "whoeva"})
_EN_NOT_DENIED = frozenset({"wrong", "lying", "mistaken", "far", "exaggerating", "joking", "kidding"})
_NOT_NEGATING = frozenset({"EXCLUDE", "HATE", "NEGPRED", "EXCLNEG", "DEHUMAN", "BLAME", "SEXPRED"})
_IMPERATIVE_LEAD = {"just", "and", "go", "so", "then", "please", "lets", "let", "now", "hadi", "haydi", "یلا",
                    "هیا", "بیاید", "بیاین", "بیایید", "بریم", "و"}
# verbs whose stem ends in -ing: "string them up" is an imperative, not a participle
_EN_ING_STEMS = frozenset({"string", "sting", "swing", "fling", "sling", "wring", "bring"})
# violent words that no contest makes an idiom ("we'll crush them in the match" is; "rape" never is)
_EN_NEVER_SPORT = ("rap", "behead", "lynch", "gas", "hang", "h4ng", "stab", "shoot", "shot", "bullet", "bomb",
                   "burn", "torch", "acid", "knife", "throat", "strangle", "execut", "massacre")
# (en, twenty-second round) what opens a clause an imperative may follow after its comma
_EN_IF_LEAD = frozenset({"if", "whoever", "whenever", "wherever", "anyone", "anybody", "once", "when"})
# (en, twenty-second round) a purchase or a pastime regretted is advice, not a threat ("you will regret
# buying that phone"; "you will regret the day you wrote this" stays one)
_EN_REGRET_HARMLESS = frozenset({"buying", "ordering", "eating", "booking", "watching", "renting", "choosing",
                                 "skipping", "missing", "getting", "signing", "upgrading", "trusting",
                                 "installing", "downloading", "voting", "selling", "not"})
# (fa, tr; seventy-seventh and seventy-eighth rounds) "who" and a verb of saying after it, in a question that
# denies what is said: "کی گفته عربا فرهنگ ندارن؟", "Kim demiş Arapların kültürü yok diye?"
_WHO_SAYS = {"fa": (frozenset({"کی", "کیه", "کسی"}),
                    frozenset({"گفته", "گفت", "میگه", "میگن", "گفتن", "گفتش", "میگوید"})),
             "tr": (frozenset({"kim"}),
                    frozenset({"demiş", "demis", "dedi", "diyor", "söylemiş", "söyledi", "söylüyor",
                               "soylemis"}))}
# (en, seventy-fifth round) a group in a role or in charge, before a sarcastic forecast (SARCASM): the
# commonest offices and trades, and the verbs of running a thing
_EN_IN_CHARGE = frozenset({
    "charge", "run", "runs", "running", "ran", "lead", "leads", "leading", "control", "head", "heads",
    "heading", "manage", "managing", "command", "commanding", "power", "office", "bench", "board", "council",
    "cabinet", "parliament", "government", "army", "police", "military", "mayor", "mayors", "minister",
    "ministers", "president", "presidents", "governor", "judge", "judges", "chief", "boss", "bosses", "ceo",
    "ceos", "leader", "leaders", "officer", "officers", "soldiers", "pilot", "pilots", "driver", "drivers",
    "doctor", "doctors", "surgeon", "surgeons", "teacher", "teachers", "engineer", "engineers", "coach",
    "captain", "referee", "referees", "priest", "priests", "imam", "imams", "editor", "editors", "anchor",
    "anchors", "manager", "managers", "director", "directors", "mps", "senator", "senators", "candidate",
    "candidates"})
# (en, seventy-fifth round) what "say goodbye to your ..." may foretell the loss of without a threat to anyone
_EN_GOODBYE_HARMLESS = frozenset({
    "pension", "pensions", "savings", "money", "taxes", "rights", "freedom", "freedoms", "economy", "country",
    "holiday", "holidays", "weekend", "weekends", "bonus", "privacy", "data", "deposit", "salary", "benefits",
    "vote", "votes", "jobs", "bills", "budget", "summer", "sleep", "garden", "view", "wallet"})
# after a stock threat that must end its sentence (PHRASES["THREATEND"]): who it is said to ("you're next,
# traitor"), or a condition ("there will be blood if ...")
_VOCATIVE = frozenset({"YOU", "PERSON", "INSULT", "DEHUMAN", "NEGPRED"}) | _IDENTITY_TAGS
_EN_VOCATIVE = frozenset({"soon", "too", "now", "then", "mate", "pal", "buddy", "bro", "dude", "boy", "boys",
                          "girl", "lady", "mister", "mr", "my", "friend", "little", "dear", "sweetheart",
                          "all", "of", "them", "just", "wait", "remember", "that", "this", "is", "a",
                          "promise", "i", "we", "count", "on", "it", "the", "next", "one", "very", "enough"})
_EN_CONDITION = frozenset({"if", "unless", "when", "once", "after", "for", "because"})
_EN_SHE = frozenset({"she", "shes", "her", "herself"})
# (fifty-sixth round) "they" and "all of them" as the subject taking up a group named in the sentence before
_THEY = {
    # (hundred-and-tenth round) "إنهم", they are: "اللاجئين في كل مكان الآن. إنهم طفيليات"
    "ar": frozenset({"هم", "همه", "کلهم", "کلهن", "هذول", "هدول", "هاذول", "هولاء", "هاولاء", "جماعتهم",
                     "انهم",
                     # (round 181) the Levantine "they", and "among them" ("ما فيهم غير كذابين وأفاعي")
                     "هنن", "هني", "فیهم"}),
    "tr": frozenset({"onlar", "hepsi", "bunlar", "bunların", "bunlarin", "onların", "onlarin", "hepsinin",
                     "onlara", "onları", "onlari",  # (round 171: "Onlara katlanamıyorum, pisler")
                     # (round 173: "Onlardan tiksiniyorum", "Hiçbirine güvenemezsin")
                     "onlardan", "hiçbiri", "hiçbirine", "hiçbirini", "hiçbirinden", "hiçbirinin",
                     "hepsini"}),
    "fa": frozenset({"اونا", "انها", "همشون", "همهشون", "اینا", "همهی", "اونها",
                     # (round 183: "all of them" as the object, "همه‌شونو ... برگردونید", "Hepsini ...")
                     "همهشونو", "همشونو"}),
}
# the pronouns, read after an adverb too ("Honestly, they are vermin"; round 181: or a wish, "I wish they'd
# all drop dead"); and what opens a sentence about the group the sentence before named ("They are...",
# "Nothing but...")
_EN_THEY_PRONOUNS = frozenset({"they", "theyre", "them", "theyd", "theyll", "theyve"})
_EN_THEY = frozenset({"these", "those", "nothing", "all", "just", "bunch"}) | _EN_THEY_PRONOUNS
_THEY["en"] = _EN_THEY
# (round 181) "them" taken up whole in the next sentence: "Every one of them was a filthy thief", "Parasites,
# the lot of them", "I'd put every last one of them on a boat back"; and "those dirty people" ("Can't stand
# those dirty people"); with a hostile word in that sentence (_en_them_again)
_EN_OF_THEM = frozenset({"one", "all", "each", "lot", "most", "many", "every", "both"})
_EN_THOSE_PEOPLE = frozenset({"people", "types", "type", "lot", "creatures", "kind"})
# (round 183) "their kind", "such people", "scum like that" (_en_them_again)
_EN_THEIR_KIND = frozenset({"kind", "sort", "type", "ilk", "likes", "lot"})
_EN_SUCH_PEOPLE = frozenset({"people", "types", "creatures", "folk", "scum", "vermin", "trash", "filth",
                             "animals", "parasites"})
_EN_LIKE_THAT = frozenset({"that", "them", "this", "those", "these"})
# (twenty-eighth round) what takes up a group named earlier in its own sentence, beyond the group's reach:
# a pronoun ("Syrians came here with nothing and now they are spreading like mould") or a noun of peoplehood
# after an article ("Armenians cry ..., a nation of professional beggars", "a people who ...", "a whole sect")
# (the pronoun as the subject of a main clause: after a comma or "and", "now", "but", "so"; not after "if",
# "where", "when": "ask the victims ... if they think it is a problem")
_EN_TAKE_UP = frozenset({"they", "theyre"})
_EN_GROUP_PRONOUN = frozenset({"them", "their", "themselves"})  # the group's own, between it and "they"
_EN_TAKE_UP_AFTER = frozenset({"and", "now", "but", "so", "still", "yet", "then"})
_EN_TAKE_UP_NOUN = frozenset({"nation", "nations", "people", "race", "sect", "tribe", "tribes", "breed"})
_EN_TAKE_UP_DET = frozenset({"a", "whole", "such", "this", "that"})
# (twenty-eighth round) a people's adjective before its state: the state criticised, not the people, even
# when called a disease ("the Iranian regime is a cancer"); the election a removal is made at
_EN_INSTITUTION = frozenset({"regime", "regimes", "government", "governments", "authorities", "state",
                             "administration", "parliament", "judiciary", "intelligence", "embassy",
                             # (hundred-and-sixty-sixth round, for _institution_judged too)
                             "ministry", "council", "cabinet", "municipality", "system", "establishment",
                             "bureaucracy", "committee", "commission", "court", "opposition", "coalition",
                             "party", "authority", "agency", "department", "governorate", "institution",
                             "university", "federation", "union", "un", "eu", "nato"})
_EN_ELECTION = frozenset({"election", "elections", "vote", "votes", "voting", "ballot", "ballots", "polls",
                          "box", "referendum"})
# (round 182) one who holds a state's office, named by its people's adjective ("the Turkish president is a
# liar"): a person, not the people (the group loop, as _EN_INSTITUTION)
_EN_OFFICE = frozenset({"president", "presidents", "premier", "minister", "ministers", "ambassador",
                        "ambassadors", "king", "queen", "prince", "sultan", "dictator", "consul", "spokesman",
                        "spokeswoman"})
# (twenty-eighth round, rule 2b-en'') a daily routine: "every day", "every morning"
_EN_HAZARD_LEAD = frozenset({"with", "of", "about", "on", "when", "crossing", "in", "at", "near", "around"})
_EN_DAILY = frozenset({"day", "days", "morning", "mornings", "evening", "evenings", "night", "nights",
                       "afternoon"})
# (twenty-eighth round) the first word of a manner of leaving ("in black bags", "on a stretcher", "feet
# first"), and the speaker's meeting someone as a condition ("if I see him")
_EN_MANNER_FIRST = frozenset({"in", "on", "feet", "as"})
_EN_MEET = frozenset({"see", "meet", "catch", "find", "get", "spot"})
_EN_SEE = frozenset({"see", "watch", "seeing", "watching", "hear"})
_EN_PLEASE = frozenset({"please", "pls", "plz", "plse", "just", "go", "already", "finally", "pleeease"})
_EN_SOMEONE = frozenset({"someone", "somebody", "anyone", "anybody", "somebodys", "someones"})
# violent verbs whose past is their bare form, or a noun: after "someone" they report ("someone shot him")
_EN_PAST_LIKE = frozenset({"shot", "hit", "beat", "cut", "slit", "hung", "burnt", "struck", "bit", "put",
                           "bomb", "bullet", "gun", "knife", "rope", "acid",
                           # (round 184) "Someone set fire to the Yazidi temple; the community is heartbroken"
                           "set", "lit", "threw", "blew"})
_EN_WISH = {"should", "must", "need", "needs", "deserve", "deserves", "ought", "hope", "hoping", "wish",
            "want",
            "wanna", "gotta", "better", "lets", "let", "time_to", "its_time_to", "cant_wait", "shall"}
_EN_SPEAKERS = {"i", "we", "im", "ill", "well", "ive", "weve", "imma", "ima", "id", "you", "u", "youll",
                "youre",
                "ya", "ur"}
_PRONOUNS = {"him", "her", "them", "they", "their", "his", "hers", "everyone", "anyone", "whoever", "those",
             "these", "onu", "onları", "onlari", "هم", "هو", "هي", "او", "اون", "اونو", "آنها"}
_SELF = {"i", "me", "myself", "ben", "beni", "bana", "من", "انا", "اني", "منو"}
_ALL = {"all", "every", "whole", "hepsi", "hepsini", "bütün", "butun", "tüm", "tum", "کل", "جميع", "همه",
        "همشون", "همهشون", "همشان", "همهشان", "تمام"}

# the tags some rule starts from; a comment with none of them has no finding and no contrast
_TRIGGERS = frozenset({"VIOLENT", "DIE", "INSULT", "PROF", "VULG", "DOXVERB", "ATTACK", "THREAT", "THREATEND",
                       "ARMED", "SHAME", "SPEECHTARGET", "LEAVE", "DOXFOUND", "WARNSELF", "PURGE", "KINDLE",
                       "SEXCUE", "REJECTHARM", "HARMIF", "COND", "EVENT", "DEATHPLACE", "CLOCK", "STREET",
                       "PUBLISHCALL", "VISIT", "VISITCALL", "VOCINSULT", "PREJUDICE", "BEDMINE",
                       "SEXPART", "MIND", "BEAST", "CONDEMN", "CHILD", "FINISHED"}) | _IDENTITY_TAGS


# ---- (sixty-fourth round) a kindness promised in the first person: HarmDetector.kind_promise ----
# the tags of harm, insult, watching or a place to be found at: a comment with one is no kind promise
# (not a verb of seeing or visiting, DOXVERB: "if I see you" is the promise's condition; the
# intimidation rules read such a verb with a routine or a place, DOXOBJ and DOXFOUND, which stay)
_UNKIND = (_TRIGGERS - _IDENTITY_TAGS
           - frozenset({"COND", "EVENT", "CLOCK", "STREET", "SPEECHTARGET", "DOXVERB", "PREJUDICE", "CHILD",
                        "PUBLISHCALL"})
           | frozenset({"DOXOBJ", "DEHUMAN"}))
# (hundred-and-third round) what a Persian comment of the speaker's own doings names none of (own_day)
_NOT_OWN_DAY = _UNKIND | frozenset({"YOU", "PERSON", "DOXOBJ", "VULN"})
# English: a verb of kindness right after "I'll", "I would", "we'll", "let me", "gonna" (an adverb
# between); "show" only "around", "take" only to a meal or one's own place
_EN_KIND_VERB = frozenset({
    "tell", "ask", "thank", "buy", "introduce", "invite", "treat", "hug", "help", "welcome", "sign",
    "cook", "congratulate", "recommend", "lend", "offer", "donate", "volunteer", "explain", "interview",
    "greet", "shake", "say", "hand", "kiss", "applaud", "praise"})
_EN_KIND_MARK = frozenset({"ill", "id", "well", "wed", "gonna", "lemme"})
_EN_KIND_ADVERB = frozenset({"personally", "gladly", "happily", "definitely", "certainly", "also", "then",
                             "first", "surely", "proudly", "just"})
_EN_TAKE_TO = frozenset({"my", "our", "lunch", "dinner", "breakfast", "coffee", "tea", "a"})
_EN_CUSTOMER = frozenset({"buy", "order", "shop"})


def _en_kind_marked(words, j):
    """Whether words[j] makes the next verb the speaker's promise: "I'll", "I would", "let me"."""
    w = words[j]
    return w in _EN_KIND_MARK or (
        w in ("will", "would", "shall") and j >= 1 and words[j - 1] in ("i", "we")) or (
        w == "me" and j >= 1 and words[j - 1] == "let") or (
        w == "to" and j >= 2 and words[j - 1] == "going" and words[j - 2] in ("im", "am", "were", "are"))


def _en_customer(words, k):
    """(ninety-sixth round) A visit promised in the first person to buy something ("Nice little shop you
    have, I'll come by on Saturday to buy bread"): the shop is where the customer is found, no threat."""
    return (words[k] in _EN_CUSTOMER and k >= 1 and words[k - 1] == "to"
            and any(_en_kind_marked(words, i) for i in range(max(0, k - 8), k - 1)))


def _en_kind(words, k):
    if _en_customer(words, k):  # before the kind verbs: "order" and "shop" are none of them
        return True  # (ninety-sixth round) a visit promised to buy: "I'll come by on Saturday to buy bread"
    w = words[k]
    if w not in _EN_KIND_VERB and w not in ("show", "take"):
        return False
    j = k - 1 if k >= 1 and words[k - 1] not in _EN_KIND_ADVERB else k - 2
    if j < 0:
        return False
    if words[j] == "and":  # the second verb promised: "I would visit the editor and shake his hand"
        if not any(_en_kind_marked(words, i) for i in range(max(0, j - 6), j)):
            return False
    elif not _en_kind_marked(words, j):
        return False
    after = words[k + 1:k + 5]
    if w == "show":
        return "around" in after
    if w == "take":
        return len(after) >= 3 and after[1] == "to" and after[2] in _EN_TAKE_TO
    return True


# Arabic: a first-person verb of kindness (bare, or after the future's prefixes س, ح, ب, or و, ف):
# thank, ask, tell, invite, greet, show, help, hug, congratulate, gift; "introduce you to" only
_AR_KIND_STEMS = tuple(normalise_text(w) for w in (
    "اشكر", "اسأل", "احكي", "اعزم", "اسلم", "اوري", "افرج", "اساعد", "احضن", "ابوس", "ابارك", "اهني",
    "اهدي", "اطلب"))
_AR_INTRODUCE, _AR_TO = normalise_text("اعرفك"), normalise_text("على")


def _ar_kind(words, k):
    w = words[k]
    for pre in ("", "س", "ح", "ب", "و", "ف"):
        if pre and not w.startswith(pre):
            continue
        rest = w[len(pre):]
        if rest.startswith(_AR_KIND_STEMS) or (
                rest.startswith(_AR_INTRODUCE) and k + 1 < len(words) and words[k + 1] == _AR_TO):
            return True
    return False


# Turkish: a kind verb in the first person's future, aorist or optative ("ısmarlarım", "tanıştırırım"),
# or a noun with "et-", "ver-", "sun-" so inflected after it ("selam veririm", "tebrik edeceğim")
_TR_FIRST = re.compile(r"(?:[ae]c[ae][ğg][ıi][mz]|[ıiuü]?r[ıiuü][mz]|[ae]r[ıi][mz]|[ae]y[ıi]m|[ae]l[ıi]m)$")
_TR_KIND_VERBS = ("ısmarla", "ismarla", "tanıştır", "tanistir", "gezdir", "imzala", "sarıl", "saril",
                  "anlat", "sor", "öner", "oner", "ağırla", "agirla", "kutla", "öp")
_TR_KIND_NOUNS = frozenset({"teşekkür", "tesekkur", "tebrik", "selam", "yardım", "yardim", "davet", "hediye",
                            "ikram", "misafir"})


def _tr_kind(words, k):
    w = words[k]
    if w.startswith(_TR_KIND_VERBS) and _TR_FIRST.search(w):
        return True
    return (w in _TR_KIND_NOUNS and k + 1 < len(words)
            and words[k + 1].startswith(("ed", "ver", "sun")) and _TR_FIRST.search(words[k + 1]) is not None)


# Persian: a kind noun and the first person's "do", "give", "say" after it ("تشکر میکنم", "سلام میکنم",
# "تبریک میگم", "آشنات میکنم", "مهمونش میکنم"), "lunch is on me" (مهمونم), "I'll ask" (میپرسم)
_FA_KIND_NOUNS = tuple(normalise_text(w) for w in (
    "تشکر", "سلام", "تبریک", "آشنا", "مهمون", "بغل", "کمک", "دعوت", "تعریف", "امضا", "هدیه", "معرفی"))
_FA_KIND_LIGHT = frozenset(normalise_text(w) for w in (
    "میکنم", "میکنیم", "میدم", "میدیم", "میگم", "میگیم", "کنم", "بکنم"))
_FA_ON_ME, _FA_I_ASK = normalise_text("مهمونم"), normalise_text("میپرسم")


def _fa_kind(words, k):
    w = words[k]
    if w == _FA_ON_ME or w.startswith(_FA_I_ASK):
        return True
    return w.startswith(_FA_KIND_NOUNS) and k + 1 < len(words) and words[k + 1] in _FA_KIND_LIGHT


_KIND_PROMISE = {"en": _en_kind, "ar": _ar_kind, "tr": _tr_kind, "fa": _fa_kind}


# ---- (rule 2a'', sixty-fourth round) a mishap to the addressee's own called a shame, if it came ----
_AR_CONFERENCE = normalise_text("مؤتمر")  # (holds "موت", death, once its hamza is gone: _Lang.infix_hits)
# what ends in the second person's "-k" and is not "yours"
_AR_NOT_YOURS = frozenset(normalise_text(w) for w in (
    "ذلك", "كذلك", "لذلك", "بذلك", "هناك", "تلك", "ملك", "بنك", "شبك", "سمك", "مبارك", "المبارك", "هنالك",
    "اولئك"))
# a Turkish or Persian word that is the addressee's own thing or kin: its stem and a possessive ending
_TR_OWN_STEMS = ("dükkân", "dükkan", "dukkan", "araba", "ev", "kız", "kiz", "oğl", "ogl", "anne", "baba",
                 "kar", "çocuk", "cocuk", "ofis", "işyer", "aile", "eş", "es", "kardeş", "kardes", "yaşlı",
                 "küçük", "büro")
_TR_YOUR = re.compile(r"(?:[ıiuü]?n(?:[ae]|[ıiuü]|d[ae]n?|[ıiuü]n|l[ae])?|l[ae]r[ıi]n[ae]?)$")
_FA_OWN_STEMS = tuple(normalise_text(w).translate(_FA_AE) for w in (
    "مغازه", "دختر", "پسر", "مادر", "پدر", "زن", "بچه", "خونه", "خانه", "ماشین", "دفتر", "خانواده",
    "کوچولو", "پیر", "شوهر", "خواهر", "برادر", "شیشه"))


_EN_MISHAP = frozenset({"smashed", "burned", "burnt", "exploded", "blew", "caught", "destroyed", "torched",
                       "vandalised", "vandalized", "happened", "happen", "happens", "broken", "hurt",
                       "injured", "disappeared", "crashed", "fire", "accident"})
# (Turkish: "şey" of "bir şey olursa", something happening)
_TR_MISHAP = ("yan", "kırıl", "kiril", "patla", "uç", "uc", "çal", "yık", "kaza", "şey", "sey")
_AR_MISHAP = tuple(normalise_text(w) for w in (
    "احترق", "انحرق", "انفجر", "تكسر", "انكسر", "صار", "يصير", "تاذى", "اختفى", "ولع", "تحرق", "تنحرق"))
_FA_MISHAP = tuple(normalise_text(w) for w in (
    "آتیش", "اتیش", "آتش", "بشکن", "منفجر", "اتفاق", "بلا", "آسیب", "بسوز", "خراب", "تصادف"))


class _Shame:
    """One language's words for rule 2a'': the shame words, a conditional word, the addressee's own
    thing or kin (at word k), and a mishap."""

    def __init__(self, shame, cond, own, mishap):
        self.words, self.cond, self.own, self.mishap = frozenset(shame), cond, own, mishap


_SHAME = {
    "en": _Shame({"shame", "pity", "tragedy"},
                 lambda w: w == "if",
                 lambda words, k: words[k] in ("your", "ur", "yours"),
                 _EN_MISHAP.__contains__),
    "ar": _Shame({normalise_text(w) for w in ("حرام", "خسارة", "حيف", "مؤسف")},
                 lambda w: w in ("لو", "اذا"),
                 lambda words, k: (len(words[k]) >= 3 and words[k].endswith(("ک", "کم"))
                                   and words[k] not in _AR_NOT_YOURS),
                 lambda w: w.startswith(_AR_MISHAP)),
    "tr": _Shame({"yazık", "yazik"},
                 lambda w: len(w) > 4 and re.search(r"[rıiuüae]s[ae]$", w) is not None,
                 lambda words, k: words[k] in ("senin", "sana", "seni") or (
                     len(words[k]) >= 4 and words[k].startswith(_TR_OWN_STEMS)
                     and _TR_YOUR.search(words[k]) is not None),
                 lambda w: w.startswith(_TR_MISHAP)),
    "fa": _Shame({normalise_text(w) for w in ("حیف", "حیفه")},
                 lambda w: w in ("اگه", "اگر"),
                 lambda words, k: (len(words[k]) >= 3 and words[k].startswith(_FA_OWN_STEMS)
                                   and words[k].endswith("ت")),
                 lambda w: w.startswith(_FA_MISHAP)),
}

_NONE = []
_NO_PHRASES = (_NONE, [])  # phrase_candidates of a word no phrase starts from
_NO_TAGS = frozenset()
# How many words each of a language's word caches holds (its tags, its phrase candidates, whether a
# phrase starts with it). The Arabic of the card's dev comments alone has 82,000 words: at 50,000 the
# caches evicted what the next comments needed, and those words were read afresh through the stems and
# slips. About 21 MB a language once full (measured with random words: docs/benchmarks.md), the empty tag
# sets and phrase lists being one shared object.
WORDS_CACHED = 100_000


def _by_stem(prefix):
    """{first two letters: (the lengths of its stems, ascending; {stem: [(stem, tag)]})} of a prefix
    index {first two letters: [(stem, tag)]}: the stems a word starts with are then found by looking up
    its first letters at each of those lengths (_starting), not by testing every stem with its first two
    letters (Turkish has 74 under one pair)."""
    out = {}
    for key, stems in prefix.items():
        by = {}
        for stem, tag in stems:
            by.setdefault(stem, []).append((stem, tag))
        out[key] = (tuple(sorted({len(stem) for stem in by})), by)
    return out


def _starting(index, word, shortest=0, longest=None):
    """[(stem, tag)] of the entries of a _by_stem ``index`` that ``word`` starts with, of ``shortest`` to
    ``longest`` letters (what [(s, t) for s, t in prefix.get(word[:2], ()) if word.startswith(s)] gives,
    in another order)."""
    entry = index.get(word[:2])
    if entry is None:
        return _NONE
    lengths, by = entry
    longest = len(word) if longest is None else min(longest, len(word))
    out = _NONE
    for n in lengths:
        if n > longest:
            break
        if n >= shortest:
            hit = by.get(word[:n])
            if hit is not None:
                out = hit if out is _NONE else out + hit
    return out


_TR_ASCII = TR_ASCII
# words that reject hate but also carry it ("iğrenç": disgusting): in Turkish they reject only in quotes
# or beside a verb of saying, never on their own in the hateful sentence
_HATEFUL = frozenset({"NEGPRED", "DEHUMAN", "INSULT", "HATE"})
# the tags of a Finglish word that tells the comment is Persian (not "to" or "in": YOU, PERSON)
_FINGLISH_TAGS = frozenset({"VIOLENT", "DIE", "INSULT", "PROF", "VULG", "DEHUMAN", "NEGPRED"}) | frozenset(
    t for t in _TRIGGERS if t.startswith("SLUR:"))

# A word of two groups ("jews": racism and religious hatred) is read as the first of them in this
# order. (Reading the first of its tag set's iteration made the kind depend on the process's string
# hash seed, so two workers could score the same comment differently.)
KIND_ORDER = ("religious_hatred", "xenophobia", "racism", "homophobia", "sexism", "other")
_KIND_RANK = {k: i for i, k in enumerate(KIND_ORDER)}
_group_kinds = {}


def _group_kind(tags):
    """The identity group a word's tags name (GROUP:kind or SLUR:kind), or None."""
    try:
        return _group_kinds[tags]
    except KeyError:
        pass
    kinds = {t.split(":", 1)[1] for t in tags if t.startswith(("GROUP:", "SLUR:"))}
    kind = min(kinds, key=lambda k: (_KIND_RANK.get(k, len(KIND_ORDER)), k)) if kinds else None
    if len(_group_kinds) > 10000:
        _group_kinds.clear()
    _group_kinds[tags] = kind
    return kind


# window sizes, in tokens
MOOD_BEFORE = 4
MOOD_BEFORE_FA = 8  # Persian is verb-final: "باید ... جلوی دیوار تیربارونش کنن"
NEG_BEFORE = 5
# past forms that are no imperative at the head of a sentence ("strung up, he was found")
_EN_PAST_PARTICLE = frozenset({"strung", "ran", "blew", "blown", "beaten", "hung", "shot", "burnt",
                               "stabbed"})
_EN_SUPPOSE = frozenset({"if", "would", "could", "might", "itd", "wouldnt"})
_EN_RUN = frozenset({"run", "drive"})  # "run/drive him over with a truck"
# (nineteenth round) a beating verb apart from its lethal end, the person between them: "beat that mayor
# to death", "kick him until he stops breathing" (the verb is the act; alone it is a match or a drum)
_EN_BEAT = frozenset({"beat", "kick", "punch", "stomp", "club", "flog", "whip", "batter", "choke", "strangle",
                      "stone", "hack", "starve", "burn", "drown", "bash", "thrash"})
_EN_UNTIL = frozenset({"until", "till", "til", "untill"})
_EN_LETHAL_END = frozenset({"breathing", "breathe", "dies", "die", "dead", "moving", "bleeds",
                            # (hundred-and-sixty-first round) or beaten into submission: "beat that columnist
                            # until he begs for mercy", "until they quit", "until you can't hold a pen"
                            "begs", "beg", "quit", "quits", "stop", "stops", "cant", "cannot", "bleed",
                            "unconscious"})
# (nineteenth round, rule 2b-en) where a person lives or goes, known by the speaker: "we know where the
# editor parks every morning", "I know where that judge sleeps"
_EN_ROUTINE = frozenset({"lives", "parks", "sleeps", "works", "prays", "eats", "shops", "drinks", "walks",
                         "jogs", "stays", "hides", "lived", "parked", "slept"})
_EN_THIRD = frozenset({"he", "she", "they", "hes", "shes"})
# (twentieth round, rule 2b-en') whose details are posted: a person named beside them, or a third person
_EN_DOX_THIRD = frozenset({"he", "she", "his", "her", "hers", "him", "their", "they", "hes", "shes"})
# (where someone lives, sleeps or parks is a threat told; where they work, pray or shop only with their
# routine: "I know where he works, at the bakery" is an acquaintance)
_EN_HOME = frozenset({"lives", "sleeps", "parks", "hides", "stays", "lived", "parked", "slept"})
_EN_ROUTINE_WHEN = frozenset({"every", "each", "daily", "nightly", "alone", "morning", "mornings", "night",
                              "nights", "evening", "evenings"})
# (en) words that open a clause of their own after a comma, ending a negation's scope (negated)
_EN_CLAUSE_SUBJECT = frozenset({"they", "theyre", "he", "hes", "she", "shes", "it", "its", "we", "were", "i",
                                "im", "these", "those", "this", "that", "thats"})
TARGET_AROUND = 5
GROUP_AROUND = 8


def _tr_negative(word, L):
    """A Turkish verb negated by -me/-ma right after its stem (öldürmeyeceğim, öldürmemeli), but not
    the infinitive or the necessity mood (öldürmek, öldürmeli), which are not negations."""
    for stem, _ in L.prefix.get(word[:2], ()):
        if word.startswith(stem) and len(stem) >= 3:
            rest = word[len(stem):]
            if rest.startswith(("me", "ma")) and (_TR_NEG_VERB.match(rest) or rest in ("me", "ma")):
                return True
            if _TR_CANNOT.match(rest):  # "öldüremeyeceksiniz", "vuramaz", "öldürülmesin"
                return True
    return False


# the participle that makes a news word the object of a person's deed ("haberi yazan", "videoyu çeken")
_TR_WHO_MADE_IT = frozenset({
    "yazan", "yazanı", "yazanın", "yazanlar", "yazanları", "yapan", "yapanı", "yapanlar", "hazırlayan",
    "hazırlayanlar", "paylaşan", "paylaşanlar", "yayınlayan", "yayınlayanlar", "çeken", "çekenler", "sunan",
    "okuyan", "yayinlayan", "paylasan", "hazirlayan"})
# (fa) the coffin or the body bag of a death foretold (harm_lexicon/fa.py), and a verb of going in the present
_FA_COFFIN = frozenset({"تابوت", "جنازه"})
_FA_PRESENT_GOING = re.compile(r"(?:بر)?می(?:ر|گرد|آ|یا|ان|فرست)[^تد]{0,3}$")
_TR_NOUN_AORIST = re.compile(r"(\w+?)l[ae]r[ıi][mz]")


def _tr_noun_verb_aorist(word, words, i, lo, hi, is_target):
    """(sixty-third round) Whether a violent noun with "-larım"/"-larız" ("bıçaklarım": my knives) is
    the first-person aorist of the verb made from it ("bıçakla-r-ım": I stab), a vow: only as the last
    word of its clause with an accusative target before it -- "seni bıçaklarım", "editörü kendi ellerimle
    bıçaklarım" (the possessive noun takes no object: "bıçaklarım mutfakta")."""
    m = _TR_NOUN_AORIST.fullmatch(word)
    if m is None or m.group(1) not in _TR_NOUN_STEMS:
        return False
    # (the accusative after a consonant is the bare vowel: "editörü", "muhabiri")
    return i + 1 == hi and any(is_target(k) and words[k][-1:] in "ıiuü" for k in range(max(lo, i - 4), i))


def _tr_rest(word, L):
    """What follows the longest stem entry that starts ``word`` (its suffixes), or None when no stem
    entry does (an exact entry such as "öldürcem" is its own ending)."""
    best = 0
    folded = word.translate(_TR_ASCII)
    for stem, tag in list(L.prefix.get(word[:2], ())) + L.fold_prefix.get(folded[:2], []):
        if tag in ("VIOLENT", "DIE") and folded.startswith(stem.translate(_TR_ASCII)) and len(stem) > best:
            best = len(stem)
    return word[best:] if best else None


# what may be reached through ASCII folding: content words long enough to stay unambiguous, never
# the dying words (ölsün -> olsun "let it be", ölüm -> olum "dude") nor the function-word tags
_TR_FOLD_TAGS = frozenset({"VIOLENT", "INSULT", "PROF", "VULG", "DEHUMAN", "NEGPRED", "HATE", "EXCLUDE",
                           "DOXOBJ", "DOXVERB", "REJECT", "SEXCUE", "FEMALE", "SEXAPPR", "DEFY"})
_TR_NO_FOLD = ("öl", "kürt", "kurşun", "şişle", "türkü", "suç", "kül", "döl", "karı", "sık")


def _tr_foldable(word, folded, tag):
    return (folded != word and len(folded.rstrip("*")) >= 4 and (tag in _TR_FOLD_TAGS or tag.startswith(
        ("GROUP:", "SLUR:"))) and not word.startswith(_TR_NO_FOLD))


def _tr_letters_agree(word, entries):
    """An ASCII-folded match is a reading of ``word`` only when every Turkish letter typed in it is the
    entry's own letter there (an ASCII letter may stand for a Turkish one, not the reverse)."""
    return any(all(a == b or a.isascii() for a, b in zip(word, e, strict=False)) for e in entries)


# insulting adjectives that may describe a thing as well as a person
_EN_INSULT_ADJ = frozenset({"stupid", "useless", "pathetic", "idiotic", "dumb", "ignorant", "incompetent",
                            "spineless", "worthless", "disgusting", "ridiculous", "moronic", "brainless",
                            "clueless", "delusional", "stupidest", "dumbest", "shameless"})
_EN_PERSONISH = re.compile(r"(?:er|ers|or|ors|ist|ists|ian|ians|ent|ents|ant|ants|man|men|ee|ees)$")


def _mind_and_beast(lang, words, tags, sent, n, out, span, window, negated, countered):
    """(ninety-second round, rule 4c) Personal attacks with no name-calling word, into ``out``: a mind said
    to be missing or small, its owner the addressee or a person named (_MIND_LACK_BEFORE and the sets after
    it), and a person likened to a beast (_LIKE, BEAST), said to them or of a person in the sentence."""
    for i in range(n):
        t = tags[i]
        if "MIND" in t:
            lo, hi = sent[i]
            w = words[i]
            if lang == "en" and w == "sense" and ((i + 1 < hi and words[i + 1] == "of") or any(
                    words[k].startswith("mak") or words[k] == "made" for k in range(max(lo, i - 3), i))):
                continue  # "no sense of humour", "that makes zero sense": not the mind
            if i + 1 < hi and words[i + 1].startswith(("wash", "başında", "basinda")):
                continue  # "brain washed" (a mind misled), "aklı başında" (sane)
            owned = (w in _MIND_YOURS.get(lang, ()) or window(i, 5, 3, "YOU") is not None
                     or window(i, 7, 2, "PERSON") is not None)
            if not owned:
                continue
            before = range(max(lo, i - 3), i)  # ("احترم عقلك" after "بلا كذب": the lack is another's)
            after = range(i + 1, min(hi, i + 7))  # ("the size of a pea": six words on)
            lack = any(words[k] in _MIND_LACK_BEFORE[lang] for k in before) or any(
                words[k] in _MIND_LACK_AFTER[lang] for k in after)
            if not lack and lang in _MIND_HAVE:  # "does not have a brain", "ما عنده عقل"
                lack = any(words[k] in _MIND_HAVE[lang] and k > lo and words[k - 1] in _MIND_HAVE_NOT[lang]
                           for k in before)
            if not lack and _MIND_NOT[lang]:  # "your brain does not work", "عقلك ما يشتغل", "کار نمیکنه"
                works = _MIND_WORKS.get(lang, ())
                for k in after:
                    if words[k] in _MIND_NOT[lang]:
                        if lang == "fa":
                            lack = k > i + 1 and words[k - 1] == "کار"
                        else:
                            lack = k + 1 < hi and words[k + 1].startswith(works) if works else False
                        if lack:
                            break
            if lack and not negated(i, 3) and not countered(i):
                out.append(Finding("personal_attack", STRONG, *span(i, i), rule="a mind denied"))
        if "BEAST" in t:
            lo, hi = sent[i]
            if lang == "tr":
                like = i + 1 < hi and words[i + 1].startswith("gibi")
            elif lang == "ar":
                like = (i > lo and words[i - 1] in _LIKE["ar"]) or words[i].startswith(_AR_LIKE_PREFIX)
            else:
                like = (i > lo and words[i - 1] in _LIKE[lang]) or (
                    lang == "en" and i - 1 > lo and words[i - 1] in _LIKE_ARTICLES and words[i - 2] == "like")
            if not like:
                continue
            rng = range(lo, hi)
            if any(words[k].startswith(_TOIL[lang]) for k in rng):
                continue  # "he worked like a donkey all his life", "they were herded like sheep"
            said_to = any("YOU" in tags[k] or "PERSON" in tags[k] for k in rng) or (
                lang == "tr" and any(_TR_YOU_VERB.search(words[k]) or words[k] in ("sen", "siz")
                                     for k in rng)) or (
                lang == "fa" and any(_FA_YOU_VERB.match(words[k]) for k in rng)) or (
                lang == "ar" and any(k != i and _AR_YOU_IMPERFECT.match(words[k]) for k in rng))
            if said_to and not negated(i, 3) and not countered(i):
                out.append(Finding("personal_attack", STRONG, *span(i, i), rule="likened to a beast"))


_AR_KEEP_AWAY = frozenset(("بعدوا", "بعدوهم", "بعدوهن"))  # (round 172) keep (them) away
# (round 175) what is sent to a people that sends no one away ("یه پیام خوش‌آمد بفرستیم")
_FA_SENT_THINGS = ("پیام", "نامه", "کمک", "هدیه", "غذا", "پول", "کتاب", "دارو", "پتو", "لباس")
# Acts that are violent only with a person or a people as their target (HarmDetector._analyse; Turkish "yok
# et-" is read the same way there): (round 172) Persian "lined up against a wall" (harm_lexicon/fa.py), not
# books ("کتابا رو بچینین جلوی دیوار"); (round 175) Arabic "rid (us) of" (harm_lexicon/ar.py), not pictures of
# roses ("بدنا نخلص من صور الورود"). An Arabic act is read from the last word of its phrase, so the word
# before it is looked at too.
_TARGET_ONLY_ACTS = {
    "fa": frozenset(("بچینین", "بچینید", "بچینینشون", "بچینیدشون", "بذارین", "بذارید", "بذارینشون",
                     "بذاریدشون", "ردیفشون", "ردیف")),
    "ar": frozenset(("یخلصنا", "تخلصنا", "نخلص", "نتخلص", "خلصونا")),  # (round 183: "خلصونا من ...")
}


def _doers_named(lang, words, tags, kinds, lo, hi):
    """(round 173) Whether the sentence words[lo:hi] names, besides its people, a plural of wrongdoers ("The
    thieves who robbed the Kurdish shop", "Kürt dükkânını soyan hırsızlar"): a "they" in the next sentence may
    be theirs, so it takes up no people."""
    if lo is None or lang not in ("en", "tr"):
        return False
    plural = ("s",) if lang == "en" else ("lar", "ler")
    return any(not kinds[j] and {"NEGPRED", "INSULT"} & tags[j] and words[j].endswith(plural)
               for j in range(lo, hi))


# (round 173) Arabic "of them", "in them" beside a verb of trust ("ما فيك تثق بولا واحد منهم"); "all of them"
# closing a sentence
_AR_AMONG_THEM = frozenset(("منهم", "منهن", "فیهم", "فیهن", "بهم", "بهن"))
# "them" written onto a word, Arabic and Persian (_about_them)
_THEM_ON_VERB = {"ar": ("هم", "هن"), "fa": ("شون", "شان")}
_ALL_OF_THEM_LAST = {"ar": frozenset(("کلهم", "کلهن", "جمیعهم")), "tr": frozenset(("hepsi", "hepsinin")),
                     "fa": frozenset(("همهشون", "همشون", "همهشان"))}

# (round 181) a likeness opening a sentence: "متل الجرذان، ...", "عین موش ..."
_LIKE_OPENS = {"ar": frozenset(_nf("متل", "مثل", "زي", "كأنهم", "زى")),
               "fa": frozenset({"عین", "مثل", "مث", "مثه"})}
# (a verb of theirs in it: "بيتكاثروا", "üreyorlar", "زاد و ولد می‌کنن"; not "Leş gibi kokan metroyu ...")
_THEY_DO = {"ar": re.compile(r"^[یبت]\w+(?:وا|ون)$"),
            "tr": re.compile(r"(?:yorlar|[ıiuü]rlar|[ıiuü]rler|yorlardı)$"),
            "fa": re.compile(r"^(?:می|ن?می)\w+ن$")}


def _about_them(lang, text, toks, words, tags, lo, hi):
    """(round 173) Whether the sentence words[lo:hi], after one naming a people, is about them though it names
    no one: Arabic and Persian write "them" onto the verb or the preposition ("بكرههم", "ما بطيقهم", "ازشون
    متنفرم", "نمی‌تونم تحملشون کنم", "به هیچ‌کدومشون نمیشه اعتماد کرد", "ما فيك تثق بولا واحد منهم", "تاركينهم
    عايشين"); "all of them" closes it ("İğrenç ucubeler, hepsi", "عجیب‌الخلقه‌های چندش، همه‌شون"), or a plural
    insult after a comma ("İnşallah yakında giderler, sapıklar", "خدا کنه زود برن، منحرفا")."""
    hostile = [j for j in range(lo, hi) if {"NEGPRED", "DEHUMAN", "HATE", "DISGUST"} & tags[j]]
    first = range(lo, min(hi, lo + 4))
    if lang == "ar":
        if any("HATE" in tags[j] and _AR_RESUMED.search(words[j]) for j in first):
            return True
        if any(_TRUST["ar"].match(words[j]) for j in first) and not _AR_AMONG_THEM.isdisjoint(words[lo:hi]):
            return True
        if any(words[j].endswith(_THEM_ON_VERB["ar"]) for j in hostile):
            return True
    if lang == "fa" and any(words[j].endswith(_THEM_ON_VERB["fa"]) for j in first) and any(
            {"HATE", "DISGUST"} & tags[j] or _TRUST["fa"].match(words[j]) for j in range(lo, hi)):
        return True
    if lang in ("ar", "fa") and any("EXCLUDE" in tags[j] and words[j].endswith(_THEM_ON_VERB[lang])
                                    for j in first):
        return True  # (round 183) "them" written onto a verb that sends away: "لموهم وكبوهم برا"
    if not hostile:
        return False
    last = hi - 1
    if words[last] in _ALL_OF_THEM_LAST[lang]:
        return True
    # (round 181) "nothing but ..." with no subject: "Yalancı ve yılandan başka bir şey değiller", "جز دروغگو
    # و مار چیزی نیستن"
    if lang == "tr" and words[last].startswith(("değil", "degil")) and any(
            words[j] == "başka" and words[j + 1:j + 3] == ["bir", "şey"] for j in range(lo, hi - 2)):
        return True
    if lang == "fa" and "جز" in words[lo:hi] and words[last].startswith(("نیستن", "نیستند")):
        return True
    if (any("DEHUMAN" in tags[j] for j in hostile)
            and any(_THEY_DO[lang].search(words[j]) for j in range(lo, hi))
            and ((lang in _LIKE_OPENS and words[lo] in _LIKE_OPENS[lang])
                 or (lang == "tr" and any(words[j] == "gibi" and "DEHUMAN" in tags[j - 1]
                                          for j in range(lo + 1, min(hi, lo + 3)))))):
        return True  # (round 181) likened to an animal, no subject: "متل الجرذان، بيتكاثروا بكل مكان"
    if lang == "tr" and hi - lo <= 6 and last in hostile and words[last].endswith(("lar", "ler")):
        return True  # (round 181) a short sentence its predicate closes: "Harita okuyamayacak kadar aptallar"
    plural = {"tr": ("lar", "ler"), "fa": ("ها", "ا"), "ar": ("ین", "ون")}[lang]
    return (last > lo and last in hostile and words[last].endswith(plural)
            and "," in text[toks[last - 1][2]:toks[last][1]])



def _en_them_again(words, tags, lo, hi):
    """(round 181) The index of the word that takes up, in the English sentence words[lo:hi], the people the
    sentence before named: "them" after "every one of", "the lot of", "all of" ("Every one of them was a
    filthy thief", "Parasites, the lot of them"), or the noun after "those"/"these" and an adjective or two
    ("Can't stand those dirty people"), in a sentence with a hostile word; or None. (Not "those who": they
    are the sayers, "Those who say it should be ashamed".)"""
    if not any({"NEGPRED", "DEHUMAN", "INSULT", "HATE", "DISGUST", "EXCLUDE"} & tags[j]
               for j in range(lo, hi)):
        return None
    for j in range(lo + 2, hi):
        if words[j] == "them" and words[j - 1] == "of" and words[j - 2] in _EN_OF_THEM:
            return j
    for j in range(lo, min(hi - 1, lo + 6)):
        # (round 183) "their kind", "such people", "scum like that", "that lot", "that sort of people"
        w, after = words[j], words[j + 1]
        if (w == "their" and after in _EN_THEIR_KIND) or (w == "such" and after in _EN_SUCH_PEOPLE) or (
                w in ("that", "the") and after == "lot"):
            return j + 1
        if w in _EN_SUCH_PEOPLE and after == "like" and j + 2 < hi and words[j + 2] in _EN_LIKE_THAT:
            return j
        if (w == "that" and after in ("sort", "kind", "type") and j + 3 < hi and words[j + 2] == "of"
                and words[j + 3] in _EN_SUCH_PEOPLE):
            return j + 3
    for j in range(lo, min(hi - 1, lo + 5)):  # (near its start: not "... because some of these people")
        if words[j] in ("those", "these") and words[j + 1] not in ("who", "that", "which"):
            noun = next((x for x in range(j + 1, min(hi, j + 4)) if words[x] in _EN_THOSE_PEOPLE), None)
            if noun is not None:
                return noun
    return None


# (round 181) a demonstrative before a word of people or a hostile plural noun, taking up in the next
# sentence the people the sentence before named: "ما بطيق هالناس الوسخين", "هالحيوانات بيخربوا كل شي", "Bu pis
# insanlara tahammül edemiyorum", "Bu hayvanlar her şeyi mahvediyor", "این آدمای کثیف رو نمی‌تونم تحمل کنم",
# "این حیوونا همه چیو خراب می‌کنن" (_this_people)
_THIS = {"ar": frozenset(_nf("هدول", "هذول", "هؤلاء", "هاي", "هذه", "هيك")),  # (round 183: "هيك ناس", such)
         "tr": frozenset({"bu", "şu", "su", "böyle", "öyle"}),  # (round 183: "böyle pislikler")
         "fa": frozenset({"این", "اون"})}
# (round 183) their likes, taking up the people named before: "أمثالهم سرطان", "Böyleleri bu ülkeye ait
# değil", "امثال اینا ذهن بچه‌ها رو مسموم می‌کنن" (Persian: "امثال" before "these", _FA_THESE)
_THEIR_LIKES = {"ar": frozenset(_nf("أمثالهم", "امثالهم", "أمثالهن", "وأمثالهم")),
                "tr": frozenset({"böyleleri", "böyleler", "böylelerini", "böylelerine", "öyleleri"}),
                "fa": frozenset()}
_FA_THESE = frozenset({"اینا", "اونا", "اینها", "اونها"})
# what makes a sentence hostile enough for its "these people" to take up a people (round 183: an exclusion
# too, "هيك ناس ما إلهم مكان عنا", "این جور آدما جاشون تو این مملکت نیست")
_TAKEN_UP_HOSTILE = frozenset({"NEGPRED", "DEHUMAN", "INSULT", "HATE", "DISGUST", "EXCLUDE", "EXCLNEG"})
_PLURAL_ENDS = {"ar": ("ات", "ین", "ون"), "tr": ("lar", "ler"), "fa": ("ها", "ا", "ان")}

# ---- (hundred-and-eighty-sixth round) a people named by what its members do: _practice_named ----
# "People who pray five times a day are brainwashed terrorists", "Anyone who celebrates Newroz should be
# thrown out", "اللي بيصوموا رمضان همج متخلفين", "Ramazanda oruç tutanlar ilkel vahşiler", "اونایی که تو خونه
# ترکی حرف می‌زنن جاسوسن": praying, fasting, a headscarf worn, a feast kept, a people's language spoken, a
# house of prayer gone to, a country come from, said in a clause of "who" (a Turkish participle). The practice
# names the people only with a hostile word after it in its sentence (_TAKEN_UP_HOSTILE): "People who pray
# five times a day told us about their routine" names no one to abuse.
def _practice_table(**by_kind):
    return {w: kind for kind, ws in by_kind.items() for w in ws.split()}


_PRACTICE = {
    "en": _practice_table(
        religious_hatred="pray prays praying worship worships worshipping fast fasts fasting headscarf "
        "headscarves hijab hijabs niqab niqabs burqa burqas burka burkas turban turbans veil veils kippah "
        "kippahs yarmulke yarmulkes chador chadors ramadan easter christmas eid hanukkah ashura passover "
        "church churches mosque mosques synagogue synagogues temple temples cemevi christianity islam "
        "judaism",
        racism="newroz nowruz kurdish kurmanji sorani arabic persian farsi turkish armenian hebrew assyrian "
        "aramaic",
        xenophobia="afghanistan syria iraq iran pakistan africa somalia"),
    "ar": _practice_table(**{
        "religious_hatred": normalise_text("حجاب نقاب عمامة خمار رمضان الفصح فصح كنيسة جامع مسجد معبد جمخانة "
                                           "كنيس"),
        "racism": normalise_text("نوروز كردي عربي فارسي تركي"),
        "xenophobia": normalise_text("أفغانستان سوريا سورية عراق إيران باكستان")}),
    "tr": _practice_table(
        religious_hatred="namaz oruç oruc başörtüsü basortusu türban turban çarşaf carsaf tesettür tesettur "
        "paskalya noel kilise kiliseye kilisede cami camiye camide sinagog sinagoga sinagogda cemevi "
        "cemevine cemevinde mescit mescide hristiyanlığa hıristiyanlığa hristiyanliga müslümanlığa "
        "muslumanliga yahudiliğe yahudilige islama ibadet",
        racism="kürtçe kurtce arapça arapca farsça farsca ermenice nevruz newroz",
        xenophobia="afganistan'dan afganistandan suriye'den suriyeden irak'tan iraktan iran'dan irandan"),
    "fa": _practice_table(**{
        "religious_hatred": normalise_text("نماز روزه روسری حجاب چادر عید کریسمس کلیسا مسجد کنیسه جمخونه "
                                           "جمخانه عبادت مسیحی"),
        "racism": normalise_text("کردی عربی ترکی نوروز"),
        "xenophobia": normalise_text("افغانستان سوریه عراق")}),
}
_EN_PRACTICE_HEAD = frozenset({"people", "those", "anyone", "anybody", "everyone", "everybody", "men",
                               "women", "girls", "boys", "folks", "guys", "ones"})
# (a verb of the practice right after "who", or an adverb: "people who drive fast" keep no fast)
_EN_PRACTICE_ADVERB = frozenset({"still", "openly", "publicly", "also", "actually", "really", "only", "all"})
_EN_PRACTICE_VERB = frozenset({"pray", "prays", "praying", "worship", "worships", "worshipping", "fast",
                               "fasts", "fasting"})
# (the spoken "who" and the formal plural: not "الي", which is also "to" (إلى), nor the formal singular
# "الذي", "التي", said of a person or a thing: "هذه الحثالة التي وفدت إلى سورية")
_AR_PRACTICE_HEAD = frozenset(_nf("اللي", "يلي", "اللى", "الذين", "اللواتي"))
_AR_PRACTICE_VERB = re.compile("^(?:و|ف)?ب?(?:ی|ت)(?:صل(?:وا|ون|و|ی)|صوم(?:وا|ون|و)?|تعبد(?:وا|ون|و)?"
                               "|عبد(?:وا|ون|و))$")
_AR_PRACTICE_PREFIX = re.compile("^و?(?:بال|هال|لل|ال|ب|ل)")
_TR_PRACTICE_PARTICIPLE = re.compile(r"(?:[ae]n)(?:lar|ler)?(?:ın|in|a|e|ı|i|dan|den)?$")
# the verbs of a practice, as the participle starts ("kılanlar", "tutanlar", "takan", "konuşanlar",
# "kutlayan", "giden", "geçenler", "gelenlerin", "ibadet edenler"): not "cami isteyen" (who want a mosque)
_TR_PRACTICE_VERB = ("kıl", "kil", "tut", "tak", "giy", "ört", "ort", "bağla", "bagla", "konuş", "konus",
                     "kutla", "git", "gid", "geç", "gec", "gel", "ed", "yap", "oku")
_FA_PRACTICE_HEAD = frozenset(_nf("اونایی", "اونهایی", "آنهایی", "کسایی", "کسانی", "مردایی", "زنایی",
                                  "دخترایی", "پسرایی", "آدمایی"))
_FA_PRACTICE_LEFT = tuple(_nf("برداشت", "بردار", "برمیدار", "کنار", "ترک"))
# the words of a practice as a comment may write them (Arabic: behind its prefixes), which let a comment
# with a hostile word and no other word a rule starts from through HarmDetector.may_trigger
_PRACTICE_WORDS = {lang: frozenset(table) for lang, table in _PRACTICE.items()}
_PRACTICE_WORDS["ar"] = frozenset(p + w for w in _PRACTICE["ar"]
                                  for p in ("", "ال", "بال", "هال", "لل", "ب", "ل", "و", "وال", "عال"))
# the words one of which a comment must hold for _practice_named to be asked (the heads; in Turkish the
# practice)
_PRACTICE_CUE = {"en": frozenset({"who", "whoever"}), "ar": _AR_PRACTICE_HEAD | {"مین", "حدا"},
                 "tr": frozenset(_PRACTICE["tr"]), "fa": _FA_PRACTICE_HEAD | {"هر"}}


def _practice_cue(lang, words, hostile):
    """(round 186) Whether ``words`` hold a practice (_PRACTICE_WORDS) and ``hostile()`` says the comment
    holds a hostile word: a comment with no other word a rule starts from is read then (_practice_named)."""
    practice = _PRACTICE_WORDS.get(lang)
    if practice is None or (practice.isdisjoint(words) and not (
            lang == "ar" and any(map(_AR_PRACTICE_VERB.match, words)))):
        return False
    return hostile()


def _practice_named(lang, words, kinds, k, hi):
    """(round 186) Where ``k`` heads a clause of what its people do ("people who", "anyone who", "whoever",
    "اللي", "أي حدا", "اونایی که", "هر کی"; in Turkish ``k`` is the participle itself: "tutanlar"), the
    position and kind of the practice that names them (_PRACTICE), or None. The clause must name no people of
    its own ("Women who drive ..." is read as women)."""
    table = _PRACTICE[lang]
    w = words[k]
    found = None
    if lang == "en":
        if w == "whoever":
            start = k + 1
        elif w == "who" and k > 0 and words[k - 1] in _EN_PRACTICE_HEAD:
            start = k + 1
        else:
            return None
        for j in range(start, min(hi, start + 6)):
            if words[j] in table and (words[j] not in _EN_PRACTICE_VERB or j == start or (
                    j == start + 1 and words[start] in _EN_PRACTICE_ADVERB)):
                found = j
        span = range(start, found + 1) if found is not None else ()
    elif lang == "ar":
        if not (w in _AR_PRACTICE_HEAD or (w == "مین" and k > 0 and words[k - 1] == "کل")
                or (w == "حدا" and k > 0 and words[k - 1] in ("ای", "اي"))):
            return None
        for j in range(k + 1, min(hi, k + 5)):
            x = words[j]
            if _AR_PRACTICE_VERB.match(x):
                found = (j, RELIGION)
            elif x in table or _AR_PRACTICE_PREFIX.sub("", x) in table:
                found = (j, table.get(x) or table[_AR_PRACTICE_PREFIX.sub("", x)])
        if found is None:
            return None
        span = range(k + 1, found[0] + 1)
        return None if any(kinds[j] for j in span) or kinds[k] or (
            found[1] == XENOPHOBIA and not _practice_from(lang, words, found[0])) else found
    elif lang == "tr":
        if (len(w) < 5 or not _TR_PRACTICE_PARTICIPLE.search(w) or kinds[k]
                or not w.startswith(_TR_PRACTICE_VERB)):
            return None
        found = next((j for j in range(k - 1, max(-1, k - 3), -1) if words[j] in table), None)
        # (the practice's own word may name a faith or a language, "Hristiyanlığa", "Arapça": the participle
        # after it is still who is spoken of)
        span = range(found + 1, k + 1) if found is not None else ()
    else:  # fa
        if not ((w in _FA_PRACTICE_HEAD and k + 1 < hi and words[k + 1] == "که")
                or (w == "هر" and k + 1 < hi and words[k + 1] in ("کی", "کس", "کسی"))):
            return None
        for j in range(k + 2, min(hi, k + 10)):
            if words[j] in table:
                found = j
                break
        if found is not None and found + 1 < hi and words[found + 1].startswith(_FA_PRACTICE_LEFT):
            return None  # (a headscarf taken off: "کسانی که روسری برداشتند")
        # (the practice's own word may be a people's, "کردی", which is also "you did": spoken, it is the
        # language)
        span = range(k + 2, found) if found is not None else ()
    if found is None or any(kinds[j] for j in span) or (
            table[words[found]] == XENOPHOBIA and not _practice_from(lang, words, found)):
        return None
    return found, table[words[found]]


_FROM = {"en": "from", "ar": "من", "fa": "از"}


def _practice_from(lang, words, p):
    """(round 186) A country is a practice only as where its people come from: "People who come from
    Afghanistan", "اللي جايين من أفغانستان", "اونایی که از افغانستان میان" (not "اللي يعتقد إن إيران ...", who
    believes that Iran ...). Turkish says it in the country's own ablative ("Afganistan'dan")."""
    return lang == "tr" or (p > 0 and words[p - 1] == _FROM[lang])

_PEOPLE_WORD = {"ar": re.compile(r"^(?:ناس|الناس|البشر|جماعه|الجماعه|الاشکال|النوعیه|اشکال|نوعیه)$"),
                "tr": re.compile(r"^(?:insanlar|adamlar|tipler|herifler|tay[fy]a)"
                                 r"|^(?:soy|soyu|soydan|türler|cins)$"),  # (round 183: "bu soy", this breed)
                "fa": re.compile(r"^(?:ادما|ادمای|ادمها|ادمهای|مردم|جماعت|قماش)")}


def _this_people(lang, words, tags, lo, hi):
    """(round 181) The index of the demonstrative (Arabic: the word with "هال" on it) that takes up, in the
    sentence words[lo:hi] (within its first four words), the people the sentence before named, before a word
    of people or a hostile plural noun, in a sentence with a hostile word; or None."""
    if lang not in _THIS or not any(_TAKEN_UP_HOSTILE & tags[j] for j in range(lo, hi)):
        return None
    for j in range(lo, min(hi, lo + 4)):
        w = words[j]
        if w in _THEIR_LIKES[lang] or (lang == "fa" and w == "امثال" and j + 1 < hi
                                       and words[j + 1] in _FA_THESE):
            return j  # (round 183) "أمثالهم", "böyleleri", "امثال اینا": their likes
        if lang == "ar" and w.startswith("هال") and len(w) > 4:
            rest = "ال" + w[3:]  # "هالناس": the article under the demonstrative
            if _PEOPLE_WORD["ar"].match(rest) or _PEOPLE_WORD["ar"].match(w[3:]) or (
                    {"DEHUMAN", "INSULT"} & tags[j] and w.endswith(_PLURAL_ENDS["ar"])):
                return j
        if w in _THIS[lang] and j + 1 < hi:
            for x in range(j + 1, min(hi, j + 3)):
                if _PEOPLE_WORD[lang].match(words[x]) or (
                        {"DEHUMAN", "INSULT"} & tags[x] and words[x].endswith(_PLURAL_ENDS[lang])):
                    return j
    return None

# (round 174) places of confinement: a people said not to belong there is pitied, not excluded
_CONFINED = {"en": ("detention", "prison", "jail", "camp", "cage", "tent", "cell", "street", "gutter"),
             "fa": ("بازداشتگاه", "زندان", "کمپ", "اردوگاه", "خیابون", "خیابان", "قفس", "چادر"),
             # (Arabic as the words are read: yeh and kaf in their Persian forms, normalise.py)
             "ar": ("السجن", "السجون", "سجن", "بالسجن", "بالسجون", "المخیم", "مخیم", "بالمخیم", "بمخیم",
                    "الشارع", "الشوارع", "بالشارع", "بالشوارع", "الاحتجاز", "بمراکز"),
             "tr": ("hapis", "hapishane", "cezaevi", "kamp", "sokak", "gözaltı", "gozalti", "kafes", "çadır")}


# the first word of an exclusion that denies a place ("don't belong", "ما الهم مکان")
_DENIED_PLACE_FIRST = frozenset(("dont", "doesnt", "not", "no", "ما", "مش", "مو", "لا"))


def _confined_in(lang, words, k, hi):
    """Whether a place of confinement follows the place denied at ``k`` in its sentence (Persian and Turkish
    name it before their verb, as far as the sentence's end)."""
    places = _CONFINED.get(lang, ())
    reach = hi if lang in ("fa", "tr") else min(hi, k + 5)
    return any(words[j].startswith(places) for j in range(k + 1, reach))


def _words_as_read(lang, text):
    """The words of the fully normalised ``text`` as _analyse reads them: Persian words cut up by dots
    joined, Arabic's yeh with hamza folded (the lists hold "خاین", not "خائن")."""
    rx = _FA_DOTTED_RE if lang == "fa" else _TOKEN_RE
    words = [w for w in (_fold(t.replace(".", "")) for t in rx.findall(text)) if w]
    return [_ar_fold(w) for w in words] if lang == "ar" else words


def _beside_a_child(lang, words, tags, sent, n, out, span, negated, countered):
    """(hundred-and-second round, rule 4d) A person belittled beside a child, into ``out``: the addressee or a
    person named knows, understands or writes *less* than a child ("Your reporter understands less than a
    primary school child", "Yazar benim beş yaşındaki oğlumdan daha az biliyor": the child is the standard
    of the comparison), or a child *better* than them ("My little son could write a better article than
    you", "یه بچه هم اینو بهتر از سردبیر می‌فهمه": they are the standard, the child in the sentence). A verb
    or a noun of knowing or writing in the sentence (_CHILD_SKILL): not "my son is taller than you"; and
    not the speaker compared ("My five-year-old knows more about dinosaurs than I do": no target)."""
    less, more, skill = _CHILD_LESS[lang], _CHILD_MORE[lang], _CHILD_SKILL[lang]
    if lang == "en":  # "old" is a child only in "five-year-old"
        tags = [t - {"CHILD"} if w == "old" and not (k and words[k - 1] in ("year", "years")) else t
                for k, (w, t) in enumerate(zip(words, tags, strict=True))]
    for m in range(n):
        w = words[m]
        if w not in less and w not in more:
            continue
        lo, hi = sent[m]
        if not any("CHILD" in tags[k] for k in range(lo, hi)) or not any(
                words[k].startswith(skill) for k in range(lo, hi)):
            continue
        standard = _compared_with(lang, words, m, lo, hi)
        if not standard:
            continue
        if w in less:
            hit = any("CHILD" in tags[x] for x in standard) and any(
                _belittled(lang, words, tags, k) for k in range(lo, hi) if k not in standard)
        else:
            hit = any(_belittled(lang, words, tags, x) for x in standard) and any(
                "CHILD" in tags[k] for k in range(lo, hi) if k not in standard)
        if hit and not negated(m, 3) and not countered(m):
            out.append(Finding("personal_attack", STRONG, *span(m, m), rule="belittled beside a child"))
            return


def _compared_with(lang, words, m, lo, hi):
    """The positions of what the comparative at ``m`` is measured against: after "than" (en), after "من"
    or in "منك" (ar), after "از" before it (fa), an ablative before it (tr)."""
    if lang == "en":
        j = next((j for j in range(m + 1, min(hi, m + 6)) if words[j] == "than"), None)
        return range(j + 1, min(hi, j + 5)) if j is not None else ()
    if lang == "ar":
        j = next((j for j in range(m + 1, min(hi, m + 3)) if words[j] == "من" or words[j] in _AR_FROM_YOU),
                 None)
        if j is None:
            return ()
        return range(j, j + 1) if words[j] in _AR_FROM_YOU else range(j + 1, min(hi, j + 4))
    if lang == "fa":  # "از X کمتر" or "بهتر از X"
        if m + 1 < hi and words[m + 1] == "از":
            return range(m + 2, min(hi, m + 5))
        j = next((j for j in range(m - 1, max(lo, m - 6) - 1, -1) if words[j] == "از"), None)
        return range(j + 1, m) if j is not None else ()
    return [x for x in range(max(lo, m - 5), m) if _TR_ABLATIVE.search(words[x])]  # tr


def _belittled(lang, words, tags, k):
    """Whether the word at ``k`` is someone the comparison may belittle: the addressee or a person named,
    not a child and not the speaker."""
    t = tags[k]
    if "CHILD" in t:
        return False
    return "YOU" in t or "PERSON" in t or (lang == "ar" and words[k] in _AR_FROM_YOU)


# ---- (hundred-and-sixtieth round) names called at whoever believes or writes a thing: _analyse, rule 4 ----
# "Only a fool would believe this article", "همچین تیتری رو فقط یه کودن می‌نویسه", "Bu yazıya ancak bir
# salak inanır", "لا يصدق هذا الكلام إلا أحمق": no "you" and no person beside the insult, yet it is aimed at
# the writer, or at the reader who believes the piece. "Only" right before it (what may stand between:
# _ONLY_BETWEEN), Arabic's "إلا" and Persian's "جز" after a negation, and a verb of believing, writing or
# saying in the sentence (_ONLY_ACT): not "only cowards bomb a school", an insult of attackers the news
# names.
_ONLY_WORD = {"en": _nf("only"), "fa": _nf("فقط", "جز"), "tr": _nf("ancak", "sadece", "yalnızca"),
              "ar": _nf("إلا")}
_ONLY_AFTER_NOT = _nf("جز", "إلا")
_ONLY_BETWEEN = {"en": _nf("a", "an", "complete", "total", "absolute", "utter", "real"),
                 "fa": _nf("یه", "یک", "آدم"), "tr": _nf("bir", "tam"), "ar": frozenset()}
_ONLY_ACT = {
    "en": ("believ", "writ", "wrote", "think", "say", "said", "read", "trust", "defend", "agree", "publish"),
    "fa": tuple(normalise_text(w) for w in ("باور", "بنویس", "می‌نویس", "نوشت", "فکر", "قبول", "بخون",
                                            "می‌خون", "تایید", "دفاع", "منتشر")),
    "tr": ("inan", "yaz", "düşün", "söyle", "savun", "okur", "okuy", "okud", "okuma", "kabul", "güven",
           "yayınla"),  # (not "oku": "okul", a school)
    "ar": tuple(normalise_text(w) for w in ("يصدق", "تصدق", "يكتب", "كتب", "يقول", "يقرأ", "يقرا", "ينشر",
                                            "يدافع", "يوافق")),
}
_EN_ONE_OF = frozenset({"the", "my", "our", "his", "her", "their", "your"})  # "the only idiot here"


def _only_a_doer(lang, words, tags, lo, hi, i):
    """(hundred-and-sixtieth round) Whether the insult at ``i`` is called at whoever does the believing or
    writing of its sentence: "only" right before it and such a verb in the sentence (see _ONLY_WORD)."""
    only = _ONLY_WORD.get(lang)
    if not only:
        return False
    k = i - 1
    while k >= max(lo, i - 3) and (words[k] in _ONLY_BETWEEN[lang] or "INSULT" in tags[k]):
        k -= 1
    if k < lo or words[k] not in only:
        return False
    if lang == "tr" and ((i + 1 < hi and words[i + 1] == "bir") or _TR_GENITIVE.search(words[i])):
        return False  # "Sadece salak bir sorum var" (a silly question), "sadece yandaşların yazdıkları"
    if lang == "en" and k == i - 1 and k > lo and words[k - 1] in _EN_ONE_OF:
        return False  # one person, maybe the speaker: "I'm the only idiot who believed them"
    if words[k] in _ONLY_AFTER_NOT and not any(
            "NEG" in tags[j] or words[j].startswith(("هیچ", "کسی")) for j in range(lo, k)):
        return False  # "except a fool" is "only a fool" after a negation: "لا يصدقه إلا أحمق"
    return any(j != i and words[j].startswith(_ONLY_ACT[lang]) for j in range(lo, hi))


# ---- (hundred-and-sixtieth round) the addressee's views called foolish: _analyse, rule 4 ----
# "your moronic opinions", "نظر احمقانه‌ت", "کامنت‌های بی‌سوادانه‌ت", "نظر جاهلانه‌ی تو", "aptalca
# fikirlerini kendine sakla", "احتفظ بآرائك الغبية": what the addressee thinks or writes is called stupid or
# ignorant, and them with it. A noun of views (_VIEWS) that is the addressee's (your, the Persian and Arabic
# suffixes, the Turkish possessive with no one else in the sentence) beside an insulting adjective; not "the
# government's stupid policies" (no one's views in the conversation) nor "your stupid phone" (not a view).
_VIEWS = {
    "en": ("opinion", "comment", "post", "idea", "view", "argument", "logic", "take", "rant", "reasoning",
           "remark", "analysis", "theory", "theories"),
    "fa": _nf("نظر", "نظرات", "کامنت", "کامنتا", "کامنت‌ها", "کامنت‌های", "حرف", "حرفا", "حرفای", "حرف‌های",
              "فکر", "افکار", "استدلال", "منطق", "تحلیل", "عقاید", "دیدگاه"),
    "tr": ("fikir", "fikr", "yorum", "görüş", "düşünce", "mantığ", "iddia"),
    # (Arabic: the noun with its clitics taken off, whole: not "جرائمك", your crimes, whose letters hold
    # "رأي")
    "ar": frozenset(normalise_text(w).replace("ئ", "ی") for w in (  # (as _ar_fold)
        "رأي", "آرائ", "كلام", "تعليق", "تعليقات", "أفكار", "فكر", "منطق", "تحليل", "تحليلات", "مقال",
        "مقالات")),
}
_FA_VIEWS_LONGEST_FIRST = sorted(_VIEWS["fa"], key=len, reverse=True)  # "نظرات" (opinions), not "نظر" + "ات"
_EN_YOUR = frozenset({"your", "ur", "yer"})  # (also whose the intimidation rules' object is, rule 2b)
_FA_YOUR_ENDS = ("ت", "تون", "تان", "ات")  # the possessive on the noun ("نظرت") or the adjective ("احمقانه‌ت")
_FA_YOU_AFTER = _nf("تو", "شما")
_AR_YOUR_ENDS = tuple(normalise_text(w) for w in ("كم", "ك"))
_AR_CLITICS = re.compile(  # "بآرائك", "وكلامك": the clitics before the noun
    "^(?:" + "|".join(normalise_text(c) for c in ("وب", "فب", "ول", "فل", "ب", "ل", "و", "ف")) + ")")
# the possessive of "your" after a noun of views: fikr-in, fikir-ler-in-i
_TR_YOURS_AFTER_STEM = re.compile(r"^(?:l[ae]r)?[ıiuü]?n(?:[ıiuüae]|d[ae]|d[ae]n|l[ae])?$")
_TR_OTHERS = frozenset({"onun", "onların", "onlarin", "adamın", "adamin"})


def _views_called_foolish(lang, words, tags, sent, n, out, span, negated, countered):
    """(hundred-and-sixtieth round, rule 4) The addressee's views called stupid or ignorant (_VIEWS), into
    ``out``: one finding on the adjective."""
    def foolish(j):
        return 0 <= j < n and ("INSULT" in tags[j] or (lang == "fa" and "NEGPRED" in tags[j]))

    for k in range(n):
        w = words[k]
        lo, hi = sent[k]
        adj = None
        if lang == "en":
            if w.startswith(_VIEWS["en"]) and k >= lo + 2 and foolish(k - 1) and words[k - 2] in _EN_YOUR:
                adj = k - 1
        elif lang == "fa":
            stem = next((s for s in _FA_VIEWS_LONGEST_FIRST if w.startswith(s)), None)
            if stem is None:
                continue
            rest = w[len(stem):]
            if rest in _FA_YOUR_ENDS:  # "نظرت احمقانه‌ست": the adjective within three words
                adj = next((j for j in range(k + 1, min(hi, k + 4)) if foolish(j)), None)
            elif rest in ("", "ی", "های", "ای") and k + 1 < hi and foolish(k + 1) and (
                    words[k + 1].endswith(tuple("انه" + e for e in _FA_YOUR_ENDS))
                    or (k + 2 < hi and words[k + 2] in _FA_YOU_AFTER)):
                adj = k + 1
        elif lang == "tr":
            stem = next((s for s in _VIEWS["tr"] if w.startswith(s)), None)
            if (stem is not None and k > lo and foolish(k - 1) and _TR_YOURS_AFTER_STEM.match(w[len(stem):])
                    and not any("PERSON" in tags[j] or words[j] in _TR_OTHERS for j in range(lo, hi))):
                adj = k - 1
        elif lang == "ar":
            end = next((e for e in _AR_YOUR_ENDS if w.endswith(e)), None)
            noun = w[:-len(end)] if end else ""
            if (noun in _VIEWS["ar"] or _AR_CLITICS.sub("", noun) in _VIEWS["ar"]) and k + 1 < hi and foolish(
                    k + 1):
                adj = k + 1
        if adj is not None and not negated(adj, 3) and not countered(adj) and not (
                lang == "fa" and adj + 1 < hi and words[adj + 1].startswith(("نیست", "نبود"))):
            out.append(Finding("personal_attack", STRONG, *span(adj, adj), rule="your views called foolish"))


def _en_describes_a_thing(w, words, tags, i, hi):
    """An insulting adjective right before a noun that names no one: "another useless battle", "a
    stupid policy" (not "idiotic leader", "stupid people", "useless idiot")."""
    if w not in _EN_INSULT_ADJ or i + 1 >= hi:
        return False
    nxt = words[i + 1]
    return (nxt.isalpha() and nxt not in _EN_NOT_NOUN and nxt not in _EN_KIN and not tags[i + 1]
            and not _EN_PERSONISH.search(nxt))


# (fa, eighteenth round: an address posted, rule 2b-fa; a sexist predicate of a woman in general, "دختر که
# درس بخونه پررو میشه", whose group word is tagged only after the prefilter; round 25: a consequence after a
# condition, THREATIF, rule 1)
# (tr, twenty-sixth round) the ending of a verb's infinitive or participle before "değil": "öldürmek
# değil", "yaptığım değil" -- there "değil" negates the act ("onları öldürmek değil, anlamak lazım" is
# no call); a noun before it ("biber gazıyla değil sopayla") leaves the act after it its own
# (and the participle in -An with its case, "dayak atana değil dayak attırana bakacaksın", and with it
# a few nouns in -an, "Erdoğan'a değil", left negated as before)
_TR_VERBISH = re.compile(r"(m[ae]k|m[ae]si|m[ae]y[ıiuü]|d[ıiuü]ğ[ıiuü]m?|d[ıiuü]g[ıiuü]m?|[ae]c[ae]k"
                         r"|[ıiuü]yor|[ae]n|[ae]n[ae]|[ae]n[ıi]|[ae]nl[ae]r[ae]?)$")
_LANG_TRIGGERS = {"en": frozenset({"SEXPRED", "DOXCALL", "AIMED"}),
                  "ar": frozenset({"BLAME", "MASSACRE", "THENNOT", "SEXPRED"}),
                  "fa": frozenset({"PUBLISH", "SEXPRED", "DOXNOUN", "THREATIF"}),
                  "tr": frozenset({"WARN3", "SEXPRED", "KINSEX"})}
_EN_THING_COPULA = frozenset({"is", "was", "s", "seems", "sounds", "looks"})

# ---- (ninety-second round) a person insulted with no name-calling word: _analyse, rule 4c ----
# A mind (MIND: brain, sense, عقل, akıl, مخ) said to be missing or measured small, and whose it is: "your
# brain is the size of a pea", "عقلت کار نمیکنه", "Beynin nohut kadar", "الكاتب ما عنده ذرة عقل". What
# says it is missing stands before the mind (_MIND_LACK_BEFORE: "no", "not a single", "ذرة") or after it
# (_MIND_LACK_AFTER: "نداره", "yok", a pea or a chickpea); a verb of working denied after it
# (_MIND_NOT, then _MIND_WORKS) says it too. Not a mind nobody owns ("the human brain keeps developing",
# "common sense says wait"). (Words for a grain of sense that the round's held-out lines use, "an ounce", "یه
# جو", "bir gram", were left out: they were thought of from those lines, not from the round's own.)
_MIND_LACK_BEFORE = {
    "en": _nf("no", "zero", "without", "single", "lacks", "lack", "lacking"),
    "fa": _nf("ذره", "ذره‌ای", "هیچ"),
    "tr": _nf("zerre", "zerrece", "hiç"),
    "ar": _nf("ذرة", "بلا", "بدون", "عديم", "معدوم", "مافي"),
}
_MIND_LACK_AFTER = {
    "en": _nf("pea", "peanut", "walnut", "gnat", "raisin"),
    "fa": _nf("نداره", "نداری", "ندارید", "ندارین", "ندارن", "ندارد", "نداشته", "نیست", "نداشت", "نخود",
              "نخوده", "گنجشک", "گنجشکه"),
    "tr": _nf("yok", "yoktur", "çalışmıyor", "basmıyor", "ermiyor", "nohut", "ceviz", "bezelye", "yetmiyor"),
    "ar": _nf("حمص", "حمصة", "الحمص", "نملة", "النملة", "معدوم", "فاضي", "صفر"),
}
_MIND_NOT = {"en": _nf("not", "doesnt", "dont", "isnt", "cant", "cannot", "never"),
             "fa": _nf("نمیکنه", "نمیکنی", "نمیکشه", "نمیرسه"),
             "tr": frozenset(), "ar": _nf("ما", "مش", "مو", "مابي", "ماب")}
# (Persian's "کار نمیکنه" names the work before its negated verb: _mind_and_beast reads it apart)
_MIND_WORKS = {"en": ("work", "function"),
               "ar": tuple(normalise_text(w) for w in ("يشتغل", "بيشتغل", "يفكر", "بيفكر", "يستوعب"))}
# "does not have" / "ما عنده" before the mind: the having, and the negation right before it
_MIND_HAVE = {"en": _nf("have", "has", "got"), "ar": _nf("عنده", "عندك", "عندها", "عندهم", "فيه")}
_MIND_HAVE_NOT = {"en": _nf("not", "doesnt", "dont", "didnt", "hasnt", "havent", "never"),
                  "ar": _nf("ما", "مش", "مو", "مافي")}
# the addressee's own mind, by its ending ("مغزت", "aklın", "مخك"; English says "your", a YOU word)
_MIND_YOURS = {"fa": _nf("مغزت", "عقلت", "فهمت", "شعورت", "سوادت", "مغزتون", "عقلتون", "فهمتون", "شعورتون",
                         "سوادتون"),
               "tr": _nf("beynin", "aklın", "zekan", "zekân", "kafan", "beyniniz", "aklınız", "zekanız",
                         "kafanız", "kafanda", "kafanızda"),
               "ar": _nf("مخك", "عقلك", "دماغك", "فهمك", "مخكم", "عقلكم", "دماغكم"), "en": frozenset()}
# A person likened to a beast (BEAST: a cow, a donkey, a goat) said to them or of a person named in the
# sentence: "You think like a cow", "Öküz gibi düşünüyorsun", "بتفكر متل البقرة"; not one who works like a
# donkey (praise of toil) nor people treated or herded like cattle (what was done to them)
_LIKE = {"en": _nf("like"), "fa": _nf("مثل", "مثه", "عین", "مث", "مانند", "شبیه"),
         "ar": _nf("متل", "مثل", "زي", "زى", "كأنك", "كانك", "مثلك", "متلك", "كأنه", "كانه")}
_LIKE_ARTICLES = _nf("a", "an", "the", "some")
_FA_LIKE_YOU = _nf("تو", "شما", "خودت", "خودتون", "خودتان", "تویی", "شماها")
_TOIL = {"en": ("work", "toil", "slave", "treat", "herd", "pack", "slaughter", "led"),
         "fa": ("کار", "جون_کند", "جان_کند"), "tr": ("çalış", "calis", "didin"),
         "ar": tuple(normalise_text(w) for w in ("يشتغل", "بيشتغل", "اشتغل", "بشتغل", "شغل", "عاملو",
                                                 "عاملوهم", "يعاملو", "ساقو"))}
# (a 2nd-person verb: Turkish and Persian read theirs with _TR_YOU_VERB and _FA_YOU_VERB; an Arabic imperfect
# with ت is also "she", which a beast likeness of a woman is an insult too)
_AR_YOU_IMPERFECT = re.compile(r"^(?:و|ف)?(?:ب|عم)?ت\w{2,}$")
_AR_LIKE_PREFIX = normalise_text("كال")
# (ninety-sixth round) the addressee's kin as a subject, a time that comes back, and a habit or a present
_TR_KIN_SUBJECT = frozenset({"oğlun", "oglun", "kızın", "kizin", "karın", "eşin", "esin", "annen", "baban",
                             "çocukların", "cocuklarin", "çocuğun", "cocugun", "kardeşin", "kardesin"})
_TR_ROUTINE_TIMES = ("sabah", "akşam", "aksam", "gün", "gun", "gece", "öğle", "ogle", "hafta", "cuma",
                     "cumartesi", "pazar", "salı", "sali", "çarşamba", "carsamba", "perşembe", "persembe")
_TR_HABIT = re.compile(r"(?:[ıiuü]yor|yor|[ae]r|[ıiuü]r)(?:lar|ler)?$")
_TR_CLOCK_WORDS = ("saat", "birde", "ikide", "üçte", "ucte", "dörtte", "dortte", "beşte", "beste",
                   "altıda", "altida", "yedide", "sekizde", "dokuzda", "onda", "on_birde", "on_ikide",
                   "otobüs", "otobus", "servis", "minibüs", "minibus", "metro", "durak")
# (ninety-sixth round) "look at" and the things one is told to look at to read them (harm._analyse)
_AR_LOOK_AT = _nf("شوف", "شوفي", "شوفوا", "شوفو", "اتطلع", "طالع", "طالعي", "تابع", "تابعوا")
_AR_TO_READ = _nf("الموقع", "موقع", "الرابط", "رابط", "الصفحة", "صفحة", "المقال", "الخبر", "التفاصيل",
                  "الجدول", "البيان", "الإعلان", "التطبيق", "الايميل", "الإيميل", "الرسالة")
# (ninety-fourth round) the nouns "روانی" qualifies as "psychological" (harm._analyse)
# (hundred-and-fifty-second round) an illness told as an illness: a disease word beside an organ, a named
# disease, patients, cases, treatment or rates is the disease ("سرطان الثدي منتشر بين النساء الكرديات", breast
# cancer is common among Kurdish women; "Ezidi kamplarında kızamık salgını başladı", a measles epidemic
# began in the Yazidi camps), not a people likened to it (harm._illness_told; English has its own,
# _EN_ILLNESS). Words as normalised (Arabic ي and ك typed ی and ک, ة as ه, آ as ا); the illness words by their
# start, the context by its start too.
_ILLNESS = {
    "ar": (("سرطان", "السرطان", "بالسرطان", "مرض", "المرض", "امراض", "الامراض", "وباء", "الوباء",
            "فیروس", "الفیروس", "طاعون", "الطاعون", "اوبئه"),
           ("الثدی", "ثدی", "الریه", "ریه", "الدم", "الجلد", "البروستات", "القولون", "الدماغ", "الکبد",
            "الرحم", "المعده", "العظام", "مرضی", "مریض", "علاج", "العلاج", "للعلاج", "حالات", "اصاب", "مصاب",
            "مستشفی", "المستشفی", "اطباء", "الاطباء", "لقاح", "اللقاح", "تطعیم", "فحص", "الفحص", "نسبه",
            "معدل", "تفشی", "الکولیرا", "کولیرا", "الحصبه", "حصبه", "کورونا", "کوفید", "الملاریا", "السل",
            "الایدز", "السکری", "ادویه", "دواء", "الدواء", "جرعات", "الکیماوی", "الاورام", "اورام", "مرض",
            "المرض", "السرطان", "بالسرطان", "سرطان")),
    "tr": (("kanser", "hastalık", "hastalik", "salgın", "salgin", "virüs", "virus", "veba", "mikrop",
            "kolera"),
           ("meme", "akciğer", "akciger", "cilt", "prostat", "kolon", "beyin", "karaciğer", "karaciger",
            "rahim", "mide", "hasta", "tedavi", "tarama", "vaka", "oran", "kızamık", "kizamik", "kolera",
            "korona", "kovid", "covid", "sıtma", "sitma", "aşı", "asi", "ilaç", "ilac", "teşhis", "teshis",
            "tanı", "kemoterapi", "tümör", "tumor", "doktor", "verem", "hepatit", "grip", "kanser", "salgın",
            "salgin")),
    "fa": (("سرطان", "بیماری", "مرض", "ویروس", "طاعون"),
           ("پستان", "سینه", "ریه", "خون", "پوست", "پروستات", "روده", "مغز", "کبد", "رحم", "معده", "بیمار",
            "درمان", "امار", "موارد", "مبتلا", "وبا", "سرخک", "کرونا", "کووید", "واکسن", "دارو", "ازمایش",
            "شیمیدرمانی", "تومور", "پزشک", "دکتر", "مالاریا", "ایدز", "هپاتیت", "سرطان")),
}
# (and a cure denied is the metaphor's: "فهذا الطاعون لا دواء له غير الاستئصال", this plague has no cure but
# eradication)
_ILLNESS_NO_CURE = frozenset({"لا", "ما", "بلا", "مالو", "ماله", "no", "without", "yok", "بی", "بدون"})
# (nor a cure that is theirs, the trope of a people to be cured: "المثليون مرضى ويجب علاجهم بالقوة")
_ILLNESS_THEIR = ("هم", "هن", "شون", "شان")
_ILLNESS_LIKE = frozenset({"like", "مثل", "مانند", "مثه", "عین", "کال", "gibi", "misali", "ک"})


def _illness_told(lang, words, tags):
    """(hundred-and-fifty-second round) Drop DEHUMAN and NEGPRED from each illness word of ``words``
    (_ILLNESS) with a word of illness beside it: within two words, or right beside it when that word is an
    illness too ("مرض السرطان", the disease cancer; not "مرض وسرطان", a disease and a cancer, said of a
    people), and no likeness ("مثل") right before it; a cure denied or theirs is no context
    (_ILLNESS_NO_CURE, _ILLNESS_THEIR)."""
    ill, context = _ILLNESS[lang]
    n = len(words)
    for k, w in enumerate(words):
        if not w.startswith(ill) or not ({"DEHUMAN", "NEGPRED"} & tags[k]):
            continue
        if (k >= 1 and words[k - 1] in _ILLNESS_LIKE) or (k >= 2 and words[k - 2] in _ILLNESS_LIKE):
            continue
        for j in range(max(0, k - 2), min(n, k + 3)):
            if (j != k and words[j].startswith(context) and (abs(j - k) == 1 or not words[j].startswith(ill))
                    and not (j >= 1 and words[j - 1] in _ILLNESS_NO_CURE)
                    and not words[j].endswith(_ILLNESS_THEIR)):
                tags[k] = tags[k] - {"DEHUMAN", "NEGPRED"}
                break


# (hundred-and-fifty-second round) a Persian place ("بیمارستان", hospital; "انگلستان", England; "پستان",
# a breast): the hostile tags a stem before "ستان" gave it are dropped (LANG.tags); its people's tags stay
# ("افغانستان")
_FA_PLACE_RE = re.compile("ستان(?:ها|های|ی|هایی|ه|ش|شون|مون|تون)?$")
_FA_PLACE_DROPS = frozenset({"NEGPRED", "DEHUMAN", "INSULT"})
# (hundred-and-fifty-first round) "no one", "never" and "must not": Persian words that deny a verb at their
# clause's end however far from it (negated() in _analyse)
_FA_FORBIDDING = frozenset({"هیچکس", "هیچکسی", "نباید", "نبایست", "نبایستی", "هرگز", "هیچوقت", "هیچگاه"})
# (hundred-and-fifty-first round) a superlative of badness and the words of a time or a circumstance after it:
# "the worst years", "بدترین روزهای جنگ", "أسوأ الظروف" (harm._analyse's pre-pass: no NEGPRED there)
_WORST = {
    "en": (frozenset({"worst"}), frozenset({
        "years", "year", "days", "day", "times", "time", "months", "month", "weeks", "week", "nights",
        "night", "moments", "moment", "hours", "hour", "period", "periods", "decade", "decades",
        "winter", "winters", "conditions", "circumstances", "summer", "season", "era", "phase",
        "stage"})),
    "fa": (frozenset({"بدترین"}), frozenset({
        "سال", "سالها", "سالهای", "سالای", "روز", "روزها", "روزهای", "روزای", "دوران", "دوره", "دورهی",
        "زمان", "زمانها", "زمانهای", "لحظه", "لحظهها", "لحظات", "شرایط", "ایام", "ماه", "ماهها",
        "ماههای", "شب", "شبها", "شبهای", "شبای", "وضعیت", "روزگار", "زمستان", "فصل", "مقطع"})),
    # (Arabic as normalised: ي is typed ی, أ and آ are ا, ة is ه)
    "ar": (frozenset({"اسوا", "اسوء", "باسوا", "باسوء", "واسوا"}), frozenset({
        "السنین", "السنوات", "سنوات", "سنین", "الایام", "ایام", "الظروف", "ظروف", "الاوقات", "اوقات",
        "الفترات", "فترات", "الفتره", "فتره", "اللحظات", "لحظات", "الشهور", "شهور", "اللیالی", "لیالی",
        "مراحل", "المراحل", "العصور", "ایامها", "ایامه", "ایامنا", "سنواتها", "ظروفها", "المجاعات",
        "الحروب",
        # (and "the worst that": "أسوأ ما في المقال", the worst of the article)
        "ما"})),
}
_FA_PSYCH_CARE = ("مشاوره", "سلامت", "بهداشت", "فشار", "بیماری", "بیماریهای", "مشکل", "اختلال",
                  "درمان", "آسیب", "حمایت", "پزشک", "روانپزشک", "مددکار", "وضعیت", "خدمات", "تست", "ضربه",
                  "جنگ", "شوک", "بحران", "سلامتی", "آرامش", "نظر", "لحاظ")
# (twentieth round) a quoted insult after a third party's calling verb is mentioned, not used
_EN_CALLING = frozenset({"call", "calls", "calling", "label", "labels", "labelling", "brand", "brands",
                         "branding"})
_EN_AGREE = frozenset({"right", "correct", "true", "agree", "spot", "fair", "deserved"})
_EN_CALLERS = frozenset({"who", "people", "those", "they", "anyone", "everyone", "someone", "somebody",
                         "some", "others", "commenters", "trolls", "critics", "whoever", "he", "she", "men",
                         "them"})
# what makes a clown the performer: "the kids loved the clown at the festival"
_EN_CIRCUS = frozenset({"circus", "festival", "birthday", "balloons", "balloon", "juggler", "jugglers",
                        "magician", "puppet", "kids", "children", "carnival", "funfair", "fair", "costume",
                        "costumes", "makeup", "nose"})
_EN_THING_DET = frozenset({"this", "that", "it", "which", "the", "a", "an", "whole"})
# (hundred-and-thirty-first round) "it's a", "this is a", "that was a": an insult phrase after them names a
# thing
_EN_IT = frozenset({"it", "this", "that"})

# (hundred-and-second round, rule 4d) a person belittled beside a child: the comparatives, and a skill
# compared (a prefix of a verb or a noun of knowing, understanding or writing)
_CHILD_LESS = {"en": _nf("less", "worse", "fewer"), "tr": _nf("az", "kötü", "kotu"),
               "ar": _nf("أقل", "اقل", "أسوأ"), "fa": _nf("کمتر", "بدتر")}
_CHILD_MORE = {"en": _nf("better", "more"), "tr": _nf("iyi", "fazla", "güzel"),
               "ar": _nf("أحسن", "أفضل", "أكثر", "احسن", "افضل", "اكثر"), "fa": _nf("بهتر", "بیشتر")}
_CHILD_SKILL = {"en": ("know", "understand", "writ", "article"),
                "tr": ("anla", "anlı", "bil", "yaz"),
                "ar": tuple(normalise_text(w) for w in ("يفهم", "يعرف", "يكتب")),
                "fa": tuple(normalise_text(w) for w in ("میفهم", "میدون", "مینویس"))}
_AR_FROM_YOU = _nf("منك", "منكم", "منكو", "منه", "منها")  # (a Turkish standard is an ablative: _TR_ABLATIVE)


def _en_predicate_of_a_thing(w, words, tags, i, lo):
    """An insulting adjective said of a thing after its copula: "the minister's plan is stupid", "this
    law was idiotic", "it's pathetic" (not "the minister is stupid", "you are stupid", "he is dumb",
    nor "they are stupid": a plural subject is too often people). The subject is the untagged word
    before the copula, which names no one."""
    if w not in _EN_INSULT_ADJ:
        return False
    c = i - 1  # the copula; (twentieth round) or "has been": "the handling of it has been incompetent"
    if c - 1 >= lo and words[c] == "been" and words[c - 1] in ("has", "have", "had", "s"):
        c -= 1
    elif c < lo or words[c] not in _EN_THING_COPULA:
        return False
    if c - 1 < lo:
        return False
    subj = words[c - 1]
    if subj in _EN_THING_DET:
        return subj in ("this", "that", "it", "which")
    return (subj.isalpha() and not tags[c - 1] and subj not in _EN_KIN and subj not in _EN_NOT_NOUN
            and not _EN_PERSONISH.search(subj))


# (hundred-and-sixty-sixth round) institutions (English: _EN_INSTITUTION): an insult said of one judges the
# institution, not a person named later in the sentence ("This government is useless and the minister should
# resign", "هالحكومة فاشلة والوزير لازم يستقيل" were personal attacks at 0.96 and 0.80); Arabic with its
# article, the dialects' "هال" or "and" (whole words: stems would reach people, "الحكوميين")
_AR_INSTITUTIONS = frozenset(
    normalise_text(p + w) for w in (
        "حكومة", "وزارة", "برلمان", "مجلس", "نظام", "بلدية", "إدارة", "ادارة", "دولة", "سلطة", "محكمة",
        "هيئة", "مفوضية", "لجنة", "سفارة", "جامعة", "محافظة", "قناة", "جريدة", "صحيفة")
    for p in ("ال", "هال", "وال"))
_AR_BEFORE_SUBJECT = frozenset(normalise_text(w) for w in (
    "هذه", "هذا", "هاي", "هاذي", "هادي", "هاد", "ان", "إن", "أن", "لان", "لأن", "بس", "لكن", "يعني", "والله"))


def _institution_judged(lang, words, i, lo):
    """(hundred-and-sixty-sixth round) The insult at ``i`` is said of an institution before it: English
    after its copula ("the government is useless", "this regime was pathetic"), Arabic right after it
    ("هالحكومة فاشلة", "الوزارة فاشلة": its predicate)."""
    if lang == "en":
        c = i - 1
        return c - 1 >= lo and words[c] in _EN_THING_COPULA and words[c - 1] in _EN_INSTITUTION
    # (the predicate, indefinite: "الحكومة فاشلة"; not the adjective, "القناة المعفنة", nor a vocative or a
    # word joined by "and" after it, "الحكومة ياكلبة", "السلطة واوسخ بشر")
    # (and the institution the subject, first in its sentence or after a demonstrative or "that": not a
    # noun's possessor, "مذيع القناة كلب مسعور", the channel's presenter is a rabid dog)
    return (lang == "ar" and i - 1 >= lo and words[i - 1] in _AR_INSTITUTIONS
            and not words[i].startswith(("ال", "یا", "و"))
            and (i - 1 == lo or words[i - 2] in _AR_BEFORE_SUBJECT))


# (hundred-and-twenty-seventh round) what a violent verb ends when it is said of a thing, not a person: a
# bill killed, a plan buried, a rumour or corruption destroyed ("Kill the bill!", "Parliament should kill this
# bill", "يجب أن نقتل الفساد", "باید فساد را از بین ببریم", we must destroy corruption: threats at
# 0.87-0.89 before)
_EN_ENDED_THINGS = frozenset({
    "bill", "bills", "law", "laws", "legislation", "proposal", "proposals", "project", "projects", "plan",
    "plans", "deal", "deals", "motion", "amendment", "amendments", "reform", "reforms", "tax", "taxes",
    "budget", "policy", "policies", "treaty", "scheme", "initiative", "programme", "program", "idea",
    "ideas", "story", "rumour", "rumours", "rumor", "rumors", "debate", "conversation", "mood", "vibe",
    "engine", "lights", "music", "joke", "momentum", "pipeline", "merger", "contract", "referendum",
    "curfew", "agreement", "measure", "ordinance", "resolution", "hike", "cuts", "corruption", "racism",
    "poverty", "hatred", "ignorance", "injustice", "discrimination", "sectarianism", "extremism"})
_EN_THING_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "a", "an", "our", "their",
                                   "his", "her", "its", "your", "my", "every", "any", "new", "all"})
# the English verbs that end a thing so said (not a noun before a noun: "gun laws", "an anti lynching bill")
_EN_ENDING_VERBS = frozenset({
    "kill", "kills", "killed", "killing", "shoot", "shoots", "shooting", "shot", "burn", "burns", "burned",
    "burnt", "burning", "bury", "buries", "buried", "burying", "nuke", "nukes", "nuked", "nuking", "destroy",
    "destroys", "destroyed", "destroying", "torch", "torched", "torching", "crush", "crushes", "crushed",
    "crushing", "murder", "murdered", "murdering", "strangle", "strangled", "axe", "axed", "gut", "gutted",
    "stab", "smash", "smashed", "annihilate", "annihilated"})
# each language's things (Arabic and Persian normalised as the detectors read them: Arabic after the verb,
# with a demonstrative or "هال" before it at most; Persian before "را" and the verb)
_ENDED_THINGS = {
    "en": _EN_ENDED_THINGS,
    "ar": frozenset(normalise_text(w) for w in """
        الإشاعة الإشاعات الشائعة الشائعات الفساد العنصرية الطائفية الفقر الجهل الفتنة التطرف الكراهية الظلم
        البطالة المشروع القانون الفكرة الخطة الصفقة الأمل الوقت الملل الروتين التمييز الحلم""".split()),
    "fa": frozenset(normalise_text(w).translate(_FA_AE) for w in """
        شایعه شایعات فساد نژادپرستی تبعیض فقر جهل افراط‌گرایی تعصب ظلم بیکاری اعتیاد خرافات قانون طرح لایحه
        ایده فکر برنامه نفرت کینه فتنه بی‌عدالتی فرقه‌گرایی""".split())}
_AR_THING_DETERMINERS = frozenset(normalise_text(w) for w in ("هذه", "هذا", "هذي", "هاي", "هاد", "هادي"))
_FA_OBJECT_MARKS = frozenset({"را", "رو"})


def _thing_object(lang, words, tags, i, lo, end):
    """(hundred-and-twenty-seventh round; ``lang`` one of _ENDED_THINGS') Whether the act at ``i`` (its
    sentence ``lo``..``end``) is said of a thing it ends, not of a person: English, a verb with the thing
    right after it (after one determiner at most); Arabic, the thing right after the verb (after a
    demonstrative, or "هال" on it); Persian, the thing before "را" with nothing but the act's own words
    between it and the act ("این شایعه را از بین ببریم")."""
    things = _ENDED_THINGS[lang]
    if lang == "en":
        if words[i] not in _EN_ENDING_VERBS:
            return False
        k = i + 1
        if k < end and words[k] in _EN_THING_DETERMINERS:
            k += 1
        return k < end and words[k] in things
    if lang == "ar":
        k = i + 1
        if k < end and words[k] in _AR_THING_DETERMINERS:
            k += 1
        w = words[k] if k < end else ""
        return w in things or (w.startswith("هال") and "ال" + w[3:] in things)
    mark = i - 1
    while mark > lo and mark > i - 4 and "VIOLENT" in tags[mark]:
        mark -= 1  # the act's own words: "از بین" of "از بین ببریم"
    return mark > lo and words[mark] in _FA_OBJECT_MARKS and words[mark - 1] in things


# (hundred-and-twenty-eighth round) a person found or caught by the speakers, then said to be finished in the
# clause after: "The day we find the author of this, he is finished", "يوم نجد كاتب هذا المقال سينتهي أمره",
# "روزی که نویسنده این مطلب را پیدا کنیم کارش تمام است", "Yazarı bulduğumuz gün işi biter". The end alone is a
# politician's fall or a job done ("he is finished", "سينتهي أمره سياسيا", "کارش تمام است", his work is done);
# after "once we find him" it is what the finders will do to him.
_EN_FINDING = frozenset({"find", "catch", "track", "get"})
_EN_FINISHED_SUBJECTS = frozenset({"he", "she", "they", "you"})
_EN_FINISHED_CONTRACTED = frozenset({"hes", "shes", "theyre", "youre"})
_AR_FINDING = frozenset(normalise_text(w) for w in """
    نجد نجده نجدها نجدهم نلاقي نلاقيه نلاقيها نلاقيهم نلقى نلقاه نلقاها نلقاهم نمسك نمسكه نمسكها نمسكهم نعثر
    نعرف""".split())
_AR_FINISHED_WHOSE = frozenset(normalise_text(w) for w in ("أمره", "أمرها", "أمرهم", "أمرك", "أمركم"))
_FA_FINDING = (frozenset(normalise_text(w) for w in ("پیدا", "پیداش", "پیدایش", "پیداشون", "پیدایشان", "گیر",
                                                     "گیرش", "گیرشان", "گیرشون")),
               frozenset(normalise_text(w) for w in ("کنیم", "کنم", "بکنیم", "کردیم", "کردم", "بیاریم",
                                                     "بیاوریم", "بیارم", "بیاورم", "آوردیم", "آوردم")))
_TR_FINDING = ("bulduğumuz", "buldugumuz", "bulursak", "bulduğumda", "bulursam", "yakaladığımız",
               "yakaladigimiz", "yakalarsak", "yakaladığımda", "yakalarsam")

# (hundred-and-twenty-eighth round, rule 1b) seen, found or caught by the speakers: the condition of "فلن يعود
# سالما"
_AR_SEEN_BY_US = frozenset(normalise_text(w) for w in """
    رأيت شفت لقيت وجدت مسكت رأيته شفته لقيته وجدته مسكته رأيناه شفناه لقيناه وجدناه مسكناه رأينا شفنا لقينا
    وجدنا مسكنا رأيتها شفتها لقيتها""".split())

def _found_by_us(lang, words, k):
    """(hundred-and-twenty-eighth round) Whether the word at ``k`` finds or catches someone, said by the
    speakers of themselves: "we find", "I catch"; "نجده"; "پیدا کنیم"; "bulduğumuz"."""
    w = words[k]
    if lang == "en":
        return w in _EN_FINDING and k >= 1 and words[k - 1] in ("we", "i")
    if lang == "ar":
        return w in _AR_FINDING or (w[:1] in ("و", "ف", "ل") and w[1:] in _AR_FINDING)
    if lang == "fa":
        return w in _FA_FINDING[0] and k + 1 < len(words) and words[k + 1] in _FA_FINDING[1]
    return lang == "tr" and w.startswith(_TR_FINDING)


def _said_finished(lang, words, j):
    """(hundred-and-twenty-eighth round) Whether the word at ``j``, tagged FINISHED, says a person is
    finished: "he is finished", "you're done"; "سينتهي أمره"; "کارش تمام است"; "işi biter" (not "bitmez",
    it will not end)."""
    if lang == "en":
        if j < 2:
            return False
        be, who = words[j - 1], words[j - 2]
        return be in _EN_FINISHED_CONTRACTED or (be in ("is", "are") and who in _EN_FINISHED_SUBJECTS) or (
            be == "be" and (who in ("hell", "shell", "theyll", "youll")
                            or (who == "will" and j >= 3 and words[j - 3] in _EN_FINISHED_SUBJECTS)))
    if j + 1 >= len(words):
        return False
    after = words[j + 1]
    if lang == "ar":
        return after in _AR_FINISHED_WHOSE
    if lang == "fa":
        return after.startswith(("تمام", "تموم"))
    return lang == "tr" and after.startswith("bit") and not after.startswith(("bitmez", "bitmedi", "bitmiyor",
                                                                               "bitmey"))

def _sport_act(lang, word):
    """An act a game or an election is won by, in the words of the language: English kill, slaughter,
    crush (never rape, shooting, burning: _EN_NEVER_SPORT), Arabic ذبح, سحق, دمر (_AR_SPORT_ACT), Turkish
    ez-, parçala-, göm-, sil- (_TR_SPORT_ACT); Persian reads none."""
    if lang == "en":
        return not word.startswith(_EN_NEVER_SPORT)
    if lang == "tr":
        return _TR_SPORT_ACT.match(word) is not None
    return lang == "ar" and _AR_SPORT_ACT.search(word) is not None


# (rule 2a') a weapon asked for: the request (a word, or two as "a b"), the weapons, and the doers of a deed
# who are its target though no list names them ("whoever wrote this")
_ARMED_WORDS = {
    "en": (frozenset({"give me", "hand me", "get me", "pass me", "lend me", "bring me", "gimme"}),
           frozenset({"gun", "guns", "rifle", "rifles", "knife", "knives", "machete", "axe", "pistol", "bomb",
                      "kalashnikov", "ak47", "grenade", "weapon", "weapons", "sword"}),
           frozenset({"whoever", "guy", "guys"})),
    "ar": (frozenset({"اعطوني", "عطوني", "اعطني", "عطني", "جيبولي", "جيبلي", "هاتولي", "ادوني", "انطوني",
                      "انطيني"}),
           frozenset({"سلاح", "بندقيه", "سكين", "سكينه", "كلاشنكوف", "مسدس", "رشاش", "قنبله", "ساطور", "خنجر",
                      "فرد", "بارود"}),
           frozenset({"اللي", "الي", "باللي", "بالي", "للي"})),
    "tr": (frozenset({"verin", "ver", "versinler", "verirseniz", "verseler", "verse"}),
           frozenset({"silah", "tüfek", "tufek", "bıçak", "bicak", "tabanca", "kalaşnikof", "bomba", "satır",
                      "balta", "pompalı"}),
           frozenset({"yazanın", "yazanı", "yazanların", "yazanları"})),
    "fa": (frozenset({"بدین دستم", "بده دستم", "بدید دستم", "بدن دستم", "بدین", "بدید"}),
           frozenset({"تفنگ", "اسلحه", "چاقو", "کلاشینکف", "کلاش", "نارنجک", "قمه", "تفنگی", "چاقویی"}),
           frozenset({"کسی", "کسایی", "اونی"})),
}
# (folded as the detector's words are: the Arabic letters normalise.py writes in Persian forms)
_ARMED = {lang: tuple(frozenset(_ar_fold(_fold(w)) if lang == "ar" else _fold(w) for w in words)
                      for words in sets)
          for lang, sets in _ARMED_WORDS.items()}


# (round 25) a verbal noun of a derived form (افتعال, إفعال, استفعال, انفعال: "اغتيال", "إبادة", "استهداف"):
# after bi- it is "with/of the act", not the Levantine first person ("بقتلك")
_AR_DERIVED_MASDAR = re.compile(r"ا\S{1,4}ا\S[هة]?")


def _ar_mood(w, L):
    """Mood carried by a prefix of an Arabic token holding a violent or dying stem: future
    ("سنقتلكم", "حيموت"), Levantine first person ("بقتلك", "بنذبحكم"), oath or jussive ("لاقتلنك",
    "لنحرقهم"), or the imperative/first person with an object ("اقتلوهم", "اذبحه")."""
    for pos, stem, tag in L.infix_hits(w):
        if tag not in ("VIOLENT", "DIE"):
            continue
        pre = w[:pos]
        if pre[:1] in ("و", "ف") and len(pre) > 1:
            pre = pre[1:]
        if pre in _AR_FUTURE_PRE:
            return True
        if pre == "ل" and (w[pos] in _AR_PERSON or w[pos + len(stem):].startswith("ک")) and not (
                _AR_DERIVED_MASDAR.fullmatch(w[1:])):
            # oath or jussive (لاقتلنك, لنحرقهم); purpose aimed at the addressee (لذبحكم); (seventy-fourth
            # round) not li- with a verbal noun of a derived form: "تعرضوا لإبادة", subjected to genocide
            return True
        if (pre == "ب" and (w[pos] in "ان" or w.endswith(("ک", "کم", "کی"))) and not w.startswith("ال", pos)
                and not _AR_DERIVED_MASDAR.fullmatch(w[1:])):
            return True  # (not bi- with the article: "بالموتى", with the dead; nor with a verbal noun of a
            # derived form, "باغتيال", "بإبادة", "باستهداف": "accused of assassinating")
        rest = w[pos + len(stem):]
        if (pre in ("", "و", "ف") and stem[0] == "ا" and "ا" not in stem[1:]
                and _AR_OBJECT.search(rest)):
            return True  # imperative or first person with an object: اقتلوهم, اذبحه
        if ((pre in ("ن", "ا") or (pre in ("", "و", "ف") and stem[0] in "نا" and "ا" not in stem[1:]))
                and rest.startswith("ک")):
            return True  # first person with the addressee as object: نحرقکم, ادفنک
    return bool(_AR_IMPERATIVE.match(w))


def _trie_regex(strings):
    """A compiled regex matching exactly the given strings, written as a trie ("ab(?:c|d)" for ab, abc,
    abd): a search tries a handful of branches at each position, where a plain alternation of
    hundreds of words would try every one. None for no strings."""
    trie = {}
    for w in strings:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # the end of a string

    def pattern(node):
        alts = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and len(alts[0]) == 1 else "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return re.compile(pattern(trie)) if trie else None


@contextlib.contextmanager
def _gc_paused():
    """The cyclic garbage collector held off while the lists are compiled: they make some 400,000
    tuples, sets and dicts, none of them garbage, and the collector, run every few hundred of them,
    walked the growing heap again and again -- loading the four languages took 1.65 s with it and
    0.88 s without (the card's limit is 2 s). It is switched back on (if it was on) at the end, and
    collects then whatever cycles the compiling left."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


# (fiftieth round) A word typed with letters masked by asterisks ("s*kerim", "a**hole", "sh*t", "g*te"):
# normalise.py drops the asterisks (the heads read "skerim"), and a word list names the word unmasked.
# Each asterisk stands for one letter of the language; where some filling is a listed harmful word, the
# masked word carries that word's harmful tags. Masking a word is saying it while hiding it, so any
# harmful filling counts ("b*tch" is also "batch": no one masks a batch).
# (one asterisk may also end the word, "gö*", but not a word wrapped in them, "*great*": emphasis)
# the Arabic vocative, a word of its own or fused with what it calls ("يا حمار", "ياحمار")
AR_VOCATIVES = ("یا", "يا")

MASKED_WORD_RE = re.compile(r"[^\W\d_]+(?:\*+[^\W\d_]+)+|(?<![*\w])[^\W\d_]{2,}\*(?![\w*])")
_MASK_ALPHABETS = {
    "en": "abcdefghijklmnopqrstuvwxyz",
    "tr": "abcçdefgğhıijklmnoöprsştuüvyzwqx",
    "ar": "ابتثجحخدذرزسشصضطظعغفقکلمنهوی",
    "fa": "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی",
}
# (hundred-and-twentieth round) and hatred, a negative predicate, a call to expel, a death wished ("h*te",
# "st*pid", "dep*rt", "k*vun", "مق*فين") and every slur (SLUR: tags, "n*ggers", "f*ggot"): masking is how
# people write past a filter what they know it would stop, and a masked slur had read as nothing at all
# ("n*ggers should leave": violation 0.22)
_MASK_TAGS = frozenset({"PROF", "VULG", "INSULT", "VIOLENT", "DEHUMAN", "HATE", "NEGPRED", "EXCLUDE", "DIE"})
_MASKS_AT_MOST = 2  # asterisks read in one word (26 letters squared: 676 fillings at most)
# masked words read in one comment: a word of two asterisks costs a few milliseconds of fillings, so a
# comment made of masked words must not cost the scorer seconds (each word's reading is cached too)
_MASKED_WORDS_AT_MOST = 3


def masked_words(base_text):
    """The words of a base-normalised comment typed with masking asterisks (MASKED_WORD_RE): what
    HarmDetector.analyse reads with ``masked``. Empty for almost every comment (no asterisk)."""
    if "*" not in base_text:
        return ()
    return tuple(m.group(0) for m in MASKED_WORD_RE.finditer(base_text))


def typed_words(base_text):
    """The words of a base-normalised comment that HarmDetector.analyse reads as typed (``typed``):
    words with masking asterisks (masked_words) and Latin words with digits for Arabic letters
    (romanised.digit_words). Empty for almost every comment."""
    return masked_words(base_text) + romanised.digit_words(base_text)


# a comment that may be Arabic in Latin letters with no digit typed: one of Arabizi's common words
_ARABIZI_CUE_RE = re.compile(r"\b(?:ya|w|el|al|wallah|walla|wallahi|enta|inta|enti|inti|ana|3ala|mish|mesh|"
                             r"yalla|inshallah|ibn|ebn|bel|fel|lel|3al)\b")


class _Lang:
    """One language's lists, compiled for token lookups: exact words in a dict, "stem*" entries by
    their first two letters, "~stem" entries scanned with ``in`` (few, and only for ar/fa/tr).
    ``extra`` adds entries {tag: [entry]} (the HurtLex words the training data confirms)."""

    def __init__(self, lang, extra=None):
        self.lang = lang
        self.exact, self.prefix, self.infix, self.phrases = {}, {}, [], []
        self._infix_by2, self._infix_n, self._infix_short = None, 0, []
        self._infix_any = None  # a regex finding any "~stem" entry inside a word (_trie_regex)
        self._leet = None  # the entries a 1-for-l reading looks at (_leet_entries)
        self._slips = None  # the entries a spelling slip is read against (_slip_index)
        self._short_slips = None  # (en) short words one slip from a listed one (_slip_index, short_slip_tags)
        self._prefix_by_stem = self._fold_by_stem = None  # self.prefix, self.fold_prefix by stem (_by_stem)
        self._masked = None  # (tr) the harmful entries with their vowels masked out (masked_tags)
        self._romanised_cache = {}  # (ar, fa) Latin word -> its reading in the script (romanised_reading)
        self._known_rank = None  # (ar, fa) known word -> its rank by frequency, loaded at the first reading
        self._restored = None  # (ar, fa, tr) listed words by their forms with a letter left out
        # (hundred-and-twenty-fourth round) the stems a word cut by a space and a people's name run on are
        # read against (_framed_index, _people_index), and what those readings gave, remembered by (kind,
        # word...) (_memoised: cut_word_tags, run_together_parts, people_run_on, inflected_known)
        self._framed_stems = self._people_starts = None
        self._word_memo = {}
        self._replaced = None  # (replaced_tags) listed words and stems by each letter's place blanked
        self._phrase_slips = None  # (phrase_slip) the phrases' words by their forms one slip away
        self.known = known_words.load(lang) if lang in SLIP_LANGS else frozenset()
        for tag, entries in LEXICON.get(lang, {}).items():
            for entry in entries:
                self._add(tag, entry)
        for tag, entries in (extra or {}).items():
            for entry in entries:
                self._add(tag, entry)
        for entry in _ARMED.get(lang, ((), ()))[1]:  # (rule 2a': an armed request starts from the weapon)
            self._add("ARMED", entry)
        for emoji in _VERMIN_EMOJI:  # (hundred-and-twentieth round) in every language
            self.exact.setdefault(emoji, set()).add("DEHUMAN")
        if lang in _SHAME:  # (rule 2a'': "shame if" starts from the shame)
            for entry in _SHAME[lang].words:
                self._add("SHAME", entry)
        pieces = {}  # each word of the phrases, normalised and folded once (they repeat)
        for tag, entries in PHRASES.get(lang, {}).items():
            for entry in entries:
                toks = []
                for piece in entry.split():
                    sub = pieces.get(piece)
                    if sub is None:
                        sub = [t for t in (_fold(x) for x in _TOKEN_RE.findall(normalise_text(piece))) if t]
                        if sub and piece.endswith("*"):
                            sub[-1] += "*"
                        pieces[piece] = sub
                    toks.extend(sub)
                if lang == "ar":
                    toks = [_ar_fold(t) for t in toks]
                if toks:
                    self.phrases.append((tuple(toks), tag))
        # Finglish words (Persian in Latin letters) that carry harm: what HarmDetector._finglish counts
        self.latin_prefix = tuple(stem for stems in self.prefix.values() for stem, t in stems
                                  if stem.isascii() and t in _FINGLISH_TAGS)
        latin = {w for w, t in self.exact.items() if w.isascii() and t & _FINGLISH_TAGS}
        latin |= {p[0] for p, t in self.phrases
                  if len(p) == 1 and p[0].isascii() and t in ("ATTACK", "THREAT")}
        self.latin_exact = frozenset(latin | set(self.latin_prefix))
        # Turkish is often typed without its letters (oldurecegim, kadinlar, sıkıldım as sikildim):
        # every entry written with ç ğ ı ö ş ü is also looked up in an ASCII-folded index, which a word
        # reaches folded the same way; entries written in ASCII are never reached by folding ("sik*"
        # stays away from sıkıştı)
        # (a word typed with some Turkish letters reaches an entry only where they are the entry's own:
        # "aşacağım", to overcome, is not "asacağım", to hang, though both fold to "asacagim")
        self.fold_exact, self.fold_prefix, self._fold_src = {}, {}, {}
        if lang == "tr":
            for w, ts in self.exact.items():
                f = w.translate(_TR_ASCII)
                for tag in ts:
                    if _tr_foldable(w, f, tag):
                        self.fold_exact.setdefault(f, set()).add(tag)
                        self._fold_src.setdefault((f, tag), []).append(w)
            for stems in self.prefix.values():
                for stem, tag in stems:
                    f = stem.translate(_TR_ASCII)
                    if _tr_foldable(stem, f, tag):
                        self.fold_prefix.setdefault(f[:2], []).append((f, tag))
                        self._fold_src.setdefault((f, tag), []).append(stem)
            self.phrases += [(tuple(t.translate(_TR_ASCII) for t in ptoks), tag)
                             for ptoks, tag in self.phrases if any(t != t.translate(_TR_ASCII) for t in ptoks)
                             and not any(t.startswith("öl") for t in ptoks)]
        # a phrase token ending in * matches any token it starts ("havaya uçur*": uçurun, uçuracağız);
        # phrases are indexed by their first token, or by its first two letters when it is a stem
        # (and by their first two tokens when both are words: "you", "the", "i" start hundreds of them)
        # Each entry is (ptoks, tag, its length, what is left to check): the tokens after those the
        # index already matched (the first, or the first two), as (index, word or stem, is a stem)
        self.phrases_by_first, self.phrases_by_stem, self.phrases_by_pair = {}, {}, {}
        shared = {}  # one object for each equal check and each equal rest (100,000 phrases, few distinct)
        for ptoks, tag in self.phrases:
            if ptoks[0].endswith("*"):
                index, j0 = self.phrases_by_stem.setdefault(ptoks[0][:2], []), 1
            elif len(ptoks) > 1 and not ptoks[1].endswith("*"):
                index, j0 = self.phrases_by_pair.setdefault(ptoks[:2], []), 2
            else:
                index, j0 = self.phrases_by_first.setdefault(ptoks[0], []), 1
            checks = ((j, t[:-1], True) if t.endswith("*") else (j, t, False)
                      for j, t in enumerate(ptoks) if j >= j0)
            rest = tuple(shared.setdefault(c, c) for c in checks)
            index.append((ptoks, tag, len(ptoks), shared.setdefault(rest, rest)))
        # what HarmDetector.analyse's prefilter looks up. A phrase whose tag starts a rule matches
        # only a comment that has every whole-word token of it as a word: its longest one ("shut" for
        # "shut up", never "you") leads to the sets of words such phrases need. A phrase made of
        # stems only ("öl* git*") is stood for by its first stem, conservatively.
        # rules of one language that start from a tag other languages list for other rules: English
        # sexist tropes (one said of "she", rule 3), the Arabic woman in a post blamed in the next
        # sentence (BLAME: Turkish and English list blame words too, "bu yüzden", "of course", which
        # started no rule there and let a tenth more comments through the prefilter)
        self.triggers = _TRIGGERS | _LANG_TRIGGERS.get(lang, frozenset())
        need, stems = {}, set()
        for ptoks, tag in self.phrases:
            if tag not in self.triggers:
                continue
            whole = [p for p in ptoks if not p.endswith("*")]
            if whole:
                need.setdefault(max(whole, key=len), set()).add(frozenset(whole))
            else:
                stems.add(ptoks[0][:-1])
        self.trigger_phrases = {w: tuple(sets) for w, sets in need.items()}
        hostile = {}  # (round 186) the same for the phrases of a hostile tag: _practice_cue
        for ptoks, tag in self.phrases:
            whole = [p for p in ptoks if not p.endswith("*")]
            if tag in _TAKEN_UP_HOSTILE and whole:
                hostile.setdefault(max(whole, key=len), set()).add(frozenset(whole))
        self.hostile_phrases = {w: tuple(sets) for w, sets in hostile.items()}
        self.trigger_keys = frozenset(need)
        self.trigger_stems = tuple(sorted(stems))
        self._quiet = set()  # words known to start no rule
        self._loud = set()  # words known to have a tag some rule starts from
        self.pair_first = frozenset(w for w, _ in self.phrases_by_pair)
        # every way to cut a listed word in two halves of two letters or more: the neighbours analyse
        # reads as one word cut by a stray space are such a pair (3,000-13,000 pairs a language)
        self.slip_pairs = frozenset((e[:i], e[i:]) for e in self.exact if e.isalpha()
                                    for i in range(2, len(e) - 1))
        self._phrase_cache = {}
        self._starts_phrase = {}
        self._digit_readings = {}
        self._asterisk_cache = {}  # masked word -> its reading (asterisk_tags)
        self._cache = OrderedDict()

    def phrase_candidates(self, word):
        """(phrases indexed by their first word, ``word``; phrases whose first token is a stem that
        ``word`` starts with) -- the first word already matched, in the index's order."""
        hit = self._phrase_cache.get(word)
        if hit is None:
            stemmed = [entry for entry in self.phrases_by_stem.get(word[:2], ())
                       if word.startswith(entry[0][0][:-1])]
            first = self.phrases_by_first.get(word, _NONE)
            hit = (first, stemmed) if first or stemmed else _NO_PHRASES  # (most words: one shared tuple)
            if len(self._phrase_cache) > WORDS_CACHED:
                self._phrase_cache.clear()
            self._phrase_cache[word] = hit
        return hit

    def digit_reading(self, word):
        """The first reading of an Arabic ``word`` with digits for letters (_ar_digit_readings) that
        has a tag some rule starts from, or ``word`` itself (cached: up to 16 readings a word)."""
        hit = self._digit_readings.get(word)
        if hit is None:
            hit = next((c for c in _ar_digit_readings(word) if not _TRIGGERS.isdisjoint(self.tags(c))), word)
            if len(self._digit_readings) > 50000:  # bounded memory: start afresh
                self._digit_readings.clear()
            self._digit_readings[word] = hit
        return hit

    def may_start_phrase(self, word):
        """True when a phrase of the index may start with ``word``: phrase_candidates finds some, or
        ``word`` is the first of a pair-indexed phrase (cached in _starts_phrase)."""
        first, stemmed = self.phrase_candidates(word)
        hit = bool(first or stemmed) or word in self.pair_first
        if len(self._starts_phrase) > WORDS_CACHED:
            self._starts_phrase.clear()
        self._starts_phrase[word] = hit
        return hit

    def may_trigger(self, words, folded=()):
        """False when no word of ``words`` has a tag some rule starts from and no phrase with such a
        tag can match them (one of its whole words is missing, or its first stem): then analyse
        finds nothing, since every rule starts from such a tag or such a phrase. ``folded``: the
        words' ASCII foldings (Turkish), which phrases are also matched against."""
        present = set(words)
        if not present.isdisjoint(self._loud):  # a word already known to have such a tag
            return True
        rest = present.difference(self._quiet)
        for w in rest:
            if self.tags(w) & self.triggers:
                if len(self._loud) > 100000:  # bounded memory: start afresh
                    self._loud.clear()
                self._loud.add(w)
                return True
        if rest:
            if len(self._quiet) > 100000:  # bounded memory: start afresh
                self._quiet.clear()
            # no trigger tag: skipped by the loop above next time, also when a phrase below answers
            # (the phrases are looked for among all the words, quiet ones included)
            self._quiet.update(rest)
        if self.lang == "ar":  # a phrase may start behind the conjunction clitic ("ونصفي حسابنا")
            present = present | {b for w in words if (b := _ar_behind_and(w))}
        if folded:
            present = present | set(folded)
        for w in present & self.trigger_keys:
            # (whole <= present for each of w's phrases, the loop in C: a word such as "kill" leads to
            # dozens of them)
            if any(map(present.issuperset, self.trigger_phrases[w])):
                return True
        stems = self.trigger_stems
        if stems and any(w.startswith(stems) for w in present):
            return True
        # (round 186) a people named by what its members do, beside a hostile word or phrase (_practice_named)
        hostile = self.hostile_phrases
        return _practice_cue(self.lang, present, lambda: any(
            not _TAKEN_UP_HOSTILE.isdisjoint(self.tags(w)) for w in present) or any(
            any(map(present.issuperset, hostile[w])) for w in present & hostile.keys()))

    def _add(self, tag, entry):
        if self.lang == "ar":
            entry = _ar_fold(entry)
        if "_" in entry.strip("_"):
            toks = tuple(_fold(t.replace("*", "")) + ("*" if t.endswith("*") else "")
                         for t in entry.replace("~", "").split("_") if t.replace("*", ""))
            if toks:
                self.phrases.append((toks, tag))
            return
        if entry.startswith("="):  # exactly this word (a long Persian entry is otherwise a prefix)
            w = _fold(entry[1:])
            if w:
                self.exact.setdefault(w, set()).add(tag)
        elif entry.startswith("~"):
            stem = _fold(entry[1:])
            if stem:
                self.infix.append((stem, tag))
        elif entry.endswith("*"):
            stem = _fold(entry[:-1])
            if stem:
                self.prefix.setdefault(stem[:2], []).append((stem, tag))
        else:
            w = _fold(entry)
            if not w:
                return
            if self.lang == "fa" and len(w) >= 4:
                # Persian joins plural, copula and adjective endings to the word once the zero-width
                # non-joiner is gone (وحشی‌ان -> وحشیان): long entries match as prefixes
                self.prefix.setdefault(w[:2], []).append((w, tag))
            elif self.lang == "fa":
                for suffix in _FA_SUFFIXES + (_FA_DEGREE if tag == "INSULT" else ()):
                    if w + suffix not in FA_NOT_FORMS:  # کسی (someone) is not کس + ی
                        self.exact.setdefault(w + suffix, set()).add(tag)
            else:
                self.exact.setdefault(w, set()).add(tag)

    def romanised_reading(self, word):
        """(ar, fa) The word of this language the Latin ``word`` spells (romanised.readings), or None: of
        its spellings that are words of the language (a known word or a listed one), the commonest in the
        training texts (known_words.ranks: "kolna" is کلنا, not کلنه; "kone" is کنه, does, not کون); for
        a word typed with digits, failing that, the first a stem entry names harmful ("ba9tlk": بقتلک, no
        word of the training texts but the stem of killing). Common words of the script ("wallah", "ya",
        "ke") read as written. Cached."""
        cache = self._romanised_cache
        reading = cache.get(word, cache)  # (one lookup: another thread may clear the cache between two)
        if reading is not cache:
            return reading
        reading = romanised.WORDS[self.lang].get(word)
        if reading is None:
            spellings = romanised.readings(word, self.lang)
            exact, known = self.exact, self.known
            if self._known_rank is None:
                self._known_rank = known_words.ranks(self.lang)
            rank, last = self._known_rank.get, len(self._known_rank)
            # the commonest word (a listed word no training text holds after the known ones)
            reading = min((r for r in spellings if r in known or r in exact), key=lambda r: rank(r, last),
                          default=None)
            if reading is None and any(ch.isdigit() for ch in word):
                reading = next((r for r in spellings if not self.triggers.isdisjoint(self.tags(r))), None)
        if len(cache) > 10000:  # bounded memory: start afresh
            cache.clear()
        cache[word] = reading
        return reading

    def asterisk_tags(self, masked):
        """{word as the detectors see it unmasked: harmful tags} for the masked words of a comment
        (masked_words), each filled in with every letter of the language at each asterisk; the tags of the
        fillings the lists name (whole words, stems, inside words and, in Turkish, folded to ASCII), kept
        to _MASK_TAGS. A word with more than _MASKS_AT_MOST asterisks, or whose fillings name nothing
        harmful, is left out."""
        out = {}
        letters = _MASK_ALPHABETS.get(self.lang)
        if not letters:
            return out
        cache = self._asterisk_cache
        for word in masked[:_MASKED_WORDS_AT_MOST]:
            hit = cache.get(word)
            if hit is None:
                hit = cache[word] = self._asterisk_reading(word, letters)
                if len(cache) > 10000:  # bounded memory: start afresh
                    cache.clear()
            out.update(hit)
        return out

    def _asterisk_reading(self, word, letters):
        """asterisk_tags for one masked word: {unmasked token: tags}, empty when nothing harmful. Each
        asterisk needs two letters shown ("k**b" may be too many words). A "~" entry found inside a filling
        counts only where it covers every filled letter and two shown ones: the filled letters alone would
        spell one ("ش**موطه" filled as "شنقموطه" holds شنق, to hang). Where a filling is profane, the
        violent readings of the others are dropped: "sh*t" is no "shot"."""
        stars = word.count("*")
        if stars > _MASKS_AT_MOST or len(word) - stars < 2 * stars:
            return {}
        pieces = word.split("*")
        filled = [sum(len(p) for p in pieces[:k + 1]) + k for k in range(stars)]  # the filled positions
        seen = set()
        for fill in itertools.product(letters, repeat=stars):
            cand = "".join(p + f for p, f in zip(pieces, (*fill, ""), strict=True))
            cand = _fold(cand) if self.lang != "ar" else _ar_fold(_fold(cand))
            seen |= self.listed_tags(cand, infix=False)
            if len(cand) == len(word):
                for pos, stem, tag in self.infix_hits(cand):
                    end = pos + len(stem)
                    if pos <= filled[0] and filled[-1] < end and len(stem) - stars >= 2:
                        seen.add(tag)
        seen = {t for t in seen if t in _MASK_TAGS or t.startswith("SLUR:")}
        if seen & {"PROF", "VULG"}:
            seen.discard("VIOLENT")
        if not seen:
            return {}
        return {(_ar_fold(key) if self.lang == "ar" else key): frozenset(seen)
                for key in _TOKEN_RE.findall(normalise_text(word))}

    def hashtag_words(self, word):
        """(en; hundred-and-twentieth round) The words a hashtag typed as one word is made of
        ("deportallmuslims": deport, all, muslims), or None: a word of HASHTAG_MIN_LEN letters or more that
        is no known or listed word, split into known or listed words the way whose words are commonest (the
        least sum of the logarithms of their ranks by frequency, known_words.ranks, and HASHTAG_WORD_COST a
        word; a listed word no text holds counts as a rare one), in two words or more."""
        if len(word) < HASHTAG_MIN_LEN or word in self.known or word in self.exact or not word.isalpha():
            return None
        if self._known_rank is None:
            self._known_rank = known_words.ranks(self.lang)
        rank, rare = self._known_rank.get, math.log(len(self._known_rank) + 2)
        exact = self.exact
        n = len(word)
        best = [(0.0, 0)] + [None] * n  # best[i]: (cost, start of the last word) of word[:i]
        for i in range(1, n + 1):
            for j in range(max(0, i - HASHTAG_LONGEST), i):
                if best[j] is None:
                    continue
                part = word[j:i]
                r = _HASHTAG_SHORT.get(part) if len(part) < 2 else rank(part)
                if r is None:
                    if part not in exact:
                        continue
                    cost = rare + HASHTAG_WORD_COST
                else:
                    cost = math.log(r + 2) + HASHTAG_WORD_COST
                if best[i] is None or best[j][0] + cost < best[i][0]:
                    best[i] = (best[j][0] + cost, j)
        if best[n] is None:
            return None
        parts, i = [], n
        while i > 0:
            j = best[i][1]
            parts.append(word[j:i])
            i = j
        return parts[::-1] if len(parts) > 1 else None

    def names_people(self, word):
        """(fa) Whether ``word`` names a people (a GROUP: tag)."""
        return any(t.startswith("GROUP:") for t in self.tags(word))

    def cut_word_tags(self, a, b):
        """(hundred-and-twenty-fourth round) The tags of the word ``a`` and ``b`` make joined, of a kind read
        in a frame (_LETTER_TAGS, a people's name): a listed whole word, or a listed stem that reaches past
        the cut with at most four letters after it ("hayv andan": hayvan-dan, "öldü rmek": öldür-mek; not
        "da yakıştırdım" as dayak, a beating, and "ıştırdım"), and past the first letter of a known word
        after the cut ("ASALA gibi", like ASALA, is no asalağ-, a parasite)."""
        def read():
            joined = a + b
            reach = len(a) + (1 if b in self.known else 0)  # past a known word's first letter
            found = {t for t in self.exact.get(joined, ()) if _slip_keeps(t, _LETTER_TAGS)}
            found.update(t for stem, t in _starting(self._framed_index(), joined, reach + 1)
                         if len(joined) - len(stem) <= 4)
            return frozenset(found)
        return self._memoised(("cut", a, b), read)

    def _framed_index(self):
        """(hundred-and-twenty-fourth round) The listed stems with a tag read in a frame or a people's name
        (_LETTER_TAGS, GROUP), indexed by _by_stem (built at the first word cut by a space)."""
        if self._framed_stems is None:
            index = {}
            for stems in self.prefix.values():
                for stem, t in stems:
                    if _slip_keeps(t, _LETTER_TAGS):
                        index.setdefault(stem[:2], []).append((stem, t))
            self._framed_stems = _by_stem(index)
        return self._framed_stems

    def _people_index(self):
        """(hundred-and-twenty-fourth round) The listed whole words, stems and "~" entries (read under the
        article and clitics, _PEOPLE_CLITICS) with a people's name, indexed by _by_stem: what a people's name
        run on starts as (people_run_on, inflected_name)."""
        if self._people_starts is None:
            groups = {}
            entries = [(w, t) for w, ts in self.exact.items() for t in ts]
            entries += [e for stems in self.prefix.values() for e in stems] + list(self.infix)
            for stem, t in entries:
                if t.startswith("GROUP:"):
                    groups.setdefault(stem[:2], []).append((stem, t))
            self._people_starts = _by_stem(groups)
        return self._people_starts

    def run_together_parts(self, word):
        """(en; hundred-and-twenty-fourth round) The words ``word``, typed as words run together, is read as
        (hashtag_words), where one of them is a people's name or a word of harm read in a frame
        (_LETTER_TAGS); or None. Not for a crude word or an insult alone, which a name or a coined word holds
        as often ("Sakashita", "unfuckable"): these are read in their frame, a people beside what is said of
        them.
        Every word of three letters or more, or a short one people run into others (_RUN_SHORT_PARTS: "so",
        "is" -- not "oc" and "rat" of "denocrat"), and the word that carries the harm of four or more
        ("zookeeper" is no zoo). A word read as a listed one misspelt, or a phrase's word, is that word
        ("disgutsing" is no "disgust" and "sing", "nothung but animals" no "not hung")."""
        def read():
            if self.slip_tags(word) or self.phrase_slip(word):
                return None
            parts = self.hashtag_words(word)
            if parts and all(len(p) >= 3 or p in _RUN_SHORT_PARTS for p in parts) and any(
                    _slip_keeps(t, _LETTER_TAGS) for p in parts if len(p) >= 4 for t in self.tags(p)):
                return parts
            return None
        return self._memoised(("parts", word), read)

    def people_run_on(self, words):
        """(hundred-and-twenty-fourth round) Whether one of ``words`` may be a people's name run into the next
        word: six letters or more, no known or listed word, starting as a people's name does (a quick look
        before _people_run_on_parts reads it)."""
        clitics = _PEOPLE_CLITICS.get(self.lang, ("",))

        def starts_as_a_people(w):
            return lambda: w not in self.exact and any(
                _starting(self._people_index(), w[len(c):]) for c in clitics if w.startswith(c))
        return any(self._memoised(("people", w), starts_as_a_people(w)) for w in words if len(w) >= 6)

    def inflected_name(self, word):
        """(hundred-and-twenty-fourth round) Whether ``word`` is a listed people's name (a stem) and an ending
        after it (_people_ending): "çingeneler" is çingene and -ler, not "çingen" and "eler"."""
        return any(t.startswith("GROUP:") and (len(stem) == len(word)
                                               or _people_ending(self.lang, word[len(stem):]))
                   for stem, t in _starting(self._people_index(), word))

    def inflected_known(self, word):
        """(hundred-and-twenty-fourth round) Whether ``word`` starts with a known word of four letters or more
        that leaves at most three letters after it: an ending ("yakıştırdım", "بعدیش"), not a fragment of a
        word cut in two ("hayv", "rmek")."""
        known = self.known
        return self._memoised(("inflected", word), lambda: any(
            word[:k] in known for k in range(max(4, len(word) - 3), len(word))))

    def _memoised(self, key, read):
        """What ``read()`` gives, remembered in _word_memo under ``key`` (names and coinages recur; the memo
        starts afresh past 50,000 entries)."""
        memo = self._word_memo
        hit = memo.get(key, memo)  # (one lookup: another thread may clear the memo between two)
        if hit is memo:
            if len(memo) > 50_000:
                memo.clear()
            hit = memo[key] = read()
        return hit

    def listed_tags(self, word, infix=True):
        """The tags the lists give ``word`` itself -- whole words, stems, "~" entries inside it (unless
        not ``infix``) and (tr) the ASCII-folded entries -- without tags()'s readings of clitics, slips and
        leetspeak, and without caching it (asterisk_tags tries hundreds of fillings no one writes)."""
        found = set(self.exact.get(word, ()))
        self._add_stem_tags(word, found, infix)
        return found

    def _add_stem_tags(self, word, found, infix=True):
        """Add to ``found`` the tags of the stems ``word`` starts with, of the "~" entries inside it (with
        ``infix``) and (tr) of the ASCII-folded entries it reaches (with the Turkish letters it was typed
        with)."""
        if self._prefix_by_stem is None:  # (the lists are complete once __init__ is done)
            self._prefix_by_stem, self._fold_by_stem = _by_stem(self.prefix), _by_stem(self.fold_prefix)
        for _stem, tag in _starting(self._prefix_by_stem, word):
            found.add(tag)
        for _pos, _stem, tag in self.infix_hits(word) if infix else ():
            found.add(tag)
        if self.fold_exact:
            f = word.translate(_TR_ASCII)
            src = self._fold_src
            found.update(tag for tag in self.fold_exact.get(f, ()) if _tr_letters_agree(word, src[(f, tag)]))
            for stem, tag in _starting(self._fold_by_stem, f):
                if _tr_letters_agree(word, src[(stem, tag)]):
                    found.add(tag)

    def infix_hits(self, word):
        """[(position, stem, tag)] of the "~stem" entries inside ``word``: stems are indexed by their
        first two letters, so a word costs a look-up per position rather than a scan of every stem."""
        if self._infix_by2 is None or self._infix_n != len(self.infix):
            self._infix_by2, self._infix_n, self._infix_short = {}, len(self.infix), []
            for stem, tag in self.infix:
                if len(stem) < 2:
                    self._infix_short.append((stem, tag))
                else:
                    self._infix_by2.setdefault(stem[:2], []).append((stem, tag))
            self._infix_any = _trie_regex({stem for stem, _ in self.infix})
        if self._infix_any is None or not self._infix_any.search(word):
            return []  # no stem inside the word (most words): the scan below would find nothing
        if self.lang == "ar" and _AR_CONFERENCE in word:
            return []  # (sixty-fourth round) "مؤتمر" (a conference) holds "موت" (death) without its hamza
        by2 = self._infix_by2
        out = [(word.find(stem), stem, tag) for stem, tag in self._infix_short if stem in word]
        for j in range(len(word) - 1):
            for stem, tag in by2.get(word[j:j + 2], ()):
                if word.startswith(stem, j):
                    out.append((j, stem, tag))
        return out

    def _leet_entries(self):
        """The exact and prefix entries restricted to the tags a 1-for-l reading keeps (those of
        _LEET_TAGS and the slurs): {word: tags}, {first two letters: [(stem, tag)]}."""
        if self._leet is None:
            def keep(t):
                return t in _LEET_TAGS or t.startswith(("SLUR:", "GROUP:"))  # "mus1ims" too
            exact = {w: {t for t in ts if keep(t)} for w, ts in self.exact.items()}
            prefix = {k: [(stem, t) for stem, t in stems if keep(t)] for k, stems in self.prefix.items()}
            self._leet = ({w: ts for w, ts in exact.items() if ts}, {k: v for k, v in prefix.items() if v})
        return self._leet

    def masked_tags(self, word):
        """(tr) A word typed with its vowels masked ("ş*r*fs*z", "s*l*k", "p*z*v*nk": normalise.py drops
        the stars): a listed insult, profanity, vulgarity or slur with two vowels or more left out (never
        its first letter), read only in a word of five letters or more that no Turkish word looks like --
        no vowel at all, or four consonants in a row -- and never shorter than four letters (tşk, tsk,
        syn, skk: abbreviations). An entry's stem is read only with all its vowels out ("şrfsz" + "ler").
        On the Turkish training split the reading adds tags to words of 8 violating and 2 clean comments
        (one a run of letters, "kzbnktrnc"); with one vowel out, or three consonants, it read "çiftler"
        (pairs) as "çifitler" and "cinsler" as a stem of "acınası"."""
        if self._masked is None:
            exact, prefix = {}, {}
            for w, ts in self.exact.items():
                ts = frozenset(t for t in ts if t in _MASKED_TAGS or t.startswith("SLUR:"))
                if not ts or not w.isalpha():
                    continue
                idx = [i for i, c in enumerate(w) if c in _TR_VOWELS and i > 0]
                for r in range(2, len(idx) + 1):
                    for gone in itertools.combinations(idx, r):
                        d = "".join(c for i, c in enumerate(w) if i not in gone)
                        if len(d) >= 5:
                            exact[d] = exact.get(d, frozenset()) | ts
            for stems in self.prefix.values():
                for stem, t in stems:
                    if (t in _MASKED_TAGS or t.startswith("SLUR:")) and stem.isalpha():
                        d = stem[0] + "".join(c for c in stem[1:] if c not in _TR_VOWELS)
                        if len(d) >= 4 and len(stem) - len(d) >= 2:
                            prefix.setdefault(d, set()).add(t)
            self._masked = (exact, prefix)
        exact, prefix = self._masked
        hit = exact.get(word) or prefix.get(word)
        if hit:
            return set(hit)
        # a stem's skeleton and a suffix, which has a vowel unless it is one or two letters ("şrfsz-ler",
        # "slk-sın"; not "kzbn-ktrnc")
        return next((set(prefix[word[:k]]) for k in range(len(word) - 1, 3, -1) if word[:k] in prefix
                     and (len(word) - k <= 2 or not _TR_VOWELS.isdisjoint(word[k:]))), set())

    def _slip_index(self):
        """(exact, missing, prefix, prefix_missing): the listed words and stems with a tag a slip keeps
        that slip_tags can reach, {word: tags} and the stems by their first two letters (_by_stem), and
        the same with one letter (not the first) missing -- what a word that lost a letter is looked up in.
        A word read has SLIP_MIN_LEN letters or more, and only one longer than that gains or loses a
        letter; so a listed word has SLIP_MIN_LEN letters or more, one that lost a letter two more, and a
        stem (which starts a longer word) one letter less."""
        if self._slips is None:
            keep = _slip_keeps
            exact, missing, prefix, prefix_missing = {}, {}, {}, {}
            replaced, prefix_replaced = {}, {}  # (hundred-and-twenty-second round) by each letter's place
            short = {}  # (en, hundred-and-eighth round) the short words short_slip_tags reads
            for w, ts in self.exact.items():
                ts = {t for t in ts if keep(t)}
                if ts and len(w) >= SLIP_MIN_LEN and w.isalpha():
                    exact.setdefault(w, set()).update(ts)
                    if len(w) >= SLIP_MIN_LEN + 1:
                        for j in range(1, len(w)):
                            replaced.setdefault(w[:j] + _REPLACED + w[j + 1:], set()).update(ts)
                    if len(w) >= SLIP_MIN_LEN + 2:
                        for j in range(1, len(w)):
                            missing.setdefault(w[:j] + w[j + 1:], set()).update(ts)
                short_ts = {t for t in ts if t in _SHORT_SLIP_TAGS or t.startswith("GROUP:")}
                if (self.lang in SLIP_READ_LANGS and short_ts and w.isalpha()
                        and SHORT_SLIP_LEN <= len(w) <= SLIP_MIN_LEN + 1):
                    if len(w) == SHORT_SLIP_LEN:  # two neighbouring letters swapped, not the first
                        for j in range(1, len(w) - 1):
                            if w[j] != w[j + 1]:
                                short.setdefault(w[:j] + w[j + 1] + w[j] + w[j + 2:], set()).update(short_ts)
                    for j in range(1, len(w)):  # one letter (not the first) missing
                        short.setdefault(w[:j] + w[j + 1:], set()).update(short_ts)
                    if len(w) == SLIP_MIN_LEN:  # (hundred-and-twenty-fourth round) one typed as another
                        for j in range(1, len(w)):
                            short.setdefault(w[:j] + _REPLACED + w[j + 1:], set()).update(short_ts)
            self._short_slips = short
            for stems in self.prefix.values():
                for stem, t in stems:
                    if keep(t) and len(stem) >= SLIP_MIN_LEN - 1 and stem.isalpha():
                        prefix.setdefault(stem[:2], []).append((stem, t))
                        if len(stem) >= SLIP_MIN_LEN:
                            for j in range(1, len(stem)):
                                d = stem[:j] + stem[j + 1:]
                                prefix_missing.setdefault(d[:2], []).append((d, t))
                                r = stem[:j] + _REPLACED + stem[j + 1:]
                                prefix_replaced.setdefault(r[:2], []).append((r, t))
            self._slips = (exact, missing, _by_stem(prefix), _by_stem(prefix_missing))
            self._replaced = (replaced, _by_stem(prefix_replaced))
        return self._slips

    def slip_tags(self, word, swaps_only=False, had=frozenset()):
        """The tags ``word`` would have if it were one spelling slip away from a listed word (see
        SLIP_LANGS): the first reading that finds any -- two neighbouring letters swapped, one letter
        too many, one letter missing. The first letter is never the one added or lost: "skillet" is
        not "kill" with an s, "laughter" not "slaughter" without one.

        ``swaps_only`` (the languages outside SLIP_READ_LANGS): only a swap, never of the first letter,
        and a stem only of SLIP_MIN_LEN letters or more -- Turkish short stems swapped into ordinary
        words ("iskele", a pier, as sik-; "sıçrama", a jump, as sıç-; "binerse" as ibne).

        ``had``: the tags the word has as written. A reading that finds only those is no reading
        (hundred-and-twentieth round): "disgustng" starts with the stem "disgust" (hatred), and so does its
        swap "disgustgn", which had ended the search before the reading with a letter missing, which
        finds "disgusting" (a negative predicate: "Gay people are disgustng" was no abuse)."""
        exact, missing, prefix, prefix_missing = self._slip_index()
        min_stem = SLIP_MIN_LEN if swaps_only else 0

        def look(alt):
            # a stem only for a word not much longer than it: a slip inside "underperformance" or a
            # hashtag that runs words together is not a slip of its first few letters. (Most readings
            # find nothing: no set is made for them, and no stem is scanned where none starts so.)
            hit = exact.get(alt)
            stems = _starting(prefix, alt, max(min_stem, len(alt) - 3))
            if not stems and self.lang == "tr":
                # (hundred-and-ninth round) a people's name with its case endings after it: "Suriyeillerden"
                # is "Suriyelilerden" swapped (the stem "suriyeli" and six letters more)
                stems = [(st, t) for st, t in _starting(prefix, alt, max(min_stem, len(alt) - 7))
                         if t.startswith("GROUP:") and _TR_CASE_ENDINGS.fullmatch(alt[len(st):])]
            if not stems:
                return set(hit) if hit else None
            hits = set(hit) if hit else set()
            hits.update(t for _stem, t in stems)
            return hits
        infix = swaps_only and self.lang in _SWAP_INFIX_LANGS
        for j in range(1 if swaps_only else 0, len(word) - 1):
            if word[j] != word[j + 1]:
                alt = word[:j] + word[j + 1] + word[j] + word[j + 2:]
                hits = look(alt)
                if not hits and infix:
                    hits = self._swapped_infix_tags(alt, j)
                if hits and not hits <= had:
                    return hits
        if swaps_only or len(word) <= SLIP_MIN_LEN:
            # a five-letter word is read only with two letters swapped ("tarsh", "wmoen"): one letter
            # more or less makes another short word too often ("dougs", "garys")
            return set()
        for j in range(1, len(word)):
            hits = look(word[:j] + word[j + 1:])
            if hits and not hits <= had:
                return hits
        hits = set(missing.get(word, ()))
        if not hits:  # a stem that lost a letter, in a word hardly longer ("imigrants", not "coolest")
            hits.update(t for _d, t in _starting(prefix_missing, word, len(word) - 2)
                        if not t.startswith("SLUR:"))
        if not hits or hits <= had:
            hits = self.replaced_tags(word) - had or hits
        return hits

    def replaced_tags(self, word):
        """(en; hundred-and-twenty-second round) The tags ``word`` would have with one letter (not the first)
        typed as another, a neighbouring key as often as not: "cancwr", "worthkess", "disgudting" -- a listed
        word of six letters or more, or a stem of five or more the word starts with (two letters longer at
        most: "regardles" is no "retard" + "les", "creamfields" no "creampie" + "lds"),
        read letter by letter: each place's letter blanked (_REPLACED) in the word and in the entries alike.
        The first place that finds any."""
        self._slip_index()
        replaced, prefix_replaced = self._replaced
        for j in range(1, len(word)):
            key = word[:j] + _REPLACED + word[j + 1:]
            hits = set(replaced.get(key, ()))
            hits.update(t for _r, t in _starting(prefix_replaced, key, max(j + 1, len(word) - 2))
                        if not t.startswith("SLUR:"))
            if hits:
                return hits
        return set()

    def _swapped_infix_tags(self, alt, j):
        """(ar, fa; hundred-and-twentieth round) The tags of the "~" entries of SLIP_MIN_LEN letters or more
        inside ``alt`` (a word with its letters j and j + 1 swapped back) that the swap made -- an entry
        holding at least one of the two letters -- where ``alt`` is a word people write (known_words)."""
        if alt not in self.known:
            return set()
        return {tag for pos, stem, tag in self.infix_hits(alt)
                if pos <= j + 1 and j < pos + len(stem) and len(stem) >= SLIP_MIN_LEN
                and _slip_keeps(tag)}

    def phrase_slip(self, word):
        """(hundred-and-twenty-first round) The word of a phrase ``word`` is one slip away from -- two
        neighbouring letters swapped or one letter missing, never the first, in a phrase word of four letters
        or more (missing: five) -- or None, or where it is a slip of more than one ("yanaken" is "yanarken",
        "الووجد" "الوجود"). A stem's slip keeps the rest of ``word`` after it.
        HarmDetector._analyse reads a comment's phrases once more with its unknown, untagged words so read:
        a phrase's words are read only together, so a slip of one of them is read only where the others
        stand beside it ("Tüm göçmenleri yanaken görmek isterim", "أتمنى يختفي اليهود من الووجد")."""
        if self._phrase_slips is None:  # (built at the first such word; the phrases' 2,000-10,000 words)
            exact, stems = {}, {}
            for t in {t for toks, _tag in self.phrases for t in toks}:
                w = t[:-1] if t.endswith("*") else t
                if len(w) < 4 or not w.isalpha():
                    continue
                forms = {w[:j] + w[j + 1] + w[j] + w[j + 2:] for j in range(1, len(w) - 1)}
                if len(w) >= 5:
                    forms.update(w[:j] + w[j + 1:] for j in range(1, len(w)))
                forms.discard(w)
                index = stems if t.endswith("*") else exact
                for f in forms:  # ("": a slip of two words)
                    index[f] = w if index.get(f, w) == w else ""
            self._phrase_slips = (exact, stems)
        exact, stems = self._phrase_slips
        hit = exact.get(word)
        if hit is not None:
            return hit or None
        for k in range(len(word), 2, -1):  # the longest stem's slip that starts the word
            stem = stems.get(word[:k])
            if stem is not None:
                # (a word that starts with the stem as it is spelt is no slip of it: "ermenilerin" starts
                # with "ermen", ermeni- missing its i)
                return stem + word[k:] if stem and not word.startswith(stem) else None
        return None

    def letter_restored_tags(self, word):
        """(ar, fa, tr) The tags of the word ``word`` is with one letter put back after its first letter:
        - (hundred-and-twentieth round) a vowel (a long vowel in Arabic and Persian, _VOWELS_PUT_BACK), where
          the word is one people write (known_words) and the lists give it a tag _VOWEL_TAGS keeps:
          "aptalsn" is aptalsın, "مقرفن" مقرفين;
        - (hundred-and-twenty-first round) any letter, where the word is a known or a listed one and the tag
          one of _LETTER_TAGS, which make a finding only in a frame: "طفییات" is طفیلیات, "اطدوا" اطردوا;
        - (hundred-and-twenty-second round; tr: _REPLACED_LANGS) the same words with one letter typed as
          another, for what is said of a people only (_REPLACED_TAGS): "igrenvler" is iğrençler.
        A letter missing read against every listed word and tag had read ordinary forms the training texts
        never show as listed ones ("ölürse", if they die, as a threat: the forty-ninth round)."""
        if self._restored is None:
            # every such word by each form it takes with a letter left out (built once, at the first word read
            # so). listed_tags reads only the words the entries with such a tag are found in: over every one
            # of Arabic's 59,000 known words it took 0.4 s, a quick look at each word 0.15 s, and scorer's
            # first pass over new words was a sixth slower
            def keep(t):
                return _slip_keeps(t, _VOWEL_TAGS | _LETTER_TAGS)
            any_infix = _trie_regex({stem for stem, tag in self.infix if keep(tag)})
            vowels, index, letters = _VOWELS_PUT_BACK[self.lang], {}, {}
            # the words that may have such a tag, found from the entries' side: the whole words, the known
            # words each stem starts (a range of them sorted), those the "~" entries are in (one search over
            # them all) and, in Turkish, the same folded to ASCII
            words = sorted(w for w in self.known if len(w) > SLIP_MIN_LEN)
            maybe = {w for w, ts in self.exact.items() if w.isalpha() and (
                any(map(keep, ts)) if w in self.known else not _LETTER_TAGS.isdisjoint(ts))}

            def starting(sorted_words, stems):
                """The positions in ``sorted_words`` of the words each of ``stems`` starts."""
                for stem in stems:
                    k = bisect_left(sorted_words, stem)
                    while k < len(sorted_words) and sorted_words[k].startswith(stem):
                        yield k
                        k += 1
            maybe.update(words[k] for k in starting(
                words, {stem for stems in self.prefix.values() for stem, t in stems if keep(t)}))
            if any_infix is not None:
                joined = "\n".join(words)
                starts = [0]
                for w in words:
                    starts.append(starts[-1] + len(w) + 1)
                for m in any_infix.finditer(joined):
                    maybe.add(words[bisect_right(starts, m.start()) - 1])
            if self.fold_exact or self.fold_prefix:
                folded = sorted((w.translate(_TR_ASCII), w) for w in words)
                fold_words = [f for f, _w in folded]
                stems = {w for w, ts in self.fold_exact.items() if any(map(keep, ts))}
                for f, w in folded:
                    if f in stems:
                        maybe.add(w)
                fold_stems = {stem for stems in self.fold_prefix.values() for stem, t in stems if keep(t)}
                maybe.update(folded[k][1] for k in starting(fold_words, fold_stems))
            for w in maybe:
                if len(w) <= SLIP_MIN_LEN:
                    continue
                tags = {t for t in self.listed_tags(w) if keep(t)}
                # a vowel's tags (a known word's, not a call to expel: "evlerine", to their homes, is how "go
                # home" is said, and "evlerin" is of the houses); any letter's
                by_vowel = tags & _VOWEL_TAGS | {t for t in tags if t.startswith(("SLUR:", "GROUP:"))}
                by_letter = tags & _LETTER_TAGS
                if w not in self.known:
                    by_vowel = set()
                for i in range(1, len(w)):
                    if w[i] in vowels and by_vowel:
                        index.setdefault(w[:i] + w[i + 1:], set()).update(by_vowel)
                    if by_letter:
                        letters.setdefault(w[:i] + w[i + 1:], set()).update(by_letter)
                        # (hundred-and-twenty-second round) and the letter typed as another, for what is
                        # said of a people (not an act: Turkish verb forms one key apart are other verbs,
                        # "atacaksınız" is "asacaksınız", "eğilecek" "ezilecek")
                        by_key = by_letter & _REPLACED_TAGS if self.lang in _REPLACED_LANGS else None
                        if by_key:
                            letters.setdefault(w[:i] + _REPLACED + w[i + 1:], set()).update(by_key)
            self._restored = (index, letters)
        index, letters = self._restored
        found = set(index.get(word, ()))
        hit = letters.get(word)
        if not hit and not found and self.lang in _REPLACED_LANGS:
            keys = (word[:i] + _REPLACED + word[i + 1:] for i in range(1, len(word)))
            hit = next((h for h in map(letters.get, keys) if h), None)
        if not hit and not found and self.lang == "tr":
            # (hundred-and-twenty-fourth round) a listed stem with a letter left out, and after it only a case
            # ending: "hayvadan" is hayvandan, "parazitlerden" without its i. What is said of a people only
            # (_REPLACED_TAGS): a verb's stem so read is another verb's too often
            _exact, _missing, _prefix, prefix_missing = self._slip_index()
            hit = {t for d, t in _starting(prefix_missing, word, SLIP_MIN_LEN - 1)
                   if t in _REPLACED_TAGS and _TR_CASE_ENDINGS.fullmatch(word[len(d):])}
        if hit and not (self.lang in _INFLECTED_KNOWN and any(
                word[:k] in self.known and _TR_SUFFIXED.fullmatch(word[k:])
                for k in range(max(3, len(word) - 3), len(word)))):
            found |= hit  # (a known word's endings checked only where a letter's reading found any)
        return found

    def short_slip_tags(self, word):
        """(en, hundred-and-eighth round) The tags of a short word no dictionary holds (SHORT_SLIP_LEN to
        SLIP_MIN_LEN letters) read as a listed word of a people, hatred, dehumanisation, violence or
        exclusion one slip away: two neighbouring letters of a four-letter word swapped ("Jwes", "htae",
        "klil"), or a letter (not the first) missing from a word of five or six ("Kuds", "woen", "verin",
        "kiled", "deprt"); since the hundred-and-twenty-fourth round an insult or a negative predicate too
        ("stupd", "lirs", "idot"), and a letter of a five-letter word typed as another ("luars", "loeer").
        slip_tags reads only longer words, where one slip makes another word less often; these tags alone
        for the same reason, and no slur: names are a slip from one ("King Cnut", "poo poos")."""
        self._slip_index()
        hits = set(self._short_slips.get(word, ()))
        if not hits and len(word) == SLIP_MIN_LEN:
            for j in range(1, len(word)):
                hits = set(self._short_slips.get(word[:j] + _REPLACED + word[j + 1:], ()))
                if hits:
                    break
        return hits

    def doubled_tags(self, word):
        """The tags a slip keeps of ``word`` with one letter of a doubled pair dropped (the first such
        reading that finds any), the shorter word read as tags() reads any word."""
        for j in range(len(word) - 1):
            if word[j] == word[j + 1]:
                alt = word[:j] + word[j + 1:]
                hits = {t for t in self.tags(alt) if _slip_keeps(t)}
                if hits:
                    return hits
        return set()

    def run_together_tags(self, word):
        """The tags of the first split of ``word`` into two words, each a known word of the language or
        a listed one, of which one has a tag a slip keeps: words run together ("transpeople",
        "killall"). A word people write is never split (``therapist`` is not "the rapist")."""
        known, exact = self.known, self.exact
        if self.lang == "en":
            # (hundred-and-twentieth round) an article or "so" run into a listed word ("acancer", "sostupid"):
            # the harm is the second word's, of five letters or more
            for short in _EN_RUN_SHORT:
                rest = word[len(short):]
                if word.startswith(short) and len(rest) >= 5 and (rest in known or rest in exact):
                    hits = {t for t in self.tags(rest) if t in _SLIP_TAGS or t.startswith("SLUR:")}
                    if hits:
                        return hits
        for k in range(3, len(word) - 2):  # parts of three letters or more ("de" + "nuke" is "denuke")
            a, b = word[:k], word[k:]
            if (a in known or a in exact) and (b in known or b in exact):
                # the harmful part has four letters or more: "sinjar" is a town, not "sin" + "jar" (a people's
                # name of three beside "people": "gaypeople", "jewpeople")
                tags = ((self.tags(a) if len(a) >= 4 or b in _RUN_PEOPLE else frozenset())
                        | (self.tags(b) if len(b) >= 4 else frozenset()))
                hits = {t for t in tags if t in _SLIP_TAGS or t.startswith("SLUR:")}
                if not hits and (a in _RUN_GROUP_WITH or b in _RUN_GROUP_WITH):
                    # a group's name only beside a word that makes it one ("transpeople", "muslimsare"):
                    # "bengals" is a team, not "ben" + "gals"
                    hits = {t for t in tags if t.startswith("GROUP:")}
                if hits:
                    return hits
        return set()

    def tags(self, word):
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        if self.lang == "en" and "ii" in word and word not in self.exact:
            # normalise.py folds a 1 between letters to "i" (k1ll -> kill), which also makes
            # bu11et "buiiet": a doubled i is never English, so read it as "ll"
            word = word.replace("ii", "ll")
        found = set(self.exact.get(word, ()))
        if self.lang == "ar" and not found and len(word) >= 3 and word[0] in ("و", "ف"):
            found = set(self.exact.get(word[1:], ()))  # the conjunction clitic: وراح, فلازم, وانت
        if self.lang == "ar" and not found and len(word) >= 5:
            base = word[1:] if word[0] in ("و", "ف") else word
            if base.startswith("لل"):
                found = {t for t in self.tags("ا" + base[1:]) if t.startswith(_AR_NOMINAL)}
        if self.lang == "ar" and not found and len(word) >= 6 and word.startswith("هال"):
            # (seventeenth round) the dialect demonstrative fused with the article: "هالعجم", "هالسوريين"
            # (not a word that is mostly something else: "هالسنه" is this year)
            base = self.tags(word[1:])
            found = set() if "AMBIG" in base else {t for t in base if t.startswith(_AR_NOMINAL)}
        if self.lang == "ar" and not found and len(word) >= 4 and word[-1] == "ا" and word[-2] not in "وی":
            # the alif of an indefinite accusative ("يهوداً", "عرباً" once the tanween is gone; not the
            # countries, "سوريا", "تركيا", nor a verb's plural "وا")
            found = {t for t in self.tags(word[:-1]) if t.startswith(_AR_NOMINAL)}
        if self.lang == "fa" and not found and len(word) >= 6 and word.endswith("نشین"):
            # (round 182) "-نشین", dwelt in by: a place named by its people ("روستاهای کردنشین", "محله‌های
            # سنی‌نشین") names the people, as their adjective does; and "کرد" so read is no verb (did)
            found = {t for t in self.tags(word[:-4]) if t.startswith("GROUP:")}
        self._add_stem_tags(word, found)
        if not found and self.lang == "en" and "i" in word and len(word) >= 4:
            # a 1 written for an l ("s1aughter", "ki1l") was folded to "i" by normalise.py; only
            # the entries with a tag that reading keeps are looked at (_leet_entries)
            exact, prefix = self._leet_entries()
            for j in (j for j, ch in enumerate(word) if ch == "i"):
                alt = word[:j] + "l" + word[j + 1:]
                hits = set(exact.get(alt, ()))
                hits.update(tag for stem, tag in prefix.get(alt[:2], ()) if alt.startswith(stem))
                if hits:
                    found = hits
                    break
        if (self.lang in SLIP_LANGS and len(word) >= SLIP_MIN_LEN and word not in self.known
                and word.isalpha()):
            # no word of the language: perhaps a listed one slipped, even when a stem is listed for it
            # ("disgustnig" starts with the stem of "disgust", and is "disgusting" slipped), or two
            # words run together
            if self.lang in SLIP_READ_LANGS:
                found |= self.slip_tags(word, had=found) or (set() if found else self.run_together_tags(word))
            elif not word.startswith(_NOT_SWAPPED.get(self.lang, ())):
                # (forty-ninth round) elsewhere only two neighbouring letters swapped ("aptlasın",
                # "ahamk"): a letter missing or one too many read too many Turkish word forms the
                # training texts never show as listed ones ("ölürse" as a threat), on clean comments more
                # often than on offensive ones
                found |= self.slip_tags(word, swaps_only=True, had=found)
                if self.lang in _VOWELS_PUT_BACK and (not found or (
                        self.lang in _RESTORED_BESIDE_TAGS and not any(map(_slip_keeps, found)))):
                    found |= self.letter_restored_tags(word)
        if (not found and self.lang in SLIP_READ_LANGS and SHORT_SLIP_LEN <= len(word) <= SLIP_MIN_LEN
                and word not in self.known and word.isalpha()):
            found = self.short_slip_tags(word)
        if (not found and self.lang in SLIP_READ_LANGS and len(word) >= 5 and word[0] == "i"
                and (word[1:] in self.exact or word[1:] in self.known)):
            # the first person run into a verb ("ihate", "iwill", "ikill"), even where people write it
            # often enough to be a known word
            found = {t for t in self.tags(word[1:]) if t in _FIRST_PERSON_RUN}
        if (self.lang == "fa" and not found and len(word) >= 5 and "و" in word[1:]
                and not word.startswith("ابونه")):
            # the short o/u written out as و in a spoken spelling ("اوبنه" for ابنه, "اسکول" for اسکل):
            # an insult or a slur of four letters or more read through it; not the crude words, which
            # are short and near other words ("جونده", a rodent, is not جنده; "ابونه", subscribed, is French)
            for j in range(1, len(word)):
                if word[j] != "و" or word[j - 1] == "و" or (j + 1 < len(word) and word[j + 1] == "و"):
                    continue
                alt = word[:j] + word[j + 1:]
                # a listed word of four letters or more (the prefix entries), not a short one with a
                # suffix ("خوران", eaters, is not خر + ان)
                t = {tag for stem, tag in self.prefix.get(alt[:2], ())
                     if len(stem) >= 4 and alt.startswith(stem)}
                if ("INSULT" in t or any(x.startswith("SLUR:") for x in t)) and not (
                        {"PROF", "VULG"} & self.tags(alt)):
                    found = {x for x in t if x == "INSULT" or x.startswith(("SLUR:", "GROUP:"))}
                    break
        if (not found and self.lang in SLIP_LANGS and self.lang not in SLIP_READ_LANGS
                and len(word) >= (4 if self.lang in _NO_DOUBLES else 5)
                and (word not in self.known or self.lang in _NO_DOUBLES)
                and word.isalpha() and any(word[j] == word[j + 1] for j in range(len(word) - 1))):
            # (forty-ninth round) a key pressed twice, in a word of any length: "كلبب", "حماار",
            # "اليهوود", "hainn": read with one of the pair, through every reading above (the clitics, the
            # stems), for the tags a slip keeps. A word the language writes is not re-read, except in
            # Arabic and Persian, whose script writes a doubled consonant once (the shadda): there a
            # doubled letter that people write often is emphasis ("كلبب", dog!, is in the training texts),
            # and a word of four letters is read too; in Latin letters five ("book" is no Turkish "bok").
            # Not in English, whose other readings take a letter too many out of a longer word: there this
            # one read 73 words of the data anew, most of them wrongly ("hicksville" as "vile", "foodie")
            found = self.doubled_tags(word)
        if (not found and self.lang == "tr" and len(word) >= 5 and word.isalpha()
                and (_TR_VOWELS.isdisjoint(word) or _TR_CONSONANT_RUN.search(word))):
            found = self.masked_tags(word)  # its vowels masked: "ş*r*fs*z", "p*z*v*nk"
        if (self.lang == "fa" and found & _FA_PLACE_DROPS and word not in self.exact
                and _FA_PLACE_RE.search(word)):
            # (hundred-and-fifty-second round) "-ستان" makes a place of the word before it: a hospital is no
            # sick one, England no parasite, a breast (پستان) nothing vile (the stems of "بیمار", "انگل" and
            # "پست" read all three: "ارتش ... بیمارستان‌ها رو بمباران کرد" was a sweeping claim)
            found = found - _FA_PLACE_DROPS
        if self.lang == "fa" and _fa_you_are(self, word, found):
            found |= {"INSULT", "YOUARE"}
        out = frozenset(found) if found else _NO_TAGS  # (most words: one shared empty set)
        self._cache[word] = out
        if len(self._cache) > WORDS_CACHED:
            self._cache.popitem(last=False)
        return out


# (sixty-eighth round) "nothing but <harm>": a group that brings, does or is nothing but crime is a sweeping
# claim ("پناهجوها جز جرم و جنایت چیزی نمیارن", "Mülteciler suçtan başka bir şey getirmiyor"); one that has
# seen or suffered nothing but war is pitied ("پناهجوها جز بدبختی چیزی ندیدند"). Arabic has its own
# (the pre-pass's _AR_EXCEPT and the lexicon's HARMNOUN).
# (sixty-eighth round) a group's own wish (fa_they_want): "they want", and "they have" after fondness or hope
_FA_THEY_WANT = frozenset({"میخوان", "میخواهند", "میخوانند", "مایلند", "مایلن", "خواهانند", "خواهانن",
                           "امیدوارند", "امیدوارن", "ارزومندند"})
_FA_THEY_HAVE = frozenset({"دارند", "دارن"})
_FA_FOND = frozenset({"دوست", "ارزو", "قصد", "تصمیم", "علاقه", "اشتیاق"})
_FA_HARM_NOUNS = frozenset({
    "جرم", "جنایت", "دزدی", "قاچاق", "فقر", "بدبختی", "خرابی", "ویرانی", "ترور", "تروریسم", "فساد", "کثافت",
    "اعتیاد", "فحشا", "بینظمی", "دردسر", "مشکل", "مشکلات", "بلا", "نکبت", "تجاوز", "اشوب", "جنگ", "خشونت",
    "فلاکت", "ناامنی", "گدایی", "بیماری", "مریضی", "کثافتکاری", "ظلم", "رنج", "اوارگی", "درد", "خیانت"})
_FA_BUT = frozenset({"جز", "بجز", "غیر", "غیراز"})
_FA_ANYTHING = frozenset({"چیزی", "هیچی", "هیچ", "کاری", "چیز", "کار"})
# verbs of bringing, doing, making, having, giving or being, negated ("نمیارن", "نیاوردن", "نمیکنن", "نیستن")
_FA_BRING_DO_BE = re.compile(r"^(?:نمی|ن)(?:ار|اور|یار|یاور|کن|کرد|ساز|ساخت|داد|ده|دار|داشت|زای|بود|باش)"
                             r"|^نیست")
# verbs of seeing, suffering or living through, negated ("ندیدند", "نکشیدن", "نچشیدن")
_FA_SEE_SUFFER = re.compile(r"^(?:نمی|ن)(?:دید|بین|کشید|کش|چشید|چش|شنید|یافت)")
_TR_HARM_NOUNS = ("suç", "suc", "bela", "terör", "teror", "pislik", "pisliğ", "pislig", "sorun", "dert",
                  "kavga", "şiddet", "siddet", "tecavüz", "tecavuz", "uyuşturucu", "uyusturucu", "fuhuş",
                  "fuhus", "kaos", "sefalet", "rezalet", "kargaşa", "kargasa", "hırsızlık", "hirsizlik",
                  "yoksulluk")
_TR_BRING_DO_BE = ("getir", "yap", "üret", "uret", "bil", "kat", "sun", "ver", "ol")
_TR_SEE_SUFFER = ("gör", "gor", "yaşa", "yasa", "tat", "çek", "cek", "duy")


def _tr_negated(word, stems):
    """The Turkish ``word`` is one of ``stems`` negated: the stem, then the negative -m ("getirmiyor")."""
    return any(word.startswith(stem) and word[len(stem):len(stem) + 1] == "m" for stem in stems)


def _nothing_but_harm(lang, words, k):
    """(sixty-eighth round) At ``k``, "but" of "nothing but <harm>" (fa جز ... چیزی نمیارن, tr "-dan başka bir
    şey getirmiyor"): ("claim" | "pity", [the harm words]) when a harm comes with a negated verb after it, of
    bringing, doing or being (a claim) or of seeing or suffering (pity), else None."""
    n = len(words)
    if lang == "fa":
        if words[k] not in _FA_BUT:
            return None
        harms, j = [], k + 1
        while j < n and j <= k + 5 and (words[j] in _FA_HARM_NOUNS or words[j] in ("و", "از")):
            if words[j] in _FA_HARM_NOUNS:
                harms.append(j)
            j += 1
        if not harms or j >= n or words[j] not in _FA_ANYTHING:
            return None
        for m in range(j + 1, min(n, j + 5)):
            if _FA_SEE_SUFFER.match(words[m]) or (words[m] == "تجربه" and m + 1 < n
                                                   and words[m + 1].startswith("ن")):
                return "pity", harms
            if _FA_BRING_DO_BE.match(words[m]):
                return "claim", harms
        return None
    if lang == "tr":
        w = words[k]
        if (not (w.startswith(_TR_HARM_NOUNS) and _TR_ABLATIVE.search(w)) or k + 1 >= n
                or words[k + 1] not in ("başka", "baska")):
            return None
        for m in range(k + 2, min(n, k + 6)):
            if _tr_negated(words[m], _TR_SEE_SUFFER):
                return "pity", [k]
            if _tr_negated(words[m], _TR_BRING_DO_BE):
                return "claim", [k]
        return None
    return None


# (sixty-ninth round) sexism said through a frame, not a predicate of its own (_sexism_frames): "a woman boss
# means ruin", "don't expect logic from women", "what do women know of politics?", "obviously a woman wrote
# it, all emotion", "let a woman be president and see", "she was hired only because she is pretty"
_MEANS = _nf("یعنی", "يعني")
_FA_RUIN = ("ورشکست", "تصادف", "فاجعه", "نابود", "بدبختی", "فلاکت", "شکست", "ضرر", "خرابی", "هرج", "افتضاح",
            "فروپاشی", "دردسر", "بلا")
_AR_RUIN = tuple(normalise_text(w) for w in ("خراب", "حادث", "كارث", "افلاس", "تفلس", "فشل", "مصيب", "فوضى",
                                              "دمار", "خساره", "خسارة", "تخرب", "يخرب", "كوارث"))
_AR_WOMAN_BARE = _nf("مرة", "مره", "امرأة", "امراة", "مرا", "حرمة")  # (bare "مرة" is also "once")
_FA_EXPECT = _nf("انتظار", "توقع")
_AR_EXPECT = re.compile(r"^(?:و|ف)?(?:ت|ن)?(?:توقع|نتظر|ستنی)")
_SENSE = {"fa": _nf("منطق", "عقل", "فهم", "شعور", "تحلیل", "درک", "منطقی"),
          "ar": _nf("منطق", "عقل", "فهم", "تفكير", "حكمة", "منطقي")}
_WHAT = {"fa": _nf("چی", "چه"), "ar": _nf("شو", "ايش", "إيش", "وش", "شنو", "شنهو", "ماذا")}
_FA_KNOW_OF = ("میفهم", "میدون", "حالیشون", "حالیش", "سرشون", "سرش")
_AR_KNOW = re.compile(r"^(?:و|ف)?(?:ب|ح|را)?(?:[یتن])?(?:فهم|عرف|فقه)")
_ALL_OF_IT = {"fa": _nf("پر", "همش", "همه‌اش", "فقط", "کلا", "سراسر"),
              "ar": _nf("كله", "كلو", "كلها", "بس", "فقط", "مجرد")}
_EMOTION = {"fa": ("احساس",), "ar": tuple(normalise_text(w) for w in ("عواطف", "عاطف", "مشاعر"))}
_LET = {"fa": _nf("بذار", "بذارید", "بذارین", "بزار", "بزارید", "بزارین"),
        "ar": _nf("خلي", "خلوا", "خلو", "خليها", "خلونا")}
_SEE = {"fa": ("ببین",), "ar": tuple(normalise_text(w) for w in ("شوف", "وشوف", "تشوف", "تشوفو"))}
_HAPPENS = {"fa": _nf("میشه", "میاد", "میکنه"), "ar": _nf("بيصير", "يصير", "بصير", "تصير")}
_AR_ONCE_NEXT = _nf("ثانية", "ثانيه", "تانية", "تاني", "ثاني", "أخرى", "اخرى", "وحدة", "واحدة", "ثالثة",
                    "ثانيا", "بالعمر", "بحياتي", "وحده", "واحده")
_AR_ONCE_PREV = _nf("كل", "أول", "اول", "آخر", "اخر", "هاي", "هذي", "ولا", "لاول", "لأول", "كم", "عشرين",
                    "مية", "الف", "ألف", "ثاني", "تاني")
_ROLES = _nf("مدیر", "رئیس", "رییس", "وزیر", "راننده", "خلبان", "قاضی", "فرمانده", "نماینده", "استاد", "مربی",
             "داور", "سرپرست", "سردبیر", "مجری", "خبرنگار", "فرماندار", "شهردار", "مديرة", "مديره", "رئيسة",
             "وزيرة", "سواقة", "سائقة", "قاضية", "نائبة", "مذيعة", "معلمة", "محافظة", "مدير", "رئيس", "وزير",
             "سواق", "سائق", "قاضي", "مذيع", "محافظ")
_CLAUSE_OPENERS = _nf("و", "اصلا", "أصلا", "اساسا", "ولی", "بس", "لكن")
_ABOUT = _nf("عن", "درباره", "دربارهی", "راجع", "راجب", "بخصوص")
_AR_ONLY_BECAUSE = _nf("لانها", "عشان", "عشانها", "علشان", "علشانها", "لان")
_AR_LOOKS = _nf("حلوة", "حلوه", "جميلة", "جمالها", "حلاتها", "شكلها", "وجهها", "جسمها")


def _sexism_frames(lang, words, tags):
    """(sixty-ninth round) [(the woman or women at g, the word at k that carries the claim)] of the frames
    above, in fa and ar. A frame ties a claim to women that no word of it makes alone: the same frames with
    no woman in them ("از دولت انتظار منطق نداشته باش", "a woman boss of this firm doubled its profits": no
    "means") find nothing."""
    if lang not in ("fa", "ar"):
        return []
    n = len(words)
    ruin = _FA_RUIN if lang == "fa" else _AR_RUIN

    def woman(j):
        if not 0 <= j < n:
            return False
        if _group_kind(tags[j]) == SEXISM:
            return True
        # a bare "مرة", not "once": "مرة ثانية", "كل مرة", "أول مرة"
        return (lang == "ar" and words[j] in _AR_WOMAN_BARE
                and (j + 1 == n or words[j + 1] not in _AR_ONCE_NEXT)
                and (j == 0 or words[j - 1] not in _AR_ONCE_PREV))

    def ruinous(j):
        return words[j].startswith(ruin) or "VIOLENT" in tags[j]

    out = []
    for j, w in enumerate(words):
        if w in _MEANS:  # "مدیر زن یعنی شرکت ورشکسته", "المرة ورا السواقة يعني حادث"
            # (women in general open the clause, or follow the post they hold: not "مرگ این زن یعنی فاجعه",
            # this woman's death means disaster, nor "قتل المرأة يعني كارثة")
            g = next((x for x in range(j - 1, max(-1, j - 5), -1) if woman(x)), None)
            if g is not None and g >= 1 and not (
                    words[g - 1] in _CLAUSE_OPENERS or words[g - 1] in _ROLES or words[g - 1][2:] in _ROLES
                    or "PERSON" in tags[g - 1]):
                g = None
            k = next((x for x in range(j + 1, min(n, j + 4)) if ruinous(x)), None)
            if g is not None and k is not None:
                out.append((g, k))
        elif w in _SENSE[lang]:  # "از زن‌ها انتظار منطق نداشته باش", "لا تتوقع منطق من النسوان"
            if lang == "fa":
                expect = any(words[x] in _FA_EXPECT for x in range(max(0, j - 3), j)) and any(
                    words[x].startswith("نداشت") for x in range(j + 1, min(n, j + 4)))
                g = next((x for x in range(max(0, j - 5), j) if woman(x) and x >= 1 and words[x - 1] == "از"),
                         None)
            else:
                expect = any(_AR_EXPECT.match(words[x]) and x >= 1 and "NEG" in tags[x - 1]
                             for x in range(max(0, j - 3), j))
                g = next((x for x in range(max(1, j - 4), min(n, j + 4))
                          if woman(x) and words[x - 1] == "من"), None)
            if expect and g is not None:
                out.append((g, j))
        elif w in _WHAT[lang]:  # "زن‌ها از سیاست چی سرشون میشه؟", "شو بتفهم المرة بالسياسة؟"
            # (they know, not "you": "چی میدونی"; what a woman knows, not what is known about her: "شو بتعرف
            # عن المرة")
            if lang == "fa":
                k = next((x for x in range(j + 1, min(n, j + 3)) if words[x].startswith(_FA_KNOW_OF)
                          and not words[x].endswith(("ی", "ید", "ین"))), None)
            else:
                k = next((x for x in range(j + 1, min(n, j + 3)) if _AR_KNOW.match(words[x])), None)
            if k is not None:
                g = next((x for x in range(max(0, j - 4), min(n, k + 3)) if x not in (j, k) and woman(x)),
                         None)
                if g is not None and any(words[x] in _ABOUT for x in range(min(g, k), max(g, k))):
                    g = None
                if g is not None:
                    out.append((g, k))
        elif w in _ALL_OF_IT[lang] and j + 1 < n:  # "معلومه نویسنده زنه، پر از احساسات", "كله عواطف"
            k = next((x for x in range(j + 1, min(n, j + 3)) if words[x].startswith(_EMOTION[lang])), None)
            g = next((x for x in range(j - 1, max(-1, j - 8), -1) if woman(x)), None)
            if k is not None and g is not None:
                out.append((g, k))
        elif w in _LET[lang]:  # "بذارید یه زن رئیس‌جمهور بشه تا ببینید کشور چطور نابود میشه"
            g = next((x for x in range(j + 1, min(n, j + 3)) if woman(x)), None)
            see = next((x for x in range(j + 2, min(n, j + 9)) if words[x].startswith(_SEE[lang])), None)
            if g is not None and see is not None and any(
                    ruinous(x) or (words[x] in _HAPPENS[lang] and words[x - 1] in _WHAT[lang])
                    for x in range(see + 1, min(n, see + 6))):
                out.append((g, see))
        elif lang == "ar" and w in _AR_ONLY_BECAUSE and j >= 1:  # "المذيعة توظفت بس لأنها حلوة"
            only = any(words[x] in ("بس", "فقط") for x in range(max(0, j - 2), j))
            k = next((x for x in range(j, min(n, j + 3)) if words[x] in _AR_LOOKS), None)
            g = next((x for x in range(j - 1, max(-1, j - 5), -1)
                      if woman(x) or words[x] in _AR_FEMALE_ROLE or words[x][2:] in _AR_FEMALE_ROLE), None)
            if only and k is not None and g is not None:
                out.append((g, k))
    return out


# (seventieth round) gay people named by whom they love or sleep with, not by a listed word (_same_sex_spans):
# "الرجال اللي ينامون مع رجال", "اللي يحبون نفس جنسهم", "مردایی که از مرد خوششون میاد", "kendi cinsini seven
# adamlar", "men who sleep with men"; and (ar) a child who "turns out" مثلي (the bare word is also "like me")
_SAME_MEN = {"ar": _nf("الرجال", "رجال", "رجل", "الرجل", "الشباب", "شباب", "الولد", "ولد", "الذكور", "ذكور",
                       "رجاله"),
             "fa": _nf("مرد", "مردا", "مردها", "مردایی", "مردهایی", "مردی", "پسر", "پسرا", "پسرها", "پسرایی",
                       "پسری"),
             "tr": frozenset({"erkek", "erkekler", "adam", "adamlar", "erkekle", "erkeklerle", "adamlarla",
                              "oğlanlar", "oglanlar"}),
             "en": frozenset({"men", "man", "guys", "boys", "males"})}
_SAME_WOMEN = {"ar": _nf("النسوان", "نسوان", "النساء", "نساء", "البنات", "بنات", "البنت", "بنت", "المرة",
                         "مرة", "المرأة", "امرأة", "الحريم", "حريم"),
               "fa": _nf("زن", "زنا", "زنها", "زنایی", "زنهایی", "زنی", "دختر", "دخترا", "دخترها", "دخترایی",
                         "دختری"),
               "tr": frozenset({"kadın", "kadınlar", "kadin", "kadinlar", "kız", "kızlar", "kiz", "kizlar",
                                "kadınla", "kadınlarla", "kızlarla", "kadinlarla", "kizlarla"}),
               "en": frozenset({"women", "woman", "girls", "females"})}
_SAME_GENDER_NOUNS = {lang: _SAME_MEN[lang] | _SAME_WOMEN[lang] for lang in _SAME_MEN}
_SAME_REL = {"ar": _nf("اللي", "الي", "يلي", "الذين", "التي", "اللى", "اللواتي"), "fa": frozenset({"که"}),
             "en": frozenset({"who", "that"})}
_AR_LOVE = re.compile(r"^(?:و|ف)?(?:ب)?[یت](?:حب|نام|عشق|مارس|عاشر|تزوج|جوز)")
_EN_LOVE = frozenset({"love", "loves", "sleep", "sleeps", "date", "dates", "fancy", "fancies", "like",
                      "likes", "marry", "marries", "kiss", "kisses", "fuck", "fucks", "have", "has"})
_FA_LOVE = ("خوش", "عاشق", "میخواب", "رابطه", "سکس", "ازدواج")
_TR_SAME_SEX = frozenset({"cinsini", "hemcinsini", "hemcinslerini", "hemcinsine", "cinsine", "hemcinsleriyle",
                          "hemcinsiyle"})
_TR_LOVE = ("sev", "yat", "ilişki", "iliski", "evlen", "birlikte")
# a word without which _same_sex_spans finds nothing (checked before the prefilter, on every comment)
_SAME_CUES = {"ar": _SAME_GENDER_NOUNS["ar"] | {"مثلی", "نفس"}, "en": _SAME_GENDER_NOUNS["en"] | {"same"},
              "fa": _SAME_GENDER_NOUNS["fa"], "tr": _SAME_GENDER_NOUNS["tr"] | _TR_SAME_SEX}
_AR_DWELL = re.compile(r"^(?:ا|ب|ن|بت|عم)?(?:تخیل|فکر)")  # (round 71) imagining, thinking of: "اتخيل", "فكر"
_TR_KIN_MINE = ("oğlum", "oglum", "kızım", "kizim", "çocuğum", "cocugum", "evladım", "evladim")
_AR_TURNED_OUT = _nf("طلع", "طلعت", "صار", "صارت", "يكون", "تكون", "كان", "كانت", "يطلع", "بيطلع", "تطلع",
                     "طلعو")


def _same_sex_spans(lang, words):
    """(seventieth round) [(a, b)]: words[a:b] name gay people by whom they love or sleep with (the comment
    says "men who love men", not "gays"), or (ar) a child who turns out مثلي. Only a love of one's own sex
    counts: "مردایی که از فوتبال خوششون میاد" (men who like football) and "زنی که با مردها رابطه داره" name no
    one."""
    n = len(words)
    if lang not in _SAME_MEN:
        return []
    men, women = _SAME_MEN[lang], _SAME_WOMEN[lang]

    def same(a, b):
        return (a in men and b in men) or (a in women and b in women)

    out = []
    for i, w in enumerate(words):
        if lang == "ar" and w == "مثلی" and i >= 1 and words[i - 1] in _AR_TURNED_OUT:
            out.append((i, i + 1))  # "لو ابني طلع مثلي"
        elif lang in ("ar", "en") and w in _SAME_REL[lang] and i + 2 < n and (
                _AR_LOVE.match(words[i + 1]) if lang == "ar" else words[i + 1] in _EN_LOVE):
            g1 = words[i - 1] if i >= 1 else ""
            for j in range(i + 2, min(n, i + 5)):
                if (lang == "ar" and words[j] == "نفس" and j + 1 < n
                        and words[j + 1].startswith(("جنس", "الجنس"))):
                    out.append((i - 1 if g1 in _SAME_GENDER_NOUNS[lang] else i, j + 2))  # "نفس جنسهم"
                    break
                if lang == "en" and words[j] == "same" and j + 1 < n and words[j + 1] in ("sex", "gender"):
                    out.append((i - 1 if g1 in _SAME_GENDER_NOUNS[lang] else i, j + 2))
                    break
                if same(g1, words[j]):
                    out.append((i - 1, j + 1))  # "الرجال اللي ينامون مع رجال", "men who sleep with men"
                    break
        elif lang == "fa" and w == "که" and i >= 1 and words[i - 1] in _SAME_GENDER_NOUNS["fa"]:
            g2 = next((j for j in range(i + 1, min(n, i + 5)) if same(words[i - 1], words[j])), None)
            cue = next((j for j in range(i + 1, min(n, i + 7)) if words[j].startswith(_FA_LOVE)), None)
            if g2 is not None and cue is not None:
                out.append((i - 1, max(g2, cue) + 1))  # "مردایی که از مرد خوششون میاد"
        elif lang == "tr" and w in _TR_SAME_SEX and i + 1 < n and words[i + 1].startswith(_TR_LOVE):
            b = i + 3 if i + 2 < n and words[i + 2] in _SAME_GENDER_NOUNS["tr"] else i + 2
            # "kendi cinsini seven adamlar"
            out.append((i - 1 if i >= 1 and words[i - 1] == "kendi" else i, b))
        elif (lang == "tr" and w.endswith(("la", "le")) and w in _SAME_GENDER_NOUNS["tr"] and i + 2 < n
              and words[i + 1].startswith(_TR_LOVE) and same(w, words[i + 2])):
            out.append((i, i + 3))  # "erkeklerle yatan erkekler"
    return out


# (seventy-second round) essentialist claims through a frame (_essence_frames): a trait "in their blood" or
# "nature", praised or blamed ("لرها مهربونی تو خونشونه" is praise; it was abuse at 0.89 through the phrase
# تو_خونشونه), and "wherever they go, <harm> rises" ("افغانیا هر جا برن جرم و جنایت زیاد میشه")
_FA_WHEREVER_GO = re.compile(r"^(?:ب|می)?(?:رن|رند|ره|رسن|رسند)$|^(?:باشن|باشند|بذارن|بزارن|برن|برند)$")
_FA_RISES = frozenset({"زیاد", "بیشتر", "میاد", "میارن", "میاره", "میارند", "راه", "بالا"})
_AR_BLOOD = _nf("بدم", "بدمهم", "بدماء", "بالدم")
_ESSENCE_PRAISED = frozenset({"PRAISE", "VIRTUE"})

# (hundred-and-fortieth round) a people's virtue questioned: "Is there even a single honest Arab?",
# "هو في شيعي محترم أصلاً؟", "Dürüst bir Suriyeli var mı ki?", "اصلاً افغانی درستکار پیدا میشه؟" -- a
# question whether one of them exists with the virtue says none has it. Read only in a sentence that
# ends in a question mark and asks whether one exists (the cue), with the virtue next to the people's
# word: a claim about the people (rule 3f), the virtue no praise. "Is there a Kurdish doctor here?"
# names no virtue, "Is there an honest politician?" no people
_VIRTUE_ASKED = {
    "en": _nf("honest", "decent", "trustworthy", "respectable", "loyal", "civilised", "civilized", "peaceful",
              "clean", "smart", "intelligent", "innocent", "good", "normal", "sane"),
    "ar": _nf("شريف", "محترم", "صادق", "امين", "نظيف", "مؤدب", "عاقل", "خلوق", "وفي", "طيب",
              "شريفه", "محترمه", "صادقه", "امينه", "نظيفه", "مؤدبه", "عاقله", "طيبه"),
    "tr": _nf("dürüst", "namuslu", "temiz", "düzgün", "güvenilir", "akıllı", "medeni", "iyi", "terbiyeli",
              "şerefli", "normal"),
    "fa": _nf("درستکار", "صادق", "شریف", "محترم", "باشرف", "تمیز", "امین", "باسواد", "عاقل", "نجیب", "خوب",
              "باوجدان", "سالم"),
}
_EXISTS_ASKED = {
    "en": _nf("there", "met", "seen", "name", "know", "find"),
    "ar": _nf("في", "فيه", "يوجد", "اكو", "شفت", "شفتوا", "شفتو", "تعرف", "تعرفون", "لقيت", "تلاقي", "تلقى"),
    "tr": _nf("var", "gördünüz", "gördün", "tanıyor", "tanıyan", "bulabilir", "bulunur"),
    "fa": _nf("پیدا", "وجود", "دیدی", "دیدین", "دیدید", "میشناسی", "میشناسید", "سراغ", "هست"),
}
# the people's word must be the noun the question asks for, not a word describing another ("Is there a
# single clean refugee camp?", "مستشفى سوري نظيف", "Temiz bir Suriyeli lokantası", "رستوران افغانی
# تمیز": a camp, a hospital, a restaurant): in English and Turkish nothing but a function word or the
# cue after it, in Arabic and Persian (the noun first, its virtue after) nothing but the cue or a
# determiner before it
_VIRTUE_NOUN_AFTER = {
    "en": _nf("who", "that", "in", "on", "at", "here", "there", "left", "alive", "anywhere", "among", "ever",
              "you", "i", "out", "with", "from", "today", "these", "those"),
    "tr": _nf("mı", "mi", "mu", "mü", "ki", "hiç", "yok", "olur", "olabilir", "kaldı"),
}
_VIRTUE_NOUN_BEFORE = {
    "ar": _nf("واحد", "وحده", "حدا", "احد", "شخص", "اي", "ولا", "اصلا", "بس"),
    "fa": _nf("یه", "یک", "اصلا", "هیچ", "یدونه", "دونه", "آدم"),
}
# (fa, hundred-and-forty-fifth round) the negated verb of "تحمل ... رو ندارم", can't bear (_analyse)
_FA_CANT_BEAR = _nf("ندارم", "نداریم", "ندارن", "ندارند")


def _virtue_questioned(lang, words, tags, sent, toks, text):
    """(hundred-and-fortieth round) [(the people's word at g, the virtue at k)] of the virtues a question says
    no one of a people has (_VIRTUE_ASKED): in a sentence ending in "?" or "؟" that asks whether one exists
    (_EXISTS_ASKED), a virtue right before or after a people's word."""
    virtues, cues = _VIRTUE_ASKED.get(lang), _EXISTS_ASKED.get(lang)
    if virtues is None or virtues.isdisjoint(words):
        return []
    n = len(words)
    out = []
    for k, w in enumerate(words):
        if w not in virtues:
            continue
        lo, hi = sent[k]
        after = text[toks[hi - 1][2]:toks[hi][1] if hi < n else len(text)]
        if "?" not in after and "؟" not in after:
            continue
        if cues.isdisjoint(words[lo:hi]):
            continue
        near = (k + 1, k - 1)
        if lang == "tr" and k + 1 < n and words[k + 1] == "bir":
            near = (k + 1, k - 1, k + 2)  # ("dürüst bir Suriyeli")
        g = next((j for j in near if lo <= j < hi and _group_kind(tags[j])), None)
        if g is None:
            continue
        if lang in _VIRTUE_NOUN_AFTER:
            if g + 1 < hi and words[g + 1] not in _VIRTUE_NOUN_AFTER[lang] and words[g + 1] not in cues:
                continue
        elif g > lo and words[g - 1] not in _VIRTUE_NOUN_BEFORE[lang] and words[g - 1] not in cues:
            continue
        out.append((g, k))
    return out


# ---- (hundred-and-eighty-seventh round) a people's flaw asked as a question: _flaw_asked ----
# A question whether one of a people lacks a vice ("Is there a single Persian who doesn't lie?", "حدا بيعرف
# يهودي مو طماع؟", "Yalan söylemeyen tek bir Acem var mı?", "کسی یه یهودی میشناسه که حریص نباشه؟") or works
# ("Has anyone ever seen a Syrian who works for a living?", "حدا شاف سوري بيشتغل بعرق جبينه؟") says none does;
# "since when" one of them understands a thing says none does ("Since when do women understand football?",
# "من إيمتى النسوان بيفهموا بالسياسة؟", "Kadınlar ne zamandan beri futboldan anlıyor?", "از کی تا حالا زنا از
# فوتبال سر در میارن؟"); "what good has one of them ever done" or "name one useful thing they invented" says
# they are good for nothing. Read in a sentence that ends in a question mark, or (for "name one") asks it,
# the people's word beside the frame: "Is there a Kurdish doctor here?", "Name one Turkish author you would
# recommend" name no flaw. A claim about the people (rule 3f), as _virtue_questioned's are.
_FLAW_NOT = {"en": _nf("doesnt", "isnt", "dont", "arent", "never", "wont", "cant", "not"),
             "ar": _nf("ما", "مو", "مش", "مب", "لا", "مهو")}
_FLAW_VICE = {"en": _nf("lie", "lies", "steal", "steals", "cheat", "cheats", "beg", "begs", "smell", "smells",
                        "stink", "stinks"),
              "tr": ("yalan", "açgözlü", "acgozlu", "tembel", "pis", "hırsız", "hirsiz"),
              "fa": _nf("دروغ", "حریص", "دزدی", "تنبل", "کثیف")}
_AR_VICE_VERB = re.compile("^(?:ب)?[یت](?:کذب|سرق|غش|نصب|شحد)")
_TR_NOT_DOING = re.compile(r"m[ae]y[ae]n$")  # söylemeyen, olmayan, çalmayan
_FA_NOT_VERB = _nf("نگه", "نگن", "نباشه", "نباشن", "نکنه", "نکنن", "نمیگه", "نمیگن", "نیست", "ندزده")
_FLAW_WORK = {"en": _nf("works", "work", "working"),
              "ar": _nf("بيشتغل", "يشتغل", "بيشتغلوا", "يشتغلون", "بيشتغلو"),
              "tr": _nf("çalışan", "calisan"),
              "fa": _nf("کار")}
_EN_WORK_PLACE = frozenset({"at", "in", "as", "with", "on", "near", "here", "there"})
_AR_WORK_PLACE = tuple(_nf("بال", "في", "عند", "مع", "هون", "هنا", "بهال"))
_FLAW_ASKED = {lang: _EXISTS_ASKED[lang] | more for lang, more in (
    ("en", _nf("anyone", "anybody", "single")),
    ("ar", _nf("بيعرف", "بتعرف", "بتعرفوا", "بيعرفو", "شاف", "حدا")),
    ("tr", _nf("sayabilir", "sayar", "gören", "goren", "tanıyan")),
    ("fa", _nf("میشناسه", "میشناسی", "دیده", "کسی")))}
_FLAW_KNOW = {"en": _nf("understand", "understands", "know", "knows", "care", "cares"),
              "tr": ("anl", "bil")}
_AR_WHEN = _nf("ايمتى", "امتى", "متى", "إيمتى", "ايمته", "امته")
_GOOD_FOR = {"en": (("what", "good"), ("name", "one")),
             "ar": tuple(("شو", w) for w in _nf("الخير", "الفايدة", "الفائدة")) + tuple(
                 ("ایش", w) for w in _nf("الخير", "الفايدة")),
             "tr": (("ne", "iyilik"), ("ne", "faydası"), ("ne", "yararı"), ("tek", "bir")),
             "fa": tuple(("چه", w) for w in _nf("خیری", "فایده‌ای", "فایده")) + (("یه", "چیز"),)}
_GOOD_OPEN = frozenset({"one", "bir", "چیز"})  # (a frame whose good word comes after it: "name one useful")
_GOOD_ASKS = {"en": _nf("name"), "ar": _nf("قولولي", "قلي", "قولي", "سميلي"), "tr": frozenset(),
              "fa": _nf("بگو", "بگید", "بگین")}
_AR_ONE_THING = _nf("وحدة", "واحد", "وحده", "واحدة")
_GOOD_THING = {"en": ("useful", "good", "worthwhile", "valuable"),
               "ar": tuple(_nf("مفيدة", "مفيد", "منيحة", "منيح")),
               "tr": ("faydalı", "faydali", "iyi", "yararlı", "yararli"),
               "fa": tuple(_nf("درد", "مفید", "خوب"))}


def _flaw_asked(lang, words, tags, sent, toks, text):
    """(round 187) [(the people's word at g, the frame's word at k)] of the questions above."""
    n = len(words)
    out = []
    people = [g for g in range(n) if _group_kind(tags[g])]
    if not people or lang not in _GOOD_FOR:  # (the four languages the frames are written for)
        return out
    for g in people:
        lo, hi = sent[g]
        after = text[toks[hi - 1][2]:toks[hi][1] if hi < n else len(text)]
        asked = "?" in after or "؟" in after
        span = words[lo:hi]
        k = None
        if asked and not _FLAW_ASKED[lang].isdisjoint(span):
            k = _lacks_vice(lang, words, tags, g, lo, hi)  # (a position: 0 is one)
            if k is None:
                k = _works(lang, words, g, lo, hi)
        if k is None and asked:
            k = _since_when(lang, words, g, lo, hi)
        if k is None:
            k = _good_for_nothing(lang, words, g, lo, hi, asked)
        if k is not None:
            out.append((g, k))
    return out


def _vice(lang, words, tags, j):
    return bool({"NEGPRED", "INSULT"} & tags[j]) or words[j] in _FLAW_VICE.get(lang, ()) or (
        lang == "ar" and _AR_VICE_VERB.match(words[j]) is not None)


def _lacks_vice(lang, words, tags, g, lo, hi):
    """A vice denied of the one asked for: "a Persian who doesn't lie", "يهودي مو طماع", "yalan söylemeyen
    ... bir Acem", "یه عرب هست که دروغ نگه"."""
    if lang in ("en", "ar"):
        for j in range(g + 1, min(hi - 1, g + 5)):
            if words[j] in _FLAW_NOT[lang] and _vice(lang, words, tags, j + 1):
                return j + 1
        return None
    if lang == "tr":
        for j in range(max(lo, g - 5), g):
            if _TR_NOT_DOING.search(words[j]) and j > lo and _vice(lang, words, tags, j - 1):
                return j - 1
        return None
    for j in range(g + 1, min(hi - 1, g + 6)):  # fa
        if _vice(lang, words, tags, j) and words[j + 1] in _FA_NOT_VERB:
            return j
    return None


def _works(lang, words, g, lo, hi):
    """Work asked of the one asked for: "a Syrian who works", "سوري بيشتغل", "çalışan bir Suriyeli", "یه سوری
    ... که کار کنه"; not work at a place ("a Gypsy who works at the museum", "بالمتحف", "müzede çalışan", "تو
    موزه"), which asks for a person."""
    work = _FLAW_WORK[lang]
    if lang == "en":
        j = g + 2
        if not (j < hi and words[j] in work and words[j - 1] in ("who", "that")):
            return None
        return j if j + 1 == hi or words[j + 1] not in _EN_WORK_PLACE else None
    if lang == "ar":
        j = next((j for j in range(g + 1, min(hi, g + 3)) if words[j] in work), None)
        if j is None or (j + 1 < hi and words[j + 1].startswith(_AR_WORK_PLACE)):
            return None
        return j
    if lang == "tr":
        j = next((j for j in range(max(lo, g - 3), g) if words[j] in work), None)
        if j is None or (j > lo and _TR_LOCATIVE.search(words[j - 1])):
            return None
        return j
    j = next((j for j in range(g + 1, min(hi - 1, g + 6)) if words[j] in work
              and words[j + 1].startswith(("کنه", "میکنه", "بکنه"))), None)
    if j is None or any(words[x] in ("تو", "در", "توی") for x in range(g + 1, j)):
        return None
    return j


def _since_when(lang, words, g, lo, hi):
    """"Since when" one of them understands: the verb of understanding after the people."""
    before = words[max(lo, g - 4):g]
    if lang == "en":
        if not ("since" in before and "when" in before):
            return None
        return next((j for j in range(g + 1, min(hi, g + 3)) if words[j] in _FLAW_KNOW["en"]), None)
    if lang == "ar":
        if not any(words[j] == "من" and words[j + 1] in _AR_WHEN for j in range(max(lo, g - 4), g - 1)):
            return None
        return next((j for j in range(g + 1, min(hi, g + 3)) if _AR_KNOW.match(words[j])), None)
    if lang == "tr":
        zaman = next((j for j in range(g + 1, min(hi - 1, g + 4)) if words[j] == "zamandan"
                      and words[j + 1] == "beri"), None)
        if zaman is None:
            return None
        return next((j for j in range(zaman + 2, min(hi, zaman + 5))
                     if words[j].startswith(_FLAW_KNOW["tr"])), None)
    if not any(words[j] == "از" and words[j + 1] == "کی" for j in range(max(lo, g - 4), g - 1)):  # fa
        return None
    return next((j for j in range(g + 1, min(hi, g + 6)) if words[j].startswith(_FA_KNOW_OF)
                 or (words[j] == "سر" and j + 1 < hi and words[j + 1] == "در")), None)


def _good_for_nothing(lang, words, g, lo, hi, asked):
    """"What good has one of them done", "name one useful thing they invented": the frame's good word, in the
    people's sentence, which asks (a question mark, or "name one", "söyleyin", "بگو", "قولولي")."""
    asks = asked or not _GOOD_ASKS[lang].isdisjoint(words[lo:hi]) or any(
        w.startswith(("söyle", "soyle")) for w in words[lo:hi])
    if not asks:
        return None
    for a, b in _GOOD_FOR[lang]:
        for j in range(lo, hi - 1):
            if words[j] != a or words[j + 1] != b:
                continue
            if b not in _GOOD_OPEN:
                return j + 1  # "what good", "شو الخير", "ne iyilik", "چه خیری": the good is the frame's
            good = next((x for x in range(j + 2, min(hi, j + 5))
                         if words[x].startswith(_GOOD_THING[lang])), None)
            if good is not None:
                return good
    if lang == "ar":
        for j in range(lo, hi):
            if words[j] in _GOOD_THING["ar"] and any(words[x] in _AR_ONE_THING
                                                      for x in range(max(lo, j - 2), j)):
                return j  # "شغلة وحدة مفيدة"
    return None


def _essence_frames(lang, words, tags):
    """(seventy-second round) [(the group at g, the claim's word at k)] of "wherever they go, <harm> rises"
    (fa) and "<vice> in the blood of <group>" (ar: "الخيانة بدم الشيعة"; with a virtue, "الطيبة بدم
    العراقيين", nothing). Also, as a side effect, a Persian trait "in their blood" that is praise
    (PRAISE/VIRTUE before تو خونشونه / تو ذاتشونه) loses the phrase's NEGPRED."""
    n = len(words)
    out = []
    group = next((x for x in range(n) if _group_kind(tags[x])), None)
    for j, w in enumerate(words):
        if lang == "fa" and w in ("خونشونه", "ذاتشونه", "خونشون", "ذاتشون") and j >= 2 and (
                _ESSENCE_PRAISED & tags[j - 2]):
            for x in (j - 1, j):
                tags[x] = tags[x] - {"NEGPRED"}  # "لرها مهربونی تو خونشونه": praise
        elif (lang == "fa" and w == "هر" and j + 2 < n and words[j + 1] in ("جا", "جایی", "کجا")
              and group is not None):
            go = next((x for x in range(j + 2, min(n, j + 5)) if _FA_WHEREVER_GO.match(words[x])), None)
            if go is None:
                continue
            harms = [x for x in range(go + 1, min(n, go + 6)) if words[x] in _FA_HARM_NOUNS]
            if harms and any(words[x] in _FA_RISES for x in range(harms[-1] + 1, min(n, harms[-1] + 3))):
                out.extend((group, x) for x in harms)
        elif lang == "ar" and w in _AR_BLOOD and 1 <= j < n - 1 and _group_kind(tags[j + 1]) and (
                "VICE" in tags[j - 1]) and not (_ESSENCE_PRAISED & tags[j - 1]):
            # (a vice, not a person's name: "لا يتساوى دم ... الدجال بدم المسلم" weighs bloods)
            out.append((j + 1, j - 1))
    return out


# (fa, hundred-and-twentieth round) Persian is typed with a space where the half-space (ZWNJ) belongs as
# often as with it: "زن ها" for زن‌ها, "انگل اند" for انگل‌اند, "می کشم" for می‌کشم. Normalisation drops the
# half-space (زنها), which the lists name; typed apart it was two words: "Armenians are parasites" read as
# nothing (the grid's Persian tune half with every half-space a space: 192 of the 260 cases it catches as
# written, 211 with this). A plural ending after a people's name, the copula after any word and the verb's
# prefix before one are read joined to it (_fa_attached): none is a word of its own. On the data nine clean
# comments lost a misread profanity ("راست می گه", he says, read as گه). Not joined: plural endings after any
# word (the plural of an insult is read as a group's, and personal attacks were lost), the privative "بی" ("بی
# همه چیز", a phrase of three words, lost its personal attack on fourteen offensive comments), and two words
# wherever together they are a listed one (158 personal attacks lost: "خفه شو" read as one word).
_FA_SPACED_PLURALS = frozenset({"ها", "های", "هایی", "هایشان"})
_FA_SPACED_COPULA = "اند"
_FA_SPACED_PREFIXES = frozenset({"می", "نمی"})
_FA_SPACED = _FA_SPACED_PLURALS | _FA_SPACED_PREFIXES | {_FA_SPACED_COPULA}


# (en, hundred-and-twentieth round) the verbs of who secretly rules ("run_the_world", "rule_the_world",
# "control_everything": NEGPRED phrases), and the modals that make them a hope
_EN_RULERS = frozenset({"run", "rule", "control", "runs", "rules", "controls"})
_EN_MODALS = frozenset({"should", "could", "would", "must", "might", "may"})  # (not "will": a prediction)


# (en, hundred-and-twentieth round) animals a people keeps, raises, sells or lost: "Kurdish farmers raise pigs
# and cows" and "The refugees brought their goats and cows across the border" were abuse at 0.93 and 0.96 (a
# people beside an animal read as likened to it), and the animal emoji read so with them
_EN_KEPT_BY = frozenset({"their", "our", "his", "her", "my", "your", "its"})
_EN_KEEPING = frozenset({
    "raise", "raises", "raised", "raising", "keep", "keeps", "kept", "keeping", "breed", "breeds", "bred",
    "breeding", "feed", "feeds", "fed", "feeding", "herd", "herds", "herded", "herding", "sell", "sells",
    "sold", "selling", "buy", "buys", "bought", "buying", "own", "owns", "owned", "bring", "brings",
    "brought",
    "lost", "lose", "loses", "rescue", "rescued", "graze", "grazed", "milk", "milked", "walk", "walked",
    "adopt", "adopted", "vaccinate", "vaccinated", "farm", "farms", "farmed", "hunt", "hunted", "tend",
    "tended", "shear", "sheared", "slaughter", "slaughtered"})


_EN_LIVESTOCK = frozenset({
    "pig", "pigs", "swine", "hog", "hogs", "cow", "cows", "cattle", "goat", "goats", "sheep", "dog", "dogs",
    "donkey", "donkeys", "mule", "mules", "camel", "camels", "horse", "horses", "chicken", "chickens", "hens",
    "livestock", "herd", "herds", "flock", "flocks", "puppy", "puppies", "mutt", "mutts",
    "\U0001F416", "\U0001F437", "\U0001F43D", "\U0001F404", "\U0001F42E", "\U0001F410", "\U0001F415",
    "\U0001F436"})


def _en_animals_kept(words, k):
    """Whether the animal at ``k`` is livestock or a pet kept or handled: after a possessive ("their
    goats"), a number ("200 sheep") or, two words back at most, a verb of keeping them (raise, feed, sell,
    bring...). Not a pest or a disease ("they bring disease" is the likeness)."""
    if words[k] not in _EN_LIVESTOCK:
        return False
    before = words[max(0, k - 3):k]
    if not before:
        return False
    if before[-1] in _EN_KEPT_BY or before[-1].isdigit():
        return True
    if before[-1] in ("and", "or") and k >= 3 and _en_animals_kept(words, k - 2):
        return True  # a list of animals: "their goats and cows", the second kept as the first
    return any(w in _EN_KEEPING for w in before) and "like" not in before and "are" not in before


def _fa_may_attach(words):
    """Whether _fa_attached may join any of ``words``: most comments have no detached ending or prefix, and
    are read without the offsets it needs."""
    return not _FA_SPACED.isdisjoint(words)


def _fa_attached(toks, text, people):
    """``toks`` [(word, start, end)] with a plural ending joined to a people's name before it
    (``people(word)`` says which words name one), the copula to any word before it and the verb's prefix
    to the word after it, where one space is all that parts them."""
    out = []
    for w, a, b in toks:
        if out and text[out[-1][2]:a] == " ":
            pw, pa, _pb = out[-1]
            if pw.isalpha() and w.isalpha() and pw not in _FA_SPACED and (
                    w == _FA_SPACED_COPULA or (w in _FA_SPACED_PLURALS and people(pw))):
                out[-1] = (pw + w, pa, b)
                continue
            if pw in _FA_SPACED_PREFIXES and w.isalpha() and w not in _FA_SPACED:
                out[-1] = (pw + w, pa, b)
                continue
        out.append((w, a, b))
    return out


# (hundred-and-twentieth round) A hashtag's words joined by underscores, as hashtags in Arabic, Persian
# and Turkish are written ("#اطردوا_السوريين", "#suriyeliler_defolsun"), are read apart: joined they were
# one token no list names ("#اطردوا_السوريين": violation 0.17, apart 0.78). Each underscore between
# letters is read as a space, one character for one, so the findings' spans stay those of the text. Only
# in a hashtag: handles and Instagram user names keep theirs (read apart, "@Andreaa_olvera bitch" lost its
# addressee and "amina_mujgan" held a profanity). Only the detectors read them so: the heads learnt the
# datasets' hashtags whole, and with the words parted for them too (in normalise.py) dev AUC fell on Let-
# Mi (0.951 -> 0.949), PHATE (0.842 -> 0.840) and MLMA-ar.
_HASHTAG_RE = re.compile(r"#\w+")
# (en, hundred-and-twentieth round) A hashtag typed as one word ("#DeportAllMuslims", "#killallkurds") is
# read as the words it is made of (_Lang.hashtag_words): as one token no list or rule met it (violation 0.03).
# Only a word of HASHTAG_MIN_LEN letters or more that no one writes as a word; a part is a known word of two
# letters or more, or one of _HASHTAG_SHORT.
HASHTAG_LANGS = frozenset({"en"})
# (hundred-and-twenty-fourth round) where a people's name run into the next word is read apart
# (_people_run_on_parts; English reads every word run together apart: _Lang.run_together_parts), and the
# endings a name takes that are words too (_people_ending)
_PEOPLE_RUN_ON_LANGS = frozenset({"tr", "ar", "fa"})
_FA_NAME_ENDINGS = frozenset({"های", "هایی", "هاي", "اند", "ایم", "اید", "است", "هاست", "هایم", "هایش",
                              "هامان", "هاتان", "هاشان", "ای", "ان", "ها",
                              "نشین"})  # (round 182) dwelt in by: "کردنشین" is one word (_Lang.tags)
_AR_NAME_ENDINGS = frozenset({"هم", "ها", "كم", "نا", "ين", "ون", "ات", "وا"})
# what may stand before a people's name in one word (_Lang.people_run_on): Arabic's article and clitics
_PEOPLE_CLITICS = {"ar": ("", "ال", "و", "وال", "بال", "لل", "فال", "ب", "ل", "ف"), "fa": ("", "به", "ب")}


def _apart(toks, parts_of):
    """``toks`` [(word, start, end)] with each word that ``parts_of(word, start)`` reads as the words it is
    made of (a list, or None) replaced by them, each with its span inside the word's (a word whose span is not
    its own length, normalisation having changed it, is left whole); None where no word is."""
    out, changed = [], False
    for w, a, b in toks:
        parts = parts_of(w, a) if b - a == len(w) else None
        if not parts:
            out.append((w, a, b))
            continue
        changed = True
        for part in parts:
            out.append((part, a, a + len(part)))
            a += len(part)
    return out if changed else None


def _people_run_on_parts(L, w):
    """(hundred-and-twenty-fourth round) [name, word] of a word that is no word of the language but a people's
    name as people write it (a known or listed word with a people's tag) run into a word after it (a known or
    listed one of three letters or more, not an ending: "Yahudilerin", "Alevilerden", "پناهنده‌ها" are the name
    inflected), the longest such name first; or None."""
    known, exact = L.known, L.exact
    if (len(w) < 6 or w in known or w in exact or not w.isalpha() or not L.names_people(w)
            or L.inflected_name(w)):
        return None
    for i in range(len(w) - 2, 2, -1):
        left, right = w[:i], w[i:]
        if (len(right) >= 3 and (left in known or left in exact) and L.names_people(left)
                and (right in known or L.listed_tags(right)) and not _people_ending(L.lang, right)):
            return [left, right]
    return None


def _people_ending(lang, rest):
    """Whether ``rest``, after a people's name, is an ending of the name (a case, a plural, a person)."""
    if lang == "tr":
        return bool(_TR_SUFFIXED.fullmatch(rest) or _TR_CASE_ENDINGS.fullmatch(rest))
    return rest in (_FA_NAME_ENDINGS if lang == "fa" else _AR_NAME_ENDINGS)
# (hundred-and-twenty-fourth round) the words of fewer than three letters a word typed as words run together
# may hold (_Lang.run_together_parts): "whyarewomensostupid", "kurdsbelonginazoo"
_RUN_SHORT_PARTS = frozenset({"a", "i", "am", "is", "so", "to", "in", "of", "on", "at", "be", "go", "us",
                              "we", "me", "my", "he", "it", "no", "do", "an", "as", "by", "or", "up", "ur",
                              "u"})
HASHTAG_MIN_LEN = 7
HASHTAG_LONGEST = 20
# what each word of a split costs besides its rarity: fewer words are read where the rarities are close
# ("therapistfinder" is therapist, finder, not the, rapist, finder: the training texts, offensive ones
# many of them, hold "rapist" far more often than "therapist")
HASHTAG_WORD_COST = 4.0
_HASHTAG_SHORT = {"a": 5, "i": 5}
_UNDERSCORES_RE = re.compile(r"(?<=[^\W\d_])_+(?=[^\W\d_])")


def _hashtag_apart(m):
    return _UNDERSCORES_RE.sub(lambda u: " " * len(u.group(0)), m.group(0))


def _splice(toks, words):
    """``toks`` [(word, start, end)] with each of ``words`` [(start, end, word)] (in order, not
    overlapping) put in place of the tokens it covers: a word the tokeniser had cut up, read whole."""
    out, j = [], 0
    for a, b, word in words:
        while j < len(toks) and toks[j][1] < a:
            out.append(toks[j])
            j += 1
        while j < len(toks) and toks[j][2] <= b:
            j += 1
        out.append((word, a, b))
    out.extend(toks[j:])
    return out


class Finding:
    __slots__ = ("clause", "strength", "start", "end", "kind", "rule")

    def __init__(self, clause, strength, start, end, kind=None, rule=""):
        self.clause, self.strength, self.start, self.end = clause, strength, start, end
        self.kind, self.rule = kind, rule

    def __repr__(self):
        return f"Finding({self.clause}, {self.strength}, {self.start}:{self.end}, {self.kind}, {self.rule})"


# Persian کس is a vulgar word and also "person": هیچ کس (nobody), هر کس (whoever), کس دیگری
# (someone else). Seen in 77 of 15,210 Persian training comments, two thirds of them clean. Not after
# یک: "یک کس ..." is the vulgar word as often as not.
_FA_KAS_BEFORE = frozenset({"هیچ", "هر", "چه", "همه", "آن", "این", "اون"})


_FA_BECOME = frozenset(("میشه", "میشود", "شد", "شده", "میشم", "شدم", "بشه", "بشم", "شود", "میشن"))
_FA_HALAL = frozenset(("حلاله", "حلالە", "مباحه", "حلالن"))
_FA_CUT_BE = frozenset(("بشه", "بشن", "بشود", "شود", "کرد", "کنید", "کنن", "بکنید"))
_FA_HAND = frozenset(("دست", "دستی", "دستش", "دستاش", "دستای", "دستهای", "دستشو", "دستاشو", "دستت", "دستات",
                      "دستاشون", "دستشون", "دستهاش", "دستهایش", "دستان"))
_FA_THEIR_HEAD = frozenset(("سرشون", "سرشان", "سرش", "سرتون", "سرت", "سراشون"))
_FA_DO_IT = frozenset(("کنید", "کنیم", "میکنیم", "میکنم", "بکنید", "میکنیمش"))
_FA_IF = frozenset(("اگه", "اگر", "اگ", "چنانچه", "درصورتیکه"))  # (round 25) a condition, not a time
# (round 26) "or else" is a condition too; and "whoever ... that" (هر کی که, هر ترکی که): the condition of
# a general relative clause
_FA_IF26 = frozenset(("وگرنه", "والا", "وگر_نه"))
# (round 27) "next time that ..." (دفعه‌ی بعد که): a condition for a consequence told after it
_FA_IF27 = frozenset(("دفعهی", "دفعه", "دفعەی", "دفعە", "بار"))
_FA_WHOEVER = frozenset(("هر", "هرکی", "هرکس", "هرکسی"))
_FA_IF_DENIED = re.compile(r"^(?:ن|نمی)\w{2,}(?:ه|ن|ند|ی|ید|ین|یم)$")  # "اگه نرسن", "اگه کاری نکنه"
_FA_EAR_TO_EAR = ["گوش", "تا", "گوش"]  # (round 25) the manner of a throat cut
_FA_OBLIGE = frozenset(("باید", "بایستی", "بیاید", "بیاین", "بیایید", "بریم"))  # a call, for an aim after it
_FA_MY_HEAD = frozenset(("سرم", "مغزم", "کلم", "کله_ام", "دلم", "اعصابم", "قلبم", "مخم"))


def _fa_you_are(L, word, found):
    """The copula of "you are" on an insult: "واقعا که نفهمی", "چقدر کودنی" (rule 4 reads it only at the
    end of its sentence, where Persian puts the predicate). Not a past in د ("نفهمیدی", you didn't get
    it), a plural in ا ("احمقای"), nor an insult whose form in ی is a common noun (_FA_NOT_YOU_ARE)."""
    base = word[:-1]
    return (len(word) >= 5 and word[-1] == "ی" and base not in _FA_NOT_YOU_ARE
            and (not found or "INSULT" in found) and not base.endswith(("د", "ا"))
            and "INSULT" in L.tags(base))


_EN_THAT_IS = frozenset({"thats", "thatis", "thiss"})
_EN_SO = frozenset({"so", "really", "very", "just", "truly", "absolutely", "totally", "utterly", "simply",
                    "pure"})


def _en_visit_to_thank(words, v, hi):
    """(en, thirtieth round) A visit whose purpose, said after it in its sentence (up to ``hi``), is to
    thank or congratulate: "One day I will visit your office in Erbil to thank the whole team", "... to
    say thanks", "... to congratulate you". A visit with no purpose said, or another one, stays
    intimidation ("we will visit your office, and you know why")."""
    if words[v] not in ("visit", "visited"):
        return False
    for k in range(v + 1, hi - 1):
        if words[k] == "to" and (words[k + 1] in ("thank", "congratulate") or (
                words[k + 1] == "say" and k + 2 < hi and words[k + 2].startswith(("thank", "congrat")))):
            return True
    return False


def _en_said_of_that(words, k, lo):
    """(en, twenty-ninth round) A judgement said of "that" or "this" -- what someone wrote -- just before
    the word: "that is disgusting", "this is so sick", "that's pure filth"; a group named after it is
    not what is judged ("..., that is disgusting, Kurdish women fought ISIS")."""
    j = k - 1
    if j >= lo and words[j] in _EN_SO:
        j -= 1
    if j >= lo and words[j] in _EN_THAT_IS:
        return True
    return j - 1 >= lo and words[j] in ("is", "was") and words[j - 1] in ("that", "this")


def _phrase_heads(L, seq):
    """[(index, word)] for each word of ``seq`` a phrase of ``L`` may start with (L.may_start_phrase),
    in order (L._starts_phrase read without a call for the words already looked up)."""
    starts = L._starts_phrase
    return [(k, w) for k, w in enumerate(seq) if (starts[w] if w in starts else L.may_start_phrase(w))]


# (eighty-ninth round) a lie or a myth negated is the claim affirmed: "It is not a lie that Arabs are
# thieves", "refugees are criminals, that is no myth", "مش كذبة إن اللاجئين حرامية", "دروغ نیست که افغانی‌ها
# دزدند". The word of the lie is then no denial or rejection, and the negation is its own, not the claim's
# ("نیست" had negated "... دزدند"). Turkish reads "yalan değil" after the claim already
# (tr_claim_called_false).
# The lie is a noun, never the verb: "Real women don't lie about men", "النساء ما يكذبن" are no such thing.
_LIE_WORDS = {"en": frozenset({"lie", "lies", "myth", "myths", "fable", "fairytale"}),
              "ar": frozenset(normalise_text(w) for w in ("كذبة", "كذبه", "خرافة", "خرافه", "أكذوبة")),
              "fa": frozenset(normalise_text(w) for w in ("دروغ", "افسانه"))}
_LIE_NOT = {"en": frozenset({"not", "isnt", "aint", "no"}),  # "not a lie", "no myth" (not "don't lie")
            "fa": frozenset({"نیست", "نیس", "نیستش"})}  # after it: "دروغ نیست"
_LIE_ARTICLES = frozenset({"a", "an", "some", "just"})
_LIE_DENIES = frozenset({"DENY", "REJECT", "JUDGE"})


def _affirmed_by_negated_lie(lang, words, tags):
    """Untag (in place) each lie or myth of ``words`` that a negation denies -- before it in English ("no
    myth", "not a lie") and Arabic ("ليست خرافة", "مش كذبة"), after it in Persian ("دروغ نیست") -- and that
    negation."""
    n = len(words)
    lies = _LIE_WORDS[lang]
    nots = _LIE_NOT.get(lang)
    for k, w in enumerate(words):
        if w not in lies:
            continue
        if lang == "fa":
            neg = k + 1 if k + 1 < n and words[k + 1] in nots else None
        elif lang == "ar":
            neg = k - 1 if k >= 1 and "NEG" in tags[k - 1] else None
        elif k >= 1 and words[k - 1] == "no":
            neg = k - 1
        else:
            neg = k - 2 if k >= 2 and words[k - 1] in _LIE_ARTICLES and words[k - 2] in nots else None
        if neg is None:
            continue
        tags[neg] = tags[neg] - {"NEG", "NEGHAVE"}
        for j in range(k, n):  # the lie and the rest of its phrase ("lie that", "كذبة إن")
            if j > k and not (_LIE_DENIES & tags[j]):
                break
            tags[j] = tags[j] - _LIE_DENIES


# (ninetieth round) the commenter's own acquaintance of a group, the answer to a claim reported as another's
# (HarmDetector._analyse's reported_then_met): English "my"/"our" beside the group's word ("my Afghan
# classmate", "the refugees on my street"), Turkish "benim"/"bizim" before it or a noun with a first-person
# possessive after it ("Afgan sınıf arkadaşım", not a verb's first person: "gördüm", "yapıyorum"), Arabic a
# noun with the first person's ي before the group's adjective ("صديقي الأفغاني"), Persian the first person's
# م on the group's word or beside it ("همکلاسی افغانم", "همسایه کردمون")
_EN_MY = frozenset({"my", "our"})
_TR_MY_WORDS = frozenset({"benim", "bizim"})
_TR_MINE_RE = re.compile(r"\w{2,}(?:[ıiuü]m|[ıiuü]m[ıiuü]z|(?<=[aeıioöuü])m|(?<=[aeıioöuü])m[ıiuü]z)$")
_TR_VERB_FIRST = ("dım", "dim", "dum", "düm", "tım", "tim", "tum", "tüm", "yorum", "rım", "rim", "rum", "rüm",
                  "ağım", "eğim", "mışım", "mişim", "muşum", "müşüm")
_FA_MINE = ("م", "مون", "مان")
# what makes the "answer" the claim again: a bad word of the acquaintance, or an "also", "proves it"
_CLAIM_AGAIN = frozenset({"NEGPRED", "DEHUMAN", "INSULT", "SEXPRED"})
_SAID_AGAIN = {"en": frozenset({"too", "also", "proves", "confirms"}), "tr": frozenset({"da", "de", "bile"}),
               "ar": frozenset(normalise_text(w) for w in ("كمان", "ايضا", "أيضا", "برضو", "كذلك")),
               "fa": frozenset(normalise_text(w) for w in ("هم", "همینطور"))}


# ---- (hundred-and-twenty-ninth round) a claim about a people reported, then rebutted: countered() ----
# "My neighbour says Turks are barbarians. He is wrong", "The minister called Kurds a cancer, and he should
# resign for it", "تعبت من سماع أن الشيعة خونة، هذه كذبة", "Hristiyanların pislik olduğunu düşünüyorsan sorun
# sensin": a verb of saying, hearing or thinking (SAY, or _CLAIM_VERBS here: a table, not a tag, since other
# rules read a tagged word as no plain noun, "stupid posts") reports the claim, and a word after it, in its
# sentence or the next, calls it a lie, ignorance, a myth, or a cause to resign (_REBUTTAL, stems). A word
# that confirms the claim (_CONFIRMED: "and he is right", "وهو محق", "ve haklı", "راست می‌گوید") anywhere
# after it, or a rebuttal denied ("it is no lie", "ليست كذبة", "yalan değil", "دروغ نیست"), makes it the
# commenter's own again. (Hundred-and-thirtieth round: and the claim named as a noun, "the claim that",
# "الادعاء بأن", "iddiası", "این ادعا که", which _REBUTTAL's consequences answer: "... has fuelled
# massacres", "غذى المجازر", "katliamları körükledi", "به کشتارها دامن زده است".)
_CLAIM_VERBS = {
    "en": ("hearing", "hear", "heard", "repeating", "repeats", "insist", "claim", "myth", "notion", "idea",
           "rumour", "rumor", "belief", "accusation", "smear",
           # (hundred-and-sixty-eighth round) "A man told me Africans are dirty; I told him that is racist"
           "told", "tells", "telling"),
    "ar": tuple(_ar_fold(normalise_text(w)) for w in (
        "سماع", "نسمع", "اسمع", "يسمع", "تعتقد", "يعتقد", "يعتقدون", "تصدق", "يصدق", "يصدقون", "يكرر",
        "يكررون", "تكرر", "ينشر", "ينشرون", "نشر", "يزعم", "يزعمون", "زعم", "يدعي", "يدعون", "وصف", "يصف",
        "يصفون", "اعتبر", "يعتبر", "يعتبرون", "الادعاء", "ادعاء", "الزعم", "مزاعم", "الفكرة", "فكرة",
        "الاشاعة", "اشاعة", "الخرافة",
        # (hundred-and-fifty-third round) a label put on a people: "يتوصفون بالحرامية", "يسمون الأكراد خونة",
        # "نعت الإيزيديين"
        "يتوصف", "يوصف", "توصيف", "يسمون", "يسمي", "تسمية", "نعت", "ينعت", "ينعتون",
        # (hundred-and-eighty-fifth round) believed, in speech: "ليش في ناس لسا بيصدقوا إن اليهود بيتحكموا
        # بالبنوك؟ هذي خرافة"
        "بيصدق", "بتصدق", "بيعتقد", "بتعتقد")),
    "tr": ("söylüyor", "soyluyor", "düşünüyor", "dusunuyor", "düşünen", "inanıyor", "inaniyor", "inanan",
           "duymaktan", "duyuyorum", "duydum", "tanımladı", "tanimladi", "yazıyor", "yaziyor", "yazdı",
           "yazmış", "paylaştı", "paylaşıyor", "paylasti", "tekrarlıyor", "dedi", "diyor", "diyen", "iddiası",
           "efsanesi", "söylentisi", "inancı", "fikri",
           # (hundred-and-fifty-third round) a label put on a people: "terörist denmesinden", "hain diye
           # damgalanması", "suçlu diye yaftalanması"
           "denme", "denil", "damgala", "yaftala", "nitelendiril"),
    "fa": tuple(normalise_text(w) for w in (
        "شنیدن", "میشنوم", "شنیدم", "بگوییم", "بگویند", "میگویند", "میگن", "مینویسد", "مینویسند", "نوشته",
        "فکر", "باور", "خواند", "خواندن", "مینامد", "نامید", "ادعا", "تکرار", "منتشر", "میدانند", "شایعه",
        "افسانه", "تصور",
        # (hundred-and-fifty-third round) a label put on a people: "به کردها برچسب خائن زدن", "انگ دزد",
        # "وحشی خطاب می‌کنن", "جنایتکار صدا می‌کنن"
        "برچسب", "انگ", "خطاب", "صدا",
        # (hundred-and-sixty-seventh round) the spoken "calling": "حشره خوندن مهاجرا"
        "خوندن", "میخونن", "میخونه"))}
_REBUTTAL = {
    "en": ("lie", "lies", "false", "wrong", "myth", "nonsense", "untrue", "rubbish", "ignorance", "resign",
           "apologise", "apologize", "sacked", "fired", "shame", "fooled", "bigotry", "slander", "fuelled",
           "fueled", "fuels", "incite", "justified", "led to", "conspiracy theor",
           # (hundred-and-sixty-sixth round) the believer fooled by propaganda, the claim out of another age:
           # "If you think trans people are a danger to children, you have swallowed propaganda",
           # "... diyenlerin kafası hâlâ geçen yüzyılda" (the believer lives in the last century)
           "propaganda", "brainwash", "stone age", "dark ages", "last century", "middle ages",
           # (hundred-and-sixty-seventh round) the sayer criticised for it, the words that led to genocide:
           # "The minister said immigrants are a burden, and he was rightly criticised"
           "criticised", "criticized", "condemned for", "backlash", "led to genocide", "leads to genocide"),
    "ar": tuple(_ar_fold(normalise_text(w)) for w in (  # (folded as the detectors read Arabic: _ar_fold)
        "كذبة", "كذب", "الكذب", "أكذوبة", "خاطئ", "خطأ", "مخطئ", "مخطئون", "غلطان", "خرافة", "جهله",
        "جهلهم", "جهل", "يستقيل", "يعتذر", "استقالته", "عار", "خدعوك", "افتراء", "هراء", "المشكلة", "غذى",
        "غذت", "أشعل", "أشعلت", "أدى إلى", "أدت إلى", "برر", "بررت", "أجج", "أججت", "نظرية مؤامرة",
        "نظرية المؤامرة", "دعاية", "الدعاية", "بروباغندا", "البروباغندا", "مغسول", "غسيل دماغ", "مخدوع",
        "العصر الحجري", "العصور الوسطى", "القرن الماضي",
        # (hundred-and-sixty-seventh round) "وانتقدوه بحق", "أدى للإبادة"
        "انتقدوه", "وانتقدوه", "انتقدوها", "وانتقدوها", "تعرض لانتقاد", "أدى لل", "أدت لل", "ادى لل")),
    "tr": ("yalan", "yanlış", "yanlis", "yanılıyor", "yaniliyor", "yanıldı", "efsane", "cehalet", "istifa",
           "özür", "ozur", "utanç", "utanc", "kandırıl", "kandiril", "saçma", "sacma", "iftira",
           "sorun sensin", "körükle", "korukle", "yol açtı", "yol açıyor", "meşrulaştır", "kışkırt",
           "komplo teori", "propaganda", "kanmış", "kanmis", "beyni yıka", "beyni yika", "geçen yüzyıl",
           "gecen yuzyil", "orta çağ", "ortaçağ", "orta cag", "ortacag", "taş devri", "tas devri",
           # (hundred-and-sixty-seventh round) "haklı olarak eleştirildi", "soykırıma giden dil"
           "eleştiril", "elestiril", "soykırıma giden", "soykırıma götür", "soykirima giden",
           # (hundred-and-seventieth round) the claim called a conspiracy tale: "... inanan insanlar var, bu
           # bir komplo masalı"
           "komplo masal", "masalı", "masali"),
    "fa": tuple(normalise_text(w) for w in (
        "دروغ", "دروغه", "دروغی", "اشتباه", "غلط", "افسانه", "نادانی", "استعفا", "عذرخواهی", "شرم",
        "فریب", "تهمت", "مزخرف", "مشکل خود", "دامن زد", "دامن زده", "دامن میزند", "منجر", "توجیه",
        # (hundred-and-fifty-seventh round) the claim called a conspiracy theory ("ادعای اینکه یهودی‌ها رسانه‌ها
        # را کنترل می‌کنند یک نظریه توطئه است", in every language: a pair of words, as _rebuts reads them)
        "نظریه توطئه", "تئوری توطئه", "تبلیغات", "پروپاگاندا", "گول", "شستشوی مغزی", "قرن پیش", "قرن گذشته",
        "عصر حجر", "قرون وسطی",
        # (hundred-and-sixty-seventh round) "به حق ازش انتقاد شد", "زبونی که به نسل‌کشی رسید"
        "انتقاد", "نسلکشی رسید", "نسلکشی منجر", "نسلکشی کشید"))}
# (hundred-and-fifty-fourth round) a Persian subjunctive verb (ب-): "بمونن", "برگردن", "بیان", "بنویسن" (not
# the prepositions and words that start so: "به", "بهشون", "با", "باهاشون", "باید", "برای", "بعد", "بین",
# "بدون", "بیشتر", "بخاطر")
_FA_SUBJUNCTIVE = re.compile("ب(?!ه|ا|رای$|عد|ین$|دون$|یشتر$|را$|رابر|ر$|زرگ|ود|ی$|یرون|خاطر)"
                             "\\w{2,}(?:ن|ه|ند|ید|ین|م|یم|ی)$")
# (hundred-and-fifty-sixth round) a Turkish active participle ("saldıran", "kaçıranlar", "bombalayanlar"; not
# an ablative's "-dan", "-ten") and the nouns and adverbs that end as one does
_TR_ACTIVE_PARTICIPLE = re.compile(r"(?:[^dtaeıioöuü]|y)[ae]n(?:l[ae]r)?$")
_TR_NOT_PARTICIPLE = (
    "güven", "guven", "dükkan", "dukkan", "insan", "zaman", "meydan", "vatan", "düşman", "dusman",
    "yalan", "iman", "ekran", "liman", "orman", "tavan", "bayan", "hayvan", "hayran", "çoban", "yılan",
    "aslan", "tören", "sultan", "kurban", "beden", "neden", "diken", "kervan", "kazan", "ceylan", "ilan",
    "tamamen", "hemen", "zaten", "aslen", "şahsen", "sahsen", "yeniden", "birden", "kısmen", "kismen",
    "genellikle", "geçen", "gecen")
_TR_PLURAL_END = re.compile(r"l[ae]r$")
_TR_PLURAL_IN = re.compile(r"l[ae]r")  # (the plural before a case ending: "kadınları")
_TR_WITH_END = re.compile(r"l[ae]$")


def _tr_oblique(w):
    """(hundred-and-fifty-sixth round) The Turkish word ``w`` is in the accusative or the dative ("köylülere",
    "kadınlarını"), not the instrumental read as a dative ("vergilerimizle", with our taxes)."""
    return bool(_TR_ACCUSATIVE.search(w) or _TR_DATIVE.search(w)) and not _TR_WITH_END.search(w)



# (hundred-and-fifty-seventh round) an expulsion feared, threatened or lived under is the plight of the group
# it hangs over, not a call to expel it: "افغانی‌ها نباید از ترس اخراج سکوت کنن" (Afghans must not keep silent
# for fear of deportation), "يعيشون تحت تهديد الترحيل" and "sınır dışı edilme tehdidiyle yaşıyor" were
# xenophobia at 0.71-0.87. Persian, Arabic and English name the fear before the expulsion ("ترس از اخراج",
# "خوفاً من الترحيل", "threat of deportation"), with at most a linking word or two between; Turkish after
# it, on its verbal noun ("sınır dışı edilme korkusu", "geri gönderilmekten korkuyor")
_FEAR_BEFORE = {
    "fa": (frozenset({"ترس", "ترسش", "ترسشون", "نگرانی", "نگران", "وحشت", "هراس", "بیم", "خطر", "تهدید",
                      "دلهره", "کابوس", "دغدغه"}), frozenset({"از", "به"})),
    "ar": (frozenset(_ar_fold(normalise_text(w)) for w in (
        "خوف", "خوفا", "الخوف", "خشية", "مخافة", "قلق", "القلق", "تهديد", "التهديد", "يخاف",
        "يخافون", "تخاف", "يخشى", "يخشون", "تخشى", "خائف", "خائفون", "خائفين", "خايف", "خايفين", "خايفة",
        "مهدد", "مهددون", "مهددين", "مهددة", "رعب", "هلع", "شبح", "كابوس")), frozenset({"من"})),
    "en": (frozenset({"fear", "fears", "feared", "fearing", "afraid", "terrified", "scared", "threat",
                      "threats", "threatened", "risk", "risks", "dread", "spectre", "specter"}),
           frozenset({"of", "with", "being", "getting", "the", "a"}))}
_TR_FEAR = ("kork", "endişe", "endise", "kaygı", "kaygi", "tehdi", "tehlike", "risk")
_TR_VERBAL_NOUN = ("me", "ma", "mekten", "maktan", "mesi", "ması", "masi")


def _exclusion_feared(lang, words, k, lo, hi):
    """(hundred-and-fifty-seventh round) Whether the expulsion word ``k`` (EXCLUDE) is what its sentence
    (``lo``..``hi``) fears or threatens: the group lives under it, no one calls for it (_FEAR_BEFORE)."""
    if lang == "tr":
        return any(words[j].startswith(_TR_FEAR) and (j == k + 1 or words[j - 1].endswith(_TR_VERBAL_NOUN))
                   for j in range(k + 1, min(hi, k + 4)))
    fear, link = _FEAR_BEFORE.get(lang, (None, None))
    if fear is None:
        return False
    j = k - 1
    while j >= max(lo, k - 3) and words[j] in link:
        j -= 1
    return j >= lo and words[j] in fear


_EN_UNDER = frozenset({"under", "face", "faces", "facing", "faced"})
_EN_THREAT_DET = frozenset({"the", "a", "constant", "daily", "growing", "permanent", "new", "real"})


def _en_under_threat(words, k, lo):
    """(hundred-and-fifty-seventh round) "threat" as what someone lives under or faces ("under threat of
    deportation", "facing the threat of eviction"): the group is threatened, it is not called one."""
    if words[k] not in ("threat", "threats") or k == lo:
        return False
    return words[k - 1] in _EN_UNDER or (k - 2 >= lo and words[k - 1] in _EN_THREAT_DET
                                         and words[k - 2] in _EN_UNDER)


# (hundred-and-seventieth round) a harm a people "don't deserve" is said for them: "Refugees don't deserve to
# be treated like this", "Muslims don't deserve this hatred", "... to have their homes destroyed"; what they
# are said not to deserve otherwise stays a predicate ("Lesbians don't deserve rights", "... to be here")
_EN_HARM_THIS = frozenset({"this", "that", "such", "any_of_this"})
_EN_UNDESERVED = frozenset({"treated", "attacked", "abused", "killed", "hurt", "harassed", "insulted",
                            "bullied", "targeted", "discriminated", "demonised", "demonized", "blamed",
                            "hated", "persecuted", "mocked", "suffer", "die", "fear",
                            # (round 174) "Black people don't deserve to be stopped by police for nothing"
                            "stopped", "searched", "arrested", "detained", "beaten", "deported", "shot",
                            "profiled", "humiliated", "evicted", "jailed", "imprisoned", "tortured", "raped"})


# (hundred-and-seventieth round) "why do we (even) let them in?": a people's admission asked about as a wrong
# ("Why do we even let Syrians into our universities?", "ليش أصلاً بنخلي السوريين يدخلوا جامعاتنا؟",
# "Suriyelileri neden üniversitelerimize alıyoruz ki?", "اصلاً چرا عربا رو تو دانشگاه‌هامون راه میدیم؟").
# The verb of letting in is LETIN; "why" opens its sentence before it with no negation between ("Why don't we
# let refugees in?" asks for the opposite); English "let" and "allow" need no harm of theirs after the people
# ("Why do we let Muslims run for office?"; not "Why do we let refugees drown?", which "why do we let" as a
# word of hatred had read as abuse), and the other languages an "even" or "still", as asking why a thing is
# done is also a plain question there ("ليش بنستقبل لاجئين أكثر من غيرنا؟" may want the answer)
_WHY = {"en": frozenset({"why", "whyd"}), "ar": _AR_WHY, "tr": frozenset({"neden", "niye", "niçin", "nicin"}),
        "fa": frozenset({"چرا"})}
_EVEN_STILL = {"ar": frozenset({"اصلا", "لسه", "لسا", "لهلا", "لحد_الان"}),
               "tr": frozenset({"ki", "hâlâ", "hala", "hâla", "daha"}),
               "fa": frozenset({"اصلا", "هنوز", "دیگه", "باز", "بازم"})}
_EN_WE_THEY_EVEN = frozenset({"we", "they", "you", "u", "even", "still", "ever", "keep"})
_EN_LET_ONLY = frozenset({"let", "letting", "allow", "allowing"})
_EN_THEIR_HARM = frozenset({"suffer", "starve", "drown", "die", "freeze", "rot", "languish", "sleep", "go",
                            "be", "get"})


def _why_before(lang, words, tags, k, lo, reach):
    """The nearest why-word at most ``reach`` words before ``k`` in its sentence (from ``lo``), when no
    negation stands between it and ``k``: the doing asked about ("Why do we let refugees drown?"), not called
    for ("Why don't we let them in?" asks that it be done). None otherwise. (_why_let_in and the English moods
    of HarmDetector._analyse read the question so.)"""
    why = next((j for j in range(k - 1, max(lo, k - reach) - 1, -1) if words[j] in _WHY[lang]), None)
    if why is None or any("NEG" in tags[j] for j in range(why + 1, k + 1)):
        return None
    return why


def _why_let_in(lang, words, tags, k, g, lo, hi):
    """Whether the verb of letting in at ``k`` (LETIN) is asked "why" of the people at ``g`` in its sentence
    ``lo``..``hi``."""
    why = _why_before(lang, words, tags, k, lo, 7)
    if why is None and lang in ("tr", "fa"):  # (the people and "why" before the verb at its end)
        why = _why_before(lang, words, tags, k, lo, k - lo)
    if why is None:
        return False
    if lang == "en":
        # we, they or you do it, or "even" it ("why did Harper bring in so many immigrants?" asks of a man's
        # policy); the people its object, soon after it (not "why can't girls just admit that ...")
        if g < k or g > k + 3 or _EN_WE_THEY_EVEN.isdisjoint(words[why + 1:k]):
            return False
        return words[k] not in _EN_LET_ONLY or not any(
            words[j] in _EN_THEIR_HARM or {"VIOLENT", "DIE", "VICTIM"} & tags[j]
            for j in range(g + 1, min(hi, g + 3)))
    return any(words[j] in _EVEN_STILL[lang] for j in range(lo, hi))


# (hundred-and-seventieth round) a hatred of one member, named with "this" or "that": "I hate this woman",
# "bu kadını hiç sevmiyorum", "أكره هذه المرأة", "از این زن متنفرم" dislike one person, not women (the plural
# stays: "these women", "bu kadınları", "این زنا")
_THIS_ONE = {"en": frozenset({"this", "that"}), "tr": frozenset({"bu", "şu", "su"}),
             "ar": frozenset({"هذه", "هذا", "های", "هاد", "هذی", "هادی", "هاذی", "هاذا"}),
             "fa": frozenset({"این", "اون", "ان"})}


def _this_one(lang, words, g):
    """Whether the group word at ``g`` is one person pointed at ("this woman")."""
    if g < 1 or words[g - 1] not in _THIS_ONE[lang]:
        return False
    w = words[g]
    if lang == "en":
        return not w.endswith("s")
    if lang == "tr":
        return not _TR_PLURAL_IN.search(w)
    if lang == "fa":
        return not w.endswith(("ها", "های", "هایی", "ا"))
    return True


# (hundred-and-seventy-first round) an animal found, seen or caught is the animal: "Rats were found in the
# refugee camp's food store", "mülteci kampının deposunda fareler bulundu", "تو انبار کمپ پناهنده‌ها موش پیدا
# کردن" (the people's camp named, no likeness)
_EN_FOUND = frozenset({"found", "discovered", "spotted", "seen", "caught", "trapped", "infesting",
                       "infested"})
_TR_FOUND = ("bulun", "görül", "gorul", "yakalan", "tespit")
_FA_FOUND = ("پیدا", "دیده", "گرفت")


def _animals_found(lang, words, k, hi):
    """Whether the animal at ``k`` is found, seen or caught (a verb of it right after it)."""
    after = words[k + 1:min(hi, k + 4)]
    if lang == "en":
        return not _EN_FOUND.isdisjoint(after)
    if lang == "tr":
        return bool(after) and after[0].startswith(_TR_FOUND)
    if lang == "fa":
        return bool(after) and after[0].startswith(_FA_FOUND)  # (not "از میمون تکامل پیدا نکردن", evolved)
    return False


_EN_EQUAL_WORTH = frozenset({"anyones", "anybodys", "everyones", "everybodys", "mens", "his", "yours", "mine",
                             "ours", "theirs", "any", "another"})  # (not "the": "... as the dirt on my shoe")
_FA_PLAIN_TO_SEE = frozenset({"معلوم", "واضح", "مشخص", "روشن"})
_FA_POST_VERBS = ("بگیر", "گرفت", "میگیر", "بده", "بدن", "بدی", "داد", "میده", "میدن", "میدی", "گذاشت",
                  "بذار", "میذار")


def _en_harm_not_deserved(words, k, hi):
    """Whether the word at ``k``, of "dont deserve" or "do not deserve", has a harm after the phrase."""
    j = next((x for x in range(k, min(hi, k + 3)) if words[x] in ("deserve", "deserved")), None)
    if j is None or j < 1 or not (words[j - 1] in ("dont", "didnt") or (
            j >= 2 and words[j - 1] == "not" and words[j - 2] in ("do", "did"))):
        return False
    rest = words[j + 1:min(hi, j + 5)]
    return bool(rest) and (rest[0] in _EN_HARM_THIS or rest[:3] == ["to", "have", "their"]
                           or not _EN_UNDESERVED.isdisjoint(rest))


# (hundred-and-fifty-seventh round) a people said to control the media, the banks, the world's money: the
# conspiracy's claim ("Yahudiler bütün bankaları kontrol ediyor", "الشيعة يسيطرون على الإعلام", "بهاییا همه‌ی
# رسانه‌ها رو کنترل میکنن" were no abuse). The verb in the indicative (not "should control", "باید ... کنترل
# کنن"), what is controlled on the list (not a city or a region, which forces take), and not one's own
# ("Women should control their own money", "kendi paralarını", "پول خودشونو")
_EN_CONTROL = frozenset({"control", "controls", "controlled", "controlling", "run", "runs", "own", "owns",
                         "dominate", "dominates", "rule", "rules"})
_EN_CONTROLLED = frozenset({"media", "press", "banks", "banking", "world", "hollywood", "money", "finance",
                            "economy", "everything", "news", "newspapers", "politicians", "congress",
                            "governments"})
_EN_NOT_INDICATIVE = frozenset({"should", "must", "can", "could", "would", "to", "shall", "might", "may",
                                "let", "cant", "cannot", "dont", "doesnt", "not", "never"})
_EN_OWN = _EN_KEPT_BY | {"own"}  # (the possessives, and "own": "their own money")
_TR_CONTROLLED = ("medya", "banka", "ekonomi", "basın", "basin", "finans", "hollywood", "dünyay", "dunyay",
                  "parayı", "parayi", "paraları", "paralari", "hükümetler", "hukumetler")
_TR_CONTROL_LIGHT = ("ediyor", "eder", "etmekte", "etti", "etmiş", "etmis")
_TR_RUN = ("yönetiyor", "yönetir", "yönetmekte", "yönetti", "yönetmiş", "yonetiyor", "yonetir")
_AR_CONTROL = frozenset(_ar_fold(normalise_text(w)) for w in (
    "يسيطرون", "يسيطر", "تسيطر", "سيطروا", "مسيطرين", "مسيطرون", "يتحكمون", "يتحكم", "تتحكم", "تحكموا",
    "متحكمين", "يديرون", "يملكون", "يحكمون",
    "بيتحكموا", "يتحكموا", "بيسيطروا", "يسيطروا"))  # (round 185: the spoken plural)
_AR_CONTROLLED = frozenset(_ar_fold(normalise_text(w)) for w in (
    "الإعلام", "إعلام", "البنوك", "بنوك", "العالم", "الاقتصاد", "اقتصاد", "المال", "الأموال", "الصحافة",
    "هوليوود", "الحكومات", "المصارف", "حكومات"))
_FA_CONTROL_LIGHT = frozenset({"میکنن", "میکنند", "میکنه", "کردن", "کردند", "دارن", "دارند", "داره"})
_FA_RUN = frozenset({"میگردونن", "میگردانند", "میچرخونن", "میچرخانند", "میگردونه"})
_FA_CONTROLLED = ("رسانه", "بانک", "اقتصاد", "هالیوود", "دنیا", "جهان", "پول", "دولتا", "دولتها")


def _controls_all(lang, words, k, lo, hi):
    """(hundred-and-fifty-seventh round) Whether word ``k`` is a verb of controlling said of something the
    conspiracy names (_EN_CONTROLLED...), in the indicative, not of one's own."""
    w = words[k]
    if lang == "en":
        if w not in _EN_CONTROL or (k > lo and (words[k - 1] in _EN_NOT_INDICATIVE or words[k - 1] in _EN_OWN
                                                  or words[k - 1] in _EN_CONTROLLED)):
            # (not "their own money": "own" there is no verb; not "the Chinese economy owns the US economy",
            # where the economy does it)
            return False
        for j in range(k + 1, min(hi, k + 6)):
            if words[j] in _EN_OWN:
                return False
            if words[j] in _EN_CONTROLLED:
                return True
        return False
    if lang == "tr":
        if not ((w == "kontrol" and k + 1 < hi and words[k + 1].startswith(_TR_CONTROL_LIGHT))
                or w.startswith(_TR_RUN)):
            return False
        span = words[max(lo, k - 4):k]
        return "kendi" not in span and any(x.startswith(_TR_CONTROLLED) for x in span)
    if lang == "ar":
        if w not in _AR_CONTROL:
            return False
        return any(x in _AR_CONTROLLED or (x[:1] in "وبلف" and x[1:] in _AR_CONTROLLED)
                   for x in words[k + 1:min(hi, k + 6)])
    if lang == "fa":
        if not ((w == "کنترل" and k + 1 < hi and words[k + 1] in _FA_CONTROL_LIGHT) or w in _FA_RUN):
            return False
        span = words[max(lo, k - 5):k]
        return not any(x.startswith("خود") for x in span) and any(x.startswith(_FA_CONTROLLED) for x in span)
    return False


_CONTROL_CUE = {"en": _EN_CONTROL.__contains__, "tr": lambda w: w == "kontrol" or w.startswith(_TR_RUN),
                "ar": _AR_CONTROL.__contains__, "fa": lambda w: w == "کنترل" or w in _FA_RUN}


# (hundred-and-fifty-ninth round) a person thrown into water or dragged by the hair: "Toss that blogger in the
# lake", "ارموا هالصحفي بالنهر", "این وبلاگ‌نویس رو بندازید تو دریاچه", "اسحبوا هالمذيع من شعره", "Spikeri
# saçlarından tutup sokağa sürükleyin" were no threats (the bottles and the rubbish thrown in a bin are not
# thrown into water, and a girl who pulls back her own hair drags no one)
_EN_THROW = frozenset({"throw", "toss", "dump", "chuck", "push", "shove"})
_EN_WATER = frozenset({"river", "lake", "sea", "tigris", "euphrates", "well", "canal", "ocean", "bosphorus"})
_EN_HIM = frozenset({"him", "her", "them", "you", "em"})
_AR_THROW = re.compile(r"^و?(?:ارم|زت)(?:ی|و|وا)?(?:ه|ها|هم)?$")  # (the imperative's forms: not "ارمني")
_AR_DRAG = re.compile(r"^و?(?:اسحب|سحب|جر|اسحل|سحل)(?:وا|وه|وها|وهم|و|ه|ها|هم)$")
_AR_WATER = frozenset(_ar_fold(normalise_text(w)) for w in (
    "نهر", "بحر", "بئر", "بير", "بحيرة", "دجلة", "فرات", "الفرات"))  # (not قناة, also a TV channel)
_AR_HAIRS = frozenset(f"شعر{e}" for e in ("ه", "ها", "هم", "هن"))  # his, her, their hair
# the waters with the prefixes they take ("بالنهر", "في البحر"), and with the hair ("من شعره"): _thrown_cue
_AR_WATER_FORMS = frozenset(p + w for w in _AR_WATER
                            for p in ("", "ال", "ب", "بال", "و", "وال", "ف", "فال", "لل"))
_AR_THROWN_CUE = _AR_WATER_FORMS | _AR_HAIRS
# "اعمل الخير وارمه في البحر", do good and throw it in the sea: the proverb, no one thrown
_AR_GOOD_DEED = _nf("خير", "الخير", "معروف", "المعروف")
_FA_THROW = frozenset({"بندازید", "بندازین", "بنداز", "بندازن", "بندازیم", "بندازه"})
_FA_WATER = frozenset({"رودخونه", "رودخانه", "دریا", "دریاچه", "چاه", "آب", "اب", "اروند", "دجله"})


def _thrown_cue(lang, words, text):
    """(hundred-and-fifty-ninth round) Whether ``words`` (of ``text``) may hold what _thrown_or_dragged starts
    from: a verb of throwing and a water (en, fa), a verb of dragging (tr) or a hair or a water (ar). A cue
    only: it may say yes where _thrown_or_dragged then finds nothing (the Turkish verb looked for in the text,
    in C, rather than word by word)."""
    if lang == "en":
        return not _EN_THROW.isdisjoint(words) and not _EN_WATER.isdisjoint(words)
    if lang == "fa":
        return not _FA_THROW.isdisjoint(words) and not _FA_WATER.isdisjoint(words)
    if lang == "tr":
        return "sürükle" in text or "surukle" in text
    if lang == "ar":
        return not _AR_THROWN_CUE.isdisjoint(words)  # (a set: one pass in C over the words)
    return False


def _thrown_or_dragged(lang, words, tags, k, lo, hi):
    """(hundred-and-fifty-ninth round) Whether the verb at ``k`` throws a person into water or drags one by
    the hair (the person, a word that names one, between the verb and the water, or before the Persian
    verb's object marker; the hair after the Arabic verb, before the Turkish one)."""
    w = words[k]

    def person(j):
        return _names_someone(tags[j])
    if lang == "en":
        if w not in _EN_THROW or (k + 1 < hi and words[k + 1].endswith(("self", "selves"))):
            return False  # (not "Go throw yourself in a lake", an insult: no one else is thrown)
        for j in range(k + 1, min(hi - 1, k + 5)):
            if words[j] in ("in", "into"):
                rest = words[j + 1:min(hi, j + 3)]
                return (not _EN_WATER.isdisjoint(rest) and any(
                    person(m) or words[m] in _EN_HIM for m in range(k + 1, j)))
        return False
    if lang == "ar":
        if _AR_DRAG.match(w):
            return any(words[j] == "من" and j + 1 < hi and words[j + 1] in _AR_HAIRS
                       for j in range(k + 1, min(hi - 1, k + 4)))
        if not _AR_THROW.match(w):
            return False
        if any(x.startswith("نفس") for x in words[k + 1:min(hi, k + 3)]) or not _AR_GOOD_DEED.isdisjoint(
                words[max(lo, k - 3):k]):
            return False  # "ارمي نفسك في البحر", go throw yourself in the sea: an insult; the proverb
        someone = w.endswith(("ه", "هم", "ها")) or any(person(j) for j in range(k + 1, min(hi, k + 3)))
        return someone and not _AR_WATER_FORMS.isdisjoint(words[k + 1:min(hi, k + 4)])
    if lang == "tr":
        return w.startswith(("sürükle", "surukle")) and any(
            x.startswith(("saçlarından", "saçından", "saclarindan", "sacindan"))
            for x in words[max(lo, k - 3):k])
    if lang == "fa":
        return (w in _FA_THROW and k - 2 >= lo and words[k - 1] in ("رو", "را") and person(k - 2)
                and k + 2 < hi and words[k + 1] in ("تو", "توی") and words[k + 2] in _FA_WATER)
    return False

# (hundred-and-fifty-sixth round) an Arabic verb in the past plural ("هاجموا", "خطفوا", "حرقوا")
# (not a present's prefix, "بيشتغلو", "يتآمرون"; not a copula, "الذين كانوا في الحسينية إيرانيين")
_AR_PAST_PLURAL = re.compile(r"^(?![وف]?(?:بی|بت|بن|ی|ت|کان|صار|ظل|بات|اصبح|راح))[وف]?\w{2,}(?:وا|و)$")
# (hundred-and-fifty-third round) the words that deny a rejecting word (REJECT) before it and after it
_REJECT_DENIED = {
    "en": (frozenset({"not", "isnt", "wasnt", "arent", "aint"}), frozenset()),
    "ar": (frozenset(_ar_fold(normalise_text(w)) for w in ("مش", "ليس", "ليست", "مو", "مب", "مهو", "موب")),
           frozenset()),
    "tr": (frozenset(), frozenset({"değil", "degil", "değildir", "degildir"})),
    "fa": (frozenset(), frozenset({"نیست", "نبود", "نیستش", "نیستن"}))}
# (hundred-and-fifty-third round) a prejudice named (_rebuts: after "this is", _THIS_IS) rebuts the claim
# before it
_PREJUDICE_NAMED = {
    "en": ("racis", "bigot", "prejudic", "xenophob", "islamophob", "sexis", "homophob", "hateful",
           "hate speech", "discriminat"),
    "ar": tuple(_ar_fold(normalise_text(w))
                for w in ("عنصري", "عنصرية", "تعصب", "تحيز", "كراهية", "تمييز")),
    "tr": ("ırkçı", "irkci", "bağnaz", "bagnaz", "önyargı", "onyargi", "nefret söylemi", "ayrımcı",
           "ayrimci"),
    "fa": tuple(normalise_text(w) for w in ("نژادپرست", "تعصب", "تبعیض", "نفرت", "نفرتپراکنی"))}
# "this is" before it: the pronoun, then at most two of the copula's or an article's words
_THIS_IS = {
    "en": (frozenset({"thats", "its", "this", "that", "it", "which"}),
           frozenset({"is", "was", "pure", "just", "plain", "simply", "blatant", "outright", "a", "so"})),
    "ar": (frozenset(_ar_fold(normalise_text(w))
                     for w in ("هذا", "هاد", "هيدا", "هذه", "هاي", "هادا", "هذي")),
           frozenset(_ar_fold(normalise_text(w))
                     for w in ("اسمه", "اسمو", "يسمى", "هو", "هي", "كله", "مجرد"))),
    "tr": (frozenset({"bu", "bunun", "şu", "bunlar", "o"}),
           frozenset({"düpedüz", "resmen", "açık", "bir", "tam"})),
    "fa": (frozenset({"این", "اینا", "اون", "اینم"}),
           frozenset({"یه", "یک", "کاملا", "واقعا", "خالص"}))}
# the claim's own words that a rebuttal's stem reaches (liars), kept out
_REBUTTAL_NOT = ("yalancı", "yalanci", "دروغگو", "کذاب", "liar")
_CONFIRMED = {
    "en": frozenset({"right", "true", "correct", "fact", "facts", "truth", "agree"}),
    "ar": frozenset(_ar_fold(normalise_text(w))
                    for w in ("محق", "محقا", "صحيح", "صادق", "صدق", "حقيقة", "اتفق")),
    "tr": ("haklı", "hakli", "doğru", "dogru", "gerçek", "gercek", "katılıyorum", "katiliyorum"),
    "fa": frozenset(normalise_text(w) for w in ("راست", "درست", "حق", "واقعیت", "موافقم"))}
_REBUTTAL_NEG_BEFORE = {"en": frozenset({"no", "not", "isnt", "never", "wouldnt", "arent", "wasnt",
                                         "hardly"}),
                        "ar": frozenset(normalise_text(w) for w in ("ليس", "ليست", "مش", "مو", "لا", "ما"))}
# (after it: "yalan değil", "yalan konuşmaz", she would not lie, "yanlış olmaz", it would not be wrong; "دروغ
# نیست", "دروغ نمی‌گن", they don't lie)
_REBUTTAL_NEG_AFTER = {"tr": ("değil", "degil", "söylemez", "soylemez", "söylemiyor", "soylemiyor",
                              "söyleyecek", "konuşmaz", "konusmaz", "olmaz", "olmuyor", "sayılmaz",
                              "sayilmaz"),
                       "fa": ("نیست", "نبود", "نمیگ", "نگفت", "نمیگو")}

# (hundred-and-twenty-ninth round) the sayer at a verb of saying ``v`` is "whoever": Arabic "من يدعي", "اللي
# يقول"; Persian "هر کس ادعا می‌کند", "کسی که می‌گوید"; Turkish the participle, "iddia eden", "söyleyen"
_WHO_SAYER = {
    "ar": lambda words, v: v >= 1 and words[v - 1] in ("من", "اللی", "الی", "یلی"),
    "fa": lambda words, v: any(words[j] in ("هر", "هرکس", "کسی", "کسانی", "هرکی", "کسایی")
                               for j in range(max(0, v - 3), v)),
    "tr": lambda words, v: words[v].endswith(("yen", "yan", "yenler", "yanlar")) or (
        v + 1 < len(words) and words[v + 1] in ("eden", "edenler", "edenin"))}

# ---- (hundred-and-thirtieth round) a people disqualified by what "no sane man" would do: rule 3g ----
# "No sane man would vote for a woman mayor", "لا يثق رجل عاقل بالأكراد", "Aklı başında hiçbir erkek
# kadın belediye başkanına oy vermez", "هیچ مرد عاقلی به یک زن برای شهرداری رای نمی‌دهد": a sane or
# sensible person (_SANE), an act of choosing or trusting someone (_CHOOSE, stems), a negation, and
# the group chosen near the act (after it in English and Arabic, before it in Turkish and Persian).
# The frame carries the claim no word of it says alone.
_SANE = {"en": ("sane", "sensible", "reasonable", "rational", "intelligent", "smart"),
         "ar": tuple(_ar_fold(normalise_text(w)) for w in ("عاقل", "عاقلة", "عاقلا", "عاقله")),
         "tr": ("aklı başında", "akli basinda", "akıllı", "akilli", "mantıklı", "mantikli"),
         "fa": tuple(normalise_text(w) for w in ("عاقل", "عاقلی", "باعقل", "عاقلانه"))}
# a relative after the group: one person of it qualified ("a woman who lies", "زنی که", "امرأة التي")
_QUALIFIED = frozenset({"who", "that", "which", "whose", "که", "التی", "اللی", "الذی"})
_CHOOSE = {"en": ("vote", "hire", "trust", "elect", "employ", "marry", "appoint"),
           "ar": tuple(_ar_fold(normalise_text(w)) for w in ("يصوت", "يوظف", "يثق", "ينتخب", "يتزوج", "يعين",
                                                              "سيصوت", "سينتخب", "توظف", "تثق", "تنتخب")),
           "tr": ("oy ver", "işe al", "güven", "seç", "evlen"),
           "fa": tuple(normalise_text(w) for w in ("رای", "استخدام", "اعتماد", "انتخاب", "ازدواج"))}

# (hundred-and-thirty-first round) thinking denied before a claim (verbs, and the negations before them;
# Persian's after, in the verb): "I don't think", "I do not believe", "لا أظن", "ما أعتقد", "فکر نمی‌کنم"
_THINK_NOT = {"en": (frozenset({"think", "believe", "thought"}),
                     frozenset({"dont", "not", "never", "didnt", "doesnt"})),
              "ar": (frozenset(_ar_fold(normalise_text(w)) for w in ("أظن", "أعتقد", "نظن", "نعتقد", "اظن",
                                                                      "اعتقد")),
                     frozenset(normalise_text(w) for w in ("لا", "ما"))),
              "fa": (frozenset(normalise_text(w) for w in ("فکر", "گمان")), ("نمیکن", "نمی\u200cکن"))}

# ---- (hundred-and-thirty-first round) a group refused as a neighbour: rule 3h ----
# "I would never want a Yazidi as a neighbour", "لا أريد أبدا جارا إيزيديا", "Komşu olarak bir Ezidi
# asla istemem", "هرگز یک ایزدی را به عنوان همسایه نمی‌خواهم": a wish denied (_NOT_WANT), a place in
# the speaker's life (_CLOSE_ROLE: a neighbour, a colleague, a son-in-law) and a group, in one
# sentence. Not a wish ("I would love to have Yazidi neighbours") nor a refusal of no group ("I don't
# want a noisy neighbour").
_NOT_WANT = {"en": (("never", "dont", "not", "wouldnt"), frozenset({"want", "accept", "allow"})),
             "ar": (tuple(normalise_text(w) for w in ("لا", "ما", "لن")),
                    frozenset(_ar_fold(normalise_text(w)) for w in ("أريد", "اريد", "نريد", "أقبل", "اقبل",
                                                                     "نقبل", "ابي", "نبي", "بدي"))),
             "tr": ((), ("istemem", "istemiyorum", "istemeyiz", "istemiyoruz", "kabul etmem",
                         "kabul etmeyiz")),
             "fa": ((), tuple(normalise_text(w) for w in ("نمیخواهم", "نمیخوام", "نمیخواهیم", "نمیخوایم",
                                                          "قبول نمیکنم", "نمیپذیرم")))}
_CLOSE_ROLE = {"en": ("neighbour", "neighbor", "colleague", "son-in-law", "tenant", "flatmate"),
               "ar": tuple(_ar_fold(normalise_text(w)) for w in ("جار", "جارا", "جيران", "زميل", "زميلا",
                                                                  "صهر", "صهرا", "مستأجر", "مستاجر")),
               "tr": ("komşu", "komsu", "meslektaş", "damat", "kiracı", "kiraci", "ev arkadaşı"),
               "fa": tuple(normalise_text(w) for w in ("همسایه", "همکار", "داماد", "مستاجر", "هم\u200cخانه"))}

def _rebuts(lang, words, k):
    """(hundred-and-twenty-ninth round) Whether the word at ``k`` (with the next, for a phrase) rebuts a
    claim: _REBUTTAL's stems, not a word of the claim (_REBUTTAL_NOT), not denied ("no lie", "yalan
    değil"). English "the problem" only of the addressee ("you are the problem")."""
    w = words[k]
    if lang == "en" and w == "problem":
        return k >= 3 and words[k - 1] == "the" and (
            words[k - 2] == "youre" or (words[k - 2] == "are" and words[k - 3] == "you"))
    if lang == "en" and w.startswith("fuel"):  # what a claim "has fuelled", not "alcohol-fuelled rape"
        return k >= 1 and words[k - 1] in ("has", "have", "had", "it", "that", "which", "this")
    pair = f"{w} {words[k + 1]}" if k + 1 < len(words) else w
    named = _PREJUDICE_NAMED[lang]
    if (w.startswith(named) or pair.startswith(named)) and _this_is(lang, words, k):
        # (hundred-and-fifty-third round) the claim called a prejudice: "That's bigotry", "Bu ırkçılık", "هذا
        # تعصب", "این نژادپرستیه", "bu nefret söylemi" (not denied: "this is not racism, it's the truth"
        # endorses it)
        after = _REJECT_DENIED[lang][1]  # (a prejudice denied after it: "ırkçılık değil", "نژادپرستی نیست")
        return not any(words[j] in after for j in range(k + 1, min(len(words), k + 3)))
    stems = _REBUTTAL[lang]
    if not (w.startswith(stems) or pair.startswith(stems)) or w.startswith(_REBUTTAL_NOT):
        return False
    if lang == "en" and w == "wrong" and k >= 1 and words[k - 1] in ("the", "whats"):
        return False  # "what is wrong with", "the wrong people": said of something, not of a claim
    before = _REBUTTAL_NEG_BEFORE.get(lang, ())
    if before and any(words[j] in before for j in range(max(0, k - 2), k)):
        return False
    if lang == "tr" and k + 1 < len(words) and words[k + 1] in ("mı", "mi", "mu", "mü", "mıdır", "midir"):
        return False  # asked, which endorses: "... demek yanlış mı?" (is it wrong to say ...?)
    after = _REBUTTAL_NEG_AFTER.get(lang, ())
    return not (after and any(words[j].startswith(after) for j in range(k + 1, min(len(words), k + 3))))


# (round 181) the sayers of a claim shamed in the sentence after it: "Some call Kurds vermin. Those who say it
# should be ashamed.", "في ناس بتسمي الأكراد حشرات. اللي بيقولوا هيك لازم يستحوا", "Bazıları Kürtlere haşere
# diyor. Bunu söyleyenler utanmalı.", "بعضیا به کردا میگن حشره. کسایی که اینو میگن باید خجالت بکشن"
_SAYER_BEFORE = {"en": frozenset({"who", "that"}), "ar": _nf("اللي", "الي", "يلي", "من", "الذين", "الذي")}
_TR_SAYERS_ENDS = ("enler", "anlar", "enlere", "anlara", "enleri", "anları", "enlerin", "anların")
_SAYERS_SHAMED = {"en": ("ashamed", "shame", "disgrace", "bigot", "racist"),
                  "ar": tuple(_nf("يستحوا", "يستحون", "يستحي", "عيب", "عار", "يخجلوا", "يخجلون", "عنصري")),
                  "tr": ("utan", "yazık", "yazik", "ayıp", "ayip", "ırkçı", "irkci", "rezil"),
                  "fa": ("خجالت", "شرم", "ننگ", "نژادپرست")}


def _sayers_shamed(lang, words, tags, a, b):
    """(round 181) Whether words[a:b] shames those who say the claim before it: a verb of saying in the form
    of its sayers ("those who say", "اللي بيقولوا", "söyleyenler", "کسایی که ... میگن") and a word of
    shame."""
    if not any(words[j].startswith(_SAYERS_SHAMED[lang]) for j in range(a, b)):
        return False
    for k in range(a, b):
        if "SAY" not in tags[k]:
            continue
        if lang == "tr" and words[k].endswith(_TR_SAYERS_ENDS):
            return True
        if lang == "fa" and "که" in words[max(a, k - 3):k]:
            return True
        if lang in _SAYER_BEFORE and k > a and words[k - 1] in _SAYER_BEFORE[lang]:
            return True
    return False


def _rightly(lang, words, k):
    """(hundred-and-sixty-seventh round) The confirming word at ``k`` is the adverb "rightly" of what follows,
    not the claim called right: Turkish "haklı olarak eleştirildi", Persian "به حق ازش انتقاد شد"."""
    if lang == "tr":
        return k + 1 < len(words) and words[k + 1] == "olarak"
    return lang == "fa" and k >= 1 and words[k - 1] == "به" and words[k] == "حق"


def _this_is(lang, words, k):
    """(hundred-and-fifty-third round) The word at ``k`` is said of "this", "that" or "it" right before it
    ("that's bigotry", "it is xenophobic", "bu ırkçılık", "هاد تعصب", "این یه تعصب کوره"), not of a
    people, and no negation stands between ("this is not racism")."""
    this, between = _THIS_IS[lang]
    j = k - 1
    while j >= 0 and k - j <= 3 and words[j] in between:
        j -= 1
    return j >= 0 and k - j <= 3 and words[j] in this


def _my_acquaintance(lang, words, j):
    """True when the group's word at ``j`` names the commenter's own acquaintance (see _EN_MY)."""
    n = len(words)
    if lang == "en":
        return any(words[m] in _EN_MY for m in range(max(0, j - 2), min(n, j + 4)) if m != j)
    if lang == "tr":
        return any(words[m] in _TR_MY_WORDS for m in range(max(0, j - 2), j)) or any(
            _TR_MINE_RE.match(words[m]) and not words[m].endswith(_TR_VERB_FIRST)
            for m in range(j + 1, min(n, j + 3)))
    if lang == "ar":
        before = words[j - 1] if j >= 1 else ""
        return (words[j].startswith("ال") and len(before) >= 4 and before.endswith("ی")
                and not before.startswith(("ال", "وال")))
    if lang == "fa":
        return words[j].endswith(_FA_MINE) or (
            j >= 1 and len(words[j - 1]) >= 4 and words[j - 1].endswith("م"))
    return False


def _match_phrases(L, seq, heads, hits, seen=None):
    """Append to ``hits`` (start, end, tag) for each phrase of ``L`` that matches ``seq`` (the words,
    or their ASCII foldings) from one of ``heads``: (index, the word a phrase may start with there).
    With ``seen``, a hit already in it is not added again."""
    n, pair_first, by_pair, cached = len(seq), L.pair_first, L.phrases_by_pair, L._phrase_cache
    for k, w in heads:
        # the candidates in the order of the index: by the first word, by the first two, by a stem
        # (L.phrase_candidates, read from its cache without a call where it has the word)
        first, stemmed = cached.get(w) or L.phrase_candidates(w)
        pair = by_pair.get((w, seq[k + 1])) if w in pair_first and k + 1 < n else None
        if not (first or pair or stemmed):
            continue
        for cands in (first, pair or _NONE, stemmed):
            for _ptoks, tag, m, rest in cands:  # the words the index matched are not in rest
                if k + m > n:
                    continue
                for j, t, stem in rest:
                    if (not seq[k + j].startswith(t)) if stem else seq[k + j] != t:
                        break
                else:
                    if seen is None:
                        hits.append((k, k + m, tag))
                    elif (k, k + m, tag) not in seen:
                        hits.append((k, k + m, tag))
                        seen.add((k, k + m, tag))


def _names_someone(tags):
    """A person, the addressee or an identity group."""
    return "PERSON" in tags or "YOU" in tags or any(t.startswith("GROUP:") for t in tags)


def _fa_kas_is_person(words, i):
    if words[i] != "کس":
        return False
    return ((i >= 1 and words[i - 1] in _FA_KAS_BEFORE)
            or (i + 1 < len(words) and words[i + 1].startswith(("دیگر", "دیگه"))))


def _fa_slogan_named(words, a, b, lo, hi):
    """"مرگ بر" at a..b named or reported rather than chanted: after "شعار" (slogan), after a verb of
    saying in the indicative ("میگن مرگ بر امریکا", "فریاد میزنیم مرگ بر"; not "باید گفت مرگ بر"), before
    one ("مرگ بر امریکا گفتن"), or made a noun ("«مرگ بر» هایی که میگیم")."""
    if any(words[k].startswith(_FA_SLOGAN) for k in range(max(lo, a - 3), a)):
        return True
    if b < hi and words[b].startswith("ها"):
        return True
    for k in range(max(lo, a - 3), a):  # (a-3: "فریاد می-زنیم" is three tokens)
        # (not "I say", "من میگم مرگ بر ...", nor "باید گفت")
        if _FA_SAYING.match(words[k]) and not words[k].startswith("بگ") and words[k] not in (
                "میگم", "میگویم") and not (k >= 1 and words[k - 1] == "باید"):
            return True
    # (after it: "مرگ بر. میگه", "مرگ بر امریکا گفتن")
    return any(_FA_SAYING.match(words[k]) and not words[k].startswith("بگ") for k in range(b, min(hi, b + 3)))


def _fa_not_a_threat(words, tags, i, lo, hi, mood):
    """Why the Persian act or death at ``i`` (its sentence lo..hi, the mood found before it or None) is
    no threat, or None: "pull" (کشیدن, not کشتن), "agent" (the doer named: متجاوز), "broken" (a promise
    or a silence), "self" (done to oneself), "idiom" (a feeling: "اتیشت میزنه", "ز اندوه بمیری", "این
    تو بمیری‌ها"), "told" (supposed by a condition, going on, a slogan quoted, a crop sown) or
    "against" (a hashtag against it)."""
    w = words[i]
    t = tags[i]
    prev = words[i - 1] if i > lo else ""
    if "_" in w and any(x in w for x in _FA_HASHTAG_AGAINST):
        return "against"  # #اعدام_نکنید, #لغو_فوری_اعدام
    if w.startswith(_FA_AGENT):
        return "agent"
    if "کش" in w and "کشت" not in w and not any(_FA_BODY_YOURS.match(words[k])
                                                 for k in range(max(lo, i - 4), min(hi, i + 3))):
        if _FA_PULL_CAUSE.search(w):
            return "pull"
        if prev in _FA_PULL_OBJ or (prev[-1:] == "ی" and prev[:-1] in _FA_PULL_OBJ):
            return "pull"
        if i + 1 < hi and words[i + 1] in _FA_PULL_DIR:
            return "pull"
        for k in (i - 2, i - 3):
            if k >= lo and words[k] == "به":
                between = words[k + 1:i]
                if not any(b.startswith(_FA_PULL_TO_HARM) or b in ("رو", "را") or b in _FA_OATH
                           for b in between):
                    return "pull"  # "به رخ بکشم", "به فحششون میکشه", "به کام مرگ میکشه"
                break
    if w == "کشت" and ((i + 1 < hi and words[i + 1].startswith(("میشود", "میشه", "میشن", "شود", "شده")))
                       or prev in ("ترویج", "مورد")):
        return "told"  # کشت, a crop: "نهال کشت میشود"
    if ("شکن" in w or "شکس" in w) and any(words[k].startswith(_FA_BREAK_OBJ)
                                          for k in range(max(lo, i - 3), i)):
        return "broken"  # "قولش را بشکند", "سکوتتان را بشکنید"
    if "VIOLENT" in t and (prev in _FA_SELF_OBJ or (i - 2 >= lo and prev in ("رو", "را")
                                                     and words[i - 2] in _FA_SELF)):
        return "self"  # "خودشو میکشه", "خودم رو از بین میبردم"
    if "VIOLENT" in t and (prev in ("منو", "مارو", "مرا", "مارا") or (
            i - 2 >= lo and prev in ("رو", "را") and words[i - 2] in ("ما", "من"))):
        return "self"  # the speaker's own, as in English: "خدا ما رو بکشه", "چرا مارو میکشن؟"
    if (w == "سر" and prev == "به") or (prev == "سر" and i - 2 >= lo and words[i - 2] == "به"):
        return "idiom"  # به سر بردن, to live through: "در دوران ... به سر میبریم"
    if w in ("اتیشت", "اتیشم") and i + 1 < hi and _FA_BURNS_YOU.match(words[i + 1]) and mood is None:
        return "idiom"  # "یه حرفایی اتیشت میزنه": it burns you up (a feeling); not "میام اتیشت میزنم"
    if "DIE" in t:
        if _FA_DIE_SPEAKER.match(w):
            return "idiom"  # the speaker's own death, affection or grief: "الهی بمیرم برات", "بمیرم برات"
        if w.startswith("بمیری") and w.endswith(("ها", "های")):
            return "idiom"  # "این دیگه اون تو بمیری‌ها نیست"
        if prev == "تو" and i - 2 >= lo and words[i - 2] in ("این", "اون", "ان", "همون", "همان"):
            return "idiom"  # "این تو بمیری", the oath as a noun
        if (i - 2 >= lo and words[i - 2] in ("از", "ز") and mood is None
                and not any(words[k] in _FA_WISH for k in range(lo, i))):
            return "idiom"  # dying of a feeling: "ز اندوه بمیری", "از خنده میمیرم"
        if any(words[k].startswith(_FA_SLOGAN) for k in range(max(lo, i - 4), i)):
            return "told"  # "ملت شعار میدادند ولیعهدت بمیرد": a slogan told
        if any(_FA_SAYING.match(words[k]) and words[k].startswith(("می", "گفت"))
               for k in range(max(lo, i - 2), i)):
            return "told"  # someone's words told: "مامانم میگه بمیری تو", "گفتم بمیر"
        if w == "مرگ" and not (mood is not None and ("MOODAFTER" in tags[mood] or words[mood] in _FA_WISH)):
            return "told"  # death, the noun: "مرگ دست خداست", "مرگ او جامعه نزدیک است" (not "مرگ حقته")
    if mood is None:
        for k in range(i - 1, max(lo, i - 4) - 1, -1):
            if words[k] in _FA_COND:
                if all(words[j] in _FA_COND_FILL or _names_someone(tags[j]) for j in range(k + 1, i)):
                    return "told"  # "اگه تو بمیری", "موقعی ک بمیری", "وقتی به یکی تجاوز میشه"
                break
        if any(words[k] in _FA_PROGRESSIVE for k in range(max(lo, i - 3), i)):
            return "told"  # "فلسطین داره نابود میشه", "دارن بهشون حمله میکنند"
    return None


class HarmDetector:
    LANGS = ("en", "ar", "tr", "fa")
    # True: a comment none of whose words can start a rule (no trigger tag, no first word of a trigger
    # phrase) returns at once, before offsets, phrases and sentences; False: the whole analysis runs
    # and reaches the same empty answer (tests/guidelines/test_fast_paths.py compares the two)
    prefilter = True

    def __init__(self, extra=None):
        """extra: {lang: {tag: [entries]}} added to the shipped word lists (see training.hurtlex_words)."""
        with _gc_paused():
            self.langs = {lang: _Lang(lang, (extra or {}).get(lang)) for lang in self.LANGS}
        self._latin_known = None  # (romanised_tokens)
        self._romanised_memo = {}  # (romanised_tokens)

    def kind_promise(self, lang, text):
        """(sixty-fourth round) Whether the fully normalised ``text`` promises the reader or someone named a
        kindness in the first person -- "If I meet that reporter I'll buy him a coffee", "لو شفتك بالشارع راح
        أسلم عليك", "Seni kafede görürsem hikâyeyi anlatırım", "اگه ببینمت ناهار مهمونم" -- with no word of
        harm, insult or watching in it. The written-threat heads, bags of words, read "if I see you ...
        I'll ..." as a threat whatever the speaker will do; model.findings asks this only when such a head
        fired and no rule found a threat, and then the head adds nothing (rules read the verb, the head
        does not)."""
        L = self.langs.get(lang)
        kind = _KIND_PROMISE.get(lang)
        if L is None or kind is None:
            return False
        words = _words_as_read(lang, text)
        unkind = [L.tags(w) & _UNKIND for w in words]
        if any(unkind):
            # a customer's visit may name the shop (a place to be found at, DOXOBJ) and nothing else unkind
            if not (lang == "en" and all(t <= {"DOXOBJ"} for t in unkind)
                    and any(_en_customer(words, k) for k in range(len(words)))):
                return False
        return any(kind(words, k) for k in range(len(words)))

    def fate_likened(self, lang, text):
        """(hundred-and-eighty-ninth round) Whether the fully normalised ``text`` likens a fate to the
        speaker's own or to the addressee's kin, with no word of harm: "I'm scared I'll end up like those
        jailed journalists", "You'll end up like your father, a brilliant doctor", "رح تطلع متل أبوك، دكتور
        شاطر".
        The written-threat heads read "you'll end up like ..." as a threat at 0.87 whoever the likeness is;
        model.findings asks this only when such a head fired and no rule found a threat."""
        L, like = self.langs.get(lang), _LIKENED.get(lang)
        if L is None or like is None:
            return False
        words = _words_as_read(lang, text)
        if any(L.tags(w) & _LIKENED_HARM for w in words):
            return False
        for k, w in enumerate(words):
            if w not in like:
                continue
            before, after = words[max(0, k - 4):k], words[k + 1:k + 3]
            if lang == "en" and not (len(before) >= 2 and before[-1] == "up"
                                     and before[-2].startswith("end")):
                continue
            if any(x in _LIKENED_KIN[lang] for x in after) or any(x in _LIKENED_ME[lang] for x in before):
                return True
        return False

    def own_day(self, lang, text):
        """(hundred-and-third round) Whether the fully normalised Persian ``text`` tells only the speaker's
        own doings -- a verb in the first person singular's past ("پارک کردم", "اومدم") -- and names no one
        else: no addressee, no second person's verb, no one's car, home or family (DOXOBJ: the lists hold
        them with "your", "ماشینت", not "ماشینم"), no person, no group, and no word of harm. The
        written-threat head, a bag of words, read "ماشینم رو جلوی اداره پارک کردم و اومدم سر کار" (I parked
        my car in front of the office and came to work) as a threat at 0.80 (a car and where it is parked);
        model.findings asks this only when that head fired and no rule found a threat."""
        if lang != "fa":
            return False
        L = self.langs[lang]
        words = _words_as_read(lang, text)
        if not any(_FA_I_VERB.match(w) for w in words):
            return False
        for w in words:
            t = L.tags(w)
            if t & _NOT_OWN_DAY or _FA_YOU_VERB.match(w) or any(x.startswith(("GROUP:", "SLUR:")) for x in t):
                return False
        return True

    def analyse_comment(self, lang, comment, norm=None):
        """analyse() of a comment as typed: fully normalised (``norm``, if it is at hand already) and with
        its masked words read, as the scorer reads it (training and the leave-one-dataset-out folds)."""
        return self.analyse(lang, norm or normalise_text(comment), typed_words(normalise_base_text(comment)))

    def analyse(self, lang, text, typed=()):
        """Findings in the fully normalised ``text`` (normalise_text) of a comment in ``lang``; spans
        index that normalised text. Unknown languages find nothing. ``typed``: the comment's words as
        typed where full normalisation changes them (typed_words of its base-normalised text): words
        with masking asterisks, read as the harmful words they hide (_Lang.asterisk_tags), and Latin
        words with digits for Arabic letters. A comment in Latin letters that is Arabic or Persian
        (romanised_tokens), taken for English or Turkish by the identifier or written in the site's
        language, is also read by that language's rules, word by word in its own script."""
        masked = tuple(w for w in typed if "*" in w)
        apart = _HASHTAG_RE.sub(_hashtag_apart, text) if "_" in text and "#" in text else text
        found = self._analyse(lang, apart, masked)
        if apart != text:
            # a hashtag read whole may say what its words apart do not ("#ديما_الحقيرة", Dima the vile, is
            # an insult to a person as one word; apart, a name and an adjective): its findings of a clause
            # the words apart lack are kept too, not its contrasts
            had = {f.clause for f in found}
            found = found + [f for f in self._analyse(lang, text, masked)
                             if f.clause not in had and f.clause not in CONTRASTS]
        for script_lang in romanised.FROM.get(lang, ()):
            read = self.romanised_tokens(text, typed, script_lang, digits_needed=lang == "kmr")
            if read:
                found = found + self._analyse(script_lang, text, (), read)
        return found

    def _analyse(self, lang, text, masked, tokens=None):
        """analyse() in one language; ``tokens`` [(word, start, end)]: the words already read (the
        readings of Latin-typed Arabic or Persian in their script), with their spans in ``text``."""
        L = self.langs.get(lang)
        if L is None or not text:
            return []
        if lang == "fa":
            text = text.replace("\u06d5", "\u0647")  # _FA_AE: one character for one, spans unchanged
        # the text is already normalised: a token only loses its apostrophes (i'll -> ill) and, in
        # Persian, the dots that cut it up; the words first, their offsets only when a rule may fire
        rx = _FA_DOTTED_RE if lang == "fa" else _TOKEN_RE
        if tokens is not None:
            words, raw = [w for w, _, _ in tokens], None
        else:
            words = raw = rx.findall(text)  # (raw: the tokens as the text has them, for their offsets)
        if not words:
            return []
        if "'" in text or "’" in text or "." in text:
            # over every token at once (tokens hold no newline)
            words = "\n".join(words).replace("'", "").replace("’", "").replace(".", "").split("\n")
        toks = tokens
        if tokens is None and lang == "ar":
            if ((("." in text or "-" in text or "*" in text or "_" in text) and _AR_SPLIT_RE.search(text))
                    or _ar_repair_wanted(text) or ("@" in text and _AR_AT_RE.search(text))):
                # a word split by dots or dashes, perhaps, or a detached article, digits for letters:
                # read with offsets (_ar_tokens)
                toks = self._ar_tokens(text, self._offsets(rx, text, words), L)
                words = [w for w, _, _ in toks]
            else:
                words = "\n".join(words).replace("ئ", "ی").split("\n")  # _ar_fold, every token at once
        if tokens is None and lang == "tr" and "-" in text and _TR_SYLLABLES_RE.search(text):
            # (each match's three or more pieces are one token each: the word read whole)
            toks = _splice(self._offsets(rx, text, words), [(*m.span(), m.group(0).replace("-", ""))
                                                            for m in _TR_SYLLABLES_RE.finditer(text)])
            words = [w for w, _, _ in toks]
        if tokens is None and lang == "fa" and _fa_may_attach(words):
            # (hundred-and-twentieth round) a plural, a copula or a verb's prefix typed with a space for its
            # half-space: read joined, as the half-space's word is once normalisation drops it
            toks = _fa_attached(self._offsets(rx, text, words), text, L.names_people)
            words = [w for w, _, _ in toks]
        if tokens is None and lang in HASHTAG_LANGS and "#" in text:
            # (each hashtag typed as one word replaced by the words it is made of, L.hashtag_words)
            toks = toks or self._offsets(rx, text, words)
            toks = _apart(toks, lambda w, a: L.hashtag_words(w) if a and text[a - 1] == "#" else None) or toks
            words = [w for w, _, _ in toks]
        # (hundred-and-twenty-fourth round) the words no known word is, in one pass in C: what the readings of
        # words run together and of a word cut in two look at
        unknown_words = set(words).difference(L.known) if lang in SLIP_LANGS else ()
        if (tokens is None and lang in _PEOPLE_RUN_ON_LANGS and unknown_words
                and L.people_run_on(unknown_words)):
            # a people's name run into the word after it: "Kürtlerpis", "المهاجرينمقرفين"
            apart = _apart(toks or self._offsets(rx, text, words), lambda w, _a: _people_run_on_parts(L, w))
            if apart is not None:
                toks, words = apart, [w for w, _, _ in apart]
                unknown_words = set(words).difference(L.known)
        if tokens is None and lang in HASHTAG_LANGS and unknown_words and any(
                len(w) >= HASHTAG_MIN_LEN and w not in L.exact for w in unknown_words):
            # words run together with no hashtag: "Muslimsbelong in a zoo", "Get these Kurdsout of our
            # country", "kurdsaredisgusting": read apart, each word in its place (L.run_together_parts), not
            # an @handle ("@TheRandomBoner" is no "the random boner")
            apart = _apart(toks or self._offsets(rx, text, words), lambda w, a: (
                L.run_together_parts(w) if len(w) >= HASHTAG_MIN_LEN and w not in L.known
                and not (a and text[a - 1] == "@") else None))
            if apart is not None:
                toks, words = apart, [w for w, _, _ in apart]
                unknown_words = set(words).difference(L.known)
        if lang in ("en", "tr") and self._finglish(set(words)):
            return self._analyse("fa", text, masked)  # Persian in Latin letters: the identifier cannot tell
        unmasked = L.asterisk_tags(masked) if masked else None
        # Persian blood and accounts become acts only beside their verb (the pre-pass below)
        fa_compound = lang == "fa" and (not _FA_COMPOUND_NOUNS.isdisjoint(words) or (
            # (twentieth round, rule 2b-fa'': the addressee's kin at school, and a caution)
            any(w in _FA_HUSH or w.startswith(_FA_CAUTION) for w in words)
            and any(_FA_KIN_YOURS.match(w) for w in words)))
        # Turkish phrases are also matched on the words folded to ASCII, so that a phrase typed with
        # some of its letters and not others ("agzini burnunu kırcam") is found (not the words of
        # dying: "ölsün" folds to "olsun", let it be)
        folded = None
        if lang == "tr":
            folded = [w if w.startswith("öl") else w.translate(_TR_ASCII) for w in words]
            if folded == words:
                folded = None
        # (a Turkish or Persian act denied in the first person, rule 1e, is read though no rule starts
        # from it)
        if lang == "tr":
            denied = any(w.endswith(_TR_DENIED_ENDS) and _TR_DENIED_HABIT.match(w) for w in words)
        else:
            denied = lang == "fa" and not _FA_FIRE_BEAT.isdisjoint(words)
        # (sixty-ninth round) a bare Arabic "مرة" (a woman, or once) starts no rule but may stand in a frame
        ar_woman = lang == "ar" and not _AR_WOMAN_BARE.isdisjoint(words)
        # (ninety-sixth round) the addressee's kin and "her" (every): a routine told (no rule's tag starts it)
        tr_kin = lang == "tr" and "her" in words and not _TR_KIN_SUBJECT.isdisjoint(words)
        # (seventieth round) gay people named by whom they love: a group no listed word names
        same_sex = (_same_sex_spans(lang, words) if lang in _SAME_CUES
                    and not _SAME_CUES[lang].isdisjoint(words) else ())
        # (hundred-and-fifty-ninth round) a person thrown into water or dragged by the hair: no rule's tag
        # starts it either (the verb becomes VIOLENT below)
        thrown = _thrown_cue(lang, words, text)
        # (hundred-and-sixty-first round) a Persian beating "so much that", as the English "beat ... until":
        # the pre-pass below makes its verb VIOLENT, and no listed word need start it ("اون مجری رو اونقدر
        # بزنید تا التماس کنه" found nothing: a presenter is no trigger)
        so_much = lang == "fa" and not _FA_SO_MUCH.isdisjoint(words)
        # (rounds 163-164) a house of worship called a den: no listed word starts it either
        worship_den = _worship_cue(lang, words)
        atrocity = _atrocity_cue(lang, words)  # (round 180) a massacre named: no listed word starts it either
        # (round 188) a people without its article behind the trust verb's ب ("لا تثق بسوري"): no listed word
        trusted = _ar_trusted_people(L, words) if lang == "ar" else ()
        # (round 189) another's fate held up to the addressee: no listed word starts it either
        fate_cue = _fate_cue(lang, words)
        ultimatum = _ultimatum_cue(lang, words)  # (round 190) an ultimatum: no listed word starts it either
        fate_asked = _fate_asked_cue(lang, words)  # (round 192) a fate to ask about: nor this
        back_cue = _back_cue(lang, words, L)  # (round 193) a people behind Arabic ل, the back's word
        if (self.prefilter and not (fa_compound or unmasked or ar_woman or same_sex or tr_kin)
                and not L.may_trigger(words, folded or ())
                and not (lang == "en" and not _EN_BEAT.isdisjoint(words)
                         and not _EN_UNTIL.isdisjoint(words)) and not denied and not thrown and not so_much
                and not worship_den and not atrocity and not trusted and not fate_cue and not ultimatum
                and not fate_asked and not back_cue):
            return []  # no word any rule starts from (most comments): no finding, no contrast
        cache = L._cache  # L.tags(w), without a call for the words already looked up
        tags = [cache[w] if w in cache else L.tags(w) for w in words]
        if unmasked:  # a masked word the lists name only unmasked ("s*kerim": "skerim")
            # (hundred-and-twentieth round) added to what the word with its asterisks dropped reads as, not
            # only where it reads as nothing: "n*ggers" dropped to "nggers" is a slip of an insult, and that
            # reading had hidden the slur it masks
            tags = [t | unmasked[w] if w in unmasked else t for w, t in zip(words, tags, strict=True)]
        for a, b in same_sex:
            for k in range(max(0, a), b):
                tags[k] = (tags[k] - {"AMBIG", "PERSON"}) | {"GROUP:homophobia"}
        n = len(words)
        joined_pairs = []  # (hundred-and-twenty-fourth round) k: words k and k + 1 read as one word
        if lang in SLIP_LANGS:
            # a word cut in two by a stray space ("infe rior", "disgu sting"): two untagged neighbours of
            # two letters or more, at least one of them no word of the language, that together make a
            # listed word, read as that word (not "pen is": both are words). The pairs are walked only
            # when some pair of neighbours is a listed word cut in two (L.slip_pairs; 118 of 6,000 dev
            # comments have one: the test for all pairs at once is a set operation in C)
            known = L.known
            for k in range(n - 1) if not L.slip_pairs.isdisjoint(zip(words, words[1:], strict=False)) else ():
                a, b = words[k], words[k + 1]
                if (not tags[k] and not tags[k + 1] and len(a) > 1 and len(b) > 1 and a.isalpha()
                        and b.isalpha() and (a + b) in L.exact):
                    if a not in known or b not in known:
                        tags[k] = tags[k + 1] = L.tags(a + b)
                    elif lang in _CUT_KNOWN_HALVES:
                        # (hundred-and-twenty-fourth round) both halves words ("li ars", "ani mals"): only
                        # what the word joined reads as in a frame (not "pen is")
                        tags[k] = tags[k + 1] = frozenset(t for t in L.tags(a + b)
                                                          if _slip_keeps(t, _LETTER_TAGS))
                    if tags[k]:
                        joined_pairs.append(k)
            # (hundred-and-twenty-fourth round) and a listed stem's word so cut, or one with tags of its own
            # on either side ("hayv andan", "öldü rmek"): where one half is no word of the language nor a
            # known word with an ending, what the word joined reads as in a frame (L.cut_word_tags) is added
            # to each half
            unknown = [k for k, w in enumerate(words) if w in unknown_words] if unknown_words else ()
            for k in sorted({j for i in unknown for j in (i - 1, i) if 0 <= j < n - 1}):
                a, b = words[k], words[k + 1]
                if (len(a) > 1 and len(b) > 1 and len(a) + len(b) >= 5 and a.isalpha() and b.isalpha()
                        and ((a in unknown_words and not L.inflected_known(a))
                             or (b in unknown_words and not L.inflected_known(b)))):
                    add = L.cut_word_tags(a, b) - tags[k] - tags[k + 1]
                    if add:
                        tags[k], tags[k + 1] = tags[k] | add, tags[k + 1] | add
                        joined_pairs.append(k)
        if lang in _HYPHEN_JOINED and tokens is None and "-" in text:
            # (hundred-and-twenty-second round) a word cut by a hyphen to pass a filter ("ver-min", "sa-pık",
            # "م-تنفرم"): two neighbours with a hyphen alone between them that together are a listed word with
            # a tag a slip keeps, read as that word, though both halves be words ("ver", "min"); a compound
            # whose halves joined carry harm is that harm ("sub-human"). Listed as joined, not a slip of a
            # listed word: "who-gets" is no slip of anything
            spans = toks or self._offsets(rx, text, words)
            for k in range(n - 1):
                a, b = words[k], words[k + 1]
                if text[spans[k][2]:spans[k + 1][1]] == "-" and a.isalpha() and b.isalpha():
                    joined = frozenset(t for t in (L.tags(a + b) if L.listed_tags(a + b) else ())
                                       if _slip_keeps(t))
                    if joined:  # (added: "bitch-slap" keeps its insult)
                        tags[k], tags[k + 1] = tags[k] | joined, tags[k + 1] | joined
                        joined_pairs.append(k)
        # phrases: tag the tokens they cover; THREAT/ATTACK phrases are findings of their own
        phrase_hits = []
        fa_let = set()  # (fa) "نباید گذاشت ... زنده": the negation is the call's own
        fa_owned = set()  # (fa, round 25) a cut whose head's owner is named between: that is its target
        starts = L._starts_phrase  # word -> may a phrase start with it (L.may_start_phrase)
        heads = _phrase_heads(L, words)
        if lang == "ar":
            # a phrase behind the conjunction clitic: "ونصفي حسابنا", "فجايينكم" (its first word only)
            # (not والله, the oath: "والله ياخذهم نص ساعه" is no "الله ياخذهم")
            # (hundred-and-twenty-fifth round) and a negation's ("وما يستاهلون الاحترام", and they deserve no
            # respect: the phrase "ما يستاهلون")
            heads += [(k, b) for k, w in enumerate(words) if (b := _ar_behind_and(w)) and b != "الله"
                      and (starts[b] if b in starts else L.may_start_phrase(b))]
        _match_phrases(L, words, heads, phrase_hits)
        if lang in SLIP_LANGS:
            # (hundred-and-twenty-first round) and once more with each unknown word no list names read as the
            # phrase word it is a slip of (L.phrase_slip), each hit once; (hundred-and-twenty-fourth round)
            # and a word read as a slip of a listed one too: "yok eidlmeli" is the phrase "yok edilmeli"
            # (should be wiped out), though "eidlmeli" alone reads only as the mood of "edilmeli"
            known = L.known
            slipped = [L.phrase_slip(w) if len(w) >= 4 and w not in known and w.isalpha()
                       and (not t or not L.listed_tags(w)) else None
                       for w, t in zip(words, tags, strict=True)]
            if any(slipped):
                seq = [s or w for s, w in zip(slipped, words, strict=True)]
                _match_phrases(L, seq, _phrase_heads(L, seq), phrase_hits, seen=set(phrase_hits))
        if folded is not None:  # the same phrases over the ASCII-folded words, each hit once
            _match_phrases(L, folded, _phrase_heads(L, folded), phrase_hits, seen=set(phrase_hits))
        if lang == "en" and phrase_hits:
            # (hundred-and-twentieth round) who secretly runs the world is a claim made as a fact; after a
            # modal it is a hope ("Women should rule the world" was sexism at 0.96); (hundred-and-sixty-
            # second) a car checked underneath *for* something is upkeep: "Check under your car for oil
            # leaks before a long trip" was a threat at 0.96
            phrase_hits = [h for h in phrase_hits if not (
                h[2] == "NEGPRED" and words[h[0]] in _EN_RULERS and h[0] and words[h[0] - 1] in _EN_MODALS)
                and not (h[2] == "THREAT" and words[h[0]] == "check" and h[1] < n and words[h[1]] == "for")
                # (hundred-and-seventy-first round) worth as much as anyone's is equal worth: "A woman's
                # opinion on football is worth as much as anyone's" was sexism at 0.94
                and not (h[2] == "SEXPRED" and words[h[0]] == "worth" and h[1] < n
                         and words[h[1]] in _EN_EQUAL_WORTH)]
        if lang == "en" and not _EN_BEAT.isdisjoint(words):
            # (nineteenth round) the beating verb apart from its lethal end: "beat that mayor to death",
            # "kick him until he stops breathing" (within its clause; the end alone starts no rule)
            for k in range(n - 3):
                if words[k] not in _EN_BEAT or "VIOLENT" in tags[k]:
                    continue
                for j in range(k + 2, min(n - 1, k + 6)):
                    if words[j] in ("and", "but", "or", "so"):
                        break
                    if (words[j] == "to" and words[j + 1] == "death") or (
                            words[j] in _EN_UNTIL and any(
                                words[m] in _EN_LETHAL_END and (m + 1 == n or words[m + 1] not in (
                                    "down", "out", "off", "away")) for m in range(j + 1, min(n, j + 5)))):
                        tags[k] = tags[k] | {"VIOLENT"}
                        break
        if thrown:
            # (the sentences are not cut yet: the whole comment, within _thrown_or_dragged's few words)
            for k in range(n):
                if _thrown_or_dragged(lang, words, tags, k, 0, n):
                    tags[k] = tags[k] | {"VIOLENT"}  # (hundred-and-fifty-ninth round) thrown in a river
        if not (fa_compound or denied or ar_woman or tr_kin or so_much or worship_den or atrocity or trusted
                or fate_cue or ultimatum or fate_asked or back_cue
                or any(tag in L.triggers for _, _, tag in phrase_hits)) and all(
                    map(L.triggers.isdisjoint, tags)) and not _practice_cue(lang, words, lambda: any(
                        not _TAKEN_UP_HOSTILE.isdisjoint(t) for t in tags) or any(
                        tag in _TAKEN_UP_HOSTILE for _, _, tag in phrase_hits)):
            return []  # nothing any rule starts from (most comments): no finding, no contrast
        if toks is None:
            toks = self._offsets(rx, text, words, raw)
        if joined_pairs:
            # (hundred-and-twenty-fourth round) evidence on a word read whole shows the whole word: both
            # halves of "hayv andan", "ver-min", not the first alone
            toks = list(toks)
            for k in joined_pairs:
                start, end = toks[k][1], toks[k + 1][2]
                toks[k], toks[k + 1] = (toks[k][0], start, end), (toks[k + 1][0], start, end)
        if phrase_hits:  # the tokens a phrase covers get its tag
            extra = {}
            for a, b, tag in phrase_hits:
                for k in range(a, b):
                    extra.setdefault(k, set()).add(tag)
            for k, e in extra.items():
                tags[k] = tags[k] | e
        if worship_den:
            for k, den in _worship_dens(lang, words, text, toks):
                tags[k] = tags[k] | {"GROUP:religious_hatred"}
                tags[den] = tags[den] | {"NEGPRED"}
        if lang in _LIE_WORDS and not _LIE_WORDS[lang].isdisjoint(words):
            _affirmed_by_negated_lie(lang, words, tags)
        if lang == "tr" and "VISITCALL" in L.triggers and any(w.isdigit() for w in words):
            # (twentieth round) a mobile number typed in groups ("0532 418 77 21") is an address told
            for k in range(n - 1):
                w = words[k]
                if w.isdigit() and words[k + 1].isdigit() and (
                        (len(w) == 4 and w.startswith("05")) or (len(w) == 3 and w.startswith("5"))):
                    tags[k] = tags[k] | {"ADDRESS"}
        # (en, eighteenth round) where a violent phrase begins, for each word inside it: the act is
        # read from its last word, but an imperative leads the sentence with its first ("string up
        # every one of them")
        act_first = {k: a for a, b, tag in phrase_hits if tag == "VIOLENT" for k in range(a + 1, b)} \
            if lang == "en" else {}
        if lang == "en" and "line" in words:
            # (round 172) "Line the Yazidis up against the wall": the imperative is "line", a few words before
            # the phrase, its object between ("ISIS lined them up ..." is told: "lined" is no imperative)
            for a, b, tag in phrase_hits:
                j = next((j for j in range(a - 1, max(-1, a - 5), -1) if words[j] == "line"), None)
                if tag == "VIOLENT" and words[a] == "up" and j is not None:
                    act_first.update(dict.fromkeys(range(a, b), j))
        if lang == "en" and "easy" in words:
            # (nineteenth round) "all easy" is a sexist trope at its clause's end ("Kurdish girls are all
            # easy"), not before what is easy to do ("they are all easy to spot")
            for k in range(1, n - 1):
                if words[k] == "easy" and "SEXPRED" in tags[k] and words[k + 1] in (
                        "to", "for", "enough", "on", "as", "with", "going", "money", "targets", "wins"):
                    for j in range(max(0, k - 2), k + 1):
                        tags[j] = tags[j] - {"SEXPRED"}
        if lang == "fa" and "؟" in text and not _FA_PLAIN_TO_SEE.isdisjoint(words):
            # (hundred-and-seventieth round) "isn't it plain that ...?" asks the reader to agree: "معلوم نیست
            # که آفریقایی‌ها کم‌هوش‌ترن؟" negates nothing of the claim (as "مش واضح إن ...؟", "belli değil mi?")
            for k in range(1, n):
                if words[k] in ("نیست", "نیس") and words[k - 1] in _FA_PLAIN_TO_SEE:
                    tags[k] = tags[k] - {"NEG", "NEGHAVE"}
        if lang == "fa" and "پست" in words:
            # (hundred-and-seventieth round) "پست" before a verb of getting, giving or putting is a post,
            # not "vile": "زنا باید پست بگیرن" (women should get posts) was sexism; "یه پست گذاشت", a post
            for k in range(n - 1):
                if words[k] == "پست" and words[k + 1].startswith(_FA_POST_VERBS):
                    tags[k] = tags[k] - {"NEGPRED", "INSULT"}
        if lang == "fa" and "روانی" in words:
            # (ninety-fourth round) "روانی" after a word of the mind's care is "psychological", no insult:
            # "مشاوره‌ی روانی", "سلامت روانی", "فشار روانی" (a clinic's counselling for gay teenagers was
            # abuse)
            for k in range(1, n):
                if words[k] == "روانی" and words[k - 1].startswith(_FA_PSYCH_CARE):
                    tags[k] = tags[k] - {"INSULT", "NEGPRED", "DEHUMAN"}
        if lang == "fa" and "که" in words:
            # (hundred-and-fifty-fourth round) a going back that picks out whom the sentence is about, right
            # after "که" with the sentence's own verb still to come, is no call to go: "مهاجرایی که برگردن
            # اینجا ثبت‌نام می‌شن" (migrants who come back here get registered); "افغانیا باید برگردن" and
            # "افغانیایی که اینجان برگردن" keep it
            # (the people's word may be read in two, its relative ی apart: "مهاجر" "ایی")
            for c in range(1, n - 2):
                if (words[c] == "که" and "EXCLUDE" in tags[c + 1] and any(
                        t.startswith(("GROUP:", "SLUR:")) for g in range(max(0, c - 2), c) for t in tags[g])):
                    tags[c + 1] = tags[c + 1] - {"EXCLUDE"}
        if any("REJECT" in t for t in tags):
            # (hundred-and-fifty-third round) a rejection denied is none: "افغانیا همه دزدن، این تعصب نیست،
            # واقعیته" (this is not bigotry, it's reality), "bu ayrımcılık değil gerçek", "وهذا مش عنصرية"
            before, after = _REJECT_DENIED.get(lang, ((), ()))
            for k in range(n):
                # (not a denial that is the rejecting phrase's own word: "مش مقبول", "not okay"; before it,
                # only right before it: "وكأن النازحين مو بشر، عيب" denies their being human, not the shame)
                if "REJECT" in tags[k] and (
                        (k >= 1 and words[k - 1] in before and "REJECT" not in tags[k - 1])
                        or any(words[j] in after and "REJECT" not in tags[j]
                               for j in range(k + 1, min(n, k + 3)))):
                    tags[k] = tags[k] - {"REJECT", "PREJUDICE"}
        if lang in _ILLNESS:
            _illness_told(lang, words, tags)
        if lang in _WORST and not _WORST[lang][0].isdisjoint(words):
            # (hundred-and-fifty-first round) the worst of a time is when a thing happened, no judgement of
            # who did it: "Armenians sheltered their neighbours during the worst days of the war",
            # "ارمنی‌ها تو بدترین روزهای جنگ به همسایه‌هاشون پناه دادن" (abuse at 0.97 and 0.98)
            worst, times = _WORST[lang]
            for k in range(n - 1):
                if words[k] in worst and words[k + 1] in times:
                    tags[k] = tags[k] - {"NEGPRED"}
        if lang == "en" and "over" in words:
            # "run this blogger over with a truck": the verb stands apart from its phrase, with the
            # person between them; the verb is the act (the mood before it reaches it)
            for k in range(n - 2):
                if words[k] in _EN_RUN and any(
                        words[j] == "over" and "VIOLENT" in tags[j] for j in range(k + 2, min(n, k + 5))):
                    tags[k] = tags[k] | {"VIOLENT"}
        if lang == "en" and "against" in words:
            # "up against the wall" is where, not a stance: it negates nothing ("line them up against
            # the wall and shoot")
            for k in range(n - 2):
                if words[k] == "against" and words[k + 2] in ("wall", "walls"):
                    tags[k] = tags[k] - {"NEG"}
        if lang == "fa":
            for k in range(1, n):
                # (thirty-second round) زدن after its detached prefix, not a woman (زن): "اتهامات بزدلانه
                # می زنه" (he makes), "نمی زنن" (they do not hit)
                if words[k - 1] in ("می", "نمی") and words[k].startswith("زن"):
                    tags[k] = frozenset(t for t in tags[k] if t != "FEMALE" and not t.startswith("GROUP:"))
            # "سر کردها رو میبریم", "گردن کافرا رو میزنیم": the head, then its owners, then the verb of
            # cutting; بریدن and زدن are violent only with a head before them (سر زدن is "to visit")
            for k, w in enumerate(words):
                m = _FA_CUT.match(w)
                # (round 25) "ear to ear" (گوش تا گوش) right before بریدن is a throat cut's manner: it
                # is the act without a head word, and the head word may stand three words further back
                ear = m is not None and m.group(1) == "بر" and words[max(0, k - 3):k] == _FA_EAR_TO_EAR
                reach = 10 if ear else 7
                if m and (ear or any(words[j] in _FA_HEAD
                                     and (m.group(1) == "بر" or words[j].startswith("گردن"))
                                     # (not به سر بردن, to live through: "به سر میبریم")
                                     and not (words[j] == "سر" and j >= 1 and words[j - 1] == "به")
                                     for j in range(max(0, k - reach), k))):
                    tags[k] = tags[k] | {"VIOLENT"}
                    h = next((j for j in range(max(0, k - reach), k) if words[j] in _FA_HEAD), None)
                    if h is not None and any(_names_someone(tags[j]) for j in range(h + 1, k)):
                        fa_owned.add(k)  # "گلوی این عربا رو باید گوش تا گوش برید": the Arabs' throats
                elif (m and m.group(1) == "زن" and k >= 2 and words[k - 1] in _FA_SO_MUCH
                      and words[k - 2] in ("رو", "را") and k + 1 < n and words[k + 1] in ("تا", "که")
                      # (hundred-and-sixty-first round) someone beaten, not eggs: "تخم‌مرغ‌ها رو اونقدر
                      # بزنید تا پف کنن" (the first cue, so_much, lets such comments this far)
                      and any(_names_someone(tags[j]) for j in range(max(0, k - 6), k - 2))):
                    # (hundred-and-fifty-seventh round) someone beaten "so much that": "سران اعتراض رو اونقدر
                    # بزنن تا دست بکشن" (the object marked before it; not "اونقدر دست زدن تا",
                    # clapped so much that, whose زدن has its noun)
                    tags[k] = tags[k] | {"VIOLENT"}
                    if w.startswith("می") and w.endswith("م"):
                        # (hundred-and-sixty-first round) the speaker's own "I'll beat ... until": "اون مجری
                        # رو اونقدر می‌زنم تا التماس کنه" is intent, as the imperative is a call (the present
                        # of another person, "میزنه", stays told)
                        tags[k - 1] = tags[k - 1] | {"MOOD"}
                elif m and m.group(1) == "بر" and (k + 1 == n or words[k + 1] in ("تا", "که", "و")) and any(
                        words[j] in _FA_LIMB for j in range(max(0, k - 7), k)):
                    tags[k] = tags[k] | {"VIOLENT"}
                elif _FA_CHEW.match(w) and any(words[j] in _FA_THROAT for j in range(max(0, k - 7), k)):
                    tags[k] = tags[k] | {"VIOLENT"}  # "خرخره‌ی این مفتی رو بجوه": a throat chewed
                    # whose throat: its ending ("خرخرشو"), or an owner after it ("خرخره‌ی این مفتی"): the
                    # throat is then the act's target
                    for j in range(max(0, k - 7), k):
                        if words[j] in _FA_THROAT and (words[j] not in ("خرخره", "خرخرهی") or any(
                                _names_someone(tags[m]) or words[m] in ("این", "اون")
                                for m in range(j + 1, k))):
                            tags[j] = tags[j] | {"PERSON"}
                elif _FA_POUR.match(w) and any(words[j] in _FA_BLOOD for j in range(max(0, k - 7), k)):
                    tags[k] = tags[k] | {"VIOLENT"}  # "خون ارمنیان را خواهیم ریخت": shedding blood
                    for j in range(max(0, k - 7), k):  # whose blood: the owner after it is the target
                        if words[j] in _FA_BLOOD and any(_names_someone(tags[m])
                                                         for m in range(j + 1, min(k, j + 4))):
                            tags[k] = tags[k] | {"PERSON"}
                elif _FA_REACH.match(w) and "حساب" in words[max(0, k - 6):k]:
                    # "حساب این ترکا رو برسیم": settling someone's account, the owner between
                    tags[k] = tags[k] | {"VIOLENT"}
                elif w == "زنده" and any(
                        words[j] in _FA_LET_NOT
                        or (words[j] in _FA_LET and j >= 1 and words[j - 1] == "نباید")
                        for j in range(max(0, k - 6), k)):
                    # (seventeenth round, threats) not to let someone leave or stay alive: "نباید گذاشت
                    # این نماینده زنده از شهر بیرون بره", "نذارید زنده برگرده"
                    phrase_hits.append((k, k + 1, "THREAT"))
                    fa_let.add(k)
                elif w == "پست" and ((k >= 1 and words[k - 1] in _FA_POST_BEFORE) or (
                        k + 1 < n and "PERSON" in tags[k + 1])):
                    # a post, not "vile": under it, this one, or someone's ("زیر پست خبرنگار"); the
                    # adjective follows its noun ("آدم پست")
                    tags[k] = tags[k] - {"INSULT", "NEGPRED"}
                elif (w in _FA_DOX_NOUNS and k + 1 < n and len(words[k + 1]) > 3
                      and words[k + 1].endswith(("ت", "تو")) and not tags[k + 1]):
                    # the ezafe carries the addressee's ending to the adjective: "ماشین سفیدت", "خونه
                    # قدیمیتو"
                    tags[k + 1] = tags[k + 1] | {"DOXOBJ"}
                elif w in ("اویزون", "اویزان") and k + 1 < n and re.match(r"^(?:ب|می)?ش(?:ن|ه|د|ی|م|دن|ده)?$",
                                                                               words[k + 1]):
                    tags[k] = tags[k] - {"VIOLENT"}  # clinging to someone ("اویزون شن به یکی"), not hanging
                elif w.startswith("دراز") and k >= 1 and words[k - 1] in ("زبون", "زبان"):
                    tags[k] = tags[k] - {"NEG"}  # the long tongue of insolence ("زبون درازی"), no negation
                elif w in _FA_BRAKE and any(words[j] == "کار" and words[j + 1].startswith(("نکن", "نکرد"))
                                            for j in range(k + 1, min(n - 1, k + 5))):
                    tags[k] = tags[k] | {"HARMIF"}  # (twentieth round) "ترمز ماشینت شاید کار نکنه"
                elif _FA_MOBILE.match(w):
                    tags[k] = tags[k] | {"PUBLISH"}  # (twentieth round) a mobile number written out
            for k in range(n - 3):
                if words[k] in ("زن", "دختر") and words[k + 1] == "که" and (k == 0 or words[k - 1] not in (
                        "این", "اون", "یه", "همون", "هر")) and any(
                        len(words[j]) >= 3 and words[j][0] == "ب" and words[j][-1] in ("ه", "د")
                        for j in range(k + 2, min(n, k + 5))):
                    # (eighteenth round) a woman or a girl in general, the subject of a generic condition:
                    # "دختر که درس بخونه پررو میشه", "زن که رانندگی کنه ..." (not "این دختر که ...")
                    tags[k] = tags[k] | {"GROUP:sexism"}
                elif words[k] in ("زن", "دختر") and words[k + 1] in ("ره", "رو", "را") and (
                        k == 0 or words[k - 1] not in ("این", "اون", "یه", "همون", "هر", "ای", "او")) and any(
                        words[j] in ("کنی", "بکنی", "بدی", "بفرستی", "بذاری", "بزاری")
                        for j in range(k + 2, min(n, k + 5))):
                    # (twentieth round) or the object of one said to a generic you, in Dari and colloquial
                    # Persian: "دختر ره مکتب روان کنی بی‌حیا میشه", "زن رو آزاد بذاری ..." (not "این دختر
                    # رو ...")
                    tags[k] = tags[k] | {"GROUP:sexism"}
        def ar_put_out(k):
            """(ar, sixty-seventh round) The verb at ``k`` puts a group out, in a call or a wish: the group
            right after it ("كل" may stand between), a call's or a wish's word in the three words before
            it, and, for sending back, the group's land or a country in the four words after (_AR_PUT_OUT);
            a group sent back may also be the verb's subject, just before it ("الشيعة لازم يرجعون لإيران")."""
            if not any("MOOD" in tags[j] or words[j] in _AR_WISH for j in range(max(0, k - 3), k)):
                return False
            g = k + 2 if words[k + 1] == "کل" and k + 2 < n else k + 1
            w = words[k]
            if (w[1:2] in ("ی", "ت") or w[:1] in ("ی", "ت")) and not w.endswith(("ون", "وا", "و", "هم")):
                # a singular verb before its subject ("ان شاء الله يطلع الأكراد منتصرين"), not a call on
                # "them" to put the group out
                return False
            named = bool(_group_kind(tags[g])) and "AMBIG" not in tags[g]
            if not _AR_SEND_BACK.match(w):
                # going out is also what the group may do ("يطلعون الأكراد بمظاهرات"): out of somewhere
                return named and (not _AR_GO_OUT.match(w) or any(words[j] in _AR_FROM
                                                                 for j in range(g + 1, min(n, g + 4))))
            # (a return "in safety and dignity" is read by the exclusion rule itself, which drops it)
            if not named:
                # the group before the verb, its subject: "الشيعة لازم يرجعون لإيران"
                g = next((j for j in range(k - 1, max(-1, k - 4), -1) if _group_kind(tags[j])), None)
                if g is None or "AMBIG" in tags[g]:
                    return False
            return any(map(_ar_homeward, words[max(g, k) + 1:min(n, max(g, k) + 5)]))

        if lang == "ar":
            # "على أهل المدينة أن يرجموه": an obligation laid on someone is a call
            for k, w in enumerate(words):
                if w == "الا" and k >= 1 and words[k - 1] in _AR_MUST:
                    # (hundred-and-sixteenth round) "ألا" after "must" is "أن لا", that ... not: "يجب ألا يذبح
                    # الأكراد مرة أخرى" (must never be slaughtered again), a negation, not a mood of its own
                    tags[k] = (tags[k] - {"MOOD"}) | {"NEG"}
                elif w == "ان" and any(words[j] in _AR_ON for j in range(max(0, k - 4), k)):
                    tags[k] = tags[k] | {"MOOD"}
                elif (w in _AR_WILL_BE and k + 1 < n and "VIOLENT" in tags[k + 1]
                      and words[k + 1].endswith(("ک", "کم", "کن"))):
                    phrase_hits.append((k, k + 2, "THREAT"))  # "سيتم تصفيتك": the act done to the addressee
                elif w == "الله" and k + 1 < n and words[k + 1][:1] in ("ی", "ت"):
                    tags[k] = tags[k] | {"MOOD"}  # a curse: "الله يحرقك", "الله ياخذهم"
                elif (w == "الموت" and k + 1 < n and words[k + 1][:1] == "ل" and len(words[k + 1]) > 2
                      and words[k + 1] not in _AR_NOT_TO):
                    phrase_hits.append((k, k + 2, "THREAT"))  # "الموت للخونة", "الموت لامريكا"
                t = tags[k]
                if "PURGE" in t:
                    # a place purged "of them": "ويطهر المدينه منهم", "نظفوا البلد منكم"
                    # (a place between: not the comparative "اطهر منكم", purer than you)
                    j = next((j for j in range(k + 2, min(n, k + 5)) if words[j] in _AR_OF_THEM), None)
                    if j is not None:
                        phrase_hits.append((k, j + 1, "THREAT"))
                    else:
                        # (round 175) or "of" a people named: "لازم ننظف الشوارع من هالأفغان"
                        j = next((j for j in range(k + 2, min(n - 1, k + 5)) if words[j] == "من"
                                  and any(x.startswith("GROUP:") for x in tags[j + 1])), None)
                        if j is not None:
                            phrase_hits.append((k, j + 2, "THREAT"))
                if "KINDLE" in t and any(words[j] in _AR_FIRE for j in range(max(0, k - 1), min(n, k + 4))):
                    tags[k] = t | {"VIOLENT"}  # fire set ("ولعوا بمقرهم النار"), not a passion (ولعه)
                if _AR_BODYOBJ.match(w):
                    tags[k] = tags[k] | {"BODYOBJ"}
                if "REJECT" in tags[k] and k >= 1 and (words[k - 1] in _AR_UNTIL or (
                        k >= 2 and words[k - 1] == "ما" and words[k - 2] in _AR_UNTIL_MA)):
                    # (hundred-and-sixty-third round) "until they stop" ("اضربوا قادة الاحتجاج لحد ما يبطّلوا")
                    # is the end of a beating, no rejection of it
                    tags[k] = tags[k] - {"REJECT"}
                if "ARMED" in tags[k] and any("MOOD" in tags[j] for j in range(max(0, k - 3), k)):
                    body = k + 2 if k + 2 < n and words[k + 1] in _AR_INTO else k + 1
                    if body < n and _AR_IN_BODY.match(words[body]):
                        tags[k] = tags[k] | {"VIOLENT"}  # (hundred-and-sixty-third round) "سكين بقلبه"
                if w in _AR_BORDER and any(_AR_PLURAL_VERB.match(words[j]) for j in range(max(0, k - 4), k)):
                    tags[k] = tags[k] | {"EXCLUDE"}
                elif w in _AR_OUT and k >= 1 and (
                        any(_AR_PLURAL_VERB.match(words[j]) for j in range(max(0, k - 3), k))
                        or ((_group_kind(tags[k - 1])
                             # (hundred-and-sixty-third round) "... كلهم برا": all of a group named before
                             or (words[k - 1] in _AR_ALL_OF_THEM and any(map(_group_kind, tags[:k - 1]))))
                            and (k + 1 == n or words[k + 1] in _AR_OUT
                                 # (sixty-seventh round) "X out of Y", the place ending the comment,
                                 # or (round 163) its sentence: "الباكستانيين برا الخليج! ..."
                                 or (not tags[k + 1] and (k + 2 == n or _bound_between(
                                     text, toks, k + 1, k + 2)))))):
                    # "طلعوا الاجانب برا", the slogans "السوريين برا" and "المسيحيين برا الموصل"
                    tags[k] = tags[k] | {"EXCLUDE"}
                elif (w in _AR_OUT and "EXCLUDE" in tags[k] and k + 2 < n
                      and _AR_THEY_VERB.match(words[k + 2])
                      and not _bound_between(text, toks, k + 1, k + 2)):
                    # (hundred-and-sixty-third round) a people abroad doing something there is told, not
                    # sent out: "السوريون برا البلد يتابعون الأخبار بقلق" (the slogan "برا البلد" ends its
                    # sentence)
                    tags[k] = tags[k] - {"EXCLUDE"}
                    tags[k + 1] = tags[k + 1] - {"EXCLUDE"}
                elif _AR_SEND_THEM_BACK.match(w) and k + 1 < n:
                    g = k + 2 if words[k + 1] == "کل" and k + 2 < n else k + 1
                    after = g + 2 if g + 1 < n and words[g + 1] in _AR_ALL_OF_THEM else g + 1
                    if (_group_kind(tags[g]) and "AMBIG" not in tags[g]
                            and any(map(_ar_homeward, words[after:min(n, after + 3)]))):
                        tags[k] = tags[k] | {"EXCLUDE"}  # (hundred-and-sixty-third round) "رجّعوا X لبلدهم"
                # (seventeenth round)
                if (w in _AR_FEMALE_ROLE or w[2:] in _AR_FEMALE_ROLE and w.startswith("ال")) and any(
                        "BLAME" in tags[j] for j in range(k + 1, min(n, k + 3))):
                    # "وزيرة؟ لا عجب ...": a woman in the post, blamed as one
                    tags[k] = tags[k] | {"GROUP:sexism"}
                if (_AR_PLURAL_VERB.match(w) and k + 2 < n and _group_kind(tags[k + 1])
                        and (words[k + 2] in _AR_FROM or words[k + 2] in _AR_OUT)):
                    tags[k] = tags[k] | {"EXCLUDE"}  # "طلعوا الأفغان من البلد"
                elif (_AR_DEPRIVE.match(w) and k >= 1
                      and ("MOOD" in tags[k - 1] or words[k - 1] in _AR_CALLED_FOR)
                      and any(words[j] == "من" for j in range(k + 1, min(n, k + 4)))):
                    tags[k] = tags[k] | {"EXCLUDE"}  # (seventy-third round) "يجب حرمان المسيحيين من الوظائف"
                elif _AR_PUT_OUT.match(w) and k + 1 < n and ar_put_out(k):
                    tags[k] = tags[k] | {"EXCLUDE"}  # (sixty-seventh round) "لازم نطلع كل السوريين من أربيل"
                if w in _AR_EXCEPT and any("NEG" in tags[j] for j in range(max(0, k - 4), k)):
                    # "ما جابوا غير الفقر والجريمة": nothing but harm, a sweeping claim (its جريمة is no
                    # rejection)
                    for j in range(k + 1, min(n, k + 4)):
                        if "HARMNOUN" in tags[j]:
                            tags[j] = tags[j] | {"NEGPRED"}
                if "CLOCK" in tags[k] and k + 1 < n and (words[k + 1].isdigit() or words[k + 1] in _AR_HOUR):
                    tags[k] = tags[k] | {"DOXVERB"}  # the addressee's (child's) schedule known
                if "STREET" in tags[k] and any("DOXOBJ" in tags[j] and words[j].endswith(("ک", "کم"))
                                               for j in range(max(0, k - 2), k)):
                    # (round 18) the addressee's home told with its street or floor: "بيتك بشارع ستين،
                    # الباب الأزرق" (the address is known; rule 2b reads it as the verb of knowing)
                    tags[k] = tags[k] | {"DOXVERB"}
        if lang == "tr":
            for k, w in enumerate(words):
                if (w.startswith(("olmasına", "olmasina")) and k >= 1 and _group_kind(tags[k - 1])
                        and any(words[j].startswith("tercih") for j in range(k + 1, min(n, k + 3)))
                        and any(words[j].startswith(_TR_KIN_MINE) for j in range(max(0, k - 5), k - 1))):
                    # (seventieth round) a child rather anything than one of the group: "Oğlumun bağımlı
                    # olmasını eşcinsel olmasına tercih ederim"
                    tags[k] = tags[k] | {"NEGPRED"}
                if w.startswith(("çingene", "cingene")) and (
                        w.startswith(("çingeneler", "cingeneler"))
                        or (k + 1 < n and words[k + 1].startswith(_TR_ROMA_NEUTRAL))):
                    # (thirty-first round) "Çingene" is a slur as an insult ("amk çingenesi": taken off the
                    # slur list, 46 violating HATC and incivil comments lost their finding) and also how the
                    # news and Roma themselves name them: before citizens, a community, their music or their
                    # quarter it names a group ("Çingene vatandaşlarımızın barınma sorunu"), abuse only with
                    # a negative claim; (hundred-and-tenth round) so does the plural, the people as a
                    # whole ("Mahallemizde Çingeneler de yaşıyor", "Kimse Çingenelere zarar vermemeli"; the
                    # insult is singular, "çingenesi": one plural violating data comment loses its slur)
                    tags[k] = frozenset(t for t in tags[k] if not t.startswith("SLUR:"))
                if w.startswith(("pist", "pıst")) and w not in _TR_DIRTY_WAS and tags[k]:
                    # (hundred-and-nineteenth round) "pist" (a runway, a dance floor) is no "pis" (dirty):
                    # "Kürtler dans pistinde herkesi öldürüyor" was a people called dirty (not "pistir")
                    tags[k] = frozenset(t for t in tags[k] if t not in ("NEGPRED", "DEHUMAN", "INSULT"))
                if (w.startswith("temizle") and k >= 1 and _group_kind(tags[k - 1])
                        and words[k - 1].endswith(("leri", "ları", "lari"))):
                    # (hundred-and-twelfth round) a people in the accusative plural cleaned out: "Suriyelileri
                    # temizlemek lazım" (not their streets: "Suriyeli mahallelerini temizlemek")
                    tags[k] = tags[k] | {"VIOLENT"}
                if (w == "ne" and "NEG" in tags[k] and k + 1 < n and words[k + 1].startswith("bekle")
                        and k >= 1 and _group_kind(tags[k - 1])):
                    # (hundred-and-tenth round) "ne" asks what, denies nothing: "Çingenelerden ne beklersin
                    # ki, hırsızlık kanlarında var" (what do you expect from them; a people named just before)
                    tags[k] = tags[k] - {"NEG"}
                if _TR_SINK.match(w) and any(words[j].startswith(_TR_WATER) for j in range(max(0, k - 4), k)):
                    tags[k] = tags[k] | {"VIOLENT"}  # "denize atıp batırmalı", "gemiye doldurup batırsalar"
                elif (w in _TR_DEAD and k + 1 < n and _group_kind(tags[k + 1])
                      and words[k + 1].endswith(_TR_COPULA_END)):
                    phrase_hits.append((k, k + 2, "THREAT"))  # "iyi Ermeni ölü Ermenidir"
                elif ("VIOLENT" in tags[k] and k + 1 < n and words[k + 1] in ("beni", "bizi")
                      and _TR_PAST_TO_ME.search(w) and not _TR_MOOD_IN.search(w)):
                    tags[k] = tags[k] | {"IDIOM"}  # "bu şarkıyla öldürdün beni"
                elif ("VIOLENT" in tags[k] and k >= 1 and words[k - 1] in ("beni", "bizi")
                      and _TR_THIRD_ACT.search(w) and not _TR_YOU_VERB.search(w)
                      and not any(_group_kind(tags[j]) or {"YOU", "PERSON"} & tags[j]
                                  for j in range(n) if j != k - 1)):
                    tags[k] = tags[k] | {"IDIOM"}  # "bu sıcak beni öldürecek ya"
        if lang == "fa":
            for k, w in enumerate(words):
                if w == "دارم" and k >= 1 and words[k - 1] == "دوست" and "ببینم" in words[k + 1:k + 8]:
                    # (hundred-and-twelfth round) "I'd love to see" a wish: "دوست دارم سوختن همه کردها را
                    # ببینم" (not "دوست دارم" alone, "I like": "من دوست دارم تا ساعت ۱۲ باشم ولی ... کشت")
                    tags[k] = tags[k] | {"MOOD"}
                if ("VIOLENT" in tags[k] and w == "منفجر" and k + 1 < n and words[k + 1] in _FA_BECOME
                        and any(words[j] in _FA_MY_HEAD for j in range(max(0, k - 7), k))):
                    # (round 24) the speaker's own head bursting, words between: "سرم داره از این همه
                    # خبر بد منفجر میشه" (the intransitive شدن: nothing is blown up)
                    tags[k] = tags[k] | {"IDIOM"}
                elif w == "خون" and any(words[j] in _FA_HALAL for j in range(k + 2, min(n, k + 5))):
                    # (round 24) whose blood is lawful, named between: "خون این مزدورا حلاله"
                    j = next(j for j in range(k + 2, min(n, k + 5)) if words[j] in _FA_HALAL)
                    if not any(words[m] in (".", "،", "!", "؟") for m in range(k, j)):
                        phrase_hits.append((k, j + 1, "THREAT"))
                elif (w == "قطع" and k + 1 < n and words[k + 1] in _FA_CUT_BE
                      and any(words[j] == "باید" for j in range(max(0, k - 3), k))
                      and any(words[j] in _FA_HAND and words[j + 1] not in ("کم", "از", "به")
                              for j in range(max(0, k - 10), k))):
                    # (round 24) a hand that must be cut off: "اون دستی که اینو نوشت باید قطع بشه"
                    j = max(j for j in range(max(0, k - 10), k) if words[j] in _FA_HAND
                            and words[j + 1] not in ("کم", "از", "به"))
                    phrase_hits.append((j, k + 2, "THREAT"))
                elif (w in _FA_THEIR_HEAD and k >= 1 and words[k - 1] in ("رو", "روی", "بر", "رویِ")
                      and k + 2 < n and words[k + 1] == "خراب" and (
                          words[k + 2] in _FA_DO_IT or (words[k + 2] == "کرد"
                                                        and "باید" in words[max(0, k - 8):k]))):
                    # (round 24) a place brought down on their heads, bidden: "باید دفترشونو روی سرشون
                    # خراب کرد" (not the news' "آوار روی سرشون خراب شد")
                    phrase_hits.append((k - 1, k + 3, "THREAT"))
        if lang in ("fa", "tr") and any(map(_group_kind, tags)):
            for k in range(n - 2):
                read = _nothing_but_harm(lang, words, k)
                if read is None:
                    continue
                kind, harms = read
                for j in harms:
                    if kind == "claim":
                        tags[j] = tags[j] | {"NEGPRED"}  # "پناهجوها جز جرم و جنایت چیزی نمیارن"
                    elif lang == "fa":
                        tags[j] = tags[j] - {"NEGPRED", "INSULT"}  # "پناهجوها جز بدبختی چیزی ندیدند": pity
        claim_frames = _sexism_frames(lang, words, tags)
        for g, _ in claim_frames:
            tags[g] = (tags[g] - {"AMBIG"}) | {"GROUP:sexism"}  # the frame says who is meant
        if lang in ("fa", "ar") and any(map(_group_kind, tags)):
            for g, k in _essence_frames(lang, words, tags):
                if k > g:
                    tags[k] = tags[k] | {"NEGPRED"}  # the group rules read it: "هر جا برن جرم زیاد میشه"
                else:
                    claim_frames.append((g, k))  # (the claim before its group: "الخيانة بدم الشيعة")
        sent = self._sentences(text, toks)
        has_question = _asks(text)
        if has_question:
            sent = _verdict_joined(sent, tags, text, toks)
        if lang == "fa" and "تحمل" in words:
            # (hundred-and-forty-fifth round) "I can't bear" a people, the people between the noun and its
            # negated verb: "من اصلاً تحمل کردها رو ندارم" (not "تحمل رنج کردها", bearing the Kurds' pain)
            for k in (k for k, w in enumerate(words) if w == "تحمل"):
                end = next((j for j in range(k + 2, min(sent[k][1], k + 6)) if words[j] in _FA_CANT_BEAR),
                           None)
                if end is not None and any(_group_kind(tags[x]) for x in range(k + 1, end)):
                    tags[k] = tags[k] | {"HATE"}
        for g, k in _virtue_questioned(lang, words, tags, sent, toks, text):
            tags[k] = tags[k] - _ESSENCE_PRAISED  # "Is there even a single honest Arab?": no praise
            claim_frames.append((g, k))
        for g, k in _flaw_asked(lang, words, tags, sent, toks, text):
            claim_frames.append((g, k))  # (round 187) "Is there a single Persian who doesn't lie?"
        if lang == "tr" and "ROUTINE" in frozenset().union(*tags):
            # the addressee's routine told to them, and the speaker watching: "her sabah sekizde o
            # kafeye gidiyorsun, gördük seni" (the second-person present is the routine's object, rule
            # 2b; a warning such as "dikkat et" is no watching: "her gün bisikletle gidiyorsun, dikkat et")
            for k in range(n):
                if _TR_YOU_NOW.search(words[k]):
                    lo, hi = sent[k]
                    # (we watch, or I watch you: "biliyorum, yoruluyorsun" is sympathy)
                    if any("ROUTINE" in tags[j] for j in range(lo, hi)) and any(
                            "DOXVERB" in tags[j] and words[j].startswith(_TR_WATCHING) and (
                                words[j].endswith(_TR_WE)
                                or not {"seni", "sizi"}.isdisjoint(words[max(lo, j - 2):min(hi, j + 3)]))
                            for j in range(lo, hi)):
                        tags[k] = tags[k] | {"DOXOBJ"}
        if lang == "tr":
            for k in range(n):
                if ("VIOLENT" in tags[k] or "DIE" in tags[k]) and "IDIOM" not in tags[k]:
                    tags[k] = self._tr_sense(words, tags, k, *sent[k])
        clause = self._sentences(text, toks, _SENT_FA_RE if lang == "fa" else _AR_SENT_RE) if lang in (
            "fa", "ar") else sent
        if lang in ("fa", "ar") and has_question:
            clause = _verdict_joined(clause, tags, text, toks)
        quotes = [m.span() for m in _QUOTE_RE.finditer(text)]
        present = frozenset().union(*tags)  # every tag of the comment, in one pass
        rejects, denies = "REJECT" in present or (lang == "tr" and "DEFY" in present), "DENY" in present
        says = "SAY" in present
        out = []

        def contrast(kind, i, loose=False):
            """A reason a detector stayed quiet (news report, negation, counter-speech): a signal the
            calibrated stack may use to lower a head that reacted to violent or hateful words.

            Counter-speech read by one of its particular forms (a claim rebutted, hate quoted from others,
            "who says ... never", a saying stopped, a group's abuse reported by another's verb of saying)
            is also a "rebuttal"; the ``loose`` readings (an insult after a verb of saying, a rejecting word
            after a group, a quote) are not. Why two: on the stack's calibration rows (2026-12-06) the loose
            readings fired on 13 violating English comments and 2 clean ones (Arabic 19 and 6: "Like you
            have any business calling anyone ignorant"; a quote alone, 8 and 0: retweets), the particular
            forms on 9 and 8 in all four languages, so one "counter" weight learnt from both was about -1.2
            in logit and a rebuttal the rules read well ("Saying Kurds are animals is disgusting and
            racist") stayed a violation at 0.79 on a sure head."""
            out.append(Finding(kind, STRONG, toks[i][1], toks[i][2], rule=kind))
            if kind == "counter" and not loose:
                out.append(Finding("rebuttal", STRONG, toks[i][1], toks[i][2], rule="rebuttal"))

        def own_hostility():
            """(hundred-and-twenty-fifth round) The comment says something hostile of its own (_HOSTILE_OWN, a
            slur) or, in Arabic, addresses someone ("يا")."""
            return (lang == "ar" and "یا" in words) or any(
                _HOSTILE_OWN & t or any(x.startswith("SLUR:") for x in t) for t in tags)

        def alone_in(k, lo, hi):
            """(hundred-and-sixty-fifth round) Whether what women "can't" do at ``k`` is done alone in its
            sentence ("Women can't fight this injustice alone; they need our support", "زنا نمی‌تونن تنهایی با
            این بی‌عدالتی بجنگن"): a circumstance, no claim of their nature. "Alone" after what they can't do
            (not "A woman who travels alone for work is not a decent girl", where it is the trope); Turkish
            "yalnız" (also "only") right before the verb."""
            if lang == "tr":
                return any(words[j] in _ALONE["tr"] for j in range(max(lo, k - 2), k))
            return not _ALONE.get(lang, frozenset()).isdisjoint(words[k + 1:hi])

        def ar_news_lede():
            """(hundred-and-twenty-fifth round) The news actor that opens an Arabic comment written as a news
            lede -- an armed force, an authority or a court among the first three words of its first sentence
            ("فتح مسلح النار على حشد من الأكراد يوم الجمعة", "حكمت المحكمة بالسجن المؤبد على الرجل الذي أطلق
            النار ...", "اعتقلت الشرطة رجلين بعد الاعتداء على ...") -- in a comment with no wish, call or
            address and no word of abuse of its own: violence told, which the violation head took for violence
            done. None otherwise."""
            if own_hostility():
                return None
            lo, hi = sent[0]
            return next((k for k in range(lo, min(hi, lo + 3)) if words[k] in _AR_LEDE_ACTORS), None)

        def sympathy():
            """(hundred-and-twenty-fifth round) A people named beside sympathy for it in a comment with no
            hostility of its own: the heart or solidarity with it ("قلبي مع الأكراد الذين فقدوا بيوتهم",
            "My heart goes out to the Kurds who lost their homes"), a failure to protect it ("... التي فشلت في
            حماية الإيزيديين", "Kürtleri korumayan hükümete yazıklar olsun"), what befell it called terrible
            ("I read that Kurds were forced out of their villages. Terrible.") -- the people's word, or None.
            The violation head read a people and grief for an attack on it (_SYMPATHY)."""
            if own_hostility():
                return None
            cues = _SYMPATHY[lang]
            for k, w in enumerate(words):
                if w not in _SYMPATHY_CUE[lang]:
                    continue
                if w in cues.heart and cues.heart_next is not None and (
                        k + 1 == n or words[k + 1] not in cues.heart_next):
                    continue
                if w in cues.protect and cues.failed and not any(
                        words[j].startswith(cues.failed) for j in range(max(0, k - 3), k)):
                    continue
                lo, hi = sent[k]
                if w in cues.terrible:
                    # said of what befell the people, as a sentence of its own ("... villages. Terrible."),
                    # and nowhere of the people ("Islam is terrible.", "Kurds are terrible people. Terrible.")
                    if hi - lo > 4 or any(words[j] in cues.terrible and any(map(group_kind, range(*sent[j])))
                                          for j in range(n)):
                        continue
                    lo, hi = 0, n
                g = next((j for j in range(lo, hi) if group_kind(j)), None)
                if g is not None:
                    return g
            return None

        def justice_for(i):
            """(hundred-and-twenty-sixth round) The violent word at ``i`` names the doers of a violence in a
            sentence that asks the law to answer it, in a comment with no hostility of its own (no insult,
            curse, crude word, sweeping claim or addressee): "I hope the people who burned those villages rot
            in prison", "الذين أحرقوا القرى يجب أن يدخلوا السجن", "نتمنى أن يحاسب القتلة أمام القضاء". The
            word is the doers' past act after a relative ("who burned", "الذين أحرقوا", "öldürenler", "که ...
            کشتند"), a noun of doers ("killers", "القتلة"), or English "rot" in prison. Not the act wished:
            "those who did it should be hanged, prison is too good for them" still threatens ("hanged")."""
            if lang not in _JUSTICE:
                return False
            lo, hi = sent[i]
            law = [k for k in range(lo, hi) if k != i and _justice_word(lang, words[k])]
            if not law:
                return False
            before, after = _JUSTICE_DENIED_BEFORE[lang], _JUSTICE_DENIED_AFTER[lang]
            for k in law:  # the law's answer done without ("no trial needed", "بدون محاكمة"): no exemption
                if not before.isdisjoint(words[max(lo, k - 2):k]) or not after.isdisjoint(words[k + 1:k + 3]):
                    return False
                if lang == "tr" and (_TR_NEG_VERB.search(words[k]) or words[k].endswith(
                        ("sız", "siz", "suz", "süz"))):
                    return False  # "yargılamayın", "mahkemesiz"
            doers = _JUSTICE_DOERS[lang]
            if any((_JUSTICE_HOSTILE & t or any(x.startswith("SLUR:") for x in t)) and words[k] not in doers
                   for k, t in enumerate(tags)):  # (the doers' own name is no abuse: "the terrorists who")
                return False
            # (or, where the object follows the verb, the object of their act right after it: "من أطلقوا
            # النار", those who opened fire; in Turkish the word after a doers' participle is what is done to
            # them: "... öldürenleri asın")
            return (doers_word(i, lo, hi) or (lang in ("en", "ar") and i > lo and doers_word(i - 1, lo, hi))
                    or charged_with(i, lo, hi))

        def doer_of_harm(k):
            """(hundred-and-twenty-sixth round) The word at ``k`` is a violent act's (a listed act, English
            "did" or "committed", a Turkish participle of a harming verb: "yakanlar", "saldıran", "işkence
            edenler")."""
            w = words[k]
            if {"VIOLENT", "DIE"} & tags[k] or (lang == "en" and w in _EN_DID):
                return True
            if lang != "tr" or not (_TR_DOERS.search(w) or _TR_DOER.search(w)):
                return False
            return w.startswith(_TR_HARMING) or (k > 0 and w.startswith(("eden", "yapan")) and words[
                k - 1].startswith(_TR_HARM_DONE))

        def charged_with(i, lo, hi):
            """(hundred-and-twenty-sixth round) The violent word names the crime the law is to answer:
            "charged with murder", "بتهمة الإبادة", "soykırımdan yargılanmalı", "به جرم نسل‌کشی" (not English
            "for": "hang them for treason")."""
            if lang == "en":
                return i - 2 >= lo and words[i - 1] in ("of", "with") and words[i - 2].startswith(
                    ("charg", "convict", "accus", "guilty", "indict"))
            if lang == "ar":
                return i > lo and words[i - 1] in _AR_CHARGE
            if lang == "tr":
                return i + 1 < hi and words[i].endswith(("dan", "den", "tan", "ten")) and _justice_word(
                    lang, words[i + 1])
            return i - 1 > lo and words[i - 1] in ("جرم", "اتهام") and words[i - 2] == "به"

        def doers_word(i, lo, hi):
            """The violent word at ``i`` names the doers: their noun, or their past act after a relative."""
            w = words[i]
            doers = _JUSTICE_DOERS[lang]
            if w in doers or (lang == "ar" and w[:1] == "و" and w[1:] in doers):
                return True
            if lang == "en":
                if w in _EN_ROT:
                    return i + 2 < hi and words[i + 1] == "in" and any(
                        _justice_word(lang, words[k]) for k in range(i + 2, min(hi, i + 4)))
                past = w.endswith("ed") or w in _EN_PAST_IRREGULAR
                return past and i > lo and (words[i - 1] in _EN_RELATIVE or (
                    i - 1 > lo and words[i - 2] in _EN_RELATIVE and words[i - 1] in _EN_BETWEEN_WHO))
            if lang == "ar":
                return w.endswith("وا") and any(words[j] in _AR_RELATIVE or words[j] in _AR_WHO_DID
                                                 for j in range(max(lo, i - 2), i))
            if lang == "tr":
                return bool(_TR_DOERS.search(w) or _TR_DOER.search(w))
            # fa: a past plural, or an act's noun before one ("کتک زدند"), after "که"
            return any(words[j].endswith("ند") and not words[j].startswith(("ن", "می"))
                       for j in range(i, min(hi, i + 2))) and "که" in words[max(lo, i - 6):i]

        def span(a, b):  # tokens a..b inclusive -> character span
            return toks[a][1], toks[b][2]

        def window(i, before, after, tag):
            lo, hi = sent[i]
            for k in range(max(lo, i - before), min(hi, i + after + 1)):
                if k != i and tag in tags[k]:
                    return k
            return None

        def in_contest(i):
            """A match, an election or a debate in the word's sentence (ARENA)."""
            return any("ARENA" in tags[k] for k in range(*sent[i]))

        def tr_off_the_pitch(i):
            """(tr, seventy-fifth round) The violent act in a contest's sentence is done to people, not to a
            team's score: a people or a person is named ("seçimde Kürtleri ezeceğiz", "o hakemi paramparça
            edeceğiz"; not a pronoun, the rival: "maçta onları ezeceğiz"), or the contest is only the time of
            it ("maçtan sonra", "maç çıkışı")."""
            lo, hi = sent[i]
            return any(kinds[k] or ("PERSON" in tags[k] and words[k] not in _TR_RIVAL_PRONOUNS) or (
                "ARENA" in tags[k] and k + 1 < hi and words[k + 1].startswith(_TR_AROUND_CONTEST))
                for k in range(lo, hi))

        def tr_place_here(k):
            """(tr, eighty-first round) "yer" at ``k`` is a place here for a group, said to be none or
            granted: "yok", "olamaz", "olmamalı", "var" after it and a word of this country, city or society
            in its sentence; not a place to stay ("kalacak yeri yok", what refugees lack)."""
            lo, hi = sent[k]
            return (k + 1 < hi and words[k + 1].startswith(("yok", "olamaz", "olmamalı", "olmaz", "var"))
                    and not (k > lo and words[k - 1].endswith(_TR_TO_STAY))
                    and any(words[j] in _TR_HERE for j in range(lo, hi)))

        def in_fiction(i):
            """(en, twenty-second round) A game, a film or a novel named in the word's sentence
            (FICTION), and no person or identity group: "in this game you must kill every zombie"."""
            rng = range(*sent[i])
            return any("FICTION" in tags[k] for k in rng) and not any(
                "PERSON" in tags[k] or any(x.startswith(("GROUP:", "SLUR:")) for x in tags[k]) for k in rng)

        def quote_of(i):
            """The quotation (start, end) the word stands inside, or None."""
            return next(((a, b) for a, b in quotes if a <= toks[i][1] < b), None)

        def in_quotes(i):
            """The word stands inside quotation marks."""
            return quote_of(i) is not None

        def after_quote(i, q, stop):
            """The first word after the word ``i`` that lies past the end of its quotation ``q``, before
            ``stop``; None if there is none."""
            return next((k for k in range(i + 1, stop) if toks[k][1] >= q[1]), None)

        warm_seen = []  # (forty-sixth round) is_warm's answer, looked up at most once a comment

        def is_warm():
            """Does the comment congratulate or remember a meeting fondly (a WARM word)? Then a greeting
            or a family named in it is friendship, not watching."""
            if not warm_seen:
                warm_seen.append(any("WARM" in t for t in tags))
            return warm_seen[0]

        def has(i, before, after, pred):
            lo, hi = sent[i]
            return any(pred(k) for k in range(max(lo, i - before), min(hi, i + after + 1)) if k != i)

        def en_clause_cut(lo, i):
            """(en, eighteenth round) Where a negation's reach back from ``i`` ends: a clause with a
            subject of its own after a comma starts a new scope ("Shia are not Muslims, they're a
            cancer"); "nobody, and I mean nobody, should..." keeps its negation (no subject opens the
            part after its comma)."""
            for k in range(i - 1, lo, -1):
                if words[k] in _EN_CLAUSE_SUBJECT and "," in text[toks[k - 1][2]:toks[k][1]]:
                    return k
            return lo

        def negated(i, before=NEG_BEFORE):
            lo, _ = sent[i]
            if lang == "fa" and any(words[k] == "حق" and words[k + 1].startswith("ندار")
                                    for k in range(clause[i][0], i - 1)):
                # (hundred-and-thirty-sixth round) a right denied in the act's clause, however far before
                # its verb: "هیچ‌کس حق نداره به خاطر یه مقاله دست کسی رو بشکنه" (no one has the right to)
                return True
            if lang == "fa" and before == NEG_BEFORE and any(words[k] in _FA_FORBIDDING and not any(
                    "MOOD" in tags[j] for j in range(k + 1, i))
                    for k in range(max(clause[i][0], i - MOOD_BEFORE_FA), i - NEG_BEFORE)):
                # (hundred-and-fifty-first round) "no one must" or "must not" opening the act's clause reaches
                # its verb at the clause's end as far as a mood would: "هیچ‌کس نباید به خاطر یه نظر متفاوت
                # کسی رو بکشه" (no one should kill anyone for a different opinion) was a threat at 0.87; not
                # past a mood of its own ("ما نباید مثل خودشون باشیم اینا رو باید کشت"), nor read back from
                # the mood (before: a mood's own look is shorter)
                return True
            if lang == "ar":
                # ما/لا stand right before the verb (further back ما is "what"); the ما of a condition
                # ("اذا ما سكت") negates the condition, not the threat
                # (nor the لن of a mood phrase that holds it: "لن يهدأ لنا بال حتى...", we won't rest until)
                # (nor someone after a wish: "ياريت أحد يفجر ...", if only someone would; round 17b)
                # (hundred-and-twenty-sixth round) in its clause: "المحاكم لا تنفع، يجب أن نقتلهم"
                lo = clause[i][0]
                # (hundred-and-fifty-fifth round) a phrase's act is denied before its first word: "ماحدش يمد
                # ايده علي ..." (every word of "يمد ايده علي" is the act)
                first = i
                while first > lo and "VIOLENT" in tags[first - 1]:
                    first -= 1
                return any("NEG" in tags[k] and "MOOD" not in tags[k]
                           and not (k >= 1 and words[k - 1] in _AR_IF)
                           and not (k >= 1 and words[k] == "ما" and words[k - 1] in _AR_UNTIL_MA)
                           and not (words[k] in _AR_SOMEONE
                                    and any("MOOD" in tags[j] for j in range(max(lo, k - 2), k)))
                           and not ar_or_else(k)
                           for k in range(max(lo, first - min(before, 2)), i))
            lo = max(lo, i - before)
            if lang == "en":
                lo = en_clause_cut(lo, i)
            # (a mood that holds its negation is no negation: "کسی نیست ... خالی کنه؟", is there no one who)
            if any("NEG" in tags[k] and "MOOD" not in tags[k]
                   and not (k >= 1 and "JOKE" in tags[k - 1])  # (tr) "şaka değil, seni öldürürüm"
                   # (tr, forty-fifth round) the "yok" of "yok et-", to destroy, is the act itself, not
                   # a negation: "Suriyelilerin hepsi topluca yok edilmeli", "Kürtleri yok edin"
                   and not (lang == "tr" and "VIOLENT" in tags[k])
                   # (tr, twenty-first round) "who will say stop to them?": a call, no negation
                   and not (lang == "tr" and words[k] == "dur" and k >= 1
                            and words[k - 1] in ("kim", "kimse"))
                   # (tr, twenty-fifth round) "dur" after an aorist is "keep on doing": "sildir dur,
                   # biz seni bulmasını biliriz" (no negation of what follows)
                   and not (lang == "tr" and words[k] == "dur" and k >= 1
                            and re.search(r"[aeıioöuü]r$", words[k - 1]) is not None)
                   # (tr, twenty-sixth round) "X değil Y": the "değil" after a word in its clause negates
                   # that word, not what comes after it ("biber gazıyla değil sopayla girmek gerek",
                   # "köşe yazarı değil sirk maymunu"); not "değil mi", nor "değil" opening its clause
                   # ("değil dövmek, kimseye bağırmam bile": let alone)
                   and not (lang == "tr" and words[k] in ("değil", "degil") and k > sent[i][0]
                            and words[k + 1] not in ("mi", "mı") and "NEG" not in tags[k - 1]
                            and not _TR_VERBISH.search(words[k - 1]))
                   # (fa, twentieth round) the negation of a condition ("اگه پاک نکنی پخشش میکنم")
                   and not (lang == "fa" and words[k].startswith("ن") and any(
                       words[j] in ("اگه", "اگر") for j in range(max(sent[i][0], k - 5), k)))
                   # (fa, round 28) nor further back in a condition's own clause, when the act stands in
                   # the next one ("اگه تا جمعه جل و پلاسشونو جمع نکنن، ... جهنم میکنیم"); in the act's own
                   # clause a negation still negates it ("اگه بخوای، هیچوقت نمیکشمت")
                   and not (lang == "fa" and words[k].startswith("ن") and clause[k] != clause[i] and any(
                       words[j] in _FA_IF for j in range(clause[k][0], k)))
                   # (fa, round 29) nor a negated verb that ends an earlier clause: Persian puts the verb
                   # last, so it denies its own clause only ("اربیل جای امنی براش نیست، ما پشت هر دیواری
                   # هستیم"); a bare "نه" ("نه، ...") still reaches the next clause as before
                   and not (lang == "fa" and clause[k] != clause[i] and k == clause[k][1] - 1
                            and len(words[k]) > 2)
                   and not law_denied(k)
                   for k in range(lo, i)):
                return True
            return lang == "tr" and _tr_negative(words[i], L)

        def fa_conditioned(i):
            """(hundred-and-fifty-fourth round) Persian: the act at ``i`` befalls those a relative clause
            picks out by what they may do, in the subjunctive before it -- "کردایی که برگردن اینجا اعدام
            می‌شن" (Kurds who come back here get executed), "خبرنگارایی که ... بنویسن سر به نیست می‌شن": a
            consequence promised, not a thing told. The relative clause's verb within five words of its
            "که", the act within ten of it."""
            lo = sent[i][0]
            return any(words[c] == "که"
                       and any(kinds[g] or "PERSON" in tags[g] for g in range(max(lo, c - 2), c))
                       and any(_FA_SUBJUNCTIVE.match(words[j]) for j in range(c + 1, min(i, c + 6)))
                       for c in range(max(lo + 1, i - 10), i - 1))

        def object_of_doers(g, k):
            """(hundred-and-fifty-sixth round) The group at ``g`` is the object of what the subject of the
            claim at ``k`` did: in Turkish the group's noun (it, or the word after its adjective) in the
            accusative or the dative and an active participle after it, before the claim ("Kürt köylülere
            saldıranlar hayvan", those who attacked Kurdish villagers are animals; not the group as the
            participle's subject, "Suriyeliler hırsızlık yapan asalaklar"); in Arabic a relative and a verb
            in the past plural before the group ("اللي هاجموا القرويين الأكراد وحوش"; not "الأكراد اللي ساكنين
            بالمدينة حرامية", the relative after the group)."""
            lo = sent[g][0]
            if lang == "tr":
                # the group's word in the case, or the noun after its bare adjective ("Kürt köylülere"; not
                # after a plural, "Afganlar sokakları dolduran böceklerdir": the people do it)
                bare = not _TR_PLURAL_END.search(words[g])
                if _tr_oblique(words[g]):
                    noun = g
                else:
                    noun = g + 1 if g + 1 < k and bare and _tr_oblique(words[g + 1]) else None
                # the participle right after it: "saldıran", "kaçıranlar" (not an ablative, "okullardan", nor
                # a noun or an adverb that ends so, _TR_NOT_PARTICIPLE)
                j = None if noun is None else noun + 1
                return j is not None and j <= k and not kinds[j] and len(words[j]) >= 5 and bool(
                    _TR_ACTIVE_PARTICIPLE.search(words[j])) and not words[j].startswith(_TR_NOT_PARTICIPLE)
            return any(words[r] in _AR_RELATIVE and _AR_PAST_PLURAL.search(words[r + 1])
                       for r in range(max(lo, g - 4), g - 1))

        def law_denied(k):
            """(hundred-and-twenty-sixth round) The negation at ``k`` denies the law's answer, not the act
            after it: "No trial needed, just shoot the men who did this", "Mahkemeye gerek yok, katilleri
            kurşuna dizin" (the law's word right after it in English, Arabic and Persian, right before it in
            Turkish and Persian: "دادگاه لازم نیست"). Not "don't kill them, jail them": the act comes
            first."""
            if lang not in _JUSTICE:
                return False
            lo, hi = sent[k]
            if lang != "tr" and k + 1 < hi and (_justice_word(lang, words[k + 1]) or (
                    k + 2 < hi and words[k + 1] in _LAW_DENIED_BETWEEN[lang]
                    and _justice_word(lang, words[k + 2]))):
                return True
            # "X needed not": the need of it denied right after it ("mahkemeye gerek yok", "دادگاه لازم نیست")
            return (k - 2 >= lo and words[k] in _LAW_NOT_NEEDED.get(lang, ())
                    and words[k - 1] in _LAW_NOT_NEEDED[lang][words[k]] and _justice_word(lang, words[k - 2]))

        def ar_or_else(k):
            """(ar, round 26) colloquial "ولا", "or else", after an imperative earlier in its sentence,
            before a verb in the first person plural: "اتركوا أربيل ولا نخليها مقبرتكم" (not "ما راح
            أأذيك ولا أهددك", nor "لا تتركوا ... ولا نخليها": an imperative denied is no order)."""
            if words[k] != "ولا" or k + 1 >= n or not words[k + 1].startswith(_AR_WE_VERB):
                return False
            lo = sent[k][0]
            return any(_AR_IMPERATIVE.match(words[j]) and not (j > lo and "NEG" in tags[j - 1])
                       for j in range(max(lo, k - 8), k))

        def ar_not_called(k):
            """An Arabic expulsion denied through the mood before it ("ما حدا لازم يطرد اللاجئين", "مش
            لازم نرحلهم"), or done by an authority and told ("قررت السلطات ترحيل مئة لاجئ"): no call."""
            lo = sent[k][0]
            j = k - 1
            while j >= max(lo, k - 5) and ("MOOD" in tags[j] or words[j] in _AR_ANYONE
                                           or words[j] in _AR_RIGHT):
                j -= 1
            if (lo <= j < k - 1 and "NEG" in tags[j] and "EXCLUDE" not in tags[j]
                    and not any(x in words[k] for x in _AR_ENTRY)):
                return True  # (not entering: "لا يجب أن يدخلوا مدارسنا" is the exclusion itself)
            if any("SUBJECT" in tags[x] and not (x > lo and words[x - 1] == _AR_TO)
                   for x in range(lo, k)) and not any(
                    "MOOD" in tags[x] and not words[x].startswith("قرر") for x in range(lo, k)):
                # (not an authority's duty, "على" before it: "على الحكومة ترحيل كل العراقيين", the
                # government must deport them all; hundred-and-thirty-third round)
                contrast("report", k)
                return True
            if k > lo and words[k - 1] in _AR_HALT:
                contrast("counter", k)  # (seventy-third round) "منظمات تطالب بوقف طرد العمال الأجانب"
                return True
            if any(words[x] in _AR_DENIED for x in range(lo, k)):
                # (hundred-and-thirty-fifth round) a denial that it was done or will be: "نفى الوزير أن يكون
                # اللاجئون قد طردوا من البلد" (the minister denied the refugees were expelled)
                contrast("negated", k)
                return True
            for j in range(k + 1, sent[k][1]):
                if "NEG" in tags[j] and words[j] != _AR_NOT_NOUN:
                    break  # "ترحيلهم ليس جريمة" (deporting them is no crime) is the call
                if words[j] in _AR_UNLAWFUL or (words[j] == _AR_NOT_NOUN and j + 1 < sent[k][1]
                                                and words[j + 1] in _AR_UNLAWFUL_AFTER_NOT):
                    contrast("counter", k)  # (hundred-and-thirty-third round) "ترحيل اللاجئين مخالف للقانون"
                    return True
            if _AR_PASSIVE_NOW.match(words[k]) and not any(
                    "MOOD" in tags[x] for x in range(lo, min(sent[k][1], k + 4))):
                contrast("report", k)  # (sixty-eighth round) "they are being deported", told
                return True
            return False

        def fa_they_want(j):
            """(fa, sixty-eighth round) The word at ``j`` says that they (third person plural) want or long
            for something: "میخوان", "میخواهند", "دوست دارند", "آرزو دارن", "مایلند"."""
            w = words[j]
            if w in _FA_THEY_WANT:
                return True
            return w in _FA_THEY_HAVE and j >= 1 and words[j - 1] in _FA_FOND

        def institution_owns(i, v):
            """(fa, tr; seventy-fourth round) The address or plate at ``i`` is an institution's (a
            newspaper's, an embassy's): in Persian named in the words after it, before its object marker or
            the verb ``v``, with no person's or the addressee's among them ("آدرس دفتر روزنامه رو"; not
            "آدرس دفتر روزنامه‌تون رو"); in Turkish in the genitive right before it ("Gazetenin adresini")."""
            if lang == "tr":
                return (i > sent[i][0] and words[i - 1].startswith(_TR_INSTITUTION)
                        and _TR_GENITIVE.search(words[i - 1]) is not None)
            chain = []
            for j in range(i + 1, min(sent[i][1], i + 4)):
                if j == v or words[j] in ("رو", "را", "و"):
                    break
                chain.append(j)
            if not any(words[j].startswith(_FA_INSTITUTION) for j in chain):
                return False
            return not any({"YOU", "PERSON"} & tags[j] or words[j].endswith(("ت", "تو", "تون", "تونو"))
                           or words[j].startswith(_FA_KIN_STEMS) for j in (i, *chain))

        def fa_told_done(k):
            """(fa, seventy-fourth round) The expulsion at ``k`` told as done: its light verb (or itself) in
            the past and no word of mood before it ("دولت صدها کارگر افغان رو اخراج کرد"; not "باید از ایران
            بیرون کرد", where کرد is the short infinitive after باید)."""
            if not any(words[j] in _FA_DONE for j in range(k, min(sent[k][1], k + 3))):
                return False
            return window(k, MOOD_BEFORE + 2, 0, "MOOD") is None

        def all_misfortune(lo, hi, is_misfortune, is_all):
            """A misfortune of the sentence meant whole: a word of all before it ("all our problems", "ne
            geldiyse", "كل مصايبنا", "هر چی بدبختی"), or after it in Turkish ("başımıza ne geldiyse")."""
            after = 3 if lang == "tr" else 1
            return any(is_misfortune(words[j]) and any(
                is_all(words[x]) for x in range(max(lo, j - 2), min(hi, j + after)) if x != j)
                for j in range(lo, hi))

        def scapegoat(k):
            """(eighty-sixth round) ``k`` lays all our misfortunes on whoever is named beside it: the
            positions of that group (empty: no such blame). The group is after "the fault of", "because
            of", "من ورا", "تقصیر", "زیر سر" and after or before "sebebi", "سبب", before "to blame",
            "behind"; not the misfortune's owner ("كل مصائب الإيزيديين من ورا داعش", "همه‌ی بدبختی ایزدی‌ها
            زیر سر داعش بود")."""
            lo, hi = sent[k]
            w = words[k]
            if lang == "en":
                if w in _EN_FAULT_OF:
                    side = range(k + 1, min(hi, k + 5))
                elif w in _EN_TO_BLAME:
                    side = range(max(lo, k - 4), k)
                else:
                    return ()
                if not all_misfortune(lo, hi, _EN_MISFORTUNE.__contains__, _EN_ALL_OF_IT.__contains__):
                    return ()
            elif lang == "tr":
                if not w.startswith(_TR_FAULT):
                    return ()
                side = range(max(lo, k - 2), min(hi, k + 3))
                if not all_misfortune(lo, hi, lambda x: x.startswith(_TR_MISFORTUNE),
                                      _TR_ALL_OF_IT.__contains__):
                    return ()
            elif lang == "ar":
                if w not in _AR_FAULT:
                    return ()
                side = range(k + 1, min(hi, k + 4)) if w in _AR_FAULT_AFTER else range(
                    max(lo, k - 3), min(hi, k + 4))
                if not all_misfortune(lo, hi, lambda x: x.removeprefix("ال").startswith(_AR_MISFORTUNE),
                                      lambda x: x == "کل"):
                    return ()
            elif lang == "fa":
                if w not in _FA_FAULT or (w == "زیر" and not (k + 1 < hi and words[k + 1].startswith("سر"))):
                    return ()
                if any(words[j] in _FA_DONT_THROW for j in range(lo, hi)):
                    return ()  # "تقصیر ... رو گردن مهاجرا ننداز": the blame refused
                side = range(k + 1, min(hi, k + 5))
                if not all_misfortune(lo, hi, lambda x: x.startswith(_FA_MISFORTUNE),
                                      _FA_ALL_OF_IT.__contains__):
                    return ()
            else:
                return ()

            def owner(g):  # the misfortune's own: "مصائب الإيزيديين", "بدبختی ایزدی‌ها" (not "مشاكلنا")
                x = words[g - 1].removeprefix("ال") if g > lo else ""
                return (x.startswith(_AR_MISFORTUNE + _FA_MISFORTUNE + tuple(_EN_MISFORTUNE))
                        and not x.endswith(("نا", "مون", "مان")))
            return [g for g in side if kinds[g] and not owner(g)]

        def troublemaking(k):
            """(eighty-sixth round) ``k`` is trouble a group brings wherever it goes: en "stir up trouble
            wherever they go", tr "her yerde kargaşa çıkarıyor", ar "يثيرون الفتنة أينما حلوا", fa "همه‌جا فتنه
            درست میکنن". A predicate, after the group; not trouble faced ("face trouble wherever they go")."""
            lo, hi = sent[k]
            w = words[k]
            if lang == "en":
                return (w in _EN_CAUSE and any(words[j] in _EN_TROUBLE for j in range(k + 1, min(hi, k + 4)))
                        and any(words[j] in _EN_WHEREVER for j in range(lo, hi)))
            if lang == "tr":
                return w.startswith(_TR_CAUSE) and k > lo and words[k - 1].startswith(_TR_TROUBLE) and any(
                    words[j] in ("her", "nereye", "nerede", "girdikleri", "gittikleri") for j in range(lo, k))
            if lang == "ar":
                return w in _AR_TROUBLE and any(words[j] in _AR_WHEREVER for j in range(lo, hi)) and any(
                    _AR_CAUSE.match(x) for x in words[max(lo, k - 2):k])
            if lang == "fa":
                return w in _FA_TROUBLE and k + 1 < hi and words[k + 1].startswith(_FA_CAUSE) and any(
                    words[j] in ("همەجا", "همهجا")
                    or (words[j] == "هر" and j + 1 < hi and words[j + 1] == "جا") for j in range(lo, k))
            return False

        def only_money(k):
            """(eighty-seventh round) ``k`` is money, gold or profit said to be all a group thinks or cares
            about: a word of restriction ("only", "nothing but", "sadece", "tek", "إلا", "الوحيد", "فقط",
            "جز") and one of thinking or caring ("think", "care", "düşün-", "derdi", "يفكر", "همهم", "فکر",
            "مهم") in its sentence. Not "want" (refugees want money to live on)."""
            w = words[k]
            if lang in ("en", "ar"):
                is_money = w in (_EN_MONEY if lang == "en" else _AR_MONEY)
            else:
                is_money = lang in ("tr", "fa") and w.startswith(_TR_MONEY if lang == "tr" else _FA_MONEY)
            if not is_money:
                return False  # (most words: the sentence is read only beside a word of money)
            lo, hi = sent[k]
            rest = [words[j] for j in range(lo, hi) if j != k]
            if lang == "en":
                return any(x in _EN_ONLY for x in rest) and any(x in _EN_CARE for x in rest)
            if lang == "tr":
                return any(x.startswith(_TR_ONLY) for x in rest) and any(x.startswith(_TR_CARE) for x in rest)
            if lang == "ar":
                return any(x in _AR_ONLY for x in rest) and any(x.lstrip("وف").startswith(_AR_CARE)
                                                                for x in rest)
            return any(x in _FA_ONLY for x in rest) and any(x.startswith(_FA_CARE) for x in rest)  # fa

        def faced_with(k):
            """Persian "با مشکل روبرو میشن": a problem the group faces, not one it is (the older NEGPRED)."""
            return (words[k] in _FA_TROUBLE and k > 0 and words[k - 1] == "با" and k + 1 < n
                    and words[k + 1] in ("روبرو", "مواجه", "روبەرو"))

        def group_subject(k, limit, between):
            """A people named at most ``limit`` words before ``k``, the nearest, with only words ``between``
            accepts between them: the subject of the harm at ``k`` (harms_ours, harms_all_it_meets)."""
            lo = sent[k][0]
            for g in range(k - 1, max(lo, k - limit) - 1, -1):
                if kinds[g]:  # (a team of them beats us in a match: "تیم عربای بصره ما رو داغون کرد")
                    return all(between(j) for j in range(g + 1, k)) and not (
                        g > lo and words[g - 1] in _HARM_TEAM)
            return False

        def harms_ours(k):
            """(eighty-third round) ``k`` is a harm done by a group named just before it to what is ours:
            en "Afghans pollute our neighbourhood", tr "Afganlar mahallemizi kirletiyor", ar "السوريين خربوا
            بلدنا", fa "عربا فرهنگمونو نابود کردن" (_EN_HARM_VERB and the others). The group must be the
            harm's subject, only auxiliaries or "ours" between: "Turkish bombs destroyed our homes" is no
            claim of the Turks."""
            lo = sent[k][0]
            w = words[k]

            def group_before(limit, between):
                return group_subject(k, limit, between)
            if lang == "en":
                return bool(_EN_HARM_VERB.match(w)) and any(
                    words[j] == "our" for j in range(k + 1, min(sent[k][1], k + 3))) and group_before(
                    4, lambda j: words[j] in _EN_HARM_FILLER)
            if lang == "tr":
                if not w.startswith(_TR_HARM_VERB) or _TR_HARM_DENIED.search(w):
                    return False  # (not denied: "zehirlemiyor", "mahvetmedi")
                ours = [j for j in range(max(lo, k - 3), k) if _TR_OURS_OBJ.search(words[j])]
                return bool(ours) and group_before(5, lambda j: j >= ours[0] or not tags[j])
            if lang == "ar":
                return bool(_AR_HARM_VERB.match(w)) and any(
                    words[j].endswith("نا") and len(words[j]) > 3 and words[j] not in _AR_NOT_OURS
                    for j in range(k + 1, min(sent[k][1], k + 4))) and group_before(3, lambda j: not tags[j])
            if lang == "fa":
                if (w not in _FA_HARM_ADJ or k + 1 >= sent[k][1]
                        or not words[k + 1].startswith(_FA_HARM_LIGHT)):
                    return False
                ours = [j for j in range(max(lo, k - 4), k)
                        if words[j].endswith(("مون", "مان", "مونو", "مانو", "مونرو")) or words[j] == "ما"]
                return bool(ours) and group_before(6, lambda j: j >= ours[0] or not tags[j])
            return False

        def harms_all_it_meets(k):
            """(hundred-and-eighty-fifth round) ``k`` is a harm a people does to everything or everyone it
            meets, as its habit: en "Kurds ruin every neighbourhood they move into", "Afghans turn every
            street into a slum", tr "Araplar dokundukları her şeyi kirletiyor", ar "الشيعة بيسمموا كل مجتمع",
            fa "ایزدیا هر جا چادر بزنن آبو آلوده می‌کنن" (_EN_HABIT_HARM and the others). The verb in the
            present, a word of "every" after the people and before the harm's end, the people its subject;
            no news actor beside it ("Kurds destroy every ISIS hideout they find" is the war's news)."""
            lo, hi = sent[k]
            w = words[k]
            if any("SUBJECT" in tags[j] and not kinds[j] for j in range(max(lo, k - 5), min(hi, k + 5))):
                return False
            if lang == "en":
                if w in _EN_TURN:
                    harm = "into" in words[k + 1:hi] and not _EN_BAD_PLACE.isdisjoint(words[k + 2:hi])
                else:
                    harm = w in _EN_HABIT_HARM or (bool(_EN_HARM_VERB.match(w)) and not w.endswith("ed"))
                return harm and not _EN_EVERY.isdisjoint(words[k + 1:min(hi, k + 5)]) and group_subject(
                    k, 4, lambda j: words[j] in _EN_HARM_FILLER)
            if lang == "ar":
                m = _AR_HABIT_HARM.match(w)
                if m is None or ("حول" in w and not any(x.lstrip("ل").startswith(_AR_BAD_PLACE)
                                                       for x in words[k + 1:hi])):
                    return False
                return not _AR_HABIT_EVERY.isdisjoint(words[k + 1:min(hi, k + 4)]) and group_subject(
                    k, 3, lambda j: not tags[j])
            if lang == "tr":
                if w.startswith(("çeviriyor", "ceviriyor", "çevirir", "cevirir")):
                    harm = k > lo and words[k - 1].startswith(("çöplü", "coplu", "getto", "harabe"))
                else:
                    # (the tense on the light verb after "berbat": "berbat ediyor")
                    said = w if w != "berbat" or k + 1 >= hi else words[k + 1]
                    harm = w.startswith(_TR_HABIT_HARM) or (
                        w.startswith(_TR_HARM_VERB) and _TR_HABIT_TENSE.search(said) is not None
                        and not _TR_HARM_DENIED.search(said))
                every = next((j for j in range(k - 1, max(lo, k - 5) - 1, -1) if words[j] in _TR_EVERY), None)
                # the people before the "every", in the nominative plural: its subject ("Kürtler", not
                # "Kürtlerin", whose everything someone else ruins)
                return harm and every is not None and any(
                    kinds[g] and words[g].endswith(("lar", "ler")) for g in range(max(lo, every - 4), every))
            if lang == "fa":
                mess = words[k + 1].startswith("میریز") if k + 1 < hi else False  # "به هم می‌ریزن": mess up
                if k + 1 >= hi or not ((w in _FA_HABIT_ADJ and words[k + 1].startswith(_FA_HABIT_LIGHT)) or (
                        mess and (w == "بهم" or (w == "هم" and k > lo and words[k - 1] == "به")))):
                    return False
                every = next((j for j in range(max(lo, k - 8), k) if words[j] == "هر"), None)
                return every is not None and any(kinds[g] for g in range(max(lo, every - 3), every))
            return False

        def kept_away(k):
            """(eighty-second round) ``k`` calls for whoever is named beside it to be kept away from children,
            schools, a neighbourhood or "our" people (_EN_KEPT_FROM): en "(should be) kept away from our
            schools", tr "okullardan uzak tutun", "çocuklarımızın yanına yaklaştırılmamalı", fa "از بچه‌ها دور
            نگه دارید", ar "خلوهم بعيد عن بناتنا". The call's mood is the exclusion rule's, or the verb's own.
            Returns the positions of what they are kept from (empty: no such call)."""
            lo, hi = sent[k]
            w = words[k]
            if lang == "en":
                if w not in ("keep", "kept"):
                    return ()
                away = next((a for a in range(k + 1, min(hi, k + 7)) if words[a] == "away"), None)
                for j in range(away + 1, min(hi, away + 3)) if away is not None else ():
                    after = range(j + 1, min(hi, j + 4))
                    if words[j] == "from" and any(words[x] in _EN_KEPT_FROM for x in after):
                        return after
                return ()
            if lang == "tr":
                if w.startswith("uzak") and k + 1 < hi and _TR_KEEP.match(words[k + 1]):
                    for j in range(max(lo, k - 3), k):  # from: the ablative
                        if words[j].endswith(("dan", "den", "tan", "ten")) and (
                                words[j].startswith(_TR_KEPT_FROM) or _TR_OUR.search(words[j])):
                            return range(j, j + 1)
                elif _TR_NOT_NEAR.match(w):  # not let near: "çocuklarımızın yanına", "kızlarımıza"
                    for j in range(max(lo, k - 3), k):
                        x = j - 1 if words[j].startswith(_TR_SIDE) and j > lo else (
                            j if words[j].endswith(("a", "e")) else None)
                        if x is not None and (words[x].startswith(_TR_KEPT_FROM) or _TR_OUR.search(words[x])):
                            return range(x, x + 1)
                return ()
            if lang == "fa":
                if w != "دور" or k + 1 >= hi:
                    return ()
                verb = k + 2 if words[k + 1] == "نگه" else k + 1
                if verb >= hi or not (words[verb] in _FA_KEEP_MOOD or (
                        words[verb] in _FA_KEEP_PAST and window(k, MOOD_BEFORE_FA, 0, "MOOD") is not None)):
                    return ()
                for j in range(max(lo, k - 6), k - 1):
                    if words[j] == "از" and (words[j + 1].startswith(_FA_KEPT_FROM)
                                             or words[j + 1].endswith(("مون", "مان"))
                                             or (j + 2 < k and words[j + 2] in ("ما", "مون"))):
                        return range(j + 1, k)
                return ()
            if lang == "ar":
                if not _AR_KEEP.match(w):
                    return ()
                called = (w.endswith(("وا", "و", "وهم")) and w.startswith(("ابعد", "وابعد"))) or any(
                    words[j] in _AR_KEEP_CALL for j in range(max(lo, k - 3), k))
                for j in range(k + 1, min(hi - 1, k + 3)) if called else ():
                    if words[j] == "عن" and (words[j + 1].startswith(_AR_KEPT_FROM)
                                            or words[j + 1].endswith("نا")):
                        return range(j + 1, j + 2)
            return ()

        def ar_exceptive(j):
            """غير/الا after a negation is "nothing but", not a second negation: "ما الهم غير المطبخ"."""
            return words[j] in _AR_EXCEPT and any("NEG" in tags[k] for k in range(max(sent[j][0], j - 3), j))

        def quoted_from_others(i):
            """(fifty-fourth round) The word stands in a quotation that others are said to say, call or
            write, or is what the quotation names right after it ("call Kurds "rats"", "Kürtlere "dağ
            faresi" diyenler"), and the commenter does not endorse it (_QUOTED_SAY)."""
            say = _QUOTED_SAY.get(lang)
            if say is None:
                return False
            lo, hi = sent[i]
            q = quote_of(i)
            if q is None:  # the group named, then the name it is called, within three words
                q = next((quote_of(k) for k in range(i + 1, min(hi, i + 4)) if in_quotes(k)), None)
                if q is None:
                    return False
            outside = [k for k in range(n) if not (q[0] <= toks[k][1] < q[1])]
            if any(words[k] in _QUOTED_ENDORSED[lang] or _QUOTED_OWN_ABUSE & tags[k]
                   or any(x.startswith("SLUR:") for x in tags[k]) for k in outside):
                return False  # endorsed, or abuse of the commenter's own beside it ("He's a fucking spaz!")
            others, owned = _QUOTED_OTHERS[lang], _QUOTED_SELF_OWNED[lang]
            before = [k for k in outside if toks[k][2] <= q[0]][-3:]
            after = [k for k in outside if toks[k][1] >= q[1]]
            if (after and words[after[0]] in _QUOTE_ANSWERED_BY[lang]
                    and any(say.match(words[k]) for k in before)
                    and not any(_QUOTE_ANSWER_ABUSE & tags[k] for k in after)):
                # (hundred-and-twenty-fifth round) said, then answered by "but" -- not by more of the same
                # ('... "الكرد ما يفهمون بالسياسة"، بس هم كمان خونة', but they are traitors too)
                return True
            for k in outside:
                if not (lo <= k < hi) or not say.match(words[k]):
                    continue
                if owned.match(words[k]) or any(words[j] in others for j in range(max(lo, k - 6), k)) or (
                        lang == "tr" and any(words[j] in others for j in range(k + 1, min(hi, k + 3)))):
                    return True
            return False

        def think_negated(g):
            """(hundred-and-thirty-first round) The commenter's thinking denied before the group at ``g``,
            within six words of its sentence (_THINK_NOT): "I don't think (that) Kurds are ...", "لا أظن أن
            الأكراد ...", "فکر نمی‌کنم کردها ...". It denies the claim after it as a negation before the group
            does: a virtue so denied is the claim ("I don't think Kurds are capable of honesty"), a vice so
            denied is none ("لا أظن أن الأكراد والعرب مختلفون كثيرا")."""
            think = _THINK_NOT.get(lang)
            if not think:
                return False
            verbs, nots = think
            lo = sent[g][0]
            for j in range(max(lo, g - 6), g):
                if words[j] not in verbs:
                    continue
                if lang == "fa":
                    if j + 1 < g and words[j + 1].startswith(nots):
                        return True
                elif j >= 1 and words[j - 1] in nots:
                    return True
            return False

        def virtue_denied(g, k):
            """(fifty-fifth round) The virtue at ``k`` is denied of the group at ``g`` (_VIRTUE_NOT): negated
            after the group ("Kurds are not honest"), or no virtuous member of it found ("not a single
            honest Arab", "ما في عربي شريف واحد"; Turkish's own rule reads "tek bir namuslu Arap yok")."""
            lo, hi = sent[k]
            if any(words[j] in _VIRTUE_NOT_ONLY for j in range(max(g + 1, k - 3), k)):
                return False  # "not only honest but brave", "not less honest", "sadece dürüst değil"
            if lang == "fa" and k > g and words[k] == "اعتماد" and "به" in words[g + 1:k]:
                return False  # (sixty-first round) the group trusts no one: "کردها به بغداد اعتماد ندارن"
            if lang in _VIRTUE_NOT and k > g and any(words[j] in _VIRTUE_NOT[lang]
                                                     for j in range(max(g + 1, k - 3), k)):
                return True
            if k > g and think_negated(g):
                return True  # (hundred-and-thirty-first round) "I don't think Kurds are capable of honesty"
            if lang in _VIRTUE_NOT_AFTER and k > g and any(words[j].startswith(_VIRTUE_NOT_AFTER[lang])
                                                           for j in range(k + 1, min(hi, k + 3))):
                return True
            if lang in _VIRTUE_NONE and abs(k - g) <= 3:
                none = _VIRTUE_NONE[lang]
                if lang == "en":  # "not a single", "never meet / find"
                    return any(words[j] in none and any(words[x] in ("not", "never", "no", "wont", "cant")
                                                        for x in range(max(lo, j - 3), j))
                               for j in range(lo, hi))
                if lang == "ar":  # "ما في", "ما راح تلقى", "لا يوجد", "ماكو"
                    return any(words[j] in none and (words[j] in ("ماکو", "مافی", "مافیه") or any(
                        "NEG" in tags[x] for x in range(max(lo, j - 3), j)))
                        for j in range(lo, min(hi, g + 1)))
                return any(words[j] in none for j in range(max(g, k) + 1, min(hi, max(g, k) + 5)))  # "yok"
            return False

        def countered(i, group=False):
            """Counter-speech: hate inside quotes, or reported with a verb of saying, in a comment
            that rejects it; or denied before it is said ("it is not true that", "stop calling").

            What a person is called (an insult) is reported only by a verb of saying just before it
            ("calling her an idiot is unfair"): a rejecting word elsewhere in the sentence is usually
            one more insult ("you are a racist idiot", "incompetent and a racist"). On English
            training comments the looser test fired on 604 violating and 65 clean ones, so the stack
            learnt to give counter-speech almost no weight. With ``group`` (a group's abuse, a violent
            act) a rejecting word after it in its own sentence also counts ("calling Kurds traitors
            is shameful", "Vurun abalı ya çok saçma")."""
            lo, hi = sent[i]
            if lang == "ar" and ar_but(i):
                return False  # (round 17c) "ما أنا عنصري بس السوريين ...": what follows "but" is owned
            if lang in _DISCLAIMED and disclaimed(i):
                return False  # (round 177) "Irkçı değilim ama Araplar hep yalancı", "نژادپرست نیستم ولی ..."
            if lang == "ar" and not in_quotes(i) and (
                    words[i] == "یا" or (i >= 1 and ("YOU" in tags[i - 1] or words[i - 1] == "یا"))):
                return False  # (round 17c) the addressee called it: "... يعني كل واحدة ... يا حمار"
            if quotes and quoted_from_others(i):
                contrast("counter", i)  # (fifty-fourth round) 'people who call Kurds "rats" spread hatred'
                return True
            if whosays and ar_judged(i):
                contrast("counter", i)
                return True
            if lang == "ar" and ar_asked_back(i):
                contrast("counter", i)
                return True
            if lang == "ar" and quotes and ar_quote_answered(i):
                contrast("counter", i)
                return True
            if lang == "ar" and account and in_quotes(i):
                # (seventeenth round) a threat quoted in a comment that calls its writer to account: "لازم
                # نحاسب كل واحد يكتب 'اقتلوهم'"
                contrast("counter", i)
                return True
            if lang == "ar" and (qrejects or sayers) and in_quotes(i) and (
                    qrejects or any("SAYER" in tags[k] and any(_AR_SAYER_JUDGED & tags[j]
                                                               for j in range(k + 1, min(n, k + 5)))
                                    for k in range(i + 1, n))):
                # (round 20) a quoted word with shame felt at it, a reply, laughter, "time we stopped it"
                # (QREJECT), or its sayer named after it and judged ("... صاحب الجملة ما يعرف شي")
                contrast("counter", i)
                return True
            deny = denies and any("DENY" in tags[k] for k in range(lo, i))
            if lang == "ar" and ar_unsaid(i):
                # (round 17c) a saying stopped or negated just before the word, or anywhere for a quoted one:
                # "حاج تقول عن السوريين 'زبالة'", "'لوطي' ما تنقال على بشر" (not when the addressee is called
                # it)
                if not any("YOU" in tags[k] or words[k] == "یا" for k in range(max(lo, i - 4), i)):
                    contrast("counter", i)
                    return True
            if lang in _WHO_SAYS and group and who_says_so(i):
                contrast("counter", i)  # (seventy-seventh round) "کی گفته عربا فرهنگ ندارن؟"
                return True
            if lang == "fa" and group and fa_those_who_say(i):
                contrast("counter", i)  # (nineteenth round) "کسایی که به افغانا میگن ... خجالت بکشن"
                return True
            if lang == "en" and group and en_who_says_not(i):
                contrast("counter", i)  # (twenty-fifth round) "who says Yazidis are unclean never sat at ..."
                return True
            if lang == "tr" and tr_quoted_by_others(i):
                contrast("counter", i)  # (twenty-ninth round) 'saldırganlar "ibne" diye bağırmış'
                return True
            if lang == "tr" and group and tr_claim_called_false(i):
                contrast("counter", i)  # (eighty-fourth round) "Suriyelilerin suçlu olduğu yalanı bitmeli"
                return True
            if lang == "tr" and group and tr_opinion_judged(i):
                # (fifty-ninth round) "Amcam eşcinsellerin iğrenç olduğunu düşünüyor, bu beni üzüyor"
                contrast("counter", i)
                return True
            if lang == "tr" and group and tr_sayers_addressed(i):
                contrast("counter", i)  # (twenty-eighth round) '"Afganları kovun" yazanlar, sizin ...'
                return True
            if group and says and reported_then_protested(i):
                contrast("counter", i)  # (hundredth round) "The minister said women can't be judges, and
                return True  # thousands protested"
            if claim_rebutted(i) and (group or any(kinds[j] for j in range(max(lo, i - 4), i))):
                # (hundred-and-twenty-ninth round) "My neighbour says Turks are barbarians. He is wrong.";
                # an insult too when it is said of a people in the claim ("someone writes that women are
                # stupid"), not of the addressee
                contrast("counter", i)
                return True
            if group and says and reported_then_met(i):
                contrast("counter", i)  # (ninetieth round) "Someone wrote that Afghans are thieves, well my
                return True  # Afghan classmate is a surgeon"
            if not (rejects or deny):
                return False
            s = toks[i][1]
            # a group's abuse reported by someone else's verb of saying just before it ("Saying Kurds are
            # animals is disgusting"), or by the language's own form of saying after it (Turkish "diyen",
            # Persian "گفتن", Arabic "زي ما بتقولوا"), or denied ("it is a lie that"), or its saying stopped
            # after it, in a comment that rejects something, is a "rebuttal" (contrast()); a rejecting word
            # alone, a quote alone or an insult at a person after a verb of saying is loose
            reported = group and said_by_others(max(lo, i - 4), i)
            if group:
                # a rejecting word after the group ("calling Kurds traitors is shameful"), not one that
                # is also a negation or a plain "wrong" ("stop bringing...", "the wrong things")
                said = reported or any(
                    "REJECT" in tags[k] and not ({"NEGPRED", "DEHUMAN", "INSULT", "NEG"} & tags[k])
                    and words[k] not in _WEAK_REJECT and not (lang == "tr" and _HATEFUL & tags[k])
                    # (2026-12-06) not the group itself rejected: "Kurds are thieves, shame on them" (but
                    # "People saying the Yazidis should be killed ..., shame on them": the sayers)
                    and not (any(words[j] in _REJECTED_THEM for j in range(k + 1, min(hi, k + 4)))
                             and not any("SAY" in tags[j] and not own_saying(j) for j in range(lo, i)))
                    # (fifty-fifth round) not a virtue's degree: "مو متحضرين كفاية" (not civilised enough)
                    and "VIRTUE" not in tags[k - 1]
                    # (ar, seventy-fourth round) not dealings with the group forbidden ("ولا يجوز التعامل
                    # معهم")
                    and not (lang == "ar" and "EXCLUDE" in tags[k])
                    # (ar, hundred-and-thirty-third round) not "no place among us" right after the group's
                    # own predicate: the group is the one with no place ("المثليون قذارة لا مكان لها بيننا")
                    # (ar, hundred-and-thirty-fifth round) nor "enough!" after the commenter's own exclusion
                    # of the group: "ما بدنا لاجئين بعد اليوم، كفاية" (but "كفاية عنصرية ضد اللاجئين")
                    and not (lang == "ar" and words[k] in _AR_ENOUGH
                             and any("EXCLUDE" in tags[j] for j in range(lo, i)))
                    # (the phrase's tag is on each of its words: "مكان" may be before k)
                    and not (lang == "ar" and _AR_PLACE in words[max(i + 1, k - 2):k + 3] and k - i <= 5
                             and any({"DEHUMAN", "NEGPRED", "INSULT"} & tags[j] for j in range(i + 1, k)))
                    # (tr, twenty-eighth round) not a shame the group is called ("bunlar en büyük utanç")
                    and not (lang == "tr" and any(words[j] in _TR_THEY for j in range(max(i + 1, k - 7), k)))
                    # (tr, sixty-sixth round) not a refusal to do something, its verbal noun before it:
                    # "Araplara ev kiralamayı reddetmeli" (should refuse to rent to Arabs) is the call itself
                    and not (lang == "tr" and words[k - 1].endswith(("mayı", "meyi", "mayi")))
                    for k in range(i + 1, hi))
            else:  # not "your racist comment, you moron": the vocative is the commenter's own insult
                # (tr, round 23) "X dediğin" before the insult is "a so-called X", not a saying reported:
                # "Vekil dediğin şu sünepe adam ..." (the insult after it is the commenter's own)
                said = any("SAY" in tags[k] and not (lang == "tr" and words[k].startswith(_TR_SOCALLED))
                           and not own_saying(k)
                           for k in range(max(lo, i - 4), i)) and not (i >= 1 and "YOU" in tags[i - 1])
                # (en, twenty-ninth round) or a verb of calling further back, its object named between:
                # "calling the female reporter a whore ... says everything about you"
                said = said or (lang == "en" and en_called_a(i))
                if said and lang == "ar" and any("YOU" in tags[k] or words[k] == "یا"
                                                 for k in range(max(lo, i - 4), i)):
                    said = False  # (round 17c) "وانت يا كاتب المقال حمار": the addressee called it
            # what the language says after the word to report it (read for a group even when said is
            # already true: it tells a rebuttal from a rejecting word alone)
            said_after = False
            if lang == "ar" and (group or not said):
                # (round 17c) what someone says after it, "as you say": "مش كل الصعايدة أغبياء زي ما بتقولوا"
                said_after = any(words[k] in _AR_AS
                                 and any("SAY" in tags[j] for j in range(k + 1, min(hi, k + 3)))
                                 for k in range(i + 1, hi))
            if lang == "fa" and (group or not said):
                # the word named by the verbal noun after it: "زنیکه گفتن به یه وزیر بی‌ادبیه" (calling a
                # minister that is rude), "کولی صدا زدن"
                j = i + 1
                while j < hi and j - i <= 3 and (tags[j] & {"ATTACK", "INSULT"} or words[j] in ("رو", "را")):
                    j += 1
                said_after = j < hi and words[j] in _FA_CALLING
            if lang == "tr" and (group or not said):
                # (a group's claim: "kadının yeri mutfak diye")
                said_after = tr_mentioned(i, 4 if group else 2)
            # ... or a saying stopped after it: "العراقيين مو مجرمين، بطلوا تقولون هيك", "stop saying that"
            rebutted = group and (reported or deny or said_after or any(
                "SAY" in tags[k] and not own_saying(k)
                and any("STOPSAY" in tags[j] or {"NEG", "REJECT"} <= tags[j]
                        for j in range(max(i + 1, k - 2), k))
                for k in range(i + 2, hi)) or quote_rejected(s))
            said = deny or said or said_after or any(a <= s < b for a, b in quotes)
            if said:
                contrast("counter", i, loose=not rebutted)
            return said

        def quote_rejected(s):
            """(hundred-and-forty-first round) The group's word at offset ``s`` stands in a quoted
            sentence -- three words or more, one of them harmful -- that a rejecting word after the closing
            quote judges: '"Kurds should all be shot" -- that comment made me sick, it's pure hate',
            '"Persians should all be hanged" is a vile thing to write'. After the quote the word judges the
            quote, not the group (not scare quotes round the group alone: '"Kurds" are disgusting' is the
            commenter's own); within twelve words of it, not an insult, a stop or a vice ("ignorant", "stop",
            "كفى", "جريمة") nor said of the addressee ("Perhaps you are the racist"): on the data a quote
            followed by one was another's words answered with abuse."""
            span = next(((a, b) for a, b in quotes if a <= s < b), None)
            if span is None:
                return False
            inside = [k for k in range(n) if span[0] <= toks[k][1] < span[1]]
            if len(inside) < 3 or not any(_QUOTED_HARM & tags[k] for k in inside):
                return False
            after = [k for k in range(inside[-1] + 1, min(n, inside[-1] + 13)) if toks[k][1] >= span[1]]
            return any("REJECT" in tags[k] and not _NOT_JUDGING_A_QUOTE & tags[k]
                       and words[k] not in _WEAK_REJECT
                       and not any("YOU" in tags[j] for j in range(max(0, k - 3), k))
                       for k in after)

        def en_called_a(i):
            """(en, twenty-ninth round) The word is what someone is called: a verb of calling up to eight
            words before it, "a" or "an" just before it (or before one word before it), and no addressee
            between ("calling the female reporter a whore", "he called that old lady a stupid cow"); not
            "you called me, you whore"."""
            lo, _hi = sent[i]
            art = next((j for j in (i - 1, i - 2) if j >= lo and words[j] in ("a", "an")), None)
            if art is None:
                return False
            k = next((k for k in range(art - 1, max(lo, i - 8) - 1, -1) if words[k] in _EN_CALLING), None)
            return k is not None and art - k >= 2 and not any(
                "YOU" in tags[j] or words[j] in ("me", "us") for j in range(k + 1, i))

        def en_who_says_not(i):
            """(en, twenty-fifth round) A group's abuse told as what "who / whoever / anyone who / those who"
            says, then denied in its sentence by a negation of the sayer ("who says Yazidis are unclean
            never sat at a Yazidi table", "those who call Kurds traitors have not read history"); not
            "whoever says Arabs are dirty is not wrong", which agrees."""
            lo, hi = sent[i]
            say = next((k for k in range(max(lo, i - 4), i) if "SAY" in tags[k] and k >= 1
                        and words[k - 1] in _EN_WHO_SAYER), None)
            if say is None:
                return False
            return any(("NEG" in tags[k] and not any(words[j] in _EN_NOT_DENIED
                                                     for j in range(k + 1, min(hi, k + 3))))
                       # (twenty-seventh round) or the sayer forgets or ignores ("people who say the
                       # Yazidis should go back to the mountain forget that Sinjar is their land")
                       or (words[k] in _EN_SAYER_FORGETS and k >= 1 and "NEG" not in tags[k - 1])
                       for k in range(i + 1, hi))

        def fa_those_who_say(i):
            """(fa, nineteenth round) A group's abuse told as what "those who" say ("کسایی که به افغانا میگن
            کثیف", "اونایی که کردا رو خائن میدونن"), judged after it: any rejecting word that is not itself
            the hate, the weak ones too ("... باید از خودشون خجالت بکشن"), for the ones who say it are
            the subject, not the group."""
            lo, hi = sent[i]
            head = next((h for h in range(lo, i) if words[h] in _FA_THOSE and h + 1 < n
                         and words[h + 1] == "که"), None)
            if head is None:
                return False
            say = next((k for k in range(head + 2, min(hi, i + 5)) if "SAY" in tags[k]
                        or words[k] in _FA_DEEM), None)
            # (or "they are mistaken", which rejects only what those who say it say: "اشتباه میکنن")
            return say is not None and say > i and any(
                ("REJECT" in tags[k] and not ({"NEGPRED", "DEHUMAN", "INSULT"} & tags[k]))
                or (words[k] == "اشتباه" and k + 1 < hi and words[k + 1].startswith("میکن"))
                for k in range(say + 1, hi))

        def who_says_so(i):
            """(fa, tr; seventy-seventh and seventy-eighth rounds) A group's abuse asked back as a question
            that denies it: "who says" opening the sentence and a question mark closing it ("کی گفته عربا
            فرهنگ ندارن؟", "Kim demiş Arapların kültürü yok diye?"); not "whoever says" (هر کی میگه, her kim
            diyorsa), and not without the question mark."""
            who, verbs = _WHO_SAYS[lang]
            lo, hi = sent[i]
            q = next((h for h in range(lo, min(i, lo + 2)) if words[h] in who), None)
            if q is None or (q > lo and words[q - 1] in ("هر", "هرکی", "her")) or q + 1 >= i:
                return False
            tail = text[toks[hi - 1][2]:toks[hi - 1][2] + 3]
            return words[q + 1] in verbs and ("؟" in tail or "?" in tail)

        def quoted_report(i):
            """Words quoted from someone a report names, by a verb of saying: "witnesses said the
            attackers shouted 'kill them all'" (the commenter reports the threat, makes none)."""
            q = quote_of(i)
            if q is None:
                return False
            before = [k for k in range(sent[i][0], i) if toks[k][2] <= q[0]]
            if lang == "tr":
                after = after_quote(i, q, min(n, i + 12))
                if after is not None and (words[after] in _TR_SAID or _TR_QUOTATIVE.match(words[after])):
                    return True  # the quotation, then who said it: "'halkı öldürsünler bakalım.' dedi"
            if lang == "tr" and any(words[k].startswith(_TR_QUOTE_REPORT) for k in range(i, sent[i][1])
                                    if toks[k][1] >= q[1]):
                return True  # Turkish reports after the quotation: "'kefenini hazırla' yazılı bir tehdit"
            if lang == "en":
                # or who said it after the quotation: '"death to the dictator", according to witnesses',
                # '"kill them," the crowd chanted, police said'
                after = [k for k in range(i + 1, sent[i][1]) if toks[k][1] >= q[1]]
                if any({"SUBJECT", "NEWS"} & tags[k] for k in after) and (
                        any("SAY" in tags[k] for k in before + after)
                        or any(words[k] == "according" for k in after)):
                    return True
            if lang == "fa" and any(words[k] in _FA_WROTE for k in before):
                # (seventeenth round) a quotation after a writing or saying told, not bidden: "کسی که
                # نوشته بود "میکشمت" باید محاکمه بشه", "نوشتن "سرشو ببرید" جرمه"
                return True
            return any("SAY" in tags[k] for k in before) and any(
                {"SUBJECT", "NEWS"} & tags[k] for k in before)

        whosays = lang == "ar" and "WHOSAYS" in present
        qrejects, sayers = lang == "ar" and "QREJECT" in present, lang == "ar" and "SAYER" in present

        def fa_threatened(i):
            """(fa) someone's threat told before the act: "یارو تهدید کرده بود آدرس خبرنگار رو پخش میکنه"."""
            return any(words[k] == "تهدید" and words[k + 1].startswith("کرد")
                       for k in range(sent[i][0], min(i, n - 1)))
        account = lang == "ar" and "ACCOUNT" in present

        def tr_said(a, b):
            """(tr) words said or believed, not the commenter's: a verb of saying or believing right after
            them ("... olacak diye duydum", "elimize düşmesin diye", "bulacaklar sanıyordum"), or someone's
            saying told at their sentence's end ("..., dedi vekil", "diyor teknik direktör")."""
            # (and a fact named by "olması": "kefenin hazır olması sünnettir")
            if b < n and (_TR_QUOTATIVE.match(words[b]) or words[b].startswith(_TR_BELIEVED + ("olmas",))):
                return True
            return any(words[k] in _TR_SAID for k in range(b, sent[a][1]))
        # (tr) "seni öldürürüm ha, pastaya dokunma (şaka tabii)": a joke owned as one, not denied ("şaka
        # değil"), in a comment that names no group
        # at the comment's end or before "tabii", "şaka", "yapıyorum" (not "şaka gibi", outrageous; not "bir
        # şaka" told of)
        tr_joke = False
        if lang == "tr" and "JOKE" in present:
            jokes = [k for k in range(n) if "JOKE" in tags[k]]
            tr_joke = (any(k + 1 == n or words[k + 1] in _TR_JOKE_AFTER for k in jokes)
                       and not any(k + 1 < n and words[k + 1].startswith(_TR_NOT_JOKE) for k in jokes)
                       and not any(_group_kind(t) for t in tags))

        def ar_judged(i):
            """Arabic: whoever says it, judged for it ("اللي يقول ان الشيعه انجاس هو الجاهل", "من يدعو لقتل
            اليزيديين مجرم"): what is said (a group, an act) after "whoever says", and a judgement of the
            sayer after it; or ``i`` is that judgement, with what was said before it."""
            lo, hi = sent[i]
            says = next((j for j in range(lo, i) if "WHOSAYS" in tags[j]), None)
            if says is None:
                return False
            if any("PRAISE" in tags[x] for x in range(says + 1, hi)):
                return False  # (round 17c) "اللي يقول إن الكرد ناس طيبين كذاب": praise judged, not hate
            if {"JUDGE", "INSULT", "REJECT"} & tags[i]:
                return any(kinds[x] or ({"VIOLENT", "DEHUMAN", "NEGPRED"} & tags[x])
                           for x in range(says + 1, i) if "WHOSAYS" not in tags[x])
            return any({"JUDGE", "REJECT", "INSULT"} & tags[x] for x in range(i + 1, hi))

        def ar_stopped(k):
            """(ar, round 17c) a verb of saying stopped or negated right before it ("ما تنقال", "لا تقول",
            "بطلوا تقولوا", "لا يجوز أن نسمي"), not "I say nothing but" ("ما اقول الا الحقيقة")."""
            if k + 1 < n and words[k + 1] in _AR_EXCEPT:
                return False
            j = k - 1
            if j > sent[k][0] and words[j] in _AR_THAT:
                j -= 1  # "لا يجوز أن نسمي"
            if j < sent[k][0] or "MOOD" in tags[j] or text[toks[j][2]:toks[k][1]].strip():
                return False  # (nothing but a space between: not "كفى، فكلامك ...")
            if "STOPSAY" in tags[j] and words[k] in _AR_THE_TALK:
                return True  # "بلاش الكلام ده"
            # the saying a verb addressed to someone or told of oneself (ت-, ن-, بت-): not "ما يسمى",
            # so-called, "لا يقال عنهم" (so that it is not said), "مش بقولك" (didn't I tell you)
            if not _AR_SAY_YOU.match(words[k]):
                return False
            if "STOPSAY" in tags[j]:
                return True
            # a negation, not "what" ("زي ما بتقول", as you say)
            return "NEG" in tags[j] and not (words[j] == "ما" and j >= 1 and words[j - 1] in _AR_AS)

        def ar_unsaid(i):
            lo = sent[i][0]
            if any({"SAY", "CURSE"} & tags[k] and ar_stopped(k) for k in range(max(lo, i - 4), i)):
                return True
            # (anywhere, for a quoted word or one attributed after it: "مش كل ... أغبياء زي ما بتقولوا")
            hi = sent[i][1]
            return (in_quotes(i) or any(
                words[k] in _AR_AS and any("SAY" in tags[j] for j in range(k + 1, min(hi, k + 3)))
                for k in range(i + 1, hi))) and any({"SAY", "CURSE"} & tags[k] and ar_stopped(k)
                                                     for k in range(n))

        def disclaimed(i):
            """(round 177) The word at ``i`` follows a "but" that follows the commenter's own denial of being
            a bigot ("Irkçı değilim ama ...", "نژادپرست نیستم ولی ..."), with nothing rejecting after the
            "but" up to the word's sentence end: the claim is owned, as Arabic's (ar_but)."""
            buts, own_not = _DISCLAIMED[lang]
            b = next((k for k in range(i - 1, -1, -1) if words[k] in buts), None)
            if b is None or in_quotes(i):
                return False
            return any("REJECT" in tags[r] and r + 1 < b and words[r + 1] in own_not for r in range(b)) and (
                owned_after_but(b, i))

        def owned_after_but(b, i):
            """Nothing rejecting between the "but" at ``b`` and the end of the sentence of ``i``: what follows
            the "but" is the commenter's own (ar_but, disclaimed)."""
            return not any({"REJECT", "DENY", "JUDGE", "STOPSAY"} & tags[j] for j in range(b + 1, sent[i][1]))

        def ar_but(i):
            """(ar, round 17c) a "but" before the word, after a rejection, and nothing rejecting after the
            "but" up to the word's sentence end ("مو عنصرية، بس الأفغان كلهم حرامية"); not inside quotes."""
            if in_quotes(i):
                return False
            b = next((k for k in range(i - 1, -1, -1) if "BUT" in tags[k]), None)
            return b is not None and owned_after_but(b, i)

        def ar_quote_answered(i):
            """(ar, round 28) a quoted saying, its sayer or a verb of saying or writing just before the
            quotation, answered with "but" right after it ('واحد علّق "الحريم ما يفهمون"، بس نص النواب نساء');
            what follows "but" outside the quotes is the writer's own (ar_but)."""
            q = quote_of(i)
            if q is None:
                return False
            a, b = q
            after = after_quote(i, q, n)
            if after is None or "BUT" not in tags[after] or any(
                    _HOSTILE & tags[j] for j in range(after + 1, sent[after][1])):
                return False  # (not "... بس نسى يقول إنهم خونة": the "but" adds to it)
            before = [j for j in range(i) if toks[j][2] <= a][-3:]
            return any("SAY" in tags[j] or words[j].startswith(_AR_SAID_Q) for j in before)

        def ar_people_verb(g):
            """(ar, round 28) the ambiguous group word (السنه, also "the year") read as the people when a
            plural verb agrees with it right after it, or after a negation ("السنة ما يرتاحون إلا بالخراب";
            not "السنة الجاية", the year)."""
            j = g + 1
            if j < sent[g][1] and "NEG" in tags[j]:
                j += 1
            return j < sent[g][1] and _AR_THEY_VERB.match(words[j]) is not None

        def ar_about_her(g, k):
            """(ar, round 29) one woman in a role (AMBIG) with a relative clause about her right after her
            word, and the predicate in her own pronoun after it ("المذيعة اللي سوّت المقابلة مكانها المطبخ"):
            the predicate is said of her, as if it stood by her word; no other person or group between."""
            return (g + 1 < k and words[g + 1] in _AR_WHO and _AR_HERS.search(words[k]) is not None
                    and not any(kinds[j] or {"PERSON", "YOU"} & tags[j] for j in range(g + 1, k)))

        def ar_asked_back(i):
            """(ar, round 17c) a claim asked back: a quotation closed by a question mark ('"النساء لا يصلحن
            للحكم"؟'), or "يعني", "منو قال" before it in a sentence ending in a question mark, with an answer
            after it ("يعني كل سني داعشي؟ طيب منو اللي حرر الموصل")."""
            lo, hi = sent[i]
            if any(toks[lo][1] - 1 <= a and b <= toks[hi - 1][2] + 1
                   and text[b:b + 2].lstrip()[:1] in ("؟", "?") for a, b in quotes):
                return True  # (a quotation in its sentence closed by the mark)
            if not any("ASKBACK" in tags[k] for k in range(lo, i)):
                return False
            a, b = toks[hi - 1][1], toks[hi - 1][2]  # (the mark may be typed onto the last word)
            return _asks(text[a:b + 2]) and hi < n

        def tr_sayers_addressed(i):
            """Turkish: the word inside a quotation that those who wrote or said it ("yazanlar",
            "diyenler") are then told off for in the second person ('"Afganları kovun" yazanlar, sizin
            dedeleriniz de göçmendi'): the hate is theirs, answered."""
            q = quote_of(i)
            t = None if q is None else after_quote(i, q, n)
            return t is not None and bool(_TR_SAYERS.match(words[t])) and any(
                "YOU" in tags[k] or words[k].startswith(("siz", "sen")) or _TR_YOU_VERB.search(words[k])
                for k in range(t + 1, n))

        def tr_quoted_by_others(i):
            """(tr, twenty-ninth round) the word inside a quotation that another person said in the past
            ('babam "kıro" derdi', 'saldırganlar "ibne" diye bağırmış', '"hain" diye hakaret etmişler'), or
            whose writers are stood up against ('"kaşar" diye yazan trollere karşı'): told, not said."""
            q = quote_of(i)
            if q is None:
                return False
            t = after_quote(i, q, sent[i][1])
            if t is None:
                return False
            if words[t] in _TR_OTHERS_SAID:
                return True
            if not _TR_QUOTATIVE.match(words[t]) or t + 1 >= sent[i][1]:
                return False
            u = t + 1
            if _TR_OTHERS_SHOUTED.match(words[u]):
                return True
            if words[u] in _TR_OTHERS_ACT and u + 1 < n and _TR_DID.match(words[u + 1]):
                return True
            return bool(_TR_SAYER_PART.match(words[u])) and any(
                words[j].startswith(_TR_AGAINST) or "DEFY" in tags[j]
                for j in range(u + 1, min(sent[i][1], u + 4)))

        def tr_nobody_fate(a, b):
            """(tr, twenty-ninth round) "kimse" (nobody) before a threat phrase whose own verb is negative is
            its subject, not a negation of it: Turkish negates the verb with "kimse" ("oradaki kimse sabahı
            göremeyecek", nobody there will see the morning); the phrase's first word is not itself negative
            (not "kimse seni öldürmeyecek")."""
            lo = max(sent[a][0], a - 3)
            negs = [k for k in range(lo, a) if "NEG" in tags[k]]
            return bool(negs) and all(words[k] in _TR_NOBODY for k in negs) and bool(
                _TR_NEG_VERB.search(words[b - 1])) and not _tr_negative(words[a], L) and b - a >= 2

        def own_saying(k):
            """(en, fifty-ninth round) The verb of saying or thinking at ``k`` has the commenter as its
            subject ("I think", "we all believe"): _EN_FIRST_PERSON."""
            if lang != "en":
                return False
            lo = sent[k][0]
            return (k - 1 >= lo and words[k - 1] in _EN_FIRST_PERSON) or (
                k - 2 >= lo and words[k - 2] in _EN_FIRST_PERSON and not tags[k - 1] & {"NEG"})

        def said_by_others(a, b):
            """Whether a verb of saying or thinking among the words ``a`` to ``b`` (``b`` left out) is someone
            else's, not the commenter's own (own_saying): a claim reported."""
            return any("SAY" in tags[k] and not own_saying(k) for k in range(a, b))

        def claim_rebutted(i):
            """(hundred-and-twenty-ninth round) The claim about the group at ``i`` is reported by a verb of
            saying, hearing or thinking that is not the commenter's own (before it; in Turkish and Persian
            also in the few words after it, where the verb follows its complement), and rebutted after it, in
            its sentence or the next (_rebuts); nothing after it confirms it (_CONFIRMED)."""
            lo, hi = sent[i]
            claim = [k for k in range(i, min(n, i + 5)) if _CLAIM_AGAIN & tags[k]]
            if lang == "fa":
                # (hundred-and-sixty-seventh round) in Persian the label may come first, its verbal noun right
                # after it: "حشره خوندن مهاجرا" (calling migrants insects)
                claim += [k for k in range(max(lo, i - 3), i - 1) if _CLAIM_AGAIN & tags[k]
                          and words[k + 1].startswith(_CLAIM_VERBS[lang])]
            if any(t.startswith("SLUR:") for t in tags[i]) or not claim:
                return False  # a slur is abuse wherever it is; a claim has its bad word (an insult's at i)
            # (Turkish and Persian verbs may follow the claim: "... olduğunu düşünüyorsan", "کردها را سرطان
            # خواند"; (hundred-and-sixty-sixth round) up to two words after its bad word: "Eşcinsellerin
            # çocuklar için tehlike olduğuna inanıyorsan")
            # (what the commenter hears is still others' saying: "I keep hearing that ...")
            last = min(hi, max(i + 5, claim[-1] + 3)) if lang in ("tr", "fa") else i
            verbs = [k for k in range(max(lo, i - 6), last)
                     if ("SAY" in tags[k] or words[k].startswith(_CLAIM_VERBS[lang]))
                     and (words[k].startswith("hear") or not own_saying(k))]
            if lang == "en":
                # (hundred-and-fifty-third round) the people labelled by others, in the participle right after
                # it: "I keep seeing Syrians branded as thieves here, and it is xenophobic"
                verbs += [k for k in range(i + 1, min(hi, i + 3)) if words[k] in _EN_LABELLED]
            if not verbs:
                return False
            start = max(i + 2, max(verbs) + 1)
            end = sent[hi][1] if hi < n else n  # through the next sentence ("... traitors. It's a lie.")
            confirm = _CONFIRMED[lang]
            if any((words[k] in confirm if isinstance(confirm, frozenset) else words[k].startswith(confirm))
                   and not _rightly(lang, words, k) for k in range(i + 1, end)):
                return False
            if any(_rebuts(lang, words, k) for k in range(start, end)):
                return True
            if hi < n and _sayers_shamed(lang, words, tags, hi, end):
                return True  # (round 181) "... Those who say it should be ashamed."
            # or the sayer is "whoever says" and is denied after the claim, as en_who_says_not reads English:
            # "من يدعي أن العرب همج لم يعش بينهم", "هر کس ادعا می‌کند ... هرگز میانشان زندگی نکرده", "... iddia
            # eden onların arasında hiç yaşamamıştır" (not a lie denied, "لا يكذب": that agrees)
            sayer = _WHO_SAYER.get(lang)
            if not sayer or not any(sayer(words, v) for v in verbs):
                return False
            return any("NEG" in tags[k] and not (k + 1 < n and words[k + 1].startswith(_REBUTTAL[lang]))
                       for k in range(start, hi))

        def reported_then_met(i):
            """(ninetieth round) The claim about the group at ``i`` is reported as someone else's -- a verb
            of saying in its sentence, not the commenter's own ("Someone here wrote that", "Biri ...
            yazmış", "واحد كتب إن", "یکی نوشته") -- and answered after it by the commenter's own
            acquaintance of a group ("my Afghan classmate", "benim Afgan sınıf arkadaşım", "صديقي
            الأفغاني", "همکلاسی افغانم"), of whom nothing bad is said ("my Arab neighbour is a thief too",
            "... proves it" are the claim repeated)."""
            lo, hi = sent[i]
            if not said_by_others(max(lo, i - 6), min(hi, i + 6) if lang == "tr" else i):
                return False
            for j in range(i + 2, n):
                if not any(t.startswith("GROUP:") for t in tags[j]) or not _my_acquaintance(lang, words, j):
                    continue
                said, again = range(j, min(n, j + 6)), _SAID_AGAIN[lang]  # what is said of the acquaintance
                return not any(_CLAIM_AGAIN & tags[m] or words[m] in again for m in said)
            return False

        def reported_then_protested(i):
            """(hundredth round) The claim about the group at ``i`` is someone's in the news -- a verb of
            saying beside a person or a news actor before it ("The minister said", "قال الوزير إن", "وزیر
            گفت", "Bakan ... söyledi") -- and a protest follows it ("and thousands protested", "فخرج الآلاف
            محتجين", "هزاران نفر اعتراض کردن"): the commenter tells what was said and how it was met."""
            lo, hi = sent[i]
            say = [k for k in range(max(lo, i - 6), min(hi, i + 6) if lang == "tr" else i)
                   if "SAY" in tags[k] and not own_saying(k)]
            if not any({"PERSON", "NEWS", "SUBJECT"} & tags[j] for k in say
                       for j in range(max(lo, k - 2), min(hi, k + 3)) if j != k):
                return False
            protest, clitics = _PROTESTED[lang], "وف" if lang == "ar" else ""
            return any(words[j].lstrip(clitics).startswith(protest) for j in range(i + 1, n))

        def tr_claim_called_false(i):
            """(tr, eighty-fourth round) The group's claim at ``i`` ends in "olduğu" (the claim "that they
            are"), which a lie or a legend heads ("Suriyelilerin suçlu olduğu yalanı", "... olduğu
            efsanesi") or which a claim heads that is called a lie after it ("Kürtlerin terörist olduğu
            iddiası yalan"); not one said to be no lie ("... olduğu yalan değil")."""
            lo, hi = sent[i]
            c = next((k for k in range(i + 1, min(hi, i + 5)) if _TR_THAT_THEY.search(words[k])), None)
            if c is None:
                return False
            for k in range(c + 1, min(hi, c + 3)):
                lie = words[k].startswith(_TR_LIE) or (words[k].startswith(_TR_CLAIM) and any(
                    words[j].startswith(_TR_LIE) for j in range(k + 1, min(hi, k + 4))))
                if lie:
                    return not any(words[j].startswith(("değil", "degil"))
                                   for j in range(k + 1, min(hi, k + 5)))
                if words[k] not in ("bir", "bu", "o"):
                    return False
            return False

        def tr_opinion_judged(i):
            """(tr, fifty-ninth round) The group's claim at ``i`` sits in a complement clause that a verb of
            thinking or saying in the third person reports (_TR_COMPLEMENT, _TR_OPINION: "düşünüyor",
            "söyleyenler"), and a word after it judges it (_TR_JUDGED: "yanılıyor", "üzüyor")."""
            lo, hi = sent[i]
            c = next((k for k in range(i + 1, min(hi, i + 5)) if _TR_COMPLEMENT.search(words[k])), None)
            if c is None or c + 1 >= hi:
                return False
            v = c + 1
            if not _TR_OPINION.match(words[v]) or words[v].endswith(_TR_FIRST_PERSON_END):
                return False
            return any(words[k].startswith(_TR_JUDGED) for k in range(v + 1, n))

        def tr_mentioned(i, reach=2):
            """Turkish: the word quoted by "diye" (diyen, demek) right after it, and rejected after that in
            its sentence ("ibne diye bağıran adam gözaltına alındı", "kadının yeri mutfak diyenlere
            inat"); not by a word as common as "yeter", "saçma", "yanlış"."""
            lo, hi = sent[i]
            q = next((k for k in range(i + 1, min(hi, i + 1 + reach)) if _TR_QUOTATIVE.match(words[k])), None)
            if q is None:
                return False
            if (q + 1 < hi and words[q].startswith("demek") and (
                    (words[q + 1].startswith(_TR_WEAK_REJECT) and "REJECT" in tags[q + 1])
                    or words[q + 1].startswith(_TR_SAYING_SHAMEFUL))
                    and not (q + 2 < hi and words[q + 2].startswith(_TR_NOT_SO))):
                # (hundredth round) the saying itself called wrong right after it: "Kadının yeri mutfaktır
                # demek yanlış" (not "... demek yanlış olmaz", it would not be wrong to say); (hundred-and-
                # tenth) or disgusting, shameful: "Kürtler hayvandır demek iğrenç bir şey"
                return True
            return any(
                "DEFY" in tags[k] or ("REJECT" in tags[k] and not (_HATEFUL & tags[k])
                                      and not words[k].startswith(_TR_WEAK_REJECT)) for k in range(q + 1, hi))

        def newsy(i):
            """Arabic: violence told by a news actor, an attribution or a toll ("القوات", "بحسب",
            "قتلى", a number) -- a report, not only the absence of a wish."""
            lo, hi = sent[i]
            return any({"SUBJECT", "NEWS"} & tags[k] or words[k].isdigit() for k in range(lo, hi))

        def ar_idiom(i):
            """Dying or killing "of" a feeling ("تموت من الغيظ", "بغيظكم", "قتلني الشوق"), oneself, or done to
            the speaker."""
            if i + 1 < n and words[i + 1] in _AR_REFLEXIVE:
                return True
            me = words[i].endswith("نی")  # "قتلني الشوق": the feeling kills the speaker
            if me and len(words[i]) > 4 and "VIOLENT" in tags[i]:
                # (hundred-and-thirty-ninth round) and an act whose object is the speaker, whatever does
                # it: "هالزحمة رح تقتلني كل يوم" (this traffic will kill me), "رح يذبحوني" -- a complaint or
                # a fear, no threat to anyone (another act of the sentence is read on its own)
                return True
            return any("EMOTION" in tags[k] and (words[k - 1] == "من" or words[k][:1] == "ب"
                                                 or words[k] == "مفاجاه" or (k == i + 1 and me))
                       for k in range(i + 1, min(sent[i][1], i + 4)))

        if trusted:
            # (hundred-and-eighty-eighth round) a people named without its article behind the trust verb's ب:
            # "لا تثق بكردي أبداً" (the word alone, "بكردي", is also "in Kurdish": only here)
            for k in trusted:
                if not tags[k]:
                    tags[k] = L.tags(words[k][1:])
        known = _group_kinds  # each token's identity group, or None (_group_kind, without a call)
        kinds = [known[t] if t in known else _group_kind(t) for t in tags]
        if lang == "ar" and not any(x.startswith("SLUR:") or x in ("DEHUMAN", "INSULT", "PROF", "YOU")
                                    for x in present):
            # (round 17c) a people's adjective in a party's name names the party, not the people: "حزب العمال
            # الكردستاني جاب الخراب", "الحزب الديمقراطي الكردستاني" (in a comment with no insult, slur or
            # addressee; not after an army or a regime: "الجيش الصفوي", "النظام السوري ... يا خاين" were as
            # often said of the people on the training split)
            adj = [bool(kinds[k]) and words[k].endswith(("ی", "یه")) for k in range(n)]
            for k in range(1, n):
                # (round 25) through coordinated adjectives and a genitive of power: "أحزاب السلطة السنية
                # والشيعية", "الأحزاب الكردية والعربية"
                j = k - 1
                while j >= 1 and adj[j]:
                    j -= 1
                if j >= 1 and words[j] in _AR_ORG_OF:
                    j -= 1
                if adj[k] and words[j] in _AR_ORG and not any(
                        x.startswith("SLUR:") or x in ("DEHUMAN", "NEGPRED", "INSULT") for x in tags[k]):
                    kinds[k] = None
                    contrast("report", k)  # a group's actions told, not its people's

        if lang == "en":
            # (twenty-third round) "those people" / "them people" as a coded group: a group only when a
            # dehumanising word follows in its sentence ("those people breed like rats", "them people are
            # animals"); not when a person's role follows ("those people journalists": PERSON), nor a
            # named group
            for k in range(n - 1):
                if words[k] in _EN_CODED_DEM and words[k + 1] in _EN_CODED_PEOPLE and kinds[k + 1] == OTHER:
                    kinds[k] = None  # (one finding: "people" carries the group)
                    hi_k = sent[k][1]
                    if not (any("DEHUMAN" in tags[j] for j in range(k + 2, min(hi_k, k + 2 + GROUP_AROUND)))
                            and not any("PERSON" in tags[j] or kinds[j]
                                        for j in range(k + 2, min(hi_k, k + 5)))):
                        kinds[k + 1] = None
        if lang == "fa" and "ممنوعیت" in words:
            # (hundred-and-eighty-sixth round) the ban told of ("از ممنوعیت گفتن", spoke of the ban), no call
            # to ban anyone: "زنا تو دادگاه از ممنوعیت گفتن" had been an exclusion of women
            for k in range(1, n):
                if words[k] == "ممنوعیت" and words[k - 1] in ("از", "درباره", "دربارهی", "مورد"):
                    tags[k] = tags[k] - {"EXCLUDE"}
        if lang == "tr" and any(w.startswith(("bağnazlık", "bagnazlik")) for w in words):
            # (hundred-and-eighty-sixth round) bigotry, the noun, names the saying, not the people said of:
            # "Namaz kılanların terörist olduğunu söylemek düpedüz bağnazlık" ("bağnaz*", a bigot, is also a
            # predicate: REJECT stays)
            for k in range(n):
                if words[k].startswith(("bağnazlık", "bagnazlik")):
                    tags[k] = tags[k] - {"NEGPRED"}
        if (lang in _PRACTICE and n > 3 and not _TAKEN_UP_HOSTILE.isdisjoint(present)
                and not _PRACTICE_CUE[lang].isdisjoint(words)):
            # (hundred-and-eighty-sixth round) a people named by what its members do, taken up by a hostile
            # word after it: "People who pray five times a day are brainwashed terrorists" (_practice_named;
            # the kind on the practice, or on the Turkish participle, as a people's name is)
            for k in range(n):
                named = _practice_named(lang, words, kinds, k, sent[k][1])
                if named is None:
                    continue
                p, kind = named
                at = k if lang == "tr" else p
                lo, hi = sent[k]
                if any(_TAKEN_UP_HOSTILE & tags[j] for j in range(max(at, p) + 1, hi)) and not any(
                        "YOU" in tags[j] and words[j] != "تو" for j in range(lo, hi)):
                    # (not beside the addressee, whose the insult is: "انت اللي شيخ جامع ... يا كلب"; Persian
                    # "تو" is also "in")
                    kinds[at] = kind
                    tags[at] = tags[at] - {"AMBIG"}

        def topic_fragments():
            """(sixtieth round) A sentence that only names a group (_TOPIC_FILLER) and the sentence after it,
            which names none and has a pronoun (_TOPIC_PRONOUN), are one sentence; the pronoun takes up the
            group."""
            k = 0
            while k < n:
                lo, hi = sent[k]
                if hi >= n or hi - lo > 4:
                    k = hi
                    continue
                named = {kinds[j] for j in range(lo, hi) if kinds[j]}
                if len(named) != 1 or not all(kinds[j] or words[j] in _TOPIC_FILLER[lang]
                                              for j in range(lo, hi)):
                    k = hi
                    continue
                lo2, hi2 = sent[hi]
                if any(kinds[j] for j in range(lo2, hi2)) or not (any(
                        _TOPIC_PRONOUN[lang].match(words[j]) for j in range(lo2, hi2)) or (
                        # (hundred-and-seventy-first round) or the people asked about, and a sentence of a
                        # predicate after it: "المثليين؟ مش أكتر من مرض بالمجتمع", "همجنسگراها؟ چیزی جز یه مرض
                        # ... نیستن", "Eşcinseller mi? ... bir hastalıktan başka bir şey değiller"
                        hi2 - lo2 <= 12 and _asks(text[toks[hi - 1][2]:toks[hi][1]])
                        and any({"DEHUMAN", "NEGPRED"} & tags[j] for j in range(lo2, hi2))
                        and not any("YOU" in tags[j] and words[j] != "تو" for j in range(lo2, hi2)))):
                    # (not "iranians??? you losers are so pathetic": the addressee; Persian "تو" is "in" too)
                    k = hi  # (no pronoun to take it up: "مديرة؟ طبيعي جدا ما في شي ماشي" is round 17's blame)
                    continue
                kind = next(iter(named))
                for j in range(lo, hi2):
                    sent[j] = (lo, hi2)
                for j in range(lo2, hi2):
                    if _TOPIC_PRONOUN[lang].match(words[j]) and "YOU" not in tags[j]:
                        kinds[j] = kind
                k = hi2

        if n > 2 and any(kinds):
            topic_fragments()
        if n > 3:
            # a group named in one sentence is who "they" are at the start of the next: "I met some
            # Yazidis. They are all thieves", "Refugees? Nothing but rapists" (one kind of group only,
            # and only when the next sentence names none of its own)
            # (fifty-sixth round: in every language, the pronoun or "all of them" among the next sentence's
            # first three words, after an adverb of candour perhaps: "شفت أكراد بالسوق. كلهم حرامية",
            # "Dün birkaç Kürt gördüm. Hepsi hırsız", "سوریا اومدن همسایه‌مون. راستش اونا حشره‌ان")
            # (a word that is mostly something else, "السنه" the year, names no group beside one that is not)
            they = _THEY[lang]
            prev, prev_lo, k = set(), None, 0
            while k < n:
                lo, hi = sent[k]
                plain = {kinds[j] for j in range(lo, hi) if kinds[j] and "AMBIG" not in tags[j]}
                here = plain or {kinds[j] for j in range(lo, hi) if kinds[j]}
                if len(here) > 1 and lang == "en":
                    # (round 181) one people named by two words of two kinds, side by side ("The Yazidi
                    # refugees arrived on Monday. Send them back ..."): the kind of the last, the noun.
                    # English only (Persian "زنان افغان", Afghan women, taken up by "اونها" was read as an
                    # exclusion)
                    named = [j for j in range(lo, hi) if kinds[j]]
                    if named[-1] - named[0] == len(named) - 1 and "AMBIG" not in tags[named[-1]]:
                        here = {kinds[named[-1]]}
                # (round 173) Persian "کرد" is "did" as often as "Kurd": it names the people a sentence
                # before is about ("چندتا کرد دیدم. همشون دزدن"), not one of the sentence's own ("... به
                # هیچ‌کدومشون نمیشه اعتماد کرد")
                own = plain if lang == "fa" else here
                if not own and len(prev) == 1:
                    # (hundred-and-thirty-second round: after the "but" that opens it, a pronoun, "Not all
                    # Kurds are bad, but most of them are thieves"; not "And all meat animals ...")
                    lo_ = lo + 1 if lang == "en" and words[lo] in ("but", "and", "so") else lo
                    p_ = next((j for j in range(lo_, min(hi, lo_ + 3)) if words[j] in they
                               and (j == lo or lang != "en" or words[j] in _EN_THEY_PRONOUNS)), None)
                    if p_ is not None and lang == "en" and p_ + 1 < hi and words[p_ + 1] in ("who", "that"):
                        p_ = None  # (round 181) "Those who say it should be ashamed": the sayers
                    if p_ is None and lang == "en":
                        p_ = _en_them_again(words, tags, lo_, hi)  # (round 181) "Every one of them was ..."
                    if p_ is None and lang != "en":
                        p_ = _this_people(lang, words, tags, lo_, hi)  # (round 181) "Bu pis insanlara ..."
                    if p_ is None and lang == "en":
                        # (hundred-and-seventy-first round) or the object of a dislike a few words in:
                        # "Immigrants moved in next door. I can't stand them, they are filthy" (round 173: or
                        # of distrust, "You can't trust a single one of them")
                        p_ = next((j for j in range(lo_ + 1, min(hi, lo_ + 9))
                                   if words[j] in _EN_THEY_PRONOUNS
                                   and any(({"HATE", "DISGUST"} & tags[x] and j - lo_ < 7)
                                           or _TRUST["en"].match(words[x]) for x in range(lo_, j))), None)
                    if _doers_named(lang, words, tags, kinds, prev_lo, lo):
                        # (round 173) "The thieves who robbed the Kurdish shop were caught. They are
                        # criminals": "they" may be the doers the sentence before named
                        pass
                    elif p_ is not None and lang == "ar" and {"DEHUMAN", "INSULT"} & tags[p_]:
                        # (round 181) "هالحيوانات بيخربوا كل شي": the hostile word is the demonstrative's own,
                        # read as one sentence with the one before
                        for j in range(prev_lo, hi):
                            sent[j] = (prev_lo, hi)
                    elif p_ is not None and not (p_ == hi - 1 and p_ > lo
                                                 and words[p_] in _ALL_OF_THEM_LAST.get(lang, ())):
                        kinds[p_] = next(iter(prev))
                    elif lang in ("ar", "tr", "fa") and _about_them(lang, text, toks, words, tags, lo, hi):
                        # (round 173) the sentence after a people's is about them: its pronoun written onto a
                        # verb of dislike or distrust, or "all of them" or a plural insult closing it; read as
                        # one sentence with the one before
                        for j in range(prev_lo, hi):
                            sent[j] = (prev_lo, hi)
                    elif lang == "fa" and hi - lo <= 3 and prev_lo is not None and any(
                            {"DEHUMAN", "NEGPRED"} & tags[j] and words[j].endswith(_FA_THEY_ARE)
                            for j in range(lo, hi)):
                        # (hundred-and-tenth round) Persian drops the subject: a sentence of only a predicate
                        # with "they are" on it ("کردها همه جا هستند. انگل‌اند.") is said of the group
                        # before, read as one sentence with it
                        for j in range(prev_lo, hi):
                            sent[j] = (prev_lo, hi)
                prev, prev_lo, k = here, lo, hi
            # (twenty-eighth round) and within one sentence: a pronoun or "a nation of", "a people who"
            # takes up the one group named earlier in it, beyond the group's own reach, when a hostile
            # predicate follows it ("Refugees should never get to vote ..., they stay guests forever";
            # "Armenians cry genocide ..., a nation of professional beggars"); not across another person
            # named between ("Kurds hosted the minister, they ..."), nor in a relative "people who" after
            # a person ("the people who ..."), nor where a second kind of group was named
            for j in range(n):
                if kinds[j] is not None:
                    continue
                lo, hi = sent[j]
                if not ((words[j] in _EN_TAKE_UP and j > lo and (words[j - 1] in _EN_TAKE_UP_AFTER
                                                                 or "," in text[toks[j - 1][2]:toks[j][1]]))
                        or (words[j] in _EN_TAKE_UP_NOUN and j > lo and words[j - 1] in _EN_TAKE_UP_DET)):
                    continue
                named = [k for k in range(lo, j) if kinds[k]]
                if not named or len({kinds[k] for k in named}) != 1 or j - named[-1] <= GROUP_AROUND // 2:
                    continue
                if any(("PERSON" in tags[k] or "YOU" in tags[k]) and words[k] not in _EN_TAKE_UP
                       and words[k] not in _EN_GROUP_PRONOUN and words[k] not in _EN_TAKE_UP_NOUN
                       for k in range(named[-1] + 1, j)):
                    continue
                if any({"DEHUMAN", "NEGPRED", "SEXPRED"} & tags[k]
                       for k in range(j + 1, min(hi, j + GROUP_AROUND + 1))):
                    kinds[j] = kinds[named[-1]]

        def group_kind(k, ambiguous=False):
            if lang == "fa" and not ambiguous and "AMBIG" in tags[k]:
                return None  # کرد (a Kurd, but mostly "did"): a group only beside an abusive word
            return kinds[k]

        def is_target(k):
            t = tags[k]
            if lang == "fa" and "AMBIG" in t:
                return False
            if lang == "en" and words[k] in _EN_POSSESSIVE and k + 1 < sent[k][1]:
                nxt = words[k + 1]
                if nxt.isalnum() and nxt not in _EN_NOT_NOUN and not any(
                        words[j] in _EN_BODY or words[j] in _EN_KIN or ({"YOU", "PERSON", "DOXOBJ"} & tags[j])
                        or kinds[j] for j in range(k + 1, min(sent[k][1], k + 3))):
                    return False  # "end her 30 year hiatus": the hiatus is the object, not her
            if "YOU" in t or "PERSON" in t or any(x.startswith(("GROUP:", "SLUR:")) for x in t):
                return True
            if words[k] in _JUSTICE_DOERS.get(lang, ()):
                return True  # (hundred-and-twenty-sixth round) "someone should put a bullet in the killers"
            # the addressee's house, car, family ("سيارتك"); "at them" ("نطلع عليهم بالسكاكين"); "this
            # traitor" ("هالخاين": the demonstrative هال)
            return lang == "ar" and ("DOXOBJ" in t or words[k] in _AR_AT_THEM or (
                words[k].startswith("هال") and bool({"INSULT", "NEGPRED", "DEHUMAN"} & t)))

        # 0. Arabic: violence or threats rejected ("نرفض أي تهديد للصحفيين", "ندين العنف ضد المدنيين"):
        # counter-speech, though no violent word of its own may be there to be countered
        for a, _b, tag in phrase_hits:
            if tag == "REJECTHARM":
                contrast("counter", a)
                break

        # 1. stock threats (intimidation, death wishes)
        for a, b, tag in phrase_hits:
            if tag == "THREATIF":
                # (fa, round 25) a consequence that is a threat only after a condition in its sentence:
                # "اگه پاشونو اینور بذارن جنازه‌شون برمیگرده" (not a body's return reported, nor a time,
                # "وقتی برف بیاد ...": a forecast)
                c = next((k for k in range(sent[a][0], a) if words[k] in _FA_IF or words[k] in _FA_IF26 or (
                    # (round 26) "هر ترکی که پاشو بذاره ..., با پای خودش برنمیگرده": whoever, then که
                    words[k] in _FA_WHOEVER and "که" in words[k + 1:min(a, k + 4)]) or (
                    # (round 27) "دفعه‌ی بعد که ...": next time, then که
                    words[k] in _FA_IF27 and words[k + 1:k + 3] == ["بعد", "که"])), None)
                if c is None or any(_FA_IF_DENIED.match(words[k]) for k in range(c + 1, a)):
                    continue  # (a condition denied is a lament: "اگه به موقع نرسن، جنازه‌شون برمیگرده")
                tag = "THREAT"
            end = clause[a][1] if lang == "fa" else sent[a][1]  # (fa, round 28) the end of its clause
            if tag == "THREATEND" and not all(
                    tags[k] & _VOCATIVE or words[k] in _EN_VOCATIVE for k in range(b, end)) and not (
                    b < end and words[b] in _EN_CONDITION):
                continue  # "you're next in line", "blood tests": the words go on, and the threat is gone
            if tag not in ("THREAT", "THREATEND"):
                continue
            if lang == "ar" and any("IDIOM" in tags[k] for k in range(a, b)):
                continue  # "انتو ميتين غيره": dying of jealousy
            if (lang == "en" and words[b - 1] == "regret" and b < sent[a][1]
                    and words[b] in _EN_REGRET_HARMLESS):
                continue  # (twenty-second round) "you will regret buying that phone": advice
            if (lang == "en" and words[b - 1] == "your" and words[b - 2] == "to" and b < sent[a][1]
                    and words[b] in _EN_GOODBYE_HARMLESS):
                continue  # (seventy-fifth round) "say goodbye to your pension": a loss foretold, no one hurt
            if lang == "en" and in_fiction(a):
                contrast("report", a)  # (twenty-second round) "in this game you must kill every zombie"
                continue
            if lang == "en" and b < sent[a][1] and words[b] in _EN_TIME_GOES_ON and (
                    words[b - 1] in _EN_FEASTS or words[b - 2:b] == ["wake", "up"]):
                continue  # (twenty-fifth round) "your last Eid as a student", "won't wake up for two days"
            if lang == "en" and words[a] == "know" and a >= 2 and words[a - 1] in ("me", "us") and words[
                    a - 2] in ("let", "lets"):
                continue  # (twenty-fifth round) "let me know when you leave the office": a request
            if lang == "en" and words[a] in _EN_GREETING_HEADS and is_warm():
                continue  # (forty-sixth round) a greeting or a compliment to a family in a comment that
                # congratulates or remembers a meeting fondly: "say hi to your husband, so nice meeting you"
            if lang in ("en", "ar") and in_contest(a) and all(
                    _sport_act(lang, words[k]) or (lang == "ar" and "VIOLENT" not in tags[k])
                    for k in range(a, b)):
                # "our team will kill them in the derby", "راح نذبحكم بالمباراة الجاية" (round 17b)
                continue
            if (negated(a, 3) and a not in fa_let
                    and not (lang == "tr" and tr_nobody_fate(a, b))) or countered(a):
                continue
            if lang == "ar" and words[a].endswith(("ه", "ها", "هم")) and any(
                    "SUBJECT" in tags[k] for k in range(max(sent[a][0], a - 3), a)):
                contrast("report", a)  # "الحكومة أيامها معدودة": a forecast about an institution
                continue
            if quoted_report(a) or (lang == "tr" and tr_joke):
                contrast("report", a)
                continue
            if lang == "tr" and tr_said(a, b):
                contrast("report", a)  # "son yazın olacak diye duydum", "... tabutla çıkarım, diyor hoca"
                continue
            if lang == "tr" and any((_TR_NEG_VERB.search(words[k]) and not _TR_UNLESS.search(words[k]))
                                    or words[k].startswith(("değil", "degil"))
                                    for k in range(b, min(sent[a][1], b + 2))) and not (
                    b + 2 < n and words[b + 2] in ("mi", "mı")):
                # Turkish denies after the words: "bir Halepçe daha yaşanmasın", "seni döverim demiyorum"
                contrast("negated", a)
                continue
            if lang == "tr" and a >= 1 and words[a - 1] == "kendi" and words[b - 1].startswith(
                    "kaz") and not words[b - 1].endswith(("dın", "din", "sun", "nız", "niz", "sunuz")):
                continue  # (twentieth round) self-ruin told: "hükümet kendi mezarını kazıyor", "kazdı"
            if lang == "en" and words[b - 1] in _EN_ROT and justice_for(b - 1):
                contrast("counter", a)  # (hundred-and-twenty-sixth round) "I hope they rot in prison"
                continue
            if lang == "fa" and words[a] == "مرگ" and b - a == 2 and _fa_slogan_named(words, a, b, *sent[a]):
                contrast("report", a)  # "شعار مرگ بر امریکا", "میگن مرگ بر امریکا": named, not chanted
                continue
            out.append(Finding("threat", STRONG, *span(a, b - 1), rule="phrase"))
            g = next((group_kind(k) for k in range(max(sent[a][0], a - (4 if lang == "fa" else 2)),
                                                   min(sent[a][1], b + 4))
                      if group_kind(k)), None)
            if g:
                out.append(Finding("abuse", STRONG, *span(a, b - 1), kind=g, rule="threat to a group"))

        # 1b. the addressee will not leave alive: Arabic ("لن تخرج من المدينة حيا", "ما رح تطلع منها
        # سالم"), English ("you won't leave this city alive", "no Yazidi returns to Sinjar alive"; not a
        # news actor's forecast, "the army says no fighter will leave alive"); Persian, where the verb
        # carries its negation and "alive" comes first ("زنده‌ات نمیذارم", "فردا زنده از خونه بیرون
        # نمیاد"; not the past, "زنده بیرون نیامد", a report)
        if lang in ("ar", "fa", "en"):
            for v in range(1, n):
                # (ar, hundred-and-twenty-eighth round) a third person's return, right after the "then not"
                # of a condition's consequence: "إذا رأيته في أربيل فلن يعود إلى بيته سالما" (LEAVE3)
                # when we see him (_AR_SEEN_BY_US; not a condition of others, "إذا لم تدفع الحكومة الفدية فلن
                # يعود الرهينة سالما", a fear for a hostage)
                if "LEAVE" not in tags[v] and not (
                        "LEAVE3" in tags[v] and "THENNOT" in tags[v - 1]
                        and not _AR_SEEN_BY_US.isdisjoint(words[max(0, v - 8):v])):
                    continue
                if lang == "fa":
                    # (hundred-and-twenty-eighth round) or safe, when the return is denied ("سالم به خانه
                    # برنمی‌گردد")
                    back = words[v].startswith("برنمیگرد")
                    alive = next((k for k in range(max(sent[v][0], v - 4), v)
                                  if "ALIVE" in tags[k] or (back and "SAFE" in tags[k])), None)
                else:
                    then_not = "THENNOT" in tags[v - 1]  # (the LEAVE3 above: "فلن" is its own negation)
                    if not then_not and not any("NEG" in tags[k] for k in range(max(sent[v][0], v - 3), v)):
                        continue
                    if lang == "en" and (any("SUBJECT" in tags[k] for k in range(*sent[v])) or (
                            any(words[k] in ("i", "we") for k in range(max(sent[v][0], v - 3), v))
                            and not any(is_target(k) for k in range(max(sent[v][0], v - 3), v)))):
                        continue  # (nor the speaker's own: "I never leave home without my keys")
                    alive = next((k for k in range(v + 1, min(sent[v][1], v + 6)) if "ALIVE" in tags[k]),
                                 None)
                if alive is not None and not countered(v):
                    out.append(Finding("threat", STRONG, *span(v, v), rule="phrase"))
                    out.append(Finding("threat", STRONG, *span(alive, alive), rule="phrase"))

        # 1c. "the only good Kurd is a dead Kurd" ("الكردي الزين هو الكردي الميت", "ما في يزيدي منيح الا
        # اليزيدي الميت"): a group with a word of goodness beside it, then the group again, dead
        if lang == "ar" and not _AR_DEAD.isdisjoint(words):
            for g in range(n):
                if not kinds[g] or not ((g + 1 < n and words[g + 1] in _AR_GOOD)
                                        or (g >= 1 and words[g - 1] in _AR_GOOD)):
                    continue
                d = next((k for k in range(g + 2, min(sent[g][1], g + 7))
                          if words[k] in _AR_DEAD and kinds[k - 1]), None)
                if d is not None and not countered(g, group=True):
                    out.append(Finding("threat", STRONG, *span(g, d), rule="phrase"))
                    out.append(Finding("abuse", STRONG, *span(g, d), kind=kinds[g], rule="threat to a group"))
                    break

        # 1d. (ar, round 28) a massacre of the region's past named (MASSACRE: Dersim, 1915, Halabja, the
        # Anfal) with its return promised in the comment (REPEAT: "نذكّرهم", "التاريخ راح يعيد نفسه"), a group
        # or the addressee named: "الأرمن نسيوا شنو صار بـ1915؟ ما عندنا مانع نذكّرهم"; not its return denied
        # or prayed against ("كي لا تتكرر حلبجة", "لن تتكرر"), nor a massacre remembered with no return
        if lang == "ar" and "MASSACRE" in present and "REPEAT" in present:
            m = next(k for k in range(n) if "MASSACRE" in tags[k])
            for v in range(n):
                if "REPEAT" not in tags[v] or (v >= 1 and "REPEAT" in tags[v - 1]):
                    continue
                near = range(max(sent[v][0], v - 3), v)
                if any("NEG" in tags[k] for k in near) and not any(
                        words[k] in _AR_NO_OBJECTION for k in near):
                    continue
                if not any(kinds[k] or "YOU" in tags[k] for k in range(n)) or countered(v):
                    continue
                out.append(Finding("threat", STRONG, *span(m, m), rule="a massacre promised again"))
                out.append(Finding("threat", STRONG, *span(v, v), rule="a massacre promised again"))
                g = next((kinds[k] for k in range(n) if kinds[k]), None)
                if g:
                    out.append(Finding("abuse", STRONG, *span(v, v), kind=g, rule="threat to a group"))
                break

        # 1e. (tr and fa, fifty-fourth round) an act the commenter denies doing, in the negative aorist of the
        # first person with no mood or need in the sentence, a habit or a creed: "biz ofis yakmayız, yazarız"
        # (we don't burn offices), "kimseyi dövmem". The short stems (yak, döv, vur) are no stem entries of
        # the lexicon (yakın, close), so the words had no tag and left no trace, and the written-threat head
        # read "yak" and the office as a threat
        if lang == "tr":
            for i in range(n):
                if _TR_DENIED_HABIT.match(words[i]) and not any(
                        "MOOD" in tags[k] or words[k] in _TR_NEED for k in range(*sent[i])):
                    contrast("negated", i)
        # (and Persian: fire or a beating with its light verb negated in the first person, "ما دفتر کسی رو
        # آتیش نمی‌زنیم", "کتک نمی‌زنم"; the noun alone is no act, so no rule started from it)
        if lang == "fa" and denied:
            for i in range(n - 1):
                if words[i] in _FA_FIRE_BEAT:
                    k = i + 2 if words[i + 1] in ("رو", "را") and i + 2 < n else i + 1
                    if _FA_LIGHT_NEG.match(words[k]) and words[k].endswith(("م", "یم")):
                        contrast("negated", i)

        def marked_between(a, b):
            """A comma or a sentence's mark (, . ? ! ; :) stands between the tokens ``a`` and ``b``."""
            return _CLAUSE_MARK_RE.search(text, toks[a][2], toks[b][1]) is not None

        def en_after_comma(k):
            """(hundred-and-twelfth round) ``k`` opens a clause after a comma, where an English imperative
            stands: "Nobody wants Kurds here, send them all back"; (hundred-and-forty-second round) or after
            the mark that ended the sentence before, which a topic read with its pronoun ("Kurds? Deport them
            all.", topic_fragments) joined to this one."""
            return k > 0 and marked_between(k - 1, k)

        def en_plea_at(j):
            """(English) ``j`` stands where an imperative does: the sentence's start, after "please", "now"
            and the like, or after a comma ("Stop killing Kurds!"; not "In the end killing Kurds is ...")."""
            return j == sent[j][0] or words[j - 1] in _IMPERATIVE_LEAD or en_after_comma(j)

        # 2. structured threats: violent act or death wish + mood (+ target), per token
        for i in range(n):
            t = tags[i]
            if "VIOLENT" not in t and "DIE" not in t:
                continue
            if lang == "ar" and "DEADNOUN" in t:
                continue  # the dead of a prayer ("ارحم موتانا", "وموتى المسلمين")
            if lang == "ar" and "SERMON" in t:
                contrast("report", i)  # death in a sermon: "كل نفس ذائقة الموت", "اذكروا الموت"
                continue
            if lang == "ar" and ar_idiom(i):
                t = t | {"IDIOM"}  # "تموت من الغيظ", "قتلني الشوق", "لينحر نفسه": no act on another
            if lang in _ENDED_THINGS and _thing_object(lang, words, tags, i, sent[i][0], sent[i][1]):
                # (hundred-and-twenty-seventh round) the act's object a thing it ends ("Kill the bill!",
                # "Parliament should kill this bill", "يجب أن نقتل الفساد"): no one harmed, and a negation's
                # contrast keeps the written-threat head's bag of words ("should kill") out
                contrast("negated", i)
                continue
            if "IDIOM" in t:
                contrast("report", i)  # violence named, not wished: "I'd kill for a tea", "this traffic is
                continue  # killing me" (the stack may lower a head that reacted to the violent word)
            if justice_for(i):
                contrast("counter", i)  # (hundred-and-twenty-sixth round) the doers asked to answer before
                continue  # the law: "the people who burned those villages should rot in prison"
            stop = None  # (the word that pleads for the act to stop, right before it or before "the" and it)
            if lang in _STOP_THE_ACT and i >= 1:
                if words[i - 1] in _STOP_THE_ACT[lang]:
                    stop = i - 1
                elif i >= 2 and words[i - 1] in _EN_EVENT_DET and words[i - 2] in _STOP_THE_ACT[lang]:
                    stop = i - 2
            if stop is not None and (
                    lang != "en" or words[i].endswith("ing") or words[i - 1] in _EN_EVENT_DET) and not any(
                    "NEG" in tags[j] for j in range(max(sent[i][0], stop - 3), stop)) and (
                    lang != "en" or en_plea_at(stop)):
                # (hundred-and-sixteenth round) a plea to stop the act: "Stop killing Kurds!", "Stop the
                # killing of Yazidis", "أوقفوا قتل الأكراد" -- the act denied, and counter-speech (not the
                # plea denied: "Don't stop killing Kurds")
                contrast("negated", i)
                contrast("counter", i)
                continue
            if (lang == "ar" and i > sent[i][0] and words[i].endswith("وا") and (
                    words[i - 1] in _AR_ARMED or "SUBJECT" in tags[i - 1]) and not any(
                    words[j] in ("یا", "ایها", "ایتها") or "MOOD" in tags[j] for j in range(sent[i][0], i))):
                # (hundred-and-seventeenth round) a past plural after an armed subject: "الجنود أطلقوا النار
                # على الأكراد عند الحدود" (the soldiers opened fire), told; the same letters alone are the
                # plural imperative, "أطلقوا النار!" (not after a vocative or a wish: "ايها المسلمين اقتلوا",
                # "ليت المصريين كسروا راسها"; a people is no armed subject: "... العربان. اقتلوا العربان")
                contrast("report", i)
                continue
            if (lang == "ar" and i >= 1 and words[i - 1] in _AR_RELATIVE and words[i].endswith("وا")
                    and "MOOD" not in tags[i - 1]):
                # (hundred-and-fifteenth round) the doers named by their past act: "الذين أحرقوا بيوت الأكراد
                # يجب أن يدخلوا السجن" (those who burned ...; what is wished is said of them after)
                contrast("report", i)
                continue
            if ((lang == "tr" and i + 1 < n and words[i].endswith(("ın", "in", "un", "ün"))
                 and words[i + 1].startswith(_TR_EVENT_OF)) or (
                    lang == "fa" and i >= 1 and words[i - 1] in _FA_EVENT_BEFORE)):
                # (hundred-and-eighteenth round) an act that is an event answered for, mourned, investigated:
                # "Türk yetkilileri katliamın hesabını vermeli", "مقامات ایران باید پاسخگوی کشتار باشند"
                contrast("report", i)
                continue
            stop_at = None
            if lang == "tr" and i + 1 < sent[i][1]:  # (the act in the case the stop verb takes: not "bomba
                # bıraktı", dropped a bomb, nor "kafana sık bırak")
                if (words[i + 1] == "son" and i + 2 < sent[i][1] and words[i + 2].startswith("ver")
                        and words[i].endswith(("a", "e"))):
                    stop_at = i + 2  # "öldürülmesine son verin"
                elif words[i + 1].startswith(("bırak", "birak")) and _TR_DOING_ACC.search(words[i]):
                    stop_at = i + 1  # "öldürmeyi bırakın"
                elif words[i + 1].startswith("durdur") and words[i].endswith(("ı", "i", "u", "ü")):
                    stop_at = i + 1  # "katliamı durdurun"
            if stop_at is not None and not _TR_NEG_VERB.search(words[stop_at]):  # (not "bırakmayacağız")
                # (hundred-and-twenty-sixth round) a plea to stop the act, after it as Turkish puts it:
                # "Kürtlerin öldürülmesine son verin!", "Kürtleri öldürmeyi bırakın", "katliamı durdurun"
                contrast("negated", i)
                contrast("counter", i)
                continue
            if lang == "tr" and _TR_TOLD_FUTURE.search(words[i]) and any(
                    words[k].startswith(_TR_REPORTING) for k in range(i + 1, sent[i][1])):
                # (hundred-and-twenty-seventh round) an act foretold of a third person in a clause a verb of
                # saying or threatening takes: "Yazar, vurulacağı söylenerek tehdit edildiğini anlattı" (the
                # writer said he was threatened with being shot); not "seni öldüreceğimi bil", the speaker's
                contrast("report", i)
                continue
            if (lang == "tr" and _TR_NOMINAL_CASE.search(words[i]) and not any(
                    words[k].startswith(_TR_WANT) for k in range(i + 1, min(sent[i][1], i + 4)))):
                # (hundred-and-fifteenth round) the act a noun, told of: "Kürtlerin öldürülmesini haber
                # yaptığınız için teşekkürler" (not wanted: "Kürtlerin öldürülmesini istiyorum" is a call)
                contrast("report", i)
                continue
            if (lang == "en" and i >= 2 and words[i - 1] in _EN_EVENT_DET and (
                    (words[i - 2] in _EN_TOLD_OF and i + 1 < n and words[i + 1] == "of")
                    or words[i - 2] == "for") and not (i >= 3 and words[i - 3] in _EN_GO_ON)):
                # (hundred-and-fifteenth round) an event named, talked about: "Why is nobody talking about the
                # massacre of Kurds?", "reporting on the killing of ..." (the noun after "about the")
                contrast("report", i)
                continue
            if (lang == "en" and i + 1 < n and words[i + 1] in ("me", "my", "us", "our") and "DIE" not in t
                    and i > sent[i][0] and words[i - 1] not in _IMPERATIVE_LEAD):
                contrast("report", i)  # the speaker's own: "this headline is going to kill my mum" (not
                continue  # a call: "come and kill my wife")
            if lang == "tr" and i + 1 < n and words[i + 1] in ("gibi", "gibiydi", "gibisin", "kadar"):
                continue  # a simile: "dövecek gibi bakıyor", "bomba gibi haber"
            w = words[i]
            mood = window(i, MOOD_BEFORE_FA if lang == "fa" else MOOD_BEFORE, 0, "MOOD")
            if (lang == "en" and mood is not None and words[mood] in _EN_LET_ONLY
                    and _why_before("en", words, tags, mood, sent[i][0], 4) is not None):
                mood = None  # (round 170) "Why do we let refugees drown?": letting it happen asked about
            if lang == "en" and mood is None:
                # the act seen happen to someone: "I want to see this editor bleed", "can't wait to watch
                # them hang" (the mood is counted from "see"); (hundred-and-sixty-sixth round) across a
                # longer target: "I'd love to see all the Muslims in this city lined up and shot"
                seen = next((k for k in range(i - 1, max(sent[i][0], i - 2 * MOOD_BEFORE) - 1, -1)
                             if words[k] in _EN_SEE and (i - k <= MOOD_BEFORE or _nearest_before(
                                 words, k, sent[i][0], 4, lambda j: words[j] in _EN_WISHERS)
                                 in _EN_FIRST_WISHER)), None)
                if seen is not None and has(i, i - seen, 0, is_target):
                    mood = window(seen, MOOD_BEFORE, 0, "MOOD")
            if (lang == "en" and mood is None and i >= 1 and words[i - 1] in _EN_PASSIVE_BE
                    and not words[i].endswith("ing")):
                # (twenty-first round) a wish further back, across the group it names, for what they are
                # to undergo: "I hope the Arabs in Mosul get gassed", "praying those MPs get hanged"
                mood = next((k for k in range(i - 2, max(sent[i][0], i - 2 * MOOD_BEFORE) - 1, -1)
                             if words[k] in _EN_HOPE
                             and any(is_target(j) for j in range(k + 1, i - 1))), None)
            en_coordinated = False
            en_leaver = None
            if (lang == "en" and i >= 3 and words[i - 1] in ("and", "then") and "VIOLENT" in t
                    and "TARGETED" not in t and not words[i].endswith("ing")
                    and (words[i - 2].endswith(("ed", "en")) or words[i - 2] in _EN_PARTICIPLE_IRREG)
                    and words[i - 3] in _EN_PASSIVE_BE):
                # (twenty-seventh round) the mood before a first participle reaches the violent one
                # coordinated with it: "women who drive alone must be stopped and beaten", "they should
                # be caught and hanged" (not "the men were arrested and beaten": no mood)
                if mood is None or mood < i - 2:
                    mood = window(i - 2, MOOD_BEFORE, 0, "MOOD")
                    en_coordinated = mood is not None
            if (lang == "en" and mood is None and words[act_first.get(i, i)] in _EN_MANNER_FIRST
                    and "VIOLENT" in tags[act_first.get(i, i)]):
                # (twenty-seventh round) the manner of a return ("in black bags", "in coffins"): the mood is
                # counted from the verb of sending or going before it ("we will send them back to Iran in
                # black bags"; not told: "the soldiers came back in coffins" has no mood)
                a0 = act_first.get(i, i)
                go = next((k for k in range(a0 - 1, max(sent[i][0], a0 - 7) - 1, -1)
                           if words[k] in _EN_SEND_GO), None)
                if go is not None:
                    mood = window(go, MOOD_BEFORE, 0, "MOOD")
                    # (twenty-eighth round) whoever goes or leaves so is the act's target, though named far
                    # back: "any Arab family still in Makhmour after Newroz will leave it on a stretcher"
                    en_leaver = next((k for k in range(go - 1, max(sent[i][0], go - 2 * TARGET_AROUND) - 1,
                                                       -1) if is_target(k)), None)
                if go is not None and mood is None:
                    # (twenty-eighth round) or from the speaker's meeting the one who will leave so, told
                    # as a condition: "if I see that traitor in the bazaar he leaves it on a stretcher"
                    mood = next((k for k in range(max(sent[i][0], go - 12), go - 2) if words[k] == "if"
                                 and words[k + 1] in ("i", "we") and words[k + 2] in _EN_MEET), None)
            if lang == "en" and mood is not None and (
                    (words[mood] in _EN_WANT and not any(words[k] in _EN_WANTERS
                                                         for k in range(max(sent[i][0], mood - 3), mood)))
                    or (words[mood] in ("will", "ll") and mood >= 1 and words[mood - 1] == "there")):
                mood = None  # "they want to kill us", "there will be more attacks": told, not wished
            if mood is not None and lang in ("fa", "ar") and clause[mood] != clause[i]:
                mood = None  # "the coalition should leave, bombing never brought peace"
            morph_mood = morph_target = tr_neg_after = tr_unless = False
            if lang == "tr":
                rest = _tr_rest(w, L)
                if rest is not None and _TR_AGENT.match(rest):
                    continue  # the doer, not the act: bombacı, tecavüzcüler
                if mood is None:
                    mood = window(i, 2 * MOOD_BEFORE, 0, "WISH")  # "Umarım biri ... havaya uçurur"
                if mood is None and "CUSTOM" in present and not _TR_FINITE.search(w):
                    # (twenty-fifth round) a custom that sanctions the act, anywhere in its sentence:
                    # "boşanmak isteyen kadın vurulur, bizim buralarda adet böyle", "kızı öldürmek
                    # töremizdir" (not denied after it, "bu töremiz değil"; not an act told, "öldürüldü")
                    mood = next((k for k in range(*sent[i]) if "CUSTOM" in tags[k] and not any(
                        words[j].startswith(("değil", "degil"))
                        for j in range(k + 1, min(sent[i][1], k + 3)))), None)
                # the mood is in the ending after the stem ("kurşun" itself is no imperative)
                morph_mood = bool(_TR_MOOD_IN.search(w) or _TR_MOOD.search(w if rest is None else rest))
                if morph_mood and rest is not None and (
                        re.match(r"\w?[ıiuü]?yor", rest) or _TR_PAST_PERSON.match(rest)
                        or (w[:len(w) - len(rest)] in _TR_NOUN_STEMS and not rest.startswith(("ist", "gel")))
                        or _TR_NOUN_PLURAL.match(w)):
                    # the present or the past told ("öldürüyorsun ya", "herkesi öldürdünüz", "öldürmüşsünüz");
                    # a noun's case ending, not an imperative ("bombaların kontrolü", "mermilerin üstüne")
                    morph_mood = False
                if not morph_mood:
                    morph_mood = _tr_noun_verb_aorist(w, words, i, *sent[i], is_target)
                if w in _TR_AMBIGUOUS and not any(is_target(k) and _TR_ACCUSATIVE.search(words[k])
                                                  for k in range(max(sent[i][0], i - 3), i)):
                    continue
                if w in ("yakın", "yakin") and i >= 1 and (words[i - 1] in _TR_DEGREE or (
                        len(words[i - 1]) > 3 and words[i - 1].endswith(("ya", "ye"))
                        and not is_target(i - 1))):
                    continue  # "close": "çok yakın", "kendine yakın", "Mutezile'ye yakın"
                if "DIE" in t and _TR_YOU_DIE.match(w) and mood is None and not any(
                        _TR_IF_ACT.search(words[k]) and not words[k].startswith(("ol", "öl"))
                        for k in range(sent[i][0], i)):
                    # the generic "you die" of a saying ("köpek doğduysan köpek ölürsün", "vakti geldiğinde
                    # ölürsün"): a threat with a wish ("inşallah ölürsün") or a condition on the
                    # addressee's act ("bana dokunursan ölürsün")
                    morph_mood = False
                if mood is None and not morph_mood and (_TR_UNLESS.search(w) or (
                        i + 1 < sent[i][1] and _TR_UNLESS.search(words[i + 1]))):
                    # (twenty-seventh round) "unless" and nothing mended after it: "idam etmedikçe"
                    mood = next((k for k in range(i + 1, min(sent[i][1], i + 6))
                                 if _TR_UNMENDED.match(words[k])), None)
                    tr_unless = mood is not None  # the negations are the condition's, not the act's
                light = None  # the light verb of a violent noun: "linç edin", "dayak yiyecek"
                if w.startswith(_TR_VIOLENT_NOUN) and i + 1 < sent[i][1] and not tr_unless:
                    light = i + 2 if words[i + 1] in _TR_FILLER and i + 2 < sent[i][1] else i + 1
                    wl = words[light]
                    if _TR_UNDERGO.match(wl) and (not _TR_UNDERGO_YOU.search(wl) or "bil" in wl):
                        contrast("report", i)  # undergone, not done: "dayak yiyecek", "linç yerim"
                        continue
                    if wl.startswith(("edil", "yapıl")) and _TR_FIRST_PERSON.search(wl):
                        contrast("report", i)  # undergone by the speaker: "bizde olsa linç ediliriz"
                        continue
                    if _TR_LIGHT.match(wl) and not _TR_LIGHT_MOOD.search(wl) and (
                            _TR_FINITE.search(wl) or _TR_PARTICIPLE.search(wl)
                            or (mood is None and _TR_LIGHT_AORIST.search(wl))):
                        contrast("report", i)  # told: "linç ediyorlar", "linç ettiğiniz", "linç edersiniz"
                        continue
                    if not _TR_LIGHT.match(wl):
                        light = None
                if (mood is None and not morph_mood and i + 1 < sent[i][1] and "MOOD" in tags[i + 1]
                        and words[i + 1].startswith(("çıkmaz", "cikmaz", "bulunmaz"))):
                    mood = i + 1  # (twenty-fifth round) "şu vekili vuran çıkmaz mı": won't anyone do it
                # (the converb in -mAdAn is no participle told: "gebertmeden durmayacağız")
                if not morph_mood and (not _TR_TOLD.search(rest or "") or _TR_BEFORE.search(w)):
                    # verb-final: the mood is on the verb or the word that follows the act ("kezzap
                    # atılmalı", "asılmayı hak ediyor", "öldürmenin vakti geldi"); a negated one there
                    # ("atılmamalı", "öldürmek doğru değil") is a negation
                    # a converb chains to the verb that carries the mood ("dilini kesip eline vermek lazım")
                    reach = 5 if _TR_CONVERB.search(w) else 3
                    vow = bool(_TR_BEFORE.search(w))
                    if vow:
                        reach = 6
                    for k in range(i + 1, min(sent[i][1], i + reach)):
                        if "," in text[toks[k - 1][2]:toks[k][1]]:
                            break  # the act's clause ended
                        wk = words[k]
                        if vow and _TR_VOW.search(wk):
                            if mood is None:
                                mood = k  # "içmeden ... inmeyeceğiz": the vow, not a negation
                            break
                        if k == light and (_TR_NEG_VERB.search(wk) or _TR_LIGHT_NEG.match(wk)):
                            tr_neg_after = True  # "kimseyi linç etmeyin", "linç etmemek lazım"
                            break
                        if k == light:
                            # "linç edin", "idam edilmeli", "linç edelim", "tecavüz etse" (not "edersiniz")
                            if _TR_LIGHT_MOOD.search(wk) or (_TR_MOOD_VERB.search(wk)
                                                             and not re.search(r"rs[ıi]n[ıi]z$", wk)):
                                if mood is None:
                                    mood = k
                                break
                            if _TR_INFINITIVE.search(wk):
                                continue  # "linç etmek lazım": the mood after the verbal noun
                            break
                        if _TR_QUESTION.match(wk):
                            break  # a question, not an imperative: "taşlamak zorunda mısınız"
                        if (k == i + 1 and wk.startswith(_TR_STOP_VERBS) and _TR_NEG_VERB.search(wk)
                                and _TR_DOING_ACC.search(w)):
                            if mood is None:  # (hundred-and-twenty-seventh round) a stop refused is the
                                mood = k  # act vowed: "Kürtleri öldürmeyi bırakmayacağız"
                            break
                        if "MOOD" not in tags[k] and ("NEG" in tags[k] or _TR_NEG_VERB.search(wk)):
                            if not (k + 1 < n and words[k + 1] in ("mi", "mı")):
                                tr_neg_after = True
                            break
                        if "MOOD" not in tags[k] and _TR_FINITE.search(wk):
                            break  # told: "tecavüze delil bulunacaktı"
                        if "MOOD" in tags[k] or _TR_MOOD_VERB.search(wk) or (
                                reach == 5 and k == i + 1 and _TR_IMPERATIVE_PL.search(wk)
                                and not wk.endswith(("ların", "lerin", "larin"))):
                            # (a converb chains to an imperative: "döverek kovun", "yakarak çıkarın")
                            if mood is None and not morph_mood:
                                mood = k
                            break
            elif lang == "ar":
                if mood is None:
                    # (round 17b) "اللي يشوف هالنائب بالسوق يكسر راسه": whoever sees a person named right
                    # after the verb is told what to do to them; the relative and its verb are the mood
                    mood = next((k for k in range(max(sent[i][0], i - 2 * MOOD_BEFORE), i)
                                 if "SEEWHO" in tags[k] and k >= 1 and (
                                     words[k - 1] in _AR_WHOEVER
                                     or (k >= 2 and words[k - 1] in _AR_ONE and words[k - 2] in _AR_EVERY))
                                 and clause[k] == clause[i] and (
                                     words[k].endswith(("ه", "ها", "هم"))
                                     or any(is_target(j) for j in range(k + 1, min(i, k + 3))))), None)
                if mood is None:
                    # (round 23) "if I see him / you" before a first-person act: "لو شفته بالشارع أكسر
                    # عظامه", "اذا لقيتك بالسوق اكسر راسك" (the condition of meeting carries the act's mood)
                    mood = next((k for k in range(max(sent[i][0], i - 2 * MOOD_BEFORE), i)
                                 if words[k] in _AR_IF_I_SEE and k >= 1 and words[k - 1] in _AR_IF
                                 and w.startswith(("ا", "ن"))), None)
                if mood is None and w.startswith(("ن", "ا")):
                    # (round 25) "whoever does X, we break his head": a relative with a verb of the third
                    # person before a first-person act in its clause makes the act a promised consequence
                    # ("الي يتزوج من برة الطايفة نكسر راسه", "اللي يكتب عنا هيك ندفنه")
                    mood = next((k for k in range(max(sent[i][0], i - 2 * MOOD_BEFORE), i - 1)
                                 if words[k] in _AR_WHOEVER_REL and words[k + 1].startswith(("ی", "ت"))
                                 and len(words[k + 1]) > 3 and clause[k] == clause[i]
                                 # (no second verb of the third person between: "اللي يقرأ التاريخ يعرف
                                 # اننا ندفن موتانا", the relative's subject does the second verb)
                                 and not any(words[j].startswith("ی") and len(words[j]) > 3
                                             for j in range(k + 2, i))), None)
                if mood is None and "WEAPON" in t:
                    # "لازم احد يوقف هالخاين عند حده بالعصي": the means named at the clause's end
                    mood = next((k for k in range(i - 1, max(sent[i][0], i - 2 * MOOD_BEFORE) - 1, -1)
                                 if "MOOD" in tags[k] and clause[k] == clause[i]), None)
                if mood is None:
                    # the prediction after the verbal noun: "الذبح قادم", "الموت جاي لكم"
                    mood = next((k for k in range(i + 1, min(clause[i][1], i + 3)) if "MOODAFTER" in tags[k]),
                                None)
                morph_mood = _ar_mood(w, L)
                if not morph_mood and mood is None and (m := _AR_COORDINATED.match(w)):
                    morph_mood = any((f := _AR_FUTURE_VERB.match(words[k])) and f.group(1) == m.group(1)
                                     for k in range(max(sent[i][0], i - MOOD_BEFORE), i))
                if (not morph_mood and mood is None and (m := _AR_COORDINATED.match(w))
                        and m.group(1) == "ن"):
                    # (hundred-and-sixty-third round) or in the first person plural of a verb bidden just
                    # before it, whose mood it shares: "خلونا نسحب الوزير من مكتبه ونعلقه على باب الوزارة"
                    # (let's drag ... and hang him). Not the second person, which may be said to God ("يارب
                    # ترحمنا وتحرق قلب كل ..."), nor the third ("ابي وحده تسبني ... وتدعس علي", a woman wished
                    # for)
                    morph_mood = any((f := _AR_PERSON_VERB.match(words[k])) and f.group(1) == m.group(1)
                                     and any("MOOD" in tags[j] for j in range(max(sent[i][0], k - 2), k))
                                     for k in range(max(sent[i][0], i - MOOD_BEFORE), i))
                if (not morph_mood and mood is None and i >= 1 and (
                        words[i - 1] in _AR_UNTIL
                        or (i >= 2 and words[i - 1] == "ما" and words[i - 2] in _AR_UNTIL_MA))
                        and (m := _AR_PERSON_VERB.match(w))
                        and ((_AR_OBJECT.search(w) and len(w) > 4)
                             or any("BODYOBJ" in tags[j] or _group_kind(tags[j])
                                    for j in range(i + 1, min(len(words), i + 3))))):
                    morph_mood = any((f := _AR_FUTURE_VERB.match(words[k])) and f.group(1) == m.group(1)
                                     for k in range(max(sent[i][0], i - 2 * MOOD_BEFORE), i - 1))
                # (the addressee dying after a conjunction too: "... وتموت موتة كلاب"; round 17b)
                morph_target = (bool(_AR_OBJECT.search(w)) and len(w) > 4) or ("DIE" in t and (
                    w[:1] == "ت" or (w[:1] in "وف" and w[1:2] == "ت")))
            elif lang == "fa":
                if (mood is not None and words[mood] == "باید" and mood > sent[i][0]
                        and words[mood - 1] == "چرا"):
                    mood = None  # "چرا باید کشت؟": why must one kill, asked
                if mood is None:
                    mood = window(i, 0, 3, "MOODAFTER")  # verb-final: "اعدام همه‌شون واجبه"
                if mood is None and w in _FA_COFFIN:
                    # (sixty-third round) the coffin they will leave in, with the present that is the
                    # colloquial future ("تو کیسه‌ی جنازه از این شهر می‌رن", "با تابوت برمی‌گردن"); not the
                    # past told ("با تابوت برگشتن") nor the past progressive ("برمی‌گشتن")
                    mood = next((k for k in range(i + 1, clause[i][1]) if _FA_PRESENT_GOING.match(words[k])),
                                None)
                if w.startswith("ب") and "تا" in words[max(sent[i][0], i - 3):i]:
                    # (round 25) a death or harm as the aim (تا, "so that") of an act called for earlier
                    # in the clause, however far back its obligation: "آواره‌ها رو باید ... وسط بیابون ول
                    # کرد تا از تشنگی بمیرن"; the victims are those the call named before its mood, its
                    # target (not "باید کمکشون کرد تا نمیرن": the negated verb is no act)
                    aim = next((k for k in range(i - 1, sent[i][0] - 1, -1) if "MOOD" in tags[k]
                                and words[k] in _FA_OBLIGE and clause[k] == clause[i]), None)
                    if aim is not None and any(_names_someone(tags[k]) and "AMBIG" not in tags[k]
                                               for k in range(sent[i][0], aim)):
                        mood = aim if mood is None else mood
                        fa_owned.add(i)
                if ("سوز" in w or "شکن" in w or "شکس" in w) and any(
                        words[k] in _FA_HEART for k in range(max(sent[i][0], i - 3), i)):
                    # the heart burns or breaks: pity, hurt ("دلشون به حالش بسوزه", "دلش بشکنه"); not
                    # "دلم میخواد بکشمش" (I want to kill him)
                    continue
                if _FA_PULL_PAST.match(w) and "به" not in words[max(sent[i][0], i - 4):i]:
                    continue  # کشیدن, not کشتن: pulled, smoked, drawn (but "به آتش کشیدن", "به صلیب")
                why = _fa_not_a_threat(words, tags, i, sent[i][0], sent[i][1], mood)
                if why is not None:
                    if why in ("self", "idiom", "told"):
                        contrast("report", i)
                    elif why == "against":
                        contrast("negated", i)
                    continue
                # the one who is to die is the subject, when the commenter wishes it: "کاش بمیری" (I
                # wish you died), "امیدوارم بمیرن"; not the generic you ("از سرما بمیری", "باید بمیری")
                morph_target = (bool(_FA_OBJECT.search(w)) and len(w) > 4) or (
                    "DIE" in t and bool(_FA_DIE_PERSON.match(w))
                    and (any(words[k] in _FA_WISH for k in range(max(sent[i][0], i - 4), i))
                         or (i == sent[i][0] and w.startswith("ب"))))  # a curse: "بمیره این بی‌شرف"
                # (seventeenth round, threats) a curse's harm with the addressee's or a person's verb
                # after it and a wish before: "الهی جوونمرگ بشی", "خدا کنه بچه‌هات پرپر بشن", "امیدوارم
                # یه ماشین زیرت کنه"
                morph_target = morph_target or ("DIE" in t and any(
                    words[k] in _FA_WISH for k in range(max(sent[i][0], i - 6), i)) and (
                    w.endswith("ت") or any(_FA_CURSE_VERB.match(words[k])
                                           for k in range(i + 1, min(sent[i][1], i + 5)))))
                morph_mood = (bool(_FA_MOOD.match(w)) and len(w) > 3 and not _FA_PAST_B.match(w)
                              and not (_FA_MI_TOLD.match(w) and not morph_target))
                if i + 1 < n and _FA_LIGHT_NEG.match(words[i + 1]):
                    contrast("negated", i)  # "حمله نکنید", "آتیش نمیزنیم": the light verb is negated
                    continue
                nxt = i + 2 if i + 2 < sent[i][1] and words[i + 1] in ("رو", "را") else i + 1  # (round 174)
                if (mood is not None and words[mood].startswith("لیاقت") and nxt < sent[i][1]
                        and words[nxt].startswith("ندار")):
                    # (hundred-and-sixty-seventh round) the desert denied after the act: "هیچ‌کس به خاطر
                    # کسی که دوستش داره لیاقت گلوله نداره" (no one deserves a bullet for whom they love)
                    contrast("negated", i)
                    continue
                # the light verb right after the act (or after its object marker: "آتیش رو بزنید")
                light_end = i + (3 if i + 1 < n and words[i + 1] in ("رو", "را") else 2)
                for k in range(i + 1, min(sent[i][1], light_end)):
                    if _FA_LIGHT.match(words[k]):
                        lv = words[k]
                        if _FA_MI_TOLD.match(lv) and not (len(lv) > 3 and _FA_OBJECT.search(lv)) and (
                                not lv.startswith("میش")
                                or not has(i, TARGET_AROUND, TARGET_AROUND, is_target)) and not (
                                lv.startswith("میخور") and lv.endswith(("ی", "ین", "ید"))) and not (
                                lv.startswith(("میش", "میخور")) and fa_conditioned(i)):
                            # told, as the simple verb is: "ترور میکنن", "شکنجه میکند", "نابود میشوند" (the
                            # passive with someone named stays a forecast: "خون تو هم ... ریخته میشود",
                            # and so does a blow the addressee is to take: "یه چاقو میخوری تو شکمت")
                            break
                        morph_mood = True
                        morph_target = morph_target or (len(words[k]) > 3
                                                        and bool(_FA_OBJECT.search(words[k])))
                        break
            first = act_first.get(i, i)  # (en) a phrase's act read from its first word
            lead = first == sent[i][0] or words[first - 1] in _IMPERATIVE_LEAD
            if (lang == "en" and not lead and first > sent[i][0] + 2 and words[sent[i][0]] in _EN_IF_LEAD
                    and "," in text[toks[first - 1][2]:toks[first][1]] and any(
                        "PERSON" in tags[k] or words[k] in _PRONOUNS
                        or any(x.startswith(("GROUP:", "SLUR:")) for x in tags[k])
                        for k in range(sent[i][0] + 1, first))):
                # (twenty-second round) the imperative after a condition's or a "whoever" clause's comma
                # that names its victim: "if you see that MP in the street, stab him", "whoever finds him,
                # burn his car" (not "if you can't do that, beat up as many meanie-faces as possible")
                lead = True
            imperative = lead and lang == "en" and "VIOLENT" in t and (
                not words[first].endswith(("ed", "ing")) or words[first] in _EN_ING_STEMS) and (
                words[first] not in _EN_PAST_PARTICLE) and (  # not "strung up, he was found"
                # (hundred-and-thirteenth round) nor a plural noun or a third person: "Attacks on Kurds rose
                # sharply last year", "Killings of ..." (an imperative ends in "s" only as "gas", "harass")
                not words[first].endswith("s") or words[first].endswith(("ss", "gas")))
            someone_at = i - 2 if i >= 2 and words[i - 1] in _EN_PLEASE else i - 1
            if (lang == "en" and not imperative and someone_at >= 0 and words[someone_at] in _EN_SOMEONE
                    and "VIOLENT" in t and w not in _EN_PAST_LIKE and not w.endswith(("ed", "ing", "s"))):
                # "someone shoot this clown already", "someone pls shoot him": the bare verb after
                # "someone" is a call (not "someone shot him", "someone shoots", "someone killed")
                imperative = True
            if (lang == "en" and not imperative and w in _EN_WEAPON_EMOJI and mood is None
                    and has(i, 3, 3, is_target)
                    and not any(words[k].endswith("ed") or words[k] in _EN_PAST_LIKE
                                for k in range(*sent[i]))):
                # (twenty-first round) a weapon emoji beside a group or a person, with no verb told: the
                # emoji is the call ("Yazidis 🔪🔪🔪 every last one"; not "the man who 🔫 was arrested")
                imperative = True
            if lang == "tr" and w in _TR_BARE_IMPERATIVE:
                imperative = (lead and w not in ("as", "yak")) or has(i, 1, 2, is_target) or (
                    i >= 1 and _TR_IF_YOU.search(words[i - 1]) is not None)  # "Suriyeli görürsen döv"
            passive = (lang == "en" and i >= 1 and words[i - 1] in _EN_PASSIVE_BE and mood is not None) or (
                en_coordinated)
            if tr_neg_after and not tr_unless:
                contrast("negated", i)
                continue
            if mood is None and not morph_mood and not imperative:
                if (lang == "ar" and i >= 1 and words[i - 1] in ("ما", "لا", "مو", "مش") and len(w) > 3
                        and (w[0] == "ن" or (w[0] == "ا" and w[1] != "ل"))
                        and not w.endswith(("ک", "کم")) and not newsy(i)
                        and not any(words[k] in _AR_OATH or words[k] in _AR_WHY
                                    for k in range(sent[i][0], i))
                        and not (i >= 2 and words[i - 2] in _AR_MA_NOT_NEG)
                        and not any("YOU" in tags[k] for k in range(i + 1, min(sent[i][1], i + 3)))
                        and _AR_EXCEPT.isdisjoint(words[i + 1:sent[i][1]])):
                    # (fifty-fourth round) an act the commenter denies doing, in the first person with no
                    # mood, a habit or a creed: "إحنا ما نحرق مكاتب، إحنا نكتب ونصوّت" (we don't burn
                    # offices). It left no trace, and the written-threat head read the act and the office as
                    # a threat. Not an oath's "لا" ("والله لا أحرقك"), a question's ("ليش ما نحرقهم", why
                    # don't we burn them: a call), an exception's ("ما نقتل غير الخونة"), nor an act on you
                    contrast("negated", i)
                    continue
                plea = None
                if lang == "en":
                    plea = (i - 1 if i >= 1 and words[i - 1] in ("dont", "never") else
                            i - 2 if i >= 2 and words[i - 2:i] == ["do", "not"] else None)
                if plea is not None and plea >= sent[i][0] and en_plea_at(plea):
                    # (hundred-and-twenty-sixth round) an act asked not to be done: "Don't kill them, jail
                    # them" (read as violence told, it left the written-threat head's finding standing: 0.89)
                    contrast("negated", i)
                    continue
                if lang != "ar" or newsy(i):
                    contrast("report", i)  # violence told, not wished: news or a story
                elif rejects or whosays:
                    countered(i, group=True)  # "التحريض على قتل الأكراد جريمة": the act named to reject it
                continue
            if not tr_unless and (negated(i) or (mood is not None and negated(mood, 3))):
                contrast("negated", i)
                continue
            if lang == "fa" and _FA_NEG.match(w) and not w.startswith(("نابود", "نیست", "ناکار")):
                continue
            subj = window(i, MOOD_BEFORE_FA if lang == "fa" else NEG_BEFORE, 0, "SUBJECT")
            if lang == "fa" and subj is not None and clause[subj] != clause[i]:
                subj = None  # (hundred-and-twenty-sixth round) a news actor of an earlier clause is not the
                # act's doer: "دادگاه‌ها بی‌فایده‌اند، خودمان قاتلان را می‌کشیم" (the courts are useless, we kill)
            if lang == "en" and subj is not None and subj >= 1 and words[subj - 1] in ("to", "from", "into"):
                subj = None  # (twenty-seventh round) a destination, not a doer: "send them back to Iran ..."
            if lang == "tr" and subj is not None and subj + 1 < n and words[subj + 1] in _TR_WHO_MADE_IT:
                subj = None  # (sixty-third round) what someone made: "bu haberi yazan gazeteci vurulmalı"
            predictive = mood is not None and words[mood] in ("will", "going", "gonna", "ll", "سوف", "راح",
                                                               "رح", "خواهد", "خواهند")
            if subj is not None and (predictive or (mood is None and not imperative)) and not (
                    lang == "tr" and window(i, TARGET_AROUND, TARGET_AROUND, "YOU") is not None):
                contrast("report", i)
                continue  # a news actor's reported or predicted act
            if subj is not None and not passive and not has(i, TARGET_AROUND, TARGET_AROUND, is_target):
                contrast("report", i)
                continue
            if lang == "tr":
                # the addressee in the verb's person ending: öleceksin, vurulmalısın, tutulacaksınız
                morph_target = any(_TR_YOU_VERB.search(words[k]) for k in {i, mood} if k is not None)
            target = morph_target or has(i, TARGET_AROUND, TARGET_AROUND, is_target) or passive or (
                i in fa_owned)
            if lang == "en" and not target and mood is not None and en_leaver is not None:
                target = True
            if lang == "ar" and not target:
                # their bones, their headquarters as the act's object, after it ("وكسروا عظامهم", "ولعوا
                # بمقرهم النار"; not "جماجمهم معروضة", skulls on display)
                target = any("BODYOBJ" in tags[k] for k in range(i + 1, min(sent[i][1], i + 4)))
            if (lang == "en" and i + 1 < sent[i][1] and words[i + 1] in _EN_POSSESSIVE
                    and not is_target(i + 1)):
                target = False  # the act's object is a thing: "needs to end her 30 year hiatus"
            if (lang == "en" and target and not passive and not morph_target and i + 1 < sent[i][1]
                    and words[i + 1].isalnum() and words[i + 1] not in _EN_NOT_NOUN
                    and words[i + 1] not in _EN_OBJECT_PRONOUN and not any(
                        is_target(j) or words[j] in _EN_OBJECT_PRONOUN
                        for j in range(i + 1, min(sent[i][1], i + 4)))):
                # (twenty-first round) the only person a possessive of a thing that acts, and the act's
                # object a thing: "the minister's new tax plan will kill small businesses" (not "the
                # president's plane goes down", nor "the minister's guards will kill him")
                owners = [k for k in range(max(sent[i][0], i - TARGET_AROUND),
                                           min(sent[i][1], i + TARGET_AROUND + 1)) if k != i and is_target(k)]
                if owners and all(
                        k < i and text[toks[k][1]:toks[k][2]].lower().endswith(("'s", "’s"))
                        and k + 1 < i and not any(words[j] in _EN_BODY or words[j] in _EN_KIN
                                                  or ({"YOU", "PERSON", "DOXOBJ"} & tags[j]) or kinds[j]
                                                  for j in range(k + 1, i))
                        for k in owners):
                    target = False
            if lang == "en" and not target:
                if "VIOLENT" in t and has(i, 0, 3, lambda k: "PLACE" in tags[k] or words[k] in _EN_KIN
                                          or "INSULT" in tags[k]):
                    # "bomb parliament" (the people inside), "kill my wife", "kill the bastard"
                    target = True
                else:
                    # aimed at no one: "kill that program", "wipe out species", "execute the
                    # business decision" (a threat is a violent act aimed at a person or a group)
                    continue
            if (lang == "en" and "EUPHEM" in t and not morph_target
                    and not has(i, 2 * MOOD_BEFORE, TARGET_AROUND, is_target)):
                continue  # (twenty-first round) "corruption should be dealt with once and for all"
            if ("DIE" in t or "TARGETED" in t) and not target:
                continue  # "attack the problem", "they will die out": no one is the target
            if ("TARGETED" in t or _sport_act(lang, w) or (
                    # a compound with et-, "paramparça edeceğiz": the act is the word before
                    lang == "tr" and i > sent[i][0] and w.startswith(("ed", "et"))
                    and _sport_act(lang, words[i - 1])
            )) and in_contest(i) and not (lang == "tr" and tr_off_the_pitch(i)):
                continue  # "we will crush them in the election"
            if lang == "en" and in_fiction(i):
                contrast("report", i)  # (twenty-second round) "in the game you have to burn down the
                continue  # enemy base": the act is the fiction's, and no person or group is named
            self_only = has(i, 2, 0, lambda k: words[k] in _SELF) and not has(i, 0, TARGET_AROUND, is_target)
            if self_only and "DIE" in t:
                continue
            if countered(i, group=True):  # a call rejected in its sentence: "Vurun? Çok saçma."
                continue
            if (lang == "fa" and i + 1 < sent[i][1] and words[i + 1] in _FA_WERE_DONE
                    and "که" in words[max(sent[i][0], i - 4):i]):
                contrast("report", i)  # (round 176) "خدا رحمت کنه کردهایی که کشته شدن": those who were killed
                continue
            if lang == "fa" and (quoted_report(i) or fa_threatened(i)):
                contrast("report", i)  # (seventeenth round) a quoted threat reported, a threat told
                continue
            if (lang == "tr" and (quoted_report(i) or tr_joke or tr_said(i, i + 1))) or (
                    lang == "en" and quoted_report(i)):
                # (or told as someone's words: "ben sizi idam edeyim dedi", "“öldüreyim mi?” diye sorduğumda")
                contrast("report", i)  # a quoted threat reported; a joke owned as one, no group named
                continue
            if lang == "tr" and (words[i] == "yok" or (i >= 1 and words[i - 1] == "yok")):
                # (forty-fifth round) "yok et-", to destroy: violence only when said of a person or a group
                # other than a bare "all of them" ("yolsuzluğu yok edeceğiz", "bu sorunu yok etmeliyiz",
                # "kitapların hepsini nasıl yok edeceğim": things ended), and not when its verb is negated
                # ("Sıla onu yok edemez")
                verb = words[i + 1] if words[i] == "yok" and i + 1 < n else words[i]
                if _TR_YOK_NEG.match(verb) and not verb.endswith(_TR_YOK_NOT_NEG):
                    contrast("negated", i)
                    continue
                if not has(i, TARGET_AROUND, TARGET_AROUND,
                           lambda k: is_target(k) and words[k] not in _TR_ALL):
                    continue
            if not target and lang in _TARGET_ONLY_ACTS and (
                    words[i] in _TARGET_ONLY_ACTS[lang] or (i and words[i - 1] in _TARGET_ONLY_ACTS[lang])):
                continue  # (rounds 172, 175) an act that harms only a person or a people named
            strength = STRONG if target else WEAK
            if lang == "en" and mood is not None and not imperative and words[mood] not in _EN_WISH:
                # a prediction ("will", "would", "going to"): the commenter's own threat only when
                # the subject is the commenter or the addressee ("I'll", "we will", "you will die");
                # "people will get killed" is a forecast
                lo = sent[i][0]
                third = any(({"PERSON", "SUBJECT"} & tags[k]) or group_kind(k)
                            or words[k] in ("people", "it", "this") for k in range(max(lo, mood - 3), mood))
                if third and not any(words[k] in _EN_SPEAKERS for k in range(max(lo, mood - 2), mood + 1)):
                    if "DIE" in t:
                        contrast("report", i)  # "she would be dead without the doctors"
                        continue
                    strength = WEAK
            rule = "act+mood" + ("+target" if target else "")
            # evidence: the act itself, and a target that is a noun ("spokesman", "Arabs"), never
            # the mood's or the pronoun's function words ("should", "you")
            lo_t, hi_t = max(sent[i][0], i - TARGET_AROUND), min(sent[i][1], i + TARGET_AROUND + 1)
            nouns = [k for k in range(lo_t, hi_t) if k != i and is_target(k) and len(words[k]) > 3
                     and not ({"YOU", "COPULA"} & tags[k]) and words[k] not in _PRONOUNS]
            for k in [i] + nouns:
                out.append(Finding("threat", strength, *span(k, k), rule=rule))
            gk = [group_kind(k)
                  for k in range(max(sent[i][0], i - GROUP_AROUND), min(sent[i][1], i + GROUP_AROUND + 1))]
            gk = [g for g in gk if g]
            if gk and target:
                out.append(Finding("abuse", STRONG, *span(i, i), kind=gk[0], rule="violence against a group"))

        # 2b. intimidation by knowing where someone lives: "we know which school your kids go to"
        for v in range(n):
            # the speaker knows, found or watches (first person), and the addressee's home, family or
            # school follows within a few words
            if "DOXVERB" not in tags[v] and "DOXFOUND" not in tags[v] and "PUBLISHCALL" not in tags[v]:
                continue
            if lang == "ar" and "WHOKNOWS" in tags[v] and (v == 0 or "WHOKNOWS" not in tags[v - 1]):
                # "اللي يعرف بيت هالكاتب يحطه بالتعليقات": whoever knows someone's house or number
                # (the noun, then its owner or its pronoun) asked to post or expose it
                lo_v, hi_v = sent[v]
                d = next((d for d in range(v + 1, min(hi_v, v + 4)) if "DOXNOUN" in tags[d]
                          and "WHOKNOWS" not in tags[d]), None)
                owner = d is not None and (words[d].endswith(("ه", "ها", "هم")) or any(
                    {"PERSON", "YOU"} & tags[k] or kinds[k] for k in range(d + 1, min(hi_v, d + 3))))
                if owner and any("PUBLISH" in tags[k] for k in range(d + 1, min(hi_v, d + 7))) and not (
                        negated(v, 2) or countered(d)):
                    out.append(Finding("threat", STRONG, *span(v, d), rule="call to post an address"))
                continue
            if lang == "ar" and "WHOKNOWS" in tags[v]:
                continue  # the phrase's second word
            if lang == "ar" and "PUBLISHCALL" in tags[v]:
                # (seventeenth round) "انشروا عنوان هذا الصحفي": a call to post someone's address, the
                # noun right after the imperative, then its owner or its pronoun
                lo_v, hi_v = sent[v]
                d = next((d for d in range(v + 1, min(hi_v, v + 3)) if "DOXNOUN" in tags[d]), None)
                owner = d is not None and (words[d].endswith(("ه", "ها", "هم")) or any(
                    {"PERSON", "YOU"} & tags[k] or kinds[k] for k in range(d + 1, min(hi_v, d + 4))))
                if owner and not (negated(v, 2) or countered(d)):
                    out.append(Finding("threat", STRONG, *span(v, d), rule="call to post an address"))
                    continue
            if "DOXVERB" not in tags[v] and "DOXFOUND" not in tags[v]:
                continue
            if is_warm():
                # (forty-sixth round) a greeting or a family named in a comment that congratulates or
                # remembers a meeting fondly is friendship, not watching: "say hello to your wife, it was
                # great meeting you both", "به دخترت بابت فارغ‌التحصیلیش تبریک بگو"
                continue
            if lang == "en" and _en_visit_to_thank(words, v, sent[v][1]):
                continue  # (thirtieth round) "I will visit your office to thank the team"
            if lang == "ar" and words[v].startswith(("ما", "مو", "مش")) and len(words[v]) > 4:
                continue  # "ماعرف", "مااعرف": the negation written onto the verb
            if lang == "fa" and (words[v].startswith(("نمی", "ندار", "نکرد", "پیداست")) or fa_threatened(v)
                                 or (v + 1 < n and words[v + 1].startswith(("نمیکن", "نکرد", "نمیکرد")))
                                 or (v + 1 < n and words[v + 1].startswith(("شد", "نشد")))):
                # "نمیدونم" (I don't know), "پیداست" (it is evident): no one is watched; (twentieth round)
                # nor with the light verb denied after it, "آدرسشو پخش نمیکنم"; (thirty-seventh round) nor
                # in the past passive, which tells what was done, not what the writer knows: "پلیس گفت پلاک
                # ماشین بمب‌گذاری شده شناسایی شده" (the present one may be the writer's group at work: "آدرس
                # خونه‌ت تو گروه ما دست‌به‌دست می‌شه")
                continue
            if lang == "fa" and v + 1 < n and words[v + 1] in ("کردن", "نمودن", "دادن") and any(
                    "REJECT" in tags[k] for k in range(v + 2, sent[v][1])):
                # (round 29) the act named as a verbal noun and judged after it: "پخش کردن آدرس خبرنگارا
                # ... ارعابه و باید پیگرد قانونی داشته باشه" (counter-speech, not the speaker's doing)
                contrast("counter", v)
                continue
            if lang == "en" and "DOXFOUND" not in tags[v] and not any(
                    words[k] in _EN_FIRST for k in range(max(0, v - 2), min(n, v + 3))):
                continue
            # in en the object may be named in the sentence before ("Your sister's number... want me
            # to post it?"); Persian puts the object first ("your children's school we know")
            lo_v = max(0, v - 10) if lang == "en" else max(sent[v][0], v - (7 if lang == "fa" else 4))
            if (lang == "ar" and ((len(words[v]) > 3 and words[v].endswith(("ه", "ها"))) or (
                    v + 1 < n and words[v + 1] in _AR_ON_HER)) and "CLOCK" not in tags[v]):
                # (round 17b: or on the word after it, "مرتك تتسوق كل خميس بالمول، سلملي عليها")
                # (seventeenth round) the object named first and taken up by the verb's pronoun, across a
                # comma: "بيتك بحي الإسكان جنب الجامع، نعرفه زين"
                lo_v = max(0, v - 10)
            if lang in ("ar", "tr") and any("HAZARD" in tags[k] for k in range(v + 1, sent[v][1])):
                continue  # advice: the danger is named ("انتبه على ولادك من الزحمة")
            if lang == "ar" and v + 1 < n and words[v] in _AR_LOOK_AT and words[v + 1] in _AR_TO_READ:
                continue  # (ninety-sixth round) "look at the website": a notice, no watching ("مواعيد باص
                # مدرسة ابنك تغيرت هالأسبوع، شوف الموقع", your son's school bus times changed)
            if lang == "en" and "DOXFOUND" in tags[v] and "DOXVERB" not in tags[v]:
                # (twenty-seventh round) a routine of the speaker's own kin ("my children walk to school
                # every morning past your office"): the first possessive of its sentence is "my" or "our"
                # with a family word after it, and nothing between is watched or followed
                own = next((k for k in range(sent[v][0], v) if words[k] in _EN_POSSESSIVE_ALL), None)
                if own is not None and words[own] in ("my", "our") and own + 1 < v and (
                        "DOXOBJ" in tags[own + 1] or words[own + 1] in _EN_KIN) and not any(
                        "DOXVERB" in tags[k] for k in range(own + 2, v)):
                    continue
            for i in range(lo_v, min(sent[v][1], v + 7)):
                if "DOXOBJ" not in tags[i]:
                    continue
                if lang == "en" and words[v] == "hello" and not v < i <= v + 4:
                    continue  # (twenty-seventh round) the greeting goes to the one named after it
                owned = lang != "en" or any(words[k] in _EN_YOUR for k in range(max(0, i - 3), i))
                if lang in ("fa", "tr") and institution_owns(i, v):
                    continue  # (seventy-fourth round) "آدرس دفتر روزنامه رو پیدا کردم", "Gazetenin adresini
                    # buldum": no person's
                if (lang == "fa" and "هر" in words[max(0, v - 1):v + 1]
                        and not words[i].startswith(_FA_KIN_STEMS)):
                    # (seventeenth round) a routine told is watching only of the addressee's kin ("زنت هر
                    # پنجشنبه میره بازار"), not of a generic you ("هر روز ساعت 7 برنگردی، آشپزخونت")
                    continue
                if lang == "en" and i < v and words[v] in _EN_HAVE_FIND and not any(
                        words[k] in ("it", "them", "this", "that", "where")
                        for k in range(v + 1, min(n, v + 3))):
                    # named before the verb, it must be taken up after it ("your sister's number...
                    # want me to post it?"), not merely precede it ("your brother ... I find 9/11")
                    continue
                if lang == "fa" and not words[i].endswith(_FA_YOUR_ENDINGS) and any(
                        _FA_MY_ENDING.search(words[k])
                        and (words[k].startswith(_FA_KIN_STEMS + _FA_ELDERS) or "DOXOBJ" in tags[k])
                        for k in range(min(i, v), min(sent[v][1], max(i, v) + 4))):
                    continue  # (hundred-and-thirty-sixth round) the speaker's own kin or home: "عکس خونه‌ی
                    # قدیمی پدربزرگمو پیدا کردم" (I found a photo of my grandfather's old house)
                if owned and not negated(v, 2 if lang == "ar" else 3) and not countered(i):
                    out.append(Finding("threat", STRONG, *span(v, v), rule="intimidation"))
                    out.append(Finding("threat", STRONG, *span(i, i), rule="intimidation"))
                    break
            else:
                # (eighteenth round: or "خبر دارم", "خبر داریم با کی رفت و آمد میکنی")
                know = words[v] in _FA_KNOW or (
                    words[v] in ("دارم", "داریم") and v >= 1 and words[v - 1] == "خبر")
                if lang == "fa" and know and not negated(v, 3):
                    # "I know where/when/which ... you ...": "میدونم کجا درس میخونی", "ساعت چند از
                    # باشگاه میای بیرون رو هم میدونم" (the known phrases named a few of these)
                    lo_s, hi_s = sent[v]
                    wh = next((k for k in range(lo_s, hi_s) if words[k] in _FA_WH), None)
                    yv = next((k for k in range(lo_s, hi_s)
                               if k not in (v, wh) and words[k] not in _FA_NOT_YOU_VERB
                               and (_FA_YOU_VERB.match(words[k]) or _FA_YOU_PRESENT.match(words[k]))), None)
                    # (not a shared experience: "منم همونجا بودم")
                    shared = any(words[k] in ("منم", "ماهم", "مام") for k in range(lo_s, n))
                    # the known clause right after the verb, or before it as its object (with رو/را)
                    known = wh is not None and yv is not None and wh < yv <= wh + 4 and (
                        0 < wh - v <= 2
                        or (v > yv and any(words[k] in ("رو", "را") for k in range(yv + 1, v))))
                    if known and not shared and not countered(v):
                        out.append(Finding("threat", STRONG, *span(v, v), rule="intimidation"))
                        out.append(Finding("threat", STRONG, *span(yv, yv), rule="intimidation"))
                elif lang == "ar" and words[v] in _AR_KNOW_FIRST and not negated(v, 2):
                    # (thirty-seventh round) the addressee's routine known, the "you" in a pronoun or in the
                    # verb after where/which/when: "نعرف إنك تطلع من الجريدة متأخر كل ليلة", "نعرف أي طريق
                    # تاخذه للشغل" (not "نعرف متى تطلع النتائج": a subject after the verb is its own)
                    lo_s, hi_s = sent[v]
                    yv = next((k for k in range(v + 1, min(hi_s, v + 4)) if "YOU" in tags[k]), None)
                    wh = next((k for k in range(v + 1, min(hi_s, v + 3)) if words[k] in _AR_WH), None)
                    if yv is None and wh is not None:
                        yv = next((k for k in range(wh + 1, min(hi_s, wh + 3))
                                   if words[k].startswith("ت") and len(words[k]) >= 4
                                   and (k + 1 == hi_s or not words[k + 1].startswith("ال")
                                        or words[k + 1] in _AR_ROUTINE)), None)
                    # (advice that names a danger: after the verb it was skipped above, before it here)
                    if yv is not None and any(words[k] in _AR_ROUTINE for k in range(v + 1, hi_s)) and not (
                            countered(v) or any("HAZARD" in tags[k] for k in range(lo_s, v + 1))):
                        out.append(Finding("threat", STRONG, *span(v, v), rule="intimidation"))
                        out.append(Finding("threat", STRONG, *span(yv, yv), rule="intimidation"))
                elif lang == "fa" and "هر" in words[max(0, v - 1):v + 1] and not negated(v, 3):
                    # (eighteenth round) the addressee's own routine told to the hour, with a warning: "هر
                    # روز ساعت هفت تنهایی از جلوی دانشگاه رد میشی، مواظب باش"
                    lo_s, hi_s = sent[v]
                    hour = any(words[k] == "ساعت" for k in range(lo_s, hi_s))
                    yv = next((k for k in range(v + 1, hi_s) if words[k] not in _FA_NOT_YOU_VERB
                               and _FA_YOU_PRESENT.match(words[k])), None)
                    warned = any(words[k] in _FA_WARNED for k in range(n))
                    if hour and yv is not None and warned and not countered(v):
                        out.append(Finding("threat", STRONG, *span(v, v), rule="intimidation"))
                        out.append(Finding("threat", STRONG, *span(yv, yv), rule="intimidation"))

        # 2a'. (sixty-third round) a weapon asked for, and what the speaker will do with it to a person or a
        # group after it: "hand me a rifle and I'll deal with every Shia on this street", "عطوني بندقية
        # وأنا أتكفل بكل الأكراد", "bana bir tüfek verin, bu sokaktaki Alevileri ben temizlerim", "یه تفنگ
        # بدین دستم، خودم حساب سنی‌ها رو می‌رسم". The verb is a euphemism ("deal with", "take care of")
        # that no act list holds, so the armed request is the act; the target is a person or a group named
        # after it in its sentence (not the addressee: "give me a knife and I'll show you how to gut a
        # fish"; not a pen or a microphone).
        armed = _ARMED.get(lang)
        if armed and not armed[1].isdisjoint(words):
            for r in range(n):
                if words[r] not in armed[0] and not (
                        r + 1 < n and f"{words[r]} {words[r + 1]}" in armed[0]):
                    continue
                lo_s, hi_s = sent[r]
                wpn = next((k for k in range(max(lo_s, r - 3), min(hi_s, r + 4)) if words[k] in armed[1]),
                           None)
                if wpn is None or negated(r, 2):
                    continue
                aim = next((k for k in range(wpn + 1, hi_s) if k != r and "YOU" not in tags[k]
                            and (_names_someone(tags[k]) or words[k] in armed[2])), None)
                if aim is not None and not countered(r):
                    out.append(Finding("threat", STRONG, *span(wpn, wpn), rule="armed promise"))
                    out.append(Finding("threat", STRONG, *span(aim, aim), rule="armed promise"))
                    break

        # 2a''. (sixty-fourth round) a mishap to the addressee's own called a shame, if it came: "Shame
        # if your shop caught fire one night", "خسارة لو صار شي لبنتك", "Bir gece dükkânın yanarsa
        # yazık olur", "حیف میشه اگه مغازت آتیش بگیره" -- the mafia's warning. Not a shame about no one's
        # own ("It would be a shame if the festival were cancelled"), nor a loss that is no harm ("if your
        # team lost").
        shame = _SHAME.get(lang)
        if shame and not shame.words.isdisjoint(words):
            for a in range(n):
                if words[a] not in shame.words:
                    continue
                lo_s, hi_s = sent[a]
                if lang == "tr":
                    # "... yanarsa yazık olur": the mishap is the conditional verb, just before the shame
                    if a + 1 >= hi_s or not words[a + 1].startswith(("olur", "olacak")):
                        continue
                    cond = next((k for k in range(a - 1, max(lo_s, a - 4) - 1, -1) if shame.cond(words[k])
                                 and (shame.mishap(words[k]) or (k >= 1 and words[k - 1] in ("şey", "sey")))),
                                None)
                    after = range(lo_s, a)
                elif lang == "ar" and a + 1 < hi_s and words[a + 1].startswith("عل"):
                    continue  # "حرام عليها" (shame on her): a reproach, not a warning
                else:
                    # "shame if ...", "حرام لو ...", "حیف میشه اگه ...": the condition right after the shame
                    cond = next((k for k in range(a + 1, min(hi_s, a + 4)) if shame.cond(words[k])), None)
                    after = range(cond + 1, hi_s) if cond is not None else range(0)
                own = next((k for k in after if shame.own(words, k)), None)
                harm = any(shame.mishap(words[k]) or "VIOLENT" in tags[k] or "DIE" in tags[k] for k in after)
                if cond is not None and own is not None and harm and not negated(a, 2):
                    out.append(Finding("threat", STRONG, *span(a, a), rule="shame if"))
                    out.append(Finding("threat", STRONG, *span(own, own), rule="shame if"))
                    break

        # 2z. (round 189) a threat veiled by another's fate (_fate_warned): "Think of what happened to
        # Khashoggi before you publish again", "اللي صار للمختار رح يصير فيك", "People who write lies like
        # this have accidents"
        for k, j in _fate_warned(lang, words, tags, sent) if fate_cue else ():
            # (the negation before the marker: "it won't happen to you"; the fate's own "ne" is a question)
            if not negated(j, 3) and not countered(k):
                out.append(Finding("threat", STRONG, *span(k, k), rule="fate held up"))
                out.append(Finding("threat", STRONG, *span(j, j), rule="fate held up"))
                break

        # 2x. (round 192) a fate the addressee is told to ask about (_fate_asked): "Ask Galizia's family how
        # her reporting worked out for her"
        for k, j in _fate_asked(lang, words, sent) if fate_asked else ():
            if not negated(j, 3) and not countered(k):
                out.append(Finding("threat", STRONG, *span(k, k), rule="fate asked"))
                out.append(Finding("threat", STRONG, *span(j, j), rule="fate asked"))
                break

        # 2y. (round 190) an ultimatum (_ultimatum): "Delete this article by tonight, or else.", "Leave the
        # city while you still can, journalist", "Publish one more photo of our sheikh and see what happens"
        for k, j in _ultimatum(lang, words, kinds, tags, sent) if ultimatum else ():
            if not countered(k):
                out.append(Finding("threat", STRONG, *span(k, k), rule="ultimatum"))
                out.append(Finding("threat", STRONG, *span(j, j), rule="ultimatum"))
                break

        # 2a'''. (hundred-and-twenty-eighth round) a person found by the speakers, then finished in the clause
        # after: "The day we find the author of this, he is finished" (_found_by_us, _said_finished; the end
        # alone, "he is finished", is a politician's fall). Ten words at most between; in Arabic the clause
        # after a comma too, which its sentences split at.
        for k in range(n if "FINISHED" in present else 0):
            if not _found_by_us(lang, words, k):
                continue
            hi_s = sent[k][1]
            if lang == "ar" and hi_s < n:
                hi_s = sent[hi_s][1]
            end = next((j for j in range(k + 1, min(hi_s, k + 11))
                        if "FINISHED" in tags[j] and _said_finished(lang, words, j)), None)
            if end is not None and not negated(k, 2) and not negated(end, 2) and not countered(end):
                out.append(Finding("threat", STRONG, *span(k, k), rule="found then finished"))
                out.append(Finding("threat", STRONG, *span(end, end), rule="found then finished"))
                break

        # 2b-en. (nineteenth round) a person's place or routine known by the speaker, in the third person:
        # "we know where the editor parks every morning", "I know where that judge sleeps" (not "police
        # know where the suspect lives": the knower is the speaker; not denied, "I don't know where he lives")
        if lang == "en" and "where" in words and not _EN_ROUTINE.isdisjoint(words):
            for v in range(1, n - 2):
                if words[v] not in ("know", "knew", "found") or words[v - 1] not in ("i", "we", "all") or (
                        words[v + 1] != "where" and not (words[v] == "found" and words[v + 1] == "out"
                                                         and words[min(n - 1, v + 2)] == "where")):
                    continue
                w0 = v + 2 if words[v + 1] == "where" else v + 3
                r = next((r for r in range(w0 + 1, min(sent[v][1], w0 + 5)) if words[r] in _EN_ROUTINE), None)
                if r is None or not any(is_target(k) or words[k] in _EN_THIRD for k in range(w0, r)):
                    continue
                if any(words[k] in ("your", "ur", "my", "our") for k in range(w0, r)):
                    continue  # the addressee's own is rule 2b's; the speaker's own is no threat
                if words[r] not in _EN_HOME and _EN_ROUTINE_WHEN.isdisjoint(words[r + 1:sent[v][1]]):
                    continue
                if not negated(v, 3) and not countered(v):
                    out.append(Finding("threat", STRONG, *span(v, r), rule="intimidation"))
                    break

        # 2b-en'. (twentieth round) a third person's details posted with a call to the readers to use them:
        # "here is the reporter's home address ..., do what you want with it", "his daughter goes to the
        # school next to the mall, everyone should know that", "posting the activist's number so all of
        # you can call her" (DOXCALL; the details someone's beside them, a person or "his", "her", not
        # the speaker's or the addressee's own: "my car won't start, you know what to do" is advice)
        if lang == "en" and "DOXCALL" in present and "DOXOBJ" in present:
            call = next((k for k in range(n) if "DOXCALL" in tags[k]), None)
            for d in range(n):
                if "DOXOBJ" not in tags[d] or "DOXCALL" in tags[d]:
                    continue
                lo_d, hi_d = sent[d]
                near = range(max(lo_d, d - 4), min(hi_d, d + 5))
                if any(words[k] in ("my", "our", "your", "ur", "mine", "yours")
                       for k in range(max(lo_d, d - 2), d)):
                    continue
                if not any(k != d and ("PERSON" in tags[k] or words[k] in _EN_DOX_THIRD)
                           and "DOXCALL" not in tags[k] for k in near):
                    continue
                if not (negated(call, 3) or countered(d)):
                    out.append(Finding("threat", STRONG, *span(d, d), rule="intimidation"))
                    out.append(Finding("threat", STRONG, *span(call, call), rule="intimidation"))
                    break

        # 2b-en''. (twenty-eighth round) someone's whereabouts told to the minute, with no verb of knowing
        # or watching: a place or thing of theirs (DOXOBJ: the building, the plates, the flat, the school),
        # a time on the clock or a daily routine ("every day at 8:40", "lets out at 1:30", "till midnight"),
        # and a word aimed at them: a caution or their ease as a target ("write carefully", "an easy man"),
        # or their trade called out ("Mr journalist"). Not the speaker's own place ("my office opens every
        # day at 9"), not denied or countered.
        if lang == "en" and "DOXOBJ" in present:
            when = next((k for k in range(n - 1) if words[k].isdigit() and len(words[k]) <= 2
                         and words[k + 1].isdigit() and len(words[k + 1]) == 2
                         and text[toks[k][2]:toks[k + 1][1]] in (":", ".")), None)
            if when is None:
                when = next((k for k in range(n - 1) if (words[k] == "every" and words[k + 1] in _EN_DAILY)
                             or (words[k] in _EN_UNTIL and words[k + 1] == "midnight")), None)
            # (a caution with its hazard is advice: "be careful with the traffic", "careful of the dogs")
            aim = None
            for k in range(n):
                if "AIMED" in tags[k] and (k == 0 or "AIMED" not in tags[k - 1]):
                    e = k
                    while e + 1 < n and "AIMED" in tags[e + 1]:
                        e += 1
                    if not (e + 1 < n and words[e + 1] in _EN_HAZARD_LEAD):
                        aim = k
                        break
            for d in range(n) if when is not None and aim is not None else ():
                if "DOXOBJ" not in tags[d] or any(words[k] in ("my", "our", "mine")
                                                  for k in range(max(sent[d][0], d - 3), d)):
                    continue
                if abs(d - when) > 12 or negated(d, 3) or countered(d) or countered(aim):
                    continue
                if any("SAY" in tags[k] and "AIMED" not in tags[k] for k in range(*sent[d])):
                    continue  # the place and hour reported: "your article said the office opens at 8:30"
                out.append(Finding("threat", STRONG, *span(d, d), rule="intimidation"))
                out.append(Finding("threat", STRONG, *span(aim, aim), rule="intimidation"))
                break

        # 2b'. (round 17b) an address posted, then an invitation to pay its owner a visit: "هذا بيت المذيعة:
        # حي الشرطة شارع ١٢، اللي يريد يزورها" (whoever wants to, a visiting verb with its object pronoun)
        if lang == "ar":
            for v in range(2, n):
                if "VISIT" not in tags[v] or not (words[v - 1] in _AR_WANT and words[v - 2] in _AR_WHOEVER):
                    continue
                # (the address a person's, not a museum's: "عنوان المتحف ..., اللي يريد يزوره")
                d = next((d for d in range(max(0, v - 16), v - 2) if "DOXNOUN" in tags[d] and (
                    words[d].endswith(("ه", "ها", "هم")) or any(
                        {"PERSON", "YOU"} & tags[k] or kinds[k] for k in range(d + 1, min(v - 2, d + 3))))),
                         None)
                if d is not None and not (negated(v - 1, 2) or countered(d)):
                    out.append(Finding("threat", STRONG, *span(d, d), rule="intimidation"))
                    out.append(Finding("threat", STRONG, *span(v - 2, v), rule="intimidation"))
                    break

        # 2b''. (tr, seventeenth round) a person's home told with its address and a call to go there
        # ("yazarın oturduğu site Bağlar'da, B blok 4. kat, gidip bi ziyaret edin"; not a place's address,
        # "kütüphane Kültür sokakta, gidip bi ziyaret edin": the home must be a person's)
        if lang == "tr" and "VISITCALL" in present and "HOMEOF" in present and "ADDRESS" in present:
            # (twentieth round: or with a name between, "Muhabir Zeynep'in evi")
            # (twenty-fifth round: or a person in the genitive further back, the routine or the place
            # between, "editörün her akşam hangi kafede oturduğu")
            home = next((k for k in range(1, n) if "HOMEOF" in tags[k] and (any(
                {"PERSON", "YOU"} & tags[j] for j in range(max(0, k - 2), k)) or any(
                "PERSON" in tags[j] and _TR_GENITIVE.search(words[j])
                for j in range(max(sent[k][0], k - 5), k)))), None)
            call = next((k for k in range(n) if "VISITCALL" in tags[k]), None)
            if home is not None and call is not None and not (
                    negated(call, 3) or countered(call) or quoted_report(call) or tr_said(call, call + 1)):
                out.append(Finding("threat", STRONG, *span(home, home), rule="call to visit an address"))
                out.append(Finding("threat", STRONG, *span(call, call), rule="call to visit an address"))

        # 2b-fa. (eighteenth round) someone's address, number or workplace (DOXNOUN), its owner a person,
        # a kinsman of someone's or the noun's own ending, posted or to be spread by the writer, or offered
        # to whoever wants it (PUBLISH): "شماره‌ی خونه‌ی این خبرنگار رو گذاشتم، هر کی خواست زنگ بزنه",
        # "محل کار زنشو پیدا کردم، پخشش میکنم"; not a report ("آدرس چند روزنامه‌نگار منتشر شده") nor
        # someone's threat told ("تهدید کرده بود آدرس خبرنگار رو پخش میکنه")
        # (twentieth round: or the addressee's own, the noun's ending or its adjective's, "عکسای خصوصیت
        # دستمه، ... همه جا پخشش میکنم"; a mobile number written out is a posting, "شماره‌ی این مجری:
        # 0912..."; a posting told and rejected is counter-speech, "اینکه آدرس مدرسه‌ی بچه‌ی این خبرنگار رو
        # گذاشتن شرم‌آوره")
        if lang == "fa" and "DOXNOUN" in present and ("PUBLISH" in present or rejects):
            for d in range(n):
                if "DOXNOUN" not in tags[d]:
                    continue
                hi_d = sent[d][1]
                owner = any("PERSON" in tags[k] or (words[k].startswith(_FA_KIN_STEMS) and words[k].endswith(
                    ("ش", "شو", "شون", "شونو"))) for k in range(d + 1, min(hi_d, d + 6)))
                owner = owner or (words[d].endswith(("ش", "شو")) and any(
                    "PERSON" in tags[k] for k in range(*sent[d]) if k != d))
                owner = owner or any(len(words[k]) > 3 and words[k].endswith(("ت", "تو"))
                                     and words[k] not in _FA_NOT_YOU_VERB for k in range(d, min(hi_d, d + 2)))
                p = next((k for k in range(d + 1, min(n, d + 16)) if "PUBLISH" in tags[k]), None)
                if owner and p is None and countered(d, group=True):
                    break  # (its contrast told by countered)
                if owner and p is not None and not (negated(p, 2) or fa_threatened(d) or countered(d)
                                                    or quoted_report(d)):
                    out.append(Finding("threat", STRONG, *span(d, d), rule="an address posted"))
                    out.append(Finding("threat", STRONG, *span(p, p), rule="an address posted"))
                    break

        # 2b-fa'. (eighteenth round) a person's street, shop or square told and a visit called on them: "این
        # یارو خیابون فردوسی مغازه داره، بچه‌ها یه سر بهش بزنید" (not a shop alone: a person is named)
        if lang == "fa" and "VISITCALL" in present and "ADDRESS" in present:
            call = next((k for k in range(n) if "VISITCALL" in tags[k]), None)
            place = next((k for k in range(call) if "ADDRESS" in tags[k]), None) if call else None
            who = place is not None and any("PERSON" in tags[k] for k in range(0, call))
            if who and not (negated(call, 3) or countered(call) or quoted_report(call)):
                out.append(Finding("threat", STRONG, *span(place, place), rule="call to visit an address"))
                out.append(Finding("threat", STRONG, *span(call, call), rule="call to visit an address"))

        # 2b-fa''. (twentieth round) the addressee's kin told at their school, class or club (_FA_SCHOOL, in
        # the kin's sentence), and a caution or a call to keep quiet in the comment: "دخترت کلاس سومه تو
        # مدرسه‌ی فرهنگ، نه؟ یکم بیشتر مراقبش باش"; not the speaker's own child ("دخترم تو مدرسه‌ی فرهنگ
        # کلاس سومه"), nor the school without a caution ("پسرت کدوم مدرسه میره؟ مدرسه‌ی ما خوبه")
        if lang == "fa" and (not _FA_HUSH.isdisjoint(words) or any(w.startswith(_FA_CAUTION) for w in words)):
            for k in range(n):
                if not _FA_KIN_YOURS.match(words[k]) or words[k] in _FA_NOT_YOU_VERB:
                    continue
                lo_k, hi_k = sent[k]
                school = next((j for j in range(max(lo_k, k - 5), min(hi_k, k + 6))
                               if words[j].startswith(_FA_SCHOOL)), None)
                if school is None or negated(k, 3) or countered(k) or quoted_report(k):
                    continue
                out.append(Finding("threat", STRONG, *span(k, k), rule="intimidation"))
                out.append(Finding("threat", STRONG, *span(school, school), rule="intimidation"))
                break

        # 2c. veiled warnings: a danger ("isn't smart", "accidents happen") with the addressee's
        # vulnerability (walking home alone, the kids) because of what they write or say
        speech = [k for k in range(n) if "SPEECHTARGET" in tags[k]]
        if speech:
            for w in range(n):
                # "isn't smart"; Turkish and Persian deny after the word ("akıllıca değil", "عاقلانه نیست")
                warn = "WARN" in tags[w] or ("WARNNEG" in tags[w] and (
                    window(w, 3, 0, "NEG") is not None
                    or (lang in ("tr", "fa") and window(w, 0, 2, "NEG") is not None)))
                if "WARNSELF" in tags[w] and not countered(w):
                    pass  # "people like you tend to DISAPPEAR": the warning names the harm itself
                elif not warn or window(w, 12, 12, "VULN") is None or countered(w):
                    continue
                out.append(Finding("threat", STRONG, *span(w, w), rule="veiled warning"))
                out.append(Finding("threat", STRONG, *span(speech[0], speech[0]), rule="veiled warning"))
                break

        # 2c'. (en, eighteenth round) a harm told of the addressee's own house, car or family, with pity
        # or a caution said over it: "Nice car. Shame if your car got torched one night." (the harm
        # without "your" is news: "the house burned, a tragedy")
        if lang == "en" and "WARN" in present and "DOXOBJ" in present and "VIOLENT" in present:
            # supposed, not told: "if" or a conditional beside the pity ("shame that your house was
            # bombed" is sympathy)
            warn = next((w for w in range(n) if "WARN" in tags[w] and not countered(w)
                         and window(w, 3, 0, "NEG") is None and any(
                             words[j] in _EN_SUPPOSE for j in range(*sent[w]))), None)
            for k in range(n) if warn is not None else ():
                if "VIOLENT" not in tags[k]:
                    continue
                lo_k = sent[k][0]
                yours = any("DOXOBJ" in tags[i] and any(words[j] in ("your", "ur", "yer")
                                                         for j in range(max(lo_k, i - 3), i))
                            for i in range(max(lo_k, k - 4), k))
                if yours and not negated(k) and window(k, NEG_BEFORE, 0, "SUBJECT") is None:
                    out.append(Finding("threat", STRONG, *span(k, k), rule="veiled warning"))
                    out.append(Finding("threat", STRONG, *span(warn, warn), rule="veiled warning"))
                    break

        # 2d. (tr) veiled threats with no violent word: a harm supposed for the addressee's family and
        # pity or blame for it ("çocuklarının başına bir şey gelse yazık olur", "kızın kaybolursa
        # şaşırma"); a harm the addressee "doesn't want" and a call for silence ("balıklara yem olmak
        # istemiyorsan sus", "karın dul kalmak istemiyorsa dilini tut"); a massacre to be repeated or
        # finished ("Sivas'ta yapılanı tekrar yaparız", "Dersim'de yarım kalan işi tamamlayacağız"); not a
        # single one of a group to be left ("tek bir Ermeni kalmayacak"); a death place "for" a group or
        # the addressee ("Araplar için denizin dibi çok güzel bir yer")
        if lang == "fa" and "HARMIF" in present and "PITY" in present:
            # (seventeenth round, threats) a harm supposed for what is the addressee's, with pity or a
            # caution: "ماشینت خیلی قشنگه، حیفه یه شب آتیش بگیره", "خانواده‌ت هنوز سالمن؟ قدرشونو بدون"
            mine = any({"YOU", "FAMILY", "DOXOBJ"} & tags[j] for j in range(n))
            for k in range(n) if mine else ():
                if "HARMIF" in tags[k] and not (
                        negated(k, 3) or countered(k)
                        or any(words[j].startswith(("نیست", "نبود")) for j in range(k + 1, min(n, k + 4)))):
                    out.append(Finding("threat", STRONG, *span(k, k), rule="veiled warning"))
                    break

        if lang == "tr" and "FAMILY" in present and "her" in words:
            # (ninety-sixth round) the addressee's kin's routine told to them: the kin named as the subject
            # ("oğlun", "kızın", "karın"), "her" with a time of day or week, and the kin's habit or present
            # after it ("Oğlun her sabah yedide 12 numaralı otobüse biniyor, değil mi"); not a warm word
            # ("maşallah"), nor denied or countered
            for k in range(n):
                if words[k] not in _TR_KIN_SUBJECT:
                    continue
                lo, hi = sent[k]
                when = next((j for j in range(k + 1, min(hi - 1, k + 4)) if words[j] == "her"
                             and words[j + 1].startswith(_TR_ROUTINE_TIMES)), None)
                verb = when is not None and next(
                    (j for j in range(when + 2, hi) if _TR_HABIT.search(words[j])), None)
                # where or when exactly: a clock, a number, an address, a street, a vehicle or a place told
                # ("yedide", "12 numaralı otobüse"), not a habit alone ("Kızın her gün ödevini yapıyor mu")
                exact = verb and any(words[j].isdigit() or {"CLOCK", "ADDRESS", "STREET", "DOXOBJ"} & tags[j]
                                     or words[j].startswith(_TR_CLOCK_WORDS) for j in range(k + 1, hi))
                if exact and not is_warm() and not negated(verb, 3) and not countered(k):
                    out.append(Finding("threat", STRONG, *span(k, k), rule="intimidation"))
                    out.append(Finding("threat", STRONG, *span(verb, verb), rule="intimidation"))
                    break

        if lang == "tr" and not _TR_R15.isdisjoint(present):
            def tr_veiled(k, rule, neg=True):
                if (neg and negated(k, 3)) or countered(k) or quoted_report(k) or tr_said(k, k + 1):
                    return False
                out.append(Finding("threat", STRONG, *span(k, k), rule=rule))
                g = next((kinds[j] for j in range(*sent[k]) if kinds[j]), None)
                if g:
                    out.append(Finding("abuse", STRONG, *span(k, k), kind=g, rule="threat to a group"))
                return True

            for k in range(n):
                t = tags[k]
                if "HARMIF" in t and "PITY" in present and any(
                        {"YOU", "FAMILY", "DOXOBJ", "VULN"} & tags[j] for j in range(*sent[k])):
                    if tr_veiled(k, "veiled warning"):
                        break
                # (twentieth round: or a safety wanted for the addressee's own, "çocukların sağ salim
                # dönsün istiyorsan bu yazıyı kaldır")
                if "COND" in t and any({"HARM", "SAFE"} & tags[j]
                                       for j in range(max(sent[k][0], k - 4), k)) and any(
                        "SILENCE" in tags[j] for j in range(k + 1, n)):
                    if tr_veiled(k, "veiled warning"):
                        break
                if "EVENT" in t:
                    lo, hi = sent[k]
                    # (active: not "kongre tekrar yapılacak", a meeting held again)
                    rep = [j for j in range(lo, hi) if "REPEAT" in tags[j]]
                    if any("yapıl" in words[j] or "yapil" in words[j] for j in rep):
                        rep = []
                    if rep and any(_TR_MOOD_IN.search(words[j]) or _TR_FIRST_AORIST.search(words[j])
                                   or "MOOD" in tags[j] for j in range(lo, hi)) and not any(
                            "SUBJECT" in tags[j] for j in range(lo, hi)):
                        if tr_veiled(rep[0], "massacre repeated"):
                            break
                if kinds[k] and k >= 1 and words[k - 1] in ("bir", "tane", "hiçbir", "hicbir") and (
                        k >= 2 and words[k - 2] in ("tek", "bir") or words[k - 1].startswith("hi")):
                    j = k + 1
                    while j < sent[k][1] and words[j] in _TR_NONE_FILL:
                        j += 1
                    if j < sent[k][1] and words[j].startswith(_TR_NONE_LEFT):
                        if tr_veiled(j, "act+mood+target", neg=False):  # (its "hiçbir" is no negation)
                            break
                if "DEATHPLACE" in t and k >= 1 and (
                        words[k - 1] in ("için", "icin", "yeri", "yerleri", "yeriniz", "yerin")
                        or (k >= 2 and words[k - 2] in ("yeri", "yerleri"))):
                    lo, hi = sent[k]
                    owner = any(kinds[j] or "YOU" in tags[j] for j in range(max(lo, k - 4), k - 1))
                    if owner and not any(_TR_PAST_END.search(words[j]) for j in range(k + 1, hi)):
                        if tr_veiled(k, "act+mood+target"):
                            break

        if lang == "tr" and "WARN3" in present and "OMEN" in present and "HAZARD" not in present:
            # (twentieth round) a group or a person warned in the third person, beside an omen: "Suriyeliler
            # bu yaz dikkatli olsun, kimin ne yapacağı belli olmaz", "Afganlar arkalarını kollasınlar,
            # sabrımız tükendi" (not advice: "sürücüler dikkatli olsun, yollar buzlu")
            for k in range(n):
                if "WARN3" not in tags[k] or (k >= 1 and "WARN3" in tags[k - 1]):
                    continue
                lo, hi = sent[k]
                who = next((j for j in range(max(lo, k - 8), k) if kinds[j] or "PERSON" in tags[j]), None)
                if who is None or negated(k, 3) or countered(k) or quoted_report(k) or tr_said(k, k + 1):
                    continue
                out.append(Finding("threat", STRONG, *span(who, k), rule="veiled warning"))
                if kinds[who]:
                    out.append(Finding("abuse", STRONG, *span(who, k), kind=kinds[who],
                                       rule="threat to a group"))
                break

        def tr_group_claim(g, lo, hi):
            """(tr, twenty-eighth round) A claim about the group at ``g`` that names no bad word (the
            constructions at _TR_ABLATIVE): (index, rule) or None."""
            end = min(hi, g + GROUP_AROUND + 1)
            # (or its own, possessed: "Farsların ağzından doğru laf çıkmaz", "Kürtlerin içinden vali çıkmaz")
            own = g + 1 < hi and _TR_GENITIVE.search(words[g]) and _TR_ABLATIVE.search(words[g + 1])
            at = g + 1 if own else g
            if _TR_ABLATIVE.search(words[at]):
                for k in range(at + 2, min(hi, at + 7)):
                    if (words[k] in _TR_NO_COMING and not words[k - 1].endswith(("mak", "mek", "ma", "me"))
                            and not (k + 1 < hi and _TR_QUESTION.match(words[k + 1]))
                            and not any(words[j] in _TR_NOT_FROM for j in range(at + 1, k))):
                        return k, "exclusion"  # "Alevilerden hakim olmaz", "Farslardan dürüst adam çıkmaz"
            if (g + 2 < hi and _TR_GENITIVE.search(words[g]) and words[g + 1].startswith(("parmağ", "parmag"))
                    and any(words[j] in _TR_THERE_IS for j in range(g + 2, min(hi, g + 5)))
                    and any(words[j].startswith(_TR_EVIL) or words[j] in ("kan", "kanı", "kani")
                            for j in range(lo, hi))):
                return g + 1, "negative generalisation"  # "Yahudilerin parmağı olmayan savaş"
            for k in range(g + 1, end):
                w = words[k]
                j = next((j for j in range(k + 1, min(hi, k + 4)) if _TR_NO_GRANT.match(words[j])), None)
                if _TR_RIGHT.match(w) and j is not None and not (
                        j + 1 < hi and _TR_QUESTION.match(words[j + 1])):
                    return j, "exclusion"  # "Süryanilere tapu verilmesin", "hakları olmamalı"
                if _TR_PLACE_DAT.match(w) and any(_TR_NO_COME.match(words[j])
                                                  for j in range(k + 1, min(hi, k + 3))):
                    return k, "exclusion"  # "bizim okula gelmesin"
                if (w in ("ayrı", "ayri") and k + 1 < hi and words[k + 1].startswith(_TR_APART_PLACE)
                        and any(_TR_APART_VERB.match(words[j]) for j in range(k + 2, min(hi, k + 4)))):
                    return k, "exclusion"  # "ayrı sınıfta okusunlar", "ayrı binalara toplasınlar"
                if (w in ("aynı", "ayni") and words[k - 1] in ("hepsi", "hepsinin", "de", "da")
                        and (words[k - 1].startswith("heps") or (k >= 2 and words[k - 2].startswith("heps")))
                        and (k + 1 == hi or "," in text[toks[k][2]:toks[k + 1][1]]
                             or (words[k + 1].startswith(_TR_SAME_OF)
                                 and not words[k + 1].startswith(("hak", "kanun"))))):
                    return k, "negative generalisation"  # "hepsi aynı", "hepsi aynı hamurdan"
                if w == "tane" and k >= 1 and words[k - 1] in ("bir", "bi", "tek"):
                    v = next((j for j in range(k + 1, min(hi, k + 3)) if words[j] in _TR_VIRTUE), None)
                    if v is not None and any(_TR_NONE_SUCH.match(words[j])
                                             for j in range(v + 1, min(hi, v + 4))):
                        return v, "negative generalisation"  # "bi tane dürüst olanı yok"
            return None

        abusive = []  # (fifty-eighth round) the commenter's own abuse, read once on first need

        def commenter_abusive():
            """A word of the comment's own abuse (_OWN_ABUSE, a slur, an insult that is no predicate)."""
            if not abusive:
                abusive.append(any(_OWN_ABUSE & t or ("INSULT" in t and not {"NEGPRED", "REJECT", "HATE"} & t)
                                   or any(x.startswith("SLUR:") for x in t) for t in tags))
            return abusive[0]

        def prejudice_named():
            """(fifty-eighth round) Prejudice named (PREJUDICE) names no group itself ("همجنسگراستیزی",
            hostility to gays, is one word), its target (_PREJUDICE_AGAINST) is no group or person the
            sentence speaks of ("Racism against Arabs makes me sick", "Sexism against female reporters is
            pathetic"), and a hostile word of its sentence condemns it: counter-speech ("I hate racism")."""
            for p in range(n):
                if "PREJUDICE" not in tags[p]:
                    continue
                lo, hi = sent[p]
                kinds[p] = None
                if lang == "tr":
                    j = p - 1
                    if j > lo and words[j] in _PREJUDICE_AGAINST["tr"]:
                        j -= 1
                    targets = [j] if j >= lo and not _TR_GENITIVE.search(words[j]) else []
                else:
                    j = p + 1
                    while j < hi and words[j] in _PREJUDICE_AGAINST[lang]:
                        j += 1
                    direct = lang != "ar" or words[p] in _AR_PHOBIA_OF
                    targets = range(j, min(hi, j + 2)) if (j > p + 1 or direct) else ()
                end = p
                for t in targets:
                    if kinds[t] or "PERSON" in tags[t]:
                        kinds[t] = None
                        tags[t] = tags[t] - {"PERSON"}
                        end = max(end, t)
                # condemned: a hostile word beside it (three words before it, four after it or its target),
                # not the prejudice of someone ("your bigotry is disgusting": an accusation), nor in a comment
                # with abuse of its own; Arabic's noun has its article (without it, mostly the adjective:
                # "الجزيره الطائفية")
                if (any(words[j] in _EN_POSSESSIVE for j in range(max(lo, p - 2), p))
                        or any("YOU" in tags[j] for j in range(lo, hi)) or commenter_abusive()
                        or (lang == "ar" and not words[p].startswith(("ال", "بال", "وال", "لل"))
                            and words[p] not in _AR_PHOBIA_OF)):
                    continue
                if any(_CONDEMNING & tags[k] and "PREJUDICE" not in tags[k]
                       for k in range(max(lo, p - 3), min(hi, end + 5))):
                    contrast("counter", p)

        def none_such(g):
            """(fifty-eighth round, en and ar) None of the group, said before it a quantifier's width away:
            "not a single Yazidi is ...", "not one Kurd ...", "لا يوجد كردي خائن", "ما في سوري ..." (the
            negation window of rule 3 reaches two words before the group)."""
            lo = sent[g][0]
            if lang == "en":
                for j in range(g - 1, max(lo, g - 4) - 1, -1):
                    if words[j] in ("not", "no", "never"):
                        return j < g - 1
                    if words[j] not in _EN_NONE_BETWEEN:
                        return False
                return False
            if lang == "ar":
                return any(words[j] in _AR_NONE_BEFORE and words[j + 1] in _AR_THERE_IS
                           for j in range(max(lo, g - 3), g - 1))
            return False

        def disgust_at_event(k, g):
            """(eighty-fifth round) The disgust at ``k``, said after the group at ``g``, is at what is done to
            it or how it is treated: an event word before the group in its sentence, with more than a
            determiner between ("The way they treat Afghans makes me sick", "طريقة معاملة اللاجئين تقرف",
            "از رفتار پلیس با افغانا حالم بهم میخوره"; not "Seeing Arabs makes me sick"), or in Turkish a
            deed done to the group after it ("Mültecilere yapılanlar midemi bulandırıyor")."""
            if lang == "tr":
                return any(words[j].startswith(_TR_DONE_TO) for j in range(g + 1, k))
            events = _HATED_EVENT.get(lang, frozenset()) | _DISGUST_EVENT.get(lang, frozenset())
            c = next((j for j in range(g - 1, sent[g][0] - 1, -1) if words[j] in events), None)
            if c is None:
                return False
            if words[c] in _DISGUST_EVENT.get(lang, ()):
                return True  # a treatment or a happening of the group: "how they treat Afghans", "اللي صار
                # للإيزيديين يقرف"
            return any(words[j] not in _EN_EVENT_DETERMINERS and not kinds[j] for j in range(c + 1, g))

        def hate_of_event(k, g):
            """(fifty-eighth round) The hatred at ``k`` is of what is done or said to the group at ``g``
            (_HATED_EVENT), not of the group."""
            if lang == "tr":
                return k > g and not _TR_GENITIVE.search(words[g]) and any(
                    _TR_HATED_EVENT.search(words[j]) and not kinds[j] for j in range(g + 1, k))
            if lang not in _HATED_EVENT or (lang in ("en", "ar") and k > g):
                return False
            events = _HATED_EVENT[lang]
            stop = k if k < g else sent[g][0] - 1
            c = next((j for j in range(g - 1, stop, -1) if words[j] in events), None)
            if c is None:
                return False
            between = range(c + 1, g)
            if lang == "en":
                after = g + 1
                while after < sent[g][1] and words[after] in _EN_TREATED_BEFORE:
                    after += 1
                # (hundred-and-fifty-third round) or seen or heard labelled, the participle right after the
                # people: "Tired of seeing Kurds labelled traitors" (tired of the labelling)
                seen = c == g - 1 and words[c] in ("seeing", "watching", "hearing")
                return any(words[j] not in _EN_EVENT_DETERMINERS and not kinds[j] for j in between) or (
                    (after > g + 1 or seen) and after < sent[g][1]
                    and (words[after] in _EN_TREATED or words[after] in _EN_LABELLED))
            if lang == "ar":
                return any(words[j] in _AR_PEOPLE or _AR_TREATING.match(words[j]) or "PERSON" in tags[j]
                           or words[j] in ("عن", "ضد") for j in between)
            return any(not kinds[j] for j in between)

        def en_what_would_know(k):
            """(hundredth round) ``k`` (know, understand) follows a group asked about with "what do/does/
            would ...": "What does a woman know", "What would these people understand"."""
            g = k - 1
            if kinds[g] is None:
                return False
            j = g - 1 if words[g - 1] in _EN_KNOW_DETERMINERS else g
            return (j - 2 >= sent[k][0] and words[j - 1] in _EN_WHAT_AUX and words[j - 2] == "what")

        def not_all(g):
            """(ninety-ninth round) "not all" or "not every" right before the group: "Not all Arabs are
            terrorists", "مش كل العرب إرهابيين" (the claim denied of the whole group)."""
            lo = sent[g][0]
            if any(words[j] in _AR_WHY or words[j] == "why" for j in range(lo, g)):
                return False  # "لماذا ليس كل العرب إرهابيين", why aren't all Arabs...: the claim asked for
            return (g - 2 >= lo and words[g - 1] in _ALL_OF.get(lang, ())
                    and words[g - 2] in _DENIAL.get(lang, ()))

        def claim_denied(g, k, rule, tr_not):
            """(fifty-eighth round) The negated claim of rule 3 (a negative predicate or dehumanisation at
            ``k`` said of the group at ``g``) is denied by its own copula or predicate (_DENIAL; Turkish
            "değil", ``tr_not``; Persian "نیست" after it), or by "no" or none of the group before it; in a
            comment without abuse of its own and without a "but" after the group."""
            if rule not in ("negative generalisation", "dehumanisation", "collective blame",
                            "collective punishment") or commenter_abusive():
                return False
            if any(w in _BUT[lang] for w in words[g + 1:]):
                return False
            lo, hi = sent[g]
            if lang in ("en", "ar"):
                denied = k > g and any(words[j] in _DENIAL[lang] for j in range(g + 1, k))
                return denied or none_such(g) or (lang == "en" and g > lo and words[g - 1] == "no") or (
                    not_all(g))
            if lang == "tr":
                return tr_not is not None
            b = max(g, k)
            return (b + 1 < hi and words[b + 1].startswith(("نیست", "نبود"))) or (
                g > lo and words[g - 1] == "هیچ" and _fa_none_denied(words, b, hi) is not None)

        if lang == "tr" and "CONDEMN" in present:
            # (hundred-and-first round) an attack condemned in the first person: "Kilisede düzenlenen
            # saldırıyı lanetliyoruz", "Terörü şiddetle kınıyoruz" (the attack, terror or massacre named in
            # the three words before the verb): counter-speech, which the stack weighs against a head that
            # read the curse in "lanet"
            for k in range(n):
                if "CONDEMN" in tags[k] and any(
                        words[j].startswith(_TR_ATTACKS) and words[j] not in _TR_STRONGLY
                        for j in range(max(sent[k][0], k - 3), k)):
                    contrast("counter", k)
        if "PREJUDICE" in present:
            prejudice_named()

        # 3. identity-based abuse around each group mention; slurs on their own
        hostile = not _HOSTILE.isdisjoint(present)  # a hostile word anywhere in the comment
        if lang == "en" and "what" in words:
            # (hundredth round) what a group would know of a thing, asked to belittle it: "What does a woman
            # know about war anyway", "what do Kurds know of democracy" ("know" or "understand" right after
            # the group, "what" and a "do" or "would" before it, "about" or "of" after it)
            for k in range(3, n - 1):
                if words[k] in _EN_KNOW_OF and words[k + 1] in ("about", "of") and en_what_would_know(k):
                    tags[k] = tags[k] | {"NEGPRED"}
        if lang == "en" and "SEXPRED" in present:
            # a sexist trope said of one woman is sexism too: "she should be at home with her kids",
            # "she's only on air because of her looks" (the trope after her, in her sentence)
            for k in range(n):
                if words[k] in _EN_SHE and kinds[k] is None and any(
                        "SEXPRED" in tags[j] for j in range(k + 1, min(sent[k][1], k + 10))):
                    kinds[k] = SEXISM
        if lang == "tr" and "SEXPRED" in present:
            # (twenty-first round) a sexist trope said of one woman: "sunucu hanım haber okuyacağına evde
            # otursa", "güreşçi kız kocaya kaçsa"; her role word too ("spikerin tek marifeti dekoltesi")
            # when the trope is a woman's own (her neckline, a husband); not "vekil evde otursun"
            for k in range(n):
                if kinds[k] is not None:
                    continue
                lo, hi = sent[k]
                # ("olurmuş" asks of women as a kind, "kadın hakem mi olurmuş"; of one, a joke: "kızın
                # estetik kraliçesi seçilseymiş daha doğru olurmuş")
                after = [j for j in range(k + 1, min(hi, k + 10))
                         if "SEXPRED" in tags[j] and not words[j].startswith("olurmu")]
                if not after or negated(after[0], 3):
                    continue
                if "FEMALE" in tags[k] or (words[k].startswith(_TR_WOMAN_ROLE) and any(
                        words[j].startswith(_TR_HERS) for j in range(k + 1, min(hi, k + 10)))):
                    kinds[k] = SEXISM
        if lang == "ar" and "ESSENCE" in present:
            # (round 28) a people's nature, genes or veins (ESSENCE: "بجيناتهم", "هاي طبيعتهم") a sweeping
            # predicate only with a vice beside it (VICE: "الغدر بجيناتهم", "الشحادة والنشل بدمّهم"; not
            # "الكرم بدمهم", generosity); round 12's بدمهم and بطبعهم stay predicates in their own clause
            for k in range(n):
                if "ESSENCE" in tags[k] and any("VICE" in tags[j] for j in range(
                        max(sent[k][0], k - 3), min(sent[k][1], k + 3)) if j != k):
                    tags[k] = tags[k] | {"NEGPRED", "VICE"}
        if lang in _HABIT and "VICE" in present and (
                not _HABIT[lang].isdisjoint(words) or "LIKEALL" in present
                or (lang == "en" and "with" in words)):
            # (hundred-and-eleventh round) a vice told as a people's habit: "Typical Kurds, always lying
            # and stealing", "الأكراد كالعادة، كذب وسرقة دائما" (the vice within four words of "always", "as
            # usual", "typical" in its sentence; a vice alone is a topic: "lying in court", "الكذب حرام")
            # (hundred-and-twelfth round: and English "what is it with X and lying?", the trope asked)
            for k in range(n):
                # (round 173: or "like all his people", LIKEALL: "فارسي نموذجي، كذب بوجهي متل كل قبيلته")
                if "VICE" in tags[k] and (any(words[j] in _HABIT[lang] or "LIKEALL" in tags[j] for j in range(
                        max(sent[k][0], k - 4), min(sent[k][1], k + 5))) or (
                        lang == "en" and (" ".join(words[sent[k][0]:k]) + " ").startswith(_EN_WHAT_WITH))):
                    tags[k] = tags[k] | {"NEGPRED"}
        if lang in _HATE_NOT_FELT and "HATE" in present:
            # (hundred-and-eleventh and -fourteenth rounds) hatred named as a crime or a speech, or stood
            # against, is no hatred felt: "Hate crimes targeting Kurds reached a record high", "جرایم ناشی از
            # نفرت علیه کردها", "Nefrete karşı Kürtler ile birlikteyiz" (_HATE_NOT_FELT)
            after, before = _HATE_NOT_FELT[lang]
            for k in range(n):
                if "HATE" in tags[k] and ((after and k + 1 < n and words[k + 1].startswith(after)) or (
                        before and k >= 1 and (words[k - 1] in before or words[k - 2:k] == ["ناشی", "از"]))):
                    tags[k] = tags[k] - {"HATE", "NEGPRED"}
        if lang == "en" and not _EN_HOLD.isdisjoint(words) and not _EN_HELD.isdisjoint(words):
            # (hundred-and-fifty-eighth round) a right, an office or a home someone "should not" hold or own
            # is a right denied (EXCLNEG: a negation before it): "No Muslim should ever hold public office",
            # "Armenians should not be able to own land" (not "can't", which is also "can't afford": "Kurds
            # can't afford to buy a house here" tells a hardship)
            for k in range(n):
                lo, hi = sent[k]
                if (words[k] in _EN_HOLD and not _EN_HELD.isdisjoint(words[k + 1:min(hi, k + 4)])
                        # (not "should have his home destroyed")
                        and _EN_OWN.isdisjoint(words[k + 1:min(hi, k + 4)])
                        and not _EN_MUST.isdisjoint(words[max(lo, k - 5):k])):
                    tags[k] = tags[k] | {"EXCLNEG"}
        if lang in _CONTROL_CUE and any(map(_CONTROL_CUE[lang], words)):
            for k in range(n):
                if _controls_all(lang, words, k, *sent[k]):
                    tags[k] = tags[k] | {"NEGPRED"}  # (hundred-and-fifty-seventh round) "control the media"
        if lang == "fa" and not _FA_A.isdisjoint(words):
            # (hundred-and-fifty-seventh round) "is a ..." in speech, a short listed word with the copula "-ه"
            # after "یه" (a): "هر افغانی یه سگه", "هر کدومشون یه دزده" (the lists give a short word its plural
            # and copula endings, not this one, which also makes "the ...": "سگه" alone is "the dog")
            for k in range(1, n):
                w = words[k]
                if words[k - 1] in _FA_A and not tags[k] and len(w) >= 3 and w.endswith("ه"):
                    tags[k] = tags[k] | (L.tags(w[:-1]) & _FA_CALLED)
        if lang == "fa" and "نباید" in words and "داشته" in words:
            # (hundred-and-fifty-seventh round) a right, a job or a home a group "must not have" is a right
            # denied (EXCLNEG after the negation): "مسیحی‌ها نباید هیچ شغل دولتی داشته باشن" (not "less of
            # it than": "زنان نباید حق کمتری از مردان داشته باشن" asks for equal rights)
            for k in range(n):
                lo, hi = sent[k]
                then = words[k + 1:min(hi, k + 5)]
                if (words[k] in _FA_HELD and "نباید" in words[max(lo, k - 5):k] and "داشته" in then
                        and not any(w.startswith(_FA_LESS) for w in then)):
                    tags[k] = tags[k] | {"EXCLNEG"}
        if lang == "fa" and not _FA_SHUT.isdisjoint(words):
            # (seventy-fourth round) the borders shut on a group: "مرزها رو روی عراقی‌ها ببندید" (the verb is
            # the exclusion; a past one is told as done, fa_told_done)
            for k in range(n):
                if words[k] in _FA_SHUT and any(words[j].startswith("مرز")
                                                for j in range(max(sent[k][0], k - 6), k)):
                    tags[k] = tags[k] | {"EXCLUDE"}
        if lang == "ar" and not _AR_LEDE_ACTORS.isdisjoint(words):
            lede = ar_news_lede()
            if lede is not None:
                contrast("report", lede)
        if lang in _JUSTICE and ("VIOLENT" in present or "DIE" in present or lang == "tr" or (
                lang == "en" and not _EN_DID.isdisjoint(words))) and any(
                _justice_word(lang, w) for w in words):
            # (hundred-and-twenty-sixth round) the doers asked to answer before the law, where no word of
            # theirs is a listed act for the threat rules to reach: "Kürtlerin evlerini yakanlar hapse
            # girmeli" (those who burned the Kurds' houses must go to prison; the written-threat head had
            # read it as a threat at 0.87), "the men who did this to them should rot in jail"
            doer = next((k for k in range(n) if doer_of_harm(k) and justice_for(k)), None)
            if doer is not None:
                contrast("counter", doer)
        if lang in _SYMPATHY and not _SYMPATHY_CUE[lang].isdisjoint(words):
            felt = sympathy()
            if felt is not None:
                contrast("counter", felt)
        if lang == "en" and not _EN_RUIN_NOUN.isdisjoint(words):
            # (hundred-and-eighty-fifth round) "ruin" after "every" or "old" is the noun, no claim: "Kurds
            # turned every ruin into a home again" (abuse at 0.94; not "the ruin of this country", which is)
            for k in range(1, n):
                if words[k] in _EN_RUIN_NOUN and words[k - 1] in ("every", "each", "old", "ancient"):
                    tags[k] = tags[k] - {"NEGPRED"}
        scapegoat_of = {}  # a fault word: the positions of the group it may blame (scapegoat)
        cue = _ROUND_CUE.get(lang)
        if cue is not None and any(map(cue, words)):  # (most comments have no word these rules start from)
            for k in range(n):
                if harms_ours(k) or harms_all_it_meets(k):
                    tags[k] = tags[k] | {"NEGPRED"}
            for k in range(n):
                blamed = scapegoat(k)
                if blamed:
                    tags[k] = tags[k] | {"SCAPEGOAT"}
                    scapegoat_of[k] = blamed
                elif troublemaking(k) or only_money(k):
                    tags[k] = tags[k] | {"NEGPRED"}
                elif lang == "fa" and faced_with(k):
                    tags[k] = tags[k] - {"NEGPRED"}  # "با مشکل روبرو میشن": they face problems
                elif (lang == "tr" and "NEGPRED" in tags[k] and words[k].startswith(("işgal", "isgal"))
                      and k + 1 < n and words[k + 1].startswith(("altında", "altinda"))):
                    tags[k] = tags[k] - {"NEGPRED"}  # (eighty-eighth round) "işgal altındaki": the occupied
                elif (lang == "fa" and "INSULT" in tags[k] and words[k].startswith(_FA_MISFORTUNE) and k > 0
                      and words[k - 1] in _FA_ALL_OF_IT):
                    tags[k] = tags[k] - {"INSULT"}  # "همه‌ی بدبختی": all the misfortune, no "wretch"
        if lang in _DISLOYAL_BETWEEN and any(kinds):
            for k in range(1, n):  # (round 188) "الأتراك هم العدو الداخلي", "Afghans will betray whoever ..."
                if _disloyal_named(lang, words, tags, kinds, k, *sent[k]):
                    tags[k] = tags[k] | {"NEGPRED"}
        kept_from = set()  # the words of what a group is kept away from: "our daughters" are not kept away
        if lang in _KEEP_CUE and any(w.startswith(_KEEP_CUE[lang]) for w in words):
            for k in range(n):
                protected = kept_away(k)
                if protected:
                    tags[k] = tags[k] | {"EXCLUDE"}
                    kept_from.update(protected)
        for g in range(n):
            kind = kinds[g]  # group_kind(g, True)
            if kind is None:
                continue
            slur = any(x.startswith("SLUR:") for x in tags[g])
            lo, hi = sent[g]
            if slur and lang == "tr" and words[g].startswith(_TR_RECLAIMED) and (
                    (g + 1 < hi and words[g + 1].startswith(_TR_SELF_COMPANY))
                    or any(words[j] in ("ben", "biz") for j in range(max(lo, g - 2), g))
                    or any(words[j] == "olarak" for j in range(g + 1, min(hi, g + 4)))):
                # (twenty-ninth round) the community's own name for itself, used of oneself or one's
                # friends ("lubunya arkadaşlarla festivale gittik", "biz lubunya gençler olarak"): read as
                # a group named, whose predicates still count
                slur = False
            if slur and lang == "en" and _en_own_reclaimed(words, tags, g, lo, hi):
                slur = False  # (hundred-and-sixty-seventh round) "As a queer woman I found this empowering"
            if slur and _slur_other_sense(lang, words, g, lo, hi):
                continue  # (round 176) "Faggots and peas", "نتيجة شاذة", "Gavurdağı": no people named
            if slur and _slur_reported(lang, words, g, lo, hi):
                contrast("report", g)  # (round 176) "He was called a raghead at school"
                continue
            if slur:
                if (lang == "en" and words[g] in _EN_VERB_SLURS and g + 1 < hi
                        and words[g + 1] in _EN_DETERMINERS):
                    continue  # a verb: "sanctions will cripple the economy"
                if lang == "en" and g - 1 > lo and (
                        (words[g - 1] in _EN_WORD_NOUN and words[g - 2] in _EN_THE_WORD)
                        or _en_called_oneself(words, g, lo)):
                    contrast("counter", g)  # (twenty-third round) "the word kike", "I call myself (a) queer"
                    continue
                if lang == "tr" and g + 1 < hi and words[g + 1].startswith(_TR_WORD_NOUN):
                    contrast("counter", g)  # the word itself: "lubunya kelimesinin kökeni"
                    continue
                if not countered(g, group=True):
                    out.append(Finding("abuse", STRONG, *span(g, g), kind=kind, rule="slur"))
                continue
            if _only_the_doer(lang, words, g, lo, hi) or (
                    lang == "en" and _en_stance_judged(words, g, lo, hi)):
                if not commenter_abusive():
                    contrast("counter", g)  # (round 178) "Only the man who stabbed her ..., not every Afghan"
                continue
            found = None
            if (lang == "tr" and g + 1 < hi and words[g + 1].startswith(("dediğin", "dedigin"))
                    and all(words[j] == "user" for j in range(lo, g))
                    and not any("PRAISE" in tags[k] for k in range(lo, hi))):
                # "kadın dediğin kocasına itaat eder", "Kürt dediğin ...": what a member of the group
                # must be, prescribed at the head of its sentence (not praised: "kadın dediğin güçlüdür,
                # harika"; not a relative clause: "sevdiğim kadın dediğin insana bunu yapıyorsan")
                found = (g + 1, "negative generalisation")
            own_neg = False
            if found is None and lang == "tr":
                found = tr_group_claim(g, lo, hi)
                own_neg = found is not None  # its "yok", "olmaz" are the claim's, not a negation of it
            reach = g + GROUP_AROUND + 1
            if lang == "tr":
                # (twenty-eighth round) the group taken up again by "onlar", "bunların" after it: what is
                # said of the pronoun is said of the group ("Ezidi komşunun ekmeğini yemeyin, onların eli
                # değen şey pistir")
                p_ = [j for j in range(g + 1, min(hi, reach)) if words[j] in _TR_THEY_ANY]
                if p_:
                    reach = p_[-1] + GROUP_AROUND + 1
            disgust_until = -1  # (eighty-fifth round) the words of a disgust at an event: "makes me sick"
            for k in range(max(lo, g - GROUP_AROUND), min(hi, reach)) if found is None else ():
                if k == g:
                    continue
                tk = tags[k]
                if k <= disgust_until and "NEGPRED" in tk:
                    continue
                if lang == "en" and k > g and {"DEHUMAN", "NEGPRED"} & tk and any(
                        words[j] in ("deserve", "deserved") and _en_harm_not_deserved(words, j, hi)
                        for j in range(g + 1, k)):
                    continue  # (round 170) "Refugees don't deserve to be treated like animals"
                if lang == "ar" and "NEG" in tk and "EXCLUDE" not in tk:
                    continue  # the ما of "ما يفهمون": the phrase's verb carries the finding (not a refusal
                    # that is one word, "مانبي سوريين": we don't want, hundred-and-fifth round)
                if lang == "en" and k < g and {"DEHUMAN", "NEGPRED"} & tk and _en_said_of_that(words, k, lo):
                    continue  # (round 29) "that is disgusting, Kurdish women fought ISIS": of what was said
                if "DEHUMAN" in tk and lang == "en" and words[k] in _EN_ILLNESS and (
                        (k >= 1 and words[k - 1] in _EN_ILLNESS_BEFORE)
                        or (k + 1 < n and words[k + 1] in _EN_ILLNESS_AFTER)):
                    continue  # the illness itself: "died of cancer", "breast cancer", "cancer survivors"
                if "DEHUMAN" in tk and lang == "en" and g < k and _en_treated_as(words, g, k, lo):
                    continue  # (after round 177) "Refugees are treated worse than dogs in that camp": pity
                if "DEHUMAN" in tk and _animals_found(lang, words, k, hi):
                    continue  # (round 171) "Rats were found in the refugee camp's food store": animals
                if "DEHUMAN" in tk and lang == "en" and k > g and _en_animals_kept(words, k):
                    continue  # (hundred-and-twentieth round) "Kurdish farmers raise pigs", "the refugees
                    # brought their goats": the people's animals, not a likeness
                if "DEHUMAN" in tk and lang == "fa" and words[k].startswith(("بیماری", "مرض")) and (
                        words[k].endswith(("ها", "های", "هایی")) or (k >= 1 and words[k - 1] in _FA_LIST)):
                    continue  # (nineteenth round) illnesses as a list's, "از فهرست بیماری‌ها حذف شد"
                if "DEHUMAN" in tk and lang == "tr" and words[k].startswith(("sürü", "suru")) and (
                        k >= 1 and words[k - 1] in ("bir", "bi", "koca", "kocaman")):
                    continue  # (twentieth round) "bir sürüsü var": a lot of them, not a herd
                if "DISGUST" in tk and k > g and disgust_at_event(k, g):
                    if not commenter_abusive():
                        contrast("counter", g)  # (eighty-fifth round) "The way they treat Afghans makes me
                    disgust_until = k + 4  # sick": the disgust is at the treatment
                    continue
                if _animal_compared(lang, words, k, g, lo, hi):
                    found = (k, "dehumanisation")  # (round 177) "My dog is smarter than any Persian"
                    break
                if "HATE" in tk and (k < g or lang == "tr") and _hate_of_others(lang, words, k, lo):
                    # (round 177) another's hatred told of: "My uncle hates Kurds and I'm ashamed of him"; in
                    # Arabic and Turkish whoever hates is told to read or to learn ("اللي بيكره العرب لازم
                    # يقرأ", a loose counter-speech), in English the haters are as often blamed in a hostile
                    # comment ("Muslims who hated the Jewish owners"): no contrast. (Not a people named
                    # before as the haters: "Lesbians are confused women who hate men" is said of them)
                    if lang != "en" and not commenter_abusive():
                        contrast("counter", g, loose=True)
                    continue
                if "HATE" in tk and hate_of_event(k, g):
                    if not commenter_abusive():
                        contrast("counter", g)  # (fifty-eighth round) "I hate how refugees are treated": the
                    continue  # mistreatment condemned
                if "DEHUMAN" in tk:
                    found = (k, "dehumanisation")
                elif (lang == "tr" and kind == "sexism" and k > g and _TR_INABILITY.search(words[k])
                      and not alone_in(k, lo, hi)):
                    found = (k, "negative generalisation")  # "kadınlar analiz yapamaz", "anlamaz"
                elif "NEGPRED" in tk and lang == "en" and _en_under_threat(words, k, lo):
                    continue  # (hundred-and-fifty-seventh round) "Syrian families live under threat of ..."
                elif "NEGPRED" in tk and lang == "en" and _en_harm_not_deserved(words, k, hi):
                    continue  # (round 170) "Refugees don't deserve to be treated like this"
                elif "NEGPRED" in tk and k > g and lang == "tr" and words[k].startswith("yük") and any(
                        words[j].startswith(("paylaş", "paylas", "bırakıl", "birakil", "omuzla", "taşın"))
                        for j in range(k + 1, min(hi, k + 6))):
                    continue  # (twentieth round) a burden to be shared: "bu yük tek ülkeye bırakılmamalı"
                elif "NEGPRED" in tk and lang == "en" and k > g and _en_of_the_commenter(words, k, g):
                    continue  # (round 177) "My uncle hates Kurds and I'm ashamed of him": said of oneself
                elif "NEGPRED" in tk and lang == "en" and _en_act_called_crime(words, g, k):
                    if not commenter_abusive():
                        contrast("counter", g)  # (round 178) "Collective punishment of Kurds is a war crime"
                    continue
                elif "NEGPRED" in tk and k > g:
                    found = (k, "negative generalisation")
                elif "NEGPRED" in tk and lang == "fa" and k < g <= k + 4 and words[g - 1] == "خون":
                    found = (k, "negative generalisation")  # (round 172) "خیانت تو خون ترکاست"
                elif ("NEGPRED" in tk and lang == "en" and words[k] == "nothing" and k < g <= k + 4
                      and words[g - 1] == "about"):
                    found = (k, "negative generalisation")  # (round 174) "There is nothing decent about X"
                elif (k == g - 1 and kind != SEXISM and {"NEGPRED", "INSULT", "VICE"} & tk
                      and _addressed_slight(lang, words, tags, k, lo)):
                    found = (k, "negative generalisation")  # (round 176) "Shut up, you dirty Jew"
                elif (lang == "ar" and "INSULT" in tk and g > lo and words[g - 1] == "یا"
                      and (k == g + 1 or (k == g + 2 and words[g + 1] == "یا"))):
                    found = (k, "negative generalisation")  # (round 176) "اسكت يا يهودي يا قذر"
                elif abs(k - g) <= 4 and _cursed(lang, words, k, g):
                    found = (k, "hatred")  # (round 176) "لعنة الله على الشيعة", "Lanet olası Kürtler"
                elif "NEGPRED" in tk and lang == "en" and k == g - 1 and k >= 1 and words[k - 1] == "typical":
                    found = (k, "negative generalisation")  # (round 172) "Typical lazy refugee, ..."
                elif ("NEGPRED" in tk and lang == "tr" and k == g - 1 and kind != SEXISM
                      and re.search(r"l[ae]r", words[g]) and not words[k].endswith(("an", "en"))
                      # (eighty-ninth round) an attribute takes no plural: "Hırsızlar mültecilerden para
                      # çaldı" (thieves stole from refugees) names two parties
                      and not words[k].endswith(("lar", "ler"))
                      and " " in text[toks[k][1]:toks[g][1]] and not (k > lo and "NEG" in tags[k - 1])):
                    # (twenty-ninth round) Turkish puts the attribute before its noun: a negative predicate
                    # right before a group named in the plural is said of it ("deve çobanı Araplar", "pis
                    # Suriyeliler"); not of one woman ("hain kadın", an insult at a person), nor a participle
                    # or a woman's trait that picks out some of them ("yuva yıkan kadınlar", "kıllı kadınlar")
                    found = (k, "negative generalisation")
                elif "INSULT" in tk and k > g and lang in ("fa", "tr") and len(words[k]) > 3 and not any(
                        {"PERSON", "YOU"} & tags[j] and words[j] not in _ALL for j in range(g + 1, k)):
                    # the group called a name: "لرها خنگن" (not tr "mal", also "property": "mal varlığı")
                    found = (k, "negative generalisation")
                elif "SEXPRED" in tk and k > g and kind == "sexism":  # "women can't drive": of women only
                    if alone_in(k, lo, hi):
                        continue  # (hundred-and-sixty-fifth round) "Women can't fight this injustice alone"
                    found = (k, "negative generalisation")
                elif "VIRTUE" in tk and virtue_denied(g, k):
                    found = (k, "negative generalisation")  # (fifty-fifth round) "Kurds are not honest"
                    own_neg = True  # (its negation is the claim's: only one before the group denies it)
                elif (lang == "en" and k < g and words[k] in _EN_CURSE_AT and k >= g - 3
                      and all(words[j] in _EN_CURSE_DET for j in range(k + 1, g))
                      and not marked_between(k, g)
                      and (words[k] != "damn" or words[g].endswith("s"))):  # (not "damn girl", a cry)
                    found = (k, "hatred")  # (hundred-and-forty-third round) "Fuck Muslims", "fuck the ..."
                elif "HATE" in tk and _this_one(lang, words, g):
                    continue  # (round 170) "I hate this woman": one person
                elif "HATE" in tk and (k < g or lang == "tr"
                                       or (lang == "ar" and _AR_RESUMED.search(words[k]))):
                    # tr: "Araplardan nefret ediyorum"; (ar, sixtieth round) the group taken up by the hate's
                    # object pronoun: "العرب أكرههم"
                    found = (k, "hatred")
                elif "LETIN" in tk and _why_let_in(lang, words, tags, k, g, lo, hi):
                    found = (k, "exclusion")  # (round 170) "Why do we even let Syrians into our schools?"
                elif "EXCLNEG" in tk and lang == "en" and words[k] in _EN_WANT and g < k:
                    continue  # the group's own wish: "even the refugees don't want to come here"
                elif "EXCLNEG" in tk and lang == "ar" and window(k, 0, 3, "EXCLUDE") is not None:
                    continue  # the right to expel, denied: "ما في أحد يحق له يطرد المسيحيين"
                elif "EXCLNEG" in tk and lang == "fa" and "UPCLOSE" in tk:
                    continue  # (round 27) "هیچ عربی رو از نزدیک ندیدم": up close, no keeping away
                elif "EXCLNEG" in tk and lang == "tr" and words[k].startswith("yer") and tr_place_here(k):
                    # (eighty-first round) no place for them here, "yok" after the place: "Suriyelilerin bu
                    # ülkede yeri yok", "Bu ülkede Kürtlere yer yok"; a place granted is the call denied
                    if words[k + 1].startswith("var"):
                        contrast("negated", g)
                        continue
                    found = (k, "exclusion")
                elif (("EXCLNEG" in tk or ("EXCLUDE" in tk and words[k] in _DENIED_PLACE_FIRST))
                      and _confined_in(lang, words, k, hi)):
                    continue  # (round 174) kept out of a prison or a camp: "Refugees don't belong in
                    # detention centres", "جای پناهنده‌ها تو بازداشتگاه نیست"
                elif "EXCLNEG" in tk and (window(k, 5, 0, "NEG") is not None or (
                        lang == "fa" and window(k, 0, 4, "NEGHAVE") is not None)):  # "جایی ... ندارن"
                    found = (k, "exclusion")  # "no Arab should be allowed", "they don't belong here"
                elif "SCAPEGOAT" in tk and g in scapegoat_of[k]:
                    found = (k, "negative generalisation")  # (eighty-sixth round) "the fault of the Shia"
                elif "EXCLUDE" in tk and _exclusion_feared(lang, words, k, lo, hi):
                    continue  # (hundred-and-fifty-seventh round) "از ترس اخراج": the group's plight
                elif "EXCLUDE" in tk and g in kept_from:
                    continue  # (eighty-second round) "keep them away from our daughters": not the daughters
                elif "EXCLUDE" in tk and lang == "en" and words[k] in _EN_PARTICLE_VERBS and not any(
                        words[j] in _EN_PARTICLES for j in range(k + 1, min(hi, k + 7))):
                    continue  # "send nudes", "throw a party": expulsion needs "back", "out", "home"
                elif "EXCLUDE" in tk and lang == "en" and window(k, 3, 0, "NEG") is not None:
                    continue  # "expats should not be banned from voting": the expulsion is denied
                elif "EXCLUDE" in tk and lang == "en" and any(
                        words[j] == "from" and not _EN_HARMS_LEFT.isdisjoint(words[j + 1:min(hi, j + 4)])
                        for j in range(k + 1, min(hi, k + 3))):
                    continue  # (hundred-and-eighth round) taken away from a harm: "they need to be removed
                    # from the horrors of the civil war" is a rescue
                elif ("EXCLUDE" in tk and lang == "ar" and k > lo and "NEG" in tags[k - 1]
                      and "EXCLUDE" not in tags[k - 1]):  # (not the ما of "ما نبي", "we don't want")
                    continue  # "لم يطردوا", "ما رحلوهم": the expulsion is denied
                elif "EXCLUDE" in tk and lang == "ar" and ar_not_called(k):
                    continue
                elif "EXCLUDE" in tk and lang == "ar" and words[k] in _AR_KEEP_AWAY and k != lo:
                    continue  # (round 172) "بعدوا" keeps away as the imperative opening its sentence ("بعدوا
                    # هالأفغان عن مدرسة ولادنا"); told, they went far ("اللاجئين بعدوا عن بلدهم")
                elif "EXCLUDE" in tk and lang == "ar" and k + 1 < n and words[k + 1] in _AR_PRISON:
                    continue  # (hundred-and-fifteenth round) sent to prison: justice ("يجب أن يدخلوا السجن")
                elif ("EXCLUDE" in tk and lang == "ar" and k + 1 < hi and k + 1 != g
                      and ("SUBJECT" in tags[k + 1] or words[k + 1] in _AR_ARMED)):
                    # (hundred-and-twenty-sixth round) an armed force is the one driven out: "عاد النازحون إلى
                    # قراهم بعد طرد داعش" (the displaced went home after ISIS was driven out) was xenophobia
                    continue
                elif "EXCLUDE" in tk and lang == "ar" and any(words[j] in _AR_SAFELY
                                                               for j in range(k + 1, min(hi, k + 8))):
                    continue  # (sixty-seventh round) a return in safety and dignity ("يرجعون لبلدهم بأمان")
                elif "EXCLUDE" in tk and lang == "ar" and any(words[j] in _AR_WHY for j in range(lo, k)) and (
                        not any("NEG" in tags[j] or (words[j].startswith(("لا", "ما")) and len(words[j]) > 4)
                                for j in range(lo, k))):
                    continue  # (thirty-eighth round) "why are the Syrians leaving Lebanon?" (with a negation
                    # the question is rhetorical, a call: "why don't they rise up and expel the occupier",
                    # the negation perhaps written onto its verb, "لماذا لايقوموا بثوره تطرد المحتل")
                elif "EXCLUDE" in tk and lang == "fa" and any(
                        fa_they_want(j) for j in range(g + 1, k)) and not any(
                        ({"YOU", "PERSON"} & tags[j] and words[j] not in _ALL) or "MOOD" in tags[j]
                        for j in range(g + 1, k)):
                    continue  # (sixty-eighth round) the group's own wish: "بیشتر پناهنده‌ها دوست دارند به
                    # خانه‌شان برگردند" (not when someone else wants it: "مردم می‌خوان افغانا برگردن")
                elif "EXCLUDE" in tk and lang == "fa" and words[k].startswith("بفرست") and any(
                        words[j].startswith(_FA_SENT_THINGS) for j in range(max(lo, k - 4), k)):
                    continue  # (round 175) a message or help sent: "به پناهنده‌ها یه پیام خوش‌آمد بفرستیم"
                elif "EXCLUDE" in tk and lang == "fa" and k > lo and words[k - 1] in _FA_STOP_BEFORE:
                    continue  # "دولت باید جلوی اخراج پناهنده‌ها رو بگیره": an expulsion to be prevented
                elif "EXCLUDE" in tk and lang == "fa" and fa_told_done(k):
                    continue  # (seventy-fourth round) told as done: "دولت صدها کارگر افغان رو اخراج کرد"
                elif "EXCLUDE" in tk and lang == "tr" and any(
                        words[j] == "ne" and j + 1 < hi
                        and words[j + 1].startswith(("iş", "is", "arıyor", "ariyor"))
                        for j in range(max(lo, k - 2), k + 1)) and not any(
                        _TR_LOCATIVE.match(words[j]) for j in range(max(lo, k - 6), min(hi, k + 6))):
                    continue  # (twentieth round) "what business ... here": only with the place ("bu şehirde
                    # ne işi var"; not "seninle ve aklınla ne işi var")
                elif "EXCLUDE" in tk and lang == "tr" and _TR_CONVERB.search(words[k]) and not any(
                        {"EXCLUDE", "MOOD", "VIOLENT"} & tags[j] or _TR_MOOD_VERB.search(words[j])
                        for j in range(k + 1, hi)):
                    # a converb chains to a verb that puts no one out ("cemevinde toplanıp orucunu
                    # açtı", gathered and broke the fast; "toplanıp sınır dışı edilmeli" still excludes)
                    continue
                elif "EXCLUDE" in tk and (window(k, MOOD_BEFORE + 2, 2, "MOOD") is not None
                                          or k == lo or words[k - 1] in _IMPERATIVE_LEAD
                                          or lang != "en" or en_after_comma(k)):
                    # (hundred-and-twelfth round: an imperative after a comma, "Nobody wants Kurds here, send
                    # them all back")
                    found = (k, "exclusion")
                if found:
                    break
            if found is None and lang == "ar":
                # (round 28) a sweeping predicate in the clause after the group's, only a comma between,
                # with a pronoun that names the group ("الدوم ما اشتغلوا شغلة شريفة، الشحادة والنشل بدمّهم",
                # "ما تلقى آشوري واحد مخلص، كلهم قلوبهم مع الغرب"): the same claim, cut by the comma
                j = hi
                while found is None and j < n and j - g <= GROUP_AROUND + 4 and text[
                        toks[j - 1][2]:toks[j][1]].strip() in (",", "،"):
                    j_lo, j_hi = sent[j]
                    if any(kinds[x] for x in range(j_lo, j_hi)):
                        break  # (a group of its own: the pronoun may be its)
                    found = next(((k, "negative generalisation")
                                  for k in range(j_lo, min(j_hi, g + GROUP_AROUND + 5))
                                  if "NEGPRED" in tags[k] and _AR_THEIRS.search(words[k])
                                  and ("ESSENCE" not in tags[k] or "VICE" in tags[k])
                                  and not any("NEG" in tags[x] and not (_NOT_NEGATING & tags[x])
                                              for x in range(max(j_lo, k - 2), k))), None)
                    j = j_hi
            if not found and lang == "en":
                # (twenty-eighth round) a claim that names the group itself by "their", anywhere after it in
                # its sentence ("the Arabs of Hawija ..., that is their nature", "... it is in their
                # blood"), when no other group or person was named between
                found = next(((k, "negative generalisation") for k in range(g + GROUP_AROUND + 1, hi)
                              if "NEGPRED" in tags[k] and "their" in words[k].split("_")), None)
                if found and any(kinds[j] or "PERSON" in tags[j] or "YOU" in tags[j]
                                 for j in range(g + 1, found[0])):
                    found = None
            if found and found[1] in ("negative generalisation", "dehumanisation") and any(
                    # (not a word of the claim itself: "ضد الفطرة", against nature; eightieth round)
                    "VICTIM" in tags[j] and "NEGPRED" not in tags[j]
                    for j in (range(g + 1, found[0]) if lang != "ar" or found[0] > g
                              else range(found[0] + 1, g))):
                found = None  # "Kurds have faced hate", "Yazidi women survived crimes" ("جرائم داعش بحق
                # اليزيديين": in Arabic the crimes may come first, and what a group suffered is told)
                if lang == "ar":
                    contrast("report", g)
            if found and found[0] > g and lang in ("tr", "ar") and object_of_doers(g, found[0]):
                # (hundred-and-fifty-sixth round) said of those who did something to the group: no claim about
                # it; in Arabic a report of what the group suffered, as a victim's word is (no contrast in
                # Turkish: on its data such sentences are mostly insults hurled at the doers)
                found = None
                if lang == "ar":
                    contrast("report", g)
            if (found and found[1] == "negative generalisation" and lang == "en" and any(
                    "VIOLENT" in tags[j] and words[j].endswith("ed") for j in range(max(lo, g - 3), g))):
                found = None  # the group is what was done to: "Saddam gassed the Kurds, a crime"
            if (found and found[0] < g and lang == "en" and any(
                    "VIOLENT" in tags[j] and words[j].endswith(("ed", "ing"))
                    for j in range(max(lo, g - 2), g))):
                found = None  # (twenty-eighth round) the word before is said of the doer: "the regime is a
                # cancer on its own people, hanging Kurds every month"
            if found and lang == "fa" and g + 1 < hi and words[g + 1] in ("هستم", "هستیم"):
                found = None  # the writer's own identity: "دوجنسگرایی هستم که مشکل ندارم"
            if (not found and lang in _OUT_SLOGAN and g + 2 == hi and words[g + 1] in _OUT_SLOGAN[lang]
                    and (g == lo or lang == "en")):
                # the slogan "Refugees out!" ((hundred-and-fifty-eighth round) "Afganlar dışarı!", "عراقیا
                # بیرون!": the group and "out" the whole sentence; not "dışarıda", outside, nor the verb "کرد"
                # (did) read as Kurd: "... پرتت کرد بیرون", threw you out)
                found = (g + 1, "exclusion")
            if (not found and lang == "en" and lo < g and words[lo] in _EN_GET_OUT and g + 1 < hi
                    and words[g + 1] == "out" and _EN_OUT_OF_HARM.isdisjoint(words[g + 2:min(hi, g + 6)])):
                # (hundred-and-tenth round) "Get these Kurds out of our country", "Get the Muslims out now"
                # (not out of a harm or a camp: "Get the refugees out of danger", "out of the camps")
                found = (g + 1, "exclusion")
            # Turkish puts the verb last: "...yürümemesine şaşırmamak lazım" ends the next sentence
            blame = [k for k in range(hi, min(n, hi + (8 if lang == "tr" else 3))) if "BLAME" in tags[k]]
            if not found and blame and hi - lo <= 6:
                found = (blame[0], "negative generalisation")  # "A woman minister? No wonder nothing works."
            if (found and lang == "tr" and found[1] != "exclusion" and found[0] > g
                    and words[g].endswith(("lara", "lere", "ya", "ye"))
                    and found[0] + 1 < n and words[found[0] + 1].startswith("yok")):
                found = None  # (seventy-eighth round) the group in the dative is what someone has no respect
                # for, not who has none: "müslümanlara ... saygısı yok"
            if not found and lang == "en" and g - lo <= 2 and hi - lo <= 12:
                # (seventy-fifth round) a group put in charge, and a sarcastic forecast after it, in its
                # sentence or opening the next: "A female mayor, what could go wrong", "Women in charge of
                # the budget? Say goodbye to your pension" (SARCASM)
                # (the group in a role or in charge between: "Women born in the fifties, say goodbye to your
                # pension" foretells a law's effect on them, "Muslims are fasting, good luck with that in this
                # heat" wishes them well)
                found = next(((k, "negative generalisation") for k in range(g + 1, min(n, hi + 3))
                              if "SARCASM" in tags[k] and (k < hi or hi - lo <= 6)
                              and any(words[j] in _EN_IN_CHARGE for j in range(g + 1, min(k, hi)))), None)
            if not found:
                # (round 178) the people taken whole, blamed or to be punished for a crime: "Every single
                # Muslim shares the blame for this bombing", "Make the whole Arab neighbourhood pay for what
                # that man did"
                found = _collective_charge(lang, words, tags, g, lo, hi)
            if not found:
                # (round 180) its death or ruin welcomed: "Glad the boat sank, fewer Afghans to feed", "The
                # world would be better without Shia Muslims"
                found = _ruin_welcomed(lang, words, tags, g, lo, hi)
            likened = False
            if not found:
                # (round 191) likened to an animal through an act: "Trusting a Kurd is like trusting a snake"
                found = _likened_by_act(lang, words, tags, g, lo, hi, text, toks)
                likened = found is not None
            if (found and found[1] == "negative generalisation"
                    and _death_is_the_shame(lang, words, g, found[0])):
                found = None  # (round 180) "كل لاجئ يموت بالبحر وصمة عار": their death is the shame
            if (found and found[1] == "exclusion" and lang == "tr" and _TR_SENT_TO.search(words[g])
                    and words[found[0]].startswith(_TR_SEND)):
                found = None  # (round 183) "Onlara hayırlı olsun kartı gönderin": a card sent to them
            if (found and found[1] == "negative generalisation" and kind in _PEOPLES_KINDS
                    and (_one_person_named(lang, words, g)
                         or (lang == "en" and g + 1 < n and words[g + 1] in _EN_THINGS))):
                found = None  # (round 182) "The Afghan man was found guilty of theft": one person, no people;
                # "Turkish coffee makes me sick": a thing
            if found and "AMBIG" in tags[g] and not (
                    # (round 191) a Persian people's name after the act's preposition: "اعتماد به کرد مثل ..."
                    # ("کار کرد مثل سگ", he worked like a dog, has none)
                    likened and lang == "fa" and words[g - 1] in _FA_ACT_PREP) and (abs(found[0] - g) > 2 or (
                    lang == "fa" and found[0] < g)) and not (
                    lang == "ar" and found[0] > g and (
                        ar_people_verb(g)  # (round 28) "السنة ما يرتاحون"
                        or ar_about_her(g, found[0]))):  # (round 29) "المذيعة اللي ... مكانها"
                found = None
            if not found and "AMBIG" in tags[g]:
                continue  # a word that is mostly something else ("السنه", the year)
            if not found:
                if lang in ("ar", "tr") and countered(g, group=True):
                    continue  # a group named in a comment rejecting what was said of it
                contrast("identity", g)  # an identity group named with nothing negative around it
                if not hostile and "PRAISE" in present and any(
                        "PRAISE" in tags[k] and window(k, 2, 0, "NEG") is None for k in range(lo, hi)):
                    # and praised, in a comment with no hostile word: "I love Muslims", "Kurdish women
                    # are brave" (a hostile word elsewhere makes the praise sarcasm as often as not)
                    contrast("praise", g)
                continue
            k, rule = found
            a, b = min(g, k), max(g, k)
            neg_lo, neg_hi = (max(lo, k - 2), k) if lang == "ar" else (max(lo, a - 2), b + 1)
            if lang == "en" and k > g:
                neg_lo = en_clause_cut(neg_lo, k)
            if lang == "fa" and b + 1 < hi and words[b + 1].startswith(("نیست", "نبود", "نمی")) and not any(
                    words[j] in _FA_EXCEPT for j in range(max(lo, k - 4), k)):
                neg_hi = b + 2  # verb-final: "زنها دروغگو نیستن", the negated copula after the claim
                # (hundred-and-tenth round: not after "but", which makes it the claim: "کردها چیزی جز حیوان
                # نیستند", they are nothing but animals; the hundred-and-twenty-seventh, a few words after
                # it: "ترک‌ها چیزی جز یک گله وحشی نیستند", nothing but a herd of savages)
            if lang == "fa" and g > lo and words[g - 1] == "هیچ" and (d := _fa_none_denied(words, b, hi)):
                # (round 178) "هیچ مسلمونی تو جنایت یه قاتل شریک نیست": none of them, the copula last
                neg_hi = d + 1
            tr_not = None
            # (fifty-eighth round: and a dehumanising word denied, "Kürtler vahşi değil")
            if (lang == "tr" and rule in ("negative generalisation", "dehumanisation", "collective blame")
                    and k > g):
                # (hundred-and-sixty-sixth round: and the complement's own negation, "... şiddet yanlısı
                # olmadığını düşünüyorum", I think they are not violent)
                tr_not = next((j for j in range(b + 1, min(hi, b + 3))
                               if words[j].startswith(("değil", "degil", "olmadığ", "olmadig", "olmadıkları",
                                                       "olmadiklari"))), None)
                if (tr_not is not None and tr_not > b + 1 and words[b].endswith(_TR_COPULA_END)
                        and not kinds[tr_not - 1]):
                    # (hundred-and-thirtieth round) the claim has its own copula, and the denial is of the
                    # noun after it: "Eşcinsellik bir hastalıktır, kimlik değil" (a disease, not an identity;
                    # not a group denied, "insan suçludur, İslam değil")
                    tr_not = None
            if tr_not is not None and (
                    (tr_not + 1 < hi and words[tr_not + 1].startswith(("mi", "mı", "mu", "mü")))
                    or any(words[j].startswith("ne") and words[j - 1] in ("de", "da", "değilde", "degilde")
                           for j in range(tr_not + 1, min(hi, tr_not + 3)))
                    or any(words[j].startswith(_TR_LIKENESS) for j in range(b + 1, tr_not))):
                # a question's tag, "hırsız değil mi?"; "hayvan değil de ne": what else; "dağ faresi, fazlası
                # değil": nothing more (a likeness, round 59's English "no better than")
                tr_not = None
            if tr_not is not None:
                # (fifty-fifth round) the negated copula after the claim, a noun between at most: "Iraklılar
                # suçlu değil", "Türkler kötü insanlar değil"
                neg_hi = tr_not + 1
            if countered(g, group=True):
                continue  # (before the negation: "stop calling Muslims disgusting" is counter-speech)
            if lang == "tr" and in_quotes(k) and tr_quoted_by_others(k):
                continue  # (twenty-ninth round) the group named outside the quotation another person said
            if lang == "ar" and in_quotes(k) and countered(k, group=True):
                continue  # (round 20) the claim quoted, its group named outside: 'يقول عن الإيزيديين "كفار"'
            # (a blame in the next sentence is not negated by what it blames: "hiçbir şeyin yürümemesine")
            if rule not in _OWN_NEGATION and not (k >= hi and "BLAME" in tags[k]) and any(
                    "NEG" in tags[j] and not (_NOT_NEGATING & tags[j])
                    and not (lang == "fa" and words[j].startswith("هیچ"))  # هیچ goes with a negated verb
                    # (seventy-eighth round) "hiç" before a claim that ends in "yok" strengthens it: "hiç
                    # terbiyesi yok"
                    and not (lang == "tr" and words[j] in ("hiç", "hic") and j + 1 < n
                             and {"NEGPRED", "HATE"} & tags[j + 1])  # (and "hiç tahammül edemiyorum")
                    # (hundred-and-forty-fourth round) nor "hiçbir" before an inability, which Turkish
                    # negates twice: "Kadınlar hiçbir şeyi yönetemez" (women can manage nothing)
                    and not (lang == "tr" and words[j].startswith(("hiçbir", "hicbir"))
                             and _TR_INABILITY.search(words[k]))
                    and not (lang == "ar" and (ar_exceptive(j) or any(words[x] in _AR_EXCEPT
                                                                       for x in range(j + 1, k))))
                    # (fifty-ninth round) a likeness, not a denial: "no better than rats", "not much
                    # different from animals"
                    and not (lang == "en" and any(words[x] in _EN_LIKENESS for x in range(j + 1, k)))
                    # (round 177) nor the negation of a disclaimer before "but": "Irkçı değilim ama ..."
                    and not (lang in _DISCLAIMED
                             and any(words[x] in _DISCLAIMED[lang][0] for x in range(j + 1, a)))
                    # (hundred-and-thirty-first round) nor, for a virtue, the negation of the commenter's
                    # thinking, which denies the virtue: "I don't think Kurds are capable of honesty"
                    and not (own_neg and j + 1 < n and words[j + 1] in _THINK_NOT.get(lang, ((),))[0])
                    for j in range(neg_lo, a if own_neg else neg_hi)) or (
                    rule not in _OWN_NEGATION and not own_neg and (none_such(g) or not_all(g)
                                                             or (k > g and think_negated(g)))):
                if claim_denied(g, k, rule, tr_not):
                    # (fifty-eighth round) the claim denied is counter-speech as well as a negation: "Muslims
                    # are not terrorists", "No immigrant is vermin", "Kürtler hain değil"
                    contrast("negated", g)
                    contrast("counter", g)
                continue
            if lang == "en" and (who := next((j for j in range(g - 1, max(lo, g - 4) - 1, -1)
                                               if words[j] in _EN_WHO), None)) is not None and any(
                    words[j] in _EN_HARM_VERBS or {"VIOLENT", "HATE"} & tags[j]
                    for j in range(who + 1, g)) and (k > g or who < k < g):
                # (hundred-and-seventeenth round) the group is what a relative clause's doer does harm to:
                # "Anyone who hurts Kurds should be punished by the courts" (the claim is the doer's; not a
                # clause that makes the group, "People who go to church ... are all white trash")
                continue
            if lang == "tr" and k > g and _TR_OBJECT_CASE.search(words[g]) and any(
                    _TR_DOERS.search(words[j]) or (_TR_DOER.search(words[j]) and j + 1 < hi
                                                   and words[j + 1] in _TR_EVERYONE)
                    for j in range(g + 1, min(hi, g + 4, k))):
                continue  # (hundred-and-seventeenth round) "Kürtlere zarar veren herkes ... cezalandırılmalı"
            if (g + 1 < hi and "SUBJECT" in tags[g + 1] and rule != "dehumanisation"
                    and not (lang == "fa" and words[g + 1] in _FA_COUNTRIES)):
                # "Kurdish forces", "the Turkish army": an armed actor, not an identity group (a Persian
                # group before a country is its people there, "مسیحی‌های عراق": the 157th round)
                continue
            if lang == "en" and g + 1 < hi and (words[g + 1] in _EN_INSTITUTION or (
                    words[g + 1] in _EN_OFFICE and kind in _PEOPLES_KINDS)):
                continue  # (twenty-eighth round) "the Iranian regime is a cancer on its own people": a state
                # (round 182: or one who holds its office, "turkish president liar"; not "a woman minister")
            if (lang == "en" and rule == "exclusion" and "EXCLUDE" in tags[k]
                    and not _EN_ELECTION.isdisjoint(words[k + 1:min(hi, k + 6)])):
                continue  # (twenty-eighth round) "every Iraqi politician should be thrown out at the next
                # election", "voted out at the ballot box": removed from office, not from the country
            out.append(Finding("abuse", STRONG, *span(g, g), kind=kind, rule=rule))
            out.append(Finding("abuse", STRONG, *span(k, k), kind=kind, rule=rule))

        # 3f. (round 193) a people called treacherous by the idiom of the back (_back_idiom): "Never turn your
        # back on a Turk", "An Arab smiles to your face and stabs you from behind"
        if back_cue or any(kinds):
            for g, k, kind, own in _back_idiom(lang, words, kinds, sent, L):
                if not countered(g, group=True) and (own or not negated(k, 3)):
                    for x in (g, k):
                        out.append(Finding("abuse", STRONG, *span(x, x), kind=kind,
                                           rule="negative generalisation"))
                    break

        # 3e. (round 188) a people's loyalty said to lie elsewhere (_loyal_elsewhere)
        if lang in ("en", "tr", "fa") and any(kinds):
            for g, k in _loyal_elsewhere(lang, words, kinds, tags, sent):
                if not countered(g, group=True):
                    for x in (g, k):
                        out.append(Finding("abuse", STRONG, *span(x, x), kind=kinds[g],
                                           rule="negative generalisation"))

        # 3d. (round 180) a massacre of a people praised or wished again (_atrocity_praised)
        if atrocity:
            for k, j, kind in _atrocity_praised(lang, words, tags, sent):
                for x in (k, j):
                    out.append(Finding("abuse", STRONG, *span(x, x), kind=kind, rule="atrocity praised"))

        # 3c. (sixty-first round) a group said never to be trusted (_TRUST)
        if lang in _TRUST and any(kinds):
            for k in range(n):
                if not _TRUST[lang].match(words[k]):
                    continue
                lo, hi = sent[k]
                if any(words[j] in _TRUST_MUTUAL for j in range(k + 1, min(hi, k + 4))) or (
                        lang == "fa" and "به" in words[max(lo, k - 2):k] and "هم" in words[max(lo, k - 2):k]):
                    continue  # trust between groups: "learned to trust each other", "به هم اعتماد کنن" (not
                    # Arabic "هم", they: "ما ينوثق فيهم هم")
                if lang in ("en", "ar") and not any(words[j] in _TRUST_NOT[lang]
                                                    for j in range(max(lo, k - 4), k)):
                    continue
                if lang == "fa" and not any(words[j].startswith(_FA_TRUST_NOT)
                                            for j in range(k + 1, min(hi, k + 4))):
                    continue
                g = None
                if lang == "en":
                    g = next((j for j in range(k + 1, min(hi, k + 5)) if kinds[j]), None)
                    if g is None and k >= 1 and words[k - 1] in _EN_TRUSTED_PASSIVE:
                        g = next((j for j in range(k - 2, max(lo, k - 6) - 1, -1) if kinds[j]), None)
                elif lang == "ar":  # (what is trusted takes ب, في or ل: "تثق بسوري", "تأمن للأكراد")
                    # ("تأمن" is also "secure": "تأمن وظائف للبنانيين"; only with the group right after it)
                    reach = k + 2 if "تامن" in words[k] else k + 3
                    g = next((j for j in range(k + 1, min(hi, reach)) if kinds[j] and (
                        words[j].startswith(("ب", "ل", "فی")) or words[j - 1] in ("فی", "ب", "علی"))), None)
                    if g is None and (words[k].startswith(("ینوثق", "یوثق", "یوتمن")) or any(
                            _AR_TRUSTED_OBJECT.match(words[j]) for j in range(k + 1, min(hi, k + 3))) or any(
                            # (round 173) "ما فيك تثق بولا واحد منهم", not one of them
                            words[j] in _AR_AMONG_THEM for j in range(k + 1, min(hi, k + 5)))):
                        g = next((j for j in range(k - 1, max(lo, k - 6) - 1, -1) if kinds[j]), None)
                elif lang == "tr":
                    passive = "il" in words[k][5:9]
                    g = next((j for j in range(k - 1, max(lo, k - 6) - 1, -1) if kinds[j]
                              and (passive or _TR_DATIVE.search(words[j])
                                   or words[j] in _TR_SOFT_DATIVE)), None)
                else:
                    g = next((j for j in range(k - 1, max(lo, k - 6) - 1, -1) if kinds[j]
                              and ("به" in words[max(lo, j - 2):j] or words[j].startswith("به")
                                   or any(words[x] == "قابل" for x in range(j + 1, k)))), None)
                if g is None or countered(g, group=True) or ("AMBIG" in tags[g] and not (
                        # (round 188) "به یه کرد": a Kurd, after "to a"
                        lang == "fa" and g >= 2 and words[g - 1] in _FA_TO_A and words[g - 2] == "به")):
                    continue
                for x in (g, k):
                    out.append(Finding("abuse", STRONG, *span(x, x), kind=kinds[g],
                                       rule="negative generalisation"))

        # 3b. (fifty-seventh round) a home, a job, a sale or entry withheld from a group (_SERVE)
        if lang in _SERVE and any(kinds):
            serve = _SERVE[lang]
            for k in range(n):
                if not serve.match(words[k]):
                    continue
                lo, hi = sent[k]
                w = words[k]
                # (fa, sixty-sixth round) refraining from it: "باید از اجاره دادن به مسیحیا خودداری کنن"
                refrain = lang == "fa" and k >= 1 and words[k - 1] == "خودداری"
                if lang in ("tr", "fa"):  # a light verb ("ver", "al", "بده", "نکنید") with its noun before it
                    light = not w.startswith(("sat", "kirala", "çalıştır", "calistir", "sok", "فروش", "بفروش",
                                              "نفروش"))
                    if light and not any(words[j].startswith(_SERVE_NOUN[lang])
                                         for j in range(max(lo, k - (8 if refrain else 3)), k)):
                        continue
                    if lang == "fa" and not w.startswith(("ند", "بد", "نمید")) and any(
                            words[j] == "کار" for j in range(max(lo, k - 3), k)):
                        continue  # (fa) "کار نکنید" is "don't work", "کار ندید" "don't give work"
                if lang == "tr" and w.endswith(("mayı", "meyi")) and not any(
                        words[j].startswith(("bırak", "birak", "reddet"))
                        for j in range(k + 1, min(hi, k + 3))):
                    continue  # (tr) a verbal noun prohibits only when stopped or refused: "satmayı bırakın"
                # the prohibition: in the verb (Turkish; Persian's ن), or a word before it
                if lang == "fa" and not w.startswith("ن") and not refrain and not any(
                        words[j] in _SERVE_NOT["fa"] for j in range(max(lo, k - 5), k)):
                    continue
                if lang in ("en", "ar") and not any(words[j] in _SERVE_NOT[lang]
                                                    for j in range(max(lo, k - 4), k)):
                    continue
                if any(words[j] in _SERVE_RELATIVE[lang] for j in range(lo, k)) or any(
                        _SERVE_DEPRIVED.match(words[j]) for j in range(lo, hi)):
                    continue  # others' act told ("landlords who refuse to rent"), or a right denied
                if lang == "tr" and any(_TR_PARTICIPLE_END.search(w_) for w_ in words[k + 1:min(hi, k + 3)]):
                    continue  # (tr) "kiraya vermeyi reddeden ev sahipleri": a participle, others' act
                # the group is the act's object or recipient: after the verb in English and Arabic ("hire
                # Afghans", "للاجئين"), before it in Turkish and Persian ("Afganları işe almayın")
                near = (range(k + 1, min(hi, k + 7)) if lang in ("en", "ar")
                        else range(k - 1, max(lo, k - 7) - 1, -1))
                g = next((j for j in near if kinds[j] and "AMBIG" not in tags[j]), None)
                if g is None or countered(g, group=True):
                    continue
                out.append(Finding("abuse", STRONG, *span(g, g), kind=kinds[g], rule="exclusion"))
                out.append(Finding("abuse", STRONG, *span(k, k), kind=kinds[g], rule="exclusion"))

        def none_of_them(g):
            """(sixty-sixth round) A negative quantifier on the group at ``g``: "no Kurd", "not a single
            Turk", "not one Arab", "ولا تركي", "hiçbir Ezidi", "tek bir Arap bile", "هیچ ایزدی", "حتی یه
            ترک هم" -- no comma between."""
            lo, hi = sent[g]
            if g <= lo or any(c in text[toks[g - 1][2]:toks[g][1]] for c in ",،"):
                return False
            w1 = words[g - 1]
            if lang == "en":
                return w1 == "no" or (w1 in ("single", "one") and "not" in words[max(lo, g - 4):g - 1])
            if lang == "ar":
                # ((hundred-and-fifty-eighth round) or "any" after a negation: "لا يجوز أن يتولى أي مسيحي")
                return w1 == "ولا" or (w1 == "ای" and any("NEG" in tags[j] for j in range(lo, g - 1)))
            if lang == "tr":
                return w1 in ("hiçbir", "hicbir") or (
                    w1 == "bir" and g - 2 >= lo and words[g - 2] == "tek" and "bile" in words[g + 1:g + 3])
            return w1 == "هیچ" or (w1 in ("یه", "یک") and g - 2 >= lo and words[g - 2] == "حتی"
                                   and "هم" in words[g + 1:g + 3])

        def denied_entry(g):
            """(sixty-sixth round) The word of a call that the group at ``g`` be let in, hired or housed
            not to be heeded, or None: the group's modal and an admission after it (en), a call's word
            and an admission beside it (ar), a "must not" verb of admission (tr), "نباید" and an admission
            (fa)."""
            lo, hi = sent[g]
            if lang == "en":
                m = next((j for j in range(g + 1, min(hi, g + 4)) if words[j] in _EN_CALLED_FOR), None)
                if m is None:
                    return None
                for k in range(m + 1, min(hi, m + 5)):
                    if words[k] in _EN_ADMITTED:
                        return k
                    if words[k] in _EN_GIVEN and (
                            any(words[j] in _EN_GOOD for j in range(k + 1, min(hi, k + 4)))
                            or (k + 2 < n and words[k + 1] == "to" and words[k + 2] in _EN_TO_GOOD)):
                        return k
                    if words[k] not in _EN_ADMIT_FILLER:
                        return None  # another verb first: "No Kurd should be afraid to enter the city"
                return None
            if lang == "ar":
                if not any(words[j] in _AR_CALLED_FOR
                           or (words[j] in _AR_LET and j > lo and "NEG" in tags[j - 1])
                           for j in range(lo, hi)):
                    return None
                # the call's word, the group or its "واحد" right before the verb: "لازم ينقبل", "ممنوع يسكن
                # ولا لاجئ", "ولا كردي واحد يدخل" (not "لازم يخاف يدخل", afraid to enter)
                return next((k for k in range(max(lo + 1, g - 3), min(hi, g + 6))
                             if k != g and (_AR_ADMITTED.match(words[k]) or (
                                 _AR_OPENS.match(words[k]) and k + 1 < hi and words[k + 1] in _AR_SHOP) or (
                                 _AR_WORKS.match(words[k])
                                 and not _AR_PUBLIC_JOB.isdisjoint(words[k + 1:min(hi, k + 6)])))
                             and (words[k - 1] in _AR_CALLED_FOR or k - 1 == g
                                  or words[k - 1] == "واحد"
                                  # (the call's "that": "لا يجب أن يعمل", hundred-and-fifty-eighth round)
                                  or (words[k - 1] == "ان" and k - 2 >= lo
                                      and words[k - 2] in _AR_CALLED_FOR))),
                            None)
            if lang == "tr":
                for k in range(g + 1, hi):
                    if _TR_MUST_NOT.search(words[k]) and (words[k].startswith(_TR_ADMITTED) or any(
                            words[j] in _TR_ADMITTED_NOUN for j in range(max(g + 1, k - 2), k))):
                        return k
                return None
            m = next((j for j in range(g + 1, hi) if words[j] == "نباید"), None)
            if m is None:
                return None
            for k in range(m + 1, hi):
                if words[k] == "که":
                    return None  # a clause of its own: "هیچ کردی نباید بترسه که وارد شهر بشه"
                if words[k].startswith(_FA_ADMITTED):
                    return k
            return None

        # 3e. (sixty-sixth round) a group denied entry, a job or a home by a negative quantifier on it and a
        # call that none of it be let in (_EN_ADMITTED): "Not one Arab should be admitted", "ولا تركي واحد
        # لازم يدخل هالبلد", "Tek bir Arap bile kabul edilmemeli", "حتی یه ترک هم نباید وارد این کشور بشه"
        if any(kinds):
            for g in range(1, n):
                if not kinds[g] or "AMBIG" in tags[g]:
                    continue
                # (ar, seventy-fourth round) or "don't let" right before the group, no quantifier needed: "لا
                # تخلوا الهنود يسكنون بين العوايل"
                let_not = (lang == "ar" and g >= 2 and words[g - 1] in _AR_LET
                           and words[g - 2] in ("لا", "ولا")
                           and not any(words[j] in _AR_WHY for j in range(sent[g][0], g)))
                if not (let_not or none_of_them(g)):
                    continue
                k = denied_entry(g)
                if k is None or countered(g, group=True):
                    continue
                out.append(Finding("abuse", STRONG, *span(g, g), kind=kinds[g], rule="exclusion"))
                out.append(Finding("abuse", STRONG, *span(k, k), kind=kinds[g], rule="exclusion"))
                break

        # 3f. (sixty-ninth round) sexism said through a frame (_sexism_frames): "مدیر زن یعنی شرکت ورشکسته",
        # "لا تتوقع منطق من النسوان", "شو بتفهم المرة بالسياسة؟"; (seventy-second round) and a claim that
        # comes before its group (_essence_frames: "الخيانة بدم الشيعة"), of the group's own kind
        for g, k in claim_frames:
            kind = _group_kind(tags[g]) or SEXISM
            if not countered(g, group=True):
                out.append(Finding("abuse", STRONG, *span(g, g), kind=kind, rule="negative generalisation"))
                out.append(Finding("abuse", STRONG, *span(k, k), kind=kind, rule="negative generalisation"))

        def chosen_kind(j):
            """(rule 3g) The kind of the group at ``j``; in Arabic also with its preposition joined to it
            ("بالأكراد")."""
            return kinds[j] or (lang == "ar" and words[j][:1] in ("ل", "ب")
                                and _group_kind(L.tags(words[j][1:])))

        # 3g. (hundred-and-thirtieth round) a group disqualified by what no sane person would do (_SANE,
        # _CHOOSE): "No sane man would vote for a woman mayor"; not the group as the sane chooser ("no sane
        # woman would vote for him" names no one chosen after the act)
        for k in range(n if any(kinds) else 0):
            pair = f"{words[k]} {words[k + 1]}" if k + 1 < n else words[k]
            if not (words[k].startswith(_SANE[lang]) or pair.startswith(_SANE[lang])):
                continue
            lo, hi = sent[k]
            # (the last in Turkish and Persian, whose verb ends the clause: not the voter, "seçmen",
            # "رای‌دهنده"; English whole words: not "voter")
            acts = [j for j in range(lo, hi) if (words[j] in _CHOOSE[lang] if lang == "en" else (
                words[j].startswith(_CHOOSE[lang])
                or (j + 1 < hi and f"{words[j]} {words[j + 1]}".startswith(_CHOOSE[lang]))))]
            act = (acts[-1] if lang in ("tr", "fa") else acts[0]) if acts else None
            if act is None:
                continue
            if lang in ("en", "ar"):
                denied = any("NEG" in tags[j] for j in range(lo, act))
                near = range(act + 1, min(hi, act + 4))
            else:
                # (Turkish and Persian deny in the verb: "oy vermez", "رای نمی‌دهد"; or "hiçbir", "هیچ")
                # (a Persian verb negated, not any word in ن: "رای نماینده", the deputy's vote)
                denied = any("NEG" in tags[j] for j in range(lo, act)) or any(
                    words[j].endswith(("mez", "maz")) or words[j].startswith(("نمی", "نکن", "نده", "نخواه"))
                    for j in range(act, min(hi, act + 3)))
                near = range(max(lo, act - 5), act)
            if not denied:
                continue
            g = next((j for j in near if chosen_kind(j)), None)
            if g is None or (g + 1 < n and words[g + 1] in _QUALIFIED):
                continue  # (a relative after it: one woman qualified, not women, "a woman who lies")
            # (Turkish and Persian: the group chosen, not the chooser, who comes first -- after the sane words
            # in Turkish, "aklı başında hiçbir Kürt seçime gitmez", before the adjective in Persian, "هیچ کرد
            # عاقلی رای نمی‌دهد")
            sane_end = k + 1 if not words[k].startswith(_SANE[lang]) else k
            if lang == "fa" and g < k:
                continue
            if lang == "tr" and not any(words[j] not in ("hiçbir", "hicbir", "hiç", "hic", "bir")
                                        and not kinds[j] for j in range(sane_end + 1, g)):
                continue
            if not countered(g, group=True):
                kind = chosen_kind(g)
                out.append(Finding("abuse", STRONG, *span(g, g), kind=kind, rule="negative generalisation"))
                out.append(Finding("abuse", STRONG, *span(k, k), kind=kind, rule="negative generalisation"))
                break

        # 3h. (hundred-and-thirty-first round) a group refused as a neighbour, a colleague, a son-in-law
        # (_NOT_WANT, _CLOSE_ROLE): "I would never want a Yazidi as a neighbour"
        nots, wants = _NOT_WANT[lang]
        for k in range(n if any(kinds) else 0):
            pair = f"{words[k]} {words[k + 1]}" if k + 1 < n else words[k]
            if lang in ("en", "ar"):
                if words[k] not in wants or not any(words[j] in nots for j in range(max(0, k - 3), k)):
                    continue
            elif not (words[k].startswith(wants) or pair.startswith(wants)):
                continue
            lo, hi = sent[k]
            role = next((j for j in range(lo, hi) if words[j].startswith(_CLOSE_ROLE[lang])), None)
            g = next((j for j in range(lo, hi) if kinds[j] and "AMBIG" not in tags[j]), None)
            if role is not None and g is not None and not countered(g, group=True):
                out.append(Finding("abuse", STRONG, *span(g, g), kind=kinds[g], rule="exclusion"))
                out.append(Finding("abuse", STRONG, *span(k, k), kind=kinds[g], rule="exclusion"))
                break

        def fa_said_to_you(i):
            """(fa) A verb said to the addressee near the insult at ``i``, in its sentence: an imperative
            ("دیگه ننویس", "boro dars bekhoon"), or a verb in the 2nd person that ends its clause
            (Persian is verb-final: "باز چی بلغور کردی؟"), or is followed only by the insult as a
            vocative ("چه زر مفتی میزنی پفیوز"); mid-clause, کردی and the like are also nouns and
            adjectives ("زبان کردی", Kurdish). Not behind a negation of the insult."""
            lo, hi = sent[i]
            x = words[i]
            if any(x == a or (x.startswith(a) and x[len(a):] in _FA_SUFFIXES + ("و", "رو"))
                   for a in _FA_NOT_VOCATIVE):
                return False
            if i + 1 < hi and words[i + 1].startswith(("نیست", "نبود", "کرد", "میکن", "نمیکن", "کن")):
                return False  # denied ("گاو نیستم"), or a compound verb ("بدبخت کردی", made miserable)
            for k in range(max(lo, i - 6), min(hi, i + 7)):
                w = words[k]
                if k == i or w in _FA_NOT_YOU_VERB:
                    continue
                if w in _FA_YOU_IMPERATIVE:
                    return True
                end = clause[k][1]
                if k + 1 == i and ("SAY" in tags[k] or w in _FA_YOU_SAY) and not any(words[j] in ("چی", "چه")
                                                              for j in range(clause[k][0], k)):
                    continue  # what "you say" someone is ("میگی ریاکار"), unless what is said is asked
                if _FA_YOU_VERB.match(w) and (k + 1 == end or (k + 1 == i and i + 1 == end)):
                    return True
            return False

        def fa_vocative_head(i):
            """(fa, nineteenth round) An insult heading its sentence and cut off by a comma, with the
            addressee in the words after it: a vocative ("بچه‌پررو، کی به تو اجازه داد نظر بدی؟",
            "نفهم، شما اصلاً مقاله رو خوندی؟"), or heading the whole comment, where it can only be said to
            the writer or the reader answered. Not pity, a post or an animal (_FA_NOT_VOCATIVE)."""
            lo, hi = sent[i]
            if i != lo or not text[toks[i][2]:toks[i][2] + 2].lstrip(" ").startswith(("،", ",")):
                return False
            x = words[i]
            if any(x == a or x.startswith(a) for a in _FA_NOT_VOCATIVE):
                return False
            if i == 0:
                return True  # (thirty-first round) the comment's first word: "احمق، این چه وضع نوشتنه"
            return any("YOU" in tags[k] or words[k] in _FA_YOU_IMPERATIVE
                       or (_FA_YOU_VERB.match(words[k]) and k + 1 == clause[k][1])
                       for k in range(i + 1, min(hi, i + 9)))

        # 4. personal attacks: an insult at the addressee or at a person
        def en_quoted_mention(i):
            """(en, twentieth round) an insult in quotation marks after someone else's verb of calling:
            "people who call every journalist a 'paid shill' just don't like the news", "those who called
            him a 'clown'" (the habit told in the present: not the speaker's own, "I call him a 'clown'";
            nor the addressee's, "you 'clown'"; nor agreed with, "those who call him a 'clown' are right")."""
            if lang != "en" or not in_quotes(i):
                return False
            lo_i = sent[i][0]
            for k in range(i - 1, max(lo_i, i - 7) - 1, -1):
                if words[k] in _EN_CALLING:
                    if k > lo_i and words[k - 1] in _EN_CALLERS and _EN_AGREE.isdisjoint(
                            words[lo_i:sent[i][1]]):
                        contrast("counter", i)
                        return True
                    return False
            return False

        def ar_vocative(i):
            """(ar) The word is called with the vocative: after "يا", or fused with it ("ياحمار")."""
            return (i >= 1 and words[i - 1] in AR_VOCATIVES) or (words[i].startswith(AR_VOCATIVES)
                                                                 and len(words[i]) > 4)

        def said_to_the_addressee(i):
            """(fiftieth round) A word of the mined vocative list (VOCINSULT: harm_lexicon/mined_ar.tsv, words
            the training comments call a person by, "يا خروف") is an insult only when it is said to the
            person addressed: with the vocative, or with "you" right before or after it ("انت وضيع").
            Elsewhere it is the animal or the thing ("أسعار الخراف")."""
            return ar_vocative(i) or window(i, 2, 1, "YOU") is not None

        def vocative_tail(i):
            """(thirty-first round) an insult that closes its sentence after a comma is the addressee
            called by it, in every language: "Önce tipine bak, mankafa", "read it first, idiot"; or the
            insult and a word for a person after it: ", beyinsiz herif" (not an insult with a verb after
            it, "O, köpekten korkuyor": he is afraid of the dog). Not a profane word, unless it names a
            person: an expletive closes a sentence as an exclamation ("Missed the bus again, shit.")."""
            if "PROF" in tags[i] and "PERSON" not in tags[i]:
                return False
            lo, hi = sent[i]
            last = hi - 1
            if i == last - 1 and "PERSON" in tags[last]:
                j = i
            elif i == last:
                j = i - 1 if i - 1 > lo and ("INSULT" in tags[i - 1] or "NEGPRED" in tags[i - 1]) else i
            else:
                return False
            return j > lo and any(c in text[toks[j - 1][2]:toks[j][1]] for c in ",،")

        # an insult that is the whole comment ("احمق", "aptal!", "Idiot.") is said to the writer or the
        # commenter answered: one or two words, no other target needed
        bare = n <= 2 or (n <= 6 and sum(1 for x in words if x.isalnum()) <= 2)
        for i in range(n):
            t = tags[i]
            if "INSULT" not in t and "ATTACK" not in t:
                if "VOCINSULT" in t and said_to_the_addressee(i) and not negated(i, 3) and not countered(i):
                    out.append(Finding("personal_attack", STRONG, *span(i, i), rule="insult said to you"))
                continue
            if "ATTACK" in t:
                continue  # insult phrases: one finding each, below
            if lang == "fa" and "IDIOM" in t:
                continue  # (nineteenth round) an animal in an idiom: "گاو پیشونی سفید", "خرش از پل گذشته"
            w = words[i]
            if lang == "en" and _en_describes_a_thing(w, words, tags, i, sent[i][1]):
                continue  # "another useless battle", "a stupid policy": a thing is called names
            if lang == "en" and _en_predicate_of_a_thing(w, words, tags, i, sent[i][0]):
                continue  # "the minister's plan is stupid": a thing, after its copula
            if _institution_judged(lang, words, i, sent[i][0]):
                continue  # "This government is useless and the minister should resign"
            claimed = next((j for j in range(i - 1, max(sent[i][0], i - 3) - 1, -1) if kinds[j]), None)
            if (claimed is not None and said_by_others(max(sent[i][0], claimed - 6), claimed)
                    and countered(claimed, group=True)):
                # (hundred-and-sixty-eighth round) the word is the claim about a people another is reported
                # to have made, rebutted, not an insult at the one who said it: "قال لي واحد إن الأفارقة
                # وسخين، رديت عليه إن هذا كلام عنصري"
                continue
            # a Persian "تو" right after the word is "in" ("کیر تو این گرونی"), not "you"
            if lang == "en" and en_quoted_mention(i):
                continue  # "people who call every journalist a 'paid shill' ...": the word is mentioned
            if _slur_reported(lang, words, i, *sent[i]):
                continue  # (round 176) what someone else called a person: "ona ibne diyorlardı", "I got
                # called an idiot at work"
            if lang == "en" and w in ("clown", "clowns") and not _EN_CIRCUS.isdisjoint(
                    words[sent[i][0]:sent[i][1]]) and not any(
                    words[k] in _EN_BE or "YOU" in tags[k] for k in range(max(sent[i][0], i - 4), i)):
                continue  # "the kids loved the clown at the festival": the performer
            you = window(i, 5, 0 if lang == "fa" and i + 1 < n and words[i + 1] == "تو" else 1, "YOU")
            if you is None and lang == "en" and i + 2 < sent[i][1] and words[i + 1] == "like" and (
                    words[i + 2] in ("you", "u", "yourself", "yourselves")):
                you = i + 2  # (twentieth round) "a two-bit propagandist like you"
            if you is None and lang == "fa" and i + 2 < sent[i][1] and words[i + 1] in _LIKE["fa"] and (
                    words[i + 2] in _FA_LIKE_YOU):
                you = i + 2  # (hundred-and-thirty-third round) "یه آدم بی‌سواد مثل تو", an illiterate like you
            person = window(i, 7, 4, "PERSON")
            if person is None and lang == "en" and any(words[k] in _EN_BE for k in range(max(0, i - 4), i)):
                person = window(i, 12, 0, "PERSON")
            morph_you = (lang == "tr" and re.search(r"(?:sın|sin|sun|sün|sınız|siniz|sunuz|sünüz)$", w)
                         is not None) or (lang == "ar" and ar_vocative(i))
            morph_you = morph_you or (lang == "fa" and i >= 1 and words[i - 1] in ("ای", "آی")) or (
                # (fa, twenty-third round) the 2nd person copula a few words after it, in its sentence:
                # "عجب آدم نفهم و کله‌پوکی هستی تو" (not denied: "نیستی" is another word)
                lang == "fa" and any(words[k] in _FA_YOU_COPULA
                                     for k in range(i + 1, min(sent[i][1], i + 4)))) or (
                lang == "tr" and i >= 1 and words[i - 1] in ("ey", "hey", "bre")) or (
                "YOUARE" in t and i == sent[i][1] - 1) or vocative_tail(i)
            if lang == "fa" and not morph_you and you is None and person is None and not bare:
                morph_you = fa_said_to_you(i) or fa_vocative_head(i)  # "چه زر مفتی میزنی پفیوز"
            tgt = you if you is not None else person
            # (hundred-and-sixtieth round) "only a fool would believe this": whoever believes it
            only_a = tgt is None and _only_a_doer(lang, words, tags, *sent[i], i)
            if tgt is None and not morph_you and not bare and not only_a:
                continue
            if lang == "tr":
                # Turkish denies an insult after it ("aptal değilsin", "hiç de aptal değil"); a
                # negation before it usually belongs to another word ("hiç yaklaşmamış korkak")
                # (nor "değil" before it, which denies the word before: "sen adam değil kukla olmuşsun";
                # but "vezir değil rezil etti" is a verb, "to disgrace")
                contrastive = i >= 1 and words[i - 1] in ("değil", "degil") and not (
                    i + 1 < n and words[i + 1].startswith(("et", "ed")))
                neg = (i >= 1 and "NEG" in tags[i - 1] and words[i - 1] not in ("ne", "hiç", "hic")
                       and not contrastive
                       # (hundred-and-thirty-seventh round) not a negation that ends the clause before the
                       # vocative: "Sende hiç akıl yok, zavallı" (no brain in you, wretch)
                       and not marked_between(i - 1, i)) or any(
                    words[k].startswith(("değil", "degil")) for k in range(i + 1, min(sent[i][1], i + 3)))
                if neg or countered(i):
                    continue
            elif (negated(i, 3) and not only_a) or countered(i):
                continue  # (the negation of "لا يصدقه إلا أحمق" is the construction's own)
            elif (lang == "fa" and i + 1 < sent[i][1] and words[i + 1].startswith(("نیست", "نبود"))
                  and not any(words[j] in _LIKE["fa"] for j in range(max(sent[i][0], i - 3), i))):
                continue  # (ninety-ninth round) the copula denied right after it: "کردها خائن نیستن" (not
                # "تو مزدوری بیش نیستی", nothing but a mercenary, nor another verb's "اسکل بلد نیست", nor a
                # likeness, "یه انسان که مثل شما آشغال نیست", a human who is not trash like you)
            elif lang == "ar" and person is not None and person < i and not_all(person):
                continue  # (ninety-ninth round) "مش كل لاجئ مجرم": not every one of them
            out.append(Finding("personal_attack", STRONG, *span(i, i), rule="insult at a person"))
        for a, b, tag in phrase_hits:
            if tag == "ATTACK" and not negated(a, 2) and not countered(a) and not en_quoted_mention(a):
                if lang == "en" and a >= 2 and words[a - 1] in ("a", "an") and (
                        words[a - 2] in ("its", "thats")
                        or (a >= 3 and words[a - 2] in ("is", "was") and words[a - 3] in _EN_IT)):
                    # (hundred-and-thirty-first round) said of a thing: "I hate this phone, it's a piece of
                    # garbage" ("you're a piece of garbage", "he is a ..." stay attacks)
                    continue
                out.append(Finding("personal_attack", STRONG, *span(a, b - 1), rule="insult phrase"))
        if "INSULT" in present or "NEGPRED" in present:
            _views_called_foolish(lang, words, tags, sent, n, out, span, negated, countered)
        if "MIND" in present or "BEAST" in present:
            _mind_and_beast(lang, words, tags, sent, n, out, span, window, negated, countered)
        if "CHILD" in present:
            _beside_a_child(lang, words, tags, sent, n, out, span, negated, countered)

        # 5. profanity and vulgarity (word lists)
        for i in range(n):
            t = tags[i]
            if "PROF" in t or "VULG" in t:
                if in_quotes(i) and rejects:
                    continue
                if lang == "en" and rejects and en_called_a(i):
                    contrast("counter", i)
                    continue  # (twenty-ninth round) "calling her a whore says everything about you"
                if lang == "tr" and rejects and tr_mentioned(i):
                    contrast("counter", i)
                    continue  # "ibne diye bağıran adam gözaltına alındı"
                if lang == "tr" and tr_quoted_by_others(i):
                    contrast("counter", i)
                    continue  # (twenty-ninth round) 'saldırganlar "ibne" diye bağırmış': another's word told
                if lang == "fa" and _fa_kas_is_person(words, i):
                    continue
                if "PROF" in t:
                    out.append(Finding("profanity", STRONG, *span(i, i), rule="word"))
                if "VULG" in t:
                    out.append(Finding("vulgarity", STRONG, *span(i, i), rule="word"))
                nxt = min(n - 1, i + 1)
                if lang == "fa" and words[nxt] == "تو":  # "تو" is also "in": "کیرم تو این گرونی"
                    nxt = min(n - 1, i + 2)
                if "YOU" in tags[nxt] and nxt != i and "PROF" in t:
                    out.append(Finding("personal_attack", STRONG, *span(i, i),
                                       rule="profanity at the addressee"))

        # 5b. Turkish sexual remarks about a person: a part of the body, the bed or "one night" (SEXCUE)
        # beside a woman or a presenter, with desire or appraisal in the sentence ("spikerin bacakları
        # beni tahrik ediyor", "bu kıza bi gece yeter"); not the body alone ("muhabirin bacağı kırıldı")
        # (and Arabic: "المذيعة صاروخ، لو تجي عندي ليلة وحدة", the presenter a sentence part away)
        # (and Persian: "چه هیکلی داره این مجریه، دلم میخواد یه شب باهاش باشم", a body part with her ش
        # naming the person: "باسنش")
        # (and English, round 26: "the anchor lady has the body of a belly dancer, I would pay to watch",
        # the person up to seven words before the cue)
        if lang in ("tr", "ar", "fa", "en") and "SEXCUE" in present and "SEXAPPR" in present:
            for i in range(n):
                if "SEXCUE" not in tags[i]:
                    continue
                lo, hi = sent[i]
                reach = 7 if lang in ("ar", "fa", "en") else 4
                who = any({"PERSON", "FEMALE"} & tags[k]
                          for k in range(max(lo, i - reach), min(hi, i + (7 if lang == "fa" else 3)))
                          if k != i)
                who = who or (lang == "fa" and words[i].endswith(("ش", "شو")))
                # (ar, seventy-first round) her "ها" on the body part just after a verb of imagining or
                # thinking: "عم فكر بصدرها" (not any "جسمها" beside praise: "غزال جسمها حلوه" is a
                # compliment the data's raters called clean)
                who = who or (lang == "ar" and words[i].endswith("ها") and len(words[i]) > 4 and any(
                    _AR_DWELL.match(words[k]) for k in range(max(lo, i - 3), i)))
                # (fa, round 28) or named before the invitation, the cue further on: "خانم خبرنگار یه بار
                # بیا پیشم، کاری میکنم که نتونی راه بری"
                who = who or (lang == "fa" and any(
                    "SEXAPPR" in tags[k] and "SEXCUE" not in tags[k] and any(
                        {"PERSON", "FEMALE"} & tags[j] for j in range(max(lo, k - 4), k))
                    for k in range(lo, i)))
                # (Persian: or an interjection after it, "باسن این بازیگره رو دیدید؟ جووون")
                appraised = any("SEXAPPR" in tags[k] and "SEXCUE" not in tags[k]
                                for k in range(lo, min(n, hi + 2) if lang == "fa" else hi))
                if who and appraised and not (negated(i, 3) or countered(i)):
                    out.append(Finding("vulgarity", STRONG, *span(i, i), rule="sexual remark on a person"))
                    break
        # 5c. (tr, twenty-sixth round) a woman of someone's family -- a mother, a sister, a wife (KINF) --
        # up to four words before a sexual cue (KINSEX: offered "to me", "for a night", the men who "had"
        # her, "no place untouched"): "anasını bana yollasın", "bacını kaç kişi geçirdi", "kız kardeşine
        # bi gecelik ayarlayalım"; not the relative alone ("annenize selam söyleyin") nor the cue alone
        if lang == "tr" and "KINSEX" in present and "KINF" in present:
            for i in range(n):
                if "KINSEX" not in tags[i]:
                    continue
                lo, _hi = sent[i]
                if any("KINF" in tags[k] for k in range(max(lo, i - 4), i)) and not (
                        negated(i, 3) or countered(i)):
                    out.append(Finding("vulgarity", STRONG, *span(i, i), rule="sexual remark on a relative"))
                    break
        # 5d. (sixty-second round) a woman of the news called to the speaker's bed, or her sexual parts named
        # as hers (_NIGHT, _BODY_HURT)
        if "BEDMINE" in present or "SEXPART" in present:
            for i in range(n):
                t = tags[i]
                lo, hi = sent[i]
                if "BEDMINE" in t:
                    who = any({"PERSON", "FEMALE"} & tags[k] and "YOU" not in tags[k]
                              and words[k] not in _SELF and "BEDMINE" not in tags[k] for k in range(lo, hi))
                    called = any("MOOD" in tags[k] or words[k].startswith(_NIGHT[lang])
                                 for k in range(lo, hi))
                    if who and called and not negated(i, 3):
                        out.append(Finding("vulgarity", STRONG, *span(i, i), rule="called to bed"))
                        break
                if "SEXPART" in t:
                    before = lang in ("en", "tr")
                    near = range(max(lo, i - 2), i) if before else range(i + 1, min(hi, i + 3))
                    if lang == "ar" and words[i] == "صدر":
                        near = range(i + 1, min(hi, i + 2))  # (also "issued": only the woman right after)
                    if lang == "en":  # (the possessive only: "the anchor's ass", not "ghetto ass names")
                        near = range(i - 1, i) if i > lo and words[i - 1].endswith("s") else ()
                    owner = any({"PERSON", "FEMALE"} & tags[k] and words[k] not in _PRONOUNS
                                and words[k] not in _SELF and "YOU" not in tags[k] for k in near)
                    hurt = any({"VIOLENT", "DIE", "VICTIM"} & tags[k] or words[k].startswith(_BODY_HURT[lang])
                               for k in range(lo, hi))
                    if owner and not hurt and not negated(i, 3):
                        out.append(Finding("vulgarity", STRONG, *span(i, i), rule="a woman's body named"))
                        break
        if lang in ("fa", "ar", "tr") and "FRIENDLY" in present and any(f.clause == "threat" for f in out):
            # (twentieth round) "I know where you work" or "I saw your car" said among friends: knowing
            # alone (rule 2b, or a known phrase of knowing), with two friendly signs, one of them more than
            # a "brother" (a greeting sent, a meal or a guest, a honk; "brother", a laughing face:
            # _FRIENDLY_FACES), in a comment with no violent, dying, warning or hostile word: "میدونم
            # کجا کار میکنی داداش، فردا ناهار مهمونم کن 😂"; not "میدونم کجا کار میکنی داداش، مواظب باش 😂",
            # nor "میدونم کجا زندگی میکنی داداش 😂", nor a greeting sent to the addressee's kin where they
            # work ("به بابات تو داروخونه‌ی خیابون انقلاب سلام برسون": _FA_KIN_YOURS)
            # (thirty-first round: Arabic and Turkish too, and a gift or a feast as friendly signs: "نعرف
            # وين مكتبكم وراح نجيكم بهدية للعيد", "Ofisinizin yerini biliyoruz, bayramda hediyeyle
            # geleceğiz"; the hostile words that keep it a threat are tags, the same in every language)
            friendly = [k for k in range(n) if "FRIENDLY" in tags[k]]
            hosted = any(words[k] not in _FA_BUDDY for k in friendly)  # (not a "brother" alone)
            signs = len(friendly) + any(ch in text for ch in _FRIENDLY_FACES)
            calm = not any((_UNFRIENDLY & tags[k]) or words[k].startswith(_FA_CAUTION)
                           or words[k] in _FA_HUSH or _FA_KIN_YOURS.match(words[k]) for k in range(n))
            knowing = all(f.rule in ("intimidation", "phrase") for f in out if f.clause == "threat")
            if hosted and signs >= 2 and calm and knowing:
                k = next(k for k in range(n) if "FRIENDLY" in tags[k])
                out = [f for f in out if f.clause != "threat"]
                contrast("negated", k)
        return out

    @staticmethod
    def _offsets(rx, text, words, raw=None):
        """[(word, start, end)]: ``words`` (rx's tokens of ``text``, cleaned) with their offsets.

        ``raw``: the tokens as rx.findall gave them. With _TOKEN_RE each is then found with str.find
        from the end of the one before, where the regular expression would be run again: every token
        starts with a word character (or is a weapon emoji), which can start a match, so no copy of
        it lies in the text between two matches, and the first one found is the match itself
        (tests/guidelines/test_fast_paths.py compares the two)."""
        if raw is None or rx is not _TOKEN_RE:
            return [(w, *m.span()) for w, m in zip(words, rx.finditer(text), strict=True)]
        out, end, find = [], 0, text.find
        for w, r in zip(words, raw, strict=True):
            start = find(r, end)
            end = start + len(r)
            out.append((w, start, end))
        return out

    def romanised_tokens(self, text, typed, lang="ar", digits_needed=False):
        """[(reading, start, end)] of a comment (fully normalised ``text``, its ``typed`` words) that is
        ``lang`` (ar, fa) typed in Latin letters, each word spelt in the language's script
        (_Lang.romanised_reading), or None when it is not. Normalisation read Arabizi's digits as
        leetspeak ("7mar" is "tmar" in ``text``), so a word typed with digits is taken from ``typed``
        (romanised.digit_words). Written so when half of the comment's words of three letters or more
        read as words of the language, none of them a word of English or Turkish: in Arabic two of them or
        more with a word typed with digits among them ("inta wa7ed 7a2eer") or three with no digit
        ("rsasa b rasak ya kazeb"); in Persian three, or two of Finglish's own words (_finglish: "khafe
        sho"). Arabic's article, conjunction and the oath's lam typed apart ("el akrad", "wallah la
        a2tlak") are joined to their word. ``digits_needed``: (ar) only with a word typed with digits (a
        comment the identifier took for Kurmanji, whose Latin letters hold Arabic's loanwords and its
        "ya", but never a digit for a letter)."""
        key = (text, typed, lang, digits_needed)
        memo = self._romanised_memo  # the scorer asks once to choose the language, once more in analyse
        out = memo.get(key, memo)  # (one lookup: another thread may clear the memo between two)
        if out is not memo:
            return out
        if len(memo) > 2048:
            memo.clear()
        memo[key] = out = self._romanised_tokens(text, typed, lang, digits_needed)
        return out

    def _romanised_tokens(self, text, typed, lang, digits_needed):
        arabic = lang == "ar"
        digits = [w for w in typed if "*" not in w] if arabic else []
        if not digits and (digits_needed or (arabic and not _ARABIZI_CUE_RE.search(text))):
            return None
        own = self._latin_known
        if own is None:  # the words of English and Turkish: never counted as read
            own = self._latin_known = self.langs["en"].known | self.langs["tr"].known
        raw = _TOKEN_RE.findall(text)
        long_words = [w for w in raw if len(w) >= 3]
        if not digits:
            # (most comments end here, at a set lookup a word) three words or more of three letters that
            # are no English or Turkish, and half the comment's: the most there are to read
            unknown = len({w for w in long_words if w not in own and w.isascii() and w.isalpha()})
            if unknown < 3 and not (unknown and not arabic and len(raw) < 12
                                    and self._finglish({w.replace("'", "") for w in raw})):
                return None
            if 2 * unknown < len(long_words):
                return None
        by_fold = {w.translate(LEET_TABLE): w for w in digits}  # "wa7ed" is "wated" in the text
        L = self.langs[lang]
        toks = self._offsets(_TOKEN_RE, text, raw)
        short = romanised.WORDS[lang]
        # first whether it is written so, reading only the words that count (a Turkish comment with "ya"
        # in it holds many words, all of them its own)
        with_digits = read = 0
        seen = set()  # each word counts once ("irri irri irri" is one word read)
        for w, _s, _e in toks:
            if w in seen:
                continue
            seen.add(w)
            typed_as = by_fold.get(w)
            if typed_as is not None:
                with_digits += L.romanised_reading(typed_as) is not None
            elif (len(w) >= 3 and w.isascii() and w.isalpha() and w not in own and w not in short
                  and L.romanised_reading(w) is not None):
                read += 1
        if arabic:
            enough = (with_digits and with_digits + read >= 2) or (read >= 3 and not digits_needed)
        else:
            enough = read >= 3 or self._finglish({w for w, _s, _e in toks})
        if not (enough and 2 * (with_digits + read) >= len(long_words)):
            return None
        out, prefix, prefix_start = [], "", None
        for w, s, e in toks:
            typed_as = by_fold.get(w, w)
            if arabic and typed_as == "la" and out and out[-1][0] == "والله" and not prefix:
                prefix, prefix_start = "ل", s  # the oath's lam, no negation: "wallah la a2tlak", والله لاقتلک
                continue
            if arabic and typed_as in romanised.ARTICLES:  # "w el 3arab": والعرب
                stay, joined = romanised.ARTICLES[typed_as]
                if stay:
                    out.append((prefix + stay, s if prefix_start is None else prefix_start, e))
                    prefix, prefix_start = "", None
                elif prefix_start is None:
                    prefix_start = s
                prefix += joined
                continue
            reading = L.romanised_reading(typed_as) if typed_as.isascii() and typed_as.isalnum() else None
            out.append((prefix + (reading or w), s if prefix_start is None else prefix_start, e))
            prefix, prefix_start = "", None
        return out

    def _finglish(self, words):
        """Two or more Finglish words (markers, or words of the Persian lists written in Latin letters)
        among a comment's ``words`` (a set)."""
        fa = self.langs["fa"]
        harm = words & fa.latin_exact
        hits = len(words & FINGLISH_MARKERS) + len(harm)
        if hits != 1:
            return hits >= 2
        if any(len(w) >= 8 for w in harm):
            return True  # one long Persian word of harm is enough: "mikoshamet", "koshtaneshoon"
        return sum(1 for w in words if w.startswith(fa.latin_prefix) and w not in fa.latin_exact) >= 1

    @staticmethod
    def _ar_tokens(text, toks, L=None):
        """Arabic tokens with yeh-hamza folded, and a word split by dots or dashes into pieces of one
        to three letters ("اق.ت.لک", or a longer first piece before single letters: "هالخ-ر-ا") read as
        the one word it hides; with ``L`` (the Arabic lists) also the repairs of _ar_repair."""
        if any(ch in text for ch in ".-*_"):
            merged = []
            for m in _AR_SPLIT_RE.finditer(text):
                pieces = [p for p in re.split(r"[.\-*_]+", m.group(0)) if p]
                # a dot can also be a missing space between two short words ("قال.ما"): then one of the
                # pieces is a single letter; a dash, star or underscore never stands between words
                if len(pieces) > 1 and (any(len(p) == 1 for p in pieces) or "." not in m.group(0)):
                    merged.append((m.start(), m.end(), "".join(pieces)))
                elif L is not None and len(pieces) == 2 and not any(L.tags(_ar_fold(p)) for p in pieces) and (
                        _AR_DOT_JOINED & L.tags(_ar_fold("".join(pieces)))):
                    # (round 28) two pieces of two or three letters, neither a listed word, that together
                    # make a listed predicate or insult ("حرا.مية", "نشّا.لين"): one word dotted, not two
                    merged.append((m.start(), m.end(), "".join(pieces)))
            if merged:
                toks = _splice(toks, merged)
        if "@" in text:
            # (round 20) an at sign for the alif it looks like, inside an Arabic word ("ر@ح نحرق بيتك"):
            # the word read whole (the tokens split at the sign; a handle is Latin, never this)
            ats = [(m.start(), m.end(), m.group(0).replace("@", "ا")) for m in _AR_AT_RE.finditer(text)]
            if ats:
                toks = _splice(toks, ats)
        toks = [(_ar_fold(w), a, b) for w, a, b in toks]
        return HarmDetector._ar_repair(toks, L) if L is not None else toks

    @staticmethod
    def _ar_repair(toks, L):
        """Arabic words disguised to dodge word lists, read as the word they hide when that word is in
        the lists (and the disguised one is not):
        - an underscore or star inside a word ("سنق_تلكم") is dropped when the word it leaves starts a
          rule (_TRIGGERS) and its two pieces are no words of the lists (a hashtag's words, joined by
          underscores, are left as they are);
        - the article typed apart, often with a tatweel ("ابن الـ كلب"): joined to the next word;
        - digits for letters, as in Arabizi or for a look-alike ("اذب7ك", "اقط٣", "حم1ر", "تافـ٥"):
          each digit read as the letters it stands for (_AR_DIGITS)."""
        out, k = [], 0
        while k < len(toks):
            w, a, b = toks[k]
            if w == "ال" and k + 1 < len(toks) and not toks[k + 1][0].startswith("ال") and not L.tags(w):
                w2, _, b2 = toks[k + 1]
                if not toks[k + 1][0].isdigit() and (L.tags("ال" + w2) or not L.tags(w2)):
                    out.append(("ال" + w2, a, b2))
                    k += 2
                    continue
            if "_" in w.strip("_") or "*" in w:
                pieces = [p for p in re.split(r"[_*]+", w) if p]
                joined = "".join(pieces)
                if len(pieces) == 2 and not any(L.tags(p) for p in pieces) and not _TRIGGERS.isdisjoint(
                        L.tags(joined)):
                    out.append((joined, a, b))
                    k += 1
                    continue
            if w in _AR_PREFIX_APART and k + 1 < len(toks) and not L.tags(w):
                w2, _, b2 = toks[k + 1]
                if not _TRIGGERS.isdisjoint(L.tags(w + w2)) and "VIOLENT" in L.tags(w + w2):
                    out.append((w + w2, a, b2))  # "سنـ ـصـ ـفـ ـيـ ـك": the future prefix typed apart
                    k += 2
                    continue
            if _AR_DIGIT_WORD_RE.fullmatch(w) and not L.tags(w):
                w = L.digit_reading(w)
            out.append((w, a, b))
            k += 1
        return out

    @staticmethod
    def _tr_sense(words, tags, k, lo, hi):
        """(tr) The tags of the violent or dying word ``words[k]`` (its sentence: tokens lo..hi) once its
        object is read (_TR_CUT and the lists after it): VIOLENT dropped when the act is done to a thing,
        not a person; IDIOM added when it is the speaker's own (done to the speaker, or the speaker's
        death), a metaphor, or a topic named ("tecavüz suçu", "infaz yasası")."""
        t, w = tags[k], words[k]

        def person(j):
            tj = tags[j]
            return bool({"YOU", "PERSON", "INSULT", "DEHUMAN"} & tj) or any(
                x.startswith(("GROUP:", "SLUR:")) for x in tj) or (
                "BODY" in tj and not _TR_MY.search(words[j]))

        def mine(j):
            return ((words[j] in _TR_ME and "WISH" not in tags[j])
                    or ("BODY" in tags[j] and bool(_TR_MY.search(words[j]))))

        def span(before, after):
            return (j for j in range(max(lo, k - before), min(hi, k + after + 1)) if j != k)

        if "DIE" in t and "VIOLENT" not in t:
            if _TR_FIRST_PERSON.search(w):
                return t | {"IDIOM"}  # "ölmeliyiz", "geberiyorum kederden", "kahroluyoruz"
            return t
        if _TR_PASSIVE_ME.search(w):
            return t | {"IDIOM"}  # "biz de vurulalım", "linçleniyorum"
        if w.startswith(("linç", "linc")) and any(words[j].startswith(_TR_METAPHOR) for j in span(8, 8)):
            return t | {"IDIOM"}  # "sosyal medyada linç", "linç kampanyası", "linç kültürü"
        if w.startswith(_TR_VIOLENT_NOUN) and k + 1 < hi and words[k + 1].startswith(_TR_TOPIC):
            return t | {"IDIOM"}  # a topic named: "tecavüz suçu", "infaz yasası", "linç girişimi"
        # someone else named as an object beside it (not a subject or a vocative: "sen beni öldüreceksin",
        # "biri beni döverek uyutsa", "bana vuracak sandım ulan")
        def object_person(j):
            return person(j) and (words[j] in _TR_OBJ_PRONOUN or len(words[j]) > 3 and (
                bool(_TR_ACCUSATIVE.search(words[j]) or _TR_DATIVE.search(words[j]))))

        anyone = any(object_person(j) for j in span(5, 5))
        if any(mine(j) for j in span(4, 2)) and not anyone:
            # the speaker's own: "kendimi keseceğim", "beni öldüreceksin", "kafama sıkacam"
            return t | {"IDIOM"}
        # (someone named as the object keeps the act violent: "onu duvara asalım"; not a subject,
        # "topa vuracak adam yok", nor "sende" in "keşke sende olsaydın, bi şarap patlatırdık")
        aimed = any(object_person(j) for j in span(4, 0)) or (
            k + 1 < hi and person(k + 1) and bool(_TR_ACCUSATIVE.search(words[k + 1])))
        if _TR_CUT.match(w):
            if not any(person(j) for j in span(3, 1)):
                return t - {"VIOLENT"}  # "irtibatı kessin", "ceza kesecek", "kurban keseceğim"
        elif _TR_SQUEEZE.match(w):
            if not any("WEAPON" in tags[j] or (person(j) and words[j].endswith(("a", "e")))
                       for j in span(4, 2)):
                return t - {"VIOLENT"}  # "elini sıkacak", "dişinizi sıkın", "canımı sıkacak"
        elif w.startswith(("kır", "kir")) and any(words[j] in _TR_FEELINGS for j in span(3, 1)) and not any(
                "BODY" in tags[j] or any(x.startswith(("GROUP:", "SLUR:")) for x in tags[j])
                for j in span(3, 1)):
            return t - {"VIOLENT"}  # hurt someone's feelings: "seni mi kıracağım", "kalbini kırarım"
        elif w.startswith(("infaz", "imha")):
            if any("THING" in tags[j] for j in span(3, 0)) and not aimed:
                return t - {"VIOLENT"}  # "cezası muhakkak infaz edilmeli", "cezayı infaz ettirmesi"
        elif _TR_OBJECT_VERB.match(w):
            j = k - 1
            while j >= lo and words[j] in _TR_FILLER:
                j -= 1
            thing = (j >= lo and "THING" in tags[j]) or (j < lo or not tags[j]) and (
                k + 1 < hi and "THING" in tags[k + 1])  # (postposed: "vuralım sahile")
            if thing and not aimed:
                return t - {"VIOLENT"}  # "topa vuracak", "sigaramı yakarım", "sahaya gömeceğiz"
        return t

    @staticmethod
    def _sentences(text, toks, sent_re=_SENT_RE):
        """For each token, the [start, end) token range of its sentence."""
        bounds = [m.start() for m in sent_re.finditer(text)]
        starts = [s for _, s, _ in toks]
        if "." in text:  # a dot inside a token ("چ.اق.و") ends no sentence
            # (only a dot can be both a bound and inside a token: the last token starting before it)
            bounds = [p for p in bounds if not (k := bisect_left(starts, p)) or toks[k - 1][2] <= p]
        ranges, lo = [], 0
        for p in bounds:  # a sentence starts at the first token after a bound
            k = bisect_right(starts, p)
            if k > lo:
                ranges.append((lo, k))
                lo = k
        ranges.append((lo, len(toks)))
        out = []
        for a, z in ranges:
            out.extend([(a, z)] * (z - a))
        return out


def summarise(findings):
    """{clause: (strength, [(start, end)], kinds)} -- the strongest finding of each clause."""
    out = {}
    for f in findings:
        s, spans, kinds = out.get(f.clause, (0, [], set()))
        spans.append((f.start, f.end))
        if f.kind:
            kinds.add(f.kind)
        out[f.clause] = (max(s, f.strength), spans, kinds)
    return out


__all__ = ["HarmDetector", "Finding", "summarise", "STRONG", "WEAK", "CLAUSE_KEYS",
           "RACISM"]
