"""Data protection for the scoring API's feedback. Perspective's requests carry no author, so a
person's feedback is found by what its text holds: the email address itself, or the exact text of
one of that person's comments on this site (a site scoring its own comments through the API)."""

from django.db.models import Q

from .models import Feedback


def _matching(email, bodies):
    query = Q(pk__in=[])
    if email:
        query |= Q(text__icontains=email) | Q(context__icontains=email)
    bodies = [b for b in bodies if b and b.strip()]
    if bodies:
        query |= Q(text__in=bodies) | Q(plain_text__in=bodies)
    return Feedback.objects.filter(query)


def export_feedback(sender, email, bodies, data, **kwargs):
    data["scoring_api_feedback"] = [
        {"key": f.key_name, "community_id": f.community_id, "client_token": f.client_token,
         "text": f.text, "context": f.context, "scores": f.scores, "language": f.language,
         "created_at": f.created_at.isoformat()}
        for f in _matching(email, bodies)
    ]


def erase_feedback(sender, email, bodies, counts, **kwargs):
    deleted, _ = _matching(email, bodies).delete()
    counts["scoring_api_feedback"] = deleted
