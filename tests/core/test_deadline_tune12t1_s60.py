"""Readings of "today" and of changes taking effect, tuned at stop 60 (issue 12, tuner t1):
each test failed before its fix.

Read as tests/core/reading.py reads: said on Wednesday 2 December 2026 at 10:00, London."""

from __future__ import annotations

from tests.core.reading import due, refusal

# 1. The day's order of business told by its numbered items in the present ("Today's Order
# of Business is Nos. 1 and 21") is the House's programme for the day, due at its end
# (CONVENTIONS 2.1), as "Today's business shall be No. 10" already was; it was read as a
# name of now ("today's vote is a major step") and refused as past.


def test_todays_order_of_business_told_by_its_items_is_due_today() -> None:
    assert due("Today's Order of Business is Nos. 1 and 21, motion 28.") == "2026-12-02 23:59"
    assert due("Today's Order of Business is Items 1, 2, 3 and 42.") == "2026-12-02 23:59"
    assert due("Today's business is: No. 4, the Finance Bill.") == "2026-12-02 23:59"


def test_todays_business_told_as_a_state_stays_a_name_of_now() -> None:
    assert refusal("Today's business is important to every member.") == "past"


# 2. A modal's saying dated today ("We can today confirm that ...") dates the saying, never
# the deadline (CONVENTIONS 2.2): "today" was read as the due day, with no warning, over the
# reported act's own time ("... will go ahead from Monday 19 April" fell due on the day said).


def test_a_modal_saying_dated_today_is_not_the_deadline() -> None:
    text = "We can today confirm that the bridge will reopen on Friday."
    assert due(text) == "2026-12-04 23:59"
    text = "SCTS can today confirm that the scheduled resumption will go ahead from Monday."
    # a one-off change made from the day, due then (stop 62, CONVENTIONS 3.1); never today
    assert due(text) == "2026-12-07 23:59"


def test_a_modal_act_dated_today_is_due_today() -> None:
    assert due("I can today announce a review of the scheme.") == "2026-12-02 23:59"


# 3. Of several clock times in one sentence the latest counts (CONVENTIONS 6.1): the chooser
# ordered dates and days by their end, but clock times by the length of their phrase, so the
# longer "at approximately 10:30 a.m." beat the later "about 11:30 a.m." once a span ("about
# 20 to 30 minutes") stood in the sentence too.


def test_the_latest_of_several_clock_times_counts() -> None:
    text = (
        "You'll be gathering here at approximately 10:30 a.m., be on the ranch about 11:30"
        " a.m., where the President will already be working, and expect to be there about 20"
        " to 30 minutes."
    )
    assert due(text) == "2026-12-02 11:30"


# 4. After a fronted "Today," and a noun subject, an "-s" present outside the closed lists
# ("adopts its", "makes available", "presents a") is the verb (fronted_present.py): the
# participle of a description later in the sentence ("adopted by Parliament") had been taken
# for it, and the act of the day (CONVENTIONS 2.1) read as done, refused as past.


def test_an_s_present_after_a_fronted_today_is_the_act_of_the_day() -> None:
    text = "Today, the Council adopts its position on the regulation adopted by Parliament."
    assert due(text) == "2026-12-02 23:59"
    text = "Today, the EU makes available the first payment generated from immobilised assets."
    assert due(text) == "2026-12-02 23:59"


def test_a_past_after_a_fronted_today_stays_done() -> None:
    assert refusal("Today, the Commission published a report adopted by the College.") == "past"
    assert refusal("Today, the Council adopted its position on the regulation.") == "past"
