from __future__ import annotations

import asyncio
import contextlib
import re
import sqlite3
from datetime import UTC, datetime, timedelta

import asyncpg
import pytest

from bot.core.alerts import PLANNED_KINDS
from bot.core.errors import InvalidInput, InvalidTransition, NotFound, PermissionDenied
from bot.core.model import MAX_NOTE, MAX_PROMISE, MAX_SPEAKER, MAX_URL, Actor, ListFilter, Status
from bot.service import load_seed
from db.pg import PgStore
from tests.conftest import same_database

GUILD = 100
OTHER_GUILD = 200
AUTHOR = Actor(user_id=1)
STRANGER = Actor(user_id=2)
MANAGER = Actor(user_id=3, manage_guild=True)
EDITOR_ROLE = 555
EDITOR = Actor(user_id=4, role_ids=frozenset({EDITOR_ROLE}))


async def add(service, guild=GUILD, actor=AUTHOR, **kw):
    kw.setdefault("speaker", "Friedrich Merz")
    kw.setdefault("promise", "Putin and Zelenskyy will meet")
    return await service.add(guild, actor, **kw)


async def test_add_parses_deadline_from_when_it_was_said(service, clock):
    said = datetime(2025, 8, 18, 12, tzinfo=UTC)
    pledge = await add(service, deadline="within two weeks", said_at=said)
    assert pledge.number == 1
    assert pledge.status is Status.OPEN
    assert pledge.due_at == datetime(2025, 9, 1, 23, 59, 59, tzinfo=UTC)
    assert not pledge.vague
    assert pledge.deadline_text == "within two weeks"
    assert pledge.recorded_by == AUTHOR.user_id
    history = await service.history(GUILD, 1)
    assert [e.kind for e in history] == ["created"]


async def test_vague_deadline_is_flagged(service):
    pledge = await add(service, deadline="over the coming days")
    assert pledge.vague and pledge.due_at is not None


async def test_unreadable_deadline_is_refused_and_nothing_saved(service):
    with pytest.raises(InvalidInput, match="when the time is right"):
        await add(service, deadline="when the time is right")
    assert (await service.list(GUILD, status="all")).total == 0


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("speaker", "x" * (MAX_SPEAKER + 1), "Speaker is 101 characters"),
        ("speaker", "   ", "Speaker can't be empty"),
        ("promise", "x" * (MAX_PROMISE + 1), "limit is 500"),
        ("source_url", "javascript:alert(1)", "http:// or https://"),
        ("source_url", "ftp://example.com/x", "http:// or https://"),
        ("source_url", "https://e.com/" + "a" * MAX_URL, "characters long; the limit is 500"),
        ("depends_on", 42, "no pledge #42"),
    ],
)
async def test_add_rejects_bad_input(service, field, value, message):
    with pytest.raises((InvalidInput, NotFound), match=message):
        await add(service, **{field: value})


async def test_said_in_the_future_is_refused(service, clock):
    with pytest.raises(InvalidInput, match="future"):
        await add(service, said_at=clock.now() + timedelta(days=3))


ALLOWED = [
    (Status.OPEN, Status.FULFILLED),
    (Status.OPEN, Status.PARTLY),
    (Status.OPEN, Status.BROKEN),
    (Status.OPEN, Status.WITHDRAWN),
    (Status.FULFILLED, Status.OPEN),
    (Status.PARTLY, Status.OPEN),
    (Status.BROKEN, Status.OPEN),
    (Status.WITHDRAWN, Status.OPEN),
]


@pytest.mark.parametrize(("start", "target"), ALLOWED)
async def test_allowed_transitions(service, start, target):
    await add(service)
    if start is not Status.OPEN:
        await service.mark(GUILD, 1, AUTHOR, start)
    pledge = await service.mark(
        GUILD, 1, AUTHOR, target, note="met in Geneva", evidence_url="https://example.com/a"
    )
    assert pledge.status is target
    last = (await service.history(GUILD, 1))[-1]
    assert last.kind == ("reopened" if target is Status.OPEN else "ruled")
    assert (last.from_value, last.to_value) == (start.value, target.value)
    assert last.note == "met in Geneva" and last.evidence_url == "https://example.com/a"
    assert last.actor_id == AUTHOR.user_id


@pytest.mark.parametrize(
    ("start", "target"),
    [(a, b) for a in Status for b in Status if (a, b) not in ALLOWED],
)
async def test_refused_transitions(service, start, target):
    await add(service)
    if start is not Status.OPEN:
        await service.mark(GUILD, 1, AUTHOR, start)
    before = await service.history(GUILD, 1)
    with pytest.raises(InvalidTransition):
        await service.mark(GUILD, 1, AUTHOR, target)
    assert await service.history(GUILD, 1) == before


@pytest.mark.parametrize(
    ("actor", "allowed"),
    [(AUTHOR, True), (MANAGER, True), (EDITOR, True), (STRANGER, False)],
)
async def test_who_may_change_a_pledge(service, actor, allowed):
    await service.update_settings(GUILD, MANAGER, editor_role_id=EDITOR_ROLE)
    await add(service, deadline="by the end of the year")
    await add(service)

    async def attempts():
        await service.mark(GUILD, 1, actor, Status.BROKEN)
        await service.extend(GUILD, 2, actor, "within a month")
        await service.edit(GUILD, 2, actor, promise="new words")
        await service.delete(GUILD, 2, actor)

    if allowed:
        await attempts()
        assert (await service.get(GUILD, 1)).status is Status.BROKEN
        with pytest.raises(NotFound):
            await service.get(GUILD, 2)
    else:
        with pytest.raises(PermissionDenied, match="only the member who recorded it"):
            await attempts()
        for verb_call in (
            service.extend(GUILD, 2, actor, "within a month"),
            service.edit(GUILD, 2, actor, promise="x"),
            service.delete(GUILD, 2, actor),
        ):
            with pytest.raises(PermissionDenied):
                await verb_call
        assert (await service.get(GUILD, 1)).status is Status.OPEN


async def test_editor_role_is_named_in_refusal(service):
    await service.update_settings(GUILD, MANAGER, editor_role_id=EDITOR_ROLE)
    await add(service)
    with pytest.raises(PermissionDenied, match=f"<@&{EDITOR_ROLE}>"):
        await service.mark(GUILD, 1, STRANGER, Status.BROKEN)


async def test_settings_need_manage_server(service):
    with pytest.raises(PermissionDenied, match="Manage Server"):
        await service.update_settings(GUILD, AUTHOR, alert_channel_id=1)
    with pytest.raises(PermissionDenied):
        await service.seed(GUILD, AUTHOR)
    with pytest.raises(InvalidInput, match="Europe/Berlin"):
        await service.update_settings(GUILD, MANAGER, timezone="Mars/Olympus")
    settings = await service.update_settings(GUILD, MANAGER, timezone="Europe/Berlin")
    assert settings.timezone == "Europe/Berlin"


async def test_guild_isolation(service):
    await add(service, guild=GUILD, promise="in A")
    with pytest.raises(NotFound):
        await service.get(OTHER_GUILD, 1)
    with pytest.raises(NotFound):
        await service.mark(OTHER_GUILD, 1, MANAGER, Status.BROKEN)
    assert (await service.list(OTHER_GUILD, status="all")).total == 0
    assert await service.autocomplete(OTHER_GUILD, "") == []
    other = await add(service, guild=OTHER_GUILD, promise="in B")
    assert other.number == 1
    assert (await service.get(GUILD, 1)).promise == "in A"


async def test_extend_keeps_old_deadline_in_history(service, clock):
    await add(service, deadline="within two weeks")
    clock.advance(timedelta(days=20))
    pledge = await service.extend(GUILD, 1, AUTHOR, "within a month", reason="talks slipped")
    assert pledge.due_at == datetime(2025, 10, 7, 23, 59, 59, tzinfo=UTC)
    event = (await service.history(GUILD, 1))[-1]
    assert event.kind == "extended"
    assert "within two weeks" in event.from_value and "2025-09-01" in event.from_value
    assert "within a month" in event.to_value and event.note == "talks slipped"
    with pytest.raises(InvalidInput, match="couldn't read"):
        await service.extend(GUILD, 1, AUTHOR, "someday maybe")


async def test_edit_records_each_field(service):
    await add(service)
    await service.edit(GUILD, 1, AUTHOR, speaker="Merz", source_url="https://example.com/x")
    events = (await service.history(GUILD, 1))[1:]
    assert {(e.field, e.from_value, e.to_value) for e in events} == {
        ("speaker", "Friedrich Merz", "Merz"),
        ("source_url", None, "https://example.com/x"),
    }
    with pytest.raises(InvalidInput, match="Nothing to change"):
        await service.edit(GUILD, 1, AUTHOR, speaker="Merz")


async def test_note_limit(service):
    await add(service)
    with pytest.raises(InvalidInput, match="limit is 1000"):
        await service.mark(GUILD, 1, AUTHOR, Status.BROKEN, note="n" * (MAX_NOTE + 1))


async def test_soft_delete_hides_but_keeps_history(service, store):
    pledge = await add(service, deadline="within two weeks")
    await service.delete(GUILD, 1, AUTHOR)
    assert (await service.list(GUILD, status="all")).total == 0
    assert [e.kind for e in await store.history(pledge.guild_id, pledge.id)] == [
        "created",
        "deleted",
    ]
    rows = await store.outbox_for_pledge(pledge.guild_id, pledge.id)
    # Its planned alerts are cancelled; no alert message of it was sent, so no row waits
    # to take buttons off one.
    assert [r.kind for r in rows if r.state != "cancelled"] == []
    assert [r for r in rows if r.kind in PLANNED_KINDS]


async def test_deleting_a_pledge_clears_the_dependency_on_it_with_a_history_entry(service):
    """Review p42b: #2's card said "Depends on #1" after #1 was deleted, and /pledge show 1
    then said there was no #1. The dependency goes, and #2's history says why."""
    await add(service)
    await add(service, promise="trilateral summit", depends_on=1)
    await add(service, promise="ceasefire", depends_on=2)
    await service.delete(GUILD, 1, MANAGER)
    assert (await service.get(GUILD, 2)).depends_on is None
    assert (await service.get(GUILD, 3)).depends_on == 2  # other dependencies stay
    last = (await service.history(GUILD, 2))[-1]
    assert (last.kind, last.field, last.from_value, last.to_value) == (
        "edited",
        "depends_on",
        "1",
        None,
    )
    assert last.actor_id == MANAGER.user_id and "#1 was deleted" in (last.note or "")


async def _fail_when_dependency_cleared(store) -> None:
    """From another connection (as an operator's shell would), a trigger that fails any
    write clearing a pledge's "depends on": a crash at that step, reproducibly."""
    if isinstance(store, PgStore):
        conn = await asyncpg.connect(store.database.url)
        try:
            await conn.execute(
                "CREATE FUNCTION fail_release() RETURNS trigger LANGUAGE plpgsql AS "
                "$$ BEGIN RAISE EXCEPTION 'crash while releasing a dependent'; END $$; "
                "CREATE TRIGGER fail_release BEFORE UPDATE OF depends_on ON pledges "
                "FOR EACH ROW WHEN (NEW.depends_on IS NULL) EXECUTE FUNCTION fail_release()"
            )
        finally:
            await conn.close()
        return
    with contextlib.closing(sqlite3.connect(store.path)) as raw:
        raw.execute(
            "CREATE TRIGGER fail_release BEFORE UPDATE OF depends_on ON pledges "
            "WHEN NEW.depends_on IS NULL "
            "BEGIN SELECT RAISE(ABORT, 'crash while releasing a dependent'); END"
        )
        raw.commit()


async def test_a_crash_while_releasing_dependents_leaves_the_pledge_undeleted(service, store):
    """Review s42: the deletion and the clearing of "depends on #1" in its dependents were
    two transactions, so a crash between them left #2 depending on a deleted #1. They are
    one now: a failure anywhere in it leaves everything as it was."""
    await add(service)
    await add(service, promise="trilateral summit", depends_on=1)
    await _fail_when_dependency_cleared(store)
    with pytest.raises(Exception, match="crash while releasing"):
        await service.delete(GUILD, 1, MANAGER)
    assert (await service.get(GUILD, 1)).deleted_at is None
    assert (await service.get(GUILD, 2)).depends_on == 1
    assert [e.kind for e in await service.history(GUILD, 1)] == ["created"]
    assert [e.kind for e in await service.history(GUILD, 2)] == ["created"]


async def _until_waiting_on_a_lock(url: str, task: asyncio.Task) -> None:
    """Until a connection of the database waits on a lock (or `task` ended without one),
    polled from a connection of its own: a fixed sleep can end before a busy machine's
    add has checked #1, and the service's check then refuses without the lock ever being
    tested."""
    watcher = await asyncpg.connect(url)
    try:
        for _ in range(400):
            if task.done() or await watcher.fetchval(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND wait_event_type = 'Lock'"
            ):
                return
            await asyncio.sleep(0.025)
    finally:
        await watcher.close()


@pytest.mark.postgres_only
async def test_a_dependency_deleted_by_another_process_while_adding_is_refused(service, store):
    """Review s43: on PostgreSQL the add checked that #1 existed before its transaction
    and never locked it, so a deletion by another process committed meanwhile left #2
    depending on a deleted #1 (the deletion's release of dependents could not see #2
    yet). The add now locks #1 in its own transaction: it waits for the deletion and
    refuses."""
    assert isinstance(store, PgStore)
    await add(service)
    other = await asyncpg.connect(store.database.url)
    try:
        deleting = other.transaction()
        await deleting.start()
        await other.execute(
            "UPDATE pledges SET deleted_at = now() WHERE guild_id = $1 AND number = 1", GUILD
        )
        adding = asyncio.create_task(add(service, promise="trilateral summit", depends_on=1))
        await _until_waiting_on_a_lock(store.database.url, adding)
        await deleting.commit()
        with pytest.raises(NotFound, match="#1"):
            await adding
    finally:
        await other.close()
    assert [p.number for p in (await service.list(GUILD, status="all")).items] == []


async def test_the_store_refuses_a_dependency_on_a_deleted_pledge(service, store, clock):
    """The same promise on both engines, inside the store's transaction: whatever the
    service saw before it, a pledge never comes to depend on a deleted one."""
    await add(service)
    await service.delete(GUILD, 1, MANAGER)
    fields = {"speaker": "A", "promise": "p", "said_at": clock.now(), "recorded_by": 1}
    with pytest.raises(NotFound, match="#1"):
        await store.insert_pledge(GUILD, {**fields, "depends_on": 1}, clock.now())
    with pytest.raises(NotFound, match="#7"):
        await store.insert_pledge(GUILD, {**fields, "depends_on": 7}, clock.now())
    assert (await store.insert_pledge(GUILD, fields, clock.now())).number == 2


async def test_overdue_and_due_soon_are_derived(service, clock):
    await add(service, deadline="within two weeks")  # due 1 Sep
    await add(service, deadline="by the end of the year")
    assert (await service.list(GUILD, status=ListFilter.OVERDUE)).total == 0
    clock.set(datetime(2025, 8, 28, tzinfo=UTC))
    assert [p.number for p in (await service.list(GUILD, status="due soon")).items] == [1]
    clock.set(datetime(2025, 9, 2, tzinfo=UTC))
    overdue = await service.list(GUILD, status=ListFilter.OVERDUE)
    assert [p.number for p in overdue.items] == [1]
    assert overdue.items[0].status is Status.OPEN  # overdue is never stored


async def test_seed_twice_adds_nothing(service):
    first = await service.seed(GUILD)
    entries = load_seed()
    assert len(first.added) == len(entries) >= 6
    second = await service.seed(GUILD)
    assert second.added == [] and second.skipped == len(entries)
    listed = (await service.list(GUILD, status="all", page_size=50)).items
    assert len(listed) == len(entries)
    by_speaker = {p.seed_key: p for p in listed}
    merz = by_speaker["2025-08-18-merz-meeting"]
    assert merz.due_at == datetime(2025, 9, 1, 23, 59, 59, tzinfo=UTC)
    rutte = by_speaker["2025-08-18-rutte-guarantees"]
    assert rutte.vague
    trilat = by_speaker["2025-08-18-trump-trilateral"]
    assert trilat.due_at is None and trilat.depends_on == merz.number
    # Another server gets its own copy with its own numbers.
    assert len((await service.seed(OTHER_GUILD)).added) == len(entries)


async def test_ruling_queues_status_update_and_cancels_followups(service, store):
    pledge = await add(service, deadline="within two weeks")
    planned = await store.outbox_for_pledge(pledge.guild_id, pledge.id)
    assert [r.kind for r in planned] == ["heads_up"]  # only the next alert (issue 15)
    dependent = await add(service, promise="trilateral summit", depends_on=1)
    await service.mark(GUILD, 1, AUTHOR, Status.BROKEN, note="no meeting")
    rows = await store.outbox_for_pledge(pledge.guild_id, pledge.id)
    assert {r.state for r in rows if r.kind != "status"} == {"cancelled"}
    status = [r for r in rows if r.kind == "status"]
    assert len(status) == 1 and status[0].payload["to"] == "broken"
    dep_rows = [
        r
        for r in await store.outbox_for_pledge(dependent.guild_id, dependent.id)
        if r.kind == "dependency"
    ]
    assert len(dep_rows) == 1 and dep_rows[0].payload["number"] == 1


async def test_simultaneous_rulings_accept_only_one(service, store):
    pledge = await add(service, deadline="within two weeks")
    results = await asyncio.gather(
        service.mark(GUILD, 1, AUTHOR, Status.FULFILLED),
        service.mark(GUILD, 1, MANAGER, Status.BROKEN),
        return_exceptions=True,
    )
    accepted = [r for r in results if not isinstance(r, Exception)]
    refused = [r for r in results if isinstance(r, Exception)]
    assert len(accepted) == 1 and len(refused) == 1
    assert isinstance(refused[0], InvalidTransition)
    assert [e.kind for e in await store.history(pledge.guild_id, pledge.id)] == ["created", "ruled"]
    status_rows = [
        r for r in await store.outbox_for_pledge(pledge.guild_id, pledge.id) if r.kind == "status"
    ]
    assert len(status_rows) == 1


async def test_delete_racing_an_extension_leaves_no_alerts(service, store):
    pledge = await add(service, deadline="within two weeks")
    deleted, extended = await asyncio.gather(
        service.delete(GUILD, 1, AUTHOR),
        service.extend(GUILD, 1, AUTHOR, "by the end of the year"),
        return_exceptions=True,
    )
    assert deleted.deleted_at is not None
    assert isinstance(extended, NotFound)
    assert [e.kind for e in await store.history(pledge.guild_id, pledge.id)] == [
        "created",
        "deleted",
    ]
    rows = await store.outbox_for_pledge(pledge.guild_id, pledge.id)
    assert all(r.state == "cancelled" for r in rows if r.kind in PLANNED_KINDS)


async def test_evidence_must_be_a_web_address(service):
    await add(service)
    with pytest.raises(InvalidInput, match="Evidence must be a web address"):
        await service.mark(GUILD, 1, AUTHOR, Status.BROKEN, evidence_url="file:///etc/passwd")
    assert (await service.get(GUILD, 1)).status is Status.OPEN


@pytest.mark.parametrize("name", ["Europe", "America", "posix/Europe/Berlin/..", "X" * 2500, ""])
async def test_timezone_must_be_a_zone(service, name):
    with pytest.raises(InvalidInput, match="not a time zone I know"):
        await service.update_settings(GUILD, MANAGER, timezone=name)


async def test_a_deadline_before_the_pledge_says_so(service):
    with pytest.raises(InvalidInput, match="before the pledge was made"):
        await add(service, deadline="by 1 January 2020")
    await add(service)
    # A new deadline is read from now, not from when the pledge was made (review u42).
    with pytest.raises(InvalidInput, match="already past: a new deadline is read from now"):
        await service.extend(GUILD, 1, AUTHOR, "yesterday")


async def test_a_deadline_naming_a_period_already_past_says_so(service):
    # "before March 2020" names a month, not a day: the parser's own reason is given
    # (it was "names no date or time span I understand")
    with pytest.raises(InvalidInput, match="“before March 2020” is already past") as caught:
        await add(service, deadline="before March 2020")
    assert "couldn't read" not in str(caught.value)
    assert await service.store.count_pledges(GUILD) == 0


async def test_a_deadline_put_as_a_question_says_so(service):
    # Since stop 58 (CONVENTIONS 4.3) a time that is only asked about is no deadline: a member
    # who types "by Friday?" is told why and what to give instead, not "names no date"
    with pytest.raises(InvalidInput, match="put as a question") as caught:
        await add(service, deadline="by Friday?")
    assert "“by Friday”" in str(caught.value)
    assert "couldn't read" not in str(caught.value)
    assert await service.store.count_pledges(GUILD) == 0


async def test_long_unreadable_words_are_cut_in_the_reply(service):
    with pytest.raises(InvalidInput) as caught:
        await add(service, deadline="z" * 200)
    assert len(str(caught.value)) < 600


async def test_seed_keeps_a_deleted_pledge_deleted(service):
    first = await service.seed(GUILD)
    await service.delete(GUILD, 1, MANAGER)
    again = await service.seed(GUILD)
    assert again.added == [] and again.skipped == len(first.added)
    with pytest.raises(NotFound):
        await service.get(GUILD, 1)


async def test_seed_does_not_depend_on_a_deleted_pledge(service, monkeypatch):
    import bot.service as service_module

    entries = load_seed()
    without_trilateral = [e for e in entries if e["key"] != "2025-08-18-trump-trilateral"]
    monkeypatch.setattr(service_module, "load_seed", lambda: without_trilateral)
    await service.seed(GUILD)
    merz = next(
        p
        for p in (await service.list(GUILD, status="all", page_size=50)).items
        if p.seed_key == "2025-08-18-merz-meeting"
    )
    await service.delete(GUILD, merz.number, MANAGER)
    monkeypatch.setattr(service_module, "load_seed", lambda: entries)
    result = await service.seed(GUILD)
    assert [p.seed_key for p in result.added] == ["2025-08-18-trump-trilateral"]
    assert result.added[0].depends_on is None


async def test_concurrent_seeds_import_once(service):
    results = await asyncio.gather(service.seed(GUILD), service.seed(GUILD))
    assert sorted(len(r.added) for r in results) == [0, len(load_seed())]


async def test_two_processes_seeding_one_server_at_once_import_each_pledge_once(store, clock):
    """Two `seed` runs on one server (two processes, each its own connection and its own
    per-server lock): one died with an IntegrityError traceback (#11, finding 4)."""
    from bot.service import PledgeService

    first, second = same_database(store), same_database(store)
    await first.open()
    await second.open()
    try:
        results = await asyncio.gather(
            PledgeService(first, clock).seed(GUILD), PledgeService(second, clock).seed(GUILD)
        )
        seeded = await first.seeded_numbers(GUILD)
        assert len(seeded) == len(load_seed()) == 7
        assert sum(len(r.added) for r in results) == 7
        assert sorted(seeded.values()) == list(range(1, 8))
    finally:
        await first.close()
        await second.close()


# -- issue 12: earliest-only words, refusals with reasons, the fiscal-year setting ----------


async def test_earliest_only_words_record_a_start_and_no_deadline(service):
    said = datetime(2025, 8, 18, 12, tzinfo=UTC)
    pledge = await add(service, deadline="not before June", said_at=said)
    assert pledge.due_at is None
    assert pledge.due_earliest == datetime(2026, 6, 1, tzinfo=UTC)
    assert pledge.deadline_text == "not before June"
    again = await service.get(GUILD, pledge.number)
    assert again.due_at is None and again.due_earliest == pledge.due_earliest


async def test_a_recurring_standard_is_refused_with_the_reason(service):
    with pytest.raises(InvalidInput, match="recurring service standard"):
        await add(service, deadline="each complaint gets a reply within five working days")
    assert (await service.list(GUILD, status="all")).total == 0


async def test_a_number_it_cannot_use_is_named(service):
    with pytest.raises(InvalidInput, match="number in “by 31 December 12000”"):
        await add(service, deadline="by 31 December 12000")


async def test_fiscal_year_end_follows_the_zone_then_the_setting(service):
    said = datetime(2025, 8, 18, 12, tzinfo=UTC)
    await service.update_settings(GUILD, MANAGER, timezone="Europe/London")
    pledge = await add(service, deadline="by the end of this financial year", said_at=said)
    assert pledge.due_at == datetime(2026, 3, 31, 22, 59, 59, tzinfo=UTC)  # GB: 31 March
    settings = await service.update_settings(GUILD, MANAGER, fiscal_year_end="30 June")
    assert settings.fiscal_year_end == "06-30"
    pledge = await add(service, deadline="by the end of this financial year", said_at=said)
    assert pledge.due_at == datetime(2026, 6, 30, 22, 59, 59, tzinfo=UTC)
    settings = await service.update_settings(GUILD, MANAGER, fiscal_year_end="default")
    assert settings.fiscal_year_end is None
    other = await service.settings(OTHER_GUILD)
    assert other.fiscal_year_end is None


async def test_a_bad_fiscal_year_end_is_refused(service):
    with pytest.raises(InvalidInput, match="fiscal year ends"):
        await service.update_settings(GUILD, MANAGER, fiscal_year_end="31 Smarch")
    with pytest.raises(PermissionDenied):
        await service.update_settings(GUILD, AUTHOR, fiscal_year_end="31 March")


async def test_extend_to_earliest_only_words_clears_the_deadline(service, clock):
    pledge = await add(service, deadline="within two weeks")
    extended = await service.extend(GUILD, pledge.number, AUTHOR, "no sooner than the spring")
    assert extended.due_at is None and extended.due_earliest is not None


@pytest.mark.postgres_only
async def test_a_dependent_repointed_meanwhile_by_another_process_keeps_its_new_dependency(
    service, store
):
    """Final review s43: on PostgreSQL (READ COMMITTED) the deletion read #1's dependents
    without locking them, so #2, re-pointed at #3 by another process while the deletion
    waited for its row, lost "depends on #3" with a history entry naming #1."""
    assert isinstance(store, PgStore)
    await add(service)
    await add(service, promise="trilateral summit", depends_on=1)
    await add(service, promise="bilateral summit")
    other = await asyncpg.connect(store.database.url)
    try:
        repointing = other.transaction()
        await repointing.start()
        await other.execute(
            "UPDATE pledges SET depends_on = 3 WHERE guild_id = $1 AND number = 2", GUILD
        )
        deleting = asyncio.create_task(service.delete(GUILD, 1, MANAGER))
        await asyncio.sleep(0.5)  # the deletion waits for #2's row
        await repointing.commit()
        await deleting
    finally:
        await other.close()
    assert (await service.get(GUILD, 2)).depends_on == 3
    assert [e.kind for e in await service.history(GUILD, 2)] == ["created"]


NO_SUCH_42 = "There is no pledge #42 in this server. Use /pledge list to see the numbers."


@pytest.mark.sqlite_only
async def test_depends_on_is_checked_once_in_the_stores_transaction(service, store):
    """The service read the pledge depended on before the store checked it again inside
    its transaction: one extra read on every "depends on", and a check outside the
    transaction that a deletion could slip past. Traced on the real SQLite file's own
    connections: the pledge depended on is looked up once, on the writer (inside the
    insert's transaction), never on a reader. The member's message for a number that is
    not there, or was deleted, stays the same."""
    await add(service)
    writer = store.database.connection
    lookups: list[tuple[bool, str]] = []
    looked_up = re.compile(r"\bFROM pledges\b.*\bnumber = 1\b", re.IGNORECASE | re.DOTALL)

    def tracer(on_writer: bool):
        def trace(sql: str) -> None:
            if looked_up.search(sql):
                lookups.append((on_writer, " ".join(sql.split())))

        return trace

    for connection in store.database.connections():
        await connection.set_trace_callback(tracer(connection is writer))
    dependent = await add(service, depends_on=1)
    assert dependent.depends_on == 1
    assert [on_writer for on_writer, _ in lookups] == [True], lookups
    assert "deleted_at IS NULL" in lookups[0][1]
    with pytest.raises(NotFound) as refused:
        await add(service, depends_on=42)
    assert str(refused.value) == NO_SUCH_42
    await service.delete(GUILD, 1, AUTHOR)
    with pytest.raises(NotFound) as gone:
        await add(service, depends_on=1)
    assert str(gone.value) == NO_SUCH_42.replace("42", "1")
    assert (await service.list(GUILD, status="all")).total == 1  # only #2, the dependent


async def test_extraction_reads_the_paste_off_the_event_loop(service, monkeypatch):
    # A 100 kB paste takes up to two seconds to read: on the event loop's thread that
    # would stall every other command and the gateway's heartbeat for as long.
    import threading

    import bot.service as service_module

    real = service_module.extract_pledges
    threads: list[int] = []

    def reading(*args, **kwargs):
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(service_module, "extract_pledges", reading)
    text = "The minister said the bridge would reopen by 1 June 2025."
    start = await service.start_extraction(GUILD, text=text, published="2025-01-10")
    found = await service.extract(GUILD, text, start)
    assert threads and threads[0] != threading.get_ident()
    assert [c.quote for c in found.candidates] == [
        c.quote for c in real(text, start.published, "UTC", set_aside=True)
    ]
    assert found.candidates, "the sentence is a pledge and must be found"
