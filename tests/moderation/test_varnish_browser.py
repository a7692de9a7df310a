"""Varnish in front (Debian's varnish + varnish-modules, installed by `make test`; the shipped VCL,
started on a free port): an anonymous reader gets the cached article, a comment approved in the
console shows on it at once through the xkey purge, and a moderator is never served a cached page."""

import http.client
import io
import re
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import expect, sync_playwright

from newsroom.articles.models import ArticlePage
from newsroom.comments.models import Comment
from tests.comments.factories import make_user
from tests.moderation.test_browser import CHROMIUM_ARGS

VCL = Path(__file__).resolve().parents[2] / "deploy" / "varnish" / "newsroom.vcl"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def vcl_for(backend_port):
    text = VCL.read_text()
    assert '.port = "8000";' in text
    return text.replace('.port = "8000";', f'.port = "{backend_port}";')


@pytest.fixture
def varnish(live_server, settings):
    varnishd = shutil.which("varnishd") or "/usr/sbin/varnishd"
    if not Path(varnishd).exists():
        pytest.fail("varnishd is missing: `make test` installs Debian's varnish and varnish-modules")
    work = Path(tempfile.mkdtemp(prefix="newsroom-varnish-"))
    work.chmod(0o755)  # varnishd's compiler and child run as Debian's unprivileged varnish users
    (work / "newsroom.vcl").write_text(vcl_for(live_server.thread.port))
    (work / "newsroom.vcl").chmod(0o644)
    port = free_port()
    subprocess.run([varnishd, "-a", f"127.0.0.1:{port}", "-f", str(work / "newsroom.vcl"),
                    "-n", str(work / "instance"), "-s", "malloc,32m", "-P", str(work / "varnishd.pid")],
                   check=True, capture_output=True, timeout=60)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):  # up to 10 s for the child to listen
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        settings.FRONT_CACHE_BACKEND = "newsroom.core.frontcache.VarnishPurge"
        settings.VARNISH_PURGE_URLS = [url + "/"]
        yield url
    finally:
        pid = int((work / "varnishd.pid").read_text())
        subprocess.run(["kill", str(pid)], check=False)
        for _ in range(50):
            if subprocess.run(["kill", "-0", str(pid)], capture_output=True).returncode:
                break
            time.sleep(0.1)
        shutil.rmtree(work, ignore_errors=True)


def x_cache(response):
    return response.headers.get("x-cache")


@pytest.mark.browser
def test_cached_article_purged_on_approval_and_never_cached_for_a_moderator(
        varnish, live_server, transactional_db, settings):
    settings.COMMENTS_MIN_FORM_SECONDS = 1
    call_command("load_demo", stdout=io.StringIO())
    article = ArticlePage.objects.filter(locale__language_code="en", comments_open=True).first()
    make_user("cache-mod", "moderator", password="pw-cache-1")
    url = varnish + article.url

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            reader = browser.new_context().new_page()
            first = reader.goto(url)
            assert first.status == 200 and x_cache(first) == "miss"
            again = reader.goto(url)
            assert x_cache(again) == "hit" and article.title in reader.content()
            assert "surrogate-key" not in again.headers and "set-cookie" not in again.headers

            # The comment form of the cached page works through Varnish, with JavaScript...
            reader.locator("#comment-form [name=name]").fill("Alan")
            reader.locator("#comment-form [name=email]").fill("alan.reader@example.org")
            reader.locator("#comment-form [name=body]").fill("Clear reporting, thank you for the context.")
            reader.wait_for_timeout(1100)  # the signed timestamp refuses forms sent back within a second
            reader.locator("#comment-form button[type=submit]").click()
            expect(reader.locator("#comments .comments__confirmation")).to_be_visible(timeout=30_000)
            # ...and without it (a plain POST and a redirect).
            plain = browser.new_context(java_script_enabled=False).new_page()
            plain.goto(url)
            plain.locator("#comment-form [name=name]").fill("Rezan")
            plain.locator("#comment-form [name=email]").fill("rezan.reader@example.org")
            plain.locator("#comment-form [name=body]").fill("A second view, posted without JavaScript.")
            plain.wait_for_timeout(1100)
            plain.locator("#comment-form button[type=submit]").click()
            expect(plain.locator("#comments .comments__confirmation")).to_be_visible(timeout=30_000)
            assert Comment.objects.filter(status="pending").count() == 2
            assert x_cache(reader.goto(url)) == "hit"  # a pending comment changes nothing public

            mod = browser.new_context().new_page()
            mod.goto(varnish + "/moderation/?order=oldest")
            mod.fill("[name=username]", "cache-mod")
            mod.fill("[name=password]", "pw-cache-1")
            mod.click(".mod-login button[type=submit]")
            rows = mod.locator("tr.mod-row")
            expect(rows).to_have_count(2)
            assert "Clear reporting" in rows.first.inner_text()

            # A moderator's session is never answered from the cache, not even a cached page's URL.
            for _ in range(2):
                seen = mod.goto(url)
                assert x_cache(seen) == "miss" and "private" in seen.headers["cache-control"]

            mod.goto(varnish + "/moderation/?order=oldest")
            expect(rows).to_have_count(2)
            mod.keyboard.press("a")  # approve the oldest: Alan's
            expect(rows).to_have_count(1, timeout=30_000)
            assert Comment.objects.get(email="alan.reader@example.org").status == "approved"

            # The decision purged comments-<id>: the reader's very next view is fresh and shows it.
            fresh = reader.goto(url)
            assert x_cache(fresh) == "miss"
            expect(reader.locator("#comments")).to_contain_text("Clear reporting, thank you for the context.")
            assert "second view" not in reader.locator("#comments").inner_text()
            assert x_cache(reader.goto(url)) == "hit"
            assert not re.search(r"[\w.+-]+@[\w-]+\.[\w.-]+", reader.locator("#comments").inner_text())
        finally:
            browser.close()


def _purge_from(varnish_url, source):
    host, port = varnish_url.rsplit("/", 1)[-1].split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=5, source_address=(source, 0))
    try:
        connection.request("PURGE", "/", headers={"xkey-purge": "all"})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def test_purge_only_from_the_apps_address(varnish, transactional_db):
    # 127.0.0.2 is this machine too, but not the app's address: the ACL refuses it.
    status, _ = _purge_from(varnish, "127.0.0.2")
    assert status == 403
    status, body = _purge_from(varnish, "127.0.0.1")
    assert status == 200 and b"Purged" in body
