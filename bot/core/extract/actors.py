"""Who acts in a text: speaker labels of transcripts, and which noun phrases are actors.

Real texts name their actors in ways news copy does not: Hansard runs the member's
name into the answer ("§ Mr. GodberI will inform ..."), briefing transcripts put it in
capitals before a colon ("MS. NAUERT: We will ..."), New Zealand's with the seat in
brackets ("Hon CHRIS HIPKINS (Leader of the House): Today"), releases introduce a
quotation with a paragraph of its own ("Environment Secretary George Eustice said:"),
and orders and readouts make bodies the subject ("the Secretary shall", "The panel
will", "They agreed"). This module reads those conventions; the extractor decides what
to do with them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.extract.calendar_names import MONTHS
from bot.core.extract.cues import (
    AUX_TAIL,
    DESCRIPTOR_WORDS,
    DETERMINERS,
    LEADING_FUNCTION_WORDS,
    ORG_HEADS,
)

# "§ Mr. H. StraussThe report ...", "§ 26. Mr. G. Jegerasked the Minister ...": the
# member's name glued to the first word of what they said.
_HANSARD_LABEL = re.compile(
    r"^§?\s*(?:\d+\.\s*)?((?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Baroness|Baron|Earl|Viscount|"
    r"Major|Captain|Colonel|General|Brigadier|Commander|Dame|Rev|The)\.?\s+"
    r"(?:[A-Z]\.\s*)*(?:[A-Z][a-z’'\-]+?\s+)?[A-Z][a-z’']+?(?:-[A-Z][a-z’']+?)?)"
    # Run on ("Mr. GodberI will") or, as the written answers of the 1990s print it,
    # spaced off by a colon ("Mr. Flynn : To ask the Prime Minister").
    r"(?:\s+:\s+|(?=[A-Z][a-z]|I\b|asked\b))"
)
# "MS. NAUERT: ...", "SECRETARY POMPEO: ...", "QUESTION: ...", "Q: ..."
_CAPS = r"(?:Mc|Mac)?[A-Z][A-Z.’'\-]*"  # "MR. McCLELLAN"
_TRANSCRIPT_LABEL = re.compile(rf"^((?:{_CAPS}\s+){{0,4}}{_CAPS}|Q|Question)\s*:\s+")
# A transcript's speaker in mixed case, by title and name: "Ambassador Reeker:  Thank you".
_TITLED_LABEL = re.compile(
    r"^((?:Ambassador|Secretary|Minister|President|Senator|Governor|Commissioner|Chancellor|"
    r"Mayor|Spokesperson)\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})\s*:\s+(?=[A-Z“\"])"
)
# A member named in capitals with the seat or office in brackets, as New Zealand's
# Hansard and broadcast transcripts print their speakers: "Hon CHRIS HIPKINS (Leader of
# the House): Today, ...", "Rt Hon JOHN KEY (Prime Minister): Yes", "Secretary ANN
# VENEMAN (U.S. Department of Agriculture): We", and one standing in for another ("Hon
# LOUISE UPSTON (Minister ...) on behalf of the Leader of the House:"). The bracket is
# what the capitals label (`_TRANSCRIPT_LABEL`) did not allow; the speaker is the name
# without its title ("Rt Hon", "Secretary"). A bracket with no lower-case letter is an
# agency's, after a dateline ("NEW YORK (AP):"), not a seat. Issue 13, stop 40 (speakers).
_SEATED_LABEL = re.compile(
    r"^(?:(?:Rt\.?\s+)?Hon\.?\s+|(?:Secretary|Minister|Senator|Governor|Dr|Mr|Mrs|Ms)\.?\s+)?"
    rf"(?P<name>{_CAPS}(?:\s+{_CAPS}){{1,3}})\s*\((?=[^()\n]*[a-z])[^()\n]{{2,80}}\)"
    r"(?:\s+on\s+behalf\s+of\s+[^:\n]{2,60})?\s*:\s+"
)
# A reporter's turn as White House transcripts of the 1990s and 2010s print it, a bare
# "Q" and no colon: "Q Does the President have a bilateral program in Madrid --". Only a
# paragraph that asks (a question mark, or cut off by the briefer) is one: "Q Street ...".
_BARE_Q = re.compile(r"^Q[ \t]+(?=[A-Z(“\"])")
QUESTIONERS = frozenset(
    {"q", "question", "questioner", "reporter", "audience member", "journalist"}
)
# A capitals kicker names the kind of text, not who speaks: "PRESS RELEASE : ...",
# "FACT SHEET:", "EFFECTIVE DATE:", "FOR FURTHER INFORMATION CONTACT:".
KICKER_WORDS = frozenset(
    """
    press release releases statement news story fact sheet summary transcript index icymi
    notice supplementary information further contact for effective date dates agency action
    addresses
    background update note readout speech
    """.split()
)
_MONTH_NAMES = frozenset(MONTHS)
# A paragraph that only introduces the quotation that follows.
_INTRODUCES = re.compile(
    r"^(?P<who>[^“\"]{2,120}?)\s+(?:said|says|added|adds|told\s+[^:]{1,60}|stated|commented)"
    r"(?:\s+(?:today|yesterday|on\s+\w+day))?\s*:\s*$"
)

_MODIFIERS = frozenset(
    """
    report statement filing source sources policy foreign special deputy senior general
    prime health finance defence defense interior environment energy education transport
    transportation housing justice trade economy press security public local regional
    national federal city's state's opposition communications
    """.split()
)
# Words that head a subject without naming anyone: "More are set to walk free".
_NOT_ACTORS = (
    frozenset(
        """
    more many some most others several all few this that it there once when while after
    before today tomorrow here now then thus however meanwhile afterwards lastly finally
    nobody anyone anybody everyone everybody someone somebody no-one none whoever
    monday tuesday wednesday thursday friday saturday sunday reading continuation
    conclusion consideration stage stages business questions motion motions adjournment issues
    """.split()
    )
    | _MONTH_NAMES
)
# Documents act through whoever issued them: "The Communication will include a proposal"
# is the Commission's, "This Decree enters into force" the issuer's.
DOCUMENTS = frozenset(
    """
    communication report strategy plan bill act order decree regulation regulations directive
    settlement treaty treaties agreement agreements contract contracts
    programme program paper package guidelines guidance framework roadmap statement
    document letter memorandum memo memos factsheet factsheets transcript transcripts
    video footage recording livestream slides documents papers minutes agenda analysis
    analyses copies copy excerpts extracts notes notice notices
    """.split()
)
# A treaty named with its year is the text agreed, not the parties to it.
_TREATIES = frozenset(
    "agreement accord treaty convention protocol pact charter declaration".split()
)
# Events happen; whoever holds them commits: "The Normandy format summit scheduled to
# take place on December 9" is the leaders', "the consultation will close" the ministry's.
EVENTS = frozenset(
    """
    summit meeting conference talks visit ceremony debate vote session event call briefing
    launch signing election referendum consultation hearing inquiry review exercise
    exercises negotiations round trial trials test tests reading readings
    """.split()
)
# What a programme holds: "there will be a presentation by the Commission".
_PROGRAMME_ITEMS = (
    EVENTS
    | DOCUMENTS
    | frozenset(
        "presentation discussion discussions remarks announcement update exchange speech".split()
    )
)
# What someone says or gives out: "Commissioner Moscovici’s remarks will be available",
# "The Secretary’s speech will be livestreamed": the owner's act.
_UTTERANCES = _PROGRAMME_ITEMS | frozenset(
    "reply replies answer answers response comments address keynote message".split()
    # A channel someone runs carries its owner's act: "the agency's Web site will broadcast
    # the briefing" is the agency's (stop 57, xs57).
    + "site website channel".split()
)
_OWNED = re.compile(r"^(?P<owner>.+?)(?:’s|'s|s’|s')\s+(?:[\w\-]+\s+)?(?P<head>[a-z]+)$")


def owner_of(phrase: str | None, text: str = "") -> str | None:
    """The actor whose remarks, speech or report a subject is, if it names one."""
    found = _OWNED.match(phrase.strip()) if phrase else None
    if found is None or found.group("head") not in _UTTERANCES:
        return None
    owner = found.group("owner")
    return owner if is_actor(owner, text) else None


_THERE_BE = re.compile(
    r"\s+(?:also\s+)?be\s+(?:an?\s+|further\s+|some\s+)?"
    r"((?:(?!(?:of|on|by|with|for|in|at|to|from|about)\b)[\w\-]+\s*){1,4})"
)


def scheduled_item(after: str) -> bool:
    """ "(there will) be a presentation by the Commission", "be opening and closing
    remarks": an item of a programme someone holds, not a state of things."""
    found = _THERE_BE.match(after)
    if found is None:
        return False
    return any(word in _PROGRAMME_ITEMS for word in found.group(1).lower().split())


# Money, effort and states of affairs: "Fund will boost jobs", "the investment will
# mobilise billions", "peace in Afghanistan will require". Not actors unless a proper
# name of two capitalised words or more carries them ("the International Monetary Fund").
THINGS = frozenset(
    """
    fund funds funding investment investments money cash costs cost spending budget
    campaign peace action effort efforts changes change measures
    publication sales credits growth economy lives jobs
    """.split()
)
# "A press conference with President Juncker and Prime Minister Fico will take place":
# the names are the event's guests, not the subject of its verb (a meeting "between"
# two leaders is theirs, so "between" is not here).
EVENT_WITH = re.compile(
    r"\b(?:conference|meeting|summit|visit|talks|ceremony|debate|session|event|call|briefing|"
    r"signing|statement|speech|address|remarks|interview|letter)\s+(?:with|by|from)\s+"
    r"[^,;:]{1,80}$",
    re.IGNORECASE,
)
# Words that open a subordinate clause, never a name: "Until announced otherwise, the
# agency will" (`speakers.walk_back` drops them from the front of a speaker too).
SUBORDINATORS = frozenset("until unless once although though because lest".split())
_STOP_WORDS = SUBORDINATORS | frozenset(
    """
    in on at by for with from to into over under after before during since than as and or
    but that which who whom whose while when if said says told
    is are was were be been has have had will would shall should can could may must might
    not also now then how what why where whether
    out up down off forward back set put laid unveiled announced published launched
    outlined
    """.split()
)

#: Head nouns of phrases that can commit to something: people and bodies.
ACTOR_HEADS = (
    ORG_HEADS
    | (DESCRIPTOR_WORDS - _MODIFIERS)
    | frozenset(
        """
        panel panels leaders presidents ministers secretaries office parliament navy army
        force forces personnel commission commissions members states countries nations
        partners signatories retailers companies firms airlines insurers councils
        departments ministries agencies authorities governments allies co-chairs cochairs
        chiefs troops delegation delegations sides parties court courts assembly senate
        congress house kremlin whitehall industry sector employers businesses supermarkets
        banks providers operators manufacturers producers members organisations
        organizations institutions universities schools hospitals trust trusts service
        services executive presidency premier mayor duma bodies body taskforce task-force
        secretariat participants chair co-chair everyone everybody both
        """.split()
    )
)
_QUESTION_PARAGRAPH = re.compile(
    r"^§?\s*(?:\d+\.\s*)?[A-Z][^\n]{0,60}?[a-z](?:asked|To\s+ask)\s+the\b"
)


# A written answer's heading: the member's name on a line of its own, after the
# reference line ("Lord McIntosh of Haringey", "The Leader of the House of Commons (Mr.
# Peter Hain)", "MR. HANBURY"). The paragraphs below it are that member's.
_HONORIFIC = (
    r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Baroness|Baron|Earl|Viscount|Dame|Rt\.?\s+Hon|"
    r"MR|MRS|MS|MISS|DR|SIR|LORD|LADY|EARL|VISCOUNT)\.?"
)
_NAME_LINE = re.compile(
    r"^(?:The\s+[A-Z][^()\n]{2,80}?\s+\((?P<paren>" + _HONORIFIC + r"\s+[^()\n]{2,60})\)|"
    r"(?P<plain>" + _HONORIFIC + r"\s+(?:[A-Z]\.\s*)*[A-Z][\w’'\-]+"
    # Old Hansard: "MR. BARTLEY (Islington)", the seat in brackets.
    r"(?:\s+(?:of|[A-Z][\w’'\-]+)){0,4})(?:\s*\([^()\n]{2,40}\))?)\s*$"
)


# A written statement's opening: the office, the holder in brackets, a colon ("The
# Exchequer Secretary to the Treasury (Mr David Gauke): The Finance Bill will ...").
_OFFICE_LABEL = re.compile(
    r"^The\s+[A-Z][^()\n:]{2,120}?\s+\((?P<who>" + _HONORIFIC + r"\s+[^()\n:]{2,60})\)\s*:\s+"
)


def paragraph_label(paragraph: str) -> tuple[str | None, int, bool]:
    """The speaker a paragraph is labelled with, how many characters the label takes,
    and whether the paragraph is a question from the floor."""
    if paragraph.startswith("asked "):
        return None, 0, True  # "Lord Chesham / asked Her Majesty's Government: ..."
    office = _OFFICE_LABEL.match(paragraph)
    if office:
        return office.group("who"), office.end(), False
    lines = paragraph.strip().splitlines()
    heading = _NAME_LINE.match(lines[-1].strip()) if 0 < len(lines) <= 3 else None
    if heading:
        return heading.group("paren") or heading.group("plain"), len(paragraph), False
    if _QUESTION_PARAGRAPH.match(paragraph):
        hansard = _HANSARD_LABEL.match(paragraph)
        return (hansard.group(1) if hansard else None), 0, True
    hansard = _HANSARD_LABEL.match(paragraph)
    if hansard and paragraph.startswith("To ask", hansard.end()):
        return hansard.group(1), 0, True  # "Mr. Flynn : To ask the Prime Minister what"
    if hansard:
        return hansard.group(1), hansard.end(), False
    titled = _TITLED_LABEL.match(paragraph)
    if titled:
        return titled.group(1), titled.end(), False
    bare = _BARE_Q.match(paragraph)
    if bare and re.search(r"(?:\?|--|—)\s*$", paragraph):
        return None, bare.end(), True
    transcript = _TRANSCRIPT_LABEL.match(paragraph)
    if transcript:
        name = transcript.group(1).strip()
        if name.lower() in QUESTIONERS:
            return None, transcript.end(), True
        if name.lower() in {"a", "answer"} or _kicker(name):
            return None, transcript.end(), False  # the answer of someone named elsewhere
        if len(name) > 2 or name.isalpha():
            return _title_case(name), transcript.end(), False
    seated = _SEATED_LABEL.match(paragraph)
    if seated:
        return _title_case(seated.group("name")), seated.end(), False
    return None, 0, False


def _kicker(label: str) -> bool:
    return all(word.strip(".").lower() in KICKER_WORDS for word in label.split())


def introduced_speaker(paragraph: str) -> str | None:
    """ "Environment Secretary George Eustice said:" -> the phrase before the verb."""
    match = _INTRODUCES.match(paragraph.strip())
    if match is None:
        return None
    who = match.group("who").strip()
    lead = re.match(
        r"(?:following|after|before|in|on|at|speaking|commenting|responding)\b[^,]*,\s*", who, re.I
    )
    return who[lead.end() :] if lead and lead.end() < len(who) else who


def _title_case(name: str) -> str:
    """ "MS. NAUERT" -> "Ms. Nauert", so that it compares with the text's own spelling."""
    return " ".join(word[:1] + word[1:].lower() for word in name.split())


@lru_cache(maxsize=8)
def _words_of(text: str) -> frozenset[str]:
    """The words of a text as written, for "does it ever write this in lower case?"
    (once per text: a 100 kB paste asks thousands of times)."""
    return frozenset(re.findall(r"\w+(?:[’'.\-]\w+)*", text))


# A share of a group standing for the group: "almost half of firms", "more than 50 of
# the largest retailers", "most of the signatories".
_QUANTITY_OF = re.compile(
    r"(?:(?:almost|nearly|about|around|over|under|more\s+than|fewer\s+than|less\s+than|"
    r"at\s+least)\s+)?(?:\d[\d,.]*%?|half|most|many|some|all|each|several|a\s+third|"
    r"two-thirds|a\s+quarter|the\s+majority|a\s+majority|a\s+number|one|two|three|four|"
    r"five|six|seven|eight|nine|ten)\s+of\s+",
    re.IGNORECASE,
)


_PARLIAMENTARY_FRIEND = re.compile(
    r"\b(?:my|our)\s+(?:right\s+)?(?:hon(?:ourable|\.)?|noble|learned|gallant)\s+"
    r"(?:and\s+(?:learned|gallant)\s+)?friends?$",
    re.IGNORECASE,
)


# Read by `is_actor` for every subject, compiled once: a phrase ending in a year ("the
# Paris Agreement of 2015", which needs "19" or "20"), a year, a possessive ending.
_SPACES = re.compile(r"\s+")
_DATED_END = re.compile(r"\s(?:of\s+)?(?:19|20)\d\d\W*$")
_YEAR = re.compile(r"(?:19|20)\d\d")
# "Comments for section IV.B are due": a part of a document ("II.A.3"), not who acts; a
# person's initials end in a stop ("J.R.") (blind159, stop 68).
_SECTION_NUMBER = re.compile(
    r"(?:[Ss]ection|[Pp]art|[Pp]aragraph|[Cc]hapter|[Aa]nnex)\s+[IVXL\d]+(?:\.?[A-Za-z\d]{1,3})*"
    r"|[IVXL]+(?:\.[A-Z\d]{1,3})+"
)
_POSSESSIVE_END = re.compile(r"(?:’s|'s|s’|s')$")
# A thing owned by the actor named before, not an actor: "its Dragon spacecraft".
_BELONGING = re.compile(r"\s*(?:its|their)\s", re.IGNORECASE)


def is_actor(phrase: str | None, text: str = "") -> bool:
    """Whether a noun phrase names someone who can commit: a person, a body, a group.

    "The report", "This work", "Legislation" are not; "the panel", "the Secretary of
    Energy", "HMS Prince of Wales", "Kerry" are. A single capitalised word at the start
    of a sentence is a name only if the text never writes it in lower case.
    """
    if not phrase or _SECTION_NUMBER.fullmatch(phrase.strip()):
        return False
    if _PARLIAMENTARY_FRIEND.search(phrase):
        return True  # "my right honourable friend", "my noble friend": a minister in Hansard
    words = [w for w in _SPACES.split(phrase.strip()) if w]
    quantity = _QUANTITY_OF.match(phrase.strip())
    if quantity:
        phrase = phrase.strip()[quantity.end() :]  # "almost half of firms": the firms
        words = phrase.split()
    for link in (" of ", " for ", " to "):  # "the Department for Education", "Signatories to"
        if link in f" {phrase} ":
            words = phrase.split(link)[0].split()
    words = [w for w in words if w.lower() not in DETERMINERS]
    if not words:
        return False
    if len(words) > 1 and words[-1].lower().strip(".") in {"no", "nos", "number"}:
        words = words[:-1]  # "Executive Order No. 11868": the order, a document
    dated = ("19" in phrase or "20" in phrase) and _DATED_END.search(phrase) is not None
    if len(words) > 1 and _YEAR.fullmatch(words[-1].strip(".,’'")):
        words = words[:-1]  # "the Policing and Crime Act 2009": a dated title, a document
    head = words[-1].lower().strip(".,’'")
    head = _POSSESSIVE_END.sub("", head)
    if dated and words[-1][:1].isupper() and head in _TREATIES:
        return False  # "the Paris Agreement of 2015": a treaty, not its parties
    singular = head[:-3] + "y" if head.endswith("ies") else head.rstrip("s")
    if head in _NOT_ACTORS or head in _MODIFIERS or head in DOCUMENTS or head in EVENTS:
        return False
    if singular in EVENTS:
        return False  # "Votes", "Hearings": occasions, as "the vote" is
    if head in THINGS and sum(1 for w in words if w[:1].isupper()) < 2:
        return False
    if head in ACTOR_HEADS or singular in ACTOR_HEADS:
        return True  # "agencies", "authorities", "companies" too
    capitalised = [w for w in words if w[:1].isupper()]
    if not capitalised:
        return False
    if len(words) > 1 and _YEAR.fullmatch(words[0].strip(".,’'")):
        return False  # "the 2024 White House Easter Egg Roll": a year's edition of an event
    if len(words) > 1 and words[-1] in _NAMED_OBJECTS:
        return False  # "White House Easter Egg Roll tickets", "all Wikinews editions"
    if _BELONGING.match(phrase) and not words[-1][:1].isupper():
        return False  # "its Dragon spacecraft", "their Model 3 cars": what they own
    if len(words) > 1 and capitalised == words[:1] and phrase.strip()[:1].isupper():
        return False  # "Maximum use", "Additional costs": a sentence-initial capital only
    if len(words) == 1 and words[0].lower().strip(".,:’'") in _STOP_WORDS | KICKER_WORDS:
        return False  # "As announced ...", "How would you ...", "Date to be confirmed:"
    if len(words) == 1 and _ABSTRACT.fullmatch(words[0].strip(".,’'")):
        return False  # "Enrollment also begins on April 15", "Having endorsed ..., we"
    if len(words) == 1 and text:
        return words[0].lower().strip(".,’'") not in _words_of(text)
    return True


# Objects that a name before them qualifies, never who acts: "White House Easter Egg Roll
# tickets", "the existing High Commission buildings", "all Wikinews
# editions". Their "will" is the act of whoever runs them (stop 65, tune13 x2).
_NAMED_OBJECTS = frozenset(
    """
    ticket tickets ballot ballots pass passes building buildings premises road roads area areas
    edition editions date dates page pages form forms vehicle vehicles
    """.split()
)


# A single capitalised word that names an act or a state, never who acts: a noun made
# from a verb ("Enrollment", "Registration", "Admission", "Training") or a participle
# opening the sentence ("Having", "Following"); not a place or a surname that ends the
# same way ("Beijing", "Fleming"). Bodies so named ("Parliament", "the Commission")
# are actor heads, read before. Issue 13, stop 44 (tuner s, speakers).
_ABSTRACT = re.compile(
    r"[A-Z][a-z]{4,}(?:ment|tion|sion)|Having|Being|Following|Given"
    r"|(?!Beijing|Reading|Kipling|Fleming|Browning|Manning|Sterling|Harding|Hastings)"
    r"[A-Z][a-z]{3,}[^aeiouyjq]ing"
    # Plural, the acts themselves ("Nominations will close at noon", "Registrations open
    # on Monday"); not the bodies and groups named the same way ("Organisations will").
    r"|(?!(?:Organi[sz]a|Associa|Corpora|Institu|Federa|Confedera|Coali|Founda|Na|Congrega|"
    r"Popula|Genera|Delega|Administra|Commis|Opposi)(?:tion|sion)s)[A-Z][a-z]{4,}(?:ment|tion|sion)s"
)


_TOKENS = re.compile(r"\d{1,3}(?:,\d{3})+|[\w’'\-.]+|[^\w\s]")  # "10,000" is one token


_PARTIES_TO = re.compile(
    r"(?:^|[\s,;:])((?:[Tt]he\s+|[Aa]ll\s+)?(?:[Ss]ignatories|[Pp]arties|[Ss]ubscribers|[Aa]dherents)"
    r"\s+to\s+(?:the|this|our)\s+[\w\-]+(?:\s+[\w\-]+){0,3}?)\s*$"
)


def noun_phrase_before(prefix: str) -> str | None:
    """The noun phrase that ends `prefix`, lower-case words included ("The two
    presidents", "the Government of the Russian Federation", "Nearly 4,000 British
    personnel"), stopping at punctuation, a preposition, a verb-like function word or
    after a determiner."""
    party = _PARTIES_TO.search(prefix[-200:])
    if party:
        return party.group(1)  # "Signatories to the charter", "Parties to the agreement"
    tokens = _TOKENS.findall(prefix[-200:])
    taken: list[str] = []
    index = len(tokens) - 1
    while index >= 0 and len(taken) < 9:
        token = tokens[index]
        low = token.lower()
        if not (token[0].isalnum() or token[0] in "’'"):
            break
        if low in DETERMINERS:
            taken.append(token)
            before = tokens[index - 1].lower() if index > 0 else ""
            if before == "of" and index > 1 and tokens[index - 2][:1].isupper():
                taken.append(tokens[index - 1])
                index -= 2
                continue
            break
        if low in {"of", "for"} and taken and taken[-1][:1].isupper() and index > 0:
            if tokens[index - 1][:1].isupper():
                taken.append(token)
                index -= 1
                continue
        if low in _STOP_WORDS or (token.endswith("ly") and token.islower()):
            break
        taken.append(token)
        index -= 1
    taken.reverse()
    while taken and taken[0].lower() in {"of", "and"}:
        taken.pop(0)
    # "From 1 April retailers": the date opening the sentence is no part of the actor.
    while len(taken) > 2 and taken[0][:1].isdigit() and taken[1].lower() in _MONTH_NAMES:
        taken = taken[2:]
    if not taken or all(t.lower() in DETERMINERS for t in taken):
        return None
    return " ".join(taken)


# The heads of subjects whose future is an effect, not an act: "the new system", "demand".
ABSTRACT = frozenset(
    """
    system approach deal move step measure measures reform reforms demand prices price
    rates inflation market markets economy weather information details data figures
    results outcome impact benefits benefit boost increase rise cut cuts improvements progress
    """.split()
)


def is_thing(phrase: str) -> bool:
    """A phrase headed by money, effort or a state of affairs ("The extra funding", "the
    new system", "Demand for school places"): never an actor, whatever names qualify it.
    Documents are not things here: "The strategy will set out" is its issuer's act."""
    words = re.split(r"\s+(?:of|for|to|on|in)\s+", phrase.strip(), maxsplit=1)[0].split()
    head = words[-1].lower().strip(".,’'") if words else ""
    if sum(1 for word in words if word[:1].isupper()) >= 2:
        return False  # "the Global Fund", "the Green Investment Bank"
    return head in THINGS or head in ABSTRACT


# Prepositions that tie a noun phrase to the one it qualifies: "peace in Afghanistan",
# "the third round of credit sales under the national scheme".
_QUALIFIER = re.compile(r"\s+(?:of|in|under|from|for|across|at|on|within|throughout)\s*$", re.I)
# Shares and counts that stand for what follows: "Hundreds of thousands of children".
_COUNT = re.compile(
    r"(?i)^(?:\w+\s+)?(?:hundreds|thousands|millions|billions|dozens|many|most|some|all|half|"
    r"each|none|one|number|majority|share|proportion|rest|members?|groups?|workers)$"
)


def subject_head(prefix: str) -> str | None:
    """The noun phrase that heads the subject ending `prefix`, walking back over the
    phrases that qualify it: "peace" in "peace in Afghanistan", "The third round" in
    "The third round of credit sales under the national Nutrient Mitigation Scheme".
    A count ("Hundreds of thousands of children") is not the head: what it counts is."""
    rest = prefix
    phrase = noun_phrase_before(rest)
    for _ in range(3):
        if not phrase:
            return None
        start = _words_start(rest, phrase.split())
        tie = _QUALIFIER.search(rest, 0, start) if start is not None else None
        outer = noun_phrase_before(rest[: tie.start()]) if tie else None
        if tie is None or not outer or _COUNT.match(outer):
            return phrase
        phrase, rest = outer, rest[: tie.start()]
    return phrase


# The prepositions of place that tie a name to the noun phrase it locates: "coins honouring
# a forest in Oregon", "Landcom’s project on the South Coast". "of" and "for" are left out:
# they sit inside offices and bodies' names ("the Secretary of State for Wales"); so are
# "to" and "from", whose name is the party a thing comes from or goes to ("a helicopter
# under contract to the U.S. Geological Survey", "A visit to Africa will see").
_PLACE_TIE = re.compile(
    r"\s+(?:in|on|at|near|across|throughout|around|outside|inside|within)\s*$",
    re.IGNORECASE,
)


def located_head(prefix: str, phrase: str) -> str | None:
    """The noun phrase that `phrase`, a name ending `prefix`, only locates, when a place
    preposition ties it to one ("Quarter-dollar coins honouring Mount Hood in Oregon" ->
    the coins' phrase): the name is then no subject of the verb after `prefix`, the head
    is. None when nothing ties the name to an earlier phrase."""
    rest, found = prefix, None
    for _ in range(3):
        start = _words_start(rest, phrase.split())
        tie = _PLACE_TIE.search(rest, 0, start) if start is not None else None
        outer = noun_phrase_before(rest[: tie.start()]) if tie else None
        if tie is None or not outer:
            return found
        found, phrase, rest = outer, outer, rest[: tie.start()]
        # "coins honouring Mount Hood National Forest": the coins, which the names qualify
        found = re.sub(r"\s+(?-i:[a-z]+ing)\b.*$", "", found)
    return found


def unlocated(before: str, subject: str | None, text: str = "") -> str | None:
    """The subject of the verb after `before`, unless it is a place a thing is tied to
    ("Quarter-dollar coins honouring a forest in Oregon will", "The new terminal on the
    North Shore will"): then the thing's owner ("Landcom’s project on the South Coast"),
    else the thing, which no one is, so that its act goes to whoever speaks or issues
    the text. An actor the place qualifies ("Officials in Kelp Point") keeps it."""
    if not subject or not is_actor(subject, text):
        return subject
    prefix = AUX_TAIL.sub("", before).rstrip(" ,")
    located = located_head(prefix, subject) or related_head(prefix, subject)
    if not located:
        return subject
    return owner_of(located, text) or (subject if is_actor(located, text) else located)


# A relative clause between a subject and its verb, ending on a name it governs: "every
# pupil whose household is on Universal Credit will", "Firms that trade with Japan will".
_RELATIVE = re.compile(
    r"(?:^|[\s,(])(?:who|whose|which|that)\s+(?:[\w’'\-]+\s+){1,8}?"
    r"(?:on|in|at|from|to|with|by|for|under|into|of|across|throughout)\s+$",
    re.IGNORECASE,
)


def related_head(prefix: str, phrase: str) -> str | None:
    """The noun phrase a relative clause qualifies, when `phrase`, ending `prefix`, is
    only what that clause names after a preposition ("every pupil whose household is on
    Universal Credit" -> "every pupil"): the phrase is then no subject of the verb after
    `prefix`. None when no such clause holds the phrase."""
    start = _words_start(prefix, phrase.split())
    clause = _RELATIVE.search(prefix, max(0, (start or 0) - 120), start) if start else None
    if clause is None:
        return None
    head = noun_phrase_before(prefix[: clause.start() + 1].rstrip(" ,("))
    return head or None


def _words_start(text: str, words: list[str]) -> int | None:
    """Where `words` begin when they end `text`, any white space between and after them
    (a pattern compiled per phrase missed the cache on every new name: a tenth of a long
    paste's time)."""
    start = len(text.rstrip())
    for number, word in enumerate(reversed(words)):
        end = len(text[:start].rstrip()) if number else start
        if not text.endswith(word, 0, end):
            return None
        start = end - len(word)
    return start


# The source an "according to" names, up to its punctuation: "the city council".
_SOURCE = re.compile(r"\s*((?:the\s+)?[\w’'\-]+(?:\s+[\w’'\-]+){0,4}?)\s*(?:[,.;:]|$)")


# News organisations report what others commit to and are never the actor ("according to
# CNN", "Reuters said"). VOA is not among them: its own releases commit VOA.
_NEWS_OUTLET = re.compile(
    r"(?:the\s+)?(?:Reuters|Associated\s+Press|AP|AFP|Agence\s+France-Presse|CNN|BBC|"
    r"Bloomberg|Interfax|TASS|Xinhua|RIA\s+Novosti|Yonhap|Kyodo|Al\s+Jazeera|"
    r"(?:state|local|national|foreign)\s+media|news\s+agency|newspaper|tabloid|"
    # a newspaper by its name: "The New York Times", "the Guardian", "the Daily Telegraph"
    r"(?-i:(?:[A-Z][\w.\-]*\s+){0,3}(?:Times|Post|Journal|Guardian|Telegraph|Herald|"
    r"Tribune|Gazette|Chronicle|Observer|Economist|Kommersant|Izvestia|Pravda|Vedomosti)))",
    re.IGNORECASE,
)


def reporter_only(phrase: str | None) -> str | None:
    """The phrase, unless it names a news outlet, which only reports, or is the word that
    opens a clause ("As previously announced, ...": no one called As announced it)."""
    bare = phrase.strip(" ,.") if phrase else ""
    if bare.lower() in LEADING_FUNCTION_WORDS:
        return None
    return None if phrase and _NEWS_OUTLET.fullmatch(bare) else phrase


def reported_by(found: tuple[int, str] | None) -> tuple[int, str] | None:
    """A trailing attribution (", according to CNN"), unless a news outlet is all it names."""
    return None if found is None or reporter_only(found[1]) is None else found


def source_named(rest: str, text: str = "") -> str | None:
    """The actor an "according to" names when the whole phrase is one ("according to the
    city council", "According to officials,"), lower case included."""
    found = _SOURCE.match(rest)
    return found.group(1) if found and is_actor(found.group(1), text) else None
