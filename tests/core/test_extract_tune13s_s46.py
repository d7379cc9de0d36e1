"""Rules of stop 46's tuner s (issue 13): speakers. The texts are paraphrases written for
the test, so that a regression names the rule."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.extract import extract_pledges, same_speaker

_PUBLISHED = datetime(2026, 6, 1, tzinfo=UTC)

_RELEASE = (
    "PRESS RELEASE : Extra money for small rural schools\n\n"
    "The press release issued by the Department for Education on 1 June 2026.\n\n"
    "Fairness has to come first in how schools are funded, and this settlement sets out a "
    "simple approach.\n\n"
    "A typical rural primary school will receive around £30,000 more from September 2026."
)


def test_what_a_subject_receives_in_a_release_is_given_by_its_issuer() -> None:
    """A clause whose subject receives ("A typical school will receive") is the giver's;
    with no giver named and no voice, the body that issues the release gives it
    (CONVENTIONS 3.3), not a capitalised word that opened an earlier sentence."""
    found = [c for c in extract_pledges(_RELEASE, _PUBLISHED) if "will receive" in c.quote]
    assert found
    assert same_speaker(found[0].speaker, "the Department for Education"), found[0].speaker


_BUDGET = (
    "Getting Families Home Sooner\n\n"
    "07 May 2026\n\n"
    "The Bright Labor Government is preparing to open two of the state's largest road and "
    "rail projects, cutting travel times across the suburbs.\n\n"
    "The Harbour Tunnel will open a year ahead of schedule in 2027: the largest public "
    "transport project in a generation.\n\n"
    "The State Budget 2026/27 delivers the money to take this project from construction to "
    "service, with test trains already running through the tunnels.\n\n"
    "We’re investing $120 million to fit out the new stations and train the staff before "
    "services start."
)


def test_a_releases_unvoiced_we_is_its_issuer_before_the_body_named_last() -> None:
    """ "We’re investing" in a government's release that quotes no one and signs no name:
    the body the release speaks for, not the tunnel the sentence before was about."""
    found = [c for c in extract_pledges(_BUDGET, _PUBLISHED) if "investing" in c.quote]
    assert found
    assert same_speaker(found[0].speaker, "the Bright Labor Government"), found[0].speaker
