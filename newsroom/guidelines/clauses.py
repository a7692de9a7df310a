"""The one vocabulary of guideline clauses, used by the scorer, the comments, the moderation
console and the API. Plain Python (no Django), so the scorer can import it in a worker.

Labels are English msgids; Django code shows them through gettext (see
``newsroom.moderation.reasons``), and the catalogues in ``newsroom/locale`` translate them.
"""


def _(message):  # gettext_noop: marks a msgid for the catalogues without importing Django
    return message


# The clauses a comment can break, in the order the outlet's policy lists them.
PROFANITY = "profanity"
VULGARITY = "vulgarity"
THREAT = "threat"
PERSONAL_ATTACK = "personal_attack"
ABUSE = "abuse"
PROMOTION = "promotion"
OFF_TOPIC = "off_topic"
CLAUSES = (PROFANITY, VULGARITY, THREAT, PERSONAL_ATTACK, ABUSE, PROMOTION, OFF_TOPIC)

# Kinds of abuse the scorer scores separately (each one also counts as ABUSE).
SEXISM = "sexism"
RACISM = "racism"
HOMOPHOBIA = "homophobia"
XENOPHOBIA = "xenophobia"
RELIGIOUS_HATRED = "religious_hatred"
ABUSE_KINDS = (SEXISM, RACISM, HOMOPHOBIA, XENOPHOBIA, RELIGIOUS_HATRED)

# Reasons only a moderator (or the system) gives; the scorer never scores them.
DUPLICATE = "duplicate"
BANNED = "banned"

# Every reason a rejection may carry, in the order the console numbers them (digits 1-9, then 0).
REJECT_REASONS = CLAUSES + ABUSE_KINDS + (DUPLICATE, BANNED)

# What a reader may report a published comment for: every clause and kind of abuse.
REPORT_REASONS = CLAUSES + ABUSE_KINDS

LABELS = {
    PROFANITY: _("Profanity"),
    VULGARITY: _("Vulgarity"),
    THREAT: _("Threat"),
    PERSONAL_ATTACK: _("Personal attack"),
    ABUSE: _("Abuse"),
    PROMOTION: _("Commercial or personal promotion"),
    OFF_TOPIC: _("Not relevant to the article"),
    SEXISM: _("Abuse: sexism"),
    RACISM: _("Abuse: racism"),
    HOMOPHOBIA: _("Abuse: homophobia"),
    XENOPHOBIA: _("Abuse: xenophobia"),
    RELIGIOUS_HATRED: _("Abuse: religious hatred"),
    DUPLICATE: _("Duplicate"),
    BANNED: _("Banned commenter"),
}


def clause_of(reason):
    """The clause a reason belongs to: an abuse kind belongs to ABUSE, everything else to itself."""
    return ABUSE if reason in ABUSE_KINDS else reason
