"""The speaker's own talk about the session under way: no commitment to check later.

Issue 13, stop 55 (tuner p). A briefer or a chair tells the room what happens next in the
briefing, the call or the meeting itself: "We're going to start.", "I'm just going to give
a quick overview of what to expect", "we'll make you copies", "We'll give this to you but
let me just read you ...", "We'll try to make this fairly quick", "We'll do the call on the
record", "We will get straight into our consideration of the Estimates", "Today, we will
discuss the introduction of new special investment contracts", "We will talk about it in
more detail". CONVENTIONS 2.4 puts the running of the text itself among the look-alikes,
and the development splits label none of these (blind23, blind24, blind56, blind96, blind131:
State Department and White House briefings, Kremlin meeting transcripts, a Dail committee).

Only the first person is read (the speaker about their own session), only the cue inside
the matched words counts (a pledge later in the sentence keeps its own cue), and a time
frame beyond the day of publication makes it a plan ("Tomorrow we will discuss the budget",
"in the days ahead I will outline our plans"). `judging.housekeeping` covers the floor
being handed out and remarks announced; this covers the session's own course.
"""

from __future__ import annotations

import re

from bot.core.extract.clauses import Cue
from bot.core.extract.timeframe import TimeFrames

# "we'll", "I will", "we're going to", "I’m just going to", "let me".
_SELF_WILL = (
    r"\b(?:I|we)\s*(?:['’]ll|will|shall|(?:['’]m|['’]re|am|are)\s+(?:just\s+)?going\s+to)"
    r"(?:\s+(?:now|just|also|then|first|briefly|quickly|try\s+to))*\s+"
)
# What the session's own course is made of.
_COURSE = (
    r"(?:"
    # "We're going to start.", "we'll get started", "I'll begin with the schedule"
    r"(?:start|begin|get\s+started|kick\s+off)\s*(?:[.!;]|$|,\s+(?:so|and|then)\b|\s+with\s+(?:the|a)\b)"
    # "give a quick overview of what to expect", "give you a brief rundown"
    r"|give\s+(?:you\s+(?:guys\s+|all\s+)?)?(?:a|an)\s+(?:(?:very|quick|brief|short|little|general|"
    r"broad)\s+){0,2}(?:overview|rundown|run-down|summary|preview|sense|topline|readout)\b"
    # "make you copies", "get you copies", "give this to you", "read you", "read this for you"
    r"|(?:make|get|send)\s+you\s+(?:\w+\s+)?cop(?:y|ies)\b"
    r"|give\s+(?:this|these|that|it|them)\s+(?:out\s+)?to\s+you\b"
    r"|read\s+(?:you|this|that|it|them)\b"
    # "get straight into our consideration of", "get into the questions"
    r"|get\s+(?:straight\s+|right\s+)?(?:into|on\s+(?:to|with))\s+(?:our|the)\s+(?:\w+\s+)?"
    r"(?:consideration|business|discussion|questions|agenda|session)\b"
    # "make this fairly quick", "do this, like I said, pretty quickly", "do the call on the record",
    # ending its clause, or with its reason ("because it's Friday evening"); not "make this
    # quick and cheap for every small business", "make it quick to register a business"
    r"|(?:make|keep|do)\s+(?:this|it|the\s+(?:call|briefing|session))\b[\s,]+(?:[\w’']+[\s,]+){0,4}?"
    r"(?:quick|quickly|short|brief|on\s+(?:the\s+record|background|deep\s+background))\b"
    r"(?=\s*(?:[.!?;:]|$|,\s+(?:so|and|then|but)\b|,?\s+because\b))"
    # "spend most of the time taking questions"
    r"|spend\s+(?:most\s+of\s+)?(?:the\s+)?(?:rest\s+of\s+(?:the\s+)?)?time\s+(?:taking|answering)\s+"
    r"(?:your\s+)?questions\b"
    # "talk about it in more detail", "come back to that in a moment"
    r"|(?:talk\s+about|discuss|come\s+back\s+to|return\s+to)\s+(?:it|this|that|them)\s+"
    r"(?:in\s+(?:more|greater|a\s+bit\s+more)\s+detail|later\s+(?:on|in\s+the\s+(?:call|briefing|session))|"
    r"in\s+a\s+(?:moment|minute|second|bit))\b"
    r")"
)
_SESSION = re.compile(
    rf"{_SELF_WILL}{_COURSE}|\blet\s+me\s+(?:just\s+)?read\s+(?:you|this|it)\b", re.I
)
# A meeting's opening: "Today, we will discuss ...", "Today we will consider ... and we will
# focus on ...": what the sitting under way is about (every first-person "will" of the
# sentence that names such talk).
_OPENING = re.compile(r"^\s*(?:So,?\s+|And\s+)?today,?\s+(?:I|we)\s+(?:will|shall|['’]ll)\s+", re.I)
_TALK = re.compile(
    r"\s*(?:(?:also|now|first|then)\s+)?(?:discuss|consider|talk\s+about|focus\s+on|look\s+at|"
    r"examine|review|hear|go\s+over|deal\s+with)\b",
    re.I,
)
_FIRST_WILL = re.compile(r"\b(?:I|we)\s*(?:will|shall|['’]ll)$", re.I)


def _opening_talk(text: str, cue: Cue) -> bool:
    """Whether the cue is a "will" of a sentence opening "Today, we will discuss", itself
    first person and naming talk."""
    if cue.kind != "will" or _OPENING.match(text) is None:
        return False
    if not _FIRST_WILL.search(text, 0, cue.end):
        return False
    return _TALK.match(text, cue.end) is not None


def session_talk(times: TimeFrames, text: str, cue: Cue) -> bool:
    """Whether the cue is the speaker telling the room what the session under way does
    next, with no time frame beyond the day of publication."""
    inside = any(found.start() <= cue.start < found.end() for found in _SESSION.finditer(text))
    if not (inside or _opening_talk(text, cue)):
        return False
    ahead = times.read(text, 0, len(text))
    if ahead is None:
        return True
    today = times.published.astimezone(times.zone).date()
    return ahead.due.astimezone(times.zone).date() <= today
