"""Rules of stop 45's tuner h (issue 13): speakers. The texts are paraphrases written for
the test, so that a regression names the rule."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.extract import extract_pledges, same_speaker

_PUBLISHED = datetime(2026, 6, 1, tzinfo=UTC)

_RELEASE = (
    "PRESS RELEASE : Offenders to be made to attend sentencing\n\n"
    "The press release issued by the Ministry of Justice on 1 June 2026.\n\n"
    "Prime Minister Jane Hart said the change was overdue. Jane Hart said victims deserved "
    "better. Jane Hart added that judges backed the plan.\n\n"
    "The reforms create a new power for judges to order an offender to attend.\n\n"
    "The power of custody officers to use reasonable force is also set out in law.\n\n"
    "If an offender continues to refuse despite a judge’s order, they will face an extra "
    "two years behind bars from 1 October 2026.\n\n"
    "I will not rest until it is law, she said in a video."
)


def test_a_clause_nobody_speaks_is_the_issuers_before_the_protagonists() -> None:
    """With no speaker found near the clause ("they" are the offenders, who commit to
    nothing), the body that issues the release speaks for it (CONVENTIONS 3.3), not the
    person the text names most often."""
    found = [c for c in extract_pledges(_RELEASE, _PUBLISHED) if "extra two years" in c.quote]
    assert found
    assert same_speaker(found[0].speaker, "the Ministry of Justice"), found[0].speaker
