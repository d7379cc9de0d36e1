"""Word lists and the patterns of commitment, condition and past frames (negations.py: negation)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice

from bot.core.extract.calendar_names import CAPITALISED_MONTHS, MONTHS, WEEKDAY
from bot.core.extract.causes import SCHEDULED
from bot.core.extract.commit_phrases import BEFORE_TO
from bot.core.extract.literals import REPORT_WORDS, holds_any

# -- Word lists ---------------------------------------------------------------

# Lowercase words that may sit inside a speaker's noun phrase ("Nato secretary-general",
# "a council spokesperson", "Putin's foreign policy adviser"): heads and modifiers.
DESCRIPTOR_WORDS = frozenset(
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
    opposition communications office embassy palace presidency secretariat
    """.split()
)
POSSESSIVES = frozenset("its his her their our my your".split())
DETERMINERS = frozenset("the a an this that these those".split()) | POSSESSIVES
PERSON_PRONOUNS = frozenset({"he", "she"})
OTHER_PRONOUNS = frozenset({"it", "they"})
FIRST_PERSON = frozenset({"i", "we"})
ANY_PRONOUN = PERSON_PRONOUNS | OTHER_PRONOUNS | FIRST_PERSON
LEADING_FUNCTION_WORDS = frozenset(
    "in on at after before when while if as for from with by since during under over "
    "beyond besides despite throughout amid amidst among alongside following unlike "
    "speaking writing asked".split()
)
# Words that open a question: "How would you describe ..." names no one called How.
INTERROGATIVES = frozenset("how what why where when which who whom whose whether".split())
DISCOURSE_WORDS = frozenset(
    "but and however later meanwhile so also yet still then now separately earlier".split()
)
# Capitalised words that are job titles, not names: dropped from the front of a name.
TITLES = frozenset(
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


def has_title(words: Iterable[str]) -> bool:
    """Whether any of `words` is a job title ("the Minister", "Secretary Rubio", "Dr."):
    a person, not a body or a thing."""
    return any(word.lower().strip(".,") in TITLES for word in words)


# Country and bloc modifiers: "German Chancellor Friedrich Merz" -> "Friedrich Merz".
NATIONALITIES = frozenset(
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
ORG_HEADS = frozenset(
    """
    council government ministry cabinet department agency authority administration
    company firm group union board club party committee bank regulator operator airline
    city state police
    """.split()
)

# -- Cue patterns -------------------------------------------------------------

# Verbs that make a decision or an act public: "announced that", "confirms £2 million".
MADE_PUBLIC = r"announced|announces|confirmed|confirms"
REPORT = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|wrote|writes|announced|announces|stated|"
    r"declared|insisted|insists|warned|warns|confirmed|confirms|noted|explained|argued|"
    r"claimed|stressed|reiterated|tweeted|posted|replied|assured|acknowledged|"
    r"[Aa]ccording\s+to)\b"
)
# A real sentence has a handful of reporting verbs; a paste of hundreds ("he said he said
# ...") would make the speaker search, which looks back from each one, quadratic in them.
_MAX_REPORTS_PER_SENTENCE = 12


def reports(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """The reporting verbs of `text[start:end]`, the first `_MAX_REPORTS_PER_SENTENCE`."""
    if not holds_any(text, REPORT_WORDS):  # no verb's letters: no scan (`literals`)
        return iter(())
    found = REPORT.finditer(text, start, len(text) if end is None else end)
    return islice(found, _MAX_REPORTS_PER_SENTENCE)


NOUN_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|its|his|her|their|our|my|your|this|that|new|election|campaign|"
    r"previous|broken|first|last|on|of|for|about|with)|’s|'s|\d)\s+$",
    re.IGNORECASE,
)
SUBJECTLIKE_BEFORE = re.compile(
    r"(?:\b[A-Z][\w’'.\-]*|\b(?:he|she|it|they|we|i|who|which|" + "|".join(ORG_HEADS) + r"))\s+$"
)

# Explicit commitment verbs. Bare and -s forms double as nouns ("a pledge", "security
# guarantees"), so they are checked against their context in `clauses.sentence_cues`.
STRONG = re.compile(
    r"\b(?:Pledging|Promising|Vowing|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|vow(?:s|ed|ing)?|swore(?!\s+in\b)|sworn(?!\s+in\b)|"
    r"swear(?:s|ing)?|undert(?:ook|akes?|aking|aken)\s+to|guarantee[sd]?\s+(?:to|that)|"
    r"commit(?:s|ted|ting)?(?:\s+(?:itself|themselves|himself|herself|ourselves|myself))?"
    rf"(?:{BEFORE_TO}|\s+to\b))\b"  # "committed under the plan to" (`commit_phrases`)
)
# "agreed on Thursday to", "agreed earlier this month to": a short adverbial may intervene.
_ADVERBIAL = r"(?:\s+(?:on\s+\w+day|in\s+principle|last\s+(?:night|week)|(?:earlier\s+)?this\s+"
_ADVERBIAL += r"(?:week|month)|\w+ly|also|now|today))?"
AGREE = re.compile(
    r"\b(?:agree[sd]?|agreeing)" + _ADVERBIAL + r"\s+(?:to|that)\b|\bsigned\s+up\s+to\b|"
    r"\bcommit(?:s|ted)\s+that\b"
)
WILL = re.compile(
    r"\b(?:will|shall)\b(?!\s+of\b)|[’']ll\b|\b(?:is|are|am)\s+going\s+to\b|[’']re\s+going\s+to\b"
)
# Whose an order's policy is: "the United States", "His Majesty's Government".
POLICY_OWNER = r"((?:the\s+)?[A-Z][\w.’'\-]*(?:\s+(?:[A-Z][\w.’'\-]*|of|for|and|the)){0,6})"
PLAN = re.compile(
    r"\b(?:plans?|planning|intends?|intending|aims?|aiming|expects?|expecting)\s+to\b|"
    r"\b(?:resolved|decided|opted)\s+to\s+(?=[a-z])|"
    # An order's policy line: "It is the policy of the United States to provide support",
    # "It shall be the policy of the Federal Government that agencies should". The owner
    # is a name ("His Majesty's Government"), so "not to comment" is no policy line; a
    # standing stance ("to remain impartial") or a present rule ("that asylum seekers are
    # not permitted to work") sets nothing to do.
    rf"\b[Ii]t\s+(?:is|shall\s+be)\s+(?:hereby\s+)?the\s+policy\s+of\s+{POLICY_OWNER}\s+"
    r"(?:to\s+(?!(?:remain|be|stay|keep|continue)\b)|that\s+(?=[^.;:]{0,200}?\b(?:will|"
    r"shall|should|must)\b))(?=[a-z])|"
    # "It is our intention to publish", "the Government's intention is to".
    r"\b(?:our|my|their|its|[’']s)\s+(?:firm\s+|clear\s+)?intention\s+(?:is\s+)?to\s+(?=[a-z])|"
    # A proposal put by whoever will carry it: "I propose to arrange", "proposed that we".
    r"\b(?:propose|proposes|proposed)\s+(?:to\s+(?=[a-z])|that\s+(?=we\b|I\b|the\s+two\b))|"
    # A decision taken: "the companies have chosen to undertake", "has decided to".
    # "has opted into this measure" is a choice made, the opt-in done: no act ahead.
    r"\b(?:has|have)\s+(?:\w+ly\s+|also\s+|now\s+)?(?:chosen|decided|"
    r"opted(?!\s+(?:in|into|out)\b)|resolved|planned)\b|"
    r"\b(?:is|are)\s+(?:now\s+|also\s+|currently\s+)?(?:arranging|preparing|drafting|"
    r"developing|working\s+on|setting\s+up)\b|"
    r"\b(?:is|are|[’']s)\s+(?:\w+ly\s+|also\s+|now\s+)?(?:set|poised)\s+to\b|"
    # British news style: "the club is to appoint an architect"; but a definition of a
    # duty or a leaning is no plan ("The duty of every generation is to change", "Our
    # natural inclination is to provide"). The lookahead first: fewer tries (stop 47).
    r"\b(?=(?:is|are)\s)(?<!duty\s)(?<!duties\s)(?<!inclination\s)(?<!instinct\s)"
    r"(?<!generation\s)(?<!task\s)(?<!role\s)(?<!job\s)(?<!idea\s)(?<!point\s)(?<!answer\s)"
    r"(?<!challenge\s)(?:is|are)\s+(?:also\s+)?to\s+(?!blame\b|be\s+blamed\b|what\b|which\b|whom\b)(?=[a-z])"
)
EXPECTED = re.compile(r"\b(?:is|are)\s+(?:also\s+)?(?:expected|likely|scheduled)\s+to\b")
WOULD = re.compile(r"\bwould\b")
# A proclamation's own directive: "I direct", "I hereby instruct", "I further order".
I_DIRECT = r"\bI\s+(?:do\s+)?(?:hereby\s+|further\s+|also\s+)?(?:direct|instruct|order|charge)"
# Obligations put on someone by an order, a decree or a law: "has been instructed to",
# "The order gives the Joint Chiefs of Staff 30 days", "The instructions include".
ORDER = re.compile(
    # "will be required to", not "may be asked to".
    r"\b(?:has|have|had|was|were|is|are|been|being|(?:(?<=will\s)|(?<=shall\s)|(?<=ll\s))be)"
    r"\s+(?:\w+ly\s+|also\s+|further\s+|hereby\s+)?"
    r"(?:instructed|asked|tasked|directed|ordered|mandated|required|obliged|obligated|"
    # "instructed jointly to examine", "is required by the terms of his contract to".
    # "The Commission is invited to present a proposal": the EU's way of tasking; but an
    # invitation to attend, speak or visit binds no one ("have been invited to attend").
    r"requested|charged|commissioned|invited(?!(?:\s+by\s+[^,.;]{1,60}?)?\s+to\s+"
    r"(?:attend|speak|visit|travel|join|"
    r"participate|take\s+part|address|come|meet|observe|watch|give|share|comment|the|a|an|"
    r"this|our|his|her)\b))"
    r"(?:\s+\w+ly|\s+by\s+[^,.;]{1,60}?)?\s+(?:to|with)\b|"
    r"\b(?i:order|decree|instructions?|law|act|bill|regulations?|directive|legislation|"
    r"rules?|charter|agreement|memorandum|statute|plans?|proposals?)"
    # "Instructions to the Government of the Russian Federation are related ... to".
    r"(?:\s+(?:to|for)\s+(?:the\s+)?[A-Z][^,.;:]{0,80}?(?:,\s+[a-z][^,.;:]{0,80},)?)?"
    r"\s+(?:also\s+|further\s+|now\s+)?"
    r"(?:gives|requires|obliges|places|sets|provides?(?:\s+for)?|bans|establishes|directs|"
    r"includes?|concerns?|calls?\s+for|instructs|orders|mandates|imposes|prohibits|extends|"
    # "relate, in particular, to developing", "involve amending legislation".
    r"involves?|relates?(?:,\s+in\s+particular,)?\s+to|(?:are|is)\s+related)\b|"
    # "The President instructed the Prosecutor General's Office ... to audit".
    r"\b(?:instructed|tasked|directed|obliged|charged|mandated|ordered)\s+(?:the\s+)?[A-Z]"
    r"(?:(?<=[A-Z])\.|[^,.;:]){0,80}?\s+"
    r"(?:to|with)\s+(?=[a-z])|"
    # A proclamation's own directive, its addressees maybe listed at length: "I direct the
    # Secretary of Defense on behalf of the Army, ..., to plan", "I hereby direct the
    # appropriate officials of the Government to display the flag".
    # Its "to" takes a bare verb: "I direct the House to the written statement" points.
    rf"{I_DIRECT}\s+(?:the|all)\s+(?!of\s+(?:you|us|them)\b)[^.;:]{{0,200}}?\s+to\s+"
    r"(?!(?:the|a|an|this|that|these|those|my|his|her|its|their|our|your|paragraph|page|"
    r"section|annex|appendix|chapter|article|clause)\b)(?=[a-z])|"
    r"\b(?:received|issued|given)\s+(?:\w+\s+){0,2}?instructions?\b|"
    # Instructions issued in the passive, or given for a thing to be done: "Instructions
    # have been issued to submit", "The Government was instructed as follows:", "gave the
    # instruction for local bodies to be established".
    r"\b[Ii]nstructions?\s+(?:\w+\s+){0,3}?(?:has|have)\s+(?:also\s+)?been\s+(?:issued|given)\b|"
    r"\b(?:was|were)\s+(?:also\s+)?(?:instructed|ordered|directed)\s+as\s+follows\b|"
    r"\b(?:gave|issued)\s+(?:the|an?|his|her)\s+instructions?\s+for\b|"
    # A readout's leaders setting their people to work: "They asked their teams to continue".
    # "concluded by asking officials to work together on".
    r"\b(?:asked|asking|instructed|instructing|tasked|tasking|directed|directing|commissioned)"
    r"\s+(?:(?:their|his|her|its|the|our)\s+)?"
    r"(?:[a-z]+\s+)?(?:teams?|officials|ministers|officers|staff|negotiators|departments?|"
    r"sherpas|authorities|agencies|ministries|regulators|councils|bodies)\s+"
    r"(?:to\s+(?=[a-z])|with\s+(?=[a-z]+ing\b))|"
    # An act that puts the obligation on someone: "a decision requiring Member States
    # to transpose", "an order directing the Secretary of Defense to submit".
    # A deadline granted: "The regulator has given banks until March to comply".
    r"\b(?:gave|given|gives|giving)\s+(?:[\w’'\-]+\s+){1,5}?until\s+[^,.;]{1,30}?\s+to\s+(?=[a-z])|"
    # "Member States have until 31 December 2025 to transpose the directive".
    r"\b(?:has|have)\s+until\s+[^,.;]{1,30}?\s+to\s+(?=[a-z])|"
    r"\b(?:requiring|obliging|directing|instructing|ordering|tasking|mandating)\s+"
    r"(?:the\s+|all\s+)?[A-Z][^,.;:]{0,80}?\s+to\s+(?=[a-z])"
)
# A guest's title: "the President of Finland", "the Prime Ministers of Norway".
_GUEST_TITLE = (
    r"(?-i:President|Prime\s+Ministers?|Chancellor|King|Queen|Emperor|Empress|Crown\s+"
    r"Prince(?:ss)?|Premier|Secretary|Ministers?|Governor|Mayor|Ambassador|Pope|Taoiseach)"
    r"(?![’'\w])"
)
# The audience told what to know, after its verb: "Members will wish to know that,
# additionally, the House will rise", "Colleagues should also be aware that Thursday will
# be estimates day": the news follows "that", and the audience is not its actor.
_AUDIENCE = (
    r"(?:also\s+)?(?:(?:wish|want|like)\s+to\s+(?:know|note|be\s+aware)|"
    r"be\s+(?:pleased|glad|interested)\s+to\s+(?:hear|know|learn))\s+that\b"
)
# (a bare "will be aware that" is what the listener knows, set aside by `procedures`)
AUDIENCE_TOLD = re.compile(r"\s+(?:" + _AUDIENCE + r"|(?:also\s+)?be\s+aware\s+that\b)")
# What follows a "will" that judges rather than commits: "will be of interest", "will
# have noticed", "will welcome the news".
EVALUATIVE = re.compile(
    r"\s+(?:be\s+(?:of\s+|a\s+(?:good|great|big|major|huge|real)\b|very\s+|"
    r"(?:important|vital|crucial|welcome|difficult|hard|easy|interesting|able|decisive|"
    r"essential|critical|necessary|instrumental|premature|inappropriate|appropriate|wrong|"
    r"unwise|wise|sensible|helpful|unhelpful|useful|fair|unfair|too\s+early|a\s+mistake)\b)|"
    # The briefer's own next words, not a commitment: "I'll update you on Florida".
    r"(?:update|tell|brief|walk)\s+you\b|take\s+(?:your\s+|some\s+|a\s+few\s+)?questions\b|"
    # A briefer's promise to the room: "he would come back to journalists on that".
    r"(?:check\s+and\s+)?(?:come|get)\s+back\s+to\s+(?:journalists|reporters|the\s+lobby)\b|"
    r"let\s+(?:journalists|reporters|the\s+lobby)\s+know\b|"
    # The briefing's own running order: "I'll do a couple of quick announcements at the
    # top", "I'll just be brief", "who is going to be here to talk about".
    r"(?:just\s+)?(?:be\s+brief|do\s+(?:a\s+)?(?:\w+\s+){0,3}?announcements?|"
    r"be\s+here\s+to\s+(?:talk|answer|take|brief)|get\s+to\s+(?:\w+\s+)?questions|"
    r"start\s+with|turn\s+(?:it\s+)?over|reach\s+(?:an?|its|the)\s+(?:[\w\-]+\s+){0,2}?milestone|"
    # A debate's running order and waiting to see: "I will give way", "I will come back to
    # that point", "We will see what the next few weeks bring", "He will be 70 next year".
    r"give\s+way|come\s+(?:back|on)\s+to\s+(?:that|this)\s+(?:point|question|issue|in)\b|see\s+(?:what|how|whether|if)|"
    # Waiting on events: "we're going to have to wait and see", "let the evidence unfold".
    r"(?:have\s+to\s+)?wait\s+and\s+see|"
    r"let\s+(?:\S+\s+){1,3}?(?:unfold|play\s+out|run\s+its\s+course|take\s+its\s+course)|"
    r"be\s+\d{1,3}(?:\s+years?\s+old)?(?=\s+(?:next|this|in|on|when)\b|\s*[.,]))\b|"
    r"be\s+(?:as|so|more|less|remembered|watching|monitoring)\b|"
    # A record, not an act: "Mr. Obama will be the first president to visit since 1928".
    r"be\s+the\s+(?:first|last|only|largest|biggest|youngest|oldest)\b|have\s+(?:noticed|seen|heard)\b|"
    # "will welcome the decision" judges; "will welcome Prime Minister Renzi" hosts him, as
    # "will welcome the 2015 NBA Champion Golden State Warriors to the White House" does;
    # only the first "to" can name the place ("welcome the decision to extend the scheme to
    # Scotland" judges); nor does "will welcome the President of Finland at the North
    # Portico": a titled guest is hosted ("the Government's decision" is judged).
    r"welcome\b(?!\s+(?-i:[A-Z]))(?!(?:(?!\sto\s)[^.;:]){1,120}?\sto\s+(?:the\s+)?(?-i:[A-Z]))"
    # A titled person's thing is judged: "will welcome the Secretary of State's decision".
    rf"(?!\s+the\s+{_GUEST_TITLE}(?!(?:\s+(?:of|for|the|[A-Z][\w\-]*))*[’']s\b))|"
    # The audience told what to know: "Members will wish to know that" (`AUDIENCE_TOLD`).
    r"appreciate\b|agree\b|know\b|" + _AUDIENCE + r"|understand\b|recall\b|remember\b|note\b|"
    # Watching, with nothing to check: "The changes will be kept under review."
    r"be\s+kept\s+under\s+review\s*[.;]?$)"
)
AUX_TAIL = re.compile(
    r"(?:\s+(?:(?-i:[a-z]\w*ly)|also|only|now|then|today|yesterday|tonight|again|already|still|has|have|is|are|am|was|were|"
    r"will|would|shall|formally|later|earlier|once|been|being|currently))+\s*$",
    re.IGNORECASE,
)
IRREGULAR_PAST = r"met|held|took|gave|made|began|sent|spoke|led|won|saw|told"  # no "-ed"
# The first finite verb of a sentence, whose subject is the sentence's actor.
FINITE = re.compile(
    r"\b(?:has|have|had|is|are|was|were|will|would|shall|should|can|could|may|must|might|"
    r"did|does|agreed|said|says|needs|wants|plans|faces|remains|continues|takes|makes|"
    r"gives|sets|extends|holds|meets|calls|urges|expects|seeks|intends|aims|agrees|warns|"
    r"travels|visits|" + IRREGULAR_PAST + r"|[a-z]{3,}ed)\b"
)
MUST = re.compile(r"\b(?:must|is\s+to\s+be|are\s+to\s+be|has\s+to|have\s+to)\b")
# Announced schedules: "is scheduled to sail", "the summit scheduled to take place",
# "This is expected next week", "are due to".
SCHEDULE = re.compile(
    r"\b" + SCHEDULED + r"\s+to\s+(?!be\s+(?:discussed|seen)\b)(?=[a-z])|"
    # "The final report is planned for spring 1998", "is envisaged to be completed".
    r"\b(?:is|are)\s+(?:now\s+|also\s+|currently\s+)?(?:planned|envisaged|intended|"
    r"scheduled|slated|timetabled|pencilled\s+in)\s+(?:to|for)\b|"
    r"\b(?:is|are|was|were)\s+(?:also\s+)?expected\b(?=\s+(?:to|next|on|in|later|this|by|"
    r"before|early|shortly|within)\b|\s*[.,])"
)
# Commitments named by a noun: "reiterated their unwavering commitment to providing".
COMMIT_NOUN = re.compile(
    r"\b(?:reiterated|restated|reaffirmed|renewed|confirmed|underlined|underscored|stressed|"
    r"expressed|made|gave|given|signalled|signaled|affirmed|announced|secured|obtained|won|"
    r"received|welcomed|welcomes|welcoming|noted|acknowledged|outlined|set\s+out|"
    r"doubl(?:e|es|ed|ing)\s+down\s+on)\s+(?:[\w’'\-]+\s+){0,3}?"
    r"(?:commitments?|pledges?|undertakings?|assurances?|promises?|determination|readiness|resolve)"
    r"(?:,\s+as\s+[^,.;]{1,40},)?\s+(?:to|that|from)\b|"
    # Money put to a purpose: "has today announced £2.35 billion to create more school
    # places", "announced up to $300 million in funding to support projects".
    rf"\b(?:{MADE_PUBLIC}|unveiled|unveils|allocated|allocates)\s+"
    r"(?:up\s+to\s+|over\s+|more\s+than\s+|a\s+further\s+|an\s+(?:extra|additional)\s+)?"
    r"[£$€]\s?\d[\d,.]*(?:\s*(?:bn|m|billion|million)\b)?(?:\s+(?:in|of)\s+(?:new\s+)?funding)?"
    # "to create", not "to the charity" nor "to local councils" (a grant made)
    r"(?=\s+to\s+(?!(?:the|a|an|its|their|his|her|our|this|these|those|each|every|all|some"
    r"|local)\b)[a-z]+\b)|"
    # A goal or a date set for someone: "an order which sets a new goal for the federal
    # government to reduce", "a proclamation setting a March 16 date for a referendum";
    # the cue stops before the date so that the date reads as the deadline.
    r"\b(?:sets?|setting)\s+(?:out\s+)?(?:a|an)\b(?=\s+(?:[\w’'\-]+\s+){0,3}?"
    r"(?:goal|target|date|deadline|timetable)\s+(?:for|of|to)\b)|"
    # "The executive order also commits the government to increasing".
    r"\bcommit(?:s|ted)\s+(?:the|its|their|his|her|our)\s+(?:[\w’'\-]+\s+){0,3}?to\s+(?=[a-z])|"
    # A resolve stated with no future cue: "We are determined to drive up performance".
    r"\b(?:am|are|is|remain|remains|[’']re|[’']m)\s+(?:\w+ly\s+|still\s+|now\s+)?"
    r"determined\s+to\s+(?=[a-z])|"
    # The commitment named as a noun, to an act: "our commitment to working with the
    # sector", "our intent to reform", "their resolve to work together"; not praise for
    # another's ("for their continued commitment to") nor a commitment to a thing.
    r"(?<!\bfor\s)\b(?:our|my|their|his|her|its|[’']s|a\s+\w+)\s+"
    r"(?:(?:firm|continued|continuing|clear|strong|full|unwavering|steadfast|shared|"
    r"bipartisan)\s+)?(?:commitment|intent|intention|determination|resolve)\s+to\s+"
    r"(?!(?:the|a|an|its|their|his|her|our|this|these|those|each|every|all|some|be)\b)"
    r"(?=[a-z])"
)
# Readout phrasing about a dated event: "accepted the invitation", "looked ahead to the
# summit in early 2025". Only with a time frame: "looked forward to working together"
# is a courtesy.
READOUT = re.compile(
    r"\b(?:accept(?:s|ed|ing)?|take\s+up)\s+(?:the|an|their|his|her|its)\s+invitation\b|"
    r"\b[Ll]ook(?:s|ed|ing)?\s+(?:ahead|forward)\s+to\b|"
    # A bare participle, as in bullets: "Cold Weather Trials scheduled for the New Year".
    r"\b(?:scheduled|slated|timetabled|planned)\s+for\b|"
    # "ahead of seeing", "ahead of the Prime Minister convening leaders in London today",
    # "ahead of the meeting of EU27 leaders on 9 May": with a time frame, a schedule.
    r"\b(?:ahead|Ahead)\s+of\s+(?=(?:(?:the|his|her|their)\s+)?(?:[A-Z][\w’'\-]*\s+){0,4}?[a-z]{3,}ing\b)"
)
# What makes a readout cue a plan without a date: a meeting, a trip, a consultation or an
# accepted invitation ("looked forward to meeting in person at the upcoming G20 Summit",
# "looks forward to consulting with the Chancellor"), not a courtesy ("looked forward to
# working closely together").
MEETING = re.compile(
    r"^\s*(?:meeting|seeing|visiting|hosting|welcoming|receiving|attending|travell?ing|"
    r"consulting)\b"
)
# Effective dates and sunsets: "expires on", "takes effect from", "with effect from",
# "from 1 April retailers may no longer".
EFFECTIVE = re.compile(
    r"\b(?:expires?|lapses?|takes?\s+effect|comes?\s+into\s+(?:force|effect)|"
    r"enters?\s+into\s+force|with\s+effect\s+from|effective\s+(?:from|on|as\s+of)|"
    r"appl(?:y|ies)\s+(?=from\s+\S*\d)|"
    r"(?:may|can|will|shall)\s+no\s+longer)\b"
)
# Present tense for a dated plan: "travels to Europe next week", "is now arranging for".
# An announced plan in the progressive, with the amount it commits: "has told the
# American people he is withdrawing 33,000 troops", "have today announced they are
# investing £25 million" (the cue is the progressive; "is relying on" commits nothing).
ANNOUNCED_PROGRESSIVE = re.compile(
    rf"\b(?:told|tells|{MADE_PUBLIC}|said|says)\s+(?:\S+\s+){{0,4}}?"
    r"(?:that\s+)?(?:he|she|they|we|it)\s+"
    r"((?:is|are|[’']s|[’']re)\s+(?:now\s+|also\s+)?(?!being\b|going\b)[a-z]+ing)\s+"
    r"(?:up\s+to\s+|about\s+|around\s+|more\s+than\s+|over\s+|a\s+further\s+|an\s+extra\s+)?"
    r"[£$€]?\d"
)
# A plan told in the plain present, which counts only with a time ahead (`NEED_DEADLINE`):
# "travels to Brussels on Monday"; an end or a release told the same way (stop 62, t1): "The
# secretary concludes his trip on Thursday, Aug. 24", "as the government unveils its new
# Strategic Defence Review tomorrow", "The consultation runs until 5 February 2018".
PRESENT_PLAN = re.compile(
    r"(?<![\w\-])(?:travels|visits|heads|leaves|departs|hosts|opens|begins|starts|launches|"
    r"convenes|chairs|attends|closes|concludes|unveils|"
    r"runs(?=\s+(?:until|through)\b))\b|"
    # The progressive says the same of a date ahead: "is travelling to Brussels next week".
    r"\b(?:is|are)\s+(?:\w+ly\s+|also\s+)?(?:travell?ing|visiting|heading|leaving|departing|"
    r"hosting|convening|chairing|attending|holding(?!\s+up\b)|delivering|publishing|signing|"
    r"launching|unveiling|addressing|announcing|speaking|giving|"
    # "is meeting President Macron tomorrow", not "is meeting its goals".
    r"meeting(?!\s+(?:\w+\s+){0,2}(?:goals?|targets?|needs?|demands?|expectations?|standards?|"
    r"obligations?|commitments?|requirements?|criteria|deadlines?|costs?)\b))\b"
)
# A programme told in prose, its day first: "On Monday at 11:15 a.m. he meets with the
# Prime Minister", "Tomorrow the Secretary receives the delegation". The day must lead:
# "Transport Secretary meets with industry ahead of next week's report" is today's news.
TIMED_PROGRAMME = re.compile(
    # Not "this morning": told at 18:00 it is six hours gone.
    r"^(?i:(?:and\s+|then\s+|later,?\s+)?(?:(?:on|this|next)\s+[a-z]+day|tomorrow|at\s+\d))"
    r"(?:\d[:.]\d\d|[ap]\.m\.|[^.;:!?]){0,40}?,?\s+(?:he|she|I|"
    r"the\s+[A-Z]?[a-z]+|[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})\s+(?:also\s+)?"
    r"(meets|participates|receives|welcomes|tours|delivers|signs|addresses|hosts)\b"
    r"(?!\s+(?:\w+\s+){0,2}(?:goals?|targets?|needs?|standards?|criteria|requirements?|"
    r"expectations?|obligations?|costs?)\b)"
)
# "agreed that" commits only when what follows is to come: "agreed that they would
# meet again", not "agreed that the meeting provided an important opportunity".
FUTURE_MARK = re.compile(
    r"\b(?:will|would|shall|should|must|could|can|is\s+to|are\s+to|needs?\s+to|going\s+to)\b|"
    r"[’']ll\b"
)
# What a thing's future says of someone's act: a passive, a start or an end, a stay, an
# event's course ("the talks would resume", "the fund will open in April").
SCHEDULED_ACT = re.compile(
    r"\s+(?:\w+ly\s+|also\s+|now\s+)?(?:be|have\s+to|come\s+into|take\s+(?:effect|place)|"
    r"enter|open|close|start|begin|resume|conclude|end|run|apply|expire|go\s+live|launch|"
    r"remain|stay|include|cover)\b"
)
# What a measure, a law or an occasion brings about, whoever stands behind it: its effect
# on the world, not an act of anyone's (what a law obliges or lets others do, "will mean
# that", "will require", is its reading and is not here; "will assist", "will reduce": 6.2).
EFFECT_VERB = (
    r"(?:lift|advance|prevent|preserve|support\s+[\d,.]+\s+(?:\w+\s+)?jobs|help|boost|"
    r"benefit|save|create|cost|go\s+(?:far\s+)?beyond|stimulate|underpin|assist|"
    r"deliver\s+(?:(?:an?|the)\s+)?(?:\w+\s+)?(?:saving|savings|benefits?|value|growth|on)|"
    r"facilitate|improve|reduce|simplify|maximi[sz]e|shape|accelerate|bolster|spur|foster|"
    r"offer\s+(?:(?:an?|the)\s+)?(?:\w+\s+)?(?:opportunity|chance|forum|platform|venue))"
)
# A measure, a duty or a date kept on as it is (stop 61, kind 2 of stop 60's note): "filers will
# remain subject to a 75-day deadline", "The target compliance dates will remain in effect",
# "The southern approach will remain closed until ...", "The annual report deadline will
# remain 90 days": whoever runs it keeps it so ("will remain unchanged" is said of safety and
# prices as often), no forecast nor description ("Prices will remain high", "a strong partner").
_KEPT_ON = (
    r"(?!\s+(?:subject\s+to|in\s+(?:place|force|effect|operation)|closed|open|"
    r"suspended|\d[\d,]*\s*(?:-\s*)?(?:days?|weeks?|months?))\b)"
)
# What a thing (not an actor) "will" do is a description of the future, no commitment:
# "This will provide further disincentives", "the order would represent a profound
# statement", "Completion date will depend on the work".
DESCRIPTIVE = re.compile(
    r"^\s*(?:,\s*\w+\s*,\s*)?(?:\w+ly\s+(?:and\s+\w+ly\s+)?|also\s+|still\s+|further\s+|in\s+turn\s+|"
    r"now\s+)?"
    r"(?:provide|allow|enable|help|"
    rf"mean|unlock|play|represent|depend|create|cost|save|affect|lead|result|remain{_KEPT_ON}|"
    r"be\s+(?:an?|the|in|of|important|vital|key|crucial|welcome)\b|make\s+(?:it|a|the)\b|"
    r"be\s+(?:quite|very|more|less|too|so|rather|fairly|largely|broadly|much)\b|"
    r"reach|benefit|boost|transform|pave|open\s+up|ensure|promote|encourage|strengthen|"
    r"speed\s+up|support|reveal|increase|enhance|require|mobili[sz]e|follow(?=\s*[,.;:])|"
    # What an event holds or adds to: "The event will feature live music", "These
    # meetings will reinforce cooperation", "The conference will be attended by".
    r"feature|involve|contribute|reinforce|be\s+attended|"
    # What a measure or a visit brings about: "will lift 100,000 children out of poverty",
    # "will deliver a saving of 25%", "will advance the rebalance", "will offer an
    # opportunity to build on", "The ban will prevent", "will preserve the UK's status".
    rf"{EFFECT_VERB})\b"
)
# Sentences that ask, whatever their final mark ("How many of the reviews ... will be
# published during the Recess." in a written question).
INTERROGATIVE = re.compile(
    r"^\W*(?:How\s+(?:many|much|far|long|soon|often)|Which|Why|Whether|Will\s+the|Does|Do|Did|"
    # A parliamentary written question: "To ask the Minister for the Cabinet Office how".
    r"To\s+ask)\b"
)
# Who forecasts rather than commits: "Shares are expected to rise, analysts said".
FORECASTERS = frozenset(
    "analyst economist forecaster expert observer strategist trader investor pollster "
    "poll meteorologist forecast survey critic opponent sceptic skeptic".split()
)
# Verbs of what markets, weather and numbers do: "Prices will rise further next year",
# "The storm is expected to hit the coast on Thursday". Said of a thing, a forecast.
FORECAST_VERB = re.compile(
    r"^\s+(?:to\s+)?(?:\w+ly\s+|further\s+|also\s+|still\s+)?(?:rise|fall|drop|grow|increase|"
    r"decrease|decline|climb|slow|slump|soar|surge|ease|recover|peak|hit|strike|top|exceed|"
    rf"(?:remain|stay){_KEPT_ON}|worsen|improve|pick\s+up|widen|narrow|shrink|reach|fail|collapse|"
    r"lose|gain|win|prevail|suffer|make\s+landfall)\b"
)
# A line that times the item before it: "Deadline – December 1, 2024." in a list of
# instructions, "Report by: 1 July".
DEADLINE_LINE = re.compile(
    r"^\W*(?:deadline|due\s+date|due|term|time\s*frame|report(?:ing)?\s+by|to\s+be\s+"
    r"completed\s+by)\s*[:–—\-]+\s*",
    re.IGNORECASE,
)
# The start of an effective date: "From 1 April retailers may no longer sell".
STARTING = re.compile(r"\b(?:from|as\s+of|starting|beginning)\s+", re.IGNORECASE)
MAYBE = re.compile(r"\b(?:could|may|might|should)\b")
GOAL = re.compile(r"\b(?:target|goal|deadline|ambition)\b")

# Cue classes with their base confidence. Explicit pledge verbs are the strongest
# signal; "would" is mostly backshifted "will" in reported speech, but also the
# hypothetical mood, hence the low base that a speaker and a deadline must lift.
BASE = {
    "strong": 0.55,
    "commit": 0.55,
    "order": 0.55,
    "agree": 0.45,
    "will": 0.4,
    "schedule": 0.45,
    "plan": 0.35,
    "must": 0.35,
    "headline": 0.35,
    "readout": 0.35,
    "effective": 0.35,
    "present": 0.25,
    "would": 0.3,
    "maybe": 0.1,
    "goal": 0.3,
    "agenda": 0.35,
    "expected": 0.2,
}
VERB_CUES = frozenset({"strong", "agree", "plan", "commit", "order", "readout"})
#: Cues that say nothing about the future without a time frame ("looked forward to
#: working together", "travels widely", "could").
NEED_DEADLINE = frozenset({"maybe", "goal", "readout", "effective", "present", "agenda"})
CONDITION = re.compile(
    r"\b(?:if|unless|provided\s+that|providing\s+that|on\s+condition|(?<!for\s)as\s+long\s+as|"
    r"so\s+long\s+as)\b",
    re.IGNORECASE,
)
# "likely" on an act (not an outcome): "would likely travel to Pyongyang in March", "will
# likely discuss the border", "distribution is likely to begin next month". A hedged
# plan, still the plan; "Prices will likely rise" stays a guess.
LIKELY_ACT = re.compile(
    r"\b(?:(?:will|would)\s+(?:most\s+|very\s+)?likely|(?:is|are)\s+(?:most\s+|very\s+)?"
    r"likely\s+to)\s+(?=(?:travel|visit|meet|attend|hold|discuss|sign|announce|begin|start|"
    r"host|present|publish|deliver|go\s+to|return|take\s+place|be\s+held)\b)",
    re.IGNORECASE,
)
HEDGE = re.compile(
    r"\b(?:try\s+to|tries\s+to|usually|typically|often|generally)\b",
    re.IGNORECASE,
)
# The briefer's undated promise to the room ("I'll get back to you on that"); one with a
# date ("We will get back to you with a decision by 3 May") is a pledge.
TO_YOU = re.compile(
    r"\s+(?:(?:check\s+and\s+)?(?:come|get)\s+back\s+to\s+you|let\s+you\s+know)\b",
    re.IGNORECASE,
)
# Words that turn a future into a guess or a wish: no commitment is stated. A hope is read
# by `doubts.hoped` alone, in the cue's own clause ("The Hope Foundation will open", "We
# hope to finish by June; we will publish" stay).
DOUBT = re.compile(
    # Not the listener's courtesy "The Deputy may wish to note the following projects": what
    # follows is the answerer's statement (issue 13, stop 59, blind141's written answers).
    r"\b(?:hopeful|hopefully|wish(?:es|ed)?(?!\s+to\s+(?:note|know|be\s+aware)\b)|probably|possibly|perhaps|"
    r"maybe|might|likely|unlikely|predict(?:s|ed)?|forecasts?|fear(?:s|ed)?|"
    r"I\s+(?:think|guess|believe|suppose)|we\s+(?:think|believe)|(?:he|she)\s+believe[sd](?!\s+in\b)|"
    r"(?:remain|am|are|is)\s+(?:\w+ly\s+)?convinced|no\s+doubt|(?:I\s+am|I[’']m)\s+(?:\w+ly\s+)?(?:sure|certain)|"
    # Reported certainty about someone else's act: "he was sure the PM would find time".
    r"(?:he|she|they)\s+(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:sure|certain|confident)|"
    # A wish, not a commitment: "he personally would like to see the talks resume".
    r"(?:would|[’']d)\s+(?:\w+ly\s+)?(?:like|love)\s+to\s+see|"
    # A routine described, not a commitment: "the practice is that it will be printed".
    r"the\s+(?:practice|custom|convention)\s+is|(?:present\s+)?indications\s+are)\b",
    re.IGNORECASE,
)
PAST_AUX = re.compile(
    r"(?<!\bit\s)(?<!\bIt\s)\b(?:had|was|were|did|used\s+to|would\s+have|could\s+have|"
    r"should\s+have)\s+"
    r"(?:\w+ly\s+|also\s+|already\s+)?$",
    re.IGNORECASE,
)
PAST_REPORT = re.compile(
    r"\bhad\s+(?:\w+ly\s+)?(?:said|promised|pledged|vowed|agreed|announced|told|planned|"
    r"hoped|expected|insisted|claimed|committed)\b"
    # "had said all along that ... would": a stance still held, backshifted in a briefing.
    r"(?!\s+(?:all\s+along|consistently|repeatedly)\b)",
    re.IGNORECASE,
)
PAST_TIME = re.compile(
    # "up 5% on last year", "more than last year" compare with the past; they frame nothing.
    r"\b(?=last\s)(?<!\bon\s)(?<!\bthan\s)(?<!\bwith\s)(?<!\bfrom\s)last\s+(?:year|decade|century|summer|winter|spring|autumn|fall|month|"
    + "|".join(MONTHS)
    + r")\b|\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+"
    r"(?:years?|months?|decades?)\s+ago\b|\b(?:previously|back\s+then|at\s+the\s+time|"
    r"in\s+the\s+past)\b",
    re.IGNORECASE,
)
YEAR_REFERENCE = re.compile(
    r"\b(?:in|since|during|from)\s+(?:(?:early|late|mid-?)\s*)?(?:(?P<month>"
    + "|".join(MONTHS)
    + r")\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)

RELATIVE_WHO = re.compile(r",\s+(?:who|whose)\b[^,]*,")
# Background in commas ("The road, first promised in 2019, will open ..."): its dates
# belong to the background, not to the pledge around it.
BACKGROUND = re.compile(  # and a reminder that opens the sentence: "As previously announced,"
    r",\s+(?:who|whose|which|first|originally|initially|once|[a-z]+ed\s+(?:in|on|last))\b[^,]*,"
    r"|^\W*As\s+(?:\w+ly\s+)?(?:announced|reported|stated|planned|noted|scheduled)\s*,"
)
FORWARD_DEADLINE = re.compile(
    r"^\W*(?:by|within|before|no\s+later\s+than|in\s+the\s+(?:next|coming)|"
    r"over\s+the\s+(?:next|coming))\b[^,;]*",
    re.IGNORECASE,
)

# Where a committing clause starts (scanning left from the cue) and ends (right).
MONTH_NAMES = r"(?:" + CAPITALISED_MONTHS + r"|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)"
LEFT_BOUNDARY = re.compile(
    r"(?:[;:—–]\s+|\s[—–]\s+|,\s+(?:but|and|as|while|although|though)\s+|\bbut\s+|"
    r"\b(?:said|says|told\s+[^,;:]{1,40}?|wrote|added|announced|insisted|warned|stated|"
    r"confirmed|noted|argued|claimed|explained),?\s+(?:only\s+|also\s+)?"
    # "said on Monday the government would": the day of saying belongs to "said".
    r"(?:(?:on\s+)?(?:"
    + WEEKDAY
    + r"|yesterday|today|earlier\s+today|last\s+(?:week|night|month)|\d{1,2}(?:st|nd|rd|th)?\s+"
    + MONTH_NAMES
    + r"|"
    + MONTH_NAMES
    + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+)?(?:that\s+)?|"
    r"\b(?:\w+ed|\w+s|told\s+[^,;:]{1,40}?)\s+(?:only\s+|also\s+)?that\s+)"
)
HARD_BOUNDARY = re.compile(
    r"[;:—–]\s*|,\s+(?:but|and|as|while|although|though|whereas)\s+|\bbut\s+"
)
RELATIVE_START = re.compile(r",\s+(?:which|who)\s+")
RIGHT_BOUNDARY = re.compile(
    r"\s[—–]\s|;\s|,\s+(?:but|while|although|though|as|which|who|whereas)\s|\sbut\s|"
    r"[—–]\s+(?=[a-z])|,\s+(?:unveiling|saying|adding|citing|calling|noting|including)\b"
)
TRIM_CHARS = " \t\n,.;:!?“”\"‘’'—–-()"
# "during a July visit", "in July": a month named without a year.
MONTH_MENTION = re.compile(
    r"\b(?:in|during|since|on\s+a|at\s+a|during\s+a|during\s+an|in\s+a)\s+("
    + "|".join(MONTHS)
    + r")\b(?!\s+\d)",
    re.IGNORECASE,
)
# Verbs that promise only to think about something; under a condition, nothing is left.
WEAK_VERB = re.compile(r"^\s*(?:\w+ly\s+)?(?:consider|look\s+at|think\s+about|review|explore)\b")
# A time span counted from an act ("within three months of the date of this order"),
# read from the publication date when the whole clause is too wordy for the parser.
SPAN_OF = re.compile(
    r"\b(?:within|in)\s+(?:\d+|[a-z]+)(?:\s+\([^)]{1,10}\))?\s+(?:days?|weeks?|months?|years?)\b",
    re.IGNORECASE,
)
# A House's business for a day: "Second Reading of the Finance Bill", "Remaining stages
# of the Social Security Bill", "Proceedings on the Bill", "Private Members' Bills".
HOUSE_BUSINESS = (
    r"(?:(?:General|Second|Third|Remaining)\s+)?(?:Reading|Continuation|Conclusion|"
    r"Consideration|Proceedings|Progress|[Dd]ebates?|stages|Opposition\s+[Dd]ay|"
    r"Estimates\s+[Dd]ay|Motions?|Private\s+Members['’]?\s+Bills)\b"
)
# What ends a date that opens an entry: a colon or a dash, perhaps after a note
# ("Thursday 6 December (date to be confirmed): ...").
DATE_OPENS = r"\s*(?:\([^()]{1,40}\)\s*)?(?::|[—–])"
# "Wednesday 12 December:" heading an item of an agenda or a list, which reads as a
# schedule when the date is ahead: "Thursday 6 December: The Commission presents ...".
DATED_HEADING = re.compile(
    # In capitals too, as historic Hansard prints a business statement's days:
    # "MONDAY 8 DECEMBER—Second Reading of the Government of Wales Bill".
    r"^\W*(?:(?:[A-Z][a-z]+day|[A-Z]+DAY),?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:"
    + CAPITALISED_MONTHS
    + "|"
    + CAPITALISED_MONTHS.upper()
    + r")(?:\s+\d{4})?"
    + DATE_OPENS
)
# The item under a dated heading has its own verb: "45 Countries worldwide join forces",
# not "European action plan for entrepreneurs".
AGENDA_ITEM = re.compile(
    r"^\s*(?:\S+\s+){1,10}?(?:presents|present|adopts|adopt|proposes|propose|publishes|"
    r"launches|unveils|hosts|host|meets|meet|visits|travels|opens|holds|hold|joins?|signs?|"
    r"delivers|announces|reports|debates|votes|decides|will|is\s+to|are\s+to)\b|"
    # A Business of the House statement: "Monday 11 December—Second Reading of the Bill".
    r"^\s*" + HOUSE_BUSINESS
)
# An appositive that names what a thing just done will bring: "..., a step that will
# expand access", "..., a move that would cost jobs".
CONSEQUENCE = re.compile(
    r",\s+(?:an?|the|this)\s+(?:[\w\-]+\s+){0,2}?(?:step|move|measure|decision|development|"
    r"change|shift|boost|blow|milestone)\s+(?:that|which)\s+$"
)
# What times a courtesy or the act itself, not a plan: "soon", "today".
NO_DATE = re.compile(r"(?i)(?:very\s+)?(?:soon|today|tonight|now)$")
