"""A HUNDRED-AND-FIFTY-FOURTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-06 (UTC) between about 16:30 and 16:45 by a labelling helper (branch
issue12l154-s57) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 57 (fresh155 to fresh158), whose claims in the shared claims file were treated as used
and whose files and README sections were not opened. It read `CONVENTIONS.md` in full, the docstring,
comments, cases and README section of `blind_fresh153.py` (the model of this file's form), the docstring
of `tests/data/fresh_check.py`, and the top docstring of the parser package only; nothing else of
`bot/` was opened. The brief asked for US defence, homeland security and coast agencies (DoD and the
services, USACE districts, Coast Guard, FEMA, TSA, CBP), the Scottish Government (only with gov.scot's own
OGL statement in the store), Stats NZ and New Zealand departments stating CC BY 4.0 on their own sites
(MBIE, NZ Treasury, Ministry for the Environment), at most a third from the United States; at least eight
publishers, none above a fifth of the cases; about 90 cases (at least 70) by 17:25 UTC.

The set quotes Federal Register notices of the U.S. Coast Guard (4 September 2019, 20 April 2020), the
Federal Emergency Management Agency (22 October 2018), the Transportation Security Administration (12
November 2021) and U.S. Customs and Border Protection (21 November 2023); UK Parliament's House of Commons
Hansard (22 April 1909 and 27 May 1937 on the historic Hansard); the Houses of the Oireachtas (the Dáil
Order of Business of 21 June 2022 and written answers of 3 October 2019 on oireachtas.ie); an Australian
Bureau of Statistics census release (18 June 2012, VIC/41); the European Commission's Daily News of 6 March
2019; and the Department of Conservation's 2017 media releases listing (items of 21 and 22 December 2017).
51 cases from 9 publishers: UK Parliament (Commons Hansard) 10 (19.6%); the Houses of the Oireachtas 10
(19.6%); the Coast Guard 6 (11.8%); the Department of Conservation 6 (11.8%); FEMA 4 (7.8%); CBP 4 (7.8%);
the ABS 4 (7.8%); the European Commission 4 (7.8%); the TSA 3 (5.9%). 17 of the 51 (33.3%) are from the
United States (Coast Guard, FEMA, TSA, CBP); 34 are not. None is above a fifth.

Fewer than 70 cases, as the brief allows when the store runs dry: the aimed non-US publishers gave
nothing usable. gov.scot: no statement of gov.scot's own was found (only nationalperformance.gov.scot's,
which does not cover gov.scot), and every consult.gov.scot listing found read used. Ministry for the
Environment: no mfe.govt.nz licence statement found, and its fresh page held no deadline sentence; MBIE:
the statements found are for MBIE Registers (CC BY 4.0) and business.govt.nz (CC BY-NC, not open);
NZ Treasury: no statement found; Stats NZ: the fresh pages found were copies on other sites (livenews,
scoop) or undated. Of the publishers open and used before, the pages found of GOV.UK, kremlin.ru,
Wikinews, Statistics Canada, NISRA and many more of Hansard and the Oireachtas read used. With the United
States held to a third and each publisher to a fifth, the fresh non-US material (34 sentences once
trimmed) bounds the set at 51; the US pages claimed could have given about 14 more.

Left out, and why. Claimed (`fresh154`) but not used, to keep the United States to a third or a publisher
to a fifth: the Coast Guard's Federal Register notice of 24 September 2021 (justia copy of 2021-20797),
FEMA's 2023-15409, CBP's 2020-06261, the Corps of Engineers' Inland Waterways Users Board notices 2025-03599
and the 2024 public-inspection copy (the latter with no date of its own in the stored text), Hansard's
Business of the House of 21 April 1910 (Commons) and 8 April 1937 (Lords), the Oireachtas written answer of
20 October 2021, the last sentence of the Coast Guard notice of 20 April 2020 (its GAO report of October
2017, past), the TSA notice's 'Requests to address the Committee ...' and its citation of the Act ('Dec.
18, 20214'), the remaining lines of the Commons business of 27 May 1937 ('The Vote to be considered will
be announced later.', 'Thursday: ...', 'The Business for Friday ...', the motion) and three items of the
Dáil Order of Business of 21 June 2022 (named in the comment of the last case of that page). One ABS
sentence read used when checked whole and was dropped ('Data from the 2011 Census of Population and
Housing will be available on the ABS website from 11.30am on 21 June 2012.').

Every sentence quoted holds a time word of some kind (a date, a year, a weekday, a clock time, 'today',
'yesterday', 'next week', 'this week', 'this Thursday', 'Monday next', 'the same night', 'evening',
'every day', 'at this time of year', 'for the past year', 'over several years', 'since the Second World
War', 'in 5 years', 'within 55 minutes', 'not to exceed 110 minutes', 'no earlier than 5.34 p.m.', 'up to
15 years', 'up to 2027', 'prior to', 'when it becomes available', 'then', 'afterwards'); within each page
quoted, the sentences of the stored opening that hold one were taken in page order, easy or hard, except
those named above as left out and a few whose only time words are general ('current', 'early', 'now').
Titles, headings, list lead-ins ending in a colon, contact lines and sentences cut off by the end of an
opening were skipped; labels ('SUMMARY:', 'DATES:', 'ADDRESSES:'), list dashes and a question number were
left out of the quotes and the GPO line breaks joined; the pages' slips ('7.3o') and quotation marks stay
as the pages have them.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names
excepted, which the freshness tool skips) or in the shared claims file was used: each was checked with
`fresh_check.py` and claimed (`fresh154`) in `/work/helper-brief/claims.txt` before its quotes were kept;
many pages were found used and dropped (README.md lists some). Every kept sentence was then checked with
the same tool (skipping this file): one ABS line read used and was dropped; none of the 51 reads used.
Each label was worked out by hand from the words, the publication date and the publisher's zone
(America/Juneau for the Coast Guard's Seventeenth District, America/New_York for the other US offices in
Washington, Europe/London for Hansard, Europe/Dublin for the Oireachtas, Australia/Melbourne for the ABS's
Victorian release, Europe/Brussels for the Commission, Pacific/Auckland for DOC); the conversion of local
instants to UTC wall time, weekdays and day counts were done with Python's zoneinfo and datetime in a
scratch script outside the repository, never with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh153.py`: the publication date at 10:00 local time, as none of these pages gives an hour (the
first comment of each page says where its date was read); a day falls due at 23:59:59 local; 'today' on
the act as it is spoken at the end of that day (CONVENTIONS 2.1); a day word on a verb of speaking is never
the deadline (CONVENTIONS 2.2); 'on or before' and 'by' a date at its end (CONVENTIONS 3.5); ranges, lists
of days and several clock times at the later, a schedule at its end (CONVENTIONS 6.1); a bare weekday as
the next such day on or after the day of speaking and an evening or night ending at 23:59:59 (the
docstring); a clock time with no day of its own at its first occurrence after the moment of speaking, the
page's instant written in the comment (CONVENTIONS 6.3); an offer open from a day or time is earliest
(CONVENTIONS 3.2); done acts are past (CONVENTIONS 2.4); times hung on an undated event or start ('then',
'prior to', 'when it becomes available', 'to conclude within 55 minutes') are event (CONVENTIONS 1.3, 5.2,
6.3); standing lengths and habits ('for a period of up to 15 years', 'every day', 'at this time of year')
are recurring (CONVENTIONS 1.3); questions and times that date no act have `due=None` and no refusal word
(4 such). Clusters as in `blind_fresh153.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4
parts of the day, periods and windows, 5 refusals, 6 plain days and dates. 21 labels are refusals (past
10, event 6, recurring 3, earliest 2); none is vague; 26 labels carry a due instant; 7 are marked "unsure"
and name the other reading; like every label here they stay as committed, whatever the first run shows.
First run: not yet taken (the lead runs it once, after merging, and records it in README.md). Never edit
these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_CG19 = "https://www.govinfo.gov/bulkdata/FR/2019/09/FR-2019-09-04.xml"
_CG20 = "https://www.govinfo.gov/content/pkg/FR-2020-04-20/html/2020-08205.htm"
_FEMA18 = "https://casetext.com/federal-register/national-advisory-council-meeting-22"
_TSA21 = (
    "https://casetext.com/federal-register/aviation-security-advisory-committee-asac-public-meeting"
)
_CBP23 = "https://www.govinfo.gov/content/pkg/FR-2023-11-21/html/2023-25702.htm"
_HC09 = "https://api.parliament.uk/historic-hansard/commons/1909/apr/22/course-of-business"
_HC37 = "https://api.parliament.uk/historic-hansard/commons/1937/may/27/business-of-the-house"
_DAIL22 = "https://www.oireachtas.ie/en/debates/debate/dail/2022-06-21/3/"
_DAIL19 = "https://www.oireachtas.ie/ga/debates/question/2019-10-03/section/255/"
_ABS12 = "https://www.abs.gov.au/websitedbs/censushome.nsf/home/vic-41?opendocument&navpos=620"
_EC19 = "https://europa.eu/rapid/press-release_MEX-19-1572_en.htm"
_DOC17 = "https://dxcprod.doc.govt.nz/news/media-releases/2017/externalContentView/0b0f8123-e054-48e5-aa80-7c73a27ed735?preview_generated=true"

FRESH154_CASES: tuple[BlindCase, ...] = (
    # U.S. Coast Guard, Seventeenth District (Federal Register notice USCG-2018-1058, 'Extension of Comment Period for the Port Access Route Study: Alaskan Arctic Coast', in GPO's bulk Federal Register file of Wednesday 4 September 2019 on govinfo.gov; work of the US federal government, public domain, 17 U.S.C. 105); zone America/Juneau (AKDT; the district office and its contacts are in Juneau, (907) 463); the date is the file's own (FR-2019-09-04); no hour given, said 4 September 2019 10:00 AKDT. The label 'SUMMARY:' is left out; 'This action will provide the public with additional time ...' (no time word) and the contact lines are not taken. The extension is told without its length, and the only date names the publication of 21 December 2018, gone: past
    B(
        text="The United States Coast Guard is extending the comment period for the notice of study and request for comments for the Port Access Route Study: Alaskan Arctic Coast that we published on December 21, 2018.",
        due=None,
        vague=False,
        said="2019-09-04 18:00:00",
        tz="America/Juneau",
        refusal="past",
        cluster=5,
        source=_CG19,
        published="2019-09-04",
    ),
    # a window kept open until a date (CONVENTIONS 3.3) [local due 2020-01-30 23:59:59 AKST]
    B(
        text="The comment period is extended until January 30, 2020.",
        due="2020-01-31 08:59:59",
        vague=False,
        said="2019-09-04 18:00:00",
        tz="America/Juneau",
        cluster=6,
        source=_CG19,
        published="2019-09-04",
    ),
    # the label 'DATES:' is left out; 'on or before' a date keeps the day's end (CONVENTIONS 3.5) [local due 2020-01-30 23:59:59 AKST]
    B(
        text="Comments and related material must be received by the Coast Guard on or before January 30, 2020.",
        due="2020-01-31 08:59:59",
        vague=False,
        said="2019-09-04 18:00:00",
        tz="America/Juneau",
        cluster=6,
        source=_CG19,
        published="2019-09-04",
    ),
    # U.S. Coast Guard, Office of Boat Forces (Federal Register notice FR Doc 2020-08205, 'Consolidation of Redundant Coast Guard Boat Stations', 'Monday, April 20, 2020' in the page's own header, on govinfo.gov; public domain); zone America/New_York (EDT; the office is in Washington, DC); said 20 April 2020 10:00 EDT. The GPO line breaks are joined and the labels left out; the SUMMARY's first sentence (no time word) and the contact line are not taken. 'we published February 14, 2020' and 'asked' tell of the past: past
    B(
        text="In response to the request for comments we published February 14, 2020, an interested person asked that we extend the comment period.",
        due=None,
        vague=False,
        said="2020-04-20 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CG20,
        published="2020-04-20",
    ),
    # the label 'DATES:' is left out; a window closing on a date (CONVENTIONS 1.1, 3.1) [local due 2020-05-04 23:59:59 EDT]
    B(
        text="The reopened comment period will close May 4, 2020.",
        due="2020-05-05 03:59:59",
        vague=False,
        said="2020-04-20 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CG20,
        published="2020-04-20",
    ),
    # 'on or before' a date (CONVENTIONS 3.5) [local due 2020-05-04 23:59:59 EDT]
    B(
        text="Your comments and related material must reach the Coast Guard on or before May 4, 2020.",
        due="2020-05-05 03:59:59",
        vague=False,
        said="2020-04-20 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CG20,
        published="2020-04-20",
    ),
    # Federal Emergency Management Agency (Federal Register notice 83 Fed. Reg. 53280, 'National Advisory Council; Meeting', 'Oct 22, 2018' on the copy's own header, on casetext.com; public domain); zone America/New_York (EDT on 22 October, EST from 4 November 2018; the meeting is in Washington, DC); said 22 October 2018 10:00 EDT. The labels ('SUMMARY:', 'DATES:', 'ADDRESSES:') are left out; sentences without a time word ('The meeting will be open to the public.', 'Please note that the meeting may close early ...', the meeting's address, the invitation to comment), the contact sentence ending 'as soon as possible' and the last one, cut off by the end of the opening, are not taken. A three-day meeting: its later day (CONVENTIONS 6.1) [local due 2018-11-08 23:59:59 EST]
    B(
        text="The Federal Emergency Management Agency (FEMA) National Advisory Council (NAC) will meet in person on November 6-8, 2018, in Washington, DC.",
        due="2018-11-09 04:59:59",
        vague=False,
        said="2018-10-22 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_FEMA18,
        published="2018-10-22",
    ),
    # three days with hours: the latest, 1:00 p.m. ET on 8 November, when EST applies (CONVENTIONS 6.1) [local due 2018-11-08 13:00:00 EST]
    B(
        text="The NAC will meet Tuesday, November 6, 2018, from 8:00 a.m. to 5:00 p.m., Wednesday, November 7, 2018, from 8:30 a.m. to 5:00 p.m., and Thursday, November 8, 2018, from 8:30 a.m. to 1:00 p.m. Eastern Time (ET).",
        due="2018-11-08 18:00:00",
        vague=False,
        said="2018-10-22 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FEMA18,
        published="2018-10-22",
    ),
    # a registration asked 'by' a date (CONVENTIONS 3.5) [local due 2018-10-26 23:59:59 EDT]
    B(
        text="It is recommended that attendees register with FEMA by October 26, 2018, by providing their name, telephone number, email address, title, and organization to the person listed in the FOR FURTHER INFORMATION CONTACT below.",
        due="2018-10-27 03:59:59",
        vague=False,
        said="2018-10-22 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FEMA18,
        published="2018-10-22",
    ),
    # the agency's own undertaking to post 'by Friday, November 2, 2018' (a Friday) [local due 2018-11-02 23:59:59 EDT]
    B(
        text="The full agenda and any related documents for this meeting will be posted by Friday, November 2, 2018, on the NAC website at http://www.fema.gov/national-advisory-council.",
        due="2018-11-03 03:59:59",
        vague=False,
        said="2018-10-22 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FEMA18,
        published="2018-10-22",
    ),
    # Transportation Security Administration (Federal Register notice 86 Fed. Reg. 62837, 'Aviation Security Advisory Committee (ASAC) Public Meeting', 'Nov 12, 2021' on the copy's own header, on casetext.com; public domain); zone America/New_York (EST); said 12 November 2021 10:00 EST. The labels are left out; 'The meeting agenda and information on public participation is provided below ...' (no time word) and 'In light of the current COVID-19 public health crisis, ...' (only 'current') are not taken. A one-off meeting on a date (CONVENTIONS 3.1) [local due 2021-12-07 23:59:59 EST]
    B(
        text="The Transportation Security Administration (TSA) will hold a public meeting of the Aviation Security Advisory Committee (ASAC) on December 7, 2021.",
        due="2021-12-08 04:59:59",
        vague=False,
        said="2021-11-12 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_TSA21,
        published="2021-11-12",
    ),
    # a meeting with hours on a date: the later time (CONVENTIONS 6.1) [local due 2021-12-07 13:00:00 EST]
    B(
        text="The Committee will meet on Tuesday, December 7, 2021, from 10:00 a.m. to 1:00 p.m. Eastern Standard Time.",
        due="2021-12-07 18:00:00",
        vague=False,
        said="2021-11-12 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_TSA21,
        published="2021-11-12",
    ),
    # 'This meeting may end early ...' (no time word) before it is not taken; a deadline 'by' a date [local due 2021-11-19 23:59:59 EST]
    B(
        text="Requests to attend the meeting must be received by November 19, 2021.",
        due="2021-11-20 04:59:59",
        vague=False,
        said="2021-11-12 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_TSA21,
        published="2021-11-12",
    ),
    # U.S. Customs and Border Protection (Federal Register notice FR Doc 2023-25702, Commercial Customs Operations Advisory Committee, 'Tuesday, November 21, 2023' in the page's own header, on govinfo.gov; public domain); zone America/New_York (EST; the meeting is in Washington, DC); said 21 November 2023 10:00 EST. The GPO line breaks are joined and the labels left out; 'The meeting will be open for the public ...' and 'The in-person capacity is limited ...' (no time word), the address and the contact sentence ending 'as soon as possible' are not taken. 'quarterly' names the kind of meeting; this one is on a date (CONVENTIONS 3.1) [local due 2023-12-13 23:59:59 EST]
    B(
        text="The Commercial Customs Operations Advisory Committee (COAC) will hold its quarterly meeting on Wednesday, December 13, 2023, in Washington, DC.",
        due="2023-12-14 04:59:59",
        vague=False,
        said="2023-11-21 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CBP23,
        published="2023-11-21",
    ),
    # hours on a date: the later (CONVENTIONS 6.1); 'Please note that the meeting may close early ...' after it (no time word) is not taken [local due 2023-12-13 17:00:00 EST]
    B(
        text="The COAC will meet on Wednesday, December 13, 2023, from 1:00 p.m. to 5:00 p.m. EST.",
        due="2023-12-13 22:00:00",
        vague=False,
        said="2023-11-21 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_CBP23,
        published="2023-11-21",
    ),
    # 'no later than' a date [local due 2023-12-08 23:59:59 EST]
    B(
        text="Registration to attend and comments must be submitted no later than December 8, 2023.",
        due="2023-12-09 04:59:59",
        vague=False,
        said="2023-11-21 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CBP23,
        published="2023-11-21",
    ),
    # a clock time on a date, the agency's own undertaking [local due 2023-12-12 17:00:00 EST]
    B(
        text="For virtual participants, the webinar link and conference number will be posted by 5:00 p.m. EST on December 12, 2023, at https://www.cbp.gov/trade/stakeholder-engagement/coac.",
        due="2023-12-12 22:00:00",
        vague=False,
        said="2023-11-21 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_CBP23,
        published="2023-11-21",
    ),
    # UK Parliament, House of Commons Hansard (Course of Business, HC Deb 22 April 1909 vol 3 c1675, on the Parliament's historic Hansard; Open Parliament Licence); zone Europe/London (GMT; no summer time before 1916); the date is the page's own citation line; said Thursday 22 April 1909 10:00 GMT. 'yesterday' is on the verb of indicating (CONVENTIONS 2.2) and 'next week' names the business the statement is about; nobody undertakes anything in this sentence: due None, no refusal word. unsure: a careful reader could call the whole sentence past (an intention reported from yesterday, CONVENTIONS 5.3), or take the statement as due by the end of next week, Sunday 2 May 1909 23:59:59 GMT
    B(
        text="I think the Prime Minister indicated yesterday his intention of making a general statement about the immediate prospects of public business next week.",
        due=None,
        vague=False,
        said="1909-04-22 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC09,
        published="1909-04-22",
    ),
    # 'Monday next, the 26th instant': Monday 26 April 1909, the day and its date agreeing [local due 1909-04-26 23:59:59 GMT]
    B(
        text="On Monday next, the 26th instant, we propose to take as the First Order the Report of the Indian Councils Bill, and I hope we may be allowed to get the third reading by consent.",
        due="1909-04-26 23:59:59",
        vague=False,
        said="1909-04-22 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC09,
        published="1909-04-22",
    ),
    # 'then' follows the Monday business that only the sentence before dates, and 'the other night' tells of the past: event (CONVENTIONS 6.3). unsure: a careful reader could give the end of next week, Sunday 2 May 1909 23:59:59 GMT, for the Bills taken in the course of it
    B(
        text="We shall then proceed with a number of comparatively small Bills—the Board of Trade Bill, the second reading of which we failed to get the other night; the Board of Agriculture Bill, the Assistant Postmaster-General Bill, the Cinematograph Bill, and the Buildings and Engineering Works Bill.",
        due=None,
        vague=False,
        said="1909-04-22 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC09,
        published="1909-04-22",
    ),
    # 'Tuesday, the 27th': Tuesday 27 April 1909 [local due 1909-04-27 23:59:59 GMT]
    B(
        text="Tuesday, the 27th, we propose to make one of the allotted days of Supply, and the Post Office Vote will be put down first.",
        due="1909-04-27 23:59:59",
        vague=False,
        said="1909-04-22 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC09,
        published="1909-04-22",
    ),
    # a bare weekday is the next such day on or after the day of speaking (the docstring): Wednesday 28 April 1909; 'a half-day' names the sitting [local due 1909-04-28 23:59:59 GMT]
    B(
        text="On Wednesday, which is a half-day, we propose to take the second reading of the Trade Boards Bill.",
        due="1909-04-28 23:59:59",
        vague=False,
        said="1909-04-22 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC09,
        published="1909-04-22",
    ),
    # 'Thursday, the 29th' and 'the same night': the end of Thursday 29 April 1909 (the docstring's night, 23:59:59); 'the Eleven o'clock Rule' is a name, no time [local due 1909-04-29 23:59:59 GMT]
    B(
        text="On Thursday, the 29th, the Budget Statement will be made, and following the usual practice, we shall propose to suspend the Eleven o'clock Rule to enable the necessary Resolutions to be taken the same night.",
        due="1909-04-29 23:59:59",
        vague=False,
        said="1909-04-22 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HC09,
        published="1909-04-22",
    ),
    # UK Parliament, House of Commons Hansard (Business of the House, HC Deb 27 May 1937 vol 324 cc444-7, historic Hansard; Open Parliament Licence); zone Europe/London (British Summer Time, UTC+1, from 18 April 1937); the date is the page's citation line; said Thursday 27 May 1937 10:00 BST. The speaker's name lines are not taken. A question asking for next week's business; nobody undertakes anything: due None, no refusal word (as blind_fresh153 labelled the same question)
    B(
        text="Can the Prime Minister say what is to be the business for next week?",
        due=None,
        vague=False,
        said="1937-05-27 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC37,
        published="1937-05-27",
    ),
    # a bare weekday: Monday 31 May 1937 [local due 1937-05-31 23:59:59 BST]
    B(
        text="On Monday we shall take the Second Reading of the Finance Bill and the Committee stage of the Civil List Bill.",
        due="1937-05-31 22:59:59",
        vague=False,
        said="1937-05-27 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC37,
        published="1937-05-27",
    ),
    # Tuesday 1 June 1937: the debate is to conclude at 7.30 (the page's '7.3o', kept; of a sitting day, the evening) and the Third Reading follows 'afterwards', so the day's schedule ends after 7.30 with no time of its own: the end of the day (CONVENTIONS 6.1, a schedule falls due at its end). unsure: a careful reader could take the stated conclusion, 1 June 1937 19:30 BST (18:30 UTC) [local due 1937-06-01 23:59:59 BST]
    B(
        text="Tuesday: Continuation of the Debate on the Second Reading of the Finance Bill, which we propose to conclude at 7.3o, and afterwards the Third Reading of the Civil List Bill.",
        due="1937-06-01 22:59:59",
        vague=False,
        said="1937-05-27 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HC37,
        published="1937-05-27",
    ),
    # a line of the list opening with a weekday: Wednesday 2 June 1937; '8th allotted day' counts days, no date [local due 1937-06-02 23:59:59 BST]
    B(
        text="Wednesday: Supply, Committee (8th allotted day).",
        due="1937-06-02 22:59:59",
        vague=False,
        said="1937-05-27 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC37,
        published="1937-05-27",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate, An tOrd Gnó - Order of Business, Tuesday 21 June 2022, Vol. 1023 No. 7, on oireachtas.ie; Oireachtas (Open Data) PSI Licence, CC BY 4.0); zone Europe/Dublin (IST, UTC+1); the date is the page's own heading and address; said 21 June 2022 10:00 IST. 'I move:', the lead-ins ending in a colon ('Today's business shall be:', 'Wednesday's business shall be:', 'Thursday's business shall be:'), the motions without a time word (their years name Acts and Regulations) and the two Private Members' Business lines are not taken; list items are read as sentences, their dashes left out. '23rd-24th June' names the meeting the statements precede; the statements run 'not to exceed 110 minutes' from a start this line does not date: event (CONVENTIONS 1.3; the docstring's floor time). unsure: a careful reader could take the statements as due before the meeting, Wednesday 22 June 2022 23:59:59 IST (CONVENTIONS 3.5)
    B(
        text="Statements pre European Council meeting of 23rd-24th June, pursuant to Standing Order 124 (not to exceed 110 minutes)",
        due=None,
        vague=False,
        said="2022-06-21 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_DAIL22,
        published="2022-06-21",
    ),
    # 'to conclude within 55 minutes' of an undated start: event (CONVENTIONS 1.3)
    B(
        text="Motion re Opt-in to EU Proposal for a Directive on Combating Violence against Women and Domestic Violence (to conclude within 55 minutes)",
        due=None,
        vague=False,
        said="2022-06-21 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_DAIL22,
        published="2022-06-21",
    ),
    # under 'Wednesday's business shall be:' on the page, but the line has no day of its own; its length runs from an undated start: event (CONVENTIONS 1.3, 6.3)
    B(
        text="Statements on Insurance Reform (not to exceed 210 minutes)",
        due=None,
        vague=False,
        said="2022-06-21 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_DAIL22,
        published="2022-06-21",
    ),
    # 'no earlier than 5.34 p.m.' gives only a start, and the 30 minutes run from that undated start: earliest, at the first 5.34 p.m. after the moment of speaking, as the line has no day of its own (CONVENTIONS 3.2, 6.3); page: Wednesday 22 June 2022 17:34 IST [local earliest 2022-06-21 17:34:00 IST]
    B(
        text="Birth Information and Tracing Bill 2022 (Amendments from the Seanad) (to be taken no earlier than 5.34 p.m. and to conclude within 30 minutes)",
        due=None,
        vague=False,
        said="2022-06-21 09:00:00",
        tz="Europe/Dublin",
        refusal="earliest",
        earliest="2022-06-21 16:34:00",
        cluster=5,
        source=_DAIL22,
        published="2022-06-21",
    ),
    # the items 'Higher Education Authority Bill 2022 ... (to conclude within 90 minutes)', 'European Arrest Warrant (Amendment) Bill 2022 ... (to conclude within 60 minutes)' and 'Statements on LGBTQI+ Equality (not to exceed 210 minutes).' between them, of the same kind as the three above, are left out to keep the Oireachtas to a fifth. 'Thursday evening': Thursday 23 June 2022, an evening ending at 23:59:59 (the docstring); 'Bill 2021' and 'at 16' name the Bill [local due 2022-06-23 23:59:59 IST]
    B(
        text="Thursday evening business shall be the Thirty-ninth Amendment of the Constitution (Right to Vote at 16) Bill 2021 (Second Stage).",
        due="2022-06-23 22:59:59",
        vague=False,
        said="2022-06-21 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_DAIL22,
        published="2022-06-21",
    ),
    # Houses of the Oireachtas (Dáil Éireann Written Answers Nos. 281-300, Renewable Heat Incentive, question 281, Thursday 3 October 2019, on oireachtas.ie; Oireachtas PSI Licence, CC BY 4.0); zone Europe/Dublin (IST); the date is the page's own heading and address; said 3 October 2019 10:00 IST. The question (only 'when') and the answer's first sentence (no time word) are not taken; the page's missing space after 'System.' does not touch the quote. 'opened for applications in September 2018': past
    B(
        text="The first phase of the scheme, an installation grant for heat pumps, opened for applications in September 2018.",
        due=None,
        vague=False,
        said="2019-10-03 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL19,
        published="2019-10-03",
    ),
    # 'opened ... in June of this year': past
    B(
        text="Following EU State aid approval, the second phase of the scheme, an operational support for biomass boilers and anaerobic digestion heating systems, opened for applications in June of this year.",
        due=None,
        vague=False,
        said="2019-10-03 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL19,
        published="2019-10-03",
    ),
    # 'for a period of up to 15 years' is the length of support for each eligible technology, a standing rule for a class of cases with no start of its own: recurring (CONVENTIONS 1.3)
    B(
        text="Under this phase of the scheme, eligible renewable energy technologies will be supported through a multi-annual payment, for a period of up to 15 years, on the basis of prescribed tariffs.",
        due=None,
        vague=False,
        said="2019-10-03 09:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_DAIL19,
        published="2019-10-03",
    ),
    # 'Project Ireland 2040' is a name; 'for the period up to 2027' is the period an allocation covers, a time that dates no act: due None, no refusal word. unsure: a careful reader could take the roll-out as due by the end of 2027, 2027-12-31 23:59:59 GMT
    B(
        text="Under Project Ireland 2040, the National Development Plan sets out an allocation of €300 million for the roll-out of the scheme for the period up to 2027.",
        due=None,
        vague=False,
        said="2019-10-03 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL19,
        published="2019-10-03",
    ),
    # 'Prior to any projects being formally approved': before an undated event: event (CONVENTIONS 1.3, 5.2)
    B(
        text="Prior to any projects being formally approved, an Annual Budget Cap for the scheme must be set.",
        due=None,
        vague=False,
        said="2019-10-03 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_DAIL19,
        published="2019-10-03",
    ),
    # Australian Bureau of Statistics (Census media release 'A reward for your Census', '18 June 2012 | VIC/41' on the page, abs.gov.au; CC BY 2.5 Australia, the ABS's own copyright page); zone Australia/Melbourne (AEST; the release is the Victorian Census Director's); no hour given, said Monday 18 June 2012 10:00 AEST. The quoted sentences without a time word ('Australia is known as an international leader ...', 'From the centre of Sydney ...', 'We'd like to say a big thank you ...', 'Census data is Australia's richest source ...') and the director's 'should feel proud ...' (no time word) are not taken. '2011' names the Census; 'this Thursday's release': Thursday 21 June 2012, the release a one-off event (CONVENTIONS 3.1) [local due 2012-06-21 23:59:59 AEST]
    B(
        text="The Australian Bureau of Statistics (ABS) is thanking Australia for participating in the 2011 Census of Population and Housing ahead of this Thursday’s release of the first Census results.",
        due="2012-06-21 13:59:59",
        vague=False,
        said="2012-06-18 00:00:00",
        tz="Australia/Melbourne",
        cluster=6,
        source=_ABS12,
        published="2012-06-18",
    ),
    # 'when it becomes available', an undated event: event (CONVENTIONS 5.2)
    B(
        text="Mr Thomas also encouraged people to make use of the data when it becomes available.",
        due=None,
        vague=False,
        said="2012-06-18 00:00:00",
        tz="Australia/Melbourne",
        refusal="event",
        cluster=5,
        source=_ABS12,
        published="2012-06-18",
    ),
    # the opening quotation mark is the page's; 'Thursday 21 June' is 2012 (a Thursday; '2011' names the Census, not the year of the date); data 'available ... from' a day is an offer open from then, a start only (CONVENTIONS 3.2, 3.1a). unsure: a careful reader could take the release as a one-off event due that day, 2012-06-21 23:59:59 AEST (CONVENTIONS 3.1) [local earliest 2012-06-21 00:00:00 AEST]
    B(
        text="“From Thursday 21 June, 2011 Census data will be available to everyone for free on the ABS website.",
        due=None,
        vague=False,
        said="2012-06-18 00:00:00",
        tz="Australia/Melbourne",
        refusal="earliest",
        earliest="2012-06-20 14:00:00",
        cluster=5,
        source=_ABS12,
        published="2012-06-18",
    ),
    # 'every day' tells of a standing habit of users, no deadline: recurring (CONVENTIONS 1.3)
    B(
        text="“Census data isn’t just for Government – charities, community organisations, schools and universities, religious groups, businesses of all sizes and individuals all make use of Census data every day.",
        due=None,
        vague=False,
        said="2012-06-18 00:00:00",
        tz="Australia/Melbourne",
        refusal="recurring",
        cluster=5,
        source=_ABS12,
        published="2012-06-18",
    ),
    # European Commission (Daily News 06 / 03 / 2019, 'Brussels, 6 March 2019', College meeting item on the European Agenda on Migration, MEX/19/1572 on europa.eu/rapid; reuse authorised under Commission Decision 2011/833/EU); zone Europe/Brussels (CET); the date is the page's own heading; said 6 March 2019 10:00 CET. 'Nevertheless, more work is needed ...' (no time word) and the quoted sentences without one are not taken. 'is today taking stock ... and setting out', the present act of the day of speaking: due at the end of that day (CONVENTIONS 2.1); 'the March European Council' and 'over the past 4 years' name other times [local due 2019-03-06 23:59:59 CET]
    B(
        text="Ahead of the March European Council, the Commission is today taking stock of progress made over the past 4 years and setting out the measures still required to address immediate and future migration challenges.",
        due="2019-03-06 22:59:59",
        vague=False,
        said="2019-03-06 09:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EC19,
        published="2019-03-06",
    ),
    # 'since the Second World War' and 'managed to': past
    B(
        text="Faced with the most severe refugee crisis the world has seen since the Second World War, the EU managed to bring about a step change in migration management and border protection.",
        due=None,
        vague=False,
        said="2019-03-06 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC19,
        published="2019-03-06",
    ),
    # done acts (CONVENTIONS 2.4) and 'in 5 years' counting back: past
    B(
        text="The EU has offered protection and support to millions, saved lives, dismantled smuggling networks and brought irregular arrivals to Europe down to the lowest level recorded in 5 years.",
        due=None,
        vague=False,
        said="2019-03-06 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC19,
        published="2019-03-06",
    ),
    # the First Vice-President's quoted words; 'In very difficult circumstances, we acted together.' before it (no time word) is not taken. 'the migration crisis we lived in 2015': past
    B(
        text="Europe is no longer experiencing the migration crisis we lived in 2015, but structural problems remain.",
        due=None,
        vague=False,
        said="2019-03-06 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC19,
        published="2019-03-06",
    ),
    # Department of Conservation (the 2017 media releases listing, on DOC's own content server dxcprod.doc.govt.nz; DOC content licensed CC BY 4.0, DOC's own statement on doc.govt.nz); zone Pacific/Auckland (NZDT, UTC+13); each item prints its own date ('Date: 22 December 2017'), taken as the day said, at 10:00 NZDT. Item summaries are read as sentences; the hut warden item of 23 December, 'Central Hawke's Bay's Lake Whatumā Wetland Care Group has secured ...' and 'Two remote lakes south of Kawhia Harbour ...' (no time word) are not taken. 'at this time of year' is a seasonal habit, no deadline: recurring (CONVENTIONS 1.3)
    B(
        text="We are reminding the public to be careful on and around the region’s beaches at this time of year, especially around nesting sites.",
        due=None,
        vague=False,
        said="2017-12-21 21:00:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_DOC17,
        published="2017-12-22",
    ),
    # item of 22 December 2017; 'For the first time in more than a century' and 'have produced': past
    B(
        text="For the first time in more than a century, kakaruai/South Island robin have produced chicks on Motupōhue/Bluff Hill.",
        due=None,
        vague=False,
        said="2017-12-21 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC17,
        published="2017-12-22",
    ),
    # item of 21 December 2017; 'for the past year' and done acts: past
    B(
        text="A forest park near Wellington has been swarming with more volunteers than usual for the past year; and they’ve installed a massive new network of next-generation traps to tackle stoats and rats which prey upon brown kiwi and other native birds.",
        due=None,
        vague=False,
        said="2017-12-20 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC17,
        published="2017-12-21",
    ),
    # item of Thursday 21 December 2017; sites 'reopening ... this week': the reopening falls due by the end of the week, Sunday 24 December (the docstring: weeks run Monday to Sunday); 'for the holidays' names the season. unsure: the release may tell of sites already reopened that week, past (CONVENTIONS 2.4) [local due 2017-12-24 23:59:59 NZDT]
    B(
        text="Trampers and campers have more options for the holidays with two popular sites reopening in the Tararua Forest Park this week.",
        due="2017-12-24 10:59:59",
        vague=False,
        said="2017-12-20 21:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_DOC17,
        published="2017-12-21",
    ),
    # item of 21 December 2017; '100-year vision' names a plan, no deadline: due None, no refusal word
    B(
        text="Funding from the DOC Community Fund is welcome news to Te Aitanga ā Hauiti and the community of Ūawa, Tolaga Bay, as it will go toward their 100-year vision for the Ūawanui Project.",
        due=None,
        vague=False,
        said="2017-12-20 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOC17,
        published="2017-12-21",
    ),
    # item of 21 December 2017; the success 'achieved ... over several years' tells of the past and the present need has no time: past
    B(
        text="The outstanding success of pest eradication and native species population growth achieved within Taranaki’s Lake Rotokare Scenic Reserve over several years is now requiring the ‘halo’ beyond the reserve boundaries to be extended ever further.",
        due=None,
        vague=False,
        said="2017-12-20 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC17,
        published="2017-12-21",
    ),
)
