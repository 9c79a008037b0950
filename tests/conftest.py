"""Shared fixtures. Tests run offline and never need ../shared (skip where they read it)."""

from __future__ import annotations

import os
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


#: How every browser test starts Chromium (the project's rule: headless, no sandbox, no GPU, no
#: background requests).
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.fixture(scope="module")
def browser():
    """A headless Debian Chromium (via playwright) for one browser test module; skips without it.

    Module scope, not session: playwright's sync API runs one instance per thread, and the
    snapshot tests start their own through :mod:`maps.snapshot`."""
    path = os.environ.get("CONFLICTMAP_CHROMIUM", "/usr/bin/chromium")
    if not Path(path).exists():  # pragma: no cover - depends on the machine
        pytest.skip(f"Chromium not found at {path}")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (python) not installed")
    with sync_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield instance
        instance.close()
