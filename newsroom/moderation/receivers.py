"""What moderation does when the comments app announces something. The comments app never imports
moderation: it sends signals, and these receivers act on them."""

import logging

from django.db import transaction

from newsroom.comments.actions import matching_ban

log = logging.getLogger(__name__)


def apply_ban(sender, comment, **kwargs):
    """A banned commenter's submission is stored like any other, then rejected by the system and
    audited here; the reader is told nothing different, so a ban is not an oracle."""
    ban = matching_ban(comment.email, comment.ip_address)
    if ban is None:
        return
    from newsroom.moderation.actions import decide

    try:
        with transaction.atomic():  # a savepoint: a failure here must not cost the reader the comment
            decide(comment, None, "reject", reason="banned", note=f"ban #{ban.pk} ({ban.kind})", system=True)
    except Exception:  # the comment stays pending for a person to decide
        log.exception("could not apply ban %s to comment %s", ban.pk, comment.pk)
