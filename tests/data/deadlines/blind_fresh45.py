"""A FORTY-FIFTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-03 (UTC), from about 16:37 by the machine's clock, by a
labelling helper (branch issue12l5-s24) that neither changed nor ran the parser. It read
`CONVENTIONS.md` (the labelling rules, which win over any earlier set's comment), the
docstring, comments and README section of `blind_fresh34.py`, and the parser package's
docstring only (for the parts of the day, the vague windows, the thirds of a period, the
meteorological seasons and "a date without a year is its next occurrence"); nothing else of
`bot/core/deadlines/` was opened. The brief allowed any publisher but no one above a third
of the cases, at least eight publishers and several genres: Tennessee Valley Authority
reservoir updates and a release, White House press briefings of 1997 and 1998 (Clinton
archive), House of Commons debates and written answers (historic Hansard), the
Congressional Record (Senate), US federal courts' news items, US Patent and Trademark
Office Federal Register rules, European Parliament minutes, an Architect of the Capitol
notices list and a State Department briefing. As in the twenty-seventh to forty-fourth
sets, every sentence quoted holds a time word of some kind (a date, a clock time, a day
word, a period, a span, a year in a name, "now", "currently", "so far", "to date", "just",
"recent", "since", "always", "eventually", "ultimately", "future", "soon", "deadline",
"delay", "when", "until", "following"); the sentences of the pages read that hold none
were skipped, as were bare headings, titles, date lines, index lists, page and source
lines, the standing sign-up paragraph of a monthly bulletin, tables, speakers' names and
the reporters' "Q", greetings, and lines cut off by the start or end of an opening. A
point of a list was taken as its own case (without its dash); no word was changed, line
breaks of plain-text records were joined with a space, and quotation marks stay as the
page has them. The sentences were found with a search over stored copies of public pages
and taken as they came in the openings the search returns, in page order. See README.md
("Forty-fifth fresh blind set") for every address, publisher and licence. No address
listed in README.md, in a `#` header or README under `tests/data/`, in the sources of the
other set files or in the shared claims file was used: each was checked against those
lists (the address and a distinctive phrase of the page) and claimed (`fresh45`) in
`/work/helper-brief/claims.txt` before a quote was taken; pages already used (among them
Wikinews on the Atlantis launch of 2008, the Discovery launch of 2005 and the Tunisian
election of 2011, State Department briefings of 2016 and 2019) were dropped. Each label was
worked out by hand from the words, the publication date and the publisher's zone; the
conversion of local instants to UTC wall time and the weekday checks were done with
Python's zoneinfo and datetime in a scratch script outside the repository, never with
code of the project. No run of `parse_deadline`, `interpret_deadline`,
`bench/deadlines.py` or the tests touched these texts before the labels were committed;
the helpers improving the parser have not seen them. See README.md for the count and the
composition by publisher and by kind.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.2"), then `blind_fresh34.py`: the publisher's zone (US federal publishers,
TVA in Knoxville included: America/New_York, except the bankruptcy court in Birmingham,
Alabama: America/Chicago; the House of Commons: Europe/London; the European Parliament in
Strasbourg: Europe/Brussels); the moment of speaking is a briefing's own time stamp where
the page gives one (the four White House briefings and the State Department briefing),
else the publication date at 10:00 local; the notices of the Architect of the Capitol's
list page are each read at their own date; a day falls due at 23:59:59 local (zoneinfo
decides the offset, British Summer Time of 1964 included); a clock time without a zone word
is in the publisher's zone; a range, a list or a schedule falls due at its later end;
"early <month>" is its first ten days, "late" autumn its last month and seasons are
meteorological (the parser's docstring); vague words take the parser's documented windows
(60 days for "soon"), counted from the day of speaking; a time that the sentence hangs on
an undated event ("until after a General Election", "during the election campaign", "When
we have finished with the Bill", "the end of the Session") is `refusal='event'`; a standing
span or yearly step of a process ("usually takes two to three years", "within a day or
two", "before May 1, to take effect no earlier than December 1 of the same year") is
`refusal='recurring'`; a time denied ("not working on a Tuesday morning", "do not want to
have us meet tomorrow morning") is `refusal='negated'`; only a lower bound ("not ... again
until December", "not convening until 1:15", "cannot possibly become law until late in the
autumn", "on or after January 19, 2025") is `refusal='earliest'` with `earliest` set;
refusals have `due=None`; a sentence whose time words set no time for any act ("now" or
"currently" on a present state, "today's ceremony", "future years", a year naming an Act,
"at this stage", "too early to say", "more time", a question "when ...?") has `due=None`
and no refusal word. Labels marked "unsure" name the other reading; like every label here
they stay as committed, whatever the first run shows. First run: not yet taken (the lead
runs it once, after merging, and records it in README.md). Never edit these labels to fit
the parser.

Licence audit of stop 49 (Senedd, Ireland, Northern Ireland, EU; branch lic49b-s49): 7 case(s) removed, European Parliament (no legal notice of the Parliament found in the store); 129 remain. See README.md, "Licence audit of stop 49 (Senedd, Ireland, Northern Ireland)".
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_WH_MCCURRY_21NOV97 = (
    "https://clintonwhitehouse6.archives.gov/1997/11/1997-11-21-press-briefing-by-mike-mccurry.html"
)
_WH_MCCURRY_27JAN97 = (
    "https://clintonwhitehouse6.archives.gov/1997/01/1997-01-27-press-briefing-by-mike-mccurry.html"
)
_STATE_PSAKI_7AUG13 = "http://m.state.gov/md212861.htm"
_TVA_ERIVER_AUG10 = "http://www.tva.gov/email/eRiver/2010/august.html"
_TVA_ERIVER_JUN10 = "http://tva.gov/email/eRiver/2010/june.html"
_TVA_ERIVER_MAY11 = "http://www.tva.gov/email/eRiver/2011/may.html"
_TVA_ERIVER_JUN11 = "http://tva.com/email/eRiver/2011/june.html"
_TVA_SUMMER_POOL_26MAY06 = "https://webarchive.library.unt.edu/eot2008/20080916150422/http://tva.gov/news/releases/aprjun06/summer_pool.htm"
_HC_LONDON_GOV_23JAN63 = (
    "https://api.parliament.uk/historic-hansard/commons/1963/jan/23/london-government-bill-1"
)
_HC_WA_COMPLETIONS_19JUL66 = (
    "https://api.parliament.uk/historic-hansard/written_answers/1966/jul/19/completions-1966"
)
_HC_WA_LA_BUILDING_27NOV63 = "https://api.parliament.uk/historic-hansard/written_answers/1963/nov/27/local-authority-building"
_AOC_NOTICES_P3 = "https://www.aoc.gov/about-us/news-notices?search=&page=3"
_USCOURTS_1DEC14 = "https://uscourts.gov/news/2014/12/01/amended-rules-effective-december-1-2014"
_NYEB_7NOV14 = "https://www.nyeb.uscourts.gov/news/amendments-adopted-supreme-court-be-effective-december-1-2014"
_ALNB_27NOV13 = (
    "https://www.alnb.uscourts.gov/news/amendments-federal-rules-practice-and-procedure?page=2"
)
_USPTO_FEES_FINAL_20NOV24 = "https://govinfo.gov/content/pkg/FR-2024-11-20/html/2024-26821.htm"
_USPTO_FEES_NPRM_3APR24 = "https://www.govinfo.gov/content/pkg/FR-2024-04-03/html/2024-06250.htm"
_EP_PV_9MAR11 = "https://www.europarl.europa.eu/doceo/document/PV-7-2011-03-09_EN.html"
_CREC_S12798_18OCT99 = (
    "https://congress.gov/106/crec/1999/10/18/145/141/modified/CREC-1999-10-18-pt1-PgS12798-4.htm"
)
_CREC_S10782_17OCT02 = "https://webharvest.gov/congress114th/20161115213921/https://congress.gov/congressional-record/2002/10/17/senate-section/article/S10782-3"
_WH_MCCURRY_23JUL98 = (
    "https://clintonwhitehouse6.archives.gov/1998/07/1998-07-23-press-briefing-by-mike-mccurry.html"
)
_WH_MCCURRY_10SEP98 = (
    "https://clintonwhitehouse6.archives.gov/1998/09/1998-09-10-press-briefing-by-mike-mccurry.html"
)

FRESH45_CASES: tuple[BlindCase, ...] = (
    # The White House, Office of the Press Secretary, 'Press Briefing by Mike McCurry' (Friday 21 November 1997, the briefing opening at 3:39 P.M. EST, the moment of speaking; the header, the time stamp and the speakers' names are not quoted): 'this week' names the briefing given now, and 'until we return from our travels' hangs on an undated return: no deadline; unsure: event
    B(
        text="Ladies and gentlemen, welcome to the White House for the last daily briefing of this week and the last daily briefing until we return from our travels.",
        due=None,
        vague=False,
        said="1997-11-21 20:39:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_MCCURRY_21NOV97,
        published="1997-11-21",
    ),
    # the same briefing: the next briefing 'not ... again until December', only a lower bound (CONVENTIONS 3.2): earliest 1 December 1997, 00:00 EST
    B(
        text="In fact, this will be -- we won't have to do this again until December.",
        due=None,
        vague=False,
        said="1997-11-21 20:39:00",
        tz="America/New_York",
        refusal="earliest",
        earliest="1997-12-01 05:00:00",
        cluster=5,
        source=_WH_MCCURRY_21NOV97,
        published="1997-11-21",
    ),
    # the same briefing, a reporter's question: 'back on Wednesday', the next Wednesday after Friday 21 November: 26 November 1997, end of day EST
    B(
        text="You'll be back on Wednesday, won't you?",
        due="1997-11-27 04:59:59",
        vague=False,
        said="1997-11-21 20:39:00",
        tz="America/New_York",
        cluster=6,
        source=_WH_MCCURRY_21NOV97,
        published="1997-11-21",
    ),
    # the same briefing: getting back 'so late on Tuesday', the next Tuesday: 25 November 1997, end of day EST; unsure: no deadline (a plan told as a thought the speaker had, 'I was going to')
    B(
        text="Oh, I was thinking, since we get back so late on Tuesday I was going to give everyone the day off.",
        due="1997-11-26 04:59:59",
        vague=False,
        said="1997-11-21 20:39:00",
        tz="America/New_York",
        cluster=6,
        source=_WH_MCCURRY_21NOV97,
        published="1997-11-21",
    ),
    # the same briefing: 'the day off' names no day in this sentence, and 'probably' hedges it: no deadline; unsure: 26 November 1997 (the Wednesday of the question before)
    B(
        text="But since Helen is insisting that I come in a brief -- we'll probably give you the day off.",
        due=None,
        vague=False,
        said="1997-11-21 20:39:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_MCCURRY_21NOV97,
        published="1997-11-21",
    ),
    # the same briefing: 'each and every moment of every day', a standing state of a post: recurring
    B(
        text="For those of you who do not know, that is the single most powerful job in the U.S. government because it's the single person closest to the President each and every moment of every day, because it's the person who really keeps the President going exactly where the President is supposed to be, saying what he's supposed to say, having all the papers he's supposed to have, having all the remarks nicely in place.",
        due=None,
        vague=False,
        said="1997-11-21 20:39:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_WH_MCCURRY_21NOV97,
        published="1997-11-21",
    ),
    # the same briefing: new duties that 'will begin ... on December 1st', a one-off start of a post (CONVENTIONS 3.1): 1 December 1997, end of day EST; unsure: earliest 1 December 1997 (an activity given only its start, CONVENTIONS 3.2)
    B(
        text="Mr. Engskov will begin those new assignments on December 1st.",
        due="1997-12-02 04:59:59",
        vague=False,
        said="1997-11-21 20:39:00",
        tz="America/New_York",
        cluster=6,
        source=_WH_MCCURRY_21NOV97,
        published="1997-11-21",
    ),
    # the same briefing: service 'on so many occasions', told as done: past
    B(
        text="And as his replacement, I am delighted to introduce someone you all know well, Michael Teague, who has worked in the White House Travel Office, taking care of you on so many occasions.",
        due=None,
        vague=False,
        said="1997-11-21 20:39:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WH_MCCURRY_21NOV97,
        published="1997-11-21",
    ),
    # the same briefing: 'now' on a service that continues with no end: no deadline
    B(
        text="And he will now continue to render his splendid service to all of you in his new position as Director of Pool Operations.",
        due=None,
        vague=False,
        said="1997-11-21 20:39:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_MCCURRY_21NOV97,
        published="1997-11-21",
    ),
    # The White House, Office of the Press Secretary, 'Press Briefing by Mike McCurry' (Monday 27 January 1997, the briefing opening at 1:11 P.M. EST, the moment of speaking; the header, the greeting 'Good afternoon, ladies and gentlemen. Happy Monday to you all.' and the speakers' names are not quoted): 'a quiet day' on the present: no deadline
    B(
        text="It's a quiet day here at the White House.",
        due=None,
        vague=False,
        said="1997-01-27 18:11:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_MCCURRY_27JAN97,
        published="1997-01-27",
    ),
    # the same briefing: 'has the day off', a present state: no deadline
    B(
        text="The President of the United States has the day off, but he insisted I come in the office anyhow.",
        due=None,
        vague=False,
        said="1997-01-27 18:11:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_MCCURRY_27JAN97,
        published="1997-01-27",
    ),
    # the same briefing: what the President is 'doing today', the act of the day of speaking (CONVENTIONS 2.1): 27 January 1997, end of day EST; unsure: no deadline (a description of the day, no undertaking)
    B(
        text="That's all he's doing today.",
        due="1997-01-28 04:59:59",
        vague=False,
        said="1997-01-27 18:11:00",
        tz="America/New_York",
        cluster=6,
        source=_WH_MCCURRY_27JAN97,
        published="1997-01-27",
    ),
    # the same briefing: a 'recent surgery', told as done: past
    B(
        text="Helen, on President Yeltsin we don't have any information that contraindicates what the Kremlin itself has said, that he's obviously recovering from his recent surgery and illness.",
        due=None,
        vague=False,
        said="1997-01-27 18:11:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WH_MCCURRY_27JAN97,
        published="1997-01-27",
    ),
    # the same briefing: meetings 'just had': past
    B(
        text="We just had a series of high level and productive meetings led by Deputy Secretary Talbott and we are proceeding accordingly.",
        due=None,
        vague=False,
        said="1997-01-27 18:11:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WH_MCCURRY_27JAN97,
        published="1997-01-27",
    ),
    # the same briefing: a meeting expected 'later this year', no time set: 31 December 1997, end of day EST
    B(
        text="We have not set a time or place for the meeting that we expect to occur later this year between President Yeltsin and President Clinton.",
        due="1998-01-01 04:59:59",
        vague=False,
        said="1997-01-27 18:11:00",
        tz="America/New_York",
        cluster=4,
        source=_WH_MCCURRY_27JAN97,
        published="1997-01-27",
    ),
    # the same briefing, a reporter's question: 'delayed' with no time: no deadline
    B(
        text="Do you expect the meeting to be delayed?",
        due=None,
        vague=False,
        said="1997-01-27 18:11:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_MCCURRY_27JAN97,
        published="1997-01-27",
    ),
    # the same briefing: no time set: no deadline
    B(
        text="We haven't set a time or a place.",
        due=None,
        vague=False,
        said="1997-01-27 18:11:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_MCCURRY_27JAN97,
        published="1997-01-27",
    ),
    # the same briefing: sessions 'very early next month', early February read as its first ten days (the parser's docstring): 10 February 1997, end of day EST
    B(
        text="I imagine that will be a subject that will be included within the basket of issues that Prime Minister Chernomyrdin and Vice President Gore deal with when they meet very early next month in the Gore-Chernomyrdin sessions that will be occurring here in Washington.",
        due="1997-02-11 04:59:59",
        vague=False,
        said="1997-01-27 18:11:00",
        tz="America/New_York",
        cluster=4,
        source=_WH_MCCURRY_27JAN97,
        published="1997-01-27",
    ),
    # the same briefing, a reporter's question: 'for so long' sets no time for any act: no deadline
    B(
        text="Mike, what impact, if any, do you see on Russian economic and political reforms from his absence from the seat for so long?",
        due=None,
        vague=False,
        said="1997-01-27 18:11:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_MCCURRY_27JAN97,
        published="1997-01-27",
    ),
    # the same briefing, the question goes on: 'almost a month since': past
    B(
        text="It's been almost a month since he's even been seen at all.",
        due=None,
        vague=False,
        said="1997-01-27 18:11:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WH_MCCURRY_27JAN97,
        published="1997-01-27",
    ),
    # US Department of State, 'Daily Press Briefing' by Jen Psaki (Wednesday 7 August 2013, the briefing opening at 1:32 p.m. EDT, the moment of speaking; the index of topics, the video note and the opening line are not quoted): 'take a moment' now, and a year naming the bombings: no deadline
    B(
        text="We would like to take a moment to remember the 1998 embassy bombings in Kenya and Tanzania.",
        due=None,
        vague=False,
        said="2013-08-07 17:32:00",
        tz="America/New_York",
        cluster=1,
        source=_STATE_PSAKI_7AUG13,
        published="2013-08-07",
    ),
    # the same briefing: 'today marks the 15th anniversary', a present fact, no act: no deadline
    B(
        text="As you know, today marks the 15th anniversary.",
        due=None,
        vague=False,
        said="2013-08-07 17:32:00",
        tz="America/New_York",
        cluster=1,
        source=_STATE_PSAKI_7AUG13,
        published="2013-08-07",
    ),
    # the same briefing: 'that day' gone and work continued 'today' with no end: no deadline; unsure: past
    B(
        text="We honor the memory of the 218 killed that day and nearly 5,000 people injured, including American, Kenyan, and Tanzanian employees of our two embassies by continuing our work today in the region.",
        due=None,
        vague=False,
        said="2013-08-07 17:32:00",
        tz="America/New_York",
        cluster=1,
        source=_STATE_PSAKI_7AUG13,
        published="2013-08-07",
    ),
    # the same briefing: 'marked this occasion', told as done: past
    B(
        text="Both Embassy Nairobi and Embassy Dar es Salaam marked this occasion locally.",
        due=None,
        vague=False,
        said="2013-08-07 17:32:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_STATE_PSAKI_7AUG13,
        published="2013-08-07",
    ),
    # Tennessee Valley Authority, 'eRiver' monthly reservoir update by e-mail (Monday 2 August 2010; TVA is in Knoxville, so its zone is America/New_York; the link line, the date line, the list of items, the headings, the standing sign-up paragraph and the table are not quoted): rainfall 'for the year' totalled 'at the end of July': past
    B(
        text="In the eastern Valley, rainfall for the year totaled 24 inches at the end of July, which is 7.4 inches below normal.",
        due=None,
        vague=False,
        said="2010-08-02 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_TVA_ERIVER_AUG10,
        published="2010-08-02",
    ),
    # the same update: relief 'in recent weeks': past
    B(
        text="A few heavy downpours brought temporary relief to some areas in recent weeks.",
        due=None,
        vague=False,
        said="2010-08-02 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_TVA_ERIVER_AUG10,
        published="2010-08-02",
    ),
    # the same update: events told as done, 'as is typical in summer' a habit: past
    B(
        text="But these events were highly localized, slamming some neighborhoods and missing others entirely, as is typical in summer.",
        due=None,
        vague=False,
        said="2010-08-02 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_TVA_ERIVER_AUG10,
        published="2010-08-02",
    ),
    # the same update: a figure 'for the year to date', like 'so far': past
    B(
        text="Eastern Valley rainfall for the year to date is 76 percent of normal.",
        due=None,
        vague=False,
        said="2010-08-02 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_TVA_ERIVER_AUG10,
        published="2010-08-02",
    ),
    # the same update: 'currently' on a present state: no deadline
    B(
        text="Runoff (the amount of water that reaches the river system when it rains instead of being absorbed into the ground) is currently 91 percent of normal in the eastern Valley.",
        due=None,
        vague=False,
        said="2010-08-02 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_TVA_ERIVER_AUG10,
        published="2010-08-02",
    ),
    # the same update: levels 'at the end of July': past
    B(
        text="Most tributary storage reservoirs in the TVA system were within about two feet of their flood guide levels at the end of July, with the exception of South Holston, Watauga, and Blue Ridge.",
        due=None,
        vague=False,
        said="2010-08-02 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_TVA_ERIVER_AUG10,
        published="2010-08-02",
    ),
    # the same update: a drawdown begun 'in mid-July': past
    B(
        text="TVA began a special deep drawdown on Blue Ridge Reservoir in mid-July.",
        due=None,
        vague=False,
        said="2010-08-02 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_TVA_ERIVER_AUG10,
        published="2010-08-02",
    ),
    # the same update: the reservoir lowered 'by November' (the dam's age names it): 30 November 2010, end of day EST
    B(
        text="The reservoir will be lowered to an elevation between 1620 and 1630 feet above sea level by November as part of a project to rehabilitate the 79-year-old dam.",
        due="2010-12-01 04:59:59",
        vague=False,
        said="2010-08-02 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_TVA_ERIVER_AUG10,
        published="2010-08-02",
    ),
    # Tennessee Valley Authority, 'eRiver' monthly reservoir update by e-mail (Wednesday 2 June 2010; the link line, the date line, the list of items, the headings, the standing sign-up paragraph, the chart labels and the table are not quoted): rain 'in May' after 'three months' of dry weather: past
    B(
        text="After three months of below-normal rainfall, the eastern Tennessee Valley received some much needed rain in May, as the chart below shows.",
        due=None,
        vague=False,
        said="2010-06-02 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_TVA_ERIVER_JUN10,
        published="2010-06-02",
    ),
    # the same update: a figure 'for the year to date': past
    B(
        text="Eastern Valley rainfall for the year to date is 78 percent of normal.",
        due=None,
        vague=False,
        said="2010-06-02 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_TVA_ERIVER_JUN10,
        published="2010-06-02",
    ),
    # the same update: 'currently' on a present state: no deadline
    B(
        text="Runoff (the amount of water that reaches the river system when it rains instead of being absorbed into the ground) is currently 94 percent of normal in the eastern Valley.",
        due=None,
        vague=False,
        said="2010-06-02 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_TVA_ERIVER_JUN10,
        published="2010-06-02",
    ),
    # the same update: rain 'in May' filled reservoirs to 'June 1' targets, told as done: past
    B(
        text="The eastern Valley received just enough rain in May to fill most tributary reservoirs to June 1 target elevations on schedule.",
        due=None,
        vague=False,
        said="2010-06-02 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_TVA_ERIVER_JUN10,
        published="2010-06-02",
    ),
    # the same update: 'on June 1' gone, the filling due 'later this month': 30 June 2010, end of day EDT
    B(
        text="South Holston was within a foot of its target level on June 1 and should fill later this month.",
        due="2010-07-01 03:59:59",
        vague=False,
        said="2010-06-02 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_TVA_ERIVER_JUN10,
        published="2010-06-02",
    ),
    # the same update: a level below its 'June 1 target level', told as done: past
    B(
        text="Cherokee, on the other hand, was seven feet below its June 1 target level.",
        due=None,
        vague=False,
        said="2010-06-02 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_TVA_ERIVER_JUN10,
        published="2010-06-02",
    ),
    # the same update: releases restricted with no end, 'summer levels' naming a level: no deadline
    B(
        text="TVA will continue to restrict releases from Cherokee to minimum flows to bring the water level up, but it will take above-normal rainfall in the area draining into Cherokee to bring the reservoir to summer levels.",
        due=None,
        vague=False,
        said="2010-06-02 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_TVA_ERIVER_JUN10,
        published="2010-06-02",
    ),
    # Tennessee Valley Authority, 'eRiver' monthly reservoir update by e-mail (Tuesday 10 May 2011; the link line, the date line, the list of items, the headings and the standing sign-up paragraph are not quoted): rain 'Since January': past
    B(
        text="Since January, rain in the Tennessee River Basin has been about 109% of normal—and runoff (precipitation that flows over the ground and is not absorbed into the soil) has been around 107% of normal.",
        due=None,
        vague=False,
        said="2011-05-10 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_TVA_ERIVER_MAY11,
        published="2011-05-10",
    ),
    # the same update: rain 'in March and April', a dry January and February: past
    B(
        text="So much rain fell in March and April that it quickly made up for a dry January and February.",
        due=None,
        vague=False,
        said="2011-05-10 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_TVA_ERIVER_MAY11,
        published="2011-05-10",
    ),
    # the same update: storms 'in late April' and 'a rainy couple of months': past
    B(
        text="The wet weather associated with storm events in late April capped off a rainy couple of months, resulting in some impressive totals for both rain and runoff.",
        due=None,
        vague=False,
        said="2011-05-10 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_TVA_ERIVER_MAY11,
        published="2011-05-10",
    ),
    # the same update: rain 'during the month of April': past
    B(
        text="For the western part of the Valley, rain was 198% of what it typically is during the month of April and runoff totaled a whopping 225% of normal.",
        due=None,
        vague=False,
        said="2011-05-10 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_TVA_ERIVER_MAY11,
        published="2011-05-10",
    ),
    # the same update: rain 'during March and April' at 'a more opportune time': past
    B(
        text="The abundant rain/runoff during March and April could hardly have occurred at a more opportune time, in terms of the spring fill.",
        due=None,
        vague=False,
        said="2011-05-10 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_TVA_ERIVER_MAY11,
        published="2011-05-10",
    ),
    # the same update: 'seasonal' ranges on a present state: no deadline
    B(
        text="All the main-river reservoirs are at or very near their seasonal operating ranges, with one exception: Kentucky is significantly above, due to flood control operations on the Ohio River.",
        due=None,
        vague=False,
        said="2011-05-10 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_TVA_ERIVER_MAY11,
        published="2011-05-10",
    ),
    # the same update: 'seasonal' elevations and 'recent' rains on a present state: no deadline; unsure: past
    B(
        text="Almost all of the tributary reservoirs are at or slightly above targeted seasonal elevations, due in no small part to the recent heavy rains.",
        due=None,
        vague=False,
        said="2011-05-10 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_TVA_ERIVER_MAY11,
        published="2011-05-10",
    ),
    # the same update: full pool expected 'very soon', a vague window of 60 days (CONVENTIONS 5.1): 9 July 2011, end of day EDT
    B(
        text="Hiwassee Reservoir is still slightly below, but is expected to reach full pool very soon.",
        due="2011-07-10 03:59:59",
        vague=True,
        said="2011-05-10 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_TVA_ERIVER_MAY11,
        published="2011-05-10",
    ),
    # Tennessee Valley Authority, 'eRiver' monthly reservoir update by e-mail (Monday 13 June 2011; the link line, the date line, the list of items, the headings and the standing sign-up paragraph are not quoted): weather 'in March and April' and 'May': past
    B(
        text="After really wet weather in March and April, May turned out to be a bit drier than normal.",
        due=None,
        vague=False,
        said="2011-06-13 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_TVA_ERIVER_JUN11,
        published="2011-06-13",
    ),
    # the same update: rain 'during the month of May': past
    B(
        text="Rainfall across the Tennessee River Basin was 73% of what it typically is during the month of May.",
        due=None,
        vague=False,
        said="2011-06-13 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_TVA_ERIVER_JUN11,
        published="2011-06-13",
    ),
    # the same update: runoff 'for the month': past
    B(
        text="Runoff, however, was still well above normal for the month: 104%, to be exact.",
        due=None,
        vague=False,
        said="2011-06-13 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_TVA_ERIVER_JUN11,
        published="2011-06-13",
    ),
    # the same update: 'The month of June has been', the month so far summed up: past
    B(
        text="The month of June has been much dryer.",
        due=None,
        vague=False,
        said="2011-06-13 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_TVA_ERIVER_JUN11,
        published="2011-06-13",
    ),
    # the same update: 'so far' and 'to date': past
    B(
        text="Rainfall so far is a mere 28% of normal, and runoff is 44% of normal, to date.",
        due=None,
        vague=False,
        said="2011-06-13 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_TVA_ERIVER_JUN11,
        published="2011-06-13",
    ),
    # the same update: 'short in duration' and 'longer', a general remark that sets no time: no deadline; unsure: recurring
    B(
        text="Rainfall events may be short in duration, but the resulting runoff can take quite a bit longer to dissipate.",
        due=None,
        vague=False,
        said="2011-06-13 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_TVA_ERIVER_JUN11,
        published="2011-06-13",
    ),
    # the same update: 'within a day or two', a standing span of a class of events (CONVENTIONS 1.3): recurring
    B(
        text="Surface runoff makes its way over the soil surface and into surrounding waterbodies within a day or two.",
        due=None,
        vague=False,
        said="2011-06-13 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_TVA_ERIVER_JUN11,
        published="2011-06-13",
    ),
    # the same update: 'for a matter of weeks' from rain of no date, a general span (CONVENTIONS 1.3): recurring; unsure: event
    B(
        text="But groundwater runoff may still be affecting the water table for a matter of weeks—depending upon soil type and how wet it was when the rain began to fall.",
        due=None,
        vague=False,
        said="2011-06-13 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_TVA_ERIVER_JUN11,
        published="2011-06-13",
    ),
    # the same update: 'ultimately' sets no time for any act: no deadline
    B(
        text="And that’s what raises stream levels and ultimately contributes to changes in reservoir elevations.",
        due=None,
        vague=False,
        said="2011-06-13 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_TVA_ERIVER_JUN11,
        published="2011-06-13",
    ),
    # the same update: 'Some years' sets no time for any act: no deadline; unsure: recurring
    B(
        text="Some years, it happens and others, it doesn’t.",
        due=None,
        vague=False,
        said="2011-06-13 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_TVA_ERIVER_JUN11,
        published="2011-06-13",
    ),
    # the same update: 'some years' again: no deadline; unsure: recurring
    B(
        text="And some years, it happens in some places and not others—all because of how generous Mother Nature is with rainfall.",
        due=None,
        vague=False,
        said="2011-06-13 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_TVA_ERIVER_JUN11,
        published="2011-06-13",
    ),
    # the same update: 'This year, as of the first day of June', told as done: past
    B(
        text="This year, as of the first day of June, every TVA tributary reservoir reached its targeted elevation for summer recreation—with the exception of Chatuge (within 1/10 of foot).",
        due=None,
        vague=False,
        said="2011-06-13 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_TVA_ERIVER_JUN11,
        published="2011-06-13",
    ),
    # Tennessee Valley Authority, news release 'Most TVA Reservoirs Expected To Reach Summer Pool' (Friday 26 May 2006, as archived by the End of Term web archive; the link line, the heading and the date line are not quoted): levels reached 'by the Memorial Day weekend', the weekend of Saturday 27 to Monday 29 May 2006, at its end (CONVENTIONS 3.5): 29 May 2006, end of day EDT; unsure: 28 May 2006 (the weekend as Saturday and Sunday)
    B(
        text="Despite dry conditions earlier in the year, all of the TVA-managed reservoirs on the main Tennessee River and most of the reservoirs on tributary rivers will be at or near typical summer levels by the Memorial Day weekend.",
        due="2006-05-30 03:59:59",
        vague=False,
        said="2006-05-26 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_TVA_SUMMER_POOL_26MAY06,
        published="2006-05-26",
    ),
    # the same release: rainfall 'during February and March': past
    B(
        text="The Tennessee Valley had near-record low rainfall and runoff during February and March.",
        due=None,
        vague=False,
        said="2006-05-26 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_TVA_SUMMER_POOL_26MAY06,
        published="2006-05-26",
    ),
    # the same release: 'in early April' and 'since September 2005': past
    B(
        text="Even though rainfall and runoff returned to near-normal levels in early April, both are still about six inches below normal since September 2005.",
        due=None,
        vague=False,
        said="2006-05-26 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_TVA_SUMMER_POOL_26MAY06,
        published="2006-05-26",
    ),
    # the same release, an official quoted: a policy 'adopted ... in 2004' that raises levels 'during the winter', a standing rule: recurring
    B(
        text="“The reservoir operating policy adopted by TVA in 2004 increases the target levels for most tributary reservoirs during the winter and restricts the release of water from tributary reservoirs when the volume of water in the tributary system drops below a specified level,” said TVA Senior Vice President of River Operations Janet Herrin.",
        due=None,
        vague=False,
        said="2006-05-26 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_TVA_SUMMER_POOL_26MAY06,
        published="2006-05-26",
    ),
    # the same quote: 'April and May rains' helped, told as done: past
    B(
        text="“Those changes – in combination with April and May rains – helped fill reservoirs to current levels for recreational enjoyment despite the dry conditions.”",
        due=None,
        vague=False,
        said="2006-05-26 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_TVA_SUMMER_POOL_26MAY06,
        published="2006-05-26",
    ),
    # the same release: levels kept 'longer through the summer months', a standing practice: recurring
    B(
        text="In addition to providing higher reservoir water levels longer through the summer months, TVA provides recreational releases at a number of dams for rafting and fishing.",
        due=None,
        vague=False,
        said="2006-05-26 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_TVA_SUMMER_POOL_26MAY06,
        published="2006-05-26",
    ),
    # the same release: releases that start with 'The Memorial Day weekend', an ongoing activity given only its start (CONVENTIONS 3.2): earliest 27 May 2006, 00:00 EDT; unsure: no deadline (the weekend only names the season's start)
    B(
        text="The Memorial Day weekend marks the start of additional recreational releases at several dams.",
        due=None,
        vague=False,
        said="2006-05-26 14:00:00",
        tz="America/New_York",
        refusal="earliest",
        earliest="2006-05-27 04:00:00",
        cluster=5,
        source=_TVA_SUMMER_POOL_26MAY06,
        published="2006-05-26",
    ),
    # House of Commons, Hansard, 'London Government Bill', committee (HC Deb 23 January 1963 vol 670 cc221-38), speech of Mr. Charles Doughty (Wednesday 23 January 1963, read at 10:00 GMT as every publication date; the column reference and the procedural lines are not quoted): a Bill left 'until after a General Election', an undated event: event
    B(
        text="I do not believe that there is great force in the argument that this Bill or any Bill should be left until after a General Election because a General Election, of coarse, is decided not upon one subject but upon a variety.",
        due=None,
        vague=False,
        said="1963-01-23 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC_LONDON_GOV_23JAN63,
        published="1963-01-23",
    ),
    # the same speech: 'during the election campaign', an undated event: event
    B(
        text="Although this Bill, among many other matters, will be mentioned during the election campaign, the decision cannot be said to be given upon the merits of demerits of one particular Bill.",
        due=None,
        vague=False,
        said="1963-01-23 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC_LONDON_GOV_23JAN63,
        published="1963-01-23",
    ),
    # the same speech: elections proposed 'in May, 1964': 31 May 1964, end of day BST
    B(
        text="However, I read with some apprehension that it is proposed to hold elections of councillors for each London borough, that is, the new boroughs, in May, 1964.",
        due="1964-05-31 22:59:59",
        vague=False,
        said="1963-01-23 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC_LONDON_GOV_23JAN63,
        published="1963-01-23",
    ),
    # the same speech: 'only one year from next May', May 1963 and a year: 31 May 1964, end of day BST; unsure: no deadline (the time left is measured, no act is named)
    B(
        text="That is only one year from next May.",
        due="1964-05-31 22:59:59",
        vague=False,
        said="1963-01-23 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HC_LONDON_GOV_23JAN63,
        published="1963-01-23",
    ),
    # the same speech: 'within that time' points back to a time this sentence does not name: no deadline; unsure: 31 May 1964 (the elections of the sentences before)
    B(
        text="When one looks at the Bill, one realises what has to be accomplished within that time in the House, let alone outside.",
        due=None,
        vague=False,
        said="1963-01-23 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC_LONDON_GOV_23JAN63,
        published="1963-01-23",
    ),
    # the same speech: 'now' on a present state: no deadline
    B(
        text="There are 86 Clauses and 17 Schedules, and we are now on page 2 of the Bill.",
        due=None,
        vague=False,
        said="1963-01-23 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC_LONDON_GOV_23JAN63,
        published="1963-01-23",
    ),
    # the same speech: 'When we have finished', 'later' and 'finally', hung on undated stages of the Bill: event
    B(
        text="When we have finished with the Bill, it must go to another place, and there are then other steps to be taken later in this place before we finally part with it.",
        due=None,
        vague=False,
        said="1963-01-23 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC_LONDON_GOV_23JAN63,
        published="1963-01-23",
    ),
    # the same speech: 'between now and the end of the Session', a Session whose end is not dated: event
    B(
        text="The House of Commons will have other things to do and other matters to consider between now and the end of the Session.",
        due=None,
        vague=False,
        said="1963-01-23 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC_LONDON_GOV_23JAN63,
        published="1963-01-23",
    ),
    # the same speech: law 'not ... until late in the autumn', only a lower bound (CONVENTIONS 3.2), late autumn read as November (meteorological autumn in thirds): earliest 1 November 1963, 00:00 GMT
    B(
        text="This Bill cannot possibly become law until late in the autumn.",
        due=None,
        vague=False,
        said="1963-01-23 10:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="1963-11-01 00:00:00",
        cluster=5,
        source=_HC_LONDON_GOV_23JAN63,
        published="1963-01-23",
    ),
    # the same speech: the reorganisation to take place 'Between then and May of the following year', the later end (CONVENTIONS 6.1): 31 May 1964, end of day BST
    B(
        text="Between then and May of the following year the whole of the reorganisation will have to take place.",
        due="1964-05-31 22:59:59",
        vague=False,
        said="1963-01-23 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HC_LONDON_GOV_23JAN63,
        published="1963-01-23",
    ),
    # House of Commons, Hansard, written answer 'Completions, 1966' (HC Deb 19 July 1966 vol 732 c47W; Tuesday 19 July 1966, read at 10:00 BST; the column reference and the member's name are not quoted): dwellings to be 'completed ... in 1966', a question on the year's count: 31 December 1966, end of day GMT; unsure: no deadline (a forecast asked for, no undertaking)
    B(
        text="asked the Minister of Housing and Local Government how many permanent dwellings will be completed in Great Britain in 1966.",
        due="1966-12-31 23:59:59",
        vague=False,
        said="1966-07-19 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HC_WA_COMPLETIONS_19JUL66,
        published="1966-07-19",
    ),
    # the same answer: no forecast 'at this stage': no deadline
    B(
        text="My right hon. Friend is not prepared to make a forecast at this stage.",
        due=None,
        vague=False,
        said="1966-07-19 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC_WA_COMPLETIONS_19JUL66,
        published="1966-07-19",
    ),
    # House of Commons, Hansard, written answer 'Local Authority Building' (HC Deb 27 November 1963 vol 685 cc87-8W; Wednesday 27 November 1963, read at 10:00 GMT; the question, cut off in the page, is not quoted): 'too early to say', no time for any act: no deadline
    B(
        text="It is too early to say; the first stage is under construction and I am awaiting detailed proposals from the Board of Governors for the sub-sequent stages.",
        due=None,
        vague=False,
        said="1963-11-27 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC_WA_LA_BUILDING_27NOV63,
        published="1963-11-27",
    ),
    # Architect of the Capitol, 'News & Notices' list, page 3 (each item dated; its sentences are read at 10:00 EST/EDT on the item's date; the 'Public Notice' labels, the item titles and the date lines are not quoted), item of Tuesday 15 November 2016: 'This morning ... announced' a restoration 'complete', the first 'in more than half a century': past
    B(
        text="This morning, Architect of the Capitol Stephen T. Ayers, FAIA, LEED AP, announced that the first comprehensive restoration of the Capitol Dome in more than half a century is complete.",
        due=None,
        vague=False,
        said="2016-11-15 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_AOC_NOTICES_P3,
        published="2016-11-15",
    ),
    # the same list, item of Wednesday 21 September 2016: 'Today, ... joined' told as done, the year naming the platform: past
    B(
        text='Today, Architect of the Capitol Stephen T. Ayers, FAIA, LEED AP, joined members of the Joint Congressional Committee on Inaugural Ceremonies to drive in the "First Nail" marking the beginning of construction of the 2017 Presidential Inaugural platform.',
        due=None,
        vague=False,
        said="2016-09-21 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_AOC_NOTICES_P3,
        published="2016-09-21",
    ),
    # the same list, item of Tuesday 6 September 2016: a reopening 'following the successful completion' of work, with no time of its own: no deadline
    B(
        text="The Architect of the Capitol is pleased to reopen the U.S. Capitol's Rotunda following the successful completion of its restoration.",
        due=None,
        vague=False,
        said="2016-09-06 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_AOC_NOTICES_P3,
        published="2016-09-06",
    ),
    # the same item: work 'day and night', told as done: past
    B(
        text="Tradesmen and experts from historic preservation officers to engineers, craftsmen and painters worked day and night to restore this hallowed space.",
        due=None,
        vague=False,
        said="2016-09-06 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_AOC_NOTICES_P3,
        published="2016-09-06",
    ),
    # the same list, item of Thursday 21 April 2016: a tree 'has been dedicated' for a '70th anniversary': past
    B(
        text="A tree has been dedicated on the U.S. Capitol Grounds in honor of the 70th anniversary of the Fulbright Program.",
        due=None,
        vague=False,
        said="2016-04-21 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_AOC_NOTICES_P3,
        published="2016-04-21",
    ),
    # the same list, item of Monday 25 January 2016: 'Less than 48 hours after' a storm began, snow removed, told as done: past
    B(
        text="Less than 48 hours after Winter Storm Jonas began dumping snow from the skies over Washington, D.C., Architect of the Capitol crews successfully removed snow to make miles of sidewalks, streets and drives and 20 acres of plazas and parking lots accessible for the U.S. Capitol community.",
        due=None,
        vague=False,
        said="2016-01-25 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_AOC_NOTICES_P3,
        published="2016-01-25",
    ),
    # United States Courts (Administrative Office of the US Courts), news item 'Amended Rules Effective December 1, 2014' (Monday 1 December 2014, the date in the page's address; the heading and the topic links are not quoted): amendments that 'became effective December 1, 2014', the day of reading, told as done: past
    B(
        text="A number of amendments to the Federal Rules of Practice and Procedure and official bankruptcy forms became effective December 1, 2014.",
        due=None,
        vague=False,
        said="2014-12-01 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USCOURTS_1DEC14,
        published="2014-12-01",
    ),
    # the same item: 'usually takes two to three years', a standing span of the process (CONVENTIONS 1.3): recurring
    B(
        text="In the Rulemaking process, it usually takes two to three years for a proposal to be enacted as a rule.",
        due=None,
        vague=False,
        said="2014-12-01 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_USCOURTS_1DEC14,
        published="2014-12-01",
    ),
    # the same item: 'before May 1' and 'no earlier than December 1 of the same year', the yearly steps of the process: recurring
    B(
        text="The Court considers the proposals and, if it concurs, officially promulgates the revised rules by order before May 1, to take effect no earlier than December 1 of the same year, unless Congress enacts legislation to reject, modify, or defer the pending rules.",
        due=None,
        vague=False,
        said="2014-12-01 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_USCOURTS_1DEC14,
        published="2014-12-01",
    ),
    # United States Bankruptcy Court for the Eastern District of New York, news item 'Amendments Adopted by the Supreme Court to be Effective December 1, 2014' (Friday 7 November 2014; the heading, the date line and the list of rules are not quoted): rules 'adopted ... in April 2014': past
    B(
        text="The following rules were adopted by the Supreme Court and transmitted to Congress in April 2014.",
        due=None,
        vague=False,
        said="2014-11-07 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NYEB_7NOV14,
        published="2014-11-07",
    ),
    # the same item: rules 'effective December 1, 2014' (CONVENTIONS 3.1): 1 December 2014, end of day EST
    B(
        text="These rules will be effective December 1, 2014, unless Congress acts otherwise.",
        due="2014-12-02 04:59:59",
        vague=False,
        said="2014-11-07 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NYEB_7NOV14,
        published="2014-11-07",
    ),
    # the same item: 'time limits' names a subject of the rules: no deadline
    B(
        text="The amendments to the bankruptcy rules address the following: 1) petitions involving the same debtors filed in different courts; 2) time limits for serving a summons and complaint; 3) general pleadings and judgments and costs; 4) bankruptcy appeals; and 5) new trials and relief from a judgment or order.",
        due=None,
        vague=False,
        said="2014-11-07 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NYEB_7NOV14,
        published="2014-11-07",
    ),
    # United States Bankruptcy Court for the Northern District of Alabama, news item 'Amendments to the Federal Rules of Practice and Procedure' (Wednesday 27 November 2013; the court sits in Birmingham, so its zone is America/Chicago; the heading and the date line are not quoted): amendments 'transmitted to Congress on April 16, 2013': past
    B(
        text="Congress has taken no action on the amendments to the Federal Rules of Appellate, Bankruptcy, Civil, and Criminal Procedure, and the Federal Rules of Evidence approved by the Supreme Court and transmitted to Congress on April 16, 2013.",
        due=None,
        vague=False,
        said="2013-11-27 16:00:00",
        tz="America/Chicago",
        refusal="past",
        cluster=5,
        source=_ALNB_27NOV13,
        published="2013-11-27",
    ),
    # the same item: amendments that 'will take effect on December 1, 2013' (CONVENTIONS 3.1): 1 December 2013, end of day CST
    B(
        text="Therefore, please see the attached for information on the amendments which will take effect on December 1, 2013.",
        due="2013-12-02 05:59:59",
        vague=False,
        said="2013-11-27 16:00:00",
        tz="America/Chicago",
        cluster=6,
        source=_ALNB_27NOV13,
        published="2013-11-27",
    ),
    # US Patent and Trademark Office, final rule 'Setting and Adjusting Patent Fees During Fiscal Year 2025' (Federal Register, Wednesday 20 November 2024, on govinfo.gov; the header lines, the title, the agency and action lines are not quoted): a year naming an Act: no deadline
    B(
        text="SUMMARY: The United States Patent and Trademark Office (USPTO) sets or adjusts patent fees as authorized by the Leahy-Smith America Invents Act (AIA), as amended by the Study of Underrepresented Classes Chasing Engineering and Science Success Act of 2018 (SUCCESS Act).",
        due=None,
        vague=False,
        said="2024-11-20 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USPTO_FEES_FINAL_20NOV24,
        published="2024-11-20",
    ),
    # the same rule: 'future years' and years naming a budget and a plan: no deadline
    B(
        text="The fee adjustments are needed to provide the USPTO with sufficient aggregate revenue to recover the aggregate estimated costs of patent operations in future years (based on assumptions and estimates found in the agency's Fiscal Year 2025 Congressional Justification (FY 2025 Budget)), including implementing the USPTO 2022-2026 Strategic Plan (Strategic Plan).",
        due=None,
        vague=False,
        said="2024-11-20 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USPTO_FEES_FINAL_20NOV24,
        published="2024-11-20",
    ),
    # the same rule: 'effective on January 19, 2025' (CONVENTIONS 3.1): 19 January 2025, end of day EST
    B(
        text="DATES: This rule is effective on January 19, 2025.",
        due="2025-01-20 04:59:59",
        vague=False,
        said="2024-11-20 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USPTO_FEES_FINAL_20NOV24,
        published="2024-11-20",
    ),
    # the same rule: applications registered 'on or after January 19, 2025', a class given only its start (CONVENTIONS 3.2): earliest 19 January 2025, 00:00 EST; unsure: 19 January 2025, end of day EST (the day the amendment applies, CONVENTIONS 3.1)
    B(
        text="The amendments to Sec. 1.18(b)(1) shall apply to those international design applications under the Hague Agreement having a date of international registration on or after January 19, 2025.",
        due=None,
        vague=False,
        said="2024-11-20 15:00:00",
        tz="America/New_York",
        refusal="earliest",
        earliest="2025-01-19 05:00:00",
        cluster=5,
        source=_USPTO_FEES_FINAL_20NOV24,
        published="2024-11-20",
    ),
    # US Patent and Trademark Office, proposed rule 'Setting and Adjusting Patent Fees During Fiscal Year 2025' (Federal Register, Wednesday 3 April 2024, on govinfo.gov; the header lines, the title, the agency and action lines are not quoted): a year naming an Act: no deadline
    B(
        text="SUMMARY: The United States Patent and Trademark Office (USPTO) proposes to set or adjust patent fees as authorized by the Leahy-Smith America Invents Act (AIA), as amended by the Study of Underrepresented Classes Chasing Engineering and Science Success Act of 2018 (SUCCESS Act).",
        due=None,
        vague=False,
        said="2024-04-03 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USPTO_FEES_NPRM_3APR24,
        published="2024-04-03",
    ),
    # the same proposal: 'future years' and years naming a budget and a plan: no deadline
    B(
        text="The proposed fee adjustments are needed to provide the USPTO with sufficient aggregate revenue to recover the aggregate costs of patent operations in future years (based on assumptions and estimates found in the agency's Fiscal Year 2025 Congressional Justification (FY 2025 Budget)), including implementing the USPTO 2022-2026 Strategic Plan (Strategic Plan).",
        due=None,
        vague=False,
        said="2024-04-03 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USPTO_FEES_NPRM_3APR24,
        published="2024-04-03",
    ),
    # the same proposal: comments received 'on or before June 3, 2024': 3 June 2024, end of day EDT
    B(
        text="Written comments must be received on or before June 3, 2024 to ensure consideration.",
        due="2024-06-04 03:59:59",
        vague=False,
        said="2024-04-03 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USPTO_FEES_NPRM_3APR24,
        published="2024-04-03",
    ),
    # Congressional Record, Senate, 'Order for Adjournment' (page S12798, Monday 18 October 1999, on congress.gov; read at 10:00 EDT as every publication date; the page line, the source line, the heading and the speakers' names are not quoted; the text's line breaks are joined with a space): adjournment asked 'now', the day word on the verb of asking (CONVENTIONS 2.2), 'under the previous order', which this sentence does not date: no deadline
    B(
        text="If there is no further business to come before the Senate, I now ask unanimous consent that the Senate stand in adjournment under the previous order.",
        due=None,
        vague=False,
        said="1999-10-18 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_CREC_S12798_18OCT99,
        published="1999-10-18",
    ),
    # the same exchange: the Senate 'not convening until 1:15', the next day's sitting, only a lower bound (CONVENTIONS 3.2): earliest 19 October 1999, 13:15 EDT; unsure: 19 October 1999, 13:15 EDT as the due time (the sitting is set for then, CONVENTIONS 3.1)
    B(
        text="I ask the Senator from Washington why the Senate is not convening until 1:15?",
        due=None,
        vague=False,
        said="1999-10-18 14:00:00",
        tz="America/New_York",
        refusal="earliest",
        earliest="1999-10-19 17:15:00",
        cluster=5,
        source=_CREC_S12798_18OCT99,
        published="1999-10-18",
    ),
    # the same exchange, the answer: 'not convening until 1:15' (CONVENTIONS 3.2): earliest 19 October 1999, 13:15 EDT; unsure: due then (CONVENTIONS 3.1)
    B(
        text="The Senate is not convening until 1:15 at the direction of the majority leader.",
        due=None,
        vague=False,
        said="1999-10-18 14:00:00",
        tz="America/New_York",
        refusal="earliest",
        earliest="1999-10-19 17:15:00",
        cluster=5,
        source=_CREC_S12798_18OCT99,
        published="1999-10-18",
    ),
    # the same exchange: amendments 'in the morning' and 'a half a day' offered as a better idea, no undertaking (CONVENTIONS 4.2): no deadline
    B(
        text="It would be a good idea to take up this bill that we have before us and work on it, take up amendments in the morning, instead of losing a half a day.",
        due=None,
        vague=False,
        said="1999-10-18 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_CREC_S12798_18OCT99,
        published="1999-10-18",
    ),
    # the same exchange: 'not working on a Tuesday morning', a time denied (CONVENTIONS 4.1), the 'Monday night' gone: negated
    B(
        text="Is there some substantive reason why we are not working on a Tuesday morning, after we started the voting process already on Monday night?",
        due=None,
        vague=False,
        said="1999-10-18 14:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_CREC_S12798_18OCT99,
        published="1999-10-18",
    ),
    # the same exchange: a vote 'just had': past
    B(
        text="I find it hard to understand, as we have just had a vote, which was supposed to be an up-or-down vote on the question of whether or not we are going to ban soft money.",
        due=None,
        vague=False,
        said="1999-10-18 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CREC_S12798_18OCT99,
        published="1999-10-18",
    ),
    # the same exchange: 'this afternoon', told as done: past
    B(
        text="Quite a number of them had come out to the floor this afternoon to say they were against banning soft money.",
        due=None,
        vague=False,
        said="1999-10-18 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CREC_S12798_18OCT99,
        published="1999-10-18",
    ),
    # the same exchange: a meeting 'tomorrow morning' not wanted (CONVENTIONS 4.1): negated
    B(
        text="Now they do not want to have us meet tomorrow morning.",
        due=None,
        vague=False,
        said="1999-10-18 14:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_CREC_S12798_18OCT99,
        published="1999-10-18",
    ),
    # the same exchange: work 'tomorrow morning' denied (CONVENTIONS 4.1): negated
    B(
        text="We are not going to do our job tomorrow morning.",
        due=None,
        vague=False,
        said="1999-10-18 14:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_CREC_S12798_18OCT99,
        published="1999-10-18",
    ),
    # the same exchange: 'take the morning off', the morning's work called off (CONVENTIONS 4.1): negated; unsure: 19 October 1999, 12:00 EDT (the end of the morning taken off)
    B(
        text="We are just going to take the morning off.",
        due=None,
        vague=False,
        said="1999-10-18 14:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_CREC_S12798_18OCT99,
        published="1999-10-18",
    ),
    # Congressional Record, Senate, 'Orders Through November 12, 2002' (page S10782, Thursday 17 October 2002, on congress.gov as archived by webharvest.gov; the text-format note, the page and source lines, the heading and the speaker's name are not quoted; the line breaks are joined with a space): pro forma sessions 'until 10:30 a.m.' on listed days, the last of them (CONVENTIONS 6.1): 8 November 2002, 10:30 EST
    B(
        text="Mr. President, I ask unanimous consent that when the Senate completes its business today, it stand in adjournment until 10:30 a.m. on the following days for pro forma sessions only, unless the majority leader, or his designee, with the concurrence of the Republican leader, is seeking recognition; that upon completion of each session, the Senate adjourn until the next listed date: October 21, October 24, October 28, October 31, November 4, November 7, and November 8.",
        due="2002-11-08 15:30:00",
        vague=False,
        said="2002-10-17 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_CREC_S10782_17OCT02,
        published="2002-10-17",
    ),
    # the same order: the Senate to 'reconvene on November 12 at 1 p.m.', after the adjournment on November 8; 'later in the day' and the ten minutes each hang on the sitting: 12 November 2002, 13:00 EST
    B(
        text="Further, that if the majority leader, or his designee, seeks recognition, the morning hour be deemed expired, the Journal of proceedings be approved to date, and the time for the two leaders be reserved for their use later in the day; that following the adjournment on November 8, the Senate reconvene on November 12 at 1 p.m.; that following the prayer and the pledge, the morning hour be deemed expired, the Journal of proceedings be approved to date, the time for the two leaders be reserved for their use later in the day, and that there be a period for the transaction of morning business, with Senators permitted to speak therein for up to 10 minutes each.",
        due="2002-11-12 18:00:00",
        vague=False,
        said="2002-10-17 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_CREC_S10782_17OCT02,
        published="2002-10-17",
    ),
    # The White House, Office of the Press Secretary, 'Press Briefing by Mike McCurry' (Thursday 23 July 1998, the briefing opening at 1:25 P.M. EDT, the moment of speaking; the header, the time stamp, the speakers' names and the reporters' lines without a time word are not quoted): 'a good time', 'always' and 'more time' set no time for any act: no deadline
    B(
        text="I am going to have a good time with my family, make sure they get out there -- although, I think for selfish reasons, you know how people always say how they're leaving to spend more time with their families, and I will, but I think my family has held up pretty well and probably would have been just as happy to have me stay here if I had wanted to.",
        due=None,
        vague=False,
        said="1998-07-23 17:25:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_MCCURRY_23JUL98,
        published="1998-07-23",
    ),
    # the same briefing: 'have always enjoyed', told as done: past
    B(
        text="They were very supportive, and Debra and the kids have always enjoyed coming down here.",
        due=None,
        vague=False,
        said="1998-07-23 17:25:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WH_MCCURRY_23JUL98,
        published="1998-07-23",
    ),
    # the same briefing: 'more time' sets no time: no deadline
    B(
        text="But I think for my own selfish reasons I want to spend more time with them.",
        due=None,
        vague=False,
        said="1998-07-23 17:25:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_MCCURRY_23JUL98,
        published="1998-07-23",
    ),
    # the same briefing: 'plenty of time' and 'future plans' set no time: no deadline
    B(
        text="But I'll have plenty of time to tell you about what my future plans are.",
        due=None,
        vague=False,
        said="1998-07-23 17:25:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_MCCURRY_23JUL98,
        published="1998-07-23",
    ),
    # the same briefing: 'future pursuits', the sentence broken off by the speaker: no deadline
    B(
        text="I don't want to turn this into a commercial advertisement for my future pursuits, but I plan to --",
        due=None,
        vague=False,
        said="1998-07-23 17:25:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_MCCURRY_23JUL98,
        published="1998-07-23",
    ),
    # the same briefing: 'for 22 years ... now', how long a post was held: past
    B(
        text="I've been a press secretary for 22 years in Washington now, and I've got some ideas of things that I'm going to do in the consulting world beyond and I think will be interesting.",
        due=None,
        vague=False,
        said="1998-07-23 17:25:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WH_MCCURRY_23JUL98,
        published="1998-07-23",
    ),
    # the same briefing: 'eventually' sets no time: no deadline
    B(
        text="And I eventually will probably like to teach a little bit about some of the things that I think I've learned.",
        due=None,
        vague=False,
        said="1998-07-23 17:25:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_MCCURRY_23JUL98,
        published="1998-07-23",
    ),
    # the same briefing, a reporter's question: 'today's ceremony' names the present: no deadline
    B(
        text="So today's ceremony is a kind of coming-out announcement?",
        due=None,
        vague=False,
        said="1998-07-23 17:25:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_MCCURRY_23JUL98,
        published="1998-07-23",
    ),
    # the same briefing: 'today' on the present purpose of the announcement: no deadline
    B(
        text="No, today is just so we preempt any leaks that would otherwise appear.",
        due=None,
        vague=False,
        said="1998-07-23 17:25:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_MCCURRY_23JUL98,
        published="1998-07-23",
    ),
    # the same briefing: 'any longer' and an offer made 'this week', told as done: past
    B(
        text="And since everyone had been getting close enough to the money, and I didn't want to hem and haw any longer, and because the President this week did offer the job to Joe and Joe decided to accept, I thought it was good for us to get the news out.",
        due=None,
        vague=False,
        said="1998-07-23 17:25:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WH_MCCURRY_23JUL98,
        published="1998-07-23",
    ),
    # the same briefing, a reporter's question: 'when' asks for a time, none given: no deadline (the answer is cut off by the end of the opening and not quoted)
    B(
        text="Mike, when does the actual transition take place?",
        due=None,
        vague=False,
        said="1998-07-23 17:25:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_MCCURRY_23JUL98,
        published="1998-07-23",
    ),
    # The White House, Office of the Press Secretary, 'Press Briefing by Mike McCurry' (Thursday 10 September 1998, the briefing opening at 2:31 P.M. EDT, the moment of speaking; the header, the time stamp and the speakers' names are not quoted): 'today' on the verb of saying (CONVENTIONS 2.2) and an appointment made 'at long last': past
    B(
        text="Ladies and gentlemen, on behalf of my colleague, the National Security Advisor, Samuel Berger, I'm happy today to say that the President has appointed at long last as Senior Director for Public Affairs at the National Security Council, our new Deputy Press Secretary for Foreign Affairs, Mr. David Leavy.",
        due=None,
        vague=False,
        said="1998-09-10 18:31:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WH_MCCURRY_10SEP98,
        published="1998-09-10",
    ),
    # the same briefing: an invitation to 'brief today', a question that is no undertaking (CONVENTIONS 4.2): no deadline
    B(
        text="In fact, would you like to brief today?",
        due=None,
        vague=False,
        said="1998-09-10 18:31:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_MCCURRY_10SEP98,
        published="1998-09-10",
    ),
    # the same briefing: a first briefing 'today', said in jest and taken back at once ('Okay, well, maybe not.'): 10 September 1998, end of day EDT (CONVENTIONS 2.1); unsure: no deadline
    B(
        text="There are plenty of questions, I know -- for all those of you who thought you were going live, Mr. Leavy is going to do his first briefing today.",
        due="1998-09-11 03:59:59",
        vague=False,
        said="1998-09-10 18:31:00",
        tz="America/New_York",
        cluster=6,
        source=_WH_MCCURRY_10SEP98,
        published="1998-09-10",
    ),
    # the same briefing: 'since the time that -- he started here', told as done: past
    B(
        text="We've got some paper that has David's background on it, but I'll say that he has, since the time that -- he started here, as many of you know, in the Press Office working for my predecessor, Dee Dee Myers and did a very good job for her.",
        due=None,
        vague=False,
        said="1998-09-10 18:31:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WH_MCCURRY_10SEP98,
        published="1998-09-10",
    ),
    # the same briefing: 'Then', 'first' and 'later' in a career told as done: past
    B(
        text="Then graduated, went to the State Department where he impressed all of my former colleagues who were there working first for Secretary Christopher and then later for Secretary Albright, and really has learned the world and learned the way in which our government deals with foreign issues in a quite remarkable way.",
        due=None,
        vague=False,
        said="1998-09-10 18:31:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WH_MCCURRY_10SEP98,
        published="1998-09-10",
    ),
    # the same briefing, a reporter's question: 'delay' with no time: no deadline
    B(
        text="Mike, is Chuck Ruff on the Hill seeking to delay the release of the Starr report?",
        due=None,
        vague=False,
        said="1998-09-10 18:31:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_MCCURRY_10SEP98,
        published="1998-09-10",
    ),
)
