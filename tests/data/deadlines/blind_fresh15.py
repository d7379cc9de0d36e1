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
)
