"""Property-based fuzzing (Hypothesis) of the reader's comment form and every moderator and admin
form and filter: any text in any field (NUL and other control characters, huge numbers, stray
Unicode, lists where one value is expected) gets an answer below 500."""

import pytest
from django.test import override_settings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.comments.factories import make_comment, make_user, old_token

pytestmark = pytest.mark.django_db

FUZZ = settings(max_examples=20, deadline=None, derandomize=True, database=None,
                suppress_health_check=list(HealthCheck))

# Text a careless client or a hostile one might send: any code point (surrogates excluded: they
# cannot be sent in UTF-8), with NUL, numbers past every integer type, and plausible values mixed in.
values = st.one_of(
    st.text(st.characters(exclude_categories=("Cs",)), max_size=40),
    st.sampled_from(["", "0", "-1", "1", "99999999999999999999", "1e9", "\x00", "a\x00b", "%00",
                     "approve", "reject", "threat", "email", "domain", "network", "export", "erase",
                     "2026-01-01", "2026-02-31", "csv", "risk", "oldest", "en", "ar", "system",
                     "x@example.org", "203.0.113.0/24", "spam.example"]),
)

# (method, path, fields): every form and filter of the console, the scoring pages and the reader's form.
FORMS = [
    ("get", "/moderation/", ["language", "article", "age", "order", "clause", "lane", "page"]),
    ("get", "/moderation/approved/", ["language", "article", "age", "page"]),
    ("get", "/moderation/reported/", ["page", "language"]),
    ("get", "/moderation/audit/", ["action", "actor", "object", "since", "until", "format", "page"]),
    ("get", "/moderation/live/", ["since", "after", "language"]),
    ("post", "/moderation/comments/{comment}/decide/", ["action", "reason", "note", "next"]),
    ("post", "/moderation/comments/{comment}/reverse/", ["reason", "note"]),
    ("post", "/moderation/comments/{comment}/reports/", ["action", "reason"]),
    ("post", "/moderation/comments/{comment}/commenter/", ["action", "note"]),
    ("post", "/moderation/comments/bulk/", ["ids", "ids", "action", "reason"]),
    ("post", "/moderation/bans/", ["kind", "value", "note"]),
    ("post", "/moderation/data/", ["email", "op", "confirm"]),
    ("get", "/scoring/dashboard/", ["days"]),
    ("get", "/scoring/simulate/", ["days", "auto_approve_below", "threat__auto_reject"]),
    ("post", "/scoring/policy/", ["auto_approve_below", "threat__auto_reject", "profanity__auto_reject"]),
    ("post", "/comments/post/{article}/", ["name", "email", "body", "parent", "ts", "website"]),
]


@pytest.mark.parametrize("method,path,fields", FORMS, ids=[f"{m} {p}" for m, p, _ in FORMS])
@override_settings(COMMENTS_RATE_LIMIT_IP="0", COMMENTS_RATE_LIMIT_EMAIL="0", AXES_ENABLED=False)
def test_no_form_or_filter_input_makes_a_5xx(client, article, method, path, fields):
    client.force_login(make_user("root", superuser=True))
    comment = make_comment(article)
    url = path.format(comment=comment.pk, article=article.pk)
    token = old_token(article)

    @FUZZ
    @given(data=st.lists(st.tuples(st.sampled_from(fields), values), max_size=len(fields) + 2),
           json=st.booleans())
    def run(data, json):
        form = {}
        for name, value in data:
            form.setdefault(name, []).append(value)
        if "ts" in fields and "ts" not in form:
            form["ts"] = [token]
        extra = {"HTTP_ACCEPT": "application/json"} if json else {}
        response = getattr(client, method)(url, form, **extra)
        assert response.status_code < 500, (method, url, form)

    run()
