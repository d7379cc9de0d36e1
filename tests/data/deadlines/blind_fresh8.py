"""An EIGHTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-01 by a labelling helper (branch issue12l-s9) that
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
    # Seanad, Wednesday 24 June 2009, 11:00 am (KildareStreet): 'next Tuesday' said on a Wednesday is
    # the Tuesday of the following week, 30 June 2009, end of day Dublin (IST); '11 Bills' is a count
    # and 'before the summer recess' an undated event the Bills hang on
    B(
        text='I will outline to the House on the Order of Business next Tuesday the approximately 11 Bills to be considered before the summer recess.',
        due='2009-06-30 22:59:59',
        vague=False,
        said='2009-06-24 10:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source='https://www.kildarestreet.com/sendebates/?gid=2009-06-24.125.0',
        published='2009-06-24',
    ),
    # Seanad order of business of Tuesday 5 March 2019: the day's items end at the latest time, 'to
    # conclude at 8.30 p.m.', 20:30 Dublin (GMT); 'Bill 2017' is a name and 'eight minutes', 'five
    # minutes', 'six minutes' are speaking limits, not spans from now
    B(
        text='The Order of Business is No. 1, Judicial Appointments Commission Bill 2017 - Committee Stage, resumed, to be taken at 4.45 p.m. and to adjourn at 7 p.m., if not previously concluded; and No. 2, statements on the future of Europe and the value of European Union membership to Ireland to be taken at 7 p.m. and to conclude at 8.30 p.m., with the contribution of group spokespersons not to exceed eight minutes, all other Senators not to exceed five minutes and the Minister to be given no less than six minutes to reply to the debate.',
        due='2019-03-05 20:30:00',
        vague=False,
        said='2019-03-05 14:30:00',
        tz='Europe/Dublin',
        cluster=1,
        source='https://www.oireachtas.ie/en/debates/debate/seanad/2019-03-05/9/',
        published='2019-03-05',
    ),
    # Wikinews (page undated; the Bill that carries the question was published on 26 January 2005,
    # taken as the reference; the label holds for any day of 2005): the referendum 'expected to be
    # held in 2006', due at that year's end; the earlier sets read Wikinews in UTC. Unsure: the
    # sentence's main clause is about the question, the year only says when the vote is expected
    B(
        text='The question in a referendum, expected to be held in 2006, will be: "Should the United Kingdom approve the treaty establishing a constitution for the European Union?"',
        due='2006-12-31 23:59:59',
        vague=False,
        said='2005-01-26 10:00:00',
        tz='UTC',
        cluster=1,
        source='https://en.wikinews.org/wiki/The_British_referendum_question_is_published_today',
        published='2005-01-26',
    ),
    # the same Census Bureau FAQ (reference 1 June 2010): 'no later than April 1, 2011', end of day
    # Eastern (EDT); 'P.L. 94-171' is the number of a public law, not a date or a time
    B(
        text='P.L. 94-171 also requires that these data be delivered to each state no later than April 1, 2011.',
        due='2011-04-02 03:59:59',
        vague=False,
        said='2010-06-01 14:00:00',
        tz='America/New_York',
        cluster=1,
        source='https://ask.census.gov/faq.php?id=5000&faqId=975',
        published='2010-06-01',
    ),
    # the same Commerce blog post (6 December 2010): the release 'On Dec. 14', end of day Eastern
    # (EST); 'from 2005 to 2009' is the period the data cover (the past), not a programme due at its
    # end
    B(
        text='On Dec. 14, the Census Bureau will also release American Community Survey (ACS) data for the 5-year period from 2005 to 2009.',
        due='2010-12-15 04:59:59',
        vague=False,
        said='2010-12-06 15:00:00',
        tz='America/New_York',
        cluster=1,
        source='https://webarchive.library.unt.edu/web/20120915185758/http://www.commerce.gov/blog/category/867',
        published='2010-12-06',
    ),
    # a Commons written answer of 10 October 2006: 'at any time' is a standing rule, no deadline;
    # '37-38 John Street' and 'WC1N 2BQ' are a street number range and a postcode, not days, times or
    # spans
    B(
        text='Any person may suggest possible topics for inclusion in the Law Commission’s consolidation programme at any time by writing to the Chief Executive at The Law Commission, Conquest House, 37-38 John Street, Theobalds Road, London WC1N 2BQ.',
        due=None,
        vague=False,
        said='2006-10-10 09:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=1,
        source='https://hansard.parliament.uk/Commons/2006-10-10/debates/0610114000008/ConsolidationBill',
        published='2006-10-10',
    ),
    # the same NASA release (7 June 2018): 'five hours and 23 minutes into the spacewalk' counts from
    # the spacewalk's start, which this sentence does not date (an event); '60 hours and 21 minutes'
    # is a record, an amount, not a span from now
    B(
        text="At five hours and 23 minutes into the spacewalk, Feustel will surpass NASA astronaut Peggy Whitson's record of 60 hours and 21 minutes to move into third place for cumulative time spent during spacewalks.",
        due=None,
        vague=False,
        said='2018-06-07 14:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=1,
        source='https://www.prnewswire.com/news-releases/nasa-tv-to-air-us-spacewalk-at-international-space-station-300661824.html',
        published='2018-06-07',
    ),
    # the same performance.gov post: '14' and '25' are counts and 'the end of the two-year goal
    # period' is not dated in the sentence (an event). Unsure: the page is about the FY 2024-25 goals,
    # so a reader who knows them would take 30 September 2025
    B(
        text='So far, ED has held 14 “Lessons from the Field” webinars focused on student mental health, moving towards their goal of conducting 25 webinars by the end of the two-year goal period.',
        due=None,
        vague=False,
        said='2024-06-13 14:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=1,
        source='https://staging.performance.gov/blog/2024-q2-agency-priority-goal-updates',
        published='2024-06-13',
    ),
    # House of Lords Business for Tuesday 6 September 2011: a motion for today; 'laid before the House
    # on 27 June' is a past day (not next June) and 'Act 2010', 'Regulations 2011' are names: no
    # deadline
    B(
        text='Equality Act 2010 (Specific Duties) Regulations 2011 Baroness Verma to move that the draft Regulations laid before the House on 27 June be approved.',
        due=None,
        vague=False,
        said='2011-09-06 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=1,
        source='http://www.publications.parliament.uk/pa/ld201012/minutes/110906/ldordpap.htm',
        published='2011-09-06',
    ),
    # the same briefing (26 April 2006): 'soon' is the vague 60-day window, 25 June 2006, end of day
    # Eastern (EDT); '500th' is an ordinal count, not a day
    B(
        text='The President will soon be recognizing the 500th USA Freedom Corps greeter.',
        due='2006-06-26 03:59:59',
        vague=True,
        said='2006-04-26 16:18:00',
        tz='America/New_York',
        cluster=1,
        source='https://georgewbush-whitehouse.archives.gov/news/releases/2006/04/print/text/20060426-4.html',
        published='2006-04-26',
    ),
    # the same NMFS notice: three zones with their GMT offsets and no day or time at all: no deadline
    # (the offsets name zones, they are not times)
    B(
        text='Times are given in Chamorro Standard Time (GMT+10:00), Samoa Standard Time (GMT-11:00), and Hawaii Standard Time (GMT-10:00).',
        due=None,
        vague=False,
        said='2020-12-23 20:00:00',
        tz='Pacific/Honolulu',
        refusal='event',
        cluster=1,
        source='https://wpcouncil.org/fr-notice-critical-habitat-for-the-threatened-indo-pacific-corals-public-hearings-and-extension-of-public-comment-period-dec-23-2020',
        published='2020-12-23',
    ),
    # a NOAA Fisheries Southeast Region event page (undated; the extension it cites, 88 FR 62522,
    # appeared on 12 September 2023, taken as the reference): 'to October 6, 2023', end of day Eastern
    # (EDT); '88 FR 62522' is a citation, not a date
    B(
        text='We are also extending the public comment period for this proposed rule to October 6, 2023 (88 FR 62522).',
        due='2023-10-07 03:59:59',
        vague=False,
        said='2023-09-12 14:00:00',
        tz='America/New_York',
        cluster=1,
        source='https://www.fisheries.noaa.gov/event/september-28th-public-hearing-proposed-rule-designate-critical-habitat-rices-whales-under',
        published='2023-09-12',
    ),
    # an NMFS Federal Register notice of 22 December 2023 (Pacific Islands Region): 'by February 28,
    # 2024', end of day in the publisher's zone (HST); '88 FR 83644, November 30, 2023' in brackets
    # cites the past proposed rule
    B(
        text='Comments on the proposed rule (88 FR 83644, November 30, 2023) must be received by February 28, 2024.',
        due='2024-02-29 09:59:59',
        vague=False,
        said='2023-12-22 20:00:00',
        tz='Pacific/Honolulu',
        cluster=1,
        source='https://www.govinfo.gov/content/pkg/FR-2023-12-22/html/2023-28261.htm',
        published='2023-12-22',
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
    # Seanad, 25 March 1992: today's schedule of items and times falls due at its latest, 8 p.m.,
    # 20:00 Dublin (GMT, before the clocks went forward on 29 March); 'Item No. 48' and 'sos' (Irish
    # for a break) are no times
    B(
        text="Today's business is: Item No. 2, Statements on the cost of motor insurance, which will be taken until 5 p.m.; from 5 p.m. to 6 p.m. we will take Item No. 3, the motion on the Appropriation Act; There will be a sos from 6 to 6.30 p.m.; and from 6.30 p.m. to 8 p.m. we will take Item No. 48, Private Members Business, in the names of the Fianna Fáil group.",
        due='1992-03-25 20:00:00',
        vague=False,
        said='1992-03-25 14:30:00',
        tz='Europe/Dublin',
        cluster=2,
        source='http://historical-debates.oireachtas.ie/S/0131/S.0131.199203250003.html',
        published='1992-03-25',
    ),
    # the State Department's public schedule for Monday 1 April 2024 (said taken as 8:00 that
    # morning): a schedule line '1:15 p.m.', that day at 13:15 Eastern (EDT)
    B(
        text='1:15 p.m. Department Press Briefing with Spokesperson Matthew Miller.',
        due='2024-04-01 17:15:00',
        vague=False,
        said='2024-04-01 12:00:00',
        tz='America/New_York',
        cluster=2,
        source='https://agenparl.eu/2024/04/01/public-schedule-april-1-2024/',
        published='2024-04-01',
    ),
    # a NOAA Fisheries announcement of 22 May 2014 (carried by Saving Seafood): closed 'as of 0001
    # hours, May 24, 2014', a 24-hour clock time in the publisher's zone (the Greater Atlantic region,
    # Eastern): 00:01 EDT = 04:01 UTC; 'Area 1B' is a name
    B(
        text='NOAA Fisheries announces that the directed fishery for Atlantic herring in Area 1B will be closed as of 0001 hours, May 24, 2014.',
        due='2014-05-24 04:01:00',
        vague=False,
        said='2014-05-22 14:00:00',
        tz='America/New_York',
        cluster=2,
        source='https://savingseafood.org/news/regulations/effective-may-24-the-atlantic-herring-management-area-1b-directed-fishery-is-closed',
        published='2014-05-22',
    ),
    # a Census Bureau media advisory on the 2018 population estimates (carried by The Federal
    # Newswire, undated there; released in June 2019, reference taken as 11 June 2019; Thursday, June
    # 20 fits 2019): 12:01 a.m. EDT on 20 June 2019 = 04:01 UTC
    B(
        text='The public release will be at 12:01 a.m. EDT, Thursday, June 20.',
        due='2019-06-20 04:01:00',
        vague=False,
        said='2019-06-11 14:00:00',
        tz='America/New_York',
        cluster=2,
        source='https://thefederalnewswire.com/stories/635205798-census-bureau-to-embargo-detailed-population-estimates-by-age-sex-race-and-hispanic-origin',
        published='2019-06-11',
    ),
    # House of Lords Business for Wednesday 1 December 2010: a line of the day's order paper, 'at
    # 3.45pm' today, 15:45 London (GMT)
    B(
        text='Grand Committee in the Moses Room at 3.45pm',
        due='2010-12-01 15:45:00',
        vague=False,
        said='2010-12-01 10:00:00',
        tz='Europe/London',
        cluster=2,
        source='https://publications.parliament.uk/pa/ld201011/minutes/101201/ldordpap.htm',
        published='2010-12-01',
    ),
    # NASA Kennedy blog, July 2021 archive page (post undated there; from its content after 29 July
    # 2021, reference taken as 30 July 2021): '1:20 p.m. EDT Tuesday, Aug. 3', 17:20 UTC on 3 August
    # 2021; 'Test-2' and 'OFT-2' are names
    B(
        text='NASA, Boeing and United Launch Alliance now are targeting 1:20 p.m. EDT Tuesday, Aug. 3, for launch of the Orbital Flight Test-2 (OFT-2) with the International Space Station ready for the arrival of the Starliner spacecraft.',
        due='2021-08-03 17:20:00',
        vague=False,
        said='2021-07-30 14:00:00',
        tz='America/New_York',
        cluster=2,
        source='https://blogs.nasa.gov/kennedy/2021/07',
        published='2021-07-30',
    ),
    # the same NASA post (reference 30 July 2021): '1:37 p.m. Wednesday, Aug. 4' without a zone word:
    # the publisher's zone, 13:37 EDT = 17:37 UTC
    B(
        text='Docking is targeted for 1:37 p.m. Wednesday, Aug. 4.',
        due='2021-08-04 17:37:00',
        vague=False,
        said='2021-07-30 14:00:00',
        tz='America/New_York',
        cluster=2,
        source='https://blogs.nasa.gov/kennedy/2021/07',
        published='2021-07-30',
    ),
    # an NMFS Federal Register notice of 23 December 2020 (Pacific Islands Region; carried by the
    # Western Pacific Fishery Management Council): a hearing range given in three zones, all the same
    # instant; its later end, 7 p.m. Chamorro Standard Time (UTC+10) on 20 January 2021 = 10 p.m. SST
    # = 11 p.m. HST on 19 January = 09:00 UTC on 20 January 2021; the publisher's zone is Honolulu
    B(
        text='The first hearing is scheduled for the early evening in Guam and the Commonwealth of the Northern Mariana Islands, from 4 to 7 p.m. Chamorro Standard Time on Wednesday, January 20, 2021 (7 to 10 p.m. Samoa Standard Time on Tuesday, January 19, 2021, and 8 to 11 p.m. Hawaii Standard Time on Tuesday, January 19, 2021).',
        due='2021-01-20 09:00:00',
        vague=False,
        said='2020-12-23 20:00:00',
        tz='Pacific/Honolulu',
        cluster=2,
        source='https://wpcouncil.org/fr-notice-critical-habitat-for-the-threatened-indo-pacific-corals-public-hearings-and-extension-of-public-comment-period-dec-23-2020',
        published='2020-12-23',
    ),
    # the same NOAA page (reference 12 September 2023): a range 'from 3:00 p.m. to 5:00 p.m. (Eastern
    # Daylight Time)' on 28 September 2023, due at its later end, 17:00 EDT = 21:00 UTC
    B(
        text='A virtual public hearing on the proposed rule will be held online on September 28, 2023, from 3:00 p.m. to 5:00 p.m. (Eastern Daylight Time).',
        due='2023-09-28 21:00:00',
        vague=False,
        said='2023-09-12 14:00:00',
        tz='America/New_York',
        cluster=2,
        source='https://www.fisheries.noaa.gov/event/september-28th-public-hearing-proposed-rule-designate-critical-habitat-rices-whales-under',
        published='2023-09-12',
    ),
    # an NMFS Federal Register notice of 23 November 2021 (Pacific Islands Region): '17:00 to 20:00
    # HST' on 9 December 2021, due at the range's later end, 20:00 HST = 06:00 UTC on 10 December 2021
    B(
        text='DATES: The public hearing will be held online on December 9, 2021 from 17:00 to 20:00 HST.',
        due='2021-12-10 06:00:00',
        vague=False,
        said='2021-11-23 20:00:00',
        tz='Pacific/Honolulu',
        cluster=2,
        source='https://www.govinfo.gov/content/pkg/FR-2021-11-23/html/2021-25562.htm',
        published='2021-11-23',
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
    # Seanad, Wednesday 25 March 1992: 'next week, on 2 and 3 April', a list of days within next week,
    # due at the later, 3 April 1992, end of day Dublin (IST from 29 March)
    B(
        text='The Social Welfare Bill will be taken next week, on 2 and 3 April.',
        due='1992-04-03 22:59:59',
        vague=False,
        said='1992-03-25 14:30:00',
        tz='Europe/Dublin',
        cluster=3,
        source='http://historical-debates.oireachtas.ie/S/0131/S.0131.199203250003.html',
        published='1992-03-25',
    ),
    # the State Department's public schedule for 1 April 2024 (carried by Agenparl; the link inside
    # the sentence is left out of the quote): a range of days 'April 1-5, 2024' falls due at its later
    # end, 5 April 2024, end of day Eastern (EDT)
    B(
        text='Secretary Blinken is on travel to France and Belgium from April 1-5, 2024.',
        due='2024-04-06 03:59:59',
        vague=False,
        said='2024-04-01 12:00:00',
        tz='America/New_York',
        cluster=3,
        source='https://agenparl.eu/2024/04/01/public-schedule-april-1-2024/',
        published='2024-04-01',
    ),
    # a Census Bureau FAQ (undated; written before the 2010 results, reference taken as 1 June 2010;
    # the label holds for any day of 2010): a span from Census Day restated as a date in brackets, 'on
    # or before December 31, 2010', end of day Eastern (EST)
    B(
        text='The apportionment counts will be delivered to the President within nine months of Census Day (on or before December 31, 2010), as required by law.',
        due='2011-01-01 04:59:59',
        vague=False,
        said='2010-06-01 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='https://ask.census.gov/faq.php?id=5000&faqId=975',
        published='2010-06-01',
    ),
    # the same Census Bureau FAQ: releases 'from April 2011 through September 2013' fall due at the
    # range's later end, 30 September 2013, end of day Eastern (EDT); '100-percent' is a kind of data
    B(
        text='Other 100-percent data products such as demographic profiles, summary files of aggregated data, and reports will be released on a flow basis from April 2011 through September 2013.',
        due='2013-10-01 03:59:59',
        vague=False,
        said='2010-06-01 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='https://ask.census.gov/faq.php?id=5000&faqId=975',
        published='2010-06-01',
    ),
    # NASA release of 7 June 2018 (carried by PR Newswire): the spacewalk 'Thursday, June 14', end of
    # day Eastern (EDT); 'six-and-a-half-hour' is its length (no start time in the sentence) and 'test
    # flights later this year' are other craft's plans, a vague window the definite date beats
    B(
        text='NASA astronauts will embark on a six-and-a-half-hour spacewalk Thursday, June 14, during which they will install new high-definition cameras to capture spacecraft docking with the International Space Station, including new American-made spacecraft with scheduled test flights later this year.',
        due='2018-06-15 03:59:59',
        vague=False,
        said='2018-06-07 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='https://www.prnewswire.com/news-releases/nasa-tv-to-air-us-spacewalk-at-international-space-station-300661824.html',
        published='2018-06-07',
    ),
    # the same NMFS notice (23 December 2020): 'by 30 days' is the size of the extension, 'to February
    # 25, 2021' the new end: 25 February 2021, end of day in the publisher's zone (HST, UTC-10)
    B(
        text='We are also extending the public comment period for this proposed rule by 30 days to February 25, 2021.',
        due='2021-02-26 09:59:59',
        vague=False,
        said='2020-12-23 20:00:00',
        tz='Pacific/Honolulu',
        cluster=3,
        source='https://wpcouncil.org/fr-notice-critical-habitat-for-the-threatened-indo-pacific-corals-public-hearings-and-extension-of-public-comment-period-dec-23-2020',
        published='2020-12-23',
    ),
    # NOAA Office of National Marine Sanctuaries notice of 26 July 2017: a span with its own stated
    # start, '15 days, starting Monday, July 31', counts from the start: 15 August 2017, end of day
    # Eastern (EDT), which the page's next sentence ('through August 15') confirms
    B(
        text='Due to public interest and requests for additional time, NOAA will formally accept comments for an additional 15 days, starting Monday, July 31.',
        due='2017-08-16 03:59:59',
        vague=False,
        said='2017-07-26 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='https://sanctuaries.noaa.gov/about/executive-order-13795.html',
        published='2017-07-26',
    ),
    # an NMFS Federal Register notice of 30 March 2007 (72 FR 15114, read on LexBuild): a period 'from
    # March 16, 2007, to April 30, 2007' already open, due at its later end, 30 April 2007, end of day
    # Eastern (EDT)
    B(
        text='The public comment period for the DPEIS is from March 16, 2007, to April 30, 2007.',
        due='2007-05-01 03:59:59',
        vague=False,
        said='2007-03-30 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='https://lexbuild.dev/fr/2007/03/E7-5935',
        published='2007-03-30',
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
    # Seanad, 25 March 1992: 'over the next few weeks' is the vague 4-week window, 22 April 1992, end
    # of day Dublin (IST); a request labelled by the time it names, as the earlier sets do. Unsure: a
    # request sets no deadline, so a refusal is the other reading
    B(
        text='It is a matter of great public interest and concern and I would ask that the Leader of the House make time available over the next few weeks so that this House would have the opportunity to debate this very fine report from the Law Reform Commission.',
        due='1992-04-22 22:59:59',
        vague=True,
        said='1992-03-25 14:30:00',
        tz='Europe/Dublin',
        cluster=4,
        source='http://historical-debates.oireachtas.ie/S/0131/S.0131.199203250003.html',
        published='1992-03-25',
    ),
    # Seanad, 9 July 2009: 'by the time we come back in September' puts the closure by the House's
    # return, which is some day in September: due at the month's end, 30 September 2009, end of day
    # Dublin (IST). Unsure: the return day is not given (an event), and the sentence forecasts rather
    # than promises; a refusal is the other reading
    B(
        text='By the time we come back in September, Monaghan General Hospital will have closed, in effect, as an acute hospital.',
        due='2009-09-30 22:59:59',
        vague=False,
        said='2009-07-09 09:30:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.oireachtas.ie/en/debates/debate/seanad/2009-07-09/3/',
        published='2009-07-09',
    ),
    # a State Department DipNote post of Sunday 1 March 2009, written on the plane: 'Later in the
    # week' of a trip that starts that day is the coming Monday-to-Sunday week, a vague window to its
    # end, 8 March 2009, end of day Eastern (EST). Unsure: on the Monday-to-Sunday convention the week
    # of the speaking day ends that same Sunday, which a reader may take instead
    B(
        text='Later in the week, the Secretary will travel to Brussels, where she will meet with NATO and EU foreign ministers.',
        due='2009-03-09 03:59:59',
        vague=True,
        said='2009-03-01 15:00:00',
        tz='America/New_York',
        cluster=4,
        source='https://blogs.state.gov/stories/2009/03/01/secretary-clinton-departs-middle-east-europe',
        published='2009-03-01',
    ),
    # Dáil, 28 November 2001: 'in the near future' is the vague 60-day window, 27 January 2002, end of
    # day Dublin (GMT)
    B(
        text='This report should be ready for submission to the Committee of Public Accounts in the near future.',
        due='2002-01-27 23:59:59',
        vague=True,
        said='2001-11-28 10:30:00',
        tz='Europe/Dublin',
        cluster=4,
        source='http://www.oireachtas.ie/ga/debates/debate/dail/2001-11-28/12/',
        published='2001-11-28',
    ),
    # a Dáil written answer of 9 October 2019: 'as soon as possible' is the vague 60-day window, 8
    # December 2019, end of day Dublin (GMT)
    B(
        text='The outcome of this inspection is currently being finalised with the intention of issuing any payment due under the Areas of Natural Constraints Scheme as soon as possible.',
        due='2019-12-08 23:59:59',
        vague=True,
        said='2019-10-09 09:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.oireachtas.ie/ga/debates/question/2019-10-09/section/135/',
        published='2019-10-09',
    ),
    # a performance.gov (OMB) blog post on the FY 2024 second-quarter updates (page undated; published
    # after the quarter, reference taken as 13 June 2024; the label holds for any day after 31 March
    # 2024): the quarter reported on, 'January 1 through March 31' of fiscal year 2024, is past; no
    # deadline
    B(
        text='Today’s updates mark reporting from the second quarter of the FY 2024 performance period covering January 1 through March 31.',
        due=None,
        vague=False,
        said='2024-06-13 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=4,
        source='https://staging.performance.gov/blog/2024-q2-agency-priority-goal-updates',
        published='2024-06-13',
    ),
    # a Commons written answer of February 2025 (the sample page covers 7 to 17 February 2025,
    # reference taken as 14 February 2025): '2024-25' on a GB publisher is the financial year ending
    # 31 March 2025, end of day London (BST from 30 March); '£85 million' is an amount. Unsure: a
    # saving expected over the year is a target rather than a pledged deadline, as the earlier sets
    # read 'there will be €70 million spent this year'
    B(
        text='The Government Communications Service is expecting to save £85 million in 2024-25 from reducing unnecessary communications spend.',
        due='2025-03-31 22:59:59',
        vague=False,
        said='2025-02-14 10:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://parallelparliament.co.uk/mp/richard-holden/email-sample',
        published='2025-02-14',
    ),
    # House of Lords Business for 12 April 2016: an oral question; '2017–18' is the term of the
    # Council seat, a label, not a deadline (nor a GB financial year)
    B(
        text='*Lord Sheikh to ask Her Majesty’s Government what is their assessment of Kazakhstan’s bid to secure a non-permanent seat on the United Nations Security Council for 2017–18.',
        due=None,
        vague=False,
        said='2016-04-12 09:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=4,
        source='https://publications.parliament.uk/pa/ld201516/minutes/160412/ldordpap.htm',
        published='2016-04-12',
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
    # a Lords written question of 15 May 2002 about the Government's standing aims for responding to
    # committee reports ('within two months', 'within six months' of each report): a recurring
    # standard, no single deadline
    B(
        text='Why they aim to respond to reports of House of Commons Select Committees and the House of Lords European Union Committee within two months but only aim to respond to all other House of Lords Select Committee reports within six months.',
        due=None,
        vague=False,
        said='2002-05-15 09:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=5,
        source='https://api.parliament.uk/historic-hansard/written_answers/2002/may/15/house-of-lords-select-committee-reports',
        published='2002-05-15',
    ),
    # a European Commission infringements release carried by The European Sting on 21 July 2023: 'the
    # deadline of 30 June 2023' is one already missed when spoken (they 'have not communicated' by
    # it): the past, not rolled to next year
    B(
        text='The Commission is sending letters of formal notice to four Member States (Belgium, Luxembourg, Hungary, Slovakia) since they have not communicated complete transposition of these derogations into national law by the deadline of 30 June 2023.',
        due=None,
        vague=False,
        said='2023-07-21 08:00:00',
        tz='Europe/Brussels',
        refusal='past',
        cluster=5,
        source='https://europeansting.com/2023/07/21/non-transposition-of-eu-legislation-commission-takes-action-to-ensure-complete-and-timely-transposition-of-eu-directives-4/',
        published='2023-07-21',
    ),
    # a European Commission infringements release carried by ieu-monitoring.com (page undated; from
    # its content early 2025, reference taken as 12 February 2025; the label holds for any later day):
    # a deadline of 31 December 2024 that was failed: the past
    B(
        text='However, the Member States concerned have failed to communicate their transposition measures to the Commission by 31 December 2024.',
        due=None,
        vague=False,
        said='2025-02-12 09:00:00',
        tz='Europe/Brussels',
        refusal='past',
        cluster=5,
        source='https://ieu-monitoring.com/editorial/complete-and-timely-transposition-of-eu-laws-eu-commission-takes-action/539151?utm_source=ieu-portal',
        published='2025-02-12',
    ),
    # Census Bureau release of 14 June 2022: 'may not publish ... until ... June 30 at 12:01 a.m. EDT'
    # gives only the earliest time something may be done: earliest 00:01 EDT on 30 June 2022 (04:01
    # UTC), no deadline
    B(
        text='You may not publish, broadcast or post embargoed information online, distribute it via wire or distribution services, or share it with nonembargo members until the public release date and time, June 30 at 12:01 a.m. EDT.',
        due=None,
        vague=False,
        said='2022-06-14 14:00:00',
        tz='America/New_York',
        refusal='earliest',
        earliest='2022-06-30 04:01:00',
        cluster=5,
        source='https://census.gov/newsroom/press-releases/2022/population-estimates-characteristics-embargo.html',
        published='2022-06-14',
    ),
    # the same Kremlin announcement (1 June 2021): the sentence reports a vote held 'On May 24–30'
    # (the past); 'the September 19 elections' only names the elections the candidates are for.
    # Unsure: 'due to take part in the September 19 elections' is ahead, so 19 September 2021 is a
    # reading some would take
    B(
        text='On May 24–30, the party held a preliminary vote (primaries) that involved prospective candidates due to take part in the September 19 elections at all levels, including the State Duma elections.',
        due=None,
        vague=False,
        said='2021-06-01 07:00:00',
        tz='Europe/Moscow',
        refusal='past',
        cluster=5,
        source='https://newskitchen.eu/2021/06/01/on-june-2-president-will-chair-meeting-with-government-members-and-will-meet-with-united-russia-leaders/',
        published='2021-06-01',
    ),
    # a Commons written answer of 28 April 2003: 'came into force on 1 January 2001' is the past;
    # 'applies to all public consultations' a standing rule with no date
    B(
        text='The Cabinet Office Code of Practice on Written Consultation came into force on 1 January 2001 and applies to all public consultations.',
        due=None,
        vague=False,
        said='2003-04-28 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://api.parliament.uk/historic-hansard/written-answers/2003/apr/28/code-of-practice',
        published='2003-04-28',
    ),
    # Dáil, 28 November 2001: a reply given 'On 26 October 2000': the past
    B(
        text='On 26 October 2000, in reply to a question by Deputy Howlin, I gave a detailed response on the various recommendations contained in the first report.',
        due=None,
        vague=False,
        said='2001-11-28 10:30:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source='http://www.oireachtas.ie/ga/debates/debate/dail/2001-11-28/12/',
        published='2001-11-28',
    ),
    # a Commons written answer of 9 January 2025: a reply standard for every letter ('within 20
    # working days' of each), recurring, no single deadline; '80%' is a share
    B(
        text='The Department is committed to meeting the target of responding to at least 80% of correspondence from Hon. Members within 20 working days.',
        due=None,
        vague=False,
        said='2025-01-09 10:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=5,
        source='https://questions-statements.parliament.uk/written-questions/detail/2025-01-06/22204',
        published='2025-01-09',
    ),
    # a Commons written answer on ministers' interests (page undated; from its content after July
    # 2023, reference taken as 18 December 2023; the label does not depend on it): a move that waits
    # for an undated deployment (event); 'quarterly' and 'monthly' are rates
    B(
        text="Following the deployment and adoption of an integrated database, the Government will look to move departments' transparency publications from a quarterly to a monthly basis.",
        due=None,
        vague=False,
        said='2023-12-18 10:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source='https://parallelparliament.co.uk/question/7805/ministers-members-interests',
        published='2023-12-18',
    ),
    # the same written answer: 'published twice yearly' is a standing schedule, recurring, no single
    # deadline
    B(
        text='Separately, and in line with the Ministerial Code, the List of Ministers’ Interests is published twice yearly with updates issued at other times as needed.',
        due=None,
        vague=False,
        said='2023-12-18 10:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=5,
        source='https://parallelparliament.co.uk/question/7805/ministers-members-interests',
        published='2023-12-18',
    ),
    # the same briefing: 'This past year' and 'since ... January of 2002' are the past; '65 million'
    # and '5.6 million' are counts
    B(
        text='This past year, more than 65 million Americans volunteered, a 5.6 million increase since the President issued his call to service in January of 2002.',
        due=None,
        vague=False,
        said='2006-04-26 16:18:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source='https://georgewbush-whitehouse.archives.gov/news/releases/2006/04/print/text/20060426-4.html',
        published='2006-04-26',
    ),
    # the same NASA post: a date that 'was previously planned' and has been replaced (by 8 January
    # 2022): dropped, no deadline, although the day is still ahead when written
    B(
        text='The launch was previously planned for Dec. 7, 2021.',
        due=None,
        vague=False,
        said='2021-07-30 14:00:00',
        tz='America/New_York',
        refusal='negated',
        cluster=5,
        source='https://blogs.nasa.gov/kennedy/2021/07',
        published='2021-07-30',
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
    # Seanad, 24 June 2009: 'the end of this week' is its Sunday, 28 June 2009, end of day Dublin
    # (IST). Unsure: 'it is hoped' hedges the plan, and a working week's end (Friday 26 June) is a
    # reading some would take
    B(
        text='It is hoped that the civil union Bill will be published at the end of this week.',
        due='2009-06-28 22:59:59',
        vague=False,
        said='2009-06-24 10:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.kildarestreet.com/sendebates/?gid=2009-06-24.125.0',
        published='2009-06-24',
    ),
    # a Department of Defense news release of 5 May 2017 (NR-163-17, carried by GlobalSecurity.org):
    # 'by the end of the year', 31 December 2017, end of day Eastern (EST)
    B(
        text='The process will culminate in a final report and will be delivered to the president by the end of the year.',
        due='2018-01-01 04:59:59',
        vague=False,
        said='2017-05-05 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://www.globalsecurity.org/space/library/news/2017/space-170505-dod01.htm',
        published='2017-05-05',
    ),
    # a Department of Commerce blog post on the Census Bureau's December releases (read in the UNT web
    # archive; the post is of 6 December 2010, the day of the first release it reports): 'by Dec. 31',
    # 31 December 2010, end of day Eastern (EST); '2010 Census' is a name
    B(
        text='Finally, by Dec. 31 as required by law, the Census Bureau will report the first set of data from the 2010 Census: the national and state populations as well as the apportionment of seats to each state in the U.S. House of Representatives.',
        due='2011-01-01 04:59:59',
        vague=False,
        said='2010-12-06 15:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://webarchive.library.unt.edu/web/20120915185758/http://www.commerce.gov/blog/category/867',
        published='2010-12-06',
    ),
    # a kremlin.ru announcement of 1 June 2021 (carried by newskitchen.eu): 'On June 2', the next day,
    # end of day Moscow
    B(
        text='On June 2, Vladimir Putin will chair a regular meeting with members of the Russian Federation’s Government, via videoconference.',
        due='2021-06-02 20:59:59',
        vague=False,
        said='2021-06-01 07:00:00',
        tz='Europe/Moscow',
        cluster=6,
        source='https://newskitchen.eu/2021/06/01/on-june-2-president-will-chair-meeting-with-government-members-and-will-meet-with-united-russia-leaders/',
        published='2021-06-01',
    ),
    # the same Kremlin announcement (1 June 2021): 'on June 19', end of day Moscow
    B(
        text='United Russia will approve the final lists of candidates at its convention on June 19.',
        due='2021-06-19 20:59:59',
        vague=False,
        said='2021-06-01 07:00:00',
        tz='Europe/Moscow',
        cluster=6,
        source='https://newskitchen.eu/2021/06/01/on-june-2-president-will-chair-meeting-with-government-members-and-will-meet-with-united-russia-leaders/',
        published='2021-06-01',
    ),
    # Commons points of order of 8 December 2021 (Hansard, carried by streetguide.co.uk): 'runs until
    # 20 January' is the consultation's close, the coming 20 January 2022, end of day London (GMT)
    B(
        text='The consultation runs until 20 January.',
        due='2022-01-20 23:59:59',
        vague=False,
        said='2021-12-08 13:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://streetguide.co.uk/parliament/debate/4295C086-FA28-481D-A896-B6202FD34B64/4439',
        published='2021-12-08',
    ),
    # White House press gaggle of 13 August 2007, 1:02 p.m. EDT (American Presidency Project): 'on
    # August 22nd', end of day in the publisher's zone, Eastern (EDT); Kansas City's own day ends an
    # hour later, which the conventions do not use
    B(
        text='He will make remarks at the Veterans of Foreign Wars National Convention in Kansas City on August 22nd; that will be open press.',
        due='2007-08-23 03:59:59',
        vague=False,
        said='2007-08-13 17:02:00',
        tz='America/New_York',
        cluster=6,
        source='https://www.presidency.ucsb.edu/documents/press-gaggle-dana-perino-52',
        published='2007-08-13',
    ),
    # White House press gaggle of Friday 21 July 2006, 11:27 a.m. EDT: 'remain until Sunday' ends the
    # stay on the coming Sunday, 23 July 2006, end of day Eastern (EDT)
    B(
        text='Then we will head to Crawford, where the President will remain until Sunday.',
        due='2006-07-24 03:59:59',
        vague=False,
        said='2006-07-21 15:27:00',
        tz='America/New_York',
        cluster=6,
        source='https://georgewbush-whitehouse.archives.gov/news/releases/2006/07/print/20060721-2.html',
        published='2006-07-21',
    ),
    # the same gaggle (Friday 21 July 2006), giving the week ahead: 'On Monday' is the coming Monday,
    # 24 July 2006, end of day Eastern (EDT)
    B(
        text='On Monday, the President will make remarks at a naturalization ceremony at Walter Reed Army Medical Center.',
        due='2006-07-25 03:59:59',
        vague=False,
        said='2006-07-21 15:27:00',
        tz='America/New_York',
        cluster=6,
        source='https://georgewbush-whitehouse.archives.gov/news/releases/2006/07/print/20060721-2.html',
        published='2006-07-21',
    ),
    # White House press briefing of 26 April 2006, 12:18 p.m. EDT: 'tomorrow', 27 April 2006, end of
    # day Eastern (EDT)
    B(
        text='The President is looking forward to going back to the Gulf Coast region tomorrow.',
        due='2006-04-28 03:59:59',
        vague=False,
        said='2006-04-26 16:18:00',
        tz='America/New_York',
        cluster=6,
        source='https://georgewbush-whitehouse.archives.gov/news/releases/2006/04/print/text/20060426-4.html',
        published='2006-04-26',
    ),
    # a NASA Kennedy blog post on the same archive page (undated there; reference taken as 30 July
    # 2021, the label holds for any day of 2021): the new target 'Jan. 8, 2022', end of day Eastern
    # (EST)
    B(
        text='NASA and the National Oceanic and Atmospheric Administration (NOAA) are now targeting Jan. 8, 2022, for the launch of the Geostationary Operational Environmental Satellite T (GOES-T) mission.',
        due='2022-01-09 04:59:59',
        vague=False,
        said='2021-07-30 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://blogs.nasa.gov/kennedy/2021/07',
        published='2021-07-30',
    ),
    # the same NMFS notice (23 November 2021): 'by December 27, 2021', end of day in the publisher's
    # zone (HST, UTC-10). Unsure: Federal Register comment deadlines are often read in Eastern time,
    # which would end the day five hours earlier
    B(
        text='Comments must be received by December 27, 2021, as specified under ADDRESSES.',
        due='2021-12-28 09:59:59',
        vague=False,
        said='2021-11-23 20:00:00',
        tz='Pacific/Honolulu',
        cluster=6,
        source='https://www.govinfo.gov/content/pkg/FR-2021-11-23/html/2021-25562.htm',
        published='2021-11-23',
    ),
)
