"""Loading the labelled datasets in ../shared/data and mapping their labels onto our clauses.

Every example is {"text", "language", "dataset", "labels": {head: 0|1}}. A head missing from
``labels`` is unknown for that example (it is left out when that head is trained or evaluated), so a
dataset only teaches what it actually annotated. "violation" is the dataset's own offensive/abusive
decision (any clause broken).

Splits are fixed by a hash of the text (CRC-32 mod 100): 0-69 train, 70-79 calibration (Platt
scaling), 80-99 dev. Duplicated texts therefore always fall into the same split, and the split does not
depend on the order of the files or on a random generator.
"""
import csv
import json
import os
import re
import zlib
from collections import Counter, defaultdict

csv.field_size_limit(10 ** 8)

HEADS = ("violation", "profanity", "vulgarity", "threat", "personal_attack", "abuse", "promotion",
         "sexism", "racism", "homophobia", "xenophobia", "religious_hatred")

# name: (folder, language, licence, open?, citation, what its labels mean for us)
DATASETS = {
    "davidson": ("davidson-hate-offensive", "en", "MIT", True,
                 "Davidson, Warmsley, Macy & Weber (2017), Automated Hate Speech Detection and the "
                 "Problem of Offensive Language, ICWSM.",
                 "hate -> abuse; offensive -> profanity + vulgarity; neither -> all clean; "
                 "violation = hate or offensive"),
    "olid": ("olid", "en", "UNCLEAR", False,
             "Zampieri et al. (2019), Predicting the Type and Target of Offensive Posts in Social Media, "
             "NAACL.",
             "OFF -> violation; UNT -> profanity; TIN+IND -> personal_attack; TIN+GRP -> abuse; "
             "NOT -> all clean"),
    "toxic_spans": ("toxic-spans-civil-comments", "en", "CC0", True,
                    "Pavlopoulos et al. (2021), SemEval-2021 Task 5: Toxic Spans Detection; Pavlopoulos, "
                    "Laugier, Xenos, Sorensen & Androutsopoulos (2022), From the Detection of Toxic Spans in "
                    "Online Discussions to the Analysis of Toxic-to-Civil Transfer, ACL.",
                    "raw annotations: a span type marked by >= half of a comment's annotators -> Insult: "
                    "personal_attack, Threat: threat, Identity based Attack: abuse, Profane/Obscene: "
                    "profanity; "
                    "violation = any type by >= half; 'not toxic' by >= half -> all clean"),
    "ethos": ("ethos", "en", "GPL-3.0", True,
              "Mollas, Chrysopoulou, Karlos & Tsoumakas (2022), ETHOS: a multi-label hate speech detection "
              "dataset, Complex & Intelligent Systems.",
              "isHate >= 0.5 -> abuse + violation; multi-label (>= 0.5): violence -> threat, "
              "gender -> sexism, race -> racism, national_origin -> xenophobia, "
              "sexual_orientation -> homophobia, religion -> religious_hatred"),
    "mlma_en": ("mlma-hate-speech", "en", "MIT", True,
                "Ousidhoum, Lin, Zhang, Song & Yeung (2019), Multilingual and Multi-Aspect Hate Speech "
                "Analysis, EMNLP.",
                "every tweet is hostile except 'normal': violation = not normal; 'hateful' -> abuse; with "
                "hateful, target gender -> sexism, sexual_orientation -> homophobia, "
                "religion -> religious_hatred"),
    "c3": ("c3-constructive-comments", "en", "UNCLEAR (parent corpus NC)", False,
           "Kolhatkar, Thain, Sorensen, Dixon & Taboada (2020), C3: The Constructive Comments Corpus; "
           "Kolhatkar et al. (2023), Classifying constructive comments, First Monday.",
           "personal_attack >= 2 annotators -> personal_attack, 0 -> clean; crowd_toxicity_level 1.0 -> "
           "violation 0, >= 2.5 -> violation 1; non_relevant only calibrates and measures relatedness"),
    "youtube_spam": ("youtube-spam-collection", "en", "CC BY 4.0", True,
                     "Alberto, Lochter & Almeida (2015), TubeSpam: Comment Spam Filtering on YouTube, ICMLA.",
                     "label 1 -> promotion, 0 -> not promotion"),
    "osact2020": ("osact2020-arabic", "ar", "CC-BY", True,
                  "Mubarak, Darwish, Magdy, Elsayed & Al-Khalifa (2020), Overview of OSACT4 Arabic Offensive "
                  "Language Detection Shared Task.",
                  "OFF -> violation; HS -> abuse"),
    "osact2022": ("osact2022-arabic-finegrained", "ar", "UNCLEAR", False,
                  "Mubarak, Al-Khalifa & Al-Thubaity (2022), Overview of OSACT5 Shared Task on Arabic "
                  "Offensive Language and Hate Speech Detection.",
                  "OFF -> violation; HS* -> abuse (HS1 -> racism, HS2 -> religious_hatred, HS6 -> sexism); "
                  "VLG -> vulgarity + profanity; VIO -> threat"),
    "l_hsab": ("l-hsab-arabic", "ar", "UNCLEAR", False,
               "Mulki, Haddad, Bechikh Ali & Alshabani (2019), L-HSAB: A Levantine Twitter Dataset for Hate "
               "Speech and Abusive Language, ALW3.",
               "abusive or hate -> violation; hate -> abuse; normal -> all clean"),
    "aljazeera": ("aljazeera-abusive-arabic", "ar", "UNCLEAR", False,
                  "Mubarak, Darwish & Magdy (2017), Abusive Language Detection on Arabic Social Media, ALW1.",
                  "level -1 (offensive) or -2 (obscene) -> violation; -2 -> vulgarity + profanity; "
                  "0 -> all clean"),
    "mlma_ar": ("mlma-hate-speech", "ar", "MIT", True,
                "Ousidhoum et al. (2019), EMNLP.", "as mlma_en"),
    "offenseval_tr": ("offenseval2020-turkish", "tr", "UNCLEAR", False,
                      "Çöltekin (2020), A Corpus of Turkish Offensive Language on Social Media, LREC.",
                      "OFF -> violation (no finer labels: the clauses stay null for Turkish)"),
    "pars_off": ("pars-off-persian", "fa", "UNCLEAR", False,
                 "Ataei, Darvishi, Navid & Tahmasebi (2022), Pars-OFF: A Benchmark for Offensive Language "
                 "Detection on Farsi Social Media, IEEE Trans. Affective Computing.",
                 "level a OFF -> violation; level b UNT -> profanity; level c IND -> personal_attack, "
                 "GRP -> abuse"),
    "phate": ("phate-persian", "fa", "UNCLEAR", False,
              "Delbari, Moosavi & Pilehvar (2024), Spanning the Spectrum of Hatred Detection: A Persian "
              "Multi-Label Hate Speech Dataset with Annotator Rationales, AAAI.",
              "Violenc -> threat; Vulgar -> vulgarity + profanity; HateSpeech -> violation; Hate -> abuse; "
              "all 0 -> all clean"),
    "parsoffensive": ("parsoffensive-persian", "fa", "UNCLEAR", False,
                      "ParsOffensive (Instagram comments), see the folder's README.",
                      "Offensive -> violation; Neutral -> all clean"),
    # added in Scorer 2.0 (issue 9): more Turkish and Arabic comments, from other platforms
    "hatc": ("hatc-turkish", "tr", "UNCLEAR", False,
             "HATC: Turkish Instagram comments (hatc.dedup.csv, see the folder's README).",
             "label 1 (offensive, incl. homophobic) -> violation; 0 -> no violation"),
    "tr_incivil": ("hatc-turkish", "tr", "UNCLEAR", False,
                   "5k Turkish tweets with incivil content (kaggle.csv, see the folder's README).",
                   "label 1 -> violation; 0 -> no violation"),
    "ar_youtube": ("arabic-offensive-taxonomy", "ar", "GPL-3.0", True,
                   "Alakrot, Murray & Nikolov (2018), Dataset construction for the detection of anti-social "
                   "behaviour in online communication in Arabic, Procedia Computer Science; re-annotated by "
                   "Liebeskind, Afawi, Litvak & Vanetik (2024), Lodz Papers in Pragmatics.",
                   "YouTube comments (ID4): offensive -> violation; 0 -> all clean"),
    "t_hsab": ("arabic-offensive-taxonomy", "ar", "GPL-3.0", True,
               "Haddad, Mulki & Oueslati (2019), T-HSAB: a Tunisian hate speech and abusive dataset, ICALP; "
               "re-annotated by Liebeskind et al. (2024).",
               "Tunisian (ID8): offensive -> violation; 0 -> all clean"),
    "mpold": ("arabic-offensive-taxonomy", "ar", "GPL-3.0", True,
              "Chowdhury et al. (2020), A multi-platform Arabic news comment dataset for offensive language "
              "detection, LREC; re-annotated by Liebeskind et al. (2024).",
              "news-post comments (ID9): offensive -> violation; vulgar -> vulgarity + profanity; "
              "'Hate Spech' -> abuse; 0 -> all clean"),
    "letmi": ("arabic-offensive-taxonomy", "ar", "GPL-3.0", True,
              "Mulki & Ghanem (2021), Let-Mi: an Arabic Levantine Twitter dataset for misogynistic language; "
              "re-annotated by Liebeskind et al. (2024).",
              "Levantine (ID14): offensive -> violation; sexism 1 -> sexism + abuse; 0 -> all clean"),
    "saudi_hs": ("arabic-offensive-taxonomy", "ar", "GPL-3.0", True,
                 "Alhazmi (2023), Hate Speech Dataset for the Saudi Dialect, Mendeley Data; re-annotated by "
                 "Liebeskind et al. (2024).",
                 "Saudi (ID16, text_repaired): offensive -> violation; 0 -> all clean"),
    # Everyday sentences, not comments: KurdishLID's Arabic, Persian and Turkish lines (short sentences of
    # the Tatoeba kind). No offensive-language set of these languages has neutral, well-formed prose
    # among its clean rows (they are tweets and comments), and the Arabic head flagged a third of these
    # sentences as violations (Persian 4%, Turkish 1%). They train every head as clean rows; their dev
    # part measures how often ordinary prose is flagged (docs/scorer.md). They never calibrate anything.
    **{f"kurdishlid_{lang}": ("kurdish-langid", lang, "MIT", True,
                              "Ahmadi, Hassani & Jaff et al. (2023), Language Identification for Kurdish "
                              "(KurdishLID's Arabic, Persian and Turkish lines).",
                              "everyday sentences, not comments -> all clean")
       for lang in ("ar", "fa", "tr")},
}
# Datasets added to broaden the training data (other platforms and dialects than the original sets'):
# they train the heads with this sample weight, so that they add vocabulary without replacing the
# original sets' definitions of "offensive". 0.3 was first chosen on OffensEval-TR's dev split; measured
# again by generalisation (issue 9, 2026-12-01), with the leave-one-dataset-out recipe (lodo.py) at 0.3,
# 0.6, 0.8 and 1.0 and two full retrains, it stays for every set but two:
# - Arabic: at 0.6 every Arabic leave-one-dataset-out cell was ahead of the naive baseline (at 0.3
#   l_hsab and osact2022 are behind; at 0.8 mpold and osact2022, at 1.0 osact2022's F1), but the
#   retrained head scored identity mentions and news of violence as offensive (read then as the dialect
#   tweet sets labelling group mentions hateful; measured later, of them only Let-Mi does so more often
#   than for its other comments, see below): our suite fell from 159 to 156 of 168 (tune half) and 113 to 109
#   (check half), news reporting and positive identity statements below 70%. The guidelines come first.
# - Turkish: at 0.6 no cell changed side. HATC's dev AUC 0.968 -> 0.973 and tr_incivil's 0.988 -> 0.990
#   stayed behind the baseline's 0.976 and 0.992, OffensEval-TR's dev AUC fell 0.869 -> 0.865 (F1 0.768
#   -> 0.770), its leave-one-dataset-out cell was unchanged, tr_incivil's F1 there fell 0.891 -> 0.875.
#   HATC alone at full weight (2026-12-02, by the Arabic rule below: Instagram comments, and a comment
#   naming a group with nothing hostile is labelled offensive 0.50 times as often as its others, against
#   1.30 in OffensEval-TR): leave-one-dataset-out OffensEval-TR 0.775/0.699 -> 0.776/0.706, tr_incivil
#   0.969/0.892 -> 0.971/0.886, mean F1 unchanged (0.8185): too little to retrain for; not tried further.
# - Arabic, per set (2026-12-01, one configuration, chosen before it was measured): the two sets of comments
#   rather than tweets at full weight, MPOLD (comments under news posts, this outlet's own kind of text) and
#   the YouTube comments. Neither teaches that naming a group is offensive: a training comment in which the
#   detectors find a group named and nothing hostile is labelled offensive 0.89 (MPOLD; 0.87 with the rules
#   of 2026-12-02, 0.89 again with those of 2026-12-03, 0.88 with those of 2026-12-05) and 0.64 (YouTube)
#   times as often as the set's comments overall, against 1.11 for Let-Mi, 1.42 for OSACT2020 and 1.70 for
#   OSACT2022 (1.69-1.70 with the rules of 2026-12-04's later rounds, 1.68 with hashtags read apart on
#   2026-12-05; lodo.named_group_ratios).
#   Leave-one-dataset-out, against 0.3 for every set: AUC up in all ten Arabic cells (mean 0.828 -> 0.834),
#   macro-F1 up in eight (mean 0.685 -> 0.695; Al Jazeera 0.437 -> 0.417
#   and L-HSAB 0.739 -> 0.711 down); cells behind the naive baseline 4 -> 3 (L-HSAB AUC by 0.0005 and F1,
#   OSACT2022 F1). Dev: MPOLD 0.848/0.695 -> 0.861/0.715, YouTube 0.900/0.823 -> 0.918/0.843, MLMA-ar AUC
#   0.795 -> 0.799, OSACT2022 F1 0.766 -> 0.774, the others within 0.005. Our suite: Arabic check half 117 ->
#   116 of 168 (a news report at violation 0.51), tune half unchanged; Persian tune half 161 -> 160 (the
#   clause stacks are fitted over every language's calibration rows); everyday Arabic sentences flagged 20 ->
#   24 of 469. Kept: a consistent gain on sources never seen, against one case of the outlet's own. `python -m
#   newsroom.guidelines lodo --c 4 --lang ar --broadening mpold=0.3,ar_youtube=0.3` gives the folds as they
#   were before.
BROADENING = {"hatc": 0.3, "tr_incivil": 0.3, "ar_youtube": 1.0, "t_hsab": 0.3, "mpold": 1.0, "letmi": 0.3,
              "saudi_hs": 0.3}

CLEAN = {h: 0 for h in HEADS if h != "promotion"}
# The sets of everyday sentences above: one class (clean), so they have no AUC or F1 of their own and
# take no part in calibration, thresholds, the stack or leave-one-dataset-out cells; they only train.
NEUTRAL = frozenset(f"kurdishlid_{lang}" for lang in ("ar", "fa", "tr"))
NEUTRAL_FILES = {"ar": "Arabic-arab_train.txt", "fa": "Persian-arab_train.txt",
                 "tr": "Turkish-latn_train.txt"}


def split_of(text):
    b = zlib.crc32(text.encode("utf-8")) % 100
    return "train" if b < 70 else ("calib" if b < 80 else "dev")


def _ex(text, lang, ds, labels):
    text = (text or "").replace("<LF>", "\n").strip()
    if not text:
        return None
    return {"text": text, "language": lang, "dataset": ds, "labels": labels}


def _read_csv(path, **kw):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f, **kw))


def _davidson(d):
    for r in _read_csv(os.path.join(d, "labeled_data.csv")):
        c = r["class"]
        if c == "0":
            lab = {"violation": 1, "abuse": 1}
        elif c == "1":
            lab = {"violation": 1, "profanity": 1, "vulgarity": 1, "abuse": 0}
        else:
            lab = dict(CLEAN)
        yield r["tweet"], lab


def _olid(d):
    for r in _read_csv(os.path.join(d, "olid-training-v1.0.tsv"), delimiter="\t", quoting=csv.QUOTE_NONE):
        if r["subtask_a"] == "NOT":
            yield r["tweet"], dict(CLEAN)
            continue
        lab = {"violation": 1}
        if r["subtask_b"] == "UNT":
            lab.update(profanity=1, personal_attack=0, abuse=0)
        elif r["subtask_b"] == "TIN":
            if r["subtask_c"] == "IND":
                lab.update(personal_attack=1)
            elif r["subtask_c"] == "GRP":
                lab.update(abuse=1)
        yield r["tweet"], lab


_SPAN_TYPES = {"Insult": "personal_attack", "Threat": "threat", "Identity based Attack": "abuse",
               "Profane/Obscene": "profanity", "Other Toxicity": None}


def _toxic_spans(d):
    comments = {r["comment_id"]: r["comment_text"] for r in _read_csv(os.path.join(d, "data_comments.csv"))}
    ann = _read_csv(os.path.join(d, "data_annotations.csv"))
    by_comment = defaultdict(list)
    ann_comment = {}
    for a in ann:
        by_comment[a["comment_id"]].append(a)
        ann_comment[a["annotation"]] = a["comment_id"]
    types = defaultdict(lambda: defaultdict(set))
    for s in _read_csv(os.path.join(d, "data_spans.csv")):
        cid = ann_comment.get(s["annotation"])
        clause = _SPAN_TYPES.get(s["type"])
        if cid is not None:
            types[cid][clause or "other"].add(s["annotation"])
    for cid, anns in by_comment.items():
        text = comments.get(cid)
        if not text:
            continue
        n = len(anns)
        not_toxic = sum(a["not toxic"] == "True" for a in anns)
        marked = {c: len(v) for c, v in types[cid].items()}
        anyone = len({x for v in types[cid].values() for x in v} | {a["annotation"] for a in anns
                                                                    if a["all toxic"] == "True"})
        if not_toxic * 2 >= n and not marked:
            yield text, dict(CLEAN)
            continue
        lab = {}
        for c in ("personal_attack", "threat", "abuse", "profanity"):
            k = marked.get(c, 0)
            if k * 2 >= n:
                lab[c] = 1
            elif k == 0:
                lab[c] = 0
        if anyone * 2 >= n:
            lab["violation"] = 1
        elif anyone == 0:
            lab["violation"] = 0
        if lab:
            yield text, lab


def _ethos(d):
    path = os.path.join(d, "Ethos_Dataset_Multi_Label.csv")
    multi = {r["comment"]: r for r in _read_csv(path, delimiter=";")}
    kinds = {"violence": "threat", "gender": "sexism", "race": "racism", "national_origin": "xenophobia",
             "sexual_orientation": "homophobia", "religion": "religious_hatred"}
    for r in _read_csv(os.path.join(d, "Ethos_Dataset_Binary.csv"), delimiter=";"):
        hate = float(r["isHate"]) >= 0.5
        lab = {"violation": int(hate), "abuse": int(hate)}
        if not hate:
            lab.update(dict(CLEAN))
        m = multi.get(r["comment"])
        if m is not None and hate:
            for k, c in kinds.items():
                lab[c] = int(float(m[k]) >= 0.5)
        yield r["comment"], lab


def _mlma(d, lang):
    targets = {"gender": "sexism", "sexual_orientation": "homophobia", "religion": "religious_hatred"}
    for r in _read_csv(os.path.join(d, f"{lang}_dataset.csv")):
        s = r["sentiment"]
        if s == "normal":
            yield r["tweet"], dict(CLEAN)
            continue
        lab = {"violation": 1}
        if "hateful" in s:
            lab["abuse"] = 1
            for t, c in targets.items():
                lab[c] = int(r["target"] == t)
        yield r["tweet"], lab


def _count(field, name):
    m = re.search(re.escape(name) + r":(\d+)", field or "")
    return int(m.group(1)) if m else 0


def _c3(d):
    for r in _read_csv(os.path.join(d, "C3_anonymized.csv")):
        k = _count(r["toxicity_characteristics"], "personal_attack")
        lab = {}
        if k >= 2:
            lab["personal_attack"] = 1
        elif k == 0:
            lab["personal_attack"] = 0
        try:
            level = float(r["crowd_toxicity_level"])
        except ValueError:
            level = None
        if level == 1.0:  # every annotator: not toxic -- news-site comments that break nothing
            lab["violation"] = 0
        elif level is not None and level >= 2.5:
            lab["violation"] = 1
        if lab:
            yield r["comment_text"], lab


def c3_relevance(data_dir):
    """C3 comments with article_id and the non_relevant annotation count (for the relatedness study)."""
    d = os.path.join(data_dir, "c3-constructive-comments")
    for r in _read_csv(os.path.join(d, "C3_anonymized.csv")):
        yield {"text": r["comment_text"], "article_id": r["article_id"],
               "non_relevant": _count(r["non_constructive_characteristics"], "non_relevant")}


def youtube_videos(data_dir):
    """The YouTube spam collection as (video, text, spam 0/1): one file per video (Youtube01-Psy.csv
    -> "Psy"); the fifth video is withheld, so "a video never seen" is the test that matters."""
    d = os.path.join(data_dir, DATASETS["youtube_spam"][0])
    for fn in sorted(os.listdir(d)):
        if fn.endswith(".csv"):
            video = fn[:-4].split("-", 1)[-1]
            for r in _read_csv(os.path.join(d, fn)):
                yield video, r["CONTENT"], int(r["label"] == "1")


def _youtube(d):
    for _video, text, spam in youtube_videos(os.path.dirname(d)):
        yield text, {"promotion": spam}


def _osact2020(d):
    with open(os.path.join(d, "OSACT2020-sharedTask-train.txt"), encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3:
                continue
            off, hs = parts[1] == "OFF", parts[2] == "HS"
            lab = {"violation": int(off), "abuse": int(hs)}
            if not off:
                lab = dict(CLEAN)
            yield parts[0], lab


def _osact2022(d):
    for r in _read_csv(os.path.join(d, "train_data2022.csv")):
        off = r["Offensive"] == "OFF"
        if not off:
            yield r["Tweet"], dict(CLEAN)
            continue
        hs = r["Hate"]
        lab = {"violation": 1, "abuse": int(hs != "NOT_HS"), "vulgarity": int(r["Vulgar"] == "VLG"),
               "profanity": int(r["Vulgar"] == "VLG"), "threat": int(r["Violence"] == "VIO")}
        if hs != "NOT_HS":
            lab.update(racism=int(hs == "HS1"), religious_hatred=int(hs == "HS2"), sexism=int(hs == "HS6"))
        yield r["Tweet"], lab


def _l_hsab(d):
    for r in _read_csv(os.path.join(d, "L-HSAB.tsv"), delimiter="\t"):
        c = (r.get("Class") or "").strip()
        if c == "normal":
            yield r["Tweet"], dict(CLEAN)
        elif c in ("abusive", "hate"):
            yield r["Tweet"], {"violation": 1, "abuse": int(c == "hate")}


def _aljazeera(d):
    for fn in ("AJ-train.tsv", "AJ-dev.tsv", "tweet-train.tsv", "tweet-dev.tsv"):
        for r in _read_csv(os.path.join(d, fn), delimiter="\t", quoting=csv.QUOTE_NONE):
            lv = (r.get("level") or "").strip()
            if lv == "0":
                yield r["text"], dict(CLEAN)
            elif lv in ("-1", "-2"):
                yield r["text"], {"violation": 1, "vulgarity": int(lv == "-2"), "profanity": int(lv == "-2")}


def _offenseval_tr(d):
    with open(os.path.join(d, "offenseval-tr-training-v1.tsv"), encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3 and parts[-1] in ("OFF", "NOT"):
                yield "\t".join(parts[1:-1]), {"violation": int(parts[-1] == "OFF")}


def _pars_off(d):
    b = {r["tweet"]: r["label"] for r in _read_csv(os.path.join(d, "Pars-OFF_levelb_train.csv"))}
    c = {r["tweet"]: r["label"] for r in _read_csv(os.path.join(d, "Pars-OFF_levelc_train.csv"))}
    for r in _read_csv(os.path.join(d, "Pars-OFF_levela_train.csv")):
        t = r["tweet"]
        if r["label"] == "NOT":
            yield t, {"violation": 0}
            continue
        lab = {"violation": 1}
        if b.get(t) == "UNT":
            lab.update(profanity=1, personal_attack=0)
        elif b.get(t) == "TIN":
            if c.get(t) == "IND":
                lab["personal_attack"] = 1
            elif c.get(t) == "GRP":
                lab["abuse"] = 1
        yield t, lab


def _phate(d):
    for fn in ("train_simple.csv", "val_simple.csv"):
        for r in _read_csv(os.path.join(d, fn)):
            v, h, vu, hs = (r["Violenc"] == "1", r["Hate"] == "1", r["Vulgar"] == "1", r["HateSpeech"] == "1")
            if not (v or h or vu or hs):
                yield r["text"], dict(CLEAN)
            else:
                yield r["text"], {"violation": 1, "threat": int(v), "abuse": int(h), "vulgarity": int(vu),
                                  "profanity": int(vu)}


def _parsoffensive(d):
    for r in _read_csv(os.path.join(d, "ParsOffensive.derived.csv")):
        if r["label"] in ("Offensive", "Neutral"):
            yield r["comment"], {"violation": int(r["label"] == "Offensive")}


def _hatc(d, fn):
    for r in _read_csv(os.path.join(d, fn)):
        if r.get("label") in ("0", "1"):
            yield r["text"], {"violation": int(r["label"] == "1")}  # offensive or not, as OffensEval-TR


_TAXONOMY = {"ar_youtube": "arabic_off_lang_dataset_ID4.dedup.csv",
             "t_hsab": "arabic_off_lang_dataset_ID8.dedup.csv",
             "mpold": "arabic_off_lang_dataset_ID9.derived.csv",
             "letmi": "arabic_off_lang_dataset_ID14.derived.csv",
             "saudi_hs": "arabic_off_lang_dataset_ID16.dedup.csv"}


def _taxonomy(d, name):
    for r in _read_csv(os.path.join(d, _TAXONOMY[name])):
        r = {k.strip(): v for k, v in r.items()}
        text = r.get("text_repaired") or r.get("text") or ""
        text = text.replace("_x000D_", "\n")
        off = r.get("offensive")
        if off not in ("0", "1"):
            continue
        if off == "0":
            yield text, dict(CLEAN)
            continue
        lab = {"violation": 1}
        if name == "mpold":
            vul = r.get("vulgar") == "1"
            lab.update(vulgarity=int(vul), profanity=int(vul))
            lab["abuse"] = int((r.get("offencse strength") or "").startswith("Hate"))
        if name == "letmi" and r.get("sexism") in ("0", "1"):
            if r["sexism"] == "1":
                lab.update(sexism=1, abuse=1)
            else:
                lab["sexism"] = 0
        yield text, lab


def _neutral(d, lang):
    for line in _lines(os.path.join(d, "kurdishlid-sinaahmadi", "datasets", NEUTRAL_FILES[lang])):
        yield line, dict(CLEAN)


_LOADERS = {
    "davidson": _davidson, "olid": _olid, "toxic_spans": _toxic_spans, "ethos": _ethos,
    "mlma_en": lambda d: _mlma(d, "en"), "c3": _c3, "youtube_spam": _youtube,
    "osact2020": _osact2020, "osact2022": _osact2022, "l_hsab": _l_hsab, "aljazeera": _aljazeera,
    "mlma_ar": lambda d: _mlma(d, "ar"), "offenseval_tr": _offenseval_tr, "pars_off": _pars_off,
    "phate": _phate, "parsoffensive": _parsoffensive,
    "hatc": lambda d: _hatc(d, "hatc.dedup.csv"), "tr_incivil": lambda d: _hatc(d, "kaggle.csv"),
    **{name: (lambda d, name=name: _taxonomy(d, name)) for name in _TAXONOMY},
    **{f"kurdishlid_{lang}": (lambda d, lang=lang: _neutral(d, lang)) for lang in NEUTRAL_FILES},
}


def load_dataset(data_dir, name):
    folder, lang = DATASETS[name][0], DATASETS[name][1]
    d = os.path.join(data_dir, folder)
    seen = set()
    out = []
    for text, lab in _LOADERS[name](d):
        ex = _ex(text, lang, name, lab)
        if ex is None or ex["text"] in seen:  # exact duplicates inside a dataset are kept once
            continue
        seen.add(ex["text"])
        ex["split"] = split_of(ex["text"])
        out.append(ex)
    return out


def load_all(data_dir, open_only=False, names=None):
    out = []
    for name, meta in DATASETS.items():
        if names is not None and name not in names:
            continue
        if open_only and not meta[3]:
            continue
        out.extend(load_dataset(data_dir, name))
    return out


# ----- language identification text -----

def _lines(path, limit=None):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                out.append(line)
                if limit and len(out) >= limit:
                    break
    return out


def langid_examples(data_dir, labelled=None, per_lang=12000):
    """Language-identification text: (text, language, split).

    Kurdish: the kurdish-langid sentence files, split by source unit (a document goes wholly to one
    split). ar/fa/tr/en: comment text of the labelled datasets (their own train/dev split) plus
    KurdishLID's Arabic, Persian and Turkish lines. other: French (MLMA) and the KurdishLID confusers
    that are not Sorani or Kurmanji (Gorani, Southern Kurdish, Zazaki). KurdishLID's Badini (Kurmanji in
    Arabic script) is labelled kmr and its Latin-script Sorani ckb: they are still Kurdish.
    """
    k = os.path.join(data_dir, "kurdish-langid")
    rows = []
    for lang in ("ckb", "kmr"):
        texts = _lines(os.path.join(k, f"langid-train-{lang}.txt"))
        with open(os.path.join(k, f"langid-train-{lang}.sources.tsv"), encoding="utf-8") as f:
            src = list(csv.DictReader(f, delimiter="\t"))
        units = {int(r["line"]): r["unit"] for r in src}
        for i, t in enumerate(texts, 1):
            rows.append((t, lang, split_of(units.get(i, t))))
    lid = os.path.join(k, "kurdishlid-sinaahmadi", "datasets")
    for fn, lang in (("Arabic-arab_train.txt", "ar"), ("Persian-arab_train.txt", "fa"),
                     ("Turkish-latn_train.txt", "tr"), ("NorthernKurdish-arab_train.txt", "kmr"),
                     ("CentralKurdish-latn_train.txt", "ckb"), ("Gorani-arab_train.txt", "other"),
                     ("SouthernKurdish-arab_train.txt", "other"), ("Zazaki-latn_train.txt", "other"),
                     ("Zazaki-latn-wiki_train.txt", "other")):
        p = os.path.join(lid, fn)
        if os.path.exists(p):
            rows.extend((t, lang, split_of(t)) for t in _lines(p))
    fr = os.path.join(data_dir, "mlma-hate-speech", "fr_dataset.csv")
    if os.path.exists(fr):
        rows.extend((r["tweet"], "other", split_of(r["tweet"])) for r in _read_csv(fr))
    if labelled is None:
        labelled = load_all(data_dir)
    rows.extend((e["text"], e["language"], e["split"]) for e in labelled)
    # cap each language's training rows (fixed order: by hash) so no language drowns the others
    by = defaultdict(list)
    for r in rows:
        by[(r[1], r[2] == "train")].append(r)
    out = []
    for (_lang, is_train), rs in sorted(by.items()):
        rs.sort(key=lambda r: zlib.crc32(r[0].encode("utf-8")))
        out.extend(rs[:per_lang] if is_train else rs[: per_lang // 3])
    return out


def summary(examples):
    c = Counter((e["dataset"], e["split"]) for e in examples)
    names = sorted({e["dataset"] for e in examples})
    return {k: {s: c[(k, s)] for s in ("train", "calib", "dev")} for k in names}


if __name__ == "__main__":  # quick look: python -m newsroom.guidelines.data ../shared/data
    import sys
    ex = load_all(sys.argv[1])
    print(json.dumps(summary(ex), indent=1))
    pos = Counter((e["language"], h) for e in ex for h, v in e["labels"].items()
                  if v == 1 and e["split"] == "train")
    print(sorted(pos.items()))
