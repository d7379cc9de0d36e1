"""`size_floor` is a lower bound of what each export format writes for a pledge, so an
export refused for being surely too big would really have been too big."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.exchange import ExportRecord, size_floor, to_csv, to_ics, to_json
from bot.core.model import Event, Pledge, Status

NOW = datetime(2025, 8, 18, 12, tzinfo=UTC)


def _file(fmt: str, pledges: list[Pledge]) -> bytes:
    if fmt == "csv":
        return to_csv(pledges, NOW)
    records = [ExportRecord(p, [Event(p.id, NOW, 0, "created")]) for p in pledges]
    return (to_json if fmt == "json" else to_ics)(1, records, NOW)


texts = st.text(min_size=1, max_size=300)


@settings(max_examples=150, deadline=None)
@given(
    speaker=texts,
    promise=texts,
    due=st.one_of(st.none(), st.integers(-400, 400)),
    vague=st.booleans(),
    status=st.sampled_from(list(Status)),
    number=st.integers(1, 10**9),
)
@pytest.mark.parametrize("fmt", ["csv", "json", "ics"])
def test_each_pledge_adds_at_least_its_floor(fmt, speaker, promise, due, vague, status, number):
    pledge = Pledge(
        id=number,
        guild_id=1,
        number=number,
        speaker=speaker,
        promise=promise,
        said_at=NOW - timedelta(days=3),
        due_at=None if due is None else NOW + timedelta(days=due),
        vague=vague,
        status=status,
        recorded_by=0,
        created_at=NOW,
        updated_at=NOW,
    )
    # The difference a pledge makes to a file that already holds another one: the
    # file's head and tail are not its share.
    other = replace(pledge, id=pledge.id + 10**10, number=pledge.number + 10**10)
    alone = len(_file(fmt, [other]))
    both = len(_file(fmt, [other, pledge]))
    assert both - alone >= size_floor(fmt, pledge)
