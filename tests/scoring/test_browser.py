"""A moderator clears a queue of ten mixed comments with the keyboard alone (Debian's chromium).

Risky comments come first; `r` pre-selects the top-scoring clause and Enter takes it; a digit
picks another clause; `a` approves (also overriding the model); j/k move."""

import pytest
from playwright.sync_api import expect, sync_playwright

from newsroom.comments.actions import post_comment
from newsroom.comments.models import Comment
from newsroom.guidelines.clauses import REJECT_REASONS
from newsroom.moderation.models import Decision

from .factories import make_article, make_user

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

# text -> what the moderator does: ("reject", clause, keys) or ("approve", None, keys)
DIGIT_PERSONAL_ATTACK = str(REJECT_REASONS.index("personal_attack") + 1)
PLAN = {
    "I will kill you tonight": ("reject", "threat", ["r", "Enter"]),
    "What a shit idea this is": ("reject", "profanity", ["r", "Enter"]),
    "Cheap loans at https://loans.example.com/now": ("reject", "promotion", ["r", "Enter"]),
    # The suggestion names the kind of abuse when its own score passes the abuse threshold.
    "Those vermin should all leave": ("reject", "xenophobia", ["r", "Enter"]),
    "kill the bill, it wastes money": ("approve", None, ["a"]),  # the model is wrong; a human says so
    "Only an idiot would vote for this": ("reject", "personal_attack", ["r", DIGIT_PERSONAL_ATTACK]),
    "A clear report on the bridge budget": ("approve", None, ["a"]),
    "I agree with the council on this": ("approve", None, ["a"]),
    "When does construction start?": ("approve", None, ["a"]),
    "The budget seems high for one bridge": ("approve", None, ["a"]),
}


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_moderator_clears_ten_mixed_comments_with_the_keyboard(live_server):
    article = make_article(title="Council votes on the bridge budget",
                           body="<p>The city council voted on the bridge budget.</p>")
    for i, text in enumerate(PLAN):
        post_comment(article, name=f"Reader {i}", email=f"reader{i}@example.org", body=text,
                     ip_address="203.0.113.5", check_token=False)  # scored in its transaction
    assert Comment.objects.filter(status="pending", score__status="scored").count() == 10
    make_user("kbd", "moderator", password="pw-kbd-12345")

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.goto(live_server.url + "/moderation/")
            page.fill("[name=username]", "kbd")
            page.fill("[name=password]", "pw-kbd-12345")
            page.keyboard.press("Enter")
            rows = page.locator("tr.mod-row")
            expect(rows).to_have_count(10)
            texts = [rows.nth(i).locator(".mod-row__body").inner_text() for i in range(10)]
            # Risk order: every clean comment comes after every comment the model flags.
            clean_positions = [texts.index(t) for t in PLAN if t.startswith(("A clear", "I agree", "When",
                                                                               "The budget"))]
            assert min(clean_positions) >= 6
            current = page.locator("tr.mod-row.is-current")
            expect(current).to_have_count(1)
            # j/k move the selection.
            page.keyboard.press("j")
            expect(rows.nth(1)).to_have_class("mod-row is-current")
            page.keyboard.press("k")
            expect(rows.nth(0)).to_have_class("mod-row is-current")

            for remaining in range(10, 0, -1):
                text = current.locator(".mod-row__body").inner_text().strip()
                action, clause, keys = PLAN[text]
                for key in keys:
                    page.keyboard.press(key)
                    if key == "r":
                        expect(page.locator("#mod-reasons")).to_be_visible()
                        if keys[1] == "Enter":  # r pre-selected the top-scoring clause
                            expect(page.locator("#mod-reasons li.is-preselected")).to_have_attribute(
                                "data-code", clause)
                expect(rows).to_have_count(remaining - 1)

            page.reload()
            expect(page.locator("tr.mod-row")).to_have_count(0)
        finally:
            browser.close()

    for text, (action, clause, _keys) in PLAN.items():
        comment = Comment.objects.get(body=text)
        decision = Decision.objects.get(comment=comment)
        assert decision.action == action, text
        assert decision.reason == (clause or ""), text
        assert decision.moderator.username == "kbd"
