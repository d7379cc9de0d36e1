"""A FIFTEENTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-02 (UTC) by a labelling helper (branch issue12l-s13)
that neither changed nor ran the parser: it read only the conventions written in the
docstrings (`blind_real.py`, the parser package's docstring, `blind_fresh14.py` and its
comments), the README next to this file and the scoring rule of `bench/deadlines.py` (a
case is right when both say no deadline, or the due instant agrees to the minute and, for a
case labelled vague, the parser's result is vague too). The sentences were found with a
search over stored copies of public pages and taken as they came in the pages read; see
README.md ("Fifteenth fresh blind set") for every address, publisher and licence. No
address listed in README.md, in a `#` header under `tests/data/articles/` or
`tests/data/agreement/`, or in the shared claims files (other labellers' pages and the
tuner's held-back pages) was used: each was checked against those lists and claimed (tag
`fresh15`) before a quote was taken; and no sentence already in another set. Each label
was worked out by hand from the words, the publication date and the publisher's zone
alone; the UTC wall times were computed from local times with the standard library's
zoneinfo, never with project code. No run of `parse_deadline`, `interpret_deadline`,
`bench/deadlines.py` or the tests touched these texts before the labels were committed;
the helpers improving the parser have not seen them.

Same conventions as `blind_real.py` (its docstring) and the earlier fresh sets: the
publisher's zone (UK Parliament and gov.uk: Europe/London; Oireachtas: Europe/Dublin;
kremlin.ru: Europe/Moscow; the Eurogroup, the Council and the Commission: Europe/Brussels;
US federal publishers and the White House: America/New_York, except a regional office
whose own local day is meant, as with the BPA before: the US Army Corps of Engineers'
Little Rock, Tulsa and St. Paul districts (America/Chicago) and Portland district
(America/Los_Angeles), a BLM field office in Colorado (America/Denver), the FWS Ventura
office (America/Los_Angeles); Wikinews: UTC); the publication date at 10:00 local unless
the source gives the time of speaking (an order paper read at 9:00 the day it is for); a
day falls due at 23:59:59 local; a clock time with a zone word is that instant; a clock
time without one is in the publisher's zone ("11:59 p.m." falls due at 23:59:00); a range
of days or times, or several dates in one sentence, falls due at the later end; vague
windows as in the parser's docstring (60 days for "as soon as possible", "as quickly as
possible", "in due course"; 7 days for "the coming days"; 3 months for "the coming
months"); "in the new year" is early next year (January-April) and vague; early/mid/late
split a period in thirds ("mid- May" is 11-20 May); seasons are meteorological ("in the
spring" said in winter ends 31 May); fiscal years end where the publisher's country puts
them (US federal: 30 September); refusals have `due=None` and a `refusal` kind (earliest |
negated | past | event | recurring), with `earliest` (00:00 local of that day) for
earliest-only wording. Where the carrying page shows no date, the comment says which
reference was taken and for which range of days the label holds. Labels marked "unsure"
in their comment are the ones a reviewer may argue (the comment names the other reading);
like every label here they stay as committed, whatever the first run shows. First run: not
yet taken (the lead runs it once, after merging, and records it in README.md). Never edit
these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

FRESH15_CASES: tuple[BlindCase, ...] = (

    # BLM White River Field Office release datelined Meeker, Colorado (the page shows no date; 14 January 2015 taken, the label holds for any day before 14 February 2015); a field office's own day, like the BPA's, is its Mountain zone: 14 February 2015, end of day (MST)
    B(
        text='Public comments will be most helpful to the BLM if received by Feb. 14, 2015.',
        due='2015-02-15 06:59:59',
        vague=False,
        said='2015-01-14 17:00:00',
        tz='America/Denver',
        precision='day',
        cluster=6,
        source='https://www.blm.gov/press-release/blm-seeks-public-comment-proposed-gather-plan',
        published='2015-01-14',
    ),
    # the same release: 'in the spring' said in winter is the coming meteorological spring, March-May 2015: 31 May 2015, end of day (MDT); holds for any reference from December 2014 to February 2015
    B(
        text='The BLM will provide another opportunity for public review and comment on relevant preliminary NEPA documents in the spring.',
        due='2015-06-01 05:59:59',
        vague=False,
        said='2015-01-14 17:00:00',
        tz='America/Denver',
        cluster=4,
        source='https://www.blm.gov/press-release/blm-seeks-public-comment-proposed-gather-plan',
        published='2015-01-14',
    ),
    # Dáil, Questions on Promised Legislation, Thursday 30 September 2021, 1 p.m. (the Taoiseach): 'in 2022 and 2023' is a range of years, due at its later end: 31 December 2023, end of day (GMT)
    B(
        text='The company does intend to catch up, however, and we are doing everything we can to help it do so in 2022 and 2023.',
        due='2023-12-31 23:59:59',
        vague=False,
        said='2021-09-30 12:00:00',
        tz='Europe/Dublin',
        precision='year',
        cluster=3,
        source='https://www.kildarestreet.com/debate/?id=2021-09-30a.410',
        published='2021-09-30',
    ),
    # the same answer: the plan's target was 'this year' (2021, not yet over when spoken) and is forecast to be half met: 31 December 2021, end of day (GMT). unsure: 'were supposed to be' reports a plan already given up, which a reader may refuse as past
    B(
        text='While approximately 110,000 homes, farms and businesses were supposed to be connected this year, it is more likely to be closer to half that.',
        due='2021-12-31 23:59:59',
        vague=False,
        said='2021-09-30 12:00:00',
        tz='Europe/Dublin',
        precision='year',
        cluster=5,
        source='https://www.kildarestreet.com/debate/?id=2021-09-30a.410',
        published='2021-09-30',
    ),
    # the same answer: 'between five and seven years' is the length of the whole roll-out, counted from its start (the contract, not the moment of speaking), and 'every year' is a rate: event. unsure: a reader may count seven years from the answer (30 September 2028)
    B(
        text='However, it takes time and the objective is, or at least was, to connect approximately 100,000 homes, farms and businesses every year but even at that rate, it is going to take between five and seven years.',
        due=None,
        vague=False,
        said='2021-09-30 12:00:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=5,
        source='https://www.kildarestreet.com/debate/?id=2021-09-30a.410',
        published='2021-09-30',
    ),
    # Dáil Topical Issue debate, Thursday 4 February 2021, 6.10 p.m. (Minister of State): 'over the coming months' is the vague 3 months of 'the coming months': 4 May 2021, end of day (IST)
    B(
        text='All possible alternative network providers are being considered and substantial work has been completed by the team to date, with further actions scheduled over the coming months to explore the potential to accelerate the network roll-out and ensure we can mitigate any delays arising, in particular as a result of Covid-19.',
        due='2021-05-04 22:59:59',
        vague=True,
        said='2021-02-04 18:10:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.kildarestreet.com/debate/?id=2021-02-04a.315',
        published='2021-02-04',
    ),
    # the same answer: 'scheduled for years six and seven' names years of the contract, not calendar years; the promise to explore bringing them forward has no date: event
    B(
        text='Within the Department, we continue to engage with National Broadband Ireland to explore the feasibility of accelerating aspects of the roll-out of broadband and to establish the possibility of bringing forward to an earlier date premises that are currently scheduled for years six and seven.',
        due=None,
        vague=False,
        said='2021-02-04 18:10:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=1,
        source='https://www.kildarestreet.com/debate/?id=2021-02-04a.315',
        published='2021-02-04',
    ),
    # Lords, Thursday 12 November 2020, Lord Speaker's statement: the gift is to be delivered 'in 2022': 31 December 2022, end of day (GMT); 'Platinum Jubilee' is a name
    B(
        text='For this Platinum Jubilee, I can announce that a cross-party, bicameral project board has been established to decide what the next gift will be and to deliver it in 2022.',
        due='2022-12-31 23:59:59',
        vague=False,
        said='2020-11-12 10:00:00',
        tz='Europe/London',
        precision='year',
        cluster=6,
        source='https://hansard.parliament.uk/Lords/2020-11-12/debates/1ac9751a-0d75-4237-8951-0b9766024e7a/LordsChamber',
        published='2020-11-12',
    ),
    # the same statement: 'in the new year' is early 2021 (January-April), vague: 30 April 2021, end of day (BST)
    B(
        text='The gift will be paid for from personal contributions made by Members of both Houses and a further announcement about the gift and how noble Lords can contribute will be made in the new year.',
        due='2021-04-30 22:59:59',
        vague=True,
        said='2020-11-12 10:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://hansard.parliament.uk/Lords/2020-11-12/debates/1ac9751a-0d75-4237-8951-0b9766024e7a/LordsChamber',
        published='2020-11-12',
    ),
    # Lords oral answer, Monday 22 June 2020: 'in due course' is the vague 60 days: 21 August 2020, end of day (BST); 'our net-zero 2050 emissions target' names the target the strategy serves, not the strategy's date. unsure: a reader may take 2050 as the deadline
    B(
        text='Yes, the Government plan to publish a heat and buildings strategy in due course, which will set out the immediate action that we will take to reduce emissions from buildings, including the deployment of energy-efficiency measures and low-carbon heating as part of the ambitious programme of work required to enable the mass transition to low-carbon heat and set us on a path to meeting our net-zero 2050 emissions target.',
        due='2020-08-21 22:59:59',
        vague=True,
        said='2020-06-22 09:00:00',
        tz='Europe/London',
        cluster=3,
        source='https://hansard.parliament.uk/Lords/2020-06-22/debates/d5f420f8-853c-4e3e-aaa5-3505cc2f8896/LordsChamber',
        published='2020-06-22',
    ),
    # Dáil Leaders' Questions, Tuesday 30 April 2024, 2.45 p.m. (the Taoiseach): 'As recently as last Friday, we saw' tells what already happened: past
    B(
        text='As recently as last Friday, we saw 3,000 homes, farms and businesses in Cahir become ready to order, in areas such as Ardfinnan, Clogheen and Burncourt.',
        due=None,
        vague=False,
        said='2024-04-30 13:45:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source='http://Www.Kildarestreet.com/debate/?id=2024-04-30a.43',
        published='2024-04-30',
    ),
    # Seanad, Wednesday 10 January 1923: 'no further business ready for us before the 16th instant at the earliest date' gives only the earliest day: earliest, 16 January 1923 00:00 (GMT)
    B(
        text='The position is this, as I understand it, that the other House will have no further business ready for us before the 16th instant at the earliest date.',
        due=None,
        vague=False,
        said='1923-01-10 10:00:00',
        tz='Europe/Dublin',
        refusal='earliest',
        earliest='1923-01-16 00:00:00',
        cluster=5,
        source='https://www.oireachtas.ie/en/debates/debate/seanad/1923-01-10/9/',
        published='1923-01-10',
    ),
    # the same speech: the speaker asks that the 16th NOT be fixed, for business may not be ready even by that date: negated
    B(
        text='Meanwhile I would suggest to your, although it is not usually the task of the Chairman, but perhaps it is most convenient, that we should not definitely fix the 16th instant, because I am not quite certain that business will be available even by that date.',
        due=None,
        vague=False,
        said='1923-01-10 10:00:00',
        tz='Europe/Dublin',
        refusal='negated',
        cluster=5,
        source='https://www.oireachtas.ie/en/debates/debate/seanad/1923-01-10/9/',
        published='1923-01-10',
    ),
    # the same speech: 'as soon as possible' is the vague 60 days: 11 March 1923, end of day (GMT)
    B(
        text='The only thing is that I should wish them to apply their energies to it as soon as possible, because it would give us work to do.',
        due='1923-03-11 23:59:59',
        vague=True,
        said='1923-01-10 10:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.oireachtas.ie/en/debates/debate/seanad/1923-01-10/9/',
        published='1923-01-10',
    ),
    # the same debate: 'as soon as it is possible to meet' hangs on the other House sending business, an undated event: event. unsure: read like 'as soon as we can', the vague 60 days (11 March 1923)
    B(
        text='The Chairman will give us sufficient notice as soon as it is possible to meet.',
        due=None,
        vague=False,
        said='1923-01-10 10:00:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=5,
        source='https://www.oireachtas.ie/en/debates/debate/seanad/1923-01-10/9/',
        published='1923-01-10',
    ),
    # Seanad sitting arrangements motion, Tuesday 11 July 2023, 1 p.m.: the rising on the 12th is a starting point; the House next sits at 9.30 a.m. on Thursday 13 July 2023 (IST): 08:30 UTC
    B(
        text='That, notwithstanding anything in the Standing Orders relative to Public Business, the Seanad on its rising on Wednesday, 12th July, 2023, shall adjourn until 9.30 a.m. on Thursday, 13th July, 2023, and the following arrangements shall apply:',
        due='2023-07-13 08:30:00',
        vague=False,
        said='2023-07-11 12:00:00',
        tz='Europe/Dublin',
        precision='minute',
        cluster=3,
        source='https://www.kildarestreet.com/sendebates/?gid=2023-07-11a.87',
        published='2023-07-11',
    ),
    # FWS proposed rule, reopening of comment period, Federal Register of Thursday 5 September 2024 (copy on a mirror): 'on or before September 20, 2024', end of day (EDT)
    B(
        text='We will accept comments received or postmarked on or before September 20, 2024.',
        due='2024-09-21 03:59:59',
        vague=False,
        said='2024-09-05 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=6,
        source='https://d1tvxue8o4w0fl.cloudfront.net/federal-register/endangered-and-threatened-wildlife-and-plants-endangered-species-status-for-west-virginia-spring-salamander-and-designation-of-critical-habitat-1',
        published='2024-09-05',
    ),
    # the same notice: 'our December 20, 2023, proposed rule' dates the earlier rule and the 1973 Act; the reopening has no end in this sentence: past
    B(
        text='We, the U.S. Fish and Wildlife Service (Service), are reopening the public comment period on our December 20, 2023, proposed rule to list the West Virginia spring salamander (Gyrinophilus subterraneus), an amphibian species from Greenbrier County, West Virginia, as an endangered species and to designate critical habitat under the Endangered Species Act of 1973, as amended (Act).',
        due=None,
        vague=False,
        said='2024-09-05 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source='https://d1tvxue8o4w0fl.cloudfront.net/federal-register/endangered-and-threatened-wildlife-and-plants-endangered-species-status-for-west-virginia-spring-salamander-and-designation-of-critical-habitat-1',
        published='2024-09-05',
    ),
    # FWS proposed rule (Santa Barbara County California tiger salamander), Federal Register of Tuesday 13 April 2004, issued through the Ventura Fish and Wildlife Office: its zone is Pacific, as for the BPA: 28 May 2004, end of day (PDT)
    B(
        text='The comment period for this proposal now closes on May 28, 2004.',
        due='2004-05-29 06:59:59',
        vague=False,
        said='2004-04-13 17:00:00',
        tz='America/Los_Angeles',
        precision='day',
        cluster=6,
        source='https://www.fws.gov/policy/library/2004/04-8328.html',
        published='2004-04-13',
    ),
    # the same notice: a hearing in Santa Maria, California, in two sittings: the later end, 8 p.m. on 11 May 2004 (PDT). unsure: a reader holding to the Federal Register's Eastern zone would read 8 p.m. EDT
    B(
        text='One public hearing will be held on May 11, 2004, in Santa Maria from 1 p.m. to 3 p.m., and from 6 p.m. to 8 p.m.',
        due='2004-05-12 03:00:00',
        vague=False,
        said='2004-04-13 17:00:00',
        tz='America/Los_Angeles',
        precision='hour',
        cluster=2,
        source='https://www.fws.gov/policy/library/2004/04-8328.html',
        published='2004-04-13',
    ),
    # kremlin.ru, list of instructions on the Far East (the stored copy shows no date; its number places it in November 2023, 10 November 2023 taken: the label holds for any reference before 2030): the only deadline is 'by 2030' for the Russky Island centre: 31 December 2030, end of day (MSK)
    B(
        text='The Government has been given a series of instructions concerning, among other things, the comprehensive socioeconomic development of urban areas; the creation of an innovative science and technology centre on Russky Island by 2030; the creation of a synchrotron radiation source, and the second phase of the Far Eastern Federal University campus;',
        due='2030-12-31 20:59:59',
        vague=False,
        said='2023-11-10 07:00:00',
        tz='Europe/Moscow',
        precision='year',
        cluster=6,
        source='http://en.kremlin.ru/acts/assignments/orders/72690',
        published='2023-11-10',
    ),
    # USACE Little Rock and Tulsa districts, navigation notice after the October 2013 shutdown (no date on the page; Thursday 17 October 2013 taken, the day after the shutdown ended: the label holds from 17 to 20 October); the districts are on Central time: the closures resume on Monday 21 October 2013, due that day, end of day (CDT). unsure: a reader may refuse it as earliest-only, a standing schedule starting that day
    B(
        text='The recreational vessel lock closure schedule will resume on Monday, October 21, 2013.',
        due='2013-10-22 04:59:59',
        vague=False,
        said='2013-10-17 15:00:00',
        tz='America/Chicago',
        precision='day',
        cluster=5,
        source='https://www.swl.usace.army.mil/Media/News-Releases/Article/481705/nav-notice-swl-13-47-td-2103-19-mkarns-resumption-rec-vessel-closures/',
        published='2013-10-17',
    ),
    # the same notice: a standing weekly schedule, Monday to Thursday, 10 a.m. to 2 p.m.: recurring
    B(
        text='These closures normally occur Monday through Thursday, 10 a.m. to 2 p.m., to support maintenance activity.',
        due=None,
        vague=False,
        said='2013-10-17 15:00:00',
        tz='America/Chicago',
        refusal='recurring',
        cluster=5,
        source='https://www.swl.usace.army.mil/Media/News-Releases/Article/481705/nav-notice-swl-13-47-td-2103-19-mkarns-resumption-rec-vessel-closures/',
        published='2013-10-17',
    ),
    # USACE Little Rock District navigation notice SWL 15-04 (no date on the page; early 2015, 15 January 2015 taken: any day of issue gives the same answer): today's closure is postponed to an undated later date: negated
    B(
        text='Due to hazardous working conditions, the scheduled closure of Dardanelle Lock and Dam (No. 10) NM 205.5, from 7:00 a.m. to 5:30 p.m today, is being postponed to a later date.',
        due=None,
        vague=False,
        said='2015-01-15 16:00:00',
        tz='America/Chicago',
        refusal='negated',
        cluster=5,
        source='https://www.swl.usace.army.mil/Media/News-Releases/Article/566423/mkarns-nav-notice-swl-15-04-postponement-of-lock-closure-dardanelle-lock-and-da/',
        published='2015-01-15',
    ),
    # USACE Portland District release, Sunday 19 March 2017 (Portland: Pacific): 11:59 p.m. on Monday 20 March 2017 (PDT)
    B(
        text='The Dalles, Lower Monumental, and Lower Granite locks and dams remain scheduled to return to service at 11:59 p.m. on Monday, March 20.',
        due='2017-03-21 06:59:00',
        vague=False,
        said='2017-03-19 17:00:00',
        tz='America/Los_Angeles',
        precision='minute',
        cluster=2,
        source='https://www.nwp.usace.army.mil/Media/News-Releases/Article/1123196/john-day-dams-navigation-lock-reopens-to-river-traffic-other-locks-still-on-tra',
        published='2017-03-19',
    ),
    # the same release: 'cannot be returned to service by March 20' denies the date: negated
    B(
        text='As previously announced in Corps news releases, Little Goose and Ice Harbor dam’s navigation locks, on Washington’s Snake River, cannot be returned to service by March 20 because of on-site work complications.',
        due=None,
        vague=False,
        said='2017-03-19 17:00:00',
        tz='America/Los_Angeles',
        refusal='negated',
        cluster=5,
        source='https://www.nwp.usace.army.mil/Media/News-Releases/Article/1123196/john-day-dams-navigation-lock-reopens-to-river-traffic-other-locks-still-on-tra',
        published='2017-03-19',
    ),
    # the same release: 11:59 p.m. on 23 March 2017 (PDT); 'tentatively' does not make it vague
    B(
        text='Ice Harbor is tentatively scheduled to return their lock to service at 11:59 p.m. on March 23.',
        due='2017-03-24 06:59:00',
        vague=False,
        said='2017-03-19 17:00:00',
        tz='America/Los_Angeles',
        precision='minute',
        cluster=2,
        source='https://www.nwp.usace.army.mil/Media/News-Releases/Article/1123196/john-day-dams-navigation-lock-reopens-to-river-traffic-other-locks-still-on-tra',
        published='2017-03-19',
    ),
    # the same release: 11:59 p.m. on 2 April 2017 (PDT)
    B(
        text='Little Goose is currently estimated to reopen their lock at 11:59 p.m. on April 2.',
        due='2017-04-03 06:59:00',
        vague=False,
        said='2017-03-19 17:00:00',
        tz='America/Los_Angeles',
        precision='minute',
        cluster=2,
        source='https://www.nwp.usace.army.mil/Media/News-Releases/Article/1123196/john-day-dams-navigation-lock-reopens-to-river-traffic-other-locks-still-on-tra',
        published='2017-03-19',
    ),
    # the same release: both reopenings already happened ('reopened on Feb. 9', 'reopened Friday'): past
    B(
        text='Bonneville Lock and Dam reopened on Feb. 9, as scheduled, and McNary reopened Friday.',
        due=None,
        vague=False,
        said='2017-03-19 17:00:00',
        tz='America/Los_Angeles',
        refusal='past',
        cluster=5,
        source='https://www.nwp.usace.army.mil/Media/News-Releases/Article/1123196/john-day-dams-navigation-lock-reopens-to-river-traffic-other-locks-still-on-tra',
        published='2017-03-19',
    ),
    # USACE St. Paul District press release carried verbatim by WEAU, Monday 24 April 2023, 3.54 p.m. CDT: 'within the next day' is one day: 25 April 2023, end of day (CDT)
    B(
        text='Corps officials anticipate closing Lock and Dam 10, Guttenberg, Iowa, within the next day.',
        due='2023-04-26 04:59:59',
        vague=False,
        said='2023-04-24 20:54:00',
        tz='America/Chicago',
        cluster=6,
        source='https://www.weau.com/2023/04/24/corpscloses-additional-mississippi-river-locksand-damsdue-high-water-levels/',
        published='2023-04-24',
    ),
    # the same release: the closings 'this past weekend' are past; what is anticipated is more closures 'in the coming days', the vague 7 days: 1 May 2023, end of day (CDT)
    B(
        text='The U.S. Army Corps of Engineers, St. Paul District, closed several Mississippi River locks and dams to all commercial and recreational traffic this past weekend and anticipates more closures in the coming days.',
        due='2023-05-02 04:59:59',
        vague=True,
        said='2023-04-24 20:54:00',
        tz='America/Chicago',
        cluster=3,
        source='https://www.weau.com/2023/04/24/corpscloses-additional-mississippi-river-locksand-damsdue-high-water-levels/',
        published='2023-04-24',
    ),
    # USACE Little Rock District release carried verbatim by KARK, Monday 17 August 2020: a closure from 6 a.m. Aug. 19 until 6 p.m. Aug. 29, due at its later end: 6 p.m. on 29 August 2020 (CDT)
    B(
        text='The U.S. Army Corps of Engineers is scheduling a lock closure at David D. Terry Lock & Dam on the Arkansas River from 6 a.m. Aug. 19 until 6 p.m. Aug. 29, so workers can perform required tests on critical components of the lock.',
        due='2020-08-29 23:00:00',
        vague=False,
        said='2020-08-17 15:00:00',
        tz='America/Chicago',
        precision='hour',
        cluster=2,
        source='https://www.kark.com/news/local-news/david-d-terry-lock-and-dam-to-close-for-maintenance/',
        published='2020-08-17',
    ),
    # Dáil, Committee on Finance, Wednesday 10 March 1965, the Minister moves the Posts and Telegraphs estimate: the grant covers the financial year ending 31 March 1966, end of day (GMT). unsure: a reader may see a budget period, not a deadline, and refuse it
    B(
        text='That a sum not exceeding £11,942,000 be granted to complete the sum necessary to defray the charge which will come in course of payment during the year ending on the 31st day of March, 1966, for the Salaries and Expenses of the Office of the Minister for Posts and Telegraphs, and of certain other Services administered by that Office, and for payment of a Grant in Aid.',
        due='1966-03-31 22:59:59',
        vague=False,
        said='1965-03-10 10:00:00',
        tz='Europe/Dublin',
        precision='day',
        cluster=4,
        source='https://www.oireachtas.ie/en/debates/debate/dail/1965-03-10/27/',
        published='1965-03-10',
    ),
    # Dáil, Tuesday 5 June 1973 (a deputy on the Posts and Telegraphs estimate): 'as quickly as possible' is the vague 60 days: 4 August 1973, end of day (IST)
    B(
        text='I hope the situation will be rectified as quickly as possible.',
        due='1973-08-04 22:59:59',
        vague=True,
        said='1973-06-05 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.oireachtas.ie/en/debates/debate/dail/1973-06-05/53/member-speech/John-Geoghegan.D.1954-06-02/',
        published='1973-06-05',
    ),
    # the same speech: a standing daily standard for deliveries: recurring
    B(
        text='In business districts mail should be delivered to offices before 9 a.m.',
        due=None,
        vague=False,
        said='1973-06-05 09:00:00',
        tz='Europe/Dublin',
        refusal='recurring',
        cluster=5,
        source='https://www.oireachtas.ie/en/debates/debate/dail/1973-06-05/53/member-speech/John-Geoghegan.D.1954-06-02/',
        published='1973-06-05',
    ),
    # Eurogroup statement on Cyprus, Friday 13 September 2013 (republished by the EU Delegation to Japan), Brussels zone: 'by end-September' is 30 September 2013, end of day (CEST)
    B(
        text='The disbursement of EUR 1.5 billion is foreseen to take place by end-September, after the formal approval by the ESM Governing bodies.',
        due='2013-09-30 21:59:59',
        vague=False,
        said='2013-09-13 08:00:00',
        tz='Europe/Brussels',
        precision='month',
        cluster=4,
        source='http://euinjapan.jp/en/resources/news-from-the-eu/news2013/20130913/170048/index.html',
        published='2013-09-13',
    ),
    # the same statement: the IMF Board decides 'on 16 September' (2013), end of day (CEST); 'EUR 86 million' is an amount
    B(
        text='The IMF Board is scheduled to decide on the disbursement of EUR 86 million on 16 September.',
        due='2013-09-16 21:59:59',
        vague=False,
        said='2013-09-13 08:00:00',
        tz='Europe/Brussels',
        precision='day',
        cluster=1,
        source='http://euinjapan.jp/en/resources/news-from-the-eu/news2013/20130913/170048/index.html',
        published='2013-09-13',
    ),
    # Eurogroup statement on Cyprus, Friday 12 April 2013 (EU Delegation to Japan archive), Brussels zone: 'by 24 April 2013', end of day (CEST)
    B(
        text='The Eurogroup expects that the ESM Board of Governors will be in a position to formally approve the proposal for a financial assistance facility agreement by 24 April 2013, subject to completion of national procedures.',
        due='2013-04-24 21:59:59',
        vague=False,
        said='2013-04-12 08:00:00',
        tz='Europe/Brussels',
        precision='day',
        cluster=6,
        source='http://eeas.europa.eu/archives/delegations/japan/en/resources/news-from-the-eu/news2013/20130412/100942/index.html',
        published='2013-04-12',
    ),
    # the same statement: 'by mid- May' is the middle third of May (11-20 May): 20 May 2013, end of day (CEST); the audit's 'by when' refers back to the same time
    B(
        text='The first ESM disbursement is subsequently scheduled to take place by mid- May, by when the AML audit is expected to have been concluded.',
        due='2013-05-20 21:59:59',
        vague=False,
        said='2013-04-12 08:00:00',
        tz='Europe/Brussels',
        cluster=4,
        source='http://eeas.europa.eu/archives/delegations/japan/en/resources/news-from-the-eu/news2013/20130412/100942/index.html',
        published='2013-04-12',
    ),
    # the same statement: 'in early May' is the first third of May (1-10 May): 10 May 2013, end of day (CEST); '3-year' is the facility's length, 'EUR 1 bn' an amount
    B(
        text='The Eurogroup takes note that the IMF’s Board is expected to consider in early May Cyprus’ request for a 3-year Extended Fund Facility of an amount of about EUR 1 bn.',
        due='2013-05-10 21:59:59',
        vague=False,
        said='2013-04-12 08:00:00',
        tz='Europe/Brussels',
        cluster=1,
        source='http://eeas.europa.eu/archives/delegations/japan/en/resources/news-from-the-eu/news2013/20130412/100942/index.html',
        published='2013-04-12',
    ),
    # House of Lords Business for Monday 7 April 2014 (the order paper, read that morning; 9 a.m. taken): the Grand Committee sits at 3.30 p.m. that day (BST)
    B(
        text='Grand Committee in the Moses Room at 3.30pm',
        due='2014-04-07 14:30:00',
        vague=False,
        said='2014-04-07 08:00:00',
        tz='Europe/London',
        precision='minute',
        cluster=2,
        source='https://publications.parliament.uk/pa/ld201314/minutes/140407/ldordpap.htm',
        published='2014-04-07',
    ),
    # House of Lords Business for Tuesday 16 July 2013: an oral question on the progress to be made 'by April 2014': 30 April 2014, end of day (BST). unsure: the question asks for a forecast, and a reader may see no pledge in it
    B(
        text='*Lord Warner to ask Her Majesty’s Government what progress the NHS Trust Development Authority will have made by April 2014 with NHS Trusts becoming NHS Foundation Trusts; and when they forecast that the Authority will have completed its work.',
        due='2014-04-30 22:59:59',
        vague=False,
        said='2013-07-16 08:00:00',
        tz='Europe/London',
        precision='month',
        cluster=4,
        source='http://www.publications.parliament.uk/pa/ld201314/minutes/130716/ldordpap.htm',
        published='2013-07-16',
    ),
    # the same order paper: 'laid before the House on 3 June' is a past laying; the motion is taken that day, with no date of its own: past
    B(
        text='Natural Resources Body for Wales (Consequential Provision) Order 2013 Baroness Randerson to move that the draft Order laid before the House on 3 June be approved.',
        due=None,
        vague=False,
        said='2013-07-16 08:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='http://www.publications.parliament.uk/pa/ld201314/minutes/130716/ldordpap.htm',
        published='2013-07-16',
    ),
    # House of Lords news, Friday 19 April 2013: the House returns on Monday 22 April 2013, end of day (BST)
    B(
        text='The House of Lords returns from recess on Monday 22 April',
        due='2013-04-22 22:59:59',
        vague=False,
        said='2013-04-19 09:00:00',
        tz='Europe/London',
        precision='day',
        cluster=6,
        source='https://webtest.parliament.uk/business/news/news-by-year/2013/march/lords-pauses-for-recess',
        published='2013-04-19',
    ),
    # the same page: Crime and Courts Bill back in the Lords on Tuesday 23 April 2013; 'with the House of Commons' changes' is no date: 23 April 2013, end of day (BST)
    B(
        text="The Lords' amendments have been considered in the Commons, and the bill is scheduled to return to the Lords on Tuesday 23 April with the House of Commons' changes.",
        due='2013-04-23 22:59:59',
        vague=False,
        said='2013-04-19 09:00:00',
        tz='Europe/London',
        precision='day',
        cluster=3,
        source='https://webtest.parliament.uk/business/news/news-by-year/2013/march/lords-pauses-for-recess',
        published='2013-04-19',
    ),
    # the same page: third reading was on Tuesday 26 March, before the page: past
    B(
        text='It completed third reading, the final chance to amend the bill, in the Lords on Tuesday 26 March.',
        due=None,
        vague=False,
        said='2013-04-19 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://webtest.parliament.uk/business/news/news-by-year/2013/march/lords-pauses-for-recess',
        published='2013-04-19',
    ),
    # the same page (Defamation Bill): the Commons amendments are considered on Tuesday 23 April 2013, end of day (BST)
    B(
        text='The amendments will be considered in the Lords on Tuesday 23 April.',
        due='2013-04-23 22:59:59',
        vague=False,
        said='2013-04-19 09:00:00',
        tz='Europe/London',
        precision='day',
        cluster=6,
        source='https://webtest.parliament.uk/business/news/news-by-year/2013/march/lords-pauses-for-recess',
        published='2013-04-19',
    ),
    # OIRA, introduction to the 2015 Regulatory Plan (the Fall 2015 agenda, released Friday 20 November 2015): 'the 2016 fiscal year' on a US federal page ends 30 September 2016, end of day (EDT)
    B(
        text='The Plan provides a list of important regulatory actions that agencies are considering for issuance in proposed or final form during the 2016 fiscal year.',
        due='2016-10-01 03:59:59',
        vague=False,
        said='2015-11-20 15:00:00',
        tz='America/New_York',
        precision='year',
        cluster=4,
        source='http://www.reginfo.gov/public/jsp/eAgenda/StaticContent/201510/VPStatement.html',
        published='2015-11-20',
    ),
    # the same introduction: 'over the next year' is a year from the release: 20 November 2016, end of day (EST)
    B(
        text='The Agenda and Plan include "active rulemakings" that agencies could possibly conclude over the next year.',
        due='2016-11-21 04:59:59',
        vague=False,
        said='2015-11-20 15:00:00',
        tz='America/New_York',
        cluster=6,
        source='http://www.reginfo.gov/public/jsp/eAgenda/StaticContent/201510/VPStatement.html',
        published='2015-11-20',
    ),
    # OMB/OIRA memorandum of Friday 18 August 2017 (the Fall 2017 data call, copy on a document site): 'due by September 18, 2017', end of day (EDT)
    B(
        text='Submissions to the Agenda are due by September 18, 2017.',
        due='2017-09-19 03:59:59',
        vague=False,
        said='2017-08-18 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=6,
        source='https://fdocuments.net/document/executive-office-of-the-president-the-white-house-2017-09-08-executive-office.html',
        published='2017-08-18',
    ),
    # Commons, Monday 16 May 1887, the First Lord of the Treasury on the Whitsuntide adjournment: adjourn on Tuesday the 24th until Monday 6 June 1887, due at the later end: 6 June 1887, end of day (GMT)
    B(
        text='we have come to the conclusion that it will probably conduce to the better conduct of Business if we adjourn on Tuesday afternoon, the 24th, after a Morning Sitting, until Monday, the 6th of June;',
        due='1887-06-06 23:59:59',
        vague=False,
        said='1887-05-16 10:00:00',
        tz='Europe/London',
        precision='day',
        cluster=3,
        source='https://api.parliament.uk/historic-hansard/commons/1887/may/16/sittings-and-adjournment-of-the-house',
        published='1887-05-16',
    ),
    # Commons business motion, Wednesday 9 May 2001: the House adjourns on rising on Friday 11 May to Tuesday 15 May 2001, due at the later date, end of day (BST)
    B(
        text='At its rising on Friday 11th May, the House shall adjourn to Tuesday 15th May.',
        due='2001-05-15 22:59:59',
        vague=False,
        said='2001-05-09 09:00:00',
        tz='Europe/London',
        precision='day',
        cluster=3,
        source='https://api.parliament.uk/historic-hansard/commons/2001/may/09/business-of-the-house',
        published='2001-05-09',
    ),
    # Commons written answer of Tuesday 14 January 2020 (Leader of the House): 'in due course' is the vague 60 days: 14 March 2020, end of day (GMT); the year names the dates, it is not the deadline
    B(
        text='Further provisional recess dates for 2020 will be announced to the House in due course.',
        due='2020-03-14 23:59:59',
        vague=True,
        said='2020-01-14 10:00:00',
        tz='Europe/London',
        cluster=1,
        source='https://parallelparliament.co.uk/question/1273/recess',
        published='2020-01-14',
    ),
    # the same answer: the dates were announced on 9 January 2020, before the answer: past
    B(
        text='I announced recess dates, up to the conference recess, on 9 January 2020 (Official report, col. 616).',
        due=None,
        vague=False,
        said='2020-01-14 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://parallelparliament.co.uk/question/1273/recess',
        published='2020-01-14',
    ),
    # Commons business statement, Wednesday 22 May 2024, 20:07 (copy of Hansard on a mirror): prorogation expected on Friday 24 May 2024, end of day (BST)
    B(
        text='Subject to the progress of business, Parliament is expected to prorogue on Friday 24 May.',
        due='2024-05-24 22:59:59',
        vague=False,
        said='2024-05-22 19:07:00',
        tz='Europe/London',
        precision='day',
        cluster=6,
        source='https://streetguide.co.uk/parliament/debate/3174CAAC-820C-492A-84C6-9CDD26796FDC',
        published='2024-05-22',
    ),
    # gov.uk (Maritime and Coastguard Agency) consultation page, Thursday 20 June 2019: runs to 18 July 2019, end of day (BST)
    B(
        text='This consultation runs from 20th June 2019 to 18th July 2019.',
        due='2019-07-18 22:59:59',
        vague=False,
        said='2019-06-20 09:00:00',
        tz='Europe/London',
        precision='day',
        cluster=3,
        source='https://www.gov.uk/government/consultations/consultation-on-yacht-and-powerboat-safety-at-sea',
        published='2019-06-20',
    ),
    # Wikinews, Saturday 5 April 2008 (UTC): 'Tomorrow' is Sunday 6 April 2008, end of day (UTC); the quoted words are no date
    B(
        text='Tomorrow, British Prime Minister Gordon Brown will give a welcoming speech, which has already drawn criticism from other politicians for being "wholly inappropriate".',
        due='2008-04-06 23:59:59',
        vague=False,
        said='2008-04-05 10:00:00',
        tz='UTC',
        precision='day',
        cluster=6,
        source='https://en.m.wikinews.org/wiki/2008_Olympic_torch_arrives_in_London',
        published='2008-04-05',
    ),
    # the same article: the police are expected 'tomorrow', 6 April 2008, end of day (UTC); '2,000' is a head count
    B(
        text='Around 2,000 Metropolitan Police are expected to be present tomorrow at the relay, and Tessa Jowell told the BBC that she hoped the protests would be peaceful.',
        due='2008-04-06 23:59:59',
        vague=False,
        said='2008-04-05 10:00:00',
        tz='UTC',
        precision='day',
        cluster=1,
        source='https://en.m.wikinews.org/wiki/2008_Olympic_torch_arrives_in_London',
        published='2008-04-05',
    ),
    # the same article: the relay ends in China on 8 August 2008, end of day (UTC)
    B(
        text='The torch, which has come from Greece, will make its way around the world, being transported by thousands of people, and end in China on August 8th, 2008, to light the flame during the opening ceremony.',
        due='2008-08-08 23:59:59',
        vague=False,
        said='2008-04-05 10:00:00',
        tz='UTC',
        precision='day',
        cluster=6,
        source='https://en.m.wikinews.org/wiki/2008_Olympic_torch_arrives_in_London',
        published='2008-04-05',
    ),
    # the same article: arrests 'today' already made: past
    B(
        text='4 people were also arrested today, 2 of which were on Westminster Bridge, after un-furling banners on the bridge.',
        due=None,
        vague=False,
        said='2008-04-05 10:00:00',
        tz='UTC',
        refusal='past',
        cluster=5,
        source='https://en.m.wikinews.org/wiki/2008_Olympic_torch_arrives_in_London',
        published='2008-04-05',
    ),
    # European Council conclusions of 17-18 December 2015 (republished verbatim), Friday 18 December 2015, Brussels zone: 'by June 2016' is the end of June: 30 June 2016, end of day (CEST)
    B(
        text='The Council will report on the progress achieved by June 2016.',
        due='2016-06-30 21:59:59',
        vague=False,
        said='2015-12-18 09:00:00',
        tz='Europe/Brussels',
        precision='month',
        cluster=6,
        source='https://www.grahambishop.com/ViewArticle.aspx?id=30484&CAT_ID=417',
        published='2015-12-18',
    ),
    # the same conclusions: 'at the latest by the end of 2017': 31 December 2017, end of day (CET)
    B(
        text='Further to additional work to be undertaken by the Commission and the Council, the European Council will come back to those measures at the latest by the end of 2017.',
        due='2017-12-31 22:59:59',
        vague=False,
        said='2015-12-18 09:00:00',
        tz='Europe/Brussels',
        precision='year',
        cluster=4,
        source='https://www.grahambishop.com/ViewArticle.aspx?id=30484&CAT_ID=417',
        published='2015-12-18',
    ),
    # Council summary of the European Council of 17-18 December 2015 (record dated 17 December 2015, carried by European Sources Online): solutions at 'their February 2016 meeting', a meeting dated only by its month: the end of February 2016, 29 February 2016, end of day (CET). unsure: a reader may refuse it as tied to a meeting whose day is not given
    B(
        text='The European Council exchanged views on the UK plans for the referendum and agreed to find solutions in all the four areas at their February 2016 meeting.',
        due='2016-02-29 22:59:59',
        vague=False,
        said='2015-12-17 09:00:00',
        tz='Europe/Brussels',
        precision='month',
        cluster=4,
        source='https://www.europeansources.info/record/meeting-european-council-17-18-december-2015/',
        published='2015-12-17',
    ),
    # gov.uk (Defra) press release of December 2019 (the stored copy shows no day; Monday 9 December 2019 taken, the label holds for any day before the 13th): 'from 11pm on Friday 13 December 2019' gives only when the rules start: earliest, 23:00 GMT that day
    B(
        text='In-line with our commitment to maintaining high standards of biosecurity, the UK will implement EU Smarter rules for safer food (SRSF) regulations from 11pm on Friday 13 December 2019.',
        due=None,
        vague=False,
        said='2019-12-09 10:00:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='2019-12-13 23:00:00',
        cluster=5,
        source='https://gov.uk/government/news/new-animal-and-plant-health-safety-rules-coming-into-force-in-december',
        published='2019-12-09',
    ),
    # Defra press release of Monday 2 June 2025 (republished verbatim by UKPOL): 'over the next 2 years' counts from the release: 2 June 2027, end of day (BST); '(Monday 2 June)' is the day of speaking, not the deadline
    B(
        text='Cattle identification and traceability in England will change over the next 2 years, in a major step forward in disease control and trade across the farming sector, Defra has announced today (Monday 2 June).',
        due='2027-06-02 22:59:59',
        vague=False,
        said='2025-06-02 09:00:00',
        tz='Europe/London',
        cluster=3,
        source='https://www.ukpol.co.uk/tag/department-for-environment-food-and-rural-affairs/page/7',
        published='2025-06-02',
    ),
    # the same release: 'From Summer 2026' only says when the changes start: earliest, 1 June 2026 00:00 (BST, meteorological summer)
    B(
        text='From Summer 2026, Defra will introduce changes to cattle identification, registration and reporting that will improve the government’s ability to respond effectively to disease.',
        due=None,
        vague=False,
        said='2025-06-02 09:00:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='2026-05-31 23:00:00',
        cluster=5,
        source='https://www.ukpol.co.uk/tag/department-for-environment-food-and-rural-affairs/page/7',
        published='2025-06-02',
    ),
    # the same release: 'mandatory ... from 2027' is earliest-only: 1 January 2027 00:00 (GMT)
    B(
        text='New requirements will see Electric ID (EID) mandatory for all new-born calves from 2027, using low frequency (LF) technology.',
        due=None,
        vague=False,
        said='2025-06-02 09:00:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='2027-01-01 00:00:00',
        cluster=5,
        source='https://www.ukpol.co.uk/tag/department-for-environment-food-and-rural-affairs/page/7',
        published='2025-06-02',
    ),
    # Defra press release of Monday 10 June 2024 (UKPOL): owners 'should now have' their cats chipped as the law comes into force 'today (10 June)': due that day, end of day (BST). unsure: a reader may take it as earliest-only, the law applying from that day
    B(
        text='All cat owners should now have their pets microchipped as new legislation comes into force today (10 June).',
        due='2024-06-10 22:59:59',
        vague=False,
        said='2024-06-10 09:00:00',
        tz='Europe/London',
        precision='day',
        cluster=5,
        source='https://www.ukpol.co.uk/tag/department-for-environment-food-and-rural-affairs/page/17',
        published='2024-06-10',
    ),
    # the same release: 'before they reach the age of 20 weeks' hangs on each cat's birth, an undated event: event
    B(
        text='Owners must ensure their cat is microchipped before they reach the age of 20 weeks with their contact details stored and kept up to date in an approved pet microchipping database.',
        due=None,
        vague=False,
        said='2024-06-10 09:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source='https://www.ukpol.co.uk/tag/department-for-environment-food-and-rural-affairs/page/17',
        published='2024-06-10',
    ),
    # Defra press release of Friday 10 November 2023 (UKPOL): 'next year' is 2024: 31 December 2024, end of day (GMT); the awards already made are past
    B(
        text='The first payments have been awarded to local partners in Cambridgeshire and Northumberland, with other projects set to be announced across England next year.',
        due='2024-12-31 23:59:59',
        vague=False,
        said='2023-11-10 10:00:00',
        tz='Europe/London',
        precision='year',
        cluster=3,
        source='https://www.ukpol.co.uk/tag/department-for-environment-food-and-rural-affairs/page/24',
        published='2023-11-10',
    ),
    # Defra press release of Monday 20 November 2023 (UKPOL): 'This week' ends on Sunday 26 November 2023, end of day (GMT)
    B(
        text='This week they will tour the UK, from meeting with producers of whisky and seafood in Scotland to visiting egg farms and meat processors in Shropshire.',
        due='2023-11-26 23:59:59',
        vague=False,
        said='2023-11-20 10:00:00',
        tz='Europe/London',
        precision='week',
        cluster=6,
        source='https://www.ukpol.co.uk/tag/department-for-environment-food-and-rural-affairs/page/23',
        published='2023-11-20',
    ),
    # the same release (the Secretary of State): 'next year' is 2024: 31 December 2024, end of day (GMT)
    B(
        text='We are expanding the attaché network even further next year, so that our excellent food and drink can continue to reach all corners of the globe.',
        due='2024-12-31 23:59:59',
        vague=False,
        said='2023-11-20 10:00:00',
        tz='Europe/London',
        precision='year',
        cluster=6,
        source='https://www.ukpol.co.uk/tag/department-for-environment-food-and-rural-affairs/page/23',
        published='2023-11-20',
    ),
    # the White House press secretary's words (pool report quoted by TPM), Sunday 27 August 2017, before 4.41 p.m. EDT (2 p.m. taken): 'on Tuesday' is 29 August 2017, end of day (EDT)
    B(
        text='The President will travel to Texas on Tuesday.',
        due='2017-08-30 03:59:59',
        vague=False,
        said='2017-08-27 18:00:00',
        tz='America/New_York',
        precision='day',
        cluster=6,
        source='http://talkingpointsmemo.com/livewire/white-house-trump-traveling-to-texas-tuesday',
        published='2017-08-27',
    ),
    # the same words: 'once details are finalized' is an undated event: event
    B(
        text='We are coordinating logistics with state and local officials, and once details are finalized, we will let you know.',
        due=None,
        vague=False,
        said='2017-08-27 18:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source='http://talkingpointsmemo.com/livewire/white-house-trump-traveling-to-texas-tuesday',
        published='2017-08-27',
    ),
    # Dáil written answer, Tuesday 22 January 2019 (Minister for Health): the review is 'expected to be complete by June 2019': 30 June 2019, end of day (IST); 'National Development Plan 2018-2027' is a plan's name
    B(
        text='As set out in the National Development Plan 2018-2027, investment in cardiac cath labs and other cardiac services infrastructure nationally will be informed by the outcome of the National Review, which is expected to be complete by June 2019.',
        due='2019-06-30 22:59:59',
        vague=False,
        said='2019-01-22 10:00:00',
        tz='Europe/Dublin',
        precision='month',
        cluster=1,
        source='https://www.kildarestreet.com/wrans/?id=2019-01-22a.800',
        published='2019-01-22',
    ),
    # the same answer: the cost is to be 'considered in the context of the HSE's Capital Plan for 2019', a document not yet finalised and not dated: event
    B(
        text='It is intended that the cost of progressing the project to design, planning and construction stages will be considered in the context of the HSE’s Capital Plan for 2019, which is currently being finalised.',
        due=None,
        vague=False,
        said='2019-01-22 10:00:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=5,
        source='https://www.kildarestreet.com/wrans/?id=2019-01-22a.800',
        published='2019-01-22',
    ),
    # Dáil written answer, Wednesday 22 October 2025 (Minister for Health): 'as soon as possible' is the vague 60 days: 21 December 2025, end of day (GMT)
    B(
        text='As this is a service matter, I have asked the Health Service Executive to respond to the Deputy directly, as soon as possible.',
        due='2025-12-21 23:59:59',
        vague=True,
        said='2025-10-22 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.kildarestreet.com/wrans/?id=2025-10-22a.526',
        published='2025-10-22',
    ),
    # Dáil written answer, Wednesday 13 January 2021 (Minister for Health): the plan runs 'up to 2025': 31 December 2025, end of day (GMT); '10-year' is its length, not a span from the answer
    B(
        text='The OPAP covers a 10-year period up to 2025 and aims to reverse obesity trends, prevent health complications and reduce the overall burden for individuals, families, the health system, and the wider society and economy.',
        due='2025-12-31 23:59:59',
        vague=False,
        said='2021-01-13 10:00:00',
        tz='Europe/Dublin',
        precision='year',
        cluster=1,
        source='https://www.oireachtas.ie/ga/debates/question/2021-01-13/section/819/',
        published='2021-01-13',
    ),
    # Dáil written answer, Tuesday 18 October 2016: both periods (1977-1979, 1991-1994) are in the past and the request has no date: past
    B(
        text='I understand that a group of women who received infectious, or potentially infectious, Anti-D Immunoglobulin in two periods (between 1977 and 1979 and between 1991 and 1994) and who tested negative for Hepatitis C are seeking access to claim compensation from the Hepatitis C and HIV Compensation Tribunal and to be awarded HAA cards.',
        due=None,
        vague=False,
        said='2016-10-18 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source='https://www.oireachtas.ie/en/debates/question/2016-10-18/section/74/',
        published='2016-10-18',
    ),
    # Commons business statement, Thursday 7 March 2019 (Leader of the House): the vote 'will take place on Tuesday 12 March': 12 March 2019, end of day (GMT)
    B(
        text='I have just confirmed that the meaningful vote will take place on Tuesday 12 March, and I hope that the House will support the Prime Minister’s deal.',
        due='2019-03-12 23:59:59',
        vague=False,
        said='2019-03-07 10:00:00',
        tz='Europe/London',
        precision='day',
        cluster=6,
        source='https://hansard.parliament.uk/commons/2019-03-07/debates/2C82D5DE-8043-41B4-9F83-1BAD41E42FF9/BusinessOfTheHouse',
        published='2019-03-07',
    ),
    # the same statement: the pledge is the vote 'next week' (the week of 11-17 March), due Sunday 17 March 2019, end of day (GMT); 12 March is the day of the statement that arranges it, 29 March the leaving date voted on. unsure: a reader may take the statement's own day, 12 March 2019
    B(
        text='However, in the deeply regrettable case that the House does not support the deal, I will make a further business statement on Tuesday 12 March in order to fulfil the Prime Minister’s commitments to allow the House to vote next week on whether we should leave the EU without a withdrawal agreement on the 29 March or extend article 50.',
        due='2019-03-17 23:59:59',
        vague=False,
        said='2019-03-07 10:00:00',
        tz='Europe/London',
        precision='week',
        cluster=3,
        source='https://hansard.parliament.uk/commons/2019-03-07/debates/2C82D5DE-8043-41B4-9F83-1BAD41E42FF9/BusinessOfTheHouse',
        published='2019-03-07',
    ),
    # the same statement: the Friday of next week's business: 15 March 2019, end of day (GMT)
    B(
        text='Friday 15 March—Private Members’ Bills.',
        due='2019-03-15 23:59:59',
        vague=False,
        said='2019-03-07 10:00:00',
        tz='Europe/London',
        precision='day',
        cluster=6,
        source='https://hansard.parliament.uk/commons/2019-03-07/debates/2C82D5DE-8043-41B4-9F83-1BAD41E42FF9/BusinessOfTheHouse',
        published='2019-03-07',
    ),
    # the same statement: the commitments were made on Tuesday 26 February, before the statement: past
    B(
        text='On Tuesday 26 February, the Prime Minister made three clear commitments to this House.',
        due=None,
        vague=False,
        said='2019-03-07 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://hansard.parliament.uk/commons/2019-03-07/debates/2C82D5DE-8043-41B4-9F83-1BAD41E42FF9/BusinessOfTheHouse',
        published='2019-03-07',
    ),
    # kremlin.ru, Monday 5 December 2016 (the President's trip to Chelyabinsk Region): both the launch ('late 2015') and the output ('the first three quarters of 2016') are told as past: past
    B(
        text='The plant was launched in late 2015 and manufactured over 1,500 tonnes of produce in the first three quarters of 2016.',
        due=None,
        vague=False,
        said='2016-12-05 07:00:00',
        tz='Europe/Moscow',
        refusal='past',
        cluster=5,
        source='http://en.special.kremlin.ru/catalog/regions/CHE/events/53410',
        published='2016-12-05',
    ),
    # kremlin.ru, the President at the Magnitogorsk Iron and Steel Works on the eve of Metallurgists' Day 2025 (the stored copy shows no day; Friday 18 July 2025 taken, any day before 2026 gives the same label): 'starting from 2026' is earliest-only: 1 January 2026 00:00 (MSK); '10,000 tonnes' is an amount
    B(
        text='A modern production facility has been created here which, starting from 2026, will enable import substitution of equipment in the mining and metallurgical industry.',
        due=None,
        vague=False,
        said='2025-07-18 07:00:00',
        tz='Europe/Moscow',
        refusal='earliest',
        earliest='2025-12-31 21:00:00',
        cluster=5,
        source='http://en.special.kremlin.ru/catalog/keywords/63/events/77449',
        published='2025-07-18',
    ),
    # the same page: the battery 'was launched in 2024', told as past; 'No. 12' is a name: past
    B(
        text='Accompanied by Minister of Industry and Trade Anton Alikhanov, Presidential Plenipotentiary Envoy to the Ural Federal District Artem Zhoga, Governor of the Chelyabinsk Region Alexei Teksler, as well as Chairman of the Board of Directors of Magnitogorsk Iron and Steel Works (MMK) Viktor Rashnikov and MMK General Director Pavel Shilyaev, the President inspected the complex of coke battery No. 12, which was launched in 2024.',
        due=None,
        vague=False,
        said='2025-07-18 07:00:00',
        tz='Europe/Moscow',
        refusal='past',
        cluster=5,
        source='http://en.special.kremlin.ru/catalog/keywords/63/events/77449',
        published='2025-07-18',
    ),
    # NASA media advisory M10-024, Wednesday 10 February 2010 (copy on a mailing-list archive): 'as early as 5 p.m. EST Feb. 11' is the first of the deadlines, an instant with a zone word: 17:00 EST on 11 February 2010
    B(
        text='Deadlines for international journalists to apply for the shuttle rollout and Terminal Countdown Demonstration Test are as early as 5 p.m. EST Feb. 11.',
        due='2010-02-11 22:00:00',
        vague=False,
        said='2010-02-10 15:00:00',
        tz='America/New_York',
        precision='hour',
        cluster=2,
        source='http://mail.spinics.net/lists/ksc/msg01704.html',
        published='2010-02-10',
    ),
    # the same advisory: launch targeted 'on March 18' (2010), end of day (EDT); 'seven crew members' is a count
    B(
        text="Shuttle Discovery and seven crew members are targeted to launch the STS-131 mission on March 18 from NASA's Kennedy Space Center in Florida.",
        due='2010-03-19 03:59:59',
        vague=False,
        said='2010-02-10 15:00:00',
        tz='America/New_York',
        precision='day',
        cluster=1,
        source='http://mail.spinics.net/lists/ksc/msg01704.html',
        published='2010-02-10',
    ),
    # the same advisory: 'During the 13-day flight' counts from a launch the sentence does not date: event
    B(
        text='During the 13-day flight, the crew will deliver a multipurpose logistics module with science racks to the space station.',
        due=None,
        vague=False,
        said='2010-02-10 15:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source='http://mail.spinics.net/lists/ksc/msg01704.html',
        published='2010-02-10',
    ),
    # Council of the EU statement of Monday 12 July 2021, quoted by Vestnik Kavkaza (only the Council's words taken), Brussels zone: 'for a further six months, until 31 January 2022': the explicit date, end of day (CET)
    B(
        text="The Council today decided to prolong the sanctions targeting Russia's specific economic sectors for a further six months, until 31 January 2022",
        due='2022-01-31 22:59:59',
        vague=False,
        said='2021-07-12 08:00:00',
        tz='Europe/Brussels',
        precision='day',
        cluster=3,
        source='https://vestnikkavkaza.net/material/143370',
        published='2021-07-12',
    ),
    # Council of the EU statement of Monday 19 December 2016, quoted by News Nation (the Council's words only): 'until 31 July 2017', end of day (CEST)
    B(
        text='The Council prolonged the economic sanctions targeting specific sectors of the Russian economy until 31 July 2017',
        due='2017-07-31 21:59:59',
        vague=False,
        said='2016-12-19 09:00:00',
        tz='Europe/Brussels',
        precision='day',
        cluster=6,
        source='https://english.newsnationtv.com/world/news/european-union-extends-economic-sanctions-against-russia-for-six-months-154680.html',
        published='2016-12-19',
    ),
    # Council of the EU statement of Friday 1 July 2016, quoted by The Press Project (the Council's words only): 'for a further six months, until 31 January 2017': the explicit date, end of day (CET)
    B(
        text='Having assessed the implementation of the Minsk agreements, the Council decided to renew the sanctions for a further six months, until 31 January 2017',
        due='2017-01-31 22:59:59',
        vague=False,
        said='2016-07-01 08:00:00',
        tz='Europe/Brussels',
        precision='day',
        cluster=3,
        source='https://thepressproject.gr/?p=85477',
        published='2016-07-01',
    ),
    # White House press briefing, Tuesday 1 July 2008, 3.32 p.m. EDT (NSC senior director): the meeting follows the arrival 'on Sunday, July 6th': 6 July 2008, end of day in the publisher's zone (EDT). unsure: the meeting is in Japan, and a reader may end the day in Tokyo time (14:59:59 UTC)
    B(
        text='After arriving in Japan on Sunday, July 6th, the President will have an hour-long meeting with Prime Minister Fukuda, followed by a joint press briefing.',
        due='2008-07-07 03:59:59',
        vague=False,
        said='2008-07-01 19:32:00',
        tz='America/New_York',
        precision='day',
        cluster=2,
        source='https://georgewbush-whitehouse.archives.gov/news/releases/2008/07/print/20080701-7.html',
        published='2008-07-01',
    ),
    # the same briefing: 'fourth visit', 'second meeting' are counts and 'last September' is past; no deadline: past
    B(
        text="This will be the President's fourth visit to Japan since taking office, and his second meeting with Prime Minister Fukuda since he assumed the office last September.",
        due=None,
        vague=False,
        said='2008-07-01 19:32:00',
        tz='America/New_York',
        refusal='past',
        cluster=1,
        source='https://georgewbush-whitehouse.archives.gov/news/releases/2008/07/print/20080701-7.html',
        published='2008-07-01',
    ),
    # Voice of America, Wednesday 12 July 2006: the G-8 Summit 'this weekend' ends on Sunday 16 July 2006, end of day (EDT)
    B(
        text='President Bush is on his way to Germany for talks with Chancellor Angela Merkel, before they attend the G-8 Summit this weekend in St. Petersburg, Russia.',
        due='2006-07-17 03:59:59',
        vague=False,
        said='2006-07-12 14:00:00',
        tz='America/New_York',
        precision='week',
        cluster=4,
        source='https://www.voanews.com/a/a-13-2006-07-12-voa20/327876.html',
        published='2006-07-12',
    ),
    # the same report: 'arriving Friday' is Friday 14 July 2006, end of day (EDT)
    B(
        text='Mr. Bush will travel on to Russia, arriving Friday in St. Petersburg ahead of the leaders of Japan, Britain, Germany, France, Italy and Canada.',
        due='2006-07-15 03:59:59',
        vague=False,
        said='2006-07-12 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=6,
        source='https://www.voanews.com/a/a-13-2006-07-12-voa20/327876.html',
        published='2006-07-12',
    ),
    # State Department special briefing, Monday 6 April 2009 (afternoon; 2 p.m. taken): 'later this month' is the rest of April: 30 April 2009, end of day (EDT); 'fifth' and 'Summit of the Americas' are no dates
    B(
        text='It’s our great pleasure and privilege today to be able to introduce Ambassador Jeffrey Davidow, who is the Special Advisor to President Obama for the Summit of the Americas, which will take place later this month in Trinidad and Tobago.',
        due='2009-05-01 03:59:59',
        vague=False,
        said='2009-04-06 18:00:00',
        tz='America/New_York',
        precision='month',
        cluster=4,
        source='http://m.state.gov/md121355.htm',
        published='2009-04-06',
    ),
    # Lords written ministerial statements, Monday 24 September 2012: an appointment 'effective until 30 September 2015' ends that day, end of day (BST)
    B(
        text='The Honourable Mr Justice Wyn Williams is appointed as Deputy Chairman of the Boundary Commission for Wales effective until 30 September 2015.',
        due='2015-09-30 22:59:59',
        vague=False,
        said='2012-09-24 09:00:00',
        tz='Europe/London',
        precision='day',
        cluster=6,
        source='http://www.publications.parliament.uk/pa/ld201213/ldhansrd/text/120924-wms0002.htm',
        published='2012-09-24',
    ),
    # the same statements (Cold Weather Payment scheme): 'later today' is 24 September 2012, end of day (BST)
    B(
        text='I am pleased to announce that later today we intend to lay regulations to amend the Cold Weather Payment scheme.',
        due='2012-09-24 22:59:59',
        vague=False,
        said='2012-09-24 09:00:00',
        tz='Europe/London',
        precision='day',
        cluster=6,
        source='http://www.publications.parliament.uk/pa/ld201213/ldhansrd/text/120924-wms0002.htm',
        published='2012-09-24',
    ),
    # the same statement: the changes come into force 'on 1 November this year' (2012), a single day, end of day (GMT); 'the beginning of the winter period' is no date. unsure: a reader may take coming into force as earliest-only
    B(
        text='The changes detailed in these regulations will come into force on 1 November this year, in time for the beginning of the winter period.',
        due='2012-11-01 23:59:59',
        vague=False,
        said='2012-09-24 09:00:00',
        tz='Europe/London',
        precision='day',
        cluster=5,
        source='http://www.publications.parliament.uk/pa/ld201213/ldhansrd/text/120924-wms0002.htm',
        published='2012-09-24',
    ),
    # the same statement: a payment for each seven-day period of cold weather through the winter is a standing rule: recurring
    B(
        text='For winter 2012-13 the Cold Weather Payment rate will continue to be £25 for each seven-day period of very cold weather.',
        due=None,
        vague=False,
        said='2012-09-24 09:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=5,
        source='http://www.publications.parliament.uk/pa/ld201213/ldhansrd/text/120924-wms0002.htm',
        published='2012-09-24',
    ),
    # the Lord Speaker's statement of 12 November 2020: the Diamond Jubilee gift 'in 2012' is history: past
    B(
        text='Noble Lords will recall that, for Her Majesty’s Diamond Jubilee in 2012, Parliament gifted a stained-glass window in Westminster Hall.',
        due=None,
        vague=False,
        said='2020-11-12 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://hansard.parliament.uk/Lords/2020-11-12/debates/1ac9751a-0d75-4237-8951-0b9766024e7a/LordsChamber',
        published='2020-11-12',
    ),
    # House of Lords news of 19 April 2013 (Enterprise and Regulatory Reform Bill): back in the Lords on Monday 22 April 2013, end of day (BST)
    B(
        text="The bill is scheduled to return to the Lords with Commons' amendments on Monday 22 April.",
        due='2013-04-22 22:59:59',
        vague=False,
        said='2013-04-19 09:00:00',
        tz='Europe/London',
        precision='day',
        cluster=6,
        source='https://webtest.parliament.uk/business/news/news-by-year/2013/march/lords-pauses-for-recess',
        published='2013-04-19',
    ),
    # USACE Portland District release of 19 March 2017: '14-week-long' measures a closure from a start the sentence does not give (it began on 12 December 2016, as the sentence before says): event. unsure: counted from the release it would end 25 June 2017; counted from 12 December 2016 it ends 20 March 2017
    B(
        text='The coordinated 14-week-long closure has affected all eight Corps navigation locks on the Columbia and Snake rivers, during which time critical, non-routine repairs and maintenance, plus routine maintenance and scheduled improvements are being completed.',
        due=None,
        vague=False,
        said='2017-03-19 17:00:00',
        tz='America/Los_Angeles',
        refusal='event',
        cluster=1,
        source='https://www.nwp.usace.army.mil/Media/News-Releases/Article/1123196/john-day-dams-navigation-lock-reopens-to-river-traffic-other-locks-still-on-tra',
        published='2017-03-19',
    ),
    # State Department briefing of 6 April 2009: 'about 10 days ago' is a past trip: past
    B(
        text='The Vice President traveled to Chile for a meeting about – what, about 10 days ago, where he met, of course, with the president of Chile and the presidents of Argentina, Brazil, and Uruguay.',
        due=None,
        vague=False,
        said='2009-04-06 18:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source='http://m.state.gov/md121355.htm',
        published='2009-04-06',
    ),
)
