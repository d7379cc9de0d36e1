"""A SEVENTY-NINTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-04 (UTC), in the evening (the machine's clock read 18:12 at the
start and about 18:18 when the labels were written), by a labelling helper (branch
issue12l79-s40) that neither changed nor ran the parser, working at the same time as other
labellers (their claims were treated as used and their files and README sections were not opened).
It read `CONVENTIONS.md` (the labelling rules, which win over any earlier set's comment, its new
rule 6.3 among them), the docstring, comments, some cases and README section of
`blind_fresh74.py` (whose 'event' labels for a clock time dated only by another sentence were not
copied: rule 6.3 wins), and the docstring of the parser package only (for the parts of the day,
midnight as the end of its day, the vague windows, "early / late" as thirds, a range falling due
at its later end and "a date without a year is its next occurrence"); nothing else of
`bot/core/deadlines/` was opened. The brief allowed only public-domain or openly licensed
publishers, no one above a third of the cases, at most a fifth from any one parliament's records,
asked for at least eight publishers, several genres, at least half of the cases from outside the
United States (no more than half US), and preferred ministerial statements and written answers of
parliaments other than the UK's, government releases and agencies' notices. The set quotes Dáil
Éireann (two Orders of Business and a written answer), New Zealand's Ministry of Foreign Affairs
and Trade (SafeTravel, three pages), its Ministry for the Environment (two consultation
documents), its Environmental Protection Authority, its Parliament (a business statement), Waka
Kotahi NZ Transport Agency (a road release), the Scottish Parliament (written answers), the Senedd
(a written answer), Australia's Federal Register of Legislation (site notices), the US Embassy in
Panama (a warden message), the Federal Emergency Management Agency (two releases) and a US
Senator's release on FEMA deadlines. Every sentence quoted holds a time word of some kind (a
date, a clock time, a day word, a part of the day, a period, a span, a year, "now", "currently",
"current", "recent", "latest", "up-to-date", "upcoming", "always", "regularly", "regular", "yet",
"future", "on occasion", "since", "during", "when", "after", "following", "before", "until",
"next", "time"); the sentences of the openings read that hold none were skipped, as were titles,
headings, date, subject, release and review lines, labels before colons ("Note:"), list markers
(a written question's number), datelines ("ORLANDO, Fla. --", "CHARLESTON, W.Va.–",
"WASHINGTON –"), speakers' names, contact lines, table cells, links and lines cut off by the end
of an opening ("...Read More" items among them). A point of a list was taken as its own case (a
label before a point's colon that carries its act, "Closing Date:", was kept). No word was
changed: "went in to", "dependant", "at where", "by email to, in", a doubled space and missing
full stops stay as the pages have them. The sentences were found with a search over stored
copies of public pages and taken as they came in the openings the search returns, in page order.
See README.md ("Seventy-ninth fresh blind set") for every address, publisher and licence. No
address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was
checked with the lead's `fresh_check.py` (the address and a distinctive phrase of the page) and
claimed (`fresh79`) in `/work/helper-brief/claims.txt` before a quote was taken; many pages the
searches offered were found used and dropped (see README.md). Every sentence was then checked
with the same tool (the whole sentence): six were found whole as stock wording of their kind of
page and were dropped before the labels were committed ("Mr Speaker took the Chair at 2 p.m.",
the Senedd's two standing sentences on tabling and answering written questions, two FEMA
boilerplate sentences on visiting a centre after applying and on floridadisaster.org, and a FEMA
"Monday through Saturday, 8 a.m. to 6 p.m." hours line). Each label was worked out by hand from
the words, the publication date and the publisher's zone; the conversion of local instants to UTC
wall time, the weekday checks, the date of Easter 2023 and the day counts were done with Python's
zoneinfo and datetime in a scratch script outside the repository, never with code of the project.
No run of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the tests touched these
texts before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.3"), then `blind_fresh74.py`: the publisher's zone (Dáil Éireann: Europe/Dublin;
the New Zealand publishers: Pacific/Auckland; the Scottish Parliament and the Senedd:
Europe/London; the Federal Register of Legislation: Australia/Sydney; the US Embassy in Panama:
America/Panama; FEMA and the Senator's Washington office: America/New_York), and a day or a clock
time of an event elsewhere without a zone word is read in the publisher's zone too (marked
"unsure" where the event's own zone gives another instant: Washington for the inauguration, Iowa
for the Senator's FEMA deadlines); the publication date at 10:00 local, except where the page
gives its own moment (SafeTravel's "Reviewed:" lines, KildareStreet's section time, the time the
New Zealand House's Chair was taken, the FEMA feed's posting time); a day falls due at 23:59:59
local, a morning at 12:00, midnight at the end of its day (the parser's docstring); a range, a
list, alternatives or a window fall due at their later end; rule 6.3 reads a clock time with no
day of its own in its sentence from the sentence and its moment, refusals first: in this set every
such time belongs to standing hours (`recurring`), an undated event (`event`) or the past
(`past`), so no label is an instant read by 6.3 alone; the one standing schedule a reader could
take as a 6.3 time (Waka Kotahi's nightly "between 8pm and 5am") is marked "unsure" with both the
sentence's instant and the page's ("page: ..."); refusals have `due=None` and a `refusal` kind
(past | event | negated | earliest | recurring); a sentence whose time words set no time for any
act ("now", "currently", "current", "recent", "latest", amounts of time, a year or a period naming
a thing, questions, possibilities, advice or calls addressed to the reader or to third parties)
has `due=None` and no refusal word. Clusters as in `blind_fresh74.py`: 1 no time set, 2 clock
times, 3 ranges and several dates, 4 parts of the day and periods, 5 refusals, 6 plain days and
dates. Labels marked "unsure" name the other reading; like every label here they stay as
committed, whatever the first run shows. First run: not yet taken (the lead runs it once, after
merging, and records it in README.md). Never edit these labels to fit the parser.

Licence audit of stop 48 (branch lic48-s48): 4 of these 94 cases, quoted from NZ Transport Agency Waka
Kotahi releases (on nzta.govt.nz or carried by Scoop, Live News, MIL-OSI mirrors and others), were
removed: the Agency's own terms found (https://www.journeys.nzta.govt.nz/about-this-site) allow
reproduction "for personal use" and ask permission for any other purpose, which is not an open licence.
90 cases remain; see README.md, "Licence audit of stop 48".

Licence audit of stop 48 (branch lic48-s48): 5 of these 90 cases, quoted from Ministry for the
Environment pages, were removed: no copyright or licence statement of mfe.govt.nz was found, only a
disclaimer (licence unclear). 85 cases remain; see README.md, "Licence audit of stop 48".

Licence audit of stop 49 (branch lic49-s49): 8 cases, quoted from the Environmental Protection
Authority's upcoming public consultations page, were removed: no copyright or licence statement of
epa.govt.nz was found in the store (only licence lines inside the EPA's annual reports, CC BY 3.0 NZ
and CC BY-SA 4.0, which cover those reports, not the website): licence unclear. 77 cases
remain; see README.md, "Licence audit of stop 49".

Licence audit of stop 49 (branch lic49-s49): 17 cases, quoted from the Ministry of Foreign Affairs
and Trade's SafeTravel advice (safetravel.govt.nz and two mirrors of its home page), were removed:
no copyright or licence statement of safetravel.govt.nz or mfat.govt.nz was found in the store
(mfat.govt.nz/en/terms-of-use, as stored, says nothing of reuse; SafeTravel's stored pages are its
registration terms and privacy statement): licence unclear. 60 cases remain; see README.md,
"Licence audit of stop 49".

Licence audit of stop 49 (Senedd, Ireland, Northern Ireland, EU; branch lic49b-s49): 1 case(s) removed, Senedd material (Senedd Commission terms: re-use on application only); 59 remain. See README.md, "Licence audit of stop 49 (Senedd, Ireland, Northern Ireland)".

Licence audit of stop 50 (NI Assembly, Welsh Government, Scottish Parliament; branch lic50-s50): 5 case(s) removed, Scottish Parliament material (Scottish Parliament Copyright Licence, https://parlamaid-alba.scot/about/copyright: no use in connection with party political purposes or advertising endorsement, a restriction of purpose: not open); 54 remain. See README.md
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_DAIL_OB_24JUN94 = "https://www.oireachtas.ie/en/debates/debate/dail/1994-06-24/2/"
_DAIL_OB_4DEC13 = "https://www.kildarestreet.com/debates/?id=2013-12-04a.268"
_DAIL_WA_12DEC18 = "https://www.oireachtas.ie/en/debates/question/2018-12-12/133/"
_NZ_HOUSE_BUSINESS_FEB21 = "https://livenews.co.nz/?p=212109"
_SENEDD_WQ_JUN24 = "https://record.senedd.wales/OrderPaper/WrittenQuestions/03-06-2024"
_HOLYROOD_WA_1NOV22 = (
    "https://www.parlamaid-alba.scot/chamber-and-committees/questions-and-answers?page=3518"
)
_US_EMB_PANAMA_22DEC09 = "http://www.chiriquichatter.net/blog/2009/12/23/acs-message/"
_FEMA_FL_16FEB05 = "https://webarchive.library.unt.edu/eot2008/20090118175912/https:/www.fema.gov/news/newsrelease.fema?id=16601"
_FEMA_WV_3JUL24 = "https://coop.mnb.uscourts.gov/aggregator/FEMA.gov/www.youtube.com/disaster/DisasterAssistance.gov?page=81"
_GRASSLEY_FEMA_OCT10 = "https://www.grassley.senate.gov/news/news-releases/fema-registration-deadline-approaching-disaster-recovery-centers-closing"
_FRL_F2021L01561_NOV24 = "https://legislation.gov.au/F2021L01561/latest/downloads"

FRESH79_CASES: tuple[BlindCase, ...] = (
    # Dáil Éireann, Order of Business, Friday 24 June 1994 (its own date line; zone Europe/Dublin, IST, said at 10:00 local by convention, the page giving no hour; the speakers' names are not quoted): 'recent' only dates the proposals; a question sets no time: no deadline
    B(
        text="Will the Government give favourable consideration to the recent SIPTU proposals for TEAM Aer Lingus in an effort to break the deadlock and alleviate the threat not only to TEAM Aer Lingus but to the company?",
        due=None,
        vague=False,
        said="1994-06-24 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL_OB_24JUN94,
        published="1994-06-24",
    ),
    # the same page: 'in recent days' is past and 'at this time' only places the ruling: no deadline
    B(
        text="The House will accept that the Chair has done its best to ensure that this matter was discussed in detail in the House in recent days and it is not in order to raise the matter at this time.",
        due=None,
        vague=False,
        said="1994-06-24 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL_OB_24JUN94,
        published="1994-06-24",
    ),
    # the same page: 'at this time' sets no time for any act: no deadline
    B(
        text="He will appreciate the role of the Chair at this time.",
        due=None,
        vague=False,
        said="1994-06-24 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL_OB_24JUN94,
        published="1994-06-24",
    ),
    # the same page: 'not ... until Tuesday afternoon' is only a lower bound for the House's resuming (CONVENTIONS 3.2): earliest Tuesday 28 June 1994 at the start of the afternoon, 12:00 IST, 11:00:00 UTC; unsure: no deadline (the time only gives the reason for the question)
    B(
        text="As the House will not be resuming until Tuesday afternoon, will the Minister for Social Welfare indicate to the House whether the Minister will actively take up the proposal made by SIPTU which would be a useful way for the Government to get itself off the hook it has created for itself?",
        due=None,
        vague=False,
        said="1994-06-24 09:00:00",
        tz="Europe/Dublin",
        refusal="earliest",
        earliest="1994-06-28 11:00:00",
        cluster=5,
        source=_DAIL_OB_24JUN94,
        published="1994-06-24",
    ),
    # the same page: 'now' sets no time for any act ('Question Time' names a part of business): no deadline
    B(
        text="I cannot permit the matter to be debated now or to enter into the area of Question Time.",
        due=None,
        vague=False,
        said="1994-06-24 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL_OB_24JUN94,
        published="1994-06-24",
    ),
    # the same page: 'this morning' ends at 12:00 (the parser's docstring): 24 June 1994 12:00 IST, 11:00:00 UTC; unsure: no deadline (a hope about a third party's act, no undertaking)
    B(
        text="I thank the Minister for his words of encouragement that every effort will be made in respect of the TEAM proposal and I hope a gesture in that regard will be forthcoming from the Government this morning.",
        due="1994-06-24 11:00:00",
        vague=False,
        said="1994-06-24 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_DAIL_OB_24JUN94,
        published="1994-06-24",
    ),
    # the same page: 'next week' from Friday 24 June 1994 is Monday 27 June to Sunday 3 July, due at its end: 3 July 1994 23:59:59 IST, 22:59:59 UTC
    B(
        text="We have agreed to discuss certain matters in the House next week.",
        due="1994-07-03 22:59:59",
        vague=False,
        said="1994-06-24 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_DAIL_OB_24JUN94,
        published="1994-06-24",
    ),
    # the same page: 'may be published' reports a possibility, no undertaking (CONVENTIONS 4.2): no deadline; unsure: due at the end of the two weeks, 8 July 1994 23:59:59 IST, 22:59:59 UTC
    B(
        text="The information available to my party is that the beef tribunal report may be published within the next two weeks.",
        due=None,
        vague=False,
        said="1994-06-24 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL_OB_24JUN94,
        published="1994-06-24",
    ),
    # Dáil Éireann, Order of Business, Wednesday 4 December 2013, as KildareStreet.com reproduces the Oireachtas record (its own date line and the section's time, 12:30 pm, GMT, taken as the moment of speaking): the later sitting and the 90 minutes hang on an undated event ('in the event a division is in progress', the start of Private Members' business): event (CONVENTIONS 6.3 and 1.3: refusals apply first; the sentence's '9 p.m.' read alone would be 4 December 2013 21:00 GMT, the page giving the same day)
    B(
        text="It is proposed, notwithstanding anything in Standing Orders, that in the event a division is in progress at the time fixed for taking Private Members' business, which shall be No. 128, motion re electricity infrastructure (resumed), the Dáil shall sit later than 9 p.m. and Private Members’ business shall, if not previously concluded, be brought to a conclusion after 90 minutes.",
        due=None,
        vague=False,
        said="2013-12-04 12:30:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_DAIL_OB_4DEC13,
        published="2013-12-04",
    ),
    # the same page: tomorrow's business falls due at the end of that day: 5 December 2013 23:59:59 GMT, 23:59:59 UTC
    B(
        text="Tomorrow’s business after Oral Questions shall be Finance (No. 2) Bill 2013 - Report and Final Stages (resumed, if not previously concluded), and Social Welfare and Pensions (No. 2) Bill 2013 [Seanad] - Second Stage.",
        due="2013-12-05 23:59:59",
        vague=False,
        said="2013-12-04 12:30:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_DAIL_OB_4DEC13,
        published="2013-12-04",
    ),
    # the same page: a date in the past: past
    B(
        text="On 20 November 2013, in a response to a question I posed on Leaders' Questions on the Government’s cull of discretionary medical cards, the Taoiseach stated:",
        due=None,
        vague=False,
        said="2013-12-04 12:30:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL_OB_4DEC13,
        published="2013-12-04",
    ),
    # the same page (the Taoiseach's words quoted): cards granted 'since the start of the year': past
    B(
        text="The Deputy makes the charge that there has been a change of policy, but let me assure him that since the start of the year some 100,000 new medical cards have been granted, of which 20,000 are discretionary medical cards.",
        due=None,
        vague=False,
        said="2013-12-04 12:30:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL_OB_4DEC13,
        published="2013-12-04",
    ),
    # the same page: 'yesterday, 3 December' is past: past
    B(
        text="My colleague Deputy Kelleher tabled a parliamentary question to the Minister for Health and received a written reply yesterday, 3 December.",
        due=None,
        vague=False,
        said="2013-12-04 12:30:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL_OB_4DEC13,
        published="2013-12-04",
    ),
    # Dáil Éireann, Parliamentary Question 133 and its written answer, Wednesday 12 December 2018 (its own date line; zone Europe/Dublin, GMT, said at 10:00 local by convention; the question's number '133.' is a list marker and is left out): 'the past three years to date' is a period asked about: no deadline
    B(
        text="Deputy Catherine Murphy asked the Minister for Justice and Equality the number of parliamentary questions his Department has processed in the past three years to date; the number of questions answered directly; the number of questions referred to bodies or agencies under the aegis of his Department for direct reply; the number of staff who are assigned to his parliamentary questions section; and if non-departmental staff, advisers and-or public affairs and relations companies have composed parliamentary question replies or had an act or hand in forming parliamentary question replies in the timeframe specified. [52245/18]",
        due=None,
        vague=False,
        said="2018-12-12 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL_WA_12DEC18,
        published="2018-12-12",
    ),
    # the same answer: a period that ended before the answer: past
    B(
        text="My Department has answered 10,895 parliamentary questions from January 2016 to 6 December 2018.",
        due=None,
        vague=False,
        said="2018-12-12 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL_WA_12DEC18,
        published="2018-12-12",
    ),
    # the same answer (the doubled space is the page's): 'When' states a standing practice that sets no time limit: no deadline
    B(
        text="When information is sought which is in the purview of a body or agency under the aegis of  my Department, the practice is to seek that information in order to provide it in the response to the parliamentary question, rather than referring the question to that body or agency for direct reply.",
        due=None,
        vague=False,
        said="2018-12-12 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL_WA_12DEC18,
        published="2018-12-12",
    ),
    # the same answer: a standing practice for a class of questions, the reply hung on the information's coming (CONVENTIONS 1.3): recurring
    B(
        text="Where information is not available in the time provided for by the Oireachtas, I generally issue a follow-up response to the question when the information becomes available.",
        due=None,
        vague=False,
        said="2018-12-12 10:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_DAIL_WA_12DEC18,
        published="2018-12-12",
    ),
    # the same answer: 'On occasion' sets no time: no deadline
    B(
        text="On occasion, I may indicate in my answer that information, or further information, is to be provided directly to the Deputy by an agency or body under my remit.",
        due=None,
        vague=False,
        said="2018-12-12 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL_WA_12DEC18,
        published="2018-12-12",
    ),
    # New Zealand Parliament, Hansard, business statement as Live News reproduces it ('Source: New Zealand Parliament – Hansard'; undated in the stored copy; dated Thursday 11 February 2021, the sitting day before the week whose Wednesday is 17 February, as understood; zone Pacific/Auckland, NZDT, said at 14:00 local, the time the page says the Chair was taken): 'next week' from Thursday 11 February 2021 is Monday 15 to Sunday 21 February, due at its end: 21 February 2021 23:59:59 NZDT, 10:59:59 UTC
    B(
        text="The legislation that the House will consider next week will include the second readings of the Secondary Legislation Bill, the Regulatory Systems (Transport) Amendment Bill, the Financial Market Infrastructures Bill, and the Fair Trading Amendment Bill; the committee stage of the Food (Continuation of Dietary Supplements Regulations) Amendment Bill; and the remaining stages of the Local Electoral (Māori Wards and Māori Constituencies) Amendment Bill.",
        due="2021-02-21 10:59:59",
        vague=False,
        said="2021-02-11 01:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_NZ_HOUSE_BUSINESS_FEB21,
        published="2021-02-11",
    ),
    # the same page: a dated day: 17 February 2021 23:59:59 NZDT, 10:59:59 UTC
    B(
        text="Wednesday, 17 February will be the first members’ day of 2021, and will feature the first general debate of the 53rd Parliament.",
        due="2021-02-17 10:59:59",
        vague=False,
        said="2021-02-11 01:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_NZ_HOUSE_BUSINESS_FEB21,
        published="2021-02-11",
    ),
    # the same page: a question, 'three days' a rule's amount and 'the upcoming sitting period' asked about: no deadline
    B(
        text="Can I ask him whether or not the Government has any intention of introducing bills under urgency for first reading that have not lain on the Order Paper for three days, and referring them to a committee for a very shortened report-back time in the upcoming sitting period.",
        due=None,
        vague=False,
        said="2021-02-11 01:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_HOUSE_BUSINESS_FEB21,
        published="2021-02-11",
    ),
    # the same page: an amount of time compared with a past act sets no time: no deadline
    B(
        text="I note that we’re not considering those things, and that in respect of the report-back period, it’s considerably more—in fact, five days more than when that party took away voting rights in local government in Canterbury.",
        due=None,
        vague=False,
        said="2021-02-11 01:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_HOUSE_BUSINESS_FEB21,
        published="2021-02-11",
    ),
    # US Embassy Panama, warden message 'Half-day closing of U.S. Embassy on December 24, 2009' as a Panama blog reproduces it (its own 'Date: 22 December 2009'; zone America/Panama, EST all year, said at 10:00 local by convention; the greeting and the subject line are not quoted): the excused half day falls on 24 December 2009, due at its end: 23:59:59 local, 2009-12-25 04:59:59 UTC; unsure: past (the order itself 'has issued', CONVENTIONS 2.4)
    B(
        text="The U.S. President has issued an Executive Order excusing executive branch employees from duty for the last half of the scheduled workday on Christmas Eve, Thursday, December 24, 2009, except those who, in the judgment of the head of the agency, cannot be excused for reasons of national security, defense, or other essential public need.",
        due="2009-12-25 04:59:59",
        vague=False,
        said="2009-12-22 15:00:00",
        tz="America/Panama",
        cluster=6,
        source=_US_EMB_PANAMA_22DEC09,
        published="2009-12-22",
    ),
    # the same message: the closure is kept until Monday 28 December at 8:00 (CONVENTIONS 3.3 and 6.1, the later time): 08:00 local, 13:00:00 UTC; unsure: earliest 28 December 08:00 ('not ... until', CONVENTIONS 3.2), or the closing itself, 24 December 11:00 local, 16:00:00 UTC
    B(
        text="Please note that the American Citizen Services, Federal Benefits and Visas Units will close at 11:00 a.m. on Thursday, December 24 and will not reopen until Monday, December 28 at 8:00 a.m.",
        due="2009-12-28 13:00:00",
        vague=False,
        said="2009-12-22 15:00:00",
        tz="America/Panama",
        cluster=2,
        source=_US_EMB_PANAMA_22DEC09,
        published="2009-12-22",
    ),
    # the same message (the link left out of the stored copy leaves 'at where'): advice to the reader, 'latest', 'regularly' and 'current' set no time: no deadline
    B(
        text="For the latest security information, Americans traveling abroad should regularly monitor the Department’s Internet web site at where the current Travel Warnings and Public Announcements, including the Worldwide Caution Public Announcement, can be found.",
        due=None,
        vague=False,
        said="2009-12-22 15:00:00",
        tz="America/Panama",
        cluster=1,
        source=_US_EMB_PANAMA_22DEC09,
        published="2009-12-22",
    ),
    # the same message: 'Up-to-date' sets no time: no deadline
    B(
        text="Up-to-date information on safety and security can also be obtained by calling 1-888-407-4747 toll free in the U.S., or for callers outside the U.S. and Canada, a regular toll-line at 1-202-501-4444.",
        due=None,
        vague=False,
        said="2009-12-22 15:00:00",
        tz="America/Panama",
        cluster=1,
        source=_US_EMB_PANAMA_22DEC09,
        published="2009-12-22",
    ),
    # the same message: standing hours every weekday (CONVENTIONS 1.3 and 6.3: a clock time of a standing rule): recurring
    B(
        text="These numbers are available from 8:00 a.m. to 8:00 p.m. Eastern Time, Monday through Friday (except U.S. federal holidays).",
        due=None,
        vague=False,
        said="2009-12-22 15:00:00",
        tz="America/Panama",
        refusal="recurring",
        cluster=5,
        source=_US_EMB_PANAMA_22DEC09,
        published="2009-12-22",
    ),
    # US Federal Emergency Management Agency, release 1539-375 'Disaster Recovery Centers Begin New Hours Of Operation' as the End of Term web archive stored it ('Release Date: February 16, 2005'; zone America/New_York, EST, said at 10:00 local by convention; the dateline 'ORLANDO, Fla. --' is left out): new standing hours given only their start (CONVENTIONS 3.2): earliest Monday 21 February 2005 at the start of the day, 00:00 EST, 05:00:00 UTC
    B(
        text="Beginning Monday, Feb. 21, all Disaster Recovery Centers (DRCs) statewide will be open from 9 a.m. to 6 p.m. (local time), Monday through Friday, and from 9 a.m. to noon on Saturday.",
        due=None,
        vague=False,
        said="2005-02-16 15:00:00",
        tz="America/New_York",
        refusal="earliest",
        earliest="2005-02-21 05:00:00",
        cluster=5,
        source=_FEMA_FL_16FEB05,
        published="2005-02-16",
    ),
    # the same release: 'now open' describes a state: no deadline
    B(
        text="An applicant may visit any one of the 23 fixed-site and nine Mobile DRC units now open.",
        due=None,
        vague=False,
        said="2005-02-16 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FEMA_FL_16FEB05,
        published="2005-02-16",
    ),
    # the same release: '2004' names the hurricanes; a call to the reader: no deadline
    B(
        text="Those affected by the hurricanes of 2004 are urged to register for assistance first by calling 1-800-621-FEMA (3362).",
        due=None,
        vague=False,
        said="2005-02-16 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FEMA_FL_16FEB05,
        published="2005-02-16",
    ),
    # the same release: standing hours (CONVENTIONS 1.3 and 6.3): recurring
    B(
        text="Both numbers are available from 8 a.m. to 6 p.m., Monday through Saturday.",
        due=None,
        vague=False,
        said="2005-02-16 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FEMA_FL_16FEB05,
        published="2005-02-16",
    ),
    # the same release: 28 February 2005 18:00 EST, 23:00:00 UTC
    B(
        text="The deadline to apply is 6 p.m. on Monday, Feb. 28.",
        due="2005-02-28 23:00:00",
        vague=False,
        said="2005-02-16 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FEMA_FL_16FEB05,
        published="2005-02-16",
    ),
    # US Federal Emergency Management Agency, media advisory DR-4783-WV-MA-031 'Disaster Recovery Center in St. Albans is Relocating to Dunbar, WV' (dated July 3, 2024; as the DHS news feed on a US courts aggregator page stored it, posted 'Wed, 07/03/2024 - 10:52', taken as the moment; zone America/New_York, EDT; the dateline 'CHARLESTON, W.Va.–' is left out): a one-off closing at a time (CONVENTIONS 3.1): 3 July 2024 16:00 EDT, 20:00:00 UTC
    B(
        text="A state-federal Disaster Recovery Center at the Hansford Senior Community Center in St. Albans, WV, is closing today, July 3, 2024, at 4 p.m.",
        due="2024-07-03 20:00:00",
        vague=False,
        said="2024-07-03 14:52:00",
        tz="America/New_York",
        cluster=2,
        source=_FEMA_WV_3JUL24,
        published="2024-07-03",
    ),
    # the same advisory, a point under 'Hours of operation:' (CONVENTIONS 3.1): 3 July 2024 16:00 EDT, 20:00:00 UTC
    B(
        text="Closing July 3, 2024, at 4 p.m.",
        due="2024-07-03 20:00:00",
        vague=False,
        said="2024-07-03 14:52:00",
        tz="America/New_York",
        cluster=2,
        source=_FEMA_WV_3JUL24,
        published="2024-07-03",
    ),
    # the same advisory: a one-off opening on a day (CONVENTIONS 3.1): 5 July 2024 23:59:59 EDT, 2024-07-06 03:59:59 UTC; unsure: earliest 5 July 2024 (the start of an ongoing service, CONVENTIONS 3.2)
    B(
        text="Another DRC will be opening at the Recreation Center located at 2601 Fairlawn Ave Dunbar, WV 25064, on July 5, 2024.",
        due="2024-07-06 03:59:59",
        vague=False,
        said="2024-07-03 14:52:00",
        tz="America/New_York",
        cluster=6,
        source=_FEMA_WV_3JUL24,
        published="2024-07-03",
    ),
    # the same advisory: kept open to a time (CONVENTIONS 3.3): 13 July 2024 18:00 EDT, 22:00:00 UTC
    B(
        text="It will remain open until July 13, 2024, at 6 p.m.",
        due="2024-07-13 22:00:00",
        vague=False,
        said="2024-07-03 14:52:00",
        tz="America/New_York",
        cluster=2,
        source=_FEMA_WV_3JUL24,
        published="2024-07-03",
    ),
    # the same advisory, the next point (no full stop on the page): a range falls due at its later end: 13 July 2024 23:59:59 EDT, 2024-07-14 03:59:59 UTC
    B(
        text="July 5 through July 13, 2024",
        due="2024-07-14 03:59:59",
        vague=False,
        said="2024-07-03 14:52:00",
        tz="America/New_York",
        cluster=3,
        source=_FEMA_WV_3JUL24,
        published="2024-07-03",
    ),
    # the same advisory: 'the next few weeks' is the documented vague window of 4 weeks, the rotation running from now (CONVENTIONS 1.1): 31 July 2024 23:59:59 EDT, 2024-08-01 03:59:59 UTC
    B(
        text="The Disaster Recovery Centers will be opening on a rotating basis at three locations, including Tyler Mountain, St. Albans, and Dunbar for the next few weeks.",
        due="2024-08-01 03:59:59",
        vague=True,
        said="2024-07-03 14:52:00",
        tz="America/New_York",
        cluster=4,
        source=_FEMA_WV_3JUL24,
        published="2024-07-03",
    ),
    # the same advisory: advice to the reader, 'next steps' sets no time: no deadline
    B(
        text="If you have received a letter from FEMA about your application status, visit a DRC to learn more about next steps.",
        due=None,
        vague=False,
        said="2024-07-03 14:52:00",
        tz="America/New_York",
        cluster=1,
        source=_FEMA_WV_3JUL24,
        published="2024-07-03",
    ),
    # the same advisory: standing hours (CONVENTIONS 1.3 and 6.3): recurring
    B(
        text="The toll-free telephone line operates from 7 a.m. to 11 p.m., seven days a week.",
        due=None,
        vague=False,
        said="2024-07-03 14:52:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FEMA_WV_3JUL24,
        published="2024-07-03",
    ),
    # US Senator Chuck Grassley, news release 'FEMA: Registration Deadline Approaching, Disaster Recovery Centers Closing' (undated in the stored copy; issued before the first closing it announces, 8 October 2010, and dated 1 October 2010 by convention, as understood; dateline WASHINGTON, zone America/New_York, EDT, said at 10:00 local; the dateline is left out): 13 October 2010 23:59:59 EDT, 2010-10-14 03:59:59 UTC; unsure: Iowa's zone gives 23:59:59 CDT, 2010-10-14 04:59:59 UTC
    B(
        text="The deadline for Iowans to register for federal disaster assistance is October 13, 2010.",
        due="2010-10-14 03:59:59",
        vague=False,
        said="2010-10-01 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_GRASSLEY_FEMA_OCT10,
        published="2010-10-01",
    ),
    # the same release: the dates name past storms: past
    B(
        text="Homeowners, renters, and business owners who suffered losses in the June 1 to Aug. 31, 2010 severe storms, flooding and tornados who live in one of the 35 declared counties may be eligible for disaster assistance.",
        due=None,
        vague=False,
        said="2010-10-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_GRASSLEY_FEMA_OCT10,
        published="2010-10-01",
    ),
    # the same release: 'yet' sets no time: no deadline
    B(
        text="It’s important for anyone impacted by the storms to register even if no decision has yet been made to submit additional paperwork.",
        due=None,
        vague=False,
        said="2010-10-01 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_GRASSLEY_FEMA_OCT10,
        published="2010-10-01",
    ),
    # the same release: 'in the future' sets no time: no deadline
    B(
        text="Registration ensures that the person impacted may ask for federal assistance in the future.",
        due=None,
        vague=False,
        said="2010-10-01 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_GRASSLEY_FEMA_OCT10,
        published="2010-10-01",
    ),
    # the same release, the Oelwein centre's point: 8 October 2010 18:00 in the publisher's zone, EDT, 22:00:00 UTC; unsure: the centre's own zone (Iowa, CDT) gives 23:00:00 UTC
    B(
        text="Closing Date: Friday, October 8, 2010, 6 p.m.",
        due="2010-10-08 22:00:00",
        vague=False,
        said="2010-10-01 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_GRASSLEY_FEMA_OCT10,
        published="2010-10-01",
    ),
    # the same release, the Knoxville centre's point: 13 October 2010 18:00 EDT, 22:00:00 UTC; unsure: Iowa's CDT gives 23:00:00 UTC
    B(
        text="Closing Date: Wednesday, October 13, 2010 6 p.m.",
        due="2010-10-13 22:00:00",
        vague=False,
        said="2010-10-01 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_GRASSLEY_FEMA_OCT10,
        published="2010-10-01",
    ),
    # the same release: help from the closings on, which this sentence does not date (CONVENTIONS 1.3): event
    B(
        text="FEMA help will still be available after the Disaster Recovery Centers close through the FEMA Helpline.",
        due=None,
        vague=False,
        said="2010-10-01 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_GRASSLEY_FEMA_OCT10,
        published="2010-10-01",
    ),
    # the same release: standing hours (CONVENTIONS 1.3 and 6.3): recurring
    B(
        text="People who have registered for assistance with FEMA can call 800-621-FEMA (3362) from 7 a.m. to 10 p.m., seven days a week, to:",
        due=None,
        vague=False,
        said="2010-10-01 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_GRASSLEY_FEMA_OCT10,
        published="2010-10-01",
    ),
    # Australian Government, Federal Register of Legislation (Office of Parliamentary Counsel), downloads page of instrument F2021L01561 (undated in the stored copy; its banners date it before Sunday 3 November 2024 and it is dated 1 November 2024 by convention, as understood; zone Australia/Sydney, AEDT, said at 10:00 local): 'take the time' is an amount: no deadline
    B(
        text="A survey about the Federal Register of Legislation is available and we’d love it if you could take the time to fill it out.",
        due=None,
        vague=False,
        said="2024-10-31 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_FRL_F2021L01561_NOV24,
        published="2024-11-01",
    ),
    # the same page: kept open to a date (CONVENTIONS 3.3): 22 November 2024 23:59:59 AEDT, 12:59:59 UTC
    B(
        text="The survey will be open until 22 November 2024.",
        due="2024-11-22 12:59:59",
        vague=False,
        said="2024-10-31 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_FRL_F2021L01561_NOV24,
        published="2024-11-01",
    ),
    # the same page: a range falls due at its later end, '12.00am' ending Sunday 3 November (midnight as the end of its day, the parser's docstring), in the named fixed zone AEST (UTC+10): 3 November 2024 23:59:59 AEST, 13:59:59 UTC; unsure: 4 November 2024 00:00 AEST, 14:00:00 UTC
    B(
        text="Maintenance is scheduled between 8.00pm and 12.00am AEST, Sunday 3 November 2024 and the site may be unavailable or slow during this time.",
        due="2024-11-03 13:59:59",
        vague=False,
        said="2024-10-31 23:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_FRL_F2021L01561_NOV24,
        published="2024-11-01",
    ),
    # the same page: 'when' places a past act: past
    B(
        text="The notice was not resolved and lapsed when the Parliament was prorogued.",
        due=None,
        vague=False,
        said="2024-10-31 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_FRL_F2021L01561_NOV24,
        published="2024-11-01",
    ),
    # the same page (the two sentences above are repeated further down the page and are taken once): 'the first sitting day of the new Parliament' is not dated here (CONVENTIONS 1.3): event
    B(
        text="Under subsection 42(3) of the Legislation Act 2003, the instrument is deemed to be tabled in the House that moved the motion on the first sitting day of the new Parliament.",
        due=None,
        vague=False,
        said="2024-10-31 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_FRL_F2021L01561_NOV24,
        published="2024-11-01",
    ),
    # the same page (no full stop on the page): the range dates a version in force before the page: past
    B(
        text="Access downloadable documents for version effective 15 November 2021 - 25 October 2022",
        due=None,
        vague=False,
        said="2024-10-31 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_FRL_F2021L01561_NOV24,
        published="2024-11-01",
    ),
)
