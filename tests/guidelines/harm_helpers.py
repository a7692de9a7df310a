"""What the severe-harm detectors find in a text, as the detector tests read it (the ``det`` fixture,
one HarmDetector for the session, is in conftest.py)."""
from newsroom.guidelines.harm import summarise
from newsroom.guidelines.normalise import normalise_text

# the (clause, rule) of the contrasts, as rules() gives them
COUNTER = ("counter", "counter")
REPORT = ("report", "report")


def found(det, lang, text, typed=()):
    """{clause: strength} of the detectors' findings in ``text``, normalised as the scorer does (with
    ``typed``, the words read as typed: harm.typed_words)."""
    return {c: s for c, (s, _, _) in summarise(det.analyse(lang, normalise_text(text), typed)).items()}


def rules(det, lang, text):
    """{(clause, rule)} of the findings: which rule found what."""
    return {(f.clause, f.rule) for f in det.analyse(lang, normalise_text(text))}


def rule_names(det, lang, text):
    """The names of the rules that found something (or of the contrasts: "counter", "negated")."""
    return {rule for _clause, rule in rules(det, lang, text)}


def found_in(lang):
    """found() for the tests of one language: ``found = found_in("ar")``, then found(det, text)."""
    return lambda det, text: found(det, lang, text)


def rules_in(lang):
    return lambda det, text: rules(det, lang, text)
