"""The compiled fact «which Syrian regions lie inside one governorate» (places.json's
``one_governorate_regions``): right, read without geometry at extraction time, and the same when
a gazetteer built without it computes it from its polygons."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from geo.errors import GazetteerError
from gazetteer.resolver import _regions_in_one_governorate, resolve_mentions
from gazetteer.matcher import find_mentions
from gazetteer.store import (DATA_DIR, Gazetteer, _load, load_gazetteer,
                             regions_in_one_governorate)

WIDE = ("region:syrian-desert", "cur-x-jazira", "cur-x-euphrates-valley", "cur-x-syrian-coast")
NARROW = ("cur-x-yarmouk-basin", "cur-x-ghab-plain", "cur-x-eastern-qalamoun", "cur-x-wadi-barada")


def test_shipped_list_flags_basins_not_the_badia():
    gaz = load_gazetteer()
    regions = gaz.one_governorate_regions()
    assert isinstance(regions, frozenset)
    for wide in WIDE:
        assert wide not in regions, wide
    for narrow in NARROW:
        assert narrow in regions, narrow
    for pid in regions:
        place = gaz.get(pid)
        assert place.kind == "region" and place.country == "SY" and place.admin1


def test_shipped_list_is_in_the_data_file_sorted():
    header = json.loads((DATA_DIR / "places.json").read_text(encoding="utf-8"))
    listed = header["one_governorate_regions"]
    assert listed == sorted(listed) and frozenset(listed) == load_gazetteer().one_governorate_regions()


def test_extraction_reads_no_geometry():
    gaz = _load(DATA_DIR)  # a fresh, uncached store
    text = "قصفت القوات بلدة في حوض اليرموك وقرى في سهل الغاب وفي البادية السورية."
    mentions = find_mentions(text, gaz)
    resolve_mentions(mentions, text, gaz)
    assert _regions_in_one_governorate(gaz) == load_gazetteer().one_governorate_regions()
    assert gaz._geometries is None  # no polygon parsed, no shapely


def _without_the_list(tmp_path: Path) -> Path:
    data = json.loads((DATA_DIR / "places.json").read_text(encoding="utf-8"))
    del data["one_governorate_regions"]
    (tmp_path / "places.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    shutil.copy(DATA_DIR / "geometries.geojson", tmp_path / "geometries.geojson")
    return tmp_path


def test_gazetteer_built_without_the_list_computes_the_same(tmp_path):
    custom = load_gazetteer(_without_the_list(tmp_path))
    assert custom._one_governorate_regions is None
    assert custom.one_governorate_regions() == load_gazetteer().one_governorate_regions()


class _StandIn:
    """A gazetteer-like object without ``one_governorate_regions`` (the resolver's fallback)."""

    def __init__(self, gaz: Gazetteer) -> None:
        self._gaz = gaz

    def places(self):
        return self._gaz.places()

    def geometry(self, place_id: str):
        return self._gaz.geometry(place_id)


def test_stand_in_gazetteer_gets_the_same_answer():
    gaz = load_gazetteer()
    assert _regions_in_one_governorate(_StandIn(gaz)) == gaz.one_governorate_regions()
    assert regions_in_one_governorate(gaz.places(), gaz.geometry) == gaz.one_governorate_regions()


def test_malformed_list_is_a_gazetteer_error(tmp_path):
    data = json.loads((DATA_DIR / "places.json").read_text(encoding="utf-8"))
    data["one_governorate_regions"] = "cur-x-ghab-plain"
    (tmp_path / "places.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(GazetteerError, match="one_governorate_regions"):
        _load(tmp_path)
