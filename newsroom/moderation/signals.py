from django.dispatch import Signal

# Sent (sender=Decision, decision=<Decision>, comment=<Comment>) via transaction.on_commit after
# every decision, including reversals and the system's decisions on banned submissions.
comment_decided = Signal()
