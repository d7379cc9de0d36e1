"""An EIGHTEENTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-02 (UTC), between about 09:27 and 10:35, by a labelling
helper (branch issue12l-s15) that neither changed nor ran the parser: it read only
`CONVENTIONS.md` (the labelling rules settled on 2026-12-02, which win over any earlier
set's comment), the docstring of `blind_real.py`, `blind_fresh17.py` and its comments, the
parser package's docstring (for the documented vague windows), the README next to this
file and the scoring rule of `bench/deadlines.py` (a case is right when both say no
deadline, or the due instant agrees to the minute and, for a case labelled vague, the
parser's result is vague too). The sentences were found with a search over stored copies
of public pages and taken as they came in the pages read; see README.md ("Eighteenth fresh
blind set") for every address, publisher and licence. No address listed in README.md, in a
`#` header under `tests/data/articles/` or `tests/data/agreement/`, or in the shared claims
file was used: each was checked against those lists and claimed (`fresh18`) before a quote
was taken (many pages the searches offered were already used or claimed and were dropped);
and no sentence already in another set. Each label was worked out by hand from the words,
the publication date and the publisher's zone alone (date arithmetic and zone conversion
done with Python's zoneinfo, never with code of the project). 105 cases from 69 pages; see
README.md for the composition by publisher and by kind. No run of `parse_deadline`,
`interpret_deadline`, `bench/deadlines.py` or the tests touched these texts before the
labels were committed; the helpers improving the parser have not seen them.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.2"), then `blind_real.py`: the publisher's zone (UK Parliament, gov.uk and
the Department for Transport: Europe/London; Oireachtas: Europe/Dublin; kremlin.ru:
Europe/Moscow; EU institutions: Europe/Brussels; US federal publishers and the White House:
America/New_York; Wikinews: UTC, as in the earlier sets); the publication date at 10:00
local unless the source gives the time of speaking; a day falls due at 23:59:59 local, and
"midnight" of a day at 23:59:59 of that day; a clock time without a zone word is in the
publisher's zone; a range or a schedule falls due at its later end; vague windows as the
parser's docstring documents them ("shortly", "in due course", "as soon as possible": 60
days, CONVENTIONS 5.1); refusals have `due=None` and a `refusal` kind (earliest | negated |
past | event | recurring), with `earliest` at 00:00 local for start-only wording (at the
clock time when one is given). Historic zones are those of zoneinfo: Britain and Ireland
kept UTC+1 all year from 1968 to 1971, which several cases depend on. Where the carrying
page shows no date, the comment says which reference was taken and for which range of days
the label holds. Labels marked "unsure" name the other reading; like every label here they
stay as committed, whatever the first run shows. First run: not yet taken (the lead runs
it once, after merging, and records it in README.md). Never edit these labels to fit the
parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_BEEF_CHINA = 'https://www.oireachtas.ie/en/debates/question/2017-10-12/section/144/'
_PENSION_AGE = 'https://www.oireachtas.ie/ga/debates/question/2020-03-05/section/1033/'
_LYNX = 'http://federal.elaws.us/fr/notice/e8-30110'
_CHUB = 'https://thefederalregister.org/81-FR/75801'
_SEA_OTTER = 'http://federal.elaws.us/fr/1/27/2020/2020-01326'
_FEDCENTER = 'https://www.fedcenter.gov/ItemBrowser/index.cfm?pge_prg_id=42307&pge_id=1938&fldlist=&archivedstatus=1&printable=1'
_MDP = 'https://parallelparliament.co.uk/mp/bob-blackman/debate/Commons/2018-03-05/debates/F42387EA-A490-4B06-8D3C-D32473A84D96/OralAnswersToQuestions'
_FR20 = 'https://parallelparliament.co.uk/debate/2014-07-15/commons/written-statements/future-reserves-2020/ministerial-extracts'
_CAIRNCROSS = 'https://api.parliament.uk/historic-hansard/written_answers/1971/nov/18/cairncross-committee-report'
_HISTORY_PARL = 'https://api.parliament.uk/historic-hansard/commons/1959/jun/09/history-of-parliament'
_WA_1972 = 'https://hansard.parliament.uk/Commons/1972-01-28/debates/5ddecda9-cbf7-4252-846c-8fc69d522be0/WrittenAnswers'
_SEANAD_1985 = 'https://www.oireachtas.ie/en/debates/debate/seanad/1985-07-10/3/'
_EPA_OZONE = 'http://www.gpo.gov/fdsys/pkg/FR-2013-06-11/html/2013-13964.htm'
_EPA_OZONE_ELAWS = 'http://federal.elaws.us/fr/6/11/2013/2013-13964'
_TIER3 = 'http://www.gpo.gov/fdsys/pkg/FR-2013-04-08/html/2013-08121.htm'
_RFS2013 = 'http://www.regulations.gov/?_escaped_fragment_=documentDetail;D=EPA-HQ-OAR-2012-0546-0022'
_RECLASS = 'https://law.lawstack.com/laws/40-cfr_proposed-rule_2019-16321_reclassification-of-major-sources-as-area-sources-under-section-112-of-the-clean-air-act'
_DAIL_2017 = 'https://www.oireachtas.ie/en/debates/debate/dail/2017-04-12/5/'
_DAIL_1969 = 'https://www.oireachtas.ie/en/debates/debate/dail/1969-12-16/53/'
_DAIL_1959 = 'https://www.oireachtas.ie/en/debates/debate/dail/1959-05-13/23/'
_MAYON = 'https://en.wikinews.org/wiki/Villagers_evacuating_as_Mayon_volcano_erupts'
_BUSINESS_1968 = 'https://api.parliament.uk/historic-hansard/commons/1968/nov/21/business-of-the-house'
_BUSINESS_1963 = 'https://api.parliament.uk/historic-hansard/commons/1963/jun/19/business-of-the-house'
_IOTA = 'https://www.iota.org.uk/pages/consultations-documents'
_DFT_CONSULT = 'http://webarchive.nationalarchives.gov.uk/tna/20100927131008/http:/www.dft.gov.uk/consultations/about'
_BERKELEY = 'https://api.parliament.uk/historic-hansard/written-answers/1987/apr/27/berkeley-sound-falkland-islands-foreign'
_FALKLANDS_1984 = 'https://api.parliament.uk/historic-hansard/written_answers/1984/jun/12/falkland-islands-2'
_CABINET_CTTEES = 'https://www.oireachtas.ie/ga/debates/question/2017-05-02/section/36/'
_RIA_2013 = 'https://www.oireachtas.ie/ga/debates/question/2013-01-16/section/483/'
_CPC_2016 = 'http://lawsdocbox.com/Legal_Issues/67915994-Proposal-for-a-regulation-of-the-european-parliament-and-of-the-council.html'
_SCOT_HOUSING = 'https://api.parliament.uk/historic-hansard/commons/1946/nov/19/housing-modernisation'
_SCOT_1975 = 'https://hansard.parliament.uk/Commons/1975-01-22/debates/78eade37-285c-4258-87e1-ca6852793031/Scotland'
_SCOT_1977 = 'https://hansard.parliament.uk/Commons/1977-04-27/debates/5c4b7ba3-4475-4802-92cd-21d65677c6ef/OralAnswersToQuestions'
_SCOT_1978 = 'https://hansard.parliament.uk/Commons/1978-11-15/debates/af62de06-a758-4f5f-9757-70813ce3a714/OralAnswersToQuestions'
_SCOT_1976 = 'https://hansard.parliament.uk/Commons/1976-11-10/debates/f9760a51-3e09-43e6-abca-6f3806191d41/Scotland'
_NRC_OCONEE = 'https://www.govinfo.gov/content/pkg/FR-2010-03-19/html/2010-6071.htm'
_NRC_MATTINGLY = 'http://federal.elaws.us/fr/9/10/2010/2010-22627'
_CHILDRENS_HOSP = 'https://www.kildarestreet.com/wrans/?id=2015-06-17a.462'
_TALLAGHT = 'https://www.oireachtas.ie/en/debates/debate/dail/1995-03-01/96/'
_FAA_CL215 = 'https://regulations.vlex.com/vid/airworthiness-directives-bombardier-airplanes-361096346'
_SCHOOLBOOKS = 'https://www.oireachtas.ie/en/debates/question/2023-10-17/section/43/'
_SEANAD_SCHOOLS = 'https://www.oireachtas.ie/en/debates/debate/seanad/2020-09-24/8/'
_EDU_CTTEE = 'https://www.oireachtas.ie/en/debates/debate/joint_committee_on_education_further_and_higher_education_research_innovation_and_science/2022-10-12/3/'
_KREMLIN_RSPP = 'http://en.kremlin.ru/acts/assignments/orders/67596/print'
_KREMLIN_RGO_2021 = 'http://en.special.kremlin.ru/catalog/persons/90/events/65362'
_KREMLIN_RGO_2016 = 'http://en.special.kremlin.ru/catalog/persons/90/events/51828'
_SAB_JUNE99 = 'https://webarchive.library.unt.edu/eot2008/20081006013640/http://frwebgate.access.gpo.gov/cgi-bin/getdoc.cgi?dbname=1999_register&docid=99-15016-filed'
_SAB_MAY99 = 'https://webarchive.library.unt.edu/eot2008/20081006012337/http://frwebgate.access.gpo.gov/cgi-bin/getdoc.cgi?dbname=1999_register&docid=99-12009-filed'
_SAB_2003 = 'http://federal.elaws.us/fr/1/21/2003/03-1240'
_SAB_2005 = 'http://edocket.access.gpo.gov/2005/05-5043.htm'
_ACF_2019 = 'https://regulations.justia.com/regulations/fedreg/2019/10/07/2019-21834.html'
_ACL_2019 = 'https://regulations.justia.com/regulations/fedreg/2019/03/25/2019-05658.html'
_DAIL_1998 = 'https://www.oireachtas.ie/ga/debates/debate/dail/1998-07-02/2/'
_DAIL_1997 = 'https://www.oireachtas.ie/ga/debates/debate/dail/1997-12-03/25/'
_DAIL_1974 = 'https://www.oireachtas.ie/ga/debates/debate/dail/1974-06-27/3/'
_DAIL_2018 = 'https://www.oireachtas.ie/en/debates/debate/dail/2018-10-11/26/'
_WH_HR1990 = 'https://georgewbush-whitehouse.archives.gov/news/releases/2003/10/print/text/20031029-3.html'
_WH_RECOVERY = 'https://georgewbush-whitehouse.archives.gov/news/releases/2003/05/print/20030522-2.html'
_WCPD_2003 = 'https://docslib.org/doc/7079262/presidential-documents'
_PH_GRANT = 'https://parallelparliament.co.uk/mp/andrea-leadsom/debate/Commons/2024-02-05/debates/2402056000009/PublicHealthGrantLocalAuthorityAllocations2024-25'
_EU_2020_532 = 'https://www.legislation.gov.uk/eur/2020/532/data.html'
_EU_TRANSPOSE = 'https://blog.forumforthefuture.be/en/article/action-to-ensure-complete-and-timely-transposition-of-eu-directives/21633'
_HE_AUG16 = 'https://www.gov.uk/government/news/planned-roadworks-in-the-east-of-england-weekly-summary-for-monday-8-august-to-sunday-14-august-2016'
_HE_APR16 = 'https://www.gov.uk/government/news/planned-roadworks-in-the-east-of-england-weekly-summary-for-monday-4-to-sunday-10-april-2016'
_SE_MOTORWAY = 'https://www.oireachtas.ie/en/debates/question/2004-02-11/204/'
_RED_COW = 'https://www.oireachtas.ie/en/debates/question/2004-05-04/193/'
_ISLAND_BRIDGE = 'https://www.kildarestreet.com/debate/?id=2005-06-23.771.2'
_METRO_WEST = 'https://www.kildarestreet.com/wrans/?id=2008-11-12.1388.0'
_TRANSPORT21 = 'https://www.kildarestreet.com/wrans/?id=2007-11-08.729.0'

FRESH18_CASES: tuple[BlindCase, ...] = (
    # Dáil written answer, Thursday 12 October 2017 (Agriculture, beef access to China): 'will be submitted to the Chinese Authorities shortly' is the vague 60 days: 11 December 2017, end of day (GMT)
    B(
        text='A veterinary health certificate based on this Protocol is being finalised and will be submitted to the Chinese Authorities shortly.',
        due='2017-12-11 23:59:59',
        vague=True,
        said='2017-10-12 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_BEEF_CHINA,
        published='2017-10-12',
    ),
    # the same answer: an audit carried out 'in January 2016' is the past
    B(
        text='The Chinese General Administration of Quality Supervision, Inspection and Quarantine (AQSIQ) then carried out a systems audit in Ireland in January 2016.',
        due=None,
        vague=False,
        said='2017-10-12 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_BEEF_CHINA,
        published='2017-10-12',
    ),
    # Dáil written answer, Thursday 5 March 2020 (Employment Affairs and Social Protection): the pension-age increase 'from 2021' is a one-off change at a time (CONVENTIONS 3.1), the year 2021: 31 December 2021, end of day (GMT); '66 years' and '67 years' are ages, 'Act, 2011' a name. unsure: a reader may take 'from 2021' as start-only wording (CONVENTIONS 3.2: earliest, 1 January 2021 00:00)
    B(
        text='The Social Welfare and Pensions Act, 2011 provided for an increase in the age for qualification for the State pension from 66 years to 67 years from 2021.',
        due='2021-12-31 23:59:59',
        vague=False,
        said='2020-03-05 10:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_PENSION_AGE,
        published='2020-03-05',
    ),
    # the same answer: who may keep a jobseeker's payment is a standing rule for a class of people, with no start of its own: recurring (CONVENTIONS 1.3); '67' and '156' are an age and a count
    B(
        text='Similarly, people who retire on or after 1 January 2021 before reaching the State pension age of 67 who qualify for jobseeker’s benefit and have at least 156 PRSI contribution weeks paid may continue to receive a jobseekers payment until pension age.',
        due=None,
        vague=False,
        said='2020-03-05 10:00:00',
        tz='Europe/Dublin',
        refusal='recurring',
        cluster=5,
        source=_PENSION_AGE,
        published='2020-03-05',
    ),
    # Federal Register notice E8-30110 (Fish and Wildlife Service, Canada lynx 90-day finding, via federal.elaws.us), undated there, taken as Wednesday 17 December 2008 (the label holds for any day before 17 February 2009): 'on or before February 17, 2009', end of day (EST)
    B(
        text='To allow us adequate time to conduct this review, we request that we receive information on or before February 17, 2009.',
        due='2009-02-18 04:59:59',
        vague=False,
        said='2008-12-17 15:00:00',
        tz='America/New_York',
        cluster=6,
        source=_LYNX,
        published='2008-12-17',
    ),
    # Federal Register, Tuesday 1 November 2016 (Fish and Wildlife Service, headwater and roundtail chub): a comment period reopened 'for 45 days' closes 45 days on, 16 December 2016, end of day (EST) (CONVENTIONS 1.1)
    B(
        text='We are reopening the comment period for 45 days to provide the public additional time to review and consider our proposed rulemakings in light of this new information.',
        due='2016-12-17 04:59:59',
        vague=False,
        said='2016-11-01 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_CHUB,
        published='2016-11-01',
    ),
    # Federal Register, Monday 27 January 2020 (Fish and Wildlife Service, southern sea otter stock assessment, via federal.elaws.us): 'on or before April 27, 2020', end of day (EDT)
    B(
        text='We will consider comments that are received or postmarked on or before April 27, 2020.',
        due='2020-04-28 03:59:59',
        vague=False,
        said='2020-01-27 15:00:00',
        tz='America/New_York',
        cluster=6,
        source=_SEA_OTTER,
        published='2020-01-27',
    ),
    # FedCenter natural-resources digest, item of Tuesday 26 March 2024 (Fish and Wildlife Service, pygmy sloth proposed listing): 'on or before 28 May 2024', end of day (EDT)
    B(
        text='They will accept comments received or postmarked on or before 28 May 2024.',
        due='2024-05-29 03:59:59',
        vague=False,
        said='2024-03-26 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_FEDCENTER,
        published='2024-03-26',
    ),
    # Commons Defence questions, Monday 5 March 2018 (read on Parallel Parliament): 'by June or July' gives alternatives, the later counts (CONVENTIONS 6.2): 31 July 2018, end of day (BST); 'as quickly as possible' and 'before the NATO summit' sit beside the dated hope
    B(
        text='We are very eager to report back to the House as quickly as possible, and we hope that that can be done by June or July, before the NATO summit.',
        due='2018-07-31 22:59:59',
        vague=False,
        said='2018-03-05 10:00:00',
        tz='Europe/London',
        cluster=3,
        source=_MDP,
        published='2018-03-05',
    ),
    # Commons written statement, Tuesday 15 July 2014 (Defence, Future Reserves 2020, read on Parallel Parliament): 'I have today placed' is a day word on the act itself: that day, end of day (BST) (CONVENTIONS 2.1); 'FR20' and '2020' are names
    B(
        text='I have today placed in the Library of the House a copy of a report into the condition of the reserves and delivery of the FR20 programme, compiled by the Future Reserves 2020 external scrutiny team.',
        due='2014-07-15 22:59:59',
        vague=False,
        said='2014-07-15 09:00:00',
        tz='Europe/London',
        cluster=3,
        source=_FR20,
        published='2014-07-15',
    ),
    # the same statement: an obligation that holds 'from next year' is given only its start: earliest, 1 January 2015 00:00 (GMT) (CONVENTIONS 3.2); 'Act 2014' is a name
    B(
        text='This House will know that the Defence Reform Act 2014 includes a statutory obligation from next year to commission and publish such a report.',
        due=None,
        vague=False,
        said='2014-07-15 09:00:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='2015-01-01 00:00:00',
        cluster=5,
        source=_FR20,
        published='2014-07-15',
    ),
    # the same statement: 'in due course' is the vague 60 days: 13 September 2014, end of day (BST); 'some short time' gives no length
    B(
        text='I will take some short time to consider the report’s findings and recommendations and we will provide a full response to the team in due course.',
        due='2014-09-13 22:59:59',
        vague=True,
        said='2014-07-15 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_FR20,
        published='2014-07-15',
    ),
    # Commons written answer, Thursday 18 November 1971 (Home Office, Cairncross Committee): 'later this months' (sic) runs to the month's end: 30 November 1971, end of day (GMT)
    B(
        text='My right hon. Friend understands that the committee expects to report later this months.',
        due='1971-11-30 23:59:59',
        vague=False,
        said='1971-11-18 10:00:00',
        tz='Europe/London',
        cluster=4,
        source=_CAIRNCROSS,
        published='1971-11-18',
    ),
    # Commons oral answer, Tuesday 9 June 1959 (Chancellor of the Exchequer, History of Parliament): a conditional offer to write, with no time of its own: no deadline
    B(
        text='Not without notice, but I will look into that, and if I find that I can give a date, I will write to the hon. Gentleman, or, if he prefers to put down a Question, then I will give him the information he wants.',
        due=None,
        vague=False,
        said='1959-06-09 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_HISTORY_PARL,
        published='1959-06-09',
    ),
    # the same answer: a scheme 'started in 1951' taking longer than thought is the past
    B(
        text='This operation is taking a great deal longer than was thought likely when the scheme was started in 1951.',
        due=None,
        vague=False,
        said='1959-06-09 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_HISTORY_PARL,
        published='1959-06-09',
    ),
    # Commons written answers, Friday 28 January 1972 (Lord President, Members' interests): a reply given 'on 19th January' (this January, nine days before) is the past; the year-less date must not roll to 1973
    B(
        text='On this issue generally I refer the hon. Member to the written reply I gave the hon. Member for Fife, West (Mr. William Hamilton) on 19th January.',
        due=None,
        vague=False,
        said='1972-01-28 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_WA_1972,
        published='1972-01-28',
    ),
    # Seanad Order of Business, Wednesday 10 July 1985: the sitting suspended 'from 12.30 to 1.30 and from 5.30 to 6.30' that day; the last end counts (CONVENTIONS 6.1): 18:30 (IST) = 17:30 UTC; 'Nos. 1 to 5' are items, not times
    B(
        text='In regard to the question of suspending the sitting during the day, we should be flexible on that, but the presumption would be that if we make reasonable progress we will suspend the sitting from 12.30 to 1.30 and from 5.30 to 6.30.',
        due='1985-07-10 17:30:00',
        vague=False,
        said='1985-07-10 09:00:00',
        tz='Europe/Dublin',
        cluster=2,
        source=_SEANAD_1985,
        published='1985-07-10',
    ),
    # the same debate: what was asked 'yesterday morning' about sitting 'from 8 to 9' is the past
    B(
        text='On the Order of Business yesterday morning I asked for flexibility in regard to the question of sitting from 8 to 9.',
        due=None,
        vague=False,
        said='1985-07-10 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_SEANAD_1985,
        published='1985-07-10',
    ),
    # Federal Register, Tuesday 11 June 2013 (EPA, ozone SIP requirements, notice of public hearing): a hearing 'on June 25, 2013' falls due that day (CONVENTIONS 3.1), end of day (EDT); '2008' names the standards
    B(
        text='DATES: The public hearing will be held on June 25, 2013.',
        due='2013-06-26 03:59:59',
        vague=False,
        said='2013-06-11 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_EPA_OZONE,
        published='2013-06-11',
    ),
    # the same notice (federal.elaws.us copy): 'no later than June 24, 2013', end of day (EDT); the room code, ZIP code and telephone and fax numbers are no times
    B(
        text='If you would like to speak at the public hearing, please contact Ms. Pamela Long, U.S. Environmental Protection Agency, OAQPS, Air Quality Planning Division, (C504-03), Research Triangle Park, NC 27711, telephone (919) 541-0641, fax number (919) 541-5509, email address long.pam@epa.gov, no later than June 24, 2013.',
        due='2013-06-25 03:59:59',
        vague=False,
        said='2013-06-11 14:00:00',
        tz='America/New_York',
        cluster=1,
        source=_EPA_OZONE_ELAWS,
        published='2013-06-11',
    ),
    # Federal Register, Monday 8 April 2013 (EPA, Tier 3 hearings): two hearings on two days, the later counts (CONVENTIONS 6.1): 29 April 2013, end of day in the publisher's zone (EDT). unsure: a reader may end the Chicago hearing's day in Chicago (CDT), 05:59:59 UTC on the 30th
    B(
        text='The hearings will be held in Philadelphia, PA on April 24, 2013 and in Chicago, IL on April 29, 2013.',
        due='2013-04-30 03:59:59',
        vague=False,
        said='2013-04-08 14:00:00',
        tz='America/New_York',
        cluster=3,
        source=_TIER3,
        published='2013-04-08',
    ),
    # the same notice: the comment period 'will end on June 13, 2013', end of day (EDT)
    B(
        text='The comment period for the proposed rulemaking will end on June 13, 2013.',
        due='2013-06-14 03:59:59',
        vague=False,
        said='2013-04-08 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_TIER3,
        published='2013-04-08',
    ),
    # Federal Register hearing notice for the 2013 Renewable Fuel Standards (EPA, read on regulations.gov), undated there; taken as Thursday 21 February 2013 (the label holds for any day from 7 February to 1 March 2013): the comment period extended 'to April 7, 2013', end of day (EDT); 'the year 2013' is no deadline
    B(
        text='EPA is also extending the comment period on the proposed rule to April 7, 2013.',
        due='2013-04-08 03:59:59',
        vague=False,
        said='2013-02-21 15:00:00',
        tz='America/New_York',
        cluster=6,
        source=_RFS2013,
        published='2013-02-21',
    ),
    # the same notice: 'by March 1, 2013', end of day (EST)
    B(
        text='Parties wishing to testify at the hearing should notify the contact person listed under FOR FURTHER INFORMATION CONTACT by March 1, 2013.',
        due='2013-03-02 04:59:59',
        vague=False,
        said='2013-02-21 15:00:00',
        tz='America/New_York',
        cluster=6,
        source=_RFS2013,
        published='2013-02-21',
    ),
    # Federal Register notice of public hearing 2019-16321 (EPA, reclassification of major sources, via lawstack, which shows only a later crawl date); taken as Wednesday 31 July 2019 (the label holds for any day before 15 August 2019): a hearing 'on August 15, 2019' falls due that day (CONVENTIONS 3.1), end of day (EDT); 'section 112' is a name
    B(
        text='Public hearing: The EPA will hold a public hearing on August 15, 2019, in Washington, DC.',
        due='2019-08-16 03:59:59',
        vague=False,
        said='2019-07-31 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_RECLASS,
        published='2019-07-31',
    ),
    # Dáil, Business of Dáil, Wednesday 12 April 2017: sitting 'later than 10.15 p.m. tonight' is only a lower bound and the adjournment waits for the conclusion of an undated motion: event (due=None either way; a reader may call it earliest-only, CONVENTIONS 3.2)
    B(
        text='I propose, notwithstanding anything in Standing Orders or the Order of the Dáil yesterday, that the Dáil sit later than 10.15 p.m. tonight and shall adjourn on the conclusion of the motion re report of the Joint Committee on the Future Funding of Domestic Water Services.',
        due=None,
        vague=False,
        said='2017-04-12 09:00:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=5,
        source=_DAIL_2017,
        published='2017-04-12',
    ),
    # Dáil, Motion for Late Sitting, Tuesday 16 December 1969: business interrupted 'not later than 12 midnight' today; midnight is 23:59:59 of that day; Ireland kept UTC+1 all year from 1968 to 1971, so 22:59:59 UTC; '11 p.m.' is only the lower bound of the sitting
    B(
        text='That the Dáil sit later than 11 p.m. today and that the hour at which business is to be interrupted be not later than 12 midnight.',
        due='1969-12-16 22:59:59',
        vague=False,
        said='1969-12-16 09:00:00',
        tz='Europe/Dublin',
        cluster=2,
        source=_DAIL_1969,
        published='1969-12-16',
    ),
    # Dáil, Motion for Late Sitting, Wednesday 13 May 1959: 'at 12 tonight' is midnight, 23:59:59 that day (IST) = 22:59:59 UTC
    B(
        text='To conclude the business at 12 tonight.',
        due='1959-05-13 22:59:59',
        vague=False,
        said='1959-05-13 09:00:00',
        tz='Europe/Dublin',
        cluster=2,
        source=_DAIL_1959,
        published='1959-05-13',
    ),
    # the same motion: the Taoiseach 'shall be called by the Chair at 10.30 p.m.' that day (IST) = 21:30 UTC; the proviso does not date anything else
    B(
        text='Provided that if the Taoiseach shall not already have been called upon by the Chair he shall be called by the Chair at 10.30 p.m.',
        due='1959-05-13 21:30:00',
        vague=False,
        said='1959-05-13 09:00:00',
        tz='Europe/Dublin',
        cluster=2,
        source=_DAIL_1959,
        published='1959-05-13',
    ),
    # Wikinews, Thursday 20 July 2006 (Mayon volcano): removal 'should vulcanologists determine an explosive eruption is imminent' hangs on an undated event: event; '6km' is a distance
    B(
        text='Regional disaster coordinating council official Angel Capilli has said that the people who farm the rich soil near the volcano would be "forcibly" removed from the area should vulcanologists determine an explosive eruption is imminent.',
        due=None,
        vague=False,
        said='2006-07-20 10:00:00',
        tz='UTC',
        refusal='event',
        cluster=5,
        source=_MAYON,
        published='2006-07-20',
    ),
    # Commons business statement, Thursday 21 November 1968: 'MONDAY, 2ND DECEMBER—Until 7 p.m.' is a clock time on a named day: 19:00 on 2 December 1968; Britain kept UTC+1 all year from 1968 to 1971, so 18:00 UTC; '[3rd Allotted Day]' and 'No. 9' are no dates
    B(
        text="MONDAY, 2ND DECEMBER—Until 7 p.m., Private Members' Motions.",
        due='1968-12-02 18:00:00',
        vague=False,
        said='1968-11-21 09:00:00',
        tz='Europe/London',
        cluster=2,
        source=_BUSINESS_1968,
        published='1968-11-21',
    ),
    # the same exchange: 'It is possible that he will make a statement tomorrow' is a possibility, no undertaking: no deadline (CONVENTIONS 4.2)
    B(
        text='It is possible that he will make a statement tomorrow.',
        due=None,
        vague=False,
        said='1968-11-21 09:00:00',
        tz='Europe/London',
        cluster=5,
        source=_BUSINESS_1968,
        published='1968-11-21',
    ),
    # Commons business statement, Wednesday 19 June 1963: business 'on Monday, 24th June' (this year), end of day (BST)
    B(
        text='It may be convenient for the House to know that the business on Monday, 24th June, will be progress with the remaining stages of the Television Bill.',
        due='1963-06-24 22:59:59',
        vague=False,
        said='1963-06-19 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_BUSINESS_1963,
        published='1963-06-19',
    ),
    # the same statement: the announcement is due 'tomorrow' (Thursday 20 June 1963, end of day, BST); 'next week and the following Monday' name the business announced, not the time of announcing
    B(
        text='I shall announce the remaining business for next week and the following Monday, tomorrow.',
        due='1963-06-20 22:59:59',
        vague=False,
        said='1963-06-19 09:00:00',
        tz='Europe/London',
        cluster=3,
        source=_BUSINESS_1963,
        published='1963-06-19',
    ),
    # the same exchange: tabled 'today' and taken 'tomorrow' before the Orders of the Day: the later act counts, 20 June 1963, end of day (BST)
    B(
        text='It either has been or will be tabled today and will be taken before the Orders of the Day tomorrow.',
        due='1963-06-20 22:59:59',
        vague=False,
        said='1963-06-19 09:00:00',
        tz='Europe/London',
        cluster=3,
        source=_BUSINESS_1963,
        published='1963-06-19',
    ),
    # Department for Transport consultation notice (Operation Brock), published Monday 3 August 2020, quoted on the Institute of Transport Administration's page: 'at - 11:59pm on 23 August 2020' (BST) = 22:59 UTC
    B(
        text='This consultation closes at - 11:59pm on 23 August 2020',
        due='2020-08-23 22:59:00',
        vague=False,
        said='2020-08-03 09:00:00',
        tz='Europe/London',
        cluster=2,
        source=_IOTA,
        published='2020-08-03',
    ),
    # the same notice: the sunset clauses extended 'to end of October 2021': 31 October 2021, end of day (GMT, after the clocks go back that morning); 'SIs' are instruments
    B(
        text='extending the sunset clauses in the SIs to end of October 2021',
        due='2021-10-31 23:59:59',
        vague=False,
        said='2020-08-03 09:00:00',
        tz='Europe/London',
        cluster=4,
        source=_IOTA,
        published='2020-08-03',
    ),
    # the same page, Highway Code review consultation (reference taken as 3 August 2020; the label holds for any day before 27 October 2020): '11:59pm on 27 October 2020' (GMT, after 25 October) = 23:59 UTC
    B(
        text='This consultation closes at 11:59pm on 27 October 2020',
        due='2020-10-27 23:59:00',
        vague=False,
        said='2020-08-03 09:00:00',
        tz='Europe/London',
        cluster=2,
        source=_IOTA,
        published='2020-08-03',
    ),
    # Department for Transport, 'About DfT consultations' (archived 27 September 2010): 'normally last a minimum of 12 weeks' is a standing rule for every consultation: recurring (CONVENTIONS 1.3)
    B(
        text='The consultation period will normally last a minimum of 12 weeks, although there are circumstances in which shorter consultations will be unavoidable (e.g. where tight timescales are dictated by EU processes).',
        due=None,
        vague=False,
        said='2010-09-27 09:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=5,
        source=_DFT_CONSULT,
        published='2010-09-27',
    ),
    # Lords written answer, Monday 27 April 1987 (Foreign Office, Berkeley Sound): placing the list in the Library 'when it is available' hangs on an undated event: event (CONVENTIONS 5.2)
    B(
        text='I have requested this information from the Falkland Islands Government and will place it in the Library when it is available.',
        due=None,
        vague=False,
        said='1987-04-27 09:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source=_BERKELEY,
        published='1987-04-27',
    ),
    # the same answers: 'since its establishment on 1st February 1987' is a past anchor: past
    B(
        text='No USSR registered fishing vessels have been sighted transferring catches in the Falkland Islands Interim Conservation and Management Zone (FICZ) since its establishment on 1st February 1987.',
        due=None,
        vague=False,
        said='1987-04-27 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_BERKELEY,
        published='1987-04-27',
    ),
    # Commons written answers, Tuesday 12 June 1984 (Falkland Islands): earlier answers 'on 23 January ... on 5 March ... on 16 December 1983' are the past; the column numbers are no days or times
    B(
        text='I refer the hon. Member to the answers I gave him on 23 January at column 392 and on 5 March at column413 and to the answer I gave to my hon. Friend the Member for Hastings and Rye (Mr. Warren) on 16 December 1983 at column 609.',
        due=None,
        vague=False,
        said='1984-06-12 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_FALKLANDS_1984,
        published='1984-06-12',
    ),
    # the same answers: a visit 'from 2–8 June' that is over by 12 June (this June) is the past; the year-less range must not roll to 1985
    B(
        text="Sir Rex Hunt's visit to London from 2–8 June, which had been planned for some time, was one of a series of routine visits to discuss a wide range of internal Falklands matters as well as international aspects.",
        due=None,
        vague=False,
        said='1984-06-12 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_FALKLANDS_1984,
        published='1984-06-12',
    ),
    # Dáil written answers, Tuesday 2 May 2017 (Taoiseach, Cabinet Committee on Housing): 'scheduled to meet again on 15 May' (this year), end of day (IST)
    B(
        text='It is scheduled to meet again on 15 May.',
        due='2017-05-15 22:59:59',
        vague=False,
        said='2017-05-02 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_CABINET_CTTEES,
        published='2017-05-02',
    ),
    # the same answers: the past meeting ('12th December 2016') and the next one ('9th May 2017'): the future meeting counts, end of day (IST)
    B(
        text='It last met on 12th December 2016 and is due to meet again on 9th May 2017.',
        due='2017-05-09 22:59:59',
        vague=False,
        said='2017-05-02 09:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source=_CABINET_CTTEES,
        published='2017-05-02',
    ),
    # the same answers: met 'on March 23rd' (past) and 'will meet again on July 20th' (this year): 20 July 2017, end of day (IST)
    B(
        text='The Monitoring Group for the Plan, chaired by Minister Humphreys, met on March 23rd and will meet again on July 20th.',
        due='2017-07-20 22:59:59',
        vague=False,
        said='2017-05-02 09:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source=_CABINET_CTTEES,
        published='2017-05-02',
    ),
    # Dáil written answers, Wednesday 16 January 2013 (Arts, Heritage and the Gaeltacht): 'in the past twelve months' is a past span: past
    B(
        text='I can advise the Deputy that no regulatory impact assessments have been carried out by my Department in the past twelve months.',
        due=None,
        vague=False,
        said='2013-01-16 10:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_RIA_2013,
        published='2013-01-16',
    ),
    # European Commission proposal COM(2016) 283 (consumer protection cooperation), Wednesday 25 May 2016, explanatory memorandum (read on a document mirror): a conclusion 'Originally due by the end of 2014' that was postponed with no new time is a called-off time: negated (CONVENTIONS 4.1); it is also long past
    B(
        text='Originally due by the end of 2014, the conclusion of this revision was postponed to also take into account the political priorities of the current Commission.',
        due=None,
        vague=False,
        said='2016-05-25 08:00:00',
        tz='Europe/Brussels',
        refusal='negated',
        cluster=5,
        source=_CPC_2016,
        published='2016-05-25',
    ),
    # the same memorandum: an evaluation 'Starting in 2012' and a consultation already held is the past; the '2' after 'evaluation' is a footnote mark kept as printed
    B(
        text='Starting in 2012, the Commission completed an external evaluation 2 of the functioning of the CPC Regulation.',
        due=None,
        vague=False,
        said='2016-05-25 08:00:00',
        tz='Europe/Brussels',
        refusal='past',
        cluster=5,
        source=_CPC_2016,
        published='2016-05-25',
    ),
    # Commons oral answer, Tuesday 19 November 1946 (Scottish housing report): 'will be published as soon as possible' is the speaker's undertaking: vague 60 days (CONVENTIONS 5.1), 18 January 1947, end of day (GMT)
    B(
        text='The Report of the Scottish Housing Advisory Committee on the modernisation of existing houses is at present in the hands of the printer, and will be published as soon as possible.',
        due='1947-01-18 23:59:59',
        vague=True,
        said='1946-11-19 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_SCOT_HOUSING,
        published='1946-11-19',
    ),
    # the same exchange: 'as soon as it is finished' hangs the publication on the printers' undated finish: event (CONVENTIONS 5.2)
    B(
        text='It has been in their hands a fair time, and we hope that it will be published as soon as it is finished.',
        due=None,
        vague=False,
        said='1946-11-19 10:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source=_SCOT_HOUSING,
        published='1946-11-19',
    ),
    # Commons, Scotland questions, Wednesday 22 January 1975: payments that 'will start in 1975–76' and run through the year give only a start, the first day of the GB financial year: earliest, 1 April 1975 00:00 (BST) (CONVENTIONS 3.2)
    B(
        text='The payments will start in 1975–76 and will, like the rate support grant generally, be paid throughout the year.',
        due=None,
        vague=False,
        said='1975-01-22 10:00:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='1975-03-31 23:00:00',
        cluster=4,
        source=_SCOT_1975,
        published='1975-01-22',
    ),
    # the same answer: a report 'published on 20th January' (two days before) is the past; 'paragraph 27' and 'Order 1975' are names
    B(
        text='We have already done so, as is explained in paragraph 27 of the report—published on 20th January—on the Rate Support Grant (Scotland) Order 1975.',
        due=None,
        vague=False,
        said='1975-01-22 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_SCOT_1975,
        published='1975-01-22',
    ),
    # Commons, Scotland questions, Wednesday 27 April 1977: money allocated for lending 'in 1977–78' is to be lent within the GB financial year that ends 31 March 1978, end of day (BST). unsure: a reader may take the sentence as a report of an allocation already made (past)
    B(
        text='Scottish local authorities have been allocated £13·8 million for lending to individuals for house purchase and improvement in 1977–78.',
        due='1978-03-31 22:59:59',
        vague=False,
        said='1977-04-27 09:00:00',
        tz='Europe/London',
        cluster=4,
        source=_SCOT_1977,
        published='1977-04-27',
    ),
    # the same answer: 'The amount for 1978–79 has not been fixed' names a later financial year with no undertaking: no deadline
    B(
        text='The amount for 1978–79 has not been fixed but is likely to be about the same in real terms.',
        due=None,
        vague=False,
        said='1977-04-27 09:00:00',
        tz='Europe/London',
        cluster=4,
        source=_SCOT_1977,
        published='1977-04-27',
    ),
    # Commons, Scotland questions, Wednesday 15 November 1978 (lime subsidy): quantities used 'between October 1974 and September 1975' and 'the following year' are the past; the amounts written in words are no dates
    B(
        text='Seven hundred and twenty-eight thousand tonnes of subsidised lime were used between October 1974 and September 1975 and 1,098,000 tonnes the following year.',
        due=None,
        vague=False,
        said='1978-11-15 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=1,
        source=_SCOT_1978,
        published='1978-11-15',
    ),
    # Commons, Scotland questions, Wednesday 10 November 1976 (Ninewells Hospital): the only date, a certificate 'issued on 26th October 1976', is the past; no decision is promised
    B(
        text='As the building contractors have moved for arbitration in the light of the final certificate issued on 26th October 1976 and have also started legal proceedings against the health board, it would be inappropriate to take a decision at this stage on the holding of an inquiry.',
        due=None,
        vague=False,
        said='1976-11-10 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_SCOT_1976,
        published='1976-11-10',
    ),
    # Federal Register, Friday 19 March 2010 (Nuclear Regulatory Commission, Oconee amendment notice, govinfo): findings to be made 'Before issuance of the proposed license amendment' hang on an undated act: event; 'Act of 1954' is a name
    B(
        text="Before issuance of the proposed license amendment, the Commission will have made findings required by the Atomic Energy Act of 1954, as amended (the Act), and the Commission's regulations.",
        due=None,
        vague=False,
        said='2010-03-19 14:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source=_NRC_OCONEE,
        published='2010-03-19',
    ),
    # Federal Register, Friday 10 September 2010 (NRC order revoking a radiography licence, via federal.elaws.us): a licence 'due to expire on February 28, 2016' is a one-off event at a time (CONVENTIONS 3.1), end of day (EST); the licence number, '10 CFR Part 34' and the past amendment date 'May 28, 2010' are no deadline
    B(
        text="Mattingly Testing Services, Inc., (Mattingly or licensee) is the holder of Materials License 25-21479-01 issued by the U.S. Nuclear Regulatory Commission (NRC or Commission) pursuant to 10 CFR Part 34, last amended on May 28, 2010, to change the facility's permanent storage location and to name a new radiation safety officer, and due to expire on February 28, 2016.",
        due='2016-02-29 04:59:59',
        vague=False,
        said='2010-09-10 14:00:00',
        tz='America/New_York',
        cluster=1,
        source=_NRC_MATTINGLY,
        published='2010-09-10',
    ),
    # the same order: Confirmatory Orders 'issued on March 6, 2009' after sessions 'on February 5, 2009' are the past; the case numbers are no dates
    B(
        text='Currently, both Mattingly (EA-08-271) and its president (IA-08-028) are subject to Confirmatory Orders issued on March 6, 2009, which resulted from alternative dispute resolution (ADR) mediation sessions conducted on February 5, 2009.',
        due=None,
        vague=False,
        said='2010-09-10 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=1,
        source=_NRC_MATTINGLY,
        published='2010-09-10',
    ),
    # Dáil written answer, Wednesday 17 June 2015 (Health, national children's hospital, read on KildareStreet): 'in the coming weeks' is the vague 4 weeks: 15 July 2015, end of day (IST)
    B(
        text='Design development is ongoing and a planning submission is to be made in the coming weeks.',
        due='2015-07-15 22:59:59',
        vague=True,
        said='2015-06-17 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_CHILDRENS_HOSP,
        published='2015-06-17',
    ),
    # the same answer: work 'scheduled to commence ... in early 2016' is a one-off start at a time (CONVENTIONS 3.1); early in a year is January-April: 30 April 2016, end of day (IST). unsure: a reader may take 'commence' as start-only wording (CONVENTIONS 3.2: earliest, 1 January 2016)
    B(
        text="Subject to planning, work is scheduled to commence at the main site at St. James's, and at satellite centre sites at Connolly and Tallaght, in early 2016.",
        due='2016-04-30 22:59:59',
        vague=False,
        said='2015-06-17 09:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source=_CHILDRENS_HOSP,
        published='2015-06-17',
    ),
    # Dáil, Wednesday 1 March 1995 (Health, Tallaght Hospital): work begun 'in October 1993' (past) and 'due to be completed by December 1996': the month's end, 31 December 1996, end of day (GMT)
    B(
        text='Building work commenced on the Tallaght Hospital in October 1993 and is due to be completed by December 1996.',
        due='1996-12-31 23:59:59',
        vague=False,
        said='1995-03-01 10:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source=_TALLAGHT,
        published='1995-03-01',
    ),
    # the same answer: 'scheduled to open in 1997' falls due at the year's end, 31 December 1997, end of day (GMT)
    B(
        text='The hospital is scheduled to open in 1997, as planned.',
        due='1997-12-31 23:59:59',
        vague=False,
        said='1995-03-01 10:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_TALLAGHT,
        published='1995-03-01',
    ),
    # Federal Register, Tuesday 20 March 2012 (FAA airworthiness directive, Bombardier CL-215/415, read on vLex): 'becomes effective April 24, 2012' is a one-off event at a time (CONVENTIONS 3.1), end of day (EDT); the model numbers and 'AD 2012-05-05' are no dates
    B(
        text='DATES: This AD becomes effective April 24, 2012.',
        due='2012-04-25 03:59:59',
        vague=False,
        said='2012-03-20 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_FAA_CL215,
        published='2012-03-20',
    ),
    # Dáil written answers, Tuesday 17 October 2023 (Education, free schoolbooks): a commitment 'to commence ... in September 2020' told three years later is the past
    B(
        text='The introduction of this measure directly addressed our commitment under the Programme for Government to commence a free schoolbooks scheme pilot in September 2020 and expand the scheme to schools nationwide, as resources allow.',
        due=None,
        vague=False,
        said='2023-10-17 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_SCHOOLBOOKS,
        published='2023-10-17',
    ),
    # Seanad statements, Thursday 24 September 2020 (Minister for Education): a strategy 'for the next six to nine months' is a window from now; the range falls due at its later end (CONVENTIONS 1.1, 6.1): 24 June 2021, end of day (IST); '2020-2021' names the plan
    B(
        text='That plan sets out the framework for restrictive measures and is a risk management strategy for the next six to nine months.',
        due='2021-06-24 22:59:59',
        vague=False,
        said='2020-09-24 09:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source=_SEANAD_SCHOOLS,
        published='2020-09-24',
    ),
    # Joint Committee on Education, Wednesday 12 October 2022: a six-minute slot for each member is a standing rule of the meeting: recurring (CONVENTIONS 1.3)
    B(
        text='Each member has a six-minute slot to ask questions and for the Minister to respond.',
        due=None,
        vague=False,
        said='2022-10-12 09:00:00',
        tz='Europe/Dublin',
        refusal='recurring',
        cluster=5,
        source=_EDU_CTTEE,
        published='2022-10-12',
    ),
    # the same meeting: publishing the statement 'following the meeting' hangs on an event with no clock time: event
    B(
        text='As the Minister is probably aware, the committee will publish the opening statement on its website following the meeting.',
        due=None,
        vague=False,
        said='2022-10-12 09:00:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=5,
        source=_EDU_CTTEE,
        published='2022-10-12',
    ),
    # kremlin.ru, list of instructions (print view, undated there; the neighbouring documents date it to mid-January 2022, 14 January 2022 taken; the label holds for any day before the end of 2024): rural internet connection 'by 2024' falls due at the year's end, 31 December 2024, end of day (MSK)
    B(
        text='The Government, jointly with the RSPP, was instructed to take additional steps to accelerate internet connection of rural households by 2024, and to determine support mechanisms for establishing and developing road, energy and other infrastructure in privately-owned techno parks pursuing information and communication technology projects.',
        due='2024-12-31 20:59:59',
        vague=False,
        said='2022-01-14 07:00:00',
        tz='Europe/Moscow',
        cluster=6,
        source=_KREMLIN_RSPP,
        published='2022-01-14',
    ),
    # kremlin.ru, Russian Geographical Society Board of Trustees, Wednesday 14 April 2021: a meeting that could not be held 'Last year' is the past
    B(
        text='Last year, for obvious reasons, we could not hold the traditional meeting of the RGO Board of Trustees.',
        due=None,
        vague=False,
        said='2021-04-14 07:00:00',
        tz='Europe/Moscow',
        refusal='past',
        cluster=5,
        source=_KREMLIN_RGO_2021,
        published='2021-04-14',
    ),
    # kremlin.ru, Russian Geographical Society Board of Trustees, Friday 29 April 2016: 'since 2009' is a past anchor of a standing role: past
    B(
        text='Vladimir Putin has been the Chairman of the Board of Trustees since 2009.',
        due=None,
        vague=False,
        said='2016-04-29 07:00:00',
        tz='Europe/Moscow',
        refusal='past',
        cluster=5,
        source=_KREMLIN_RGO_2016,
        published='2016-04-29',
    ),
    # Federal Register, Monday 14 June 1999 (EPA Science Advisory Board, read in the UNT web archive of GPO Access): a teleconference 'on Wednesday, June 30, 1999, between the hours of 11:00 a.m. and 2:00 p.m., Eastern Time' falls due at its later end, 14:00 EDT = 18:00 UTC; 'Public Law 92-463' is a name
    B(
        text="Pursuant to the Federal Advisory Committee Act, Public Law 92-463, notice is hereby given that the Science Advisory Board's (SAB) Executive Committee (EC) will conduct a public teleconference meeting on Wednesday, June 30, 1999, between the hours of 11:00 a.m. and 2:00 p.m., Eastern Time.",
        due='1999-06-30 18:00:00',
        vague=False,
        said='1999-06-14 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_SAB_JUNE99,
        published='1999-06-14',
    ),
    # Federal Register, Wednesday 12 May 1999 (EPA Science Advisory Board, UNT web archive): instructions to be obtained 'by May 21, 1999', end of day (EDT); the telephone number '(202) 260- 4126' is no time
    B(
        text='Additional instructions about how to participate in the conference call can be obtained by calling Ms. Priscilla Tillery-Gadson at (202) 260- 4126, and via e-mail at: tillery-priscilla@epa.gov by May 21, 1999.',
        due='1999-05-22 03:59:59',
        vague=False,
        said='1999-05-12 14:00:00',
        tz='America/New_York',
        cluster=1,
        source=_SAB_MAY99,
        published='1999-05-12',
    ),
    # Federal Register, Tuesday 21 January 2003 (EPA SAB Human Health Strategy Review Panel, via federal.elaws.us): 'on February 7, 2003 from 1 p.m. to 3 p.m. eastern time': the later end, 15:00 EST = 20:00 UTC
    B(
        text="Pursuant to the Federal Advisory Committee Act, Public Law 92-463, Notice is hereby given that the Human Health Strategy Review Panel (HHRS Review Panel) of the U.S. Environmental Protection Agency's (EPA) Science Advisory Board (SAB) will meet via teleconference on February 7, 2003 from 1 p.m. to 3 p.m. eastern time.",
        due='2003-02-07 20:00:00',
        vague=False,
        said='2003-01-21 15:00:00',
        tz='America/New_York',
        cluster=2,
        source=_SAB_2003,
        published='2003-01-21',
    ),
    # the same notice: meetings 'that have since been convened' in October and November 2002 are the past; '67 FR 63422' is a citation
    B(
        text='Subsequently, notice was published October 11, 2002 (67 FR 63422) detailing meetings that have since been convened: a teleconference on October 23, 2002, and a face to face meeting in RTP, North Carolina on November 20-22, 2002.',
        due=None,
        vague=False,
        said='2003-01-21 15:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=1,
        source=_SAB_2003,
        published='2003-01-21',
    ),
    # Federal Register, Tuesday 15 March 2005 (EPA SAB budget advisory, edocket.access.gpo.gov): 'on April 1, 2005, via teleconference from 1 p.m. to 3 p.m. (eastern standard time)': 15:00 EST (the zone word as written; daylight time began on 3 April that year) = 20:00 UTC; 'FY 2006' names the budget
    B(
        text='The SAB will meet on April 1, 2005, via teleconference from 1 p.m. to 3 p.m. (eastern standard time).',
        due='2005-04-01 20:00:00',
        vague=False,
        said='2005-03-15 15:00:00',
        tz='America/New_York',
        cluster=2,
        source=_SAB_2005,
        published='2005-03-15',
    ),
    # Federal Register, Monday 7 October 2019 (Administration for Children and Families, information collection, via Justia): 'within 30 days of publication' counts from this notice's publication, the reference: 6 November 2019, end of day (EST)
    B(
        text='DATES: Comments due within 30 days of publication.',
        due='2019-11-07 04:59:59',
        vague=False,
        said='2019-10-07 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_ACF_2019,
        published='2019-10-07',
    ),
    # the same notice: a decision 'between 30 and 60 days after publication of this document in the Federal Register' falls due at the later end, 60 days on: 6 December 2019, end of day (EST)
    B(
        text='OMB is required to make a decision concerning the collection of information between 30 and 60 days after publication of this document in the Federal Register.',
        due='2019-12-07 04:59:59',
        vague=False,
        said='2019-10-07 14:00:00',
        tz='America/New_York',
        cluster=3,
        source=_ACF_2019,
        published='2019-10-07',
    ),
    # Federal Register, Monday 25 March 2019 (Administration for Community Living, SPIL instrument, via Justia): an approval that 'will expire on April 30, 2019' is a one-off event at a time (CONVENTIONS 3.1), end of day (EDT)
    B(
        text='The current version of the SPIL Instrument and Instructions that ACL is requesting an extension for was approved by OMB, but will expire on April 30, 2019.',
        due='2019-05-01 03:59:59',
        vague=False,
        said='2019-03-25 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_ACL_2019,
        published='2019-03-25',
    ),
    # the same notice: '12 months after expiration' counts from an event the sentence does not date: event (CONVENTIONS 1.3)
    B(
        text='Under this request, ACL requests that OMB approve an extension without change for 12 months after expiration.',
        due=None,
        vague=False,
        said='2019-03-25 14:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source=_ACL_2019,
        published='2019-03-25',
    ),
    # the same notice: collection 'every three years' is a standing schedule: recurring
    B(
        text='Federal statute and regulations require the collection of this information every three years.',
        due=None,
        vague=False,
        said='2019-03-25 14:00:00',
        tz='America/New_York',
        refusal='recurring',
        cluster=5,
        source=_ACL_2019,
        published='2019-03-25',
    ),
    # Dáil Order of Business, Thursday 2 July 1998: business interrupted 'not later than 7 p.m.' today (IST) = 18:00 UTC; '4.45 p.m.' is only the lower bound of the sitting
    B(
        text='(1) The Dáil shall sit later than 4.45 p.m. today and business shall be interrupted not later than 7 p.m.',
        due='1998-07-02 18:00:00',
        vague=False,
        said='1998-07-02 09:00:00',
        tz='Europe/Dublin',
        cluster=2,
        source=_DAIL_1998,
        published='1998-07-02',
    ),
    # Dáil, Financial Resolutions allocation of time, Wednesday 3 December 1997: three conclusion times that day, the last counts (CONVENTIONS 6.1): 23:30 (GMT); 'Nos. 1 to 8' and 'Resolutions 1998' are no times
    B(
        text='That, notwithstanding anything in Standing Orders, Financial Motions Nos. 1 to 8, inclusive, shall be moved and grouped together in accordance with the schedule below for the purpose of debate and the proceedings thereon, and on any amendments thereto, if not previously concluded, shall be brought to a conclusion by one question in the case of each Resolution not later than the times indicated: Resolutions Nos. 1 to 4 at 9.30 p.m.; Resolutions Nos. 5 and 6 at 10.30 p.m. and Resolutions Nos. 7 and 8 at 11.30 p.m.',
        due='1997-12-03 23:30:00',
        vague=False,
        said='1997-12-03 10:00:00',
        tz='Europe/Dublin',
        cluster=2,
        source=_DAIL_1997,
        published='1997-12-03',
    ),
    # Dáil Order of Business, Thursday 27 June 1974: a division moved from '10.15 p.m. next Tuesday' to '10.15 p.m. on Wednesday instead': the new time counts (CONVENTIONS 4.1), Wednesday 3 July 1974, 22:15 (IST) = 21:15 UTC
    B(
        text='By agreement, it is proposed that any Estimate division due to be taken at 10.15 p.m. next Tuesday will be taken at 10.15 p.m. on Wednesday instead.',
        due='1974-07-03 21:15:00',
        vague=False,
        said='1974-06-27 09:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source=_DAIL_1974,
        published='1974-06-27',
    ),
    # Dáil, Business of Dáil, Thursday 11 October 2018: suspending the House 'until 4.30 p.m.' that day (IST) = 15:30 UTC
    B(
        text='I propose we suspend the House until 4.30 p.m., at which time the Taoiseach will be present.',
        due='2018-10-11 15:30:00',
        vague=False,
        said='2018-10-11 09:00:00',
        tz='Europe/Dublin',
        cluster=2,
        source=_DAIL_2018,
        published='2018-10-11',
    ),
    # the same sitting: 'suspended at 4.22 p.m. and resumed at 4.33 p.m.' is the record of what happened: past
    B(
        text='Sitting suspended at 4.22 p.m. and resumed at 4.33 p.m.',
        due=None,
        vague=False,
        said='2018-10-11 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=2,
        source=_DAIL_2018,
        published='2018-10-11',
    ),
    # White House, Statement by the Press Secretary, Wednesday 29 October 2003 (georgewbush-whitehouse.archives.gov): bills 'signed into law' that day are an act already done: past; 'H.R. 1990' is a bill number, not a year
    B(
        text='On Wednesday, October 29, 2003, the President signed into law:',
        due=None,
        vague=False,
        said='2003-10-29 15:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=1,
        source=_WH_HR1990,
        published='2003-10-29',
    ),
    # White House, President's remarks at the Capitol, Thursday 22 May 2003, 9:34 a.m. (EDT; the page prints 'EST'): 'signing the economic recovery bill soon' is the vague 60 days: 21 July 2003, end of day (EDT)
    B(
        text='I look forward to signing the economic recovery bill soon.',
        due='2003-07-22 03:59:59',
        vague=True,
        said='2003-05-22 13:34:00',
        tz='America/New_York',
        cluster=6,
        source=_WH_RECOVERY,
        published='2003-05-22',
    ),
    # the same remarks: Medicare work 'when they come back' from the recess hangs on an undated return: event
    B(
        text="And when they come back, we're going to work together on reforming of Medicare.",
        due=None,
        vague=False,
        said='2003-05-22 13:34:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source=_WH_RECOVERY,
        published='2003-05-22',
    ),
    # Weekly Compilation of Presidential Documents, issue of Monday 3 November 2003 (Office of the Federal Register, read on docslib): printing 'next week' is the week after the Monday-to-Sunday week: Sunday 16 November 2003, end of day (EST). unsure: the note was written on the closing date, Friday 31 October, and a reader counting from then gets Sunday 9 November
    B(
        text='Releases and announcements issued by the Office of the Press Secretary but not received in time for inclusion in this issue will be printed next week.',
        due='2003-11-17 04:59:59',
        vague=False,
        said='2003-11-03 15:00:00',
        tz='America/New_York',
        cluster=4,
        source=_WCPD_2003,
        published='2003-11-03',
    ),
    # Commons written statement, Monday 5 February 2024 (Public Health Grant allocations, read on Parallel Parliament): 'Today I am publishing' is a day word on the act: that day, end of day (GMT) (CONVENTIONS 2.1); '2024-25' names the financial year of the allocations, not the deadline
    B(
        text='Today I am publishing the Public Health Grant allocations to local authorities in England for 2024-25.',
        due='2024-02-05 23:59:59',
        vague=False,
        said='2024-02-05 10:00:00',
        tz='Europe/London',
        cluster=4,
        source=_PH_GRANT,
        published='2024-02-05',
    ),
    # the same statement: investing 'From 2024-25 ... per year' gives only the start of an ongoing spend, the first day of the GB financial year: earliest, 1 April 2024 00:00 (BST) (CONVENTIONS 3.2)
    B(
        text='From 2024-25 we are investing an additional £70 million per year to support local authority-led stop smoking services—nearly doubling current spend on these services—in support of our commitment to deliver a smoke-free generation.',
        due=None,
        vague=False,
        said='2024-02-05 10:00:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='2024-03-31 23:00:00',
        cluster=4,
        source=_PH_GRANT,
        published='2024-02-05',
    ),
    # the same statement: an increase delivered 'over the two years 2023-24 and 2024-25' falls due at the end of the later GB financial year, 31 March 2025, end of day (BST); '4%' is an amount
    B(
        text='This overall package will deliver a real-terms increase of more than 4% over the two years 2023-24 and 2024-25 in DHSC funding allocated for local authority public health functions over the spending review period, enabling local authorities to invest in the prevention of ill health and in essential frontline services.',
        due='2025-03-31 22:59:59',
        vague=False,
        said='2024-02-05 10:00:00',
        tz='Europe/London',
        cluster=4,
        source=_PH_GRANT,
        published='2024-02-05',
    ),
    # Commission Implementing Regulation (EU) 2020/532 of Thursday 16 April 2020 (recital, read on legislation.gov.uk; the clause up to 'wine sector'): notifying 'by 15 July of each year' is a standing annual schedule: recurring; 'No 809/2014' is a number
    B(
        text='Article 9 of Implementing Regulation (EU) No 809/2014 requires Member States to notify the Commission by 15 July of each year of the control data and control statistics covering the previous calendar year for all direct payment schemes, rural development measures and technical assistance and support schemes in the wine sector',
        due=None,
        vague=False,
        said='2020-04-16 08:00:00',
        tz='Europe/Brussels',
        refusal='recurring',
        cluster=5,
        source=_EU_2020_532,
        published='2020-04-16',
    ),
    # European Commission infringement package press text (read on a mirror, undated there; taken as 7 February 2024, the label holds for any later day): an obligation that 'needed to be transposed by 17 December 2021' is a deadline already past: past
    B(
        text='This obligation needed to be transposed by 17 December 2021.',
        due=None,
        vague=False,
        said='2024-02-07 08:00:00',
        tz='Europe/Brussels',
        refusal='past',
        cluster=5,
        source=_EU_TRANSPOSE,
        published='2024-02-07',
    ),
    # Highways England on gov.uk, weekly summary for 8-14 August 2016 (publication day not shown; taken as Friday 5 August 2016, the label holds for any day before 12 August): the southbound closure on 'Saturday 13 August ... between 11pm and 7am' is an overnight window that ends at 07:00 on Sunday 14 August (BST) = 06:00 UTC. unsure: a reader may end it at 07:00 on Saturday 13 August
    B(
        text='The M1 will be closed northbound between the two junctions on Friday 12 August, and southbound on Saturday 13 August, between 11pm and 7am.',
        due='2016-08-14 06:00:00',
        vague=False,
        said='2016-08-05 09:00:00',
        tz='Europe/London',
        cluster=2,
        source=_HE_AUG16,
        published='2016-08-05',
    ),
    # Highways England on gov.uk, weekly summary for 4-10 April 2016 (taken as Friday 1 April 2016; the label holds for any day before 4 April): surveys 'between Monday 4 and Friday 8 April' fall due at the range's later end, 8 April 2016, end of day (BST); 'junction 10 to 13' are road numbers
    B(
        text='We are carrying out pavement surveys between Monday 4 and Friday 8 April.',
        due='2016-04-08 22:59:59',
        vague=False,
        said='2016-04-01 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_HE_APR16,
        published='2016-04-01',
    ),
    # the same summary: nightly work 'between Monday 4 and Friday 8 April, working from 8pm to 6am' ends with the Friday night's shift, 06:00 on Saturday 9 April 2016 (BST) = 05:00 UTC. unsure: a reader may end it at 06:00 on Friday 8 April (the last shift starting on the Thursday night)
    B(
        text='We are repairing the A11 at Wymondham between Monday 4 and Friday 8 April, working from 8pm to 6am.',
        due='2016-04-09 05:00:00',
        vague=False,
        said='2016-04-01 09:00:00',
        tz='Europe/London',
        cluster=2,
        source=_HE_APR16,
        published='2016-04-01',
    ),
    # Dáil written answers, Wednesday 11 February 2004 (Transport, south eastern motorway): the original target 'September 2004' is replaced by 'September 2005'; the new time counts (CONVENTIONS 4.1): 30 September 2005, end of day (IST); the legal proviso does not move it
    B(
        text='I am informed by the NRA that the original targeted completion date was September 2004 and that the current target for the completion of the full project is September 2005, subject to the satisfactory resolution of outstanding legal issues regarding national monuments.',
        due='2005-09-30 22:59:59',
        vague=False,
        said='2004-02-11 10:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source=_SE_MOTORWAY,
        published='2004-02-11',
    ),
    # Dáil written answers, Tuesday 4 May 2004 (Transport, Red Cow interchange): to 'commence in spring 2005 and be completed by spring 2007': the completion counts, meteorological spring ends 31 May 2007, end of day (IST)
    B(
        text='Subject to satisfactory progress in planning and design and securing An Bord Pleanála approval, it is expected that work on upgrading the Red Cow interchange will commence in spring 2005 and be completed by spring 2007.',
        due='2007-05-31 22:59:59',
        vague=False,
        said='2004-05-04 09:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source=_RED_COW,
        published='2004-05-04',
    ),
    # Dáil, Thursday 23 June 2005, 3 p.m. (read on KildareStreet): 'between 18 months and two years' counted 'from commencement of detailed design', an undated start: event (CONVENTIONS 1.3)
    B(
        text='The construction of the bridge, from commencement of detailed design through tendering and commissioning, will take between 18 months and two years to complete.',
        due=None,
        vague=False,
        said='2005-06-23 14:00:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=5,
        source=_ISLAND_BRIDGE,
        published='2005-06-23',
    ),
    # Dáil written answer, Wednesday 12 November 2008 (Transport, DART Underground and Metro West, read on KildareStreet): applications 'by the end of 2009': 31 December 2009, end of day (GMT)
    B(
        text='However, I can tell the Deputy that the provision will be sufficient to allow work to continue on both projects and that Iarnród Éireann and the RPA plan to be in a position to submit applications for Railway Orders for both projects by the end of 2009.',
        due='2009-12-31 23:59:59',
        vague=False,
        said='2008-11-12 10:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source=_METRO_WEST,
        published='2008-11-12',
    ),
    # the same answer: 'No construction activity is proposed during 2009' denies the time: negated (CONVENTIONS 4.1)
    B(
        text='No construction activity is proposed during 2009.',
        due=None,
        vague=False,
        said='2008-11-12 10:00:00',
        tz='Europe/Dublin',
        refusal='negated',
        cluster=5,
        source=_METRO_WEST,
        published='2008-11-12',
    ),
    # Dáil written answer, Thursday 8 November 2007 (Transport 21, read on KildareStreet): the aim 'to complete the Transport 21 programme by the end of 2015': 31 December 2015, end of day (GMT); '21' is part of the name
    B(
        text='However, the aim continues to be to complete the Transport 21 programme by the end of 2015.',
        due='2015-12-31 23:59:59',
        vague=False,
        said='2007-11-08 10:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_TRANSPORT21,
        published='2007-11-08',
    ),
)
