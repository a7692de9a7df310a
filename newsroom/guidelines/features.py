"""Hashed character + word n-gram features, fast enough for thousands of comments a second.

Each word of the normalised text contributes its character n-grams (2..5, padded with spaces like
scikit-learn's ``char_wb``) and itself; each pair of neighbouring words contributes a bigram. The
features of a word are computed once and cached, since comments reuse a small vocabulary. Words not
yet cached are hashed together, vectorised with numpy: a polynomial hash of the code points of every
n-gram, finished with a 64-bit mixer (stable across processes, unlike Python's ``hash``). Counts are
log-scaled, weighted by an IDF vector learnt at training time and L2-normalised.
"""
import re
import threading
import zlib
from itertools import repeat

import numpy as np
from scipy import sparse

from .normalise import normalise_text

# 2 ** 18 buckets hold every language's n-grams, so many collide; four times as many did not help where
# it matters, on datasets never trained on (2026-12-01, leave-one-dataset-out, IDF refitted, the same
# recipe; ours AUC / macro-F1 at 2 ** 18 -> 2 ** 20): en/davidson 0.769/0.640 -> 0.768/0.637, olid
# 0.758/0.619 -> 0.758/0.603, toxic_spans 0.688/0.439 -> 0.688/0.447, ethos 0.731/0.649 -> 0.732/0.636,
# ar/aljazeera 0.749/0.437 -> 0.748/0.426. The artifacts would have grown fourfold past the 30 MB limit.
N_FEATURES = 2 ** 18
_MASK = N_FEATURES - 1
CHAR_NGRAMS = (2, 5)
TOKEN_RE = re.compile(r"\w+|[^\w\s]")  # punctuation and emoji count as tokens: "!!!" and "😡" carry signal
_CACHE_LIMIT = 300_000
_P = np.uint64(1000003)
_M1 = np.uint64(0xFF51AFD7ED558CCD)
_M2 = np.uint64(0xC4CEB9FE1A85EC53)
_S33 = np.uint64(33)


def _h(s):
    return zlib.crc32(s.encode("utf-8")) & _MASK


def _mix(h):
    """MurmurHash3's 64-bit finaliser (uint64 arithmetic wraps, as intended)."""
    h = h ^ (h >> _S33)
    h = h * _M1
    h = h ^ (h >> _S33)
    h = h * _M2
    return h ^ (h >> _S33)


def _hash_flat(words):
    """(features, bounds): the features of every word one after another, ``features[bounds[i]:
    bounds[i + 1]]`` for word i -- its own hash first, then the char n-grams (2..5) of " word ", by n
    and position."""
    padded = [" " + w + " " for w in words]
    lens = np.fromiter((len(p) for p in padded), dtype=np.int64, count=len(padded))
    cps = np.frombuffer("".join(padded).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    total = len(cps)
    starts = np.zeros(len(words), dtype=np.int64)
    np.cumsum(lens[:-1], out=starts[1:])
    ends = starts + lens
    wid_all = np.repeat(np.arange(len(words), dtype=np.int64), lens)
    ids, feats = [], []
    with np.errstate(over="ignore"):
        for n in range(CHAR_NGRAMS[0], CHAR_NGRAMS[1] + 1):
            m = total - n + 1
            if m <= 0:
                break
            h = np.full(m, np.uint64(n), dtype=np.uint64)
            for k in range(n):
                h = h * _P + cps[k:k + m]
            pos = np.arange(m, dtype=np.int64)
            wid = wid_all[:m]
            ok = pos + n <= ends[wid]
            ids.append(wid[ok])
            feats.append((_mix(h[ok]) & np.uint64(_MASK)).astype(np.int64))
    heads = np.fromiter((_h("w:" + w) for w in words), dtype=np.int64, count=len(words))
    if ids:
        wid = np.concatenate(ids)
        f = np.concatenate(feats)
        order = np.argsort(wid, kind="stable")
        wid, f = wid[order], f[order]
        bounds = np.searchsorted(wid, np.arange(len(words) + 1))
    else:
        f, bounds = np.zeros(0, dtype=np.int64), np.zeros(len(words) + 1, dtype=np.int64)
    # each word's own hash goes in front of its n-grams
    return np.insert(f, bounds[:-1], heads), bounds + np.arange(len(words) + 1)


def hash_words(words):
    """Feature indices of each word (lists): its own hash, then its char n-grams (2..5) of " word "."""
    flat, bounds = _hash_flat(words)
    flat, b = flat.tolist(), bounds.tolist()
    return [flat[b[i]:b[i + 1]] for i in range(len(words))]


class Featurizer:
    def __init__(self, idf=None, unread=()):
        self.idf = idf  # np.ndarray (N_FEATURES,) float32, or None for raw log counts
        # words a text's features leave out when asked (``unread=True``): the names of identity groups,
        # training.unread_words, which the violation heads of training.UNREAD_GROUPS's languages do not read
        self.unread = frozenset(unread)
        self._cache = {}  # word -> its features as a list (training's count matrices)
        # the scorer's word store: word -> id, and every known word's features one after another
        # (int32; word i's are _store[_starts[i]:_starts[i + 1]]), bounded by _CACHE_LIMIT words
        self._lock = threading.Lock()
        self._reset_store()

    def _reset_store(self):
        self._vocab = {}
        self._store = np.zeros(1 << 16, dtype=np.int32)
        self._starts = np.zeros(1 << 12, dtype=np.int64)

    def _learn(self, words):
        """Add new words to the store (the caller holds the lock). Arrays are replaced, never cut,
        when they grow, and ids already given keep their features."""
        flat, bounds = _hash_flat(words)
        n0 = len(self._vocab)
        used = int(self._starts[n0])
        need, nneed = used + len(flat), n0 + len(words) + 1
        if need > len(self._store):
            grown = np.zeros(max(need, 2 * len(self._store)), dtype=np.int32)
            grown[:used] = self._store[:used]
            self._store = grown
        if nneed > len(self._starts):
            grown = np.zeros(max(nneed, 2 * len(self._starts)), dtype=np.int64)
            grown[:n0 + 1] = self._starts[:n0 + 1]
            self._starts = grown
        self._store[used:need] = flat
        self._starts[n0 + 1:nneed] = used + bounds[1:]
        vocab = self._vocab
        for i, w in enumerate(words, n0):
            vocab[w] = i

    def token_features(self, toks, heads=False):
        """(features, lengths) of a list of tokens: each token's features (as hash_words gives them,
        its own hash first) one after another, as int32, and how many each token has; with
        ``heads``, also each token's own hash (its first feature)."""
        with self._lock:
            ids = list(map(self._vocab.get, toks, repeat(-1)))
            if -1 in ids:  # words the store does not know yet
                new = {w for w, i in zip(toks, ids, strict=True) if i < 0}
                if len(self._vocab) + len(new) > _CACHE_LIMIT:  # bounded memory: start afresh
                    self._reset_store()
                    new = set(toks)
                self._learn(list(new))
                ids = list(map(self._vocab.__getitem__, toks))
            ids = np.array(ids, dtype=np.int64)
            starts = self._starts[ids]
            lens = self._starts[ids + 1] - starts
            store = self._store
        # gather the runs: position k of token t's run is store[starts[t] + k]
        offs = np.repeat(starts - (np.cumsum(lens) - lens), lens)
        offs += np.arange(len(offs), dtype=np.int64)
        if heads:
            return store[offs], lens, store[starts]
        return store[offs], lens

    def _fill(self, words):
        for w, f in zip(words, hash_words(words), strict=True):
            self._cache[w] = f

    def _word(self, w):
        f = self._cache.get(w)
        if f is None:
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._fill([w])
            f = self._cache[w]
        return f

    def _indices_of_tokens(self, toks):
        cache = self._cache
        idx = []
        heads = []  # each word's own hash, combined pairwise into bigram features
        for t in toks:
            f = cache[t]
            idx.extend(f)
            heads.append(f[0])
        if len(heads) > 1:
            idx.extend(((a * 1000003) ^ b) & _MASK for a, b in zip(heads, heads[1:], strict=False))
        return idx

    def _read(self, toks, unread):
        """The tokens the features are made of: ``toks``, without the unread words if ``unread``."""
        if unread and not self.unread.isdisjoint(toks):
            return [t for t in toks if t not in self.unread]
        return toks

    def naming(self, norm_texts):
        """The positions of the texts with an unread word (a people's name) in them."""
        unread = self.unread
        if not unread:
            return []
        return [k for k, t in enumerate(norm_texts) if not unread.isdisjoint(TOKEN_RE.findall(t))]

    def _tokens(self, norm_texts, unread=False):
        toks = [self._read(TOKEN_RE.findall(t), unread) for t in norm_texts]
        cache = self._cache
        missing = {w for ts in toks for w in ts if w not in cache}
        if missing:
            if len(cache) + len(missing) > _CACHE_LIMIT:  # bounded memory: start afresh, keep this batch
                cache.clear()
                missing = {w for ts in toks for w in ts}
            self._fill(list(missing))
        return toks

    def _batch_features(self, toks):
        """(features, rows): every feature index of every text with its row, as _indices_of_tokens
        gives them text by text (the same multiset per row, in another order): the tokens' features
        from the word store, and the bigrams of neighbouring tokens of a text hashed with numpy (the
        same int64 arithmetic as the Python ints: a word's hash is under 2 ** 18)."""
        flat = [w for ts in toks for w in ts]
        if not flat:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        feats, lens, heads = self.token_features(flat, heads=True)
        heads = heads.astype(np.int64)
        text_of = np.repeat(np.arange(len(toks), dtype=np.int64), [len(ts) for ts in toks])
        same = text_of[1:] == text_of[:-1]  # neighbours within one text
        bigrams = (((heads[:-1] * 1000003) ^ heads[1:]) & _MASK)[same]
        feats = np.concatenate([feats.astype(np.int64), bigrams])
        rows = np.concatenate([np.repeat(text_of, lens), text_of[:-1][same]])
        return feats, rows

    def indices(self, norm_text):
        """Hashed feature indices (with repeats) of one normalised text."""
        return self._indices_of_tokens(self._tokens([norm_text])[0])

    def counts(self, norm_texts, unread=False):
        """Raw count matrix (CSR, float32) of already normalised texts (``unread``: without the unread
        words)."""
        indptr = [0]
        allidx = []
        for c in range(0, len(norm_texts), 5000):  # chunks: the new words of a chunk are hashed together
            for toks in self._tokens(norm_texts[c:c + 5000], unread):
                allidx.extend(self._indices_of_tokens(toks))
                indptr.append(len(allidx))
        data = np.ones(len(allidx), dtype=np.float32)
        ind = np.asarray(allidx, dtype=np.int32)
        ptr = np.asarray(indptr, dtype=np.int64)
        X = sparse.csr_matrix((data, ind, ptr), shape=(len(norm_texts), N_FEATURES))
        X.sum_duplicates()
        return X

    def weigh(self, X):
        """log(1 + count) * idf, then L2 row normalisation (in place on a copy)."""
        X = X.copy()
        np.log1p(X.data, out=X.data)
        if self.idf is not None:
            X.data *= self.idf[X.indices]
        norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        X = sparse.diags((1.0 / norms).astype(np.float32)) @ X
        return X.tocsr()

    def transform_normalised(self, norm_texts, return_norms=False, unread=False):
        """Weighted, L2-normalised CSR matrix (the same as weigh(counts(...))), built for the whole
        batch with one sort: keys = row << 18 | feature, np.unique gives the counts."""
        R, safe = self.transform_rows(norm_texts, unread)
        X = sparse.csr_matrix((R.data, R.indices, R.indptr), shape=R.shape)
        return (X, safe) if return_norms else X

    def transform_rows(self, norm_texts, unread=False):
        """(Rows, norms): the rows of transform_normalised as plain arrays, without building a scipy
        matrix (whose per-call checks cost more than a short comment's arithmetic)."""
        n = len(norm_texts)
        if n == 1 and self.one_fast:
            return self._transform_one(norm_texts[0], unread)
        if n == 1:  # one comment (the scoring API): the same values without the row keys
            feats = np.asarray(self._indices_of_tokens(self._tokens(norm_texts, unread)[0]), dtype=np.int64)
            cols, cnt = np.unique(feats, return_counts=True)
            cols = cols.astype(np.int32)  # (< 2 ** 18)
            r = np.zeros(len(cols), dtype=np.int64)
        else:
            feats, rows = self._batch_features([self._read(TOKEN_RE.findall(t), unread) for t in norm_texts])
            keys, cnt = np.unique((rows << 18) | feats, return_counts=True)
            r = keys >> 18
            cols = (keys & _MASK).astype(np.int32)
        data = np.log1p(cnt.astype(np.float32))
        if self.idf is not None:
            data *= self.idf[cols]
        norms = np.sqrt(np.bincount(r, weights=data.astype(np.float64) ** 2, minlength=n)).astype(np.float32)
        safe = np.where(norms > 0, norms, 1.0).astype(np.float32)
        if n == 1:
            data /= safe[0]
            indptr = np.array([0, len(cols)], dtype=np.int32)
        else:
            data /= safe[r]
            index = np.int32 if len(cols) < 2 ** 31 else np.int64  # scipy's choice, kept for the product
            cols = cols.astype(index, copy=False)
            indptr = np.zeros(n + 1, dtype=index)
            np.cumsum(np.bincount(r, minlength=n), out=indptr[1:])
        return Rows(data, cols, indptr, (n, N_FEATURES)), safe

    # True: one comment takes _transform_one, the same arrays built with fewer Python steps
    # (tests/guidelines/test_fast_paths.py compares the two)
    one_fast = True

    def _transform_one(self, norm_text, unread=False):
        """transform_rows([norm_text]) for one comment: the tokens' features from the word store, the
        bigrams hashed with numpy (the same int64 arithmetic: a word's hash is under 2 ** 18), and
        the counts from one sort (what np.unique does, without its wrapper). Order does not matter:
        the features are sorted before they are counted."""
        toks = self._read(TOKEN_RE.findall(norm_text), unread)
        if toks:
            feats, _lens, heads = self.token_features(toks, heads=True)
            if len(toks) > 1:
                heads = heads.astype(np.int64)
                feats = np.concatenate([feats, ((heads[:-1] * 1000003) ^ heads[1:]) & _MASK])  # int64
            else:
                feats = feats.astype(np.int64)
        else:
            feats = np.zeros(0, dtype=np.int64)
        feats.sort()
        if len(feats):
            new = np.empty(len(feats), dtype=bool)
            new[0] = True
            np.not_equal(feats[1:], feats[:-1], out=new[1:])
            cols = feats[new].astype(np.int32)
            first = np.flatnonzero(new)  # where each run of equal features starts; its length is the count
            cnt = np.empty(len(first), dtype=np.int64)
            cnt[:-1] = first[1:] - first[:-1]
            cnt[-1] = len(feats) - first[-1]
        else:
            cols, cnt = feats.astype(np.int32), feats
        data = np.log1p(cnt.astype(np.float32))
        if self.idf is not None:
            data *= self.idf[cols]
        norms = np.sqrt(np.bincount(np.zeros(len(cols), dtype=np.int64), weights=data.astype(np.float64) ** 2,
                                    minlength=1)).astype(np.float32)
        safe = np.where(norms > 0, norms, 1.0).astype(np.float32)
        data /= safe[0]
        return Rows(data, cols, np.array([0, len(cols)], dtype=np.int32), (1, N_FEATURES)), safe

    def transform(self, texts):
        return self.transform_normalised([normalise_text(t) for t in texts])


class Rows:
    """CSR rows (data, indices, indptr) with the two operations the scorer needs, row selection and a
    product with a dense matrix, done exactly as scipy does them (the same sparsetools routine over the
    same arrays, so the same float32 sums in the same order) but without scipy's per-call checks.
    Indices are sorted and unique within a row."""

    __slots__ = ("data", "indices", "indptr", "shape")
    has_canonical_format = True

    def __init__(self, data, indices, indptr, shape):
        self.data, self.indices, self.indptr, self.shape = data, indices, indptr, shape

    def sum_duplicates(self):
        pass

    def __getitem__(self, rows):
        rows = list(rows)
        if rows == list(range(self.shape[0])):
            return self
        ip = self.indptr
        r = np.asarray(rows, dtype=np.int64)
        starts = ip[r]
        lens = ip[r + 1] - starts
        indptr = np.zeros(len(rows) + 1, dtype=ip.dtype)
        np.cumsum(lens, out=indptr[1:])
        # the positions of the chosen rows' entries, row after row (what concatenating
        # np.arange(ip[i], ip[i + 1]) for each row gives, without an array a row): entry k of the
        # selection is at starts[row] + (k - indptr[row])
        take = np.repeat(starts.astype(np.int64) - indptr[:-1], lens) + np.arange(indptr[-1], dtype=np.int64)
        return Rows(self.data[take], self.indices[take], indptr, (len(rows), self.shape[1]))

    def __matmul__(self, W):
        """self @ W for a dense float32 matrix W (features x outputs), as scipy's csr @ dense."""
        if _csr_matvecs is None or W.ndim != 2 or W.dtype != self.data.dtype or not W.flags.c_contiguous:
            return sparse.csr_matrix((self.data, self.indices, self.indptr), shape=self.shape) @ W
        out = np.zeros((self.shape[0], W.shape[1]), dtype=W.dtype)
        _csr_matvecs(self.shape[0], self.shape[1], W.shape[1], self.indptr, self.indices, self.data,
                     W.ravel(), out.ravel())
        return out


try:  # the routine scipy's csr @ dense runs (scipy.sparse._compressed._matmul_multivector)
    from scipy.sparse._sparsetools import csr_matvecs as _csr_matvecs
except ImportError:  # pragma: no cover - a scipy without it: the public (slower) path
    _csr_matvecs = None


def fit_idf(count_matrix):
    """Smoothed IDF (as scikit-learn's TfidfTransformer) from a raw count matrix."""
    n = count_matrix.shape[0]
    df = np.bincount(count_matrix.indices, minlength=N_FEATURES)
    return (np.log((1 + n) / (1 + df)) + 1.0).astype(np.float32)
