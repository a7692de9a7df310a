"""Renders the model card (docs/scorer.md) from the figures evaluation.py measured."""
import glob
import os

from .clauses import ABUSE_KINDS, CLAUSES
from .data import BROADENING
from .harm import CLAUSE_KEYS
from .lodo import BOOTSTRAP_REPS
from .training import _AR_ISIS, F1_TOLERANCE, VIOLATION_C

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # the checkout


def _probe_count():
    """How many probe comments tests/guidelines/probes holds (``clause<TAB>text`` lines), counted when
    the card is rendered, so that a new probe file needs no edit here; None outside a checkout."""
    files = glob.glob(os.path.join(ROOT, "tests", "guidelines", "probes", "*.tsv"))
    if not files:
        return None
    n = 0
    for path in files:
        with open(path, encoding="utf-8") as f:
            n += sum(1 for line in f if "\t" in line and not line.startswith("#"))
    return n


def _f(v, nd=3):
    return "–" if v is None else f"{v:.{nd}f}"


def _m(m):
    if not m:
        return "–", "–"
    return _f(m.get("auc")), _f(m.get("macro_f1"))


def _broadening_weight(man):
    """The row weight the model's heads gave the sets of data.BROADENING, as its manifest records it
    (manifests before 2026-12-01 do not: they were trained at 0.3): one figure when every set had the
    same, otherwise each weight with its sets, the commonest weight last as "the others"."""
    sets_of = {}
    for n in sorted(BROADENING):
        d = man["datasets"].get(n)
        if d:
            sets_of.setdefault(d.get("weight", 0.3), []).append(n)
    if len(sets_of) <= 1:
        return " / ".join(f"{x:g}" for x in sets_of) or "–"
    common = max(sets_of, key=lambda x: (len(sets_of[x]), x))
    named = [f"{x:g} (" + ", ".join(f"`{n}`" for n in sets_of[x]) + ")"
             for x in sorted(sets_of, reverse=True) if x != common]
    return ", ".join(named) + f", {common:g} (the others)"


def _violation_contrast_weights(man):
    """{language: {contrast: weight}} of the violation stack's contrast columns (empty for a stack fitted
    before the rebuttal column)."""
    from .model import violation_columns
    st = (man.get("harm_stack") or {}).get("violation") or {}
    if "rebuttal" not in (st.get("contrasts") or ()):
        return {}
    _strong, contrast = violation_columns(st)
    return {lg: {c: st["coef"][j] for c, j in cols} for lg, cols in contrast.items()}


def render(F):
    man = F["manifest"]
    # were the sets added for Scorer 2.0 (data.BROADENING) trained on, or only measured?
    broadened = any(name in man["datasets"] for name in BROADENING)
    bw = _broadening_weight(man)
    L = []
    w = L.append
    w("# Guideline scorer: model card")
    w("")
    w(f"Model `{F['model']}` — written by `python -m newsroom.guidelines evaluate` "
      f"({F['seconds']} s on {F['machine']['cpu']}, Python {F['machine']['python']}). Every figure below is "
      "measured on **dev splits the model never trained on** (fixed text-hash splits of the training "
      "files in "
      "`../shared/data`: 70% train, 10% calibration, 20% dev; the official test splits are withheld and were "
      "never seen). They are *not* test-set figures; the independent evaluation on the withheld tests may "
      "come out lower, since several dev sets share authors, time and topics with their train parts.")
    w("")
    w("## What it is")
    w("")
    w("- Normalisation (NFKC, zero-width/bidi controls, homoglyphs, leetspeak, spaced letters, repeats, "
      "Arabic-script alef/yeh/kaf/teh-marbuta forms, tatweel, diacritics, Persian/Kurdish letter variants, "
      "Eastern digits) with an offset map, so evidence spans index the original text.")
    w("- Hashed character 2–5-grams + word uni/bigrams (2^18 features, log-count × IDF, L2), one linear "
      "language identifier (en, ckb, kmr, ar, tr, fa, other; a comment scored with its article takes the "
      "article's language as a prior, see *Language identification*) and per-language logistic-regression "
      "heads, "
      "each Platt-scaled on the calibration split: every probability is calibrated with 0.5 as the decision "
      f"point. The violation heads' inverse L2 strength (C = {VIOLATION_C:g}) was chosen by the "
      "leave-one-dataset-out folds (below) and our suite, not by the dev splits; the other heads' is set by "
      "their size. The heads' weights are stored as int8 codes companded by a square root, one scale per "
      "column (`weights.py`; on 5,307 dev comments a head's raw logit moved by 0.006 on average, at most "
      "0.06, against its float weights), half of float16's size: that made room within the 30 MB budget "
      "for the Turkish and Arabic mixtures below (`training.MIXTURE_LANGS` holds the figures).")
    if man.get("unread_words") and man.get("unread_langs"):
        names = {"en": "English", "ar": "Arabic", "tr": "Turkish", "fa": "Persian"}
        langs = ", ".join(names.get(x, x) for x in man["unread_langs"])
        w(f"- The {langs} violation head, with its mixture's experts and gate, reads a comment without the "
          "names of identity groups in it "
          f"({len(man['unread_words']):,} words: every word the detectors' lists name as a people and as "
          "nothing worse or other, with the Arabic article and clitics"
          + (", and the name of ISIS, not its members' noun" if _AR_ISIS in man["unread_words"] else "")
          + "; `training.unread_words`); the clause "
          "heads, the language identifier and relatedness read every word. A bag of words learns from the "
          "training sets which peoples are named beside abuse and then reads a neutral mention of them as "
          "abuse; what is said of a people is for the detectors to judge. "
"`training.UNREAD_GROUPS` holds the figures it was chosen by (the other languages lost by it).")
    for lang, mx in (man.get("mixture") or {}).items():
        experts = [d for d, c in zip(mx["datasets"], mx["expert_cols"], strict=True)
                   if c != man["heads"][lang].index(mx["head"])]
        routed = list(mx.get("routed_to_pooled") or [])
        pooled_only = [d for d in mx["datasets"] if d not in experts and d not in routed]
        w(f"- `{lang}` violation is a mixture: besides the pooled head, each of "
          f"{', '.join(f'`{d}`' for d in experts)} has its own expert head (inverse L2 strength chosen by "
          "3-fold cross-validation on the train split: "
          f"{', '.join(f'{d} {c:g}' for d, c in mx['expert_c'].items())})"
          + (f"; {', '.join(f'`{d}`' for d in pooled_only)} (under 2000 training rows) is served by the "
             "pooled head" if pooled_only else "")
          + (f"; {', '.join(f'`{d}`' for d in routed)} had an expert but is served by the pooled head, "
             "which did better on its calibration rows (AUC + macro-F1; `training.route_experts`)"
             if routed else "")
          + ". A multinomial gate (train split) estimates from the text which dataset's style a comment "
          "resembles, and p = sigmoid(w0·pooled + w1·Σ gate·expert + b) is fitted on the calibration split "
          f"instead of Platt scaling (w0 = {mx['stack'][0]:.3f}, w1 = {mx['stack'][1]:.3f}; weighting "
          f"`{mx['weighting']}`, gate class weights `{mx.get('gate_class_weight', 'none')}`). These two "
          "weightings, and whether to mix at all, were chosen by 5-fold "
          "cross-validation on the calibration split (mean per-dataset AUC + macro-F1: "
          f"{mx['calib_cv']['mixture']:.3f} mixed vs {mx['calib_cv']['plain']:.3f} for the Platt-scaled "
          "pooled head); dev rows played no part. The datasets define \"violation\" differently, and a "
          "single pooled head learnt mostly the big sets' definitions; on a news site the gate sends a "
          "comment to the annotation guideline whose data it most resembles.")
    w("- Language-independent detectors (links/domains, emails, phone numbers, handles, messenger "
      "names, sales "
      "phrasing in six languages, a call to buy or book beside an offer such as a price, a discount or "
      "free delivery, a call or a sales offer beside where to buy -- a link, a phone, \"DM\", \"the link in "
      "my bio\", \"our website\" --, a price, an offer or a trade's \"we\" (\"we fix\", \"değiştiriyoruz\") "
      "beside a contact the commenter typed -- a phone number, an email, a messenger's address such as "
      "\"Telegram @shop\" --, a seller's call to the reader in the forms each language addresses a reader "
      "with -- \"download\", \"indir\", \"ثبت‌نام کن\", \"ادخلوا\" -- within 40 characters of the address it "
      "gives, a link, an email, a phone or a messenger's address, a contact offered on a messenger -- its "
      "name and the handle or number right after it, closing the sentence: \"Second-hand laptops in good "
      "condition, telegram @erbil_laptops\" --, repeated characters) → `promotion` "
      "through weights fitted on the "
      "YouTube spam train split plus clean comments of every language but HATC's, whose clean rows hold "
      "its pages' Instagram ads (a link, a handle or a phone number "
      "alone weighs little: they are common in ordinary tweets and comments); in English the larger of that "
      "and the English promotion head (measured on a video never seen: see *Promotion on a video never "
      "seen*).")
    w("- Each violation head's 0.5 point is moved to the threshold with the best mean per-dataset "
      "macro-F1 on the calibration split (a calibrated probability's best-F1 threshold is below 0.5 when "
      "violations are the minority), or to the highest threshold within "
      f"{F1_TOLERANCE:g} of that F1: the curve is flat near its top, and the datasets hold far more "
      "offensive comments than a newsroom's stream, so of thresholds the data cannot tell apart the stricter "
      "one is taken (with the Arabic mixture the best-F1 point flagged our suite's news reports; "
      "`training.F1_TOLERANCE`). Logit shifts: "
      + ", ".join(f"{k} {v:+.2f}" for k, v in (man.get("decision_shift") or {}).items()) + ".")
    w("- Severe-harm detectors (threats, identity-based abuse, personal attacks, profanity, vulgarity) in "
      "en, ar, tr and fa, combined with the heads by a fitted stack (see *Severe-harm detectors* below).")
    if man.get("written_heads"):
        w("- A written-threat head per scored language, learnt from the probe comments we wrote from the "
          "guidelines and from real comments; at its threshold it is one more weak threat finding for the "
          "stack (see *The written-threat heads* below).")
    neutral = sorted(n for n in man["datasets"] if n.startswith("kurdishlid_"))
    if neutral:
        w("- Everyday sentences train every head of their language as clean rows ("
          + ", ".join(f"`{n}`" for n in neutral) + "): the comment sets' clean rows are tweets and "
          "comments, none of them ordinary well-formed prose, and the Arabic head trained without them "
          "flagged 32% of such sentences (Persian 4%, Turkish 1%). They calibrate nothing (Platt scaling, "
          "decision points, the stack and expert routing use comment datasets only); their dev part "
          "measures false alarms on prose (*Everyday sentences flagged* below).")
    w("- `off_topic` from lexical relatedness to the article (see below); `violation` = max of the "
      "language's violation head, promotion, off_topic and every clause a detector found; no other "
      "clause scores above it (a clause is a kind of violation: clause heads trained on offensive rows "
      "only, as Persian's, otherwise scored clean comments high and sent them to the urgent lane).")
    w("- Heads trained per language (a clause with neither a head here nor a detector is **null** for that "
      "language, never borrowed from English; see *How each clause is produced* below):")
    w("")
    for lang, hs in man["heads"].items():
        w(f"  - `{lang}`: {', '.join(hs)}")
    w("  - `ckb`, `kmr`, `other`: no labelled data exists → every clause but `promotion` is null and "
      "`needs_human` is always true. The detectors still run.")
    w("- `needs_human` is true for languages without a model, for a violation score in [0.35, 0.65], and for "
      "any backend failure (`\"error\": \"scoring unavailable\"`).")
    w("")
    w("## Datasets and licences")
    w("")
    w("| dataset | lang | licence | how its labels map onto our clauses | train / calib / dev |")
    w("|---|---|---|---|---|")
    for name, d in man["datasets"].items():
        s = man["splits"].get(name, {})
        tag = "" if d["open"] else " (not open)"
        w(f"| `{name}` ({d['folder']}) | {d['language']} | {d['licence']}{tag} | "
          f"{d['mapping']} | {s.get('train', 0)} / {s.get('calib', 0)} / {s.get('dev', 0)} |")
    w("")
    w("Language identification also uses `kurdish-langid` (Sorani and Kurmanji sentences; sources and "
      "licences "
      "in its README: MIT, CC BY-SA 4.0, CC BY-NC-SA 4.0, GPL-3.0 and unclear ones — research use), "
      "KurdishLID's Arabic/Persian/Turkish/Gorani/Southern Kurdish/Zazaki lines (MIT) and MLMA's French "
      "tweets "
      "(MIT) as `other`. The rules backend uses better-profanity's word list (MIT) and Pars-OFF's lexicon.")
    w("`python -m newsroom.guidelines train --open-only` leaves every dataset not marked open out "
      "(the shipped model is trained on all of them: **research use only** for the UNCLEAR / NC ones).")
    w("")
    w("Citations:")
    w("")
    for name, d in man["datasets"].items():
        w(f"- `{name}`: {d['citation']}")
    w("- KurdishLID: Ahmadi, Hassani & Jaff et al. (2023), Language Identification for Kurdish; klpt: "
      "Ahmadi (2020), KLPT – Kurdish Language Processing Toolkit, NLP-OSS.")
    w("")
    w("## Per dataset (dev split)")
    w("")
    w("AUC and macro-F1 (at 0.5) of the dataset's own main label (`head`), all on the same dev rows. "
      "alt-profanity-check's `predict_prob` is used as its score for every label. The naive baseline is the "
      "issue's char TF-IDF (char_wb 1–5, 200k features) + logistic regression per language, trained here on "
      "the same train split; the 200k are the most frequent n-grams, ties at the cut broken by the n-gram "
      "(`lodo.naive_vocabulary`: scikit-learn's own cut depends on the machine's sort, and the baseline's "
      "figures with it). better-profanity is slow (see speed), so it is measured on the first "
      f"{list(F['datasets'].values())[0]['subset']['n'] if F['datasets'] else 0} dev rows of each set "
      "(hash order), where our figures on the same rows are shown beside it.")
    w("")
    w("**Caveat on alt-profanity-check:** its own README says it was trained on the Davidson et al. "
      "data (and Wikipedia toxic comments), so its `davidson` row is measured on text it was trained on; "
      "it is not a held-out figure for it.")
    w("")
    w("| dataset | lang | head | n | ours AUC | ours F1 | naive AUC | naive F1 | alt-prof AUC | "
      "alt-prof F1 | "
      "subset n | ours F1 (subset) | better-prof F1 (subset) | better-prof AUC (subset) |")
    w("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name, d in F["datasets"].items():
        o, a, s = d["ours"], d["alt_profanity_check"], d["subset"]
        nv = d.get("naive_char_tfidf_lr")
        w(f"| {name} | {d['language']} | {d['head']} | {o['n']} | {_f(o['auc'])} | {_f(o['macro_f1'])} | "
          f"{_m(nv)[0]} | {_m(nv)[1]} | {_f(a['auc'])} | {_f(a['macro_f1'])} | {s['n']} | "
          f"{_f(s['ours']['macro_f1'])} | {_f(s['better_profanity']['macro_f1'])} | "
          f"{_f(s['better_profanity']['auc'])} |")
    w("")
    behind = []
    for name, d in F["datasets"].items():
        o = d["ours"]
        peers = [("alt-profanity-check", d["alt_profanity_check"]),
                 ("naive baseline", d.get("naive_char_tfidf_lr"))]
        for peer, m in peers:
            if not m:
                continue
            for k, label in (("auc", "AUC"), ("macro_f1", "macro-F1")):
                if m.get(k) is not None and o.get(k) is not None and m[k] > o[k]:
                    behind.append(f"{name} {label} ({peer} {m[k]:.3f} vs ours {o[k]:.3f})")
        sb = d["subset"]
        for k, label in (("auc", "AUC"), ("macro_f1", "macro-F1")):
            b, ours = sb["better_profanity"].get(k), sb["ours"].get(k)
            if b is not None and ours is not None and b > ours:
                behind.append(f"{name} {label} on the subset (better-profanity {b:.3f} vs ours {ours:.3f})")
    if behind:
        w("**Where a peer is ahead** (computed from the table): " + "; ".join(behind) + ". Everywhere else "
          "the scorer is ahead of alt-profanity-check, better-profanity and the naive baseline.")
    else:
        w("The scorer is ahead of every peer on every dev split above.")
    if broadened:
        w("")
        w("The naive baseline trains on every row at full weight; the shipped heads weigh the rows of the "
          "sets added for Scorer 2.0 (" + ", ".join(f"`{n}`" for n in sorted(BROADENING)) + ") as "
          f"`data.BROADENING` says: {bw}. On those sets' own dev splits the baseline has therefore seen "
          "more of the same source than the scorer has.")
    w("")
    w("## Per language (violation, all dev sets of the language pooled)")
    w("")
    w("| language | n | positives | ours AUC | ours macro-F1 | ours ECE | alt-prof AUC | alt-prof macro-F1 |")
    w("|---|---|---|---|---|---|---|---|")
    for lang, d in F["languages"].items():
        o, a = d["ours"], d["alt_profanity_check"]
        w(f"| {lang} | {o['n']} | {o['positives']} | {_f(o['auc'])} | {_f(o['macro_f1'])} | {_f(o['ece'])} | "
          f"{_f(a['auc'])} | {_f(a['macro_f1'])} |")
    w("")
    vp = man.get("violation_prior") or {}
    own = [lang for lang, v in vp.items() if v.startswith("calibration")]
    mixed = [lang for lang, v in vp.items() if "mixture" in v]
    w("ECE = expected calibration error (10 equal-width bins) of the violation probability. Platt scaling of "
      "the violation heads weights the two classes equally (an even prior: the training sets' class "
      "balance is an artefact of how each was sampled, and a site's is unknown)"
      + (f"; the mixtures ({', '.join(f'`{x}`' for x in mixed)}) weight them equally within each dataset"
         if mixed else "")
      + (f"; for {', '.join(f'`{x}`' for x in own)} the calibration split's own prior is used instead, "
         "because it gave the better cross-validated macro-F1 at 0.5 on the calibration split (the choice "
         "between the two priors is made that way for every violation head that is not a mixture)"
         if own else "")
      + ". So on a dev set whose positives are rare or common (Davidson: 84%, Civil Comments: 96%) the "
      "probabilities of an even-prior head are systematically high or low and ECE shows it; ranking "
      "(AUC) is unaffected.")
    w("")
    w("## Per clause (dev rows of every dataset that labels the clause)")
    w("")
    w("| language | clause | n | positives | AUC | macro-F1 | ECE | coverage |")
    w("|---|---|---|---|---|---|---|---|")
    order = ("violation",) + CLAUSES + ABUSE_KINDS
    untrained = {}
    for lang, hs in F["clauses"].items():
        trained = set(man["heads"].get(lang, [])) | {"promotion"}
        untrained[lang] = [h for h in order if h in hs and h not in trained]
        for h in order:
            if h in hs and h in trained:
                m = hs[h]
                w(f"| {lang} | {h} | {m['n']} | {m['positives']} | {_f(m['auc'])} | {_f(m['macro_f1'])} | "
                  f"{_f(m['ece'])} | {_f(m['coverage'], 2)} |")
    w("")
    for lang, hs in untrained.items():
        if hs:
            w(f"- `{lang}`: labels exist for {', '.join(hs)} but with fewer than 40 positive training "
              "examples, so no head was trained: these stay null for the language.")
    w("")
    w("coverage < 1 means the language was misidentified for some rows (the clause is then null; those "
      "rows are "
      "left out of AUC/F1, and counted as 0 in the per-dataset table above). Rare heads (a few dozen dev "
      "positives) have wide error bars. `off_topic` is measured separately below.")
    w("")
    _harm_sections(F, man, w)
    lid = F["langid"]
    w("## Language identification (held-out text)")
    w("")
    w("Kurdish sentences are split **by source document** (a document's sentences are all in train or all "
      "held out); the other languages' held-out rows are dev/calibration rows of the labelled datasets and "
      "KurdishLID lines not used for training. \"4 words\" keeps only the first four words (comment-length). "
      "A comment the identifier reads as Arabic is Persian when it writes Persian morphology with a "
      "zero-width non-joiner inside a word (a plural, pronoun or copula joined to its word, or the "
      "present's می‌; Arabic almost never does), or when the identifier gave Arabic less than "
      "`model.PERSIAN_KEYS_BELOW` of its probability and the comment is typed with Persian's own keys "
      "(ک or ی, and none of Arabic's ك ي ة ى: 90% of the labelled Persian comments, 0.4% of the "
      "Arabic ones), as in production (`model.LinearModel.language`); its confidence stays the "
      "identifier's. "
      "A comment in Latin letters the identifier reads as Kurmanji or Sorani is English when every word of "
      "it is a known English word and none but the Kurds' own name is one Latin-script Kurdish writes too "
      "(`harm_lexicon/known_en_kurdish_too.txt`; since 2026-12-06: \"Kurdish pigs\" and \"kurds = rats\" "
      "had been Kurmanji and Sorani, scored as languages without a model; on the held-out rows cut to two "
      "to four words it mends 2 English rows and misreads 1 Sorani one, whole rows unchanged). "
      "`bench/scorer/langid_keys.py` measures the keys' cue on every labelled Arabic and Persian comment.")
    w("")
    w("| language | n | accuracy (full) | accuracy (4 words) | most frequent confusions (4 words) |")
    w("|---|---|---|---|---|")
    for lang, d in lid["full"].items():
        c = lid["confusions_4_words"].get(lang, {})
        w(f"| {lang} | {d['n']} | {_f(d['accuracy'])} | {_f(lid['4 words'][lang]['accuracy'])} | "
          f"{', '.join(f'{k}: {v}' for k, v in c.items()) or '–'} |")
    w("")
    prior = lid.get("article_prior")
    if prior:
        w(f"**The article's language as a prior.** The site scores a comment with its article's text; the "
          f"language identified from that text is made {prior['factor']:g} times likelier for the "
          f"comment before the identifier chooses (`model.ARTICLE_LANGUAGE_PRIOR`). The same held-out rows, "
          f"correct without the prior, under an article of their own language, and under an article of each "
          f"other edition language (every row beside each; rows of \"other\" only there):")
        w("")
        w("| cut | rows | without | own language's article | rows beside another's | without | "
          "another language's article |")
        w("|---|---|---|---|---|---|---|")
        for cut, d in prior.items():
            if cut == "factor":
                continue
            w(f"| {cut} | {d['n']} | {_f(d['without'])} | {_f(d['own_article'])} | {d['n_other']} | "
              f"{_f(d['other_without'])} | {_f(d['other_article'])} |")
        w("")
    r = F["relatedness"]
    w("## Relatedness and off-topic")
    w("")
    w("`relatedness` is the cosine similarity of the comment's and the article's hashed, IDF-weighted "
      "n-gram vectors (within-language lexical overlap; 0 = no shared vocabulary). C3 ships no article "
      "text, so on C3's dev split the rest of the same article's discussion stands in for the article.")
    w("")
    w(f"- Ranking: a comment is closer to its own article's discussion than to another article's in "
      f"**{_f(r['own_vs_other_article'])}** of {r['n']} dev comments (mean relatedness "
      f"{_f(r['mean_rel_own'])} vs {_f(r['mean_rel_other'])}).")
    w(f"- C3 `non_relevant` (≥ 2 annotators, {r['non_relevant']} of {r['n']}): AUC of low relatedness = "
      f"**{_f(r['auc_non_relevant'])}**; `off_topic` (Platt-scaled on the train split) macro-F1 "
      f"{_f(r['off_topic_macro_f1'])}, ECE {_f(r['off_topic_ece'])}.")
    w("- What it means: lexical relatedness tells a comment that talks about the article's subject from one "
      "that does not, reasonably well; annotators' *non-relevance* is a much subtler judgement, and the "
      "off_topic probability rarely passes 0.5. Treat `off_topic` as a sorting signal for moderators, not a "
      "reason to reject on its own.")
    w("")
    _speed_lines(w, F["speed"], F["artifacts"])
    w("")
    w("## Reproducing")
    w("")
    w("    .venv/bin/python -m newsroom.guidelines train --data ../shared/data --out "
      "newsroom/guidelines/artifacts")
    w("    .venv/bin/python -m newsroom.guidelines evaluate --data ../shared/data")
    w("")
    w("`train` ends by calibrating the detectors' side (HurtLex words the data confirms, likelihood ratios, "
      "the stack); `python -m newsroom.guidelines calibrate --model DIR` re-runs only that step on a trained "
      "model, e.g. after a word-list change. `evaluate` measures everything on this page: dev splits with "
      "the peers and the naive baseline, our functional suite, leave-one-dataset-out (it retrains the "
      "recipe once per dataset, so it takes a while), language identification, relatedness and speed.")
    w("")
    w("`tests/guidelines/test_card.py` re-scores a fixed subset (the first "
      "150 dev rows of each dataset, hash order) with the shipped model and checks the figures stored in "
      "`newsroom/guidelines/artifacts/card_check.json`. All figures: `docs/scorer-figures.json`.")
    w("")
    w("## Limits, honestly")
    w("")
    w("- Trained mostly on tweets; news-site comments (Civil Comments, C3, Al Jazeera) are a minority.")
    w("- Turkish has only offensive/not labels: its profanity, vulgarity, threat, personal_attack and abuse "
      "scores come from the violation head and the detectors' word lists and structure (measured on our "
      "functional suite, not on labelled Turkish clause data). Arabic threat and personal_attack likewise.")
    nb = ("A full retrain with naive-Bayes scaling of the violation heads (`training.NB_VIOLATION`), which "
          "had ranked better in a first comparison (dev AUC OLID 0.811 → 0.830), took 62 minutes here and "
          "was not adopted: with the same detectors and stack its violation scores ranked worse on "
          "calibration rows the stack was not fitted on (mean AUC per dataset 0.790 against 0.801, heads "
          "alone), and were no better on our suite's check half (higher in en and tr, lower in ar and fa). "
          "Measured again by what the issue asks (a second retrain, 11 minutes on a quieter machine): in "
          "the leave-one-dataset-out folds it fell behind the naive baseline in 5 cells instead of 8 (mean "
          "AUC en 0.720 → 0.722, ar 0.828 → 0.830, fa 0.835 → 0.860, tr 0.884 → 0.881), but with the same "
          "detectors and a refitted stack our suite's check half went down (en 141 → 139, ar 110 → 107 of "
          "168; tr and fa unchanged) and its tune half in every language: not adopted.")
    if broadened:
        w("- The heads are trained on the Turkish and Arabic sets added for Scorer 2.0 too (HATC, incivil "
          f"tweets, the Arabic taxonomy sets; rows weighted {bw}: `data.BROADENING`, "
          "`training.TRAIN_BROADENING`). Their dev cells therefore share sources with training, like every "
          "other dev cell; the leave-one-dataset-out table is where the scorer meets a source it never saw. "
          + nb)
    else:
        w("- The heads themselves are the previous version's (`train` reproduces them). " + nb + " The new "
          "Turkish and Arabic sets (HATC, incivil tweets, the taxonomy sets) are measured as unseen sources "
          "but not trained on (`TRAIN_BROADENING`). Scorer 2.0's changes are on the detector side: the "
          "detectors, the calibrated stack, HurtLex words the data confirms, and the F1 decision point.")
    w("- The detectors' word lists were written for this project and tuned on half of our functional suite "
      "(the even-numbered cases); the other half is reported separately. They cover the phrasing we could "
      "think of, not every dialect: a Gulf, Maghrebi or Kurdish-accented Arabic threat may be missed.")
    w("- **Threats in new phrasing are still missed often.** In the seventeenth probe round (2026-12-01, "
      "`tests/guidelines/probes/*_r17*.tsv`) threats were written afresh, many of them veiled, and run "
      "through the scorer before any change: it caught en 83 of 158, ar 29 of 60, tr 39 of 58, fa 33 of "
      "68 (veiled threats with no violent word least: en 6 of 20 in one batch, fa 0 of 7). The rules and "
      "lists were then extended on them, so those files are no measure any more; the suite's threat "
      "recall (0.8-0.9) overstates recall on phrasing no one here has seen. Five more rounds the same "
      "day (`*_r18.tsv` to `*_r22.tsv`, each run before the changes it led to) caught en 51 of 109 fresh "
      "threats, ar 48 of 86, tr 36 of 93, fa 44 of 92; the twenty-second round, threats only in "
      "phrasings no earlier round used (consequences promised, a family or a living threatened, threats "
      "dressed as jokes, prayers or proverbs, dialect), en 18 of 35, ar 16 of 37, tr 14 of 36, fa 15 of "
      "34. The twenty-fifth round (`*_r25.tsv`, threats and identity abuse of this region's groups, most "
      "threats with no violent word) was the hardest: the rules caught en 4 of 24, ar 9 of 16, tr 4 of 22, "
      "fa 3 of 20 (20 of 82). With the written-threat heads (above), trained the same way but without that "
      "round, the scorer with the same rules caught en 10, ar 9, tr 11, fa 9 (39 of 82), and one of "
      "its 75 contrasts more was flagged (a Turkish idiom for answering a writer by argument). The "
      "twenty-sixth round, the first run through the scorer with those heads in place (veiled threats "
      "again, and each language's weakest functionalities), caught en 12 of 20 threats, ar 8 of 20, tr 8 "
      "of 21, fa 8 of 20 (36 of 81) before its changes; the twenty-seventh (doxxing without a violent "
      "word, group threats in new wordings) en 10 of 30, ar 13 of 22, tr 14 of 20, fa 8 of 20 (45 of 92); "
      "the twenty-eighth en 3 of 12, ar 4 of 11, tr 2 of 10, fa 3 of 10 (12 of 43); the twenty-ninth en 14 "
      "of 18, ar 7 of 13, tr 8 of 12, fa 8 of 15 (37 of 58); the thirtieth (2026-12-02, veiled and "
      "group threats in new wordings) en 8 of 18, ar 12 of 16, tr 12 of 16, fa 11 of 16 (43 of 66); the "
      "thirty-seventh (2026-12-02, veiled threats that only show the addressee is watched: a daughter's hour "
      "out of university, a plate, a mother alone at the mosque, every step) ar 6 of 15, tr 5 of 15, fa 11 "
      "of 15 (22 of 45); the forty-fifth (2026-12-03: doxxing, intimidation, calls to kill a writer or a "
      "crowd, threats to a people, in words of everyday speech) ar 18 of 20, tr 18 of 20, fa 17 of 20 (53 "
      "of 60); the forty-sixth (2026-12-03, veiled threats with no violent word: a family, a school bus, a "
      "car's brakes, \"journalists like you tend to have accidents\") en 9, ar 7, tr 7, fa 5 of 20 (28 of "
      "80). Each of these two rounds had a second batch, written at the same time and kept out of every "
      "change and all training (`tests/guidelines/heldout/`): the forty-fifth's caught 23 of 30 threats "
      "before the round's changes and 23 after, the forty-sixth's 10 of 40 before and 11 after (with the "
      "written-threat heads then less regularised, C 4 -> 16, chosen by their out-of-fold figure: 26 of 30 "
      "and 10 of 40). A round's changes mend its own lines, not the next threat in other words. Expect "
      "most veiled threats to be missed (three in four of the held-out ones), and keep every comment "
      "pre-moderated.")
    w("- **Sales copy in new words is missed often.** The thirty-third probe round (`*_r33.tsv`, 2026-12-02: "
      "sales and self-promotion written afresh, with and without links), run before its changes, was "
      "caught 23 times in 80 (en 7, ar 8, tr 3, fa 5 of 20): the rules' weights are learnt on YouTube "
      "comments and tweets, where a link, a handle or a phone number is common in ordinary comments, so "
      "only a listed sales formula made a comment promotion. A call or a sales offer beside where to buy "
      "now counts (`detectors.find`); a handle alone as the channel still does not (its weight is "
      "negative: tweets reply to one another), nor a service and a phone number with no call. That "
      "negative weight also cancelled the formula of sales copy that gave a messenger handle as its "
      "address (\"DM me on Telegram @cryptoking_krd\": promotion 0.10); since 2026-12-03 a handle right "
      "after a messenger's name counts as that messenger's address (`detectors._addresses`). Held-out "
      "batches written with that change (`*_r47b.tsv`, seven such sales lines and three news mentions of "
      "an account in each language) caught 2 of 28 sales lines before it and 9 after (en 4, ar 3, tr 2, "
      "fa 0 of 7), every contrast still clean. The forty-eighth round (`*_r48.tsv`) then read a price, an "
      "offer or a trade's \"we\" beside a contact the commenter typed (a phone number, an email, a "
      "messenger's address; not a link: news comments cite sources beside sums of money) as sales copy: its "
      "held-out batches (`*_r48b.tsv`) caught 12 of 40 sales lines before and 30 after (en 3 -> 7, ar 4 -> "
      "7, tr 2 -> 8, fa 3 -> 8), every contrast still clean, and the r47b batches 15 of 28. The first probe "
      "rounds whose changes carried over to lines they were not made from: sales copy is formulaic. The "
      "sixty-fifth round (2026-12-03) reads a contact offered on a messenger -- the messenger's name and "
      "the handle or mobile number right after it, closing its sentence -- as an offer whatever is sold "
      "(`detectors._on_a_messenger`; not an account cited as a source, whose sentence goes on: \"Instagram "
      "@unhcr_iraq has the list of open camps\", nor someone's: \"the governor's Telegram\"). It was "
      "written from the r47b and r48b batches' misses, so their gains are no independent evidence (sales "
      "lines r47b 17 -> 23 of 28, r48b 30 -> 40 of 40, every contrast clean -- a first version that did "
      "not ask for the sentence to close took five of their cited accounts); a batch written before it "
      "(`*_r65c.tsv`: five such offers and three messengers named in news a language) caught 18 of 32 "
      "before and 31 after (30 without Arabic \"انستا\", Instagram, added to the messengers from its one "
      "Arabic miss). On the data it adds no sales finding to any comment. Still missed: a price beside a "
      "link only, a trade named as a noun, spam with neither a formula nor a contact, and an address "
      "followed by more words (\"snapchat @answers_2026 before they delete it\").")
    w("- **Identity-based abuse said by a claim, not a slur, is missed most of the time.** The twenty-eighth "
      "probe round (`*_r28.tsv`, 2026-12-01: sweeping claims, dehumanising likenesses in new words, rights "
      "denied, sexism and homophobia without a listed word), run before its changes, caught identity abuse "
      "en 8 of 23, ar 4 of 23, tr 3 of 22, fa 10 of 22 (25 of 90) and threats 12 of 43. A written abuse "
      "head per language, learnt from the probes as the written-threat heads are, was tried and not shipped: "
      "out of fold, the probe lines on which it alone fired (the rules silent) were identity abuse in only "
      "12 of 54 -- most of the rest were friendly or neutral mentions of a people (\"Christians in Nineveh "
      "are rebuilding their churches\"), even after 480 such lines were written for it (`*_r28c.tsv`) -- "
      "so a stack weight fitted on those lines moved a score little (+1.3 in logit), and with round 28's "
      "rules in place our suite's check half moved by at most one case per language (Persian +3 before "
      "them). A bag of words cannot read \"Kurds are not a nation, just tribes of shepherds\".")
    w("- **Comments that name a people are still sometimes scored as violations by the learnt head.** Of 120 "
      "friendly, neutral or news-like Arabic comments naming a people, faith or gender (`ar_r28c.tsv`), 11 "
      "score 0.5 or more, 8 of them with no clause above 0.2: the violation head alone (the probes never "
      "train it). English 12, Turkish 3, Persian 4 of 120 (counted 2026-12-05 with this model; 23, 15, 8 "
      "and 3 before the Arabic head left the peoples' names out, and Arabic 27 before the heads were "
      "retrained on the present normalisation, 2026-12-01). Training the English and Arabic "
      "violation heads on the probes too was tried (2026-12-02, `training.PROBE_VIOLATION_WEIGHT`): it "
      "took the count from 25 to 5 (both counted in one run), but the lines were then training rows, "
      "and on comments other people wrote the heads ranked no better (leave-one-dataset-out) or worse "
      "(Al Jazeera, OLID): not shipped. Comments about the war are read so too: of 20 neutral Arabic "
      "comments naming ISIS (\"هزمت قوات البيشمركة داعش في سنجار عام 2015\", the Peshmerga defeated ISIS in "
      "Sinjar in 2015: 0.64), 9 score 0.5 or more, since 1,019 of the 1,187 Arabic training comments naming "
      "it are labelled offensive; the Arabic violation head now leaves the name out, and flags 1 of them "
      "(`heldout/ar_r126c.tsv`: 16 -> 24 of 25 passed; `training.UNREAD_GROUPS`' comment gives the figures).")
    w("- **A rule's finding does not always carry the comment.** The stack weighs a strong finding "
      "against the heads, and where they are sure of \"clean\" -- an unknown or misspelt word the "
      "n-grams never met -- a sexual remark or a belittling the rules found can stay under 0.5 (\"I'd love "
      "to strip this anchor out of her clothes\": 0.30); where a head is sure of \"violation\", a "
      "counter-speech or a news report the rules found may not pull it under (\"مين قال إن الكرد خونة؟ هذا "
      "كلام فارغ\": 0.52). Refitting the stack with the probe lines, or a floor under the head beside a "
      "strong finding, lifted the held-out batches and our suite a little but cost dev AUC on other "
      "people's comments (2026-12-05: `training.STACK_PROBE_WEIGHT`'s comment): not shipped.")
    w("- **Many flagged comments have no clause for the console to suggest, most of all in Arabic.** Counted "
      "on the dev split with this model (2026-12-06): of the comments scored a violation (0.5 or more), no "
      "clause reaches 0.5 for 57% in Arabic (5,204 of 9,167; 83% of them labelled offensive), 33% in Persian "
      "(510 of 1,546), 27% in Turkish (944 of 3,509) and 15% in English (1,421 of 9,315). The violation "
      "head is sure and no clause head is -- the Arabic training sets label offence, not its kind -- and the "
      "rules found nothing; the console then pre-selects no reason (`scoring.queue.suggested_reason`) and "
      "the moderator chooses. Giving such a comment its likeliest clause (abuse for 5,190 of the Arabic "
      "ones) would pass more of our suite, where several Arabic check cases fail for this alone, but where "
      "the data can tell: of 512 such comments in the Arabic sets that tell hate from other offence "
      "(OSACT2020, OSACT2022, L-HSAB, MPOLD; dev, labelled violating), 508 have abuse as their likeliest "
      "clause and 355 are insults or profanity, not hate -- it would be wrong seven times in ten: not done. "
      "The Arabic clause heads rank abuse over personal attack where these sets say the reverse.")
    w("- **The rules read the phrasings they were written from, and little beyond.** A grid of hateful "
      "templates and contrasts by twenty peoples (`tests/guidelines/test_group_grid.py`) was written in "
      "halves, each before the changes it measures: three rounds (2026-12-05) took the halves they were "
      "made from from 1,552 to 1,700 of 1,760 cases, from 752 to 967 of 980 and from 759 to 914 of 960, "
      "and their held-out halves not at all (751 -> 752 of 980; 759 -> 759 and 700 -> 700 of 960). A new "
      "way to say a people is a disease or a parasite is read when its words are listed, not before; the "
      "learnt heads carry what the lists lack. Grids of news, sympathy and history about the same peoples "
      "found misreadings instead, fixed as readings and checked on the data (a plural noun read as an "
      "imperative: \"Attacks on Kurds rose sharply last year\" was a threat at 0.98; \"hate crimes\" as "
      "hatred felt; \"Why is nobody talking about the massacre of ...\" as a call; the doers of a harm as "
      "the people harmed). What they leave is the violation head's: grief or a demand for justice beside "
      "a people and a violent word scores 0.5-0.9 (\"عار على الحكومة التي فشلت في حماية الأكراد\": 0.85), "
      "and the news contrast that would lower it costs Al Jazeera and PHATE dev figures. The Arabic head "
      "no longer reads the people's name itself (`training.UNREAD_GROUPS`: \"اليهود يصورون صورا مذهلة "
      "للجبال\", the Jews take wonderful photos of the mountains, 0.67 -> 0.32). A demand that the doers of "
      "a violence answer before the law is counter-speech, not a threat (the hundred-and-twenty-sixth round, "
      "`harm.py` justice_for: \"I hope the people who burned those villages rot in prison\" was a threat at "
      "0.98, \"نتمنى أن يحاسب القتلة أمام القضاء\" at 0.96), and a call to do without the law still "
      "threatens "
      "(\"No trial needed, just shoot the men who did this\" had been read as negated); its held-out batch, "
      "written after the change, went 30 -> 32 of 36.")
    contrast_w = _violation_contrast_weights(man)
    w("- **Counter-speech the rules find is still flagged when the violation head is sure.** A claim about a "
      "people reported and then rebutted -- called a lie, a myth, ignorance, a cause to resign -- is read as "
      "counter-speech in every scored language since the hundred-and-twenty-ninth round (`harm.py` "
      "claim_rebutted; its held-out batch, written before the change, went 18 -> 28 of 32). The stack "
      "weighed every counter finding at about -1.2 in logit, because on the calibration split the counter "
      "contrast fires on insults as often as on counter-speech. Since 2026-12-06 the particular forms (a "
      "claim rebutted, hate quoted from others, a group's abuse reported by someone else's saying or "
      "denied) are also a contrast of their own, `rebuttal` (harm's contrast(), "
      "`model.VIOLATION_CONTRASTS`), while an insult after a verb of saying, a rejecting word alone and a "
      "quote alone stay loose"
      + ("; the refitted stack weighs "
         + "; ".join(f"{lg}: a rebuttal {contrast_w[lg]['counter'] + contrast_w[lg]['rebuttal']:+.2f}, a "
                     f"loose reading {contrast_w[lg]['counter']:+.2f}" for lg in contrast_w)
         if contrast_w else "")
      + ". Against the same calibration without the split: our suite 1,217 -> 1,219 of 1,344 (two tune "
      "cases, none lost), the held-out batches 1,557 -> 1,562 of 1,866 (six lines gained, one lost: a quote "
      "alone, '\"الفرس كذابون\" أقدم تحيز في هذه المنطقة وهو عار علينا'), the probe files 9,892 -> 9,938 of "
      "10,490; dev AUC up by 0.001-0.002 in four Arabic sets, the rest within 0.001. A comment the head "
      "reads as abuse still stays over the line: \"Saying Kurds are animals is disgusting and racist\" "
      "0.79 -> 0.66.")
    w("- **Spelling is where the rules do carry over.** The same grids' hateful cases with the word that "
      "carries the harm misspelt (`tests/guidelines/test_spelling_grid.py`: two letters swapped, one "
      "missing, spaced out, leetspeak, masked by an asterisk, tripled; Persian half-spaces typed as spaces): "
      "changes made from the tune halves' misses (2026-12-05: masked words read as hatred and slurs too, "
      "Arabic and Persian swaps inside a word, a vowel left out, Persian endings typed apart, a hashtag's "
      "words joined by underscores read apart) took the tune halves from 3,678 to 4,172 of 4,978 and the "
      "held-out halves from 5,737 to 6,178 of 8,063 (half-spaces 382 -> 401 of 420; English hate typed as "
      "one hashtag, \"#DeportAllMuslims\", 0 -> 124 of 140 and 0 -> 69 of 88; our suite's violating cases "
      "misspelt the same ways, from which no change was made, 2,858 -> 2,987 of 3,681), since one reading "
      "serves every listed word; an animal emoji is read as the animal (\"Muslims are 🐖🐖\"). A second "
      "round (any letter put back where the word's tag needs a frame, and a phrase's word read through a "
      "slip beside the rest of its phrase) took the held-out halves to 6,843 -- but its readings were "
      "chosen with those halves' misses in view, so that figure is partly its own; from cases no one "
      "looked at, our suite's misspelt cases went 2,987 -> 3,050 and the held-out probe batches' violating "
      "lines, misspelt the same ways, 3,041 -> 3,083 of 3,946. A third (a letter typed as a neighbouring "
      "key, English and Turkish; a word cut by a hyphen, English, Turkish and Persian) was measured on two "
      "new slips before any change and moved every measure it was not made from: grid held-out halves, "
      "a key en 65 -> 219 of 400, tr 131 -> 162 of 398, a hyphen en 144 -> 333, tr 136 -> 281, fa 92 -> "
      "240 of 320; the held-out probe lines so misspelt 367 -> 491 of 839. A fourth (short English words "
      "read for insults too, a word cut by a space read whole, words run together read apart) was measured "
      "on new whole-comment variations before any change, only their tune halves' misses looked at: held-out "
      "halves, the harm word cut by a space en 153 -> 233 of 280, tr 124 -> 222 of 358, fa 60 -> 140 of 200, "
      "ar 79 -> 98 of 219; the people's name run into the next word (\"Muslimsbelong in a zoo\") en 233 -> "
      "342 of 360, tr 112 -> 157 of 240, ar 108 -> 243 of 338, fa 271 -> 327 of 420; English typed with no "
      "space (\"kurdsaredisgusting\") 0 -> 63 of 88; every slip of the grids' held-out halves 8,474 -> "
      "8,580 of 10,977; on all the data, 14 offensive and 4 clean English comments gained a finding (the "
      "scorer is about 3-5% slower for it). Still missed: short words (four letters or fewer) with a letter "
      "missing outside English, Arabic and Persian letters typed as others, Turkish, Arabic and Persian "
      "words run together other than after a people's name, and misspellings of words no list names.")
    w("- **A slur's other sense is read by the rules, not by the violation head.** Since round 176 a slur "
      "beside the words of its older sense names no people (\"Faggots and peas\", \"The Dutch built dykes to "
      "hold back the sea\", \"a chink in the minister's armour\", \"نتيجة شاذة\", \"ثورة الزنج\", "
      "\"Gavurdağı\"), and one reported as what someone else called a person is a report (\"He was called a "
      "raghead at school\", \"bana ibne dediler\"; on the data, 105 comments' findings moved, most of them "
      "tweets telling that their writer \"got called\" a slur, which Davidson and MLMA label offensive); but "
      "the violation head reads the word as the training sets labelled it and still scores several homonyms "
      "0.64-0.93 with no clause, so they go to a person (`heldout/*_r176b.tsv`).")
    w("- **A personal attack with no insult word is read by its formula only.** The "
      "hundred-and-seventy-ninth round's held-out batch (`heldout/*_r179b.tsv`: the writer called "
      "paid, a spy, a mouthpiece, a conscience sold, schooling doubted, \"nobody asked for your "
      "opinion\", \"people like you are the reason ...\", \"your mother must be ashamed\"), run "
      "before its changes, caught 5 of 56 such attacks in the four languages; the formulas were then "
      "listed (`harm_lexicon/*.py`, ATTACK phrases) and it caught 40. A phrase is read whole, so the "
      "same attack with words between (\"Vicdanını bir basın kartına "
      "sattın\") or said by implication (\"A reporter with a brain would have checked this "
      "first, so not you\") is missed, and in Persian the stack keeps several the rules found under "
      "0.5. Harsh criticism of public figures is left alone on purpose: \"he sold his soul\" was "
      "left out after it flagged Civil Comments' criticism of politicians.")
    w("- **A people's death welcomed is read only close to the people.** The hundred-and-eightieth round's "
      "held-out batch (`heldout/*_r180b.tsv`: the world better without a people, glad a boat of them sank, "
      "\"they got what they deserved\" of a massacre, Halabja praised, nobody would miss them, fewer of them "
      "fewer troubles), run before its changes, caught 5 of 56 such lines in the four languages; the rules "
      "then read them (`harm._ruin_welcomed`, `harm._atrocity_praised`) and it caught 53, changing the "
      "findings of 2 of 266,546 data comments. The word of death must stand within five words of the people "
      "and the gladness, the sorrow denied or the wish in the same sentence; a people named by an adjective "
      "the lists do not read as one (\"قرية كردية\", a Kurdish village) is missed, and a massacre is read "
      "by name for six only (Halabja, Anfal, Dersim, the Holocaust, Srebrenica, Speicher).")
    w("- **Hate in the sentence after the people's is read through a few forms only.** The "
      "hundred-and-eighty-first round's held-out batch (`heldout/*_r181b.tsv`: \"I met some Kurds at the "
      "border. Every one of them was a filthy thief.\", \"Bu pis insanlara tahammül edemiyorum\", \"این "
      "آدمای کثیف رو نمی‌تونم تحمل کنم\"), run before its changes, caught 21 of 56; the rules then read the "
      "people taken up by \"every one of them\", \"those dirty people\", a demonstrative before a word of "
      "people, \"nothing but ...\" and a likeness with no subject, and it caught 42. Missed still: an "
      "exclusion whose object is written onto a verb the lists do not know (\"رجعوهم من وين ما إجوا\"), "
      "\"their kind should not be allowed to own anything\", and a singular insult said of the people taken "
      "up (\"Every single one of them is a crook\" is read as a personal attack).")
    w("- **A people is named by the words its lists hold.** The hundred-and-eighty-second round's held-out "
      "batch (`heldout/*_r182b.tsv`: a people named by an adjective or a compound on another noun, "
      "\"Mixed-race couples are an abomination\", \"Gürcü işçiler dünyanın en aptal insanları\", "
      "\"روستاهای کردنشین لونه‌ی حشره‌ان\"), run before its changes, caught 43 of 55; the round added the "
      "peoples' words the lists lacked and a Persian place \"-نشین\" read as its people, and it caught 53. "
      "A people's adjective on one person (\"An Afghan man is a thief\") or on an office (\"the Turkish "
      "president\") speaks of that person, not the people. Missed still: a feminine Arabic adjective on "
      "things (\"المحلات السورية\": سورية is also Syria), and a people the lists do not hold.")
    w("- **A people taken up by \"their kind\" is read through listed forms only.** The "
      "hundred-and-eighty-third round's held-out batch (`heldout/*_r183b.tsv`: \"Their kind should "
      "not be allowed to own property\", \"أمثالهم سرطان\", \"Bu soy kanser gibi\", \"جمعشون کنید "
      "بفرستیدشون برن\"), run before its changes, caught 16 of 56; the rules then read \"their kind\", "
      "\"such people\", \"that lot\", their likes and \"them\" written onto a verb that sends away, and "
      "it caught 43. Missed still: a people implied by its mosque (\"Another mosque is opening "
      "downtown. People like that don't belong here\"), two kinds named side by side outside English, "
      "and hate with a verb the lists do not hold (\"Their kind poison young minds\").")
    w("- **A faith's people is read by the words its lists hold for them.** The hundred-and-eighty-fourth "
      "round's held-out batch (`heldout/*_r184b.tsv`: worshippers, churchgoers, women in burqas, "
      "\"المنقبات\", \"çarşaflılar\", \"نمازگزارا\"), run before its changes, caught 17 of 60; the round "
      "added those words and houses of prayer outside English, and it caught 45. Missed still: a "
      "worshipper told by a clause (\"Everyone who prays there is a traitor\" is read as a personal "
      "attack) and a house of prayer to be razed \"with them inside\" (a threat, not abuse).")
    w("- **A people's harm told as its habit is read beside a word of \"every\".** The "
      "hundred-and-eighty-fifth round's held-out batch (`heldout/*_r185b.tsv`: \"Kurds ruin every "
      "neighbourhood they move into\", \"الشيعة بيسمموا كل مجتمع بيعيشوا فيه\", \"Araplar dokundukları "
      "her şeyi kirletiyor\", \"بهاییا هر جامعه‌ای که توش باشن رو مسموم می‌کنن\"), run before its "
      "changes, caught 23 of 60; the rules then read a harm in the present done to everything or everyone "
      "a people meets, lies it spreads and a stab in the back, and it caught 60. The shape is rare in the "
      "training data, so its reach beyond such lines is unmeasured; a harm in the past is news and is left "
      "alone, as is a harm beside a news actor (\"Kurds destroy every ISIS hideout they find\"), but a "
      "harm told of once in the present with none would be read as a habit.")
    w("- **A people named by what its members do is read for the practices listed.** The "
      "hundred-and-eighty-sixth round's held-out batch (`heldout/*_r186b.tsv`: \"People who pray five times "
      "a day are brainwashed terrorists\", \"اللي بيصوموا رمضان همج متخلفين\", \"Ramazanda oruç tutanlar "
      "ilkel vahşiler\", \"اونایی که تو خونه ترکی حرف می‌زنن جاسوسن\"), run before its changes, caught 32 "
      "of 60; the rules then read a clause of \"who\" (a Turkish participle) naming a practice -- praying, "
      "fasting, a headscarf, a feast, a house of prayer, a people's language, a country come from -- as "
      "that people's name when a hostile word follows it, and it caught 58. A practice no list names, or "
      "a people so named called the enemy in Arabic or Persian (\"اللي بتلبس حجاب بهالبلد عدوة\"), is "
      "missed.")
    w("- **A people's flaw asked as a question is read in a few frames.** The hundred-and-eighty-seventh "
      "round's held-out batch (`heldout/*_r187b.tsv`: \"Is there a single Persian who doesn't lie?\", "
      "\"Since when do women understand football?\", \"شو الخير اللي عمله أي إيزيدي لهالبلد؟\", \"Alın "
      "teriyle çalışan bir Suriyeli gören var mı?\"), run before its changes, caught 25 of 60; the rules "
      "then read a vice denied of the one asked for, work asked of them, \"since when\" they understand, "
      "and \"what good\" or \"name one useful thing\", and it caught 50, every genuine question about "
      "the same peoples still clean. A rhetorical question in another frame (\"How many Iraqis does it "
      "take to ruin a neighbourhood?\" outside English) is missed.")
    w("- **A people called disloyal is read where the people is the predicate's subject.** The "
      "hundred-and-eighty-eighth round's held-out batch (`heldout/*_r188b.tsv`: \"Never trust a Kurd, they "
      "will sell you out\", \"الأتراك هم العدو الداخلي\", \"Suriyeli mülteciler emir bekleyen bir beşinci "
      "kol\", \"هر شیعه‌ی عراقی وفاداریش به ایرانه، نه به عراق\"), run before its changes, caught 34 of "
      "60; the rules then read distrust in spoken Arabic and after \"به یه\", the enemy or a traitor by "
      "habit right after the people's name (not a news actor's enemy, \"الأكراد أعداء داعش\"), and a "
      "loyalty said to lie elsewhere than with \"us\", and it caught 54, every contrast (distrust of a "
      "government, the enemy shelling a village, loyal neighbours) still clean. Idioms of treachery "
      "(\"Don't ever turn your back on a Persian\", which also asks for solidarity with refugees) are "
      "missed.")
    w("- **A threat veiled by another's fate is read in a few frames.** The hundred-and-eighty-ninth "
      "round's held-out batch (`heldout/*_r189b.tsv`: \"Think of what happened to Khashoggi before you "
      "publish again\", \"اللي صار للمختار رح يصير فيك\", \"Muhtara olan sana da olacak\", \"People who "
      "write lies like this have accidents\"), run before its changes, caught 23 of 60; the rules then read "
      "another's fate aimed at the addressee (\"will happen to you\", \"before you publish\" beside a "
      "person's fate, \"the last reporter\" to remember), a lesson another took \"and you too\", what "
      "befalls writers \"like you\", a name on a list after another's, the grave beside a friend, and it "
      "caught 54; a fate likened to one's own or to one's father no longer reads as a threat. A fate asked "
      "of the victim's family (\"Ask the family of that blogger what happens to people who ask "
      "questions\") is missed, and the rules know only a few names of murdered journalists.")
    w("- **An ultimatum is read by its bare \"or else\", its deadline and its formulas.** The "
      "hundred-and-ninetieth round's held-out batch (`heldout/*_r190b.tsv`: \"Delete this article by "
      "tonight, or else.\", \"Leave the city while you still can, journalist\", \"الإيزيديين أحسنلهم "
      "يطلعوا قبل الشتوية وإلا\", \"Ezidiler kıştan önce gitse iyi olur, yoksa...\"), run before its "
      "changes, caught 12 of 60; the rules then read a demand with a deadline ended by a bare \"or else\", "
      "\"or we'll ... our way\", leaving \"while you still can\", \"one more ... and see what happens\", "
      "a people who \"know what will happen if they stay\", and formulas (\"Consider this your only "
      "warning\", \"if you know what's good for you\"), and it caught 60. Hyperbolic advice so worded "
      "(\"Kids, ... get out now, while you still can!\", of a school) is read as a threat too.")
    w("- **A people likened to an animal through an act is read when both sides are acts.** The "
      "hundred-and-ninety-first round's held-out batch (`heldout/*_r191b.tsv`: \"Trusting a Turk is like "
      "trusting a scorpion not to sting\", \"Hiring an Afghan is like letting a fox guard the henhouse\", "
      "\"الثقة بالتركي متل الثقة بالعقرب\", \"Türke güvenmek akrebe güvenmek gibidir\"), run before its "
      "changes, caught 23 of 56; the rules then read a likeness with the people on one side and an animal "
      "a person is called in contempt on the other, each side an act (an English gerund, a Turkish verbal "
      "noun, the act's noun before the name in Arabic and Persian), and it caught 50. Three contrasts "
      "were lost: strangers online (\"الغرباء\") read as a people in Arabic, and a grandfather's saying "
      "told and rejected in Turkish and Persian read as the commenter's.")
    w("- **A fate the addressee is told to ask about is read beside a victim's kin, \"the last\" reporter or "
      "\"the reporter before you\".** The hundred-and-ninety-second round's held-out batch "
      "(`heldout/*_r192b.tsv`: \"Ask Khashoggi's family how writing articles like this worked out for him\", "
      "\"Ask the reporter before you how his knees are doing\", \"اسأل عيلة خاشقجي كيف انتهت معه كتابة هيك "
      "مقالات\", \"Senden önceki muhabire sor, dizleri nasıl.\"), run before its changes, caught 4 of 56 "
      "threats; the rules then read \"ask\" sending the addressee to a murdered journalist's family, to "
      "\"the last\" reporter or man, or to \"the reporter before you\", with the end asked about (a "
      "grave, a cane, how it worked out, what happens to people like the addressee), and it caught 37, every "
      "contrast kept. Missed: \"ask around\", a kin with no name or \"last\" beside it outside English, "
      "ends the lists lack (\"what happens to snitches\").")
    w("- **A people called treacherous by the idiom of the back is read in two forms.** The "
      "hundred-and-ninety-third round's held-out batch (`heldout/*_r193b.tsv`: \"Never turn your back on an "
      "Afghan\", \"Arabs smile at you while they sharpen the knife\", \"ما تدير ضهرك لأفغاني أبداً\", "
      "\"Bir Afgana asla sırtını dönme.\"), run before its changes, caught 11 of 56; the rules then read the "
      "back never to be turned on one of a people, and a people that smiles to one's face and stabs, betrays "
      "or poisons from behind, and it caught 30, every contrast kept. Other betrayals (robbing, selling one "
      "out) are missed.")
    w("- Very short comments may be identified as another language (\"Musilms are vermin\" and \"Kurds go "
      "home\" as Turkish), and then the English rules do not run; with a few more words the same misspelling "
      "is read as English (\"All the Musilms in this town are vermin\": 0.93). One read as Kurmanji or "
      "Sorani whose every word is English is read as English (since 2026-12-06: \"Kurdish pigs\", \"Ihate "
      "Kurds\").")
    w("- Kurdish (ckb, kmr) has no labelled abuse data and no credible word list: the scorer only identifies "
      "the language and runs the detectors; a person decides.")
    w("- Label mappings are approximations of different annotation guidelines (see the table); per-clause "
      "figures inherit their noise.")
    w("- Sales phrases for ckb and kmr were not validated by a native-speaker moderator.")
    if man.get("mixture"):
        w("- The violation mixtures (" + ", ".join(f"`{lang}`" for lang in man["mixture"]) + ") lean on "
          "recognising which dataset a comment's style resembles. On the dev splits (and on the withheld "
          "tests, drawn from the same sources) that recognition is easy; a news site's comments are routed "
          "to whichever datasets' comments they resemble, and those datasets' label definitions then "
          "dominate (not measured on news-site comments beyond Civil Comments and C3). Because the mixture "
          "balances the classes within each dataset, it no longer tells the datasets apart by their base "
          "rates, which can make the pooled per-language figures (all of a language's dev sets mixed "
          "together) and the ECE of sets with very rare or very common positives worse than a single "
          "pooled head's"
          + (" (English: the previous pooled, Platt-scaled head had AUC 0.929, macro-F1 0.825, ECE 0.093 "
             "in the per-language table; Civil Comments' ECE went from 0.17 to 0.36, MLMA's from 0.18 to "
             "0.32)" if "en" in man["mixture"] else "") + "."
          + (" The Arabic mixture lowered the urgent lane's recall on Arabic dev rows labelled abuse "
             "or threat from 0.205 to 0.165 (the Levantine misogyny set: 0.217 to 0.120): it puts those "
             "comments' p(violation) near 1, and the abuse stack, with one weight on p(violation) for every "
             "language, weighed it against abuse. With one weight per language in the abuse stack "
             "(`training.CLAUSES_VIOLATION_BY_LANGUAGE`) the lane's figures are those above; that comment "
             "gives what each language gained and what English lost."
             if "ar" in man["mixture"] else ""))
        w("- How these dev figures were reached: every choice the training code makes is taken on train or"
          " calibration rows only, but while the mixture was developed its dev figures were looked at, and"
          " two options (small sets going to the pooled head, a class-balanced dataset guesser) were added"
          " to the calibration search after an ethos dev figure dropped. The calibration search prefers "
          "both; still, the dev figures of the mixture heads are not untouched by model selection, and the"
          " withheld test splits are the fair check. The Turkish mixture (2026-12-02) was adopted after an "
          "experiment that showed its dev figures (HATC and the incivil tweets up, OffensEval-TR a few "
          "thousandths down before that set was routed to the pooled head); its mix-or-not and routing are "
          "the calibration split's, as for the others. The Arabic one (2026-12-02) too had its dev figures "
          "looked at in an experiment (t_hsab, letmi and the Saudi tweets up); it was adopted once the "
          "decision point took the stricter of near-tied thresholds, a rule chosen by our suite's news "
          "reports and the calibration split's F1 curve.")
    w("- With `--open-only` (davidson, toxic_spans, ethos, MLMA en/ar, OSACT2020, YouTube spam) the model "
      "has "
      "heads for English and Arabic (violation, abuse, religious_hatred) only: Turkish and Persian comments "
      "then get null clauses and always go to a person, and `off_topic` stays null (C3 is not open).")
    w("- Platt scaling uses an even prior for heads with at least 10% positives in the calibration split and "
      "the split's own prior for rarer ones (threat, the abuse kinds, Arabic vulgarity/profanity), so an "
      "insult does not also pass 0.5 for xenophobia"
      + (f"; the violation heads of {', '.join(f'`{x}`' for x in own)} use the split's own prior too "
         "(see the per-language section)" if own else "") + ".")
    w("")
    return "\n".join(L) + "\n"


def _harm_sections(F, man, w):
    broadened = any(name in man["datasets"] for name in BROADENING)
    bw = _broadening_weight(man)
    ratios, counts = man.get("harm_ratios") or {}, man.get("harm_counts") or {}
    if ratios:
        w("## Severe-harm detectors")
        w("")
        w("A linear head trained on tweets learns which words are frequent in offensive tweets; a threat "
          "(\"someone should shoot that spokesman\") is made of ordinary words and threats are rare in "
          "every training set, so the heads miss them. `newsroom/guidelines/harm.py` looks for the "
          "structure the guidelines describe, in en, ar, tr and fa (word lists in `harm_lexicon/`, one "
          "module per language, written for this project):")
        w("")
        w("- **threat**: a violent act or a death wish aimed at a person or group (`you`, `him`, `that "
          "spokesman`, an identity group, an object pronoun on an Arabic or Persian verb), in a mood of "
          "intent, wish, call or prediction (`I will`, `someone should`, `deserves to`, `let's`, the "
          "imperative, Turkish `-ecek`/`-meli`/`-sın`, Arabic `س`/`سوف`/`راح`/`لازم`, Persian `باید`/`می‌`); "
          "stock intimidation (`I know where you live`, `watch your back`, `دمک حلال`, `arkanı kolla`); "
          "knowing the addressee's home, school or family (`we know which school your kids go to`), or a "
          "warning about them (`watch out for your family`, `انتبه على عيالك`); a danger with the "
          "addressee's vulnerability said to `someone who writes like you` (in all four languages); "
          "blood and graves as the act (`we will spill your blood`, `kanlarıyla ödeyecek`); calls with "
          "no violent verb (`to arms`, `bullets are the only language they understand`, "
          "`لا تتركوا منهم أحداً`). A "
          "prediction with a third-person subject (`people will get killed`) is weak. In English an act "
          "aimed at no one is no threat (`kill that program`, `wipe out species`; a place where people are "
          "is a target: `bomb parliament`), a possessive before a thing makes the thing the object (`end "
          "her 30 year hiatus`, but `break your legs`), and `want to` is a wish only in the first person "
          "(`they want to kill us` tells what others want).")
        w("- **abuse**: an identity group (ethnicity, nationality, religion, gender, sexual orientation, "
          "disability, and this region's groups: Kurds, Arabs, Turks, Persians, Yazidis, Christians, Shia, "
          "Sunni, refugees...) with dehumanisation, a sweeping negative claim (a vice said of it, or a "
          "virtue denied of it: `Kurds are not honest people`, `Suriyeliler medeni değil`, `there is not a "
          "single honest Arab`; a vice denied is no claim: `Iraklılar suçlu değil`), hatred or a call "
          "for exclusion (also a home, a job or a sale withheld: `Don't hire Afghans`, `Kimse "
          "mültecilere daire kiralamamalı`); a slur; violence against a group; what the next sentence "
          "says of \"they\" or \"all of them\" after a group named (`I met some Kurds. They are all "
          "thieves`, `Hepsi hırsız`, `كلهم حرامية`), or through a pronoun after a group named on its own "
          "(`Muslims? I can't stand them.`, `المسلمون؟ ما أطيقهم`); a group said never to be trusted "
          "(`Persians cannot be trusted`, `Farslara güvenilmez`); hate said as the commenter's opinion (`I "
          "think Muslims are disgusting`). The kind (racism, xenophobia, religious hatred, sexism, "
          "homophobia) comes from the group. Not abuse, and read as counter-speech: prejudice itself "
          "condemned (`I hate racism`, `Racism against Arabs makes me sick`, `رهاب المثلية مقرف`), a claim "
          "denied (`Muslims are not terrorists`, `لا يوجد كردي خائن بطبعه`, `مسلمونا تروریست نیستن`; "
          "not a likeness: `no better than rats`), hatred of how a group is treated (`I hate how refugees "
          "are treated`), another's opinion told and judged -- each only in a comment without abuse of "
          "its own.")
        w("- **personal_attack**: an insult aimed at the addressee or a person (`you idiot`, `the writer "
          "is a clown`, Turkish `aptalsın`, Arabic `يا حمار`); **profanity**, **vulgarity**: word lists, and "
          "(vulgarity) a woman of the news made a sexual object: called to the speaker's own bed with a "
          "call or a night (`Bring that translator to my bedroom for a night`), her sexual parts named as "
          "hers where no wound is told (`Zoom in on the anchor's ass`, `باسن مجری`). "
          "Since 2026-12-03 the lists also read words the training comments showed they lacked "
          "(`harm_lexicon/mined_{ar,tr,fa}.tsv`, a word and its tags a line; candidates from `python -m "
          "newsroom.guidelines candidates --lang L`: words of violating train-split comments in which the "
          "detectors found nothing, in 5 or more of them and 4 times likelier in a violating comment than "
          "in a clean one -- `koduğumun`, `amik`, `خایه`, `الدنگ`, `کحبه` -- and in Arabic, with "
          "`--vocative`, the word after the vocative `يا`, read as an insult only when said to the "
          "addressee: `يا خروف`, `ياصعلوك`, `انت وضيع`, not `أسعار الخراف`). A person kept each word "
          "(names, peoples, kin words and everyday words pass such a filter too; `amın` was left out: "
          "typed without its letters it is `amin`, amen). They join the model's extra entries with the "
          "HurtLex words, so the leave-one-dataset-out folds do not use them.")
        w("- **Spelling slips and words run together** (English): a word that no list names and that is "
          "not a word people write (`harm_lexicon/known_en.txt`: SCOWL's American English word list, the "
          "words of two or more training texts and the region's place names, built by "
          "`python -m newsroom.guidelines.known_words`) is read as the listed word one slip away -- two "
          "neighbouring letters swapped (`immigrnats`, `tarsh`), and in a word of six letters or more one "
          "letter missing (`imigrants`) or one too many, never by adding or dropping its first letter "
          "(`laughter` is not `slaughter`) -- or as two words run together (`transpeople`, `killall`; a "
          "harmful part of four letters or more, a group's name only beside `people`, `are`, `all`...); "
          "the first person run into a verb (`ihate`, `iwill`) is read apart even where it is common. "
          "The tags read so are the harmful ones, the moods (`shuold`) and the groups. Measured on half of "
          "the English training split with the list built from the other half: findings added to 92 "
          "violating and 36 clean comments of 23,086 (the clean ones mostly profanity and slurs the lists "
          "lacked). On our suite's check half: one counter-speech case lost, one obfuscated insult gained. "
          "A word cut in two by a stray space (`infe rior`) is read whole when at least one half is no "
          "English word and together they make a listed one. In Arabic, Turkish and Persian (since "
          "2026-12-03; `known_{ar,tr,fa}.txt` from the training texts alone, no dictionary) only two "
          "neighbouring letters swapped (not the first; a stem of five letters or more) and a key pressed "
          "twice (`كلبب`, `حماار`, `hainn`) are read: with every reading Turkish gained threat findings on "
          "70 clean comments of the data against 36 offensive ones; with these two, 128 offensive and 39 "
          "clean comments gained a clause finding among 196,449. The learnt heads already shrug off a slip; "
          "what the reading adds is the clause, the reason a moderator is offered (held-out batches "
          "`*_r49b.tsv`: tr 13 -> 15 of 15 lines, ar 13, fa 15 unchanged).")
        w("- **Letters masked by asterisks** (every language, since 2026-12-03): `normalise.py` drops an "
          "asterisk inside a word, so the heads read `s*kerim` as `skerim`, which no list names. The "
          "detectors read each asterisk (at most two in a word, or one ending it: `gö*`) as one letter of "
          "the language and give the masked word the harmful tags (profanity, vulgarity, insult, violence, "
          "dehumanisation) of any filling the lists name (`harm.masked_words`, `_Lang.asterisk_tags`): "
          "masking a word is saying it while hiding it. Each asterisk needs two letters shown (`k**b` could "
          "be too many words), a word found inside a filling counts only where it covers the filled letters "
          "and two shown ones, a profane filling outweighs a violent one (`sh*t` is no `shot`), and at most "
          "three masked words of a comment are read (a word of two asterisks costs a few milliseconds). A "
          "word wrapped in asterisks (`*great*`) is emphasis.")
        w("- **Arabic and Persian typed in Latin letters** (Arabizi and Finglish, since 2026-12-03): `enta "
          "7mar`, `ra7 a2ta3 lsanak`, `khafe sho ey harzeye bi arzesh`. The identifier, which learnt both "
          "languages in their own script, reads such a comment as English, Turkish or Kurmanji, whose heads "
          "see nothing in it, and normalisation reads Arabizi's digits as leetspeak (`7a2eer` becomes "
          "`ta2eer`): only the phrases the lists spelt out in Latin letters were found. Each Latin word is "
          "now spelt in the language's letters every way it may be written (`romanised.py`: a vowel written "
          "or not, `t` as ت or ط; in Arabic `3` ain, `7` ha, `2` hamza or qaf, a final `a` as ة or ا; in "
          "Persian its own letters, its three s's and four z's, a final `e` as the silent ه or the ezafe), "
          "the spelling kept that is a word of the language and the commonest in the training texts (the "
          "known-word lists are written most frequent first: `kolna` is کلنا, not کلنه; `kone` is کنه, does, "
          "not the vulgar کون), and Arabic's article, conjunction and oath's lam are joined to their word "
          "(`w el 3arab`: والعرب; `wallah la a2tlak`: والله لاقتلک, no negation). A comment is written so "
          "when half of its words of three letters or more read so and are no English or Turkish: in Arabic "
          "two with a word typed with digits among them, or three; in Persian three, or two of Finglish's "
          "own words (`harm.HarmDetector.romanised_tokens`). One the identifier took for Kurmanji is read as "
          "Arabizi only with a word typed with digits (Kurmanji writes Arabic loanwords and `ya`, never a "
          "digit for a letter) and never as Finglish (Kurmanji is Persian's kin: 423 of its 34,644 sentences "
          "in the language-identification text would read as Persian). Such a comment is scored in its "
          "language (`model.LinearModel.read_romanised`): the language's heads read its spelling in the "
          "language's script, the language's rules read it word by word, and the evidence is the Latin "
          "words as typed. Times, units, ordinals, Turkish case endings after a number, names such as `g7` "
          "and links are no Arabizi. Of the 139,475 English and Turkish comments of the data none is read "
          "as Arabic and two as Persian (`Hoi, fai moke hau!!!!`, and a Zazaki-like HATC comment). The "
          "stack and the other calibrated weights are those fitted with the Arabic half (2026-12-03): "
          "refitted with the Persian half, whose change reaches nine rows of the suite's tune half and "
          "none of the calibration rows, the personal_attack and profanity weights moved (a finding's "
          "weight 4.42 -> 4.33 and 3.47 -> 3.29, the heads of the Finglish rows now reading them high) and "
          "Turkish and Persian insults the probe files hold fell just under 0.5 (`tr_r36` 27 -> 24 of 30, "
          "`tr_r20` 69 -> 66 of 71), and the suite's Persian tune half 162 -> 160 of 168: not kept.")
        w("- **What the mined words and the masks changed on the data** (all 266,546 comments of en, ar, "
          "tr and fa, each with the dataset's own label): a clause finding gained on 1,408 comments "
          "labelled violating and 34 labelled clean (most of these profane all the same: `bullsh*t`, "
          "`What The Fuck`), none lost; 1,142 violating comments had no clause finding before. On the dev "
          "splits the share of flagged violating comments that a clause explains (the reason the console "
          "suggests) went ar 41.4% -> 42.5%, tr 71.9% -> 74.0%, fa 67.1% -> 68.0%, with clean dev "
          "comments flagged ar 1,347 -> 1,350, tr 533 -> 533, fa 320 -> 319. Held-out batches written "
          "with the changes (`*_r50b`, `*_r51b`): Arabic insults said to a person 7 -> 13 of 15, masked "
          "words 19 -> 28 of 32.")
        w("- **Beyond one sentence, and stock phrases that must end one** (English): a group named in one "
          "sentence is who `they`, `these` or `nothing but` open the next with (`I met some Yazidis. They "
          "are all thieves`), when that sentence names no group and the one before named one kind; a "
          "sexist trope said of `she` is sexism. Stock threats that also have an everyday sense "
          "(`you're next`, `there will be blood`, `your family isn't safe`) count only where they end "
          "their sentence or a vocative or a condition follows (`you're next, traitor`, not `you're next "
          "in line`); in a sentence about a match or an election, `kill`, `slaughter` and `crush` are "
          "idioms, never `rape`, `behead`, `shoot` or `burn`.")
        w("- **Contrasts that stay quiet**: news reporting (no mood of the commenter, or a news actor "
          "such as "
          "ISIS, the coalition or the army as the subject of a prediction), negation (`no one should kill`, "
          "Turkish `öldürmeyeceğim`; an act the commenter denies doing as a habit: `we don't burn offices`, "
          "`yakmayız`, `ما نحرق`, `آتیش نمی‌زنیم`), counter-speech (the hate quoted or reported with a verb "
          "of saying, in a comment that rejects it, or denied before it is said: `it is not true that`, "
          "`stop calling`; hate in quotation marks put in others' mouths -- "
          "`people who call Kurds \"rats\"`, `\"Pis Arap\" diyenler`, `کسایی که می‌گن «...»` -- "
          "when the commenter neither endorses it "
          "(`and it's true`) nor abuses anyone in their own words; "
          "a rejecting word beside an insult at a person is one more insult, not counter-speech: "
          "`you are a racist idiot`, and so is a shame or a curse on the group itself: `Kurds are thieves, "
          "shame on them`, `عيب عليهم`; the particular forms are also a `rebuttal`, weighed apart by the "
          "stack), identity mentions with nothing negative, a group praised in a "
          "comment with no hostile word (`I love Muslims`), violent idioms with no "
          "target, an exclusion denied (`expats should not be banned from voting`), an insulting adjective "
          "on a thing (`another useless battle`), Persian کشیدن (pull, smoke) beside کشتن (kill) and the "
          "burning or breaking heart (pity, hurt).")
        w("")
        stack = man.get("harm_stack") or {}
        w("**How they feed the score: a calibrated stack.** For each clause the detectors cover, "
          "p = sigmoid(w0 · logit(base) + w1 · weak finding + w2 · strong finding "
          "+ w3 · logit(p(violation)) + b), "
          "where base is the clause head's probability (or, where the language has no head for the clause, "
          "p(violation) × the clause's share of violations in the training data); w3 lets a comment the "
          "violation head is sure of reach a clause whose own head was trained on a rare label. "
          "The violation probability keeps its head's "
          "logit as a fixed offset (weight 1, no intercept), so a comment the detectors say nothing about "
          "keeps exactly the head's score, and adds a weight for each clause's strong finding and for each "
          "contrast (news report, negation, counter-speech, praise of a group), "
          + ("both one per language (a detector is surer in some languages than in others: see the "
             "likelihood ratios below). " if (stack.get("violation") or {}).get("strong_by_language")
             else "the contrasts one per language. ") +
          "The weights are fitted (`training.fit_harm_stack`) on labelled calibration-split rows of every "
          "scored language and on the *tune* half of our functional suite; the check half and the dev "
          "splits are never used. A detector is evidence with a fitted weight, not an override. "
          "The two stacks are then made to agree (`model._attribute`, round 65): each clause is at least "
          "the share of the violation that rests on its strong finding -- the violation stack's probability "
          "less the same sum without that finding's weight -- so that a violation raised by a finding names "
          "that finding's clause (the clause stacks read the violation head from before the detectors); "
          "when the finding alone carries the comment over 0.5 (under 0.5 without it), the clause gets "
          "the whole violation (round 71: the finding is the reason the comment is one); and when the heads "
          "alone put the comment over 0.5 and no clause reaches it, the clause of the strong finding that "
          "weighs most gets the whole violation (round 135: \"شو هالخرا اللي عم يصير بسنجار\" was a "
          "violation at 0.76 with profanity 0.44, a violation the console could name no reason for). "
          "It never raises a clause above the violation and leaves the violation as it was.")
        w("")
        if stack:
            w("| clause | w0 logit(base) | w1 weak | w2 strong | w3 logit(violation) | b "
              "| rows (calibration / suite) |")
            w("|---|---|---|---|---|---|---|")
            for c in CLAUSE_KEYS:
                st = stack.get(c)
                if st:
                    if st.get("violation_by_language"):  # one weight per language
                        w3 = ", ".join(f"{lg} {v:.2f}" for lg, v in zip(st["violation_by_language"],
                                                                        st["coef"][3:], strict=True))
                    else:
                        w3 = f"{st['coef'][3]:.2f}" if len(st["coef"]) > 3 else "–"
                    w(f"| {c} | {st['coef'][0]:.2f} | {st['coef'][1]:.2f} | {st['coef'][2]:.2f} | {w3} | "
                      f"{st['intercept']:.2f} | {st['rows']['calib']} / {st['rows']['suite']} |")
            sv = stack.get("violation")
            if sv:
                names = (stack.get("features") or {}).get("violation") or []
                w("")
                w("Violation stack weights (added to the head's logit): "
                  + ", ".join(f"{n} {v:+.2f}" for n, v in zip(names[1:], sv["coef"][1:], strict=False)) + ".")
            w("")
        written = man.get("written_heads") or {}
        if written:
            hw = next(iter(written.values())).get("weights") or {}
            w("**The written-threat heads.** The rules above catch a threat whose structure they list; "
              "written afresh, in words no rule lists, only about half of the threats in a probe round "
              "were caught before the round's changes, and a quarter in round 25. Each scored language "
              "therefore has one more linear head over the same features (one more column of its weight "
              "matrix: no extra product at scoring time), trained (`training.train_written_heads`) on "
              "the probe comments we wrote from the guidelines (`tests/guidelines/probes/`, every round; "
              "threat against everything else, contrasts included; a line that is also a suite case is "
              "left out) and on real train-split comments of the language (clean ones, and real threat "
              f"labels where a dataset has them), the real rows weighing {hw.get('real_to_probes', 1):g} "
              f"times the probes in total; the real clean comments a first fit reads as threats weigh "
              f"{hw.get('hard_negatives', 1):g} times more in a second (a threat names "
              "its target, and the first fit took targets for threats: \"my family reads your paper\"). "
              f"Inverse L2 strength C = {hw.get('C', 4):g}, chosen by the out-of-fold figure below "
              "(`training.WRITTEN_C`). At or above "
              "its threshold it is a **weak threat finding** without spans, which the stack weighs as it "
              "weighs a rule's weak finding (w1 above), and its evidence is the words that head weighed "
              "most. The threshold is the lowest at which, *out of fold* (probe rounds held out in turn), "
              "at most 2% of the probe contrasts and of the other violations, and at most 0.2% of the "
              "language's clean calibration-split comments, would be read as threats:")
            w("")
            w("| language | threshold | threats found, out of fold | contrasts | other violations "
              "| clean calibration comments | probe lines (threats) | real rows (threat labels) |")
            w("|---|---|---|---|---|---|---|---|")
            for lang, h in written.items():
                o, r = h["out_of_fold"], h["rows"]
                w(f"| {lang} | {h['threshold']:.2f} | {o['threats']:.3f} | {o['contrasts']:.3f} | "
                  f"{o['other_violations']:.3f} | {o['real_clean']:.4f} | "
                  f"{r['probes']} ({r['probe_threats']}) | {r['real']} ({r['real_threats']}) |")
            w("")
            w("The probes are written the way the suite is, so the suite's check half may flatter these "
              "heads; the clean dev comments put in the urgent lane (below) are where their false alarms "
              "on real comments show. A bag of words reads the shape \"if I see you ... I'll ...\" as a "
              "threat whatever the speaker will do, so a head's finding is dropped when the comment "
              "promises a kindness in the first person and holds no word of harm, insult or a place to be "
              "found at (`HarmDetector.kind_promise`: \"If I meet that reporter I'll buy him a coffee\", "
              "\"لو شفتك بالشارع راح أسلم عليك\"; round 64). On the data's comments the heads fire alone on "
              "246 and the guard takes none of them; it mends probe lines written for it. Since round 189 a "
              "head's finding is also dropped when the comment likens a fate to the speaker's own or to the "
              "addressee's kin and holds no word of harm (`HarmDetector.fate_likened`: \"You'll end up like "
              "your father, a brilliant doctor\", \"رح تطلع متل أبوك، دكتور شاطر\").")
            w("")
        w("The likelihood ratios below (how much likelier each finding is in violating than in clean "
          "training comments, add-half smoothed) are not used for scoring; they show how often each "
          "detector fires on real data, violating and clean.")
        w("")
        w("| language | clause | LR nothing | LR weak | LR strong | strong findings (violating / clean) "
          "| source |")
        w("|---|---|---|---|---|---|---|")
        for lang, cl in ratios.items():
            for c, lr in cl.items():
                cnt = (counts.get(lang) or {}).get(c) or {}
                v, k = cnt.get("violating", [0, 0, 0]), cnt.get("clean", [0, 0, 0])
                w(f"| {lang} | {c} | {lr['0']:.2f} | {lr['1']:.2f} | {lr['2']:.2f} | {v[2]} / {k[2]} | "
                  f"{cnt.get('source', '–')} |")
        w("")
        w("The ratios are modest where the training sets' \"clean\" comments themselves discuss violence "
          "(news comments in C3 and Civil Comments), and high where they do not. Evidence for a clause a "
          "detector found is the words that carry it (the act, the mood, the target; the group and the "
          "dehumanising word), never the whole sentence. Evidence from a head is restricted to content "
          "words (`newsroom/guidelines/evidence.py` lists the function words that are never shown), and a "
          "clause flagged at 0.5 or more without a span says why in `evidence_notes` (\"judged on the whole "
          "comment\").")
        w("")
    w("## How each clause is produced, per language")
    w("")
    w("| language | head trained on labelled data | from the detectors (and p(violation)) | null |")
    w("|---|---|---|---|")
    for lang in ("en", "ar", "tr", "fa"):
        hs = set(man["heads"].get(lang, [])) | {"promotion"}
        det = [c for c in (ratios.get(lang) or {}) if c not in hs]
        boosted = [c for c in (ratios.get(lang) or {}) if c in hs]
        null = [c for c in CLAUSES + ABUSE_KINDS if c not in hs and c not in det and c != "off_topic"]
        more = f" (detectors add evidence to {', '.join(boosted)})" if boosted else ""
        w(f"| {lang} | {', '.join(sorted(hs))}" + more
          + f" | {', '.join(det) or '–'} | {', '.join(null) or '–'} |")
    w("")
    if man.get("written_heads"):
        w("The threat clause in " + ", ".join(man["written_heads"]) + " also reads the written-threat head "
          "(a weak finding at its threshold; see above), trained on the probe comments we wrote and on "
          "real comments.")
        w("")
    w("An abuse kind with no head (e.g. Turkish racism) is scored when the abuse detector names it "
      "(its group), with the abuse clause's stacked score; otherwise it stays null. `off_topic` comes "
      "from relatedness in every scored language.")
    w("")
    S = F.get("suite")
    if S:
        w("## Our functional test suite")
        w("")
        n_probes = _probe_count()
        probes = f"{n_probes:,} " if n_probes else ""
        w("`newsroom/guidelines/suite/` holds 28 functionalities × 12 cases in each of en, ar, tr and fa "
          "(1,344 cases), written for this project from the outlet's guidelines (no published suite "
          "copied; see its README). A violating case passes when violation ≥ 0.5 *and* one of its clauses "
          "≥ 0.5; a non-violating one when violation < 0.5; and no case may flag a clause it names as "
          "`not_clauses` (news reporting must not be a threat). The even-numbered cases were looked at "
          "while the detectors' word lists were written (**tune**), the odd-numbered were not "
          "(**check**): the check half is the fairer figure (the Persian check half's misses were read on "
          "2026-12-06 while the kinds of a round were chosen; no word or rule was taken from them, and the "
          "round's lines kept their idioms out, but the Persian check figure is less fair since). "
          "A third set, `tests/guidelines/probes/` "
          f"({probes}short comments written in batches from 2026-11-30 to 2026-12-05 to find missing "
          "mechanisms, and then tuned on), is a regression guard with floors in "
          "`tests/guidelines/test_probes.py`, not a figure; its README gives each batch's pass rate "
          "before the changes it led to, which is a fresh measure of the scorer as it then stood. Since "
          "the forty-fifth round each round also writes a held-out batch, kept out of every change and all "
          "training (`tests/guidelines/heldout/`, floors in `test_heldout.py`): whether a round's changes "
          "carry over to lines they were not made from.")
        w("")
        w("| language | accuracy | tune half | check half | threat recall | threat precision | urgent-lane "
          "recall (threat/abuse cases) | urgent false alarms (non-violating) |")
        w("|---|---|---|---|---|---|---|---|")
        for lang, d in S.items():
            u = d.get("urgent", {})
            w(f"| {lang} | {d['accuracy']:.3f} | {d['halves'].get('tune', 0):.3f} | "
              f"{d['halves'].get('check', 0):.3f} | {d['threat']['recall']:.3f} | "
              f"{d['threat']['precision']:.3f} | {u.get('recall', 0):.3f} (n {u.get('n', 0)}) | "
              f"{u.get('false_alarms', 0)} of {u.get('non_violating', 0)} |")
        w("")
        H = F.get("heldout")
        if H:
            w("**Held-out probe batches** (`tests/guidelines/heldout/`: written with a probe round, kept out "
              "of every change and all training; the round's README section gives each one's figure before "
              "the round's changes):")
            w("")
            w("| batch | lines passed | threats caught |")
            w("|---|---|---|")
            for name, h in H.items():
                threats = f"{h['threats'][0]} of {h['threats'][1]}" if h["threats"][1] else "–"
                w(f"| `{name}` | {h['passed']} of {h['n']} | {threats} |")
            w("")
        w("The peers judge no clauses, so they are compared on the violation decision alone (a violating "
          "case needs violation ≥ 0.5, any other < 0.5; clauses ignored):")
        w("")
        w("| language | ours | naive baseline | alt-profanity-check | better-profanity |")
        w("|---|---|---|---|---|")
        for lang, d in S.items():
            vo = d.get("violation_only") or {}
            w(f"| {lang} | {_f(vo.get('ours'))} | {_f(vo.get('naive'))} | "
              f"{_f(vo.get('alt_profanity_check'))} | "
              f"{_f(vo.get('better_profanity'))} |")
        w("")
        funcs = list(next(iter(S.values()))["functionalities"])
        w("| functionality | " + " | ".join(S) + " |")
        w("|---|" + "---|" * len(S))
        for f in funcs:
            w(f"| {f} | " + " | ".join(f"{S[lang]['functionalities'].get(f, 0):.2f}" for lang in S) + " |")
        w("")
    U = F.get("urgent_dev")
    if U:
        w("**Urgent lane on the dev splits** (rows labelled threat or identity abuse, put in the urgent "
          "lane at the default 0.5): "
          + "; ".join(f"{lang} {d['recall']:.3f} of {d['n']}" for lang, d in U.items())
          + ". Dev labels of \"abuse\" include much that is not identity-based (OLID's group insults), so "
          "this is a lower bound on the lane's recall for what it is meant to catch.")
        if any("false_alarm_rate" in d for d in U.values()):
            w("")
            w("Its false alarms: the share of clean dev rows (violation 0, comment datasets) it would put "
              "first in the queue: "
              + "; ".join(f"{lang} {d['false_alarm_rate']:.4f} of {d['clean']}" for lang, d in U.items()
                          if "false_alarm_rate" in d)
              + ". Some clean rows are mislabelled threats (a dataset's \"not offensive\" is not ours), so "
              "this is an upper bound.")
        w("")
    N = F.get("neutral")
    if N:
        w("**Everyday sentences flagged** (share with violation ≥ 0.5 among the dev part of KurdishLID's "
          "Arabic, Persian and Turkish sentences: ordinary prose that breaks no guideline; `data.NEUTRAL`, "
          "whose train part trains every head as clean rows). Lower is better:")
        w("")
        w("| language | n | ours | naive baseline | alt-profanity-check |")
        w("|---|---|---|---|---|")
        for lang, d in N.items():
            w(f"| {lang} | {d['n']} | {_f(d.get('ours'))} | {_f(d.get('naive_char_tfidf_lr'))} | "
              f"{_f(d.get('alt_profanity_check'))} |")
        w("")
    LO = F.get("lodo")
    if LO:
        w("## Leave-one-dataset-out (trained on the other datasets of the language)")
        w("")
        stacked = any("ours_minus_naive_ci" in c for cells in LO.values() for c in cells.values())
        w("For each dataset, the violation recipe (pooled head + F1 decision point + "
          + ("the violation stack over the detectors' findings, fitted as the shipped one is (the head's "
             "logit as an offset, a weight per strong finding and per contrast, on calibration rows and our "
             "suite's tune half) on the fold's calibration rows only"
             if stacked else "detectors with likelihood ratios counted on the fold's training rows")
          + "; no mixture, since a gate cannot route to "
          "an unseen dataset) is trained on the *other* datasets of its language and tested on up to 2,500 "
          "rows of the held-out one; the naive baseline (char TF-IDF + logistic regression) is trained on "
          "exactly the same rows. `head only` is the recipe without the detectors. "
          + ("The sets added for Scorer 2.0 (HATC, Turkish incivil tweets, the Arabic taxonomy sets) train "
             f"the folds as they train the shipped heads (weighted {bw}), and are held out in turn."
             if broadened else
             "The datasets added in this version (HATC, Turkish incivil tweets, the Arabic taxonomy sets) "
             "are held-out cells only: the shipped heads are not trained on them yet, so neither is any "
             "fold."))
        w("")
        w("| language | held-out dataset | trained on (rows) | ours AUC | ours macro-F1 | "
          "head only AUC / F1 | "
          "naive AUC | naive macro-F1 |")
        w("|---|---|---|---|---|---|---|---|")
        behind = []
        for lang, cells in LO.items():
            for name, c in cells.items():
                o, h, n = c["ours"], c["head_only"], c["naive"]
                w(f"| {lang} | {name} | {', '.join(c['trained_on'])} ({c['train_rows']}) | {_f(o['auc'])} | "
                  f"{_f(o['macro_f1'])} | {_f(h['auc'])} / {_f(h['macro_f1'])} | {_f(n['auc'])} | "
                  f"{_f(n['macro_f1'])} |")
                ci = c.get("ours_minus_naive_ci") or {}
                for m in ("auc", "macro_f1"):
                    if n[m] is not None and o[m] is not None and n[m] > o[m]:
                        lo_hi = ci.get(m)
                        behind.append(f"{lang}/{name} {m} ({o[m]:.3f} vs {n[m]:.3f}"
                                      + (f"; ours - naive, 95% interval {lo_hi[0]:+.3f} to {lo_hi[1]:+.3f}"
                                         if lo_hi else "") + ")")
        w("")
        w(("**Where the naive baseline is ahead:** " + "; ".join(behind) + ".") if behind
          else "The recipe is ahead of the naive baseline in every leave-one-dataset-out cell.")
        w("")
        if stacked:
            cis = [(lang, name, m, lo_hi) for lang, cells in LO.items() for name, c in cells.items()
                   for m, lo_hi in (c.get("ours_minus_naive_ci") or {}).items()]
            above = [x for x in cis if x[3][0] > 0]
            below = [f"{lang}/{name} {m}" for lang, name, m, lo_hi in cis if lo_hi[1] < 0]
            w(f"The intervals are a paired bootstrap ({BOOTSTRAP_REPS:,} resamplings of each cell's test "
              "rows, both systems scored on the same draw): of the "
              f"{len(cis)} cell figures, {len(above)} are ahead of the naive baseline by more than the "
              f"draw of rows explains and {len(below)} behind it"
              + (f" ({', '.join(below)})" if below else "")
              + ". The Civil Comments toxic spans set is a poor judge of ranking: its comments were chosen "
              "as toxic, and its few clean rows (those no annotator marked) include threats such as \"hope "
              "your boyfriend in jail shanks you and let's you whither and die\", which the detectors find "
              "and the stack then ranks up.")
            w("")
            w("Until 2026-12-06 the folds stood in for the stack with the largest of the head's probability "
              "and each finding's likelihood ratio applied to it, a combination the scorer never used; "
              "fitting each fold's stack as the shipped one is fitted took the mean AUC from 0.721 to 0.750 "
              "in English (Davidson 0.769 to 0.913: its offensive tweets are the profanity and slurs the "
              "stack weighs; Civil Comments toxic spans 0.691 to 0.673), moved the other languages by at "
              "most 0.002, and the cells behind the baseline from 6 to 4, with the same heads, detectors "
              "and baseline.")
            w("")
        w("Macro-F1 at 0.5 on an unseen dataset mixes ranking with each dataset's own idea of where "
          "\"offensive\" starts (Davidson: 84% positives, MPOLD: 17%): both columns are shown.")
        w("")
        w(f"The violation heads' C = {VIOLATION_C:g} was chosen with these folds (with their earlier "
          "stand-in for the stack) and our suite: `python -m "
          "newsroom.guidelines lodo --c 1,2,4,8,16` trains every fold at each C beside the same naive "
          "baseline and prints each language's mean AUC and macro-F1 and the cells behind the baseline. "
          "C 8 ranked a few thousandths better here but lost Arabic suite cases in a full retrain; the "
          "figures of that choice are in `training.VIOLATION_C`'s comment. The broadening sets' row "
          "weights were chosen the same way: `lodo --c 4 --lang ar --broadening mpold=0.3,ar_youtube=0.3` "
          "gives the Arabic folds as they were before MPOLD and the YouTube comments went to full weight, "
          "and `data.BROADENING`'s comment holds the figures of that choice.")
        w("")
    PV = F.get("promotion_lovo")
    if PV:
        w("## Promotion on a video never seen (leave one video out)")
        w("")
        w("The YouTube spam collection holds four videos here (the fifth is withheld). For each video the "
          "promotion recipe -- the English head with the clean-comment negatives, trained as the scorer's, "
          "Platt-scaled on the other videos' calibration rows, and the rules (links, phones, handles, sales "
          "phrasing), the larger of the two as in the scorer -- is trained on the other three videos and "
          "tested on every comment of this one. The naive baseline (char TF-IDF + logistic regression) is "
          "trained on the same three videos' training rows, without the negatives (its stronger form). "
          "A sharper head (C 16 to 64, or fewer negatives) ranked a little better here but flagged more "
          "of the outlet's own kind of comment as promotion (\"please donate\", \"please share this "
          "article\"): not shipped (`training.mark_promotion_negatives` holds the figures).")
        w("")
        w("| held-out video | n (spam) | ours AUC / F1 | head only | rules only | naive AUC / F1 |")
        w("|---|---|---|---|---|---|")
        behind = []
        for video, c in PV.items():
            o, h, r, n = c["ours"], c["head_only"], c["rules_only"], c["naive"]
            w(f"| {video} | {o['n']} ({o['positives']}) | {_f(o['auc'])} / {_f(o['macro_f1'])} | "
              f"{_f(h['auc'])} / {_f(h['macro_f1'])} | {_f(r['auc'])} / {_f(r['macro_f1'])} | "
              f"{_f(n['auc'])} / {_f(n['macro_f1'])} |")
            behind += [f"{video} {m} ({o[m]:.3f} vs {n[m]:.3f})" for m in ("auc", "macro_f1") if n[m] > o[m]]
        mean = {s_: {m: sum(c[s_][m] for c in PV.values()) / len(PV) for m in ("auc", "macro_f1")}
                for s_ in ("ours", "naive")}
        w("")
        w(f"Mean over the videos: ours {mean['ours']['auc']:.3f} / {mean['ours']['macro_f1']:.3f}, naive "
          f"{mean['naive']['auc']:.3f} / {mean['naive']['macro_f1']:.3f}. "
          + (("**Where the naive baseline is ahead:** " + "; ".join(behind) + ".") if behind
             else "The recipe is ahead of the naive baseline on every video."))
        w("")
    PF = F.get("promotion_false_alarms")
    if PF:
        w("**Clean comments scored as promotion** (dev rows labelled violation 0 in the comment sets, "
          "promotion ≥ 0.5): "
          + "; ".join(f"{lang} {d['flagged']} of {d['clean']}" for lang, d in PF.items())
          + ". An upper bound on false alarms: these sets' \"clean\" means not offensive, so real sales "
          "posts count here (most of the Turkish ones are Instagram ads in HATC, with a phone number or "
          "\"DM\"), and in English the false ones are mostly comments citing a source with a link.")
        w("")


def _speed_lines(w, s, a):
    """The card's speed and size section (``w`` writes a line) from the speed figures ``s`` and the
    artifacts' ``a``."""
    w("## Speed and size (this machine, shared, one process)")
    w("")
    if s.get("load_average") is not None:
        busy = "other work was running; " if s["load_average"] >= 1.0 else ""
        w(f"Measured at a load average of {s['load_average']} on 2 cores ({busy}the ratio to "
          "alt-profanity-check, measured in the same process, is steadier than the rates: the rates "
          "move with the machine's load, the ratio much less). Each timed part starts after a full "
          "collection of the garbage the warm-up left (evaluation.measure_speed).")
        w("")
    w(f"- Batch: **{s['batch_per_s']} comments/s** (one core, batches of 256, dev comments of mean "
      f"{s['mean_chars']} characters); alt-profanity-check in the same process {s['alt_batch_per_s']}/s; "
      f"better-profanity {s['better_per_s']}/s.")
    if s.get("first_pass_per_s") is not None:
        w(f"- Batch, words met for the first time: **{s['first_pass_per_s']} comments/s** (the same comments "
          "scored by the model loaded afresh, its word caches empty: a new worker, or comments like none "
          "it has seen; the figure above is a worker that has scored the dev comments before).")
    w(f"- One comment at a time: p50 {s['p50_ms']} ms, p99 {s['p99_ms']} ms (in-process, evidence included).")
    w(f"- Artifacts: {a['bytes'] / 1e6:.1f} MB in `newsroom/guidelines/artifacts/`; load "
      f"{a['load_seconds']} s; "
      f"peak RSS after load {a['rss_mb_after_load']} MB (before loading: {a['rss_mb_before_load']} MB).")
    w("- `bench/scorer/` measures the same with ratios to alt-profanity-check (docs/benchmarks.md).")


def rerender(figures_path=None, model_dir=None, out=None):
    """Re-render docs/scorer.md from docs/scorer-figures.json and the model's manifest (no scoring)."""
    import json

    from .model import DEFAULT_DIR
    figures_path = figures_path or os.path.join(ROOT, "docs", "scorer-figures.json")
    with open(figures_path, encoding="utf-8") as f:
        F = json.load(f)
    with open(os.path.join(model_dir or DEFAULT_DIR, "manifest.json"), encoding="utf-8") as f:
        F["manifest"] = json.load(f)
    with open(out or os.path.join(ROOT, "docs", "scorer.md"), "w", encoding="utf-8") as f:
        f.write(render(F))


if __name__ == "__main__":  # python -m newsroom.guidelines.card
    rerender()
