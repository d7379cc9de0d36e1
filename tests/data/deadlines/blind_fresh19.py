"""A NINETEENTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-02 (UTC), between about 11:40 and 11:55 by the machine's
clock, by a labelling helper (branch issue12l-s16) that neither changed nor ran the parser:
it read only `CONVENTIONS.md` (the labelling rules settled on 2026-12-02, which win over any
earlier set's comment), the docstring of `blind_real.py`, `blind_fresh18.py` and its
comments, the parser package's docstring (for the documented vague windows and period
forms), the README next to this file and the scoring rule of `bench/deadlines.py` (a case is right when both say no
deadline, or the due instant agrees to the minute and, for a case labelled vague, the
parser's result is vague too). The sentences were found with a search over stored copies of
public pages and taken as they came in the pages read; see README.md ("Nineteenth fresh blind
set") for every address, publisher and licence. No address listed in README.md, in a `#`
header under `tests/data/articles/` or `tests/data/agreement/`, or in the shared claims file
was used: each was checked against those lists and claimed (`fresh19`) before a quote was
taken (many pages the searches offered were already used and were dropped); and no sentence
already in another set (checked by a text search over the set files). Each label was worked
out by hand from the words, the publication date and the publisher's zone alone; the
conversion of the local instants to UTC wall time and the weekday and day-count arithmetic
were done with Python's zoneinfo and datetime, never with code of the project. No run of
`parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the tests touched these
texts before the labels were committed; the helpers improving the parser have not seen them.
121 cases from 67 pages; see README.md for the composition by publisher and by kind.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.2"), then `blind_real.py`: the publisher's zone (UK Parliament and gov.uk:
Europe/London; Oireachtas: Europe/Dublin; kremlin.ru: Europe/Moscow; EU institutions:
Europe/Brussels; US federal publishers, NASA and the White House: America/New_York;
Wikinews: UTC, as in the earlier sets); the publication date at 10:00 local unless the source
gives the time of speaking (KildareStreet and Hansard time stamps are taken as that time); a
day falls due at 23:59:59 local; a clock time without a zone word is in the publisher's
zone; a range or a schedule falls due at its later end; seasons are meteorological (autumn
is September to November); "early", "mid" and "late" in a month are its thirds; vague
windows as the parser's docstring documents them ("soon", "shortly", "at the earliest
opportunity": 60 days; "within the next few days": 7 days; "later today": vague, to the end
of that day; CONVENTIONS 5.1), at the end of the day they reach; decades split in thirds
as the docstring says (early 0-2, late 7-9); "by <year>" falls due at the end of that year;
refusals have `due=None` and a `refusal` kind (earliest | negated | past | event |
recurring), with `earliest` at 00:00 local for start-only wording (at the clock time when one
is given). Historic zones are those of zoneinfo. Where the carrying page shows no date, the
comment says which reference was taken and for which range of days the label holds. Labels
marked "unsure" name the other reading; like every label here they stay as committed,
whatever the first run shows. First run: not yet taken (the lead runs it once, after
merging, and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_FR_MONITOR = 'https://www.federalregister.gov/api/v1/documents/2015-33169?publication_date=2016-01-08'
_NOAA_REVIEW = 'http://federal.elaws.us/fr/6/26/2017/2017-13308'
_KS_AUDITOR = 'https://www.kildarestreet.com/debate/?id=2018-11-15a.181'
_KS_NBP_2017 = 'https://www.kildarestreet.com/debate/?id=2017-07-12a.57'
_KS_NBP_2018 = 'https://www.kildarestreet.com/debate/?id=2018-01-24a.293'
_FORESTRY_2011 = 'https://hansard.parliament.uk/Commons/2011-02-17/debates/11021765000004/details'
_FORESTRY_2013 = 'https://hansard.parliament.uk/Lords/2013-02-05/debates/13020546001345/details'
_BIA_ICWA = 'https://regulations.justia.com/regulations/fedreg/2014/09/08/2014-21320.html'
_SR_OPTICAL = 'https://api.parliament.uk/historic-hansard/commons/1987/may/01/optical-appliances-blind-and-partially'
_SR_HEDGEROW = 'https://api.parliament.uk/historic-hansard/commons/1987/feb/20/hedgerow-protection-bill'
_SR_UNBORN = 'https://api.parliament.uk/historic-hansard/commons/1988/mar/04/unborn-children-protection-bill'
_SR_SOUTHERN_WATER = 'https://api.parliament.uk/historic-hansard/commons/1988/mar/30/southern-water-authority-bill-by-order'
_SR_CERVICAL = 'https://api.parliament.uk/historic-hansard/commons/1989/feb/17/cervical-cancer-testing-and-treatment'
_BUSINESS_1987 = 'http://api.parliament.uk/historic-hansard/commons/1987/may/11/business-of-the-house'
_NASA_MSL_2011 = 'http://www.meteorite-list-archives.com/2008/dec/0076.html'
_DAIL_2017_TOMORROW = 'https://www.oireachtas.ie/en/debates/debate/dail/2017-04-12/33/'
_USCG_LIS_2015 = 'https://thefederalregister.org/80-FR/48692'
_USCG_LIS_2017 = 'https://thefederalregister.org/82-FR/31260'
_USCG_LIS_2005 = 'https://regulations.justia.com/regulations/fedreg/2005/07/29/05-15076.html'
_USCG_D5_2009 = 'http://federal.elaws.us/fr/4/8/2009/e9-7885'
_GOVUK_FLOOD_EAST = 'https://gov.uk/government/news/earlier-flood-protection-for-homes-in-the-east-of-england'
_KS_SEANAD_2019 = 'https://www.kildarestreet.com/sendebates/?gid=2019-01-22a.79'
_SEANAD_EASTER_2019 = 'https://www.oireachtas.ie/ga/debates/debate/seanad/2019-04-16/15/'
_SEANAD_1986 = 'https://www.oireachtas.ie/ga/debates/debate/seanad/1986-05-01/3/'
_SEANAD_GREYHOUND = 'https://www.oireachtas.ie/en/debates/debate/seanad/2018-12-20/17/'
_KS_SEANAD_2017 = 'https://www.kildarestreet.com/sendebates/?gid=2017-10-10a.8'
_STB_NPRM = 'http://federal.elaws.us/fr/4/5/2017/2017-06718'
_STB_FINAL = 'https://regulations.vlex.com/vid/expediting-rate-cases-698335665'
_WH_GAGGLE_2014 = 'https://obamawhitehouse.archives.gov/taxonomy/term/16/http%3A/www.whitehouse.gov/filmfest?page=402'
_UKSI_2016_394 = 'https://legislation.gov.uk/uksi/2016/394/made/data.html'
_WRWA_NOTES = 'http://www.legislation.gov.uk/ukpga/2016/7/notes/division/7/index.htm'
_UKSI_2015_994 = 'https://www.legislation.gov.uk/uksi/2015/994/body/made/data.xht?view=snippet&wrap=true'
_KREMLIN_IVANOV_2000 = 'http://en.special.kremlin.ru/events/president/news/37411'
_EC_VOLUNTARISM = 'https://ec.europa.eu/digital-single-market/news/public-consultation-code-effective-open-voluntarism-good-design-principles-self-and-co'
_KREMLIN_RAIL_2023 = 'http://en.special.kremlin.ru/events/president/transcripts/73078'
_WH_UI_2003 = 'https://georgewbush-whitehouse.archives.gov/news/releases/2003/01/20030108-7.html'
_WH_TPA_2002 = 'https://georgewbush-whitehouse.archives.gov/infocus/internationaltrade/20020722.html'
_LORDS_ORDER_PAPER_2003 = 'http://www.publications.parliament.uk/pa/ld200203/minutes/030627/ldordpap.htm'
_NASA_MESSENGER = 'http://www.parabolicarc.com/2011/03/17/nasa-tv-cover-messenger-orbital-insertion/'
_NASA_CYGNUS_DEMO = 'https://www.infolotnicze.pl/2013/09/12/nasa-tv-coverage-set-for-orbital-sciences-demonstration-mission/'
_NASA_OA5 = 'https://spacenews.com/orbital-atk-crs-5-briefings-and-events'
_NASA_OA9 = 'https://spaceref.com/status-report/nasa-orbital-atk-now-targeting-may-21-for-next-resupply-mission-to-space-station/'
_NASA_OA6 = 'https://prnewswire.com/news-releases/nasa-tv-coverage-set-for-fifth-orbital-atk-resupply-mission-to-space-station-300237881.html'
_HE_M25_APR17 = 'http://government-world.com/tag/gb/page/282'
_VOA_DISCOVERY = 'https://www.voanews.com/a/us-shuttle-launch-delayed-again-113081654/173645.html'
_KS_MODULAR_2022 = 'https://www.kildarestreet.com/wrans/?id=2022-10-05a.274'
_SCHOOL_TENDER_2020 = 'https://www.oireachtas.ie/ga/debates/question/2020-12-02/66/'
_KS_GARDA_2020 = 'https://www.kildarestreet.com/wrans/?id=2020-03-05a.330.r'
_OP_8JUN21 = 'https://commonsbusiness.parliament.uk/document/48005/html'
_OP_16JUN21 = 'https://commonsbusiness.digiminster.com/Document/48311/Html?pageTitle=Order+Paper+-+16+June+2021&subType=Standard'
_OP_15JUN21 = 'https://commonsbusiness.digiminster.com/Document/48289/Html?pageTitle=Order+Paper+-+15+June+2021&subType=Standard'
_APHIS_PORK_2000 = 'http://federal.elaws.us/fr/1/10/2000/00-436'
_APHIS_PORK_2008 = 'http://federal.elaws.us/fr/4/2/2008/e8-6800'
_USDA_AGENDA_2011 = 'http://www.fsis.usda.gov/oppde/rdad/frpubs/UnifiedAgenda/2011/Reg_Agenda_070711.htm'
_APHIS_TED_2013 = 'https://regulations.justia.com/regulations/fedreg/2013/01/09/2013-00207.html'
_VALE_OF_LEVEN = 'https://api.parliament.uk/historic-hansard/commons/1963/jul/17/vale-of-leven-hospital-alexandria'
_ST_HELEN = 'https://api.parliament.uk/historic-hansard/written-answers/1959/nov/02/st-helen-hospital-barnsley'
_LORDS_NEWS_OCT19 = 'https://www.parliament.uk/business/news/2019/october/lords-eu-exit-regulations-7-october/'
_NI_EXEC_FORMATION = 'https://www.parallelparliament.co.uk/mp/baroness-finlay-of-llandaff/debate/Lords/2019-07-17/debates/BF8BE40B-B1D6-46B9-8986-103610CFA38A/NorthernIreland(ExecutiveFormation)Bill'
_M1_M6_LINK = 'https://api.parliament.uk/historic-hansard/written-answers/1967/apr/11/m1-and-m6-link-motorway'
_MOTORWAYS_1981 = 'https://api.parliament.uk/historic-hansard/written-answers/1981/jan/19/motorways'
_MOTORWAYS_1961 = 'https://hansard.parliament.uk/Commons/1961-11-22/debates/a63e330a-9bb1-4741-90d4-67bc83328744/Motorways'
_MOTORWAYS_1964 = 'https://api.parliament.uk/historic-hansard/written_answers/1964/apr/29/motorways'
_MOTORWAYS_1967_WA = 'https://api.parliament.uk/historic-hansard/written_answers/1967/feb/16/motorways-2'
_M27_1972 = 'https://api.parliament.uk/historic-hansard/written_answers/1972/may/22/m27'
_MOTORWAYS_LORDS_1967 = 'http://api.parliament.uk/historic-hansard/lords/1967/feb/10/motorways'
_DUAL_CARRIAGEWAYS_1969 = 'https://api.parliament.uk/historic-hansard/written_answers/1969/may/16/dual-carriageways'

FRESH19_CASES: tuple[BlindCase, ...] = (
    # Federal Register (NOAA, Monitor National Marine Sanctuary boundary review), published Friday 8 January 2016: comments 'must be received by March 18, 2016': 18 March 2016, end of day Eastern (EDT)
    B(
        text='Comments must be received by March 18, 2016.',
        due='2016-03-19 03:59:59',
        vague=False,
        said='2016-01-08 15:00:00',
        tz='America/New_York',
        cluster=6,
        source=_FR_MONITOR,
        published='2016-01-08',
    ),
    # Federal Register (NOAA, review of sanctuaries and monuments under E.O. 13795), published Monday 26 June 2017: 'no later than July 26, 2017': end of day Eastern (EDT)
    B(
        text='Written comments must be submitted no later than July 26, 2017.',
        due='2017-07-27 03:59:59',
        vague=False,
        said='2017-06-26 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_NOAA_REVIEW,
        published='2017-06-26',
    ),
    # Dáil, Questions on Promised Legislation, Thursday 15 November 2018, 12:45 pm (Tánaiste): 'We will have a report from the auditor soon' is the vague 60 days (CONVENTIONS 5.1): 14 January 2019, end of day (GMT)
    B(
        text='We will have a report from the auditor soon, giving advice to the Government on the integrity of the process.',
        due='2019-01-14 23:59:59',
        vague=True,
        said='2018-11-15 12:45:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_KS_AUDITOR,
        published='2018-11-15',
    ),
    # the same reply: acting 'on the back of that report' hangs on an undated event (the report): event
    B(
        text='We will act on the back of that report.',
        due=None,
        vague=False,
        said='2018-11-15 12:45:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=5,
        source=_KS_AUDITOR,
        published='2018-11-15',
    ),
    # Dáil, Wednesday 12 July 2017, 12:00 pm (Taoiseach): of two targets the later, 'by 2020-21', a range of years falling due at its later end (CONVENTIONS 6.1; an Irish server's fiscal year is the calendar year, so no financial-year reading applies): 31 December 2021, end of day (GMT)
    B(
        text='We estimate that it will increase to over 75% by the end of 2018 and to between 90% and 100% by 2020-21.',
        due='2021-12-31 23:59:59',
        vague=False,
        said='2017-07-12 11:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source=_KS_NBP_2017,
        published='2017-07-12',
    ),
    # the same reply: a start 'shortly' of a one-off piece of work (CONVENTIONS 3.1) with the vague word of 5.1: 60 days, 10 September 2017, end of day (IST); '300,000 premises' is a count
    B(
        text='Eir has committed to providing high speed broadband to 300,000 premises and it will start on that shortly.',
        due='2017-09-10 22:59:59',
        vague=True,
        said='2017-07-12 11:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_KS_NBP_2017,
        published='2017-07-12',
    ),
    # the same reply: discussions that 'will run until September, approximately' are kept going to a month (CONVENTIONS 3.3): 30 September 2017, end of day (IST)
    B(
        text='They will run until September, approximately, and it is estimated that the companies can put in their final bids at that point.',
        due='2017-09-30 22:59:59',
        vague=False,
        said='2017-07-12 11:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_KS_NBP_2017,
        published='2017-07-12',
    ),
    # Dáil Topical Issue, Wednesday 24 January 2018, 1:20 pm (Minister Naughten): 'not one day later than is absolutely necessary' gives no time at all: no deadline, no refusal kind
    B(
        text='I give a commitment to the House that not one day later than is absolutely necessary will every single person in this country get access to high-speed broadband.',
        due=None,
        vague=False,
        said='2018-01-24 13:20:00',
        tz='Europe/Dublin',
        cluster=5,
        source=_KS_NBP_2018,
        published='2018-01-24',
    ),
    # Commons statement, Thursday 17 February 2011 (Forestry (England)): the act announced as it is spoken, 'I am today announcing', falls due that day (CONVENTIONS 2.1): 17 February 2011, end of day (GMT)
    B(
        text='That is why I am today announcing three steps that will allow for more measured and rational debate about the future direction of forestry policy.',
        due='2011-02-17 23:59:59',
        vague=False,
        said='2011-02-17 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_FORESTRY_2011,
        published='2011-02-17',
    ),
    # the same statement: 'in the autumn' said in February is the coming meteorological autumn, September-November 2011: 30 November 2011, end of day (GMT)
    B(
        text='It will report to me with its findings in the autumn.',
        due='2011-11-30 23:59:59',
        vague=False,
        said='2011-02-17 10:00:00',
        tz='Europe/London',
        cluster=4,
        source=_FORESTRY_2011,
        published='2011-02-17',
    ),
    # the same statement: 'I will shortly publish' is the vague 60 days (CONVENTIONS 5.1): 18 April 2011, end of day (BST)
    B(
        text='I will shortly publish its membership and terms of reference.',
        due='2011-04-18 22:59:59',
        vague=True,
        said='2011-02-17 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_FORESTRY_2011,
        published='2011-02-17',
    ),
    # Lords oral question, Tuesday 5 February 2013: 'at the earliest opportunity' is the vague 60 days (CONVENTIONS 5.1), the proviso 'subject to parliamentary time' moving nothing: 6 April 2013, end of day (BST)
    B(
        text='My Lords, subject to parliamentary time, the Government will look to introduce legislation at the earliest opportunity in order to establish the new independent body to manage the public forest estate and hold it in trust for the nation.',
        due='2013-04-06 22:59:59',
        vague=True,
        said='2013-02-05 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_FORESTRY_2013,
        published='2013-02-05',
    ),
    # the same answer: of three commitments only the woodland increase has a time, 'over the next 50 years' from the moment of speaking: 5 February 2063, end of day (GMT)
    B(
        text='Yes, my Lords, we are committed to keeping the public forest in public hands, to maintaining and improving public access to our woodlands, and to increasing woodland cover very substantially over the next 50 years.',
        due='2063-02-05 23:59:59',
        vague=False,
        said='2013-02-05 10:00:00',
        tz='Europe/London',
        cluster=1,
        source=_FORESTRY_2013,
        published='2013-02-05',
    ),
    # Federal Register (Bureau of Indian Affairs, ICWA information collection), published Monday 8 September 2014: 'on or before November 7, 2014': end of day Eastern (EST)
    B(
        text='DATE: Submit comments on or before November 7, 2014.',
        due='2014-11-08 04:59:59',
        vague=False,
        said='2014-09-08 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_BIA_ICWA,
        published='2014-09-08',
    ),
    # the same notice: the collection's approval 'expires November 30, 2014', a one-off event at a time (CONVENTIONS 3.1): end of day Eastern (EST)
    B(
        text='This information collection expires November 30, 2014.',
        due='2014-12-01 04:59:59',
        vague=False,
        said='2014-09-08 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_BIA_ICWA,
        published='2014-09-08',
    ),
    # Commons, Friday 1 May 1987: a Second Reading 'deferred till Friday 8 May' falls due that day: 8 May 1987, end of day (BST)
    B(
        text='Second Reading deferred till Friday 8 May.',
        due='1987-05-08 22:59:59',
        vague=False,
        said='1987-05-01 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_SR_OPTICAL,
        published='1987-05-01',
    ),
    # Commons, Friday 20 February 1987: the day named for the Second Reading, 'Friday 27 February' (yearless, the coming one): 27 February 1987, end of day (GMT)
    B(
        text='With the agreement of the sponsor, Friday 27 February.',
        due='1987-02-27 23:59:59',
        vague=False,
        said='1987-02-20 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_SR_HEDGEROW,
        published='1987-02-20',
    ),
    # Commons, Friday 4 March 1988: 'No day named' gives no time at all: no deadline, no refusal kind
    B(
        text='Second Reading what day? No day named.',
        due=None,
        vague=False,
        said='1988-03-04 10:00:00',
        tz='Europe/London',
        cluster=5,
        source=_SR_UNBORN,
        published='1988-03-04',
    ),
    # Commons, Wednesday 30 March 1988: 'upon Thursday 14 April' (yearless, the coming one): 14 April 1988, end of day (BST)
    B(
        text='To be read a Second time upon Thursday 14 April.',
        due='1988-04-14 22:59:59',
        vague=False,
        said='1988-03-30 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_SR_SOUTHERN_WATER,
        published='1988-03-30',
    ),
    # Commons, Friday 17 February 1989: the day named, 'Friday 24 February' (yearless, the coming one): 24 February 1989, end of day (GMT)
    B(
        text='With the permission of the proposer, Friday 24 February.',
        due='1989-02-24 23:59:59',
        vague=False,
        said='1989-02-17 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_SR_CERVICAL,
        published='1989-02-17',
    ),
    # Commons business statement, Monday 11 May 1987, 3.30 pm: 'later today' is a vague window of the documented kind ('later today' is vague in the parser's docstring; CONVENTIONS 5.1) ending with that day: 11 May 1987, end of day (BST); 'earlier today' is the past
    B(
        text='I propose to make a further statement to the House later today, following discussions through the usual channels.',
        due='1987-05-11 22:59:59',
        vague=True,
        said='1987-05-11 14:30:00',
        tz='Europe/London',
        cluster=3,
        source=_BUSINESS_1987,
        published='1987-05-11',
    ),
    # the same exchange: the statement expected 'at 7 o'clock this evening' is 19:00 that day in the publisher's zone (BST) = 18:00 UTC
    B(
        text="We very much welcome the circumstances that have brought the right hon. Gentleman to the House, and we shall look forward to his further statement at 7 o'clock this evening.",
        due='1987-05-11 18:00:00',
        vague=False,
        said='1987-05-11 14:30:00',
        tz='Europe/London',
        cluster=2,
        source=_BUSINESS_1987,
        published='1987-05-11',
    ),
    # the same exchange: moving the debate 'from Wednesday to Tuesday' gives a new time, which counts (CONVENTIONS 4.1): Tuesday 12 May 1987, end of day (BST). unsure: the sentence is a request ('will the Leader of the House see whether he can'), which a reader may take as no undertaking (no deadline), though the answer was 'Most certainly'
    B(
        text='With reference to the business provisionally being considered through the usual channels for the remainder of the week, will the Leader of the House see whether he can transfer the Territorial Sea Bill debate from Wednesday to Tuesday, which may be more convenient for some hon. Members with a special interest in that legislation?',
        due='1987-05-12 22:59:59',
        vague=False,
        said='1987-05-11 14:30:00',
        tz='Europe/London',
        cluster=3,
        source=_BUSINESS_1987,
        published='1987-05-11',
    ),
    # NASA release 08-319, Thursday 4 December 2008 (read in the meteorite-list archive): 'in the fall of 2011' is meteorological autumn, September-November 2011: 30 November 2011, end of day Eastern (EST)
    B(
        text="NASA's Mars Science Laboratory will launch two years later than previously planned, in the fall of 2011.",
        due='2011-12-01 04:59:59',
        vague=False,
        said='2008-12-04 15:00:00',
        tz='America/New_York',
        cluster=4,
        source=_NASA_MSL_2011,
        published='2008-12-04',
    ),
    # the same release: the launch date of October 2009 is called off and the sentence gives no new time (CONVENTIONS 4.1): negated
    B(
        text='A launch date of October 2009 no longer is feasible because of testing and hardware challenges that must be addressed to ensure mission success.',
        due=None,
        vague=False,
        said='2008-12-04 15:00:00',
        tz='America/New_York',
        refusal='negated',
        cluster=5,
        source=_NASA_MSL_2011,
        published='2008-12-04',
    ),
    # the same release: the 2009 window 'ends in late October', a one-off event at a time (CONVENTIONS 3.1); late in a month is its last third: 31 October 2009, end of day Eastern (EDT)
    B(
        text='The window for a 2009 launch ends in late October.',
        due='2009-11-01 03:59:59',
        vague=False,
        said='2008-12-04 15:00:00',
        tz='America/New_York',
        cluster=4,
        source=_NASA_MSL_2011,
        published='2008-12-04',
    ),
    # Dáil, Business of Dáil, Wednesday 12 April 2017 (spoken just before the sitting was suspended at 4.41 p.m.; 16:30 taken): statements from '10.30 a.m. tomorrow' brought to a conclusion 'within 85 minutes' end at 11:55 on Thursday 13 April 2017 (IST) = 10:55 UTC
    B(
        text='It is proposed, notwithstanding anything in Standing Orders, that the Dáil shall sit at 10.30 a.m. tomorrow in order to take pre-European Council statements, which shall, if not previously concluded, be brought to a conclusion within 85 minutes.',
        due='2017-04-13 10:55:00',
        vague=False,
        said='2017-04-12 15:30:00',
        tz='Europe/Dublin',
        cluster=2,
        source=_DAIL_2017_TOMORROW,
        published='2017-04-12',
    ),
    # the same statement: 'the last one I will be making today' is a hope about the speaker's own statements, no undertaking with a time: no deadline, no refusal kind (CONVENTIONS 4.2). unsure: a reader may take 'today' as the day the thing is done (12 April 2017, end of day)
    B(
        text='I hope this is the last one I will be making today.',
        due=None,
        vague=False,
        said='2017-04-12 15:30:00',
        tz='Europe/Dublin',
        cluster=5,
        source=_DAIL_2017_TOMORROW,
        published='2017-04-12',
    ),
    # the same record: the sitting 'suspended at 4.41 p.m. and resumed at 5.10 p.m.' is told of the past: past
    B(
        text='Sitting suspended at 4.41 p.m. and resumed at 5.10 p.m.',
        due=None,
        vague=False,
        said='2017-04-12 15:30:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_DAIL_2017_TOMORROW,
        published='2017-04-12',
    ),
    # Federal Register (Coast Guard, Long Island Sound fireworks safety zones), published Friday 14 August 2015: the rule runs 'from 12:01 a.m. on August 14, 2015 until 11 p.m. on August 23, 2015', due at its later end, 23:00 EDT = 03:00 UTC on 24 August (CONVENTIONS 3.3)
    B(
        text='This rule is effective without actual notice from 12:01 a.m. on August 14, 2015 until 11 p.m. on August 23, 2015.',
        due='2015-08-24 03:00:00',
        vague=False,
        said='2015-08-14 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_USCG_LIS_2015,
        published='2015-08-14',
    ),
    # Federal Register (Coast Guard, Long Island Sound fireworks safety zones), published Thursday 6 July 2017: effective 'from July 6, 2017 through July 7, 2017', the later end: 7 July 2017, end of day (EDT)
    B(
        text='This rule is effective without actual notice from July 6, 2017 through July 7, 2017.',
        due='2017-07-08 03:59:59',
        vague=False,
        said='2017-07-06 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_USCG_LIS_2017,
        published='2017-07-06',
    ),
    # Federal Register (Coast Guard, Long Island Sound annual fireworks), published Friday 29 July 2005: an effective date, 'June 25, 2005', already past when published: past
    B(
        text='DATES: This rulemaking is effective June 25, 2005.',
        due=None,
        vague=False,
        said='2005-07-29 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source=_USCG_LIS_2005,
        published='2005-07-29',
    ),
    # the same rule: the docket is open for inspection 'between 9 a.m. and 3 p.m., Monday through Friday' every week, a standing schedule: recurring (CONVENTIONS 1.3)
    B(
        text='Comments and material received from the public, as well as documents indicated in this preamble as being available in the docket, are part of docket CGD01–05–012 and are available for inspection or copying at Group/MSO Long Island Sound, New Haven, CT, between 9 a.m. and 3 p.m., Monday through Friday, except Federal holidays.',
        due=None,
        vague=False,
        said='2005-07-29 14:00:00',
        tz='America/New_York',
        refusal='recurring',
        cluster=5,
        source=_USCG_LIS_2005,
        published='2005-07-29',
    ),
    # Federal Register (Coast Guard, Fifth District fireworks safety zones), published Wednesday 8 April 2009: 'effective May 8, 2009', a one-off event at a time (CONVENTIONS 3.1): end of day (EDT)
    B(
        text='This rule is effective May 8, 2009.',
        due='2009-05-09 03:59:59',
        vague=False,
        said='2009-04-08 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_USCG_D5_2009,
        published='2009-04-08',
    ),
    # gov.uk news (Defra and the Environment Agency; Budget 2015 release, the page shows no date: Budget day, Wednesday 18 March 2015, taken; the label holds for any day before April 2017): brought forward 'to 2016/17', a GB financial year ending 31 March 2017: end of day (BST)
    B(
        text='Money to start development work on Phase 2 of the Great Yarmouth Flood Alleviation Scheme has been brought forward by one year to 2016/17.',
        due='2017-03-31 22:59:59',
        vague=False,
        said='2015-03-18 10:00:00',
        tz='Europe/London',
        cluster=4,
        source=_GOVUK_FLOOD_EAST,
        published='2015-03-18',
    ),
    # the same release: 'sooner than originally planned' gives no time: no deadline, no refusal kind; '5' is a count
    B(
        text='Work will begin on 5 flood defence projects sooner than originally planned.',
        due=None,
        vague=False,
        said='2015-03-18 10:00:00',
        tz='Europe/London',
        cluster=1,
        source=_GOVUK_FLOOD_EAST,
        published='2015-03-18',
    ),
    # Seanad Order of Business, Tuesday 22 January 2019, 2:30 pm (read on KildareStreet): statements 'taken at 4.45 p.m. and conclude not later than 6.15 p.m.' fall due at 18:15 that day (GMT); 'eight', 'five' and 'ten minutes' are speaking limits
    B(
        text="No. 4, statements on the Government's Brexit preparedness, to be taken at 4.45 p.m. and conclude not later than 6.15 p.m., with the contribution of each spokesperson not to exceed eight minutes, those of all other Senators not to exceed five minutes and the Minister to be given no less than ten minutes to reply to the debate",
        due='2019-01-22 18:15:00',
        vague=False,
        said='2019-01-22 14:30:00',
        tz='Europe/Dublin',
        cluster=2,
        source=_KS_SEANAD_2019,
        published='2019-01-22',
    ),
    # the same Order: 'adjourn not later than 9.30 p.m.' is the latest of the clause's times (CONVENTIONS 6.1): 21:30 that day (GMT); 'Bill 2017' is a name
    B(
        text='No. 4, Judicial Appointments Commission Bill 2017 - Committee Stage (resumed), to be taken at 6.15 p.m. and adjourn not later than 9.30 p.m., if not previously concluded.',
        due='2019-01-22 21:30:00',
        vague=False,
        said='2019-01-22 14:30:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_KS_SEANAD_2019,
        published='2019-01-22',
    ),
    # Seanad sitting arrangements motion, Tuesday 16 April 2019: the House adjourns 'until 2.30 p.m. on Wednesday, 8th May, 2019' and the Order of Business is proposed at 3.30 p.m. that day, the latest time of the sentence (CONVENTIONS 6.1): 15:30 IST = 14:30 UTC on 8 May 2019
    B(
        text='(3) The Seanad on its rising on Thursday, 18th April, 2019, shall adjourn until 2.30 p.m. on Wednesday, 8th May, 2019, and the Order of Business shall be proposed at 3.30 p.m.',
        due='2019-05-08 14:30:00',
        vague=False,
        said='2019-04-16 09:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source=_SEANAD_EASTER_2019,
        published='2019-04-16',
    ),
    # the same motion: the Seanad 'shall meet at 10.30 a.m. on Wednesday, 17th April, 2019', a one-off event at a time (CONVENTIONS 3.1): 10:30 IST = 09:30 UTC
    B(
        text='(1) The Seanad shall meet at 10.30 a.m. on Wednesday, 17th April, 2019 and the following arrangements shall apply:',
        due='2019-04-17 09:30:00',
        vague=False,
        said='2019-04-16 09:00:00',
        tz='Europe/Dublin',
        cluster=2,
        source=_SEANAD_EASTER_2019,
        published='2019-04-16',
    ),
    # Seanad Order of Business, Thursday 1 May 1986: 'should conclude by 2.30 p.m. today': 14:30 IST = 13:30 UTC
    B(
        text='There is agreement between the groups in the House that all stages of No. 1 should conclude by 2.30 p.m. today and, accordingly, there will be no early signature motion.',
        due='1986-05-01 13:30:00',
        vague=False,
        said='1986-05-01 09:00:00',
        tz='Europe/Dublin',
        cluster=2,
        source=_SEANAD_1986,
        published='1986-05-01',
    ),
    # the same Order: either way the Bill is concluded by the end of the extra hour, the later time of the sentence (CONVENTIONS 6.1, 6.2): 14:30 IST = 13:30 UTC. unsure: a reader may take 1.30 p.m., the time the sentence names for concluding, as the deadline
    B(
        text='If No. 1 concludes all its stages before 1.30 p.m. it is proposed to rise from 1.30 p.m. to 2.30 p.m. but if it is not concluded by 1.30 p.m. we will sit through the extra hour in order to conclude it.',
        due='1986-05-01 13:30:00',
        vague=False,
        said='1986-05-01 09:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source=_SEANAD_1986,
        published='1986-05-01',
    ),
    # the same Order: a rule applied at every sitting ('As is usual'), within an hour of an undated rising: recurring (CONVENTIONS 1.3)
    B(
        text='As is usual, no new business will be commenced at a time within an hour of the time of rising.',
        due=None,
        vague=False,
        said='1986-05-01 09:00:00',
        tz='Europe/Dublin',
        refusal='recurring',
        cluster=5,
        source=_SEANAD_1986,
        published='1986-05-01',
    ),
    # the same Order: a statement expected not to exceed ten minutes, the whole 'not more than 15 minutes', runs from a start the sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="It is not anticipated that the Tánaiste's statement will exceed ten minutes and, accordingly, the whole proceedings should not occupy more than 15 minutes.",
        due=None,
        vague=False,
        said='1986-05-01 09:00:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=1,
        source=_SEANAD_1986,
        published='1986-05-01',
    ),
    # Seanad, Business of Seanad, Thursday 20 December 2018 (business began at 1.15 p.m., taken as the time of speaking): 'concluded this evening' falls due at the end of that day: 20 December 2018, end of day (GMT)
    B(
        text='It is important to ensure the Greyhound Racing Bill 2018 is concluded this evening.',
        due='2018-12-20 23:59:59',
        vague=False,
        said='2018-12-20 13:15:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_SEANAD_GREYHOUND,
        published='2018-12-20',
    ),
    # the same exchange: 'by 3 p.m. if we can' is that day's 15:00 (GMT); the hedge keeps the time
    B(
        text='We will conclude it by 3 p.m. if we can.',
        due='2018-12-20 15:00:00',
        vague=False,
        said='2018-12-20 13:15:00',
        tz='Europe/Dublin',
        cluster=2,
        source=_SEANAD_GREYHOUND,
        published='2018-12-20',
    ),
    # the same exchange: the Leader declines to give an end time: no deadline, no refusal kind
    B(
        text='I am not because I do not know how long it will take.',
        due=None,
        vague=False,
        said='2018-12-20 13:15:00',
        tz='Europe/Dublin',
        cluster=5,
        source=_SEANAD_GREYHOUND,
        published='2018-12-20',
    ),
    # Seanad Order of Business, Tuesday 10 October 2017, 3:30 pm (read on KildareStreet): 'conclude not later than 6.50 p.m.' is the latest time: 18:50 IST = 17:50 UTC; 'budget 2018' is a name, not a year to fall due in
    B(
        text='The Order of Business is No. 1, motion re sectoral employment order (construction sector) to be taken on the conclusion of the Order of Business, without debate; and No. 2, statements on budget 2018, to be taken at 4.45 p.m. and to conclude not later than 6.50 p.m., with the contribution of group spokespersons not to exceed eight minutes - time can be shared - all other Senators not to exceed five minutes and the Minister to be given not fewer than six minutes to reply to the debate.',
        due='2017-10-10 17:50:00',
        vague=False,
        said='2017-10-10 14:30:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_KS_SEANAD_2017,
        published='2017-10-10',
    ),
    # Federal Register (Surface Transportation Board, Expediting Rate Cases, proposed rule), published Wednesday 5 April 2017: 'due by May 15, 2017': end of day Eastern (EDT)
    B(
        text='Comments are due by May 15, 2017.',
        due='2017-05-16 03:59:59',
        vague=False,
        said='2017-04-05 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_STB_NPRM,
        published='2017-04-05',
    ),
    # the same notice: reply comments 'due June 14, 2017': end of day Eastern (EDT)
    B(
        text='Reply comments are due June 14, 2017.',
        due='2017-06-15 03:59:59',
        vague=False,
        said='2017-04-05 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_STB_NPRM,
        published='2017-04-05',
    ),
    # Federal Register (Surface Transportation Board, Expediting Rate Cases, final rule), published Tuesday 5 December 2017 (read on vLex): 'effective on December 30, 2017', a one-off event at a time (CONVENTIONS 3.1): end of day Eastern (EST)
    B(
        text='DATES: This rule is effective on December 30, 2017.',
        due='2017-12-31 04:59:59',
        vague=False,
        said='2017-12-05 15:00:00',
        tz='America/New_York',
        cluster=6,
        source=_STB_FINAL,
        published='2017-12-05',
    ),
    # White House, press gaggle aboard Air Force One, Friday 23 May 2014, 10:47 a.m. CDT (11:47 EDT): the announcement 'later today' is a vague window of the documented kind ('later today' is vague in the parser's docstring; CONVENTIONS 5.1) ending with that day: 23 May 2014, end of day Eastern (EDT)
    B(
        text='I know you’re aware that the President will be making a personnel announcement later today from the White House, announcing that he’s going to nominate current HUD Secretary Shaun Donovan to be his next OMB Director, and Mayor Julian Castro to replace Shaun as HUD Director.',
        due='2014-05-24 03:59:59',
        vague=True,
        said='2014-05-23 15:47:00',
        tz='America/New_York',
        cluster=6,
        source=_WH_GAGGLE_2014,
        published='2014-05-23',
    ),
    # the same gaggle: 'you'll hear from him today' is that day: 23 May 2014, end of day (EDT)
    B(
        text='He’s excited about both nominations, and you’ll hear from him today about them.',
        due='2014-05-24 03:59:59',
        vague=False,
        said='2014-05-23 15:47:00',
        tz='America/New_York',
        cluster=6,
        source=_WH_GAGGLE_2014,
        published='2014-05-23',
    ),
    # the same gaggle: a call 'in the next several days before the May 25th elections' is denied ('not aware of any plans'): negated (CONVENTIONS 4.1)
    B(
        text='I have no new conversations to read out between the President and President Putin, and I’m not aware of any plans for President Obama to reach -- to speak with President Putin in the next several days before the May 25th elections in Ukraine.',
        due=None,
        vague=False,
        said='2014-05-23 15:47:00',
        tz='America/New_York',
        refusal='negated',
        cluster=5,
        source=_WH_GAGGLE_2014,
        published='2014-05-23',
    ),
    # legislation.gov.uk, Welfare Reform and Work Act 2016 (Commencement No. 1) Regulations 2016 (the page shows no date; made after Royal Assent on 16 March 2016: 21 March 2016 taken, the label holds for any reference up to 15 May 2016): 'comes into force on 16th May 2016' (CONVENTIONS 3.1): end of day (BST)
    B(
        text='Section 3 of the Act comes into force on 16th May 2016.',
        due='2016-05-16 22:59:59',
        vague=False,
        said='2016-03-21 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_UKSI_2016_394,
        published='2016-03-21',
    ),
    # the same Regulations: 'on 1st April 2016' (CONVENTIONS 3.1); '23, 24, 26 to 32, 33(1)' are section numbers: 1 April 2016, end of day (BST); the label holds for any reference up to 31 March 2016
    B(
        text='Sections 23, 24, 26 to 32, 33(1), (2), (3), except paragraphs (b) and (c), and (4) to (9) of, and Schedule 2 to, the Act come into force on 1st April 2016 so far as they are not already in force on that date.',
        due='2016-04-01 22:59:59',
        vague=False,
        said='2016-03-21 10:00:00',
        tz='Europe/London',
        cluster=1,
        source=_UKSI_2016_394,
        published='2016-03-21',
    ),
    # the same Regulations: 'on the day after these Regulations are made' hangs on the making, which the sentence does not date: event
    B(
        text='Paragraph 8(1) of Schedule 2 to the Act comes into force on the day after these Regulations are made.',
        due=None,
        vague=False,
        said='2016-03-21 10:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source=_UKSI_2016_394,
        published='2016-03-21',
    ),
    # legislation.gov.uk, Explanatory Notes to the Welfare Reform and Work Act 2016 (undated page; Royal Assent, Wednesday 16 March 2016, taken; the label holds for any reference before 6 April 2017): of the two times the dated one is the tax-credit changes' coming into force, 6 April 2017 (CONVENTIONS 3.1), the other hanging on the Act's passing: 6 April 2017, end of day (BST)
    B(
        text='The changes to tax credits will come into force on 6 April 2017 but for regulation making purposes on the day the Act was passed.',
        due='2017-04-06 22:59:59',
        vague=False,
        said='2016-03-16 10:00:00',
        tz='Europe/London',
        cluster=3,
        source=_WRWA_NOTES,
        published='2016-03-16',
    ),
    # the same notes: 'on dates appointed by the Secretary of State in regulations' are not yet fixed: event
    B(
        text='The other sections will come into force on dates appointed by the Secretary of State in regulations made by statutory instrument.',
        due=None,
        vague=False,
        said='2016-03-16 10:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source=_WRWA_NOTES,
        published='2016-03-16',
    ),
    # the same notes: 'at the end of the period of two months beginning on the day the Act was passed' counts from an event the sentence does not date: event (CONVENTIONS 1.3)
    B(
        text='The following come into force at the end of the period of two months beginning on the day the Act was passed:',
        due=None,
        vague=False,
        said='2016-03-16 10:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source=_WRWA_NOTES,
        published='2016-03-16',
    ),
    # legislation.gov.uk, Deregulation Act 2015 (Commencement No. 1 and Transitional and Saving Provisions) Order 2015 (the snippet shows no date; made after Royal Assent on 26 March 2015: 27 March 2015 taken, the label holds for any reference up to 9 April 2015): 'The day appointed ... is 10th April 2015' (CONVENTIONS 3.1); '52(a)' and '11' are numbers of provisions: end of day (BST)
    B(
        text='The day appointed for the coming into force of section 52(a) (reduction of burdens relating to enforcement of transport legislation) and Part 1 of Schedule 11 (drink and drug driving offences) is 10th April 2015.',
        due='2015-04-10 22:59:59',
        vague=False,
        said='2015-03-27 10:00:00',
        tz='Europe/London',
        cluster=1,
        source=_UKSI_2015_994,
        published='2015-03-27',
    ),
    # kremlin.ru, Thursday 6 January 2000 (meeting with the Security Council Secretary): an agenda endorsed 'for the next six months' is a window run from the moment of speaking and falls due at its end (CONVENTIONS 1.1): 6 July 2000, end of day (MSD). unsure: a reader may take the sentence as a report of a past act (endorsed), with no deadline
    B(
        text='The acting head of state endorsed an agenda for the Russian Security Council for the next six months.',
        due='2000-07-06 19:59:59',
        vague=False,
        said='2000-01-06 07:00:00',
        tz='Europe/Moscow',
        cluster=3,
        source=_KREMLIN_IVANOV_2000,
        published='2000-01-06',
    ),
    # the same report: 'At its next meeting' is an undated event: event
    B(
        text='At its next meeting the Security Council will discuss a strategy for the development of the aircraft-building industry.',
        due=None,
        vague=False,
        said='2000-01-06 07:00:00',
        tz='Europe/Moscow',
        refusal='event',
        cluster=5,
        source=_KREMLIN_IVANOV_2000,
        published='2000-01-06',
    ),
    # European Commission, Digital Single Market news (the page shows no date; summer 2012, 16 July 2012 taken; the label holds for any reference before 30 September 2012): 'until September 30th 2012' closes the window: end of day Brussels (CEST)
    B(
        text='Contributions can be made until September 30th 2012 through the Online Interactive Policy-making questionnaire.',
        due='2012-09-30 21:59:59',
        vague=False,
        said='2012-07-16 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_VOLUNTARISM,
        published='2012-07-16',
    ),
    # the same news: a public meeting 'on 10 September' (yearless, the coming one: 2012), a one-off event (CONVENTIONS 3.1): end of day Brussels (CEST); the label holds for any reference in 2012 before 10 September
    B(
        text='Additionally, a public meeting on the code will be held on 10 September in Brussels.',
        due='2012-09-10 21:59:59',
        vague=False,
        said='2012-07-16 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_VOLUNTARISM,
        published='2012-07-16',
    ),
    # kremlin.ru, meeting on the Eastern Operating Domain's railways, Wednesday 20 December 2023 (evening; 18:00 taken): the second stage 'will run through 2024', kept going to the end of that year (CONVENTIONS 3.3): 31 December 2024, end of day (MSK); 'The year 2021' is the past start and '180 million tonnes' a quantity
    B(
        text='The year 2021 also marked the start of the second stage, which will run through 2024 with a target to increase shipments along these railways to 180 million tonnes per year.',
        due='2024-12-31 20:59:59',
        vague=False,
        said='2023-12-20 15:00:00',
        tz='Europe/Moscow',
        cluster=1,
        source=_KREMLIN_RAIL_2023,
        published='2023-12-20',
    ),
    # the same meeting: the reports asked for 'Today' are due that day (CONVENTIONS 2.1): 20 December 2023, end of day (MSK); 'this year' names the objectives' period, not the act's
    B(
        text='Today, I would like to ask you to deliver progress reports on the implementation of stage one and stage two, and whether all the objectives we had for this year were fulfilled.',
        due='2023-12-20 20:59:59',
        vague=False,
        said='2023-12-20 15:00:00',
        tz='Europe/Moscow',
        cluster=3,
        source=_KREMLIN_RAIL_2023,
        published='2023-12-20',
    ),
    # the same meeting: 'have yet to be completed' gives no time: no deadline, no refusal kind
    B(
        text='Some projects included in stage one have yet to be completed.',
        due=None,
        vague=False,
        said='2023-12-20 15:00:00',
        tz='Europe/Moscow',
        cluster=5,
        source=_KREMLIN_RAIL_2023,
        published='2023-12-20',
    ),
    # White House, remarks before a meeting with the congressional leadership, Wednesday 8 January 2003, 4:08 p.m. EST: 'I intend to sign a lot of other bills this year' falls due at the end of the year: 31 December 2003, end of day (EST)
    B(
        text='I signed this, and I intend to sign a lot of other bills this year.',
        due='2004-01-01 04:59:59',
        vague=False,
        said='2003-01-08 21:08:00',
        tz='America/New_York',
        cluster=6,
        source=_WH_UI_2003,
        published='2003-01-08',
    ),
    # the same remarks: the act done 'right now' as it is spoken falls due that day (CONVENTIONS 2.1): 8 January 2003, end of day (EST)
    B(
        text='And right now it is my honor to sign this piece of legislation, which should bring some comfort to those of our fellow citizens who need extra help during the time in which they try to find a job.',
        due='2003-01-09 04:59:59',
        vague=False,
        said='2003-01-08 21:08:00',
        tz='America/New_York',
        cluster=6,
        source=_WH_UI_2003,
        published='2003-01-08',
    ),
    # White House, excerpt of the President's remarks to the press, Monday 22 July 2002 (Illinois): 'before they go on recess' hangs on the recess, which the sentence does not date: event
    B(
        text='I met with the leaders of both the House and the Senate, both parties, and urged them to reconcile any differences and get the bill to the floor of the House before they go on recess.',
        due=None,
        vague=False,
        said='2002-07-22 14:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source=_WH_TPA_2002,
        published='2002-07-22',
    ),
    # the same remarks: 'when I get back to Washington' is an undated event: event
    B(
        text="We'll just have to see, when I get back to Washington, I'm going to check in, because our people are working that bill hard, working the corporate responsibility bill hard as well.",
        due=None,
        vague=False,
        said='2002-07-22 14:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source=_WH_TPA_2002,
        published='2002-07-22',
    ),
    # House of Lords Order Paper for Monday 30 June 2003, published Friday 27 June 2003: the Government's objective 'by 2010' falls due at the end of that year: 31 December 2010, end of day (GMT); '10 Gigawatts' and 'Cm 5761' are numbers that are not times
    B(
        text='The Lord Ezra—To ask Her Majesty’s Government what prospect there is of achieving their objective of 10 Gigawatts of Combined Heat and Power (CHP) by 2010 as set out in the Energy White Paper (Cm 5761).',
        due='2010-12-31 23:59:59',
        vague=False,
        said='2003-06-27 09:00:00',
        tz='Europe/London',
        cluster=1,
        source=_LORDS_ORDER_PAPER_2003,
        published='2003-06-27',
    ),
    # NASA media advisory, Thursday 17 March 2011 (read on Parabolic Arc): coverage 'from 8 to 10 p.m. EDT Thursday' falls due at its later end, 22:00 EDT that day = 02:00 UTC on 18 March
    B(
        text='NASA Television and the agency’s website will carry live coverage from 8 to 10 p.m. EDT Thursday as the first spacecraft enters Mercury’s orbit.',
        due='2011-03-18 02:00:00',
        vague=False,
        said='2011-03-17 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_MESSENGER,
        published='2011-03-17',
    ),
    # the same advisory: orbit entry 'at approximately 9 p.m.' on the day of the advisory, in the publisher's zone (EDT) = 01:00 UTC on 18 March; '6.6 years' and 'a dozen laps' tell the past journey
    B(
        text='NASA’s MErcury Surface, Space ENvironment, GEochemistry and Ranging, or MESSENGER, is scheduled to enter the planet’s orbit at approximately 9 p.m. after conducting more than a dozen laps through the inner solar system for the past 6.6 years.',
        due='2011-03-18 01:00:00',
        vague=False,
        said='2011-03-17 14:00:00',
        tz='America/New_York',
        cluster=1,
        source=_NASA_MESSENGER,
        published='2011-03-17',
    ),
    # NASA media advisory, Thursday 12 September 2013 (read on infolotnicze.pl): launch 'at 11:16 a.m. EDT Tuesday, Sept. 17' (CONVENTIONS 3.1): 15:16 UTC on 17 September 2013; 'Pad-0A' is a name
    B(
        text='It will be launched aboard Orbital’s Antares rocket at 11:16 a.m. EDT Tuesday, Sept. 17, from the Mid-Atlantic Regional Spaceport Pad-0A at NASA’s Wallops Flight Facility in eastern Virginia.',
        due='2013-09-17 15:16:00',
        vague=False,
        said='2013-09-12 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_CYGNUS_DEMO,
        published='2013-09-12',
    ),
    # the same advisory: the news conference 'at 2 p.m. Monday, Sept. 16' (EDT) = 18:00 UTC on 16 September 2013
    B(
        text='NASA will preview the launch and mission in a news conference at 2 p.m. Monday, Sept. 16, at the Wallops Visitors Center.',
        due='2013-09-16 18:00:00',
        vague=False,
        said='2013-09-12 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_CYGNUS_DEMO,
        published='2013-09-12',
    ),
    # NASA media advisory on the sixth Orbital ATK resupply mission (read on SpaceNews; undated there: Tuesday 11 October 2016 taken, the label holds for any reference from 10 to 15 October 2016): 'scheduled to launch ... Sunday, October 16', a one-off event (CONVENTIONS 3.1): 16 October 2016, end of day (EDT); 'sixth' is an ordinal
    B(
        text="NASA commercial provider Orbital ATK is scheduled to launch its sixth mission to the International Space Station Sunday, October 16 under the agency's Commercial Resupply Services contract.",
        due='2016-10-17 03:59:59',
        vague=False,
        said='2016-10-11 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_NASA_OA5,
        published='2016-10-11',
    ),
    # NASA status report, Friday 18 May 2018 (read on SpaceRef): the launch moved 'to no earlier than 4:39 a.m. EDT ... Monday, May 21' gives only a lower bound (CONVENTIONS 3.2): earliest, 04:39 EDT = 08:39 UTC on 21 May 2018. unsure: in NASA usage 'no earlier than' names the target launch time, which a reader may take as a one-off event at that time (CONVENTIONS 3.1: due 08:39 UTC)
    B(
        text='Orbital ATK, in conjunction with NASA, has moved the launch of its ninth contracted mission to the International Space Station to no earlier than 4:39 a.m. EDT (1:39 a.m. PDT) Monday, May 21, to support further prelaunch inspections and more favorable weather conditions.',
        due=None,
        vague=False,
        said='2018-05-18 14:00:00',
        tz='America/New_York',
        refusal='earliest',
        earliest='2018-05-21 08:39:00',
        cluster=2,
        source=_NASA_OA9,
        published='2018-05-18',
    ),
    # NASA media advisory, Thursday 17 March 2016 (via PR Newswire): arrival 'on Saturday, March 26', a one-off event (CONVENTIONS 3.1): 26 March 2016, end of day (EDT); 'Expedition 47' is a name
    B(
        text='The spacecraft will arrive at the station on Saturday, March 26, at which time Expedition 47 Commander Tim Kopra of NASA and Flight Engineer Tim Peake of ESA (European Space Agency) will grapple Cygnus',
        due='2016-03-27 03:59:59',
        vague=False,
        said='2016-03-17 14:00:00',
        tz='America/New_York',
        cluster=1,
        source=_NASA_OA6,
        published='2016-03-17',
    ),
    # Highways England press release on gov.uk, 'Planned roadworks in and around the M25: weekly summary for Monday 3 April to Sunday 9 April 2017', correct as of Friday 31 March 2017 (read on a mirror of the gov.uk feed): closed overnight 'between 8pm and 5.30am, from Monday 3 April for four nights': the fourth night (Thursday 6 April) ends at 05:30 on Friday 7 April 2017 (BST) = 04:30 UTC (a schedule falls due at its end, CONVENTIONS 6.1); 'junctions 2 and 4a' are numbers of junctions
    B(
        text='The southbound carriageway between junctions 2 and 4a will be closed overnight, between 8pm and 5.30am, from Monday 3 April for four nights.',
        due='2017-04-07 04:30:00',
        vague=False,
        said='2017-03-31 09:00:00',
        tz='Europe/London',
        cluster=1,
        source=_HE_M25_APR17,
        published='2017-03-31',
    ),
    # the same summary: closed overnight 'between 8pm and 7am, on Friday 7 April': the night that starts on Friday ends at 07:00 on Saturday 8 April 2017 (BST) = 06:00 UTC. unsure: a reader may end it at 07:00 on Friday 7 April
    B(
        text='The southbound carriageway between junctions 3 and 4a will be closed overnight, between 8pm and 7am, on Friday 7 April.',
        due='2017-04-08 06:00:00',
        vague=False,
        said='2017-03-31 09:00:00',
        tz='Europe/London',
        cluster=2,
        source=_HE_M25_APR17,
        published='2017-03-31',
    ),
    # the same summary: 'Work on Saturday will finish at 7am' is Saturday 8 April 2017, 07:00 (BST) = 06:00 UTC, the Saturday of the week summarised
    B(
        text='Work on Saturday will finish at 7am.',
        due='2017-04-08 06:00:00',
        vague=False,
        said='2017-03-31 09:00:00',
        tz='Europe/London',
        cluster=2,
        source=_HE_M25_APR17,
        published='2017-03-31',
    ),
    # the same summary: 'due to be completed in June 2017': 30 June 2017, end of day (BST)
    B(
        text='The scheme is due to be completed in June 2017.',
        due='2017-06-30 22:59:59',
        vague=False,
        said='2017-03-31 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_HE_M25_APR17,
        published='2017-03-31',
    ),
    # VOA, 'US Shuttle Launch Delayed Again' (the page shows no date; 'retire this year' puts it in 2011, early January: Thursday 6 January 2011 taken, the label holds for any reference in January 2011): of the two plans the one the agency now holds, 'late February', counts over the dropped 'early in the month'; late in a month is its last third: 28 February 2011, end of day (EST)
    B(
        text='The U.S. space agency says it is now considering potential launch dates in late February, not early in the month as previously planned.',
        due='2011-03-01 04:59:59',
        vague=False,
        said='2011-01-06 15:00:00',
        tz='America/New_York',
        cluster=3,
        source=_VOA_DISCOVERY,
        published='2011-01-06',
    ),
    # the same report: 'could launch as early as February 24' gives only a lower bound (CONVENTIONS 3.2): earliest, 24 February 2011 00:00 (EST)
    B(
        text='NASA officials now say the shuttle could launch as early as February 24.',
        due=None,
        vague=False,
        said='2011-01-06 15:00:00',
        tz='America/New_York',
        refusal='earliest',
        earliest='2011-02-24 05:00:00',
        cluster=5,
        source=_VOA_DISCOVERY,
        published='2011-01-06',
    ),
    # the same report: the cancelled attempt 'in early November' is told of the past: past
    B(
        text="Cracks in some of the metal supports of Discovery's fuel tank were discovered when a hydrogen leak led NASA to cancel a planned launch attempt in early November.",
        due=None,
        vague=False,
        said='2011-01-06 15:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source=_VOA_DISCOVERY,
        published='2011-01-06',
    ),
    # Dáil written answer, Wednesday 5 October 2022 (OPW, modular homes; read on KildareStreet): the works that let installation commence 'before the end of the year': 31 December 2022, end of day (GMT)
    B(
        text='The main contractor will deliver the programme of works necessary to ensure that the installation of volumetric modular units can commence before the end of the year.',
        due='2022-12-31 23:59:59',
        vague=False,
        said='2022-10-05 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_KS_MODULAR_2022,
        published='2022-10-05',
    ),
    # the same answer: delivery 'towards the end of 2022 and into early 2023' runs to its later end (CONVENTIONS 6.1); early in a year is January-April: 30 April 2023, end of day (IST)
    B(
        text='In turn the main contractor has gone out to tender for the supply of modular units for delivery towards the end of 2022 and into early 2023.',
        due='2023-04-30 22:59:59',
        vague=False,
        said='2022-10-05 09:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source=_KS_MODULAR_2022,
        published='2022-10-05',
    ),
    # Dáil written answer, Wednesday 2 December 2020 (Education, schools building projects): 'as soon as possible thereafter' hangs on the framework's establishment, an undated event (CONVENTIONS 5.2): event
    B(
        text='Once this framework is established, it is intended that this project will be tendered as soon as possible thereafter.',
        due=None,
        vague=False,
        said='2020-12-02 10:00:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=5,
        source=_SCHOOL_TENDER_2020,
        published='2020-12-02',
    ),
    # Dáil written answer, Thursday 5 March 2020 (OPW, Bailieborough Garda station; read on KildareStreet): 'will begin shortly' is the vague 60 days (CONVENTIONS 5.1): 4 May 2020, end of day (IST)
    B(
        text='Pre-qualification of the reserved specialists will begin shortly.',
        due='2020-05-04 22:59:59',
        vague=True,
        said='2020-03-05 10:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_KS_GARDA_2020,
        published='2020-03-05',
    ),
    # the same answer: of tenders 'during this summer' and a contract 'before the end of the year', the later counts (CONVENTIONS 6.2): 31 December 2020, end of day (GMT)
    B(
        text='It is expected that tenders will issue for the construction work during this summer with a contract awarded before the end of the year.',
        due='2020-12-31 23:59:59',
        vague=False,
        said='2020-03-05 10:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source=_KS_GARDA_2020,
        published='2020-03-05',
    ),
    # the same answer: 'about 18 months' runs from a start the sentence does not date: event (CONVENTIONS 1.3)
    B(
        text='Construction will take about 18 months.',
        due=None,
        vague=False,
        said='2020-03-05 10:00:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=1,
        source=_KS_GARDA_2020,
        published='2020-03-05',
    ),
    # House of Commons Order Paper, Tuesday 8 June 2021 (World Ocean Day; Westminster Hall): the suspension 'from 11.30am to 2.30pm' falls due at its later end, 14:30 that day (BST) = 13:30 UTC
    B(
        text='(The sitting will be suspended from 11.30am to 2.30pm)',
        due='2021-06-08 13:30:00',
        vague=False,
        said='2021-06-08 09:00:00',
        tz='Europe/London',
        cluster=2,
        source=_OP_8JUN21,
        published='2021-06-08',
    ),
    # the same Order Paper: leave given 'on 7 June' is the day before: past
    B(
        text='The application for this debate was made, and leave given, on 7 June.',
        due=None,
        vague=False,
        said='2021-06-08 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_OP_8JUN21,
        published='2021-06-08',
    ),
    # House of Commons Order Paper, Wednesday 16 June 2021: deferred divisions 'between 11.30am and 2.00pm' fall due at the later end, 14:00 that day (BST) = 13:00 UTC
    B(
        text='Deferred divisions will take place in the Members’ Library between 11.30am and 2.00pm',
        due='2021-06-16 13:00:00',
        vague=False,
        said='2021-06-16 09:00:00',
        tz='Europe/London',
        cluster=2,
        source=_OP_16JUN21,
        published='2021-06-16',
    ),
    # the same Order Paper: a debate at 11.00am lasting 'up to 30 minutes' ends by 11:30 that day (BST) = 10:30 UTC
    B(
        text='The debate at 11.00am will last for up to 30 minutes.',
        due='2021-06-16 10:30:00',
        vague=False,
        said='2021-06-16 09:00:00',
        tz='Europe/London',
        cluster=2,
        source=_OP_16JUN21,
        published='2021-06-16',
    ),
    # House of Commons Order Paper, Tuesday 15 June 2021: no debates 'scheduled for the morning of 15 June' denies the time (CONVENTIONS 4.1): negated; 'Order of 25 March' is a past order
    B(
        text='No Westminster Hall debates have been scheduled for the morning of 15 June (Order of 25 March) as the Public Bill Committee for the Compensation (London Capital & Finance plc and Fraud Compensation Fund) Bill is expected to be sitting.',
        due=None,
        vague=False,
        said='2021-06-15 09:00:00',
        tz='Europe/London',
        refusal='negated',
        cluster=5,
        source=_OP_15JUN21,
        published='2021-06-15',
    ),
    # Federal Register (APHIS, Importation of Pork and Pork Products, final rule), published Monday 10 January 2000: 'EFFECTIVE DATE: February 9, 2000' (CONVENTIONS 3.1): end of day Eastern (EST)
    B(
        text='EFFECTIVE DATE: February 9, 2000.',
        due='2000-02-10 04:59:59',
        vague=False,
        said='2000-01-10 15:00:00',
        tz='America/New_York',
        cluster=6,
        source=_APHIS_PORK_2000,
        published='2000-01-10',
    ),
    # Federal Register (APHIS, Importation of Uncooked Pork and Pork Products, final rule), published Wednesday 2 April 2008: 'Effective Date: May 2, 2008' (CONVENTIONS 3.1): end of day Eastern (EDT)
    B(
        text='Effective Date: May 2, 2008.',
        due='2008-05-03 03:59:59',
        vague=False,
        said='2008-04-02 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_APHIS_PORK_2008,
        published='2008-04-02',
    ),
    # the same rule: a comment period of 60 days 'ending March 6, 2007' is told of the past: past
    B(
        text='We solicited comments concerning our proposal for 60 days ending March 6, 2007',
        due=None,
        vague=False,
        said='2008-04-02 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source=_APHIS_PORK_2008,
        published='2008-04-02',
    ),
    # USDA Semiannual Regulatory Agenda, Federal Register of Thursday 7 July 2011 (on fsis.usda.gov): the dates 'are not commitments' and the sentence names none: no deadline, no refusal kind
    B(
        text='Also, the dates shown for the steps of each action are estimated and are not commitments to act on or by the date shown.',
        due=None,
        vague=False,
        said='2011-07-07 14:00:00',
        tz='America/New_York',
        cluster=5,
        source=_USDA_AGENDA_2011,
        published='2011-07-07',
    ),
    # Federal Register (APHIS, new cold treatment schedule), published Wednesday 9 January 2013: the decision is announced 'After reviewing the comments', an undated event: event
    B(
        text='After reviewing the comments we receive, we will announce our decision regarding the changes to the Treatment Manual that are described in the TED in a subsequent notice.',
        due=None,
        vague=False,
        said='2013-01-09 15:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source=_APHIS_TED_2013,
        published='2013-01-09',
    ),
    # Commons, Scottish questions, Wednesday 17 July 1963: building 'planned to start in spring 1965' is a one-off start at a time (CONVENTIONS 3.1); meteorological spring, March-May: 31 May 1965, end of day (BST). unsure: a reader may take 'start' as start-only wording (CONVENTIONS 3.2: earliest, 1 March 1965)
    B(
        text='Building is planned to start in spring 1965.',
        due='1965-05-31 22:59:59',
        vague=False,
        said='1963-07-17 09:00:00',
        tz='Europe/London',
        cluster=4,
        source=_VALE_OF_LEVEN,
        published='1963-07-17',
    ),
    # the same exchange: 'come into commission in 1967' is the year: 31 December 1967, end of day (GMT)
    B(
        text='It is hoped that the hospital will come into commission in 1967.',
        due='1967-12-31 23:59:59',
        vague=False,
        said='1963-07-17 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_VALE_OF_LEVEN,
        published='1963-07-17',
    ),
    # the same exchange: a lease that 'will expire by 1967' falls due at the end of that year, as 'by <year>' does in the earlier sets: 31 December 1967, end of day (GMT)
    B(
        text='Is he aware that the lease of the Overtoun Maternity Hospital will expire by 1967 and that provision will have to be made?',
        due='1967-12-31 23:59:59',
        vague=False,
        said='1963-07-17 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_VALE_OF_LEVEN,
        published='1963-07-17',
    ),
    # Commons written answer, Monday 2 November 1959 (St. Helen Hospital, Barnsley): 'not possible yet to say when actual building will start' gives no time: no deadline, no refusal kind
    B(
        text='The details of the accommodation to be provided have now been settled and sketch plans are being prepared, but it is not possible yet to say when actual building will start.',
        due=None,
        vague=False,
        said='1959-11-02 10:00:00',
        tz='Europe/London',
        cluster=5,
        source=_ST_HELEN,
        published='1959-11-02',
    ),
    # UK Parliament news, 'Lords EU exit regulations: 7 October', published Tuesday 8 October 2019: regulations that 'will come into effect on 17 October' (CONVENTIONS 3.1): 17 October 2019, end of day (BST)
    B(
        text="will come into effect on 17 October to support the UK's application to the EU as a third country for the export of live animals and products",
        due='2019-10-17 22:59:59',
        vague=False,
        said='2019-10-08 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_LORDS_NEWS_OCT19,
        published='2019-10-08',
    ),
    # Lords, Northern Ireland (Executive Formation) Bill, Third Reading, Wednesday 17 July 2019 (read on Parallel Parliament): how 'the period of 28 days' is counted is a standing rule with no start of its own: recurring (CONVENTIONS 1.3); 'four days' is part of the rule
    B(
        text='In calculating the period of 28 days mentioned … no account is to be taken of any time during which Parliament is dissolved or prorogued or … adjourned for more than four days',
        due=None,
        vague=False,
        said='2019-07-17 09:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=1,
        source=_NI_EXEC_FORMATION,
        published='2019-07-17',
    ),
    # Commons written answer, Tuesday 11 April 1967 (M1 to M6 link motorway): 'planned to be in operation in 1971' is the year: 31 December 1971, end of day (GMT; Britain had left year-round UTC+1 on 31 October 1971)
    B(
        text='Yes; it is planned to be in operation in 1971.',
        due='1971-12-31 23:59:59',
        vague=False,
        said='1967-04-11 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_M1_M6_LINK,
        published='1967-04-11',
    ),
    # the same answer: 'I cannot be more precise' gives no time: no deadline, no refusal kind
    B(
        text='At this distance, and with the difficulties of urban lengths, I cannot be more precise.',
        due=None,
        vague=False,
        said='1967-04-11 09:00:00',
        tz='Europe/London',
        cluster=5,
        source=_M1_M6_LINK,
        published='1967-04-11',
    ),
    # Commons written answer, Monday 19 January 1981 (motorways): 'opened daring 1981' (sic, 'during') is the year: 31 December 1981, end of day (GMT); '45 miles' is a length
    B(
        text='It is expected that a further 45 miles will be opened daring 1981.',
        due='1981-12-31 23:59:59',
        vague=False,
        said='1981-01-19 10:00:00',
        tz='Europe/London',
        cluster=1,
        source=_MOTORWAYS_1981,
        published='1981-01-19',
    ),
    # the same answer: of a widening completed 'in 1980' (past) and a further one 'due to be completed in 1981', the undertaking is the later: 31 December 1981, end of day (GMT); '8 ½miles' and '2 ½miles' are lengths
    B(
        text='In addition, widening of 8 ½miles of existing motorway was completed in 1980 and a further 2 ½miles is due to be completed in 1981.',
        due='1981-12-31 23:59:59',
        vague=False,
        said='1981-01-19 10:00:00',
        tz='Europe/London',
        cluster=1,
        source=_MOTORWAYS_1981,
        published='1981-01-19',
    ),
    # Commons oral answer, Wednesday 22 November 1961 (motorways): 'by the end of 1962': 31 December 1962, end of day (GMT); '200 miles' is a length
    B(
        text='I hope that by the end of 1962, just over 200 miles of motorway will be completed and open to traffic.',
        due='1962-12-31 23:59:59',
        vague=False,
        said='1961-11-22 10:00:00',
        tz='Europe/London',
        cluster=1,
        source=_MOTORWAYS_1961,
        published='1961-11-22',
    ),
    # Commons written answer, Wednesday 29 April 1964 (motorways): 'in use by 1970', the end of that year as 'by <year>' in the earlier sets: 31 December 1970, end of day (BST: Britain kept UTC+1 all year from 1968 to 1971); '7½' and '48 miles' are lengths
    B(
        text='Subject to there being no exceptional unforeseen difficulties I expect a further 7½ miles of four-lane and 48 miles of six-lane motorway to be in use by 1970.',
        due='1970-12-31 22:59:59',
        vague=False,
        said='1964-04-29 09:00:00',
        tz='Europe/London',
        cluster=1,
        source=_MOTORWAYS_1964,
        published='1964-04-29',
    ),
    # the same answers: 'will not be opened until 1965' gives only a lower bound (CONVENTIONS 3.2: 'not until 2027'): earliest, 1 January 1965 00:00 (GMT). unsure: the clause 'when the whole of the length ... will open' puts the opening in 1965, which a reader may take as a one-off event in that year (CONVENTIONS 3.1: 31 December 1965)
    B(
        text='Of the latter, 8 miles of M.1 between Lutterworth and Whetstone will not be opened until 1965 when the whole of the length between Lutterworth and Markfield will open.',
        due=None,
        vague=False,
        said='1964-04-29 09:00:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='1965-01-01 00:00:00',
        cluster=5,
        source=_MOTORWAYS_1964,
        published='1964-04-29',
    ),
    # Commons written answer, Thursday 16 February 1967 (motorways): 'within the next few days' is the vague 7-day window ('a few days' in the parser's docstring; CONVENTIONS 5.1): 23 February 1967, end of day (GMT); 'the 1970s programme' is a name
    B(
        text='My right hon. Friend hopes to announce within the next few days a large number of new inter-urban schemes, some to motorway standards, on which preparations will start now with a view to subsequent inclusion in the first part of the 1970s programme.',
        due='1967-02-23 23:59:59',
        vague=True,
        said='1967-02-16 10:00:00',
        tz='Europe/London',
        cluster=3,
        source=_MOTORWAYS_1967_WA,
        published='1967-02-16',
    ),
    # Commons written answer, Monday 22 May 1972 (M27): 'The late 1980s' is the last third of the decade (1987-1989): 31 December 1989, end of day (GMT)
    B(
        text='The late 1980s, depending on the rate of expansion of population and industry in South Hampshire.',
        due='1989-12-31 23:59:59',
        vague=False,
        said='1972-05-22 09:00:00',
        tz='Europe/London',
        cluster=4,
        source=_M27_1972,
        published='1972-05-22',
    ),
    # Lords oral question, Friday 10 February 1967, 11.16 a.m.: 'by the early 1970s' is the first third of the decade (1970-1972): 31 December 1972, end of day (GMT); '1,000 miles' is a length
    B(
        text='My Lords, the Government still envisage the completion of the first 1,000 miles of motorway in England and Wales by the early 1970s.',
        due='1972-12-31 23:59:59',
        vague=False,
        said='1967-02-10 11:16:00',
        tz='Europe/London',
        cluster=4,
        source=_MOTORWAYS_LORDS_1967,
        published='1967-02-10',
    ),
    # the same answer: 'later this month' runs to the month's end: 28 February 1967, end of day (GMT)
    B(
        text='My right honourable friend the Minister of Transport intends to announce later this month a further substantial list of new trunk road schemes for England on which preparations are to proceed with a view to subsequent inclusion in the programme; some of these will be built to motorway standards, others as all-purpose roads.',
        due='1967-02-28 23:59:59',
        vague=False,
        said='1967-02-10 11:16:00',
        tz='Europe/London',
        cluster=6,
        source=_MOTORWAYS_LORDS_1967,
        published='1967-02-10',
    ),
    # Commons written answer, Friday 16 May 1969 (dual carriageways): 'In the period 1969–72' is a range of years falling due at the end of the later one: 31 December 1972, end of day (GMT). unsure: the question asks by financial years (1969–70 to 1971–72), and a reader may take the period to end with the GB financial year 1971–72, 31 March 1972
    B(
        text='In the period 1969–72 it is estimated that a further 180 miles or so will he completed but the precise completion dates will depend on the progress made on individual schemes.',
        due='1972-12-31 23:59:59',
        vague=False,
        said='1969-05-16 09:00:00',
        tz='Europe/London',
        cluster=4,
        source=_DUAL_CARRIAGEWAYS_1969,
        published='1969-05-16',
    ),
)
