"""suggestscore feedback as a retraining source (settings.SCORING_EXTRA_EXAMPLE_SOURCES).

A suggested score teaches the scorer the clauses behind the attribute: at 0.5 or more, the
attribute's clause is broken (and so is `violation`, for the attributes that mean the comment as a
whole: TOXICITY, SEVERE_TOXICITY and NEWSROOM_VIOLATION -- Coral sends its model attribute at 1 for a
rejected comment and 0 for an approved one); below 0.5, none of its clauses is broken, and for those
whole-comment attributes the comment broke nothing at all.
"""

from newsroom.guidelines.clauses import CLAUSES, OFF_TOPIC

from . import conf
from .models import Feedback
from .protocol import ATTRIBUTES, VIOLATION, newsroom_attribute

WHOLE = ("TOXICITY", "SEVERE_TOXICITY", newsroom_attribute(VIOLATION))


def labels_for(scores):
    labels = {}
    for name, value in scores.items():
        if name not in ATTRIBUTES:
            continue
        sources, _fallback = ATTRIBUTES[name]
        broken = value >= 0.5
        sources = [c for c in sources if c != OFF_TOPIC]  # needs the article, which is not trained on
        if name in WHOLE:
            if broken:
                labels[VIOLATION] = 1
            else:
                labels.update({VIOLATION: 0, **{c: 0 for c in CLAUSES if c != OFF_TOPIC}})
        elif broken and len(sources) == 1:
            labels[sources[0]] = 1
            labels[VIOLATION] = 1
        elif not broken:
            labels.update({c: 0 for c in sources})
    return labels


def training_examples():
    setting = conf.get("PERSPECTIVE_FEEDBACK_RETRAIN")
    if not setting:
        return []
    rows = Feedback.objects.all()
    if isinstance(setting, (list, tuple, set)):
        rows = rows.filter(community_id__in=list(setting))
    out = []
    for f in rows.iterator():
        labels = labels_for(f.scores)
        if labels:
            out.append({"text": f.plain_text or f.text, "language": f.language or "en", "labels": labels,
                        "source": f"perspective:{f.key_name}:{f.community_id}"})
    return out
