"""A TWENTIETH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-02 (UTC), between about 13:34 and 14:00 by the machine's
clock, by a labelling helper (branch issue12l-s16b) that neither changed nor ran the parser:
it read only `CONVENTIONS.md` (the labelling rules settled on 2026-12-02, with rule 2.4 on
the perfect tense, which win over any earlier set's comment), the docstring of
`blind_real.py`, `blind_fresh19.py` and its comments, the parser package's docstring (for
the documented vague windows, business days, decades and period forms), the README next to
this file and the scoring rule of `bench/deadlines.py` (a case is right when both say no
deadline, or the due instant agrees to the minute and, for a case labelled vague, the
parser's result is vague too). The sentences were found with a search over stored copies of
public pages and taken as they came in the pages read; see README.md ("Twentieth fresh
blind set") for every address, publisher and licence. No address listed in README.md, in a
`#` header under `tests/data/articles/` or `tests/data/agreement/`, or in the shared claims
file was used: each was checked against those lists and claimed (`fresh20`) before a quote
was taken (many pages the searches offered were already used and were dropped); and no
sentence already in another set (checked by a text search over the set files). Each label
was worked out by hand from the words, the publication date and the publisher's zone alone;
the conversion of local instants to UTC wall time and the weekday and day-count arithmetic
were done with Python's zoneinfo and datetime, never with code of the project. No run of
`parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the tests touched these
texts before the labels were committed; the helpers improving the parser have not seen them.
See README.md for the count and the composition by publisher and by kind.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.2"), then `blind_real.py`: the publisher's zone (UK Parliament and gov.uk:
Europe/London; Oireachtas: Europe/Dublin; kremlin.ru: Europe/Moscow; EU institutions:
Europe/Brussels; US federal publishers, NASA (JPL included), VOA and the White House:
America/New_York; Wikinews: UTC, as in the earlier sets); the publication date at 10:00
local unless the source gives the time of speaking; a day falls due at 23:59:59 local; a
clock time without a zone word is in the publisher's zone; a range or a schedule falls due
at its later end; GB years written '1981–82' in public spending are the GB financial year
ending 31 March (as in the earlier sets); "early", "mid" and "late" split a period in
thirds, decades as the docstring says (early 0-2, mid 3-6, late 7-9); business and working
days skip Saturdays and Sundays; vague windows as the parser's docstring documents them
("soon", "shortly": 60 days; CONVENTIONS 5.1), at the end of the day they reach; refusals
have `due=None` and a `refusal` kind (earliest | negated | past | event | recurring), with
`earliest` at 00:00 local for start-only wording. Where the carrying page shows no date,
the comment says which reference was taken and for which range of days the label holds.
Labels marked "unsure" name the other reading; like every label here they stay as
committed, whatever the first run shows. First run: not yet taken (the lead runs it once,
after merging, and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_GRANTS_2010 = 'https://www.oireachtas.ie/ga/debates/question/2010-05-11/299/'
_GRANTS_2001 = 'https://www.oireachtas.ie/en/debates/debate/dail/2001-04-10/84/'
_JPL_MSL_MEDIA = 'https://spacenews.com/?p=63969'
_USBR_UC_FEED = 'http://www.usbr.gov/newsroom/rssxml/ucrssfeed.cfm'
_FWS_MUSSELS_2003 = 'https://www.fws.gov/policy/library/2003/03-18081.html'
_FWS_HIGGINSI_1998 = 'http://federal.elaws.us/fr/6/22/1998/98-16469'
_FWS_PIGTOE_2013 = 'https://fws.gov/policy/library/2013/2013-16032.html'
_GUTHRIE_2012 = 'https://www.oireachtas.ie/en/debates/debate/dail/2012-03-27/30/'
_OFFSHORE_WIND_2012 = 'https://www.oireachtas.ie/en/debates/debate/dail/2012-06-26/28/'
_DAS_2012 = 'https://www.oireachtas.ie/ga/debates/debate/dail/2012-02-09/27'
_WH_SCHEDULE_SEP20 = 'https://www.capitalthinkingblog.com/2020/09/us-executive-branch-update-september-10-2020/'
_SKELMERSDALE_1977 = 'https://api.parliament.uk/historic-hansard/written-answers/1977/dec/16/skelmersdale-new-town-hospital'
_NEWBURY_1977 = 'https://api.parliament.uk/historic-hansard/written_answers/1977/mar/04/hospital-newbury'
_LINDLEY_1963 = 'https://api.parliament.uk/historic-hansard/commons/1963/jul/01/lindley-hospital-huddersfield'
_HOSPITALS_1981 = 'https://api.parliament.uk/historic-hansard/commons/1981/mar/03/general-hospitals'
_WEST_CORNWALL_1960 = 'https://api.parliament.uk/historic-hansard/written-answers/1960/jul/19/new-hospital-west-cornwall'
_WEST_FIFE_1974 = 'https://api.parliament.uk/historic-hansard/commons/1974/dec/11/hospitals-west-fife'
_DUNFERMLINE_1976 = 'https://api.parliament.uk/historic-hansard/commons/1976/mar/03/dunfermline-general-hospital'
_KREMLIN_SECCOUNCIL_APR20 = 'http://en.kremlin.ru/events/president/news/63143'
_DOE_EFRC_2013 = 'https://sc-osti.dvr.dn2.n-helix.com/Science-Features/News-Archive/Science-Headlines/2013/09-30-13'
_DOE_FOA_113 = 'https://studylib.net/doc/11836711/financial-assistance-funding-opportunity-announcement'
_DFE_BLOG_OFSTED = 'https://educationhub.blog.gov.uk/2019/05/ofsted-framework'
_VOA_ASSANGE = 'https://www.voanews.com/a/london-trial-of-wikileaks-founder-adjourned-115944179/170483.html'
_SCHOOL_LOI_2024 = 'https://www.oireachtas.ie/en/debates/question/2024-03-21/207/'
_SCHOOL_PREQUAL_2018 = 'https://www.oireachtas.ie/en/debates/question/2018-10-09/98/'
_SCHOOL_EXTENSION_2018 = 'https://www.oireachtas.ie/ga/debates/question/2018-04-24/187/'
_LORDS_OP_28JAN16 = 'https://publications.parliament.uk/pa/ld201516/minutes/160128/ldordpap.htm'
_LORDS_OP_26MAY16 = 'https://publications.parliament.uk/pa/ld201617/minutes/160526/ldordpap.htm'
_LORDS_OP_26NOV15 = 'https://publications.parliament.uk/pa/ld201516/minutes/151126/ldordpap.htm'
_KREMLIN_FA_LEADERS_2017 = 'http://en.special.kremlin.ru/catalog/persons/215/events/56495'
_MMO_TIMELINE = 'https://gov.uk/guidance/the-marine-licence-application-timeline'
_MMO_APPLY = 'https://www.gov.uk/guidance/make-a-marine-licence-application'
_MMO_BLOG_2019 = 'https://marinedevelopments.blog.gov.uk/2019/08/22/transparency-and-marine-licensing'
_EC_CONSULTATION_GUIDELINES = 'http://www.ec.europa.eu/citizenship/news-events/news/04072014_en.htm'
_NASA_IDA3_2019 = 'https://www.prnewswire.com/news-releases/nasa-tv-to-air-us-spacewalk-briefing-on-space-station-docking-port-install-300901036.html'
_NASA_M18_025 = 'http://www.thespacelibrary.com/mediawiki/index.php/Feb_8_2018'
_NASA_SPACEWALKS_OCT15 = 'https://spacenews.com/?p=456348'
_SEANAD_30MAY18 = 'https://www.oireachtas.ie/ga/debates/debate/seanad/2018-05-30/11/'
_KS_SEANAD_23MAY18 = 'https://www.kildarestreet.com/sendebates/?gid=2018-05-23a.36'
_CONTINGENCIES_2017 = 'https://parallelparliament.co.uk/mp/ben-gummer/debate/Commons/2017-01-18/debates/17011869000006/ContingenciesFund'
_CONTINGENCIES_2021 = 'https://parallelparliament.co.uk/mp/michael-gove/debate/Commons/2021-01-28/debates/21012813000008/ContingenciesFundAdvance'
_DFID_SUPPLY_2017 = 'https://parallelparliament.co.uk/mp/priti-patel/debate/Commons/2017-02-23/debates/17022330000017/SupplyProcess'
_CONTINGENCIES_1983 = 'https://api.parliament.uk/historic-hansard/written_answers/1983/apr/12/contingencies-fund'
_KS_SEANAD_5MAR14 = 'https://www.kildarestreet.com/sendebates/?gid=2014-03-05a.57'
_EPA_OZONE_HEARING_2010 = 'http://edocket.access.gpo.gov/2010/2010-23398.htm'
_EPA_SIP_HEARINGS_2007 = 'https://regulations.vlex.com/vid/preparation-adoption-submittal-revisions-26657231'
_FCDO_WHDC_2023 = 'https://www.ukpol.co.uk/category/press-releases/page/547'
_HO_IAA_2025 = 'https://www.ukpol.co.uk/tag/press-release/page/24'
_KS_COASTGUARD_FEB25 = 'https://www.kildarestreet.com/wrans/?id=2025-02-20a.395.q'
_COASTGUARD_27FEB25 = 'https://www.oireachtas.ie/ga/debates/question/2025-02-27/201/'
_KS_COASTGUARD_2010 = 'https://www.kildarestreet.com/debate/?id=2010-03-24.665.5'
_AIR_CORPS_2001 = 'https://www.oireachtas.ie/en/debates/debate/dail/2001-03-28/59/'
_OUSTON_1945 = 'https://api.parliament.uk/historic-hansard/written_answers/1945/dec/04/ouston-e-pit'
_FUEL_SHORTAGE_1940 = 'https://api.parliament.uk/historic-hansard/commons/1940/apr/09/fuel-shortage'
_NEW_MINES_1947 = 'https://api.parliament.uk/historic-hansard/commons/1947/jun/19/new-mines'
_FAULDHOUSE_1948 = 'https://api.parliament.uk/historic-hansard/commons/1948/may/06/fauldhouse-colliery'
_LAMBETH_1931 = 'https://api.parliament.uk/historic-hansard/written_answers/1931/jul/08/new-lambeth-bridge'
_CAVENDISH_1956 = 'https://api.parliament.uk/historic-hansard/written_answers/1956/feb/15/cavendish-bridge'
_GLASGOW_BRIDGE_1928 = 'https://api.parliament.uk/historic-hansard/written_answers/1928/feb/27/new-bridge-glasgow'
_NEWBURY_PARK_1951 = 'https://hansard.parliament.uk/Commons/1951-02-12/debates/9eebfce0-cc0b-475b-858a-30e42d33c592/NewburyParkBridge'
_BRIDGE_SCHEMES_1948 = 'https://api.parliament.uk/historic-hansard/commons/1948/jan/26/bridge-schemes-postponement'
_BRIDGE_OF_DON_1958 = 'https://api.parliament.uk/historic-hansard/commons/1958/feb/25/bridge-of-don-aberdeen'
_HUMBER_1976 = 'https://www.theyworkforyou.com/debates/?id=1976-10-27a.462.4'
_SCOTSWOOD_1926 = 'https://api.parliament.uk/historic-hansard/commons/1926/mar/02/scotswood-bridge-newcastle-upon-tyne'
_CLONMEL_MODULAR_2018 = 'https://www.oireachtas.ie/ga/debates/question/2018-04-17/882/'
_KS_GALWAY_2018 = 'https://www.kildarestreet.com/debate/?id=2018-12-06a.159'
_EXCHANGES_1966 = 'https://api.parliament.uk/historic-hansard/commons/1966/may/18/exchanges-automatic-working'
_MORPETH_1960 = 'https://api.parliament.uk/historic-hansard/written_answers/1960/may/25/morpeth'
_WALLINGTON_1964 = 'https://api.parliament.uk/historic-hansard/written_answers/1964/apr/21/wallington-telephone-exchange'
_EXCHANGES_SCOTLAND_1963 = 'https://api.parliament.uk/historic-hansard/written_answers/1963/dec/18/telephone-exchanges-scotland'
_ENFIELD_1955 = 'https://api.parliament.uk/historic-hansard/commons/1955/apr/27/enfield-exchange'
_LINCOLN_1955 = 'https://api.parliament.uk/historic-hansard/written_answers/1955/apr/06/lincoln-exchange'
_LONDON_EXCHANGES_1936 = 'https://api.parliament.uk/historic-hansard/written_answers/1936/jun/29/post-office-telephones'
_DSP_LUMP_SUM_2022 = 'https://www.oireachtas.ie/en/debates/question/2022-11-08/643/'
_KS_PAYMENT_WEEK_2023 = 'https://www.kildarestreet.com/wrans/?id=2023-12-07a.329&s=section%3Awrans+speaker%3A206'
_KS_LUMP_SUM_OCT22 = 'https://www.kildarestreet.com/wrans/?id=2022-10-04a.1108'
_KS_CHRISTMAS_2022 = 'https://www.kildarestreet.com/wrans/?id=2022-12-14a.482'
_NASA_ASCAN_2015 = 'https://roundupreads.ird.appdat.jsc.nasa.gov/roundup/338'

FRESH20_CASES: tuple[BlindCase, ...] = (
    # Dáil written answer, Tuesday 11 May 2010 (Minister for Agriculture): 'within ten working days' counts Monday-to-Friday days from the day of speaking (no public holiday falls between): Tuesday 25 May 2010, end of day (IST)
    B(
        text='Payment will issue to the person named within ten working days.',
        due='2010-05-25 22:59:59',
        vague=False,
        said='2010-05-11 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_GRANTS_2010,
        published='2010-05-11',
    ),
    # Dáil written answer, Tuesday 10 April 2001: cheques 'expected to issue ... during this month' fall due at the end of April 2001 (IST); '160,000' and '£6 million' are counts
    B(
        text='In addition, more than 160,000 cheques estimated at £6 million, also under euro compensation, are expected to issue to special beef premium applicants during this month.',
        due='2001-04-30 22:59:59',
        vague=False,
        said='2001-04-10 09:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_GRANTS_2001,
        published='2001-04-10',
    ),
    # the same answer: cheques issued 'since 1 January 2001' tell of the past: past
    B(
        text='The position is that since 1 January 2001, almost 493,000 cheques with a value in excess of £178 million issued to farmers under the 2000 headage and premium schemes.',
        due=None,
        vague=False,
        said='2001-04-10 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_GRANTS_2001,
        published='2001-04-10',
    ),
    # JPL/NASA Mars Science Laboratory media credentials notice (the copy shows no date; taken as 1 June 2012, the label holds for any day from 1 January to 28 June 2012): 'no later than June 28' is 28 June 2012, end of day Eastern (EDT); 'Aug. 5, 2012' names the landing the access is for
    B(
        text='Media representatives from countries on the U.S. Department of State list of "designated countries" who would like to cover activities for the Aug. 5, 2012, landing of NASA\'s Mars Science Laboratory spacecraft must apply online no later than June 28 for access to NASA\'s Jet Propulsion Laboratory in Pasadena, Calif.',
        due='2012-06-29 03:59:59',
        vague=False,
        said='2012-06-01 14:00:00',
        tz='America/New_York',
        cluster=3,
        source=_JPL_MSL_MEDIA,
        published='2012-06-01',
    ),
    # the same notice: 'must apply by July 23': 23 July 2012, end of day Eastern (EDT)
    B(
        text='Foreign national media representatives who are not from designated countries must apply by July 23.',
        due='2012-07-24 03:59:59',
        vague=False,
        said='2012-06-01 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_JPL_MSL_MEDIA,
        published='2012-06-01',
    ),
    # the same notice: a clock time with its zone word is that instant, given twice (PDT and EDT, the same instant): 10:31 p.m. PDT on 5 August 2012 = 05:31 UTC on 6 August
    B(
        text='The mission will land near the Martian equator at approximately 10:31 p.m. Aug. 5 PDT (1:31 a.m. Aug. 6 EDT).',
        due='2012-08-06 05:31:00',
        vague=False,
        said='2012-06-01 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_JPL_MSL_MEDIA,
        published='2012-06-01',
    ),
    # the same notice: a one-off opening at a clock time with a zone word (CONVENTIONS 3.1, as "the road will reopen at 12:01 a.m. on Monday"): 9 a.m. PDT on Wednesday 1 August 2012 = 16:00 UTC; unsure: 'beginning at' could be read as the start of an ongoing state (3.2, earliest only)
    B(
        text='The JPL Curiosity newsroom will open beginning at 9 a.m. PDT on Wednesday, Aug. 1.',
        due='2012-08-01 16:00:00',
        vague=False,
        said='2012-06-01 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_JPL_MSL_MEDIA,
        published='2012-06-01',
    ),
    # Bureau of Reclamation, Upper Colorado Region news feed (the item shows no date; 'Wednesday, May 25' fixes 2016; taken as 1 May 2016, the label holds for any day of 2016 before 25 May): the comment period extended 'to Wednesday, May 25' closes that day, end of day Eastern (EDT)
    B(
        text='In response to multiple requests, the Bureau of Reclamation will extend the draft environmental assessment comment period for the Lake Nighthorse Recreation Plan to Wednesday, May 25.',
        due='2016-05-26 03:59:59',
        vague=False,
        said='2016-05-01 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_USBR_UC_FEED,
        published='2016-05-01',
    ),
    # Federal Register (FWS, draft recovery plan for seven Gulf Coast mussels), published Thursday 17 July 2003: 'on or before August 18, 2003': end of day Eastern (EDT)
    B(
        text='In order to be considered, we must receive comments on the draft recovery plan on or before August 18, 2003.',
        due='2003-08-19 03:59:59',
        vague=False,
        said='2003-07-17 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_FWS_MUSSELS_2003,
        published='2003-07-17',
    ),
    # Federal Register (FWS, Higgins' eye pearly mussel), published Monday 22 June 1998: 'on or before August 21, 1998': end of day Eastern (EDT)
    B(
        text='Comments on the draft recovery plan must be received on or before August 21, 1998 to receive consideration by the Service.',
        due='1998-08-22 03:59:59',
        vague=False,
        said='1998-06-22 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_FWS_HIGGINSI_1998,
        published='1998-06-22',
    ),
    # Federal Register (FWS, Georgia pigtoe mussel and two snails), published Wednesday 3 July 2013: 'on or before September 3, 2013': end of day Eastern (EDT)
    B(
        text='In order to be considered, comments on the draft recovery plan must be received on or before September 3, 2013.',
        due='2013-09-04 03:59:59',
        vague=False,
        said='2013-07-03 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_FWS_PIGTOE_2013,
        published='2013-07-03',
    ),
    # Dáil written answer, Tuesday 27 March 2012 (Minister for Health): the campaign is to come 'prior to any destruction of the cards', an undated event: event
    B(
        text='Consequently, the HSE will mount an information campaign offering members of the public the opportunity to have their screening card returned to them, prior to any destruction of the cards taking place.',
        due=None,
        vague=False,
        said='2012-03-27 09:00:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=5,
        source=_GUTHRIE_2012,
        published='2012-03-27',
    ),
    # the same answer: 'submitted to my office in January 2012' tells of the past: past
    B(
        text='The report of the review group was submitted to my office in January 2012.',
        due=None,
        vague=False,
        said='2012-03-27 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_GUTHRIE_2012,
        published='2012-03-27',
    ),
    # Dáil written answer, Tuesday 26 June 2012 (Minister for Communications): 'Late last year the Government agreed' tells of the past: past
    B(
        text='Late last year the Government agreed with my decision on cost grounds not to proceed with an application to the European Commission for State Aid clearance for a higher priced feed in tariff to support Offshore Wind development in the Irish electricity market.',
        due=None,
        vague=False,
        said='2012-06-26 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_OFFSHORE_WIND_2012,
        published='2012-06-26',
    ),
    # Dáil written answer, Thursday 9 February 2012 (Minister for Agriculture): '2012 Scheme' names the scheme year and the figures are sums; the reduction is given no time of its own: no deadline, no refusal kind; unsure: a reader could take the scheme year 2012 as the time of the cut (end of 2012)
    B(
        text='The budgeted expenditure under the 2012 Scheme will be reduced from €220 million to €190 million and, in order to achieve the €30 million saving in expenditure, it is proposed to introduce specified changes to the Scheme eligibility criteria for 2012.',
        due=None,
        vague=False,
        said='2012-02-09 10:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_DAS_2012,
        published='2012-02-09',
    ),
    # White House schedule for Thursday 10 September 2020 (quoted in a daily digest): a clock time with its zone word: 7:00 p.m. EDT that day = 23:00 UTC
    B(
        text='7:00 p.m. EDT – THE PRESIDENT delivers remarks live from Michigan | Freeland, MI',
        due='2020-09-10 23:00:00',
        vague=False,
        said='2020-09-10 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_SCHEDULE_SEP20,
        published='2020-09-10',
    ),
    # the same schedule: 10:05 p.m. EDT on 10 September 2020 = 02:05 UTC on 11 September
    B(
        text='10:05 p.m. EDT – THE PRESIDENT arrives at the White House',
        due='2020-09-11 02:05:00',
        vague=False,
        said='2020-09-10 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_SCHEDULE_SEP20,
        published='2020-09-10',
    ),
    # the same schedule: 'On Friday, September 11' is the travel day, end of day Eastern (EDT); 'September 11, 2001' names the attacks
    B(
        text='Looking Ahead: On Friday, September 11, Vice President Mike Pence and Second Lady Karen Pence will travel to New York City, New York, to participate in memorial ceremonies honoring the victims of the September 11, 2001, terrorist attacks.',
        due='2020-09-12 03:59:59',
        vague=False,
        said='2020-09-10 14:00:00',
        tz='America/New_York',
        cluster=3,
        source=_WH_SCHEDULE_SEP20,
        published='2020-09-10',
    ),
    # Commons written answer, Friday 16 December 1977 (Skelmersdale hospital): the target for starting, '1981–82', is the GB financial year ending 31 March 1982, end of day (BST from 28 March)
    B(
        text="The North-Western Regional Health Authority's current target date for starting this project is 1981–82.",
        due='1982-03-31 22:59:59',
        vague=False,
        said='1977-12-16 10:00:00',
        tz='Europe/London',
        cluster=4,
        source=_SKELMERSDALE_1977,
        published='1977-12-16',
    ),
    # the same answer: no date is given at all: no deadline, no refusal kind
    B(
        text='It is not possible to give a firm date when building will start; capital programmes have necessarily to be flexible as the timing of individual schemes can be affected by a number of factors including the level of resources, the rate of progress with planning and the priorities selected by regional and area health authorities.',
        due=None,
        vague=False,
        said='1977-12-16 10:00:00',
        tz='Europe/London',
        cluster=5,
        source=_SKELMERSDALE_1977,
        published='1977-12-16',
    ),
    # Commons written answer, Friday 4 March 1977 (Newbury hospital): 'for the mid 1980s at the earliest' is a lower bound only (CONVENTIONS 3.2): earliest, from the start of the decade's middle third (1983-1986), 1 January 1983, 00:00 (GMT)
    B(
        text='A new hospital at Newbury is planned by the Oxford Regional Health Authority for the mid 1980s at the earliest.',
        due=None,
        vague=False,
        said='1977-03-04 10:00:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='1983-01-01 00:00:00',
        cluster=5,
        source=_NEWBURY_1977,
        published='1977-03-04',
    ),
    # Commons oral answer, Monday 1 July 1963 (Lindley hospital, Huddersfield), the answer to 'when ... will be completed': 'In 1966' falls due at the end of 1966 (GMT); the page's stray column number '8' inside 'brought into use' is left out
    B(
        text='In 1966; the board is considering if part can be brought into use sooner; the difficulty is that of using premises on which construction work is still proceeding.',
        due='1966-12-31 23:59:59',
        vague=False,
        said='1963-07-01 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_LINDLEY_1963,
        published='1963-07-01',
    ),
    # Commons oral answer, Tuesday 3 March 1981 (general hospitals): of a start and a completion, the completion '1989–90', the GB financial year ending 31 March 1990, end of day (BST from 25 March)
    B(
        text='It is expected to start in 1982–83 and to be completed in 1989–90.',
        due='1990-03-31 22:59:59',
        vague=False,
        said='1981-03-03 10:00:00',
        tz='Europe/London',
        cluster=4,
        source=_HOSPITALS_1981,
        published='1981-03-03',
    ),
    # Commons written answer, Tuesday 19 July 1960 (West Cornwall hospital): 'two or three phases' are counts, not a time; nothing is dated: no deadline, no refusal kind
    B(
        text='It is not yet decided whether building will be completed in two or three phases but it is hoped that these will be consecutive.',
        due=None,
        vague=False,
        said='1960-07-19 09:00:00',
        tz='Europe/London',
        cluster=1,
        source=_WEST_CORNWALL_1960,
        published='1960-07-19',
    ),
    # Commons oral answer, Wednesday 11 December 1974 (West Fife hospital): a start not 'in less than three years' is a lower bound only (CONVENTIONS 3.2): earliest 11 December 1977, 00:00 (GMT)
    B(
        text='It would be unrealistic to expect to start phase I in less than three years.',
        due=None,
        vague=False,
        said='1974-12-11 10:00:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='1977-12-11 00:00:00',
        cluster=5,
        source=_WEST_FIFE_1974,
        published='1974-12-11',
    ),
    # the same exchange: 'I cannot give a specific date' gives no time: no deadline, no refusal kind
    B(
        text='I am afraid I cannot give a specific date.',
        due=None,
        vague=False,
        said='1974-12-11 10:00:00',
        tz='Europe/London',
        cluster=5,
        source=_WEST_FIFE_1974,
        published='1974-12-11',
    ),
    # the same exchange: a start 'as soon as planning can be completed' hangs on an undated event (CONVENTIONS 5.2): event
    B(
        text='All I can say is that the importance of the project has been recognised by authorising a start to the scheme as soon as planning can be completed, subject only to financial consideration at the time.',
        due=None,
        vague=False,
        said='1974-12-11 10:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source=_WEST_FIFE_1974,
        published='1974-12-11',
    ),
    # Commons oral answer, Wednesday 3 March 1976 (Dunfermline hospital): approval 'shortly' is the vague 60 days (CONVENTIONS 5.1): 2 May 1976, end of day (BST)
    B(
        text='The preparation of the brief and schedules of accommodation for the first phase of the development is well advanced, and I expect approval in principle to be given shortly.',
        due='1976-05-02 22:59:59',
        vague=True,
        said='1976-03-03 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_DUNFERMLINE_1976,
        published='1976-03-03',
    ),
    # Kremlin, President's opening remarks at a meeting with permanent members of the Security Council (videoconference; the page is of early April 2020, taken as Friday 3 April; the label holds for any day of April 2020): measures extended 'until the end of April' are kept in place to a date (CONVENTIONS 3.3): 30 April 2020, end of day (MSK)
    B(
        text='As you know, my Executive Order extends the special precautionary measures in Russia until the end of April, quarantine measures are in place, and this is necessary in order to slow down the spread of the coronavirus.',
        due='2020-04-30 20:59:59',
        vague=False,
        said='2020-04-03 07:00:00',
        tz='Europe/Moscow',
        cluster=6,
        source=_KREMLIN_SECCOUNCIL_APR20,
        published='2020-04-03',
    ),
    # DOE Office of Science release, Monday 30 September 2013 (Energy Frontier Research Centers): of two due dates in turn, the later, full applications 'due on Jan. 9, 2014' (CONVENTIONS 6.1): end of day Eastern (EST)
    B(
        text='Mandatory Letters of Intent to apply are due on Nov. 13, 2013, with full applications due on Jan. 9, 2014.',
        due='2014-01-10 04:59:59',
        vague=False,
        said='2013-09-30 14:00:00',
        tz='America/New_York',
        cluster=3,
        source=_DOE_EFRC_2013,
        published='2013-09-30',
    ),
    # the same release: 'expected by June 2014': 30 June 2014, end of day Eastern (EDT)
    B(
        text='Award selection is expected by June 2014.',
        due='2014-07-01 03:59:59',
        vague=False,
        said='2013-09-30 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_DOE_EFRC_2013,
        published='2013-09-30',
    ),
    # the same release: 'per year ... for each of five fiscal years' is the standing length of every award, with no start of its own (CONVENTIONS 1.3): recurring; the sums are amounts
    B(
        text='Awards are expected to range from $2 million to $4 million per year per center for each of five fiscal years.',
        due=None,
        vague=False,
        said='2013-09-30 14:00:00',
        tz='America/New_York',
        refusal='recurring',
        cluster=4,
        source=_DOE_EFRC_2013,
        published='2013-09-30',
    ),
    # DOE Golden Field Office funding opportunity DE-FOA-0000113, issue date 3 June 2009 (read on studylib): the application due '7/14/2009, 11:59 PM Eastern Time' is that instant (month first, the only valid reading), 03:59 UTC on 15 July
    B(
        text='Application Due Date: 7/14/2009, 11:59 PM Eastern Time',
        due='2009-07-15 03:59:00',
        vague=False,
        said='2009-06-03 14:00:00',
        tz='America/New_York',
        day_first=False,
        cluster=2,
        source=_DOE_FOA_113,
        published='2009-06-03',
    ),
    # the same announcement: 'Letter of Intent Due Date: 06/15/2009' is 15 June 2009 (month first, the only valid reading), end of day Eastern (EDT)
    B(
        text='Letter of Intent Due Date: 06/15/2009',
        due='2009-06-16 03:59:59',
        vague=False,
        said='2009-06-03 14:00:00',
        tz='America/New_York',
        day_first=False,
        cluster=6,
        source=_DOE_FOA_113,
        published='2009-06-03',
    ),
    # Department for Education blog (gov.uk), Tuesday 14 May 2019: 'has launched' today is done (CONVENTIONS 2.4), but the framework is given a later time of its own, 'take effect from September' (CONVENTIONS 2.3, 3.1): the month falls due at its end, 30 September 2019, end of day (BST); unsure: a careful reader could take 'from September' as the start of the school year, 1 September 2019
    B(
        text='Today, Tuesday 14 May, the Office for Standards in Education, Children\'s Services and Skills (Ofsted) has launched a new inspection framework, which will take effect from September.',
        due='2019-09-30 22:59:59',
        vague=False,
        said='2019-05-14 09:00:00',
        tz='Europe/London',
        cluster=3,
        source=_DFE_BLOG_OFSTED,
        published='2019-05-14',
    ),
    # VOA, Friday 11 February 2011 (Assange extradition hearing in London): the hearing resumes on 'February 24', a one-off event at a date (CONVENTIONS 3.1): 24 February 2011, end of day Eastern (EST, VOA's zone)
    B(
        text='The trial has adjourned until February 24.',
        due='2011-02-25 04:59:59',
        vague=False,
        said='2011-02-11 15:00:00',
        tz='America/New_York',
        cluster=6,
        source=_VOA_ASSANGE,
        published='2011-02-11',
    ),
    # Dáil written answer, Thursday 21 March 2024 (school building project): '15 months' counts from the contractor's appointment, an undated event (CONVENTIONS 1.3): event
    B(
        text='However once the contractor has been appointed, it is expected that it will take approximately 15 months to complete the project.',
        due=None,
        vague=False,
        said='2024-03-21 10:00:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=5,
        source=_SCHOOL_LOI_2024,
        published='2024-03-21',
    ),
    # the same answer: no completion date can be given: no deadline, no refusal kind
    B(
        text='Until the contractor is appointed it is not possible to provide an estimated completion date.',
        due=None,
        vague=False,
        said='2024-03-21 10:00:00',
        tz='Europe/Dublin',
        cluster=5,
        source=_SCHOOL_LOI_2024,
        published='2024-03-21',
    ),
    # Dáil written answer, Tuesday 9 October 2018 (school building projects): 'normally takes between 8 and 12 weeks' is the usual length of every pre-qualification, with no start of its own (CONVENTIONS 1.3): recurring
    B(
        text='Pre-qualification normally takes between 8 and 12 weeks to complete.',
        due=None,
        vague=False,
        said='2018-10-09 09:00:00',
        tz='Europe/Dublin',
        refusal='recurring',
        cluster=5,
        source=_SCHOOL_PREQUAL_2018,
        published='2018-10-09',
    ),
    # the same answer: 'In June 2018, ... were authorised' tells of the past: past
    B(
        text='In June 2018, the schools and their design team were authorised to commence the prequalification process to select a shortlist of contractors for tender stage.',
        due=None,
        vague=False,
        said='2018-10-09 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_SCHOOL_PREQUAL_2018,
        published='2018-10-09',
    ),
    # Dáil written answer, Tuesday 24 April 2018 (four-classroom extension): the Department knows of no start date: no deadline, no refusal kind
    B(
        text='As the project has been devolved to the school authority for delivery my Department would not be aware of the number of tenders received or when work is due to commence on site.',
        due=None,
        vague=False,
        said='2018-04-24 09:00:00',
        tz='Europe/Dublin',
        cluster=5,
        source=_SCHOOL_EXTENSION_2018,
        published='2018-04-24',
    ),
    # House of Lords Business (order paper) for Thursday 28 January 2016: debates 'set down for today' limited to 2 and 3 hours have no start time of their own; the limits run from the start of each debate, an undated event (CONVENTIONS 1.3): event; unsure: a reader could take 'today' as the day's end, 28 January 2016
    B(
        text='Business of the House The Lord Privy Seal (Baroness Stowell of Beeston) to move that the debate on the motion in the name of Lord Shipley set down for today shall be limited to 2 hours and that in the name of Baroness Sharp of Guildford to 3 hours.',
        due=None,
        vague=False,
        said='2016-01-28 10:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=1,
        source=_LORDS_OP_28JAN16,
        published='2016-01-28',
    ),
    # House of Lords Business for Thursday 26 May 2016: an appointment 'for a period of five years beginning on 1 June 2016' runs for a stated length from a start the sentence gives (CONVENTIONS 1.1): 1 June 2021, end of day (BST); unsure: a five-year term from 1 June may be read to end on 31 May 2021
    B(
        text='Commissioner for Standards The Chairman of Committees to move that this House approves the appointment of Lucy Scott-Moncrieff CBE as House of Lords Commissioner for Standards for a period of five years beginning on 1 June 2016.',
        due='2021-06-01 22:59:59',
        vague=False,
        said='2016-05-26 09:00:00',
        tz='Europe/London',
        cluster=1,
        source=_LORDS_OP_26MAY16,
        published='2016-05-26',
    ),
    # the same order paper: the registration 'deadline for the European Union referendum on 7 June' is the only time: 7 June 2016, end of day (BST); '1 hour' is the length of the debate
    B(
        text='Lord Roberts of Llandudno to ask Her Majesty\'s Government what plans they have to ensure that every eligible young voter is registered to vote ahead of the deadline for the European Union referendum on 7 June. (Topical Question for Short Debate, 1 hour)',
        due='2016-06-07 22:59:59',
        vague=False,
        said='2016-05-26 09:00:00',
        tz='Europe/London',
        cluster=3,
        source=_LORDS_OP_26MAY16,
        published='2016-05-26',
    ),
    # House of Lords Business for Thursday 26 November 2015: '100 per cent' is a share, and the question asks when; nothing is dated: no deadline, no refusal kind
    B(
        text='Lord Holmes of Richmond to ask Her Majesty\'s Government what assessment they have made of when 100 per cent of the United Kingdom population will be able to enjoy the benefits of reliable superfast broadband.',
        due=None,
        vague=False,
        said='2015-11-26 10:00:00',
        tz='Europe/London',
        cluster=1,
        source=_LORDS_OP_26NOV15,
        published='2015-11-26',
    ),
    # the same order paper: 'the attacks in Paris on 13 November' names a past event (13 November 2015, before the order paper): past
    B(
        text='Baroness Mobarik to ask Her Majesty\'s Government, in the light of the attacks in Paris on 13 November, what steps they plan to take to foster links between communities.',
        due=None,
        vague=False,
        said='2015-11-26 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=3,
        source=_LORDS_OP_26NOV15,
        published='2015-11-26',
    ),
    # Kremlin, meeting with Federal Assembly leaders, Monday 25 December 2017: the budget work 'has been' done (CONVENTIONS 2.4, the perfect of a finished act); 'for 2018 and two subsequent years' names the budget's years: past
    B(
        text='Of course, the work on the budget for 2018 and two subsequent years has been the most important and productive part of your activities as usual.',
        due=None,
        vague=False,
        said='2017-12-25 07:00:00',
        tz='Europe/Moscow',
        refusal='past',
        cluster=3,
        source=_KREMLIN_FA_LEADERS_2017,
        published='2017-12-25',
    ),
    # the same remarks: meetings 'at the end of each year' are a standing practice: recurring
    B(
        text='We made a tradition to have such meetings at the end of each year.',
        due=None,
        vague=False,
        said='2017-12-25 07:00:00',
        tz='Europe/Moscow',
        refusal='recurring',
        cluster=5,
        source=_KREMLIN_FA_LEADERS_2017,
        published='2017-12-25',
    ),
    # MMO guidance on gov.uk, 'The marine licence application timeline' (no date on the page; taken as 1 January 2020, the refusal does not depend on it): 'within five working days' is a service standard for every application (CONVENTIONS 1.3): recurring
    B(
        text='We aim to complete these assessments within five working days, but depending on the complexity of the application, some assessments may take longer.',
        due=None,
        vague=False,
        said='2020-01-01 10:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=5,
        source=_MMO_TIMELINE,
        published='2020-01-01',
    ),
    # MMO guidance on gov.uk, 'Make a marine licence application' (no date on the page; taken as 1 January 2020, the refusal does not depend on it): a decision 'within 13 weeks of an application being validated' is a standard for every application (CONVENTIONS 1.3): recurring; unsure: the limit runs from an undated event (validation), which for a single case would be 'event'
    B(
        text='We aim to make a decision on most applications within 13 weeks of an application being validated.',
        due=None,
        vague=False,
        said='2020-01-01 10:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=5,
        source=_MMO_APPLY,
        published='2020-01-01',
    ),
    # MMO blog on gov.uk, Thursday 22 August 2019: 'from Thursday 22 August 2019, we are launching' is the act in the present on the day of writing (CONVENTIONS 2.1, 3.1): 22 August 2019, end of day (BST)
    B(
        text="That's why from Thursday 22 August 2019, we are launching an update to the marine licensing online application service.",
        due='2019-08-22 22:59:59',
        vague=False,
        said='2019-08-22 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_MMO_BLOG_2019,
        published='2019-08-22',
    ),
    # the same post: 'since last autumn, we've worked' tells of the past: past
    B(
        text="So, since last autumn, we've worked with a small group of stakeholders, staff and applicants to improve online communication.",
        due=None,
        vague=False,
        said='2019-08-22 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_MMO_BLOG_2019,
        published='2019-08-22',
    ),
    # European Commission (Secretariat-General), consultation notice of Friday 4 July 2014: a period 'From 30/06/2014 to 30/09/2014' falls due at its later end (day first): 30 September 2014, end of day (CEST)
    B(
        text='Period of consultation From 30/06/2014 to 30/09/2014',
        due='2014-09-30 21:59:59',
        vague=False,
        said='2014-07-04 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_CONSULTATION_GUIDELINES,
        published='2014-07-04',
    ),
    # NASA media advisory, Tuesday 13 August 2019 (via PR Newswire): a briefing 'at 2 p.m. EDT Friday, Aug. 16' is that instant, 18:00 UTC
    B(
        text="Experts from NASA will preview an upcoming spacewalk with two American astronauts outside the International Space Station to complete the outfitting of docking ports during a briefing at 2 p.m. EDT Friday, Aug. 16, at the agency's Johnson Space Center in Houston.",
        due='2019-08-16 18:00:00',
        vague=False,
        said='2019-08-13 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_IDA3_2019,
        published='2019-08-13',
    ),
    # the same advisory: the astronauts 'will begin' the spacewalk 'about 8:20 a.m. Wednesday, Aug. 21' (no zone word: the publisher's, EDT): 12:20 UTC; unsure: 'six-and-a-half-hour' gives the walk a length, and a reader applying CONVENTIONS 1.1 would check it at its end, 14:50 EDT (18:50 UTC)
    B(
        text='Expedition 60 Flight Engineers Nick Hague and Andrew Morgan of NASA will begin their planned six-and-a-half-hour spacewalk from inside the Quest airlock about 8:20 a.m. Wednesday, Aug. 21.',
        due='2019-08-21 12:20:00',
        vague=False,
        said='2019-08-13 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_IDA3_2019,
        published='2019-08-13',
    ),
    # NASA media advisory M18-025, Thursday 8 February 2018 (read on The Space Library): the spacewalk on 'Thursday, Feb. 15' falls due that day, end of day Eastern (EST)
    B(
        text="Two astronauts will venture outside the International Space Station Thursday, Feb. 15, to move components for the station's robotic system into long-term storage.",
        due='2018-02-16 04:59:59',
        vague=False,
        said='2018-02-08 15:00:00',
        tz='America/New_York',
        cluster=6,
        source=_NASA_M18_025,
        published='2018-02-08',
    ),
    # the same advisory: the date 'Jan. 29' was called off ('was postponed') and the sentence gives no new time (CONVENTIONS 4.1): negated
    B(
        text='The spacewalk originally was scheduled Jan. 29 but was postponed when a new LEE installed during the Jan. 23 spacewalk encountered startup issues.',
        due=None,
        vague=False,
        said='2018-02-08 15:00:00',
        tz='America/New_York',
        refusal='negated',
        cluster=3,
        source=_NASA_M18_025,
        published='2018-02-08',
    ),
    # NASA media advisory on two October-November 2015 spacewalks (quoted on SpaceNews; no date shown; 'Thursday, Oct. 22' fixes 2015; taken as 15 October 2015, the label holds for any day before 22 October 2015): 2 p.m. EDT (1 p.m. CDT, the same instant) = 18:00 UTC
    B(
        text="NASA's Johnson Space Center in Houston will host a briefing at 2 p.m. EDT (1 p.m. CDT), Thursday, Oct. 22 to preview the tasks and preparation for two upcoming spacewalks by U.S. astronauts living aboard the International Space Station.",
        due='2015-10-22 18:00:00',
        vague=False,
        said='2015-10-15 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_SPACEWALKS_OCT15,
        published='2015-10-15',
    ),
    # the same advisory: of two walk days the later, 'Friday, Nov. 6' (CONVENTIONS 6.1): 6 November 2015, end of day Eastern (EST)
    B(
        text="Two U.S. astronauts will venture outside the space station's Quest airlock on Wednesday, Oct. 28, and Friday, Nov. 6, to perform a pair of spacewalks in support of space station assembly and maintenance.",
        due='2015-11-07 04:59:59',
        vague=False,
        said='2015-10-15 14:00:00',
        tz='America/New_York',
        cluster=3,
        source=_NASA_SPACEWALKS_OCT15,
        published='2015-10-15',
    ),
    # Seanad, Business of Seanad, Wednesday 30 May 2018: proceedings to 'adjourn at 4 p.m., if not previously concluded' fall due at that clock time, in the publisher's zone (IST): 15:00 UTC; 'No. 3' is an item number
    B(
        text="I propose, notwithstanding the order of the House, that the proceedings on No. 3, statements on the report of the Seanad Public Consultation Committee entitled Report on Children's Mental Health Services, shall adjourn at 4 p.m., if not previously concluded.",
        due='2018-05-30 15:00:00',
        vague=False,
        said='2018-05-30 09:00:00',
        tz='Europe/Dublin',
        cluster=2,
        source=_SEANAD_30MAY18,
        published='2018-05-30',
    ),
    # Seanad Order of Business, Wednesday 23 May 2018, 10:30 am (read on KildareStreet): the item is 'to conclude no later than 3.50 p.m.' that day (IST): 14:50 UTC; the minutes are speaking limits
    B(
        text='The Order of Business is No. 1, statements on Palestine, to be taken at 2.20 p.m and to conclude no later than 3.50 p.m., with the contributions of all Senators not to exceed six minutes and the Minister to be given no less than five minutes to reply to the debate',
        due='2018-05-23 14:50:00',
        vague=False,
        said='2018-05-23 09:30:00',
        tz='Europe/Dublin',
        cluster=2,
        source=_KS_SEANAD_23MAY18,
        published='2018-05-23',
    ),
    # the same Order of Business: 'to conclude no later than 6 p.m.' that day (IST): 17:00 UTC
    B(
        text='No. 3, statements on rural development, to be taken at 4.30 p.m. and to conclude no later than 6 p.m., with the contribution of group spokespersons not to exceed eight minutes and all other Senators not to exceed five minutes, and the Minister to be given no less than six minutes to reply to the debate',
        due='2018-05-23 17:00:00',
        vague=False,
        said='2018-05-23 09:30:00',
        tz='Europe/Dublin',
        cluster=2,
        source=_KS_SEANAD_23MAY18,
        published='2018-05-23',
    ),
    # Commons written statement, Wednesday 18 January 2017 (Contingencies Fund, read on Parallel Parliament): the Chancellor 'announced' in the autumn statement, a report of the past; '2016-17' names the year the funding is for: past; unsure: a reader could take the funding as due by the end of the GB financial year 2016-17, 31 March 2017
    B(
        text='In the autumn statement, the Chancellor announced that additional funding would be made available to the Department for Exiting the European Union for the 2016-17 financial year.',
        due=None,
        vague=False,
        said='2017-01-18 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=4,
        source=_CONTINGENCIES_2017,
        published='2017-01-18',
    ),
    # the same statement: approval 'will be sought' with no time; '£42,700,000' is an amount: no deadline, no refusal kind
    B(
        text='Parliamentary approval for additional resources of £42,700,000 for this new expenditure will be sought in a supplementary estimate.',
        due=None,
        vague=False,
        said='2017-01-18 10:00:00',
        tz='Europe/London',
        cluster=1,
        source=_CONTINGENCIES_2017,
        published='2017-01-18',
    ),
    # Commons written statement, Thursday 28 January 2021 (Contingencies Fund advance, read on Parallel Parliament): '19' in 'covid-19' is part of a name, and nothing is dated: no deadline, no refusal kind
    B(
        text='The requirement has arisen due to increased costs relating to urgent expenditure, including that relating to the covid-19 response.',
        due=None,
        vague=False,
        said='2021-01-28 10:00:00',
        tz='Europe/London',
        cluster=1,
        source=_CONTINGENCIES_2021,
        published='2021-01-28',
    ),
    # Commons written statement, Thursday 23 February 2017 (DFID supply process, read on Parallel Parliament): the repayment hangs on Royal Assent of a Bill, an undated event: event
    B(
        text='The advance will be repaid upon Royal Assent of the Supply and Appropriation (Anticipation and Adjustments) Bill.',
        due=None,
        vague=False,
        said='2017-02-23 10:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source=_DFID_SUPPLY_2017,
        published='2017-02-23',
    ),
    # the same statement: approval 'was sought' in an estimate 'published on 9 February 2017' tells of the past; the spelled-out sum is an amount: past
    B(
        text='Parliamentary approval for additional net cash of £512,182,000 (five hundred and twelve million, one hundred and eighty two thousand pounds), was sought in the 2016-17 Supplementary Estimate for the Department for International Development, which was published on 9 February 2017.',
        due=None,
        vague=False,
        said='2017-02-23 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=1,
        source=_DFID_SUPPLY_2017,
        published='2017-02-23',
    ),
    # Commons written answer, Tuesday 12 April 1983 (Contingencies Fund): a limit 'at any one time in 1983–84' is a standing cap through the year, not a time anything falls due: recurring
    B(
        text='The limit on the capital of the fund at any one time in 1983–84 is £1,654 million.',
        due=None,
        vague=False,
        said='1983-04-12 09:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=4,
        source=_CONTINGENCIES_1983,
        published='1983-04-12',
    ),
    # the same answer: the excess vote to be approved 'in due course' is the vague 60 days (CONVENTIONS 5.1): 11 June 1983, end of day (BST); '1982–83' names the year of the spending
    B(
        text='£85 million was for expenditure in excess of voted provision in 1982–83 for which Parliament will be asked to approve an excess vote in due course',
        due='1983-06-11 22:59:59',
        vague=True,
        said='1983-04-12 09:00:00',
        tz='Europe/London',
        cluster=4,
        source=_CONTINGENCIES_1983,
        published='1983-04-12',
    ),
    # Seanad Order of Business, Wednesday 5 March 2014, 11:00 am (Leader of the House, read on KildareStreet): 'went to committee on 12 February' tells of the past: past
    B(
        text='I understand the legislation went to committee on 12 February.',
        due=None,
        vague=False,
        said='2014-03-05 11:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_KS_SEANAD_5MAR14,
        published='2014-03-05',
    ),
    # the same reply: 'it will be some time before' gives no time: no deadline, no refusal kind
    B(
        text='As such, it will be some time before it comes before the House.',
        due=None,
        vague=False,
        said='2014-03-05 11:00:00',
        tz='Europe/Dublin',
        cluster=5,
        source=_KS_SEANAD_5MAR14,
        published='2014-03-05',
    ),
    # the same reply: a meeting hoped for 'next week' (Monday 10 to Sunday 16 March 2014; weeks run Monday to Sunday) falls due at the week's end: 16 March 2014, end of day (GMT)
    B(
        text='We have recourse to the Committee on Procedure and Privileges, which I hope will hold a lengthy meeting next week.',
        due='2014-03-16 23:59:59',
        vague=False,
        said='2014-03-05 11:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_KS_SEANAD_5MAR14,
        published='2014-03-05',
    ),
    # Federal Register (EPA, public hearing notice on the 1997 8-hour ozone standard), published Monday 20 September 2010: 'will be held on October 12, 2010': end of day Eastern (EDT)
    B(
        text='DATES: The public hearing will be held on October 12, 2010.',
        due='2010-10-13 03:59:59',
        vague=False,
        said='2010-09-20 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_EPA_OZONE_HEARING_2010,
        published='2010-09-20',
    ),
    # the same notice: speakers must notify 'before October 8, 2010', that is by the end of 7 October (as 'before March 2015' is the end of February in the earlier sets), end of day Eastern (EDT); '2 p.m.' is the hearing's planned close, not the deadline
    B(
        text='EPA will accommodate speakers later than 2 p.m. provided they notify us before October 8, 2010.',
        due='2010-10-08 03:59:59',
        vague=False,
        said='2010-09-20 14:00:00',
        tz='America/New_York',
        cluster=3,
        source=_EPA_OZONE_HEARING_2010,
        published='2010-09-20',
    ),
    # Federal Register (EPA, public hearings and submission of plans, proposed rule), published Tuesday 13 March 2007 (read on vLex): 'on or before April 12, 2007': end of day Eastern (EDT)
    B(
        text='DATES: Comments must be received on or before April 12, 2007.',
        due='2007-04-13 03:59:59',
        vague=False,
        said='2007-03-13 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_EPA_SIP_HEARINGS_2007,
        published='2007-03-13',
    ),
    # FCDO press release of Monday 2 October 2023 (UK opening statement at the Warsaw Human Dimension Conference, read on UKPol's copy of gov.uk releases): 'Wednesday 5 October at 7pm', a clock time with no zone word, in the publisher's zone (BST): 18:00 UTC on 5 October 2023; unsure: 5 October 2023 was a Thursday, so a reader could take Wednesday 4 October instead, and the screening was in Warsaw (CEST, 17:00 UTC)
    B(
        text="We're delighted to invite delegates to a joint screening by Ireland and the United Kingdom of a film entitled 'Wave Goodbye to Dinosaurs' on Wednesday 5 October at 7pm in the Atlantic Cinema.",
        due='2023-10-05 18:00:00',
        vague=False,
        said='2023-10-02 09:00:00',
        tz='Europe/London',
        cluster=3,
        source=_FCDO_WHDC_2023,
        published='2023-10-02',
    ),
    # Home Office press release of Tuesday 7 October 2025 (read on UKPol): a new Commissioner 'will be confirmed shortly' is the vague 60 days (CONVENTIONS 5.1): 6 December 2025, end of day (GMT)
    B(
        text='The government is in the process of recruiting a new Immigration Services Commissioner, which will be confirmed shortly.',
        due='2025-12-06 23:59:59',
        vague=True,
        said='2025-10-07 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_HO_IAA_2025,
        published='2025-10-07',
    ),
    # the same release: 'will assume the role immediately' is the vague 7 days (CONVENTIONS 5.1): 14 October 2025, end of day (BST); 'has been appointed' is done
    B(
        text='John Tuckett, Immigration Services Commissioner, has been appointed as the Independent Chief Inspector of Borders and Immigration and will assume the role immediately.',
        due='2025-10-14 22:59:59',
        vague=True,
        said='2025-10-07 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_HO_IAA_2025,
        published='2025-10-07',
    ),
    # Dáil written answer, Thursday 20 February 2025 (Coast Guard aviation contract, read on KildareStreet): the transition began at Shannon in December 2024 (past); the next base follows 'on 30th April' (2025, its next occurrence): 30 April 2025, end of day (IST)
    B(
        text='Contract transition commenced at Shannon in December 2024 to be followed by Sligo on 30th April.',
        due='2025-04-30 22:59:59',
        vague=False,
        said='2025-02-20 10:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source=_KS_COASTGUARD_FEB25,
        published='2025-02-20',
    ),
    # the same answer: 'the 2-year transition phase' names a period with no start given in the sentence; nothing falls due: no deadline, no refusal kind
    B(
        text='During the 2-year transition phase, the overarching priority remains safe and effective transition without interruption to this essential service.',
        due=None,
        vague=False,
        said='2025-02-20 10:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_KS_COASTGUARD_FEB25,
        published='2025-02-20',
    ),
    # Dáil written answers, Thursday 27 February 2025 (the same contract): the same schedule with the year given, 'on 30th April 2025': end of day (IST)
    B(
        text='Contract transition commenced at Shannon in December 2024 to be followed by Sligo on 30th April 2025.',
        due='2025-04-30 22:59:59',
        vague=False,
        said='2025-02-27 10:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source=_COASTGUARD_27FEB25,
        published='2025-02-27',
    ),
    # Dáil, Wednesday 24 March 2010, 1:00 pm (Minister for Transport, read on KildareStreet): a commitment that the 24-hour service stays unchanged 'before July 2013' keeps it going to the end of June 2013 (CONVENTIONS 3.3; 'before <month>' is the end of the month before): 30 June 2013, end of day (IST); unsure: a reader could take it as an earliest date for the change only (CONVENTIONS 3.2)
    B(
        text='There will be no change in the 24 hour availability from the Waterford base before July 2013.',
        due='2013-06-30 22:59:59',
        vague=False,
        said='2010-03-24 13:00:00',
        tz='Europe/Dublin',
        cluster=5,
        source=_KS_COASTGUARD_2010,
        published='2010-03-24',
    ),
    # Dáil written answers, Wednesday 28 March 2001 (Minister for Defence, helicopter tender): the documents issued on 5 March (past); tenders 'are due back ... on 19 April': 19 April 2001, end of day (IST)
    B(
        text='The documentation for the RFT stage issued on 5 March 2001 and tenders are due back in the Department on 19 April',
        due='2001-04-19 22:59:59',
        vague=False,
        said='2001-03-28 09:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source=_AIR_CORPS_2001,
        published='2001-03-28',
    ),
    # the same answers: 'were received ... on 21 September 2000' tells of the past: past
    B(
        text='Responses to the REP were received in the Department on 21 September 2000.',
        due=None,
        vague=False,
        said='2001-03-28 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_AIR_CORPS_2001,
        published='2001-03-28',
    ),
    # Commons written answer, Tuesday 4 December 1945 (Ouston E pit): the result will be sent when the investigation ends, an undated event: event
    B(
        text='Proposals for the re-opening of this pit have been received and are being investigated. I will communicate the result to my hon. and gallant Friend.',
        due=None,
        vague=False,
        said='1945-12-04 10:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source=_OUSTON_1945,
        published='1945-12-04',
    ),
    # Commons oral answers, Tuesday 9 April 1940 (fuel shortage): supplies 'will soon be equal' is the vague 60 days (CONVENTIONS 5.1): 8 June 1940, end of day (BST)
    B(
        text='The Secretary for Mines fully expects that supplies of house coal will soon be equal to current requirements.',
        due='1940-06-08 22:59:59',
        vague=True,
        said='1940-04-09 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_FUEL_SHORTAGE_1940,
        published='1940-04-09',
    ),
    # the same answers: 'the reply was sent on 4th April' tells of the past: past
    B(
        text='Yes, Sir; the reply was sent on 4th April.',
        due=None,
        vague=False,
        said='1940-04-09 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_FUEL_SHORTAGE_1940,
        published='1940-04-09',
    ),
    # Commons oral answers, Thursday 19 June 1947 (new mines): a count over a past period: past; '103' is a count
    B(
        text='The number of new coal mines opened between 1st July, 1945, and 31st May, 1947, was 103.',
        due=None,
        vague=False,
        said='1947-06-19 08:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=1,
        source=_NEW_MINES_1947,
        published='1947-06-19',
    ),
    # Commons oral answers, Thursday 6 May 1948 (Fauldhouse Colliery): 'closed two years ago' tells of the past: past
    B(
        text="I am aware of my hon. Friend's views regarding this colliery, but it was closed two years ago and the question of whether it should be opened is entirely one for the Coal Board.",
        due=None,
        vague=False,
        said='1948-05-06 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_FAULDHOUSE_1948,
        published='1948-05-06',
    ),
    # Commons written answer, Wednesday 8 July 1931 (new Lambeth Bridge): 'within the next 12 months' from the answer: 8 July 1932, end of day (BST)
    B(
        text='In the absence of unforeseen contingencies, it is anticipated that the new Lambeth Bridge will be completed within the next 12 months.',
        due='1932-07-08 22:59:59',
        vague=False,
        said='1931-07-08 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_LAMBETH_1931,
        published='1931-07-08',
    ),
    # Commons written answer, Wednesday 15 February 1956 (Cavendish Bridge): 'in July, 1957' falls due at the month's end: 31 July 1957, end of day (BST)
    B(
        text='Work is slightly ahead of schedule, and I hope it will be completed in July, 1957.',
        due='1957-07-31 22:59:59',
        vague=False,
        said='1956-02-15 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_CAVENDISH_1956,
        published='1956-02-15',
    ),
    # Commons written answer, Monday 27 February 1928 (Oswald Street Bridge, Glasgow): opened 'to-day (Monday, 27th February)', the day of the answer: end of day (GMT)
    B(
        text='If the hon. Member is referring to the Oswald Street Bridge, I am informed that it is now completed and will be opened for traffic to-day (Monday, 27th February).',
        due='1928-02-27 23:59:59',
        vague=False,
        said='1928-02-27 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_GLASGOW_BRIDGE_1928,
        published='1928-02-27',
    ),
    # Commons written answer, Monday 12 February 1951 (Newbury Park Bridge): the work is denied for 1951 and no new time is given (CONVENTIONS 4.1): negated; the stray apostrophe is the page's
    B(
        text="I regret that I shall be unable to proceed with this scheme during' 1951.",
        due=None,
        vague=False,
        said='1951-02-12 10:00:00',
        tz='Europe/London',
        refusal='negated',
        cluster=5,
        source=_NEWBURY_PARK_1951,
        published='1951-02-12',
    ),
    # Commons oral answer, Monday 26 January 1948 (bridge schemes): 'were planned to start as soon as possible' before the cuts tells of the past (CONVENTIONS 5.3): past
    B(
        text='The major bridge schemes, which, before the present cuts in capital investment, were planned to start as soon as possible, were the new Severn Bridge and the reconstruction of Northam Bridge, Southampton, Wool Bridge, Dorset, and the Widnes-Runcorn Bridge.',
        due=None,
        vague=False,
        said='1948-01-26 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_BRIDGE_SCHEMES_1948,
        published='1948-01-26',
    ),
    # Commons oral answer, Tuesday 25 February 1958 (Bridge of Don): the hope is the opening 'at the end of this year'; full completion 'not until the spring of 1959' is a hedge on another act: 31 December 1958, end of day (GMT); unsure: a reader could take the later time, spring 1959 (end of May 1959)
    B(
        text='Work is progressing satisfactorily, and though it is unlikely to be fully completed until the spring of 1959, I hope that the new bridge will be open to traffic at the end of this year.',
        due='1958-12-31 23:59:59',
        vague=False,
        said='1958-02-25 10:00:00',
        tz='Europe/London',
        cluster=3,
        source=_BRIDGE_OF_DON_1958,
        published='1958-02-25',
    ),
    # the same exchange: 'ready for use by the end of the year': 31 December 1958, end of day (GMT)
    B(
        text='What the hon. and learned Gentleman demands is beyond anybody to provide—there are such things as weather and other considerations—but the work is proceeding satisfactorily and fast, and the bridge should be ready for use by the end of the year.',
        due='1958-12-31 23:59:59',
        vague=False,
        said='1958-02-25 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_BRIDGE_OF_DON_1958,
        published='1958-02-25',
    ),
    # Commons oral answer, Wednesday 27 October 1976 (Humber Bridge, read on TheyWorkForYou): 'in late 1978' is the last third of 1978: 31 December 1978, end of day (GMT)
    B(
        text='The Humber Bridge Board still expects the bridge and its immediate approach roads to be opened to traffic in late 1978.',
        due='1978-12-31 23:59:59',
        vague=False,
        said='1976-10-27 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_HUMBER_1976,
        published='1976-10-27',
    ),
    # Commons oral answer, Tuesday 2 March 1926 (Scotswood Bridge): no time at all: no deadline, no refusal kind
    B(
        text='I will consider that suggestion.',
        due=None,
        vague=False,
        said='1926-03-02 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_SCOTSWOOD_1926,
        published='1926-03-02',
    ),
    # Dáil written answer, Tuesday 17 April 2018 (South Tipperary General Hospital modular unit): 'scheduled to open in the last quarter of 2018' falls due at the quarter's end: 31 December 2018, end of day (GMT); '40 bed' is a count
    B(
        text='Work on the development of the project is ongoing and the facility is scheduled to open in the last quarter of 2018.',
        due='2018-12-31 23:59:59',
        vague=False,
        said='2018-04-17 09:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source=_CLONMEL_MODULAR_2018,
        published='2018-04-17',
    ),
    # the same answer: 'Government has provided' funding is done (CONVENTIONS 2.4); 'in 2018' and 'this winter' describe what the money is for: past
    B(
        text='Against a background of growing demand for unscheduled care and high acute hospital occupancy rates, as highlighted by the Health Service Capacity Review, Government has provided €40 million in funding in 2018 for measures to increase acute hospital capacity and alleviate overcrowding in Emergency Departments this winter.',
        due=None,
        vague=False,
        said='2018-04-17 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=3,
        source=_CLONMEL_MODULAR_2018,
        published='2018-04-17',
    ),
    # Dáil Leaders' Questions, Thursday 6 December 2018, 12:35 pm (Tánaiste, read on KildareStreet): 'in the next couple of months' is two months from speaking: 6 February 2019, end of day (GMT); unsure: 'a couple of months' may be read as a vague window (the parser's 'coming months', 3 months)
    B(
        text='The appraisal process will conclude in the next couple of months and we need to factor in that thinking when considering future investment in Galway.',
        due='2019-02-06 23:59:59',
        vague=False,
        said='2018-12-06 12:35:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_KS_GALWAY_2018,
        published='2018-12-06',
    ),
    # Commons oral answer, Wednesday 18 May 1966 (automatic exchanges): 'by 1970' falls due at the end of 1970 (British Standard Time, UTC+1 all year): 31 December 1970, end of day; '340' is a count
    B(
        text='There are 340 manual exchanges left, and they will all have gone by 1970.',
        due='1970-12-31 22:59:59',
        vague=False,
        said='1966-05-18 09:00:00',
        tz='Europe/London',
        cluster=1,
        source=_EXCHANGES_1966,
        published='1966-05-18',
    ),
    # Commons written answer, Wednesday 25 May 1960 (Morpeth exchange): 'early in 1963' is the first third of 1963, January to April: 30 April 1963, end of day (BST)
    B(
        text='I expect that the new exchange, which will provide subscriber trunk dialling facilities, will be in service early in 1963.',
        due='1963-04-30 22:59:59',
        vague=False,
        said='1960-05-25 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_MORPETH_1960,
        published='1960-05-25',
    ),
    # Lords written answer, Tuesday 21 April 1964 (Wallington exchange): of a start in 1965 and operation 'in 1968', the later: 31 December 1968, end of day (British Standard Time, UTC+1); the page's column marker '746WA' inside 'should be possible' is left out
    B(
        text='Planning permission has not yet been obtained for the new exchange building, but if all goes well it should be possible to start the building in 1965 and have the new automatic exchange in operation in 1968.',
        due='1968-12-31 22:59:59',
        vague=False,
        said='1964-04-21 09:00:00',
        tz='Europe/London',
        cluster=3,
        source=_WALLINGTON_1964,
        published='1964-04-21',
    ),
    # Commons written answers, Wednesday 18 December 1963 (exchanges in Scotland): 'next year' (1964) and 'between 1964 and 1969', a range falling due at its later end: 31 December 1969, end of day (British Standard Time, UTC+1)
    B(
        text='Two will be replaced next year and the rest between 1964 and 1969.',
        due='1969-12-31 22:59:59',
        vague=False,
        said='1963-12-18 10:00:00',
        tz='Europe/London',
        cluster=3,
        source=_EXCHANGES_SCOTLAND_1963,
        published='1963-12-18',
    ),
    # the same answers: 'by April, 1968' falls due at the end of April 1968 (BST from 18 February); '84' is a count
    B(
        text='I expect 84 of them to be converted to automatic working by April, 1968.',
        due='1968-04-30 22:59:59',
        vague=False,
        said='1963-12-18 10:00:00',
        tz='Europe/London',
        cluster=1,
        source=_EXCHANGES_SCOTLAND_1963,
        published='1963-12-18',
    ),
    # Commons oral answer, Wednesday 27 April 1955 (Enfield exchange): of a start at the end of 1956 and service 'towards the end of 1960', the later: 31 December 1960, end of day (GMT)
    B(
        text='The new building is expected to start at the end of 1956 and the automatic telephone exchange should be ready for service towards the end of 1960.',
        due='1960-12-31 23:59:59',
        vague=False,
        said='1955-04-27 09:00:00',
        tz='Europe/London',
        cluster=3,
        source=_ENFIELD_1955,
        published='1955-04-27',
    ),
    # Commons written answer, Wednesday 6 April 1955 (Lincoln exchange): 'in the second half of 1958' falls due at its end: 31 December 1958, end of day (GMT)
    B(
        text='We expect to open a new automatic exchange to replace the present manually operated exchange in the second half of 1958.',
        due='1958-12-31 23:59:59',
        vague=False,
        said='1955-04-06 10:00:00',
        tz='Europe/London',
        cluster=4,
        source=_LINCOLN_1955,
        published='1955-04-06',
    ),
    # Commons written answer, Monday 29 June 1936 (London exchanges): 'by about 1942' falls due at the end of 1942 (wartime BST, UTC+1, that winter); '10 miles' is a distance
    B(
        text='The conversion to automatic working of the remaining manual exchanges in the London automatic area, within 10 miles of Oxford Circus, will, it is hoped, be completed by about 1942.',
        due='1942-12-31 22:59:59',
        vague=False,
        said='1936-06-29 09:00:00',
        tz='Europe/London',
        cluster=1,
        source=_LONDON_EXCHANGES_1936,
        published='1936-06-29',
    ),
    # Dáil written answer, Tuesday 8 November 2022 (Minister for Social Protection): spending 'during the coming months' is the vague 3 months of the parser's docstring: 8 February 2023, end of day (GMT); '€1.2 billion' is an amount
    B(
        text='In response to the ongoing cost of living pressures, my Department will spend approximately €1.2 billion during the coming months to help individuals and families through this difficult period.',
        due='2023-02-08 23:59:59',
        vague=True,
        said='2022-11-08 10:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_DSP_LUMP_SUM_2022,
        published='2022-11-08',
    ),
    # the same answer: paid 'in the relevant week in November' falls due by the end of November 2022 (GMT); '€500' is an amount
    B(
        text='The €500 lump sum payment to those on Disability Allowance, Blind Pension and Invalidity Pension will be paid to those receiving these payments in the relevant week in November.',
        due='2022-11-30 23:59:59',
        vague=False,
        said='2022-11-08 10:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_DSP_LUMP_SUM_2022,
        published='2022-11-08',
    ),
    # the same answer: the announcement is past, but the increase has a time of its own, 'from next January', an effective date (CONVENTIONS 3.1) at month level: 31 January 2023, end of day (GMT); unsure: a reader could take 1 January 2023, or call the rate's start earliest-only (CONVENTIONS 3.2)
    B(
        text='As part of Budget 2023, I was pleased to announce a €12 increase in weekly payment rates from next January.',
        due='2023-01-31 23:59:59',
        vague=False,
        said='2022-11-08 10:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source=_DSP_LUMP_SUM_2022,
        published='2022-11-08',
    ),
    # Dáil written answer, Thursday 7 December 2023 (payment week, read on KildareStreet): the new payment 'in the second half of 2024' falls due at its end: 31 December 2024, end of day (GMT)
    B(
        text="The Department is undertaking reforms in respect of the Jobseeker's schemes including the introduction of a pay related benefit payment in the second half of 2024.",
        due='2024-12-31 23:59:59',
        vague=False,
        said='2023-12-07 10:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source=_KS_PAYMENT_WEEK_2023,
        published='2023-12-07',
    ),
    # the same answer: payment weeks 'from Wednesday to Tuesday' are standing arrangements: recurring
    B(
        text="I understand the Deputy is particularly interested in the arrangements for Jobseekers schemes, which are payable from Wednesday to Tuesday in the case of Jobseeker's Allowance, and from Thursday to Wednesday for Jobseeker's Benefit.",
        due=None,
        vague=False,
        said='2023-12-07 10:00:00',
        tz='Europe/Dublin',
        refusal='recurring',
        cluster=5,
        source=_KS_PAYMENT_WEEK_2023,
        published='2023-12-07',
    ),
    # Dáil written answer, Tuesday 4 October 2022 (lump-sum payments, read on KildareStreet): a timetable 'in the coming days' is the vague 7 days: 11 October 2022, end of day (IST)
    B(
        text='My Department is currently working on putting in place the necessary IT systems to administer the various lump sum payments and I intend to publish a timetable in the coming days so that people will have certainty as to when each payment will issue.',
        due='2022-10-11 22:59:59',
        vague=True,
        said='2022-10-04 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_KS_LUMP_SUM_OCT22,
        published='2022-10-04',
    ),
    # the same page: 'payable for 52 weeks' once granted and 'every fortnight' are standing rules of the scheme (CONVENTIONS 1.3): recurring
    B(
        text='Once WFP is granted, it is payable for 52 weeks at the same rate, as long as the customer continues to be engaged in full-time paid employment as an employee for at least 38 hours every fortnight.',
        due=None,
        vague=False,
        said='2022-10-04 09:00:00',
        tz='Europe/Dublin',
        refusal='recurring',
        cluster=1,
        source=_KS_LUMP_SUM_OCT22,
        published='2022-10-04',
    ),
    # Dáil written answer, Wednesday 14 December 2022 (Christmas payments, read on KildareStreet): 'in the week commencing Monday 19th of December' falls due at the week's end, Sunday 25 December 2022, end of day (GMT)
    B(
        text='This Christmas, double payments will be made in the week commencing Monday 19th of December.',
        due='2022-12-25 23:59:59',
        vague=False,
        said='2022-12-14 10:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source=_KS_CHRISTMAS_2022,
        published='2022-12-14',
    ),
    # the same answer: a payment day moved, 'brought forward to Thursday 22nd December': the new time counts (CONVENTIONS 4.1): 22 December 2022, end of day (GMT)
    B(
        text='Friday 23rd December payments will be brought forward to Thursday 22nd December',
        due='2022-12-22 23:59:59',
        vague=False,
        said='2022-12-14 10:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source=_KS_CHRISTMAS_2022,
        published='2022-12-14',
    ),
    # NASA Johnson Space Center, Roundup Reads, Monday 14 December 2015 (astronaut candidates): submissions accepted 'through Feb. 18' (2016, its next occurrence) close at the end of that day, Eastern (EST)
    B(
        text='The astronaut candidate application website is now live and accepting submissions through Feb. 18.',
        due='2016-02-19 04:59:59',
        vague=False,
        said='2015-12-14 15:00:00',
        tz='America/New_York',
        cluster=6,
        source=_NASA_ASCAN_2015,
        published='2015-12-14',
    ),
    # the same story: 'in mid-2017' is the middle third of 2017, May to August: 31 August 2017, end of day Eastern (EDT)
    B(
        text='The agency expects to announce final candidate selections in mid-2017.',
        due='2017-09-01 03:59:59',
        vague=False,
        said='2015-12-14 15:00:00',
        tz='America/New_York',
        cluster=4,
        source=_NASA_ASCAN_2015,
        published='2015-12-14',
    ),
)
