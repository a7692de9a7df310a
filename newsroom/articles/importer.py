"""Parse a plain-text page dump of a news article (the format of the seed file) and store it as
an ArticlePage.

The dump looks like this (blank lines matter only between blocks):

    Headline
    (blank)
    24-09-2019                       date, DD-MM-YYYY
    Author                           (dumps often print it twice)
    Caption. Photo: Credit           optional, often twice
    A+ A-                            optional: the page's text-size buttons
    (blank)
    PLACE, Region – First paragraph...
    More paragraphs...
    Comments | Post a comment | The Latest     where the article ends
"""

import datetime as dt
import re
from dataclasses import dataclass, field

DATE_RE = re.compile(r"^(\d{2})-(\d{2})-(\d{4})$")
# "ERBIL, Kurdistan Region – US-led coalition ..." : an upper-case place, a dash, the text.
DATELINE_RE = re.compile(r"^([A-ZÀ-Ý][A-ZÀ-Ý .'’-]+(?:,[^–—]{1,60}?)?)\s+[–—]\s+(.+)$", re.S)
END_MARKERS = {"comments", "post a comment", "the latest"}
TOOLBAR_LINES = {"a+ a-", "a- a+"}
PHOTO_SEP = re.compile(r"\s+Photo:\s+")


class MalformedArticle(ValueError):
    def __init__(self, missing):
        self.missing = missing
        super().__init__("missing " + ", ".join(missing))


@dataclass
class ParsedArticle:
    headline: str
    date: dt.date
    author: str
    paragraphs: list = field(default_factory=list)
    caption: str = ""
    credit: str = ""
    dateline: str = ""


def _clean(line):
    # Page dumps carry no-break spaces and trailing blanks.
    return line.replace("\u00a0", " ").strip()


def _dedupe(lines):
    out = []
    for line in lines:
        if not out or out[-1] != line:
            out.append(line)
    return out


def parse(text):
    lines = [_clean(line) for line in text.splitlines()]
    missing = []
    i = 0
    while i < len(lines) and not lines[i]:
        i += 1
    headline = lines[i] if i < len(lines) and not DATE_RE.match(lines[i]) else ""
    if headline:
        i += 1
    else:
        missing.append("headline (first line)")

    while i < len(lines) and not lines[i]:
        i += 1
    date = None
    if i < len(lines) and (m := DATE_RE.match(lines[i])):
        try:
            date = dt.date(int(m[3]), int(m[2]), int(m[1]))
        except ValueError:
            date = None
        i += 1
    if date is None:
        missing.append("publication date (a DD-MM-YYYY line after the headline)")

    # The credits block: consecutive non-blank lines after the date.
    header = []
    while i < len(lines) and lines[i]:
        if lines[i].lower() not in TOOLBAR_LINES:
            header.append(lines[i])
        i += 1
    header = _dedupe(header)
    caption = credit = ""
    photo = [line for line in header if PHOTO_SEP.search(line)]
    if photo:
        caption, credit = PHOTO_SEP.split(photo[0], maxsplit=1)
    others = [line for line in header if line not in photo]
    author = others[0] if others else ""
    if not author:
        missing.append("author (the line after the date)")

    paragraphs = []
    for line in lines[i:]:
        if line.lower() in END_MARKERS:
            break
        if line:
            paragraphs.append(line)
    if not paragraphs:
        missing.append("body paragraphs")
    if missing:
        raise MalformedArticle(missing)

    dateline = ""
    if m := DATELINE_RE.match(paragraphs[0]):
        dateline, paragraphs[0] = m[1].strip(), m[2].strip()
    return ParsedArticle(
        headline=headline, date=date, author=author, paragraphs=paragraphs,
        caption=caption.strip(), credit=credit.strip(), dateline=dateline,
    )
