"""The whole journey in Debian's chromium: readers post in English and Arabic, a moderator signs
in and decides both with the keyboard, and only the approved comment is ever public."""

import io
import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect, sync_playwright

from newsroom.articles.models import ArticlePage
from newsroom.comments.models import Comment
from tests.comments.factories import make_user

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")


def post_comment(page, url, name, email, body):
    page.goto(url)
    form = page.locator("#comment-form")
    form.locator("[name=name]").fill(name)
    form.locator("[name=email]").fill(email)
    form.locator("[name=body]").fill(body)
    page.wait_for_timeout(1100)  # the signed timestamp refuses forms sent back within a second
    form.locator("button[type=submit]").click()
    status = page.locator("#comments .comments__status")
    expect(status.locator(".comments__confirmation")).to_be_visible()
    return status.inner_text()


@pytest.mark.browser
def test_post_moderate_with_keyboard_and_publish(live_server, transactional_db, settings):
    settings.COMMENTS_MIN_FORM_SECONDS = 1
    call_command("load_demo", stdout=io.StringIO())
    english = ArticlePage.objects.filter(locale__language_code="en", comments_open=True).first()
    arabic = ArticlePage.objects.filter(locale__language_code="ar", comments_open=True).first()
    make_user("keyboard-mod", "moderator", password="pw-keyboard-1")
    en_url, ar_url = live_server.url + english.url, live_server.url + arabic.url

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            reader = browser.new_context().new_page()
            text = post_comment(reader, en_url, "Alan", "alan.reader@example.org",
                                "Clear reporting, thank you for the context.")
            assert "awaiting moderation" in text
            text = post_comment(reader, ar_url, "ليلى", "layla.reader@example.org",
                                "هذا تعليق مسيء لا يجب نشره أبدًا")
            assert "awaiting moderation" not in text and text.strip()
            assert reader.locator("html").get_attribute("dir") == "rtl"
            assert Comment.objects.filter(status="pending").count() == 2

            mod = browser.new_context().new_page()
            mod.goto(live_server.url + "/moderation/?order=oldest")  # risk order is the default (issue 5)
            assert "/moderation/login/" in mod.url
            mod.fill("[name=username]", "keyboard-mod")
            mod.fill("[name=password]", "pw-keyboard-1")
            mod.click(".mod-login button[type=submit]")
            rows = mod.locator("tr.mod-row")
            expect(rows).to_have_count(2)
            # Oldest first: the English comment is the current row.
            expect(rows.first).to_have_class(re.compile("is-current"))
            assert "Clear reporting" in rows.first.inner_text()
            assert "alan.reader@example.org" in rows.first.inner_text()  # moderators see emails
            mod.keyboard.press("a")
            expect(rows).to_have_count(1)
            expect(rows.first).to_have_class(re.compile("is-current"))
            mod.keyboard.press("r")
            expect(mod.locator("#mod-reasons")).to_be_visible()
            mod.keyboard.press("4")  # personal_attack, the 4th clause
            expect(rows).to_have_count(0)

            english_comment = Comment.objects.get(email="alan.reader@example.org")
            arabic_comment = Comment.objects.get(email="layla.reader@example.org")
            assert english_comment.status == "approved"
            assert arabic_comment.status == "rejected"
            assert arabic_comment.decisions.get().reason == "personal_attack"

            public = browser.new_context().new_page()
            public.goto(en_url)
            expect(public.locator("#comments")).to_contain_text("Clear reporting, thank you")
            public.goto(ar_url)
            assert "هذا تعليق مسيء" not in public.content()
            for url in (en_url, ar_url, live_server.url + "/en/", live_server.url + "/ar/",
                        live_server.url + "/en/feed/"):
                public.goto(url)
                html = public.content()
                assert "alan.reader@example.org" not in html and "layla.reader@example.org" not in html
                assert not [e for e in EMAIL_RE.findall(html) if "reader@" in e]
        finally:
            browser.close()
