"""Noun phrases and speakers: who a sentence commits."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from bot.core.extract.actors import SUBORDINATORS
from bot.core.extract.appositions import apposed_people
from bot.core.extract.body_titles import BODY_KIND, body_before_person
from bot.core.extract.capitals import is_capitalised
from bot.core.extract.cues import (
    DESCRIPTOR_WORDS,
    DETERMINERS,
    DISCOURSE_WORDS,
    FIRST_PERSON,
    INTERROGATIVES,
    LEADING_FUNCTION_WORDS,
    NATIONALITIES,
    ORG_HEADS,
    OTHER_PRONOUNS,
    PERSON_PRONOUNS,
    TITLES,
    has_title,
)
from bot.core.extract.postings import posting_start
from bot.core.extract.sentences import (
    AMBIGUOUS_ABBREVIATIONS,
)

# ---------------------------------------------------------------------------
# Noun phrases and speakers
# ---------------------------------------------------------------------------

_TOKEN = re.compile(r"[^\W\d_][\w’'.\-]*|\d[\d,.]*%?|[^\w\s]")


def _is_word(token: str) -> bool:
    return token[:1].isalpha()


def _is_possessive(token: str) -> bool:
    return token.endswith(("’s", "'s", "s’", "s'"))


# The small words inside a surname: "Ursula von der Leyen", "Ruud van Nistelrooy".
PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "du", "le", "la", "ter"})


# A sentence whose subject is "he"/"she", after a leading time or place if any: "On
# Monday at 11:15 a.m. he meets ...", "And then she travels ...".
_PRONOUN_SUBJECT = re.compile(
    r"^\W*(?:(?:and|then|but|so|later|afterwards)\W+)*(?:(?:on|at|in|after|this|next)\b"
    r"(?:\d[:.]\d|[^,;:]){0,40}?\s+)?(?:he|she)\b(?!\s+(?:said|says|told|added))",
    re.IGNORECASE,
)


def _particle(tokens: list[str], index: int) -> bool:
    """A name particle between a capitalised word (or another particle, or the start)
    before it and a capitalised word after it."""
    if tokens[index] not in PARTICLES or index + 1 >= len(tokens):
        return False
    before, after = tokens[index - 1] if index else "", tokens[index + 1]
    return (before in {"", "and"} or is_capitalised(before) or before in PARTICLES) and (
        is_capitalised(after) or after in PARTICLES
    )


_CONTRACTED = re.compile(r"[’'](?:ll|d|re|ve|m|s)$")
# Courtesy words of Parliament inside a name: "my right hon. Friend", "the hon. Member".
_COURTESY = frozenset({"hon.", "hon", "right", "honourable", "gallant", "learned", "noble"})


def _courteous(word: str, following: str) -> bool:
    """A courtesy word inside a name; "right" only as in "right hon." ("It is only right
    Ministers will": not "right Ministers")."""
    if word == "right":
        return following.lower() in ("hon.", "hon", "honourable")
    return word in _COURTESY


# A body's acronym in brackets after its name ("The Food Standards Agency (FSA) said"):
# it restates the name, so the phrase is the name before it. Two capitals at least, so a
# seat ("MR. BARTLEY (Islington)") or a party ("(Conservative)") is not one.
# The short form a notice defines after a name, its last word again: "the Wireline
# Competition Bureau (Bureau)", "the Federal Maritime Commission (the Commission)"
# (blind159, stop 68).
_SHORT_FORM_TAIL = re.compile(r"\s*\((?:the\s+)?(?P<short>[A-Z][a-z]+)\)\s*$")
_ACRONYM_TAIL = re.compile(r"\s*\((?=[^()]*[A-Z][^()]*[A-Z])[A-Z][A-Za-z&]{1,9}\)\s*$")


def walk_back(text: str) -> str | None:
    """The noun phrase that ends where `text` ends ("... Nato secretary-general Mark Rutte").

    Capitalised words, possessives and a closed set of title words are taken; anything
    else (a verb, a preposition, punctuation) ends the phrase. That is crude, but
    attributions in news copy are formulaic enough for it.
    """
    short = _SHORT_FORM_TAIL.search(text)
    if short and re.search(rf"\b{short['short']}$", text[: short.start()]):
        text = text[: short.start()]  # "the Wireline Competition Bureau (Bureau)"
    named = _ACRONYM_TAIL.sub("", text)
    if named != text and re.search(r",\s+(?:[A-Z][\w’'\-]*\s+(?:and\s+)?)*[A-Z][\w’'\-]*$", named):
        # "the Department for Science, Innovation and Technology (DSIT)": the words after
        # the comma are the tail of a longer name, no name of their own.
        return None
    tokens = _TOKEN.findall(named)
    taken: list[str] = []
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        low = token.lower()
        if not _is_word(token):
            break
        base = _CONTRACTED.sub("", low)  # "We’ll": the pronoun
        if not taken and (base in PERSON_PRONOUNS | OTHER_PRONOUNS | FIRST_PERSON):
            return base
        if taken and (_courteous(low, taken[-1]) or _particle(tokens, index)):
            taken.append(token)  # "My right hon. Friend", "Ursula von der Leyen"
            continue
        if low in DETERMINERS:
            taken.append(token)
            inner = index > 1 and tokens[index - 1].lower() == "of"
            if low == "the" and inner and is_capitalised(tokens[index - 2]):
                continue  # "the Government of the Russian Federation"
            break
        if is_capitalised(token) or _is_possessive(token) or low in DESCRIPTOR_WORDS:
            taken.append(token)
            continue
        if (
            low in {"of", "and", "for"}
            and taken
            and index > 0
            and is_capitalised(tokens[index - 1])
        ):
            taken.append(token)
            continue
        break
    taken.reverse()
    while taken and (
        taken[0].lower() in DISCOURSE_WORDS | SUBORDINATORS
        or taken[0].lower() in {"of", "and", "for"}
    ):
        taken.pop(0)
    if not taken or all(t.lower() in DETERMINERS for t in taken):
        return None
    return " ".join(taken)


def walk_forward(text: str) -> str | None:
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
        if low in DETERMINERS and (not taken or taken[-1].lower() == "of"):
            taken.append(token)  # "The Presidents of the Commission"
            continue
        if is_capitalised(token) or _is_possessive(token) or low in DESCRIPTOR_WORDS:
            taken.append(token)
            continue
        if low == "of" and taken:
            taken.append(token)
            continue
        break
    while taken and taken[-1].lower() in {"of"} | DETERMINERS:
        taken.pop()
    if not taken:
        return None
    return " ".join(taken).rstrip(".")


def looks_like_name(phrase: str | None) -> bool:
    if not phrase:
        return False
    tokens = phrase.split()
    return (
        all((is_capitalised(t) or t in PARTICLES) and not _is_possessive(t) for t in tokens)
        and is_capitalised(tokens[-1])
        and len(tokens) <= 5
    )


def _prefer_name(first: str | None, appositive: str | None) -> str | None:
    """Between "X, Y," pick the one that names someone ("Canada's minister, Claire Roy")."""
    first_name = normalise(first) if first else None
    if appositive and first_name and looks_like_name(normalise(appositive)):
        if looks_like_name(first_name):
            return appositive  # "... son of Mobutu Sese Seko, Nzanga Mobutu, told"
    if first_name and looks_like_name(first_name) and not first_name.startswith("the "):
        return first
    if appositive and looks_like_name(normalise(appositive)):
        return appositive
    return first or appositive


_CAPITALISED_RUN = r"[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*)*"
_PLACE_LIST = re.compile(
    r"(?:\s+and\s+(?:his|her|their|its|the)\s+\w+)?\s+(?:from|in|at)\s+"
    + _CAPITALISED_RUN
    + r"(?:,\s*(?:and\s+)?"
    + _CAPITALISED_RUN
    + r")*(?:,?\s+and\s+"
    + _CAPITALISED_RUN
    + r")\s*$"
)


def _named_in_chain(body: str) -> str | None:
    """ "Jyrki Katainen, Vice-President of the Commission, responsible for Jobs, Growth,
    Investment and Competitiveness, currently also in charge of ..., said": in a chain of
    appositives the person is the name a title follows, however long the title runs."""
    chunks = [chunk.strip() for chunk in body.split(",")]
    for at in range(len(chunks) - 2, -1, -1):
        name, title = chunks[at], chunks[at + 1].split()
        words = name.split()
        if (
            2 <= len(words) <= 4
            and looks_like_name(name)
            and not has_title(words)
            and title
            and title[0].lower().rstrip(".") in TITLES
        ):
            return name
    return None


# Parliament's style: the office, then the holder's name in brackets ("the Parliamentary
# Under Secretary of State for Environment, Food and Rural Affairs (George Eustice),").
_BRACKETED_NAME = re.compile(
    r"\b(?:Secretary|Minister|Chancellor|Leader|Solicitor|Attorney|Paymaster|Chief)\b"
    r"[^()]{0,120}\(((?:(?:Lord|Lady|Baroness|Sir|Dame|Dr|Mr|Mrs|Ms)\.?\s+)?"
    r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3})\)\s*,?$"
)


# The letters after a member's or an honour-holder's name: "Jane Roe, MLA", "Sam Hale MSP",
# "Simon Hamilton, MLA," (set off by commas, as an apposition is).
_LETTERS = r"(?:MP|MLA|MSP|MS|TD|MEP|AM|QC|KC|MHK|MLC|MHA|OBE|CBE|MBE|KBE|DBE|JP)"
_POSTNOMINAL = re.compile(rf",?\s+{_LETTERS}\.?,?\s*$")


# The same letters after a person's name in a speaker phrase, at its end or before an
# apposition: "Kirsty Williams AM", "Jeane Freeman MSP, the Health Secretary". A name is two
# capitalised words or more with no article before it: in "a Labour MP" or "the SNP MSP" the
# letters make the member, the word before them is a party (the final review of stop 52). A
# phrase that is the letters alone, or a body's name holding them ("the AM group"), is
# untouched.
_NAMED_MEMBER = re.compile(
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bone\s)"
    rf"(?P<name>\b[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)+),?\s+{_LETTERS}\b\.?(?P<rest>,|\s*$)"
)


# A stored heading that runs the name into the answer's first word, with no space or line
# break between: "§ Mr. Ian StewartI am glad to say", "Mr. GregoryTo ask". The capital
# word after a surname's lower-case letters is the answer's, not the name's (stop 57, xs57).
_RUN_IN = re.compile(r"\b[A-Z][\w’'\-]*?[a-z]{3}(?P<tail>I|To|The|We|My|It)$")


def without_letters(phrase: str) -> str:
    """`phrase` without the letters after a member's name: "Lesley Griffiths AM" ->
    "Lesley Griffiths", as the text names her when it drops them; and without the word a
    stored heading runs into the name ("Ian StewartI" -> "Ian Stewart")."""
    phrase = _NAMED_MEMBER.sub(r"\g<name>\g<rest>", phrase).rstrip(" ,") or phrase
    run_in = _RUN_IN.search(phrase)
    return phrase[: run_in.start("tail")] if run_in else phrase


def subject_before(sentence: str, position: int) -> str | None:
    """The phrase governing a verb at `position`, skipping an appositive if there is one."""
    return _subject_ending(sentence[:position])


# Asked about the same words up to three times a cue (the score, the speaker, the
# sentence's own actor): read once. Only the words before the verb count.
@lru_cache(maxsize=1024)
def _subject_ending(prefix: str) -> str | None:
    # "the Cabinet together with regional executive authorities should": the Cabinet.
    prefix = re.sub(
        r"\s+(?:together|jointly|along|in\s+conjunction|in\s+co-?operation)\s+with\s+[^,]{1,80}$",
        "",
        prefix,
    )
    # "Secretary Blinken and his counterparts from Japan, Australia, and India will":
    # the list of places says where the others come from; the subject is Blinken.
    prefix = _PLACE_LIST.sub("", prefix)
    # "The Prime Minister was pleased to accept": the subject of the attitude.
    prefix = re.sub(
        r"\s+(?:was|were|is|are|am)\s+(?:\w+ly\s+)?(?:pleased|glad|happy|delighted|proud|"
        r"ready|willing|keen|eager)\s+to\s*$",
        " ",
        prefix,
    )
    prefix = re.sub(
        r"(?:\s+(?:(?-i:[a-z]\w*ly)|also|only|now|then|today|yesterday|tonight|again|already|still|has|have|had|is|are|am|will|remains?|"
        r"would|formally|later|earlier|once))+\s*$",
        " ",
        prefix,
        flags=re.IGNORECASE,
    ).rstrip()
    # "Finance Minister Simon Hamilton, MLA have announced": the member, not the letters.
    prefix = _POSTNOMINAL.sub("", prefix)
    posted = posting_start(prefix)  # "Jane Roe, Ambassador to Chile said": not Chile
    head = walk_back(prefix[:posted]) if posted is not None else None
    if head and looks_like_name(head):
        return head
    bracketed = _BRACKETED_NAME.search(prefix)
    if bracketed:
        return bracketed.group(1)  # "the Minister of State for Immigration (Caroline Nokes)"
    if prefix.endswith(","):
        body = prefix[:-1]
        relatives = list(re.finditer(r",\s+(?:who|whose|which)\b", body))
        if relatives:
            # "The National Constitutional Assembly (NCA), which ...": without the acronym.
            head = re.sub(r"\s*\([A-Z][A-Za-z]{1,7}\)$", "", body[: relatives[-1].start()])
            return walk_back(head)
        comma = body.rfind(",")
        if comma < 0:
            return walk_back(body)
        head = walk_back(body[:comma])
        described = re.match(r"\s*(?:the|an?)\s+[a-z][\w\-]*\s+[a-z]", body[comma + 1 :])
        # "President Juncker, accompanied by Vice-President Dombrovskis,": the party.
        described = described or re.match(r"\s*(?:accompanied|joined)\s+by\b", body[comma + 1 :])
        # "The Foundation, the charitable body responsible for ... in England,": the
        # appositive describes the subject; the name at its end is no speaker.
        appositive = None if described and head else walk_back(body[comma + 1 :])
        return _named_in_chain(body) or _prefer_name(head, appositive)
    relative_who = re.search(r",?\s+who\b[^,]*$", prefix)  # "The Vice President, who shall"
    if relative_who:
        return walk_back(prefix[: relative_who.start()])
    return walk_back(prefix)


# "The National Constitution Assembly", "the Broadcast Board of Governors", "The Department
# for Work and Pensions (DWP)": a body's proper name, kept whole.
_BODY_NAME = re.compile(
    r"^[Tt]he\s+[A-Z][\w’'.\-]*(?:\s+(?:[A-Z][\w’'.\-]*|of|for|and|on|the))*?\s+[A-Z][\w.\-]*"
    r"(?:\s+\([A-Z]{2,}\))?$"
)
_BODY_HEADS = ORG_HEADS | frozenset(
    """
    office assembly commission parliament court service bureau institute foundation
    association federation forum secretariat reserve executive army navy force
    """.split()
)


def _body_name(words: list[str]) -> bool:
    """Whether capitalised `words` after "the" name a body, not a titled person ("the
    Prime Minister Keir Starmer"): no title among them unless a body's head ends them."""
    names = [w for w in words if is_capitalised(w) and not w.startswith("(")]
    if any(_is_possessive(w) for w in names) or len(names) < 2:
        return False
    if names[-1].lower() in _BODY_HEADS:
        return True
    return not any(w.lower() in TITLES or w.lower() in NATIONALITIES for w in names)


def _office_of(phrase: str, rest: str) -> str:
    """An office "of" something ("First Deputy Chief of the General Staff Colonel General
    Sergei Rudskoy", "The First Deputy Chief of Staff"): the holder named after a title
    in what follows, else the whole office; never the title's first words alone."""
    holder = normalise(rest) if rest else ""
    lead = rest[: len(rest) - len(holder)].split() if rest.endswith(holder) else []
    if lead and lead[-1].lower() in TITLES and looks_like_name(holder):
        return holder  # "Secretary of State Marco Rubio"
    if phrase.startswith("The "):
        return "the " + phrase[4:]
    return phrase


def _and_in_body(piece: str, name: str) -> bool:
    """Whether the "and" before `piece` is inside a body's name: what comes before the
    holder's `name` is capitalised words of a body and then a title in lower case
    ("Standards Authority chief executive Emily Miles")."""
    if not piece.endswith(name) or piece == name:
        return False
    lead = piece[: len(piece) - len(name)].split()
    return (
        is_capitalised(lead[0])
        and lead[0].lower() not in TITLES
        and lead[-1].lower() in TITLES
        and not is_capitalised(lead[-1])
    )


def _portfolio(tokens: list[str]) -> bool:
    """An office "for" a portfolio ends the phrase ("Minister for Foreign Affairs Simon
    Harris", "Under Secretary for Food Safety Jose Emilio Esteban"): where the portfolio
    ends and the name begins is not in the words, so the phrase is kept whole."""
    for index in range(1, len(tokens) - 1):
        if tokens[index] == "for" and tokens[index - 1].lower() in TITLES:
            rest = tokens[index + 1 :]  # "... Gaeltacht and the Islands" (stop 58)
            return all(
                is_capitalised(token)
                or token == "and"
                or (token == "the" and at > 0 and rest[at - 1] == "and")
                for at, token in enumerate(rest)
            )
    return False


def _and_form(phrase: str) -> str | None:
    """ "Ukraine and Russia agreed ...": both made the pledge; but an "and" inside a
    body's name joins no two ("Food Safety and Standards Authority chief executive
    Emily Miles": Emily Miles)."""
    pieces = phrase.split(" and ")
    parts = [normalise(part) for part in pieces]
    if _and_in_body(pieces[-1], parts[-1]):
        return parts[-1]
    if all(looks_like_name(part) for part in parts):
        lead = pieces[0].split()
        if looks_like_name(pieces[0]) and any(word.lower() in TITLES for word in lead[:-1]):
            return parts[0]  # two titled leaders: the first named stands for both
        return " and ".join(parts)
    return None


def _of_form(phrase: str) -> str | None:
    """A phrase with "of": an office ("First Deputy Chief of Staff"), a name before a
    body ("Mark Osei of Northline"), a body after a description, or "the ... of ..."."""
    first, _, rest = phrase.partition(" of ")
    if first.rsplit(" ", 1)[-1].lower() in TITLES:
        return _office_of(phrase, rest)
    first_norm = normalise(first)
    if body_before_person(first_norm, rest):
        return normalise(rest)  # "U.S. Department of Energy Secretary Rick Perry": the person
    words = rest.split()
    if BODY_KIND.search(first) and words and is_capitalised(words[0]):
        if len(words) == 1 or words[-1].lower() not in TITLES:  # "of Energy Secretary": an office
            # "U.S. Department of State" is the body's name, not "U.S. Department"
            return re.sub(r"^The\s", "the ", phrase)
    if looks_like_name(first_norm) and len(first_norm.split()) >= 2:
        return first_norm
    if first.split()[0].lower() == "the":
        return "the " + phrase.split(" ", 1)[1]
    rest_norm = normalise(rest)
    if looks_like_name(rest_norm) and not looks_like_name(first_norm):
        return rest_norm
    return None


# a named unit of a park or land service ("Haleakala National Park", "Tonto National
# Forest"): "National" is a descriptor word of offices, which cut the name to its last word
_PARK_UNIT = re.compile(
    r"^[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}\s+National\s+(?:Park|Forest"
    r"|Monument|Seashore|Lakeshore|Preserve|Wildlife\s+Refuge|Recreation\s+Area"
    r"|Historic(?:al)?\s+(?:Site|Park))$"
)


# Read once a phrase per paste (`Extractor` clears it): the look-backs for a speaker ask
# again of the same phrase, three to eighty times in a transcript. Stop 56, perf.
@lru_cache(maxsize=4096)
def normalise(phrase: str) -> str:
    """Short form of a speaker phrase: the name without titles, or the phrase itself.

    "German Chancellor Friedrich Merz" -> "Friedrich Merz", "the Kremlin" stays, and a
    description with no name in it ("a council spokesperson") is kept as written.
    """
    phrase = phrase.strip(" ,")
    phrase = without_letters(phrase)  # "said Kirsty Williams AM": Kirsty Williams
    if _BODY_NAME.match(phrase) and _body_name(phrase.split()[1:]):
        return "the " + phrase.split(" ", 1)[1]  # "The Federal Reserve", "the Bank of England"
    joined = _and_form(phrase) if " and " in phrase else None
    if joined:
        return joined
    last_word = phrase.rsplit(" ", 1)[-1].rstrip(".").lower()
    if last_word not in AMBIGUOUS_ABBREVIATIONS and not re.search(r"(?:^|\W)\w\.\w\.$", phrase):
        phrase = phrase.rstrip(".")
    if re.search(r"(?i)\bhon\b", phrase):
        return _office_of(phrase, "")  # "My right hon. Friend", "the hon. Member for Bath"
    lord = " of " in phrase and re.match(r"(?:Lord|Lady|Baroness|Baron|Earl|Viscount)\s", phrase)
    if lord or _PARK_UNIT.search(phrase):  # one name: "Haleakala National Park", not "Park"
        return phrase  # "Lord McIntosh of Haringey" is one name, the place included
    if re.match(
        r"(?i)(?:the\s+)?(?:members|signatories|parties|participants)\s+(?:of|to)\s+[A-Z]", phrase
    ):
        return phrase[0].lower() + phrase[1:]  # "Members of the Charter": the members
    short = _of_form(phrase) if " of " in phrase else None
    if short:
        return short
    tokens = phrase.split()
    while tokens and tokens[0].lower() in DISCOURSE_WORDS:
        tokens.pop(0)
    if not tokens:
        return phrase
    if _portfolio(tokens):
        return _office_of(" ".join(tokens), "")
    runs: list[list[str]] = []
    current: list[str] = []
    for position, token in enumerate(tokens):
        low = token.lower()
        after_title = position and tokens[position - 1].lower() in TITLES
        if (current or not position or after_title) and _particle(tokens, position):
            current.append(token)  # "Ursula von der Leyen"
            continue
        if is_capitalised(token) and not _is_possessive(token) and low not in DETERMINERS:
            if low.rstrip("s") in DESCRIPTOR_WORDS or low in DESCRIPTOR_WORDS:
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
        title_positions = [i for i, t in enumerate(last) if t.lower() in TITLES]
        name = last[title_positions[-1] + 1 :] if title_positions else list(last)
        while name and name[0].lower() in NATIONALITIES and len(name) > 1:
            name.pop(0)
        if name and name[0].lower() in NATIONALITIES:
            name = []
        leading_the = tokens[0].lower() == "the"
        if leading_the and not title_positions and tokens[1:2] == last[:1] and ends_phrase:
            return "the " + " ".join(last)
        if name and ends_phrase:
            return " ".join(name)
        tail = tokens[tokens.index(last[-1]) + 1 :]
        if name and all(t.lower() in DESCRIPTOR_WORDS for t in tail):
            # "Northbridge council": a named organisation described by its kind.
            if tokens[0].lower() in DETERMINERS:
                tokens = tokens[1:]
            return " ".join(tokens)
    title = len(tokens) > 1 and all(is_capitalised(token) for token in tokens)
    if tokens[0] in {"The", "A", "An"} or (tokens[0].lower() in DESCRIPTOR_WORDS and not title):
        tokens[0] = tokens[0].lower()  # sentence-initial capital, not a name ("Prime Minister" is)
    return " ".join(tokens)


def is_specific(speaker: str | None) -> bool:
    """A name, or an office written as one: "the Minister", "the Government" (capitals
    after "the" single out one holder or body, where "a minister" does not)."""
    if is_named(speaker):
        return True
    words = (speaker or "").split()
    return len(words) >= 2 and words[0].lower() == "the" and is_capitalised(words[-1])


def is_named(speaker: str | None) -> bool:
    if not speaker:
        return False
    return any(
        is_capitalised(t) and not _is_possessive(t) and t.lower() not in DESCRIPTOR_WORDS
        for t in speaker.split()
    )


def is_org(speaker: str) -> bool:
    low = speaker.lower()
    return low.startswith("the ") or low.split()[-1] in ORG_HEADS


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


# An ordinal opens a stage's or a round's name, never a person's: "Third Reading". Not
# "First": "First Minister", "First Lady" are offices their holders are known by.
_ORDINALS = frozenset("second third fourth fifth final".split())


class People:
    """Who the article names, so that "he" and a bare surname can be resolved.

    Built from the attributions themselves plus names that follow a title; a name seen
    in full once ("Donald Trump") lets later surnames ("Trump") be expanded.
    """

    _TITLED = re.compile(
        r"(?i:\b(?:president|chancellor|minister|secretary(?:-general)?|senator|sen\.|"
        r"governor|mayor|envoy|adviser|ambassador|leader|director|executive|chief|"
        r"spokesman|spokeswoman|spokesperson|chairman|chairwoman|mr\.?|mrs\.?|ms\.?|dr\.?|"
        r"prof\.?|gen\.?|vice-president|commissioner|of\s+state))[ \t]+"
        # A name stays on its line: "MR. HANBURY" above "The contractor ..." is Hanbury.
        # A middle initial stays in it: "Antony J. Blinken", not "Antony".
        r"((?:[A-Z][\w’'\-]+[ \t]+|[A-Z]\.[ \t]+(?=[A-Z])){0,2}[A-Z][\w’'\-]+)"
    )

    def __init__(self) -> None:
        self.full_names: set[str] = set()
        self.surnames: dict[str, set[str]] = {}
        self._mentions: re.Pattern[str] | None = None

    def add(self, name: str) -> None:
        if name.lower().startswith("the ") or name.split()[-1].lower() in ORG_HEADS:
            return  # organisations are never "he" or "she"
        if not looks_like_name(name) or name.split()[-1].lower() in {"no", "nos"}:
            return  # "Executive Order No. 11868" names a document
        if name.split()[0].lower() in INTERROGATIVES | LEADING_FUNCTION_WORDS:
            return  # "How would you describe", "As announced": a sentence's first word
        if name.split()[0].lower() in _ORDINALS:
            return  # "Third Reading", "Second Reading": a stage of a bill, never a person
        self.full_names.add(name)
        self._mentions = None
        parts = name.split()
        if len(parts) >= 2:
            self.surnames.setdefault(parts[-1], set()).add(name)
        else:
            self.surnames.setdefault(name, set())

    # "Jane Doe met voters on Monday." -- a full name opening a sentence.
    _SUBJECT = re.compile(r"^[“\"]?((?:[A-Z][\w’'\-]+\s+){1,2}[A-Z][\w’'\-]+)(?=,|\s+[a-z])")
    # '"John Bull and Uncle Sam" opens on Monday': a quoted title, whose quotation
    # closes on a word, not on the punctuation of speech; the names in it are no one's.
    _TITLE = re.compile(r"^[“\"][^”\"]{1,150}?[^\W\d_][”\"]\s+[a-z]")

    def scan(self, text: str, sentences: Iterable[str] = ()) -> None:
        for match in self._TITLED.finditer(text):
            name = normalise(match.group(1))
            if name.split()[0].lower() not in TITLES | NATIONALITIES:
                self.add(name)
        for sentence in sentences:
            match = None if self._TITLE.match(sentence) else self._SUBJECT.match(sentence)
            if match is None:
                continue
            words = match.group(1).split()
            stop = DETERMINERS | DISCOURSE_WORDS | TITLES | NATIONALITIES | DESCRIPTOR_WORDS
            if not any(w.lower() in stop or w.lower() in LEADING_FUNCTION_WORDS for w in words):
                self.add(" ".join(words))
        for name in apposed_people(text):  # "Burns, the former chairman of ..., was asked"
            self.add(name)

    def expand(self, name: str) -> str:
        if " and " in name:  # "Sullivan and Jhinaoui": each named in full, as the text did
            parts = name.split(" and ")
            full = [self._expand_part(part) for part in parts]
            # Only people the text names, each another: "Marks and Spencer" and "Johnson
            # and Johnson" are companies, whatever minister shares a surname with them.
            people = all(f != p or p in self.full_names for p, f in zip(parts, full, strict=True))
            return " and ".join(full) if people and len(set(full)) == len(full) else name
        parts = name.split()
        if len(parts) == 1:
            full = self.surnames.get(name, set())
            if len(full) == 1:
                return next(iter(full))
        return name

    def _expand_part(self, name: str) -> str:
        """One of two joint actors in full, unless the "full name" found is a title's
        plural ("Presidents Sassoli and von der Leyen" gave "Presidents Sassoli")."""
        full = self.expand(name)
        return name if full.split()[0].lower().rstrip("s") in TITLES else full

    def object_mention(self, text: str) -> str | None:
        """`first_mention`, unless the sentence's subject is "he" or "she": then the
        people it names are whom that person deals with ("he meets with the Prime
        Minister, Mr Gillani"), and "he" in the next sentence is still the same one."""
        return None if _PRONOUN_SUBJECT.match(text) else self.first_mention(text)

    def first_mention(self, text: str) -> str | None:
        """The person named first in `text`; at one place, the one the article named
        first. One pattern for all the names: a paste that names thousands of people
        would otherwise cost a search per name per sentence."""
        if not self.surnames:
            return None
        if self._mentions is None:
            names = "|".join(re.escape(surname) for surname in self.surnames)
            self._mentions = re.compile(rf"\b(?:{names})\b")
        match = self._mentions.search(text)
        return self.expand(match.group()) if match else None
