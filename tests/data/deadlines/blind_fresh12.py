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
written-statements pages of parliament.uk); Dáil answers on KildareStreet; kremlin.ru; US
federal agencies (the Fish and Wildlife Service's Federal Register notices, the Federal
Register on GPO Access, govinfo and in AIBS's weekly summaries, NASA announcements carried
by LPI and vdocuments) and the White House (a briefing quoted by The Hill); see README.md
("Twelfth fresh blind set") for every address. No address listed in README.md, in a `#`
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
kremlin.ru: Europe/Moscow; US federal publishers and the White House: America/New_York);
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
)
