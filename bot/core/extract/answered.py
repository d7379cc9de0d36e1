"""A question from the floor written whole on its own line, and the answer below it.

Old Hansard prints an oral or written question as one paragraph, "asked the Secretary of
State for Education whether the grant will be paid in full in 1976.", with the answer in
the next paragraph and no speaker named. `passages` carries a question's flag over the
unlabelled paragraphs after it, for the Lords' form in which "asked Her Majesty's
Government:" only introduces the question written below it. A question paragraph that
ends its own sentence already holds the whole question: what follows it is the answer
("I shall make a statement in due course about ..."), not more of the question, so the
flag leaves that paragraph (the unlabelled ones after it, a member's supplementary and
the reply, keep it as before), and the answer is given to the one the question asks ("the Secretary
of State for Education and Science"), who answers it.

A written answers page prints the answerer on a record line of its own instead ("Answered
by First Minister | Answered on 15/03/2024"): the prose paragraphs below it are that
office-holder's, "I will ask him to write to you" included, up to the next heading (a line
that ends no sentence: the next question's department, its reference).

Issue 13, round 25b (blind35's missed Commons answers); round 26b (blind36's answers).
"""

from __future__ import annotations

import re

# Whom the question asks: "asked the Secretary of State for Education and Science whether";
# the words of its name run to the first lower-case word that is not "of", "for" or "and".
_ASKED = re.compile(r"asked\s+(?P<who>the(?:\s+(?:[A-Z][\w’'\-]*|of|for|and|the|in))+)")
_SMALL = re.compile(r"(?:\s+(?:of|for|and|the|in))+$")
# "Answered by Deputy Minister for Arts, Sport and Tourism | Answered on 17/01/2024": the
# answerer, up to the bar (`floor` reads the same line in a block of single lines).
ANSWERER = r"Answered\s+by\s+(?:the\s+)?(?P<who>[A-Z][^|\n]{2,80}?)\s*"
_RECORD_LINE = re.compile("^" + ANSWERER + r"(?:\(\d{1,2}/\d{1,2}/\d{2,4}\))?:?\s*(?:\||$)")
# An office takes "the" ("the Minister for Transport"); a person's name does not.
_OFFICE = re.compile(
    r"\b(?:Minister|Secretary|Leader|Chancellor|Attorney|Advocate|Solicitor|President|"
    r"Commissioner|Mayor|Lord|Government|Department|Executive|Office|Cabinet)\b"
)

Label = tuple[str | None, int, bool]


def answers_after_questions(labels: list[Label], paragraphs: list[str]) -> list[Label]:
    """`labels` (as `passages._carried_labels` gives them) with the question flag taken off
    the unlabelled paragraph that follows a question written whole ("asked the Minister
    whether ...", not "asked Her Majesty's Government:"), which the one asked speaks."""
    out = _deputy_asked(_answered_by(list(labels), paragraphs), paragraphs)
    out = _begged_replies(_addressed_replies(out, paragraphs), paragraphs)
    answering: str | None = None
    for number, (label, label_end, question) in enumerate(labels):
        text = paragraphs[number].strip()
        if question and text.startswith("asked "):
            asked = _ASKED.match(text)
            who = _SMALL.sub("", asked.group("who")) if asked else None
            answering = who if who and " " in who and not text.endswith(":") else None
            continue
        if answering and not label and not label_end and question:
            out[number] = (answering, 0, False)
        answering = None
    return out


def _answered_by(labels: list[Label], paragraphs: list[str]) -> list[Label]:
    """The prose paragraphs under an "Answered by ..." record line, the answerer's."""
    answerer: str | None = None
    for number, (label, label_end, question) in enumerate(labels):
        text = paragraphs[number].strip()
        record = _RECORD_LINE.match(text)
        if record:
            who = record.group("who").strip()
            answerer = "the " + who if _OFFICE.search(who) else who
            continue
        if label or label_end or question or not text.endswith((".", "!", "”", '"')):
            answerer = None
        elif answerer:
            labels[number] = (answerer, 0, False)
    return labels


# The Dáil's written answers: "181. Deputy Mark Ward asked the Minister for Education and
# Skills if ..." ("992 Deputy ..." without the stop; a title may run on past commas: "the
# Minister for Housing, Local Government and Heritage"), then headings ("View answer",
# "Written answers") and the answer's prose, which the one asked gives, up to the next
# question ("Questions (182)").
_DEPUTY_ASKED = re.compile(
    r"^\d+\.?\s+Deputy\s+[^\n]{2,80}?\s+asked\s+(?P<who>the\s+(?:Taoiseach|T\u00e1naiste|"
    r"Minister(?:(?:,\s+(?=[A-Z])|\s+)(?:[A-Z][\w\u2019'\-]*|of|for|and|the))*))"
)
_NEXT_QUESTION = re.compile(r"^Questions?\s+\(\d")
# Older pages name the member without "Deputy": "24 Tomás Mac Giolla asked the Minister for
# the Environment ...", "191 Mr. Kirk asked the Minister for Finance ...". The member's name
# line above the question carries over the answer, which the office asked gives; a speaker
# the paragraph names itself ("Mr. Smith: ...") is kept.
_MEMBER_ASKED = re.compile(
    r"^\d+\.?\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w\u2019'\-]*\.?\s+){0,3}?[A-Z][\w\u2019'\-]+"
    r"\s+asked\s+(?P<who>the\s+(?:Taoiseach|T\u00e1naiste|"
    r"Minister(?:(?:,\s+(?=[A-Z])|\s+)(?:[A-Z][\w\u2019'\-]*|of|for|and|the))*))"
)


def _deputy_asked(labels: list[Label], paragraphs: list[str]) -> list[Label]:
    """The prose paragraphs under a Dáil written question, the answering office-holder's
    (over a member's name line carried from above)."""
    answerer: str | None = None
    member = False  # the question is of the older form, without "Deputy"
    for number, text in enumerate(paragraphs):
        text = text.strip()
        asked = _DEPUTY_ASKED.match(text)
        older = None if asked else _MEMBER_ASKED.match(text)
        if asked or older:
            found = asked or older
            assert found is not None
            answerer = _SMALL.sub("", found.group("who"))
            member = older is not None
            labels[number] = (None, 0, True)  # the question itself commits nobody
        elif _NEXT_QUESTION.match(text):
            answerer = None
        elif member and labels[number][1]:
            answerer = None  # a speaker named in the paragraph answers it
        elif answerer and text.endswith((".", "!", "\u201d", '"', ":")):
            labels[number] = (answerer, 0, False)
    return labels


# The Lords asking a named peer across the floor: "Will the noble Earl, Lord Lucan, be good
# enough to say whether he can give us any information about the business of the House next
# week?" The reply below it, unlabelled on the page ("My Lords, I am much obliged ..."), is
# that peer's, not a peer the reply itself names ("the Duke of Montrose has a Motion").
_ADDRESSED = re.compile(
    r"\b(?:Will|Would|Can|Could)\s+(?:the|my)\s+noble\s+(?:and\s+[\w.]+\s+)?"
    r"(?:Earl|Lord|Viscount|Baroness|Lady|Marquess|Duke|Friend|friend)\s*,\s+"
    r"(?P<who>(?:Lord|Lady|Baroness|Viscount|Earl)\s+[A-Z][\w\u2019'\-]+(?:\s+of\s+[A-Z][\w\u2019'\-]+)?)\s*,"
)


def _addressed_replies(labels: list[Label], paragraphs: list[str]) -> list[Label]:
    """The unlabelled reply under a question put to a peer named in it, that peer's."""
    for number in range(len(paragraphs) - 1):
        text = paragraphs[number].strip()
        asked = _ADDRESSED.search(text) if text.endswith("?") else None
        reply = paragraphs[number + 1].strip()
        label, label_end, question = labels[number + 1]
        if asked and not label and not label_end and reply.startswith("My Lords"):
            labels[number + 1] = (asked.group("who"), 0, question)
    return labels


# Old Commons pages label the member who asks ("MR. BUCHANAN (Edinburgh, W.)", then "I beg
# to ask the President of the Board of Agriculture whether ...?") and sometimes not the
# minister who answers: the unlabelled paragraphs below, carried under the member's label,
# are the one asked's, except a supplementary, which ends in "?" (blind158, stop 68).
_BEG_TO_ASK = re.compile(
    r"I\s+beg\s+to\s+ask\s+(?P<who>the(?:\s+(?:[A-Z][\w\u2019'\-]*|of|for|and|the|in))+)"
)


def _begged_replies(labels: list[Label], paragraphs: list[str]) -> list[Label]:
    """The unlabelled replies to "I beg to ask the X whether ...?", X's."""
    asker: str | None = None
    asked: str | None = None
    for number, (label, label_end, question) in enumerate(labels):
        text = paragraphs[number].strip()
        begged = _BEG_TO_ASK.match(text)
        if begged and label and not question:
            asker, asked = label, _SMALL.sub("", begged.group("who"))
            continue
        if label_end or question or label != asker:
            asker = asked = None
        elif asked and not text.endswith("?"):
            labels[number] = (asked, 0, False)
    return labels
