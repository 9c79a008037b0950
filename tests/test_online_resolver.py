"""Online resolver: rate limit, cache, offline message, registry — never touches the network."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import pytest

from geo.errors import InputError, MissingDependencyError
from gazetteer.online import (RESOLVERS, GeoNamesResolver, NominatimResolver, OnlineResult,
                              get_resolver)


@dataclass
class FakeLocation:
    latitude: float
    longitude: float
    address: str
    raw: dict = field(default_factory=dict)


class FakeGeocoder:
    def __init__(self, answers: dict[str, FakeLocation | None], error: Exception | None = None):
        self.answers = answers
        self.error = error
        self.calls: list[tuple[str, dict]] = []

    def geocode(self, query: str, **kwargs):
        self.calls.append((query, kwargs))
        if self.error is not None:
            raise self.error
        return self.answers.get(query)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def make(tmp_path, answers=None, error=None, clock=None):
    geocoder = FakeGeocoder(answers or {}, error)
    clock = clock or FakeClock()
    resolver = NominatimResolver(cache_path=tmp_path / "cache.json", geocoder=geocoder,
                                 clock=clock.clock, sleep=clock.sleep, min_delay_seconds=1.0)
    return resolver, geocoder, clock


def test_answer_keeps_the_raw_record_and_becomes_a_place(tmp_path) -> None:
    loc = FakeLocation(35.1, 40.2, "قرية ما, سوريا", {"osm_id": 7, "type": "village"})
    resolver, geocoder, _ = make(tmp_path, {"قرية ما": loc})
    result = resolver.geocode("قرية ما")
    assert result == OnlineResult("قرية ما", 35.1, 40.2, "قرية ما, سوريا", "nominatim")
    assert result.raw == {"osm_id": 7, "type": "village"}
    assert geocoder.calls[0][1]["country_codes"] == ["sy"]
    place = result.to_place(kind="village")
    assert place.id.startswith("online:nominatim:") and place.lat == 35.1 and "ODbL" in place.license


def test_rate_limiter_waits_between_requests(tmp_path) -> None:
    resolver, geocoder, clock = make(tmp_path, {"أ": FakeLocation(1, 2, "a"), "ب": FakeLocation(3, 4, "b")})
    resolver.geocode("أ")
    resolver.geocode("ب")
    assert len(geocoder.calls) == 2
    assert clock.slept and abs(sum(clock.slept) - 1.0) < 1e-6


def test_cache_avoids_second_request_and_survives_restart(tmp_path) -> None:
    resolver, geocoder, _ = make(tmp_path, {"أ": FakeLocation(1, 2, "a"), "لا شيء": None})
    resolver.geocode("أ")
    assert resolver.geocode("لا شيء") is None
    resolver.geocode("أ")
    resolver.geocode("لا شيء")
    assert [q for q, _ in geocoder.calls] == ["أ", "لا شيء"]
    data = json.loads((tmp_path / "cache.json").read_text(encoding="utf-8"))
    assert len(data) == 2
    again, geocoder2, _ = make(tmp_path, {})
    assert again.geocode("أ").lat == 1 and geocoder2.calls == []


def test_offline_gives_a_clear_one_line_error(tmp_path) -> None:
    from geopy.exc import GeocoderUnavailable

    resolver, _, _ = make(tmp_path, error=GeocoderUnavailable("no route to host"))
    with pytest.raises(MissingDependencyError) as info:
        resolver.geocode("أ")
    message = str(info.value)
    assert "nominatim" in message and "--online" in message and "\n" not in message


def test_other_errors_are_not_hidden(tmp_path) -> None:
    resolver, _, _ = make(tmp_path, error=ValueError("bug"))
    with pytest.raises(ValueError):
        resolver.geocode("أ")


def test_registry() -> None:
    assert RESOLVERS == {"nominatim": NominatimResolver, "geonames": GeoNamesResolver}
    with pytest.raises(InputError, match="unknown online resolver"):
        get_resolver("bing")
    with pytest.raises(InputError, match="username"):
        get_resolver("geonames")
    resolver = get_resolver("GeoNames", username="demo", geocoder=FakeGeocoder({}))
    assert isinstance(resolver, GeoNamesResolver)
    assert resolver._query_kwargs()["country"] == ["SY"]


def test_corrupt_cache_is_a_user_error(tmp_path) -> None:
    (tmp_path / "cache.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="cache"):
        make(tmp_path)
