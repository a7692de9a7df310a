"""embed.js on a partner page (another origin): it inserts the
framed thread and resizes the frame from the frame's own messages only."""

import contextlib
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import override_settings
from playwright.sync_api import sync_playwright
from wagtail.models import Locale, Page

from newsroom.moderation.actions import decide
from tests.comments.factories import make_article, make_comment

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
# The partner site: a tiny server on loopback (Chromium refuses a public origin's requests to
# loopback), on another port than live_server's "localhost", so another origin. The port is the one the
# OS finds free, not a fixed one: CI runs the suite on SQLite and PostgreSQL side by side, and a fixed
# port failed one of them with "Address already in use" when both reached this file at once.
HEIGHT = "document.querySelector('iframe').getBoundingClientRect().height"


@contextlib.contextmanager
def partner_site(html):
    """Serve ``html`` on a free loopback port; yields the site's origin."""
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            body = html.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _site_tree():
    # live_server tests start from a flushed database: put back Wagtail's root page and locale.
    Locale.objects.get_or_create(language_code="en")
    if Page.get_first_root_node() is None:
        Page.add_root(title="Root", slug="root", locale=Locale.objects.get(language_code="en"))


@pytest.mark.browser
def test_partner_page_gets_a_resized_thread(live_server, transactional_db):
    _site_tree()
    article = make_article(title="Embedded story")
    for i in range(12):
        comment = make_comment(article, body=f"Reader comment number {i} <script>bad()</script>",
                               email=f"r{i}@example.org")
        decide(comment, None, "approve", system=True)
    partner_html = (
        "<!DOCTYPE html><html><body><p>Partner article</p>"
        f'<script src="{live_server.url}/static/api/embed.js" data-article="{article.pk}" async></script>'
        "<p id=after>After the thread</p></body></html>"
    )
    with (
        partner_site(partner_html) as partner,
        override_settings(EMBED_ALLOWED_ORIGINS=[partner]),
        sync_playwright() as p,
    ):
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.goto(f"{partner}/story")
            frame_element = page.wait_for_selector("iframe")
            frame = frame_element.content_frame()
            frame.wait_for_selector("text=Reader comment number 11")
            assert "<script>bad()</script>" in frame.inner_text("body")  # shown as text
            page.wait_for_function(f"{HEIGHT} > 400")
            height = page.evaluate(HEIGHT)
            # A message from anything but the frame (here: the partner page itself) is ignored.
            # (Resolved once the message was delivered: embed.js's listener, added first, has run.)
            page.evaluate("""([id]) => new Promise(resolve => {
                window.addEventListener("message", () => setTimeout(resolve, 0), {once: true});
                window.postMessage({type: "newsroom-embed:height", article: id, height: 20}, "*");
            })""", [str(article.pk)])
            assert page.evaluate(HEIGHT) == height
            # The thread sits where the script tag was.
            assert page.evaluate(
                "document.querySelector('iframe').previousElementSibling.tagName") == "SCRIPT"
        finally:
            browser.close()


@pytest.mark.browser
def test_a_site_not_in_embed_allowed_origins_cannot_frame_the_thread(live_server, transactional_db):
    _site_tree()
    article = make_article(title="Embedded story")
    comment = make_comment(article, body="Only for allowed sites")
    decide(comment, None, "approve", system=True)
    partner_html = (
        f'<!DOCTYPE html><html><body><script src="{live_server.url}/static/api/embed.js" '
        f'data-article="{article.pk}" async></script></body></html>'
    )
    with (
        override_settings(EMBED_ALLOWED_ORIGINS=["'self'"]),
        partner_site(partner_html) as partner,
        sync_playwright() as p,
    ):
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            with page.expect_response(lambda r: "/embed/" in r.url) as answer:
                page.goto(f"{partner}/story")
            assert "frame-ancestors 'self'" in answer.value.headers["content-security-policy"]
            page.wait_for_function("() => document.querySelector('iframe') !== null")
            frame = page.query_selector("iframe").content_frame()
            if frame is not None:
                frame.wait_for_load_state()  # the refused frame ends on the browser's error page
            assert frame is None or "Only for allowed sites" not in frame.content()
        finally:
            browser.close()
