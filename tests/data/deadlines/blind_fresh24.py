"""A TWENTY-FOURTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-03 (UTC), from about 04:17 by the machine's clock, by a
labelling helper (branch issue12l-s19) that neither changed nor ran the parser: it read only
`CONVENTIONS.md` (the labelling rules, which win over any earlier set's comment), the
docstrings of `blind_real.py` and `blind_fresh23.py` and the latter's comments, the parser
package's docstring (for the documented vague windows, parts of the day, "a bare time is its
next occurrence", a bare "6:30" read as the afternoon, weeks running Monday to Sunday and
"close of business" at 17:00) and the README next to this file. The sentences were found with a
search over stored copies of public pages and taken as they came in the pages read (the
openings the search returns), in page order, skipping only bare headings, location and press
pool lines and lines cut off by the end of an opening; see README.md ("Twenty-fourth fresh
blind set") for every address, publisher and licence. No address listed in README.md, in a
`#` header or README under `tests/data/`, in the sources of the other set files or in the
shared claims file was used: each was checked against those lists and claimed (`fresh24`) in
`/work/helper-brief/claims.txt` before a quote was taken (most pages the searches offered were
already used and were dropped). Every sentence was checked by a text search over the files
under `tests/data/`; four boilerplate lines of schedules found there ("This meeting is closed
press." and the like, in article sets) were dropped. Each label was worked out by hand from
the words, the publication date and the publisher's zone alone; the conversion of local
instants to UTC wall time and the weekday checks were done with Python's zoneinfo and datetime
in a scratch script outside the repository, never with code of the project. No run of
`parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the tests touched these texts
before the labels were committed; the helpers improving the parser have not seen them. See
README.md for the count and the composition by publisher and by kind.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.1"), then `blind_real.py` and `blind_fresh23.py`: the publisher's zone (UK
Parliament: Europe/London; Oireachtas: Europe/Dublin; the Congressional Record, the White
House, the State Department and NASA: America/New_York); the publication date at 10:00 local
(the page's date; for the White House blog, each day's schedule is dated by its own heading;
for the NASA release, which carries no date, the date its own words give, and for the House
colloquy of July 2020, the date of the post that reproduces it, both marked where it matters);
a day falls due at 23:59:59 local (zoneinfo's history decides the offset); a clock time
without a zone word is in the publisher's zone, and a clock time with no day is its next
occurrence after the reference (the parser docstring's reading; where the page puts it on
another day, as for schedule times before 10:00, the label is marked "unsure" and names that
day); a schedule line is quoted as its clock time followed by its line, as in the twenty-third
set; parts of the day end as the parser's docstring says (morning 12:00, afternoon 18:00,
evening 23:59:59) in the publisher's zone, and where the event is abroad the label is marked
"unsure" naming the local reading; a range, a list or a day with several times falls due at
its later end; refusals have `due=None` and a `refusal` kind (earliest | negated | past |
event | recurring), with `earliest` the instant given (here a clock time) for start-only
wording; a case with no time at all has `due=None` and no refusal word. Labels marked "unsure"
name the other reading; like every label here they stay as committed, whatever the first run
shows. First run: not yet taken (the lead runs it once, after merging, and records it in
README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_CR_HOUSE_28APR17 = 'http://gov.mtopgroup.com/art1/record/delta/2017/04/28/house-section/article/H2958-2'
_CR_SENATE_9JUN03 = 'https://thefederalnewswire.com/stories/608426042-schedule-published-by-congressional-record-on-june-9-2003'
_CR_HOUSE_JUL20 = 'https://prayforcongress.blogspot.com/2020/07/house-floor-schedule_25.html'
_WH_BLOG_MAR12 = 'https://obamawhitehouse.archives.gov/blog?page=138'
_WH_BLOG_SEP14 = 'https://obamawhitehouse.archives.gov/blog?page=77'
_STATE_SCHEDULE_5MAR24 = 'https://updatem.com/public-schedule-march-5-2024'
_NASA_SPACEWALKS_2019 = 'https://cerebral-overload.com/2019/09/nasa-television-to-air-10-upcoming-spacewalks-preview-briefing'
_OP_7MAR07 = 'https://publications.parliament.uk/pa/cm200607/cmagenda/op070307.htm'
_TWFY_PRIVATE_2008 = 'https://www.theyworkforyou.com/debates/?id=2008-06-19c.1061.7'
_DAIL_LQ_2021 = 'https://www.oireachtas.ie/en/debates/debate/dail/2021-06-29/2/'
_AQUA_2015 = 'https://www.oireachtas.ie/ga/debates/question/2015-06-30/section/251/'

FRESH24_CASES: tuple[BlindCase, ...] = (
    # Congressional Record, House, Friday 28 April 2017 (legislative program, read on a mirror of the Record): 'the week to come' only names the period asked about, no undertaking: no deadline; unsure: a reader could take the end of next week (7 May)
    B(
        text='Mr. HOYER. Mr. Speaker, I yield to the gentleman from California (Mr. McCarthy), the majority leader, for the purpose of inquiring of the schedule for the week to come.',
        due=None,
        vague=False,
        said='2017-04-28 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_CR_HOUSE_28APR17,
        published='2017-04-28',
    ),
    # the same colloquy: Monday 1 May with two clock times, the latest counts (CONVENTIONS 6.1): 2 p.m. EDT, 2017-05-01 18:00:00 UTC
    B(
        text='Mr. Speaker, on Monday, the House will meet at noon for morning hour and 2 p.m. for legislative business.',
        due='2017-05-01 18:00:00',
        vague=False,
        said='2017-04-28 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_CR_HOUSE_28APR17,
        published='2017-04-28',
    ),
    # the same colloquy: a bare '6:30' (no a.m./p.m.: the afternoon, as the parser docstring reads 1 to 6 o'clock), a new time for the votes (CONVENTIONS 4.1), next occurrence after the reference: 6:30 p.m. EDT on 28 April, 2017-04-28 22:30:00 UTC; unsure: the page puts it on Monday 1 May (2017-05-01 22:30:00 UTC)
    B(
        text='Votes will be postponed until 6:30.',
        due='2017-04-28 22:30:00',
        vague=False,
        said='2017-04-28 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_CR_HOUSE_28APR17,
        published='2017-04-28',
    ),
    # the same colloquy: two days and two clock times, the later day's latest time counts (CONVENTIONS 6.1): noon EDT on Wednesday 3 May, 2017-05-03 16:00:00 UTC
    B(
        text='On Tuesday and Wednesday, the House will meet at 10 a.m. for morning hour and noon for legislative business.',
        due='2017-05-03 16:00:00',
        vague=False,
        said='2017-04-28 14:00:00',
        tz='America/New_York',
        cluster=3,
        source=_CR_HOUSE_28APR17,
        published='2017-04-28',
    ),
    # the same colloquy: 9 a.m. EDT on Thursday 4 May (CONVENTIONS 3.1), 2017-05-04 13:00:00 UTC
    B(
        text='On Thursday, the House will meet at 9 a.m. for legislative business.',
        due='2017-05-04 13:00:00',
        vague=False,
        said='2017-04-28 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_CR_HOUSE_28APR17,
        published='2017-04-28',
    ),
    # the same colloquy: the main act is 'next week' (the Monday-to-Sunday week of 1 to 7 May), due at its end, 2017-05-08 03:59:59 UTC; unsure: the list 'announced by close of business today' is a deadline of its own (17:00 EDT on 28 April, 2017-04-28 21:00:00 UTC)
    B(
        text='Mr. Speaker, the House will consider a number of suspensions next week, a complete list of which will be announced by close of business today.',
        due='2017-05-08 03:59:59',
        vague=False,
        said='2017-04-28 14:00:00',
        tz='America/New_York',
        cluster=3,
        source=_CR_HOUSE_28APR17,
        published='2017-04-28',
    ),
    # the same colloquy: 'H.R. 1644' is a bill number: no deadline
    B(
        text='One suspension worth highlighting is H.R. 1644, the Korean Interdiction and Modernization of Sanctions Act, sponsored by Chairman Ed Royce.',
        due=None,
        vague=False,
        said='2017-04-28 14:00:00',
        tz='America/New_York',
        cluster=1,
        source=_CR_HOUSE_28APR17,
        published='2017-04-28',
    ),
    # the same colloquy: 'last year' tells of the past; 'two' and '26' are counts: past
    B(
        text='Mr. Speaker, last year, North Korea conducted two nuclear weapons tests and 26 ballistic missile flight tests.',
        due=None,
        vague=False,
        said='2017-04-28 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source=_CR_HOUSE_28APR17,
        published='2017-04-28',
    ),
    # the same colloquy: 'has long led' gives no time: no deadline
    B(
        text='Congress has long led the charge to impose strict sanctions against the Kim Jong-un regime.',
        due=None,
        vague=False,
        said='2017-04-28 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_CR_HOUSE_28APR17,
        published='2017-04-28',
    ),
    # the same colloquy: no time at all
    B(
        text="This bill would continue that effort by specifically sanctioning North Korea's shipping industry, as well as targeting those who employ North Korean slave labor abroad.",
        due=None,
        vague=False,
        said='2017-04-28 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_CR_HOUSE_28APR17,
        published='2017-04-28',
    ),
    # the same colloquy: no time at all
    B(
        text="It is critical we send a clear and bipartisan message that North Korea's reckless provocations cannot continue.",
        due=None,
        vague=False,
        said='2017-04-28 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_CR_HOUSE_28APR17,
        published='2017-04-28',
    ),
    # Congressional Record, Senate, Monday 9 June 2003 (schedule, reproduced in full on The Federal Newswire): 'this morning' ends at noon (parser docstring), EDT, 2003-06-09 16:00:00 UTC
    B(
        text='Mr. President, this morning there will be an hour of morning business for Senators to give statements and introduce legislation.',
        due='2003-06-09 16:00:00',
        vague=False,
        said='2003-06-09 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_CR_SENATE_9JUN03,
        published='2003-06-09',
    ),
    # the same statement: 'S. 14' is a bill number; 1 p.m. EDT today (CONVENTIONS 3.1), 2003-06-09 17:00:00 UTC
    B(
        text='At 1 p.m. today, the Senate will resume consideration of S. 14, the Energy bill.',
        due='2003-06-09 17:00:00',
        vague=False,
        said='2003-06-09 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_CR_SENATE_9JUN03,
        published='2003-06-09',
    ),
    # the same statement: 'today' on the act itself falls due at the end of the day (CONVENTIONS 2.1), EDT, 2003-06-10 03:59:59 UTC
    B(
        text='Chairman Domenici will be here and available for Members to come to the floor today and to offer their amendments.',
        due='2003-06-10 03:59:59',
        vague=False,
        said='2003-06-09 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_CR_SENATE_9JUN03,
        published='2003-06-09',
    ),
    # the same statement: 'Last week' tells of the past: past
    B(
        text='Last week, in addition to finishing action on the child tax credit and the Defense authorization bill, we were able to make progress on the Energy bill.',
        due=None,
        vague=False,
        said='2003-06-09 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source=_CR_SENATE_9JUN03,
        published='2003-06-09',
    ),
    # the same statement: no time at all
    B(
        text='The Senate worked its will on a number of amendments relating to ethanol.',
        due=None,
        vague=False,
        said='2003-06-09 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_CR_SENATE_9JUN03,
        published='2003-06-09',
    ),
    # the same statement: 'last week' is past, the participation looked forward to runs 'over the course of this week', due at its end, Sunday 15 June, EDT, 2003-06-16 03:59:59 UTC; unsure: a hope about others is no undertaking (CONVENTIONS 4.2: no deadline)
    B(
        text='We conducted six rollcall votes on that issue last week, and I thank all Members in the energy debate last week and look forward to their continued participation over the course of this week.',
        due='2003-06-16 03:59:59',
        vague=False,
        said='2003-06-09 14:00:00',
        tz='America/New_York',
        cluster=4,
        source=_CR_SENATE_9JUN03,
        published='2003-06-09',
    ),
    # the same statement: no time at all
    B(
        text='We will continue to move forward on this important legislation to produce a national energy policy which our Nation so badly needs.',
        due=None,
        vague=False,
        said='2003-06-09 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_CR_SENATE_9JUN03,
        published='2003-06-09',
    ),
    # the same statement: no time at all
    B(
        text='To this end, we will continue to have discussions with the other side of the aisle in an effort to reach an agreement on the remaining amendments to the Energy bill.',
        due=None,
        vague=False,
        said='2003-06-09 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_CR_SENATE_9JUN03,
        published='2003-06-09',
    ),
    # the same statement: 'this week' ends on Sunday 15 June (parser docstring: weeks run Monday to Sunday), EDT, 2003-06-16 03:59:59 UTC
    B(
        text='We would like to finish consideration of the bill this week, so it is my hope that we will have a filing deadline for amendments to allow the chairman and the ranking member to work through an amendment list.',
        due='2003-06-16 03:59:59',
        vague=False,
        said='2003-06-09 14:00:00',
        tz='America/New_York',
        cluster=4,
        source=_CR_SENATE_9JUN03,
        published='2003-06-09',
    ),
    # House floor colloquy (Congressional Record words, reproduced on a blog in a post of Saturday 25 July 2020, the post's date taken as the reference): Monday 27 July, the latest of three clock times counts (CONVENTIONS 6.1): 12 p.m. EDT, 2020-07-27 16:00:00 UTC
    B(
        text='Madam Speaker, I will say that on Monday, the House will meet at 9 a.m. for morning-hour debate and 10 a.m. for legislative business, with votes expected to occur, Madam Speaker, approximately 12 p.m.',
        due='2020-07-27 16:00:00',
        vague=False,
        said='2020-07-25 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_CR_HOUSE_JUL20,
        published='2020-07-25',
    ),
    # the same colloquy: the House 'will not be in session' on Tuesday: a denied time with no new one (CONVENTIONS 4.1): negated
    B(
        text='On Tuesday, the House will not be in session as we pay respect to Congressman John Lewis while he lies in state.',
        due=None,
        vague=False,
        said='2020-07-25 14:00:00',
        tz='America/New_York',
        refusal='negated',
        cluster=5,
        source=_CR_HOUSE_JUL20,
        published='2020-07-25',
    ),
    # the same colloquy: Wednesday 29 July, the later clock time counts (CONVENTIONS 6.1): 10 a.m. EDT, 2020-07-29 14:00:00 UTC
    B(
        text='On Wednesday, the House will meet at 9 a.m. for morning-hour debate and 10 a.m. for legislative business.',
        due='2020-07-29 14:00:00',
        vague=False,
        said='2020-07-25 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_CR_HOUSE_JUL20,
        published='2020-07-25',
    ),
    # the same colloquy: Thursday 30 July, 10 a.m. EDT (CONVENTIONS 6.1), 2020-07-30 14:00:00 UTC
    B(
        text='On Thursday, the House will meet at 9 a.m. for morning-hour debate and 10 a.m. for legislative business.',
        due='2020-07-30 14:00:00',
        vague=False,
        said='2020-07-25 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_CR_HOUSE_JUL20,
        published='2020-07-25',
    ),
    # the same colloquy: the votes' new time, 6:30 p.m. EDT on Thursday 30 July (CONVENTIONS 4.1), 2020-07-30 22:30:00 UTC
    B(
        text='Members are advised that votes on Thursday will be postponed until 6:30 p.m.',
        due='2020-07-30 22:30:00',
        vague=False,
        said='2020-07-25 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_CR_HOUSE_JUL20,
        published='2020-07-25',
    ),
    # the same colloquy: 'COVID–19' is a name; the funeral on Thursday 30 July is a one-off event (CONVENTIONS 3.1), end of day EDT, 2020-07-31 03:59:59 UTC; unsure: 'would like to attend' is a wish, no undertaking (CONVENTIONS 4.2: no deadline)
    B(
        text='I know that all Members would like to attend the funeral on Thursday of our brother and great Member and great American John Lewis, however, COVID–19 makes a small-group-only possible.',
        due='2020-07-31 03:59:59',
        vague=False,
        said='2020-07-25 14:00:00',
        tz='America/New_York',
        cluster=1,
        source=_CR_HOUSE_JUL20,
        published='2020-07-25',
    ),
    # the same colloquy: 'the 6:30 hour' with no day, the afternoon, next occurrence after the reference: 6:30 p.m. EDT on 25 July, 2020-07-25 22:30:00 UTC; unsure: the page puts it on Thursday 30 July (2020-07-30 22:30:00 UTC)
    B(
        text='And we will be returning, which is why votes will be delayed until the 6:30 hour.',
        due='2020-07-25 22:30:00',
        vague=False,
        said='2020-07-25 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_CR_HOUSE_JUL20,
        published='2020-07-25',
    ),
    # the same colloquy: 9 a.m. EDT on Friday 31 July, 2020-07-31 13:00:00 UTC
    B(
        text='On Friday, the House will meet at 9 a.m. for legislative business.',
        due='2020-07-31 13:00:00',
        vague=False,
        said='2020-07-25 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_CR_HOUSE_JUL20,
        published='2020-07-25',
    ),
    # the same colloquy: 'later than 3 p.m.' is only a lower bound (CONVENTIONS 3.2): earliest 2020-07-25 19:00:00 UTC, the next 3 p.m. EDT after the reference (25 July); unsure: the page puts it on Friday 31 July (earliest 2020-07-31 19:00:00 UTC), and 'could occur' is a possibility (CONVENTIONS 4.2: no deadline, no refusal word)
    B(
        text='Members are advised that last votes could occur later than 3 p.m.',
        due=None,
        vague=False,
        said='2020-07-25 14:00:00',
        tz='America/New_York',
        refusal='earliest',
        earliest='2020-07-25 19:00:00',
        cluster=5,
        source=_CR_HOUSE_JUL20,
        published='2020-07-25',
    ),
    # the same colloquy: 'earlier today' tells of the past: past
    B(
        text='We got out earlier today, and I want to congratulate our floor director, Shuwanza Goff, who got us a schedule that is working very, very well.',
        due=None,
        vague=False,
        said='2020-07-25 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source=_CR_HOUSE_JUL20,
        published='2020-07-25',
    ),
    # the same colloquy: 'the close of business today' ends at 17:00 (parser docstring), EDT on the reference day, 2020-07-25 21:00:00 UTC; unsure: the colloquy was spoken before the post, a day or more earlier (2020-07-24 21:00:00 UTC if on Friday 24 July)
    B(
        text='The suspension bills will be announced by the close of business today.',
        due='2020-07-25 21:00:00',
        vague=False,
        said='2020-07-25 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_CR_HOUSE_JUL20,
        published='2020-07-25',
    ),
    # the same colloquy: no time at all
    B(
        text='The House will consider two childcare bills.',
        due=None,
        vague=False,
        said='2020-07-25 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_CR_HOUSE_JUL20,
        published='2020-07-25',
    ),
    # the same colloquy: 'H.R. 7027' and '$50 billion' are a bill number and an amount: no deadline
    B(
        text='H.R. 7027 would create a $50 billion Child Care Stabilization Fund within the existing Child Care and Development Block Grant.',
        due=None,
        vague=False,
        said='2020-07-25 14:00:00',
        tz='America/New_York',
        cluster=1,
        source=_CR_HOUSE_JUL20,
        published='2020-07-25',
    ),
    # the same colloquy: 'immediately' hangs on the bill becoming law, an undated event (CONVENTIONS 5.2): event; unsure: a reader could take it as the speaker's 7-day word (CONVENTIONS 5.1: 1 August, vague)
    B(
        text='This would immediately address the problems childcare providers are having in staying open and covering their increased operating costs with limited revenue during this pandemic.',
        due=None,
        vague=False,
        said='2020-07-25 14:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source=_CR_HOUSE_JUL20,
        published='2020-07-25',
    ),
    # the same colloquy: 'H.R. 7327' is a bill number: no deadline
    B(
        text='The House will also consider H.R. 7327, Child Care for Economic Recovery Act.',
        due=None,
        vague=False,
        said='2020-07-25 14:00:00',
        tz='America/New_York',
        cluster=1,
        source=_CR_HOUSE_JUL20,
        published='2020-07-25',
    ),
    # White House blog, 'The Schedule' for Thursday 15 March 2012 (archived site): 'In the morning' ends at noon, EDT, 2012-03-15 16:00:00 UTC
    B(
        text='In the morning, the President will travel to Largo, Maryland where he will deliver remarks on American energy at Prince George’s Community College.',
        due='2012-03-15 16:00:00',
        vague=False,
        said='2012-03-15 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_WH_BLOG_MAR12,
        published='2012-03-15',
    ),
    # the same schedule: no time at all
    B(
        text='The President’s remarks are open to pre-credentialed media.',
        due=None,
        vague=False,
        said='2012-03-15 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_WH_BLOG_MAR12,
        published='2012-03-15',
    ),
    # the same schedule: 'In the afternoon' ends at 18:00, EDT, 2012-03-15 22:00:00 UTC
    B(
        text='In the afternoon, the President will meet with Secretary of the Treasury Tim Geithner in the Oval Office.',
        due='2012-03-15 22:00:00',
        vague=False,
        said='2012-03-15 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_WH_BLOG_MAR12,
        published='2012-03-15',
    ),
    # the same schedule: 'In the evening' ends at 23:59:59, EDT, 2012-03-16 03:59:59 UTC
    B(
        text='In the evening, the President will meet with senior advisors in the Oval Office.',
        due='2012-03-16 03:59:59',
        vague=False,
        said='2012-03-15 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_WH_BLOG_MAR12,
        published='2012-03-15',
    ),
    # the same schedule ('All times ET'): a bare clock time, next occurrence after the reference: 10:55 a.m. EDT on 15 March, 2012-03-15 14:55:00 UTC
    B(
        text='10:55 AM The President delivers remarks on American energy',
        due='2012-03-15 14:55:00',
        vague=False,
        said='2012-03-15 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_BLOG_MAR12,
        published='2012-03-15',
    ),
    # the same schedule: 11:00 a.m. EDT on 15 March, 2012-03-15 15:00:00 UTC
    B(
        text='11:00 AM The Vice President will deliver remarks at a campaign event.',
        due='2012-03-15 15:00:00',
        vague=False,
        said='2012-03-15 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_BLOG_MAR12,
        published='2012-03-15',
    ),
    # the same schedule: 12:30 p.m. EDT on 15 March, 2012-03-15 16:30:00 UTC
    B(
        text='12:30 PM Press Briefing by Press Secretary Jay Carney',
        due='2012-03-15 16:30:00',
        vague=False,
        said='2012-03-15 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_BLOG_MAR12,
        published='2012-03-15',
    ),
    # the same schedule: 2:15 p.m. EDT on 15 March, 2012-03-15 18:15:00 UTC
    B(
        text='2:15 PM The President meets with Treasury Secretary Geithner',
        due='2012-03-15 18:15:00',
        vague=False,
        said='2012-03-15 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_BLOG_MAR12,
        published='2012-03-15',
    ),
    # the same schedule: 5:10 p.m. EDT on 15 March, 2012-03-15 21:10:00 UTC
    B(
        text='5:10 PM The President meets with senior advisors',
        due='2012-03-15 21:10:00',
        vague=False,
        said='2012-03-15 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_BLOG_MAR12,
        published='2012-03-15',
    ),
    # the same schedule: the double space is the page's; a call time of 9:00 a.m., already past at the 10:00 reference, so its next occurrence is 16 March, EDT, 2012-03-16 13:00:00 UTC; unsure: the page means 9:00 a.m. on 15 March (2012-03-15 13:00:00 UTC)
    B(
        text='In-Town  Pool Call Time: 9:00 AM',
        due='2012-03-16 13:00:00',
        vague=False,
        said='2012-03-15 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_BLOG_MAR12,
        published='2012-03-15',
    ),
    # the same page, the Vice President's schedule for 15 March: 'In the morning' ends at noon, EDT, 2012-03-15 16:00:00 UTC
    B(
        text='In the morning, the Vice President will travel to Toledo, Ohio.',
        due='2012-03-15 16:00:00',
        vague=False,
        said='2012-03-15 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_WH_BLOG_MAR12,
        published='2012-03-15',
    ),
    # the same schedule: 11:00 a.m. EDT on 15 March (CONVENTIONS 3.1), 2012-03-15 15:00:00 UTC
    B(
        text='At 11:00 AM, the Vice President will deliver remarks at a campaign event.',
        due='2012-03-15 15:00:00',
        vague=False,
        said='2012-03-15 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_BLOG_MAR12,
        published='2012-03-15',
    ),
    # the same schedule: 'Later' with no period is no time: no deadline
    B(
        text='Later, the Vice President will return to Wilmington, Delaware.',
        due=None,
        vague=False,
        said='2012-03-15 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_WH_BLOG_MAR12,
        published='2012-03-15',
    ),
    # White House blog, 'The Schedule' for Friday 5 September 2014 (archived site; the President in Wales): 'In the morning' ends at noon in the publisher's zone, EDT, 2014-09-05 16:00:00 UTC; unsure: the morning in Wales ends at noon BST (2014-09-05 11:00:00 UTC)
    B(
        text='In the morning, the President will view a fly-over ceremony at the Celtic Manor.',
        due='2014-09-05 16:00:00',
        vague=False,
        said='2014-09-05 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_WH_BLOG_SEP14,
        published='2014-09-05',
    ),
    # the same schedule: no time at all
    B(
        text='There will be NATO pre-set pool coverage of this event.',
        due=None,
        vague=False,
        said='2014-09-05 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_WH_BLOG_SEP14,
        published='2014-09-05',
    ),
    # the same schedule: 'Later in the morning' ends at noon, EDT, 2014-09-05 16:00:00 UTC; unsure: noon BST in Wales (2014-09-05 11:00:00 UTC)
    B(
        text='Later in the morning, the President will attend a Leaders’ Meeting on the Future NATO.',
        due='2014-09-05 16:00:00',
        vague=False,
        said='2014-09-05 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_WH_BLOG_SEP14,
        published='2014-09-05',
    ),
    # the same schedule: no time at all
    B(
        text='There will be NATO pool coverage of this meeting.',
        due=None,
        vague=False,
        said='2014-09-05 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_WH_BLOG_SEP14,
        published='2014-09-05',
    ),
    # the same schedule: 'Afterward' names no time: no deadline
    B(
        text='Afterward, the President will attend a Leaders’ Meeting on the Transatlantic Bond.',
        due=None,
        vague=False,
        said='2014-09-05 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_WH_BLOG_SEP14,
        published='2014-09-05',
    ),
    # the same schedule: 'In the afternoon' ends at 18:00, EDT, 2014-09-05 22:00:00 UTC; unsure: 18:00 BST in Wales (2014-09-05 17:00:00 UTC)
    B(
        text='In the afternoon, the President will hold a bilateral meeting with President Recep Tayyip Erdogan of Turkey.',
        due='2014-09-05 22:00:00',
        vague=False,
        said='2014-09-05 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_WH_BLOG_SEP14,
        published='2014-09-05',
    ),
    # the same schedule: no time at all
    B(
        text='There will be a travel pool spray at the bottom of this bilateral meeting with statements.',
        due=None,
        vague=False,
        said='2014-09-05 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_WH_BLOG_SEP14,
        published='2014-09-05',
    ),
    # the same schedule: 'In the evening' ends at 23:59:59, EDT, 2014-09-06 03:59:59 UTC; unsure: the evening in Wales ends at 23:59:59 BST (2014-09-05 22:59:59 UTC)
    B(
        text='In the evening, the President will hold a press conference.',
        due='2014-09-06 03:59:59',
        vague=False,
        said='2014-09-05 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_WH_BLOG_SEP14,
        published='2014-09-05',
    ),
    # the same schedule: 'Later in the evening' ends at 23:59:59, EDT, 2014-09-06 03:59:59 UTC; unsure: the evening in Wales ends at 23:59:59 BST (2014-09-05 22:59:59 UTC)
    B(
        text='Later in the evening, the President will depart Wales en route Washington, DC.',
        due='2014-09-06 03:59:59',
        vague=False,
        said='2014-09-05 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_WH_BLOG_SEP14,
        published='2014-09-05',
    ),
    # the same schedule: no time at all
    B(
        text='The departure from Royal Air Force Station Fairford will be covered by the travel pool, and the arrival on the South Lawn is open press.',
        due=None,
        vague=False,
        said='2014-09-05 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_WH_BLOG_SEP14,
        published='2014-09-05',
    ),
    # the same schedule ('All times ET'): 4:00 a.m. is past at the 10:00 reference, next occurrence 6 September, EDT, 2014-09-06 08:00:00 UTC; unsure: the page means 5 September (2014-09-05 08:00:00 UTC)
    B(
        text='4:00 AM The President views a fly-over ceremony',
        due='2014-09-06 08:00:00',
        vague=False,
        said='2014-09-05 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_BLOG_SEP14,
        published='2014-09-05',
    ),
    # the same schedule: 4:30 a.m., next occurrence 6 September, EDT, 2014-09-06 08:30:00 UTC; unsure: the page means 5 September (2014-09-05 08:30:00 UTC)
    B(
        text='4:30 AM The President attends a Leaders’ Meeting on the Future NATO',
        due='2014-09-06 08:30:00',
        vague=False,
        said='2014-09-05 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_BLOG_SEP14,
        published='2014-09-05',
    ),
    # the same schedule: 8:00 a.m., next occurrence 6 September, EDT, 2014-09-06 12:00:00 UTC; unsure: the page means 5 September (2014-09-05 12:00:00 UTC)
    B(
        text='8:00 AM The President attends a Leaders’ Meeting on the Transatlantic Bond',
        due='2014-09-06 12:00:00',
        vague=False,
        said='2014-09-05 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_BLOG_SEP14,
        published='2014-09-05',
    ),
    # the same schedule: 10:15 a.m. EDT on 5 September, 2014-09-05 14:15:00 UTC
    B(
        text='10:15 AM The President holds a bilateral meeting with President Recep Tayyip Erdogan of Turkey',
        due='2014-09-05 14:15:00',
        vague=False,
        said='2014-09-05 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_BLOG_SEP14,
        published='2014-09-05',
    ),
    # the same schedule: 11:30 a.m. EDT on 5 September, 2014-09-05 15:30:00 UTC
    B(
        text='11:30 AM The President holds a press conference',
        due='2014-09-05 15:30:00',
        vague=False,
        said='2014-09-05 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_BLOG_SEP14,
        published='2014-09-05',
    ),
    # the same schedule: 2:20 p.m. EDT on 5 September, 2014-09-05 18:20:00 UTC
    B(
        text='2:20 PM The President departs Wales',
        due='2014-09-05 18:20:00',
        vague=False,
        said='2014-09-05 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_BLOG_SEP14,
        published='2014-09-05',
    ),
    # the same schedule: 10:00 p.m. EDT on 5 September, 2014-09-06 02:00:00 UTC
    B(
        text='10:00 PM The President arrives Joint Base Andrews',
        due='2014-09-06 02:00:00',
        vague=False,
        said='2014-09-05 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_BLOG_SEP14,
        published='2014-09-05',
    ),
    # State Department 'Public Schedule – March 5, 2024' (Tuesday; read on a news aggregator): 9:00 a.m. is past at the 10:00 reference, next occurrence 6 March, EST, 2024-03-06 14:00:00 UTC; unsure: the schedule means 5 March (2024-03-05 14:00:00 UTC)
    B(
        text='9:00 a.m. Secretary Blinken meets with Qatari Prime Minister and Foreign Minister Mohammed bin Abdulrahman Al Thani at the Department of State.',
        due='2024-03-06 14:00:00',
        vague=False,
        said='2024-03-05 15:00:00',
        tz='America/New_York',
        cluster=2,
        source=_STATE_SCHEDULE_5MAR24,
        published='2024-03-05',
    ),
    # the same schedule: '23rd' is a street; an access time of 8:30 a.m., next occurrence 6 March, EST, 2024-03-06 13:30:00 UTC; unsure: the schedule means 5 March (2024-03-05 13:30:00 UTC)
    B(
        text='Final access time for video cameras, stills, and writers is 8:30 a.m. at the 23rd street entrance.',
        due='2024-03-06 13:30:00',
        vague=False,
        said='2024-03-05 15:00:00',
        tz='America/New_York',
        cluster=1,
        source=_STATE_SCHEDULE_5MAR24,
        published='2024-03-05',
    ),
    # the same schedule: no time at all; the space before the full stop is the page's
    B(
        text='The camera spray will be streamed live on the Department homepage and YouTube Channel .',
        due=None,
        vague=False,
        said='2024-03-05 15:00:00',
        tz='America/New_York',
        cluster=6,
        source=_STATE_SCHEDULE_5MAR24,
        published='2024-03-05',
    ),
    # the same schedule: 11:00 a.m. EST on 5 March, 2024-03-05 16:00:00 UTC
    B(
        text='11:00 a.m. Secretary Blinken meets with Israeli Minister Benny Gantz at the Department of State.',
        due='2024-03-05 16:00:00',
        vague=False,
        said='2024-03-05 15:00:00',
        tz='America/New_York',
        cluster=2,
        source=_STATE_SCHEDULE_5MAR24,
        published='2024-03-05',
    ),
    # the same schedule: 4:30 p.m. EST on 5 March, 2024-03-05 21:30:00 UTC
    B(
        text='4:30 p.m. Deputy Secretary Campbell meets with Papua New Guinea Deputy Prime Minister John Rosso at the Department of State.',
        due='2024-03-05 21:30:00',
        vague=False,
        said='2024-03-05 15:00:00',
        tz='America/New_York',
        cluster=2,
        source=_STATE_SCHEDULE_5MAR24,
        published='2024-03-05',
    ),
    # the same schedule: 7:00 p.m. EST on 5 March, 2024-03-06 00:00:00 UTC
    B(
        text='7:00 p.m. Deputy Secretary Campbell delivers remarks to the American Leadership Initiative in Washington, D.C.',
        due='2024-03-06 00:00:00',
        vague=False,
        said='2024-03-05 15:00:00',
        tz='America/New_York',
        cluster=2,
        source=_STATE_SCHEDULE_5MAR24,
        published='2024-03-05',
    ),
    # the same schedule: 'no public appointments' denies no time: no deadline
    B(
        text='Deputy Secretary Verma has no public appointments.',
        due=None,
        vague=False,
        said='2024-03-05 15:00:00',
        tz='America/New_York',
        cluster=6,
        source=_STATE_SCHEDULE_5MAR24,
        published='2024-03-05',
    ),
    # the same schedule: '2024' names the meeting; 6:00 p.m. EST on 5 March, 2024-03-05 23:00:00 UTC
    B(
        text='6:00 p.m. Under Secretary Allen delivers remarks at a reception during the Global Ties U.S. 2024 National Meeting at the Department of State.',
        due='2024-03-05 23:00:00',
        vague=False,
        said='2024-03-05 15:00:00',
        tz='America/New_York',
        cluster=1,
        source=_STATE_SCHEDULE_5MAR24,
        published='2024-03-05',
    ),
    # the same schedule: a trip 'from March 4-8, 2024' falls due at the range's later end (CONVENTIONS 6.1): end of 8 March, EST, 2024-03-09 04:59:59 UTC
    B(
        text='Under Secretary Jenkins is on travel to Australia and New Zealand from March 4-8, 2024.',
        due='2024-03-09 04:59:59',
        vague=False,
        said='2024-03-05 15:00:00',
        tz='America/New_York',
        cluster=3,
        source=_STATE_SCHEDULE_5MAR24,
        published='2024-03-05',
    ),
    # the same schedule: 9:00 a.m., next occurrence 6 March, EST, 2024-03-06 14:00:00 UTC; unsure: the schedule means 5 March (2024-03-05 14:00:00 UTC)
    B(
        text='9:00 a.m. Assistant Secretary O’Brien meets with Japanese Director General for European Affairs Masashi Nakagome at the Department of State.',
        due='2024-03-06 14:00:00',
        vague=False,
        said='2024-03-05 15:00:00',
        tz='America/New_York',
        cluster=2,
        source=_STATE_SCHEDULE_5MAR24,
        published='2024-03-05',
    ),
    # the same schedule: 10:15 a.m. EST on 5 March, 2024-03-05 15:15:00 UTC
    B(
        text='10:15 a.m. Assistant Secretary O’Brien meets with Norwegian State Secretary Eivind Vad Petersson at the Department of State.',
        due='2024-03-05 15:15:00',
        vague=False,
        said='2024-03-05 15:00:00',
        tz='America/New_York',
        cluster=2,
        source=_STATE_SCHEDULE_5MAR24,
        published='2024-03-05',
    ),
    # NASA release 'NASA Television to Air 10 Upcoming Spacewalks, Preview Briefing' (read on a blog; the page gives no date: Monday 30 September 2019 is taken from its words, the HTV 'arrived Saturday, Sept. 28' and credentials are due 'Monday, Sept. 30'): 'in 2011' is past; 'during the next three months' from 30 September ends on 30 December, end of day EST, 2019-12-31 04:59:59 UTC; unsure: the release may be of another day near it, which moves the end
    B(
        text='Astronauts aboard the International Space Station plan to conduct what may become a record pace of 10 complex spacewalks during the next three months, a cadence that has not been experienced since assembly of the space station was completed in 2011.',
        due='2019-12-31 04:59:59',
        vague=False,
        said='2019-09-30 14:00:00',
        tz='America/New_York',
        cluster=1,
        source=_NASA_SPACEWALKS_2019,
        published='2019-09-30',
    ),
    # the same release: 2 p.m. EDT on Tuesday 1 October (CONVENTIONS 3.1), 2019-10-01 18:00:00 UTC
    B(
        text='Experts will discuss those plans in a briefing at 2 p.m. EDT Tuesday, Oct. 1, at NASA’s Johnson Space Center in Houston.',
        due='2019-10-01 18:00:00',
        vague=False,
        said='2019-09-30 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_SPACEWALKS_2019,
        published='2019-09-30',
    ),
    # the same release: no time at all
    B(
        text='Live coverage of the briefing and all spacewalks will air on NASA Television and the agency’s website.',
        due=None,
        vague=False,
        said='2019-09-30 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_NASA_SPACEWALKS_2019,
        published='2019-09-30',
    ),
    # the same release: 'the first half of the spacewalks' and 'the final five excursions' are parts of a series, not periods: no deadline
    B(
        text='The station crew will replace some of the orbiting laboratory’s solar array batteries during the first half of the spacewalks and then refurbish a renowned scientific instrument that explores the fundamental nature of the universe during the final five excursions.',
        due=None,
        vague=False,
        said='2019-09-30 14:00:00',
        tz='America/New_York',
        cluster=1,
        source=_NASA_SPACEWALKS_2019,
        published='2019-09-30',
    ),
    # the same release: 'no later than 4 p.m. Monday, Sept. 30', EDT, 2019-09-30 20:00:00 UTC
    B(
        text='Media wishing to participate in the briefing in person must request credentials from the Johnson newsroom no later than 4 p.m. Monday, Sept. 30.',
        due='2019-09-30 20:00:00',
        vague=False,
        said='2019-09-30 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_SPACEWALKS_2019,
        published='2019-09-30',
    ),
    # the same release: 'by 1:45 p.m. Oct. 1', EDT, 2019-10-01 17:45:00 UTC
    B(
        text='Media interested in participating by phone must contact the newsroom by 1:45 p.m. Oct. 1.',
        due='2019-10-01 17:45:00',
        vague=False,
        said='2019-09-30 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_SPACEWALKS_2019,
        published='2019-09-30',
    ),
    # the same release: a start 'at about 7:50 a.m.' on Sunday 6 October, EDT (CONVENTIONS 3.1), 2019-10-06 11:50:00 UTC
    B(
        text='The first of a set of five spacewalks is scheduled to begin on Sunday, Oct. 6, at about 7:50 a.m.',
        due='2019-10-06 11:50:00',
        vague=False,
        said='2019-09-30 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_SPACEWALKS_2019,
        published='2019-09-30',
    ),
    # the same release: a bare 6:30 a.m., next occurrence after the reference: 1 October, EDT, 2019-10-01 10:30:00 UTC; unsure: the page puts it on Sunday 6 October (2019-10-06 10:30:00 UTC), and coverage that 'will begin' could be a start only (CONVENTIONS 3.2)
    B(
        text='Live NASA Television coverage will begin at 6:30 a.m.',
        due='2019-10-01 10:30:00',
        vague=False,
        said='2019-09-30 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_SPACEWALKS_2019,
        published='2019-09-30',
    ),
    # the same release: no time at all; 'port truss' is no port of time
    B(
        text='This series of spacewalks is dedicated to replacing batteries on the far end of the station’s port truss.',
        due=None,
        vague=False,
        said='2019-09-30 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_NASA_SPACEWALKS_2019,
        published='2019-09-30',
    ),
    # the same release: 'which arrived Saturday, Sept. 28' tells of the past: past; 'H-II' is a name
    B(
        text='The existing nickel-hydrogen batteries will be upgraded with newer, more powerful lithium-ion batteries transported to the station aboard the Japanese H-II Transfer Vehicle, which arrived Saturday, Sept. 28.',
        due=None,
        vague=False,
        said='2019-09-30 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source=_NASA_SPACEWALKS_2019,
        published='2019-09-30',
    ),
    # the same release: 'began ... in January 2017' tells of the past: past
    B(
        text='These spacewalks continue the overall upgrade of the station’s power system that began with similar battery replacement during spacewalks in January 2017.',
        due=None,
        vague=False,
        said='2019-09-30 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source=_NASA_SPACEWALKS_2019,
        published='2019-09-30',
    ),
    # House of Commons Order Paper, Wednesday 7 March 2007, summary agenda: a bare 11.30 a.m., after the 10:00 reference, GMT, 2007-03-07 11:30:00 UTC
    B(
        text='11.30 a.m. Prayers.',
        due='2007-03-07 11:30:00',
        vague=False,
        said='2007-03-07 10:00:00',
        tz='Europe/London',
        cluster=2,
        source=_OP_7MAR07,
        published='2007-03-07',
    ),
    # the same agenda: 'Afterwards' names no time: no deadline
    B(
        text='Afterwards Oral Questions to the Chancellor of the Duchy of Lancaster.',
        due=None,
        vague=False,
        said='2007-03-07 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_OP_7MAR07,
        published='2007-03-07',
    ),
    # the same agenda: 11.45 a.m. GMT, 2007-03-07 11:45:00 UTC
    B(
        text='11.45 a.m. Oral Questions to the Deputy Prime Minister.',
        due='2007-03-07 11:45:00',
        vague=False,
        said='2007-03-07 10:00:00',
        tz='Europe/London',
        cluster=2,
        source=_OP_7MAR07,
        published='2007-03-07',
    ),
    # the same agenda: '12 noon', GMT, 2007-03-07 12:00:00 UTC
    B(
        text='12 noon Oral Questions to the Prime Minister.',
        due='2007-03-07 12:00:00',
        vague=False,
        said='2007-03-07 10:00:00',
        tz='Europe/London',
        cluster=2,
        source=_OP_7MAR07,
        published='2007-03-07',
    ),
    # the same agenda: 12.30 p.m. GMT, 2007-03-07 12:30:00 UTC
    B(
        text='12.30 p.m. Urgent Questions, Ministerial Statements (if any).',
        due='2007-03-07 12:30:00',
        vague=False,
        said='2007-03-07 10:00:00',
        tz='Europe/London',
        cluster=2,
        source=_OP_7MAR07,
        published='2007-03-07',
    ),
    # the same agenda: a range of times falls due at its later end (CONVENTIONS 6.1): 2.00 p.m. GMT, 2007-03-07 14:00:00 UTC
    B(
        text='(Deferred Divisions will take place in the ‘No’ Lobby between 12.30 p.m. and 2.00 p.m.).',
        due='2007-03-07 14:00:00',
        vague=False,
        said='2007-03-07 10:00:00',
        tz='Europe/London',
        cluster=2,
        source=_OP_7MAR07,
        published='2007-03-07',
    ),
    # the same agenda: no time at all
    B(
        text='Presentation of Bill (without debate).',
        due=None,
        vague=False,
        said='2007-03-07 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_OP_7MAR07,
        published='2007-03-07',
    ),
    # the same agenda: 'for up to 20 minutes' runs from the item's undated start (CONVENTIONS 1.3): event; 'Ten minute rule' is a name
    B(
        text='Rural Tranquillity—Motion for leave to introduce a Bill under the Ten minute rule (John Penrose) (for up to 20 minutes).',
        due=None,
        vague=False,
        said='2007-03-07 10:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=1,
        source=_OP_7MAR07,
        published='2007-03-07',
    ),
    # the same agenda: '[2nd day]' is an ordinal; a debate kept 'until 5.30 p.m.' (CONVENTIONS 3.3), GMT, 2007-03-07 17:30:00 UTC
    B(
        text='House of Lords reform (Motions) [2nd day] (until 5.30 p.m.).',
        due='2007-03-07 17:30:00',
        vague=False,
        said='2007-03-07 10:00:00',
        tz='Europe/London',
        cluster=2,
        source=_OP_7MAR07,
        published='2007-03-07',
    ),
    # the same agenda: no time at all
    B(
        text='Statutory Instruments (Motions for approval) (without debate).',
        due=None,
        vague=False,
        said='2007-03-07 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_OP_7MAR07,
        published='2007-03-07',
    ),
    # the same agenda: no time at all
    B(
        text='European Union Document (Motion) (without debate).',
        due=None,
        vague=False,
        said='2007-03-07 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_OP_7MAR07,
        published='2007-03-07',
    ),
    # the same agenda ('At the end of the sitting'): the later of 7.30 p.m. and half an hour from an undated start cannot be dated: event; unsure: CONVENTIONS 6.2 (the later alternative) read as 7.30 p.m. GMT (2007-03-07 19:30:00 UTC)
    B(
        text='Adjournment Debate: Future of Eurostar Ashford International Station (Michael Jabez Foster) (until 7.30 p.m. or for half an hour, whichever is later).',
        due=None,
        vague=False,
        said='2007-03-07 10:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source=_OP_7MAR07,
        published='2007-03-07',
    ),
    # the same agenda, Westminster Hall: 9.30 a.m. is past at the 10:00 reference, next occurrence 8 March, GMT, 2007-03-08 09:30:00 UTC; unsure: the agenda means 7 March (2007-03-07 09:30:00 UTC)
    B(
        text='9.30 a.m. UK Government assistance to post election Democratic Republic of Congo (Judy Mallaber).',
        due='2007-03-08 09:30:00',
        vague=False,
        said='2007-03-07 10:00:00',
        tz='Europe/London',
        cluster=2,
        source=_OP_7MAR07,
        published='2007-03-07',
    ),
    # the same agenda: 11.00 a.m. GMT, 2007-03-07 11:00:00 UTC
    B(
        text='11.00 a.m. Tackling eating disorders (Dr Ian Gibson).',
        due='2007-03-07 11:00:00',
        vague=False,
        said='2007-03-07 10:00:00',
        tz='Europe/London',
        cluster=2,
        source=_OP_7MAR07,
        published='2007-03-07',
    ),
    # the same agenda: a suspension 'from 11.30 a.m. to 2.30 p.m.' falls due at its later end (CONVENTIONS 6.1), GMT, 2007-03-07 14:30:00 UTC
    B(
        text='The sitting will be suspended from 11.30 a.m. to 2.30 p.m.',
        due='2007-03-07 14:30:00',
        vague=False,
        said='2007-03-07 10:00:00',
        tz='Europe/London',
        cluster=2,
        source=_OP_7MAR07,
        published='2007-03-07',
    ),
    # the same agenda: 2.30 p.m. GMT, 2007-03-07 14:30:00 UTC
    B(
        text='2.30 p.m. NHS and the private sector (Dr Richard Taylor).',
        due='2007-03-07 14:30:00',
        vague=False,
        said='2007-03-07 10:00:00',
        tz='Europe/London',
        cluster=2,
        source=_OP_7MAR07,
        published='2007-03-07',
    ),
    # the same agenda: 4.00 p.m. GMT, 2007-03-07 16:00:00 UTC
    B(
        text='4.00 p.m. Educational provision for autistic children (Mr Lee Scott).',
        due='2007-03-07 16:00:00',
        vague=False,
        said='2007-03-07 10:00:00',
        tz='Europe/London',
        cluster=2,
        source=_OP_7MAR07,
        published='2007-03-07',
    ),
    # the same agenda: 4.30 p.m. 'until 5.00 p.m.', the later counts (CONVENTIONS 6.1), GMT, 2007-03-07 17:00:00 UTC
    B(
        text='4.30 p.m. Budget deficit of the North Yorkshire Primary Care Trust (Hugh Bayley) (until 5.00 p.m.).',
        due='2007-03-07 17:00:00',
        vague=False,
        said='2007-03-07 10:00:00',
        tz='Europe/London',
        cluster=2,
        source=_OP_7MAR07,
        published='2007-03-07',
    ),
    # the same Order Paper's notes: a standing rule with no time: no deadline
    B(
        text='Questions for oral answer not reached receive a written answer',
        due=None,
        vague=False,
        said='2007-03-07 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_OP_7MAR07,
        published='2007-03-07',
    ),
    # House of Commons, private business, Thursday 19 June 2008 (Hansard on TheyWorkForYou): no time at all
    B(
        text='Orders for Second Reading read.',
        due=None,
        vague=False,
        said='2008-06-19 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_TWFY_PRIVATE_2008,
        published='2008-06-19',
    ),
    # the same record: the broken word 'Sec ond' is the page's; 'on Thursday 26 June', end of day BST, 2008-06-26 22:59:59 UTC
    B(
        text='To be read a Sec ond time on Thursday 26 June.',
        due='2008-06-26 22:59:59',
        vague=False,
        said='2008-06-19 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_TWFY_PRIVATE_2008,
        published='2008-06-19',
    ),
    # the same page (its note on procedure): no time at all
    B(
        text='The Second Reading is the most important stage for a Bill.',
        due=None,
        vague=False,
        said='2008-06-19 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_TWFY_PRIVATE_2008,
        published='2008-06-19',
    ),
    # the same note: 'If' with no time: no deadline
    B(
        text='If the Bill passes it moves on to the Committee Stage.',
        due=None,
        vague=False,
        said='2008-06-19 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_TWFY_PRIVATE_2008,
        published='2008-06-19',
    ),
    # Dáil Éireann, Leaders' Questions, Tuesday 29 June 2021: 'was approved in 2019' tells of the past: past
    B(
        text="Dublin City Council's strategic development zone, SDZ, master plan for the Poolbeg lands was approved in 2019.",
        due=None,
        vague=False,
        said='2021-06-29 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_DAIL_LQ_2021,
        published='2021-06-29',
    ),
    # the same debate: '3,500' is a count: no deadline
    B(
        text='The SDZ will provide a much-needed 3,500 new homes on the site, as well as economic opportunity and social amenities.',
        due=None,
        vague=False,
        said='2021-06-29 09:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_DAIL_LQ_2021,
        published='2021-06-29',
    ),
    # the same debate: '15%' is a share: no deadline
    B(
        text='Thanks to a very determined campaign by the Irish Glass Bottle Housing Action Group, the SDZ plan includes a commitment to deliver 15% of these homes at affordable prices.',
        due=None,
        vague=False,
        said='2021-06-29 09:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_DAIL_LQ_2021,
        published='2021-06-29',
    ),
    # the same debate: 'Act 2000' names a statute, '10%' is a share: no deadline
    B(
        text='As I am sure the Minister, Deputy Eamon Ryan, knows, that is in addition to the 10% social housing required under Part V of the Planning and Development Act 2000, as amended.',
        due=None,
        vague=False,
        said='2021-06-29 09:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_DAIL_LQ_2021,
        published='2021-06-29',
    ),
    # the same debate: no time at all
    B(
        text='It is absolutely vital that these affordable homes are delivered if the working people of Ringsend, Irishtown and the wider surrounding area are to have any hope of remaining living in their community.',
        due=None,
        vague=False,
        said='2021-06-29 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_DAIL_LQ_2021,
        published='2021-06-29',
    ),
    # the same debate: no time at all
    B(
        text='Property prices in this part of Dublin city have spiralled well beyond the reach of even well-paid local people.',
        due=None,
        vague=False,
        said='2021-06-29 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_DAIL_LQ_2021,
        published='2021-06-29',
    ),
    # the same debate: amounts 'from €500,000 to €1 million', not times: no deadline; the missing word after 'scan of' is the page's
    B(
        text='In fact, a quick scan of for new and second-hand homes in Ringsend and Irishtown will reveal prices from €500,000 to €1 million.',
        due=None,
        vague=False,
        said='2021-06-29 09:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_DAIL_LQ_2021,
        published='2021-06-29',
    ),
    # the same debate: no time at all
    B(
        text='In order to ensure the homes built on this portion of the SDZ land are genuinely affordable, Dublin City Council wanted to buy the Irish Glass Bottle site from the National Asset Management Agency, NAMA, at a discount.',
        due=None,
        vague=False,
        said='2021-06-29 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_DAIL_LQ_2021,
        published='2021-06-29',
    ),
    # the same debate: 'In 2019' tells of the past: past
    B(
        text='In 2019, NAMA agreed and, in turn, Dublin City Council officials approached the Department of Housing, Local Government and Heritage to approve the finance.',
        due=None,
        vague=False,
        said='2021-06-29 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_DAIL_LQ_2021,
        published='2021-06-29',
    ),
    # the same debate: 'between 40% and 60%' is a range of shares, not times: no deadline
    B(
        text='NAMA offered land at a discount of between 40% and 60% of the full market value.',
        due=None,
        vague=False,
        said='2021-06-29 09:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_DAIL_LQ_2021,
        published='2021-06-29',
    ),
    # the same debate: no time at all
    B(
        text='This would have allowed the council to dramatically reduce the development cost and, in turn, the price for the affordable purchaser.',
        due=None,
        vague=False,
        said='2021-06-29 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_DAIL_LQ_2021,
        published='2021-06-29',
    ),
    # the same debate: 'After a month of talks' tells of talks already held, with past verbs: past
    B(
        text='After a month of talks between Dublin City Council and the Department and a number of very detailed submissions from the council to it, the Department rejected the proposal and refused to fund the land purchase.',
        due=None,
        vague=False,
        said='2021-06-29 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_DAIL_LQ_2021,
        published='2021-06-29',
    ),
    # Dáil written answers, Tuesday 30 June 2015 (aquaculture): a question; '337', 'chapter 6' and '[26421/15]' are numbers, not times: no deadline
    B(
        text='337. Deputy Clare Daly asked the Minister for Agriculture, Food and the Marine if he will outline, in view of the statement in chapter 6 of the national strategy plan for sustainable aquaculture development that the scale limits set out for salmon farms will be applied; and the purpose of consultation at this stage in relation to this issue. [26421/15]',
        due=None,
        vague=False,
        said='2015-06-30 09:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_AQUA_2015,
        published='2015-06-30',
    ),
    # the same answer: 'agreed in 2013' tells of the past, the requirement has no time of its own: past
    B(
        text='One of the measures introduced in the reformed Common Fisheries Policy, agreed in 2013, is the requirement for each Member State to implement a multi-annual national strategic plan for aquaculture.',
        due=None,
        vague=False,
        said='2015-06-30 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_AQUA_2015,
        published='2015-06-30',
    ),
    # the same answer: 'currently' gives no deadline
    B(
        text='As the Deputy is aware, the National Strategic Plan for Sustainable Aquaculture Development has been published by my Department and is currently the subject of public consultation.',
        due=None,
        vague=False,
        said='2015-06-30 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_AQUA_2015,
        published='2015-06-30',
    ),
    # the same answer: no time at all
    B(
        text='It would not be appropriate for anyone to seek to pre-judge the outcome of the consultation process or any actions, legislative or otherwise, that might follow on from that process.',
        due=None,
        vague=False,
        said='2015-06-30 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_AQUA_2015,
        published='2015-06-30',
    ),
    # the same answer: 'In the meantime' names no time: no deadline
    B(
        text='In the meantime, and in the normal way, applications on hand must continue to be assessed under the provisions of the existing legislation.',
        due=None,
        vague=False,
        said='2015-06-30 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_AQUA_2015,
        published='2015-06-30',
    ),
    # the same page, the next question: 'Natura 2000' names a network, 'to date' looks back, '[26422/15]' is a reference: no deadline
    B(
        text='338. Deputy Clare Daly asked the Minister for Agriculture, Food and the Marine the reason he proposes to establish a support scheme for new entrants to aquaculture, as set out in the national strategy plan for sustainable aquaculture development, when the appropriate assessments for Natura 2000 bays published to date by the Marine Institute show very limited, if any, possibilities for further increases in aquaculture activity and, in view of this, if this proposed scheme is not a waste of public money. [26422/15]',
        due=None,
        vague=False,
        said='2015-06-30 09:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_AQUA_2015,
        published='2015-06-30',
    ),
)
