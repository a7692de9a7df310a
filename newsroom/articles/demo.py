"""The demo newsroom behind `make run`: six editions, sections, the seed article and its
"The Latest" story, short stories in every other edition, and the moderators' groups.

Idempotent: everything is looked up before it is created, and nothing existing is rewritten."""

import io
from pathlib import Path

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.text import slugify
from PIL import Image, ImageDraw, ImageFont

from newsroom.moderation.roles import ensure_groups

from . import demo_content as content
from . import editions
from .importer import parse
from .management.commands.import_article import publication_datetime
from .models import ArticlePage, NewsImage

SEED_FILE = Path(__file__).resolve().parent / "demo" / "seed_article.txt"


def placeholder_image(title, caption, credit, label, colours=((24, 62, 92), (196, 120, 48))):
    """A generated lead photo (nothing is downloaded): a gradient with a label."""
    existing = NewsImage.objects.filter(title=title).first()
    if existing is not None:
        return existing
    editions.ensure_root_collection()
    width, height = 1200, 675
    img = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(img)
    (r1, g1, b1), (r2, g2, b2) = colours
    for x in range(width):
        t = x / (width - 1)
        draw.line([(x, 0), (x, height)], fill=(int(r1 + (r2 - r1) * t), int(g1 + (g2 - g1) * t),
                                                int(b1 + (b2 - b1) * t)))
    try:
        font = ImageFont.load_default(size=54)
    except (TypeError, OSError):  # Pillow built without FreeType
        font = ImageFont.load_default()
    draw.text((60, height - 140), label, fill=(255, 255, 255), font=font)
    buffer = io.BytesIO()
    img.save(buffer, "JPEG", quality=82)
    name = slugify(label)[:40] + ".jpg"
    return NewsImage.objects.create(
        title=title, caption=caption, credit=credit, file=ImageFile(buffer, name=name)
    )


@transaction.atomic
def load(stdout=None):
    def say(msg):
        if stdout is not None:
            stdout.write(msg)

    created_count = 0
    homes, sections = {}, {}
    for code in editions.language_codes():
        homes[code] = editions.ensure_home(code, tagline=content.TAGLINES.get(code, ""))
        for key, slug, titles in content.SECTIONS:
            sections[(code, key)] = editions.ensure_section(homes[code], key, titles[code], slug)

    seed = parse(SEED_FILE.read_text(encoding="utf-8"))
    seed_slug = slugify(seed.headline)
    en_section = sections[("en", content.SEED_SECTION)]
    seed_page = ArticlePage.objects.filter(locale=en_section.locale, slug=seed_slug).first()
    if seed_page is None:
        image = placeholder_image(content.SEED_IMAGE_TITLE, seed.caption, seed.credit,
                                  "Col. Myles Caggins III")
        seed_page, created, _ = editions.upsert_article(
            en_section, slug=seed_slug, update=False, lead_image=image,
            title=seed.headline, date=publication_datetime(seed.date), byline=seed.author,
            dateline=seed.dateline, summary=seed.paragraphs[0],
            body=editions.paragraphs_html(seed.paragraphs),
        )
        created_count += created

    latest = content.LATEST_STORY
    latest_image = None
    if not ArticlePage.objects.filter(locale=en_section.locale, slug=latest["slug"]).exists():
        latest_image = placeholder_image(latest["image_title"], latest["caption"], latest["credit"],
                                         "Hakan Fidan", colours=((90, 30, 40), (40, 40, 110)))
    _, created, _ = editions.upsert_article(
        en_section, slug=latest["slug"], update=False, lead_image=latest_image,
        title=latest["title"], date=latest["date"], byline=latest["byline"],
        dateline=latest["dateline"], summary=latest["summary"],
        body=editions.paragraphs_html(latest["paragraphs"]),
    )
    created_count += created

    for code, story in content.SEED_TRANSLATIONS.items():
        _, created, _ = editions.upsert_article(
            sections[(code, content.SEED_SECTION)], slug=seed_slug, update=False,
            translation_of=seed_page, lead_image=seed_page.lead_image,
            title=story["title"], date=seed_page.date, byline=seed.author,
            dateline=story["dateline"], summary=story["paragraphs"][0],
            lead_caption=story["caption"], lead_credit=story["credit"],
            body=editions.paragraphs_html(story["paragraphs"]),
        )
        created_count += created

    ensure_groups()
    say(f"Demo newsroom ready: {len(homes)} editions, {created_count} new article(s).")
    return created_count
