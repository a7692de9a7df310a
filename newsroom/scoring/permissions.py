"""Who may do what in the scoring pages. Chief moderators (the "Chief moderator" group, which holds
moderation.change_policy; superusers hold every permission) set policy, retrain and roll back
models; every moderator sees scores and the dashboard."""

CHANGE_POLICY = "moderation.change_policy"


def is_moderator(user):
    return bool(user and user.is_authenticated and user.has_perm("comments.moderate_comments"))


def is_chief(user):
    if not (user and user.is_authenticated and user.is_active):
        return False
    return is_moderator(user) and user.has_perm(CHANGE_POLICY)
