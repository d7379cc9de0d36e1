"""How a text frames its sentences, beyond the sentence itself: lines that only
introduce a quotation, the writer a statement's heading names, a list's introduction,
a time frame opening the sentence, and clauses that hang off another's subject."""

from __future__ import annotations

import re
from datetime import datetime

from bot.core.deadlines import Deadline
from bot.core.extract.candidate import Candidate
from bot.core.extract.clauses import Cue
from bot.core.extract.cues import DESCRIPTIVE, I_DIRECT, NEED_DEADLINE, POLICY_OWNER, REPORT
from bot.core.extract.timeframe import TimeFrames

# A line that only introduces the quotation below it.
ATTRIBUTION_LINE = re.compile(
    r"\b(?:said|says|added|adds|stated|states|commented|comments|explained|explains)\s*:\s*$"
)
# A reposted item's title line, as a reposting site prints it: "PRESS RELEASE : UK to
# deliver on 5% NATO pledge [June 2025]", "• NEWS STORY : ... [May 2023]". It names the item
# (a headline, or a link to another item), and what it announces is told in a body, if at all
# (CONVENTIONS 2.1). Stop 48, tuner w.
REPOST_TITLE = re.compile(
    r"^\W*(?:PRESS\s+RELEASE|NEWS\s+STORY|STATEMENT|SPEECH|ARTICLE|NOTICE|GUIDANCE)"
    r"\s*:\s+[^\n]+\[(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+\d{4}\]\s*$"
)
# The writer of a statement or a letter, as its heading names them.
AUTHOR_LINE = re.compile(
    r"^(?:Made\s+by|Written\s+by|Answered\s+by|Signed|Author|From)\s*:\s*(?:\|\s*)?"
    r"([A-Z][\w.’'\- ]{2,60}?)\s*(?:\(|,|$)",
    re.MULTILINE,
)
# A list introduced as examples or as a description, not as what is promised.
_EXAMPLES = re.compile(r"\b(?:include|includes|including|such\s+as|are|is|were|was)\b")
# How far before a clause a sentence-opening time frame may stand, and where: opening
# the sentence (after a speaker's label) or the clause a "that" introduces ("I'm
# pleased to announce that tomorrow morning ...").
_LEAD_CHARS = 120
_OPENS = re.compile(r"^\W*(?:[A-Z][\w.’' ]{0,30}:\s*)?(?:(?:and|but|so)\s+)?$|\bthat\s+$", re.I)
# The subject of the clause an agreement introduces: "agreeing that the UK and Italy will".
_EMBEDDED_SUBJECT = re.compile(r"\s+((?:the\s+)?[A-Z][^,;:]{0,60}?)\s+(?:will|would|shall)\b")

_AHEAD_SUBJECT = re.compile(
    r"\s*((?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})\s+[a-z]{3,}ing\b"
)

# Not an agent of an act the passive only waits on: "will be published following approval
# by the Scottish Parliament" is published by the Government, after the Parliament approves.
# The noun of that act stands right before the "by"; a time alone does not ("will be
# reviewed after the election by the Audit Committee": the Committee reviews).
_AWAITED_ACT = "".join(
    rf"(?<!\b{noun}\s)"
    for noun in (
        "approval agreement consent decision ratification request vote approvals decisions votes"
    ).split()
)
# A passive future with its agent: "will be purchased by Thailand", "shall be submitted
# by the Ministry within three months".
_PASSIVE_AGENT = re.compile(
    r"\s+(?:\w+ly\s+)?be\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ght|t)\s+(?:[\w’'\-]+\s+){0,3}?"
    + _AWAITED_ACT
    + r"by\s+"
)

_COMPOSED = re.compile(r"\s+(?:headed|chaired|co-chaired|led|joined|accompanied)\s+by\b")

# A programme item with its holder: "(there will) be a presentation by the Commission".
_ITEM_AGENT = re.compile(r"\s+(?:also\s+)?be\s+(?:an?\s+)?(?:[\w\-]+\s+){1,3}?by\s+")


def carries(intro: Candidate) -> bool:
    """Whether a list's introduction commits to its items: the committing words govern
    what the colon opens ("Signatories commit to the following by 2025:", "The panel
    will:"), not a noun earlier on ("By signing the pledge, these companies are:") nor
    examples ("These pledges include goals such as:")."""
    text = intro.quote.rstrip()
    at = text.rfind(intro.cue)
    after = text[at + len(intro.cue) : -1] if at >= 0 else ","
    return "," not in after and not _EXAMPLES.search(after)


def participle(text: str, cue: Cue) -> bool:
    """ "They reaffirmed their support, agreeing that ...": the participle's subject is
    the sentence's, not the noun before the comma."""
    opens = re.match(r"\w+ing\b", text[cue.start : cue.end])
    return bool(opens) and text[: cue.start].rstrip().endswith(",")


def passive_agent(text: str, cue: Cue) -> int | None:
    """Where the agent of a passive future starts ("Most of the electricity will be
    purchased by Thailand"): the actor committed is the one the "by" names."""
    if cue.kind not in {"will", "must", "would"}:
        return None
    at = cue.end
    if text[cue.start : cue.end].endswith(" be"):
        # "are to be finalised by COAG Senior Officials": the cue holds the "be"; but
        # "is to be headed by the Secretary" names who leads the subject, not who acts.
        if _COMPOSED.match(text, at):
            return None
        at -= 3
    passive = _PASSIVE_AGENT.match(text, at) or _ITEM_AGENT.match(text, at)
    if passive and passive.re is _ITEM_AGENT and not re.search(r"\bthere\s+$", text[: cue.start]):
        return None
    return passive.end() if passive else None


def embedded_subject(text: str, cue: Cue) -> str | None:
    """ "agreeing that the UK and Italy will stand with them": the phrase an agreement
    commits, the subject of the clause it introduces; "ahead of the Prime Minister
    convening leaders": the one who acts next (the caller checks it is an actor)."""
    if cue.kind == "readout" and cue.opens_ahead(text):
        clause = _AHEAD_SUBJECT.match(text, cue.end)  # "ahead of the Prime Minister convening"
        return clause.group(1) if clause else None
    if cue.kind != "agree" or not text[cue.start : cue.end].endswith("that"):
        return None
    clause = _EMBEDDED_SUBJECT.match(text[cue.end :])
    return clause.group(1) if clause else None


def needs_date(text: str, cue: Cue) -> bool:
    """Cues that commit to nothing without a time frame: "could", "looked forward to",
    and "is scheduled for", whose "for" takes a date or nothing ("for demolition")."""
    if cue.kind == "schedule":
        return text[cue.start : cue.end].endswith("for")
    return cue.kind in NEED_DEADLINE


# A briefing's reported question: "Asked whether the PM would ..., the PMS said ...".
_ASKED = re.compile(
    r"^\W*(?:When\s+|Also\s+)?(?:asked|pressed|questioned|challenged|"
    r"(?:it\s+was\s+)?put\s+to\s+(?:him|her|them|the\s+\w+))\b",
    re.I,
)
_PRESSED = re.compile(r"pressed|questioned|challenged", re.I)
# What a reported question asks: "Asked whether", "pressed on when", "asked about".
_QUESTION = re.compile(r"\b(?:whether|if|why|when|what|how|which|who|about|for)\b", re.I)
# Where the answer begins: ", the PMS said", ", he replied".
_ANSWER = re.compile(
    r",\s+(?:the\s+)?[\w’'.]+(?:\s+[\w’'.]+){0,5}?\s+(?:said|replied|responded|answered|told|"
    r"pointed\s+out|added|stressed|reiterated|explained|confirmed|insisted|declined|refused)\b"
)

# A parliamentary question with its mark left off, in forms `cues.INTERROGATIVE` does not
# read at the sentence's start (stop 46): an oral question's text ("What plans his Department
# has to support", "What estimate her Department has made of"), and a written question after
# its asker's name or its record's header lines ("Jane Doe (Lothian) (Scottish Labour): To ask
# the", "Current Status:\nAnswered by ...\nTo ask the").
_UNMARKED_QUESTION = re.compile(
    r"^\W*(?:What\s+(?:recent\s+)?(?:plans|estimates?|assessment|steps|discussions|"
    r"representations|progress|action)\s+(?:(?:his|her|the|their|your)\s+)?(?:Department|"
    r"Government|Ministry)|(?:[^\n:]{1,150}:\s+|[^?]*\n)To\s+ask\s+the)\b"
)


def in_question(text: str, cue: Cue) -> bool:
    """A cue inside the question a briefing reports before its answer ("Asked if the
    Government would change its mind, the PMS said ..."): the journalist's words, not a
    commitment; the answer after it is judged on its own. Or inside a parliamentary
    question whose mark is left off (`_UNMARKED_QUESTION`)."""
    if _UNMARKED_QUESTION.match(text):
        return True
    asked = _ASKED.match(text)
    if asked is None:
        return False
    answer = _ANSWER.search(text)
    if answer is None or cue.start >= answer.start():
        return False
    # "Asked ...", "Put to him that ..." report a question; "Pressed on timing, ministers
    # will publish the plan by June, the spokesman said" asks nothing, so its words are
    # the answer's unless a question follows the opening
    if not _PRESSED.search(asked.group()):
        return True
    comma = text.find(",", asked.end(), answer.start())  # the opening clause only
    return _QUESTION.search(text, asked.end(), comma if comma >= 0 else answer.start()) is not None


def framed_away(text: str, cue: Cue) -> bool:
    """A cue the sentence's frame empties: an order in the past with "with" ("The
    Council was tasked with advising": a remit, not an order), or an effective date in
    a relative clause of a subject whose own future is a description ("New changes that
    come into effect today will help communities")."""
    if cue.kind == "order":
        return bool(re.match(r"(?:was|were)\b.*\bwith$", text[cue.start : cue.end]))
    if cue.kind != "effective" or not re.search(r"\b(?:that|which)\s+$", text[: cue.start]):
        return False
    main = re.search(r"\b(?:will|would)\b", text[cue.end :])
    return main is not None and bool(DESCRIPTIVE.match(text[cue.end + main.end() :]))


def leading_time(text: str, start: int, times: TimeFrames, published: datetime) -> Deadline | None:
    """ "Tomorrow, as you all know, Secretary Blinken will host ...": a time frame that
    opens the sentence times its main clause, if it falls after the day of publication
    ("at the top today, and then I look forward to" is no deadline)."""
    if not 0 < start <= _LEAD_CHARS:
        return None
    lead = times.parse(text[:start])
    if lead is None:
        return None
    at = text.find(lead.matched, 0, start)
    if at < 0 or not _OPENS.search(text[:at]):
        return None
    if REPORT.search(text, at + len(lead.matched), start):
        return None  # "On Monday, the Prime Minister said he would": the day of saying
    zone = times.zone
    return lead if lead.due.astimezone(zone).date() > published.astimezone(zone).date() else None


# Whom an instruction is addressed to is who is obliged: "The instructions to the
# Presidential Executive Office concern assessing ...".
_ADDRESSEE = re.compile(
    # A proclamation's "I direct the Secretary of Defense ... to plan".
    rf"(?:\binstructions?\s+(?:to|for)|{I_DIRECT})\s+"
    r"((?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|of|for|and|the))*)"
)


def addressee(text: str, cue: Cue) -> str | None:
    """The body an instruction cue names as its addressee, if it names one."""
    found = _ADDRESSEE.search(text, cue.start, cue.end)
    return found.group(1) if found else None


# A plan named as the object of its announcement: "The Prime Minister set out plans to".
_ANNOUNCING = re.compile(
    r"\b(?:set\s+out|sets\s+out|announced|announces|unveiled|unveils|outlined|outlines|"
    r"published|publishes|launched|launches|revealed|reveals|confirmed|confirms|"
    r"put\s+forward|puts\s+forward|laid\s+out|lays\s+out|drew\s+up|draws\s+up)\s+"
    r"(?:(?:new|its|their|his|her|our|ambitious|further|fresh|detailed)\s+){0,2}$"
)


def announcer_at(text: str, cue: Cue) -> int | None:
    """Where the verb announcing a plan cue's noun starts ("set out plans to"), if any."""
    if cue.kind != "plan" or not text.startswith(("plan", "Plan"), cue.start):
        return None
    found = _ANNOUNCING.search(text, 0, cue.start)
    return found.start() if found else None


# Whose plan or commitment a possessive names: "the UK's plans to host", "welcomed the
# President's commitment to attend"; or an order's policy line: "It is the policy of the
# United States to provide".
_POSSESSOR = re.compile(
    r"((?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,4})(?:’s|'s)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:plans?|commitments?|pledges?|undertakings?|promises?)\b|"
    rf"\bpolicy\s+of\s+{POLICY_OWNER}"
)


def possessor(text: str, cue: Cue) -> str | None:
    """The owner a possessive names for a plan or commitment cue, if any."""
    if cue.kind not in {"plan", "commit"}:
        return None
    for found in _POSSESSOR.finditer(text, max(0, cue.start - 80), cue.end):
        if found.end() > cue.start:
            return found.group(1) or found.group(2)
    return None
