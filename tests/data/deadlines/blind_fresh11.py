"""An ELEVENTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-02 (UTC) by a labelling helper (branch issue12l-s11)
that neither changed nor ran the parser: it read only the conventions written in the
docstrings (`blind_real.py`, the parser package's docstring, `blind_fresh10.py` and its
comments), the README next to this file and the scoring rule of `bench/deadlines.py` (a
case is right when both say no deadline, or the due instant agrees to the minute and, for
a case labelled vague, the parser's result is vague too). The sentences were found with a
search over stored copies of public pages and taken as they came in the pages read (listed
in README.md, "Eleventh fresh blind set"). Every page was checked, before a quote was
taken, against the addresses listed in README.md and in the `#` headers under
`tests/data/articles/` and `tests/data/agreement/`, and against the shared claims file
of the helpers collecting held-back material at the same time (each page used here was
entered there first); most pages the searches offered first were skipped because they
were already used. No sentence is taken from another set. Each label was worked out by
hand from the words, the publication date and the publisher's zone alone; the UTC wall
times were computed from local times with the standard library's zoneinfo, never with
project code. No run of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or
the tests touched these texts before the labels were committed; the helpers improving the
parser have not seen them.

Same conventions as `blind_real.py` (its docstring) and the earlier fresh sets: the
publisher's zone (UK Parliament and gov.uk: Europe/London; Oireachtas: Europe/Dublin;
kremlin.ru and the Government of Russia: Europe/Moscow; the European Parliament:
Europe/Brussels; US federal publishers and the White House: America/New_York; Wikinews:
UTC); the publication date at 10:00 local unless the source gives the time of speaking; a
day falls due at 23:59:59 local; "midnight" of a day is its end; a clock time with a zone
word is that instant; a clock time without one is in the publisher's zone; a range of
days, times or years ("Beginning March 15, 1999, through March 19, 1999", "between 2019
and 2021", "from 2012 to 2014") falls due at its later end, and of several dates that a
sentence promises the later counts; vague windows as in the parser's docstring (60 days
for "soon" and "in due course", 7 days for "in the coming days", 4 weeks for "within the
next few weeks"); "later this year" runs to the year's end; early/mid/late split a period
in thirds ("early in 1963" is January-April); seasons are meteorological ("this spring"
ends 31 May); a quarter ends with its last month; fiscal years end where the publisher's
country puts them (GB "1960-61": 31 March 1961); an "effective" date falls due on that day;
refusals have `due=None` and a `refusal` kind (earliest | negated | past | event |
recurring), with `earliest` (00:00 local of that day) for earliest-only wording ("From
today (18 March 2021)", "beginning in early 2009"). Where the carrying page shows no date,
the comment says which reference was taken and whether the label depends on it. Labels
marked "unsure" in their comment are the ones a reviewer may argue (the comment names the
other reading); like every label here they stay as committed, whatever the first run
shows. First run: not yet taken (the lead runs it once, after merging, and records it in
README.md). Sources and licences are in README.md next to this file ("Eleventh fresh blind
set"). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

FRESH11_CASES: tuple[BlindCase, ...] = (
    # -- cluster 1: numbers: years, counts and numbers that are not times
    # Federal Register of 17 February 1999 (Coast Guard, GPO): 'Beginning March 15, 1999, through March 19, 1999' falls due at its later end, 19 March 1999, end of day Eastern (EST); '24-hours a day' is no span from now
    B(
        text='Beginning March 15, 1999, through March 19, 1999, this deviation allows the bridge to remain closed to navigation 24-hours a day.',
        due='1999-03-20 04:59:59',
        vague=False,
        said='1999-02-17 15:00:00',
        tz='America/New_York',
        cluster=1,
        source='https://www.gpo.gov/fdsys/pkg/FR-1999-02-17/html/99-3767.htm',
        published='1999-02-17',
    ),
    # the same article: 'by 2025' is the end of 2025 (UTC); '1m' is an amount
    B(
        text='Volvo Cars has stated that it plans to have sold a total of 1m electrified cars by 2025.',
        due='2025-12-31 23:59:59',
        vague=False,
        said='2017-07-07 10:00:00',
        tz='UTC',
        cluster=1,
        source='https://www.mynewhopeumc.org/author/uuy73mub/page/21',
        published='2017-07-07',
    ),
    # -- cluster 2: clock times and zone words
    # Federal Register of 9 February 1999 (Coast Guard, GPO Access via the UNT web archive): 'from 7 a.m. on February 22, 1999 until 5 p.m. on February 28, 1999' ends at 5 p.m. Eastern (EST) on 28 February 1999
    B(
        text='DATES: This deviation is effective from 7 a.m. on February 22, 1999 until 5 p.m. on February 28, 1999.',
        due='1999-02-28 22:00:00',
        vague=False,
        said='1999-02-09 15:00:00',
        tz='America/New_York',
        cluster=2,
        source='https://webarchive.library.unt.edu/eot2008/20081006010601/http://frwebgate.access.gpo.gov/cgi-bin/getdoc.cgi?dbname=1999_register&docid=99-3134-filed',
        published='1999-02-09',
    ),
    # European Parliament, verbatim report of 2 October 2023 (Strasbourg): 'by tomorrow, 3 October at midnight' is the end of 3 October 2023 (CEST)
    B(
        text='Pursuant to Rule 71(2), Members or political groups reaching at least the medium threshold may request in writing by tomorrow, 3 October at midnight, that the decisions be put to the vote.',
        due='2023-10-03 21:59:59',
        vague=False,
        said='2023-10-02 08:00:00',
        tz='Europe/Brussels',
        cluster=2,
        source='https://www.europarl.europa.eu/doceo/document/CRE-9-2023-10-02-ITM-008_LV.html',
        published='2023-10-02',
    ),
    # European Parliament, opening of the 22-23 June 2022 session (Wednesday 22 June; carried by Noticiero Madrid): 'by Thursday 12.00 midnight' is the end of Thursday 23 June 2022 (CEST)
    B(
        text='If no request for a vote in Parliament on the decision to enter into negotiations is made by Thursday 12.00 midnight, the committees may start negotiations.',
        due='2022-06-23 21:59:59',
        vague=False,
        said='2022-06-22 08:00:00',
        tz='Europe/Brussels',
        cluster=2,
        source='https://www.noticieromadrid.es/general/internacional/opening-of-22-23-june-plenary-session-in-brussels-noticias-parlamento-europeo/',
        published='2022-06-22',
    ),
    # the same page: 'extended until 23.30' of that day's sitting, 22 June 2022, 23:30 CEST
    B(
        text='As a consequence, the sitting is extended until 23.30.',
        due='2022-06-22 21:30:00',
        vague=False,
        said='2022-06-22 08:00:00',
        tz='Europe/Brussels',
        cluster=2,
        source='https://www.noticieromadrid.es/general/internacional/opening-of-22-23-june-plenary-session-in-brussels-noticias-parlamento-europeo/',
        published='2022-06-22',
    ),
    # -- cluster 3: several dates in one sentence
    # Dáil written answer of 6 February 2018: tenders 'in Q1 2018', construction to commence 'in Q2 2018'; the later of the two, the end of Q2 2018 (30 June, IST).
    # unsure: a reader may track the tender date, the end of Q1 2018
    B(
        text='It is anticipated that tenders for the school will be invited in Q1 2018 with construction anticipated to commence in Q2 2018.',
        due='2018-06-30 22:59:59',
        vague=False,
        said='2018-02-06 10:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source='https://www.oireachtas.ie/ga/debates/question/2018-02-06/212/',
        published='2018-02-06',
    ),
    # the same answer: 'by the end of 1990' and 'in 1991'; the remaining payments, the last promise, fall due at the end of 1991 (GMT).
    # unsure: a reader may take 'by the end of 1990', the first and firmer promise
    B(
        text='I am however, ensuring that the maximum possible will be paid this year and I can assure the Deputy that my Department will pay out more by the end of 1990 than in any recent year and will make any remaining payments expeditiously in 1991.',
        due='1991-12-31 23:59:59',
        vague=False,
        said='1990-11-14 10:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source='https://www.oireachtas.ie/en/debates/debate/dail/1990-11-14/12/',
        published='1990-11-14',
    ),
    # Dáil, 12 July 2018: 'On 26 June, I launched' is the past; 'another census planned for 1 September' is ahead: 1 September 2018, end of day (IST)
    B(
        text='On 26 June, I launched a national fodder census to be compiled by Teagasc through its client network, as well as clients of the other fodder group stakeholders, with another census planned for 1 September.',
        due='2018-09-01 22:59:59',
        vague=False,
        said='2018-07-12 09:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source='https://www.oireachtas.ie/ga/debates/debate/dail/2018-07-12/9/',
        published='2018-07-12',
    ),
    # Commons written answer of 4 December 1961: two wards, 'About next April and early in 1963, respectively'; the later, early 1963 (January-April), falls due 30 April 1963 (BST)
    B(
        text='About next April and early in 1963, respectively.',
        due='1963-04-30 22:59:59',
        vague=False,
        said='1961-12-04 10:00:00',
        tz='Europe/London',
        cluster=3,
        source='https://api.parliament.uk/historic-hansard/written-answers/1961/dec/04/st-catherine-hospital-doncaster',
        published='1961-12-04',
    ),
    # the same article: the vote 'will end on February 11 at the same time', the noon of the previous clause: 11 February 2008, 12:00 in the publisher's zone (UTC).
    # unsure: the time is given only by pointing back, so a reader may take the end of 11 February; and the noon is Texas time (18:00 UTC)
    B(
        text='It started Monday at noon and will end on February 11 at the same time.',
        due='2008-02-11 12:00:00',
        vague=False,
        said='2008-02-04 10:00:00',
        tz='UTC',
        cluster=3,
        source='http://www.fjbradio.com/',
        published='2008-02-04',
    ),
    # -- cluster 4: period forms: fiscal years, parts of periods, vague windows
    # Dáil written answer of 11 October 2018 (KildareStreet): 'later this year' runs to the end of 2018, end of day Dublin (GMT in winter)
    B(
        text='My Department expects this to happen later this year.',
        due='2018-12-31 23:59:59',
        vague=False,
        said='2018-10-11 09:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.kildarestreet.com/wrans/?id=2018-10-11a.135',
        published='2018-10-11',
    ),
    # Dáil written answer of 28 January 1998: 'within the next few weeks' is a vague four-week window from the answer: 25 February 1998, end of day (GMT)
    B(
        text='However, I expect that works should begin within the next few weeks.',
        due='1998-02-25 23:59:59',
        vague=True,
        said='1998-01-28 10:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.oireachtas.ie/en/debates/debate/dail/1998-01-28/655/',
        published='1998-01-28',
    ),
    # Dáil written answer of 17 December 2020: 'in Quarter 1 of 2021' ends 31 March 2021 (IST from 28 March); 'eight' is a count
    B(
        text='The second phase of the tender process is ongoing and is due to be completed in Quarter 1 of 2021 with the award of contracts for the eight schools.',
        due='2021-03-31 22:59:59',
        vague=False,
        said='2020-12-17 10:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.oireachtas.ie/en/debates/question/2020-12-17/384/',
        published='2020-12-17',
    ),
    # Dáil written answer of 11 February 2014 (KildareStreet): 'in the second quarter of 2014' ends 30 June 2014 (IST)
    B(
        text='It is anticipated that the tender process will be completed and a contractor appointed in the second quarter of 2014.',
        due='2014-06-30 22:59:59',
        vague=False,
        said='2014-02-11 10:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.kildarestreet.com/wrans/?id=2014-02-11a.388',
        published='2014-02-11',
    ),
    # Commons oral answers of 27 January 2022 (Parallel Parliament): 'the end of this month' is 31 January 2022, end of day (GMT)
    B(
        text='That time runs out at the end of this month, so when are we going to see it?',
        due='2022-01-31 23:59:59',
        vague=False,
        said='2022-01-27 10:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://parallelparliament.co.uk/mp/kerry-mccarthy/debate/Commons/2022-01-27/debates/3F883D07-6F27-4B74-8B21-BE1F4E711873/OralAnswersToQuestions',
        published='2022-01-27',
    ),
    # the same exchange, the Secretary of State's answer: 'in due course' is a vague 60-day window: 28 March 2022, end of day (BST from 27 March)
    B(
        text='We are working on it and it will be published in due course.',
        due='2022-03-28 22:59:59',
        vague=True,
        said='2022-01-27 10:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://parallelparliament.co.uk/mp/kerry-mccarthy/debate/Commons/2022-01-27/debates/3F883D07-6F27-4B74-8B21-BE1F4E711873/OralAnswersToQuestions',
        published='2022-01-27',
    ),
    # White House schedule for the week of 7 July 2014 (carried by Politisite, dated Friday 4 July 2014): 'in the coming days' is a vague 7-day window: 11 July 2014, end of day Eastern
    B(
        text='Further details about the President’s travel to Colorado and Texas will be made available in the coming days.',
        due='2014-07-12 03:59:59',
        vague=True,
        said='2014-07-04 14:00:00',
        tz='America/New_York',
        cluster=4,
        source='https://politisite.com/2014/07/04/president-obamas-schedule-week-july-7-2014/',
        published='2014-07-04',
    ),
    # White House week-ahead guidance of Sunday 23 April 2017 (pool report on the American Presidency Project): 'this week' is the week ahead that the page announces, ending Sunday 30 April 2017 (EDT).
    # unsure: said on a Sunday, 'this week' may be read as the week ending that day (23 April)
    B(
        text='Throughout this week President Trump will continue to deliver on his promises to the American people, from thinking big about exploration and discovery again, to protecting the farmers and ranchers that feed our country, to reasserting American power on the world stage.',
        due='2017-05-01 03:59:59',
        vague=False,
        said='2017-04-23 15:54:00',
        tz='America/New_York',
        cluster=4,
        source='http://www.presidency.ucsb.edu/report.php?pid=1360',
        published='2017-04-23',
    ),
    # Dáil priority questions, 26 October 2023 at 10:50 (KildareStreet): 'by the end of March' is the next March, 31 March 2024, end of day (IST from that morning)
    B(
        text='We want to make sure the biggest number possible of those who applied follow through and spread that lime by the end of March, however.',
        due='2024-03-31 22:59:59',
        vague=False,
        said='2023-10-26 09:50:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.kildarestreet.com/debate/?id=2023-10-26a.192',
        published='2023-10-26',
    ),
    # Commons, 2 December 1963 (historic Hansard): 'spent in 1963-64' is the GB financial year 1963-64, ending 31 March 1964 (BST from 22 March 1964)
    B(
        text='Will he now undertake that all this money will be spent in 1963–64, thus fulfilling all the pledges which have been made?',
        due='1964-03-31 22:59:59',
        vague=False,
        said='1963-12-02 10:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://api.parliament.uk/historic-hansard/commons/1963/dec/02/new-hospitals',
        published='1963-12-02',
    ),
    # Commons written answer of 18 December 1958: spending 'in 1960-61' beside '1959-60' already announced; the later GB financial year, 1960-61, ends 31 March 1961 (BST from 26 March); '£25½ million' and '£22 million' are amounts
    B(
        text='It is proposed, subject to the voting by Parliament of the necessary funds, that £25½ million shall be spent on capital development in the hospital service in England and Wales in 1960–61, compared with £22 million already announced for next year, 1959–60.',
        due='1961-03-31 22:59:59',
        vague=False,
        said='1958-12-18 10:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://api.parliament.uk/historic-hansard/written_answers/1958/dec/18/building-programme',
        published='1958-12-18',
    ),
    # the same answer: 'complete the planning by 1960-61', the GB financial year ending 31 March 1961 (BST)
    B(
        text='I hope that they will try to complete the planning by 1960–61.',
        due='1961-03-31 22:59:59',
        vague=False,
        said='1958-12-18 10:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://api.parliament.uk/historic-hansard/written_answers/1958/dec/18/building-programme',
        published='1958-12-18',
    ),
    # Commons, 20 July 1959: 'soon' is a vague 60-day window from the question: 18 September 1959, end of day (BST)
    B(
        text='Will the hon. Gentleman do what he can to enable us to have a good hospital in Cornwall soon?',
        due='1959-09-18 22:59:59',
        vague=True,
        said='1959-07-20 09:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://api.parliament.uk/historic-hansard/commons/1959/jul/20/new-hospital-cornwall',
        published='1959-07-20',
    ),
    # the same directives: 'between 2012 and 2014' falls due at the end of the later year, 31 December 2014 (Moscow, UTC+3 by then)
    B(
        text='Increase federal spending on arts and culture between 2012 and 2014 with the following objectives:',
        due='2014-12-31 20:59:59',
        vague=False,
        said='2011-04-23 06:00:00',
        tz='Europe/Moscow',
        cluster=4,
        source='http://archive.government.ru/eng/docs/14960/',
        published='2011-04-23',
    ),
    # the same page: 'to be voted on in July' is the end of July 2022 (CEST)
    B(
        text='The new debate will be wound up with a resolution to be voted on in July.',
        due='2022-07-31 21:59:59',
        vague=False,
        said='2022-06-22 08:00:00',
        tz='Europe/Brussels',
        cluster=4,
        source='https://www.noticieromadrid.es/general/internacional/opening-of-22-23-june-plenary-session-in-brussels-noticias-parlamento-europeo/',
        published='2022-06-22',
    ),
    # Wikinews, 7 July 2017 (carried by mynewhopeumc.org): 'between 2019 and 2021' falls due at the end of 2021 (UTC)
    B(
        text='Volvo aims to release five new electric vehicle models between 2019 and 2021.',
        due='2021-12-31 23:59:59',
        vague=False,
        said='2017-07-07 10:00:00',
        tz='UTC',
        cluster=4,
        source='https://www.mynewhopeumc.org/author/uuy73mub/page/21',
        published='2017-07-07',
    ),
    # the same release: funding 'intended to last until 2022 to 2023', the GB financial year 2022-23, ending 31 March 2023 (BST); 'last year' is when it was renewed.
    # unsure: the sentence reports a past decision, and a reader may refuse it as past
    B(
        text='The plug-in vehicle grant scheme was renewed last year, with £582 million of funding intended to last until 2022 to 2023.',
        due='2023-03-31 22:59:59',
        vague=False,
        said='2021-03-18 10:00:00',
        tz='Europe/London',
        cluster=4,
        source='http://www.government-world.com/tag/hm-government/page/2322/?print=print-search',
        published='2021-03-18',
    ),
    # Department for Education and HM Treasury release on VAT and private schools (gov.uk, carried by nen.press; the page shows no date, taken as 30 December 2024; the label does not depend on it): of 'next year' and 'by 2029/30', the later, the GB financial year 2029/30, ends 31 March 2030 (BST)
    B(
        text='The core schools Budget will increase by £2.3 billion next year and the VAT change will raise £1.5 billion next year, rising to £1.7 billion a year by 2029/30.',
        due='2030-03-31 22:59:59',
        vague=False,
        said='2024-12-30 10:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://nen.press/tag/plan-for-change',
        published='2024-12-30',
    ),
    # Prime Minister's Office release of 7 April 2025 (gov.uk, carried by nen.press): 'this spring' ends 31 May 2025 (BST)
    B(
        text='The package will be backed by a modern Industrial Strategy, to be published in full this spring, which will help British businesses realise the potential of industries of the future.',
        due='2025-05-31 22:59:59',
        vague=False,
        said='2025-04-07 09:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://nen.press/tag/plan-for-change/page/2',
        published='2025-04-07',
    ),
    # -- cluster 5: refusals: recurring, earliest-only, negated, past, event
    # the same answer: 'as soon as possible following the award of contracts' waits for an undated event: event
    B(
        text='The schools will commence on site as soon as possible following the award of contracts.',
        due=None,
        vague=False,
        said='2020-12-17 10:00:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=5,
        source='https://www.oireachtas.ie/en/debates/question/2020-12-17/384/',
        published='2020-12-17',
    ),
    # the same exchange: 'promised ... within six months of its publication' reports a past promise counted from a past event: past
    B(
        text='The Government promised a White Paper in response to the national food strategy within six months of its publication.',
        due=None,
        vague=False,
        said='2022-01-27 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://parallelparliament.co.uk/mp/kerry-mccarthy/debate/Commons/2022-01-27/debates/3F883D07-6F27-4B74-8B21-BE1F4E711873/OralAnswersToQuestions',
        published='2022-01-27',
    ),
    # Lords, 19 May 2011 (Parallel Parliament): the regulations were 'laid before the House on 28 February', a year-less date behind a past participle: past
    B(
        text='That the draft regulations laid before the House on 28 February be approved.',
        due=None,
        vague=False,
        said='2011-05-19 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://parallelparliament.co.uk/debate/2011-05-19/lords/lords-chamber/employment-and-support-allowance-work-related-activity-regulations-2011',
        published='2011-05-19',
    ),
    # the same notice: the standing operating rule of the bridge, hours on every weekday: recurring
    B(
        text='The current regulations in Title 33 Code of Federal Regulations, Sec. 117.549 require the draw to open on signal from 6 a.m. to 8 p.m.; except that, from 12 noon to 1 p.m. Monday through Friday, the draw need not be opened.',
        due=None,
        vague=False,
        said='1999-02-17 15:00:00',
        tz='America/New_York',
        refusal='recurring',
        cluster=5,
        source='https://www.gpo.gov/fdsys/pkg/FR-1999-02-17/html/99-3767.htm',
        published='1999-02-17',
    ),
    # the same notice: 'On December 16, 1998, the Coast Guard received' is the past
    B(
        text='On December 16, 1998, the Coast Guard received a request from MDSHA to close the navigation channel at the Cambridge Creek bridge to facilitate the replacement of the fender system piling.',
        due=None,
        vague=False,
        said='1999-02-17 15:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source='https://www.gpo.gov/fdsys/pkg/FR-1999-02-17/html/99-3767.htm',
        published='1999-02-17',
    ),
    # Coast Guard summary in the Federal Register of 5 August 2013 (Justia): openings 'twice daily; once in the morning and once in the evening' are a standing schedule: recurring
    B(
        text='ODOT proposes to only open the bridge with a minimum of six hours notice and will limit the openings to twice daily; once in the morning and once in the evening.',
        due=None,
        vague=False,
        said='2013-08-05 14:00:00',
        tz='America/New_York',
        refusal='recurring',
        cluster=5,
        source='https://regulations.justia.com/regulations/fedreg/agencies/coast-guard/2013/08/05',
        published='2013-08-05',
    ),
    # Dáil, 14 November 1990: 'could not be paid by 1 December' denies that date: negated
    B(
        text='Given the various control systems insisted upon by the EC all headage claims could not be paid by 1 December.',
        due=None,
        vague=False,
        said='1990-11-14 10:00:00',
        tz='Europe/Dublin',
        refusal='negated',
        cluster=5,
        source='https://www.oireachtas.ie/en/debates/debate/dail/1990-11-14/12/',
        published='1990-11-14',
    ),
    # Dáil, 31 March 2015: 'on 3 July 2014' and 'a number of weeks in advance of the regulatory deadline' tell the past: past
    B(
        text='The draft RDP was formally submitted to the European Commission on 3 July 2014, a number of weeks in advance of the regulatory deadline.',
        due=None,
        vague=False,
        said='2015-03-31 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source='https://www.oireachtas.ie/ga/debates/debate/dail/2015-03-31/3/',
        published='2015-03-31',
    ),
    # Dáil, 11 February 2009: 'were issued in the last week of January' is the past: past
    B(
        text='The first payments for 2008 REPS 4 applications were issued in the last week of January to those whose applications required no correction following the administrative checks.',
        due=None,
        vague=False,
        said='2009-02-11 10:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source='https://www.oireachtas.ie/en/debates/debate/dail/2009-02-11/11/',
        published='2009-02-11',
    ),
    # Commons, 15 May 1961: 'as soon as a contractor is selected' waits for an undated event: event
    B(
        text='Yes, Sir, as soon as a contractor is selected.',
        due=None,
        vague=False,
        said='1961-05-15 09:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source='https://api.parliament.uk/historic-hansard/commons/1961/may/15/new-hospital-wexham',
        published='1961-05-15',
    ),
    # Commons written answer of 10 July 1963: 'were approved in May' is the past
    B(
        text='Revised sketch plans were approved in May.',
        due=None,
        vague=False,
        said='1963-07-10 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://api.parliament.uk/historic-hansard/written_answers/1963/jul/10/graig-hospital-pontypridd',
        published='1963-07-10',
    ),
    # Wikinews, 4 February 2008 (carried by fjbradio.com): 'beginning in early 2009' gives only a start: earliest 1 January 2009 (00:00 UTC)
    B(
        text='For the first time in Texas’s history, the Texas Department of Transportation (TxDOT) is conducting an online vote to help decide which license plate design the state will use beginning in early 2009.',
        due=None,
        vague=False,
        said='2008-02-04 10:00:00',
        tz='UTC',
        refusal='earliest',
        earliest='2009-01-01 00:00:00',
        cluster=5,
        source='http://www.fjbradio.com/',
        published='2008-02-04',
    ),
    # Department for Transport release of 18 March 2021 (gov.uk, carried by government-world.com): 'From today (18 March 2021)' gives only a start: earliest 18 March 2021 (00:00 GMT); '£2,500' and '£35,000' are amounts
    B(
        text='From today (18 March 2021), the government will provide grants of up to £2,500 for electric vehicles on cars priced under £35,000.',
        due=None,
        vague=False,
        said='2021-03-18 10:00:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='2021-03-18 00:00:00',
        cluster=5,
        source='http://www.government-world.com/tag/hm-government/page/2322/?print=print-search',
        published='2021-03-18',
    ),
    # -- cluster 6: ordinary controls
    # NASA statement of 4 May 2012 (carried by SpaceRef): the launch date 'May 19', yearless and ahead: 19 May 2012, end of day Eastern (EDT)
    B(
        text='There are a few remaining open items but we are ready to support SpaceX for its new launch date of May 19.',
        due='2012-05-20 03:59:59',
        vague=False,
        said='2012-05-04 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://spaceref.com/press-release/nasa-issues-statement-on-new-spacex-launch-date/',
        published='2012-05-04',
    ),
    # the same schedule: 'On Monday' said on Friday 4 July 2014 is Monday 7 July 2014, end of day Eastern (EDT)
    B(
        text='On Monday, the President will host a group of teachers at the White House for lunch to discuss the Administration’s efforts to ensure that every student is taught by an effective educator.',
        due='2014-07-08 03:59:59',
        vague=False,
        said='2014-07-04 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://politisite.com/2014/07/04/president-obamas-schedule-week-july-7-2014/',
        published='2014-07-04',
    ),
    # Government of Russia, 2 April 2024 (carried by EIN Presswire): 'Tomorrow' is 3 April 2024, end of day Moscow
    B(
        text='Tomorrow, the Government will present its report to the State Duma.',
        due='2024-04-03 20:59:59',
        vague=False,
        said='2024-04-02 07:00:00',
        tz='Europe/Moscow',
        cluster=6,
        source='https://www.einpresswire.com/article/700506224/mikhail-mishustin-holds-a-meeting-on-preparing-the-government-s-report-to-the-state-duma',
        published='2024-04-02',
    ),
    # Federal Register of 25 October 2018 (Coast Guard final rule, via thefederalregister.org): 'effective November 26, 2018', end of that day Eastern (EST)
    B(
        text='DATES: This rule is effective November 26, 2018.',
        due='2018-11-27 04:59:59',
        vague=False,
        said='2018-10-25 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://thefederalregister.org/83-FR/53810',
        published='2018-10-25',
    ),
    # Directives of Prime Minister Vladimir Putin of 20 April 2011 (archive of government.ru, posted 23 April 2011): 'by July 1, 2011', end of day Moscow (UTC+4 in 2011)
    B(
        text='Report back to the government on the implementation of this directive by July 1, 2011',
        due='2011-07-01 19:59:59',
        vague=False,
        said='2011-04-23 06:00:00',
        tz='Europe/Moscow',
        cluster=6,
        source='http://archive.government.ru/eng/docs/14960/',
        published='2011-04-23',
    ),
    # European Parliament, opening of the 4-7 July 2022 session (Monday 4 July; carried by The European Times): 'on Tuesday' is 5 July 2022, end of day (CEST)
    B(
        text='The vote on these requests will be held on Tuesday.',
        due='2022-07-05 21:59:59',
        vague=False,
        said='2022-07-04 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source='https://europeantimes.news/2022/07/july-plenary-session-in-strasbourg-changes-to-the-agenda',
        published='2022-07-04',
    ),
    # European Parliament press release of 22 July 2020 (carried by The European Sting): the budget 'runs out on 31 December 2020', end of day Brussels (CET)
    B(
        text='The current multiannual budget runs out on 31 December 2020.',
        due='2020-12-31 22:59:59',
        vague=False,
        said='2020-07-22 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source='https://europeansting.com/2020/07/22/future-eu-financing-and-recovery-meps-to-assess-summit-outcome/',
        published='2020-07-22',
    ),
)
