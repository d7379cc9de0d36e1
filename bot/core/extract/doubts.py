"""What keeps a candidate off the sure list, or off both lists (issue 13's fourteenth round).

The sure list is what a member sees first, so a kind of sentence that sometimes holds a
pledge but more often does not is doubted (put under "maybe", never dropped), and a kind
that never holds one by the corpus's labels is dropped:

- an act under way on the day of publication, told in the present tense ("Today, the
  Commission is hosting ...", "The bill begins its next stage today"): news of the day,
  nothing to check later (dropped; "will present today" is a schedule and stays);
- a "must" laid on others outside an order ("Member States must build on this progress",
  "Congo must hold elections next year"): a demand, even with a date (doubted);
- a thing's effect forecast with "expected to" / "set to" ("these investments are
  expected to create 1.4 million jobs", "agreements set to expire on 31 December"): a
  forecast, not an actor's plan (doubted).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.core.extract.actors import is_actor
from bot.core.extract.clauses import Cue, trailing_attribution
from bot.core.extract.construction import construction_rule
from bot.core.extract.cues import HARD_BOUNDARY, MADE_PUBLIC
from bot.core.extract.framing import framed_away
from bot.core.extract.judging import housekeeping
from bot.core.extract.notices import paper_notice
from bot.core.extract.press_notes import press_note
from bot.core.extract.session_talk import session_talk
from bot.core.extract.spoken import runs_the_room
from bot.core.extract.themes import only_frames
from bot.core.extract.timeframe import TimeFrames

# The day of publication named as the time of the act ("today", "this morning"), not
# "today's" (a thing of the day: "today's families"). A later part of the day ("this
# evening", "tonight") is still ahead in a morning's programme, so it is no sign.
_TODAY = re.compile(r"\b(?:today|this\s+morning)\b(?![’']s)", re.IGNORECASE)
# A saying between "today" and the cue moves "today" onto the saying: "Today, the Prime
# Minister said he travels to Paris next week".
_SAYING = re.compile(
    rf"\b(?:said|says|{MADE_PUBLIC}|told|tells|added|explained)\b",
    re.IGNORECASE,
)
# A saying that "today" times: "announced today that ...", ", the ministry confirmed today".
_SAID_JUST = re.compile(rf"{_SAYING.pattern}\s+$", re.IGNORECASE)
# A trip's next stop: "Today, the Prime Minister travels to Washington, where he meets the
# President on Thursday" tells the meeting ahead, not only today's travel.
_WHERE = re.compile(r",\s+where\s+")


# A trip in the progressive: "is traveling to Bangkok from January 25-27"; when its dated
# range has begun by the day of publication the trip is under way (as "is on travel" is).
# A period that has begun ("in March", "this week", "later this year") leaves the trip
# ahead: only a range's own start ("from 2 March", "March 1-5") says it is on.
_ON_THE_WAY = re.compile(r"(?:is|are)\s+(?:\w+ly\s+|also\s+)?(?:travell?ing|visiting)$")
_DATED_RANGE = re.compile(r"\bfrom\s+(?:\w+\s+)?\d|\b\d{1,2}\s*[-–]\s*\d{1,2}\b")
# How far after the trip's verb its dates are looked for: its own words, not a later act's.
_TRIP_REACH = 80
# a trip's verb: only a trip has a next stop ahead of today's leg
_TRIP = re.compile(r"(?:travels|flies|heads|goes)\b")


def _next_stop_ahead(times: TimeFrames, text: str, start: int, end: int) -> bool:
    """Whether a ", where" clause in `text[start:end]` names a later day than today."""
    where = _WHERE.search(text, start, end)
    if where is None:
        return False
    found = times.read(text, where.end(), end)
    today = times.published.astimezone(times.zone).date()
    return found is not None and found.due.astimezone(times.zone).date() > today


def under_way(times: TimeFrames, text: str, cue: Cue) -> bool:
    """A present-tense act whose own clause times it on the day of publication: "Today
    and tomorrow, the Commission is hosting a matchmaking event", "as the Department
    launches a 12-week consultation today". The corpus labels such acts done, not
    promised; "The Commission will present its plan today" is a schedule and stays."""
    if cue.kind != "present":
        return False
    start, end = 0, len(text)
    for boundary in HARD_BOUNDARY.finditer(text, 0, cue.start):
        start = boundary.end()
    after = HARD_BOUNDARY.search(text, cue.end)
    if after is not None:
        end = after.start()
    if _TRIP.match(text, cue.start) and _next_stop_ahead(times, text, cue.end, end):
        return False  # "travels to Washington today, where he meets the President on Thursday"
    reach = min(end, cue.end + _TRIP_REACH)
    if _ON_THE_WAY.match(text, cue.start, cue.end) and _DATED_RANGE.search(text, cue.end, reach):
        found = times.read(text, cue.end, reach)
        today = times.published.astimezone(times.zone).date()
        if found is not None and found.earliest is not None:
            # "is traveling to Bangkok from January 25-27", told on the 25th
            return found.earliest.astimezone(times.zone).date() <= today
    for today in _TODAY.finditer(text, start, end):
        if _SAID_JUST.search(text, 0, today.start()):
            continue  # the day of the saying, not of the act
        if today.start() > cue.start or not _SAYING.search(text, today.end(), cue.start):
            return True
    return False


# A hope, or a readiness told of, or others' commitments welcomed: "We now hope for a
# swift conclusion of these agreements, which will ...", "express hope that you will",
# "The hope is to bring ...", "expressed his readiness to travel", "the UK welcomes the
# clear commitments to peace ... from both Serbia and Kosovo".
_HOPE = re.compile(r"\b(?:hope|hopes|hoped|hoping)\b")  # not "The Hope Foundation"
_ATTITUDE_CUE = re.compile(
    r"^welcom\w*\s+(?:the|their|its|his|her)\s+(?:\w+\s+)?commitments?\b",
    re.IGNORECASE,
)


def hoped(text: str, cue: Cue) -> bool:
    """A hope or a stated readiness is no commitment (the issue's definition: "we hope
    peace will come"), nor is welcoming others' commitments: the cue sits in what is
    hoped for, in the same clause (a "but" or a semicolon ends the hope's reach)."""
    said = text[cue.start : cue.end]
    if _ATTITUDE_CUE.search(said) or re.search(r"\breadiness\s+to$", said):
        return True
    start = 0
    for boundary in HARD_BOUNDARY.finditer(text, 0, cue.start):
        start = boundary.end()
    for hope in _HOPE.finditer(text, start, cue.start):
        # "The minister, who is hoping for a quick deal, will publish": a hope aside.
        aside = re.search(r",\s+(?:who|which)\b[^,]*$", text[start : hope.start()])
        if aside is None or "," not in text[hope.end() : cue.start]:
            return True
    return False


# A trip looked forward to is a plan when an official makes it or it has an official
# purpose ("the Prime Minister said he was looking forward to travelling to Canada in
# June", "to travelling to Kyiv for talks"); fans' trip to a final or a family's is not.
_TO_TRAVEL = re.compile(r"\s*travell?ing\b")
_OFFICIAL = re.compile(
    r"\b(?:Prime\s+Minister|President|Minister|Secretary|Chancellor|King|Queen|Prince|"
    r"Princess|Ambassador|Premier|Governor|Mayor|Senator|Commissioner|envoy|"
    r"delegation|leaders?|officials?|ministers?)\b"
)
_OFFICIAL_PURPOSE = re.compile(
    r"\b(?:to\s+(?:meet|discuss|attend|sign|hold|open)|for\s+(?:talks|meetings|the\s+"
    r"(?:summit|talks|meeting|conference)|an?\s+(?:official|state|working)\s+visit))\b"
)


def private_trip(text: str, cue: Cue) -> bool:
    """ "Fans said they were looking forward to travelling to Wembley for the final": a
    trip looked forward to with no official to make it and no official purpose."""
    if cue.kind != "readout" or not _TO_TRAVEL.match(text, cue.end):
        return False
    return not (_OFFICIAL.search(text) or _OFFICIAL_PURPOSE.search(text, cue.end))


def not_pledged(times: TimeFrames, text: str, cue: Cue) -> bool:
    """Whether the sentence's frame or the cue's kind rules a pledge out: a frame that
    empties the cue, a cue that only frames an event or a reply, the running of the
    occasion (`housekeeping`), an act under way today, or a hope."""
    return (
        framed_away(text, cue)
        or only_frames(text, cue)
        or housekeeping(times, text, cue)
        or under_way(times, text, cue)
        or hoped(text, cue)
        or private_trip(text, cue)
        or runs_the_room(text, cue)
        or paper_notice(text, cue)  # `notices`
        or session_talk(times, text, cue)  # the session's own course
        or press_note(text, cue)  # a note to the press or the reader
        or construction_rule(text, cue)  # how a law is read, no duty
    )


# The speaker's own side, whose "must" is an undertaking: "we must", "the Government must"
# (one pattern for both readings of a "must", here and in `describing`).
OWN = re.compile(r"\b(?:government|administration)\b|\b(?:we|i)$")
# A government's voice stating a dated "must" commits it to see it done: "The company must
# repay the loan by 2027, the minister said", "the Prime Minister said Britain must meet".
_GOVERNMENT_VOICE = re.compile(  # not the opposition's, a shadow's or a union's
    r"(?<![Ss]hadow\s)(?<![Oo]pposition\s)(?<![Uu]nion\s)\b(?:[Mm]inisters?|Premier|President|Secretary|Chancellor|Government|[Ss]pokes(?:man|"
    r"woman|person))\b"
)
_VOICE_SAID = re.compile(rf"(?:{_GOVERNMENT_VOICE.pattern})\s+(?:\w+\s+){{0,2}}?{_SAYING.pattern}")


# A law's or an agreement's frame, or an effective date, makes a "must" an obligation:
# "Under the new rules, landlords must register", "From 1 April, retailers must stop".
_LAW_FRAME = re.compile(
    r"\b(?:under\s+(?:the\s+|this\s+|these\s+)?(?:new\s+)?(?:law|laws|rules?|regulations?|"
    r"act|order|decree|directive|agreement|deal|terms|scheme|ruling|judgment|settlement|"
    r"contract)|by\s+law|required\s+by|(?:ruled|ordered|decreed)\s+that\b|"
    r"(?:from|as\s+of|with\s+effect\s+from|starting)\s+(?:the\s+)?\d)",
    re.IGNORECASE,
)


def _government_states(text: str, cue: Cue) -> bool:
    """Whether a minister, the Government or its spokesman says the cue's clause."""
    trailing = trailing_attribution(text, cue.end)
    if trailing is not None and _GOVERNMENT_VOICE.search(trailing[1]):
        return True
    return _VOICE_SAID.search(text, 0, cue.start) is not None


def demanded(text: str, cue: Cue, subject: str, ordering: bool, dated: bool) -> bool:
    """A "must" laid on others outside an order, with or without a date: "Member States
    must build on this progress", "the Republic must hold elections next year", "the
    public must be thinking". A decree's "must", one under a law's or a ruling's frame,
    the speaker's own and a dated one a government states are obligations."""
    if ordering or text[cue.start : cue.end].lower() != "must":
        return False
    if OWN.search(subject) or _LAW_FRAME.search(text, 0, cue.start):
        return False
    return not (dated and _government_states(text, cue))


# What "expected to" / "set to" say of a thing that only a forecast can: its effect or
# its end ("to create 1.4 million jobs", "to cost importers", "set to expire").
_EFFECT = re.compile(
    r"\s*(?:to\s+)?(?:\w+ly\s+|further\s+|also\s+)?(?:create|generate|cost|save|expire|lapse|"
    r"rise|fall|drop|grow|increase|decrease|decline|double|halve|reach|exceed|top|hit|"
    r"boost|cut|add|bring\s+in|yield|affect|benefit|lead|result|remain|stay|have)\b",
    re.IGNORECASE,
)
_FORECASTING = re.compile(r"(?:expected|set)\s+to\s*$|(?:expected|set)$", re.IGNORECASE)


def forecast_effect(text: str, cue: Cue, head: Callable[[], str], whole: str) -> bool:
    """ "these investments are expected to create over 1.4 million jobs", "With agreements
    set to expire on 31 December": a thing's foreseen effect or end, not an actor's plan
    ("The panel is expected to provide a report" and "The summit is expected to take place
    next month" stay). `head` gives the subject's head, read only for the two kinds."""
    if cue.kind not in {"effective", "schedule"} or is_actor(head(), whole):
        return False
    if cue.kind == "effective":  # "set to expire": the end foreseen, read by its own cue
        return re.search(r"\b(?:expected|set)\s+to\s+$", text[: cue.start]) is not None
    if cue.kind != "schedule" or not _FORECASTING.search(text[cue.start : cue.end].rstrip()):
        return False
    return _EFFECT.match(text, cue.end) is not None


# A future inside a free relative or a "the day when" clause: what is talked about, not
# what is promised ("buying up most of what this new cement plant will produce", "outlined
# what their plans would be", "I look forward to the day when the two countries will have
# normal relations"). "What will happen" (no subject of its own) is not one, nor "This is
# what we will deliver by 2030", "Here's what the Government will do", "that was what he
# would be doing later that day", "Now is the time when we will act": a pledge announced.
# Since stop 50 (tune13a) such a cue is set aside ("describes", `describing`), not only kept
# off the sure list: 7 development candidates so read held no label, none a pledge.
_TALKED_ABOUT = re.compile(
    r"(?:(?<!\bis\s)(?<!\bwas\s)(?<![’']s\s)\bwhat"
    r"|(?<!\bis\s)(?<![’']s\s)\bthe\s+(?:day|time|moment)\s+when)\s+"
    r"(?!(?:will|would|shall)\b)"
    r"(?:[\w’'.\-]+\s+){1,6}$",
    re.IGNORECASE,
)

# A cleft that announces the act after "is": "What we will do is publish the review in full",
# whoever its subject ("What the Government will do is"), with a word of time or order after
# "do" or a comma before "is" ("What we will do first is", "What we will do, is"; stop 51,
# fix51); not one that says the act is unknown ("What the council will do is unclear").
_CLEFT = re.compile(
    r"\s+(?:\w+\s+)?do(?:\s+(?:now|next|first|then|instead|today|tomorrow|this\s+\w+))?"
    r"\s*,?\s+(?:is|was)\b(?!\s+(?:unclear|uncertain|unknown|anyone[’']s|not\s+(?:yet\s+)?"
    r"(?:clear|known|certain|decided)|still\s+(?:unclear|uncertain|unknown|to\s+be)|yet\s+to)\b)",
    re.IGNORECASE,
)
# "is what" with a word of emphasis between, a pledge announced as "This is what" is: "This
# is exactly what we will deliver", "That is precisely what the Government will do"
_ANNOUNCED = re.compile(
    r"(?:\b(?:is|was)|[’']s)\s+(?:exactly|precisely|just|also|simply)\s+what\s+"
    r"(?:[\w’'.\-]+\s+){1,6}$",
    re.IGNORECASE,
)


def talked_about(text: str, cue: Cue) -> bool:
    """Whether a "will"/"would" sits in a clause that only names a thing talked about
    ("He explained what the council will decide"): set aside as describing (stop 50)."""
    if cue.kind not in {"will", "would"} or _CLEFT.match(text, cue.end):
        return False
    if _ANNOUNCED.search(text, 0, cue.start) is not None:
        return False
    return _TALKED_ABOUT.search(text, 0, cue.start) is not None
