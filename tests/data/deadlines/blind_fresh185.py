"""A HUNDRED-AND-EIGHTY-FIFTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-07 (UTC) between about 09:45 and 09:55 by the machine's clock (which ran
slow against the work done; the branch's commit time is the one to trust) by a labelling helper (branch
issue12l185-s63) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 63 (fresh184, fresh186 to fresh188, articles blind148 and blind149), whose claims in the
shared claims file were treated as used and whose files and README sections were not opened. It read
`CONVENTIONS.md` in full (4.3 included), the docstring, comments, several cases and the README section of
`blind_fresh183.py`, the field list and the docstring conventions of `BlindCase` in `blind_real.py`, the
docstring of `tests/data/fresh_check.py` and the top docstring of the parser package only (the vague windows,
parts of the day, "lunchtime", bare clock times, "early / mid / late"); nothing else of
`bot/core/deadlines/` was opened. The brief asked for less-mined publishers (Wikinews, the NZ Department of
Conservation and other NZ government pages stating CC BY, the Australian Bureau of Statistics and other
Commonwealth pages stating CC BY, ONS and NHS England, US BLS and BEA release notices, FEMA and NOAA/National
Weather Service notices), open licences only, at least eight publishers, none above a fifth, at most a third
from the United States, a spread of genres, about 80 cases (at least 60).

The set quotes UK Parliament (Commons written answers of 1 April, 25 June and 21 October 1985), the Houses of
the Oireachtas (Dáil Order of Business of 26 November 1953), the Federal Emergency Management Agency (news
releases of 20 October 2003, 8 December 2004 and 19 February 2005, on the University of North Texas web
archive of fema.gov), the UK Statistics Authority's Office for Statistics Regulation (two news items on the
release-time change of 2022), NHS England (a vaccination news item of 4 December 2023, as carried by
wired-gov.net), the National Weather Service (Service Change Notice 17-127 of 4 December 2017), the European
Commission (a DG NEAR news article of 21 September 2020), Statistics Canada (a Chief Statistician's statement
of 24 January 2019) and the NZ Department of Conservation (a media release of 5 August 2025, as carried by
nz.mil-osi.com). 60 cases from 9 publishers: UK Parliament 12 (20.0%); FEMA 11 (18.3%); the Office for
Statistics Regulation 10 (16.7%); the Oireachtas 9 (15.0%); NHS England 8 (13.3%); the National Weather
Service 4 (6.7%); the Commission 3 (5.0%); Statistics Canada 2 (3.3%); the Department of Conservation 1
(1.7%). 15 of the 60 (25.0%) are from the United States (FEMA, NWS); 45 are not. Genres: parliamentary
written questions and answers, an Order of Business with exchanges across the floor, disaster-agency
registration notices, a weather-service change notice, a statistics regulator's news items, a health-service
campaign release, a Commission travel notice, a statistics-office statement and a conservation media release.

The store is heavily mined: of about 75 addresses checked (each with a distinctive phrase) with
`fresh_check.py`, most read used (BLS and BEA schedule notices, ONS statements, ABS media releases and
release advice, Wikinews articles, FEMA archive releases, Oireachtas debates and written answers, Commission
Daily News pages, NWS change notices on the Unidata archive, DOC media releases, gov.uk statistics
announcements). No Wikinews, ABS, BLS, BEA or ONS page was found fresh in the time; the statistics-body
material is the UK Statistics Authority's (OSR), not the ONS's. Each page's cases share one `source`
constant, so whole pages can be dropped.

Left out, and why. Claimed (`fresh185`) but not used, to keep the caps (a fifth for each publisher) once the
set could not reach 75: the Dáil Order of Business of 26 May 1983 (Oireachtas), the Commons written answers
of 13 November 1985 (UK Parliament, its one sentence with a time word a perfect with 'today') and FEMA's
release of 16 December 1999 (FEMA). Within the pages kept: sentences without a time word; sentences whose
only time words are general ("now", "at present", "recent", "to date", "each year", "a few moments",
"rarely", "regular") or whose only year names an Act; speaker tags, titles, subtitles, headings, date lines,
datelines, list items, table headings, notice headers and subject lines; a repeated sentence (taken once);
sentences cut off where the stored opening ends; the other publishers' items on the carrying pages; and one
FEMA boilerplate sentence that the whole-sentence check read USED (dropped, not relabelled).

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a clock time, a
year, "today", "this morning", "last night", "next week", "this week", "two weeks", "eight days", "one
month", "half an hour", "each week", "weekends", "this winter", "this Christmas", "in due course", "at the
appropriate time", "the first half of 1985", "the previous five years", "the pandemic"); within each page
quoted, the sentences of the stored opening that hold one were taken in page order, easy or hard.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names
excepted, which the freshness tool skips) or in the shared claims file was used: each was checked with
`fresh_check.py` (the address and a distinctive phrase of the page) and claimed (`fresh185`) in
`/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence was then checked whole with
the same tool (skipping this file): all 60 read fresh. Each label was worked out by hand from the words, the
publication date and the publisher's zone (Europe/London for UK Parliament, OSR and NHS England,
Europe/Dublin for the Oireachtas, America/New_York for FEMA and the NWS, Europe/Brussels for the Commission,
America/Toronto for Statistics Canada, Pacific/Auckland for the Department of Conservation); the conversion
of local instants to UTC wall time, weekdays and day counts were done with Python's zoneinfo and datetime in
a scratch script outside the repository, never with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh183.py`: the publication date at 10:00 local time unless the page gives the hour (one does: the
NWS notice, '805 AM EST'); the first comment of each page says where its date was read. Two OSR items print
no date in their stored text and are read on a day fixed as their comments say (one label, the 'Today we are
making' case, depends on that day and is marked unsure). A day falls due at 23:59:59 local; a one-off event
at its time (CONVENTIONS 3.1); a clock time with no day of its own at its first occurrence after the moment of
speaking (CONVENTIONS 6.3, the page's instant written in the comment); a time limit left to an actor at its
end (CONVENTIONS 1.2); questions, requests and hedged proposals due None with no refusal word (CONVENTIONS
4.3); advice with no undertaking due None (CONVENTIONS 4.2); times hung on an undated event are event
(CONVENTIONS 1.3); standing schedules and opening hours recurring (CONVENTIONS 1.3); lower bounds earliest
(CONVENTIONS 3.2); vague words of an undertaking take the documented windows (CONVENTIONS 5.1). Clusters as in
`blind_fresh183.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4 parts of the day, periods
and windows, 5 refusals, 6 plain days and dates. 38 labels are refusals (past 24, recurring 11, event 2,
earliest 1, negated 0); 1 is vague (a 60-day window); 16 labels carry a due instant (the vague one included);
6 have due None and no refusal word; 19 are marked "unsure" and name the other reading; like every label here
they stay as committed, whatever the first run shows. First run: not yet taken (the lead runs it once, after
merging, and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_HC85A = "https://hansard.parliament.uk/Commons/1985-04-01/debates/032bdbec-d36a-42ff-849d-ac940b7346e6/WrittenAnswers"
_HC85J = "https://hansard.parliament.uk/Commons/1985-06-25/debates/e69d3904-b69d-4719-9d56-fccbddd4590a/WrittenAnswers"
_HC85O = "https://hansard.parliament.uk/Commons/1985-10-21/debates/89e4016a-4da9-4856-998e-48ce2b16ad2e/WrittenAnswers"
_DAIL53 = "https://www.oireachtas.ie/ga/debates/debate/dail/1953-11-26/41/"
_FEMA04 = "https://webarchive.library.unt.edu/eot2008/20081024210419/http://www.fema.gov/news/newsrelease.fema?id=15624"
_FEMA05 = "https://webarchive.library.unt.edu/eot2008/20090118174222/https:/www.fema.gov/news/newsrelease.fema?id=16644"
_FEMA03 = "https://webarchive.library.unt.edu/eot2008/20090113183325/https:/www.fema.gov/news/newsrelease.fema?id=6440"
_NWS17 = "https://www.nws.noaa.gov/os/notification/scn17-127goes_cloud.htm"
_NHS23 = "https://www.wired-gov.net/wg/news.nsf/articles/nhs+urges+people+to+get+winter+jabs+with+two+weeks+until+online+bookings+close+04122023102500?open"
_DOC25 = "https://nz.mil-osi.com/page/17"
_EC20 = "https://neighbourhood-enlargement.ec.europa.eu/news/high-representativevice-president-borrell-travels-ukraine-2020-09-21_da"
_SC19 = "https://www.statcan.gc.ca/en/about/smr09/smr09_100"
_OSR22T = "https://osr.statisticsauthority.gov.uk/news/todays-changes-to-the-code-of-practice-for-statistics-release-times-for-official-statistics"
_OSR22C = "https://osr.statisticsauthority.gov.uk/news/changes-to-the-code-of-practice-for-statistics-release-times-for-official-statistics/"

FRESH185_CASES: tuple[BlindCase, ...] = (
    # UK Parliament (Hansard, Commons written answers of Monday 1 April 1985, 'Anglo-Irish Intergovernmental Council', on hansard.parliament.uk; Open Parliament Licence); zone Europe/London (BST from 31 March 1985, UTC+1, as zoneinfo gives); the page gives the date and no hour: said 1 April 1985 10:00 BST. The attached list of meetings (list items) and the sentences without a time word are not taken. a question asking to list meetings held since October 1983, a period gone by: past. unsure: a careful reader could give due None with no refusal word (a question, CONVENTIONS 4.3)
    B(
        text="asked the Prime Minister if she will list all of Her Majesty's Ministers who have taken part in meetings of the Anglo-Irish Intergovernmental Council since October 1983 and the dates and locations of such meetings, together with the names of Ministers from the Irish Republic who were present.",
        due=None,
        vague=False,
        said="1985-04-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC85A,
        published="1985-04-01",
    ),
    # two meetings, 7 November 1983 and 19 November 1984, told of the past: past
    B(
        text="I met the Irish Taoiseach at Chequers on 7 November 1983 and again on 19 November 1984 within the framework of the Anglo-Irish Intergovernmental Council.",
        due=None,
        vague=False,
        said="1985-04-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC85A,
        published="1985-04-01",
    ),
    # UK Parliament (Hansard, Commons written answers of Tuesday 25 June 1985, Prime Minister, on hansard.parliament.uk; Open Parliament Licence); zone Europe/London (BST, UTC+1); no hour: said 25 June 1985 10:00 BST. Questions and answers without a time word are not taken ('a date' alone is no time word); the engagements question, printed three times, is taken once; the last sentence, cut off where the stored opening ends, is not taken. a reply of 22 January 1985 and an invitation already accepted: past
    B(
        text="As I said in my reply of 22 January 1985, at columns 371–72 to my hon. Friend the Member for Leicester, East (Mr. Bruinvels), the Israeli Prime Minister has accepted an invitation to pay an official visit to Britain.",
        due=None,
        vague=False,
        said="1985-06-25 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC85J,
        published="1985-06-25",
    ),
    # 'at the appropriate time' is not one of the documented vague words and fixes no time: due None, no refusal word. unsure: a careful reader could read it as 'in due course' (vague, 60 days: 24 August 1985 end of day, 1985-08-24 22:59:59 UTC)
    B(
        text="Dates are now being considered, and an announcement will be made at the appropriate time.",
        due=None,
        vague=False,
        said="1985-06-25 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC85J,
        published="1985-06-25",
    ),
    # March 1984, a letter of 4 April 1984 and 13 April, told of the past: past
    B(
        text="So far as I can recall, in March 1984, as the hon. Member will no doubt recall, it is referred to in my letter to the right hon. Member for Llanelli (Mr. Davies) of 4 April 1984 published in the Official Report on 13 April at column 383.",
        due=None,
        vague=False,
        said="1985-06-25 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC85J,
        published="1985-06-25",
    ),
    # a question about the day's engagements: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="asked the Prime Minister if she will list her official engagements for Tuesday 25 June.",
        due=None,
        vague=False,
        said="1985-06-25 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC85J,
        published="1985-06-25",
    ),
    # this morning's meetings, told of the past: past
    B(
        text="This morning I had meetings with ministerial colleagues and others.",
        due=None,
        vague=False,
        said="1985-06-25 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC85J,
        published="1985-06-25",
    ),
    # UK Parliament (Hansard, Commons written answers of Monday 21 October 1985, the Arts and Agriculture, on hansard.parliament.uk; Open Parliament Licence); zone Europe/London (BST until 27 October 1985, UTC+1); no hour: said 21 October 1985 10:00 BST. Sentences without a time word or whose only time word is general ('recent', 'now') and the table heading are not taken. 'in due course' as the Minister's undertaking for his colleague: vague, 60 days (CONVENTIONS 5.1), 20 December 1985 end of day GMT; 'next year's' only names the budget
    B(
        text="My hon. Friend will be announcing next year's arts budget in the normal way in due course.",
        due="1985-12-20 23:59:59",
        vague=True,
        said="1985-10-21 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HC85O,
        published="1985-10-21",
    ),
    # a question about the previous five years' figures: past. unsure: a careful reader could give due None with no refusal word (a question, CONVENTIONS 4.3)
    B(
        text="asked the Minister of Agriculture, Fisheries and Food what is the amount of food and wine sent from the EEC to the Soviet Union, and eastern Europe, respectively, in the most recent annual period for which figures are available; and what were the comparable figures in each of the previous five years.",
        due=None,
        vague=False,
        said="1985-10-21 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC85O,
        published="1985-10-21",
    ),
    # periods and replies of 25 March and 13 June 1985, told of the past: past
    B(
        text="The information requested for the period 1976–1983 and 1984 is contained in replies given by my predecessor on 25 March 1985 at column 1–2 and 13 June 1985 at column 526–27 respectively.",
        due=None,
        vague=False,
        said="1985-10-21 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC85O,
        published="1985-10-21",
    ),
    # exports in 1984, a year gone by: past
    B(
        text="Figures are now available for the exports of wine in 1984; these record 72 thousand tonnes exported to the Soviet Union and 14 thousand tonnes to the rest of eastern Europe.",
        due=None,
        vague=False,
        said="1985-10-21 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC85O,
        published="1985-10-21",
    ),
    # the first half of 1985, ended before the moment of speaking: past
    B(
        text="Provisional information for the first half of 1985 is contained in the table.",
        due=None,
        vague=False,
        said="1985-10-21 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC85O,
        published="1985-10-21",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate of Thursday 26 November 1953, Order of Business, read at the Irish-language address of the debate, its text in English; CC BY 4.0); zone Europe/Dublin (GMT, UTC+0, as zoneinfo gives); no hour: said 26 November 1953 10:00. The order of items and the sentences without a time word or whose only time word is general ('at present') are not taken, nor the last sentence, cut off where the stored opening ends. '9 o'clock' in a sitting-day schedule is 9 p.m. (as blind_real reads '2 o'clock'); a clock time with no day of its own: the first 9 p.m. after the moment of speaking, the same day (CONVENTIONS 6.3; page: the same day). unsure: a careful reader could give 27 November 1953 09:00 (the first 9 o'clock read as a morning hour)
    B(
        text="Public business will be interrupted at 9 o'clock for Private Deputies' business.",
        due="1953-11-26 21:00:00",
        vague=False,
        said="1953-11-26 10:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_DAIL53,
        published="1953-11-26",
    ),
    # last Tuesday, told of the past: past
    B(
        text="On the Order of Business, on last Tuesday, when the Minister for Finance was introducing the Finance group of Estimates, he stated that he would take Vote 22 separately and you ruled, a Cheann Comhairle, that Vote 22 should be taken separately.",
        due=None,
        vague=False,
        said="1953-11-26 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL53,
        published="1953-11-26",
    ),
    # a request that the Government put the Estimate down for next Tuesday: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="I would ask that a token Estimate for Vote 22 be put on the Order Paper for next Tuesday.",
        due=None,
        vague=False,
        said="1953-11-26 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL53,
        published="1953-11-26",
    ),
    # last night, told of the past: past
    B(
        text="I understand the Deputy made some arrangement with the Minister last night.",
        due=None,
        vague=False,
        said="1953-11-26 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL53,
        published="1953-11-26",
    ),
    # a question about next week's sitting days and hours: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="Will the Tánaiste say on what days and hours it is proposed to sit next week?",
        due=None,
        vague=False,
        said="1953-11-26 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL53,
        published="1953-11-26",
    ),
    # the answer gives sitting hours, a standing schedule: recurring (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word (a fragment that names no act), or the end of next week (Sunday 6 December 1953, end of day)
    B(
        text="The same hours as this week.",
        due=None,
        vague=False,
        said="1953-11-26 10:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_DAIL53,
        published="1953-11-26",
    ),
    # an impression held in the past about next week: past. unsure: a careful reader could give due None with no refusal word (a belief, no undertaking, CONVENTIONS 4.2)
    B(
        text="We were under the impression that we would revert to the ordinary hours next week.",
        due=None,
        vague=False,
        said="1953-11-26 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL53,
        published="1953-11-26",
    ),
    # a hedged proposal ('I think', 'perhaps'): due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="I think we could, perhaps, discuss this next week.",
        due=None,
        vague=False,
        said="1953-11-26 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL53,
        published="1953-11-26",
    ),
    # last night, told of the past: past
    B(
        text="We raised objection last night——",
        due=None,
        vague=False,
        said="1953-11-26 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL53,
        published="1953-11-26",
    ),
    # Federal Emergency Management Agency (news release 1539-305 'Disaster Registration Deadline Three Weeks Away', release date December 8, 2004, read on the University of North Texas web archive of fema.gov; US federal work, public domain); zone America/New_York (Florida release, EST, UTC-5); no hour: said 8 December 2004 10:00 EST. The quotes without a time word, 'To date' (general) and the last sentence, cut off where the stored opening ends, are not taken. the registration period ends on 31 December: due that day, end of day (CONVENTIONS 3.1). unsure: a careful reader could give 30 December, end of day ('before' a day, CONVENTIONS 3.5)
    B(
        text="Floridians are encouraged to register for disaster assistance before the registration period ends on Dec. 31.",
        due="2005-01-01 04:59:59",
        vague=False,
        said="2004-12-08 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FEMA04,
        published="2004-12-08",
    ),
    # opening hours every day: recurring (CONVENTIONS 1.3)
    B(
        text="Telephone lines are open from 6 a.m. to midnight, seven days a week.",
        due=None,
        vague=False,
        said="2004-12-08 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FEMA04,
        published="2004-12-08",
    ),
    # how long the process normally takes, a standing duration for every applicant: recurring (CONVENTIONS 1.3)
    B(
        text="The registration process normally takes less than half an hour and applicants will need to provide a social security number, current and pre-disaster address and phone number, insurance information/type, total household annual income and financial information from your bank (routing and account number) if you want disaster funds transferred directly to a financial institution.",
        due=None,
        vague=False,
        said="2004-12-08 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FEMA04,
        published="2004-12-08",
    ),
    # Federal Emergency Management Agency (news release 1539-378 'Disaster Application Deadline Approaches', release date February 19, 2005, read on the University of North Texas web archive of fema.gov; public domain); zone America/New_York (EST); no hour: said Saturday 19 February 2005 10:00 EST. The subtitle (a heading) and the sentences without a time word are not taken. a time limit left to the applicants from now: eight days, 27 February 2005 end of day (CONVENTIONS 1.2). unsure: a careful reader could give 28 February 2005, end of day (the last day the release names, counting the days left inclusively)
    B(
        text="Residents and business owners in the state of Florida, who sustained damage from 2004’s four hurricanes, have only eight days to apply for disaster assistance.",
        due="2005-02-28 04:59:59",
        vague=False,
        said="2005-02-19 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_FEMA05,
        published="2005-02-19",
    ),
    # the last day applications are accepted: Monday 28 February 2005, end of day; the attribution is not the tense (CONVENTIONS 2.2)
    B(
        text="Monday, Feb. 28 is the last day applications will be accepted, said officials from the Department of Homeland Security’s Federal Emergency Management Agency (FEMA).",
        due="2005-03-01 04:59:59",
        vague=False,
        said="2005-02-19 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FEMA05,
        published="2005-02-19",
    ),
    # opening hours Monday to Saturday: recurring (CONVENTIONS 1.3)
    B(
        text="The lines are operational Monday through Saturday from 8 a.m. to 6 p.m.",
        due=None,
        vague=False,
        said="2005-02-19 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FEMA05,
        published="2005-02-19",
    ),
    # last August, told of the past: past
    B(
        text="“FEMA is committed to helping Floridians recover from the multiple hurricanes that descended on the state beginning last August,” said Bill Carwile, federal coordinating officer.",
        due=None,
        vague=False,
        said="2005-02-19 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FEMA05,
        published="2005-02-19",
    ),
    # Federal Emergency Management Agency (news release 1493-35 'One Month Left To Register For Disaster Assistance', release date October 20, 2003, read on the University of North Texas web archive of fema.gov; public domain); zone America/New_York (EDT, UTC-4); no hour: said 20 October 2003 10:00 EDT. The dateline ('Washington, DC - ') is not quoted; the quotes whose only time word is 'now' and the sentences without a time word are not taken; the closing boilerplate 'On March 1, 2003, FEMA became part of the U.S. Department of Homeland Security.' was dropped because the whole-sentence check read it USED (it recurs in other FEMA releases of other sets). a time limit left to the applicants from now: one month, 20 November 2003 end of day (CONVENTIONS 1.2); 20 September is the past declaration. unsure: a careful reader could give 19 November 2003, end of day (the deadline the release names)
    B(
        text="Those who suffered losses or damages in the District of Columbia as a result of Hurricane Isabel and who live or have a business in the areas declared disaster areas by President Bush under the Sept. 20 disaster declaration, have one month left to apply for disaster assistance.",
        due="2003-11-21 04:59:59",
        vague=False,
        said="2003-10-20 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_FEMA03,
        published="2003-10-20",
    ),
    # the registration deadline: 19 November 2003, end of day
    B(
        text="The deadline for individuals and businesses to register for assistance is Nov. 19.",
        due="2003-11-20 04:59:59",
        vague=False,
        said="2003-10-20 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FEMA03,
        published="2003-10-20",
    ),
    # opening hours Monday to Friday: recurring (CONVENTIONS 1.3)
    B(
        text="The registration lines are open from 7 a.m. to 8 p.m., Monday through Friday.",
        due=None,
        vague=False,
        said="2003-10-20 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FEMA03,
        published="2003-10-20",
    ),
    # closed every weekend: recurring (CONVENTIONS 1.3)
    B(
        text="Closed weekends.",
        due=None,
        vague=False,
        said="2003-10-20 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FEMA03,
        published="2003-10-20",
    ),
    # National Weather Service (Service Change Notice 17-127, 'Changes to GOES/ASOS Cloud Product on Satellite Broadcast Network (SBN or NOAAPort) Effective January 2, 2018', on nws.noaa.gov; US federal work, public domain); zone America/New_York; the notice gives its hour, '805 AM EST Mon Dec 4 2017': said 4 December 2017 08:05 EST. The header, the subject line (a heading), the sentences without a time word and the last two, cut off where the stored opening ends, are not taken. 'effective on or after' a time gives only a lower bound: earliest, 2 January 2018 15:00 UTC (CONVENTIONS 3.2). unsure: a careful reader could give due 2018-01-02 15:00:00 UTC (a one-off change taking effect, CONVENTIONS 3.1)
    B(
        text="Effective on or after 15 UTC Tuesday, January 2, 2018, there will be changes to the Geostationary Operational Environmental Satellite (GOES) Automated Surface Observing System (ASOS) Satellite Cloud Product (SCP) on the SBN.",
        due=None,
        vague=False,
        said="2017-12-04 13:05:00",
        tz="America/New_York",
        refusal="earliest",
        earliest="2018-01-02 15:00:00",
        cluster=5,
        source=_NWS17,
        published="2017-12-04",
    ),
    # a one-off replacement 'on or about' 18 December 2017 (due that day, end of day, CONVENTIONS 3.1) and a storage mode only begun 'on or after' 2 January 2018 (a start, CONVENTIONS 3.2): the replacement counts. unsure: a careful reader could give earliest 2 January 2018 (00:00 EST, 05:00 UTC) from the later phrase
    B(
        text="The changes are associated with the replacement of GOES-13 with GOES-16 as GOES East on or about December 18, 2017, and the subsequent transition of GOES-13 to storage mode beginning on or after January 2, 2018.",
        due="2017-12-19 04:59:59",
        vague=False,
        said="2017-12-04 13:05:00",
        tz="America/New_York",
        cluster=3,
        source=_NWS17,
        published="2017-12-04",
    ),
    # 2015, told of the past: past
    B(
        text="Since the GOES-13 sounder degraded in 2015, the GOES East SCP product has been based on GOES-13 imager data.",
        due=None,
        vague=False,
        said="2017-12-04 13:05:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NWS17,
        published="2017-12-04",
    ),
    # a one-off disabling 'on or about' 2 January 2018: due that day, end of day (CONVENTIONS 3.1); 'not ... before June 2018' is a denied earlier time, not the deadline. unsure: a careful reader could give earliest 1 June 2018 (00:00 EDT, 04:00 UTC) from 'not ... before June 2018' (CONVENTIONS 3.2)
    B(
        text="GOES-13 product flows will be disabled on or about January 2, 2018; however, the GOES-16 replacement product for the SCP will not reach maturity for operational use before June 2018.",
        due="2018-01-03 04:59:59",
        vague=False,
        said="2017-12-04 13:05:00",
        tz="America/New_York",
        cluster=3,
        source=_NWS17,
        published="2017-12-04",
    ),
    # NHS England (news 'NHS urges people to get winter jabs with two weeks until online bookings close', 4 December 2023, as carried by wired-gov.net, whose address dates it 04/12/2023 10:25; NHS England content under the Open Government Licence v3.0); zone Europe/London (GMT); the hour in the carrier's address is the carrier's, so said 4 December 2023 10:00 GMT. The sentence whose only time word is 'each year' (general, as 'annually'), the quote whose only time word is 'a few moments' and the cut-off last sentence are not taken. bookings close in two weeks from the moment of speaking: Monday 18 December 2023, end of day (CONVENTIONS 1.2). unsure: a careful reader could give 24 December 2023, end of day ('ahead of Christmas', CONVENTIONS 3.5), or 14 December (the last day the next sentence names)
    B(
        text="With just two weeks until online bookings for COVID and flu vaccines close, the NHS is urging anyone still eligible for these vaccines to book an appointment and get potentially lifesaving protection ahead of Christmas.",
        due="2023-12-18 23:59:59",
        vague=False,
        said="2023-12-04 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_NHS23,
        published="2023-12-04",
    ),
    # closed from 15 December, 14 December the last day to book: the deadline counts over the start (CONVENTIONS 3.4), 14 December 2023 end of day
    B(
        text="The NHS online booking system, NHS App and 119 phone service will be closed for flu and COVID vaccine bookings from 15 December, making 14 December the last day to make a booking.",
        due="2023-12-14 23:59:59",
        vague=False,
        said="2023-12-04 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_NHS23,
        published="2023-12-04",
    ),
    # appointments available each week: recurring (CONVENTIONS 1.3)
    B(
        text="There are still hundreds of thousands of appointments available each week across England offering extra protection to those eligible who have not yet come forward.",
        due=None,
        vague=False,
        said="2023-12-04 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_NHS23,
        published="2023-12-04",
    ),
    # this season's start and the vaccines received so far, told of the past: past
    B(
        text="This season saw the fastest ever start to the NHS flu vaccine rollout on record and more people than ever before – over 4.5 million people – have received their flu and COVID vaccines in the same appointment, for extra convenience.",
        due=None,
        vague=False,
        said="2023-12-04 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NHS23,
        published="2023-12-04",
    ),
    # a count as of 30 November since the start of the campaign: past; 'this winter' only says when people can protect themselves. unsure: a careful reader could give due None with no refusal word (the possibility 'can safeguard ... this winter', CONVENTIONS 4.2)
    B(
        text="As of 30 November, a total of 11,404,669 COVID and 16,190,661 flu vaccinations have been administered by the NHS in England since the beginning of the autumn campaign – including 61.5 percent of people ages 65 and over having received their COVID vaccination, but there are still thousands more people who can safeguard their health this winter.",
        due=None,
        vague=False,
        said="2023-12-04 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NHS23,
        published="2023-12-04",
    ),
    # sites keep offering the vaccines through this winter: kept going to the end of winter, 29 February 2024 end of day (meteorological winter, CONVENTIONS 3.3). unsure: a careful reader could give due None with no refusal word (a description of the season, no undertaking)
    B(
        text="A record number of sites continue to offer the vaccines this winter, making it as easy as possible for people to get vaccinated.",
        due="2024-02-29 23:59:59",
        vague=False,
        said="2023-12-04 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_NHS23,
        published="2023-12-04",
    ),
    # advice, no undertaking falls due this Christmas: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could give 25 December 2023, end of day
    B(
        text="Vaccination is the best way for people to ensure they and their families are protected against flu and COVID this Christmas when the viruses spread more easily as people spend more time indoors.",
        due=None,
        vague=False,
        said="2023-12-04 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_NHS23,
        published="2023-12-04",
    ),
    # two weeks counted from an undated vaccination: event (CONVENTIONS 1.3)
    B(
        text="It takes about two weeks following vaccination to build up the maximum defences against the viruses, so it’s important to book in early.",
        due=None,
        vague=False,
        said="2023-12-04 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_NHS23,
        published="2023-12-04",
    ),
    # NZ Department of Conservation (media release 'New hut opened on the Pouākai Ranges', dated 05 August 2025, as carried by nz.mil-osi.com with 'Source: NZ Department of Conservation'; DOC content licensed CC BY 4.0 as doc.govt.nz's own copyright and terms page states); zone Pacific/Auckland (NZST, UTC+12); no hour: said 5 August 2025 10:00 NZST. The other items on the carrier's page (other publishers) are not read; the DOC sentences without a time word are not taken. yesterday morning (4 August), told of the past: past
    B(
        text="The 34-bunk hut was formally opened yesterday morning (4 August) as part of a small ceremony which also marked the official completion of an eight-month build project, which has been several years in the planning.",
        due=None,
        vague=False,
        said="2025-08-04 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC25,
        published="2025-08-05",
    ),
    # European Commission (DG NEAR news article 'High Representative/Vice-President Borrell travels to Ukraine', 21 September 2020, on neighbourhood-enlargement.ec.europa.eu; Commission reuse decision 2011/833/EU); zone Europe/Brussels (CEST, UTC+2); no hour: said 21 September 2020 10:00 CEST. The lead sentence, printed twice (summary and body), is taken once; sentences without a time word are not taken. a one-off visit on Tuesday 22 September: that day, end of day (CONVENTIONS 3.1)
    B(
        text="On Tuesday 22 September, EU High Representative for Foreign Affairs and Security Policy/Vice-President of the European Commission, Josep Borrell, will pay an official visit to Kyiv.",
        due="2020-09-22 21:59:59",
        vague=False,
        said="2020-09-21 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EC20,
        published="2020-09-21",
    ),
    # a clock time with no day of its own in the sentence: the first 14:15 CET (read as written, UTC+1) after the moment of speaking, 21 September 13:15 UTC (CONVENTIONS 6.3; page: 22 September 2020 13:15 UTC)
    B(
        text="The High Representative/Vice-President will meet with the President of Ukraine, Volodymyr Zelenskyy, before a meeting with the Minister of Foreign Affairs, Dmytro Kuleba, which will be followed by a press conference at c.14:15 CET, shown on EbS.",
        due="2020-09-21 13:15:00",
        vague=False,
        said="2020-09-21 08:00:00",
        tz="Europe/Brussels",
        cluster=2,
        source=_EC20,
        published="2020-09-21",
    ),
    # 'during his visit', a visit this sentence does not date: event (CONVENTIONS 1.3, 6.3). unsure: a careful reader could give 22 September 2020, end of day (the visit the lead sentence dates)
    B(
        text="During his visit, the High Representative/Vice-President will also hold meetings with the Ukrainian Minister of Defence, the Special Representative of the OSCE Chairperson-in-Office in Ukraine and in the Trilateral Contact Group, Heidi Grau, and the Chief Monitor of the OSCE Special Monitoring Mission to Ukraine, Yaşar Halit Çevik.",
        due=None,
        vague=False,
        said="2020-09-21 08:00:00",
        tz="Europe/Brussels",
        refusal="event",
        cluster=5,
        source=_EC20,
        published="2020-09-21",
    ),
    # Statistics Canada (Chief Statistician's statement 'Modernization: a key to Statistics Canada's efforts to reduce response burden', January 24, 2019, on statcan.gc.ca; Statistics Canada Open Licence); zone America/Toronto (EST, UTC-5); no hour: said 24 January 2019 10:00 EST. Sentences without a time word and the last, cut off where the stored opening ends, are not taken. a hundred years of reliance, told of the past: past
    B(
        text="For a hundred years, Canadian businesses, governments and citizens have come to rely on quality, timely and relevant statistics and insights from Statistics Canada.",
        due=None,
        vague=False,
        said="2019-01-24 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SC19,
        published="2019-01-24",
    ),
    # consultations held this past year: past
    B(
        text="Statistics Canada's modernization efforts are responding to issues raised by Canadians, obtained through extensive coast-to-coast consultations held this past year.",
        due=None,
        vague=False,
        said="2019-01-24 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SC19,
        published="2019-01-24",
    ),
    # UK Statistics Authority, Office for Statistics Regulation (news 'Today's changes to the Code of Practice for Statistics: release times for official statistics', on osr.statisticsauthority.gov.uk; Crown copyright, Open Government Licence v3.0); zone Europe/London (BST, UTC+1); the stored text prints no date: it is read on Thursday 5 May 2022, the day the Authority's other news item below says the Code changes come into force ('Today we are making our first change'); no hour: said 10:00 BST. The sentences without a time word are not taken. 'Today we are making' the change, present with a day word: that day, end of day (CONVENTIONS 2.1); 2018 names the earlier overhaul. unsure: a careful reader could give another day if the item was posted on a day other than 5 May 2022
    B(
        text="Today we are making our first change to our Code of Practice for Statistics since its major overhaul in 2018.",
        due="2022-05-05 22:59:59",
        vague=False,
        said="2022-05-05 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_OSR22T,
        published="2022-05-05",
    ),
    # the standard 9.30am release time, a standing rule: recurring (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word (the change itself is undated in this sentence)
    B(
        text="We are changing two practices which relate to the release times of official statistics, giving producers the opportunity to release statistics at times other 9.30am, where they and we judge that this clearly serves the public good.",
        due=None,
        vague=False,
        said="2022-05-05 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_OSR22T,
        published="2022-05-05",
    ),
    # releases at 9.30am, a standing schedule: recurring (CONVENTIONS 1.3)
    B(
        text="We expect most statistics to continue to be released at 9.30am.",
        due=None,
        vague=False,
        said="2022-05-05 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_OSR22T,
        published="2022-05-05",
    ),
    # a consultation at the end of 2021, told of the past: past
    B(
        text="These changes are not being undertaken lightly: we undertook a 12 week consultation at the end of 2021 asking users for feedback on a number of proposals.",
        due=None,
        vague=False,
        said="2022-05-05 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OSR22T,
        published="2022-05-05",
    ),
    # March this year, told of the past: past
    B(
        text="On announcing our decision in March this year, we published a blog explaining how we reached our decision and what this change will mean for producers and statistics in the future.",
        due=None,
        vague=False,
        said="2022-05-05 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OSR22T,
        published="2022-05-05",
    ),
    # the first four years of the Code, looked back on: past (the stored text ends the sentence without a full stop)
    B(
        text="In our latest blog, Penny Babb – our Head of Policy and Standards – looks back over the first four years of the Code of Practice and considers its impact",
        due=None,
        vague=False,
        said="2022-05-05 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OSR22T,
        published="2022-05-05",
    ),
    # UK Statistics Authority (news 'Changes to the Code of Practice for Statistics: release times for official statistics', on osr.statisticsauthority.gov.uk; Crown copyright, Open Government Licence v3.0); zone Europe/London (GMT until 27 March 2022); the stored text prints no date: it is read on Thursday 24 March 2022, the publication date of OSR's review findings that report the same approval; no label depends on the exact day before 5 May 2022; no hour: said 10:00 GMT. Sentences without a time word or whose only time words are general ('rarely', 'regular') are not taken. during the pandemic, told of the past: past
    B(
        text="During the pandemic, official statisticians responded brilliantly to massive interest in statistics and data from decision makers, policy officials and the public at large.",
        due=None,
        vague=False,
        said="2022-03-24 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OSR22C,
        published="2022-03-24",
    ),
    # the standard release time of 9:30am, a standing rule (the Chair's quote, quotation marks not quoted): recurring (CONVENTIONS 1.3)
    B(
        text="While we envisage most official statistics releases will remain at the standard time of 9:30am, enabling producers to consider alternative release times is going to help bring more of that expertise out to the public, and I welcome it.",
        due=None,
        vague=False,
        said="2022-03-24 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_OSR22C,
        published="2022-03-24",
    ),
    # the standard release time, a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="The standard release time for all official statistics remains as 9.30am.",
        due=None,
        vague=False,
        said="2022-03-24 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_OSR22C,
        published="2022-03-24",
    ),
    # the changes come into force on 5 May 2022: one-off, due that day, end of day BST (CONVENTIONS 3.1)
    B(
        text="The Code changes will come into force on 5 May 2022.",
        due="2022-05-05 22:59:59",
        vague=False,
        said="2022-03-24 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_OSR22C,
        published="2022-03-24",
    ),
)
