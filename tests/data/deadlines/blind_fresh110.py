"""A HUNDRED-AND-TENTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-05 (UTC), around midday (the machine's clock read 12:11 at the
start, about 12:18 when the first 77 labels were written and 12:22 for the last 15), by a labelling
helper (branch issue12l110-s47) that neither changed, imported nor ran the parser, working at the
same time as other labellers of stop 47, whose claims in the shared claims file were treated as used
and whose files and README sections were not opened. It read `CONVENTIONS.md` in full (rules 3.1a
and 6.4 among them), the docstring, comments, some cases and README section of `blind_fresh108.py`,
and the top docstring of the parser package only (the vague windows, "before"/"by" periods, a range
falling due at its later end, a date without a year read as its next occurrence, a result more than
a day before the reference being past); nothing else of `bot/core/deadlines/` was opened. The brief
asked for the New Zealand government and its agencies (beehive.govt.nz, Parliament, the Department
of Conservation, Stats NZ, Waka Kotahi), the ACT Government, nsw.gov.au and planning.nsw.gov.au,
Victorian Government pages under CC BY, and at most a quarter from US federal agencies (National
Park Service, NOAA, FHWA); at least eight publishers, none above a fifth of the cases, each licence
confirmed on the publisher's own terms page.

The set quotes Stats NZ (the background page of the 2013 Census release schedule, written before 15
October 2013; the data-quality page of the ethnic population projections released on 18 May 2017),
the Department of Conservation (a Routeburn Falls hut release of 2 May 2013 on doc.govt.nz; a Hooker
Valley bridge release of 23 April 2025 carried verbatim by rnzngin.fifthestate.nz; a Great Walks
bookings release of 14 June 2023 carried verbatim by Scoop), the ACT Government (a consultations
reminder of 19 June 2015 carried by What's On Australia; a wet-weather roads release of 6 October
2022 on the ACT Government's media release site; the caretaker disclaimer of its grants portal,
September 2020), the NSW National Parks and Wildlife Service (the local-alerts pages of Rawdon Creek
Nature Reserve, November 2024, and of the Royal National Park treks, January 2026), the Victorian
Department of Premier and Cabinet (the Premier's message of the Victorian Infrastructure Plan,
updated October 2019, in a docslib copy), the Office of the Victorian Information Commissioner (the
Professional Standards consultation, February 2025; a news item on legislative changes taking effect
on 11 September 2024), the US National Park Service (news leads of late February and early March
2023 on a federal news list page) and NOAA Fisheries (the Fish News bulletin of 28 March 2018,
posted in full by a blog): 92 cases from 8 publishers (the Department of Conservation 18, 19.6%;
Stats NZ 15; the NSW National Parks and Wildlife Service 15; the Office of the Victorian Information
Commissioner 13; the ACT Government 12; the National Park Service 10; NOAA 7; the Victorian
Department of Premier and Cabinet 2). 17 cases (18.5%) are from the United States; 33 from New
Zealand, 42 from Australia. No beehive.govt.nz, Parliament, Waka Kotahi, nsw.gov.au or
planning.nsw.gov.au page was quoted (see README.md: no own licence statement was found for
beehive.govt.nz or planning.nsw.gov.au, Waka Kotahi's statement found limits reuse to personal use,
the nsw.gov.au statement found covers the Department of Premier and Cabinet's material only, and the
beehive pages found were used).

Every sentence quoted holds a time word of some kind (a date, a clock time, a day word, a period, a
span, a year, "now", "currently", "current", "ongoing", "temporary", "always", "just", "latest",
"until", "before", "when", "while", "during", "as ... grows", "every single week", "a year",
"quarterly", "throughout the year"); the sentences of the openings read that hold none were skipped,
as were titles, standfirsts, headings, item titles run into the first sentence of a bulletin item,
date, status and "Applies from ... Last reviewed" lines of the park alerts, "Affects 1 park" lines,
contact lines, schedule lines without a verb and sentences cut off by the end of an opening. Two
lines without a full stop (a park alert's line before its list, a news lead) and list points of the
census page and of an OVIC item are quoted as they stand; the words after "Disclaimer:" are quoted;
opening and closing quotation marks stay as the pages have them, and so do "effectiveMarch 23",
"grow; feedback" and "Lake Burley Griffin ." No word was changed. The sentences were found with a
search over stored copies of public pages and taken as they came in the openings the search returns,
in page order; two DOC releases (Hooker Valley, Great Walks bookings) were read only to a point, to
keep the Department of Conservation under a fifth (see README.md). No address listed in README.md,
in a README or file under `tests/data/` (the blind material the brief names excepted, which the
freshness tool skips) or in the shared claims file was used: each was checked with the lead's
`fresh_check.py` (the address and a distinctive phrase of the page) and claimed (`fresh110`) in
`/work/helper-brief/claims.txt` before a quote was taken; pages found used were dropped (among them
a DOC kauri-track release of 2018, a Stats NZ COVID-19 releases notice of 2020, the act.gov.au home
pages of 2016, a beehive.govt.nz search page of 2015, a Federal Register shark closure of 2015, a
DOC Lake Marian release list, an ACT 2017 wet-roads release and the budget.vic.gov.au "Our Big
Build" page). Every sentence was then checked whole with the same tool (skipping this file). Each
label was worked out by hand from the words, the publication date and the publisher's zone
(Pacific/Auckland, Australia/Sydney, Australia/Melbourne, and for the US the zone of each park or
region); the conversion of local instants to UTC wall time, weekdays and day counts were done with
Python's zoneinfo and datetime in a scratch script outside the repository, never with code of the
project. No run of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the tests touched
these texts before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh108.py`: the publication date at 10:00 local, and where a page carries no date in its
opening, the one its words or other facts give (each page's first comment says which and why); the
park alerts are said at each alert's own "Last reviewed" time and the Stats NZ projections page at
the lifting of its embargo; a day falls due at 23:59:59 local; a range or a list falls due at its
later end (CONVENTIONS 6.1, 6.2); a restriction beginning on a date is due that day (CONVENTIONS
3.1a); a window opened for a span from the moment of speaking falls due at its end (CONVENTIONS
1.1); kept open or closed until a date, that date (CONVENTIONS 3.3); the perfect and done acts are
past (CONVENTIONS 2.4), and a date already gone at the page's date is past (the parser's docstring);
standing rhythms and duties ("updated quarterly", "at least once every four years", "throughout the
year") are recurring, closures and openings hung on an undated event ("until further notice", "until
the new access is operational", "when conditions improve", "before visiting", "during works") event
(CONVENTIONS 1.3); a called-off visit is negated (CONVENTIONS 4.1); a possibility is no undertaking
(CONVENTIONS 4.2); an offer open from a date is earliest (CONVENTIONS 3.2); "as soon as possible"
and "soon" take 60 days and "the coming days" 7 days, all vague (CONVENTIONS 5.1); forecasts of
weather over "the coming months" or "the next few days" are not the speaker's undertaking and set no
deadline (marked unsure); refusals have `due=None` and a `refusal` kind; a sentence whose time words
set no time for any act has `due=None` and no refusal word. No sentence holds nights of work
(CONVENTIONS 6.4 decides none). Clusters as in `blind_fresh108.py`: 1 no time set (32), 2 clock
times (1), 3 ranges and several dates (8), 4 parts of the day, periods and vague windows (10), 5
refusals (31), 6 plain days and dates (10). 31 labels are refusals (past 16, event 9, recurring 4,
earliest 1, negated 1), 3 are vague, 26 have a deadline; 17 labels are marked "unsure" and name the
other reading; like every label here they stay as committed, whatever the first run shows. First
run: not yet taken (the lead runs it once, after merging, and records it in README.md). Never edit
these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_STATSCEN = "http://m.stats.govt.nz/Census/2013-census/background-release-schedule.aspx"
_STATSETH = "http://archive.stats.govt.nz/browse_for_stats/population/estimates_and_projections/NationalEthnicPopulationProjections_HOTP2013-2038/Data%20Quality.aspx"
_DOCRB = "https://www.doc.govt.nz/news/media-releases/2013/routeburn-hut-closing-for-revamp1/"
_DOCHV = "https://rnzngin.fifthestate.nz/category/department-of-conservation/page/2"
_ACTW = "https://whatsonaustralia.com/australian-travel-news/canberra-news/355-minister-barr-final-chance-to-have-your-say-on-important-community-projects"
_ACTC = "https://www.cmtedd.act.gov.au/open_government/inform/act_government_media_releases/act-transport-canberra-and-city-services-media-releases/2022/motorists-urged-to-drive-to-conditions-and-to-report-hazards"
_NPWSRC = (
    "https://nationalparks.nsw.gov.au/visit-a-park/parks/rawdon-creek-nature-reserve/local-alerts"
)
_NPWSRNP = "https://www.nationalparks.nsw.gov.au/things-to-do/guided-tours/royal-national-park-2-day-treks-for-youth/local-alerts"
_DOCSC = "https://www.scoop.co.nz/stories/AK2306/S00266/new-booking-dates-open-in-july-for-doc-great-walks.htm"
_ACTG = "https://www.grants.act.gov.au/"
_OVICN = "https://ovic.vic.gov.au/?p=51518"
_VICDPC = "https://docslib.org/doc/8316170/victorian-infrastructure-plan"
_OVIC = "https://ovic.vic.gov.au/freedom-of-information/resources-for-agencies/professional-standards-consultation"
_NPS = "https://thefederalnewswire.com/organizations/us-national-park-service?page=5"
_NOAA = "http://oysterradio.blogspot.com/2018/03/noaa-fisheriesvfishnews-march-28-2018.html"

FRESH110_CASES: tuple[BlindCase, ...] = (
    # Stats NZ, 'Background to 2013 Census products and services release schedule' (Statistics New Zealand archive site, m.stats.govt.nz). The opening carries no date; the page speaks of the first release on 15 October 2013 in the future tense, so it was written before then: taken as 1 August 2013 (an assumption; every label below holds for any day between the census and 15 October 2013); zone Pacific/Auckland, said at 10:00 local. 'when and how' and 'during the 2013 Census' set no time for any act: due None, no refusal word
    B(
        text="Background to 2013 Census products and services release schedule outlines when and how we will be releasing data collected during the 2013 Census.",
        due=None,
        vague=False,
        said="2013-07-31 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_STATSCEN,
        published="2013-08-01",
    ),
    # the same page, a point of the list under 'This page:' (quoted as it stands): 'when deciding' sets no time: due None
    B(
        text="outlines what factors Statistics New Zealand took into consideration when deciding the publishing order of the products.",
        due=None,
        vague=False,
        said="2013-07-31 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_STATSCEN,
        published="2013-08-01",
    ),
    # the same page: releases run from 15 October 2013 to June 2015; a range falls due at its later end (CONVENTIONS 6.1): 30 June 2015 23:59:59 NZST
    B(
        text="2013 Census products and services will be released progressively from 15 October 2013 to June 2015.",
        due="2015-06-30 11:59:59",
        vague=False,
        said="2013-07-31 22:00:00",
        tz="Pacific/Auckland",
        cluster=3,
        source=_STATSCEN,
        published="2013-08-01",
    ),
    # the same page: 'the first release of data will occur' on 15 October 2013, a one-off event at a date (CONVENTIONS 3.1): 15 October 2013 23:59:59 NZDT. unsure: a careful reader could give earliest=15 October 2013 (releases 'starting from' a date, an activity given only its start, CONVENTIONS 3.2)
    B(
        text="2013 Census products and services will be released progressively starting from 15 October 2013, when the first release of data will occur.",
        due="2013-10-15 10:59:59",
        vague=False,
        said="2013-07-31 22:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_STATSCEN,
        published="2013-08-01",
    ),
    # the same page: the releases 'will continue through until June 2015', kept going to a date (CONVENTIONS 3.3): 30 June 2015 23:59:59 NZST
    B(
        text="Further products and services using 2013 Census data will continue through until June 2015.",
        due="2015-06-30 11:59:59",
        vague=False,
        said="2013-07-31 22:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_STATSCEN,
        published="2013-08-01",
    ),
    # the same page: 'updated quarterly' is a standing rhythm with no start of its own: recurring (CONVENTIONS 1.3)
    B(
        text="The release schedule has a list of product descriptions and timings and will be updated quarterly.",
        due=None,
        vague=False,
        said="2013-07-31 22:00:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_STATSCEN,
        published="2013-08-01",
    ),
    # the same page: how the schedule is laid out ('within the first six months', '3-month release windows'): a standing rule of the schedule, with no start of its own: recurring (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word (no time set for any act)
    B(
        text="For example, products released within the first six months will have specific release dates but products released towards the end of the schedule will have 3-month release windows indicated.",
        due=None,
        vague=False,
        said="2013-07-31 22:00:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_STATSCEN,
        published="2013-08-01",
    ),
    # the same page: 'certainty about when products will be published' sets no time: due None
    B(
        text="Providing a release schedule in this format, gives census data users certainty about when products will be published and also gives the census production team some flexibility to make changes to the schedule if required.",
        due=None,
        vague=False,
        said="2013-07-31 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_STATSCEN,
        published="2013-08-01",
    ),
    # the same page: 'when deciding', 'when they will be released' set no time: due None
    B(
        text="We have many factors to consider when deciding which census products will be produced and when they will be released.",
        due=None,
        vague=False,
        said="2013-07-31 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_STATSCEN,
        published="2013-08-01",
    ),
    # Stats NZ archive site, 'National Ethnic Population Projections: 2013(base)-2038 (update)', Data quality page, 'Embargoed until 10:45am - 18 May 2017' (the status line, not quoted): said at the lifting of the embargo, 18 May 2017 10:45 NZST; zone Pacific/Auckland. 'since the last release' sets no time for any act: due None
    B(
        text="This section contains information that has changed since the last release.",
        due=None,
        vague=False,
        said="2017-05-17 22:45:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_STATSETH,
        published="2017-05-18",
    ),
    # the same page: '2013-base' names the base year of the projections: no time set for any act: due None
    B(
        text="This release contains updated 2013-base population projections for all five broad level 1 ethnic populations of New Zealand: 'European or Other (including New Zealander)', Māori, Asian, Pacific, and MELAA (Middle Eastern, Latin American and African).",
        due=None,
        vague=False,
        said="2017-05-17 22:45:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_STATSETH,
        published="2017-05-18",
    ),
    # the same page: 'the first time' sets no time: due None
    B(
        text="This is the first time the MELAA, Chinese, Indian, and Samoan ethnic groups have been projected.",
        due=None,
        vague=False,
        said="2017-05-17 22:45:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_STATSETH,
        published="2017-05-18",
    ),
    # the same page: projections 'released in May 2015', told of the past: past
    B(
        text="These projections supersede the 2013-base projections released in May 2015.",
        due=None,
        vague=False,
        said="2017-05-17 22:45:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_STATSETH,
        published="2017-05-18",
    ),
    # the same page: the base date (30 June 2013) and the period covered (2014-38) describe the data, not an act to be done: due None, no refusal word. unsure: a careful reader could give past (30 June 2013 is before the page)
    B(
        text="The new projections have the estimated resident population of each ethnic group at 30 June 2013 as a base, and cover the period 2014–38 at one-year intervals.",
        due=None,
        vague=False,
        said="2017-05-17 22:45:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_STATSETH,
        published="2017-05-18",
    ),
    # the same page: projections 'released on 19 October 2016', told of the past: past
    B(
        text="These ethnic population projections complement the projections of the total New Zealand population (National Population Projections: 2016(base)–2068) released on 19 October 2016.",
        due=None,
        vague=False,
        said="2017-05-17 22:45:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_STATSETH,
        published="2017-05-18",
    ),
    # Department of Conservation media release 'Routeburn Falls hut closing for revamp', 'Date: 02 May 2013' (doc.govt.nz, archived content); zone Pacific/Auckland, said at 10:00 local. The introduction repeats this sentence (a standfirst, not quoted twice). Closed from 13 to 27 May 2013: a range falls due at its later end (CONVENTIONS 6.1): 27 May 2013 23:59:59 NZST
    B(
        text="Routeburn Falls hut on the Routeburn Track will be closed from 13-27 May 2013 to allow painting of the hut interior.",
        due="2013-05-27 11:59:59",
        vague=False,
        said="2013-05-01 22:00:00",
        tz="Pacific/Auckland",
        cluster=3,
        source=_DOCRB,
        published="2013-05-02",
    ),
    # the same page: the partnership runs 'over the next three years' from the moment of speaking, a window falling due at its end (CONVENTIONS 1.1): 2 May 2016 23:59:59 NZST ('17-year-old' is an age, not a time of the act). unsure: a careful reader could give due None (the coat itself has no date; the span belongs to the partnership)
    B(
        text="The walls and floor of the 17-year-old hut will receive a coat of clear polyurethane, given by Dulux as part of a $1.5 million partnership between DOC and Dulux New Zealand to paint and protect public huts and lodges over the next three years.",
        due="2016-05-02 11:59:59",
        vague=False,
        said="2013-05-01 22:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_DOCRB,
        published="2013-05-02",
    ),
    # the same page: 'has just been painted', done: past (CONVENTIONS 2.4)
    B(
        text="The exterior has just been painted by volunteers, with free paint provided by Dulux.",
        due=None,
        vague=False,
        said="2013-05-01 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOCRB,
        published="2013-05-02",
    ),
    # the same page: 'when they are on public conservation land' is a standing description, no time set for any act: due None
    B(
        text="DOC looks after a network of 973 huts, providing shelter for New Zealanders when they are on public conservation land.",
        due=None,
        vague=False,
        said="2013-05-01 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOCRB,
        published="2013-05-02",
    ),
    # the same page: free paint 'over the next three years', a window from the moment of speaking falling due at its end (CONVENTIONS 1.1): 2 May 2016 23:59:59 NZST
    B(
        text="Dulux provides 45,000 litres of free paint and an additional 9,000 litres of woodcare products to help paint huts and buildings over the next three years.",
        due="2016-05-02 11:59:59",
        vague=False,
        said="2013-05-01 22:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_DOCRB,
        published="2013-05-02",
    ),
    # the same page: 'are now opening up' is a present state with 'now', not a day word on a done or due act (CONVENTIONS 2.1 names 'today' and the like): due None. unsure: a careful reader could give the end of 2 May 2013 (the act done as spoken)
    B(
        text="Dulux and DOC are now opening up the partnership to community and club huts as well.",
        due=None,
        vague=False,
        said="2013-05-01 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOCRB,
        published="2013-05-02",
    ),
    # the same page: 'a year' is a rate of walkers, no time set for any act: due None
    B(
        text="The 48-bunk Routeburn Falls hut is one of DOC’s busiest huts, as more than 12,000 independent walkers complete the Routeburn Track a year.",
        due=None,
        vague=False,
        said="2013-05-01 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOCRB,
        published="2013-05-02",
    ),
    # Department of Conservation release on the Hooker Valley Track bridge, 'Source: Department of Conservation', 'Date: 23 April 2025', carried verbatim by rnzngin.fifthestate.nz (a list page of DOC releases); zone Pacific/Auckland, said at 10:00 local. 'over the past few years', told of the past: past
    B(
        text="The second bridge on the Hooker Valley Track has been impacted by riverbank erosion from wind and rain events over the past few years and is also susceptible to heavy snowfalls.",
        due=None,
        vague=False,
        said="2025-04-22 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOCHV,
        published="2025-04-23",
    ),
    # the same release: the closure after the Easter rain, told of the past: past
    B(
        text="DOC staff and engineers have been closely monitoring riverbank erosion at the bridge, and following the recent heavy rain over Easter, the bridge was closed.",
        due=None,
        vague=False,
        said="2025-04-22 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOCHV,
        published="2025-04-23",
    ),
    # the same release (the opening quotation mark as the page has it): the decision 'we have made', done; 'this winter' is only a prospect of weather: past (CONVENTIONS 2.4)
    B(
        text="“We’ve been managing the second bridge for the past couple of years, adding micro piling and other measures but continued erosion of the riverbank, with the prospect of more heavy rain and snow loading this winter, we have made the decision to close the bridge permanently,” says DOC Director of Asset Management Shan Baththana.",
        due=None,
        vague=False,
        said="2025-04-22 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOCHV,
        published="2025-04-23",
    ),
    # the same release: closed 'until' access is secured and a bridge built, undated events: event (CONVENTIONS 1.3)
    B(
        text="She says the walk up the Hooker Valley is closed temporarily until access to the lower part of the track is secured and a new suspension bridge is built.",
        due=None,
        vague=False,
        said="2025-04-22 22:00:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_DOCHV,
        published="2025-04-23",
    ),
    # the same release: 'the temporary closure' sets no time: due None
    B(
        text="“Walking up the Hooker Valley to see Aoraki and staying at the popular Hooker Hut is a highlight for many visitors and the temporary closure of the track will disrupt plans.",
        due=None,
        vague=False,
        said="2025-04-22 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOCHV,
        published="2025-04-23",
    ),
    # the same release: 'always' sets no time: due None
    B(
        text="But public safety is always number one.”",
        due=None,
        vague=False,
        said="2025-04-22 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOCHV,
        published="2025-04-23",
    ),
    # the same release: reopen 'as soon as possible', the speaker's undertaking: vague, 60 days (CONVENTIONS 5.1): 22 June 2025 23:59:59 NZST
    B(
        text="“We’re now focused on securing the site so we can reopen the lower section of the track as soon as possible.",
        due="2025-06-22 11:59:59",
        vague=True,
        said="2025-04-22 22:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_DOCHV,
        published="2025-04-23",
    ),
    # Department of Conservation press release 'New Booking Dates Open In July For DOC Great Walks', 'Wednesday, 14 June 2023, 11:08 am, Press Release: Department of Conservation', carried verbatim by Scoop; zone Pacific/Auckland, said at the stated 11:08 NZST. Read only to its fourth sentence, to keep the Department of Conservation under a fifth. The announcement is done, and the Milford bookings went on 20 April: past
    B(
        text="The Department of Conservation has announced new opening dates for booking Great Walks and other facilities for the 2023/24 season (excluding Milford which booked out on 20 April).",
        due=None,
        vague=False,
        said="2023-06-13 23:08:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOCSC,
        published="2023-06-14",
    ),
    # the same release: the postponed release of May, told of the past: past
    B(
        text="When DOC went to release opening dates in May for the rest of the Great Walks, technical difficulties forced a postponement of that release.",
        due=None,
        vague=False,
        said="2023-06-13 23:08:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOCSC,
        published="2023-06-14",
    ),
    # the same release (quotation marks as the page has them): bookings 'will open from 11 July', an offer open from a date: earliest, 11 July 2023 00:00 NZST (CONVENTIONS 3.2 and 3.1a: 'an activity or offer merely open from a date'). unsure: a careful reader could give 11 July 2023 23:59:59 NZST (the opening itself as a one-off event, CONVENTIONS 3.1)
    B(
        text="“We are now pleased to announce that the rest of the Great Walks bookings will open from 11 July,” says Cat Wilson, Director of Heritage and Visitors.",
        due=None,
        vague=False,
        said="2023-06-13 23:08:00",
        tz="Pacific/Auckland",
        refusal="earliest",
        earliest="2023-07-10 12:00:00",
        cluster=5,
        source=_DOCSC,
        published="2023-06-14",
    ),
    # the same release: re-open bookings 'soon', the speaker's undertaking: vague, 60 days (CONVENTIONS 5.1): 13 August 2023 23:59:59 NZST
    B(
        text="“The fixes made to the booking system have been tested extensively by our vendor and an independent specialist, so we have the assurance we need to re-open bookings soon.",
        due="2023-08-13 11:59:59",
        vague=True,
        said="2023-06-13 23:08:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_DOCSC,
        published="2023-06-14",
    ),
    # ACT Government media release (Minister Barr), 'Written by ACT Government', 'Released 19/06/2015', carried verbatim by What's On Australia; zone Australia/Sydney (Canberra), said at 10:00 local; the page's double space and the space before the full stop kept. 'only one week left' from the moment of speaking: 26 June 2015 23:59:59 AEST. unsure: a careful reader could give 29 June 2015 (the next sentence's closing day); the sentence alone gives a week (CONVENTIONS 6.3 reads a sentence by itself)
    B(
        text="Canberrans are reminded that there is only one week left to share their views on three important community consultations; planning reforms to enable the University of Canberra to expand and grow;  feedback on the Taxi Industry Innovation Review; and the design of West Basin waterfront at Lake Burley Griffin .",
        due="2015-06-26 13:59:59",
        vague=False,
        said="2015-06-19 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ACTW,
        published="2015-06-19",
    ),
    # the same release: the consultations 'close on Monday 29 June 2015' (a Monday indeed): 29 June 2015 23:59:59 AEST
    B(
        text="All three consultations close on Monday 29 June 2015.",
        due="2015-06-29 13:59:59",
        vague=False,
        said="2015-06-19 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ACTW,
        published="2015-06-19",
    ),
    # the same release: 'currently open' is a present state with no end in the sentence: due None
    B(
        text="The University of Canberra (UC) Territory Plan Variation 347 is currently open for consultation as part of an ambitious program of reforms to boost the higher education sector and secure Canberra’s position as Australia’s education and knowledge capital.",
        due=None,
        vague=False,
        said="2015-06-19 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACTW,
        published="2015-06-19",
    ),
    # the same release: 'the current taxi system' sets no time: due None
    B(
        text="The public consultation gives Canberrans the opportunity to provide their feedback on the current taxi system and for us to understand their views on how new technologies can offer accessible and safe passenger experiences.",
        due=None,
        vague=False,
        said="2015-06-19 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACTW,
        published="2015-06-19",
    ),
    # ACT Government media release (Transport Canberra and City Services), 'Released 06/10/2022', on the ACT Government's media release site (cmtedd.act.gov.au); zone Australia/Sydney (AEDT), said at 10:00 local. The first sentence ('With the persistent wet weather ...') was skipped as holding no time word. 'ongoing' and 'temporary' set no time: due None
    B(
        text="The ongoing wet weather is leading to challenging conditions on our roads so please drive to the conditions and respect temporary speed limits.",
        due=None,
        vague=False,
        said="2022-10-05 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACTC,
        published="2022-10-06",
    ),
    # the same release: 'temporary patching' sets no time: due None
    B(
        text="Wherever possible we are applying temporary patching particularly on key arterial roads like Melrose Drive and Sulwood Drive.",
        due=None,
        vague=False,
        said="2022-10-05 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACTC,
        published="2022-10-06",
    ),
    # the same release: 'over the coming months' is a forecast of rainfall, not an undertaking, and 'immediate' qualifies the concerns: due None, no refusal word (CONVENTIONS 5.1 takes vague words as an undertaking only). unsure: a careful reader could give vague, 3 months (6 January 2023 23:59:59 AEDT, the window of 'the coming months')
    B(
        text="Given the prevailing La Nina conditions we expect above average rainfall over the coming months and the ACT Government is gearing up its crews to respond to immediate safety concerns.",
        due=None,
        vague=False,
        said="2022-10-05 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ACTC,
        published="2022-10-06",
    ),
    # the same release: 'earlier today' is a done closure; 'it is likely there may be other closures ... in coming days' is a possibility, no undertaking: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="While the rain has not at this stage led to any significant road closures, Point Hut crossing was closed earlier today and it is likely there may be other closures including lane closures in coming days.",
        due=None,
        vague=False,
        said="2022-10-05 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ACTC,
        published="2022-10-06",
    ),
    # the same release: closed 'until further notice', an undated event: event (CONVENTIONS 1.3)
    B(
        text="Flooding on Naas Road also means the Namadgi Visitor Information Centre is closed until further notice.",
        due=None,
        vague=False,
        said="2022-10-05 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ACTC,
        published="2022-10-06",
    ),
    # ACT Government grants portal (grants.act.gov.au), its 'Open Grants' page with the caretaker disclaimer. The opening carries no date: its newest grant opened on 8 September 2020 and the caretaker period 'begins' on 11 September 2020 (future), so it is taken as 8 September 2020, 10:00 AEST; zone Australia/Sydney. The 'Open:' and 'Close:' lines of the list are schedule lines without a verb and were skipped; the words after 'Disclaimer:' are quoted. An election 'on Saturday, 17 October 2020' (a Saturday indeed), a one-off event (CONVENTIONS 3.1): 17 October 2020 23:59:59 AEDT
    B(
        text="In accordance with the provisions of Section 100(1) of the Electoral Act 1992, the ACT will hold a general election for the Legislative Assembly on Saturday, 17 October 2020.",
        due="2020-10-17 12:59:59",
        vague=False,
        said="2020-09-08 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ACTG,
        published="2020-09-08",
    ),
    # the same disclaimer: the period begins at a time and ends with an undated event (the election of the Chief Minister on the first sitting day after the election); of a start and an end, the end counts (CONVENTIONS 3.4), and it is hung on an undated event: event (CONVENTIONS 1.3). unsure: a careful reader could give the start, 11 September 2020 00:00 AEST (2020-09-10 14:00:00 UTC), a one-off event at a time (CONVENTIONS 3.1)
    B(
        text="The caretaker period begins at 12:00am on 11 September 2020 and ends with the election of the Chief Minister on the first sitting day of the Legislative Assembly following the election.",
        due=None,
        vague=False,
        said="2020-09-08 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ACTG,
        published="2020-09-08",
    ),
    # the same disclaimer: 'during the caretaker period' and 'following this general election' hang on undated events: event (CONVENTIONS 1.3)
    B(
        text="The continuation of all grants, which are open during the caretaker period, following this general election is a decision for an incoming government.",
        due=None,
        vague=False,
        said="2020-09-08 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ACTG,
        published="2020-09-08",
    ),
    # NSW National Parks and Wildlife Service, local alerts page of Rawdon Creek Nature Reserve (nationalparks.nsw.gov.au); each alert carries its own 'Last reviewed' time, taken as the moment of speaking of its sentences (the 'Applies from ... to ...' and 'Last reviewed' lines are status lines, not quoted); zone Australia/Sydney. This alert: last reviewed Fri 22 Nov 2024 12.25pm AEDT. Closed from 10 January to 30 December 2024: a range falls due at its later end (CONVENTIONS 6.1): 30 December 2024 23:59:59 AEDT
    B(
        text="Dawson River Walking Track is closed for bridge repairs from 10th January 2024 to 30th December 2024.",
        due="2024-12-30 12:59:59",
        vague=False,
        said="2024-11-22 01:25:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_NPWSRC,
        published="2024-11-22",
    ),
    # the same page, the next alert (last reviewed Wed 13 Nov 2024 4.50pm AEDT): construction to commence on 11 November (2024, two days before; a Monday) and to take about two weeks: 25 November 2024 23:59:59 AEDT. unsure: the parser's docstring reads a date without a year as its next occurrence on or after the reference day, which would put the start in 2025 and the end on 25 November 2025
    B(
        text="Construction is planned to commence on 11th November and is expected to take approximately two weeks.",
        due="2024-11-25 12:59:59",
        vague=False,
        said="2024-11-13 05:50:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_NPWSRC,
        published="2024-11-13",
    ),
    # the same alert: open 'until the new access is operational', an undated event: event (CONVENTIONS 1.3)
    B(
        text="The existing 4WD beach access point will remain open until the new access is operational.",
        due=None,
        vague=False,
        said="2024-11-13 05:50:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_NPWSRC,
        published="2024-11-13",
    ),
    # the same alert: 'during works', a span hung on the undated works: event (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word (nothing is promised to end)
    B(
        text="There will be no restrictions on access to Dunbogan Beach during works.",
        due=None,
        vague=False,
        said="2024-11-13 05:50:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_NPWSRC,
        published="2024-11-13",
    ),
    # the same page, the next alert (last reviewed Fri 8 Nov 2024 8.54am AEDT): 'currently' sets no time: due None
    B(
        text="Carrai Road is currently undergoing repair works but remains open.",
        due=None,
        vague=False,
        said="2024-11-07 21:54:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_NPWSRC,
        published="2024-11-08",
    ),
    # the same page, the next alert (last reviewed Thu 7 Nov 2024 11.31am AEDT), the line before its list, without a full stop as the page has it: closed until Friday 28 February 2025 (a Friday indeed), kept to a date (CONVENTIONS 3.3): 28 February 2025 23:59:59 AEDT
    B(
        text="The following areas are closed for repair works until Friday 28 February 2025",
        due="2025-02-28 12:59:59",
        vague=False,
        said="2024-11-07 00:31:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_NPWSRC,
        published="2024-11-07",
    ),
    # NSW National Parks and Wildlife Service, local alerts page of the Royal National Park two-day treks (nationalparks.nsw.gov.au); each alert's 'Last reviewed' time is its moment of speaking, as on the page above; zone Australia/Sydney. This alert: last reviewed Fri 16 Jan 2026 3.23pm AEDT. Closed 'until further notice' (an undated event); 'over the coming days' belongs to the forecast rain: event (CONVENTIONS 1.3)
    B(
        text="The Kembla mountain bike trails are temporarily closed until further notice due to forecast heavy rainfall over the coming days.",
        due=None,
        vague=False,
        said="2026-01-16 04:23:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_NPWSRNP,
        published="2026-01-16",
    ),
    # the same alert: 'when wet' and 'prolonged' set no time for any act: due None
    B(
        text="Riding when wet can damage the trails, and lead to costly repairs with prolonged closures.",
        due=None,
        vague=False,
        said="2026-01-16 04:23:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_NPWSRNP,
        published="2026-01-16",
    ),
    # the same alert: reopen 'when conditions improve', an undated event: event (CONVENTIONS 1.3)
    B(
        text="We will continue to monitor the trails and reopen them when conditions improve.",
        due=None,
        vague=False,
        said="2026-01-16 04:23:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_NPWSRNP,
        published="2026-01-16",
    ),
    # the same alert: 'before visiting', hung on each undated visit: event (CONVENTIONS 1.3). unsure: a careful reader could give recurring (standing advice for every visit)
    B(
        text="Please check nswparks.info/illawarra-mtn-bike or Trailforks before visiting, and follow park signs.",
        due=None,
        vague=False,
        said="2026-01-16 04:23:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_NPWSRNP,
        published="2026-01-16",
    ),
    # the same page, the next alert (last reviewed Fri 16 Jan 2026 2.39pm AEDT): 'the next few days' is the span of a forecast, no undertaking: due None. unsure: a careful reader could give vague, 7 days ('a few days', the parser's docstring): 23 January 2026 23:59:59 AEDT
    B(
        text="Visitors to Heathcote National Park need to be aware of the heavy rainfall that is forecast for the next few days.",
        due=None,
        vague=False,
        said="2026-01-16 03:39:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_NPWSRNP,
        published="2026-01-16",
    ),
    # the same alert: 'during heavy rainfall' is a general warning, no time set for any act: due None
    B(
        text="The Park's creeks and rivers can rise rapidly during heavy rainfall, with bushwalkers and campers becoming trapped or having to attempt swift water crossings.",
        due=None,
        vague=False,
        said="2026-01-16 03:39:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_NPWSRNP,
        published="2026-01-16",
    ),
    # the same alert: 'another date' sets no time: due None
    B(
        text="If you have a booking at Kingfisher campground, consider going online and choosing another date to visit.",
        due=None,
        vague=False,
        said="2026-01-16 03:39:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_NPWSRNP,
        published="2026-01-16",
    ),
    # the same alert: visitors asked to stay away 'over the coming days', a window from the moment of speaking: vague, 7 days (the parser's docstring, 'the coming days'; CONVENTIONS 1.1 and 5.1): 23 January 2026 23:59:59 AEDT. unsure: a careful reader could give due None (advice to the public, not the speaker's undertaking)
    B(
        text="Bushwalkers and cyclists are encouraged to avoid visiting the park over the coming days and check the Bureau of Meteorology and Hazards Near Me app or website for updates.",
        due="2026-01-23 12:59:59",
        vague=True,
        said="2026-01-16 03:39:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_NPWSRNP,
        published="2026-01-16",
    ),
    # the same page, the next alert (last reviewed Tue 13 Jan 2026 3.00pm AEDT): a road closed by day from Thursday 22 to Friday 23 January 2026 (the weekdays match; no nights, so CONVENTIONS 6.4 does not apply): a range falls due at its later end (CONVENTIONS 6.1): 23 January 2026 23:59:59 AEDT
    B(
        text="The Visitor centre loop road of Kamay Botany National Park (Kurnell area) will be closed for maintenance from Thursday 22 January to Friday 23 January 2026.",
        due="2026-01-23 12:59:59",
        vague=False,
        said="2026-01-13 04:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_NPWSRNP,
        published="2026-01-13",
    ),
    # Victorian Government (Department of Premier and Cabinet), Victorian Infrastructure Plan: Projects Pipeline, 'Updated in October 2019', the Premier's message, in a verbatim copy on docslib.org; taken as 1 October 2019 (both labels hold for any day); zone Australia/Melbourne, said at 10:00 local. 'every single week' is a rate of arrivals, no time set for any act: due None
    B(
        text="Victoria is the fastest growing state in the nation, with more than 2,000 people choosing to make their home here every single week.",
        due=None,
        vague=False,
        said="2019-10-01 00:00:00",
        tz="Australia/Melbourne",
        cluster=1,
        source=_VICDPC,
        published="2019-10-01",
    ),
    # the same message: 'as our state grows' sets no time: due None
    B(
        text="But as our state grows, we can’t afford to be complacent.",
        due=None,
        vague=False,
        said="2019-10-01 00:00:00",
        tz="Australia/Melbourne",
        cluster=1,
        source=_VICDPC,
        published="2019-10-01",
    ),
    # Office of the Victorian Information Commissioner, 'Professional Standards consultation' page (ovic.vic.gov.au). The opening carries no date; the consultation it opens commences on 18 February 2025, taken as the day of publication; zone Australia/Melbourne, said at 10:00 local. 'at least once every four years' is a standing duty with no start of its own: recurring (CONVENTIONS 1.3)
    B(
        text="Pursuant to section 6X of the Freedom of Information Act 1982 (Vic) (the Act), the Information Commissioner must review the Standards at least once every four years.",
        due=None,
        vague=False,
        said="2025-02-17 23:00:00",
        tz="Australia/Melbourne",
        refusal="recurring",
        cluster=5,
        source=_OVIC,
        published="2025-02-18",
    ),
    # the same page: 'In 2024, OVIC engaged', told of the past: past
    B(
        text="In 2024, OVIC engaged an external consultant to undertake an independent review of the Standards.",
        due=None,
        vague=False,
        said="2025-02-17 23:00:00",
        tz="Australia/Melbourne",
        refusal="past",
        cluster=5,
        source=_OVIC,
        published="2025-02-18",
    ),
    # the same page: a report provided on 23 August 2024, told of the past: past
    B(
        text="On 23 August 2024, KPMG provided OVIC with its final report (the report), making 27 recommendations to uplift and improve the operation of the Standards.",
        due=None,
        vague=False,
        said="2025-02-17 23:00:00",
        tz="Australia/Melbourne",
        refusal="past",
        cluster=5,
        source=_OVIC,
        published="2025-02-18",
    ),
    # the same page: 'When providing feedback' sets no time: due None
    B(
        text="When providing feedback, please consider the questions in the Feedback Form.",
        due=None,
        vague=False,
        said="2025-02-17 23:00:00",
        tz="Australia/Melbourne",
        cluster=1,
        source=_OVIC,
        published="2025-02-18",
    ),
    # the same page: open 'for 28 days commencing 18 February 2025' (which would end on 17 or 18 March) 'and ending on 20 March 2025': of two ends given, the later counts (CONVENTIONS 6.2; 1.1 and 3.4 give the window's end): 20 March 2025 23:59:59 AEDT
    B(
        text="Consultation will be open for 28 days commencing 18 February 2025 and ending on 20 March 2025.",
        due="2025-03-20 12:59:59",
        vague=False,
        said="2025-02-17 23:00:00",
        tz="Australia/Melbourne",
        cluster=3,
        source=_OVIC,
        published="2025-02-18",
    ),
    # Office of the Victorian Information Commissioner, news item 'New changes to Victoria’s Freedom of Information and Privacy Laws' (ovic.vic.gov.au/?p=51518), with the site's banner above it. The opening carries no date; the Act 'recently commenced' and its changes 'take effect on 11 September 2024', so the item is taken as 11 September 2024, 10:00 AEST; zone Australia/Melbourne. The banner's 12 September 2020 (a Saturday, though the page says Monday) is long gone at that date: past
    B(
        text="From Monday 12 September 2020, OVIC's website will no longer be supported in Internet Explorer (IE).",
        due=None,
        vague=False,
        said="2024-09-11 00:00:00",
        tz="Australia/Melbourne",
        refusal="past",
        cluster=5,
        source=_OVICN,
        published="2024-09-11",
    ),
    # the same item: the Act 'recently commenced', done: past
    B(
        text="The Justice Legislation Amendment (Integrity, Defamation and Other Matters) Act 2024 (the Act) recently commenced.",
        due=None,
        vague=False,
        said="2024-09-11 00:00:00",
        tz="Australia/Melbourne",
        refusal="past",
        cluster=5,
        source=_OVICN,
        published="2024-09-11",
    ),
    # the same item: the years name the Acts, no time set for any act: due None
    B(
        text="The Act makes changes to both the Freedom of information Act 1982 (Vic) (FOI Act) and the Privacy and Data Protection Act 2014 (Vic) (PDP Act).",
        due=None,
        vague=False,
        said="2024-09-11 00:00:00",
        tz="Australia/Melbourne",
        cluster=1,
        source=_OVICN,
        published="2024-09-11",
    ),
    # the same item: changes 'take effect on 11 September 2024', a date of effect (CONVENTIONS 3.1): 11 September 2024 23:59:59 AEST. unsure: the page's own date is not in its opening; published after that day, a careful reader would give past
    B(
        text="These changes take effect on 11 September 2024.",
        due="2024-09-11 13:59:59",
        vague=False,
        said="2024-09-11 00:00:00",
        tz="Australia/Melbourne",
        cluster=6,
        source=_OVICN,
        published="2024-09-11",
    ),
    # the same item: 'currently updating' has no end in the sentence: due None
    B(
        text="OVIC is currently updating its FOI and privacy guidance, to reflect the changes.",
        due=None,
        vague=False,
        said="2024-09-11 00:00:00",
        tz="Australia/Melbourne",
        cluster=1,
        source=_OVICN,
        published="2024-09-11",
    ),
    # the same item, a point of the list: 'now extends' is a present state: due None
    B(
        text="Section 14(1)(a) now extends to documents made publicly available free of charge, as well as for a fee or other charge.",
        due=None,
        vague=False,
        said="2024-09-11 00:00:00",
        tz="Australia/Melbourne",
        cluster=1,
        source=_OVICN,
        published="2024-09-11",
    ),
    # the same list: 'no longer required' is a present state: due None
    B(
        text="This means that agencies are no longer required to publish information about reading rooms and libraries in their Part II Statements.",
        due=None,
        vague=False,
        said="2024-09-11 00:00:00",
        tz="Australia/Melbourne",
        cluster=1,
        source=_OVICN,
        published="2024-09-11",
    ),
    # the same list: 'now has more power' is a present state: due None
    B(
        text="The Information Commissioner now has more power to resolve a review informally.",
        due=None,
        vague=False,
        said="2024-09-11 00:00:00",
        tz="Australia/Melbourne",
        cluster=1,
        source=_OVICN,
        published="2024-09-11",
    ),
    # US National Park Service, the leads of park news releases on 'Us National Park Service: Recent News' (thefederalnewswire.com, page 5), US federal works (public domain). The page carries no date of its own; its newest item is a cancellation for Friday 3 March 2023, so it is taken as Thursday 2 March 2023 10:00 EST (the moment of speaking of every item; each case takes its park's zone). The visits 'have been cancelled for Friday, March 3rd': a called-off time with no new one: negated (CONVENTIONS 4.1); zone America/Chicago (Indiana Dunes)
    B(
        text="Due to the winter storm watch issued for Northwest Indiana the concession site visits at Portage Lakefront and West Beach have been cancelled for Friday, March 3rd.",
        due=None,
        vague=False,
        said="2023-03-02 15:00:00",
        tz="America/Chicago",
        refusal="negated",
        cluster=5,
        source=_NPS,
        published="2023-03-02",
    ),
    # the same page: burns 'on March 4 and 5, 2023', a list of days falls due at its later end (CONVENTIONS 6.1); zone America/Chicago (Gulf Islands, Mississippi): 5 March 2023 23:59:59 CST
    B(
        text="Gulf Islands National Seashore plans to conduct prescribed burns within the Davis Bayou Area near Ocean Springs, Mississippi, on March 4 and 5, 2023.",
        due="2023-03-06 05:59:59",
        vague=False,
        said="2023-03-02 15:00:00",
        tz="America/Chicago",
        cluster=3,
        source=_NPS,
        published="2023-03-02",
    ),
    # the same page (no full stop, as the page has it): 'On Saturday, April 1' (2023, a Saturday indeed), a one-off event (CONVENTIONS 3.1); zone America/New_York (Virginia): 1 April 2023 23:59:59 EDT
    B(
        text="On Saturday, April 1, Appomattox Court House National Historical Park will participate in the 27th annual Park Day, sponsored by the American Battlefield Trust",
        due="2023-04-02 03:59:59",
        vague=False,
        said="2023-03-02 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NPS,
        published="2023-03-02",
    ),
    # the same page: lanes closed 'On Sunday, March 5, 2023' to remove a vehicle, a one-off act on a day (CONVENTIONS 3.1); zone America/New_York: 5 March 2023 23:59:59 EST
    B(
        text="On Sunday, March 5, 2023, the National Park Service (NPS) will close both northbound lanes of the George Washington Memorial Parkway to remove an abandoned vehicle that is below the road near the Potomac River.",
        due="2023-03-06 04:59:59",
        vague=False,
        said="2023-03-02 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NPS,
        published="2023-03-02",
    ),
    # the same page: the winter season 'starts to wrap up March 5' as roads begin to close, a one-off start on a day (CONVENTIONS 3.1, 3.1a); zone America/Denver (Yellowstone): 5 March 2023 23:59:59 MST
    B(
        text="Yellowstone National Park’s winter season starts to wrap up March 5 as roads begin to close to the public.",
        due="2023-03-06 06:59:59",
        vague=False,
        said="2023-03-02 15:00:00",
        tz="America/Denver",
        cluster=6,
        source=_NPS,
        published="2023-03-02",
    ),
    # the same item: roads close 'By March 15 at 9 p.m.', a clock time on a date; zone America/Denver (MDT from 12 March): 15 March 2023 21:00 MDT
    B(
        text="By March 15 at 9 p.m., most park roads will close including the South, West and East entrances.",
        due="2023-03-16 03:00:00",
        vague=False,
        said="2023-03-02 15:00:00",
        tz="America/Denver",
        cluster=2,
        source=_NPS,
        published="2023-03-02",
    ),
    # the same page: a closure 'beginning March 1, 2023' is a restriction taking effect on a date (CONVENTIONS 3.1a); zone America/Denver (Zion, Utah): 1 March 2023 23:59:59 MST, less than a day before the moment of speaking taken for the page, so not past (the parser's docstring calls past only a result more than a day before). unsure: a careful reader could give past (the item was older than the page)
    B(
        text="Climbing routes on cliffs used by nesting raptors in Zion National Park will be temporarily closed beginning March 1, 2023.",
        due="2023-03-02 06:59:59",
        vague=False,
        said="2023-03-02 15:00:00",
        tz="America/Denver",
        cluster=6,
        source=_NPS,
        published="2023-03-02",
    ),
    # the same page: an arrangement 'signed ... on February 14, 2023', told of the past: past; zone America/Denver (El Paso, Texas)
    B(
        text="Chamizal National Memorial Superintendent Aaron Mahr and Ciudad Juárez Mayor Cruz Pérez Cuéllar signed an arrangement on February 14, 2023 to formally recognize their respective Chamizal parks as “sister parks.”",
        due=None,
        vague=False,
        said="2023-03-02 15:00:00",
        tz="America/Denver",
        refusal="past",
        cluster=5,
        source=_NPS,
        published="2023-03-02",
    ),
    # the same page: records set 'in 2022', told of the past: past; zone America/New_York (Cambridge, Massachusetts)
    B(
        text="Longfellow House-Washington’s Headquarters National Historic Site was among twelve National Park Service sites that set annual visitation records in 2022.",
        due=None,
        vague=False,
        said="2023-03-02 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NPS,
        published="2023-03-02",
    ),
    # the same page: '2023' names the report; the release is told as it happens, with no day word: due None. unsure: a careful reader could give the end of the day of speaking (the act done as it is told, CONVENTIONS 2.1 by analogy)
    B(
        text="Yellowstone National Park is pleased to release its 2023 State of the Park report.",
        due=None,
        vague=False,
        said="2023-03-02 15:00:00",
        tz="America/Denver",
        cluster=1,
        source=_NPS,
        published="2023-03-02",
    ),
    # NOAA Fisheries, 'NOAA Fish News - March 28, 2018' (an email bulletin posted in full by a blog; US federal work, public domain); two openings of the page were returned, the second repeating the first item; item titles run into the first sentence in the stored text and are left out (headings); zone America/New_York for the national items, America/Anchorage for Alaska and America/Los_Angeles for the West Coast; said at 10:00 EDT on 28 March 2018. '2018' names the Act; 'is working to allocate' sets no time: due None
    B(
        text="The Bipartisan Budget Act of 2018 included funding for fishery disasters resulting from Hurricanes Maria, Irma, and Harvey, and NOAA is working to allocate funding.",
        due=None,
        vague=False,
        said="2018-03-28 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NOAA,
        published="2018-03-28",
    ),
    # the same bulletin: courses 'scheduled throughout the year', a standing pattern: recurring (CONVENTIONS 1.3)
    B(
        text="Regular courses (open enrollment) are scheduled throughout the year in all of our regions.",
        due=None,
        vague=False,
        said="2018-03-28 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NOAA,
        published="2018-03-28",
    ),
    # the same bulletin ('effectiveMarch' run together as the page has it): a prohibition effective March 23 (2018), five days before the bulletin: past (CONVENTIONS 3.1a gives the day; it is gone)
    B(
        text="NOAA Fisheries is prohibiting directed fishing for pollock in Statistical Area 620 in the Gulf of Alaska, effectiveMarch 23.",
        due=None,
        vague=False,
        said="2018-03-28 14:00:00",
        tz="America/Anchorage",
        refusal="past",
        cluster=5,
        source=_NOAA,
        published="2018-03-28",
    ),
    # the same item: 'the B season' and '2018' name a season and a year's catch, no time set for any act: due None
    B(
        text="This action is necessary to prevent exceeding the B season allowance of the 2018 total allowable catch of pollock in this area.",
        due=None,
        vague=False,
        said="2018-03-28 14:00:00",
        tz="America/Anchorage",
        cluster=1,
        source=_NOAA,
        published="2018-03-28",
    ),
    # the same bulletin, second opening: a prohibition 'effective March 23, 2018, through April 1, 2018', kept in force to a date (CONVENTIONS 3.3; a range at its later end, 6.1); zone America/Anchorage: 1 April 2018 23:59:59 AKDT
    B(
        text="NOAA Fisheries is prohibiting directed fishing for species that comprise the deep-water species fishery by vessels using trawl gear in the Gulf of Alaska, effective March 23, 2018, through April 1, 2018.",
        due="2018-04-02 07:59:59",
        vague=False,
        said="2018-03-28 14:00:00",
        tz="America/Anchorage",
        cluster=3,
        source=_NOAA,
        published="2018-03-28",
    ),
    # the same opening: comments 'By April 19' (2018), the day's end; zone America/Anchorage (an Alaska rule): 19 April 2018 23:59:59 AKDT
    B(
        text="By April 19, please submit your comments on an interim final rule to establish regulations for 2018 Pacific halibut catch limits in International Pacific Halibut Commission regulatory areas 2C (Southeast Alaska), 3A (Central Gulf of Alaska), 3B (Western Gulf of Alaska), and Area 4.",
        due="2018-04-20 07:59:59",
        vague=False,
        said="2018-03-28 14:00:00",
        tz="America/Anchorage",
        cluster=6,
        source=_NOAA,
        published="2018-03-28",
    ),
    # the same opening, West Coast item: 'We took this unusual step ... after ...', told of the past ('long-term' and '2018' set no time): past; zone America/Los_Angeles
    B(
        text="We took this unusual step to maintain the long-term health of the Pacific halibut stock after the International Pacific Halibut Commission was unable to agree on new 2018 catch limits.",
        due=None,
        vague=False,
        said="2018-03-28 14:00:00",
        tz="America/Los_Angeles",
        refusal="past",
        cluster=5,
        source=_NOAA,
        published="2018-03-28",
    ),
)
