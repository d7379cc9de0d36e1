"""Through the service, every change to a pledge (ruling, extension, deletion, settings)
changes its alert plan at once, in the same transaction."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.core.alerts import plan_alerts
from bot.core.model import Pledge, Status
from tests.core.plans import (
    AUTHOR,
    DAY,
    DUE,
    GUILD,
    MANAGER,
    NOW,
    plan,
    pledge,
)

CHANNEL = 4242

# -- through the service: every change replans at once ------------------------------------


async def pending(store, pledge: Pledge) -> list[tuple[str, datetime]]:
    rows = await store.outbox_for_pledge(pledge.guild_id, pledge.id)
    return [(r.kind, r.due_at) for r in rows if r.state == "pending"]


async def add(service, **kw):
    kw.setdefault("speaker", "Friedrich Merz")
    kw.setdefault("promise", "Putin and Zelenskyy will meet")
    return await service.add(GUILD, AUTHOR, **kw)


# Since issue 15 the outbox holds only each pledge's next alert (the first of its plan);
# the rest is planned as each one goes out. The expectations below say `plan(...)[:1]`
# where they said the whole plan.


async def test_recording_plans_alerts(service, store):
    p = await add(service, deadline="within two weeks")
    assert p.due_at == DUE
    assert await pending(store, p) == plan(pledge())[:1]


async def test_ruling_cancels_the_plan_and_reopening_restores_it(service, store, clock):
    p = await add(service, deadline="within two weeks")
    await service.mark(GUILD, 1, AUTHOR, Status.BROKEN)
    assert await pending(store, p) == [("status", NOW)]
    clock.set(NOW + DAY)
    await service.mark(GUILD, 1, AUTHOR, Status.OPEN)
    planned = [(k, d) for k, d in await pending(store, p) if k != "status"]
    assert planned == plan(pledge(), now=NOW + DAY)[:1]


async def test_extension_replaces_the_plan(service, store, clock):
    p = await add(service, deadline="within two weeks")
    await service.extend(GUILD, 1, AUTHOR, "by the end of October", reason="talks delayed")
    extended = await service.get(GUILD, 1)
    assert extended.due_at is not None and extended.due_at > DUE
    assert await pending(store, p) == plan(extended)[:1]
    rows = await store.outbox_for_pledge(p.guild_id, p.id)
    # Only the next alert (the heads-up) was stored, so only it is cancelled.
    assert {r.due_at for r in rows if r.state == "cancelled"} == {DUE - DAY}


async def test_extending_an_overdue_pledge_stops_its_follow_ups(service, store, clock):
    p = await add(service, deadline="within two weeks")
    clock.set(DUE + 2 * DAY)
    await service.extend(GUILD, 1, AUTHOR, "within a week")
    extended = await service.get(GUILD, 1)
    assert [k for k, _ in await pending(store, p)] == ["heads_up"]  # the next only
    assert all(d > DUE + 2 * DAY for _, d in await pending(store, p))
    assert extended.due_at > clock.now()


async def test_deletion_cancels_everything(service, store):
    p = await add(service, deadline="within two weeks")
    await service.delete(GUILD, 1, AUTHOR)
    # Every planned alert goes, and no alert message was ever posted: nothing waits.
    assert await pending(store, p) == []


async def _sent_due_alert(store, p: Pledge, *, confirm: bool, digest: bool = False) -> None:
    """The pledge's due alert claimed by the dispatcher (on its way), and sent if
    `confirm` (as a digest's page if `digest`), straight through the outbox on the real
    database."""
    at = DUE + timedelta(minutes=1)
    claimed = await store.outbox.claim_due(
        GUILD, at, limit=10, late_before=DUE, single_up_to=5, planner=plan_alerts
    )
    assert [(c.row.pledge_id, c.row.kind) for c in claimed] == [(p.id, "due")]
    if confirm:
        await store.outbox.confirm(
            GUILD, [claimed[0].row.id], channel_id=CHANNEL, message_id=900, now=at, digest=digest
        )


async def test_deletion_without_an_alert_message_leaves_nothing_waiting(service, store, clock):
    """Stop 45's review: in a server with no alert channel (or before any alert of the
    pledge went out) a deletion queued its 'deleted' row, which only edits the pledge's
    alert messages. With no channel the dispatcher never looks at the server, so the
    row waited for ever, one more for every deletion, with nothing to do. Planned
    alerts of a server without a channel wait as the pledge's one next alert and go
    when it is deleted; the deletion's row now is queued only when there is an alert
    message to edit: sent, or claimed and on its way."""
    for _ in (1, 2, 3):
        await add(service, deadline="within two weeks")
    assert (await service.settings(GUILD)).alert_channel_id is None
    clock.set(DUE + DAY)
    await service.mark(GUILD, 1, AUTHOR, Status.BROKEN)
    for number in (1, 2):
        await service.delete(GUILD, number, AUTHOR)
    rows = await store.outbox.rows_for_guild(GUILD)
    waiting = [(r.pledge_id, r.kind) for r in rows if r.state in ("pending", "claimed")]
    # #1's status update waits for a channel, as rulings' do; #3's next alert too (still
    # the heads-up it was planned with: the catch-up comes when a channel is set).
    assert sorted(waiting) == [(1, "status"), (3, "heads_up")], waiting
    assert [r for r in rows if r.kind == "deleted"] == []


async def test_deletion_after_an_alert_went_out_queues_its_edits(service, store, clock):
    """The alert messages to edit: a sent due alert, and one claimed (it may be posted
    after the deletion commits)."""
    await service.update_settings(GUILD, MANAGER, alert_channel_id=CHANNEL)
    for number in (1, 2):
        p = await add(service, deadline="within two weeks")
        await _sent_due_alert(store, p, confirm=number == 1)
    clock.set(DUE + DAY)
    for number in (1, 2):
        await service.delete(GUILD, number, AUTHOR)
    rows = await store.outbox.rows_for_guild(GUILD)
    assert sorted((r.pledge_id, r.state) for r in rows if r.kind == "deleted") == [
        (1, "pending"),
        (2, "pending"),
    ]


async def test_settings_change_replans_open_pledges_only(service, store):
    open_one = await add(service, deadline="within two weeks")
    ruled = await add(service, deadline="within two weeks")
    await service.mark(GUILD, 2, AUTHOR, Status.FULFILLED)
    no_deadline = await add(service)
    await service.update_settings(
        GUILD, MANAGER, heads_up_minutes=60, follow_up_days=(2,), repeat_days=10, review_days=7
    )
    await service.replans.wait()  # the replan runs after the reply since issue 15
    s = await service.settings(GUILD)
    assert await pending(store, open_one) == plan(pledge(), s=s)[:1]
    assert [k for k, _ in await pending(store, ruled)] == ["status"]
    assert await pending(store, no_deadline) == [("review", NOW + 7 * DAY)]


async def test_dependents_get_a_status_update_when_the_pledge_they_depend_on_is_ruled(
    service, store
):
    first = await add(service, deadline="within two weeks")
    dependent = await add(service, promise="A trilateral summit", depends_on=first.number)
    ruled_dependent = await add(service, promise="Something else", depends_on=first.number)
    await service.mark(GUILD, ruled_dependent.number, AUTHOR, Status.WITHDRAWN)
    await service.mark(GUILD, first.number, AUTHOR, Status.BROKEN, note="no meeting")
    rows = [
        r
        for r in await store.outbox_for_pledge(dependent.guild_id, dependent.id)
        if r.kind == "dependency"
    ]
    assert len(rows) == 1
    assert rows[0].payload["dependent"] == dependent.number
    assert rows[0].payload["to"] == "broken" and rows[0].payload["note"] == "no meeting"
    # A dependent that is itself already ruled is not bothered.
    assert not [
        r
        for r in await store.outbox_for_pledge(ruled_dependent.guild_id, ruled_dependent.id)
        if r.kind == "dependency"
    ]


async def test_every_change_tells_the_dispatcher(service):
    woken = []
    service.on_alerts_changed = lambda: woken.append(1)
    await add(service, deadline="within two weeks")
    await service.extend(GUILD, 1, AUTHOR, "by the end of October")
    await service.mark(GUILD, 1, AUTHOR, Status.BROKEN)
    await add(service)
    await service.delete(GUILD, 2, AUTHOR)
    await service.update_settings(GUILD, MANAGER, repeat_days=10)
    await service.replans.wait()  # it wakes the dispatcher when its replan is done
    assert len(woken) == 6
    await service.update_settings(GUILD, MANAGER, alert_channel_id=42)
    assert len(woken) == 7  # a channel set at last: the waiting alerts may go out


async def test_seeding_wakes_the_dispatcher_once_so_old_pledges_make_one_digest(service):
    woken = []
    service.on_alerts_changed = lambda: woken.append(1)
    result = await service.seed(GUILD)
    assert len(result.added) > 5
    assert len(woken) == 1
    await add(service)
    assert len(woken) == 2  # and single changes wake it again as before


async def test_deletion_of_a_pledge_alerted_only_in_a_digest_queues_no_edits(service, store, clock):
    """A digest carries no ruling buttons (`alert_messages_of` does not count it), so a
    pledge alerted only in one has no alert message to edit: its deletion queues no row
    that could only find nothing to do."""
    await service.update_settings(GUILD, MANAGER, alert_channel_id=CHANNEL)
    p = await add(service, deadline="within two weeks")
    await _sent_due_alert(store, p, confirm=True, digest=True)
    clock.set(DUE + DAY)
    await service.delete(GUILD, 1, AUTHOR)
    assert await store.outbox.alert_messages_of(GUILD, p.id) == []
    rows = await store.outbox.rows_for_guild(GUILD)
    assert [r for r in rows if r.kind == "deleted"] == []
