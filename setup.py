"""Build hook: compile the text-processing core with mypyc (optional, same source, same results).

Everything about the package is declared in ``pyproject.toml``; this file only adds the compiled
extension modules. The modules listed in ``COMPILED_MODULES`` are the per-article hot path of
``conflictmap extract`` (Arabic normalisation, mention finding, resolution, claim extraction).
mypyc turns their type-annotated Python into C extensions: about 1.3x the extraction throughput,
byte-identical outputs (``tests/test_compiled.py`` checks that against the pure-Python sources).

``CONFLICTMAP_COMPILE`` chooses:
  ``auto`` (default)  compile when mypy and a C compiler are available, else install pure Python;
  ``0``               pure Python only (fastest install, e.g. while editing the hot modules);
  ``require``         compile or fail the install (CI uses this, so a type error cannot slip in).
"""

from __future__ import annotations

import os
import sys

from setuptools import setup
from setuptools.command.build_ext import build_ext

#: The hot path of one extract, in pipeline order. Each must type-check under mypy.
COMPILED_MODULES = [
    "geo/arabic.py",
    "geo/lexicon/__init__.py",
    "gazetteer/matcher.py",
    "gazetteer/resolver.py",
    "geo/dates.py",
    "geo/actors.py",
    "geo/claims.py",
]

#: Untyped third-party imports (PyYAML, pyahocorasick, shapely) are taken as ``Any``.
MYPY_OPTIONS = ["--ignore-missing-imports"]


def compiled_extensions(mode: str) -> list:
    """The mypyc extension modules for ``mode`` (see the module docstring); [] for pure Python."""
    if mode in ("0", "no", "false", "pure"):
        return []
    try:
        from mypyc.build import mypycify

        return mypycify(MYPY_OPTIONS + COMPILED_MODULES, opt_level="3")
    except (Exception, SystemExit) as exc:  # mypy absent, or a type error (mypy exits)
        if mode == "require":
            raise
        print(f"conflictmap: building pure Python ({type(exc).__name__}: {exc})", file=sys.stderr)
        return []


class AllOrNothingBuildExt(build_ext):
    """Builds the compiled core whole or not at all.

    mypyc makes one shared library plus one small module per compiled file; a module built
    without its library would shadow its ``.py`` and fail to import. Unless the mode is
    ``require``, any build failure (no C compiler, say) removes what was built and leaves the
    pure-Python sources in charge."""

    mode = "auto"

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # CompileError, LinkError, DistutilsError…
            if self.mode == "require":
                raise
            for path in self.get_outputs():
                if os.path.exists(path):
                    os.remove(path)
            print(f"conflictmap: compiled core not built, installing pure Python ({exc})", file=sys.stderr)


MODE = os.environ.get("CONFLICTMAP_COMPILE", "auto").strip().lower()
AllOrNothingBuildExt.mode = MODE
setup(ext_modules=compiled_extensions(MODE), cmdclass={"build_ext": AllOrNothingBuildExt})
