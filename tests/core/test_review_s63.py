"""Faults the stop-63 review proved on main af5f172f (issues 12 and 13): each test failed
there. Read as tests/core/reading.py reads: said on Wednesday 2 December 2026 at 10:00,
London."""

from __future__ import annotations

import pytest

from bot.core.deadlines import Deadline
from bot.core.extract.speech import writer_of
from tests.core.reading import due, read
from tests.core.releases import listed, quoted


def _dated(text: str) -> bool:
    return isinstance(read(text), Deadline)


# 1. acted_condition: a modal of the main clause ends the condition's act, but "we'll" was
# not one ("'ll" is no word of _MODAL), so a comma-less condition ran on into the main
# clause and the main act's limit was read as the condition's own span: no deadline.
# "If the results come in we will publish them within a week" kept it.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If the results come in we'll publish them within a week.", "2026-12-09 23:59"),
        ("If the inspectors find a fault we’ll fix it within 48 hours.", "2026-12-04 10:00"),
        ("If the council agrees they'll finish within a month.", "2027-01-02 23:59"),
    ],
)
def test_a_contracted_will_ends_the_condition(text: str, expected: str) -> None:
    assert due(text) == expected


# 2. no_time_set: "want to know what/if ..." (stop 63) took the rest of the sentence as
# asked about, past a comma and a new clause of the speaker's own ("We want to know what
# residents think, so the consultation will stay open until 31 January"): the deadline lost,
# no warning. The asking words' old kinds had the same reach ("We asked residents what they
# think, and we will publish the results by March").


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We want to know what residents think, so the consultation will stay open until"
            " 31 January.",
            "2027-01-31 23:59",
        ),
        (
            "We would like to know how you use the library, and we will publish the results"
            " by March.",
            "2027-03-31 22:59",
        ),
        ("We want to know what you think and will report back by Friday.", "2026-12-04 23:59"),
        (
            "Residents want to know if the road will reopen, and we will give them an answer"
            " by Monday.",
            "2026-12-07 23:59",
        ),
        (
            "We asked residents what they think, and we will publish the results by March.",
            "2027-03-31 22:59",
        ),
    ],
)
def test_a_clause_of_its_own_after_what_is_asked_keeps_its_time(text: str, expected: str) -> None:
    assert due(text) == expected


def test_what_is_asked_still_holds_its_time() -> None:
    # the contrasts: the time inside the question itself stays refused
    assert not isinstance(
        read("I would like to know if it has been agreed that the House will sit to-morrow."),
        Deadline,
    )
    assert not _dated("We want to know whether the council will decide by Friday.")
    assert not _dated("Residents want to know if the road will reopen on Monday.")
    assert not isinstance(
        read("I want to know what it costs, and when the work will be finished in 2027."), Deadline
    )


# 3. no_time_set._WEIGHED: the same reach after "decide whether": a new clause of the
# speaker's own after it lost its time.


def test_a_clause_of_its_own_after_decide_whether_keeps_its_time() -> None:
    assert (
        due(
            "Cabinet will decide whether the scheme goes ahead, and we will open the hall on"
            " 14 January."
        )
        == "2027-01-14 23:59"
    )
    assert (
        due(
            "The board will decide whether the pool stays open, so the consultation closes on"
            " 9 January."
        )
        == "2027-01-09 23:59"
    )


def test_what_is_weighed_still_holds_its_time() -> None:
    assert not isinstance(
        read("We will decide whether the Seanad should meet in the morning or at 3 o'clock."),
        Deadline,
    )


@pytest.mark.xfail(
    strict=True,
    reason="a bare infinitive coordinated with 'determine' ('and report to Cabinet on 9 "
    "February') is not told from a verb of the 'whether' clause without parsing the clause",
)
def test_a_second_act_of_the_deciding_subject_keeps_its_time() -> None:
    assert (
        due(
            "The committee will determine whether the bid meets the rules and report to Cabinet"
            " on 9 February."
        )
        == "2027-02-09 23:59"
    )


# 4. bargains._PREFERRED (stop 63): an impersonal preference or an act weighed as subject
# took a time told after it in a clause of its own with a future ("because the council will
# decide", "which is why the work will be done", "remind everyone that the bridge will
# close") as the option put forward: no deadline. _PLAN_AFTER only knew ", and/but/so ...
# will". A fix that read a future after a comma or a "that" (and no "if") as told kept these
# three and the dev split, but one CHECK case fell (3690 -> 3689), so the keep rule left it.
# The lead's narrower fix: "because", "since", "which/that is why" after a comma join the
# connectors of _PLAN_AFTER (every split's misses identical); a "that" clause stays unread
# (it may hold what is asked: "It would be helpful if the Minister could confirm that the
# report will be published by Friday"), a strict xfail.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It would be better to wait, because the council will decide on 14 January.",
            "2027-01-14 23:59",
        ),
        (
            "Closing the road would cause chaos, which is why the work will be done by 5 January.",
            "2027-01-05 23:59",
        ),
        pytest.param(
            "It would be useful to remind everyone that the bridge will close on Friday.",
            "2026-12-04 23:59",
            marks=pytest.mark.xfail(
                strict=True,
                reason="a 'that' clause after a preference may be told or asked: needs a clause "
                "reader",
            ),
        ),
    ],
)
def test_a_future_told_after_a_preference_keeps_its_time(text: str, expected: str) -> None:
    assert due(text) == expected


def test_a_preference_and_a_request_still_put_the_time_forward() -> None:
    # the contrasts: the option itself, and a request of another "if he could"
    assert not isinstance(read("It would be better to take the vote on Monday."), Deadline)
    assert not isinstance(
        read("I should be grateful if my right hon. Friend could make a statement tomorrow."),
        Deadline,
    )


# 5. speech._BY_LINE (stop 63) took "of" and one capitalised word as a writer: "Letter of
# Intent" made "Intent" the speaker of an unsigned "we" (none before). A name after "of" now
# has two capitalised words at least ("Statement of Jane Rivers").


def test_what_a_paper_is_of_is_no_writer() -> None:
    text = "Letter of Intent\n\nWe will deliver the first 20 buses by June 2026."
    got = quoted(listed(text), "We will deliver")
    assert got is not None and got.speaker != "Intent", got
    assert writer_of("Statement of Jane Rivers, Acting Commissioner\n\nWe will.") == "Jane Rivers"


# 6. voices.prepared_speaker (stop 63) takes a headline in title case below "AS PREPARED FOR
# DELIVERY" as the speaker's line when an office word opens it: "Secretary Kemp Announces
# Rural Broadband Grants" is the speech's "I" (main read "KEMP ANNOUNCES RURAL" before, also
# wrong, by another path). Fixed by the lead: a name line holds at most four words after its
# last office word (`voices._NAME_WORDS`); a shorter headline ("Secretary Kemp Announces
# Grants") would still pass, as the test's second case pins (a strict xfail).


@pytest.mark.parametrize(
    "headline",
    [
        "SECRETARY KEMP ANNOUNCES RURAL BROADBAND GRANTS",
        pytest.param(
            "SECRETARY KEMP ANNOUNCES GRANTS",
            marks=pytest.mark.xfail(
                strict=True,
                reason="a headline as short as a name line differs from it only by its verb; "
                "telling them needs a headline reader, not a word count",
            ),
        ),
    ],
)
def test_a_headline_below_as_prepared_is_no_speaker(headline: str) -> None:
    text = (
        f"AS PREPARED FOR DELIVERY\n{headline}\n\n"
        "Thank you. I will award the first grants by June 30."
    )
    got = quoted(listed(text), "I will award")
    assert got is not None and got.speaker is not None and "Announces" not in got.speaker, got


# 7. kept_lengths (stop 63) read any plural subject with "remain"/"stay" and "for" as a length
# each of a class keeps: a window announced from now became a recurring standard ("Nominations
# remain open for two weeks") or was lost ("Applications remain open for 30 days, so ...").


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nominations remain open for two weeks.", "2026-12-16 23:59"),
        ("Applications remain open for 30 days, so please apply soon.", "2027-01-01 23:59"),
        ("Temporary traffic lights stay in place for three weeks.", "2026-12-23 23:59"),
    ],
)
def test_a_window_left_open_for_a_span_is_read_from_now(text: str, expected: str) -> None:
    assert due(text) == expected


def test_a_length_a_class_keeps_is_still_recurring() -> None:
    assert not _dated("Households stay in the survey for two years.")
    assert not _dated("Members serve on the board for three years.")


# 8. joins._MEETING_GAP (stop 63) joined a day to a clock time up to 100 characters on, past
# ", and" and a clause of another subject: the contractors' 6 p.m. became the pool's.


def test_a_clock_time_of_another_clause_is_not_the_days() -> None:
    assert (
        due(
            "The pool will shut on Friday, beginning the refit, and the contractors leave at 6 p.m."
        )
        == "2026-12-04 23:59"
    )
    assert (
        due("The office will close on Friday, meeting the deadline set by the board, at 4 p.m.")
        == "2026-12-04 16:00"
    )


# 9. commit_phrases.BEFORE_TO (stop 63) let a phrase of place part "committed" from any "to",
# the passive of a deed too: "40 offences were committed in the run-up to the match" was
# listed as a pledge recalled (nothing before).


def test_a_deed_committed_somewhere_is_no_pledge() -> None:
    text = (
        "Police Scotland\n\nPolice said 40 offences were committed in the run-up to the match,"
        " most of them in the city centre."
    )
    assert quoted(listed(text), "offences") is None, listed(text)
    kept = "We have committed under the plan to 250 projects nationally over the next three years."
    assert quoted(listed("Canal Trust\n\n" + kept), "under the plan") is not None


# 10. no_time_set: the "want to know" branch (stop 63) read a consultation's closing day as
# asked about: "We want to know what you think by 31 January" lost its deadline (dated
# before). A limit word's time after an asked clause with no modal is the reply's limit; the
# old "Tell us what you think by 31 January" was lost the same way and now reads too.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We want to know what you think by 31 January.", "2027-01-31 23:59"),
        (
            "We would like to know what residents think of the plans before 9 January.",
            "2027-01-08 23:59",
        ),
        ("Tell us what you think by 31 January.", "2027-01-31 23:59"),
    ],
)
def test_the_reply_asked_for_by_a_day_is_a_deadline(text: str, expected: str) -> None:
    assert due(text) == expected


def test_a_limit_inside_what_is_asked_is_still_asked() -> None:
    assert not _dated("I want to know whether the Minister will report by Friday.")
    assert not _dated("I would like to know if it is the intention to sit until Christmas.")


# 11. announced_later (stop 63) cut the words announced at any ". ", so a title's stop ended
# them: "I am today announcing that Mr. Jones will lead the review, which will report in the
# autumn" kept "today" (the later time unread), as "the new clinic will open in the spring"
# did not. The sentence's end is now stops.STOP's, the package's own.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I am today announcing that Mr. Jones will lead the review, which will report in"
            " the autumn.",
            "2027-11-30 23:59",
        ),
        (
            "I am today announcing that the new St. Mary's clinic will open in the spring.",
            "2027-05-31 22:59",
        ),
    ],
)
def test_a_title_s_stop_does_not_end_what_is_announced(text: str, expected: str) -> None:
    assert due(text) == expected


# 13. (the lead, from the reviewer's "seen but not proven") a heading's stop ended the
# principal's name at a middle initial: "Statement of Carolyn W. Colvin, ..." gave its "we" to
# "Carolyn W" (turns._HEADING), before stop 63 too.


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        (
            "Statement of Carolyn W. Colvin, Acting Commissioner of Social Security",
            "Carolyn W. Colvin",
        ),
        ("Statement by Secretary John F. Kerry", "John F. Kerry"),
    ],
)
def test_a_middle_initial_does_not_end_the_headings_name(heading: str, expected: str) -> None:
    got = quoted(listed(f"{heading}\n\nWe will publish the plan by May 1."), "We will publish")
    assert got is not None and got.speaker == expected, got
