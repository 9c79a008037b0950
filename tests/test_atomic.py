"""Crash safety (issue 7): every output is written aside and renamed; an interrupted write or
build leaves the previous outputs intact and readable."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from geo.atomic import atomic_directory, atomic_open, atomic_path, atomic_write_bytes, atomic_write_text
from geo.errors import ConflictMapError, OutputError

ROOT = Path(__file__).resolve().parents[1]


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


# ------------------------------------------------------------------------------ single files


def test_write_text_creates_parents_and_uses_lf(tmp_path):
    target = tmp_path / "a" / "b" / "out.txt"
    atomic_write_text(target, "سطر\nline\n")
    assert target.read_bytes() == "سطر\nline\n".encode()
    assert os.listdir(target.parent) == ["out.txt"]


def test_write_bytes_replaces(tmp_path):
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["out.bin"]


def test_failed_write_keeps_previous_file_and_leaves_no_temp(tmp_path):
    target = tmp_path / "out.geojson"
    target.write_text("previous", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_open(target) as handle:
            handle.write("half a file")
            raise RuntimeError("renderer crashed")
    assert target.read_text(encoding="utf-8") == "previous"
    assert os.listdir(tmp_path) == ["out.geojson"]


def test_interrupt_during_write_keeps_previous_file(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("previous", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        with atomic_open(target) as handle:
            handle.write("partial")
            raise KeyboardInterrupt
    assert target.read_text(encoding="utf-8") == "previous"
    assert os.listdir(tmp_path) == ["out.csv"]


def test_atomic_path_writer_that_produces_nothing(tmp_path):
    target = tmp_path / "map.png"
    target.write_bytes(b"old png")
    with pytest.raises(OutputError, match="nothing was produced"):
        with atomic_path(target, suffix=".png"):
            pass
    assert target.read_bytes() == b"old png"


def test_atomic_path_gives_a_hidden_sibling_with_the_suffix(tmp_path):
    target = tmp_path / "layers.gpkg"
    with atomic_path(target, suffix=".gpkg") as tmp:
        assert tmp.parent == tmp_path and tmp.name.startswith(".") and tmp.suffix == ".gpkg"
        assert not tmp.exists()  # the writer creates it
        tmp.write_bytes(b"gpkg")
        assert not target.exists()  # nothing visible before the rename
    assert target.read_bytes() == b"gpkg"


def test_unwritable_target_is_a_one_line_output_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError) as info:
        atomic_write_text(blocker / "sub" / "out.txt", "x")
    assert isinstance(info.value, ConflictMapError)
    assert "\n" not in str(info.value) and "cannot write" in str(info.value)


def test_killed_writer_leaves_previous_file(tmp_path):
    target = tmp_path / "claims.csv"
    target.write_text("previous,complete\n", encoding="utf-8")
    script = textwrap.dedent(f"""
        import sys, time
        from geo.atomic import atomic_open
        with atomic_open({str(target)!r}) as handle:
            handle.write("partial," * 10000)
            handle.flush()
            print("ready", flush=True)
            time.sleep(30)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, env=env(),
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        proc.kill()
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert target.read_text(encoding="utf-8") == "previous,complete\n"


# ---------------------------------------------------------------------------------- folders


def make_folder(path: Path, marker: str) -> None:
    (path / "2017-09-15").mkdir(parents=True)
    (path / "index.html").write_text(marker, encoding="utf-8")
    (path / "2017-09-15" / "map.html").write_text(marker, encoding="utf-8")


def test_directory_swap_on_success(tmp_path):
    out = tmp_path / "out"
    make_folder(out, "old")
    with atomic_directory(out) as staging:
        (staging / "index.html").write_text("new", encoding="utf-8")
    assert snapshot(out) == {"index.html": b"new"}
    assert os.listdir(tmp_path) == ["out"]


@pytest.mark.parametrize("error", [RuntimeError, KeyboardInterrupt])
def test_directory_failure_keeps_previous_and_cleans_staging(tmp_path, error):
    out = tmp_path / "out"
    make_folder(out, "old")
    before = snapshot(out)
    with pytest.raises(error):
        with atomic_directory(out) as staging:
            (staging / "index.html").write_text("half", encoding="utf-8")
            raise error()
    assert snapshot(out) == before
    assert os.listdir(tmp_path) == ["out"]


def test_killed_directory_build_leaves_previous_folder(tmp_path):
    out = tmp_path / "out"
    make_folder(out, "old")
    before = snapshot(out)
    script = textwrap.dedent(f"""
        import time
        from geo.atomic import atomic_directory
        with atomic_directory({str(out)!r}) as staging:
            (staging / "index.html").write_text("half", encoding="utf-8")
            print("ready", flush=True)
            time.sleep(30)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, env=env(),
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        proc.kill()
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert snapshot(out) == before


# ------------------------------------------------------------------- an interrupted real build


def write_corpus(path: Path, articles: int) -> None:
    """Many small dated articles so the build runs long enough to be interrupted."""
    cities = ("حلب", "دمشق", "حمص", "حماة", "إدلب", "الرقة", "دير الزور", "درعا", "تدمر", "منبج")
    start = dt.date(2017, 7, 1)
    with path.open("w", encoding="utf-8") as handle:
        for i in range(articles):
            city, other = cities[i % len(cities)], cities[(i * 7 + 3) % len(cities)]
            text = (f"سيطرت قوات النظام على مدينة {city} بعد معارك عنيفة، "
                    f"فيما قصفت الطائرات مواقع قرب {other}.")
            record = {"id": f"a{i}", "date": (start + dt.timedelta(days=i % 60)).isoformat(),
                      "source": "test", "text": text}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def build_cmd(corpus: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "conflictmap", "build", str(corpus), "--out", str(out),
            "--quiet", "--format", "html", "--format", "geojson", "--format", "csv"]


def wait_for_staging(parent: Path, name: str, proc: subprocess.Popen, timeout: float,
                     pattern: str) -> bool:
    """Wait until the build has written ``pattern`` into its staging folder."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        for staging in parent.glob(f".{name}.building.*"):
            if any(staging.glob(pattern)):
                return True
        time.sleep(0.02)
    return False


@pytest.fixture(scope="module")
def previous_build(tmp_path_factory) -> Path:
    """A finished build of a small corpus: the 'previous outputs' an interruption must keep."""
    base = tmp_path_factory.mktemp("previous")
    small = base / "small.jsonl"
    write_corpus(small, 3)
    out = base / "out"
    first = subprocess.run(build_cmd(small, out), cwd=ROOT, env=env(), capture_output=True,
                           text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    return out


@pytest.mark.parametrize("how", ["SIGKILL", "SIGINT"])
def test_interrupted_build_keeps_previous_outputs(tmp_path, previous_build, how):
    import shutil

    out = tmp_path / "out"
    shutil.copytree(previous_build, out)
    before = snapshot(out)
    assert "index.html" in before
    big = tmp_path / "big.jsonl"
    write_corpus(big, 200)

    proc = subprocess.Popen(build_cmd(big, out), cwd=ROOT, env=env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        # SIGKILL as soon as the build writes anything; SIGINT once the maps are being written
        # (a Ctrl-C that lands inside a lazy numpy/shapely import surfaces as an ImportError
        # traceback: reported to the lead, see conflictmap/cli.py main()).
        pattern = "*" if how == "SIGKILL" else "*/map.html"
        if not wait_for_staging(tmp_path, "out", proc, timeout=120, pattern=pattern):
            proc.wait(timeout=300)
            pytest.skip("the build finished before it could be interrupted")
        proc.send_signal(signal.SIGKILL if how == "SIGKILL" else signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert snapshot(out) == before  # previous outputs intact ...
    json.loads((out / "layers.geojson").read_text(encoding="utf-8"))  # ... and readable
    if how == "SIGINT":  # a clean interruption also removes its staging folder
        assert proc.returncode == 130 and "Traceback" not in err, err
        assert sorted(p.name for p in tmp_path.iterdir()) == ["big.jsonl", "out"]
        return
    # after a hard kill the staging folder may stay behind; it must not block the next build
    again = subprocess.run(build_cmd(previous_build.parent / "small.jsonl", out), cwd=ROOT,
                           env=env(), capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert snapshot(out) == before


def test_special_file_targets_are_written_through_not_replaced(tmp_path):
    """`extract -o /dev/null` (as root) must not replace /dev/null with a regular file."""
    import stat

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader is waiting, like a shell pipe
    try:
        atomic_write_text(fifo, "record\n")
        assert stat.S_ISFIFO(os.stat(fifo).st_mode)
        assert os.read(reader, 100) == b"record\n"
    finally:
        os.close(reader)


def test_build_killed_between_renames_is_repaired_next_time(tmp_path) -> None:
    """A kill after `target → .target.old.PID` but before `staging → target` loses nothing."""
    from geo.atomic import atomic_directory

    target = tmp_path / "out"
    with atomic_directory(target) as staging:
        (staging / "a.txt").write_text("first", encoding="utf-8")
    # simulate the crash window: the previous outputs only exist under the .old name,
    # left by a process that no longer exists
    orphan = tmp_path / ".out.old.999999999"
    target.rename(orphan)
    stale = tmp_path / ".out.building.999999999.abc"
    stale.mkdir()
    with pytest.raises(RuntimeError):
        with atomic_directory(target):
            raise RuntimeError("this build fails")
    assert (target / "a.txt").read_text(encoding="utf-8") == "first"
    assert not orphan.exists() and not stale.exists()
