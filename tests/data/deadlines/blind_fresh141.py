"""A HUNDRED-AND-FORTY-FIRST fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-06 (UTC) between about 07:33 and 07:45 by a labelling helper (branch
issue12l141-s54) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 54 (fresh139, fresh140, fresh142, fresh143), whose claims in the shared claims file were
treated as used and whose files and README sections were not opened. It read `CONVENTIONS.md` in full,
the docstring, comments, some cases and the README section of `blind_fresh138.py` (the `BlindCase`
form), the docstring of `tests/data/fresh_check.py`, and the top docstring of the parser package only
(the vague windows, "before" periods, weeks running Monday to Sunday, early/mid/late thirds, parts of
the day, seasons); nothing else of `bot/core/deadlines/` was opened. The brief asked for the Houses of
the Oireachtas, gov.ie pages under CC BY 4.0, the Council of the EU and the European Commission,
kremlin.ru, Wikinews and UK Hansard, at most a third from the United States; at least eight
publishers, none above a fifth of the cases; about 90 cases (at least 70) by 08:10 UTC.

The set quotes the Houses of the Oireachtas (Dáil Orders of Business of 11 February 2025 and 26
September 2023, and the first sentence of the Dáil's first stage of a social welfare Bill on 21 June
1967), the House of Commons (questions and answers of 30 October 1947 and 9 November 1955 and the first
two sentences of those of 26 April 1966), the Australian Bureau of Statistics (a Census newsboard of 24
September 2016 and a media release of September 2021), the House of Lords (the debates of 8 November
1967 and 8 May 1969), the United States Department of Agriculture (a Federal Register notice of meeting
of April 2004, carried whole by aibs.org), NASA (a news release of 12 March 2009), the Northern Ireland
Statistics and Research Agency (its Census 2021 news page of 2022) and the Office for National
Statistics (a Census 2021 bulletin to local authorities of 20 January 2021). 71 cases from 8 publishers
(the Houses of the Oireachtas 14 (19.7%); the House of Commons 14 (19.7%); the Australian Bureau of
Statistics 14 (19.7%); the House of Lords 12 (16.9%); the USDA 5 (7.0%); NASA 4 (5.6%); NISRA 4 (5.6%);
the ONS 4 (5.6%)). 9 of the 71 (12.7%) are from the United States (USDA, NASA); 62 are not. The two
Houses at Westminster publish their own reports and are counted as separate publishers, as earlier
sets count them; the Dáil, the Seanad and the committees are one publisher, the Houses of the
Oireachtas. Of the publishers the brief named, only the Oireachtas and Hansard could be used: every
kremlin.ru page (instruction lists of 2017 to 2022, a 2024 transcript, a governor's meeting), every
Council of the EU and European Commission page (europa.eu rapid press releases and Daily News of 2002
and 2019) and the Wikinews pages (a shuttle launch of 2008) the store returned read USED, as did many
Oireachtas, Hansard, Lords Business, Federal Register, NWS, Stats NZ, DOC, ABS, Statistics Canada and
National Park Service pages; the gov.ie press releases found were on merrionstreet.ie or carried by
newspapers, with no CC BY statement of their own in the store, and were not used; a GOV.UK
consultation outcome (the Clean Heat Market Mechanism) read fresh but its stored opening gives no date.
Where a publisher went over a fifth, the last ones were left out, as `blind_fresh138.py` did: 23
sentences labelled in this session (the Oireachtas: the last five of the Dáil's first stage of 21 June
1967 and all seven of the Covid-19 committee of 14 July 2020; the Commons: the last three of 26 April
1966 and all eight of 16 July 1968) and one page labelled and dropped whole before (the Dáil Order of
Business of 24 June 1958, 12 sentences). Claimed pages left out for the same reason, not labelled: the
Dáil Orders of Business of 22 and 28 June 1960, the Seanad of 20 December 1922, the Committee of Public
Accounts of 12 July 2018, Dáil written answers of 4 November 1986 and 19 September 2019, the Commons of
30 June 1947, 14 March 1968 and 18 April 1967.

Every sentence quoted holds a time word of some kind (a date, a clock time, a weekday, "today",
"to-day", "tomorrow", "this afternoon", "this week", "last week", "last Thursday", "daily", a month,
a season, a year, a span, a Session, "now", "currently", "soon", "when", "once", "until", "before",
"after", "for years to come"); sentences of the openings read that hold none were skipped, as were
titles, headings, date lines, banner lines (">> Census 2021 is going ahead on March 21st 2021<<"),
procedural lines ("Debate resumed on the Motion moved on ..."), sentences cut off by the end of an
opening and the words of the carrying site; the NASA dateline "CAPE CANAVERAL, Fla. -- " is left out.
Schedule lines of the Dáil's Orders of Business were taken as they stand, with their leading "- ", "* "
or "** "; a member's number and name run into a question ("38. Mr. Gresham Cooke") and the Federal
Register's labels "DATES:", "ADDRESSES:" and "SUPPLEMENTARY INFORMATION:" were left out of the quotes;
the pages' slips ("People- Before- Profit-", "to come.It will", a sentence with no full stop) stay as
the pages have them. The sentences were found with a search over stored copies of public pages and
taken as they came in the openings the search returns, in page order; a few whose only time words are
general or name a thing were passed over ("the present shortages", "in recent times", "future
nominations", "the Census and Statistics Act 1905", "the latest COVID-19 situation"). One sentence of
the USDA notice ("The public may file written comments before or up to two weeks after the meeting
...") read USED when checked whole (boilerplate of other notices) and was dropped. See README.md
("Hundred-and-forty-first fresh blind set") for every address, publisher and licence.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was checked
with the lead's `fresh_check.py` (the address and a distinctive phrase of the page) and claimed
(`fresh141`) in `/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence was
then checked whole with the same tool (skipping this file): none reads used. Each label was worked out
by hand from the words, the publication date and the publisher's zone (Europe/Dublin for the
Oireachtas, Europe/London for both Houses, NISRA in Belfast and the ONS, America/New_York for the USDA
and NASA headquarters, Australia/Sydney for the ABS in Canberra); the conversion of local instants to
UTC wall time, weekdays and day counts were done with Python's zoneinfo and datetime in a scratch
script outside the repository, never with code of the project. Irish summer time of 1967 and 2023,
British summer time of 1947, 1948, 1966 and 2022, British Standard Time of 1969 and the Australian
daylight saving that began on 2 October 2016 and 3 October 2021 are zoneinfo's.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh138.py`: the publication date at 10:00 local time unless the page gives an hour (the two
Lords pages print "2.28 p.m." and "4.8 p.m." and are read at that hour); the USDA notice, which prints
no issue date in the stored copy, is dated 9 April 2004 by its address, the ABS release of 2021, which
prints none, Wednesday 29 September 2021 by its words, and the NISRA news page, which prints none, 1
May 2022, between the two days its items date (the first comment of each says why); a day falls due at
23:59:59 local; "the morning" at 12:00 and "the afternoon" at 18:00 (parser docstring); "this week" on
its Sunday; a clock time or part of the day with no day of its own is the first after the moment of
speaking (CONVENTIONS 6.3; the page's day in the comment); "no earlier than" and "now begin" give only a
start (CONVENTIONS 3.2); "until 8pm on Friday, 30 September" keeps a line open to that time
(CONVENTIONS 3.3); "before" a day is the day before (CONVENTIONS 3.5); "soon" is vague, 60 days
(CONVENTIONS 5.1); "daily" opening hours are recurring (CONVENTIONS 1.3); done acts are past
(CONVENTIONS 2.4); times hung on an undated event (an item's own start, the end of the suspension of
sitting, "when it becomes necessary", "as soon as they are ready", "once the online system has
closed", "as more information becomes available") are event (CONVENTIONS 1.3, 5.2); denied times are
negated (CONVENTIONS 4.1); a question is no undertaking (CONVENTIONS 4.2); refusals have `due=None` and
a `refusal` kind; a sentence whose time words set no time for any act has `due=None` and no refusal word
(11 such). Clusters as in `blind_fresh138.py`: 1 no time set, 2 clock times, 3 ranges and several
dates, 4 parts of the day, periods and windows, 5 refusals, 6 plain days and dates. 33 labels are
refusals (past 13, event 12, earliest 4, negated 3, recurring 1); 1 is vague; 27 labels carry a due
instant (the vague one included); 17 are marked "unsure" and name the other reading; like every label
here they stay as committed, whatever the first run shows. First run: not yet taken (the lead runs it
once, after merging, and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_OIR25 = "https://www.oireachtas.ie/ga/debates/debate/dail/2025-02-11/3/"
_OIR23 = "https://www.oireachtas.ie/en/debates/debate/dail/2023-09-26/3/"
_OIR67 = "https://www.oireachtas.ie/en/debates/debate/dail/1967-06-21/44/"
_HC47 = "https://hansard.parliament.uk/Commons/1947-10-30/debates/8acff5d9-6d2e-4b64-b802-9f3f62649658/ConstructionProgramme"
_HC55 = "https://api.parliament.uk/historic-hansard/commons/1955/nov/09/cromwell-road-extension"
_HC66 = "https://api.parliament.uk/historic-hansard/commons/1966/apr/26/house-of-lords-reform"
_HL69 = "https://api.parliament.uk/historic-hansard/lords/1969/may/08/house-of-lords-reform-1"
_HL67 = "https://api.parliament.uk/historic-hansard/lords/1967/nov/08/address-in-reply-to-her-majestys-most"
_NASA09 = "http://www.nasa.gov/home/hqnews/2009/mar/HQ_M09-039_Discovery_briefing.html"
_ABS16 = "https://www.abs.gov.au/websitedbs/censushome.nsf/home/newsboard160924"
_ABS21 = "https://www.abs.gov.au/media-centre/media-releases/2021-census-website-closing-week-last-chance-complete-census"
_NISRA22 = "https://www.nisra.gov.uk/statistics/2021-census/census-news"
_ONS21 = "https://content.govdelivery.com/accounts/UKONS/bulletins/2b9df4f"
_USDA04 = "http://www.aibs.org/federal-register-resource/federal-register-resource-2004_04_09.html"

FRESH141_CASES: tuple[BlindCase, ...] = (
    # Houses of the Oireachtas (Dáil Éireann debate, Order of Business, Tuesday 11 February 2025, the page's own date; Oireachtas (Open Data) PSI Licence, CC BY 4.0); zone Europe/Dublin (GMT in February); no hour printed, so said 11 February 2025 10:00 GMT. A schedule line under 'Tuesday's business shall be:', taken as it stands: the item adjourns two hours after its own start, which the line does not date: event (CONVENTIONS 1.3, a span from an undated event)
    B(
        text="- Statements on Programme for Government (resumed) (to adjourn after 2 hours)",
        due=None,
        vague=False,
        said="2025-02-11 10:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_OIR25,
        published="2025-02-11",
    ),
    # the same Order of Business: 'Tuesday' said on Tuesday 11 February 2025 is that day (parser docstring, a weekday on or after the day of speaking); no hour, so the end of the day (CONVENTIONS 3.1) [local due 2025-02-11 23:59:59]
    B(
        text="Tuesday's private members' business shall be the Motion re Government Response to Storm Éowyn, selected by Sinn Féin.",
        due="2025-02-11 23:59:59",
        vague=False,
        said="2025-02-11 10:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_OIR25,
        published="2025-02-11",
    ),
    # the same: a line under 'Wednesday's business shall be:'; its only time is the item's length from its own undated start: event (CONVENTIONS 1.3). unsure: a careful reader could give the page's day, the end of Wednesday 12 February 2025
    B(
        text="- Statements on Programme for Government (resumed) (not to exceed 1 hr 32 mins)",
        due=None,
        vague=False,
        said="2025-02-11 10:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_OIR25,
        published="2025-02-11",
    ),
    # the same: 'to conclude within 54 mins' counts from the item's undated start: event (CONVENTIONS 1.3; the parser docstring's 'to conclude within 90 minutes')
    B(
        text="- Motion re Proposed approval by Dáil Éireann of an opt-in to the negotiating mandate on an EU-UK Youth Experience Scheme (to conclude within 54 mins)",
        due=None,
        vague=False,
        said="2025-02-11 10:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_OIR25,
        published="2025-02-11",
    ),
    # the same: the only clock time, 'no earlier than 5.30 p.m.', is a lower bound (CONVENTIONS 3.2); the sentence gives it no day, so it is the first 5.30 p.m. after the moment of speaking, 11 February 2025 17:30 GMT (CONVENTIONS 6.3; page: Wednesday 12 February 2025 17:30); the lengths count from undated starts [local earliest 2025-02-11 17:30:00]
    B(
        text="- Ministers and Secretaries and Ministerial, Parliamentary, Judicial and Court Offices (Amendment) Bill 2025 (Second and remaining Stages) (Second Stage to conclude within 1 hour and 28 mins and any division claimed to be taken immediately prior to Committee Stage, but in any event, no earlier than 5.30 p.m.; Committee and remaining Stages to commence no earlier than 5.30 p.m. and to conclude within 30 minutes)",
        due=None,
        vague=False,
        said="2025-02-11 10:00:00",
        tz="Europe/Dublin",
        refusal="earliest",
        earliest="2025-02-11 17:30:00",
        cluster=5,
        source=_OIR25,
        published="2025-02-11",
    ),
    # the same: Wednesday 12 February 2025, end of the day [local due 2025-02-12 23:59:59]
    B(
        text="Wednesday's private members' business shall be the Motion re Housing, selected by the Labour Party.",
        due="2025-02-12 23:59:59",
        vague=False,
        said="2025-02-11 10:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_OIR25,
        published="2025-02-11",
    ),
    # the same: Thursday 13 February 2025, end of the day; 'not to exceed 2 hrs 25 mins' is a speaking allowance, no time of its own [local due 2025-02-13 23:59:59]
    B(
        text="Thursday's business shall be Statements on Road Safety (not to exceed 2 hrs 25 mins).",
        due="2025-02-13 23:59:59",
        vague=False,
        said="2025-02-11 10:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_OIR25,
        published="2025-02-11",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate, Order of Business, Tuesday 26 September 2023, date in the address; Oireachtas (Open Data) PSI Licence, CC BY 4.0); zone Europe/Dublin (IST, UTC+1); no hour printed, so said 26 September 2023 10:00 IST. Tuesday is the day of speaking, end of the day [local due 2023-09-26 23:59:59]
    B(
        text="Tuesday's private members' business shall be the Motion re Reversal of Planned Fuel Price Increases, selected by Sinn Féin.",
        due="2023-09-26 22:59:59",
        vague=False,
        said="2023-09-26 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_OIR23,
        published="2023-09-26",
    ),
    # the same: a line under 'Wednesday's business shall be:'; 'no earlier than 5 p.m.' is a lower bound (CONVENTIONS 3.2), read without a day of its own as the first 5 p.m. after speaking, 26 September 2023 17:00 IST (CONVENTIONS 6.3; page: Wednesday 27 September 2023 17:00); the three hours count from an undated start [local earliest 2023-09-26 17:00:00]
    B(
        text="- Historic and Archaeological Heritage and Miscellaneous Provisions Bill 2023 [Seanad] (changed from Historic and Archaeological Heritage Bill 2023) (Report and Final Stages) (to be taken no earlier than 5 p.m. and to conclude within 3 hrs)",
        due=None,
        vague=False,
        said="2023-09-26 09:00:00",
        tz="Europe/Dublin",
        refusal="earliest",
        earliest="2023-09-26 16:00:00",
        cluster=5,
        source=_OIR23,
        published="2023-09-26",
    ),
    # the same: 'after one hour' counts from the item's undated start: event (CONVENTIONS 1.3)
    B(
        text="- Control of Exports Bill 2023 (Report and Final Stages) (if not previously concluded, to stand adjourned after one hour)",
        due=None,
        vague=False,
        said="2023-09-26 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_OIR23,
        published="2023-09-26",
    ),
    # the same: of the two alternatives the later counts (CONVENTIONS 6.2), and one of them is hung on the undated end of the suspension of sitting, so the later cannot be dated: event (CONVENTIONS 1.3; the parser docstring refuses 'whichever is the later' of a time and an undated event)
    B(
        text="* Please note: if not previously concluded, proceedings shall be interrupted on either of these two bills at either 5.00 p.m. or 2 hrs 10 mins after the conclusion of the SOS, whichever is the later",
        due=None,
        vague=False,
        said="2023-09-26 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_OIR23,
        published="2023-09-26",
    ),
    # the same: Wednesday 27 September 2023, end of the day; the page's broken 'People- Before- Profit-' is kept [local due 2023-09-27 23:59:59]
    B(
        text="Wednesday's private members' business shall be the Motion re Suspension of Scrutiny Requirement for the Eviction Ban Bill 2022, selected by People- Before- Profit- Solidarity.",
        due="2023-09-27 22:59:59",
        vague=False,
        said="2023-09-26 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_OIR23,
        published="2023-09-26",
    ),
    # the same: Thursday 28 September 2023 at 6 p.m. IST, the time the proceedings stand adjourned (CONVENTIONS 3.1) [local due 2023-09-28 18:00:00]
    B(
        text="** Please note: if not previously concluded (and if reached), proceedings on any Government Bill on Thursday will stand adjourned at 6 p.m.",
        due="2023-09-28 17:00:00",
        vague=False,
        said="2023-09-26 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_OIR23,
        published="2023-09-26",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate of Wednesday 21 June 1967, date in the address, Social Welfare (Miscellaneous Provisions) Bill, 1967: First Stage; PSI Licence, CC BY 4.0); zone Europe/Dublin (summer time, UTC+1); no hour printed, so said 21 June 1967 10:00 IST. The Minister's 'tomorrow' is Thursday 22 June 1967, end of the day. The leave line and the member's names are not quoted [local due 1967-06-22 23:59:59]
    B(
        text="I should like to take it tomorrow.",
        due="1967-06-22 22:59:59",
        vague=False,
        said="1967-06-21 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_OIR67,
        published="1967-06-21",
    ),
    # House of Commons (Hansard, Thursday 30 October 1947, the page's own date; Open Parliament Licence v3.0); zone Europe/London (BST, UTC+1, until 2 November 1947); no hour printed, so said 30 October 1947 10:00 BST. The statement of 23 October 1947 was made: past (CONVENTIONS 2.4)
    B(
        text="I would refer the hon. Members to the statement made by my right hon. and learned Friend the Minister for Economic Affairs in the course of the Debate on the Address on 23rd October.",
        due=None,
        vague=False,
        said="1947-10-30 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC47,
        published="1947-10-30",
    ),
    # the same: 'today' belongs to the circular already sent: past (CONVENTIONS 2.4). unsure: 'I am sending' is present, and a careful reader could give the end of 30 October 1947 under CONVENTIONS 2.1
    B(
        text="I am sending the hon. Members a copy of the circular which was sent to local authorities today.",
        due=None,
        vague=False,
        said="1947-10-30 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC47,
        published="1947-10-30",
    ),
    # the same: 'before he reaches any conclusion' is hung on an undated event: event (CONVENTIONS 1.3)
    B(
        text="The hon. Gentleman has not yet seen the circular to which I have referred and I would advise a study of it before he reaches any conclusion.",
        due=None,
        vague=False,
        said="1947-10-30 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC47,
        published="1947-10-30",
    ),
    # the same: 'for a little while to come' measures the work in hand, no act is set a time: due None, no refusal word. unsure: a careful reader could read it as a vague window
    B(
        text="There are 350,000 houses already under construction and under contract and that will be sufficient to keep the building industry occupied for a little while to come.",
        due=None,
        vague=False,
        said="1947-10-30 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC47,
        published="1947-10-30",
    ),
    # the same: summer 1948 is June to August and its early third is June (parser docstring: early/mid/late of a season are its months), so the end of 30 June 1948 (BST) [local due 1948-06-30 23:59:59]
    B(
        text="As he will have seen from the statement of my right hon. Friend the Minister for Economic Affairs, the whole position will be reviewed in the early summer of next year.",
        due="1948-06-30 22:59:59",
        vague=False,
        said="1947-10-30 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HC47,
        published="1947-10-30",
    ),
    # House of Commons (historic Hansard, HC Deb 09 November 1955 vol 545 cc1841-2; Open Parliament Licence v3.0); zone Europe/London (GMT); no hour printed, so said 9 November 1955 10:00 GMT. The number and name of the asker ('38. Mr. Gresham Cooke') are left out. A question: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="asked the Minister of Transport and Civil Aviation when the construction work on the Cromwell Road extension was started; what percentage of the work has already been done; and when he hopes that the whole scheme will be completed.",
        due=None,
        vague=False,
        said="1955-11-09 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC55,
        published="1955-11-09",
    ),
    # the same ('62. Mr. K. Robinson' left out): a question is no undertaking: due None, no refusal word (CONVENTIONS 4.2). unsure: 'not ... until 1959' could be read as a lower bound, earliest 1 January 1959 (CONVENTIONS 3.2)
    B(
        text="asked the Minister of Transport and Civil Aviation why the Cromwell Road extension will not be completed until 1959; and to what extent the limitations are financial or constructional.",
        due=None,
        vague=False,
        said="1955-11-09 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC55,
        published="1955-11-09",
    ),
    # the same (Mr. Boyd-Carpenter): April 1955, done: past
    B(
        text="Construction work started in April this year.",
        due=None,
        vague=False,
        said="1955-11-09 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC55,
        published="1955-11-09",
    ),
    # the same: 'as soon as they are ready' is hung on an undated event (CONVENTIONS 5.2)
    B(
        text="I cannot at present give a precise date for completion of the whole scheme, sections of which will be brought into use separately as soon as they are ready.",
        due=None,
        vague=False,
        said="1955-11-09 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC55,
        published="1955-11-09",
    ),
    # the same (Mr. Robinson): a question: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could take the earliest date, 9 November 1959 or 1 January 1959 (CONVENTIONS 3.2)
    B(
        text="Can the right hon. Gentleman deny the statement that this extension is not to be finished for four years—until 1959?",
        due=None,
        vague=False,
        said="1955-11-09 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC55,
        published="1955-11-09",
    ),
    # the same: what was said in the original answer: past
    B(
        text="I said in my original answer that I was not prepared to give a precise date for completion.",
        due=None,
        vague=False,
        said="1955-11-09 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC55,
        published="1955-11-09",
    ),
    # the same: 'until alternative accommodation ... can be found' is an undated event (CONVENTIONS 1.3)
    B(
        text="The reason is that on one section of this road it is necessary to remove part of a school, and until alternative accommodation for the school can be found, it is not possible for constructional work to be done on that section of the road.",
        due=None,
        vague=False,
        said="1955-11-09 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC55,
        published="1955-11-09",
    ),
    # House of Commons (historic Hansard, HC Deb 26 April 1966 vol 727 cc536-7; Open Parliament Licence v3.0); zone Europe/London (BST from 20 March 1966); no hour printed, so said 26 April 1966 10:00 BST. The Prime Minister: 'when it becomes necessary' is an undated event (CONVENTIONS 1.3)
    B(
        text="When it becomes necessary, Sir.",
        due=None,
        vague=False,
        said="1966-04-26 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC66,
        published="1966-04-26",
    ),
    # the same (Mr. Hamilton): a question: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="Will he give an assurance that if the legislation is not introduced this Session, as I hope it will be, when it is introduced it will be fundamental legislation dealing with the Lords once and for all and not dealing simply with the present delaying powers?",
        due=None,
        vague=False,
        said="1966-04-26 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC66,
        published="1966-04-26",
    ),
    # House of Lords (historic Hansard, HL Deb 08 May 1969 vol 301 cc1289-338; Open Parliament Licence v3.0); zone Europe/London (British Standard Time, UTC+1, all of 1969); the page prints '4.8 p.m.', so said 8 May 1969 16:08 BST. The Lord Chancellor (Lord Gardiner): November 1968: past
    B(
        text="My Lords, the last occasion on which I spoke in your Lordships' House on this subject was in November when the Motion approving the White Paper was carried by the massive vote of 251 to 56.",
        due=None,
        vague=False,
        said="1969-05-08 15:08:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL69,
        published="1969-05-08",
    ),
    # the same: past
    B(
        text="I must admit that I little dreamt at that time of the course of events that has since followed.",
        due=None,
        vague=False,
        said="1969-05-08 15:08:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL69,
        published="1969-05-08",
    ),
    # the same: 'unlikely to emerge in this Session' denies the Session's time; the Statement of 17 April 1969 is past: negated (CONVENTIONS 4.1). unsure: a careful reader could call it past (the only date is gone)
    B(
        text="I do not think we should disguise from ourselves the fact that the Statement by my right honourable friend the Prime Minister in another place on April 17 means that the Parliament (No. 2) Bill has, in effect, gone into a siding from which it is unlikely to emerge in this Session.",
        due=None,
        vague=False,
        said="1969-05-08 15:08:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_HL69,
        published="1969-05-08",
    ),
    # the same: a promise made at the end of a past Statement, with no time of its own: past
    B(
        text="Your Lordships will have noticed that my right honourable friend, at the conclusion of his Statement, promised another place that the House would be kept informed about the Government's further intentions in relation to the Bill.",
        due=None,
        vague=False,
        said="1969-05-08 15:08:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL69,
        published="1969-05-08",
    ),
    # the same: the speaking 'this afternoon' is denied (CONVENTIONS 4.1)
    B(
        text="But it is not my wish to speak this afternoon about the future of the Bill.",
        due=None,
        vague=False,
        said="1969-05-08 15:08:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_HL69,
        published="1969-05-08",
    ),
    # the same: 'a coming Session' names legislation's Session, no act is set a time: due None, no refusal word
    B(
        text="The House is well aware of the tradition of silence in relation to legislation for a coming Session.",
        due=None,
        vague=False,
        said="1969-05-08 15:08:00",
        tz="Europe/London",
        cluster=1,
        source=_HL69,
        published="1969-05-08",
    ),
    # House of Lords (historic Hansard, HL Deb 08 November 1967 vol 286 cc383-484; Open Parliament Licence v3.0); zone Europe/London (GMT); the page prints '2.28 p.m.', so said 8 November 1967 14:28 GMT. The opening line 'Debate resumed on the Motion moved on Tuesday, 31st October, ...' is a procedural note, not quoted. The day is described, no act set a time: due None, no refusal word. unsure: a careful reader could give the end of 8 November 1967 for the debate's close
    B(
        text="My Lords, this is the last day of our prolonged debate on the Address in reply to the gracious Speech, and it has been agreed that we should concentrate on home affairs, presumably outside those topics we have discussed on previous days.",
        due=None,
        vague=False,
        said="1967-11-08 14:28:00",
        tz="Europe/London",
        cluster=1,
        source=_HL67,
        published="1967-11-08",
    ),
    # the same: Tuesday 31 October 1967: past
    B(
        text="It will have been observed that we on this side have not sought to return to the proposal in the gracious Speech for reform of this House since my noble friend Lord Carrington spoke about it and the noble Earl the Leader of the House replied on Tuesday of last week.",
        due=None,
        vague=False,
        said="1967-11-08 14:28:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL67,
        published="1967-11-08",
    ),
    # the same: 'last week': past
    B(
        text="Some people outside this House support the theory that the reform of the House of Lords was announced by the Government last week as a vote-winner to convince the many people who are not otherwise wholly convinced that the Prime Minister's policy will lead to a good life for all.",
        due=None,
        vague=False,
        said="1967-11-08 14:28:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL67,
        published="1967-11-08",
    ),
    # the same: the by-elections of Thursday 2 November 1967: past
    B(
        text="I can only say that it was not absolutely obvious from the by-elections last Thursday that as a vote-winner it had been an immediate and pre-eminent success.",
        due=None,
        vague=False,
        said="1967-11-08 14:28:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL67,
        published="1967-11-08",
    ),
    # the same: 'nor do I intend to say any more about it to-day' denies the day's act (CONVENTIONS 4.1)
    B(
        text="On that assumption, my noble friends have not dwelt further upon the subject in debate; nor do I intend to say any more about it to-day, for a clear and simple reason.",
        due=None,
        vague=False,
        said="1967-11-08 14:28:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_HL67,
        published="1967-11-08",
    ),
    # the same: 'about to start' gives no time of its own: due None, no refusal word. unsure: a careful reader could read it as a soon word, vague, 60 days (CONVENTIONS 5.1)
    B(
        text="Consultations are, I understand, about to start, and the noble Earl the Leader of the House has given his word that they will be genuine consultations.",
        due=None,
        vague=False,
        said="1967-11-08 14:28:00",
        tz="Europe/London",
        cluster=1,
        source=_HL67,
        published="1967-11-08",
    ),
    # United States Department of Agriculture, Office of the Secretary (a Federal Register notice of meeting, carried whole on aibs.org's Federal Register resource of 9 April 2004; a work of the US federal government, public domain); the notice prints no issue date in the stored copy, so it is dated 9 April 2004 by the address (a Friday), said 10:00 EDT; zone America/New_York (Washington, DC). The label 'DATES:' is left out. Tuesday 20 April 2004, end of the day [local due 2004-04-20 23:59:59]
    B(
        text="The Research, Education, and Economics Task Force will meet on April 20, 2004.",
        due="2004-04-21 03:59:59",
        vague=False,
        said="2004-04-09 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USDA04,
        published="2004-04-09",
    ),
    # the same ('ADDRESSES:' left out): 20 April 2004, end of the day [local due 2004-04-20 23:59:59]
    B(
        text="On April 20th, the meeting will take place at the Lowes L'Enfant Plaza Hotel, 480 L'Enfant Plaza, SW., Washington, DC, 20024.",
        due="2004-04-21 03:59:59",
        vague=False,
        said="2004-04-09 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USDA04,
        published="2004-04-09",
    ),
    # the same ('SUPPLEMENTARY INFORMATION:' left out): Tuesday 20 April 2004 (weekday checked), end of the day [local due 2004-04-20 23:59:59]
    B(
        text="On Tuesday, April 20th, the Research, Education, and Economics Task Force will hold a general meeting at the Lowes L'Enfant Plaza Hotel.",
        due="2004-04-21 03:59:59",
        vague=False,
        said="2004-04-09 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USDA04,
        published="2004-04-09",
    ),
    # the same: 'In the morning' has no day in the sentence; read as CONVENTIONS 6.3 reads a lone clock time, the first morning after the moment of speaking, which ends at 12:00 (parser docstring): 9 April 2004 12:00 EDT (page: 20 April 2004 12:00). unsure: 6.3 names clock times only; a careful reader could refuse a bare part of the day as an event's [local due 2004-04-09 12:00:00]
    B(
        text="In the morning there will be welcoming remarks made by the Chairman of the Task Force, Dr. William Danforth, Chancellor Emeritus, Vice Chairman, Board of Trustees, Washington University in St. Louis, and USDA Deputy Under Secretary for Research, Education, and Economics (REE), Dr. Rodney J. Brown.",
        due="2004-04-09 16:00:00",
        vague=False,
        said="2004-04-09 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_USDA04,
        published="2004-04-09",
    ),
    # the same: 'an afternoon discussion' with no day: the first afternoon after speaking, which ends at 18:00, 9 April 2004 18:00 EDT (page: 20 April 2004 18:00). unsure: as the sentence before [local due 2004-04-09 18:00:00]
    B(
        text="There will be a working lunch followed by an afternoon discussion of plans and the timetable for completing and approving the final report.",
        due="2004-04-09 22:00:00",
        vague=False,
        said="2004-04-09 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_USDA04,
        published="2004-04-09",
    ),
    # National Aeronautics and Space Administration (news release M09-039, 'March 12, 2009', the page's own date; a work of the US federal government, public domain); zone America/New_York (EDT from 8 March 2009); no hour printed, so said 12 March 2009 10:00 EDT. The dateline 'CAPE CANAVERAL, Fla. -- ' is left out. Friday 13 March 2009 (weekday checked) at 10:30 EDT [local due 2009-03-13 10:30:00]
    B(
        text="NASA managers will hold a news conference at 10:30 a.m. EDT on Friday, March 13, to discuss the status of space shuttle Discovery's launch to the International Space Station.",
        due="2009-03-13 14:30:00",
        vague=False,
        said="2009-03-12 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA09,
        published="2009-03-12",
    ),
    # the same: 'no earlier than' gives only a lower bound: earliest 15 March 2009 19:43 EDT (CONVENTIONS 3.2) [local earliest 2009-03-15 19:43:00]
    B(
        text="Launch currently is targeted for no earlier than March 15 at 7:43 p.m.",
        due=None,
        vague=False,
        said="2009-03-12 14:00:00",
        tz="America/New_York",
        refusal="earliest",
        earliest="2009-03-15 23:43:00",
        cluster=5,
        source=_NASA09,
        published="2009-03-12",
    ),
    # the same: postponed on Wednesday 11 March 2009: past
    B(
        text="The shuttle launch was postponed Wednesday due to a leak associated with the gaseous hydrogen venting system outside the external fuel tank.",
        due=None,
        vague=False,
        said="2009-03-12 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NASA09,
        published="2009-03-12",
    ),
    # the same: 'in May' falls due at the end of May 2009 (a month at its end). unsure: 'in May' may date only the crew's expansion, not the arrays' support, and a careful reader could give due None [local due 2009-05-31 23:59:59]
    B(
        text="The arrays will provide the electricity to fully power science experiments and support the station's expanded crew of six in May.",
        due="2009-06-01 03:59:59",
        vague=False,
        said="2009-03-12 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_NASA09,
        published="2009-03-12",
    ),
    # Australian Bureau of Statistics (Census newsboard 'Thanks, Australia!', '24 September 2016', the page's own date; Creative Commons Attribution: the ABS copyright notice in the store, archived November 2016, states CC BY 2.5 Australia, as recorded above at stop 52); zone Australia/Sydney (Canberra, AEST, UTC+10, before daylight saving began on 2 October 2016); no hour printed, so said 24 September 2016 10:00 AEST. 'once the online system has closed' is an undated event: event (CONVENTIONS 1.3, 5.2)
    B(
        text="You can still receive a paper form once the online system has closed.",
        due=None,
        vague=False,
        said="2016-09-24 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ABS16,
        published="2016-09-24",
    ),
    # the same: acceptance lasts 'as they make their way back', an undated course of events: event (CONVENTIONS 1.3). unsure: a careful reader could give due None and no refusal word (no time at all)
    B(
        text="Paper forms will continue to be accepted by the secure Data Capture Centre as they make their way back via return mail.",
        due=None,
        vague=False,
        said="2016-09-24 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ABS16,
        published="2016-09-24",
    ),
    # the same: opening hours 'daily' are a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="For assistance, please complete the online inquiry form or call the Census Inquiry Service between 8.00am and 8.00pm daily on 1300 214 531.",
        due=None,
        vague=False,
        said="2016-09-24 00:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ABS16,
        published="2016-09-24",
    ),
    # the same: kept open until Friday 30 September 2016 (weekday checked) at 20:00 AEST (CONVENTIONS 3.3) [local due 2016-09-30 20:00:00]
    B(
        text="This phone line will be open until 8pm on Friday, 30 September.",
        due="2016-09-30 10:00:00",
        vague=False,
        said="2016-09-24 00:00:00",
        tz="Australia/Sydney",
        cluster=2,
        source=_ABS16,
        published="2016-09-24",
    ),
    # the same: an ongoing activity given only its start, 'now': earliest at the moment of speaking (CONVENTIONS 3.2). unsure: a careful reader could give due None and no refusal word [local earliest 2016-09-24 10:00:00]
    B(
        text="The ABS will now begin processing and analysing the data collected to provide high-quality information for all communities across Australia.",
        due=None,
        vague=False,
        said="2016-09-24 00:00:00",
        tz="Australia/Sydney",
        refusal="earliest",
        earliest="2016-09-24 00:00:00",
        cluster=5,
        source=_ABS16,
        published="2016-09-24",
    ),
    # the same: release 'in April 2017' falls due at the end of April 2017 (AEST, daylight saving over on 2 April 2017); 'eight months after Census night' restates the same time [local due 2017-04-30 23:59:59]
    B(
        text="Data will be released quicker than any previous Census, with a selection of population and dwelling counts scheduled for release in April 2017, delivering high quality and timely official statistics just eight months after Census night.",
        due="2017-04-30 13:59:59",
        vague=False,
        said="2016-09-24 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ABS16,
        published="2016-09-24",
    ),
    # Australian Bureau of Statistics (media release '2021 Census website closing this week - last chance to complete the Census'; Creative Commons Attribution: the ABS copyright notice in the store, archived November 2016, states CC BY 2.5 Australia, as recorded above at stop 52); zone Australia/Sydney (Canberra, AEST before daylight saving began on 3 October 2021). The stored copy prints no date: its words ('this week', 'As of Tuesday 28 September', 'close on Friday 1 October') place it on 28 or 29 September 2021; taken as Wednesday 29 September 2021, the first day on which the count 'as of Tuesday 28 September' can be whole, said 10:00 AEST (only the two 'today' labels depend on the day chosen). Closing 'on Friday 1 October' 2021 (weekday checked), end of the day [local due 2021-10-01 23:59:59]
    B(
        text="The 2021 Census website, including the online form, and customer service channels will close on Friday 1 October marking a significant milestone in the Census data collection process for the Australian Bureau of Statistics (ABS).",
        due="2021-10-01 13:59:59",
        vague=False,
        said="2021-09-29 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ABS21,
        published="2021-09-29",
    ),
    # the same: 'will soon close' is a soon word, vague, 60 days from 29 September 2021: 28 November 2021 (AEDT) (CONVENTIONS 5.1); 'since 28 July' is past. unsure: 'now is your last opportunity' could be read as the end of the day of speaking; and the 60 days count from the day chosen (27 November 2021 if the release is of 28 September) [local due 2021-11-28 23:59:59]
    B(
        text="Australian Statistician, Dr David Gruen said, “The website and online form have been available since 28 July but will soon close - now is your last opportunity to submit your Census form.",
        due="2021-11-28 12:59:59",
        vague=True,
        said="2021-09-29 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ABS21,
        published="2021-09-29",
    ),
    # the same: 'this week' ends on Sunday 3 October 2021 (weeks Monday to Sunday; daylight saving began at 02:00 that day, so AEDT) [local due 2021-10-03 23:59:59]
    B(
        text="“Households that haven’t completed the Census need to do so this week.",
        due="2021-10-03 12:59:59",
        vague=False,
        said="2021-09-29 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ABS21,
        published="2021-09-29",
    ),
    # the same: Friday 1 October 2021 at 15:00 AEST (UTC+10) [local due 2021-10-01 15:00:00]
    B(
        text="Online forms can be submitted until Friday 1 October at 3:00pm AEST.",
        due="2021-10-01 05:00:00",
        vague=False,
        said="2021-09-29 00:00:00",
        tz="Australia/Sydney",
        cluster=2,
        source=_ABS21,
        published="2021-09-29",
    ),
    # the same: 'today' on the act urged falls due at the end of the day of speaking (CONVENTIONS 2.1), taken as 29 September 2021. unsure: the release may be of 28 September 2021 (end of that day); a leave ('you can') could also be read as no undertaking (CONVENTIONS 4.2) [local due 2021-09-29 23:59:59]
    B(
        text="If you don’t have your Census letter, you can go online and complete today.",
        due="2021-09-29 13:59:59",
        vague=False,
        said="2021-09-29 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ABS21,
        published="2021-09-29",
    ),
    # the same: end of the day of speaking, taken as 29 September 2021 (CONVENTIONS 2.1). unsure: the release may be of 28 September 2021 [local due 2021-09-29 23:59:59]
    B(
        text="“People who haven’t yet returned a completed paper form need to do so today using the reply-paid envelope provided”.",
        due="2021-09-29 13:59:59",
        vague=False,
        said="2021-09-29 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ABS21,
        published="2021-09-29",
    ),
    # the same: a count as of a day gone: past
    B(
        text="As of Tuesday 28 September, more than 10 million forms have been completed in the 2021 Census.",
        due=None,
        vague=False,
        said="2021-09-29 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABS21,
        published="2021-09-29",
    ),
    # the same: 'in June 2022' falls due at the end of June 2022 (AEST) [local due 2022-06-30 23:59:59]
    B(
        text="The ABS will publish a final response rate for the 2021 Census with the first release of Census data in June 2022.",
        due="2022-06-30 13:59:59",
        vague=False,
        said="2021-09-29 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ABS21,
        published="2021-09-29",
    ),
    # Northern Ireland Statistics and Research Agency (Census 2021 'Census news' page on nisra.gov.uk; Crown copyright, Open Government Licence v3.0 on NISRA's own site, recorded above); zone Europe/London (Belfast, BST). The stored page prints no date: its latest item announces the release of 24 May 2022 and its previous item dates the prospectus 31 January 2022, so it lies between those days; taken as 1 May 2022, 10:00 BST (no label depends on the day chosen within that span). 24 May 2022 at 09:30 BST [local due 2022-05-24 09:30:00]
    B(
        text="The first release of Census 2021 statistics will be published at 9.30 am on 24 May 2022.",
        due="2022-05-24 08:30:00",
        vague=False,
        said="2022-05-01 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_NISRA22,
        published="2022-05-01",
    ),
    # the same: published on 31 January 2022: past
    B(
        text="On 31 January 2022, we published the Census 2021 outputs prospectus.",
        due=None,
        vague=False,
        said="2022-05-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NISRA22,
        published="2022-05-01",
    ),
    # the same: 'when ... intends to publish' sets no time in the sentence: due None, no refusal word
    B(
        text="It describes our release plans for Census 2021 statistics in Northern Ireland and lays out when Census Office intends to publish them.",
        due=None,
        vague=False,
        said="2022-05-01 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_NISRA22,
        published="2022-05-01",
    ),
    # the same: updates 'as more information becomes available' wait on undated events: event (CONVENTIONS 1.3)
    B(
        text="The prospectus is dynamic and Census Office will update the content as more information becomes available.",
        due=None,
        vague=False,
        said="2022-05-01 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_NISRA22,
        published="2022-05-01",
    ),
    # Office for National Statistics (its GovDelivery bulletin 'Local Authority Interim census update', dated '20 January 2021' in the bulletin itself; Crown copyright, Open Government Licence v3.0 as the ONS copyright notice states, recorded above; the bulletin is the ONS's own mailing, as DVSA's GovDelivery bulletin recorded above); zone Europe/London (GMT); no hour printed, so said 20 January 2021 10:00 GMT. The sentence has no full stop on the page. Sharing 'before' the Newsletter of 29 January 2021 falls due at the end of the day before, 28 January 2021 (CONVENTIONS 3.5). unsure: the bulletin itself does the sharing as it is sent (due None), or a careful reader could give the Newsletter's own day, 29 January 2021 [local due 2021-01-28 23:59:59]
    B(
        text="This bulletin contains recent Census 2021 updates that we want to share before the next Newsletter due on the 29th January",
        due="2021-01-28 23:59:59",
        vague=False,
        said="2021-01-20 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_ONS21,
        published="2021-01-20",
    ),
    # the same: Census day, Sunday 21 March 2021, end of the day (GMT; summer time began on 28 March 2021) (CONVENTIONS 3.1) [local due 2021-03-21 23:59:59]
    B(
        text="The answer is, yes, Census 2021 is going ahead in England and Wales on 21 March 2021.",
        due="2021-03-21 23:59:59",
        vague=False,
        said="2021-01-20 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_ONS21,
        published="2021-01-20",
    ),
    # the same: 'for years to come' sets no time for any act: due None, no refusal word. The page runs two sentences together ('to come.It will'); quoted as it stands, as one line of the page
    B(
        text="Census 2021 will highlight areas of deprivation, it will show the ethnic make-up of the country, it will provide information on our living arrangements, health, education and the jobs we do and the data from it will help inform policy at a local and national level for years to come.It will also provide us with important insights into the impact of the pandemic on our society.",
        due=None,
        vague=False,
        said="2021-01-20 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONS21,
        published="2021-01-20",
    ),
    # the same: 'currently' tells what is under way at the moment of speaking, no time is set: due None, no refusal word
    B(
        text="We are currently ensuring that the right plans and resources are in place to deliver a successful census safely and securely.",
        due=None,
        vague=False,
        said="2021-01-20 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONS21,
        published="2021-01-20",
    ),
)
