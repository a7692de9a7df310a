"""The signed timestamp in the comment form: when the form was rendered, for which article.
A form sent back implausibly fast is a bot; a very old one is stale."""

import time

from django.core import signing

from newsroom.comments import signed

SALT = "newsroom.comments.form"


def make_token(article_id, issued_at=None):
    if issued_at is not None:
        return signing.dumps({"a": int(article_id), "t": int(issued_at)}, salt=SALT, compress=False)
    # Now: the same token for every answer on this article within the second (signed.dumps).
    return signed.dumps({"a": int(article_id), "t": int(time.time())}, salt=SALT)


def read_token(token):
    """(article_id, issued_at) or None when the token is missing, forged or malformed."""
    if not token or len(token) > 512:
        return None
    try:
        data = signed.loads(token, salt=SALT)
        return int(data["a"]), int(data["t"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None
