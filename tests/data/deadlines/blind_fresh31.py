"""A THIRTY-FIRST fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-03 (UTC), from about 10:16 by the machine's clock, by a
labelling helper (branch issue12l2-s22) that neither changed nor ran the parser. It read
`CONVENTIONS.md` (the labelling rules, which win over any earlier set's comment), the
docstrings of `blind_real.py` and `blind_fresh29.py`, the latter's comments and README
section, and the parser package's docstring only (for "a bare time is its next occurrence",
"in the new year" as early next year, vague windows, weeks running Monday to Sunday and the
zone words); nothing else of `bot/core/deadlines/` was opened. Only publishers outside the
United States were read this time (another labeller took US publishers at the same time):
the UK Parliament (Commons and Lords Hansard, written statements and answers, the Commons
Future Business paper and the Lords order paper), GOV.UK, the Australian Government (a
minister's transcript and the Federal Register of Legislation), the New Zealand Government
(the Ministry of Social Development and a Minister of Finance's statement carried by Scoop)
and Wikinews. As in the twenty-seventh to twenty-ninth sets, every sentence quoted holds a
time word of some kind (a date, a clock time, a day word, a period, a span, a year in a
name, "since", "during", "formerly", "recently", "annually", "in future", "into the
future", a rate such as "a week" or "an hour"); the sentences of the pages read that hold
none were skipped, as were bare headings, titles, date lines (among them the order papers'
"Tuesday 13 October 2009 at 2.30pm"), volume and column lines, speakers' names and offices
before their words, site and archive text around the quoted item, lines cut off by the
start or end of an opening, a bare "when" asking for a time, the words "current",
"ongoing" and "continues" on their own, the motions to commit a bill "if
the bill is read a second time" (an ordinal, no time), and a sentence that one publisher's
pages repeat word for word (taken once). Leading asterisks, daggers and bullets of list
items were left out and line breaks inside a sentence read as spaces; no word was changed.
The sentences were found with a search over stored copies of public pages and taken as they
came in the openings the search returns, in page order. See README.md ("Thirty-first fresh
blind set") for every address, publisher and licence. No address listed in README.md, in a
`#` header or README under `tests/data/`, in the sources of the other set files or in the
shared claims file was used: each was checked against those lists (the address and a
distinctive phrase of the page) and claimed (`fresh31`) in `/work/helper-brief/claims.txt`
before a quote was taken. Every sentence was checked by a text search over the files under
`tests/data/` (the whole sentence, case-insensitive, and its first and last runs of six
words): three sentences found there word for word were left out (the business statement's
"The business for next week is as follows:", in `kinds_real20.py`; the Future Business
paper's two standing notes on provisional business, in `blind_fresh6.py` and
`kinds_real14.py`), as was the Lords order papers' stock line "Oral Questions, 30 minutes",
found in the article sets; otherwise only stock openings and endings such as "My right
hon. Friend the Secretary" and "in the Libraries of both Houses." recur. Each label was
worked out by hand from the words, the publication date and the publisher's zone; the
conversion of local instants to UTC wall time, the day counts and the weekday checks were
done with Python's zoneinfo and datetime in a scratch script outside the repository, never
with code of the project. No run of `parse_deadline`, `interpret_deadline`,
`bench/deadlines.py` or the tests touched these texts before the labels were committed; the
helpers improving the parser have not seen them. See README.md for the count and the
composition by publisher and by kind.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 2.1"), then `blind_real.py` and `blind_fresh29.py`: the publisher's zone (the
UK Parliament and GOV.UK: Europe/London; the Australian Government in Canberra:
Australia/Sydney; the New Zealand Government: Pacific/Auckland; Wikinews: UTC, as in the
earlier sets); the publication date at 10:00 local (for the Lords order papers and the
Commons Future Business paper, the day they are for; for the written statements printed
on 17 September 2008, the day of printing; for the Ministry of Social Development's list
of notices, the date each notice carries in its own heading); a day falls due at 23:59:59
local (zoneinfo decides the offset); a clock time without a zone word is in the
publisher's zone and, with no day in its words, is its next occurrence after the reference
(the parser's docstring), marked "unsure" with the day the heading above it names; a date
without a year is its next occurrence; a range, a list or a schedule falls due at its later
end, and "the week commencing <Monday>" and "this week" on that week's Sunday; "in due
course" and "shortly" as the Government's undertaking are vague, 60 days (CONVENTIONS 5.1),
and "early in the new year" is read as "in the new year" (vague, to the end of April); a
span or period that the sentence hangs on an undated event or stage ("On final
publication", "Pending that approval", "when setting ... targets", "before they turn
five", "prior to finalisation") is `refusal='event'`; refusals have `due=None` and a
`refusal` kind (past | event | recurring | negated | earliest); the perfect with "today"
("I have today presented", "The Government have today laid") is past (CONVENTIONS 2.4) and
the present with "today" ("is today publishing", "are today being deposited", "will be
laid before Parliament today") falls due that day (CONVENTIONS 2.1); "The House will not be
sitting" and "not expected to be taken today" are negated (CONVENTIONS 4.1); practices,
standing limits and rates ("annually", "in regular contact", "for three days" as a policy,
"may each speak for up to 10 minutes", "$25 a week", "an hour") are `recurring`; "as early
as next week" is a lower bound (`earliest`, CONVENTIONS 3.2); a sentence whose time words
set no time for any act (a year in the name of an Act, an instrument or a budget, "the
forthcoming elections", "the planned date", "no commitment to a specific date", "into the
future", "an immediate challenge", an "if" of a study's scenario) has `due=None` and no
refusal word. Labels marked "unsure" name the other reading; like every label here they
stay as committed, whatever the first run shows. First run: not yet taken (the lead runs it
once, after merging, and records it in README.md). Never edit these labels to fit the
parser.

Licence audit of stop 48 (branch lic48-s48): 10 of these 124 cases, quoted from New Zealand Government
ministerial releases, speeches or transcripts (beehive.govt.nz, directly or as carried by Scoop, MIL-OSI
or Order Paper), were removed: beehive.govt.nz/copyright allows reproduction only "for personal or
in-house use", which is not an open licence. 114 cases remain; see README.md, "Licence audit of stop 48".

Licence audit of stop 48 (branch lic48-s48): 7 of these 114 cases, quoted from Ministry of Social
Development / Work and Income pages, were removed: no terms of msd.govt.nz or workandincome.govt.nz were
found; an MSD site's terms (https://quakeaccommodation.govt.nz/about-this-site) allow personal use only
(licence unclear). 107 cases remain; see README.md, "Licence audit of stop 48".
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_BOH_11JUN15 = "https://hansard.parliament.uk/Commons/2015-06-11/debates/15061141000002/details"
_FB_15JUL19 = "https://publications.parliament.uk/pa/cm201719/cmagenda/fb190715.htm"
_DFT_RAIL_10AUG12 = "https://www.gov.uk/government/publications/rail-passenger-franchises"
_RAIL_WS_7FEB07 = (
    "https://hansard.parliament.uk/Commons/2007-02-07/debates/07020792000028/RailwaysFranchises"
)
_HEALTH_AU_26SEP22 = "https://www.health.gov.au/ministers/the-hon-mark-butler-mp/media/minister-for-health-and-aged-care-press-conference-parliament-house-26-september-2022-0"
_PB60_30JUN21 = "https://www.legislation.gov.au/Details/F2021L00904/Explanatory%20Statement/Text"
_WS_17JUL08 = "https://hansard.parliament.uk/Commons/2008-07-17/debates/233dbf02-5a1a-44d0-9162-4d777e9d8c9e/WrittenStatements"
_LWA_27MAR07 = "https://hansard.parliament.uk/Lords/2007-03-27/debates/40116c65-368b-48b7-87f0-e5c17e6df0f9/WrittenAnswers"
_WS_3APR08 = "https://hansard.parliament.uk/Commons/2008-04-03/debates/2ea3e85c-ec1f-4d9f-a964-883f8b399460/WrittenStatements"
_WS_24MAY07 = "https://hansard.parliament.uk/Commons/2007-05-24/debates/6a4d6838-1549-4b54-8339-9da81d3641be/WrittenStatements"
_LWS_27MAR07 = "https://hansard.parliament.uk/Lords/2007-03-27/debates/36db48ba-b2d7-4510-899a-3f9a2215c162/WrittenStatements"
_WS_19JUL07 = "https://hansard.parliament.uk/Commons/2007-07-19/debates/4dd4d48f-37f3-4590-a307-92b709963bd6/WrittenStatements"
_WA_A31_19NOV84 = (
    "https://api.parliament.uk/historic-hansard/written-answers/1984/nov/19/a31-dorset"
)
_WS_12OCT09 = "https://hansard.parliament.uk/Commons/2009-10-12/debates/2030b26f-a8d9-4293-b261-2d4f8076e204/WrittenStatements"
_WS_17SEP08 = (
    "https://publications.parliament.uk/pa/cm200708/cmhansrd/cm080917/wmstext/80917m0001.htm"
)
_LORDS_BUS_13OCT09 = "http://www.publications.parliament.uk/pa/ld200809/minutes/091013/ldordpap.htm"
_LWS_14JUL09 = "https://publications.parliament.uk/pa/ld200809/ldhansrd/text/90714-wms0001.htm"
_WN_POLLING_7NOV06 = "https://en.wikinews.org/wiki/Morning_polling_causes_late_students"
_LORDS_BUS_22OCT10 = "https://publications.parliament.uk/pa/ld201011/minutes/101022/ldordpap.htm"
_LORDS_BUS_27JUL10 = "https://publications.parliament.uk/pa/ld201011/minutes/100727/ldordpap.htm"

FRESH31_CASES: tuple[BlindCase, ...] = (
    # House of Commons, Business of the House, Thursday 11 June 2015 (Hansard; the volume line and the opening 'The business for next week is as follows:', word for word in kinds_real20, skipped): Monday 15 June, end of day BST
    B(
        text="Monday 15 June—Consideration in Committee of the Scotland Bill (day 1).",
        due="2015-06-15 22:59:59",
        vague=False,
        said="2015-06-11 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_BOH_11JUN15,
        published="2015-06-11",
    ),
    # the same statement: the day's business, Tuesday 16 June, end of day BST
    B(
        text="Tuesday 16 June—Consideration in Committee of the European Union Referendum Bill (day 1), followed by a motion to approve a statutory instrument relating to landfill tax.",
        due="2015-06-16 22:59:59",
        vague=False,
        said="2015-06-11 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_BOH_11JUN15,
        published="2015-06-11",
    ),
    # the same statement: Wednesday 17 June, end of day BST ('2nd allotted day' counts the Opposition's days; the next sentence, without a time word, skipped)
    B(
        text="Wednesday 17 June—Opposition day (2nd allotted day).",
        due="2015-06-17 22:59:59",
        vague=False,
        said="2015-06-11 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_BOH_11JUN15,
        published="2015-06-11",
    ),
    # the same statement: Thursday 18 June, end of day BST
    B(
        text="Thursday 18 June—Consideration in Committee of the European Union Referendum Bill (day 2).",
        due="2015-06-18 22:59:59",
        vague=False,
        said="2015-06-11 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_BOH_11JUN15,
        published="2015-06-11",
    ),
    # the same statement: the House 'will not be sitting' that day: negated (CONVENTIONS 4.1)
    B(
        text="Friday 19 June—The House will not be sitting.",
        due=None,
        vague=False,
        said="2015-06-11 09:00:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_BOH_11JUN15,
        published="2015-06-11",
    ),
    # the same statement: 'the week commencing 22 June' (a Monday) runs to Sunday 28 June, end of day BST
    B(
        text="The provisional business for the week commencing 22 June will include:",
        due="2015-06-28 22:59:59",
        vague=False,
        said="2015-06-11 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_BOH_11JUN15,
        published="2015-06-11",
    ),
    # the same statement: Monday 22 June, end of day BST
    B(
        text="Monday 22 June—Second Reading of the Education and Adoption Bill.",
        due="2015-06-22 22:59:59",
        vague=False,
        said="2015-06-11 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_BOH_11JUN15,
        published="2015-06-11",
    ),
    # the same statement: Tuesday 23 June, end of day BST ('London - West Midlands' is a route in a Bill's name)
    B(
        text="Tuesday 23 June—Consideration in Committee and remaining stages of the European Union (Finance) Bill followed by motion relating to the High Speed Rail (London - West Midlands) Bill.",
        due="2015-06-23 22:59:59",
        vague=False,
        said="2015-06-11 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_BOH_11JUN15,
        published="2015-06-11",
    ),
    # the same statement: Wednesday 24 June, end of day BST (the next two sentences, without a time word, skipped)
    B(
        text="Wednesday 24 June—Opposition day (3rd allotted day).",
        due="2015-06-24 22:59:59",
        vague=False,
        said="2015-06-11 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_BOH_11JUN15,
        published="2015-06-11",
    ),
    # the same statement: Thursday 25 June, end of day BST
    B(
        text="Thursday 25 June—General debate: subject to be announced.",
        due="2015-06-25 22:59:59",
        vague=False,
        said="2015-06-11 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_BOH_11JUN15,
        published="2015-06-11",
    ),
    # the same statement: 'In future, this day' (Thursdays) goes to the Backbench Business Committee, a standing arrangement: recurring; unsure: read as no time for any act (no deadline, no refusal)
    B(
        text="In future, this day will be allocated to the Backbench Business Committee.",
        due=None,
        vague=False,
        said="2015-06-11 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_BOH_11JUN15,
        published="2015-06-11",
    ),
    # the same statement: the House 'will not be sitting' that day: negated (CONVENTIONS 4.1)
    B(
        text="Friday 26 June—The House will not be sitting.",
        due=None,
        vague=False,
        said="2015-06-11 09:00:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_BOH_11JUN15,
        published="2015-06-11",
    ),
    # the same debate, the shadow Leader's reply: 'next week’s business' names the business just announced; no time for any act: no deadline
    B(
        text="I thank the Leader of the House for announcing next week’s business.",
        due=None,
        vague=False,
        said="2015-06-11 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_BOH_11JUN15,
        published="2015-06-11",
    ),
    # the same reply: 'this morning' is when the paper was read (past); the plan reported is to act 'as early as next week', a lower bound only (CONVENTIONS 3.2): earliest, Monday 15 June 00:00 BST; unsure: read as due by the end of next week (Sunday 21 June, 2015-06-21 22:59:59 UTC). (The sentences after it without a time word, and the closing question's bare 'when', skipped)
    B(
        text="I read in The Times this morning, rather than hearing in his future business, that the Government plan to rush through their controversial plans for English votes for English laws as early as next week.",
        due=None,
        vague=False,
        said="2015-06-11 09:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2015-06-14 23:00:00",
        cluster=5,
        source=_BOH_11JUN15,
        published="2015-06-11",
    ),
    # House of Commons, Future Business as of Monday 15 July 2019 (headings and section letters skipped; the two standing notes on provisional business and on items 'nominally been set down for today', word for word in blind_fresh6 and kinds_real14, skipped): 'not yet been scheduled for a specific date' gives no time at all: no deadline
    B(
        text="Business in this section has not yet been scheduled for a specific date.",
        due=None,
        vague=False,
        said="2019-07-15 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_FB_15JUL19,
        published="2019-07-15",
    ),
    # the same page: set down 'for today' but 'not expected to be taken today': negated (CONVENTIONS 4.1)
    B(
        text="It has been nominally set down for today but is not expected to be taken today.",
        due=None,
        vague=False,
        said="2019-07-15 09:00:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_FB_15JUL19,
        published="2019-07-15",
    ),
    # the same page: 'dates when the House is currently not expected to sit' names no date: no deadline
    B(
        text="A number of Private Members’ bills have been set down for dates when the House is currently not expected to sit.",
        due=None,
        vague=False,
        said="2019-07-15 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_FB_15JUL19,
        published="2019-07-15",
    ),
    # the same page: moved 'if any of the dates ... are confirmed as sitting days', an undated confirmation: event
    B(
        text="Items from the notice paper will be moved to this calendar if any of the dates listed in that paper are confirmed as sitting days.",
        due=None,
        vague=False,
        said="2019-07-15 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_FB_15JUL19,
        published="2019-07-15",
    ),
    # the same page, an item under the heading 'TUESDAY 16 JULY' (the heading skipped): a bare clock time is its next occurrence after the reference (parser docstring), 11:30 BST on 15 July; unsure: the heading puts it on Tuesday 16 July (2019-07-16 10:30:00 UTC)
    B(
        text="11.30am Questions to the Secretary of State for Business, Energy and Industrial Strategy",
        due="2019-07-15 10:30:00",
        vague=False,
        said="2019-07-15 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_FB_15JUL19,
        published="2019-07-15",
    ),
    # the same page, the next item under that heading: 12:15 BST on 15 July, the bare time's next occurrence; unsure: 16 July (2019-07-16 11:15:00 UTC) by the heading
    B(
        text="12.15pm Topical Questions to the Secretary of State for Business, Energy and Industrial Strategy",
        due="2019-07-15 11:15:00",
        vague=False,
        said="2019-07-15 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_FB_15JUL19,
        published="2019-07-15",
    ),
    # the same page, a note to a Ten Minute Rule motion ('Afterwards', the motion's title and mover's name skipped as headings): each speaker 'may each speak for up to 10 minutes', a standing limit: recurring (CONVENTIONS 1.3)
    B(
        text="The Member moving and a Member opposing this Motion may each speak for up to 10 minutes.",
        due=None,
        vague=False,
        said="2019-07-15 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_FB_15JUL19,
        published="2019-07-15",
    ),
    # GOV.UK, Department for Transport, 'Rail passenger franchising, 2005 to 2008' (the title skipped), published 10 August 2012: the page's summary, let 'since 2005': past
    B(
        text="A list of rail franchising invitations to tender let since 2005.",
        due=None,
        vague=False,
        said="2012-08-10 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFT_RAIL_10AUG12,
        published="2012-08-10",
    ),
    # the same page: 'since 2005': past
    B(
        text="This list features invitations to tender for franchises let by the Department for Transport since 2005.",
        due=None,
        vague=False,
        said="2012-08-10 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFT_RAIL_10AUG12,
        published="2012-08-10",
    ),
    # the same page: 'Formerly' the Department published once a franchise 'had commenced': past
    B(
        text="Formerly, the Department for Transport (DfT) published a franchise invitation to tender (ITT) once the franchise had commenced and the public register franchise agreement (PRFA) had been agreed between the relevant train operating company and DfT.",
        due=None,
        vague=False,
        said="2012-08-10 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFT_RAIL_10AUG12,
        published="2012-08-10",
    ),
    # the same page: 'at the same time as it is disclosed to pre qualified bidders in the future', tied to undated disclosures: event (the 'Published 10 August 2012' line skipped as a date line)
    B(
        text="Following a review of that policy, subject to the application of any exemptions under the FOI act (eg commercial prejudice), DfT rail procurement intends to make an ITT publicly available at the same time as it is disclosed to pre qualified bidders in the future.",
        due=None,
        vague=False,
        said="2012-08-10 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_DFT_RAIL_10AUG12,
        published="2012-08-10",
    ),
    # House of Commons, written statement 'Railways: Franchises', Wednesday 7 February 2007 (Hansard): 'July 2004', 'Summer 2005' and 'has been responsible': past
    B(
        text="Following on from the ‘Future of Rail’ White Paper (July 2004) and commencement of the Railways Act (Summer 2005), the Department has been responsible for drawing up franchise specifications for the South Western, East Midlands, West Midlands, and New Cross Country franchises.",
        due=None,
        vague=False,
        said="2007-02-07 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_RAIL_WS_7FEB07,
        published="2007-02-07",
    ),
    # the same statement (three sentences without a time word skipped): an exercise 'at the conclusion of every franchise replacement process', a practice: recurring
    B(
        text="As part of its commitment to continuous improvement, the Department for Transport (DfT) undertakes a ‘Lessons Learned’ exercise at the conclusion of every franchise replacement process to understand whether any areas for improvement have been identified.",
        due=None,
        vague=False,
        said="2007-02-07 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_RAIL_WS_7FEB07,
        published="2007-02-07",
    ),
    # the same statement: 'then' incorporated 'for subsequent franchise replacements', the practice in general: recurring
    B(
        text="These are then incorporated into the procedures for subsequent franchise replacements.",
        due=None,
        vague=False,
        said="2007-02-07 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_RAIL_WS_7FEB07,
        published="2007-02-07",
    ),
    # the same statement: improvements identified from 'the recently completed franchises': past
    B(
        text="Therefore, the procedures being used for the replacement of the New Cross Country, East Midlands and West Midlands franchises incorporate improvements to the process identified from the recently completed franchises.",
        due=None,
        vague=False,
        said="2007-02-07 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_RAIL_WS_7FEB07,
        published="2007-02-07",
    ),
    # Australian Minister for Health and Aged Care, press conference transcript, Parliament House, Monday 26 September 2022 (health.gov.au; the page's summary line and labels skipped; Canberra, Australia/Sydney): thanks for 'coming in this morning', an act already done: past
    B(
        text="Thanks everyone for coming in this morning.",
        due=None,
        vague=False,
        said="2022-09-26 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_HEALTH_AU_26SEP22,
        published="2022-09-26",
    ),
    # the same transcript: the debate 'Over the course of this week', Monday 26 September to Sunday 2 October, due at the week's end (a schedule at its end): 2 October, end of day AEDT (daylight time from that morning), 2022-10-02 12:59:59 UTC ('75-year history' is an age)
    B(
        text="Over the course of this week, the House of Representatives will be debating our legislation to introduce the biggest cut to the cost of medicines for Australian households in the 75-year history of the Pharmaceutical Benefits Scheme—a cut for general patients of around 30 per cent and the maximum cost of their scripts from $42.50 down to just $30.",
        due="2022-10-02 12:59:59",
        vague=False,
        said="2022-09-26 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_HEALTH_AU_26SEP22,
        published="2022-09-26",
    ),
    # the same transcript: 'every single year' (the sentence before it, without a time word, skipped): recurring
    B(
        text="The ABS has told us the Australian Bureau of Statistics that as many as 900,000 Australians every single year are choosing to go without medicines that their doctor has prescribed for their health, their doctor has said is important for the maintenance of good health.",
        due=None,
        vague=False,
        said="2022-09-26 00:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_HEALTH_AU_26SEP22,
        published="2022-09-26",
    ),
    # Australian Federal Register of Legislation, explanatory statement to PB 60 of 2021, registered 30 June 2021 (the register's title, date and tabling lines and the statement's headings skipped): 'Instrument 2012' names the instrument: no time for any act, no deadline
    B(
        text="This instrument amends the National Health (Listing of Pharmaceutical Benefits) Instrument 2012 to make changes to the pharmaceutical benefits listed on the Pharmaceutical Benefits Scheme and related matters.",
        due=None,
        vague=False,
        said="2021-06-30 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_PB60_30JUN21,
        published="2021-06-30",
    ),
    # the same statement: 'Act 1953', 'Instrument 2012' and 'PB 71 of 2012' are names: no deadline
    B(
        text="The purpose of this legislative instrument, made under sections 84AF, 84AK, 85, 85A, 88 and 101 of the National Health Act 1953 (the Act), is to amend the National Health (Listing of Pharmaceutical Benefits) Instrument 2012 (PB 71 of 2012) to make changes to the pharmaceutical benefits listed on the Pharmaceutical Benefits Scheme (PBS) and related matters.",
        due=None,
        vague=False,
        said="2021-06-30 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_PB60_30JUN21,
        published="2021-06-30",
    ),
    # the same statement: 'PB 71 of 2012' names an instrument and tells what it does in general: no deadline (the sentences after it, without a time word, skipped)
    B(
        text="PB 71 of 2012 determines the pharmaceutical benefits that are on the PBS through declarations of drugs and medicinal preparations, and determinations of forms, manners of administration and brands.",
        due=None,
        vague=False,
        said="2021-06-30 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_PB60_30JUN21,
        published="2021-06-30",
    ),
    # House of Commons, written ministerial statements, Thursday 17 July 2008 (Hansard; headings and two sentences without a time word skipped): 'I have today presented' is done (CONVENTIONS 2.4), the dates bound what was listed: past
    B(
        text="I have today presented to Parliament a Command Paper listing impact assessments published between 1 July 2007 and 31 March 2008.",
        due=None,
        vague=False,
        said="2008-07-17 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WS_17JUL08,
        published="2008-07-17",
    ),
    # the same statements: 'have now launched', done: past
    B(
        text="Government have now launched the impact assessment library, a central website that ensures increased transparency and accessibility to the analysis underpinning the Government’s decision to regulate.",
        due=None,
        vague=False,
        said="2008-07-17 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WS_17JUL08,
        published="2008-07-17",
    ),
    # the same statements: 'is being published and laid ... today', the present (CONVENTIONS 2.1): 17 July, end of day BST ('2007-08' names the report)
    B(
        text="The National Statistics annual report for 2007-08 is being published and laid before Parliament today.",
        due="2008-07-17 22:59:59",
        vague=False,
        said="2008-07-17 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_WS_17JUL08,
        published="2008-07-17",
    ),
    # the same statements: 'are today being deposited' (CONVENTIONS 2.1): 17 July, end of day BST ('2008-09' names the edition)
    B(
        text="Copies of the 2008-09 edition of the Tax Benefit Reference Manual (TBRM) are today being deposited in the Libraries of both Houses.",
        due="2008-07-17 22:59:59",
        vague=False,
        said="2008-07-17 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_WS_17JUL08,
        published="2008-07-17",
    ),
    # the same statements: 'publishes the TBRM annually': recurring (the next sentence, whose 'current' stands alone, skipped)
    B(
        text="HM Treasury publishes the TBRM annually.",
        due=None,
        vague=False,
        said="2008-07-17 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_WS_17JUL08,
        published="2008-07-17",
    ),
    # House of Lords, written answers, Tuesday 27 March 2007 (Hansard; headings and 'asked Her Majesty's Government:' skipped): a question on a visit 'on 14 and 15 March', already made: past
    B(
        text="Whether they will publish in the Official Report a copy of the resignation statement made by the councillors on Ascension Island following the visit by officials of the Foreign and Commonwealth Office on 14 and 15 March; and whether the Government will also publish any response they have made to this statement. [HL2891]",
        due=None,
        vague=False,
        said="2007-03-27 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_LWA_27MAR07,
        published="2007-03-27",
    ),
    # the same answers: the statement was 'released ... on 20 March 2007' (past); placing it in the Library has no time of its own: past
    B(
        text="A copy of the resignation statement released by the councillors on 20 March 2007 will be placed in the Library of the House.",
        due=None,
        vague=False,
        said="2007-03-27 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_LWA_27MAR07,
        published="2007-03-27",
    ),
    # the same answers (two sentences without a time word skipped): 'the forthcoming elections' names the elections, no time for any act: no deadline
    B(
        text="What requests they or the European Union have received from the Government of Bangladesh for technical or financial assistance in connection with their drive against corruption or their preparations for the forthcoming elections. [HL2800]",
        due=None,
        vague=False,
        said="2007-03-27 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_LWA_27MAR07,
        published="2007-03-27",
    ),
    # the same answers: 'in regular contact', a standing state: recurring
    B(
        text="Our high commission in Dhaka and the Department for International Development (DfID) office in Bangladesh are in regular contact with the caretaker Government of Bangladesh and the responsible institutions regarding election assistance and the Government's drive against corruption and abuse of office.",
        due=None,
        vague=False,
        said="2007-03-27 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_LWA_27MAR07,
        published="2007-03-27",
    ),
    # the same answers: 'allocated' for 'the now postponed' elections: past; unsure: negated (the elections' time is called off, CONVENTIONS 4.1, though no time is named)
    B(
        text="DfID allocated £1.1 million of funding in support of the now postponed parliamentary elections and has a £150 million programme in support of good governance which specifically targets corruption.",
        due=None,
        vague=False,
        said="2007-03-27 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_LWA_27MAR07,
        published="2007-03-27",
    ),
    # the same answers (a sentence without a time word skipped): 'the planned date' is asked for, none given: no deadline
    B(
        text="What information they have received from the Government of Bangladesh about the planned date of the elections. [HL2801]",
        due=None,
        vague=False,
        said="2007-03-27 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_LWA_27MAR07,
        published="2007-03-27",
    ),
    # the same answers: 'no commitment to a specific date' names no time: no deadline
    B(
        text="The caretaker Government of Bangladesh have made no commitment to a specific date for elections.",
        due=None,
        vague=False,
        said="2007-03-27 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_LWA_27MAR07,
        published="2007-03-27",
    ),
    # House of Commons, written ministerial statements, Thursday 3 April 2008 (Hansard; headings, among them 'Preparation of the European Council (13-14 March)', and sentences without a time word skipped): held 'on 4 March 2008': past
    B(
        text="The Economic and Financial Affairs Council was held in Brussels on 4 March 2008.",
        due=None,
        vague=False,
        said="2008-04-03 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WS_3APR08,
        published="2008-04-03",
    ),
    # the same statement: 'the January ECOFIN' and 'the spring 2008 European Council', reports already sent: past
    B(
        text="Following the orientation debate on these documents at the January ECOFIN and further drafting amendments in the Economic Policy Committee and Economic and Financial Committee, Ministers adopted reports which were sent to the spring 2008 European Council.",
        due=None,
        vague=False,
        said="2008-04-03 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WS_3APR08,
        published="2008-04-03",
    ),
    # the same statement: endorsed at the launch of 'the next three-year cycle': past
    B(
        text="These reports included reformulated draft texts which were endorsed by Heads as part of the launch of the next three-year cycle of the Lisbon strategy.",
        due=None,
        vague=False,
        said="2008-04-03 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WS_3APR08,
        published="2008-04-03",
    ),
    # the same statement: 'should now be a priority' is a view, no time for any act: no deadline
    B(
        text="The UK believes that implementation of the Lisbon strategy, including these recommendations, should now be a priority for member states.",
        due=None,
        vague=False,
        said="2008-04-03 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_WS_3APR08,
        published="2008-04-03",
    ),
    # the same statement: 'the spring European Council' prepared, 'recent' turbulence: past
    B(
        text="Ministers prepared the spring European Council’s discussion on issues related to financial stability on the basis of a report drafted by the Economic and Financial Committee which examined the causes and possible policy responses to recent financial market turbulence, preparing a contribution for Heads of State and Government on the matter.",
        due=None,
        vague=False,
        said="2008-04-03 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WS_3APR08,
        published="2008-04-03",
    ),
    # House of Commons, written ministerial statements, Thursday 24 May 2007 (Hansard; headings skipped): 'signed ... on 24 May 2007', the day of the statement, done: past
    B(
        text="The United Kingdom signed the joint Council of Europe/OECD Convention on Mutual Administrative Assistance in Tax Matters on 24 May 2007.",
        due=None,
        vague=False,
        said="2007-05-24 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WS_24MAY07,
        published="2007-05-24",
    ),
    # the same statement (a sentence without a time word skipped): 'in due course' as the Government's undertaking (CONVENTIONS 5.1): vague, 60 days, 23 July 2007, end of day BST
    B(
        text="An Order in Council incorporating the provisions of the convention into domestic law will be laid before the House of Commons for approval in due course.",
        due="2007-07-23 22:59:59",
        vague=True,
        said="2007-05-24 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_WS_24MAY07,
        published="2007-05-24",
    ),
    # the same statements: 'intends to publish on 29 May': 29 May 2007, end of day BST
    B(
        text="My right hon. Friend the Secretary of State for Communities and Local Government intends to publish on 29 May, for consultation, her proposed changes to the draft revision of the Regional Spatial Strategy for the North-East.",
        due="2007-05-29 22:59:59",
        vague=False,
        said="2007-05-24 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_WS_24MAY07,
        published="2007-05-24",
    ),
    # the same statement: 'initially published', 'in September 2004': past
    B(
        text="The current Regional Spatial Strategy, initially published as regional planning guidance (RPG1), became the Regional Spatial Strategy in September 2004 with the enactment of the Planning and Compulsory Purchase Act.",
        due=None,
        vague=False,
        said="2007-05-24 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WS_24MAY07,
        published="2007-05-24",
    ),
    # the same statement (a sentence without a time word skipped): 'in June 2005' and 'during March and April 2006': past
    B(
        text="A draft revision of the Regional Spatial Strategy was submitted to Government in June 2005 by the North-East Assembly, and tested in an Examination in Public during March and April 2006.",
        due=None,
        vague=False,
        said="2007-05-24 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WS_24MAY07,
        published="2007-05-24",
    ),
    # the same statement: 'in August 2006': past
    B(
        text="The report of the Examination in Public was published by the Secretary of State for Communities and Local Government in August 2006.",
        due=None,
        vague=False,
        said="2007-05-24 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WS_24MAY07,
        published="2007-05-24",
    ),
    # the same statement: 'The next step ... prior to finalisation', an undated stage: event (the publication itself is dated 29 May two sentences back)
    B(
        text="The next step is to publish the Secretary of State’s proposed changes for consultation, prior to finalisation and publication of the Regional Spatial Strategy by the Secretary of State.",
        due=None,
        vague=False,
        said="2007-05-24 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_WS_24MAY07,
        published="2007-05-24",
    ),
    # the same statement: 'On final publication', undated: event
    B(
        text="On final publication it will supersede the current Regional Spatial Strategy.",
        due=None,
        vague=False,
        said="2007-05-24 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_WS_24MAY07,
        published="2007-05-24",
    ),
    # House of Lords, written statements, Tuesday 27 March 2007 (Hansard; headings, the 'has made the following Written Ministerial Statement' lines and sentences without a time word skipped): information 'annually': recurring
    B(
        text="Under the terms of the convention, we are required to provide information annually to the Organisation for the Prohibition of Chemical Weapons.",
        due=None,
        vague=False,
        said="2007-03-27 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_LWS_27MAR07,
        published="2007-03-27",
    ),
    # the same statement: 'I am placing' has no day word of its own; the only time is the programme 'in 2006': past
    B(
        text="In accordance with the Government's commitment to openness, I am placing in the Library of the House a copy of the summary that has been provided to the organisation outlining the UK's chemical protection programme in 2006.",
        due=None,
        vague=False,
        said="2007-03-27 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_LWS_27MAR07,
        published="2007-03-27",
    ),
    # the same statements: 'Over the past 12 months ... has undertaken': past
    B(
        text="Over the past 12 months the Ministry of Defence has undertaken a thorough review of the Defence Medical Services (DMS) manpower requirement.",
        due=None,
        vague=False,
        said="2007-03-27 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_LWS_27MAR07,
        published="2007-03-27",
    ),
    # the same statement: the review's aim, told in the past, includes 'continued training' and 'during deployment', no time for any act: no deadline
    B(
        text="The aim of this review was to determine the number of uniformed, regular DMS personnel required to support operations consistent with overall defence planning assumptions, provide full healthcare and allow for continued training and the provision of headquarters staff during deployment.",
        due=None,
        vague=False,
        said="2007-03-27 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_LWS_27MAR07,
        published="2007-03-27",
    ),
    # the same statement: 'has now been completed': past
    B(
        text="The review has now been completed and I am now in a position to inform the House of the new DMS manpower requirement.",
        due=None,
        vague=False,
        said="2007-03-27 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_LWS_27MAR07,
        published="2007-03-27",
    ),
    # the same statement: 'sustained into the future' sets no time: no deadline
    B(
        text="I am convinced it provides a credible baseline on which the DMS can base its planning and ensure that the excellent level of healthcare which it provides both on operations and, in collaboration with the NHS, in the UK, is sustained into the future.",
        due=None,
        vague=False,
        said="2007-03-27 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_LWS_27MAR07,
        published="2007-03-27",
    ),
    # House of Commons, written ministerial statements, Thursday 19 July 2007 (Hansard; the heading 'Budget ECOFIN (13 July)' skipped): 'On 13 July 2007, I represented': past
    B(
        text="On 13 July 2007, I represented the UK at the Budget Economic and Financial Affairs Council (ECOFIN).",
        due=None,
        vague=False,
        said="2007-07-19 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WS_19JUL07,
        published="2007-07-19",
    ),
    # the same statement: a reading already conducted of 'the EC’s budget for 2008': past
    B(
        text="The Council conducted its first reading of the EC’s budget for 2008.",
        due=None,
        vague=False,
        said="2007-07-19 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WS_19JUL07,
        published="2007-07-19",
    ),
    # the same statement (a sentence without a time word skipped): 'During a conciliation meeting', statements 'were agreed': past
    B(
        text="During a conciliation meeting between the Council and the European Parliament, five joint statements relating to the budget were agreed.",
        due=None,
        vague=False,
        said="2007-07-19 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WS_19JUL07,
        published="2007-07-19",
    ),
    # the same statement: what the statements 'concerned', with years naming programmes and enlargements: past; unsure: the years only name things (no deadline, no refusal)
    B(
        text="These concerned: structural and cohesion funds and rural development 2007-13 programmes; recruitment in relation to the 2004 and 2007 enlargement; decentralised agencies; executive agencies; and assigned revenues.",
        due=None,
        vague=False,
        said="2007-07-19 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=1,
        source=_WS_19JUL07,
        published="2007-07-19",
    ),
    # the same statements (a sentence without a time word and the heading skipped): 'is today publishing' (CONVENTIONS 2.1): 19 July, end of day BST; 'commissioned ... in 2005' is past
    B(
        text="HM Treasury is today publishing a summary of the findings of a Landscape Review of National Savings and Investments (NS&I), commissioned by HM Treasury Ministers in 2005, copies of which are available in the Libraries of both Houses.",
        due="2007-07-19 22:59:59",
        vague=False,
        said="2007-07-19 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_WS_19JUL07,
        published="2007-07-19",
    ),
    # the same statement (two sentences without a time word skipped): 'Since its last review in 2000 ... had performed': past
    B(
        text="Since its last review in 2000 NS&I had performed well.",
        due=None,
        vague=False,
        said="2007-07-19 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WS_19JUL07,
        published="2007-07-19",
    ),
    # the same statement: 'Between 2000 and 2005 it raised': past
    B(
        text="Between 2000 and 2005 it raised £7.8 billion of net finance (contribution to the Government’s stock of debt) and £1.22 billion of value added (savings to Government made by raising debt through the retail market at a lower cost than through wholesale borrowing).",
        due=None,
        vague=False,
        said="2007-07-19 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=3,
        source=_WS_19JUL07,
        published="2007-07-19",
    ),
    # the same statement (two sentences without a time word skipped): 'when setting' targets, an undated act: event
    B(
        text="HM Treasury will reflect this when setting NS&I’s net finance and value added targets.",
        due=None,
        vague=False,
        said="2007-07-19 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_WS_19JUL07,
        published="2007-07-19",
    ),
    # House of Commons, written answer 'A31 (Dorset)', Monday 19 November 1984 (historic Hansard; quoted as it comes, the run-together 'Adleyasked' included): 'the latest position' on 'the commencement date' asks for a time and gives none: no deadline
    B(
        text="Mr. Adleyasked the Secretary of State for Transport if he will make a statement on the latest position apropos the commencement date of construction of the Ferndown bypass A31 trunk road scheme in Dorset.",
        due=None,
        vague=False,
        said="1984-11-19 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_WA_A31_19NOV84,
        published="1984-11-19",
    ),
    # the same answer: 'has been awarded' is done; work is expected 'to start early in the new year', read as 'in the new year', early next year (parser docstring: vague, January to April): 30 April 1985, end of day BST
    B(
        text="Following the receipt of tenders, a contract for the construction of Ferndown bypass has been awarded, and we expect work to start early in the new year.",
        due="1985-04-30 22:59:59",
        vague=True,
        said="1984-11-19 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_WA_A31_19NOV84,
        published="1984-11-19",
    ),
    # House of Commons, written ministerial statements, Monday 12 October 2009 (Hansard; headings skipped): 'have today laid' is done (CONVENTIONS 2.4): past ('Act 2008' is a name)
    B(
        text="The Government have today laid before the House a statutory instrument under the Counter-terrorism Act 2008 containing a direction requiring the UK financial services sector to cease all business with the Iranian Bank Mellat and the Islamic Republic of Iran Shipping Lines.",
        due=None,
        vague=False,
        said="2009-10-12 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WS_12OCT09,
        published="2009-10-12",
    ),
    # the same statement: the ban takes effect 'from today', a change said to take effect (CONVENTIONS 3.1): 12 October, end of day BST; unsure: a state given only its start, earliest 12 October 00:00 BST (2009-10-11 23:00:00 UTC, CONVENTIONS 3.2)
    B(
        text="This means that from today, financial and credit institutions will no longer be able to enter into new transactions or business relationships with these entities nor to continue with existing transactions or business relationships unless they are licensed by HM Treasury.",
        due="2009-10-12 22:59:59",
        vague=False,
        said="2009-10-12 09:00:00",
        tz="Europe/London",
        cluster=5,
        source=_WS_12OCT09,
        published="2009-10-12",
    ),
    # the same statement: a commitment given 'during the passage of the Act': past
    B(
        text="Consistent with the commitment provided to the House during the passage of the Act, I would like to set out the reasons behind our decision.",
        due=None,
        vague=False,
        said="2009-10-12 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WS_12OCT09,
        published="2009-10-12",
    ),
    # the same statement (two sentences without a time word skipped): 'an immediate challenge' describes the programme, no undertaking: no deadline (the sentences after it, with 'ongoing' and 'continues' only or no time word, skipped)
    B(
        text="Most notably, its nuclear programme presents an immediate challenge to the global non-proliferation regime.",
        due=None,
        vague=False,
        said="2009-10-12 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_WS_12OCT09,
        published="2009-10-12",
    ),
    # House of Commons, written ministerial statements printed 17 September 2008 (Hansard; column lines and headings skipped): statements 'received between Monday 15 September and Tuesday 16 September 2008': past
    B(
        text="The following statements were received between Monday 15 September and Tuesday 16 September 2008",
        due=None,
        vague=False,
        said="2008-09-17 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=3,
        source=_WS_17SEP08,
        published="2008-09-17",
    ),
    # the same statements, the Minister for Local Government (his name and office left out as a speaker's heading): 'will shortly commence', the Government's undertaking (CONVENTIONS 5.1): vague, 60 days, 16 November 2008, end of day GMT; unsure: 'before Royal Assent of the Planning Bill' ties it to an undated stage (event)
    B(
        text="I can confirm to the House that the Government will shortly commence the early recruitment and appointment of a chair and chief executive of the Infrastructure Planning Commission (IPC), before Royal Assent of the Planning Bill.",
        due="2008-11-16 23:59:59",
        vague=True,
        said="2008-09-17 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_WS_17SEP08,
        published="2008-09-17",
    ),
    # the same statement (a sentence without a time word skipped): ready 'by the time the first national policy statements are designated, anticipated to be towards the end of 2009': 31 December 2009, end of day GMT; unsure: the readiness waits on the designation (event)
    B(
        text="Early appointments will give infrastructure developers the confidence to work on applications for development consent under the new regime, with the knowledge that the IPC will be operational and able to provide advice by the time the first national policy statements are designated, anticipated to be towards the end of 2009.",
        due="2009-12-31 23:59:59",
        vague=False,
        said="2008-09-17 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_WS_17SEP08,
        published="2008-09-17",
    ),
    # the same statement (a sentence without a time word skipped): 'Pending that approval', undated: event
    B(
        text="Pending that approval, expenditure estimated at £50,000 will be met by a repayable cash advance from the Contingencies Fund, under the established terms of that fund.",
        due=None,
        vague=False,
        said="2008-09-17 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_WS_17SEP08,
        published="2008-09-17",
    ),
    # the same statements, a Parliamentary Under-Secretary (name and office left out): 'is publishing on 30 September': 30 September 2008, end of day BST
    B(
        text="My right hon. Friend the Secretary of State for Communities and Local Government is publishing on 30 September the final revision of the “Regional Spatial Strategy (RSS) for the North-West of England”.",
        due="2008-09-30 22:59:59",
        vague=False,
        said="2008-09-17 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_WS_17SEP08,
        published="2008-09-17",
    ),
    # the same statement: the 'late August or early September date' an earlier statement 'of 17 July' suggested, now gone by: past
    B(
        text="This is a slight amendment to the late August or early September date which my 17 July statement suggested, Official Report, column 42WS.",
        due=None,
        vague=False,
        said="2008-09-17 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=3,
        source=_WS_17SEP08,
        published="2008-09-17",
    ),
    # the same statement: 'will also be published alongside the RSS on 30 September': 30 September 2008, end of day BST
    B(
        text="The reports of a consolidated “Sustainability Appraisal, a Habitats Regulations Assessment and Sustainability” statement will also be published alongside the RSS on 30 September.",
        due="2008-09-30 22:59:59",
        vague=False,
        said="2008-09-17 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_WS_17SEP08,
        published="2008-09-17",
    ),
    # House of Lords Business for Tuesday 13 October 2009 (the order paper; the site text, session line, the date line 'Tuesday 13 October 2009 at 2.30pm', the introduction and the line 'Oral questions, 30 minutes', a stock line of Lords order papers already in the article sets, skipped; the items' leading asterisks left out): stroke cases sent to the units 'for three days', a standing policy (CONVENTIONS 1.3): recurring
    B(
        text="Baroness Gardner of Parkes to ask Her Majesty’s Government whether, in announcing eight hyper-acute stroke units for London, they will give further consideration to the policy that all suspected stroke cases will be sent in the first instance to those units for three days and then transferred to their local stroke centre.",
        due=None,
        vague=False,
        said="2009-10-13 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_LORDS_BUS_13OCT09,
        published="2009-10-13",
    ),
    # the same order paper (a question without a time word skipped): 'on 29 August', 'in October 2003' and 'in 1990-91' are all gone: past
    B(
        text="Lord Lloyd of Berwick to ask Her Majesty’s Government what is their response to the decision of the Pensions Appeal Tribunal in Edinburgh on 29 August in the case of Michael John Kozac that his death in October 2003 was directly attributable to high blood pressure caused by the consumption of Nerve Agent Pre-treatment tablets which he was required to take during his service in the Gulf in 1990-91.",
        due=None,
        vague=False,
        said="2009-10-13 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=3,
        source=_LORDS_BUS_13OCT09,
        published="2009-10-13",
    ),
    # the same order paper (the dagger and asterisk left out): 'the recent report' and 'future investment' set no time for any act: no deadline (the next item, a marshalling motion, holds no time word)
    B(
        text="The Lord Bishop of Liverpool to ask Her Majesty’s Government, in the light of the recent report by Ofgem on Britain’s energy supplies, how they will ensure that future investment in energy will provide energy security and sustainability.",
        due=None,
        vague=False,
        said="2009-10-13 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_LORDS_BUS_13OCT09,
        published="2009-10-13",
    ),
    # House of Lords, written statements, Tuesday 14 July 2009 (Hansard; column lines, headings, speakers' names and the 'has made the following Written Ministerial Statement' lines skipped): 'will be laid before Parliament today' (CONVENTIONS 2.1): 14 July, end of day BST ('2008-09' names the report)
    B(
        text="The 2008-09 annual report and accounts for Animal Health will be laid before Parliament today.",
        due="2009-07-14 22:59:59",
        vague=False,
        said="2009-07-14 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_LWS_14JUL09,
        published="2009-07-14",
    ),
    # the same statements: 'published ... on 8 June 2009': past
    B(
        text="The Government published their response to consultation and impact assessment on Crown Court means testing on 8 June 2009.",
        due=None,
        vague=False,
        said="2009-07-14 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_LWS_14JUL09,
        published="2009-07-14",
    ),
    # the same statement: the scheme 'to begin in January 2010', a one-off start (CONVENTIONS 3.1): 31 January 2010, end of day GMT; unsure: a scheme given only its start (earliest 1 January 2010 00:00 GMT, CONVENTIONS 3.2)
    B(
        text="The response sets out the Government's intentions in respect of the introduction of the new scheme, to begin in January 2010.",
        due="2010-01-31 23:59:59",
        vague=False,
        said="2009-07-14 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_LWS_14JUL09,
        published="2009-07-14",
    ),
    # the same statement: 'Today, I am announcing' (CONVENTIONS 2.1): 14 July, end of day BST
    B(
        text="Today, I am announcing a consultation process on the draft regulations designed to support the introduction of Crown Court means testing.",
        due="2009-07-14 22:59:59",
        vague=False,
        said="2009-07-14 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_LWS_14JUL09,
        published="2009-07-14",
    ),
    # the same statement: the period 'will last from 14 July 2009 until 5 October 2009', due at its end (CONVENTIONS 1.1): 5 October, end of day BST (the next sentence, without a time word, skipped)
    B(
        text="The consultation period will last from 14 July 2009 until 5 October 2009.",
        due="2009-10-05 22:59:59",
        vague=False,
        said="2009-07-14 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_LWS_14JUL09,
        published="2009-07-14",
    ),
    # the same statements: 'Act 2008' is a name: no deadline
    B(
        text="The Local Transport Act 2008 includes provisions aimed at making bus quality contracts schemes a more realistic option for local transport authorities outside London.",
        due=None,
        vague=False,
        said="2009-07-14 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_LWS_14JUL09,
        published="2009-07-14",
    ),
    # the same statement: 'is today publishing' (CONVENTIONS 2.1): 14 July, end of day BST (the next sentence, without a time word, skipped)
    B(
        text="The Department for Transport is today publishing a consultation on draft regulations and guidance to support the implementation of those provisions.",
        due="2009-07-14 22:59:59",
        vague=False,
        said="2009-07-14 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_LWS_14JUL09,
        published="2009-07-14",
    ),
    # Wikinews, 'Morning polling causes late students', Tuesday 7 November 2006 (the review-status and archive notices around the article skipped; Wikinews read in UTC): polls 'opened at 13:00 UTC (8:00 AM EST) this morning', told in the past: past (the story was written after that hour, though the reference is 10:00)
    B(
        text="Polling places opened at 13:00 UTC (8:00 AM EST) this morning in Palm Beach County, Florida for the United States midterm elections.",
        due=None,
        vague=False,
        said="2006-11-07 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=2,
        source=_WN_POLLING_7NOV06,
        published="2006-11-07",
    ),
    # the same article: 'Early voters wreaked havoc': past
    B(
        text="Early voters wreaked havoc on the city streets, causing backups near polling locations and interrupting traffic flows to area elementary and senior high schools.",
        due=None,
        vague=False,
        said="2006-11-07 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN_POLLING_7NOV06,
        published="2006-11-07",
    ),
    # the same article: 'asked teachers to accept late students': past
    B(
        text="Due to the increase in traffic, some area school administrations asked teachers to accept late students without reprimand.",
        due=None,
        vague=False,
        said="2006-11-07 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN_POLLING_7NOV06,
        published="2006-11-07",
    ),
    # House of Lords Business for Friday 22 October 2010 (the order paper; the date lines 'Friday 22 October 2010 at 10.00am' and 'Monday 25 October at 2.30pm', the bills' headings, the 'read a second time' motions and questions without a time word skipped; the items' leading asterisks left out): 'Act 2007' is a name and 'when placing representatives' any case in general: no time for any act, no deadline
    B(
        text="Lord James of Blackheath to ask Her Majesty’s Government whether they will clarify the responsibilities of charities under the Corporate Manslaughter and Corporate Homicide Act 2007 when placing representatives in war zones.",
        due=None,
        vague=False,
        said="2010-10-22 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_LORDS_BUS_22OCT10,
        published="2010-10-22",
    ),
    # the same order paper: a statement 'published in March 2010': past
    B(
        text="Baroness Gardner of Parkes to ask Her Majesty’s Government what they expect to be the effect of the limitations on shared ownership for first-time buyers as set out in the Financial Services Authority’s Policy Statement A Specialist Source-Book for Building Societies published in March 2010, stating that a maximum of 15 per cent of a Building Society’s whole mortgage book will be available for non-prime owner-occupied mortgages.",
        due=None,
        vague=False,
        said="2010-10-22 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_LORDS_BUS_22OCT10,
        published="2010-10-22",
    ),
    # the same order paper: the Statement 'laid before the House on 1 October': past (the next motion, cut off by the end of the opening, skipped)
    B(
        text="Statement of Changes in Immigration Rules (Cm 7944) Lord Avebury to move that the Statement, laid before the House on 1 October, be disapproved.",
        due=None,
        vague=False,
        said="2010-10-22 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_LORDS_BUS_22OCT10,
        published="2010-10-22",
    ),
    # House of Lords Business for Tuesday 27 July 2010 (the order paper; the date line, the introductions, the stock line 'Oral Questions, 30 minutes' and items without a time word skipped; asterisks left out): payments 'removed by 2013' only in an 'if' of a study's scenario, no undertaking (CONVENTIONS 4.2): no deadline; unsure: due 31 December 2013 (2013-12-31 23:59:59 UTC)
    B(
        text="Lord Livsey of Talgarth to ask Her Majesty’s Government whether they have reached conclusions on the findings of the Department for Environment, Food and Rural Affairs-funded Dutch Agricultural Economics Research Institute (LEI) study of the likely impact on United Kingdom farmers if Common Agricultural Policy direct payments were removed by 2013.",
        due=None,
        vague=False,
        said="2010-07-27 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_LORDS_BUS_27JUL10,
        published="2010-07-27",
    ),
    # the same order paper: draft Regulations 'laid before the House on 1 March': past ('Regulations 2010' is a name)
    B(
        text="Pensions Regulator (Contribution Notices) (Sum Specified following Transfer) Regulations 2010 Lord Freud to move that the draft Regulations laid before the House on 1 March be approved.",
        due=None,
        vague=False,
        said="2010-07-27 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_LORDS_BUS_27JUL10,
        published="2010-07-27",
    ),
    # the same order paper: the report 'considered in Grand Committee on 21 July', six days before ('Session 2009–10' names the session): past (the same line under the next motion taken once)
    B(
        text="10th Report, Session 2009–10, from the Joint Committee on Statutory Instruments, considered in Grand Committee on 21 July",
        due=None,
        vague=False,
        said="2010-07-27 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=3,
        source=_LORDS_BUS_27JUL10,
        published="2010-07-27",
    ),
    # the same order paper: draft Regulations 'laid before the House on 2 March': past
    B(
        text="Occupational Pension Schemes (Levies) (Amendment) Regulations 2010 Lord Freud to move that the draft Regulations laid before the House on 2 March be approved.",
        due=None,
        vague=False,
        said="2010-07-27 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_LORDS_BUS_27JUL10,
        published="2010-07-27",
    ),
)
