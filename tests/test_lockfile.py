"""requirements.lock (`make lock`) pins every dependency with hashes: each direct requirement of
requirements*.txt appears in it at the same version, and every pinned line carries a sha256."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def pins(path):
    found = {}
    for line in (ROOT / path).read_text().splitlines():
        match = re.match(r"^([A-Za-z0-9_.\-\[\]]+)==([^\s;\\]+)", line.strip())
        if match:
            found[re.sub(r"\[.*\]", "", match.group(1)).lower().replace("_", "-")] = match.group(2)
    return found


def test_every_requirement_is_locked_at_its_version():
    locked = pins("requirements.lock")
    for path in ("requirements.txt", "requirements-dev.txt"):
        for name, version in pins(path).items():
            assert locked.get(name) == version, (path, name, version, locked.get(name))


def test_every_locked_package_has_a_hash():
    blocks = re.split(r"\n(?=[A-Za-z0-9])", (ROOT / "requirements.lock").read_text())
    packages = [b for b in blocks if "==" in b.split("\n")[0]]
    assert len(packages) > 50
    for block in packages:
        assert "--hash=sha256:" in block, block.split("\n")[0]
