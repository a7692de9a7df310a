"""Settings of the scoring API, with defaults, read at call time (tests override them).

PERSPECTIVE_UNSUPPORTED_LANGUAGE  "error" (default): an attribute the comment's language has no
                                  model for answers 400 INVALID_ARGUMENT naming the attribute and
                                  the language; "partial": the scores the model has, with
                                  "needsHuman": true and the rest listed in "unscoredAttributes".
                                  env: PERSPECTIVE_UNSUPPORTED_LANGUAGE
PERSPECTIVE_FEEDBACK_RETRAIN      train on suggestscore feedback too (default True); a list of
                                  communityId values limits it to those communities
"""

import os

from django.conf import settings

DEFAULTS = {
    "PERSPECTIVE_UNSUPPORTED_LANGUAGE": os.environ.get("PERSPECTIVE_UNSUPPORTED_LANGUAGE", "error"),
    "PERSPECTIVE_FEEDBACK_RETRAIN": True,
}


def get(name):
    return getattr(settings, name, DEFAULTS[name])
