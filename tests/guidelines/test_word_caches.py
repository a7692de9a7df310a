"""A language's word caches (harm._Lang: a word's tags, its phrase candidates, whether a phrase starts
with it) stay within harm.WORDS_CACHED words, and a word read again after it was evicted gets the same
answer as the first time: the caches change speed and memory, never a finding."""
import pytest

from newsroom.guidelines import harm
from newsroom.guidelines.harm import HarmDetector
from newsroom.guidelines.normalise import normalise_text

CACHED = 40  # a small bound, so that the test evicts often


@pytest.fixture
def small_caches(monkeypatch):
    monkeypatch.setattr(harm, "WORDS_CACHED", CACHED)
    return HarmDetector()  # fresh caches, read under the small bound


def _words(n):
    # distinct words that are no listed word (a stray letter pair), and a few that are
    return [f"qx{i:04d}zz" for i in range(n)] + ["kill", "idiot", "savages", "refugees"]


def test_the_caches_stay_within_their_bound(small_caches):
    L = small_caches.langs["en"]
    for w in _words(5 * CACHED):
        L.tags(w)
        L.may_start_phrase(w)
    assert 0 < len(L._cache) <= CACHED + 1
    assert 0 < len(L._phrase_cache) <= CACHED + 1
    assert 0 < len(L._starts_phrase) <= CACHED + 1


def test_an_evicted_word_is_read_again_the_same(small_caches):
    L = small_caches.langs["en"]
    first = {w: (L.tags(w), L.phrase_candidates(w), L.may_start_phrase(w)) for w in _words(3 * CACHED)}
    assert first["kill"][0] and not first["qx0000zz"][0]
    for w, seen in first.items():  # most of them evicted by now
        assert (L.tags(w), L.phrase_candidates(w), L.may_start_phrase(w)) == seen


def test_findings_do_not_depend_on_what_the_caches_hold(small_caches):
    """The same comments analysed by a detector whose small caches were churned in between, and by one
    with the default bound, find the same."""
    comments = [("en", "Someone should shoot that spokesman, I will find where he lives"),
                ("en", "Arabs are all savages and should be thrown out of this country"),
                ("en", "Thank you for this careful report on the strikes"),
                ("ar", "سنقتلك إذا كتبت هذا مرة أخرى"),
                ("tr", "Sen bir aptalsın, siktir git"),
                ("fa", "ممنون از این گزارش دقیق و روشن")]

    def read(det):
        return [sorted((f.clause, f.rule, f.start, f.end) for f in det.analyse(lg, normalise_text(t)))
                for lg, t in comments]

    before = read(small_caches)
    for L in small_caches.langs.values():
        for w in _words(3 * CACHED):
            L.tags(w)
    assert read(small_caches) == before == read(HarmDetector())
    assert any(before)  # the comments do find something: the comparison is not of empty lists


def test_the_card_measures_a_first_pass_with_a_model_loaded_afresh(model):
    """evaluation.measure_speed with ``fresh`` times a second model's first pass (its caches empty) beside
    the warm one; the card renders it (not a timing assertion: only that both are measured and shown)."""
    from newsroom.guidelines import card
    from newsroom.guidelines.evaluation import measure_speed
    from newsroom.guidelines.model import LinearModel

    texts = ["Thank you for this report", "Arabs are savages", "سنقتلك إذا كتبت هذا", "Sen bir aptalsın"] * 60
    fresh = LinearModel()
    speed = measure_speed(model, texts, fresh=fresh)
    assert speed["batch_per_s"] > 0 and speed["first_pass_per_s"] > 0
    assert fresh.harm.langs["en"]._cache  # the fresh model did read the words itself
    lines = []
    card._speed_lines(lines.append, {**speed, "mean_chars": 20.0, "alt_batch_per_s": 1, "better_per_s": 1.0},
                      {"bytes": 1, "load_seconds": 1.0, "rss_mb_after_load": 1.0, "rss_mb_before_load": 1.0})
    assert any("words met for the first time" in line and str(speed["first_pass_per_s"]) in line
               for line in lines)
