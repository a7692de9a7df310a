"""Word lists for the severe-harm detectors (harm.py), per scored language.

Written for this project from the outlet's guidelines (threats, personal attacks, abuse of identity
groups, profanity, vulgarity); no published lexicon or test suite was copied. Entries are matched on
*normalised* tokens (normalise.py: lower case, leetspeak and look-alikes folded, Arabic-script letter
variants folded), and every entry is normalised the same way when the detectors load, so an entry may
be written in its ordinary spelling.

Entry syntax (one token each; a phrase is a tuple of tokens):
    "word"    the token itself
    "stem*"   any token starting with the stem
    "~stem"   any token containing the stem (Arabic and Persian verbs carry prefixes and object
              pronouns: "sa-naqtulu-ka", "mi-kosh-am-et"); used only for stems of three letters or more
              that are rare inside other words

Tags (what a token can be):
    VIOLENT   a violent act done to a person (kill, shoot, behead, burn, rape, bomb...)
    DIE       dying, death (a death wish: "you should die")
    MOOD      intent, wish, call or prediction (will, should, deserve, let's, hope...)
    NEG       negation ("no one should", "never", "won't")
    YOU       the addressee (you, your); also a target
    PERSON    a person as a target (him, them, the spokesman, the minister...)
    SUBJECT   a news actor as a grammatical subject (ISIS, the coalition, the army): their actions
              reported or predicted are news, not the commenter's threat
    GROUP:k   an identity group of kind k (racism, xenophobia, religious_hatred, sexism, homophobia,
              other)
    DEHUMAN   dehumanising terms (vermin, parasites, disease)
    NEGPRED   sweeping negative predicates (liars, thieves, inferior, disgusting)
    HATE      "I hate", "can't stand"
    DISGUST   disgust that may be at how a group is treated ("makes me sick", "midemi bulandırıyor"),
              beside its NEGPRED or HATE: harm.disgust_at_event
    EXCLUDE   expulsion and exclusion (deport, throw out, send back, don't belong)
    INSULT    insults for a person (idiot, clown, liar)
    PROF      profanity
    VULG      sexual or crude vulgarity (also profanity)
    SLUR:k    a slur for an identity group of kind k (always abuse)
    REJECT    words that reject hate (racist, bigotry, disgusting to say...), for counter-speech
    SAY       verbs of saying and calling, for counter-speech ("calling them vermin is racist")
    COPULA    is/are/was, used by the insult rule ("the writer is a clown")

Layout: one module per language, each building its own LEXICON and PHRASES ({tag: [entries]}) in the
order the rounds added them: en.py, ar.py (with the Arabizi lists en.py and tr.py add), tr.py, fa.py
(with the Finglish entries and FINGLISH_MARKERS, and FA_NOT_FORMS); kinds.py holds the kinds of
identity. This module gathers them under the names harm.py imports. A new round's entries go at the
end of their language's module.
"""
from . import ar, en, fa, tr
from .fa import FA_NOT_FORMS, FINGLISH_MARKERS
from .kinds import HOMOPHOBIA, OTHER, RACISM, RELIGION, SEXISM, XENOPHOBIA

LEXICON = {"en": en.LEXICON, "ar": ar.LEXICON, "tr": tr.LEXICON, "fa": fa.LEXICON}
PHRASES = {"en": en.PHRASES, "ar": ar.PHRASES, "tr": tr.PHRASES, "fa": fa.PHRASES}

__all__ = ["FA_NOT_FORMS", "FINGLISH_MARKERS", "HOMOPHOBIA", "LEXICON", "OTHER", "PHRASES", "RACISM",
           "RELIGION", "SEXISM", "XENOPHOBIA"]
