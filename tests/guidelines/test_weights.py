"""The weight file: the heads' companded int8 codes (newsroom/guidelines/weights.py)."""
import numpy as np

from newsroom.guidelines import weights


def _matrix(seed=0, rows=5000, cols=6):
    # a head's weights: mostly small, a few large ones, a column of zeros (a head no row trained)
    rng = np.random.default_rng(seed)
    W = (rng.standard_t(3, size=(rows, cols)) * 0.05).astype(np.float32)
    W[:, 3] = 0.0
    return W


def test_codes_read_back_close_with_finer_steps_for_small_weights():
    W = _matrix()
    back = weights.decode(*weights.encode(W))
    assert back.dtype == np.float32 and back.shape == W.shape
    scale = np.abs(W).max(axis=0)
    err = np.abs(back - W)
    # a step of the square-root code is at most 2 * scale / 127 * sqrt(|w| / scale) / 127 wide near w
    assert (err.max(axis=0) <= scale / 127 + 1e-7).all()
    small = np.abs(W) < 0.01 * scale
    # a small weight is coded far more finely than the linear int8 code's step (scale / 254)
    assert np.median(err[small] / (scale / 254)[np.nonzero(small)[1]]) < 0.2
    assert (back[:, 3] == 0).all()
    # the largest weight of each column is exact (it sets the scale)
    i = np.abs(W).argmax(axis=0)
    assert np.allclose(back[i, range(W.shape[1])], W[i, range(W.shape[1])], rtol=1e-6)


def test_recoding_what_was_read_gives_the_same_codes():
    codes, scale = weights.encode(_matrix(1))
    again, scale2 = weights.encode(weights.decode(codes, scale))
    assert (again == codes).all()
    assert np.allclose(scale2, scale, rtol=1e-6)


def test_a_linear_head_scores_as_before_to_within_a_hundredth(tmp_path):
    rng = np.random.default_rng(2)
    W = _matrix(2)
    X = np.abs(rng.standard_normal((200, W.shape[0]))).astype(np.float32)
    X *= rng.random(X.shape) < 0.01  # sparse rows, L2-normalised as the features are
    X /= np.linalg.norm(X, axis=1, keepdims=True)
    path = tmp_path / "weights.npz"
    weights.save(path, {"W_en": W, "b_en": np.zeros(W.shape[1], np.float32),
                        "lid_W": W[:, :2].astype(np.float16), "idf": np.ones(10, np.float16)})
    got = weights.load(path)
    assert set(got) == {"W_en", "b_en", "lid_W", "idf"}
    assert got["lid_W"].dtype == np.float16 and got["W_en"].dtype == np.float32
    assert np.abs(X @ got["W_en"] - X @ W).max() < 0.01
    # stored as int8: about half of float16's size
    assert path.stat().st_size < W.size * 2 * 0.6 + W[:, :2].size * 2


def test_a_file_of_float16_heads_still_reads(tmp_path):
    W = _matrix(3).astype(np.float16)
    path = tmp_path / "weights.npz"
    np.savez(path, W_en=W, b_en=np.zeros(W.shape[1], np.float32))
    got = weights.load(path)
    assert got["W_en"].dtype == np.float16 and (got["W_en"] == W).all()
