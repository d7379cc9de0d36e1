"""Scorecards: how each speaker's pledges stand, worked out from pledges and history.

Pure: the service reads the pledges and their ruling and extension events, this turns
them into figures, and bot/chat renders them.

- kept rate = (fulfilled + half of partly fulfilled) / ruled, where ruled counts the
  pledges judged kept or not (fulfilled, partly fulfilled, broken); a withdrawn pledge
  was neither kept nor broken and stays out of the rate;
- days late = from the due date to the ruling that stands, for pledges ruled after
  their due date; the card gives their median.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from bot.core.model import Event, Pledge, Status

SHOWN = 5  # overdue pledges and rulings on one speaker's card
# Speakers worked out in full for the server's table: more rows than its embed holds
# (about 55) or a chart draws (25). The rest are counted, not scored.
SCORE_ROWS = 60
TIMELINE_ROWS = 40  # pledges on a timeline; beyond this, the busiest only
DAY_SECONDS = 86_400.0


@dataclass(frozen=True, slots=True)
class Ruling:
    """The ruling that stands on a pledge, and when it was made."""

    pledge: Pledge
    at: datetime


@dataclass(frozen=True, slots=True)
class SpeakerScore:
    speaker: str
    pledges: int = 0
    fulfilled: int = 0
    partly: int = 0
    broken: int = 0
    withdrawn: int = 0
    open: int = 0
    overdue: int = 0
    extensions: int = 0
    late_median: float | None = None  # median days late of the pledges ruled after their due date

    @property
    def ruled(self) -> int:
        return self.fulfilled + self.partly + self.broken

    @property
    def kept_rate(self) -> float | None:
        if not self.ruled:
            return None
        return (self.fulfilled + self.partly / 2) / self.ruled

    @property
    def median_days_late(self) -> float | None:
        return self.late_median


@dataclass(frozen=True, slots=True)
class Tally:
    """A speaker's name (one spelling, or several counted together) and its live
    pledges' counts, as the store keeps them in step with every change."""

    speaker: str
    pledges: int
    open: int = 0
    fulfilled: int = 0
    partly: int = 0
    broken: int = 0
    withdrawn: int = 0
    extensions: int = 0
    spellings: tuple[str, ...] = ()  # several spellings counted together (else `speaker`)

    @property
    def names(self) -> tuple[str, ...]:
        return self.spellings or (self.speaker,)


@dataclass(frozen=True, slots=True)
class Scoreboard:
    """The server's table: the busiest speakers scored in full, and how many there are."""

    scores: list[SpeakerScore]
    speakers: int


def group_tallies(tallies: Iterable[Tally]) -> list[list[Tally]]:
    """The spellings of each speaker (names differing only in case are one speaker),
    most pledges first, then by name."""
    groups: dict[str, list[Tally]] = {}
    for tally in tallies:
        groups.setdefault(tally.speaker.casefold(), []).append(tally)
    return sorted(
        groups.values(),
        key=lambda g: (-sum(t.pledges for t in g), min(t.speaker for t in g).casefold()),
    )


def spellings(group: Iterable[Tally]) -> list[str]:
    """Every spelling one speaker's tallies count."""
    return [name for tally in group for name in tally.names]


def score_tallies(group: Sequence[Tally], overdue: int, late_median: float | None) -> SpeakerScore:
    """One speaker's figures from its spellings' counts and what the store read for it."""
    return SpeakerScore(
        speaker=min(t.speaker for t in group),
        pledges=sum(t.pledges for t in group),
        fulfilled=sum(t.fulfilled for t in group),
        partly=sum(t.partly for t in group),
        broken=sum(t.broken for t in group),
        withdrawn=sum(t.withdrawn for t in group),
        open=sum(t.open for t in group),
        overdue=overdue,
        extensions=sum(t.extensions for t in group),
        late_median=late_median,
    )


@dataclass(frozen=True, slots=True)
class SpeakerCard:
    """One speaker's scorecard: the figures, the most overdue pledges, the latest rulings."""

    score: SpeakerScore
    most_overdue: list[Pledge] = field(default_factory=list)
    latest_rulings: list[Ruling] = field(default_factory=list)


def standing_rulings(pledges: Iterable[Pledge], events: Iterable[Event]) -> dict[int, Ruling]:
    """pledge id -> its standing ruling (the last `ruled` event of a ruled pledge)."""
    by_id = {p.id: p for p in pledges if p.status.is_ruling}
    found: dict[int, Ruling] = {}
    for event in sorted(events, key=lambda e: (e.at, e.id or 0)):
        if event.kind == "ruled" and event.pledge_id in by_id:
            found[event.pledge_id] = Ruling(by_id[event.pledge_id], event.at)
    return found


def score_speakers(
    pledges: Sequence[Pledge], events: Sequence[Event], now: datetime
) -> list[SpeakerScore]:
    """Every speaker's figures, most pledges first. Names differing only in case are one
    speaker, shown in the spelling that sorts first ("Donald Trump" before "donald trump")."""
    live = [p for p in pledges if p.deleted_at is None]
    rulings = standing_rulings(live, events)
    extensions: dict[int, int] = {}
    for event in events:
        if event.kind == "extended":
            extensions[event.pledge_id] = extensions.get(event.pledge_id, 0) + 1
    groups: dict[str, list[Pledge]] = {}
    for pledge in live:
        groups.setdefault(pledge.speaker.casefold(), []).append(pledge)
    scores = [_score(group, rulings, extensions, now) for group in groups.values()]
    return sorted(scores, key=lambda s: (-s.pledges, s.speaker.casefold()))


def _score(
    group: list[Pledge], rulings: dict[int, Ruling], extensions: dict[int, int], now: datetime
) -> SpeakerScore:
    counts = {status: 0 for status in Status}
    late: list[float] = []
    for pledge in group:
        counts[pledge.status] += 1
        ruling = rulings.get(pledge.id)
        if ruling is not None and pledge.due_at is not None and ruling.at > pledge.due_at:
            late.append((ruling.at - pledge.due_at).total_seconds() / DAY_SECONDS)
    return SpeakerScore(
        speaker=min(p.speaker for p in group),
        pledges=len(group),
        fulfilled=counts[Status.FULFILLED],
        partly=counts[Status.PARTLY],
        broken=counts[Status.BROKEN],
        withdrawn=counts[Status.WITHDRAWN],
        open=counts[Status.OPEN],
        overdue=sum(1 for p in group if p.is_overdue(now)),
        extensions=sum(extensions.get(p.id, 0) for p in group),
        late_median=statistics.median(late) if late else None,
    )


def speaker_card(
    speaker: str, pledges: Sequence[Pledge], events: Sequence[Event], now: datetime
) -> SpeakerCard | None:
    """One speaker's card (matched without regard to case), or None if they have no pledges."""
    key = speaker.strip().casefold()
    mine = [p for p in pledges if p.deleted_at is None and p.speaker.casefold() == key]
    if not mine:
        return None
    ids = {p.id for p in mine}
    own_events = [e for e in events if e.pledge_id in ids]
    (score,) = score_speakers(mine, own_events, now)
    overdue = sorted((p for p in mine if p.is_overdue(now)), key=lambda p: (p.due_at, p.number))
    rulings = sorted(
        standing_rulings(mine, own_events).values(),
        key=lambda r: (r.at, r.pledge.number),
        reverse=True,
    )
    return SpeakerCard(score, overdue[:SHOWN], rulings[:SHOWN])
