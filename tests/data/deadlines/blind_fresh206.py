"""A TWO-HUNDRED-AND-SIXTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-07 (UTC) between about 21:28 and 21:40 by the machine's clock (which ran
slow against the work done; the branch's commit time is the one to trust) by a labelling helper (branch
issue12l206-s67) that neither changed, imported nor ran the parser, the extractor, the benches or the tests
on this material, working at the same time as the other labellers of stop 67, whose claims in the shared
claims file were treated as used and whose files and README sections were not opened. It read
`CONVENTIONS.md` in full, the docstring, the comments and about ten cases of `blind_fresh203.py` and its
README section, the field list and the docstring conventions of `BlindCase` in `blind_real.py`, the docstring
of `tests/data/fresh_check.py` and the top docstring of the parser package only (the vague windows, parts of
the day, bare clock times, seasons, fiscal years, "early / mid / late"); nothing else of `bot/core/deadlines/`
and no other blind set or README section was opened. The brief asked for Houses of the Oireachtas debates,
gov.ie pages stating CC BY, Statistics Canada releases and Wikinews articles among others, open licences only,
at least eight publishers, none above a fifth, at most a third from the United States, a spread of genres,
about 70 to 80 cases (at least 60), every sentence of each page taken that holds a time word of any kind.

The set quotes the Houses of the Oireachtas (a Joint Committee on Agriculture sitting of 20 October 2016 and a
Seanad Commencement matter of 30 January 2019 and an Adjournment reply of 19 May 2010, as carried on
kildarestreet.com, a Seanad 'Business of Seanad' of 18 February 1993, Dáil oral answers of 21 November 1956
and a Seanad Commencement matter of 28 April 2022 on oireachtas.ie), the National Park Service (two Grand
Teton National Park road-construction releases of 28 April 2009 and 16 May 2011, on the park's news blog), UK
Parliament (four House of Commons Votes and Proceedings of 1 February, 28 February, 6 December and 13 December
2023), Wikinews (an article of 9 October 2005 and Erik Möller's 'State of the Wiki' of 28 April 2005),
Statistics Canada (The Daily of 26 November 2013, farm cash receipts), the New Zealand Department of
Conservation (a Great Walks bookings release of 17 June 2020, as carried on voxy.co.nz), the Australian Bureau
of Statistics (the Forward Work Program 2019-20, released 18 October 2019) and the Prime Minister of Australia
(the pm.gov.au node listing of the week of 20 March 2017). 71 cases from 8 publishers: the Houses of the
Oireachtas 14 (19.7%); the National Park Service 14 (19.7%); UK Parliament 11 (15.5%); Wikinews 10 (14.1%);
Statistics Canada 7 (9.9%); the Department of Conservation 6 (8.5%); the Australian Bureau of Statistics 5
(7.0%); the Prime Minister of Australia 4 (5.6%). 14 of the 71 (19.7%) are from the United States (the
National Park Service); 57 are not. Genres: a parliamentary committee's opening, Seanad and Dáil business,
oral answers and Commencement and Adjournment matters, the Commons' formal record of proceedings, park
road-construction notices, a news article and a project newsletter, a statistics office's release bulletin
and its forward work programme, a conservation agency's release, and a prime minister's statements and speech
openings.

The store is heavily mined: of about 90 addresses checked (each with a distinctive phrase) with
`fresh_check.py`, most read used (Oireachtas Orders of Business and written answers, kildarestreet Dáil
debates, StatCan Daily index pages, European Commission press material, kremlin.ru transcripts, NOAA and ONS
statements, DOC releases on doc.govt.nz and Scoop, ABS census pages, most Wikinews articles and their mirrors,
GOV.UK pages carried by government-world.com and ukpol.co.uk). No gov.ie page stating CC BY was found fresh
in the time (the gov.ie and merrionstreet.ie pages returned were used or not open), and no Kremlin or
European Commission page; local television copies of Forest Service and park news were not taken (their
wording is the stations' own). Each page's cases share one `source` constant, so whole pages can be dropped.

Left out, and why. Claimed (`fresh206`) but not used: a third Grand Teton release of June 2024 carried on
localnews8.com (it would have put the National Park Service above a fifth). Within the pages kept: 'The House
met at 11.30 am.' of the three Votes and Proceedings of 1 February, 6 December and 13 December 2023 and of
that of 28 February 2023 (the same words stand in other sets and read USED whole with `fresh_check.py`, so
they were dropped and the rest of each page kept); the texts of orders and motions ('Ordered, That ...',
'Motion made and Question proposed, That ...') and the quoted texts of the Seanad matters of 1993, as the
model set leaves motion texts out; sentences without a time word; sentences whose only time words are general
('now', 'currently', 'current', 'before', 'thereafter', 'extra travel time'); titles, headings, subtitles,
datelines, release lines, archive notices, numbered list items without a time word, and sentences cut off
where the stored text ends.

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a clock time, a
year, a month, a fiscal year, a season, 'today', 'tomorrow', 'this morning', 'this week', 'last week', 'last
year', 'yesterday', 'overnight', 'nighttime', 'the following day', 'since December 2004', 'within twenty
five years', 'five to six months', 'annual', 'monthly', 'semi-regular', 'throughout the year', 'the coming
year', 'a night or two'); within each page quoted, the sentences of the stored text that hold one were taken
in page order, easy or hard.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names excepted,
which the freshness tool skips) or in the shared claims file was used: each was checked with `fresh_check.py`
(the address and a distinctive phrase of the page) and claimed (`fresh206`) in
`/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence was then checked whole with
the same tool (skipping this file): all 71 read fresh. Each label was worked out by hand from the words, the
publication date and the publisher's zone (Europe/Dublin for the Oireachtas, Europe/London for UK Parliament,
America/Denver for Grand Teton, America/Toronto for Statistics Canada, UTC for Wikinews, Pacific/Auckland for
the Department of Conservation, Australia/Sydney for the ABS and the Prime Minister of Australia); the
conversion of local instants to UTC wall time, weekdays and day counts were done with Python's zoneinfo and
datetime in a scratch script outside the repository, never with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh203.py`: the publication date at 10:00 local time unless the page gives the hour (four do: the
committee sitting '11:00 am', the Seanad pages '10:30 am' and '6:00 pm', the ABS 'Released at 11:30 AM
(CANBERRA TIME)'); the first comment of each page says where its date was read. The Votes and Proceedings
print no date of their own: each day is read from its business and checked against a dated page of the same
proceedings, as its first comment says; the pm.gov.au node listing prints no date and is read as of Monday 20
March 2017, the day of its Multicultural Australia statement (its 'this week' label is the same for any day of
that week). A day falls due at 23:59:59 local; a one-off event at a time due then (CONVENTIONS 3.1), an order
of the House for a day among them; several times and ranges at the latest (CONVENTIONS 6.1); nights named by
the evening they begin and due at the morning's closing time (CONVENTIONS 6.4); a clock time with no day of
its own in the sentence at its first occurrence after speaking (CONVENTIONS 6.3); something kept open or
closed to a date due then (CONVENTIONS 3.3); 'today' and 'this morning' on an act as it is spoken due at the
end of that day (CONVENTIONS 2.1), on the verb of speaking not the deadline (CONVENTIONS 2.2); possibilities and
forecasts with nothing undertaken set no time (CONVENTIONS 4.2); standing rules and frequencies recurring and
spans from undated events event (CONVENTIONS 1.3); an activity given only its start, or 'as early as',
earliest (CONVENTIONS 3.2); times denied negated (CONVENTIONS 4.1). Clusters as in `blind_fresh203.py`: 1 no
time set, 2 clock times, 3 ranges and several dates, 4 parts of the day, periods and windows, 5 refusals, 6
plain days and dates. 44 labels are refusals (past 27, event 7, recurring 6, earliest 2, negated 2); none is
vague; 22 labels carry a due instant; 5 have due None without a refusal word (works described over a season,
closures with no day, a possibility and a forecast); 18 are marked "unsure" and name the other reading; like
every label here they stay as committed, whatever the first run shows. First run: not yet taken (the lead runs
it once, after merging, and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_AGRI16 = "https://www.kildarestreet.com/committees/?gid=2016-10-20a.675"
_SEAN93 = "https://www.oireachtas.ie/ga/debates/debate/seanad/1993-02-18/2/"
_DAIL56 = "https://www.oireachtas.ie/en/debates/debate/dail/1956-11-21/17/"
_SEAN22 = "https://www.oireachtas.ie/ga/debates/debate/seanad/2022-04-28/4/"
_SEAN19 = "https://www.kildarestreet.com/sendebates/?gid=2019-01-30a.26"
_SEAN10 = "https://www.kildarestreet.com/sendebates/?gid=2010-05-19.257.0"
_SCFCR13 = "http://www.statcan.gc.ca/daily-quotidien/131126/dq131126c-eng.htm"
_VP231206 = "https://commonsbusiness.parliament.uk/Document/83423/Html?subType=Standard"
_VP231213 = "https://commonsbusiness.parliament.uk/Document/83598/Html?subType=Standard"
_VP230228 = "https://commonsbusiness.parliament.uk/Document/75591/Html?subType=Standard"
_VP230201 = "https://commonsbusiness.digiminster.com/Document/63019/Html?subType=Standard"
_WN05OTT = "https://en.m.wikinews.org/wiki/Ottawa_plans_tax_windfall_to_deal_with_budget_surplus"
_WN05SOW = "https://en.wikinews.org/wiki/User:Eloquence/State_of_the_Wiki"
_PM17 = "https://www.pm.gov.au/node?page=98"
_GRTE09 = "http://gtnpnews.blogspot.com/2009/04/road-construction-projects-to-cause.html"
_GRTE11 = "http://gtnpnews.blogspot.com/2011/05/road-pathway-construction-projects-for.html"
_ABS19 = "https://www.abs.gov.au/ausstats/abs@.nsf/Lookup/by%20Subject/1006.0~2019-20~Main%20Features~Strategic%20Objective%20One:%20ABS%20Statistics%20are%20trusted%20and%20used%20to%20inform%20important%20decisions~4"
_DOC20 = "http://www.voxy.co.nz/national/5/367296"

FRESH206_CASES: tuple[BlindCase, ...] = (
    # Houses of the Oireachtas (Joint Committee on Agriculture, Food and the Marine, 'Agriculture Sector: European Commissioner for Agriculture and Rural Development', Thursday 20 October 2016, the Chairman's opening, as carried on kildarestreet.com, which carries the Oireachtas record; CC BY 4.0); zone Europe/Dublin (IST); the page gives the hour '11:00 am': said 20 October 2016 11:00 IST. Sentences without a time word and the privilege notice (its only time word 'thereafter') are not taken. 'today' on the act in progress as it is spoken (CONVENTIONS 2.1): 20 October 2016, end of day IST. unsure: a careful reader could give due None with no refusal word (a description of the meeting under way, nothing undertaken)
    B(
        text="The European Commissioner for Agriculture and Rural Development, Mr. Phil Hogan, is appearing before us today.",
        due="2016-10-20 22:59:59",
        vague=False,
        said="2016-10-20 10:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_AGRI16,
        published="2016-10-20",
    ),
    # a clock time with no day of its own in the sentence: its first occurrence after the moment of speaking (CONVENTIONS 6.3): 20 October 2016 11:45 IST (page: the same instant)
    B(
        text="I am conscious of the time constraints and I understand that the meeting is to conclude at 11.45 a.m. in order for Mr. Hogan to address the Joint Committee on European Union Affairs.",
        due="2016-10-20 10:45:00",
        vague=False,
        said="2016-10-20 10:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_AGRI16,
        published="2016-10-20",
    ),
    # a break hung on the end of this meeting, an undated event: event (CONVENTIONS 1.3)
    B(
        text="There will be a ten or 15-minute break for the changeover between this and the next meeting.",
        due=None,
        vague=False,
        said="2016-10-20 10:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_AGRI16,
        published="2016-10-20",
    ),
    # Houses of the Oireachtas (Seanad Éireann debate of Thursday 18 February 1993, 'Business of Seanad', on oireachtas.ie; CC BY 4.0); zone Europe/Dublin (GMT); the page gives the date and no hour: said 18 February 1993 10:00 GMT. The texts of the two matters raised ('this year's capital allocation', 'in the last 12 months') are quoted notices, left out as motion texts are. the matter to be raised on today's Adjournment, a one-off event today (CONVENTIONS 3.1): 18 February 1993, end of day GMT
    B(
        text="I have notice from Senator Reynolds that, on the motion for the Adjournment of the House today, he proposes to raise the following matter:",
        due="1993-02-18 23:59:59",
        vague=False,
        said="1993-02-18 10:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_SEAN93,
        published="1993-02-18",
    ),
    # 'at the conclusion of business', an undated event: event (CONVENTIONS 5.2). unsure: a careful reader could give 18 February 1993, end of day (the day's business, the Adjournment of the previous sentence being today's)
    B(
        text="I regard the matters raised by Senators Reynolds and Enright as suitable for discussion on the Adjournment and they will be taken at the conclusion of business.",
        due=None,
        vague=False,
        said="1993-02-18 10:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_SEAN93,
        published="1993-02-18",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate of Wednesday 21 November 1956, Oral Answers, 'Louth School Tender', on oireachtas.ie; CC BY 4.0); zone Europe/Dublin (GMT); the page gives the date and no hour: said 21 November 1956 10:00 GMT. Sentences without a time word and the last, cut off where the stored text ends ('in the current financial year will fully exhau'), are not taken. a reply of 30 October, told of the past: past
    B(
        text="asked the Minister for Education why he did not state in a reply on 30th October that a tender had been accepted for the building of a new school at Stabannon, County Louth, and that the contractor had withdrawn.",
        due=None,
        vague=False,
        said="1956-11-21 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL56,
        published="1956-11-21",
    ),
    # an answer of 30 October 1956: past
    B(
        text="The answer given by me to the Deputy on the 30th October, 1956, was a complete answer to the question asked by him.",
        due=None,
        vague=False,
        said="1956-11-21 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL56,
        published="1956-11-21",
    ),
    # 'the following day' after a past reply: past
    B(
        text="Is the Minister aware that I asked him what the situation was in regard to this new school and that it was only on the following day, in answer to a supplementary question in relation to another question, that ho informed me that one tender had been accepted but the contractor had backed out?",
        due=None,
        vague=False,
        said="1956-11-21 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL56,
        published="1956-11-21",
    ),
    # the 30th and the 31st of a past October: past
    B(
        text="Why did he not give me on the 30th what was dragged out of him in relation to another question on the 31st?",
        due=None,
        vague=False,
        said="1956-11-21 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL56,
        published="1956-11-21",
    ),
    # Houses of the Oireachtas (Seanad Éireann debate of Thursday 28 April 2022, Commencement Matters, 'State Examinations', on oireachtas.ie; CC BY 4.0); zone Europe/Dublin (IST); the page gives the date and no hour: said 28 April 2022 10:00 IST. Sentences without a time word, the one whose only time word is 'before' ('which I have spoken about before') and the last, cut off, are not taken. 'this morning' on the act being done as it is spoken (CONVENTIONS 2.1: 'this afternoon' and the like fall due at the end of that day): 28 April 2022, end of day IST. unsure: a careful reader could give the morning's end (12:00 IST, 11:00 UTC) or due None with no refusal word (thanks, nothing undertaken)
    B(
        text="The Minister of State is most welcome to Seanad Éireann and I thank him for taking these four Commencement Matters this morning.",
        due="2022-04-28 22:59:59",
        vague=False,
        said="2022-04-28 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_SEAN22,
        published="2022-04-28",
    ),
    # 'last week': past
    B(
        text="I tabled this Commencement matter for one simple reason, that is, a young chap who is blind and who spoke on the Joe Duffy programme last week.",
        due=None,
        vague=False,
        said="2022-04-28 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEAN22,
        published="2022-04-28",
    ),
    # Statistics Canada (The Daily, 'Farm cash receipts, January to September 2013', released 26 November 2013, archived on statcan.gc.ca; Statistics Canada Open Licence); zone America/Toronto (EST); the page gives 'Released: 2013-11-26' and no hour: said Tuesday 26 November 2013 10:00 EST. The title, the archive notice, the release line, sentences without a time word and the last, cut off where the stored text ends, are not taken. receipts from January to September 2013, told of the past: past
    B(
        text="Farm cash receipts for Canadian farmers totalled $39.9 billion between January and September, up 1.9% from the same period in 2012.",
        due=None,
        vague=False,
        said="2013-11-26 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCFCR13,
        published="2013-11-26",
    ),
    # a gain between 2011 and 2012: past
    B(
        text="This follows an 8.5% gain between the first nine months of 2011 and 2012.",
        due=None,
        vague=False,
        said="2013-11-26 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCFCR13,
        published="2013-11-26",
    ),
    # a rise from the first three quarters of 2012: past
    B(
        text="Market receipts from the sale of crops and livestock rose 2.5% from the first three quarters of 2012 to $37.9 billion.",
        due=None,
        vague=False,
        said="2013-11-26 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCFCR13,
        published="2013-11-26",
    ),
    # receipts from January to September: past
    B(
        text="Wheat (excluding durum) receipts totalled $3.9 billion from January to September, $980 million (+33.5%) higher than the same period in 2012.",
        due=None,
        vague=False,
        said="2013-11-26 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCFCR13,
        published="2013-11-26",
    ),
    # a decline from the same period in 2012: past
    B(
        text="Conversely, canola receipts declined $715 million (-11.9%) from the same period in 2012, as marketings fell 16.7%.",
        due=None,
        vague=False,
        said="2013-11-26 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCFCR13,
        published="2013-11-26",
    ),
    # receipts from January to September: past
    B(
        text="Canola receipts totalled $5.3 billion from January to September.",
        due=None,
        vague=False,
        said="2013-11-26 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCFCR13,
        published="2013-11-26",
    ),
    # the first three quarters of 2013: past
    B(
        text="Despite the drop, canola remained the top grossing crop in Canada for the first three quarters of 2013, accounting for 24% of total crop receipts.",
        due=None,
        vague=False,
        said="2013-11-26 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCFCR13,
        published="2013-11-26",
    ),
    # UK Parliament (House of Commons Votes and Proceedings, 'Chamber business' of Wednesday 6 December 2023, on commonsbusiness.parliament.uk; Open Parliament Licence); zone Europe/London (GMT); the page prints no date: the day is read from its business (the Speaker absent through illness, the statement on the Government's response to Bishop James Jones' Hillsborough report, Questions to the Secretary of State for Wales and the Prime Minister, first presentation of the ballot Bills 18 to 20), and no hour: said 6 December 2023 10:00 GMT. Numbered list items, headings ('Building Societies Act 1986 (Amendment) Bill: Presentation') and sentences without a time word are not taken. 'The House met at 11.30 am.' is left out: the same words stand in other sets and read USED. 'this day's sitting', told of the past (informed): past
    B(
        text="The Clerk at the Table informed the House of the unavoidable absence, through illness, of the Speaker from this day’s sitting.",
        due=None,
        vague=False,
        said="2023-12-06 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_VP231206,
        published="2023-12-06",
    ),
    # a second reading ordered for a dated day (CONVENTIONS 3.1): Friday 19 January 2024, end of day GMT
    B(
        text="Bill read the first time; to be read a second time on Friday 19 January 2024, and to be printed (Bill 18).",
        due="2024-01-19 23:59:59",
        vague=False,
        said="2023-12-06 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_VP231206,
        published="2023-12-06",
    ),
    # a second reading ordered for a dated day (CONVENTIONS 3.1): Friday 26 January 2024, end of day GMT
    B(
        text="Bill read the first time; to be read a second time on Friday 26 January 2024, and to be printed (Bill 19).",
        due="2024-01-26 23:59:59",
        vague=False,
        said="2023-12-06 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_VP231206,
        published="2023-12-06",
    ),
    # a second reading ordered for a dated day (CONVENTIONS 3.1): Friday 2 February 2024, end of day GMT
    B(
        text="Bill read the first time; to be read a second time on Friday 2 February 2024, and to be printed (Bill 20).",
        due="2024-02-02 23:59:59",
        vague=False,
        said="2023-12-06 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_VP231206,
        published="2023-12-06",
    ),
    # UK Parliament (House of Commons Votes and Proceedings, 'Chamber business' of Wednesday 13 December 2023, on commonsbusiness.parliament.uk; Open Parliament Licence); zone Europe/London (GMT); the page prints no date: the day is read from its business (Questions to the Minister for Women and Equalities and the Prime Minister, the statement on the Government response to the LGBT Veterans Independent Review by Dr Andrew Murrison, which Hansard dates Wednesday 13 December 2023), and no hour: said 13 December 2023 10:00 GMT. List items, headings, sentences without a time word and the last, cut off ('Bill read the first time; to be r'), are not taken. 'The House met at 11.30 am.' is left out: the same words stand in other sets and read USED. a bar of twenty five years running from an undated referendum, in the long title of a Bill: event (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word (the content of a Bill presented, nothing undertaken by anyone)
    B(
        text="Mr Rob Roberts presented a Bill to make provision for a referendum on devolution in Wales; to provide that no further such referendum may take place within twenty five years; and for connected purposes.",
        due=None,
        vague=False,
        said="2023-12-13 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_VP231213,
        published="2023-12-13",
    ),
    # a second reading ordered for a dated day (CONVENTIONS 3.1): Friday 26 January 2024, end of day GMT
    B(
        text="Bill read the first time; to be read a second time on Friday 26 January 2024, and to be printed (Bill 137).",
        due="2024-01-26 23:59:59",
        vague=False,
        said="2023-12-13 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_VP231213,
        published="2023-12-13",
    ),
    # a second reading ordered for a dated day (CONVENTIONS 3.1): Friday 26 January 2024, end of day GMT
    B(
        text="Bill read the first time; to be read a second time on Friday 26 January 2024, and to be printed (Bill 138).",
        due="2024-01-26 23:59:59",
        vague=False,
        said="2023-12-13 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_VP231213,
        published="2023-12-13",
    ),
    # 'within the first six months of a claim', a span from an undated event of each case, in the long title of a Bill: event (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word (the content of a Bill presented, nothing undertaken)
    B(
        text="David Linden presented a Bill to require the Secretary of State to report to Parliament on the potential merits of prohibiting the making of deductions from certain social security benefits within the first six months of a claim, of restricting the making of deductions in cases where a claimant is at risk of hardship, of reducing the maximum proportion of a claim that may be deducted, and of changing the priority order in which debt repayments are recovered by deductions; to require the Secretary of State to report to Parliament on the adequacy of the rate at which social security benefits are paid; to require the Secretary of State to publish a strategy for increasing the availability of free debt and money advice for people claiming social security benefits; and for connected purposes.",
        due=None,
        vague=False,
        said="2023-12-13 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_VP231213,
        published="2023-12-13",
    ),
    # UK Parliament (House of Commons Votes and Proceedings, 'Chamber business' of Wednesday 1 February 2023, on commonsbusiness.digiminster.com, the record's carrying address; Open Parliament Licence); zone Europe/London (GMT); the page prints no date: the day is read from its business (Questions to the Attorney General and the Prime Minister, the Environmental Improvement Plan 2023 statement, Neale Hanvey's Scotland (Self-Determination) Bill, whose first reading parallelparliament.co.uk dates Wednesday 1 February 2023), and no hour: said 1 February 2023 10:00 GMT. The texts of orders ('Ordered, That leave be given ...', 'Ordered, That the Order of 1 November 2022 ... be varied'), list items, headings and sentences without a time word are not taken. 'The House met at 11.30 am.' is left out: the same words stand in other sets and read USED. a second reading ordered for 'tomorrow' (CONVENTIONS 3.1): Thursday 2 February 2023, end of day GMT
    B(
        text="Bill read the first time; to be read a second time tomorrow, and to be printed (Bill 240), with Explanatory Notes (Bill 240–EN).",
        due="2023-02-02 23:59:59",
        vague=False,
        said="2023-02-01 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_VP230201,
        published="2023-02-01",
    ),
    # a second reading ordered for a dated day, its next occurrence: Friday 24 March 2023, end of day GMT
    B(
        text="Bill read the first time; to be read a second time on Friday 24 March, and to be printed (Bill 241).",
        due="2023-03-24 23:59:59",
        vague=False,
        said="2023-02-01 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_VP230201,
        published="2023-02-01",
    ),
    # UK Parliament (House of Commons Votes and Proceedings, 'Chamber business' of Tuesday 28 February 2023, on commonsbusiness.parliament.uk; Open Parliament Licence); zone Europe/London (GMT); the page prints no date: the day is read from its business (Questions to the Secretary of State for Energy Security and Net Zero, tributes to Baroness Boothroyd, who died on 26 February 2023, the thirteenth Opposition day, Maria Eagle's Multi-storey car parks (safety) Bill), and no hour: said 28 February 2023 10:00 GMT. 'The House met at 11.30 am.' is left out (the same words stand in other sets and read USED), and so are the texts of the order ('Ordered, That leave be given ...', with '24 hour staffing') and of the Opposition day motion, list items and the last, cut off. a second reading ordered for a dated day, its next occurrence (CONVENTIONS 3.1): Friday 17 March 2023, end of day GMT
    B(
        text="Bill read the first time; to be read a second time on Friday 17 March, and to be printed (Bill 256).",
        due="2023-03-17 23:59:59",
        vague=False,
        said="2023-02-28 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_VP230228,
        published="2023-02-28",
    ),
    # Houses of the Oireachtas (Seanad Éireann, Commencement Matters, 'Schools Building Projects Status', Wednesday 30 January 2019, a Senator's reply to the Minister of State, as carried on kildarestreet.com, which links the Oireachtas source; CC BY 4.0); zone Europe/Dublin (GMT); the page gives the hour '10:30 am': said 30 January 2019 10:30 GMT. Sentences without a time word are not taken. contracts held since last October: past
    B(
        text="Moving forward, it is about trying to get the contracts that have been with the Chief State Solicitor's office since last October signed.",
        due=None,
        vague=False,
        said="2019-01-30 10:30:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEAN19,
        published="2019-01-30",
    ),
    # three or four months lost, told of the past: past
    B(
        text="We have lost three or four months and we need to get movement on this issue.",
        due=None,
        vague=False,
        said="2019-01-30 10:30:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEAN19,
        published="2019-01-30",
    ),
    # Houses of the Oireachtas (Seanad Éireann Adjournment matter 'Schools Building Projects', Wednesday 19 May 2010, the reply of the Minister of State Seán Haughey, as carried on kildarestreet.com; CC BY 4.0); zone Europe/Dublin (IST); the page gives the hour '6:00 pm': said 19 May 2010 18:00 IST. The stored text is this one reply; its sentences without a time word are not taken. received yesterday: past
    B(
        text="That application was only received yesterday and is being assessed.",
        due=None,
        vague=False,
        said="2010-05-19 17:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEAN10,
        published="2010-05-19",
    ),
    # Wikinews ('Ottawa plans tax windfall to deal with budget surplus', Sunday 9 October 2005, on en.m.wikinews.org; CC BY 2.5); zone UTC; the page gives the date and no hour: said 9 October 2005 10:00 UTC. Sentences without a time word (the one with 'pre-election' included), the dateline and the archive notices are not taken. 'as early as Friday', a lower bound only: earliest, Friday 14 October 2005 00:00 UTC (CONVENTIONS 3.2, 'at the earliest')
    B(
        text="It should be introduced in Ottawa as early as Friday.",
        due=None,
        vague=False,
        said="2005-10-09 10:00:00",
        tz="UTC",
        refusal="earliest",
        earliest="2005-10-14 00:00:00",
        cluster=5,
        source=_WN05OTT,
        published="2005-10-09",
    ),
    # 'that year', the year of an undated surplus: event (CONVENTIONS 1.3)
    B(
        text="The benefit would come as an amount added on to the income tax returns of that year.",
        due=None,
        vague=False,
        said="2005-10-09 10:00:00",
        tz="UTC",
        refusal="event",
        cluster=5,
        source=_WN05OTT,
        published="2005-10-09",
    ),
    # 'each subsequent year', a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="It would then be added on to the amount a person can earn tax-free for each subsequent year.",
        due=None,
        vague=False,
        said="2005-10-09 10:00:00",
        tz="UTC",
        refusal="recurring",
        cluster=5,
        source=_WN05OTT,
        published="2005-10-09",
    ),
    # a span from the report's undated release: event (CONVENTIONS 1.3)
    B(
        text="Paul Martin has promised an election within 30 days of the Gomery Commission Report's release.",
        due=None,
        vague=False,
        said="2005-10-09 10:00:00",
        tz="UTC",
        refusal="event",
        cluster=5,
        source=_WN05OTT,
        published="2005-10-09",
    ),
    # a report told as coming in a month, its next occurrence: February 2006, at its end (CONVENTIONS 4.3: what is told as going to happen stays dated)
    B(
        text="The report is expected in February.",
        due="2006-02-28 23:59:59",
        vague=False,
        said="2005-10-09 10:00:00",
        tz="UTC",
        cluster=6,
        source=_WN05OTT,
        published="2005-10-09",
    ),
    # Wikinews (Erik Möller's 'State of the Wiki: April 28, 2005', a project newsletter on en.wikinews.org, user space; CC BY 2.5 as all of Wikinews); zone UTC; the page gives its edition date and no hour: said Thursday 28 April 2005 10:00 UTC. Sentences without a time word, the one whose only time word is 'before' and the last, cut off, are not taken. 'semi-regular' summaries, a standing practice: recurring (CONVENTIONS 1.3)
    B(
        text="These are Erik Möller's semi-regular summaries of the state of the Wikinews project.",
        due=None,
        vague=False,
        said="2005-04-28 10:00:00",
        tz="UTC",
        refusal="recurring",
        cluster=5,
        source=_WN05SOW,
        published="2005-04-28",
    ),
    # the editions so far, the last of them this one: past
    B(
        text="Editions so far: December 12, 2004 - February 26, 2005 - April 28, 2005.",
        due=None,
        vague=False,
        said="2005-04-28 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN05SOW,
        published="2005-04-28",
    ),
    # since late February: past
    B(
        text="It's hard to put into words all the fascinating things that have happened in the different editions since my last report from late February.",
        due=None,
        vague=False,
        said="2005-04-28 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN05SOW,
        published="2005-04-28",
    ),
    # since December 2004: past
    B(
        text="Since we officially launched Wikinews in December 2004 in English and German, the number of Wikinews languages has grown to 12.",
        due=None,
        vague=False,
        said="2005-04-28 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN05SOW,
        published="2005-04-28",
    ),
    # launches on 19 March and 1 April: past
    B(
        text="The two latest additions are Ukrainian (launched on March 19) and Italian (April 1).",
        due=None,
        vague=False,
        said="2005-04-28 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN05SOW,
        published="2005-04-28",
    ),
    # Prime Minister of Australia (pm.gov.au node listing, page 98, openings of media releases, statements and transcripts of the week of 20 March 2017; CC BY 4.0 as pm.gov.au states); zone Australia/Sydney (AEDT); the listing prints no date: its items are the Multicultural Australia statement (released Monday 20 March 2017), the launch speech of the same day and the Corrupting Benefits bill of that week, so it is read as of Monday 20 March 2017 10:00 AEDT. Sentences without a time word, the one whose only time word is 'Now' and the last item, cut off ('which will strengthen Aust'), are not taken. 'this week', Monday to Sunday: Sunday 26 March 2017, end of day AEDT (the same for any day of reading from 20 to 26 March)
    B(
        text="This week the Turnbull Government will introduce vital legislation banning secret payments between unions and employers.",
        due="2017-03-26 12:59:59",
        vague=False,
        said="2017-03-19 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_PM17,
        published="2017-03-20",
    ),
    # 'Today' on the act in the present as it is spoken (CONVENTIONS 2.1): 20 March 2017, end of day AEDT
    B(
        text="Today the Australian Government reaffirms our commitment to multicultural Australia with the release of the statement Multicultural Australia: United, Strong and Successful.",
        due="2017-03-20 12:59:59",
        vague=False,
        said="2017-03-19 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_PM17,
        published="2017-03-20",
    ),
    # during a past Royal Commission: past
    B(
        text="Now, during the Heydon Royal Commission, Australians were horrified to see the extent of secret payments made by employers - big business, very often - to trade unions, and in particular, the Australian Workers Union.",
        due=None,
        vague=False,
        said="2017-03-19 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_PM17,
        published="2017-03-20",
    ),
    # 'last week': past
    B(
        text="You know, as you would have seen last week, I was up in the Snowy Mountains, up at Talbingo, at Talbingo Dam and Tumut 3 Power Station and reflecting on the extraordinary achievement of the Snowy Mountains Scheme, engineering marvel of the world.",
        due=None,
        vague=False,
        said="2017-03-19 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_PM17,
        published="2017-03-20",
    ),
    # National Park Service (Grand Teton National Park release 'Road Construction Projects to Cause Traffic Delays during 2009 Travel Season', dated April 28, 2009, on the park's news blog gtnpnews.blogspot.com; public domain, a federal work); zone America/Denver (MDT); no hour on the page: said Tuesday 28 April 2009 10:00 MDT. Sentences without a time word, the one whose only time word is 'current' and the last, cut off ('and du'), are not taken. works described as under way for 'much of' a season, no time to check: due None with no refusal word. unsure: a careful reader could give the season's end (30 November 2009, the end of delays given later on the page, or 30 November as autumn's end)
    B(
        text="Road construction projects will be underway throughout Grand Teton National Park for much of the 2009 travel season, resulting in minor traffic delays at several locations.",
        due=None,
        vague=False,
        said="2009-04-28 16:00:00",
        tz="America/Denver",
        cluster=1,
        source=_GRTE09,
        published="2009-04-28",
    ),
    # 'overnight' closures with no day and no count of nights: due None with no refusal word. unsure: a careful reader could give tonight (28 April 2009, end of day, the parser's 'overnight')
    B(
        text="One road construction project will require a few overnight travel closures.",
        due=None,
        vague=False,
        said="2009-04-28 16:00:00",
        tz="America/Denver",
        cluster=1,
        source=_GRTE09,
        published="2009-04-28",
    ),
    # closures within May and June, the later end (CONVENTIONS 6.1), no closing time (CONVENTIONS 6.4): 30 June 2009, end of day MDT
    B(
        text="This effort will require a limited number of overnight road closures during May and June.",
        due="2009-07-01 05:59:59",
        vague=False,
        said="2009-04-28 16:00:00",
        tz="America/Denver",
        cluster=3,
        source=_GRTE09,
        published="2009-04-28",
    ),
    # nights from 11 p.m. to 6 a.m., the last of three in early June (days 1 to 10), a night named by the evening it begins (CONVENTIONS 6.4): 11 June 2009 06:00 MDT. unsure: a careful reader could give the end of early June (10 June 2009, end of day MDT, 2009-06-11 05:59:59 UTC)
    B(
        text="Closures will occur between the hours of 11 p.m. and 6 a.m. for one night in mid May and again for three nights in early June; further details on overnight closures will be announced at a later date.",
        due="2009-06-11 12:00:00",
        vague=False,
        said="2009-04-28 16:00:00",
        tz="America/Denver",
        cluster=3,
        source=_GRTE09,
        published="2009-04-28",
    ),
    # began in 2008: past
    B(
        text="Reconstruction of the North Park Road in Grand Teton, between Lizard Creek campground and Flagg Ranch Resort, began in 2008.",
        due=None,
        vague=False,
        said="2009-04-28 16:00:00",
        tz="America/Denver",
        refusal="past",
        cluster=5,
        source=_GRTE09,
        published="2009-04-28",
    ),
    # work to be completed during the summer/fall season, at the later season's end (meteorological autumn, CONVENTIONS 6.1): 30 November 2009, end of day MST. unsure: a careful reader could give due None with no refusal word ('travel season' names no calendar period)
    B(
        text="During the summer/fall travel season, significant road construction activities will again be underway to widen and repave this road and complete the reconstruction work on the Snake River Bridge.",
        due="2009-12-01 06:59:59",
        vague=False,
        said="2009-04-28 16:00:00",
        tz="America/Denver",
        cluster=4,
        source=_GRTE09,
        published="2009-04-28",
    ),
    # closures that 'may be possible', no undertaking: due None with no refusal word (CONVENTIONS 4.2). unsure: a careful reader could give the end of the last weeknight (the night beginning Monday 15 June, 16 June 2009 06:00 MDT, 2009-06-16 12:00:00 UTC, CONVENTIONS 6.4)
    B(
        text="To facilitate the extensive work required for the North Park Road project, nighttime closures may be possible between Lizard Creek and Flagg Ranch, on weekdays only, from 11 p.m. to 6 a.m. between now and June 15.",
        due=None,
        vague=False,
        said="2009-04-28 16:00:00",
        tz="America/Denver",
        cluster=1,
        source=_GRTE09,
        published="2009-04-28",
    ),
    # delays kept up to a date (CONVENTIONS 3.3): the end of November 2009, end of day MST
    B(
        text="In addition to the overnight road closures, motorists are advised to expect daytime delays of up to 30 minutes for travel between Lizard Creek campground and Flagg Ranch Resort through the end of November.",
        due="2009-12-01 06:59:59",
        vague=False,
        said="2009-04-28 16:00:00",
        tz="America/Denver",
        cluster=4,
        source=_GRTE09,
        published="2009-04-28",
    ),
    # closures denied after a date: negated (CONVENTIONS 4.1). unsure: a careful reader could give 15 June 2009, end of day MDT (2009-06-16 05:59:59 UTC), the closures' last day
    B(
        text="Important note: Road closures are not anticipated to occur anywhere in the park after June 15th.",
        due=None,
        vague=False,
        said="2009-04-28 16:00:00",
        tz="America/Denver",
        refusal="negated",
        cluster=5,
        source=_GRTE09,
        published="2009-04-28",
    ),
    # National Park Service (Grand Teton National Park release 11-33 'Road & Pathway Construction Projects for 2011', dated May 16, 2011, on the park's news blog gtnpnews.blogspot.com; public domain, a federal work); zone America/Denver (MDT); no hour on the page: said Monday 16 May 2011 10:00 MDT. The subtitle ('for next 5 months'), sentences without a time word, those whose only time words are 'current' and 'extra travel time', and the last, cut off ('On July 5th, work will resume on Pacific Creek Road,'), are not taken. 'today' on the verb of speaking (CONVENTIONS 2.2); works under way for 'much of' a season, no time to check: due None with no refusal word. unsure: a careful reader could give the summer's end (31 August 2011, end of day MDT, 2011-09-01 05:59:59 UTC)
    B(
        text="Grand Teton National Park Superintendent Mary Gibson Scott announced today that road and pathway construction projects will be underway at various locations throughout the park, resulting in reduced speed limits and minor traffic delays for much of the 2011 summer season.",
        due=None,
        vague=False,
        said="2011-05-16 16:00:00",
        tz="America/Denver",
        cluster=1,
        source=_GRTE11,
        published="2011-05-16",
    ),
    # the start of construction, a one-off event on a dated day (CONVENTIONS 3.1): 1 June 2011, end of day MDT. unsure: a careful reader could give earliest (1 June 2011 00:00 MDT, an activity given only its start, CONVENTIONS 3.2)
    B(
        text="On June 1st, construction will start on the multi-use pathway that runs from the Gros Ventre River to Moose Junction.",
        due="2011-06-02 05:59:59",
        vague=False,
        said="2011-05-16 16:00:00",
        tz="America/Denver",
        cluster=6,
        source=_GRTE11,
        published="2011-05-16",
    ),
    # a span whose start the sentence does not give, kept 'until construction is complete', an undated event: event (CONVENTIONS 1.3). unsure: a careful reader could count six months from the moment of speaking (16 November 2011, end of day MST)
    B(
        text="The speed limit reduction is likely to be in place for five to six months until construction is complete.",
        due=None,
        vague=False,
        said="2011-05-16 16:00:00",
        tz="America/Denver",
        refusal="event",
        cluster=5,
        source=_GRTE11,
        published="2011-05-16",
    ),
    # kept closed all summer (CONVENTIONS 3.3), meteorological summer: 31 August 2011, end of day MDT
    B(
        text="NOTE: Sleeping Indian turnout will be closed all summer while it functions as a construction equipment and materials staging area.",
        due="2011-09-01 05:59:59",
        vague=False,
        said="2011-05-16 16:00:00",
        tz="America/Denver",
        cluster=4,
        source=_GRTE11,
        published="2011-05-16",
    ),
    # delays given only their start: earliest, 15 August 2011 00:00 MDT (CONVENTIONS 3.2)
    B(
        text="Consequently, starting August 15th, motorists should expect 15-minute delays at this intersection between Highway 26/89/191 and the Teton Park Road.",
        due=None,
        vague=False,
        said="2011-05-16 16:00:00",
        tz="America/Denver",
        refusal="earliest",
        earliest="2011-08-15 06:00:00",
        cluster=5,
        source=_GRTE11,
        published="2011-05-16",
    ),
    # Australian Bureau of Statistics (1006.0 Forward Work Program 2019-20, '2.1 Strategic objective one', on abs.gov.au; CC BY 4.0); zone Australia/Sydney (AEDT, Canberra time); the page gives 'Released at 11:30 AM (CANBERRA TIME) 18/10/2019': said 18 October 2019 11:30 AEDT. The release line, headings, sentences without a time word (those with 'continue' included) and the last, cut off, are not taken. releases scheduled in the 2019-20 financial year, AU fiscal year: 30 June 2020, end of day AEST. unsure: a careful reader could give recurring (a schedule of regular releases through the year, CONVENTIONS 1.3)
    B(
        text="The ABS released 496 statistical products in 2018-19, with a similar number of releases scheduled in 2019-20.",
        due="2020-06-30 13:59:59",
        vague=False,
        said="2019-10-18 00:30:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ABS19,
        published="2019-10-18",
    ),
    # 'throughout the year', a standing pattern: recurring (CONVENTIONS 1.3)
    B(
        text="This does not include the myriad of experimental, one-off or ad hoc releases that occur throughout the year.",
        due=None,
        vague=False,
        said="2019-10-18 00:30:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ABS19,
        published="2019-10-18",
    ),
    # changes in 2019-20 denied: negated (CONVENTIONS 4.1)
    B(
        text="With funding in 2019-20 similar to funding in 2018-19, the ABS is not contemplating significant changes to the statistical work program in 2019-20.",
        due=None,
        vague=False,
        said="2019-10-18 00:30:00",
        tz="Australia/Sydney",
        refusal="negated",
        cluster=5,
        source=_ABS19,
        published="2019-10-18",
    ),
    # 'annual re-weighting', a standing practice: recurring (CONVENTIONS 1.3)
    B(
        text="The introduction of annual re-weighting of the CPI and use of scanner and web scraped data in the CPI are world leading.",
        due=None,
        vague=False,
        said="2019-10-18 00:30:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ABS19,
        published="2019-10-18",
    ),
    # 'monthly' estimates, a frequency of a standing series: recurring (CONVENTIONS 1.3). unsure: a careful reader could give negated (the monthly series denied, CONVENTIONS 4.1)
    B(
        text="However, we remain the only G20 country that does not have monthly inflation estimates.",
        due=None,
        vague=False,
        said="2019-10-18 00:30:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ABS19,
        published="2019-10-18",
    ),
    # New Zealand Department of Conservation (media release on Great Walks opening-week bookings, as carried verbatim on voxy.co.nz, dated Wednesday 17 June 2020 on the page; DOC content CC BY 4.0); zone Pacific/Auckland (NZST); the carrier prints its own posting time (18:02), not the release's: said 17 June 2020 10:00 NZST. Sentences without a time word and the last, cut off ('Fees from Great Walks bookings, are channelled back'), are not taken. bookings that opened last week: past
    B(
        text="The Department of Conservation (DOC) is reporting record opening week results on the eight Great Walks that opened for 2020/21 bookings last week.",
        due=None,
        vague=False,
        said="2020-06-16 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC20,
        published="2020-06-17",
    ),
    # opening week against previous years: past
    B(
        text='"Contrary to expectations-despite border restrictions and the devastating impacts on COVID-19 on so many New Zealanders-opening week bookings are significantly up on previous years.',
        due=None,
        vague=False,
        said="2020-06-16 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC20,
        published="2020-06-17",
    ),
    # bookings made, against last year: past
    B(
        text='"Compared to the same time last year across these eight Great Walks, 6,267 bookings have been made.',
        due=None,
        vague=False,
        said="2020-06-16 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC20,
        published="2020-06-17",
    ),
    # 'last year': past
    B(
        text='That’s up 36% on last year and 92% of bookings have been made by New Zealanders which is up from 69% last year," says Steve Taylor',
        due=None,
        vague=False,
        said="2020-06-16 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC20,
        published="2020-06-17",
    ),
    # figures that 'will change over the coming year', a forecast with nothing undertaken: due None with no refusal word (CONVENTIONS 4.2). unsure: a careful reader could give the year's window (17 June 2021, end of day NZST, 2021-06-17 11:59:59 UTC)
    B(
        text='"While these figures will change over the coming year, it’s incredibly heart-warming to see the sense of community and social responsibility that saw us save lives and shut down the global pandemic in Aotearoa, now being channelled into supporting the country’s recovery.',
        due=None,
        vague=False,
        said="2020-06-16 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOC20,
        published="2020-06-17",
    ),
    # 'a night or two' before or after each walk, what walkers do on every trip: recurring (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word (a description, no time of its own)
    B(
        text='"Whether in Te Anau, Taupo, Westport, Queenstown or Nelson - those undertaking Great Walks will all be doing their bit in communities across Aotearoa, visiting food stores for much-needed provisions for treks, enjoying a well-deserved meal or coffee, or staying a night or two in local accommodation before or after undertaking the walk.',
        due=None,
        vague=False,
        said="2020-06-16 22:00:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_DOC20,
        published="2020-06-17",
    ),
)
