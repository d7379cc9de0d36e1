"""A HUNDRED-AND-FIFTEENTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-05 (UTC), in the afternoon (the machine's clock read 15:38 at the
start and about 15:45 when the labels were written), by a labelling helper (branch issue12l115-s48)
that neither changed, imported nor ran the parser, working at the same time as other labellers of
stop 48, whose claims in the shared claims file were treated as used and whose files and README
sections were not opened. It read `CONVENTIONS.md` in full (rules 3.1a and 6.4 among them), the
docstring, comments and some cases of `blind_fresh112.py` and its README section, and the top
docstring of the parser package only (the vague windows, parts of the day, weeks running Monday to
Sunday, southern seasons, "before"/"by" periods, a range falling due at its later end); nothing else
of `bot/core/deadlines/` was opened. The brief asked for Australian federal agencies and departments
under CC BY (on each agency's own copyright page), New South Wales, Victorian and ACT government
agencies under CC BY (their own statement), New Zealand government agencies under CC BY 4.0 (their
own statement; not NZ Police, not the Commerce Commission), and at most a quarter from US federal
agencies (public domain); at least eight publishers, none above a fifth of the cases.

The set quotes three NSW Electoral Commission pages (two Northern Tablelands by-election bulletins of
May and June 2024 and a postal-vote news release of October 2024), three local-alerts pages of the
NSW National Parks and Wildlife Service (2023, 2024, 2026), two media-release listings of New
Zealand's Department of Conservation (2020, 2022), three Census media releases of the Australian
Bureau of Statistics (June 2012), the Data quality page of Stats NZ's September 2012 quarter CPI, two
Victorian Electoral Commission pages (a media release of January 2023 and the nomination page of
January 2025), two Industry Update items on the Australian Building and Construction Commission's
site (2014, 2017) and a National Park Service construction release for Arches National Park of
February 2017 (quoted in full in a forum post): 89 cases from 8 publishers (NSW Electoral Commission
17, 19.1%; the Australian Bureau of Statistics 16; Stats NZ 14; NSW National Parks and Wildlife
Service 12; the Victorian Electoral Commission 10; the Australian Building and Construction
Commission 10; the Department of Conservation 6; the National Park Service 4). 4 of the 89 (4.5%)
are from the United States; 85 are not. No ACT Government page was taken: the fresh ones the
searches offered were on sites whose own copyright statement was not found, or copies on news sites.

Every sentence quoted holds a time word of some kind (a date, a clock time, a day word, a part of
the day, a period, a span, a year, "now", "currently", "recent", "latest", "future", "until",
"before", "prior to", "while", "when", "once", "hours", "calendar", "time"); the sentences of the
openings read that hold none were skipped ("late" and "one-off" were not counted), as were titles,
headings, date and status lines ("Applies from ... Last reviewed ..."), alert titles, table cells,
labels ending in a colon, list fragments (bullets continuing "This includes:", the figures under
"As of the 19 July 2017:"), schedules of opening hours, contact lines and sentences cut off by the end
of an opening. No word was changed: "Friday7", "stablisation" (not quoted), the leading asterisk of
a footnote, straight and curly quotation marks and a closing quotation mark whose opening lies in an
earlier sentence stay as the pages have them. The sentences were found with a search over stored
copies of public pages and taken as they came in the openings the search returns, in page order,
easy or hard. One sentence met twice ("Refer to the Rural Fire Service for latest information.", on
two alerts pages) was quoted once.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was
checked with the lead's `fresh_check.py` (the address and a distinctive phrase of the page) and
claimed (`fresh115`) in `/work/helper-brief/claims.txt` before its quotes were kept; pages found used
were dropped (README.md lists them). Every sentence was then checked whole with the same tool
(skipping this file): none was found used, so none was dropped. Each label was worked out by
hand from the words, the publication date and the publisher's zone (Australia/Sydney for the NSW
agencies and the ABS's Canberra releases, Australia/Melbourne for the VEC, the ABCC and the ABS's
Victorian release, Pacific/Auckland for the Department of Conservation and Stats NZ,
America/Denver for Arches); the conversion of local instants to UTC wall time, weekdays and day
counts were done with Python's zoneinfo and datetime in a scratch script outside the repository,
never with code of the project. No run of `parse_deadline`, `interpret_deadline`,
`bench/deadlines.py` or the tests touched these texts before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh112.py`: the publication date at 10:00 local unless the page gives an hour (alerts pages
at or after their latest review stamp, Stats NZ at its 10:45 release hour), and where a page carries
no date in its opening, the one its words or other facts give (each page's first comment says which
and why); a day falls due at 23:59:59 local; a range or a list falls due at its later end
(CONVENTIONS 6.1, 6.2); a closure kept to a day falls due at that day's end (3.3); a southern
"this summer" ends on the last day of February; a clock time with no day of its own is its first
occurrence after the moment of speaking, with the page's instant written in the comment (6.3); a duty
that begins on a date is due that day (3.1a); an activity or state given only its start is
`earliest` (3.2); the perfect and done acts are past (2.4); standing timetables and rules ("open 8:30
am to 5 pm Monday to Friday", "each night", "annually") are recurring, times hung on undated events
("prior to being nominated", "until nominations close", "on the nomination day", "when we become
aware") event (1.3, 5.2); refusals have `due=None` and a `refusal` kind; a sentence whose time words
set no time for any act ("now", "currently", "latest", "until further notice", "opening hours") has
`due=None` and no refusal word. No sentence holds nights of work (6.4 decides none) and none holds a
vague word as the speaker's undertaking (the one "as soon as possible" is hung on voters' packs and
labelled due None, unsure). Clusters as in `blind_fresh112.py`: 1 no time set, 2 clock times, 3 ranges
and several dates, 4 parts of the day, periods and vague windows, 5 refusals, 6 plain days and dates.
49 labels are refusals (past 24, event 11, recurring 8, earliest 6), none is vague; 28 labels carry a
due instant; 13 are marked "unsure" and name the other reading; like every label here they stay as
committed, whatever the first run shows. First run: not yet taken (the lead runs it once, after
merging, and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_NSWEC2 = (
    "https://elections.nsw.gov.au/bulletins/2024-northern-tablelands-state-by-election-bulletin-2"
)
_NSWEC1 = (
    "https://elections.nsw.gov.au/bulletins/2024-northern-tablelands-state-by-election-bulletin-1"
)
_NSWECPV = "https://elections.nsw.gov.au/about-us/media-centre/news-and-media-releases/voting-by-post-in-nsw-local-government-by-elections"
_NPWSB = "https://nationalparks.nsw.gov.au/visit-a-park/parks/brimbin-nature-reserve/local-alerts"
_NPWSJ = (
    "https://www.nationalparks.nsw.gov.au/visit-a-park/parks/jervis-bay-national-park/local-alerts"
)
_NPWSM = "https://nationalparks.nsw.gov.au/camping-and-accommodation/campgrounds/maxwells-flat-campground/local-alerts"
_DOC22 = "https://doc.govt.nz/news/media-releases/2022-media-releases/?region=CentralNorthIsland"
_DOC20 = "https://doc.govt.nz/news/media-releases/2020-media-releases/externalContentView/0a291c65-84eb-4637-9798-3d45c09b6776?preview_generated=true"
_ABS55 = "http://www.abs.gov.au/websitedbs/censushome.nsf/home/CO-55?opendocument&navpos=620"
_ABS53 = "https://www.abs.gov.au/websitedbs/censushome.nsf/home/CO-53?opendocument&navpos=620"
_ABSV39 = "https://www.abs.gov.au/websitedbs/censushome.nsf/home/vic-39?opendocument&navpos=620"
_STNZ = "http://www.stats.govt.nz/browse_for_stats/economic_indicators/CPI_inflation/ConsumersPriceIndex_HOTPSep12qtr/Data%20Quality.aspx"
_VECN = "https://www.vec.vic.gov.au/about-us/media/early-voting-opens-for-the-narracan-district-supplementary-election"
_VECH = "https://vec.vic.gov.au./candidates-and-parties/become-a-state-election-candidate/how-to-nominate"
_NPSARCH = "https://backcountrypost.com/threads/arches-national-park-night-closure.6558/latest"
_ABCC14 = "https://www.abcc.gov.au/news-and-media/industry-update/past-industry-updates/industry-update-april-2014/new-building-code-released"
_ABCC17 = "https://www.abcc.gov.au/news-and-media/industry-updates/industry-update-may-june-2017/building-code-2016-progress-update"

FRESH115_CASES: tuple[BlindCase, ...] = (
    # NSW Electoral Commission, Northern Tablelands State by-election bulletin No.2, 'Issued 6 June 2024' (elections.nsw.gov.au); zone Australia/Sydney (AEST), said at 10:00 local. Nominations closing at noon that day: due then (CONVENTIONS 3.1)
    B(
        text="Nominations close at 12 noon, Thursday, 6 June 2024.",
        due="2024-06-06 02:00:00",
        vague=False,
        said="2024-06-06 00:00:00",
        tz="Australia/Sydney",
        cluster=2,
        source=_NSWEC2,
        published="2024-06-06",
    ),
    # the same page (the bullet before it, on lodging at head office by appointment, holds no time word). 'opening hours' name a standing timetable and set no time for any act: due None, no refusal word
    B(
        text="The election manager’s office opening hours and contact details are available on our website.",
        due=None,
        vague=False,
        said="2024-06-06 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_NSWEC2,
        published="2024-06-06",
    ),
    # the same page (the deposit sentence before it holds no time word): nothing is accepted after noon on 6 June, so the cut-off falls due at 12:00 that day. The two bullets after it, cut-down clauses under 'This includes:', were skipped as list fragments
    B(
        text="Nomination forms or deposits received after 12 noon, Thursday, 6 June 2024 cannot be accepted.",
        due="2024-06-06 02:00:00",
        vague=False,
        said="2024-06-06 00:00:00",
        tz="Australia/Sydney",
        cluster=2,
        source=_NSWEC2,
        published="2024-06-06",
    ),
    # the same page: 'by the time and date above' points to a time only another sentence gives, so the sentence sets none of its own (CONVENTIONS 6.3 reads a sentence without its page; page: 6 June 12:00): due None, no refusal word. unsure: a careful reader could give 'event' (a time hung on something the sentence does not date)
    B(
        text="You must separately nominate by the time and date above for your name to appear on the ballot paper, even if you have already registered.",
        due=None,
        vague=False,
        said="2024-06-06 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_NSWEC2,
        published="2024-06-06",
    ),
    # the same page: the ballot draw is a one-off event held from 10am on Friday 7 June (CONVENTIONS 3.1); 'Friday7' stays as the page has it
    B(
        text="The draw to determine the order of candidates’ names on the ballot paper will be conducted at the Election Manager’s office from 10am on Friday7 June 2024.",
        due="2024-06-07 00:00:00",
        vague=False,
        said="2024-06-06 00:00:00",
        tz="Australia/Sydney",
        cluster=2,
        source=_NSWEC2,
        published="2024-06-06",
    ),
    # the same page: a duty running from 31 May to 6pm on election day, 22 June: a range falls due at its later end (CONVENTIONS 6.1, 3.3). The next sentence is cut off by the end of the opening
    B(
        text="From Friday, 31 May 2024 to 6pm on election day, Saturday, 22 June 2024, all electoral material must meet the requirements of the legislation.",
        due="2024-06-22 08:00:00",
        vague=False,
        said="2024-06-06 00:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_NSWEC2,
        published="2024-06-06",
    ),
    # NSW Electoral Commission, Northern Tablelands State by-election bulletin No.1, 'Issued 30 May 2024'; zone Australia/Sydney, said at 10:00 local. The writ is to be issued on Friday 31 May: the end of that day ('It is anticipated' frames the Commission's expectation of the Speaker's act; the date is the act's own)
    B(
        text="It is anticipated the Speaker of the NSW Legislative Assembly, the Hon. Greg Piper MP, will issue the writ on Friday, 31 May 2024 for a by-election to be held for the district of Northern Tablelands.",
        due="2024-05-31 13:59:59",
        vague=False,
        said="2024-05-30 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_NSWEC1,
        published="2024-05-30",
    ),
    # the same page: the by-election is held on Saturday 22 June: the end of that day (CONVENTIONS 3.1; 'has announced' is the verb of speaking, 2.2)
    B(
        text="The Speaker has announced that the by-election will be held on Saturday, 22 June 2024.",
        due="2024-06-22 13:59:59",
        vague=False,
        said="2024-05-30 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_NSWEC1,
        published="2024-05-30",
    ),
    # the same page: 'calendar' sets no time for any act: due None, no refusal word
    B(
        text="The election calendar can be found on the NSW Electoral Commission website.",
        due=None,
        vague=False,
        said="2024-05-30 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_NSWEC1,
        published="2024-05-30",
    ),
    # the same page (the sentences between, on the website and fact sheets, hold no time word): registration 'prior to being nominated' hangs on an undated event of each candidate (CONVENTIONS 1.3)
    B(
        text="Candidates who intend to accept political donations or make payments for electoral expenditure prior to being nominated must be registered for electoral funding purposes.",
        due=None,
        vague=False,
        said="2024-05-30 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_NSWEC1,
        published="2024-05-30",
    ),
    # the same page: 'open now' tells a state at the moment of speaking and sets no time: due None, no refusal word
    B(
        text="Applications for registration are open now and can be made online using Funding and disclosure online.",
        due=None,
        vague=False,
        said="2024-05-30 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_NSWEC1,
        published="2024-05-30",
    ),
    # the same page: registrations close on Thursday 6 June: the end of that day
    B(
        text="Registrations for candidates close Thursday, 6 June 2024.",
        due="2024-06-06 13:59:59",
        vague=False,
        said="2024-05-30 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_NSWEC1,
        published="2024-05-30",
    ),
    # the same page (two sentences between without a time word): noon 'on the nomination day' is a clock time hung on a day the sentence does not date, so the refusal comes first (CONVENTIONS 6.3, 1.3): event. The sentence after it is cut off by the end of the opening
    B(
        text="Validly completed nomination forms and a nomination deposit must be lodged by 12 noon on the nomination day, the day on which nominations close, to appear on the ballot paper.",
        due=None,
        vague=False,
        said="2024-05-30 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_NSWEC1,
        published="2024-05-30",
    ),
    # NSW Electoral Commission news release 'Voting by post in NSW Local Government by-elections? Apply now' (elections.nsw.gov.au); the opening carries no date: dated Monday 21 October 2024, inside the window its words fix (non-residential electors may apply after 15 October, per the Commission's application page, and packs are still to be sent 'from Monday, 28 October'; any day of that window gives every date below the same year); zone Australia/Sydney (AEDT), said at 10:00 local. The only time is the by-elections' day, Saturday 23 November, a one-off event (CONVENTIONS 3.1): its end. unsure: a careful reader could give due None (the act told, applications being open, is a state now)
    B(
        text="Postal vote applications are open for voters who are unable to vote in person at the Berrigan, Cowra and Junee by-elections on Saturday, 23 November.",
        due="2024-11-23 12:59:59",
        vague=False,
        said="2024-10-20 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_NSWECPV,
        published="2024-10-21",
    ),
    # the same page ('Eligibility criteria apply.' between holds no time word): applications close at 5pm on Monday 18 November
    B(
        text="Applications close at 5pm on Monday, 18 November 2024.",
        due="2024-11-18 06:00:00",
        vague=False,
        said="2024-10-20 23:00:00",
        tz="Australia/Sydney",
        cluster=2,
        source=_NSWECPV,
        published="2024-10-21",
    ),
    # the same page ('Late applications cannot be accepted.' between was skipped: 'late' was not counted as a time word). 'apply now' is advice to voters and 'as soon as possible' hangs on the posting of packs, not an undertaking of the speaker with a time (CONVENTIONS 5.1 covers the speaker's own undertakings): due None. unsure: a careful reader could give vague, 60 days from speaking (5.1), reading it as the Commission's promise to send packs
    B(
        text="Voters should apply now on the NSW Electoral Commission website to ensure they receive their postal vote pack as soon as possible.",
        due=None,
        vague=False,
        said="2024-10-20 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_NSWECPV,
        published="2024-10-21",
    ),
    # the same page: packs sent out 'from Monday, 28 October' is an activity given only its start (CONVENTIONS 3.2): earliest, the start of that day
    B(
        text="Postal vote packs will be sent out to successful applicants from Monday, 28 October.",
        due=None,
        vague=False,
        said="2024-10-20 23:00:00",
        tz="Australia/Sydney",
        refusal="earliest",
        earliest="2024-10-27 13:00:00",
        cluster=5,
        source=_NSWECPV,
        published="2024-10-21",
    ),
    # NSW National Parks and Wildlife Service, local alerts page of Brimbin Nature Reserve (nationalparks.nsw.gov.au); the page carries no publication date: read as the state of the page on Thursday 31 October 2024, its latest review stamp (3.34pm that day), said at 16:00 local; zone Australia/Sydney (AEDT). The 'Applies from ... Last reviewed ...' status lines and alert titles were skipped. 'until further notice' sets no time: due None, no refusal word. unsure: a careful reader could give 'event' (until an undated notice)
    B(
        text="Newbys Creek Walk and Caves are closed for visitor safety until further notice.",
        due=None,
        vague=False,
        said="2024-10-31 05:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_NPWSB,
        published="2024-10-31",
    ),
    # the same page (the Flat Nellie alert's three sentences and 'Cobcroft and Fenwicks Roads are closed due to hazardous road conditions.' hold no time word): 'recent road works' are past
    B(
        text="Due to recent road works followed by rain the roads are impassable from Fenwicks bridge.",
        due=None,
        vague=False,
        said="2024-10-31 05:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_NPWSB,
        published="2024-10-31",
    ),
    # the same page: closed 'until the roads are safe to reopen' hangs on an undated event (CONVENTIONS 1.3, 5.2)
    B(
        text="Cobcroft Picnic area and Carabean walk track will be closed until the roads are safe to reopen.",
        due=None,
        vague=False,
        said="2024-10-31 05:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_NPWSB,
        published="2024-10-31",
    ),
    # the same page (the Mooraback access sentence and the Innes Ruins alert hold no time word): 'Recent rain events' have done their harm: past. The next sentence is cut off by the end of the opening
    B(
        text="Recent rain events have resulted in some sections of the Coastal Walk in Sea Acres National Park becoming eroded and slippery.",
        due=None,
        vague=False,
        said="2024-10-31 05:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_NPWSB,
        published="2024-10-31",
    ),
    # NSW National Parks and Wildlife Service, local alerts page of Jervis Bay National Park; no publication date: read as the page on Friday 9 June 2023, its latest review stamp (2.35pm), said at 15:00 local; zone Australia/Sydney (AEST). A closure kept to Friday 16 June falls due at the end of that day (CONVENTIONS 3.3, 6.1)
    B(
        text="The toilet in the Thomas Place Day Use Area (within Carrington Falls Precinct) is closed from Monday 29 May to Friday 16 June 2023 to allow an upgrade of these facilities.",
        due="2023-06-16 13:59:59",
        vague=False,
        said="2023-06-09 05:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_NPWSJ,
        published="2023-06-09",
    ),
    # the same page (the nearest-toilet sentence holds no time word): closed from 19 June to Friday 30 June: the end of 30 June (CONVENTIONS 3.3, 6.1)
    B(
        text="Meroo Lake walking track is closed from Monday 19 June to Friday 30 June 2023 while the track is being upgraded.",
        due="2023-06-30 13:59:59",
        vague=False,
        said="2023-06-09 05:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_NPWSJ,
        published="2023-06-09",
    ),
    # the same page: a burn planned 'from 02/06/2023' (day first, Australian page) is an activity given only its start (CONVENTIONS 3.2): earliest, the start of 2 June, a week before speaking
    B(
        text="There is a planned Hazard Reduction burn in this park from 02/06/2023.",
        due=None,
        vague=False,
        said="2023-06-09 05:00:00",
        tz="Australia/Sydney",
        refusal="earliest",
        earliest="2023-06-01 14:00:00",
        cluster=5,
        source=_NPWSJ,
        published="2023-06-09",
    ),
    # the same page ('The fire is called Yawal Rd HR.' holds no time word): 'latest information' sets no time: due None, no refusal word. The five sentences after it and the 1080 programme's first sentence hold no time word
    B(
        text="Refer to the Rural Fire Service for latest information.",
        due=None,
        vague=False,
        said="2023-06-09 05:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_NPWSJ,
        published="2023-06-09",
    ),
    # the same page: a programme conducted between Monday 19 June and Friday 30 June falls due at the range's later end (CONVENTIONS 6.1)
    B(
        text="The program will be conducted between Monday 19th June and Friday 30 June 2023.",
        due="2023-06-30 13:59:59",
        vague=False,
        said="2023-06-09 05:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_NPWSJ,
        published="2023-06-09",
    ),
    # NSW National Parks and Wildlife Service, local alerts page of Maxwells Flat campground; no publication date: read as the page on Wednesday 4 February 2026, its latest review stamp (6.15am), said at 10:00 local; zone Australia/Sydney (AEDT). The fire alert's 'Refer to the Rural Fire Service for latest information.' was not taken again (the same sentence is quoted from the Jervis Bay page). Closed 'while there is an active fire' hangs on an undated event: event
    B(
        text="To ensure public safety while there is an active fire, sections of Myall Lakes National Park along Mungo Brush Road are closed.",
        due=None,
        vague=False,
        said="2026-02-03 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_NPWSM,
        published="2026-02-04",
    ),
    # the same page (the numbered closed areas hold no time word): the review on Monday 9 February: the end of that day
    B(
        text="The situation will be reviewed Monday 9th of February 2026.",
        due="2026-02-09 12:59:59",
        vague=False,
        said="2026-02-03 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_NPWSM,
        published="2026-02-04",
    ),
    # the same page (the booking sentence holds no time word): a closure given only its start, 25 January, ten days before speaking, is a state from a date (CONVENTIONS 3.2): earliest
    B(
        text="Mungo Beach is closed to 4WD vehicles due to hazardous conditions from 25 January 2026.",
        due=None,
        vague=False,
        said="2026-02-03 23:00:00",
        tz="Australia/Sydney",
        refusal="earliest",
        earliest="2026-01-24 13:00:00",
        cluster=5,
        source=_NPWSM,
        published="2026-02-04",
    ),
    # Department of Conservation (NZ), '2022 media releases', Central North Island (doc.govt.nz), item dated 6 August 2022; zone Pacific/Auckland (NZST), said at 10:00 local. The first item's sentence (royal spoonbills) holds no time word; the items after this one hold none either except one cut off by the end of the opening. A rāhui kept 'to sunrise on Tuesday 9 August' falls due then (CONVENTIONS 3.3): sunrise at Ngāuruhoe on 9 August is about 07:15 NZST (approximate, from the latitude and season). unsure: a careful reader could give the end of 9 August, reading 'sunrise' as no clock time
    B(
        text="Due to a recent death, a rāhui has been placed on Mt Ngāuruhoe from Saturday 6 August to sunrise on Tuesday 9 August 2022.",
        due="2022-08-08 19:15:00",
        vague=False,
        said="2022-08-05 22:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_DOC22,
        published="2022-08-06",
    ),
    # Department of Conservation (NZ), '2020 media releases' listing (doc.govt.nz), item dated 23 December 2020; zone Pacific/Auckland (NZDT), said at 10:00 local. 'this summer' in a southern zone runs December to February (the parser's docstring): the end of February 2021. unsure: the words predict visitors' behaviour rather than undertake an act; a careful reader could give due None
    B(
        text="COVID-19 has impacted visitor patterns across conservation areas but all indications point to more New Zealanders getting into their great outdoors this summer than ever before, DOC data shows.",
        due="2021-02-28 10:59:59",
        vague=False,
        said="2020-12-22 21:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_DOC20,
        published="2020-12-23",
    ),
    # the same page, the next item with a time word (the Akaroa item of 26 December holds none), dated 23 December 2020: protection efforts increased 'this summer': the end of the southern summer, 28 February 2021 (CONVENTIONS 3.3)
    B(
        text="Protection efforts for Auckland’s marine reserves are increasing this summer as DOC introduces additional marine reserve rangers and a new infringement system.",
        due="2021-02-28 10:59:59",
        vague=False,
        said="2020-12-22 21:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_DOC20,
        published="2020-12-23",
    ),
    # the same page, item dated 22 December 2020: 'the times of pre-settlers' are past
    B(
        text="New interpretation panels give visitors an insight into how Tauwhare Pā at Ōhope may have been in the times of pre-settlers and re-visits the significant story of Mere Aira.",
        due=None,
        vague=False,
        said="2020-12-21 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC20,
        published="2020-12-22",
    ),
    # the same page, item dated 21 December 2020: 'during a tough drought season' names an undated season: due None, no refusal word. unsure: a careful reader could give 'event' (for as long as the drought lasts)
    B(
        text="DOC is urging tourists and locals of Fletcher Bay to keep water usage low during a tough drought season.",
        due=None,
        vague=False,
        said="2020-12-20 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOC20,
        published="2020-12-21",
    ),
    # the same page, item dated 22 December 2020: 'recent deaths' are past; the urging has no time. The next item's sentence is cut off by the end of the opening
    B(
        text="DOC and kiwi protection groups are urging dog owners to have their pets trained to avoid kiwi, after a spate of recent deaths of the national icon on the Coromandel.",
        due=None,
        vague=False,
        said="2020-12-21 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC20,
        published="2020-12-22",
    ),
    # Australian Bureau of Statistics, Census media release CO/55 '20 June 2012' (abs.gov.au, archived); zone Australia/Sydney (Canberra, AEST), said at 10:00 local. The headline was skipped. The release 'Tomorrow': the end of 21 June
    B(
        text="Tomorrow the Australian Bureau of Statistics (ABS) will release the first results of the 2011 Census of Population and Housing.",
        due="2012-06-21 13:59:59",
        vague=False,
        said="2012-06-20 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ABS55,
        published="2012-06-20",
    ),
    # the same page: the forms 'has turned' into data is an act done (CONVENTIONS 2.4); 'future' sets no time: past
    B(
        text="The ABS has turned the nation’s 8.9 million Census and eCensus forms into the data that will help shape Australia’s future.",
        due=None,
        vague=False,
        said="2012-06-20 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABS55,
        published="2012-06-20",
    ),
    # the same page: the past five years are past; the data's showing has no time of its own
    B(
        text="Census Executive Director Andrew Henderson said the data will show how our nation has changed over the past five years.",
        due=None,
        vague=False,
        said="2012-06-20 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABS55,
        published="2012-06-20",
    ),
    # the same page (four quoted or reported sentences between hold no time word): tools that 'have been developed' are done (CONVENTIONS 2.4); '2011' names the census: past
    B(
        text="“A range of new, easy-to-use tools, including QuickStats, have been developed so people can quickly and easily look through 2011 Census data.”",
        due=None,
        vague=False,
        said="2012-06-20 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABS55,
        published="2012-06-20",
    ),
    # the same page ('“Census data is for everyone.' before it holds no time word): use open 'From tomorrow' is an activity given only its start (CONVENTIONS 3.2): earliest, the start of 21 June
    B(
        text="From tomorrow businesses, charities, community organisations, students, individuals and others can use Census data for planning or just get a better understanding of their community,” he said.",
        due=None,
        vague=False,
        said="2012-06-20 00:00:00",
        tz="Australia/Sydney",
        refusal="earliest",
        earliest="2012-06-20 14:00:00",
        cluster=5,
        source=_ABS55,
        published="2012-06-20",
    ),
    # the same page: 2011 'marked' a centenary (past); the showcasing has no time: past
    B(
        text="2011 marked 100 years of national Census taking in Australia and will help showcase our national journey from 1911 to today.",
        due=None,
        vague=False,
        said="2012-06-20 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABS55,
        published="2012-06-20",
    ),
    # the same page: available 'from 11:30am AEST' with no day of its own: the first 11:30 after speaking, that day (CONVENTIONS 6.3; page: 21 June 11:30), and availability given only its start is earliest (CONVENTIONS 3.2)
    B(
        text="Data from the 2011 Census of Population and Housing is publicly available on the ABS website from 11:30am AEST.",
        due=None,
        vague=False,
        said="2012-06-20 00:00:00",
        tz="Australia/Sydney",
        refusal="earliest",
        earliest="2012-06-20 01:30:00",
        cluster=5,
        source=_ABS55,
        published="2012-06-20",
    ),
    # Australian Bureau of Statistics, Census media release CO/53 '13 June 2012'; zone Australia/Sydney (AEST), said at 10:00 local. 'In just over a week from today': more than seven days, so not yet due at the end of 20 June; read as the eighth day, the end of 21 June. unsure: a careful reader could give the end of 20 June (a week from today)
    B(
        text="In just over a week from today, the Australian Bureau of Statistics (ABS) will release the first results of the 2011 Census of Population and Housing, including the latest picture of Australia’s Aboriginal and Torres Strait Islander population.",
        due="2012-06-21 13:59:59",
        vague=False,
        said="2012-06-13 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ABS53,
        published="2012-06-13",
    ),
    # the same page: 'Long since' is past; the data 'will shape our nation’s future over the next five years': a window from now falls due at its end (CONVENTIONS 1.1), 13 June 2017. unsure: the words predict the data's use rather than undertake an act; a careful reader could give due None
    B(
        text="Long since the four wheel drives carrying Census teams and forms left remote communities and Collectors left the suburbs, the ABS has been hard at work turning Census forms and eCensus submissions into the data that will shape our nation’s future over the next five years.",
        due="2017-06-13 13:59:59",
        vague=False,
        said="2012-06-13 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ABS53,
        published="2012-06-13",
    ),
    # the same page (the sentence between holds no time word): people 'gave their time' (past); 'time' is the only time word: past
    B(
        text="“Thousands of people from communities all over Australia gave their time and effort to help us run the Census because they knew how important this data was for their people,” Mr Henderson said.",
        due=None,
        vague=False,
        said="2012-06-13 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABS53,
        published="2012-06-13",
    ),
    # the same page: giving the data back 'On Thursday, 21 June': the end of that day. The sentences after it hold no time word, the last is cut off
    B(
        text="“On Thursday, 21 June, we will be giving this data back to the people, confident that it will help with the planning of vital services and facilities, like schools, health centres, housing and other community needs,” he said.",
        due="2012-06-21 13:59:59",
        vague=False,
        said="2012-06-13 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ABS53,
        published="2012-06-13",
    ),
    # Australian Bureau of Statistics, Census media release VIC/39 '12 June 2012' (Victoria); zone Australia/Melbourne (AEST), said at 10:00 local. The opening question holds no time word. The release 'On 21 June': the end of that day
    B(
        text="On 21 June the Australian Bureau of Statistics (ABS) will release the first results of the 2011 Census of Population and Housing.",
        due="2012-06-21 13:59:59",
        vague=False,
        said="2012-06-12 00:00:00",
        tz="Australia/Melbourne",
        cluster=6,
        source=_ABSV39,
        published="2012-06-12",
    ),
    # the same page: what 2006 Census data showed is past
    B(
        text="In 2006 Census data showed that Victoria had a total population of 4,932,422 with a median age of 37.",
        due=None,
        vague=False,
        said="2012-06-12 00:00:00",
        tz="Australia/Melbourne",
        refusal="past",
        cluster=5,
        source=_ABSV39,
        published="2012-06-12",
    ),
    # the same page: 'now set to show' gives the data no time of its own, 'the past five years' name the period shown: due None, no refusal word
    B(
        text="2011 Census data is now set to show how Victoria has changed over the past five years.",
        due=None,
        vague=False,
        said="2012-06-12 00:00:00",
        tz="Australia/Melbourne",
        cluster=1,
        source=_ABSV39,
        published="2012-06-12",
    ),
    # the same page: as CO/53's like sentence, the window 'over the next five years' from speaking: the end of 12 June 2017 (CONVENTIONS 1.1). unsure: a prediction of the data's use; a careful reader could give due None
    B(
        text="Long since Victorians filled out their Census forms on 9 August last year, the ABS has been hard at work turning the State’s 1.3 million paper Census forms and 643,888 eCensus submissions into the data that will help shape Victoria’s future over the next five years.",
        due="2017-06-12 13:59:59",
        vague=False,
        said="2012-06-12 00:00:00",
        tz="Australia/Melbourne",
        cluster=4,
        source=_ABSV39,
        published="2012-06-12",
    ),
    # the same page (six quoted or reported sentences between hold no time word): availability 'from 11.30am on 21 June 2012' is given only its start (CONVENTIONS 3.2): earliest
    B(
        text="Data from the 2011 Census of Population and Housing will be available on the ABS website from 11.30am on 21 June 2012.",
        due=None,
        vague=False,
        said="2012-06-12 00:00:00",
        tz="Australia/Melbourne",
        refusal="earliest",
        earliest="2012-06-21 01:30:00",
        cluster=5,
        source=_ABSV39,
        published="2012-06-12",
    ),
    # Stats NZ, 'Consumers Price Index: September 2012 quarter', Data quality page (stats.govt.nz, archived); the opening carries no date: dated Tuesday 16 October 2012, the quarter's release day, said at 10:45 local (Stats NZ's release hour); zone Pacific/Auckland (NZDT). Information changed 'since the last release' is past
    B(
        text="This section has information that has changed since the last release.",
        due=None,
        vague=False,
        said="2012-10-15 21:45:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_STNZ,
        published="2012-10-16",
    ),
    # the same page: information that does not change 'between releases' is a standing pattern (CONVENTIONS 1.3): recurring
    B(
        text="This section has information that does not generally change between releases.",
        due=None,
        vague=False,
        said="2012-10-15 21:45:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_STNZ,
        published="2012-10-16",
    ),
    # the same page: the collection period ended on 30 September, before speaking: past
    B(
        text="Prices were collected throughout the period 1 July to 30 September 2012.",
        due=None,
        vague=False,
        said="2012-10-15 21:45:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_STNZ,
        published="2012-10-16",
    ),
    # the same page: visits made in August: past
    B(
        text="Visits by Statistics NZ staff to retail outlets were made during 1–15 August in the 10 smallest consumers price index (CPI) regions and during 1–19 August for the five largest CPI regions.",
        due=None,
        vague=False,
        said="2012-10-15 21:45:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_STNZ,
        published="2012-10-16",
    ),
    # the same page: a monthly pattern told in the past tense of the quarter gone: past
    B(
        text="Prices for food and non-food groceries were collected each month, usually between the 8th and 16th of the month.",
        due=None,
        vague=False,
        said="2012-10-15 21:45:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_STNZ,
        published="2012-10-16",
    ),
    # the same page: weekly collection in the quarter gone: past
    B(
        text="Petrol, fresh fruit, and fresh vegetable prices were collected weekly.",
        due=None,
        vague=False,
        said="2012-10-15 21:45:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_STNZ,
        published="2012-10-16",
    ),
    # the same page: collected at 15 August: past
    B(
        text="Quarterly postal survey prices were collected at 15 August.",
        due=None,
        vague=False,
        said="2012-10-15 21:45:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_STNZ,
        published="2012-10-16",
    ),
    # the same page ('Price changes may be influenced by one-off events.' before it was not counted as holding a time word): 'the September 2012 quarter' names the period the factors concern and sets no time: due None, no refusal word
    B(
        text="Factors that affected the September 2012 quarter CPI are listed below.",
        due=None,
        vague=False,
        said="2012-10-15 21:45:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_STNZ,
        published="2012-10-16",
    ),
    # the same page: rates set 'annually' and shown in the September quarter is a standing pattern (CONVENTIONS 1.3): recurring
    B(
        text="Local authorities set their rates annually, and these are mainly shown in the September CPI quarter.",
        due=None,
        vague=False,
        said="2012-10-15 21:45:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_STNZ,
        published="2012-10-16",
    ),
    # the same page: the remainder is expected in the December 2012 quarter: the quarter's end, 31 December 2012. unsure: 'expected to be included' is a statistician's expectation, and the quarter's figures are published only in January; a careful reader could give due None
    B(
        text="The movement in local authority rates and payments in this quarter reflects 89 percent of the weight in the sample, with the remainder expected to be included in the December 2012 quarter.",
        due="2012-12-31 10:59:59",
        vague=False,
        said="2012-10-15 21:45:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_STNZ,
        published="2012-10-16",
    ),
    # the same page: the adjustment 'occurred on 1 July 2012': past
    B(
        text="The annual indexation adjustment of the excise duty on alcoholic drinks occurred on 1 July 2012.",
        due=None,
        vague=False,
        said="2012-10-15 21:45:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_STNZ,
        published="2012-10-16",
    ),
    # the same page: a movement between quarters gone: past
    B(
        text="The adjustment was a 1.48 percent increase in the excise duty, based on the movement in the 'CPI less credit services' index from the March 2011 quarter to the March 2012 quarter.",
        due=None,
        vague=False,
        said="2012-10-15 21:45:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_STNZ,
        published="2012-10-16",
    ),
    # the same page: 'should have been shown' in the September 2012 quarter, already published: past
    B(
        text="The effect on retail prices should have been shown fully in the CPI for the September 2012 quarter, depending on the timing of price increases in pubs, clubs, restaurants, and liquor stores, and the timing of price collection by Statistics NZ staff.",
        due=None,
        vague=False,
        said="2012-10-15 21:45:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_STNZ,
        published="2012-10-16",
    ),
    # the same page: the increase of 1 August 2012 is past. The next sentence is cut off by the end of the opening
    B(
        text="Road user charges for a private motor car, administered by the NZ Transport Agency, increased by 8.3 percent (or $3.69 per 1,000km) on 1 August 2012.",
        due=None,
        vague=False,
        said="2012-10-15 21:45:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_STNZ,
        published="2012-10-16",
    ),
    # Victorian Electoral Commission media release 'Early voting opens for the Narracan District supplementary election', 'Monday 16 January 2023' (vec.vic.gov.au); zone Australia/Melbourne (AEDT), said at 10:00 local. 'now open' is a state at speaking: due None, no refusal word. 'The early voting centres are located at:' and the addresses after it were skipped ('early' names the centres)
    B(
        text="Early voting is now open for the Narracan District supplementary election, with voters encouraged to have their say on who will represent them in the Victorian Parliament.",
        due=None,
        vague=False,
        said="2023-01-15 23:00:00",
        tz="Australia/Melbourne",
        cluster=1,
        source=_VECN,
        published="2023-01-16",
    ),
    # the same page: open from 8 am to 6 pm on Saturday 28 January: the range's later end (CONVENTIONS 6.1, 3.3)
    B(
        text="Election day voting centres will be open from 8 am to 6 pm on election day, Saturday 28 January.",
        due="2023-01-28 07:00:00",
        vague=False,
        said="2023-01-15 23:00:00",
        tz="Australia/Melbourne",
        cluster=2,
        source=_VECN,
        published="2023-01-16",
    ),
    # the same page: applications close at 6 pm on Wednesday 25 January
    B(
        text="Postal vote applications are currently open and close at 6 pm on Wednesday 25 January.",
        due="2023-01-25 07:00:00",
        vague=False,
        said="2023-01-15 23:00:00",
        tz="Australia/Melbourne",
        cluster=2,
        source=_VECN,
        published="2023-01-16",
    ),
    # the same page: 'before 6 pm on election day' and 'before the close of voting' hang on a day the sentence does not date (CONVENTIONS 6.3, refusals first): event. unsure: a careful reader could take election day from the sentence before (28 January 18:00), which 6.3 does not allow
    B(
        text="Voters who have applied for a postal vote must have their completed ballot papers in the mail before 6 pm on election day or hand-deliver them to any voting centre in Narracan District before the close of voting.",
        due=None,
        vague=False,
        said="2023-01-15 23:00:00",
        tz="Australia/Melbourne",
        refusal="event",
        cluster=5,
        source=_VECN,
        published="2023-01-16",
    ),
    # the same page (the sentence on who may vote by telephone holds no time word): telephone voting closes at 6 pm on Saturday 28 January
    B(
        text="Telephone voting is open and closes at 6 pm on Saturday 28 January.",
        due="2023-01-28 07:00:00",
        vague=False,
        said="2023-01-15 23:00:00",
        tz="Australia/Melbourne",
        cluster=2,
        source=_VECN,
        published="2023-01-16",
    ),
    # the same page ('To register, call 13 57 23.' and the secrecy sentence hold no time word): the roll closed at 8 pm on 8 November 2022, before speaking: past. The list of opening hours after it was skipped as schedule items
    B(
        text="Voting is compulsory for all electors who were on the roll for Narracan District at the close of roll for the 2022 State election at 8 pm on Tuesday 8 November 2022.",
        due=None,
        vague=False,
        said="2023-01-15 23:00:00",
        tz="Australia/Melbourne",
        refusal="past",
        cluster=5,
        source=_VECN,
        published="2023-01-16",
    ),
    # Victorian Electoral Commission, 'How to nominate' (vec.vic.gov.au, trailing-dot host as stored); no date in the opening: nominations are 'now open' for both the Prahran and the Werribee by-elections, so the page is between 9 am on Tuesday 7 January 2025 (Werribee's opening) and noon on 16 January (the first close): dated Wednesday 8 January 2025, said at 10:00 local; zone Australia/Melbourne (AEDT). The table rows, the office lines and the appointment sentence were skipped (table cells and labels; the sentences hold no time word). Office hours Monday to Friday are a standing timetable (CONVENTIONS 1.3): recurring
    B(
        text="Our office is open 8:30 am to 5 pm Monday to Friday.",
        due=None,
        vague=False,
        said="2025-01-07 23:00:00",
        tz="Australia/Melbourne",
        refusal="recurring",
        cluster=5,
        source=_VECH,
        published="2025-01-08",
    ),
    # the same page: closed on public holidays, a standing rule: recurring
    B(
        text="We are not open on public holidays.",
        due=None,
        vague=False,
        said="2025-01-07 23:00:00",
        tz="Australia/Melbourne",
        refusal="recurring",
        cluster=5,
        source=_VECH,
        published="2025-01-08",
    ),
    # the same page: details available 'after the close of nominations', a close the sentence does not date: event
    B(
        text="*Details for a local election office in Werribee District will be available after the close of nominations.",
        due=None,
        vague=False,
        said="2025-01-07 23:00:00",
        tz="Australia/Melbourne",
        refusal="event",
        cluster=5,
        source=_VECH,
        published="2025-01-08",
    ),
    # the same page (the Candidate Helper sentence before it holds no time word): available 'until nominations close', undated in the sentence: event. The sentences after it hold no time word; the last is cut off
    B(
        text="Candidate Helper will be available until nominations close.",
        due=None,
        vague=False,
        said="2025-01-07 23:00:00",
        tz="Australia/Melbourne",
        refusal="event",
        cluster=5,
        source=_VECH,
        published="2025-01-08",
    ),
    # National Park Service, Arches National Park construction news release of 14 February 2017 (nps.gov/arch/learn/news/news021417.htm, dated by its address), quoted in full in a forum post (backcountrypost.com; the poster's own words before it were not quoted); zone America/Denver (MST), said at 10:00 local. Construction to begin 'in March or April': of alternatives the later counts (CONVENTIONS 6.2, 3.1): the end of April 2017 (MDT)
    B(
        text="We expect road construction to begin in March or April.",
        due="2017-05-01 05:59:59",
        vague=False,
        said="2017-02-14 17:00:00",
        tz="America/Denver",
        cluster=3,
        source=_NPSARCH,
        published="2017-02-14",
    ),
    # the same release: work 'mostly at night' through the project is a standing pattern with no date (CONVENTIONS 1.3): recurring
    B(
        text="Construction work will occur mostly at night.",
        due=None,
        vague=False,
        said="2017-02-14 17:00:00",
        tz="America/Denver",
        refusal="recurring",
        cluster=5,
        source=_NPSARCH,
        published="2017-02-14",
    ),
    # the same release: closing 'each night' is a standing pattern: recurring
    B(
        text="Park roads will close each night.",
        due=None,
        vague=False,
        said="2017-02-14 17:00:00",
        tz="America/Denver",
        refusal="recurring",
        cluster=5,
        source=_NPSARCH,
        published="2017-02-14",
    ),
    # the same release: 'by 7 pm' as a standing rule of the closure (CONVENTIONS 6.3: a clock time of a standing rule is recurring). unsure: read alone the sentence could be a one-off time, the first 7 pm after speaking (14 February 19:00 MST); the sentences after it hold no time word
    B(
        text="Visitors must be out of the park by 7 pm.",
        due=None,
        vague=False,
        said="2017-02-14 17:00:00",
        tz="America/Denver",
        refusal="recurring",
        cluster=5,
        source=_NPSARCH,
        published="2017-02-14",
    ),
    # Australian Building and Construction Commission site, archived Industry Update April 2014, 'New Building Code released' (abcc.gov.au; the update was then issued by its predecessor, Fair Work Building and Construction, whose hotline it names); no day in the opening: after the release of 17 April and, by 'after 24 April this year', before 24 April: dated Tuesday 22 April 2014, said at 10:00 local; zone Australia/Melbourne (AEST). The release 'On 17 April' is past
    B(
        text="On 17 April, Employment Minister Eric Abetz released the Federal Government’s proposed new Building Code.",
        due=None,
        vague=False,
        said="2014-04-22 00:00:00",
        tz="Australia/Melbourne",
        refusal="past",
        cluster=5,
        source=_ABCC14,
        published="2014-04-22",
    ),
    # the same page (two sentences between hold no time word): the Code starts 'when the Bill ... becomes an Act', an undated event: event
    B(
        text="The new Code will start when the Bill to restore the Australian Building Construction Commission becomes an Act.",
        due=None,
        vague=False,
        said="2014-04-22 00:00:00",
        tz="Australia/Melbourne",
        refusal="event",
        cluster=5,
        source=_ABCC14,
        published="2014-04-22",
    ),
    # the same page: 'Once it starts' hangs the rule on the undated start; 24 April only bounds which agreements it covers: event
    B(
        text="Once it starts, the Code will apply to all enterprise agreements reached after 24 April this year.",
        due=None,
        vague=False,
        said="2014-04-22 00:00:00",
        tz="Australia/Melbourne",
        refusal="event",
        cluster=5,
        source=_ABCC14,
        published="2014-04-22",
    ),
    # the same page: 'currently' sets no time: due None, no refusal word
    B(
        text="It is therefore important that industry participants currently involved in enterprise negotiations carefully consider the Code.",
        due=None,
        vague=False,
        said="2014-04-22 00:00:00",
        tz="Australia/Melbourne",
        cluster=1,
        source=_ABCC14,
        published="2014-04-22",
    ),
    # the same page: 'Once a contractor is covered' hangs on an undated event of each contractor (CONVENTIONS 1.3): event
    B(
        text="Once a contractor is covered by the new Code, they will have to adhere to it on future privately funded work, as well as on the Federal Government project they first tendered for.",
        due=None,
        vague=False,
        said="2014-04-22 00:00:00",
        tz="Australia/Melbourne",
        refusal="event",
        cluster=5,
        source=_ABCC14,
        published="2014-04-22",
    ),
    # the same page: bound 'on future non-Government projects', a standing rule for a class of contractors (CONVENTIONS 1.3): recurring. The last sentence holds no time word
    B(
        text="Contractors who tender for Federal Government work but do not win that contract will still be bound by the Code on future non-Government projects.",
        due=None,
        vague=False,
        said="2014-04-22 00:00:00",
        tz="Australia/Melbourne",
        refusal="recurring",
        cluster=5,
        source=_ABCC14,
        published="2014-04-22",
    ),
    # Australian Building and Construction Commission, Industry Update May-June 2017, 'Building Code 2016 progress update' (abcc.gov.au); figures 'As of the 19 July 2017': dated Thursday 20 July 2017, said at 10:00 local; zone Australia/Melbourne (AEST). 'almost eight months since' the Code commenced: past
    B(
        text="It has been almost eight months since the Building Code 2016 (the Code) commenced and things are in full swing.",
        due=None,
        vague=False,
        said="2017-07-20 00:00:00",
        tz="Australia/Melbourne",
        refusal="past",
        cluster=5,
        source=_ABCC17,
        published="2017-07-20",
    ),
    # the same page ('As of the 19 July 2017:' and the four list items under it were skipped as a label and list fragments): a duty that begins on 1 September 2017 is the rule taking effect (CONVENTIONS 3.1a): the end of that day; 25 April 2014 only bounds the exception
    B(
        text="To tender for and be awarded Commonwealth funded work, contractors must have a Code-compliant agreement from 1 September 2017 unless other transitional arrangements apply – for example, they are covered by a modern award or are exclusively covered by an enterprise agreement made before 25 April 2014 that has not been varied.",
        due="2017-09-01 13:59:59",
        vague=False,
        said="2017-07-20 00:00:00",
        tz="Australia/Melbourne",
        cluster=6,
        source=_ABCC17,
        published="2017-07-20",
    ),
    # the same page (four sentences between hold no time word): 'when we become aware' hangs on an undated event: event
    B(
        text="This will enable the ABCC, where appropriate, to take steps towards a sanction under the Code when we become aware that a contractor has contravened one of these laws.",
        due=None,
        vague=False,
        said="2017-07-20 00:00:00",
        tz="Australia/Melbourne",
        refusal="event",
        cluster=5,
        source=_ABCC17,
        published="2017-07-20",
    ),
    # the same page: 'has already commenced' is done (CONVENTIONS 2.4): past. The next sentence is cut off by the end of the opening
    B(
        text="The ABCC has already commenced a robust compliance program to ensure contractors are complying with their legislative obligations.",
        due=None,
        vague=False,
        said="2017-07-20 00:00:00",
        tz="Australia/Melbourne",
        refusal="past",
        cluster=5,
        source=_ABCC17,
        published="2017-07-20",
    ),
)
