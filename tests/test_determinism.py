"""Determinism (issue 7): two builds of the same input give byte-identical GeoJSON, CSV, KML and
HTML, and identical GeoPackage contents — even with different hash seeds and output folders."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
TEXT_SUFFIXES = {".geojson", ".csv", ".kml", ".html", ".json"}


def build(out: Path, hash_seed: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed,
           "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    cmd = [sys.executable, "-m", "conflictmap", "build", str(SEEDS), "--out", str(out), "--quiet"]
    for fmt in ("html", "geojson", "gpkg", "csv", "kml"):
        cmd += ["--format", fmt]
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("determinism")
    first, second = base / "first", base / "second_elsewhere"
    build(first, "1")
    build(second, "2")
    return first, second


def files(folder: Path) -> dict[str, Path]:
    return {p.relative_to(folder).as_posix(): p for p in sorted(folder.rglob("*")) if p.is_file()}


def test_same_files(two_builds):
    first, second = two_builds
    assert sorted(files(first)) == sorted(files(second))
    names = files(first)
    for suffix in (".html", ".geojson", ".csv", ".kml", ".gpkg"):
        assert any(n.endswith(suffix) for n in names), f"no {suffix} output: {sorted(names)}"


def test_text_outputs_are_byte_identical(two_builds):
    first, second = two_builds
    a, b = files(first), files(second)
    compared = 0
    for name, path in a.items():
        if path.suffix in TEXT_SUFFIXES:
            assert path.read_bytes() == b[name].read_bytes(), f"{name} differs between builds"
            compared += 1
    assert compared >= 4


def test_outputs_do_not_embed_the_output_folder(two_builds):
    first, _ = two_builds
    for name, path in files(first).items():
        if path.suffix in TEXT_SUFFIXES:
            assert str(first) not in path.read_text(encoding="utf-8", errors="replace"), name


def test_geopackage_contents_are_identical(two_builds):
    import pyogrio

    first, second = two_builds
    gpkgs = [n for n in files(first) if n.endswith(".gpkg")]
    assert gpkgs
    for name in gpkgs:
        layers_a = [tuple(layer) for layer in pyogrio.list_layers(first / name)]
        layers_b = [tuple(layer) for layer in pyogrio.list_layers(second / name)]
        assert layers_a == layers_b
        assert layers_a, f"{name} has no layers"
        for layer, _geometry_type in layers_a:
            df_a = pyogrio.read_dataframe(first / name, layer=layer)
            df_b = pyogrio.read_dataframe(second / name, layer=layer)
            assert list(df_a.columns) == list(df_b.columns), layer
            if "geometry" in df_a:
                assert list(df_a.geometry.to_wkb()) == list(df_b.geometry.to_wkb()), layer
            plain_a = df_a.drop(columns="geometry", errors="ignore")
            plain_b = df_b.drop(columns="geometry", errors="ignore")
            assert plain_a.equals(plain_b), f"{name}:{layer} attributes differ"
