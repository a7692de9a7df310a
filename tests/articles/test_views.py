import json
import re
import xml.etree.ElementTree as ET

import pytest

from newsroom.articles.models import ArticlePage

from .conftest import LANGS, RTL, SEED_HEADLINE, SEED_SLUG

XHTML = "{http://www.w3.org/1999/xhtml}"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def html_tag(content):
    return re.search(r"<html[^>]*>", content).group(0)


@pytest.mark.parametrize("lang", LANGS)
def test_every_edition_home_has_lang_and_dir(client, demo, lang):
    response = client.get(f"/{lang}/")
    assert response.status_code == 200
    tag = html_tag(response.content.decode())
    assert f'lang="{lang}"' in tag
    assert f'dir="{"rtl" if lang in RTL else "ltr"}"' in tag
    assert response["Content-Language"] == lang
    # Every edition has at least one story of its own, linked from its front page.
    story = ArticlePage.objects.filter(locale__language_code=lang).first()
    assert story is not None
    assert story.url in response.content.decode()


@pytest.mark.parametrize(
    "lang, latest_heading, policy_words",
    [
        ("en", "The Latest", "moderates all comments"),
        ("ckb", "دوایین هەواڵەکان", "پێشوازی لە ڕەخنەی بنیاتنەر"),
        ("kmr", "Nûçeyên dawî", "rexneyên avaker"),
        ("ar", "آخر الأخبار", "نرحب بالنقد البنّاء"),
        ("tr", "Son Haberler", "yapıcı eleştirileri"),
        ("fa", "آخرین خبرها", "از نقد سازنده"),
    ],
)
def test_article_page_in_every_edition(client, demo, lang, latest_heading, policy_words):
    page = ArticlePage.objects.get(locale__language_code=lang, slug=SEED_SLUG)
    content = client.get(page.url).content.decode()
    tag = html_tag(content)
    assert f'lang="{lang}"' in tag and f'dir="{"rtl" if lang in RTL else "ltr"}"' in tag
    assert latest_heading in content
    assert policy_words in content
    assert page.title in content


def test_seed_article_page_shows_everything(client, demo):
    response = client.get(demo.url)
    assert response.status_code == 200
    content = response.content.decode()
    assert f"<h1 id=\"headline\" class=\"article__headline\">{SEED_HEADLINE}</h1>" in content
    assert '<time datetime="2019-09-24T00:00:00+00:00">24-09-2019</time>' in content
    assert "Lawk Ghafuri" in content
    assert "ERBIL, Kurdistan Region</span> – US-led coalition" in content
    assert "Coalition spokesman Col. Myles Caggins III speaks to Rudaw TV, September 18, 2019." in content
    assert "Photo: Rudaw TV" in content
    assert 'href="/en/middle-east/">Middle East</a>' in content
    # The Latest lists the newer story of the same edition, not other editions' stories.
    latest = content.split('id="latest-heading"')[1].split("</aside>")[0]
    assert "Turkey says won’t attack Rojava if Damascus addresses YPG ‘issue’" in latest
    assert "کاگینز" not in latest
    # The comment policy and the comments slot.
    assert "Comments are not edited – they are either approved or rejected." in content
    # Text size buttons are real buttons with visible A+/A- and an accessible name.
    assert re.search(r'<button type="button"[^>]*aria-label="A\+: larger text">A\+</button>', content)
    assert re.search(r'<button type="button"[^>]*aria-label="A-: smaller text">A-</button>', content)


def test_article_metadata(client, demo):
    content = client.get(demo.url).content.decode()
    canonical = f"http://testserver{demo.url}"
    assert f'<link rel="canonical" href="{canonical}">' in content
    for lang in LANGS:
        assert re.search(rf'<link rel="alternate" hreflang="{lang}" href="http://testserver/{lang}/', content)
    assert f'<meta property="og:url" content="{canonical}">' in content
    assert '<meta property="og:type" content="article">' in content
    assert '<meta property="og:image" content="http://testserver/media/images/' in content
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', content, re.S).group(1)
    data = json.loads(raw)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == SEED_HEADLINE
    assert data["datePublished"].startswith("2019-09-24")
    assert data["author"][0]["name"] == "Lawk Ghafuri"
    assert data["inLanguage"] == "en"


@pytest.mark.parametrize("path", ["/en/feed/", "/en/feed/middle-east/"])
def test_feeds_parse_and_contain_the_article(client, demo, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)
    assert root.find("channel/language").text == "en"
    items = {item.find("link").text: item.find("title").text for item in root.iter("item")}
    assert items[f"http://testserver{demo.url}"] == SEED_HEADLINE
    assert all("/en/" in link for link in items)


def test_feed_per_edition_and_unknown_section(client, demo):
    root = ET.fromstring(client.get("/ar/feed/").content)
    assert root.find("channel/language").text == "ar"
    assert any("/ar/" in item.find("link").text for item in root.iter("item"))
    assert client.get("/en/feed/no-such-section/").status_code == 404


def test_sitemap_lists_translations_with_hreflang(client, demo):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    urls = {}
    for url in root.iter(f"{SM}url"):
        loc = url.find(f"{SM}loc").text
        urls[loc] = {link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")}
    seed = f"http://testserver{demo.url}"
    assert seed in urls
    assert set(urls[seed]) == set(LANGS)
    assert urls[seed]["ckb"] == f"http://testserver/ckb/middle-east/{SEED_SLUG}/"
    # The English-only story has no alternates in other languages.
    turkey = [loc for loc in urls if "turkey-says" in loc]
    assert len(turkey) == 1
    for lang in LANGS:
        assert f"http://testserver/{lang}/" in urls


def test_robots_txt(client, demo):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()


def test_search_finds_seed_by_caggins(client, demo):
    response = client.get("/en/search/", {"q": "Caggins"})
    assert response.status_code == 200
    content = response.content.decode()
    assert demo.url in content
    assert "Turkey says" not in content.split('id="main"')[1]


def test_search_stays_in_its_edition_and_handles_odd_queries(client, demo):
    content = client.get("/ar/search/", {"q": "Caggins"}).content.decode()
    assert f"/en/middle-east/{SEED_SLUG}/" not in content
    assert client.get("/en/search/", {"q": ""}).status_code == 200
    assert client.get("/en/search/", {"q": "x" * 5000}).status_code == 200
    assert client.get("/en/search/", {"q": "'\"%_;--"}).status_code == 200
    assert "No stories found" in client.get("/en/search/", {"q": "qwertyzzz"}).content.decode()
    assert "No stories found" in client.get("/en/search/", {"q": "%%%"}).content.decode()


def test_section_page_lists_its_articles(client, demo):
    response = client.get("/en/middle-east/")
    assert response.status_code == 200
    assert demo.url in response.content.decode()
    assert client.get("/en/middle-east/", {"page": "999"}).status_code == 200


@pytest.mark.parametrize(
    "lang, title",
    [("en", "Page not found"), ("ckb", "پەڕەکە نەدۆزرایەوە"), ("kmr", "Rûpel nehat dîtin"),
     ("ar", "الصفحة غير موجودة"), ("tr", "Sayfa bulunamadı"), ("fa", "صفحه پیدا نشد")],
)
def test_404_in_the_editions_language(client, demo, lang, title):
    response = client.get(f"/{lang}/no/such/page/")
    assert response.status_code == 404
    content = response.content.decode()
    assert title in content
    tag = html_tag(content)
    assert f'lang="{lang}"' in tag and f'dir="{"rtl" if lang in RTL else "ltr"}"' in tag


def test_lists_show_approved_comment_counts_only(client, demo, django_assert_max_num_queries):
    from newsroom.comments.models import Comment
    from newsroom.moderation.actions import decide

    def comment(body):
        return Comment.objects.create(article=demo, name="Reader", email="reader@example.org", body=body,
                                      language="en")

    for body in ("First approved comment", "Second approved comment"):
        decide(comment(body), None, "approve", system=True)
    decide(comment("A rejected comment"), None, "reject", reason="profanity", system=True)
    comment("Still awaiting moderation")

    count_link = f'href="{demo.url}#comments">2 comments</a>'
    for url, params in (("/en/", {}), ("/en/middle-east/", {}), ("/en/search/", {"q": "Caggins"})):
        content = client.get(url, params).content.decode()
        assert count_link in content, url
        assert "3 comments" not in content and "4 comments" not in content
    # One read of the counts kept with the articles for the whole list, no count over the comments.
    with django_assert_max_num_queries(30) as queries:
        client.get("/en/middle-east/")
    assert sum("articles_articlestats" in q["sql"] for q in queries.captured_queries) == 1
    assert sum("comments_comment" in q["sql"] for q in queries.captured_queries) == 0
