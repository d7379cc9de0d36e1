"""A NINTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-01/02 by a labelling helper (branch issue12m-s9) that
neither changed nor ran the parser: it read only the conventions written in the docstrings
(`blind_real.py`, the parser package's docstring, `blind_fresh7.py` and the eighth set's
`blind_fresh8.py` on branch issue12l-s9, and their comments), the README next to this file
and the scoring rule of `bench/deadlines.py` (a case is right when both say no deadline,
or the due instant agrees to the minute and, for a case labelled vague, the parser's
result is vague too). The sentences were found with a search over stored copies of public
pages and taken as they came in the pages read, leaning away from NASA and the other US
federal pages the eighth set drew on: Hansard (written statements, oral answers, a public
bill committee, Commons statements) read directly and on TheyWorkForYou, Dáil debates on
oireachtas.ie and KildareStreet, kremlin.ru instruction lists, gov.uk departmental and
agency releases carried by ukpol.co.uk, European Commission material, Wikinews, and US
agencies other than NASA (EPA, FCC, IRS, FDA, the Department of Energy and others, many
through the Federal Register and its mirrors); no address already listed in README.md (nor
in the eighth set's section on branch issue12l-s9) and no page under `tests/data/articles/`
or `tests/data/agreement/`, and no sentence already in another set. Each label was worked
out by hand from the words, the publication date and the publisher's zone alone; the UTC
wall times were computed from local times with the standard library's zoneinfo, never with
project code. No run of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the
tests touched these texts before the labels were committed; the helper improving the
parser has not seen them.

Same conventions as `blind_real.py` (its docstring) and the earlier fresh sets: the
publisher's zone (UK Parliament and gov.uk texts: Europe/London; Oireachtas:
Europe/Dublin; kremlin.ru: Europe/Moscow; European Commission: Europe/Brussels; US federal
publishers: America/New_York); the publication date at 10:00 local unless the source gives
the time; a day falls due at 23:59:59 local; a clock time with a zone word is that
instant; a clock time without one is in the publisher's zone; a range or a schedule falls
due at its later end; vague windows as in the parser's docstring (60 days for "soon", "as
soon as possible" and, here, "as quickly as possible"; 7 days for "a few days"; 3 months
for "the coming months"); seasons are meteorological; fiscal years end where the
publisher's country puts them (US federal: 30 September); the size of an extension or
delay is not a deadline; refusals have `due=None` and a `refusal` kind (earliest | negated
| past | event | recurring), with `earliest` for earliest-only wording. Where the carrying
page shows no date, the comment says which reference was taken and whether the label
depends on it. Labels marked "unsure" in their comment are the ones a reviewer may argue
(the comment names the other reading); like every label here they stay as committed,
whatever the first run shows. First run: not yet taken (the lead runs it once, after
merging, and records it in README.md). Sources and licences are in README.md next to this
file ("Ninth fresh blind set"). Never edit these labels to fit the parser.
"""


from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

FRESH9_CASES: tuple[BlindCase, ...] = (

    # -- cluster 1: numbers: years, counts and numbers that are not times
    # the same notice: the plan covers 'a second 10-year period through 2025': due at the end of 2025; 'PM 10' and '10-year' are a name and the period's length
    B(
        text='The plan explains how this area will continue to meet the PM 10 National Ambient Air Quality Standard for a second 10-year period through 2025.',
        due='2026-01-01 04:59:59',
        vague=False,
        said='2015-07-30 14:00:00',
        tz='America/New_York',
        cluster=1,
        source='https://self-law.org/code/register/2015/07/30/2015-18349',
        published='2015-07-30',
    ),
    # the same rule: 'As promulgated in October 2023' (past) and 'any year between 2011-2022' (past years whose data is reported): no deadline in the sentence
    B(
        text='As promulgated in October 2023, the regulation requires manufacturers (including importers) of PFAS in any year between 2011-2022 to report certain data to EPA related to exposure and environmental and health effects.',
        due=None,
        vague=False,
        said='2024-09-05 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=1,
        source='https://govinfo.gov/content/pkg/FR-2024-09-05/html/2024-19931.htm',
        published='2024-09-05',
    ),
    # Dáil, 21 October 2015: 'sat for only five days in September' is past; 'is due to sit for ten days in October' falls due at the end of this October (counts of days are not dates)
    B(
        text='The Dáil sat for only five days in September and is due to sit for ten days in October.',
        due='2015-10-31 23:59:59',
        vague=False,
        said='2015-10-21 09:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source='https://www.oireachtas.ie/en/debates/debate/dail/2015-10-21/19/',
        published='2015-10-21',
    ),
    # the same release: '1.5 million' is a count; 'over this Parliament' is a period the sentence does not date: an event
    B(
        text='It must also help to deliver 1.5 million safe, high-quality homes over this Parliament',
        due=None,
        vague=False,
        said='2025-04-24 09:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=1,
        source='https://www.ukpol.co.uk/category/press-releases/page/159',
        published='2025-04-24',
    ),
    # Natural England release of 2 October 2023: counts (3,500, 4,500, 260, 184) beside 'before April 2024', due at the end of 31 March 2024 (BST has begun that day).
    # unsure: 'credits sourced ... before April 2024' may report a tally already reached, so a reader may refuse it as past
    B(
        text='Previous rounds of credits unlocked 3,500 homes, with credits sourced for another 4,500 homes before April 2024 which has seen over 260 hectares – or 184 football pitches – created for wildlife.',
        due='2024-03-31 22:59:59',
        vague=False,
        said='2023-10-02 09:00:00',
        tz='Europe/London',
        cluster=1,
        source='https://www.ukpol.co.uk/category/press-releases/page/546',
        published='2023-10-02',
    ),
    # DHSC release of 2 January 2024: '6.1 million' a count, 'as of November 2023' and 'in July 2021' the past
    B(
        text='A total of 6.1 million checks were carried out at CDCs as of November 2023, since they were first introduced in July 2021.',
        due=None,
        vague=False,
        said='2024-01-02 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=1,
        source='https://www.ukpol.co.uk/category/press-releases/page/440',
        published='2024-01-02',
    ),
    # -- cluster 2: clock times and zone words
    # Dáil order of business at 12:30 on 18 November 2015: 'later than 9 p.m.' is a lower bound, 'adjourn not later than 10 p.m.' the deadline, today at 22:00 Dublin (GMT); '(1)', '(2)', 'No. 13' are item numbers
    B(
        text='It is proposed, notwithstanding anything in Standing Orders, that: (1) the Dáil shall sit later than 9 p.m. and adjourn not later than 10 p.m.; (2) No. 13 shall be decided without debate;',
        due='2015-11-18 22:00:00',
        vague=False,
        said='2015-11-18 12:30:00',
        tz='Europe/Dublin',
        cluster=2,
        source='https://www.kildarestreet.com/debates/?id=2015-11-18a.326',
        published='2015-11-18',
    ),
    # -- cluster 3: several dates in one sentence
    # the same rule: the start of a submission period is moved 'from November 12, 2024, to July 11, 2025'; the new date starts a period whose end is not given: earliest-only.
    # unsure: a reader may take 11 July 2025 as the date the change is due
    B(
        text='EPA is making a one-time modification to change the beginning of the data submission period from November 12, 2024, to July 11, 2025, with a corresponding change to the end of the submission period.',
        due=None,
        vague=False,
        said='2024-09-05 14:00:00',
        tz='America/New_York',
        refusal='earliest',
        earliest='2025-07-11 04:00:00',
        cluster=3,
        source='https://govinfo.gov/content/pkg/FR-2024-09-05/html/2024-19931.htm',
        published='2024-09-05',
    ),
    # Federal Register (EPA) of 27 March 2006: 'extended for 90 days' is the size of the extension; the period 'will now end on July 10, 2006'
    B(
        text='Therefore, the public comment period is being extended for 90 days and will now end on July 10, 2006.',
        due='2006-07-11 03:59:59',
        vague=False,
        said='2006-03-27 15:00:00',
        tz='America/New_York',
        cluster=3,
        source='https://regulations.justia.com/regulations/fedreg/2006/03/27/E6-4369.html',
        published='2006-03-27',
    ),
    # the same notice: comments 'were to be submitted ... on or before April 10, 2006' is the original deadline the notice replaces (with 10 July); 'February 9, 2006' is past; '60-day' the old period's length.
    # unsure: read alone, 10 April 2006 is still in the future and could be taken as the deadline
    B(
        text='As initially published in the Federal Register on February 9, 2006 written comments on the advance proposal for rulemaking were to be submitted to EPA on or before April 10, 2006 (a 60-day public comment period).',
        due=None,
        vague=False,
        said='2006-03-27 15:00:00',
        tz='America/New_York',
        refusal='negated',
        cluster=3,
        source='https://regulations.justia.com/regulations/fedreg/2006/03/27/E6-4369.html',
        published='2006-03-27',
    ),
    # IRS page of 28 May 2020: 'after July 15' is the condition; the extension runs 'until October 15, 2020'
    B(
        text='If you need additional time to file after July 15, you can request an extension until October 15, 2020.',
        due='2020-10-16 03:59:59',
        vague=False,
        said='2020-05-28 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='https://irs.gov/ko/newsroom/irs-postpones-more-tax-deadlines',
        published='2020-05-28',
    ),
    # the same page: a range 'between April 1 and July 15, 2020' falls due at its later end.
    # unsure: the range names which deadlines qualify rather than a deadline, so a reader may refuse it
    B(
        text='The postponement generally applies to all taxpayers who have a filing or payment deadline between April 1 and July 15, 2020.',
        due='2020-07-16 03:59:59',
        vague=False,
        said='2020-05-28 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='https://irs.gov/ko/newsroom/irs-postpones-more-tax-deadlines',
        published='2020-05-28',
    ),
    # Department of Energy post (the page shows no date; taken as 2010-08-20, the labels hold for any day in August or September 2010): 'the July 2009 ... solicitation' is a name; the deadline 'has now been extended to October 5, 2010'
    B(
        text='Not to worry – today Secretary Steven Chu announced that the Part I application deadline for the July 2009 energy efficiency, renewable energy and advanced transmission and distribution technologies solicitation has now been extended to October 5, 2010.',
        due='2010-10-06 03:59:59',
        vague=False,
        said='2010-08-20 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='https://www.energy.gov/articles/six-more-weeks-file-loan-guarantee-application',
        published='2010-08-20',
    ),
    # Federal Register (FCC) of 10 April 2020: two deadlines, comments by 20 April and reply comments by 20 May 2020; the later end falls due
    B(
        text='DATES: Comments are due on or before April 20, 2020, and reply comments are due on or before May 20, 2020.',
        due='2020-05-21 03:59:59',
        vague=False,
        said='2020-04-10 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='https://www.govinfo.gov/content/pkg/FR-2020-04-10/html/2020-07586.htm',
        published='2020-04-10',
    ),
    # -- cluster 4: period forms: fiscal years, parts of periods, vague windows
    # Dáil, 13 May 2004 at 16:00: 'as quickly as possible' reads as 'as soon as possible', vague, 60 days
    B(
        text='I do not know how detailed or complex the legislation will be but, obviously, we will do this as quickly as possible because we have international commitments to meet and it is a sensitive and important area.',
        due='2004-07-12 22:59:59',
        vague=True,
        said='2004-05-13 15:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.kildarestreet.com/debate/?id=2004-05-13.370.3',
        published='2004-05-13',
    ),
    # FDA, Phase III transparency report (the page shows no date; taken as 2011-01-06, any day in FY 2011 gives the same label): 'by the end of FY 2011' on a US federal server ends 30 September 2011
    B(
        text='The working group will summarize their review of the guidance development process and make recommendations, as appropriate, by the end of FY 2011.',
        due='2011-10-01 03:59:59',
        vague=False,
        said='2011-01-06 15:00:00',
        tz='America/New_York',
        cluster=4,
        source='http://www.fda.gov/AboutFDA/Transparency/TransparencytoRegulatedIndustry/PhaseIIITransparencyReport/ActionItemsandDraftProposalsbyTopicArea/ucm238083.htm',
        published='2011-01-06',
    ),
    # FCC public notice of 6 February 2017: 'within the next few days' reads as 'a few days', vague, 7 days; 'Stage 4' and 'Auction 1001' are names
    B(
        text='By this Public Notice, the Incentive Auction Task Force and the Media Bureau announce that, within the next few days, they will send to each eligible full power or Class A television station that was not a provisionally winning bidder to go off-air at the end of Stage 4 of the reverse auction (Auction 1001) of the broadcast television incentive auction a confidential letter with important information regarding the station’s post-auction channel assignment.',
        due='2017-02-14 04:59:59',
        vague=True,
        said='2017-02-06 15:00:00',
        tz='America/New_York',
        cluster=4,
        source='https://docs.fcc.gov/public/attachments/DA-17-134A1.txt',
        published='2017-02-06',
    ),
    # Environment Agency release of 7 May 2025: 'in the weeks and months ahead' read as 'the coming months', vague, 3 months.
    # unsure: 'may need ... if the prolonged dry weather continues' is conditional, and a reader may refuse it as an event
    B(
        text='Whilst there are currently no plans for hosepipe bans, if the prolonged dry weather continues, water companies may need to implement their dry weather plans in the weeks and months ahead.',
        due='2025-08-07 22:59:59',
        vague=True,
        said='2025-05-07 09:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://www.ukpol.co.uk/tag/press-release/page/154',
        published='2025-05-07',
    ),
    # MHCLG release of 24 April 2025: 'this autumn' is meteorological autumn 2025, ending 30 November
    B(
        text='The panel is expected to provide a report to the government this autumn.',
        due='2025-11-30 23:59:59',
        vague=False,
        said='2025-04-24 09:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://www.ukpol.co.uk/category/press-releases/page/159',
        published='2025-04-24',
    ),
    # -- cluster 5: refusals: recurring, earliest-only, negated, past, event
    # the same statement: 'has today ... published' a paper answering one 'published ... on 24 February 2004': all of it done; no deadline
    B(
        text='My noble Friend the Secretary of State for Constitutional Affairs and Lord Chancellor has today, with the agreement of the Public Administration Select Committee, published a consultation paper which sets out the Government\'s response to the "Issues and Questions" paper published by the Public Administration Select Committee on 24 February 2004 as part of its inquiry into "Government by Inquiry".',
        due=None,
        vague=False,
        said='2004-05-06 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://api.parliament.uk/historic-hansard/written_statements/2004/may/06/government-inquiries',
        published='2004-05-06',
    ),
    # the same notice: the only date is when the State 'submitted' its plan (22 April 2015, past); the proposal itself has no date; '10 micrometers (PM 10 )' is a size
    B(
        text='The Environmental Protection Agency (EPA) is proposing to approve the limited maintenance plan submitted by the State of Oregon on April 22, 2015, for the Grants Pass maintenance area for particulate matter with an aerodynamic diameter less than or equal to a nominal 10 micrometers (PM 10 ).',
        due=None,
        vague=False,
        said='2015-07-30 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source='https://self-law.org/code/register/2015/07/30/2015-18349',
        published='2015-07-30',
    ),
    # the same notice: 'will not be finalized until September 27, 2006' gives only the earliest day
    B(
        text='This extension is based on the fact that the PM NAAQS will not be finalized until September 27, 2006.',
        due=None,
        vague=False,
        said='2006-03-27 15:00:00',
        tz='America/New_York',
        refusal='earliest',
        earliest='2006-09-27 04:00:00',
        cluster=5,
        source='https://regulations.justia.com/regulations/fedreg/2006/03/27/E6-4369.html',
        published='2006-03-27',
    ),
    # the same order of business: 'sit later than 9 p.m.' is a lower bound, and the adjournment and the '90 minutes' hang on Private Members' business, whose time is not given: an event; 'No. 210' is an item number
    B(
        text='It is proposed, notwithstanding anything in Standing Orders, that in the event a division is in progress at the time fixed for taking Private Members’ business, the Dáil shall sit later than 9 p.m. and shall adjourn on the conclusion of Private Members’ business, which shall be No. 210, motion re sale of Project Eagle (resumed), and shall, if not previously concluded, be brought to a conclusion after 90 minutes.',
        due=None,
        vague=False,
        said='2015-10-21 09:00:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=5,
        source='https://www.oireachtas.ie/en/debates/debate/dail/2015-10-21/19/',
        published='2015-10-21',
    ),
    # the same post: 'six more weeks' is the size of the extension, counted from the old deadline, which the sentence does not give: no deadline (event).
    # unsure: a reader may count six weeks from the day of the post
    B(
        text='The extension gives companies six more weeks to apply for a Recovery Act-funded loan guarantee under Section 1705.',
        due=None,
        vague=False,
        said='2010-08-20 14:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source='https://www.energy.gov/articles/six-more-weeks-file-loan-guarantee-application',
        published='2010-08-20',
    ),
    # Commons, 20 March 2002 (a reply to a statement made at 16:08): 'were originally to be introduced in October 2001', the past
    B(
        text='The changes were originally to be introduced in October 2001.',
        due=None,
        vague=False,
        said='2002-03-20 16:08:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://publications.parliament.uk/pa/cm200102/cmhansrd/vo020320/debtext/20320-07.htm',
        published='2002-03-20',
    ),
    # the same reply: a plan the Secretary of State 'announced' earlier ('by April 2002') and has since delayed: a reported, superseded date, past.
    # unsure: read alone, April 2002 is still ahead and a reader may take 30 April 2002
    B(
        text='Then the Secretary of State announced in a written answer that the scheme would be introduced by April 2002',
        due=None,
        vague=False,
        said='2002-03-20 16:08:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://publications.parliament.uk/pa/cm200102/cmhansrd/vo020320/debtext/20320-07.htm',
        published='2002-03-20',
    ),
    # the statement itself (16:08, 20 March 2002): 'not implement the reforms until I was confident ...' ties the start to an undated event
    B(
        text='I have made it clear on many occasions that we would not implement the reforms until I was confident that the new system would work effectively.',
        due=None,
        vague=False,
        said='2002-03-20 16:08:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source='https://api.parliament.uk/historic-hansard/commons/2002/mar/20/child-support-agency',
        published='2002-03-20',
    ),
    # the same statement, about 1993: 'not finally delivered until two months after the start date' is the past
    B(
        text='The timetable then was rushed: the organisation was not ready and some key aspects of the information technology system were not finally delivered until two months after the start date.',
        due=None,
        vague=False,
        said='2002-03-20 16:08:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://api.parliament.uk/historic-hansard/commons/2002/mar/20/child-support-agency',
        published='2002-03-20',
    ),
    # Commons, 19 October 2009: 'on track for implementation from 2012' gives where it starts: earliest-only.
    # unsure: a reader may take 'implementation ... 2012' as due by the end of 2012
    B(
        text='We are currently consulting on secondary legislation and remain on track for implementation from 2012.',
        due=None,
        vague=False,
        said='2009-10-19 13:30:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='2012-01-01 00:00:00',
        cluster=5,
        source='https://www.theyworkforyou.com/debates/?id=2009-10-19d.627.4',
        published='2009-10-19',
    ),
    # the same exchange: what Turner 'said' the scheme 'should start in 2010': a reported, past recommendation
    B(
        text='Perhaps the Minister remembers that Turner said that the scheme should start in 2010.',
        due=None,
        vague=False,
        said='2009-10-19 13:30:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://www.theyworkforyou.com/debates/?id=2009-10-19d.627.4',
        published='2009-10-19',
    ),
    # the same exchange: 'prior to the date of the next general election', an undated event
    B(
        text='Can she confirm that the delivery authority will not sign any binding contracts with providers prior to the date of the next general election?',
        due=None,
        vague=False,
        said='2009-10-19 13:30:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source='https://www.theyworkforyou.com/debates/?id=2009-10-19d.627.4',
        published='2009-10-19',
    ),
    # Public Bill Committee, 13:00 on 31 January 2008: 'will take at least 14 months, and possibly longer' is a lower bound: earliest 31 March 2009, no deadline
    B(
        text='This is a process that—I understand from the procurement side of this—will take at least 14 months, and possibly longer, before that commissioning is completed.',
        due=None,
        vague=False,
        said='2008-01-31 13:00:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='2009-03-30 23:00:00',
        cluster=5,
        source='https://www.theyworkforyou.com/pbc/2007-08/Pensions_Bill/12-0_2008-01-31a.2.13',
        published='2008-01-31',
    ),
    # the same speech: 'that four-year period' points back to a period the sentence does not date: an event
    B(
        text='As I understand it, there are a number of steps that need to be completed over that four-year period in order to ensure that the personal accounts scheme can be up and running.',
        due=None,
        vague=False,
        said='2008-01-31 13:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source='https://www.theyworkforyou.com/pbc/2007-08/Pensions_Bill/12-0_2008-01-31a.2.13',
        published='2008-01-31',
    ),
    # Code of Federal Regulations (revised as of 1 January 2002): a standing rule for every application, 'within 6 months ... no later than 12 months from the date of receipt': recurring
    B(
        text='New or renewal applications shall receive consideration for funding generally within 6 months but, in any event, no later than 12 months from the date of receipt by DOE.',
        due=None,
        vague=False,
        said='2002-01-01 15:00:00',
        tz='America/New_York',
        refusal='recurring',
        cluster=5,
        source='http://edocket.access.gpo.gov/cfr_2002/janqtr/10cfr605.8.htm',
        published='2002-01-01',
    ),
    # the same section: 'shall publish annually' is a standing schedule: recurring
    B(
        text='DOE shall publish annually, in the Federal Register, a notice of the availability of the Office of Energy Research Financial Assistance Program.',
        due=None,
        vague=False,
        said='2002-01-01 15:00:00',
        tz='America/New_York',
        refusal='recurring',
        cluster=5,
        source='http://edocket.access.gpo.gov/cfr_2002/janqtr/10cfr605.8.htm',
        published='2002-01-01',
    ),
    # kremlin.ru, 20 February 2015: the list was 'signed' after a meeting 'on February 4, 2015': both past
    B(
        text='Vladimir Putin signed a list of instructions following a meeting with Government members on February 4, 2015.',
        due=None,
        vague=False,
        said='2015-02-20 07:00:00',
        tz='Europe/Moscow',
        refusal='past',
        cluster=5,
        source='http://en.special.kremlin.ru/catalog/keywords/50/events/47725',
        published='2015-02-20',
    ),
    # the same page: the instruction has no date of its own; 'suspended earlier this year' is the past
    B(
        text='The Government, the regional authorities and Russian Railways (along with local rail passenger transport companies) have been jointly instructed to restore traffic on local railway routes that had been suspended earlier this year.',
        due=None,
        vague=False,
        said='2015-02-20 07:00:00',
        tz='Europe/Moscow',
        refusal='past',
        cluster=5,
        source='http://en.special.kremlin.ru/catalog/keywords/50/events/47725',
        published='2015-02-20',
    ),
    # kremlin.ru, 24 October 2020: 'approved' a list after a meeting 'held on September 28, 2020': past
    B(
        text='The President approved a list of instructions following the expanded State Council Presidium meeting held on September 28, 2020.',
        due=None,
        vague=False,
        said='2020-10-24 07:00:00',
        tz='Europe/Moscow',
        refusal='past',
        cluster=5,
        source='http://en.special.kremlin.ru/catalog/keywords/73/events/64273',
        published='2020-10-24',
    ),
    # FCC NPRM released 22 February 2021: '30 days after date of publication in the Federal Register', a span from an undated event
    B(
        text='Comment Date: [30 days after date of publication in the Federal Register]',
        due=None,
        vague=False,
        said='2021-02-22 15:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source='https://docs.fcc.gov/public/attachments/DA-21-203A1.txt',
        published='2021-02-22',
    ),
    # the same NPRM: 'ended on July 13, 2020', the past
    B(
        text='The post-incentive auction transition period ended on July 13, 2020.',
        due=None,
        vague=False,
        said='2021-02-22 15:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source='https://docs.fcc.gov/public/attachments/DA-21-203A1.txt',
        published='2021-02-22',
    ),
    # the same notice: 'will not be effective until the incentive auction is complete and the results ... are announced': an undated event
    B(
        text='The plan will not be effective until the incentive auction is complete and the results of the auction and the repacking process are announced publicly in the Auction 1000 Closing and Channel Reassignment Public Notice (Closing and Reassignment Public Notice).',
        due=None,
        vague=False,
        said='2017-02-06 15:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source='https://docs.fcc.gov/public/attachments/DA-17-134A1.txt',
        published='2017-02-06',
    ),
    # the same notice: 'a 21-day extension' is the size of an extension counted from deadlines the sentence does not give: no deadline (event)
    B(
        text='SUMMARY: The Wireline Competition Bureau (Bureau) of the Federal Communications Commission grants a 21-day extension of time for filing comments and reply comments on the Public Notice seeking to refresh the record in the Restoring Internet Freedom and Lifeline proceedings.',
        due=None,
        vague=False,
        said='2020-04-10 14:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source='https://www.govinfo.gov/content/pkg/FR-2020-04-10/html/2020-07586.htm',
        published='2020-04-10',
    ),
    # Department for Transport release of 25 January 2024 (on gov.uk, carried by ukpol.co.uk): '3 years from registration and annually thereafter' is a standing schedule for every car: recurring
    B(
        text='First MOT test to remain at 3 years from registration and annually thereafter while government works to establish a programme of longer-term reform for MOTs.',
        due=None,
        vague=False,
        said='2024-01-25 10:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=5,
        source='https://www.ukpol.co.uk/tag/press-release/page/415',
        published='2024-01-25',
    ),
    # the same release: 'Launched in January 2023', the past
    B(
        text='Launched in January 2023, the consultation sought views to ensure roadworthiness checks continue to balance the cost to motorists, road safety, advances in vehicle technology and tackling vehicle emissions.',
        due=None,
        vague=False,
        said='2024-01-25 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://www.ukpol.co.uk/tag/press-release/page/415',
        published='2024-01-25',
    ),
    # the same release: 'Today (24 April), the government has announced' is done on the day of speaking: the past, not a deadline
    B(
        text='Today (24 April), the government has announced the appointment of five members to the Building Control Independent Panel.',
        due=None,
        vague=False,
        said='2025-04-24 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://www.ukpol.co.uk/category/press-releases/page/159',
        published='2025-04-24',
    ),
    # -- cluster 6: ordinary controls
    # a written statement of 6 May 2004: the period 'will run until 29 July 2004', the end of that day
    B(
        text='The consultation period will run until 29 July 2004.',
        due='2004-07-29 22:59:59',
        vague=False,
        said='2004-05-06 09:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://api.parliament.uk/historic-hansard/written_statements/2004/may/06/government-inquiries',
        published='2004-05-06',
    ),
    # the same statement: 'On 25 May' (year-less) is the next 25 May, nineteen days later
    B(
        text='On 25 May, my noble Friend the Secretary of State for Constitutional Affairs and Lord Chancellor will give oral evidence to the Committee.',
        due='2004-05-25 22:59:59',
        vague=False,
        said='2004-05-06 09:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://api.parliament.uk/historic-hansard/written_statements/2004/may/06/government-inquiries',
        published='2004-05-06',
    ),
    # Federal Register (EPA) of 30 July 2015: comments 'on or before August 31, 2015', end of that day in the publisher's zone (EDT)
    B(
        text='Comments must be received on or before August 31, 2015.',
        due='2015-09-01 03:59:59',
        vague=False,
        said='2015-07-30 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://self-law.org/code/register/2015/07/30/2015-18349',
        published='2015-07-30',
    ),
    # Federal Register (EPA) of 7 January 2013: 'on or before February 6, 2013', end of that day (EST)
    B(
        text='Comments must be received on or before February 6, 2013.',
        due='2013-02-07 04:59:59',
        vague=False,
        said='2013-01-07 15:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://self-law.org/code/register/2013/01/07/2012-31433',
        published='2013-01-07',
    ),
    # Federal Register (EPA) of 5 September 2024: 'effective November 4, 2024', the end of that day (EST, daylight time has ended)
    B(
        text='This rule is effective November 4, 2024 without further notice.',
        due='2024-11-05 04:59:59',
        vague=False,
        said='2024-09-05 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://govinfo.gov/content/pkg/FR-2024-09-05/html/2024-19931.htm',
        published='2024-09-05',
    ),
    # the same rule: the one date is the deadline for adverse comment, 'by October 7, 2024'.
    # unsure: the pledge (a withdrawal) hangs on a condition, so a reader may refuse it as an event
    B(
        text='However, if EPA receives adverse comment by October 7, 2024, the Agency will publish a timely withdrawal in the Federal Register informing the public that this direct final rule will not take effect.',
        due='2024-10-08 03:59:59',
        vague=False,
        said='2024-09-05 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://govinfo.gov/content/pkg/FR-2024-09-05/html/2024-19931.htm',
        published='2024-09-05',
    ),
    # the same page: 'by July 15' (year-less) is the next 15 July
    B(
        text='Taxpayers must pay taxes they owe by July 15 to avoid penalties and interest.',
        due='2020-07-16 03:59:59',
        vague=False,
        said='2020-05-28 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://irs.gov/ko/newsroom/irs-postpones-more-tax-deadlines',
        published='2020-05-28',
    ),
    # the same post: 'is still December 31, 2010', end of that day (EST)
    B(
        text='The Part II application deadline is still December 31, 2010.',
        due='2011-01-01 04:59:59',
        vague=False,
        said='2010-08-20 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://www.energy.gov/articles/six-more-weeks-file-loan-guarantee-application',
        published='2010-08-20',
    ),
)
