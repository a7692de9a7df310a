"""The queue as the scores arrange it, and what each row shows (template tags used by the console)."""

from django.template import Context, Template

from newsroom.comments.models import Comment
from newsroom.scoring.actions import update_policy
from newsroom.scoring.models import Policy
from newsroom.scoring.queue import arrange, highlight, reason_digit

from .factories import make_comment


def pending():
    return Comment.objects.filter(status="pending")


def test_risk_order_puts_the_three_violations_before_the_clean_one(post, article):
    clean = post(article, "Thanks, a clear report on the bridge budget.")
    profane = post(article, "What a shit decision")
    threat = post(article, "I will kill you")
    promo = post(article, "Cheap loans at https://loans.example.com/offer today")
    order = list(arrange(pending()))
    assert order[-1] == clean
    assert set(order[:3]) == {profane, threat, promo}
    assert list(arrange(pending(), order="oldest")) == [clean, profane, threat, promo]


def test_unscored_comments_come_last_in_risk_order_but_are_not_lost(post, article):
    scored = post(article, "shit")
    unscored = make_comment(article, "Not scored yet")
    assert list(arrange(pending())) == [scored, unscored]


def test_filter_per_clause_and_senior_lane(post, article, chief):
    threat = post(article, "I will kill you")
    profane = post(article, "shit")
    abuse = post(article, "those vermin")
    post(article, "Nice bridge")
    assert list(arrange(pending(), clause="threat")) == [threat]
    assert list(arrange(pending(), clause="profanity")) == [profane]
    assert set(arrange(pending(), lane="senior")) == {threat, abuse}
    update_policy(chief, {"threat": {"senior": ""}})  # switch the threat lane off
    assert list(arrange(pending(), lane="senior")) == [abuse]


def test_highlight_escapes_everything_and_marks_only_evidence():
    text = '<script>alert(1)</script> you idiot & "friends"'
    start = text.index("idiot")
    html = highlight(text, [{"category": "personal_attack", "start": start, "end": start + 5},
                            {"category": "x", "start": 500, "end": 900}])
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert '>idiot</mark>' in html
    assert html.count("<mark") == 1
    assert "&amp; &quot;friends&quot;" in html


def test_highlight_merges_overlapping_spans():
    html = highlight("abcdefgh", [{"category": "a", "start": 1, "end": 4},
                                  {"category": "b", "start": 3, "end": 6}])
    assert html.count("<mark") == 1
    assert "a<mark" in html and ">bcdef</mark>gh" in html


def test_evidence_inside_markup_like_text_cannot_inject(post, article):
    comment = post(article, 'shit"><img src=x onerror=alert(1)>')
    html = Template("{% load scoring %}{% scoring_text c %}").render(Context({"c": comment}))
    assert "<img" not in html
    assert "<mark" in html and "&lt;img" in html


def test_row_badges_language_evidence_and_relatedness(post, article):
    comment = post(article, "I will kill you over the bridge budget")
    html = Template("{% load scoring %}{% scoring_badges c %}<p>{% scoring_text c %}</p>"
                    "<li {% scoring_row_attrs c %}>").render(Context({"c": comment}))
    assert 'data-clause="threat"' in html
    assert "senior review" in html
    assert 'data-clause="profanity"' not in html
    assert ">en 0.90<" in html
    assert "related" in html
    assert "<mark" in html and ">kill</mark>" in html
    assert 'data-top-reason="threat"' in html
    assert f'data-top-digit="{reason_digit("threat")}"' in html


def test_needs_human_and_not_scored_rows(settings, post, article):
    sorani = post(article, "زۆر سوپاس بۆ ئەم هەواڵە")
    html = Template("{% load scoring %}{% scoring_badges c %}").render(Context({"c": sorani}))
    assert "needs human" in html and ">ckb 0.90<" in html
    settings.GUIDELINES_SCORER = "tests.scoring.fakes.BrokenScorer"
    from newsroom.scoring.engine import clear_cache

    clear_cache()
    broken = post(article, "Scorer fails on this one")
    html = Template("{% load scoring %}{% scoring_badges c %}").render(Context({"c": broken}))
    assert "not scored" in html


def test_badge_threshold_is_the_policy(post, article, chief):
    comment = post(article, "you idiot")  # personal_attack 0.70
    tpl = Template("{% load scoring %}{% scoring_badges c %}")
    assert 'data-clause="personal_attack"' in tpl.render(Context({"c": comment}))
    update_policy(chief, {"personal_attack": {"badge": "0.8"}})
    assert Policy.current().threshold("personal_attack", "badge") == 0.8
    assert 'data-clause="personal_attack"' not in tpl.render(Context({"c": comment}))


def test_reason_digits_follow_the_console_numbering():
    from newsroom.guidelines.clauses import REJECT_REASONS

    assert reason_digit(REJECT_REASONS[0]) == "1"
    assert reason_digit(REJECT_REASONS[8]) == "9"
    assert reason_digit(REJECT_REASONS[9]) == "0"
    assert reason_digit("nonsense") == ""


def _scored(article, body, **scores):
    """A pending comment with a score row of the given clause values (the rest low)."""
    from newsroom.scoring.models import Score

    comment = make_comment(article, body)
    values = {"profanity": 0.01, "vulgarity": 0.01, "threat": 0.01, "personal_attack": 0.01, "abuse": 0.01,
              "promotion": 0.01, "off_topic": None, "violation": 0.01}
    values.update(scores)
    Score.objects.create(comment=comment, status=Score.Status.SCORED, language="en", model_version="t",
                         **values)
    return comment


def test_urgent_lane_comes_first_whatever_the_other_scores(db, article, chief):
    swear = _scored(article, "This is total bullshit", profanity=0.99, violation=0.99)
    threat = _scored(article, "I know where you live", threat=0.6, violation=0.6)
    hate = _scored(article, "they are vermin", abuse=0.55, violation=0.55)
    clean = _scored(article, "Thanks")
    order = list(arrange(pending()))
    assert order == [threat, hate, swear, clean]  # urgent first, each part by violation
    assert set(arrange(pending(), lane="urgent")) == {threat, hate}
    update_policy(chief, {"threat": {"urgent": ""}, "abuse": {"urgent": "0.9"}})  # chief moves the lane
    assert list(arrange(pending(), lane="urgent")) == []
    assert list(arrange(pending()))[0] == swear


def test_urgent_row_badge(db, article):
    from newsroom.scoring.queue import row_info
    threat = _scored(article, "I know where you live", threat=0.6, violation=0.6)
    assert row_info(threat, Policy.current())["urgent"] is True
    calm = _scored(article, "fine", threat=0.2, violation=0.2)
    assert row_info(calm, Policy.current())["urgent"] is False
