"""A HUNDRED-AND-TWENTIETH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-05 (UTC), in the evening (the machine's clock read 18:31 at the start
and about 18:40 when the labels were written), by a labelling helper (branch issue12l120-s49) that
neither changed, imported nor ran the parser, working at the same time as other labellers of stop 49,
whose claims in the shared claims file were treated as used and whose files and README sections were
not opened. It read `CONVENTIONS.md` in full (rules 3.1a and 6.4 among them), the docstring, comments,
some cases and README section of `blind_fresh116.py`, and nothing of `bot/core/deadlines/` but what
`blind_fresh116.py` and `CONVENTIONS.md` say of its top docstring (the vague windows, "early / mid /
late" as thirds of a period, weeks running Monday to Sunday, a range falling due at its later end). The
brief asked for the UK Parliament (Open Parliament Licence), the Scottish Government (OGL), UK agencies
on gov.uk under the OGL (Met Office, Environment Agency, National Highways, DVLA, HMRC, Ofwat, ORR,
ONS), Statistics Canada (Open Licence), Irish Revenue and Citizens Information (CC BY 4.0) and at most
a quarter from US federal agencies (NOAA/NWS, FAA, USCG, NPS); at least eight publishers, none above a
fifth of the cases.

The set quotes three House of Lords Business papers (23 May 2016, 14 July 2016, 1 March 2017), the
Citizens Information 'What's New' listing (page 6: items of 22 and 30 December 2020 and early January
2021) and a Citizens Information Board news item of 8 July 2025, Statistics Canada (a Labour Force
Survey release of 27 March 2020 carried by newswire.ca, a 2021 Census of Agriculture resource page on
census.gc.ca and the 2017 content-consultation page), a NOAA media advisory of August 2017 (a copy on
noaa.dev.woc.noaa.gov), the Office for National Statistics (the statement 'Census 2021 and
coronavirus' and its 2020 letter to the Public Administration and Constitutional Affairs Committee,
published on the UK Statistics Authority's site), Revenue (press releases of 25 April 2024 and 25 June
2020, the Chairman's centenary address of 21 February 2023) and the Scottish Government (the archived
National Performance Framework page on www2.gov.scot): 83 cases from 7 publishers (Revenue 16; the
Office for National Statistics 15; Statistics Canada 14; the UK Parliament 13; Citizens Information 13;
NOAA 7; the Scottish Government 5). Fewer than the eight publishers asked for: the
Met Office, National Park Service and Environment Agency pages found fresh were left out because
their own licence statement could not be found in the time (README.md lists them). 7 of the 83 (8.4%)
are from the United States (NOAA); 76 are not.

Every sentence quoted holds a time word of some kind (a date, a clock time, a day word, a part of the
day, a period, a span, a year, "now", "current", "recent", "previous", "already", "always", "when",
"date", "at this time"); the sentences of the openings read that hold none were skipped, as were
titles, headings, date and status lines, datelines, navigation and sentences cut off by the end of an
opening. "ongoing", "long-term", "short-term" and "still" were not taken as time words. Order-paper
lines, table rows of the Citizens Information item, a NOAA advisory line and lines ending in a colon
were taken as they stand; line breaks inside a sentence were read as spaces and no word was changed
(the straight closing quotation mark of the Statistics Canada quotation, "Today, (25/04/2024)," and
the daggers of the order papers stay as the pages have them). The sentences were found with a search
over stored copies of public pages and taken as they came in the openings the search returns, in page
order; Revenue's centenary address was cut after three sentences so that no publisher holds more than
a fifth of the set.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was
checked with the lead's `fresh_check.py` (the address and a distinctive phrase of the page) and
claimed (`fresh120`) in `/work/helper-brief/claims.txt` before its quotes were kept; many pages were
found used and dropped (README.md lists them). Every sentence was then checked whole with the same
tool (skipping this file); the order-paper line 'Grand Committee in the Moses Room at 3.45pm' was found
used (stock wording) and dropped. Each label was worked out by hand from the words, the publication
date and the publisher's zone (Europe/London for the UK Parliament, the ONS and the Scottish
Government, Europe/Dublin for Revenue and Citizens Information, America/Toronto for Statistics
Canada, America/New_York for NOAA); the conversion of local instants to UTC wall time, weekdays and day
counts were done with Python's zoneinfo and datetime in a scratch script outside the repository, never
with code of the project. No run of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the
tests touched these texts before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh116.py`: the publication date at 10:00 local time unless the page gives an hour (the
Chairman's address, 'Good afternoon', at 14:00), and where a page carries no date in its opening, the
one its words or other facts give (each page's first comment says which and why; no label depends on
an estimated day, since every due date quoted carries its year or its day from the words); a day falls
due at 23:59:59 local; a month at its last day's end; "the beginning of the summer" at the end of the
first third of June to August (marked unsure); a range or a list falls due at its later end
(CONVENTIONS 6.1, 6.2); a date of effect or an event on a day is due then (CONVENTIONS 3.1, 3.1a); a
stay until a date falls due then (CONVENTIONS 3.3); an activity or availability given only its start is
earliest (CONVENTIONS 3.2); done acts are past (CONVENTIONS 2.4); standing practices ("After every
census", "Before each census") are recurring and times hung on an undated event ("at the date when the
United Kingdom leaves the European Union", "Between now and the census period") event (CONVENTIONS
1.3); refusals have `due=None` and a `refusal` kind; a sentence whose time words set no time for any act
("when", "on what date", "recent", "current", "now", "a year", "for years to come", a year naming a
census) has `due=None` and no refusal word. No sentence holds nights of work (CONVENTIONS 6.4 decides
none) and none a vague word (CONVENTIONS 5.1 decides none). Clusters as in `blind_fresh116.py`: 1 no
time set, 2 clock times, 3 ranges and several dates, 4 parts of the day, periods and vague windows, 5
refusals, 6 plain days and dates. 33 labels are refusals (past 27, event 2, earliest 2, recurring
2), none is vague; 22 labels carry a due instant; 28 have due None and no refusal word; 11 are
marked "unsure" and name the other reading. Like every label here they stay as committed, whatever the first run
shows. First run: not yet taken (the lead runs it once, after merging, and records it in README.md).
Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_LD160523 = "https://publications.parliament.uk/pa/ld201617/minutes/160523/ldordpap.htm"
_LD160714 = "https://publications.parliament.uk/pa/ld201617/minutes/160714/ldordpap.htm"
_LD170301 = "https://publications.parliament.uk/pa/ld201617/minutes/170301/ldordpap.htm"
_CIWN6 = "https://whatsnew.citizensinformation.ie/page/6/"
_CIB50 = "https://www.citizensinformationboard.ie/en/news/2025/news20250708.html"
_STCLFS = "https://www.newswire.ca/news-releases/help-us-help-canadians-take-part-in-labour-force-survey-873506425.html"
_STCAGH = "https://census.gc.ca/resources-ressources/cst-tsc/agriculture/horizon-eng.htm"
_STCCONS = "https://www.statcan.gc.ca/eng/consultation/2017/cacc2021"
_NOAA17 = "https://noaa.dev.woc.noaa.gov/media-release/noaa-to-update-2017-atlantic-hurricane-season-outlook"
_ONSC21 = "https://www.ons.gov.uk/news/statementsandletters/census2021andcoronavirus"
_ONSLET = "https://uksa.statisticsauthority.gov.uk/submission/office-for-national-statistics-correspondence-to-the-public-administration-and-constitutional-affairs-committee-regarding-census-legislation-timetable/"
_REV24 = "https://www.revenue.ie/en/corporate/press-office/press-releases/2024/pr-042524-annual-report.aspx"
_REV20 = "https://www.revenue.ie/en/corporate/press-office/press-releases/2020/pr-250620-revenue-publishes-2019-annual-report.aspx"
_REVCODY = "https://www.revenue.ie/en/rev-100/centenary/chairman-cody.aspx"
_SGNPF = "https://www2.gov.scot/About/Performance/scotPerforms/NPFChanges"

FRESH120_CASES: tuple[BlindCase, ...] = (
    # UK Parliament, House of Lords Business (the order paper) for Monday 23 May 2016 (publications.parliament.uk); zone Europe/London, said at 10:00 local (BST): the paper gives the sitting's hour (2.30pm) but not its own. The third oral question (the first two hold no time word and were skipped); 'when' asks for a time and sets none: due None, no refusal word
    B(
        text="*Viscount Hanworth to ask Her Majesty’s Government what progress has been made in the assessment of the alternative design proposals for small modular nuclear reactors, and when those alternatives are likely to undergo their generic design assessments.",
        due=None,
        vague=False,
        said="2016-05-23 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_LD160523,
        published="2016-05-23",
    ),
    # the same page, the fourth oral question: 'previous' dates no act: due None, no refusal word
    B(
        text="*Baroness Ludford to ask Her Majesty’s Government what is their assessment of the reasons for the call by five previous Secretaries-General of NATO for the United Kingdom to remain a member of the European Union.",
        due=None,
        vague=False,
        said="2016-05-23 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_LD160523,
        published="2016-05-23",
    ),
    # the same page, the first of four motions moved en bloc (the line announcing them holds no time word): the committee is to report by 31 March 2017, due at the end of that day (BST began on 26 March 2017) [local due 2017-03-31 23:59:59 Europe/London]
    B(
        text="†Charities The Lord Privy Seal (Baroness Stowell of Beeston) to move that it is desirable that a Select Committee be appointed to consider issues related to sustaining the charity sector and the challenges of charity governance, and to make recommendations, and that the Committee do report by 31 March 2017.",
        due="2017-03-31 22:59:59",
        vague=False,
        said="2016-05-23 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_LD160523,
        published="2016-05-23",
    ),
    # the same page, the second motion: 'Licensing Act 2003' names an Act; the report is due by 31 March 2017, at the end of that day [local due 2017-03-31 23:59:59 Europe/London]
    B(
        text="Licensing Act 2003 The Lord Privy Seal (Baroness Stowell of Beeston) to move that it is desirable that a Select Committee be appointed to consider and report on the Licensing Act 2003, and that the Committee do report by 31 March 2017.",
        due="2017-03-31 22:59:59",
        vague=False,
        said="2016-05-23 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_LD160523,
        published="2016-05-23",
    ),
    # the same page, the third motion: report by 31 March 2017, due at the end of that day (the fourth motion is cut off by the end of the opening and was not taken) [local due 2017-03-31 23:59:59 Europe/London]
    B(
        text="†Financial Exclusion The Lord Privy Seal (Baroness Stowell of Beeston) to move that it is desirable that a Select Committee be appointed to consider financial exclusion and access to mainstream financial services, and to make recommendations, and that the Committee do report by 31 March 2017.",
        due="2017-03-31 22:59:59",
        vague=False,
        said="2016-05-23 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_LD160523,
        published="2016-05-23",
    ),
    # UK Parliament, House of Lords Business for Thursday 14 July 2016 (publications.parliament.uk); zone Europe/London, said at 10:00 local (BST), the paper giving only the sitting's hour (11.00am). The first oral question: 'recent' dates no act: due None, no refusal word
    B(
        text="*Baroness Massey of Darwen to ask Her Majesty’s Government what assessment they have made of the recent findings of the Girls’ Day School Trust survey on the impact of creative subjects in the school curriculum on pupils’ stress levels.",
        due=None,
        vague=False,
        said="2016-07-14 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_LD160714,
        published="2016-07-14",
    ),
    # the same page, the third oral question (the second holds no time word): the only time is the 2014 judgment, an act of the past: past (CONVENTIONS 2.4 by analogy, a done act)
    B(
        text="*Baroness Meacher to ask Her Majesty’s Government what assessment they have made of the constitutional implications of the Supreme Court’s 2014 judgment in the case of R (Nicklinson) v Ministry of Justice [2014] UKSC 38.",
        due=None,
        vague=False,
        said="2016-07-14 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_LD160714,
        published="2016-07-14",
    ),
    # the same page, the fourth oral question: 'recent' sets no time for the action asked about: due None, no refusal word
    B(
        text="*Baroness Boothroyd to ask Her Majesty’s Government what action they propose to take to deal with the recent increase in hate crimes and community tensions reported by National Police Chiefs Council.",
        due=None,
        vague=False,
        said="2016-07-14 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_LD160714,
        published="2016-07-14",
    ),
    # the same page: the motion is on today's business and the debates it limits are 'set down for today': the act falls on the day of the paper, due at its end (CONVENTIONS 2.1); the hours are limits of length with no start of their own. unsure: a careful reader could give None (the sentence sets time limits, not a deadline) [local due 2016-07-14 23:59:59 Europe/London]
    B(
        text="†Business of the House The Lord Privy Seal (Baroness Stowell of Beeston) to move that the debate on the motion in the name of Lord Bird set down for today shall be limited to 3 hours and that in the name of Lord Woolf to 2 hours.",
        due="2016-07-14 22:59:59",
        vague=False,
        said="2016-07-14 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_LD160714,
        published="2016-07-14",
    ),
    # the same page (the motion of Lord Bird before it holds no time word): the only time is 'the date when the United Kingdom leaves the European Union', an undated event: event (CONVENTIONS 1.3); the bracket '(Topical Question for Short Debate, 1 hour)' after the full stop was not quoted
    B(
        text="Lord Lucas to ask Her Majesty’s Government whether it is their policy that European Union citizens lawfully resident or working in the United Kingdom at the date when the United Kingdom leaves the European Union will have an unconditional right to remain in the United Kingdom.",
        due=None,
        vague=False,
        said="2016-07-14 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_LD160714,
        published="2016-07-14",
    ),
    # the same page (Lord Woolf's motion before it holds no time word): the one date is the laying on Monday 11 July, already done; the approval motion has no time of its own in the sentence: past
    B(
        text="Terrorism Act 2000 (Proscribed Organisations) (Amendment) (No. 2) Order 2016 Lord Ahmad of Wimbledon to move that the draft Order laid before the House on 11 July be approved.",
        due=None,
        vague=False,
        said="2016-07-14 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_LD160714,
        published="2016-07-14",
    ),
    # UK Parliament, House of Lords Business for Wednesday 1 March 2017 (publications.parliament.uk); zone Europe/London, said at 10:00 local (GMT), the paper giving only the sitting's hour (3.00pm). The first oral question: 2010 to 2014 is a span of the past: past
    B(
        text="*Lord Green of Deddington to ask Her Majesty’s Government what percentage of the change in the total number of households in the United Kingdom between 2010 and 2014 is attributed to households with a non-United Kingdom born household reference person.",
        due=None,
        vague=False,
        said="2017-03-01 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_LD170301,
        published="2017-03-01",
    ),
    # the same page, Future Business for Thursday 2 March (the heading line was skipped; Baroness Gardner's question before holds no time word; the line 'Grand Committee in the Moses Room at 3.45pm' before them was found used, stock wording, and dropped): 'on what date' asks for a time and sets none: due None, no refusal word
    B(
        text="*Lord Touhig to ask Her Majesty’s Government on what date the aircraft carrier HMS Queen Elizabeth will begin sea trials.",
        due=None,
        vague=False,
        said="2017-03-01 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_LD170301,
        published="2017-03-01",
    ),
    # Citizens Information (Citizens Information Board), What's New, page 6 of the listing (whatsnew.citizensinformation.ie); zone Europe/Dublin. The opening carries no dates of its own: this first item (after the heading 'Overpayments of tax for 2020', skipped) falls between the item below of 30 December 2020 and 15 January 2021; set to Monday 4 January 2021 at 10:00 local (GMT), no label of this item depending on it. A statement merely available from a date: earliest, 15 January 2021 at 00:00 (CONVENTIONS 3.2) [local earliest 2021-01-15 00:00:00 Europe/Dublin]
    B(
        text="Your Preliminary End of Year Statement from Revenue will be available in Revenue’s myAccount from 15 January 2021.",
        due=None,
        vague=False,
        said="2021-01-04 10:00:00",
        tz="Europe/Dublin",
        refusal="earliest",
        earliest="2021-01-15 00:00:00",
        cluster=5,
        source=_CIWN6,
        published="2021-01-04",
    ),
    # the same item: 'for 2020' names the tax year the statement covers and sets no time for any act: due None, no refusal word
    B(
        text="It tells you whether your tax position is balanced or if you have underpaid or overpaid tax for 2020.",
        due=None,
        vague=False,
        said="2021-01-04 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_CIWN6,
        published="2021-01-04",
    ),
    # the same item: 'during 2020' is the condition's period, not a time for the act: due None, no refusal word. unsure: a careful reader could call it past
    B(
        text="If you were on the Temporary Wage Subsidy Scheme (TWSS) or the COVID-19 Pandemic Unemployment Payment (PUP) during 2020 and have a tax underpayment, you can get more information about how you can repay.",
        due=None,
        vague=False,
        said="2021-01-04 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_CIWN6,
        published="2021-01-04",
    ),
    # the same page, the next item (its heading 'Ireland is moving to full level 5 restrictions until 31 January' was skipped); said on Wednesday 30 December 2020, the day the Government announced the move, at 10:00 local (GMT). Restrictions kept from one date until another: due at the end of the later, 31 January 2021 (CONVENTIONS 3.3, 3.4) [local due 2021-01-31 23:59:59 Europe/Dublin]
    B(
        text="The Government has announced that Ireland will move to full level 5 restrictions from 31 December 2020 until 31 January 2021.",
        due="2021-01-31 23:59:59",
        vague=False,
        said="2020-12-30 10:00:00",
        tz="Europe/Dublin",
        cluster=3,
        source=_CIWN6,
        published="2020-12-30",
    ),
    # the same item, a row of the table 'Changes from 31 December' (the row's label 'Retail' run into it on the page was left out; the heading was skipped): a restriction taking effect on 31 December, due that day (CONVENTIONS 3.1a), at its end since 'close of business' names no clock time. unsure: a careful reader could give the close of business (about 18:00) [local due 2020-12-31 23:59:59 Europe/Dublin]
    B(
        text="Essential retail only from close of business on 31 December",
        due="2020-12-31 23:59:59",
        vague=False,
        said="2020-12-30 10:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_CIWN6,
        published="2020-12-30",
    ),
    # the same table, the row for primary and secondary schools (label left out, as above; the rows before hold no time word): the reopening on Monday 11 January 2021 is a one-off event, due at the end of that day (CONVENTIONS 3.1) [local due 2021-01-11 23:59:59 Europe/Dublin]
    B(
        text="Re-open on 11 January",
        due="2021-01-11 23:59:59",
        vague=False,
        said="2020-12-30 10:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_CIWN6,
        published="2020-12-30",
    ),
    # the same table, the row for weddings (the row for work before holds no time word): two limits in turn; the later, the limit of 6 taking effect on 3 January 2021, counts (CONVENTIONS 3.1a, 6.2), due at the end of that day [local due 2021-01-03 23:59:59 Europe/Dublin]
    B(
        text="Maximum of 25 guests up to and including 2 January; maximum of 6 guests from 3 January",
        due="2021-01-03 23:59:59",
        vague=False,
        said="2020-12-30 10:00:00",
        tz="Europe/Dublin",
        cluster=3,
        source=_CIWN6,
        published="2020-12-30",
    ),
    # the same page, the next item (heading 'Ireland is moving to level 5 restrictions from 24 December' skipped; the funerals row before it holds no time word); said on Tuesday 22 December 2020, the day of the announcement, at 10:00 local (GMT). The decision is done but the restrictions run until 12 January 2021, a later time of their own: due at the end of that day (CONVENTIONS 2.3, 3.3). unsure: a careful reader could read the perfect 'has moved' as past (CONVENTIONS 2.4) [local due 2021-01-12 23:59:59 Europe/Dublin]
    B(
        text="Due to the rise in COVID-19 infections, the Government has moved Ireland to level 5 restrictions from midnight on 24 December 2020 until 12 January 2021.",
        due="2021-01-12 23:59:59",
        vague=False,
        said="2020-12-22 10:00:00",
        tz="Europe/Dublin",
        cluster=3,
        source=_CIWN6,
        published="2020-12-22",
    ),
    # the same item: arrangements kept over Christmas fall due at its end, read as Christmas Day 2020 (CONVENTIONS 3.3). unsure: a careful reader could take the Christmas period (to 6 January) or None; the next sentence is cut off by the end of the opening [local due 2020-12-25 23:59:59 Europe/Dublin]
    B(
        text="Some transitional arrangements apply over Christmas and there are some specific adjustments to level 5 restrictions.",
        due="2020-12-25 23:59:59",
        vague=False,
        said="2020-12-22 10:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_CIWN6,
        published="2020-12-22",
    ),
    # Citizens Information Board, news of Tuesday 8 July 2025 (citizensinformationboard.ie; the date is that of the registration's fiftieth anniversary and of the news address); zone Europe/Dublin, said at 10:00 local (IST). The present 'Today ... mark' is the act of the day: due at its end (CONVENTIONS 2.1). unsure: a careful reader could give None (an anniversary, no undertaking) or past (1975) [local due 2025-07-08 23:59:59 Europe/Dublin]
    B(
        text="Today, the Citizens Information Services mark 50 years since the first twenty-five Citizens Information Centres were officially registered on 8 July 1975.",
        due="2025-07-08 22:59:59",
        vague=False,
        said="2025-07-08 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_CIB50,
        published="2025-07-08",
    ),
    # the same page: 'Fifty years on' dates a present state, no act: due None, no refusal word
    B(
        text="Fifty years on, the network operates from more than 90 locations and is made up of eight regional Citizens Information Services and the Citizens Information Phone Service, which provide trusted information, advice and advocacy services to people nationwide.",
        due=None,
        vague=False,
        said="2025-07-08 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_CIB50,
        published="2025-07-08",
    ),
    # the same page: a count of the past year: past
    B(
        text="In 2024 alone, the CISs handled 767,168 queries.",
        due=None,
        vague=False,
        said="2025-07-08 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_CIB50,
        published="2025-07-08",
    ),
    # the same page (the services list before it holds no time word): the 1970s, past
    B(
        text="In the 1970s the National Social Service Council, in conjunction with local community groups throughout Ireland, identified the need for generalist information services to help “bridge the information gap between State services and the public.”",
        due=None,
        vague=False,
        said="2025-07-08 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_CIB50,
        published="2025-07-08",
    ),
    # Statistics Canada, news release of Friday 27 March 2020 carried by newswire.ca (CNW); zone America/Toronto, said at 10:00 local (EDT), the release giving no hour. The dateline and the two sentences before hold no time word of their own and were skipped; 'current' sets no time: due None, no refusal word
    B(
        text="This is even more important during difficult times like the current COVID crisis.",
        due=None,
        vague=False,
        said="2020-03-27 14:00:00",
        tz="America/Toronto",
        cluster=1,
        source=_STCLFS,
        published="2020-03-27",
    ),
    # the same page, the end of the Chief Statistician's quotation (the straight closing quotation mark stays as the page has it; the first sentence of the quotation holds no time word): 'already' and 'a few minutes' set no time for an act: due None, no refusal word
    B(
        text='We would like to thank all who have already taken part in this important survey and appreciate that the Canadians selected give a few minutes of their time, so we can all have the most accurate account of the situation", said the Chief Statistician of Canada, Anil Arora.',
        due=None,
        vague=False,
        said="2020-03-27 14:00:00",
        tz="America/Toronto",
        cluster=1,
        source=_STCLFS,
        published="2020-03-27",
    ),
    # the same page: the collection ends on Tuesday 31 March 2020, a one-off event, due at the end of that day (CONVENTIONS 3.1) [local due 2020-03-31 23:59:59 America/Toronto]
    B(
        text="The Labour Force Survey is currently in the sixth day of collection and ends March 31, 2020.",
        due="2020-04-01 03:59:59",
        vague=False,
        said="2020-03-27 14:00:00",
        tz="America/Toronto",
        cluster=6,
        source=_STCLFS,
        published="2020-03-27",
    ),
    # the same page (the two sentences and the list of places before hold no time word): release on Thursday 9 April 2020, due at the end of that day (CONVENTIONS 3.1) [local due 2020-04-09 23:59:59 America/Toronto]
    B(
        text="Results will be released on April 9th, and accessible on Statistics Canada's website at www.statcan.gc.ca.",
        due="2020-04-10 03:59:59",
        vague=False,
        said="2020-03-27 14:00:00",
        tz="America/Toronto",
        cluster=6,
        source=_STCLFS,
        published="2020-03-27",
    ),
    # Statistics Canada, 'The 2021 Census of Agriculture is on the horizon' (census.gc.ca, a census communication resource); zone America/Toronto. The opening carries no date; its words look forward to May 2021 and back to the fall of 2017: set to Monday 4 January 2021 at 10:00 local (EST), no label depending on the day. The census done in May 2021 falls due at the end of the month [local due 2021-05-31 23:59:59 America/Toronto]
    B(
        text="In May 2021, Canadian farm operators will have the opportunity to take part in a national dialogue by completing the Census of Agriculture questionnaire.",
        due="2021-06-01 03:59:59",
        vague=False,
        said="2021-01-04 15:00:00",
        tz="America/Toronto",
        cluster=4,
        source=_STCAGH,
        published="2021-01-04",
    ),
    # the same page (three sentences before hold no time word): a standing practice after each census: recurring (CONVENTIONS 1.3)
    B(
        text="After every census, Statistics Canada consults with farm operators, agricultural industry members and data users to assess their data needs.",
        due=None,
        vague=False,
        said="2021-01-04 15:00:00",
        tz="America/Toronto",
        refusal="recurring",
        cluster=5,
        source=_STCAGH,
        published="2021-01-04",
    ),
    # the same page: the fall of 2017, past
    B(
        text="In the fall of 2017, Statistics Canada conducted a national consultation, and received 132 comments and suggestions from diverse groups, including federal government departments and agencies, provincial government ministries, farming organizations, academics, farm service companies, and consulting firms to help improve the 2021 Census of Agriculture.",
        due=None,
        vague=False,
        said="2021-01-04 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STCAGH,
        published="2021-01-04",
    ),
    # the same page (the sentence of thanks before it holds no time word): the adjustments and the 2016 questions are of the past; '2021 Census' names the census: past
    B(
        text="While important adjustments were made to census content based on these consultations, most of the questions in the 2021 Census are identical to those used in 2016.",
        due=None,
        vague=False,
        said="2021-01-04 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STCAGH,
        published="2021-01-04",
    ),
    # the same page (the sentence on continuity and the heading before it were skipped: 'long-term' and 'ongoing' were not taken as time words): a letter received in May 2021, due at the end of the month [local due 2021-05-31 23:59:59 America/Toronto]
    B(
        text="Canadian farm operators will receive a letter in May 2021 with instructions on how to complete the census questionnaire online quickly and easily.",
        due="2021-06-01 03:59:59",
        vague=False,
        said="2021-01-04 15:00:00",
        tz="America/Toronto",
        cluster=4,
        source=_STCAGH,
        published="2021-01-04",
    ),
    # Statistics Canada, '2021 Census of Agriculture Content Consultation' (statcan.gc.ca); zone America/Toronto. The opening carries no date; it announces workshops from September 2017 and more news 'at the beginning of the summer 2017', so it was written in spring 2017: set to Monday 1 May 2017 at 10:00 local (EDT). A standing practice before each census: recurring (CONVENTIONS 1.3)
    B(
        text="Before each census, Statistics Canada initiates an extensive consultation program that allows data users and interested parties across Canada to share their views on how they use census data and the type of information they believe should be available from the census.",
        due=None,
        vague=False,
        said="2017-05-01 14:00:00",
        tz="America/Toronto",
        refusal="recurring",
        cluster=5,
        source=_STCCONS,
        published="2017-05-01",
    ),
    # the same page (the sentence before holds no time word): an activity given only its start: earliest, 1 September 2017 at 00:00 (CONVENTIONS 3.2) [local earliest 2017-09-01 00:00:00 America/Toronto]
    B(
        text="Consultation workshops will be conducted across Canada starting in September 2017.",
        due=None,
        vague=False,
        said="2017-05-01 14:00:00",
        tz="America/Toronto",
        refusal="earliest",
        earliest="2017-09-01 04:00:00",
        cluster=5,
        source=_STCCONS,
        published="2017-05-01",
    ),
    # the same page (the invitation to email before holds no time word): 'the beginning of the summer' read as early summer, the end of the first third of June to August, 30 June 2017 (parser docstring: early / mid / late as thirds). unsure: a careful reader could give 21 June or the end of June as the start of summer [local due 2017-06-30 23:59:59 America/Toronto]
    B(
        text="More information on these workshops will be communicated at the beginning of the summer 2017.",
        due="2017-07-01 03:59:59",
        vague=False,
        said="2017-05-01 14:00:00",
        tz="America/Toronto",
        cluster=4,
        source=_STCCONS,
        published="2017-05-01",
    ),
    # the same page: '2021' names the census; no time is set for accepting proposals: due None, no refusal word
    B(
        text="Statistics Canada will also accept proposals regarding changes to the 2021 Census of Agriculture questionnaire electronically.",
        due=None,
        vague=False,
        said="2017-05-01 14:00:00",
        tz="America/Toronto",
        cluster=1,
        source=_STCCONS,
        published="2017-05-01",
    ),
    # the same page (the sentence before holds no time word): '2021' names the census: due None, no refusal word
    B(
        text="The information you provide will be carefully reviewed and will assist in determining content for the 2021 Census of Agriculture.",
        due=None,
        vague=False,
        said="2017-05-01 14:00:00",
        tz="America/Toronto",
        cluster=1,
        source=_STCCONS,
        published="2017-05-01",
    ),
    # NOAA, media advisory 'NOAA to update 2017 Atlantic hurricane season outlook' (a copy on noaa.dev.woc.noaa.gov); zone America/New_York (NOAA's Washington-area press office). The opening carries no date; 'This Wednesday' with 'Wed., August 9' dates it to the same week, set to Monday 7 August 2017 at 10:00 local (EDT). The image caption, taken once (the page repeats it after the site banner): last year, past
    B(
        text="Last year produced 5 land-falling storms, including Matthew that caused $10 billion in damage and killed 34 people in the U.S. and 551 in the Caribbean.",
        due=None,
        vague=False,
        said="2017-08-07 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NOAA17,
        published="2017-08-07",
    ),
    # the same page (the banner lines between were skipped): the update is issued 'This Wednesday', 9 August 2017, due at the end of that day (CONVENTIONS 3.1); the peak period is the season's, not the act's [local due 2017-08-09 23:59:59 America/New_York]
    B(
        text="This Wednesday, NOAA will issue its routine update to the Atlantic Hurricane Season Outlook as the season enters its historical peak period of mid August through October.",
        due="2017-08-10 03:59:59",
        vague=False,
        said="2017-08-07 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NOAA17,
        published="2017-08-07",
    ),
    # the same page: storms of the past nine weeks: past
    B(
        text="In just the first nine weeks of this season there have already been six named storms—that’s nearly half the number of storms during an average six-month season and is double the number of storms that would typically form by early August.",
        due=None,
        vague=False,
        said="2017-08-07 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NOAA17,
        published="2017-08-07",
    ),
    # the same page: the May outlook, past
    B(
        text="NOAA’s initial outlook in May predicted an above-normal season with 11 to 17 named storms, of which 5-9 could become hurricanes - including 2-4 major hurricanes.",
        due=None,
        vague=False,
        said="2017-08-07 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NOAA17,
        published="2017-08-07",
    ),
    # the same page: the only date is the season's end on 30 November 2017 (EST); the discussion has no day of its own in the sentence. Labelled due at the end of 30 November (what is expected during the rest of the season is checked then). unsure: a careful reader could give None (the promised act, the discussion, is undated here; page: Wednesday 9 August) [local due 2017-11-30 23:59:59 America/New_York]
    B(
        text="Scientists monitoring the evolving summer conditions and latest model forecasts will discuss what is expected during the remainder of the season, which ends November 30.",
        due="2017-12-01 04:59:59",
        vague=False,
        said="2017-08-07 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NOAA17,
        published="2017-08-07",
    ),
    # the same page: 'most recent', 'early season', 'latest' set no time: due None, no refusal word
    B(
        text="The updated outlook is based on the most recent model predictions, evolving oceanic-atmospheric conditions, pre-and early season storm activity and the latest El Nino/La Nina forecasts.",
        due=None,
        vague=False,
        said="2017-08-07 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NOAA17,
        published="2017-08-07",
    ),
    # the same page, the advisory's line for the time (the 'WHAT:' line before holds no time word): Wednesday 9 August 2017 at 11:00 EDT, a one-off event (CONVENTIONS 3.1) [local due 2017-08-09 11:00:00 America/New_York]
    B(
        text="WHEN: Wed., August 9, 11:00 AM EDT",
        due="2017-08-09 15:00:00",
        vague=False,
        said="2017-08-07 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NOAA17,
        published="2017-08-07",
    ),
    # Office for National Statistics, statement 'Census 2021 and coronavirus' (ons.gov.uk, statements and letters); zone Europe/London. The opening carries no date; 'After a year of living with' the pandemic and the census still to come on 21 March place it in early March 2021: set to Monday 1 March 2021 at 10:00 local (GMT). 'After a year' looks back; no time is set for an act: due None, no refusal word
    B(
        text="After a year of living with the coronavirus (COVID-19) pandemic, Census 2021 will be essential to our long-term understanding of the health, social and economic impacts on the people and households of England and Wales.",
        due=None,
        vague=False,
        said="2021-03-01 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONSC21,
        published="2021-03-01",
    ),
    # the same page: the census takes place on Sunday 21 March 2021, a one-off event, due at the end of that day (CONVENTIONS 3.1) [local due 2021-03-21 23:59:59 Europe/London]
    B(
        text="The census, taking place on 21 March 2021, will shed light on the needs of different groups and communities, and the inequalities people are experiencing, ensuring the big decisions facing the country following the pandemic and EU exit are based on the best information possible.",
        due="2021-03-21 23:59:59",
        vague=False,
        said="2021-03-01 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_ONSC21,
        published="2021-03-01",
    ),
    # the same page: 'at this time' sets no time: due None, no refusal word
    B(
        text="Our main focus in planning and delivering the census at this time is the health and safety of the public and our staff, and we are ensuring that everyone can be safely counted.",
        due=None,
        vague=False,
        said="2021-03-01 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONSC21,
        published="2021-03-01",
    ),
    # the same page (the heading and two sentences before hold no time word): use of the 2011 Census already made: past
    B(
        text="Information from the 2011 Census has already been crucial in our understanding of mortality for different groups during the pandemic, for example, to understand deaths by ethnicity, religion and disability status, and is the only source of local-level information on occupation and household composition.",
        due=None,
        vague=False,
        said="2021-03-01 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONSC21,
        published="2021-03-01",
    ),
    # the same page: 'from 2021' dates the data, not the update: due None, no refusal word
    B(
        text="With fresh data from 2021, we will be able to update the analysis we have already done and use it alongside new data sources to give us the richest data we have ever had.",
        due=None,
        vague=False,
        said="2021-03-01 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONSC21,
        published="2021-03-01",
    ),
    # the same page: '2021' names the census: due None, no refusal word
    B(
        text="Census 2021 will not only provide a fresh picture of the population and our health – it will also shed light on social and economic changes to our lives.",
        due=None,
        vague=False,
        said="2021-03-01 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONSC21,
        published="2021-03-01",
    ),
    # the same page: 'for years to come' sets no end: due None, no refusal word (the next sentence holds no time word; the one after is cut off by the end of the opening)
    B(
        text="It will provide us with new information that we will be able to use for years to come.",
        due=None,
        vague=False,
        said="2021-03-01 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONSC21,
        published="2021-03-01",
    ),
    # Office for National Statistics, correspondence to the Public Administration and Constitutional Affairs Committee on the census legislation timetable (published on uksa.statisticsauthority.gov.uk); zone Europe/London. The opening carries no date; it answers a letter of 4 March 2020 on an Order laid on 2 March 2020: set to Wednesday 18 March 2020 at 10:00 local (GMT), no label depending on the day. The letter of 4 March is past
    B(
        text="Thank you for your letter of 4 March regarding the timetable for planning and legislation for the 2021 Census.",
        due=None,
        vague=False,
        said="2020-03-18 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONSLET,
        published="2020-03-18",
    ),
    # the same page (three sentences before hold no time word): the laying on 2 March 2020, past
    B(
        text="You refer in your letter to the Draft Census (England and Wales) Order 2020 having been laid before Parliament on 2 March 2020.",
        due=None,
        vague=False,
        said="2020-03-18 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONSLET,
        published="2020-03-18",
    ),
    # the same page: the Regulations coming into force in June 2020, a one-off event in a month, due at the month's end (CONVENTIONS 3.1) [local due 2020-06-30 23:59:59 Europe/London]
    B(
        text="This allows sufficient time for the Census Regulations to come into force in June 2020.",
        due="2020-06-30 22:59:59",
        vague=False,
        said="2020-03-18 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_ONSLET,
        published="2020-03-18",
    ),
    # the same page: the census delivered on Sunday 21 March 2021, due at the end of that day (CONVENTIONS 3.1) [local due 2021-03-21 23:59:59 Europe/London]
    B(
        text="This timetable enables us to deliver the Census on 21 March 2021 as planned.",
        due="2021-03-21 23:59:59",
        vague=False,
        said="2020-03-18 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_ONSLET,
        published="2020-03-18",
    ),
    # the same page: '2021' names the census: due None, no refusal word
    B(
        text="The 2021 Census is part of our wider Census and Data Collection Transformation Programme.",
        due=None,
        vague=False,
        said="2020-03-18 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONSLET,
        published="2020-03-18",
    ),
    # the same page (two sentences before hold no time word): '2021' names the census; 'underway' sets no time: due None, no refusal word
    B(
        text="Our preparations for the 2021 Census are well underway.",
        due=None,
        vague=False,
        said="2020-03-18 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONSLET,
        published="2020-03-18",
    ),
    # the same page: the 2019 rehearsal, past
    B(
        text="The recent 2019 census rehearsal tested systems and processes, as well as enabling us to rehearse the quality of our address frame, the field force, the on-line and paper questionnaires, the help we are planning to make available, and the impact of our communications, campaigns and community engagement.",
        due=None,
        vague=False,
        said="2020-03-18 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONSLET,
        published="2020-03-18",
    ),
    # the same page: preparations kept up until 'the census period', which this sentence does not date: event (CONVENTIONS 1.3, 5.2). unsure: a careful reader could use the census day the letter names (21 March 2021) under CONVENTIONS 3.3
    B(
        text="Between now and the census period itself, we are continuing with preparations, including taking on board lessons learned from the 2019 rehearsal.",
        due=None,
        vague=False,
        said="2020-03-18 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_ONSLET,
        published="2020-03-18",
    ),
    # Revenue (the Office of the Revenue Commissioners), press release 'Revenue publishes 2023 Annual Report' of Thursday 25 April 2024 (revenue.ie); zone Europe/Dublin, said at 10:00 local (IST). An announcement made today, in the past tense: past (CONVENTIONS 2.4)
    B(
        text="Today, (25/04/2024), Revenue announced the publication of its 2023 Annual Report, together with a number of other research and statistical papers.",
        due=None,
        vague=False,
        said="2024-04-25 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_REV24,
        published="2024-04-25",
    ),
    # the same page: 'a year' describes the report's year; no act is set: due None, no refusal word
    B(
        text="The report reflects a year of exceptional performance for Revenue, with gross receipts of €127.9 billion collected, including €26.3 billion in non-Exchequer receipts collected on behalf of other Government Departments and agencies.",
        due=None,
        vague=False,
        said="2024-04-25 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_REV24,
        published="2024-04-25",
    ),
    # the same page (the sentence on net receipts before holds no time word): 2023, past
    B(
        text="2023 also saw a continuation of high voluntary compliance rates, at over 99% for large cases and 98% for medium cases.",
        due=None,
        vague=False,
        said="2024-04-25 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_REV24,
        published="2024-04-25",
    ),
    # the same page: 2023 and 2022, past
    B(
        text="Timely compliance rates for all other cases in 2023 was 91%, up from 88% in 2022.",
        due=None,
        vague=False,
        said="2024-04-25 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_REV24,
        published="2024-04-25",
    ),
    # the same page, a line ending in a colon taken as it stands: 'today's' is on the speaking and on publications already made (CONVENTIONS 2.2): due None, no refusal word
    B(
        text="Commenting on today’s publications Revenue Chairman, Niall Cody, said:",
        due=None,
        vague=False,
        said="2024-04-25 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_REV24,
        published="2024-04-25",
    ),
    # the same page: 'at the right time' is a manner of speaking, no time: due None, no refusal word
    B(
        text="“Continued strong levels of timely and voluntary compliance rates confirm that the vast majority of taxpayers pay the right amount of tax at the right time.",
        due=None,
        vague=False,
        said="2024-04-25 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_REV24,
        published="2024-04-25",
    ),
    # the same page: the past four years, past (the quotation's next sentence holds no time word; the rest of the opening after the heading is cut off or holds none)
    B(
        text="Given the exceptional disruption which individual taxpayers, businesses and agents have experienced over the past four years, this is an extremely positive reflection on their continued engagement with their tax compliance obligations, and the importance that society generally places on a strong culture of voluntary and timely tax compliance.",
        due=None,
        vague=False,
        said="2024-04-25 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_REV24,
        published="2024-04-25",
    ),
    # Revenue, press release 'Revenue publishes 2019 Annual Report' of Thursday 25 June 2020 (revenue.ie); zone Europe/Dublin, said at 10:00 local (IST). The perfect with 'Today': past (CONVENTIONS 2.4)
    B(
        text="Today (25/06/2020), Revenue has announced the publication of its Annual Report for 2019.",
        due=None,
        vague=False,
        said="2020-06-25 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_REV20,
        published="2020-06-25",
    ),
    # the same page: 'current' and 'during 2019' compare states; no act: due None, no refusal word
    B(
        text="The COVID-19 pandemic has had a major impact on the Irish economic landscape, and the current business environment is in stark contrast to that which prevailed during 2019.",
        due=None,
        vague=False,
        said="2020-06-25 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_REV20,
        published="2020-06-25",
    ),
    # the same page: 'last year' and 'the first half of 2020' are the report's subjects; no act is set: due None, no refusal word
    B(
        text="While the main focus of the Annual Report is on Revenue’s key achievements and performance for last year, it also provides an overview of the challenges that have dominated the first half of 2020.",
        due=None,
        vague=False,
        said="2020-06-25 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_REV20,
        published="2020-06-25",
    ),
    # the same page, a line ending in a colon: the perfect with 'today': past (CONVENTIONS 2.4)
    B(
        text="Alongside the 2019 Annual Report, Revenue has also published a number of other reports today, including:",
        due=None,
        vague=False,
        said="2020-06-25 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_REV20,
        published="2020-06-25",
    ),
    # the same page: 'today's' is on publications already made and on the speaking (CONVENTIONS 2.2); the report is the one announced as published: past. unsure: a careful reader could read the present 'publishes' as an act of the day, due at its end (CONVENTIONS 2.1)
    B(
        text="Commenting on today’s publications Revenue Chairman, Niall Cody, said it is against the backdrop of exceptional circumstances arising from the COVID-19 pandemic that Revenue publishes its 2019 Annual Report.",
        due=None,
        vague=False,
        said="2020-06-25 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_REV20,
        published="2020-06-25",
    ),
    # the same page (the quotation between, and the heading, hold no time word; 'ongoing' was not taken as one): 24 March 2020, past
    B(
        text="On 24 March 2020, the Government announced a range of measures to provide financial support to businesses and workers affected by the COVID-19 crisis.",
        due=None,
        vague=False,
        said="2020-06-25 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_REV20,
        published="2020-06-25",
    ),
    # Revenue, address by Chairman Niall Cody at Dublin Castle on Tuesday 21 February 2023 (revenue.ie, centenary pages); zone Europe/Dublin; said at 14:00 local (GMT), the address opening with 'Good afternoon' and giving no hour. The greeting's part of the day sets no time for an act: due None, no refusal word
    B(
        text="Good afternoon Minister, Distinguished Guests and two very important groups firstly, my serving colleagues who are here representing the 7,000 people who work in Revenue and then my retired colleagues, including my retired Board colleagues, who are representing the 7,000 former colleagues throughout the country.",
        due=None,
        vague=False,
        said="2023-02-21 14:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_REVCODY,
        published="2023-02-21",
    ),
    # the same page: the one date, 21 February 1923, is of the past: past
    B(
        text="On behalf of Gerry, Ruth and myself you are very welcome to Dublin Castle to mark the centenary of the establishment of the Office of the Revenue Commissioners on the 21 February 1923.",
        due=None,
        vague=False,
        said="2023-02-21 14:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_REVCODY,
        published="2023-02-21",
    ),
    # the same page: 'the last 100 years', past; the rest of the opening was not taken (the set would otherwise hold more than a fifth from Revenue)
    B(
        text="I thought I’d do a quick run through the highlights of the last 100 years but on reflection I thought you could do that yourself at the exhibition.",
        due=None,
        vague=False,
        said="2023-02-21 14:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_REVCODY,
        published="2023-02-21",
    ),
    # Scottish Government, 'Scotland Performs: About the NPF' on the archived site www2.gov.scot; zone Europe/London. The opening carries no date; the note points to the new NPF, launched on Thursday 14 June 2018: set to that day at 10:00 local (BST). 'now' sets no time: due None, no refusal word (the line ends in a colon and is taken as it stands)
    B(
        text="PLEASE NOTE: The new and updated National Performance Framework can now be found at the following link:",
        due=None,
        vague=False,
        said="2018-06-14 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SGNPF,
        published="2018-06-14",
    ),
    # the same page: the years are of acts done: past
    B(
        text="Introduced in 2007 and refreshed in 2011 and 2016, the National Performance Framework (NPF) sets out in the Purpose and the National Outcomes a vision for Scotland.",
        due=None,
        vague=False,
        said="2018-06-14 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SGNPF,
        published="2018-06-14",
    ),
    # the same page (the list of headings before, '2007 First Publication' and the like, was skipped): past
    B(
        text="The National Performance Framework (NPF) was published as part of the 2007 Spending Review.",
        due=None,
        vague=False,
        said="2018-06-14 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SGNPF,
        published="2018-06-14",
    ),
    # the same page: '10 year' is the vision's span, with no start in the sentence and no undertaking: due None, no refusal word. unsure: a careful reader could count ten years from 2007 (end of 2017)
    B(
        text="It is a 10 year vision for Scotland and draws on the success of the outcomes-based performance model used in the Commonwealth of Virginia in the United States.",
        due=None,
        vague=False,
        said="2018-06-14 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SGNPF,
        published="2018-06-14",
    ),
    # the same page (three sentences before hold no time word): 2011 and 2007, past; the next sentence holds none and the last is cut off
    B(
        text="The National Performance Framework (NPF) was refreshed in 2011 to reflect lessons learned from across the Scottish Government and its partner organisations since 2007 and to reflect priorities as outlined in Manifesto Commitments, the Government Economic Strategy, Programme for Government and Spending Review documents.",
        due=None,
        vague=False,
        said="2018-06-14 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SGNPF,
        published="2018-06-14",
    ),
)
