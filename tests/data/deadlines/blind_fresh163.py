"""A HUNDRED-AND-SIXTY-THIRD fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-06 (UTC) between about 19:25 and 19:40 by a labelling helper (branch
issue12l163-s58) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 58 (fresh159 to fresh162), whose claims in the shared claims file were treated as used
and whose files and README sections were not opened. It read `CONVENTIONS.md` in full (4.3 included, new
this stop), the docstring, comments, some cases and the README section of `blind_fresh158.py`, the field
list of `BlindCase` in `blind_real.py`, the docstring of `tests/data/fresh_check.py` and the top docstring
of the parser package only (the vague windows, parts of the day, "lunchtime", bare clock times, "early /
mid / late"); nothing else of `bot/core/deadlines/` was opened. The brief asked for Victorian, NSW, South
Australian and ACT government pages that state CC BY, NISRA (OGL), UK Commons and Lords written statements
and committee reports (Open Parliament Licence) and US defence, space and weather bodies (DoD, NASA, NOAA,
National Weather Service), at most a third from the United States; at least eight publishers, none above
a fifth of the cases; about 90 cases (at least 70) by 20:25 UTC.

The set quotes NASA (the Kennedy Space Center blog post of 11 December 2017 and a media advisory of 13
August 2012), the National Weather Service (three Federal Register notices, of 9 April 1998, 12 May 1998 and 14
February 1996), UK Parliament (a House of Commons Science and Technology Committee press notice of 14 March 2003),
the Houses of the Oireachtas (the Dail sitting of 24 June 2010 and the Seanad sitting of 19 November 1981),
the European Commission (the Daily News of 13 March 2018 and a consultation page last updated on 23 May
2018) and NISRA (three pages of nisra.gov.uk). 33 cases from 6 publishers (NASA 6 (18.2%); UK Parliament 6
(18.2%); the Oireachtas 6 (18.2%); NISRA 6 (18.2%); the National Weather Service 5 (15.2%); the European
Commission 4 (12.1%)). 11 of the 33 (33.3%) are from the United States (NASA, NWS); 22 are not.

The brief's targets are NOT met: 33 cases (not 70), 6 publishers (not 8). The store is heavily mined: of
the 130 or so addresses checked with `fresh_check.py`, most read used (parliament.uk written-statement
listings and Lords business pages, historic Hansard "business of the House" pages, most Oireachtas Order of
Business pages, NISRA's census and news pages, the ABS, Stats NZ and Statistics Canada release pages,
fisheries.noaa.gov and NWS notices on UCAR's mailing-list archive, defense.gov travel releases, kremlin.ru
instruction lists, Commission Daily News pages, South Australian and ACT consultation pages, the Victorian
major-projects pipeline, nsw.gov.au grant guidelines, Wikinews launch stories). The caps bound the set: with
only two open non-UK, non-Irish, non-US publishers found fresh (the Commission, 4 sentences; NISRA, 6), a
fifth for each publisher and a third for the United States allow about 33 cases, so fresh UK Parliament,
Oireachtas and US pages that were claimed could not be added (below). No fresh Victorian, NSW, South
Australian or ACT page with the publisher's own CC BY statement was found (the ACT Legislative Assembly's
own reuse policy is CC BY-NC-ND, so its media release was not used; the South Australian legislation site
and Hansard state no open licence). Each page's cases share one `source` constant, so whole pages can be
dropped.

Left out, and why. Claimed (`fresh163`) but not used, to keep the caps: UK Parliament (written answers of
18 March 1975 and 29 March 1962, the Environmental Audit Committee's report HC 262 of 2002-03, a point of
order of 8 February 1996, the Lords business paper of 13 October 2020, a written-question listing, the
Lords Liaison Committee's report HL 398 of 2017-19, the PASC press notice 15 of 2003-04), the Oireachtas
(Dail sittings of 11 December 1968, 5 March 1997, 24 January 2018 and 14 November 2023, the Seanad sitting
of 12 July 2018), the NWS (Federal Register notices of 21 December 1995, 7 January 1997 and 23 February 1995,
and the rest of the notice of 12 May 1998) and NASA (the rest of the 2012 advisory); the DoD travel advisory for Secretary Carter and the DoD news
story on Secretary Austin's visit to Papua New Guinea were claimed but dropped because their stored openings
print no date and their year-less dates cannot be read without one; the kremlin.ru State Council page of 17
July 2012 was claimed but dropped because no licence statement of kremlin.ru was found in the store. Within
the pages kept: the last sentence of the NISRA pre-release page ('Each NI Department ... over the coming
months') was dropped because the page prints no date to count 'the coming months' from; 'No embargoed
copies will be issued in advance' (Science and Technology Committee) holds no time word of its own.

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a clock time,
"today", "tomorrow", "tonight", "this morning", "at lunchtime", "60-days", "at launch time", "from the date
of publication", "every five years", "since July 2017", "in January 2009"); within each page quoted, the
sentences of the stored opening that hold one were taken in page order, easy or hard, except those whose
only time words are general ("now", "annually", "as it is today") or whose only year names an Act, an
Order, a session or a report. Titles, headings, date lines, the "DATES:" labels of the Federal Register
notices (the sentence after the label is kept) and contact lines were skipped.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names
excepted, which the freshness tool skips) or in the shared claims file was used: each was checked with
`fresh_check.py` (the address and a distinctive phrase of the page) and claimed (`fresh163`) in
`/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence was then checked whole
with the same tool (skipping this file): one read used and was dropped (the NWS notice of 14 February
1996's '... the public will have 60-days in which to comment on these proposed consolidation
certifications.', whose words stand in another notice); none of the 33 kept reads used. Each label was worked out by hand from
the words, the publication date and the publisher's zone (America/New_York for NASA and the NWS,
Europe/London for UK Parliament and NISRA, Europe/Dublin for the Oireachtas, Europe/Brussels for the
Commission); the conversion of local instants to UTC wall time, weekdays and day counts were done with
Python's zoneinfo and datetime in a scratch script outside the repository, never with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh158.py`: the publication date at 10:00 local time, as none of these pages gives an hour (the
first comment of each page says where its date was read); a day falls due at 23:59:59 local; "today" on
the act as it is spoken at the end of that day (CONVENTIONS 2.1); a day word on a verb of speaking is
never the deadline (CONVENTIONS 2.2); a one-off event at a time due then (CONVENTIONS 3.1); an offer open
from a time an earliest date (CONVENTIONS 3.2); a window opened for a stated length from now due at its
end (CONVENTIONS 1.1, 1.2); several times at the latest (CONVENTIONS 6.1); a clock time with no day of its
own at its first occurrence after the moment of speaking (CONVENTIONS 6.3); a question about a time due
None with no refusal word (CONVENTIONS 4.3); times hung on an undated event are event (CONVENTIONS 1.3,
5.2); standing rules recurring (CONVENTIONS 1.3); done acts past. Three NISRA pages print no date: each is
read at 10:00 on the day after the latest date it names as past, and says so; their labels (past and
recurring) hold for any later reading day. Clusters as in `blind_fresh158.py`: 1 no time set, 2 clock
times, 3 ranges and several dates, 4 parts of the day, periods and windows, 5 refusals, 6 plain days and
dates. 18 labels are refusals (past 13, event 2, earliest 2, recurring 1); none is vague; 14 labels carry a
due instant; 1 has due None and no refusal word; 4 are marked "unsure" and name the other reading; like
every label here they stay as committed, whatever the first run shows. First run: not yet taken (the lead
runs it once, after merging, and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_KSC17 = "https://blogs.nasa.gov/kennedy/2017/12/11/l-1-day-briefings-scheduled-for-spacex-crs-13/"
_NASA12 = "http://mail.spinics.net/lists/nasa/msg03905.html"
_NWS98 = "http://federal.elaws.us/fr/4/9/1998/98-9270"
_NWS96 = "https://www.govinfo.gov/content/pkg/FR-1996-02-14/html/96-3380.htm"
_NWS98B = "https://www.govinfo.gov/content/pkg/FR-1998-05-12/html/98-12605.htm"
_SCI03 = "https://www.parliament.uk/business/committees/committees-archive/science-technology/science-and-technology-committee/scitech140303/"
_DAIL10 = "https://www.oireachtas.ie/en/debates/debate/dail/2010-06-24/4/"
_SEAN81 = "https://www.oireachtas.ie/en/debates/debate/seanad/1981-11-19/2/"
_EC18 = "http://europa.eu/rapid/press-release_MEX-18-1921_en.htm"
_EC15 = (
    "https://ec.europa.eu/growth/content/have-your-say-enforcement-intellectual-property-rights_en"
)
_NISRA09 = "http://www.nisra.gov.uk/aboutus/default.asp97.htm"
_NISRA17 = "https://www.nisra.gov.uk/statistics/nisra-economic-and-labour-market-statistics-elms/statistical-protocols-and-compliance"
_NISRA23 = "https://nisra.gov.uk/publications/index-services-ios-statistical-bulletin-and-tables-quarter-3-2023"

FRESH163_CASES: tuple[BlindCase, ...] = (
    # NASA (Kennedy Space Center blog post 'L-1 Day Briefings Scheduled for SpaceX CRS-13', dated 2017/12/11 in its address; a US federal work, public domain, 17 U.S.C. 105); zone America/New_York (EST); no hour given, said Monday 11 December 2017 10:00 EST. The title is not taken. the launch falls on 'tomorrow', a one-off event on a day (CONVENTIONS 3.1) [local due 2017-12-12 23:59:59 EST]
    B(
        text="Today marks “L-1” – launch minus one day – for tomorrow’s scheduled launch of SpaceX’s 13th commercial resupply to the International Space Station.",
        due="2017-12-13 04:59:59",
        vague=False,
        said="2017-12-11 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_KSC17,
        published="2017-12-11",
    ),
    # a clock time with its zone and weekday, Tuesday 12 December 2017 (CONVENTIONS 3.1) [local due 2017-12-12 11:46:00 EST]
    B(
        text="Liftoff of the SpaceX Falcon 9 rocket and Dragon spacecraft is planned for 11:46 a.m. EST Tuesday from Space Launch Complex 40 at Cape Canaveral Air Force Station.",
        due="2017-12-12 16:46:00",
        vague=False,
        said="2017-12-11 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_KSC17,
        published="2017-12-11",
    ),
    # 'at launch time' is an event this sentence does not date: event (CONVENTIONS 5.2, 6.3)
    B(
        text="Meteorologists with the U.S. Air Force 45th Space Wing are predicting a 90 percent chance of favorable weather at launch time, with liftoff winds the primary concern.",
        due=None,
        vague=False,
        said="2017-12-11 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_KSC17,
        published="2017-12-11",
    ),
    # 'begins today', the present on the act as it is spoken: the end of the day (CONVENTIONS 2.1) [local due 2017-12-11 23:59:59 EST]
    B(
        text="Mission coverage begins today with two news briefings.",
        due="2017-12-12 04:59:59",
        vague=False,
        said="2017-12-11 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_KSC17,
        published="2017-12-11",
    ),
    # 'Both will be broadcast on NASA Television.' holds no time word and is not taken. the coverage begins at a clock time on Tuesday 12 December, an event's start due then (CONVENTIONS 3.1; the parser docstring, stop 51b) [local due 2017-12-12 11:15:00 EST]
    B(
        text="Live coverage from the countdown begins Tuesday morning at 11:15 a.m. on NASA’s SpaceX Launch Blog and on NASA Television.",
        due="2017-12-12 16:15:00",
        vague=False,
        said="2017-12-11 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_KSC17,
        published="2017-12-11",
    ),
    # NASA (media advisory M12-151, 'Aug. 13, 2012' in its own head, as copied to the spinics.net archive of NASA's hqnews list; a US federal work, public domain, 17 U.S.C. 105); zone America/New_York (EDT); no hour given, said Monday 13 August 2012 10:00 EDT. The head line and contact lines are not taken; only this first sentence is taken, the rest of the advisory being left out to keep NASA within a fifth. a teleconference at a clock time on a year-less date, its next occurrence, 14 August 2012 (CONVENTIONS 3.1) [local due 2012-08-14 13:00:00 EDT]
    B(
        text="WASHINGTON -- NASA will host a media teleconference at 1 p.m. EDT (10 a.m. PDT), Aug. 14, to provide a status update on the Curiosity rover's mission to Mars' Gale Crater.",
        due="2012-08-14 17:00:00",
        vague=False,
        said="2012-08-13 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA12,
        published="2012-08-13",
    ),
    # National Weather Service (Federal Register notice 98-9270, 'National Weather Service Modernization and Associated Restructuring', Volume 63, Number 68, Thursday, April 9, 1998, as copied to federal.elaws.us; a US federal work, public domain, 17 U.S.C. 105); zone America/New_York (EDT, Silver Spring); no hour given, said Thursday 9 April 1998 10:00 EDT. The summary's list of offices (whose only time word is 'future') is not taken. 60 days given to the public from the notice to comment: a window from now, due at its end, 8 June 1998 (CONVENTIONS 1.1, 1.2) [local due 1998-06-08 23:59:59 EDT]
    B(
        text="In accordance with Pub. L. 102-567, the public will have 60-days in which to comment on these proposed automation and closure certifications.",
        due="1998-06-09 03:59:59",
        vague=False,
        said="1998-04-09 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_NWS98,
        published="1998-04-09",
    ),
    # the sentence after the label 'DATES:'; the agency fixes the day by which it asks for comments, a deadline of its own, not a time it asks another to fix (CONVENTIONS 4.3 does not apply) [local due 1998-06-08 23:59:59 EDT]
    B(
        text="Comments are requested by June 8, 1998.",
        due="1998-06-09 03:59:59",
        vague=False,
        said="1998-04-09 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NWS98,
        published="1998-04-09",
    ),
    # National Weather Service (Federal Register notice 96-3380, same heading, Volume 61, Number 31, Wednesday, February 14, 1996, on govinfo.gov; a US federal work, public domain, 17 U.S.C. 105); zone America/New_York (EST then, EDT from 7 April 1996); no hour given, said Wednesday 14 February 1996 10:00 EST. The summary's list of offices is not taken; 'In accordance with Public Law 102-567, the public will have 60-days in which to comment on these proposed consolidation certifications.' read USED when checked whole (the same words stand in another notice) and was dropped. The sentence after the label 'DATES:', a date fixed by the agency (CONVENTIONS 3.1; 4.3 does not apply) [local due 1996-04-15 23:59:59 EDT]
    B(
        text="Comments are requested by April 15, 1996.",
        due="1996-04-16 03:59:59",
        vague=False,
        said="1996-02-14 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NWS96,
        published="1996-02-14",
    ),
    # National Weather Service (Federal Register notice 98-12605, 'Final Certification for the Combined Consolidation and/or Automation and Closure of 80 Weather Service Offices (WSOs) and Consolidation of Two WSOs', Volume 63, Number 91, Tuesday, May 12, 1998, on govinfo.gov; a US federal work, public domain, 17 U.S.C. 105); zone America/New_York (EDT); no hour given, said Tuesday 12 May 1998 10:00 EDT. The label 'SUMMARY:' is left out of the quote. certifications approved and sent on a date gone: past
    B(
        text="On May 6, 1998 the Under Secretary for Oceans and Atmosphere approved and transmitted 14 office consolidation, 46 office automation, and 80 office closure certifications to Congress.",
        due=None,
        vague=False,
        said="1998-05-12 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NWS98B,
        published="1998-05-12",
    ),
    # 'Pub. L. 102-567 requires that the final certifications be published in the Federal Register.' holds no time word, and 'EFFECTIVE DATE: May 12, 1998.' is a date line; both are not taken. The label 'SUPPLEMENTARY INFORMATION:' is left out of the quote; the rest of the notice is left out to keep the United States within a third. proposals and a comment period closed on dates gone: past
    B(
        text="The two consolidation certifications for Astoria and Wichita Falls were proposed in the December 27, 1996 Federal Register and the 60-day public comment period closed on February 25, 1997.",
        due=None,
        vague=False,
        said="1998-05-12 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NWS98B,
        published="1998-05-12",
    ),
    # UK Parliament (House of Commons Science and Technology Committee press notice 'No. 20 of Session 2002-2003', '14 March 2003' in its own head, on parliament.uk; Open Parliament Licence, stated on Parliament's copyright page, parliament.uk/site-information/copyright, as kept in Parliament's own web archive); zone Europe/London (GMT); no hour given, said Friday 14 March 2003 10:00 GMT. The numbered headings are not taken. a publication at a clock time on a dated day (CONVENTIONS 3.1) [local due 2003-03-14 11:00:00 GMT]
    B(
        text="The Science and Technology Committee will publish its Fifth Special Report of Session 2002-03 (HC 507) at 1100 hours on Friday 14 March 2003.",
        due="2003-03-14 11:00:00",
        vague=False,
        said="2003-03-14 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_SCI03,
        published="2003-03-14",
    ),
    # 'The Report contains the Government Response to the Committee's First Report of Session 2002-03 ...' (only a session), 'Copies of the Special Report will be available for collection ...' and 'No embargoed copies will be issued in advance' (no time of their own) are not taken. a publication at 0001 hours on a year-less weekday date, Tuesday 25 March 2003 (CONVENTIONS 3.1) [local due 2003-03-25 00:01:00 GMT]
    B(
        text="The Committee will publish its Third Report of Session 2002-03 (HC 132), on The Work of the Medical Research Council on Tuesday 25 March at 0001 hours.",
        due="2003-03-25 00:01:00",
        vague=False,
        said="2003-03-14 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_SCI03,
        published="2003-03-14",
    ),
    # copies available from a time on: only a start (CONVENTIONS 3.2) [local earliest 2003-03-24 11:00:00 GMT]
    B(
        text="Embargoed copies will be available at 7 Millbank from 1100 hours on Monday 24 March to press and witnesses, by prior arrangement with this office.",
        due=None,
        vague=False,
        said="2003-03-14 10:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2003-03-24 11:00:00",
        cluster=5,
        source=_SCI03,
        published="2003-03-14",
    ),
    # only a start, as above (CONVENTIONS 3.2) [local earliest 2003-03-25 10:00:00 GMT]
    B(
        text="Copies will be generally available to other interested parties from 7 Millbank from 1000 hours on Tuesday 25 March.",
        due=None,
        vague=False,
        said="2003-03-14 10:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2003-03-25 10:00:00",
        cluster=5,
        source=_SCI03,
        published="2003-03-14",
    ),
    # 'from the date of publication', a day this sentence does not date, and only a start: event (CONVENTIONS 1.3, 5.2)
    B(
        text="Copies of both these Reports can be obtained from the date of publication from TSO outlets and from the Parliamentary Bookshop, 12 Bridge Street, Parliament Square, London SW1A 2JX (020 7219 3890) by quoting the appropriate HC numbers.",
        due=None,
        vague=False,
        said="2003-03-14 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_SCI03,
        published="2003-03-14",
    ),
    # the website line, the contact lines and the note on Standing Order No. 152 (no time word) are not taken. an appointment in 2001, told as done: past
    B(
        text="The Committee was appointed on 12 November 2001.",
        due=None,
        vague=False,
        said="2003-03-14 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SCI03,
        published="2003-03-14",
    ),
    # Houses of the Oireachtas (Dail Eireann debate, Order of Business, Thursday 24 June 2010, on oireachtas.ie; Oireachtas (Open Data) PSI Licence, CC BY 4.0, stated in the Houses' copyright notice and open-data licence pages); zone Europe/Dublin (IST); the date is the sitting's own, in the address; no hour given, said 24 June 2010 10:00 IST. the adjournment of No. 8 falls 'today' (CONVENTIONS 2.1, 3.1). unsure: a careful reader could give refusal 'event', the four hours running from the start of a stage this sentence does not time (CONVENTIONS 1.3) [local due 2010-06-24 23:59:59 IST]
    B(
        text="It is proposed to take No. 7 — European Financial Stability Facility Bill 2010 — Order for Second Stage, Second and Remaining Stages; and No. 8 — Wildlife (Amendment) Bill 2010 — Order for Second Stage and Second Stage to adjourn after four hours today, if not previously concluded.",
        due="2010-06-24 22:59:59",
        vague=False,
        said="2010-06-24 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_DAIL10,
        published="2010-06-24",
    ),
    # the day's schedule: later than 4.45 p.m., 2 p.m., 3.30 p.m. and Question Time 'tonight', the latest being tonight's end (CONVENTIONS 6.1; the parser docstring: 'tonight' 23:59:59) [local due 2010-06-24 23:59:59 IST]
    B(
        text="It is proposed, notwithstanding anything in Standing Orders, that the Dáil shall sit later than 4.45 p.m. today and business shall be interrupted on the conclusion of Question Time tonight which shall be taken for 75 minutes on the adjournment of No. 8, and in the event of a private notice question being allowed, it shall be taken after 45 minutes; and the order shall not resume thereafter; and Second and Remaining Stages of No. 7 shall be taken today and the following arrangements shall apply: the proceedings on the Second Stage shall, if not previously concluded, be brought to a conclusion at 2 p.m. today and the proceedings on the Committee and Remaining Stages shall, if not previously concluded, be brought to a conclusion at 3.30 p.m. today by one question which shall be put from the chair and which shall, in relation to amendments, include only those set down or accepted by the Minister for Finance.",
        due="2010-06-24 22:59:59",
        vague=False,
        said="2010-06-24 09:00:00",
        tz="Europe/Dublin",
        cluster=3,
        source=_DAIL10,
        published="2010-06-24",
    ),
    # 'There are two proposals to put to the House.' holds no time word and is not taken. a question about a time that nobody undertakes: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="Is the proposal that the Dáil shall sit later than 4.45 p.m. agreed to?",
        due=None,
        vague=False,
        said="2010-06-24 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL10,
        published="2010-06-24",
    ),
    # 'learned today' and 'since 2005' report what was found out and done: past
    B(
        text="It is appropriate that the Minister for Finance is taking the Order of Business because we learned today that since 2005 the Department of Finance warned the Minister for Finance and the Government of the dangers of the property bubble created.",
        due=None,
        vague=False,
        said="2010-06-24 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL10,
        published="2010-06-24",
    ),
    # Houses of the Oireachtas (Seanad Eireann debate, Order of Business, Thursday, 19 Nov 1981, Vol. 96 No. 9, on oireachtas.ie; Oireachtas (Open Data) PSI Licence, CC BY 4.0); zone Europe/Dublin (GMT); the date is the sitting's own heading; no hour given, said 19 November 1981 10:00 GMT. 'It is proposed to take items Nos. 1, 2, and 3.' holds no time word. the Order of Business tells the day's plan (not a proposal bargained over, CONVENTIONS 4.3); a clock range with no day of its own, its later end at its first occurrence after speaking (CONVENTIONS 6.1, 6.3) [local due 1981-11-19 14:30:00 GMT]
    B(
        text="It is also proposed to break for lunch from 1 p.m. to 2.30 p.m.",
        due="1981-11-19 14:30:00",
        vague=False,
        said="1981-11-19 10:00:00",
        tz="Europe/Dublin",
        cluster=3,
        source=_SEAN81,
        published="1981-11-19",
    ),
    # 'This slightly longer than usual break ...' holds no time word. a break 'at lunchtime' with no day of its own, the first after speaking, lunchtime ending at 14:00 (the parser docstring; CONVENTIONS 6.3). unsure: a careful reader could give refusal 'event', the hour and a half running from a start this sentence does not give (CONVENTIONS 1.3) [local due 1981-11-19 14:00:00 GMT]
    B(
        text="He has a long-standing engagement with some European financial people who are visiting the country and so in order to facilitate the Minister it has been agreed to break for one-and-a-half hours at lunchtime.",
        due="1981-11-19 14:00:00",
        vague=False,
        said="1981-11-19 10:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_SEAN81,
        published="1981-11-19",
    ),
    # European Commission (Daily News 13 / 03 / 2018, 'Brussels, 13 March 2018', on europa.eu/rapid; reuse authorised under Commission Decision 2011/833/EU, stated in the Publications Office copyright notice on op.europa.eu); zone Europe/Brussels (CET); no hour given, said Tuesday 13 March 2018 10:00 CET. The heading is not taken. a speech given 'this morning', told as done; 'with one year to go' is inside the words quoted: past (CONVENTIONS 2.2)
    B(
        text='Speaking to MEPs in Strasbourg this morning, President Juncker highlighted that further clarity is needed from the UK to reach an understanding on the future relationship, when he said: "As the clock counts down, with one year to go, it is now time to translate speeches into treaties; to turn commitments into agreements; broad suggestions and wishes on the future relationship to specific, workable solutions."',
        due=None,
        vague=False,
        said="2018-03-13 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC18,
        published="2018-03-13",
    ),
    # the quoted sentences on Ireland (no time word, or only 'as it is today') and the link lines are not taken. a publication on a date gone: past
    B(
        text="The European Commission published the draft Withdrawal Agreement between the European Union and the United Kingdom on 28 February.",
        due=None,
        vague=False,
        said="2018-03-13 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC18,
        published="2018-03-13",
    ),
    # 'today' is on the verb of speaking (CONVENTIONS 2.2) and the intervention is told as done; 'the March European Council' names a meeting: past. unsure: a careful reader could give due None and no refusal word (no time of the act at all, CONVENTIONS 2.2)
    B(
        text="In a second intervention in the European Parliament today, and following his recent tour of the Western Balkans, President Juncker said that the March European Council is about focussing on building a stronger, more democratic and united Union.",
        due=None,
        vague=False,
        said="2018-03-13 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC18,
        published="2018-03-13",
    ),
    # European Commission (Internal Market, Industry, Entrepreneurship and SMEs news item 'Have your say on the enforcement of intellectual property rights', 'Published on: 09/12/2015 Last update: 23/05/2018', on ec.europa.eu; reuse authorised under Commission Decision 2011/833/EU, stated in the Publications Office copyright notice on op.europa.eu); zone Europe/Brussels (CEST); the stored text is the updated page ('The summary of responses is now available'), so it is read on its last update, said 23 May 2018 10:00 CEST; no hour given. The 'Deadline: 15/04/2016' line is a date line; the other sentences hold no time word or only 'now' and 'still'. a consultation published in a month gone: past
    B(
        text="In December 2015 the European Commission published a public consultation on the evaluation and modernisation of the legal framework for the enforcement of intellectual property rights (IPR).",
        due=None,
        vague=False,
        said="2018-05-23 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC15,
        published="2018-05-23",
    ),
    # NISRA (page 'Pre-Release Access To Official Statistics' of the old nisra.gov.uk site; Crown copyright under the Open Government Licence, stated on nisra.gov.uk/crown-copyright); zone Europe/London (BST); the stored opening prints no date: read on the day after the latest date it names as past (1st April 2009), said 2 April 2009 10:00 BST. a code 'published ... in January 2009', told as done: past
    B(
        text="The Statistics and Registration Service Act 2007 does not allow for the Code of Practice for Official Statistics (published by UK Statistics Authority in January 2009 and which replaces the previous National Statistics Code of Practice and associated Protocols) to include rules relating to pre-release access.",
        due=None,
        vague=False,
        said="2009-04-02 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NISRA09,
        published="2009-04-02",
    ),
    # 'Pre-release arrangements are set out ...' and the sentence on the Minister's Order hold no time word; the list of key elements is not sentences; 'Each NI Department ... over the coming months' is dropped (no date to count from, docstring). an Order that came into operation on a date gone: past
    B(
        text="The Pre-Release Access To Official Statistics Order (Northern Ireland) 2009 came into operation on 1st April 2009 and includes details of when pre-release can occur, who is entitled to access, for how long and under what conditions.",
        due=None,
        vague=False,
        said="2009-04-02 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NISRA09,
        published="2009-04-02",
    ),
    # NISRA (page 'Statistical protocols and compliance' of Economic and Labour Market Statistics, on nisra.gov.uk; Crown copyright under the Open Government Licence, nisra.gov.uk/crown-copyright); zone Europe/London (BST); the stored opening prints no date: read on the day after the month it names as past (July 2017), said 1 August 2017 10:00 BST. The definition of National Statistics holds no time word. a standing review cycle: recurring (CONVENTIONS 1.3)
    B(
        text="They are reviewed every five years for quality.",
        due=None,
        vague=False,
        said="2017-08-01 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_NISRA17,
        published="2017-08-01",
    ),
    # a state kept since a month gone, nothing left to fall due: past. unsure: a careful reader could call the time denied, negated (CONVENTIONS 4.1)
    B(
        text="Pre-release access has not been granted to Economic and Labour Market Statistics Publications since July 2017.",
        due=None,
        vague=False,
        said="2017-08-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NISRA17,
        published="2017-08-01",
    ),
    # the compliance-statement line (no time word) is not taken; 'report annually' is a general time word only and that sentence is not taken. a transfer on a date gone: past
    B(
        text="From 1 April 2011, the responsibility for the collection of data and production of official statistics on the labour market and economy transferred from DETI to NISRA, an agency of the Department of Finance (DoF).",
        due=None,
        vague=False,
        said="2017-08-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NISRA17,
        published="2017-08-01",
    ),
    # NISRA (publication page 'Index of Services (IoS) statistical bulletin and tables Quarter 3 2023', on nisra.gov.uk; Crown copyright under the Open Government Licence, nisra.gov.uk/crown-copyright); zone Europe/London (BST); the 'Date published' field is empty in the stored opening: read on the day after the date it names as past (15 October 2023, the year given by the 2023-24 budget and the quarter), said 16 October 2023 10:00 BST. a consultation that ended on a date gone: past
    B(
        text="The consultation, which ended on 15 October, sought views from users and stakeholders to help NISRA to address the financial constraints imposed by the budget settlement for 2023-24, whilst minimising the impact on users and stakeholders.",
        due=None,
        vague=False,
        said="2023-10-16 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NISRA23,
        published="2023-10-16",
    ),
)
