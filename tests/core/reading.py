"""How the round tests of issue 12 read a sentence: said on Wednesday 2 December 2026 at
10:00, London time, unless a test gives another moment."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bot.core.deadlines import Deadline, Refusal, interpret_deadline
from tests.data.deadlines.relabels import cases_of, conventional

LONDON = "Europe/London"
SAID = datetime(2026, 12, 2, 10, 0, tzinfo=ZoneInfo(LONDON))  # a Wednesday


def read(text: str, said: datetime = SAID) -> Deadline | Refusal | None:
    return interpret_deadline(text, said, LONDON)


def due(text: str, said: datetime = SAID) -> str:
    """The due instant in UTC, to the minute; fails when the text gives no deadline."""
    got = read(text, said)
    assert isinstance(got, Deadline), got
    return got.due.astimezone(UTC).strftime("%Y-%m-%d %H:%M")


def refusal(text: str, said: datetime = SAID) -> str | None:
    """The kind of refusal, or None for no time at all; fails on a deadline."""
    got = read(text, said)
    assert not isinstance(got, Deadline), got
    return None if got is None else got.kind


def check_set_case(module: str, opening: str) -> None:
    """A fixed case of a blind set, found by its opening words (or words within it), read
    as CONVENTIONS.md labels it: the same due and vagueness, or the same refusal (None for
    a case labelled as having no time at all)."""
    cases = conventional(module, cases_of(module))
    case = next(
        iter(
            [c for c in cases if c.text.startswith(opening)]
            or [c for c in cases if opening in c.text]
        )
    )
    got = interpret_deadline(
        case.text,
        datetime.fromisoformat(case.said).replace(tzinfo=UTC),
        case.tz,
        day_first=case.day_first,
    )
    if case.due is None:
        assert (got.kind if isinstance(got, Refusal) else got) == case.refusal, got
    else:
        assert isinstance(got, Deadline), got
        assert got.due.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S") == case.due
        assert got.vague == case.vague


def read_in(text: str, said: str, tz: str) -> Deadline | Refusal | None:
    """`read` for a moment given as ISO text with its offset, in a zone of the test's choosing."""
    return interpret_deadline(text, datetime.fromisoformat(said), tz)


def due_in(text: str, said: str, tz: str) -> str:
    """`due` for a moment given as ISO text with its offset, in a zone of the test's choosing."""
    got = read_in(text, said, tz)
    assert isinstance(got, Deadline), got
    return got.due.astimezone(UTC).strftime("%Y-%m-%d %H:%M")
