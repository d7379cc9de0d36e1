"""A FIFTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-01 by a labelling helper (branch issue12l-s7) that
neither changed nor ran the parser: it read only the conventions written in the
docstrings (`blind_real.py`, the parser's package docstring, `blind_fresh2.py`,
`blind_fresh4.py`), the README next to this file and the scoring rule of
`bench/deadlines.py` (a case is right when both say no deadline, or the due instant
agrees to the minute and, for a case labelled vague, the parser's result is vague too).
The sentences were found with a search over stored copies of public pages and taken as
they came in the pages read (orders of business and sitting times, written statements,
written answers and questions, order papers, committee news, Federal Register notices
and summaries, fishery bulletins, launch and spacewalk notes, presidential instructions,
White House briefings and statements, Voice of America copy, European Commission
infringement news, an EU directive, a Wikinews report); no address already listed in
README.md and no sentence already in another set. Each label was worked out by hand
from the words, the publication date and the publisher's zone alone; the UTC wall times
were computed from local times with the standard library's zoneinfo, never with project
code. No run of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the
tests touched these texts before the labels were committed; the helper improving the
parser has not seen them.

Same conventions as `blind_real.py` (its docstring) and the earlier fresh sets: the
publisher's zone (UK Parliament: Europe/London; Oireachtas: Europe/Dublin; kremlin.ru:
Europe/Moscow; US federal publishers and VOA: America/New_York, except the NMFS Alaska
Region, America/Anchorage; the European Commission and the text of an EU directive:
Europe/Brussels; Wikinews: UTC); the publication date at 10:00 local unless the source
gives the time; a day falls due at 23:59:59 local; a clock time with a zone word is that
instant; a clock time without one is in the publisher's zone and is its next occurrence;
"midnight" is 23:59:59 of that day (the parser's documented midnight); "2 o'clock" in a
sitting-day schedule is 2 p.m.; a range or a schedule falls due at its later end; a span
"of the date of this order" counts from the order's date; vague windows as in the
parser's docstring (60 days for "shortly", 7 days for "without delay"); early/mid/late
split a period in thirds; seasons are meteorological; the GB financial year ends
31 March; refusals have `due=None` and a `refusal` kind (earliest | negated | past |
event | recurring), with `earliest` for earliest-only wording. Where the carrying page
shows no date, the comment says which reference was taken and whether the label depends
on it. Labels marked "unsure" in their comment are the ones a reviewer may argue; like
every label here they stay as committed, whatever the first run shows. First run: not
yet taken (the lead runs it once, after merging, and records it in README.md). Sources
and licences are in README.md next to this file ("Fifth fresh blind set"). Never edit
these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

FRESH5_CASES: tuple[BlindCase, ...] = (
    # -- cluster 1: numbers: years, counts and numbers that are not times
    # 'won elections in 1997 after seven years of civil war': the past; 'seven years' is a past duration
    B(
        text='Mr. Taylor, himself a former rebel, won elections in 1997 after seven years of civil war.',
        due=None,
        vague=False,
        said='2003-06-11 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=1,
        source='https://www.voanews.com/a/a-13-a-2003-06-11-24-liberia/390162.html',
        published='2003-06-11',
    ),
    # 'over the course of five years' is how long a requested authorization would run, from an undated grant (event); the listing page shows no date (taken as 1 June 2018), and the refusal does not depend on it
    B(
        text='NMFS has received a request from Hilcorp Alaska (Hilcorp) for authorization to take marine mammals incidental to construction and operation of the Liberty Drilling and Production Island (LDPI), over the course of five years.',
        due=None,
        vague=False,
        said='2018-06-01 14:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=1,
        source='https://regulations.justia.com/regulations/fedreg/agencies/department-of-commerce/national-oceanic-and-atmospheric-administration?page=137',
        published='2018-06-01',
    ),
    # 'In November 2020, the Commission sent letters': the past; '23' is a count
    B(
        text='In November 2020, the Commission sent letters of formal notice to 23 Member States for not having notified full transposition.',
        due=None,
        vague=False,
        said='2021-09-23 08:00:00',
        tz='Europe/Brussels',
        refusal='past',
        cluster=1,
        source='https://digital-strategy.ec.europa.eu/en/news/audiovisual-media-commission-calls-member-states-fully-transpose-eu-rules-audiovisual-content',
        published='2021-09-23',
    ),
    # press briefing of 10 July 2002: '111 days ago' is the past
    B(
        text='If the House of Representatives was able to pass the supplemental appropriation 111 days ago, you just have to wonder why it takes this long.',
        due=None,
        vague=False,
        said='2002-07-10 16:30:00',
        tz='America/New_York',
        refusal='past',
        cluster=1,
        source='https://georgewbush-whitehouse.archives.gov/infocus/internationaltrade/20020710.html',
        published='2002-07-10',
    ),
    # a survey 'carried out in 2001' and 'lasted at least 12 weeks': the past and a duration, no deadline
    B(
        text='However, in a survey of Government written consultations carried out in 2001, 80 per cent. lasted at least 12 weeks.',
        due=None,
        vague=False,
        said='2003-05-12 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=1,
        source='https://hansard.parliament.uk/Commons/2003-05-12/debates/6f505b20-1c5d-4b79-b8e7-2e0b33f2001d/ConsultationDocuments',
        published='2003-05-12',
    ),
    # 'only 8 days remaining' from 31 October 2009: 8 November 2009, end of day UTC
    B(
        text='It is a work in progress, and there is only 8 days remaining!',
        due='2009-11-08 23:59:59',
        vague=False,
        said='2009-10-31 10:00:00',
        tz='UTC',
        precision='day',
        cluster=1,
        source='https://en.m.wikinews.org/wiki/User:ShakataGaNai/Around_enWikinews',
        published='2009-10-31',
    ),
    # bulletin of 27 January 2000, 4:30 p.m. AKST: the closure takes effect at 12 noon Alaska local time (AKST) on 31 January 2000; 610, 159, 170 are an area and longitudes
    B(
        text='The National Marine Fisheries Service (NMFS) is prohibiting directed fishing for pollock in Statistical Area 610 (between 159 degrees and 170 degrees W. longitudes) in the Gulf of Alaska, effective 12 noon, Alaska local time, January 31, 2000, according to Steven Pennoyer, Administrator, Alaska Region, NMFS.',
        due='2000-01-31 21:00:00',
        vague=False,
        said='2000-01-28 01:30:00',
        tz='America/Anchorage',
        precision='hour',
        cluster=1,
        source='https://webarchive.library.unt.edu/eot2008/20080923220558/http:/www.fakr.noaa.gov/infobulletins/2000_infobulletins/g61plk1q.html',
        published='2000-01-27',
    ),
    # bulletin of 19 July 2006, 4:00 p.m. AKDT: effective 12 noon AKDT, 21 July 2006; 620, 630, 147, 159 are areas and longitudes
    B(
        text='The National Marine Fisheries Service (NMFS) is prohibiting directed fishing for northern rockfish in the Central Regulatory Area (Statistical Areas 620 and 630, between 147 degrees and 159 degrees W. longitudes) of the Gulf of Alaska (GOA), effective 12 noon, Alaska local time, July 21, 2006, according to Robert D. Mecum, Acting Administrator, Alaska Region, NMFS.',
        due='2006-07-21 20:00:00',
        vague=False,
        said='2006-07-20 00:00:00',
        tz='America/Anchorage',
        precision='hour',
        cluster=1,
        source='https://webarchive.library.unt.edu/eot2008/20080921184802/http://www.fakr.noaa.gov/index/infobulletins/bulletin.asp?BulletinID=2771',
        published='2006-07-19',
    ),
    # an OIRA data-call memorandum (US federal work, on a republishing blog): submissions due by 31 March 2017, end of day Eastern; the page shows no date for the memo (it cites an order of 30 January 2017), taken as 1 March 2017; the label does not depend on it
    B(
        text='As you design your submissions (which are due by March 31, 2017) we ask that you give especially careful attention to the principles and requirements identified in EO 13771, “Reducing Regulation and Controlling Regulatory Costs,” 82 FR 9339 (Jan. 30, 2017)',
        due='2017-04-01 03:59:59',
        vague=False,
        said='2017-03-01 15:00:00',
        tz='America/New_York',
        precision='day',
        cluster=1,
        source='https://zeitgeist77.wordpress.com/category/election/america-election/2016-president/1-270/republican/trump/president-action/',
        published='2017-03-01',
    ),
    # a target year: 'by 2035' falls due at the end of 2035 (London)
    B(
        text="To this end, the UK innovation strategy sets out the Government's vision to make the UK a global hub for innovation by 2035, placing innovation at the centre of everything this nation does.",
        due='2035-12-31 23:59:59',
        vague=False,
        said='2021-07-22 09:00:00',
        tz='Europe/London',
        precision='year',
        cluster=1,
        source='https://hansard.parliament.uk/commons/2021-07-22/debates/186abe83-77e5-4905-a3d6-874219c7853e/WrittenStatements',
        published='2021-07-22',
    ),
    # a question about a target 'by March 2003': the end of March 2003 (BST); '60 per cent.' is an amount
    B(
        text='To ask the Secretary of State for Environment, Food and Rural Affairs what recent assessment she has made of whether the target to review 60 per cent. of departmental services by March 2003 will be met.',
        due='2003-03-31 22:59:59',
        vague=False,
        said='2002-04-11 09:00:00',
        tz='Europe/London',
        precision='month',
        cluster=1,
        source='https://api.parliament.uk/historic-hansard/written_answers/2002/apr/11/service-reviews',
        published='2002-04-11',
    ),
    # 'as part of the 2002 Spending Review process': the year names an exercise, no deadline (event)
    B(
        text='The target will be reviewed as part of the 2002 Spending Review process.',
        due=None,
        vague=False,
        said='2002-04-11 09:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=1,
        source='https://api.parliament.uk/historic-hansard/written_answers/2002/apr/11/service-reviews',
        published='2002-04-11',
    ),
    # EPA hearing announcement (on a blog; US federal text): pre-register 'by November 13, 2009', end of day Eastern; the post's day is not shown (November 2009), taken as 1 November; the label does not depend on it
    B(
        text='Members of the public who want to speak at the hearings may pre-register for a specific speaking time by contacting Pamela Long at long.pam@epa.gov or (919) 541-0641 by November 13, 2009.',
        due='2009-11-14 04:59:59',
        vague=False,
        said='2009-11-01 15:00:00',
        tz='America/New_York',
        precision='day',
        cluster=1,
        source='http://cenvironment.blogspot.com/2009/11/epa-public-hearing-dates-on-proposed.html',
        published='2009-11-01',
    ),
    # 'before the end of 2023' is 31 December 2023, end of day Moscow; '3' is an age; the print page shows no date (the instructions follow the 2021 Address; taken as 10 August 2021), and the label does not depend on it
    B(
        text='According to the instructions, the Government, in cooperation with the regional executive authorities, must make preschool education accessible to all children under 3 before the end of 2023',
        due='2023-12-31 20:59:59',
        vague=False,
        said='2021-08-10 07:00:00',
        tz='Europe/Moscow',
        precision='year',
        cluster=1,
        source='http://en.kremlin.ru/acts/assignments/execution/66331/print',
        published='2021-08-10',
    ),
    # 'during the current Dáil session': the session's end is not dated (event); 29 and 32 are counts
    B(
        text='During the current Dáil session, we will build on that work through the priority publication of 29 Bills and the drafting of a further 32.',
        due=None,
        vague=False,
        said='2024-10-16 12:05:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=1,
        source='https://kildarestreet.com/debates/?id=2024-10-16a.200&s=section%3Adebates+OR+section%3Acommittees+speaker%3A465+speaker%3A400+speaker%3A400+speaker%3A400+speaker%3A400+speaker%3A400+speaker%3A400+speaker%3A400+speaker%3A400+speaker%3A215+speaker%3A215+speaker%3A417+speaker%3A120+speaker%3A120+speaker%3A120+speaker%3A256+speaker%3A515+speaker%3A46+speaker%3A466+speaker%3A267+speaker%3A267+speaker%3A338+speaker%3A133+speaker%3A133+speaker%3A133+speaker%3A359+speaker%3A2+speaker%3A516+speaker%3A516+speaker%3A527+speaker%3A315+speaker%3A81+speaker%3A415+speaker%3A415+speaker%3A415+speaker%3A53+speaker%3A520+speaker%3A502+speaker%3A410+speaker%3A410+speaker%3A531+speaker%3A428+speaker%3A53+speaker%3A106+speaker%3A106+speaker%3A110+speaker%3A110',
        published='2024-10-16',
    ),
    # a target 'for the year 2007': the end of 2007 (Dublin); '1 billion' is an amount
    B(
        text='We have set ourselves a target of €1 billion in this regard for the year 2007.',
        due='2007-12-31 23:59:59',
        vague=False,
        said='2004-07-08 09:30:00',
        tz='Europe/Dublin',
        precision='year',
        cluster=1,
        source='https://www.oireachtas.ie/en/debates/debate/dail/2004-07-08/3/',
        published='2004-07-08',
    ),
    # a figure for the current year, no deadline; '400 million' is an amount
    B(
        text='However, the figure for 2004 is only €400 million.',
        due=None,
        vague=False,
        said='2004-07-08 09:30:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=1,
        source='https://www.oireachtas.ie/en/debates/debate/dail/2004-07-08/3/',
        published='2004-07-08',
    ),
    # BOEM will open bids 'On Wednesday, August 16, 2017': end of that day, Eastern; '249' is a sale number; the listing shows no date for the notice, taken as 14 July 2017 (the label does not depend on it)
    B(
        text='On Wednesday, August 16, 2017, the Bureau of Ocean Energy Management (BOEM) will open and publicly announce bids received for blocks offered in the Gulf of Mexico (GOM) Outer Continental Shelf (OCS) Regionwide Oil and Gas Lease Sale 249 (GOM Regionwide Sale 249), in accordance with the provisions of the Outer Continental Shelf Lands Act (OCSLA), as amended, and the implementing regulations issued pursuant thereto.',
        due='2017-08-17 03:59:59',
        vague=False,
        said='2017-07-14 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=1,
        source='https://regulations.justia.com/regulations/fedreg/agencies/department-of-the-interior/2017?page=11',
        published='2017-07-14',
    ),
    # the Government's '2050 net zero target': the end of 2050 (as 'committed to 2038' in the tuning set); 902929 is a question number
    B(
        text="Henry Smith (Crawley) What progress she has made on reaching the Government's 2050 net zero target. (902929)",
        due='2050-12-31 23:59:59',
        vague=False,
        said='2024-05-21 09:00:00',
        tz='Europe/London',
        precision='year',
        cluster=1,
        source='https://commonsbusiness.digiminster.com/Document/87864/Html?subType=Standard',
        published='2024-05-21',
    ),
    # -- cluster 2: clock times and zone words
    # CRS-7 launch day blog (28 June 2015, less than an hour before launch, so about 09:30 EDT): the launch instant 10:21 a.m. EDT
    B(
        text='With less than hour before launch at 10:21 a.m. EDT, the countdown continues on schedule.',
        due='2015-06-28 14:21:00',
        vague=False,
        said='2015-06-28 13:30:00',
        tz='America/New_York',
        precision='minute',
        cluster=2,
        source='https://blogs.nasa.gov/spacex/page/39/?linkId=15730823',
        published='2015-06-28',
    ),
    # post after the scrub of 13 April 2015 (afternoon, taken as 5 p.m. EDT): the next opportunity 'Tuesday, April 14, at 4:10:40 p.m. EDT', to the minute
    B(
        text='The next launch opportunity is Tuesday, April 14, at 4:10:40 p.m. EDT.',
        due='2015-04-14 20:10:40',
        vague=False,
        said='2015-04-13 21:00:00',
        tz='America/New_York',
        precision='minute',
        cluster=2,
        source='https://blogs.nasa.gov/spacex/2015/04/13/next-launch-opportunity-tuesday-410-p-m/',
        published='2015-04-13',
    ),
    # 'will begin at 3 p.m.' without a day or zone word: the publisher's zone, the next 3 p.m. after the evening post, i.e. launch day, 14 April
    B(
        text='Our continuous launch coverage will begin at 3 p.m. here on the launch blog and on NASA Television',
        due='2015-04-14 19:00:00',
        vague=False,
        said='2015-04-13 21:00:00',
        tz='America/New_York',
        precision='hour',
        cluster=2,
        source='https://blogs.nasa.gov/spacex/2015/04/13/next-launch-opportunity-tuesday-410-p-m/',
        published='2015-04-13',
    ),
    # 'taken today ... brought to a conclusion at 1.30 p.m.': 13:30 that day (Irish time, GMT in March)
    B(
        text='the Report and Final Stages of No. 23 shall be taken today, and the proceedings thereon shall, if not previously concluded, be brought to a conclusion at 1.30 p.m. by one question, which shall be put from the Chair',
        due='2007-03-01 13:30:00',
        vague=False,
        said='2007-03-01 10:30:00',
        tz='Europe/Dublin',
        precision='minute',
        cluster=2,
        source='https://www.oireachtas.ie/ga/debates/debate/dail/2007-03-01/10/',
        published='2007-03-01',
    ),
    # 'sit later than 8.30 p.m.' is only a start; the limit is 'interrupted not later than 10 p.m.' tonight (IST); the page times the Order of Business at 11:00
    B(
        text='It is proposed, notwithstanding anything in Standing Orders, that the Dáil shall sit later than 8.30 p.m. tonight and that business shall be interrupted not later than 10 p.m.',
        due='2010-06-30 21:00:00',
        vague=False,
        said='2010-06-30 10:00:00',
        tz='Europe/Dublin',
        precision='minute',
        cluster=2,
        source='https://www.kildarestreet.com/debate/?id=2010-06-30.230.0',
        published='2010-06-30',
    ),
    # 'taken today ... brought to a conclusion at 7 p.m.': 19:00 IST that day
    B(
        text='Report and Final Stages of No. 20a shall be taken today and the proceedings thereon shall, if not previously concluded, be brought to a conclusion at 7 p.m. by one question which shall be put from the Chair and which shall in relation to amendments include only those set down or accepted by the Minister for Social Protection',
        due='2010-06-30 18:00:00',
        vague=False,
        said='2010-06-30 10:00:00',
        tz='Europe/Dublin',
        precision='minute',
        cluster=2,
        source='https://www.kildarestreet.com/debate/?id=2010-06-30.230.0',
        published='2010-06-30',
    ),
    # 'at 10 p.m. tonight' (IST); the page's time stamp for the Order of Business reads 4:00 (taken as is; the label does not depend on it)
    B(
        text='the proceedings on the Committee and Remaining Stages shall, if not previously concluded, be brought to a conclusion at 10 p.m. tonight by one question which shall be put from the Chair',
        due='2010-07-06 21:00:00',
        vague=False,
        said='2010-07-06 03:00:00',
        tz='Europe/Dublin',
        precision='minute',
        cluster=2,
        source='https://www.kildarestreet.com/debate/?id=2010-07-06.247.0',
        published='2010-07-06',
    ),
    # 'interrupted at 6 p.m.' today (Irish time; GMT in March 1974)
    B(
        text='It is proposed by agreement that the House sit one hour later today and that business be interrupted at 6 p.m.',
        due='1974-03-07 18:00:00',
        vague=False,
        said='1974-03-07 10:30:00',
        tz='Europe/Dublin',
        precision='minute',
        cluster=2,
        source='https://www.oireachtas.ie/ga/debates/debate/dail/1974-03-07/2/',
        published='1974-03-07',
    ),
    # 'sit later than 2.30 p.m.' is a start; the limit is 'not later than 6 p.m.' to-day (Irish time of 1943 as zoneinfo gives it)
    B(
        text='That the Dáil sit later than 2.30 p.m. to-day, and that the Order for the Adjournment be taken not later than 6 p.m.',
        due='1943-07-09 17:00:00',
        vague=False,
        said='1943-07-09 09:30:00',
        tz='Europe/Dublin',
        precision='minute',
        cluster=2,
        source='https://www.oireachtas.ie/en/debates/debate/dail/1943-07-09/7/',
        published='1943-07-09',
    ),
    # an agreement in force that the business 'will finish by 2 o'clock' (a sitting-day 2 o'clock is 2 p.m.) that day; unsure: the speaker then moves to extend it to 6, but this sentence states the 2 o'clock agreement
    B(
        text="There has been an agreement that the business will finish by 2 o'clock and that a reasonable time for replying will be given to me before then.",
        due='1943-07-09 13:00:00',
        vague=False,
        said='1943-07-09 09:30:00',
        tz='Europe/Dublin',
        precision='hour',
        cluster=2,
        source='https://www.oireachtas.ie/en/debates/debate/dail/1943-07-09/7/',
        published='1943-07-09',
    ),
    # NASA TV programme note for the Glover-Hopkins spacewalk of 1 February 2021 (on a mirror; the note's own date is not shown, taken as the day before): 'at about 7 a.m. EST' is 7:00 EST on the spacewalk day; the label is the same whether the note was read that morning or the day before
    B(
        text="NASA astronauts Victor Glover and Michael Hopkins will exit the orbiting lab's Quest airlock at about 7 a.m. EST, to complete tasks including battery maintenance and installing high definition cameras.",
        due='2021-02-01 12:00:00',
        vague=False,
        said='2021-01-31 15:00:00',
        tz='America/New_York',
        precision='minute',
        cluster=2,
        source='https://nasatelevision.kgup.info/ia6pg56qmml-oYM/spacewalk-to',
        published='2021-01-31',
    ),
    # 'begins at 5:30 a.m.' without a zone word: the publisher's zone (Eastern), the next 5:30 a.m., the morning of the spacewalk
    B(
        text='Live coverage on NASA Television begins at 5:30 a.m..',
        due='2021-02-01 10:30:00',
        vague=False,
        said='2021-01-31 15:00:00',
        tz='America/New_York',
        precision='minute',
        cluster=2,
        source='https://nasatelevision.kgup.info/ia6pg56qmml-oYM/spacewalk-to',
        published='2021-01-31',
    ),
    # NOAA SAB meeting notice (Federal Register of 16 May 2019, in the AIBS summary): the range's later end, 4:00 p.m. EDT on 18 June 2019
    B(
        text='DATES: The meeting will be held Tuesday, June 18, 2019 from 1:00 p.m. EDT to 4:00 p.m. EDT.',
        due='2019-06-18 20:00:00',
        vague=False,
        said='2019-05-16 14:00:00',
        tz='America/New_York',
        precision='minute',
        cluster=2,
        source='https://www.aibs.org/federal-register-resource/2019_05_17.html',
        published='2019-05-16',
    ),
    # 'adjourn until 2.30 p.m. on Wednesday, 29 September 2004': the House's return, 14:30 Irish summer time; unsure: an adjournment 'until' may be read as only a start, but the earlier sets label a stated return as due
    B(
        text='the Dáil on its rising today shall adjourn until 2.30 p.m. on Wednesday, 29 September 2004.',
        due='2004-09-29 13:30:00',
        vague=False,
        said='2004-07-08 09:30:00',
        tz='Europe/Dublin',
        precision='minute',
        cluster=2,
        source='https://www.oireachtas.ie/en/debates/debate/dail/2004-07-08/3/',
        published='2004-07-08',
    ),
    # 'taken today ... brought to a conclusion at midnight': the parser's documented midnight, 23:59:59 that day (IST)
    B(
        text='(2) Report and Final Stages of No. 19 shall be taken today and the proceedings thereon shall, if not previously concluded, be brought to a conclusion at midnight by one question which shall be put from the Chair and which shall, in relation to amendments, include only those set down or accepted by the Minister for Health',
        due='2013-07-10 22:59:59',
        vague=False,
        said='2013-07-10 09:55:00',
        tz='Europe/Dublin',
        precision='minute',
        cluster=2,
        source='https://www.kildarestreet.com/debates/?id=2013-07-10a.41',
        published='2013-07-10',
    ),
    # -- cluster 3: several dates in one sentence
    # of the two dates in the clause the later, 'report ... by June 10', is the deadline (the year from 'May 15, 2016'); the item is the Executive Order on the National Anti-Corruption Plan for 2016-2017 (1 April 2016 by its number; unsure of the day, the label does not depend on it)
    B(
        text='Under the Executive Order, heads of federal government bodies will have to amend the plans of their respective agencies to achieve tangible results in preventing corruption and ensuring oversight in this respect by May 15, 2016, and report on their efforts by June 10.',
        due='2016-06-10 20:59:59',
        vague=False,
        said='2016-04-01 07:00:00',
        tz='Europe/Moscow',
        precision='day',
        cluster=3,
        source='http://en.kremlin.ru/events/president/news/51626/print',
        published='2016-04-01',
    ),
    # the closure runs 'through December 31, 2017': end of that day, Eastern (EST); 'Trimester 2' is a name
    B(
        text='We are closing the Georges Bank Cod Trimester Total Allowable Catch Area for the remainder of Trimester 2, through December 31, 2017.',
        due='2018-01-01 04:59:59',
        vague=False,
        said='2017-10-16 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=3,
        source='https://thefederalregister.org/82-FR/48007',
        published='2017-10-16',
    ),
    # the call was issued (past) for a meeting 'on 11 December' still ahead: the meeting day, 11 December 2012 (GMT); unsure: the sentence's verb is past, its date is not
    B(
        text="The Secondary Legislation Scrutiny Committee (formerly the Merits Committee) of the House of Lords has issued a call for evidence about the Government's new approach to consultation in preparation for a meeting on 11 December where it will take oral evidence from Mr Oliver Letwin, Minister for Government Policy.",
        due='2012-12-11 23:59:59',
        vague=False,
        said='2012-10-31 10:00:00',
        tz='Europe/London',
        precision='day',
        cluster=3,
        source='https://webtest.parliament.uk/external/committees/committee-news-pre-oct-2020/2012/october/call-for-evidence-on-the-governments-new-approach-to-consultations',
        published='2012-10-31',
    ),
    # 'prior to' a committee's consideration 'during this session': tied to an undated event
    B(
        text="The Government's response to the consultation will be published prior to a revised and completed draft Bill being considered by a Pre-legislative Scrutiny Committee during this session.",
        due=None,
        vague=False,
        said='2004-02-02 10:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=3,
        source='https://api.parliament.uk/historic-hansard/written_answers/2004/feb/02/consultation',
        published='2004-02-02',
    ),
    # 'at 3.30 p.m. or on the conclusion of No. 4, whichever is the later': the time hangs on an undated event
    B(
        text='Question Time today shall be taken at 3.30 p.m. or on the conclusion of No. 4, whichever is the later, for 75 minutes',
        due=None,
        vague=False,
        said='2007-03-01 10:30:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=3,
        source='https://www.oireachtas.ie/ga/debates/debate/dail/2007-03-01/10/',
        published='2007-03-01',
    ),
    # 'after 80 minutes' counts from when No. 16 is taken, which is not timed here (event)
    B(
        text='the proceedings on No. 16 shall, if not previously concluded, be brought to a conclusion after 80 minutes',
        due=None,
        vague=False,
        said='2008-10-29 16:00:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=3,
        source='https://www.kildarestreet.com/debate/?id=2008-10-29.291.0',
        published='2008-10-29',
    ),
    # of '7.30 p.m.' (today, or later on an event) and 'at 9 p.m. on Wednesday, 3 July 2013', the conclusion is the deadline: 21:00 IST on 3 July
    B(
        text="Private Members' business shall be No. 42, Equal Status (Amendment) Bill 2013 - Second Stage, to be taken on the conclusion of the Topical Issue debate or at 7.30 p.m., whichever is the later, and adjourn after 90 minutes, and the proceedings thereon shall, if not previously concluded, be brought to a conclusion at 9 p.m. on Wednesday, 3 July 2013.",
        due='2013-07-03 20:00:00',
        vague=False,
        said='2013-07-02 17:10:00',
        tz='Europe/Dublin',
        precision='minute',
        cluster=3,
        source='https://www.kildarestreet.com/debate/?id=2013-07-02a.266',
        published='2013-07-02',
    ),
    # 'within 90 days of the date of this order': Executive Order 13800 of 11 May 2017 (printed 16 May); 90 days on is 9 August 2017, end of day Eastern
    B(
        text='Each agency head shall provide a risk management report to the Secretary of Homeland Security and the Director of the Office of Management and Budget (OMB) within 90 days of the date of this order.',
        due='2017-08-10 03:59:59',
        vague=False,
        said='2017-05-11 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=3,
        source='http://online.flipbuilder.com/mcjt/tsle/files/basic-html/page99.html',
        published='2017-05-11',
    ),
    # 'within 60 days of receipt of the agency risk management reports': counted from an undated event
    B(
        text='The Director of OMB, in coordination with the Secretary of Homeland Security, with appropriate support from the Secretary of Commerce and the Administrator of General Services, and within 60 days of receipt of the agency risk management reports outlined in subsection (c)(ii) of this section, shall submit to the President, through the Assistant to the President for Homeland Security and Counterterrorism, the following:',
        due=None,
        vague=False,
        said='2017-05-11 14:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=3,
        source='http://online.flipbuilder.com/mcjt/tsle/files/basic-html/page99.html',
        published='2017-05-11',
    ),
    # 'in the next Finance Bill' is an undated event; 'today' is when it is announced, not the pledge
    B(
        text='Therefore, the Government are announcing today that legislation will be brought forward in the next Finance Bill to put the meaning of the law in relation to automation of tax notices beyond doubt.',
        due=None,
        vague=False,
        said='2019-10-31 10:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=3,
        source='https://hansard.parliament.uk/Commons/2019-10-31/debates/510ce3b7-e63f-40d5-b4b1-6f64b59f606b/WrittenStatements',
        published='2019-10-31',
    ),
    # of 'later this year or early next year' the later end: early 1998 is January-April, due 30 April 1998 (BST)
    B(
        text='The review team has not yet met but it is expected to report later this year or early next year.',
        due='1998-04-30 22:59:59',
        vague=False,
        said='1997-07-30 09:00:00',
        tz='Europe/London',
        precision='year',
        cluster=3,
        source='https://api.parliament.uk/historic-hansard/written_answers/1997/jul/30/government-reviews',
        published='1997-07-30',
    ),
    # an offer the Government 'turned ... down': legislation 'by 1 November' will not be a pledge (negated); the offer was also last week's
    B(
        text='Last week, during the debate on the extension of the banking guarantee scheme, Deputy Noonan, on behalf of Fine Gael, offered the Government parties our support for the extension of a limited guarantee on condition that they would bring forward legislation by 1 November but, as always and as usual, they turned that down.',
        due=None,
        vague=False,
        said='2010-10-07 09:30:00',
        tz='Europe/Dublin',
        refusal='negated',
        cluster=3,
        source='https://www.oireachtas.ie/en/debates/debate/dail/2010-10-07/3/',
        published='2010-10-07',
    ),
    # 'when Congress returns' is an undated event; 'without delay' hangs on it; 'through all of 2012' is how long the extension runs, not when the agreement is due; unsure
    B(
        text='And when Congress returns, I urge them to keep working, without drama, without delay, to reach an agreement that extends this tax cut as well as unemployment insurance through all of 2012.',
        due=None,
        vague=False,
        said='2011-12-23 18:25:00',
        tz='America/New_York',
        refusal='event',
        cluster=3,
        source='https://obamawhitehouse.archives.gov/the-press-office/2011/12/23/remarks-president',
        published='2011-12-23',
    ),
    # -- cluster 4: period forms: fiscal years, seasons, named weeks, parts of a year
    # 'for the remainder of the fishing year, through April 30, 2018': the stated date, end of day (EDT)
    B(
        text='This action also prohibits possession of Georges Bank cod by common pool vessels for the remainder of the fishing year, through April 30, 2018.',
        due='2018-05-01 03:59:59',
        vague=False,
        said='2017-10-16 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=4,
        source='https://thefederalregister.org/82-FR/48007',
        published='2017-10-16',
    ),
    # 'through the end of the fishing year' of the 2016 Northeast multispecies fishing year, which ends on 30 April 2017 (the fishing year named in the same family of notices runs May-April); unsure: the parser cannot know a fishing year, but this is what the words mean
    B(
        text='Increasing the possession and trip limits is intended to provide the common pool fishery with additional fishing opportunities through the end of the fishing year.',
        due='2017-05-01 03:59:59',
        vague=False,
        said='2017-03-21 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=4,
        source='https://regulations.justia.com/regulations/fedreg/agencies/national-oceanic-and-atmospheric-administration/2017/03/21?registers=between',
        published='2017-03-21',
    ),
    # VOA of Saturday 3 August 2002: Congress 'will resume business in early September': days 1-10, due 10 September 2002 (Eastern); unsure: a return date more than a pledge, labelled as the earlier sets label stated returns
    B(
        text='Congress adjourned this past week and will resume business in early September.',
        due='2002-09-11 03:59:59',
        vague=False,
        said='2002-08-03 14:00:00',
        tz='America/New_York',
        precision='month',
        cluster=4,
        source='https://www.voanews.com/a/a-13-a-2002-08-03-7-bush-67577407/388750.html',
        published='2002-08-03',
    ),
    # said on Saturday 3 August 2002: 'this coming week' is the Monday-to-Sunday week of 5-11 August, due Sunday 11 August (Eastern)
    B(
        text='Mr. Bush himself will leave for his Texas ranch this coming week, for what the White House is calling a month-long, working vacation.',
        due='2002-08-12 03:59:59',
        vague=False,
        said='2002-08-03 14:00:00',
        tz='America/New_York',
        precision='week',
        cluster=4,
        source='https://www.voanews.com/a/a-13-a-2002-08-03-7-bush-67577407/388750.html',
        published='2002-08-03',
    ),
    # the Intellectual Property Office's targets for the financial year 2018-2019: it ends 31 March 2019 (GB fiscal year), end of day BST; unsure: a heading more than a pledge, but the targets it introduces fall due then
    B(
        text='For 2018 – 2019 our targets are:',
        due='2019-03-31 22:59:59',
        vague=False,
        said='2018-04-23 09:00:00',
        tz='Europe/London',
        precision='year',
        cluster=4,
        source='https://www.parliament.uk/business/publications/written-questions-answers-statements/written-statements/commons/',
        published='2018-04-23',
    ),
    # 'around the turn of the year' is the end of this year, 31 December 1997 (GMT)
    B(
        text='Work on the strategic defence review is envisaged to be completed around the turn of the year.',
        due='1997-12-31 23:59:59',
        vague=False,
        said='1997-07-30 09:00:00',
        tz='Europe/London',
        precision='year',
        cluster=4,
        source='https://api.parliament.uk/historic-hansard/written_answers/1997/jul/30/government-reviews',
        published='1997-07-30',
    ),
    # 'spring 1998' is meteorological spring, to 31 May 1998 (BST)
    B(
        text='The final report on this review is planned for spring 1998.',
        due='1998-05-31 22:59:59',
        vague=False,
        said='1997-07-30 09:00:00',
        tz='Europe/London',
        precision='quarter',
        cluster=4,
        source='https://api.parliament.uk/historic-hansard/written_answers/1997/jul/30/government-reviews',
        published='1997-07-30',
    ),
    # 'late 1997' is September-December: 31 December 1997
    B(
        text='This aims to report to the Chief Medical Officer in late 1997.',
        due='1997-12-31 23:59:59',
        vague=False,
        said='1997-07-30 09:00:00',
        tz='Europe/London',
        precision='year',
        cluster=4,
        source='https://api.parliament.uk/historic-hansard/written_answers/1997/jul/30/government-reviews',
        published='1997-07-30',
    ),
    # 'winter 2023-24' ends with February 2024 (meteorological winter), end of 29 February 2024 (GMT); unsure: a question naming a season more than a deadline; the order paper's day is not in the excerpt (Health questions, November 2023, taken as 21 November) and the label does not depend on it
    B(
        text='Simon Lightwood (Wakefield) What steps her Department is taking to help reduce pressure on NHS services in winter 2023-24. (901103)',
        due='2024-02-29 23:59:59',
        vague=False,
        said='2023-11-21 10:00:00',
        tz='Europe/London',
        precision='quarter',
        cluster=4,
        source='https://commonsbusiness.parliament.uk/Document/84454/Html?subType=Standard',
        published='2023-11-21',
    ),
    # -- cluster 5: refusals: past, event, recurring, earliest-only, negated
    # an audit of past events (the 2015 wildfires, the May 2017 floods): no deadline is given, the dates are past
    B(
        text="The President instructed the Prosecutor General's Office and the Accounts Chamber to audit budget spending on dealing with the consequences of wildfires in Trans-Baikal Territory in 2015 and May 2017 spring floods in Stavropol Territory.",
        due=None,
        vague=False,
        said='2017-06-22 07:00:00',
        tz='Europe/Moscow',
        refusal='past',
        cluster=5,
        source='http://en.special.kremlin.ru/catalog/keywords/87/events/54858',
        published='2017-06-22',
    ),
    # a dated past event (the Direct Line of 15 June), reported in the past tense
    B(
        text='Vladimir Putin approved a list of instructions following Direct Line with Vladimir Putin on June 15, 2017.',
        due=None,
        vague=False,
        said='2017-06-22 07:00:00',
        tz='Europe/Moscow',
        refusal='past',
        cluster=5,
        source='http://en.special.kremlin.ru/catalog/keywords/87/events/54858',
        published='2017-06-22',
    ),
    # a transposition deadline of 19 September 2020 that had passed ('had until'): the past
    B(
        text='Member States had until 19 September 2020 to transpose the Directive and communicate their transposition measures to the Commission.',
        due=None,
        vague=False,
        said='2021-09-23 08:00:00',
        tz='Europe/Brussels',
        refusal='past',
        cluster=5,
        source='https://digital-strategy.ec.europa.eu/en/news/audiovisual-media-commission-calls-member-states-fully-transpose-eu-rules-audiovisual-content',
        published='2021-09-23',
    ),
    # 'had to transpose ... by 17 October 2024', said in November 2024: a missed, past deadline
    B(
        text='Member States had to transpose the NIS2 Directive into national law by 17 October 2024.',
        due=None,
        vague=False,
        said='2024-11-28 09:00:00',
        tz='Europe/Brussels',
        refusal='past',
        cluster=5,
        source='https://pubaffairsbruxelles.eu/eu-institution-news/commission-takes-action-to-ensure-complete-and-timely-transposition-of-eu-directives',
        published='2024-11-28',
    ),
    # 'apply those provisions from 1 April 2020': only a start (earliest), no deadline
    B(
        text='They shall apply those provisions from 1 April 2020.',
        due=None,
        vague=False,
        said='2019-10-29 09:00:00',
        tz='Europe/Brussels',
        refusal='earliest',
        earliest='2020-03-31 22:00:00',
        cluster=5,
        source='http://www.legislation.gov.uk/eudr/2019/1813/article/2/adopted/data.xht?view=snippet&wrap=true',
        published='2019-10-29',
    ),
    # 'On 17 July 2012, Mr Letwin made a Written Statement': the past; '12-week' later in the text is not in this sentence
    B(
        text='On 17 July 2012, Mr Letwin made a Written Statement about a new approach to consultation, referring to new guidance published that day.',
        due=None,
        vague=False,
        said='2012-10-31 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://webtest.parliament.uk/external/committees/committee-news-pre-oct-2020/2012/october/call-for-evidence-on-the-governments-new-approach-to-consultations',
        published='2012-10-31',
    ),
    # a request that was denied: the closure from 1 January to 30 June 2023 will not happen (negated); the carrying page shows no date, the denial is placed at 1 December 2022 (after the 28 September 2022 petition); the label does not depend on it
    B(
        text='NOAA Fisheries has denied a request for emergency action to close the red king crab savings area and red king crab savings subarea to all fishing gears from January 1, 2023 to June 30, 2023.',
        due=None,
        vague=False,
        said='2022-12-01 19:00:00',
        tz='America/Anchorage',
        refusal='negated',
        cluster=5,
        source='https://alaska-native-news.com/byline/alaska-regional-office-noaa-fisheries/page/8',
        published='2022-12-01',
    ),
    # a service standard for each request ('an accelerated two-month turnaround'): recurring, no single deadline
    B(
        text='We will offer faster handling of patent applications, by providing an examination report with a search report when both are requested at the application date, and meeting at least 90% of requests for an accelerated two-month turnaround for search, publication and examination.',
        due=None,
        vague=False,
        said='2018-04-23 09:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=5,
        source='https://www.parliament.uk/business/publications/written-questions-answers-statements/written-statements/commons/',
        published='2018-04-23',
    ),
    # 'has published' today: done, the past (as 'has today published' in the fifth kinds set)
    B(
        text='Today the Government has published its response to the Independent Review of the Modern Slavery Act 2015 and launched a public consultation on the transparency in supply chains requirements.',
        due=None,
        vague=False,
        said='2019-07-09 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://www.parliament.uk/writtenstatements?page=4',
        published='2019-07-09',
    ),
    # 'an announcement was made on 28 July': the past
    B(
        text='An announcement was made on 28 July of the criteria which will be used by the Government in considering licence applications for the export of conventional arms.',
        due=None,
        vague=False,
        said='1997-07-30 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://api.parliament.uk/historic-hansard/written_answers/1997/jul/30/government-reviews',
        published='1997-07-30',
    ),
    # 'by the end of this Parliament': the end of a Parliament is not dated (event)
    B(
        text='It is intended that all Departments will conduct such reviews by the end of this Parliament.',
        due=None,
        vague=False,
        said='1994-06-27 09:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source='https://api.parliament.uk/historic-hansard/written_answers/1994/jun/27/departmental-spending-reviews',
        published='1994-06-27',
    ),
    # reviews that started in early 1993: the past
    B(
        text='Four fundamental reviews were started in early 1993 covering social security, health, education and the Home Office.',
        due=None,
        vague=False,
        said='1994-06-27 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://api.parliament.uk/historic-hansard/written_answers/1994/jun/27/departmental-spending-reviews',
        published='1994-06-27',
    ),
    # a standing practice for every referred question ('within ten days' of each referral): recurring
    B(
        text='Rather than seeking to have these questions disallowed, as was previously the case, I have been referring the questions to the relevant agencies for direct reply, and have been asking the Deputies concerned to revert to my office if a reply has not been received within ten days.',
        due=None,
        vague=False,
        said='2011-06-01 14:00:00',
        tz='Europe/Dublin',
        refusal='recurring',
        cluster=5,
        source='https://www.kildarestreet.com/debate/?id=2011-06-01.316.4',
        published='2011-06-01',
    ),
    # a report's past expectation ('should be published by July'), said in November about a plan still not out: the July meant is past
    B(
        text='A report stated the plan should be published by July.',
        due=None,
        vague=False,
        said='2018-11-07 10:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source='https://www.oireachtas.ie/en/debates/debate/dail/2018-11-07/19/',
        published='2018-11-07',
    ),
    # 'published on 18 September' (a past verb beside a year-less date, said in October): the past
    B(
        text='The Government’s legislative programme, which was published on 18 September, sets out the Government’s legislative priorities for the current parliamentary session.',
        due=None,
        vague=False,
        said='2024-10-16 12:05:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source='https://kildarestreet.com/debates/?id=2024-10-16a.200&s=section%3Adebates+OR+section%3Acommittees+speaker%3A465+speaker%3A400+speaker%3A400+speaker%3A400+speaker%3A400+speaker%3A400+speaker%3A400+speaker%3A400+speaker%3A400+speaker%3A215+speaker%3A215+speaker%3A417+speaker%3A120+speaker%3A120+speaker%3A120+speaker%3A256+speaker%3A515+speaker%3A46+speaker%3A466+speaker%3A267+speaker%3A267+speaker%3A338+speaker%3A133+speaker%3A133+speaker%3A133+speaker%3A359+speaker%3A2+speaker%3A516+speaker%3A516+speaker%3A527+speaker%3A315+speaker%3A81+speaker%3A415+speaker%3A415+speaker%3A415+speaker%3A53+speaker%3A520+speaker%3A502+speaker%3A410+speaker%3A410+speaker%3A531+speaker%3A428+speaker%3A53+speaker%3A106+speaker%3A106+speaker%3A110+speaker%3A110',
        published='2024-10-16',
    ),
    # the staff's daily break 'from 1.30 p.m. to 2.30 p.m.': a standing arrangement (recurring)
    B(
        text='The staff and those who service the Chamber only have a break for one hour from 1.30 p.m. to 2.30 p.m.',
        due=None,
        vague=False,
        said='2013-07-10 09:55:00',
        tz='Europe/Dublin',
        refusal='recurring',
        cluster=5,
        source='https://www.kildarestreet.com/debates/?id=2013-07-10a.41',
        published='2013-07-10',
    ),
    # 'in this session': the session's end is not dated (event)
    B(
        text='The legislation on sexual offences will go to pre-legislative scrutiny in this session.',
        due=None,
        vague=False,
        said='2017-10-25 09:30:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=5,
        source='https://www.oireachtas.ie/ga/debates/debate/dail/2017-10-25/4/',
        published='2017-10-25',
    ),
    # 'laid before the House on 25 January' (said 28 February): the past
    B(
        text='Nursing and Midwifery (Amendment) Order 2017 Lord O’Shaughnessy to move that the draft Order laid before the House on 25 January be approved.',
        due=None,
        vague=False,
        said='2017-02-28 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://publications.parliament.uk/pa/ld201617/minutes/170228/ldordpap.htm',
        published='2017-02-28',
    ),
    # a dated past publication: the past
    B(
        text='On February 25, 2016, the Bureau of Land Management (BLM) published in the Federal Register a proposed rule to amend existing regulations that establish the procedures used to prepare, revise, or amend land use plans pursuant to the Federal Land Policy and Management Act (FLPMA).',
        due=None,
        vague=False,
        said='2016-04-22 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source='http://regs.cqstatetrack.com/info/get_text?action_id=832532&text_id=834482&type=action_text',
        published='2016-04-22',
    ),
    # a report 'dated 21 May 2024' (the order paper of that day, the Infected Blood statement day): a document's date, no deadline
    B(
        text='That an humble Address be presented to His Majesty, That he will be graciously pleased to give directions that there be laid before this House a Return of the Report, entitled Protecting our Democracy from Coercion, dated 21 May 2024.',
        due=None,
        vague=False,
        said='2024-05-21 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://commonsbusiness.digiminster.com/Document/87864/Html?subType=Standard',
        published='2024-05-21',
    ),
    # 'beyond 2025' gives only a start (earliest 1 January 2026), no deadline; 902928 is a question number
    B(
        text='Kenny MacAskill (East Lothian) What recent discussions she has had with trade unions on the future of Grangemouth oil refinery beyond 2025. (902928)',
        due=None,
        vague=False,
        said='2024-05-21 09:00:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='2026-01-01 00:00:00',
        cluster=5,
        source='https://commonsbusiness.digiminster.com/Document/87864/Html?subType=Standard',
        published='2024-05-21',
    ),
    # gaggle aboard Air Force One, 22 November 2011, 10:40 a.m. EST: 'put forward a plan mid-September' is the past
    B(
        text='The President put forward a plan mid-September, a highly detailed and comprehensive plan, laying out exactly what he believed the super committee should do in order to achieve the kind of deficit reduction mandated by Congress itself.',
        due=None,
        vague=False,
        said='2011-11-22 15:40:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source='https://obamawhitehouse.archives.gov/taxonomy/term/16?page=1079',
        published='2011-11-22',
    ),
    # -- cluster 6: ordinary deadline phrasings (control)
    # a year-less 'by June 10' said on 1 April 2016 is 10 June 2016, end of day Moscow
    B(
        text='The Russian Government is to submit a summary report on this issue to the Presidential Anti-Corruption Council by June 10, while Presidential Plenipotentiaries to the Federal Districts will carry out similar initiatives on a regional level.',
        due='2016-06-10 20:59:59',
        vague=False,
        said='2016-04-01 07:00:00',
        tz='Europe/Moscow',
        precision='day',
        cluster=6,
        source='http://en.kremlin.ru/events/president/news/51626/print',
        published='2016-04-01',
    ),
    # VOA of Wednesday 11 June 2003: an ultimatum that 'expires Wednesday' expires today, end of day (VOA's zone, Eastern)
    B(
        text='A rebel ultimatum for Liberian President Charles Taylor to step down expires Wednesday.',
        due='2003-06-12 03:59:59',
        vague=False,
        said='2003-06-11 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=6,
        source='https://www.voanews.com/a/a-13-a-2003-06-11-24-liberia/390162.html',
        published='2003-06-11',
    ),
    # the season 'will close on March 24, 2017': end of that day, Eastern (NMFS)
    B(
        text='Therefore, the greater amberjack recreational season in the Gulf EEZ will close on March 24, 2017.',
        due='2017-03-25 03:59:59',
        vague=False,
        said='2017-03-21 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=6,
        source='https://regulations.justia.com/regulations/fedreg/agencies/national-oceanic-and-atmospheric-administration/2017/03/21?registers=between',
        published='2017-03-21',
    ),
    # closes 'on September 20, 2021', the day of publication: end of that day, Eastern
    B(
        text='Therefore, NMFS closes the golden tilefish recreational sector in the South Atlantic EEZ on September 20, 2021.',
        due='2021-09-21 03:59:59',
        vague=False,
        said='2021-09-20 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=6,
        source='https://regulations.justia.com/regulations/fedreg/agencies/department-of-commerce/national-oceanic-and-atmospheric-administration/2021/09/20',
        published='2021-09-20',
    ),
    # 'two months to reply' from the reasoned opinions of the September 2021 infringements package (item taken as of 23 September 2021; unsure of the day, the label moves with it): 23 November 2021, end of day Brussels
    B(
        text='They now have two months to reply to the Commission, or the Commission may decide to refer their cases to the Court of Justice of the European Union.',
        due='2021-11-23 22:59:59',
        vague=False,
        said='2021-09-23 08:00:00',
        tz='Europe/Brussels',
        precision='day',
        cluster=6,
        source='https://digital-strategy.ec.europa.eu/en/news/audiovisual-media-commission-calls-member-states-fully-transpose-eu-rules-audiovisual-content',
        published='2021-09-23',
    ),
    # Commission release (28 November 2024, NIS2 letters of formal notice; carried by Pub Affairs Bruxelles): 'now have two months to reply' is 28 January 2025, end of day Brussels
    B(
        text='Member States concerned now have two months to reply to the letters of formal notice and complete their transposition, or the Commission may decide to issue a reasoned opinion.',
        due='2025-01-28 22:59:59',
        vague=False,
        said='2024-11-28 09:00:00',
        tz='Europe/Brussels',
        precision='day',
        cluster=6,
        source='https://pubaffairsbruxelles.eu/eu-institution-news/commission-takes-action-to-ensure-complete-and-timely-transposition-of-eu-directives',
        published='2024-11-28',
    ),
    # Article 2 of Directive (EU) 2019/1813 (as adopted, read on legislation.gov.uk; the EU's text, so the Brussels zone): 'by 31 March 2020', end of day CEST; the directive's date is taken as 29 October 2019 and the label does not depend on it
    B(
        text='Member States shall adopt and publish, by 31 March 2020, the laws, regulations and administrative provisions necessary to comply with this Directive.',
        due='2020-03-31 21:59:59',
        vague=False,
        said='2019-10-29 09:00:00',
        tz='Europe/Brussels',
        precision='day',
        cluster=6,
        source='http://www.legislation.gov.uk/eudr/2019/1813/article/2/adopted/data.xht?view=snippet&wrap=true',
        published='2019-10-29',
    ),
    # statement of 4 August 2007: 'Today, the House ... has an opportunity to ... pass it': today, end of day Eastern
    B(
        text='Today, the House of Representatives has an opportunity to consider that bill, pass it and send it to me for my signature.',
        due='2007-08-05 03:59:59',
        vague=False,
        said='2007-08-04 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=6,
        source='https://georgewbush-whitehouse.archives.gov/news/releases/2007/08/print/text/20070804.html',
        published='2007-08-04',
    ),
    # 'without delay' is a vague window of 7 days: 11 August 2007, end of day Eastern
    B(
        text='Protecting America is our most solemn obligation and I urge the House to pass this bill without delay.',
        due='2007-08-12 03:59:59',
        vague=True,
        said='2007-08-04 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=6,
        source='https://georgewbush-whitehouse.archives.gov/news/releases/2007/08/print/text/20070804.html',
        published='2007-08-04',
    ),
    # committee news of 31 October 2012: 'requested by 30 November' is 30 November 2012, end of day (GMT)
    B(
        text='Your contributions are requested by 30 November.',
        due='2012-11-30 23:59:59',
        vague=False,
        said='2012-10-31 10:00:00',
        tz='Europe/London',
        precision='day',
        cluster=6,
        source='https://webtest.parliament.uk/external/committees/committee-news-pre-oct-2020/2012/october/call-for-evidence-on-the-governments-new-approach-to-consultations',
        published='2012-10-31',
    ),
    # Wikinews report for October 2009 (UTC, Wikinews' zone), written at the month's end ('only 8 days remaining' to 8 November dates it to 31 October 2009): the anniversary 'On November 8th', end of that day
    B(
        text='On November 8th, Wikinews turns 5 years old!!',
        due='2009-11-08 23:59:59',
        vague=False,
        said='2009-10-31 10:00:00',
        tz='UTC',
        precision='day',
        cluster=6,
        source='https://en.m.wikinews.org/wiki/User:ShakataGaNai/Around_enWikinews',
        published='2009-10-31',
    ),
    # 'shortly' is a vague window of 60 days: 30 December 2019, end of day (GMT)
    B(
        text='The Prime Minister will write to ministerial colleagues shortly providing guidance on the conduct of Government business during the pre-election period.',
        due='2019-12-30 23:59:59',
        vague=True,
        said='2019-10-31 10:00:00',
        tz='Europe/London',
        precision='month',
        cluster=6,
        source='https://hansard.parliament.uk/Commons/2019-10-31/debates/510ce3b7-e63f-40d5-b4b1-6f64b59f606b/WrittenStatements',
        published='2019-10-31',
    ),
    # 'Today, 14 December 2017, I am publishing': the act falls on the day of speaking (as the first kinds set labels 'I am today publishing'); end of that day (GMT)
    B(
        text='Today, 14 December 2017, I am publishing Unlocking Talent; Fulfilling Potential: A plan for improving social mobility through education.',
        due='2017-12-14 23:59:59',
        vague=False,
        said='2017-12-14 10:00:00',
        tz='Europe/London',
        precision='day',
        cluster=6,
        source='http://www.parliament.uk/business/publications/written-questions-answers-statements/written-statements/?page=2',
        published='2017-12-14',
    ),
    # 'in the next twelve months' from 30 July 1997: 30 July 1998, end of day BST
    B(
        text='This will be completed in the next twelve months.',
        due='1998-07-30 22:59:59',
        vague=False,
        said='1997-07-30 09:00:00',
        tz='Europe/London',
        precision='day',
        cluster=6,
        source='https://api.parliament.uk/historic-hansard/written_answers/1997/jul/30/government-reviews',
        published='1997-07-30',
    ),
    # 'will accept written comments ... until December 28, 2009': end of that day, Eastern (EST)
    B(
        text='EPA also will accept written comments on the proposed rule until December 28, 2009.',
        due='2009-12-29 04:59:59',
        vague=False,
        said='2009-11-01 15:00:00',
        tz='America/New_York',
        precision='day',
        cluster=6,
        source='http://cenvironment.blogspot.com/2009/11/epa-public-hearing-dates-on-proposed.html',
        published='2009-11-01',
    ),
    # a question about progress 'before the end of the year': 31 December 2019 (Dublin); unsure: a question, labelled like a statement as the earlier sets do
    B(
        text='Does she expect any progress before the end of the year?',
        due='2019-12-31 23:59:59',
        vague=False,
        said='2019-11-28 10:00:00',
        tz='Europe/Dublin',
        precision='year',
        cluster=6,
        source='https://www.oireachtas.ie/en/debates/debate/dail/2019-11-28/20/',
        published='2019-11-28',
    ),
    # reported plan: the Bill 'will go to the finance committee on 5 November' (2024; Irish time is GMT by then)
    B(
        text='Regarding the Finance Bill’s scheduling, there are reports that the Bill will go to the finance committee on 5 November.',
        due='2024-11-05 23:59:59',
        vague=False,
        said='2024-10-16 12:05:00',
        tz='Europe/Dublin',
        precision='day',
        cluster=6,
        source='https://kildarestreet.com/debates/?id=2024-10-16a.200&s=section%3Adebates+OR+section%3Acommittees+speaker%3A465+speaker%3A400+speaker%3A400+speaker%3A400+speaker%3A400+speaker%3A400+speaker%3A400+speaker%3A400+speaker%3A400+speaker%3A215+speaker%3A215+speaker%3A417+speaker%3A120+speaker%3A120+speaker%3A120+speaker%3A256+speaker%3A515+speaker%3A46+speaker%3A466+speaker%3A267+speaker%3A267+speaker%3A338+speaker%3A133+speaker%3A133+speaker%3A133+speaker%3A359+speaker%3A2+speaker%3A516+speaker%3A516+speaker%3A527+speaker%3A315+speaker%3A81+speaker%3A415+speaker%3A415+speaker%3A415+speaker%3A53+speaker%3A520+speaker%3A502+speaker%3A410+speaker%3A410+speaker%3A531+speaker%3A428+speaker%3A53+speaker%3A106+speaker%3A106+speaker%3A110+speaker%3A110',
        published='2024-10-16',
    ),
    # the extended comment period ends 'until July 5, 2023': end of that day, Eastern (EDT)
    B(
        text='The BLM has determined that it is appropriate to extend the comment period for the docket until July 5, 2023, to allow for additional public comment.',
        due='2023-07-06 03:59:59',
        vague=False,
        said='2023-06-20 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=6,
        source='http://federal.elaws.us/fr/6/20/2023/2023-13050',
        published='2023-06-20',
    ),
)
