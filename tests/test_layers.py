"""geo.layers: analyses + timeline → GeoDataFrames with the documented columns."""

from __future__ import annotations

import datetime as dt

import pytest
from shapely.geometry import Point

from geo.timeline import build_timeline
from geo.layers import LAYER_COLUMNS, action_family, build_layers
from geo.model import Article, ArticleAnalysis, Claim, Mention, Place, Resolution

D1, D2 = dt.date(2020, 3, 1), dt.date(2020, 3, 4)
TOWN = Place(id="t:1", name="Town One", name_ar="البلدة", kind="town", lat=35.0, lon=38.0,
             precision_km=3.0, admin1="SY04")
HILL = Place(id="t:2", name="Hill Two", name_ar="التلة", kind="hill", lat=35.2, lon=38.3,
             precision_km=1.0, admin1="SY04")


def _res(place: Place, start: int) -> Resolution:
    return Resolution(mention=Mention(place.name_ar, start, start + len(place.name_ar), place.name_ar,
                                      (place.id,)), place=place, confidence=0.9, reason="test")


def _claim(cid: str, action: str, place: Place, day: dt.date) -> Claim:
    return Claim(id=cid, article_id="a", actor="Syrian Army", action=action, place_id=place.id,
                 place_name=place.name, place_name_ar=place.name_ar, lat=place.lat, lon=place.lon,
                 event_date=day, date_precision="day", quote="q", start=0, end=1, confidence=0.8,
                 article_date=day)


@pytest.fixture()
def analyses():
    a1 = Article(id="a1", date=D1, text="x" * 50, source="S1")
    a2 = Article(id="a2", date=D2, text="x" * 50, source="S2")
    return [
        ArticleAnalysis(a1, (_res(TOWN, 0), _res(TOWN, 20)), (_claim("a1:c1", "captured", TOWN, D1),)),
        ArticleAnalysis(a2, (_res(HILL, 0), _res(TOWN, 10)), (_claim("a2:c1", "advanced", HILL, D2),)),
    ]


def test_every_layer_has_documented_columns_even_when_empty() -> None:
    layers = build_layers([], build_timeline([]))
    for name, frame in layers.as_dict().items():
        assert str(frame.crs) == "EPSG:4326"
        for column in LAYER_COLUMNS[name]:
            assert column in frame.columns, (name, column)
    assert len(layers.places) == 0 and len(layers.claims) == 0


def test_places_aggregate_mentions_across_articles(analyses) -> None:
    layers = build_layers(analyses, build_timeline([]))
    town = layers.places.set_index("id").loc["t:1"]
    assert town["mentions"] == 3
    assert town["article_ids"] == "a1;a2"
    assert (town["first_seen"], town["last_seen"]) == (D1, D2)
    assert (town.geometry.x, town.geometry.y) == (38.0, 35.0)  # lon, lat order
    assert list(layers.places["id"]) == sorted(layers.places["id"])


def test_control_layer_as_of_date_and_history(analyses) -> None:
    claims = [_claim("a1:c1", "captured", TOWN, D1), _claim("a2:c2", "besieged", HILL, D2)]
    timeline = build_timeline(claims)
    early = build_layers(analyses[:1], timeline, on_date=D1)
    assert list(early.control["place_id"]) == ["t:1"]
    assert list(early.control["status"]) == ["controlled"]
    assert len(early.sieges) == 0
    cumulative = build_layers(analyses, timeline)
    assert set(cumulative.control["place_id"]) == {"t:1", "t:2"}
    assert cumulative.control["id"].is_unique
    siege = cumulative.sieges.iloc[0]
    assert siege["place_id"] == "t:2" and siege.geometry.geom_type == "Polygon"
    centre = Point(HILL.lon, HILL.lat)
    assert not siege.geometry.contains(centre)  # a ring, not a disc
    assert siege.geometry.distance(centre) > 0.01


def test_axis_of_advance_from_earlier_held_place(analyses) -> None:
    layers = build_layers(analyses, build_timeline([]))
    assert len(layers.axes) == 1
    axis = layers.axes.iloc[0]
    assert (axis["from_place"], axis["to_place"]) == ("Town One", "Hill Two")
    assert list(axis.geometry.coords) == [(38.0, 35.0), (38.3, 35.2)]


def test_action_family_legend_groups() -> None:
    assert action_family("secured") == "captured"
    assert action_family("encircled") == "besieged"
    assert action_family("nonsense") == "other"
