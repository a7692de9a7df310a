"""Creating editions, sections and articles in code (the importer and the demo use this).

Every function finds before it creates, so running them twice changes nothing."""

import uuid

from django.conf import settings
from django.db import transaction
from django.utils.html import escape
from wagtail.models import Locale, Page, Site

from .models import ArticlePage, HomePage, SectionPage

# Stable translation keys, so the same section or home page in every edition is one translation group.
_KEY_NS = uuid.UUID("2f1c7a52-6a8e-4d8e-9f5e-0c6c4b1f7a10")


def translation_key(name):
    return uuid.uuid5(_KEY_NS, name)


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


@transaction.atomic
def ensure_locale(code):
    if code not in language_codes():
        raise ValueError(f"unknown edition {code!r}; known: {', '.join(language_codes())}")
    locale, _ = Locale.objects.get_or_create(language_code=code)
    return locale


@transaction.atomic
def ensure_home(code, title=None, tagline=""):
    """The HomePage of one edition. Wagtail routes /<lang>/ through the Site's root page translated
    to the active language, so the Site points at the default edition's home, made first."""
    default_code = settings.LANGUAGE_CODE
    if code != default_code:
        ensure_home(default_code)
    locale = ensure_locale(code)
    key = translation_key("home")
    home = HomePage.objects.filter(locale=locale, translation_key=key).first()
    if home is None:
        home = HomePage(
            title=title or settings.WAGTAIL_SITE_NAME, tagline=tagline, slug=f"home-{code}",
            locale=locale, translation_key=key, live=True,
        )
        _tree_root().add_child(instance=home)
    if code == default_code:
        site = Site.objects.filter(is_default_site=True).first()
        if site is None or site.root_page_id != home.pk:
            _point_site_at(site, home)
    return home


def _tree_root():
    """Wagtail's root page (made by its migrations; re-made here after a `flush`)."""
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(
            instance=Page(title="Root", slug="root", locale=ensure_locale(settings.LANGUAGE_CODE))
        )
    return root


def ensure_baseline(**kwargs):
    """post_migrate receiver: the rows Wagtail's own migrations make (the tree's root page with the
    default locale, the root image collection). `flush`, which ends every transactional test,
    empties them and then sends post_migrate again, so they come back before the next test."""
    _tree_root()
    ensure_root_collection()


def ensure_root_collection():
    from wagtail.models import Collection

    return Collection.get_first_root_node() or Collection.add_root(name="Root")


def _point_site_at(site, home):
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True,
                            site_name=settings.WAGTAIL_SITE_NAME)
        return
    old_root = site.root_page
    site.root_page = home
    site.site_name = site.site_name or settings.WAGTAIL_SITE_NAME
    site.save()
    # Wagtail's stock "Welcome to your new Wagtail site!" page is no use to a newsroom.
    if old_root.pk != home.pk and old_root.specific_class is Page and not old_root.get_children().exists():
        old_root.delete()


@transaction.atomic
def ensure_section(home, key, title, slug):
    tkey = translation_key(f"section:{key}")
    section = SectionPage.objects.filter(locale=home.locale, translation_key=tkey).first()
    if section is None:
        section = SectionPage(title=title, slug=slug, locale=home.locale, translation_key=tkey,
                              live=True, show_in_menus=True)
        home.add_child(instance=section)
    return section


def paragraphs_html(paragraphs):
    return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)


FIELDS = ("title", "date", "byline", "dateline", "summary", "body", "lead_caption", "lead_credit")


@transaction.atomic
def upsert_article(parent, *, slug, update=True, translation_of=None, lead_image=None, **fields):
    """Create (and publish) the article `slug` under `parent`, or bring an existing one up to
    date. Returns (page, created, changed). Nothing is written when nothing differs."""
    page = ArticlePage.objects.filter(locale=parent.locale, slug=slug).first()
    if page is None:
        page = ArticlePage(slug=slug, locale=parent.locale, lead_image=lead_image, **fields)
        if translation_of is not None:
            page.translation_key = translation_of.translation_key
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page, True, True
    if not update:
        return page, False, False
    changed = [name for name in FIELDS if name in fields and getattr(page, name) != fields[name]]
    if lead_image is not None and page.lead_image_id != lead_image.pk:
        page.lead_image = lead_image
        changed.append("lead_image")
    if changed:
        for name in changed:
            if name != "lead_image":
                setattr(page, name, fields[name])
        page.save_revision().publish()
    return page, False, bool(changed)
