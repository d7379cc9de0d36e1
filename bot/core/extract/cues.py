"""Word lists and the patterns of commitment, negation, condition and past frames."""

from __future__ import annotations

import re

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
_MONTHS: tuple[str, ...] = tuple(
    "january february march april may june july august september october november december".split()
)
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
