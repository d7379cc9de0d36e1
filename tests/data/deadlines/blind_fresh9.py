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
federal pages the eighth set drew on: Hansard (Commons and Lords debates, written statements
and answers, a public bill committee) read on parliament.uk, the historic-Hansard site,
TheyWorkForYou, Parallel Parliament and a Parliament open-data search prototype; Dáil and
Seanad debates, orders of business and written answers on oireachtas.ie and KildareStreet;
kremlin.ru pages and a kremlin.ru announcement carried by newskitchen.eu; gov.uk departmental
and agency releases carried by ukpol.co.uk; EU acts on legislation.gov.uk and EUR-Lex, a
European Commission Representation page, Commission Daily News and a European Parliament
media advisory carried by republishing sites; and US agencies other than NASA (EPA, FCC, IRS,
FDA, FMCSA, USDA, the Department of Energy, the State Department and the Treasury, through
the Federal Register, govinfo.gov, agency sites, the Fed's FRASER archive of Treasury
statements and trade papers that carry the releases). No Wikinews article turned up in the
searches made, so none is here; no address already listed in README.md (nor
in the eighth set's section on branch issue12l-s9) and no page under `tests/data/articles/`
or `tests/data/agreement/`, and no sentence already in another set. Each label was worked
out by hand from the words, the publication date and the publisher's zone alone; the UTC
wall times were computed from local times with the standard library's zoneinfo, never with
project code. No run of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the
tests touched these texts before the labels were committed; the helper improving the
parser has not seen them.

Same conventions as `blind_real.py` (its docstring) and the earlier fresh sets: the
publisher's zone (UK Parliament, gov.uk and legislation.gov.uk texts: Europe/London;
Oireachtas and the Commission's Representation in Ireland: Europe/Dublin; kremlin.ru:
Europe/Moscow; Commission Daily News, EUR-Lex and the European Parliament: Europe/Brussels;
US federal publishers: America/New_York, except a circular of the Federal Reserve Bank of
Dallas, America/Chicago); the publication date at 10:00 local unless the source gives
the time; a day falls due at 23:59:59 local; a clock time with a zone word is that
instant; a clock time without one is in the publisher's zone; a range or a schedule falls
due at its later end; vague windows as in the parser's docstring (60 days for "soon", "as
soon as possible" and, here, "as quickly as possible", "as soon as practicable" and "as soon
as he can"; 7 days for "a few days"; 4 weeks for "the coming weeks"; 3 months for "the
coming months", here also "the weeks and months ahead"); early/mid/late split a period in
thirds; seasons are meteorological; fiscal years end where the
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
    # the same page: 'has launched' is done; 'for 2014 to 2020' is the programme's span, not a deadline for anything in the sentence
    B(
        text="The European Commission has launched a public consultation on the future of European metrology research under Horizon 2020, the EU's new programme for research and innovation for 2014 to 2020.",
        due=None,
        vague=False,
        said='2012-10-01 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=1,
        source='http://ec.europa.eu/ireland/the_eu_and_you/making_yourself_heard/consultations/index_en.htm',
        published='2012-10-01',
    ),
    # written statement of 22 May 2025 (pubs code review): 'until 14 August 2025'; the numbers in the address ('2022-to-2025') are not dates to use
    B(
        text='The invitation to submit comments and evidence can be accessed through gov.uk https://gov.uk/government/consultations/statutory-review-of-pubs-code-and-pubs-code-adjudicator-2022-to-2025 and stakeholders have until 14 August 2025 to respond.',
        due='2025-08-14 22:59:59',
        vague=False,
        said='2025-05-22 09:00:00',
        tz='Europe/London',
        cluster=1,
        source='https://parallelparliament.co.uk/debate/2025-05-22/commons/written-statements',
        published='2025-05-22',
    ),
    # the same statement: the review 'covers the three-year period from 1 April 2022 to 31 March 2025', a period already over: past
    B(
        text='This third review covers the three-year period from 1 April 2022 to 31 March 2025.',
        due=None,
        vague=False,
        said='2025-05-22 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=1,
        source='https://parallelparliament.co.uk/debate/2025-05-22/commons/written-statements',
        published='2025-05-22',
    ),
    # the same statement: '5-7/8$' (a rate), 'Series F-1975' and the CUSIP number are names; the notes 'will mature May 15, 1975', the later of the two dates
    B(
        text='The 5-7/8$ Treasury Notes of Series F-1975, will be dated April 3, 1972, and will mature May 15, 1975 (CUSIP No. 912827 CQ3).',
        due='1975-05-16 04:59:59',
        vague=False,
        said='1972-03-22 16:00:00',
        tz='America/Chicago',
        cluster=1,
        source='https://fraser.stlouisfed.org/title/district-notices-federal-reserve-bank-dallas-5569/details-treasury-announcement-auction-1-3-4-billion-notes-544730/fulltext',
        published='1972-03-22',
    ),
    # Commission Daily News, Brussels, 12 July 2021: 'the target to authorise three new treatments by October 2021', the end of October (CET from 31 October); 'five' and 'three' are counts
    B(
        text='Through our EU Therapeutics Strategy, we have already identified the first five most promising therapeutics with the target to authorise three new treatments by October 2021.',
        due='2021-10-31 22:59:59',
        vague=False,
        said='2021-07-12 08:00:00',
        tz='Europe/Brussels',
        cluster=1,
        source='https://www.readkong.com/page/european-commission-daily-news-7953938',
        published='2021-07-12',
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
    # Seanad motion of Friday 23 October 2020: 'adjourn until 10.30 a.m. on Thursday, 5th November, 2020', that instant in Dublin (GMT by then); '(1)' is an item number
    B(
        text='(1) On its rising today, the Seanad shall adjourn until 10.30 a.m. on Thursday, 5th November, 2020, and the following arrangements shall apply:',
        due='2020-11-05 10:30:00',
        vague=False,
        said='2020-10-23 09:00:00',
        tz='Europe/Dublin',
        cluster=2,
        source='https://www.oireachtas.ie/en/debates/debate/seanad/2020-10-23/34/',
        published='2020-10-23',
    ),
    # the same motion: read alone, 'at 1.30 p.m.' and 'at 3 p.m.' are the next such times, today 23 October; '2020' is part of the Bill's name.
    # unsure: in the motion these times belong to the sitting of 5 November (15:00 that day), which the sentence itself does not say
    B(
        text='The Order for Second Stage and Second Stage of the Criminal Justice (Theft and Fraud Offences) (Amendment) Bill 2020 shall be taken at 1.30 p.m. and shall, if not previously concluded, be brought to a conclusion at 3 p.m.',
        due='2020-10-23 14:00:00',
        vague=False,
        said='2020-10-23 09:00:00',
        tz='Europe/Dublin',
        cluster=2,
        source='https://www.oireachtas.ie/en/debates/debate/seanad/2020-10-23/34/',
        published='2020-10-23',
    ),
    # Seanad motion for the sitting of Friday 18 June 2021, moved as it opens (taken as 09:30): taken 'at 9.30 a.m.' and concluded 'after 75 minutes', 10:45 Dublin (IST); '(No. 3) Bill 2021' is a name.
    # unsure: a reader may count the 75 minutes from another start
    B(
        text='The Order for Second Stage and Second Stage of the Planning and Development (Amendment) (No. 3) Bill 2021 shall be taken at 9.30 a.m. and shall, if not previously concluded, be brought to a conclusion after 75 minutes.',
        due='2021-06-18 09:45:00',
        vague=False,
        said='2021-06-18 08:30:00',
        tz='Europe/Dublin',
        cluster=2,
        source='https://www.oireachtas.ie/en/debates/debate/seanad/2021-06-18/3/',
        published='2021-06-18',
    ),
    # the same motion: 'brought to a conclusion at 5.30 p.m.' the same day, Dublin (IST)
    B(
        text='The proceedings on the Report and Final Stages of the Affordable Housing Bill 2021 shall be taken on the resumption of the sitting and shall, if not previously concluded, be brought to a conclusion at 5.30 p.m. by one Question, which shall be put from the Chair and which shall, in relation to amendments, include only those set down or accepted by the Government;',
        due='2021-06-18 16:30:00',
        vague=False,
        said='2021-06-18 08:30:00',
        tz='Europe/Dublin',
        cluster=2,
        source='https://www.oireachtas.ie/en/debates/debate/seanad/2021-06-18/3/',
        published='2021-06-18',
    ),
    # Seanad, Thursday 25 March 1976: the wish 'to finish at 5 o'clock' is 17:00 today in Dublin (Irish summer time had begun on 21 March 1976).
    # unsure: it is a reported wish under 'pressure to continue', so a reader may refuse it (past or event)
    B(
        text="The Minister last night indicated that we would wish to finish at 5 o'clock but I understand there was some pressure to continue, if necessary, to complete the business.",
        due='1976-03-25 16:00:00',
        vague=False,
        said='1976-03-25 09:00:00',
        tz='Europe/Dublin',
        cluster=2,
        source='https://www.oireachtas.ie/en/debates/debate/seanad/1976-03-25/2/',
        published='1976-03-25',
    ),
    # Treasury statement quoted by the Dallas Fed (Central time) on 22 March 1972: 'up to 1:30 p.m., Eastern Standard Time, Tuesday, March 28, 1972' is 18:30 UTC (EST = UTC-5); 'March 27' is only the postmark rule for mailed tenders; '20220' is a ZIP code
    B(
        text='Tenders for the notes will be received up to 1:30 p.m., Eastern Standard Time, Tuesday, March 28, 1972, at any Federal Reserve Bank or Branch and at the Office of the Treasurer of the United States, Washington, D. C. 20220; provided, however, that noncompetitive tenders will be considered timely received if they are mailed to any such agency under a postmark no later than Monday, March 27.',
        due='1972-03-28 18:30:00',
        vague=False,
        said='1972-03-22 16:00:00',
        tz='America/Chicago',
        cluster=2,
        source='https://fraser.stlouisfed.org/title/district-notices-federal-reserve-bank-dallas-5569/details-treasury-announcement-auction-1-3-4-billion-notes-544730/fulltext',
        published='1972-03-22',
    ),
    # New York Fed circular of 5 October 1972: 'up to 1:30 p.m., Eastern Daylight Saving time, Wednesday, October 11, 1972' is 17:30 UTC (EDT = UTC-4); 'October 10' is only the postmark rule; the text is as the page's OCR gives it
    B(
        text='Tenders for the notes will be received up to 1:30 p.m., Eastern Daylight Saving time, Wednesday, October 11, 1972, at any Federal Reserve Bank or Branch and at the Office o f the Treasurer o f the United States, Securities Division, Washington, D. C. 20220; provided, however, that noncompetitive tenders will be considered timely received if they are mailed to any such agency under a postmark no later than Tuesday, October 10.',
        due='1972-10-11 17:30:00',
        vague=False,
        said='1972-10-05 14:00:00',
        tz='America/New_York',
        cluster=2,
        source='https://fraser.stlouisfed.org/title/federal-reserve-bank-new-york-circulars-466/7013-treasury-announces-note-auction-540850/fulltext',
        published='1972-10-05',
    ),
    # European Parliament media advisory (carried by The European Times; taken as Tuesday 19 January 2021, the label holds for any day from 14 to 20 January): 'at 13.00 CET on Wednesday' is 20 January at 12:00 UTC
    B(
        text='Presidents Sassoli and von der Leyen and Prime Minister Costa will hold a joint press conference on the priorities of the Portuguese Council Presidency at 13.00 CET on Wednesday.',
        due='2021-01-20 12:00:00',
        vague=False,
        said='2021-01-19 09:00:00',
        tz='Europe/Brussels',
        cluster=2,
        source='https://europeantimes.news/2021/01/press-conference-on-priorities-of-the-portuguese-presidency-at-13-00/',
        published='2021-01-19',
    ),
    # the same advisory: 'Wednesday 20 January 13.00 CET', the same instant
    B(
        text='When: Wednesday 20 January 13.00 CET',
        due='2021-01-20 12:00:00',
        vague=False,
        said='2021-01-19 09:00:00',
        tz='Europe/Brussels',
        cluster=2,
        source='https://europeantimes.news/2021/01/press-conference-on-priorities-of-the-portuguese-presidency-at-13-00/',
        published='2021-01-19',
    ),
    # Lords press notice of 30 January 2009 (its name gives the day): 'at 3:45pm on Tuesday 3 February', London (GMT); 'Committee Room 3A' is a room
    B(
        text='The evidence session will take place at 3:45pm on Tuesday 3 February in Committee Room 3A of the House of Lords.',
        due='2009-02-03 15:45:00',
        vague=False,
        said='2009-01-30 10:00:00',
        tz='Europe/London',
        cluster=2,
        source='https://www.parliament.uk/business/committees/committees-archive/lords-press-notices/pn300109merits/',
        published='2009-01-30',
    ),
    # BEIS announcement of Saturday afternoon, 27 March 2021 (quoted by Landlord Today): 'on 31 March at 5pm', London (BST has begun), 16:00 UTC
    B(
        text='Following a review, the Green Homes Grant Voucher Scheme launched last year will close to new applications on 31 March at 5pm.',
        due='2021-03-31 16:00:00',
        vague=False,
        said='2021-03-27 15:00:00',
        tz='Europe/London',
        cluster=2,
        source='https://www.landlordtoday.co.uk/breaking-news/2021/03/green-homes-grant-scrapped-at-almost-no-notice/',
        published='2021-03-27',
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
    # USDA farmers.gov 'Important Dates' page (undated; taken as 2025-02-01, the label holds for any day before 31 March 2025): 'from January 29, 2025 to March 31, 2025' falls due at its later end; 'the 2025 coverage year' names the year covered
    B(
        text='Agricultural producers can submit applications to USDA’s Farm Service Agency (FSA) for DMC for the 2025 coverage year from January 29, 2025 to March 31, 2025.',
        due='2025-04-01 03:59:59',
        vague=False,
        said='2025-02-01 15:00:00',
        tz='America/New_York',
        cluster=3,
        source='https://farmers.gov/node/29084',
        published='2025-02-01',
    ),
    # the same page: 'from January 21, 2025 to April 15, 2025', the later end
    B(
        text='Agricultural producers can submit applications to USDA’s Farm Service Agency (FSA) for ARC and PLC for the 2025 crop year from January 21, 2025 to April 15, 2025.',
        due='2025-04-16 03:59:59',
        vague=False,
        said='2025-02-01 15:00:00',
        tz='America/New_York',
        cluster=3,
        source='https://farmers.gov/node/29084',
        published='2025-02-01',
    ),
    # the same motion: minute limits per speaker ('8 minutes', '5 minutes') are standing limits, not deadlines; the divisions are 'postponed until immediately after the Order of Business on Friday, 6th, November, 2020': that day.
    # unsure: the hour hangs on an undated event within the day, so a reader may refuse it as an event
    B(
        text='The contribution of Group Spokespersons at the debate on Second Stage shall not exceed 8 minutes and all other Senators shall not exceed 5 minutes, and the Minister shall be given no less than 8 minutes to reply to the debate; and any divisions demanded thereon shall be postponed until immediately after the Order of Business on Friday, 6th, November, 2020.',
        due='2020-11-06 23:59:59',
        vague=False,
        said='2020-10-23 09:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source='https://www.oireachtas.ie/en/debates/debate/seanad/2020-10-23/34/',
        published='2020-10-23',
    ),
    # Seanad motion of Thursday 22 May 2025: a chain of sittings (27, 28 and 29 May); the last is 'until 9 a.m. on Thursday, 29th May, 2025', that instant (IST); 'Standing Order 31', 'eight' and '(1)', '(2)' are numbers, not times
    B(
        text='(1) The Seanad on its rising on Tuesday, 27th May, 2025, shall adjourn until 10.30 a.m. on Wednesday, 28th May, 2025, and the following arrangements shall apply:(a) Commencement matters pursuant to Standing Order 31 shall be taken at 10.30 a.m. and up to eight Commencement matters may be selected by the Cathaoirleach for discussion;(2) The Seanad on its rising on Wednesday, 28 May, 2025, shall adjourn until 9 a.m. on Thursday, 29th May, 2025, and Standing Orders 31 and 32 shall stand suspended.',
        due='2025-05-29 08:00:00',
        vague=False,
        said='2025-05-22 09:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source='https://www.kildarestreet.com/sendebates/?id=2025-05-22a.52',
        published='2025-05-22',
    ),
    # State Department briefing index of 18 March 2010: the dialogue is 'March 24' (this year); 'Tomorrow' is only the briefing about it; the later date falls due
    B(
        text='U.S. and Pakistan will hold their first strategic dialogue at the ministerial level in Washington, D.C. March 24/ Tomorrow Special Representative for Afghanistan and Pakistan Richard Holbrooke will brief on it',
        due='2010-03-25 03:59:59',
        vague=False,
        said='2010-03-18 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='http://www.state.gov/r/pa/prs/dpb/2010/03/138571.htm',
        published='2010-03-18',
    ),
    # FMCSA rule of 16 March 2016: 'published May 27, 2015' is past, 'for one year' the size of the extension; the date is 'to January 1, 2018'
    B(
        text='FMCSA extends the compliance date by which motor carriers of passengers operating CMVs under a lease or interchange agreement are subject to the FMCSA final rule published May 27, 2015, for one year, to January 1, 2018.',
        due='2018-01-02 04:59:59',
        vague=False,
        said='2016-03-16 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='https://www.fmcsa.dot.gov/regulations/federal-register-documents/2016-05932',
        published='2016-03-16',
    ),
    # the same rule: 'from March 16, 2016 through January 1, 2018' falls due at its later end
    B(
        text='There will no longer be a need for the section on the compliance date after January 1, 2018, thus the temporary section will be in effect only from March 16, 2016 through January 1, 2018.',
        due='2018-01-02 04:59:59',
        vague=False,
        said='2016-03-16 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='https://www.fmcsa.dot.gov/regulations/federal-register-documents/2016-05932',
        published='2016-03-16',
    ),
    # FMCSA release carried by Transport Topics (the page shows no date; taken as 2003-12-30, the label holds for any day of late 2003): 'a 60-day period starting Jan. 4' (2004) ends 60 days after 4 January, on 4 March 2004 (2004 is a leap year).
    # unsure: a reader counting 4 January as day one ends the period on 3 March
    B(
        text='Commercial truck drivers not following new rules governing the hours they can drive will face aggressive education coupled with discretionary enforcement for a 60-day period starting Jan. 4, the day the overhauled rules take effect, U.S. Transportation Secretary Norman Y. Mineta announced today.',
        due='2004-03-05 04:59:59',
        vague=False,
        said='2003-12-30 15:00:00',
        tz='America/New_York',
        cluster=3,
        source='https://www.ttnews.com/articles/dot-urges-phase-driver-hours-rule-enforcement',
        published='2003-12-30',
    ),
    # the same statement: the pledge is to 'today publish' the invitation, due today; '12-week long' is how long the invitation runs.
    # unsure: a reader may take the end of the 12 weeks (14 August 2025) as the deadline
    B(
        text='As part of the third statutory review of the pubs code and the pubs code adjudicator, the Department for Business and Trade will today publish a 12-week long invitation to stakeholders to provide their views and evidence on the operation of the pubs code and the performance of the PCA.',
        due='2025-05-22 22:59:59',
        vague=False,
        said='2025-05-22 09:00:00',
        tz='Europe/London',
        cluster=3,
        source='https://parallelparliament.co.uk/debate/2025-05-22/commons/written-statements',
        published='2025-05-22',
    ),
    # Federal Register (Treasury) of 12 August 1997: two effective dates, 11 September and 10 November 1997; the later falls due (EST by then); 'Sec. 356.13' is a section number
    B(
        text='DATES: The effective date is September 11, 1997, except for the change to Sec. 356.13 (Net long position) which is effective November 10, 1997.',
        due='1997-11-11 04:59:59',
        vague=False,
        said='1997-08-12 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='http://frwebgate.access.gpo.gov/cgi-bin/getdoc.cgi?dbname=1997_register&docid=fr12au97-6',
        published='1997-08-12',
    ),
    # Dáil written answer of Thursday 24 November 2022: both dates open something (registration 'on the weekend of 26 November', claims 'from the week commencing 5 December'); no end is given: earliest-only, from 5 December.
    # unsure: a reader may take the registration weekend (to Sunday 27 November) as a deadline
    B(
        text='It is expected that the scheme, which will be administered by the Revenue Commissioners, will be open for registration on the weekend of 26 November, and for claims from the week commencing 5 December.',
        due=None,
        vague=False,
        said='2022-11-24 10:00:00',
        tz='Europe/Dublin',
        refusal='earliest',
        earliest='2022-12-05 00:00:00',
        cluster=3,
        source='https://www.oireachtas.ie/ga/debates/question/2022-11-24/section/171/',
        published='2022-11-24',
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
    # Commons written answer of 12 April 2000: funding 'included in Education Standard Spending for 2000–01', a GB financial year running to 31 March 2001 (BST); 'Curriculum 2000' is a name, '£35 million' an amount.
    # unsure: the sentence reports a settled budget ('has been included'), so a reader may refuse it as having no deadline
    B(
        text='Funding of £35 million for the Curriculum 2000 reforms has been included in Education Standard Spending for 2000–01.',
        due='2001-03-31 22:59:59',
        vague=False,
        said='2000-04-12 09:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://api.parliament.uk/historic-hansard/written_answers/2000/apr/12/curriculum-2000',
        published='2000-04-12',
    ),
    # DfE written answer to a question of 3 June 2025 (answer day not shown; taken as 2025-06-10, any day after 31 March 2025 gives the same label): the lump sum's share 'in 2024/25', a GB financial year already ended: past
    B(
        text='The table below summarises the proportion of the funding generated by local authority formulae that the lump sum represents in 2024/25.',
        due=None,
        vague=False,
        said='2025-06-10 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=4,
        source='https://www.parallelparliament.co.uk/writtenanswers/search?document_type=writtenanswers&order_field=datenew&page=4&search_term=Formula+One',
        published='2025-06-10',
    ),
    # the same index: 'as soon as he can' reads as 'as soon as possible' (vague, 60 days)
    B(
        text='Senator Mitchell looking forward to returning to the region as soon as he can',
        due='2010-05-18 03:59:59',
        vague=True,
        said='2010-03-18 14:00:00',
        tz='America/New_York',
        cluster=4,
        source='http://www.state.gov/r/pa/prs/dpb/2010/03/138571.htm',
        published='2010-03-18',
    ),
    # written statement of 18 December 2025 (covid-19 inquiry costs): the chair's intention 'to complete her work as quickly and efficiently as possible' reads as 'as soon as possible' (vague, 60 days)
    B(
        text='The chair is under a statutory obligation to avoid unnecessary costs in the inquiry’s work, and she has been clear as to her intention to complete her work as quickly and efficiently as possible.',
        due='2026-02-16 23:59:59',
        vague=True,
        said='2025-12-18 10:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://parallelparliament.co.uk/debate/2025-12-18/commons/written-statements',
        published='2025-12-18',
    ),
    # written statement of 11 November 2025 (British Steel): 'reflected in ... accounts for 2025-26', the GB financial year ending 31 March 2026 (BST has begun that day).
    # unsure: the words name which year's accounts, not when anything is due, so a reader may refuse them
    B(
        text='This will be reflected in the Department for Business and Trade’s accounts for 2025-26.',
        due='2026-03-31 22:59:59',
        vague=False,
        said='2025-11-11 10:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://www.parallelparliament.co.uk/debate/2025-11-11/commons/written-statements',
        published='2025-11-11',
    ),
    # the same statement: 'as soon as practicable' reads as 'as soon as possible' (vague, 60 days)
    B(
        text='A report on the findings of the statutory review will be published as soon as practicable and laid before Parliament by the Secretary of State.',
        due='2025-07-21 22:59:59',
        vague=True,
        said='2025-05-22 09:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://parallelparliament.co.uk/debate/2025-05-22/commons/written-statements',
        published='2025-05-22',
    ),
    # the same circular (5 October 1972): 'next December or early January' falls due at the later end, early January 1973 (days 1-10).
    # unsure: 'next December' could be read as December 1973, a year on
    B(
        text='A further issue o f this type is planned for next December or early January.',
        due='1973-01-11 04:59:59',
        vague=False,
        said='1972-10-05 14:00:00',
        tz='America/New_York',
        cluster=4,
        source='https://fraser.stlouisfed.org/title/federal-reserve-bank-new-york-circulars-466/7013-treasury-announces-note-auction-540850/fulltext',
        published='1972-10-05',
    ),
    # Dáil written answer of 15 September 2022: 'over the coming weeks', vague, 4 weeks
    B(
        text='As this task will require in-depth analysis of historical records, it will be necessary for the SLs to redirect resources to undertake this work over the coming weeks.',
        due='2022-10-13 22:59:59',
        vague=True,
        said='2022-09-15 09:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.oireachtas.ie/en/debates/question/2022-09-15/section/189/',
        published='2022-09-15',
    ),
    # the same answers: each quarter of 2020 and 2021 and 'the first half of 2022' are all over by 15 September 2022: past
    B(
        text='I am advised by Revenue that the amount of excise tax collected in each quarter of 2020 and 2021 and for the first half of 2022 is shown in the following table.',
        due=None,
        vague=False,
        said='2022-09-15 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=4,
        source='https://www.oireachtas.ie/en/debates/question/2022-09-15/section/189/',
        published='2022-09-15',
    ),
    # the same announcement: 'before the end of March deadline' read alone is the end of 31 March.
    # unsure: in the announcement the deadline is 17:00 that day (the sentence before)
    B(
        text='Applications made before the end of March deadline will be honoured and any vouchers already issued may be extended upon request.',
        due='2021-03-31 22:59:59',
        vague=False,
        said='2021-03-27 15:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://www.landlordtoday.co.uk/breaking-news/2021/03/green-homes-grant-scrapped-at-almost-no-notice/',
        published='2021-03-27',
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
    # Federal Register (EPA) of 27 March 2006, extending a comment period: 'will not be finalized until September 27, 2006' gives only the earliest day
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
    # the same page: 'accepts applications ... year-round' is a standing arrangement: recurring
    B(
        text="USDA's Natural Resource Conservation Service (NRCS) accepts applications for it's conservation programs year-round.",
        due=None,
        vague=False,
        said='2025-02-01 15:00:00',
        tz='America/New_York',
        refusal='recurring',
        cluster=5,
        source='https://farmers.gov/node/29084',
        published='2025-02-01',
    ),
    # the same announcement: 'On the same day' points back to a day the sentence does not name: an event
    B(
        text='On the same day, Vladimir Putin will chair a meeting of the Presidential Council for Strategic Development and National Projects to review the implementation and achievement of plan targets related to national projects, as well as their financing.',
        due=None,
        vague=False,
        said='2019-12-24 07:00:00',
        tz='Europe/Moscow',
        refusal='event',
        cluster=5,
        source='https://newskitchen.eu/2019/12/24/on-december-25-vladimir-putin-will-meet-with-government-members-and-chair-a-meeting-of-the-council-for-strategic-development-and-national-projects/',
        published='2019-12-24',
    ),
    # EU Decision 1150/2007/EC (OJ of 3 October 2007) on legislation.gov.uk: 'on the 20th day following ... publication' counts from an event the sentence does not date
    B(
        text='This Decision shall enter into force on the 20th day following that of its publication in the Official Journal of the European Union.',
        due=None,
        vague=False,
        said='2007-10-03 09:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source='https://www.legislation.gov.uk/eudn/2007/1150/article/18/data.xht',
        published='2007-10-03',
    ),
    # Commission Regulation (EU) 2017/2295 (done 4 September 2017) on legislation.gov.uk: 'shall apply from 2 January 2019' gives only a start: earliest
    B(
        text='Article 2 shall apply from 2 January 2019.',
        due=None,
        vague=False,
        said='2017-09-04 09:00:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='2019-01-02 00:00:00',
        cluster=5,
        source='https://legislation.gov.uk/cy/eur/2017/2295/article/3/data.xht?view=snippet&wrap=true',
        published='2017-09-04',
    ),
    # Commission report of 21 April 2017: it quotes an obligation 'By 1 April 2015' that fell due two years before: a deadline already past when written, not rolled on
    B(
        text='Council Directive 2008/118/EC Article 45(2) states: “By 1 April 2015, the Commission shall submit to the European Parliament and the Council a report on the implementation of this Directive.”',
        due=None,
        vague=False,
        said='2017-04-21 08:00:00',
        tz='Europe/Brussels',
        refusal='past',
        cluster=5,
        source='https://eur-lex.europa.eu/legal-content/EN/TXT/?qid=1675868550118&uri=CELEX%3A52017DC0184',
        published='2017-04-21',
    ),
    # FMCSA FAQ, last updated 20 March 2014 (taken as its date): 'no later than July 1, 2013' had already passed: past, not rolled on.
    # unsure: the answer was probably first written before July 2013, when the date was still ahead
    B(
        text='Compliance with all other provisions is required no later than July 1, 2013.',
        due=None,
        vague=False,
        said='2014-03-20 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source='http://www.fmcsa.dot.gov/faq/when-compliance-hours-service-rule-required',
        published='2014-03-20',
    ),
    # the same statement (11 November): 'I visited ... on 6 November', a year-less date after a past verb: the past, not next November
    B(
        text='I visited British Steel on 6 November to meet with the company’s UK management and trade unions.',
        due=None,
        vague=False,
        said='2025-11-11 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://www.parallelparliament.co.uk/debate/2025-11-11/commons/written-statements',
        published='2025-11-11',
    ),
    # the same statement: interest 'on November 15, 1972, and thereafter on May 15 and November 15 until maturity' is a standing schedule: recurring
    B(
        text='Interest will be payable on November 15, 1972, and thereafter on May 15 and November 15 until maturity.',
        due=None,
        vague=False,
        said='1972-03-22 16:00:00',
        tz='America/Chicago',
        refusal='recurring',
        cluster=5,
        source='https://fraser.stlouisfed.org/title/district-notices-federal-reserve-bank-dallas-5569/details-treasury-announcement-auction-1-3-4-billion-notes-544730/fulltext',
        published='1972-03-22',
    ),
    # Lords, 7 September 2015: the peer 'could not agree to the regulations going forward with an implementation date of 1 October': the date is rejected: negated
    B(
        text='I certainly could not agree to the regulations going forward with an implementation date of 1 October.',
        due=None,
        vague=False,
        said='2015-09-07 09:00:00',
        tz='Europe/London',
        refusal='negated',
        cluster=5,
        source='https://search-prototype.herokuapp.com/search-prototype/objects?object=http%3A%2F%2Fhansard.intranet.data.parliament.uk%2FLords%2F2015-09-07%2F15090724000050',
        published='2015-09-07',
    ),
    # kremlin.ru, 30 April 2020: 'comes into force upon its signing' ties the start to an event, not a date
    B(
        text='The Executive Order comes into force upon its signing.',
        due=None,
        vague=False,
        said='2020-04-30 07:00:00',
        tz='Europe/Moscow',
        refusal='event',
        cluster=5,
        source='http://en.kremlin.ru/events/president/news/63296',
        published='2020-04-30',
    ),
    # the same answer: payments 'following the enactment of the Finance Bill', an undated event ('later in December' dates the enactment, not the payments).
    # unsure: a reader may take 'later in December' as due 31 December 2022
    B(
        text='Subject to State aid approval being received, payments will be made following the enactment of the Finance Bill later in December.',
        due=None,
        vague=False,
        said='2022-11-24 10:00:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=5,
        source='https://www.oireachtas.ie/ga/debates/question/2022-11-24/section/171/',
        published='2022-11-24',
    ),
    # Dáil written answer of 16 December 1998: 'introduced in 1994' and 'suspended on 7 August 1997', both past
    B(
        text='The scheme of installation aid for young farmers introduced in 1994 under the Operational Programme for Agriculture, Rural Development and Forestry was suspended on 7 August 1997, as all available funding was exhausted.',
        due=None,
        vague=False,
        said='1998-12-16 10:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source='https://www.oireachtas.ie/en/debates/debate/dail/1998-12-16/48/',
        published='1998-12-16',
    ),
    # kremlin.ru instructions (the print page shows no date; taken as 2021-06-01, the label holds for any day before October 2021): the census is postponed 'until October 2021', so it is not held before then: earliest-only; the instruction itself has no date.
    # unsure: a reader may take October 2021 (its end) as the deadline
    B(
        text='The Government, together with the Interior Ministry, the Emergencies Ministry, the Defence Ministry, the Justice Ministry, the Foreign Intelligence Service, the Federal Security Service, the National Guard, the Federal Guard Service, the Federal Archive Agency and regional executive authorities, is to coordinate the postponement of the national population census until October 2021 and to inform the public of its decision.',
        due=None,
        vague=False,
        said='2021-06-01 07:00:00',
        tz='Europe/Moscow',
        refusal='earliest',
        earliest='2021-09-30 21:00:00',
        cluster=5,
        source='http://en.kremlin.ru/acts/assignments/orders/65754/print',
        published='2021-06-01',
    ),
    # Lords written statement of 27 April 2020: the increase 'due to take effect on 1 April 2020' was revoked 'On 31 March 2020': a dropped date, in the past: negated
    B(
        text='On 31 March 2020, the Government revoked the planned increase in the general pensions levy on occupational and personal pension schemes that was due to take effect on 1 April 2020.',
        due=None,
        vague=False,
        said='2020-04-27 09:00:00',
        tz='Europe/London',
        refusal='negated',
        cluster=5,
        source='https://www.parliament.uk/writtenstatements?max=50&page=3',
        published='2020-04-27',
    ),
    # the same notice: 'brought them into force in the first week of January', the past
    B(
        text='DWP carried out no formal consultation on the Regulations and brought them into force in the first week of January.',
        due=None,
        vague=False,
        said='2009-01-30 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://www.parliament.uk/business/committees/committees-archive/lords-press-notices/pn300109merits/',
        published='2009-01-30',
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
    # USDA Farm Service Agency notice carried by Southeast Farm Press (the page shows no date; taken as 2011-02-15, the label holds for any day before 15 March 2011): 'until Tuesday, March 15, 2011', end of that day (EDT has begun); '2011 ... (NAP)' is a programme year
    B(
        text='Producers have until Tuesday, March 15, 2011, to sign-up for 2011 Non-insured Assistance Program (NAP) coverage for spring planted crops.',
        due='2011-03-16 03:59:59',
        vague=False,
        said='2011-02-15 15:00:00',
        tz='America/New_York',
        cluster=6,
        source='http://southeastfarmpress.com/print/government/spring-planted-crops-insurance-deadline-march-15',
        published='2011-02-15',
    ),
    # kremlin.ru announcement of 24 December 2019 (carried by newskitchen.eu): 'On December 25', tomorrow, end of that day in Moscow
    B(
        text='On December 25, the President will hold a traditional pre-New Year meeting with Government members.',
        due='2019-12-25 20:59:59',
        vague=False,
        said='2019-12-24 07:00:00',
        tz='Europe/Moscow',
        cluster=6,
        source='https://newskitchen.eu/2019/12/24/on-december-25-vladimir-putin-will-meet-with-government-members-and-chair-a-meeting-of-the-council-for-strategic-development-and-national-projects/',
        published='2019-12-24',
    ),
    # European Commission Representation in Ireland (the page shows no date; taken as 2012-10-01, the label holds for any day before 23 December 2012): 'runs until 23 December 2012'
    B(
        text='The consultation runs until 23 December 2012.',
        due='2012-12-23 23:59:59',
        vague=False,
        said='2012-10-01 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source='http://ec.europa.eu/ireland/the_eu_and_you/making_yourself_heard/consultations/index_en.htm',
        published='2012-10-01',
    ),
    # the same circular: 'on Wednesday, October 11', six days later
    B(
        text='The auction will be held on Wednesday, October 11.',
        due='1972-10-12 03:59:59',
        vague=False,
        said='1972-10-05 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://fraser.stlouisfed.org/title/federal-reserve-bank-new-york-circulars-466/7013-treasury-announces-note-auction-540850/fulltext',
        published='1972-10-05',
    ),
    # the same notice: 'On Tuesday 3 February 2009', end of that day
    B(
        text='On Tuesday 3 February 2009, the House of Lords Merits of Statutory Instruments Committee will take evidence from Kitty Ussher, MP, Parliamentary Under Secretary of State at the Department for Work and Pensions (DWP).',
        due='2009-02-03 23:59:59',
        vague=False,
        said='2009-01-30 10:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://www.parliament.uk/business/committees/committees-archive/lords-press-notices/pn300109merits/',
        published='2009-01-30',
    ),
)
