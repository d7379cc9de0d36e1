"""The scoreboard the store keeps (per-speaker counts kept by triggers, overdue and days
late read through indexes) agrees with the pure reference in bot/core/scorecard.py,
which works everything out from every pledge and every event, after any mix of adds,
rulings, reopenings, extensions, edits of the speaker, deletions and an import: on the
real database of both engines."""

from __future__ import annotations

import random
from datetime import timedelta

from bot.core.errors import UserFacingError
from bot.core.model import Actor, ListFilter, Status
from bot.core.scorecard import score_speakers, speaker_card
from bot.keeping import KeepingService
from bot.service import PledgeService
from tests.conftest import same_database

MOD = Actor(user_id=99, manage_guild=True)
GUILD, OTHER = 1, 2
NAMES = ["Merz", "merz", "Rutte", "Zelenskyy", "Trump", "Émilie Ötzi", "ÉMILIE ÖTZI", "émilie ötzi"]
DEADLINES = ["within two weeks", "by the end of the year", "over the coming days", "", "tomorrow"]


async def _reference(service, guild):
    """Every live pledge and every event of the server, the slow way."""
    page = await service.store.list_pledges(
        guild, status=ListFilter.ALL, now=service.clock.now(), limit=10_000
    )
    events = []
    for pledge in page.items:
        events += await service.store.history(pledge.guild_id, pledge.id)
    return page.items, events


async def _compare(service, keeping, guild) -> list:
    now = service.clock.now()
    pledges, events = await _reference(service, guild)
    expected = score_speakers(pledges, events, now)
    board = await keeping.scorecards(guild)
    assert board.speakers == len(expected)
    assert len(board.scores) == len(expected)
    for got, want in zip(board.scores, expected, strict=True):
        assert got.speaker == want.speaker
        counts = ("pledges", "fulfilled", "partly", "broken", "withdrawn", "open", "overdue")
        assert [getattr(got, k) for k in counts] == [getattr(want, k) for k in counts]
        assert got.extensions == want.extensions
        if want.median_days_late is None:
            assert got.median_days_late is None
        else:
            assert abs(got.median_days_late - want.median_days_late) < 1e-4
        card = await keeping.speaker_card(guild, want.speaker.upper())
        reference = speaker_card(want.speaker, pledges, events, now)
        assert reference is not None
        assert [p.number for p in card.most_overdue] == [p.number for p in reference.most_overdue]
        assert [(r.pledge.number, r.at) for r in card.latest_rulings] == [
            (r.pledge.number, r.at) for r in reference.latest_rulings
        ]
    return expected


async def _step(service, rng: random.Random, count: int) -> None:
    choice = rng.random()
    number = rng.randint(1, max(count, 1))
    try:
        if choice < 0.3 or count == 0:
            await service.add(
                GUILD,
                MOD,
                speaker=rng.choice(NAMES),
                promise=f"promise {rng.random():.6f}",
                deadline=rng.choice(DEADLINES) or None,
            )
        elif choice < 0.55:
            await service.mark(GUILD, number, MOD, rng.choice(list(Status)), note="ruled")
        elif choice < 0.7:
            await service.extend(GUILD, number, MOD, rng.choice(["within a month", "by March"]))
        elif choice < 0.8:
            await service.edit(GUILD, number, MOD, speaker=rng.choice(NAMES))
        elif choice < 0.85:
            await service.delete(GUILD, number, MOD)
        else:
            service.clock.advance(timedelta(days=rng.randint(1, 20), hours=rng.randint(0, 23)))
    except UserFacingError:
        pass  # a transition the rules refuse, or a deleted pledge: nothing changed


async def test_the_kept_scoreboard_agrees_with_the_reference(service, store):
    keeping = KeepingService(service)
    rng = random.Random(15)
    count = 0
    seen = []
    for step in range(260):
        await _step(service, rng, count)
        count = len(await service.store.all_pledges(GUILD))
        if step % 65 == 64:
            seen += await _compare(service, keeping, GUILD)
    # the walk reached every figure: late rulings, overdue pledges, extensions, spellings
    assert any(s.median_days_late for s in seen) and any(s.overdue for s in seen)
    assert any(s.extensions for s in seen) and any(s.withdrawn for s in seen)
    assert any(s.speaker.casefold() == "émilie ötzi" and s.pledges > 1 for s in seen)
    exported = await keeping.export_file(GUILD, "json")
    await keeping.import_file(OTHER, MOD, exported.data)
    await _compare(service, keeping, OTHER)
    assert await keeping.scorecards(OTHER) == await keeping.scorecards(GUILD)


async def test_a_crowded_server_charts_its_busiest_pledges_and_speakers(service, store):
    keeping = KeepingService(service)
    for index in range(70):
        await service.add(
            GUILD,
            MOD,
            speaker=f"Speaker {index % 65}",
            promise=f"p{index}",
            deadline="within two weeks",
        )
    await service.extend(GUILD, 70, MOD, "within a month")
    await service.mark(GUILD, 1, MOD, Status.BROKEN)
    data = await keeping.chart_data(GUILD)
    assert data.total == 70 and data.speakers == 65
    assert len(data.pledges) >= 40 and data.pledges[0].number == 70  # most extensions first
    assert [e.pledge_id for e in data.extensions[data.pledges[0].id]] == [data.pledges[0].id]
    assert all(p.status is Status.OPEN for p in data.pledges[:40])
    assert len(data.scores) == 60 and data.scores[0].pledges == 2


async def test_a_busy_speakers_timeline_reads_their_busiest_pledges(service, store, monkeypatch):
    monkeypatch.setattr("bot.keeping.SPEAKER_ROWS_READ", 5)  # "many" from the sixth on
    keeping = KeepingService(service)
    for index in range(12):
        speaker = "Merz" if index % 2 else "merz"
        await service.add(GUILD, MOD, speaker=speaker, promise=f"p{index}", deadline="tomorrow")
    await service.add(GUILD, MOD, speaker="Rutte", promise="other", deadline="tomorrow")
    await service.extend(GUILD, 4, MOD, "within a month")
    await service.mark(GUILD, 2, MOD, Status.BROKEN)
    data = await keeping.chart_data(GUILD, "MERZ")
    assert data.total == 12 and len(data.pledges) == 12  # 11 open, then the ruled one
    assert data.pledges[0].number == 4 and data.pledges[-1].number == 2
    assert {p.speaker for p in data.pledges} == {"Merz", "merz"}


async def test_a_small_speakers_timeline_reads_only_their_pledges(service, store, monkeypatch):
    """A speaker of few pledges whose name sits inside a busier one's ("Merz" inside
    "Friedrich Merz"): the timeline reads exactly their spellings' pledges through the
    speaker index, never the busier speaker's rows."""
    keeping = KeepingService(service)
    for index in range(9):
        await service.add(
            GUILD, MOD, speaker="Friedrich Merz", promise=f"f{index}", deadline="tomorrow"
        )
    for speaker in ("Merz", "MERZ", "merz"):
        await service.add(GUILD, MOD, speaker=speaker, promise=speaker, deadline="tomorrow")
    await service.delete(GUILD, 12, MOD)
    read: list[int] = []
    pledges_spoken_by = store.pledges_spoken_by

    async def counted(guild_id, names, limit):
        found = await pledges_spoken_by(guild_id, names, limit)
        read.append(len(found))
        return found

    monkeypatch.setattr(store, "pledges_spoken_by", counted)
    data = await keeping.chart_data(GUILD, "merz")
    assert [p.number for p in data.pledges] == [10, 11]  # the deleted one is left out
    assert read == [2] and data.total == 2


async def test_figures_read_by_several_statements_are_of_one_moment(service, store, monkeypatch):
    """A pledge falling overdue and another ruled between two of a card's reads: the
    speaker's counts and figures are all of the moment before, then all of the moment
    after, never one of each (on a pool of readers, each statement used to be its own
    read transaction)."""
    keeping = KeepingService(service)
    await service.add(GUILD, MOD, speaker="Merz", promise="a", deadline="within two weeks")
    await service.add(GUILD, MOD, speaker="Merz", promise="b", deadline="within two weeks")
    service.clock.advance(timedelta(days=20))
    before = await keeping.speaker_card(GUILD, "Merz")
    assert (before.score.open, before.score.overdue, before.score.broken) == (2, 2, 0)
    speaker_figures = store.speaker_figures
    wrote: list[bool] = []

    async def after_a_write(guild_id, groups, now):
        if not wrote:  # another member's ruling commits between the tallies and figures
            wrote.append(True)
            other = same_database(store)
            await other.open()
            try:
                await PledgeService(other, service.clock).mark(GUILD, 1, MOD, Status.BROKEN)
            finally:
                await other.close()
        return await speaker_figures(guild_id, groups, now)

    monkeypatch.setattr(store, "speaker_figures", after_a_write)
    card = await keeping.speaker_card(GUILD, "Merz")
    assert wrote
    assert (card.score.open, card.score.overdue, card.score.broken) == (2, 2, 0)
    assert [p.number for p in card.most_overdue] == [1, 2] and card.latest_rulings == []
    board = await keeping.scorecards(GUILD)  # the next read sees the ruling, all of it
    (score,) = board.scores
    assert (score.open, score.overdue, score.broken) == (1, 1, 1)
