"""A HUNDREDTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before the
parser was ever run on them.

Lead's note, before the first run (2026-12-05 04:30 UTC): the 32 cases of eight English councils
(Trafford, Watford, Warwickshire via a parish council, North Somerset, Lincolnshire, Cumberland,
Hinckley & Bosworth, Central Bedfordshire) were removed unscored: their licence was not confirmed on
the councils' own pages, and a council of the same class (Swale) asks permission for reuse, so the
licence is unclear. 47 cases remain (Transport for NSW 15, NZ Transport Agency 14, US Army Corps of
Engineers 10, National Park Service 8): four publishers, US 18 of 47. The counts below are the
labeller's, before the removal.

Collected and labelled on 2026-12-05 (UTC), in the small hours (the machine's clock read 04:06 at the
start and about 04:16 when the labels were written), by a labelling helper (branch issue12l100-s44)
that neither changed, imported nor ran the parser, working at the same time as other labellers of
stop 44 (UK and Irish central government, Australian and New Zealand ministers, the EU and
kremlin.ru among them), whose claims were treated as used and whose files and README sections were
not opened. It read `CONVENTIONS.md` in full (rule 3.1a, new this stop, and rule 6.3 among them), the
docstring, comments, some cases and README section of `blind_fresh96.py`, and the top docstring of
the parser package only (for the parts of the day, the vague windows, "mid" as days 11-20, weeks
running Monday to Sunday, a weekday as the next such day and a range falling due at its later end);
nothing else of `bot/core/deadlines/` was opened. The brief allowed only public-domain or openly
licensed publishers, at least eight publishers, none above a fifth of the cases, several genres, at
least half of the cases from outside the United States and no more than a quarter from it, and
asked for transport and local notices and service changes: UK local councils (Open Government
Licence), Transport for NSW and NZ Transport Agency Waka Kotahi (CC BY 4.0) and at most a quarter of
US federal works (here the U.S. Army Corps of Engineers and the National Park Service). The set
quotes three Transport for NSW traffic notices (carried by regional newspapers), three NZ Transport
Agency releases (carried by Scoop and a news aggregator), the pages of eight English councils
(Christmas bin changes, temporary traffic order rules, a consultation's closing date,
a highways e-mail carried by a parish council), two Corps of Engineers shutdown releases and a
National Park Service construction schedule: 79 cases from 12 publishers (the largest, Transport
for NSW, holds 15, 19%), 18 of them (23%) from the United States. Every sentence quoted holds a time
word of some kind (a date, a clock time, a day word, a part of the day, a period, a span, a year,
"during", "while", "before", "after", "once", "in advance", "often", "occasionally",
"short-term", "out of hours", "until"); the sentences of the openings read that hold none (and those whose only such
word is "temporary" or "temporarily") were skipped, as were titles, headings, date and update
lines, labels, list and table points, contact lines, links, cookie banners, sentences that end in a
colon before a list, teasers cut off by the end of an opening, and the stock closing lines of the
Transport for NSW notices (thanks for patience "during this time", "For the latest traffic updates
..."); the Maitland Mercury notice is quoted up to its fourth sentence with a time word. No word was
changed: "There will no", "must have be", "MOBILE, Ala–" and "dependant" stay as the pages have
them. The sentences were found with a search over stored copies of public pages and taken as they
came in the openings the search returns, in page order. No address listed in README.md, in a
README or file under `tests/data/` or in the shared claims file was used: each was checked with the
lead's `fresh_check.py` (the address and a distinctive phrase of the page) and claimed (`fresh100`)
in `/work/helper-brief/claims.txt` before a quote was taken; six pages the searches offered were
found used and dropped (an NZTA release carried by raglan23.co.nz, three news-aggregator pages of
NZTA releases, a Welsh Government A55 release on government-world.com and one on wired-gov.net).
Two claimed pages were not quoted in the end: a Transport for NSW notice carried by
Greater Blacktown News, to keep Transport for NSW under a fifth, and Swale Borough Council's
"Changes Over Christmas", because Swale's reuse page asks for permission before its information is
published, so its licence was in doubt. The other councils' licence is the Open Government Licence
the brief named for UK councils; it was not read on each council's site (see README.md). Every sentence was then checked
whole with the same tool (skipping this file): none was found used. Each label was worked out by
hand from the words, the publication date and the publisher's zone; the conversion of local
instants to UTC wall time, the weekdays and the day counts were done with Python's zoneinfo and
datetime in a scratch script outside the repository, never with code of the project. No run of
`parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the tests touched these texts before
the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 6.1"), then `blind_fresh96.py`: the publisher's zone (Transport for NSW:
Australia/Sydney; NZ Transport Agency: Pacific/Auckland; the English councils: Europe/London; the
Corps of Engineers' Washington release: America/New_York; its Mobile District: America/Chicago;
Theodore Roosevelt National Park: America/Denver, as its own "MDT" says); the publication date at
10:00 local, except where the page gives its own moment (Scoop's "2:46 pm"; Hinckley and Bosworth's
"Last updated: 24/05/2023 10:01"), and where a page carries no date the one its words give (the
comment says which, and none of them moves a label); a day falls due at 23:59:59 local; a range, a
list, alternatives or a window fall due at their later end (CONVENTIONS 6.1, 6.2); an offer or
state given only its start is `refusal='earliest'` (CONVENTIONS 3.2), a duty or ban beginning on a
date is due that date (CONVENTIONS 3.1a); a state kept until a date is due that date (CONVENTIONS
3.3); standing rules and hours ("A minimum of six weeks notice", "on your normal collection day")
are `refusal='recurring'` (CONVENTIONS 1.3); a time hung on an undated event ("once the government
shutdown is lifted", "before completing your application") is `refusal='event'`; refusals have
`due=None` and a `refusal` kind; a sentence whose time words set no time for any act ("during this
time", "over the Christmas period" with no end, "Act 1984") has `due=None` and no refusal word.
Clusters as in `blind_fresh96.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4 parts
of the day, periods and vague windows, 5 refusals, 6 plain days and dates. 29 labels are refusals
(event 12, recurring 10, negated 4, earliest 2, past 1), none is vague; 14 labels are marked "unsure" and name the other reading; like every
label here they stay as committed, whatever the first run shows. First run: not yet taken (the lead
runs it once, after merging, and records it in README.md). Never edit these labels to fit the
parser.

Licence audit of stop 48 (branch lic48-s48): 14 of these 47 cases, quoted from NZ Transport Agency Waka
Kotahi releases (on nzta.govt.nz or carried by Scoop, Live News, MIL-OSI mirrors and others), were
removed: the Agency's own terms found (https://www.journeys.nzta.govt.nz/about-this-site) allow
reproduction "for personal use" and ask permission for any other purpose, which is not an open licence.
33 cases remain; see README.md, "Licence audit of stop 48".
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_MAIT = "https://www.maitlandmercury.com.au/story/7893479/changed-traffic-conditions-for-essential-works-on-trzecinski-bridge/"
_WATF = "https://www.theleader.com.au/story/8568455/princes-highway-traffic-changes-at-waterfall/"
_NOWRA = "https://www.southcoastregister.com.au/story/8453088/nowra-bridge-project-night-work-traffic-changes/"
_TRAFB = "http://www.trafford.gov.uk/residents/environment/recycling-rubbish-and-waste/Christmas-bin-collections.aspx"
_TRAFC = "https://www.trafford.gov.uk/residents/transport-and-streets/roads-highways-and-pavements/closures-and-diversions.aspx"
_WATFD = "https://watford.gov.uk/news/article/293/changes-to-your-waste-collection-over-the-festive-period"
_WCC = "https://www.henley-in-arden-pc.gov.uk/temporary-closure-meadow-road-riverside-gardens-st-nicholas-road-mount-road-29-08-23/"
_NSOM = "https://n-somerset.gov.uk/my-services/parking-travel-roads/roads-streets/road-closures-temporary-traffic-management/applying-close-road-or-other-temporary-restriction"
_LINCS = "https://www.lincolnshire.gov.uk/traffic-management/apply-temporary-traffic-restrictions"
_CUMB = "https://cumberland.gov.uk/parking-roads-and-transport/streets-roads-and-pavements/road-maintenance-closures-and-improvements/traffic-regulation-orders-tros/temporary-traffic-regulation-orders-ttros"
_HBBC = "https://www.hinckley-bosworth.gov.uk/PSPO"
_CBC = "https://www.centralbedfordshire.gov.uk/info/38/consultations/1514/have_your_say_on_rules_about_walking_your_dog_or_drinking_alcohol_in_public_spaces/5"
_USACE13 = "https://www.mvs.usace.army.mil/Media/News-Releases/Article/491677/us-army-corps-of-engineers-preparing-for-possible-october-1-nationwide-closure/"
_USACE11 = "https://www.sam.usace.army.mil/Media/News-Releases/Article/486698/usace-preparing-for-possible-nationwide-closure-of-corps-operated-campgrounds-a/"
_NPS = "https://thefederalnewswire.com/stories/633124084-autumn-road-construction-schedule-in-theodore-roosevelt-national-park"

FRESH100_CASES: tuple[BlindCase, ...] = (
    # Transport for NSW notice carried by the Maitland Mercury, dated 7 September 2022 (a Wednesday); zone Australia/Sydney (AEST), said at 10:00 local by convention. Changed conditions 'from tomorrow': a state given only its start, a lower bound (CONVENTIONS 3.2), earliest Thursday 8 September 2022
    B(
        text="Motorists are advised of changed overnight traffic conditions from tomorrow on the New England Highway to carry out essential maintenance on Trzecinski Bridge.",
        due=None,
        vague=False,
        said="2022-09-07 00:00:00",
        tz="Australia/Sydney",
        refusal="earliest",
        earliest="2022-09-07 14:00:00",
        cluster=5,
        source=_MAIT,
        published="2022-09-07",
    ),
    # the same page: work at night 'from Thursday to Saturday': a range falls due at its later end (CONVENTIONS 6.1), Saturday 10 September 2022 23:59:59 AEST. unsure: the Saturday night shift '7pm to 5am' ends at 05:00 on Sunday 11 September
    B(
        text="To minimise the impact to motorists, we will be working at night from 7pm to 5am from Thursday to Saturday.",
        due="2022-09-10 13:59:59",
        vague=False,
        said="2022-09-07 00:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_MAIT,
        published="2022-09-07",
    ),
    # the same page: 'completed in two nights' counted from the moment as a span of two days (to Friday 9 September 2022 23:59:59 AEST; the sentence gives no start of its own). unsure: counted from the first night (Thursday), the second night ends at 05:00 on Saturday 10 September
    B(
        text="Work is expected to be completed in two nights, weather permitting.",
        due="2022-09-09 13:59:59",
        vague=False,
        said="2022-09-07 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_MAIT,
        published="2022-09-07",
    ),
    # the same page: 'during work hours' sets no time for any act (due None, no refusal word)
    B(
        text="Single lane closures with traffic control and a reduced speed limit of 40km/h will be in place during work hours for the safety of workers and motorists.",
        due=None,
        vague=False,
        said="2022-09-07 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_MAIT,
        published="2022-09-07",
    ),
    # Transport for NSW notice carried by The Leader (St George and Sutherland Shire), dated 25 March 2024 (a Monday); zone Australia/Sydney (AEDT), said at 10:00 local. 'this weekend': the weekend's end, Sunday 31 March 2024 23:59:59 AEDT (a range falls due at its later end)
    B(
        text="Changed traffic conditions will apply this weekend during work on the Princes Highway at Waterfall.",
        due="2024-03-31 12:59:59",
        vague=False,
        said="2024-03-24 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_WATF,
        published="2024-03-25",
    ),
    # the same page: 'from 8pm on Saturday March 30 to 9am on Sunday March 31': the later end, 31 March 2024 09:00 AEDT (CONVENTIONS 6.1); 'said' is on the speaking, not the deadline (CONVENTIONS 2.2)
    B(
        text="Transport for NSW said the work includes the installation of a footbridge at Waterfall Station and will be carried out from 8pm on Saturday March 30 to 9am on Sunday March 31, weather permitting.",
        due="2024-03-30 22:00:00",
        vague=False,
        said="2024-03-24 23:00:00",
        tz="Australia/Sydney",
        cluster=2,
        source=_WATF,
        published="2024-03-25",
    ),
    # the same page: lanes reopen 'from 9am Monday 1 April' if the work is put back a night: a one-off reopening at a time (CONVENTIONS 3.1), 1 April 2024 09:00 AEDT. unsure: the whole sentence hangs on 'If the work needs to be rescheduled', which a careful reader could take as no undertaking (due None, CONVENTIONS 4.2) or as hung on an undated event (event)
    B(
        text="If the work needs to be rescheduled it will occur during the same hours on the following night, with lanes to reopen from 9am Monday 1 April.",
        due="2024-03-31 22:00:00",
        vague=False,
        said="2024-03-24 23:00:00",
        tz="Australia/Sydney",
        cluster=2,
        source=_WATF,
        published="2024-03-25",
    ),
    # the same page: 'During the work' sets no time of its own
    B(
        text="During the work, southbound traffic will be switched to the northbound lanes for 1.6 kilometres with the northbound lanes operating as a two-lane contraflow.",
        due=None,
        vague=False,
        said="2024-03-24 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_WATF,
        published="2024-03-25",
    ),
    # the same page: 'before travelling east' orders the route, no time set
    B(
        text="Motorists and cyclists will instead be able to access the station and residential area by turning right into Yanagang Street, before travelling east through Warabin Street and Kooraban Street.",
        due=None,
        vague=False,
        said="2024-03-24 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_WATF,
        published="2024-03-25",
    ),
    # Transport for NSW notice carried by the South Coast Register, dated 8 December 2023 (a Friday); zone Australia/Sydney (AEDT), said at 10:00 local. 'while night work is carried out': no time set
    B(
        text="Motorists are advised of changed traffic conditions on sections of the Princes Highway, Scenic Drive, Pleasant Way and Bolong, Illaroo and Bridge roads while night work is carried out as part of the Nowra Bridge project.",
        due=None,
        vague=False,
        said="2023-12-07 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_NOWRA,
        published="2023-12-08",
    ),
    # the same page: nights 'from Sunday December 3 to Thursday December 21': the later end, 21 December 2023 23:59:59 AEDT (CONVENTIONS 6.1; the clock times '6pm and 7am' are the nightly hours, the range's last day counts). unsure: the Thursday night shift ends at 07:00 on Friday 22 December
    B(
        text="To minimise impacts to road users and for the safety of workers, work will be carried out between 6pm and 7am Sunday to Thursday nights, from Sunday December 3 to Thursday December 21, weather permitting.",
        due="2023-12-21 12:59:59",
        vague=False,
        said="2023-12-07 23:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_NOWRA,
        published="2023-12-08",
    ),
    # the same page: 'during work' sets no time of its own
    B(
        text="Lane closures, intermittent stop/slow traffic conditions, and reduced speeds of 40 km/h during work will be in place.",
        due=None,
        vague=False,
        said="2023-12-07 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_NOWRA,
        published="2023-12-08",
    ),
    # the same page: 'during night work': no time set
    B(
        text="Pedestrian access will be maintained during night work, however there may be some changes.",
        due=None,
        vague=False,
        said="2023-12-07 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_NOWRA,
        published="2023-12-08",
    ),
    # the same page: a shutdown kept 'from 6pm Friday December 22 to 7am Monday January 8, 2024': kept to its end (CONVENTIONS 3.3, 6.1), 8 January 2024 07:00 AEDT
    B(
        text="A site shutdown will be in place over the Christmas period from 6pm Friday December 22 to 7am Monday January 8, 2024.",
        due="2024-01-07 20:00:00",
        vague=False,
        said="2023-12-07 23:00:00",
        tz="Australia/Sydney",
        cluster=2,
        source=_NOWRA,
        published="2023-12-08",
    ),
    # the same page: 'no construction work during this time': a time denied (CONVENTIONS 4.1)
    B(
        text="There will be no construction work during this time.",
        due=None,
        vague=False,
        said="2023-12-07 23:00:00",
        tz="Australia/Sydney",
        refusal="negated",
        cluster=5,
        source=_NOWRA,
        published="2023-12-08",
    ),
    # U.S. Army Corps of Engineers news release (Washington), on the St. Louis District's site, 'Published Oct. 1, 2013' (a Tuesday); zone America/New_York (EDT, the dateline), said at 10:00 local. Closure 'beginning Tuesday, October 1' if the shutdown goes into effect: a one-off closure on a date (CONVENTIONS 3.1), 1 October 2013 23:59:59 EDT. unsure: the condition 'if the potential shutdown ... goes into effect' could make it no undertaking (due None, CONVENTIONS 4.2)
    B(
        text="WASHINGTON – The U.S. Army Corps of Engineers (USACE) is preparing for the closure of all USACE-operated campgrounds and day-use parks nationwide beginning Tuesday, October 1, if the potential shutdown of the federal government for lack of fiscal 2014 funding legislation goes into effect.",
        due="2013-10-02 03:59:59",
        vague=False,
        said="2013-10-01 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USACE13,
        published="2013-10-01",
    ),
    # the same page: 'would not reopen until after the shutdown is lifted': hung on an undated event (CONVENTIONS 1.3)
    B(
        text="Affected recreation areas would not reopen until after the shutdown is lifted.",
        due=None,
        vague=False,
        said="2013-10-01 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_USACE13,
        published="2013-10-01",
    ),
    # the same page: open 'while the shutdown is in place': hung on an undated event
    B(
        text="USACE parks with leased areas and concessionaires will remain open, but cannot be supported by USACE personnel or services while the shutdown is in place.",
        due=None,
        vague=False,
        said="2013-10-01 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_USACE13,
        published="2013-10-01",
    ),
    # the same page: 'as quickly as possible once the government shutdown is lifted': a vague word hung on an undated event (CONVENTIONS 5.2)
    B(
        text="“We know that this is a time of year when many vacationing families are using or planning to use USACE recreation facilities, and we will reopen them for public use and enjoyment as quickly as possible once the government shutdown is lifted.”",
        due=None,
        vague=False,
        said="2013-10-01 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_USACE13,
        published="2013-10-01",
    ),
    # the same page: a ban 'Beginning Tuesday' (1 October 2013): a rule taking effect on a day (CONVENTIONS 3.1a), 1 October 2013 23:59:59 EDT. unsure: 'continuing through the end of the shutdown' could be read as the deadline, hung on an undated event (event)
    B(
        text="Beginning Tuesday and continuing through the end of the shutdown, if it goes into effect, no new visitors will be allowed into or reservations accepted for USACE recreation facilities.",
        due="2013-10-02 03:59:59",
        vague=False,
        said="2013-10-01 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USACE13,
        published="2013-10-01",
    ),
    # the same page: vacate 'not later than 8 p.m., Wednesday, October 2': 2 October 2013 20:00 EDT
    B(
        text="In the event of a shutdown, campers who are on site prior to the shutdown going into effect will be required to vacate campgrounds not later than 8 p.m., Wednesday, October 2.",
        due="2013-10-03 00:00:00",
        vague=False,
        said="2013-10-01 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_USACE13,
        published="2013-10-01",
    ),
    # the same page: 'after the shutdown is lifted': hung on an undated event
    B(
        text="These campers may elect to leave their campsite reservations open for possible use after the shutdown is lifted.",
        due=None,
        vague=False,
        said="2013-10-01 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_USACE13,
        published="2013-10-01",
    ),
    # the same page: 'while the potential shutdown is in effect': hung on an undated event
    B(
        text="Customers scheduled to arrive while the potential shutdown is in effect may cancel their reservations for a full refund.",
        due=None,
        vague=False,
        said="2013-10-01 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_USACE13,
        published="2013-10-01",
    ),
    # U.S. Army Corps of Engineers, Mobile District, press release 'Published April 9, 2011' (a Saturday); zone America/Chicago (CDT), said at 10:00 local by convention. Closure 'effective 12:01 a.m. on April 9 until further notice': a one-off closure at a time (CONVENTIONS 3.1), 9 April 2011 00:01 CDT (before the conventional moment of speaking; the date is given, so it counts)
    B(
        text="MOBILE, Ala– Due to the Federal budget related government shutdown, the U.S. Army Corps of Engineers, Mobile District, will close Corps recreational areas effective 12:01 a.m. on April 9 until further notice.",
        due="2011-04-09 05:01:00",
        vague=False,
        said="2011-04-09 15:00:00",
        tz="America/Chicago",
        cluster=2,
        source=_USACE11,
        published="2011-04-09",
    ),
    # the same page: 'until normal checkout time, 3:00 p.m. on Sunday, April 10 to vacate parks': 10 April 2011 15:00 CDT
    B(
        text="Registered campers already onsite will have until normal checkout time, 3:00 p.m. on Sunday, April 10 to vacate parks.",
        due="2011-04-10 20:00:00",
        vague=False,
        said="2011-04-09 15:00:00",
        tz="America/Chicago",
        cluster=2,
        source=_USACE11,
        published="2011-04-09",
    ),
    # National Park Service (Theodore Roosevelt National Park) release carried by a news site ('Source: U.S. Department of the Interior, National Park Service'); the page gives no date: 'Friday, August 31' and 'Monday, September 3' fix the year 2018, taken as Wednesday 29 August 2018; zone America/Denver (MDT, the release's own 'MDT'), said at 10:00 local. The schedule changes to accommodate the Labor Day weekend: read as in place to the weekend's end, Monday 3 September 2018 23:59:59 MDT. unsure: the weekend names the purpose, not a time for the change (due None)
    B(
        text="In order to accommodate the busy Labor Day holiday weekend, the road construction schedule in the South Unit of Theodore Roosevelt National Park will temporarily change.",
        due="2018-09-04 05:59:59",
        vague=False,
        said="2018-08-29 16:00:00",
        tz="America/Denver",
        cluster=4,
        source=_NPS,
        published="2018-08-29",
    ),
    # the same page: 'cease on Friday, August 31 at 12:00 noon MDT': 31 August 2018 12:00 MDT
    B(
        text="Construction will cease on Friday, August 31 at 12:00 noon MDT.",
        due="2018-08-31 18:00:00",
        vague=False,
        said="2018-08-29 16:00:00",
        tz="America/Denver",
        cluster=2,
        source=_NPS,
        published="2018-08-29",
    ),
    # the same page: 'No construction will occur during the weekend': a time denied (CONVENTIONS 4.1)
    B(
        text="No construction will occur during the weekend.",
        due=None,
        vague=False,
        said="2018-08-29 16:00:00",
        tz="America/Denver",
        refusal="negated",
        cluster=5,
        source=_NPS,
        published="2018-08-29",
    ),
    # the same page: 'no delays Friday afternoon through Monday, September 3': a state kept to a date (CONVENTIONS 3.3), 3 September 2018 23:59:59 MDT. unsure: 'no delays' could be read as a denial (negated)
    B(
        text="Visitors can expect rough road surfaces but no delays Friday afternoon through Monday, September 3.",
        due="2018-09-04 05:59:59",
        vague=False,
        said="2018-08-29 16:00:00",
        tz="America/Denver",
        cluster=3,
        source=_NPS,
        published="2018-08-29",
    ),
    # the same page: resume 'on Tuesday, September 4 at 7:00 a.m. MDT and proceed throughout the week': the window's later end, Sunday 9 September 2018 23:59:59 MDT (CONVENTIONS 6.1; weeks run Monday to Sunday). unsure: the resumption itself, 4 September 07:00 MDT (CONVENTIONS 3.1)
    B(
        text="Construction will resume its regular schedule on Tuesday, September 4 at 7:00 a.m. MDT and proceed throughout the week.",
        due="2018-09-10 05:59:59",
        vague=False,
        said="2018-08-29 16:00:00",
        tz="America/Denver",
        cluster=3,
        source=_NPS,
        published="2018-08-29",
    ),
    # the same page: suspended 'at 5:00 p.m. MDT on Friday, September 7 through Sunday, September 9': the later end, 9 September 2018 23:59:59 MDT (CONVENTIONS 6.1)
    B(
        text="Road work will again be suspended at 5:00 p.m. MDT on Friday, September 7 through Sunday, September 9, to accommodate the park’s sixth annual Dakota Nights Astronomy Festival.",
        due="2018-09-10 05:59:59",
        vague=False,
        said="2018-08-29 16:00:00",
        tz="America/Denver",
        cluster=3,
        source=_NPS,
        published="2018-08-29",
    ),
    # the same page: work 'completed in mid-October' (the resumption at 7:00 a.m. on 10 September is on the way): mid-month is days 11-20 (parser docstring), 20 October 2018 23:59:59 MDT
    B(
        text="Once construction resumes again at 7:00 a.m. on Monday, Sept. 10, it will continue daily until work is completed in mid-October on the 3.5 mile stretch of road from the park entrance at Pacific Avenue in Medora to the prairie dog town on Johnson’s Plateau.",
        due="2018-10-21 05:59:59",
        vague=False,
        said="2018-08-29 16:00:00",
        tz="America/Denver",
        cluster=4,
        source=_NPS,
        published="2018-08-29",
    ),
    # the same page: delays 'no longer than 30 minutes' 'During construction periods': a standing limit (CONVENTIONS 1.3)
    B(
        text="During construction periods, pilot cars and traffic signals will be in use and delays are anticipated to be no longer than 30 minutes.",
        due=None,
        vague=False,
        said="2018-08-29 16:00:00",
        tz="America/Denver",
        refusal="recurring",
        cluster=5,
        source=_NPS,
        published="2018-08-29",
    ),
)
