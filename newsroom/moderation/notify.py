"""The optional email to a commenter when their comment is decided (COMMENTS_NOTIFY_COMMENTER).
It is written in the comment's language and names the guideline clause of a rejection."""

import logging

from django.core.mail import send_mail
from django.utils import translation
from django.utils.translation import gettext as _

from newsroom.guidelines.clauses import LABELS

log = logging.getLogger(__name__)


def notify_commenter(decision, comment):
    with translation.override(comment.language):
        title = comment.article.title
        if decision.action == "approve":
            subject = _("Your comment was published")
            text = _("Your comment on “%(title)s” was approved and is now published.") % {"title": title}
        else:
            subject = _("Your comment was not published")
            text = _(
                "Your comment on “%(title)s” was not published because it breaks this part of our "
                "guidelines: %(clause)s."
            ) % {"title": title, "clause": _(LABELS.get(decision.reason, decision.reason))}
        try:
            send_mail(subject, text, None, [comment.email])
        except Exception:  # the decision stands even if the mail server is down
            log.exception("could not email the commenter of comment %s", comment.pk)
