"""Keep the dependency direction honest: geo ← gazetteer, geo ← maps, conflictmap composes all."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

FORBIDDEN = {
    "geo": {"gazetteer", "maps", "conflictmap"},
    "gazetteer": {"maps", "conflictmap"},
    "maps": {"gazetteer", "conflictmap"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_imports_respect_direction(package: str) -> None:
    offenders = []
    for path in sorted((ROOT / package).rglob("*.py")):
        bad = _imports(path) & FORBIDDEN[package]
        if bad:
            offenders.append(f"{path.relative_to(ROOT)} imports {sorted(bad)}")
    assert not offenders, "\n".join(offenders)


def test_cli_module_imports_no_heavy_library_at_import_time() -> None:
    heavy = {"geopandas", "folium", "matplotlib", "pandas", "shapely", "pyogrio"}
    top_level = set()
    tree = ast.parse((ROOT / "conflictmap" / "cli.py").read_text(encoding="utf-8"))
    for node in tree.body:  # only module-level statements run at import
        if isinstance(node, ast.Import):
            top_level.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            top_level.add(node.module.split(".")[0])
    assert not (top_level & heavy)
