"""Candidate pledges in pasted news text.

A moderator pastes an article and we point at the sentences worth recording, so that
nobody has to read the whole piece with a highlighter. The rules are deliberately
shallow (regular expressions over sentences, no language model): they must run
offline, be explainable in a code review, and fail in predictable ways. Every
candidate is a suggestion a person confirms with a button, so the rules lean towards
rejecting the familiar false friends of news prose (reported history, questions,
denials, conditional offers) rather than squeezing out the last bit of recall.

The pipeline, per article: split into sentences (keeping exact offsets, so the quote
is a true excerpt), find the commitment cues in each sentence, throw away cues that
sit under a negation, a question, a condition or a past frame, attribute the
strongest surviving cue to a speaker, ask `bot.deadlines` for a time frame, and score.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.deadlines import Deadline, parse_deadline

__all__ = [
    "Candidate",
    "MIN_CONFIDENCE",
    "extract_pledges",
    "same_speaker",
    "sentence_spans",
    "split_sentences",
]

#: Candidates scoring below this are dropped: a bare "would" with no speaker or time
#: frame is more often a hypothetical than a promise.
MIN_CONFIDENCE = 0.45

# News sentences run to a few hundred characters. Anything much longer is pasted text
# without punctuation, and the per-cue work (quadratic in the sentence) would let one
# paste hold up the bot, so such stretches are not analysed.
_MAX_SENTENCE_CHARS = 1200
_MAX_CUES_PER_SENTENCE = 12


@dataclass(frozen=True, slots=True)
class Candidate:
    """One sentence that looks like a pledge, with what we could work out about it.

    `quote` is the sentence exactly as it appears in the text and `promise` a slice of
    it, never a rewording, so that what gets recorded can always be traced back to
    the source. `start` (offset of the quote in the text) and `cue` (the words that
    made us think "commitment") are there for ordering and for explaining a verdict.
    """

    speaker: str | None
    promise: str
    quote: str
    deadline: Deadline | None
    deadline_text: str | None
    confidence: float
    start: int = 0
    cue: str = ""


# ---------------------------------------------------------------------------
# Sentence splitting
# ---------------------------------------------------------------------------

# Abbreviations that are never the last word of a sentence in news copy: they
# introduce a name ("Dr. Helen Marsh", "Sen. Rosa Whitfield").
_TITLE_ABBREVIATIONS = frozenset(
    "mr mrs ms mx dr prof sen rep gov gen lt col capt cpt sgt maj adm cmdr rev hon st mt ft "
    "pres supt insp cllr fr sr jr messrs mme mlle".split()
)
# Month abbreviations only bind to a following day number ("Sept. 1").
_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# Abbreviations that may or may not end a sentence ("Acme Inc. said" / "by Acme Inc. The").
_AMBIGUOUS_ABBREVIATIONS = frozenset(
    "inc corp ltd co plc llc no nos vs etc approx dept est al".split()
)
# After an ambiguous abbreviation, only these words are taken as a new sentence.
_SENTENCE_STARTERS = frozenset(
    "the a an he she it they we i you this that these those there but and however in on at "
    "its his her their our meanwhile yet so still also after before while when if as for "
    "one some many most".split()
)

_TERMINATOR = re.compile(r"[.!?…]+[”\"’')\]]*(?=\s|$)")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_OPENERS = "“\"‘'([«"


def _paragraph_spans(text: str) -> Iterable[tuple[int, int]]:
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _is_boundary(text: str, match: re.Match[str], end: int) -> bool:
    """Decide whether the punctuation in `match` really ends a sentence.

    Looking at the next word matters more than the punctuation: news text is full of
    full stops that end abbreviations, and a lowercase continuation settles most of
    them ("U.S. warehouses", "“Why?” she asked").
    """
    rest = text[match.end() : end].lstrip()
    if not rest:
        return True
    first_char = rest.lstrip(_OPENERS)[:1]
    if not first_char or first_char.islower():
        return False
    if not match.group().startswith("."):
        return True
    # A bounded look-back: searching the whole prefix made splitting quadratic.
    word_match = re.search(r"(\S+)$", text[max(0, match.start() - 40) : match.start()])
    word = word_match.group(1).lstrip(_OPENERS) if word_match else ""
    low = word.lower()
    next_word = re.match(r"[^\W_]+", rest.lstrip(_OPENERS))
    next_low = next_word.group().lower() if next_word else ""
    if low in _TITLE_ABBREVIATIONS:
        return False
    if low in _MONTH_ABBREVIATIONS:
        return not first_char.isdigit()
    dotted = re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word) is not None
    initial = re.fullmatch(r"[A-Z]", word) is not None
    if dotted or initial or low in _AMBIGUOUS_ABBREVIATIONS:
        return next_low in _SENTENCE_STARTERS
    return True


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Offsets `(start, end)` of every sentence, so quotes can be cut exactly.

    Paragraphs (blank-line separated) always end a sentence; a headline without a
    full stop is therefore a sentence of its own. Single line breaks are ordinary
    white space, since pasted articles are often hard-wrapped.
    """
    spans: list[tuple[int, int]] = []
    for para_start, para_end in _paragraph_spans(text):
        start = para_start
        for match in _TERMINATOR.finditer(text, para_start, para_end):
            if _is_boundary(text, match, para_end):
                spans.extend(_split_overlong(text, start, match.end()))
                start = match.end()
        spans.extend(_split_overlong(text, start, para_end))
    trimmed: list[tuple[int, int]] = []
    for start, end in spans:
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            trimmed.append((start + lead, start + lead + len(stripped)))
    return trimmed


def _split_overlong(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Fall back to line breaks when a "sentence" is too long to be one.

    Hard-wrapped prose keeps its line breaks inside sentences, but a pasted list of
    unpunctuated lines (bullet points, a transcript) would otherwise become one
    enormous sentence.
    """
    if end - start <= _MAX_SENTENCE_CHARS:
        return [(start, end)]
    pieces = []
    for line in re.finditer(r"[^\n]+", text[start:end]):
        pieces.append((start + line.start(), start + line.end()))
    return pieces or [(start, end)]


def split_sentences(text: str) -> list[str]:
    """The sentences of `text`, each exactly as written."""
    return [text[start:end] for start, end in sentence_spans(text)]


# ---------------------------------------------------------------------------
# Word lists
# ---------------------------------------------------------------------------

# Lowercase words that may sit inside a speaker's noun phrase ("Nato secretary-general",
# "a council spokesperson", "Putin's foreign policy adviser"): heads and modifiers.
_DESCRIPTOR_WORDS = frozenset(
    """
    official officials spokesman spokeswoman spokesperson spokespeople minister ministers
    president vice-president chancellor secretary secretary-general envoy ambassador
    adviser advisers advisor aide aides leader leaders chief executive director head
    chairman chairwoman chair ceo founder owner manager coach mayor governor senator
    lawmaker lawmakers commissioner representative delegate delegates negotiator
    negotiators analyst analysts economist economists officer officers source sources
    campaigner campaigners activist activists engineer engineers lawyer lawyers
    prosecutor prosecutors judge statement filing report company firm group government
    ministry council cabinet department agency authority authorities administration
    party campaign team bank regulator committee police union board club city state
    organisers organizers operator operators airline insurer retailer carrier utility
    foreign policy special deputy senior general prime health finance defence defense
    interior environment energy education transport transportation housing justice trade
    economy press security public local regional national federal city's state's
    opposition communications
    """.split()
)
_DETERMINERS = frozenset("the a an its his her their our my your this that these those".split())
_PERSON_PRONOUNS = frozenset({"he", "she"})
_OTHER_PRONOUNS = frozenset({"it", "they"})
_FIRST_PERSON = frozenset({"i", "we"})
_ANY_PRONOUN = _PERSON_PRONOUNS | _OTHER_PRONOUNS | _FIRST_PERSON
_LEADING_FUNCTION_WORDS = frozenset(
    "in on at after before when while if as for from with by since during under over "
    "speaking writing asked".split()
)
_DISCOURSE_WORDS = frozenset(
    "but and however later meanwhile so also yet still then now separately earlier".split()
)
# Capitalised words that are job titles, not names: dropped from the front of a name.
_TITLES = frozenset(
    """
    president vice-president chancellor minister prime secretary secretary-general
    general senator sen sen. rep rep. representative governor gov gov. mayor mr mr. mrs
    mrs. ms ms. mx dr dr. prof prof. professor gen gen. lt lt. col col. capt capt. sgt
    sgt. maj maj. adm adm. rev rev. sir dame lord lady king queen prince princess pope
    chief executive director chairman chairwoman chair ceo cfo head leader envoy
    ambassador spokesman spokeswoman spokesperson adviser advisor commissioner deputy
    state cllr councillor councilman councilwoman judge justice speaker premier
    """.split()
)
# Country and bloc modifiers: "German Chancellor Friedrich Merz" -> "Friedrich Merz".
_NATIONALITIES = frozenset(
    """
    us u.s. uk u.k. eu e.u. un u.n. nato german french british american russian ukrainian
    chinese japanese indian italian spanish canadian brazilian polish dutch swedish irish
    scottish welsh english european israeli palestinian iranian turkish greek portuguese
    mexican australian korean indonesian saudi egyptian syrian belgian austrian swiss
    danish norwegian finnish hungarian czech romanian bulgarian serbian croatian african
    nigerian kenyan pakistani afghan iraqi venezuelan argentine argentinian chilean
    colombian peruvian cuban taiwanese vietnamese thai filipino malaysian belarusian
    georgian armenian lithuanian latvian estonian slovak lebanese jordanian qatari
    emirati yemeni ethiopian sudanese moroccan federal former
    """.split()
)
_ORG_HEADS = frozenset(
    """
    council government ministry cabinet department agency authority administration
    company firm group union board club party committee bank regulator operator airline
    city state police
    """.split()
)

# ---------------------------------------------------------------------------
# Cue patterns
# ---------------------------------------------------------------------------

_REPORT = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|wrote|writes|announced|announces|stated|"
    r"declared|insisted|insists|warned|warns|confirmed|confirms|noted|explained|argued|"
    r"claimed|stressed|reiterated|tweeted|posted|replied|assured|acknowledged|"
    r"according\s+to)\b"
)

_NOUN_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|its|his|her|their|our|my|your|this|that|new|election|campaign|"
    r"previous|broken|first|last)|’s|'s|\d)\s+$",
    re.IGNORECASE,
)
_SUBJECTLIKE_BEFORE = re.compile(
    r"(?:\b[A-Z][\w’'.\-]*|\b(?:he|she|it|they|we|i|who|which|" + "|".join(_ORG_HEADS) + r"))\s+$"
)

# Explicit commitment verbs. Bare and -s forms double as nouns ("a pledge", "security
# guarantees"), so they are checked against their context in `_cues`.
_STRONG = re.compile(
    r"\b(?:pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|vow(?:s|ed|ing)?|swore|sworn|"
    r"swear(?:s|ing)?|undert(?:ook|akes?|aking)\s+to|guarantee[sd]?\s+(?:to|that)|"
    r"commit(?:s|ted|ting)?(?:\s+(?:itself|themselves|himself|herself|ourselves|myself))?"
    r"\s+to)\b"
)
# "agreed on Thursday to", "agreed in principle to": a short adverbial may intervene.
_ADVERBIAL = r"(?:\s+(?:on\s+\w+day|in\s+principle|last\s+night|\w+ly|also|now|today))?"
_AGREE = re.compile(
    r"\b(?:agree[sd]?|agreeing)" + _ADVERBIAL + r"\s+(?:to|that)\b|\bsigned\s+up\s+to\b"
)
_WILL = re.compile(
    r"\b(?:will|shall)\b(?!\s+of\b)|[’']ll\b|\b(?:is|are|am)\s+going\s+to\b|[’']re\s+going\s+to\b"
)
_PLAN = re.compile(
    r"\b(?:plans?|planning|intends?|intending|aims?|aiming|expects?|expecting)\s+to\b|"
    r"\b(?:is|are|[’']s)\s+(?:\w+ly\s+|also\s+|now\s+)?(?:set|poised)\s+to\b|"
    # British news style: "the club is to appoint an architect".
    r"\b(?:is|are)\s+(?:also\s+)?to\s+(?!blame\b|be\s+blamed\b|what\b|which\b|whom\b)(?=[a-z])"
)
_EXPECTED = re.compile(r"\b(?:is|are)\s+(?:also\s+)?(?:expected|likely|scheduled)\s+to\b")
_WOULD = re.compile(r"\bwould\b")
_MAYBE = re.compile(r"\b(?:could|may|might|should)\b")
_GOAL = re.compile(r"\b(?:target|goal|deadline|ambition)\b")

# Cue classes with their base confidence. Explicit pledge verbs are the strongest
# signal; "would" is mostly backshifted "will" in reported speech, but also the
# hypothetical mood, hence the low base that a speaker and a deadline must lift.
_BASE = {
    "strong": 0.55,
    "agree": 0.45,
    "will": 0.4,
    "plan": 0.35,
    "headline": 0.35,
    "would": 0.3,
    "maybe": 0.3,
    "goal": 0.3,
    "expected": 0.2,
}
_VERB_CUES = frozenset({"strong", "agree", "plan"})

_NEGATION = re.compile(
    r"\b(?:not|never|no|no\s+longer|neither|nor|refused|refuses|refusing|declined|declines|"
    r"denied|denies|rejected|rejects|ruled\s+out|stopped\s+short|failed|fails|without|"
    r"unclear|uncertain|unsure|whether|doubt|doubts|doubtful|unlikely|asked|wondered)\b|"
    r"n[’']t\b",
    re.IGNORECASE,
)
_POST_NEGATION = re.compile(r"^\s*(?:not|never|n[’']t)\b|^n[’']t", re.IGNORECASE)
_CONDITION = re.compile(
    r"\b(?:if|unless|provided\s+that|providing|on\s+condition|as\s+long\s+as|so\s+long\s+as)\b",
    re.IGNORECASE,
)
_HEDGE = re.compile(
    r"\b(?:hopes?\s+to|hoping|try\s+to|tries\s+to|consider|considering|perhaps|possibly|"
    r"maybe|usually|typically|often)\b",
    re.IGNORECASE,
)
_PAST_AUX = re.compile(
    r"\b(?:had|was|were|did|used\s+to|would\s+have|could\s+have|should\s+have)\s+"
    r"(?:\w+ly\s+|also\s+|already\s+)?$",
    re.IGNORECASE,
)
_PAST_REPORT = re.compile(
    r"\bhad\s+(?:\w+ly\s+)?(?:said|promised|pledged|vowed|agreed|announced|told|planned|"
    r"hoped|expected|insisted|claimed|committed)\b",
    re.IGNORECASE,
)
_MONTHS = (
    "january february march april may june july august september october november december"
).split()
_PAST_TIME = re.compile(
    r"\blast\s+(?:year|decade|century|summer|winter|spring|autumn|fall|month|"
    + "|".join(_MONTHS)
    + r")\b|\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+"
    r"(?:years?|months?|decades?)\s+ago\b|\b(?:previously|back\s+then|at\s+the\s+time|"
    r"in\s+the\s+past)\b",
    re.IGNORECASE,
)
_YEAR_REFERENCE = re.compile(
    r"\b(?:in|since|during|from)\s+(?:(?:early|late|mid-?)\s*)?(?:(?P<month>"
    + "|".join(_MONTHS)
    + r")\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)

_RELATIVE_WHO = re.compile(r",\s+(?:who|whose)\b[^,]*,")
# Background in commas ("The road, first promised in 2019, will open ..."): its dates
# belong to the background, not to the pledge around it.
_BACKGROUND = re.compile(
    r",\s+(?:who|whose|which|first|originally|initially|once|[a-z]+ed\s+(?:in|on|last))\b[^,]*,"
)
_FORWARD_DEADLINE = re.compile(
    r"^\W*(?:by|within|before|no\s+later\s+than|in\s+the\s+(?:next|coming)|"
    r"over\s+the\s+(?:next|coming))\b[^,;]*",
    re.IGNORECASE,
)

# Where a committing clause starts (scanning left from the cue) and ends (right).
_LEFT_BOUNDARY = re.compile(
    r"(?:[;:—–]\s+|\s[—–]\s+|,\s+(?:but|and|as|while|although|though)\s+|\bbut\s+|"
    r"\b(?:said|says|told\s+[^,;:]{1,40}?|wrote|added|announced|insisted|warned|stated|"
    r"confirmed|noted|argued|claimed|explained),?\s+(?:only\s+|also\s+)?(?:that\s+)?|"
    r"\b(?:\w+ed|\w+s|told\s+[^,;:]{1,40}?)\s+(?:only\s+|also\s+)?that\s+)"
)
_HARD_BOUNDARY = re.compile(
    r"[;:—–]\s*|,\s+(?:but|and|as|while|although|though|whereas)\s+|\bbut\s+"
)
_RELATIVE_START = re.compile(r",\s+(?:which|who)\s+")
_RIGHT_BOUNDARY = re.compile(
    r"\s[—–]\s|;\s|,\s+(?:but|while|although|though|as|which|who|whereas)\s|\sbut\s|"
    r",\s+(?:unveiling|saying|adding|citing|calling|noting|including)\b"
)
_TRIM_CHARS = " \t\n,.;:!?“”\"‘’'—–-()"


# ---------------------------------------------------------------------------
# Sentences with their context
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Sentence:
    start: int
    text: str
    paragraph: int
    headline: bool
    quote_span: int | None = None
    attribution: str | None = None


def _build_sentences(text: str) -> list[_Sentence]:
    paragraph_bounds = list(_paragraph_spans(text))
    sentences: list[_Sentence] = []
    span_id = 0
    open_quote = False
    paragraph = 0
    for start, end in sentence_spans(text):
        while paragraph + 1 < len(paragraph_bounds) and start >= paragraph_bounds[paragraph + 1][0]:
            paragraph += 1
            open_quote = False
        chunk = text[start:end]
        para_start, para_end = paragraph_bounds[paragraph]
        # A one-line paragraph without a full stop: headline style ("X to do Y").
        headline = (
            len(chunk) <= 140
            and text[para_start:para_end].strip() == chunk
            and "\n" not in chunk
            and chunk[-1:] not in ".!?…”\"’"
        )
        starts_inside = open_quote
        depth_open = open_quote
        for char in chunk:
            if char == "“":
                depth_open = True
            elif char == "”":
                depth_open = False
            elif char == '"':
                depth_open = not depth_open
        has_quote = starts_inside or any(c in chunk for c in "“”\"")
        if not starts_inside and has_quote:
            span_id += 1
        sentence = _Sentence(start, chunk, paragraph, headline)
        if has_quote:
            sentence.quote_span = span_id
        sentences.append(sentence)
        open_quote = depth_open
    return sentences


# ---------------------------------------------------------------------------
# Noun phrases and speakers
# ---------------------------------------------------------------------------

_TOKEN = re.compile(r"[^\W\d_][\w’'.\-]*|\d[\d,.]*%?|[^\w\s]")


def _is_word(token: str) -> bool:
    return token[:1].isalpha()


def _is_capitalised(token: str) -> bool:
    return token[:1].isupper()


def _is_possessive(token: str) -> bool:
    return token.endswith(("’s", "'s", "s’", "s'"))


def _walk_back(text: str) -> str | None:
    """The noun phrase that ends where `text` ends ("... Nato secretary-general Mark Rutte").

    Capitalised words, possessives and a closed set of title words are taken; anything
    else (a verb, a preposition, punctuation) ends the phrase. That is crude, but
    attributions in news copy are formulaic enough for it.
    """
    tokens = _TOKEN.findall(text)
    taken: list[str] = []
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        low = token.lower()
        if not _is_word(token):
            break
        if not taken and (low in _PERSON_PRONOUNS | _OTHER_PRONOUNS | _FIRST_PERSON):
            return low
        if low in _DETERMINERS:
            taken.append(token)
            break
        if _is_capitalised(token) or _is_possessive(token) or low in _DESCRIPTOR_WORDS:
            taken.append(token)
            continue
        if low in {"of", "and"} and taken and index > 0 and _is_capitalised(tokens[index - 1]):
            taken.append(token)
            continue
        break
    taken.reverse()
    while taken and (taken[0].lower() in _DISCOURSE_WORDS or taken[0].lower() in {"of", "and"}):
        taken.pop(0)
    if not taken or all(t.lower() in _DETERMINERS for t in taken):
        return None
    return " ".join(taken)


def _walk_forward(text: str) -> str | None:
    """The noun phrase that starts `text` ("said Mark Osei, the company's chairman")."""
    head, _, rest = text.partition(",")
    first = _walk_forward_plain(head)
    appositive = _walk_forward_plain(rest) if rest else None
    return _prefer_name(first, appositive)


def _walk_forward_plain(text: str) -> str | None:
    tokens = _TOKEN.findall(text)
    taken: list[str] = []
    for token in tokens:
        low = token.lower()
        if not _is_word(token):
            break
        if not taken and low in _DETERMINERS:
            taken.append(token)
            continue
        if _is_capitalised(token) or _is_possessive(token) or low in _DESCRIPTOR_WORDS:
            taken.append(token)
            continue
        if low == "of" and taken:
            taken.append(token)
            continue
        break
    while taken and taken[-1].lower() in {"of"} | _DETERMINERS:
        taken.pop()
    if not taken:
        return None
    return " ".join(taken).rstrip(".")


def _looks_like_name(phrase: str | None) -> bool:
    if not phrase:
        return False
    tokens = phrase.split()
    return all(_is_capitalised(t) and not _is_possessive(t) for t in tokens) and len(tokens) <= 5


def _prefer_name(first: str | None, appositive: str | None) -> str | None:
    """Between "X, Y," pick the one that names someone ("Canada's minister, Claire Roy")."""
    first_name = _normalise(first) if first else None
    if first_name and _looks_like_name(first_name) and not first_name.startswith("the "):
        return first
    if appositive and _looks_like_name(_normalise(appositive)):
        return appositive
    return first or appositive


def _subject_before(sentence: str, position: int) -> str | None:
    """The phrase governing a verb at `position`, skipping an appositive if there is one."""
    prefix = sentence[:position]
    prefix = re.sub(
        r"(?:\s+(?:\w+ly|also|only|now|then|again|already|still|has|have|is|are|am|will|"
        r"would|formally|later|earlier|once))+\s*$",
        " ",
        prefix,
        flags=re.IGNORECASE,
    ).rstrip()
    if prefix.endswith(","):
        body = prefix[:-1]
        relatives = list(re.finditer(r",\s+(?:who|whose|which)\b", body))
        if relatives:
            return _walk_back(body[: relatives[-1].start()])
        comma = body.rfind(",")
        if comma < 0:
            return _walk_back(body)
        head = _walk_back(body[:comma])
        appositive = _walk_back(body[comma + 1 :])
        return _prefer_name(head, appositive)
    relative_who = re.search(r"\s+who\s+[^,]*$", prefix)
    if relative_who:
        return _walk_back(prefix[: relative_who.start()])
    return _walk_back(prefix)


def _normalise(phrase: str) -> str:
    """Short form of a speaker phrase: the name without titles, or the phrase itself.

    "German Chancellor Friedrich Merz" -> "Friedrich Merz", "the Kremlin" stays, and a
    description with no name in it ("a council spokesperson") is kept as written.
    """
    phrase = phrase.strip(" ,")
    if " and " in phrase:
        # "Ukraine and Russia agreed ...": both made the pledge.
        parts = [_normalise(part) for part in phrase.split(" and ")]
        if all(_looks_like_name(part) for part in parts):
            return " and ".join(parts)
    last_word = phrase.rsplit(" ", 1)[-1].rstrip(".").lower()
    if last_word not in _AMBIGUOUS_ABBREVIATIONS and not re.search(r"(?:^|\W)\w\.\w\.$", phrase):
        phrase = phrase.rstrip(".")
    if " of " in phrase:
        first, _, rest = phrase.partition(" of ")
        first_norm = _normalise(first)
        if _looks_like_name(first_norm) and len(first_norm.split()) >= 2:
            return first_norm
        if first.split()[0].lower() != "the":
            rest_norm = _normalise(rest)
            if _looks_like_name(rest_norm) and not _looks_like_name(first_norm):
                return rest_norm
        else:
            return "the " + phrase.split(" ", 1)[1]
    tokens = phrase.split()
    while tokens and tokens[0].lower() in _DISCOURSE_WORDS:
        tokens.pop(0)
    if not tokens:
        return phrase
    runs: list[list[str]] = []
    current: list[str] = []
    for token in tokens:
        low = token.lower()
        if _is_capitalised(token) and not _is_possessive(token) and low not in _DETERMINERS:
            if low.rstrip("s") in _DESCRIPTOR_WORDS or low in _DESCRIPTOR_WORDS:
                if current:
                    runs.append(current)
                current = []
                continue
            current.append(token)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    if runs:
        last = runs[-1]
        ends_phrase = tokens[-len(last) :] == last
        title_positions = [i for i, t in enumerate(last) if t.lower() in _TITLES]
        name = last[title_positions[-1] + 1 :] if title_positions else list(last)
        while name and name[0].lower() in _NATIONALITIES and len(name) > 1:
            name.pop(0)
        if name and name[0].lower() in _NATIONALITIES:
            name = []
        leading_the = tokens[0].lower() == "the"
        if leading_the and not title_positions and tokens[1:2] == last[:1] and ends_phrase:
            return "the " + " ".join(last)
        if name and ends_phrase:
            return " ".join(name)
        tail = tokens[tokens.index(last[-1]) + 1 :]
        if name and all(t.lower() in _DESCRIPTOR_WORDS for t in tail):
            # "Northbridge council": a named organisation described by its kind.
            if tokens[0].lower() in _DETERMINERS:
                tokens = tokens[1:]
            return " ".join(tokens)
    if tokens[0] in {"The", "A", "An"} or tokens[0].lower() in _DESCRIPTOR_WORDS:
        tokens[0] = tokens[0].lower()  # sentence-initial capital, not a name
    return " ".join(tokens)


def _is_named(speaker: str | None) -> bool:
    if not speaker:
        return False
    return any(
        _is_capitalised(t) and not _is_possessive(t) and t.lower() not in _DESCRIPTOR_WORDS
        for t in speaker.split()
    )


def _is_org(speaker: str) -> bool:
    low = speaker.lower()
    return low.startswith("the ") or low.split()[-1] in _ORG_HEADS


def same_speaker(a: str | None, b: str | None) -> bool:
    """Whether two speaker strings plausibly name the same speaker.

    Articles give a full name once and a surname afterwards, and organisations come
    with or without "the"; comparing the trailing words covers both.
    """
    if not a or not b:
        return False

    def words(value: str) -> list[str]:
        tokens = re.findall(r"[\w’'\-.]+", value.casefold().replace("’", "'"))
        tokens = [t.rstrip(".") for t in tokens]
        if tokens and tokens[0] in {"the", "a", "an"}:
            tokens = tokens[1:]
        return tokens

    left, right = words(a), words(b)
    if not left or not right:
        return False
    shorter, longer = sorted((left, right), key=len)
    return longer[-len(shorter) :] == shorter


class _People:
    """Who the article names, so that "he" and a bare surname can be resolved.

    Built from the attributions themselves plus names that follow a title; a name seen
    in full once ("Donald Trump") lets later surnames ("Trump") be expanded.
    """

    _TITLED = re.compile(
        r"(?i:\b(?:president|chancellor|minister|secretary(?:-general)?|senator|sen\.|"
        r"governor|mayor|envoy|adviser|ambassador|leader|director|executive|chief|"
        r"spokesman|spokeswoman|spokesperson|chairman|chairwoman|mr\.?|mrs\.?|ms\.?|dr\.?|"
        r"prof\.?|gen\.?|vice-president|commissioner|of\s+state))\s+"
        r"((?:[A-Z][\w’'\-]+\s+){0,2}[A-Z][\w’'\-]+)"
    )

    def __init__(self) -> None:
        self.full_names: set[str] = set()
        self.surnames: dict[str, set[str]] = {}

    def add(self, name: str) -> None:
        if name.lower().startswith("the ") or name.split()[-1].lower() in _ORG_HEADS:
            return  # organisations are never "he" or "she"
        if not _looks_like_name(name):
            return
        self.full_names.add(name)
        parts = name.split()
        if len(parts) >= 2:
            self.surnames.setdefault(parts[-1], set()).add(name)
        else:
            self.surnames.setdefault(name, set())

    # "Jane Doe met voters on Monday." -- a full name opening a sentence.
    _SUBJECT = re.compile(r"^[“\"]?((?:[A-Z][\w’'\-]+\s+){1,2}[A-Z][\w’'\-]+)(?=,|\s+[a-z])")

    def scan(self, text: str, sentences: Iterable[str] = ()) -> None:
        for match in self._TITLED.finditer(text):
            name = _normalise(match.group(1))
            if name.split()[0].lower() not in _TITLES | _NATIONALITIES:
                self.add(name)
        for sentence in sentences:
            match = self._SUBJECT.match(sentence)
            if match is None:
                continue
            words = match.group(1).split()
            stop = _DETERMINERS | _DISCOURSE_WORDS | _TITLES | _NATIONALITIES | _DESCRIPTOR_WORDS
            if not any(w.lower() in stop or w.lower() in _LEADING_FUNCTION_WORDS for w in words):
                self.add(" ".join(words))

    def expand(self, name: str) -> str:
        parts = name.split()
        if len(parts) == 1:
            full = self.surnames.get(name, set())
            if len(full) == 1:
                return next(iter(full))
        return name

    def first_mention(self, text: str) -> str | None:
        best: tuple[int, str] | None = None
        for surname in self.surnames:
            match = re.search(rf"\b{re.escape(surname)}\b", text)
            if match and (best is None or match.start() < best[0]):
                best = (match.start(), surname)
        return self.expand(best[1]) if best else None


# ---------------------------------------------------------------------------
# The extractor
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Cue:
    kind: str
    start: int
    end: int


def _cues(text: str, headline: bool) -> list[_Cue]:
    """Every commitment cue in a sentence, noun look-alikes filtered out."""
    found: list[_Cue] = []
    for match in _STRONG.finditer(text):
        word = match.group()
        before = text[: match.start()]
        if re.fullmatch(r"(?:pledge|promise|vow|swear)s?", word) and not word.endswith(" to"):
            followed = re.match(r"\s+(?:\w+\s+){0,2}?(?:to|that|not)\b", text[match.end() :])
            if not (followed or _SUBJECTLIKE_BEFORE.search(before)) or _NOUN_BEFORE.search(before):
                continue
        elif word.endswith("ed") and _NOUN_BEFORE.search(before):
            continue
        elif word.startswith("guarantee") and not _SUBJECTLIKE_BEFORE.search(before):
            continue  # "security guarantees to Ukraine" is a noun
        elif word.endswith("ing") and not re.match(r"\s+(?:to|that|not)\b", text[match.end() :]):
            continue
        found.append(_Cue("strong", match.start(), match.end()))
    for kind, pattern in (
        ("agree", _AGREE),
        ("will", _WILL),
        ("plan", _PLAN),
        ("expected", _EXPECTED),
        ("would", _WOULD),
        ("maybe", _MAYBE),
        ("goal", _GOAL),
    ):
        for match in pattern.finditer(text):
            before = text[: match.start()]
            if kind == "will" and re.search(
                r"\b(?:the|political|free|good|own|ill|his|her|their|its|our|my|your|of)\s+$",
                before,
                re.IGNORECASE,
            ):
                continue
            if kind == "plan" and _NOUN_BEFORE.search(before):
                continue
            found.append(_Cue(kind, match.start(), match.end()))
    if headline:
        says = re.search(r"\b(?:says?|said)\s+([^,;:]{1,40}?)\s+to\s+[‘'“\"]?[a-z]", text)
        bare = re.match(r"([^,;:]{2,50}?)\s+to\s+[‘'“\"]?[a-z]", text)
        if says:
            found.append(_Cue("headline", says.start(1), says.end() - 1))
        elif bare and len(bare.group(1).split()) <= 5:
            last = bare.group(1).split()[-1]
            if _is_capitalised(last) or last.lower() in _ORG_HEADS | _DESCRIPTOR_WORDS:
                found.append(_Cue("headline", 0, bare.end() - 1))
    # One cue per position: "will" inside "is going to" and the like.
    found.sort(key=lambda cue: (cue.start, -_BASE[cue.kind]))
    unique: list[_Cue] = []
    for cue in found:
        if unique and cue.start < unique[-1].end:
            continue
        unique.append(cue)
    return unique


def _clause_bounds(text: str, cue: _Cue) -> tuple[int, int]:
    """The committing clause around a cue: after "said"/"that"/"as", up to a "—" or "but"."""
    left = 0
    background = [m.span() for m in _BACKGROUND.finditer(text)]
    for match in _LEFT_BOUNDARY.finditer(text, 0, cue.start):
        inside = any(start < match.start() < end for start, end in background)
        if match.end() <= cue.start and not inside:
            left = match.end()
    for match in _RELATIVE_START.finditer(text, 0, cue.start):
        if "," not in text[match.end() : cue.start] and match.start() >= left:
            left = match.start() + 1
    right = len(text)
    right_match = _RIGHT_BOUNDARY.search(text, cue.end)
    if right_match:
        right = right_match.start()
    trailing = _trailing_attribution(text, cue.end)
    if trailing is not None:
        right = min(right, trailing[0])
    return left, right


def _trailing_attribution(text: str, after: int) -> tuple[int, str] | None:
    """An attribution after the cue: ", Trump said." / ",” he said." / ", said Jo Lee."

    Returns where the attribution starts (to end the clause there) and the speaker
    phrase.
    """
    for match in _REPORT.finditer(text, after):
        verb = match.group()
        if verb.startswith("according"):
            comma = text.rfind(",", after, match.start())
            if comma < 0:
                continue
            phrase = _walk_forward(text[match.end() :])
            if phrase:
                return comma, phrase
            continue
        between = text[after : match.start()]
        punct = max(between.rfind(","), between.rfind("”"), between.rfind('"'))
        if punct < 0:
            continue
        gap = between[punct + 1 :]
        if len(gap.split()) > 6:
            continue
        phrase = _subject_before(text, match.start()) if gap.strip(" ,”\"") else None
        if phrase is None and not gap.strip(" ,”\""):
            phrase = _walk_forward(text[match.end() :])
        if phrase:
            return after + punct, phrase
    return None


def _clean(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM_CHARS:
        start += 1
    while end > start and text[end - 1] in _TRIM_CHARS:
        end -= 1
    if text[start:end].lower().startswith("that "):
        start += 5
    # Re-include a closing quote or bracket whose opening half survived the trim.
    body = text[start:end]
    for opening, closing in (("“", "”"), ("‘", "’"), ("(", ")")):
        if body.count(opening) > body.count(closing) and text[end : end + 1] == closing:
            end += 1
            body = text[start:end]
    return start, end


class _Extractor:
    def __init__(self, text: str, published: datetime, tz: str | ZoneInfo) -> None:
        self.text = text
        self.zone = tz if isinstance(tz, ZoneInfo) else ZoneInfo(tz)
        if published.tzinfo is None:
            published = published.replace(tzinfo=self.zone)
        self.published = published
        self.tz = tz
        self.sentences = _build_sentences(text)
        self.people = _People()
        self.people.scan(text, (sentence.text for sentence in self.sentences))
        for sentence in self.sentences:
            if len(sentence.text) > _MAX_SENTENCE_CHARS:
                continue
            for match in _REPORT.finditer(sentence.text):
                phrase = self._phrase_for_report(sentence.text, match)
                if phrase:
                    name = _normalise(phrase)
                    if _is_named(name) and name.lower() not in _PERSON_PRONOUNS:
                        self.people.add(name)
        self.span_attributions: dict[int, str] = {}
        for index, sentence in enumerate(self.sentences):
            sentence.attribution = self._attribution(index)
            if sentence.quote_span is not None and sentence.attribution:
                self.span_attributions.setdefault(sentence.quote_span, sentence.attribution)

    # -- speakers -------------------------------------------------------------

    def _phrase_for_report(self, text: str, match: re.Match[str]) -> str | None:
        if match.group().startswith("according"):
            return _walk_forward(text[match.end() :])
        phrase = _subject_before(text, match.start())
        if phrase is None:
            phrase = _walk_forward(text[match.end() :])
        return phrase

    def _attribution(self, index: int) -> str | None:
        sentence = self.sentences[index]
        if len(sentence.text) > _MAX_SENTENCE_CHARS:
            return None
        for match in _REPORT.finditer(sentence.text):
            phrase = self._phrase_for_report(sentence.text, match)
            speaker = self._resolve(phrase, index, match.start()) if phrase else None
            if speaker:
                return speaker
        return None

    def _resolve(self, phrase: str, index: int, position: int) -> str | None:
        """Turn a speaker phrase into a speaker, following "he"/"it" back in the text."""
        low = phrase.lower()
        if low in _FIRST_PERSON:
            return None
        if low in _PERSON_PRONOUNS | _OTHER_PRONOUNS:
            earlier = self.sentences[index].text[:position]
            for match in _REPORT.finditer(earlier):
                found = self._phrase_for_report(earlier, match)
                if found and found.lower() not in _ANY_PRONOUN:
                    return self.people.expand(_normalise(found))
            return self._from_context(index, person=low in _PERSON_PRONOUNS)
        return self.people.expand(_normalise(phrase))

    def _from_context(self, index: int, *, person: bool) -> str | None:
        paragraph = self.sentences[index].paragraph
        for back in range(index - 1, max(-1, index - 7), -1):
            sentence = self.sentences[back]
            if paragraph - sentence.paragraph > 2:
                break
            attribution = sentence.attribution
            if attribution and (not person or not _is_org(attribution)):
                return attribution
            if person:
                mention = self.people.first_mention(sentence.text)
                if mention:
                    return mention
            elif attribution:
                return attribution
        return None

    def _span_attribution(self, index: int) -> str | None:
        span = self.sentences[index].quote_span
        return None if span is None else self.span_attributions.get(span)

    def _speaker(self, index: int, cue: _Cue) -> tuple[str | None, bool]:
        """Who made the commitment, and whether we had to guess it from the context.

        Order of evidence: a reporting verb before the cue ("Merz said the meeting
        could..."), the subject of a commitment verb ("the Kremlin agreed to"), an
        attribution after it (", Trump said."), the quotation it belongs to, the named
        subject of a "will", and last the nearest earlier attribution.
        """
        text = self.sentences[index].text
        for match in _REPORT.finditer(text, 0, cue.start):
            if match.end() > cue.start:
                break
            phrase = self._phrase_for_report(text, match)
            if phrase and phrase.lower() not in _FIRST_PERSON:
                speaker = self._resolve(phrase, index, match.start())
                if speaker:
                    return speaker, False
        subject = _subject_before(text, cue.start)
        if cue.kind == "headline" or (
            cue.kind in _VERB_CUES and subject and subject.lower() not in _FIRST_PERSON
        ):
            if cue.kind == "headline":
                # "X says Y to act": X speaks; "X to act": X is both actor and speaker.
                if cue.start:
                    subject = _walk_back(re.sub(r"\s+(?:says?|said)\s*$", "", text[: cue.start]))
                else:
                    subject = text[: text.find(" to ")]
            if subject:
                speaker = self._resolve(subject, index, cue.start)
                if speaker:
                    return speaker, False
        trailing = _trailing_attribution(text, cue.end)
        if trailing is not None:
            speaker = self._resolve(trailing[1], index, len(text))
            if speaker:
                return speaker, False
        spanned = self._span_attribution(index)
        if spanned:
            return spanned, False
        if subject and _is_named(subject) and subject.lower() not in _FIRST_PERSON:
            return self._resolve(subject, index, cue.start), False
        if subject and subject.lower() in _PERSON_PRONOUNS | _OTHER_PRONOUNS:
            return self._resolve(subject, index, cue.start), True
        return self._from_context(index, person=True), True

    # -- judging a cue ----------------------------------------------------------

    def _is_past(self, region: str) -> bool:
        if _PAST_TIME.search(region) or _PAST_REPORT.search(region):
            return True
        published = self.published.astimezone(self.zone)
        for match in _YEAR_REFERENCE.finditer(region):
            year = int(match.group("year"))
            month = match.group("month")
            if year < published.year:
                return True
            if year == published.year and month:
                if _MONTHS.index(month.lower()) + 1 < published.month:
                    return True
        return False

    def _deadline(self, text: str, clause: tuple[int, int], cue: _Cue) -> Deadline | None:
        start, end = clause
        if cue.kind in _VERB_CUES:
            # "vowed on Monday to cut ..." -- the day of the vow is not the deadline.
            tail = re.search(r"\b(?:to|that)\s", text[cue.start : end])
            if tail:
                start = cue.start + tail.start()
        start, end = _clean(text, start, end)
        found = parse_deadline(text[start:end], self.published, self.tz)
        if found is None:
            lead = _FORWARD_DEADLINE.match(text[:start])
            if lead:
                found = parse_deadline(lead.group(), self.published, self.tz)
        return found

    def _score(self, index: int, cue: _Cue) -> tuple[float, str | None, Deadline | None, int, int]:
        """Confidence for one cue, with its speaker, deadline and promise bounds.

        Vetoes come first (question, past frame, negation, a condition on a weak cue)
        because no amount of supporting evidence turns "did not confirm that Russia
        would" into a pledge. What survives is scored additively, so that a reviewer
        can see why one candidate outranks another: the cue's own strength, plus a
        named speaker, plus a time frame, minus hedges.
        """
        sentence = self.sentences[index]
        text = sentence.text
        nothing = (0.0, None, None, 0, 0)
        left, right = _clause_bounds(text, cue)
        clause = text[left:right]
        prefix = text[left : cue.start]
        after = text[cue.end : right]
        matrix = _BACKGROUND.sub(",", text[:right])

        if "?" in text[cue.start :]:
            return nothing
        if _RELATIVE_WHO.search(text) and any(
            m.start() < cue.start < m.end() for m in _RELATIVE_WHO.finditer(text)
        ):
            return nothing  # "X, who will retire next year, said ..." is biography
        if _PAST_AUX.search(text[: cue.start]):
            return nothing
        if cue.kind in {"would", "maybe"} and re.match(r"\s+have\b", after):
            return nothing  # "would have", "could have": what did not happen
        if self._is_past(matrix):
            return nothing
        subject = _subject_before(text, cue.start)
        first_person = bool(subject) and subject.lower() in _FIRST_PERSON
        negated_after = _POST_NEGATION.search(after) is not None and cue.kind != "strong"
        # The clause itself, and the words governing it ("did not confirm that X would"),
        # but not an earlier clause that a "but" or a semicolon has already closed.
        governing = text[max(0, left - 60) : left]
        closed = list(_HARD_BOUNDARY.finditer(governing))
        if closed:
            governing = governing[closed[-1].end() :]
        if _NEGATION.search(prefix) or _NEGATION.search(governing):
            return nothing
        if negated_after and not (first_person and cue.kind == "will"):
            return nothing

        score = _BASE[cue.kind]
        conditional = _CONDITION.search(clause) is not None
        if conditional:
            if cue.kind != "strong":
                return nothing
            score -= 0.2
        if _HEDGE.search(clause):
            score -= 0.15
        if negated_after:
            score -= 0.05

        deadline = self._deadline(text, (left, right), cue)
        if deadline is not None:
            if deadline.due < self.published - timedelta(days=1):
                return nothing  # a deadline already behind us is history, not a pledge
            score += 0.1 if deadline.vague else 0.2
        elif cue.kind in {"maybe", "goal"}:
            return nothing  # "could"/"target" commit to nothing without a time frame

        if cue.kind == "would":
            reported = (
                _REPORT.search(text[: cue.start]) is not None
                or sentence.quote_span is not None
                or _trailing_attribution(text, cue.end) is not None
            )
            if not reported:
                score -= 0.2
        speaker, guessed = self._speaker(index, cue)
        if speaker:
            if _is_named(speaker):
                score += 0.1 if guessed else 0.2
            else:
                score += 0.05 if guessed else 0.1
        if first_person and sentence.quote_span is not None:
            score += 0.05

        if cue.kind in _VERB_CUES:
            start = cue.start
        elif cue.kind == "headline" and cue.start > 0:
            start = cue.start
        else:
            start = left
        start, end = _clean(text, start, right)
        if end <= start:
            return nothing
        return max(0.0, min(1.0, score)), speaker, deadline, start, end

    def run(self) -> list[Candidate]:
        candidates: list[Candidate] = []
        seen: set[str] = set()
        for index, sentence in enumerate(self.sentences):
            if sentence.text in seen or len(sentence.text) > _MAX_SENTENCE_CHARS:
                continue
            best: tuple[float, str | None, Deadline | None, int, int] | None = None
            best_cue: _Cue | None = None
            for cue in _cues(sentence.text, sentence.headline)[:_MAX_CUES_PER_SENTENCE]:
                scored = self._score(index, cue)
                if scored[0] >= MIN_CONFIDENCE and (best is None or scored[0] > best[0]):
                    best, best_cue = scored, cue
            if best is None or best_cue is None:
                continue
            confidence, speaker, deadline, start, end = best
            seen.add(sentence.text)
            candidates.append(
                Candidate(
                    speaker=speaker,
                    promise=sentence.text[start:end],
                    quote=sentence.text,
                    deadline=deadline,
                    deadline_text=deadline.matched if deadline else None,
                    confidence=round(confidence, 2),
                    start=sentence.start,
                    cue=sentence.text[best_cue.start : best_cue.end],
                )
            )
        return candidates


def extract_pledges(
    text: str, published: datetime, tz: str | ZoneInfo = "UTC"
) -> list[Candidate]:
    """Candidate pledges in `text`, in reading order, at most one per sentence.

    `published` anchors relative deadlines ("within two weeks" of what?) and decides
    what counts as history ("in February 2022" before it); a naive datetime is read in
    `tz`, the server's time zone.
    """
    if not text.strip():
        return []
    return _Extractor(text, published, tz).run()
