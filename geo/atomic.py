"""Crash-safe file output: write to a temporary sibling, fsync, then rename over the target.

A reader therefore sees either the previous complete file or the new complete file, never a
half-written one, even if the process is killed mid-way.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from geo.errors import OutputError

__all__ = ["atomic_path", "atomic_write_text", "atomic_write_bytes", "atomic_open", "atomic_directory"]


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str], suffix: str = "") -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success rename it over ``target``.

    Use it for libraries that insist on writing to a path themselves (GDAL, Chromium).
    """
    target = Path(target)
    if target.exists() and not target.is_file() and not target.is_dir():
        # A device, FIFO or socket (/dev/null, /dev/stdout, a pipe): write through it; renaming a
        # regular file over it would destroy it.
        yield target
        return
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix or ".tmp",
                                        dir=target.parent)
        os.close(fd)
        os.unlink(tmp_name)  # let the writer create it (some drivers refuse existing files)
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from exc
    tmp = Path(tmp_name)
    try:
        yield tmp
        if not tmp.exists():
            raise OutputError(f"cannot write {target}: nothing was produced")
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


@contextlib.contextmanager
def atomic_open(target: str | os.PathLike[str], mode: str = "w", *,
                encoding: str | None = "utf-8", newline: str | None = "\n") -> Iterator[IO]:
    """Open a temporary file for writing; it replaces ``target`` only if the block succeeds."""
    binary = "b" in mode
    with atomic_path(target) as tmp:
        with open(tmp, mode, encoding=None if binary else encoding,
                  newline=None if binary else newline) as handle:
            yield handle
            handle.flush()
            if tmp.is_file():  # fsync is meaningless (and may fail) on devices and pipes
                os.fsync(handle.fileno())


def atomic_write_text(target: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``target`` atomically (``\\n`` line endings, no platform translation)."""
    with atomic_open(target, "w", encoding=encoding) as handle:
        handle.write(text)


def atomic_write_bytes(target: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``target`` atomically."""
    with atomic_open(target, "wb") as handle:
        handle.write(data)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


def _recover_directory(target: Path) -> None:
    """Undo what a build killed mid-way may have left beside ``target``.

    * killed between the two renames: ``target`` is missing and ``.name.old.PID`` holds the
      previous outputs → rename it back;
    * killed while building: ``.name.building.PID.*`` of a dead process → delete it.
    """
    for old in sorted(target.parent.glob(f".{target.name}.old.*")):
        pid = old.name.rsplit(".", 1)[-1]
        if pid.isdigit() and _pid_alive(int(pid)) and int(pid) != os.getpid():
            continue
        if not target.exists():
            os.replace(old, target)
        else:
            shutil.rmtree(old, ignore_errors=True)
    for stale in target.parent.glob(f".{target.name}.building.*"):
        parts = stale.name.split(".")
        pid = parts[3] if len(parts) > 3 else ""
        if pid.isdigit() and not _pid_alive(int(pid)):
            shutil.rmtree(stale, ignore_errors=True)


@contextlib.contextmanager
def atomic_directory(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Build a whole output folder in a temporary sibling and swap it in at the end.

    If the block fails (or the process dies), ``target`` keeps its previous contents; leftovers
    of a killed build are repaired or removed the next time (see :func:`_recover_directory`).
    """
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _recover_directory(target)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.building.{os.getpid()}.",
                                        dir=target.parent))
        umask = os.umask(0)
        os.umask(umask)
        staging.chmod(0o777 & ~umask)  # mkdtemp makes 0700; outputs are meant to be shared
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from exc
    try:
        yield staging
        old = None
        if target.exists():
            old = target.parent / f".{target.name}.old.{os.getpid()}"
            os.replace(target, old)
        os.replace(staging, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
