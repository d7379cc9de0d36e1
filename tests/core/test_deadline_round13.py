"""Issue 12, round 13: rules of the written labelling conventions
(tests/data/deadlines/CONVENTIONS.md) the parser did not yet read, pinned here before their
fix with real phrasings from the sets (re-dated to the test's week where a date would have
passed) and the plain sentences each rule must leave alone.

- 3.1: a "from <date>" that names when a one-off change takes effect ("take effect from",
  "with effect from", "come into force ... from", "shall apply from", "implement ... from",
  "to close ... from", "introduce from") is that change's time; before, every "from <date>"
  was a start only (earliest, no deadline). Relabelled in blind_fresh2/3/4/5/9/10/11/12/15/16,
  kinds_real and kinds_real8 (relabels.py).
- 3.2: an embargo gives only the earliest moment ("embargoed until 2:00 p.m."); before, its
  end was the deadline (blind_fresh4).
- 1.1: a notice that announces a comment period of a stated length opens it now, so it
  falls due at its end ("This notice announces a 90-day comment period", blind_fresh2);
  before, no deadline.
- 3.1 with "as of": "will be abolished as of 15 June", "will be closed as of 0001 hours, May
  24" (blind_fresh16, blind_fresh8); before, a start only.
- 4.1: "has no public events tomorrow" and times "postponed to a later date" (blind_fresh16,
  blind_fresh15) are denied; before, deadlines.
- 1.3: "Once <event>, X has up to two months to ...", "will then have up to four weeks to"
  (blind_fresh16) run from an undated event; before, counted from now.
- 3.2 also: "before the 16th instant at the earliest date" (blind_fresh15) and "to double
  the funding from early in 1988" (blind_fresh17, where the modifier "early" hid the
  "from") give only the earliest date; before, deadlines.
- left alone: an ongoing activity or state given its start (3.2), a start beside a deadline
  of the same act (3.4), a bare year, a past date, an embargo that is kept going (3.3), a
  new time for a postponed one, events that do happen, limits counted from now (1.2), and
  the plain readings earlier reviews found broken by rules that reached too far.

The rules live in bot/core/deadlines/conventions.py, called from three hooks in cues.py.

Said on Monday 18 August 2025 at 10:00 UTC on a UTC server unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from bot.core.deadlines import Refusal, interpret_deadline, parse_deadline
from tests.core.test_deadline_kinds import REF, due_of, refusal_of, utc
from tests.data.deadlines.relabels import RELABELS, cases_of, conventional

# -- 3.1: an effective date is the deadline ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # blind_fresh11, blind_fresh9, blind_fresh5 (re-dated)
        ("It shall apply from 1 January 2026.", "2026-01-01 23:59:59"),
        ("Article 2 shall apply from 2 January 2026.", "2026-01-02 23:59:59"),
        ("They shall apply those provisions from 1 April 2026.", "2026-04-01 23:59:59"),
        # kinds_real, kinds_real8, blind_fresh3 (a month: due at its end)
        (
            "I have agreed the following arrangements, which will take effect from September.",
            "2025-09-30 23:59:59",
        ),
        # blind_fresh12
        ("Phase 4—with effect from October 2025: 5 new schemes to follow", "2025-10-31 23:59:59"),
        # blind_fresh4
        (
            "Banks and other payment service providers will be required to give customers at"
            " least 90 days’ notice before closing their account or terminating a payment"
            " service – an increase from the two months currently required – under new rules"
            " expected to come into force for relevant new contracts from April 2026.",
            "2026-04-30 23:59:59",
        ),
        # blind_fresh15: a clock time with its day
        (
            "In-line with our commitment to maintaining high standards of biosecurity, the UK"
            " will implement EU Smarter rules for safer food (SRSF) regulations from 11pm on"
            " Friday 12 December 2025.",
            "2025-12-12 23:00:00",
        ),
        # blind_fresh10
        (
            "Clause 60 introduces a provision to close the renewables obligation to new onshore"
            " wind farms in Great Britain from 1 April 2026—a year earlier than originally"
            " planned.",
            "2026-04-01 23:59:59",
        ),
        # blind_fresh2, without its tail (see _NOT_READ below)
        (
            "Will my hon. Friend explain why the Government none the less plan to introduce"
            " from next April the provision that contributory benefits should cease?",
            "2026-04-30 23:59:59",
        ),
        # blind_fresh16
        (
            "This statutory consultation is the formal, final step before we issue revised"
            " rules, to take effect from 1 April 2026, which we issue under the Act.",
            "2026-04-01 23:59:59",
        ),
    ],
)
def test_an_effective_date_after_from_is_the_deadline(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- 3.2: an embargo gives the earliest moment only ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # blind_fresh4
        "This call is embargoed until 2:00 p.m. when the President speaks.",
        "The report is embargoed until 00:01 on Tuesday.",
    ],
)
def test_an_embargo_gives_no_deadline(text: str) -> None:
    # A clock time read as a start carries no earliest moment of its own in the parser
    # ("Not before 6:30 p.m." is None too), so the refusal is not recorded: no deadline.
    assert parse_deadline(text, REF, "UTC") is None


def test_an_embargo_on_a_day_records_the_earliest_day() -> None:
    got = interpret_deadline("The report is embargoed until Tuesday 19 August.", REF, "UTC")
    assert isinstance(got, Refusal) and got.kind == "earliest"
    assert got.earliest == utc("2025-08-19 00:00:00")


# -- 1.1: a comment period announced now falls due at its end --------------------------------


def test_a_comment_period_announced_now_falls_due_at_its_end() -> None:
    # blind_fresh2
    assert due_of("This notice announces a 90-day comment period.") == utc("2025-11-16 23:59:59")


# -- what the rules must leave alone ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "refusal"),
    [
        # 3.2: an ongoing activity or state given only its start
        ("Applications will be accepted from 3 September 2025.", "earliest"),
        ("From today, the government will provide grants of up to £2,500.", "earliest"),
        ("From 4 September, Wikinews sites will become read-only.", "earliest"),
        (
            "Eligible parents can apply to access 15 hours of childcare from 1 September.",
            "earliest",
        ),
        ("Farmers will apply for grants from 1 October.", "earliest"),
        ("Farmers will be able to apply from 1 October.", "earliest"),
        # a bare year stays no deadline
        ("We remain on track for implementation from 2027.", "earliest"),
        # a past effective date is the past
        ("Regulations 5 and 6 have effect from 9th March 2025.", "past"),
        # a denied time (4.1), the other one past: no deadline
        ("We met on Friday, not on Thursday.", "negated"),
    ],
)
def test_starts_and_plain_sentences_stay_refused(text: str, refusal: str | None) -> None:
    assert due_of(text) is None
    assert refusal_of(text) == refusal


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # 3.4: a start and a deadline of the same act: the deadline
        (
            "The new Help to Buy scheme will come into place from 1 April 2026 and run until"
            " March 2028.",
            "2028-03-31 23:59:59",
        ),
        (
            "This deviation is effective from 7 a.m. on 22 September 2025 until 5 p.m. on 28"
            " September 2025.",
            "2025-09-28 17:00:00",
        ),
        # 3.1 already read: an effective date said with "on"
        ("The rules take effect on 1 April 2026.", "2026-04-01 23:59:59"),
        ("The newly elected mayor takes office on 1 October.", "2025-10-01 23:59:59"),
        ("Submit it by 5 pm on the closing date of 30 September 2025.", "2025-09-30 17:00:00"),
        # 3.3: an embargo kept going to a date is a commitment to that date
        ("The arms embargo will remain in force until 31 March 2026.", "2026-03-31 23:59:59"),
        # a deadline after "until" with no embargo
        ("The call is open until 2:00 p.m. today.", "2025-08-18 14:00:00"),
        # a launched consultation, as before
        ("The department launches a 12-week consultation today.", "2025-11-10 23:59:59"),
    ],
)
def test_deadlines_beside_the_rules_keep_their_reading(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- the relabelled cases the round's rules read --------------------------------------------

# Relabels by 3.1 of other forms, not read by this round (README "Round 13"): effective dates
# given in turn after a colon, a one-off event "from 6pm" with no verb of effect, and "From
# 1 January, I will be moving into a new post".
# And blind_fresh2's "plan to introduce from next April the provision that contributory
# benefits should cease after six months instead of 12 months?": its April is read now, but
# "after ... 12 months" is still taken for an earliest bound that rules it out.
_NOT_READ = ("phase them", "q&a session", "moving into a new post", "instead of 12 months")


def test_the_relabelled_cases_of_the_rules_read_as_relabelled() -> None:
    """Every relabel of relabels.py citing a rule of this round (3.1 with "from", 3.2's
    embargo, 1.1's announced period) is read as the overlay labels it, through the one
    loader the bench uses."""

    checked = 0
    for relabel in RELABELS:
        lowered = relabel.text.lower()
        ours = ("3.1" in relabel.rule and "from" in lowered) or any(
            cue in lowered for cue in ("embargoed", "announces a")
        )
        if not ours or any(form in lowered for form in _NOT_READ):
            continue
        cases = cases_of(relabel.module)
        case = next(c for c in conventional(relabel.module, cases) if c.text == relabel.text)
        said = utc(case.said)
        got = parse_deadline(case.text, said, case.tz, day_first=case.day_first)
        want = None if case.due is None else utc(case.due)
        assert (None if got is None else got.due) == want, case.text
        checked += 1
    assert checked == 14


# -- 3.1 with "as of": a closure or abolition as of a time ----------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # blind_fresh16, blind_fresh8 (re-dated)
        (
            "Under the agreement, roaming surcharges in the European Union will be abolished as"
            " of 15 June 2026.",
            "2026-06-15 23:59:59",
        ),
        (
            "NOAA Fisheries announces that the directed fishery for Atlantic herring in Area 1B"
            " will be closed as of 0001 hours, May 24, 2026.",
            "2026-05-24 00:01:00",
        ),
    ],
)
def test_a_closure_as_of_a_time_is_the_deadline(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


@pytest.mark.parametrize(
    "text",
    [
        "As of 1 September, the office is open on Saturdays.",
        "Customers will be able to register as of 1 September 2025.",
    ],
)
def test_a_state_as_of_a_date_stays_a_start(text: str) -> None:
    assert due_of(text) is None


# -- 4.1: a time denied or called off with no new time --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # blind_fresh16, blind_fresh15 (re-dated)
        "The President has no public events tomorrow.",
        "Due to hazardous working conditions, the scheduled closure of Dardanelle Lock and Dam"
        " (No. 10) NM 205.5, from 7:00 a.m. to 5:30 p.m today, is being postponed to a later"
        " date.",
        "There will be no sittings on Friday.",
        "The vote on Tuesday has been postponed indefinitely.",  # read before this round too
    ],
)
def test_a_denied_or_called_off_time_is_no_deadline(text: str) -> None:
    assert due_of(text) is None
    # "from 7:00 a.m." stays a start with no earliest moment (a lone clock time), so it gives
    # way to the denial: every one says why
    assert refusal_of(text) == "negated"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a new time counts (4.1)
        ("The vote, planned for Tuesday, is postponed to Thursday.", "2025-08-21 23:59:59"),
        # events that do happen
        ("The President has two public events tomorrow.", "2025-08-19 23:59:59"),
        ("The minister will hold no fewer than three events on Friday.", "2025-08-22 23:59:59"),
        # an earlier postponement told, the new time counts
        ("The launch, delayed from Monday, will now take place on Friday.", "2025-08-22 23:59:59"),
    ],
)
def test_times_that_stand_are_kept(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- 1.3: a time limit that runs from an undated event ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # blind_fresh16
        "Once Ireland has submitted its request, the Commission has up to two months to assess"
        " whether the modified plan still fulfils the assessment criteria in the RRF"
        " Regulation.",
        "Member States will then have up to four weeks to endorse the Commission's assessment.",
    ],
)
def test_a_limit_counted_from_an_undated_event_is_no_deadline(text: str) -> None:
    assert due_of(text) is None
    assert refusal_of(text) == "event"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # 1.2: a limit given to a named actor from now
        ("The council has eight weeks to decide.", "2025-10-13 23:59:59"),
        ("They now have two months to reply to the Commission.", "2025-10-18 23:59:59"),
        ("Once again, the council has eight weeks to decide.", "2025-10-13 23:59:59"),
    ],
)
def test_limits_counted_from_now_stay_deadlines(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- 3.2: "at the earliest" after a date, and "from early in <year>" -------------------------


@pytest.mark.parametrize(
    "text",
    [
        # blind_fresh15, blind_fresh17 (re-dated)
        "The position is this, as I understand it, that the other House will have no further"
        " business ready for us before the 16th instant at the earliest date.",
        "We have already designated nine areas and our intention is to extend the coverage of"
        " this scheme and to double the funding from early in 2026.",
        "Nothing will be ready before the 16th at the earliest.",
    ],
)
def test_a_lower_bound_at_the_earliest_or_from_early_in_is_no_deadline(text: str) -> None:
    assert due_of(text) is None
    assert refusal_of(text) == "earliest"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("We will publish it early in 2026.", "2026-04-30 23:59:59"),
        ("We will decide at the earliest opportunity in 2026.", "2026-12-31 23:59:59"),
        (
            "A decision will be taken by the 16th, at the earliest opportunity.",
            "2025-09-16 23:59:59",
        ),
    ],
)
def test_early_and_the_earliest_opportunity_keep_their_reading(text: str, due: str) -> None:
    assert due_of(text) == utc(due)
