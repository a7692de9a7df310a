"""What moderation does when the comments app announces something (the comments app never imports
moderation: it sends signals, and these receivers act on them), and what it does after its own
decisions to keep other systems in step (the front cache)."""

import logging

from django.db import transaction

from newsroom.articles import surrogates
from newsroom.comments.actions import matching_ban
from newsroom.core.frontcache import purge
from newsroom.moderation.models import Decision
from newsroom.moderation.signals import comment_decided

log = logging.getLogger(__name__)


def apply_ban(sender, comment, **kwargs):
    """A banned commenter's submission is stored like any other, then rejected by the system and
    audited here; the reader is told nothing different, so a ban is not an oracle. post_comment
    sends the matching ban (looked up with its other checks); a sender that does not is looked up."""
    ban = kwargs["ban"] if "ban" in kwargs else matching_ban(comment.email, comment.ip_address)
    if ban is None:
        return
    from newsroom.moderation.actions import decide

    try:
        with transaction.atomic():  # a savepoint: a failure here must not cost the reader the comment
            decide(comment, None, "reject", reason="banned", note=f"ban #{ban.pk} ({ban.kind})", system=True)
    except Exception:  # the comment stays pending for a person to decide
        log.exception("could not apply ban %s to comment %s", ban.pk, comment.pk)


def shows_or_hides(decision):
    """Does this decision change a public thread? An approval shows a comment. A first rejection
    starts from pending and changes nothing public; a later decision (a reversal, or an undo) may
    hide an approved comment, so it purges too."""
    if decision.action == Decision.Action.APPROVE:
        return True
    return Decision.objects.filter(comment_id=decision.comment_id, pk__lt=decision.pk).exists()


def purge_thread(sender, decision, comment, **kwargs):
    """The article's page and every listing showing its comment count leave the front cache.
    comment_decided is sent after commit, so the purge goes at once; it never raises."""
    try:
        if shows_or_hides(decision):
            purge(surrogates.comments(comment.article_id))
    except Exception:  # the decision is stored; a cache problem must stay the cache's problem
        log.exception("could not purge the front cache for article %s", comment.article_id)


def connect():
    comment_decided.connect(purge_thread, dispatch_uid="moderation_frontcache_purge")
