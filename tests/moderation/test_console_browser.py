"""The console and the reader's form in Debian's chromium (issue 10): layouts at 1280 and 390 px in
an LTR and an RTL edition, the keyboard (incl. `r` on a row far down), undo, a live arrival, the
report flow, the form's inline errors and counter, and axe-core on the pages moderators and readers
use."""

import re

import pytest
from playwright.sync_api import expect, sync_playwright

from newsroom.comments.actions import post_comment
from newsroom.comments.models import Comment, Report
from newsroom.moderation.actions import decide
from newsroom.moderation.models import AuditEntry, Decision
from tests.a11y import serious_violations
from tests.comments.factories import make_article, make_user

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TEXTS = [
    "Thank you for the careful reporting on the bridge.",
    "Cheap loans at https://loans.example.com/now call 555-123-4567",
    "Only an idiot would vote for this, you moron.",
    "When does construction start on the east side?",
    "The budget seems high for one bridge. " * 40,  # long: collapses behind "more"
]


def fill_queue(article, n, start=0):
    comments = []
    for i in range(start, start + n):
        comments.append(
            post_comment(
                article,
                name=f"Reader {i}",
                email=f"reader{i % 7}@example.org",
                body=f"{TEXTS[i % len(TEXTS)]} ({i})",
                ip_address=f"203.0.113.{i % 250}",
                check_token=False,
            )
        )
    return comments


def sign_in(page, base, username, password):
    page.goto(base + "/moderation/login/")
    page.fill("[name=username]", username)
    page.fill("[name=password]", password)
    page.click(".mod-login button[type=submit]")
    page.wait_for_url(re.compile(r"/moderation/$"))


def in_viewport(page, locator):
    box = locator.bounding_box()
    size = page.viewport_size
    return (
        box is not None
        and box["x"] >= 0
        and box["y"] >= 0
        and box["x"] + box["width"] <= size["width"] + 0.5
        and box["y"] + box["height"] <= size["height"] + 0.5
    )


@pytest.fixture
def browser():
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_console_at_1280_and_390_px_in_ltr_and_rtl(live_server, browser):
    fill_queue(
        make_article(title="Council votes on the bridge budget, and the long title goes on and on"), 12
    )
    make_user("layout", "moderator", password="pw-layout-1")
    for locale, direction in (("en", "ltr"), ("ar", "rtl")):
        for width, height in ((1280, 800), (390, 844)):
            context = browser.new_context(
                viewport={"width": width, "height": height}, locale=locale, bypass_csp=True
            )
            page = context.new_page()
            sign_in(page, live_server.url, "layout", "pw-layout-1")
            assert page.locator("html").get_attribute("dir") == direction
            expect(page.locator(".site-nav")).to_have_count(0)  # the console's own layout
            rows = page.locator("tr.mod-row")
            expect(rows).to_have_count(12)
            assert page.evaluate("document.documentElement.scrollWidth") <= width  # no horizontal scroll
            first = rows.first
            for button in (first.locator(".mod-approve"), first.locator(".mod-reject")):
                box = button.bounding_box()
                assert box["x"] >= 0 and box["x"] + box["width"] <= width, (locale, width)
            if width == 1280:
                visible = page.evaluate("""() => [...document.querySelectorAll('tr.mod-row')]
                    .filter(r => r.getBoundingClientRect().bottom <= innerHeight).length""")
                assert visible >= 8, visible
                # Long comments collapse behind "more"; article titles stay on one line.
                long_row = rows.filter(has_text="The budget seems high").first
                body = long_row.locator(".mod-row__body")
                assert body.bounding_box()["height"] < 60
                long_row.locator(".mod-more").click()
                assert body.bounding_box()["height"] > 100
                title = first.locator(".mod-row__article")
                assert title.bounding_box()["height"] < 25
                assert serious_violations(page) == [], (locale, width)
            context.close()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_keyboard_far_down_undo_help_and_live_arrival(live_server, browser, settings):
    settings.MODERATION_LIVE_SECONDS = 1
    article = make_article(title="Bridge budget")
    fill_queue(article, 25)
    make_user("keys", "moderator", password="pw-keys-1")
    page = browser.new_context(viewport={"width": 1280, "height": 800}).new_page()
    sign_in(page, live_server.url + "", "keys", "pw-keys-1")
    page.goto(live_server.url + "/moderation/?order=oldest")
    rows = page.locator("tr.mod-row")
    expect(rows).to_have_count(25)
    for _ in range(17):
        page.keyboard.press("j")
    current = page.locator("tr.mod-row.is-current")
    expect(current).to_have_attribute("id", rows.nth(17).get_attribute("id"))
    target_id = int(current.get_attribute("data-id"))
    page.keyboard.press("r")
    picker = page.locator("#mod-reasons")
    expect(picker).to_be_visible()
    assert current.locator("#mod-reasons").count() == 1  # opened beside the current comment...
    assert in_viewport(page, picker)  # ...and on screen
    expect(picker.locator("li kbd")).to_have_count(14)
    page.keyboard.press("4")  # personal attack
    expect(rows).to_have_count(24)
    toast = page.locator(".mod-toast")
    expect(toast).to_contain_text(f"Comment {target_id} rejected: Personal attack.")
    expect(page.locator("#mod-undo")).to_be_visible()
    expect(page.locator("#mod-heading-count")).to_contain_text("24")
    assert Comment.objects.get(pk=target_id).status == "rejected"

    page.keyboard.press("u")  # undo: back in the queue, audited as a reversal
    expect(toast).to_contain_text(f"Comment {target_id} is back in the queue.")
    expect(rows).to_have_count(25)
    assert Comment.objects.get(pk=target_id).status == "pending"
    assert AuditEntry.objects.filter(action="comment.reverse", object_id=str(target_id)).exists()

    page.keyboard.press("?")
    expect(page.locator("#mod-help")).to_be_visible()
    expect(page.locator("#mod-help")).to_contain_text("undo your last decision")
    page.keyboard.press("Escape")
    expect(page.locator("#mod-help")).to_be_hidden()

    # A comment arrives while the console is open: it appears, and the count follows.
    newcomer = fill_queue(article, 1, start=100)[0]
    expect(page.locator(f"#row-{newcomer.pk}")).to_be_visible(timeout=10000)
    expect(page.locator("#mod-heading-count")).to_contain_text("26")
    # Decided elsewhere: the row leaves without a reload.
    decide(newcomer, make_user("other", "moderator"), "approve")
    expect(page.locator(f"#row-{newcomer.pk}")).to_have_count(0, timeout=10000)

    # Enter takes the suggested clause only when a clause passes its threshold.
    spam = rows.filter(has_text="Cheap loans").first
    spam.click(position={"x": 200, "y": 10})
    assert spam.get_attribute("data-suggested") == "promotion"
    page.keyboard.press("r")
    page.keyboard.press("Enter")
    expect(toast).to_contain_text("rejected: Commercial or personal promotion.")


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_reader_reports_a_comment_and_a_moderator_rejects_it(live_server, browser, settings):
    settings.COMMENTS_MIN_FORM_SECONDS = 0
    article = make_article(title="Bridge budget")
    published = fill_queue(article, 2)
    boss = make_user("boss", "moderator", password="pw-boss-1")
    for comment in published:
        decide(comment, boss, "approve")
    reader = browser.new_context(bypass_csp=True).new_page()
    reader.goto(live_server.url + article.url)
    target = reader.locator(f"#comment-{published[0].pk}")
    target.locator("a.comment__report").click()
    form = target.locator("form.report-form")
    expect(form).to_be_visible()
    form.locator("button[type=submit]").click()  # no clause chosen yet
    expect(form.locator(".report-form__status")).to_contain_text("Choose the guideline")
    form.get_by_label("Personal attack").check()
    form.locator("button[type=submit]").click()
    expect(target).to_contain_text("A moderator will look at this comment")
    report = Report.objects.get()
    assert report.reason == "personal_attack" and report.comment_id == published[0].pk
    reader.reload()
    expect(reader.locator(f"#comment-{published[0].pk}")).to_be_visible()  # still public

    mod = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    sign_in(mod, live_server.url, "boss", "pw-boss-1")
    expect(mod.locator('[data-count="reported"]')).to_have_text("1")
    mod.click(".mod-lanes a[href='/moderation/reported/']")
    row = mod.locator("tr.mod-row")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("1 report")
    expect(row).to_contain_text("Personal attack × 1")
    mod.keyboard.press("r")
    mod.keyboard.press("Enter")  # the reported reason is suggested
    expect(row).to_have_count(0)
    assert Comment.objects.get(pk=published[0].pk).status == "rejected"
    assert Decision.objects.filter(comment=published[0], action="reject").get().reason == "personal_attack"
    assert AuditEntry.objects.filter(action="report.reject").exists()
    reader.reload()
    expect(reader.locator(f"#comment-{published[0].pk}")).to_have_count(0)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_reader_form_errors_counter_and_accessibility(live_server, browser, settings):
    settings.COMMENTS_MIN_FORM_SECONDS = 0
    article = make_article(title="Bridge budget")
    boss = make_user("a11y", "moderator", password="pw-a11y-1")
    parent = fill_queue(article, 1)[0]
    decide(parent, boss, "approve")
    page = browser.new_context(bypass_csp=True).new_page()
    page.goto(live_server.url + article.url)
    assert serious_violations(page) == []  # the article page

    page.locator("a.comment__reply").click()
    expect(page.locator("#comment-form-replying")).to_contain_text("Replying to Reader 0")
    page.locator(".comment-form__cancel").click()
    expect(page.locator("#comment-form-replying")).to_be_hidden()

    body = page.locator("#id_body")
    counter = page.locator("#id_body-count")
    body.fill("Hello")
    expect(counter).to_have_text("5 of 5000 characters")
    text = "x" * 5100
    body.fill(text)
    expect(counter).to_have_text("5100 of 5000 characters: 100 too many")
    page.fill("#id_email", "not an email")
    page.click(".comment-form__submit")
    summary = page.locator("#comment-form-summary")
    expect(summary).to_be_visible()
    expect(summary.locator("a[href='#id_body']")).to_contain_text("it has 5100")
    expect(body).to_have_attribute("aria-invalid", "true")
    assert "id_body-error" in body.get_attribute("aria-describedby")
    assert body.input_value() == text  # kept, never cut
    assert Comment.objects.count() == 1

    body.fill("A fair point about the bridge.")
    page.click(".comment-form__submit")  # the server's own errors: name and email
    expect(page.locator("#id_name")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#id_email")).to_have_attribute("aria-invalid", "true")
    expect(summary.locator("a")).to_have_count(2)
    expect(body).not_to_have_attribute("aria-invalid", "true")
    assert serious_violations(page) == []  # the form showing errors

    page.fill("#id_name", "Hana")
    page.fill("#id_email", "hana@example.org")
    page.click(".comment-form__submit")
    expect(page.locator(".comments__confirmation")).to_contain_text("awaiting moderation")
    expect(summary).to_be_hidden()

    mod = browser.new_context(viewport={"width": 1280, "height": 800}, bypass_csp=True).new_page()
    sign_in(mod, live_server.url, "a11y", "pw-a11y-1")
    expect(mod.locator("tr.mod-row")).to_have_count(1)
    assert serious_violations(mod) == []  # the console
    mod.keyboard.press("?")
    assert serious_violations(mod) == []  # with the key help open
    mod.goto(live_server.url + "/moderation/scoring/dashboard/")
    assert serious_violations(mod) == []  # the dashboard
