"""Issue 13, stop 40 (recall, tuner b). The futurate progressive (`futurate`): a plan told in
the present progressive of any verb, first person included, counts when its own clause
names a time ahead; with no time of its own, or with the time of a clause it governs, it
stays news of the day. Dates of effect and due dates stated of any thing (`due_dates`):
dated acts of the issuer when the date is ahead. The texts are written for the test.

Published on Tuesday 3 March 2026 at 12:00 UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.extract import Candidate, extract_pledges, same_speaker
from bot.core.extract.due_dates import due_dates
from bot.core.extract.futurate import futurate, needs_own_time
from tests.core.releases import found, quoted

PUBLISHED = datetime(2026, 3, 3, 12, 0, tzinfo=UTC)


def _found(text: str, key: str) -> Candidate:
    candidate = quoted(found(text, PUBLISHED), key)
    assert candidate is not None, found(text, PUBLISHED)
    return candidate


def _none(text: str, key: str) -> None:
    assert quoted(found(text, PUBLISHED), key) is None, found(text, PUBLISHED)


def test_a_progressive_of_any_verb_with_a_date_ahead_is_a_plan() -> None:
    text = "The Housing Minister is flying to Lisbon on Thursday to sign the accord.\n"
    candidate = _found(text, "is flying to Lisbon")
    assert same_speaker(candidate.speaker, "The Housing Minister")
    assert candidate.deadline is not None
    assert candidate.deadline.due.date().isoformat() == "2026-03-05"


def test_the_first_person_progressive_counts_too() -> None:
    text = "Next month I'm leading a trade mission to Chile and Peru.\n"
    candidate = _found(text, "trade mission")
    assert candidate.deadline is not None
    assert candidate.deadline.due.date().isoformat() == "2026-04-30"  # the end of next month


def test_a_progressive_with_no_time_of_its_own_is_news_of_the_day() -> None:
    text = (
        "The summit opens in Oslo on 20 April 2026.\n"
        "Several delegations are stepping up their preparations.\n"
    )
    _none(text, "stepping up")


def test_the_time_of_a_governed_clause_is_not_the_progressive_s() -> None:
    _none(
        "The agency is urging households to register before 30 April 2026.\n",
        "is urging households",
    )
    _none(
        "The envoy is hinting that the talks could resume within the next few months.\n",
        "is hinting",
    )


def test_a_stance_in_the_progressive_is_no_plan() -> None:
    assert futurate("The union is hoping to settle by May.") == []
    assert futurate("We are going to publish it in May.") == []


def test_the_listed_present_plan_verbs_keep_their_own_cue() -> None:
    # "is travelling" is a present plan's cue word already: not read twice here, and it
    # keeps its whole clause's time.
    text = "The Minister is travelling to Rome to meet the mayor on Friday."
    assert futurate(text) == []
    start = text.index("travelling")
    assert not needs_own_time(text, start, start + len("travelling"))


# -- dates of effect and due dates stated of a thing (`due_dates`) ------------------------


def test_a_date_of_effect_of_any_document_binds_its_issuer() -> None:
    text = (
        "Federal Aviation Administration\n\n"
        "This directive becomes effective April 15, 2026.\n"
        "The restriction is effective 6:00 a.m., local time, March 20, 2026.\n"
    )
    for key, day in (
        ("becomes effective April 15, 2026", "2026-04-15"),
        ("is effective 6:00 a.m., local time, March 20", "2026-03-20"),
    ):
        candidate = _found(text, key)
        assert same_speaker(candidate.speaker, "the Federal Aviation Administration"), key
        assert candidate.deadline is not None, key
        assert candidate.deadline.due.date().isoformat() == day


def test_a_due_date_and_a_closing_date_are_dated_acts() -> None:
    text = (
        "The Arts Council is accepting nominations for its community awards.\n"
        "Nominations are due by 20 March 2026 via the council's website.\n"
        "The closing date for entries to the 2026 scheme is the 30 April 2026.\n"
        "The effective date for the amendments to 14 CFR 91.1 and 91.3 is June 1, 2026.\n"
    )
    for key, day in (
        ("are due by 20 March 2026", "2026-03-20"),
        ("closing date for entries", "2026-04-30"),
        ("amendments to 14 CFR 91.1 and 91.3 is June 1", "2026-06-01"),
    ):
        candidate = _found(text, key)
        assert same_speaker(candidate.speaker, "the Arts Council"), key
        assert candidate.deadline is not None, key
        assert candidate.deadline.due.date().isoformat() == day


def test_a_date_of_effect_already_behind_says_nothing_checkable() -> None:
    # the date of effect is a cue (`due_dates`) that counts only with a time ahead: behind
    # it, the sentence is not even set aside under "Maybe"
    text = "The effective date of the amendment is January 1, 2020."
    assert due_dates(text) != []
    assert quoted(extract_pledges(text, PUBLISHED, set_aside=True), "effective date") is None
    # "established an effective date of": a past act, no date of effect stated as one
    assert due_dates("The rule established an effective date of November 14, 1996.") == []
