import io

import pytest
from django.core.management import call_command
from playwright.sync_api import sync_playwright

from newsroom.articles.models import ArticlePage

from .conftest import SEED_SLUG

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
BODY_SIZE = "parseFloat(getComputedStyle(document.querySelector('.article__body p')).fontSize)"


@pytest.fixture
def browser_page():
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page()
        try:
            yield page
        finally:
            browser.close()


# live_server tests run after all the other database tests and start from a flushed database:
# load_demo re-creates Wagtail's root page, locale and site when the migrations' rows are gone.
@pytest.mark.browser
def test_a_plus_enlarges_the_article_text_and_is_remembered(live_server, transactional_db, browser_page):
    call_command("load_demo", stdout=io.StringIO())
    article = ArticlePage.objects.get(locale__language_code="en", slug=SEED_SLUG)
    page = browser_page
    page.goto(live_server.url + article.url)
    start = page.evaluate(BODY_SIZE)

    bigger = page.get_by_role("button", name="A+: larger text")
    assert bigger.inner_text() == "A+"
    bigger.click()
    # The second step by keyboard: the buttons are real, focusable buttons.
    bigger.focus()
    page.keyboard.press("Enter")
    grown = page.evaluate(BODY_SIZE)
    assert grown > start * 1.2

    page.reload()
    assert page.evaluate(BODY_SIZE) == grown
    # ...and on another article of the site too.
    other = ArticlePage.objects.get(slug__startswith="turkey-says")
    page.goto(live_server.url + other.url)
    assert page.evaluate(BODY_SIZE) == grown

    page.get_by_role("button", name="A-: smaller text").click()
    assert page.evaluate(BODY_SIZE) < grown


@pytest.mark.browser
def test_article_reads_without_javascript(live_server, transactional_db):
    call_command("load_demo", stdout=io.StringIO())
    article = ArticlePage.objects.get(locale__language_code="en", slug=SEED_SLUG)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(java_script_enabled=False)
            page = context.new_page()
            page.goto(live_server.url + article.url)
            assert page.locator(".article__body p").first.is_visible()
            assert "Caggins" in page.locator(".article__body").inner_text()
            # Buttons that could not work are not offered.
            assert not page.get_by_role("button", name="A+: larger text").is_visible()
        finally:
            browser.close()
