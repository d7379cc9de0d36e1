"""The alert plan: pure tests for every setting, and the store-backed checks that every
change to a pledge (ruling, extension, deletion, settings) changes its plan at once."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.alerts import plan_alerts
from bot.core.model import Actor, GuildSettings, Pledge, Status

GUILD = 100
AUTHOR = Actor(user_id=1)
MANAGER = Actor(user_id=3, manage_guild=True)
NOW = datetime(2025, 8, 18, 12, 0, tzinfo=UTC)
DUE = datetime(2025, 9, 1, 23, 59, 59, tzinfo=UTC)
DEFAULTS = GuildSettings(guild_id=GUILD)
DAY = timedelta(days=1)


def pledge(**kw) -> Pledge:
    fields = dict(
        id=1,
        guild_id=GUILD,
        number=1,
        speaker="Friedrich Merz",
        promise="Putin and Zelenskyy will meet",
        said_at=NOW,
        recorded_by=1,
        status=Status.OPEN,
        created_at=NOW,
        updated_at=NOW,
        due_at=DUE,
    )
    fields.update(kw)
    return Pledge(**fields)


def plan(p: Pledge, now: datetime = NOW, s: GuildSettings = DEFAULTS) -> list[tuple[str, datetime]]:
    return [(a.kind, a.due_at) for a in plan_alerts(p, s, now)]


# -- pure: the plan for each setting -------------------------------------------------------


def test_default_plan_heads_up_due_follow_ups_and_first_repeat():
    assert plan(pledge()) == [
        ("heads_up", DUE - DAY),
        ("due", DUE),
        ("follow_up", DUE + DAY),
        ("follow_up", DUE + 7 * DAY),
        ("follow_up", DUE + 37 * DAY),
    ]


def test_heads_up_follows_the_setting():
    s = replace(DEFAULTS, heads_up_minutes=90)
    assert plan(pledge(), s=s)[0] == ("heads_up", DUE - timedelta(minutes=90))


def test_heads_up_zero_means_none():
    s = replace(DEFAULTS, heads_up_minutes=0)
    assert [kind for kind, _ in plan(pledge(), s=s)] == [
        "due",
        "follow_up",
        "follow_up",
        "follow_up",
    ]


def test_no_heads_up_for_a_pledge_recorded_after_its_moment():
    recorded = DUE - timedelta(hours=2)  # heads-up would have been 24 h before
    assert plan(pledge(created_at=recorded), now=recorded)[0] == ("due", DUE)


def test_heads_up_exactly_at_recording_is_skipped():
    recorded = DUE - DAY
    assert plan(pledge(created_at=recorded), now=recorded)[0] == ("due", DUE)


def test_follow_up_days_and_repeat_follow_the_settings():
    s = replace(DEFAULTS, follow_up_days=(10, 3), repeat_days=14)
    assert plan(pledge(), s=s)[1:] == [
        ("due", DUE),
        ("follow_up", DUE + 3 * DAY),
        ("follow_up", DUE + 10 * DAY),
        ("follow_up", DUE + 24 * DAY),
    ]


def test_without_fixed_follow_ups_the_repeats_start_from_the_deadline():
    s = replace(DEFAULTS, follow_up_days=(), repeat_days=5)
    assert plan(pledge(), s=s)[1:] == [("due", DUE), ("follow_up", DUE + 5 * DAY)]


def test_repeats_continue_while_open_one_at_a_time():
    now = DUE + 80 * DAY  # past due, 1 d, 7 d, 37 d and 67 d
    assert plan(pledge(), now=now) == [
        ("follow_up", DUE + 67 * DAY),  # the most recent past moment: the catch-up
        ("follow_up", DUE + 97 * DAY),  # and the next one
    ]


def test_only_the_most_recent_past_moment_is_kept():
    now = DUE + 2 * DAY
    assert plan(pledge(), now=now) == [
        ("follow_up", DUE + DAY),
        ("follow_up", DUE + 7 * DAY),
        ("follow_up", DUE + 37 * DAY),
    ]


def test_a_moment_exactly_now_counts_as_due():
    assert plan(pledge(), now=DUE)[0] == ("due", DUE)


def test_review_reminders_for_a_pledge_without_deadline():
    p = pledge(due_at=None)
    assert plan(p) == [("review", NOW + 30 * DAY)]
    s = replace(DEFAULTS, review_days=7)
    assert plan(p, s=s) == [("review", NOW + 7 * DAY)]


def test_reviews_count_from_when_it_was_said():
    said = NOW - 100 * DAY
    p = pledge(due_at=None, said_at=said)
    assert plan(p) == [("review", said + 90 * DAY), ("review", said + 120 * DAY)]


def test_review_days_do_not_touch_deadline_pledges():
    s = replace(DEFAULTS, review_days=1)
    assert plan(pledge(), s=s) == plan(pledge())


def test_ruled_withdrawn_or_deleted_pledges_get_nothing():
    for status in (Status.FULFILLED, Status.PARTLY, Status.BROKEN, Status.WITHDRAWN):
        assert plan(pledge(status=status)) == []
    assert plan(pledge(deleted_at=NOW)) == []
    assert plan(pledge(due_at=None, status=Status.BROKEN)) == []


def test_extension_moves_every_alert():
    later = DUE + 30 * DAY
    assert plan(pledge(due_at=later)) == [
        ("heads_up", later - DAY),
        ("due", later),
        ("follow_up", later + DAY),
        ("follow_up", later + 7 * DAY),
        ("follow_up", later + 37 * DAY),
    ]


def test_a_late_recorded_pledge_gets_one_catch_up_alert():
    recorded = DUE + 3 * DAY
    assert plan(pledge(created_at=recorded), now=recorded) == [
        ("follow_up", DUE + DAY),
        ("follow_up", DUE + 7 * DAY),
        ("follow_up", DUE + 37 * DAY),
    ]


settings_strategy = st.builds(
    GuildSettings,
    guild_id=st.just(GUILD),
    heads_up_minutes=st.integers(0, 60 * 24 * 30),
    follow_up_days=st.lists(st.integers(1, 365), max_size=10).map(lambda d: tuple(sorted(set(d)))),
    repeat_days=st.integers(1, 365),
    review_days=st.integers(1, 365),
)


@settings(max_examples=300, deadline=None)
@given(
    s=settings_strategy,
    due_offset=st.one_of(st.none(), st.integers(-3000, 3000)),
    now_offset=st.integers(0, 4000),
)
def test_plan_invariants(s, due_offset, now_offset):
    """Whatever the settings and times: sorted, at most one alert already due, always a
    next one, nothing twice, and all of it derived from the pledge's own times."""
    due = None if due_offset is None else NOW + timedelta(days=due_offset)
    p = pledge(due_at=due)
    now = NOW + timedelta(days=now_offset)
    alerts = plan_alerts(p, s, now)
    moments = [a.due_at for a in alerts]
    assert moments == sorted(moments)
    assert len(set(moments)) == len(moments)
    assert sum(1 for m in moments if m <= now) <= 1
    assert any(m > now for m in moments)
    every = timedelta(days=s.review_days if due is None else s.repeat_days)
    # Only one repeat is planned beyond "now": the rest come as each is sent.
    repeats_ahead = [a for a in alerts if a.due_at > now and a.due_at > (due or NOW) + every]
    if due is None:
        assert all(a.kind == "review" for a in alerts)
        assert len([a for a in alerts if a.due_at > now]) == 1
    else:
        assert {a.kind for a in alerts} <= {"heads_up", "due", "follow_up"}
        fixed = max(s.follow_up_days, default=0)
        beyond_fixed = [a for a in repeats_ahead if a.due_at > due + timedelta(days=fixed)]
        assert len(beyond_fixed) <= 1
        heads = [a for a in alerts if a.kind == "heads_up"]
        if heads:
            assert heads[0].due_at == due - timedelta(minutes=s.heads_up_minutes)
            assert heads[0].due_at > p.created_at


# -- through the service: every change replans at once ------------------------------------


async def pending(store, pledge_id: int) -> list[tuple[str, datetime]]:
    rows = await store.outbox_for_pledge(pledge_id)
    return [(r.kind, r.due_at) for r in rows if r.state == "pending"]


async def add(service, **kw):
    kw.setdefault("speaker", "Friedrich Merz")
    kw.setdefault("promise", "Putin and Zelenskyy will meet")
    return await service.add(GUILD, AUTHOR, **kw)


async def test_recording_plans_alerts(service, store):
    p = await add(service, deadline="within two weeks")
    assert p.due_at == DUE
    assert await pending(store, p.id) == plan(pledge())


async def test_ruling_cancels_the_plan_and_reopening_restores_it(service, store, clock):
    p = await add(service, deadline="within two weeks")
    await service.mark(GUILD, 1, AUTHOR, Status.BROKEN)
    assert await pending(store, p.id) == [("status", NOW)]
    clock.set(NOW + DAY)
    await service.mark(GUILD, 1, AUTHOR, Status.OPEN)
    planned = [(k, d) for k, d in await pending(store, p.id) if k != "status"]
    assert planned == plan(pledge(), now=NOW + DAY)


async def test_extension_replaces_the_plan(service, store, clock):
    p = await add(service, deadline="within two weeks")
    await service.extend(GUILD, 1, AUTHOR, "by the end of October", reason="talks delayed")
    extended = await service.get(GUILD, 1)
    assert extended.due_at is not None and extended.due_at > DUE
    assert await pending(store, p.id) == plan(extended)
    rows = await store.outbox_for_pledge(p.id)
    assert {r.due_at for r in rows if r.state == "cancelled"} >= {DUE, DUE - DAY}


async def test_extending_an_overdue_pledge_stops_its_follow_ups(service, store, clock):
    p = await add(service, deadline="within two weeks")
    clock.set(DUE + 2 * DAY)
    await service.extend(GUILD, 1, AUTHOR, "within a week")
    extended = await service.get(GUILD, 1)
    assert [k for k, _ in await pending(store, p.id)][:2] == ["heads_up", "due"]
    assert all(d > DUE + 2 * DAY for _, d in await pending(store, p.id))
    assert extended.due_at > clock.now()


async def test_deletion_cancels_everything(service, store):
    p = await add(service, deadline="within two weeks")
    await service.delete(GUILD, 1, AUTHOR)
    assert await pending(store, p.id) == []


async def test_settings_change_replans_open_pledges_only(service, store):
    open_one = await add(service, deadline="within two weeks")
    ruled = await add(service, deadline="within two weeks")
    await service.mark(GUILD, 2, AUTHOR, Status.FULFILLED)
    no_deadline = await add(service)
    await service.update_settings(
        GUILD, MANAGER, heads_up_minutes=60, follow_up_days=(2,), repeat_days=10, review_days=7
    )
    s = await service.settings(GUILD)
    assert await pending(store, open_one.id) == plan(pledge(), s=s)
    assert [k for k, _ in await pending(store, ruled.id)] == ["status"]
    assert await pending(store, no_deadline.id) == [("review", NOW + 7 * DAY)]


async def test_dependents_get_a_status_update_when_the_pledge_they_depend_on_is_ruled(
    service, store
):
    first = await add(service, deadline="within two weeks")
    dependent = await add(service, promise="A trilateral summit", depends_on=first.number)
    ruled_dependent = await add(service, promise="Something else", depends_on=first.number)
    await service.mark(GUILD, ruled_dependent.number, AUTHOR, Status.WITHDRAWN)
    await service.mark(GUILD, first.number, AUTHOR, Status.BROKEN, note="no meeting")
    rows = [r for r in await store.outbox_for_pledge(dependent.id) if r.kind == "dependency"]
    assert len(rows) == 1
    assert rows[0].payload["dependent"] == dependent.number
    assert rows[0].payload["to"] == "broken" and rows[0].payload["note"] == "no meeting"
    # A dependent that is itself already ruled is not bothered.
    assert not [
        r for r in await store.outbox_for_pledge(ruled_dependent.id) if r.kind == "dependency"
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
