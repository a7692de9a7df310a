from django.dispatch import Signal

# Sent (sender=Comment, comment=<unsaved Comment>, article=<ArticlePage>) by post_comment once a
# submission has passed the checks that need no database, before its transaction: work that needs
# the comment's text but not its row (scoring in the request) goes here, outside the transaction,
# and may leave its result on the comment for a comment_posted receiver. A receiver must not raise.
# A receiver may also ask for values to be read in the same statement as the submission's checks
# (no round trip of their own): comment.read_with_checks = {name: (scalar subquery, params)}; they
# are then in comment.read_with_checks_values ({name: value}) when the comment is saved.
# The submission may still be refused after it (duplicate, rate limit), and then nothing is stored.
comment_checked = Signal()

# Sent (sender=Comment, comment=<Comment>, ban=<Ban or None>) inside the transaction that stores a
# comment, including banned submissions (which are then already rejected by the system); `ban` is
# the ban the submission falls under, found with the submission's checks. What a receiver writes
# commits or rolls back with the comment; a receiver must not raise (a failure would refuse the
# reader's comment) and should wrap its writes in a savepoint; work that must see the committed
# row, or talks to another system, goes through transaction.on_commit().
comment_posted = Signal()

# Sent (sender=Report, report=<Report>, comment=<Comment>) when a reader reports a published comment.
comment_reported = Signal()
