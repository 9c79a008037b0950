"""The gazetteer build script (tools/build_gazetteer.py) loaded as a module, for its tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def load_build_script() -> ModuleType:
    """Import ``tools/build_gazetteer.py`` (not a package module) once per process."""
    if "build_gazetteer" in sys.modules:
        return sys.modules["build_gazetteer"]
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "tools" / "build_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_gazetteer"] = module
    spec.loader.exec_module(module)
    return module
