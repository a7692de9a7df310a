from django.dispatch import Signal

# Sent (sender=Comment, comment=<Comment>) via transaction.on_commit once a comment is stored,
# including banned submissions (which are then already rejected by the system).
comment_posted = Signal()
