"""conflictmap: Arabic war reporting to dated, layered maps.

The import packages are :mod:`geo` (domain model, reading, claims, timeline, layers),
:mod:`gazetteer` (places, Arabic name matching, resolution) and :mod:`maps` (rendering and
exports). This package composes them (:mod:`conflictmap.pipeline`, :mod:`conflictmap.cli`).
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("conflictmap")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0+unknown"

__all__ = ["__version__"]
