"""Issue 12, stop 62: long pastes of one clause with no full stop, and the look back of the
readers that took all the text before a time as its sentence (look_back.py).
Said on Wednesday 2 December 2026 at 10:00, London (tests/core/reading.py).

courtesy.py looked for a thanks over all the text before each day word, hypothetical.py for
a "would" before each span, orders.py for a launched period over all the text for each span,
and lengths, amounts and week_commencing ran substring tests or searches over it: quadratic
in a long paste. bench/deadlines.py times the pastes; these tests check their readings (never
a time) and the one reading the bound changes: a thanks more than LOOK_BACK characters before
a day word, in a sentence with no stop, no longer makes it a courtesy of the gathering.

Second pass: hedged_days paired every day with every week or month before it, and bargains'
"I think ... would be better" ran its gap from every "I think" to the end of the paste. The
pairs are now only those a hedge could join (the reading is the same, however far spaces
part them); the gap is at most LOOK_BACK characters, so an "I think" further back than that
no longer puts the time forward as a preference.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from bot.core.deadlines import Deadline, Refusal, interpret_deadline, parse_deadline
from bot.core.deadlines.look_back import LOOK_BACK
from tests.core.reading import LONDON, SAID

_MEMBERS = ", ".join(f"the members for constituency {n}" for n in range(60))


def _speech(thanked: str) -> str:
    return f"Thank you, Chair, and thanks to {thanked}, and today we adopt the report."


def test_a_thanks_opening_a_sentence_makes_its_day_word_a_courtesy() -> None:
    text = _speech(_MEMBERS[:600])
    assert len(text) < LOOK_BACK
    assert parse_deadline(text, SAID, LONDON) is None  # as "Thank you, today we adopt ..."


def test_a_thanks_further_back_than_look_back_leaves_the_day_word_its_reading() -> None:
    """A speech of one unstopped sentence of 2,000 characters: its opening thanks does not
    govern a "today" at its end; the act is read, due today, as it is with no thanks."""
    text = _speech(_MEMBERS)
    assert text.index("today") > LOOK_BACK
    got = parse_deadline(text, SAID, LONDON)
    assert isinstance(got, Deadline)
    assert got.matched == "today"
    assert got.due.astimezone(ZoneInfo(LONDON)).date() == date(2026, 12, 2)


def _repeated(unit: str, size: int = 100_000) -> str:
    return (unit * (size // len(unit) + 1))[:size]


@pytest.mark.parametrize(
    ("unit", "matched"),
    [
        ("next week and the following week and ", "the following week"),
        ("the minister could publish it in two weeks and ", "in two weeks"),
        ("a 12-week consultation period and in two weeks and ", "in two weeks"),
        ("it would take a week and ", None),
        ("I am delighted to be here today and ", None),
        ("I think we should probably meet next week and ", "next week"),
        ("I think it would be fine by Friday and ", "by Friday"),
    ],
)
def test_a_long_paste_keeps_the_reading_of_the_unbounded_look(
    unit: str, matched: str | None
) -> None:
    """The bounded reads give these pastes the readings the whole-text reads gave."""
    got = parse_deadline(_repeated(unit), SAID, LONDON)
    assert (got.matched if isinstance(got, Deadline) else got) == matched


def test_a_long_paste_of_thanks_is_read_past_look_back() -> None:
    """ "Thank you, today we adopt its ...": the first "today"s, within LOOK_BACK of the
    opening thanks, are courtesies; a later one is read (the paste had been refused whole)."""
    got = parse_deadline(_repeated("Thank you, today we adopt its "), SAID, LONDON)
    assert isinstance(got, Deadline)
    assert got.matched == "today"
    assert got.due.astimezone(ZoneInfo(LONDON)).date() == date(2026, 12, 2)


def _preference(members: int) -> str:
    thanked = ", ".join(f"the members for constituency {n}" for n in range(members))
    return f"I think, with {thanked}, that Friday would be better"


def test_a_time_put_forward_as_the_better_one_is_no_deadline() -> None:
    text = _preference(20)
    assert len(text) < LOOK_BACK
    assert parse_deadline(text, SAID, LONDON) is None  # bargains.py


def test_an_i_think_further_back_than_look_back_puts_no_time_forward() -> None:
    """One unstopped sentence of 1,500 characters: the opening "I think" no longer reaches
    the "would be better" at its end, and Friday is read as it is with no "I think"."""
    text = _preference(45)
    assert text.index("would be") > LOOK_BACK
    got = parse_deadline(text, SAID, LONDON)
    assert isinstance(got, Deadline)
    assert got.matched == "Friday"


def test_a_day_guessed_within_the_week_however_far_spaces_part_them() -> None:
    """hedged_days pairs a day only with the periods a hedge follows; spaces before the
    hedge's comma, however many, still join them: the week counts, not to-morrow."""
    gap = " " * 300
    got = parse_deadline(
        f"The Dáil will be told during the week{gap}, possibly to-morrow or Thursday.",
        SAID,
        LONDON,
    )
    assert isinstance(got, Deadline)
    assert got.matched == "during the week"


_FILL = ", ".join(f"with the members for constituency {n}" for n in range(40))


def test_a_vague_word_after_in_that_event_waits_for_the_event() -> None:
    got = interpret_deadline("In that event, we will act as soon as possible.", SAID, LONDON)
    assert isinstance(got, Refusal)
    assert got.kind == "event"


def test_in_that_event_further_back_than_look_back_no_longer_holds_the_vague_word() -> None:
    """Re-read of stop 62: waits._told_event searched all the text before each vague word
    (and after it, to the text's end) when no stop was near: quadratic in a long paste. It
    reads at most LOOK_BACK characters each way now, as courtesy and hypothetical do: an
    event named further off, in one unstopped sentence, no longer holds the window."""
    text = f"In that event, {_FILL}, we will act as soon as possible."
    assert text.index("as soon as") > LOOK_BACK
    got = parse_deadline(text, SAID, LONDON)
    assert isinstance(got, Deadline)
    assert got.vague and got.matched == "as soon as possible"
    after = f"We will act as soon as possible, {_FILL}, following the conclusion of the review."
    assert after.index("following") - after.index("possible") > LOOK_BACK
    assert isinstance(parse_deadline(after, SAID, LONDON), Deadline)
