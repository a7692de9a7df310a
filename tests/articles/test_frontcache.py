"""Readers' pages tell a shared cache how long to keep them and what they show (Surrogate-Key), and
changes to pages purge those keys after commit (newsroom.core.frontcache, articles.surrogates)."""

from django.conf import settings as django_settings
from django.test import Client

from newsroom.articles.models import ArticlePage, HomePage, SectionPage


def keys(response):
    return set(response["Surrogate-Key"].split())


def assert_shared(response):
    assert response.status_code == 200
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"public", "max-age=0", f"s-maxage={django_settings.FRONT_CACHE_SECONDS}"} <= cache_control
    assert "Set-Cookie" not in response and not response.cookies


def test_article_page_names_the_article_its_comments_edition_and_latest(client, demo):
    response = client.get(demo.url)
    assert_shared(response)
    found = keys(response)
    assert {f"article-{demo.pk}", f"comments-{demo.pk}", "edition-en", "latest-en", "all"} <= found
    # The Latest lists the edition's other articles: each of them is named too.
    latest = response.context["latest"]
    assert latest and {f"article-{story.pk}" for story in latest} <= found
    assert not any(k.startswith("latest-") and k != "latest-en" for k in found)


def test_home_and_section_pages_name_listed_articles_and_their_comment_counts(client, demo):
    home = client.get("/en/")
    assert_shared(home)
    assert {"edition-en", "latest-en", f"article-{demo.pk}", f"comments-{demo.pk}"} <= keys(home)
    section = SectionPage.objects.get(locale__language_code="en", slug="middle-east")
    page = client.get(section.url)
    assert_shared(page)
    assert {"edition-en", "latest-en", f"section-{section.pk}", f"article-{demo.pk}",
            f"comments-{demo.pk}"} <= keys(page)
    ar_home = client.get("/ar/")
    assert "edition-ar" in keys(ar_home) and "edition-en" not in keys(ar_home)


def test_feeds_and_sitemap_are_cacheable(client, demo):
    feed = client.get("/en/feed/")
    assert_shared(feed)
    assert {"edition-en", "latest-en"} <= keys(feed)
    section_feed = client.get("/en/feed/middle-east/")
    section = SectionPage.objects.get(locale__language_code="en", slug="middle-east")
    assert f"section-{section.pk}" in keys(section_feed)
    sitemap = client.get("/sitemap.xml")
    assert_shared(sitemap)
    assert keys(sitemap) == {"sitemap", "all"}


def test_a_session_or_a_login_is_never_shared(client, demo, moderator):
    with_session = Client()
    with_session.cookies[django_settings.SESSION_COOKIE_NAME] = "abc"
    private = with_session.get(demo.url)
    assert "private" in private["Cache-Control"] and "no-cache" in private["Cache-Control"]
    assert "s-maxage" not in private["Cache-Control"] and "Surrogate-Key" not in private
    client.force_login(moderator)
    logged_in = client.get(demo.url)
    assert "private" in logged_in["Cache-Control"] and "Surrogate-Key" not in logged_in
    messages = Client()
    messages.cookies["messages"] = "x"
    assert "private" in messages.get("/en/")["Cache-Control"]


def test_pages_nobody_tagged_get_no_shared_caching(client, demo):
    assert "s-maxage" not in client.get("/en/search/", {"q": "isis"}).get("Cache-Control", "")
    assert "Surrogate-Key" not in client.get("/en/no/such/page/")
    assert "Surrogate-Key" not in client.get("/moderation/login/")


def test_no_per_reader_data_in_a_cached_page(demo):
    # Two strangers get byte-identical pages: nothing in the HTML is theirs.
    first, second = Client().get(demo.url), Client().get(demo.url)
    assert first.content == second.content or _same_but_for_tokens(first, second)
    assert "csrftoken" not in first.cookies


def _same_but_for_tokens(first, second):
    # The form's signed tokens carry the second they were made in; a page is cached once, so the
    # only difference allowed between two renderings is that timestamp.
    import re

    strip = re.compile(rb'value="[^"]*:[^"]*"')
    return strip.sub(b"", first.content) == strip.sub(b"", second.content)


def test_publishing_an_article_purges_it_the_latest_its_section_and_the_sitemap(
        demo, purges, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        demo.save_revision().publish()
    section = demo.get_parent()
    assert sorted(purges[-1]) == sorted([f"article-{demo.pk}", "latest-en", f"section-{section.pk}",
                                         "sitemap"])


def test_unpublishing_purges_and_nothing_is_sent_before_the_commit(
        demo, purges, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        demo.unpublish()
        assert purges == []
    for callback in callbacks:
        callback()
    assert f"article-{demo.pk}" in purges[-1] and "latest-en" in purges[-1]


def test_a_new_article_changes_the_latest(demo, purges, django_capture_on_commit_callbacks):
    home = HomePage.objects.get(locale__language_code="en")
    with django_capture_on_commit_callbacks(execute=True):
        story = ArticlePage(title="Breaking", body="<p>News</p>", live=False)
        home.add_child(instance=story)
        story.save_revision().publish()
    assert any("latest-en" in call and f"article-{story.pk}" in call for call in purges)


def test_editing_the_home_page_purges_its_edition(demo, purges, django_capture_on_commit_callbacks):
    home = HomePage.objects.get(locale__language_code="ar")
    with django_capture_on_commit_callbacks(execute=True):
        home.save_revision().publish()
    assert sorted(purges[-1]) == ["edition-ar", "sitemap"]


def test_making_a_page_private_purges_it(demo, purges, django_capture_on_commit_callbacks):
    from wagtail.models import PageViewRestriction

    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=demo, restriction_type="password", password="x")
    assert f"article-{demo.pk}" in purges[-1]
    assert "Surrogate-Key" not in Client().get(demo.url)
