"""Issue 12, round 14's review: readings the round's rules still got wrong, pinned with the
plain sentences that must keep their reading."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.deadlines import Deadline, Refusal, interpret_deadline
from tests.core.test_deadline_kinds import REF, utc

LONDON = "Europe/London"
SAID = datetime(2026, 12, 2, 10, 0, tzinfo=ZoneInfo(LONDON))  # a Wednesday


def _read(text: str) -> Deadline | Refusal | None:
    return interpret_deadline(text, SAID, LONDON)


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("Staff who are not vaccinated must be tested by Friday.", "by Friday"),
        ("Those who did not apply must reapply by 30 June.", "by 30 June"),
        ("Anyone who has not yet registered must do so by Friday.", "by Friday"),
        ("Anyone who's not registered must do so by Friday.", "by Friday"),
    ],
)
def test_a_not_in_a_relative_clause_on_a_person_denies_nothing(text: str, matched: str) -> None:
    got = _read(text)
    assert isinstance(got, Deadline), got
    assert got.matched == matched


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The staff who are tested will not be told by Friday.", "negated"),
        ("Those who applied must not reapply before 30 June.", "earliest"),
        ("The committee, who are not meeting on Friday, have said so.", "negated"),
    ],
)
def test_a_not_on_the_verb_that_carries_the_time_still_denies_it(text: str, kind: str) -> None:
    got = _read(text)
    assert isinstance(got, Refusal), got
    assert got.kind == kind


# The review's own probes: said on Monday 18 August 2025 at 10:00 UTC (REF), on UTC unless a
# test says otherwise.


def _said_monday(text: str, tz: str = "UTC") -> Deadline | Refusal | None:
    return interpret_deadline(text, REF, tz)


# -- finding 1: a firm deadline after "it is possible that ..." -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "It is possible that we finish early and the report is due by Friday.",
        "It is possible that we finish early, so we will publish by Friday.",
        "It is possible that we finish early, although the report is due by Friday.",
        "It is possible that we finish early, however the report is due by Friday.",
        # the chosen words are the first "by Friday", before the possibility
        "The report will be published by Friday, and it is possible that the appendix will "
        "follow by Friday.",
    ],
)
def test_a_deadline_in_a_clause_after_a_possibility_is_kept(text: str) -> None:
    got = _said_monday(text)
    assert isinstance(got, Deadline), got
    assert got.due == utc("2025-08-22 23:59:59")


@pytest.mark.parametrize(
    "text",
    [
        "It is possible that Tom and Jerry will meet by Friday.",
        "It is possible that he will speak tomorrow or on Friday.",
        "It is possible that the minister will answer by Friday, so the debate may wait.",
    ],
)
def test_times_inside_the_possibility_still_hold_no_deadline(text: str) -> None:
    assert _said_monday(text) is None


# -- finding 2: "immediately on", a trigger in another clause, "to do so" ----------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("We will act immediately on this matter.", "2025-08-25 23:59:59"),
        ("We will act immediately on the basis of the report.", "2025-08-25 23:59:59"),
        # the "directly on" of another clause hangs nothing on "soon"
        (
            "The council meets directly on the riverfront; the plan will be delivered soon.",
            "2025-10-17 23:59:59",
        ),
        # the long form of "as soon as possible" (CONVENTIONS 5.1), not an event
        (
            "We will publish the report as soon as it is possible to do so.",
            "2025-10-17 23:59:59",
        ),
    ],
)
def test_a_vague_word_with_no_event_of_its_own_keeps_its_window(text: str, due: str) -> None:
    got = _said_monday(text)
    assert isinstance(got, Deadline) and got.vague, got
    assert got.due == utc(due)


# -- finding 3: a "not" after a contracted verb is on the verb ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I am not confident we will finish by Friday.",
        "I'm not confident we will finish by Friday.",
        "I’m not confident we will finish by Friday.",
        "We're not sure the bill will pass by June.",
        "They're not sure it will be published by Friday.",
        "It's not clear whether the report will be published by Friday.",
    ],
)
def test_a_not_after_a_contracted_verb_still_denies_the_time(text: str) -> None:
    got = _said_monday(text)
    assert isinstance(got, Refusal) and got.kind == "negated", got


# -- finding 4: the re-read without the object's year refuses: that refusal counts -------


@pytest.mark.parametrize(
    ("text", "tz", "kind", "year"),
    [
        (
            "The allocations for 2025-26 will not be published next week.",
            "Europe/London",
            "negated",
            "2025-26",
        ),
        ("The report for 2024-25 is due by 30 June 2025.", "UTC", "past", "2024-25"),
        # a later look (the event step) keeps the year's note
        (
            "Immediately after the election we will publish the allocations for 2026-27 in "
            "due course.",
            "UTC",
            "event",
            "2026-27",
        ),
    ],
)
def test_a_refusal_without_the_objects_year_is_the_reading(
    text: str, tz: str, kind: str, year: str
) -> None:
    got = _said_monday(text, tz)
    assert isinstance(got, Refusal) and got.kind == kind, got
    assert year in got.reason


# -- finding 5: the notice's own publication is read by the span's own words -------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Comments must be received within 30 days of the date of publication in the "
            "Federal Register.",
            "within 30 days of the date of publication in the Federal Register",
        ),
        (
            "Comments due within 30 days of publication of this notice, at 5 pm EST.",
            "due within 30 days of publication of this notice, at 5 pm EST",
        ),
        ("DATES: Comments due within 30 days of publication.", "due within 30 days of publication"),
        (
            "Comments should be sent within 30 days of publication of the Federal Register "
            "notice to www.reginfo.gov/public/do/PRAMain.",
            "within 30 days of publication of the Federal Register notice",
        ),
    ],
)
def test_a_span_from_the_notices_publication_shows_all_its_words(text: str, words: str) -> None:
    got = _said_monday(text)
    assert isinstance(got, Deadline), got
    assert got.matched == words


def test_a_span_of_publication_outside_a_comment_period_stays_an_event() -> None:
    # blind_fresh: the publication of each report, not of this text (CONVENTIONS 1.3)
    got = _said_monday(
        "The Government has undertaken to respond in writing to the reports of select "
        "committees, if possible within two months of publication."
    )
    assert isinstance(got, Refusal) and got.kind == "event", got
    assert got.words == "within two months of"


# -- finding 6: a future verb of saying after an opening day (CONVENTIONS 2.2) ------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # Monday 18 August (the day of speaking), its end in New York
        (
            "On Monday the minister will announce that the vote will be at 5 pm.",
            "2025-08-19 03:59:59",
        ),
        ("On Monday the minister will say the vote is at 5 pm.", "2025-08-19 03:59:59"),
        ("On Monday the minister will confirm the vote is at 5 pm.", "2025-08-19 03:59:59"),
        # Thursday 21 August
        (
            "On Thursday the PM will inform the House that the debate ends at 7 pm.",
            "2025-08-22 03:59:59",
        ),
    ],
)
def test_an_opening_day_of_a_future_saying_is_not_the_clock_times_day(text: str, due: str) -> None:
    got = _said_monday(text, "America/New_York")
    assert isinstance(got, Deadline), got
    assert got.due == utc(due)


def test_an_opening_day_still_governs_a_clock_time_after_a_noun_like_report() -> None:
    # "report" as a noun is no verb of saying: Monday 18 August, 9 a.m. EDT
    got = _said_monday("On Monday the report will be published at 9 am.", "America/New_York")
    assert isinstance(got, Deadline), got
    assert got.due == utc("2025-08-18 13:00:00")


# -- finding 7: a bare day number or a 24-hour time as the pair's second (CONVENTIONS 6.2) --


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The meeting will adjourn no later than 17:30 on Tuesday and 14:00 on Wednesday.",
            "2025-08-20 14:00:00",
        ),
    ],
)
def test_of_two_times_in_turn_a_bare_second_counts(text: str, due: str) -> None:
    got = _said_monday(text)
    assert isinstance(got, Deadline), got
    assert got.due == utc(due)
    assert got.reason.startswith("of two times given in turn")


def test_two_days_of_one_month_before_the_clause_are_one_range() -> None:
    # read as one range since a day range may be followed by words (stop 32); was two times
    got = _said_monday("On September 12 and 13 the President will host the summit.")
    assert isinstance(got, Deadline), got
    assert got.due == utc("2025-09-13 23:59:59")
    assert got.matched == "On September 12 and 13"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a count after "and", not a day
        ("The board meets on September 12 and 15 members will attend.", "2025-09-12 23:59:59"),
        ("We will finish by Friday and 12 staff will help.", "2025-08-22 23:59:59"),
    ],
)
def test_a_number_after_and_that_is_no_day_leaves_the_first(text: str, due: str) -> None:
    got = _said_monday(text)
    assert isinstance(got, Deadline), got
    assert got.due == utc(due)


# -- not caused by round 14: a day given in turn after a denied one ----------------------


@pytest.mark.parametrize(
    "text",
    ["We will not publish on Friday and Monday.", "We will not publish on Friday and on Monday."],
)
def test_a_day_given_in_turn_after_a_denied_one_is_denied_too(text: str) -> None:
    # the "not" reaches both days (base and round 14: Monday, today, "chosen over 'on
    # Friday': that date is denied")
    got = _said_monday(text)
    assert isinstance(got, Refusal) and got.kind == "negated", got


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # the Monday after that Friday (CONVENTIONS 6.2), not today's Monday
        ("We will meet on Friday and Monday.", "2025-08-25 23:59:59"),
        ("The hearings will be held on Thursday and Tuesday.", "2025-08-26 23:59:59"),
    ],
)
def test_a_weekday_given_in_turn_after_a_later_day_is_the_one_after_it(text: str, due: str) -> None:
    got = _said_monday(text)
    assert isinstance(got, Deadline), got
    assert got.due == utc(due)


@pytest.mark.parametrize(
    "text",
    [
        # the time is in what the relative clause's verb denies, not on the main verb
        "Those who do not believe we will finish by Friday are wrong.",
        "Members who are not convinced that the bill will pass by June should say so.",
    ],
)
def test_a_not_in_a_relative_clause_still_denies_its_own_complement(text: str) -> None:
    got = _said_monday(text)
    assert isinstance(got, Refusal), got
    assert got.kind == "negated"


@pytest.mark.parametrize(
    "text",
    [
        # a second "not", on the main verb, still denies the time
        "Staff who are not vaccinated will not be tested by Friday.",
        "Payments not in order will not be made by Friday.",
    ],
)
def test_a_not_on_the_main_verb_after_a_stopped_one_still_denies(text: str) -> None:
    got = _said_monday(text)
    assert isinstance(got, Refusal) and got.kind == "negated", got


# -- finding 3, second half: "which / that are not" as "who are not" --------------------


@pytest.mark.parametrize(
    "text",
    [
        "Any report which is not filed must be filed by Friday.",
        "Applications that are not complete will be returned by Friday.",
        # "that" as the subject of what was said, with a clause of its own after "and"
        "The minister said that is not acceptable and must be fixed by Friday.",
    ],
)
def test_a_not_in_a_relative_clause_on_a_thing_denies_nothing(text: str) -> None:
    got = _said_monday(text)
    assert isinstance(got, Deadline), got
    assert got.due == utc("2025-08-22 23:59:59")


@pytest.mark.parametrize(
    "text",
    [
        # "said that is not ...": the "not" still reaches the time
        "He said that is not something we will do by Friday.",
        "She said that is not a promise the department will keep by June.",
        "He said that is not done and will not be done by Friday.",
        "The minister said that was not what would happen by Friday.",
        "He said that is not the plan and it will not happen by June.",
        "That is not a decision the board will take by Friday.",
        "We missed the target, which is not a promise the department will keep by June.",
        "He said which is not to say we will finish by Friday.",
    ],
)
def test_a_said_that_is_not_still_denies_the_time(text: str) -> None:
    got = _said_monday(text)
    assert isinstance(got, Refusal) and got.kind == "negated", got


# -- the final review of the stop (round 14 and the overnight rule) ----------------------


def _utc(got: object) -> str | None:
    return got.due.strftime("%Y-%m-%d %H:%M") if isinstance(got, Deadline) else None


@pytest.mark.parametrize(
    "text",
    [
        "It is possible that the road closes between 10pm and 6am on Friday.",
        "There is a possibility that the road will close between 10pm and 6am from Monday for "
        "four nights.",
    ],
)
def test_an_overnight_window_does_not_undo_a_bare_possibility(text: str) -> None:
    assert _read(text) is None


def test_an_overnight_window_does_not_undo_a_denial() -> None:
    got = _read("We will not close the road between 10pm and 6am for the next three nights.")
    assert isinstance(got, Refusal) and got.kind == "negated", got


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "Comments are due by 1 March. The road will close between 8pm and 6am for the next "
            "two nights.",
            "2026-12-04 06:00",
        ),
        (
            "The road will close between 8pm and 6am on Friday; the crew stays for three nights.",
            "2026-12-05 06:00",
        ),
    ],
)
def test_nights_count_only_in_the_windows_clause(text: str, due: str) -> None:
    assert _utc(_read(text)) == due


def test_nights_of_another_clause_do_not_start_at_its_date() -> None:
    got = _read(
        "We will publish the report by 30 June, and the road will close between 8pm and 6am "
        "for the next three nights."
    )
    # the closure's nights start tonight; the report's date is named, not silently dropped
    assert _utc(got) == "2026-12-05 06:00", got
    assert isinstance(got, Deadline) and "30 June" in got.reason, got


@pytest.mark.parametrize(
    "text",
    [
        "The road will close between 10pm and 6am EST on Friday.",
        "The road will close between 10pm and 6am on Friday (EST).",
        "The road will close between 10pm and 6am est on Friday.",
    ],
)
def test_a_zone_given_with_an_overnight_window_is_kept(text: str) -> None:
    # the main reader applies the zone (6am EST on Friday is 11:00 UTC); the window rule
    # does not replace that reading with a local morning
    got = _read(text)
    assert isinstance(got, Deadline), got
    assert got.due.hour == 11, got


@pytest.mark.parametrize(
    "text",
    [
        "We are not publishing and we will not publish by Friday.",
        "He is not interfering and he will not publish by Friday.",
        "Not all staff will be tested by Friday.",
        "We will not meet between 9am and 5pm on Friday.",
        "We will not close the road between 8pm and 6am on Friday.",
    ],
)
def test_denials_the_round_had_lost(text: str) -> None:
    got = _read(text)
    assert isinstance(got, Refusal) and got.kind == "negated", got


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The line is closed between 11pm and 7am on Friday and Saturday.", "2026-12-06 07:00"),
        ("The road will close between 10pm and 6am tonight.", "2026-12-03 06:00"),
        ("The road will close between 10pm and 6am on Friday night.", "2026-12-05 06:00"),
    ],
)
def test_overnight_windows_on_two_days_or_a_night(text: str, due: str) -> None:
    assert _utc(_read(text)) == due


def test_a_coarser_period_names_the_window_it_passed_over() -> None:
    got = _read("The road will close between 8pm and 6am next week.")
    assert isinstance(got, Deadline), got
    assert "8pm" in got.reason, got


# -- the last review of the change -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # "and monitoring", "and 2 reports" start clauses of their own, not a run of days
        ("Closures run between 10pm and 6am and monitoring ends by 30 June.", "2027-06-30 05:00"),
        (
            "The road will close between 10pm and 6am on Friday and 2 reports are due by 30 June.",
            "2027-06-30 22:59",
        ),
        # the window's own "on Friday", not the first one of the text
        (
            "Crews arrive on Friday; the road will close between 10pm and 6am on Friday.",
            "2026-12-05 06:00",
        ),
    ],
)
def test_a_window_finds_its_own_day(text: str, due: str) -> None:
    assert _utc(_read(text)) == due


def test_for_n_nights_of_another_clause_do_not_count_from_its_date() -> None:
    # without "next" the nights have no start of their own: the reader's reading stands (the
    # report's day, at the window's morning hour, as before the overnight rule), not 3 July
    got = _read(
        "We will publish the report by 30 June, and the road will close between 8pm and 6am "
        "for three nights."
    )
    assert _utc(got) == "2027-06-30 05:00", got
