"""Issue 12, stop 54, fix54: refactors that keep every reading, a slow paste bounded, and
silent misreadings found on the way. Said on Wednesday 2 December 2026 at 10:00, London
(tests/core/reading.py), unless a test gives another moment.

- year_order.own_verb_ahead is the one look for a gone date's own verb ahead, for
  gate.rolled_past (the day its words write; a weekday writes none) and past_reading (the
  day read).
- A long paste with no stop: governing.reading's window is halved (clauses.READER_REACH),
  its sentence ends are found by a scan that jumps from one stop character to the next, the
  "cover"/"span", "today" and "since" tests are made once per long text (context.holds), and
  local_times looks for the sentence of a "LOCAL" time within its own reach, not from the
  text's start. Speed is the bench's to measure; these tests check what is read.
"""

from __future__ import annotations

import re
from datetime import UTC

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.deadlines import Deadline, clauses, parse_deadline, year_order
from tests.core.reading import LONDON, SAID, due

# -- one look for a gone date's own verb ahead --------------------------------------------


def test_the_own_verb_ahead_weighs_an_earlier_date_only_when_given_a_day() -> None:
    text = "The council said on 3 March that it closes the plant on 24 April."
    start = text.index("24 April")
    end = start + len("24 April")
    assert year_order.written_day(text, start, end) == (4, 24)
    # the present "closes" is its own verb, but the act dated 3 March came first this year
    assert not year_order.own_verb_ahead(text, start, end, (4, 24))
    # with no day of the calendar (a weekday) no earlier date is weighed
    assert year_order.own_verb_ahead(text, start, end, None)
    # a day before the earlier date's: next year's
    assert year_order.own_verb_ahead(text, start, end, (2, 1))


def test_a_gone_date_whose_own_verb_is_a_present_is_still_ahead() -> None:
    # stop 53's rule, through both callers: 24 February said in December is next year's
    assert due("The consultation opened on Monday and closes on 24 February.") == (
        "2027-02-24 23:59"
    )


# -- a long paste with no stop ------------------------------------------------------------

# the sentence ends governing.reading used before stop 54 (look-behinds tried first)
_PLAIN_READER_STOP = re.compile(
    r"(?<!\bmr)(?<!\bmrs)(?<!\bdr)(?<!\bst)(?<!\bno)(?<![a-z]\.[a-z])\.(?=\s|$)|[;!?]"
)
_PIECES = [
    *" .;:!?\t\nxaé1",
    "mr.", "mrs.", "dr.", "st.", "no.", "u.s.", "e.g.", "a.m.", "amr.", "_no.", "x.",
]  # fmt: skip


def _spans(pattern: re.Pattern[str], text: str, pos: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, pos, end)]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=30).map("".join),
    st.integers(0, 120),
    st.integers(0, 120),
)
def test_the_readers_sentence_ends_are_the_plain_ones(text: str, pos: int, end: int) -> None:
    # from any start and end: the window's own end counts as the text's for "(?=\s|$)"
    assert _spans(clauses._READER_STOP, text, pos, end) == _spans(
        _PLAIN_READER_STOP, text, pos, end
    )


def test_the_readers_sentence_ends_skip_titles_and_initials() -> None:
    text = "mr. x met dr. y in the u.s. on friday. then; more"
    assert _spans(clauses._READER_STOP, text, 0, len(text)) == [(37, 38), (43, 44)]


def _paste(size: int) -> str:
    unit = "The consultation opened on 3 March and closes on 24 April and "
    return (unit * (size // len(unit) + 1))[:size] + " the plan is due by 30 June."


def test_a_paste_of_gone_dates_without_a_stop_reads_the_deadline_it_gives() -> None:
    said = SAID.replace(month=6, day=10)  # the March and April dates are gone
    got = parse_deadline(_paste(100_000), said, LONDON)
    assert isinstance(got, Deadline)
    assert got.matched == "due by 30 June"
    assert got.due.astimezone(UTC).strftime("%Y-%m-%d %H:%M") == "2026-06-30 22:59"


def test_a_local_time_in_a_long_text_is_read_in_its_sentences_place() -> None:
    text = "The delegation met officials. " * 2000 + (
        "10:00 a.m. LOCAL Secretary Rubio meets with NATO Secretary General Mark Rutte, at "
        "NATO Headquarters, in Brussels, Belgium."
    )
    said = SAID.replace(hour=3)  # 03:00 London: 10:00 in Brussels is 09:00 London, ahead
    assert due(text, said) == "2026-12-02 09:00"


# -- "before" after another lead word ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # CONVENTIONS 3.5: "before <day>" is due at the end of the day before, "before
        # <period>" at the end of the day before it starts, whatever lead word comes first
        # (these had been read as "by": a day, a month, a season late, with no warning)
        ("Applications must be in before 1 April.", "2027-03-31 22:59"),
        ("Payment is due before 1 April.", "2027-03-31 22:59"),
        ("It will happen sometime before 1 April.", "2027-03-31 22:59"),
        ("We will finish, hopefully before 1 April.", "2027-03-31 22:59"),
        ("Get your entries in before Friday.", "2026-12-03 23:59"),
        ("Payment is due before June.", "2027-05-31 22:59"),
        ("Send it in before the summer.", "2027-05-31 22:59"),
    ],
)
def test_before_after_another_lead_word_is_the_day_before(text: str, wanted: str) -> None:
    assert due(text) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Applications must be in before 5 p.m. on 1 April.", "2027-04-01 16:00"),
        ("Payment is due on or before 1 April.", "2027-04-01 22:59"),
        ("Applications must be in by 1 April.", "2027-04-01 22:59"),
        ("Payment is due before the end of June.", "2027-06-30 22:59"),
    ],
)
def test_a_clock_time_on_or_before_by_and_an_end_keep_the_day(text: str, wanted: str) -> None:
    assert due(text) == wanted
