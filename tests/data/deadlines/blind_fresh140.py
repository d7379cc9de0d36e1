"""A HUNDRED-AND-FORTIETH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-06 (UTC) between about 07:33 and 07:41 by a labelling helper (branch
issue12l140-s54) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 54 (fresh139, fresh141 to fresh143), whose claims in the shared claims file were treated
as used and whose files and README sections were not opened. It read `CONVENTIONS.md` in full, the
docstring, comments, some cases and the README section of `blind_fresh138.py`, the `BlindCase` fields in
`blind_real.py`, the docstring of `tests/data/fresh_check.py`, and the top docstring of the parser package
only; nothing else of `bot/` was opened. The brief asked for US transport and safety agencies (FAA, NHTSA,
FMCSA, FRA, PHMSA, CPSC, OSHA), Federal Register notices, Australian Government departments and agencies
under CC BY (Treasury, Infrastructure, ABS, ACMA), Wikinews and UK Hansard, at most half from the United
States; at least eight publishers, none above a fifth of the cases; about 90 cases (at least 70) by 08:10
UTC.

The set quotes the House of Commons (the Speaker's Statement and the Business of the House of 10 November
2005), the House of Lords (the Arrangement of Business of 6 April 2010 and the recess answer of 28 July
1927), the Australian Bureau of Statistics (its Census night releases of 8 August 2006 and 8 August 2011),
the Federal Railroad Administration (Federal Register notices of 14 April 1995, 12 March 2010 and 13 April
2020), the Federal Motor Carrier Safety Administration (comment-period extensions of 20 February 2008, 9
October 2019 and 27 May 2022), the Consumer Product Safety Commission (a stay of enforcement of 28 December
2009 and a direct final rule of 24 June 2022), the Australian Communications and Media Authority (its notice
of March 2013 revising the digital dividend auction's deadlines) and the Pipeline and Hazardous Materials
Safety Administration (a final rule of 1 October 2019 and a direct final rule of 1 July 2025). 93 cases from
8 publishers (the House of Lords 18 (19.4%); the Australian Bureau of Statistics 16 (17.2%); the House of
Commons 14 (15.1%); the FRA 12 (12.9%); the FMCSA 11 (11.8%); the CPSC 10 (10.8%); the ACMA 6 (6.5%);
PHMSA 6 (6.5%)). 39 of the 93 (41.9%) are from the United States (FRA, FMCSA, CPSC, PHMSA); 54 are not.
The two Houses publish their own reports and are counted as separate publishers, as earlier sets count
them. No Wikinews page could be used: the pages found (an election in Tunisia, shuttle launches of 2005
and 2008) read USED, whole or in their sentences. No page of the FAA (four airworthiness directives on
federal.elaws.us), NHTSA (two recall notification rules), OSHA (only third parties' reports were found)
or the Treasury (its ministers' site shows no licence statement of its own in the store) was used; the
Infrastructure department's pages found held no sentence of a deadline kind. Pages claimed and not used: a
PHMSA rulemaking page (www7.phmsa.dot.gov, comment period extended to 9 July 2012), left out because the
stored copy gives no date of publication.

Every sentence quoted holds a time word of some kind (a date, a clock time, a weekday, "today", "tonight",
"to-morrow", "this morning", "now", "this week", "next week", "the following week", "the next few days",
"that day", "the next day", "Census night", a month, a year, a fiscal year, "for 30 days", "monthly",
"weekends", "immediately after", "soon after", "through", "until", "before", "no later than", "on or
before", "when"); sentences of the openings read that hold none were skipped, as were titles, headings,
date lines, contact lines, sentences cut off by the end of a stored copy or by a page break, and the words
of the carrying sites themselves. Schedule lines of the Business of the House were taken as they stand; the
page's slip 'Wl2-140' stays as the page has it; a speaker's name before the words ('Mr. Speaker:'), the
labels 'DATES:' and 'DATES: (1)' of the Federal Register and opening quotation marks of quoted speech were
left out of the quotes. The sentences were found with a search over stored copies of public pages and taken
as they came in the openings the search returns, in page order; eight whose only time words are general
or name a thing were passed over ("additional time" in all three FMCSA notices, "the shortened time",
"this change in hearing dates", "the duration and scope of such orders", "other dates", "planning
services we use every day"), and so was a CPSC sentence that ends in a footnote mark ('[1]'). Two sentences of the Commons page read
USED when every kept sentence was checked whole (the formulaic question 'Will the Leader of the House give
us the business for next week?' and 'The provisional business for the following week is as follows.') and
were dropped; with them gone, the House of Lords went over a fifth, so the last two sentences of its 1927
answer were left out. See README.md ("Hundred-and-fortieth fresh blind set") for every address, publisher
and licence.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was checked with
the lead's `fresh_check.py` (the address and a distinctive phrase of the page) and claimed (`fresh140`) in
`/work/helper-brief/claims.txt` before its quotes were kept; many pages were found used and dropped
(README.md lists some). Every kept sentence was then checked whole with the same tool (skipping this file).
Each label was worked out by hand from the words, the publication date and the publisher's zone
(Europe/London for both Houses, America/New_York for the four US agencies in and around Washington, DC,
Australia/Sydney for the ABS and the ACMA in Canberra); the conversion of local instants to UTC wall time,
weekdays and day counts were done with Python's zoneinfo and datetime in a scratch script outside the
repository, never with code of the project. The summer time of 1927 and the daylight saving times of the
US and Australian dates are zoneinfo's.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh138.py`: the publication date at 10:00 local time unless the page gives an hour (the Commons
page prints '11.31 am' and '11.32 am' and is read at those minutes); where a page carries no date in its
opening, the one its words, address or other facts give (the page's first comment says which and why: the
ABS release of 2006 from the Census night it names, the ACMA notice from the direction it follows and the
ACMA's own note of the day its package was updated, two Federal Register copies from their addresses); a
day falls due at 23:59:59 local; "tonight" and weeks read as the parser's docstring gives them; a range or
a schedule falls due at its later end (CONVENTIONS 6.1, 6.2); a clock time with no day in its sentence is
its next occurrence (CONVENTIONS 6.3); an effective date or a stay's end is due that day (CONVENTIONS 3.1);
a new time replacing a cancelled one counts and a day denied is negated (CONVENTIONS 4.1); done acts are
past (CONVENTIONS 2.4); standing rules (docket hours, weekends and holidays, an update process) are
recurring, and times hung on an undated event ("Census night", "that date", "the following week",
"immediately after Oral Questions", "before the effective date") event (CONVENTIONS 1.3, 5.2, 6.3); a
possibility is no undertaking (CONVENTIONS 4.2); refusals have `due=None` and a `refusal` kind; a sentence
whose time words set no time for any act has `due=None` and no refusal word (10 such). Clusters as in
`blind_fresh138.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4 parts of the day, periods
and windows, 5 refusals, 6 plain days and dates. 45 labels are refusals (event 21, past 16, recurring 5,
negated 3); none is vague; 38 labels carry a due instant; 19 are marked "unsure" and name the other
reading; like every label here they stay as committed, whatever the first run shows. First run: not yet
taken (the lead runs it once, after merging, and records it in README.md). Never edit these labels to fit
the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_FMCSAHOS08 = "https://webarchive.library.unt.edu/eot2008/20090109234901/http://edocket.access.gpo.gov/2008/E8-3073.htm"
_FMCSAMCSAP19 = "https://www.govinfo.gov/content/pkg/FR-2019-10-09/html/2019-22062.htm"
_FMCSASPEED22 = "https://www.govinfo.gov/content/pkg/FR-2022-05-27/html/2022-11490.htm"
_PHMSADFR25 = "https://windot.com/docs/rus/rus32wdw/RUS32/2025_Notices/Federal_Register_Volume_90_Number_124_(Tuesday,_July_1,_2025)_Pgs_28044-28047.htm"
_PHMSAEO19 = "http://federal.elaws.us/fr/10/1/2019/2019-20308"
_FRAGRADE95 = "http://federal.elaws.us/fr/4/14/1995/95-9359"
_FRAAAR10 = "http://edocket.access.gpo.gov/2010/2010-5468.htm"
_FRAHEAR20 = "https://lnks.gd/l/eyJhbGciOiJIUzI1NiJ9.eyJidWxsZXRpbl9saW5rX2lkIjoyMTMsInVyaSI6ImJwMjpjbGljayIsImJ1bGxldGluX2lkIjoiMjAyMDA0MTEuMjAwMzM4NzEiLCJ1cmwiOiJodHRwczovL3d3dy5nb3ZpbmZvLmdvdi9jb250ZW50L3BrZy9GUi0yMDIwLTA0LTEzL2h0bWwvMjAyMC0wNzYyNC5odG0ifQ.DDiQsLlYgI47ifhxCY-nOCzBp78iVmTQlbMadxvPYEA/br/77304483094-l"
_CPSCBATH22 = "https://www.govinfo.gov/content/pkg/FR-2022-06-24/html/2022-13255.htm"
_CPSCSTAY09 = "http://federal.elaws.us/fr/12/28/2009/e9-30663"
_HLARR10 = (
    "https://hansard.parliament.uk/Lords/2010-04-06/debates/1004068000462/ArrangementOfBusiness"
)
_HLREC27 = "https://api.parliament.uk/historic-hansard/lords/1927/jul/28/the-recess"
_HCBUS05 = "https://publications.parliament.uk/pa/cm200506/cmhansrd/vo051110/debtext/51110-06.htm"
_ACMANOT13 = "https://www.acma.gov.au/theACMA/notice-under-part-4-of-the-determination"
_ABSCEN06 = "https://abs.gov.au/ausstats/abs@.nsf/39433889d406eeb9ca2570610019e9a5/697edbca0da99161ca2571c3007905d8!OpenDocument"
_ABSNSW11 = "https://www.abs.gov.au/websitedbs/censushome.nsf/home/nsw-111?opendocument&navpos=620"

FRESH140_CASES: tuple[BlindCase, ...] = (
    # Federal Motor Carrier Safety Administration (FMCSA), Federal Register of Wednesday 20 February 2008 (73 FR 9233), extension of the comment period on the hours-of-service interim final rule, stored as GPO Access text in the UNT web archive (US federal work, public domain); the date is the notice's own header ('Federal Register: February 20, 2008'); zone America/New_York (the agency is in Washington, DC); no hour printed, so 10:00 EST. The comment period is kept open 'for 30 days' and the act of extending is done as the notice is published, so the window runs 30 days from 20 February 2008 and falls due at its end, 21 March 2008 (CONVENTIONS 1.1; December 17, 2007 dates the rule). unsure: the notice's DATES line puts the close at 17 March 2008 (the 30 days count from the original close), and a careful reader who knows it would give 17 March [local due 2008-03-21 23:59:59]
    B(
        text="FMCSA extends the comment period for the Hours of Service of Drivers interim final rule published on December 17, 2007, for 30 days.",
        due="2008-03-22 03:59:59",
        vague=False,
        said="2008-02-20 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_FMCSAHOS08,
        published="2008-02-20",
    ),
    # the same notice: the request came on 7 February 2008, before the notice: past
    B(
        text="The FMCSA received a request to extend the comment period from the Advocates for Highway and Auto Safety on February 7, 2008.",
        due=None,
        vague=False,
        said="2008-02-20 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FMCSAHOS08,
        published="2008-02-20",
    ),
    # the same notice (its DATES line; the label 'DATES:' is left out): 'on or before' a day falls due at its end (CONVENTIONS 3.5); 17 March 2008 is after the start of daylight saving time (9 March 2008) [local due 2008-03-17 23:59:59]
    B(
        text="Comments must be received on or before March 17, 2008.",
        due="2008-03-18 03:59:59",
        vague=False,
        said="2008-02-20 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FMCSAHOS08,
        published="2008-02-20",
    ),
    # the same notice: the docket's opening hours on every weekday are a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="Hand Delivery: Ground Floor, Room W12-140, DOT Building, 1200 New Jersey Avenue, SE., Washington, DC, between 9 a.m. and 5 p.m., e.t., Monday through Friday, except Federal holidays.",
        due=None,
        vague=False,
        said="2008-02-20 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FMCSAHOS08,
        published="2008-02-20",
    ),
    # FMCSA, Federal Register of Wednesday 9 October 2019 (84 FR 54093), extension of the comment period on the Motor Carrier Safety Assistance Program NPRM, govinfo.gov (US federal work, public domain); the date is the notice's header; zone America/New_York, 10:00 EDT. The only time word, August 22, 2019, dates the earlier notice; the extending has no time of its own in the sentence: past (CONVENTIONS 2.4, the date of an act done). unsure: a careful reader could give due None and no refusal word (the extension is made as published, with no time set)
    B(
        text="The Federal Motor Carrier Safety Administration (FMCSA) extends the comment period for its August 22, 2019, notice of proposed rulemaking (NPRM) to amend its rules concerning the Agency's financial assistance programs.",
        due=None,
        vague=False,
        said="2019-10-09 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FMCSAMCSAP19,
        published="2019-10-09",
    ),
    # the same notice: the new deadline, the end of 21 October 2019 (a day falls due at its end) [local due 2019-10-21 23:59:59]
    B(
        text="Therefore, the Agency extends the deadline for the submission of comments until October 21, 2019.",
        due="2019-10-22 03:59:59",
        vague=False,
        said="2019-10-09 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FMCSAMCSAP19,
        published="2019-10-09",
    ),
    # the same notice (DATES line, label left out): the period 'extended to' 21 October 2019 falls due at the end of that day; August 22, 2019 dates the NPRM [local due 2019-10-21 23:59:59]
    B(
        text="The comment period for the NPRM published August 22, 2019, at 84 FR 44162, is extended to October 21, 2019.",
        due="2019-10-22 03:59:59",
        vague=False,
        said="2019-10-09 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FMCSAMCSAP19,
        published="2019-10-09",
    ),
    # the same notice: the docket's weekday hours are a standing rule: recurring (CONVENTIONS 1.3). The page's 'Wl2-140' (a letter l for the digit 1) is kept
    B(
        text="Hand Delivery or Courier: West Building, Ground Floor, Room Wl2-140, 1200 New Jersey Avenue SE, between 9 a.m. and 5 p.m., Monday through Friday, except Federal holidays.",
        due=None,
        vague=False,
        said="2019-10-09 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FMCSAMCSAP19,
        published="2019-10-09",
    ),
    # FMCSA, Federal Register of Friday 27 May 2022 (87 FR 32108), extension of the comment period on speed limiting devices, govinfo.gov (US federal work, public domain); date from the notice's header; zone America/New_York, 10:00 EDT. May 4, 2022 dates the earlier notice; the extension has no time in this sentence: past (CONVENTIONS 2.4). unsure: a careful reader could give due None and no refusal word
    B(
        text="The Federal Motor Carrier Safety Administration (FMCSA) extends the comment period for its May 4, 2022, advance notice of supplemental proposed rulemaking concerning its intent to proceed with a speed limiter rulemaking.",
        due=None,
        vague=False,
        said="2022-05-27 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FMCSASPEED22,
        published="2022-05-27",
    ),
    # the same notice (DATES line): moved from 3 June to 18 July 2022; the new close counts (CONVENTIONS 4.1, a new time given), end of the day [local due 2022-07-18 23:59:59]
    B(
        text="The comment period for the advance notice of supplemental proposed rulemaking is extended from June 3, 2022 to July 18, 2022.",
        due="2022-07-19 03:59:59",
        vague=False,
        said="2022-05-27 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_FMCSASPEED22,
        published="2022-05-27",
    ),
    # the same notice: 'on or before' a day, its end (CONVENTIONS 3.5) [local due 2022-07-18 23:59:59]
    B(
        text="Comments must be received on or before July 18, 2022.",
        due="2022-07-19 03:59:59",
        vague=False,
        said="2022-05-27 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FMCSASPEED22,
        published="2022-05-27",
    ),
    # Pipeline and Hazardous Materials Safety Administration (PHMSA), Federal Register of Tuesday 1 July 2025 (90 FR 28044), direct final rule on filing and compliance deadlines, the Federal Register text as carried whole by windot.com (US federal work, public domain; the header 'Federal Register Volume 90, Number 124 (Tuesday, July 1, 2025)' gives the date); zone America/New_York, 10:00 EDT. 'weekends and Federal holidays' are days of a standing rule for every deadline: recurring (CONVENTIONS 1.3). unsure: the words set no time for the rule itself, and a careful reader could give due None and no refusal word
    B(
        text="This DFR amends PHMSA's procedural regulations to establish a rule of construction clarifying the operation of procedural filing deadlines scheduled to fall on weekends and Federal holidays.",
        due=None,
        vague=False,
        said="2025-07-01 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_PHMSADFR25,
        published="2025-07-01",
    ),
    # the same rule (DATES line): the rule takes effect on 9 October 2025, a one-off event (CONVENTIONS 3.1); 2 September 2025 is the date of the condition that would stop it, and of the two the later counts (CONVENTIONS 6.2) [local due 2025-10-09 23:59:59]
    B(
        text="The DFR is effective October 9, 2025, unless adverse comments are received by September 2, 2025.",
        due="2025-10-10 03:59:59",
        vague=False,
        said="2025-07-01 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_PHMSADFR25,
        published="2025-07-01",
    ),
    # the same rule: 'before the effective date', a date this sentence does not give, on a condition: event (CONVENTIONS 1.3, 6.3; page: before 9 October 2025)
    B(
        text="If adverse comments are received, notification will be published in the Federal Register before the effective date either withdrawing the rule (in its entirety or portions thereof) or issuing a new final rule which responds to those comments.",
        due=None,
        vague=False,
        said="2025-07-01 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_PHMSADFR25,
        published="2025-07-01",
    ),
    # the same rule: weekday opening hours, a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="Hand Delivery: U.S. DOT Docket Management System: West Building Ground Floor, Room W12-140, 1200 New Jersey Avenue SE, between 9 a.m. and 5 p.m., Monday through Friday, except Federal holidays.",
        due=None,
        vague=False,
        said="2025-07-01 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_PHMSADFR25,
        published="2025-07-01",
    ),
    # PHMSA, final rule on pipeline safety emergency orders, FR Doc 2019-20308, the Federal Register text as carried by federal.elaws.us (US federal work, public domain); the date, 1 October 2019, is the one the copy's address gives ('fr/10/1/2019'), and fits the effective date 'December 2, 2019' of a rule of 60 days; zone America/New_York, 10:00 EDT. A publication of 2016: past
    B(
        text="On October 14, 2016, PHMSA published an interim final rule (IFR) issuing temporary emergency order procedures and requesting public comment.",
        due=None,
        vague=False,
        said="2019-10-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_PHMSAEO19,
        published="2019-10-01",
    ),
    # the same rule (DATES line): coming into effect on a day, due that day (CONVENTIONS 3.1); EST by then [local due 2019-12-02 23:59:59]
    B(
        text="This final rule is effective December 2, 2019.",
        due="2019-12-03 04:59:59",
        vague=False,
        said="2019-10-01 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_PHMSAEO19,
        published="2019-10-01",
    ),
    # Federal Railroad Administration (FRA), Federal Register of Friday 14 April 1995 (60 FR 19012), change of hearing date and extension of the comment period on grade crossing warning systems, the Federal Register text carried by federal.elaws.us (US federal work, public domain); date from the header; zone America/New_York, 10:00 EDT (daylight saving time from 2 April 1995). The notice of 7 April 1995 is told in the past, and the dates it set are replaced: past
    B(
        text="On April 7, 1995, FRA published in the Federal Register a notice changing the hearing date in this rulemaking from May 9, 1995 to April 24, 1995.",
        due=None,
        vague=False,
        said="1995-04-14 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FRAGRADE95,
        published="1995-04-14",
    ),
    # the same notice: the cancelled 24 April 1995 is denied and the new days count (CONVENTIONS 4.1); two days of hearings fall due at the later, 7 June 1995 (CONVENTIONS 6.1) [local due 1995-06-07 23:59:59]
    B(
        text="FRA is accordingly canceling the hearing scheduled for April 24, 1995 and will instead hold two days of hearings in this matter on Tuesday June 6, and Wednesday, June 7, 1995.",
        due="1995-06-08 03:59:59",
        vague=False,
        said="1995-04-14 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_FRAGRADE95,
        published="1995-04-14",
    ),
    # the same notice: comments accepted 'through' a day, the end of that day [local due 1995-06-14 23:59:59]
    B(
        text="Comments will be accepted through June 14, 1995.",
        due="1995-06-15 03:59:59",
        vague=False,
        said="1995-04-14 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FRAGRADE95,
        published="1995-04-14",
    ),
    # the same notice (DATES line; 'DATES: (1)' is left out): the end of 14 June 1995. The sentence after it is cut off by a page break in the copy and was not taken [local due 1995-06-14 23:59:59]
    B(
        text="Written comments must be received no later than June 14, 1995.",
        due="1995-06-15 03:59:59",
        vague=False,
        said="1995-04-14 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FRAGRADE95,
        published="1995-04-14",
    ),
    # FRA, Federal Register of Friday 12 March 2010 (75 FR 11992), notice of scheduling of a public hearing on a petition of the Association of American Railroads, GPO Access text (edocket.access.gpo.gov; US federal work, public domain); date from the header; zone America/New_York, 10:00 EST. A notice of 4 January and a hearing day, 10 February 2010, both before the notice: past
    B(
        text="In a notice published January 4, 2010, the Federal Railroad Administration (FRA) announced that the Association of American Railroads (AAR) had petitioned FRA for a waiver of compliance from certain requirements of Title 49 of the Code of Federal Regulations (CFR) parts 234 and 236, and that a public hearing to discuss the issues presented by AAR's petition had been scheduled for February 10, 2010, in Washington, DC.",
        due=None,
        vague=False,
        said="2010-03-12 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FRAAAR10,
        published="2010-03-12",
    ),
    # the same notice: a postponement done before, to an undated 'later date': past
    B(
        text="Due to inclement weather in the Washington, DC area on the scheduled hearing date and the resulting temporary closure of Federal Government offices in the Washington, DC area for most of that week, FRA, by notice to all known interested parties, postponed the hearing until a later date.",
        due=None,
        vague=False,
        said="2010-03-12 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FRAAAR10,
        published="2010-03-12",
    ),
    # the same notice: the hearing moved to Wednesday 7 April 2010 'beginning at 1 p.m.', a one-off event at that hour (CONVENTIONS 3.1, 4.1: the new time counts; daylight saving time from 14 March 2010) [local due 2010-04-07 13:00:00]
    B(
        text="This notice announces that the public hearing originally scheduled for February 10, 2010, is now rescheduled for Wednesday, April 7, 2010, beginning at 1 p.m.",
        due="2010-04-07 17:00:00",
        vague=False,
        said="2010-03-12 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FRAAAR10,
        published="2010-03-12",
    ),
    # the same notice: January 4, 2010 dates the earlier notice and 'monthly' names the tests waived; no act is set a time: past. unsure: a careful reader could call the monthly tests a standing rule, recurring (CONVENTIONS 1.3)
    B(
        text="As explained in FRA's January 4, 2010, notice, AAR seeks a waiver, on behalf of its member railroads, from the monthly inspection and test requirements for signal systems set forth in 49 CFR 234.249, 234.251, 234.253, 234.255, 234.257, 234.261, 236.382, and 236.576.",
        due=None,
        vague=False,
        said="2010-03-12 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FRAAAR10,
        published="2010-03-12",
    ),
    # FRA, Federal Register of Monday 13 April 2020 (85 FR 20466), announcement of a public hearing on metrics and minimum standards for intercity passenger rail, govinfo.gov text stored under a GovDelivery link (lnks.gd) that leads to it (US federal work, public domain); date from the header; zone America/New_York, 10:00 EDT. A publication of 31 March 2020: past
    B(
        text="On March 31, 2020, FRA published a notice of proposed rulemaking (NPRM) that proposed metrics and minimum standards for measuring the performance and service quality of intercity passenger train operations.",
        due=None,
        vague=False,
        said="2020-04-13 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FRAHEAR20,
        published="2020-04-13",
    ),
    # the same notice (DATES line): a hearing from 1 to 4 p.m. EDT falls due at the later end (CONVENTIONS 6.1) [local due 2020-04-30 16:00:00]
    B(
        text="The public hearing will be held on April 30, 2020, from 1:00 p.m. (EDT) to 4:00 p.m. (EDT).",
        due="2020-04-30 20:00:00",
        vague=False,
        said="2020-04-13 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FRAHEAR20,
        published="2020-04-13",
    ),
    # the same notice: a period open 'through' 1 June 2020 falls due at the end of that day (CONVENTIONS 3.3) [local due 2020-06-01 23:59:59]
    B(
        text="The comment period for the NPRM published on March 31, 2020, (85 FR 17835) is open through June 1, 2020.",
        due="2020-06-02 03:59:59",
        vague=False,
        said="2020-04-13 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FRAHEAR20,
        published="2020-04-13",
    ),
    # the same notice: 'that date' is given only by the sentence before: event (CONVENTIONS 6.3, the case holds the sentence; page: the end of 1 June 2020). unsure: a careful reader could read the page's date here
    B(
        text="Written comments in response to views or information provided at the public hearing must be received by that date.",
        due=None,
        vague=False,
        said="2020-04-13 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FRAHEAR20,
        published="2020-04-13",
    ),
    # Consumer Product Safety Commission (CPSC), Federal Register of Friday 24 June 2022 (87 FR 37729), direct final rule on the safety standard for infant bath tubs, govinfo.gov (US federal work, public domain); date from the header; zone America/New_York (the Commission is in Bethesda, Maryland), 10:00 EDT. A publication of March 2017: past
    B(
        text="In March 2017, the U.S. Consumer Product Safety Commission (CPSC) published a consumer product safety standard for infant bath tubs under section 104 of the Consumer Product Safety Improvement Act of 2008 (CPSIA).",
        due=None,
        vague=False,
        said="2022-06-24 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CPSCBATH22,
        published="2022-06-24",
    ),
    # the same rule: what the standard did, 'at the time' of 2017: past
    B(
        text="The standard incorporated by reference the 2017 ASTM voluntary standard for infant bath tubs that was in effect at the time.",
        due=None,
        vague=False,
        said="2022-06-24 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CPSCBATH22,
        published="2022-06-24",
    ),
    # the same rule: a standing process for a class of cases, hung on each revision: recurring (CONVENTIONS 1.3). unsure: a careful reader could call 'when the ... organization revises the standard' an undated event (event)
    B(
        text="The CPSIA sets forth a process for updating mandatory standards for durable infant or toddler products that are based on a voluntary standard, when the voluntary standards organization revises the standard.",
        due=None,
        vague=False,
        said="2022-06-24 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_CPSCBATH22,
        published="2022-06-24",
    ),
    # the same rule: a rule issued in October 2018: past
    B(
        text="Consistent with the CPSIA's update process, the Commission issued a direct final rule in October 2018, that revised the incorporation by reference for the mandatory standard for infant bath tubs to reflect ASTM's revised 2018 voluntary standard.",
        due=None,
        vague=False,
        said="2022-06-24 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CPSCBATH22,
        published="2022-06-24",
    ),
    # the same rule: '2022' names a version of the standard and dates no act: due None, no refusal word
    B(
        text="Also consistent with the CPSIA's update process, this direct final rule again updates the mandatory standard for infant bath tubs to incorporate by reference ASTM's 2022 version of the voluntary standard.",
        due=None,
        vague=False,
        said="2022-06-24 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_CPSCBATH22,
        published="2022-06-24",
    ),
    # the same rule (DATES line): effective on 24 September 2022, a one-off event (CONVENTIONS 3.1); 25 July 2022 dates the condition, and the later counts (CONVENTIONS 6.2) [local due 2022-09-24 23:59:59]
    B(
        text="The rule is effective on September 24, 2022, unless CPSC receives a significant adverse comment by July 25, 2022.",
        due="2022-09-25 03:59:59",
        vague=False,
        said="2022-06-24 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_CPSCBATH22,
        published="2022-06-24",
    ),
    # the same rule: 'before its effective date', undated in the sentence and on a condition: event (CONVENTIONS 1.3, 6.3; page: before 24 September 2022)
    B(
        text="If CPSC receives such a comment, it will publish a document in the Federal Register, withdrawing this direct final rule before its effective date.",
        due=None,
        vague=False,
        said="2022-06-24 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_CPSCBATH22,
        published="2022-06-24",
    ),
    # CPSC, Federal Register of 28 December 2009 (74 FR 68588), revision of the terms of the stay of enforcement of testing and certification requirements, FR Doc E9-30663 as carried by federal.elaws.us (US federal work, public domain); the date is the one the copy's address gives ('fr/12/28/2009') and the citation '74 Fed. Reg. 68588 (Dec. 28, 2009)'; zone America/New_York, 10:00 EST. The announcement was made on 9 February 2009, but the stay it set runs 'until February 10, 2010', still ahead: a state kept to a date falls due then (CONVENTIONS 2.2, 3.3). unsure: the sentence reports the terms as first announced, which this notice revises, and a careful reader could call it past [local due 2010-02-10 23:59:59]
    B(
        text="On February 9, 2009, the Commission announced a stay of enforcement that would remain in effect until February 10, 2010, at which time the Commission would vote to terminate the stay.",
        due="2010-02-11 04:59:59",
        vague=False,
        said="2009-12-28 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CPSCSTAY09,
        published="2009-12-28",
    ),
    # the same notice: 'when the stay will lift' names what is announced, with no time: due None, no refusal word
    B(
        text="Through this notice, the Commission announces changes to the stay including when the stay will lift as to certain testing and certification requirements and how the testing and certification requirements will be implemented or otherwise become effective with regard to specific products subject to the testing and certification requirements of the CPSIA.",
        due=None,
        vague=False,
        said="2009-12-28 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_CPSCSTAY09,
        published="2009-12-28",
    ),
    # the same notice (DATES line): the stay ends on 10 February 2010, a one-off event (CONVENTIONS 3.1), end of the day [local due 2010-02-10 23:59:59]
    B(
        text="Pursuant to this revision of terms, the stay of enforcement, as it pertains to most products, expires on February 10, 2010.",
        due="2010-02-11 04:59:59",
        vague=False,
        said="2009-12-28 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CPSCSTAY09,
        published="2009-12-28",
    ),
    # House of Lords (Hansard, Open Parliament Licence v3.0), Arrangement of Business, Tuesday 6 April 2010 (the date is the page's own: 'debated on Tuesday 6 April 2010'); zone Europe/London; no hour printed, so 10:00 BST. The events of 'today' are done and 'this week' names the business; the Statement is made as spoken: due None, no refusal word
    B(
        text="My Lords, it might be helpful if I make a brief Statement in relation to certain events that have unfolded today and the impact on our business this week.",
        due=None,
        vague=False,
        said="2010-04-06 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HLARR10,
        published="2010-04-06",
    ),
    # the same statement: the request was made 'This morning'; the compliance has no time of its own: past
    B(
        text="This morning my right honourable friend the Prime Minister asked Her Majesty the Queen to proclaim the Dissolution of Parliament, and I am pleased to be able to report that Her Majesty has been graciously pleased to signify that she will comply with this request.",
        due=None,
        vague=False,
        said="2010-04-06 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLARR10,
        published="2010-04-06",
    ),
    # the same statement: 'now' tells a state at the moment of speaking; nothing falls due: due None, no refusal word
    B(
        text="Your Lordships may wish to note the following key dates, which are now available in the Printed Paper Office.",
        due=None,
        vague=False,
        said="2010-04-06 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HLARR10,
        published="2010-04-06",
    ),
    # the same statement: a schedule of two days, the prorogation on 8 April and the election on Thursday 6 May 2010; it falls due at its end (CONVENTIONS 6.1) [local due 2010-05-06 23:59:59]
    B(
        text="Parliament will be prorogued at the end of business on Thursday 8 April, and the general election will take place on Thursday 6 May.",
        due="2010-05-06 22:59:59",
        vague=False,
        said="2010-04-06 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HLARR10,
        published="2010-04-06",
    ),
    # the same statement: Tuesday 18 May 2010, end of the day (CONVENTIONS 3.1) [local due 2010-05-18 23:59:59]
    B(
        text="The new Parliament will meet on Tuesday 18 May, when the other place will elect a Speaker and, in both Houses, Members will be sworn in.",
        due="2010-05-18 22:59:59",
        vague=False,
        said="2010-04-06 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HLARR10,
        published="2010-04-06",
    ),
    # the same statement: 'the following week' counts from the meeting of 18 May that only the sentence before gives: event (CONVENTIONS 6.3, the case holds the sentence; page: the week of 24 May 2010, Sunday 30 May). unsure: a careful reader could read 'the following week' from the day of speaking, the week of 12 April 2010 (Sunday 18 April)
    B(
        text="The State Opening of Parliament will take place the following week.",
        due=None,
        vague=False,
        said="2010-04-06 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HLARR10,
        published="2010-04-06",
    ),
    # the same statement: 'Today's events' are done and 'the rest of this week' names the business affected; no act is set a time: due None, no refusal word. unsure: a careful reader could give the end of this week, Sunday 11 April 2010
    B(
        text="Today’s events will have implications for the business for the rest of this week.",
        due=None,
        vague=False,
        said="2010-04-06 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HLARR10,
        published="2010-04-06",
    ),
    # the same statement: today's business proceeding today falls due at the end of the day of speaking (CONVENTIONS 2.1) [local due 2010-04-06 23:59:59]
    B(
        text="However, I should stress that business today will proceed as it is set out on today’s Order Paper.",
        due="2010-04-06 22:59:59",
        vague=False,
        said="2010-04-06 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HLARR10,
        published="2010-04-06",
    ),
    # the same statement: the announcing is done as spoken and 'the next few days' names the programme: due None, no refusal word. unsure: a careful reader could take 'the next few days' as a vague window for the programme (vague, 7 days: 13 April 2010)
    B(
        text="Following discussions in the usual channels, which is quite normal on these occasions, I can announce the following provisional programme of business for the next few days.",
        due=None,
        vague=False,
        said="2010-04-06 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HLARR10,
        published="2010-04-06",
    ),
    # the same statement: two sittings, 3 p.m. on Wednesday 7 April and 11 a.m. on Thursday 8 April 2010; the schedule falls due at its end (CONVENTIONS 6.1) [local due 2010-04-08 11:00:00]
    B(
        text="The House will sit as usual at 3 pm tomorrow and at 11 am on Thursday.",
        due="2010-04-08 10:00:00",
        vague=False,
        said="2010-04-06 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HLARR10,
        published="2010-04-06",
    ),
    # the same statement: 'both days' are given only by the sentence before: event (CONVENTIONS 6.3; page: Thursday 8 April 2010). unsure: a careful reader could read the page's days
    B(
        text="On both days, Prayers will be followed by Oral Questions.",
        due=None,
        vague=False,
        said="2010-04-06 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HLARR10,
        published="2010-04-06",
    ),
    # the same statement: 'now' is the turning as spoken and 'business tomorrow' names the subject: due None, no refusal word. unsure: a careful reader could give the end of tomorrow, 7 April 2010, for the business
    B(
        text="I now turn to business tomorrow.",
        due=None,
        vague=False,
        said="2010-04-06 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HLARR10,
        published="2010-04-06",
    ),
    # the same statement: 'Immediately after Oral Questions' hangs on an undated event (CONVENTIONS 5.2): event
    B(
        text="Immediately after Oral Questions, the Leader of the House will move a customary Business of the House Motion which, if agreed, will allow more than one stage of a Bill to be taken on the same day.",
        due=None,
        vague=False,
        said="2010-04-06 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HLARR10,
        published="2010-04-06",
    ),
    # House of Lords (historic Hansard, HL Deb 28 July 1927 vol 68 c945, Open Parliament Licence v3.0), The Recess; the date is the page's own; zone Europe/London (summer time in force); no hour printed, so 10:00 BST. 'to-morrow' (old Hansard spelling) is Friday 29 July 1927, end of the day [local due 1927-07-29 23:59:59]
    B(
        text="My Lords, we hope that there is nothing that will prevent the adjournment to-morrow.",
        due="1927-07-29 22:59:59",
        vague=False,
        said="1927-07-28 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HLREC27,
        published="1927-07-28",
    ),
    # the same answer: a meeting at noon and a Royal Commission at a quarter past twelve on 29 July 1927; one day with several clock times falls due at the latest (CONVENTIONS 6.1) [local due 1927-07-29 12:15:00]
    B(
        text="We are going to ask your Lordships to meet at twelve o'clock to-morrow and we propose that there should be a Royal Commission at a quarter past twelve.",
        due="1927-07-29 11:15:00",
        vague=False,
        said="1927-07-28 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HLREC27,
        published="1927-07-28",
    ),
    # the same answer: 'at the meeting of the House' and 'that short sitting' are undated in the sentence: event (CONVENTIONS 6.3; page: 29 July 1927)
    B(
        text="It will be necessary, at the meeting of the House, to move the suspension of the Standing Orders in order to pass the Consolidated Fund Bill through all its stages at that short sitting of the House, and then your Lordships will gain a well-earned holiday.",
        due=None,
        vague=False,
        said="1927-07-28 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HLREC27,
        published="1927-07-28",
    ),
    # the same answer: a holiday kept 'until November 8' falls due then (CONVENTIONS 3.3); 8 November 1927, GMT [local due 1927-11-08 23:59:59]
    B(
        text="We propose that the holiday should last until November 8.",
        due="1927-11-08 23:59:59",
        vague=False,
        said="1927-07-28 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HLREC27,
        published="1927-07-28",
    ),
    # the same answer: 'that day' is given only by the sentence before: event (CONVENTIONS 6.3; page: 8 November 1927). unsure: a careful reader could read the page's day for the assembling. The last two sentences of the answer (a possibility 'if there is no business immediately' and 'some small business for November 9') were left out, the House of Lords being at a fifth of the set
    B(
        text="I cannot say whether there will be any business to engage your Lordships' attention on that day, but it is necessary that the House should assemble in case there should be business then.",
        due=None,
        vague=False,
        said="1927-07-28 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HLREC27,
        published="1927-07-28",
    ),
    # House of Commons (Hansard, HC Deb 10 November 2005, Speaker's Statement and Business of the House, publications.parliament.uk, Open Parliament Licence v3.0); the date is the page's column heading ('10 Nov 2005 : Column 470'); zone Europe/London (GMT); the page prints '11.31 am' for the Speaker's Statement, so said 10 November 2005 11:31 GMT ('Mr. Speaker:' is left out). The sentence names the day and sets no act: due None, no refusal word. unsure: a careful reader could give the end of Friday 11 November 2005
    B(
        text="As the House will know, this Friday is 11 November, Remembrance Day.",
        due=None,
        vague=False,
        said="2005-11-10 11:31:00",
        tz="Europe/London",
        cluster=1,
        source=_HCBUS05,
        published="2005-11-10",
    ),
    # the same statement: a clock time with no day in the sentence is its next occurrence after the moment of speaking (11:31 on 10 November), 11:00 on 11 November 2005 (CONVENTIONS 6.3; page: the same) [local due 2005-11-11 11:00:00]
    B(
        text="The House will be sitting at 11 am, and right hon. and hon. Members, their staff and officials in the House will be attending to their duties at that time.",
        due="2005-11-11 11:00:00",
        vague=False,
        said="2005-11-10 11:31:00",
        tz="Europe/London",
        cluster=2,
        source=_HCBUS05,
        published="2005-11-10",
    ),
    # the same statement: 'at that time' is given only by the sentence before: event (CONVENTIONS 6.3; page: 11:00 on 11 November 2005). unsure: a careful reader could read the page's time
    B(
        text="I regard it as appropriate that the House should join the nation in observing the two-minute silence at that time, so that we may remember those who gave their lives for their country to help preserve our democratic freedom.",
        due=None,
        vague=False,
        said="2005-11-10 11:31:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HCBUS05,
        published="2005-11-10",
    ),
    # the same page, Business of the House, '11.32 am', so said 11:32 GMT; the answer of the Leader of the House, Mr Geoffrey Hoon (his name is left out; the question before it, 'Will the Leader of the House give us the business for next week?', read USED and was dropped): next week's business falls due at the end of next week, Sunday 20 November 2005 (weeks run Monday to Sunday). unsure: the sentence only introduces the list, and a careful reader could give due None [local due 2005-11-20 23:59:59]
    B(
        text="The business for next week will be as follows.",
        due="2005-11-20 23:59:59",
        vague=False,
        said="2005-11-10 11:32:00",
        tz="Europe/London",
        cluster=4,
        source=_HCBUS05,
        published="2005-11-10",
    ),
    # the same answer: a line of the schedule, Monday 14 November 2005, end of the day [local due 2005-11-14 23:59:59]
    B(
        text="Monday 14 November—Remaining stages of the Violent Crime Reduction Bill.",
        due="2005-11-14 23:59:59",
        vague=False,
        said="2005-11-10 11:32:00",
        tz="Europe/London",
        cluster=6,
        source=_HCBUS05,
        published="2005-11-10",
    ),
    # the same answer: Tuesday 15 November 2005, end of the day [local due 2005-11-15 23:59:59]
    B(
        text="Tuesday 15 November—Opposition Day [9th Allotted Day].",
        due="2005-11-15 23:59:59",
        vague=False,
        said="2005-11-10 11:32:00",
        tz="Europe/London",
        cluster=6,
        source=_HCBUS05,
        published="2005-11-10",
    ),
    # the same answer: Wednesday 16 November 2005, end of the day [local due 2005-11-16 23:59:59]
    B(
        text="Wednesday 16 November—Remaining stages of the Immigration, Asylum and Nationality Bill.",
        due="2005-11-16 23:59:59",
        vague=False,
        said="2005-11-10 11:32:00",
        tz="Europe/London",
        cluster=6,
        source=_HCBUS05,
        published="2005-11-10",
    ),
    # the same answer: Thursday 17 November 2005, end of the day [local due 2005-11-17 23:59:59]
    B(
        text="Thursday 17 November—A debate on defence in the United Kingdom on a motion for the Adjournment of the House.",
        due="2005-11-17 23:59:59",
        vague=False,
        said="2005-11-10 11:32:00",
        tz="Europe/London",
        cluster=6,
        source=_HCBUS05,
        published="2005-11-10",
    ),
    # the same answer: a day denied (CONVENTIONS 4.1): negated
    B(
        text="Friday 18 November—The House will not be sitting.",
        due=None,
        vague=False,
        said="2005-11-10 11:32:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_HCBUS05,
        published="2005-11-10",
    ),
    # the same answer: Monday 21 November 2005, end of the day [local due 2005-11-21 23:59:59]
    B(
        text="Monday 21 November—Second Reading of the Equality Bill [Lords].",
        due="2005-11-21 23:59:59",
        vague=False,
        said="2005-11-10 11:32:00",
        tz="Europe/London",
        cluster=6,
        source=_HCBUS05,
        published="2005-11-10",
    ),
    # the same answer: Tuesday 22 November 2005, end of the day [local due 2005-11-22 23:59:59]
    B(
        text="Tuesday 22 November—Opposition Day [10th Allotted Day].",
        due="2005-11-22 23:59:59",
        vague=False,
        said="2005-11-10 11:32:00",
        tz="Europe/London",
        cluster=6,
        source=_HCBUS05,
        published="2005-11-10",
    ),
    # the same answer: Wednesday 23 November 2005, end of the day [local due 2005-11-23 23:59:59]
    B(
        text="Wednesday 23 November—Second Reading of the Northern Ireland (Offences) Bill.",
        due="2005-11-23 23:59:59",
        vague=False,
        said="2005-11-10 11:32:00",
        tz="Europe/London",
        cluster=6,
        source=_HCBUS05,
        published="2005-11-10",
    ),
    # the same answer: Thursday 24 November 2005, end of the day [local due 2005-11-24 23:59:59]
    B(
        text="Thursday 24 November—Consideration in Committee and Third Reading of the European Union (Accessions) Bill.",
        due="2005-11-24 23:59:59",
        vague=False,
        said="2005-11-10 11:32:00",
        tz="Europe/London",
        cluster=6,
        source=_HCBUS05,
        published="2005-11-10",
    ),
    # the same answer: a day denied (CONVENTIONS 4.1): negated
    B(
        text="Friday 25 November—The House will not be sitting.",
        due=None,
        vague=False,
        said="2005-11-10 11:32:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_HCBUS05,
        published="2005-11-10",
    ),
    # Australian Communications and Media Authority (ACMA), 'Notice under Part 4 of the Determination' on acma.gov.au (CC BY 4.0, the ACMA's 'The fine print' page); the notice prints no date of its own: it follows the Minister's direction of 19 March 2013 that it names, and the ACMA's applicant information package page says its post was updated on 20 March 2013 to take in the changes of this notice, so 20 March 2013; zone Australia/Sydney (Canberra, daylight saving time until 7 April 2013), 10:00 AEDT. A publication of 3 January 2013: past
    B(
        text="On 3 January 2013, the ACMA published the notice for the digital dividend auction and the Applicant Information Package (AIP).",
        due=None,
        vague=False,
        said="2013-03-19 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ACMANOT13,
        published="2013-03-20",
    ),
    # the same notice: what the ACMA stated before; 'the date and time' is not given here: past
    B(
        text="As part of this, the ACMA stated the date and time before which completed eligibility nomination forms must be received by the ACMA and eligibility payments must be paid to the ACMA on behalf of the Commonwealth or deeds of financial security must be given to the ACMA (the eligibility deadline).",
        due=None,
        vague=False,
        said="2013-03-19 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ACMANOT13,
        published="2013-03-20",
    ),
    # the same notice: the 'original' deadline, replaced by the notice, is called off (CONVENTIONS 4.1): negated. unsure: the sentence alone gives no new time, and a careful reader could give 21 March 2013 at 23:59 AEDT
    B(
        text="The original eligibility deadline was 11.59 pm on 21 March 2013.",
        due=None,
        vague=False,
        said="2013-03-19 23:00:00",
        tz="Australia/Sydney",
        refusal="negated",
        cluster=5,
        source=_ACMANOT13,
        published="2013-03-20",
    ),
    # the same notice: the revising is done, but the new deadline, 11.59 p.m. on 28 March 2013, is still ahead and counts (CONVENTIONS 4.1, the new time) [local due 2013-03-28 23:59:00]
    B(
        text="As a result of the Direction, the ACMA has revised the eligibility deadline from 11.59 pm on 21 March 2013 to 11.59 pm on 28 March 2013.",
        due="2013-03-28 12:59:00",
        vague=False,
        said="2013-03-19 23:00:00",
        tz="Australia/Sydney",
        cluster=2,
        source=_ACMANOT13,
        published="2013-03-20",
    ),
    # the same notice: the auction's start moved to 23 April 2013, a one-off event (CONVENTIONS 3.1, 4.1), end of the day (AEST by then) [local due 2013-04-23 23:59:59]
    B(
        text="It has also revised the auction commencement date from 16 April 2013 to 23 April 2013.",
        due="2013-04-23 13:59:59",
        vague=False,
        said="2013-03-19 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ACMANOT13,
        published="2013-03-20",
    ),
    # the same notice: '2012' names the Determination and dates no act: due None, no refusal word
    B(
        text="In accordance with subsections 4.4(2) and 4.5(4) of Part 4 of the Radiocommunications (Spectrum Licence Allocation—Combinatorial Clock Auction) Determination 2012, this notice gives details of changes to the notice advertising the digital dividend auction and the AIP for the auction.",
        due=None,
        vague=False,
        said="2013-03-19 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACMANOT13,
        published="2013-03-20",
    ),
    # Australian Bureau of Statistics (ABS), media release for Census night 2006 on abs.gov.au (CC BY 2.5 Australia, the ABS's own copyright page, stored in a web archive copy of November 2016); the release prints no date: it says 'Tonight is Census night', and the 2006 Census night was Tuesday 8 August 2006 (its own words on forms filled 'after 8 August' agree), so 8 August 2006; zone Australia/Sydney (Canberra), 10:00 AEST. The sentence names the night and sets no act: due None, no refusal word. unsure: a careful reader could give the end of the day, 'tonight'
    B(
        text="Tonight is Census night.",
        due=None,
        vague=False,
        said="2006-08-08 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABSCEN06,
        published="2006-08-08",
    ),
    # the same release: the filling out is to be done tonight, the end of 8 August 2006 (the parser's 'tonight', 23:59:59) [local due 2006-08-08 23:59:59]
    B(
        text="Tonight is the night for filling out your Census form.",
        due="2006-08-08 13:59:59",
        vague=False,
        said="2006-08-08 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ABSCEN06,
        published="2006-08-08",
    ),
    # the same release (the Statistician's words; the opening quotation mark is left out): 'Census night' is not dated in the sentence: event (CONVENTIONS 6.3; page: 8 August 2006)
    B(
        text="By making sure that you are counted on Census night, planners will know how many young people there are and where they are - and be able to plan services accordingly.",
        due=None,
        vague=False,
        said="2006-08-08 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ABSCEN06,
        published="2006-08-08",
    ),
    # the same release: 'on Census night', undated in the sentence: event (page: 8 August 2006)
    B(
        text="Everyone in Australia on Census night needs to be included on a Census form.",
        due=None,
        vague=False,
        said="2006-08-08 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ABSCEN06,
        published="2006-08-08",
    ),
    # the same release: 'on Census night', undated: event
    B(
        text="No matter where you are in Australia on Census night, you need to be counted.",
        due=None,
        vague=False,
        said="2006-08-08 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ABSCEN06,
        published="2006-08-08",
    ),
    # the same release: 'on Census night', undated: event
    B(
        text="You fill in a Census form or have yourself included on a form depending on where you are staying on Census night.",
        due=None,
        vague=False,
        said="2006-08-08 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ABSCEN06,
        published="2006-08-08",
    ),
    # the same release: 'the next day' counts from a night the sentence does not date, on a condition: event (CONVENTIONS 1.3, 6.3; page: 9 August 2006)
    B(
        text="If you are out all night, you can fill in your Census form the next day.",
        due=None,
        vague=False,
        said="2006-08-08 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ABSCEN06,
        published="2006-08-08",
    ),
    # the same release: 'soon' hung on an undated event, 'after Census night' (CONVENTIONS 5.2): event. The next sentence is cut off in the stored copy ('people filling in their online forms after 8 August nee') and was not taken
    B(
        text="Collectors will be returning to pick up forms soon after Census night.",
        due=None,
        vague=False,
        said="2006-08-08 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ABSCEN06,
        published="2006-08-08",
    ),
    # ABS, media release NSW/111 'Shed some light on Census night tomorrow', 8 August 2011 (the date is the release's own), abs.gov.au (CC BY 2.5 Australia, as above); zone Australia/Sydney, 10:00 AEST. The form is to be completed for Census night, Tuesday 9 August 2011, end of the day [local due 2011-08-09 23:59:59]
    B(
        text="The Australian Bureau of Statistics (ABS) is encouraging everyone in Australia on Census night, Tuesday 9 August 2011 to accurately complete a Census form.",
        due="2011-08-09 13:59:59",
        vague=False,
        said="2011-08-08 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ABSNSW11,
        published="2011-08-08",
    ),
    # the same release (the opening quotation mark is left out): money given in the 2010-11 budget: past. Before it, 'planning services we use every day' was passed over (a general time word)
    B(
        text="More than $4,000 per person was given to the states and territories in the 2010-11 Federal Budget.",
        due=None,
        vague=False,
        said="2011-08-08 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABSNSW11,
        published="2011-08-08",
    ),
    # the same release: 'on Census night', undated in the sentence: event (CONVENTIONS 6.3; page: 9 August 2011)
    B(
        text="Mr Collett says the Census counts everyone in Australia on Census night, whether they are working, travelling, partying or at home.",
        due=None,
        vague=False,
        said="2011-08-08 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ABSNSW11,
        published="2011-08-08",
    ),
    # the same release (opening quotation mark left out): 'on Census night', undated: event
    B(
        text="The Census is an important snapshot of the nation and counts everyone wherever they are on Census night.",
        due=None,
        vague=False,
        said="2011-08-08 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ABSNSW11,
        published="2011-08-08",
    ),
    # the same release (opening quotation mark left out): 'on Census night', undated: event
    B(
        text="If you’re away from home on Census night, make sure you’re counted at the place where you are staying.",
        due=None,
        vague=False,
        said="2011-08-08 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ABSNSW11,
        published="2011-08-08",
    ),
    # the same release (opening quotation mark left out): 'as soon as possible' on the condition of a missed, undated Census night (CONVENTIONS 5.2): event
    B(
        text="If you can’t fill out a Census form on Census night, fill it out as soon as possible and answer the questions as if it were Census night.",
        due=None,
        vague=False,
        said="2011-08-08 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ABSNSW11,
        published="2011-08-08",
    ),
    # the same release (opening quotation mark left out): 'on Census night', undated: event
    B(
        text="If you’re travelling “off the beaten track” on Census night collection points with Census packs are available.",
        due=None,
        vague=False,
        said="2011-08-08 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ABSNSW11,
        published="2011-08-08",
    ),
    # the same release (opening quotation mark left out): 'on Census night', undated, on a condition: event
    B(
        text="If there is no one staying at your house on Census night or you need more forms, please call the Census Inquiry Service on 1300 338 776,” Mr Collett adds.",
        due=None,
        vague=False,
        said="2011-08-08 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ABSNSW11,
        published="2011-08-08",
    ),
)
