"""What search engines and social sites read from a page: canonical and hreflang links, Open
Graph values and NewsArticle JSON-LD. Kept out of the templates so it is testable as data."""

import json

from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from newsroom.articles.visibility import public

# The same escapes as django.utils.html.json_script: JSON inside <script> must not close the tag.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def absolute(request, url):
    return request.build_absolute_uri(url) if request is not None else url


def alternates(page, request):
    """hreflang links to every live translation of the page, including itself."""
    translations = public(page.get_translations(inclusive=True).live()).select_related("locale")
    links = [
        {"lang": t.locale.language_code, "url": absolute(request, t.get_url(request))}
        for t in translations.order_by("locale__language_code")
    ]
    return [link for link in links if link["url"]]


def description(page):
    summary = getattr(page, "summary", "") or page.search_description
    if not summary and getattr(page, "body", ""):
        summary = strip_tags(page.body)
    return Truncator(" ".join(summary.split())).chars(200)


def news_article_json_ld(page, request, image_url=None, section=None):
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title,
        "inLanguage": page.locale.language_code,
        "datePublished": page.date.isoformat(),
        "dateModified": (page.last_published_at or page.date).isoformat(),
        "mainEntityOfPage": absolute(request, page.get_url(request)),
        "description": description(page),
    }
    if page.byline:
        data["author"] = [{"@type": "Person", "name": page.byline}]
    if image_url:
        data["image"] = [image_url]
    if section is not None:
        data["articleSection"] = section.title
    if page.dateline:
        data["locationCreated"] = {"@type": "Place", "name": page.dateline}
    # Safe: JSON of our own data, with <, > and & escaped (_JSON_SCRIPT_ESCAPES), so nothing in it can
    # close the <script type="application/ld+json"> element it goes into.
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES))  # nosec B308, B703
