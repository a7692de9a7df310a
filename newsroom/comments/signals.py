from django.dispatch import Signal

# Sent (sender=Comment, comment=<Comment>) inside the transaction that stores a comment, including
# banned submissions (which are then already rejected by the system). What a receiver writes
# commits or rolls back with the comment; a receiver must not raise (a failure would refuse the
# reader's comment) and should wrap its writes in a savepoint; work that must see the committed
# row, or talks to another system, goes through transaction.on_commit().
comment_posted = Signal()

# Sent (sender=Report, report=<Report>, comment=<Comment>) when a reader reports a published comment.
comment_reported = Signal()
