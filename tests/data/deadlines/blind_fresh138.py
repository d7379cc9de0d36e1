"""A HUNDRED-AND-THIRTY-EIGHTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-06 (UTC) between about 05:08 and 05:16 by a labelling helper (branch
issue12l138-s53) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 53 (fresh134 to fresh137), whose claims in the shared claims file were treated as used
and whose files and README sections were not opened. It read `CONVENTIONS.md` in full, the docstring,
comments, some cases and the README section of `blind_fresh133.py`, the docstring of `blind_real.py`
(the `BlindCase` fields), the docstring of `tests/data/fresh_check.py`, and the top docstring of the
parser package only (the vague windows, "before" and "by" periods, weeks running Monday to Sunday,
early/mid/late thirds and decades, parts of the day, seasons, fiscal years); nothing else of
`bot/core/deadlines/` was opened. The brief asked for UK Hansard undertakings (Commons and Lords),
Wikinews, US federal science and safety agencies (NOAA/NWS, NIST, NTSB, CPSC, FDA, OSHA) and GOV.UK
agencies (DVLA, DVSA, Companies House, Insolvency Service, CMA), at most a third from the United States;
at least eight publishers, none above a fifth of the cases; about 90 cases (at least 70) by 06:10 UTC.

The set quotes the House of Lords (the Business statements of 2 April 1979 and 27 October 1980 and the
motion on the 2004 summer recess of 8 December 2003), the House of Commons (questions and answers on
roads of 1956, 1958, 1963 and 1964 and the Business of the House of 29 March 1972), the Insolvency
Service (its annual plans for 2020 to 2021 and 2021 to 2022 and a news story on fees of October 2015,
all on GOV.UK), the National Institute of Standards and Technology (a nist.gov news item of July 2008
and Federal Register notices of 2 July 2009 and 6 November 2023), the Houses of the Oireachtas (a Dáil
second-stage speech of 17 June 2021), the Driver and Vehicle Standards Agency (a GovDelivery bulletin
of 10 August 2021 and the Chief Executive's letter of 15 October 2021 on GOV.UK), NOAA's National
Weather Service (Service Change Notice 11-10 of 10 February 2011 and a Federal Register notice of 21
December 1995) and the Food and Drug Administration (a Federal Register notice of 26 January 2018
carried whole by thefederalregister.org). 93 cases from 8 publishers (the House of Lords 18 (19.4%);
the House of Commons 18 (19.4%); the Insolvency Service 16 (17.2%); NIST 15 (16.1%); the Oireachtas 9
(9.7%); DVSA 9 (9.7%); the National Weather Service 6 (6.5%); the FDA 2 (2.2%)). 23 of the 93 (24.7%)
are from the United States (NIST, NWS, FDA); 70 are not. The two Houses publish their own reports and
are counted as separate publishers, as earlier sets count them. No Wikinews page could be used: every
Wikinews article and project page the store returned for several searches (launch schedules, elections,
contests) read USED, whole or in its sentences; no NTSB, CPSC or OSHA page of the publisher's own was
found fresh (the CPSC release of 28 February 2020 on PR Newswire and an NTSB hearing notice on
aviationpros.com read USED; the others found were news reports by third parties). Companies House
(its coronavirus guidance on GOV.UK and a strike-off news story carried by government-world.com) and
the CMA (its 2024 to 2025 draft annual plan) read USED; a CMA speech found fresh was not taken, since
the stored copy gives no date of its own.

Every sentence quoted holds a time word of some kind (a date, a clock time, a weekday, "today",
"tonight", "tomorrow", "now", "this week", "next week", "last Thursday", "last year", a month, a
season, a year, a decade, a fiscal year, a span, "annually", "as soon as we can", "as quickly as
possible", "after", "before", "until", "not later than", "no sooner than", "during", "when",
"once"); sentences of the openings read that hold none were skipped, as were titles, headings, date
lines, contact lines, sentences cut off by the end of an opening or by a missing address, and the words
of the carrying sites themselves. Schedule lines of the Business of the House were taken as they
stand; the pages' slips ("State- ment", "1lth", "get up and running" after "get", a missing comma after
"today", "p.m,") stay as the pages have them; the number and name of a member run into a question
("§ 59. Sir B. Janner"), a column number printed before a line ("436"), "The noble Baroness said:" and
the labels "SUMMARY:" and "DATES:" of the Federal Register were left out of the quotes. The sentences
were found with a search over stored copies of public pages and taken as they came in the openings the
search returns, in page order; eleven whose only time words are general or name a thing were passed
over ("has just repeated", "then", "at times", "a more balanced parliamentary year", "in the past",
"the winter 1281 months", "over a period of years", "the lockdown period", "these challenging times",
"both the five-year strategy and this Annual Plan", "We are continuing"). Where a publisher went over a fifth, the last ones were left out: for
the House of Commons the last two sentences of the Business of 29 March 1972 ("FRIDAY, 14TH APRIL.
Private Members' Bills." and a question on "the week after the Easter Recess") and three claimed
pages (a business exchange of 2 March 1975, the sessional order of 12 February 1917 and the Speaker's
ruling of 15 January 1979 on the supply day of 7 December 1978); for the House of Lords the last eight
sentences of the recess motion of 8 December 2003. Claimed pages left out for other reasons: the
Insolvency Service's customer charter (GOV.UK guidance with no date), NIST's Standards in Trade notice of
18 April 2012, a NIST funding notice of 2009 and its July 2021 GovDelivery newsletter (undated in the
store or few time words, and NIST near a fifth). See README.md ("Hundred-and-thirty-eighth fresh blind
set") for every address, publisher and licence.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was checked
with the lead's `fresh_check.py` (the address and a distinctive phrase of the page) and claimed
(`fresh138`) in `/work/helper-brief/claims.txt` before its quotes were kept; many pages were found used
and dropped (README.md lists some). Every kept sentence was then checked whole with the same tool
(skipping this file). Each label was worked out by hand from the words, the publication date and the
publisher's zone (Europe/London for both Houses, the Insolvency Service and DVSA, Europe/Dublin for the
Oireachtas, America/New_York for NIST, the FDA and the National Weather Service's headquarters); the
conversion of local instants to UTC wall time, weekdays and day counts were done with Python's zoneinfo
and datetime in a scratch script outside the repository, never with code of the project. The summer
time of 1957, 1963, 1964, 1966, 1972 and 1979 and the end of it on 26 October 1980 are zoneinfo's.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh133.py`: the publication date at 10:00 local time unless the page gives an hour (the three
Lords pages print one, "4.24 p.m.", "3.15 p.m." and "3.7 p.m.", and the NWS notice "300 PM EST", and
are read at that hour); where a page carries no date in its opening, the one its words, address or
other facts give (the page's first comment says which and why: the DVSA bulletin from the four weeks
its consultation runs, the NIST news item from its address and the dates it names, the fees story from a
dated copy of it); a day falls due at 23:59:59 local; "tonight" and "this year" read as the parser's
docstring gives them; "next week" and "the first week after Easter" fall due on their Sunday; a
range or a schedule falls due at its later end (CONVENTIONS 6.1, 6.2); "from 7 p.m. onwards", "after
3.30 p.m." and "not ... until the end of that year" give only a start (CONVENTIONS 3.2); coming into
force on a day is due that day (CONVENTIONS 3.1); "as soon as we can" and "as quickly as possible" are
vague, 60 days (CONVENTIONS 5.1); done acts and the perfect with a day word are past (CONVENTIONS 2.4);
standing rules ("reviewed annually", a fee "in every ... case", a deposit paid "when" a petition is
presented, an average of 14 days) are recurring, and times hung on an undated event ("a later day",
"once we know", "before considering", "the date of publication of the notice", "the extended time
period") event (CONVENTIONS 1.3); denied days are negated (CONVENTIONS 4.1); a question is no
undertaking (CONVENTIONS 4.2); refusals have `due=None` and a `refusal` kind; a sentence whose time
words set no time for any act has `due=None` and no refusal word (19 such). Clusters as in
`blind_fresh133.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4 parts of the day,
periods and windows, 5 refusals, 6 plain days and dates. 38 labels are refusals (past 25, event 5,
recurring 4, earliest 3, negated 1); 2 are vague; 36 labels carry a due instant; 26 are marked
"unsure" and name the other reading; like every label here they stay as committed, whatever the first
run shows. First run: not yet taken (the lead runs it once, after merging, and records it in
README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_HLBUS80 = "https://hansard.parliament.uk/Lords/1980-10-27/debates/26092263-9d74-4e50-a98f-3754cff10b69/Business"
_HLBUS79 = "http://api.parliament.uk/historic-hansard/lords/1979/apr/02/business-of-the-house"
_HLREC03 = "https://api.parliament.uk/historic-hansard/lords/2003/dec/08/business-of-the-house-summer-recess-2004"
_HCMOT63 = (
    "https://api.parliament.uk/historic-hansard/commons/1963/jul/03/motorway-construction-finance"
)
_HCLYM64 = "https://api.parliament.uk/historic-hansard/commons/1964/may/06/lancashire-and-yorkshire-motorway"
_HCRDS58 = "https://api.parliament.uk/historic-hansard/written_answers/1958/nov/26/road-schemes"
_HCBAS56 = "https://api.parliament.uk/historic-hansard/commons/1956/feb/08/basingstoke-by-pass"
_HCBUS72 = "https://api.parliament.uk/historic-hansard/commons/1972/mar/29/business-of-the-house"
_OIRLOB21 = "https://www.oireachtas.ie/ga/debates/debate/dail/2021-06-17/40/"
_DVSACON21 = "https://content.govdelivery.com/accounts/UKDVSA/bulletins/2ebf274"
_DVSALET21 = "https://www.gov.uk/government/publications/dvsa-chief-executive-letter-to-driving-instructors-about-reducing-driving-test-waiting-times-and-the-suspension-of-industrial-action/dvsa-chief-executive-letter-to-driving-instructors-about-reducing-driving-test-waiting-times-and-the-suspension-of-industrial-action"
_INSPLAN20 = "https://www.gov.uk/government/publications/the-insolvency-service-annual-plan-2020-to-2021/the-insolvency-service-annual-plan-2020-to-2021"
_INSPLAN21 = "https://www.gov.uk/government/publications/the-insolvency-service-annual-plan-2021-to-2022/the-insolvency-service-annual-plan-2021-to-2022"
_INSFEES15 = "https://gov.uk/government/news/changes-to-insolvency-service-fees"
_NWSSCN11 = "http://www.nws.noaa.gov/os/notification/scn11-10%20wwa%20cap.htm"
_NWSFR95 = "https://www.govinfo.gov/content/pkg/FR-1995-12-21/html/95-30987.htm"
_NISTNEWS08 = "https://www.nist.gov/news-events/news/2008/07/nist-extends-proposal-deadline-construction-grant-program"
_NISTTIP09 = "http://edocket.access.gpo.gov/2009/E9-15816.htm"
_NISTNSS23 = "https://www.govinfo.gov/content/pkg/FR-2023-11-06/html/2023-24444.htm"
_FDACLIA18 = "https://thefederalregister.org/83-FR/3739"

FRESH138_CASES: tuple[BlindCase, ...] = (
    # House of Lords (Hansard, Open Parliament Licence v3.0), Business, Monday 27 October 1980 (the date is the page's own: 'debated on Monday 27 October 1980'); the page prints '4.24 p.m.', so said 27 October 1980 16:24 GMT (summer time ended on 26 October 1980). 'later today' falls due at the end of the day of speaking [local due 1980-10-27 23:59:59]
    B(
        text="Copies of the typescript of the Bill should be available in another place later today.",
        due="1980-10-27 23:59:59",
        vague=False,
        said="1980-10-27 16:24:00",
        tz="Europe/London",
        cluster=4,
        source=_HLBUS80,
        published="1980-10-27",
    ),
    # the same statement: copies available 'from 7 p.m. onwards' is an offer open from an hour, only a start: earliest 27 October 1980 19:00 GMT (CONVENTIONS 3.2, 'available from ...'). unsure: 'tonight' gives the availability a day of its own, so a careful reader gives the end of 27 October 1980 (the parser's 'tonight', 23:59:59)
    B(
        text="I have arranged that further copies should be available in the Printed Paper Office tonight, I hope, from 7 p.m. onwards.",
        due=None,
        vague=False,
        said="1980-10-27 16:24:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="1980-10-27 19:00:00",
        cluster=5,
        source=_HLBUS80,
        published="1980-10-27",
    ),
    # the same statement: 'tomorrow' is Tuesday 28 October 1980, end of the day [local due 1980-10-28 23:59:59]
    B(
        text="It is expected that another place will complete their consideration of the Bill tomorrow.",
        due="1980-10-28 23:59:59",
        vague=False,
        said="1980-10-27 16:24:00",
        tz="Europe/London",
        cluster=6,
        source=_HLBUS80,
        published="1980-10-27",
    ),
    # the same statement: of the alternatives 'tomorrow night' (28 October) and 'at the beginning of business on Wednesday' (29 October, no hour given), the later counts (CONVENTIONS 6.2): end of Wednesday 29 October 1980 [local due 1980-10-29 23:59:59]
    B(
        text="Depending on what time the Bill is brought from another place, it will receive a First Reading in your Lordships' House either tomorrow night or at the beginning of business on Wednesday.",
        due="1980-10-29 23:59:59",
        vague=False,
        said="1980-10-27 16:24:00",
        tz="Europe/London",
        cluster=3,
        source=_HLBUS80,
        published="1980-10-27",
    ),
    # the same statement: 'on Wednesday' is 29 October 1980 (the next Wednesday, parser docstring); 'first business' gives no hour, so the end of the day (CONVENTIONS 3.1) [local due 1980-10-29 23:59:59]
    B(
        text="We would then intend to take the Bill through Second Reading and remaining stages in this House as first business on Wednesday.",
        due="1980-10-29 23:59:59",
        vague=False,
        said="1980-10-27 16:24:00",
        tz="Europe/London",
        cluster=6,
        source=_HLBUS80,
        published="1980-10-27",
    ),
    # the same statement: the day now given, Thursday of this week (30 October 1980), counts; the Wednesday called off is denied (CONVENTIONS 4.1, a new time given) [local due 1980-10-30 23:59:59]
    B(
        text="The fourth day on Report of the Local Government, Planning, and Land (No. 2) Bill will, therefore, be taken on Thursday of this week and not on Wednesday as previously planned.",
        due="1980-10-30 23:59:59",
        vague=False,
        said="1980-10-27 16:24:00",
        tz="Europe/London",
        cluster=6,
        source=_HLBUS80,
        published="1980-10-27",
    ),
    # the same statement: moved from Thursday to Monday 3 November 1980; the new day counts (CONVENTIONS 4.1) [local due 1980-11-03 23:59:59]
    B(
        text="The Report stage of the Broadcasting Bill, at present on the order paper for Thursday of this week, will now take place on Monday, 3rd November.",
        due="1980-11-03 23:59:59",
        vague=False,
        said="1980-10-27 16:24:00",
        tz="Europe/London",
        cluster=6,
        source=_HLBUS80,
        published="1980-10-27",
    ),
    # the same statement: the changes are to be shown on 'tomorrow's Order Paper', the paper of Tuesday 28 October 1980, end of that day; 'next week's business' names the business changed [local due 1980-10-28 23:59:59]. unsure: a careful reader could take 'next week' as the time of the sentence (Sunday 9 November 1980)
    B(
        text="Any further changes to next week's business resulting from this alteration of business will be reflected on tomorrow's Order Paper.",
        due="1980-10-28 23:59:59",
        vague=False,
        said="1980-10-27 16:24:00",
        tz="Europe/London",
        cluster=6,
        source=_HLBUS80,
        published="1980-10-27",
    ),
    # the same statement: amendments accepted 'in the course of tomorrow, Tuesday', a window of one day, falls due at its end (CONVENTIONS 1.1) [local due 1980-10-28 23:59:59]
    B(
        text="I would add that, in these exceptional circumstances, the Public Bill Office will accept amendments with reference to the Bill as printed in the Commons in the course of tomorrow, Tuesday.",
        due="1980-10-28 23:59:59",
        vague=False,
        said="1980-10-27 16:24:00",
        tz="Europe/London",
        cluster=4,
        source=_HLBUS80,
        published="1980-10-27",
    ),
    # House of Lords (historic Hansard, HL Deb 02 April 1979 vol 399 cc1708-10, Open Parliament Licence v3.0); zone Europe/London (BST from 18 March 1979); the page prints '3.15 p.m.', so said 2 April 1979 15:15 BST. 'at a convenient moment after 3.30 p.m.' gives only a lower bound for the Statements: earliest 15:30 BST (CONVENTIONS 3.2). The page's break 'State- ment' is kept
    B(
        text="My Lords, with the leave of the House, may I say that at a convenient moment after 3.30 p.m. Mr. Speaker will make a Statement on security in another place, and the noble Lord the Chairman of Committees will make a similar State- ment on security as it affects this House.",
        due=None,
        vague=False,
        said="1979-04-02 14:15:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="1979-04-02 14:30:00",
        cluster=5,
        source=_HLBUS79,
        published="1979-04-02",
    ),
    # the same statement: the Statement is being made as spoken, and 'this week' names the business it is about; no act is set a time: due None, no refusal word. unsure: a careful reader could give the end of this week, Sunday 8 April 1979, for the business
    B(
        text="For the convenience of the House, I have been asked to make a Statement about the business before the House this week.",
        due=None,
        vague=False,
        said="1979-04-02 14:15:00",
        tz="Europe/London",
        cluster=1,
        source=_HLBUS79,
        published="1979-04-02",
    ),
    # the same statement: 'a later day' and 'the last sitting day' are days of the sitting that the sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="Remaining stages will be taken, not on the same day, but on a later day, with the exception of the Finance, Appropriation and Representation of the People Bills and two other Bills which will not reach us until the last sitting day, when it is hoped that all stages can be agreed.",
        due=None,
        vague=False,
        said="1979-04-02 14:15:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HLBUS79,
        published="1979-04-02",
    ),
    # the same statement: 'now' tells a state at the moment of speaking; nothing is left to fall due: due None, no refusal word. unsure: a careful reader could call the placing already done 'past' (CONVENTIONS 2.4)
    B(
        text="These are available now.",
        due=None,
        vague=False,
        said="1979-04-02 14:15:00",
        tz="Europe/London",
        cluster=1,
        source=_HLBUS79,
        published="1979-04-02",
    ),
    # the same statement: the only time word, 'last Thursday', dates the Hansard in which the order was set out, in the past; the taking of business has no time of its own: past (CONVENTIONS 2.4). unsure: a careful reader could give due None and no refusal word (the business has no time)
    B(
        text="Business will be taken in the order outlined in last Thursday's Hansard.",
        due=None,
        vague=False,
        said="1979-04-02 14:15:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLBUS79,
        published="1979-04-02",
    ),
    # the same statement: 'on Wednesday' is 4 April 1979, end of the day (CONVENTIONS 3.1, 6.1) [local due 1979-04-04 23:59:59]
    B(
        text="In addition, the House will consider Commons Amendments to the Legal Aid Bill and a Motion to approve the Elections (Welsh Forms) Regulations on Wednesday.",
        due="1979-04-04 22:59:59",
        vague=False,
        said="1979-04-02 14:15:00",
        tz="Europe/London",
        cluster=6,
        source=_HLBUS79,
        published="1979-04-02",
    ),
    # House of Lords (historic Hansard, HL Deb 08 December 2003 vol 655 cc553-65, Open Parliament Licence v3.0); zone Europe/London (GMT); the page prints '3.7 p.m.', so said 8 December 2003 15:07 GMT. Three times for one schedule: the rising by 22 July 2004, sittings in September 2004, and 'no sooner than' 11 October 2004, which is only a lower bound (CONVENTIONS 3.2, 3.4); the schedule falls due at the end of its last dated commitment, the September sittings (CONVENTIONS 6.1, a month at its end) [local due 2004-09-30 23:59:59]. The page's slip '1lth' is kept. unsure: a careful reader could take the rising 'not later than Thursday 22nd July 2004' as the motion's deadline (end of 22 July 2004)
    B(
        text="That it is the opinion of this House that, subject to the requirements of business, the House should rise for the Summer Recess not later than Thursday 22nd July 2004, should sit during two weeks in September 2004, and should sit again no sooner than Monday 1lth October 2004.",
        due="2004-09-30 22:59:59",
        vague=False,
        said="2003-12-08 15:07:00",
        tz="Europe/London",
        cluster=3,
        source=_HLREC03,
        published="2003-12-08",
    ),
    # the same speech (Baroness Amos; 'The noble Baroness said:' is left out): 'last year' and 'was to start sitting in September' tell what the group noted in the past: past (CONVENTIONS 2.4)
    B(
        text="My Lords, the Group on Working Practices, chaired last year by my predecessor, noted that the other place was to start sitting in September and recommended that this House should do the same.",
        due=None,
        vague=False,
        said="2003-12-08 15:07:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLREC03,
        published="2003-12-08",
    ),
    # the same speech: a motion moved on 25 November 2002: past
    B(
        text="Accordingly, the late Lord Williams of Mostyn moved a Motion similar to this one on 25th November last year.",
        due=None,
        vague=False,
        said="2003-12-08 15:07:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLREC03,
        published="2003-12-08",
    ),
    # House of Commons (historic Hansard, 3 July 1963, Open Parliament Licence v3.0; the date is in the address); zone Europe/London (BST); no hour given, said 3 July 1963 10:00 BST. The question's number and asker ('59. Sir B. Janner') are left out. A question is no undertaking: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could give the programme's date, 'by the early 1970's', the end of 1972 (early = 0-2 of a decade, parser docstring)
    B(
        text="asked the Minister of Transport, assuming that the statutory procedures laid down by Parliament in connection with road construction are carried out with the minimum of delay, what additional funds will be required to be made available by Parliament to ensure that the 997½ miles of motorway to be completed by the early 1970's will be completed by that date.",
        due=None,
        vague=False,
        said="1963-07-03 09:00:00",
        tz="Europe/London",
        cluster=5,
        source=_HCMOT63,
        published="1963-07-03",
    ),
    # the same exchange (Vice-Admiral Hughes Hallett): 'the current year' dates the funds earmarked; the further sum is given no time: due None, no refusal word
    B(
        text="Allowing for the funds already earmarked in the current year for motorways, I estimate very approximately that, on the basis of present day prices and including land, a further £630 million will be needed to complete 1,000 miles of motorway.",
        due=None,
        vague=False,
        said="1963-07-03 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HCMOT63,
        published="1963-07-03",
    ),
    # the same exchange: 'as fast as we possibly can' is the pace of a programme with no end, and 'many years ahead' the span of expenditure no one will promise: due None, no refusal word. unsure: a careful reader could read 'as fast as we possibly can' as 'as soon as we can', vague, 60 days (CONVENTIONS 5.1)
    B(
        text="I can assure the hon. Member that we shall press forward with this programme as fast as we possibly can, but I am sure that he will appreciate that it is not for me or for any other member of the Government to give a positive assurance about exact expenditure covering many years ahead.",
        due=None,
        vague=False,
        said="1963-07-03 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HCMOT63,
        published="1963-07-03",
    ),
    # the same exchange (Mr. P. Browne): a question is no undertaking: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could give the later end of 'the next four or five years', 3 July 1968
    B(
        text="May we hope that the Government will not neglect the West Country in the construction of any new roads in the next four or five years?",
        due=None,
        vague=False,
        said="1963-07-03 09:00:00",
        tz="Europe/London",
        cluster=5,
        source=_HCMOT63,
        published="1963-07-03",
    ),
    # House of Commons (historic Hansard, 6 May 1964, Open Parliament Licence v3.0; the date is in the address); zone Europe/London (BST); no hour given, said 6 May 1964 10:00 BST. The question's number and asker ('29. Mr. Wainwright') are left out. A question: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="asked the Minister of Transport at what point construction of the first stretch of the Lancashire and Yorkshire motorway will commence; and when this construction will start.",
        due=None,
        vague=False,
        said="1964-05-06 09:00:00",
        tz="Europe/London",
        cluster=5,
        source=_HCLYM64,
        published="1964-05-06",
    ),
    # the same exchange (Vice-Admiral Hughes Hallett): a one-off start in 'the spring of 1966' falls due at the end of that spring, 31 May 1966 (CONVENTIONS 3.1; meteorological seasons, parser docstring); progress elsewhere hangs on undated events and does not count [local due 1966-05-31 23:59:59]
    B(
        text="It is planned to start major earthworks on a section in the Pennines in the spring of 1966, but progress elsewhere will depend on completion of the statutory processes and availability of funds.",
        due="1966-05-31 22:59:59",
        vague=False,
        said="1964-05-06 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HCLYM64,
        published="1964-05-06",
    ),
    # the same exchange: completion 'by the early 1970s' falls due at the end of the early part of the decade, 31 December 1972 (parser docstring: early 0-2) [local due 1972-12-31 23:59:59]
    B(
        text="As I think the hon. Gentleman will know, this motorway is included in the thousand miles planned for completion by the early 1970s.",
        due="1972-12-31 23:59:59",
        vague=False,
        said="1964-05-06 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HCLYM64,
        published="1964-05-06",
    ),
    # the same exchange (Mr. Wainwright): a question is no undertaking: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could read 'as soon as possible' as the vague 60-day window (CONVENTIONS 5.1)
    B(
        text="Is the hon. and gallant Gentleman aware that more money must be spent on roads in order that the dangers may be removed as soon as possible?",
        due=None,
        vague=False,
        said="1964-05-06 09:00:00",
        tz="Europe/London",
        cluster=5,
        source=_HCLYM64,
        published="1964-05-06",
    ),
    # House of Commons (historic Hansard, written answers, HC Deb 26 November 1958 vol 596 cc55-6W, Open Parliament Licence v3.0); zone Europe/London (GMT); no hour given, said 26 November 1958 10:00 GMT. The asker ('Mr. Gresham Cooke') is left out. A question: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="asked the Minister of Transport and Civil Aviation if he will list the grants which have been notified to local authorities for schemes of major road improvement and new construction of classified roads for 1959–60 and for the current financial year.",
        due=None,
        vague=False,
        said="1958-11-26 10:00:00",
        tz="Europe/London",
        cluster=5,
        source=_HCRDS58,
        published="1958-11-26",
    ),
    # the same answer (Mr. Watkinson): 'not ... until the end of that year', the current financial year ending 31 March 1959 (GB fiscal year), gives only the earliest time of the announcement: earliest 31 March 1959 00:00 GMT (CONVENTIONS 3.2, 'not until'). unsure: a careful reader could take the end of the year as the announcement's due time, 31 March 1959 23:59:59 GMT
    B(
        text="I have made no grants for 1959–60 and I shall not be able to announce a full list of the bigger schemes in the current financial year until the end of that year.",
        due=None,
        vague=False,
        said="1958-11-26 10:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="1959-03-31 00:00:00",
        cluster=5,
        source=_HCRDS58,
        published="1958-11-26",
    ),
    # House of Commons (historic Hansard, 8 February 1956, Open Parliament Licence v3.0; the date is in the address); zone Europe/London (GMT); no hour given, said 8 February 1956 10:00 GMT. The question's number and asker ('12. Captain Pilkington') are left out. A question: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="asked the Minister of Transport and Civil Aviation the length of the Basingstoke by-pass; how long it has been under repair; and how much longer it is expected to remain under repair.",
        due=None,
        vague=False,
        said="1956-02-08 10:00:00",
        tz="Europe/London",
        cluster=5,
        source=_HCBAS56,
        published="1956-02-08",
    ),
    # the same answer (Mr. Hugh Molson): February 1953 is past; of the last section's start (September 1956) and completion 'by June, 1957', the deadline counts (CONVENTIONS 3.4): end of June 1957 [local due 1957-06-30 23:59:59]
    B(
        text="The first section was started in February, 1953, and subject to funds being available in the coming financial year, the last section should be started in September, 1956, and completed by June, 1957.",
        due="1957-06-30 22:59:59",
        vague=False,
        said="1956-02-08 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HCBAS56,
        published="1956-02-08",
    ),
    # House of Commons (historic Hansard, Business of the House, 29 March 1972, Open Parliament Licence v3.0; the date is in the address); zone Europe/London (BST from 19 March 1972); no hour given, said 29 March 1972 10:00 BST. Mr. Harold Wilson's question: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="May I ask the Acting Leader of the House to state the business for the week after the Easter Recess?",
        due=None,
        vague=False,
        said="1972-03-29 09:00:00",
        tz="Europe/London",
        cluster=5,
        source=_HCBUS72,
        published="1972-03-29",
    ),
    # the same exchange (Mr. Reginald Maudling): Easter Day 1972 was 2 April; the first week after it runs Monday 3 to Sunday 9 April 1972 (weeks Monday to Sunday, parser docstring) [local due 1972-04-09 23:59:59]. unsure: the business listed is that of the week after the Easter recess, Monday 10 to Friday 14 April 1972 (page: 14 April), and a careful reader could give the end of that week, Sunday 16 April 1972
    B(
        text="The business for the first week after Easter will be as follows:",
        due="1972-04-09 22:59:59",
        vague=False,
        said="1972-03-29 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HCBUS72,
        published="1972-03-29",
    ),
    # the same statement: Monday 10 April 1972, end of the day (CONVENTIONS 3.1); '1972–73' names the estimates [local due 1972-04-10 23:59:59]
    B(
        text="MONDAY, 10TH APRIL. Supply (17th Allotted Day): Motion relating to Navy Estimates, 1972–73, Vote A.",
        due="1972-04-10 22:59:59",
        vague=False,
        said="1972-03-29 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HCBUS72,
        published="1972-03-29",
    ),
    # the same statement: Tuesday 11 April 1972, end of the day; the column number '436' printed before the line is left out [local due 1972-04-11 23:59:59]
    B(
        text="TUESDAY, 11TH APRIL. Consideration of a timetable Motion on the Housing (Financial Provisions) (Scotland) Bill.",
        due="1972-04-11 22:59:59",
        vague=False,
        said="1972-03-29 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HCBUS72,
        published="1972-03-29",
    ),
    # the same statement: Wednesday 12 April 1972, end of the day [local due 1972-04-12 23:59:59]
    B(
        text="WEDNESDAY, 12TH APRIL. Remaining stages of the Sound Broadcasting Bill.",
        due="1972-04-12 22:59:59",
        vague=False,
        said="1972-03-29 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HCBUS72,
        published="1972-03-29",
    ),
    # the same statement: Thursday 13 April 1972, end of the day [local due 1972-04-13 23:59:59]
    B(
        text="THURSDAY, 13TH APRIL. Progress on the remaining stages of the Local Government Bill.",
        due="1972-04-13 22:59:59",
        vague=False,
        said="1972-03-29 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HCBUS72,
        published="1972-03-29",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate, Thursday 17 June 2021, Vol. 1008 No. 6; the date is the page's own), Oireachtas PSI licence (CC BY 4.0 terms); zone Europe/Dublin (IST); no hour given, said 17 June 2021 10:00 IST. The motion that the Bill 'be now read' is the act as it is spoken: end of that day (CONVENTIONS 2.1) [local due 2021-06-17 23:59:59]. unsure: 'now read a Second Time' is the set form of a motion, and a careful reader could give due None (no act is promised a time)
    B(
        text='I move: "That the Bill be now read a Second Time."',
        due="2021-06-17 22:59:59",
        vague=False,
        said="2021-06-17 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_OIRLOB21,
        published="2021-06-17",
    ),
    # the same speech: 'now' tells a present standing; nothing falls due: due None, no refusal word
    B(
        text="We now sit well below the states against which we like to compare ourselves.",
        due=None,
        vague=False,
        said="2021-06-17 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIRLOB21,
        published="2021-06-17",
    ),
    # the same speech: a history told in the past: past
    B(
        text="For much of our short history as an independent state, the political culture and the dominance of one political party saw our politics poisoned by abuse of public office at the highest levels.",
        due=None,
        vague=False,
        said="2021-06-17 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIRLOB21,
        published="2021-06-17",
    ),
    # the same speech: the 1980s, in the past: past
    B(
        text="In the 1980s, when this country was on its knees, some of our elite politicians were living high on the hog, having enriched themselves through the high offices they held.",
        due=None,
        vague=False,
        said="2021-06-17 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIRLOB21,
        published="2021-06-17",
    ),
    # the same speech: the only date, 1997, is of an act passed long ago, and 'tends always' a habit: past (CONVENTIONS 2.4). unsure: a careful reader could call 'tends always to start with us' a standing pattern, 'recurring' (CONVENTIONS 1.3)
    B(
        text="From the first moves to bring in ethics legislation to the initial Freedom of Information Act in 1997 to taking money out of politics and other such important measures, real reform in the space of ethics in public office tends always to start with us.",
        due=None,
        vague=False,
        said="2021-06-17 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIRLOB21,
        published="2021-06-17",
    ),
    # the same speech: 2015, in the past: past
    B(
        text="The latest initiative came in 2015.",
        due=None,
        vague=False,
        said="2021-06-17 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIRLOB21,
        published="2021-06-17",
    ),
    # the same speech: 'The last Oireachtas', a past term: past
    B(
        text="The last Oireachtas was sadly largely an ethics reform-free zone.",
        due=None,
        vague=False,
        said="2021-06-17 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIRLOB21,
        published="2021-06-17",
    ),
    # the same speech: the year names an Act passed in the past: past. unsure: a careful reader could give due None and no refusal word (a year that dates no act of the sentence)
    B(
        text="The Regulation of Lobbying Act 2015 was an important initiative by my colleague, Deputy Howlin.",
        due=None,
        vague=False,
        said="2021-06-17 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIRLOB21,
        published="2021-06-17",
    ),
    # the same speech: 'six years old' is an age, not a span given to any act: due None, no refusal word
    B(
        text="This Act is six years old.",
        due=None,
        vague=False,
        said="2021-06-17 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIRLOB21,
        published="2021-06-17",
    ),
    # Driver and Vehicle Standards Agency bulletin 'Consultation on proposals to address lorry driver shortages' on its GovDelivery mailing service (Crown copyright, Open Government Licence v3.0); the bulletin prints no date: the consultation 'has opened today' and 'will last for 4 weeks and end ... on 7 September 2021', so it opened on Tuesday 10 August 2021, taken as the publication day; zone Europe/London (BST); said 10 August 2021 10:00 BST. 20 July, before the day of speaking, is past: past
    B(
        text="On 20 July, the government announced a package of measures to help address the current shortage of lorry drivers.",
        due=None,
        vague=False,
        said="2021-08-10 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DVSACON21,
        published="2021-08-10",
    ),
    # the same bulletin: 'as quickly as possible' is the agency's own aim, read as 'as soon as possible': vague, 60 days from 10 August 2021 (CONVENTIONS 5.1) [local due 2021-10-09 23:59:59]. The page's doubled 'get' is kept. unsure: the sentence states a need of the agency rather than an undertaking, and a careful reader could give due None
    B(
        text="DVSA needs the support of operators to help get new drivers get up and running as quickly as possible.",
        due="2021-10-09 22:59:59",
        vague=True,
        said="2021-08-10 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DVSACON21,
        published="2021-08-10",
    ),
    # the same bulletin: the perfect with a day word, 'has opened today', tells of an act done: past (CONVENTIONS 2.4). The missing comma after 'today' is the page's
    B(
        text="This consultation, which has opened today is one step on this journey.",
        due=None,
        vague=False,
        said="2021-08-10 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DVSACON21,
        published="2021-08-10",
    ),
    # the same bulletin: the window's stated end, 11:59 p.m. BST on 7 September 2021, four weeks from the opening (CONVENTIONS 1.1, 6.1) [local due 2021-09-07 23:59:00]
    B(
        text="The consultation will last for 4 weeks and end at 11:59pm on 7 September 2021.",
        due="2021-09-07 22:59:00",
        vague=False,
        said="2021-08-10 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_DVSACON21,
        published="2021-08-10",
    ),
    # the same bulletin: 'as soon as we can' as an undertaking of the speaker: vague, 60 days (CONVENTIONS 5.1) [local due 2021-10-09 23:59:59]
    B(
        text="We will update you on these measures as soon as we can.",
        due="2021-10-09 22:59:59",
        vague=True,
        said="2021-08-10 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DVSACON21,
        published="2021-08-10",
    ),
    # Driver and Vehicle Standards Agency, Chief Executive's letter to driving instructors on GOV.UK ('Published 15 October 2021'), Open Government Licence v3.0; zone Europe/London (BST); no hour given, said 15 October 2021 10:00 BST. Every day named is denied: negated (CONVENTIONS 4.1)
    B(
        text="This means there will be no industrial action on Monday 18 and Tuesday 19 October 2021 and action short of strike (work to rule) will not begin from Wednesday 20 October.",
        due=None,
        vague=False,
        said="2021-10-15 09:00:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_DVSALET21,
        published="2021-10-15",
    ),
    # the same letter: 'on Monday and Tuesday' dates tests already booked; the sentence sets no act a time: due None, no refusal word. unsure: a careful reader could give the end of the later day, Tuesday 19 October 2021, when the booked tests take place
    B(
        text="This is great news for all of us, especially your pupils with tests booked on Monday and Tuesday.",
        due=None,
        vague=False,
        said="2021-10-15 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DVSALET21,
        published="2021-10-15",
    ),
    # the same letter: the update is hung on an undated event, 'once we know the outcome': event (CONVENTIONS 1.3, 5.2)
    B(
        text="I’ll update you again once we know the outcome of our discussions with PCS.",
        due=None,
        vague=False,
        said="2021-10-15 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_DVSALET21,
        published="2021-10-15",
    ),
    # the same letter: a study already taken forward ('took forward'); '8-test day' is a daily number of tests, not a time: past
    B(
        text="To understand and address any health and wellbeing issues, we took forward an occupational psychology study to look at the impact on driving examiners of bringing in the change to an 8-test day schedule.",
        due=None,
        vague=False,
        said="2021-10-15 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DVSALET21,
        published="2021-10-15",
    ),
    # Insolvency Service, 'The Insolvency Service annual plan 2020 to 2021' on GOV.UK ('Published 3 November 2020'), Open Government Licence v3.0; zone Europe/London (GMT); no hour given, said 3 November 2020 10:00 GMT. Foreword of the Chief Executive: the plan 'has been developed', done: past (CONVENTIONS 2.4)
    B(
        text="This year the plan has been developed against the backdrop of the COVID-19 pandemic, which has impacted on the economy in an unprecedented way.",
        due=None,
        vague=False,
        said="2020-11-03 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_INSPLAN20,
        published="2020-11-03",
    ),
    # the same foreword: 'this year' falls due at the end of the calendar year of speaking (parser docstring: a period at its end) [local due 2020-12-31 23:59:59]. unsure: in an annual plan 'this year' may be the plan's year 2020 to 2021, and a careful reader could give 31 March 2021 (GB fiscal year)
    B(
        text="Our objectives for this year include ensuring that this legislation delivers the intended support to businesses and that the agency is able to respond effectively to the new demands on its operational services resulting from COVID-19.",
        due="2020-12-31 23:59:59",
        vague=False,
        said="2020-11-03 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_INSPLAN20,
        published="2020-11-03",
    ),
    # the same foreword: the work is to be completed during 2020/21 (the GB fiscal year ending 31 March 2021) and the solution to go live in 2021; of the two times the later counts (CONVENTIONS 6.1, 6.2) [local due 2021-12-31 23:59:59]. unsure: the undertaking of the speaker is the completion of the work, and a careful reader could give its own period's end, 31 March 2021
    B(
        text="During 2020/21, we will also complete the work for a new Breathing Space solution which will go live in 2021.",
        due="2021-12-31 23:59:59",
        vague=False,
        said="2020-11-03 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_INSPLAN20,
        published="2020-11-03",
    ),
    # the same foreword: 'a challenging year' describes the year; no act is set a time: due None, no refusal word
    B(
        text="This will be a challenging year for the agency as it supports businesses and individuals impacted by COVID-19.",
        due=None,
        vague=False,
        said="2020-11-03 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_INSPLAN20,
        published="2020-11-03",
    ),
    # Insolvency Service, 'The Insolvency Service annual plan 2021 to 2022' on GOV.UK ('Published 10 September 2021'), Open Government Licence v3.0; zone Europe/London (BST); no hour given, said 10 September 2021 10:00 BST. Foreword of the Chair: the introduction is made as spoken, '2021-2022' names the plan, and the only date of an act, April 2021, is past: past. unsure: a careful reader could give due None and no refusal word (the introduction is done as spoken)
    B(
        text="I am delighted to introduce the Insolvency Service’s annual plan for 2021-2022, having been appointed Chair of the Insolvency Service Board in April 2021.",
        due=None,
        vague=False,
        said="2021-09-10 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_INSPLAN21,
        published="2021-09-10",
    ),
    # the same foreword: the strategy is launched as spoken and 'five-year' names its span, which the sentence does not start: due None, no refusal word
    B(
        text="This is an exciting and important time for the Insolvency Service as we launch our new five-year strategy.",
        due=None,
        vague=False,
        said="2021-09-10 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_INSPLAN21,
        published="2021-09-10",
    ),
    # the same foreword: 'five-year' names the strategy; nothing is set a time: due None, no refusal word
    B(
        text="Our published five-year strategy sets out our strategic direction that will ensure the agency can play a central role in supporting the country’s economic recovery from coronavirus (COVID-19).",
        due=None,
        vague=False,
        said="2021-09-10 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_INSPLAN21,
        published="2021-09-10",
    ),
    # the same foreword: a commitment for 'this year' falls due at the end of the calendar year of speaking [local due 2021-12-31 23:59:59]. unsure: in an annual plan 'this year' may be the plan's year 2021 to 2022, and a careful reader could give 31 March 2022 (GB fiscal year)
    B(
        text="As an important first step in this ambition, we are committed this year to putting customer satisfaction and real-life impacts at the heart of our services through, for example:",
        due="2021-12-31 23:59:59",
        vague=False,
        said="2021-09-10 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_INSPLAN21,
        published="2021-09-10",
    ),
    # the same foreword (a point of the list): 'already this year we have launched' tells of a done act: past (CONVENTIONS 2.4)
    B(
        text="developing statutory debt repayment plans: already this year we have launched Breathing Space, a service that gives those in problem debt legal protection from their creditors whilst they receive help from regulated debt advisors.",
        due=None,
        vague=False,
        said="2021-09-10 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_INSPLAN21,
        published="2021-09-10",
    ),
    # the same foreword: the development is to begin with no time given, and 'over a manageable timeframe' is the span of the plans: due None, no refusal word
    B(
        text="Following on from this success, we shall begin the development of statutory debt repayment plans, which will allow eligible individuals to enter into a formal agreement with their creditors to repay their debts over a manageable timeframe.",
        due=None,
        vague=False,
        said="2021-09-10 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_INSPLAN21,
        published="2021-09-10",
    ),
    # the same foreword (a point of the list): an average of 14 days for each claim is a standing target for a class of cases: recurring (CONVENTIONS 1.3)
    B(
        text="processing redundancy payment claims in an average time of 14 days or less, allowing people who lose their jobs suddenly to be paid quickly.",
        due=None,
        vague=False,
        said="2021-09-10 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_INSPLAN21,
        published="2021-09-10",
    ),
    # Insolvency Service news story 'Changes to Insolvency Service fees' on GOV.UK, Open Government Licence v3.0; the stored copy shows no date: the story was published on 23 October 2015 (wired-gov.net's copy of the same story is dated '23 Oct 2015 04:05 PM'; the change it announces falls on 16 November 2015); zone Europe/London (BST); no hour taken from the page, said 23 October 2015 10:00 BST. Fees coming into force on a day: end of that day (CONVENTIONS 3.1) [local due 2015-11-16 23:59:59]
    B(
        text="Revised fees for bankruptcies and company insolvencies will come into force on 16 November 2015.",
        due="2015-11-16 23:59:59",
        vague=False,
        said="2015-10-23 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_INSFEES15,
        published="2015-10-23",
    ),
    # the same story: a standing annual review: recurring (CONVENTIONS 1.3)
    B(
        text="Fees and charges are reviewed annually.",
        due=None,
        vague=False,
        said="2015-10-23 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_INSFEES15,
        published="2015-10-23",
    ),
    # the same story: the analysis is set only 'before considering increases', an undated event; 'recent' is of past changes: event (CONVENTIONS 1.3)
    B(
        text="The impact of recent changes to the Debt Relief Order regime and proposals to take debtor’s petitions out of the court will be analysed before considering increases in the debtor’s petition deposit.",
        due=None,
        vague=False,
        said="2015-10-23 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_INSFEES15,
        published="2015-10-23",
    ),
    # the same story (a note to the table): a standing rule for every petition, 'when an insolvency petition is presented': recurring (CONVENTIONS 1.3). unsure: a careful reader could call a time hung on each case's undated petition 'event' (CONVENTIONS 1.3, second part)
    B(
        text="A deposit is paid when an insolvency petition is presented to help pay for the costs of the administration of the case.",
        due=None,
        vague=False,
        said="2015-10-23 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_INSFEES15,
        published="2015-10-23",
    ),
    # the same story (a note to the table): charged 'in every ... case on the making of' an order, a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="The case administration fee is a fee charged by the Insolvency Service in every bankruptcy and winding up case on the making of a bankruptcy or winding up order.",
        due=None,
        vague=False,
        said="2015-10-23 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_INSFEES15,
        published="2015-10-23",
    ),
    # NOAA National Weather Service, Service Change Notice 11-10, National Weather Service Headquarters Washington DC, '300 PM EST Thu Feb 10 2011' (public domain, US federal government work); zone America/New_York; said 10 February 2011 15:00 EST. The statement of 22 August 2008 is past: past
    B(
        text="This announcement is a follow-up to the Public Information Statement entitled, Public Comments Solicited on Experimental Common Alerting Protocol Version 1.1 Messages, from August 22, 2008.",
        due=None,
        vague=False,
        said="2011-02-10 20:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NWSSCN11,
        published="2011-02-10",
    ),
    # the same notice: the replacement on 15 March 2011, end of the day in the publisher's zone (EDT from 13 March 2011) (CONVENTIONS 3.1) [local due 2011-03-15 23:59:59]
    B(
        text="The new date for replacement is March 15, 2011, coincident with the CAP v1.1 feeds becoming operational.",
        due="2011-03-16 03:59:59",
        vague=False,
        said="2011-02-10 20:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NWSSCN11,
        published="2011-02-10",
    ),
    # the same notice: an announcement of 30 September 2010: past
    B(
        text="The Federal Emergency Management Agency (FEMA) announced the adoption of CAP v1.2 as the standard for emergency alerts in a press release on September 30, 2010.",
        due=None,
        vague=False,
        said="2011-02-10 20:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NWSSCN11,
        published="2011-02-10",
    ),
    # the same notice: 'during the Spring/Summer of 2011' is a range of seasons that falls due at its later end, the end of summer 2011, 31 August (meteorological seasons, parser docstring; a range at its later end) [local due 2011-08-31 23:59:59]
    B(
        text="The NWS is beginning work on CAP v1.2 and expects to offer an experimental CAP v1.2 feed of NWS alerts during the Spring/Summer of 2011.",
        due="2011-09-01 03:59:59",
        vague=False,
        said="2011-02-10 20:00:00",
        tz="America/New_York",
        cluster=3,
        source=_NWSSCN11,
        published="2011-02-10",
    ),
    # NOAA National Weather Service, 'National Weather Service Modernization and Associated Restructuring', Federal Register Vol. 60, No. 245 (Thursday, December 21, 1995), on govinfo.gov (public domain, US federal government work); zone America/New_York (EST); no hour given, said 21 December 1995 10:00 EST. 60 days given to the public from the notice (a span from publication in the Federal Register counts from the reference, parser docstring; CONVENTIONS 1.2): 19 February 1996 [local due 1996-02-19 23:59:59]. unsure: the DATES line of the same notice gives 20 February 1996, and a careful reader could count from the day after publication
    B(
        text="In accordance with Public Law 102-567, the public will have 60 days in which to comment on these proposed consolidation certifications.",
        due="1996-02-20 04:59:59",
        vague=False,
        said="1995-12-21 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_NWSFR95,
        published="1995-12-21",
    ),
    # the same notice (DATES; the label 'DATES:' is left out): end of 20 February 1996 [local due 1996-02-20 23:59:59]
    B(
        text="Comments are requested by February 20, 1996.",
        due="1996-02-21 04:59:59",
        vague=False,
        said="1995-12-21 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NWSFR95,
        published="1995-12-21",
    ),
    # National Institute of Standards and Technology, news item 'NIST Extends Proposal Deadline for Construction Grant Program' on nist.gov (public domain, US federal government work); the stored page shows no date: the address gives July 2008 and the words place it after the failed deadline of Monday 21 July 2008 and before the notice of the extension (Federal Register, 29 July 2008), so it is taken as Tuesday 22 July 2008, 10:00 EDT; no label here depends on which of those days it was. The new deadline, 3 p.m. EDT on Friday 1 August 2008 (the dateline 'today' is of the announcement, CONVENTIONS 2.2) [local due 2008-08-01 15:00:00]
    B(
        text="GAITHERSBURG, MD -- The National Institute of Standards and Technology (NIST) announced today that it is extending the deadline of a solicitation for grant proposals for the construction of science research buildings until 3 p.m. EDT, Friday, August 1, 2008.",
        due="2008-08-01 19:00:00",
        vague=False,
        said="2008-07-22 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NISTNEWS08,
        published="2008-07-22",
    ),
    # the same item: the original deadline, replaced and gone by: past
    B(
        text="The original deadline was 3 p.m. EDT, on Monday, July 21, 2008, but technical difficulties that day at the Web site that accepted electronic submissions prevented some applications from being received.",
        due=None,
        vague=False,
        said="2008-07-22 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NISTNEWS08,
        published="2008-07-22",
    ),
    # the same item: 'announced ... on May 20', a past verb with a year-less date: past
    B(
        text="The competition, announced by NIST on May 20, is a solicitation for proposals for the construction of new buildings or the expansion of existing buildings at institutions of higher education and nonprofit organizations.",
        due=None,
        vague=False,
        said="2008-07-22 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NISTNEWS08,
        published="2008-07-22",
    ),
    # the same item: the window, 21 July 2008 15:00 to 23:59 EDT, is past; what is promised is a ruling on proposals already received: past. unsure: a careful reader could read the hours as the time of the sentence, a range falling due at its later end, 21 July 2008 23:59 EDT (itself past)
    B(
        text="NIST will deem all electronic proposals received on July 21, 2008, between the announced deadline of 3 p.m. and 11:59 p.m. EDT to have been submitted on time.",
        due=None,
        vague=False,
        said="2008-07-22 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NISTNEWS08,
        published="2008-07-22",
    ),
    # the same item: the window ends with 'the date of publication of the notice', an undated event: event (CONVENTIONS 1.3). The page's 'p.m,' is kept
    B(
        text="Paper proposals submitted between the July 21, 3 p.m, deadline and the date of publication of the notice announcing the extended deadline will also be deemed to have been submitted on time.",
        due=None,
        vague=False,
        said="2008-07-22 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NISTNEWS08,
        published="2008-07-22",
    ),
    # the same item: accepted until 3 p.m. EDT on Friday 1 August 2008 (CONVENTIONS 3.3) [local due 2008-08-01 15:00:00]
    B(
        text="NIST also will accept proposals submitted on paper until the new deadline of 3 p.m. EDT, Friday, August 1, 2008.",
        due="2008-08-01 19:00:00",
        vague=False,
        said="2008-07-22 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NISTNEWS08,
        published="2008-07-22",
    ),
    # National Institute of Standards and Technology, 'Technology Innovation Program Extension of Due Date for Proposals', Federal Register Vol. 74, No. 126 (Thursday, July 2, 2009), on GPO's edocket (public domain, US federal government work); zone America/New_York (EDT); no hour given, said 2 July 2009 10:00 EDT. (SUMMARY; the label is left out.) The extended deadline, 3 p.m. Eastern Time on Tuesday 7 July 2009 [local due 2009-07-07 15:00:00]
    B(
        text="Due to technical difficulties, NIST is extending the deadline for proposal submission for its Technology Innovation Program competition to 3 p.m. Eastern Time, Tuesday, July 7, 2009.",
        due="2009-07-07 19:00:00",
        vague=False,
        said="2009-07-02 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NISTTIP09,
        published="2009-07-02",
    ),
    # the same notice: 'the extended time period' is a window this sentence does not date: event (CONVENTIONS 1.3; page: 7 July 2009 15:00 EDT, the sentence before). unsure: a careful reader could give due None and no refusal word (the sentence limits the form of submissions)
    B(
        text="NIST will accept only paper submissions during the extended time period.",
        due=None,
        vague=False,
        said="2009-07-02 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NISTTIP09,
        published="2009-07-02",
    ),
    # the same notice (DATES; the label is left out): 3 p.m. Eastern Time on 7 July 2009 [local due 2009-07-07 15:00:00]
    B(
        text="Paper submissions must be received no later than 3 p.m. Eastern Time, Tuesday, July 7, 2009.",
        due="2009-07-07 19:00:00",
        vague=False,
        said="2009-07-02 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NISTTIP09,
        published="2009-07-02",
    ),
    # the same notice: 'by the end of November 2009', the end of the month [local due 2009-11-30 23:59:59]
    B(
        text="Review, selection, and grant award processing is expected to be completed by the end of November 2009.",
        due="2009-12-01 04:59:59",
        vague=False,
        said="2009-07-02 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_NISTTIP09,
        published="2009-07-02",
    ),
    # the same notice (SUPPLEMENTARY INFORMATION): an announcement of 31 March 2009: past
    B(
        text="On March 31, 2009, the National Institute of Standards and Technology's (NIST) Technology Innovation Program (TIP) announced that it was soliciting high-risk, high reward research and development proposals for financial assistance (74 FR 14523).",
        due=None,
        vague=False,
        said="2009-07-02 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NISTTIP09,
        published="2009-07-02",
    ),
    # the same notice: the former due date, 23 June 2009, gone by ('was'): past
    B(
        text="The due date for submission of all proposals was 3 p.m. Eastern Time, Tuesday, June 23, 2009.",
        due=None,
        vague=False,
        said="2009-07-02 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NISTTIP09,
        published="2009-07-02",
    ),
    # the same notice: 23 June 2009, past: past
    B(
        text="Due to technical difficulties some proposers were unable to submit their proposals electronically on Tuesday, June 23, 2009.",
        due=None,
        vague=False,
        said="2009-07-02 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NISTTIP09,
        published="2009-07-02",
    ),
    # National Institute of Standards and Technology, 'Request for Information on Implementation of the United States Government National Standards Strategy for Critical and Emerging Technology (USG NSSCET); Extension of Comment Period', Federal Register Vol. 88, No. 213 (Monday, November 6, 2023), on govinfo.gov (public domain, US federal government work); zone America/New_York (EST); no hour given, said 6 November 2023 10:00 EST. (SUMMARY; the label is left out.) The comment period runs until 22 December 2023, end of the day (CONVENTIONS 3.3) [local due 2023-12-22 23:59:59]
    B(
        text="The National Institute of Standards and Technology (NIST) is extending the period for submitting comments to support the development of an implementation plan for the United States Government National Standards Strategy for Critical and Emerging Technology (USG NSSCET) until December 22, 2023.",
        due="2023-12-23 04:59:59",
        vague=False,
        said="2023-11-06 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NISTNSS23,
        published="2023-11-06",
    ),
    # the same notice: a request published on 7 September 2023: past
    B(
        text="In a Request for Information (RFI) that published in the Federal Register on September 7, 2023, NIST requested information on behalf of the U.S. Department of Commerce and the U.S. Government to support the development of an implementation plan for the United States Government National Standards Strategy for Critical and Emerging Technology (USG NSSCET).",
        due=None,
        vague=False,
        said="2023-11-06 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NISTNSS23,
        published="2023-11-06",
    ),
    # Food and Drug Administration, 'Select Updates for Recommendations for Clinical Laboratory Improvement Amendments of 1988 Waiver Applications ...; Extension of Comment Period', Federal Register Volume 83, Issue 18 (January 26, 2018), FR Doc 2018-01349, carried whole by thefederalregister.org (public domain, US federal government work); zone America/New_York (EST); no hour given, said 26 January 2018 10:00 EST. The only date is that of the notice of 29 November 2017, in the past; the extension's new end is not in the sentence: past. unsure: a careful reader could give due None and no refusal word (the extending is done as spoken, with no end named)
    B(
        text="The Food and Drug Administration (FDA or the Agency) is extending the comment period for the notice of availability that appeared in the Federal Register of November 29, 2017.",
        due=None,
        vague=False,
        said="2018-01-26 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FDACLIA18,
        published="2018-01-26",
    ),
    # the same notice: 'additional time' is given no length or end: due None, no refusal word
    B(
        text="The Agency is taking this action in response to a request for an extension to allow interested persons additional time to submit comments.",
        due=None,
        vague=False,
        said="2018-01-26 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FDACLIA18,
        published="2018-01-26",
    ),
)
