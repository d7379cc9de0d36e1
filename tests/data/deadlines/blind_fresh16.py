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
White House: America/New_York, except an office whose times are its own: the BLM Wyoming
office, America/Denver, and NASA's Jet Propulsion Laboratory, America/Los_Angeles);
the publication date at 10:00 local unless the source gives the time of speaking (a
sitting's printed times, a briefing's opening time; KildareStreet's listing time for a
written answer is not a time of speaking); a day
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
        cluster=6,
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
    # kremlin.ru, executive order on flood relief, Saturday 31 August 2013: two dated steps, 'by September 4, 2013' and 'by September 10', fall due at the later: 10 September 2013, end of day (MSK)
    B(
        text='The Government must set up a government flood relief commission by September 4, 2013, and by September 10 must decide on federal budget compensation payments to flood victims and allocating funds for rescue work and organising temporary shelter and food for people evacuated from their homes.',
        due='2013-09-10 19:59:59',
        vague=False,
        said='2013-08-31 06:00:00',
        tz='Europe/Moscow',
        cluster=3,
        source='http://en.special.kremlin.ru/catalog/regions/KHA/events/19116',
        published='2013-08-31',
    ),
    # the same order: 'as rapidly as possible' is the vague 60 days: 30 October 2013, end of day (MSK)
    B(
        text='The Government and the local authorities have been instructed to rebuild roads and bridges as rapidly as possible, restore power supplies and housing and utilities services, and organise the needed stocks of material and technical resources.',
        due='2013-10-30 19:59:59',
        vague=True,
        said='2013-08-31 06:00:00',
        tz='Europe/Moscow',
        cluster=6,
        source='http://en.special.kremlin.ru/catalog/regions/KHA/events/19116',
        published='2013-08-31',
    ),
    # kremlin.ru, videoconference of Saturday 17 August 2013 (Sochi): 'at the end [of our meeting]' ties the summing-up to the meeting's undated end: event
    B(
        text="And at the end [of our meeting], the head of the government's working group, Emergencies Minister [Vladimir Puchkov], will sum up the interim results of our work.",
        due=None,
        vague=False,
        said='2013-08-17 06:00:00',
        tz='Europe/Moscow',
        refusal='event',
        cluster=5,
        source='http://en.special.kremlin.ru/catalog/regions/YEV/events/19044',
        published='2013-08-17',
    ),
    # kremlin.ru, meeting on wildfire relief, Wednesday 13 October 2010: 'at the end of August, the Government was instructed' is a past instruction: past
    B(
        text='The President stressed that the 2010 forest fires brought to light a set of acute problems, including shortcomings in the legislation on forest protection (at the end of August, the Government was instructed to take inventory of the regulatory framework in this area).',
        due=None,
        vague=False,
        said='2010-10-13 06:00:00',
        tz='Europe/Moscow',
        refusal='past',
        cluster=5,
        source='http://en.special.kremlin.ru/catalog/keywords/86/events/9229',
        published='2010-10-13',
    ),
    # the same report: 'in similar situations in the future' gives no time, only undated events: event
    B(
        text='However, in similar situations in the future, a well-running insurance system must be in place.',
        due=None,
        vague=False,
        said='2010-10-13 06:00:00',
        tz='Europe/Moscow',
        refusal='event',
        cluster=5,
        source='http://en.special.kremlin.ru/catalog/keywords/86/events/9229',
        published='2010-10-13',
    ),
    # kremlin.ru, the President's opening remarks the same day (13 October 2010): 'as soon as possible' is the vague 60 days: 12 December 2010, end of day (MSK)
    B(
        text='We must help people return to normal life as soon as possible.',
        due='2010-12-12 20:59:59',
        vague=True,
        said='2010-10-13 06:00:00',
        tz='Europe/Moscow',
        cluster=6,
        source='http://en.special.kremlin.ru/events/president/transcripts/9232',
        published='2010-10-13',
    ),
    # kremlin.ru news, Friday 30 July 2010: 'until new homes are built for them' hangs on an undated event: event
    B(
        text='Those affected by the fires need to be placed in temporary housing until new homes are built for them.',
        due=None,
        vague=False,
        said='2010-07-30 06:00:00',
        tz='Europe/Moscow',
        refusal='event',
        cluster=5,
        source='http://en.special.kremlin.ru/events/president/news/8500',
        published='2010-07-30',
    ),
    # European Commission press material, Brussels, Monday 22 May 2023 (republished by ieu-monitoring.com): 'Today' is 22 May 2023, end of day (CEST)
    B(
        text='Today, Ireland will submit a request to the Commission to modify its recovery and resilience plan.',
        due='2023-05-22 21:59:59',
        vague=False,
        said='2023-05-22 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source='https://ieu-monitoring.com/editorial/nextgenerationeu-ireland-to-submit-request-to-modify-recovery-and-resilience-plan/407731?utm_source=ieu-portal',
        published='2023-05-22',
    ),
    # the same release: 'up to two months' counts from the submission ('Once Ireland has submitted'), an event: event. unsure: the release says the submission is today, so a reader may count two months from 22 May 2023 (22 July 2023)
    B(
        text='Once Ireland has submitted its request, the Commission has up to two months to assess whether the modified plan still fulfils the assessment criteria in the RRF Regulation.',
        due=None,
        vague=False,
        said='2023-05-22 08:00:00',
        tz='Europe/Brussels',
        refusal='event',
        cluster=5,
        source='https://ieu-monitoring.com/editorial/nextgenerationeu-ireland-to-submit-request-to-modify-recovery-and-resilience-plan/407731?utm_source=ieu-portal',
        published='2023-05-22',
    ),
    # the same release: 'up to four weeks' runs from an undated Commission proposal ('then'): event
    B(
        text="Member States will then have up to four weeks to endorse the Commission's assessment.",
        due=None,
        vague=False,
        said='2023-05-22 08:00:00',
        tz='Europe/Brussels',
        refusal='event',
        cluster=5,
        source='https://ieu-monitoring.com/editorial/nextgenerationeu-ireland-to-submit-request-to-modify-recovery-and-resilience-plan/407731?utm_source=ieu-portal',
        published='2023-05-22',
    ),
    # European Commission Representation in Ireland newsletter (undated; it reports the European Council of 27-28 June 2024 as 'this afternoon and tomorrow', so Thursday 27 June 2024 is taken): the meeting's later day, 28 June 2024, end of day (CEST); '2024-2029' names the agenda's period, not a deadline
    B(
        text='EU leaders are meeting this afternoon and tomorrow in Brussels where they will decide on the top EU jobs for the next institutional cycle and adopt the strategic agenda 2024-2029, a policy plan that sets the EU’s direction and goals.',
        due='2024-06-28 21:59:59',
        vague=False,
        said='2024-06-27 08:00:00',
        tz='Europe/Brussels',
        cluster=3,
        source='https://ec.europa.eu/newsroom/representations/newsletter-archives/54261',
        published='2024-06-27',
    ),
    # European Commission Representation in Ireland newsletter (undated; 'today (Thursday)' at Bloom 2024 is Thursday 30 May 2024): 'by 2050' is the end of 2050 (CET)
    B(
        text='Designed for the European Commission by Oliver and Liat Schurmann, the garden articulates the values of the EU’s Green Deal, seeking to make Europe the first carbon-neutral continent by 2050.',
        due='2050-12-31 22:59:59',
        vague=False,
        said='2024-05-30 08:00:00',
        tz='Europe/Brussels',
        cluster=1,
        source='https://ec.europa.eu/newsroom/representations/newsletter-archives/53582',
        published='2024-05-30',
    ),
    # the same newsletter: 'over the weekend' is Saturday-Sunday 1-2 June 2024: due Sunday 2 June 2024, end of day (CEST)
    B(
        text="If you're one of the 100,000 visitors to Bloom over the weekend, I would invite you to drop in and experience our rather unique garden which was inspired by the ideals of the European Green Deal.",
        due='2024-06-02 21:59:59',
        vague=False,
        said='2024-05-30 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source='https://ec.europa.eu/newsroom/representations/newsletter-archives/53582',
        published='2024-05-30',
    ),
    # Ofwat statutory consultation page, published Tuesday 3 August 2021: 'is 1 September 2021' is the closing day, end of day (BST)
    B(
        text='The closing date for this consultation is 1 September 2021 and we will consider all responses carefully.',
        due='2021-09-01 22:59:59',
        vague=False,
        said='2021-08-03 09:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://www.ofwat.gov.uk/consultation/statutory-consultation-on-updating-ofwats-charging-rules/',
        published='2021-08-03',
    ),
    # the same page: 'to take effect from 1 April 2022' is when the rules start, and the issuing is undated: earliest (1 April 2022)
    B(
        text='This statutory consultation is the formal, final step before we issue revised rules, to take effect from 1 April 2022, which we issue under the Act.',
        due=None,
        vague=False,
        said='2021-08-03 09:00:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='2022-03-31 23:00:00',
        cluster=5,
        source='https://www.ofwat.gov.uk/consultation/statutory-consultation-on-updating-ofwats-charging-rules/',
        published='2021-08-03',
    ),
    # Ofwat consultation page, published Tuesday 6 November 2018: the closing line 'Tuesday November 20th, 2018 5:00pm' is 17:00 GMT that day
    B(
        text='Closing date: Tuesday November 20th, 2018 5:00pm',
        due='2018-11-20 17:00:00',
        vague=False,
        said='2018-11-06 10:00:00',
        tz='Europe/London',
        cluster=2,
        source='https://www.ofwat.gov.uk/consultation/consultation-on-changes-to-the-charges-scheme-rules-wholesale-charging-rules-and-the-charging-rules-for-new-connection-services-english-undertakers-in-accordance-with-1436a-143b-66e-and-117i-a/',
        published='2018-11-06',
    ),
    # the same page: 'On 1 April 2018 ... came into effect' is past
    B(
        text='On 1 April 2018, our Charging Rules for New Connection Services (English Undertakers) came into effect.',
        due=None,
        vague=False,
        said='2018-11-06 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://www.ofwat.gov.uk/consultation/consultation-on-changes-to-the-charges-scheme-rules-wholesale-charging-rules-and-the-charging-rules-for-new-connection-services-english-undertakers-in-accordance-with-1436a-143b-66e-and-117i-a/',
        published='2018-11-06',
    ),
    # Defra consultation outcome on gov.uk, updated Tuesday 17 December 2024: 'from 12 August to 7 October 2024' is a closed window: past
    B(
        text='This was open for responses from 12 August to 7 October 2024.',
        due=None,
        vague=False,
        said='2024-12-17 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://gov.uk/government/consultations/water-and-sewerage-changes-to-the-service-standards/outcome/summary-of-responses-and-government-response',
        published='2024-12-17',
    ),
    # DOE press release carried by the University of Washington's federal relations blog (undated there; a July 2009 Recovery Act announcement, so 1 July 2009 is taken; the label holds for any reference before 1 August 2009): two dates, the later 'September 1, 2009', end of day (EDT)
    B(
        text='Letters of intent will be due on August 1, 2009, and proposals will be due on September 1, 2009.',
        due='2009-09-02 03:59:59',
        vague=False,
        said='2009-07-01 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='https://www.washington.edu/federalrelations/category/energy-rd/page/36/',
        published='2009-07-01',
    ),
    # the same release: 'in early 2010' is January-April 2010: 30 April 2010, end of day (EDT); 'for five years' is how long each award runs
    B(
        text='U.S. Energy Secretary Steven Chu announced today that up to $85 million in funding under the American Recovery and Reinvestment Act will be awarded in early 2010 to support at least 50 early career researchers for five years at U.S. academic institutions and DOE national laboratories.',
        due='2010-05-01 03:59:59',
        vague=False,
        said='2009-07-01 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='https://www.washington.edu/federalrelations/category/energy-rd/page/36/',
        published='2009-07-01',
    ),
    # EPA Superfund public comment page (UNT end-of-term archive capture of 16 January 2009): 'a 60-day comment period following the publication date' counts from undated notices, a standing rule: event
    B(
        text='EPA considers all comments received during a 60-day comment period following the publication date in the Federal Register.',
        due=None,
        vague=False,
        said='2009-01-16 15:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source='https://webarchive.library.unt.edu/eot2008/20090116051601/http:/www.epa.gov/superfund/sites/npl/pubcom.htm',
        published='2009-01-16',
    ),
    # the same page: 'approximately one week after the formal comment period closes' hangs on an undated close: event
    B(
        text='A complete set of comments will be available for viewing in the Regional docket approximately one week after the formal comment period closes.',
        due=None,
        vague=False,
        said='2009-01-16 15:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source='https://webarchive.library.unt.edu/eot2008/20090116051601/http:/www.epa.gov/superfund/sites/npl/pubcom.htm',
        published='2009-01-16',
    ),
    # Federal Register proposed rule of Wednesday 8 July 2020 (EPA Region 5): 'by August 7, 2020' is that day, end of day (EDT, the Federal Register's zone)
    B(
        text='Comments must be received by August 7, 2020.',
        due='2020-08-08 03:59:59',
        vague=False,
        said='2020-07-08 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='http://federal.elaws.us/fr/7/8/2020/2020-14586',
        published='2020-07-08',
    ),
    # Commons written answers, Tuesday 16 December 2008 (Justice): 'by 2014' is the end of 2014 (GMT)
    B(
        text='The prison capacity programme is expected to be complete by 2014.',
        due='2014-12-31 23:59:59',
        vague=False,
        said='2008-12-16 10:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://hansard.parliament.uk/Commons/2008-12-16/debates/08121685000082/PrisonsConstruction',
        published='2008-12-16',
    ),
    # Commons written answer, Friday 19 February 1965 (Health): 'as soon as possible after a contract is placed' waits for an undated contract: event
    B(
        text='Tenders have been invited and I expect building to start as soon as possible after a contract is placed.',
        due=None,
        vague=False,
        said='1965-02-19 10:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source='https://api.parliament.uk/historic-hansard/written-answers/1965/feb/19/northwick-park-hospital',
        published='1965-02-19',
    ),
    # Commons oral answers, Monday 29 March 1965 (Health): 'in due course' sits inside 'Until ... I cannot speculate', which promises nothing by any time: no deadline (event). unsure: a reader may take 'in due course' as the vague 60 days
    B(
        text='Until hospital boards have reviewed their programmes and I have in due course considered their revised proposals, I cannot speculate on the number of hospitals likely to be built.',
        due=None,
        vague=False,
        said='1965-03-29 09:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source='https://api.parliament.uk/historic-hansard/commons/1965/mar/29/new-hospitals',
        published='1965-03-29',
    ),
    # Commons written answer, Monday 16 November 1959 (Health): the proposed spending year '1961–62' is the GB financial year ending 31 March 1962, end of day (GMT); 'next year, 1960–61' is the comparison
    B(
        text='It is proposed, subject to the voting by Parliament of the necessary funds, that £31 million shall be spent on capital development in the hospital service in England and Wales in 1961–62, compared with £25½ million for next year, 1960–61.',
        due='1962-03-31 22:59:59',
        vague=False,
        said='1959-11-16 10:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://api.parliament.uk/historic-hansard/written-answers/1959/nov/16/building-programme',
        published='1959-11-16',
    ),
    # GAO testimony GAO-11-413T of Wednesday 9 March 2011 (carried by studylib): 'Expected at 2:00 p.m. EST Wednesday, March 9, 2011' is that instant
    B(
        text='For Release on Delivery Expected at 2:00 p.m. EST Wednesday, March 9, 2011',
        due='2011-03-09 19:00:00',
        vague=False,
        said='2011-03-09 15:00:00',
        tz='America/New_York',
        cluster=2,
        source='https://studylib.net/doc/11274625/gao',
        published='2011-03-09',
    ),
    # the same testimony: the Act's mandate 'by August 2010' was already past when the testimony was given: past
    B(
        text='The Implementing Recommendations of the 9/11 Commission Act of 2007 mandated DHS to establish a system to screen 100 percent of cargo flown on passenger aircraft by August 2010.',
        due=None,
        vague=False,
        said='2011-03-09 15:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source='https://studylib.net/doc/11274625/gao',
        published='2011-03-09',
    ),
    # Dáil written answer, Wednesday 11 May 2011 (Education; KildareStreet's '9:00 pm' is its listing time, not the time of speaking, so 10:00 is taken): 'this summer' ends 31 August 2011, end of day (IST)
    B(
        text='Subject to no issues arising, it is envisaged that the project will commence construction this summer.',
        due='2011-08-31 22:59:59',
        vague=False,
        said='2011-05-11 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.kildarestreet.com/wrans/?id=2011-05-11.733.0',
        published='2011-05-11',
    ),
    # Dáil written answer, Tuesday 12 April 2011 (Education): 'in 2011' is the end of 2011 (GMT); 'announced on 24 January 2011' is past
    B(
        text='I am pleased to be able to confirm to the Deputy that a major project for the school to which he refers was included on the list of projects on the work programme for 2011, which was announced on 24 January 2011, where briefs will be formulated in 2011 and the process of appointing a Design Team will commence.',
        due='2011-12-31 23:59:59',
        vague=False,
        said='2011-04-12 09:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source='https://www.oireachtas.ie/ga/debates/question/2011-04-12/157/',
        published='2011-04-12',
    ),
    # the same answer: 'in due course' is the vague 60 days: 11 June 2011, end of day (IST)
    B(
        text='My officials will be in further contact with the school authority in due course relating to the steps to be taken to progress the project.',
        due='2011-06-11 22:59:59',
        vague=True,
        said='2011-04-12 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.oireachtas.ie/ga/debates/question/2011-04-12/157/',
        published='2011-04-12',
    ),
    # Dáil written answer, Tuesday 23 January 2018 (Education): 'in Quarter 1 of 2018' ends 31 March 2018, end of day (IST)
    B(
        text='Assuming no further issues arise and the contract is awarded the project will thereafter proceed to construction in Quarter 1 of 2018.',
        due='2018-03-31 22:59:59',
        vague=False,
        said='2018-01-23 10:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.oireachtas.ie/en/debates/question/2018-01-23/217/',
        published='2018-01-23',
    ),
    # Dáil written answer, Wednesday 6 October 2010 (Education): 'when that assessment is complete' is an undated event; 'earlier this year' is past: event
    B(
        text='The Board of Management of the school are currently assessing tenders from candidate firms for the appointment of the design team and will revert to my Department with the preferred candidates when that assessment is complete.',
        due=None,
        vague=False,
        said='2010-10-06 09:00:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=5,
        source='https://www.kildarestreet.com/wrans/?id=2010-10-06.653.0&s=speaker%3A230',
        published='2010-10-06',
    ),
    # White House press gaggle aboard Air Force One, Friday 28 April 2017, 1:09 P.M. EDT: 'tomorrow' is Saturday 29 April 2017, end of day (EDT)
    B(
        text='The President is going to speak again tomorrow about Judge Gorsuch',
        due='2017-04-30 03:59:59',
        vague=False,
        said='2017-04-28 17:09:00',
        tz='America/New_York',
        cluster=6,
        source='https://trumpwhitehouse.archives.gov/briefings-statements/press-gaggle-press-secretary-sean-spicer-en-route-atlanta-ga-042817/',
        published='2017-04-28',
    ),
    # White House press gaggle, Tuesday 18 April 2017, 12:54 P.M. EDT (American Presidency Project): 'over the next couple of weeks' is two weeks: 2 May 2017, end of day (EDT). unsure: 'a couple of weeks' may be read as a vague few weeks (4 weeks)
    B(
        text='And so that date has not been set when it will be, but it will be scheduled at some point over the next couple of weeks.',
        due='2017-05-03 03:59:59',
        vague=False,
        said='2017-04-18 16:54:00',
        tz='America/New_York',
        cluster=6,
        source='https://www.presidency.ucsb.edu/documents/press-gaggle-principal-deputy-press-secretary-sarah-sanders-3',
        published='2017-04-18',
    ),
    # the same gaggle: 'mentioned yesterday' is when it was said; the visit 'on Thursday' is 20 April 2017, end of day (EDT)
    B(
        text='And then, lastly, Sean mentioned yesterday that the Prime Minister of Italy will visit on Thursday, and there will be a joint press conference in conjunction with that visit.',
        due='2017-04-21 03:59:59',
        vague=False,
        said='2017-04-18 16:54:00',
        tz='America/New_York',
        cluster=3,
        source='https://www.presidency.ucsb.edu/documents/press-gaggle-principal-deputy-press-secretary-sarah-sanders-3',
        published='2017-04-18',
    ),
    # White House press gaggle, Monday 4 December 2017, 5:50 P.M. EST (American Presidency Project): 'today' is denied ('No action ... today'); 'in coming days' is the vague 7 days: 11 December 2017, end of day (EST)
    B(
        text='No action, though, will be taken on the waiver today, and we will share a decision on the waiver in coming days.',
        due='2017-12-12 04:59:59',
        vague=True,
        said='2017-12-04 22:50:00',
        tz='America/New_York',
        cluster=3,
        source='https://www.presidency.ucsb.edu/documents/press-gaggle-deputy-press-secretary-hogan-gidley-0',
        published='2017-12-04',
    ),
    # the same gaggle: 'this week' ends Sunday 10 December 2017, end of day (EST); 'did invite' is past, the visit is what is dated
    B(
        text="We'd also like to talk about -- we can now confirm that the President did invite Senator Schumer and Speaker Pelosi to come to the White House this week.",
        due='2017-12-11 04:59:59',
        vague=False,
        said='2017-12-04 22:50:00',
        tz='America/New_York',
        cluster=6,
        source='https://www.presidency.ucsb.edu/documents/press-gaggle-deputy-press-secretary-hogan-gidley-0',
        published='2017-12-04',
    ),
    # the same gaggle: 'As soon as we have more details' is an undated event: event
    B(
        text='As soon as we have more details, we will confirm those with you guys as well.',
        due=None,
        vague=False,
        said='2017-12-04 22:50:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source='https://www.presidency.ucsb.edu/documents/press-gaggle-deputy-press-secretary-hogan-gidley-0',
        published='2017-12-04',
    ),
    # NASA/JPL text carried by a blog post of Thursday 22 May 2008 (JPL is in Pasadena, its times Pacific: America/Los_Angeles): 'just before 8 p.m. EDT this Sunday' is Sunday 25 May 2008, 20:00 EDT
    B(
        text='After a journey of 10-months and more than 400 million miles, Phoenix arrives at the Red Planet just before 8 p.m. EDT this Sunday, beginning its study of water and possible conditions for life in the Martian arctic',
        due='2008-05-26 00:00:00',
        vague=False,
        said='2008-05-22 17:00:00',
        tz='America/Los_Angeles',
        cluster=2,
        source='http://spaceboosterscouk.blogspot.com/2008/05/phoenix-set-for-challenging-mars.html',
        published='2008-05-22',
    ),
    # the same post (JPL news release): 'at 4:46 p.m. PDT on May 25' is that instant
    B(
        text='Entry, descent and landing begins at 4:46 p.m. PDT on May 25, when the flight team listens for radio signals indicating that Phoenix has entered the top of the Martian atmosphere.',
        due='2008-05-25 23:46:00',
        vague=False,
        said='2008-05-22 17:00:00',
        tz='America/Los_Angeles',
        cluster=2,
        source='http://spaceboosterscouk.blogspot.com/2008/05/phoenix-set-for-challenging-mars.html',
        published='2008-05-22',
    ),
    # the Welsh Secretary's words of Friday 21 July 2017 (from the UK Government's announcement, Open Government Licence; quoted by Capital FM, only his words taken): 'next year' is 2018: 31 December 2018, end of day (GMT)
    B(
        text='The decision to abolish the Severn tolls next year sends a powerful message to businesses, commuters and tourists alike that the UK Government is committed to strengthening the Welsh economy.',
        due='2018-12-31 23:59:59',
        vague=False,
        said='2017-07-21 09:00:00',
        tz='Europe/London',
        cluster=6,
        source='http://www.capitalfm.com/southwales/radio/news/local/severn-bridge-tolls-to-be-scrapped-next-year/',
        published='2017-07-21',
    ),
    # Commons written answer, Monday 17 November 1997 (Environment, Transport and the Regions): two closing steps, 'by the end of 1999' and 'by the end of 2000', fall due at the later: 31 December 2000, end of day (GMT); 'Once the new technology is in place' is the condition, the dates are the plan
    B(
        text='Once the new technology is in place HMCG will be able to concentrate their operational expertise within fewer rescue co-ordination sub-centres by closing the rescue sub-centres at Oban and Pentland (Orkney) by the end of 1999, and Tyne-Tees and Liverpool by the end of 2000.',
        due='2000-12-31 23:59:59',
        vague=False,
        said='1997-11-17 10:00:00',
        tz='Europe/London',
        cluster=3,
        source='https://api.parliament.uk/historic-hansard/written-answers/1997/nov/17/coastguard',
        published='1997-11-17',
    ),
    # the same answer: 'by March 2002' is the end of March 2002, 31 March 2002, end of day (BST)
    B(
        text='Portland and Solent rescue sub-centres at present in unsuitable buildings will be bought together under the same roof by March 2002.',
        due='2002-03-31 22:59:59',
        vague=False,
        said='1997-11-17 10:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://api.parliament.uk/historic-hansard/written-answers/1997/nov/17/coastguard',
        published='1997-11-17',
    ),
    # Dáil Order of Business, Wednesday 16 January 2013: the motion is taken 'immediately after the Order of Business tomorrow' and concluded 'after 90 minutes on that day': the day is certain, 17 January 2013, end of day (GMT). unsure: the hour hangs on when the Order of Business ends, and a reader may refuse the clause as an event
    B(
        text="Private Members' business, No. 79, motion re further education and training, shall also take place immediately after the Order of Business tomorrow and shall, if not previously concluded, be brought to a conclusion after 90 minutes on that day.",
        due='2013-01-17 23:59:59',
        vague=False,
        said='2013-01-16 10:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source='https://www.oireachtas.ie/en/debates/debate/dail/2013-01-16/4/',
        published='2013-01-16',
    ),
    # Council of the EU press release 564/15 of Wednesday 8 July 2015 (carried by cr-international.com): 'will be abolished as of 15 June 2017' is the day the abolition must be in force: 15 June 2017, end of day (CEST). unsure: 'as of' may be read as a start only (earliest 15 June 2017, no deadline)
    B(
        text='Under the agreement, roaming surcharges in the European Union will be abolished as of 15 June 2017.',
        due='2017-06-15 21:59:59',
        vague=False,
        said='2015-07-08 08:00:00',
        tz='Europe/Brussels',
        cluster=5,
        source='http://www.cr-international.com/41158.html',
        published='2015-07-08',
    ),
    # the same release: 'by 15 December 2016' is that day, end of day (CET)
    B(
        text='The limit for fair use will be defined by the EU Commission by 15 December 2016.',
        due='2016-12-15 22:59:59',
        vague=False,
        said='2015-07-08 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source='http://www.cr-international.com/41158.html',
        published='2015-07-08',
    ),
    # the same release: 'by 15 June 2016' is that day, end of day (CEST)
    B(
        text='To achieve this, the EU Commission will be mandated to review the wholesale roaming market and propose a new law by 15 June 2016.',
        due='2016-06-15 21:59:59',
        vague=False,
        said='2015-07-08 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source='http://www.cr-international.com/41158.html',
        published='2015-07-08',
    ),
    # the same release: 'on 30 April 2016' is that day, end of day (CEST)
    B(
        text='Roaming fees will already come down on 30 April 2016.',
        due='2016-04-30 21:59:59',
        vague=False,
        said='2015-07-08 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source='http://www.cr-international.com/41158.html',
        published='2015-07-08',
    ),
    # the same release: 'by the end of 2015' is 31 December 2015, end of day (CET)
    B(
        text='For calls received, the maximum surcharge will be the weighted average of maximum mobile termination rates across the EU, to be set out by the EU Commission by the end of 2015.',
        due='2015-12-31 22:59:59',
        vague=False,
        said='2015-07-08 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source='http://www.cr-international.com/41158.html',
        published='2015-07-08',
    ),
    # Council of the EU press release of Wednesday 8 February 2017 (republished by eunews.it): Parliament 'in April' and the Council 'at the latest in May' fall due at the later: 31 May 2017, end of day (CEST)
    B(
        text='It is envisaged that the Parliament will adopt the regulation in April and the Council at the latest in May.',
        due='2017-05-31 21:59:59',
        vague=False,
        said='2017-02-08 09:00:00',
        tz='Europe/Brussels',
        cluster=3,
        source='https://eunews.it/2017/02/08/last-step-to-end-roaming-fees-council-approves-wholesale-deal',
        published='2017-02-08',
    ),
    # Seanad, Business of Seanad, Wednesday 31 May 2017 (the sitting was suspended at 7.21 p.m., so that is the moment of speaking): 'suspend until 7.45 p.m.' is 19:45 IST that evening
    B(
        text='As the Minister is in the Dáil I propose that we suspend until 7.45 p.m.',
        due='2017-05-31 18:45:00',
        vague=False,
        said='2017-05-31 18:21:00',
        tz='Europe/Dublin',
        cluster=2,
        source='https://www.oireachtas.ie/ga/debates/debate/seanad/2017-05-31/21/',
        published='2017-05-31',
    ),
    # the same exchange after the sitting resumed at 7.45 p.m.: 'suspend until 8.15 p.m.' is 20:15 IST
    B(
        text='In view of there being a vote in the Dáil and there is another piece of legislation to be dealt with in the Lower House, I propose that we suspend until 8.15 p.m.',
        due='2017-05-31 19:15:00',
        vague=False,
        said='2017-05-31 18:45:00',
        tz='Europe/Dublin',
        cluster=2,
        source='https://www.oireachtas.ie/ga/debates/debate/seanad/2017-05-31/21/',
        published='2017-05-31',
    ),
    # Seanad, Business of Seanad, Tuesday 2 February 2016 (the Seanad sat at 2.30 p.m. and this came at the start, with Commencement matters, so 14:30 is taken): 'in the next 15 or 20 minutes' falls due at the later end, 14:50 GMT
    B(
        text='There is a possibility that a Minister will be along in the next 15 or 20 minutes and that we will be able to deal with the matters then.',
        due='2016-02-02 14:50:00',
        vague=False,
        said='2016-02-02 14:30:00',
        tz='Europe/Dublin',
        cluster=1,
        source='https://www.oireachtas.ie/en/debates/debate/seanad/2016-02-02/2/',
        published='2016-02-02',
    ),
    # Seanad Order of Business, Wednesday 11 December 2013, 11:20 am (KildareStreet): 'early in the new year' is January-April 2014 and vague: 30 April 2014, end of day (IST)
    B(
        text="Senators O'Brien and Mullins are looking for a debate on sport with the Minister, Deputy Varadkar, so we will try to arrange that for early in the new year.",
        due='2014-04-30 22:59:59',
        vague=True,
        said='2013-12-11 11:20:00',
        tz='Europe/Dublin',
        cluster=3,
        source='https://www.kildarestreet.com/sendebates/?gid=2013-12-11a.79',
        published='2013-12-11',
    ),
    # the same reply: 'on Monday' is Monday 16 December 2013, end of day (GMT)
    B(
        text='The pyrite Bill is due to come before this House on Monday.',
        due='2013-12-16 23:59:59',
        vague=False,
        said='2013-12-11 11:20:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.kildarestreet.com/sendebates/?gid=2013-12-11a.79',
        published='2013-12-11',
    ),
    # Seanad Order of Business, Tuesday 8 October 2019, 3:30 pm (KildareStreet): 'in due course' is the vague 60 days: 7 December 2019, end of day (GMT)
    B(
        text='We will have a debate on pyrite with the Minister of State, Deputy English, in due course.',
        due='2019-12-07 23:59:59',
        vague=True,
        said='2019-10-08 14:30:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.kildarestreet.com/sendebates/?gid=2019-10-08a.45',
        published='2019-10-08',
    ),
    # the same reply: 'on 23 October' is 23 October 2019, end of day (IST); 'before then' points back to it
    B(
        text='Perhaps she can communicate her concerns to the Minister, Deputy Harris, when he is in the House on 23 October if she has not got an opportunity to do so before then.',
        due='2019-10-23 22:59:59',
        vague=False,
        said='2019-10-08 14:30:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.kildarestreet.com/sendebates/?gid=2019-10-08a.45',
        published='2019-10-08',
    ),
    # Seanad Order of Business, Tuesday 15 May 2012, 3:00 pm (KildareStreet): 'early next month' is 1-10 June 2012: 10 June 2012, end of day (IST)
    B(
        text='He is not interfering with the work of the expert panel he established to compile the report and he expects the report to be published early next month.',
        due='2012-06-10 22:59:59',
        vague=False,
        said='2012-05-15 14:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.kildarestreet.com/sendebates/?gid=2012-05-15.198.0',
        published='2012-05-15',
    ),
    # the same reply: 'As soon as a date has been secured' is an undated event: event
    B(
        text="As soon as a date has been secured in the Minister's diary, we will inform the House.",
        due=None,
        vague=False,
        said='2012-05-15 14:00:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=5,
        source='https://www.kildarestreet.com/sendebates/?gid=2012-05-15.198.0',
        published='2012-05-15',
    ),
    # Seanad, Business of Seanad, Thursday 20 February 1986: 'on Wednesday at 2.30 p.m.' is Wednesday 26 February 1986, 14:30 GMT
    B(
        text='It is proposed to sit on Wednesday at 2.30 p.m.',
        due='1986-02-26 14:30:00',
        vague=False,
        said='1986-02-20 10:00:00',
        tz='Europe/Dublin',
        cluster=2,
        source='https://www.oireachtas.ie/en/debates/debate/seanad/1986-02-20/10/',
        published='1986-02-20',
    ),
    # the same exchange (a Thursday): 'next Thursday' is Thursday 27 February 1986, end of day (GMT)
    B(
        text='The Minister of State at the Department of Social Welfare will be available next Thursday and so will the Minister of State at the Department of Agriculture.',
        due='1986-02-27 23:59:59',
        vague=False,
        said='1986-02-20 10:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.oireachtas.ie/en/debates/debate/seanad/1986-02-20/10/',
        published='1986-02-20',
    ),
    # Lords, Monday 11 March 1985, 2.58 p.m.: 'this week' ends Sunday 17 March 1985, end of day (GMT); 'probably on Thursday' hedges inside it. unsure: a reader may take Thursday 14 March as the deadline
    B(
        text='The Government expect to lay amendments in the Printed Paper Office this week, probably on Thursday.',
        due='1985-03-17 23:59:59',
        vague=False,
        said='1985-03-11 14:58:00',
        tz='Europe/London',
        cluster=3,
        source='https://api.parliament.uk/historic-hansard/lords/1985/mar/11/insolvency-bill-hl',
        published='1985-03-11',
    ),
    # the same reply: 'before this week is out' is Sunday 17 March 1985, end of day (GMT); 'during last week' is past
    B(
        text='The last meeting with Messrs. Allen and Overy took place during last week and I expect to give the noble Lord a full response in relation to his questions also before this week is out.',
        due='1985-03-17 23:59:59',
        vague=False,
        said='1985-03-11 14:58:00',
        tz='Europe/London',
        cluster=3,
        source='https://api.parliament.uk/historic-hansard/lords/1985/mar/11/insolvency-bill-hl',
        published='1985-03-11',
    ),
    # Lords oral question, Monday 8 June 1981, 3.40 p.m.: 'later this month' runs to 30 June 1981, end of day (BST)
    B(
        text='He is aware that we in this House are awaiting the Third Reading of the Laboratory Animals Protection Bill, which may take place later this month.',
        due='1981-06-30 22:59:59',
        vague=False,
        said='1981-06-08 14:40:00',
        tz='Europe/London',
        cluster=6,
        source='https://api.parliament.uk/historic-hansard/lords/1981/jun/08/animal-experiments-advisory-committee',
        published='1981-06-08',
    ),
    # Maritime and Coastguard Agency consultation outcome on gov.uk, updated Thursday 16 November 2023: 'between 1 August and 28 August 2023' is a closed window: past
    B(
        text='The consultation was carried out between 1 August and 28 August 2023.',
        due=None,
        vague=False,
        said='2023-11-16 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://www.gov.uk/government/consultations/consultation-on-the-draft-mgn-627-m-amendment-1/outcome/consultation-outcome-report',
        published='2023-11-16',
    ),
)
