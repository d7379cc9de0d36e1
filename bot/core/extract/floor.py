"""Who has the floor where a record prints its speakers on lines of their own.

Some parliamentary records come as one block of single lines, with no blank line between
a speaker and what they said, so the paragraph labels `turns` reads never appear:

- a debate's speaker line, a name and a bracket of constituency and party ("Mary Byrne
  (Galway West, Labour)"), or a name and a party, with the time on the first ("Ken Skates
  Labour 3:22, 16 January 2019"), above the contribution;
- oral answers, where "The Minister for Transport was asked—" opens the answers, the
  numbered questions ("3. What assessment she has made of ... [123456]") in between;
- a written answers page, "Answered by Minister for Health | Answered on 02/05/2024"
  above the answer;
- a single contribution whose page names its speaker at the foot ("Proceeding
  contribution from" then the member's name on the next line), or a written answer's page
  its answerer ("Answered by", the name on the next line).

The first three give the floor to the one they name over the prose lines below them (lines
that end a sentence), up to the next line that ends none (a heading, the next question's
reference); the last gives the whole text to its member. What the extractor takes from
this is the speaker of a first-person turn ("I will travel to Berlin", "we aim to
publish"), as a turn's label gives it (`turns.Turns._whose_turn`): not the body a
sentence mentions, nor a question's reference number, nor a name mentioned in passing.

Issue 13, rounds 28b (blind41's debates and answers) and 28d (blind42's party lines).
"""

from __future__ import annotations

import bisect
import re

from bot.core.extract.answered import ANSWERER

_NAME = r"[A-Z][\w’'\-.]*(?:\s+(?:[A-Z][\w’'\-.]*|of|for|and|the|de|van|von|Mac|Mc|Ó|Ní|Ui))*"
# "Mary Byrne (Galway West, Labour)": two to five words of a name, a bracket with a comma.
_SPEAKER_LINE = re.compile(
    r"(?P<who>[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){1,4})\s+\([A-Z][^()\n,]{1,60},\s*[A-Z][^()\n]{1,60}\)"
)
# A record that prints each member's name and party on a line of their own, the time and
# day after it on the first ("Ken Skates Labour 3:22, 16 January 2019", "Mary Byrne Sinn
# Féin"): the party names the line as a speaker's, not a heading's.
_PARTY = (
    r"(?:Labour(?:\s+Party|/Co-operative)?|(?:Welsh\s+|Scottish\s+)?Conservatives?(?:\s+Party)?|"
    r"Plaid\s+Cymru|Liberal\s+Democrats?|Scottish\s+National\s+Party|SNP|Greens?(?:\s+Party)?|"
    r"Sinn\s+Féin|Democratic\s+Unionist\s+Party|Ulster\s+Unionist\s+Party|Alliance(?:\s+Party)?|"
    r"Social\s+Democratic\s+and\s+Labour\s+Party|Traditional\s+Unionist\s+Voice|UKIP|"
    r"Reform\s+UK|Independent|Crossbench|Non-affiliated)"
)
_PARTY_LINE = re.compile(
    r"(?P<who>[A-Z][\w’'\-.]*(?:\s+(?:[A-Z][\w’'\-.]*|ap|ab|de|van|von)){1,3})\s+"
    + _PARTY
    + r"(?:\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?,\s+[\w ]{4,30}\d{4})?"
)
# "The Secretary of State was asked—", "The Minister for Schools was asked:".
_WAS_ASKED = re.compile(r"(?P<who>The\s+" + _NAME + r")\s+(?:was|were)\s+asked\s*[—–:-]")
# A statement from the Chair under its own heading ("Speaker’s Statement", "Lord Speaker’s
# Statement"), in a record that prints no label above it: the Speaker's words.
_CHAIR_STATEMENT = re.compile(r"(?P<who>(?:Lord\s+)?Speaker)[’']s\s+[Ss]tatement")
# "Answered by Minister for Economy | Answered on 11/04/2023".
_ANSWERED = re.compile(ANSWERER + r"\|")
# A numbered oral question: "1. What steps he has taken to ... [901633]".
_NUMBERED_QUESTION = re.compile(r"\d{1,3}\.\s.*\[\d{4,}\]")
# "Proceeding contribution from\nLord Hunt of Kings Heath\n(Labour)".
_CONTRIBUTION = re.compile(
    r"(?m)^[ \t]*Proceeding\s+contribution\s+from[ \t]*\n[ \t]*(?P<who>" + _NAME + r")[ \t]*$"
)
# A written answer's page, the answerer's name on the line after "Answered by".
_ANSWERED_ABOVE = re.compile(
    r"(?m)^[ \t]*Answered\s+by[ \t]*\n[ \t]*(?P<who>" + _NAME + r")[ \t]*$"
)
_ENDS_SENTENCE = (".", "!", "?", "”", '"', "’")


def _opener(line: str) -> str | None:
    """The speaker a line of its own gives the floor to, if it is such a line."""
    openers = (
        (_SPEAKER_LINE, ""),
        (_PARTY_LINE, ""),
        (_WAS_ASKED, ""),
        (_ANSWERED, "the "),
        (_CHAIR_STATEMENT, "the "),
    )
    for pattern, article in openers:
        found = pattern.fullmatch(line) if pattern is not _ANSWERED else pattern.match(line)
        if found:
            who = found.group("who").strip()
            return who[0].lower() + who[1:] if who.startswith("The ") else article + who
    return None


def floor_holders(text: str) -> list[tuple[int, str | None]]:
    """Where in `text` a speaker takes (or loses) the floor, in order: (offset, speaker),
    None where a heading ends the last one's."""
    changes: list[tuple[int, str | None]] = []
    holder: str | None = None
    spoken = False  # a heading between "was asked—" and the answer keeps the floor
    offset = 0
    for raw in text.splitlines(keepends=True):
        line = raw.strip()
        start, offset = offset, offset + len(raw)
        if not line:
            continue
        who = _opener(line)
        if who:
            holder, spoken = who, False
            changes.append((offset, who))
        elif _NUMBERED_QUESTION.match(line) or not holder:
            continue
        elif line.endswith(_ENDS_SENTENCE):
            spoken = True
        elif spoken:
            holder = None
            changes.append((start, None))
    return changes


def contributor(text: str) -> str | None:
    """The member a single contribution's page names at its foot, or a written answer's
    its answerer ("Answered by" then "Kit Malthouse" on a line of its own), if any."""
    found = _CONTRIBUTION.search(text) or _ANSWERED_ABOVE.search(text)
    return found.group("who") if found else None


def holder_at(changes: list[tuple[int, str | None]], position: int) -> str | None:
    """Who has the floor at `position`, by `floor_holders` (a search on the offsets in
    place: a list of them built per sentence was quadratic on a paste of speaker lines)."""
    at = bisect.bisect_right(changes, position, key=lambda change: change[0])
    return changes[at - 1][1] if at else None
