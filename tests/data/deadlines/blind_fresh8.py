"""An EIGHTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-01/02 by a labelling helper (branch issue12l-s9) that
neither changed nor ran the parser: it read only the conventions written in the docstrings
(`blind_real.py`, the parser's package docstring, `blind_fresh7.py` and its comments), the
README next to this file and the scoring rule of `bench/deadlines.py` (a case is right when
both say no deadline, or the due instant agrees to the minute and, for a case labelled
vague, the parser's result is vague too). The sentences were found with a search over
stored copies of public pages and taken as they came in the pages read; no address already
listed in README.md and no sentence already in another set. Each label was worked out by
hand from the words, the publication date and the publisher's zone alone; the UTC wall
times were computed from the hand-written local times with the standard library's zoneinfo,
never with project code. No run of `parse_deadline`, `interpret_deadline`,
`bench/deadlines.py` or the tests touched these texts before the labels were committed; the
helper improving the parser has not seen them.

Same conventions as `blind_real.py` (its docstring) and the earlier fresh sets: the
publisher's zone (UK Parliament and gov.uk: Europe/London; Oireachtas: Europe/Dublin;
kremlin.ru: Europe/Moscow; US federal publishers and VOA: America/New_York); the
publication date at 10:00 local unless the source gives the time of speaking; a day falls
due at 23:59:59 local; a clock time with a zone word is that instant; a clock time without
one is in the publisher's zone; a range, a list or a schedule falls due at its later end;
vague windows as in the parser's docstring (60 days for "soon", "shortly", "as soon as
possible"; 7 days for "the coming days"; 3 months for "the coming months"); early/mid/late
split a period in thirds; "next week" is the following Monday-to-Sunday week, due on its
Sunday; refusals have `due=None` and a `refusal` kind (earliest | negated | past | event |
recurring), with `earliest` for earliest-only wording. Where the carrying page shows no
date, the comment says which reference was taken and whether the label depends on it.
Labels marked "unsure" in their comment are the ones a reviewer may argue (the comment
names the other reading); like every label here they stay as committed, whatever the first
run shows. First run: not yet taken (the lead runs it once, after merging, and records it
in README.md). Sources and licences are in README.md next to this file ("Eighth fresh
blind set"). Never edit these labels to fit the parser.
"""


from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

FRESH8_CASES: tuple[BlindCase, ...] = (
    # -- cluster 1: numbers: years, counts and numbers that are not times
    # a NASA release carried by spacenews.com (page undated; reference taken as 15 September 2009, any
    # day before 5 October gives the same labels): the launch target 'Oct. 31', end of day Eastern
    # (EDT); '39B' is the name of a pad, not a time
    B(
        text='NASA has set media accreditation deadlines for the Ares I-X flight test targeted to launch Oct. 31 from Launch Pad 39B at NASA’s Kennedy Space Center in Florida.',
        due='2009-11-01 03:59:59',
        vague=False,
        said='2009-09-15 14:00:00',
        tz='America/New_York',
        cluster=1,
        source='https://spacenews.com/nasa-sets-media-credential-deadlines-for-ares-i-x-flight-test',
        published='2009-09-15',
    ),
    # the Kennedy accreditation notice of 17 May 2006: 'targeting July' (said in May) is the coming
    # July, due at its end, 31 July 2006, end of day Eastern (EDT); 'STS-121' is a mission number
    B(
        text="NASA is targeting July for Space Shuttle Discovery's mission, STS-121, to the International Space Station.",
        due='2006-08-01 03:59:59',
        vague=False,
        said='2006-05-17 14:00:00',
        tz='America/New_York',
        cluster=1,
        source='http://insideksc.blogspot.com/2006/05/accreditation-of-media-for-next-space.html',
        published='2006-05-17',
    ),
    # the DSCOVR accreditation release: the launch 'Jan. 23, 2015', end of day Eastern (EST); 'Falcon
    # 9' and 'Complex 40' are names
    B(
        text='NASA’s Kennedy Space Center in Florida has opened accreditation for news media to attend the launch of the Deep Space Climate Observatory (DSCOVR) spacecraft aboard a SpaceX Falcon 9 rocket from Space Launch Complex 40 at Cape Canaveral Air Force Station (CCAFS) Jan. 23, 2015.',
        due='2015-01-24 04:59:59',
        vague=False,
        said='2014-12-05 15:00:00',
        tz='America/New_York',
        cluster=1,
        source='https://spacenews.com/nasa-media-accreditation-now-open-for-deep-space-climate-observatory',
        published='2014-12-05',
    ),
    # NASA release of 24 October 2007 (carried by a mailing-list archive): the launch target 'Dec. 6',
    # end of day Eastern (EST); '12-day' is the length of the mission, not a span from now
    B(
        text='Shuttle Atlantis is targeted to launch Dec. 6 to begin a 12-day mission to the International Space Station.',
        due='2007-12-07 04:59:59',
        vague=False,
        said='2007-10-24 14:00:00',
        tz='America/New_York',
        cluster=1,
        source='http://mail.spinics.net/lists/nasa/msg00859.html',
        published='2007-10-24',
    ),
    # a FEMA New York release carried by longisland.com (dated 26 January 2013 by its address):
    # 'extended to January 28, 2013', the new deadline, end of day Eastern (EST); '13' counts counties
    B(
        text='The deadline for Hurricane Sandy survivors in 13 designated New York counties to register for Federal Emergency Management Agency disaster assistance has been extended to January 28, 2013.',
        due='2013-01-29 04:59:59',
        vague=False,
        said='2013-01-26 15:00:00',
        tz='America/New_York',
        cluster=1,
        source='https://longisland.com/news/01-26-13/fema-application-deadline-extended.html',
        published='2013-01-26',
    ),
    # the same FCDO notice: '48 hours' is how long the account is open, counted from an opening this
    # sentence does not date (an event); no deadline from now
    B(
        text='The email account will only be open for 48 hours and all emails received within this timeframe will be sent an automated reply confirming receipt.',
        due=None,
        vague=False,
        said='2022-01-10 10:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=1,
        source='http://government-world.com/uk/politics-2/hm-government/page/1182/?print=print-search',
        published='2022-01-10',
    ),
    # -- cluster 2: clock times and zone words
    # a NASA Kennedy release carried by spacenews.com (page undated; reference taken as 5 December
    # 2014, the labels do not depend on it as long as it is before 18 December): 4:30 p.m. EST on 18
    # December 2014, 21:30 UTC
    B(
        text='International media without U.S. citizenship requesting access to CCAFS must apply for credentials to cover the rollout and launch activities by 4:30 p.m. EST on Dec. 18.',
        due='2014-12-18 21:30:00',
        vague=False,
        said='2014-12-05 15:00:00',
        tz='America/New_York',
        cluster=2,
        source='https://spacenews.com/nasa-media-accreditation-now-open-for-deep-space-climate-observatory',
        published='2014-12-05',
    ),
    # the DSCOVR accreditation release: 'the deadline to apply is 4:30 p.m. on Jan. 14' with no zone
    # word: the publisher's zone, 16:30 EST on 14 January 2015 (the coming January)
    B(
        text='For U.S. media, the deadline to apply is 4:30 p.m. on Jan. 14.',
        due='2015-01-14 21:30:00',
        vague=False,
        said='2014-12-05 15:00:00',
        tz='America/New_York',
        cluster=2,
        source='https://spacenews.com/nasa-media-accreditation-now-open-for-deep-space-climate-observatory',
        published='2014-12-05',
    ),
    # NASA release of 9 December 2008: 'Feb. 12 at 7:28 a.m. EST', the coming February, 12:28 UTC on
    # 12 February 2009; 'STS-119' is a mission number
    B(
        text='Shuttle Discovery is targeted to launch Feb. 12 at 7:28 a.m. EST on the STS-119 mission to the International Space Station.',
        due='2009-02-12 12:28:00',
        vague=False,
        said='2008-12-09 15:00:00',
        tz='America/New_York',
        cluster=2,
        source='https://www.nasa.gov/home/hqnews/2008/dec/HQ_M08-247_STS-119_MediaCredentials.html',
        published='2008-12-09',
    ),
    # NASA release of 22 July 2020 (carried by PR Newswire): '4 p.m. EDT Monday, Aug. 10', 20:00 UTC
    B(
        text='International media without U.S. citizenship must apply by 4 p.m. EDT Monday, Aug. 10.',
        due='2020-08-10 20:00:00',
        vague=False,
        said='2020-07-22 14:00:00',
        tz='America/New_York',
        cluster=2,
        source='https://www.prnewswire.com:443/news-releases/nasa-spacex-invite-media-to-first-operational-commercial-crew-launch-301098296.html',
        published='2020-07-22',
    ),
    # the Crew-1 accreditation release of 22 July 2020: '4 p.m. Monday, Aug. 24' without a zone word:
    # the publisher's zone, 16:00 EDT = 20:00 UTC
    B(
        text='U.S. media must apply by 4 p.m. Monday, Aug. 24.',
        due='2020-08-24 20:00:00',
        vague=False,
        said='2020-07-22 14:00:00',
        tz='America/New_York',
        cluster=2,
        source='https://www.prnewswire.com:443/news-releases/nasa-spacex-invite-media-to-first-operational-commercial-crew-launch-301098296.html',
        published='2020-07-22',
    ),
    # a Commons business statement of Monday 14 October 1996 (4.6 pm): debates 'Until 2.30 pm' on
    # Wednesday 16 October, 14:30 London (BST)
    B(
        text='WEDNESDAY 16 OCTOBER—Until 2.30 pm, there will be debates on the motion for the Adjournment of the House.',
        due='1996-10-16 13:30:00',
        vague=False,
        said='1996-10-14 15:06:00',
        tz='Europe/London',
        cluster=2,
        source='https://hansard.parliament.uk/Commons/1996-10-14/debates/a2e5f6fe-ccb3-47f8-bfdc-f9b30cee4558/BusinessOfTheHouse',
        published='1996-10-14',
    ),
    # Seanad order of business of Wednesday 7 March 1984 (said at the sitting's start, taken as 2.30
    # p.m.): a range 'from 6.30 p.m. until 8 p.m.' that day falls due at its later end, 20:00 Dublin
    # (GMT)
    B(
        text="Since there is a matter on the Adjournment it is proposed that Private Members' Business should be taken from 6.30 p.m. until 8 p.m.",
        due='1984-03-07 20:00:00',
        vague=False,
        said='1984-03-07 14:30:00',
        tz='Europe/Dublin',
        cluster=2,
        source='https://www.oireachtas.ie/en/debates/debate/seanad/1984-03-07/3/',
        published='1984-03-07',
    ),
    # Seanad, 13 May 1986: the day's schedule, a suspension and 'the Adjournment at 8 p.m.'; the later
    # time, 20:00 Dublin (IST) that day
    B(
        text='It is proposed to suspend the sitting from 5.30 p.m. to 6.30 p.m. and to take the Adjournment at 8 p.m.',
        due='1986-05-13 19:00:00',
        vague=False,
        said='1986-05-13 13:30:00',
        tz='Europe/Dublin',
        cluster=2,
        source='https://www.oireachtas.ie/ga/debates/debate/seanad/1986-05-13/3/',
        published='1986-05-13',
    ),
    # Seanad, Thursday 13 December 1984 (morning order of business): '5 o'clock' in a sitting-day
    # schedule is 5 p.m., restated as 'by 5 p.m.': 17:00 Dublin (GMT) that day
    B(
        text="I propose that we try to finish those if possible by 5 o'clock and that, one way or the other, they will be taken by 5 p.m. to help clear the Order Paper.",
        due='1984-12-13 17:00:00',
        vague=False,
        said='1984-12-13 10:30:00',
        tz='Europe/Dublin',
        cluster=2,
        source='http://debates.oireachtas.ie/seanad/1984/12/13/00003.asp',
        published='1984-12-13',
    ),
    # Seanad, 29 January 2013: tomorrow's schedule, meet at 9.30 a.m. and resume at 4 p.m.; the later
    # time on 30 January 2013, 16:00 Dublin (GMT). Unsure: the resumption is a start, so 09:30 (the
    # first sitting) is another reading
    B(
        text='For the information of Members, it is proposed to meet at 9.30 a.m. tomorrow for the Order of Business and to resume at 4 p.m. in line with similar arrangements in the other House as a mark of respect to the late Detective Garda Adrian Donohoe, whose funeral takes place tomorrow.',
        due='2013-01-30 16:00:00',
        vague=False,
        said='2013-01-29 13:30:00',
        tz='Europe/Dublin',
        cluster=2,
        source='https://www.kildarestreet.com/sendebates/?gid=2013-01-29a.8',
        published='2013-01-29',
    ),
    # an FCDO/UKVI notice on gov.uk (carried by government-world.com; page undated, reference taken as
    # 10 January 2022, the label holds for any day before the 17th): a window 'between midday (12pm)
    # on Monday 17 January 2022 to midday on Wednesday 19 January 2022 (Hong Kong time)' falls due at
    # its later end, 12:00 Hong Kong time (UTC+8) = 04:00 UTC on 19 January 2022; '2022' in the
    # address is part of a name
    B(
        text='If you would like to be in with the chance to apply for the scheme you should send one email per applicant to: hongkong.yms2022@fcdo.gov.uk between midday (12pm) on Monday 17 January 2022 to midday on Wednesday 19 January 2022 (Hong Kong time).',
        due='2022-01-19 04:00:00',
        vague=False,
        said='2022-01-10 10:00:00',
        tz='Europe/London',
        cluster=2,
        source='http://government-world.com/uk/politics-2/hm-government/page/1182/?print=print-search',
        published='2022-01-10',
    ),
    # -- cluster 3: several dates in one sentence
    # the Ares I-X accreditation release: two deadlines for two groups in one sentence; like a list of
    # days, the later one, 15 October 2009, end of day Eastern (EDT). Unsure: a member pledging for
    # international reporters would take 5 October
    B(
        text='Application deadlines for mission badges are Oct. 5 for international reporters and Oct. 15 for U.S. journalists.',
        due='2009-10-16 03:59:59',
        vague=False,
        said='2009-09-15 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='https://spacenews.com/nasa-sets-media-credential-deadlines-for-ares-i-x-flight-test',
        published='2009-09-15',
    ),
    # the STS-122 accreditation release of 24 October 2007: two deadlines in one sentence, the later
    # first; like a list of days, the later, 21 November 2007, end of day Eastern (EST). Unsure: the
    # deadline for foreign media (16 November) is the other reading for a member who is one
    B(
        text='Application deadlines for mission badges are Nov. 21 for U.S. media and Nov. 16 for foreign media.',
        due='2007-11-22 04:59:59',
        vague=False,
        said='2007-10-24 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='http://mail.spinics.net/lists/nasa/msg00859.html',
        published='2007-10-24',
    ),
    # a NASA release carried by a blog post of May 2012 (day not shown; reference taken as 14 May
    # 2012, the label is the same from any day of May before the 19th): 'rescheduled for ... Saturday,
    # May 19', the new date, end of day Eastern (EDT)
    B(
        text="The second SpaceX demonstration launch for NASA's Commercial Orbital Transportation Services (COTS) has been rescheduled for a liftoff on Saturday, May 19.",
        due='2012-05-20 03:59:59',
        vague=False,
        said='2012-05-14 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='http://talk-technology.blogspot.com/2012/05/updated-coverage-for-nasaspacex-launch.html',
        published='2012-05-14',
    ),
    # the business statement of 14 October 1996: a schedule of two days (prorogation at 9.30 am on the
    # 17th, the new Session on the 23rd); a schedule falls due at its later end, 23 October 1996, end
    # of day London (BST). Unsure: a member may pledge on the prorogation, 09:30 on 17 October
    B(
        text='The House will meet for prorogation at 9.30 am on Thursday 17 October and the new Session will be opened on Wednesday 23 October.',
        due='1996-10-23 22:59:59',
        vague=False,
        said='1996-10-14 15:06:00',
        tz='Europe/London',
        cluster=3,
        source='https://hansard.parliament.uk/Commons/1996-10-14/debates/a2e5f6fe-ccb3-47f8-bfdc-f9b30cee4558/BusinessOfTheHouse',
        published='1996-10-14',
    ),
    # VOA, Friday 19 September 2014 (talks opened 'Friday'): 'the November 24 deadline' is the
    # deadline the sentence names; the missed July target is the past; 24 November 2014, end of day
    # Eastern (EST)
    B(
        text='But analysts say the chances for a breakthrough are slim ahead of the November 24 deadline that was set after the two sides failed to reach a July target date for a deal.',
        due='2014-11-25 04:59:59',
        vague=False,
        said='2014-09-19 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='https://voa.pangea-cms.com/preview/en-US/a/iran-world-powers-resume-nuclear-talks/2455609.html',
        published='2014-09-19',
    ),
    # USDA's farmers.gov deadlines page (undated; from its content after 17 September 2021, reference
    # taken as 20 September 2021): a range 'April 5, 2021 through October 12, 2021' falls due at its
    # later end, end of day Eastern (EDT); 'CFAP 2' is a programme's name
    B(
        text='FSA will accept new and modified CFAP 2 applications April 5, 2021 through October 12, 2021.',
        due='2021-10-13 03:59:59',
        vague=False,
        said='2021-09-20 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='https://www.farmers.gov/working-with-us/program-deadlines',
        published='2021-09-20',
    ),
    # USDA's farmers.gov deadlines page as stored at this address (undated; from its content spring
    # 2023, reference taken as 1 June 2023, the label holds for any day of 2023 before 14 July): the
    # opening is past, the signup closes on 14 July 2023, end of day Eastern (EDT)
    B(
        text='Signup opens Jan. 23 and closes on July 14, 2023.',
        due='2023-07-15 03:59:59',
        vague=False,
        said='2023-06-01 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='https://www.farmers.gov/working-with-us/program-deadlines?utm_campaign=march152022deadlines&utm_medium=email&utm_source=govdelivery',
        published='2023-06-01',
    ),
    # Seanad, Tuesday 13 May 1986: 'today' (the Dáil's expected passing) and '12 noon tomorrow' (what
    # this House will do); the later, definite one is the proposal: 12:00 on 14 May 1986, Dublin (IST,
    # UTC+1). Unsure: 'commence' is a start, which a reader may record as an earliest time only
    B(
        text='The Finance Bill is virtually certain to pass through all stages in the Dáil today and it is proposed to commence Second Stage of the Finance Bill in this House at 12 noon tomorrow.',
        due='1986-05-14 11:00:00',
        vague=False,
        said='1986-05-13 13:30:00',
        tz='Europe/Dublin',
        cluster=3,
        source='https://www.oireachtas.ie/ga/debates/debate/seanad/1986-05-13/3/',
        published='1986-05-13',
    ),
    # Seanad, Thursday 18 July 1985: 'adjourned until September or October', two months as
    # alternatives, falls due at the later end, 31 October 1985, end of day Dublin (GMT), as the
    # earlier sets label 'adjourn until <day>' by that day. Unsure: 'until' gives when the debate
    # resumes, which a reader may record as an earliest date only
    B(
        text='It is proposed that there should be one speech from each side of the House and then the Second Stage debate would be adjourned until September or October.',
        due='1985-10-31 23:59:59',
        vague=False,
        said='1985-07-18 09:30:00',
        tz='Europe/Dublin',
        cluster=3,
        source='http://debates.oireachtas.ie/seanad/1985/07/18/00004.asp',
        published='1985-07-18',
    ),
    # Seanad order of 14 March 1945: 'this evening' is when the House rises, 'Tuesday, 20th March' the
    # day it adjourns to; as the earlier sets label an adjournment, the day it adjourns to, 20 March
    # 1945, end of day Dublin
    B(
        text='Ordered: That the Seanad, on rising this evening, shall adjourn to Tuesday, 20th March.',
        due='1945-03-20 22:59:59',
        vague=False,
        said='1945-03-14 14:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source='https://www.oireachtas.ie/en/debates/debate/seanad/1945-03-14/2/',
        published='1945-03-14',
    ),
    # Seanad order of business of Tuesday 29 January 2013 at 1:30 pm (KildareStreet): two items today
    # at 2.45 p.m. and 4.15 p.m., the later 16:15 Dublin (GMT); the motion 'passed ... on Wednesday,
    # 23 January 2013' is past and 'Bill 2013', 'No. 1', 'No. 2' are names
    B(
        text='The Order of Business is No. 1, address to Seanad Éireann by Ms Mairead McGuinness, MEP, to commence at 2.45 p.m. in accordance with the arrangements set out in a motion passed by the House on Wednesday, 23 January 2013; and No. 2, Water Services Bill 2013 - Committee Stage, to be taken at 4.15 p.m.',
        due='2013-01-29 16:15:00',
        vague=False,
        said='2013-01-29 13:30:00',
        tz='Europe/Dublin',
        cluster=3,
        source='https://www.kildarestreet.com/sendebates/?gid=2013-01-29a.8',
        published='2013-01-29',
    ),
    # -- cluster 4: period forms: fiscal years, parts of periods, vague windows
    # a Commons written answer of 16 December 2016: 'will start consulting ... shortly' is the vague
    # 60-day window, 14 February 2017, end of day London (GMT); '£23 billion' is an amount
    B(
        text='We’ve already taken real action to support industry, including the recent announcement of a £23 billion National Productivity Investment Fund, and will start consulting on wider industrial strategy proposals shortly.',
        due='2017-02-14 23:59:59',
        vague=True,
        said='2016-12-16 10:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://parallelparliament.co.uk/question/56788/industry',
        published='2016-12-16',
    ),
    # the Kennedy accreditation notice of 17 May 2006: 'the week of June 12' (a Monday in 2006) is
    # that Monday-to-Sunday week, due on its Sunday, 18 June 2006, end of day Eastern (EDT), as 'the
    # week commencing <date>' in the conventions
    B(
        text='The demonstration test is a countdown dress rehearsal scheduled for the week of June 12.',
        due='2006-06-19 03:59:59',
        vague=False,
        said='2006-05-17 14:00:00',
        tz='America/New_York',
        cluster=4,
        source='http://insideksc.blogspot.com/2006/05/accreditation-of-media-for-next-space.html',
        published='2006-05-17',
    ),
    # the same VOA report (reference taken as Friday 4 April 2008, the day it reports; the label moves
    # with that date): 'in the coming days' is the vague 7-day window, 11 April 2008, end of day
    # Eastern (EDT); 'told ... Friday' dates the telling. Unsure: the reference day is a guess from
    # the content, and 'might' hedges the plan
    B(
        text='U.S. Assistant Secretary of State and chief nuclear negotiator Christopher Hill told reporters in Jakarta Friday he might meet with his North Korean counterpart, Kim Kye Gwan, in the coming days.',
        due='2008-04-12 03:59:59',
        vague=True,
        said='2008-04-04 14:00:00',
        tz='America/New_York',
        cluster=4,
        source='https://www.voanews.com/archive/us-nuclear-envoy-says-talks-possible-next-few-days-north-korea',
        published='2008-04-04',
    ),
    # the same USDA release (reference 18 January 2019): 'will be announced shortly' is the vague
    # 60-day window, 19 March 2019, end of day Eastern (EDT). the window counts from that reference
    B(
        text='Other program deadlines may be modified and will be announced shortly.',
        due='2019-03-20 03:59:59',
        vague=True,
        said='2019-01-18 15:00:00',
        tz='America/New_York',
        cluster=4,
        source='http://mtbeef.org/dev/tag/fsa/',
        published='2019-01-18',
    ),
    # Seanad, 7 March 1984: 'this day fortnight' is two weeks from the day of speaking, Wednesday 21
    # March 1984, end of day Dublin (GMT)
    B(
        text='He will be engaged in the Dáil on this day fortnight since the Criminal Justice Bill will then be taken in Committee.',
        due='1984-03-21 23:59:59',
        vague=False,
        said='1984-03-07 14:30:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.oireachtas.ie/en/debates/debate/seanad/1984-03-07/3/',
        published='1984-03-07',
    ),
    # Seanad, Wednesday 23 June 1982: 'in two weeks time' is two weeks from the day of speaking, 7
    # July 1982, end of day Dublin (IST); the earlier sets label a request or question by the time it
    # names. Unsure: a request that is hedged ('possibly') sets no deadline, so a refusal is the other
    # reading
    B(
        text='I should like to ask the Leader of the House if it could be ordered for another day, possibly in two weeks time.',
        due='1982-07-07 22:59:59',
        vague=False,
        said='1982-06-23 09:30:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.oireachtas.ie/en/debates/debate/seanad/1982-06-23/3/',
        published='1982-06-23',
    ),
    # Seanad, 29 January 2013: 'soon' is the vague 60-day window, 30 March 2013, end of day Dublin
    # (GMT). Unsure: a wish, not a commitment, so a refusal is the other reading
    B(
        text='I am sure it is the wish of all Members that the perpetrators of this cowardly and criminal act will be brought to justice soon.',
        due='2013-03-30 23:59:59',
        vague=True,
        said='2013-01-29 13:30:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.kildarestreet.com/sendebates/?gid=2013-01-29a.8',
        published='2013-01-29',
    ),
    # -- cluster 5: refusals: recurring, earliest-only, negated, past, event
    # the Ares I-X accreditation release: an extension that hangs on an undated delay, with no date of
    # its own: event
    B(
        text='If the launch is delayed, the deadline for domestic journalists may be extended on a day-by-day basis.',
        due=None,
        vague=False,
        said='2009-09-15 14:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source='https://spacenews.com/nasa-sets-media-credential-deadlines-for-ares-i-x-flight-test',
        published='2009-09-15',
    ),
    # the Crew-1 accreditation release of 22 July 2020: 'no earlier than late-September' gives only a
    # start (late = days 21 to the end): earliest 21 September 2020 00:00 EDT; 'Demo-2' is a name
    B(
        text="The launch is targeted for no earlier than late-September, following a successful return from the space station and evaluation of NASA's SpaceX Demo-2 test flight with NASA astronauts Robert Behnken and Douglas Hurley.",
        due=None,
        vague=False,
        said='2020-07-22 14:00:00',
        tz='America/New_York',
        refusal='earliest',
        earliest='2020-09-21 04:00:00',
        cluster=5,
        source='https://www.prnewswire.com:443/news-releases/nasa-spacex-invite-media-to-first-operational-commercial-crew-launch-301098296.html',
        published='2020-07-22',
    ),
    # VOA report from Jakarta (page undated; from its content spring 2008, reference taken as 4 April
    # 2008; the label holds for any day in 2008): a deadline of the end of 2007 that 'was required'
    # and was missed: the past
    B(
        text='Pyongyang was required to submit a full and accurate declaration of its nuclear programs and materials by the end of 2007.',
        due=None,
        vague=False,
        said='2008-04-04 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source='https://www.voanews.com/archive/us-nuclear-envoy-says-talks-possible-next-few-days-north-korea',
        published='2008-04-04',
    ),
    # VOA, 19 September 2014: 'no meeting is planned ... next week' denies the meeting: negated
    B(
        text='Separately, the White House said on Friday no meeting is planned between President Barack Obama and his Iranian counterpart, Hassan Rouhani, at the U.N. General Assembly in New York next week.',
        due=None,
        vague=False,
        said='2014-09-19 14:00:00',
        tz='America/New_York',
        refusal='negated',
        cluster=5,
        source='https://voa.pangea-cms.com/preview/en-US/a/iran-world-powers-resume-nuclear-talks/2455609.html',
        published='2014-09-19',
    ),
    # the same farmers.gov page (reference taken as 20 September 2021): the original deadline that was
    # extended is dropped and past; the new one is not in this sentence
    B(
        text='FSA extended the original signup deadline, which was September 17, 2021.',
        due=None,
        vague=False,
        said='2021-09-20 14:00:00',
        tz='America/New_York',
        refusal='negated',
        cluster=5,
        source='https://www.farmers.gov/working-with-us/program-deadlines',
        published='2021-09-20',
    ),
    # the same USDA release (reference 18 January 2019): 'will be open beginning January 24' gives
    # only a start, earliest 24 January 2019 00:00 Eastern (EST)
    B(
        text='All Farm Service Agency (FSA) service centers will be open beginning January 24 to provide the majority of FSA services needed by farmers and ranchers during this critical time of the year for agricultural operations.',
        due=None,
        vague=False,
        said='2019-01-18 15:00:00',
        tz='America/New_York',
        refusal='earliest',
        earliest='2019-01-24 05:00:00',
        cluster=5,
        source='http://mtbeef.org/dev/tag/fsa/',
        published='2019-01-18',
    ),
    # Seanad, 4 June 1980: no business 'for next week' is denied: negated, no deadline
    B(
        text='At the moment the position is that it does not look as though there is going to be anything available for next week.',
        due=None,
        vague=False,
        said='1980-06-04 09:30:00',
        tz='Europe/Dublin',
        refusal='negated',
        cluster=5,
        source='http://historical-debates.oireachtas.ie/S/0094/S.0094.198006040003.html',
        published='1980-06-04',
    ),
    # -- cluster 6: ordinary controls
    # a NASA Kennedy notice carried by a blog post of Wednesday 17 May 2006: 'by June 1', 1 June 2006,
    # end of day Eastern (EDT)
    B(
        text="News media planning to cover NASA's next space shuttle mission must apply for Kennedy Space Center credentials by June 1.",
        due='2006-06-02 03:59:59',
        vague=False,
        said='2006-05-17 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='http://insideksc.blogspot.com/2006/05/accreditation-of-media-for-next-space.html',
        published='2006-05-17',
    ),
    # a FEMA release carried by Patch ('The following information is provided by FEMA'; page undated,
    # reference taken as 28 December 2012, the label holds for any day before 30 January 2013): 'now
    # have until January 30, 2013', end of day Eastern (EST)
    B(
        text='Survivors of Hurricane Sandy in New Jersey now have until January 30, 2013 to register for disaster assistance through the Federal Emergency Management Agency.',
        due='2013-01-31 04:59:59',
        vague=False,
        said='2012-12-28 15:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://new-origin.patch.com/new-jersey/scotchplains/fema-extends-deadline-for-nj-sandy-victims',
        published='2012-12-28',
    ),
    # the same farmers.gov page (reference 1 June 2023): a window 'from May 24 through July 26, 2023'
    # falls due at its later end, end of day Eastern (EDT)
    B(
        text='USDA’s Farm Service Agency will accept ODMAP applications from May 24 through July 26, 2023.',
        due='2023-07-27 03:59:59',
        vague=False,
        said='2023-06-01 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://www.farmers.gov/working-with-us/program-deadlines?utm_campaign=march152022deadlines&utm_medium=email&utm_source=govdelivery',
        published='2023-06-01',
    ),
    # a USDA release of January 2019 carried by the Montana Stockgrowers' site (undated there; from
    # its content, before 22 January 2019, reference taken as 18 January 2019): 'extended to February
    # 14', the coming 14 February 2019, end of day Eastern (EST)
    B(
        text='The deadline to apply and complete applications for the Market Facilitation Program has been extended to February 14.',
        due='2019-02-15 04:59:59',
        vague=False,
        said='2019-01-18 15:00:00',
        tz='America/New_York',
        cluster=6,
        source='http://mtbeef.org/dev/tag/fsa/',
        published='2019-01-18',
    ),
    # Seanad, Wednesday 1 December 2010: 'next week' is the following Monday-to-Sunday week, due on
    # its Sunday, 12 December 2010, end of day Dublin (GMT)
    B(
        text='On a point of order, we agree to take the next Stage next week.',
        due='2010-12-12 23:59:59',
        vague=False,
        said='2010-12-01 12:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.oireachtas.ie/en/debates/debate/seanad/2010-12-01/5/',
        published='2010-12-01',
    ),
    # Seanad, Wednesday 14 March 1945: 'has to be passed ... by the 31st March', the coming 31 March
    # 1945, end of day Dublin (the tz database has Ireland on summer time, UTC+1, through that winter)
    B(
        text='The Defence Forces Bill has to be passed, I understand, by the 31st March.',
        due='1945-03-31 22:59:59',
        vague=False,
        said='1945-03-14 14:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.oireachtas.ie/en/debates/debate/seanad/1945-03-14/2/',
        published='1945-03-14',
    ),
    # Seanad, 14 March 1945: 'we should finish it next week' is the following Monday-to-Sunday week,
    # due on Sunday 25 March 1945, end of day Dublin; 'usually' describes the Bill, not the pledge
    B(
        text='The Central Fund Bill usually lends itself merely to one-stage discussion and we should finish it next week.',
        due='1945-03-25 22:59:59',
        vague=False,
        said='1945-03-14 14:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.oireachtas.ie/en/debates/debate/seanad/1945-03-14/2/',
        published='1945-03-14',
    ),
    # the same FCDO notice (reference 10 January 2022): 'by 28 January', end of day in the publisher's
    # zone, London (GMT). Unsure: the notice is written for Hong Kong and its ballot times are Hong
    # Kong time, so the day's end in Hong Kong (15:59:59 UTC) is the other reading
    B(
        text='If you have been successful a second email will be sent to you by 28 January to confirm acceptance and provide further instructions on how to make an appointment, along with documentary evidence required to apply for your entry clearance.',
        due='2022-01-28 23:59:59',
        vague=False,
        said='2022-01-10 10:00:00',
        tz='Europe/London',
        cluster=6,
        source='http://government-world.com/uk/politics-2/hm-government/page/1182/?print=print-search',
        published='2022-01-10',
    ),
    # the same FCDO notice: 'no later than 28 February 2022', end of day London (GMT)
    B(
        text='Please note successful applicants must prepare online applications and online credit card payments no later than 28 February 2022.',
        due='2022-02-28 23:59:59',
        vague=False,
        said='2022-01-10 10:00:00',
        tz='Europe/London',
        cluster=6,
        source='http://government-world.com/uk/politics-2/hm-government/page/1182/?print=print-search',
        published='2022-01-10',
    ),
)
