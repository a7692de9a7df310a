import datetime as dt
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from newsroom.articles.demo import SEED_FILE
from newsroom.articles.importer import MalformedArticle, parse
from newsroom.articles.models import ArticlePage

from .conftest import SEED_HEADLINE, SEED_SLUG

ROOT = Path(__file__).resolve().parents[2]
SHARED_SEED = ROOT.parent / "shared" / "seed" / "000_88aa76f4faf459fc.txt"
CAPTION = "Coalition spokesman Col. Myles Caggins III speaks to Rudaw TV, September 18, 2019."


SEED_SHA256 = "9832ad7349e4614e66cbf4667febafa6a900333d7b1f95f0d5256ace8cce9f86"


def test_shipped_seed_is_the_reference_seed():
    # The demo ships a copy of shared/seed/000_88aa76f4faf459fc.txt, so a clone works on its own.
    assert hashlib.sha256(SEED_FILE.read_bytes()).hexdigest() == SEED_SHA256
    if SHARED_SEED.exists():
        assert SEED_FILE.read_bytes() == SHARED_SEED.read_bytes()


def test_parse_seed_exact_fields():
    article = parse(SEED_FILE.read_text(encoding="utf-8"))
    assert article.headline == SEED_HEADLINE
    assert article.date == dt.date(2019, 9, 24)
    assert article.author == "Lawk Ghafuri"
    assert article.caption == CAPTION
    assert article.credit == "Rudaw TV"
    assert article.dateline == "ERBIL, Kurdistan Region"
    assert len(article.paragraphs) == 16
    assert article.paragraphs[0].startswith("US-led coalition forces will not allow Islamic State")
    assert article.paragraphs[-1].endswith("released on June 28, 2019.")
    body = "\n".join(article.paragraphs)
    # Stops before the comment policy and "The Latest".
    assert "moderates all comments" not in body
    assert "Post a comment" not in body
    assert "Hakan Fidan" not in body
    assert "A+ A-" not in body


def test_import_command_creates_the_article(db):
    call_command("import_article", str(SEED_FILE), lang="en", stdout=open(os.devnull, "w"))
    page = ArticlePage.objects.get(slug=SEED_SLUG)
    assert page.title == SEED_HEADLINE
    assert page.byline == "Lawk Ghafuri"
    assert page.date == dt.datetime(2019, 9, 24, tzinfo=dt.UTC)
    assert page.caption == CAPTION
    assert page.credit == "Rudaw TV"
    assert page.dateline == "ERBIL, Kurdistan Region"
    assert page.language == "en"
    assert page.live
    assert page.body.count("<p>") == 16
    assert "Caggins III told Rudaw last week" in page.body


def test_reimport_changes_nothing(db):
    call_command("import_article", str(SEED_FILE), lang="en", stdout=open(os.devnull, "w"))
    page = ArticlePage.objects.get(slug=SEED_SLUG)
    revisions = page.revisions.count()
    call_command("import_article", str(SEED_FILE), lang="en", stdout=open(os.devnull, "w"))
    assert ArticlePage.objects.filter(slug=SEED_SLUG).count() == 1
    assert page.revisions.count() == revisions


@pytest.mark.parametrize(
    "text, missing",
    [
        ("", "headline"),
        ("A headline\n\nnot a date\nAuthor\n\nBody text.\n", "publication date"),
        ("A headline\n\n24-09-2019\n\nBody paragraph.\n", "author"),
        ("A headline\n\n24-09-2019\nAuthor\n\nComments\n\nRudaw moderates all comments\n", "body paragraphs"),
        ("A headline\n\n31-02-2019\nAuthor\n\nBody.\n", "publication date"),
    ],
)
def test_malformed_file_names_what_is_missing(tmp_path, text, missing, db):
    path = tmp_path / "broken.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(MalformedArticle) as parsed:
        parse(text)
    assert any(missing in item for item in parsed.value.missing)
    with pytest.raises(CommandError, match=missing):
        call_command("import_article", str(path), lang="en")
    assert not ArticlePage.objects.exists()


def test_malformed_file_exits_non_zero(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_text("Only a headline\n", encoding="utf-8")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "newsroom.settings.test"}
    result = subprocess.run(
        [sys.executable, "manage.py", "import_article", str(path), "--lang", "en"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode != 0
    assert "publication date" in result.stderr and "author" in result.stderr


def test_unknown_edition_and_missing_file_are_refused(tmp_path, db):
    with pytest.raises(CommandError, match="unknown edition"):
        call_command("import_article", str(SEED_FILE), lang="xx")
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_article", str(tmp_path / "nope.txt"), lang="en")
