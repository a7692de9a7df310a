"""The comment form's two signed tokens (newsroom.comments.csrf and newsroom.comments.tokens),
read and made without redoing the same HMAC for every reader.

Both tokens are in the article page's HTML, which the front cache sends to every reader alike, so
every reader of an article sends back the same two strings until the page is rendered again, and
each inline answer hands back a new form timestamp, the same one for every answer on that article
within the second. `signing.loads` and `signing.dumps` derive the salted key and compute the HMAC
afresh each time (with the JSON and base64 around them, about a twentieth of a submission's CPU
for the three).

`loads` remembers what it verified, keyed by the exact token string, the salt and the keys it was
verified with: only a token whose signature checked out is remembered, a changed secret (or a
test's override) misses, and the age limit (`max_age`) is checked against the clock on every call,
as `signing.loads` does. Nothing is skipped for a string that was not verified. `dumps` remembers
the token it made for the current second.
"""

import time

from django.conf import settings
from django.core import signing

LIMIT = 512  # distinct tokens remembered: a few per article whose page was rendered recently

_verified = {}  # (token, salt, secret, fallbacks) -> (payload, signed at)
_made = {}  # (salt, payload items, second, secret) -> token


def _keys():
    return settings.SECRET_KEY, tuple(settings.SECRET_KEY_FALLBACKS)


def loads(token, *, salt, max_age=None):
    """signing.loads(token, salt=salt, max_age=max_age) for an uncompressed token, remembering the
    verified ones. Returns a new dict each call; raises signing.BadSignature (SignatureExpired when
    the token is older than max_age) as signing.loads does."""
    key = (token, salt, *_keys())
    found = _verified.get(key)
    if found is None:
        payload = signing.loads(token, salt=salt)  # verifies the signature (raises BadSignature)
        # A TimestampSigner token is "payload:timestamp:signature"; the signature covered both.
        signed_at = signing.b62_decode(token.rsplit(":", 2)[1])
        if len(_verified) >= LIMIT:
            _verified.clear()
        found = _verified[key] = (payload, signed_at)
    payload, signed_at = found
    if max_age is not None and time.time() - signed_at > max_age:
        raise signing.SignatureExpired(f"Signature age {time.time() - signed_at} > {max_age} seconds")
    return dict(payload)


def dumps(payload, *, salt):
    """signing.dumps(payload, salt=salt, compress=False) for a flat dict of plain values, the same
    token for the same payload within one second (the token's own timestamp has second precision)."""
    key = (salt, tuple(payload.items()), int(time.time()), *_keys())
    token = _made.get(key)
    if token is None:
        token = signing.dumps(payload, salt=salt, compress=False)
        if len(_made) >= LIMIT:
            _made.clear()
        _made[key] = token
    return token
