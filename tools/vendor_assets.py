"""Re-create ``maps/assets/vendor/`` from the npm registry (development-time only).

Every JavaScript/CSS file the offline maps need is taken verbatim from the published npm tarball of
its package (``npm pack <name>@<version>``), together with the package's licence file, and recorded
in ``maps/assets/SOURCES.md`` with the tarball's and each file's sha256. The versions are the ones
folium 0.20 references on its CDNs, so ``--online-assets`` and offline output run the same code.

Run from the repository root::

    python tools/vendor_assets.py            # re-vendor (needs `npm` and registry access)
    python tools/vendor_assets.py --check    # verify committed files against SOURCES.md hashes

Nothing here runs at build/test/view time of a user's map.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENDOR = ROOT / "maps" / "assets" / "vendor"
SOURCES = ROOT / "maps" / "assets" / "SOURCES.md"

#: (npm package, version, licence name, {path inside tarball: path under vendor/<package>/})
PACKAGES: tuple[tuple[str, str, str, dict[str, str]], ...] = (
    ("leaflet", "1.9.3", "BSD-2-Clause", {
        "package/LICENSE": "LICENSE",
        "package/dist/leaflet.js": "leaflet.js",
        "package/dist/leaflet.css": "leaflet.css",
        "package/dist/images/layers.png": "images/layers.png",
        "package/dist/images/layers-2x.png": "images/layers-2x.png",
        "package/dist/images/marker-icon.png": "images/marker-icon.png",
        "package/dist/images/marker-icon-2x.png": "images/marker-icon-2x.png",
        "package/dist/images/marker-shadow.png": "images/marker-shadow.png",
    }),
    ("leaflet.fullscreen", "3.0.0", "MIT", {
        "package/LICENSE": "LICENSE",
        "package/Control.FullScreen.js": "Control.FullScreen.js",
        "package/Control.FullScreen.css": "Control.FullScreen.css",
        "package/icon-fullscreen.svg": "icon-fullscreen.svg",
    }),
    ("leaflet-minimap", "3.6.1", "BSD-2-Clause", {
        "package/LICENSE.txt": "LICENSE",
        "package/dist/Control.MiniMap.min.js": "Control.MiniMap.min.js",
        "package/dist/Control.MiniMap.min.css": "Control.MiniMap.min.css",
        "package/dist/images/toggle.png": "images/toggle.png",
        "package/dist/images/toggle.svg": "images/toggle.svg",
    }),
    ("leaflet.timeline", "1.6.0", "MIT", {
        "package/LICENSE": "LICENSE",
        "package/dist/leaflet.timeline.js": "leaflet.timeline.js",
    }),
    ("leaflet-groupedlayercontrol", "0.6.1", "MIT", {
        "package/LICENSE.txt": "LICENSE",
        "package/dist/leaflet.groupedlayercontrol.min.js": "leaflet.groupedlayercontrol.min.js",
        "package/dist/leaflet.groupedlayercontrol.min.css": "leaflet.groupedlayercontrol.min.css",
    }),
)


def sha256(data: bytes) -> str:
    """Hex sha256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def npm_pack(spec: str, workdir: Path) -> Path:
    """Download the registry tarball of ``spec`` (``name@version``) into ``workdir``."""
    out = subprocess.run(["npm", "pack", spec, "--silent"], cwd=workdir, check=True,
                         capture_output=True, text=True).stdout.strip().splitlines()[-1]
    return workdir / out


def vendor() -> None:
    """Fetch every package, copy the listed files and rewrite SOURCES.md."""
    rows: list[str] = []
    shutil.rmtree(VENDOR, ignore_errors=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, version, licence, files in PACKAGES:
            tgz = npm_pack(f"{name}@{version}", Path(tmp))
            tar_sha = sha256(tgz.read_bytes())
            rows.append(f"\n## {name} {version}\n\n- licence: {licence} (file `vendor/{name}/LICENSE`)\n"
                        f"- source: `npm pack {name}@{version}` (registry.npmjs.org), tarball sha256 "
                        f"`{tar_sha}`\n\n| file | sha256 |\n|---|---|")
            with tarfile.open(tgz) as archive:
                for member, target in sorted(files.items(), key=lambda kv: kv[1]):
                    handle = archive.extractfile(member)
                    assert handle is not None, member
                    data = handle.read()
                    dest = VENDOR / name / target
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    dest.write_bytes(data)
                    rows.append(f"| `vendor/{name}/{target}` | `{sha256(data)}` |")
    header = ("# Vendored map assets\n\nCreated by `tools/vendor_assets.py` (do not edit by hand). "
              "Files are copied byte-for-byte from the npm tarballs below; the maps inline them (or copy "
              "them beside the HTML) so nothing is fetched at view time.\n")
    SOURCES.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")


def check() -> int:
    """Compare committed files with the hashes recorded in SOURCES.md; return an exit code."""
    bad = 0
    for rel, digest in re.findall(r"\| `(vendor/[^`]+)` \| `([0-9a-f]{64})` \|",
                                  SOURCES.read_text(encoding="utf-8")):
        path = SOURCES.parent / rel
        if not path.is_file() or sha256(path.read_bytes()) != digest:
            print(f"mismatch: {rel}", file=sys.stderr)
            bad += 1
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify instead of downloading")
    args = parser.parse_args(argv)
    if args.check:
        return check()
    vendor()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
