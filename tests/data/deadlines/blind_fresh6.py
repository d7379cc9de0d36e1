"""A SIXTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-01 by a labelling helper (branch issue12l-s8) that
neither changed nor ran the parser: it read only the conventions written in the
docstrings (`blind_real.py`, the parser's package docstring, `blind_fresh5.py` and its
comments), the README next to this file and the scoring rule of `bench/deadlines.py` (a
case is right when both say no deadline, or the due instant agrees to the minute and, for
a case labelled vague, the parser's result is vague too). The sentences were found with a
search over stored copies of public pages and taken as they came in the pages read
(written statements and answers, business statements, orders of business, House of Lords
Business, Federal Register notices and dates lines, Executive Orders, sections of the US
Code and a bill, NASA launch, spacewalk and undocking notes and releases, NOAA fishery
bulletins, White House briefings, gaggles, a radio address and a fact sheet, Voice of
America copy, kremlin.ru instructions and an Executive Order, Defra, HM Treasury, HMRC and
DFID texts, Wikinews); no address already listed in README.md and no sentence already in
another set. Each label was worked out by hand from the words, the publication date and
the publisher's zone alone; the UTC wall times were computed from local times with the
standard library's zoneinfo, never with project code. No run of `parse_deadline`,
`interpret_deadline`, `bench/deadlines.py` or the tests touched these texts before the
labels were committed; the helper improving the parser has not seen them.

Same conventions as `blind_real.py` (its docstring) and the earlier fresh sets: the
publisher's zone (UK Parliament, gov.uk texts: Europe/London; Oireachtas: Europe/Dublin;
kremlin.ru: Europe/Moscow; US federal publishers and VOA: America/New_York, except NASA's
Johnson Space Center page written in Central time, America/Chicago, and the NMFS Pacific
Islands Regional Office, Pacific/Honolulu; Wikinews: UTC); the publication date at 10:00
local unless the source gives the time; a day falls due at 23:59:59 local; a clock time
with a zone word is that instant ("1900 UT" is 19:00 UTC); a clock time without one is in
the publisher's zone and is its next occurrence; a range or a schedule falls due at its
later end; a span "of the date of this order" counts from the order's date, and a
statute's span from its own date; vague windows as in the parser's docstring (60 days for
"shortly", "soon", "in due course", "as soon as possible"; 3 months for "the coming
months"); early/mid/late split a period in thirds; the week ends on Sunday; refusals have
`due=None` and a `refusal` kind (earliest | negated | past | event | recurring), with
`earliest` for earliest-only wording. Where the carrying page shows no date, the comment
says which reference was taken and whether the label depends on it. Labels marked
"unsure" in their comment are the ones a reviewer may argue (the comment names the other
reading); like every label here they stay as committed, whatever the first run shows.
Not found in the pages read: a fiscal-year deadline ("FY27", "the 2025-26 financial
year"), "the first half of <month>", a UTC offset or "Moscow time". First run: not yet
taken (the lead runs it once, after merging, and records it in README.md). Sources and
licences are in README.md next to this file ("Sixth fresh blind set"). Never edit these
labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

FRESH6_CASES: tuple[BlindCase, ...] = (
    # -- cluster 1: numbers: years, counts and numbers that are not times
    # a statute of 4 August 1977 (Pub. L. 95-91, sec. 658): 'not later than one year after August 4, 1977' is 4 August 1978, end of day Eastern (EDT); the Act's date is the reference
    B(
        text='The Secretary of the Interior shall submit to the Congress not later than one year after August 4, 1977, a report on the organization of the leasing operations of the Federal Government, together with any recommendations for reorganizing such functions may deem necessary or appropriate.',
        due='1978-08-05 03:59:59',
        vague=False,
        said='1977-08-04 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=1,
        source='https://legalfix.com/uscode/text/42/7268',
        published='1977-08-04',
    ),
    # HMRC Inheritance Tax manual (no date on the page; taken as 1 January 2013, the refusal does not depend on it): a review date of 30 working days is set for every referral, a standing procedure (recurring); 'VOA 1', 'IHTM23041' are form and paragraph numbers
    B(
        text='On issue of VOA 1 or VOA 2 (IHTM23041), or an informal referral (IHTM23060), you should enter a review date of 30 working days on the file to allow the VOA (IHTM23002) to complete and return the acknowledgement slip (IHTM23072), or reply.',
        due=None,
        vague=False,
        said='2013-01-01 10:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=1,
        source='http://www.hmrc.gov.uk/manuals/IHTmanual/IHTM23101.htm',
        published='2013-01-01',
    ),
    # 'Tuesday 7 May' in the business statement of Thursday 2 May 2019: 7 May 2019, end of day BST; '(No.2)' is part of the Bill's name (the stored page lost the dash after the date; quoted with Hansard's dash)
    B(
        text='Tuesday 7 May—Second reading of the Wild Animals in Circuses (No.2) Bill.',
        due='2019-05-07 22:59:59',
        vague=False,
        said='2019-05-02 10:53:00',
        tz='Europe/London',
        precision='day',
        cluster=1,
        source='https://www.theyworkforyou.com/debates/?id=2019-05-02b.372.6&s=Andrea+leadsom',
        published='2019-05-02',
    ),
    # unsure: 'being tabled today' is the day of speaking (as the first kinds set labels 'I am today publishing'): 4 September 2023, end of day BST; the other reading is a report of something done (past, as 'has today published'); the years 2023 are parts of names
    B(
        text='I am pleased to be able to update the House on progress regarding the usage of the Retained EU Law (Revocation and Reform) Act, with further revocations of Retained EU Law being tabled today in the Retained EU Law (Revocation and Reform) Act 2023 (Revocation and Sunset Disapplication) Regulations 2023.',
        due='2023-09-04 22:59:59',
        vague=False,
        said='2023-09-04 09:30:00',
        tz='Europe/London',
        precision='day',
        cluster=1,
        source='https://hansard.parliament.uk/Commons/2023-09-04/debates/5a331414-4687-4932-ac36-c283e7d20cd7/WrittenStatements',
        published='2023-09-04',
    ),
    # NASA release carried by SpaceNews (August 2016; taken as 9 August, the label does not depend on it): the deadline to call is 1:45 p.m. on 15 August, in the release's Eastern time (its other times are EDT); 281-483-5111 is a telephone number
    B(
        text='Reporters may attend the briefing at Johnson or ask questions by calling the Johnson newsroom at 281-483-5111 no later than 1:45 p.m. Aug. 15.',
        due='2016-08-15 17:45:00',
        vague=False,
        said='2016-08-09 14:00:00',
        tz='America/New_York',
        precision='minute',
        cluster=1,
        source='https://spacenews.com/?p=457816',
        published='2016-08-09',
    ),
    # a spacewalk 'Friday, March 24' (2017), end of day EDT; 'Expedition 50' and 'six-and-a-half hour' are a name and a duration; the blog listing shows no date for the post (taken as 22 March 2017, the label does not depend on it)
    B(
        text='Expedition 50 Commander Shane Kimbrough of NASA and Flight Engineer Thomas Pesquet of ESA (European Space Agency) will venture outside the International Space Station for a six-and-a-half hour spacewalk Friday, March 24.',
        due='2017-03-25 03:59:59',
        vague=False,
        said='2017-03-22 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=1,
        source='https://www.nasa.gov/blogs/spacestation/2017/03/page/2',
        published='2017-03-22',
    ),
    # 'No. 13, ... Bill 2007 ... to adjourn at 1 p.m. today': 13:00 GMT on 6 March 2008; 13 and 2007 are an item number and a year in a name
    B(
        text='No. 13, Legal Practitioners (Irish Language) Bill 2007 — Order for Report, Report and Final Stages — to adjourn at 1 p.m. today, if not previously concluded',
        due='2008-03-06 13:00:00',
        vague=False,
        said='2008-03-06 10:30:00',
        tz='Europe/Dublin',
        precision='hour',
        cluster=1,
        source='https://www.oireachtas.ie/en/debates/debate/dail/2008-03-06/3/',
        published='2008-03-06',
    ),
    # VOA correspondent report (3 August 2005, Beijing): 'After nine days of negotiations, some delegates said': the past; nine days is how long the talks had run
    B(
        text='After nine days of negotiations, some delegates said they felt the talks might be nearly over.',
        due=None,
        vague=False,
        said='2005-08-03 15:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=1,
        source='https://www.globalsecurity.org/wmd/library/news/dprk/2005/dprk-050803-2ebd38ba.htm',
        published='2005-08-03',
    ),
    # 'published ... in January 2022': the past; '2022-2027' names the strategy
    B(
        text='My Department jointly published the National Housing Strategy for Disabled People (NHSDP) 2022-2027 with the Department of Health (DoH) and the Department of Children, Equality, Disability, Integration and Youth (DCEDIY) in January 2022.',
        due=None,
        vague=False,
        said='2023-06-20 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=1,
        source='https://www.oireachtas.ie/en/debates/question/2023-06-20/section/302/',
        published='2023-06-20',
    ),
    # unsure: 'over the next five years' is the term of the strategy published in January 2022 (counted from its launch, an event, not from the answer of June 2023); the other readings are five years from the answer (20 June 2028) or the strategy's end in 2027
    B(
        text='The Strategy sets out the vision for the cooperation and collaboration of Government Departments, state agencies and others in delivering housing and the related supports for disabled people over the next five years.',
        due=None,
        vague=False,
        said='2023-06-20 09:00:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=1,
        source='https://www.oireachtas.ie/en/debates/question/2023-06-20/section/302/',
        published='2023-06-20',
    ),
    # '12 to 16-week courses' is how long each course lasts, a standing offer, no deadline (recurring)
    B(
        text='Our new flexible digital skills bootcamp training will give people the technical skills they need for great jobs through 12 to 16-week courses, and those bootcamps will expand into other sectors, such as engineering.',
        due=None,
        vague=False,
        said='2021-01-21 12:30:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=1,
        source='https://parallelparliament.co.uk/debate/2021-01-21/commons/commons-chamber/skills-for-jobs-white-paper/ministerial-extracts',
        published='2021-01-21',
    ),
    # unsure: the week 'of January 3, 2005 through January 9, 2004' has a typo in its second year; the later end meant is Sunday 9 January 2005, end of day UTC (Wikinews); read literally the range runs backwards and would be refused
    B(
        text='For the week of January 3, 2005 through January 9, 2004, these are the topics that we should be covering.',
        due='2005-01-09 23:59:59',
        vague=False,
        said='2005-01-03 10:00:00',
        tz='UTC',
        precision='day',
        cluster=1,
        source='https://en.wikinews.org/wiki/Wikinews:Weekly_Topics/January_3,_2005',
        published='2005-01-03',
    ),
    # Wikinews item of 28 January 2011 (read on a feed mirror): 'admitted to hospital on Wednesday' is the past; 92 is an age
    B(
        text="The 92-year-old was admitted to hospital on Wednesday for 'routine tests', having been airlifted from Cape Town, where he and his wife were having a holiday, to a hospital near his home in Johannesburg.",
        due=None,
        vague=False,
        said='2011-01-28 10:00:00',
        tz='UTC',
        refusal='past',
        cluster=1,
        source='http://news1stlook.blogspot.com/2011/01/wikinews_27.html',
        published='2011-01-28',
    ),
    # notice of 26 February 2016: the 43rd Session takes place 'May 9-13, 2016': the range's later end, 13 May 2016, end of day EDT; 43rd is an ordinal, not a day
    B(
        text='The objective of the public meeting is to provide information and receive public comments on agenda items and draft United States (U.S.) positions to be discussed at the 43rd Session of the Codex Committee on Food Labeling in Foods (CCFL) of the Codex Alimentarius Commission (Codex), taking place in Ottawa, Canada May 9-13, 2016.',
        due='2016-05-14 03:59:59',
        vague=False,
        said='2016-02-26 15:00:00',
        tz='America/New_York',
        precision='day',
        cluster=1,
        source='https://thefederalregister.org/81-FR/9804',
        published='2016-02-26',
    ),
    # 'Yesterday, we announced more than £11 million-worth of grants': the past; 11 million and 40 are amounts
    B(
        text='Yesterday, we announced more than £11 million-worth of grants, across 40 local authorities, to improve air quality; several of these projects were focused on schools and their monitoring.',
        due=None,
        vague=False,
        said='2022-03-10 09:30:00',
        tz='Europe/London',
        refusal='past',
        cluster=1,
        source='https://hansard.parliament.uk/Commons/2022-03-10/debates/f69650df-2fa7-4c53-ae6c-00789d37def4/CommonsChamber',
        published='2022-03-10',
    ),
    # gaggle of 29 July 2008: 'tomorrow' is 30 July 2008, end of day EDT; '32 years' is how long he has worked
    B(
        text='One, we wanted to note that tomorrow, after 32 years on the job, NBC cameraman Wolfie Fraser will serve his last day here at the White House.',
        due='2008-07-31 03:59:59',
        vague=False,
        said='2008-07-29 13:45:00',
        tz='America/New_York',
        precision='day',
        cluster=1,
        source='https://georgewbush-whitehouse.archives.gov/news/releases/2008/07/20080729-1.html',
        published='2008-07-29',
    ),
    # 'At 10:45 a.m. he will sign': 10:45 EDT on the day of the gaggle (29 July 2008, 9:45 a.m.); 2008 is the Act's year
    B(
        text='At 10:45 a.m. he will sign the Caroline Pryce Walker Conquer Childhood Cancer Act of 2008; also in the Oval, with stills.',
        due='2008-07-29 14:45:00',
        vague=False,
        said='2008-07-29 13:45:00',
        tz='America/New_York',
        precision='minute',
        cluster=1,
        source='https://georgewbush-whitehouse.archives.gov/news/releases/2008/07/20080729-1.html',
        published='2008-07-29',
    ),
    # a standing policy for every Act ('three to five years after enactment'), no single deadline (recurring); the answer's date is not on the page (taken as 1 August 2024, the refusal does not depend on it)
    B(
        text='It continues to be Government policy that all bills that have reached Royal Assent are eligible for post-legislative scrutiny three to five years after enactment.',
        due=None,
        vague=False,
        said='2024-08-01 09:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=1,
        source='https://parallelparliament.co.uk/question/HL520/legislation',
        published='2024-08-01',
    ),
    # briefing of 11 July 2014, 1:04 p.m. EDT: 'over the next two years' is 11 July 2016, end of day EDT; 2014, $2 billion and 20 million are a year in a name and amounts
    B(
        text="Today's action by the FCC answers the President's 2014 State of the Union call for a down payment on his ConnectED vision by updating this program and using some of the savings generated to provide a $2 billion investment that will connect an additional 20 million students to high-speed WiFi over the next two years.",
        due='2016-07-12 03:59:59',
        vague=False,
        said='2014-07-11 17:04:00',
        tz='America/New_York',
        precision='day',
        cluster=1,
        source='https://www.presidency.ucsb.edu/documents/press-briefing-press-secretary-josh-earnest-310',
        published='2014-07-11',
    ),
    # Executive Order of 17 March 2020 (kremlin.ru text, carried by a news site): the vote is set for 22 April 2020, end of day Moscow; '1.' and 'Article 1' are numbers of paragraphs
    B(
        text='1. Set April 22, 2020 as a date for nationwide vote on approving amendments to the Constitution of the Russian Federation, as envisaged by Article 1 of the Russian Federation Law on amending the Constitution of the Russian Federation, On Improving the Regulation of Certain Aspects of the Organisation and Performance of Public Authority.',
        due='2020-04-22 20:59:59',
        vague=False,
        said='2020-03-17 07:00:00',
        tz='Europe/Moscow',
        precision='day',
        cluster=1,
        source='https://newskitchen.eu/2020/03/17/april-22-the-vote-on-amendments-to-the-constitution/',
        published='2020-03-17',
    ),
    # White House fact sheet of 19 December 2024 (carried by a blog): the target year 2035, end of year Eastern; '61-66 percent' and 2005 are an amount and a baseline year
    B(
        text='The U.S. Nationally Determined Contribution (NDC) is an economy-wide, all greenhouse gas target of reducing net emissions by 61-66 percent below 2005 levels in 2035',
        due='2036-01-01 04:59:59',
        vague=False,
        said='2024-12-19 15:00:00',
        tz='America/New_York',
        precision='year',
        cluster=1,
        source='https://news-photos-features.com/category/joe-biden',
        published='2024-12-19',
    ),
    # a question about the past ('within the last three years'): no deadline; (1)-(4) are list numbers
    B(
        text="Lord Blunkett to ask His Majesty's Government how many prisoners sentenced to detention for public protection (1) have never been released, (2) have been returned to prison on breach of licence, (3) are currently in the community under supervision on licence, and (4) were released on licence for the first time within the last three years.",
        due=None,
        vague=False,
        said='2024-01-15 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=1,
        source='https://lordsbusiness.parliament.uk/?businessPaperDate=2024-01-15&sectionId=50',
        published='2024-01-15',
    ),
    # -- cluster 2: clock times and zone words
    # Order of Business of Wednesday 11 May 2011 (10:30): 'to conclude at 8.30 p.m.' that day, 20:30 IST
    B(
        text="Private Members' Business shall be No. 3, Electoral (Amendment) (Political Donations) Bill 2011 – Second Stage (resumed), to conclude at 8.30 p.m., if not previously concluded.",
        due='2011-05-11 19:30:00',
        vague=False,
        said='2011-05-11 09:30:00',
        tz='Europe/Dublin',
        precision='minute',
        cluster=2,
        source='https://www.kildarestreet.com/debates/?id=2011-05-11.73.0&s=speaker%3A339',
        published='2011-05-11',
    ),
    # 'brought to a conclusion at 3.30 p.m. today': 15:30 GMT on 6 March 2008
    B(
        text='(3) the proceedings on No. 13a shall, if not previously concluded, be brought to a conclusion at 3.30 p.m. today',
        due='2008-03-06 15:30:00',
        vague=False,
        said='2008-03-06 10:30:00',
        tz='Europe/Dublin',
        precision='minute',
        cluster=2,
        source='https://www.oireachtas.ie/en/debates/debate/dail/2008-03-06/3/',
        published='2008-03-06',
    ),
    # VOA slug line of 3 August 2005: 'BY 1900 UT' is 19:00 UTC that day; 'CR 2-326359' is a report number
    B(
        text='///// UPDATES INTRO OF CR 2-326359, EXPECT UPDATE WITH TALKS CLOSE BY 1900 UT //////',
        due='2005-08-03 19:00:00',
        vague=False,
        said='2005-08-03 15:00:00',
        tz='America/New_York',
        precision='hour',
        cluster=2,
        source='https://www.globalsecurity.org/wmd/library/news/dprk/2005/dprk-050803-2ebd38ba.htm',
        published='2005-08-03',
    ),
    # gaggle of 29 July 2008, 9:45 a.m. EDT: the signing 'At 10:30 a.m.' that day, 10:30 EDT
    B(
        text="At 10:30 a.m. he and Mrs. Bush will participate in the signing of two bills: The Renewal of Import Restrictions on Burma and the Tom Lantos Block Burmese JADE, which is Junta's Anti-Democratic Efforts Act.",
        due='2008-07-29 14:30:00',
        vague=False,
        said='2008-07-29 13:45:00',
        tz='America/New_York',
        precision='minute',
        cluster=2,
        source='https://georgewbush-whitehouse.archives.gov/news/releases/2008/07/20080729-1.html',
        published='2008-07-29',
    ),
    # 'leave here at 1:25 p.m.' that day, 13:25 EDT; 'I think' hedges but does not move it
    B(
        text="We're going to leave here at 1:25 p.m., I think.",
        due='2008-07-29 17:25:00',
        vague=False,
        said='2008-07-29 13:45:00',
        tz='America/New_York',
        precision='minute',
        cluster=2,
        source='https://georgewbush-whitehouse.archives.gov/news/releases/2008/07/20080729-1.html',
        published='2008-07-29',
    ),
    # TESS launch-day post (18 April 2018, afternoon, taken as 4 p.m. EDT): liftoff 'scheduled for 6:51 p.m.' without a zone word, the publisher's zone: 18:51 EDT that day; '30-second' is the window's length
    B(
        text="Liftoff of NASA's TESS spacecraft aboard a SpaceX Falcon 9 rocket remains scheduled for 6:51 p.m., the opening of a 30-second launch window.",
        due='2018-04-18 22:51:00',
        vague=False,
        said='2018-04-18 20:00:00',
        tz='America/New_York',
        precision='minute',
        cluster=2,
        source='https://blogs.nasa.gov/tess/2018/04/18/launch-weather-more-than-90-percent-go/',
        published='2018-04-18',
    ),
    # unsure: NOAA Southeast fishery bulletin (November 2017; taken as 13 November, the label does not depend on it): closes '12:01 a.m.(local time) on November 18, 2017', read in the publisher's zone (SERO, Eastern): 00:01 EST; much of the Gulf keeps Central time, which would give 06:01 UTC
    B(
        text='Commercial harvest of gray triggerfish in federal waters will close at 12:01 a.m.(local time) on November 18, 2017.',
        due='2017-11-18 05:01:00',
        vague=False,
        said='2017-11-13 15:00:00',
        tz='America/New_York',
        precision='minute',
        cluster=2,
        source='http://oysterradio.blogspot.com/2017/11/commercial-harvest-of-gray-triggerfish.html',
        published='2017-11-13',
    ),
    # NOAA fishery bulletin of 18 February 2021 (carried by a trade site): the Southern Zone lies off south-west Florida, Eastern time: 00:01 EST on 22 February 2021
    B(
        text='Commercial hook-and-line harvest of king mackerel in federal waters of the Gulf of Mexico (Gulf) Southern Zone (depicted in map below) will close at 12:01 a.m., local time, on February 22, 2021.',
        due='2021-02-22 05:01:00',
        vague=False,
        said='2021-02-18 15:00:00',
        tz='America/New_York',
        precision='minute',
        cluster=2,
        source='https://www.perishablenews.com/seafood/commercial-hook-and-line-harvest-of-king-mackerel-in-federal-waters-of-the-gulf-of-mexico-southern-zone-will-close-on-february-22-2021/',
        published='2021-02-18',
    ),
    # Order of Business of Thursday 24 May 1962: 'Questions will be taken at 3 p.m.' that day, 15:00 Irish summer time (as zoneinfo gives 1962)
    B(
        text='Questions will be taken at 3 p.m.',
        due='1962-05-24 14:00:00',
        vague=False,
        said='1962-05-24 09:30:00',
        tz='Europe/Dublin',
        precision='hour',
        cluster=2,
        source='https://www.oireachtas.ie/en/debates/debate/dail/1962-05-24/2/',
        published='1962-05-24',
    ),
    # NASA release of 1 August 2020 (distributed 15:35 UTC): undocking 'targeting 7:34 p.m. EDT' that day
    B(
        text='SpaceX and NASA are targeting 7:34 p.m. EDT for Crew Dragon to autonomously undock from the space station, with Behnken and Hurley aboard the spacecraft, and return to Earth.',
        due='2020-08-01 23:34:00',
        vague=False,
        said='2020-08-01 15:35:00',
        tz='America/New_York',
        precision='minute',
        cluster=2,
        source='http://www.publicnow.com/view/A8F951984BD9869146C43CCB26E7A783517BA3E3?1596320204',
        published='2020-08-01',
    ),
    # NASA blog text of 1 May 2021 (after the 6:26 p.m. hatch closure; carried by a news site): coverage runs 'through their splashdown ... at about 2:57 a.m. EDT on Sunday, May 2': the later end, 02:57 EDT on 2 May 2021
    B(
        text='NASA Television will air live coverage beginning at 8:15 p.m. for undocking scheduled at 8:35 p.m. and continue coverage through their splashdown off the coast of Panama City, Florida, at about 2:57 a.m. EDT on Sunday, May 2 and their recovery from the spacecraft.',
        due='2021-05-02 06:57:00',
        vague=False,
        said='2021-05-01 22:40:00',
        tz='America/New_York',
        precision='minute',
        cluster=2,
        source='https://thedailyripple.org/index.php/component/content/article/100-space/777703-crew-dragon-hatch-closed-undocks-soon-on-nasa-tv',
        published='2021-05-01',
    ),
    # media advisory updated 18 August 2022 (after an early morning briefing): undocking '11:05 a.m. EDT Friday, Aug. 19'
    B(
        text='Mission teams now are targeting to undock the uncrewed Dragon spacecraft from the space station at 11:05 a.m. EDT Friday, Aug. 19.',
        due='2022-08-19 15:05:00',
        vague=False,
        said='2022-08-18 12:00:00',
        tz='America/New_York',
        precision='minute',
        cluster=2,
        source='https://www.nasa.gov/press-release/nasa-tv-to-cover-spacex-cargo-dragon-departure-from-space-station/',
        published='2022-08-18',
    ),
    # unsure: the briefing '2 p.m. Monday, Aug. 15' is from Houston (Central), but the release gives its times in Eastern (EDT elsewhere in it): 14:00 EDT on 15 August 2016; in Central time it would be 19:00 UTC
    B(
        text="Leading up to the spacewalk, NASA TV will air a briefing from the agency's Johnson Space Center in Houston at 2 p.m. Monday, Aug. 15, during which station and commercial crew experts will discuss the process and significance of installing and connecting the first of two international docking adapters (IDAs) that will be used for the future arrivals of Boeing and SpaceX commercial crew spacecraft.",
        due='2016-08-15 18:00:00',
        vague=False,
        said='2016-08-09 14:00:00',
        tz='America/New_York',
        precision='hour',
        cluster=2,
        source='https://spacenews.com/?p=457816',
        published='2016-08-09',
    ),
    # -- cluster 3: several dates in one sentence
    # FCC notice of 31 May 2016: comments by 30 June and replies by 15 July; of the two dates the later (a schedule falls due at its later end): 15 July 2016, end of day EDT; unsure: a member pledging to comment would mean 30 June
    B(
        text='DATES: Submit comments on or before June 30, 2016, and replies on or before July 15, 2016.',
        due='2016-07-16 03:59:59',
        vague=False,
        said='2016-05-31 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=3,
        source='https://thefederalregister.org/81-FR/34301',
        published='2016-05-31',
    ),
    # Executive Order 13792 of 26 April 2017 (printed 1 May; on a flipbook mirror): 'Within 45 days of the date of this order' is 10 June 2017, end of day EDT; 'Proclamation 9558 of December 28, 2016' is a past document's date
    B(
        text='(d) Within 45 days of the date of this order, the Secretary shall provide an interim report to the President, through the Director of the Office of Management and Budget, the Assistant to the President for Economic Policy, the Assistant to the President for Domestic Policy, and the Chairman of the Council on Environmental Quality, summarizing the findings of the review described in subsection (a) of this section with respect to Proclamation 9558 of December 28, 2016 (Establishment of the Bears Ears National Monument), and such other designations as the Secretary determines to be appropriate for inclusion in the interim report.',
        due='2017-06-11 03:59:59',
        vague=False,
        said='2017-04-26 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=3,
        source='http://online.flipbuilder.com/mcjt/tsle/files/basic-html/page79.html',
        published='2017-04-26',
    ),
    # Executive Order 13953 of 30 September 2020 (printed 5 October): 'Within 30 days of the date of this order' is 30 October 2020, end of day EDT
    B(
        text='(b) Within 30 days of the date of this order, the heads of all relevant agencies shall each submit a report to the President',
        due='2020-10-31 03:59:59',
        vague=False,
        said='2020-09-30 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=3,
        source='http://online.flipbuilder.com/mcjt/tsle/files/basic-html/page1145.html',
        published='2020-09-30',
    ),
    # said Thursday 2 May 2019: 'next week' is the Monday-to-Sunday week of 6-12 May, due Sunday 12 May, end of day BST; the definite 'next week' beats the vague 'shortly' of the second pledge
    B(
        text="I am pleased that next week, the Government will publish their response to the Joint Committee's scrutiny of the Bill, and I hope to announce further news on the Bill shortly.",
        due='2019-05-12 22:59:59',
        vague=False,
        said='2019-05-02 10:53:00',
        tz='Europe/London',
        precision='week',
        cluster=3,
        source='https://www.theyworkforyou.com/debates/?id=2019-05-02b.372.6&s=Andrea+leadsom',
        published='2019-05-02',
    ),
    # Defra release of 26 October 2023: 'as soon as feasibly possible and no later than 2030': the definite limit, end of 2030 (GMT)
    B(
        text="Defra's ultimate objective is to establish a mature market, encourage uptake and mandate the use of these products in appropriate cattle systems across England, as soon as feasibly possible and no later than 2030.",
        due='2030-12-31 23:59:59',
        vague=False,
        said='2023-10-26 09:00:00',
        tz='Europe/London',
        precision='year',
        cluster=3,
        source='https://www.ukpol.co.uk/category/press-releases/page/507',
        published='2023-10-26',
    ),
    # unsure: a reported schedule ('the third, and final, reading of which was scheduled for November 21'), still ahead when reported: 21 November 2003, end of day Moscow; the other reading takes the past tense as the past; 2004 names the budget year; the item's day is not shown (taken as 17 November 2003, from the Transdniestria plan it mentions; the label holds for any day before the 21st)
    B(
        text='Mr Putin said that he hoped the State Duma would urgently approve the federal budget for 2004, the third, and final, reading of which was scheduled for November 21.',
        due='2003-11-21 20:59:59',
        vague=False,
        said='2003-11-17 07:00:00',
        tz='Europe/Moscow',
        precision='day',
        cluster=3,
        source='http://en.kremlin.ru/events/president/news/29763',
        published='2003-11-17',
    ),
    # unsure: coverage begins at 6:30 a.m. and the spacewalk at 8:05 a.m. on 19 August 2016; the later time of the schedule is taken, 08:05 EDT; a member pledging to watch from the start would mean 6:30
    B(
        text="Coverage of the spacewalk will begin at 6:30 a.m. EDT Aug. 19, on NASA TV and the agency's website, with the spacewalk scheduled to begin at 8:05 a.m.",
        due='2016-08-19 12:05:00',
        vague=False,
        said='2016-08-09 14:00:00',
        tz='America/New_York',
        precision='minute',
        cluster=3,
        source='https://spacenews.com/?p=457816',
        published='2016-08-09',
    ),
    # 'was originally scheduled to begin at 8:10 a.m.' and now runs late: the original time is past and replaced (past); the post was written after the delay
    B(
        text="Today's spacewalk was originally scheduled to begin at 8:10 a.m.",
        due=None,
        vague=False,
        said='2018-03-29 12:30:00',
        tz='America/New_York',
        refusal='past',
        cluster=3,
        source='https://blogs.nasa.gov/spacestation/2018/03/29/watch-nasa-tv-now-as-spacewalkers-prepare-to-exit-station/',
        published='2018-03-29',
    ),
    # briefing of 11 July 2014: the President's goal 'over the next four years' is 11 July 2018, end of day EDT; 'today's step' is the day's news, not the goal; 99 percent is an amount; unsure: the sentence's own predicate is 'today's vote is a major step'
    B(
        text="While more work will be needed to meet the President's goal of connecting 99 percent of students and their classrooms and libraries over the next four years and ensure that connectivity is put to immediate use enriching classrooms and empowering teachers, today's step is a major -- or today's vote is a major step along that path.",
        due='2018-07-12 03:59:59',
        vague=False,
        said='2014-07-11 17:04:00',
        tz='America/New_York',
        precision='day',
        cluster=3,
        source='https://www.presidency.ucsb.edu/documents/press-briefing-press-secretary-josh-earnest-310',
        published='2014-07-11',
    ),
    # unsure: the closure runs 'from 12:01 a.m. local time November 4, 2019, through December 31, 2019': the range's later end, 31 December 2019, end of day in the Pacific Islands Regional Office's zone (Honolulu); if 'local time' is read as the Northern Mariana Islands' own (UTC+10) the end falls 20 hours earlier; the action page's date is not shown (taken as 31 October 2019)
    B(
        text='The closure is effective 12:01 a.m. local time November 4, 2019, through December 31, 2019.',
        due='2020-01-01 09:59:59',
        vague=False,
        said='2019-10-31 20:00:00',
        tz='Pacific/Honolulu',
        precision='day',
        cluster=3,
        source='https://www.fisheries.noaa.gov/action/commonwealth-northern-mariana-islands-bigeye-tuna-fishery-closure',
        published='2019-10-31',
    ),
    # House of Lords Business of 28 November 2023: 'Tabled on 27 November 2023' is past; 'due for answer by 11 December 2023', end of day GMT
    B(
        text='Tabled on 27 November 2023 and due for answer by 11 December 2023.',
        due='2023-12-11 23:59:59',
        vague=False,
        said='2023-11-28 09:00:00',
        tz='Europe/London',
        precision='day',
        cluster=3,
        source='https://lordsbusiness.parliament.uk/?businessPaperDate=2023-11-28&sectionId=50',
        published='2023-11-28',
    ),
    # NASA release of 1 August 2020: 'Approximately 19 hours later' is restated as the dated splashdown '2:48 p.m. EDT on Sunday, August 2': 14:48 EDT
    B(
        text="Approximately 19 hours later, after jettisoning its trunk and re-entering Earth's atmosphere, Crew Dragon will splash down in the Gulf of Mexico off the coast of Florida at 2:48 p.m. EDT on Sunday, August 2.",
        due='2020-08-02 18:48:00',
        vague=False,
        said='2020-08-01 15:35:00',
        tz='America/New_York',
        precision='minute',
        cluster=3,
        source='http://www.publicnow.com/view/A8F951984BD9869146C43CCB26E7A783517BA3E3?1596320204',
        published='2020-08-01',
    ),
    # radio address of Saturday 3 August 2002: 'This week' is what was done; 'I will sign into law next week' is the week of 5-11 August, due Sunday 11 August, end of day EDT
    B(
        text='This week, the Senate followed the lead of the House by giving me that authority, which I will sign into law next week.',
        due='2002-08-12 03:59:59',
        vague=False,
        said='2002-08-03 14:06:00',
        tz='America/New_York',
        precision='week',
        cluster=3,
        source='http://patriotresource.com/wtc/president/aug/020803a.html',
        published='2002-08-03',
    ),
    # unsure: a target 'in 2030' stated in a sentence reporting its submission in 2021; the target is still ahead when the fact sheet is written (December 2024): end of 2030, Eastern; the other reading refuses the sentence as a report of the past
    B(
        text='In 2021, pursuant to the terms of the Paris Agreement, President Biden submitted a nationally determined contribution (NDC) with a target of reducing U.S. greenhouse gas emissions 50-52 percent from the 2005 baseline in 2030.',
        due='2031-01-01 04:59:59',
        vague=False,
        said='2024-12-19 15:00:00',
        tz='America/New_York',
        precision='year',
        cluster=3,
        source='https://news-photos-features.com/category/joe-biden',
        published='2024-12-19',
    ),
    # -- cluster 4: period forms: early/late parts, named weeks, ends of months and weeks
    # written answer of 12 November 2015: Phase 3 'will commence in early 2016 and conclude also in early 2016': early is January-April, due 30 April 2016, end of day IST
    B(
        text='The final Phase, Phase 3 (identification of detailed actions to achieve each agreed objective, with associated timescales, Key Performance Indicators, institutional responsibilities and monitoring arrangements), will commence in early 2016 and conclude also in early 2016 with the presentation of a new Strategy for Government approval.',
        due='2016-04-30 22:59:59',
        vague=False,
        said='2015-11-12 10:00:00',
        tz='Europe/Dublin',
        precision='month',
        cluster=4,
        source='https://www.oireachtas.ie/ga/debates/question/2015-11-12/132/',
        published='2015-11-12',
    ),
    # written answer of 20 September 2012: 'an expected publication date early in 2013': January-April, due 30 April 2013, end of day IST
    B(
        text="Drafting of the Bill by the Office of the Chief Parliamentary Counsel is continuing and the Bill is included in the Government's Legislation Programme with an expected publication date early in 2013.",
        due='2013-04-30 22:59:59',
        vague=False,
        said='2012-09-20 09:00:00',
        tz='Europe/Dublin',
        precision='month',
        cluster=4,
        source='https://www.oireachtas.ie/en/debates/question/2012-09-20/48/',
        published='2012-09-20',
    ),
    # Wikinews weekly topics of 3 January 2005: 'before end of January' is 31 January 2005, end of day UTC
    B(
        text='When: before end of January',
        due='2005-01-31 23:59:59',
        vague=False,
        said='2005-01-03 10:00:00',
        tz='UTC',
        precision='month',
        cluster=4,
        source='https://en.wikinews.org/wiki/Wikinews:Weekly_Topics/January_3,_2005',
        published='2005-01-03',
    ),
    # gaggle of Tuesday 29 July 2008: 'at the end of this week' is Sunday 3 August 2008 (weeks end on Sunday), end of day EDT
    B(
        text='Also at the end of this week, Congress is expected to go on their August recess, and at that same time many families across America are making tough decisions about whether or not they can go on their summer vacations, due to the high gasoline prices.',
        due='2008-08-04 03:59:59',
        vague=False,
        said='2008-07-29 13:45:00',
        tz='America/New_York',
        precision='day',
        cluster=4,
        source='https://georgewbush-whitehouse.archives.gov/news/releases/2008/07/20080729-1.html',
        published='2008-07-29',
    ),
    # unsure: 'in the first week of June' (said 24 May 1962) is read as days 1-7 of June (as 'the second week of <month>' is days 8-14), due 7 June 1962, end of day Irish summer time; 1 June 1962 was a Friday, so the first Monday-to-Sunday week of June would end on 10 June
    B(
        text='Yes; I shall endeavour to let the House know in the first week of June what legislation we contemplate in the session.',
        due='1962-06-07 22:59:59',
        vague=False,
        said='1962-05-24 09:30:00',
        tz='Europe/Dublin',
        precision='week',
        cluster=4,
        source='https://www.oireachtas.ie/en/debates/debate/dail/1962-05-24/2/',
        published='1962-05-24',
    ),
    # -- cluster 5: refusals: past, event, recurring, earliest-only, negated
    # Executive Order 13953 of 30 September 2020: a first report 'By January 1, 2021' and then 'every 180 days thereafter'; the first date is a deadline: 1 January 2021, end of day EST; unsure: the sentence also sets a recurring schedule, which the refusal rules might take as a standing one
    B(
        text="(b) By January 1, 2021, and every 180 days thereafter, the Secretary of the Interior, in consultation with the heads of other agencies, as appropriate, shall inform the President of the state of the threat posed by our Nation's reliance on critical minerals, in processed or unprocessed form, from foreign adversaries and recommend any additional actions necessary to address that threat.",
        due='2021-01-02 04:59:59',
        vague=False,
        said='2020-09-30 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=5,
        source='http://online.flipbuilder.com/mcjt/tsle/files/basic-html/page1145.html',
        published='2020-09-30',
    ),
    # statute of 8 August 2005 (Pub. L. 109-58, sec. 141): 'Every 6 months following the submission of a report' until an undated adoption: a standing schedule (recurring)
    B(
        text="Every 6 months following the submission of a report under subsection (a) until the adoption of a new or revised standard described in such report, the Secretary shall submit to the Congress an implementation report describing the Secretary's progress in implementing the Secretary's plan or the issuance of the new or revised standard.",
        due=None,
        vague=False,
        said='2005-08-08 14:00:00',
        tz='America/New_York',
        refusal='recurring',
        cluster=5,
        source='https://legalfix.com/uscode/text/42/15834',
        published='2005-08-08',
    ),
    # a bill's text (H.R. 7159, 118th Congress; its date is not on the page, taken as 30 January 2024, the refusal does not depend on it): 180 days 'after the date of submission of a strategy', an undated event
    B(
        text='Not later than 180 days after the date of submission of a strategy detailed in section 3(a), the President shall submit to the appropriate congressional committees an implementation report',
        due=None,
        vague=False,
        said='2024-01-30 15:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source='https://self-law.org/code/bill/118/hr/7159/ih/section-5',
        published='2024-01-30',
    ),
    # 'The VOA's own time limits give the VOA 20 working days': a standard for every referral (recurring); the manual's date is not shown (taken as 1 January 2013)
    B(
        text="The VOA's own time limits give the VOA 20 working days to do this, so the 30 working day review date should give sufficient time for the form to reach the VOA, be considered and then the slip returned to us.",
        due=None,
        vague=False,
        said='2013-01-01 10:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=5,
        source='http://www.hmrc.gov.uk/manuals/IHTmanual/IHTM23101.htm',
        published='2013-01-01',
    ),
    # DFID guidance on written questions (no date on the page; taken as 1 June 2010, the refusal does not depend on it): 'five working days to respond' to every question, a service standard (recurring)
    B(
        text='For all other questions we have five working days to respond to the MP, therefore deadlines are tight and limited to 2 working days for teams to submit replies.',
        due=None,
        vague=False,
        said='2010-06-01 09:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=5,
        source='http://www.dfid.gov.uk/About-us/Our-organisation/blue-book/Blue-Book-index-F-to-K/K2/',
        published='2010-06-01',
    ),
    # 'We have 10 days to respond to peers' questions': a standard for each question (recurring)
    B(
        text="We have 10 days to respond to peers' questions, but all answers must first be cleared by a DFID Minister, deadlines are kept deliberately short to enable this.",
        due=None,
        vague=False,
        said='2010-06-01 09:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=5,
        source='http://www.dfid.gov.uk/About-us/Our-organisation/blue-book/Blue-Book-index-F-to-K/K2/',
        published='2010-06-01',
    ),
    # a memorandum summarising responses 'at 3 July 2008': 'On 9 June 2008, we asked' is the past
    B(
        text='On 9 June 2008, we asked correspondents in other national parliaments belonging to the European Centre for Parliamentary Research and Documentation: what is the mechanism for Members to complain about replies by Ministers to questions for written answer which are late or inadequate?',
        due=None,
        vague=False,
        said='2008-07-03 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://publications.parliament.uk/pa/cm200809/cmselect/cmproced/859/859we27.htm',
        published='2008-07-03',
    ),
    # business statement: 'Friday 10 May—The House will not be sitting.': the day is denied (negated)
    B(
        text='Friday 10 May—The House will not be sitting.',
        due=None,
        vague=False,
        said='2019-05-02 10:53:00',
        tz='Europe/London',
        refusal='negated',
        cluster=5,
        source='https://www.theyworkforyou.com/debates/?id=2019-05-02b.372.6&s=Andrea+leadsom',
        published='2019-05-02',
    ),
    # Future Business of 1 July 2019: business may change 'up to the rising of the House on the day before it is to be taken': tied to an undated event
    B(
        text='Business in either Chamber may be changed, and further business added, up to the rising of the House on the day before it is to be taken, and is therefore provisional.',
        due=None,
        vague=False,
        said='2019-07-01 09:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source='https://publications.parliament.uk/pa/cm201719/cmagenda/fb190701.htm',
        published='2019-07-01',
    ),
    # written statement of 21 July 2025: updates 'every four sitting weeks' for the duration of special measures (recurring)
    B(
        text='The Government committed to updating Parliament on British Steel every four sitting weeks for the duration of the period of special measures being applied under the Steel Industry (Special Measures) Act 2025.',
        due=None,
        vague=False,
        said='2025-07-21 09:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=5,
        source='https://parallelparliament.co.uk/debate/2025-07-21/commons/written-statements',
        published='2025-07-21',
    ),
    # 'Since my last written ministerial statement ... on 20 June' (said 21 July 2025): the past
    B(
        text='Since my last written ministerial statement on British Steel on 20 June, I have written to several Members in response to further questions.',
        due=None,
        vague=False,
        said='2025-07-21 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://parallelparliament.co.uk/debate/2025-07-21/commons/written-statements',
        published='2025-07-21',
    ),
    # HM Treasury release of 13 November 2024: 'Legislation has today been introduced': done (past), as 'has today published' in the fifth kinds set
    B(
        text='Legislation has today been introduced to allow government, for the first time, to permanently cut business rates for retail, hospitality and leisure properties.',
        due=None,
        vague=False,
        said='2024-11-13 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://www.ukpol.co.uk/tag/press-release/page/272',
        published='2024-11-13',
    ),
    # 'expected to enter the market from 2025': only a start (earliest 1 January 2025, GMT), no deadline
    B(
        text="With these innovative methane-suppressing feed products expected to enter the market from 2025, Defra's summary of responses lays out plans which could, for instance, include guidance, advice and support through schemes such as the Farming Innovation Programme, Animal Health and Welfare Pathway, Environmental Land Management schemes, or the introduction of a tailor-made programme.",
        due=None,
        vague=False,
        said='2023-10-26 09:00:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='2025-01-01 00:00:00',
        cluster=5,
        source='https://www.ukpol.co.uk/category/press-releases/page/507',
        published='2023-10-26',
    ),
    # 'before the break' (the end of the State Duma's term) is not dated here (event)
    B(
        text="Many essential bills should be passed before the break—in particular, amendments to the Land Code, and the bills on restoring the Government's right to regulate energy export duties and on bank deposit insurance.",
        due=None,
        vague=False,
        said='2003-11-17 07:00:00',
        tz='Europe/Moscow',
        refusal='event',
        cluster=5,
        source='http://en.kremlin.ru/events/president/news/29763',
        published='2003-11-17',
    ),
    # 'submitted to me last July' (said 20 September 2012): the past
    B(
        text="The Committee's report containing its detailed observations on the General Scheme based on its deliberations and meetings with various experts and interested parties were submitted to me last July.",
        due=None,
        vague=False,
        said='2012-09-20 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source='https://www.oireachtas.ie/en/debates/question/2012-09-20/48/',
        published='2012-09-20',
    ),
    # a quoted negotiator: 'I am not going to predict that it is over today or tomorrow': both days are denied (negated)
    B(
        text='"I think we\'re really getting to the end of the negotiating process. I am not going to predict that it is over today or tomorrow but certainly I think we are getting to the end."',
        due=None,
        vague=False,
        said='2005-08-03 15:00:00',
        tz='America/New_York',
        refusal='negated',
        cluster=5,
        source='https://www.globalsecurity.org/wmd/library/news/dprk/2005/dprk-050803-2ebd38ba.htm',
        published='2005-08-03',
    ),
    # statement of 21 January 2021: 'From this April' gives only a start (earliest 1 April 2021, 00:00 BST), no deadline
    B(
        text='From this April, tens of thousands of adults will be able to benefit from almost 400 free courses, which will be the first phase in the lifetime skills guarantee.',
        due=None,
        vague=False,
        said='2021-01-21 12:30:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='2021-03-31 23:00:00',
        cluster=5,
        source='https://parallelparliament.co.uk/debate/2021-01-21/commons/commons-chamber/skills-for-jobs-white-paper/ministerial-extracts',
        published='2021-01-21',
    ),
    # 'Last October, I notified the House': the past
    B(
        text="Last October, I notified the House of our plans to introduce a dynamic programme of measures to reshape this country's further and technical education landscape, which is a key part of our mission to empower everyone in this country and level up those areas that have been overlooked and under-resourced for too long.",
        due=None,
        vague=False,
        said='2021-01-21 12:30:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://parallelparliament.co.uk/debate/2021-01-21/commons/commons-chamber/skills-for-jobs-white-paper/ministerial-extracts',
        published='2021-01-21',
    ),
    # an amendment moved on 8 March 1967: 'within one month of the Royal Assent', an undated event
    B(
        text='Provided that the Minister shall publish within one month of the Royal Assent to this Act any such scheme.',
        due=None,
        vague=False,
        said='1967-03-08 10:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source='https://api.parliament.uk/historic-hansard/commons/1967/mar/08/clause-28-schemes-directions-etc',
        published='1967-03-08',
    ),
    # the Minister denies the month ('I do not think it likely'), and it would count from an undated Royal Assent anyway (negated)
    B(
        text='But I do not think it likely that it can be done in so short a time as a month after Royal Assent.',
        due=None,
        vague=False,
        said='1967-03-08 10:00:00',
        tz='Europe/London',
        refusal='negated',
        cluster=5,
        source='https://api.parliament.uk/historic-hansard/commons/1967/mar/08/clause-28-schemes-directions-etc',
        published='1967-03-08',
    ),
    # news conference of 8 July 2002: 'before it goes home for the August recess': the recess is not dated here (event)
    B(
        text='Congress should act to create American jobs before it goes home for the August recess.',
        due=None,
        vague=False,
        said='2002-07-08 14:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source='https://georgewbush-whitehouse.archives.gov/infocus/internationaltrade/20020708.html',
        published='2002-07-08',
    ),
    # 'will reopen at 12:01 a.m. (local time) on January 1, 2018': only a start (earliest 00:01 EST, the publisher's zone), no deadline
    B(
        text='Commercial harvest will reopen at 12:01 a.m. (local time) on January 1, 2018.',
        due=None,
        vague=False,
        said='2017-11-13 15:00:00',
        tz='America/New_York',
        refusal='earliest',
        earliest='2018-01-01 05:01:00',
        cluster=5,
        source='http://oysterradio.blogspot.com/2017/11/commercial-harvest-of-gray-triggerfish.html',
        published='2017-11-13',
    ),
    # 'closed on January 28, 2021' (said 18 February 2021): the past
    B(
        text='The Southern Zone gillnet component closed on January 28, 2021.',
        due=None,
        vague=False,
        said='2021-02-18 15:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source='https://www.perishablenews.com/seafood/commercial-hook-and-line-harvest-of-king-mackerel-in-federal-waters-of-the-gulf-of-mexico-southern-zone-will-close-on-february-22-2021/',
        published='2021-02-18',
    ),
    # Order of Business of Tuesday 12 February 2013: sitting 'later than 9 p.m. tonight' gives only a start (earliest 21:00 GMT), no deadline
    B(
        text='Is the proposal that the Dáil shall sit later than 9 p.m. tonight agreed to?',
        due=None,
        vague=False,
        said='2013-02-12 14:00:00',
        tz='Europe/Dublin',
        refusal='earliest',
        earliest='2013-02-12 21:00:00',
        cluster=5,
        source='https://www.oireachtas.ie/en/debates/debate/dail/2013-02-12/18/',
        published='2013-02-12',
    ),
    # VOA of Friday 15 January 2016: 'North Korea's test last week': the past
    B(
        text="Kerry's visit to China comes at a time when both Washington and Beijing have raised concerns about North Korea's test last week of what it said was a nuclear weapon.",
        due=None,
        vague=False,
        said='2016-01-15 17:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source='https://www.voanews.com/a/john-kerry-agenda-north-korea-tension-syria/3147944.html',
        published='2016-01-15',
    ),
    # answer of 6 January 2004: 'The consultation period ended on 12 December 2003': the past
    B(
        text='The consultation period ended on 12 December 2003, and the Government are in the process of analysing responses to the consultation.',
        due=None,
        vague=False,
        said='2004-01-06 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://api.parliament.uk/historic-hansard/written_answers/2004/jan/06/house-of-lords',
        published='2004-01-06',
    ),
    # answer of 24 November 2008: 'came into force on 1 November 2008': the past
    B(
        text='The new code of practice on consultation came into force on 1 November 2008, and guidance is being developed to support implementation.',
        due=None,
        vague=False,
        said='2008-11-24 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://publications.parliament.uk/pa/ld200708/ldhansrd/text/81124w0003.htm',
        published='2008-11-24',
    ),
    # 'arrived ... May 31 following a launch ... on May 30' (said 1 August 2020): year-less dates after past verbs, the past
    B(
        text="Hurley and Behnken arrived at the orbiting laboratory in the Crew Dragon May 31 following a launch from NASA's Kennedy Space Center in Florida on May 30.",
        due=None,
        vague=False,
        said='2020-08-01 15:35:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source='http://www.publicnow.com/view/A8F951984BD9869146C43CCB26E7A783517BA3E3?1596320204',
        published='2020-08-01',
    ),
    # 'At 6:26p.m. EDT, the hatch closed': a clock time with a zone word in the past (the names are quoted as the page has them)
    B(
        text='At 6:26p.m. EDT, the hatch closed between the Crew Dragon Resilience spacecraft and the International Space Station in preparation for undocking and return to Earth of NASA’s SpaceX Crew-1 mission with astronauts Michael HopkinsVictor Glover, and Shannon Walker of NASA, and Soichi Noguchi of the Japan Aerospace Exploration Agency (JAXA).',
        due=None,
        vague=False,
        said='2021-05-01 22:40:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source='https://thedailyripple.org/index.php/component/content/article/100-space/777703-crew-dragon-hatch-closed-undocks-soon-on-nasa-tv',
        published='2021-05-01',
    ),
    # the Thursday 18 August undocking is being postponed (negated); the new date is in another sentence
    B(
        text='At the conclusion of an early morning weather briefing, NASA and SpaceX are postponing the Thursday, Aug. 18 undocking of a SpaceX Dragon cargo resupply spacecraft from the International Space Station due to unfavorable weather conditions, including an elevated chance of precipitation at the splashdown sites.',
        due=None,
        vague=False,
        said='2022-08-18 12:00:00',
        tz='America/New_York',
        refusal='negated',
        cluster=5,
        source='https://www.nasa.gov/press-release/nasa-tv-to-cover-spacex-cargo-dragon-departure-from-space-station/',
        published='2022-08-18',
    ),
    # -- cluster 6: ordinary deadline phrasings (control)
    # Postal Regulatory Commission notice of 1 February 2016: 'Comments are due: March 2, 2016', end of day EST
    B(
        text='DATES: Comments are due: March 2, 2016.',
        due='2016-03-03 04:59:59',
        vague=False,
        said='2016-02-01 15:00:00',
        tz='America/New_York',
        precision='day',
        cluster=6,
        source='https://thefederalregister.org/81-FR/5085',
        published='2016-02-01',
    ),
    # the reply comments of the same notice: 17 March 2016, end of day EDT (daylight time began on 13 March)
    B(
        text='Reply comments are due: March 17, 2016.',
        due='2016-03-18 03:59:59',
        vague=False,
        said='2016-02-01 15:00:00',
        tz='America/New_York',
        precision='day',
        cluster=6,
        source='https://thefederalregister.org/81-FR/5085',
        published='2016-02-01',
    ),
    # Executive Order 13792 of 26 April 2017: 'Within 120 days of the date of this order' is 24 August 2017, end of day EDT
    B(
        text='(e) Within 120 days of the date of this order, the Secretary shall provide a final report to the President',
        due='2017-08-25 03:59:59',
        vague=False,
        said='2017-04-26 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=6,
        source='http://online.flipbuilder.com/mcjt/tsle/files/basic-html/page79.html',
        published='2017-04-26',
    ),
    # statute of 8 August 2005: the initial report 'not later than 6 months following August 8, 2005' is 8 February 2006, end of day EST; the subsequent reports hang on an undated determination
    B(
        text="The Secretary's initial report shall be submitted not later than 6 months following August 8, 2005, and subsequent reports shall be submitted whenever the Secretary determines that additional deadlines for issuance of new or revised standards have been missed.",
        due='2006-02-09 04:59:59',
        vague=False,
        said='2005-08-08 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=6,
        source='https://legalfix.com/uscode/text/42/15834',
        published='2005-08-08',
    ),
    # answer of 12 November 2015: Phase 2 'will commence shortly': vague, 60 days, 11 January 2016, end of day GMT
    B(
        text='Phase 1 (identification of key themes for the new Strategy) has been completed, and Phase 2 (identification and agreement of high-level objectives under each agreed theme) will commence shortly.',
        due='2016-01-11 23:59:59',
        vague=True,
        said='2015-11-12 10:00:00',
        tz='Europe/Dublin',
        precision='month',
        cluster=6,
        source='https://www.oireachtas.ie/ga/debates/question/2015-11-12/132/',
        published='2015-11-12',
    ),
    # said 11 May 2011: 'over the next two months' is 11 July 2011, end of day IST
    B(
        text='There are a mounting number of measures which the Government has indicated it will introduce and publish over the next two months.',
        due='2011-07-11 22:59:59',
        vague=False,
        said='2011-05-11 09:30:00',
        tz='Europe/Dublin',
        precision='day',
        cluster=6,
        source='https://www.kildarestreet.com/debates/?id=2011-05-11.73.0&s=speaker%3A339',
        published='2011-05-11',
    ),
    # said Thursday 2 May 2019: 'next Wednesday' is 8 May 2019 (either common reading), end of day BST
    B(
        text='In addition, next Wednesday, the House of Commons will launch a public consultation on the northern estate programme, which is a vital step in ensuring that we have decant accommodation when the major works get under way.',
        due='2019-05-08 22:59:59',
        vague=False,
        said='2019-05-02 10:53:00',
        tz='Europe/London',
        precision='day',
        cluster=6,
        source='https://www.theyworkforyou.com/debates/?id=2019-05-02b.372.6&s=Andrea+leadsom',
        published='2019-05-02',
    ),
    # a target 'by 2050': the end of 2050 (GMT)
    B(
        text='We are fully committed to achieving net-zero greenhouse gas emissions in the UK by 2050 and it is vital that we continue to explore ways to assist farmers in sustainable food production while also further reducing emissions from agriculture.',
        due='2050-12-31 23:59:59',
        vague=False,
        said='2023-10-26 09:00:00',
        tz='Europe/London',
        precision='year',
        cluster=6,
        source='https://www.ukpol.co.uk/category/press-releases/page/507',
        published='2023-10-26',
    ),
    # answer of 21 June 2001: 'published before the end of 2001': 31 December 2001, end of day GMT
    B(
        text='It is envisaged that a Curragh of Kildare Bill will be published before the end of 2001.',
        due='2001-12-31 23:59:59',
        vague=False,
        said='2001-06-21 09:00:00',
        tz='Europe/Dublin',
        precision='year',
        cluster=6,
        source='https://www.oireachtas.ie/ga/debates/debate/dail/2001-06-21/39/',
        published='2001-06-21',
    ),
    # unsure: 'within the next few months' is read as the vague 'coming months' window, 3 months: 21 September 2001, end of day IST; the window's length is a product choice
    B(
        text='The necessary legislation to give effect to the recommendations of the report of the Curragh task force is being prepared and it is expected that the heads of a Bill will be submitted for the approval of Government within the next few months.',
        due='2001-09-21 22:59:59',
        vague=True,
        said='2001-06-21 09:00:00',
        tz='Europe/Dublin',
        precision='month',
        cluster=6,
        source='https://www.oireachtas.ie/ga/debates/debate/dail/2001-06-21/39/',
        published='2001-06-21',
    ),
    # Wikinews weekly topics: 'When: Sunday, Jan. 9' is 9 January 2005, end of day UTC
    B(
        text='When: Sunday, Jan. 9',
        due='2005-01-09 23:59:59',
        vague=False,
        said='2005-01-03 10:00:00',
        tz='UTC',
        precision='day',
        cluster=6,
        source='https://en.wikinews.org/wiki/Wikinews:Weekly_Topics/January_3,_2005',
        published='2005-01-03',
    ),
    # Northern Ireland questions of 30 June 2010: 'will meet soon' is vague, 60 days: 29 August 2010, end of day BST
    B(
        text='The reconvened ministerial working group will meet soon to review progress, and I will be its chairman.',
        due='2010-08-29 22:59:59',
        vague=True,
        said='2010-06-30 10:30:00',
        tz='Europe/London',
        precision='month',
        cluster=6,
        source='https://hansard.parliament.uk/Commons/2010-06-30/debates/b218373b-7921-4084-aecc-2377102267d8/CommonsChamber',
        published='2010-06-30',
    ),
    # a target 'by 2030': the end of 2030 (GMT)
    B(
        text="The Government have a world-leading target to halt nature's decline by 2030, and recovering urban biodiversity is an important part of that work.",
        due='2030-12-31 23:59:59',
        vague=False,
        said='2022-03-10 09:30:00',
        tz='Europe/London',
        precision='year',
        cluster=6,
        source='https://hansard.parliament.uk/Commons/2022-03-10/debates/f69650df-2fa7-4c53-ae6c-00789d37def4/CommonsChamber',
        published='2022-03-10',
    ),
    # the Executive Order's own commencement 'upon its official publication': the day it is published and read, 17 March 2020, end of day Moscow (as 'upon publication' in the earlier sets); unsure: a commencement more than a pledge
    B(
        text='3. This Executive Order enters into force upon its official publication.',
        due='2020-03-17 20:59:59',
        vague=False,
        said='2020-03-17 07:00:00',
        tz='Europe/Moscow',
        precision='day',
        cluster=6,
        source='https://newskitchen.eu/2020/03/17/april-22-the-vote-on-amendments-to-the-constitution/',
        published='2020-03-17',
    ),
    # VOA of Friday 15 January 2016: 'travels ... next week' is the week of 18-24 January, due Sunday 24 January, end of day EST
    B(
        text='Secretary of State John Kerry travels to Europe, the Middle East and Asia next week, where he is expected to hold talks on issues including the upcoming U.N.-led political talks on Syria and tensions with North Korea.',
        due='2016-01-25 04:59:59',
        vague=False,
        said='2016-01-15 17:00:00',
        tz='America/New_York',
        precision='week',
        cluster=6,
        source='https://www.voanews.com/a/john-kerry-agenda-north-korea-tension-syria/3147944.html',
        published='2016-01-15',
    ),
    # 'by no later than 2050': the end of 2050, Eastern
    B(
        text='It keeps the United States on a straight line or steeper path to achieve net-zero greenhouse gas emissions, economy-wide, by no later than 2050.',
        due='2051-01-01 04:59:59',
        vague=False,
        said='2024-12-19 15:00:00',
        tz='America/New_York',
        precision='year',
        cluster=6,
        source='https://news-photos-features.com/category/joe-biden',
        published='2024-12-19',
    ),
    # answer of 6 January 2004: 'will publish ... in due course' is vague, 60 days: 6 March 2004, end of day GMT
    B(
        text='The Government are currently analysing all the responses submitted during the consultation exercise, including a number of responses from peers, and will publish their analysis of the consultation responses, along with their plans for reform of the House of Lords in due course.',
        due='2004-03-06 23:59:59',
        vague=True,
        said='2004-01-06 10:00:00',
        tz='Europe/London',
        precision='month',
        cluster=6,
        source='https://api.parliament.uk/historic-hansard/written_answers/2004/jan/06/house-of-lords',
        published='2004-01-06',
    ),
    # JSC Roundup of 6 March 2019 (Houston, Central time): 'Tomorrow' is 7 March 2019, end of day CST
    B(
        text='Tomorrow, the hatch to Crew Dragon will be battened down for its voyage back to Earth.',
        due='2019-03-08 05:59:59',
        vague=False,
        said='2019-03-06 16:00:00',
        tz='America/Chicago',
        precision='day',
        cluster=6,
        source='https://roundupreads.jsc.nasa.gov/roundup/1095',
        published='2019-03-06',
    ),
    # 'wraps up March 8': 8 March 2019, end of day CST
    B(
        text='SpaceX’s inaugural flight with NASA’s Commercial Crew Program wraps up March 8—and you can watch as history unfolds.',
        due='2019-03-09 05:59:59',
        vague=False,
        said='2019-03-06 16:00:00',
        tz='America/Chicago',
        precision='day',
        cluster=6,
        source='https://roundupreads.jsc.nasa.gov/roundup/1095',
        published='2019-03-06',
    ),
    # advisory of 18 August 2022: splashdown 'on Saturday, Aug. 20', end of day EDT
    B(
        text="After re-entering Earth's atmosphere, the spacecraft will make a parachute-assisted splashdown off the coast of Florida on Saturday, Aug. 20.",
        due='2022-08-21 03:59:59',
        vague=False,
        said='2022-08-18 12:00:00',
        tz='America/New_York',
        precision='day',
        cluster=6,
        source='https://www.nasa.gov/press-release/nasa-tv-to-cover-spacex-cargo-dragon-departure-from-space-station/',
        published='2022-08-18',
    ),
    # NASA station blog text of 23 January 2022 (after the 10:40 a.m. EST undocking; carried by a science news site): 'a deorbit burn Monday, January 24', end of day EST
    B(
        text='Controllers will command a deorbit burn Monday, January 24.',
        due='2022-01-25 04:59:59',
        vague=False,
        said='2022-01-23 16:00:00',
        tz='America/New_York',
        precision='day',
        cluster=6,
        source='https://scitechdaily.com/spacex-cargo-dragon-undocks-from-international-space-station-for-monday-splashdown/amp/',
        published='2022-01-23',
    ),
)
