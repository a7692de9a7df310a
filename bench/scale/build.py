"""Build a large comment database on PostgreSQL for bench/scale/measure.py, with SQL (minutes,
not hours): articles through Wagtail (so the search index and page tree are real), then comments,
replies, decisions, scores and audit entries with generate_series.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsroom_scale .venv/bin/python \
        bench/scale/build.py [--comments 1000000] [--articles 307] [--no-rollups]
    ... bench/scale/build.py --rollups-only     # the daily roll-ups of a database built --no-rollups
    ... bench/scale/build.py --check-rollups    # the roll-ups by this script's SQL and by the app's
                                                # rebuild, compared (exit 1 if any row differs)

Distributions (chosen to look like the issue's 1M-comment database):
- article popularity is skewed: article rank = floor(N * random()^2.2); the busiest article gets
  about 7% of all comments (the issue's had 5.7%);
- commenters: 100,000 addresses, rank = floor(100000 * random()^2), so a few write thousands;
- time: three years, skewed to recent (age = 3 years * random()^1.5);
- status: 3% pending, 85% approved, 12% rejected; 20% of comments are replies to an approved one;
- every decided comment has one decision (moderator's wait: exponential, mean 1 hour), one audit
  entry; every comment has a score (violation high for rejected comments, low for approved ones).
"""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.dev")

import django  # noqa: E402

django.setup()

from django.contrib.auth.models import User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Locale, Page, Site  # noqa: E402

from newsroom.articles.counts import recount  # noqa: E402
from newsroom.articles.models import ArticlePage, HomePage  # noqa: E402
from newsroom.guidelines.clauses import ABUSE, ABUSE_KINDS  # noqa: E402
from newsroom.moderation.roles import ensure_groups  # noqa: E402
from newsroom.scoring.rollups import BINS_PER_OCTAVE, MODEL_THRESHOLD  # noqa: E402

LANGUAGES = ["en", "ckb", "kmr", "ar", "tr", "fa"]
WORDS = ("the minister said water prices would rise again this summer while farmers in the valley "
         "asked for help after the dam levels fell and roads closed near the border towns").split()


def step(label, sql, params=None):
    started = time.monotonic()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.rowcount
    print(f"{label}: {rows} rows, {time.monotonic() - started:.1f} s", flush=True)


def homes():
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale__language_code="en").first()
    if home is None:
        home = root.add_child(instance=HomePage(title="Newsroom", slug="scale-home"))
    Site.objects.update_or_create(is_default_site=True,
                                  defaults={"hostname": "127.0.0.1", "root_page": home, "port": 80})
    found = {"en": home}
    for lang in LANGUAGES[1:]:
        locale, _ = Locale.objects.get_or_create(language_code=lang)
        translated = home.get_translation_or_none(locale)
        if translated is None:
            translated = home.copy_for_translation(locale)
            translated.save_revision().publish()
        found[lang] = translated
    return found


def articles(count):
    existing = ArticlePage.objects.count()
    by_lang = homes()
    for i in range(existing, count):
        lang = LANGUAGES[i % len(LANGUAGES)]
        title = f"Story {i}: " + " ".join(WORDS[(i * 7 + k) % len(WORDS)] for k in range(6))
        by_lang[lang].add_child(instance=ArticlePage(title=title, slug=f"story-{i}", body="<p>Body</p>"))
    print(f"articles: {ArticlePage.objects.count()}", flush=True)


def users():
    ensure_groups()
    moderator, chief = ensure_groups()
    for name in ("bench-chief", "mod1", "mod2", "mod3", "mod4", "mod5"):
        user, _ = User.objects.get_or_create(username=name, defaults={"email": f"{name}@staff.example"})
        user.set_password("bench-password-1")
        user.is_staff = True
        user.save()
        user.groups.add(chief if name == "bench-chief" else moderator)
    return list(User.objects.filter(username__startswith="mod").values_list("pk", flat=True))


def comments(total, moderators):
    top = int(total * 0.8)
    step("article ranks", """
        CREATE TEMP TABLE bench_articles AS
        SELECT row_number() OVER (ORDER BY p.id) - 1 AS rank, p.id, l.language_code AS lang
        FROM articles_articlepage a JOIN wagtailcore_page p ON p.id = a.page_ptr_id
        JOIN wagtailcore_locale l ON l.id = p.locale_id""")
    step("comments (top level)", f"""
        INSERT INTO comments_comment (article_id, parent_id, name, email, body, language, created_at,
                                      ip_address, status)
        SELECT a.id, NULL, 'Reader ' || u, 'reader' || u || '@example.org',
               'Comment ' || g || ': ' || {words(12)}, a.lang,
               now() - interval '1095 days' * power(random(), 1.5),
               ('10.' || (u %% 250) || '.' || (g %% 250) || '.1')::inet,
               CASE WHEN r < 0.03 THEN 'pending' WHEN r < 0.88 THEN 'approved' ELSE 'rejected' END
        FROM (SELECT g, floor(100000 * power(random(), 2))::int AS u,
                     floor((SELECT count(*) FROM bench_articles) * power(random(), 2.2))::int AS rank,
                     random() AS r FROM generate_series(1, %s) g) s
        JOIN bench_articles a ON a.rank = s.rank""", [top])
    step("comments (replies)", f"""
        INSERT INTO comments_comment (article_id, parent_id, name, email, body, language, created_at,
                                      ip_address, status)
        SELECT p.article_id, p.id, 'Reader ' || u, 'reader' || u || '@example.org',
               'Reply ' || p.id || ': ' || {words(8)}, p.language,
               {not_after_now("p.created_at", "p.wait")},
               ('10.' || (u %% 250) || '.7.1')::inet,
               CASE WHEN r < 0.03 THEN 'pending' WHEN r < 0.88 THEN 'approved' ELSE 'rejected' END
        FROM (SELECT c.*, floor(100000 * power(random(), 2))::int AS u, random() AS r,
                     interval '1 hour' * (random() * 48) AS wait
              FROM comments_comment c WHERE c.status = 'approved' AND c.parent_id IS NULL
              ORDER BY random() LIMIT %s) p""", [total - top])


def decided(moderators):
    """Decisions, audit entries and scores of the comments, then the tables kept beside them that
    the migrations fill for existing rows but a bulk load must fill itself: the queue (QueueEntry)
    and the commenters' counts (CommenterStats)."""
    # The deferred trigger that refuses a decision without its audit entry (moderation migration
    # 0006) checks each row at commit; the bulk load writes the audit entries in the next step, so
    # the trigger is off while the decisions go in.
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_trigger WHERE tgname = 'moderation_decision_needs_audit'")
        guarded = cursor.fetchone() is not None
        if guarded:
            cursor.execute("ALTER TABLE moderation_decision DISABLE TRIGGER moderation_decision_needs_audit")
    step("decisions", f"""
        INSERT INTO moderation_decision (comment_id, action, reason, moderator_id, note, created_at)
        SELECT id, CASE status WHEN 'approved' THEN 'approve' ELSE 'reject' END,
               CASE status WHEN 'approved' THEN ''
                    ELSE (ARRAY['profanity','vulgarity','threat','personal_attack','sexism','racism',
                                'promotion','off_topic'])[1 + (id %% 8)] END,
               (%s::int[])[1 + (id %% %s)], '',
               {not_after_now("created_at", "wait")}
        FROM (SELECT id, status, created_at, interval '1 second' * (-ln(1 - random()) * 3600) AS wait
              FROM comments_comment WHERE status <> 'pending' OFFSET 0) c""", [moderators, len(moderators)])
    step("audit entries", """
        INSERT INTO moderation_auditentry (actor_id, actor_name, action, object_type, object_id, data,
                                           created_at)
        SELECT d.moderator_id, u.username, 'comment.' || d.action, 'comments.comment', d.comment_id::text,
               jsonb_build_object('decision', d.id, 'article', c.article_id, 'result', c.status,
                                  'reason', d.reason, 'previous', 'pending', 'system', false),
               d.created_at
        FROM moderation_decision d JOIN comments_comment c ON c.id = d.comment_id
        JOIN auth_user u ON u.id = d.moderator_id""")
    if guarded:
        with connection.cursor() as cursor:
            cursor.execute("ALTER TABLE moderation_decision ENABLE TRIGGER moderation_decision_needs_audit")
    step("scores", """
        INSERT INTO scoring_score (comment_id, status, error, language, language_confidence, violation,
                                   profanity, vulgarity, threat, personal_attack, abuse, promotion,
                                   off_topic, abuse_kinds, evidence, relatedness, needs_human,
                                   top_clause, model_version, duration_ms, created_at)
        SELECT id, 'scored', '', language, 0.9, v, v * random(), v * random(), v * power(random(), 3),
               v * random(), v * power(random(), 3), v * random(), v * random(), '{}', '[]',
               random(), false, 'profanity', 'bench', 2.0, created_at
        FROM (SELECT c.*, CASE c.status WHEN 'rejected' THEN 1 - power(random(), 2)
                                         WHEN 'approved' THEN power(random(), 3) * 0.6
                                         ELSE random() END AS v
              FROM comments_comment c) s""")
    clauses = ["profanity", "vulgarity", "threat", "personal_attack", "abuse", "promotion", "off_topic"]
    step("queue entries", f"""
        INSERT INTO scoring_queueentry (comment_id, created_at, language, urgent, senior, risk,
                                        {", ".join(clauses)})
        SELECT c.id, c.created_at, c.language, FALSE, FALSE,
               COALESCE(CASE WHEN s.status = 'scored' THEN s.violation END, -1),
               {", ".join(f"CASE WHEN s.status = 'scored' THEN s.{c} END" for c in clauses)}
        FROM comments_comment c LEFT JOIN scoring_score s ON s.comment_id = c.id
        WHERE c.status = 'pending'""")
    from newsroom.scoring.models import Policy
    from newsroom.scoring.queueing import mark_lanes

    mark_lanes(Policy.current())
    step("commenter counts", """
        INSERT INTO comments_commenterstats (email_key, approved, rejected)
        SELECT LOWER(TRIM(email)), SUM(CASE WHEN status = 'approved' THEN 1 ELSE 0 END),
               SUM(CASE WHEN status = 'rejected' THEN 1 ELSE 0 END)
        FROM comments_comment WHERE status IN ('approved', 'rejected') GROUP BY LOWER(TRIM(email))""")


def not_after_now(start, wait):
    """SQL: start + wait, or, where that is past now, a time drawn between start and now; `wait` is a
    column drawn once per row (in a subquery that is not flattened: LIMIT, OFFSET 0). (It was
    LEAST(now(), ...): every capped reply and decision then had the build's now() to the
    microsecond, 11,105 decisions of the 5M build, 2,318 of the 1M one, which made the simulation's
    "5,000 most recent decisions" read and sort the whole tie: docs/benchmarks.md, seventh pass.)"""
    return (f"CASE WHEN {start} + {wait} <= now() THEN {start} + {wait}"
            f" ELSE {start} + (now() - {start}) * random() END")


def words(n):
    parts = [f"(ARRAY{WORDS!r})[1 + floor(random() * {len(WORDS)})::int]" for _ in range(n)]
    return " || ' ' || ".join(parts)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--comments", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=307)
    parser.add_argument("--no-rollups", action="store_true", help="stop before the daily roll-ups")
    parser.add_argument("--rollups-only", action="store_true",
                        help="only the daily roll-ups (and VACUUM ANALYZE) of a database built before")
    parser.add_argument("--check-rollups", action="store_true",
                        help="write the roll-ups of a built database with this script's SQL and with the"
                             " app's rebuild (manage.py rollup_stats --all), and compare them")
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        sys.exit("bench/scale builds on PostgreSQL: set DATABASE_URL.")
    call_command("migrate", verbosity=0)
    started = time.monotonic()
    if args.check_rollups:
        sys.exit(check_rollups())
    if args.rollups_only:
        rollups()
        print(f"built in {time.monotonic() - started:.0f} s", flush=True)
        return
    articles(args.articles)
    moderators = users()
    from newsroom.comments.models import Comment

    if Comment.objects.exists():  # a build that stopped after the comments: go on from there
        print("comments already there: adding what follows them", flush=True)
    else:
        comments(args.comments, moderators)
    decided(moderators)
    print(f"article counts: {recount()} articles", flush=True)
    with connection.cursor() as cursor:  # before the roll-ups: planned without statistics, their
        cursor.execute("ANALYZE")  # per-decision subqueries ran for over half an hour
    if args.no_rollups:
        print("roll-ups left out (--no-rollups)", flush=True)
    else:
        rollups()
    print(f"built in {time.monotonic() - started:.0f} s", flush=True)


def rollups():
    """The dashboard's daily roll-ups (scoring.DailyCount) of every day, as `manage.py rollup_stats
    --all` (newsroom.scoring.rollups.rebuild) writes them, in one INSERT ... SELECT. The app's
    rebuild reads every decision into Python with two correlated subqueries each (its first
    decision and its last human one) and counts it there: at 1M, 99 s, of which the query is 7.5 s
    in the server; the rest is Python per decision, so about 8 minutes at 5M, which the fifth
    pass's 5M build stopped after one. Here the same keys are grouped in the database, with window
    functions for first and last: 17.6 s at 1M. `--check-rollups` compares the two on a built
    database (0 of 598,462 rows differ at 1M); tests/scoring/test_rollups.py does on a small one."""
    started = time.monotonic()
    rows = write_rollups()
    print(f"roll-ups: {rows} rows, {time.monotonic() - started:.1f} s", flush=True)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def write_rollups():
    """Replace every roll-up row with ROLLUPS_SQL's, in one transaction; returns the rows written."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL work_mem = '256MB'")  # the sorts and hashes of 5M rows in memory
        cursor.execute("DELETE FROM scoring_dailycount")
        cursor.execute(ROLLUPS_SQL, {"tz": timezone.get_current_timezone_name(),
                                     "abuse": ABUSE, "abuse_kinds": list(ABUSE_KINDS),
                                     "threshold": MODEL_THRESHOLD, "bins": BINS_PER_OCTAVE})
        return cursor.rowcount


def check_rollups():
    """0 when this script's roll-ups and the app's rebuild() are the same rows, else 1."""
    from newsroom.scoring.rollups import rebuild

    rollups()
    with connection.cursor() as cursor:
        cursor.execute("CREATE TEMP TABLE bench_rollups AS SELECT day, kind, key, n FROM scoring_dailycount")
    started = time.monotonic()
    rebuild()
    print(f"the app's rebuild(): {time.monotonic() - started:.1f} s", flush=True)
    with connection.cursor() as cursor:
        cursor.execute("SELECT kind, count(*), sum(n) FROM scoring_dailycount GROUP BY kind ORDER BY kind")
        print("rows and counts by kind:", cursor.fetchall())
        cursor.execute("""SELECT 'only in build.py', * FROM (SELECT day, kind, key, n FROM bench_rollups
                          EXCEPT SELECT day, kind, key, n FROM scoring_dailycount) a
                          UNION ALL SELECT 'only in rebuild()', * FROM (
                          SELECT day, kind, key, n FROM scoring_dailycount
                          EXCEPT SELECT day, kind, key, n FROM bench_rollups) b ORDER BY 3, 4, 2""")
        differences = cursor.fetchall()
    for row in differences[:20]:
        print(*row)
    print(f"{len(differences)} rows differ", flush=True)
    return 1 if differences else 0


# The keys of newsroom.scoring.rollups.rebuild: "submitted" <article> per comment; per decision
# that is not an undo, "decision" <outcome>|<language>|<human or system>; for the comment's first
# decision (by time, then id, undos included) "first" and "wait" <bin of the seconds from the
# comment to it>; for its last human decision (undos included) when this is a human one, "agree"
# <model>|<action>|<language> or "unscored". Days in the current time zone; Python's round() of a
# float and PostgreSQL's round() of a double both round a half to even. Written in day order, as a
# site writes them day by day: in the order of a hash (as grouped) or of the comments' ids (as
# rebuild() writes them) the rows of a 90-day window sat on 2-2.3 times as many pages.
ROLLUPS_SQL = """
    WITH d AS (
        SELECT id, comment_id, created_at, action, reason, moderator_id,
               first_value(id) OVER (PARTITION BY comment_id ORDER BY created_at, id) AS first_id,
               first_value(id) OVER (PARTITION BY comment_id
                                     ORDER BY moderator_id IS NULL, created_at DESC, id DESC) AS last_human_id
        FROM moderation_decision),
    e AS (
        SELECT d.*, (d.created_at AT TIME ZONE %(tz)s)::date AS day,
               COALESCE(NULLIF(c.language, ''), '?') AS lang,
               c.created_at AS submitted_at, s.status AS score_status, s.violation,
               s.language AS score_language
        FROM d JOIN comments_comment c ON c.id = d.comment_id
        LEFT JOIN scoring_score s ON s.comment_id = d.comment_id
        WHERE d.action <> 'undo')
    INSERT INTO scoring_dailycount (day, kind, key, n)
    SELECT day, kind, key, count(*) FROM (
        SELECT (created_at AT TIME ZONE %(tz)s)::date AS day, 'submitted' AS kind, article_id::text AS key
        FROM comments_comment
        UNION ALL
        SELECT day, 'decision',
               CASE WHEN action = 'approve' THEN 'approved'
                    WHEN reason = ANY(%(abuse_kinds)s) THEN %(abuse)s
                    WHEN reason IS NULL OR reason = '' THEN '?' ELSE reason END
               || '|' || lang || '|' || CASE WHEN moderator_id IS NULL THEN 'system' ELSE 'human' END
        FROM e
        UNION ALL
        SELECT day, 'first', '' FROM e WHERE id = first_id
        UNION ALL
        SELECT day, 'wait',
               round(ln(1 + GREATEST(EXTRACT(EPOCH FROM created_at - submitted_at)::float8, 0))
                     / ln(2::float8) * %(bins)s)::bigint::text
        FROM e WHERE id = first_id
        UNION ALL
        SELECT day, 'agree',
               CASE WHEN score_status IS DISTINCT FROM 'scored' OR violation IS NULL THEN 'unscored'
                    ELSE CASE WHEN violation >= %(threshold)s THEN 'reject' ELSE 'approve' END
                         || '|' || action || '|' || COALESCE(NULLIF(score_language, ''), lang) END
        FROM e WHERE moderator_id IS NOT NULL AND id = last_human_id) k
    GROUP BY day, kind, key
    ORDER BY day, kind, key"""


if __name__ == "__main__":
    main()
