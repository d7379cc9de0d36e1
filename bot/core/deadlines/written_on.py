"""When the words were written or said: a leading dateline, the citation of the debate that
quoted words come from, and `parse_said_on` (the "said on" option, which looks back).

These readers sat in the package's entry module until stop 55; they moved here so that it
has room to grow, with the same readings. The words after a dateline and the words inside
a quotation are read as any text is: the entry module hands its own `interpret_deadline`
in as `read` (this module cannot import it: the entry module imports this one).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Final, Protocol
from zoneinfo import ZoneInfo

from bot.core.deadlines import datelines
from bot.core.deadlines.choose import check_reference, read_outcome, reading_context
from bot.core.deadlines.context import YEAR_IN
from bot.core.deadlines.model import Deadline, Refusal
from bot.core.deadlines.vocabulary import NOON


class Reader(Protocol):
    """`interpret_deadline`'s signature."""

    def __call__(
        self,
        text: str,
        reference: datetime,
        tz: str | ZoneInfo = "UTC",
        *,
        day_first: bool = True,
        fiscal_year_end: tuple[int, int] | None = None,
    ) -> Deadline | Refusal | None: ...


_A_DAY: Final = timedelta(days=1)
# A story is written on the day of the words or soon after: a dateline more than two days
# after the reference cannot be the day of writing (a typo'd year, a forward-dated feed), and
# is ignored; the words after it count from the reference (datelines.py, stop 37).
_DATELINE_LAG: Final = timedelta(days=2)
# A dateline of the last week is when the words were written (cues.py reads it as the past).
_DATELINE_AGE: Final = timedelta(days=8)


def after_dateline(
    text: str,
    reference: datetime,
    tz: str | ZoneInfo,
    day_first: bool,
    fiscal_year_end: tuple[int, int] | None,
    read: Reader,
) -> tuple[bool, Deadline | Refusal | None]:
    """(True, the reading) when a leading dateline ahead of the reference settles the text
    ("(Monday, 7 December 2026) - ... due by Friday": datelines.py); (False, None) when the
    text is to be read as usual (no such dateline, or no time after it)."""
    if (lined := datelines.split(text)) is None:
        return False, None
    written = _written_ahead(lined[1], reference, tz, day_first, read)
    if written is None:
        return False, None
    far = written.date() > reference.astimezone(written.tzinfo).date() + _DATELINE_LAG
    told = read(
        lined[0],
        reference if far else written,
        tz,
        day_first=day_first,
        fiscal_year_end=fiscal_year_end,
    )
    if isinstance(told, Deadline):
        why = "ignored: too far ahead to be the day of writing" if far else "counted from"
        why = f"the dateline ({lined[1]}) {why}" if far else f"{why} the dateline ({lined[1]})"
        return True, replace(told, reason=f"{told.reason}, {why}")
    if told is not None or (far and not _lately(lined[1], reference, tz, day_first)):
        return True, told  # the words after it refused (so is the text), or no time after it
    return False, None  # no time after it: a year-less one of the last week is a day gone by


def quoted(
    cited: tuple[str, str],
    reference: datetime,
    tz: str | ZoneInfo,
    day_first: bool,
    fiscal_year_end: tuple[int, int] | None,
    read: Reader,
) -> Deadline | Refusal | None:
    """Words quoted with a citation of the debate they were said in: read as said on the
    cited day (citations.py); what fell due before they were quoted is the past."""
    words, citation = cited
    said = parse_said_on(citation, reference, tz, day_first=day_first)
    if said is None or said > reference:
        said = reference
    found = read(words, said, tz, day_first=day_first, fiscal_year_end=fiscal_year_end)
    if isinstance(found, Deadline) and found.due < reference - _A_DAY:
        why = "it fell due before the words were quoted"
        return Refusal(kind="past", words=found.matched, reason=why)
    if isinstance(found, Deadline) and said != reference:
        return replace(found, reason=f"{found.reason}, counted from the day of the quoted words")
    return found


def _written_ahead(
    line: str, reference: datetime, tz: str | ZoneInfo, day_first: bool, read: Reader
) -> datetime | None:
    """Noon of the day a leading dateline names, when the whole line is that day and it
    lies ahead of the reference (datelines.py); else None."""
    found = read(line, reference, tz, day_first=day_first)
    if (
        not isinstance(found, Deadline)
        or found.precision != "day"
        or found.vague
        or len(found.matched) < len(line.strip(" ,.")) - 1
        or found.due <= reference + _A_DAY
    ):
        return None
    zone = ZoneInfo(tz) if isinstance(tz, str) else tz
    return found.due.astimezone(zone).replace(hour=12, minute=0, second=0, microsecond=0)


def _lately(line: str, reference: datetime, tz: str | ZoneInfo, day_first: bool) -> bool:
    """Whether a dateline ahead may be a year-less day of the last week ("LONDON, 27 February
    - " read on 1 March); if not ("20 December"), it is no day of writing and is ignored."""
    if YEAR_IN.search(line) is not None:
        return False
    said = parse_said_on(line, reference, tz, day_first=day_first)
    return said is not None and reference - said < _DATELINE_AGE


def parse_said_on(
    text: str,
    now: datetime,
    tz: str | ZoneInfo = "UTC",
    *,
    day_first: bool = True,
) -> datetime | None:
    """When a pledge was said, for the "said on" option: looks back, not ahead.

    A bare day is recorded as 12:00 local time: noon stays on the same calendar day in
    every zone a server is likely to switch to, so the day shown never drifts.
    """
    check_reference(now)
    try:
        ctx = reading_context(now, tz, day_first, past=True)
        found = read_outcome(text, ctx, None)
        if found is None or found.cand is None:
            return None
        res = found.cand.res
        assert res.due is not None
        if res.day is not None and res.precision == "day":
            when = ctx.at(res.day, NOON)
        else:
            when = res.due
        when = when.astimezone(UTC)
        if when - now > timedelta(days=1):
            return None
    except OverflowError:
        return None
    return when
