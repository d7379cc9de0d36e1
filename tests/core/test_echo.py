"""Words a member supplied, quoted back in a refusal: kept as typed for logs, escaped
only where they are shown, and the message's own formatting left alone."""

from __future__ import annotations

from bot.core.errors import InvalidInput
from bot.core.inputs import same_deadline
from bot.core.text import ECHO_MAX, echo, unmarked


def loud(text: str) -> str:
    return text.upper()


def test_str_gives_the_words_as_typed_and_shown_escapes_only_them():
    error = InvalidInput(f"`status` “{echo('[x](e)')}” is not a status; see `open`.")
    assert str(error) == "`status` “[x](e)” is not a status; see `open`."
    assert error.shown(loud) == "`status` “[X](E)” is not a status; see `open`."


def test_every_echo_is_escaped_and_long_words_are_cut():
    message = f"{echo('a')} and {echo('b' * 500)}"
    assert unmarked(message, loud) == "A and " + "B" * (ECHO_MAX - 1) + "…"
    assert len(unmarked(message)) == len("a and ") + ECHO_MAX


def test_marks_typed_by_the_member_cannot_end_the_echo_early():
    sneaky = "x\ue001**bold**\ue000"
    shown = InvalidInput(f"got “{echo(sneaky)}”").shown(loud)
    assert shown == "got “X**BOLD**”"


def test_a_message_without_echo_is_unchanged():
    assert InvalidInput("plain `code`").shown(loud) == "plain `code`"


def test_the_same_deadline_refusal_escapes_the_members_words():
    shown = same_deadline(4, "by **30 June**").shown(loud)
    assert "(“BY **30 JUNE**”)" in shown
    assert shown.startswith("Pledge #4 already has this deadline")
