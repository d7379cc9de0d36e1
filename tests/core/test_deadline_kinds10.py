"""Issue 12, round 11: kinds of misreading pooled across the fresh and kinds sets, each
pinned here before its fix, with real phrasings of the kind and the readings the rules
must leave alone.

- a share is no period: "cut by a quarter", "reduced by three quarters" name a fraction,
  not a due date three or nine months ahead;
- a fiscal year that names what a thing belongs to ("supplementary estimates 2025-26",
  "potential FY27 research activities") is no deadline; one with a time word of its own,
  or a budget's year, still is;
- a "soon" word inside a reported effort is still the vague window it names: "every
  effort is being made ... as quickly as possible" is no past (a present passive),
  "whether or not" is no denial, and "to each station", "in each case" hand the window out
  once (a standard comes back each day or week, not each case), and so do a weekday and
  "today" ("On Monday, the President will host ... every student");
- of the times a sentence lists in order ("by the end of this year; and ... early in
  2027", "on Thursday, September 4, 2025 ... and Monday, September 8, 2025"), the later
  counts when it names its year, as a range or a schedule falls due at its later end;
  a later start ("to begin in 2026") is no such item;
- opening hours on weekdays or workdays ("open weekdays 8.30am to 5pm", "between 7:45
  a.m. and 4:15 p.m. on Federal workdays") are a standing schedule, no deadline;
- "held on 16 October 2025, starting at 7:00 p.m." is that hour (it was refused as an
  earliest-only start), and of two days listed before it, the later;
- a replaced day told with a bare "not" ("on Tuesday 6th January, not on Monday 5th
  January as previously announced", said in August) keeps the new day: the past verb is
  the old one's;
- "the 2025 to 2026 financial year" (gov.uk's way of writing it) is that fiscal year, as
  "the 2025-26 financial year" is, not the calendar years 2025 to 2026;
- in an order of business, "the Minister to be given no less than six minutes to reply"
  is a speaking time, not a deadline six minutes from now, and a trailing "each" ("not to
  exceed eight minutes each and ...") shares out, it makes no standing schedule;
- "will meet on Tuesday and Wednesday, September 2-3, 2025": the last weekday of a pair or
  run names the range's last day, no conflict with the first;
- a sentence told in the past all through ("opened on 5 August and ran for 12 weeks,
  closing on 28 October", "started closing at around 19:00") holds no deadline, even where
  the calendar would place its year-less date or clock time ahead;
- a clock time on a day the words name but do not date ("by 5:00pm ET the due date listed
  above", "on the day of the meeting (between 7:30 a.m. and 8:30 a.m.)") hangs on it;
- the day a sentence calls its deadline ("the deadline is Tuesday, September 2, 2025",
  "The deadline for comments is 1 September 2025, and the hearing is on 10 September
  2025") outranks the other days beside it;

Said on Monday 18 August 2025 at 10:00 UTC on a UTC server unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from tests.core.test_deadline_kinds import due_of, refusal_of, utc

# -- a share is no period -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We will cut waiting lists by a quarter.",
        "Emissions will be cut by a third.",
        "Costs are to be reduced by three quarters.",
        "The department will cut its budget by one quarter.",
        "by a quarter",
    ],
)
def test_a_share_after_by_is_no_deadline(text: str) -> None:
    assert due_of(text) is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("We will cut waiting lists by a quarter within two years.", "2027-08-18 23:59:59"),
        ("Emissions will be cut by a quarter by 2030.", "2030-12-31 23:59:59"),
        ("The report will be published in a quarter.", "2025-11-18 23:59:59"),
        ("We will deliver it within a quarter.", "2025-11-18 23:59:59"),
        ("The vote will take place at a quarter to five.", "2025-08-18 16:45:00"),
    ],
)
def test_a_deadline_beside_a_share_or_a_quarter_of_time_is_kept(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- a fiscal year that names what a thing belongs to ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Changes to departmental funding at supplementary estimates 2025-26 are set out below.",
        "The Main Supply Estimates 2026-27 set out the resources the Government requests.",
        "The committee will discuss potential FY27 research activities.",
        "Reports from the FY 2026 performance period appear on the website.",
    ],
)
def test_a_fiscal_year_that_names_a_paper_or_an_activity_is_no_deadline(text: str) -> None:
    assert due_of(text, "Europe/London") is None


@pytest.mark.parametrize(
    ("text", "tz", "due"),
    [
        (
            "The Navy's proposed FY2026 budget requests $3.4 billion.",
            "America/New_York",
            "2026-10-01 03:59:59",
        ),
        ("The plan will be delivered by FY27.", "America/New_York", "2027-10-01 03:59:59"),
        (
            "It will be reflected in the department's accounts for 2025-26.",
            "Europe/London",
            "2026-03-31 22:59:59",
        ),
        (
            "The scheme will run in the 2025-26 financial year.",
            "Europe/London",
            "2026-03-31 22:59:59",
        ),
    ],
)
def test_a_fiscal_year_with_its_own_time_word_or_a_budget_is_kept(
    text: str, tz: str, due: str
) -> None:
    assert due_of(text, tz) == utc(due)


# -- a "soon" word inside a reported effort ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "Every effort is being made to process the claims as quickly as possible.",
            "2025-10-17 23:59:59",
        ),
        (
            "Efforts are being made to house the families in the next two or three years.",
            "2028-08-18 23:59:59",
        ),
        (
            "The Department will decide whether or not to fund the project as soon as possible.",
            "2025-10-17 23:59:59",
        ),
        ("The Minister will write to each Member as soon as possible.", "2025-10-17 23:59:59"),
        ("Officials will contact each applicant within the next few days.", "2025-08-25 23:59:59"),
    ],
)
def test_a_soon_word_in_a_reported_effort_is_its_window(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


@pytest.mark.parametrize(
    "text",
    [
        "Each complaint gets a reply within five working days.",
        "We will publish the figures every week as soon as possible.",
        "The decision was made as quickly as possible.",
        "We will not decide shortly.",
    ],
)
def test_a_standard_a_past_or_a_denial_stays_refused(text: str) -> None:
    assert due_of(text) is None


# -- the later of the times a sentence lists ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "Two stations will reopen by the end of this year, and six more by the end of 2026"
            " or early in 2027.",
            "2027-04-30 23:59:59",
        ),
        (
            "We will pay out more by the end of 2025 than in any recent year and will make any"
            " remaining payments in 2026.",
            "2026-12-31 23:59:59",
        ),
        ("About next April and early in 2027, respectively.", "2027-04-30 23:59:59"),
        (
            "The hearings will be held on Thursday, September 4, 2025, from 1 p.m. to 4 p.m.,"
            " Pacific Time (PT) and Monday, September 8, 2025, from 5:30 p.m. to 8:30 p.m., PT.",
            "2025-09-09 03:30:00",
        ),
    ],
)
def test_of_times_listed_in_order_the_later_with_its_year_counts(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "We will publish the plan by March, and the programme will begin in 2026.",
            "2026-03-31 23:59:59",
        ),
        (
            "The report is due by 30 September 2025. A review follows in 2026.",
            "2025-09-30 23:59:59",
        ),
    ],
)
def test_a_later_start_or_a_later_sentence_is_no_item_of_the_list(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- opening hours on weekdays or workdays -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The helpline is open weekdays 8.30am to 5pm and at the weekend from 9am to 12.30pm.",
        "Forms may be handed in at the office between 8 a.m. and 4 p.m. on Federal workdays.",
        "The library is open on working days from 9am to 5pm.",
    ],
)
def test_opening_hours_on_weekdays_are_no_deadline(text: str) -> None:
    assert due_of(text) is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("We will reply within 5 working days.", "2025-08-25 23:59:59"),
        (
            "The meeting will be held on 3 September 2025 from 9 a.m. to 5 p.m.",
            "2025-09-03 17:00:00",
        ),
    ],
)
def test_a_span_of_working_days_or_a_dated_meeting_is_kept(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- the start of an event held on a day -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The meeting will be held on Thursday, October 16, 2025, starting at 7:00 p.m.",
            "2025-10-16 19:00:00",
        ),
        (
            "The public hearing will be held on 3 September 2025, beginning at 6 p.m.",
            "2025-09-03 18:00:00",
        ),
        (
            "The informal airspace meetings will be held on Wednesday, October 1 and"
            " Wednesday, October 15, 2025, starting at 7:00 p.m.",
            "2025-10-15 19:00:00",
        ),
    ],
)
def test_the_start_of_an_event_held_on_a_day_is_its_time(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Applications will be accepted on 3 September 2025, starting at 9 a.m.", None),
        (
            "The hearing will be held on 3 September 2025, beginning at 3 p.m."
            " and ending at 5 p.m.",
            "2025-09-03 17:00:00",
        ),
    ],
)
def test_a_window_opening_or_a_start_with_its_end_is_left_alone(text: str, due: str | None) -> None:
    assert due_of(text) == (utc(due) if due else None)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The newsroom will open beginning at 9 a.m. on Wednesday, Aug. 20.",
            "2025-08-20 09:00:00",
        ),
        ("The walk will be streamed live beginning at 6:30 am.", "2025-08-19 06:30:00"),
        ("Coverage of the launch starts Friday, starting at 2 p.m.", "2025-08-22 14:00:00"),
    ],
)
def test_an_event_that_begins_at_a_clock_time_is_due_then(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


@pytest.mark.parametrize(
    "text",
    [
        "Tickets will be available on Friday, beginning at 10 a.m.",
        "Entries will be received on Friday starting at 9 a.m.",
    ],
)
def test_an_offer_open_from_a_clock_time_stays_a_start(text: str) -> None:
    assert refusal_of(text) == "earliest"


# -- "every student", "every community": no standing schedule for a day ----------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "On Wednesday, the President will host teachers to discuss how every student is"
            " taught by an effective educator.",
            "2025-08-20 23:59:59",
        ),
        (
            "The Secretary will visit Leeds today to begin the bus revolution, as she pledges"
            " to support every community.",
            "2025-08-18 23:59:59",
        ),
    ],
)
def test_a_distributive_every_leaves_a_day_a_one_off(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


@pytest.mark.parametrize(
    "text",
    [
        "Each complaint gets a reply within five working days.",
        "Every Monday the minister will answer questions.",
        "We will meet every day from Monday.",
    ],
)
def test_a_standard_or_a_repeated_day_stays_recurring(text: str) -> None:
    assert due_of(text) is None


# -- a replaced day told with a bare "not" --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The House will therefore reassemble at 2.30 p.m. on Tuesday 6th January, not on"
            " Monday 5th January as previously announced.",
            "2026-01-06 14:30:00",
        ),
        (
            "The committee will meet on 14 January, not 13 January as announced before.",
            "2026-01-14 23:59:59",
        ),
    ],
)
def test_a_day_replacing_one_announced_before_is_kept(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


def test_a_day_announced_before_and_not_replaced_is_still_past() -> None:
    assert due_of("The House reassembled on Monday 8th September as previously announced.") is None


# -- "the 2025 to 2026 financial year" ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The scheme will be funded in the 2025 to 2026 financial year.", "2026-03-31 22:59:59"),
        ("by the end of the 2026 to 2027 financial year", "2027-03-31 22:59:59"),
        ("The programme runs from 2026 to 2027.", "2027-12-31 23:59:59"),
    ],
)
def test_a_financial_year_written_with_to_is_that_fiscal_year(text: str, due: str) -> None:
    assert due_of(text, "Europe/London") == utc(due)


# -- a guaranteed speaking time in an order of business -----------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "Statements to be taken at 4 p.m. and to conclude at 5.30 p.m., with the Minister to"
            " be given no less than six minutes to reply to the debate.",
            "2025-08-18 17:30:00",
        ),
        (
            "The Minister is to be given at least ten minutes to reply, and the debate will end at"
            " 6 p.m.",
            "2025-08-18 18:00:00",
        ),
    ],
)
def test_a_guaranteed_speaking_time_is_no_deadline(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "Statements to be taken at 1.30 p.m. and conclude not later than 3 p.m., with"
            " spokespersons not to exceed eight minutes each and the Minister to be called on to"
            " reply not later than 2.55 p.m.",
            "2025-08-18 15:00:00",
        ),
        ("The two reports will be published on 1 October, one each.", "2025-10-01 23:59:59"),
    ],
)
def test_a_trailing_each_makes_no_standing_schedule(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


def test_each_day_and_every_week_still_make_one() -> None:
    assert due_of("The office answers calls each day by 5 p.m.") is None
    assert due_of("We will report every week by Friday.") is None


# -- a weekday pair or run before a range of days -------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The Committee will meet on Tuesday and Wednesday, September 2-3, 2025 in Room 1103.",
            "2025-09-03 23:59:59",
        ),
        (
            "The Subcommittee will meet Monday through Wednesday September 22-24, 2025.",
            "2025-09-24 23:59:59",
        ),
    ],
)
def test_a_weekday_run_before_a_range_of_days_is_that_range(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


def test_a_weekday_that_fits_no_day_of_the_range_is_still_a_conflict() -> None:
    assert due_of("The Committee will meet on Monday and Friday, September 2-3, 2025.") is None
    assert due_of("The Committee will meet on Wednesday, September 2, 2025.") is None


# -- a sentence told in the past all through -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The call for evidence opened on 5 August and ran for 12 weeks, closing on 28 October.",
        "The polls started closing at around 19:00 local time but those already queued were"
        " allowed to vote.",
        "Seven bypasses have been completed so far during 2025-26 while a further 15 were under"
        " construction on 1 December.",
    ],
)
def test_a_sentence_told_in_the_past_all_through_holds_no_deadline(text: str) -> None:
    assert due_of(text, "Europe/London") is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The consultation opened on 5 August and closes on 28 October.", "2025-10-28 23:59:59"),
        ("We published the plan yesterday and will report on 28 October.", "2025-10-28 23:59:59"),
        ("The House adjourned at 11 p.m. till Tuesday the 26th of August.", "2025-08-26 22:59:59"),
        ("The motion was resumed, to conclude at 8.30 p.m.", "2025-08-18 19:30:00"),
        # a stretch of its own after "and", in the present: not the past told before it
        (
            "The Bill received Royal Assent on 22 July and comes into force on 1 October.",
            "2025-10-01 22:59:59",
        ),
        ("The review started in June and reports on 30 September.", "2025-09-30 22:59:59"),
    ],
)
def test_a_past_verb_beside_a_time_ahead_keeps_it(text: str, due: str) -> None:
    assert due_of(text, "Europe/London") == utc(due)


# -- a clock time on a day named but not dated --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Applicants must submit a Concept Paper by 5:00pm ET the due date listed above.",
        "Members of the public may register on the day of the meeting (between 7:30 a.m. and"
        " 8:30 a.m. EST).",
        "Bids must arrive by noon on the closing date.",
    ],
)
def test_a_clock_time_on_an_undated_day_is_no_deadline(text: str) -> None:
    assert due_of(text, "America/New_York") is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "Applicants must submit a Concept Paper by 5:00pm ET on 1 September 2025.",
            "2025-09-01 21:00:00",
        ),
        (
            "The meeting will be held on 3 September 2025 from 9 a.m. to 5 p.m.",
            "2025-09-03 21:00:00",
        ),
    ],
)
def test_a_clock_time_on_a_dated_day_is_kept(text: str, due: str) -> None:
    assert due_of(text, "America/New_York") == utc(due)


# -- the day a sentence calls its deadline ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "Since the new deadline would have fallen on Saturday, August 30, 2025, and Monday,"
            " September 1, 2025, is a federal holiday, the deadline is Tuesday, September 2, 2025.",
            "2025-09-02 23:59:59",
        ),
        (
            "The deadline for comments is 1 September 2025, and the hearing is on 10 September"
            " 2025.",
            "2025-09-01 23:59:59",
        ),
        ("The closing date is 30 September.", "2025-09-30 23:59:59"),
    ],
)
def test_the_day_called_the_deadline_counts(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


def test_a_deadline_said_to_be_past_or_a_year_stays_as_it_was() -> None:
    assert due_of("The deadline is 2027.") == utc("2027-12-31 23:59:59")
    assert due_of("The deadline was 5 June.") is None


# The final review of stop 51: an offer open from a clock time is named by many more words
# than the round's list: with an application, a submission, a booking or a registration the
# time still opens a window, and was read as its due moment; so was a run's start.
@pytest.mark.parametrize(
    "text",
    [
        "Applications can be submitted starting at 9 a.m. on Monday.",
        "Members can apply starting at 9am on Monday.",
        "Bookings can be made beginning at 9am on Monday.",
        "The portal will be open for applications beginning at 9am Monday.",
        "Registration opens starting at 9 a.m. on Monday.",
    ],
)
def test_an_offer_open_to_all_from_a_clock_time_stays_a_start(text: str) -> None:
    assert refusal_of(text) == "earliest"


def test_a_run_of_some_length_from_a_clock_time_is_due_at_its_end() -> None:
    # its four weeks, as before round 51b, not the Monday 9 a.m. it starts at
    text = "The consultation will run for four weeks, starting at 9am on Monday."
    assert due_of(text) == utc("2025-09-15 23:59:59")
