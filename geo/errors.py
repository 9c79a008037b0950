"""One exception family for the whole project.

Every error a user can cause (bad input, bad option, missing optional dependency) is a
:class:`ConflictMapError`. The CLI catches this family once, prints ``str(error)`` on one
line and exits non-zero; anything else is a bug and is allowed to show a traceback.
"""

from __future__ import annotations

__all__ = [
    "ConflictMapError",
    "InputError",
    "ArticleFormatError",
    "GazetteerError",
    "MissingDependencyError",
    "OutputError",
]


class ConflictMapError(Exception):
    """Base class of every error conflictmap raises on purpose."""


class InputError(ConflictMapError, ValueError):
    """The user's input cannot be used (bad option value, unreadable file...)."""


class ArticleFormatError(InputError):
    """An article file or corpus record is malformed.

    ``where`` names the file (and line, for JSON Lines) so the one-line message is actionable.
    """

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}")


class GazetteerError(ConflictMapError, LookupError):
    """The gazetteer data is missing or inconsistent."""


class MissingDependencyError(ConflictMapError, ImportError):
    """An optional dependency (browser, online geocoder...) is not available."""


class OutputError(ConflictMapError, OSError):
    """An output could not be written."""
