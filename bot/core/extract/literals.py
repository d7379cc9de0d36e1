"""Words a cue pattern cannot match without, tested with `in` before the pattern runs.

A regular expression that opens with a word boundary and a list of words is tried at
every position of a sentence; on a 100 kB paste of sentences that hold none of its
words that scan is a tenth of the time (issue 13). Each tuple below lists, for every
alternative of its (case-sensitive) pattern, a piece of text that alternative always
contains, so a sentence without any of them has no match and the scan is skipped. Keep
a tuple in step with its pattern: `tests/core/test_extract_literals_s48.py` checks the
alternatives against it.
"""

from __future__ import annotations

#: `cues.REPORT`: the reporting verbs, "according to".
REPORT_WORDS = (
    "said", "say", "told", "tells", "add", "wrote", "writes", "announc", "stated",
    "declared", "insist", "warn", "confirm", "noted", "explained", "argued", "claimed",
    "stressed", "reiterated", "tweeted", "posted", "replied", "assured", "acknowledged",
    "ccording",
)  # fmt: skip
#: `cues.COMMIT_NOUN`: the commitment nouns, the sums announced ("£", "$", "€"), the goals
#: and dates set, "commits the", "determined to", "our intent to".
COMMIT_NOUN_WORDS = (
    "commit", "pledge", "undertaking", "assurance", "promise", "determin", "readiness",
    "resolve", "£", "$", "€", "goal", "target", "date", "deadline", "timetable", "intent",
)  # fmt: skip

#: `cues.ORDER`: the verbs of tasking ("instructed", "Instructions", "asked", "I direct"),
#: "until" (a time given), and what an order does ("The order gives", "requires").
ORDER_WORDS = (
    "nstruct", "ask", "direct", "order", "mandat", "requir", "oblig", "request", "charge",
    "commission", "invited", "until", "gives", "places", "sets", "provide", "bans",
    "establishes", "include", "concern", "call", "imposes", "prohibits", "extends",
    "involve", "relate",
)  # fmt: skip

#: `cues.PRESENT_PLAN`: its present verbs ("travels", "opens") and progressives ("is
#: visiting", "are hosting").
PRESENT_PLAN_WORDS = (
    "travel", "visit", "heads", "heading", "leaves", "leaving", "depart", "hosts", "hosting",
    "opens", "begins", "starts", "launch", "conven", "chairs", "chairing", "attends",
    "attending", "closes", "holding", "delivering", "publishing", "signing", "unveil",
    "addressing", "announcing", "speaking", "giving", "meeting", "concludes", "runs",
)  # fmt: skip
#: `futurate._OWN_TRIP`: "we fly", "I travel", "we head", "we leave", "I depart".
OWN_TRIP_WORDS = ("fly", "travel", "head", "leave", "depart")
#: `logistics._ARRANGEMENT` (read ignoring case: test with `holds_any_folded`): the press
#: and its pool, a call on background or the record, "originate", "topper".
ARRANGEMENT_WORDS = (
    "press", "media", "pool", "camera", "photographer", "reporter", "journalist",
    "background", "record", "originate", "topper",
)  # fmt: skip
# The only letters outside ASCII that a pattern read ignoring case takes for an ASCII
# one ("ſ" for "s", "ı" and "İ" for "i"; the Kelvin sign, "K", lowers to "k" itself).
_FOLDED_TO_ASCII = ("ſ", "ı", "İ")


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` contains one of `words` (a necessary test, never a sufficient one)."""
    for word in words:
        if word in text:
            return True
    return False


def holds_any_folded(text: str, words: tuple[str, ...]) -> bool:
    """`holds_any` for a pattern read ignoring case; `words` are in lower case."""
    if holds_any(text, _FOLDED_TO_ASCII):
        return True  # a word may be spelt with one of them: let the pattern read it
    return holds_any(text.lower(), words)
