"""Kinds of identity for the GROUP:k and SLUR:k tags, shared by the language modules (their own module,
so that a language module imports them without importing the package that gathers the languages)."""

# Kinds of identity: these map onto the abuse kinds of clauses.py ("other" = abuse with no finer kind)
RACISM, XENOPHOBIA, RELIGION, SEXISM, HOMOPHOBIA, OTHER = (
    "racism", "xenophobia", "religious_hatred", "sexism", "homophobia", "other")
