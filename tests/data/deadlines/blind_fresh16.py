"""A SIXTEENTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-02 (UTC) by a labelling helper (branch issue12l-s13b)
that neither changed nor ran the parser: it read only the conventions written in the
docstrings (`blind_real.py`, the parser package's docstring, `blind_fresh14.py` and its
comments), the README next to this file and the scoring rule of `bench/deadlines.py` (a
case is right when both say no deadline, or the due instant agrees to the minute and, for a
case labelled vague, the parser's result is vague too). The sentences were found with a
search over stored copies of public pages and taken as they came in the pages read; see
README.md ("Sixteenth fresh blind set") for every address, publisher and licence. No
address listed in README.md, in a `#` header under `tests/data/articles/` or
`tests/data/agreement/`, or in the shared claims files (other labellers' pages, among them
the fifteenth set's, and the tuner's held-back pages) was used: each was checked against
those lists and claimed (`fresh16`) before a quote was taken; and no sentence already in
another set. The fifteenth set (`blind_fresh15.py`, being built at the same time) was never
read. Each label was worked out by hand from the words, the publication date and the
publisher's zone alone; the UTC wall times were computed from local times with the
standard library's zoneinfo, never with project code. No run of `parse_deadline`,
`interpret_deadline`, `bench/deadlines.py` or the tests touched these texts before the
labels were committed; the helpers improving the parser have not seen them.

Same conventions as `blind_real.py` (its docstring) and the earlier fresh sets: the
publisher's zone (UK Parliament and gov.uk: Europe/London; Oireachtas: Europe/Dublin;
kremlin.ru: Europe/Moscow; EU institutions: Europe/Brussels; US federal publishers and the
White House: America/New_York, except a regional office whose times are its own: the BLM
Wyoming office, America/Denver; NMFS Pacific Islands, Pacific/Honolulu; Wikinews: UTC);
the publication date at 10:00 local unless the source gives the time of speaking; a day
falls due at 23:59:59 local; a clock time with a zone word is that instant; a clock time
without one is in the publisher's zone; a range of days or times, or several dates in one
sentence, falls due at the later end; vague windows as in the parser's docstring (60 days
for "as soon as possible", "as quickly as possible", "in due course"; 7 days for "the next
few days"; 4 weeks for "the coming weeks"); "early in the new year" is the first third of
next year and vague; early/mid/late split a period in thirds; seasons are meteorological;
fiscal years end where the publisher's country puts them (GB 31 March); "next <weekday>" is
that day in the following Monday-to-Sunday week and "this week" / "the end of the week"
end on Sunday; refusals have `due=None` and a `refusal` kind (earliest | negated | past |
event | recurring), with `earliest` (00:00 local of that day) for earliest-only wording
("will not come into force until 5 June 2000"). Where the carrying page shows no date, the
comment says which reference was taken and for which range of days the label holds. Labels
marked "unsure" in their comment are the ones a reviewer may argue (the comment names the
other reading); like every label here they stay as committed, whatever the first run
shows. First run: not yet taken (the lead runs it once, after merging, and records it in
README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

FRESH16_CASES: tuple[BlindCase, ...] = (
    # Commons written answer, 3 December 2001 (Defra, waterways): 'early in the new year' is the first third of 2002 (January-April) and vague: 30 April 2002, end of day (BST)
    B(
        text='The report of the Freight Study Group is expected early in the new year.',
        due='2002-04-30 22:59:59',
        vague=True,
        said='2001-12-03 10:00:00',
        tz='Europe/London',
        cluster=3,
        source='https://api.parliament.uk/historic-hansard/written_answers/2001/dec/03/waterways',
        published='2001-12-03',
    ),
    # Lords EU Committee 40th report (2006-07), letter from the Minister dated 10 March 2006 (the letter's date is the moment of speaking): 'between 6 and 28 February' is a consultation already over: past
    B(
        text='The informal period of consultation took place between 6 and 28 February.',
        due=None,
        vague=False,
        said='2006-03-10 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://publications.parliament.uk/pa/ld200607/ldselect/ldeucom/187/18775.htm',
        published='2006-03-10',
    ),
    # the same letter: 'in March or April' falls due at the later end, 30 April 2006, end of day (BST); 'Once the remaining stakeholders respond' is the condition, the dated window is the promise. unsure: a reader may take the update as hanging on the stakeholders' replies (event)
    B(
        text='Once the remaining stakeholders respond I will be able to provide you with a further update in March or April.',
        due='2006-04-30 22:59:59',
        vague=False,
        said='2006-03-10 10:00:00',
        tz='Europe/London',
        cluster=3,
        source='https://publications.parliament.uk/pa/ld200607/ldselect/ldeucom/187/18775.htm',
        published='2006-03-10',
    ),
    # Dáil written answer, Tuesday 23 October 2018: 'within three weeks' counts from the dated request of 17 October 2018: 7 November 2018, end of day (GMT). unsure: a reader may count from the answer's date (13 November) or refuse the span as anchored in the past
    B(
        text='On 17 October 2018, the Taoiseach requested a report from the NBP process auditor to be presented within three weeks.',
        due='2018-11-07 23:59:59',
        vague=False,
        said='2018-10-23 09:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source='https://www.oireachtas.ie/en/debates/question/2018-10-23/531/',
        published='2018-10-23',
    ),
    # Dáil written answer, Tuesday 18 December 2018: 'as quickly as possible' is the vague 60 days: 16 February 2019, end of day (GMT)
    B(
        text='My priority is to bring the procurement process to a fair and impartial conclusion as quickly as possible.',
        due='2019-02-16 23:59:59',
        vague=True,
        said='2018-12-18 10:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.oireachtas.ie/en/debates/question/2018-12-18/517/',
        published='2018-12-18',
    ),
    # the same answer: 'in the coming weeks' is the vague 4 weeks: 15 January 2019, end of day (GMT); 'When the process is concluded' is the pledge's condition, not a date
    B(
        text='When the process is concluded I will bring a recommendation to Government in the coming weeks.',
        due='2019-01-15 23:59:59',
        vague=True,
        said='2018-12-18 10:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.oireachtas.ie/en/debates/question/2018-12-18/517/',
        published='2018-12-18',
    ),
    # Dáil Questions on Promised Legislation, Wednesday 28 November 2018, 1:15 pm: 'next year' is 2019: 31 December 2019, end of day (GMT)
    B(
        text='I want to raise the fact that more than 500,000 rural homes, businesses and farms are due to receive fast-tracked high-speed broadband connections next year.',
        due='2019-12-31 23:59:59',
        vague=False,
        said='2018-11-28 13:15:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.kildarestreet.com/debate/?id=2018-11-28a.211',
        published='2018-11-28',
    ),
    # the same contribution: 'in January' is the next January, 31 January 2019, end of day (GMT)
    B(
        text='The Taoiseach has confirmed that contract will be signed in January.',
        due='2019-01-31 23:59:59',
        vague=False,
        said='2018-11-28 13:15:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.kildarestreet.com/debate/?id=2018-11-28a.211',
        published='2018-11-28',
    ),
    # Federal Register notice of 30 May 2017 (Fish and Wildlife Service, information collection): 'by July 31, 2017' is that day, end of day (EDT)
    B(
        text='To ensure that we are able to consider your comments on this IC, we must receive them by July 31, 2017.',
        due='2017-08-01 03:59:59',
        vague=False,
        said='2017-05-30 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='http://federal.elaws.us/fr/5/30/2017/2017-11063',
        published='2017-05-30',
    ),
    # the same notice: 'scheduled to expire on May 31, 2017' is the next day, end of day (EDT)
    B(
        text='This IC is scheduled to expire on May 31, 2017.',
        due='2017-06-01 03:59:59',
        vague=False,
        said='2017-05-30 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='http://federal.elaws.us/fr/5/30/2017/2017-11063',
        published='2017-05-30',
    ),
    # Federal Register proposed rule, Thursday 5 September 2013 (Fish and Wildlife Service, gray wolf): the hearing 'The October 4, 2013' is that day; 'June 13, 2013' twice names the earlier proposals (past dates of documents): 4 October 2013, end of day (EDT, the publisher's zone)
    B(
        text='The October 4, 2013, public hearing in Albuquerque, NM, will address both the June 13, 2013 (78 FR 35664) proposal to remove the gray wolf from the List and maintain protections for the Mexican wolf by listing it as endangered, as well as the June 13, 2013 (78 FR 35719), proposed revision to the nonessential experimental population of the Mexican wolf.',
        due='2013-10-05 03:59:59',
        vague=False,
        said='2013-09-05 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='https://regulations.justia.com/regulations/fedreg/2013/09/05/2013-21664.html',
        published='2013-09-05',
    ),
    # White House press briefing, Friday 26 February 2010, 3:26 P.M. EST: 'on April 12th and 13th' is a two-day summit: the later day, 13 April 2010, end of day (EDT); 'in April 2009' names a past speech
    B(
        text='Announcement number one, on April 12th and 13th the President will host the Nuclear Security Summit at the Washington Convention Center -- obviously here in Washington, D.C.',
        due='2010-04-14 03:59:59',
        vague=False,
        said='2010-02-26 20:26:00',
        tz='America/New_York',
        cluster=3,
        source='https://obamawhitehouse.archives.gov/the-press-office/briefing-white-house-press-secretary-robert-gibbs-22610',
        published='2010-02-26',
    ),
    # the same briefing: 'later on this afternoon' ends with the afternoon, 18:00 EST that day
    B(
        text='A little bit later on this afternoon our third release of visitor records will be made public.',
        due='2010-02-26 23:00:00',
        vague=False,
        said='2010-02-26 20:26:00',
        tz='America/New_York',
        cluster=6,
        source='https://obamawhitehouse.archives.gov/the-press-office/briefing-white-house-press-secretary-robert-gibbs-22610',
        published='2010-02-26',
    ),
    # the same briefing: 'tomorrow' here says there is nothing scheduled: no deadline (negated)
    B(
        text='The President has no public events tomorrow.',
        due=None,
        vague=False,
        said='2010-02-26 20:26:00',
        tz='America/New_York',
        refusal='negated',
        cluster=5,
        source='https://obamawhitehouse.archives.gov/the-press-office/briefing-white-house-press-secretary-robert-gibbs-22610',
        published='2010-02-26',
    ),
    # the same briefing (a Friday): 'On Sunday' is 28 February 2010, end of day (EST)
    B(
        text='On Sunday the President will travel to the National Naval Medical Center in Bethesda, Maryland, where he will undergo a routine physical.',
        due='2010-03-01 04:59:59',
        vague=False,
        said='2010-02-26 20:26:00',
        tz='America/New_York',
        cluster=6,
        source='https://obamawhitehouse.archives.gov/the-press-office/briefing-white-house-press-secretary-robert-gibbs-22610',
        published='2010-02-26',
    ),
    # White House press briefing, Tuesday 16 March 2010, 1:47 P.M. EDT: 'this week' ends Sunday 21 March 2010, end of day (EDT); 'over these past couple of weeks' is the past
    B(
        text="Well, Ben, I think as you've heard the President discuss repeatedly over these past couple of weeks, this week there will be a final vote on health care.",
        due='2010-03-22 03:59:59',
        vague=False,
        said='2010-03-16 17:47:00',
        tz='America/New_York',
        cluster=3,
        source='https://obamawhitehouse.archives.gov/the-press-office/briefing-white-house-press-secretary-robert-gibbs-31610',
        published='2010-03-16',
    ),
    # White House press briefing, Wednesday 24 March 2010, 12:40 P.M. EDT: 'in the next few days' is the vague 7 days: 31 March 2010, end of day (EDT)
    B(
        text='I think they will likely speak in the next few days.',
        due='2010-04-01 03:59:59',
        vague=True,
        said='2010-03-24 16:40:00',
        tz='America/New_York',
        cluster=6,
        source='https://obamawhitehouse.archives.gov/photos-and-video/video/press-briefing-22?page=6',
        published='2010-03-24',
    ),
    # the same briefing: 'next week' is the Monday-to-Sunday week of 29 March: due Sunday 4 April 2010, end of day (EDT)
    B(
        text='The President looks forward to hosting President Sarkozy next week for a bilateral meeting and to continue collaboration with these three close colleagues to advance our shared agenda.',
        due='2010-04-05 03:59:59',
        vague=False,
        said='2010-03-24 16:40:00',
        tz='America/New_York',
        cluster=6,
        source='https://obamawhitehouse.archives.gov/photos-and-video/video/press-briefing-22?page=6',
        published='2010-03-24',
    ),
    # White House press briefing, Tuesday 13 July 2010, 3:38 P.M. EDT: the speaker corrects 'the next several' to 'the next two weeks': 27 July 2010, end of day (EDT)
    B(
        text="Well, I would say that they spent a decent amount of time talking about the -- I would say the next three agenda items that we think over the course of the next several -- the next two weeks will be -- we'd like to see both taken up and passed.",
        due='2010-07-28 03:59:59',
        vague=False,
        said='2010-07-13 19:38:00',
        tz='America/New_York',
        cluster=1,
        source='https://obamawhitehouse.archives.gov/photos-and-video/video/press-briefing-20100713',
        published='2010-07-13',
    ),
    # the same briefing: 'by the end of the week' is Sunday 18 July 2010, end of day (EDT)
    B(
        text='I think it is likely that that legislation will be taken up by the end of the week and passed.',
        due='2010-07-19 03:59:59',
        vague=False,
        said='2010-07-13 19:38:00',
        tz='America/New_York',
        cluster=6,
        source='https://obamawhitehouse.archives.gov/photos-and-video/video/press-briefing-20100713',
        published='2010-07-13',
    ),
    # BLM Wyoming news release, Friday 14 November 2008 (Worland field office; a regional office's times are Mountain: America/Denver): 'until November 24th' is the extended end, 24 November 2008, end of day (MST)
    B(
        text='Due to the high level of public interest and attendance at the scoping meetings, the BLM has extended the formal scoping period until November 24th.',
        due='2008-11-25 06:59:59',
        vague=False,
        said='2008-11-14 17:00:00',
        tz='America/Denver',
        cluster=6,
        source='https://www.blm.gov/wy/st/en/info/news_room/2008/11/14wfo-bhbrmp.print.html',
        published='2008-11-14',
    ),
    # the same release: 'was scheduled to end on Nov. 17, 2008' is the superseded end, and the sentence gives no new one: no deadline (negated)
    B(
        text='The Bureau of Land Management (BLM) announced today that the public can continue to submit scoping comments on the Bighorn Basin Resource Management Plan (RMP) even though the formal scoping period was scheduled to end on Nov. 17, 2008.',
        due=None,
        vague=False,
        said='2008-11-14 17:00:00',
        tz='America/Denver',
        refusal='negated',
        cluster=5,
        source='https://www.blm.gov/wy/st/en/info/news_room/2008/11/14wfo-bhbrmp.print.html',
        published='2008-11-14',
    ),
    # Commons oral statement, Thursday 22 June 2006 (Rural Payments Agency): a window 'from 1 December 2005 until 30 June this year' falls due at its end, 30 June 2006, end of day (BST)
    B(
        text='The EU defined payment window for making 2005 SPS payments runs from 1 December 2005 until 30 June this year.',
        due='2006-06-30 22:59:59',
        vague=False,
        said='2006-06-22 09:00:00',
        tz='Europe/London',
        cluster=3,
        source='https://hansard.parliament.uk/Commons/2006-06-22/debates/06062258000003/RuralPaymentsAgency',
        published='2006-06-22',
    ),
    # the same statement: 'by 30 June' is 30 June 2006, end of day (BST)
    B(
        text='Work is continuing to pay as many claims as possible by 30 June.',
        due='2006-06-30 22:59:59',
        vague=False,
        said='2006-06-22 09:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://hansard.parliament.uk/Commons/2006-06-22/debates/06062258000003/RuralPaymentsAgency',
        published='2006-06-22',
    ),
    # Commons written answers, Thursday 6 July 2006 (Defra): 'as soon as possible' is the vague 60 days: 4 September 2006, end of day (BST)
    B(
        text='The outstanding payments will be made as soon as possible.',
        due='2006-09-04 22:59:59',
        vague=True,
        said='2006-07-06 09:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://hansard.parliament.uk/Commons/2006-07-06/debates/0607077000117/SingleFarmPayments',
        published='2006-07-06',
    ),
    # the same answers: 'in due course' is the vague 60 days: 4 September 2006, end of day (BST); 'up to 30 June 2006' bounds the past payments reported
    B(
        text='Details of payments made in England up to 30 June 2006, including by constituency and county, will be published in due course.',
        due='2006-09-04 22:59:59',
        vague=True,
        said='2006-07-06 09:00:00',
        tz='Europe/London',
        cluster=3,
        source='https://hansard.parliament.uk/Commons/2006-07-06/debates/0607077000117/SingleFarmPayments',
        published='2006-07-06',
    ),
    # Lords written ministerial statement, Wednesday 5 July 2006 (RPA): 'the end of the EU regulatory payment window on 30 June' is five days past: past
    B(
        text='I can report now on the position at the end of the EU regulatory payment window on 30 June.',
        due=None,
        vague=False,
        said='2006-07-05 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://hansard.parliament.uk/Lords/2006-07-05/debates/06070592000008/RuralPaymentsAgency',
        published='2006-07-05',
    ),
    # the same statement: 'as quickly as possible' is the vague 60 days: 3 September 2006, end of day (BST)
    B(
        text="However, the majority require further action from the RPA and those cases will remain the agency's number one priority to resolve as quickly as possible.",
        due='2006-09-03 22:59:59',
        vague=True,
        said='2006-07-05 09:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://hansard.parliament.uk/Lords/2006-07-05/debates/06070592000008/RuralPaymentsAgency',
        published='2006-07-05',
    ),
    # Commons written ministerial statement, Tuesday 9 May 2006 (Defra): 'On 19 April ... announced that partial payments ... would start as soon as operationally possible' reports a past announcement: past
    B(
        text='On 19 April, Official Report column 13WS my right hon. Friend the Member for Derby, South (Margaret Beckett) reported on progress in making full payments under the 2005 Single Payment Scheme (SPS) in England and announced that partial payments under the scheme would start as soon as operationally possible.',
        due=None,
        vague=False,
        said='2006-05-09 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://publications.parliament.uk/pa/cm200506/cmhansrd/vo060509/wmstext/60509m0002.htm',
        published='2006-05-09',
    ),
    # the same statement: 'over the coming week' is the next seven days: 16 May 2006, end of day (BST). unsure: a reader may take 'the coming week' as next Monday-to-Sunday week (due Sunday 21 May), or as a vague window
    B(
        text='This means the money should reach farmers over the coming week.',
        due='2006-05-16 22:59:59',
        vague=False,
        said='2006-05-09 09:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://publications.parliament.uk/pa/cm200506/cmhansrd/vo060509/wmstext/60509m0002.htm',
        published='2006-05-09',
    ),
    # the same statement: 'as soon as possible' is the vague 60 days: 8 July 2006, end of day (BST)
    B(
        text='The task now is to ensure that the residual element of payments are made as soon as possible to those who have received a partial payment, and that a plan is in place to deal with those who to date have not yet received either a full or a partial payment under the 2005 scheme.',
        due='2006-07-08 22:59:59',
        vague=True,
        said='2006-05-09 09:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://publications.parliament.uk/pa/cm200506/cmhansrd/vo060509/wmstext/60509m0002.htm',
        published='2006-05-09',
    ),
    # Commons written answer, Thursday 19 July 2007 (Defra): the only date, 'after 30 June', is past and open-ended; the interest is promised with no date: no deadline (past)
    B(
        text='As the Secretary of State announced, the RPA will pay interest on payments made after 30 June.',
        due=None,
        vague=False,
        said='2007-07-19 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://hansard.parliament.uk/Commons/2007-07-19/debates/070719115000096/AgricultureSinglePaymentScheme',
        published='2007-07-19',
    ),
    # Dáil written answers, Tuesday 16 January 2018 (Agriculture): 'this week' ends Sunday 21 January 2018, end of day (GMT); 'on a weekly basis' describes the pay-runs, the pledge is this week's payments
    B(
        text='GLAS pay-runs are continuing on a weekly basis with further payments scheduled to issue this week as cases are cleared for payment.',
        due='2018-01-21 23:59:59',
        vague=False,
        said='2018-01-16 10:00:00',
        tz='Europe/Dublin',
        cluster=5,
        source='https://www.kildarestreet.com/wrans/?id=2018-01-16a.3196',
        published='2018-01-16',
    ),
    # the same answers: 'Once the issue is resolved' ties the payment to an undated event: event
    B(
        text='Once the issue is resolved the payment will issue.',
        due=None,
        vague=False,
        said='2018-01-16 10:00:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=5,
        source='https://www.kildarestreet.com/wrans/?id=2018-01-16a.3196',
        published='2018-01-16',
    ),
    # the same answers: 'on a weekly basis' is a standing schedule: recurring
    B(
        text='GLAS payments are issuing on a weekly basis.',
        due=None,
        vague=False,
        said='2018-01-16 10:00:00',
        tz='Europe/Dublin',
        refusal='recurring',
        cluster=5,
        source='https://www.kildarestreet.com/wrans/?id=2018-01-16a.3196',
        published='2018-01-16',
    ),
    # Dáil written answer, Tuesday 13 February 2018 (Agriculture): 'from 1 October 2015 ... within a period of 15 months' is a target already met: past
    B(
        text='Given that the first approvals under the scheme run from 1 October 2015 it is a remarkable achievement to have exceeded this target within a period of 15 months.',
        due=None,
        vague=False,
        said='2018-02-13 10:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source='https://www.kildarestreet.com/wrans/?id=2018-02-13a.59',
        published='2018-02-13',
    ),
    # Dáil Order of Business, Tuesday 26 May 1970 (Ireland kept UTC+1 all year then): 'at the end of June' is 30 June 1970, end of day (IST)
    B(
        text='I would hope to adjourn at the end of June.',
        due='1970-06-30 22:59:59',
        vague=False,
        said='1970-05-26 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.oireachtas.ie/en/debates/debate/dail/1970-05-26/38/',
        published='1970-05-26',
    ),
    # the same exchange: 'will not adjourn until the middle of August' gives only the earliest day, on a condition: earliest, from the start of mid-August (11 August 1970). unsure: the earliest day of 'the middle of August' may be put elsewhere in 11-20 August
    B(
        text='If this Bill comes up for discussion the House will not adjourn until the middle of August.',
        due=None,
        vague=False,
        said='1970-05-26 09:00:00',
        tz='Europe/Dublin',
        refusal='earliest',
        earliest='1970-08-10 23:00:00',
        cluster=5,
        source='https://www.oireachtas.ie/en/debates/debate/dail/1970-05-26/38/',
        published='1970-05-26',
    ),
    # Seanad Order of Business, Tuesday 9 July 2019: 'to be taken at 4.45 p.m.' with no day is that afternoon, 16:45 IST; '2017' is the Bill's year
    B(
        text='No. 2, Judicial Council Bill 2017 [Seanad Bill amended by the Dáil] - Report and Final Stages, to be taken at 4.45 p.m.',
        due='2019-07-09 15:45:00',
        vague=False,
        said='2019-07-09 09:00:00',
        tz='Europe/Dublin',
        cluster=2,
        source='https://www.oireachtas.ie/en/debates/debate/seanad/2019-07-09/3/',
        published='2019-07-09',
    ),
    # DfT press release on gov.uk, Tuesday 8 May 2012: 'over the next 3 years' runs three years from the day: 8 May 2015, end of day (BST)
    B(
        text="The development work - to be carried out over the next 3 years - will ensure that a 'pipeline' of future Highways Agency major infrastructure improvements will be maintained, contributing to future economic growth, and supporting government's National Infrastructure Plan.",
        due='2015-05-08 22:59:59',
        vague=False,
        said='2012-05-08 09:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://www.gov.uk/government/news/work-starts-on-six-road-schemes-for-future-delivery',
        published='2012-05-08',
    ),
    # the same release: 'post 2015' and 'the early years of the next spending review period' give only a start after 2015 and no end: earliest (1 January 2016). unsure: a reader may call the undated spending review period an event
    B(
        text='By developing these now, proposals will be in a good position to be considered for delivery in the early years of the next spending review period (post 2015).',
        due=None,
        vague=False,
        said='2012-05-08 09:00:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='2016-01-01 00:00:00',
        cluster=5,
        source='https://www.gov.uk/government/news/work-starts-on-six-road-schemes-for-future-delivery',
        published='2012-05-08',
    ),
    # the same release (the minister's words): 'before March 2015' is the last moment of February: 28 February 2015, end of day (GMT); 'already announced' is the past announcement, the start of work is still ahead
    B(
        text='We have already announced around £3 billion of investment to complete work on Highways Agency major road projects under construction and to allow work to start before March 2015 on 20 much-needed road improvement schemes.',
        due='2015-02-28 23:59:59',
        vague=False,
        said='2012-05-08 09:00:00',
        tz='Europe/London',
        cluster=3,
        source='https://www.gov.uk/government/news/work-starts-on-six-road-schemes-for-future-delivery',
        published='2012-05-08',
    ),
    # Highways Agency programme page (undated; it cites the Autumn Statement of 29 November 2011, so 1 January 2012 is taken; the label holds for any reference up to the date): 'the end of financial year 2014/15' is the GB year ending 31 March 2015, end of day (BST)
    B(
        text='The Government announced plans to invest £1.4 billion on major road improvements on 14 new schemes through to the end of financial year 2014/15.',
        due='2015-03-31 22:59:59',
        vague=False,
        said='2012-01-01 10:00:00',
        tz='Europe/London',
        cluster=4,
        source='http://www.highways.gov.uk/our-road-network/managing-our-roads/improving-our-network/major-projects/highways-agencys-future-delivery-programmes/',
        published='2012-01-01',
    ),
    # NASA news release 11-097, Monday 4 April 2011 (carried by a mailing-list archive): 'for 3:47 p.m. EDT on Friday, April 29' is that instant; 'on Sunday' is when the partners talked
    B(
        text="Following discussions among the International Space Station partners on Sunday, NASA has targeted the launch of space shuttle Endeavour's STS-134 mission for 3:47 p.m. EDT on Friday, April 29.",
        due='2011-04-29 19:47:00',
        vague=False,
        said='2011-04-04 14:00:00',
        tz='America/New_York',
        cluster=2,
        source='http://www.spinics.net/lists/ksc/msg01919.html',
        published='2011-04-04',
    ),
    # the same release: 'on Tuesday, April 19' is that day, end of day (EDT)
    B(
        text="NASA managers will hold a Flight Readiness Review on Tuesday, April 19, to assess the team's readiness to support launch.",
        due='2011-04-20 03:59:59',
        vague=False,
        said='2011-04-04 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='http://www.spinics.net/lists/ksc/msg01919.html',
        published='2011-04-04',
    ),
    # the same release: 'at 6:18 pm EDT on Monday, April 4' is that instant, the evening of the release day (the launch site in Kazakhstan does not change the zone written)
    B(
        text='Three more members of the Expedition 27 crew are scheduled to launch at 6:18 pm EDT on Monday, April 4, from the Baikonur Cosmodrome in Kazakhstan.',
        due='2011-04-04 22:18:00',
        vague=False,
        said='2011-04-04 14:00:00',
        tz='America/New_York',
        cluster=2,
        source='http://www.spinics.net/lists/ksc/msg01919.html',
        published='2011-04-04',
    ),
    # the same release: '7:18 p.m., Wednesday, April 6' has no zone word beside it, so the publisher's (EDT); 'since mid-December' is the past
    B(
        text='Russian cosmonauts Andrey Borisenko and Alexander Samokutyaev and NASA astronaut Ron Garan are scheduled to arrive at the station at 7:18 p.m., Wednesday, April 6, to join cosmonaut Expedition 27 Commander Dmitry Kondratyev, European Space Agency astronaut Paolo Nespoli and NASA astronaut Cady Coleman, who have been aboard the station since mid-December.',
        due='2011-04-06 23:18:00',
        vague=False,
        said='2011-04-04 14:00:00',
        tz='America/New_York',
        cluster=2,
        source='http://www.spinics.net/lists/ksc/msg01919.html',
        published='2011-04-04',
    ),
    # NASA release of Monday 15 June 2009 (carried by SpaceRef): 'for 5:40 a.m. EDT on Wednesday, June 17' is that instant
    B(
        text="NASA managers have scheduled the next launch attempt of space shuttle Endeavour's STS-127 mission for 5:40 a.m. EDT on Wednesday, June 17.",
        due='2009-06-17 09:40:00',
        vague=False,
        said='2009-06-15 14:00:00',
        tz='America/New_York',
        cluster=2,
        source='https://spaceref.com/press-release/nasa-sets-new-launch-dates-for-space-shuttle-lro-and-lcross/',
        published='2009-06-15',
    ),
    # the same release: 'the planned June 13 liftoff' was postponed two days ago: past
    B(
        text="NASA managers postponed Endeavour's planned June 13 liftoff because of a leak associated with the gaseous hydrogen venting system outside the shuttle's external fuel tank.",
        due=None,
        vague=False,
        said='2009-06-15 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source='https://spaceref.com/press-release/nasa-sets-new-launch-dates-for-space-shuttle-lro-and-lcross/',
        published='2009-06-15',
    ),
    # the same release: the fallback times 'Friday ... 6:41 p.m., 6:51 p.m. and 7:01 p.m.' fall due at the last, Friday 19 June 2009, 19:01 EDT. unsure: the times hang on a postponement ('If ...'), and a reader may refuse the sentence as an event
    B(
        text="If Thursday's liftoff of LRO and LCROSS is postponed 24 hours, the launch times Friday are 6:41 p.m., 6:51 p.m. and 7:01 p.m.",
        due='2009-06-19 23:01:00',
        vague=False,
        said='2009-06-15 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='https://spaceref.com/press-release/nasa-sets-new-launch-dates-for-space-shuttle-lro-and-lcross/',
        published='2009-06-15',
    ),
    # the same release: 'a one-year exploration mission' is how long the mission lasts from an undated arrival in orbit: event
    B(
        text='LRO is scheduled for a one-year exploration mission at a polar orbit of about 31 miles, or 50 kilometers, the closest any spacecraft has orbited the moon.',
        due=None,
        vague=False,
        said='2009-06-15 14:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=1,
        source='https://spaceref.com/press-release/nasa-sets-new-launch-dates-for-space-shuttle-lro-and-lcross/',
        published='2009-06-15',
    ),
    # Dáil written answer, Thursday 1 October 2015 (Health): 'within four weeks' is 29 October 2015, end of day (GMT, after the clocks went back)
    B(
        text='However, in relation to two previous inquiries commissioned by the HSE, I can confirm that a Review by Conor Dignam S.C. has now commenced and an Interim Report is due to be presented to me within four weeks.',
        due='2015-10-29 23:59:59',
        vague=False,
        said='2015-10-01 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.kildarestreet.com/wrans/?id=2015-10-01a.488',
        published='2015-10-01',
    ),
    # Joint Committee on Statutory Instruments, memorandum dated 28 January 2000 (Lord Chancellor's Department): 'will not come into force until 5 June 2000' gives only the earliest day: earliest (5 June 2000)
    B(
        text='The Rules will not come into force until 5 June 2000.',
        due=None,
        vague=False,
        said='2000-01-28 10:00:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='2000-06-04 23:00:00',
        cluster=5,
        source='https://publications.parliament.uk/pa/jt199900/jtselect/jtstatin/47-ix/2808.htm',
        published='2000-01-28',
    ),
    # the same memorandum: both dates ('made on 15 December 1999', 'not laid ... until 14 January 2000') are past: past
    B(
        text='This instrument was made on 15 December 1999 but was not laid before Parliament until 14 January 2000.',
        due=None,
        vague=False,
        said='2000-01-28 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://publications.parliament.uk/pa/jt199900/jtselect/jtstatin/47-ix/2808.htm',
        published='2000-01-28',
    ),
)
