"""What the protocol needs from its host, as a tiny base class: the site (django_service.py) keeps
keys, quotas and feedback in the database; the standalone server (standalone.py) keeps keys from the
environment or a file and its counters and feedback in one SQLite file. Plain Python."""


class Key:
    """An API key allowed to score: an id for counters and feedback, a name, and its quotas
    (requests per second and per day; 0 = no limit)."""

    def __init__(self, id, name, per_second=0, per_day=0):
        self.id, self.name, self.per_second, self.per_day = id, name, int(per_second), int(per_day)

    def __repr__(self):
        return f"Key({self.id!r}, {self.name!r}, {self.per_second}/s, {self.per_day}/day)"


class BaseService:
    # "error": an attribute the detected language has no model for is refused (400 INVALID_ARGUMENT);
    # "partial": the scores the model has are returned, the rest listed, marked as needing a person.
    unsupported_language = "error"

    def scorer(self):
        raise NotImplementedError

    def authenticate(self, raw_key):
        """The Key for raw_key when it exists, is active and has the scoring scope; else None."""
        raise NotImplementedError

    def hit(self, key):
        """Count one request for key; a message (str) when it is over a quota, else None."""
        raise NotImplementedError

    def store_feedback(self, key, suggestion):
        """Keep one suggestscore request (never called for doNotStore)."""
        raise NotImplementedError


def quota_message(key, window):
    if window == "second":
        return (f"Quota exceeded for quota metric 'Requests' and limit 'Requests per second' of key "
                f"'{key.name}': {key.per_second} per second.")
    return (f"Quota exceeded for quota metric 'Requests' and limit 'Requests per day' of key "
            f"'{key.name}': {key.per_day} per day.")
