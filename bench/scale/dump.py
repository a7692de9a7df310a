"""Save the console's pages (and the queue's live JSON) as a moderator and as a chief, in process with
production settings, CSRF tokens masked, so two trees can be compared byte for byte on the same
database (a change meant to make a page faster must not change what it shows):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsroom_scale \\
        .venv/bin/python bench/scale/dump.py /tmp/pages-before      (in the tree before)
    ... bench/scale/dump.py /tmp/pages-after                        (in the tree after)
    diff -r /tmp/pages-before /tmp/pages-after

Each run is a fresh process, so per-process caches (article URLs, the policy) start empty; every page
is requested twice and both answers saved, so their second use is compared too.
"""

import os
import re
import sys
from pathlib import Path
from urllib.parse import quote, urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _django import setup  # noqa: E402

setup("dump")

from django.contrib.auth.models import User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from newsroom.articles.models import ArticleStats  # noqa: E402
from newsroom.comments.models import Comment  # noqa: E402
from newsroom.moderation import queries  # noqa: E402
from newsroom.moderation.models import AuditEntry  # noqa: E402
from newsroom.moderation.views import AUDIT_ORDER  # noqa: E402

TOKEN = re.compile(r'(name=\\?"csrfmiddlewaretoken\\?" value=\\?")[^"\\]+')


def cursor_at(queryset, order, offset):
    row = list(queryset.order_by(*order.ordering())[offset:offset + 1])
    return order.encode(row[0]) if row else ""


def urls():
    pending, risk = queries.pending_queue({})
    approved, newest = queries.decided_list("approved")
    rejected, _ = queries.decided_list("rejected")
    busiest = ArticleStats.objects.order_by("-approved_comments").first()
    article = busiest.article if busiest else None
    language = Comment.objects.pending().values_list("language", flat=True).first() or "en"
    audit = AuditEntry.objects.all()
    queue = ["", "?lane=senior", "?lane=urgent", "?order=oldest", "?order=newest", f"?language={language}",
             "?age=24h", "?age=older7d", "?clause=threat", "?before=end",
             "?after=" + cursor_at(pending, risk, 120), "?order=oldest&before=end",
             "?lane=senior&before=end", f"?lane=senior&language={language}",
             f"?language={language}&before=end", f"?clause=threat&language={language}",
             "?lane=urgent&age=older7d"]
    if article:
        queue += ["?" + urlencode({"article": article.title}), f"?article=%23{article.pk}",
                  f"?article={article.pk}&order=oldest&language={language}"]
    for query in queue:
        yield "/moderation/" + query
    yield "/moderation/live/"
    yield "/moderation/live/?lane=senior"
    oldest, by_age = queries.pending_queue({"order": "oldest"})
    yield "/moderation/live/?order=oldest&after=" + cursor_at(oldest, by_age, 60)
    yield "/moderation/reported/"
    for status, queryset in (("approved", approved), ("rejected", rejected)):
        yield f"/moderation/{status}/"
        yield f"/moderation/{status}/?before=end"
        yield f"/moderation/{status}/?after=" + cursor_at(queryset, newest, queryset.count() // 2)
        yield f"/moderation/{status}/?language={language}"
        if article:
            yield f"/moderation/{status}/?article=%23{article.pk}"
    yield "/moderation/audit/"
    yield "/moderation/audit/?before=end"
    yield "/moderation/audit/?after=" + cursor_at(audit, AUDIT_ORDER, audit.count() // 2)
    yield "/moderation/audit/?action=comment.reject"
    yield "/moderation/audit/?actor=mod1"
    yield "/moderation/audit/?actor=system"
    yield "/moderation/scoring/dashboard/"
    yield "/moderation/scoring/simulate/?days=30"
    yield "/moderation/scoring/simulate/?days=7&run=1&threat__auto_reject=0.5&auto_approve_below=0.1"


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    if not Path(os.environ["STATIC_ROOT"], "staticfiles.json").exists():
        call_command("collectstatic", interactive=False, verbosity=0)
    pages = list(urls())
    for username in ("mod1", "bench-chief"):
        client = Client(SERVER_NAME="127.0.0.1")
        client.force_login(User.objects.get(username=username))
        for n, url in enumerate(pages):
            for attempt in (1, 2):
                response = client.get(url)
                body = TOKEN.sub(r"\1TOKEN", response.content.decode())
                name = f"{username}-{n:02d}-{attempt}-{quote(url, safe='')[:120]}.html"
                (out / name).write_text(f"{response.status_code} {url}\n{body}")
    print(f"{len(pages)} pages x 2 users x 2 requests in {out}")


if __name__ == "__main__":
    main()
