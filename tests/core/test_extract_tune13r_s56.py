"""Issue 13, stop 56 (helper r13: recall and speakers): a business paper's motion whose
line opens with the item's title, or closes with the report it cites; an extension
announced for a programme."""

from __future__ import annotations

from bot.core.extract import Candidate, extract_pledges, same_speaker
from tests.core.extract_reading import PUBLISHED, UTC

_PAPER = (
    "House of Lords Business\n\n"
    "Wednesday 4 March 2026 at 3pm\n\n"
    "*Baroness Alder of Kenmore to ask His Majesty’s Government what steps they are taking "
    "to improve rural broadband.\n\n"
    "†Planning Reform Bill Lord Ferrier to move that the amendments for the Report stage be "
    "marshalled and considered in the following order:\n\n"
    "Clauses 1 to 4\n\n"
    "Social Housing (Allocation of Tenancies) (Amendment) Regulations 2026 Baroness Quayle of "
    "Marsh to move that the draft Regulations laid before the House on 12 January be approved. "
    "14th Report from the Secondary Legislation Scrutiny Committee\n"
)


def _holding(words: str) -> str | None:
    for found in extract_pledges(_PAPER, PUBLISHED, UTC):
        if words in found.quote:
            return found.speaker
    raise AssertionError(f"no candidate for {words!r}")


def test_a_motion_after_its_item_s_title_is_the_mover_s_scheduled_act() -> None:
    assert same_speaker(_holding("Lord Ferrier to move"), "Lord Ferrier")


def test_a_motion_citing_a_committee_report_is_still_the_mover_s() -> None:
    speaker = _holding("Baroness Quayle of Marsh to move")
    assert same_speaker(speaker, "Baroness Quayle of Marsh"), speaker


def test_a_title_that_is_no_bill_or_instrument_does_not_open_a_motion() -> None:
    for text in (
        "In the bar after the vote, Lord Ferrier to move that the House rise early was the joke.",
        "Hansard\n\nPlanning Reform Bill Lord Ferrier to move that the Bill be read.\n\n"
        "The Minister replied that the Government welcome the debate.",
    ):
        assert not [c for c in extract_pledges(text, PUBLISHED, UTC) if "move" in c.quote], text


# Extensions announced (`extended`).


def _one(text: str, words: str) -> Candidate | None:
    for found in extract_pledges(text, PUBLISHED, UTC):
        if words in found.quote:
            return found
    return None


def test_an_extension_announced_for_a_programme_is_a_commitment() -> None:
    found = _one(
        "Agriculture Secretary Dana Whitfield today announced a two-month extension for "
        "emergency grazing on conservation acres.",
        "extension",
    )
    assert found is not None and same_speaker(found.speaker, "Dana Whitfield")


def test_an_extension_announced_long_ago_is_history() -> None:
    text = "In August 2025, the agency announced a two-month extension for grazing."
    assert _one(text, "extension") is None
