"""A THIRTEENTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-02 (UTC) by a labelling helper (branch issue12l-s12) that
neither changed nor ran the parser: it read only the conventions written in the docstrings
(`blind_real.py`, the parser package's docstring, `blind_fresh12.py` and its comments), the
README next to this file and the scoring rule of `bench/deadlines.py` (a case is right when
both say no deadline, or the due instant agrees to the minute and, for a case labelled vague,
the parser's result is vague too). The sentences were found with a search over stored copies
of public pages and taken as they came in the 55 pages read: UK Parliament (Commons and Lords
written answers and business statements on the historic-Hansard site, hansard.parliament.uk,
Transport questions via Parallel Parliament, a Commons select committee special report on
publications.parliament.uk); gov.uk (DfT/DVSA consultation outcomes, a Defra consultation
outcome, an Ofsted update, and a Defra/Environment Agency release carried by Wired-Gov); Dáil
and Seanad debates and answers on oireachtas.ie and KildareStreet; kremlin.ru (its special
version); Council of the EU and European Council press material (republished verbatim by a
blog); US federal agencies (Bureau of Reclamation, NOAA/NMFS, NASA, OPM and the USDA Farm
Service Agency, in the Federal Register on govinfo, GPO Access, Justia, casetext,
thefederalregister.org, frtracker and slideblast, and on science.nasa.gov, fsa.usda.gov and a
web archive of it) and the White House (a blog post on the Obama archive, a 2016 briefing
carried by a feed reader); one Wikinews print edition (via docslib); see README.md
("Thirteenth fresh blind set") for every address. No address listed in README.md, in a `#`
header under `tests/data/articles/` or `tests/data/agreement/`, or in the shared claims file
(other labellers' and the tuner's pages) was used: each was checked against those lists and
claimed before a quote was taken; and no sentence already in another set. Each label was
worked out by hand from the words, the publication date and the publisher's zone alone; the
UTC wall times were computed from local times with the standard library's zoneinfo, never
with project code. No run of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or
the tests touched these texts before the labels were committed; the helpers improving the
parser have not seen them.

Same conventions as `blind_real.py` (its docstring) and the earlier fresh sets: the
publisher's zone (UK Parliament and gov.uk: Europe/London; Oireachtas: Europe/Dublin;
kremlin.ru: Europe/Moscow; the Council of the EU and the European Council: Europe/Brussels;
US federal publishers and the White House: America/New_York, also for a release datelined in
another US zone; Wikinews: UTC); the publication date at 10:00 local unless the source gives
the time of speaking or of posting; a day falls due at 23:59:59 local; a clock time with a
zone word is that instant ("5 p.m. Pacific Time", "8:30 p.m., PT"); a clock time without one
is in the publisher's zone; a range of days or times, or the days of a schedule ("rise ... on
Thursday 19th December and return on Tuesday 14th January", "by 2019, and to Sheffield by
2023"), falls due at the later end; a date replaced or withdrawn in the same sentence ("not on
Monday 7th January as previously announced", "which was to have been taken on Monday 7th")
does not count; vague windows as in the parser's docstring (60 days for "shortly" and "as
soon / quickly as possible"; 7 days for "without delay"; 4 weeks for "the coming weeks", here
also "the weeks ahead"; 3 months for "the coming months", here also "the weeks and months to
come"); "this week" runs to Sunday; "later this year" and "later in the year" run to the
year's end and are not vague, as in the earlier sets; "by the third quarter of this year" is
the quarter's end; a span from the notice ("an additional 30 days", "60 DAYS AFTER DATE OF
PUBLICATION IN THE FEDERAL REGISTER") counts from the day of publication; refusals have
`due=None` and a `refusal` kind (earliest | negated | past | event | recurring), with
`earliest` (00:00 local of that day, or the clock time given) for earliest-only wording ("From
1 January", "at least sit until 30 July", "after 3.30 this afternoon"). Where a carrying page
shows no date, or lists items with their own datelines, the comment says which reference was
taken and whether the label depends on it. Labels marked "unsure" in their comment are the
ones a reviewer may argue (the comment names the other reading); like every label here they
stay as committed, whatever the first run shows. First run: not yet taken (the lead runs it
once, after merging, and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

FRESH13_CASES: tuple[BlindCase, ...] = (
    # Federal Register of Thursday 14 February 2019 (Bureau of Reclamation): 'on or before March 18, 2019', end of day Eastern (EDT)
    B(
        text='Submit written comments on the preliminary determinations on or before March 18, 2019.',
        due='2019-03-19 03:59:59',
        vague=False,
        said='2019-02-14 15:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://www.govinfo.gov/content/pkg/FR-2019-02-14/html/2019-02226.htm',
        published='2019-02-14',
    ),
    # Dáil written answer of Tuesday 16 January 2018: 'in the coming weeks' is the vague 4 weeks: 13 February 2018, end of day (GMT)
    B(
        text='Following an appeal and receipt of supporting documentation, the case has now been reviewed and I am pleased to say payment will issue for both years in the coming weeks to the nominated bank account of the person name.',
        due='2018-02-13 23:59:59',
        vague=True,
        said='2018-01-16 10:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.oireachtas.ie/en/debates/question/2018-01-16/section/1021/',
        published='2018-01-16',
    ),
    # the same answer: applications 'were received ... on 28th May 2015 and 28th April 2016' report the past: past
    B(
        text='Applications under the Areas of Natural Constraints Scheme for 2015 and 2016 were received from the above named person on 28th May 2015 and 28th April 2016 respectively.',
        due=None,
        vague=False,
        said='2018-01-16 10:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source='https://www.oireachtas.ie/en/debates/question/2018-01-16/section/1021/',
        published='2018-01-16',
    ),
    # Dáil written answer of Tuesday 2 July 2019: 'as quickly as possible' is the vague 60 days: 31 August 2019, end of day (IST)
    B(
        text='I am advised that every effort is being made to finalise the decision as quickly as possible.',
        due='2019-08-31 22:59:59',
        vague=True,
        said='2019-07-02 09:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.oireachtas.ie/en/debates/question/2019-07-02/section/495/',
        published='2019-07-02',
    ),
    # the same answer: 'was held on 24 October 2018' reports the past: past
    B(
        text='An oral hearing of the appeal was held on 24 October 2018.',
        due=None,
        vague=False,
        said='2019-07-02 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source='https://www.oireachtas.ie/en/debates/question/2019-07-02/section/495/',
        published='2019-07-02',
    ),
    # the same answer: the letter will issue 'When all of the facts ... have been fully assessed', an undated event; no time word: event
    B(
        text='When all of the facts of the case have been fully assessed, including any legal aspects, a comprehensive decision letter will be issued by the Appeals Officer.',
        due=None,
        vague=False,
        said='2019-07-02 09:00:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=5,
        source='https://www.oireachtas.ie/en/debates/question/2019-07-02/section/495/',
        published='2019-07-02',
    ),
    # Defra/Environment Agency release of Wednesday 8 October 2025 (carried by Wired-Gov): 'until 2036' runs to the end of 2036 (GMT); unsure: the programme runs to the 2035-36 financial year (31 March 2036), and 'until 2036' may mean up to its start
    B(
        text='As part of the Plan for Change, this government is investing at least a record £10.5 billion until 2036 – the largest flood programme in history which is projected to benefit more than 890,000 properties – by constructing new flood schemes, repairing existing defences, protecting communities from the devastating impacts of climate change.',
        due='2036-12-31 23:59:59',
        vague=False,
        said='2025-10-08 09:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://www.wired-gov.net/wg/news.nsf/articles/protecting+communities+and+powering+renewal+over+24000+homes+and+businesses+protected+from+floods+in+first+year+08102025111500?open',
        published='2025-10-08',
    ),
    # the same release: 'today (Wednesday 8 October) confirmed the delivery of 151 schemes in its first year' reports work done: past
    B(
        text='More than 24,000 homes and businesses have been better protected from floods as the government today (Wednesday 8 October) confirmed the delivery of 151 schemes in its first year in power.',
        due=None,
        vague=False,
        said='2025-10-08 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://www.wired-gov.net/wg/news.nsf/articles/protecting+communities+and+powering+renewal+over+24000+homes+and+businesses+protected+from+floods+in+first+year+08102025111500?open',
        published='2025-10-08',
    ),
    # Federal Register of Tuesday 17 April 2012 (NMFS, observer programme hearings): 'in April and May, 2012' falls due at the later month's end: 31 May 2012, end of day Eastern (EDT)
    B(
        text='The meetings will be held in April and May, 2012.',
        due='2012-06-01 03:59:59',
        vague=False,
        said='2012-04-17 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='https://www.govinfo.gov/bulkdata/FR/2012/04/FR-2012-04-17.xml',
        published='2012-04-17',
    ),
    # the same notice: '60 days after date of publication of the proposed rule' counts from a rule not yet published (undated): event
    B(
        text='The public comment period for the subject proposed rule will close 60 days after date of publication of the proposed rule in the Federal Register.',
        due=None,
        vague=False,
        said='2012-04-17 14:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source='https://www.govinfo.gov/bulkdata/FR/2012/04/FR-2012-04-17.xml',
        published='2012-04-17',
    ),
    # Federal Register of Wednesday 28 December 1994 (NMFS, Pacific Council hearings): 'by February 24, 1995', end of day Eastern (EST)
    B(
        text='Written comments must be received by February 24, 1995.',
        due='1995-02-25 04:59:59',
        vague=False,
        said='1994-12-28 15:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://www.gpo.gov/fdsys/pkg/FR-1994-12-28/html/94-31890.htm',
        published='1994-12-28',
    ),
    # the same notice: 'the March 7-10, 1995, Council meeting' is a range of days due at its later end: 10 March 1995, end of day Eastern (EST)
    B(
        text='Final Council action on this issue is scheduled for the March 7-10, 1995, Council meeting in South San Francisco, CA.',
        due='1995-03-11 04:59:59',
        vague=False,
        said='1994-12-28 15:00:00',
        tz='America/New_York',
        cluster=3,
        source='https://www.gpo.gov/fdsys/pkg/FR-1994-12-28/html/94-31890.htm',
        published='1994-12-28',
    ),
    # Federal Register of Tuesday 12 March 2024 (NMFS, Pacific salmon): '5 p.m. Pacific Time, March 31, 2024' is that instant (PDT): 1 April 2024 00:00 UTC
    B(
        text="Comments received orally, electronically, or in hard copy by 5 p.m. Pacific Time, March 31, 2024, will be considered in the Council's final recommendation for the 2024 regulations.",
        due='2024-04-01 00:00:00',
        vague=False,
        said='2024-03-12 14:00:00',
        tz='America/New_York',
        cluster=2,
        source='https://regulations.justia.com/regulations/fedreg/2024/03/12/2024-05201.html',
        published='2024-03-12',
    ),
    # Federal Register of Wednesday 28 December 2016 (NMFS, Pacific salmon): '5:00 p.m. Pacific Time, March 31, 2017' is that instant (PDT): 1 April 2017 00:00 UTC
    B(
        text='Written comments on the salmon management alternatives must be received by 5:00 p.m. Pacific Time, March 31, 2017.',
        due='2017-04-01 00:00:00',
        vague=False,
        said='2016-12-28 15:00:00',
        tz='America/New_York',
        cluster=2,
        source='https://casetext.com/federal-register/pacific-fishery-management-council-public-meetings-and-hearings-36',
        published='2016-12-28',
    ),
    # the same notice: the agendas are to be published 'prior to the actual meetings', undated; 'the March and April 2017 ... meetings' name the meetings: event; unsure: a reader may take the end of April 2017 as the latest day
    B(
        text='The agendas for the March and April 2017 Pacific Council meetings will be published in subsequent Federal Register documents prior to the actual meetings.',
        due=None,
        vague=False,
        said='2016-12-28 15:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=3,
        source='https://casetext.com/federal-register/pacific-fishery-management-council-public-meetings-and-hearings-36',
        published='2016-12-28',
    ),
    # Federal Register of Tuesday 18 March 2025 (NMFS, Pacific Council hearings, via frtracker): two sittings, the later ends '8:30 p.m., PT' on 28 April 2025 (PDT): 29 April 03:30 UTC
    B(
        text='The hearings will be held on Thursday, April 24, 2025, from 1 p.m. to 4 p.m., Pacific Time (PT) and Monday, April 28, 2025, from 5:30 p.m. to 8:30 p.m., PT.',
        due='2025-04-29 03:30:00',
        vague=False,
        said='2025-03-18 14:00:00',
        tz='America/New_York',
        cluster=2,
        source='https://frtracker.app/fr/2025-04425',
        published='2025-03-18',
    ),
    # DfT/DVSA consultation outcome on gov.uk (updated Monday 11 December 2023, taken as the reference): training 'every 5 years' is a standing rule: recurring
    B(
        text='Drivers maintain the DCPC by completing 35 hours of periodic training every 5 years.',
        due=None,
        vague=False,
        said='2023-12-11 10:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=5,
        source='https://www.gov.uk/government/consultations/driver-certificate-of-professional-competence-dcpc-changes/driver-certificate-of-professional-competence-dcpc-changes',
        published='2023-12-11',
    ),
    # the same page: 'for 5 years' counts from each driver's training, an undated event: event
    B(
        text='Completing 35 hours of training allows a driver to drive for commercial purposes for 5 years.',
        due=None,
        vague=False,
        said='2023-12-11 10:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source='https://www.gov.uk/government/consultations/driver-certificate-of-professional-competence-dcpc-changes/driver-certificate-of-professional-competence-dcpc-changes',
        published='2023-12-11',
    ),
    # DfT summary of responses on gov.uk (updated Tuesday 6 June 2023): the 2022 call for evidence 'opened on 5 August and ran for 12 weeks, closing on 28 October' reports the past: past
    B(
        text='The call for evidence review opened on 5 August and ran for 12 weeks, closing on 28 October.',
        due=None,
        vague=False,
        said='2023-06-06 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://www.gov.uk/government/calls-for-evidence/driving-licensing-review-call-for-evidence-on-opportunities-for-changes-to-the-driver-licensing-regime/outcome/driving-licensing-review-call-for-evidence-summary-of-responses-accessible-version',
        published='2023-06-06',
    ),
    # Seanad, Wednesday 1 June 2011 at 2:30 pm (KildareStreet): 'will be debated tomorrow' is 2 June 2011, end of day (IST)
    B(
        text='Senators can see that a number of Bills will be restored to the Order Paper, one of which will be debated tomorrow, namely, the Criminal Justice (Female Genital Mutilation) Bill 2011.',
        due='2011-06-02 22:59:59',
        vague=False,
        said='2011-06-01 13:30:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.kildarestreet.com/sendebates/?id=2011-06-01.6.0',
        published='2011-06-01',
    ),
    # the same speech: 'in the coming weeks' is the vague 4 weeks: 29 June 2011, end of day (IST); the year in the Bill's name is a label
    B(
        text='Other legislation which will be debated in the coming weeks includes the Finance (No. 2) Bill, the Ministers and Secretaries (Amendment) Bill 2011',
        due='2011-06-29 22:59:59',
        vague=True,
        said='2011-06-01 13:30:00',
        tz='Europe/Dublin',
        cluster=1,
        source='https://www.kildarestreet.com/sendebates/?id=2011-06-01.6.0',
        published='2011-06-01',
    ),
    # the same speech: the sitting runs 'until 23 July or, more than likely, to 30 July' and the House returns 'on 14 September, approximately': the latest date of the plan, 14 September 2011, end of day (IST); unsure: a reader may take the end of the sitting, 30 July, as the date the plan commits to
    B(
        text='I propose that the Seanad will sit until 23 July or, more than likely, to 30 July and return on 14 September, approximately.',
        due='2011-09-14 22:59:59',
        vague=False,
        said='2011-06-01 13:30:00',
        tz='Europe/Dublin',
        cluster=3,
        source='https://www.kildarestreet.com/sendebates/?id=2011-06-01.6.0',
        published='2011-06-01',
    ),
    # Seanad Order of Business, Wednesday 1 June 2011: No. 7 is to 'conclude at 5 p.m.' (the later of the two times), 17:00 that day (IST)
    B(
        text='No. 7 will be taken no later than 4.15 p.m. and conclude at 5 p.m.',
        due='2011-06-01 16:00:00',
        vague=False,
        said='2011-06-01 13:30:00',
        tz='Europe/Dublin',
        cluster=2,
        source='https://www.oireachtas.ie/ga/debates/debate/seanad/2011-06-01/3/',
        published='2011-06-01',
    ),
    # the same debate: 'from 5 p.m. to 7 p.m. as normal' is today's slot; the range falls due at its later end, 19:00 that day (IST); unsure: 'as normal' may be read as the standing weekly slot (recurring)
    B(
        text='No. 10, motion No. 1, which relates to the tourism sector, will be taken from 5 p.m. to 7 p.m. as normal.',
        due='2011-06-01 18:00:00',
        vague=False,
        said='2011-06-01 13:30:00',
        tz='Europe/Dublin',
        cluster=2,
        source='https://www.oireachtas.ie/ga/debates/debate/seanad/2011-06-01/3/',
        published='2011-06-01',
    ),
    # the same debate: 'at least sit until 30 July' gives only the earliest end of the sitting: earliest (30 July 2011)
    B(
        text='I suggest that the House should at least sit until 30 July.',
        due=None,
        vague=False,
        said='2011-06-01 13:30:00',
        tz='Europe/Dublin',
        refusal='earliest',
        earliest='2011-07-29 23:00:00',
        cluster=5,
        source='https://www.oireachtas.ie/ga/debates/debate/seanad/2011-06-01/3/',
        published='2011-06-01',
    ),
    # kremlin.ru, Tuesday 20 June 2023: 'during the spring session of 2023' names the Duma's session, whose end the text does not date: event; unsure: a reader who knows the session may take its close in late July 2023
    B(
        text='The Government of the Russian Federation, together with the State Duma, has been instructed to adopt, during the spring session of 2023, a federal law that would improve the mechanism of extended liability for manufacturers of goods and packaging.',
        due=None,
        vague=False,
        said='2023-06-20 07:00:00',
        tz='Europe/Moscow',
        refusal='event',
        cluster=4,
        source='http://en.special.kremlin.ru/catalog/keywords/86/events/71469',
        published='2023-06-20',
    ),
    # the same page: 'fires ... in April-May 2023' are past events; the instruction has no time limit: past
    B(
        text='The Government of the Russian Federation has been instructed to provide one-time financial assistance to the budgets of the Kurgan and Sverdlovsk regions to finance support measures for citizens affected by fires on their territory in April-May 2023.',
        due=None,
        vague=False,
        said='2023-06-20 07:00:00',
        tz='Europe/Moscow',
        refusal='past',
        cluster=5,
        source='http://en.special.kremlin.ru/catalog/keywords/86/events/71469',
        published='2023-06-20',
    ),
    # Commons statement, Thursday 25 June 2015: 'later this year' runs to the end of 2015 (GMT), not vague, as 'later in the year' in the earlier sets; the opened station is the past
    B(
        text='It has opened a new station at Reading ahead of schedule and under budget, and a modernised Birmingham New Street complex will be fully open later this year.',
        due='2015-12-31 23:59:59',
        vague=False,
        said='2015-06-25 09:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://hansard.parliament.uk/Commons/2015-06-25/debates/15062546000001/details',
        published='2015-06-25',
    ),
    # the same statement: 'In September 2014, Network Rail was reclassified' reports the past: past
    B(
        text='In September 2014, Network Rail was reclassified as a public body as result of an accounting decision by the Office for National Statistics.',
        due=None,
        vague=False,
        said='2015-06-25 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://hansard.parliament.uk/Commons/2015-06-25/debates/15062546000001/details',
        published='2015-06-25',
    ),
    # Commons Transport questions, Thursday 10 December 2015 (Hansard via Parallel Parliament): a schedule 'by 2019, and to Sheffield by 2023' falls due at its last date, the end of 2023 (GMT)
    B(
        text='I can confirm that the midland main line will be electrified to Bedford and to Kettering and Corby by 2019, and to Sheffield by 2023.',
        due='2023-12-31 23:59:59',
        vague=False,
        said='2015-12-10 10:00:00',
        tz='Europe/London',
        cluster=3,
        source='https://parallelparliament.co.uk/mp/louise-ellman/debate/2015-12-10/commons/commons-chamber/oral-answers-to-questions',
        published='2015-12-10',
    ),
    # the same answer: 'by 2019' is the end of 2019 (GMT)
    B(
        text='We will electrify to Cardiff by 2019.',
        due='2019-12-31 23:59:59',
        vague=False,
        said='2015-12-10 10:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://parallelparliament.co.uk/mp/louise-ellman/debate/2015-12-10/commons/commons-chamber/oral-answers-to-questions',
        published='2015-12-10',
    ),
    # the same answer: 'by 2022' is the end of 2022 (GMT); 'we think' hedges but keeps the date
    B(
        text='We will complete, we think, Liverpool to Newcastle by 2022.',
        due='2022-12-31 23:59:59',
        vague=False,
        said='2015-12-10 10:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://parallelparliament.co.uk/mp/louise-ellman/debate/2015-12-10/commons/commons-chamber/oral-answers-to-questions',
        published='2015-12-10',
    ),
    # the same answer: 'in 2003 and 2004' is the past: past
    B(
        text='Her Government had a chance to replace the Pacers in 2003 and 2004, and they did not.',
        due=None,
        vague=False,
        said='2015-12-10 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://parallelparliament.co.uk/mp/louise-ellman/debate/2015-12-10/commons/commons-chamber/oral-answers-to-questions',
        published='2015-12-10',
    ),
    # Council of the EU media advisory of Wednesday 6 December 2023, 10:10 (republished verbatim): 'on Thursday, 7 December 2023 at 13.15' is 13:15 Brussels time (CET)
    B(
        text='The press briefing ahead of the Economic and Financial Affairs Council will take place on Thursday, 7 December 2023 at 13.15.',
        due='2023-12-07 12:15:00',
        vague=False,
        said='2023-12-06 09:10:00',
        tz='Europe/Brussels',
        cluster=2,
        source='https://politikinewsaaa.blogspot.com/2023/12/council-of-european-unionupdate_6.html?m=1',
        published='2023-12-06',
    ),
    # the same advisory: 'Thursday, 7 December 2023 at 11.00' is 11:00 Brussels time (CET)
    B(
        text='Deadline for registration: Thursday, 7 December 2023 at 11.00',
        due='2023-12-07 10:00:00',
        vague=False,
        said='2023-12-06 09:10:00',
        tz='Europe/Brussels',
        cluster=2,
        source='https://politikinewsaaa.blogspot.com/2023/12/council-of-european-unionupdate_6.html?m=1',
        published='2023-12-06',
    ),
    # the same advisory: 'shortly after the deadline' counts from a deadline this sentence does not date: event
    B(
        text='Further instructions will be sent to all registered participants shortly after the deadline.',
        due=None,
        vague=False,
        said='2023-12-06 09:10:00',
        tz='Europe/Brussels',
        refusal='event',
        cluster=5,
        source='https://politikinewsaaa.blogspot.com/2023/12/council-of-european-unionupdate_6.html?m=1',
        published='2023-12-06',
    ),
    # European Council press release of Friday 18 July 2025, 12:14 (republished verbatim): summits 'on 23 July' and 'on 24 July', the trip falls due at the later, 24 July 2025, end of day Brussels (CEST)
    B(
        text='The President of the European Council, António Costa, will travel to Japan and China, together with the President of the European Commission, Ursula von der Leyen, to represent the EU in the EU-Japan Summit on 23 July and EU-China Summit on 24 July.',
        due='2025-07-24 21:59:59',
        vague=False,
        said='2025-07-18 10:14:00',
        tz='Europe/Brussels',
        cluster=3,
        source='https://politikinewsaaa.blogspot.com/2025/07/council-of-european-unionupdate_18.html?m=1',
        published='2025-07-18',
    ),
    # the same release: 'on 24 July' is 24 July 2025, end of day Brussels (CEST); '50th anniversary' is a count, not a span
    B(
        text='President Costa and President von der Leyen will attend the EU-China Summit, taking place in Beijing on 24 July and marking the 50th anniversary of bilateral relations.',
        due='2025-07-24 21:59:59',
        vague=False,
        said='2025-07-18 10:14:00',
        tz='Europe/Brussels',
        cluster=1,
        source='https://politikinewsaaa.blogspot.com/2025/07/council-of-european-unionupdate_18.html?m=1',
        published='2025-07-18',
    ),
    # Dáil, Thursday 12 December 1974: past figures 'to 30th September, 1974' and 'end of December, 1973'; the target falls due at 'the 12 months to the 31st March, 1975', end of day (GMT)
    B(
        text='While completions to 30th September, 1974, amounted to only 2,031, the very high level of work in progress throughout the year, rising from 9,478 at end of December, 1973, to 12,438 at 30th September, 1974, should ensure that the target of 7,250 completions for the 12 months to the 31st March, 1975, will be met.',
        due='1975-03-31 22:59:59',
        vague=False,
        said='1974-12-12 10:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source='https://www.oireachtas.ie/en/debates/debate/dail/1974-12-12/62/',
        published='1974-12-12',
    ),
    # the same exchange: 'until the end of March' is 31 March 1975, end of day (GMT)
    B(
        text='However, we shall have to wait until the end of March to see which of us is correct.',
        due='1975-03-31 22:59:59',
        vague=False,
        said='1974-12-12 10:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.oireachtas.ie/en/debates/debate/dail/1974-12-12/62/',
        published='1974-12-12',
    ),
    # Dáil, Thursday 31 October 1974: 'before the end of the current year' is 31 December 1974, end of day (GMT)
    B(
        text='The housing authorities estimate that an additional 41 houses should be completed in the area before the end of the current year.',
        due='1974-12-31 23:59:59',
        vague=False,
        said='1974-10-31 10:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.oireachtas.ie/ga/debates/debate/dail/1974-10-31/5/',
        published='1974-10-31',
    ),
    # the same answer: 'in the next two or three years' is a range of spans due at its later end: 31 October 1977, end of day (GMT)
    B(
        text='I am glad to tell the Deputy that, according to information I have, very definite efforts are being made to try to house at least most of those families in the next two or three years.',
        due='1977-10-31 23:59:59',
        vague=False,
        said='1974-10-31 10:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.oireachtas.ie/ga/debates/debate/dail/1974-10-31/5/',
        published='1974-10-31',
    ),
    # Dáil written answer of Wednesday 21 June 2023: 'completed in Q2 2018' is the past: past
    B(
        text='The project referred to was completed in Q2 2018 and a total of 17 units were delivered.',
        due=None,
        vague=False,
        said='2023-06-21 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source='https://www.oireachtas.ie/en/debates/question/2023-06-21/112/',
        published='2023-06-21',
    ),
    # the same answer: the budget will issue 'on completion of this assessment', an undated event: event
    B(
        text="South Dublin County Council has submitted final costs which are currently being assessed by the Department's Technical Advisors and on completion of this assessment a final budget will issue to the Council.",
        due=None,
        vague=False,
        said='2023-06-21 09:00:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=5,
        source='https://www.oireachtas.ie/en/debates/question/2023-06-21/112/',
        published='2023-06-21',
    ),
    # Dáil, Tuesday 20 October 1992: 'during the year' is the current year, due 31 December 1992, end of day (GMT)
    B(
        text='I am satisfied that the targets set will be achieved during the year.',
        due='1992-12-31 23:59:59',
        vague=False,
        said='1992-10-20 09:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.oireachtas.ie/en/debates/debate/dail/1992-10-20/5/',
        published='1992-10-20',
    ),
    # the same answer: 'by the end of June, 1992' reports a past figure: past
    B(
        text='This indicates that 530 completions had been achieved by the end of June, 1992.',
        due=None,
        vague=False,
        said='1992-10-20 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source='https://www.oireachtas.ie/en/debates/debate/dail/1992-10-20/5/',
        published='1992-10-20',
    ),
    # Dáil, Thursday 17 November 2016: 'in the weeks ahead' is the vague 4 weeks of 'the coming weeks': 15 December 2016, end of day (GMT)
    B(
        text='Notwithstanding the initiatives in Rebuilding Ireland - Action Plan for Housing and Homelessness to deal with supply and the housing crisis, for which enabling legislation is expected to come before the House in the weeks ahead, with one such Bill currently before the Seanad, we have an immediate problem in the rental sector where inflation is running at more than 10%.',
        due='2016-12-15 23:59:59',
        vague=True,
        said='2016-11-17 10:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.oireachtas.ie/en/debates/debate/dail/2016-11-17/23/',
        published='2016-11-17',
    ),
    # kremlin.ru, Monday 11 October 2021 (Security Council meeting): 'on October 15' is 15 October 2021, end of day Moscow
    B(
        text='We will hold a CIS summit on October 15.',
        due='2021-10-15 20:59:59',
        vague=False,
        said='2021-10-11 07:00:00',
        tz='Europe/Moscow',
        cluster=6,
        source='http://en.special.kremlin.ru/catalog/keywords/21/events/66897',
        published='2021-10-11',
    ),
    # the same meeting: 'this week', said on a Monday, ends Sunday 17 October 2021, end of day Moscow
    B(
        text='We will have an international women’s forum this week and we are looking forward to your participation.',
        due='2021-10-17 20:59:59',
        vague=False,
        said='2021-10-11 07:00:00',
        tz='Europe/Moscow',
        cluster=4,
        source='http://en.special.kremlin.ru/catalog/keywords/21/events/66897',
        published='2021-10-11',
    ),
    # kremlin.ru, Friday 23 July 2021 (Security Council briefing): 'Today we will be talking' is 23 July 2021, end of day Moscow
    B(
        text='Today we will be talking about the development of our relations with our closest CIS partners.',
        due='2021-07-23 20:59:59',
        vague=False,
        said='2021-07-23 07:00:00',
        tz='Europe/Moscow',
        cluster=6,
        source='http://www.en.special.kremlin.ru/events/security-council/66243',
        published='2021-07-23',
    ),
    # kremlin.ru, Friday 24 April 2020: 'without delay' is the vague 7 days: 1 May 2020, end of day Moscow
    B(
        text='We will respond to them very quickly, without delay.',
        due='2020-05-01 20:59:59',
        vague=True,
        said='2020-04-24 07:00:00',
        tz='Europe/Moscow',
        cluster=4,
        source='http://en.special.kremlin.ru/catalog/keywords/78/events/63275',
        published='2020-04-24',
    ),
    # kremlin.ru, Thursday 4 June 2020: 'yesterday marked 28th anniversary' is the past; '28th' is a count: past
    B(
        text='Before we get down to the issues on our agenda, I would like to note that yesterday marked 28th anniversary of the Russian Security Council.',
        due=None,
        vague=False,
        said='2020-06-04 07:00:00',
        tz='Europe/Moscow',
        refusal='past',
        cluster=1,
        source='http://en.special.kremlin.ru/events/security-council/63453',
        published='2020-06-04',
    ),
    # Defra consultation outcome on gov.uk (updated Monday 27 December 2021): the consultation 'ran ... from 13 October to 10 November 2020', the past: past
    B(
        text='In order to consider how best to strengthen the economic link, Defra ran a consultation from 13 October to 10 November 2020 on strengthening the economic link licence condition for vessels registered in England and licensed by the Marine Management Organisation (MMO).',
        due=None,
        vague=False,
        said='2021-12-27 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://www.gov.uk/government/consultations/fisheries-strengthening-the-economic-link-licence-condition/outcome/summary-of-responses-and-government-response',
        published='2021-12-27',
    ),
    # Commons written answer, Thursday 20 July 1961 (historic Hansard): 'before the Summer Recess' hangs on a recess the text does not date: event
    B(
        text='I will do my best to announce my decision before the Summer Recess.',
        due=None,
        vague=False,
        said='1961-07-20 09:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source='https://api.parliament.uk/historic-hansard/written_answers/1961/jul/20/port-talbot-by-pass-scheme',
        published='1961-07-20',
    ),
    # Commons written answer, Wednesday 24 May 1989: 'later in the year' runs to the end of 1989 (GMT), as in the earlier sets; a hope, kept as the stated time
    B(
        text='We hope to make a decision on the way ahead later in the year.',
        due='1989-12-31 23:59:59',
        vague=False,
        said='1989-05-24 09:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://api.parliament.uk/historic-hansard/written-answers/1989/may/24/central-london-rail-study',
        published='1989-05-24',
    ),
    # Commons written answer, Wednesday 25 March 1987: 'before the Easter recess' names an undated recess: event
    B(
        text='My right hon. Friends the Secretaries of State for the Environment and for Transport expect to announce their joint decision before the Easter recess.',
        due=None,
        vague=False,
        said='1987-03-25 10:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source='https://api.parliament.uk/historic-hansard/written_answers/1987/mar/25/a1-m1-link-road',
        published='1987-03-25',
    ),
    # Commons written answer, Wednesday 10 March 1976: 'next month' is April 1976, due 30 April 1976, end of day (BST)
    B(
        text='My right hon. Friend hopes to publish a document on transport next month.',
        due='1976-04-30 22:59:59',
        vague=False,
        said='1976-03-10 10:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://api.parliament.uk/historic-hansard/written_answers/1976/mar/10/transport-policy',
        published='1976-03-10',
    ),
    # Commons written answer, Tuesday 5 May 1998: 'as soon as possible' is the vague 60 days: 4 July 1998, end of day (BST)
    B(
        text="My right hon. Friend will announce his decision in the light of the Inspector's recommendations as soon as possible.",
        due='1998-07-04 22:59:59',
        vague=True,
        said='1998-05-05 09:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://api.parliament.uk/historic-hansard/written_answers/1998/may/05/a1-tempsford-public-inquiry',
        published='1998-05-05',
    ),
    # the same answer: 'was received on 21 April' reports the past: past
    B(
        text="The Inspector's report on the public inquiry into the proposed Al Tempsford junction improvements was received on 21 April.",
        due=None,
        vague=False,
        said='1998-05-05 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://api.parliament.uk/historic-hansard/written_answers/1998/may/05/a1-tempsford-public-inquiry',
        published='1998-05-05',
    ),
    # NASA SMD amendment 6 to ROSES-2020 (undated page, written before its posting 'on or about March 20, 2020'; 19 March 2020 taken, any day before 17 April gives the same label): 'delayed to April 17, 2020', end of day Eastern (EDT)
    B(
        text='The Step-1 proposal due date for program element C.2 Emerging Worlds has been delayed to April 17, 2020.',
        due='2020-04-18 03:59:59',
        vague=False,
        said='2020-03-19 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://science.nasa.gov/researchers/solicitations/amendment-6-delay-step-1-proposal-due-dates-c2-emerging-worlds-c6-solar-system-observations-and-c24/',
        published='2020-03-19',
    ),
    # the same amendment: NOIs are due 'on the original Step-1 due date of March 27, 2020', end of day Eastern (EDT)
    B(
        text='NOIs are due on the original Step-1 due date of March 27, 2020.',
        due='2020-03-28 03:59:59',
        vague=False,
        said='2020-03-19 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://science.nasa.gov/researchers/solicitations/amendment-6-delay-step-1-proposal-due-dates-c2-emerging-worlds-c6-solar-system-observations-and-c24/',
        published='2020-03-19',
    ),
    # the same amendment: 'On or about March 20, 2020' the amendment will be posted: 20 March 2020, end of day Eastern (EDT); unsure: 'on or about' may be read as vague
    B(
        text='On or about March 20, 2020, this Amendment to the NASA Research Announcement "Research Opportunities in Space and Earth Sciences (ROSES) 2020" (NNH20ZDA001N) will be posted on the NASA research opportunity homepage at http://solicitation.nasaprs.com/ROSES2020.',
        due='2020-03-21 03:59:59',
        vague=False,
        said='2020-03-19 14:00:00',
        tz='America/New_York',
        cluster=1,
        source='https://science.nasa.gov/researchers/solicitations/amendment-6-delay-step-1-proposal-due-dates-c2-emerging-worlds-c6-solar-system-observations-and-c24/',
        published='2020-03-19',
    ),
    # the same amendment: 'between the date of this amendment and the due date' names no date: event
    B(
        text='Note that any Step-1 proposal submitted between the date of this amendment and the due date will be marked as late by NSPIRES, but please ignore that; as long as it is submitted by the due date, it will be considered on time.',
        due=None,
        vague=False,
        said='2020-03-19 14:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source='https://science.nasa.gov/researchers/solicitations/amendment-6-delay-step-1-proposal-due-dates-c2-emerging-worlds-c6-solar-system-observations-and-c24/',
        published='2020-03-19',
    ),
    # White House blog, Tuesday 12 January 2016, written just after the 9 p.m. State of the Union (22:30 EST taken): 'in the weeks and months to come' is the vague 3 months of 'the coming months': 12 April 2016, end of day Eastern (EDT)
    B(
        text='That’s why in the weeks and months to come, you will see the President unveil new efforts to address climate change and reduce our dependence on fossil fuels.',
        due='2016-04-13 03:59:59',
        vague=True,
        said='2016-01-13 03:30:00',
        tz='America/New_York',
        cluster=4,
        source='https://obamawhitehouse.archives.gov./blog/2016/01/12/back-work-what-comes-after-presidents-final-state-union-address',
        published='2016-01-12',
    ),
    # the same post: 'Six years and 358 days after taking office' measures the past; the address was just delivered: past
    B(
        text='Six years and 358 days after taking office, President Obama just delivered his last State of the Union address.',
        due=None,
        vague=False,
        said='2016-01-13 03:30:00',
        tz='America/New_York',
        refusal='past',
        cluster=1,
        source='https://obamawhitehouse.archives.gov./blog/2016/01/12/back-work-what-comes-after-presidents-final-state-union-address',
        published='2016-01-12',
    ),
    # White House press briefing of Friday 9 December 2016 at 1:16 p.m. EST (carried by a feed reader): 'before the end of his term' names a term end the sentence does not date: event; unsure: a reader who knows the term ends at noon on 20 January 2017 may take that
    B(
        text='So he’s requested this report be completed and submitted to him before the end of his term.',
        due=None,
        vague=False,
        said='2016-12-09 18:16:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source='http://www.feedage.com/feeds/10204/white-housegov-press-office-feed',
        published='2016-12-09',
    ),
    # the same briefing: 'earlier this week, instructed' reports the past: past
    B(
        text='And we should just clarify that the President, earlier this week, instructed the intelligence community to conduct a full review of the pattern of malicious cyber activity related to our presidential election cycle.',
        due=None,
        vague=False,
        said='2016-12-09 18:16:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source='http://www.feedage.com/feeds/10204/white-housegov-press-office-feed',
        published='2016-12-09',
    ),
    # Lords business statement, Wednesday 19 December 2001 at 3.19 p.m.: the new date 'at 2.30 p.m. on Tuesday 8th January', not the one withdrawn: 14:30 London (GMT), 8 January 2002
    B(
        text='The House will therefore reassemble at 2.30 p.m. on Tuesday 8th January, not on Monday 7th January as previously announced.',
        due='2002-01-08 14:30:00',
        vague=False,
        said='2001-12-19 15:19:00',
        tz='Europe/London',
        cluster=3,
        source='https://api.parliament.uk/historic-hansard/lords/2001/dec/19/business',
        published='2001-12-19',
    ),
    # the same statement: what 'I said' when the dates were announced reports an earlier plan, since changed: past
    B(
        text='When I announced the dates of the Christmas Recess a few weeks ago, I said that subject to the progress of business the House would rise at the end of business tomorrow, Thursday 20th December, and return on Monday 7th January.',
        due=None,
        vague=False,
        said='2001-12-19 15:19:00',
        tz='Europe/London',
        refusal='past',
        cluster=3,
        source='https://api.parliament.uk/historic-hansard/lords/2001/dec/19/business',
        published='2001-12-19',
    ),
    # the same statement: the withdrawn 'Monday 7th' gives way to 'first business on Tuesday 8th' (January 2002), end of day (GMT)
    B(
        text='The Second Reading of the Electoral Fraud (Northern Ireland) Bill, which was to have been taken on Monday 7th, will now be taken as first business on Tuesday 8th.',
        due='2002-01-08 23:59:59',
        vague=False,
        said='2001-12-19 15:19:00',
        tz='Europe/London',
        cluster=3,
        source='https://api.parliament.uk/historic-hansard/lords/2001/dec/19/business',
        published='2001-12-19',
    ),
    # Lords business statement, Monday 18 November 2002 at 3.6 p.m.: 'a target rising time for this evening of 10 p.m.' is 22:00 London (GMT) that day; the decision 'made in July' is the past
    B(
        text="Secondly, on today's debate, Members of the House will remember that, following a decision made in July, we have a target rising time for this evening of 10 p.m.",
        due='2002-11-18 22:00:00',
        vague=False,
        said='2002-11-18 15:06:00',
        tz='Europe/London',
        cluster=2,
        source='https://api.parliament.uk/historic-hansard/lords/2002/nov/18/business',
        published='2002-11-18',
    ),
    # the same statement: the Easter recess runs to 'return on Monday 28th April' (2003), the later date, end of day (BST)
    B(
        text='At Easter, we rise after business on Thursday 10th April and return on Monday 28th April.',
        due='2003-04-28 22:59:59',
        vague=False,
        said='2002-11-18 15:06:00',
        tz='Europe/London',
        cluster=3,
        source='https://api.parliament.uk/historic-hansard/lords/2002/nov/18/business',
        published='2002-11-18',
    ),
    # the same statement: 'return on Tuesday 7th January—or possibly the previous day' falls due at the later of the two, 7 January 2003, end of day (GMT)
    B(
        text='The dates are as follows: at the Christmas recess, we aim to rise after business on Thursday 19th December and return on Tuesday 7th January—or possibly the previous day.',
        due='2003-01-07 23:59:59',
        vague=False,
        said='2002-11-18 15:06:00',
        tz='Europe/London',
        cluster=3,
        source='https://api.parliament.uk/historic-hansard/lords/2002/nov/18/business',
        published='2002-11-18',
    ),
    # Lords, Thursday 5 December 1985 at 3.25 p.m.: the recess runs to 'return on Tuesday 14th January' (1986), end of day (GMT)
    B(
        text='Your Lordships may also like to know that, subject to the progress of business, it is proposed that the House will rise for the Christmas Recess on Thursday 19th December and return on Tuesday 14th January.',
        due='1986-01-14 23:59:59',
        vague=False,
        said='1985-12-05 15:25:00',
        tz='Europe/London',
        cluster=3,
        source='https://api.parliament.uk/historic-hansard/lords/1985/dec/05/business-christmas-recess',
        published='1985-12-05',
    ),
    # the same statement: 'at 11 a.m. on Thursday 19th December' is 11:00 London (GMT), 19 December 1985
    B(
        text='The House will sit at 11 a.m. on Thursday 19th December.',
        due='1985-12-19 11:00:00',
        vague=False,
        said='1985-12-05 15:25:00',
        tz='Europe/London',
        cluster=2,
        source='https://api.parliament.uk/historic-hansard/lords/1985/dec/05/business-christmas-recess',
        published='1985-12-05',
    ),
    # the same statement: 'at a convenient moment after 3.30 this afternoon' gives only the earliest time: earliest (15:30 GMT that day)
    B(
        text='My Lords, at a convenient moment after 3.30 this afternoon my noble friend Lady Young will, with the leave of the House, repeat a Statement that is to be made in another place on UNESCO.',
        due=None,
        vague=False,
        said='1985-12-05 15:25:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='1985-12-05 15:30:00',
        cluster=5,
        source='https://api.parliament.uk/historic-hansard/lords/1985/dec/05/business-christmas-recess',
        published='1985-12-05',
    ),
    # Seanad Commencement matters, Tuesday 16 April 2019: 'by the third quarter of this year' falls due at the quarter's end, 30 September 2019, end of day (IST)
    B(
        text='In that regard, I am pleased to inform the House that the UL hospital group has made the funding available for this post, and it is anticipated that the post will be filled by the third quarter of this year.',
        due='2019-09-30 22:59:59',
        vague=False,
        said='2019-04-16 09:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.oireachtas.ie/ga/debates/debate/seanad/2019-04-16/3/',
        published='2019-04-16',
    ),
    # the same debate: what 'I was told' about 'the second quarter of 2019' reports an earlier promise: past
    B(
        text='When I last raised the issue, I was told, as were the people involved in the MS society, that someone would be in place in the second quarter of 2019, but as of yet there has been no advertisement for the position, and there seems to be no movement in filling the position.',
        due=None,
        vague=False,
        said='2019-04-16 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source='https://www.oireachtas.ie/ga/debates/debate/seanad/2019-04-16/3/',
        published='2019-04-16',
    ),
    # Dáil, Thursday 13 October 2005 at 3:00 pm (KildareStreet): 'shortly' is the vague 60 days: 12 December 2005, end of day (GMT)
    B(
        text='I expect a provisional preferred tenderer to be designated shortly.',
        due='2005-12-12 23:59:59',
        vague=True,
        said='2005-10-13 14:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.kildarestreet.com/debate/?id=2005-10-13.263.4',
        published='2005-10-13',
    ),
    # the same answer: 'at the earliest opportunity in 2006' falls due at the end of 2006 (GMT)
    B(
        text='Subject to the outcome of the negotiations that will follow designation of the provisional preferred tenderer, it is envisaged that a decision on the award of the contract will be brought to Government at the earliest opportunity in 2006.',
        due='2006-12-31 23:59:59',
        vague=False,
        said='2005-10-13 14:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.kildarestreet.com/debate/?id=2005-10-13.263.4',
        published='2005-10-13',
    ),
    # the same answer: tenders 'were received ... on 20 May last, the deadline' reports a past deadline: past
    B(
        text='Tenders for the provision of a national conference centre in the Dublin area were received from two consortia by the Office of Public Works on 20 May last, the deadline for the receipt of tenders.',
        due=None,
        vague=False,
        said='2005-10-13 14:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source='https://www.kildarestreet.com/debate/?id=2005-10-13.263.4',
        published='2005-10-13',
    ),
    # Seanad Order of Business, Thursday 7 November 2024 at 9:30 am (KildareStreet): taken 'at 11.45 a.m.' and concluded 'after 90 minutes': 13:15 that day (GMT); unsure: the earlier sets refused 'after N minutes' counted from an undated start, here the start is given
    B(
        text='No. 2, Public Health (Tobacco) (Amendment) Bill 2024 - all Stages, to be taken at 11.45 a.m., with the proceedings thereon, if not previously concluded, to be brought to a conclusion after 90 minutes by the putting of one question from the Chair',
        due='2024-11-07 13:15:00',
        vague=False,
        said='2024-11-07 09:30:00',
        tz='Europe/Dublin',
        cluster=2,
        source='https://www.kildarestreet.com/sendebates/?id=2024-11-07a.43',
        published='2024-11-07',
    ),
    # Federal Register of Thursday 13 October 2016 (OPM): 'an additional 30 days' from the notice is 12 November 2016, end of day Eastern (EST)
    B(
        text='The purpose of this notice is to allow an additional 30 days for public comments.',
        due='2016-11-13 04:59:59',
        vague=False,
        said='2016-10-13 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://thefederalregister.org/81-FR/70711',
        published='2016-10-13',
    ),
    # OPM notice 'scheduled to be published in the Federal Register on 05/18/2016' (the publication day is the reference): '60 DAYS AFTER DATE OF PUBLICATION' is 17 July 2016, end of day Eastern (EDT); unsure: the bracketed placeholder may be read as no date at all (refused)
    B(
        text='Comments are encouraged and will be accepted until [INSERT DATE 60 DAYS AFTER DATE OF PUBLICATION IN THE FEDERAL REGISTER].',
        due='2016-07-18 03:59:59',
        vague=False,
        said='2016-05-18 14:00:00',
        tz='America/New_York',
        cluster=1,
        source='https://slideblast.com/3206-0237-information-and-instructions-on-your_5a5d9e571723dd88546845ef.html',
        published='2016-05-18',
    ),
    # USDA Farm Service Agency release, WASHINGTON, Wednesday 10 July 2019: 'The new July 22 deadline' is 22 July 2019, end of day Eastern (EDT)
    B(
        text='The new July 22 deadline applies to producers in Arkansas, Illinois, Indiana, Iowa, Kentucky, Michigan, Missouri, Minnesota, North Dakota, Ohio, Tennessee and Wisconsin for reporting spring-seeded crops to USDA’s Farm Service Agency (FSA) county offices and crop insurance agents.',
        due='2019-07-23 03:59:59',
        vague=False,
        said='2019-07-10 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://www.fsa.usda.gov/news-room/news-releases/2019/usda-extends-deadline-to-report-spring-seeded-crops-for-twelve-states?utm_medium=email&utm_source=govdelivery',
        published='2019-07-10',
    ),
    # the same release: other producers keep 'the original July 15 deadline', 15 July 2019, end of day Eastern (EDT)
    B(
        text='Producers not in the selected states must file reports or be added to a county register by the original July 15 deadline.',
        due='2019-07-16 03:59:59',
        vague=False,
        said='2019-07-10 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://www.fsa.usda.gov/news-room/news-releases/2019/usda-extends-deadline-to-report-spring-seeded-crops-for-twelve-states?utm_medium=email&utm_source=govdelivery',
        published='2019-07-10',
    ),
    # FSA news-release list, item of Thursday 19 September 2019 (its own dateline is the reference): 'extended the deadline to September 27' beats the replaced 'September 20': 27 September 2019, end of day Eastern (EDT)
    B(
        text='The U.S. Department of Agriculture (USDA) today extended the deadline to September 27 for dairy producers to enroll in the Dairy Margin Coverage (DMC) program for 2019.',
        due='2019-09-28 03:59:59',
        vague=False,
        said='2019-09-19 20:05:00',
        tz='America/New_York',
        cluster=3,
        source='https://www.fsa.usda.gov/state-offices/South-Dakota/news-releases/index',
        published='2019-09-19',
    ),
    # the same list, item dated 3 September 2019: 'by March 15, 2020', end of day Eastern (EDT); '2019 crop year' is a label
    B(
        text='Interested producers must sign up for either program by March 15, 2020.',
        due='2020-03-16 03:59:59',
        vague=False,
        said='2019-09-03 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://www.fsa.usda.gov/state-offices/South-Dakota/news-releases/index',
        published='2019-09-03',
    ),
    # the same list, item of Monday 26 August 2019 (HURON, South Dakota; the federal publisher's Eastern zone kept): 'due April 16, 2020', end of day Eastern (EDT)
    B(
        text='Applications are due April 16, 2020.',
        due='2020-04-17 03:59:59',
        vague=False,
        said='2019-08-26 14:22:00',
        tz='America/New_York',
        cluster=6,
        source='https://www.fsa.usda.gov/state-offices/South-Dakota/news-releases/index',
        published='2019-08-26',
    ),
    # FSA release list, item dated STILLWATER, Thursday 26 March 2020: 'no later than April 3' is 3 April 2020, end of day Eastern (EDT)
    B(
        text='County offices will begin notifying producers with accepted offers no later than April 3.',
        due='2020-04-04 03:59:59',
        vague=False,
        said='2020-03-26 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://www.fsa.usda.gov/node?page=65',
        published='2020-03-26',
    ),
    # the same list, item dated Tuesday 28 January 2020: 'enroll by February 28, 2020', end of day Eastern (EST); '10- to 15-year term' is a contract length, not a deadline
    B(
        text='The U.S. Department of Agriculture (USDA) reminds agricultural producers interested in the Conservation Reserve Program (CRP) 2020 general signup to enroll by February 28, 2020.',
        due='2020-02-29 04:59:59',
        vague=False,
        said='2020-01-28 15:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://www.fsa.usda.gov/node?page=65',
        published='2020-01-28',
    ),
    # FSA release list, item dated Thursday 11 June 2020: 'must do so by June 30' is 30 June 2020, end of day Eastern (EDT)
    B(
        text='Agricultural producers who have not yet enrolled in the Agriculture Risk Coverage (ARC) or Price Loss Coverage (PLC) programs for 2020 must do so by June 30.',
        due='2020-07-01 03:59:59',
        vague=False,
        said='2020-06-11 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://www.fsa.usda.gov/node?page=916',
        published='2020-06-11',
    ),
    # FSA release list, item dated Saint Paul, Tuesday 12 May 2020: 'is June 19' is 19 June 2020, end of day Eastern (EDT)
    B(
        text='The deadline to submit proposals is June 19.',
        due='2020-06-20 03:59:59',
        vague=False,
        said='2020-05-12 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://www.fsa.usda.gov/node?page=937',
        published='2020-05-12',
    ),
    # the same list, item dated Thursday 24 February 2022: 'now have until April 15, 2022', end of day Eastern (EDT)
    B(
        text='Hog producers who sold hogs through a spot market sale during the COVID-19 pandemic now have until April 15, 2022, to submit their applications for the U.S. Department of Agriculture’s (USDA) Spot Market Hog Pandemic Program (SMHPP).',
        due='2022-04-16 03:59:59',
        vague=False,
        said='2022-02-24 15:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://www.fsa.usda.gov/node?page=937',
        published='2022-02-24',
    ),
    # the same item: 'originally had a deadline ... by Feb. 25, 2022' reports the replaced deadline (a day ahead when written): past (a reader may call it negated; either way no deadline)
    B(
        text='SMHPP, which is part of USDA’s Pandemic Assistance for Producers initiative, originally had a deadline to submit applications by Feb. 25, 2022.',
        due=None,
        vague=False,
        said='2022-02-24 15:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=3,
        source='https://www.fsa.usda.gov/node?page=937',
        published='2022-02-24',
    ),
    # Indiana FSA release list (web archive), item dated INDIANAPOLIS, Wednesday 30 November 2016: 'until Dec. 13, 2016', end of day Eastern (EST)
    B(
        text='Eligible voters now have until Dec. 13, 2016 to return ballots to their local FSA offices.',
        due='2016-12-14 04:59:59',
        vague=False,
        said='2016-11-30 22:11:00',
        tz='America/New_York',
        cluster=6,
        source='https://webarchive.library.unt.edu/web/20170125002528/https://www.fsa.usda.gov/state-offices/Indiana/news-releases/index',
        published='2016-11-30',
    ),
    # Ofsted update on gov.uk, published Friday 24 November 2023: 'on 1 January 2024' is the day he takes up the post, end of day (GMT); unsure: 'for a term of 5 years' counted from that start (1 January 2029) is the other reading
    B(
        text='He will take up the post of His Majesty’s Chief Inspector on 1 January 2024, for a term of 5 years.',
        due='2024-01-01 23:59:59',
        vague=False,
        said='2023-11-24 10:00:00',
        tz='Europe/London',
        cluster=3,
        source='https://www.gov.uk/government/publications/education-update-for-headteachers-academic-year-2023-to-2024/education-update-for-headteachers-autumn-2023',
        published='2023-11-24',
    ),
    # the same update: 'From 1 January' gives only a start: earliest (1 January 2024)
    B(
        text='From 1 January, I will also be moving into a new post, as Ofsted’s National Director for Education.',
        due=None,
        vague=False,
        said='2023-11-24 10:00:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='2024-01-01 00:00:00',
        cluster=5,
        source='https://www.gov.uk/government/publications/education-update-for-headteachers-academic-year-2023-to-2024/education-update-for-headteachers-autumn-2023',
        published='2023-11-24',
    ),
    # the same update: 'On 24 November, we announced' is the day of publication and the announcing, not a deadline; the changes carry no date: past
    B(
        text='On 24 November, we announced that we will implement all 4 changes proposed in our recent consultation on post-inspection arrangements and complaints.',
        due=None,
        vague=False,
        said='2023-11-24 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=3,
        source='https://www.gov.uk/government/publications/education-update-for-headteachers-academic-year-2023-to-2024/education-update-for-headteachers-autumn-2023',
        published='2023-11-24',
    ),
    # Commons Education Committee special report, published Thursday 25 April 2024: 'was received on 27 March 2024' is the past: past
    B(
        text='The Government response was received on 27 March 2024 and is appended below.',
        due=None,
        vague=False,
        said='2024-04-25 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://publications.parliament.uk/pa/cm5804/cmselect/cmeduc/689/report.html',
        published='2024-04-25',
    ),
    # Wikinews print edition of Friday 11 May 2007 (via docslib; Wikinews zone UTC): 'step down on June 27' is 27 June 2007, end of day UTC; 'once the Labour Party has elected a successor' is the condition, the date is given
    B(
        text='The Prime Minister of the United Kingdom Tony Blair announces he will step down on June 27, once the Labour Party has elected a successor.',
        due='2007-06-27 23:59:59',
        vague=False,
        said='2007-05-11 10:00:00',
        tz='UTC',
        cluster=3,
        source='https://docslib.org/doc/9421746/may-11-2007-the-free-content-news-source-that-you-can-write-page-1',
        published='2007-05-11',
    ),
    # European Council media advisory of Friday 11 October 2024, 10:01 (republished verbatim): the summit dates name the meetings; the briefings 'will take place on Tuesday 15 October 2024 at 11.00', 11:00 Brussels time (CEST)
    B(
        text='The press briefing before the EU-GCC summit of 16 October 2024 and the press briefing on the European Council meeting of 17-18 October 2024, will take place on Tuesday 15 October 2024 at 11.00.',
        due='2024-10-15 09:00:00',
        vague=False,
        said='2024-10-11 08:01:00',
        tz='Europe/Brussels',
        cluster=3,
        source='https://politikinewsaaa.blogspot.com/2024/10/council-of-european-unionupdate_14.html',
        published='2024-10-11',
    ),
    # European Council President's remarks, Friday 20 December 2024, 00:33 (republished verbatim): the package 'we approved this week' is the past and the implementing has no date; '15th' is a count: past
    B(
        text='To achieve this objective, we are taking concrete steps: first, we will implement the 15th sanctions package against Russia we approved this week.',
        due=None,
        vague=False,
        said='2024-12-19 23:33:00',
        tz='Europe/Brussels',
        refusal='past',
        cluster=1,
        source='https://politikinewsaaa.blogspot.com/2024/12/council-of-european-unionupdate_20.html?m=1',
        published='2024-12-20',
    ),
)
