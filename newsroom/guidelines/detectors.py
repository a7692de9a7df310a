"""Language-independent detectors: links and domains, emails, phone numbers, handles, repeated
characters, and sales / self-promotion phrasing in the six edition languages.

They run on base-normalised text (NFKC, controls removed, digits folded to ASCII, lower case), so
"wwѡ.example.com" written with look-alike digits or bidi tricks is still found, and every span is
mapped back to the ORIGINAL text through the offset map.
"""
import re

from .normalise import Normalised, normalise_base

_TLDS = ("com|net|org|info|biz|io|co|me|ly|xyz|online|site|shop|store|top|club|app|dev|tv|link|click|"
         "ru|de|uk|fr|tr|ir|iq|sa|ae|eg|krd|in|us|ca|au|nl|pl|es|it|ch|be|se|no|dk|fi|gr|pt|br|mx|cn|jp|kr")
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"']+"
                    r"|\b(?:[a-z0-9-]+\.)+(?:" + _TLDS + r")\b(?:/[^\s<>\"']*)?")
EMAIL_RE = re.compile(r"\b[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}\b")
# 7+ digits with the usual separators, optionally with a country code: +1 555 0100, 0750-123-4567
PHONE_RE = re.compile(r"(?<![\w.])\+?\d[\d\s().\-]{5,}\d(?![\w.])")
HANDLE_RE = re.compile(r"(?<![\w@.])@[a-z0-9_.]{2,30}\b")
MESSENGER_RE = re.compile(r"\b(?:whatsapp|telegram|t\.me|wa\.me|viber|snapchat|instagram|insta|"
                          r"واتساب|واتس اپ|تلگرام|تلغرام|اینستاگرام|انستقرام)\b")
REPEAT_RE = re.compile(r"(\S)\1{5,}")  # the same character six or more times

# Sales and self-promotion phrasing, written as people type it; folded through normalise_base so the
# Arabic-script variants match. Kurdish entries are common marketing words (not validated by a native
# speaker moderator; they only add to the promotion score, never to abuse).
PROMO_PHRASES = {
    "en": ["buy now", "order now", "discount", "% off", "free shipping", "click here", "check out my",
           "check my channel", "subscribe to my", "follow me", "visit my", "make money", "earn money",
           "work from home", "best price", "limited offer", "promo code", "dm me", "cheap"],
    "ar": ["اشتري الان", "اطلب الان", "خصم", "تخفيضات", "عرض خاص", "للتواصل", "تابعوني", "اشترك في قناتي",
           "زوروا موقعنا", "ربح المال", "سعر مميز", "توصيل مجاني"],
    "tr": ["hemen al", "indirim", "kampanya", "ücretsiz kargo", "tıkla", "kanalıma abone", "takip et",
           "sipariş ver", "para kazan", "fırsat", "bize ulaşın"],
    "fa": ["خرید کنید", "تخفیف", "فروش ویژه", "سفارش دهید", "پیج ما", "کانال ما", "فالو کنید", "ارسال رایگان",
           "کسب درآمد", "تماس بگیرید"],
    "ckb": ["داشکاندن", "بە خۆڕایی", "پەیوەندی بکە", "فۆڵۆ بکەن", "سەبسکرایب", "بفرۆشە", "بیکڕە"],
    "kmr": ["erzanî", "belaş", "bikire", "bifiroşe", "abone bibin", "min bişopînin", "têkilî daynin"],
}


def _phrase_re():
    alts = set()
    for phrases in PROMO_PHRASES.values():
        for p in phrases:
            alts.add(re.escape(normalise_base(p).text))
    return re.compile("(?<!\\w)(?:" + "|".join(sorted(alts, key=len, reverse=True)) + ")")


PROMO_RE = _phrase_re()

RULES = (("link", URL_RE), ("email", EMAIL_RE), ("phone", PHONE_RE), ("handle", HANDLE_RE),
         ("messenger", MESSENGER_RE), ("phrase", PROMO_RE))
RULE_NAMES = tuple(n for n, _ in RULES)


def _phone_ok(m):
    digits = sum(ch.isdigit() for ch in m.group(0))
    return 7 <= digits <= 15


def find(base_text):
    """[(rule, start, end)] over base-normalised text."""
    out = []
    emails = []
    for m in EMAIL_RE.finditer(base_text):
        emails.append(m.span())
        out.append(("email", *m.span()))
    for name, rx in RULES:
        if name == "email":
            continue
        for m in rx.finditer(base_text):
            s, e = m.span()
            if any(a <= s < b for a, b in emails):
                continue  # the domain part of an email is not a second finding
            if name == "phone" and not _phone_ok(m):
                continue
            out.append((name, s, e))
    return out


def rule_features(base_text):
    """Counts (capped at 3) of each rule's findings, in RULE_NAMES order."""
    c = dict.fromkeys(RULE_NAMES, 0)
    for name, _, _ in find(base_text):
        c[name] += 1
    return [min(3, c[n]) for n in RULE_NAMES]


def repeats(base_text):
    return [m.span() for m in REPEAT_RE.finditer(base_text)]


def detect(text, base=None):
    """Everything the rules find in ``text``: {"features": [...], "signals": {...}, "spans": [...]},
    spans as (rule, start, end) of the ORIGINAL text."""
    if base is None:
        base = normalise_base(text)
    found = find(base.text)
    spans = []
    for name, s, e in found:
        sp = base.span(s, e)
        if sp:
            spans.append((name, sp[0], sp[1]))
    feats = dict.fromkeys(RULE_NAMES, 0)
    for name, _, _ in found:
        feats[name] += 1
    rep = []
    for s, e in repeats(base.text):
        sp = base.span(s, e)
        if sp:
            rep.append(sp)
    signals = {"links": feats["link"], "emails": feats["email"], "phones": feats["phone"],
               "handles": feats["handle"], "messengers": feats["messenger"], "sales_phrases": feats["phrase"],
               "repeated_characters": len(rep)}
    return {"features": [min(3, feats[n]) for n in RULE_NAMES], "signals": signals, "spans": spans,
            "repeats": rep}


__all__ = ["detect", "find", "rule_features", "repeats", "RULE_NAMES", "Normalised"]
