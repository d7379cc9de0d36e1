"""A HUNDRED-AND-SEVENTY-NINTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-07 (UTC) between about 07:01 and 07:15 by the machine's clock (which ran
slow against the work done; the branch's commit time is the one to trust) by a labelling helper (branch
issue12l179-s62) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 62 (fresh180 to fresh183, articles blind146 and blind147), whose claims in the shared
claims file were treated as used and whose files and README sections were not opened. It read
`CONVENTIONS.md` in full (4.3 included), the docstring, comments, several cases and the README section of
`blind_fresh178.py`, the field list and the docstring conventions of `BlindCase` in `blind_real.py`, the
docstring of `tests/data/fresh_check.py` and the top docstring of the parser package only (the vague windows,
parts of the day, "lunchtime", bare clock times, "early / mid / late"); nothing else of
`bot/core/deadlines/` was opened. The brief asked for less-mined publishers (Wikinews, NZ Department of
Conservation and other NZ and Australian Commonwealth pages stating CC BY, the Australian Bureau of
Statistics, ONS and NHS England, BLS and BEA, FEMA and NOAA/National Weather Service), open licences only, at
least eight publishers, none above a fifth, at most a third from the United States, a spread of genres, about
80 cases (at least 60).

The set quotes UK Parliament (House of Lords business items of 23 October 1884, 12 April 1933, 24 March 1937
and 3 September 1939), the Houses of the Oireachtas (a Seanad exchange on its next sittings, 16 January
1957), NOAA and its National Weather Service (Service Change Notices of 3 February 2012 and 29 January 2015,
a radar-decommissioning Public Information Statement of 3 June 1996 as carried, a media advisory of May
2016), FEMA (two Disaster Recovery Center releases of October and November 2023, as carried), the Bureau of
Economic Analysis (a notice on upcoming data, September 2023), the European Commission (press release
IP/18/3706 of 9 May 2018), the UK Statistics Authority (a National Statistician's letter of March 2020, the
regulator's release-times review of 24 March 2022 and the letter that shared it) and the Australian Bureau of
Statistics (a media release of 11 May 2020, as carried). 75 cases from 8 publishers: UK Parliament 15
(20.0%); the Oireachtas 15 (20.0%); NOAA/National Weather Service 12 (16.0%); the UK Statistics Authority 12
(16.0%); FEMA 7 (9.3%); the Commission 7 (9.3%); BEA 6 (8.0%); the ABS 1 (1.3%). 25 of the 75 (33.3%) are
from the United States (NOAA/NWS, FEMA, BEA); 50 are not. Genres: parliamentary business exchanges
(statements of the next sittings, questions and counter-proposals across the floor), weather-service change
notices and a public information statement, a media advisory, emergency-agency releases, a statistics-agency
notice, a Commission press release, statistics letters and a regulator's review page, and a statistics-office
media release.

The store is heavily mined: of about 100 addresses checked (each with a distinctive phrase) with
`fresh_check.py`, most read used (Lords business items of the 1910s to 1970s, Dáil Orders of Business of the
1920s to 2000s, Seanad business items of 1938 to 2025, ONS delay statements and gov.uk statistics
announcements, HMRC delay notices, the ABS work-program, Census and Release Advice pages, BLS and BEA
schedule pages of 2018 and 2019, Commission Daily News pages, Wikinews articles on elections and shuttle
launches, NWS notices of 2011, the NWS list archives of 1994 and 1995, StatCan release calendars, a DOC
media release). No fresh Wikinews article, no NZ page whose own CC BY statement could be seen and no fresh
BLS notice was found, so none is quoted.

Left out, and why. Claimed (`fresh179`) but not used, to keep the caps (a fifth for each publisher, a third
from the United States) or for want of a date: the Lords items of 19 June 1866 and 24 January 1918 (UK
Parliament cap); the Dáil adjournment exchange of 11 September 1922 (with it the Oireachtas would pass a
fifth); the NWS Technical Implementation Notice 12-21 and NOAA's 2013 hurricane-outlook advisory as carried
(United States third and NOAA's fifth); a FEMA release on a Roswell centre as carried (the carrier's date
falls after the closing the text announces, so the day of speaking cannot be fixed); the ABS's COVID-19
work-program statement (no date of its own). Within the pages kept: sentences without a time word;
sentences whose only time words are general ("now", "then", "currently", "at this moment", "later on", "at
the moment", "no longer", "very often") or whose only year names a season, a survey or a report; speaker
tags, titles, headings, subject lines, date lines, datelines, photo captions, contact and dial-in lines and
list fragments (site lists with hours, WHAT/WHEN/WHO lists); sentences cut off where the stored opening
ends.

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a clock time, a
UTC instant, "to-morrow", "to-day", "today", "this evening", "this afternoon", "the morning", "Monday week",
"this day fortnight", "this week", "this year", "later this fall", "a 2 year evaluation", "immediately
after", "during the pandemic"); within each page quoted, the sentences of the stored opening that hold one
were taken in page order, easy or hard.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names
excepted, which the freshness tool skips) or in the shared claims file was used: each was checked with
`fresh_check.py` (the address and a distinctive phrase of the page) and claimed (`fresh179`) in
`/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence was then checked whole with
the same tool (skipping this file). Each label was worked out by hand from the words, the publication date
and the publisher's zone (Europe/London for UK Parliament and the UK Statistics Authority, Europe/Dublin for
the Oireachtas, America/New_York for NOAA/NWS and BEA and the Florida FEMA release, America/Chicago for the
Cook County FEMA release, Europe/Brussels for the Commission, Australia/Sydney for the ABS); the conversion of
local instants to UTC wall time, weekdays and day counts were done with Python's zoneinfo and datetime in a
scratch script outside the repository, never with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh178.py`: the publication date at 10:00 local time unless the page gives the hour (the 1939 Lords
item gives '12.58 p.m.', the three NWS items give the hour of issue); the first comment of each page says
where its date was read. Four pages print no date of their own: the NOAA 2016 advisory (read on 20 May 2016,
a week before the news conference it announces; one label, a bare clock time, depends on that day), the BEA
notice (read on 15 September 2023; no label depends on the day within 1 to 27 September), the National
Statistician's letter (read on 24 March 2020, the day its change 'from today' was reported; one label
depends on it) and the regulator's letter (read on 24 March 2022, the day the review it shares 'today' was
published; one label depends on it). A day falls due at 23:59:59 local; a one-off event at a time due then
(CONVENTIONS 3.1); several times at the latest (CONVENTIONS 6.1); a clock time with no day of its own at its
first occurrence after the moment of speaking (CONVENTIONS 6.3, the page's instant written in the comment);
questions, requests and proposals due None with no refusal word (CONVENTIONS 4.3); possibilities with no
undertaking due None with no refusal word (CONVENTIONS 4.2); times hung on an undated event are event
(CONVENTIONS 1.3); standing hours and practices recurring (CONVENTIONS 1.3); done acts past (CONVENTIONS 2.4);
lower bounds earliest (CONVENTIONS 3.2); dates called off negated (CONVENTIONS 4.1); present acts of the day
due that day (CONVENTIONS 2.1). Clusters as in `blind_fresh178.py`: 1 no time set, 2 clock times, 3 ranges
and several dates, 4 parts of the day, periods and windows, 5 refusals, 6 plain days and dates. 25 labels are
refusals (past 14, recurring 5, event 3, earliest 2, negated 1); none is vague; 33 labels carry a due
instant; 17 have due None and no refusal word; 22 are marked "unsure" and name the other reading; like every
label here they stay as committed, whatever the first run shows. First run: not yet taken (the lead runs it
once, after merging, and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_HL84 = (
    "https://api.parliament.uk/historic-hansard/lords/1884/oct/23/parliament-business-of-the-house"
)
_HL39 = "https://hansard.parliament.uk/Lords/1939-09-03/debates/05538a1d-edcf-4125-8a6f-fca0880f9b09/BusinessOfTheHouse"
_HL33 = "https://api.parliament.uk/historic-hansard/lords/1933/apr/12/business-of-the-house"
_HL37 = "https://api.parliament.uk/historic-hansard/lords/1937/mar/24/business-of-the-house"
_SEAN57 = "https://www.oireachtas.ie/en/debates/debate/seanad/1957-01-16/16/"
_NWS12 = "http://www.nws.noaa.gov/om/notification/scn12-05sup_climata_data.htm"
_NWS96 = "https://mailinglists.unidata.ucar.edu/archives/nws-changes/1996/msg00208.html"
_NWS15 = "https://www.nws.noaa.gov/os/notification/scn15-05spc_sel.htm"
_NOAA16 = "http://noaa.gov/noaa-issue-2016-atlantic-hurricane-season-outlook-may-27"
_FEMA23 = "https://www.einpresswire.com/article/669827136/disaster-recovery-centers-holiday-closures-and-permanent-closures"
_FEMA23B = "https://www.einpresswire.com/article/660239281/all-cook-county-disaster-recovery-centers-closed-monday-october-9-for-holiday"
_BEA23 = "https://www.bea.gov/notices/notice-upcoming-data"
_EC18 = "http://europa.eu/rapid/press-release_IP-18-3706_en.htm"
_UKSA20 = "https://osr.statisticsauthority.gov.uk/correspondence/sir-ian-diamond-letter-to-ed-humpherson-regarding-changes-to-statistical-production-and-publication-as-a-result-of-covid-19/"
_OSR22A = "https://osr.statisticsauthority.gov.uk/publication/office-for-statistics-regulations-release-times-review-findings-and-outcomes-from-our-stakeholder-consultation/"
_OSR22B = "https://osr.statisticsauthority.gov.uk/correspondence/ed-humpherson-to-sir-ian-diamond-alternative-release-times-for-official-statistics-making-the-case-for-public-good/"
_ABS20 = "https://www.marketscreener.com/news/ABS-Australian-Bureau-of-Statistics-thanks-survey-respondents-Media-Release--30577599/?utm_medium=RSS&utm_content=20200510"

FRESH179_CASES: tuple[BlindCase, ...] = (
    # UK Parliament (historic Hansard, 'HL Deb 23 October 1884 vol 293 c4', Parliament - Business of the House, on api.parliament.uk; Open Parliament Licence); zone Europe/London (GMT, UTC+0, as zoneinfo gives for 1884); the head gives the date and no hour: said Thursday 23 October 1884 10:00 GMT. The reply with no time word is not taken. 'this evening' dates the agreement to the Address, told as expected ('which I trust will be the case'): that evening, end of day (CONVENTIONS 3.1, evening ends 23:59:59). unsure: a careful reader could give due None (the Leader's course is only for 'after the Address', and the evening belongs to that clause)
    B(
        text="My Lords, I may take this opportunity of acquainting your Lordships as to what the Government think will be the most convenient course to adopt with regard to the meeting of the House after the Address has been agreed to this evening, which I trust will be the case.",
        due="1884-10-23 23:59:59",
        vague=False,
        said="1884-10-23 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HL84,
        published="1884-10-23",
    ),
    # 'to-day' on a notice already given (perfect): past (CONVENTIONS 2.4); the Question waits on the First Lord's undated return. unsure: a careful reader could give 'event' ('until the First Lord of the Admiralty returns', CONVENTIONS 1.3)
    B(
        text="Her Majesty's Government have no Business to bring before your Lordships; but Notice of a Question has been given by a noble and gallant Lord to-day, which he does not mean to put until the First Lord of the Admiralty returns to this country.",
        due=None,
        vague=False,
        said="1884-10-23 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL84,
        published="1884-10-23",
    ),
    # 'Monday week, the 3rd of November': the adjournment runs to Monday 3 November 1884, the day the House meets again (CONVENTIONS 3.3, end of day; 6.1, the later of the two times). unsure: a careful reader could give the end of 23 October (the motion itself, 'this evening')
    B(
        text="Therefore, if it is convenient to your Lordships, I shall this evening move the adjournment of the House to Monday week, the 3rd of November.",
        due="1884-11-03 23:59:59",
        vague=False,
        said="1884-10-23 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL84,
        published="1884-10-23",
    ),
    # a hedged report of what is likely ('I understand there is likely'), no undertaking: due None, no refusal word (CONVENTIONS 4.2, 4.3 guesses). unsure: a careful reader could give Monday 3 November 1884 ('Monday week' said on a Thursday), end of day
    B(
        text="I understand there is likely to be some Business of interest on Monday week; but that before that time there will not be any.",
        due=None,
        vague=False,
        said="1884-10-23 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HL84,
        published="1884-10-23",
    ),
    # UK Parliament (Hansard, HL Deb 3 September 1939, Business of the House, on hansard.parliament.uk; Open Parliament Licence); zone Europe/London (BST, UTC+1); the page gives the hour of the item, '12.58 p.m.': said Sunday 3 September 1939 12:58 BST. The sentences whose only time words are general ('then', 'at this moment', 'later on') and the list of Bills are not taken. 'three o'clock' with no day of its own: the first 15:00 after 12:58, the same day (CONVENTIONS 6.3; the Leader's plan, dated under CONVENTIONS 4.3 last paragraph). unsure: a careful reader could give due None ('I think the most convenient thing', a proposal, CONVENTIONS 4.3)
    B(
        text="I think the most convenient thing to do is for the House to adjourn now till three o'clock and meet then, by which time we hope we shall be able to go ahead with our business and complete it.",
        due="1939-09-03 14:00:00",
        vague=False,
        said="1939-09-03 11:58:00",
        tz="Europe/London",
        cluster=2,
        source=_HL39,
        published="1939-09-03",
    ),
    # a question whether the House will sit to-morrow and later this week: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="My Lords, I do not know whether your Lordships will allow me to ask my noble friend if he can give us any idea whether this House will sit to-morrow and on subsequent days of this week.",
        due=None,
        vague=False,
        said="1939-09-03 11:58:00",
        tz="Europe/London",
        cluster=1,
        source=_HL39,
        published="1939-09-03",
    ),
    # a question: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="Shall we meet to-morrow?",
        due=None,
        vague=False,
        said="1939-09-03 11:58:00",
        tz="Europe/London",
        cluster=1,
        source=_HL39,
        published="1939-09-03",
    ),
    # the motion to adjourn till three o'clock this afternoon: 15:00 BST the same day (CONVENTIONS 3.1)
    B(
        text="I propose that the House do now adjourn till three o'clock this afternoon.",
        due="1939-09-03 14:00:00",
        vague=False,
        said="1939-09-03 11:58:00",
        tz="Europe/London",
        cluster=2,
        source=_HL39,
        published="1939-09-03",
    ),
    # UK Parliament (historic Hansard, 'HL Deb 12 April 1933 vol 87 c593', Business of the House, on api.parliament.uk; Open Parliament Licence); zone Europe/London (BST from 9 April 1933, UTC+1); the head gives the date and no hour: said Wednesday 12 April 1933 10:00 BST. The sentence without a time word is not taken. to-morrow, Thursday 13 April: the meeting at 11:45 and the Royal Commission at 12:00, the later (CONVENTIONS 6.1)
    B(
        text="My Lords, before the House adjourns, I might mention that I understand it will be most convenient that your Lordships should meet at a quarter before twelve to-morrow morning, and there will be a Royal Commission at twelve o'clock.",
        due="1933-04-13 11:00:00",
        vague=False,
        said="1933-04-12 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HL33,
        published="1933-04-12",
    ),
    # a hope of the past ('I had hoped'), given up in the sentences that follow: past. unsure: a careful reader could give 'negated' (the formal meeting is called off, CONVENTIONS 4.1) or Tuesday 25 April 1933 (the meeting itself is still ahead)
    B(
        text="I have also to mention that I had hoped that when we met on the 25th of April the meeting would be a purely formal one.",
        due=None,
        vague=False,
        said="1933-04-12 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL33,
        published="1933-04-12",
    ),
    # 'to-day' on the Committee stage already passed: past; the Report stage has no date in this sentence. unsure: a careful reader could give 'event' ('on the Report stage', CONVENTIONS 1.3)
    B(
        text="I understand, unfortunately, that my noble friend Lord Salisbury, owing to a public engagement in the Indian Committee, was unable to be here to move an Amendment in Committee on the Housing (Financial Provisions) Bill which passed through Committee to-day, and therefore he will be compelled to bring up his point on the Report stage.",
        due=None,
        vague=False,
        said="1933-04-12 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL33,
        published="1933-04-12",
    ),
    # the Report stage 'as soon as the House meets again on the 25th of April': Tuesday 25 April 1933, end of day (CONVENTIONS 3.1; the vague words are pinned to a dated event)
    B(
        text="The Bill is one which is urgently needed, as your Lordships will appreciate from the character of its provisions, and we are proposing to take the Report stage as soon as the House meets again on the 25th of April.",
        due="1933-04-25 22:59:59",
        vague=False,
        said="1933-04-12 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL33,
        published="1933-04-12",
    ),
    # UK Parliament (historic Hansard, 'HL Deb 24 March 1937 vol 104 cc804-6', Business of the House, on api.parliament.uk; Open Parliament Licence); zone Europe/London (GMT until 18 April 1937); the head gives the date and no hour: said Wednesday 24 March 1937 10:00 GMT. to-morrow, Thursday 25 March: the meeting at 11:00 and the Royal Commission at 11.15, the later (CONVENTIONS 6.1)
    B(
        text="My Lords, before the House adjourns, may I say that it is proposed that the House shall meet at eleven o'clock to-morrow, when we expect to receive and pass through all its stages the Consolidated Fund (No. 2) Bill, and there will be a Royal Commission at 11.15.",
        due="1937-03-25 11:15:00",
        vague=False,
        said="1937-03-24 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HL37,
        published="1937-03-24",
    ),
    # the adjournment 'after that' (the Royal Commission, which this sentence does not date) for the Easter Recess: event (CONVENTIONS 1.3). unsure: a careful reader could give Thursday 25 March 1937 (the day the sentence before gives, CONVENTIONS 6.3 reads the sentence alone)
    B(
        text="After that the House will adjourn for the Easter Recess.",
        due=None,
        vague=False,
        said="1937-03-24 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HL37,
        published="1937-03-24",
    ),
    # the House meets again on Wednesday 7 April 1937: end of that day (CONVENTIONS 3.1)
    B(
        text="It is proposed that the House shall meet again for public business on Wednesday, April 7, when Motions in the name of the Earl of Ilchester and the Earl of Radnor are down for discussion.",
        due="1937-04-07 23:59:59",
        vague=False,
        said="1937-03-24 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL37,
        published="1937-03-24",
    ),
    # Houses of the Oireachtas (Seanad Éireann debate, Wednesday 16 January 1957, Business of the Seanad, on oireachtas.ie; Oireachtas (Open Data) PSI Licence, CC BY 4.0); zone Europe/Dublin (GMT in January 1957); the head gives the date and no hour: said Wednesday 16 January 1957 10:00 GMT. The sentences without a time word or with only general ones ('very often') and the last sentence, cut off where the stored opening ends, are not taken. 'to-day' on the Bill not completed is past; the Leader's 'I suggest that we meet to-morrow' is put to the House for agreement: due None, no refusal word (CONVENTIONS 4.3 proposals). unsure: a careful reader could give Thursday 17 January 1957, end of day (the Leader's plan, CONVENTIONS 4.3 last paragraph)
    B(
        text="The Voluntary Health Insurance Bill was not completed to-day and I suggest that we meet to-morrow and finish it and try to take some of these motions off the Order Paper.",
        due=None,
        vague=False,
        said="1957-01-16 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEAN57,
        published="1957-01-16",
    ),
    # 'can then meet again on this day fortnight', the rest of the same proposal: due None, no refusal word (CONVENTIONS 4.2, 4.3). unsure: a careful reader could give Wednesday 30 January 1957, end of day
    B(
        text="We can then meet again on this day fortnight.",
        due=None,
        vague=False,
        said="1957-01-16 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEAN57,
        published="1957-01-16",
    ),
    # a question: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="At 3 o'clock tomorrow?",
        due=None,
        vague=False,
        said="1957-01-16 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEAN57,
        published="1957-01-16",
    ),
    # a question: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="Not in the morning?",
        due=None,
        vague=False,
        said="1957-01-16 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEAN57,
        published="1957-01-16",
    ),
    # a question: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="Would it not suit the country Senators better if we could meet in the morning?",
        due=None,
        vague=False,
        said="1957-01-16 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEAN57,
        published="1957-01-16",
    ),
    # what a committee 'should' decide, morning or 3 o'clock: no undertaking, due None, no refusal word (CONVENTIONS 4.2, 4.3)
    B(
        text="The Committee of Procedure and Privileges should meet and decide whether the Seanad should meet in the morning or at 3 o'clock.",
        due=None,
        vague=False,
        said="1957-01-16 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEAN57,
        published="1957-01-16",
    ),
    # a Senator's proposal of 10.30 a.m. while the hour is bargained over: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="If the country Senators want to do a full job they should be allowed to meet at 10.30 a.m.",
        due=None,
        vague=False,
        said="1957-01-16 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEAN57,
        published="1957-01-16",
    ),
    # a counter-proposal of 3 o'clock: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="I think 3 o'clock suits the city Senators better.",
        due=None,
        vague=False,
        said="1957-01-16 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEAN57,
        published="1957-01-16",
    ),
    # the only choices for to-morrow, 3 o'clock or no sitting: no undertaking, due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could give Thursday 17 January 1957 15:00 (the Leader's terms, CONVENTIONS 6.2 reads alternatives at the later)
    B(
        text="In regard to to-morrow, nothing can be done except to meet at 3 o'clock or not meet at all.",
        due=None,
        vague=False,
        said="1957-01-16 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEAN57,
        published="1957-01-16",
    ),
    # a question about past sittings: past. unsure: a careful reader could give due None with no refusal word (a question, CONVENTIONS 4.3)
    B(
        text="Does that mean that we have never met before on a Thursday at 10.30 o'clock?",
        due=None,
        vague=False,
        said="1957-01-16 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEAN57,
        published="1957-01-16",
    ),
    # past sittings at 10.30: past
    B(
        text="There have been cases where we did meet at 10.30 when the other House was meeting.",
        due=None,
        vague=False,
        said="1957-01-16 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEAN57,
        published="1957-01-16",
    ),
    # to-day's sitting, already held: past
    B(
        text="It met to-day and we had a division and nearly one-third of the Senators were absent.",
        due=None,
        vague=False,
        said="1957-01-16 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEAN57,
        published="1957-01-16",
    ),
    # a question: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text='Under what rule of procedure are we told that we "must" either meet at 3 o\'clock or not at all in the morning?',
        due=None,
        vague=False,
        said="1957-01-16 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEAN57,
        published="1957-01-16",
    ),
    # a question: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="Could we not decide to make it 10.30, if we wanted to?",
        due=None,
        vague=False,
        said="1957-01-16 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEAN57,
        published="1957-01-16",
    ),
    # a request that another Senator state his preference (3 o'clock or this day fortnight): due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="Perhaps Senator Kissane would indicate whether he would prefer that the House meet at 3 o'clock or that we should adjourn until this day fortnight?",
        due=None,
        vague=False,
        said="1957-01-16 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEAN57,
        published="1957-01-16",
    ),
    # NOAA National Weather Service (Service Change Notice on the withdrawal of the SDO and SCD products, 'National Weather Service Headquarters Washington DC 305 PM EST Fri Feb 3 2012', on nws.noaa.gov; a US federal work, public domain); zone America/New_York (EST); the notice gives its hour: said Friday 3 February 2012 15:05 EST. The subject line (a heading) and the sentences without a time word are not taken. a stated UTC instant: 3 March 2012 15:00 UTC (CONVENTIONS 3.1; 'approximately' kept at the stated time)
    B(
        text="Effective March 3, 2012, at approximately 1500 Coordinated Universal Time (UTC), the NWS will discontinue the distribution of the SCD and SDO products.",
        due="2012-03-03 15:00:00",
        vague=False,
        said="2012-02-03 20:05:00",
        tz="America/New_York",
        cluster=2,
        source=_NWS12,
        published="2012-02-03",
    ),
    # the two-year evaluation already done: past
    B(
        text="The discontinuation of the SCD/SDO products is a result of a 2 year evaluation of the usefulness of these products to distribute climate data.",
        due=None,
        vague=False,
        said="2012-02-03 20:05:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NWS12,
        published="2012-02-03",
    ),
    # NOAA National Weather Service (Public Information Statement, radar decommissioning notices, 'NATIONAL WEATHER SERVICE HEADQUARTERS WASHINGTON DC 200 PM EDT MON JUN 3 1996', as carried verbatim by the Unidata nws-changes list archive; a US federal work, public domain); zone America/New_York (EDT); the statement gives its hour: said Monday 3 June 1996 14:00 EDT. The headers, the 'SINCE ...' sentences (no time word), the definitions ('NO LONGER', general) and the contact lines are not taken. decommissioning on Tuesday 4 June 1996: end of that day (CONVENTIONS 3.1)
    B(
        text="THEREFORE ... THE MIDLAND WSR-57 RADAR WILL BE DECOMMISSIONED OFFICIALLY ON TUESDAY ... JUNE 4 ... 1996.",
        due="1996-06-05 03:59:59",
        vague=False,
        said="1996-06-03 18:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NWS96,
        published="1996-06-03",
    ),
    # the second notice, the same day (CONVENTIONS 3.1)
    B(
        text="THEREFORE ... THE MONTGOMERY WSR-74C RADAR WILL BE DECOMMISSIONED OFFICIALLY ON TUESDAY ... JUNE 4 ... 1996.",
        due="1996-06-05 03:59:59",
        vague=False,
        said="1996-06-03 18:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NWS96,
        published="1996-06-03",
    ),
    # NOAA National Weather Service (Service Change Notice 15-05, 'National Weather Service Headquarters Washington DC 200 PM EST Thu Jan 29 2015', on nws.noaa.gov; a US federal work, public domain); zone America/New_York (EST); the notice gives its hour: said Thursday 29 January 2015 14:00 EST. The subject line and the sentences without a time word or with only general ones ('no longer') are not taken; the last sentence is cut off where the stored opening ends. a stated UTC instant: 14 April 2015 15:00 UTC (CONVENTIONS 3.1a, a change taking effect)
    B(
        text="Effective Tuesday, April 14, 2015, at 1500 Coordinated Universal Time (UTC), the SPC will add a new SUMMARY section to Public Watch Notification Messages (AWIPS ID SEL#).",
        due="2015-04-14 15:00:00",
        vague=False,
        said="2015-01-29 19:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NWS15,
        published="2015-01-29",
    ),
    # 'immediately after the SEL' is a standing practice for every watch: recurring (CONVENTIONS 1.3). unsure: a careful reader could give 'event' (hung on an undated SEL, CONVENTIONS 5.2)
    B(
        text="This information will be included in a Mesoscale Discussion (MD) product issued immediately after the SEL if the forecaster believes there is new information superseding the pre-watch MD.",
        due=None,
        vague=False,
        said="2015-01-29 19:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NWS15,
        published="2015-01-29",
    ),
    # NOAA (media advisory 'NOAA to issue 2016 Atlantic hurricane season outlook May 27', on noaa.gov; a US federal work, public domain); zone America/New_York (EDT). The stored page prints no date of its own: it was issued before noon on 25 May 2016 (its registration deadline) for the news conference of Friday 27 May, and is read here on Friday 20 May 2016 10:00 EDT, a week before the conference; only the label of 'by 10:30 a.m.' below depends on that day. The title, the photo caption (twice), the WHAT/WHEN/WHO/WHERE list fragments, the sentences without a time word and the last fragment, cut off where the stored opening ends, are not taken. On May 27: Friday 27 May 2016, end of day (CONVENTIONS 3.1)
    B(
        text="On May 27, NOAA will issue its initial outlook for the 2016 Atlantic hurricane season during a news conference at the NOAA Satellite Operations Facility in Suitland, Maryland.",
        due="2016-05-28 03:59:59",
        vague=False,
        said="2016-05-20 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NOAA16,
        published="2016-05-20",
    ),
    # 'this year' is the only time in the sentence: end of 2016 (CONVENTIONS 3.5, 'by <period>' reading of the forecasts this year). unsure: a careful reader could give 'event' (the experts highlight the tools at the news conference, which this sentence does not date)
    B(
        text="In addition to the seasonal prediction, NOAA experts will highlight exciting upgrades and new tools that will contribute to more precise hurricane track and intensity forecasts this year.",
        due="2017-01-01 04:59:59",
        vague=False,
        said="2016-05-20 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_NOAA16,
        published="2016-05-20",
    ),
    # the season's start, an ongoing state given only its start: earliest 1 June 2016 00:00 EDT (CONVENTIONS 3.2). unsure: a careful reader could give 'recurring' (the season begins on 1 June every year) or due 1 June 2016, end of day (CONVENTIONS 3.1)
    B(
        text="The Atlantic hurricane season officially begins June 1.",
        due=None,
        vague=False,
        said="2016-05-20 14:00:00",
        tz="America/New_York",
        refusal="earliest",
        earliest="2016-06-01 04:00:00",
        cluster=5,
        source=_NOAA16,
        published="2016-05-20",
    ),
    # registration by noon on 25 May 2016: 12:00 EDT (CONVENTIONS 3.1)
    B(
        text="Due to limited space and security, reporters attending in person must register (name and organization) with susan.buchanan@noaa.gov by noon on May 25.",
        due="2016-05-25 16:00:00",
        vague=False,
        said="2016-05-20 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NOAA16,
        published="2016-05-20",
    ),
    # a clock time with no day of its own: the first 10:30 EDT after the moment of speaking, the same day (CONVENTIONS 6.3; page: Friday 27 May 2016 10:30 EDT). The day of speaking is the one chosen above (the page prints none)
    B(
        text="Camera crews must arrive by 10:30 a.m. to clear security and set-up.",
        due="2016-05-20 14:30:00",
        vague=False,
        said="2016-05-20 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NOAA16,
        published="2016-05-20",
    ),
    # the replica is on hand at the news conference, which this sentence does not date; 'later this year' dates only the launch it is expected to make: event (CONVENTIONS 1.3). unsure: a careful reader could give the end of 2016 (the launch 'later this year')
    B(
        text="A replica of the NOAA GOES-R weather satellite, expected to launch later this year, will be on-hand for photo opportunities.",
        due=None,
        vague=False,
        said="2016-05-20 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NOAA16,
        published="2016-05-20",
    ),
    # FEMA (release on Florida Disaster Recovery Centers, LAKE MARY, Fla., 20 November 2023, as carried verbatim by einpresswire.com; a US federal work, public domain); zone America/New_York (EST); the carrier's date, which the text confirms ('starting Monday, Nov. 20'); no hour given: said Monday 20 November 2023 10:00 EST. The dateline, the site-by-site list fragments (addresses, hours, closing days) and the sentences without a time word are not taken. closing 'this week', starting Monday 20 November: the end of the week, Sunday 26 November (CONVENTIONS 3.4, the start and the window both belong to the act). unsure: a careful reader could give the end of Monday 20 November (the one day named)
    B(
        text="Three Disaster Recovery Centers will be permanently closing this week, starting Monday, Nov. 20.",
        due="2023-11-27 04:59:59",
        vague=False,
        said="2023-11-20 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_FEMA23,
        published="2023-11-20",
    ),
    # closed from Wednesday 22 until Sunday 26 November: the end of the closure, Sunday 26 November, end of day (CONVENTIONS 3.3, a range at its later end)
    B(
        text="All Disaster Recovery Centers will be closed starting Wednesday, Nov. 22 until Sunday, Nov. 26., in recognition of the Thanksgiving holiday.",
        due="2023-11-27 04:59:59",
        vague=False,
        said="2023-11-20 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_FEMA23,
        published="2023-11-20",
    ),
    # normal hours resume on Monday 27 November: that day (CONVENTIONS 3.1). unsure: a careful reader could give 'earliest' from 27 November 00:00 (an activity given only its start, CONVENTIONS 3.2)
    B(
        text="Normal hours of operation will resume on Monday, Nov. 27.",
        due="2023-11-28 04:59:59",
        vague=False,
        said="2023-11-20 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FEMA23,
        published="2023-11-20",
    ),
    # the sites operate until the last day to apply, 29 November 2023: that day, end of day (CONVENTIONS 3.3)
    B(
        text="The below sites will reopen after the holiday break and operate until the last day to apply for disaster assistance on November 29,2023.",
        due="2023-11-30 04:59:59",
        vague=False,
        said="2023-11-20 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FEMA23,
        published="2023-11-20",
    ),
    # FEMA (release on Cook County Disaster Recovery Centers, CHICAGO, 7 October 2023, as carried verbatim by einpresswire.com; a US federal work, public domain); zone America/Chicago (CDT); the carrier's date, which the text fits (the holiday is 'Monday, Oct. 9'); no hour given: said Saturday 7 October 2023 10:00 CDT. The dateline, the list of ways to register, the sentences without a time word and the closing boilerplate are not taken. closed on Monday 9 October: that day, end of day (CONVENTIONS 3.1)
    B(
        text="All FEMA Disaster Recovery Centers (DRC) in Cook County will be closed Monday, Oct. 9 for the Columbus Day holiday.",
        due="2023-10-10 04:59:59",
        vague=False,
        said="2023-10-07 15:00:00",
        tz="America/Chicago",
        cluster=6,
        source=_FEMA23B,
        published="2023-10-07",
    ),
    # reopening on Tuesday 10 October at 8 a.m.: 08:00 CDT (CONVENTIONS 3.1)
    B(
        text="Centers will reopen Tuesday, Oct. 10 at 8 a.m.",
        due="2023-10-10 13:00:00",
        vague=False,
        said="2023-10-07 15:00:00",
        tz="America/Chicago",
        cluster=2,
        source=_FEMA23B,
        published="2023-10-07",
    ),
    # the deadline to apply, 16 October 2023: end of that day (CONVENTIONS 3.1)
    B(
        text="The deadline to apply for disaster assistance is October 16, 2023.",
        due="2023-10-17 04:59:59",
        vague=False,
        said="2023-10-07 15:00:00",
        tz="America/Chicago",
        cluster=6,
        source=_FEMA23B,
        published="2023-10-07",
    ),
    # Bureau of Economic Analysis (notice on upcoming data, on bea.gov; a US federal work, public domain); zone America/New_York (EDT). The stored page prints no date of its own: it speaks of 28 and 29 September as ahead and of the second quarter of 2023, so it was issued in September 2023 before the 28th; it is read on Friday 15 September 2023 10:00 EDT, and no label depends on the day within 1 to 27 September. The sentences without a time word and the link line are not taken. 'later this fall': the end of the meteorological autumn, 30 November 2023 (parser docstring, seasons; 'later this <period>' runs to the period's end)
    B(
        text="The Bureau of Economic Analysis will release gross domestic product (GDP) by industry and GDP by state news releases covering the second quarter of 2023 later this fall.",
        due="2023-12-01 04:59:59",
        vague=False,
        said="2023-09-15 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_BEA23,
        published="2023-09-15",
    ),
    # the dates the releases were first set for, now called off with no new date: negated (CONVENTIONS 4.1)
    B(
        text="Second quarter GDP by industry was originally scheduled for release on Sept. 28 and second quarter GDP by state on Sept. 29.",
        due=None,
        vague=False,
        said="2023-09-15 14:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_BEA23,
        published="2023-09-15",
    ),
    # the advisory waits on the new days and times becoming available: event (CONVENTIONS 1.3, 5.2)
    B(
        text="BEA will send out an advisory with the new days and times when they become available.",
        due=None,
        vague=False,
        said="2023-09-15 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_BEA23,
        published="2023-09-15",
    ),
    # released as scheduled on 29 September at 10 a.m. Eastern time: 10:00 EDT (CONVENTIONS 3.1)
    B(
        text="Personal Income by State, 2nd Quarter 2023, will be released as scheduled on Sept. 29 at 10 a.m. Eastern time.",
        due="2023-09-29 14:00:00",
        vague=False,
        said="2023-09-15 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_BEA23,
        published="2023-09-15",
    ),
    # initial results on 28 September 2023: end of that day (CONVENTIONS 3.1)
    B(
        text="On Sept. 28, in addition to the third estimate of U.S. GDP for the second quarter, BEA will release initial results from the 2023 comprehensive update of the National Economic Accounts, which include the National Income and Product Accounts as well as the Industry Economic Accounts.",
        due="2023-09-29 03:59:59",
        vague=False,
        said="2023-09-15 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_BEA23,
        published="2023-09-15",
    ),
    # released 29 September 2023: end of that day (CONVENTIONS 3.1)
    B(
        text="The comprehensive update of the Regional Economic Accounts will be released Sept. 29.",
        due="2023-09-30 03:59:59",
        vague=False,
        said="2023-09-15 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_BEA23,
        published="2023-09-15",
    ),
    # European Commission (press release IP/18/3706, Brussels, 9 May 2018, on europa.eu; reuse under Commission Decision 2011/833/EU); zone Europe/Brussels (CEST, UTC+2); the release's own date; no hour given: said Wednesday 9 May 2018 10:00 CEST. The sentences without a time word or with only general ones ('Now is the time', 'ongoing') and the last sentence, cut off where the stored opening ends, are not taken. 'Today ... is launching', the present act of the day: due that day, end of day (CONVENTIONS 2.1)
    B(
        text="Today, on Europe Day, the European Commission is launching an online public consultation addressed to all Europeans, asking them what direction they want the European Union to take in the future.",
        due="2018-05-09 21:59:59",
        vague=False,
        said="2018-05-09 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EC18,
        published="2018-05-09",
    ),
    # the White Paper of 1 March 2017 and the panel's work are done: past
    B(
        text="This unique consultation, part of the broader Future of Europe debate launched with the Commission's White Paper on 1 March 2017, was prepared by a panel of 96 citizens from 27 Member States, who came together to decide what questions to put to their fellow Europeans.",
        due=None,
        vague=False,
        said="2018-05-09 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC18,
        published="2018-05-09",
    ),
    # 'today' is on the verb of speaking and 'around the corner' sets no time: due None, no refusal word (CONVENTIONS 2.2)
    B(
        text='European Commission President Jean-Claude Juncker said today: "With the European elections around the corner, it is time to decide what the European Union at 27 should be.',
        due=None,
        vague=False,
        said="2018-05-09 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EC18,
        published="2018-05-09",
    ),
    # 'we are launching today': the present act of the day, end of day (CONVENTIONS 2.1)
    B(
        text="The survey we are launching today puts the question to all Europeans: What future do we want for ourselves, for our children and for our Union?",
        due="2018-05-09 21:59:59",
        vague=False,
        said="2018-05-09 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EC18,
        published="2018-05-09",
    ),
    # the Citizens' Panel of 5-6 May, already held: past
    B(
        text="For the first time, the Commission convened a Citizens' Panel on 5-6 May to draft a public consultation.",
        due=None,
        vague=False,
        said="2018-05-09 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC18,
        published="2018-05-09",
    ),
    # the debate launched with the White Paper of 1 March 2017: past
    B(
        text="This is part of the ongoing debate on the future of the EU at 27, launched with the Commission's White Paper of 1 March 2017.",
        due=None,
        vague=False,
        said="2018-05-09 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC18,
        published="2018-05-09",
    ),
    # 'today's' only names the consultation, and 'will further complement' has no time of its own: due None, no refusal word. unsure: a careful reader could give 9 May 2018, end of day (the consultation of the day, CONVENTIONS 2.1)
    B(
        text="People can already submit their views online – today's consultation will further complement this.",
        due=None,
        vague=False,
        said="2018-05-09 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EC18,
        published="2018-05-09",
    ),
    # UK Statistics Authority (letter from the National Statistician to the Director General for Regulation on COVID-19 and statistical publication, on osr.statisticsauthority.gov.uk; Crown copyright under the Open Government Licence); zone Europe/London (GMT). The stored page prints no date of its own; its related link dates the exchange to March 2020, it names Wednesday 25 March 2020 as ahead, and the change it announces 'from today' was reported on 24 March 2020: it is read on Tuesday 24 March 2020 10:00 GMT; only the first label below depends on that day. The sentences without a time word or with only general ones ('currently', 'immediate') are not taken. publication at 07.00 'from today', an ongoing practice given only its start: earliest 24 March 2020 00:00 GMT (CONVENTIONS 3.2). unsure: a careful reader could give due 24 March 2020, end of day (a rule taking effect, CONVENTIONS 3.1a)
    B(
        text="Having considered the options, we plan to move to publication of market sensitive releases at 07.00 without a prior briefing from today.",
        due=None,
        vague=False,
        said="2020-03-24 10:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2020-03-24 00:00:00",
        cluster=5,
        source=_UKSA20,
        published="2020-03-24",
    ),
    # the first release affected, on Wednesday 25 March 2020: end of that day (CONVENTIONS 3.1)
    B(
        text="The first release that this will affect is Price statistics on Wednesday 25 March 2020.",
        due="2020-03-25 23:59:59",
        vague=False,
        said="2020-03-24 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_UKSA20,
        published="2020-03-24",
    ),
    # the Code's standing release time: recurring (CONVENTIONS 1.3)
    B(
        text="The Code of Practice sets 09:30 as the release time for official statistics (T3.6), and our approach will therefore deviate from the letter of the Code.",
        due=None,
        vague=False,
        said="2020-03-24 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_UKSA20,
        published="2020-03-24",
    ),
    # UK Statistics Authority (Office for Statistics Regulation, 'release times review - findings and outcomes from our stakeholder consultation', on osr.statisticsauthority.gov.uk; Crown copyright under the Open Government Licence); zone Europe/London (GMT until 27 March 2022); the page's own 'Published: 24 March 2022' (a date line, not taken); no hour given: said Thursday 24 March 2022 10:00 GMT. The photo caption, the headings and the sentences without a time word are not taken. the standing release time of 9.30am: recurring (CONVENTIONS 1.3)
    B(
        text="We envisage most official statistics releases will remain at 9.30am; an alternative release time can be agreed with the Director General for Regulation where it is determined to best serve the public good.",
        due=None,
        vague=False,
        said="2022-03-24 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_OSR22A,
        published="2022-03-24",
    ),
    # exemptions granted during the pandemic: past
    B(
        text="During the pandemic, the Director General for Regulation granted several exemptions for release times other than 9.30am – to key economic statistics at 7.00am and to some COVID-19 related statistics, which were released later in the day at agreed times, as soon as they were prepared and quality assured.",
        due=None,
        vague=False,
        said="2022-03-24 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OSR22A,
        published="2022-03-24",
    ),
    # the consultation of 2021, over: past
    B(
        text="The consultation ran between 28 September 2021 and 21 December 2021.",
        due=None,
        vague=False,
        said="2022-03-24 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OSR22A,
        published="2022-03-24",
    ),
    # UK Statistics Authority (letter from the Director General for Regulation to the National Statistician, 'Alternative Release Times for Official Statistics - Making the Case for Public Good', on osr.statisticsauthority.gov.uk; Crown copyright under the Open Government Licence); zone Europe/London (GMT). The stored page prints no date of its own; it shares 'today' the findings of the release-times review, which the regulator published on 24 March 2022 (the page above), and names 5 May 2022 as ahead: it is read on Thursday 24 March 2022 10:00 GMT; only the first label below depends on that day. The salutation, the signature and the sentences without a time word are not taken. 'I am pleased to share with you today', the present act of the day: end of that day (CONVENTIONS 2.1)
    B(
        text="I am pleased to share with you today our consultation findings from our review of the release times for official statistics.",
        due="2022-03-24 23:59:59",
        vague=False,
        said="2022-03-24 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_OSR22B,
        published="2022-03-24",
    ),
    # the Board 'has approved' (perfect), an act already done: past (CONVENTIONS 2.4)
    B(
        text="The Chair and Board of the UK Statistics Authority has approved an amendment to the Code of Practice for Statistics Edition 2.0, to allow for the introduction of release times other than 9:30am, in cases where it is agreed that this will best serve the public good.",
        due=None,
        vague=False,
        said="2022-03-24 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OSR22B,
        published="2022-03-24",
    ),
    # the change comes into force on 5 May 2022: that day, end of day (CONVENTIONS 3.1)
    B(
        text="This change will come into force on 5 May 2022.",
        due="2022-05-05 22:59:59",
        vague=False,
        said="2022-03-24 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_OSR22B,
        published="2022-03-24",
    ),
    # a standing release time: recurring (CONVENTIONS 1.3)
    B(
        text="The Office for National Statistics already publishes several key economic statistics at 7am.",
        due=None,
        vague=False,
        said="2022-03-24 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_OSR22B,
        published="2022-03-24",
    ),
    # release times agreed during the pandemic: past
    B(
        text="These alternative release times were agreed with OSR, to enable statisticians to speak directly to journalists and the public about their statistics during the pandemic, which has been a powerful means of ensuring the statistics were well used.",
        due=None,
        vague=False,
        said="2022-03-24 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OSR22B,
        published="2022-03-24",
    ),
    # the standing 7am release, no undertaking: recurring (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word (an opinion with no act to fall due)
    B(
        text="At present, I feel that ONS has not made clear the public benefit of releasing the key economic statistics at 7am to its users, and how you are balancing competing demands.",
        due=None,
        vague=False,
        said="2022-03-24 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_OSR22B,
        published="2022-03-24",
    ),
    # Australian Bureau of Statistics (media release 'ABS thanks survey respondents', 11 May 2020, as carried verbatim by marketscreener.com under the ABS's Creative Commons Attribution licence); zone Australia/Sydney (AEST, Canberra); the release's own date (the carrier's is 10 May, US time); no hour given: said Monday 11 May 2020 10:00 AEST. The quoted sentences without a time word or with only general ones ('at the moment', 'challenging times') and the last sentence, cut off where the stored opening ends, are not taken. households start the survey 'this week': the end of the week, Sunday 17 May 2020 (CONVENTIONS 3.1, a one-off start within the window; parser docstring, weeks end on Sunday). unsure: a careful reader could give 'earliest' from 11 May 00:00 (an activity given only its start, CONVENTIONS 3.2)
    B(
        text="This week households will start completing the May Monthly Population Survey, providing important insights into changes in employment, the hours people are working and unemployment.",
        due="2020-05-17 13:59:59",
        vague=False,
        said="2020-05-11 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ABS20,
        published="2020-05-11",
    ),
)
