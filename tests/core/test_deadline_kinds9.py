"""Issue 12, round 10: misreadings a member would hit, each pinned here before its fix,
with real phrasings of the kind and the readings the rules must leave alone.

- "before the week of <day>" is due the day before that week starts, not at its end;
- a phrase that names only a time already past ("before March 2025", "by 3 March 2025",
  said in August 2025) is refused as "past", naming the words, instead of giving no
  reason at all;
- "This morning, the Senate passed ..." and "at 9 a.m. this morning had ..." report the
  past with a part of today: no deadline;
- digits written in another script ("by １５ March", full width) are read as the digits
  they are, not silently dropped;
- a deadline phrase in square brackets ("[by Friday]") is the member's own aside, not
  text struck out of an amended act.

Said on Monday 18 August 2025 at 10:00 UTC on a UTC server unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from bot.core.deadlines import Deadline, Refusal, interpret_deadline
from tests.core.test_deadline_kinds import REF, due_of, refusal_of, utc

# -- "before the week of <day>": the day before the week starts ----------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("I will finish it before the week of September 10", "2025-09-07 23:59:59"),
        ("The report will be ready prior to the week of 15 September.", "2025-09-14 23:59:59"),
        ("We will decide before the week commencing 8 September.", "2025-09-07 23:59:59"),
        ("before the week of January 12", "2026-01-11 23:59:59"),
    ],
)
def test_before_the_week_of_a_day_is_due_the_day_before_that_week(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The hearings will take place the week of September 10.", "2025-09-14 23:59:59"),
        ("by the week commencing 8 September", "2025-09-14 23:59:59"),
        ("The debate is planned for the week of 15 September.", "2025-09-21 23:59:59"),
    ],
)
def test_the_week_of_a_day_without_before_still_ends_on_its_sunday(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- a time already past: refused, naming it -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("We will report before March 2025.", "March 2025"),
        ("The plan will be published by 3 March 2025.", "3 March 2025"),
        ("before 2024", "2024"),
        ("The review will be finished before the end of June 2025.", "June 2025"),
    ],
)
def test_a_phrase_naming_only_a_past_time_is_refused_as_past_naming_it(
    text: str, named: str
) -> None:
    got = interpret_deadline(text, REF, "UTC")
    assert isinstance(got, Refusal), got
    assert got.kind == "past"
    assert named in got.words
    assert "past" in got.reason


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("We will report before March 2026.", "2026-02-28 23:59:59"),
        ("The plan will be published by 3 March 2026.", "2026-03-03 23:59:59"),
        # a past date beside one ahead: the one ahead, as before
        ("Promised in March 2024, the road will open by 3 March 2026.", "2026-03-03 23:59:59"),
    ],
)
def test_a_time_ahead_is_still_read(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- the past told with a part of today -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "This morning, the Senate passed the bill.",
        "This afternoon the committee agreed its report.",
        # real phrasings (eleventh and twelfth fresh sets), on the reference day
        "So the President at 8:00 a.m. this morning had his normal briefings.",
        "Given that the Minister issued a formal statement at 9 a.m. this morning, I wish to "
        "formally record my thanks and appreciation to the Minister, his staff and his "
        "officials for the work they have done to arrive at this point.",
    ],
)
def test_the_past_told_with_a_part_of_today_is_no_deadline(text: str) -> None:
    assert due_of(text) is None
    assert refusal_of(text) == "past"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("I will report back to the House this afternoon.", "2025-08-18 18:00:00"),
        (
            "This afternoon he's scheduled to sign several pieces of legislation.",
            "2025-08-18 18:00:00",
        ),
        (
            "That was agreed to this morning and the Bill will be published tomorrow.",
            "2025-08-19 23:59:59",
        ),
        (
            "This morning, the Senate passed the bill and we will sign it by Friday.",
            "2025-08-22 23:59:59",
        ),
    ],
)
def test_parts_of_today_ahead_are_left_alone(text: str, due: str) -> None:
    got = interpret_deadline(text, REF, "UTC")
    assert isinstance(got, Deadline) and got.due == utc(due), got


# -- digits of other scripts -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("by \uff11\uff15 March", "2026-03-15 23:59:59"),
        (
            "The report will be published by \uff13\uff11 December \uff12\uff10\uff12\uff15.",
            "2025-12-31 23:59:59",
        ),
        ("within \uff12 weeks", "2025-09-01 23:59:59"),
        ("by 15 March", "2026-03-15 23:59:59"),
    ],
)
def test_digits_of_other_scripts_are_read_as_digits(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


def test_no_number_of_another_script_is_silently_dropped() -> None:
    # "by 15 March ٢٠٣٠" (Arabic-Indic year): the year is read, not dropped
    assert due_of("by 15 March \u0662\u0660\u0663\u0660") == utc("2030-03-15 23:59:59")


# -- a deadline in square brackets ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("I will file it [by Friday]", "2025-08-22 23:59:59"),
        ("Publish the minutes [no later than 5 September].", "2025-09-05 23:59:59"),
        ("[within two weeks]", "2025-09-01 23:59:59"),
    ],
)
def test_a_deadline_phrase_in_square_brackets_is_read(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # struck-out text of an amended act stays unread
        ("until September 30, [2026] 2027", "2027-09-30 23:59:59"),
        (
            "Remaining stages of the Trusts of Land Bill [Lords] on Tuesday 19 August.",
            "2025-08-19 23:59:59",
        ),
    ],
)
def test_struck_out_text_in_square_brackets_stays_unread(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- "today" with the day restated in brackets, and "today" told in the past ---------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # real phrasings (ninth and eleventh fresh sets), on the reference day
        (
            "Today (18 August), the government has announced the appointment of five members to "
            "the Building Control Independent Panel.",
            "past",
        ),
        (
            "From today (18 August 2025), the government will provide grants of up to £2,500 for "
            "electric vehicles on cars priced under £35,000.",
            "earliest",
        ),
        (
            "Corrupt elites will be prevented from making spurious legal claims to gag journalists "
            "and silence critics through a landmark Bill that gained Government support today "
            "(18 August).",
            "past",
        ),
        ("The Bill gained cross-party support today.", "past"),
    ],
)
def test_today_with_its_day_in_brackets_is_read_as_today_is(text: str, kind: str) -> None:
    got = interpret_deadline(text, REF, "Europe/London")
    assert isinstance(got, Refusal), got
    assert got.kind == kind


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The Department launches a 12-week consultation today (18 August 2025).",
            "2025-11-10 23:59:59",
        ),
        ("The regulations are being tabled today.", "2025-08-18 22:59:59"),
        (
            "The debate is to adjourn at 1 p.m. today, if not previously concluded.",
            "2025-08-18 12:00:00",
        ),
        ("We will publish the report today (18 August).", "2025-08-18 22:59:59"),
    ],
)
def test_today_ahead_is_left_alone(text: str, due: str) -> None:
    assert due_of(text, "Europe/London") == utc(due)


# -- one moment said in two zones ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # real phrasings (eleventh fresh set), on the reference day
        (
            "The flight is due to be launched at 19:45 UTC (14:45 local time) tomorrow.",
            "2025-08-19 19:45:00",
        ),
        (
            "NASA managers have scheduled shuttle Discovery for a launch attempt at 1951 UTC or "
            "3:51 p.m. local time in Florida, on August 23.",
            "2025-08-23 19:51:00",
        ),
        (
            "The launch is set for 11:00 local time (10:00 GMT) on 3 September.",
            "2025-09-03 10:00:00",
        ),
    ],
)
def test_a_time_restated_in_local_time_is_the_zoned_one(text: str, due: str) -> None:
    # the place's "local time" is not the server's: the time with a zone is read
    assert due_of(text, "Asia/Tokyo") == utc(due)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "Commercial harvest will close at 12:01 a.m. (local time) on November 18.",
            "2025-11-17 15:01:00",
        ),
        ("The meeting starts at 10:00 UTC on 3 September.", "2025-09-03 10:00:00"),
    ],
)
def test_a_local_time_alone_is_still_the_servers(text: str, due: str) -> None:
    assert due_of(text, "Asia/Tokyo") == utc(due)


def test_each_time_of_a_range_takes_its_own_zone() -> None:
    # real phrasing (twelfth fresh set), read on a New York server: the end of the range
    # is 1200 hrs Alaska local time (A.l.t.), not noon in New York
    text = (
        "Effective 1200 hrs, Alaska local time (A.l.t.), November 15, 2025, through 1200 "
        "hrs, A.l.t., December 31, 2025."
    )
    assert due_of(text, "America/New_York") == utc("2025-12-31 21:00:00")


def test_a_zone_of_another_time_still_leaves_the_chosen_one_in_ours() -> None:
    text = "The launch scheduled for 22 August at 0500 UTC is postponed until 1 October."
    assert due_of(text, "America/New_York") == utc("2025-10-02 03:59:59")


# -- "On <day>, I <past verb> ...": the speaker's act, told as done -------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # real phrasings (eleventh and twelfth fresh sets), said on 18 August 2025
        (
            "On 26 June, I launched a national fodder census to be compiled by Teagasc through "
            "its client network, with another census planned for 1 September.",
            "2025-09-01 23:59:59",
        ),
        (
            "On 1 September, I began my mandate in Ukraine, and just two days later, I met with "
            "all Western Balkans leaders here in Brussels.",
            None,
        ),
        (
            "On 25 August, we published the draft and we will publish the final text by 3 October.",
            "2025-10-03 23:59:59",
        ),
    ],
)
def test_a_day_the_speaker_tells_as_done_is_the_past_one(text: str, due: str | None) -> None:
    assert due_of(text) == (None if due is None else utc(due))


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("On 1 September, I will begin my mandate.", "2025-09-01 23:59:59"),
        ("On 1 September, the House will sit at 9.30 a.m.", "2025-09-01 09:30:00"),
    ],
)
def test_a_day_ahead_with_the_future_is_left_alone(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- "early in the new year"; "no other plans to" ---------------------------------------------


def test_early_in_the_new_year_is_the_early_part_of_next_year() -> None:
    # real phrasing (twelfth fresh set): "in the new year" is early next year already
    text = "The final response will be published early in the new year."
    got = interpret_deadline(text, REF, "UTC")
    assert isinstance(got, Deadline) and got.vague
    assert got.due == utc("2026-04-30 23:59:59")
    assert due_of("The final response will be published in the new year.") == got.due


@pytest.mark.parametrize(
    "text",
    [
        # real phrasing (twelfth fresh set)
        "The department currently has no other plans to provide ASH with funding in the next "
        "financial year.",
        "We have no further plans to hold an inquiry in 2026.",
    ],
)
def test_no_other_plans_to_denies_the_time(text: str) -> None:
    assert refusal_of(text, "Europe/London") == "negated"


# -- a span "in advance of" / "ahead of" an undated event --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # real phrasing (eleventh fresh set), said on 18 August 2025
        "The draft RDP was formally submitted to the European Commission on 3 July 2025, a "
        "number of weeks in advance of the regulatory deadline.",
        "We will publish the guidance two weeks ahead of the summer recess.",
    ],
)
def test_a_span_ahead_of_an_undated_event_is_no_deadline(text: str) -> None:
    assert due_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "We will publish it two weeks ahead of 1 October.",
        "We will publish it two weeks in advance of 1 October.",
        "We will publish it two weeks before 1 October.",
    ],
)
def test_a_span_ahead_of_a_date_counts_back_from_it(text: str) -> None:
    # "ahead of" / "in advance of" a date is "before" it (was the date itself)
    assert due_of(text) == utc("2025-09-17 23:59:59")


# -- "Quarter 1 of 2021", "12.00 midnight", "to get it submitted before ..." ------------------


@pytest.mark.parametrize(
    ("text", "due", "words"),
    [
        # real phrasing (eleventh fresh set)
        (
            "The second phase of the tender process is ongoing and is due to be completed in "
            "Quarter 1 of 2026 with the award of contracts for the eight schools.",
            "2026-03-31 23:59:59",
            "Quarter 1 of 2026",
        ),
        ("in quarter three 2026", "2026-09-30 23:59:59", "quarter three 2026"),
        ("by the end of quarter 4", "2025-12-31 23:59:59", "by the end of quarter 4"),
    ],
)
def test_quarter_n_is_read_as_q_n(text: str, due: str, words: str) -> None:
    got = interpret_deadline(text, REF, "UTC")
    assert isinstance(got, Deadline) and got.due == utc(due), got
    assert words in got.matched


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # real phrasing (eleventh fresh set), said on Monday 18 August 2025
        (
            "If no request for a vote in Parliament on the decision to enter into negotiations is "
            "made by Thursday 12.00 midnight, the committees may start negotiations.",
            "2025-08-21 23:59:59",
        ),
        ("by 12:00 midnight on Friday", "2025-08-22 23:59:59"),
        ("by 12 midnight on Friday", "2025-08-22 23:59:59"),
        ("by 12:00 on Friday", "2025-08-22 12:00:00"),
    ],
)
def test_twelve_midnight_ends_the_day(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # real phrasing (twelfth fresh set), said on Tuesday 10 May 2016
        (
            "Therefore the RPA is reminding everyone, including those with queries on their 2015 "
            "claim, to get this years application submitted before midnight on Monday 16 May.",
            "2016-05-16 22:59:59",
        ),
        ("We managed to get it submitted on 3 May.", None),
    ],
)
def test_to_get_it_done_by_a_day_is_ahead_not_past(text: str, due: str | None) -> None:
    said = utc("2016-05-10 09:00:00")
    assert due_of(text, "Europe/London", said) == (None if due is None else utc(due))


# -- speaking allowances in an order of business; the Official Journal's full name -------------


def test_speaking_allowances_leave_the_order_of_business_time() -> None:
    # real phrasing (twelfth fresh set), said on Wednesday 16 July 2014 (Irish summer time)
    text = (
        "I propose to amend the Order of Business, which currently provides that only Second "
        "Stage be taken at 6 p.m., with the contributions of group spokespersons not to exceed "
        "eight minutes and those of all other Senators not to exceed five minutes and the "
        "Minister to be given five minutes to reply, to specify that Committee and Remaining "
        "Stages be taken thereafter."
    )
    said = utc("2014-07-16 09:20:00")
    assert due_of(text, "Europe/Dublin", said) == utc("2014-07-16 17:00:00")


def test_time_given_to_act_is_still_a_deadline() -> None:
    assert due_of("Applicants will be given 30 days to appeal.") == utc("2025-09-17 23:59:59")


def test_the_official_journal_of_the_european_union_is_a_journal_not_an_event() -> None:
    text = (
        "This Regulation shall enter into force 20 days after publication in the Official "
        "Journal of the European Union."
    )
    assert due_of(text, "Europe/Brussels") == utc("2025-09-07 21:59:59")


# -- "UT", "upon its official publication", "fiscal year (FY) 2020" ----------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # real phrasing (sixth fresh set), said on 18 August 2025 at 10:00 UTC
        (
            "///// UPDATES INTRO OF CR 2-326359, EXPECT UPDATE WITH TALKS CLOSE BY 1900 UT //////",
            "2025-08-18 19:00:00",
        ),
        ("by 19:00 UT", "2025-08-18 19:00:00"),
        # real phrasing (sixth fresh set): the day the decree is published, the day read
        (
            "3. This Executive Order enters into force upon its official publication.",
            "2025-08-18 23:59:59",
        ),
        # real phrasing (seventh fresh set): US federal fiscal year 2026 ends 30 September
        (
            "The Department of Education (Department) is issuing a notice inviting applications "
            "for new awards for fiscal year (FY) 2026 for CSPCMO grants.",
            "2026-10-01 03:59:59",
        ),
    ],
)
def test_universal_time_official_publication_and_fiscal_year_fy(text: str, due: str) -> None:
    assert due_of(text, "America/New_York" if "fiscal" in text else "UTC") == utc(due)


def test_a_fiscal_year_of_a_programme_told_in_the_past_is_no_deadline() -> None:
    # real phrasing (third fresh set), said on 25 July 2024: was unread only because "(FY)"
    # stopped the fiscal year; now it is read, the past-told sentence still refuses it
    text = (
        "On May 6, 2024, we published in the Federal Register a notice inviting applications "
        "(NIA) for the fiscal year (FY) 2024 EIR program Early-phase Grants competition, "
        "Assistance Listing Number 84.411C (Early-phase Grants)."
    )
    said = utc("2024-07-25 14:00:00")
    assert due_of(text, "America/New_York", said) is None


# -- "the date for ... is 1953": a bare year said to be the date -------------------------------


@pytest.mark.parametrize(
    ("text", "said", "due"),
    [
        # real phrasing (tenth fresh set), said on 13 December 1948
        (
            "The British Museum suffered most damage, and the date for completing repairs is 1953.",
            "1948-12-13 10:00:00",
            "1953-12-31 23:59:59",
        ),
        ("The deadline is 2027.", "2025-08-18 10:00:00", "2027-12-31 23:59:59"),
        ("The target date for completion is 2030.", "2025-08-18 10:00:00", "2030-12-31 23:59:59"),
    ],
)
def test_a_bare_year_said_to_be_the_date_is_its_end(text: str, said: str, due: str) -> None:
    assert due_of(text, "Europe/London", utc(said)) == utc(due)


@pytest.mark.parametrize(
    "text",
    ["The population is 2030 people.", "The room number is 2030."],
)
def test_a_year_after_is_without_a_date_word_stays_unread(text: str) -> None:
    assert due_of(text) is None


def test_and_take_about_two_years_is_a_duration_not_a_deadline() -> None:
    # real phrasing (eleventh fresh set), said on 25 March 1959: the start in early summer
    text = (
        "As my right hon. Friend told the House last week, we hope that work on the by-pass, "
        "which will be a motor road and take about two years to complete, will begin in the "
        "early summer."
    )
    got = interpret_deadline(text, utc("1959-03-25 10:00:00"), "Europe/London")
    assert isinstance(got, Deadline), got
    assert got.due == utc("1959-06-30 22:59:59")
    assert "early summer" in got.matched


def test_the_date_of_an_order_of_a_house_is_a_document_date() -> None:
    # real phrasing (twelfth fresh set), said on 3 July 2003: "the order of the Dáil of 2
    # July" dates a paper; it was read as 2 July 2004 (a year out). Since round 14 the
    # sentence meets its label (the event "upon the conclusion of oral questions", which
    # "forthwith" waits for): the date stays out.
    text = (
        "It is proposed, notwithstanding anything in Standing Orders or the order of the Dáil "
        "of 2 July, that the Dáil shall sit later than 4.45 p.m. tonight and, immediately upon "
        "the conclusion of oral questions to the Minister for Agriculture and Food, business "
        "shall be adjourned forthwith"
    )
    got = interpret_deadline(text, utc("2003-07-03 08:00:00"), "Europe/Dublin")
    assert isinstance(got, Refusal) and got.kind == "event" and got.words == "forthwith", got
    assert due_of("as the order of the House of 2 July said") is None


@pytest.mark.parametrize(
    "text",
    [
        # real phrasing (ninth fresh set)
        "The chair is under a statutory obligation to avoid unnecessary costs in the inquiry's "
        "work, and she has been clear as to her intention to complete her work as quickly and "
        "efficiently as possible.",
        "We will answer as soon and as fully as possible.",
    ],
)
def test_as_quickly_and_efficiently_as_possible_is_a_soon_word(text: str) -> None:
    got = interpret_deadline(text, REF, "UTC")
    assert isinstance(got, Deadline) and got.vague, got
    assert got.due == utc("2025-10-17 23:59:59")  # 60 days, as "as soon as possible"


def test_expected_to_take_several_weeks_is_a_duration() -> None:
    # real phrasing (tenth fresh set), said on 26 February 2013: "in due course" is the time
    text = (
        "This process is expected to take several weeks and letters will issue to all "
        "applicants informing them of the outcome of the selection process in due course."
    )
    got = interpret_deadline(text, utc("2013-02-26 10:00:00"), "Europe/Dublin")
    assert isinstance(got, Deadline) and got.vague, got
    assert got.matched == "in due course"
    assert refusal_of("It will take a few weeks.") == "event"
    assert due_of("We will finish it in the coming weeks.") == utc("2025-09-15 23:59:59")


def test_eastern_daylight_saving_time_is_a_zone() -> None:
    # real phrasing (ninth fresh set), said on 5 October 1972: the zone was unknown, and the
    # postmark's "no later than Tuesday, October 10" was read instead
    text = (
        "Tenders for the notes will be received up to 1:30 p.m., Eastern Daylight Saving time, "
        "Wednesday, October 11, 1972, at any Federal Reserve Bank or Branch; provided, however, "
        "that noncompetitive tenders will be considered timely received if they are mailed to "
        "any such agency under a postmark no later than Tuesday, October 10."
    )
    said = utc("1972-10-05 14:00:00")
    assert due_of(text, "America/New_York", said) == utc("1972-10-11 17:30:00")
    assert due_of("by 5 p.m. Eastern Standard time on 3 December") == utc("2025-12-03 22:00:00")


def test_a_time_restated_in_another_places_time_in_brackets_is_left_to_the_first() -> None:
    # real phrasing (seventh fresh set), said on 8 May 2013 (EDT): the landing at 10:31 p.m.
    # EDT on 13 May; the bracket restates it in Kazakh time (a zone we cannot place)
    text = (
        "Expedition 35 Commander Chris Hadfield, Tom Marshburn of NASA and Roman Romanenko "
        "will undock their Soyuz TMA-07M spacecraft from the station at 7:08 p.m. EDT May 13, "
        "heading for a landing on the steppe of Kazakhstan southeast of Dzhezkazgan at 10:31 "
        "p.m. (8:31 a.m. Kazakh time, May 14)."
    )
    said = utc("2013-05-08 14:00:00")
    assert due_of(text, "America/New_York", said) == utc("2013-05-14 02:31:00")
    # a zone we cannot place right after the time is still refused, never dropped (Kazakh
    # time is placed since stop 54: Asia/Almaty)
    assert refusal_of("by 5pm Fiji time") == "zone"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # real phrasing (fifth fresh set), said on 22 November 2011: the September gone
        (
            "The President put forward a plan mid-September, a highly detailed and comprehensive "
            "plan, laying out exactly what he believed the super committee should do.",
            None,
        ),
        ("We will put forward a plan by mid-September.", "2012-09-21 03:59:59"),
    ],
)
def test_put_forward_is_told_in_the_past(text: str, due: str | None) -> None:
    said = utc("2011-11-22 20:40:00")
    assert due_of(text, "America/New_York", said) == (None if due is None else utc(due))
