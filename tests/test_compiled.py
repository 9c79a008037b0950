"""The compiled core (mypyc, see ``setup.py``) is all-or-nothing, current, and gives the results of
the pure-Python sources byte for byte.

``setup.py`` compiles the modules of ``COMPILED_MODULES`` when it can (``CONFLICTMAP_COMPILE``:
``auto``/``0``/``require``). The tests read that list from ``setup.py`` itself, so a module added
there is checked here without editing this file. CI installs with ``CONFLICTMAP_COMPILE=require``
(editable, so the extensions sit beside their sources) and the whole suite runs on the compiled
core; the equivalence test below then runs the pure sources in a subprocess beside it. On a
pure-Python install both sides are the same code and the equivalence test is a plain determinism
check.
"""

from __future__ import annotations

import ast
import datetime as dt
import importlib
import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPORA = [ROOT / "tests" / "generalisation" / "articles.jsonl",
           ROOT / "tests" / "generalisation_claims" / "articles.jsonl"]


def _compiled_module_names() -> list[str]:
    """Dotted names of setup.py's ``COMPILED_MODULES`` (read without running setup.py)."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.AnnAssign | ast.Assign):
            targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
            if any(isinstance(t, ast.Name) and t.id == "COMPILED_MODULES" for t in targets):
                paths = ast.literal_eval(node.value)
                return [p.removesuffix(".py").removesuffix("/__init__").replace("/", ".") for p in paths]
    raise AssertionError("setup.py defines no COMPILED_MODULES")


def _is_compiled(module_name: str) -> bool:
    origin = importlib.import_module(module_name).__file__ or ""
    return origin.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))


def test_compiled_modules_name_real_sources():
    names = _compiled_module_names()
    assert len(names) >= 5
    for name in names:
        source = ROOT / (name.replace(".", "/") + ".py")
        if not source.exists():
            source = ROOT / name.replace(".", "/") / "__init__.py"
        assert source.exists(), f"COMPILED_MODULES names {name}, which has no source"


def test_core_is_compiled_all_or_nothing_and_when_required():
    compiled = {name: _is_compiled(name) for name in _compiled_module_names()}
    # mypyc compiles the group into one shared library: a mix would mean a stale or partial build
    assert len(set(compiled.values())) == 1, f"partly compiled core: {compiled}"
    if os.environ.get("CONFLICTMAP_COMPILE", "").strip().lower() == "require":
        assert all(compiled.values()), "CONFLICTMAP_COMPILE=require but the core runs as pure Python"


def test_compiled_modules_are_not_older_than_their_sources():
    """An in-place build (``pip install -e .``) shadows its .py: editing the source without
    rebuilding would silently run old code."""
    for name in _compiled_module_names():
        module = importlib.import_module(name)
        origin = Path(module.__file__ or "")
        if not _is_compiled(name) or ROOT not in origin.parents:
            continue
        stem = origin.name.split(".", 1)[0]
        source = origin.with_name(stem + ".py")
        assert source.stat().st_mtime <= origin.stat().st_mtime + 1, (
            f"{origin.name} is older than {source.name}: rebuild with `pip install -e .` "
            f"(or set CONFLICTMAP_COMPILE=0 and delete the .so files while editing)")


_PURE_RUN = """
import datetime as dt, json, sys
import geo.claims
assert geo.claims.__file__.endswith(".py"), geo.claims.__file__
from conflictmap.pipeline import analyse_article, dumps_record, extract_record
from gazetteer.store import load_gazetteer
from geo.model import Article
gaz = load_gazetteer()
for line in sys.stdin:
    r = json.loads(line)
    a = Article(id=r["id"], date=dt.date.fromisoformat(r["published"]), text=r["text"])
    print(dumps_record(extract_record(analyse_article(a, gaz))))
"""


def _articles_jsonl() -> list[str]:
    from geo.articles import read_articles

    lines = [json.dumps({"id": a.id, "published": a.date.isoformat(), "text": a.text}, ensure_ascii=False)
             for a in read_articles([ROOT / "seeds"])]
    for corpus in CORPORA:
        lines += corpus.read_text(encoding="utf-8").splitlines()
    return lines


def test_compiled_core_gives_the_pure_sources_results(tmp_path):
    from conflictmap.pipeline import analyse_article, dumps_record, extract_record
    from gazetteer.store import load_gazetteer
    from geo.model import Article

    lines = _articles_jsonl()
    assert len(lines) > 30
    gaz = load_gazetteer()
    here = []
    for line in lines:
        r = json.loads(line)
        article = Article(id=r["id"], date=dt.date.fromisoformat(r["published"]), text=r["text"])
        here.append(dumps_record(extract_record(analyse_article(article, gaz))))

    pure = tmp_path / "pure"  # the sources alone, without any compiled extension beside them
    for package in ("conflictmap", "geo", "gazetteer", "maps"):
        shutil.copytree(ROOT / package, pure / package,
                        ignore=shutil.ignore_patterns("*.so", "*.pyd", "__pycache__"))
    env = {**os.environ, "PYTHONPATH": str(pure), "PYTHONDONTWRITEBYTECODE": "1"}
    run = subprocess.run([sys.executable, "-c", _PURE_RUN], input="\n".join(lines) + "\n", cwd=pure,
                         env=env, capture_output=True, text=True, encoding="utf-8", timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    there = run.stdout.splitlines()
    assert len(there) == len(here)
    for mine, theirs in zip(here, there):
        assert mine == theirs, f"compiled and pure results differ for {json.loads(mine)['id']}"


def _setup_functions() -> dict:
    """setup.py's definitions, without its final ``setup(...)`` call."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    tree.body = [node for node in tree.body if not (
        isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)
        and getattr(node.value.func, "id", "") == "setup")]
    namespace: dict = {}
    exec(compile(tree, "setup.py", "exec"), namespace)  # noqa: S102 - our own build file
    return namespace


class _Extension:
    optional = False


def _fake_mypyc(monkeypatch, mypycify) -> None:
    build = type(sys)("mypyc.build")
    build.mypycify = mypycify
    monkeypatch.setitem(sys.modules, "mypyc", type(sys)("mypyc"))
    monkeypatch.setitem(sys.modules, "mypyc.build", build)


@pytest.mark.parametrize("mode", ["0", "pure", "no"])
def test_setup_builds_pure_python_when_asked(mode, monkeypatch):
    _fake_mypyc(monkeypatch, lambda *a, **k: pytest.fail("mypyc must not run"))
    assert _setup_functions()["compiled_extensions"](mode) == []


def test_setup_compiles_the_listed_modules(monkeypatch):
    seen = []
    _fake_mypyc(monkeypatch, lambda args, **_: seen.append(args) or [_Extension(), _Extension()])
    assert len(_setup_functions()["compiled_extensions"]("auto")) == 2
    assert [a for a in seen[0] if a.endswith(".py")] == _setup_functions()["COMPILED_MODULES"]


@pytest.mark.parametrize("mode", ["auto", "require"])
def test_a_failed_compile_removes_what_was_built_unless_required(mode, monkeypatch, tmp_path):
    """No half-built core: a module built without mypyc's shared library would shadow its .py."""
    from setuptools import Distribution
    from setuptools.command.build_ext import build_ext

    built = tmp_path / "claims.cpython-311-x86_64-linux-gnu.so"

    def half_build(self):
        built.write_bytes(b"shim")
        raise RuntimeError("gcc: error: shared library failed")

    monkeypatch.setattr(build_ext, "run", half_build)
    command = _setup_functions()["AllOrNothingBuildExt"](Distribution({"name": "x"}))
    command.mode = mode
    monkeypatch.setattr(command, "get_outputs", lambda: [str(built)])
    if mode == "require":
        with pytest.raises(RuntimeError):
            command.run()
        assert built.exists()
    else:
        command.run()
        assert not built.exists()


def test_setup_falls_back_to_pure_python_on_a_type_error_unless_required(monkeypatch):
    def type_error(*_a, **_k):
        raise SystemExit("geo/claims.py:1: error: Incompatible types")

    _fake_mypyc(monkeypatch, type_error)
    assert _setup_functions()["compiled_extensions"]("auto") == []
    with pytest.raises(SystemExit):
        _setup_functions()["compiled_extensions"]("require")
