"""A SEVENTEENTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-02 (UTC) by a labelling helper (branch issue12l-s14)
that neither changed nor ran the parser: it read only the conventions written in the
docstrings (`blind_real.py`, the parser package's docstring, `blind_fresh16.py` and its
comments), the README next to this file and the scoring rule of `bench/deadlines.py` (a
case is right when both say no deadline, or the due instant agrees to the minute and, for a
case labelled vague, the parser's result is vague too). The sentences were found with a
search over stored copies of public pages and taken as they came in the pages read; see
README.md ("Seventeenth fresh blind set") for every address, publisher and licence. No
address listed in README.md, in a `#` header under `tests/data/articles/` or
`tests/data/agreement/`, or in the shared claims file was used: each was checked against
those lists and claimed (`fresh17`) before a quote was taken (pages the search offered
that were already used were dropped, among them two NASA blog posts and two kremlin.ru
pages); and no sentence
already in another set. Each label was worked out by hand from the words, the publication
date and the publisher's zone alone. No run of `parse_deadline`, `interpret_deadline`,
`bench/deadlines.py` or the tests touched these texts before the labels were committed;
the helpers improving the parser have not seen them.

The set is small (the helper had under twenty minutes before its hard stop); it is a
first-run sample, not the hundred cases the brief asked for.

Same conventions as `blind_real.py` (its docstring) and the earlier fresh sets: the
publisher's zone (UK Parliament, gov.uk and NI Business Info: Europe/London; Oireachtas:
Europe/Dublin; EU institutions: Europe/Brussels; US federal
publishers: America/New_York, except a Coast Guard notice whose enforcement times are
those of the place, Lake Tahoe: America/Los_Angeles); the publication date at 10:00 local
unless the source gives the time of speaking; a day falls due at 23:59:59
local; a clock time without a zone word is in the publisher's (or the place's) zone; a
range falls due at its later end; "the next few months" is the vague 3 months of "the
coming months" and "shortly" the vague 60 days; seasons are meteorological and not
vague; "this week" ends on Sunday;
refusals have `due=None` and a `refusal` kind (earliest | negated | past | event |
recurring), with `earliest` at 00:00 local for start-only wording. Where the carrying page
shows no date, the comment says which reference was taken and for which range of days the
label holds. Labels marked "unsure" name the other reading; like every label here they
stay as committed, whatever the first run shows. First run: not yet taken (the lead runs
it once, after merging, and records it in README.md). Never edit these labels to fit the
parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_TAHOE = 'http://www.gpo.gov/fdsys/pkg/FR-2011-06-28/html/2011-16104.htm'
_SAIL = 'https://regulations.justia.com/regulations/fedreg/2007/03/19/E7-4884.html'
_SNPRM = 'http://federal.elaws.us/fr/citation/2011-13036'
_SNAPPER = 'https://law.lawstack.com/laws/50-cfr_proposed-rule_2019-19899_fisheries-of-the-caribbean-gulf-of-mexico-and-south-atlantic-snapper-grouper-fishery-of-the-south-atlantic-region-amendment-42'
_TURTLE_AD = 'https://law.lawstack.com/laws/50-cfr_proposed-rule_2020-01079_2020-annual-determination-to-implement-the-sea-turtle-observer-requirement'
_TURTLE_HMS = 'https://www.fisheries.noaa.gov/action/public-comment-requested-sea-turtle-careful-release-requirements-highly-migratory-species'
_TEAGASC = 'https://www.oireachtas.ie/ga/debates/question/2017-05-09/section/441/'
_RBMP = 'https://www.oireachtas.ie/ga/debates/question/2010-04-29/section/20/'
_FORESTRY = 'http://www.forestry.gov.uk/forestry/infd-6dfkdw'
_LAND_USE = 'https://api.parliament.uk/historic-hansard/commons/1987/feb/09/alternative-land-use'
_ADDRESS = 'https://api.parliament.uk/historic-hansard/lords/1994/nov/23/address-in-reply-to-her-majestys-most'
_DAIL_OOB = 'https://www.oireachtas.ie/en/debates/debate/dail/2006-04-05/10/'
_SEANAD_OOB = 'https://www.oireachtas.ie/ga/debates/debate/seanad/2015-11-24/7/'
_SEANAD_ECCE = 'https://www.oireachtas.ie/ga/debates/debate/seanad/2024-02-22/4/'
_EERE = 'https://www.energy.gov/eere/downloads/ea-2049-public-scoping-notice-and-project-description-0'
_WA_HOME = 'https://hansard.parliament.uk/Commons/2006-07-04/debates/29172650-87c4-4c53-a26a-1186f2390dea/WrittenAnswers'
_BULLETIN = 'https://api.parliament.uk/historic-hansard/commons/1957/jan/22/bulletin-of-selected-appeals-decisions'
_NI_VESSELS = 'https://nibusinessinfo.co.uk./content/new-rules-protect-passengers-vessels'
_OZARK = 'http://ceris.purdue.edu/fr_archive/0205/01/0003.html'
_WALES = 'https://api.parliament.uk/historic-hansard/lords/1978/jul/24/wales-bill'
_EC_FEEDBACK = 'https://ec.europa.eu/info/law/better-regulation/rules-feedback-and-suggestions_en'
_WH_HOTLINE = 'https://dearmrpresident.org/aggregator/sources/18'
_WH_SBA = 'https://reportcard.dearmrpresident.org/aggregator/sources/18?page=13'
_BUSINESS_MAR21 = 'https://api.parliament.uk/historic-hansard/commons/1963/mar/21/business-of-the-house'
_BUSINESS_MAR07 = 'https://api.parliament.uk/historic-hansard/commons/1963/mar/07/business-of-the-house'
_OFGEM_28B = 'https://docslib.org/doc/7014723/electricity-supply-standard-condition'
_BUSINESS_1964 = 'https://www.theyworkforyou.com/debates/?id=1964-06-18a.1482.1'
_ERDP = 'https://api.parliament.uk/historic-hansard/written-answers/2003/mar/13/rural-development'
_ROADWORKS = 'http://government-world.com/author/hm-government/page/14759/?print=print-search'

FRESH17_CASES: tuple[BlindCase, ...] = (
    # Federal Register, Tuesday 28 June 2011 (Coast Guard, Tahoe City fireworks): 'from 7 a.m. through 10 p.m. on July 4, 2011' falls due at the later end, 22:00 at Lake Tahoe (PDT) = 05:00 UTC on the 5th. unsure: a reader taking the Federal Register's Eastern zone for the bare clock time gets 22:00 EDT (02:00 UTC)
    B(
        text='The regulations in 33 CFR 165.1191 will be enforced from 7 a.m. through 10 p.m. on July 4, 2011.',
        due='2011-07-05 05:00:00',
        vague=False,
        said='2011-06-28 17:00:00',
        tz='America/Los_Angeles',
        cluster=2,
        source=_TAHOE,
        published='2011-06-28',
    ),
    # the same notice, supplementary information: the same window, date before the clock times: 22:00 PDT on 4 July 2011. unsure as above (Eastern reading: 02:00 UTC)
    B(
        text='The Coast Guard will enforce the safety zone for the annual Tahoe City 4th of July Fireworks in 33 CFR 165.1191 on July 4, 2011, from 7 a.m. through 10 p.m.',
        due='2011-07-05 05:00:00',
        vague=False,
        said='2011-06-28 17:00:00',
        tz='America/Los_Angeles',
        cluster=2,
        source=_TAHOE,
        published='2011-06-28',
    ),
    # Federal Register, Monday 19 March 2007 (Coast Guard, Sail Virginia 2007, Hampton Roads: Eastern): 'from 6 a.m. June 8, 2007, to 11 p.m. June 9, 2007' falls due at the later end, 23:00 EDT on 9 June = 03:00 UTC on the 10th
    B(
        text='This section will be enforced from 6 a.m. June 8, 2007, to 11 p.m. June 9, 2007.',
        due='2007-06-10 03:00:00',
        vague=False,
        said='2007-03-19 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_SAIL,
        published='2007-03-19',
    ),
    # Federal Register supplemental NPRM (Coast Guard, Eleventh District fireworks zones), 76 FR 30585, taken as Thursday 26 May 2011 (the label holds for any day before 15 June 2011): 'on or before June 27, 2011', end of day (EDT)
    B(
        text='Comments and related material must be received by the Coast Guard on or before June 27, 2011.',
        due='2011-06-28 03:59:59',
        vague=False,
        said='2011-05-26 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_SNPRM,
        published='2011-05-26',
    ),
    # the same notice: 'on or before June 15, 2011', end of day (EDT)
    B(
        text='Requests for public meetings must be received by the Coast Guard on or before June 15, 2011.',
        due='2011-06-16 03:59:59',
        vague=False,
        said='2011-05-26 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_SNPRM,
        published='2011-05-26',
    ),
    # the same notice: office hours on every working day are a standing service window, no deadline: recurring
    B(
        text='Hand delivery: Same as mail address above, between 9 a.m. and 5 p.m., Monday through Friday, except Federal holidays.',
        due=None,
        vague=False,
        said='2011-05-26 14:00:00',
        tz='America/New_York',
        refusal='recurring',
        cluster=5,
        source=_SNPRM,
        published='2011-05-26',
    ),
    # Federal Register proposed rule 2019-19899 (NMFS, snapper-grouper Amendment 42), taken as Tuesday 17 September 2019 (the mirror shows only its crawl date; the label holds for any day of 2019 before 17 October): 'by October 17, 2019', end of day (EDT)
    B(
        text='Written comments must be received by October 17, 2019.',
        due='2019-10-18 03:59:59',
        vague=False,
        said='2019-09-17 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_SNAPPER,
        published='2019-09-17',
    ),
    # Federal Register proposed rule 2020-01079 (NMFS, 2020 sea turtle observer Annual Determination), taken as Friday 24 January 2020 (the label holds for any day before 24 February 2020): 'by February 24, 2020', end of day (EST)
    B(
        text='Comments must be received by February 24, 2020.',
        due='2020-02-25 04:59:59',
        vague=False,
        said='2020-01-24 15:00:00',
        tz='America/New_York',
        cluster=6,
        source=_TURTLE_AD,
        published='2020-01-24',
    ),
    # the same rule: 'a five-year period from the effective date of the final rule' counts from an undated event: event
    B(
        text="Fisheries identified on the 2020 AD (see Table 1) will remain on the AD for a five-year period from the effective date of the final rule and will be required to carry observers upon NMFS' request.",
        due=None,
        vague=False,
        said='2020-01-24 15:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source=_TURTLE_AD,
        published='2020-01-24',
    ),
    # NOAA Fisheries page (sea turtle careful release, HMS longline), taken as Monday 8 April 2024, when the proposed rule appeared (the label holds for any day before 8 May 2024): 'Open Until May 8, 2024', end of day (EDT)
    B(
        text='Comment Period Open Until May 8, 2024',
        due='2024-05-09 03:59:59',
        vague=False,
        said='2024-04-08 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_TURTLE_HMS,
        published='2024-04-08',
    ),
    # Dáil written answer, Tuesday 9 May 2017 (Agriculture, Teagasc teachers): 'in the next few months' is the vague 3 months of 'the coming months': 9 August 2017, end of day (IST)
    B(
        text='I understand from Teagasc that the recruitment process is underway and it is planned to assign the new teachers in the next few months.',
        due='2017-08-09 22:59:59',
        vague=True,
        said='2017-05-09 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_TEAGASC,
        published='2017-05-09',
    ),
    # the same question (the Deputy's words): contracts 'due to expire in September 2017' fall due at the month's end, 30 September 2017, end of day (IST)
    B(
        text='Deputy Eamon Scanlon asked the Minister for Agriculture, Food and the Marine if advertising and recruitment of green certificate educators has begun in the Sligo, Leitrim and Donegal regions in view of the fact that some contracts are due to expire in September 2017.',
        due='2017-09-30 22:59:59',
        vague=False,
        said='2017-05-09 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_TEAGASC,
        published='2017-05-09',
    ),
    # the same answer: courses 'scheduled to commence in October' (October 2017, the next October) fall due at the month's end, 31 October 2017, end of day (GMT after 29 October). unsure: 'commence' may be read as start-only wording (earliest, 1 October 2017)
    B(
        text='I am advised that a number of these posts will be assigned to the Northwest region to run new courses scheduled to commence in October.',
        due='2017-10-31 23:59:59',
        vague=False,
        said='2017-05-09 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_TEAGASC,
        published='2017-05-09',
    ),
    # Dáil oral answer, Thursday 29 April 2010 (river basin management plans): 'by 30 June 2010', end of day (IST)
    B(
        text='The river basin management plans are due to be finalised by 30 June 2010.',
        due='2010-06-30 22:59:59',
        vague=False,
        said='2010-04-29 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_RBMP,
        published='2010-04-29',
    ),
    # the same answer: a consultation that ran 'for six months until 22 June 2009' is over: past
    B(
        text='Draft river basin management plans for each of the river basin districts were published on 22 December 2008 and were open for public consultation for six months until 22 June 2009.',
        due=None,
        vague=False,
        said='2010-04-29 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_RBMP,
        published='2010-04-29',
    ),
    # Forestry Commission guidance (England), stored copy undated, written before 11 July 2022 (1 July 2022 taken; the label does not hang on it): 21 days for each proposal is a standing rule: recurring
    B(
        text='Grant-aided woodland creation proposals and tree felling applications are published on the Consultation Register for 21 days.',
        due=None,
        vague=False,
        said='2022-07-01 09:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=5,
        source=_FORESTRY,
        published='2022-07-01',
    ),
    # the same guidance: relisting for 21 days whenever a scheme changes is a standing rule: recurring
    B(
        text='Where schemes undergo significant change to ensure compliance with the UK Forestry Standard or EWCO rules the proposal will be relisted to provide 21 days for comment.',
        due=None,
        vague=False,
        said='2022-07-01 09:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=5,
        source=_FORESTRY,
        published='2022-07-01',
    ),
    # the same guidance: 'as soon as possible' is said of each EWCO proposal from 11 July 2022 on, a service standard: recurring. unsure: a reader may take 'From 11 July 2022' as start-only wording (earliest, 11 July 2022 00:00 BST)
    B(
        text='From 11 July 2022 we will publish proposals that relate to applications under the England Woodland Creation Offer (EWCO) as soon as possible.',
        due=None,
        vague=False,
        said='2022-07-01 09:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=5,
        source=_FORESTRY,
        published='2022-07-01',
    ),
    # Commons statement, Monday 9 February 1987, 7 pm (Minister of Agriculture): doubling the funding 'from early in 1988' says only when it starts: earliest, 1 January 1988 00:00 (GMT). unsure: a reader may give 'early in 1988' as a vague due, 30 April 1988
    B(
        text='We have already designated nine areas and our intention is to extend the coverage of this scheme and to double the funding from early in 1988.',
        due=None,
        vague=False,
        said='1987-02-09 19:00:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='1988-01-01 00:00:00',
        cluster=5,
        source=_LAND_USE,
        published='1987-02-09',
    ),
    # the same statement: consultation 'prior to the introduction of appropriate legislation' hangs on an undated event: event
    B(
        text='The detailed arrangements will be the subject of consultation with interested parties prior to the introduction of appropriate legislation, but the scheme will incorporate provisions for the protection and enhancement of the environment.',
        due=None,
        vague=False,
        said='1987-02-09 19:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source=_LAND_USE,
        published='1987-02-09',
    ),
    # Lords debate on the Address, Wednesday 23 November 1994, 3.7 p.m.: 'in the spring' said in autumn is the coming meteorological spring, March-May 1995: 31 May 1995, end of day (BST)
    B(
        text='The next will be published in the spring, and for the first time will also report on progress towards commitments outlined in the UK Strategy for Sustainable Development.',
        due='1995-05-31 22:59:59',
        vague=False,
        said='1994-11-23 15:07:00',
        tz='Europe/London',
        cluster=4,
        source=_ADDRESS,
        published='1994-11-23',
    ),
    # Dáil Order of Business, Wednesday 5 April 2006: statements 'to be taken at 5.55 p.m.' that day (IST)
    B(
        text='No. 14 — statements on Sellafield, to be taken at 5.55 p.m. and the order shall not resume thereafter.',
        due='2006-04-05 16:55:00',
        vague=False,
        said='2006-04-05 09:00:00',
        tz='Europe/Dublin',
        cluster=2,
        source=_DAIL_OOB,
        published='2006-04-05',
    ),
    # the same Order of Business: 'brought to a conclusion at 7 p.m.' that day (IST)
    B(
        text='It is proposed, notwithstanding anything in Standing Orders, that No. 14 shall, if not previously concluded, be brought to a conclusion at 7 p.m. and the following arrangements shall apply.',
        due='2006-04-05 18:00:00',
        vague=False,
        said='2006-04-05 09:00:00',
        tz='Europe/Dublin',
        cluster=2,
        source=_DAIL_OOB,
        published='2006-04-05',
    ),
    # the same Order of Business: '15 minutes in each case' is a limit on every speech, no deadline: recurring
    B(
        text='The statements shall be confined to a Minister or Minister of State and to the main spokespersons for the Fine Gael Party, the Labour Party and the Technical Group, who shall be called upon in that order and who may share their time, and shall not exceed 15 minutes in each case.',
        due=None,
        vague=False,
        said='2006-04-05 09:00:00',
        tz='Europe/Dublin',
        refusal='recurring',
        cluster=5,
        source=_DAIL_OOB,
        published='2006-04-05',
    ),
    # the same Order of Business: 'to conclude at 8.30 p.m.' that day (IST); 'Bill 2006' and 'No. 28' are names, not times
    B(
        text="Private Members' business shall be No. 28, Residential Tenancies (Amendment) Bill 2006 — Second Stage, resumed, to conclude at 8.30 p.m.",
        due='2006-04-05 19:30:00',
        vague=False,
        said='2006-04-05 09:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_DAIL_OOB,
        published='2006-04-05',
    ),
    # Seanad Order of Business, Tuesday 24 November 2015: 'adjourned not later than 6.30 p.m.' that day (GMT); 'Bill 2015' is a name
    B(
        text='No. 2, Financial Emergency Measures in the Public Interest Bill 2015 - Second Stage, to be taken at the conclusion of No. 1 and to be adjourned not later than 6.30 p.m.',
        due='2015-11-24 18:30:00',
        vague=False,
        said='2015-11-24 10:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_SEANAD_OOB,
        published='2015-11-24',
    ),
    # the same Order of Business: 'to be taken at 6.30 p.m.' that day (GMT); '(No. 2)' and 'Bill 2012' are names
    B(
        text='No. 3, Residential Tenancies (Amendment) (No. 2) Bill 2012 - Report and Final Stages, to be taken at 6.30 p.m.',
        due='2015-11-24 18:30:00',
        vague=False,
        said='2015-11-24 10:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_SEANAD_OOB,
        published='2015-11-24',
    ),
    # the same debate: 'at some stage this week' ends Sunday 29 November 2015, end of day (GMT). unsure: the Seanad sits until Thursday, and a reader may take 26 November
    B(
        text='We will not push this matter to a vote today but could the Deputy Leader invite the Minister for Health, Deputy Varadkar, to the House at some stage this week to discuss the debacle of the emergency department crisis throughout the country?',
        due='2015-11-29 23:59:59',
        vague=False,
        said='2015-11-24 10:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_SEANAD_OOB,
        published='2015-11-24',
    ),
    # the same debate: 'Eleven weeks after' the report counts time already gone: past
    B(
        text='Eleven weeks after that report was put into the public domain, there still is no plan in place.',
        due=None,
        vague=False,
        said='2015-11-24 10:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_SEANAD_OOB,
        published='2015-11-24',
    ),
    # Seanad Commencement Matters, Thursday 22 February 2024: the fee cut 'to grow to 50% in September 2024' falls due at the month's end, 30 September 2024, end of day (IST); '25%' and '50%' are amounts
    B(
        text='The pay freeze has undoubtedly worked for parents and we are very grateful for it, with a reduction of 25% in fees to grow to 50% in September 2024.',
        due='2024-09-30 22:59:59',
        vague=False,
        said='2024-02-22 10:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_SEANAD_ECCE,
        published='2024-02-22',
    ),
    # DOE EERE page (information collection extension), stored copy undated; taken as Tuesday 3 November 2020, thirty days before the date (the label holds for any day of November 2020 before the 3 December): 'on or before December 3, 2020', end of day (EST)
    B(
        text='Comments regarding this proposed information collection extension must be received on or before December 3, 2020.',
        due='2020-12-04 04:59:59',
        vague=False,
        said='2020-11-03 15:00:00',
        tz='America/New_York',
        cluster=6,
        source=_EERE,
        published='2020-11-03',
    ),
    # the same page: 'within 30 days of publication of the Federal Register notice' counts from the notice's publication; the parser's docstring counts such a span from the reference (the day the notice is published), so with the reference taken as that day the 30th day is 3 December 2020, end of day (EST), the date the page also gives. unsure: the page is not itself the notice, and a reader may call the span event-anchored (event)
    B(
        text='Written comments and recommendations for the proposed information collection should be sent within 30 days of publication of the Federal Register notice to www.reginfo.gov/public/do/PRAMain.',
        due='2020-12-04 04:59:59',
        vague=False,
        said='2020-11-03 15:00:00',
        tz='America/New_York',
        cluster=1,
        source=_EERE,
        published='2020-11-03',
    ),
    # Commons written answer, Monday 3 July 2006 (Home Office, Worker Registration Scheme): 'the period 1 May 2004 to 31 March 2006' is over: past
    B(
        text='During the period 1 May 2004 to 31 March 2006, 6,205 applications were made to the Worker Registration Scheme (WRS) by applicants in the EH postcode area, of which 6,010 were approved.',
        due=None,
        vague=False,
        said='2006-07-03 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_WA_HOME,
        published='2006-07-03',
    ),
    # the same answers: a report 'published in November 2005' is the past
    B(
        text='The development of a British Muslim citizenship toolkit was one of the recommendations of the “Preventing Extremism Together” report published in November 2005 by workgroups from the Muslim community.',
        due=None,
        vague=False,
        said='2006-07-03 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_WA_HOME,
        published='2006-07-03',
    ),
    # the same answers: 'since the start of the financial year 1996-97' is a past anchor, no deadline: past
    B(
        text='I understand from the Commission that it has carried out 2,163 inquiries into charities with annual incomes of less than £1,000,000 since the start of the financial year 1996-97.',
        due=None,
        vague=False,
        said='2006-07-03 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_WA_HOME,
        published='2006-07-03',
    ),
    # Commons oral answer, Tuesday 22 January 1957 (Housing and Local Government): 'will be available shortly' is the vague 60 days: 23 March 1957, end of day (GMT)
    B(
        text='A further bulletin is being printed and will be available shortly.',
        due='1957-03-23 23:59:59',
        vague=True,
        said='1957-01-22 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_BULLETIN,
        published='1957-01-22',
    ),
    # the same exchange: 'within the next three weeks' from the day of speaking: 12 February 1957, end of day (GMT); 'thereafter ... an annual report' is a standing promise beside it, not the deadline
    B(
        text='I can assure the hon. Member that it will be published within the next three weeks and that thereafter we shall issue an annual report.',
        due='1957-02-12 23:59:59',
        vague=False,
        said='1957-01-22 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_BULLETIN,
        published='1957-01-22',
    ),
    # the same exchange: an assurance given 'as long ago as 13th December, 1955' is the past
    B(
        text='Is he aware that the former Minister of Housing and Local Government gave an assurance as long ago as 13th December, 1955, that the publication of this important document would be resumed?',
        due=None,
        vague=False,
        said='1957-01-22 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_BULLETIN,
        published='1957-01-22',
    ),
    # NI Business Info (Invest NI), Tuesday 10 January 2023: 'at least two years from the legislation coming into force' counts from an undated commencement: event
    B(
        text='Operators have at least two years from the legislation coming into force to comply with the new regulations.',
        due=None,
        vague=False,
        said='2023-01-10 10:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source=_NI_VESSELS,
        published='2023-01-10',
    ),
    # Federal Register, Wednesday 1 May 2002 (Forest Service, Ozark-St. Francis plan revision, via a mirror): 'by August 2, 2002', end of day (EDT)
    B(
        text='Comments on this Notice of Intent (NOI) and, specifically, on the scope of the analysis to be included in the EIS, should be received in writing by August 2, 2002.',
        due='2002-08-03 03:59:59',
        vague=False,
        said='2002-05-01 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_OZARK,
        published='2002-05-01',
    ),
    # the same notice: 'in 2004' falls due at the year's end, 31 December 2004, end of day (EST)
    B(
        text='The agency expects to file the draft EIS (DEIS) with the Environmental Protection Agency (EPA) and make it available for public comment in 2004.',
        due='2005-01-01 04:59:59',
        vague=False,
        said='2002-05-01 14:00:00',
        tz='America/New_York',
        cluster=4,
        source=_OZARK,
        published='2002-05-01',
    ),
    # Lords, Monday 24 July 1978, 3.11 p.m. (Wales Bill): 'by five o'clock on that same day, Friday' is a deadline already met: past
    B(
        text='Your Lordships may not be aware that, in order to have the Papers which we now have before us printed in time, we had to make the final choice as to which should be our reasoned substitute Amendments and how they should be phrased by five o\'clock on that same day, Friday.',
        due=None,
        vague=False,
        said='1978-07-24 14:11:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_WALES,
        published='1978-07-24',
    ),
    # European Commission, 'Have your say' rules page (undated; 1 January 2021 taken, the label does not hang on it): feedback periods end 'at midnight Brussels time on the closing date indicated' is a standing rule with no date: recurring
    B(
        text='The period for submitting feedback on European Commission initiatives ends at midnight Brussels time on the closing date indicated.',
        due=None,
        vague=False,
        said='2021-01-01 09:00:00',
        tz='Europe/Brussels',
        refusal='recurring',
        cluster=5,
        source=_EC_FEEDBACK,
        published='2021-01-01',
    ),
    # White House readout (via a whitehouse.gov feed mirror), Friday 26 July 2024, 19:05 EDT: a hotline 'available 24/7' is a standing service, no deadline: recurring
    B(
        text='Today, Domestic Policy Advisor to the Vice President Kristine Lucius and Heath Resources and Services Administration (HRSA) Administrator Carole Johnson convened counselors from the Maternal Mental Health Hotline — a toll-free, confidential hotline that is available 24/7 to respond to the mental health needs of pregnant women, new moms, their families, and the communities that support them.',
        due=None,
        vague=False,
        said='2024-07-26 23:05:00',
        tz='America/New_York',
        refusal='recurring',
        cluster=5,
        source=_WH_HOTLINE,
        published='2024-07-26',
    ),
    # White House fact sheet (via a whitehouse.gov feed mirror), Thursday 24 October 2024, 10:14 EDT: lending 'in Fiscal Year (FY) 2024', the US federal year that ended 30 September 2024, is the past
    B(
        text='Today, Vice President Harris announced that the Small Business Administration (SBA) provided a record $56 billion through more than 100,000 small business financings in Fiscal Year (FY) 2024—the most in more than 15 years.',
        due=None,
        vague=False,
        said='2024-10-24 14:14:00',
        tz='America/New_York',
        refusal='past',
        cluster=4,
        source=_WH_SBA,
        published='2024-10-24',
    ),
    # Commons business statement, Thursday 21 March 1963: a statement 'at 3.30 next Wednesday' (Wednesday of the following week, 27 March 1963) and copies 'at 12 noon'; the later time of the day falls due: 15:30 (GMT)
    B(
        text='My right hon. Friend the Minister will make a statement in the House at 3.30 next Wednesday, and we are arranging, which, I think, will be for the convenience of hon. Members, who might like to know it now, that copies of the Report will be available in the Vote Office at 12 noon; that is, a few hours before the Minister makes his statement.',
        due='1963-03-27 15:30:00',
        vague=False,
        said='1963-03-21 10:00:00',
        tz='Europe/London',
        cluster=3,
        source=_BUSINESS_MAR21,
        published='1963-03-21',
    ),
    # the same statement: business on 'MONDAY, 1ST APRIL, and TUESDAY, 2ND APRIL' falls due at the later day, 2 April 1963, end of day (BST from 31 March 1963)
    B(
        text='MONDAY, 1ST APRIL, and TUESDAY, 2ND APRIL—The proposed business will be: Remaining stages of the London Government Bill.',
        due='1963-04-02 22:59:59',
        vague=False,
        said='1963-03-21 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_BUSINESS_MAR21,
        published='1963-03-21',
    ),
    # the same statement: 'WEDNESDAY, 27TH MARCH' (year-less, this year), end of day (GMT)
    B(
        text='WEDNESDAY, 27TH MARCH—Remaining stages of the Protection of Depositors Bill, and of the British Museum Bill.',
        due='1963-03-27 23:59:59',
        vague=False,
        said='1963-03-21 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_BUSINESS_MAR21,
        published='1963-03-21',
    ),
    # Commons business statement, Thursday 7 March 1963: the Money Resolution 'by seven o'clock' on Tuesday 12 March: 19:00 that day (GMT)
    B(
        text="TUESDAY, 12TH MARCH—Second Reading of the Town and Country Planning Bill, and Committee stage of the Money Resolution, which it is hoped to obtain by seven o'clock, when the Chairman of Ways and Means has set down opposed Private Business.",
        due='1963-03-12 19:00:00',
        vague=False,
        said='1963-03-07 10:00:00',
        tz='Europe/London',
        cluster=2,
        source=_BUSINESS_MAR07,
        published='1963-03-07',
    ),
    # Ofgem notice of reasons for standard condition 28B (read on docslib; undated there, after the consultation: 1 December 2017 taken, the label holds for any later day): representations 'on or before 29 August 2017' were due in a window already closed: past
    B(
        text='The Notice required any representations with respect to the proposed modification to be made on or before 29 August 2017.',
        due=None,
        vague=False,
        said='2017-12-01 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_OFGEM_28B,
        published='2017-12-01',
    ),
    # Commons business questions, Thursday 18 June 1964 (read on TheyWorkForYou): 'as soon as possible' is the vague 60 days: 17 August 1964, end of day (BST)
    B(
        text='My right hon. Friend the Minister of Aviation hopes to make a statement as soon as possible.',
        due='1964-08-17 22:59:59',
        vague=True,
        said='1964-06-18 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_BUSINESS_1964,
        published='1964-06-18',
    ),
    # Commons written answer, Thursday 13 March 2003 (Defra, England Rural Development Programme): spending 'In financial year 2000–01' and 'in financial year 2001–02' is reported for fiscal years already ended (31 March 2002 at the latest): past
    B(
        text='In financial year 2000–01, 83 per cent. of the total budget available for the ERDP land-based schemes was spent, and in financial year 2001–02, 89 per cent. of the total budget available for the ERDP land-based schemes was spent.',
        due=None,
        vague=False,
        said='2003-03-13 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=4,
        source=_ERDP,
        published='2003-03-13',
    ),
    # Highways England press release on gov.uk (read on a mirror), weekly summary 'correct as of 24 March 2017' (Friday, taken as the reference, GMT): closures 'between 8pm and 5am, from Monday 27 March for five nights' end with the fifth night, 05:00 on Saturday 1 April 2017 (BST). unsure: a reader may stop at Friday 31 March, end of day
    B(
        text='Lane closures will be in place in both directions overnight, between 8pm and 5am, from Monday 27 March for five nights.',
        due='2017-04-01 04:00:00',
        vague=False,
        said='2017-03-24 10:00:00',
        tz='Europe/London',
        cluster=3,
        source=_ROADWORKS,
        published='2017-03-24',
    ),
    # the same release: completion 'by the end of March' is the deadline; '7am and 7pm' are the hours of the lorry restriction that follows, not times of the work: 31 March 2017, end of day (BST)
    B(
        text='Work to improve congestion on the M11 by installing sign to restricts lorries from using lane 2 between 7am and 7pm on uphill sections of the carriageway in both directions between junctions 8 and 9 will start this week and is planned for completion by the end of March after which the restrictions will come into force.',
        due='2017-03-31 22:59:59',
        vague=False,
        said='2017-03-24 10:00:00',
        tz='Europe/London',
        cluster=3,
        source=_ROADWORKS,
        published='2017-03-24',
    ),
    # the same release: nightly closures 'until summer 2017' run to the season, meteorological summer June-August: 31 August 2017, end of day (BST). unsure: 'until summer' may be read as until summer begins, 31 May 2017
    B(
        text='Lane closures will be in place overnight, between 8pm and 6am, until summer 2017.',
        due='2017-08-31 22:59:59',
        vague=False,
        said='2017-03-24 10:00:00',
        tz='Europe/London',
        cluster=4,
        source=_ROADWORKS,
        published='2017-03-24',
    ),
    # the same release: closures 'between 10pm and 6am from Monday 27 March to Friday 31 March' end with the Friday night, 06:00 on Saturday 1 April 2017 (BST). unsure: a reader may end the range on Friday 31 March at 06:00, or at the end of that day
    B(
        text='During the work, lane closures will be in place in both directions overnight, between 10pm and 6am from Monday 27 March to Friday 31 March.',
        due='2017-04-01 05:00:00',
        vague=False,
        said='2017-03-24 10:00:00',
        tz='Europe/London',
        cluster=3,
        source=_ROADWORKS,
        published='2017-03-24',
    ),
)
