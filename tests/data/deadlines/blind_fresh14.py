"""A FOURTEENTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-02 (UTC) by a labelling helper (branch issue12l-s12b)
that neither changed nor ran the parser: it read only the conventions written in the
docstrings (`blind_real.py`, the parser package's docstring, `blind_fresh12.py` and its
comments), the README next to this file and the scoring rule of `bench/deadlines.py` (a
case is right when both say no deadline, or the due instant agrees to the minute and, for a
case labelled vague, the parser's result is vague too). The sentences were found with a
search over stored copies of public pages and taken as they came in the pages read; see
README.md ("Fourteenth fresh blind set") for every address, publisher and licence. No
address listed in README.md, in a `#` header under `tests/data/articles/` or
`tests/data/agreement/`, or in the shared claims files (other labellers' pages, among them
the thirteenth set's, and the tuner's held-back pages) was used: each was checked against
those lists and claimed before a quote was taken; and no sentence already in another set.
Each label was worked out by hand from the words, the publication date and the publisher's
zone alone; the UTC wall times were computed from local times with the standard library's
zoneinfo, never with project code. No run of `parse_deadline`, `interpret_deadline`,
`bench/deadlines.py` or the tests touched these texts before the labels were committed;
the helpers improving the parser have not seen them.

Same conventions as `blind_real.py` (its docstring) and the earlier fresh sets: the
publisher's zone (UK Parliament and gov.uk: Europe/London; Oireachtas: Europe/Dublin;
kremlin.ru: Europe/Moscow; the European Commission and the Council of the EU:
Europe/Brussels; US federal publishers and the White House: America/New_York, except the
Bonneville Power Administration, a Portland agency whose times are Pacific:
America/Los_Angeles; Wikinews: UTC); the publication date at 10:00 local unless the source
gives the time of speaking (or, for a consultation, its stated opening time); a day falls
due at 23:59:59 local; a clock time with a zone word is that instant ("MT" and "PDT" as
the zones they name that day); a clock time without one is in the publisher's zone; a
range of days or times, or several dates in one sentence, falls due at the later end;
vague windows as in the parser's docstring (60 days for "shortly", "as soon as possible",
"as quickly as possible", "in the near future"; 7 days for "the next few days" and, here,
"without further delay"); "in the new year" is early next
year (January-April) and vague; early/mid/late split a period in thirds; seasons are
meteorological ("summer" ends 31 August, "early fall" is September); fiscal years end
where the publisher's country puts them; refusals have `due=None` and a `refusal` kind
(earliest | negated | past | event | recurring), with `earliest` (00:00 local of that day)
for earliest-only wording ("with effect from January 2004"). Where the carrying page shows
no date, the comment says which reference was taken and for which range of days the label
holds. Labels marked "unsure" in their comment are the ones a reviewer may argue (the
comment names the other reading); like every label here they stay as committed, whatever
the first run shows. First run: not yet taken (the lead runs it once, after merging, and
records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

FRESH14_CASES: tuple[BlindCase, ...] = (
    # Commons written ministerial statement, Thursday 3 April 2003 (Defra, shellfish licensing): 'Last October I told ... that we would be going ahead' reports a past promise; 'as soon as resources became available' is that past promise's event: past
    B(
        text='Last October I told Sea Fisheries Committees, shellfish interests and whitefish industry representatives that we would be going ahead with proposals to control effort in the shellfish sector as soon as resources became available.',
        due=None,
        vague=False,
        said='2003-04-03 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://publications.parliament.uk/pa/cm200203/cmhansrd/vo030403/wmstext/30403m02.htm',
        published='2003-04-03',
    ),
    # the same statement: 'With effect from January 2004 ... and 1 April 2004' only says when the restriction starts; the 1998-2002 window is the qualifying past period: earliest (1 January 2004)
    B(
        text='With effect from January 2004 in respect of over 10 m vessels, and 1 April 2004 in respect of under 10 m vessels, in general only holders of existing fishing vessel licences who have been able to demonstrate that they have fished for crabs or lobsters using pots or nets, and have landed or sold more than 200kg lobsters or 750kg crabs during any 12 month consecutive period between 1 January 1998 and 31 December 2002, will be given authority to continue to fish for them.',
        due=None,
        vague=False,
        said='2003-04-03 09:00:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='2004-01-01 00:00:00',
        cluster=5,
        source='https://publications.parliament.uk/pa/cm200203/cmhansrd/vo030403/wmstext/30403m02.htm',
        published='2003-04-03',
    ),
    # the same statement: 'in the near future' is the vague 60 days from 3 April 2003: 2 June 2003, end of day (BST); 'as soon as they become available' is tied to an undated event and does not replace the pledge's own window
    B(
        text='We will issue further detailed guidance on eligibility for the scheme in the near future and application forms will be informed sent to all license and entitlement holders as soon as they become available.',
        due='2003-06-02 22:59:59',
        vague=True,
        said='2003-04-03 09:00:00',
        tz='Europe/London',
        cluster=3,
        source='https://publications.parliament.uk/pa/cm200203/cmhansrd/vo030403/wmstext/30403m02.htm',
        published='2003-04-03',
    ),
    # Dáil written answer, Wednesday 26 May 2010: 'was Monday 17 May 2010' reports a closing date already past: past
    B(
        text="The closing date for receipt of applications was Monday 17 May 2010 and at close of business on that day some 4,400 applications had been submitted to my Department's office at Johnstown Castle Estate in Wexford.",
        due=None,
        vague=False,
        said='2010-05-26 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source='https://www.oireachtas.ie/en/debates/question/2010-05-26/33/',
        published='2010-05-26',
    ),
    # the same answer: 'as quickly as possible' is the vague 60 days from 26 May 2010: 25 July 2010, end of day (IST)
    B(
        text='It is not possible, at this early stage, to anticipate how long this process will take but my objective is to ensure that it is completed and that payments issue as quickly as possible.',
        due='2010-07-25 22:59:59',
        vague=True,
        said='2010-05-26 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.oireachtas.ie/en/debates/question/2010-05-26/33/',
        published='2010-05-26',
    ),
    # Dáil priority questions, Thursday 14 May 2015 (time not shown, 10:00 IST taken): 'one week from now' is 21 May 2015, end of day (IST). unsure: the question names the closing date as 22 May 2015, and a reader who knows it may take 'one week' loosely as that day
    B(
        text='GLAS is a large, flagship scheme which has been open for some time and for which the deadline for the receipt of applications is one week from now.',
        due='2015-05-21 22:59:59',
        vague=False,
        said='2015-05-14 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.oireachtas.ie/ga/debates/debate/dail/2015-05-14/3/',
        published='2015-05-14',
    ),
    # the same reply: 'I opened ... on 23 February' reports a past step (23 February 2015); 'once formal approval ... had been notified' is an undated event: past
    B(
        text='Following successful negotiations with the European Commission, I opened the GLAS online application system on 23 February for the preparation of applications, with the intention of activating the submit facility once formal approval of the rural development programme as a whole had been notified.',
        due=None,
        vague=False,
        said='2015-05-14 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source='https://www.oireachtas.ie/ga/debates/debate/dail/2015-05-14/3/',
        published='2015-05-14',
    ),
    # Dáil written answer, Tuesday 15 May 2012: the re-opening would come 'later in the year' with 'a possible closing date for applications of end September' (30 September 2012, end of day, IST); 'January 2013' is when new participants would start, not the deadline. unsure: the whole plan is only under consideration, and a reader may refuse it, or take January 2013 as the date the pledge is met
    B(
        text='I am actively considering the possibility of re-opening the Agri-environmental Options Scheme to allow for the submission of applications either on an amended basis from the existing scheme and/or on a limited scale and, in particular, the possibility of re-opening for applications later in the year with a possible closing date for applications of end September and a commencement date for new participants of January 2013.',
        due='2012-09-30 22:59:59',
        vague=False,
        said='2012-05-15 09:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source='https://www.oireachtas.ie/en/debates/question/2012-05-15/328/',
        published='2012-05-15',
    ),
    # Dáil oral answer, Wednesday 1 December 2010: 'over the next few days' is the vague 7-day window: 8 December 2010, end of day (GMT)
    B(
        text='A further 2,585 applications have been processed and my Department will be issuing the letters of approval over the next few days.',
        due='2010-12-08 23:59:59',
        vague=True,
        said='2010-12-01 10:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.oireachtas.ie/en/debates/question/2010-12-01/10/',
        published='2010-12-01',
    ),
    # the same answer, said on 1 December: 'by the end of November' is the day before, a count reached by a date already gone: past. unsure: it is less than a day before the reference, and a reader may take 30 November 2010 as the (met) deadline
    B(
        text='This will bring the total numbers approved by the end of November to 8,291.',
        due=None,
        vague=False,
        said='2010-12-01 10:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source='https://www.oireachtas.ie/en/debates/question/2010-12-01/10/',
        published='2010-12-01',
    ),
    # the same answer: 'as soon as possible' is the vague 60 days from 1 December 2010: 30 January 2011, end of day (GMT)
    B(
        text='The Department is working through these applications with a view to reaching a decision on entry into the scheme in each case as soon as possible.',
        due='2011-01-30 23:59:59',
        vague=True,
        said='2010-12-01 10:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.oireachtas.ie/en/debates/question/2010-12-01/10/',
        published='2010-12-01',
    ),
    # Federal Register of Monday 25 August 2008 (Bureau of Reclamation, Southern Delivery System): comments are received 'until provided by future notice', an undated event: event
    B(
        text='Comments on the existing water quality analysis featured in the DEIS will be received until provided by future notice.',
        due=None,
        vague=False,
        said='2008-08-25 14:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source='https://webarchive.library.unt.edu/eot2008/20081011222314/http://edocket.access.gpo.gov/2008/E8-19612.htm',
        published='2008-08-25',
    ),
    # the same notice: the 45-day period will be announced 'on a future date in 2008': the announcement falls due by the end of 2008, end of day Eastern (EST); the 45 days run from an undated release and do not set it
    B(
        text='The availability of the additional analysis and the corresponding 45-day comment period will be announced in the Federal Register on a future date in 2008.',
        due='2009-01-01 04:59:59',
        vague=False,
        said='2008-08-25 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='https://webarchive.library.unt.edu/eot2008/20081011222314/http://edocket.access.gpo.gov/2008/E8-19612.htm',
        published='2008-08-25',
    ),
    # the same notice: 'was scheduled to end on April 26, 2008 but was extended to June 13, 2008' reports dates already past in August 2008: past
    B(
        text='The original 60-day comment period for the Draft EIS was scheduled to end on April 26, 2008 but was extended to June 13, 2008.',
        due=None,
        vague=False,
        said='2008-08-25 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source='https://webarchive.library.unt.edu/eot2008/20081011222314/http://edocket.access.gpo.gov/2008/E8-19612.htm',
        published='2008-08-25',
    ),
    # Commons oral answer, Thursday 14 December 2006: 'as quickly as possible' is the vague 60 days: 12 February 2007, end of day (GMT); 'today completed' is the past review
    B(
        text='We have today completed a review of salmon and freshwater fisheries policy, and I can announce to the House that we intend to meet the objectives my hon. Friend and I share through secondary legislation as quickly as possible.',
        due='2007-02-12 23:59:59',
        vague=True,
        said='2006-12-14 10:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://hansard.parliament.uk/Commons/2006-12-14/debates/06121474000016/FisheriesBill',
        published='2006-12-14',
    ),
    # Seanad, Wednesday 12 December 2018 at 10:30 am (KildareStreet): 'within the next seven days' is 19 December 2018, end of day (GMT)
    B(
        text='I hope to be in a position to circulate to the Taoiseach and to Members of the Oireachtas the final text of our work within the next seven days.',
        due='2018-12-19 23:59:59',
        vague=False,
        said='2018-12-12 10:30:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.kildarestreet.com/sendebates/?gid=2018-12-12a.30',
        published='2018-12-12',
    ),
    # Seanad Order of Business, Tuesday 10 July 2018 (time not shown, 10:00 IST taken): item No. 2 is 'to be adjourned no later than 3 p.m.', 15:00 Irish summer time that day; '1 p.m.' is its start, '2017' a Bill's year, 'eight'/'five minutes' speaking limits
    B(
        text='No. 2, Road Traffic (Amendment) Bill 2017 - Second Stage, to be taken at 1 p.m. and to be adjourned no later than 3 p.m. if not previously concluded, with the contributions of group spokespersons not to exceed eight minutes and those of all other Senators not to exceed five minutes',
        due='2018-07-10 14:00:00',
        vague=False,
        said='2018-07-10 09:00:00',
        tz='Europe/Dublin',
        cluster=2,
        source='https://www.oireachtas.ie/en/debates/debate/seanad/2018-07-10/9/',
        published='2018-07-10',
    ),
    # Seanad Order of Business, Thursday 14 July 2016 (time not shown, 10:00 IST taken): the statements 'conclude not later than 3 p.m.', 15:00 Irish summer time that day; the Minister's reply at 2.55 p.m. is inside it
    B(
        text='No. 2, statements on the summer economic statement 2016, to be taken at 1.30 p.m. and conclude not later than 3 p.m., with the contributions of group spokespersons not to exceed eight minutes each and those of all other Senators not to exceed five minutes each and the Minister to be called on to reply to the debate not later than 2.55 p.m.',
        due='2016-07-14 14:00:00',
        vague=False,
        said='2016-07-14 09:00:00',
        tz='Europe/Dublin',
        cluster=2,
        source='https://www.oireachtas.ie/en/debates/debate/seanad/2016-07-14/8/',
        published='2016-07-14',
    ),
    # NASA research announcement NRA 94-OSS-08, special notice released Tuesday 24 May 1994: two due dates, notices of intent 24 June and proposals 23 August 1994; the later falls due, as for several dates in one sentence in the earlier sets: 23 August 1994, end of day Eastern (EDT)
    B(
        text='Notices of intent to propose are due June 24, 1994, and proposals are due August 23, 1994.',
        due='1994-08-24 03:59:59',
        vague=False,
        said='1994-05-24 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='https://corpora.tika.apache.org/base/docs/govdocs1/302/302640.txt',
        published='1994-05-24',
    ),
    # NASA Science Mission Directorate funding page, 'Astrophysics Probe Program Update May 2022' (undated page; 20 May 2022 taken, the label holds for any day of May 2022 up to 8 June): 'due by June 8, 2022', end of day Eastern (EDT)
    B(
        text='Questions and feedback are due by June 8, 2022',
        due='2022-06-09 03:59:59',
        vague=False,
        said='2022-05-20 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://science.nasa.gov/researchers/sara/grant-solicitations',
        published='2022-05-20',
    ),
    # the same update: the final AO is released 'July 2023 (target)': end of July 2023, Eastern (EDT)
    B(
        text='Release of final AO: July 2023 (target)',
        due='2023-08-01 03:59:59',
        vague=False,
        said='2022-05-20 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://science.nasa.gov/researchers/sara/grant-solicitations',
        published='2022-05-20',
    ),
    # the same update: '90 days after AO release' counts from an undated release: event
    B(
        text='Proposals due: 90 days after AO release',
        due=None,
        vague=False,
        said='2022-05-20 14:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source='https://science.nasa.gov/researchers/sara/grant-solicitations',
        published='2022-05-20',
    ),
    # NASA SMD community announcement NNH12ZDA011J (undated page; spring 2012 taken, 1 May 2012): 'late summer/early fall of 2012' is a range, due at its later end: early fall is September (meteorological autumn split in thirds), 30 September 2012, end of day Eastern (EDT)
    B(
        text='The current state of planning calls for NASA SMD to release in the late summer/early fall of 2012 a solicitation for Astrophysics Explorer Missions of Opportunity (MO) as a program element appendix amended to the NASA Announcement of Opportunity NNH12ZDA006O, Second Stand Alone Missions of Opportunity Notice (SALMON-2) that will solicit proposals to accomplish astrophysics Explorer Program science objectives.',
        due='2012-10-01 03:59:59',
        vague=False,
        said='2012-05-01 14:00:00',
        tz='America/New_York',
        cluster=4,
        source='https://www.federalgrantswire.com/community-announcement-on-astrophysics-explorer-missions-of-opportunity-nnh12zda011j.html',
        published='2012-05-01',
    ),
    # European Commission press release, Thursday 23 September 2021 (Representation in Cyprus): 'without further delay' is read like 'without delay', the vague 7 days: 30 September 2021, end of day Brussels (CEST). unsure: the words press an obligation already overdue and name no window; a reader may refuse it
    B(
        text='These Member States are required to transpose into their national laws two new sets of rules, without further delay: the Audio-Visual Media Services Directive and the European Electronic Communications Code, and inform the Commission about this transposition.',
        due='2021-09-30 21:59:59',
        vague=True,
        said='2021-09-23 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source='https://cyprus.representation.ec.europa.eu/news/stepping-legal-action-commission-urges-19-member-states-implement-eu-digital-and-media-laws-2021-09-23_en?prefLang=pt',
        published='2021-09-23',
    ),
    # the same release: 'had to be transposed by end-2020' is a deadline already missed when written: past
    B(
        text="Both Directives are crucial for the EU's digital transition, after having been commonly agreed by Member States, and had to be transposed by end-2020.",
        due=None,
        vague=False,
        said='2021-09-23 08:00:00',
        tz='Europe/Brussels',
        refusal='past',
        cluster=5,
        source='https://cyprus.representation.ec.europa.eu/news/stepping-legal-action-commission-urges-19-member-states-implement-eu-digital-and-media-laws-2021-09-23_en?prefLang=pt',
        published='2021-09-23',
    ),
    # Maritime and Coastguard Agency consultation on gov.uk, opened Monday 13 November 2023 at 09:00 (the reference): the window runs 'until 11 December 2023 (23:59)', 23:59 GMT that day; the opening time is its start
    B(
        text='Responses are welcomed from 13 November 2023 (09:00) until 11 December 2023 (23:59).',
        due='2023-12-11 23:59:00',
        vague=False,
        said='2023-11-13 09:00:00',
        tz='Europe/London',
        cluster=2,
        source='https://www.gov.uk/government/consultations/consultation-on-draft-merchant-shipping-anti-fouling-systems-regulations-2024/consultation-on-the-draft-merchant-shipping-anti-fouling-systems-regulations-2024',
        published='2023-11-13',
    ),
    # MCA consultation outcome report on gov.uk, Thursday 29 February 2024: 'carried out ... from 13th November to 11th December 2023' reports a finished consultation: past
    B(
        text='The Maritime and Coastguard Agency (MCA), an executive Agency of the Department for Transport (DfT), carried out a public consultation from 13th November to 11th December 2023 on the draft Merchant Shipping (Anti-Fouling Systems) Regulations 2024 (“the draft Regulations”).',
        due=None,
        vague=False,
        said='2024-02-29 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://gov.uk/government/consultations/consultation-on-draft-merchant-shipping-anti-fouling-systems-regulations-2024/outcome/consultation-outcome-report-consultation-on-draft-merchant-shipping-anti-fouling-systems-regulations-2024',
        published='2024-02-29',
    ),
    # MCA consultation outcome report on gov.uk, Wednesday 10 April 2024: the consultation 'ran from 8 December 2023 to 26 January 2024', already over: past
    B(
        text='The Maritime and Coastguard Agency (MCA), an Executive Agency of the Department for Transport (DfT), carried out a public consultation on the draft Merchant Shipping (Carriage of Dangerous Goods and Harmful Substances) Regulations 2024 and the associated guidance, which ran from 8 December 2023 to 26 January 2024.',
        due=None,
        vague=False,
        said='2024-04-10 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://www.gov.uk/government/consultations/consultation-on-the-merchant-shipping-carriage-of-dangerous-goods-and-harmful-substances-regulations-2024/outcome/consultation-outcome-report-on-the-proposal-to-make-the-merchant-shipping-carriage-of-dangerous-goods-and-harmful-substances-regulations-2024',
        published='2024-04-10',
    ),
    # National Park Service planning page (PEPC; undated, the opening of scoping, Thursday 29 August 2013, taken; the label holds for any day of the period): 'between August 29, 2013 and September 27, 2013' falls due at its later end: 27 September 2013, end of day Eastern (EDT)
    B(
        text='Public input is requested during the scoping period between August 29, 2013 and September 27, 2013.',
        due='2013-09-28 03:59:59',
        vague=False,
        said='2013-08-29 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://parkplanning.nps.gov/PlanProcess.cfm?projectID=40085',
        published='2013-08-29',
    ),
    # NPS planning page (PEPC), scoping notice (undated; its opening, Friday 19 August 2016, taken): 'between August 19, 2016 and September 9th, 2016' falls due at the later end: 9 September 2016, end of day Eastern (EDT)
    B(
        text='Public input is requested during the scoping period between August 19, 2016 and September 9th, 2016.',
        due='2016-09-10 03:59:59',
        vague=False,
        said='2016-08-19 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://parkplanning.nps.gov/PlanProcess.cfm?projectID=65404',
        published='2016-08-19',
    ),
    # the same page, a site banner without a year (the weekdays fit April 2019 and April 2024; Monday 15 April 2024 taken as the reference, the label holds for any reference in the days before): the outage runs 'to as late as 3:00 PM MT on Mon., Apr. 22nd', 15:00 Mountain Daylight Time, 21:00 UTC; '1:45 PM MT on Fri., Apr. 19th' is its start
    B(
        text='Parkplanning and PEPC will be offline for Data Center maintenance from 1:45 PM MT on Fri., Apr. 19th to as late as 3:00 PM MT on Mon., Apr. 22nd.',
        due='2024-04-22 21:00:00',
        vague=False,
        said='2024-04-15 14:00:00',
        tz='America/New_York',
        cluster=2,
        source='https://parkplanning.nps.gov/PlanProcess.cfm?projectID=65404',
        published='2024-04-15',
    ),
    # NPS general management plan page (undated; the step marked current is 'Spring 2010', 15 April 2010 taken, the label holds for any day before 1 June 2010): 'by June 1, 2010', end of day Eastern (EDT)
    B(
        text='Send your comments by June 1, 2010 electronically via this NPS planning website.',
        due='2010-06-02 03:59:59',
        vague=False,
        said='2010-04-15 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://planning.nps.gov/PlanProcess.cfm?projectID=24270',
        published='2010-04-15',
    ),
    # the same page: the plan is implemented in 'Summer 2012', meteorological summer ending 31 August 2012, end of day Eastern (EDT)
    B(
        text='Step 5. Implement the Approved Plan: Prepare and issue a record of decision and implement the general management plan. - Summer 2012',
        due='2012-09-01 03:59:59',
        vague=False,
        said='2010-04-15 14:00:00',
        tz='America/New_York',
        cluster=4,
        source='https://planning.nps.gov/PlanProcess.cfm?projectID=24270',
        published='2010-04-15',
    ),
    # NPS unit management plan page (undated; 1 September 2022 taken, the label holds for any day of September 2022 before the 30th): 'closes Sep 30, 2022', end of day Eastern (EDT)
    B(
        text='A comment period for this project closes Sep 30, 2022:',
        due='2022-10-01 03:59:59',
        vague=False,
        said='2022-09-01 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://parkplanning.nps.gov/PlanProcess.cfm?projectID=71715',
        published='2022-09-01',
    ),
    # NPS planning page written after the decision (it reports the FONSI 'signed May 18, 2011'; 1 June 2011 taken): both comment periods 'closed': past
    B(
        text='The public had two opportunities to formally comment on the project; once during initial project scoping (closed April 30, 2010) and again following release of the Plan/EA (closed January 31, 2011).',
        due=None,
        vague=False,
        said='2011-06-01 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source='https://parkplanning.nps.gov/PlanProcess.cfm?projectID=30504',
        published='2011-06-01',
    ),
    # Bonneville Power Administration page on its rules of procedure (undated; the notice's day, Wednesday 2 May 2018, taken; the label holds for any day of May 2018): 'June 4, 2018, 5:00 pm PDT' is 17:00 Pacific Daylight Time, 00:00 UTC on 5 June; BPA sits in Portland, so its zone is the Pacific one
    B(
        text='The deadline for submitting comments is June 4, 2018, 5:00 pm PDT.',
        due='2018-06-05 00:00:00',
        vague=False,
        said='2018-05-02 17:00:00',
        tz='America/Los_Angeles',
        cluster=2,
        source='https://www.bpa.gov/Finance/RateCases/RulesProcedure/Pages/default.aspx',
        published='2018-05-02',
    ),
    # the same page: 'On May 2, 2018, BPA published ... and provided notice of a formal 30-day comment period' reports the notice; the 30 days are stated as a past act's content, and the deadline is given elsewhere: past. unsure: a reader may count 30 days from 2 May 2018 (1 June 2018)
    B(
        text='On May 2, 2018, BPA published its proposed Rules of Procedure in the Federal Register and provided notice of a formal 30-day comment period.',
        due=None,
        vague=False,
        said='2018-05-02 17:00:00',
        tz='America/Los_Angeles',
        refusal='past',
        cluster=5,
        source='https://www.bpa.gov/Finance/RateCases/RulesProcedure/Pages/default.aspx',
        published='2018-05-02',
    ),
    # Federal Register of Wednesday 13 November 2024 (BPA, BP-26 rate case): 'no later than 4:30 p.m. on December 3, 2024' carries no zone word, so it is in the publisher's zone (BPA, Pacific): 16:30 PST, 00:30 UTC on 4 December; 'BP–26' is a docket name
    B(
        text='Intervention: Petitions to intervene in the BP–26 proceeding must be filed on Bonneville’s secure website no later than 4:30 p.m. on December 3, 2024.',
        due='2024-12-04 00:30:00',
        vague=False,
        said='2024-11-13 18:00:00',
        tz='America/Los_Angeles',
        cluster=2,
        source='https://regulations.justia.com/regulations/fedreg/2024/11/13/2024-26244.html',
        published='2024-11-13',
    ),
    # the same notice: 'must be received by February 7, 2025', end of day Pacific (PST)
    B(
        text='Participant Comments: Written comments by non-party participants must be received by February 7, 2025, to be considered in the Administrator’s Record of Decision (ROD).',
        due='2025-02-08 07:59:59',
        vague=False,
        said='2024-11-13 18:00:00',
        tz='America/Los_Angeles',
        cluster=6,
        source='https://regulations.justia.com/regulations/fedreg/2024/11/13/2024-26244.html',
        published='2024-11-13',
    ),
    # the same notice: the conference 'will be held on November 15, 2024', right after another one that 'begins at 2:00 p.m.'; its own time is not given, so the day falls due: 15 November 2024, end of day Pacific (PST). unsure: a reader may take 14:00 as the time, though it is the other conference's start
    B(
        text='Prehearing Conference: The prehearing conference in the BP–26 proceeding will be held on November 15, 2024, immediately following the conclusion of the prehearing conference for Bonneville’s TC–26 tariff proceeding, which begins at 2:00 p.m.',
        due='2024-11-16 07:59:59',
        vague=False,
        said='2024-11-13 18:00:00',
        tz='America/Los_Angeles',
        cluster=3,
        source='https://regulations.justia.com/regulations/fedreg/2024/11/13/2024-26244.html',
        published='2024-11-13',
    ),
    # Lords written answer, Tuesday 20 April 2004: 'by the end of April 2004' is 30 April 2004, end of day (BST); 'on completion of contract negotiations' only says what the award waits for
    B(
        text='It is planned to award the design and manufacture contract for the NATO Submarine Rescue System by the end of April 2004, on completion of contract negotiations.',
        due='2004-04-30 22:59:59',
        vague=False,
        said='2004-04-20 09:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://api.parliament.uk/historic-hansard/written_answers/2004/apr/20/nato-submarine-rescue-system',
        published='2004-04-20',
    ),
    # Commons answer, Tuesday 24 October 1995: 'next year' is 1996, due 31 December 1996, end of day (GMT); 'batch 2' is a name
    B(
        text='I hope to be in a position to place a prime contract for the construction of batch 2 Trafalgar class submarines next year.',
        due='1996-12-31 23:59:59',
        vague=False,
        said='1995-10-24 10:00:00',
        tz='Europe/London',
        cluster=1,
        source='https://api.parliament.uk/historic-hansard/written-answers/1995/oct/24/trafalgar-class-submarines',
        published='1995-10-24',
    ),
    # Commons oral answer, Monday 15 December 2003: 'as soon as possible in the new year' is bounded by 'in the new year', early 2004 (January-April), vague: 30 April 2004, end of day (BST). unsure: a reader may let 'as soon as possible' decide (the 60-day window, 13 February 2004)
    B(
        text='We plan to make a decision on that complex and important private finance initiative competition as soon as possible in the new year.',
        due='2004-04-30 22:59:59',
        vague=True,
        said='2003-12-15 10:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://api.parliament.uk/historic-hansard/commons/2003/dec/15/future-strategic-tanker-aircraft',
        published='2003-12-15',
    ),
    # Commons oral answer, Monday 5 July 2010: 'announced ... on 17 May' and 'have been suspended' report the past; 'pending the outcome of urgent ongoing reviews' is an undated event: past
    B(
        text='Out of the 57 equipment-related projects that were subject to re-approval as part of the exercise announced by the Chief Secretary to the Treasury on 17 May, two projects—the search and rescue helicopter project, and the procurement of long-lead items for the successor deterrent—have been suspended pending the outcome of urgent ongoing reviews.',
        due=None,
        vague=False,
        said='2010-07-05 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://hansard.parliament.uk/Commons/2010-07-05/debates/10070511000027/DefenceProcurement',
        published='2010-07-05',
    ),
    # Defence Committee report on the MoD Main Estimates 2009-10 (HC 773; its date is not on the page: between the laying on 18 June and 2 July 2009, Tuesday 30 June 2009 taken): 'on Thursday 2 July' is 2 July 2009, end of day (BST)
    B(
        text='The House will be asked to agree them on Thursday 2 July.',
        due='2009-07-02 22:59:59',
        vague=False,
        said='2009-06-30 09:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://publications.parliament.uk/pa/cm200809/cmselect/cmdfence/773/77303.htm',
        published='2009-06-30',
    ),
    # the same report: 'were laid ... on Thursday 18 June' reports the past; '2009-10' names the estimates' year: past
    B(
        text="The Treasury's Main Supply Estimates 2009-10 by which the Government requests resources from Parliament to meet its expenditure plans for the Financial Year ahead were laid before the House of Commons on Thursday 18 June.",
        due=None,
        vague=False,
        said='2009-06-30 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://publications.parliament.uk/pa/cm200809/cmselect/cmdfence/773/77303.htm',
        published='2009-06-30',
    ),
    # Dáil oral answer, Thursday 3 June 1993: two steps, tenders 'in the middle of next month' (mid-July 1993) and construction 'before the end of the year'; the later falls due (several dates: the later end): 31 December 1993, end of day (GMT)
    B(
        text='The position with regard to the building of the new hospital is that I expect tenders to be invited for the construction of the hospital in the middle of next month, and I am confident that construction will commence before the end of the year.',
        due='1993-12-31 23:59:59',
        vague=False,
        said='1993-06-03 09:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source='https://www.oireachtas.ie/en/debates/debate/dail/1993-06-03/20/',
        published='1993-06-03',
    ),
    # Dáil adjournment reply, Thursday 13 May 2004 at 5:00 pm (KildareStreet): 'as quickly as possible' is the vague 60 days: 12 July 2004, end of day (IST); '€105 million' is money
    B(
        text='As one would expect, it is my desire, and that of my ministerial colleagues, to progress the commissioning of all the facilities involved in this significant investment of €105 million as quickly as possible.',
        due='2004-07-12 22:59:59',
        vague=True,
        said='2004-05-13 16:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.kildarestreet.com/debate/?id=2004-05-13.453.3',
        published='2004-05-13',
    ),
    # Dáil oral answer, Tuesday 13 May 2025 at 10:15 am (KildareStreet): 'expected to be submitted shortly' is the vague 60 days: 12 July 2025, end of day (IST)
    B(
        text='Surveys and site investigations have been conducted, which are informing the design and planning applications for enabling works that are expected to be submitted shortly.',
        due='2025-07-12 22:59:59',
        vague=True,
        said='2025-05-13 09:15:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.kildarestreet.com/debates/?id=2025-05-13a.486',
        published='2025-05-13',
    ),
    # the same answer: the sentence's claim is that an undated grant of planning permission 'will determine when construction works can commence': event. unsure: the aside 'expected to be submitted next year' could be tracked as the end of 2026
    B(
        text='The granting of full planning permission for the Cork and Galway main works, expected to be submitted next year, will determine when construction works can commence.',
        due=None,
        vague=False,
        said='2025-05-13 09:15:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=5,
        source='https://www.kildarestreet.com/debates/?id=2025-05-13a.486',
        published='2025-05-13',
    ),
    # the same answer: 'appointed ... at the end of 2024' reports the past: past
    B(
        text='Following a public tender competition, the HSE appointed a design team and project controls team at the end of 2024.',
        due=None,
        vague=False,
        said='2025-05-13 09:15:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source='https://www.kildarestreet.com/debates/?id=2025-05-13a.486',
        published='2025-05-13',
    ),
    # Dáil written answer, Tuesday 2 December 2008 (KildareStreet): 'was established in May, 2007' reports the past: past
    B(
        text='The National Paediatric Hospital Development Board was established in May, 2007.',
        due=None,
        vague=False,
        said='2008-12-02 10:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source='https://www.kildarestreet.com/wrans/?id=2008-12-02.1001.0',
        published='2008-12-02',
    ),
    # Dáil Leaders' Questions, Tuesday 11 July 2023 (time not shown, 10:00 IST taken): 'tomorrow' is 12 July 2023, end of day (IST)
    B(
        text="Members of the hospital's development board will appear before the Oireachtas Joint Committee on Health tomorrow.",
        due='2023-07-12 22:59:59',
        vague=False,
        said='2023-07-11 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.oireachtas.ie/en/debates/debate/dail/2023-07-11/2/',
        published='2023-07-11',
    ),
    # Federal Register of Monday 12 August 1996 (FAA Western-Pacific Region, San Diego Class B airspace; its office is in Los Angeles, so the Pacific zone): two meetings 'starting at 7:00 p.m.'; the later, Wednesday 16 October 1996 at 19:00 PDT, falls due (a meeting's stated time is its instant, as in the earlier sets)
    B(
        text='The informal airspace meetings will be held on Wednesday, October 2 and Wednesday, October 16, 1996, starting at 7:00 p.m.',
        due='1996-10-17 02:00:00',
        vague=False,
        said='1996-08-12 17:00:00',
        tz='America/Los_Angeles',
        cluster=3,
        source='http://federal.elaws.us/fr/8/12/1996/96-20512',
        published='1996-08-12',
    ),
    # the same notice: 'on or before December 16, 1996', end of day Pacific (PST)
    B(
        text='Comments must be received on or before December 16, 1996.',
        due='1996-12-17 07:59:59',
        vague=False,
        said='1996-08-12 17:00:00',
        tz='America/Los_Angeles',
        cluster=6,
        source='http://federal.elaws.us/fr/8/12/1996/96-20512',
        published='1996-08-12',
    ),
    # Federal Register of Wednesday 16 December 1998 (FAA Southern Region, Orlando Class B airspace; Eastern zone): two meetings 'starting at 7:00 p.m.'; the later, Thursday 18 February 1999 at 19:00 EST, falls due
    B(
        text='Meeting: The informal airspace meetings will be held on Wednesday, February 17, and Thursday, February 18, 1999, starting at 7:00 p.m.',
        due='1999-02-19 00:00:00',
        vague=False,
        said='1998-12-16 15:00:00',
        tz='America/New_York',
        cluster=3,
        source='http://federal.elaws.us/fr/12/16/1998/98-32966',
        published='1998-12-16',
    ),
    # the same notice: 'on or before March 31, 1999', end of day Eastern (EST)
    B(
        text='Comments: Comments must be received on or before March 31, 1999.',
        due='1999-04-01 04:59:59',
        vague=False,
        said='1998-12-16 15:00:00',
        tz='America/New_York',
        cluster=6,
        source='http://federal.elaws.us/fr/12/16/1998/98-32966',
        published='1998-12-16',
    ),
    # FAA public-meeting procedures for a 2006 meeting (undated page; 1 January 2006 taken, the label does not depend on it): '10 calendar days before the meeting' counts back from an undated meeting: event
    B(
        text='Sign and oral interpretation can be made available at the meeting, as well as an assistive listening device, if requested 10 calendar days before the meeting.',
        due=None,
        vague=False,
        said='2006-01-01 15:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source='http://www.faa.gov/news/conferences_events/parc_2006/procedures/',
        published='2006-01-01',
    ),
    # the same page: registration 'on the day of the meeting (between 7:30 a.m. and 8:30 a.m. EST)' is a window on an undated day: event
    B(
        text='The meeting will be open to all people who have asked in advance to attend the meeting or who register on the day of the meeting (between 7:30 a.m. and 8:30 a.m. EST), subject to availability of space in the meeting room.',
        due=None,
        vague=False,
        said='2006-01-01 15:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source='http://www.faa.gov/news/conferences_events/parc_2006/procedures/',
        published='2006-01-01',
    ),
    # White House Deputy Press Secretary Raj Shah on Fox News, Monday 19 March 2018 (quoted by Reuters; only his words are taken): 'by the end of the week' is the week's Sunday, 25 March 2018, end of day Eastern (EDT). unsure: the headline reads it as Friday 23 March (the working week, the shutdown deadline)
    B(
        text='There are a number of issues that are being worked out by Congress, but we remain confident that by the end of the week we’re going to have a funding bill that funds this White House and this president’s priorities',
        due='2018-03-26 03:59:59',
        vague=False,
        said='2018-03-19 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://www.reuters.com/article/us-usa-fiscal-congress-trump/white-house-official-says-u-s-congress-to-pass-spending-bill-by-friday-idUSKBN1GW21Q',
        published='2018-03-19',
    ),
    # White House Press Secretary Robert Gibbs at the briefing of Monday 20 July 2009 (quoted by Roll Call; only his words are taken): 'by August' is read like 'by October' in the first fresh set, the end of August: 31 August 2009, end of day Eastern (EDT). unsure: the article is about the August recess, so a reader may take 'by August' as before August begins (31 July 2009)
    B(
        text='The president believes we’re making good progress, and the president believes we can get this done by August,',
        due='2009-09-01 03:59:59',
        vague=False,
        said='2009-07-20 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://rollcall.com/2009/07/20/gibbs-says-white-house-wants-pre-recess-action-on-health-bills/',
        published='2009-07-20',
    ),
    # Gibbs at the White House briefing of Thursday 5 November 2009 (quoted by Roll Call; only his words are taken): 'this year' is 2009, due 31 December 2009, end of day Eastern (EST)
    B(
        text='The president believes … we can get this done this year.',
        due='2010-01-01 04:59:59',
        vague=False,
        said='2009-11-05 15:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://rollcall.com/2009/11/05/white-house-holds-to-end-of-year-%C2%91deadline-for-health-care-bill/',
        published='2009-11-05',
    ),
    # President Obama's Rose Garden remarks of Wednesday 15 July 2009 (carried the next day by The UpTake; only his words are taken): 'for the next two to three weeks' runs to its later end, three weeks: 5 August 2009, end of day Eastern (EDT). unsure: 'until we've got a bill' ties the talking to an undated event, and a reader may refuse it
    B(
        text='And we are going to be continually talking about this for the next two to three weeks until we’ve got a bill off the Senate and we’ve got a bill out of the House.',
        due='2009-08-06 03:59:59',
        vague=False,
        said='2009-07-15 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='http://theuptake.org/2009/07/16/obama-expects-to-sign-health-care-bill-soon/',
        published='2009-07-15',
    ),
    # Presidential instructions following the Eastern Economic Forum, kremlin.ru text of Monday 23 September 2019 (carried by the Forum's site): 'Deadline: 15 December 2019', end of day Moscow (MSK)
    B(
        text='Deadline: 15 December 2019;',
        due='2019-12-15 20:59:59',
        vague=False,
        said='2019-09-23 07:00:00',
        tz='Europe/Moscow',
        cluster=6,
        source='https://forumvostok.ru/en/news/prezident-rossii-utverdil-perechen-poruchenij-po-itogam-plenarnogo-zasedanija-vef/',
        published='2019-09-23',
    ),
    # the same list: the first report is due 'by 15 November 2019', end of day Moscow; 'then once every six months' is the standing schedule that follows. unsure: a reader may refuse the whole as a recurring duty
    B(
        text='Report back by 15 November 2019, then once every six months.',
        due='2019-11-15 20:59:59',
        vague=False,
        said='2019-09-23 07:00:00',
        tz='Europe/Moscow',
        cluster=3,
        source='https://forumvostok.ru/en/news/prezident-rossii-utverdil-perechen-poruchenij-po-itogam-plenarnogo-zasedanija-vef/',
        published='2019-09-23',
    ),
    # the same list: 'Deadline: 1 December 2019', end of day Moscow (MSK)
    B(
        text='Deadline: 1 December 2019;',
        due='2019-12-01 20:59:59',
        vague=False,
        said='2019-09-23 07:00:00',
        tz='Europe/Moscow',
        cluster=6,
        source='https://forumvostok.ru/en/news/prezident-rossii-utverdil-perechen-poruchenij-po-itogam-plenarnogo-zasedanija-vef/',
        published='2019-09-23',
    ),
    # the same list: the instruction itself is a list item whose deadline follows it; 'through to 1 January 2025' is how long the subsidy runs and '1 May 2016' dates a law: no deadline in the clause. unsure: a reader may take 1 January 2025 as the date
    B(
        text='a) to ensure amendments to the legislation of the Russian Federation to provide subsidies to bring mortgage interest rates to two percent for young families through to 1 January 2025 on the primary housing market of the Russian regions that are part of the Far Eastern Federal District',
        due=None,
        vague=False,
        said='2019-09-23 07:00:00',
        tz='Europe/Moscow',
        refusal='event',
        cluster=1,
        source='https://forumvostok.ru/en/news/prezident-rossii-utverdil-perechen-poruchenij-po-itogam-plenarnogo-zasedanija-vef/',
        published='2019-09-23',
    ),
    # Statement of the Euro Summit, Friday 29 June 2018 (Council press material, republished verbatim by pubaffairsbruxelles): 'before the end of the year' is 31 December 2018, end of day Brussels (CET); 'the 2016 roadmap' in the next sentence is a name
    B(
        text='The agreement in the Council on the Banking package should allow the colegislators to adopt it before the end of the year while preserving the overall balance.',
        due='2018-12-31 22:59:59',
        vague=False,
        said='2018-06-29 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source='https://www.pubaffairsbruxelles.eu/eu-institution-news/statement-of-the-euro-summit-29-june-2018/',
        published='2018-06-29',
    ),
    # the same statement: 'by December 2018' is the end of December 2018, Brussels (CET)
    B(
        text='The Eurogroup will prepare the terms of reference of the common backstop and agree on a term sheet for the further development of the ESM by December 2018.',
        due='2018-12-31 22:59:59',
        vague=False,
        said='2018-06-29 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source='https://www.pubaffairsbruxelles.eu/eu-institution-news/statement-of-the-euro-summit-29-june-2018/',
        published='2018-06-29',
    ),
    # the same statement: 'in December 2018' is due at the month's end, 31 December 2018, end of day Brussels (CET); the summit's own date is not in the sentence
    B(
        text='The Euro Summit will come back to these issues in December 2018.',
        due='2018-12-31 22:59:59',
        vague=False,
        said='2018-06-29 08:00:00',
        tz='Europe/Brussels',
        cluster=4,
        source='https://www.pubaffairsbruxelles.eu/eu-institution-news/statement-of-the-euro-summit-29-june-2018/',
        published='2018-06-29',
    ),
    # Euro Summit statement, Friday 14 December 2018 (press communiqué of the Council of the EU, carried by the French embassy in the US): 'by June 2019' is the end of June 2019, Brussels (CEST)
    B(
        text='On that basis, we ask the Eurogroup to prepare the necessary amendments to the ESM Treaty (including the common backstop to the SRF) by June 2019.',
        due='2019-06-30 21:59:59',
        vague=False,
        said='2018-12-14 09:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source='https://franceintheus.org/spip.php?article8954',
        published='2018-12-14',
    ),
    # the same statement: 'by Spring 2019' is the end of meteorological spring, 31 May 2019, end of day Brussels (CEST)
    B(
        text='We call to advance work on the Banking Union and for ambitious progress by Spring 2019 on the Capital Markets Union, as outlined in the Eurogroup report to Leaders.',
        due='2019-05-31 21:59:59',
        vague=False,
        said='2018-12-14 09:00:00',
        tz='Europe/Brussels',
        cluster=4,
        source='https://franceintheus.org/spip.php?article8954',
        published='2018-12-14',
    ),
    # the same statement: 'will be agreed in June 2019', due at the end of June 2019, Brussels (CEST)
    B(
        text='The features of the budgetary instrument will be agreed in June 2019.',
        due='2019-06-30 21:59:59',
        vague=False,
        said='2018-12-14 09:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source='https://franceintheus.org/spip.php?article8954',
        published='2018-12-14',
    ),
    # the same statement: 'to be assessed in 2020' dates the assessment: end of 2020, Brussels (CET). unsure: it hangs on 'provided sufficient progress has been made', and a reader may refuse the conditional (event)
    B(
        text='We endorse the terms of reference of the common backstop to the Single Resolution Fund (SRF), which set out how the backstop will be operationalized, and anticipated provided sufficient progress has been made in risk reduction, to be assessed in 2020.',
        due='2020-12-31 22:59:59',
        vague=False,
        said='2018-12-14 09:00:00',
        tz='Europe/Brussels',
        cluster=3,
        source='https://franceintheus.org/spip.php?article8954',
        published='2018-12-14',
    ),
    # Remarks by European Council President Tusk after the Euro Summit, Friday 21 June 2019 (Council press material, republished by Mondo Visione): 'by the end of 2019' is 31 December 2019, end of day Brussels (CET)
    B(
        text='The leaders also expect work on the European Stability Mechanism (ESM) Treaty to be finalised by the end of 2019.',
        due='2019-12-31 22:59:59',
        vague=False,
        said='2019-06-21 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source='http://www.mondovisione.com/media-and-resources/news/remarks-by-president-donald-tusk-after-the-euro-summit-meeting-on-21-june-2019/',
        published='2019-06-21',
    ),
    # European Commission press release, Friday 21 June 2019: 'yesterday attended' reports the past: past
    B(
        text="President Jean-Claude Juncker yesterday attended the European Council meeting, where EU28 leaders' discussions focused on the EU's next long-term budget, how to reach our ambitious climate targets, foreign policy issues, as well as enlargement policy.",
        due=None,
        vague=False,
        said='2019-06-21 08:00:00',
        tz='Europe/Brussels',
        refusal='past',
        cluster=5,
        source='http://europa.eu/rapid/press-release_IP-19-3352_en.htm',
        published='2019-06-21',
    ),
    # Eurogroup main results of Thursday 18 June 2015, published by the Council on Friday 19 June 2015 at 01:02 CEST (republished by Parlement.com's site): 'in the coming days' is the vague 7 days: 26 June 2015, end of day Brussels (CEST)
    B(
        text='The Eurogroup urged Greece to submit its reform proposal in the coming days.',
        due='2015-06-26 21:59:59',
        vague=True,
        said='2015-06-18 23:02:00',
        tz='Europe/Brussels',
        cluster=6,
        source='https://denederlandsegrondwet.nl/id/vjuw6b2uxozh/nieuws/eurogroup_18_06_2015_main_results',
        published='2015-06-19',
    ),
    # the same text: 'before the end of June' is 30 June 2015, end of day Brussels (CEST); 'still possible' hedges but the window is the date
    B(
        text='The Eurogroup President Jeroen Dijsselbloem said it was still possible to find an agreement and extend the current programme before the end of June.',
        due='2015-06-30 21:59:59',
        vague=False,
        said='2015-06-18 23:02:00',
        tz='Europe/Brussels',
        cluster=6,
        source='https://denederlandsegrondwet.nl/id/vjuw6b2uxozh/nieuws/eurogroup_18_06_2015_main_results',
        published='2015-06-19',
    ),
    # the same text: 'which ended on 12 June 2015' reports the past: past
    B(
        text='Ministers were debriefed on the successful second post-programme surveillance mission to Portugal which ended on 12 June 2015.',
        due=None,
        vague=False,
        said='2015-06-18 23:02:00',
        tz='Europe/Brussels',
        refusal='past',
        cluster=5,
        source='https://denederlandsegrondwet.nl/id/vjuw6b2uxozh/nieuws/eurogroup_18_06_2015_main_results',
        published='2015-06-19',
    ),
    # Lords written ministerial statement, Tuesday 15 January 2008 (DfT, Transport Innovation Fund): the areas aimed at are committed to 'submitting a business case during 2008-09', the GB financial year ending 31 March 2009, end of day (BST). unsure: the main clause ('was targeted') reports a past decision, and a reader may refuse it as past
    B(
        text='This funding was targeted at those areas that have formally submitted proposals and are providing further information to support the assessment by DfT and in parallel are developing elements of the proposal while waiting for a programme entry decision; or those that have submitted an outline proposal for a TIF package for which there is a political commitment to working up and submitting a business case during 2008-09.',
        due='2009-03-31 22:59:59',
        vague=False,
        said='2008-01-15 10:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://hansard.parliament.uk/Lords/2008-01-15/debates/080115100000007/TransportInnovationFund',
        published='2008-01-15',
    ),
    # the same statement: 'In December 2007 we invited' reports the past; 'the current financial year' is that past invitation's frame: past
    B(
        text='In December 2007 we invited local authorities developing TIF proposals to bid for a small amount of remaining funding available in the current financial year.',
        due=None,
        vague=False,
        said='2008-01-15 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://hansard.parliament.uk/Lords/2008-01-15/debates/080115100000007/TransportInnovationFund',
        published='2008-01-15',
    ),
    # Commons written answer (DfT), answered Monday 21 February 2022 (via TheyWorkForYou): 'as soon as possible' and 'shortly' are both the vague 60 days: 22 April 2022, end of day (BST)
    B(
        text='The Department will confirm whether or not local authorities are in line to receive funding as soon as possible and hopes to make an announcement on this matter shortly.',
        due='2022-04-22 22:59:59',
        vague=True,
        said='2022-02-21 10:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://www.theyworkforyou.com/wrans/?id=2022-02-09.121946.h',
        published='2022-02-21',
    ),
    # DfT press release of Tuesday 5 July 2016 (republished by CILT(UK)): the Growth Deal proposals are 'to be submitted next month', August 2016, due 31 August 2016, end of day (BST); '£1.8 billion' is money
    B(
        text='They are encouraged to work alongside Local Enterprise Partnerships (LEPs), many of whom will be including sustainable transport measures, including walking and cycling investment, proposals to be submitted next month in a further round of Growth Deals where up to £1.8 billion will be available.',
        due='2016-08-31 22:59:59',
        vague=False,
        said='2016-07-05 09:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://ciltuk.org.uk/News/Latest-News/ArtMID/6887/ArticleID/9279/DfT-launches-16360-million-competition-to-support-sustainable-travel',
        published='2016-07-05',
    ),
    # DfT press release of Thursday 11 July 2024 (republished by UKPOL): 'today (11 July 2024)' is that day, end of day (BST); the bracketed date is the same day, not a past one
    B(
        text='Transport Secretary, Louise Haigh, will visit Greater Manchester today (11 July 2024) to begin the government’s bus revolution, as she pledges to support every community to take back control of buses through franchising or public ownership.',
        due='2024-07-11 22:59:59',
        vague=False,
        said='2024-07-11 09:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://www.ukpol.co.uk/tag/department-for-transport/page/9',
        published='2024-07-11',
    ),
    # Federal Register of Thursday 2 July 2015 (NMFS, Gulf of Mexico sharks; via thefederalregister.org): 'have exceeded 80 percent ... as of June 26, 2015' reports the past; '2015 fishing season' names the season: past
    B(
        text='This action is necessary because the commercial landings of Gulf of Mexico non-blacknose SCS for the 2015 fishing season have exceeded 80 percent of the available commercial quota as of June 26, 2015, and the blacknose shark and non-blacknose SCS fisheries are quota-linked under current regulations.',
        due=None,
        vague=False,
        said='2015-07-02 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source='https://thefederalregister.org/80-FR/38016',
        published='2015-07-02',
    ),
    # VOA Science World blog (the InSight post, written two weeks after Curiosity's landing of 6 August 2012; Tuesday 21 August 2012 taken, the label holds for any day of 2012 after it): 'is set for 2016' is due by the end of 2016, Eastern (EST); 'Two weeks after successfully landing' looks back
    B(
        text='Two weeks after successfully landing the much-ballyhooed rover Curiosity on the red planet, officials at the U.S. space agency announced that yet another mission to Mars is set for 2016.',
        due='2017-01-01 04:59:59',
        vague=False,
        said='2012-08-21 14:00:00',
        tz='America/New_York',
        cluster=1,
        source='https://blogs.voanews.com/science-world/tag/2016',
        published='2012-08-21',
    ),
    # kremlin.ru transcript, meeting with Presidential Plenipotentiary Envoys, Monday 30 March 2020 (carried by newskitchen.eu): 'yesterday ... was published' and 'on March 25' report the past: past
    B(
        text='As you know, yesterday a list of instructions on the measures I mentioned in my Address to the Nation on March 25 was published.',
        due=None,
        vague=False,
        said='2020-03-30 07:00:00',
        tz='Europe/Moscow',
        refusal='past',
        cluster=5,
        source='https://newskitchen.eu/2020/03/30/meeting-with-presidential-plenipotentiary-envoys/',
        published='2020-03-30',
    ),
    # Wikinews article of Monday 15 October 2007 (CC BY 2.5, carried by drinkabsinthe.org): 'on May 15-18, 2008' is a range of days, due at its later end: 18 May 2008, end of day (UTC, Wikinews' zone)
    B(
        text='Mike Halterman, a student at the University of South Florida and unpaid intern at the Wikimedia Foundation (WMF) offices in St. Petersburg, Florida, is helping to plan the Conference of the Americas which will be held at the Georgia Institute of Technology (Georgia Tech) in Atlanta, Georgia on May 15-18, 2008.',
        due='2008-05-18 23:59:59',
        vague=False,
        said='2007-10-15 10:00:00',
        tz='UTC',
        cluster=6,
        source='http://drinkabsinthe.org/conference-of-the-americas-announced-for-2008',
        published='2007-10-15',
    ),
    # Federal Register of Friday 31 July 2009 (NRC, draft revised license-renewal GEIS): 'no later than October 14, 2009', end of day Eastern (EDT); 'Revision 1', 'NUREG-1437' and '10-year update' are names and a review cycle
    B(
        text='Comments on the draft revised GEIS should be submitted no later than October 14, 2009.',
        due='2009-10-15 03:59:59',
        vague=False,
        said='2009-07-31 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://www.govinfo.gov/content/pkg/FR-2009-07-31/html/E9-18010.htm',
        published='2009-07-31',
    ),
    # Federal Register of Thursday 28 October 2010 (NRC, Salem and Hope Creek license renewal): 'must be received by December 17, 2010', end of day Eastern (EST); 'on or before this date' repeats it
    B(
        text='To be considered, comments on the draft supplement to the GEIS and the proposed action must be received by December 17, 2010; the NRC staff is able to ensure consideration only for comments received on or before this date.',
        due='2010-12-18 04:59:59',
        vague=False,
        said='2010-10-28 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='http://edocket.access.gpo.gov/2010/2010-27278.htm',
        published='2010-10-28',
    ),
    # NRC open-house handout, Three Mile Island Unit 1 license renewal (ADAMS ML090630265, issue date Tuesday 24 February 2009, taken as the reference; the label holds for any day before 4 March): comments at 'today's ... meeting' or 'by March 4, 2009'; the later falls due: 4 March 2009, end of day Eastern (EST)
    B(
        text="Please note that if you wish to provide formal comments regarding the draft Supplemental Environmental Impact Statement (DSEIS) to the GElS, they must be presented at today's transcribed public meeting, or provided in writing or by e-mail by March 4, 2009.",
        due='2009-03-05 04:59:59',
        vague=False,
        said='2009-02-24 15:00:00',
        tz='America/New_York',
        cluster=3,
        source='https://kanterella.com/ML090630265',
        published='2009-02-24',
    ),
    # the same handout: 'between 7:45 a.m. and 4:15 p.m. on Federal workdays' is standing office hours: recurring
    B(
        text='Comments may be hand-delivered to the NRC at 11545 Rockville Pike, Rockville, Maryland, between 7:45 a.m. and 4:15 p.m. on Federal workdays.',
        due=None,
        vague=False,
        said='2009-02-24 15:00:00',
        tz='America/New_York',
        refusal='recurring',
        cluster=5,
        source='https://kanterella.com/ML090630265',
        published='2009-02-24',
    ),
    # Lords oral answer, Thursday 10 December 1981 at 3.6 p.m. (historic Hansard): 'hopes to respond shortly' is the vague 60 days: 8 February 1982, end of day (GMT)
    B(
        text='My right honourable friend hopes to respond shortly.',
        due='1982-02-08 23:59:59',
        vague=True,
        said='1981-12-10 15:06:00',
        tz='Europe/London',
        cluster=6,
        source='https://api.parliament.uk/historic-hansard/lords/1981/dec/10/lands-end',
        published='1981-12-10',
    ),
    # Commons oral answer, Wednesday 12 February 1964 (historic Hansard): the permanent lights will come 'shortly', the vague 60 days: 12 April 1964, end of day (BST, which began on 22 March 1964)
    B(
        text='The permanent lights which will replace them shortly will be of much greater power than the lights at the former sites.',
        due='1964-04-12 22:59:59',
        vague=True,
        said='1964-02-12 10:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://api.parliament.uk/historic-hansard/commons/1964/feb/12/taw-and-torridge-estuary-lights',
        published='1964-02-12',
    ),
    # Commons written answer, Wednesday 15 January 1986 (historic Hansard): 'In 1984–85 the board incurred' reports a past financial year; '£5 million' and '£0.3 million' are money: past
    B(
        text='In 1984–85 the board incurred current and capital expenditure of about £5 million on lighthouses of which of £0.3 million was in the Isle of Man.',
        due=None,
        vague=False,
        said='1986-01-15 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://api.parliament.uk/historic-hansard/written_answers/1986/jan/15/lighthouses',
        published='1986-01-15',
    ),
    # Commons written answer, Tuesday 31 October 1989: 'on 16 August' and 'at 1620 local time' report a past call: past
    B(
        text='The first notification to Swansea MRCC of an incident at Ilfracombe on 16 August was by 999 telephone call at 1620 local time.',
        due=None,
        vague=False,
        said='1989-10-31 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://publications.parliament.uk/pa/cm198889/cmhansrd/1989-10-31/Writtens-4.html',
        published='1989-10-31',
    ),
    # Marine Management Organisation consultation on gov.uk, published Wednesday 22 May 2019: 'no later than 7am on Monday 27 May 2019' is 07:00 BST that day, 06:00 UTC (a copy of the page at gov.uk without 'www' reads 'Tuesday 28 May'; this address reads the 27th)
    B(
        text='Comments to be received no later than 7am on Monday 27 May 2019.',
        due='2019-05-27 06:00:00',
        vague=False,
        said='2019-05-22 09:00:00',
        tz='Europe/London',
        cluster=2,
        source='https://www.gov.uk/government/consultations/june-2019-catch-limit-consultation',
        published='2019-05-22',
    ),
    # MMO consultation on October 2018 catch limits (gov.uk text republished by government-world.com; undated, Thursday 20 September 2018 taken, the label holds for any reference before the 26th): 'no later than 8am on the 26 September 2018' is 08:00 BST, 07:00 UTC
    B(
        text='Comments to be received no later than 8am on the 26 September 2018.',
        due='2018-09-26 07:00:00',
        vague=False,
        said='2018-09-20 09:00:00',
        tz='Europe/London',
        cluster=2,
        source='http://government-world.com/open-consultation-proposed-catch-limits-for-october-2018/?print=print',
        published='2018-09-20',
    ),
    # Commons business statement, Thursday 25 July 2019: 'Wednesday 4 September' is 4 September 2019, end of day (BST); '(Sentencing)' is part of the Bill's name
    B(
        text='Wednesday 4 September—Remaining stages of the Animal Welfare (Sentencing) Bill.',
        due='2019-09-04 22:59:59',
        vague=False,
        said='2019-07-25 09:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://hansard.parliament.uk/Commons/2019-07-25/debates/EEAC533E-0371-4186-A067-8A097148C1A7/BusinessOfTheHouse',
        published='2019-07-25',
    ),
    # the same statement: 'The House will not be sitting' on Monday 2 September denies business that day; nothing falls due: negated
    B(
        text='Monday 2 September—The House will not be sitting.',
        due=None,
        vague=False,
        said='2019-07-25 09:00:00',
        tz='Europe/London',
        refusal='negated',
        cluster=5,
        source='https://hansard.parliament.uk/Commons/2019-07-25/debates/EEAC533E-0371-4186-A067-8A097148C1A7/BusinessOfTheHouse',
        published='2019-07-25',
    ),
    # Dáil written answer, Tuesday 27 February 2018: tenders 'in Q1 2018' and construction to commence 'in Q3 2018'; the later falls due (several dates: the later end): 30 September 2018, end of day (IST)
    B(
        text='It is anticipated that tenders for the school will be invited in Q1 2018 with construction anticipated to commence in Q3 2018.',
        due='2018-09-30 22:59:59',
        vague=False,
        said='2018-02-27 10:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source='https://www.oireachtas.ie/en/debates/question/2018-02-27/234/',
        published='2018-02-27',
    ),
    # Dáil written answer, Tuesday 1 July 2014: 'within the next two weeks' is 15 July 2014, end of day (IST); 'have recently been signed' looks back
    B(
        text='Contracts have recently been signed and it is anticipated that construction will commence within the next two weeks.',
        due='2014-07-15 22:59:59',
        vague=False,
        said='2014-07-01 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.oireachtas.ie/en/debates/question/2014-07-01/184/',
        published='2014-07-01',
    ),
    # the same answer: 'appointed ... in December 2006', 'approved in March 2011' and 'approved in June 2013' report the past: past
    B(
        text='The school to which the Deputy refers appointed a Design Team in December 2006.',
        due=None,
        vague=False,
        said='2014-07-01 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source='https://www.oireachtas.ie/en/debates/question/2014-07-01/184/',
        published='2014-07-01',
    ),
    # Dáil written answer, Wednesday 2 November 2011: re-tendering 'in the coming months' and construction 'in late 2012' (September-December); the later falls due (several dates: the later end): 31 December 2012, end of day (GMT); 'Provided there are no further issues' hedges but names no event that replaces the date
    B(
        text='Provided there are no further issues, it is intended that the project will be re-tendered in the coming months and could therefore be in a position to progress to construction in late 2012.',
        due='2012-12-31 23:59:59',
        vague=False,
        said='2011-11-02 10:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source='https://www.oireachtas.ie/en/debates/question/2011-11-02/62/',
        published='2011-11-02',
    ),
    # Dáil written answer, Thursday 17 November 2011: 'will be concluded shortly' is the vague 60 days: 16 January 2012, end of day (GMT); the tender 'will then commence' after it
    B(
        text='The brief for the project will be concluded shortly and the tender process for the appointment of a design team will then commence.',
        due='2012-01-16 23:59:59',
        vague=True,
        said='2011-11-17 10:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.oireachtas.ie/en/debates/question/2011-11-17/86/',
        published='2011-11-17',
    ),
    # Wikinews article of Wednesday 27 February 2008 (CC BY 2.5, its lead carried by burcomm.net): 'saw its first deposits on Tuesday' is the day before, the past; '800 kilometers' is a distance: past
    B(
        text='The Svalbard Global Seed Vault, a vault containing millions of seeds from all over the world, saw its first deposits on Tuesday.',
        due=None,
        vague=False,
        said='2008-02-27 10:00:00',
        tz='UTC',
        refusal='past',
        cluster=5,
        source='https://www.burcomm.net/page/49',
        published='2008-02-27',
    ),
)
