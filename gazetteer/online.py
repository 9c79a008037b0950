"""Optional online geocoding through geopy (Nominatim or GeoNames), off by default.

Nothing here runs unless a caller asks for it explicitly (``--online RESOLVER``). Requests go
through geopy's :class:`~geopy.extra.rate_limiter.RateLimiter` (its clock and sleep can be
replaced, for tests), answers are cached on disk as JSON (written atomically), and a network
failure raises :class:`geo.errors.MissingDependencyError` with a one-line explanation.

Follows geopy's own layout: a base class, one subclass per service, a name registry
(:data:`RESOLVERS`, :func:`get_resolver`); results keep the provider's raw answer.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from geo.atomic import atomic_write_text
from geo.errors import InputError, MissingDependencyError
from geo.model import Place, Resolution

__all__ = ["OnlineResult", "OnlineResolver", "NominatimResolver", "GeoNamesResolver",
           "RESOLVERS", "get_resolver", "refine_unknown", "MAX_SHIFT_KM"]


@dataclass(frozen=True)
class OnlineResult:
    """One geocoder answer; ``raw`` is the provider's own record, unchanged."""

    query: str
    lat: float
    lon: float
    address: str
    provider: str
    raw: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_place(self, kind: str = "other", precision_km: float = 5.0) -> Place:
        """A :class:`~geo.model.Place` for this answer (id derived from provider + query)."""
        digest = hashlib.sha1(f"{self.provider}|{self.query}".encode()).hexdigest()[:12]
        return Place(id=f"online:{self.provider}:{digest}", name=self.address.split(",")[0],
                     name_ar=self.query, kind=kind, lat=round(self.lat, 6), lon=round(self.lon, 6),
                     precision_km=precision_km, country="", source=f"online:{self.provider}",
                     license=_LICENSES.get(self.provider, ""))


_LICENSES = {"nominatim": "ODbL (OpenStreetMap contributors)", "geonames": "CC BY 4.0 (GeoNames)"}


def _rate_limited(func: Callable[..., Any], min_delay: float, clock: Callable[[], float],
                  sleep: Callable[[float], None]) -> Callable[..., Any]:
    """geopy's RateLimiter with an injectable clock and sleep."""
    from geopy.extra.rate_limiter import RateLimiter

    class _Limiter(RateLimiter):
        def _clock(self) -> float:
            return clock()

        def _sleep(self, seconds: float) -> None:
            sleep(seconds)

    return _Limiter(func, min_delay_seconds=min_delay, max_retries=1, error_wait_seconds=min_delay,
                    swallow_exceptions=False)


class OnlineResolver:
    """Base class: cache + rate limit + error handling around one geopy geocoder.

    Parameters
    ----------
    cache_path : path, optional
        JSON file of earlier answers (read at start, rewritten after each new answer).
    min_delay_seconds : float
        Minimum time between two requests (Nominatim's policy is one per second).
    geocoder : object, optional
        Anything with a geopy-style ``geocode(query, **kwargs)``; built from the subclass when
        omitted (tests pass a fake).
    clock, sleep : callables
        Time source and sleep used by the rate limiter (tests pass fakes).
    """

    name: ClassVar[str] = ""

    def __init__(self, *, cache_path: str | Path | None = None, min_delay_seconds: float = 1.0,
                 geocoder: Any = None, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep, user_agent: str = "conflictmap",
                 country_codes: tuple[str, ...] = ("sy",), **options: Any) -> None:
        self.cache_path = Path(cache_path) if cache_path else None
        self.country_codes = country_codes
        self.user_agent = user_agent
        self.options = options
        self._geocoder = geocoder if geocoder is not None else self._make_geocoder()
        self._call = _rate_limited(self._geocoder.geocode, min_delay_seconds, clock, sleep)
        self._cache: dict[str, dict[str, Any] | None] = self._read_cache()

    # -- subclasses
    def _make_geocoder(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def _query_kwargs(self) -> dict[str, Any]:
        return {}

    # -- cache
    def _read_cache(self) -> dict[str, dict[str, Any] | None]:
        if self.cache_path is None or not self.cache_path.exists():
            return {}
        try:
            data = json.loads(self.cache_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"{self.cache_path}: unreadable geocoder cache ({exc})") from exc
        return data if isinstance(data, dict) else {}

    def _write_cache(self) -> None:
        if self.cache_path is not None:
            atomic_write_text(self.cache_path, json.dumps(self._cache, ensure_ascii=False,
                                                          sort_keys=True, indent=1) + "\n")

    def _cache_key(self, query: str) -> str:
        return f"{self.name}|{','.join(self.country_codes)}|{query}"

    # -- public
    def geocode(self, query: str) -> OnlineResult | None:
        """Geocode ``query`` (from the cache when it was asked before)."""
        key = self._cache_key(query)
        if key in self._cache:
            return self._result(query, self._cache[key])
        try:
            location = self._call(query, **self._query_kwargs())
        except Exception as exc:  # geopy raises its own family; urllib/socket errors too
            if _is_network_error(exc):
                raise MissingDependencyError(
                    f"online resolver {self.name!r} cannot reach its service ({type(exc).__name__}: "
                    f"{exc}); run without --online or check the network") from exc
            raise
        record = None
        if location is not None:
            record = {"lat": float(location.latitude), "lon": float(location.longitude),
                      "address": str(location.address), "raw": _plain(getattr(location, "raw", {}))}
        self._cache[key] = record
        self._write_cache()
        return self._result(query, record)

    def _result(self, query: str, record: dict[str, Any] | None) -> OnlineResult | None:
        if record is None:
            return None
        return OnlineResult(query, record["lat"], record["lon"], record["address"], self.name,
                            record.get("raw") or {})


def _plain(raw: Any) -> dict[str, Any]:
    try:
        return json.loads(json.dumps(raw, default=str))
    except (TypeError, ValueError):
        return {"repr": repr(raw)}


def _is_network_error(exc: BaseException) -> bool:
    try:
        from geopy import exc as gexc
        # only these mean "cannot reach the service"; a bad account or quota is its own error
        network = (gexc.GeocoderUnavailable, gexc.GeocoderTimedOut)
    except ImportError:  # pragma: no cover
        network = ()
    return isinstance(exc, network + (OSError,))  # ConnectionError, TimeoutError are OSErrors


class NominatimResolver(OnlineResolver):
    """OpenStreetMap Nominatim (public instance: one request per second, a user agent)."""

    name = "nominatim"

    def _make_geocoder(self) -> Any:
        try:
            from geopy.geocoders import Nominatim
        except ImportError as exc:  # pragma: no cover
            raise MissingDependencyError("the online resolver needs geopy (pip install geopy)") from exc
        return Nominatim(user_agent=self.user_agent, timeout=10)

    def _query_kwargs(self) -> dict[str, Any]:
        return {"country_codes": list(self.country_codes), "language": "ar", "exactly_one": True}


class GeoNamesResolver(OnlineResolver):
    """GeoNames search web service (needs a free account: ``username=...``)."""

    name = "geonames"

    def _make_geocoder(self) -> Any:
        username = self.options.get("username")
        if not username:
            raise InputError("the geonames resolver needs a GeoNames account: pass username=...")
        try:
            from geopy.geocoders import GeoNames
        except ImportError as exc:  # pragma: no cover
            raise MissingDependencyError("the online resolver needs geopy (pip install geopy)") from exc
        return GeoNames(username=username, user_agent=self.user_agent, timeout=10)

    def _query_kwargs(self) -> dict[str, Any]:
        return {"country": [c.upper() for c in self.country_codes], "exactly_one": True}


#: Name → resolver class (like ``geopy.geocoders.get_geocoder_for_service``).
RESOLVERS: dict[str, type[OnlineResolver]] = {
    NominatimResolver.name: NominatimResolver,
    GeoNamesResolver.name: GeoNamesResolver,
}


def get_resolver(name: str, **kwargs: Any) -> OnlineResolver:
    """Build the online resolver registered under ``name``."""
    try:
        cls = RESOLVERS[name.lower()]
    except KeyError:
        raise InputError(f"unknown online resolver {name!r}; choose one of "
                         f"{', '.join(sorted(RESOLVERS))}") from None
    return cls(**kwargs)


#: An online answer further than this from the area the offline resolver chose is rejected
#: (a homonym elsewhere in the country is likelier than a correction that large).
MAX_SHIFT_KM = 80.0


def refine_unknown(resolutions: Sequence[Resolution], resolver: OnlineResolver, *,
                   max_shift_km: float = MAX_SHIFT_KM) -> list[Resolution]:
    """Ask ``resolver`` about places the gazetteer does not know; keep answers near their area.

    Only resolutions with ``known=False`` are queried (by their surface without glued clitics
    and trigger noun, i.e. the synthetic place's Arabic name). An answer replaces the enclosing
    area's point only when it lies within ``max_shift_km`` of it; the reason records the
    provider, and ``geo_precision`` becomes ``near``. Everything else is returned unchanged.
    """
    from dataclasses import replace

    from geo.geometry import haversine_km

    out: list[Resolution] = []
    for res in resolutions:
        if res.known:
            out.append(res)
            continue
        name = res.place.name_ar or res.mention.surface
        answer = resolver.geocode(name)
        if answer is None:
            out.append(res)
            continue
        shift = haversine_km(res.place.lat, res.place.lon, answer.lat, answer.lon)
        if shift > max_shift_km:
            out.append(replace(res, reason=f"{res.reason}; online {resolver.name} answer "
                                           f"{shift:.0f} km away rejected"))
            continue
        place = replace(answer.to_place(kind=res.place.kind, precision_km=2.0),
                        name=res.place.name, country=res.place.country, admin1=res.place.admin1,
                        parent_id=res.place.parent_id)
        out.append(replace(res, place=place, geo_precision="near",
                           confidence=min(res.confidence, 0.6),
                           reason=f"{res.reason}; placed by online {resolver.name} "
                                  f"({answer.address})"))
    return out
