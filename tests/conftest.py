"""Shared fixtures. Tests run offline and never need ../shared (skip where they read it)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # running from a source checkout without installation
    sys.path.insert(0, str(ROOT))

SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def gazetteer():
    from gazetteer.store import load_gazetteer

    return load_gazetteer()
