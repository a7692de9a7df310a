from django.dispatch import Signal

# Sent (sender=Decision, decision=<Decision>, comment=<Comment>) via transaction.on_commit after
# every decision, including reversals and the system's decisions on banned submissions.
comment_decided = Signal()

# Data protection (actions.export_email / erase_email), for apps above moderation that keep data of
# their own. Sent with email=<address> and bodies=<the texts of that address's comments>;
# export: also data=<the export dict>, to which a receiver adds its own section;
# erase: inside the erasure's transaction, before the comments are deleted; also counts=<dict> for
# the audit entry (a receiver adds how many of its records it deleted).
personal_data_export = Signal()
personal_data_erase = Signal()
