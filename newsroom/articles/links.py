"""Article URLs without Wagtail's per-page work on every list row.

`article.get_url(request)` finds the request's site (a query), reads the sites' root paths and
reverses the page's path: about a millisecond a page, paid for every row of a console page or an
API list. The URL depends only on the site root paths, the host the request came to and the
article's url_path, so `article_url` remembers it for the process under those; a moved or renamed
article, or a changed site, gets a new entry (and Wagtail itself caches the root paths the same
way until a Site is saved).
"""

_ARTICLE_URLS = {}  # (site root paths, current site, article id, url_path) -> URL, for this process
_ARTICLE_URLS_MAX = 20_000


def article_url(article, request, roots=None):
    """`article.get_url(request)`, remembered for the process: Wagtail works the URL out from the
    site root paths and the page's url_path, so those (and the site the request came to) are the
    key, and a moved or renamed article, or a changed site, gets a new entry. A console page links
    to up to 50 articles, an API page to 50."""
    if roots is None:
        roots = site_roots(article, request)
    key = (roots, article.pk, article.url_path)
    url = _ARTICLE_URLS.get(key)
    if url is None:
        url = article.get_url(request) or ""
        if len(_ARTICLE_URLS) >= _ARTICLE_URLS_MAX:
            _ARTICLE_URLS.clear()
        _ARTICLE_URLS[key] = url
    return url


def site_roots(page, request):
    """What a page's URL depends on besides its own url_path: the sites' root paths (cached on the
    request by Wagtail) and the host the request came to (which picks the current site)."""
    return tuple(page._get_site_root_paths(request)), request.get_host() if request is not None else None


def request_site_roots(request):
    """`site_roots` without a page at hand (a console page reads its articles' ids and url_paths,
    not Wagtail pages): the same key, the root paths cached on the request as Wagtail caches them."""
    from wagtail.models import Page, Site

    if request is None:
        return tuple(Site.get_site_root_paths()), None
    # Page._get_site_root_paths caches on its cache_object (the request) and reads nothing of the
    # page itself when one is given.
    return tuple(Page._get_site_root_paths(None, request)), request.get_host()


def article_urls(paths, request, roots=None):
    """{article id: URL} for {article id: url_path}, as `article_url` gives them: the remembered ones
    without a Wagtail page, the others' pages loaded in one query."""
    from newsroom.articles.models import ArticlePage

    if roots is None:
        roots = request_site_roots(request)
    urls, missing = {}, []
    for pk, url_path in paths.items():
        url = _ARTICLE_URLS.get((roots, pk, url_path))
        if url is None:
            missing.append(pk)
        else:
            urls[pk] = url
    if missing:
        for article in ArticlePage.objects.filter(pk__in=missing):
            urls[article.pk] = article_url(article, request, roots)
    return urls
