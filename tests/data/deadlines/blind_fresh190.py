"""A HUNDRED-AND-NINETIETH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-07 (UTC) between about 12:35 and 12:50 by the machine's clock (which ran
slow against the work done; the branch's commit time is the one to trust) by a labelling helper (branch
issue12l190-s64) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 64 (fresh189 and fresh191 to fresh193, articles blind150 and blind151), whose claims in the
shared claims file were treated as used and whose files and README sections were not opened. It read
`CONVENTIONS.md` in full (4.3 included), the docstring, comments, several cases and the README section of
`blind_fresh188.py`, the field list and the docstring conventions of `BlindCase` in `blind_real.py`, the
docstring of `tests/data/fresh_check.py` and the top docstring of the parser package only (the vague windows,
parts of the day, "lunchtime", bare clock times, "early / mid / late"); nothing else of `bot/core/deadlines/`
was opened. The brief asked for less-mined publishers (Wikinews 2005-2015, the NZ Department of Conservation
and other NZ government pages stating CC BY, the Australian Bureau of Statistics and other Commonwealth pages
stating CC BY, ONS and NHS England, US BLS and BEA release notices, FEMA and NOAA/National Weather Service
notices), open licences only, at least eight publishers, none above a fifth, at most a third from the United
States, a spread of genres, about 80 cases (at least 60).

The set quotes UK Parliament (the Commons business statement of 25 July 1963, the summer adjournment motion
of 30 July 1963, an oral answer of 28 March 1946), the Houses of the Oireachtas (a Dáil 'Business of Dáil'
exchange of 2 October 2014, a Seanad Order of Business of 19 July 1956, a Dáil written answer of 9 July
2008), the NZ Department of Conservation (two releases on hut and campsite bookings, of 10 May 2021 and
23 June 2020), the US Bureau of Economic Analysis (a blog post of 22 March 2019 on the GDP release schedule),
Statistics Canada (the 2016 Census of Agriculture questionnaire, a StatCan Blog listing page of January 2019,
a communiqué of 20 October 2020), the Office for National Statistics (a census blog post of 24 May 2022 and a
letter of May 2022 on the release time), FEMA (a release on the closing of the Saipan Disaster Recovery
Center, October 2004) and the US National Weather Service (a survey notice of the Aberdeen office, 2021).
70 cases from 8 publishers: UK Parliament 14 (20.0%); the Houses of the Oireachtas 14 (20.0%); the NZ
Department of Conservation 13 (18.6%); the Bureau of Economic Analysis 11 (15.7%); the Office for National
Statistics 6 (8.6%); Statistics Canada 6 (8.6%); FEMA 4 (5.7%); the National Weather Service 2 (2.9%). 17 of
the 70 (24.3%) are from the United States (BEA, FEMA, NWS); 53 are not. Genres: a business statement and an
adjournment motion, an oral answer, a Dáil business exchange, a Seanad Order of Business, a written answer,
agency releases on bookings and prices, a statistics office's blog post, listing page, communiqué and
questionnaire, a statistician's letter to the regulator, a disaster agency release and a weather service
survey notice.

The store is heavily mined: of about 75 addresses checked (each with a distinctive phrase) with
`fresh_check.py`, most read used (NHS England blog posts, BLS and most BEA schedule notices, ABS Release
Advice pages and the ABS forward work programme, ONS statements on release dates, FEMA releases on
webarchive.library.unt.edu and fema.gov, NWS service change notices and the Unidata nws-changes archive,
Commission Daily News on europa.eu and carrying sites, Oireachtas Orders of Business of 2016-2017 and several
Seanad ones, TheyWorkForYou business statements of 2019, the Scoop copy of DOC's 2021 Heaphy release, a
Wikinews Shorts page). No Wikinews article and no ABS or other Commonwealth page with its own text was found
fresh in the time; no NHS England page was found fresh. Each page's cases share one `source` constant, so
whole pages can be dropped.

Left out, and why. Claimed (`fresh190`) but not used, to keep the caps or for want of sentences: the
Commons Health and Social Care Committee special report of 6 September 2023 with the Government's response
(UK Parliament cap; its three sentences all tell of the past), the DOC Great Walks season release of
3 October 2019 as carried by insidetourism.com (DOC cap) and the Statistics Canada 2011 Census of Agriculture
FAQ (its time words stand only in the list of question headings). Two sentences of kept pages read used when
checked whole and were dropped: FEMA's boilerplate sentence dating its move into the Department of Homeland
Security, and the opening question of the 1963 business statement. Within the pages kept: sentences without a
time word; sentences whose only time words are general ("now", "still", "already", "later", "recently",
"overnight", "quieter times", "decennial", "periodically", "timely") or whose only year names an Act, a census
or a release; speaker names, titles, headings, date lines, contact lines and help-line hours, lead-in lines
ending in a colon that hold no time of their own beyond the list they open ('The business for next week will
be:'), and sentences cut off where the stored text ends.

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a clock time, a
year, a month, a quarter, a season, "today", "to-day", "tomorrow", "this morning", "this week", "next week",
"next Tuesday", "next Wednesday week", "earlier this year", "last year", "the coming year", "coming months and
years", "years ago", "each year", "per night", "without delay", "as soon as"); within each page quoted, the
sentences of the stored text that hold one were taken in page order, easy or hard.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names excepted,
which the freshness tool skips) or in the shared claims file was used: each was checked with `fresh_check.py`
(the address and a distinctive phrase of the page) and claimed (`fresh190`) in
`/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence was then checked whole with
the same tool (skipping this file): all 70 read fresh. Each label was worked out by hand from the words, the
publication date and the publisher's zone (Europe/London for UK Parliament and the ONS, Europe/Dublin for the
Oireachtas, Pacific/Auckland for DOC, America/New_York for BEA, America/Toronto for Statistics Canada,
Pacific/Saipan for the FEMA release, America/Chicago for the Aberdeen NWS office); the conversion of local
instants to UTC wall time, weekdays and day counts were done with Python's zoneinfo and datetime in a scratch
script outside the repository, never with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh188.py`: the publication date at 10:00 local time unless the page gives the hour (three do: the
1963 adjournment debate, '3.48 p.m.' and '3.49 p.m.'; the DOC release of 2021, '13:34'; the written answer of
2008, '11:00 pm'); the first comment of each page says where its date was read. Four pages print no date of
their own in the stored text (the NWS survey notice, the FEMA release, the ONS letter, the StatCan
questionnaire): each is read on a day fixed as its comment says, and no label depends on the exact day within
that window except where the comment says so (one: the ONS letter's bare '11am'). A day falls due at 23:59:59
local; a one-off event at a time due then (CONVENTIONS 3.1); a state kept to a date at that date (CONVENTIONS
3.3); a lower bound only is earliest (CONVENTIONS 3.2); several times at the latest (CONVENTIONS 6.1); a bare
clock time read from the sentence alone (CONVENTIONS 6.3, the page's instant in the comment); questions,
requests and recommendations due None with no refusal word (CONVENTIONS 4.3); times hung on an undated event
are event (CONVENTIONS 1.3); standing rules and rhythms recurring (CONVENTIONS 1.3); done acts past
(CONVENTIONS 2.4); denied times negated (CONVENTIONS 4.1); a day word on the verb of speaking is not the
deadline (CONVENTIONS 2.2). Clusters as in `blind_fresh188.py`: 1 no time set, 2 clock times, 3 ranges and
several dates, 4 parts of the day, periods and windows, 5 refusals, 6 plain days and dates. 34 labels are
refusals (past 18, earliest 5, recurring 5, event 4, negated 2); 1 is vague (a 3-year window); 28 labels carry
a due instant (the vague one included); 8 have due None and no refusal word; 24 are marked "unsure" and name
the other reading; like every label here they stay as committed, whatever the first run shows. First run: not
yet taken (the lead runs it once, after merging, and records it in README.md). Never edit these labels to fit
the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_NWS21 = "https://www.weather.gov/abr/hazsimp_publicsurvey"
_BEA19 = "https://www.bea.gov/news/blog/2019-03-22/gdp-back-schedule-third-estimate"
_FEMA04 = "https://www.saipantribune.com/?p=85204"
_DAIL14 = "https://www.oireachtas.ie/en/debates/debate/dail/2014-10-02/21/"
_SEAN56 = "https://www.oireachtas.ie/en/debates/debate/seanad/1956-07-19/2/"
_WA08 = "https://www.kildarestreet.com/wrans/?id=2008-07-09.1537.0"
_HC63A = "https://api.parliament.uk/historic-hansard/commons/1963/jul/25/business-of-the-house"
_HC63B = "https://api.parliament.uk/historic-hansard/commons/1963/jul/30/adjournment-summer"
_HC46 = "https://api.parliament.uk/historic-hansard/commons/1946/mar/28/rural-housing-report"
_ONS22A = "https://www.sectorsupportnel.org.uk/first-census-2021-results-are-on-the-way/"
_ONS22B = "https://osr.statisticsauthority.gov.uk/correspondence/jennet-woolford-to-ed-humpherson-alternative-release-time-for-census-2021-data-in-england-and-wales-2/"
_DOC21 = "http://www.voxy.co.nz/lifestyle/5/386662"
_DOC20 = "https://livenews.co.nz/?p=155488"
_SC16 = "https://statcan.gc.ca/en/statistical-programs/instrument/3438_Q1_V4"
_SC19 = "https://www.statcan.gc.ca/eng/blog/cs?widget_title=&sort_by=&sort_order="
_SC20 = "https://statcan.gc.ca/en/node?page=226"

FRESH190_CASES: tuple[BlindCase, ...] = (
    # US National Weather Service, Aberdeen SD office page 'Hazard Simplification public survey' (weather.gov/abr; US federal work, public domain); zone America/Chicago (the Aberdeen office's Central time); the stored text prints no date: read on 1 June 2021 at 10:00 CDT (while the survey it announces was open, before 31 July 2021); neither label depends on the exact day before 31 July 2021. Sentences with no time word of their own ('NWS is now collecting public comment') and the contact line are not taken. 'no earlier than calendar year 2024' gives only a lower bound: earliest, 1 January 2024 00:00 CST (CONVENTIONS 3.2)
    B(
        text="The National Weather Service (NWS) will be implementing changes to its hazard messaging headlines no earlier than calendar year 2024.",
        due=None,
        vague=False,
        said="2021-06-01 15:00:00",
        tz="America/Chicago",
        refusal="earliest",
        earliest="2024-01-01 06:00:00",
        cluster=5,
        source=_NWS21,
        published="2021-06-01",
    ),
    # the survey kept open through 31 July 2021: due at the end of that day, 23:59:59 CDT (CONVENTIONS 3.3); quoted with the colon that ends it in the stored text (a link follows)
    B(
        text="The survey is available at the following link and will remain open through July 31, 2021:",
        due="2021-08-01 04:59:59",
        vague=False,
        said="2021-06-01 15:00:00",
        tz="America/Chicago",
        cluster=6,
        source=_NWS21,
        published="2021-06-01",
    ),
    # US Bureau of Economic Analysis blog post 'GDP Back on Schedule with Third Estimate' of Friday 22 March 2019 (bea.gov; US federal work, public domain); zone America/New_York; the page gives the date and no hour: said 22 March 2019 10:00 EDT. The questions and lines without a time word ('Wondering where the second estimate went?', 'Don’t worry, we didn’t lose count.') and the sentence whose only year names the release ('Fourth Quarter and Annual 2018 (Third Estimate)') are not taken. The estimate on 28 March: due at the end of that day (CONVENTIONS 3.1)
    B(
        text="When the Bureau of Economic Analysis estimates the nation’s gross domestic product on March 28, it will officially be a “third estimate” – even though we’ve only estimated GDP for that quarter once before.",
        due="2019-03-29 03:59:59",
        vague=False,
        said="2019-03-22 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_BEA19,
        published="2019-03-22",
    ),
    # 'earlier this year', the funding lapse told of the past: past
    B(
        text="The unusual naming sequence reflects changes to our release schedule caused by the lapse in federal funding earlier this year.",
        due=None,
        vague=False,
        said="2019-03-22 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_BEA19,
        published="2019-03-22",
    ),
    # a delay told of the past ('were substantially delayed'; 'each quarter' names the estimates' rhythm): past
    B(
        text="Many of the principal source data BEA uses to produce our first two estimates of GDP for each quarter were substantially delayed.",
        due=None,
        vague=False,
        said="2019-03-22 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_BEA19,
        published="2019-03-22",
    ),
    # the fourth quarter of 2018, a combination already made: past
    B(
        text="As a result, BEA combined the first two GDP estimates for the fourth quarter of 2018 (and the 2018 annual estimate) into a single release called the “initial estimate.”",
        due=None,
        vague=False,
        said="2019-03-22 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_BEA19,
        published="2019-03-22",
    ),
    # 'published Feb. 28', told of the past: past
    B(
        text="This initial estimate, published Feb. 28, combined some data and methods typically used for a first quarterly release of GDP, known as the “advance,” with some normally available by the second release.",
        due=None,
        vague=False,
        said="2019-03-22 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_BEA19,
        published="2019-03-22",
    ),
    # the 28 March release: due at the end of that day (CONVENTIONS 3.1)
    B(
        text="The source data normally used for a third estimate will be available for our March 28 release of GDP.",
        due="2019-03-29 03:59:59",
        vague=False,
        said="2019-03-22 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_BEA19,
        published="2019-03-22",
    ),
    # 'its originally scheduled date' is not given in the sentence and 'the fourth quarter and year' is the period the estimates cover: due None, no refusal word. unsure: a careful reader could give the page's date, 28 March 2019 (end of day), which only the other sentences give (CONVENTIONS 6.3 reads a sentence alone)
    B(
        text="It is being released on its originally scheduled date, completing this cycle of GDP estimates for the fourth quarter and year.",
        due=None,
        vague=False,
        said="2019-03-22 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_BEA19,
        published="2019-03-22",
    ),
    # released 28 March: due at the end of that day (CONVENTIONS 3.1)
    B(
        text="Corporate profits for the fourth quarter and year of 2018 also will be released March 28 as originally scheduled.",
        due="2019-03-29 03:59:59",
        vague=False,
        said="2019-03-22 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_BEA19,
        published="2019-03-22",
    ),
    # the move 'in April' is the release set for 26 April: due at the end of 26 April. unsure: a careful reader could give the end of April (30 April 2019, 23:59:59 EDT), the later end of the month named (CONVENTIONS 6.1)
    B(
        text="In April, BEA will move on to its advance estimate of GDP for the first quarter of 2019, set for release April 26.",
        due="2019-04-27 03:59:59",
        vague=False,
        said="2019-03-22 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_BEA19,
        published="2019-03-22",
    ),
    # a standing practice, three estimates after each quarter: recurring (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word (a question, CONVENTIONS 4.3)
    B(
        text="Why does BEA normally release GDP estimates three times after the end of each quarter?",
        due=None,
        vague=False,
        said="2019-03-22 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_BEA19,
        published="2019-03-22",
    ),
    # estimates 'about a month apart', a standing rhythm: recurring (CONVENTIONS 1.3)
    B(
        text="Each subsequent estimate, coming about a month apart, includes new or improved source data from government surveys, private data collectors, and other sources that weren’t available for the previous estimate.",
        due=None,
        vague=False,
        said="2019-03-22 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_BEA19,
        published="2019-03-22",
    ),
    # Federal Emergency Management Agency release on the closing of the Disaster Recovery Centers after Supertyphoon Chaba, as carried in full by the Saipan Tribune (saipantribune.com; FEMA's text, US federal work, public domain); zone Pacific/Saipan (ChST, UTC+10); the stored text prints no date: read on Wednesday 27 October 2004 at 10:00 ChST (after the 18 October closings it reports, before the Friday 29 October closing it announces; 29 October 2004 was a Friday); no label depends on the exact day between 19 and 28 October. Sentences with only 'still', 'already' or no time word and the agency's boilerplate (its sentence dating FEMA's move into the Department of Homeland Security read used in another set, so left out) are not taken. The closing at 6pm on Friday 29 October: due then, 18:00 ChST (CONVENTIONS 3.1)
    B(
        text="The Disaster Recovery Center operating on Saipan will close at 6pm, Friday, Oct. 29.",
        due="2004-10-29 08:00:00",
        vague=False,
        said="2004-10-27 00:00:00",
        tz="Pacific/Saipan",
        cluster=2,
        source=_FEMA04,
        published="2004-10-27",
    ),
    # closed on 18 October, told of the past; 'will remain closed' gives no end: past
    B(
        text="The centers on Rota and Tinian were closed Oct. 18, and will remain closed.",
        due=None,
        vague=False,
        said="2004-10-27 00:00:00",
        tz="Pacific/Saipan",
        refusal="past",
        cluster=5,
        source=_FEMA04,
        published="2004-10-27",
    ),
    # new helpline hours given only their start, 30 October: earliest, 30 October 2004 00:00 ChST (CONVENTIONS 3.2, an ongoing activity given only its start). unsure: a careful reader could give recurring (a weekly schedule, CONVENTIONS 1.3) or the change of hours taking effect, due at the end of 30 October (CONVENTIONS 3.1a)
    B(
        text="Beginning on Oct. 30, the helpline hours of operation will be noon to 8pm, Monday through Saturday.",
        due=None,
        vague=False,
        said="2004-10-27 00:00:00",
        tz="Pacific/Saipan",
        refusal="earliest",
        earliest="2004-10-29 14:00:00",
        cluster=5,
        source=_FEMA04,
        published="2004-10-27",
    ),
    # openings on 3 and 5 September and visits told of the past: past
    B(
        text="Since the Disaster Recovery Centers opened on Saipan Sept. 3, and on Tinian and Rota Sept. 5, more than 9,721 homeowners, renters, and business owners have visited one of the centers.",
        due=None,
        vague=False,
        said="2004-10-27 00:00:00",
        tz="Pacific/Saipan",
        refusal="past",
        cluster=5,
        source=_FEMA04,
        published="2004-10-27",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate of Thursday 2 October 2014, 'Business of Dáil'; CC BY 4.0, on oireachtas.ie); zone Europe/Dublin (IST, UTC+1); the page gives the date and only the hour of the adjournment at its end, so the exchange is read at 10:00 IST. The questions 'Is that agreed?' and the lines without a time word are not taken. Matters deferred 'until next week', the new time given: next week is Monday 6 to Sunday 12 October 2014, due at its end (CONVENTIONS 4.1, a new time counts; 6.1). unsure: a careful reader could give past (the deferral is done, CONVENTIONS 2.4)
    B(
        text="On behalf of the Government, I have been asked to inform the House that three Topical Issue matters have been deferred until next week.",
        due="2014-10-12 22:59:59",
        vague=False,
        said="2014-10-02 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_DAIL14,
        published="2014-10-02",
    ),
    # resubmitted 'next Tuesday', said on Thursday 2 October: Tuesday 7 October 2014 (the next Tuesday and the Tuesday of the following week coincide), end of day
    B(
        text="The first, on education, was tabled by Deputies Creighton and Mathews, who I understand have agreed to resubmit it next Tuesday, when the Minister from the relevant Department will be available to deal with it.",
        due="2014-10-07 22:59:59",
        vague=False,
        said="2014-10-02 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_DAIL14,
        published="2014-10-02",
    ),
    # 'next Wednesday', said on Thursday 2 October: Wednesday 8 October 2014, end of day
    B(
        text="I understand the Deputies have agreed to resubmit their matters next Wednesday, when the Minister will be available.",
        due="2014-10-08 22:59:59",
        vague=False,
        said="2014-10-02 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_DAIL14,
        published="2014-10-02",
    ),
    # deferred 'until next Tuesday', the new time given: Tuesday 7 October 2014, end of day (CONVENTIONS 4.1)
    B(
        text="I understand the transport issue raised by Deputy Dessie Ellis is to be deferred until next Tuesday.",
        due="2014-10-07 22:59:59",
        vague=False,
        said="2014-10-02 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_DAIL14,
        published="2014-10-02",
    ),
    # the adjournment (2.05 p.m.) is told as done, the House kept adjourned until 10 a.m. on Friday 3 October 2014: due then, 10:00 IST (CONVENTIONS 3.3). unsure: a careful reader could give past (a record of the adjournment already made)
    B(
        text="The Dáil adjourned at 2.05 p.m. until 10 a.m. on Friday, 3 October 2014.",
        due="2014-10-03 09:00:00",
        vague=False,
        said="2014-10-02 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_DAIL14,
        published="2014-10-02",
    ),
    # Houses of the Oireachtas (Seanad Éireann debate of Thursday 19 July 1956, 'Order of Business'; CC BY 4.0, on oireachtas.ie); zone Europe/Dublin (summer time, UTC+1, as zoneinfo gives for 1956); the page gives the date and no hour: said 19 July 1956 10:00. Sentences without a time word of their own (or only 'later') are not taken. The business intended 'to-day': due at the end of the day (CONVENTIONS 2.1); 'sine die' sets no time
    B(
        text="It is intended to deal with No. 1 on the Order Paper only to-day—the Housing (Amendment) Bill—and, on the Adjournment, I think we will have to adjourn sine die, because we are not sure when the Dáil will finish the Appropriation Bill.",
        due="1956-07-19 22:59:59",
        vague=False,
        said="1956-07-19 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_SEAN56,
        published="1956-07-19",
    ),
    # 'may not be meeting until 1st of August' (Wednesday 1 August 1956, 'next Wednesday week' said on a Thursday) gives only a lower bound: earliest, 1 August 1956 00:00 (CONVENTIONS 3.2, 'not until'). unsure: a careful reader could give due None with no refusal word (a possibility, CONVENTIONS 4.2)
    B(
        text="We may not be meeting until 1st of August, that is, next Wednesday week.",
        due=None,
        vague=False,
        said="1956-07-19 09:00:00",
        tz="Europe/Dublin",
        refusal="earliest",
        earliest="1956-07-31 23:00:00",
        cluster=5,
        source=_SEAN56,
        published="1956-07-19",
    ),
    # 'not available this morning' denies the time, and 'later' gives no new one: negated (CONVENTIONS 4.1)
    B(
        text="The Minister for Local Government is not available this morning, but it is hoped that he will be available later.",
        due=None,
        vague=False,
        said="1956-07-19 09:00:00",
        tz="Europe/Dublin",
        refusal="negated",
        cluster=5,
        source=_SEAN56,
        published="1956-07-19",
    ),
    # the summons 'this week', told of the past: past
    B(
        text="I submit that the business for which the Seanad was summoned this week was to deal with the motions, in addition to whatever Bills might become available.",
        due=None,
        vague=False,
        said="1956-07-19 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEAN56,
        published="1956-07-19",
    ),
    # an understanding told of the past about the sitting already under way: past. unsure: a careful reader could give the morning's end, 19 July 1956 12:00 (CONVENTIONS 2.1, the sitting of that morning)
    B(
        text="My understanding was that the House would sit this morning to accommodate the Minister on this matter of the Housing (Amendment) Bill.",
        due=None,
        vague=False,
        said="1956-07-19 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEAN56,
        published="1956-07-19",
    ),
    # UK Parliament (House of Commons, 'Business of the House', Thursday 25 July 1963, HC Deb vol 681 cc1778-86; Open Parliament Licence, on api.parliament.uk historic Hansard); zone Europe/London (BST); the page gives the date and no hour: said 25 July 1963 10:00 BST. The opening question asking for next week's business (its words read used in another set, so left out), the lead-in 'The business for next week will be:' (ending in a colon), the lines naming Bills without a time and the question cut off where the stored text ends are not taken. The Government propose 'tomorrow' to facilitate the Lords Amendments: Friday 26 July 1963, end of day ('next week' names the business still to be announced)
    B(
        text="Before announcing to the House the business for next week, may I say that in addition to the business already announced the Government propose tomorrow to facilitate consideration of Lords Amendments to the following Private Members' Bills: Limitation, Matrimonial Causes, and Dog Racing (Appointed Days).",
        due="1963-07-26 22:59:59",
        vague=False,
        said="1963-07-25 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC63A,
        published="1963-07-25",
    ),
    # a day of the announced business, Monday 29 July 1963: due at its end (CONVENTIONS 3.1)
    B(
        text="MONDAY, 29TH JULY—Debate on Welsh Affairs.",
        due="1963-07-29 22:59:59",
        vague=False,
        said="1963-07-25 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC63A,
        published="1963-07-25",
    ),
    # Tuesday 30 July 1963, end of day
    B(
        text="TUESDAY, 30TH JULY—Remaining stages of the Public Order Bill [Lords].",
        due="1963-07-30 22:59:59",
        vague=False,
        said="1963-07-25 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC63A,
        published="1963-07-25",
    ),
    # Wednesday 31 July 1963, end of day; 'Command No. 2097' is a paper's number, not a year
    B(
        text="WEDNESDAY, 31ST JULY—Debate on a Motion to take note of the White Paper on Central Organisation for Defence (Command No. 2097).",
        due="1963-07-31 22:59:59",
        vague=False,
        said="1963-07-25 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC63A,
        published="1963-07-25",
    ),
    # Thursday 1 August 1963 with one clock time, 'until seven o'clock': due 19:00 BST (CONVENTIONS 6.1, the latest time of the day). unsure: a careful reader could give the end of the day (23:59:59 BST), since the debate on Accommodation follows seven o'clock with no end of its own
    B(
        text="THURSDAY, 1ST AUGUST—Debate on Northern Ireland, until seven o'clock, and then on Accommodation.",
        due="1963-08-01 18:00:00",
        vague=False,
        said="1963-07-25 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HC63A,
        published="1963-07-25",
    ),
    # the House to rise on Friday 2 August 1963, told as the plan: end of day (CONVENTIONS 4.3, a plan put modestly stays dated)
    B(
        text="It is hoped that the House will rise for the Summer Adjournment on Friday, 2nd August.",
        due="1963-08-02 22:59:59",
        vague=False,
        said="1963-07-25 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC63A,
        published="1963-07-25",
    ),
    # a question; 'Monday's important debate' names the debate, and nothing is undertaken for it: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="In view of Monday's important debate, will the Leader of the House tell us what steps he is taking to see that the attendance of hon. Members reflects the concern of the House about Welsh interests?",
        due=None,
        vague=False,
        said="1963-07-25 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC63A,
        published="1963-07-25",
    ),
    # UK Parliament (House of Commons, 'Adjournment (Summer)', Tuesday 30 July 1963, HC Deb vol 682 cc243-64; Open Parliament Licence, on api.parliament.uk historic Hansard); zone Europe/London (BST); the page gives the hours of the speeches: 3.48 p.m. for the motion, 3.49 p.m. and 3.50 p.m. for the next speakers. The Speaker's reply and the sentences without a time word ('now' only) are not taken. The House adjourned till Thursday 24 October 1963 at eleven o'clock: due then, 11:00 BST (CONVENTIONS 3.3; BST ran to 27 October 1963); 'at its rising on Friday' is the start
    B(
        text="I beg to move, That this House, at its rising on Friday, do adjourn till Thursday, 24th October, at eleven o'clock.",
        due="1963-10-24 10:00:00",
        vague=False,
        said="1963-07-30 14:48:00",
        tz="Europe/London",
        cluster=2,
        source=_HC63B,
        published="1963-07-30",
    ),
    # the meeting on 24 October, whose time the motion makes certain: 24 October 1963, end of day (the sentence gives no hour). unsure: a careful reader could give due None with no refusal word (the date only names the meeting; the act, moving the amended form, is done as it is spoken)
    B(
        text="In moving this Motion, perhaps it would be convenient, to remove any possible doubt about the time of meeting on 24th October, to move it in a slightly amended form from that which appears on the Order Paper.",
        due="1963-10-24 22:59:59",
        vague=False,
        said="1963-07-30 14:48:00",
        tz="Europe/London",
        cluster=6,
        source=_HC63B,
        published="1963-07-30",
    ),
    # 'years ago' and the citation of 28 October 1959, told of the past: past; quoted as stored, with the closing quotation mark whose opening one the stored text lacks
    B(
        text='I have described this company as the same group of shady people who operated this racket years ago".—[OFFICIAL REPORT, 28th October, 1959; Vol. 612, c. 246.]',
        due=None,
        vague=False,
        said="1963-07-30 14:49:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC63B,
        published="1963-07-30",
    ),
    # 'during the Long Recess', a period the sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="This company will be reaping a rich harvest during the Long Recess while Parliament is not sitting and while the Government are inactive and the Milner Holland Committee has not begun to function.",
        due=None,
        vague=False,
        said="1963-07-30 14:49:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC63B,
        published="1963-07-30",
    ),
    # 'without delay' asked of the Government by a backbencher: a request, due None, no refusal word (CONVENTIONS 4.3). unsure: a careful reader could give vague, 7 days (CONVENTIONS 5.1), reading the action as undertaken
    B(
        text="I want a concrete assurance from the Government that effective action is to be taken without delay to protect the victims of the Brady racket in my constituency and elsewhere.",
        due=None,
        vague=False,
        said="1963-07-30 14:49:00",
        tz="Europe/London",
        cluster=1,
        source=_HC63B,
        published="1963-07-30",
    ),
    # Office for National Statistics blog 'First census results are on their way' (Jen Woolford) of Tuesday 24 May 2022, as carried in full by the Sector Support North East Lincolnshire site ('Sent on behalf of National Statistics'; Crown copyright under the OGL); zone Europe/London (BST); the blog's date is the one the ONS letter in this set gives; no hour: said 24 May 2022 10:00 BST. Sentences whose only time word is general ('decennial') or that hold none are not taken. Released on 28 June (2022): due at the end of that day ('Census 2021' names the census)
    B(
        text="The first results from Census 2021 in England and Wales will be released on 28 June.",
        due="2022-06-28 22:59:59",
        vague=False,
        said="2022-05-24 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_ONS22A,
        published="2022-05-24",
    ),
    # 'over coming months and years', the speaker's plan in vague words: the later window, 'the coming years', 3 years (docstring of the parser; CONVENTIONS 5.1), due 24 May 2025 end of day. unsure: a careful reader could give due None with no refusal word (a figure of speech, no undertaking)
    B(
        text="But they are just the first brushstrokes of the detailed picture of the nation we will paint over coming months and years, a picture which will get richer and more detailed as we go.",
        due="2025-05-24 22:59:59",
        vague=True,
        said="2022-05-24 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_ONS22A,
        published="2022-05-24",
    ),
    # 'in spring last year', told of the past: past
    B(
        text="More than 20 million households across England and Wales completed their questionnaires in spring last year.",
        due=None,
        vague=False,
        said="2022-05-24 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONS22A,
        published="2022-05-24",
    ),
    # Office for National Statistics letter from Jennet Woolford (Director of Health, Population and Methods Transformation) to Ed Humpherson, 'Alternative release time for Census 2021 data in England and Wales', published on the Office for Statistics Regulation site (osr.statisticsauthority.gov.uk; Crown copyright under the OGL); zone Europe/London (BST); the stored text prints no date: it answers a reply to a letter of 9 May and tells of a blog published 'on Tuesday', 24 May 2022, so it is read on Wednesday 25 May 2022 at 10:00 BST (only the third case below depends on the day). The letter of 9 May, told of the past: past
    B(
        text="Thank you for your response to my letter of 9th May permitting an alternative release time for the first results of the 2021 Census.",
        due=None,
        vague=False,
        said="2022-05-25 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONS22B,
        published="2022-05-25",
    ),
    # 'On Tuesday' and '24 May 2022' date the blog, already published; the act it announces has its own time, Tuesday 28 June 2022: due at the end of that day (CONVENTIONS 2.2, 2.3). unsure: a careful reader could give past (the sentence reports a publication)
    B(
        text="On Tuesday we published a blog notifying users and the public that the first results from the 2021 Census will be published on Tuesday 28th June: First census results are on their way, 24 May 2022.",
        due="2022-06-28 22:59:59",
        vague=False,
        said="2022-05-25 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_ONS22B,
        published="2022-05-25",
    ),
    # a clock time with no day in the sentence: the first 11:00 after the moment of speaking, 25 May 2022 11:00 BST (CONVENTIONS 6.3). page: 28 June 2022 11:00 BST
    B(
        text="This blog sets out what users can expect from the first release, and makes reference to the 11am release time to enable laying of results in Parliament.",
        due="2022-05-25 10:00:00",
        vague=False,
        said="2022-05-25 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_ONS22B,
        published="2022-05-25",
    ),
    # NZ Department of Conservation release on 2021/22 hut and campsite bookings and prices, as carried by voxy.co.nz (Monday 10 May 2021, 13:34 on the page; DOC's own site states CC BY 4.0 for its content); zone Pacific/Auckland (NZST, UTC+12); said 10 May 2021 13:34 NZST. Sentences whose only time words are general ('overnight', 'quieter times') or that hold none are not taken. Bookings open 'from tomorrow', an offer open from a date: earliest, 11 May 2021 00:00 NZST (CONVENTIONS 3.2; '2021/22 season' names the season booked). unsure: a careful reader could give the end of 11 May (the opening as a one-off event, or the price changes taking effect, CONVENTIONS 3.1, 3.1a)
    B(
        text="From tomorrow, 2021/22 season bookings open for Department of Conservation (DOC) huts and campsites with changes and modest price increases for some popular facilities.",
        due=None,
        vague=False,
        said="2021-05-10 01:34:00",
        tz="Pacific/Auckland",
        refusal="earliest",
        earliest="2021-05-10 12:00:00",
        cluster=5,
        source=_DOC21,
        published="2021-05-10",
    ),
    # people encouraged to book for stays 'in the coming year': a request to others, due None, no refusal word (CONVENTIONS 4.3)
    B(
        text='"We encourage people to make the most of their fantastic recreation network and visit DOC’s website to secure their spots at a hut or campsite in the coming year."',
        due=None,
        vague=False,
        said="2021-05-10 01:34:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOC21,
        published="2021-05-10",
    ),
    # 'for the coming year' is the period the prices cover, 'seasonal' and 'weekend' name kinds of price: due None, no refusal word. unsure: a careful reader could give recurring (standing seasonal and weekend prices, CONVENTIONS 1.3)
    B(
        text="Price changes for the coming year include differential pricing for international visitors on seven Great Walks, the extension of the use of seasonal pricing, and the introduction of weekend pricing for a small number of DOC’s most high-use huts, says Steve Taylor.",
        due=None,
        vague=False,
        said="2021-05-10 01:34:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOC21,
        published="2021-05-10",
    ),
    # 'This year’s changes' names the changes; nothing is dated: due None, no refusal word. unsure: a careful reader could give past ('have been designed')
    B(
        text='"This year’s changes allow for a more nuanced approach to price-setting and have been designed to improve cost recovery.',
        due=None,
        vague=False,
        said="2021-05-10 01:34:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOC21,
        published="2021-05-10",
    ),
    # weekend and seasonal pricing, standing rules; the monitoring has no time: recurring (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word
    B(
        text='Weekend, seasonal and differential pricing are expected to make a positive difference, but we’ll be monitoring the effectiveness of this approach."',
        due=None,
        vague=False,
        said="2021-05-10 01:34:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_DOC21,
        published="2021-05-10",
    ),
    # 'for several years now', 'for a decade', told of the past: past
    B(
        text='"These changes have been in the pipeline for several years now and many prices, such as for the Backcountry Hut, haven’t changed for a decade.',
        due=None,
        vague=False,
        said="2021-05-10 01:34:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC21,
        published="2021-05-10",
    ),
    # a price 'per night', a standing rate: recurring (CONVENTIONS 1.3)
    B(
        text="Although the changes do include some modest price increases (from $1 to $5 per night in most instances), there are still lots of free or lower-cost options.",
        due=None,
        vague=False,
        said="2021-05-10 01:34:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_DOC21,
        published="2021-05-10",
    ),
    # NZ Department of Conservation release 'Sign up to book conservation huts and campsites' ('Date: 23 June 2020' in the stored text), as carried by livenews.co.nz ('Source: Department of Conservation'; DOC's own site states CC BY 4.0 for its content); zone Pacific/Auckland (NZST, UTC+12); no hour: said 23 June 2020 10:00 NZST. The headline, the date line, 'Introduction', the link line 'Create a user account for the new booking service.' and sentences without a time word are not taken. The bookings open on Thursday 25 June 2020, told as going to happen: due at the end of that day (CONVENTIONS 3.1, a one-off opening on a day; the account 'today' is only encouraged, CONVENTIONS 4.3)
    B(
        text="The DOC is encouraging Kiwis to create an account online today in preparation for conservation hut and campsite bookings opening on a new booking system on Thursday 25 June 2020.",
        due="2020-06-25 11:59:59",
        vague=False,
        said="2020-06-22 22:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_DOC20,
        published="2020-06-23",
    ),
    # 'summer holidays', 'each year': recurring (CONVENTIONS 1.3); quoted from the second sentence of the quotation, as stored
    B(
        text="Conservation campgrounds are a mainstay of classic Kiwi summer holidays and our huts provide shelter and accommodation to thousands of trampers each year,” says Ross Shearer, DOC’s Booking Services Manager.",
        due=None,
        vague=False,
        said="2020-06-22 22:00:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_DOC20,
        published="2020-06-23",
    ),
    # bookings open on Thursday 25 June (2020): due at the end of that day (CONVENTIONS 3.1); the season (1 July 2020 to 30 June 2021) is the time of the stays booked. unsure: a careful reader could give the season's end, 30 June 2021 23:59:59 NZST (CONVENTIONS 6.1, the later end of a range)
    B(
        text="On Thursday 25 June, bookings open for the majority of these facilities for the 2020/2021 season (1 July 2020 – 30 June 2021).",
        due="2020-06-25 11:59:59",
        vague=False,
        said="2020-06-22 22:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_DOC20,
        published="2020-06-23",
    ),
    # an account that can be made 'from today', a possibility open from a start: earliest, 23 June 2020 00:00 NZST (CONVENTIONS 3.2)
    B(
        text="To book, customers will need to create a user account online which they can do from today.",
        due=None,
        vague=False,
        said="2020-06-22 22:00:00",
        tz="Pacific/Auckland",
        refusal="earliest",
        earliest="2020-06-22 12:00:00",
        cluster=5,
        source=_DOC20,
        published="2020-06-23",
    ),
    # a recommendation to others, hung on their booking and on 'summer holidays': due None, no refusal word (CONVENTIONS 4.3). unsure: a careful reader could give event ('in advance of making a booking', CONVENTIONS 1.3)
    B(
        text="Ross Shearer recommends creating an account in advance of making a booking, especially for popular destinations, or anywhere during summer holidays.",
        due=None,
        vague=False,
        said="2020-06-22 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOC20,
        published="2020-06-23",
    ),
    # 'this year', the popularity told of the past; the advice sets no time: past. unsure: a careful reader could give due None with no refusal word (advice, CONVENTIONS 4.3)
    B(
        text="“After the amazing popularity of Great Walks this year, we’re advising people to get in early and secure their dates to avoid disappointment.”",
        due=None,
        vague=False,
        said="2020-06-22 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC20,
        published="2020-06-23",
    ),
    # Statistics Canada, '2016 Census of Agriculture' questionnaire (statcan.gc.ca; Statistics Canada Open Licence); zone America/Toronto (Ottawa); the page prints no date: read on 2 May 2016 at 10:00 EDT (the day the census could be completed online); neither label depends on the exact day before 10 May 2016. The help-line hours ('Monday to Friday from 8 a.m. to 8:00 p.m.' and the weekend line), contact and instruction lines and answer options are not taken. 'as of May 10, 2016' is the reference day of the answers, not a time anything falls due: due None, no refusal word. unsure: a careful reader could give 10 May 2016 (end of day), reading it as the day the questionnaire is to describe and be completed for
    B(
        text="Answer the following questions about each person responsible for the MANAGEMENT DECISIONS made for this agricultural operation as of May 10, 2016.",
        due=None,
        vague=False,
        said="2016-05-02 14:00:00",
        tz="America/Toronto",
        cluster=1,
        source=_SC16,
        published="2016-05-02",
    ),
    # a question about 2015, a year already past: past
    B(
        text="In 2015, what was each operator's average time contribution to this agricultural operation?",
        due=None,
        vague=False,
        said="2016-05-02 14:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SC16,
        published="2016-05-02",
    ),
    # Statistics Canada, StatCan Blog listing page (statcan.gc.ca/eng/blog/cs; Statistics Canada Open Licence); zone America/Toronto; the item is dated 3 January 2019 on the page and its update is not dated: read on 3 January 2019 at 10:00 EST; neither label depends on the day before 5 February 2019. The other items' sentences hold no time word or only general ones ('when it's time to', 'Periodically') and are not taken. The publication on 5 February 2019 is called off and no new time given: negated (CONVENTIONS 4.1)
    B(
        text="Update - As a result of the US government shutdown, the publication of the December 2018 reference month for Canadian international merchandise trade data will not occur as scheduled on February 5, 2019.",
        due=None,
        vague=False,
        said="2019-01-03 15:00:00",
        tz="America/Toronto",
        refusal="negated",
        cluster=5,
        source=_SC19,
        published="2019-01-03",
    ),
    # the release delayed until the US Census Bureau resumes work and a date is agreed, undated events: event (CONVENTIONS 1.3, 5.2)
    B(
        text="Statistics Canada's present approach, following consultation with stakeholders, is to delay the release of monthly international merchandise trade statistics until the USCB resumes normal operations and a new joint release date is negotiated with the USCB as per the data exchange agreement.",
        due=None,
        vague=False,
        said="2019-01-03 15:00:00",
        tz="America/Toronto",
        refusal="event",
        cluster=5,
        source=_SC19,
        published="2019-01-03",
    ),
    # Statistics Canada communiqué 'Canadian Statistics Advisory Council Report - Toward a Stronger National Statistical System' of 20 October 2020, Ottawa (on a statcan.gc.ca listing page; Statistics Canada Open Licence); zone America/Toronto (EDT); no hour: said 20 October 2020 10:00 EDT. The dateline and sentences without a time word (or only 'timely', 'timeliness') are not taken. 'Today ... issued', an act already done as it is told: past (CONVENTIONS 2.4, the act done)
    B(
        text="Today, the Canadian Statistics Advisory Council (CSAC) issued its first report (CSAC 2020 Annual Report - Towards a Stronger National Statistical System) on the state of the country’s statistical system to the Minister of Innovation, Science and Industry.",
        due=None,
        vague=False,
        said="2020-10-20 14:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SC20,
        published="2020-10-20",
    ),
    # the release on World Statistics Day, 20 October 2020, the day of speaking, told in the present: due at the end of that day (CONVENTIONS 2.1). unsure: a careful reader could give past (the report was issued, as the sentence before says)
    B(
        text="The release of this report coincides with World Statistics Day.",
        due="2020-10-21 03:59:59",
        vague=False,
        said="2020-10-20 14:00:00",
        tz="America/Toronto",
        cluster=6,
        source=_SC20,
        published="2020-10-20",
    ),
    # UK Parliament (House of Commons oral answers, 'Rural Housing (Report)', Thursday 28 March 1946, HC Deb vol 421 cc549-50; Open Parliament Licence, on api.parliament.uk historic Hansard); zone Europe/London (GMT, UTC+0, as zoneinfo gives for that day); the page gives the date and no hour: said 28 March 1946 10:00 GMT. The speakers' names, the question number and sentences without a time word are not taken; the question is quoted as stored, beginning 'asked' after the member's name and with the page's line-break hyphen 'Sub-Commit- tee'. 21 March and 18 January 1946, told of the past: past
    B(
        text="asked the Minister of Health what was the reason for the delay in not placing in the Library of the House before 21st March, 1946, the Interim Report of the Rural Housing Sub-Commit- tee of the Central Housing Advisory Committee which was signed on 18th January, 1946.",
        due=None,
        vague=False,
        said="1946-03-28 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC46,
        published="1946-03-28",
    ),
    # 'as soon as a request was made', told of the past: past (CONVENTIONS 5.3)
    B(
        text="Arrangements were made to place it in the Library as soon as a request was made.",
        due=None,
        vague=False,
        said="1946-03-28 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC46,
        published="1946-03-28",
    ),
    # Houses of the Oireachtas (Dáil written answer of Wednesday 9 July 2008 to Question 290, Department of Education and Science, 'Child Abuse', as carried by kildarestreet.com from the Oireachtas record; CC BY 4.0); zone Europe/Dublin (IST); the page gives '11:00 pm': said 9 July 2008 23:00 IST. The question (no time word of its own), the sentences whose only years name Acts and those without a time word are not taken. 'established in 1999', told of the past: past
    B(
        text="The Commission to Inquire into Child Abuse was established in 1999 and was subsequently put on a statutory basis under the Commission to Inquire into Child Abuse Act 2000.",
        due=None,
        vague=False,
        said="2008-07-09 22:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_WA08,
        published="2008-07-09",
    ),
    # 'at such time during the specified period as the Commission may determine', a time left to another's undated decision within a period the sentence does not date: event (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word
    B(
        text="In accordance with the legislation, the report will be published to the general public by the Commission in such manner and at such time during the specified period as the Commission may determine.",
        due=None,
        vague=False,
        said="2008-07-09 22:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_WA08,
        published="2008-07-09",
    ),
    # the period expires at the end of January 2009: due 31 January 2009 23:59:59 GMT (CONVENTIONS 3.1; 'recently approved' is the past approval)
    B(
        text="I can advise the Deputy that both Houses recently approved an extension to the Commission's specified period which will now expire at the end of January 2009.",
        due="2009-01-31 23:59:59",
        vague=False,
        said="2008-07-09 22:00:00",
        tz="Europe/Dublin",
        precision="month",
        cluster=4,
        source=_WA08,
        published="2008-07-09",
    ),
    # 'before that date', a date only the sentence before gives: event (CONVENTIONS 1.3; 6.3 reads a sentence alone). page: by the end of January 2009, 31 January 2009 23:59:59 GMT (CONVENTIONS 3.5). unsure: a careful reader could give due None with no refusal word
    B(
        text="It is anticipated that the report will be finalised and published before that date.",
        due=None,
        vague=False,
        said="2008-07-09 22:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_WA08,
        published="2008-07-09",
    ),
)
