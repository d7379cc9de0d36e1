"""The alert plan, pure: every setting, every kind of pledge, and its invariants."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.alerts import (
    PlanFamily,
    Timing,
    changed_families,
    moments_of,
    plan_alerts,
    plan_moments,
)
from bot.core.model import GuildSettings, Pledge, Status
from tests.core.plans import (
    DAY,
    DEFAULTS,
    DUE,
    GUILD,
    NOW,
    plan,
    pledge,
)

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


def stepped_plan(p: Pledge, now: datetime, s: GuildSettings) -> list[tuple[str, datetime]]:
    """The plan as it was worked out before: stepping one interval at a time from the
    first moment. Slow for old pledges, but plainly right; the arithmetic must agree."""
    moments: list[tuple[str, datetime]] = []
    if p.due_at is None:
        every = timedelta(days=s.review_days)
        moment = p.said_at + every
        kind = "review"
    else:
        if (
            s.heads_up_minutes > 0
            and p.due_at - timedelta(minutes=s.heads_up_minutes) > p.created_at
        ):
            moments.append(("heads_up", p.due_at - timedelta(minutes=s.heads_up_minutes)))
        moments.append(("due", p.due_at))
        days = sorted(set(s.follow_up_days))
        moments += [("follow_up", p.due_at + timedelta(days=d)) for d in days]
        every = timedelta(days=s.repeat_days)
        moment = p.due_at + timedelta(days=days[-1] if days else 0) + every
        kind = "follow_up"
    while True:
        moments.append((kind, moment))
        if moment > now:
            break
        moment += every
    past = [m for m in moments if m[1] <= now]
    return past[-1:] + [m for m in moments if m[1] > now]


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=1, max_value=40),
    st.integers(min_value=-4000, max_value=400),
    st.integers(min_value=0, max_value=4000),
    st.booleans(),
    st.lists(st.integers(min_value=1, max_value=30), max_size=3),
)
def test_the_plan_by_arithmetic_agrees_with_stepping(every, due_days, now_days, deadline, follow):
    s = replace(DEFAULTS, review_days=every, repeat_days=every, follow_up_days=tuple(follow))
    said = NOW + timedelta(days=min(due_days, 0) - 1)
    p = pledge(said_at=said, due_at=NOW + timedelta(days=due_days) if deadline else None)
    now = NOW + timedelta(days=now_days, minutes=7)
    assert plan(p, now, s) == stepped_plan(p, now, s)


def test_a_century_old_pledge_with_daily_reviews_plans_two_moments():
    """Said in 1900, reviewed daily: the plan used to step through 45,000 days, and 150
    such pledges froze /pledgewatch alerts for 7.9 s (#11, finding 2)."""
    s = replace(DEFAULTS, review_days=1)
    p = pledge(said_at=datetime(1900, 1, 1, 12, tzinfo=UTC), due_at=None)
    assert plan(p, NOW, s) == [("review", NOW), ("review", NOW + DAY)]


# -- the lean plan of a server-wide replan agrees with plan_alerts ------------------------

_SECOND = timedelta(seconds=1)
_moment_offsets = st.integers(-1500 * 86400, 1500 * 86400)  # seconds, about 4 years


@settings(max_examples=2000, deadline=None)
@given(
    s=settings_strategy,
    said=_moment_offsets,
    recorded_after_said=st.integers(0, 400 * 86400),
    due=st.one_of(st.none(), _moment_offsets),
    now=_moment_offsets,
)
def test_the_lean_plan_is_plan_alerts(s, said, recorded_after_said, due, now):
    """plan_moments (what a server-wide replan runs for every open pledge) returns
    exactly plan_alerts' alerts, in the same order, for any settings and times to the
    second: deadlines before, at and after now, heads-ups before and after recording,
    moments exactly at now."""
    said_at = NOW + said * _SECOND
    p = pledge(
        said_at=said_at,
        created_at=said_at + recorded_after_said * _SECOND,
        due_at=None if due is None else NOW + due * _SECOND,
    )
    at = NOW + now * _SECOND
    lean = plan_moments(Timing.of(s), p.due_at, p.said_at, p.created_at, at)
    assert lean == plan(p, at, s)
    assert lean == moments_of(plan_alerts(p, s, at))  # in time order already


@pytest.mark.parametrize("step", [0, 1, -1])
@pytest.mark.parametrize("moment", ["heads_up", "due", "follow_up", "repeat", "review"])
def test_the_lean_plan_at_the_edges_of_each_moment(moment, step):
    """`now` exactly at, a second before and a second after each kind of moment (the
    boundary between "the latest past" and "to come")."""
    s = replace(DEFAULTS, heads_up_minutes=90, follow_up_days=(2, 5), repeat_days=10)
    p = pledge(due_at=None) if moment == "review" else pledge()
    edges = {
        "heads_up": DUE - timedelta(minutes=90),
        "due": DUE,
        "follow_up": DUE + 2 * DAY,
        "repeat": DUE + 25 * DAY,
        "review": NOW + 60 * DAY,
    }
    at = edges[moment] + step * _SECOND
    lean = plan_moments(Timing.of(s), p.due_at, p.said_at, p.created_at, at)
    assert lean == plan(p, at, s)


def test_a_schedule_change_names_the_plans_it_changes():
    base = GuildSettings(guild_id=1)
    assert changed_families(base, base) == frozenset()
    # Follow-ups are a set: the same days in another order change nothing.
    days = replace(base, follow_up_days=(7, 1, 3))
    assert changed_families(replace(base, follow_up_days=(1, 3, 7)), days) == frozenset()
    for change in ({"heads_up_minutes": 90}, {"follow_up_days": (2,)}, {"repeat_days": 3}):
        assert changed_families(base, replace(base, **change)) == {PlanFamily.DEADLINE}
    assert changed_families(base, replace(base, review_days=9)) == {PlanFamily.REVIEW}
    both = replace(base, review_days=9, repeat_days=3)
    assert changed_families(base, both) == {PlanFamily.DEADLINE, PlanFamily.REVIEW}
    # The channel, the zone and the wording change no plan.
    assert changed_families(base, replace(base, alert_channel_id=5, timezone="Asia/Tokyo")) == (
        frozenset()
    )
