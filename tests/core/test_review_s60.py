"""Stop 60's review of the round: readings the round's rules got wrong, each proven on main
fdcee993 before the fix (deadlines said on Wednesday 2 December 2026 at 10:00, London:
tests/core/reading.py; extraction published that day). Each test names the rule's module
and the reading main gave."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.extract import extract_pledges
from bot.core.extract.turns import _unnamed  # pyright: ignore[reportPrivateUsage]
from tests.core.reading import due, refusal

PUBLISHED = datetime(2026, 12, 2, 12, tzinfo=UTC)


def _speakers(text: str) -> list[str | None]:
    return [c.speaker for c in extract_pledges(text, PUBLISHED, "Europe/London")]


def test_a_figure_in_one_clause_leaves_the_range_of_the_next_read() -> None:
    # measured_to.py: main read "past", the petition's closing day lost; the figure
    # ("collected 200") and the range ("from today until 31 December") are two clauses
    text = "We collected 200 signatures and the petition stays open from today until 31 December."
    assert due(text) == "2026-12-31 23:59"
    # the rule's own case stands
    assert refusal("Visits rose 30% from July 2025 to December 2026.") == "past"


def test_a_pledge_of_more_than_last_year_keeps_its_year() -> None:
    # period_figures.py: main gave no time at all; a pledge to act this year compared with
    # last year is still due at the year's end (the module keeps "We will publish more
    # reports this year", and a comparison does not make the act a level)
    assert due("We will recruit more volunteers this year than last year.") == "2026-12-31 23:59"
    text = "We will open a second store this year, compared to none last year."
    assert due(text) == "2026-12-31 23:59"
    # the rule's own case stands: a level expected, no act
    assert refusal("We expect to be busier this year than last year at this time.") is None


def test_no_way_we_will_miss_is_a_promise_not_a_denial() -> None:
    # clauses._NEGATION "there is no way / no chance": main read "negated"; a denied
    # failure is a firm undertaking
    assert due("There is no way we will miss Friday's deadline.") == "2026-12-04 23:59"
    assert due("There is no chance we will fail to deliver by Friday.") == "2026-12-04 23:59"
    assert refusal("There is no way that this Bill will be passed tomorrow.") == "negated"


def test_a_topic_time_leaves_the_acts_own_time_read() -> None:
    # topic_times.py: main gave no time at all, the act's own time lost with the topic's
    # (before stop 60: Thursday, the meeting's); the call is due on Monday
    assert due("I will ring you on Monday about the meeting on Thursday.") == "2026-12-07 23:59"
    text = "We will talk about the agenda for Monday's meeting on Friday."
    assert due(text) == "2026-12-04 23:59"
    # the rule's own case stands: no other time, none
    assert refusal("I now turn to business tomorrow.") is None


def test_a_time_before_the_agent_of_a_passive_is_no_awaited_act() -> None:
    # framing._AFTER_ACT: main gave no actor; "after", "before", "upon" are the passive's
    # own time, and the "by" after it names who acts (only "following approval by the
    # Scottish Parliament" names the agent of an act the passive waits on)
    text = "The report will be reviewed after the election by the Audit Committee."
    assert _speakers(text) == ["the Audit Committee"]
    text = "The bridge will be inspected upon completion by Highways England."
    assert _speakers(text) == ["Highways England"]
    assert _speakers("The strategy will be published following approval by the Council.") != [
        "the Council"
    ]


def test_a_turns_speaker_is_named_by_whole_words_only() -> None:
    # turns._unnamed says "its words", but main tested substrings: "Ann" counted as named
    # by "annual", "Lane" by "planet"
    assert _unnamed("Ann", "The annual report will be published in March.")
    assert _unnamed("Lane", "The planet will warm.")
    assert not _unnamed("the Lane Trust", "Lane Trust staff will help.")


def test_a_pledge_counted_in_the_running_period_keeps_its_time() -> None:
    # period_figures.py's ordinal count: main gave no time at all for an act ahead
    assert due("The Bank will cut rates for the second time this year.") == "2026-12-31 23:59"
    assert due("The new ward will open for the first time this month.") == "2026-12-31 23:59"
    # the rule's own case stands: a state counted, no act
    assert refusal("The Census option is available for the second time this year.") is None


def test_a_time_fronting_the_main_clause_after_a_since_clause_stays() -> None:
    # past_reading._SINCE_PAST's comma (stop 60): main read "past"; the comma ends the
    # fronted "since" clause and the time heads the main clause, a plan ahead
    assert due("Since nobody objected, on Friday we will sign the contract.") == (
        "2026-12-04 23:59"
    )
    assert due("Since we last spoke, on Monday we will publish the new figures.") == (
        "2026-12-07 23:59"
    )
    # an aside closed by its own comma stays with the "since" clause
    assert refusal("Since they last met, in early December, talks have stalled.") == "past"


def test_a_plan_kept_as_planned_after_a_heading_time_stands() -> None:
    # called_off._HAD_PLANNED_AFTER: main read "negated"; "as we had planned" tells the plan
    # kept, not one overtaken
    assert due("Next week, as we had planned, we will launch the app.") == "2026-12-13 23:59"
    text = "Tomorrow, just as we had intended, the bridge will reopen."
    assert due(text) == "2026-12-03 23:59"
    # the rule's own case stands
    assert refusal("Next Thursday we had anticipated a Labour debate day.") == "negated"


def test_a_past_frame_is_lifted_only_by_a_date_of_the_cues_own_clause() -> None:
    # extractor._own_date_ahead (stop 60) read every date after the cue: main gave the 2015
    # promise the consultation's closing day; its docstring says "own clause"
    text = (
        "In 2015 the council said it will build a new pool, and the consultation on the budget"
        " closes on 31 December."
    )
    assert extract_pledges(text, PUBLISHED, "Europe/London") == []
    # the rule's own case stands
    text = (
        "In June 2014 the Department placed an order for a vessel which is due to be named on"
        " Monday 14 December."
    )
    assert _speakers(text) == ["the Department"]


def test_a_clock_time_of_another_sentence_loses_behind_any_runner_up() -> None:
    # choose._best (stop 60) looked for a sentence break only between the winner and the
    # runner-up: a third time ("Lunch", noon) in the other sentence hid the break, and main
    # read 4 p.m., a time of another sentence
    text = "The Bill shall be taken at 1.30 p.m. today. Lunch is served at 4 p.m."
    assert due(text) == "2026-12-02 13:30"
