"""Faults found in review of stop 66's round (round-s66), each a sentence a member could write
and the wrong reading the round gave. Each test failed on round-s66."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.deadlines import Deadline, Refusal, interpret_deadline


def _in(zone: str, text: str, said: str) -> Deadline | Refusal | None:
    return interpret_deadline(
        text, datetime.fromisoformat(said).replace(tzinfo=ZoneInfo(zone)), zone
    )


def _day(got: Deadline | Refusal | None, zone: str) -> str | None:
    if isinstance(got, Deadline):
        return got.due.astimezone(ZoneInfo(zone)).date().isoformat()
    return None


# 1. A holiday named before "holiday weekend" / "bank holiday weekend" was taken for no name
# at all (holiday_weekends.last_day): the next holiday weekend of the zone was read instead
# of the one named. "the Thanksgiving holiday weekend" said on 10 July fell due on Labor Day,
# "the May bank holiday weekend" said on 1 March on Easter Monday. Not fixed: both small
# fixes tried (refusing when the word before "bank holiday"/"holiday" does not lead the
# phrase; reading the holiday named before "holiday weekend" by its own name) lose two
# TEST cases of the keep-rule splits (3177 -> 3175), so neither is kept.
@pytest.mark.xfail(strict=True, reason="a fix loses 2 TEST cases (keep rule); see comment")
def test_a_holiday_named_before_holiday_weekend_is_not_the_next_holiday_weekend() -> None:
    ny, london = "America/New_York", "Europe/London"
    got = _in(
        ny,
        "Work on the road will be finished by the Thanksgiving holiday weekend.",
        "2026-07-10T10:00",
    )
    assert _day(got, ny) != "2026-09-07"  # Labor Day
    got = _in(ny, "We will finish the report by the Labor Day holiday weekend.", "2026-05-01T10:00")
    assert _day(got, ny) != "2026-05-25"  # Memorial Day
    got = _in(
        london, "The new timetable starts after the May bank holiday weekend.", "2026-03-01T10:00"
    )
    assert _day(got, london) != "2026-04-06"  # Easter Monday
    got = _in(ny, "The repairs will be done by the Christmas holiday weekend.", "2026-11-01T10:00")
    assert _day(got, ny) != "2026-11-29"  # the Sunday after Thanksgiving


# 2. The holidays of a fixed date (Independence Day, Christmas, Boxing Day, New Year's Day)
# are not in holiday_weekends._ends, so the weekend they make was skipped for a later one:
# "over the holiday weekend" said in New York on 29 June (the Fourth of July weekend) fell
# due on Labor Day, and "over the bank holiday weekend" said in London on 18 December
# (Christmas) on Easter Monday. Which weekend of days off round such a feast is meant we
# cannot say: the phrase is refused as "event", as for a zone we know no holidays of.
def test_a_fixed_date_holiday_first_is_not_skipped_for_a_later_weekend() -> None:
    ny, london = "America/New_York", "Europe/London"
    got = _in(ny, "We will reopen the pool over the holiday weekend.", "2026-06-29T10:00")
    assert _day(got, ny) != "2026-09-07"
    got = _in(ny, "The shelters will stay open through the holiday weekend.", "2026-12-20T10:00")
    assert _day(got, ny) != "2027-01-18"
    got = _in(
        london,
        "Trains will run a reduced service over the bank holiday weekend.",
        "2026-12-18T10:00",
    )
    assert _day(got, london) != "2027-03-29"


# 3. "the Easter bank holiday weekend" was read as Easter Sunday (the holiday reader took
# only "<holiday> weekend" for a weekend), though "the Easter weekend" runs to Easter Monday
# in England (holiday_reader._weekend_of): the same weekend, two dues.
def test_the_easter_bank_holiday_weekend_is_the_easter_weekend() -> None:
    london = "Europe/London"
    said = "2027-01-10T10:00"
    plain = _in(london, "The repairs will be done by the Easter weekend.", said)
    bank = _in(london, "The repairs will be done by the Easter bank holiday weekend.", said)
    assert _day(plain, london) == "2027-03-29"
    assert _day(bank, london) == _day(plain, london)


# 4. A timed entry with a relative clause in the past or perfect ("2:15 p.m. Meeting with
# families who have lost their homes", "4:00 p.m. Tour of neighbourhoods that were
# damaged") was taken for a record told (schedule._TOLD finds "have"/"were" anywhere in the
# line) and dropped: only the entry without one was read. The tense of a relative clause
# tells nothing of the entry's own.
def test_a_timed_entry_with_a_past_relative_clause_is_still_an_entry() -> None:
    from bot.core.extract import extract_pledges

    washington = ZoneInfo("America/New_York")
    text = (
        "Thursday, June 5, 2025\n\n"
        "UNDER SECRETARY FOR ECONOMIC AFFAIRS JOHN MARLOWE\n\n"
        "9:00 a.m. Bilateral meeting with the Finance Minister of Chile\n\n"
        "2:15 p.m. Meeting with families who have lost their homes in the floods\n\n"
        "4:00 p.m. Tour of neighbourhoods that were damaged by the storm\n"
    )
    found = extract_pledges(text, datetime(2025, 6, 4, 18, 0, tzinfo=washington), washington)
    assert len(found) == 3


# 5. The round's opening-pronoun rule (extractor._attributed) gave the act of a sentence
# opened by "she"/"he" with a trailing source to the pronoun's person even where she is
# what is acted on: "She will be replaced by a new chief in March, according to the board"
# was Jane Doe's own act (it was the board's before the round). A passive after the cue
# names no act of the subject's.
def test_a_passive_after_an_opening_pronoun_is_not_the_pronouns_act() -> None:
    from bot.core.extract import extract_pledges

    washington = ZoneInfo("America/New_York")
    text = (
        "Chief executive Jane Doe is leaving the company. She will be replaced by a new "
        "chief in March, according to the board."
    )
    found = extract_pledges(text, datetime(2027, 1, 4, 9, 0, tzinfo=washington), washington)
    assert [c.speaker for c in found if "replaced" in c.promise] != ["Jane Doe"]
