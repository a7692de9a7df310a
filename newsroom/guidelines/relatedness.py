"""Within-language lexical relatedness of a comment to its article.

Cosine similarity of IDF-weighted, log-scaled word-and-character-n-gram vectors (the scorer's own
hashed features), so inflected forms (Turkish, Kurdish, Arabic clitics) still meet. A value near 0
means the comment shares almost no vocabulary with the article; it is a lexical signal, not an
understanding of the topic. docs/scorer.md reports how well it separates comments that C3's
annotators called non-relevant.
"""
import numpy as np

from .normalise import normalise_text


def cosine_rows(feat, counts_a, counts_b):
    """Row-wise cosine of two raw count matrices after the scorer's weighting."""
    A = feat.weigh(counts_a)
    B = feat.weigh(counts_b)
    sims = np.asarray(A.multiply(B).sum(axis=1)).ravel()
    return [float(min(1.0, max(0.0, s))) for s in sims]


def relatedness_many(feat, comments, articles):
    """Cosine per (comment, article) pair; None where the article is empty."""
    C = feat.transform_normalised([normalise_text(c) for c in comments])
    A = feat.transform_normalised([normalise_text(a or "") for a in articles])
    sims = np.asarray(C.multiply(A).sum(axis=1)).ravel()
    return [float(min(1.0, max(0.0, s))) if (a or "").strip() else None
            for s, a in zip(sims, articles, strict=True)]
