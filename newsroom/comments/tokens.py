"""The signed timestamp in the comment form: when the form was rendered, for which article.
A form sent back implausibly fast is a bot; a very old one is stale."""

import time

from django.core import signing

SALT = "newsroom.comments.form"


def make_token(article_id, issued_at=None):
    issued = int(time.time() if issued_at is None else issued_at)
    return signing.dumps({"a": int(article_id), "t": issued}, salt=SALT, compress=False)


def read_token(token):
    """(article_id, issued_at) or None when the token is missing, forged or malformed."""
    if not token or len(token) > 512:
        return None
    try:
        data = signing.loads(token, salt=SALT)
        return int(data["a"]), int(data["t"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None
