"""The control timeline: who holds (besieges, contests…) each place on any date, from claims.

Rules (see ``docs/CLAIMS.md``):

* the effective date of a claim is its ``event_date``, else its ``article_date``;
* actions map to statuses: captured/secured → ``controlled``; advanced/entered →
  ``claimed_advance``; besieged/encircled → ``besieged``; siege_broken → ``siege_broken``;
  attacked/repelled → ``contested``; withdrew ends the actor's state at the place; air/missile
  strikes, shelling, zones and talks do not change control;
* repeated reports of one event (same place, same side, same status, effective dates within
  ``window_days``) become one event listing every claim id and source;
* on each place, the latest event of a side replaces that side's state (a ``controlled`` state is
  not downgraded by a later advance/contest report of the same side);
* when a side gains control, rival sides lose their ``controlled``/``claimed_advance``/``contested``
  states, unless the rival's control was reported within ``window_days`` (then both are kept and
  flagged ``conflicting`` with ``rival_actors``); siege_broken ends rival sieges.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from geo.actors import actor_family
from geo.model import Claim, ControlState

__all__ = ["ACTION_STATUS", "ControlTimeline", "build_timeline", "effective_date"]

#: Control status of each action (actions absent here do not change control).
ACTION_STATUS: dict[str, str] = {
    "captured": "controlled", "secured": "controlled",
    "advanced": "claimed_advance", "entered": "claimed_advance",
    "besieged": "besieged", "encircled": "besieged",
    "siege_broken": "siege_broken",
    "attacked": "contested", "repelled": "contested",
}
_WITHDREW = "withdrew"


def effective_date(claim: Claim) -> dt.date | None:
    """The date a claim takes effect on the timeline: event date, else article date."""
    return claim.event_date or claim.article_date


@dataclass(frozen=True, slots=True)
class _Event:
    place_id: str
    side: str
    status: str  # a CONTROL_STATUSES value or "withdrew"
    first: dt.date
    last: dt.date
    claims: tuple[Claim, ...]


def _cluster(claims: list[Claim], window: int) -> list[_Event]:
    """Group claims of one place into events (same side and status, dates within ``window``)."""
    keyed: dict[tuple[str, str, str], list[tuple[dt.date, Claim]]] = defaultdict(list)
    for c in claims:
        day = effective_date(c)
        status = ACTION_STATUS.get(c.action, _WITHDREW if c.action == _WITHDREW else "")
        if day is None or not status or not c.place_id:
            continue
        keyed[(c.place_id, actor_family(c.actor), status)].append((day, c))
    events = []
    for (place_id, side, status), items in keyed.items():
        items.sort(key=lambda dc: (dc[0], dc[1].id))
        group: list[tuple[dt.date, Claim]] = []
        for day, c in items:
            if group and (day - group[-1][0]).days > window:
                events.append(_Event(place_id, side, status, group[0][0], group[-1][0],
                                     tuple(x for _, x in group)))
                group = []
            group.append((day, c))
        if group:
            events.append(_Event(place_id, side, status, group[0][0], group[-1][0],
                                 tuple(x for _, x in group)))
    events.sort(key=lambda e: (e.first, e.place_id, e.side, e.status))
    return events


def _state(event: _Event, since: dt.date) -> ControlState:
    first = event.claims[0]
    names = Counter(c.actor for c in event.claims)
    actor = sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return ControlState(
        place_id=event.place_id, place_name=first.place_name, place_name_ar=first.place_name_ar,
        actor=actor, status=event.status, since=since, last_reported=event.last,
        lat=first.lat, lon=first.lon,
        claim_ids=tuple(sorted({c.id for c in event.claims})),
        sources=tuple(sorted({c.source for c in event.claims if c.source})),
    )


def _merge_state(old: ControlState, event: _Event) -> ControlState:
    new = _state(event, old.since)
    return replace(new, claim_ids=tuple(sorted(set(old.claim_ids) | set(new.claim_ids))),
                   sources=tuple(sorted(set(old.sources) | set(new.sources))),
                   last_reported=max(old.last_reported, new.last_reported))


class ControlTimeline:
    """Control states per place and side, as of any date.

    Build it with :func:`build_timeline`. ``dates`` are the sorted distinct effective dates at
    which something changed; :meth:`states_on` gives the states as of a day (the latest change
    on or before it).
    """

    def __init__(self, snapshots: list[tuple[dt.date, tuple[ControlState, ...]]]) -> None:
        self._snapshots = snapshots
        self.dates: list[dt.date] = [d for d, _ in snapshots]

    def states_on(self, day: dt.date) -> list[ControlState]:
        """States in force on ``day``, sorted by (place_id, actor)."""
        i = bisect.bisect_right(self.dates, day)
        return [] if i == 0 else list(self._snapshots[i - 1][1])

    def state_on(self, day: dt.date) -> list[ControlState]:
        """Alias of :meth:`states_on` (the name used in ``docs/ARCHITECTURE.md``)."""
        return self.states_on(day)

    def changes(self) -> list[tuple[dt.date, ControlState]]:
        """Every new or changed state with the date it took effect, in date order."""
        out: list[tuple[dt.date, ControlState]] = []
        previous: set[ControlState] = set()
        for day, states in self._snapshots:
            out.extend((day, s) for s in states if s not in previous)
            previous = set(states)
        return out

    def intervals(self) -> list[tuple[ControlState, dt.date, dt.date | None]]:
        """``(state, valid_from, valid_to)`` for each state; ``valid_to`` is exclusive, ``None``
        while the state is still in force at the last date (for QGIS's temporal controller)."""
        out: list[tuple[ControlState, dt.date, dt.date | None]] = []
        open_: dict[ControlState, dt.date] = {}
        for day, states in self._snapshots:
            current = set(states)
            for state in sorted(set(open_) - current, key=_sort_key):
                out.append((state, open_.pop(state), day))
            for state in states:
                open_.setdefault(state, day)
        out.extend((s, since, None) for s, since in sorted(open_.items(), key=lambda kv: _sort_key(kv[0])))
        out.sort(key=lambda t: (t[1], _sort_key(t[0])))
        return out


def _sort_key(state: ControlState) -> tuple[str, str, str]:
    return (state.place_id, state.actor, state.status)


def build_timeline(claims: Iterable[Claim], *, window_days: int = 3) -> ControlTimeline:
    """Reconcile claims into a :class:`ControlTimeline`.

    Parameters
    ----------
    claims
        Claims of any number of articles (order does not matter).
    window_days
        Reports of the same place, side and status this close are one event; rival control
        claims this close are kept side by side and flagged ``conflicting``.
    """
    by_place: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_place[c.place_id].append(c)
    events = _cluster([c for cs in by_place.values() for c in cs], window_days)
    current: dict[tuple[str, str], ControlState] = {}
    snapshots: list[tuple[dt.date, tuple[ControlState, ...]]] = []
    for day in sorted({e.first for e in events}):
        for event in (e for e in events if e.first == day):
            _apply(current, event, window_days)
        snapshot = tuple(sorted(_flag_conflicts(current).values(), key=_sort_key))
        if not snapshots or snapshots[-1][1] != snapshot:
            snapshots.append((day, snapshot))
    return ControlTimeline(snapshots)


def _apply(current: dict[tuple[str, str], ControlState], event: _Event, window: int) -> None:
    key = (event.place_id, event.side)
    old = current.get(key)
    if event.status == _WITHDREW:
        current.pop(key, None)
        return
    if old is not None and old.status == event.status:
        current[key] = _merge_state(old, event)
    elif old is not None and old.status == "controlled" and event.status in ("claimed_advance", "contested"):
        current[key] = replace(old, last_reported=max(old.last_reported, event.last),
                               claim_ids=tuple(sorted(set(old.claim_ids) | {c.id for c in event.claims})),
                               sources=tuple(sorted(set(old.sources)
                                                    | {c.source for c in event.claims if c.source})))
    else:
        current[key] = _state(event, event.first)
    if event.status in ("controlled", "siege_broken"):
        for (place, side), state in list(current.items()):
            if place != event.place_id or side == event.side:
                continue
            if event.status == "siege_broken" and state.status == "besieged":
                del current[(place, side)]
            elif event.status == "controlled" and state.status != "besieged":
                recent = state.status == "controlled" and (event.first - state.last_reported).days <= window
                if not recent:
                    del current[(place, side)]


def _flag_conflicts(current: dict[tuple[str, str], ControlState]) -> dict[tuple[str, str], ControlState]:
    controllers: dict[str, list[ControlState]] = defaultdict(list)
    for (place, _side), state in current.items():
        if state.status == "controlled":
            controllers[place].append(state)
    out = {}
    for key, state in current.items():
        rivals = [s for s in controllers.get(key[0], []) if s is not state
                  and actor_family(s.actor) != key[1]]
        if state.status == "controlled" and rivals:
            state = replace(state, conflicting=True,
                            rival_actors=tuple(sorted({s.actor for s in rivals})))
        else:
            state = replace(state, conflicting=False, rival_actors=())
        out[key] = state
    return out
