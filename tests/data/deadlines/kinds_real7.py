"""A seventh set of real phrasings, labelled by hand BEFORE the parser was run on them, taken
after the last rule change of round 4 (issue 12), like the sixth, to estimate how the final
parser does on sentences no rule was written from.

Collected and labelled on 2026-12-01 on branch issue12t-s6, committed before any run of
the parser on these texts, and scored once. Searched for by genre (Commons questions and
answers of the 1930s-1950s, a Wikinews report), not by rule. Same conventions as
`blind_real.py`; a question is read as said, as the fresh sets label them. Sources and
licences: README.md ("Seventh kinds set"). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_C36 = "https://hansard.parliament.uk/Commons/1936-12-04/debates/cca54127-6e24-4a80-82ca-adbcc0fe5a6a/ConstitutionalPosition"
_C55 = "https://api.parliament.uk/historic-hansard/commons/1955/apr/05/department-transfer"
_C41 = "https://api.parliament.uk/historic-hansard/commons/1941/apr/01/business-of-the-house"
_WN = "https://en.m.wikinews.org/wiki/Haiti_postpones_presidential_elections_until_December"
L = "Europe/London"

KINDS7_CASES: tuple[BlindCase, ...] = (
    # 'later in the sitting ... to-day' (Friday 4 December 1936): the day's end; the
    # earliest possible moment is the vaguer of the two
    B(text="Can the Prime Minister say whether he hopes to be able to make a statement later in the sitting of the House to-day, as it is very desirable that a statement should be made, as he says, at the earliest possible moment?",
      due="1936-12-04 23:59:59", vague=False, said="1936-12-04 10:00:00", tz=L,
      cluster=4, source=_C36, published="1936-12-04"),
    # alternatives joined by 'or': the later, Wednesday 9 December 1936
    B(text="Will it be on Monday, Tuesday or Wednesday?",
      due="1936-12-09 23:59:59", vague=False, said="1936-12-04 10:00:00", tz=L,
      cluster=3, source=_C36, published="1936-12-04"),
    # 'shortly': vague, 60 days (4 June 1955, BST)
    B(text="I hope to be in a position to make a statement shortly.",
      due="1955-06-04 22:59:59", vague=True, said="1955-04-05 10:00:00", tz=L,
      cluster=4, source=_C55, published="1955-04-05"),
    # the General Election is not dated in the text
    B(text="As I understand that that is due to the fact that the hon. Gentleman has taken so long to make up his mind about this matter, can we have an assurance that a statement will be made before the General Election?",
      due=None, vague=False, said="1955-04-05 10:00:00", tz=L,
      refusal="event", cluster=5, source=_C55, published="1955-04-05"),
    B(text="Last year he told a deputation of which I was a member that he would shortly be making a statement.",
      due=None, vague=False, said="1955-04-05 10:00:00", tz=L,
      refusal="past", cluster=5, source=_C55, published="1955-04-05"),
    B(text="I remember the deputation which I had the pleasure of meeting last December.",
      due=None, vague=False, said="1955-04-05 10:00:00", tz=L,
      refusal="past", cluster=5, source=_C55, published="1955-04-05"),
    # the day the House adjourns for Easter is not dated in the text
    B(text="I propose to make a statement on the war situation on the day the House adjourns for Easter.",
      due=None, vague=False, said="1941-04-01 09:00:00", tz=L,
      refusal="event", cluster=5, source=_C41, published="1941-04-01"),
    B(text="Will the right hon. Gentleman remember that we have not had a general Debate on the war situation since 4th December?",
      due=None, vague=False, said="1941-04-01 09:00:00", tz=L,
      refusal="past", cluster=5, source=_C41, published="1941-04-01"),
    # Wikinews, Friday 18 November 2005 (UTC): the new date, 27 December
    B(text="According to Interim Prime Minister Gerard Latortue, for the 3rd time since the overthrow of President Aristide Haiti is going to delay their presidential elections, this time moving from the date of November 20th to December 27th for the first round of voting.",
      due="2005-12-27 23:59:59", vague=False, said="2005-11-18 10:00:00", tz="UTC",
      cluster=3, source=_WN, published="2005-11-18"),
    B(text="The second round, previously scheduled for January 3rd, will also have to be postponed, to January 31.",
      due="2006-01-31 23:59:59", vague=False, said="2005-11-18 10:00:00", tz="UTC",
      cluster=3, source=_WN, published="2005-11-18"),
    B(text="The electoral council is expected to confirm the dates on Monday, according to Max Mathurin, head of the council.",
      due="2005-11-21 23:59:59", vague=False, said="2005-11-18 10:00:00", tz="UTC",
      cluster=3, source=_WN, published="2005-11-18"),
)
