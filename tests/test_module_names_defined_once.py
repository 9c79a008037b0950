"""Each module-level name of the extraction modules is bound once.

A second ``_NAME = …`` further down a long module silently replaces the first for every function
that reads it at run time (Python looks module globals up when a function runs): a helper written
for one regex then runs on another. This happened twice in ``geo/claims.py`` (``_SPACES``,
``_DIRECTION_BEFORE``); the check reads the sources, so it also guards the compiled build.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULES = ["geo/arabic.py", "geo/lexicon/__init__.py", "gazetteer/matcher.py", "gazetteer/resolver.py",
           "geo/dates.py", "geo/actors.py", "geo/claims.py", "gazetteer/lexicon/__init__.py"]


def module_bindings(source: str) -> Counter[str]:
    """How often each name is bound at module level: assignments, functions and classes."""
    counts: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            counts[node.name] += 1
        elif isinstance(node, ast.Assign):
            counts.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            counts[node.target.id] += 1
    return counts


def test_a_rebound_constant_is_reported():
    counts = module_bindings("import re\n_A = re.compile('x')\ndef f():\n    return _A\n_A = 1\n")
    assert counts["_A"] == 2 and counts["f"] == 1


@pytest.mark.parametrize("module", MODULES)
def test_no_module_level_name_is_bound_twice(module):
    counts = module_bindings((ROOT / module).read_text(encoding="utf-8"))
    assert [name for name, n in counts.items() if n > 1] == []
