"""The moderator console with scores: risk order, badges, escaped <mark> evidence, filters, `r`."""

import re

import pytest

from newsroom.scoring.engine import clear_cache

QUEUE = "/moderation/"

FOUR = {
    "profane": ("What a fucking shit decision by the council", "profanity", ("fucking", "shit")),
    "threat": ("I will kill you and your family", "threat", ("kill",)),
    "promo": ("Cheap watches at http://watches.example.com/deal buy now", "promotion",
              ("http://watches.example.com/deal",)),
}
CLEAN = "Thanks for the careful report on the bridge budget vote."


def rows(html):
    """[(comment id, row html)] in page order."""
    return [(int(m.group(1)), m.group(0)) for m in re.finditer(
        r'<tr class="mod-row" id="row-(\d+)".*?</tr>', html, re.S)]


def post_four(post, article):
    clean = post(article, CLEAN)
    posted = {name: post(article, text) for name, (text, _clause, _words) in FOUR.items()}
    return clean, posted


def check_queue(client, moderator, clean, posted):
    client.force_login(moderator)
    html = client.get(QUEUE).content.decode()
    order = rows(html)
    ids = [pk for pk, _ in order]
    assert len(ids) == 4
    assert ids[-1] == clean.pk, "the clean comment comes after the three violations"
    row_of = dict(order)
    for name, (_text, clause, words) in FOUR.items():
        row = row_of[posted[name].pk]
        assert f'data-clause="{clause}"' in row, f"{name}: badge {clause}"
        marked = re.findall(r"<mark[^>]*>(.*?)</mark>", row)
        assert any(w.lower() in m.lower() for m in marked for w in words), f"{name}: evidence {marked}"
    assert "<mark" not in row_of[clean.pk].split('class="mod-row__body"')[1].split("</div>")[0]
    return html


def test_queue_puts_the_three_violations_first_with_badges_and_marks(client, moderator, post, article):
    clean, posted = post_four(post, article)
    check_queue(client, moderator, clean, posted)


def test_queue_with_the_shipped_model(settings, client, moderator, post, article):
    """The same, scored by the real shipped scorer (newsroom/guidelines/artifacts)."""
    settings.GUIDELINES_SCORER = "newsroom.guidelines.backends.LinearScorer"
    clear_cache()
    clean, posted = post_four(post, article)
    assert all(c.score.model_version.startswith("newsroom-linear") for c in posted.values())
    check_queue(client, moderator, clean, posted)


def test_oldest_first_on_request_and_filters(client, moderator, post, article):
    clean, posted = post_four(post, article)
    client.force_login(moderator)
    ids = [pk for pk, _ in rows(client.get(QUEUE, {"order": "oldest"}).content.decode())]
    assert ids == [clean.pk, posted["profane"].pk, posted["threat"].pk, posted["promo"].pk]
    ids = [pk for pk, _ in rows(client.get(QUEUE, {"clause": "threat"}).content.decode())]
    assert ids == [posted["threat"].pk]
    ids = [pk for pk, _ in rows(client.get(QUEUE, {"lane": "senior"}).content.decode())]
    assert ids == [posted["threat"].pk]
    html = client.get(QUEUE, {"lane": "senior"}).content.decode()
    assert "senior review" in html


def test_reject_form_preselects_the_top_clause(client, moderator, post, article):
    comment = post(article, "I will kill you")
    client.force_login(moderator)
    html = client.get(QUEUE).content.decode()
    row = dict(rows(html))[comment.pk]
    assert '<option value="threat" selected>' in row
    assert 'data-top-reason="threat"' in row


def test_row_escapes_hostile_text_around_the_marks(client, moderator, post, article):
    comment = post(article, '<img src=x onerror=alert(1)> shit\nsecond line')
    client.force_login(moderator)
    row = dict(rows(client.get(QUEUE).content.decode()))[comment.pk]
    assert "<img" not in row
    assert "&lt;img src=x onerror=alert(1)&gt;" in row
    assert ">shit</mark><br>" in row


@pytest.mark.parametrize("params", [{"clause": "nonsense"}, {"lane": "x"}, {"order": "x"}])
def test_unknown_queue_options_fall_back_without_error(client, moderator, post, article, params):
    post(article, "shit")
    client.force_login(moderator)
    response = client.get(QUEUE, params)
    assert response.status_code == 200
    assert len(rows(response.content.decode())) == 1
