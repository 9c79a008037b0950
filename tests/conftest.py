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


@pytest.fixture(scope="module")
def browser():
    """A headless Debian Chromium (via playwright) for one browser test module; skips without it.

    Started as the snapshots start it (:func:`maps.snapshot.chromium_path`, ``CHROMIUM_ARGS``:
    headless, no sandbox, no GPU, no background requests). Module scope, not session: playwright's
    sync API runs one instance per thread, and the snapshot tests start their own."""
    from maps.snapshot import CHROMIUM_ARGS, chromium_path

    path = chromium_path()
    if path is None:  # pragma: no cover - depends on the machine
        pytest.skip("Chromium not found ($CONFLICTMAP_CHROMIUM or /usr/bin/chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (python) not installed")
    with sync_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=path, args=list(CHROMIUM_ARGS))
        yield instance
        instance.close()
