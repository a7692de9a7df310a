"""`make run` helper: a mixed set of reader comments on the demo seed article in several editions,
posted through the comments app (so each is scored on submission). Made once; safe to re-run.

They wait in the moderator console, risky ones first with the offending words highlighted; the
dashboard's figures come from the decisions the demo moderator then makes."""

from django.core.management.base import BaseCommand

from newsroom.articles.models import ArticlePage
from newsroom.comments.actions import CommentRefused, post_comment
from newsroom.comments.models import Comment

MARK = "demo-reader"
COMMENTS = {
    "en": [
        ("Sam", "What a fucking shit decision by the council, total crap."),
        ("Jo", "I know where you live and I will kill you if you write this again."),
        ("Promo Deals", "Cheap watches and loans at http://deals.example.com call 555-123-4567 now!"),
        ("Priya", "Thank you for the careful reporting and for explaining the background."),
        ("Tom", "Only an idiot would believe this, you moron."),
        ("Ana", "Could you follow up on what happens next? The timeline was helpful."),
    ],
    "ar": [("ليلى", "أنت حمار وغبي ولا تفهم شيئا"), ("عمر", "شكرا على هذا التقرير المفيد والواضح")],
    "tr": [("Deniz", "Salak herif, ne yazdığını bilmiyorsun"),
           ("Elif", "Haber için teşekkürler, çok açıklayıcı.")],
    "fa": [("سارا", "خفه شو احمق بی‌شعور"), ("علی", "ممنون از این گزارش دقیق و روشن")],
    "ckb": [("ئارام", "زۆر سوپاس بۆ ئەم هەواڵە گرنگە")],
    "kmr": [("Rêzan", "Spas ji bo vê nûçeyê, pir bi kêr hat.")],
}


class Command(BaseCommand):
    help = __doc__.splitlines()[0]

    def handle(self, *args, **options):
        if Comment.objects.filter(email__startswith=MARK).exists():
            self.stdout.write("Demo comments already there.")
            return
        posted = 0
        n = 0
        for language, comments in COMMENTS.items():
            article = (
                ArticlePage.objects.live().filter(locale__language_code=language, comments_open=True)
                .order_by("-first_published_at").last()
            )
            if article is None:
                continue
            for name, body in comments:
                n += 1
                try:
                    post_comment(article, name=name, email=f"{MARK}{n}@example.org", body=body,
                                 ip_address=f"192.0.2.{n}", check_token=False)
                    posted += 1
                except CommentRefused as exc:
                    self.stderr.write(f"not posted ({exc}): {body[:40]}")
        self.stdout.write(f"{posted} demo comments posted and scored; they wait at /moderation/.")
