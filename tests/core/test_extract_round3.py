"""The extraction rules of issue 13's third round, one failure kind per test.

Each kind was met in `tests/data/articles/real/blind2/` (scored blind once, then read);
the sentences here are paraphrases written for the test, so that a regression names the
rule it breaks.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import partial

from bot.core.extract import same_speaker
from tests.core import test_extract_real as real

PUBLISHED = datetime(2021, 11, 9, 19, 0, tzinfo=UTC)
_found = partial(real._found, published=PUBLISHED)
_only = partial(real._only, published=PUBLISHED)
_due = real._due


# -- what is not a pledge ----------------------------------------------------------


def test_a_line_that_only_introduces_a_quotation_is_no_candidate() -> None:
    text = (
        "Trade Secretary to the Board, Ann Lee said:\n\n"
        "We will publish the new guidance by 1 March 2022."
    )
    found = _found(text)
    assert [c.quote for c in found] == ["We will publish the new guidance by 1 March 2022."]


def test_a_summary_bullet_the_body_repeats_counts_once() -> None:
    text = (
        "• The council will open three new libraries by June 2022\n"
        "• Opening hours will be longer\n\n"
        "The council will open three new libraries by June 2022, the mayor said."
    )
    quotes = [c.quote for c in _found(text)]
    assert not any(quote.startswith("• The council") for quote in quotes)
    assert any(quote.startswith("The council") for quote in quotes)


def test_numbered_clauses_are_not_summary_bullets() -> None:
    text = (
        "(a) The Board is hereby established and shall be composed of members of staff.\n\n"
        "(b) The Board shall be composed of the following members:"
    )
    assert len(_found(text)) == 2


def test_what_a_thing_will_ensure_or_promote_is_a_description() -> None:
    assert _found("This will ensure that every household has a say.") == []
    assert _found("New measures will promote faster planning decisions.") == []
    assert (
        _found("The changes that come into effect today will help communities build turbines.")
        == []
    )


def test_a_past_remit_is_no_order() -> None:
    assert _found("The Board was tasked with advising the President on space policy.") == []


def test_a_numbered_title_is_no_headline_pledge() -> None:
    assert _found("(xii) The Assistant to the President for Homeland Security;") == []


def test_a_list_item_keeps_its_own_date_and_takes_the_introductions_otherwise() -> None:
    text = (
        "Signatories commit to the following by 2025:\n\n• Publish a plan by June 2024\n• Cut waste"
    )
    assert [_due(c) for c in _found(text)] == [
        date(2025, 12, 31),
        date(2024, 6, 30),
        date(2025, 12, 31),
    ]


def test_examples_under_a_list_introduction_are_not_its_pledges() -> None:
    text = (
        "These pledges include ambitious goals such as:\n\n"
        "• Reducing emissions by as much as 50 percent,\n"
        "• Achieving zero waste-to-landfill."
    )
    assert not any(c.quote.startswith("•") for c in _found(text))


def test_judging_and_the_briefers_own_next_words_are_not_pledges() -> None:
    assert _found("The way we engage with citizens will be decisive for our Union.") == []
    assert _found("MR. SMITH: I'll update you on tomorrow's schedule.") == []


def test_a_comparison_with_last_year_frames_nothing_as_past() -> None:
    text = (
        "The review found 78% of firms on track – up 5% on last year – and almost half "
        "of firms have committed to have 40% of their boards made up of women."
    )
    found = _only(text)
    assert same_speaker(found.speaker, "firms")


# -- who ------------------------------------------------------------------------------


def test_a_place_list_after_the_subject_is_not_the_subject() -> None:
    text = (
        "Tomorrow Secretary Blinken and his counterparts from Japan, Australia, and India "
        "will speak."
    )
    assert same_speaker(_only(text).speaker, "Secretary Blinken")


def test_agreeing_that_someone_will_commits_them() -> None:
    text = (
        "They reaffirmed their support for Ukraine, agreeing that the UK and Italy will "
        "stand with them."
    )
    assert same_speaker(_only(text).speaker, "the UK and Italy")
    # Without a clause of its own, the participle's subject is the sentence's.
    text = "The Prime Minister met President Macron, agreeing to meet again in June."
    assert same_speaker(_only(text).speaker, "the Prime Minister")


def test_a_we_with_no_voice_is_the_writer_a_heading_names() -> None:
    text = (
        "Made by: Mr Sam Gyimah (Minister of State for Universities)\n\n"
        "The Committee asked the Office for its targets.\n\n"
        "We will offer faster handling of patent applications by April 2019."
    )
    assert same_speaker(_only(text).speaker, "Sam Gyimah")


def test_a_we_is_not_the_body_a_letter_answers() -> None:
    text = (
        "The Government thanks the Committee for its report. The Government accepts it.\n\n"
        "The Committee suggested an external review. We will set up an advisory panel by "
        "March 2022."
    )
    found = [c for c in _found(text) if "advisory panel" in c.quote]
    assert [c.speaker for c in found] == ["the Government"]


def test_a_chain_of_appositives_names_the_person_the_title_follows() -> None:
    text = (
        "Jyrki Katainen, Vice-President of the Commission, responsible for Jobs, Growth, "
        "Investment and Competitiveness, said: “We will be ready by 1 March 2022.”"
    )
    assert same_speaker(_only(text).speaker, "Jyrki Katainen")


def test_a_capitals_speaker_line_labels_the_paragraph_below() -> None:
    text = (
        "MR. BARTLEY (Islington)\n\n"
        "I beg to ask the Secretary whether he will act.\n\n"
        "MR. HANBURY\n\n"
        "The contractor is required by the terms of his contract to furnish proofs."
    )
    found = [c for c in _found(text) if "contractor" in c.quote]
    assert len(found) == 1
    assert same_speaker(found[0].speaker, "MR. HANBURY")


def test_an_obligation_with_its_source_or_an_adverb_is_found() -> None:
    assert _found("The Government has been instructed jointly to examine pharmacy support.")


def test_a_passive_future_names_its_agent() -> None:
    text = "Most of the electricity will be purchased by Thailand from 2019."
    assert same_speaker(_only(text).speaker, "Thailand")


def test_a_relative_who_belongs_to_its_antecedent() -> None:
    text = "(i) The Vice President, who shall be Chair of the Council;"
    assert same_speaker(_only(text).speaker, "The Vice President")


# -- when -----------------------------------------------------------------------------


def test_a_time_frame_opening_the_sentence_times_its_clause() -> None:
    text = "Tomorrow, as you all know, Secretary Blinken will host a virtual ministerial."
    assert _due(_only(text)) == date(2021, 11, 10)


def test_a_start_hour_does_not_hide_the_day() -> None:
    text = "Secretary Blinken will host a ministerial tomorrow starting at 8:00 a.m. Eastern Time."
    assert _due(_only(text)) == date(2021, 11, 10)


def test_today_opening_a_sentence_dates_nothing() -> None:
    assert _found("Just a couple of things at the top today, and then I look forward to it.") == []


def test_ahead_of_someone_doing_something_with_a_date_is_a_schedule() -> None:
    text = (
        "The meeting came ahead of the Prime Minister convening international leaders in "
        "London tomorrow to discuss the peace."
    )
    found = _only(text)
    assert same_speaker(found.speaker, "the Prime Minister")
    assert _due(found) == date(2021, 11, 10)


def test_hours_and_days_read_as_the_longer_span() -> None:
    found = _only("We’ll have more to say on all of them in the coming hours and days.")
    assert found.deadline is not None and found.deadline.vague


def test_a_conviction_a_following_change_and_a_relative_obligation_are_not_pledges() -> None:
    assert _found("I remain convinced that only together we will find the strength.") == []
    assert _found("The change of leadership that will follow, the time has come to act.") == []
    text = "The bank gives grants instead of loans that have to be repaid within five years."
    assert _found(text) == []


def test_a_progressive_with_a_date_ahead_is_a_schedule() -> None:
    found = _only("Secretary Blinken is travelling to Brussels next week for the talks.")
    assert same_speaker(found.speaker, "Secretary Blinken")
    assert found.deadline is not None
    assert _found("Secretary Blinken is travelling widely these days.") == []


def test_leaders_setting_their_teams_to_work_is_an_instruction_of_theirs() -> None:
    text = (
        "The Prime Minister met President Ursula von der Leyen. Both condemned the strike.\n\n"
        "They both agreed that progress had been made. They asked their teams to continue "
        "their work in the coming weeks."
    )
    found = [c for c in _found(text) if "their teams" in c.quote]
    assert len(found) == 1
    assert found[0].deadline is not None
    assert same_speaker(found[0].speaker, "Ursula von der Leyen") or same_speaker(
        found[0].speaker, "The Prime Minister"
    )


def test_a_bare_scheduled_for_with_a_date_is_a_schedule_of_whoever_holds_it() -> None:
    text = (
        "The Ministry of Defence confirmed the programme. The Ministry of Defence said so.\n\n"
        "• Cold Weather Trials scheduled for the New Year."
    )
    found = [c for c in _found(text) if "Trials" in c.quote]
    assert len(found) == 1 and found[0].deadline is not None
    assert found[0].speaker != "Cold Weather Trials"
    assert _found("The old bridge, scheduled for demolition, stands empty.") == []
    assert _found("The old bridge is scheduled for demolition.") == []


def test_our_customers_will_is_the_writers_target() -> None:
    text = (
        "Made by: Mr Sam Gyimah (Minister of State)\n\n"
        "Performance Targets for the Office\n\n"
        "At least 85% of our customers will rate us 8/10 or higher by March 2019."
    )
    found = [c for c in _found(text) if "customers" in c.quote]
    assert len(found) == 1
    assert same_speaker(found[0].speaker, "Sam Gyimah")
