"""The Arabic violation head does not read the names of identity groups (training.UNREAD_GROUPS, unread_words;
features.Featurizer's ``unread``; model.LinearModel.probs_of): a bag of words learns from the training
sets which peoples are named beside abuse, and then reads a neutral mention of them as abuse. The clause
heads, the language identifier and relatedness read every word, and the detectors judge what is said of
a people."""
import numpy as np

from newsroom.guidelines.features import Featurizer
from newsroom.guidelines.normalise import normalise_text
from newsroom.guidelines.training import unread_words


def _row(feat, text, unread, one=True):
    norm = normalise_text(text)
    feat.one_fast = one
    try:
        R, _ = feat.transform_rows([norm] if one else [norm, "x"], unread=unread)
    finally:
        del feat.one_fast
    end = R.indptr[1]
    return R.indices[:end].tolist(), R.data[:end].tolist()


def test_the_unread_words_are_peoples_names_and_never_an_insult():
    words = set(unread_words())
    for w in ("kurds", "jews", "women", "kürtler", "araplar", "العرب", "والعرب", "اليهود", "للأكراد", "الكرد",
              "کردها",
              # forms the lists reach through a stem, and a hamza the detectors fold to yeh
              "اللاجئين", "واللاجئين", "المهاجرين", "المسيحيين", "والمسيحيين",
              "الإيزيديين", "الأقباط", "المعاقين"):
        assert normalise_text(w) in words, w
    # a slur, an insult or a word mostly something else stays read: "karılar" (a slur for women), Persian
    # "کرد" (also: did), Arabic "السنه" (also: the year), "معاقبه" (punishment, which a stem for the disabled
    # reaches), "العربات" (carts), a pejorative for gay people, Islam itself
    for w in ("karılar", "کرد", "السنه", "vermin", "savages", "معاقبه", "العربات", "الشذوذ", "الإسلام"):
        assert normalise_text(w) not in words, w


def test_a_text_read_without_the_names_has_the_features_of_the_text_without_them():
    feat = Featurizer(unread=unread_words())
    for one in (True, False):  # the one-comment path and the batch path
        assert _row(feat, "The Kurds cooked us a wonderful dinner", True, one) == _row(
            feat, "The cooked us a wonderful dinner", False, one)
        assert _row(feat, "Kurds", True, one) == ([], [])
        # unless asked, every word is read
        assert _row(feat, "Kurds", False, one) != ([], [])
        every = Featurizer()
        assert _row(feat, "The Kurds cooked", False, one) == _row(every, "The Kurds cooked", False, one)
    # training's count matrices, likewise
    X = feat.counts([normalise_text("the Jews of Erbil")], unread=True)
    assert (X != Featurizer().counts([normalise_text("the of Erbil")])).nnz == 0
    jews = [normalise_text("the Jews")]
    assert (feat.counts(jews) != Featurizer().counts(jews)).nnz == 0
    norms = [normalise_text(t) for t in ("a fine day", "Arabs and Turks", "العرب", "کرد")]
    assert feat.naming(norms) == [1, 2]
    assert Featurizer().naming(norms) == []


def test_the_violation_columns_read_the_text_without_the_names_and_the_clauses_with_them(model):
    """The manifest keeps the list training used (the word lists may grow after it); the Arabic
    violation head (training.UNREAD_GROUPS) reads a comment naming a people as if the name were not
    there, its clause heads read the name, and the heads of a language not named read every word."""
    listed = model.manifest.get("unread_words")
    assert listed and model.feat.unread == frozenset(listed)
    assert model.unread_langs == frozenset({"ar"})
    for lang, text, without in (("ar", "اليهود كلهم قذرين وأغبياء", "كلهم قذرين وأغبياء"),
                                ("en", "The Kurds are all dirty and stupid", "The are all dirty and stupid")):
        text, without = normalise_text(text), normalise_text(without)
        X = model.feat.transform_normalised([text])
        names, P = model.probs_of(lang, X, [text])
        _, P_full = model.head_probs(lang, X)
        _, P_without = model.head_probs(lang, model.feat.transform_normalised([without]))
        v, a = names.index("violation"), names.index("abuse")
        assert P[0, a] == P_full[0, a] != P_without[0, a]
        if lang == "ar":
            assert P[0, v] == P_without[0, v] != P_full[0, v]
        else:
            assert np.array_equal(P, P_full)
    # a text naming no people: the same numbers either way
    plain = normalise_text("يوم جميل")
    Xp = model.feat.transform_normalised([plain])
    assert np.array_equal(model.probs_of("ar", Xp, [plain])[1], model.head_probs("ar", Xp)[1])


def test_the_evidence_never_points_at_a_name(model):
    """A people's name carries no weight in the violation head, and the words that carry the harm are
    what is said of the people."""
    for lang, text in (("en", "The Kurds are filthy vermin and liars"), ("ar", "العرب حثالة وكلاب وخونة")):
        norm = float(np.sqrt((model.feat.transform_rows([normalise_text(text)])[0].data ** 2).sum()))
        spans = model._evidence_batch(lang, [text], [["violation", "abuse"]], [norm or 1.0])[0]
        assert spans and all(normalise_text(e["text"]) not in model.feat.unread for e in spans), spans
