"""The model's weight file (``weights.npz``): how its matrices are stored and read back.

The heads' matrices (``W_<lang>``, features x outputs) are most of the artifacts, and the 30 MB budget
decided which languages could have a per-dataset violation mixture (its experts and gate are more
columns). They are stored as int8 codes with one scale per column, companded by a square root:

    code = round(127 * sign(w) * sqrt(|w| / scale)),   w = sign(code) * (|code| / 127)^2 * scale

where scale is the column's largest |w|. A linear head's weights are mostly small with a few large
ones; the square root gives the small ones finer steps than a linear int8 code would (on 5,307 dev
comments: mean error of a head's raw logit 0.006 against 0.013 for linear int8, float16's own
rounding is below 0.001) at half float16's size. Re-storing a matrix read back from its codes gives
the same codes, so a step that rewrites the file (the written-threat heads) moves nothing else.

The language identifier (``lid_W``) and the IDF stay float16, the intercepts float32. Reading gives
float32 matrices, laid out as the scorer multiplies them.
"""
import numpy as np

CODED = "W_"  # matrices whose name starts with this are stored as companded int8
_SCALE = "__scale"


def encode(W):
    """(int8 codes, float32 scales per column) for a (features x outputs) matrix."""
    W = np.asarray(W, dtype=np.float32)
    scale = np.abs(W).max(axis=0)
    safe = np.where(scale > 0, scale, 1.0).astype(np.float32)
    codes = np.rint(127.0 * np.sign(W) * np.sqrt(np.abs(W) / safe)).astype(np.int8)
    return np.ascontiguousarray(codes), scale.astype(np.float32)


# each of the 256 codes' value before its column's scale, indexed by the code's byte (uint8 view)
_CODE = np.arange(256, dtype=np.uint8).view(np.int8).astype(np.float32) * np.float32(1.0 / 127.0)
_VALUE = np.sign(_CODE) * _CODE * _CODE


def decode(codes, scale):
    """float32 matrix from int8 codes and per-column scales (encode's inverse, up to rounding). One
    table look-up and one in-place product: loading makes no matrix-sized temporaries (load time and
    peak memory are budgeted)."""
    W = np.take(_VALUE, np.ascontiguousarray(codes).view(np.uint8))
    W *= np.asarray(scale, dtype=np.float32)
    return W


def save(path, arrays):
    """Write ``arrays`` (name -> array); ``W_*`` matrices as codes, the rest as given."""
    out = {}
    for name, a in arrays.items():
        if name.endswith(_SCALE):
            continue
        if name.startswith(CODED) and np.asarray(a).ndim == 2:
            out[name], out[name + _SCALE] = encode(a)
        else:
            out[name] = a
    np.savez(path, **out)


def load(path):
    """name -> array, the ``W_*`` matrices decoded to float32 (every other array as stored)."""
    z = np.load(path)
    out = {}
    for name in z.files:
        if name.endswith(_SCALE):
            continue
        a = z[name]
        if name + _SCALE in z.files:
            a = decode(a, z[name + _SCALE])
        out[name] = a
    return out
