"""A HUNDRED-AND-TWENTY-NINTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-05/06 (UTC), around midnight (the machine's clock read 23:51 on 5
December at the start and about 00:10 on 6 December when the labels were written), by a labelling
helper (branch issue12l129-s51) that neither changed, imported nor ran the parser, working at the same
time as the other labellers of stop 51 (fresh126 to fresh128), whose claims in the shared claims file
were treated as used and whose files and README sections were not opened. It read `CONVENTIONS.md` in
full (rules 3.1a and 6.4 among them), the docstring, comments, some cases and README section of
`blind_fresh125.py`, and the top docstring of the parser package only (the vague windows, "before" and
"by" periods, meteorological seasons, weeks running Monday to Sunday, early/mid/late thirds, hours as
exact instants); nothing else of `bot/core/deadlines/` was opened. The brief asked for publishers the
other labellers were less likely to reach: UK local councils stating the Open Government Licence, UK
arm's-length bodies (NHS England, Historic England, Natural England, National Highways, the Met
Office, the Environment Agency), Australian state transport and parks agencies stating CC BY,
Statistics Canada release schedules, and, for at most a quarter, US agencies outside Washington press
offices (National Park Service units, national forests, USGS science centers, NOAA regional offices);
at least eight publishers, none above a fifth of the cases; about 90 cases (at least 70) by 00:50 UTC.

The set quotes the NSW National Parks and Wildlife Service (four burn notices of 2023 to 2025, three on
environment.nsw.gov.au and one carried whole by nationaltribune.com.au), Highways England (now
National Highways; two weekly roadworks summaries of 20 January 2017 carried by government-world.com),
the Forestry Commission (a GOV.UK blog post of 26 February 2024 and the Commissioners' statement of
18 September 2023), Natural England (a release of 5 September 2025 carried by ukpol.co.uk and a GOV.UK
page updated 19 November 2015), the Environment Agency (a release of 23 July 2018 carried by
government-world.com and a GOV.UK release of 3 July 2015 on two Cambridgeshire locks), Statistics Canada (an advisory council meeting summary of June 2020), the US
Geological Survey (a media alert of February 2023), the USDA Forest Service (a San Juan National Forest
item of 8 April 2024 on InciWeb) and the National Park Service (a Yellowstone release of 14 April 2023
carried by localnews8.com). 91 cases from 9 publishers (Highways England 17 (18.7%); the Forestry
Commission 17 (18.7%); the NSW National Parks and Wildlife Service 16; the Environment Agency 13; the
National Park Service 12; Natural England 7; the USDA Forest Service 7; Statistics Canada 1; the US
Geological Survey 1). 20 of the 91 (22.0%) are from the United States; 71 are not. No council, NHS England,
Historic England, Met Office or Australian transport page could be used: the ones the store returned
were used already, carried only in newspapers' own words, or had no open licence statement in the
store (no Met Office statement licensing its web news under the Open Government Licence was found,
only a licence for syndicated content sent to a mailing list; see README.md).

Every sentence quoted holds a time word of some kind (a date, a clock time, a weekday, a part of the
day, a season, a period, a span, a year, "now", "still", "future", "long-term", "often", "sometimes",
"routinely", "before", "after", "until", "during", "when ... begins", "in advance"); the sentences of
the openings read that hold none were skipped, as were titles, headings, date lines, captions,
navigation, contact lines, sentences cut off by the end of an opening and the words of the carrying
sites themselves (ukpol.co.uk's date line, localnews8.com's dateline "MAMMOTH HOT SPRINGS, Wyo. (KIFI)
–"; InciWeb is the Forest Service's own site, so its dateline stays). List items were taken as they
stand, without a full stop where the page has none; curly and straight quotation marks and "Wilfred
Barret Drive" stay as the pages have them. Two sentences that stand word for word in both Wyrrabalong
notices (of December 2024 and September 2023) were taken once. The sentences were found with a search
over stored copies of public pages and taken as they came in the openings the search returns, in page
order; where a publisher or the US share went over its bound, the last ones in page order were left
out (a Natural England sentence with no time word but "when", and a second Yellowstone release that
was claimed and not used, to keep the US share at most a quarter). See README.md ("Hundred-and-twenty-ninth fresh
blind set") for every address, publisher and licence.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was checked
with the lead's `fresh_check.py` (the address and a distinctive phrase of the page) and claimed
(`fresh129`) in `/work/helper-brief/claims.txt` before its quotes were kept; many pages were found used
and dropped (README.md lists some). Every sentence was then checked whole with the same tool: none was
found used. Each label was worked out by hand from the words, the publication date and the publisher's
zone (Australia/Sydney for the NSW parks, Europe/London for the English bodies, America/Toronto for
Statistics Canada, America/Los_Angeles for the Nevada and Oregon survey, America/Denver for the San
Juan National Forest and Yellowstone); the conversion of local instants to UTC wall time, weekdays and
day counts were done with Python's zoneinfo and datetime in a scratch script outside the repository,
never with code of the project. No run of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py`
or the tests touched these texts before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh125.py`: the publication date at 10:00 local time unless the page gives an hour; where a
page carries no date in its opening, the one its words or other facts give (the burn notices and the
USGS alert are read as published on the working day before the event their future tense looks to, and
each page's first comment says which and why); a day falls due at 23:59:59 local; "the next few weeks"
is the four-week vague window (CONVENTIONS 5.1); a season is meteorological (spring ends on 31 May,
winter 2016 on 28 February 2017); nights of work are named by the evening they begin and fall due at
the closing hour of the morning after the last night (CONVENTIONS 6.4); a burn or closure "through" or
"on Thursday and Friday" falls due at its later end (CONVENTIONS 6.1, 3.3); a closure or rule that
begins on a date is due that day (CONVENTIONS 3.1a), an activity conducted "beginning" or "from" a date
is earliest (CONVENTIONS 3.2); an opening at an hour is due then (CONVENTIONS 3.1); a start and a
completion of one act keep the completion (CONVENTIONS 3.4); "today" and "now" on the act as spoken
are due at the end of that day (CONVENTIONS 2.1); done acts are past (CONVENTIONS 2.4); standing
practices ("each year", "routinely", "when work begins", 28 and 21 days of a register) are recurring,
times hung on an undated event ("once the area is assessed as safe", "during the burn", "before making
a decision", "when conditions are favorable") event (CONVENTIONS 1.3); refusals have `due=None` and a
`refusal` kind; a sentence whose time words set no time for any act has `due=None` and no refusal word
(20 such). Clusters as in `blind_fresh125.py`: 1 no time set, 2 clock times, 3 ranges and several
dates, 4 parts of the day, periods and windows, 5 refusals, 6 plain days and dates. 38 labels are
refusals (past 14, event 14, recurring 8, earliest 2), 1 is vague; 33 labels carry a due instant; 27
are marked "unsure" and name the other reading; like every label here they stay as committed, whatever
the first run shows. First run: not yet taken (the lead runs it once, after merging, and records it in
README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_NPWSSE = "http://www.environment.nsw.gov.au/news/hazard-reduction-burn-in-south-east-forest-national-park"
_NPWSWY24 = "https://www2.environment.nsw.gov.au/news/central-coast-hazard-reduction-burn-wyrrabalong-national-park-magenta-5-december-2024"
_NPWSBW = "https://www.environment.nsw.gov.au/news/hazard-reduction-burn-brisbane-water-national-park-central-coast"
_NPWSWY23 = "https://www.nationaltribune.com.au/hazard-reduction-burn-in-wyrrabalong-national-park-13-september/"
_HEEM = "http://government-world.com/author/hm-government/page/14961"
_HENW = "http://government-world.com/tag/gb/page/503/?print=print-search"
_FCBLOG = "https://forestrycommission.blog.gov.uk/2024/02/26/the-first-phase-of-the-forestry-commissions-new-approach-to-consultation-is-live"
_FCSTAT = "https://gov.uk/government/publications/forestry-commissioners-statement-on-consultation-procedures-for-forestry-applications/forestry-commissioners-statement-on-consultation-reform"
_NEUKPOL = "https://www.ukpol.co.uk/tag/natural-england"
_NENNR = "https://gov.uk/government/publications/national-nature-reserves-improved-public-access/securing-public-access-to-national-nature-reserves"
_EA18 = "http://www.government-world.com/author/hm-government/page/15555/?print=print-search"
_EA15 = "https://gov.uk/government/news/cambridgeshire-locks-under-manual-operation-this-weekend"
_STCCSAC = "https://statcan.gc.ca/en/node?page=257&wbdisable=true"
_USGSNV = "https://www.usgs.gov/news/state-news-release/media-alert-usgs-announces-low-level-helicopter-flights-nevada-and-oregon"
_USFSSJ = "https://inciweb.wildfire.gov/node?page=571"
_NPSYELL = "https://localnews8.com/news/wyoming/2023/04/14/select-yellowstone-national-park-roads-open-to-public-april-21/"

FRESH129_CASES: tuple[BlindCase, ...] = (
    # NSW National Parks and Wildlife Service (Department of Climate Change, Energy, the Environment and Water, CC BY 4.0), burn notice on environment.nsw.gov.au; zone Australia/Sydney (AEST). The opening carries no date; its future tense puts it before the burn, so it is read as published on Friday 26 April 2024 at 10:00 AEST (the last working day before Monday 29 April). A burn conducted 'beginning' a date is an activity given only its start: earliest, 29 April 2024 00:00 AEST (CONVENTIONS 3.2). unsure: a careful reader could call the burn a one-off operation on that day, due at the end of 29 April (CONVENTIONS 3.1) [2024-04-29 13:59:59 UTC]
    B(
        text="The NSW National Parks and Wildlife Service will be conducting a hazard reduction burn in South East Forest National Park along Stanton Rock Road beginning Monday 29 April 2024.",
        due=None,
        vague=False,
        said="2024-04-26 00:00:00",
        tz="Australia/Sydney",
        refusal="earliest",
        earliest="2024-04-28 14:00:00",
        cluster=5,
        source=_NPWSSE,
        published="2024-04-26",
    ),
    # the same notice: the closure runs 'while the operation is underway' and the reopening comes 'when it is safe', both hung on undated events: event (CONVENTIONS 1.3, 5.2)
    B(
        text="This area of the national park will be closed to visitors while the operation is underway, and reopen when it is safe to do so.",
        due=None,
        vague=False,
        said="2024-04-26 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_NPWSSE,
        published="2024-04-26",
    ),
    # NSW National Parks and Wildlife Service (DCCEEW, CC BY 4.0), burn notice on www2.environment.nsw.gov.au whose address names 5 December 2024 (a Thursday); zone Australia/Sydney (AEDT). The opening carries no date of its own; read as published on Wednesday 4 December 2024 at 10:00 AEDT, the day before the burn (any day from 29 November to 5 December gives the same Thursday and Friday). A burn on Thursday and Friday falls due at the later end, the end of Friday 6 December (CONVENTIONS 6.1) [local due 2024-12-06 23:59:59]
    B(
        text="The National Parks and Wildlife Service (NPWS), with support from NSW Rural Fire Service (RFS) and Fire and Rescue NSW, will conduct a hazard reduction burn in Wyrrabalong National Park at Magenta and Noraville on Thursday and Friday, weather permitting.",
        due="2024-12-06 12:59:59",
        vague=False,
        said="2024-12-03 23:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_NPWSWY24,
        published="2024-12-04",
    ),
    # the same notice: the burn starts at 2pm on Thursday 5 December and goes through Friday 6 December, due at the end of Friday (CONVENTIONS 6.1, 3.3) [local due 2024-12-06 23:59:59]. unsure: the mop up 'until the burn is declared out' is hung on an undated event, so a careful reader could call the whole sentence 'event' (CONVENTIONS 1.3)
    B(
        text="The burn is expected to start around 2pm on Thursday and go through Friday, with mop up continuing until the burn is declared out.",
        due="2024-12-06 12:59:59",
        vague=False,
        said="2024-12-03 23:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_NPWSWY24,
        published="2024-12-04",
    ),
    # the same notice: the closure runs 'during the burn', which this sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="All trails and tracks in the park will be closed during the burn, including Wetland Fire Trail, Redgum carpark and fire trail, Lillypilly Fire Trail and walking track and the Magenta Share Pathway next to Wilfred Barret Drive.",
        due=None,
        vague=False,
        said="2024-12-03 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_NPWSWY24,
        published="2024-12-04",
    ),
    # the same notice: the reopening is hung on an undated assessment: event (CONVENTIONS 1.3, 5.2)
    B(
        text="All trails will reopen once the area is assessed as safe.",
        due=None,
        vague=False,
        said="2024-12-03 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_NPWSWY24,
        published="2024-12-04",
    ),
    # the same notice: 'future bushfires' sets no time for any act: due None, no refusal word (the same sentence stands in the September 2023 notice below and is taken once)
    B(
        text="Hazard reduction burns are essential to reduce bushfire fuel loads to help protect parks, neighbours and communities from future bushfires.",
        due=None,
        vague=False,
        said="2024-12-03 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_NPWSWY24,
        published="2024-12-04",
    ),
    # the same notice: operations 'each year' are a standing pattern with no start of their own: recurring (CONVENTIONS 1.3) (the same sentence stands in the September 2023 notice and is taken once)
    B(
        text="This burn is one of many hazard reduction operations undertaken by NPWS each year, many with assistance from the Rural Fire Service and Fire and Rescue NSW.",
        due=None,
        vague=False,
        said="2024-12-03 23:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_NPWSWY24,
        published="2024-12-04",
    ),
    # NSW National Parks and Wildlife Service (DCCEEW, CC BY 4.0), burn notice on environment.nsw.gov.au; zone Australia/Sydney (AEST). No date in the opening: 29 June fell on a Sunday in 2025, and the future tense puts the notice before it, so it is read as published on Friday 27 June 2025 at 10:00 AEST. A one-off burn on a day falls due at the end of it (CONVENTIONS 3.1) [local due 2025-06-29 23:59:59]
    B(
        text="NSW National Parks and Wildlife Service (NPWS) will undertake a hazard reduction burn in Brisbane Water National Park on Sunday 29 June, weather permitting.",
        due="2025-06-29 13:59:59",
        vague=False,
        said="2025-06-27 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_NPWSBW,
        published="2025-06-27",
    ),
    # the same notice: 'one day' is a length with no start in the sentence and the monitoring runs until an undated event: event (CONVENTIONS 1.3)
    B(
        text="The 20-hectare burn will take one day with crews monitoring the area for several days until the fire is declared out.",
        due=None,
        vague=False,
        said="2025-06-27 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_NPWSBW,
        published="2025-06-27",
    ),
    # the same notice: the mop up after the Sunday burn continues 'early in the week', the week of Monday 30 June, whose early part ends on Tuesday 1 July (parser docstring: early week Mon-Tue) [local due 2025-07-01 23:59:59]. unsure: read from the moment of speaking (Friday 27 June) 'the week' could be the week then running, whose early part was already over, or the closure 'until a full safety assessment is complete' could make it 'event' (CONVENTIONS 1.3)
    B(
        text="Mopping up operations will continue early in the week with the burn area remaining closed to the public until a full safety assessment is complete.",
        due="2025-07-01 13:59:59",
        vague=False,
        said="2025-06-27 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_NPWSBW,
        published="2025-06-27",
    ),
    # the same notice: details 'in advance' of each burn are a standing practice with no date: recurring (CONVENTIONS 1.3). unsure: a careful reader could call it hung on undated burns, 'event'
    B(
        text="Details on specific burns will be made available in advance on the Rural Fire Service website, Hazards Near Me website and app as well as the NPWS Alerts website.",
        due=None,
        vague=False,
        said="2025-06-27 00:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_NPWSBW,
        published="2025-06-27",
    ),
    # NSW National Parks and Wildlife Service (DCCEEW, CC BY 4.0), a burn notice carried whole by nationaltribune.com.au ('Public Release'), titled '... 13 September'; zone Australia/Sydney (AEST). Read as published on Wednesday 13 September 2023 at 10:00 AEST (the title's date; 14 September 2023 was a Thursday). A burn conducted 'from' a day is an activity given only its start: earliest, 14 September 00:00 AEST (CONVENTIONS 3.2). unsure: a careful reader could call it a one-off burn due at the end of 14 September (CONVENTIONS 3.1) [2023-09-14 13:59:59 UTC]
    B(
        text="The National Parks and Wildlife Service (NPWS), assisted by the NSW Rural Fire Service (RFS) and Fire and Rescue NSW, will be conducting a hazard reduction burn in Wyrrabalong National Park from Thursday 14 September.",
        due=None,
        vague=False,
        said="2023-09-13 00:00:00",
        tz="Australia/Sydney",
        refusal="earliest",
        earliest="2023-09-13 14:00:00",
        cluster=5,
        source=_NPWSWY23,
        published="2023-09-13",
    ),
    # the same notice: the start of the burn at about 10 am on Thursday 14 September is a one-off event at that time (CONVENTIONS 3.1) [local due 2023-09-14 10:00:00]. unsure: the mop up 'until the burn is declared out' is hung on an undated event, so a careful reader could call the sentence 'event' (CONVENTIONS 1.3), or read 'begin' as a start only (earliest, CONVENTIONS 3.2)
    B(
        text="The burn is expected to begin around 10 am on Thursday, with mop up and patrols continuing over the following days until the burn is declared out.",
        due="2023-09-14 00:00:00",
        vague=False,
        said="2023-09-13 00:00:00",
        tz="Australia/Sydney",
        cluster=2,
        source=_NPWSWY23,
        published="2023-09-13",
    ),
    # the same notice: the closure runs 'for the duration of the burn operation', undated in this sentence: event (CONVENTIONS 1.3)
    B(
        text="Tracks and trails in the park will be closed for the duration of the burn operation, including Wetland Fire Trail, Redgum car park and fire trail, Lillypilly Fire Trail and walking track and the Magenta Share Pathway adjacent to Wilfred Barrett Drive.",
        due=None,
        vague=False,
        said="2023-09-13 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_NPWSWY23,
        published="2023-09-13",
    ),
    # the same notice: the reopening is hung on an undated assessment: event (CONVENTIONS 1.3, 5.2)
    B(
        text="These trails will reopen once the area is assessed as safe.",
        due=None,
        vague=False,
        said="2023-09-13 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_NPWSWY23,
        published="2023-09-13",
    ),
    # Highways England (now National Highways; its press releases are on GOV.UK, OGL v3.0), 'Planned roadworks in East Midlands: weekly summary for Monday 23 January to Sunday 29 January 2017', carried whole by government-world.com; zone Europe/London (GMT). The release is 'correct as of 20 January' (a Friday): said 20 January 2017 10:00 GMT. The sentence describes the summary and promises nothing by a time: due None, no refusal word. unsure: a careful reader could read 'over the coming week' as a vague window of the works
    B(
        text="The following summary of planned new and ongoing road improvements over the coming week is correct as of 20 January but could be subject to change due to weather conditions or unforeseen circumstances.",
        due=None,
        vague=False,
        said="2017-01-20 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HEEM,
        published="2017-01-20",
    ),
    # the same release: restrictions kept in place until winter 2016 fall due at that winter's end; meteorological winter 2016 runs from December 2016 to February 2017 (parser docstring), so the end of 28 February 2017 (CONVENTIONS 3.3). unsure: the wording is stale (written before that winter), and a careful reader could take 'until winter 2016' as its start (30 November 2016), already past when said (past)
    B(
        text="Until winter 2016, there will be various restrictions in place on the M1 between junctions 28 and 35a to allow for the construction of the smart motorway.",
        due="2017-02-28 23:59:59",
        vague=False,
        said="2017-01-20 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HEEM,
        published="2017-01-20",
    ),
    # the same release: 'overnight' names a kind of closure, no night and no act: due None, no refusal word
    B(
        text="These include lane closures, speed restrictions, hard shoulder running and overnight slip road or carriageway closures.",
        due=None,
        vague=False,
        said="2017-01-20 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HEEM,
        published="2017-01-20",
    ),
    # the same release: 'this week' read from the sentence and its moment (Friday 20 January) ends on Sunday 22 January (weeks run Monday to Sunday, parser docstring). unsure: the page's week is the one it summarises, Monday 23 to Sunday 29 January (due 29 January 23:59:59)
    B(
        text="This week, the following closures will be in place:",
        due="2017-01-22 23:59:59",
        vague=False,
        said="2017-01-20 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HEEM,
        published="2017-01-20",
    ),
    # the same release, a list item: the night that begins on Monday 23 January closes at 8pm and reopens at 6am on Tuesday 24 January (CONVENTIONS 6.4, 6.1)
    B(
        text="Monday 23 January, the northbound entry and exit slip roads at junction 31 and the northbound exit slip road at junction 33, will be closed overnight from 8pm until 6am",
        due="2017-01-24 06:00:00",
        vague=False,
        said="2017-01-20 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HEEM,
        published="2017-01-20",
    ),
    # the same list: the night of Tuesday 24 January ends at 6am on Wednesday 25 January (CONVENTIONS 6.4)
    B(
        text="Tuesday 24 January, the southbound entry and exit slip roads at junction 29, the northbound entry and exit slip roads at junction 30, the northbound exit slip road at junction 33, the southbound entry slip road at junction 33, the southbound exit slip road at junction 32 and the northbound exit slip road at junction 35 will be closed overnight from 8pm until 6am",
        due="2017-01-25 06:00:00",
        vague=False,
        said="2017-01-20 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HEEM,
        published="2017-01-20",
    ),
    # the same list: the night of Wednesday 25 January ends at 6am on Thursday 26 January (CONVENTIONS 6.4)
    B(
        text="Wednesday 25 January, the northbound entry and exit slip roads at junction 29, the northbound entry and exit slip roads at junction 30, the southbound exit slip road at junction 32 and the northbound exit slip road at junction 33 will be closed overnight from 8pm until 6am",
        due="2017-01-26 06:00:00",
        vague=False,
        said="2017-01-20 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HEEM,
        published="2017-01-20",
    ),
    # Highways England (GOV.UK, OGL v3.0), 'Planned road works in the North West: summary for Monday 23 to Sunday 29 January 2017', carried whole by government-world.com; zone Europe/London (GMT); 'correct as of Friday 20 January': said 20 January 2017 10:00 GMT. No act is promised by a time: due None, no refusal word. unsure: 'over the coming week' could be read as a vague window
    B(
        text="The following summary of planned new and ongoing road improvements over the coming week is correct as of Friday 20 January and could be subject to change due to weather conditions or unforeseen circumstances.",
        due=None,
        vague=False,
        said="2017-01-20 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HENW,
        published="2017-01-20",
    ),
    # the same release: advice that holds from now on, with no time by which anything is done: due None, no refusal word
    B(
        text="Drivers looking for roadworks information (such as overnight carriageway closures) for individual schemes should now visit Traffic England.",
        due=None,
        vague=False,
        said="2017-01-20 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HENW,
        published="2017-01-20",
    ),
    # the same release: a state that holds now, no act to fall due: due None, no refusal word. unsure: a careful reader could call the pages already made available 'past'
    B(
        text="These can now be accessed from a dedicated regional page.",
        due=None,
        vague=False,
        said="2017-01-20 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HENW,
        published="2017-01-20",
    ),
    # the same release (M6 junctions 16 to 19 smart motorway): completion in spring 2018 falls due at the season's end, 31 May 2018 (meteorological seasons, parser docstring) [local due 2018-05-31 23:59:59 BST]
    B(
        text="The project is due to be completed in spring 2018.",
        due="2018-05-31 22:59:59",
        vague=False,
        said="2017-01-20 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HENW,
        published="2017-01-20",
    ),
    # the same release: nights named by the evenings they begin, Wednesday 25 and Thursday 26 January, 10pm to 6am; the last night ends at 6am on Friday 27 January (CONVENTIONS 6.4)
    B(
        text="The northbound carriageway is due to be closed overnight (10pm to 6am) between junctions 18 and 19 on Wednesday 25 and Thursday 26 January.",
        due="2017-01-27 06:00:00",
        vague=False,
        said="2017-01-20 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HENW,
        published="2017-01-20",
    ),
    # the same release, a list item: the night of Wednesday 25 January ends at 6am on Thursday 26 January (CONVENTIONS 6.4)
    B(
        text="Wednesday 25th January, full closure M6 south bound J19 to J18 10pm-6am.",
        due="2017-01-26 06:00:00",
        vague=False,
        said="2017-01-20 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HENW,
        published="2017-01-20",
    ),
    # the same list: the night of Thursday 26 January ends at 6am on Friday 27 January (CONVENTIONS 6.4)
    B(
        text="Thursday 26th January, full closure M6 northbound J18 to J19 10pm-6am.",
        due="2017-01-27 06:00:00",
        vague=False,
        said="2017-01-20 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HENW,
        published="2017-01-20",
    ),
    # the same list: the night of Friday 27 January ends at 6am on Saturday 28 January (CONVENTIONS 6.4)
    B(
        text="Friday 27th January, full closure M6 northbound J18 to J19 10pm-6am.",
        due="2017-01-28 06:00:00",
        vague=False,
        said="2017-01-20 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HENW,
        published="2017-01-20",
    ),
    # the same release (M6 junction 22 bridge bearings): 'the spring' said in January is spring 2017, due at its end, 31 May (meteorological, parser docstring) [local due 2017-05-31 23:59:59 BST]
    B(
        text="The work, between junctions 21a and 23, is due to be completed in the spring.",
        due="2017-05-31 22:59:59",
        vague=False,
        said="2017-01-20 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HENW,
        published="2017-01-20",
    ),
    # the same release: the link road has opened ('now') and the closures go on 'for the time being', with no end: due None, no refusal word. unsure: a careful reader could call the sentence 'past' for the opening already done
    B(
        text="Lancashire County Council’s new link road between junction 34 of the M6 and Heysham has now opened but finishing work will require lane and hard shoulder closures along the M6 through junction 34 to continue for the time being.",
        due=None,
        vague=False,
        said="2017-01-20 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HENW,
        published="2017-01-20",
    ),
    # Forestry Commission blog on GOV.UK (forestrycommission.blog.gov.uk, OGL v3.0), post of 26 February 2024 (the address and its words 'today (26 February 2024)'); zone Europe/London (GMT), said 10:00. An announcement already made: past (CONVENTIONS 2.4)
    B(
        text="Back in September 2023 we announced our new approach to how we consult or seek advice and information on forestry proposals.",
        due=None,
        vague=False,
        said="2024-02-26 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_FCBLOG,
        published="2024-02-26",
    ),
    # the same post: consultation 'when assessing applications' is a standing practice for every case: recurring (CONVENTIONS 1.3)
    B(
        text="This published statement set out how the Forestry Commission, on behalf of the Forestry Commissioners, will undertake consultation when assessing applications for woodland creation, tree felling and management.",
        due=None,
        vague=False,
        said="2024-02-26 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_FCBLOG,
        published="2024-02-26",
    ),
    # the same post: the act is due today, 26 February 2024, at the end of that day (CONVENTIONS 2.1, 3.1)
    B(
        text="We are pleased to advise that the first phase for implementing this new approach (phase 1a and 1b see table below) will be implemented today (26 February 2024).",
        due="2024-02-26 23:59:59",
        vague=False,
        said="2024-02-26 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_FCBLOG,
        published="2024-02-26",
    ),
    # the same post: 28 and 21 days are standing lengths of a register listing with no start of their own: recurring (CONVENTIONS 1.3). unsure: 'This' is the phase implemented today (previous sentence), so a careful reader could give the change the end of 26 February 2024 (CONVENTIONS 2.1)
    B(
        text="This will include the shortening of the consultation public register timescales from 28 days to 21 days, and only seeking advice and information from non-statutory consultees when necessary.",
        due=None,
        vague=False,
        said="2024-02-26 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_FCBLOG,
        published="2024-02-26",
    ),
    # the same post, a list item: a rule that takes effect on a date is due that day (CONVENTIONS 3.1a)
    B(
        text="from Monday 26 February 2024, we will undertake consultation only when there is a statutory or mandatory requirement to do so.",
        due="2024-02-26 23:59:59",
        vague=False,
        said="2024-02-26 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_FCBLOG,
        published="2024-02-26",
    ),
    # the same list item: engagement 'when we identify the need' is hung on an undated event: event (CONVENTIONS 1.3)
    B(
        text="The Forestry Commission will engage with other stakeholders when we identify the need for it, for example, to gather more information, advice, or clarity",
        due=None,
        vague=False,
        said="2024-02-26 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_FCBLOG,
        published="2024-02-26",
    ),
    # the same list: 'still' keeps a practice going with no end or date: due None, no refusal word
    B(
        text="For those sites or features where there is a statutory requirement to consult, the Forestry Commission will still do so, in line with relevant legislation",
        due=None,
        vague=False,
        said="2024-02-26 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_FCBLOG,
        published="2024-02-26",
    ),
    # the same list: the approach binds every consultation after 26 February 2024, a rule in force from 27 February; read as a rule taking effect, due at the end of that day (CONVENTIONS 3.1a). unsure: a careful reader could take 'after 26 February' as a lower bound only (earliest 27 February 00:00, CONVENTIONS 3.2)
    B(
        text="all consultation undertaken after 26 February 2024 (regardless of when the application was received) will adopt the new approach whereby the Forestry Commission will only seek advice and information from non-statutory consultees where necessary",
        due="2024-02-27 23:59:59",
        vague=False,
        said="2024-02-26 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_FCBLOG,
        published="2024-02-26",
    ),
    # the same list: a standing rule for the class of proposals begun before the date, with no end of its own: recurring (CONVENTIONS 1.3). unsure: a careful reader could give due None and no refusal word (the date only picks the class)
    B(
        text="for proposals where consultation commenced before 26 February 2024, we will continue using the old approach",
        due=None,
        vague=False,
        said="2024-02-26 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_FCBLOG,
        published="2024-02-26",
    ),
    # Forestry Commission, 'Forestry Commissioners' Statement on Consultation Reform' on GOV.UK (OGL v3.0), published 18 September 2023 (the page's date line); zone Europe/London (BST), said 10:00. A request already made: past
    B(
        text="Earlier this year the Forestry Commission requested that the Secretary of State for the Department for Environment Food and Rural Affairs withdraw the 1984 Ministerial Direction on consultation of forestry proposals and the associated 1996, 1988, and 2021 Ministerial Statements.",
        due=None,
        vague=False,
        said="2023-09-18 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_FCSTAT,
        published="2023-09-18",
    ),
    # the same statement: acts done on 21 July 2023: past
    B(
        text="The Secretary of State agreed to our request to make these changes and withdrew them on 21 July 2023.",
        due=None,
        vague=False,
        said="2023-09-18 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_FCSTAT,
        published="2023-09-18",
    ),
    # the same statement: requirements of a period now over: past
    B(
        text="These instructions outlined requirements for the Forestry Commission to undertake consultation on applications for woodland creation grants and felling licences during this period.",
        due=None,
        vague=False,
        said="2023-09-18 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_FCSTAT,
        published="2023-09-18",
    ),
    # the same statement: 1984 and 'now' compare states; no act is set a time: due None, no refusal word
    B(
        text="The Forestry Commission operates in different circumstances than we did in 1984 and we now have other legal obligations to comply with.",
        due=None,
        vague=False,
        said="2023-09-18 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_FCSTAT,
        published="2023-09-18",
    ),
    # the same statement: the target is due by 2050, at the year's end (parser docstring: 'by' keeps the period's end); the targets were set earlier, but the promised cover is what falls due
    B(
        text="Government has set stretching targets to increase tree canopy and woodland cover in England to 16.5% by 2050.",
        due="2050-12-31 23:59:59",
        vague=False,
        said="2023-09-18 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_FCSTAT,
        published="2023-09-18",
    ),
    # the same statement: two goals, by 2050 and by 2030; the sentence falls due at the later (CONVENTIONS 6.1). unsure: a careful reader could take the nearer goal, the end of 2030, or give no deadline since the sentence only says what the targets help
    B(
        text="This will play an important role in meeting net zero emissions by 2050 and halting nature’s decline by 2030.",
        due="2050-12-31 23:59:59",
        vague=False,
        said="2023-09-18 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_FCSTAT,
        published="2023-09-18",
    ),
    # the same statement: '2021-2024' is part of the plan's name; no act is set a time: due None, no refusal word
    B(
        text="Government’s commitment to getting the right tree in the right place in support of these ambitions is demonstrated in the England Trees Action Plan 2021-2024 and reinforced by the UK Forestry Standard.",
        due=None,
        vague=False,
        said="2023-09-18 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_FCSTAT,
        published="2023-09-18",
    ),
    # the same statement: 'future generations' sets no time for any act: due None, no refusal word
    B(
        text="However, more needs to be done to help deliver these ambitions and to protect and enhance our environment for future generations.",
        due=None,
        vague=False,
        said="2023-09-18 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_FCSTAT,
        published="2023-09-18",
    ),
    # Natural England (GOV.UK, OGL v3.0), press release of 5 September 2025 (ukpol.co.uk's date line, not quoted), carried whole by ukpol.co.uk; zone Europe/London (BST), said 10:00. The only time word is the Coronation's year, 2023: past. unsure: a careful reader could read the present 'becomes' as the act of the day of speaking, due at its end (CONVENTIONS 2.1)
    B(
        text="Ingleborough National Nature Reserve (NNR) becomes part of the King’s Series of NNRs, established to celebrate His Majesty the King’s Coronation in 2023.",
        due=None,
        vague=False,
        said="2025-09-05 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NEUKPOL,
        published="2025-09-05",
    ),
    # the same release: 'now' on the act as it is spoken, due at the end of the day of speaking, as 'today' is (CONVENTIONS 2.1) [local due 2025-09-05 23:59:59 BST]. unsure: a careful reader could call the reserve's joining a done act (past)
    B(
        text="Ingleborough now becomes part of the King’s Series of National Nature Reserves, established to celebrate His Majesty the King’s Coronation in 2023.",
        due="2025-09-05 22:59:59",
        vague=False,
        said="2025-09-05 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_NEUKPOL,
        published="2025-09-05",
    ),
    # the same release: 'decades of work' already done: past
    B(
        text="It brings together decades of work by Natural England and Yorkshire Wildlife Trust, to tackle the climate crisis, restore degraded habitats, and create a resilient landscape for people and nature.",
        due=None,
        vague=False,
        said="2025-09-05 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NEUKPOL,
        published="2025-09-05",
    ),
    # Natural England, 'Securing public access to National Nature Reserves' on GOV.UK (OGL v3.0), 'Updated 19 November 2015' (the page's date line; said 10:00 GMT, zone Europe/London). A programme of four years whose start the sentence does not give (it is under way, not starting now): event (CONVENTIONS 1.3). unsure: a careful reader could run the four years from the moment of speaking (CONVENTIONS 1.1, due 19 November 2019)
    B(
        text="Natural England has a 4-year programme to secure public access to all its National Nature Reserves (NNR) and similar holdings unless there are compelling reasons not to do so.",
        due=None,
        vague=False,
        said="2015-11-19 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_NENNR,
        published="2015-11-19",
    ),
    # the same page: a standing procedure each time work begins: recurring (CONVENTIONS 1.3)
    B(
        text="When work begins on dedicating an NNR for public access, Natural England carries out an evaluation to make sure that proposals will not have a negative impact on important sensitive features.",
        due=None,
        vague=False,
        said="2015-11-19 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_NENNR,
        published="2015-11-19",
    ),
    # the same page: 'before making a decision' hangs the act on an undated decision: event (CONVENTIONS 1.3). unsure: as a step of every case it could be 'recurring'
    B(
        text="Before making a decision, Natural England will share proposals and analysis of the site with interested organisations, such as the local wildlife trust.",
        due=None,
        vague=False,
        said="2015-11-19 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_NENNR,
        published="2015-11-19",
    ),
    # the same page: times of the year and short notice as a standing possibility: recurring (CONVENTIONS 1.3)
    B(
        text="Restrictions or exclusions can be put in place for specific times of the year or added at short notice when circumstances change on the site.",
        due=None,
        vague=False,
        said="2015-11-19 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_NENNR,
        published="2015-11-19",
    ),
    # Environment Agency (GOV.UK, OGL v3.0), 'Environment Agency responds to impacts of dry weather', carried whole by government-world.com; the release's own words date the meeting 'today (Monday 23 July)' [2018]: said 23 July 2018 10:00 BST, zone Europe/London. A response already stepped up: past (CONVENTIONS 2.4)
    B(
        text="The Environment Agency has stepped up its incident response to tackle the impacts of continued dry weather, following the driest June since 1925.",
        due=None,
        vague=False,
        said="2018-07-23 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA18,
        published="2018-07-23",
    ),
    # the same release: the months describe the weather so far; no act is set a time: due None, no refusal word. unsure: a careful reader could call it 'past'
    B(
        text="Record-breaking temperatures and very low rainfall throughout May, June and much of July is taking its toll on the environment, with wildlife suffering as river levels drop.",
        due=None,
        vague=False,
        said="2018-07-23 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_EA18,
        published="2018-07-23",
    ),
    # the same release: responses already made since the end of June: past
    B(
        text="EA teams have responded to 44 significant environmental incidents since the end of June including moorland fires, algal blooms, dry boreholes, low river flows and fish rescues.",
        due=None,
        vague=False,
        said="2018-07-23 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA18,
        published="2018-07-23",
    ),
    # the same release: the group 'convened today', a meeting already held when the words were written: past (CONVENTIONS 2.4, 2.2)
    B(
        text="The National Drought Group (NDG), chaired by Sir James Bevan, Chief Executive of the Environment Agency convened today (Monday 23 July) to discuss the operational approach to managing water supplies and review preparation for the pressures ahead.",
        due=None,
        vague=False,
        said="2018-07-23 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA18,
        published="2018-07-23",
    ),
    # the same release: what was said during a meeting already held: past
    B(
        text="During the meeting, water companies explained how they were implementing activity set out in their drought plans and increasing efforts to reduce leakage.",
        due=None,
        vague=False,
        said="2018-07-23 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA18,
        published="2018-07-23",
    ),
    # Environment Agency (GOV.UK, OGL v3.0), press release 'Cambridgeshire locks under manual operation this weekend' on gov.uk; zone Europe/London (BST). The page's opening carries no date line; its words fix it: the St Neots lock failed on 'Tuesday (30 June)', was closed until 'Thursday (2 July)' and has been worked by hand 'since yesterday', so the release is of Friday 3 July 2015, said 10:00 BST. Manual operation 'over the weekend' falls due at the weekend's end, Sunday 5 July (CONVENTIONS 6.1, 3.3) [local due 2015-07-05 23:59:59]
    B(
        text="The Environment Agency is operating 2 locks on the River Great Ouse in Cambridgeshire manually over the weekend to keep boaters moving.",
        due="2015-07-05 22:59:59",
        vague=False,
        said="2015-07-03 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_EA15,
        published="2015-07-03",
    ),
    # the same release: closures already over ('for a short period of time' of break downs before speaking): past
    B(
        text="The lock at St Ives and the Old Papermills lock in St Neots are both awaiting permanent repairs, following mechanical break downs which closed each of them for a short period of time.",
        due=None,
        vague=False,
        said="2015-07-03 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA15,
        published="2015-07-03",
    ),
    # the same release: manual operation kept going until Monday 6 July in the afternoon falls due at the afternoon's end, 18:00 (parser docstring: afternoon ends at 18:00; CONVENTIONS 3.3) [local due 2015-07-06 18:00:00 BST]. unsure: the operating hours end at 4pm, so a careful reader could give 16:00 BST on 6 July (CONVENTIONS 6.1)
    B(
        text="The St Ives lock has been manned between the hours of 10am and 4pm for a number of days and will continue to be operated manually by trained Environment Agency staff between these hours until Monday (6 July) afternoon.",
        due="2015-07-06 17:00:00",
        vague=False,
        said="2015-07-03 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_EA15,
        published="2015-07-03",
    ),
    # the same release: a closure on two days falls due at the end of the later, Wednesday 8 July 2015 (CONVENTIONS 6.1, 3.3) [local due 2015-07-08 23:59:59]
    B(
        text="The lock will then be closed on Tuesday 7 and Wednesday 8 July 2015 whilst the mechanical failure is fixed.",
        due="2015-07-08 22:59:59",
        vague=False,
        said="2015-07-03 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_EA15,
        published="2015-07-03",
    ),
    # the same release: 'then' hangs the reopening on the repair, which this sentence does not date: event (CONVENTIONS 1.3). unsure: read with the sentence before, the lock is back on 9 July 2015
    B(
        text="The lock should then be back in full operation.",
        due=None,
        vague=False,
        said="2015-07-03 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_EA15,
        published="2015-07-03",
    ),
    # the same release: a failure and a closure already over: past
    B(
        text="The St Neots lock failed on Tuesday (30 June) afternoon and was closed to all boating traffic until Thursday (2 July) afternoon.",
        due=None,
        vague=False,
        said="2015-07-03 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA15,
        published="2015-07-03",
    ),
    # the same release: manning the lock 'through the weekend' falls due at its end, Sunday 5 July (CONVENTIONS 3.3) [local due 2015-07-05 23:59:59]
    B(
        text="Environment Agency staff have been operating the lock manually since yesterday to ensure boaters can continue on their journeys and will continue to man the lock through the weekend in order to ensure navigation remains open for the St Neots Regatta.",
        due="2015-07-05 22:59:59",
        vague=False,
        said="2015-07-03 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_EA15,
        published="2015-07-03",
    ),
    # the same release, the Waterways Operations Team Leader's words: the restriction runs until undated repairs: event (CONVENTIONS 1.3)
    B(
        text="We apologise for any inconvenience these closures may have caused to our boaters but the use of the locks will need to be temporarily restricted until permanent repairs can be made.",
        due=None,
        vague=False,
        said="2015-07-03 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_EA15,
        published="2015-07-03",
    ),
    # Statistics Canada (Statistics Canada Open Licence), summary of the seventh Canadian Statistics Advisory Council meeting, 12 June 2020 (the page's 'Date: June 12 2020'; the summary has no date of its own, read as of that day, 10:00 EDT, zone America/Toronto). A meeting already opened: past
    B(
        text="Dr. Teresa Scassa opened the meeting by welcoming members and guests to the June virtual CSAC meeting.",
        due=None,
        vague=False,
        said="2020-06-12 14:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STCCSAC,
        published="2020-06-12",
    ),
    # US Geological Survey (public domain, US federal work), media alert on usgs.gov on low-level helicopter flights over Nevada and Oregon; zone America/Los_Angeles (the Humboldt County, Nevada survey area; Harney and Malheur counties, Oregon, also keep Pacific time). The opening carries no date; its future tense puts it before 1 March 2023, read as published on Wednesday 22 February 2023 at 10:00 PST. A start and a completion both of the act: the completion counts, at the end of April 2023 (CONVENTIONS 3.4) [local due 2023-04-30 23:59:59 PDT]
    B(
        text="Weather permitting, the survey will begin around March 1, 2023, and be completed in April 2023.",
        due="2023-05-01 06:59:59",
        vague=False,
        said="2023-02-22 18:00:00",
        tz="America/Los_Angeles",
        cluster=3,
        source=_USGSNV,
        published="2023-02-22",
    ),
    # USDA Forest Service, San Juan National Forest (public domain, US federal work), news item on InciWeb (inciweb.wildfire.gov) dated April 8, 2024 by its own dateline; zone America/Denver (MDT), said 10:00. A closure that begins on a date is a rule taking effect, due at the end of 9 April (CONVENTIONS 3.1a) [local due 2024-04-09 23:59:59]. unsure: a careful reader could take 'beginning' as a start only (earliest, CONVENTIONS 3.2)
    B(
        text="DOLORES, Colo., April 8, 2024—The Boggy Draw Trailhead and portions of the Boggy Draw trail system will temporarily close to the public beginning April 9, 2024, for public and firefighter safety during prescribed fire operations.",
        due="2024-04-10 05:59:59",
        vague=False,
        said="2024-04-08 16:00:00",
        tz="America/Denver",
        cluster=6,
        source=_USFSSJ,
        published="2024-04-08",
    ),
    # the same item: 'the next few weeks' is the vague window of 'a few weeks', four weeks from speaking (parser docstring; CONVENTIONS 5.1) [local due 2024-05-06 23:59:59]
    B(
        text="The San Juan National Forest’s Dolores Ranger District is planning to conduct several prescribed burns in the Boggy Draw area over the next few weeks.",
        due="2024-05-07 05:59:59",
        vague=True,
        said="2024-04-08 16:00:00",
        tz="America/Denver",
        cluster=4,
        source=_USFSSJ,
        published="2024-04-08",
    ),
    # the same item: burning 'when weather and fuel conditions are favorable' is hung on undated conditions: event (CONVENTIONS 1.3)
    B(
        text="Burning operations will take place over multiple days when weather and fuel conditions are favorable.",
        due=None,
        vague=False,
        said="2024-04-08 16:00:00",
        tz="America/Denver",
        refusal="event",
        cluster=5,
        source=_USFSSJ,
        published="2024-04-08",
    ),
    # the same item: 'long-term' sets no time for any act: due None, no refusal word
    B(
        text="A trail and area closure will allow for the safe application of prescribed fire to the landscape to achieve ecological and long-term risk reduction to surrounding communities.",
        due=None,
        vague=False,
        said="2024-04-08 16:00:00",
        tz="America/Denver",
        cluster=1,
        source=_USFSSJ,
        published="2024-04-08",
    ),
    # the same item: the reopening follows undated burning operations: event (CONVENTIONS 1.3)
    B(
        text="Following burning operations, hazards adjacent to the trails will be assessed and the area opened back up to the public.",
        due=None,
        vague=False,
        said="2024-04-08 16:00:00",
        tz="America/Denver",
        refusal="event",
        cluster=5,
        source=_USFSSJ,
        published="2024-04-08",
    ),
    # the same item: a closure kept 'through' a date falls due at its end (CONVENTIONS 3.3); the possible earlier end is a condition, not a new time (CONVENTIONS 4.2) [local due 2024-11-30 23:59:59 MST]
    B(
        text="The closure is in effect through Nov. 30, 2024, but may be terminated earlier if prescribed fire operations and trailside hazards can be addressed sooner.",
        due="2024-12-01 06:59:59",
        vague=False,
        said="2024-04-08 16:00:00",
        tz="America/Denver",
        cluster=6,
        source=_USFSSJ,
        published="2024-04-08",
    ),
    # the same item, the District Ranger's quoted words: the reopening comes after undated events: event (CONVENTIONS 1.3)
    B(
        text="We will reopen the area after operations conclude and fire related hazards to trail users are mitigated.”",
        due=None,
        vague=False,
        said="2024-04-08 16:00:00",
        tz="America/Denver",
        refusal="event",
        cluster=5,
        source=_USFSSJ,
        published="2024-04-08",
    ),
    # National Park Service, Yellowstone National Park (public domain, US federal work), release of 14 April 2023 carried whole by localnews8.com (its date line; the carrier's dateline 'MAMMOTH HOT SPRINGS, Wyo. (KIFI) –' is left out); zone America/Denver (MDT), said 10:00. The opening of the roads at 8 a.m. on Friday 21 April is a one-off event at that time (CONVENTIONS 3.1) [local due 2023-04-21 08:00:00]. unsure: a careful reader could take 'Beginning at' as a start only (earliest, CONVENTIONS 3.2)
    B(
        text="Beginning at 8 a.m. Friday, April 21, 2023, select roads in Yellowstone National Park will open to the public, weather permitting.",
        due="2023-04-21 14:00:00",
        vague=False,
        said="2023-04-14 16:00:00",
        tz="America/Denver",
        cluster=2,
        source=_NPSYELL,
        published="2023-04-14",
    ),
    # the same release: what the roads do every year ('routinely'), a standing pattern: recurring (CONVENTIONS 1.3). unsure: a careful reader could read a commitment to keep this year's roads open until 1 November 2023 (CONVENTIONS 3.3, due 2023-11-01 23:59:59 MDT)
    B(
        text="Roads routinely open this time of year and remain open until Nov.1, when they close in preparation for the winter season.",
        due=None,
        vague=False,
        said="2023-04-14 16:00:00",
        tz="America/Denver",
        refusal="recurring",
        cluster=5,
        source=_NPSYELL,
        published="2023-04-14",
    ),
    # the same release: a one-off waiver on Saturday 22 April, due at the end of that day (CONVENTIONS 3.1) [local due 2023-04-22 23:59:59]
    B(
        text="On Saturday, April 22, entrance fees will be waived in celebration of National Park Week.",
        due="2023-04-23 05:59:59",
        vague=False,
        said="2023-04-14 16:00:00",
        tz="America/Denver",
        cluster=6,
        source=_NPSYELL,
        published="2023-04-14",
    ),
    # the same release: openings spread 'throughout May' fall due at the month's end (CONVENTIONS 6.1) [local due 2023-05-31 23:59:59]
    B(
        text="Additional park roads will open throughout May, weather permitting.",
        due="2023-06-01 05:59:59",
        vague=False,
        said="2023-04-14 16:00:00",
        tz="America/Denver",
        cluster=4,
        source=_NPSYELL,
        published="2023-04-14",
    ),
    # the same release: repairs done after last year's flood: past (CONVENTIONS 2.4)
    B(
        text="Both road corridors have been repaired after last year's historic flood event.",
        due=None,
        vague=False,
        said="2023-04-14 16:00:00",
        tz="America/Denver",
        refusal="past",
        cluster=5,
        source=_NPSYELL,
        published="2023-04-14",
    ),
    # the same release: 'winter' gives a cause, no act is set a time: due None, no refusal word
    B(
        text="Due to a severe winter of above-average snowpack and continued cold temperatures, wildlife such as bison, elk and moose are stressed and weak.",
        due=None,
        vague=False,
        said="2023-04-14 16:00:00",
        tz="America/Denver",
        cluster=1,
        source=_NPSYELL,
        published="2023-04-14",
    ),
    # the same release: 'this hardest part of the year' sets no time for the advice: due None, no refusal word
    B(
        text="Be mindful as they endure this hardest part of the year.",
        due=None,
        vague=False,
        said="2023-04-14 16:00:00",
        tz="America/Denver",
        cluster=1,
        source=_NPSYELL,
        published="2023-04-14",
    ),
    # the same release: 'often' and 'this year' describe animals, no act is set a time: due None, no refusal word
    B(
        text="Bison and elk often use roads as travel corridors when the snow is deep, and higher than usual snowbanks this year prevent them from easily moving off the road.",
        due=None,
        vague=False,
        said="2023-04-14 16:00:00",
        tz="America/Denver",
        cluster=1,
        source=_NPSYELL,
        published="2023-04-14",
    ),
    # the same release: a possibility, no undertaking (CONVENTIONS 4.2): due None, no refusal word
    B(
        text="There may be a high number of winter-killed carcasses due to the severity of the winter.",
        due=None,
        vague=False,
        said="2023-04-14 16:00:00",
        tz="America/Denver",
        cluster=1,
        source=_NPSYELL,
        published="2023-04-14",
    ),
    # the same release: a habit of bears, no act is set a time: due None, no refusal word. unsure: a careful reader could call it 'recurring'
    B(
        text="When bears emerge from hibernation, they look for food and often feed on elk and bison that died over the winter.",
        due=None,
        vague=False,
        said="2023-04-14 16:00:00",
        tz="America/Denver",
        cluster=1,
        source=_NPSYELL,
        published="2023-04-14",
    ),
    # the same release: 'sometimes' of animals' behaviour, no undertaking: due None, no refusal word
    B(
        text="Sometimes, bears will react aggressively to encounters with people when feeding on carcasses.",
        due=None,
        vague=False,
        said="2023-04-14 16:00:00",
        tz="America/Denver",
        cluster=1,
        source=_NPSYELL,
        published="2023-04-14",
    ),
    # the same release: a state of the season, no act is set a time: due None, no refusal word
    B(
        text="Services in the spring are limited.",
        due=None,
        vague=False,
        said="2023-04-14 16:00:00",
        tz="America/Denver",
        cluster=1,
        source=_NPSYELL,
        published="2023-04-14",
    ),
)
