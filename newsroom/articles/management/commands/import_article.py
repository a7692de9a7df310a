import datetime as dt
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.text import slugify

from newsroom.articles import editions
from newsroom.articles.importer import MalformedArticle, parse
from newsroom.articles.models import SectionPage


def publication_datetime(date):
    return dt.datetime.combine(date, dt.time(0, 0), tzinfo=dt.UTC)


def import_file(path, lang, section_slug=None, slug=None, lead_image=None, stdout=None):
    """Parse `path` and create or update its article in edition `lang`. Raises CommandError."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CommandError(f"Cannot read {path}: {exc}") from exc
    try:
        parsed = parse(text)
    except MalformedArticle as exc:
        raise CommandError(f"{path} is not an article dump: {exc}.") from exc
    try:
        home = editions.ensure_home(lang)
    except ValueError as exc:
        raise CommandError(str(exc)) from exc
    parent = home
    if section_slug:
        parent = SectionPage.objects.filter(locale=home.locale, slug=section_slug).first()
        if parent is None:
            raise CommandError(f"No section {section_slug!r} in the {lang} edition.")
    page, created, changed = editions.upsert_article(
        parent,
        slug=slug or slugify(parsed.headline)[:200] or "article",
        title=parsed.headline,
        date=publication_datetime(parsed.date),
        byline=parsed.author,
        dateline=parsed.dateline,
        summary=parsed.paragraphs[0],
        body=editions.paragraphs_html(parsed.paragraphs),
        lead_caption=parsed.caption,
        lead_credit=parsed.credit,
        lead_image=lead_image,
    )
    return page, created, changed


class Command(BaseCommand):
    help = "Import an article from a plain-text page dump (like the seed) into one edition."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--lang", required=True, help="edition language code, e.g. en")
        parser.add_argument("--section", help="slug of the section to file it under (default: home)")
        parser.add_argument("--slug", help="URL slug (default: from the headline)")

    def handle(self, *args, file, lang, section=None, slug=None, **options):
        page, created, changed = import_file(file, lang, section, slug)
        verb = "Created" if created else ("Updated" if changed else "Unchanged:")
        self.stdout.write(f"{verb} {page.title!r} at {page.url} ({timezone.localdate(page.date):%d-%m-%Y})")
