import os

import pytest

DATA = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "data"))


@pytest.fixture(scope="session")
def data_dir():
    if not os.path.isdir(DATA):
        pytest.fail(f"training data not found at {DATA}")
    return DATA


@pytest.fixture(scope="session")
def examples(data_dir):
    """Every labelled example, loaded once for the session (tests must not modify them)."""
    from newsroom.guidelines import data as D
    return D.load_all(data_dir)


@pytest.fixture(scope="session")
def model():
    from newsroom.guidelines import load_scorer
    return load_scorer().model


@pytest.fixture(scope="session")
def det():
    """One severe-harm detector for the session (its word caches only grow; tests that need fresh
    caches build their own)."""
    from newsroom.guidelines.harm import HarmDetector
    return HarmDetector()
