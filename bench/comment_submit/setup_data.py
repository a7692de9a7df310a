"""Run through `manage.py shell`: prints the seed article's URL and id, a 50-comment article's URL,
a signed form timestamp old enough to pass the too-fast check, the 50-comment article's id and
the seed article's form CSRF token (newsroom/comments/csrf.py)."""

import time

from django.core.management import call_command

from newsroom.articles.models import ArticlePage
from newsroom.comments import csrf
from newsroom.comments.models import Comment
from newsroom.comments.tokens import make_token
from newsroom.moderation.actions import decide

call_command("load_demo", verbosity=0)
open_articles = ArticlePage.objects.filter(locale__language_code="en", comments_open=True).order_by("pk")
seed = open_articles.first()
thread = open_articles.exclude(pk=seed.pk).first()
for i in range(50 - Comment.objects.filter(article=thread, status="approved").count()):
    comment = Comment.objects.create(article=thread, name=f"Reader {i}", email=f"reader{i}@example.org",
                                     body=f"Comment {i}: a considered view on the story, " * 3, language="en")
    decide(comment, None, "approve", system=True)
print(seed.url, seed.pk, thread.url, make_token(seed.pk, issued_at=time.time() - 60), thread.pk,
      csrf.make_token(seed.pk))
