"""A TWENTY-SECOND fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-02 (UTC), between about 17:41 and 17:53 by the machine's
clock, by a labelling helper (branch issue12l-s18) that neither changed nor ran the parser:
it read only `CONVENTIONS.md` (the labelling rules settled on 2026-12-02, which win over any
earlier set's comment), the docstrings of `blind_real.py` and `blind_fresh21.py` and the
latter's comments, the parser package's docstring (for the documented vague windows, parts of
the day, "a bare time is its next occurrence", thirds of a period and the fiscal-year forms),
the README next to this file and the scoring rule of `bench/deadlines.py` (a case is right
when both say no deadline, or the due instant agrees to the minute and, for a case labelled
vague, the parser's result is vague too). The sentences were found with a search over stored
copies of public pages and taken as they came in the pages read; see README.md
("Twenty-second fresh blind set") for every address, publisher and licence. No address
listed in README.md, in a `#` header or README under `tests/data/articles/` or
`tests/data/agreement/`, or in the shared claims files was used: each was checked against
those lists (and against the sources of the other set files) and claimed (`fresh22`) before a
quote was taken (most pages the searches offered were already used and were dropped); and no
sentence already in another set (checked by a text search over the set files). Each label was
worked out by hand from the words, the publication date and the publisher's zone alone; the
conversion of local instants to UTC wall time and the weekday and day-count arithmetic were
done with Python's zoneinfo and datetime in a scratch script outside the repository, never
with code of the project. No run of `parse_deadline`, `interpret_deadline`,
`bench/deadlines.py` or the tests touched these texts before the labels were committed; the
helpers improving the parser have not seen them. See README.md for the count and the
composition by publisher and by kind.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.1"), then `blind_real.py` and `blind_fresh21.py`: the publisher's zone (UK
Parliament and gov.uk: Europe/London; Oireachtas: Europe/Dublin; kremlin.ru: Europe/Moscow;
EU institutions: Europe/Brussels; US federal publishers, NASA, VOA, the State Department and
the White House: America/New_York); the publication date at 10:00 local unless the source
gives the time of speaking; a day falls due at 23:59:59 local (zoneinfo's history decides the
offset); a clock time without a zone word is in the publisher's zone, and a clock time with no
day is its next occurrence after the reference (the parser docstring's reading; where the
page puts it on another day, the label is marked "unsure" and names that day); a range, a list
or a schedule falls due at its later end; GB financial years end on 31 March; "early", "mid"
and "late" split a period in thirds; quarters end on their last day; vague windows as the
parser's docstring documents them ("soon", "shortly", "in due course", "as soon as possible":
60 days; "immediately", "without delay": 7 days; "the coming weeks": 4 weeks; "the coming
months": 3 months; CONVENTIONS 5.1), at the end of the day they reach; a question that names a
future time for what it asks about is labelled with that time, as the earlier sets did;
refusals have `due=None` and a `refusal` kind (earliest | negated | past | event | recurring),
with `earliest` at 00:00 local for start-only wording (at the clock time when one is given); a
case with no time at all has `due=None` and no refusal word. Labels marked "unsure" name the
other reading; like every label here they stay as committed, whatever the first run shows.
First run: not yet taken (the lead runs it once, after merging, and records it in README.md).
Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_POLICY_UNITS_2001 = 'https://api.parliament.uk/historic-hansard/written_answers/2001/feb/15/policy-and-strategy-units'
_NASA_M25_12 = 'http://www.nasa.gov/centers/kennedy/news/releases/2012/release-20120516b.html'
_NASA_M12_078 = 'http://mabsj2.blogspot.com/2012/04/updated-coverage-for-nasaspacex-launch.html'
_SCHOOL_KWETB_2019 = 'https://www.oireachtas.ie/ga/debates/question/2019-01-15/361/'
_KS_DATA_TENDER_2022 = 'https://www.kildarestreet.com/wrans/?id=2022-02-08a.282&s=section%3Awrans+speaker%3A172'
_FSI_LAB_2018 = 'https://www.oireachtas.ie/ga/debates/question/2018-07-11/193/'
_KS_MAYNOOTH_2017 = 'https://www.kildarestreet.com/wrans/?id=2017-02-21a.557'
_SCOTLAND_NEWS_2012 = 'https://webtest.parliament.uk/business/news/news-by-year/2012/january/statement-on-scotlands-constitutional-future'
_PP_POO_19NOV12 = 'https://parallelparliament.co.uk/mp/barry-sheerman/debate/Commons/2012-11-19/debates/1211197000002/PointsOfOrder'
_PP_POO_8SEP11 = 'https://parallelparliament.co.uk/debate/2011-09-08/commons/commons-chamber/point-of-order'
_WH_GUIDANCE_28SEP16 = 'https://chicago.suntimes.com/2016/9/28/18359692/obama-guidance-press-schedule-sept-28-2016-nascar-s-kyle-busch'
_WH_GUIDANCE_1JUL15 = 'https://chicago.suntimes.com/columnists/obama-guidance-press-schedule-july-1-2015-u-s-embassy-in-cuba/'
_PP_POO_17JUL17 = 'https://parallelparliament.co.uk/mp/andy-mcdonald/debate/2017-07-17/commons/commons-chamber/points-of-order'
_DHSC_CARE_2024 = 'https://www.ukpol.co.uk/tag/press-release/page/427'
_STATE_NOTES_16JUN18 = 'http://government-world.com/united-states/oecd-united-states/page/226/?print=print-search'
_BLM_COAL_2015 = 'https://thefederalregister.org/80-FR/26950'
_SEANAD_17OCT23 = 'http://medialegislation.org/index-5129.html'
_HOSPITALS_LORDS_1961 = 'https://api.parliament.uk/historic-hansard/written_answers/1961/jan/25/hospital-building-scheme'
_HOSPITALS_1957 = 'https://api.parliament.uk/historic-hansard/written_answers/1957/dec/06/building-programme'
_VALUATION_2014 = 'https://www.oireachtas.ie/en/debates/question/2014-11-04/section/253/'
_DAIL_OOB_4JUL17 = 'https://www.oireachtas.ie/ga/debates/debate/dail/2017-07-04/3/'
_DAIL_OOB_26SEP17 = 'https://www.oireachtas.ie/en/debates/debate/dail/2017-09-26/3/?highlight%5B0%5D=searching'
_FCO_WRANS_4SEP12 = 'https://publications.parliament.uk/pa/cm201213/cmhansrd/cm120904/text/120904w0001.htm'
_VOA_LE_SEWOL_2017 = 'https://newsamricaa.blogspot.com/search?max-results=11&reverse-paginate=true&updated-max=2017-03-23T13%3A04%3A00-07%3A00'
_VOA_LE_HAITI_2016 = 'https://newsamricaa.blogspot.com/2016/11/'
_VOA_LE_CARRIER_2017 = 'https://newsamricaa.blogspot.com/search?max-results=11&reverse-paginate=true&updated-max=2017-02-20T14%3A20%3A00-08%3A00'
_SEANAD_SLEEP_2017 = 'https://www.oireachtas.ie/en/debates/debate/seanad/2017-11-08/3/'
_KS_SEANAD_25APR23 = 'https://www.kildarestreet.com/sendebates/?gid=2023-04-25a.34'
_SEANAD_COMM_26JAN21 = 'https://www.oireachtas.ie/en/debates/debate/seanad/2021-01-26/2/'
_TRAVELLER_ACC_2018 = 'https://www.oireachtas.ie/ga/debates/question/2018-04-24/section/554/'
_KS_SEANAD_7OCT20 = 'https://www.kildarestreet.com/sendebates/?id=2020-10-07a.5'
_NASA_ISS_BLOG_27OCT15 = 'https://blogs.nasa.gov/spacestation/2015/10/27/watch-first-time-spacewalkers-venture-outside-the-space-station-oct-28/'
_NASA_CCP_BLOG_27OCT15 = 'https://blogs.nasa.gov/commercialcrew/2015/10/27/station-spacewalk-includes-preps-for-commercial-crew-vehicles/'
_EC_STATEMENT_14SEP15 = 'https://europa.eu/rapid/press-release_STATEMENT-15-5646_en.htm?locale=FR'
_EC_UKRAINE_25JUL14 = 'https://l24.lt/en/world/item/37832-ukraine-european-commission-adopts-legislative-proposals-on-restrictive-measures'
_AVRAMOPOULOS_22SEP15 = 'https://avramopoulos.gr/en/content/statement-commissioner-d-avramopoulos-following-extraordinary-home-affairs-council-2292015'
_KREMLIN_VOROBYOV_2017 = 'http://en.kremlin.ru/catalog/keywords/86/events/56295/photos'

FRESH22_CASES: tuple[BlindCase, ...] = (
    # Commons written answer, Thursday 15 February 2001: the division 'was established in September 1998': past
    B(
        text='The policy strategy integration division was established in September 1998.',
        due=None,
        vague=False,
        said='2001-02-15 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_POLICY_UNITS_2001,
        published='2001-02-15',
    ),
    # the same answer: a present state ('presently has'), no time at all
    B(
        text='It presently has a full-time staff of seven, including one secondee from a local authority and one agency secretary.',
        due=None,
        vague=False,
        said='2001-02-15 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_POLICY_UNITS_2001,
        published='2001-02-15',
    ),
    # the same answer: sent 'in January this year' (January 2001, before the answer): past
    B(
        text="A memorandum on DETR's role in relation to public health was co-ordinated by the division and sent to the Health Committee in January this year.",
        due=None,
        vague=False,
        said='2001-02-15 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_POLICY_UNITS_2001,
        published='2001-02-15',
    ),
    # NASA media advisory M25-12, Wednesday 16 May 2012: a bare clock time with its zone word and no day is its next occurrence after the reference (parser docstring: 'a bare time is its next occurrence'): 4:55 a.m. EDT on Thursday 17 May 2012 = 08:55 UTC; unsure: the advisory's context puts the opportunity on 19 May (08:55 UTC that day)
    B(
        text='There is a single instantaneous launch opportunity at 4:55 a.m. EDT.',
        due='2012-05-17 08:55:00',
        vague=False,
        said='2012-05-16 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_M25_12,
        published='2012-05-16',
    ),
    # the same advisory: a photo opportunity on 'Friday, May 18' is a one-off event that day (CONVENTIONS 3.1): end of day EDT, 03:59:59 UTC on 19 May; '(L-1 day)' counts from the launch, which the date already fixes
    B(
        text='Friday, May 18 (L-1 day): A photo opportunity of the Falcon 9 rocket and Dragon capsule on the launch pad will be available for the news media.',
        due='2012-05-19 03:59:59',
        vague=False,
        said='2012-05-16 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_NASA_M25_12,
        published='2012-05-16',
    ),
    # the same advisory: 'During the flight' names an event and gives no time: no deadline
    B(
        text="During the flight, SpaceX's Dragon capsule will conduct a series of check-out procedures that will test and prove its systems, including the capability to rendezvous and berth with the International Space Station.",
        due=None,
        vague=False,
        said='2012-05-16 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_NASA_M25_12,
        published='2012-05-16',
    ),
    # NASA media advisory M12-078, Friday 27 April 2012 (quoted on a blog): the launch 'rescheduled for a liftoff on Monday, May 7' (CONVENTIONS 3.1, 4.1): end of day EDT, 03:59:59 UTC on 8 May
    B(
        text="The second SpaceX demonstration launch for NASA's Commercial Orbital Transportation Services (COTS) has been rescheduled for a liftoff on Monday, May 7.",
        due='2012-05-08 03:59:59',
        vague=False,
        said='2012-04-27 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_NASA_M12_078,
        published='2012-04-27',
    ),
    # the same advisory: a bare clock time with its zone word, next occurrence after the reference: 9:38 a.m. EDT on Saturday 28 April 2012 = 13:38 UTC; unsure: the context puts it on 7 May
    B(
        text='There is a single instantaneous launch opportunity at 9:38 a.m. EDT.',
        due='2012-04-28 13:38:00',
        vague=False,
        said='2012-04-27 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_M12_078,
        published='2012-04-27',
    ),
    # the same advisory: 'begins at 8 a.m.' with no zone word is in the publisher's zone and, with no day, its next occurrence: 8 a.m. EDT on 28 April 2012 = 12:00 UTC; unsure: the context puts it on launch day, 7 May
    B(
        text='NASA Television launch commentary from Cape Canaveral begins at 8 a.m.',
        due='2012-04-28 12:00:00',
        vague=False,
        said='2012-04-27 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_M12_078,
        published='2012-04-27',
    ),
    # the same advisory: the photo opportunity on 'Saturday, May 5' (CONVENTIONS 3.1): end of day EDT, 03:59:59 UTC on 6 May
    B(
        text='Saturday, May 5 (L-2 days): A photo opportunity of the Falcon 9 rocket and Dragon capsule on the launch pad will be available for the news media.',
        due='2012-05-06 03:59:59',
        vague=False,
        said='2012-04-27 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_NASA_M12_078,
        published='2012-04-27',
    ),
    # Dáil written answer, Tuesday 15 January 2019: 'before the end of this quarter' is the end of the first quarter of 2019, 31 March, end of day (Irish Standard Time had begun at 01:00 UTC that day: 22:59:59 UTC)
    B(
        text='These can be expected to issue before the end of this quarter.',
        due='2019-03-31 22:59:59',
        vague=False,
        said='2019-01-15 10:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source=_SCHOOL_KWETB_2019,
        published='2019-01-15',
    ),
    # the same answer: 'has now been completed': past
    B(
        text='The pre-qualification process for the project has now been completed by KWETB.',
        due=None,
        vague=False,
        said='2019-01-15 10:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_SCHOOL_KWETB_2019,
        published='2019-01-15',
    ),
    # the same answer: no timeline can be given: no time at all
    B(
        text='At this point, it is not possible to provide an accurate timeline either for completion of the tender process or for completion of any later stages of the project.',
        due=None,
        vague=False,
        said='2019-01-15 10:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_SCHOOL_KWETB_2019,
        published='2019-01-15',
    ),
    # Dáil written answer, Tuesday 8 February 2022 (KildareStreet): the question asks when and gives no time: no deadline
    B(
        text="To ask the Taoiseach the status of the tender issued for the provision of data strategy services for the Government's housing plan; the number of applications that were received; the names of the organisations that applied; and when he expects the contract to be awarded.",
        due=None,
        vague=False,
        said='2022-02-08 10:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_KS_DATA_TENDER_2022,
        published='2022-02-08',
    ),
    # the same answer: published 'In September 2021': past
    B(
        text='In September 2021 the Government published a ten-year plan for the provision of housing - Housing for All.',
        due=None,
        vague=False,
        said='2022-02-08 10:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_KS_DATA_TENDER_2022,
        published='2022-02-08',
    ),
    # the same answer: posted 'on the 9th December 2021': past
    B(
        text='The Request for Tenders (RFT) document was posted to the e-Tenders and OJEU websites on the 9th December 2021.',
        due=None,
        vague=False,
        said='2022-02-08 10:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_KS_DATA_TENDER_2022,
        published='2022-02-08',
    ),
    # the same answer: no time at all ('six' is a count)
    B(
        text='A total of six submissions were received in response to the RFT; however I am not in a position to release the identities of those that submitted tenders.',
        due=None,
        vague=False,
        said='2022-02-08 10:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_KS_DATA_TENDER_2022,
        published='2022-02-08',
    ),
    # Dáil written answer, Wednesday 11 July 2018: 're-issue a complete set of documents in Q4 2018' falls due at the quarter's end, 31 December 2018, end of day (GMT = UTC); the examination 'Once ... completed' does not take the quarter's date away
    B(
        text='Once this examination has been completed, the OPW will review all tender documentation and intends to re-issue a complete set of documents in Q4 2018.',
        due='2018-12-31 23:59:59',
        vague=False,
        said='2018-07-11 09:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source=_FSI_LAB_2018,
        published='2018-07-11',
    ),
    # the same answer: no timeframe can be given: no time at all
    B(
        text='As this process is still on-going it is not possible at this stage to give exact timeframes for the procurement process for contractors.',
        due=None,
        vague=False,
        said='2018-07-11 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_FSI_LAB_2018,
        published='2018-07-11',
    ),
    # the same question: the only date, '24 April 2018', names an earlier question: past
    B(
        text='Deputy Joan Burton asked the Minister for Public Expenditure and Reform further to Parliamentary Question No. 136 of 24 April 2018, if the new set of documents has issued to contractors; if there is a new deadline for receipt of tenders; and if he will make a statement on the matter.',
        due=None,
        vague=False,
        said='2018-07-11 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_FSI_LAB_2018,
        published='2018-07-11',
    ),
    # Dáil written answers, Tuesday 21 February 2017 (KildareStreet): a question that names no time: no deadline
    B(
        text='To ask the Minister for Education and Skills when the tenders for the Maynooth post-primary school complex will be approved; and if he will make a statement on the matter.',
        due=None,
        vague=False,
        said='2017-02-21 10:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_KS_MAYNOOTH_2017,
        published='2017-02-21',
    ),
    # the same answers: the only date, '18 January 2017', names an earlier question: past
    B(
        text='To ask the Minister for Education and Skills if he will correct the record of Dáil Éireann in regard to his response to Parliamentary Question No. 35 of 18 January 2017, specifically in relation to the appointment of the design team and the fact that it was appointed by his Department rather than by the Dublin and Dún Laoghaire Education and Training Board (details supplied).',
        due=None,
        vague=False,
        said='2017-02-21 10:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_KS_MAYNOOTH_2017,
        published='2017-02-21',
    ),
    # the same answers: 'matters are in hand' with no time: no deadline
    B(
        text='Currently, matters are in hand to complete the necessary Financial Robustness element of the tender process and to update the Cost Benefit Analysis Report with the tender figures for the Department of Public Expenditure and Reform.',
        due=None,
        vague=False,
        said='2017-02-21 10:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_KS_MAYNOOTH_2017,
        published='2017-02-21',
    ),
    # the same answers: a past appointment with no time word: no deadline
    B(
        text='I wish to confirm that the Design Team for the project referred to by the Deputy was appointed by my Department and not by Dublin and Dun Laoghaire Education and Training Board.',
        due=None,
        vague=False,
        said='2017-02-21 10:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_KS_MAYNOOTH_2017,
        published='2017-02-21',
    ),
    # UK Parliament news item, Wednesday 11 January 2012: the statement 'made ... on Tuesday 10 January': past
    B(
        text="Secretary of State for Scotland, Michael Moore, made a statement in the House of Commons on Tuesday 10 January on Scotland's constitutional future.",
        due=None,
        vague=False,
        said='2012-01-11 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_SCOTLAND_NEWS_2012,
        published='2012-01-11',
    ),
    # the same item: a consultation deadline 'Friday 9 March 2012', end of day GMT
    B(
        text='The deadline for responses to the consultation is Friday 9 March 2012.',
        due='2012-03-09 23:59:59',
        vague=False,
        said='2012-01-11 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_SCOTLAND_NEWS_2012,
        published='2012-01-11',
    ),
    # the same item: introduced 'on 30 November 2010' (past); 'currently awaiting' has no time: past
    B(
        text='The Scotland Bill was introduced into the House of Commons on 30 November 2010 and is currently awaiting committee stage in the House of Lords.',
        due=None,
        vague=False,
        said='2012-01-11 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_SCOTLAND_NEWS_2012,
        published='2012-01-11',
    ),
    # the same item: a standing rule of procedure, 'at 11am on a Friday' (CONVENTIONS 1.3): recurring
    B(
        text='Oral statements are made after Question Time (or at 11am on a Friday).',
        due=None,
        vague=False,
        said='2012-01-11 10:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=5,
        source=_SCOTLAND_NEWS_2012,
        published='2012-01-11',
    ),
    # Commons points of order, Monday 19 November 2012 (Parallel Parliament): a statement 'tomorrow', Tuesday 20 November, end of day GMT ('I have been advised' is the verb of saying, CONVENTIONS 2.2)
    B(
        text='I am happy to confirm that I have been advised that the Foreign Secretary will indeed make a statement on these matters tomorrow.',
        due='2012-11-20 23:59:59',
        vague=False,
        said='2012-11-19 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_PP_POO_19NOV12,
        published='2012-11-19',
    ),
    # the same exchange: a statement 'today' that Members 'might have hoped for' is not coming (CONVENTIONS 4.1): negated; unsure: a hope with no undertaking could be read as no deadline with no refusal word (CONVENTIONS 4.2)
    B(
        text='Ordinarily, hon. and right hon. Members might have hoped for a statement today, but it would be fair to say that, as some will know and others might not, the Foreign Secretary is in Brussels today, discussing these very matters.',
        due=None,
        vague=False,
        said='2012-11-19 10:00:00',
        tz='Europe/London',
        refusal='negated',
        cluster=5,
        source=_PP_POO_19NOV12,
        published='2012-11-19',
    ),
    # the same exchange: 'At the first opportunity tomorrow' is Tuesday 20 November, end of day GMT
    B(
        text='At the first opportunity tomorrow, the House will expect to hear from the right hon. Gentleman, and I feel sure that the hon. Member for Walsall North (Mr Winnick) will be in his customary place.',
        due='2012-11-20 23:59:59',
        vague=False,
        said='2012-11-19 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_PP_POO_19NOV12,
        published='2012-11-19',
    ),
    # the same exchange: 'Only last week ... launched': past
    B(
        text="Only last week, when the House was not sitting, the Secretary of State for Education launched his Department's review—a major review of the Department for Education, including proposals for a savage cut of up to 1,000 jobs and the closure of regional offices.",
        due=None,
        vague=False,
        said='2012-11-19 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_PP_POO_19NOV12,
        published='2012-11-19',
    ),
    # Commons point of order, Thursday 8 September 2011 (Parallel Parliament): 'tabled this morning': past
    B(
        text='A written ministerial statement relating to the commission on the West Lothian question was tabled this morning.',
        due=None,
        vague=False,
        said='2011-09-08 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_PP_POO_8SEP11,
        published='2011-09-08',
    ),
    # the same exchange: consulted 'before terms of reference are brought forward', an undated event: event
    B(
        text="I hope that you will take back to Mr Speaker the Opposition's hope that all political parties in the House will be consulted before terms of reference are brought forward and the membership of the commission is agreed.",
        due=None,
        vague=False,
        said='2011-09-08 09:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source=_PP_POO_8SEP11,
        published='2011-09-08',
    ),
    # the same exchange: 'I will read' with no time: no deadline
    B(
        text='I will read what the hon. Gentleman has said in Hansard—I did not hear all of it, because he did not do me the courtesy of notifying me of his intention to raise a point of order.',
        due=None,
        vague=False,
        said='2011-09-08 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_PP_POO_8SEP11,
        published='2011-09-08',
    ),
    # White House daily guidance released Tuesday 27 September 2016 (quoted on the Chicago Sun-Times site): the heading of a schedule for Wednesday 28 September 2016 falls due at that day's end (a schedule at its end, CONVENTIONS 6.1), EDT: 03:59:59 UTC on 29 September
    B(
        text='DAILY GUIDANCE AND PRESS SCHEDULE FOR WEDNESDAY, SEPTEMBER 28, 2016',
        due='2016-09-29 03:59:59',
        vague=False,
        said='2016-09-27 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_WH_GUIDANCE_28SEP16,
        published='2016-09-27',
    ),
    # the same guidance: 'In the afternoon' of the scheduled day, Wednesday 28 September, ends at 18:00 (parser docstring), EDT: 22:00 UTC; unsure: read from the words alone at the reference (27 September, 10:00), the afternoon would be that of the 27th (22:00 UTC that day)
    B(
        text='In the afternoon, the President will travel to Fort Lee, Virginia.',
        due='2016-09-28 22:00:00',
        vague=False,
        said='2016-09-27 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_GUIDANCE_28SEP16,
        published='2016-09-27',
    ),
    # the same guidance: 'In the evening' of the scheduled day ends at 23:59:59 (parser docstring), EDT: 03:59:59 UTC on 29 September; unsure: from the words alone, the evening of the day of release
    B(
        text='In the evening, the President will depart Fort Lee en route Washington, DC.',
        due='2016-09-29 03:59:59',
        vague=False,
        said='2016-09-27 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_GUIDANCE_28SEP16,
        published='2016-09-27',
    ),
    # White House daily guidance released Tuesday 30 June 2015 (quoted on the Chicago Sun-Times site): the heading of a schedule for Wednesday 1 July 2015 falls due at that day's end, EDT: 03:59:59 UTC on 2 July
    B(
        text='DAILY GUIDANCE AND PRESS SCHEDULE FOR WEDNESDAY, JULY 1, 2015',
        due='2015-07-02 03:59:59',
        vague=False,
        said='2015-06-30 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_WH_GUIDANCE_1JUL15,
        published='2015-06-30',
    ),
    # the same guidance: 'Later in the morning' of the scheduled day, 1 July, ends at noon (parser docstring: morning ends 12:00), EDT: 16:00 UTC; unsure: from the words alone at the reference, the morning of 30 June
    B(
        text='Later in the morning, the President will deliver a statement on Cuba; the Vice President will also attend.',
        due='2015-07-01 16:00:00',
        vague=False,
        said='2015-06-30 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_GUIDANCE_1JUL15,
        published='2015-06-30',
    ),
    # the same guidance: no time at all ('16 million' is a count)
    B(
        text='While in Nashville, the President will discuss how we can move forward and continue building on the progress made under the Affordable Care Act, which has helped more than 16 million Americans gain health insurance.',
        due=None,
        vague=False,
        said='2015-06-30 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_WH_GUIDANCE_1JUL15,
        published='2015-06-30',
    ),
    # Commons points of order, Monday 17 July 2017 (Parallel Parliament): 'has now been issued': past
    B(
        text='First, my understanding is that the written ministerial statement has now been issued.',
        due=None,
        vague=False,
        said='2017-07-17 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_PP_POO_17JUL17,
        published='2017-07-17',
    ),
    # the same exchange: the Speaker cannot require a statement 'today': a denied time (CONVENTIONS 4.1): negated
    B(
        text='Secondly, I am not in a position to require a Minister to come to the House today to make a statement; however, it is comparatively unusual for Members on both sides of the House, in unison, to raise such a concern, and to make, to all intents and purposes, exactly similar requests for a statement.',
        due=None,
        vague=False,
        said='2017-07-17 09:00:00',
        tz='Europe/London',
        refusal='negated',
        cluster=5,
        source=_PP_POO_17JUL17,
        published='2017-07-17',
    ),
    # the same exchange: a statement 'today' only 'If the right hon. Gentleman wanted' is a possibility, no undertaking (CONVENTIONS 4.2): no deadline
    B(
        text='If the right hon. Gentleman wanted to come to the House today to make a statement, I would certainly be very happy to facilitate him.',
        due=None,
        vague=False,
        said='2017-07-17 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_PP_POO_17JUL17,
        published='2017-07-17',
    ),
    # the same exchange: 'tomorrow' hangs on 'if no statement is forthcoming' and is an opening, not an undertaking (CONVENTIONS 4.2): no deadline; unsure: a reader could take the condition as an undated event (refusal 'event')
    B(
        text='What I will say, however, is that if no statement is forthcoming from the Minister, it will be perfectly open to Members to do their best to secure parliamentary time and attention tomorrow.',
        due=None,
        vague=False,
        said='2017-07-17 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_PP_POO_17JUL17,
        published='2017-07-17',
    ),
    # the same exchange: what a Member 'said' could happen 'tomorrow' is a reported possibility (CONVENTIONS 2.2, 4.2): no deadline
    B(
        text='The hon. Member for Sheffield South East (Mr Betts)—the former hon. Member for Sheffield, Attercliffe—said that an urgent question could be applied for tomorrow, but by then all sorts of briefing would have taken place.',
        due=None,
        vague=False,
        said='2017-07-17 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_PP_POO_17JUL17,
        published='2017-07-17',
    ),
    # Department of Health and Social Care press release, Wednesday 10 January 2024 (UKPol): 'there will be' with no time: no deadline
    B(
        text='For the first time there will be a national care career structure, with defined roles and professional development',
        due=None,
        vague=False,
        said='2024-01-10 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_DHSC_CARE_2024,
        published='2024-01-10',
    ),
    # the same release: the only day word is on plans already 'set out today' (CONVENTIONS 2.4: an act done when the words are published): past; unsure: 'set out today' could be read as the act of the day, due that day (CONVENTIONS 2.1), though the promise 'will have better training' has no time of its own
    B(
        text='Social care staff will have better training, clearer career paths and improved job prospects thanks to government plans to develop the domestic care workforce, set out today.',
        due=None,
        vague=False,
        said='2024-01-10 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_DHSC_CARE_2024,
        published='2024-01-10',
    ),
    # the same release: 'the week the government also started' a campaign phase: past
    B(
        text='Backed by £75 million in funding, the announcement comes in the week the government also started the second phase of the Made with Care recruitment campaign, aimed at getting more people in the UK to consider a rewarding career in care.',
        due=None,
        vague=False,
        said='2024-01-10 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_DHSC_CARE_2024,
        published='2024-01-10',
    ),
    # State Department media note, Saturday 16 June 2018 (read on a mirror): travel 'from June 18-22' falls due at the later end, 22 June 2018, end of day EDT: 03:59:59 UTC on 23 June
    B(
        text='Ambassador at Large for International Religious Freedom Sam Brownback will travel to Abuja, Kaduna, and Lagos, Nigeria from June 18-22.',
        due='2018-06-23 03:59:59',
        vague=False,
        said='2018-06-16 14:00:00',
        tz='America/New_York',
        cluster=3,
        source=_STATE_NOTES_16JUN18,
        published='2018-06-16',
    ),
    # the same note: no time at all
    B(
        text='Alongside Ambassador W. Stuart Symington, Ambassador Brownback will meet with government officials, religious leaders, and civil society groups.',
        due=None,
        vague=False,
        said='2018-06-16 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_STATE_NOTES_16JUN18,
        published='2018-06-16',
    ),
    # a second media note of the same day: travel 'from June 17 to 22' falls due at the later end, 22 June, end of day EDT
    B(
        text='Assistant Secretary of State for European and Eurasian Affairs A. Wess Mitchell will travel to Europe from June 17 to 22.',
        due='2018-06-23 03:59:59',
        vague=False,
        said='2018-06-16 14:00:00',
        tz='America/New_York',
        cluster=3,
        source=_STATE_NOTES_16JUN18,
        published='2018-06-16',
    ),
    # the same note: 'On June 18' in Bucharest, end of day in the publisher's zone (EDT): 03:59:59 UTC on 19 June
    B(
        text='On June 18 he will be in Bucharest, Romania, to meet with senior officials and independent analysts to discuss regional security and economic cooperation.',
        due='2018-06-19 03:59:59',
        vague=False,
        said='2018-06-16 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_STATE_NOTES_16JUN18,
        published='2018-06-16',
    ),
    # the same note: Zagreb 'on June 19', end of day EDT
    B(
        text='Assistant Secretary Mitchell will then travel to Zagreb, Croatia, on June 19, where he will meet with senior Croatian officials to discuss developments in Croatia and the region, including Croatia’s contributions to regional stability and energy security.',
        due='2018-06-20 03:59:59',
        vague=False,
        said='2018-06-16 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_STATE_NOTES_16JUN18,
        published='2018-06-16',
    ),
    # the same note: 'On June 20 and 21' falls due at the later day, 21 June, end of day EDT
    B(
        text='On June 20 and 21, he will be in Prague, Czech Republic to participate in the U.S.-Czech Republic Strategic Dialogue, meet with Czech officials, and deliver a speech co-hosted by the Prague European Summit and GLOBSEC.',
        due='2018-06-22 03:59:59',
        vague=False,
        said='2018-06-16 14:00:00',
        tz='America/New_York',
        cluster=3,
        source=_STATE_NOTES_16JUN18,
        published='2018-06-16',
    ),
    # the same note: 'June 21-22' falls due at the later end, 22 June, end of day EDT
    B(
        text='Finally, June 21-22, Assistant Secretary Mitchell will visit Brussels, Belgium.',
        due='2018-06-23 03:59:59',
        vague=False,
        said='2018-06-16 14:00:00',
        tz='America/New_York',
        cluster=3,
        source=_STATE_NOTES_16JUN18,
        published='2018-06-16',
    ),
    # BLM Federal Register notice, Monday 11 May 2015: a hearing 'will be held' with no time in the sentence: no deadline
    B(
        text='A public hearing will be held to receive comments on the EA and associated Finding of No Significant Impact (FONSI), Fair Market Value (FMV), and Maximum Economic Recovery (MER) of the coal resources for Buckingham Coal Company LBA OHES-57390.',
        due=None,
        vague=False,
        said='2015-05-11 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_BLM_COAL_2015,
        published='2015-05-11',
    ),
    # the same notice: available for review, no time at all
    B(
        text='In accordance with Federal coal management regulations, the Buckingham Coal Company, Federal Coal Lease by Application (LBA) Environmental Assessment (EA) is available for public review and comment.',
        due=None,
        vague=False,
        said='2015-05-11 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_BLM_COAL_2015,
        published='2015-05-11',
    ),
    # Seanad sitting arrangements motion, Tuesday 17 October 2023 (read on a mirror): 'adjourn until 9 a.m. on Thursday, 19th October, 2023' is the House's return then (as the earlier sets label a stated return), 09:00 IST = 08:00 UTC; 'on its rising on Wednesday' is the start of the adjournment, earlier
    B(
        text='(1) That, notwithstanding anything in the Standing Orders relative to Public Business, the Seanad on its rising on Wednesday, 18th October, 2023, shall adjourn until 9 a.m. on Thursday, 19th October, 2023, and the following arrangements shall apply:',
        due='2023-10-19 08:00:00',
        vague=False,
        said='2023-10-17 09:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source=_SEANAD_17OCT23,
        published='2023-10-17',
    ),
    # the same motion: a bare '9 a.m.' with no day is its next occurrence after the reference (10:00 on 17 October): 9 a.m. IST on 18 October = 08:00 UTC; unsure: the motion puts it on Thursday 19 October
    B(
        text='(a) Commencement matters shall be taken at 9 a.m.;',
        due='2023-10-18 08:00:00',
        vague=False,
        said='2023-10-17 09:00:00',
        tz='Europe/Dublin',
        cluster=2,
        source=_SEANAD_17OCT23,
        published='2023-10-17',
    ),
    # the same motion: no time at all
    B(
        text='(c) There shall be no Order of Business;',
        due=None,
        vague=False,
        said='2023-10-17 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_SEANAD_17OCT23,
        published='2023-10-17',
    ),
    # the same motion: statements 'taken at 10 a.m.' and 'brought to a conclusion at 11.30 a.m.' fall due at the later time (CONVENTIONS 6.1); with no day, its next occurrence after the reference (10:00 on 17 October) is 11:30 IST that day = 10:30 UTC; the minute limits are lengths of speeches; unsure: the motion puts the statements on Thursday 19 October (10:30 UTC that day)
    B(
        text='Statements on the situation in Israel and the occupied Palestinian territory shall be taken at 10 a.m. and shall, if not previously concluded, be brought to a conclusion at 11.30 a.m., with the opening contribution of the Minister not to exceed 10 minutes, the contribution of Group Spokespersons shall not exceed 8 minutes, all other Senators shall not exceed 5 minutes, and the Minister shall be given no less than 10 minutes to reply to the debate.',
        due='2023-10-17 10:30:00',
        vague=False,
        said='2023-10-17 09:00:00',
        tz='Europe/Dublin',
        cluster=2,
        source=_SEANAD_17OCT23,
        published='2023-10-17',
    ),
    # the same motion: the return 'until 1 p.m. on Tuesday, 24th October, 2023' (the rising on the 19th is the start): 13:00 IST = 12:00 UTC
    B(
        text='(2) The Seanad on its rising on Thursday, 19th October, 2023, shall adjourn until 1 p.m. on Tuesday, 24th October, 2023.',
        due='2023-10-24 12:00:00',
        vague=False,
        said='2023-10-17 09:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source=_SEANAD_17OCT23,
        published='2023-10-17',
    ),
    # the same record: the day's suspension and resumption, told as done: past
    B(
        text='Sitting suspended at 2.30 p.m. and resumed at 7 p.m.',
        due=None,
        vague=False,
        said='2023-10-17 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_SEANAD_17OCT23,
        published='2023-10-17',
    ),
    # Lords written answer, Wednesday 25 January 1961: the boards are asked 'to submit to him by May 31' their proposals: 31 May 1961, end of day BST = 22:59:59 UTC; 'for work to be started by 1970–71' is what the proposals cover; unsure: a reader could take the later 1970–71 (31 March 1971) as the time checked
    B(
        text='He has recently given guidance to Hospital Boards which will enable them for the first Time to make long-term plans and has asked them to submit to him by May 31 their proposals for work to be started by 1970–71.',
        due='1961-05-31 22:59:59',
        vague=False,
        said='1961-01-25 10:00:00',
        tz='Europe/London',
        cluster=3,
        source=_HOSPITALS_LORDS_1961,
        published='1961-01-25',
    ),
    # the same answer: the figure for spending 'in 1962–63' is checked at the end of that GB financial year, 31 March 1963, end of day (GMT); 'next year, 1961–62' is the earlier; unsure: a provisional figure with conditions, no act promised (no deadline would be the other reading)
    B(
        text='The provisional figure for hospital capital expenditure in 1962–63, subject to the economic situation, and the voting by Parliament of the necessary money, is £36 million, compared with £31 million for next year, 1961–62.',
        due='1963-03-31 22:59:59',
        vague=False,
        said='1961-01-25 10:00:00',
        tz='Europe/London',
        cluster=4,
        source=_HOSPITALS_LORDS_1961,
        published='1961-01-25',
    ),
    # the same answer: 'no firm commitments can be entered into', and the limits 'rising to about £50 million by 1965–66' are tentative planning figures, no undertaking (CONVENTIONS 4.2): no deadline; unsure: a reader could take 1965–66 as a target year (31 March 1966)
    B(
        text='While no firm commitments can be entered into by the Government at this stage and while the phasing cannot yet be determined, the Minister has given Regional Hospital Boards tentative planning limits based on an expenditure rising to about £50 million by 1965–66.',
        due=None,
        vague=False,
        said='1961-01-25 10:00:00',
        tz='Europe/London',
        cluster=4,
        source=_HOSPITALS_LORDS_1961,
        published='1961-01-25',
    ),
    # the same answer: published 'on January 23' (past); 'will follow rapidly' is not one of the documented vague words: past; unsure: 'rapidly' could be read as a 'soon' word (vague, 60 days)
    B(
        text='The first of a series of Building Notes giving guidance on hospital planning and on the design of hospital departments was published on January 23 and others will follow rapidly.',
        due=None,
        vague=False,
        said='1961-01-25 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_HOSPITALS_LORDS_1961,
        published='1961-01-25',
    ),
    # the same answer: a practice 'In future, when a scheme is approved' gives no time: no deadline
    B(
        text='In future, when a scheme is approved in principle, a starting-date will be given, so that Hospital Boards will be able to carry through the planning and execution in the knowledge that the project will not subsequently be held up.',
        due=None,
        vague=False,
        said='1961-01-25 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_HOSPITALS_LORDS_1961,
        published='1961-01-25',
    ),
    # the same answer: regulations already made, amounts only: no time at all
    B(
        text='He has also made regulations raising from £30,000 to £60,000 the maximum cost of individual projects which Hospital Boards can undertake without his prior authority.',
        due=None,
        vague=False,
        said='1961-01-25 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_HOSPITALS_LORDS_1961,
        published='1961-01-25',
    ),
    # Commons written answer, Friday 6 December 1957: spending proposed 'in 1959–60' is the latest of three financial years named ('this financial year' 1957-58, 'next year' 1958-59): 31 March 1960, end of day (GMT)
    B(
        text='It is proposed, subject to the voting by Parliament of the necessary funds, that £22 million shall be spent on capital development in the hospital service in England and Wales in 1959–60, compared with £18 million this financial year and £20 million proposed for next year.',
        due='1960-03-31 23:59:59',
        vague=False,
        said='1957-12-06 10:00:00',
        tz='Europe/London',
        cluster=4,
        source=_HOSPITALS_1957,
        published='1957-12-06',
    ),
    # the same answer: 'are being informed' with no time: no deadline
    B(
        text='Hospital boards are being informed of their individual allocations within this total for the modernisation of mental hospitals, the replacement of obsolete plant, and ordinary capital expenditure.',
        due=None,
        vague=False,
        said='1957-12-06 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_HOSPITALS_1957,
        published='1957-12-06',
    ),
    # the same answer: 'explained ... on 1st July, 1955': past
    B(
        text='As my predecessor explained to the House on 1st July, 1955, the original programme, in order to encourage speedy action, included more projects than it would be possible to start in the years to which it was allocated.',
        due=None,
        vague=False,
        said='1957-12-06 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_HOSPITALS_1957,
        published='1957-12-06',
    ),
    # the same answer: 'I am today inviting' (CONVENTIONS 2.1): due that day, 6 December 1957, end of day GMT
    B(
        text='I am today inviting boards to bring to completion the planning of a number of additional major projects.',
        due='1957-12-06 23:59:59',
        vague=False,
        said='1957-12-06 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_HOSPITALS_1957,
        published='1957-12-06',
    ),
    # the same answer: 'early in 1959–60' is the first third of that GB financial year (April-July 1959; parser docstring: early/mid/late split a period in thirds): 31 July 1959, end of day BST = 22:59:59 UTC; unsure: 'early' in a financial year may be split otherwise
    B(
        text='I hope that all boards will endeavour to complete the planning early in 1959–60.',
        due='1959-07-31 22:59:59',
        vague=False,
        said='1957-12-06 10:00:00',
        tz='Europe/London',
        cluster=4,
        source=_HOSPITALS_1957,
        published='1957-12-06',
    ),
    # the same answer: a claim 'on the capital available for 1959–60' is checked at that year's end, 31 March 1960 (GMT); unsure: a forecast with no act promised (no deadline would be the other reading)
    B(
        text='Projects already in the programme, but not started, and the second phases of some of those for which only the first phases have so far been authorised, are likely to make a considerable claim on the capital available for 1959–60.',
        due='1960-03-31 23:59:59',
        vague=False,
        said='1957-12-06 10:00:00',
        tz='Europe/London',
        cluster=4,
        source=_HOSPITALS_1957,
        published='1957-12-06',
    ),
    # Dáil written answers, Tuesday 4 November 2014: 'The Valuation Act, 2001' names an Act; no time at all
    B(
        text='The Valuation Act, 2001 provides that all buildings used or developed for any purpose are rateable unless expressly exempted under Schedule 4 of the Act.',
        due=None,
        vague=False,
        said='2014-11-04 10:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_VALUATION_2014,
        published='2014-11-04',
    ),
    # the same answer: no time at all
    B(
        text='The Commissioner of Valuation is independent in the performance of his functions under the Act and the making of valuations is his sole prerogative and I, as Minister, have no role in decisions in this regard.',
        due=None,
        vague=False,
        said='2014-11-04 10:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_VALUATION_2014,
        published='2014-11-04',
    ),
    # Dáil Order of Business, Tuesday 4 July 2017: 'Today's business shall be' is the day's schedule (CONVENTIONS 2.1, a day word on the act): 4 July 2017, end of day IST = 22:59:59 UTC; 'Bill 2017' is a name; unsure: the parser docstring reads "today's <noun>" as naming the present, with no deadline
    B(
        text="Today's business shall be No. 10, Judicial Appointments Commission Bill 2017 - Second Stage (resumed).",
        due='2017-07-04 22:59:59',
        vague=False,
        said='2017-07-04 09:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_DAIL_OOB_4JUL17,
        published='2017-07-04',
    ),
    # the same Order of Business: no time at all
    B(
        text="Private Members' business shall be No. 124, motion re bin charges, selected by Fianna Fáil.",
        due=None,
        vague=False,
        said='2017-07-04 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_DAIL_OOB_4JUL17,
        published='2017-07-04',
    ),
    # the same Order of Business: 'Wednesday’s business' is Wednesday 5 July 2017, end of day IST = 22:59:59 UTC; '2017' and '2023' are in the names of Bills
    B(
        text='Wednesday’s business shall be No. 10, Judicial Appointments Commission Bill 2017 - Second Stage (resumed), if not previously concluded; No. 2, Rugby World Cup 2023 Bill 2017 - Order for Second Stage, Second and Remaining Stages; and No. 3, Independent Reporting Commission Bill 2017 - Order for Second Stage and Second Stage.',
        due='2017-07-05 22:59:59',
        vague=False,
        said='2017-07-04 09:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_DAIL_OOB_4JUL17,
        published='2017-07-04',
    ),
    # the same Order of Business: 'Thursday's business' is Thursday 6 July 2017, end of day IST; the years are in the names of Bills
    B(
        text="Thursday's business shall be No. 11, statements on the quarterly report on housing; No. 12, Criminal Justice (Victims of Crime) Bill 2016 - Order for Report, Report and Final Stages; No. 13, Minerals Development Bill 2015 [Seanad] - Order for Report, Report and Final Stages; and No. 3, Independent Reporting Commission Bill 2017 - Second Stage (resumed), if not previously concluded.",
        due='2017-07-06 22:59:59',
        vague=False,
        said='2017-07-04 09:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_DAIL_OOB_4JUL17,
        published='2017-07-04',
    ),
    # the same Order of Business: a report 'dated 3 July 2017': past
    B(
        text='I refer Members to the revised report of the Business Committee dated 3 July 2017.',
        due=None,
        vague=False,
        said='2017-07-04 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_DAIL_OOB_4JUL17,
        published='2017-07-04',
    ),
    # the same Order of Business: 'shall sit at 10.00 a.m.' with no day is its next occurrence after the reference (10:00 on 4 July): 10:00 IST on Wednesday 5 July 2017 = 09:00 UTC, which is also the day the page gives
    B(
        text='(1) The Dáil shall sit at 10.00 a.m.',
        due='2017-07-05 09:00:00',
        vague=False,
        said='2017-07-04 09:00:00',
        tz='Europe/Dublin',
        cluster=2,
        source=_DAIL_OOB_4JUL17,
        published='2017-07-04',
    ),
    # the same Order of Business: 'conclude within 125 minutes' counts from the item's undated start (CONVENTIONS 1.3; parser docstring: an item's length in an order of business): event
    B(
        text='(2) Second Stage of the Rugby World Cup 2023 Bill 2017 shall conclude within 125 minutes.',
        due=None,
        vague=False,
        said='2017-07-04 09:00:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=5,
        source=_DAIL_OOB_4JUL17,
        published='2017-07-04',
    ),
    # Dáil Order of Business, Tuesday 26 September 2017: 'Tuesday’s business' is that day, 26 September 2017, end of day IST = 22:59:59 UTC; '2017' is in names
    B(
        text='Tuesday’s business shall be No. a9, motion re change to committees’ orders of reference and appointment of a new committee; No. 9, motion re sectoral employment order (construction sector) 2017, referral to committee; No. 10, motion re taxation agreements between Kazakhstan and Macao, referral to committee; No. 1, Mediation Bill 2017 (Amendments from the Seanad); and No. 22, statements re developments on the UK withdrawal from the EU.',
        due='2017-09-26 22:59:59',
        vague=False,
        said='2017-09-26 09:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_DAIL_OOB_26SEP17,
        published='2017-09-26',
    ),
    # the same Order of Business: 'Wednesday’s business' is Wednesday 27 September 2017, end of day IST
    B(
        text='Wednesday’s business shall be No. 22, statements re developments on the UK withdrawal from the EU (resumed); and No. 4, Water Services Bill 2017 - Order for Second Stage and Second Stage.',
        due='2017-09-27 22:59:59',
        vague=False,
        said='2017-09-26 09:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_DAIL_OOB_26SEP17,
        published='2017-09-26',
    ),
    # the same Order of Business: 'in the evening slot' with no day is the evening of the day of speaking (parser docstring: evening ends 23:59:59): 26 September 2017, 22:59:59 UTC; unsure: the page puts it in Thursday's business (28 September)
    B(
        text='No. 11, report on immigration, asylum and the refugee crisis, by the Joint Committee on Justice and Equality, will be debated in the evening slot.',
        due='2017-09-26 22:59:59',
        vague=False,
        said='2017-09-26 09:00:00',
        tz='Europe/Dublin',
        cluster=2,
        source=_DAIL_OOB_26SEP17,
        published='2017-09-26',
    ),
    # the same Order of Business: a report 'dated 20 September 2017': past
    B(
        text='I refer to the report of the Business Committee dated 20 September 2017.',
        due=None,
        vague=False,
        said='2017-09-26 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_DAIL_OOB_26SEP17,
        published='2017-09-26',
    ),
    # the same Order of Business: 'taken immediately' hangs on 'any division demanded', an undated event (CONVENTIONS 5.2): event
    B(
        text='(1) The motions re committees’ orders of reference and appointment of a new committee, the sectoral employment order (construction sector) 2017, referral to committee, and the taxation agreements between Kazakhstan and Macao, referral to committee, shall be taken without debate and any division demanded shall be taken immediately.',
        due=None,
        vague=False,
        said='2017-09-26 09:00:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=5,
        source=_DAIL_OOB_26SEP17,
        published='2017-09-26',
    ),
    # Commons written answers, Tuesday 4 September 2012: no time at all
    B(
        text='We cannot provide any estimates as there are numerous travel routes, all via third countries.',
        due=None,
        vague=False,
        said='2012-09-04 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_FCO_WRANS_4SEP12,
        published='2012-09-04',
    ),
    # the same answers: 'Compared with Q2 a year ago' and 'were up': past
    B(
        text='Compared with Q2 a year ago, exports of goods were up 9.2% to non-EU countries.',
        due=None,
        vague=False,
        said='2012-09-04 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_FCO_WRANS_4SEP12,
        published='2012-09-04',
    ),
    # the same answers: a standing power used 'Where there is evidence': no time at all
    B(
        text='Where there is evidence that British nationals are involved in terrorist or other illegal activity, the Government have a range of powers to stop them travelling and will use them appropriately.',
        due=None,
        vague=False,
        said='2012-09-04 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_FCO_WRANS_4SEP12,
        published='2012-09-04',
    ),
    # VOA Learning English, Thursday 23 March 2017 (reposted by a feed blog): the surfacing 'shortly before five o’clock, local time' is told as done: past
    B(
        text='An official overseeing the operation said the ferry reached the water’s surface shortly before five o’clock, local time.',
        due=None,
        vague=False,
        said='2017-03-23 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source=_VOA_LE_SEWOL_2017,
        published='2017-03-23',
    ),
    # the same story: 'it will take 12 to 13 days' for a move starting now (the ship has just been raised) is a window from the moment of speaking (CONVENTIONS 1.1), due at the later end of the range: 13 days, 5 April 2017, end of day EDT = 03:59:59 UTC on 6 April; 'said' is the verb of saying (CONVENTIONS 2.2); unsure: the parser docstring reads 'will take about 18 months' as a duration, no deadline, and an earlier set labelled 'will take three or four years' so
    B(
        text='An official of South Korea’s Ministry of Oceans and Fisheries said it will take 12 to 13 days to bring the ship to the port of Mokpo.',
        due='2017-04-06 03:59:59',
        vague=False,
        said='2017-03-23 14:00:00',
        tz='America/New_York',
        cluster=3,
        source=_VOA_LE_SEWOL_2017,
        published='2017-03-23',
    ),
    # the same story: 'Recent efforts ... have been slowed': past
    B(
        text='Recent efforts to raise the ship have been slowed by weather and strong waves.',
        due=None,
        vague=False,
        said='2017-03-23 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source=_VOA_LE_SEWOL_2017,
        published='2017-03-23',
    ),
    # the same story: left 'on April 16, 2014': past
    B(
        text='The Sewol was carrying 467 people on the day it left for the South Korean island of Jeju on April 16, 2014.',
        due=None,
        vague=False,
        said='2017-03-23 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source=_VOA_LE_SEWOL_2017,
        published='2017-03-23',
    ),
    # the same story: a past verdict with no time word: no deadline
    B(
        text='The captain was found guilty of gross negligence charges and sentenced to life in prison.',
        due=None,
        vague=False,
        said='2017-03-23 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_VOA_LE_SEWOL_2017,
        published='2017-03-23',
    ),
    # VOA Learning English, Wednesday 30 November 2016 (reposted by a feed blog): 'announced ... on Monday' (28 November): past
    B(
        text='Haiti’s election council announced the unofficial results on Monday.',
        due=None,
        vague=False,
        said='2016-11-30 15:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source=_VOA_LE_HAITI_2016,
        published='2016-11-30',
    ),
    # the same story: the court 'will announce the winner on December 29': 29 December 2016, end of day EST = 04:59:59 UTC on 30 December
    B(
        text='The court will announce the winner on December 29.',
        due='2016-12-30 04:59:59',
        vague=False,
        said='2016-11-30 15:00:00',
        tz='America/New_York',
        cluster=6,
        source=_VOA_LE_HAITI_2016,
        published='2016-11-30',
    ),
    # the same story: 'Until then' points back to a time the sentence does not name: event
    B(
        text='Until then, political parties can dispute the results.',
        due=None,
        vague=False,
        said='2016-11-30 15:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source=_VOA_LE_HAITI_2016,
        published='2016-11-30',
    ),
    # the same story: 'a year after' a past cancellation: past
    B(
        text='The voting took place a year after Haitian officials cancelled the results of the earlier presidential election.',
        due=None,
        vague=False,
        said='2016-11-30 15:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source=_VOA_LE_HAITI_2016,
        published='2016-11-30',
    ),
    # the same story: 'in October of 2015': past
    B(
        text='The first came in October of 2015, when presidential election results were cancelled because of reported cheating.',
        due=None,
        vague=False,
        said='2016-11-30 15:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source=_VOA_LE_HAITI_2016,
        published='2016-11-30',
    ),
    # the same story: no time at all
    B(
        text='That means the country will not need a runoff, or follow-up, election.',
        due=None,
        vague=False,
        said='2016-11-30 15:00:00',
        tz='America/New_York',
        cluster=6,
        source=_VOA_LE_HAITI_2016,
        published='2016-11-30',
    ),
    # VOA Learning English, Sunday 19 February 2017 (reposted by a feed blog): 'announced ... on Saturday': past
    B(
        text='The U.S. Navy announced the operations on Saturday.',
        due=None,
        vague=False,
        said='2017-02-19 15:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source=_VOA_LE_CARRIER_2017,
        published='2017-02-19',
    ),
    # the same story: 'last October': past
    B(
        text='The most recent one took place last October, when a U.S. Navy destroyer was sent to waters near Chinese-claimed islands.',
        due=None,
        vague=False,
        said='2017-02-19 15:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source=_VOA_LE_CARRIER_2017,
        published='2017-02-19',
    ),
    # the same story: 'left last month': past
    B(
        text='A U.S. Navy release said the California-based Carl Vinson Carrier Strike Group left last month for a deployment to the western Pacific.',
        due=None,
        vague=False,
        said='2017-02-19 15:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source=_VOA_LE_CARRIER_2017,
        published='2017-02-19',
    ),
    # the same story: 'when it is available' is an undated event (as 'as soon as it is ready', blind_real.py): event
    B(
        text="Editor's Note: An audio to accompany this story will be added when it is available.",
        due=None,
        vague=False,
        said='2017-02-19 15:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source=_VOA_LE_CARRIER_2017,
        published='2017-02-19',
    ),
    # Seanad Commencement Matters, Wednesday 8 November 2017: no time at all
    B(
        text='Some may think that this matter is not as pressing as some of the other problems currently besetting the health service.',
        due=None,
        vague=False,
        said='2017-11-08 10:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_SEANAD_SLEEP_2017,
        published='2017-11-08',
    ),
    # the same debate: 'up until quite recently' tells of the past: past
    B(
        text='I must admit that, up until quite recently, I had never heard of sleep training.',
        due=None,
        vague=False,
        said='2017-11-08 10:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_SEANAD_SLEEP_2017,
        published='2017-11-08',
    ),
    # the same debate: 'through the night' describes what sleep training is, no time to check: no deadline
    B(
        text='For those unfamiliar with the subject, sleep training is the process of helping a baby learn to fall and then stay asleep through the night.',
        due=None,
        vague=False,
        said='2017-11-08 10:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_SEANAD_SLEEP_2017,
        published='2017-11-08',
    ),
    # Seanad Commencement Matters, Tuesday 25 April 2023 (KildareStreet, spoken at 12:30): first elected '12 years ago today': past
    B(
        text="I was first elected to this House 12 years ago today, in which time I have never seen a situation like this in which not even a script has been provided to the Minister of State to respond to Senator Murphy's Commencement matter.",
        due=None,
        vague=False,
        said='2023-04-25 11:30:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_KS_SEANAD_25APR23,
        published='2023-04-25',
    ),
    # the same exchange: 'tomorrow or the next day', alternatives of which the later counts (CONVENTIONS 6.2): Thursday 27 April 2023, end of day IST = 22:59:59 UTC; 'immediate attention' is an adjective, not the 7-day 'immediately'
    B(
        text='All I can do for him is bring this to the immediate attention of the Cathaoirleach and ask him to give the Senator top priority in terms of selecting this Commencement matter tomorrow or the next day.',
        due='2023-04-27 22:59:59',
        vague=False,
        said='2023-04-25 11:30:00',
        tz='Europe/Dublin',
        cluster=3,
        source=_KS_SEANAD_25APR23,
        published='2023-04-25',
    ),
    # the same exchange: 'the four minutes' is the length of a contribution, refused: no deadline
    B(
        text='I checked to see if it would be appropriate to give the Senator the four minutes to outline his case but am told it is not.',
        due=None,
        vague=False,
        said='2023-04-25 11:30:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_KS_SEANAD_25APR23,
        published='2023-04-25',
    ),
    # Seanad Commencement Matters, Tuesday 26 January 2021: thanks 'for coming into the Seanad today', an act already done as the words are spoken: past; unsure: 'today' on the act could be read as due that day (CONVENTIONS 2.1)
    B(
        text='I thank the Minister of State, Deputy Troy, for coming into the Seanad today to respond to the matters before us.',
        due=None,
        vague=False,
        said='2021-01-26 10:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_SEANAD_COMM_26JAN21,
        published='2021-01-26',
    ),
    # the same sitting: 'Before that' points to the replies about to be given, no time of its own: no deadline
    B(
        text='Before that, by order of the House, I must read out all the Commencement matters that were submitted by Senators.',
        due=None,
        vague=False,
        said='2021-01-26 10:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_SEANAD_COMM_26JAN21,
        published='2021-01-26',
    ),
    # the same sitting: 'next year's fees' names what the reduction applies to; the act asked for ('to engage ... to consider') has no time: no deadline; unsure: a reader could check the reduction by the end of next year (31 December 2022)
    B(
        text="The need for the Minister for Further and Higher Education, Research, Innovation and Science to engage with third-level institutions to consider a reduction in next year's fees for students whose courses were impacted by the Covid-19 pandemic restrictions.",
        due=None,
        vague=False,
        said='2021-01-26 10:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source=_SEANAD_COMM_26JAN21,
        published='2021-01-26',
    ),
    # Dáil written answer, Tuesday 24 April 2018: the question asks about 'the first quarter of 2018', ended on 31 March: past
    B(
        text='Deputy Eoin Ó Broin asked the Minister for Housing, Planning and Local Government the funding allocated for and drawn down by all local authorities for Traveller accommodation in the first quarter of 2018, in tabular form.',
        due=None,
        vague=False,
        said='2018-04-24 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_TRAVELLER_ACC_2018,
        published='2018-04-24',
    ),
    # the same answer: 'The allocation process for 2018 is currently underway' states a present process, no undertaking with a time: no deadline; unsure: a reader could take 'for 2018' as the year the allocations are checked (31 December 2018)
    B(
        text='The allocation process for 2018 is currently underway.',
        due=None,
        vague=False,
        said='2018-04-24 09:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source=_TRAVELLER_ACC_2018,
        published='2018-04-24',
    ),
    # the same answer: 'Pending notification' of an undated step, no time: no deadline
    B(
        text='Pending notification of 2018 allocations, local authorities are continuing to progress projects where contractual commitments have already been approved by the Department.',
        due=None,
        vague=False,
        said='2018-04-24 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_TRAVELLER_ACC_2018,
        published='2018-04-24',
    ),
    # the same answer: 'the Housing (Traveller Accommodation) Act 1998' names an Act: no time at all
    B(
        text='In accordance with the Housing (Traveller Accommodation) Act 1998, housing authorities have statutory responsibility for the assessment of the accommodation needs of Travellers and the preparation, adoption and implementation of multi-annual Traveller Accommodation Programmes (TAPs) in their areas.',
        due=None,
        vague=False,
        said='2018-04-24 09:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_TRAVELLER_ACC_2018,
        published='2018-04-24',
    ),
    # the same answer: 'the drawdown to date for 2018' is what has happened so far: past
    B(
        text='The following table sets out the drawdown to date for 2018:',
        due=None,
        vague=False,
        said='2018-04-24 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_TRAVELLER_ACC_2018,
        published='2018-04-24',
    ),
    # Seanad, Business of Seanad, Wednesday 7 October 2020 (KildareStreet, 10:30): the Senator proposes to raise the matter 'on the motion for the Commencement of the House today' (CONVENTIONS 2.1 and 2.2: 'I have received notice' is the verb of saying): 7 October 2020, end of day IST = 22:59:59 UTC
    B(
        text='I have received notice from Senator Victor Boyhan that, on the motion for the Commencement of the House today, he proposes to raise the following matter:',
        due='2020-10-07 22:59:59',
        vague=False,
        said='2020-10-07 09:30:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_KS_SEANAD_7OCT20,
        published='2020-10-07',
    ),
    # the same sitting: '60-bed' counts beds: no time at all
    B(
        text='The need for the Minister for Health to provide an update on the new 60-bed modular unit in University Hospital Limerick.',
        due=None,
        vague=False,
        said='2020-10-07 09:30:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_KS_SEANAD_7OCT20,
        published='2020-10-07',
    ),
    # the same sitting: 'Covid-19' is a name: no time at all
    B(
        text='The need for the Minister for Health to consider locating Covid-19 test centres in County Louth.',
        due=None,
        vague=False,
        said='2020-10-07 09:30:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_KS_SEANAD_7OCT20,
        published='2020-10-07',
    ),
    # NASA Space Station blog, Tuesday 27 October 2015: the spacewalk 'on Wednesday, Oct. 28' (CONVENTIONS 3.1): end of day EDT, 03:59:59 UTC on 29 October; '189th' is an ordinal
    B(
        text='U.S. astronauts Scott Kelly and Kjell Lindgren will venture outside the space station’s Quest airlock on Wednesday, Oct. 28 to perform a spacewalk in support of space station assembly and maintenance, 189th of the space station.',
        due='2015-10-29 03:59:59',
        vague=False,
        said='2015-10-27 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_NASA_ISS_BLOG_27OCT15,
        published='2015-10-27',
    ),
    # the same post: streaming 'beginning at 6:30 am E.T.' is a one-off start at a clock time with its zone word (CONVENTIONS 3.1), its next occurrence after the reference: 6:30 a.m. EDT on 28 October = 10:30 UTC (the day the post gives too); 'six-and-a-half hour' is the walk's length; unsure: a reader could add the walk's length to the start
    B(
        text='The six-and-a-half hour walk will be streamed live beginning at 6:30 am E.T.',
        due='2015-10-28 10:30:00',
        vague=False,
        said='2015-10-27 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_ISS_BLOG_27OCT15,
        published='2015-10-27',
    ),
    # the same post: coverage 'at 6:30 a.m. ET' and the walk 'scheduled to begin at 8:10 a.m.' on one day fall due at the later time (CONVENTIONS 6.1), next occurrence: 8:10 a.m. EDT on 28 October = 12:10 UTC
    B(
        text='NASA TV coverage will begin at 6:30 a.m. ET, with the spacewalk scheduled to begin at 8:10 a.m.',
        due='2015-10-28 12:10:00',
        vague=False,
        said='2015-10-27 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_ISS_BLOG_27OCT15,
        published='2015-10-27',
    ),
    # the same post: 'on Nov. 6' (CONVENTIONS 3.1): 6 November 2015, end of day EST (daylight time ended on 1 November) = 04:59:59 UTC on 7 November; '33rd' is an ordinal in the next sentence
    B(
        text='Another spacewalk is scheduled for the pair on Nov. 6.',
        due='2015-11-07 04:59:59',
        vague=False,
        said='2015-10-27 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_NASA_ISS_BLOG_27OCT15,
        published='2015-10-27',
    ),
    # the same post: '5:45 a.m.' and '7:10 a.m.' with no day fall due at the later time, next occurrence after the reference: 7:10 a.m. EDT on 28 October = 11:10 UTC; unsure: the post puts them on 6 November (7:10 a.m. EST = 12:10 UTC)
    B(
        text='NASA TV coverage will begin at 5:45 a.m., with the spacewalk scheduled to begin at 7:10 a.m.',
        due='2015-10-28 11:10:00',
        vague=False,
        said='2015-10-27 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_ISS_BLOG_27OCT15,
        published='2015-10-27',
    ),
    # the same post: 'in November 2012': past
    B(
        text='A spacewalk conducted in November 2012 tried to isolate a leak in the truss’ cooling supply, but the leak was subsequently traced to a different component.',
        due=None,
        vague=False,
        said='2015-10-27 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source=_NASA_ISS_BLOG_27OCT15,
        published='2015-10-27',
    ),
    # NASA Commercial Crew blog, Tuesday 27 October 2015: 'on Wednesday' is 28 October 2015, end of day EDT = 03:59:59 UTC on 29 October; 'six-and-a-half hours' is the walk's length
    B(
        text='International Space Station astronauts Scott Kelly and Kjell Lindgren will don spacesuits and traverse the outside of the orbiting laboratory’s structure on Wednesday during a spacewalk that will take six-and-a-half hours and cover a number of important tasks.',
        due='2015-10-29 03:59:59',
        vague=False,
        said='2015-10-27 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_NASA_CCP_BLOG_27OCT15,
        published='2015-10-27',
    ),
    # the same post: 'in the near future' as the schedule's own word is a documented vague window (parser docstring, 60 days; CONVENTIONS 5.1): 26 December 2015, end of day EST = 04:59:59 UTC on 27 December, vague; 'up to four' is a count
    B(
        text='The future missions are slated to carry up to four new crew members to the station in the near future in order to allow more research to be performed in orbit and to return American launch capabilities for its astronauts.',
        due='2015-12-27 04:59:59',
        vague=True,
        said='2015-10-27 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_NASA_CCP_BLOG_27OCT15,
        published='2015-10-27',
    ),
    # the same post: 'at 8:10 a.m. EDT' with no day, next occurrence after the reference: 28 October 2015, 12:10 UTC (the day the post gives)
    B(
        text='The spacewalk will begin at 8:10 a.m. EDT.',
        due='2015-10-28 12:10:00',
        vague=False,
        said='2015-10-27 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_CCP_BLOG_27OCT15,
        published='2015-10-27',
    ),
    # the same post: 'beginning at 6:45 a.m.' with no day and no zone word, next occurrence after the reference in the publisher's zone: 6:45 a.m. EDT on 28 October = 10:45 UTC
    B(
        text='You can watch it live on NASA TV and streaming on beginning at 6:45 a.m.',
        due='2015-10-28 10:45:00',
        vague=False,
        said='2015-10-27 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_CCP_BLOG_27OCT15,
        published='2015-10-27',
    ),
    # the same post: 'at about 2:40 p.m.' with no day is its next occurrence after the reference (10:00 on 27 October): 2:40 p.m. EDT that day = 18:40 UTC; unsure: the post puts the return on the spacewalk's day, 28 October (18:40 UTC that day)
    B(
        text='The astronauts will return to the station’s interior at about 2:40 p.m.',
        due='2015-10-27 18:40:00',
        vague=False,
        said='2015-10-27 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_CCP_BLOG_27OCT15,
        published='2015-10-27',
    ),
    # European Commission statement, Monday 14 September 2015: a meeting 'this week' falls due at the week's end, Sunday 20 September 2015, end of day CEST = 21:59:59 UTC; 'in the shortest possible timeframe' is about the implementing that follows; '40,000' is a count
    B(
        text='An operational meeting will be organised this week to start implementing the relocation decision on the 40,000 in the shortest possible timeframe.',
        due='2015-09-20 21:59:59',
        vague=False,
        said='2015-09-14 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_STATEMENT_14SEP15,
        published='2015-09-14',
    ),
    # the same statement: 'as soon as possible' (CONVENTIONS 5.1, 60 days): 13 November 2015, end of day CET = 22:59:59 UTC, vague; 'on 9 September' is past; unsure: the willingness is the Member States', reported by the Commission, not the speaker's undertaking (no deadline would be the other reading)
    B(
        text='The European Commission also appreciates the willingness of the majority of Member States to move forward as soon as possible towards an agreement on relocating another 120,000 people in clear need of international protection, as proposed by the European Commission on 9 September.',
        due='2015-11-13 22:59:59',
        vague=True,
        said='2015-09-14 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_STATEMENT_14SEP15,
        published='2015-09-14',
    ),
    # the same statement: an agreement 'in October' (2015) falls due at the month's end, 31 October 2015, end of day CET = 22:59:59 UTC; 'immediate' is an adjective
    B(
        text='We welcome therefore the commitment to reach an agreement on the Safe Countries of Origin list in October and on the immediate and continued rolling out of the Hotspot approach in the Member States most directly concerned.',
        due='2015-10-31 22:59:59',
        vague=False,
        said='2015-09-14 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_STATEMENT_14SEP15,
        published='2015-09-14',
    ),
    # the same statement: ministers 'today offered' and an agenda put forth 'in May and September': past
    B(
        text='Interior Ministers meeting for an Extraordinary Council today offered their support for the comprehensive agenda the Commission put forth in May and September to address the refugee crisis.',
        due=None,
        vague=False,
        said='2015-09-14 08:00:00',
        tz='Europe/Brussels',
        refusal='past',
        cluster=5,
        source=_EC_STATEMENT_14SEP15,
        published='2015-09-14',
    ),
    # the same statement: 'Today we have taken' (CONVENTIONS 2.4, the perfect with a day word): past
    B(
        text='Today we have taken a first step forward as a Union on the refugee crisis.',
        due=None,
        vague=False,
        said='2015-09-14 08:00:00',
        tz='Europe/Brussels',
        refusal='past',
        cluster=5,
        source=_EC_STATEMENT_14SEP15,
        published='2015-09-14',
    ),
    # the same statement: the Council's decision 'to ... immediately increase' support is a documented 7-day word on the act decided (CONVENTIONS 5.1): 21 September 2015, end of day CEST = 21:59:59 UTC, vague; unsure: the decision is reported as taken, and a reader could see no undertaking of the speaker (no deadline)
    B(
        text="We welcome the Council's decision to significantly and immediately increase the EU's financial support to Syria and its neighbouring countries.",
        due='2015-09-21 21:59:59',
        vague=True,
        said='2015-09-14 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_STATEMENT_14SEP15,
        published='2015-09-14',
    ),
    # European Commission press release, Friday 25 July 2014 (tabled 'this evening'; the reference is taken at 20:00 CEST that day; quoted in full on l24.lt): the President's hope that Member States agree 'next week' falls due at that week's end, Sunday 3 August 2014, end of day CEST = 21:59:59 UTC
    B(
        text='I hope that Member States will agree on this package of restrictive measures next week.',
        due='2014-08-03 21:59:59',
        vague=False,
        said='2014-07-25 18:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_UKRAINE_25JUL14,
        published='2014-07-25',
    ),
    # the same release: 'next Tuesday (29 July)': 29 July 2014, end of day CEST = 21:59:59 UTC
    B(
        text="The Council's Committee of Permanent Representatives (COREPER) is due to go through the legislative proposals next Tuesday (29 July).",
        due='2014-07-29 21:59:59',
        vague=False,
        said='2014-07-25 18:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_UKRAINE_25JUL14,
        published='2014-07-25',
    ),
    # the same release: 'has tabled this evening' (CONVENTIONS 2.4, the perfect with a day word): past
    B(
        text="Given the broad agreement on the Commission's approach, the European Commission has tabled this evening the necessary legislative proposals in all areas identified by the Council.",
        due=None,
        vague=False,
        said='2014-07-25 18:00:00',
        tz='Europe/Brussels',
        refusal='past',
        cluster=5,
        source=_EC_UKRAINE_25JUL14,
        published='2014-07-25',
    ),
    # the same release: 'It is now for Member States' gives no time: no deadline
    B(
        text="It is now for Member States to agree on the Commission's proposals.",
        due=None,
        vague=False,
        said='2014-07-25 18:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_UKRAINE_25JUL14,
        published='2014-07-25',
    ),
    # the same release: 'on 24 July the Commission presented': past
    B(
        text='In line with this request, on 24 July the Commission presented to the Council a document outlining a number of measures that could be taken in the areas set out by the Council conclusions and the procedure that should be followed to adopt the relevant legal instruments.',
        due=None,
        vague=False,
        said='2014-07-25 18:00:00',
        tz='Europe/Brussels',
        refusal='past',
        cluster=5,
        source=_EC_UKRAINE_25JUL14,
        published='2014-07-25',
    ),
    # Statement of Commissioner Avramopoulos, Tuesday 22 September 2015: the process expected to start 'in the coming weeks' is the documented 4-week window (parser docstring; CONVENTIONS 5.1): 20 October 2015, end of day CEST = 21:59:59 UTC, vague; '106.000' is a count
    B(
        text='Specifically, 106.000 people will be relocated from Italy and Greece and I expect the process to start already in the coming weeks.',
        due='2015-10-20 21:59:59',
        vague=True,
        said='2015-09-22 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_AVRAMOPOULOS_22SEP15,
        published='2015-09-22',
    ),
    # the same statement: 'if in the next 12 months the situation changes' is a condition, no undertaking (CONVENTIONS 4.2): no deadline; unsure: a reader could check the reassignment at the end of the 12 months (22 September 2016)
    B(
        text='The remaining 54.000 will be reassigned to Italy and Greece if in the next 12 months the situation changes, they could go to other Member States based on a Commission proposal.',
        due=None,
        vague=False,
        said='2015-09-22 08:00:00',
        tz='Europe/Brussels',
        cluster=3,
        source=_AVRAMOPOULOS_22SEP15,
        published='2015-09-22',
    ),
    # the same statement: adopted 'in less than 3 weeks after we made the proposal': past
    B(
        text='I am happy that the Member States have adopted the decision to relocate 120.000 refugees in less than 3 weeks after we made the proposal.',
        due=None,
        vague=False,
        said='2015-09-22 08:00:00',
        tz='Europe/Brussels',
        refusal='past',
        cluster=5,
        source=_AVRAMOPOULOS_22SEP15,
        published='2015-09-22',
    ),
    # the same statement: 'we will act swiftly' is not one of the documented vague words: no deadline; unsure: 'swiftly' could be read as a 'soon' word (vague, 60 days)
    B(
        text='We still have some technical details to sort out but we are all aware of the urgency of the situation and we will act swiftly.',
        due=None,
        vague=False,
        said='2015-09-22 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_AVRAMOPOULOS_22SEP15,
        published='2015-09-22',
    ),
    # kremlin.ru news item, Tuesday 5 December 2017 (published at 17:20 Moscow time): a meeting told as held, with no time word: no deadline
    B(
        text='Vladimir Putin had a working meeting with Moscow Region Governor Andrei Vorobyov.',
        due=None,
        vague=False,
        said='2017-12-05 14:20:00',
        tz='Europe/Moscow',
        cluster=6,
        source=_KREMLIN_VOROBYOV_2017,
        published='2017-12-05',
    ),
    # the same item: no time at all
    B(
        text='The governor briefed the President on the socioeconomic situation in the region.',
        due=None,
        vague=False,
        said='2017-12-05 14:20:00',
        tz='Europe/Moscow',
        cluster=6,
        source=_KREMLIN_VOROBYOV_2017,
        published='2017-12-05',
    ),
)
