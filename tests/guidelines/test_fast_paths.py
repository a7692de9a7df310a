"""The scorer's fast paths give the very same scores as the general path.

Fast paths: features as plain CSR arrays multiplied by scipy's own routine (LinearModel.fast), a
one-comment batch, and score(..., evidence=False) (no spans). The reference is the scipy-matrix path
with evidence, one batch of everything (mixed languages, so rows are selected per language). Scores
are compared exactly, not approximately: the API must answer what the site's scorer stored."""
import zlib

import numpy as np
import pytest

from newsroom.guidelines.features import Rows
from newsroom.guidelines.normalise import normalise_text

ARTICLE = ("The city council voted on Tuesday to approve the new bridge budget after a long debate "
           "about costs, traffic and the river's ecology.")
TEXTS = [
    # en
    "Thank you for this careful report on the council's vote about the bridge budget.",
    "You are a stupid idiot and everyone who reads your lies knows it, shut up.",
    "Someone should shoot that spokesman.",
    "Arabs are savages and should be thrown out.",
    "I'd kill for a tea right now, what a day.",
    "Buy now!!! 50% off at www.cheap-pills.com, call +1 555 0100 1234 or DM me @dealz",
    "f u c k this sh1t, what a b!tch",
    "ok",
    "!!!",
    "😡😡😡",
    # ar
    "شكرا على هذا التقرير الدقيق حول تصويت المجلس على ميزانية الجسر الجديد.",
    "أنت غبي وحقير ولا تفهم شيئا عن السياسة يا كلب.",
    "سأقتلك يا خائن",
    # tr
    "Köprü bütçesi hakkındaki bu dikkatli haber için teşekkür ederim, çok açık.",
    "Bu yazar tam bir aptal, utanmaz herif, defol git buradan.",
    "Seni öldüreceğim.",
    # fa
    "از این گزارش دقیق درباره رای شورا در مورد بودجه پل سپاسگزارم.",
    "تو یک احمق دروغگو هستی و همه این را می دانند.",
    # ckb, kmr (no model: detectors only)
    "ئەم هەواڵە زۆر گرنگە بۆ خەڵکی کوردستان",
    "Ev nûçe ji bo gelê Kurdistanê pir girîng e",
    # mixed scripts, controls, long
    "This is\u200b a te\u0301st with ＦＵＬＬＷＩＤＴＨ letters and ١٢٣ digits",
    ("The council's decision is reasonable. " * 12).strip(),
]


def _scores(r):
    return (r["language"], r["language_confidence"], r["violation"], r["categories"], r["abuse"],
            r["needs_human"], r["relatedness"], r.get("signals"))


def _items(texts):
    return [{"text": t, "article": a} for t in texts for a in (None, ARTICLE)]


def _compare(model, items):
    model.fast = False
    try:
        reference = model.score(items)
    finally:
        model.fast = True
    batch = model.score(items)
    batch_without = model.score(items, evidence=False)
    for item, ref, b, bw in zip(items, reference, batch, batch_without, strict=True):
        one = model.score([item])[0]
        one_without = model.score([item], evidence=False)[0]
        for got in (b, bw, one, one_without):
            assert _scores(got) == _scores(ref), item
        # with evidence, the fast path also shows the same evidence
        assert b["evidence"] == ref["evidence"] and one["evidence"] == ref["evidence"]
        assert b["evidence_notes"] == ref["evidence_notes"]
        assert one_without["evidence"] == [] and one_without["evidence_notes"] == {}


def test_fast_paths_give_the_same_scores(model):
    _compare(model, _items(TEXTS))


def test_fast_paths_on_dev_rows(model, examples):
    """400 dev rows of every labelled set (hash order: all scripts mixed), half with an article."""
    rows = sorted((e for e in examples if e["split"] == "dev"), key=lambda e: zlib.crc32(e["text"].encode()))
    items = [{"text": e["text"], "article": ARTICLE if i % 2 else None} for i, e in enumerate(rows[:400])]
    _compare(model, items)


def test_rows_match_scipy(model):
    norm = [normalise_text(t) for t in TEXTS]
    X = model.feat.transform_normalised(norm)
    for texts in (norm, norm[:1], norm[3:4]):
        R, safe = model.feat.transform_rows(texts)
        X2, safe2 = model.feat.transform_normalised(texts, return_norms=True)
        assert np.array_equal(safe, safe2)
        assert np.array_equal(R.indptr, X2.indptr) and np.array_equal(R.indices, X2.indices)
        assert np.array_equal(R.data, X2.data)
        assert np.array_equal(R @ model.lid_W, X2 @ model.lid_W)
    R, _ = model.feat.transform_rows(norm)
    for rows in ([0], [2, 5, 7], list(range(len(norm))), [len(norm) - 1, 0]):
        sub = R[rows]
        assert isinstance(sub, Rows)
        for lang, head in model.heads.items():
            assert np.array_equal(sub @ head["W"], X[rows] @ head["W"]), lang


def test_the_api_scores_the_same_with_and_without_spans(model):
    from newsroom.perspective.protocol import analyze
    from newsroom.perspective.service import BaseService

    class Service(BaseService):
        def scorer(self):
            from newsroom.guidelines import load_scorer
            return load_scorer()

    for text in TEXTS:
        body = {"comment": {"text": text}, "requestedAttributes": {"TOXICITY": {}, "NEWSROOM_PROMOTION": {}}}
        try:
            plain = analyze(Service(), None, body)
        except Exception as exc:  # ckb/kmr: refused the same way with spans
            with pytest.raises(type(exc)):
                analyze(Service(), None, {**body, "spanAnnotations": True})
            continue
        spans = analyze(Service(), None, {**body, "spanAnnotations": True})
        for name, entry in plain["attributeScores"].items():
            assert entry["summaryScore"] == spans["attributeScores"][name]["summaryScore"]


def _suite_texts():
    import json
    import os

    import newsroom.guidelines as G
    folder = os.path.join(os.path.dirname(G.__file__), "suite")
    out = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".jsonl"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                out += [json.loads(line)["text"] for line in f if line.strip()]
    return out


def test_the_detectors_prefilter_changes_no_finding(model, examples):
    """HarmDetector.prefilter returns at once when no word can start a rule; the full analysis must
    find exactly nothing there too. Every text is read as each of the four languages (so English
    words meet the Persian lists, as Finglish does), with the same findings in the same order."""
    from newsroom.guidelines.harm import HarmDetector

    rows = sorted((e for e in examples if e["split"] == "dev"), key=lambda e: zlib.crc32(e["text"].encode()))
    texts = TEXTS + _suite_texts() + [e["text"] for e in rows[:1500]]
    fulls = [normalise_text(t) for t in texts]
    det = model.harm
    skipped = 0
    for lang in HarmDetector.LANGS:
        fast = [det.analyse(lang, f) for f in fulls]
        det.prefilter = False
        try:
            slow = [det.analyse(lang, f) for f in fulls]
        finally:
            del det.prefilter  # back to the class's True
        for text, a, b in zip(texts, fast, slow, strict=True):
            assert [repr(f) for f in a] == [repr(f) for f in b], (lang, text)
        skipped += sum(1 for f in fulls if not det.langs[lang].may_trigger(_words(lang, f)))
    assert skipped > len(texts)  # the prefilter did skip comments (else this compared nothing)


def _words(lang, full):
    from newsroom.guidelines.harm import _FA_DOTTED_RE, _TOKEN_RE
    return (_FA_DOTTED_RE if lang == "fa" else _TOKEN_RE).findall(full)


def test_one_comment_features_are_the_same_arrays(model, examples):
    """Featurizer._transform_one (a single comment, as the scoring API sends) builds the very arrays
    of the batch code, dtypes included: the heads then sum the same float32 values in the same order."""
    rows = sorted((e for e in examples if e["split"] == "dev"), key=lambda e: zlib.crc32(e["text"].encode()))
    feat = model.feat
    for text in TEXTS + ["", " ", "😡"] + [e["text"] for e in rows[:1000]]:
        norm = normalise_text(text)
        R1, s1 = feat.transform_rows([norm])
        feat.one_fast = False
        try:
            R0, s0 = feat.transform_rows([norm])
        finally:
            del feat.one_fast
        for a, b in ((R0.data, R1.data), (R0.indices, R1.indices), (R0.indptr, R1.indptr), (s0, s1)):
            assert a.dtype == b.dtype and np.array_equal(a, b), text
        assert R0.shape == R1.shape


def test_the_word_store_gives_the_features_of_the_word_lists(model, examples, monkeypatch):
    """The scorer's features come from the word store (Featurizer.token_features: every known word's
    features in one array); training's count matrices from per-word lists (hash_words). Each text
    gets the same feature indices, repeats included, either way -- also when the store is full and
    starts afresh in the middle of the texts."""
    from newsroom.guidelines import features as F

    rows = sorted((e for e in examples if e["split"] == "dev"), key=lambda e: zlib.crc32(e["text"].encode()))
    norms = [normalise_text(t) for t in TEXTS + ["", " ", "😡"] + [e["text"] for e in rows[:1500]]]
    lists = F.Featurizer()
    expected = [sorted(lists._indices_of_tokens(toks)) for toks in lists._tokens(norms)]
    for limit in (F._CACHE_LIMIT, 500):
        monkeypatch.setattr(F, "_CACHE_LIMIT", limit)
        store = F.Featurizer()
        for start in range(0, len(norms), 200):
            chunk = norms[start:start + 200]
            feats, rows_of = store._batch_features([F.TOKEN_RE.findall(t) for t in chunk])
            for k in range(len(chunk)):
                assert sorted(feats[rows_of == k].tolist()) == expected[start + k], chunk[k]
        if limit == 500:  # the store did start afresh
            assert len(store._vocab) < len({w for t in norms for w in F.TOKEN_RE.findall(t)})


def _tags_reference(L, word):
    """_Lang.tags as first written: every infix stem that starts with the letters at each position
    tried, the 1-for-l reading over all entries and then filtered (the reference)."""
    from newsroom.guidelines.harm import (
        _AR_NOMINAL,
        _FA_PLACE_DROPS,
        _FA_PLACE_RE,
        _FIRST_PERSON_RUN,
        _LEET_TAGS,
        _NO_DOUBLES,
        _NOT_SWAPPED,
        _RESTORED_BESIDE_TAGS,
        _SLIP_TAGS,
        _TR_ASCII,
        _VOWELS_PUT_BACK,
        SHORT_SLIP_LEN,
        SLIP_LANGS,
        SLIP_MIN_LEN,
        SLIP_READ_LANGS,
        _fa_you_are,
        _slip_keeps,
    )
    if L.lang == "en" and "ii" in word and word not in L.exact:
        word = word.replace("ii", "ll")
    found = set(L.exact.get(word, ()))
    if L.lang == "ar" and not found and len(word) >= 3 and word[0] in ("و", "ف"):
        found = set(L.exact.get(word[1:], ()))
    if L.lang == "ar" and not found and len(word) >= 5:
        base = word[1:] if word[0] in ("و", "ف") else word
        if base.startswith("لل"):
            found = {t for t in _tags_reference(L, "ا" + base[1:]) if t.startswith(_AR_NOMINAL)}
    if L.lang == "ar" and not found and len(word) >= 6 and word.startswith("هال"):
        base = _tags_reference(L, word[1:])
        found = set() if "AMBIG" in base else {t for t in base if t.startswith(_AR_NOMINAL)}
    if L.lang == "ar" and not found and len(word) >= 4 and word[-1] == "ا" and word[-2] not in "وی":
        found = {t for t in _tags_reference(L, word[:-1]) if t.startswith(_AR_NOMINAL)}
    found.update(tag for stem, tag in L.prefix.get(word[:2], ()) if word.startswith(stem))
    found.update(tag for stem, tag in L.infix if stem in word)
    if L.fold_exact:
        f = word.translate(_TR_ASCII)
        found.update(L.fold_exact.get(f, ()))
        found.update(tag for stem, tag in L.fold_prefix.get(f[:2], ()) if f.startswith(stem))
    if not found and L.lang == "en" and "i" in word and len(word) >= 4:
        for j in (j for j, ch in enumerate(word) if ch == "i"):
            alt = word[:j] + "l" + word[j + 1:]
            hits = set(L.exact.get(alt, ()))
            hits.update(tag for stem, tag in L.prefix.get(alt[:2], ()) if alt.startswith(stem))
            hits = {t for t in hits if t in _LEET_TAGS or t.startswith(("SLUR:", "GROUP:"))}
            if hits:
                found = hits
                break
    if L.lang in SLIP_READ_LANGS and len(word) >= SLIP_MIN_LEN and word not in L.known and word.isalpha():
        # its own index and tests (test_harm_slips.py)
        found |= L.slip_tags(word, had=found) or (set() if found else L.run_together_tags(word))
    elif (L.lang in SLIP_LANGS and len(word) >= SLIP_MIN_LEN and word not in L.known and word.isalpha()
          and not word.startswith(_NOT_SWAPPED.get(L.lang, ()))):
        found |= L.slip_tags(word, swaps_only=True, had=found)
        if L.lang in _VOWELS_PUT_BACK and (not found or (
                L.lang in _RESTORED_BESIDE_TAGS and not any(map(_slip_keeps, found)))):
            found |= L.letter_restored_tags(word)  # (its own index and tests: test_spelling_grid.py)
    if (not found and L.lang in SLIP_READ_LANGS and SHORT_SLIP_LEN <= len(word) <= SLIP_MIN_LEN
            and word not in L.known and word.isalpha()):
        found = L.short_slip_tags(word)  # (its own index and tests: test_harm_r108.py)
    if (not found and L.lang in SLIP_READ_LANGS and len(word) >= 5 and word[0] == "i"
            and (word[1:] in L.exact or word[1:] in L.known)):
        found = {t for t in _tags_reference(L, word[1:]) if t in _FIRST_PERSON_RUN}
    if (not found and L.lang in SLIP_LANGS and L.lang not in SLIP_READ_LANGS
            and len(word) >= (4 if L.lang in _NO_DOUBLES else 5)
            and (word not in L.known or L.lang in _NO_DOUBLES) and word.isalpha()):
        # a key pressed twice (test_harm_r49.py), through the reference reading of the shorter word
        for j in (j for j in range(len(word) - 1) if word[j] == word[j + 1]):
            hits = {t for t in _tags_reference(L, word[:j] + word[j + 1:])
                    if t in _SLIP_TAGS or t.startswith(("SLUR:", "GROUP:"))}
            if hits:
                found = hits
                break
    if L.lang == "fa" and found & _FA_PLACE_DROPS and word not in L.exact and _FA_PLACE_RE.search(word):
        found -= _FA_PLACE_DROPS  # a place in -ستان (hundred-and-fifty-second round)
    if L.lang == "fa" and _fa_you_are(L, word, found):
        found |= {"INSULT", "YOUARE"}
    return frozenset(found)


def test_word_tags_equal_the_plain_scan(examples):
    """_Lang.tags skips the infix scan when a trie regex finds no "~stem" entry in the word, and reads
    1 as l only against the entries it can keep: the same tags as a scan of every entry, for the
    words of dev rows and suite cases and for the entries themselves (each with a letter added on
    either side, and with an l written as 1)."""
    from newsroom.guidelines.harm import _TOKEN_RE, HarmDetector

    det = HarmDetector()  # fresh caches
    rows = sorted((e for e in examples if e["split"] == "dev"), key=lambda e: zlib.crc32(e["text"].encode()))
    words = {w for t in TEXTS + _suite_texts() + [e["text"] for e in rows[:1500]]
             for w in _TOKEN_RE.findall(normalise_text(t))}
    for lang, L in det.langs.items():
        entries = set(L.exact) | {s for stems in L.prefix.values() for s, _ in stems}
        entries |= {s for s, _ in L.infix}
        probe = words | entries | {"x" + e + "a" for e in entries} | {e.replace("l", "i") for e in entries}
        for w in sorted(probe):
            assert L.tags(w) == _tags_reference(L, w), (lang, w)
        for w in sorted(words | {"x" + s + "a" for s, _ in L.infix}) if L.infix else ():
            hits = L.infix_hits(w)
            assert bool(hits) == any(stem in w for stem, _ in L.infix), (lang, w)


def test_loading_the_lists_normalises_each_distinct_word_once(monkeypatch):
    """The word lists repeat their tokens ("you", "will", "the") tens of thousands of times: loading a
    language folds each distinct one once (harm._fold is memoised). Without the memo, loading the four
    languages took 2.0 s instead of 1.7 s here (the card's 2 s limit), and a refactor once dropped it."""
    from collections import Counter

    from newsroom.guidelines import harm

    calls = Counter()

    def counting(text):
        calls[text] += 1
        return normalise_text(text)

    monkeypatch.setattr(harm, "normalise_text", counting)
    harm._fold.cache_clear()
    try:
        harm._Lang("en")
    finally:
        harm._fold.cache_clear()  # nothing folded by the counting stand-in stays behind
    assert calls["you"] >= 1  # the lists were read
    # a phrase's word is normalised once as a phrase piece and once folded, never more
    assert max(calls.values()) <= 2, calls.most_common(3)


@pytest.mark.parametrize("was_on", [True, False])
def test_compiling_the_lists_leaves_the_garbage_collector_as_it_found_it(was_on):
    """The collector is held off while the lists compile (harm._gc_paused: loading took half the time)
    and handed back as it was: on if it was on, off if the caller had switched it off -- also when
    compiling fails."""
    import gc

    from newsroom.guidelines import harm

    (gc.enable if was_on else gc.disable)()
    try:
        with harm._gc_paused():
            assert not gc.isenabled()
        assert gc.isenabled() is was_on
        with pytest.raises(RuntimeError), harm._gc_paused():
            raise RuntimeError("a list failed to compile")
        assert gc.isenabled() is was_on
        harm.HarmDetector()
        assert gc.isenabled() is was_on
    finally:
        gc.enable()


def _offset_texts(examples):
    """Texts whose offset maps the fast paths are held to: our cases, the suite, dev rows, the naughty
    strings, and texts made to move characters in every step (NFKC, controls, marks, tatweel, Sorani
    ae, the dotted I, homoglyphs, leet, masks, spaced letters, repeats, runs of spaces)."""
    import json
    import os

    from tests.guidelines.conftest import DATA

    rows = sorted((e for e in examples if e["split"] == "dev"), key=lambda e: zlib.crc32(e["text"].encode()))
    made = ["ﬁne ＦＵＬＬ ﷺ", "a\u200bb\u200cc", "كَلْبٌ", "لأذبـ.ـحك", "ابن الكـ ـلب", "ه\u200cی",
            "İstanbul İİ", "раypal", "sh1t b!tch @ss", "f*ck", "f u c k", "f.u.c.k you", "noooooo!!!!!",
            "a  b\tc\n\nd", "e\u0301 cafe\u0301", "\u0130\u0307", "x\u00ady", "١٢٣٤٥٦٧",
            "\u06d5\u0647\u200d", ""]
    texts = TEXTS + made + _suite_texts() + [e["text"] for e in rows[:3000]]
    blns = os.path.join(DATA, "naughty-strings", "blns.json")
    if os.path.exists(blns):
        with open(blns, encoding="utf-8") as f:
            texts += [t for t in json.load(f) if isinstance(t, str)]
    return texts


def test_offset_maps_written_down_are_the_built_ones(examples):
    """normalise.Maps given the normalised texts writes a map down where no character moved (the
    text kept its length): the very maps normalise_base and normalise build step by step."""
    from newsroom.guidelines.normalise import (
        _BASE_TABLE,
        Maps,
        normalise,
        normalise_base,
        normalise_base_text,
        normalise_full_text,
    )

    # what Maps.base relies on: after the Arabic-script table, lower case lengthens no character
    assert all(len(chr(c).translate(_BASE_TABLE).lower()) == 1 for c in range(0x110000))
    written = 0
    for text in _offset_texts(examples):
        base_text = normalise_base_text(text)
        full_text = normalise_full_text(base_text)
        maps = Maps(text, base_text, full_text)
        built_base, built_full = normalise_base(text), normalise(text)
        for got, want in ((maps.base, built_base), (maps.full, built_full)):
            assert (got.text, got.offsets, got.original) == (want.text, want.offsets, want.original), text
        written += len(full_text) == len(base_text)
    assert written > 1000  # the written-down maps were compared (else this compared nothing)


def test_sentence_bounds_behind_a_lookahead_are_the_same(examples):
    """harm._leading puts a lookahead for the characters a sentence bound can start with in front of
    the bound regexes (the engine then skips to such a character): the same bounds as the plain
    patterns, on texts normalised as the detectors read them."""
    import re

    from newsroom.guidelines import harm

    texts = [normalise_text(t) for t in _offset_texts(examples)]
    texts += ["a , and b", "x - y", "x—y", "a,b ,c", "hi!!! ok?? fine; yes\nno", "قال، لا. اما ", "a ,\tso b"]
    for rx in (harm._SENT_RE, harm._AR_SENT_RE, harm._SENT_FA_RE):
        lookahead, plain = re.fullmatch(r"\(\?=(\[[^\]]*\])\)\(\?:(.*)\)", rx.pattern, re.S).groups()
        plain = re.compile(plain)
        assert all(re.match(lookahead, m.group(0)) for t in texts for m in plain.finditer(t))
        for t in texts:
            assert [m.span() for m in rx.finditer(t)] == [m.span() for m in plain.finditer(t)], t


def test_base_normalisation_of_a_batch_is_the_one_of_each_text(examples):
    """normalise_base_texts (the scorer's batch: the Arabic-script table applied to all texts at
    once with numpy) gives normalise_base_text's string for each text, whatever the batch; and the
    base steps' guards (a joiner for the Sorani ae, a tatweel for its separators) never skip a step
    that would have matched."""
    from newsroom.guidelines.normalise import (
        _BASE_PLAIN,
        _BASE_TABLE,
        normalise_base_text,
        normalise_base_texts,
    )

    texts = _offset_texts(examples) + ["\ud800 \udfff", "\x00", "\U0010ffff", "ي" * 300]
    want = [normalise_base_text(t) for t in texts]
    assert normalise_base_texts(texts) == want
    for size in (1, 2, 7, 256):
        for start in range(0, len(texts), size * 5):
            assert normalise_base_texts(texts[start:start + size]) == want[start:start + size]
    assert _BASE_PLAIN[-1] is _BASE_TABLE  # (normalise_base_texts runs the steps before it)
    for rx, _repl, *guard in _BASE_PLAIN[:-1]:
        if guard:
            assert all(guard[0].search(t) for t in texts if rx.search(t)), rx.pattern


def test_token_offsets_found_with_str_find_are_the_matches(examples):
    """HarmDetector._offsets finds each _TOKEN_RE token with str.find after the one before, instead of
    running the regular expression again: the same offsets as its matches, on texts normalised as
    the detectors read them (apostrophes, emoji, every script)."""
    from newsroom.guidelines.harm import _TOKEN_RE, HarmDetector

    texts = [normalise_text(t) for t in _offset_texts(examples)]
    texts += ["i'll 🔪 you'll'", "a''b ’x’ y's", "🔫🔫 a🔫a", "x_y __ 1_2", "ab a b ab"]
    for text in texts:
        raw = _TOKEN_RE.findall(text)
        words = [w.replace("'", "") for w in raw]
        assert HarmDetector._offsets(_TOKEN_RE, text, words, raw) == [
            (w, *m.span()) for w, m in zip(words, _TOKEN_RE.finditer(text), strict=True)], text


def test_the_arabic_repair_test_in_parts_is_the_regex(examples):
    """harm._ar_repair_wanted tries _AR_REPAIR_RE's alternatives one by one behind what each needs in
    the text: the same answer as the one regular expression."""
    from newsroom.guidelines.harm import _AR_REPAIR_RE, _ar_repair_wanted

    texts = [normalise_text(t) for t in _offset_texts(examples)]
    texts += ["ابن ال كلب", "اذب7ك", "7ك", "حم1ر", "سنق_تلكم", "ق*ت", "س اقتلك", "سن اقتلك", "الكلب",
              "a_b 7x"]
    assert sum(bool(_AR_REPAIR_RE.search(t)) for t in texts) > 10
    for t in texts:
        assert _ar_repair_wanted(t) == bool(_AR_REPAIR_RE.search(t)), t


def test_the_leet_guard_skips_only_texts_the_step_leaves_alone(examples):
    """normalise's leet step runs only where _LEET_CHANGE_RE finds something _leet would change (not
    for every handle's @ or a trailing "!"): wherever it finds nothing, the step changes nothing."""
    from newsroom.guidelines.normalise import _LEET_CHANGE_RE, _LEET_WORD_RE, _leet, normalise_base_text

    made = ["@user hi", "@@x", "a@b.c", "great!", "wow!!", "b!tch", "x|y", "sh1t", "$ale", "|x", "x|", "@ss!",
            "h3ll0", "!a", "a!", "@@", "l33t!|", "me@", "x@1"]
    texts = [normalise_base_text(t) for t in _offset_texts(examples)] + made
    skipped = 0
    for t in texts:
        if not _LEET_CHANGE_RE.search(t):
            assert _LEET_WORD_RE.sub(_leet, t) == t, t
            skipped += bool(_LEET_WORD_RE.search(t))
    assert skipped > 100  # texts with leet-looking words (handles) were skipped: the guard did something


def test_every_slip_pair_is_in_the_pairs_index(det, examples):
    """analyse walks its stray-space slip pairs only when some pair of neighbours is in L.slip_pairs:
    every pair the walk can read as one listed word (both halves alphabetic, two letters or more,
    together a listed word) is there -- the entries cut at every place, and the neighbours of dev rows."""
    from newsroom.guidelines.harm import _TOKEN_RE

    rows = sorted((e for e in examples if e["split"] == "dev"), key=lambda e: zlib.crc32(e["text"].encode()))
    texts = [normalise_text(e["text"]) for e in rows[:3000]]
    for L in det.langs.values():
        pairs = [(e[:i], e[i:]) for e in L.exact for i in range(1, len(e))]
        for t in texts:
            words = _TOKEN_RE.findall(t)
            pairs += zip(words, words[1:], strict=False)
        for a, b in pairs:
            if len(a) > 1 and len(b) > 1 and a.isalpha() and b.isalpha() and (a + b) in L.exact:
                assert (a, b) in L.slip_pairs, (L.lang, a, b)


def test_the_promotion_rules_keep_only_the_keyed_words(examples, monkeypatch):
    """detectors.find keeps, of a comment's words, only those its phrase indexes are keyed by
    (_KEYED_FIRSTS): every index's keys are among them, and find gives the same findings as with
    all the words kept."""
    from newsroom.guidelines import detectors as DT
    from newsroom.guidelines.normalise import normalise_base_text

    for keyed in (DT.MESSENGER_WORDS, DT.PHRASES, DT.CHANNEL_WORDS, DT.CALL_WORDS, DT.CHANNEL_CALLS,
                  DT.OFFER_WORDS, DT.CHANNEL_OFFERS):
        assert keyed.keys() <= DT._KEYED_FIRSTS | {""}
    bases = [normalise_base_text(t) for t in _offset_texts(examples)]
    kept = [DT.find(b) for b in bases]

    class Every:  # every word kept (find as it was)
        @staticmethod
        def intersection(words):
            return set(words)

    monkeypatch.setattr(DT, "_KEYED_FIRSTS", Every())
    assert [DT.find(b) for b in bases] == kept
    assert sum(1 for found in kept if found) > 200  # (findings were compared)


def test_repeats_read_through_the_full_text_are_the_same(examples):
    """detectors.repeats, given the full text of the same length as the base one, scans only for runs
    of a digit: the same spans as REPEAT_RE over the base text, on texts with runs of every kind (in
    and around leet and homoglyph words, handles, masks, spaced letters, digits)."""
    from newsroom.guidelines.detectors import repeats
    from newsroom.guidelines.normalise import normalise_base_text, normalise_full_text

    made = ["wowwwwww", "noooooooo!!!!!!", "x!!!!!!y", "b!!!!!!", "@@@@@@a", "a@@@@@@", "$$$$$$x",
            "x||||||y", "a******b", "ааааааa", "sh111111t", "1111111", "call 0000000 now", "٥٥٥٥٥٥٥",
            "ههههههه", "f u u u u u u", "......", "??????", "a-a-a-a-a-a-a", "😡😡😡😡😡😡",
            "\u0640" * 6, "x" + "\u200b" * 6 + "y"]
    bases = [normalise_base_text(t) for t in _offset_texts(examples) + made]
    fast = 0
    for b in bases:
        full = normalise_full_text(b)
        assert repeats(b, full) == repeats(b), b
        fast += len(full) == len(b)
    assert fast > 1000


def test_stems_by_length_equal_the_plain_scan(examples):
    """harm._starting (the stems a word starts with, looked up at each stem length its first two letters
    have) gives the entries a scan of every stem under those letters gives, with and without the length
    bounds slip_tags asks for: on the prefix lists of every language, its ASCII-folded ones (tr) and
    the spelling-slip indexes, for the words of dev rows and the stems themselves, cut and extended."""
    from newsroom.guidelines.harm import _TOKEN_RE, HarmDetector, _by_stem, _starting

    det = HarmDetector()
    rows = sorted((e for e in examples if e["split"] == "dev"), key=lambda e: zlib.crc32(e["text"].encode()))
    words = {w for e in rows[:1500] for w in _TOKEN_RE.findall(normalise_text(e["text"]))}
    checked = 0
    for L in det.langs.values():
        _exact, _missing, slip_prefix, slip_missing = L._slip_index()
        plain_slips = [{k: [p for ps in by.values() for p in ps] for k, (_, by) in index.items()}
                       for index in (slip_prefix, slip_missing)]
        for plain in [L.prefix, L.fold_prefix, *plain_slips]:
            index = _by_stem(plain)
            stems = {s for ps in plain.values() for s, _ in ps}
            probe = words | stems | {s + "ler" for s in stems} | {s[:-1] for s in stems}
            for w in sorted(probe):
                for shortest, longest in ((0, None), (max(0, len(w) - 3), None), (len(w) - 2, None), (0, 3)):
                    want = sorted((s, t) for s, t in plain.get(w[:2], ()) if w.startswith(s)
                                  and len(s) >= shortest and (longest is None or len(s) <= longest))
                    assert sorted(_starting(index, w, shortest, longest)) == want, (L.lang, w, shortest)
                    checked += bool(want)
    assert checked > 1000  # the comparison is not of empty lists
