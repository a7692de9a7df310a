"""Hashed character + word n-gram features, fast enough for thousands of comments a second.

Each word of the normalised text contributes its character n-grams (2..5, padded with spaces like
scikit-learn's ``char_wb``) and itself; each pair of neighbouring words contributes a bigram. The
features of a word are computed once and cached, since comments reuse a small vocabulary; hashing uses
CRC-32 (stable across processes, unlike Python's ``hash``). Counts are log-scaled, weighted by an IDF
vector learnt at training time and L2-normalised.
"""
import re
import zlib

import numpy as np
from scipy import sparse

from .normalise import normalise_text

N_FEATURES = 2 ** 18
_MASK = N_FEATURES - 1
CHAR_NGRAMS = (2, 5)
TOKEN_RE = re.compile(r"\w+|[^\w\s]")  # punctuation and emoji count as tokens: "!!!" and "😡" carry signal
_CACHE_LIMIT = 300_000


def _h(s):
    return zlib.crc32(s.encode("utf-8")) & _MASK


class Featurizer:
    def __init__(self, idf=None):
        self.idf = idf  # np.ndarray (N_FEATURES,) float32, or None for raw log counts
        self._cache = {}

    def _word(self, w):
        f = self._cache.get(w)
        if f is None:
            if len(self._cache) > _CACHE_LIMIT:
                self._cache.clear()
            p = " " + w + " "
            lo, hi = CHAR_NGRAMS
            f = [_h("w:" + w)]
            L = len(p)
            for n in range(lo, hi + 1):
                if n > L:
                    break
                f.extend(_h(p[i:i + n]) for i in range(L - n + 1))
            self._cache[w] = f
        return f

    def indices(self, norm_text):
        """Hashed feature indices (with repeats) of one normalised text."""
        idx = []
        word = self._word
        heads = []  # each word's own hash, combined pairwise into bigram features
        for t in TOKEN_RE.findall(norm_text):
            f = word(t)
            idx.extend(f)
            heads.append(f[0])
        if len(heads) > 1:
            idx.extend(((a * 1000003) ^ b) & _MASK for a, b in zip(heads, heads[1:], strict=False))
        return idx

    def counts(self, norm_texts):
        """Raw count matrix (CSR, float32) of already normalised texts."""
        indptr = [0]
        allidx = []
        for t in norm_texts:
            idx = self.indices(t)
            allidx.extend(idx)
            indptr.append(len(allidx))
        data = np.ones(len(allidx), dtype=np.float32)
        X = sparse.csr_matrix((data, np.asarray(allidx, dtype=np.int32), np.asarray(indptr, dtype=np.int64)),
                              shape=(len(norm_texts), N_FEATURES))
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

    def transform_normalised(self, norm_texts):
        """Weighted, L2-normalised CSR matrix. Built document by document with numpy (np.unique for
        the counts), which is the same as weigh(counts(...)) but avoids scipy's per-batch sorting."""
        datas, inds, indptr = [], [], [0]
        idf = self.idf
        for t in norm_texts:
            u, c = np.unique(np.asarray(self.indices(t), dtype=np.int32), return_counts=True)
            v = np.log1p(c.astype(np.float32))
            if idf is not None:
                v *= idf[u]
            n = float(np.sqrt(v @ v))
            if n > 0:
                v /= n
            inds.append(u)
            datas.append(v)
            indptr.append(indptr[-1] + len(u))
        if not inds:
            return sparse.csr_matrix((0, N_FEATURES), dtype=np.float32)
        ptr = np.asarray(indptr, dtype=np.int64)
        return sparse.csr_matrix((np.concatenate(datas), np.concatenate(inds), ptr),
                                 shape=(len(norm_texts), N_FEATURES))

    def transform(self, texts):
        return self.transform_normalised([normalise_text(t) for t in texts])


def fit_idf(count_matrix):
    """Smoothed IDF (as scikit-learn's TfidfTransformer) from a raw count matrix."""
    n = count_matrix.shape[0]
    df = np.bincount(count_matrix.indices, minlength=N_FEATURES)
    return (np.log((1 + n) / (1 + df)) + 1.0).astype(np.float32)
