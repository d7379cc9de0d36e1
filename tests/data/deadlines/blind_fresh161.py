"""A HUNDRED-AND-SIXTY-FIRST fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-06 (UTC) between about 19:25 and 19:35 by a labelling helper (branch
issue12l161-s58) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 58 (fresh159, fresh160, fresh162, fresh163), whose claims in the shared claims file were
treated as used and whose files and README sections were not opened. It read `CONVENTIONS.md` in full
(4.3, new this stop, included), the docstring, comments, cases and README section of `blind_fresh158.py`,
the field list of `BlindCase` in `blind_real.py`, the docstring of `tests/data/fresh_check.py`, and the top
docstring of the parser package only (the vague windows, weeks ending on Sunday, "before <period>", the
"more than a day before" past threshold, "the week beginning"); nothing else of `bot/core/deadlines/` was
opened. The brief asked for GOV.UK departments not mined much (DfE, Home Office, MoJ, HMRC, DWP, DESNZ,
DCMS; OGL), No 10 readouts, kremlin.ru, Wikinews, and the US Treasury, IRS and SEC, at most a third from the
United States; at least eight publishers, none above a fifth of the cases; about 90 cases (at least 70) by
20:25 UTC.

The set quotes the Prime Minister's Office (No 10 readouts of 24 September 2015, 25 January, 26 July and 13
September 2016), three
executive agencies of the Department for Education (the Education and Skills Funding Agency: ESFA Update
academies of 12 December 2018 and 9 October 2024; the Education Funding Agency: e-bulletins for academies
of 30 April 2014, 22 January 2015 and 26 February 2015; the Standards and Testing Agency: a news story of
17 April 2018), the Skills Funding Agency (then of the Department for Business, Innovation and Skills: SFA
Update issues 345 and 347 of 8 and 22 February 2017), the Legal Aid Agency (an executive agency of the
Ministry of Justice: civil news of 4 January and 20 March 2018), the U.S. Securities and Exchange Commission
(Federal Register notices of 15 September 2006, 21 May 2010 and 20 February 2015 and a sec.gov Sunshine Act
notice dated 13 August 2019) and the U.S. Department of the Treasury (press release po496, read as of 23
July 2001). 79 cases from 8 publishers (Legal Aid Agency 14 (17.7%); No 10 13 (16.5%); ESFA 12 (15.2%); EFA
12 (15.2%); SEC 10 (12.7%); SFA 9 (11.4%); Treasury 5 (6.3%); STA 4 (5.1%)). 15 of the 79 (19.0%) are from
the United States (SEC, Treasury); 64 are not.

Targets: 79 cases (above the minimum of 70, short of the 90 aimed at), 8 publishers, none above a fifth,
the United States under a third. Most of the aimed publishers were found used: the
No 10 readouts the store returns first (Meloni 2023, Juncker and Merkel 2019, Erdogan 2020, Trump 2019,
Macron 2021, Biden 2023), kremlin.ru instruction lists (events 71469, 14170, 67556, 67600, 54858, on
en.special.kremlin.ru, and their phrases), Wikinews articles (Haiti elections 2005, the 10,000th article),
the Fiscal Service's 2009 recovery-payment release, the IRS's COVID deadline page, the DESNZ bill-discount
response, the Corporate Insolvency Act factsheet on Companies House filings, the Charity Commission's January
deadline release and Stats NZ's 2011 earthquake advisories all read USED; no fresh Home Office, HMRC, DWP,
DESNZ or DCMS page was found in the time. The DfE, MoJ and BIS agency bulletins (ESFA, EFA, SFA, LAA) were a
fresh seam, as were older No 10 readouts (2016) and a sec.gov Sunshine Act notice; each page's cases share
one `source` constant, so whole pages can be dropped.

Left out, and why. Claimed (`fresh161`) but not used: the Legal Aid Agency's crime news of 21 July 2015
(CRM12 deadline), ESFA Update academies of 15 January 2025 and the EFA e-bulletin of 7 July 2016, to hold
those publishers under a fifth. Found fresh but not claimed: the SEC's Sunshine Act notice for the week of
11 June 2007 (UNT archive; its stored copy prints no date) and the SFA Inform of March 2017 (date unclear).
Within pages, three
sentences of the Legal Aid Agency's 4 January 2018 story that repeat its 20 March 2018 story nearly word for
word, and its contract-length sentence, were left out to hold the cap (the page comment names them).

Every sentence quoted holds a time word (a date, a weekday, a clock time, "today", "earlier today", "next
month", "next week", "next week's", "on Friday", "later in the year", "ahead of the February
European Council", "while we remained", "in due course", "from week commencing", "in the week
beginning", "before the end of March", "over the next few weeks", "one-day", "for one year only", "Each
year", "on Mondays", "this year", "In autumn last year"); within each page quoted, the sentences of the
stored opening that hold one were taken in page order, easy or hard, except those whose only time words are
general ("now", "early on", "in the future", "each time") or whose only year names an academic, financial
or funding year of a grant, allocation, place or return, and the near repeats named above. Titles,
headings, numbered item headings, "Action"/"Information" labels, speaker lines, withdrawal notices, date
lines, table rows and sentences cut off by the end of a stored opening were skipped; the field labels of
the 2019 Sunshine Act notice ('TIME AND DATE:', 'STATUS:') are left out of its quotes; the Federal Register
notices' hard line breaks are joined with single spaces; the pages' curly apostrophes stay as printed.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names excepted,
which the freshness tool skips) or in the shared claims file was used: each was checked with
`fresh_check.py` (the address and a distinctive phrase of the page) and claimed (`fresh161`) in
`/work/helper-brief/claims.txt` before its quotes were kept; many pages were found used and dropped (above
and in README.md). Every kept sentence was then checked whole with the same tool (skipping this file); none
of the 79 reads used. Each label was worked out by hand from the words, the publication date and the
publisher's zone (Europe/London for the UK publishers, America/New_York for the SEC and the Treasury); the
conversion of local instants to UTC wall time, weekdays and day counts were done with Python's zoneinfo
and datetime in a scratch script outside the repository, never with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh158.py`: the publication date at 10:00 local time, as none of these pages gives an hour (the
first comment of each page says where its date was read); a day falls due at 23:59:59 local; a day word on
a verb of speaking or announcing is never the deadline (CONVENTIONS 2.2); "today" with the perfect is past
(2.4); a window that opens, a launch, a closing, a payment or a meeting on a date is one-off (3.1); a
window or contract kept open or running "until" a date falls due then (3.3); an activity given only its
start ("from 4 January 2018", "from week commencing 19 March 2018") is earliest (3.2); "before the end of
March" is the end of March (3.5); several times at the later (6.1, 6.2); "in due course" as the publisher's
own undertaking vague, 60 days, and "over the next few weeks" vague, 4 weeks (5.1, the docstring); "We
anticipate" is the publisher's own expectation and stays dated (4.3, last paragraph); a request that the
reader act "as soon as possible" or share a message, and what a consultation puts forward, are due None
with no refusal word (4.3); times hung on an undated deadline, order, contract or week are event (1.3, 5.2,
6.3); weekly schedules and yearly habits are recurring (1.3); times told as done are past, vague words told
of a discussion held included (5.3); a bare clock time falls on its first occurrence after the moment of
speaking, the page's instant written in the comment (6.3). Clusters as in
`blind_fresh158.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4 parts of the day, periods
and windows, 5 refusals, 6 plain days and dates. 33 labels are refusals (past 19, event 8, recurring 4,
earliest 2); 3 are vague; 41 labels carry a due instant (the 3 vague ones included); 5 have due None and no
refusal word; 13 are marked "unsure" and name the other reading; like every label here they stay as
committed, whatever the first run shows. First run: not yet taken (the lead runs it once, after merging,
and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_PM15 = "https://www.gov.uk/government/news/pm-call-with-president-obama-24-september-2015"
_PM16 = "https://gov.uk/government/news/pm-phone-calls-with-international-leaders-26-july-2016"
_PM16J = "https://www.gov.uk/government/news/pm-call-with-angela-merkel-25-january-2016"
_PM16S = "https://www.gov.uk/government/news/pm-phone-call-with-chancellor-merkel-13-september-2016"
_SEC10 = "http://edocket.access.gpo.gov/2010/2010-12303.htm"
_SEC15 = "http://www.gpo.gov/fdsys/pkg/FR-2015-02-20/html/2015-03509.htm"
_SEC19 = "https://www.sec.gov/news/openmeetings/2019/ssamtg082119.htm"
_SEC06 = "https://webarchive.library.unt.edu/eot2008/20081011211813/http://edocket.access.gpo.gov/2006/06-7728.htm"
_TREAS01 = "https://home.treasury.gov/news/press-releases/po496"
_LAA18M = "https://www.gov.uk/government/news/civil-news-next-steps-for-2018-civil-contracts-tender-process"
_LAA18J = "https://www.gov.uk/government/news/civil-news-next-steps-in-2018-civil-contracts-tender-process"
_ESFA18 = "https://gov.uk/government/publications/esfa-update-12-december-2018/esfa-update-academies-12-december-2018"
_ESFA24 = "https://gov.uk/government/publications/esfa-update-9-october-2024/esfa-update-academies-9-october-2024"
_SFA345 = "https://www.gov.uk/government/publications/sfa-update-february-2017/update-issue-345-8-february-2017"
_SFA347 = "https://gov.uk/government/publications/sfa-update-february-2017/update-issue-347-22-february-2017"
_EFA14 = "https://www.gov.uk/government/publications/efa-e-bulletin-30-april-2014/efa-e-bulletin-for-academies-30-april-2014"
_EFA15J = "https://www.gov.uk/government/publications/efa-e-bulletin-22-january-2015-issue-76/efa-e-bulletin-for-academies-22-january-2015"
_EFA15F = "https://www.gov.uk/government/publications/efa-e-bulletin-26-february-2015-issue-80/efa-e-bulletin-for-academies-26-february-2015"
_STA18 = "https://www.gov.uk/government/news/change-of-date-for-key-stage-2-english-reading-test"

FRESH161_CASES: tuple[BlindCase, ...] = (
    # Prime Minister's Office, 10 Downing Street (press release 'PM call with President Obama: 24 September 2015' on gov.uk, 'Published 24 September 2015' at its foot; Open Government Licence); zone Europe/London (BST); no hour given, said Thursday 24 September 2015 10:00 BST. The title and the speaker line ('A Downing Street spokesperson said:') are not taken; the sentences without a time word ('Their discussions focused ...', 'They agreed that ...') are not taken. The summary line under the title tells the call as done; 'next week's' names the Assembly the call came before: past
    B(
        text="David Cameron spoke to President Obama ahead of next week's UN General Assembly, focusing on the situation in Syria.",
        due=None,
        vague=False,
        said="2015-09-24 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_PM15,
        published="2015-09-24",
    ),
    # 'earlier today' on the call, told as done; the Assembly 'next week' is only what the call came before: past
    B(
        text="The Prime Minister spoke to President Obama earlier today ahead of the UN General Assembly in New York next week.",
        due=None,
        vague=False,
        said="2015-09-24 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_PM15,
        published="2015-09-24",
    ),
    # the talk is told as done; 'later in the year' dates the Paris conference, which neither leader undertakes here: past. unsure: a careful reader could date the conference, the end of 2015 (2015-12-31 23:59:59 UTC)
    B(
        text="They also talked about the opportunity of using UNGA to build support for an ambitious global agreement at the climate conference in Paris later in the year.",
        due=None,
        vague=False,
        said="2015-09-24 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_PM15,
        published="2015-09-24",
    ),
    # Prime Minister's Office, 10 Downing Street (news story 'PM phone calls with international leaders: 26 July 2016' on gov.uk, dated in its title; Open Government Licence); zone Europe/London (BST); no hour given, said Tuesday 26 July 2016 10:00 BST. The speaker line, the long sentence on what the calls had in common (no time word), 'early on' and 'in the future' (general words only) are not taken; the stored opening ends after the Modi paragraph. The summary line under the title: calls made 'today', told as done: past
    B(
        text="Prime Minister Theresa May spoke with a number of international leaders today underlining Britain’s strong relations with countries around the world.",
        due=None,
        vague=False,
        said="2016-07-26 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_PM16,
        published="2016-07-26",
    ),
    # 'today' with the perfect 'has taken': done when spoken, past (CONVENTIONS 2.4)
    B(
        text="As well as hosting the Irish Taoiseach for a bilateral in Downing Street today, the Prime Minister has taken a number of congratulatory calls from foreign leaders, underlining Britain’s strong relations with countries around the world.",
        due=None,
        vague=False,
        said="2016-07-26 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_PM16,
        published="2016-07-26",
    ),
    # 'the launch next month' is a one-off event told as going to happen, due at the end of August 2016 (CONVENTIONS 3.1); the verb 'pointed out' is the speaking, not the deadline (2.2) [local due 2016-08-31 23:59:59 BST]
    B(
        text="The Prime Minister pointed out that the launch next month of the first rupee-denominated bond in London is a concrete example of our close and growing economic cooperation and underlines that the city remains a global hub for innovative finance.",
        due="2016-08-31 22:59:59",
        vague=False,
        said="2016-07-26 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_PM16,
        published="2016-07-26",
    ),
    # Prime Minister's Office, 10 Downing Street (press release 'PM call with Angela Merkel: 25 January 2016' on gov.uk, 'Published 25 January 2016' at its foot; Open Government Licence); zone Europe/London (GMT); no hour given, said Monday 25 January 2016 10:00 GMT. The title, the government line and the speaker line are not taken, nor the sentences without a time word ('They also discussed the migration crisis, ...', 'They agreed that with senior representatives ...'). The summary line: the call is told as done, but the two leaders 'will co-host' the Syria conference 'next week', their own act ahead: due at the end of next week, Sunday 7 February 2016 (the docstring: weeks run Monday to Sunday). unsure: a careful reader could take the clause as only naming the conference discussed, past [local due 2016-02-07 23:59:59 GMT]
    B(
        text="Prime Minister David Cameron called Chancellor Merkel today to discuss the UK renegotiation, migration and the Syria conference that they will co-host in London next week.",
        due="2016-02-07 23:59:59",
        vague=False,
        said="2016-01-25 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_PM16J,
        published="2016-01-25",
    ),
    # agreement reported, progress since a Council gone by: past
    B(
        text="On the UK renegotiation, they agreed that there had been progress since December’s European Council and that there was genuine good will across the EU to address the British people’s concerns in all four areas.",
        due=None,
        vague=False,
        said="2016-01-25 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_PM16J,
        published="2016-01-25",
    ),
    # work to be done 'ahead of the February European Council', a Council this sentence dates only to its month: event (CONVENTIONS 5.2). unsure: a careful reader could read 'before February', 2016-01-31 23:59:59 UTC (CONVENTIONS 3.5), or the end of February
    B(
        text="Both concluded that there was more work to do ahead of the February European Council to find the right solutions.",
        due=None,
        vague=False,
        said="2016-01-25 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_PM16J,
        published="2016-01-25",
    ),
    # the talk is told as done; 'next week's' names the conference talked about: past
    B(
        text="Finally, they talked about preparations for next week’s Syria donors conference.",
        due=None,
        vague=False,
        said="2016-01-25 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_PM16J,
        published="2016-01-25",
    ),
    # Prime Minister's Office, 10 Downing Street (press release 'PM call with Chancellor Merkel: 13 September 2016' on gov.uk, 'Published 13 September 2016' at its foot; Open Government Licence); zone Europe/London (BST); no hour given, said Tuesday 13 September 2016 10:00 BST. The summary line (no time word), the speaker line, 'the future' and 'UK’s future relationship' (general words only) and the sentences without a time word are not taken. The call 'earlier today' is done; the meeting 'on Friday' is told as planned, a one-off event, due Friday 16 September 2016 (CONVENTIONS 3.1). unsure: a careful reader could take the meeting as only what the call was about, past [local due 2016-09-16 23:59:59 BST]
    B(
        text="Chancellor Merkel called the Prime Minister earlier today to update her on plans for the meeting of 27 EU member states in Bratislava on Friday.",
        due="2016-09-16 22:59:59",
        vague=False,
        said="2016-09-13 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_PM16S,
        published="2016-09-13",
    ),
    # 'as quickly as possible' told of a discussion already held, nobody's own undertaking here: past (CONVENTIONS 5.3)
    B(
        text="The Prime Minister and the Chancellor discussed the EU-Turkey migration deal, and the importance of it being fully implemented as quickly as possible.",
        due=None,
        vague=False,
        said="2016-09-13 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_PM16S,
        published="2016-09-13",
    ),
    # support 'while we remained full members of the EU', a state that ends at an undated event: event (CONVENTIONS 1.3, 5.2)
    B(
        text="On trade, the Prime Minister reiterated that we would continue to support EU free trade negotiations, including TTIP, while we remained full members of the EU.",
        due=None,
        vague=False,
        said="2016-09-13 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_PM16S,
        published="2016-09-13",
    ),
    # U.S. Securities and Exchange Commission (Federal Register notice 'Market Structure Roundtable', FR Doc 2010-12303, '[Federal Register Volume 75, Number 98 (Friday, May 21, 2010)]' in its head, on edocket.access.gpo.gov; public domain); zone America/New_York (EDT); no hour given, said Friday 21 May 2010 10:00 EDT. The heads (agency, action, release number), 'The public is invited to observe the roundtable discussion.' and the seating and webcast sentences (no time word) are not taken; the DATES line is cut off by the end of the stored opening. 'one-day' measures an event this sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="The Securities and Exchange Commission will host a one-day roundtable to solicit the views of investors, issuers, exchanges, alternative trading systems, financial services firms, high frequency traders, and the academic community regarding the current securities market structure.",
        due=None,
        vague=False,
        said="2010-05-21 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_SEC10,
        published="2010-05-21",
    ),
    # the only time is 'the events of May 6', fifteen days before the notice: past
    B(
        text="The roundtable will focus on market structure performance, including the events of May 6, metrics for evaluating market structure performance, high frequency trading, and undisplayed liquidity.",
        due=None,
        vague=False,
        said="2010-05-21 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_SEC10,
        published="2010-05-21",
    ),
    # a one-off discussion on a date, a clock range: its later end (CONVENTIONS 3.1, 6.1) [local due 2010-06-02 16:30:00 EDT]
    B(
        text="The roundtable discussion will be held in the auditorium of the Securities and Exchange Commission headquarters at 100 F Street, NE., in Washington, DC on June 2, 2010 from 9:30 a.m. to approximately 4:30 p.m.",
        due="2010-06-02 20:30:00",
        vague=False,
        said="2010-05-21 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_SEC10,
        published="2010-05-21",
    ),
    # the only time is 'May 6', gone: past
    B(
        text="Panelists will consider a range of market structure topics, such as the appropriate metrics for assessing the performance and fairness of the market structure, particularly in light of the extraordinary price volatility of May 6.",
        due=None,
        vague=False,
        said="2010-05-21 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_SEC10,
        published="2010-05-21",
    ),
    # U.S. Securities and Exchange Commission (Federal Register notice 'Proxy Voting Roundtable', FR Doc 2015-03509, '[Federal Register Volume 80, Number 34 (Friday, February 20, 2015)]' in its head, on gpo.gov; public domain); zone America/New_York (EST); no hour given, said Friday 20 February 2015 10:00 EST. The summary sentences before this one carry no time word; the seating sentence carries none and the webcast sentence is cut off. The notice appeared the day after the date it gives: a clock range on a date, its later end (CONVENTIONS 3.1, 6.1), 21 hours before the moment of speaking, not more than a day (the docstring's 'past' threshold). unsure: a careful reader could call the day gone when the words were published, past [local due 2015-02-19 13:00:00 EST]
    B(
        text="The roundtable discussion will be held in the multi-purpose room of the Securities and Exchange Commission headquarters at 100 F Street NE., Washington, DC, on February 19, 2015 from 9:30 a.m. to approximately 1:00 p.m.",
        due="2015-02-19 18:00:00",
        vague=False,
        said="2015-02-20 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_SEC15,
        published="2015-02-20",
    ),
    # U.S. Securities and Exchange Commission (Sunshine Act Meetings notice on sec.gov, 'Dated: August 13, 2019' at its foot; public domain); zone America/New_York (EDT); no hour given, said Tuesday 13 August 2019 10:00 EDT. The field labels ('TIME AND DATE:', 'STATUS:') are left out of the quotes; 'PLACE: ...', the seating and security sentences, the agenda items (no time word; their years name Acts), 'At times, ...' (general), the contact line and the date line are not taken. A meeting at a clock time on a date (CONVENTIONS 3.1) [local due 2019-08-21 10:00:00 EDT]
    B(
        text="Notice is hereby given, pursuant to the provisions of the Government in the Sunshine Act, Pub. L. 94-409, the Securities and Exchange Commission will hold an Open Meeting on Wednesday, August 21, 2019 at 10:00 a.m.",
        due="2019-08-21 14:00:00",
        vague=False,
        said="2019-08-13 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SEC19,
        published="2019-08-13",
    ),
    # a clock time with no day of its own: its first occurrence after the moment of speaking (CONVENTIONS 6.3), 10:00 ET on 14 August, as the moment of speaking is itself 10:00 ET on 13 August; page: 21 August 2019 10:00 EDT. unsure: a careful reader could take the moment of speaking itself, 2019-08-13 14:00:00 UTC, the time not being after it [local due 2019-08-14 10:00:00 EDT]
    B(
        text="This meeting will begin at 10:00 a.m. (ET) and will be open to the public.",
        due="2019-08-14 14:00:00",
        vague=False,
        said="2019-08-13 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SEC19,
        published="2019-08-13",
    ),
    # U.S. Securities and Exchange Commission (Federal Register notice 'Sunshine Act Meetings', FR Doc 06-7728, '[Federal Register: September 15, 2006 (Volume 71, Number 179)]' in its head, on the UNT End of Term archive copy of edocket.access.gpo.gov; public domain); zone America/New_York (EDT); no hour given, said Friday 15 September 2006 10:00 EDT. The attendance, certification and duty-officer sentences (no time word) and the oral-argument paragraph after the colon are not taken. Meetings 'during the week of September 18, 2006': that week ends on Sunday 24 September (weeks run Monday to Sunday, the docstring); the sentence ends in a colon but is whole [local due 2006-09-24 23:59:59 EDT]
    B(
        text="Notice is hereby given, pursuant to the provisions of the Government in the Sunshine Act, Pub. L. 94-409, that the Securities and Exchange Commission will hold the following meetings during the week of September 18, 2006:",
        due="2006-09-25 03:59:59",
        vague=False,
        said="2006-09-15 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_SEC06,
        published="2006-09-15",
    ),
    # a schedule of meetings on three days: the latest time, Friday 22 September 2:30 p.m. (CONVENTIONS 6.1) [local due 2006-09-22 14:30:00 EDT]
    B(
        text="An Open Meeting will be held on Wednesday, September 20, 2006 at 10 a.m. in the Auditorium, Room LL-002 and Closed Meetings will be held on Wednesday, September 20, 2006 at 11 a.m., Thursday, September 21, 2006 at 2 p.m. and Friday, September 22, 2006 at 2:30 p.m.",
        due="2006-09-22 18:30:00",
        vague=False,
        said="2006-09-15 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_SEC06,
        published="2006-09-15",
    ),
    # a meeting scheduled for a date, with no hour in this sentence: the end of that day (CONVENTIONS 3.1, 6.3); the sentence ends in a colon but is whole [local due 2006-09-20 23:59:59 EDT]
    B(
        text="The subject matter of the Open Meeting scheduled for Wednesday, September 20, 2006 will be:",
        due="2006-09-21 03:59:59",
        vague=False,
        said="2006-09-15 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_SEC06,
        published="2006-09-15",
    ),
    # U.S. Department of the Treasury (press release po496 'Treasury to Issue Four-Week Bills', marked '(Archived Content)', on home.treasury.gov; public domain); zone America/New_York (EDT). The stored page prints no date; it is read as Monday 23 July 2001, the day an Associated Press report printed by the Los Angeles Times on 24 July 2001 says the Treasury 'said Monday' that the new bill would be sold from July 31 (the page's own words agree: the first announcement is still ahead on Monday 30 July); no hour given, said 10:00 EDT. Only this page's dated sentences depend little on that choice. The sentences whose only time words are general or name a security ('Regular weekly offerings of 4-week bills will help ...', 'The 4-week bills will be offered in addition to regular weekly auctions ...', 'Minimum bid amounts ...') and those without one are not taken. 'today' is on the verb of announcing and 'plans to begin' has no time of its own: due None, no refusal word (CONVENTIONS 2.2)
    B(
        text="Treasury announced today that it plans to begin regular weekly offerings of 4-week bills.",
        due=None,
        vague=False,
        said="2001-07-23 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_TREAS01,
        published="2001-07-23",
    ),
    # three dated steps: the latest, settlement on Thursday 2 August, a day with no hour (CONVENTIONS 6.1) [local due 2001-08-02 23:59:59 EDT]
    B(
        text="The announcement for the first auction will be on Monday, July 30, 2001 at 11:30 a.m. for an auction on Tuesday, July 31, 2001 at 1:00 p.m., with settlement on Thursday, August 2.",
        due="2001-08-03 03:59:59",
        vague=False,
        said="2001-07-23 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_TREAS01,
        published="2001-07-23",
    ),
    # a standing weekly schedule: recurring (CONVENTIONS 1.3)
    B(
        text="Subsequent announcements for 4-week bills will be on Mondays at 11:30 a.m.",
        due=None,
        vague=False,
        said="2001-07-23 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_TREAS01,
        published="2001-07-23",
    ),
    # a standing weekly schedule: recurring (CONVENTIONS 1.3)
    B(
        text="Auctions will take place on Tuesdays.",
        due=None,
        vague=False,
        said="2001-07-23 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_TREAS01,
        published="2001-07-23",
    ),
    # settlement each week on the Thursday after each auction: recurring (CONVENTIONS 1.3)
    B(
        text="Settlement will be on the same day as for the other regular weekly bills, the Thursday following each auction.",
        due=None,
        vague=False,
        said="2001-07-23 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_TREAS01,
        published="2001-07-23",
    ),
    # Legal Aid Agency (news story 'Civil news: next steps for 2018 civil contracts tender process' on gov.uk, dated 2018-03-20 in the stored page's head; Open Government Licence); zone Europe/London (GMT); no hour given, said Tuesday 20 March 2018 10:00 GMT. The list of categories and the question headings ('How will these notifications ...?', 'When will services ...?', 'How long will the contracts last?') are not taken, nor 'For completeness, ...' (no time word). Closings and a notification gone by: past
    B(
        text="This follows the closure of tenders for face to face contracts on 10 November 2017 and the notification in January 2018 of those who were successful in bidding for face to face contracts in the Housing and Debt categories.",
        due=None,
        vague=False,
        said="2018-03-20 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_LAA18M,
        published="2018-03-20",
    ),
    # 'in due course' as the publisher's own undertaking: vague, 60 days (CONVENTIONS 5.1) [local due 2018-05-19 23:59:59 BST]
    B(
        text="Those organisations taking part in the procurement process for the Housing Possession Court Duty Scheme (HPCDS) contracts will be notified of the outcome in due course.",
        due="2018-05-19 22:59:59",
        vague=True,
        said="2018-03-20 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_LAA18M,
        published="2018-03-20",
    ),
    # writing 'from week commencing 19 March 2018', an activity given only its start: earliest that Monday (CONVENTIONS 3.2). unsure: a careful reader could take the week as the time of the act, due at its end, Sunday 25 March 2018 23:59:59 BST (2018-03-25 22:59:59 UTC)
    B(
        text="The LAA will formally write to each affected organisation via the e-Tendering system, advising them of the status of their tenders, from week commencing 19 March 2018.",
        due=None,
        vague=False,
        said="2018-03-20 10:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2018-03-19 00:00:00",
        cluster=5,
        source=_LAA18M,
        published="2018-03-20",
    ),
    # 'We anticipate' is the publisher's own expectation, dated (CONVENTIONS 4.3, last paragraph): by Friday 30 March, after the clocks change on 25 March [local due 2018-03-30 23:59:59 BST]
    B(
        text="We anticipate that most notifications will have been sent out by Friday 30 March.",
        due="2018-03-30 22:59:59",
        vague=False,
        said="2018-03-20 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_LAA18M,
        published="2018-03-20",
    ),
    # notification is expected 'by 3 April'; applicants are told what to do if it has not come. unsure: a careful reader could take the date as only the condition of the applicants' step and give due None [local due 2018-04-03 23:59:59 BST]
    B(
        text="Applicants who have bid for face to face contracts and have not received notification by 3 April should contact the LAA through the e-Tendering system message board.",
        due="2018-04-03 22:59:59",
        vague=False,
        said="2018-03-20 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_LAA18M,
        published="2018-03-20",
    ),
    # services under new contracts 'will begin on 1 September 2018': the new contracts taking effect that day (CONVENTIONS 3.1, 3.1a). unsure: a careful reader could read an activity given only its start, earliest 2018-09-01 (CONVENTIONS 3.2) [local due 2018-09-01 23:59:59 BST]
    B(
        text="Services under new face to face contracts will begin on 1 September 2018.",
        due="2018-09-01 22:59:59",
        vague=False,
        said="2018-03-20 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_LAA18M,
        published="2018-03-20",
    ),
    # two starts, the later counts (CONVENTIONS 6.1, 6.2), read as the previous sentence (CONVENTIONS 3.1) [local due 2018-10-01 23:59:59 BST]
    B(
        text="Services under new Civil Legal Advice (specialist telephone advice) contracts will also begin from 1 September 2018, and services under new Housing Possession Court Duty Scheme contracts will begin from 1 October 2018.",
        due="2018-10-01 22:59:59",
        vague=False,
        said="2018-03-20 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_LAA18M,
        published="2018-03-20",
    ),
    # contracts kept running 'until 31 August 2021' (CONVENTIONS 3.3); the option to extend is no undertaking [local due 2021-08-31 23:59:59 BST]
    B(
        text="Each contract will initially run until 31 August 2021, with an option for the LAA to extend for up to a further 2 years.",
        due="2021-08-31 22:59:59",
        vague=False,
        said="2018-03-20 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_LAA18M,
        published="2018-03-20",
    ),
    # Legal Aid Agency (news story 'Civil news: next steps in 2018 civil contracts tender process' on gov.uk, dated 2018-01-04 in the stored page's head; Open Government Licence); zone Europe/London (GMT); no hour given, said Thursday 4 January 2018 10:00 GMT. The bullet list and question headings are not taken. Three sentences of this page that repeat another page of the publisher nearly word for word ('Applicants bidding for face to face housing and debt contracts who have not been notified by 10 January ...', 'Services under new face to face and CLA contracts will begin on 1 September 2018.', 'Housing Possession Court Duty Scheme (HPCDS) contracts will follow on 1 October 2018.') and the contract-length sentence were left out, to hold the publisher at a fifth of the set. Contacting organisations 'from 4 January 2018', an activity given only its start: earliest (CONVENTIONS 3.2)
    B(
        text="We are contacting organisations from 4 January 2018 with updates and guidance on next steps about their bids for 2018 civil contracts work.",
        due=None,
        vague=False,
        said="2018-01-04 10:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2018-01-04 00:00:00",
        cluster=5,
        source=_LAA18J,
        published="2018-01-04",
    ),
    # a closure gone by: past
    B(
        text="This follows the closure of tenders for Civil Legal Advice (CLA) and face to face contracts on 10 November 2017.",
        due=None,
        vague=False,
        said="2018-01-04 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_LAA18J,
        published="2018-01-04",
    ),
    # 'in due course' as the publisher's own undertaking: vague, 60 days (CONVENTIONS 5.1) [local due 2018-03-05 23:59:59 GMT]
    B(
        text="Notifications for the remaining categories will follow in due course.",
        due="2018-03-05 23:59:59",
        vague=True,
        said="2018-01-04 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_LAA18J,
        published="2018-01-04",
    ),
    # 'in the week beginning 2 January 2018' (a Tuesday): the week the act falls in, due at its end, Sunday 7 January (the docstring: weeks end on Sunday) [local due 2018-01-07 23:59:59 GMT]
    B(
        text="We will formally write to each affected organisation using the e-Tendering system, advising them of the status of their tenders, in the week beginning 2 January 2018.",
        due="2018-01-07 23:59:59",
        vague=False,
        said="2018-01-04 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_LAA18J,
        published="2018-01-04",
    ),
    # 'We anticipate' is the publisher's own expectation, dated (CONVENTIONS 4.3, last paragraph) [local due 2018-01-10 23:59:59 GMT]
    B(
        text="We anticipate that all notifications will have been sent out by Wednesday 10 January 2018.",
        due="2018-01-10 23:59:59",
        vague=False,
        said="2018-01-04 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_LAA18J,
        published="2018-01-04",
    ),
    # 'in March 2018': the end of the month, after the clocks change on 25 March [local due 2018-03-31 23:59:59 BST]
    B(
        text="We will notify applicants who have bid for other face to face categories of law in March 2018.",
        due="2018-03-31 22:59:59",
        vague=False,
        said="2018-01-04 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_LAA18J,
        published="2018-01-04",
    ),
    # Education and Skills Funding Agency (correspondence 'ESFA Update academies: 12 December 2018' on gov.uk, 'Published 12 December 2018' under its title; Open Government Licence); zone Europe/London (GMT); no hour given, said Wednesday 12 December 2018 10:00 GMT. Numbered item headings, 'Please submit your return now ...' and the sentences without a time word are not taken; 'This update reflects the third of four payment instalments due in 2018 to 2019.' is not taken (its only time word names the financial year of the instalments); the last item is cut off. A deadline gone by: past
    B(
        text="The submission deadline for the school workforce census was Friday 7 December 2018.",
        due=None,
        vague=False,
        said="2018-12-12 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ESFA18,
        published="2018-12-12",
    ),
    # a deadline on a date [local due 2018-12-31 23:59:59 GMT]
    B(
        text="The deadline to submit your trust’s financial statements using the accounts submission coversheet is Monday 31 December 2018.",
        due="2018-12-31 23:59:59",
        vague=False,
        said="2018-12-12 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_ESFA18,
        published="2018-12-12",
    ),
    # a deadline on a date [local due 2019-01-21 23:59:59 GMT]
    B(
        text="The deadline for your external auditors to submit your trust’s accounts return is Monday 21 January 2019.",
        due="2019-01-21 23:59:59",
        vague=False,
        said="2018-12-12 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_ESFA18,
        published="2018-12-12",
    ),
    # a request that the reader act 'as soon as possible': nobody undertakes the time, due None, no refusal word (CONVENTIONS 4.3). unsure: a careful reader could read the agency fixing a vague time, 60 days (CONVENTIONS 5.1), 2019-02-10 23:59:59 UTC
    B(
        text="If you have not already completed the external auditors’ details section, please do as soon as possible.",
        due=None,
        vague=False,
        said="2018-12-12 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ESFA18,
        published="2018-12-12",
    ),
    # the letters are written (told as done); the academic year names the funding: past
    B(
        text="We have written to post-16 institutions explaining funding for the academic year 2019 to 2020.",
        due=None,
        vague=False,
        said="2018-12-12 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ESFA18,
        published="2018-12-12",
    ),
    # a yearly habit: recurring (CONVENTIONS 1.3)
    B(
        text="Each year ESFA writes to 16 to 19 institutions to provide information on the funding of education and training for young people for the next academic year.",
        due=None,
        vague=False,
        said="2018-12-12 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_ESFA18,
        published="2018-12-12",
    ),
    # a month gone, told as done: past
    B(
        text="In November 2018, ESFA brought together separate 16 to 19 and 19+ allocations, funding and contracting teams within the further education (FE) directorate into a new post-16 funding centre.",
        due=None,
        vague=False,
        said="2018-12-12 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ESFA18,
        published="2018-12-12",
    ),
    # 'this year' in a present state with nothing ahead: no deadline, due None, no refusal word. unsure: a careful reader could call the single letter, already sent, past
    B(
        text="Therefore, this year there is a single letter with 2 annexes containing details for the 2 different funding streams.",
        due=None,
        vague=False,
        said="2018-12-12 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ESFA18,
        published="2018-12-12",
    ),
    # Education and Skills Funding Agency (correspondence 'ESFA Update academies: 9 October 2024' on gov.uk, 'Published 9 October 2024' under its title; Open Government Licence); zone Europe/London (BST until 27 October 2024, then GMT); no hour given, said Wednesday 9 October 2024 10:00 BST. The numbered item headings are not taken, nor the sentences whose only time words name an academic year of funding or places ('You must submit a digital form ... for the academic year 2023 to 2024.', 'Failure to submit a report ...', 'Schools and colleges should contact ...', 'In most cases, ...', 'We have also published the spring 2024 census data ...', 'You can use this to inform ...') or that carry none. A clock time on a date [local due 2024-10-11 17:00:00 BST]
    B(
        text="You must submit the form by 5pm on Friday 11 October 2024.",
        due="2024-10-11 16:00:00",
        vague=False,
        said="2024-10-09 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_ESFA24,
        published="2024-10-09",
    ),
    # a process kept open 'until Friday 8 November 2024' (CONVENTIONS 3.3), after the clocks change [local due 2024-11-08 23:59:59 GMT]
    B(
        text="The high needs place change notification process for 2025 to 2026 is now open until Friday 8 November 2024.",
        due="2024-11-08 23:59:59",
        vague=False,
        said="2024-10-09 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_ESFA24,
        published="2024-10-09",
    ),
    # a window that opens at a time, a one-off event (CONVENTIONS 3.1, 'the road will reopen at 12:01 a.m. on Monday') [local due 2024-10-22 09:00:00 BST]
    B(
        text="The final funding claim window will open at 9am on Tuesday 22 October 2024.",
        due="2024-10-22 08:00:00",
        vague=False,
        said="2024-10-09 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_ESFA24,
        published="2024-10-09",
    ),
    # a clock time on a date, set by the agency as the deadline [local due 2024-10-25 17:00:00 BST]
    B(
        text="Submit your final funding claim by 5pm on Friday 25 October 2024.",
        due="2024-10-25 16:00:00",
        vague=False,
        said="2024-10-09 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_ESFA24,
        published="2024-10-09",
    ),
    # Skills Funding Agency (correspondence 'Update: issue 345 (8 February 2017)' on gov.uk, dated in its title; Open Government Licence); zone Europe/London (GMT); no hour given, said Wednesday 8 February 2017 10:00 GMT. The withdrawal notice, the item headings, the 'Action' labels and the sentences whose only time words name a funding year or a data return ('You must add your forecasts for the remainder of the 2016 to 2017 funding year.', 'The value of actual data submitted at R06, ...') or are general ('each time') are not taken. Two times: the form is available now and closes at 4pm on Friday 10 February, the later counts (CONVENTIONS 6.1) [local due 2017-02-10 16:00:00 GMT]
    B(
        text="The 2016 to 2017 mid-year claim form is now available on the Hub and will close at 4pm this Friday, 10 February.",
        due="2017-02-10 16:00:00",
        vague=False,
        said="2017-02-08 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_SFA345,
        published="2017-02-08",
    ),
    # 'before the deadline of 5pm on 27 February 2017': the deadline is a clock instant (CONVENTIONS 3.5 reads periods; this names the instant itself) [local due 2017-02-27 17:00:00 GMT]
    B(
        text="Providers intending to submit an application are encouraged to respond to the invitation to tender as early as possible, to ensure you submit before the deadline of 5pm on 27 February 2017.",
        due="2017-02-27 17:00:00",
        vague=False,
        said="2017-02-08 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_SFA345,
        published="2017-02-08",
    ),
    # 'the deadline' is not dated in this sentence: event (CONVENTIONS 5.2, 6.3)
    B(
        text="You can submit partial bids while the procurement is open, but you must fully complete all of the responses before the deadline.",
        due=None,
        vague=False,
        said="2017-02-08 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_SFA345,
        published="2017-02-08",
    ),
    # a programme closed on a date, one-off (CONVENTIONS 3.1); '1 January 2016' only names which apprentices [local due 2017-03-06 23:59:59 GMT]
    B(
        text="On 6 March, following the R07 submission, the AGE programme for apprentices with a start date before 1 January 2016 will be closed.",
        due="2017-03-06 23:59:59",
        vague=False,
        said="2017-02-08 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_SFA345,
        published="2017-02-08",
    ),
    # a date set by the agency for queries to be resolved [local due 2017-03-06 23:59:59 GMT]
    B(
        text="Providers should check and ensure that all payment or recovery queries relating to this period are resolved by 6 March 2017.",
        due="2017-03-06 23:59:59",
        vague=False,
        said="2017-02-08 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_SFA345,
        published="2017-02-08",
    ),
    # Skills Funding Agency (correspondence 'Update: issue 347 (22 February 2017)' on gov.uk, dated in its title; Open Government Licence); zone Europe/London (GMT; BST from 26 March 2017); no hour given, said Wednesday 22 February 2017 10:00 GMT. The withdrawal notice, the item headings, the sentences without a time word and those whose only time words name funding years are not taken; 'The frameworks included in this proposal ...' is cut off. A one-off closing at a clock time on a date (CONVENTIONS 3.1) [local due 2017-02-27 17:00:00 GMT]
    B(
        text="The competitive procurement exercise for the adult education budget closes at 5pm on Monday 27 February 2017.",
        due="2017-02-27 17:00:00",
        vague=False,
        said="2017-02-22 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_SFA347,
        published="2017-02-22",
    ),
    # 'for one year only' counts from a contract this sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="This will be a run-down contract and for one year only.",
        due=None,
        vague=False,
        said="2017-02-22 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_SFA347,
        published="2017-02-22",
    ),
    # 'the deadline' is not dated in this sentence: event (CONVENTIONS 5.2, 6.3)
    B(
        text="Please submit your application before the deadline as we cannot accept late submissions.",
        due=None,
        vague=False,
        said="2017-02-22 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_SFA347,
        published="2017-02-22",
    ),
    # open now and closing at 5pm on 5 April 2017: the later time counts (CONVENTIONS 6.1), in BST [local due 2017-04-05 17:00:00 BST]
    B(
        text="The proposal is now open, and will close at 5pm on 5 April 2017.",
        due="2017-04-05 16:00:00",
        vague=False,
        said="2017-02-22 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_SFA347,
        published="2017-02-22",
    ),
    # Education Funding Agency (guidance 'EFA e-bulletin for academies: 30 April 2014' on gov.uk; Open Government Licence); zone Europe/London (BST); the bulletin is dated 30 April 2014 in its title (GOV.UK prints 'Published 1 May 2014', the day it was posted there); it is read as written, Wednesday 30 April 2014, no hour given, 10:00 BST (on 1 May the labels below would be the same). Item headings, 'The full list of successful academies ...', 'There are 2 guides ...' and the item cut off at the end are not taken, nor 'The Department for Education is seeking views about how ... in the 2015 to 2016 financial year.' (its only year names the savings' year). A round told as done: past
    B(
        text="The ACMF 2014 to 2015 round 1 was open to academies to apply for up to 2 projects to tackle building condition or to expand facilities.",
        due=None,
        vague=False,
        said="2014-04-30 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EFA14,
        published="2014-04-30",
    ),
    # awards made, the years only name the money's years: past
    B(
        text="Following the assessment and moderation process, 1,388 projects at 1,134 academies have been awarded approximately £393 million (£363 million in 2014 to 2015 and £30 million in 2015 to 2016).",
        due=None,
        vague=False,
        said="2014-04-30 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EFA14,
        published="2014-04-30",
    ),
    # a one-off payment on a date; '2013 to 2014 academic year' names the grant's year [local due 2014-05-01 23:59:59 BST]
    B(
        text="EFA will issue the second of 2 payments for the primary PE and sport grant for the 2013 to 2014 academic year on 1 May.",
        due="2014-05-01 22:59:59",
        vague=False,
        said="2014-04-30 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_EFA14,
        published="2014-04-30",
    ),
    # a payment on a date; 'since September 2013' is only the condition, gone [local due 2014-05-01 23:59:59 BST]
    B(
        text="If you have not yet received any payment and have grown and added new year groups since September 2013, you will receive your full 2013 to 2014 allocation on 1 May.",
        due="2014-05-01 22:59:59",
        vague=False,
        said="2014-04-30 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_EFA14,
        published="2014-04-30",
    ),
    # a consultation kept open 'until 19 June 2014' (CONVENTIONS 3.3) [local due 2014-06-19 23:59:59 BST]
    B(
        text="The consultation is open until 19 June 2014.",
        due="2014-06-19 22:59:59",
        vague=False,
        said="2014-04-30 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_EFA14,
        published="2014-04-30",
    ),
    # the present with a coming day, a launch told as going to happen (CONVENTIONS 3.1) [local due 2014-05-01 23:59:59 BST]
    B(
        text="On Thursday 1 May the Department for Education is launching simplifying the administration of academies funding.",
        due="2014-05-01 22:59:59",
        vague=False,
        said="2014-04-30 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_EFA14,
        published="2014-04-30",
    ),
    # what a consultation puts forward for agreement: a proposal, due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="This is a consultation on converting non-recoupment academies to recoupment academies and amending the funding of local authorities for pupils in free schools from 2015 to 2016.",
        due=None,
        vague=False,
        said="2014-04-30 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_EFA14,
        published="2014-04-30",
    ),
    # Education Funding Agency (correspondence 'EFA e-bulletin for academies: 22 January 2015' on gov.uk, 'Published 22 January 2015' under its title; Open Government Licence); zone Europe/London (GMT); no hour given, said Thursday 22 January 2015 10:00 GMT. Item headings and the sentences without a time word are not taken. A deadline on a date (a Saturday) [local due 2015-01-31 23:59:59 GMT]
    B(
        text="The deadline for academy trusts to submit their August accounts return is 31 January 2015.",
        due="2015-01-31 23:59:59",
        vague=False,
        said="2015-01-22 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_EFA15J,
        published="2015-01-22",
    ),
    # a statement that follows an undated order: event (CONVENTIONS 5.2)
    B(
        text="Schools who are preparing to open as academies will receive a draft funding statement from EFA after their academy order has been granted.",
        due=None,
        vague=False,
        said="2015-01-22 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_EFA15J,
        published="2015-01-22",
    ),
    # a report published, the dates name its period: past
    B(
        text="EFA has published its annual report and accounts for the period April 2013 to March 2014 on GOV.UK.",
        due=None,
        vague=False,
        said="2015-01-22 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EFA15J,
        published="2015-01-22",
    ),
    # Education Funding Agency (correspondence 'EFA e-bulletin for academies: 26 February 2015' on gov.uk, 'Published 26 February 2015' under its title; Open Government Licence); zone Europe/London (GMT; BST from 29 March 2015); no hour given, said Thursday 26 February 2015 10:00 GMT. Item headings, the sentences whose only time word is 'now' or that name an allocation year ('... has begun issuing the 2015 to 2016 final allocations ...') and those without one are not taken. 'before the end of March': at the end of March (CONVENTIONS 3.5) [local due 2015-03-31 23:59:59 BST]
    B(
        text="All open academies and free schools will be sent their allocations before the end of March.",
        due="2015-03-31 22:59:59",
        vague=False,
        said="2015-02-26 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_EFA15F,
        published="2015-02-26",
    ),
    # 'over the next few weeks': the docstring's 'a few weeks', vague, 4 weeks [local due 2015-03-26 23:59:59 GMT]
    B(
        text="Further modules will be added over the next few weeks.",
        due="2015-03-26 23:59:59",
        vague=True,
        said="2015-02-26 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_EFA15F,
        published="2015-02-26",
    ),
    # Standards and Testing Agency (news story 'Change of date for key stage 2 English reading test' on gov.uk, dated 2018-04-17 in the stored page's head; Open Government Licence); zone Europe/London (BST); no hour given, said Tuesday 17 April 2018 10:00 BST. The title, the heading 'Key stage 2 test timetable' and the table rows are not taken. The summary line: the tests 'in May this year', a one-off event told as going to happen, due at the end of May 2018 (CONVENTIONS 3.1) [local due 2018-05-31 23:59:59 BST]
    B(
        text="Primary school teachers are reminded of the change to the order of key stage 2 (KS2) national curriculum tests (commonly called SATs) in May this year.",
        due="2018-05-31 22:59:59",
        vague=False,
        said="2018-04-17 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_STA18,
        published="2018-04-17",
    ),
    # 'In autumn last year' is on the verb of announcing (CONVENTIONS 2.2); 'Tuesday of test week' hangs on a week this sentence does not date: event. unsure: a careful reader could call the whole told as done, past
    B(
        text="In autumn last year, we announced that the key stage 2 English reading test would be administered on Tuesday of test week, not Monday as in previous years.",
        due=None,
        vague=False,
        said="2018-04-17 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_STA18,
        published="2018-04-17",
    ),
    # a consultation of 2017, told as done: past
    B(
        text="This was in response to views expressed about the order of the tests from headteachers and teachers during the 2017 primary assessment consultation.",
        due=None,
        vague=False,
        said="2018-04-17 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_STA18,
        published="2018-04-17",
    ),
    # a request to share the message; 'this year' names the tests: nobody undertakes a time, due None, no refusal word (CONVENTIONS 4.3). unsure: a careful reader could date the tests of this year, 2018-12-31 23:59:59 UTC
    B(
        text="As you are aware, opening test packs early on the wrong day can lead to maladministration investigations, so please share this message with any colleagues involved in the administration of the KS2 tests this year.",
        due=None,
        vague=False,
        said="2018-04-17 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_STA18,
        published="2018-04-17",
    ),
)
