"""A HUNDRED-AND-THIRTY-FIRST fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-06 (UTC) between 02:31 and about 02:45 by the machine's clock, by a
labelling helper (branch issue12l131-s52) that neither changed, imported nor ran the parser, working at
the same time as the other labellers of stop 52 (fresh130, fresh132, fresh133), whose claims in the
shared claims file were treated as used and whose files and README sections were not opened. It read
`CONVENTIONS.md` in full, the docstring, comments, some cases and README section of
`blind_fresh129.py`, the top docstring of the parser package only (vague windows, early/mid/late
thirds, meteorological seasons, year-less dates as their next occurrence) and the docstring of
`tests/data/fresh_check.py`; nothing else of `bot/` was opened. The brief asked for US federal agencies
in several US time zones (FAA and FHWA notices, Army Corps of Engineers districts, BLM and Fish and
Wildlife Service field offices, NOAA Fisheries, FEMA regions, the Federal Register, IRS and SBA
deadline notices, Veterans Affairs, the Coast Guard); the whole set may be from the United States, with
at least eight publishers (none above a fifth of the cases) and at least four time zones; about 90
cases (at least 70) by 03:15 UTC.

The set quotes nine US federal publishers, all works of the US federal government (public domain, 17
U.S.C. 105): the US Army Corps of Engineers 17 (18.5%: the Omaha District 4, the Alaska District 13),
the Bureau of Land Management 14 (15.2%: Idaho 4, Alaska 10), the US Coast Guard 14 (15.2%: the 14th
District in Honolulu 12, San Francisco 2), NOAA Fisheries 13 (14.1%, Pacific Islands Region), the US
Fish and Wildlife Service 13 (14.1%, Alaska Region), the Small Business Administration 10 (10.9%), FEMA
7 (7.6%), the Federal Aviation Administration 2 and the Federal Highway Administration 2. 92 cases, all
92 (100%) from the United States, in seven zones: America/Anchorage 36, Pacific/Honolulu 25,
America/Los_Angeles 12, America/New_York 9, America/Chicago 4, America/Boise 4, America/Denver 2.
Five Federal Register documents are quoted (NOAA Fisheries twice, the FAA, the Coast Guard, the FHWA).
No IRS, Veterans Affairs or territorial page was taken: the ones the store returned were news sites'
or tax firms' own words, not the agencies'. Dropped: the FEMA releases the store returned first (a
Missouri release of 2011 and a Pasadena release of 2003), the Federal Register copy of an FAA comment
extension of 2004, two Coast Guard Long Island Sound rules, a NOAA Hawaii longline rule of 2000 and a
BLM e-planning scoping page were found used by `fresh_check.py` and not taken; an FHWA notice on
Seattle's SR 520 (81 FR 89569) was claimed but its opening ends before its deadline sentence, so none
of it was used; and two claimed pages of the Corps (the Omaha District's notices page 31 and a
usace.army.mil 'public comment' tag page) were left out whole to keep the Corps at most a fifth,
and damontucker.com's copy of a Coast Guard notice of 2016 was claimed and not needed. On
the Fish and Wildlife Service 'places' page, two items whose year could not be established (a virtual
bird festival 'on September 24-28' and a playlist 'Between now and National Wildlife Refuges Week in
October') were left out. See README.md ("Hundred-and-thirty-first fresh blind set") for every address,
publisher and licence.

Every sentence quoted holds a time word of some kind (a date, a clock time, a weekday, a season, a
period, a span, a year, "today", "currently", "since", "until", "when", "whenever", "every year",
"at any time", "in the future", "long-term", "temporary", "prior to", "after"); sentences of the
openings read that hold none, and those whose only time word is "when" of a plain condition, were
skipped, as were titles, headings, date lines, captions, contact lines, sentences cut off by the end
of an opening and the words of carrying sites (alaska-native-news.com's date line, coastguardnews.com's
run-in "Coast Guard District 14 News" and the caption before a release). The agencies' own datelines
("HONOLULU —", "SACRAMENTO, Calif. –", "BOISE, Idaho –") stay. The Federal Register's DATES line is
quoted without its label "DATES:", and two list items without their run-in leads ("Disaster
Unemployment Assistance:", "Blue Roof program:"). Lines of plain-text pages are joined with single
spaces; everything else (double spaces, backquotes, a stray full stop, a double full stop, an opening
quotation mark without its close, curly and straight quotation marks) stays as the pages have it. The
sentences were found with a search over stored copies of public pages and taken as they came in the
openings the search returns, in page order.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was checked
with the lead's `fresh_check.py` and claimed (`fresh131`) in `/work/helper-brief/claims.txt` before its
quotes were kept. Every sentence was then checked whole with the same tool: none was found used. Each
label was worked out by hand from the words, the publication date and the publisher's zone; local
instants were converted to UTC, and weekdays and day counts were checked, with Python's zoneinfo and
datetime in a scratch script outside the repository, never with code of the project. No run of
`parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the tests touched these texts before the
labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh129.py`: the publication date at 10:00 local time unless the page gives an hour; where a
page carries no date in its opening (list pages of the Corps and the BLM, Coast Guard releases carried
by coastguardnews.com, a BLM release without a date line), the one its words give, and each page's
first comment says which and why; items of a list page that carry their own date lines (NOAA's
comment page, the Fish and Wildlife Service's archive) are read at those dates; a day falls due at
23:59:59 local; the publisher's zone is kept where the place lies in another (the SBA's Sacramento
office for Hawaii deadlines, FEMA's Tallahassee office for Panhandle counties in Central time, the
Omaha District for a Montana reservoir); a year-less date is its next occurrence; "mid-2017" is May to
August; "the coming years" is the three-year vague window and "effective immediately" the seven-day
one (CONVENTIONS 5.1); a zone, rule or closure in effect "through" or "to" a time falls due at the later
end (CONVENTIONS 3.3, 6.1); "beginning" a day and "as early as" are earliest (CONVENTIONS 3.2); a rule
taking effect or an opening on a day is due that day (CONVENTIONS 3.1); a time put off to a new day
takes the new day (CONVENTIONS 4.1); done acts and times told of the past are past (CONVENTIONS 2.4);
"Today" on a verb of speaking is not the deadline (CONVENTIONS 2.2); standing rules and yearly patterns
("every year", "whenever", "Generally", "each fishing year", loan terms, security zones for every
transit) are recurring, times hung on an undated event ("while construction efforts are underway",
"prior to a decision being issued", "after your claims have been settled", "When enforced") event
(CONVENTIONS 1.3); refusals have `due=None` and a `refusal` kind; a sentence whose time words set no
time for any act has `due=None` and no refusal word (12 such). Clusters as in `blind_fresh129.py`: 1 no
time set, 2 clock times, 3 ranges and several dates, 4 periods and windows, 5 refusals, 6 plain days
and dates. 45 labels are refusals (recurring 21, past 12, event 9, earliest 3), 2 are vague; 33 labels
carry a definite due instant; 19 are marked "unsure" and name the other reading; like every label here
they stay as committed, whatever the first run shows. First run: not yet taken (the lead runs it once,
after merging, and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_USACENWO = "https://www.nwo.usace.army.mil/Missions/Civil-Works/Planning/Public-Involvement-Notices/?Page=21"
_USACEPOA5 = "https://www.poa.usace.army.mil/Media/News-Releases/?Page=5"
_USACEPOA3 = "http://www.poa.usace.army.mil/Media/News-Releases/?Page=3"
_NOAAPIR = "https://webarchive.library.unt.edu/web/20170107105804/http:/www.fpir.noaa.gov/SFD/SFD_regs_1.html"
_NOAA10 = "http://edocket.access.gpo.gov/2010/2010-7619.htm"
_NOAA08 = "https://regulations.justia.com/regulations/fedreg/2008/08/27/E8-19870.html"
_FWSARCH = "https://www.fws.gov/alaska/index_archive.htm"
_FWSPLACES = "https://www.fws.gov/alaska/places"
_FWS09 = "http://eot.us.archive.org/eot/20090109013225/alaska.fws.gov/"
_SBA25 = "https://sba.gov/article/2025/02/14/sba-relief-still-available-hawaii-private-nonprofits-affected-april-storms"
_SBA23 = "https://www.sba.gov/article/2023/12/11/sba-grants-45-day-grace-period-help-maui-residents-businesses-apply-disaster-loan-assistance"
_FEMAFL = "https://fema.gov/print/txt/node/339602"
_BLMID = (
    "https://blm.gov/press-release/blm-extends-scoping-period-silver-city-travel-management-plan"
)
_BLMAK20 = (
    "https://alaska-native-news.com/blm-alaska-recreation-sites-open-for-summer-season/49058/"
)
_BLMAK24 = "https://blm.gov/press-release?page=1&term_node_tid_depth%5B0%5D=17"
_FAA16 = "https://thefederalregister.org/81-FR/67046"
_USCGSF = "https://thefederalregister.org/82-FR/53418"
_USCGNS = "https://coastguardnews.com/coast-guard-to-enforce-safety-zone-off-north-shore-oahu/"
_USCGWO = "https://coastguardnews.com/coast-guard-to-enforce-west-oahu-security-zone/"
_USCGKA = (
    "https://coastguardnews.com/coast-guard-partner-agencies-to-enforce-kahului-security-zone/"
)
_FHWACO = "https://thefederalregister.org/82-FR/10430"

FRESH131_CASES: tuple[BlindCase, ...] = (
    # US Army Corps of Engineers, Omaha District (US federal work, public domain, 17 U.S.C. 105), list page of public involvement notices on nwo.usace.army.mil; zone America/Chicago (the district's seat, Omaha). The list page carries no dates; its items lie between a meeting notice for Tuesday 26 January 2016 and comment deadlines of 1 and 12 April 2016, so it is read as published on 1 March 2016 at 10:00 CST (any day from 27 January to 15 March 2016 gives the same labels). 'currently available' sets no time for any act: due None, no refusal word. The stray full stop after 'Nebraska' is the page's
    B(
        text="A draft feasibility report and environmental assessment (EA) for stream bank restoration near Monroe, Nebraska. is currently available for public review.",
        due=None,
        vague=False,
        said="2016-03-01 16:00:00",
        tz="America/Chicago",
        cluster=1,
        source=_USACENWO,
        published="2016-03-01",
    ),
    # the same page: a comment deadline on a dated day, due at its end (publisher's zone, Central) [local due 2016-04-01 23:59:59]
    B(
        text="Comments must be postmarked or received no later than April 1, 2016.",
        due="2016-04-02 04:59:59",
        vague=False,
        said="2016-03-01 16:00:00",
        tz="America/Chicago",
        cluster=6,
        source=_USACENWO,
        published="2016-03-01",
    ),
    # the same page (Fort Peck Reservoir, Montana, but comments go to the Omaha District, so the district's Central zone is kept): a year-less date is its next occurrence after 1 March 2016. unsure: the reservoir lies in Mountain time; a reader taking the place's zone would put it an hour later (the publisher's zone is this set's convention) [local due 2016-04-12 23:59:59]
    B(
        text="Comments must be postmarked or received no later than April 12.",
        due="2016-04-13 04:59:59",
        vague=False,
        said="2016-03-01 16:00:00",
        tz="America/Chicago",
        cluster=6,
        source=_USACENWO,
        published="2016-03-01",
    ),
    # the same page: the invitation is done, the participation in the meeting is the act; a meeting from 4:30 to 6:30 p.m. on a dated Tuesday falls due at its later end (CONVENTIONS 6.1); 15 March 2016 is a Tuesday and daylight time (CDT) had begun on 13 March [local due 2016-03-15 18:30:00]
    B(
        text="The U.S. Army Corps of Engineers has been invited by the Lincoln/Lancaster County Railroad Transportation Safety District to participate in an open house public meeting on Tuesday, March 15, 2016 from 4:30 to 6:30 p.m. at the Nebraska Educational Telecommunications Building, 1800 N. 33rd Street, Lincoln, Nebraska.",
        due="2016-03-15 23:30:00",
        vague=False,
        said="2016-03-01 16:00:00",
        tz="America/Chicago",
        cluster=2,
        source=_USACENWO,
        published="2016-03-01",
    ),
    # US Army Corps of Engineers, Alaska District (public domain, 17 U.S.C. 105), news release list page on poa.usace.army.mil; zone America/Anchorage. The list carries no dates; 'Friday, July 29' fixes the year to 2022 (29 July 2022 is a Friday) and the items around it (record snowpack of spring 2022) agree, so the page is read as published on Wednesday 20 July 2022 at 10:00 AKDT (any day of 2022 before 29 July gives the same labels). An open house from 11 a.m. to 3 p.m. falls due at its later end (CONVENTIONS 6.1) [local due 2022-07-29 15:00:00]
    B(
        text="The U.S. Army Corps of Engineers – Alaska District will host a public open house to showcase the Moose Creek Dam Barrier Wall Modification Project on Friday, July 29, from 11 a.m. to 3 p.m. at the Chena River Lakes Flood Control Project in North Pole.",
        due="2022-07-29 23:00:00",
        vague=False,
        said="2022-07-20 18:00:00",
        tz="America/Anchorage",
        cluster=2,
        source=_USACEPOA5,
        published="2022-07-20",
    ),
    # the same page: the closure runs 'while construction efforts are underway', an undated event: event (CONVENTIONS 1.3)
    B(
        text="Two recreation areas will be temporarily closed to visitors while construction efforts are underway at the Chena River Lakes Flood Control Project in North Pole.",
        due=None,
        vague=False,
        said="2022-07-20 18:00:00",
        tz="America/Anchorage",
        refusal="event",
        cluster=5,
        source=_USACEPOA5,
        published="2022-07-20",
    ),
    # the same page: a practice of every spring, with no start of its own: recurring (CONVENTIONS 1.3)
    B(
        text="When days become longer and temperatures get warmer in the interior region of the state near Fairbanks, the U.S. Army Corps of Engineers – Alaska District uses snow survey data to forecast potential flood conditions on the Chena River during the spring breakup season.",
        due=None,
        vague=False,
        said="2022-07-20 18:00:00",
        tz="America/Anchorage",
        refusal="recurring",
        cluster=5,
        source=_USACEPOA5,
        published="2022-07-20",
    ),
    # the same page: 'until the system breaks' sets no time for any act: due None, no refusal word
    B(
        text="Something not often thought about is how buildings are heated on military installations in Alaska – that is, until the system breaks.",
        due=None,
        vague=False,
        said="2022-07-20 18:00:00",
        tz="America/Anchorage",
        cluster=1,
        source=_USACEPOA5,
        published="2022-07-20",
    ),
    # the same page: a state told from the past ('has kept ... since the Cold War'), nothing left to fall due: past (CONVENTIONS 2.4)
    B(
        text="At King Salmon Air Force Station, a central steam plant has kept the heat running since the Cold War.",
        due=None,
        vague=False,
        said="2022-07-20 18:00:00",
        tz="America/Anchorage",
        refusal="past",
        cluster=5,
        source=_USACEPOA5,
        published="2022-07-20",
    ),
    # the same page: 'as the years have gone on' sets no time for any act: due None, no refusal word
    B(
        text="But, as the years have gone on, the job of keeping it operational has become increasingly difficult.",
        due=None,
        vague=False,
        said="2022-07-20 18:00:00",
        tz="America/Anchorage",
        cluster=1,
        source=_USACEPOA5,
        published="2022-07-20",
    ),
    # the same page: the times told are of the past: past
    B(
        text="Across the vast state of Alaska, small parcels of federal land host buildings used by the Alaska Army National Guard after World War II and during the Cold War.",
        due=None,
        vague=False,
        said="2022-07-20 18:00:00",
        tz="America/Anchorage",
        refusal="past",
        cluster=5,
        source=_USACEPOA5,
        published="2022-07-20",
    ),
    # US Army Corps of Engineers, Alaska District (public domain), another news release list page on poa.usace.army.mil; zone America/Anchorage. The list carries no dates; its newest item looks to 'Thursday, April 6' (a Thursday in 2023) and the oldest tells of 21 December 2022, so the page is read as published on Monday 3 April 2023 at 10:00 AKDT. 'assumed duties ... in March' is done: past
    B(
        text="Sara Longan assumed duties as the chief of the Regulatory Division for the U.S. Army Corps of Engineers – Alaska District in March.",
        due=None,
        vague=False,
        said="2023-04-03 18:00:00",
        tz="America/Anchorage",
        refusal="past",
        cluster=5,
        source=_USACEPOA3,
        published="2023-04-03",
    ),
    # the same page: told of the past: past
    B(
        text="Previously, she served as the deputy chief of the Regulatory Division since January 2022.",
        due=None,
        vague=False,
        said="2023-04-03 18:00:00",
        tz="America/Anchorage",
        refusal="past",
        cluster=5,
        source=_USACEPOA3,
        published="2023-04-03",
    ),
    # the same page: a service available 'beginning' a day is an ongoing offer given only its start: earliest, 6 April 2023 00:00 AKDT (CONVENTIONS 3.2)
    B(
        text="The U.S. Army Corps of Engineers – Alaska District is available to answer Regulatory program permitting questions at the Matanuska-Susitna Borough’s one-stop permit center beginning Thursday, April 6.",
        due=None,
        vague=False,
        said="2023-04-03 18:00:00",
        tz="America/Anchorage",
        refusal="earliest",
        earliest="2023-04-06 08:00:00",
        cluster=5,
        source=_USACEPOA3,
        published="2023-04-03",
    ),
    # the same page (the dateline is the Corps' own): a done transfer on a past date: past
    B(
        text="JOINT BASE ELMENDORF-RICHARDSON -- The U.S. Army Corps of Engineers – Alaska District transferred ownership of an Army National Guard armory to the community of Scammon Bay on Dec. 21, 2022.",
        due=None,
        vague=False,
        said="2023-04-03 18:00:00",
        tz="America/Anchorage",
        refusal="past",
        cluster=5,
        source=_USACEPOA3,
        published="2023-04-03",
    ),
    # the same page: 'the coming years' is the three-year vague window from speaking (parser docstring; CONVENTIONS 5.1). unsure: this item's own release followed the 21 December 2022 transfer and may be weeks older than the page's reading date of 3 April 2023, which would move the window's end earlier by as much [local due 2026-04-03 23:59:59]
    B(
        text="Eight more facilities are scheduled for turnover in the coming years.",
        due="2026-04-04 07:59:59",
        vague=True,
        said="2023-04-03 18:00:00",
        tz="America/Anchorage",
        cluster=4,
        source=_USACEPOA3,
        published="2023-04-03",
    ),
    # the same page: 'Today ... denied' tells of an act already done when the words were written, nothing left to fall due: past (CONVENTIONS 2.4, the simple past read like the perfect). unsure: a reader could read 'Today' on the act as due at the end of that day (CONVENTIONS 2.1)
    B(
        text="Today, the U.S. Army Corps of Engineers – Alaska District denied IPOP, LLC’s permit application to dredge and dispose of material in wetlands and waterways of the U.S. near Nome, Alaska.",
        due=None,
        vague=False,
        said="2023-04-03 18:00:00",
        tz="America/Anchorage",
        refusal="past",
        cluster=5,
        source=_USACEPOA3,
        published="2023-04-03",
    ),
    # NOAA Fisheries, Pacific Islands Regional Office (public domain, 17 U.S.C. 105), 'Seeking Public Comment' page of fpir.noaa.gov as archived on 7 January 2017 by the UNT web archive (the archive keeps a later capture of the page: its first item is dated January 18, 2017); zone Pacific/Honolulu. Each list item is read at its own date line at 10:00 HST: this one 18 January 2017. Fishing year 2016 (1 January to 31 December 2016, as the next sentence says) was over when this was written: past. unsure: a reader could call a proposal 'would be effective' no undertaking at all (due None, no refusal word, CONVENTIONS 4.2)
    B(
        text="The proposed ACLs and AMs would be effective for fishing year 2016.",
        due=None,
        vague=False,
        said="2017-01-18 20:00:00",
        tz="Pacific/Honolulu",
        refusal="past",
        cluster=5,
        source=_NOAAPIR,
        published="2017-01-18",
    ),
    # the same item: the fishing year's bounds are a standing rule of every year: recurring (CONVENTIONS 1.3)
    B(
        text="The fishing year for each fishery begins on January 1 and ends on December 31, except for precious coral fisheries, which begin July 1 and end on June 30 the following year.",
        due=None,
        vague=False,
        said="2017-01-18 20:00:00",
        tz="Pacific/Honolulu",
        refusal="recurring",
        cluster=5,
        source=_NOAAPIR,
        published="2017-01-18",
    ),
    # the same item: 'mid-2017' is the middle third of the year, May to August, due at its end (parser docstring, early/mid/late). unsure: the evaluation is hung on 'when data become available', which a reader could call an undated event (CONVENTIONS 5.2), 'in mid-2017' dating only the data [local due 2017-08-31 23:59:59]
    B(
        text="Although the 2016 fishing year has ended for most stocks, we will evaluate 2016 catches against these proposed ACLs when data become available in mid-2017.",
        due="2017-09-01 09:59:59",
        vague=False,
        said="2017-01-18 20:00:00",
        tz="Pacific/Honolulu",
        cluster=4,
        source=_NOAAPIR,
        published="2017-01-18",
    ),
    # the same item: 'long-term' sets no time for any act: due None, no refusal word
    B(
        text="The proposed ACLs and AMs support the long-term sustainability of fishery resources of the U.S. Pacific Islands.",
        due=None,
        vague=False,
        said="2017-01-18 20:00:00",
        tz="Pacific/Honolulu",
        cluster=1,
        source=_NOAAPIR,
        published="2017-01-18",
    ),
    # the same item: a comment deadline on a dated day, due at its end (HST) [local due 2017-02-02 23:59:59]
    B(
        text="NOAA Fisheries must receive comments by February 2, 2017.",
        due="2017-02-03 09:59:59",
        vague=False,
        said="2017-01-18 20:00:00",
        tz="Pacific/Honolulu",
        cluster=6,
        source=_NOAAPIR,
        published="2017-01-18",
    ),
    # the same page, the item dated May 25, 2016 (read at 10:00 HST that day; the double full stop is the page's): a limit set for calendar year 2016 is kept to the year's end (CONVENTIONS 3.3). unsure: a reader could take 'publishes' as the act, done on the item's day (due at the end of 25 May 2016, CONVENTIONS 2.1), or see a limit over a year as no deadline [local due 2016-12-31 23:59:59]
    B(
        text="NOAA Fisheries publishes an interim rule establishing a limit of 1,828 fishing days for calendar year 2016 on fishing effort by U.S. purse seine vessels in the U.S. exclusive economic zone and on the high seas between the latitudes of 20° N. and 20° S. in the area of application of the Convention on the Conservation and Management of Highly Migratory Fish Stocks in the Western and Central Pacific Ocean..",
        due="2017-01-01 09:59:59",
        vague=False,
        said="2016-05-25 20:00:00",
        tz="Pacific/Honolulu",
        cluster=4,
        source=_NOAAPIR,
        published="2016-05-25",
    ),
    # the same item: a rule taking effect on a date is due that day (CONVENTIONS 3.1) [local due 2016-05-25 23:59:59]
    B(
        text="This interim rule is effective May 25, 2016.",
        due="2016-05-26 09:59:59",
        vague=False,
        said="2016-05-25 20:00:00",
        tz="Pacific/Honolulu",
        cluster=6,
        source=_NOAAPIR,
        published="2016-05-25",
    ),
    # the same item: a comment deadline, due at the end of the day [local due 2016-06-24 23:59:59]
    B(
        text="Comments must be submitted by June 24, 2016.",
        due="2016-06-25 09:59:59",
        vague=False,
        said="2016-05-25 20:00:00",
        tz="Pacific/Honolulu",
        cluster=6,
        source=_NOAAPIR,
        published="2016-05-25",
    ),
    # NOAA Fisheries (NMFS, public domain), temporary rule in the Federal Register of Monday 5 April 2010 (75 FR 17070, FR Doc 2010-7619) on the GPO's edocket; zone Pacific/Honolulu (the Pacific Islands Region; the rule concerns Hawaii). Read at 10:00 HST on 5 April 2010; the lines of the plain-text page are joined with single spaces and its double backquotes kept. 'the 2009-10 fishing year' names the year whose catch was reached, not a time for the closing: due None, no refusal word. unsure: a reader could say the closure runs to the end of that fishing year (31 August 2010, CONVENTIONS 3.3)
    B(
        text="NMFS is closing the commercial and non-commercial fisheries in the Main Hawaiian Islands fishery for seven deepwater bottomfish species (``Deep 7'' bottomfish) as a result of reaching the total allowable catch (TAC) for the 2009-10 fishing year.",
        due=None,
        vague=False,
        said="2010-04-05 20:00:00",
        tz="Pacific/Honolulu",
        cluster=1,
        source=_NOAA10,
        published="2010-04-05",
    ),
    # the same rule (its DATES line, without the label 'DATES:'): a closure in effect through a date falls due at the later end (CONVENTIONS 3.3, 6.1) [local due 2010-08-31 23:59:59]
    B(
        text="Effective April 20, 2010, through August 31, 2010.",
        due="2010-09-01 09:59:59",
        vague=False,
        said="2010-04-05 20:00:00",
        tz="Pacific/Honolulu",
        cluster=3,
        source=_NOAA10,
        published="2010-04-05",
    ),
    # the same rule (the double space after 'Sec.' is the page's): a limit set for each fishing year is a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="The regulations at Sec.  665.211 authorize NMFS and the Council to set a TAC limit for Deep 7 bottomfish for the fishing year, based on the best available scientific, commercial, and other information, and taking into account the associated risk of overfishing.",
        due=None,
        vague=False,
        said="2010-04-05 20:00:00",
        tz="Pacific/Honolulu",
        refusal="recurring",
        cluster=5,
        source=_NOAA10,
        published="2010-04-05",
    ),
    # NOAA Fisheries (NMFS, public domain), temporary rule in the Federal Register of Wednesday 27 August 2008 (73 FR 50572, FR Doc E8-19870) as carried by regulations.justia.com; zone Pacific/Honolulu; read at 10:00 HST on 27 August 2008. The opening is put off to a new day, which then counts: due at the end of 15 November 2008 (CONVENTIONS 4.1, 3.1). unsure: 'delaying until' could be read as a lower bound only, earliest 15 November 2008 00:00 HST (CONVENTIONS 3.2, 'not until') [local due 2008-11-15 23:59:59]
    B(
        text="NMFS is delaying until November 15, 2008, the opening of the commercial and non-commercial fisheries in the main Hawaiian Islands (MHI) for seven deepwater bottomfish species (‘‘Deep 7’’ bottomfish).",
        due="2008-11-16 09:59:59",
        vague=False,
        said="2008-08-27 20:00:00",
        tz="Pacific/Honolulu",
        cluster=6,
        source=_NOAA08,
        published="2008-08-27",
    ),
    # the same rule: a rule in effect through a date falls due at the later end (CONVENTIONS 3.3, 6.1) [local due 2008-11-14 23:59:59]
    B(
        text="This emergency rule is effective August 22, 2008 through November 14, 2008.",
        due="2008-11-15 09:59:59",
        vague=False,
        said="2008-08-27 20:00:00",
        tz="Pacific/Honolulu",
        cluster=3,
        source=_NOAA08,
        published="2008-08-27",
    ),
    # US Fish and Wildlife Service, Alaska Region (public domain, 17 U.S.C. 105), archived stories page on fws.gov/alaska; zone America/Anchorage. Each story is read at its own date line at 10:00 AKDT: this one March 30, 2018. Regulations taking effect on a date are due that day (CONVENTIONS 3.1) [local due 2018-04-02 23:59:59]
    B(
        text="The annual spring/summer federal subsistence migratory bird harvest regulations for 2018 will take effect on April 2.",
        due="2018-04-03 07:59:59",
        vague=False,
        said="2018-03-30 18:00:00",
        tz="America/Anchorage",
        cluster=6,
        source=_FWSARCH,
        published="2018-03-30",
    ),
    # the same page, the story dated March 12, 2018: a state of every winter: recurring (CONVENTIONS 1.3)
    B(
        text="The heart of Alaska is dark for most of the day at the height of winter.",
        due=None,
        vague=False,
        said="2018-03-12 18:00:00",
        tz="America/Anchorage",
        refusal="recurring",
        cluster=5,
        source=_FWSARCH,
        published="2018-03-12",
    ),
    # the same story: a span of every year, no start of its own: recurring
    B(
        text="From early November to early February, Fairbanks has fewer than seven hours of sunlight a day.",
        due=None,
        vague=False,
        said="2018-03-12 18:00:00",
        tz="America/Anchorage",
        refusal="recurring",
        cluster=5,
        source=_FWSARCH,
        published="2018-03-12",
    ),
    # the same story: a fact of every solstice: recurring
    B(
        text="On the winter solstice in late December, Fairbanks has 3 hours 41 minutes of sunlight.",
        due=None,
        vague=False,
        said="2018-03-12 18:00:00",
        tz="America/Anchorage",
        refusal="recurring",
        cluster=5,
        source=_FWSARCH,
        published="2018-03-12",
    ),
    # the same story: a yearly pattern: recurring
    B(
        text="In Alaska’s northernmost city, the sun sets in mid-November and doesn’t rise until mid-January.",
        due=None,
        vague=False,
        said="2018-03-12 18:00:00",
        tz="America/Anchorage",
        refusal="recurring",
        cluster=5,
        source=_FWSARCH,
        published="2018-03-12",
    ),
    # the same story: winter conditions of every year: recurring. unsure: a reader could say no time is set for any act (due None, no refusal word)
    B(
        text="Extremely cold and long, people and wildlife live here in hard winter conditions many would find difficult to imagine.",
        due=None,
        vague=False,
        said="2018-03-12 18:00:00",
        tz="America/Anchorage",
        refusal="recurring",
        cluster=5,
        source=_FWSARCH,
        published="2018-03-12",
    ),
    # the same page, the story dated February 23, 2018: a state of every winter: recurring
    B(
        text="Winter in Alaska is long, cold and, at its height, dark.",
        due=None,
        vague=False,
        said="2018-02-23 19:00:00",
        tz="America/Anchorage",
        refusal="recurring",
        cluster=5,
        source=_FWSARCH,
        published="2018-02-23",
    ),
    # US Fish and Wildlife Service, Alaska Region (public domain), 'places' page on fws.gov/alaska, its first item headed 'UPDATE (September 5, 2019)' (the heading and the run-in title before 'With' are left out); zone America/Anchorage; read at 10:00 AKDT on 5 September 2019. 'effective immediately' takes the seven-day vague window of 'immediately' (CONVENTIONS 5.1). unsure: the lifting is done as it is announced, which a reader could read as due at the end of that day (CONVENTIONS 2.1) [local due 2019-09-12 23:59:59]
    B(
        text="With the recent rain and the resulting reduction in fire danger on the Kenai Peninsula, effective immediately all campfire and fire restrictions for Kenai National Wildlife Refuge, Kenai Fjords National Park, and Chugach National Forest lands on the Kenai Peninsula are lifted.",
        due="2019-09-13 07:59:59",
        vague=True,
        said="2019-09-05 18:00:00",
        tz="America/Anchorage",
        cluster=4,
        source=_FWSPLACES,
        published="2019-09-05",
    ),
    # the same page: the years 2015 to 2017 and the conceiving are past: past
    B(
        text="Initiated to coincide with the U.S. position as chair of the Arctic Council from 2015–2017, the program was conceived as a way to develop the next generation of leaders and raise awareness of life in Alaska’s Arctic region.",
        due=None,
        vague=False,
        said="2019-09-05 18:00:00",
        tz="America/Anchorage",
        refusal="past",
        cluster=5,
        source=_FWSPLACES,
        published="2019-09-05",
    ),
    # the same page: 'Every year': recurring (CONVENTIONS 1.3)
    B(
        text="Every year, thousands of birds fly to the Arctic National Wildlife Refuge for the summer to breed, brood, and rest.",
        due=None,
        vague=False,
        said="2019-09-05 18:00:00",
        tz="America/Anchorage",
        refusal="recurring",
        cluster=5,
        source=_FWSPLACES,
        published="2019-09-05",
    ),
    # US Fish and Wildlife Service, Alaska Region (public domain), home page of alaska.fws.gov as captured on 9 January 2009 by the End of Term web archive (eot.us.archive.org); zone America/Anchorage. The page carries no dates of its own; its newest story, the sea otter proposal 'published today in the Federal Register', appeared there on 16 December 2008 (73 FR 76454), so the page is read at 10:00 AKST on 16 December 2008. A proclamation of a past date: past
    B(
        text="The World War II Valor in the Pacific National Monument was created by Presidential Proclamation on December 5, 2008 by President Bush.",
        due=None,
        vague=False,
        said="2008-12-16 19:00:00",
        tz="America/Anchorage",
        refusal="past",
        cluster=5,
        source=_FWS09,
        published="2008-12-16",
    ),
    # the same page: a state told from a past start, nothing left to fall due: past
    B(
        text="Since 2005, this population of otters has been protected as a threatened species under the Endangered Species Act (ESA).",
        due=None,
        vague=False,
        said="2008-12-16 19:00:00",
        tz="America/Anchorage",
        refusal="past",
        cluster=5,
        source=_FWS09,
        published="2008-12-16",
    ),
    # the same page: a 60-day comment period opened on the day of speaking falls due at its end, 60 days after 16 December 2008 (CONVENTIONS 1.1). unsure: the main verb 'was published today' tells of a done act, which a reader could label past (CONVENTIONS 2.4) [local due 2009-02-14 23:59:59]
    B(
        text="The proposed rule, which includes the announcement of the opening of a 60-day comment period, was published today in the Federal Register.",
        due="2009-02-15 08:59:59",
        vague=False,
        said="2008-12-16 19:00:00",
        tz="America/Anchorage",
        cluster=4,
        source=_FWS09,
        published="2008-12-16",
    ),
    # US Small Business Administration (public domain, 17 U.S.C. 105), news release on sba.gov dated 14 February 2025 by its address, from the Disaster Field Operations Center West in Sacramento; zone America/Los_Angeles (the publisher's office; the dateline is the SBA's own); read at 10:00 PST on 14 February 2025. The deadline of a dated day is due at its end; the storms of April 2024 are past and do not count. (Read in Hawaii's zone the day would end three hours later; the publisher's zone is this set's convention) [local due 2025-03-17 23:59:59]
    B(
        text="SACRAMENTO, Calif. – The U.S. Small Business Administration (SBA) is reminding private nonprofit (PNP) organizations in Hawaii of the March 17, 2025, deadline to apply for low interest federal disaster loans to offset economic losses caused by severe storms, flooding and landslides that occurred April 11-14, 2024.",
        due="2025-03-18 06:59:59",
        vague=False,
        said="2025-02-14 18:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_SBA25,
        published="2025-02-14",
    ),
    # the same release: loan terms of up to 30 years are a standing rule of every loan: recurring (CONVENTIONS 1.3)
    B(
        text="The loan amount can be up to $2 million with interest rates as low as 3.25%, with terms up to 30 years.",
        due=None,
        vague=False,
        said="2025-02-14 18:00:00",
        tz="America/Los_Angeles",
        refusal="recurring",
        cluster=5,
        source=_SBA25,
        published="2025-02-14",
    ),
    # the same release: 12 months from an undated disbursement of each loan: event (CONVENTIONS 1.3)
    B(
        text="Interest does not accrue, and payments are not due, until 12 months from the date of the first loan disbursement.",
        due=None,
        vague=False,
        said="2025-02-14 18:00:00",
        tz="America/Los_Angeles",
        refusal="event",
        cluster=5,
        source=_SBA25,
        published="2025-02-14",
    ),
    # the same release: a year-less date is its next occurrence, 17 March 2025, due at its end [local due 2025-03-17 23:59:59]
    B(
        text="Submit completed loan applications to the SBA no later than March 17.",
        due="2025-03-18 06:59:59",
        vague=False,
        said="2025-02-14 18:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_SBA25,
        published="2025-02-14",
    ),
    # US Small Business Administration (public domain), news release on sba.gov dated 11 December 2023 by its address, Sacramento office; zone America/Los_Angeles; read at 10:00 PST on 11 December 2023. 'Today' is on the verb of speaking (CONVENTIONS 2.2); the time given to applicants, until 25 January 2024, is the deadline (CONVENTIONS 1.2); the fires of August to September 2023 are past [local due 2024-01-25 23:59:59]
    B(
        text="SACRAMENTO, Calif. – Today, the U.S. Small Business Administration announced that Hawaii residents and businesses have until Jan. 25, 2024, to submit their SBA federal disaster loan application for property damage caused by the wildfires, including high winds that occurred Aug. 8 - Sept. 30, 2023 in Maui.",
        due="2024-01-26 07:59:59",
        vague=False,
        said="2023-12-11 18:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_SBA23,
        published="2023-12-11",
    ),
    # the same release: a 45-day period beyond the deadline of 11 December (the day of speaking) ends 45 days later, on 25 January 2024, when the acceptance is checked (CONVENTIONS 1.1). unsure: the sentence does not say from when the 45 days run, so a reader could call the period undated (event, CONVENTIONS 1.3) or keep the named day, 11 December 2023 [local due 2024-01-25 23:59:59]
    B(
        text="During the 45 day grace period, the SBA will accept applications from businesses and residents for property damage disaster loans beyond the FEMA registration Dec. 11 deadline.",
        due="2024-01-26 07:59:59",
        vague=False,
        said="2023-12-11 18:00:00",
        tz="America/Los_Angeles",
        cluster=4,
        source=_SBA23,
        published="2023-12-11",
    ),
    # the same release: 'the extended application period' is not dated in this sentence: event (CONVENTIONS 1.3). unsure: a reader could date the period by the sentence before (to 25 January 2024), which CONVENTIONS 6.3 does not allow for a clock time but says nothing of for a period
    B(
        text="Additionally, the SBA is not requiring an explanation or any other documentation from survivors during the extended application period.",
        due=None,
        vague=False,
        said="2023-12-11 18:00:00",
        tz="America/Los_Angeles",
        refusal="event",
        cluster=5,
        source=_SBA23,
        published="2023-12-11",
    ),
    # the same release: the grant is done: past (CONVENTIONS 2.4)
    B(
        text="This additional time was granted by SBA Administrator Isabella Casillas Guzman based on the unique magnitude of this event.",
        due=None,
        vague=False,
        said="2023-12-11 18:00:00",
        tz="America/Los_Angeles",
        refusal="past",
        cluster=5,
        source=_SBA23,
        published="2023-12-11",
    ),
    # the same release: 'Generally', a limit of every declaration: recurring (CONVENTIONS 1.3)
    B(
        text="Generally, the SBA accepts applications within a 15 day grace period after the FEMA registration deadline for a presidential disaster declaration without any additional requirements.",
        due=None,
        vague=False,
        said="2023-12-11 18:00:00",
        tz="America/Los_Angeles",
        refusal="recurring",
        cluster=5,
        source=_SBA23,
        published="2023-12-11",
    ),
    # the same release: 'in the future' sets no time for any act: due None, no refusal word
    B(
        text="SBA can also lend additional funds to help with the cost of improvements to protect, prevent or minimize disaster damage from occurring in the future.",
        due=None,
        vague=False,
        said="2023-12-11 18:00:00",
        tz="America/Los_Angeles",
        cluster=1,
        source=_SBA23,
        published="2023-12-11",
    ),
    # Federal Emergency Management Agency (public domain, 17 U.S.C. 105), news release on fema.gov (text print view), release date November 14, 2018 as the page states; zone America/New_York (Tallahassee); read at 10:00 EST on 14 November 2018. 'deadlines looming' dates nothing: due None, no refusal word
    B(
        text="TALLAHASSEE, Fla.— There are several critical deadlines looming for Hurricane Michael survivors.",
        due=None,
        vague=False,
        said="2018-11-14 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FEMAFL,
        published="2018-11-14",
    ),
    # the same release: the lead-in of a list (its colon kept) dates nothing itself: due None, no refusal word
    B(
        text="Application deadlines for the following programs are fast approaching:",
        due=None,
        vague=False,
        said="2018-11-14 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FEMAFL,
        published="2018-11-14",
    ),
    # the same release (a list item, its lead 'Disaster Unemployment Assistance:' left out): time given to apply until a day is due at its end (CONVENTIONS 1.2). Several of the counties keep Central time; the publisher's Eastern zone is kept [local due 2018-12-07 23:59:59]
    B(
        text="Survivors in Bay, Calhoun, Franklin, Gadsden, Gulf, Holmes, Jackson, Leon, Liberty, Taylor, Wakulla and Washington Counties have until Dec. 7th to apply.",
        due="2018-12-08 04:59:59",
        vague=False,
        said="2018-11-14 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FEMAFL,
        published="2018-11-14",
    ),
    # the same release (list item, lead 'Blue Roof program:' left out): a deadline on a day, due at its end [local due 2018-11-16 23:59:59]
    B(
        text="Deadline to submit a Right of Entry (ROE) is Nov. 16.",
        due="2018-11-17 04:59:59",
        vague=False,
        said="2018-11-14 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FEMAFL,
        published="2018-11-14",
    ),
    # the same release: help 'after your claims have been settled', an undated event: event (CONVENTIONS 1.3)
    B(
        text="FEMA cannot duplicate insurance payments, but you may receive help after your claims have been settled.",
        due=None,
        vague=False,
        said="2018-11-14 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FEMAFL,
        published="2018-11-14",
    ),
    # the same release: 10 December 2018 is a Monday; due at the end of the day [local due 2018-12-10 23:59:59]
    B(
        text="The deadline to apply for disaster assistance is Monday, Dec. 10.",
        due="2018-12-11 04:59:59",
        vague=False,
        said="2018-11-14 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FEMAFL,
        published="2018-11-14",
    ),
    # the same release: as the sentence before [local due 2018-12-10 23:59:59]
    B(
        text="The deadline to apply for SBA is Monday, Dec. 10.",
        due="2018-12-11 04:59:59",
        vague=False,
        said="2018-11-14 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FEMAFL,
        published="2018-11-14",
    ),
    # Bureau of Land Management, Idaho, Owyhee Field Office (public domain, 17 U.S.C. 105), press release on blm.gov; zone America/Boise. The opening carries no date; an extension of 'an additional two weeks to April 13, 2018' puts the old close at 30 March, so the release is read as published on Wednesday 28 March 2018 at 10:00 MDT (any day from mid-March to 13 April gives the same labels). The period's new end counts; 'two weeks' is the size of the extension (CONVENTIONS 1.1, the window ends on the date given) [local due 2018-04-13 23:59:59]
    B(
        text="BOISE, Idaho – The Bureau of Land Management is extending the public scoping period for the Silver City Travel Management Plan (TMP) environmental assessment an additional two weeks to April 13, 2018.",
        due="2018-04-14 05:59:59",
        vague=False,
        said="2018-03-28 16:00:00",
        tz="America/Boise",
        cluster=6,
        source=_BLMID,
        published="2018-03-28",
    ),
    # the same release: 'short periods of time' tells of what happened: past
    B(
        text="This extension is in response to the project website being inaccessible by some users for short periods of time due to technical difficulties.",
        due=None,
        vague=False,
        said="2018-03-28 16:00:00",
        tz="America/Boise",
        refusal="past",
        cluster=5,
        source=_BLMID,
        published="2018-03-28",
    ),
    # the same release: 'prior to a decision being issued', an undated event: event (CONVENTIONS 1.3)
    B(
        text="The public will also have an opportunity to provide comments on the environmental assessment prior to a decision being issued.",
        due=None,
        vague=False,
        said="2018-03-28 16:00:00",
        tz="America/Boise",
        refusal="event",
        cluster=5,
        source=_BLMID,
        published="2018-03-28",
    ),
    # the same release: a standing caution to every commenter ('at any time', 'before including'): recurring (CONVENTIONS 1.3)
    B(
        text="Those who provide feedback about issues are advised that before including their personal identifying information (address, email, and phone number) they should be aware that the entire statement – including their personal identifying information – may be made publicly available at any time.",
        due=None,
        vague=False,
        said="2018-03-28 16:00:00",
        tz="America/Boise",
        refusal="recurring",
        cluster=5,
        source=_BLMID,
        published="2018-03-28",
    ),
    # Bureau of Land Management, Alaska (public domain), release carried whole by alaska-native-news.com, dated 12 May 2020 on the carrying page (its date line is the carrier's and is left out; the dateline 'ANCHORAGE –' is the BLM's); zone America/Anchorage; read at 10:00 AKDT on 12 May 2020. The sites' opening is a one-off due by the Memorial Day weekend, Saturday 23 to Monday 25 May 2020, at its later end (CONVENTIONS 3.1, 6.1). unsure: a reader could end the weekend on Sunday 24 May, or read 'will be open' as an activity given only its start (earliest, CONVENTIONS 3.2) [local due 2020-05-25 23:59:59]
    B(
        text="ANCHORAGE – With the lifting of public health and safety restrictions enacted by the Alaska Governor, Mike Dunleavy, the Bureau of Land Management (BLM) announces that all summer recreation sites will be open as weather and road conditions allow, which for most sites is Memorial Day weekend.",
        due="2020-05-26 07:59:59",
        vague=False,
        said="2020-05-12 18:00:00",
        tz="America/Anchorage",
        cluster=4,
        source=_BLMAK20,
        published="2020-05-12",
    ),
    # the same release: sites kept available 'throughout the season' (summer, meteorological, to 31 August) fall due at its end (CONVENTIONS 3.3), the later of the times given (CONVENTIONS 6.1). unsure: a reader could take the visitor center's planned opening on 1 July 2020 (CONVENTIONS 3.1) as the dated act [local due 2020-08-31 23:59:59]
    B(
        text="Many BLM-managed recreation sites within Alaska never closed and summer recreation sites will be available as normal throughout the season, with the exception of the Arctic Interagency Visitor Center which is planned to open July 1 and the Campbell Creek Science Center which remains closed.",
        due="2020-09-01 07:59:59",
        vague=False,
        said="2020-05-12 18:00:00",
        tz="America/Anchorage",
        cluster=3,
        source=_BLMAK20,
        published="2020-05-12",
    ),
    # the same release: 'Prior to traveling', an undated event of each visitor: event (CONVENTIONS 1.3)
    B(
        text="Prior to traveling to any BLM-managed recreation site, contact the local office to determine whether the site is accessible.",
        due=None,
        vague=False,
        said="2020-05-12 18:00:00",
        tz="America/Anchorage",
        refusal="event",
        cluster=5,
        source=_BLMAK20,
        published="2020-05-12",
    ),
    # the same release (a quotation whose opening mark stays as the page has it): 'regularly monitor' is a standing practice: recurring (CONVENTIONS 1.3)
    B(
        text="“Within Alaska, our operational approach will be to examine each facility function and service provided to ensure those operations comply with current public health guidance, and to regularly monitor these.",
        due=None,
        vague=False,
        said="2020-05-12 18:00:00",
        tz="America/Anchorage",
        refusal="recurring",
        cluster=5,
        source=_BLMAK20,
        published="2020-05-12",
    ),
    # the same release: 'will continue to be phased' sets no time for any act: due None, no refusal word
    B(
        text="While these areas are accessible for visitors to enjoy, a return to full operations will continue to be phased and services may be limited.",
        due=None,
        vague=False,
        said="2020-05-12 18:00:00",
        tz="America/Anchorage",
        cluster=1,
        source=_BLMAK20,
        published="2020-05-12",
    ),
    # the same release: advice for every visit ('When recreating'): recurring
    B(
        text="When recreating, the public should follow local area health orders, practice Leave No Trace principles, practice social distancing and avoid high-risk outdoor activities.",
        due=None,
        vague=False,
        said="2020-05-12 18:00:00",
        tz="America/Anchorage",
        refusal="recurring",
        cluster=5,
        source=_BLMAK20,
        published="2020-05-12",
    ),
    # Bureau of Land Management, Alaska (public domain), press release list page on blm.gov filtered to Alaska; zone America/Anchorage. The list carries no dates of its own; its items look to 'August 18, 2024' (a 30-day comment period, so released about 19 July 2024) and 'August 1', so the page is read as published on Monday 29 July 2024 at 10:00 AKDT (any day from 19 to 31 July 2024 gives the same labels). Input sought 'through' a year-less day, its next occurrence, is due at its end (CONVENTIONS 3.3) [local due 2024-08-28 23:59:59]
    B(
        text="The BLM is seeking public input through August 28 on an environmental assessment evaluating a permit application for snowmachine tours and helicopter day tours in the White Mountains National Recreation Area.",
        due="2024-08-29 07:59:59",
        vague=False,
        said="2024-07-29 18:00:00",
        tz="America/Anchorage",
        cluster=6,
        source=_BLMAK24,
        published="2024-07-29",
    ),
    # the same page: the release is done, the comment period it opened ends on a dated day: due at its end (CONVENTIONS 1.1) [local due 2024-08-18 23:59:59]
    B(
        text="The Bureau of Land Management (BLM) released the draft environmental assessment (EA) for the Castner Glacier Recreation Area Management Plan (RAMP), kicking off a 30-day public comment period that ends August 18, 2024.",
        due="2024-08-19 07:59:59",
        vague=False,
        said="2024-07-29 18:00:00",
        tz="America/Anchorage",
        cluster=6,
        source=_BLMAK24,
        published="2024-07-29",
    ),
    # the same page: the opening of the hunt on a day is a one-off act, due that day (CONVENTIONS 3.1, as 'the road will reopen on Monday'). unsure: a hunt open from a day is an activity given only its start, which a reader could label earliest, 1 August 2024 00:00 AKDT (CONVENTIONS 3.2) [local due 2024-08-01 23:59:59]
    B(
        text="The Bureau of Land Management (BLM) Eastern Interior Field Office will open the Fortymile caribou federal subsistence hunt on August 1, with a harvest limit of two bull caribou.",
        due="2024-08-02 07:59:59",
        vague=False,
        said="2024-07-29 18:00:00",
        tz="America/Anchorage",
        cluster=6,
        source=_BLMAK24,
        published="2024-07-29",
    ),
    # the same page: 'Today' is on the verb of announcing (CONVENTIONS 2.2) and the comment sought has no time of its own: due None, no refusal word
    B(
        text="Today the BLM announced that it is seeking public comment on whether to update protected areas in the Western arctic.",
        due=None,
        vague=False,
        said="2024-07-29 18:00:00",
        tz="America/Anchorage",
        cluster=1,
        source=_BLMAK24,
        published="2024-07-29",
    ),
    # Federal Aviation Administration (public domain, 17 U.S.C. 105), notice in the Federal Register of Thursday 29 September 2016 (81 FR 67046, FR Doc 2016-23563) as carried by thefederalregister.org; zone America/New_York (FAA headquarters, Washington); read at 10:00 EDT on 29 September 2016. The submission deadline of a dated day is due at its end; 'summer 2017' names the schedules, not a time for the act (the summary stands twice on the page and is taken once) [local due 2016-10-06 23:59:59]
    B(
        text="Under this notice, the FAA announces the submission deadline of October 6, 2016, for summer 2017 flight schedules at Chicago O'Hare International Airport (ORD), John F. Kennedy International Airport (JFK), Los Angeles International Airport (LAX), Newark Liberty International Airport (EWR), and San Francisco International Airport (SFO), in accordance with the International Air Transport Association (IATA) Worldwide Slot Guidelines (WSG).",
        due="2016-10-07 03:59:59",
        vague=False,
        said="2016-09-29 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA16,
        published="2016-09-29",
    ),
    # the same notice: the deadline is tied to another body's deadline that this sentence does not date: event (CONVENTIONS 1.3). unsure: a reader could say no act is set a time (due None, no refusal word), or take the summer 2017 season's end (31 August 2017)
    B(
        text="The deadline coincides with the schedule submission deadline for the IATA Slot Conference for the summer 2017 scheduling season.",
        due=None,
        vague=False,
        said="2016-09-29 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FAA16,
        published="2016-09-29",
    ),
    # US Coast Guard (public domain, 17 U.S.C. 105), temporary interim rule in the Federal Register of Thursday 16 November 2017 (82 FR 53418, FR Doc 2017-24842) as carried by thefederalregister.org; zone America/Los_Angeles (Captain of the Port San Francisco; northern California); read at 10:00 PST on 16 November 2017. The zones serve 'during extreme environmental conditions', undated events: event (CONVENTIONS 1.3)
    B(
        text="The Coast Guard is establishing temporary safety zones in the navigable waters of the Humboldt Bay Entrance Channel, of Eureka, CA, Noyo River Entrance Channel, of Fort Bragg, CA, and Crescent City Harbor Entrance Channel, of Crescent City, CA to safeguard navigation safety during extreme environmental conditions.",
        due=None,
        vague=False,
        said="2017-11-16 18:00:00",
        tz="America/Los_Angeles",
        refusal="event",
        cluster=5,
        source=_USCGSF,
        published="2017-11-16",
    ),
    # the same rule: 'When enforced', an undated event: event (CONVENTIONS 1.3)
    B(
        text="When enforced, entry of persons or vessels into this temporary safety zone is prohibited unless specifically authorized by the Captain of the Port (COTP), San Francisco or his designated representative.",
        due=None,
        vague=False,
        said="2017-11-16 18:00:00",
        tz="America/Los_Angeles",
        refusal="event",
        cluster=5,
        source=_USCGSF,
        published="2017-11-16",
    ),
    # US Coast Guard, 14th District, Sector Honolulu (public domain), release carried whole by coastguardnews.com (the caption before it, and the site's own words, are left out); zone Pacific/Honolulu. The opening carries no date; 'beginning Wednesday' with the start on Wednesday 20 January 2016 puts it before that day, read as Tuesday 19 January 2016 at 10:00 HST. A zone enforced 'through' a date falls due at the end of that day (CONVENTIONS 3.3, 3.4) [local due 2016-02-10 23:59:59]
    B(
        text="HONOLULU — The Coast Guard will enforce a temporary safety zone approximately 2.9 miles northwest of the Haleiwa small boat harbor, Oahu, beginning Wednesday and running through Feb. 10, 2016.",
        due="2016-02-11 09:59:59",
        vague=False,
        said="2016-01-19 20:00:00",
        tz="Pacific/Honolulu",
        cluster=3,
        source=_USCGNS,
        published="2016-01-19",
    ),
    # the same release: 'temporary', 'ongoing' set no time for any act: due None, no refusal word
    B(
        text="The temporary safety zone is necessary to protect personnel, vessels and the marine environment from potential hazards associated with ongoing operations to salvage two downed helicopters in this area.",
        due=None,
        vague=False,
        said="2016-01-19 20:00:00",
        tz="Pacific/Honolulu",
        cluster=1,
        source=_USCGNS,
        published="2016-01-19",
    ),
    # the same release: in effect to 3 p.m. on 10 February 2016, the later end (CONVENTIONS 3.3, 6.1); the undated alternative 'or until the salvage operations are complete' sets no later time (CONVENTIONS 6.2) [local due 2016-02-10 15:00:00]
    B(
        text="The security zone will be in effect from 3 p.m., Jan. 20, 2016, to 3 p.m., Feb. 10, 2016, or until the salvage operations are complete.",
        due="2016-02-11 01:00:00",
        vague=False,
        said="2016-01-19 20:00:00",
        tz="Pacific/Honolulu",
        cluster=2,
        source=_USCGNS,
        published="2016-01-19",
    ),
    # US Coast Guard, 14th District (public domain), release carried by coastguardnews.com (the site's run-in 'Coast Guard District 14 News' before the dateline is left out); zone Pacific/Honolulu. The opening carries no date; the zone for 13 to 15 November 2011 is announced ahead, read as published on Thursday 10 November 2011 at 10:00 HST. 'beginning as early as' gives only a lower bound: earliest, 13 November 2011 00:00 HST (CONVENTIONS 3.2). unsure: a reader could read the enforcement as beginning on that day, due at its end (CONVENTIONS 3.1)
    B(
        text="HONOLULU — Coast Guard law enforcement officers will enforce a temporary security zone in the waters of Oahu’s western shore beginning as early as Nov. 13.",
        due=None,
        vague=False,
        said="2011-11-10 20:00:00",
        tz="Pacific/Honolulu",
        refusal="earliest",
        earliest="2011-11-13 10:00:00",
        cluster=5,
        source=_USCGWO,
        published="2011-11-10",
    ),
    # the same release: 'temporary' sets no time: due None, no refusal word
    B(
        text="The temporary security zone is necessary to ensure the safety of the President of the United States and his official party.",
        due=None,
        vague=False,
        said="2011-11-10 20:00:00",
        tz="Pacific/Honolulu",
        cluster=1,
        source=_USCGWO,
        published="2011-11-10",
    ),
    # the same release: in effect to 9 a.m. on 15 November 2011, the later end (CONVENTIONS 3.3, 6.1); 'unless canceled earlier' sets no time [local due 2011-11-15 09:00:00]
    B(
        text="The security zone will be in effect from 11 p.m. Nov. 13, 2011 to 9 a.m. Nov. 15, 2011, unless canceled earlier by the Coast Guard Captain of the Port Honolulu, Capt. Joanna Nunan.",
        due="2011-11-15 19:00:00",
        vague=False,
        said="2011-11-10 20:00:00",
        tz="Pacific/Honolulu",
        cluster=2,
        source=_USCGWO,
        published="2011-11-10",
    ),
    # US Coast Guard, 14th District (public domain), release carried by coastguardnews.com; zone Pacific/Honolulu. The opening carries no date or year; the Hawaii Superferry's return to Kahului after its suspension of 2007 places it in late 2007, read as published on Monday 3 December 2007 at 10:00 HST (any day before 6 December of that year gives the same labels). Enforcement during every transit 'beginning' a day is an ongoing activity given only its start: earliest, 6 December 2007 00:00 HST (CONVENTIONS 3.2). unsure: the year comes from the ferry's history, not the page
    B(
        text="HONOLULU — The U.S. Coast Guard, along with federal, state and county law enforcement agency partners, will enforce both a moving and a fixed security zone during transits of the Hawaii Superferry, the Alakai, to Kahului, Maui, beginning Dec. 6.",
        due=None,
        vague=False,
        said="2007-12-03 20:00:00",
        tz="Pacific/Honolulu",
        refusal="earliest",
        earliest="2007-12-06 10:00:00",
        cluster=5,
        source=_USCGKA,
        published="2007-12-03",
    ),
    # the same release: 'whenever': a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="The moving security zone extends 100 yards around the Alakai and is activated whenever the Alakai is anywhere within three nautical miles of the Kahului Harbor entrance.",
        due=None,
        vague=False,
        said="2007-12-03 20:00:00",
        tz="Pacific/Honolulu",
        refusal="recurring",
        cluster=5,
        source=_USCGKA,
        published="2007-12-03",
    ),
    # the same release: a standing rule for every transit: recurring
    B(
        text="This zone moves with the vessel and remains in effect around the vessel even when the vessel is moored, anchored, or station-keeping (idle).",
        due=None,
        vague=False,
        said="2007-12-03 20:00:00",
        tz="Pacific/Honolulu",
        refusal="recurring",
        cluster=5,
        source=_USCGKA,
        published="2007-12-03",
    ),
    # the same release: 'at any time while the zone is activated': recurring
    B(
        text="No one is permitted within this moving security zone at any time while the zone is activated.",
        due=None,
        vague=False,
        said="2007-12-03 20:00:00",
        tz="Pacific/Honolulu",
        refusal="recurring",
        cluster=5,
        source=_USCGKA,
        published="2007-12-03",
    ),
    # the same release: an hour before each arrival, 10 minutes after each departure: a standing rule of every transit: recurring (CONVENTIONS 1.3, rather than event: the arrivals are many)
    B(
        text="The fixed security zone will be activated one hour before the Alakai’s arrival into Kahului Harbor and will be deactivated 10 minutes after the Alakai’s departure from the harbor and includes the following: all of the waters of Kahului Harbor except a designated shoreline access area (which is described in the paragraph below); Pier No. 2 in Kahului Harbor; the eastern and western breakwaters at the entrance to the harbor; and waters leading to the harbor approaches.",
        due=None,
        vague=False,
        said="2007-12-03 20:00:00",
        tz="Pacific/Honolulu",
        refusal="recurring",
        cluster=5,
        source=_USCGKA,
        published="2007-12-03",
    ),
    # the same release: 'when the Alakai is approaching', every time: recurring
    B(
        text="Both security zones will be in effect when the Alakai is approaching and in Kahului Harbor.",
        due=None,
        vague=False,
        said="2007-12-03 20:00:00",
        tz="Pacific/Honolulu",
        refusal="recurring",
        cluster=5,
        source=_USCGKA,
        published="2007-12-03",
    ),
    # Federal Highway Administration (public domain, 17 U.S.C. 105), notice of limitation on claims in the Federal Register of Friday 10 February 2017 (82 FR 10430, FR Doc 2017-02660) as carried by thefederalregister.org, on the Central 70 project in Denver and Aurora; zone America/Denver (the Colorado Division); read at 10:00 MST on 10 February 2017. 'on or before' a dated day is due at its end (CONVENTIONS 3.5) [local due 2017-07-10 23:59:59]
    B(
        text="A claim seeking judicial review of the Federal agency actions on the highway project will be barred unless the claim is filed on or before July 10, 2017.",
        due="2017-07-11 05:59:59",
        vague=False,
        said="2017-02-10 17:00:00",
        tz="America/Denver",
        cluster=6,
        source=_FHWACO,
        published="2017-02-10",
    ),
    # the same notice: a conditional standing limit with no start of its own: recurring (CONVENTIONS 1.3)
    B(
        text="If the Federal law that authorizes judicial review of a claim provides a time period of less than 150 days for filing such claim, then that shorter time period still applies.",
        due=None,
        vague=False,
        said="2017-02-10 17:00:00",
        tz="America/Denver",
        refusal="recurring",
        cluster=5,
        source=_FHWACO,
        published="2017-02-10",
    ),
)
