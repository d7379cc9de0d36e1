"""A TWELFTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-02 (UTC) by a labelling helper (branch issue12l-s11b)
that neither changed nor ran the parser: it read only the conventions written in the
docstrings (`blind_real.py`, the parser package's docstring, `blind_fresh10.py` and its
comments), the README next to this file and the scoring rule of `bench/deadlines.py` (a
case is right when both say no deadline, or the due instant agrees to the minute and, for a
case labelled vague, the parser's result is vague too). The sentences were found with a
search over stored copies of public pages and taken as they came in the pages read: UK
Parliament (Commons and Lords debates, business statements and written answers on the
historic-Hansard site, hansard.parliament.uk and publications.parliament.uk, and the
written-statements pages of parliament.uk); gov.uk releases of the Rural Payments Agency
(one carried by GovWire) and Ofgem consultations (carried by document-sharing sites); Dáil
and Seanad debates and answers on oireachtas.ie and KildareStreet; kremlin.ru (one page
carried by foreignaffairs.co.nz); Council of the EU and European Council press material
(republished verbatim by a blog); US federal agencies (Fish and Wildlife Service, Forest
Service, NOAA and NMFS, NIH, USDA, FAA and NASA notices, in the Federal Register on GPO
Access, govinfo, federalregister.gov, Justia, federal.elaws.us, Scribd, LPI, vdocuments
and AIBS's weekly summaries) and the White House (a briefing quoted by The Hill, the 2017
digest of White House announcements); one Wikinews article; see README.md ("Twelfth fresh
blind set") for every address. No address listed in README.md, in a `#`
header under `tests/data/articles/` or `tests/data/agreement/`, or in the shared claims
file (other labellers' and the tuner's pages) was used: each was checked against those
lists and claimed before a quote was taken; and no sentence already in another set. Each
label was worked out by hand from the words, the publication date and the publisher's zone
alone; the UTC wall times were computed from local times with the standard library's
zoneinfo, never with project code. No run of `parse_deadline`, `interpret_deadline`,
`bench/deadlines.py` or the tests touched these texts before the labels were committed;
the helpers improving the parser have not seen them.

Same conventions as `blind_real.py` (its docstring) and the earlier fresh sets: the
publisher's zone (UK Parliament and gov.uk: Europe/London; Oireachtas: Europe/Dublin;
kremlin.ru: Europe/Moscow; the Council of the EU: Europe/Brussels; US federal publishers
and the White House: America/New_York; Wikinews: UTC);
the publication date at 10:00 local unless the source gives the time of speaking; a day
falls due at 23:59:59 local; a clock time with a zone word is that instant ("ET" and
"Eastern Daylight Time" as the Eastern zone's time that day); a clock time without one is
in the publisher's zone, and "close of business" is 17:00; "2 o'clock" and "7 o'clock" in
a sitting-day schedule are afternoon and evening hours; a range of days or times ("August
16-17, 2011", "8:30 a.m. to 5 p.m. each day") falls due at its later end; vague windows as
in the parser's docstring (60 days for "shortly", "in due course" and "as soon as
possible", here also "as quickly as possible"; 7 days for "the coming days"); "later
today" runs to the day's end; early/mid/late split a period in thirds ("early in 2012" is
January-April); "in the new year" is early next year and vague; seasons are meteorological
("the autumn" ends 30 November); fiscal years end where the publisher's country puts them
(GB "2020-21": 31 March 2021); "next week (week of <Monday>)" runs to that week's Sunday;
"midnight on <day>" is the end of that day; "1200 hrs, A.l.t." is noon Alaska time, and
"5 p.m., local time" in a notice of the Honolulu office is read as Hawaii time (unsure);
refusals have `due=None` and a `refusal` kind (earliest | negated | past | event |
recurring), with `earliest` (00:00 local of that day) for earliest-only wording ("with
effect from October 2000"). Where the carrying page shows no date, the comment says which
reference was taken and whether the label depends on it. Labels marked "unsure" in their
comment are the ones a reviewer may argue (the comment names the other reading); like
every label here they stay as committed, whatever the first run shows. First run: not yet
taken (the lead runs it once, after merging, and records it in README.md). Never edit
these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

FRESH12_CASES: tuple[BlindCase, ...] = (
    # Dáil, Tuesday 20 May 2008 at 3:00 pm (KildareStreet; Irish summer time): 'shortly' is the vague 60 days: 19 July 2008, end of day (IST)
    B(
        text='I am studying the implications of the Bill and hope to be in a position to present it to the Government shortly.',
        due='2008-07-19 22:59:59',
        vague=True,
        said='2008-05-20 14:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.kildarestreet.com/debate/?id=2008-05-20.219.5',
        published='2008-05-20',
    ),
    # the same answer: 'in the autumn' is meteorological autumn 2008, ending 30 November 2008, end of day (GMT)
    B(
        text='I hope to publish the forestry Bill in the autumn.',
        due='2008-11-30 23:59:59',
        vague=False,
        said='2008-05-20 14:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.kildarestreet.com/debate/?id=2008-05-20.219.5',
        published='2008-05-20',
    ),
    # Dáil, Thursday 22 November 2007 at 3:00 pm (KildareStreet): 'shortly' is the vague 60 days: 21 January 2008, end of day (GMT)
    B(
        text='The draft scheme of the new forestry Bill will be submitted to the Government shortly for approval to be sent to the Office of the Parliamentary Counsel for drafting.',
        due='2008-01-21 23:59:59',
        vague=True,
        said='2007-11-22 15:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.kildarestreet.com/debate/?id=2007-11-22.249.10',
        published='2007-11-22',
    ),
    # the same answer: 'commenced in May 1998' reports the past; '1946' names an Act: past
    B(
        text='The consultation process commenced in May 1998 with the establishment of a legislative review group with responsibility for, inter alia, evaluating the operation of the Forestry Acts, identifying and assessing the strengths and weaknesses of existing forestry legislation and making recommendations regarding the legislative framework.',
        due=None,
        vague=False,
        said='2007-11-22 15:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source='https://www.kildarestreet.com/debate/?id=2007-11-22.249.10',
        published='2007-11-22',
    ),
    # Federal Register of Wednesday 12 February 2014 (FWS, Hawaiian hawk): 'no later than April 14, 2014', end of day Eastern (EDT)
    B(
        text='To ensure that we are able to consider your comments and information, they must be received or postmarked no later than April 14, 2014.',
        due='2014-04-15 03:59:59',
        vague=False,
        said='2014-02-12 15:00:00',
        tz='America/New_York',
        cluster=6,
        source='http://www.fws.gov/policy/library/2014/2014-02982.html',
        published='2014-02-12',
    ),
    # the same notice: '2008 comment period' and '2009 reopened comment periods' look back; the sentence sets no deadline: past
    B(
        text='Comments submitted during the 2008 comment period and 2009 reopened comment periods do not need to be resubmitted, and will be fully considered in preparation of our final rule.',
        due=None,
        vague=False,
        said='2014-02-12 15:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=1,
        source='http://www.fws.gov/policy/library/2014/2014-02982.html',
        published='2014-02-12',
    ),
    # Federal Register of Thursday 10 April 2014 (FWS, yellow-billed cuckoo): 'the close of business on April 25, 2014' is 17:00 Eastern (EDT)
    B(
        text='We request that comments on this proposal be submitted by the close of business on April 25, 2014.',
        due='2014-04-25 21:00:00',
        vague=False,
        said='2014-04-10 14:00:00',
        tz='America/New_York',
        cluster=2,
        source='http://www.fws.gov/policy/library/2014/2014-07986.html',
        published='2014-04-10',
    ),
    # the same notice: 'On December 26, 2013, we reopened ... for an additional 60 days' reports a past reopening; the 60 days ran from a past anchor: past
    B(
        text='On December 26, 2013, we reopened the comment period for an additional 60 days to ensure the public had sufficient time to comment on the proposal for this species.',
        due=None,
        vague=False,
        said='2014-04-10 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source='http://www.fws.gov/policy/library/2014/2014-07986.html',
        published='2014-04-10',
    ),
    # Federal Register of Wednesday 12 November 2014 (FWS, cuckoo critical habitat): close of business on 12 January 2015 is 17:00 Eastern (EST)
    B(
        text='We request that comments on this proposal be submitted by the close of business on January 12, 2015.',
        due='2015-01-12 22:00:00',
        vague=False,
        said='2014-11-12 15:00:00',
        tz='America/New_York',
        cluster=2,
        source='http://www.fws.gov/policy/library/2014/2014-26685.html',
        published='2014-11-12',
    ),
    # Federal Register of Monday 10 February 2014 (FWS, gray wolf): 'for 45 days' from publication is 27 March 2014, end of day Eastern (EDT)
    B(
        text='We are reopening the comment period for 45 days to allow all interested parties an opportunity to comment on our proposed rule in light of the peer review report on this proposal.',
        due='2014-03-28 03:59:59',
        vague=False,
        said='2014-02-10 15:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://www.fws.gov/policy/library/2014/2014-02817.html',
        published='2014-02-10',
    ),
    # the same notice: 'scheduled to close on March 27, 2014', end of day Eastern (EDT)
    B(
        text='The comment period is scheduled to close on March 27, 2014.',
        due='2014-03-28 03:59:59',
        vague=False,
        said='2014-02-10 15:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://www.fws.gov/policy/library/2014/2014-02817.html',
        published='2014-02-10',
    ),
    # Federal Register of 21 July 2011 (Forest Service meeting notice, carried by AIBS's weekly summary): 'August 16-17, 2011' is a range of days, due at its later end: 17 August 2011, end of day Eastern (EDT)
    B(
        text='The meeting will be held August 16-17, 2011.',
        due='2011-08-18 03:59:59',
        vague=False,
        said='2011-07-21 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='http://www.aibs.org/federal-register-resource/2011_07_22.html',
        published='2011-07-21',
    ),
    # the same notice: 'by August 1, 2011', end of day Eastern (EDT); '5500W', '1099 14th Street' and '(202) 205-1530' are an address and a fax number
    B(
        text='Individuals who wish to speak at the meeting or to propose agenda items must send their names and proposals by August 1, 2011 to Daina Apple, Designated Federal Officer, Forestry Research Advisory Council, USDA Forest Service Research and Development, 1400 Independence Ave., SW., Washington DC 20250-1120, or fax their names and proposed agenda items to (202) 205-1530.',
        due='2011-08-02 03:59:59',
        vague=False,
        said='2011-07-21 14:00:00',
        tz='America/New_York',
        cluster=1,
        source='http://www.aibs.org/federal-register-resource/2011_07_22.html',
        published='2011-07-21',
    ),
    # Federal Register of 10 May 2011 (NOAA IOOS notice, carried by AIBS's summary of the week of 13 May; the reference is the notice's own date): two days with two time ranges, due at the later end, 1 p.m. EDT on 12 May 2011
    B(
        text='The meeting is scheduled for May 11, 2011, between 9 a.m. and 5 p.m. and May 12, 2011 between 9 a.m. and 1 p.m., Eastern Daylight Time.',
        due='2011-05-12 17:00:00',
        vague=False,
        said='2011-05-10 14:00:00',
        tz='America/New_York',
        cluster=2,
        source='http://www.aibs.org/federal-register-resource/2011_05_13.html',
        published='2011-05-10',
    ),
    # AIBS summary of the Federal Register, week of 15 March 2013 (Forest Service call for nominations; the notice's own day is not shown, reference taken as 15 March 2013: the label holds for any day of March 2013): 'by April 29, 2013', end of day Eastern (EDT)
    B(
        text='Written nominations must be received by April 29, 2013.',
        due='2013-04-30 03:59:59',
        vague=False,
        said='2013-03-15 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='http://www.aibs.org/federal-register-resource/2013_03_15.html',
        published='2013-03-15',
    ),
    # the same notice: the vacancies 'will occur when current appointments expire in December 2013': end of December 2013, Eastern (EST); 'six' and 'five' are counts
    B(
        text='Therefore, the Secretary of Agriculture is seeking nominations to fill six vacancies on the Council, and five additional vacancies that will occur when current appointments expire in December 2013.',
        due='2014-01-01 04:59:59',
        vague=False,
        said='2013-03-15 14:00:00',
        tz='America/New_York',
        cluster=1,
        source='http://www.aibs.org/federal-register-resource/2013_03_15.html',
        published='2013-03-15',
    ),
    # Federal Register of 24 February 2012 (USDA advisory board, carried by AIBS): 'March 28-29, 2012', due at its later end: 29 March 2012, end of day Eastern (EDT)
    B(
        text='The National Agricultural Research, Extension, Education, and Economics Advisory Board will meet March 28-29, 2012.',
        due='2012-03-30 03:59:59',
        vague=False,
        said='2012-02-24 15:00:00',
        tz='America/New_York',
        cluster=3,
        source='http://www.aibs.org/federal-register-resource/2012_02_24.html',
        published='2012-02-24',
    ),
    # the same notice: 'up to two weeks after the meeting' counts from a meeting the sentence does not date: event
    B(
        text='The public may file written comments before or up to two weeks after the meeting with the contact person.',
        due=None,
        vague=False,
        said='2012-02-24 15:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source='http://www.aibs.org/federal-register-resource/2012_02_24.html',
        published='2012-02-24',
    ),
    # Federal Register of Tuesday 22 March 2011 (NIMH, IACC meeting, GPO Access): 'April 1st by 5 p.m. ET' is 17:00 Eastern (EDT) on 1 April 2011
    B(
        text='Deadlines: Notification of intent to present oral comments: April 1st by 5 p.m. ET.',
        due='2011-04-01 21:00:00',
        vague=False,
        said='2011-03-22 14:00:00',
        tz='America/New_York',
        cluster=2,
        source='http://edocket.access.gpo.gov/2011/2011-6727.htm',
        published='2011-03-22',
    ),
    # Federal Register of Monday 21 November 2011 (USDA, AC21 meeting, govinfo): the later day at the later time, 5 p.m. Eastern (EST) on 7 December 2011
    B(
        text='The meeting dates are December 6-7, 2011, 8:30 a.m. to 5 p.m. each day.',
        due='2011-12-07 22:00:00',
        vague=False,
        said='2011-11-21 15:00:00',
        tz='America/New_York',
        cluster=2,
        source='https://www.govinfo.gov/content/pkg/FR-2011-11-21/html/2011-30027.htm',
        published='2011-11-21',
    ),
    # the same notice: 'scheduled for December 6-7, 2011', due at its later end: 7 December 2011, end of day Eastern (EST); 'AC21' is a name
    B(
        text='The next meeting of the AC21 has been scheduled for December 6-7, 2011.',
        due='2011-12-08 04:59:59',
        vague=False,
        said='2011-11-21 15:00:00',
        tz='America/New_York',
        cluster=1,
        source='https://www.govinfo.gov/content/pkg/FR-2011-11-21/html/2011-30027.htm',
        published='2011-11-21',
    ),
    # Commons, Monday 17 March 1997 at 3.30 pm (business statement): 'prorogued on Friday 21 March' is 21 March 1997, end of day (GMT)
    B(
        text='The House will also wish to know that Parliament will be prorogued on Friday 21 March.',
        due='1997-03-21 23:59:59',
        vague=False,
        said='1997-03-17 15:30:00',
        tz='Europe/London',
        cluster=6,
        source='https://api.parliament.uk/historic-hansard/commons/1997/mar/17/business-of-the-house',
        published='1997-03-17',
    ),
    # the same statement: the motion is tabled 'later today', the end of 17 March 1997 (GMT); 'tomorrow' is when it is set down for business.
    # unsure: a reader may track the later date, the commencement of business tomorrow (18 March 1997)
    B(
        text='I shall be tabling a motion later today, which will be set down for the commencement of business tomorrow.',
        due='1997-03-17 23:59:59',
        vague=False,
        said='1997-03-17 15:30:00',
        tz='Europe/London',
        cluster=3,
        source='https://api.parliament.uk/historic-hansard/commons/1997/mar/17/business-of-the-house',
        published='1997-03-17',
    ),
    # the same statement: 'a business statement later today' is due by the end of 17 March 1997 (GMT)
    B(
        text='Following discussions through the usual channels, which are already under way, I shall make a business statement later today setting out the detailed business for the remainder of the week.',
        due='1997-03-17 23:59:59',
        vague=False,
        said='1997-03-17 15:30:00',
        tz='Europe/London',
        cluster=4,
        source='https://api.parliament.uk/historic-hansard/commons/1997/mar/17/business-of-the-house',
        published='1997-03-17',
    ),
    # Lords, Wednesday 11 March 1992 at 6.20 p.m.: 'a further business Statement tomorrow' is 12 March 1992, end of day (GMT)
    B(
        text='I therefore intend to make a further business Statement tomorrow.',
        due='1992-03-12 23:59:59',
        vague=False,
        said='1992-03-11 18:20:00',
        tz='Europe/London',
        cluster=6,
        source='https://api.parliament.uk/historic-hansard/lords/1992/mar/11/future-business',
        published='1992-03-11',
    ),
    # the same statement: 'tomorrow's business' is 12 March 1992, end of day (GMT); 'Standing Order 44' is a number that is no time
    B(
        text="As I said to your Lordships in my earlier Statement, tomorrow's business will be as previously arranged, with the exception that the Third Reading of the Further and Higher Education (Scotland) Bill will be taken immediately after the Report stage, subject to the agreement of your Lordships to the suspension of Standing Order 44.",
        due='1992-03-12 23:59:59',
        vague=False,
        said='1992-03-11 18:20:00',
        tz='Europe/London',
        cluster=1,
        source='https://api.parliament.uk/historic-hansard/lords/1992/mar/11/future-business',
        published='1992-03-11',
    ),
    # the same statement: 'open for lunch on Friday' is Friday 13 March 1992 at lunchtime, which ends at 14:00 (GMT).
    # unsure: a reader may take the whole of Friday (end of day), or see a one-off opening rather than a deadline
    B(
        text='The Barry Room will, exceptionally, be open for lunch on Friday, as of course will the Dining Room.',
        due='1992-03-13 14:00:00',
        vague=False,
        said='1992-03-11 18:20:00',
        tz='Europe/London',
        cluster=2,
        source='https://api.parliament.uk/historic-hansard/lords/1992/mar/11/future-business',
        published='1992-03-11',
    ),
    # Commons, Thursday 11 July 1996 (business questions, time not shown: 10:00 BST taken): 'Until 2 o'clock' in a sitting-day schedule is 2 p.m. on Wednesday 17 July 1996 (BST)
    B(
        text="Wednesday 17 July--Until 2 o'clock, there will be debates on the motion for the Adjournment of the House.",
        due='1996-07-17 13:00:00',
        vague=False,
        said='1996-07-11 09:00:00',
        tz='Europe/London',
        cluster=2,
        source='https://publications.parliament.uk/pa/cm199596/cmhansrd/vo960711/debtext/60711-04.htm',
        published='1996-07-11',
    ),
    # the same statement: 'Until about 7 o'clock' on Tuesday 16 July is 7 p.m. (BST); '[19th Allotted Day]' is an ordinal that is no date
    B(
        text="Tuesday 16 July--Opposition Day [19th Allotted Day]. Until about 7 o'clock, there will be a debate on energy policy, followed by a debate on the role of the voluntary sector in British society.",
        due='1996-07-16 18:00:00',
        vague=False,
        said='1996-07-11 09:00:00',
        tz='Europe/London',
        cluster=1,
        source='https://publications.parliament.uk/pa/cm199596/cmhansrd/vo960711/debtext/60711-04.htm',
        published='1996-07-11',
    ),
    # the same statement: Friday 19 July 1996, end of day (BST)
    B(
        text='Friday 19 July--Debate on science policy and human genetics on a motion for the Adjournment of the House.',
        due='1996-07-19 22:59:59',
        vague=False,
        said='1996-07-11 09:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://publications.parliament.uk/pa/cm199596/cmhansrd/vo960711/debtext/60711-04.htm',
        published='1996-07-11',
    ),
    # the same statement: 'the following three days running up to the recess' is tied to the undated recess and gives no deadline: event
    B(
        text='I regret that I am not able to give details of business for the following three days running up to the recess.',
        due=None,
        vague=False,
        said='1996-07-11 09:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source='https://publications.parliament.uk/pa/cm199596/cmhansrd/vo960711/debtext/60711-04.htm',
        published='1996-07-11',
    ),
    # White House briefing of Friday 5 November 2021, quoted by The Hill (deputy press secretary's words; briefing in the afternoon, time not given: 10:00 EDT taken, the label does not depend on the hour): 'as quickly as possible' reads as 'as soon as possible', the vague 60 days: 4 January 2022, end of day Eastern (EST)
    B(
        text='He wants to move both of them forward as quickly as possible.',
        due='2022-01-05 04:59:59',
        vague=True,
        said='2021-11-05 14:00:00',
        tz='America/New_York',
        cluster=4,
        source='https://thehill.com/homenews/administration/580319-white-house-says-biden-will-sign-infrastructure-bill-as-soon-as-he',
        published='2021-11-05',
    ),
    # the same briefing: 'today' sits in the 'if' clause, the condition (the House passing the bill); the signing waits for that undated event: event.
    # unsure: a reader may take the end of today (5 November 2021) as the promised signing day
    B(
        text='If the infrastructure bill is passed today, he will sign it.',
        due=None,
        vague=False,
        said='2021-11-05 14:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=3,
        source='https://thehill.com/homenews/administration/580319-white-house-says-biden-will-sign-infrastructure-bill-as-soon-as-he',
        published='2021-11-05',
    ),
    # kremlin.ru, opening remarks at a meeting with Government members (the print page shows no date; from its content mid-January 2014, reference taken as 15 January 2014; the label does not depend on it): 'around once every two weeks' is a standing schedule: recurring
    B(
        text='For this reason, the Prime Minister and I decided that we would meet around once every two weeks here to discuss together the most sensitive and most important issues for us all.',
        due=None,
        vague=False,
        said='2014-01-15 06:00:00',
        tz='Europe/Moscow',
        refusal='recurring',
        cluster=5,
        source='http://en.kremlin.ru/events/president/news/20064/print',
        published='2014-01-15',
    ),
    # kremlin.ru, meeting with Government members, 10 July 2014 (Romodanovsky): 'within only a year instead of the usual eight' is the standing term for each applicant, not a deadline from now: recurring; '4 criteria' is a count
    B(
        text='Now those of our compatriots who meet the 4 criteria can apply for and obtain Russian citizenship within only a year instead of the usual eight.',
        due=None,
        vague=False,
        said='2014-07-10 06:00:00',
        tz='Europe/Moscow',
        refusal='recurring',
        cluster=5,
        source='http://en.special.kremlin.ru/catalog/keywords/104/events/46187',
        published='2014-07-10',
    ),
    # the same meeting: 'which came into effect on May 2' reports the past (a yearless date after a past verb): past
    B(
        text='In line with your instructions, Mr President, we drafted the law on reduced terms of obtaining Russian citizenship by compatriots, which came into effect on May 2.',
        due=None,
        vague=False,
        said='2014-07-10 06:00:00',
        tz='Europe/Moscow',
        refusal='past',
        cluster=5,
        source='http://en.special.kremlin.ru/catalog/keywords/104/events/46187',
        published='2014-07-10',
    ),
    # NASA Science Mission Directorate notice of Friday 11 October 2013, carried by LPI's Planetary News: 'next week (week of October 14, 2013)' is the Monday-to-Sunday week, due on its Sunday, 20 October 2013, end of day Eastern (EDT)
    B(
        text='Given the continuing Government shutdown, we expect to release amendments announcing the delay of proposal due dates next week (week of October 14, 2013).',
        due='2013-10-21 03:59:59',
        vague=False,
        said='2013-10-11 14:00:00',
        tz='America/New_York',
        cluster=4,
        source='https://www.lpi.usra.edu/planetary_news/2013/10/11/expected-amendments-to-smd-can-and-ao-due-dates/',
        published='2013-10-11',
    ),
    # the same notice: '03/31/14' is 31 March 2014 (month first, the only valid reading), end of day Eastern (EDT)
    B(
        text='NSPIRES cannot support a "TBD" date, thus the date within the system will arbitrarily be set to 03/31/14 – to be consistent with ROSES "TBD" date changes.',
        due='2014-04-01 03:59:59',
        vague=False,
        said='2013-10-11 14:00:00',
        tz='America/New_York',
        day_first=False,
        cluster=1,
        source='https://www.lpi.usra.edu/planetary_news/2013/10/11/expected-amendments-to-smd-can-and-ao-due-dates/',
        published='2013-10-11',
    ),
    # the same notice: 'Mars 2020' names a mission; the proposals are due 23 December 2013, end of day Eastern (EST); 'NNH13ZDA018O' is an identifier
    B(
        text='NNH13ZDA018O Mars 2020 Investigations Announcement of Opportunity (AO): Proposals currently due December 23, 2013.',
        due='2013-12-24 04:59:59',
        vague=False,
        said='2013-10-11 14:00:00',
        tz='America/New_York',
        cluster=1,
        source='https://www.lpi.usra.edu/planetary_news/2013/10/11/expected-amendments-to-smd-can-and-ao-due-dates/',
        published='2013-10-11',
    ),
    # the same notice: 'Earth Venture Instrument – 2' and 'EVI2' are names; due 7 November 2013, end of day Eastern (EST, after 3 November)
    B(
        text='NNH12ZDA006O-EVI2 Earth Venture Instrument – 2 Announcement of Opportunity (AO): Proposals currently due November 7, 2013.',
        due='2013-11-08 04:59:59',
        vague=False,
        said='2013-10-11 14:00:00',
        tz='America/New_York',
        cluster=1,
        source='https://www.lpi.usra.edu/planetary_news/2013/10/11/expected-amendments-to-smd-can-and-ao-due-dates/',
        published='2013-10-11',
    ),
    # the same notice: the decisions come 'at a later date' (undated); 'the end of October and early November' names the current due dates, not the decision: event
    B(
        text='Decisions on amending ROSES NOI and proposal due dates that are currently set to the end of October and early November will be made at a later date.',
        due=None,
        vague=False,
        said='2013-10-11 14:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=3,
        source='https://www.lpi.usra.edu/planetary_news/2013/10/11/expected-amendments-to-smd-can-and-ao-due-dates/',
        published='2013-10-11',
    ),
    # the same notice: the due date becomes "TBD" if the shutdown lasts: no date, tied to an undated event
    B(
        text='If the Government is still shutdown at the time these amendments are released, the due date will be set to "TBD".',
        due=None,
        vague=False,
        said='2013-10-11 14:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source='https://www.lpi.usra.edu/planetary_news/2013/10/11/expected-amendments-to-smd-can-and-ao-due-dates/',
        published='2013-10-11',
    ),
    # NASA Research Announcement IIP-2004 of 19 August 2004 (carried by vdocuments.mx): 'Notice of Intent Due: September 20, 2004', end of day Eastern (EDT)
    B(
        text='Notice of Intent Due: September 20, 2004',
        due='2004-09-21 03:59:59',
        vague=False,
        said='2004-08-19 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://vdocuments.mx/download/omb-approval-number-2700-0087-nasa-approval-number-2700-0087-national-aeronautics',
        published='2004-08-19',
    ),
    # the same announcement: 'three years' is the usual length of each award, not a deadline from now: recurring
    B(
        text='The typical period of performance for an award is three years.',
        due=None,
        vague=False,
        said='2004-08-19 14:00:00',
        tz='America/New_York',
        refusal='recurring',
        cluster=5,
        source='https://vdocuments.mx/download/omb-approval-number-2700-0087-nasa-approval-number-2700-0087-national-aeronautics',
        published='2004-08-19',
    ),
    # the same announcement: 'Proposals Due: November 2, 2004', end of day Eastern (EST)
    B(
        text='Proposals Due: November 2, 2004',
        due='2004-11-03 04:59:59',
        vague=False,
        said='2004-08-19 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://vdocuments.mx/download/omb-approval-number-2700-0087-nasa-approval-number-2700-0087-national-aeronautics',
        published='2004-08-19',
    ),
    # Lords written answers of Tuesday 8 November 2011 (Lord Taylor of Holbeach): of 'in the autumn' and 'early in 2012' the undertaking runs to its later end, early 2012 = January-April: 30 April 2012, end of day (BST).
    # unsure: a reader may take the initial response (autumn 2011, 30 November 2011), or refuse the sentence as a report of a past undertaking
    B(
        text='The Government undertook to provide an initial response to the report in the autumn and a final response early in 2012.',
        due='2012-04-30 22:59:59',
        vague=False,
        said='2011-11-08 10:00:00',
        tz='Europe/London',
        cluster=3,
        source='https://publications.parliament.uk/pa/ld201011/ldhansrd/text/111108w0001.htm',
        published='2011-11-08',
    ),
    # the same answer: 'shortly' is the vague 60 days: 7 January 2012, end of day (GMT)
    B(
        text="The Government's initial response to the task force will be published shortly on the Defra website.",
        due='2012-01-07 23:59:59',
        vague=True,
        said='2011-11-08 10:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://publications.parliament.uk/pa/ld201011/ldhansrd/text/111108w0001.htm',
        published='2011-11-08',
    ),
    # the same answer: 'early in the new year' is early 2012 (January-April), read as vague like 'in the new year': 30 April 2012, end of day (BST)
    B(
        text='The final response will be published early in the new year, and will set out our agenda for action.',
        due='2012-04-30 22:59:59',
        vague=True,
        said='2011-11-08 10:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://publications.parliament.uk/pa/ld201011/ldhansrd/text/111108w0001.htm',
        published='2011-11-08',
    ),
    # Lords written answer of Tuesday 26 April 2011 (Earl Howe): 'no other plans to provide ... in the next financial year' denies the period: negated
    B(
        text='The department currently has no other plans to provide ASH with funding in the next financial year.',
        due=None,
        vague=False,
        said='2011-04-26 09:00:00',
        tz='Europe/London',
        refusal='negated',
        cluster=4,
        source='https://publications.parliament.uk/pa/ld201011/ldhansrd/text/110426w0001.htm',
        published='2011-04-26',
    ),
    # the same answer: 'did not make a grant application' reports the past; '2011-12' names the fund's year: past
    B(
        text="ASH did not make a grant application to the department's Third Sector Investment Programme: Innovation, Excellence and Service Development Fund for 2011-12.",
        due=None,
        vague=False,
        said='2011-04-26 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://publications.parliament.uk/pa/ld201011/ldhansrd/text/110426w0001.htm',
        published='2011-04-26',
    ),
    # written statement of Friday 24 March 2017 (Lord Henley, parliament.uk written statements page): 'Today I will lay' is 24 March 2017, end of day (GMT)
    B(
        text='Today I will lay both these reports before Parliament',
        due='2017-03-24 23:59:59',
        vague=False,
        said='2017-03-24 10:00:00',
        tz='Europe/London',
        cluster=6,
        source='http://www.parliament.uk/business/publications/written-questions-answers-statements/written-statements/',
        published='2017-03-24',
    ),
    # the same statement: 'in November 2016 ... commissioned' is past; '32.0% and 33.3%' and 'Autumn Statement 2013' are numbers and a name: past
    B(
        text="In line with this method, in November 2016 the Government commissioned the Government Actuary to examine two scenarios for specified proportions (32.0% and 33.3%) that reflect the core principle announced in the Autumn Statement 2013 that people should spend 'up to one third' of their adult life drawing a State Pension.",
        due=None,
        vague=False,
        said='2017-03-24 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=1,
        source='http://www.parliament.uk/business/publications/written-questions-answers-statements/written-statements/',
        published='2017-03-24',
    ),
    # written statement of Tuesday 24 July 2018 (MHCLG, parliament.uk written statements page 5): 'the 2019 Spending Review' is dated by its year: the end of 2019 (GMT); 'from 2020-21' is when the confirmed funding starts.
    # unsure: a reader may refuse it (an event, or 'from 2020-21' as earliest-only), or take the end of the 2020-21 financial year
    B(
        text='Looking to the longer term, the 2019 Spending Review will confirm funding from 2020-21.',
        due='2019-12-31 23:59:59',
        vague=False,
        said='2018-07-24 09:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://www.parliament.uk/business/publications/written-questions-answers-statements/written-statements/?max=20&page=5',
        published='2018-07-24',
    ),
    # the same statement: 'in 2020-21' on a GB server is the financial year ending 31 March 2021, end of day (BST)
    B(
        text='The Government is working towards significant reform in the local government finance system in 2020-21, including an updated, more robust and transparent distribution methodology to set baseline funding levels, and resetting business rates baselines.',
        due='2021-03-31 22:59:59',
        vague=False,
        said='2018-07-24 09:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://www.parliament.uk/business/publications/written-questions-answers-statements/written-statements/?max=20&page=5',
        published='2018-07-24',
    ),
    # the same statement: 'has published' today is done; '2019-20', '75%' and '2019/20' name the documents: past
    B(
        text='Today, my department has published the “2019-20 Local Government Finance Settlement: technical consultation” as well as an “Invitation to Local Authorities in England to pilot 75% Business Rates Retention in 2019/20”.',
        due=None,
        vague=False,
        said='2018-07-24 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=1,
        source='https://www.parliament.uk/business/publications/written-questions-answers-statements/written-statements/?max=20&page=5',
        published='2018-07-24',
    ),
    # Commons written answer of Thursday 16 March 2000 (pilot schemes): 'March 2000' is the start, '07' and '29' are counts; 'to be followed by December' is 31 December 2000, end of day (GMT)
    B(
        text='Walk-in Centres with effect from March 2000: 07; to be followed by December by a further 29',
        due='2000-12-31 23:59:59',
        vague=False,
        said='2000-03-16 10:00:00',
        tz='Europe/London',
        cluster=1,
        source='https://api.parliament.uk/historic-hansard/written_answers/2000/mar/16/pilot-schemes',
        published='2000-03-16',
    ),
    # the same answer: 'with effect from October 2000' gives only a start: earliest 1 October 2000 (00:00 BST)
    B(
        text='Phase 4—with effect from October 2000: 5 new schemes to follow',
        due=None,
        vague=False,
        said='2000-03-16 10:00:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='2000-09-30 23:00:00',
        cluster=5,
        source='https://api.parliament.uk/historic-hansard/written_answers/2000/mar/16/pilot-schemes',
        published='2000-03-16',
    ),
    # the same answer: 'regularly ... generally on a three year basis' is a standing practice: recurring
    B(
        text='The Department regularly instigates a large number of pilot projects across a wide range of policy areas to assess their feasibility for possible national application, generally on a three year basis.',
        due=None,
        vague=False,
        said='2000-03-16 10:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=5,
        source='https://api.parliament.uk/historic-hansard/written_answers/2000/mar/16/pilot-schemes',
        published='2000-03-16',
    ),
    # Commons written statements of Thursday 11 February 2016 (student loan repayment strategy): 'during 2013 and 2014 recommended' reports the past: past
    B(
        text='Reviews of the student loan repayments system by the National Audit Office, the Public Accounts Committee and the Business, Innovation and Skills Committee during 2013 and 2014 recommended that the Government take further action to improve the repayment process.',
        due=None,
        vague=False,
        said='2016-02-11 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://hansard.parliament.uk/Commons/2016-02-11/debates/448b2179-a231-4257-b719-169e00770562/WrittenStatements',
        published='2016-02-11',
    ),
    # Seanad, Wednesday 16 July 2014 at 11:20 am (Order of Business, KildareStreet): 'at 6 p.m.' today is 18:00 Irish summer time; 'eight minutes' and 'five minutes' are limits on speaking, 'No. 65', 'No. 69' are item numbers
    B(
        text='I propose to amend the Order of Business, which currently provides that only Second Stage be taken at 6 p.m., with the contributions of group spokespersons not to exceed eight minutes and those of all other Senators not to exceed five minutes and the Minister to be given five minutes to reply, to specify that Committee and Remaining Stages be taken thereafter.',
        due='2014-07-16 17:00:00',
        vague=False,
        said='2014-07-16 10:20:00',
        tz='Europe/Dublin',
        cluster=1,
        source='https://www.kildarestreet.com/sendebates/?gid=2014-07-16a.61',
        published='2014-07-16',
    ),
    # the same speech: 'this evening' runs to the end of 16 July 2014 (IST); 'Bill 2014' is a name
    B(
        text='I thank Members for their agreement to taking all Stages of the Court of Appeal Bill 2014 this evening.',
        due='2014-07-16 22:59:59',
        vague=False,
        said='2014-07-16 10:20:00',
        tz='Europe/Dublin',
        cluster=1,
        source='https://www.kildarestreet.com/sendebates/?gid=2014-07-16a.61',
        published='2014-07-16',
    ),
    # Seanad, Tuesday 11 October 2016 at 3:30 pm (Order of Business, KildareStreet): 'on 18 October' is 18 October 2016, end of day (IST)
    B(
        text='Moreover, we will have the Minister for Children and Youth Affairs in the House on 18 October.',
        due='2016-10-18 22:59:59',
        vague=False,
        said='2016-10-11 14:30:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.kildarestreet.com/sendebates/?gid=2016-10-11a.188',
        published='2016-10-11',
    ),
    # the same speech: 'last Friday' looks back: past
    B(
        text="I participated in a spoken event in Cork last Friday in advance of this week's Mental Health Week.",
        due=None,
        vague=False,
        said='2016-10-11 14:30:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source='https://www.kildarestreet.com/sendebates/?gid=2016-10-11a.188',
        published='2016-10-11',
    ),
    # Seanad, Wednesday 25 June 2025 (Report Stage, KildareStreet; the page's '2:00 am' is no time of speaking, 10:00 IST taken, the label does not depend on it): '3 years from the date of the previous review' counts from an undated review: event
    B(
        text='The Minister will review the educational component of the scheme "not later than 3 years from the date of the previous review".',
        due=None,
        vague=False,
        said='2025-06-25 09:00:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=5,
        source='https://www.kildarestreet.com/sendebates/?gid=2025-06-25a.115',
        published='2025-06-25',
    ),
    # Dáil written answer of Tuesday 28 March 2023 (special needs assistants): 'over the four year scheme' names a period the sentence does not date; '1,300' and '3,500' are counts: event
    B(
        text='Approximately 1,300 SNAs have completed the course to date and it is intended that the programme will be delivered to up to 3,500 SNAs over the four year scheme funded by the Department of Education',
        due=None,
        vague=False,
        said='2023-03-28 09:00:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=1,
        source='http://beta.oireachtas.ie/en/debates/question/2023-03-28/section/355/',
        published='2023-03-28',
    ),
    # the same answer: 'after the four-year period has concluded' waits for the end of an undated period: event
    B(
        text='As outlined previously, reflecting ongoing engagement with stakeholders on SNA issues, my Department is committed to reviewing this programme after the four-year period has concluded.',
        due=None,
        vague=False,
        said='2023-03-28 09:00:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=5,
        source='http://beta.oireachtas.ie/en/debates/question/2023-03-28/section/355/',
        published='2023-03-28',
    ),
    # Seanad, Thursday 9 November 2023 (Commencement Matters): 'issued a formal statement at 9 a.m. this morning' reports the past: past
    B(
        text='Given that the Minister issued a formal statement at 9 a.m. this morning, I wish to formally record my thanks and appreciation to the Minister, his staff and his officials for the work they have done to arrive at this point.',
        due=None,
        vague=False,
        said='2023-11-09 10:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=2,
        source='https://www.oireachtas.ie/en/debates/debate/seanad/2023-11-09/5/member-speech/Simon-Harris.D.2011-03-09/',
        published='2023-11-09',
    ),
    # Rural Payments Agency press release on gov.uk (the stored page shows no date; 'less than a fortnight away' from 10 June puts it in late May 2016, reference taken as Friday 27 May 2016; the label holds for any day from 27 May to 9 June): 'before midnight on 10 June' is the end of 10 June 2016 (BST)
    B(
        text='With the final deadline to apply for the 2016 Basic Payment Scheme (BPS) less than a fortnight away, the Rural Payments Agency (RPA) is urging farmers to apply as soon as possible before midnight on 10 June.',
        due='2016-06-10 22:59:59',
        vague=False,
        said='2016-05-27 09:00:00',
        tz='Europe/London',
        cluster=3,
        source='https://www.gov.uk/government/news/final-deadline-to-apply-for-bps-2016-fast-approaching',
        published='2016-05-27',
    ),
    # the same release: '1% penalty for every working day ... after the initial 16 May deadline' is a standing rule counted from a past deadline: recurring
    B(
        text='Farmers still to apply for BPS this year incur a 1% penalty for every working day it is received after the initial 16 May deadline.',
        due=None,
        vague=False,
        said='2016-05-27 09:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=5,
        source='https://www.gov.uk/government/news/final-deadline-to-apply-for-bps-2016-fast-approaching',
        published='2016-05-27',
    ),
    # the same release: 'the last day ... is Monday 6 June' is 6 June 2016, end of day (BST)
    B(
        text='For those still wanting to submit on paper form, the last day to request one from the Rural Services helpline is Monday 6 June.',
        due='2016-06-06 22:59:59',
        vague=False,
        said='2016-05-27 09:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://www.gov.uk/government/news/final-deadline-to-apply-for-bps-2016-fast-approaching',
        published='2016-05-27',
    ),
    # the same release: 'from June' gives only the start of the reconciliation (the reference is in May): earliest 1 June 2016 (00:00 BST)
    B(
        text='The RPA will investigate all 2015 claim queries through a planned payment reconciliation process that will take place from June, once the 2016 application window closes.',
        due=None,
        vague=False,
        said='2016-05-27 09:00:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='2016-05-31 23:00:00',
        cluster=5,
        source='https://www.gov.uk/government/news/final-deadline-to-apply-for-bps-2016-fast-approaching',
        published='2016-05-27',
    ),
    # the same release: 'Until 10 June' is 10 June 2016, end of day (BST)
    B(
        text='Until 10 June, five online support centres across England are open to support farmers',
        due='2016-06-10 22:59:59',
        vague=False,
        said='2016-05-27 09:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://www.gov.uk/government/news/final-deadline-to-apply-for-bps-2016-fast-approaching',
        published='2016-05-27',
    ),
    # RPA release republished by GovWire (no date shown; 'just under one week to go' to 16 May puts it on about 10 May 2016, taken as the reference; the label holds for any day from 9 to 16 May): 'before midnight on Monday 16 May' is the end of 16 May 2016 (BST); '2015' names last year's claims
    B(
        text='Therefore the RPA is reminding everyone, including those with queries on their 2015 claim, to get this years application submitted before midnight on Monday 16 May.',
        due='2016-05-16 22:59:59',
        vague=False,
        said='2016-05-10 09:00:00',
        tz='Europe/London',
        cluster=1,
        source='http://govwire.co.uk/news/rural-payments-agency/less-than-one-week-to-go-until-2016-bps-deadline-4617',
        published='2016-05-10',
    ),
    # the same release: opening hours 'weekdays 8.30am to 5pm and at the weekend from 9am to 12.30pm' are a standing schedule; '03000 200 301' is a telephone number: recurring
    B(
        text='a dedicated Rural Services helpline 03000 200 301 open weekdays 8.30am to 5pm and at the weekend from 9am to 12.30pm',
        due=None,
        vague=False,
        said='2016-05-10 09:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=1,
        source='http://govwire.co.uk/news/rural-payments-agency/less-than-one-week-to-go-until-2016-bps-deadline-4617',
        published='2016-05-10',
    ),
    # the same release: the Q&A runs 'on Thursday 12 May from 6pm', a start with no end: earliest 12 May 2016 at 18:00 BST.
    # unsure: a reader may take the session's day as the date to track (12 May 2016, end of day, or 18:00)
    B(
        text='There will also be a BPS 2016 Twitter Q&A session #AskRPA on Thursday 12 May from 6pm to support farmers in their applications.',
        due=None,
        vague=False,
        said='2016-05-10 09:00:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='2016-05-12 17:00:00',
        cluster=2,
        source='http://govwire.co.uk/news/rural-payments-agency/less-than-one-week-to-go-until-2016-bps-deadline-4617',
        published='2016-05-10',
    ),
    # RPA release on gov.uk (no date shown; 'use the Bank Holiday' and 'just over two weeks to go' to 16 May put it at the end of April 2016, reference taken as Friday 29 April 2016; the label holds for any day from 25 April to 1 May): 'by the end of the week' is Sunday 1 May 2016, end of day (BST)
    B(
        text='Meanwhile, we are making good progress with 2015 bridging payments and are on track to pay all the remainder by the end of the week.',
        due='2016-05-01 22:59:59',
        vague=False,
        said='2016-04-29 09:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://gov.uk/government/news/nearly-50-of-bps-2016-applications-filed-or-in-train',
        published='2016-04-29',
    ),
    # Federal Register of 21 May 2008 (FAA airworthiness directive, carried by federal.elaws.us): 'effective June 25, 2008', end of day Eastern (EDT); 'L-1011' is a model
    B(
        text='This AD is effective June 25, 2008.',
        due='2008-06-26 03:59:59',
        vague=False,
        said='2008-05-21 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='http://federal.elaws.us/fr/5/21/2008/e8-10975',
        published='2008-05-21',
    ),
    # the same rule: the docket's hours 'between 9 a.m. and 5 p.m., Monday through Friday' are a standing schedule: recurring
    B(
        text='You may examine the AD docket on the Internet at http://www.regulations.gov;; or in person at the Docket Management Facility between 9 a.m. and 5 p.m., Monday through Friday, except Federal holidays.',
        due=None,
        vague=False,
        said='2008-05-21 14:00:00',
        tz='America/New_York',
        refusal='recurring',
        cluster=5,
        source='http://federal.elaws.us/fr/5/21/2008/e8-10975',
        published='2008-05-21',
    ),
    # Federal Register of 12 July 2005 (FAA, fuel tank safety): the extension of 30 July 2004 is past, but the date it set, 'to December 16, 2008', still lies ahead: 16 December 2008, end of day Eastern (EST).
    # unsure: a reader may refuse the sentence as a report of a past action
    B(
        text='On July 30, 2004, the FAA extended the date for operators to comply with the special maintenance program requirements for transport airplane fuel tank systems from December 6, 2004 to December 16, 2008.',
        due='2008-12-17 04:59:59',
        vague=False,
        said='2005-07-12 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='http://federal.elaws.us/fr/7/12/2005/05-13669',
        published='2005-07-12',
    ),
    # Federal Register of 6 January 2014 (FAA, Boeing 747 directive): 'effective February 10, 2014', end of day Eastern (EST)
    B(
        text='This AD is effective February 10, 2014.',
        due='2014-02-11 04:59:59',
        vague=False,
        said='2014-01-06 15:00:00',
        tz='America/New_York',
        cluster=6,
        source='http://federal.elaws.us/fr/1/6/2014/2013-31312',
        published='2014-01-06',
    ),
    # Federal Register of Friday 20 April 2007 (FAA proposed directive, carried by Scribd): 'by May 21, 2007', end of day Eastern (EDT)
    B(
        text='We must receive comments on this proposed AD by May 21, 2007.',
        due='2007-05-22 03:59:59',
        vague=False,
        said='2007-04-20 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://pt.scribd.com/document/2779116/Proposed-Rule-Airworthiness-directives',
        published='2007-04-20',
    ),
    # Federal Register of 13 January 2011 (FAA proposed directive, Justia): '4,600 flight cycles' is a count of flights after an undated inspection, not a span of time: event
    B(
        text='Within 4,600 flight cycles after the last inspection done in accordance with paragraph (g) of this AD.',
        due=None,
        vague=False,
        said='2011-01-13 15:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=1,
        source='https://regulations.justia.com/regulations/fedreg/2011/01/13/2011-586.html',
        published='2011-01-13',
    ),
    # Digest of Other White House Announcements, 2017 (dated 31 December 2017; entry of 21 January): 'schedule a meeting in the coming weeks' belongs to a call reported in the past: past
    B(
        text='During the day, the President had a telephone conversation with Prime Minister Justin P.J. Trudeau of Canada to discuss Canada-U.S. relations and schedule a meeting in the coming weeks.',
        due=None,
        vague=False,
        said='2017-12-31 15:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source='https://docslib.org/doc/12872520/administration-of-donald-j-trump-2017-digest-of-other-white-house',
        published='2017-12-31',
    ),
    # Council of the EU press release of 10 April 2025, 05:05 (soil monitoring law, republished verbatim by politikinewsaaa): 'by 2050' is the end of 2050 (CET); '95%', '25%' and '60%' are shares
    B(
        text='The provisional agreement maintains the aspirational, non-binding goal to achieve healthy soils by 2050.',
        due='2050-12-31 22:59:59',
        vague=False,
        said='2025-04-10 03:05:00',
        tz='Europe/Brussels',
        cluster=1,
        source='https://politikinewsaaa.blogspot.com/2025/04/council-of-european-unionupdate_10.html?m=1',
        published='2025-04-10',
    ),
    # Council of the EU press release of 13 June 2025, 12:35 (EU crime priorities): 'the next 4 years ( 2026-2029)' is a range of years, due at its later end, 31 December 2029 (CET)
    B(
        text='Today, the Council agreed on the EU’s priorities for fighting serious and organised crime in the next 4 years ( 2026-2029).',
        due='2029-12-31 22:59:59',
        vague=False,
        said='2025-06-13 10:35:00',
        tz='Europe/Brussels',
        cluster=1,
        source='https://politikinewsaaa.blogspot.com/2025/06/council-of-european-unioneurogroupupdate.html',
        published='2025-06-13',
    ),
    # Council of the EU press release of 19 May 2025, 17:06 (Entry/Exit System): 'over a period of six months' runs from a start the sentence does not date: event
    B(
        text='A provisional deal agreed today between the Council and the European Parliament allows member states to gradually introduce the Entry/Exit digital border management system (EES) over a period of six months.',
        due=None,
        vague=False,
        said='2025-05-19 15:06:00',
        tz='Europe/Brussels',
        refusal='event',
        cluster=5,
        source='https://politikinewsaaa.blogspot.com/2025/05/council-of-european-unionupdate_20.html?m=1',
        published='2025-05-19',
    ),
    # the same release: 'after the first month' of an undated start; '10%' is a share: event
    B(
        text='Under the phased deployment, member states will progressively start operating the EES and work towards a minimum registration of 10% of border crossings after the first month.',
        due=None,
        vague=False,
        said='2025-05-19 15:06:00',
        tz='Europe/Brussels',
        refusal='event',
        cluster=1,
        source='https://politikinewsaaa.blogspot.com/2025/05/council-of-european-unionupdate_20.html?m=1',
        published='2025-05-19',
    ),
    # the same release: 'For the first 60 days' of the undated start of operations: event
    B(
        text='For the first 60 days, member states may operate the EES without biometric functionalities.',
        due=None,
        vague=False,
        said='2025-05-19 15:06:00',
        tz='Europe/Brussels',
        refusal='event',
        cluster=5,
        source='https://politikinewsaaa.blogspot.com/2025/05/council-of-european-unionupdate_20.html?m=1',
        published='2025-05-19',
    ),
    # European Council, speech by President Costa of 18 November 2025, 18:40: 'On 1 December, I began' and 'two days later, I met' report the past (1 December 2024): past
    B(
        text='On 1 December, I began my mandate in Ukraine, and just two days later, I met with all Western Balkans leaders here in Brussels.',
        due=None,
        vague=False,
        said='2025-11-18 17:40:00',
        tz='Europe/Brussels',
        refusal='past',
        cluster=5,
        source='https://politikinewsaaa.blogspot.com/2025/11/eurogroupcouncil-of-european-unionupdate_19.html?m=1',
        published='2025-11-18',
    ),
    # Dáil, Order of Business of Thursday 3 July 2003 (time not shown, 10:00 IST taken): 'at 1.30 p.m.' today is 13:30 Irish summer time; 'No. 24' is an item number
    B(
        text='Report and Final Stages of No. 24 shall be taken today and the proceedings thereon shall, if not previously concluded, be brought to a conclusion at 1.30 p.m.',
        due='2003-07-03 12:30:00',
        vague=False,
        said='2003-07-03 09:00:00',
        tz='Europe/Dublin',
        cluster=2,
        source='https://www.oireachtas.ie/en/debates/debate/dail/2003-07-03/3/',
        published='2003-07-03',
    ),
    # the same Order: 'later than 4.45 p.m. tonight' only says the sitting runs past 16:45, and the adjournment waits for the end of an undated item (oral questions): event.
    # unsure: a reader may take 'later than 4.45 p.m.' as an earliest-only time (16:45 IST) or the end of the day
    B(
        text='It is proposed, notwithstanding anything in Standing Orders or the order of the Dáil of 2 July, that the Dáil shall sit later than 4.45 p.m. tonight and, immediately upon the conclusion of oral questions to the Minister for Agriculture and Food, business shall be adjourned forthwith',
        due=None,
        vague=False,
        said='2003-07-03 09:00:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=3,
        source='https://www.oireachtas.ie/en/debates/debate/dail/2003-07-03/3/',
        published='2003-07-03',
    ),
    # Dáil, Order of Business of Tuesday 25 April 2006 (time not shown, 10:00 IST taken): 'at 8.30 p.m. on Wednesday, 26 April' is 20:30 IST that day; 'Bill 2005' and 'No. 28' are names and numbers
    B(
        text="Private Members’ business shall be No. 28, Electoral Registration Commissioner Bill 2005 — Second Stage, the proceedings on which shall, if not previously concluded, be brought to a conclusion at 8.30 p.m. on Wednesday, 26 April.",
        due='2006-04-26 19:30:00',
        vague=False,
        said='2006-04-25 09:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source='https://www.oireachtas.ie/ga/debates/debate/dail/2006-04-25/18/',
        published='2006-04-25',
    ),
    # the same debate: 'by the end of the summer session' names a session the sentence does not date; '16 Bills' is a count: event
    B(
        text='I note that the Government Whip has produced a list of 16 Bills to be published by the end of the summer session.',
        due=None,
        vague=False,
        said='2006-04-25 09:00:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=1,
        source='https://www.oireachtas.ie/ga/debates/debate/dail/2006-04-25/18/',
        published='2006-04-25',
    ),
    # kremlin.ru, instructions on the Far Eastern Federal District (the page shows no date; a report of the same instructions is dated 11 November 2024, taken as the reference; the label holds for any day of 2024-2026): 'deliveries commence no later than 2026' is the end of 2026 (MSK)
    B(
        text='Additionally, it has been tasked with expediting decisions related to the development and production of general aviation aircraft, including the Baikal light multipurpose aircraft, ensuring that deliveries commence no later than 2026.',
        due='2026-12-31 20:59:59',
        vague=False,
        said='2024-11-11 07:00:00',
        tz='Europe/Moscow',
        cluster=1,
        source='http://en.kremlin.ru/d/75533',
        published='2024-11-11',
    ),
    # the same instructions: the approval is only to be 'accelerated' (no date); the plan's objective falls 'by 2030': the end of 2030 (MSK); 'four million' is a count.
    # unsure: a reader may refuse it, the instruction itself (accelerate the approval) carrying no date
    B(
        text='The Government of the Russian Federation has been instructed to accelerate the approval of a comprehensive plan to enhance air transportation within the Far Eastern Federal District (FEFD), with the objective of increasing passenger numbers to a minimum of four million annually by 2030.',
        due='2030-12-31 20:59:59',
        vague=False,
        said='2024-11-11 07:00:00',
        tz='Europe/Moscow',
        cluster=3,
        source='http://en.kremlin.ru/d/75533',
        published='2024-11-11',
    ),
    # kremlin.ru, meeting on the Far Eastern Federal District of 2 September 2021 (carried by foreignaffairs.co.nz): the programme 'runs until 2035': the end of 2035 (MSK)
    B(
        text='It served as a foundation for the National Development Programme for the region that runs until 2035.',
        due='2035-12-31 20:59:59',
        vague=False,
        said='2021-09-02 07:00:00',
        tz='Europe/Moscow',
        cluster=6,
        source='https://nkeu.foreignaffairs.co.nz/2021/09/02/meeting-on-socioeconomic-development-of-the-far-eastern-federal-district/',
        published='2021-09-02',
    ),
    # kremlin.ru, instructions of 25 October 2019: the convention is to be held 'in 2020': the end of 2020 (MSK)
    B(
        text='The instructions to the Presidential Executive Office concern creating a branch of the Senezh Governance Workshop educational centre in the Primorye Territory and holding a National Youth Patriotic Convention in the Sakhalin Region in 2020.',
        due='2020-12-31 20:59:59',
        vague=False,
        said='2019-10-25 07:00:00',
        tz='Europe/Moscow',
        cluster=6,
        source='http://en.special.kremlin.ru/catalog/keywords/86/events/61916',
        published='2019-10-25',
    ),
    # the same page: 'held on September 6, 2019' is the past meeting the list follows: past
    B(
        text='The President approved a list of instructions following a meeting with representatives of the public on developing Russia’s Far East held on September 6, 2019.',
        due=None,
        vague=False,
        said='2019-10-25 07:00:00',
        tz='Europe/Moscow',
        refusal='past',
        cluster=5,
        source='http://en.special.kremlin.ru/catalog/keywords/86/events/61916',
        published='2019-10-25',
    ),
    # Wikinews, Monday 3 March 2008 (English article on the Japanese mirror): the injunction's 'immediately' and 'until further order of this Court' are quoted from an order since lifted: past
    B(
        text='According to a Wikileaks press release from when the site was taken offline, the injunction stated that "Dynadot [Wikileaks host] shall immediately clear and remove all DNS hosting records for the wikileaks.org domain name and prevent the domain name from resolving to the wikileaks.org website or any other website or server other than a blank park page, until further order of this Court."',
        due=None,
        vague=False,
        said='2008-03-03 10:00:00',
        tz='UTC',
        refusal='past',
        cluster=5,
        source='http://ja.wikinews.org/wiki/en:Wikileaks_spokesperson_discusses_recent_court_case_with_Wikinews',
        published='2008-03-03',
    ),
    # Federal Register of 19 November 2021 (NMFS, Gulf of Alaska Pacific cod, federalregister.gov API record): the closure runs 'through 1200 hrs, A.l.t., December 31, 2021', noon Alaska standard time (the start, 15 November, is already past)
    B(
        text='Effective 1200 hrs, Alaska local time (A.l.t.), November 15, 2021, through 1200 hrs, A.l.t., December 31, 2021.',
        due='2021-12-31 21:00:00',
        vague=False,
        said='2021-11-19 15:00:00',
        tz='America/New_York',
        cluster=2,
        source='https://www.federalregister.gov/api/v1/documents/2021-25217?publication_date=2021-11-19',
        published='2021-11-19',
    ),
    # Federal Register of 25 August 2000 (NMFS Pacific Islands Area Office, Hawaii longline closure, federal.elaws.us): 'effective August 25, 2000, through February 21, 2001' falls due at its later end, 21 February 2001, end of day Eastern (EST)
    B(
        text='This emergency interim rule is effective August 25, 2000, through February 21, 2001.',
        due='2001-02-22 04:59:59',
        vague=False,
        said='2000-08-25 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='http://federal.elaws.us/fr/8/25/2000/00-21976',
        published='2000-08-25',
    ),
    # the same notice: '5 p.m., local time' is read as the time where the comments are received (the Honolulu office named in the notice): 17:00 HST on 10 October 2000.
    # unsure: a reader may take 'local time' as the publisher's zone, 17:00 Eastern (EDT), 21:00 UTC
    B(
        text='Comments must be received no later than 5 p.m., local time, on October 10, 2000.',
        due='2000-10-11 03:00:00',
        vague=False,
        said='2000-08-25 14:00:00',
        tz='America/New_York',
        cluster=2,
        source='http://federal.elaws.us/fr/8/25/2000/00-21976',
        published='2000-08-25',
    ),
    # Ofgem consultation of 27 June 2014 (green and renewable tariffs, carried by vdocument.in): 'later in the year' runs to the end of 2014 (GMT)
    B(
        text='We expect to issue a statutory consultation later in the year.',
        due='2014-12-31 23:59:59',
        vague=False,
        said='2014-06-27 09:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://vdocument.in/protecting-domestic-consumers-in-the-green-and-domestic-consumers-in-the-green.html',
        published='2014-06-27',
    ),
    # the same document's header: 'Response deadline: 28 July 2014', end of day (BST)
    B(
        text='Response deadline: 28 July 2014',
        due='2014-07-28 22:59:59',
        vague=False,
        said='2014-06-27 09:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://vdocument.in/protecting-domestic-consumers-in-the-green-and-domestic-consumers-in-the-green.html',
        published='2014-06-27',
    ),
    # Ofgem consultation of 12 November 2020 (switching programme, carried by vdocuments.us): 'due to come into force on 1 September 2021', end of day (BST)
    B(
        text='We are consulting on the required licence changes to facilitate Retail Code Consolidation that are due to come into force on 1 September 2021.',
        due='2021-09-01 22:59:59',
        vague=False,
        said='2020-11-12 10:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://vdocuments.us/switching-programme-and-retail-code-consolidation-2-consultation-a-switching.html',
        published='2020-11-12',
    ),
    # the same consultation: 'in summer 2022' is meteorological summer, ending 31 August 2022 (BST)
    B(
        text='These changes will come into force at the same time as the new switching systems go live in summer 2022.',
        due='2022-08-31 22:59:59',
        vague=False,
        said='2020-11-12 10:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://vdocuments.us/switching-programme-and-retail-code-consolidation-2-consultation-a-switching.html',
        published='2020-11-12',
    ),
    # the same document's header: 'Response deadline: 15 January 2021', end of day (GMT)
    B(
        text='Response deadline: 15 January 2021',
        due='2021-01-15 23:59:59',
        vague=False,
        said='2020-11-12 10:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://vdocuments.us/switching-programme-and-retail-code-consolidation-2-consultation-a-switching.html',
        published='2020-11-12',
    ),
    # Ofgem strategy of 3 August 2016 (CMA remedies, carried by vdocuments.us): 'published its final report ... on 24 June 2016' is past
    B(
        text='The Competition & Markets Authority published its final report into the energy market on 24 June 2016.',
        due=None,
        vague=False,
        said='2016-08-03 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://vdocuments.us/cma-remedy-implementation-strategy-ofgem-the-office-of-gas-and-electricity-markets.html',
        published='2016-08-03',
    ),
)
