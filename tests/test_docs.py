"""Keep README.md and docs/ true to the code (after Datasette's tests/test_docs.py): every command,
link and console address they name must exist."""

import importlib
import re
from pathlib import Path

import pytest
from django.core.management import get_commands
from django.urls import Resolver404, resolve

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
TEXT = {path.name: path.read_text(encoding="utf-8") for path in DOCS}


def test_readme_has_exactly_the_two_setup_commands_and_make_has_them():
    setup = TEXT["README.md"].split("## Set up", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"^\s{4}(make \w+)", setup, flags=re.M)
    assert commands == ["make run", "make test"]
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^run:", makefile, flags=re.M) and re.search(r"^test:", makefile, flags=re.M)


COMMANDS = sorted({m for t in TEXT.values() for m in re.findall(r"manage\.py (\w+)", t)})


# Commands of apps that settings add only in some configurations (TASKS_BACKEND=rq adds django_rq).
OPTIONAL_COMMANDS = {"rqworker": "django_rq.management.commands.rqworker"}


@pytest.mark.parametrize("name", COMMANDS)
def test_every_documented_management_command_exists(name):
    if name in OPTIONAL_COMMANDS:
        importlib.import_module(OPTIONAL_COMMANDS[name])
        return
    assert name in get_commands(), f"the docs name `manage.py {name}`, which does not exist"


@pytest.mark.parametrize("doc, target", sorted(
    (name, link) for name, t in TEXT.items()
    for link in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", t)
))
def test_every_relative_link_points_at_a_file(doc, target):
    base = ROOT if doc == "README.md" else ROOT / "docs"
    assert (base / target).exists(), f"{doc} links to {target}, which does not exist"


@pytest.mark.parametrize("documented", ["/cms/", "/moderation/", "/django-admin/", "/api/v1/articles/",
                                        "/<lang>/", "/<lang>/feed/", "/<lang>/search/", "/sitemap.xml",
                                        "/robots.txt"])
def test_documented_addresses_resolve(documented):
    assert documented in TEXT["README.md"], f"README no longer names {documented}; drop it here"
    path = documented.replace("<lang>", "en")
    try:
        resolve(path)
    except Resolver404:
        pytest.fail(f"the docs send people to {path}, which no URL pattern serves")
