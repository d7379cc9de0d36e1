"""A HUNDRED-AND-TWENTY-THIRD fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-05 (UTC), in the evening (the machine's clock read 20:55 at the
start and about 21:05 when the labels were written), by a labelling helper (branch issue12l123-s50)
that neither changed, imported nor ran the parser, working at the same time as other labellers of
stop 50, whose claims in the shared claims file were treated as used and whose files and README
sections were not opened. It read `CONVENTIONS.md` in full (rules 3.1a and 6.4 among them), the
docstring, comments, some cases and README section of `blind_fresh121.py`, and the top docstring of
the parser package only (the vague windows, parts of the day, "before"/"by" periods, fiscal years,
weekdays as the next such day); nothing else of `bot/core/deadlines/` was opened. The brief asked for
Australian federal and state/territory agencies with their own CC BY statement, Stats NZ, the
Department of Conservation (NZ), Statistics Canada, kremlin.ru, Wikinews, the European Commission and,
for at most a quarter, US federal agencies; at least eight publishers, none above a fifth.

The set quotes the Department of Conservation (three media releases of 2021 and 2023, one carried by
Scoop), Stats NZ (two media releases of 2019 and 2020, carried by Scoop and National Tribune),
Statistics Canada (a census.gc.ca FAQ on the 2024 Census Test), the National Park Service (a Grand
Teton road-closure release of October 2017 carried by Wyo4News), the European Commission (two Daily
News of April 2025 carried by the Cyprus News Agency and a Commissioner's statement of 12 February 2025
carried by openrijk.nl), the President of Russia (a kremlin.ru news item of 15 December 2017), the
NSW National Parks and Wildlife Service (a local-alerts page last reviewed on 5 March 2021), the ACT
Government (an Access Canberra official's words of December 2023 carried by Canberra Daily and a
YourSay project page of 2020) and
Wikinews (a page of briefs of 1 January 2009 carried by duitpensiun.com and the main page of 23
December 2019 in a Kiwix copy): 84 cases from 9 publishers (the European Commission 15; the
Department of Conservation 15; Stats NZ 12; Wikinews 12; the NSW National Parks and Wildlife Service
10; the ACT Government 8; Statistics Canada 6; the National Park Service 5; the President of Russia
1). 5 of the 84 (6.0%) are from a United States federal agency (the Park Service); 79 are not.

Every sentence quoted holds a time word of some kind (a date, a clock time, a day word, a part of
the day, a period, a span, a year, "now", "currently", "still", "temporarily", "until", "before",
"since", "then", "once", "while", "when", "regularly", "daily", "annual", "at any time"); the
sentences of the openings read that hold none were skipped (among them sentences whose only link to
time is a generic "when" clause, such as "When an infected person coughs, ..."), as were titles,
headings, questions used as headings, date lines, "Applies from ..." lines, navigation, contact lines,
lists of sources, sentences cut off by the end of an opening and words of the carrying sites
themselves (Canberra Daily's own lines: only the quoted words of the Access Canberra official were
taken). List items were taken as they stand; no word was changed ("todays", "200,0000", an opening
quotation mark whose closing lies outside the sentence and a dateline glued to its sentence stay as
the pages have them). The sentences were found with a search over stored copies of public pages and
taken as they came in the openings the search returns, in page order; where a publisher would have
gone above a fifth of the set (the Commissioner's statement), the first ones in page order were kept.
See README.md ("Hundred-and-twenty-third fresh blind set") for every address, publisher and licence.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was
checked with the lead's `fresh_check.py` (the address and a distinctive phrase of the page) and
claimed (`fresh123`) in `/work/helper-brief/claims.txt` before its quotes were kept; many pages were
found used and dropped (README.md lists them). Every sentence was then checked whole with the same
tool (skipping this file): two were found used as stock wording and dropped ("Good morning,
everyone." and the Park Service's "Roadwork schedules may change, or be delayed, ..."). Each label was worked out by hand from the words, the publication date and
the publisher's zone (Pacific/Auckland for DOC and Stats NZ, America/Toronto for Statistics Canada,
America/Denver for Grand Teton, Europe/Brussels for the Commission, Europe/Moscow for the Kremlin,
Australia/Sydney for the NSW service and Canberra, UTC for Wikinews); the conversion of local
instants to UTC wall time, weekdays and day counts were done with Python's zoneinfo and datetime in a
scratch script outside the repository, never with code of the project. No run of `parse_deadline`,
`interpret_deadline`, `bench/deadlines.py` or the tests touched these texts before the labels were
committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh121.py`: the publication date at 10:00 local time unless the page gives an hour (Scoop's
"03:11 PM", the alerts' "Last reviewed" times, the Kiwix page's "0918 (UTC)"), and where a page
carries no date in its opening, the one its words or other facts give (each page's first comment says
which and why); a day falls due at 23:59:59 local; a month at the end of its last day; a financial
year at its end (New Zealand's public sector year ends on 30 June); an evening at 23:59:59; a clock
time with no day of its own at its first occurrence after speaking (CONVENTIONS 6.3, the page's
instant in the comment); a date of effect, a closing or a reopening is due then (CONVENTIONS 3.1,
3.1a); done acts and dates of effect already passed are past; standing rules ("regularly", "daily",
"24 hour", "365 days a year", "at any time") are recurring, times hung on an undated event ("while
staff assess", "once the cyclone has passed", "until further notice", "before formal adoption", "At
the Summit") event (CONVENTIONS 1.3); a service open only from a date is earliest (CONVENTIONS 3.2);
called-off publications are negated (CONVENTIONS 4.1); refusals have `due=None` and a `refusal` kind;
a sentence whose time words set no time for any act has `due=None` and no refusal word. Clusters as
in `blind_fresh121.py`: 1 no time set, 2 clock times, 4 parts of the day, periods and vague windows,
5 refusals, 6 plain days and dates. The counts of refusals, vague labels, due instants and "unsure"
marks are given in README.md; like every label here they stay as committed, whatever the first run
shows. First run: not yet taken (the lead runs it once, after merging, and records it in README.md).
Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_DOCHP = "https://m.scoop.co.nz/stories/AK2107/S00545/heaphy-track-reopening-but-queen-charlotte-track-temporarily-closed.htm"
_DOCNI = "https://www.doc.govt.nz/news/media-releases/2023-media-releases/doc-facilities-closed-across-the-north-island/"
_DOCOL = "https://dxcprod.doc.govt.nz/news/media-releases/2021-media-releases/enjoy-being-outdoors-locally-responsibly/"
_SNZCV = "https://www.nationaltribune.com.au/covid-19-update-surveys-by-email-and-phone-continue-although-face-to-face-survey-interviews-have-stopped/"
_SNZ4S = "http://www.scoop.co.nz/stories/PO1906/S00050/four-surveys-to-end.htm"
_STCCT = "https://census.gc.ca/collectives"
_NPSMW = "http://wyo4news.com/news/moose-wilson-road-closed-october-17/"
_ECD16 = "https://cna.org.cy/en/press_releases/article/8313405/press-release-european-commission"
_ECD01 = (
    "https://www.cna.org.cy/en/press_releases/article/8235201/press-release-european-commission"
)
_ECDOM = "https://openrijk.nl/en/artikel/statement-25-495/opening-statement-by-commissioner-dombrovskis-at-college-read-out-on-communication-about-implementation-and-simplification"
_KRSC = "http://en.special.kremlin.ru/events/president/news/56391"
_NPWWC = "https://www.nationalparks.nsw.gov.au/camping-and-accommodation/campgrounds/wheeny-creek-campground/local-alerts"
_ACTAC = "https://canberradaily.com.au/access-canberra-closed-over-christmas"
_ACTYS = "https://www.yoursay.act.gov.au/yoursayto2020"
_WNSH = "http://www.duitpensiun.com/wikinews-shorts-january-1-2009/"
_WNMP = "http://library.kiwix.org/wikinews_en_all_maxi_2019-12/A/Main_Page"

FRESH123_CASES: tuple[BlindCase, ...] = (
    # Department of Conservation media release 'Heaphy Track Reopening But Queen Charlotte Track Temporarily Closed', 'Published: Thu 29 Jul 2021 03:11 PM', carried verbatim by Scoop (m.scoop.co.nz); zone Pacific/Auckland, said at the stated 15:11 NZST. The reopening is a one-off event tomorrow, Friday 30 July, with no hour: due at the end of that day (CONVENTIONS 3.1). unsure: the bracket writes '30 June' (a slip: 30 June 2021 was a Wednesday and already past); a careful reader could take the written date, whose next occurrence is 30 June 2022 [local due 2021-07-30 23:59:59 Pacific/Auckland]
    B(
        text="The Heaphy Track is reopening tomorrow (Friday 30 June) after work to clear fallen trees and repair other storm damage, but the Queen Charlotte Track remains temporarily closed.",
        due="2021-07-30 11:59:59",
        vague=False,
        said="2021-07-29 03:11:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_DOCHP,
        published="2021-07-29",
    ),
    # the same release: the weekend of 17-18 July dates storm damage already done: past
    B(
        text="The two tracks are among a number of tracks and access roads to conservation areas in the top of the South Island damaged by the severe weather over the weekend of 17-18 July.",
        due=None,
        vague=False,
        said="2021-07-29 03:11:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOCHP,
        published="2021-07-29",
    ),
    # the same release: closed while staff assess the damage, an undated event, no end given: event (CONVENTIONS 1.3)
    B(
        text="Some are temporarily closed while Department of Conservation (DOC) staff assess damage and carry out repair work.",
        due=None,
        vague=False,
        said="2021-07-29 03:11:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_DOCHP,
        published="2021-07-29",
    ),
    # the same release: 'before heading into the outdoors' hangs the check on each visitor's undated trip: event (CONVENTIONS 1.3)
    B(
        text="DOC is advising people to check its website www.doc.govt.nz for the latest information on the status of tracks, campsites and access to conservation areas before heading into the outdoors.",
        due=None,
        vague=False,
        said="2021-07-29 03:11:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_DOCHP,
        published="2021-07-29",
    ),
    # the same release: 'temporary' sets no time for any act: no time set (due None, no refusal word)
    B(
        text="“The bridge over Pitt Creek by the Heaphy Hut was washed out and a temporary ford is in place to enable it to be safely crossed.”",
        due=None,
        vague=False,
        said="2021-07-29 03:11:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOCHP,
        published="2021-07-29",
    ),
    # the same release: the closure lasts while an undated assessment runs: event (CONVENTIONS 1.3)
    B(
        text="The entire track has been temporarily closed while DOC staff fully assess the damage and carry out some initial repairs.",
        due=None,
        vague=False,
        said="2021-07-29 03:11:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_DOCHP,
        published="2021-07-29",
    ),
    # the same release: a possibility, no undertaking (CONVENTIONS 4.2): due None, no refusal word. unsure: a careful reader could take 'some weeks' as a vague window of four weeks from speaking (the parser's 'a few weeks')
    B(
        text="Some sections with extensive damage could be closed for some weeks.",
        due=None,
        vague=False,
        said="2021-07-29 03:11:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_DOCHP,
        published="2021-07-29",
    ),
    # the same release: 'continuing' and 'when' set no time: due None, no refusal word
    B(
        text="DOC is continuing to review the condition of the track and when parts might be able to be reopened.",
        due=None,
        vague=False,
        said="2021-07-29 03:11:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOCHP,
        published="2021-07-29",
    ),
    # Department of Conservation media release 'DOC facilities closed across the North Island', 'Date: 12 February 2023' (doc.govt.nz); zone Pacific/Auckland, said at 10:00 NZDT (no hour given). The past few days of work are done: past
    B(
        text="“DOC staff across the country have been working tirelessly over the past few days to prepare and understand what the effects of the cyclone may mean for visitors, public conservation land and assets.",
        due=None,
        vague=False,
        said="2023-02-11 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOCNI,
        published="2023-02-12",
    ),
    # the same release: 'once the cyclone has passed' is an undated event: event (CONVENTIONS 1.3)
    B(
        text="DOC staff will need to carry out assessments on assets once the cyclone has passed the country, and this work will dictate when huts, campsites and tracks can be reopened to the public.",
        due=None,
        vague=False,
        said="2023-02-11 21:00:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_DOCNI,
        published="2023-02-12",
    ),
    # Department of Conservation media release 'Enjoy being outdoors locally, responsibly', 'Date: 20 August 2021' (dxcprod.doc.govt.nz, a host of doc.govt.nz); zone Pacific/Auckland, said at 10:00 NZST. Its introduction: advice for the length of the lockdown, which the sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="DOC is reminding people to connect with nature responsibly and close to home during the COVID-19 lockdown.",
        due=None,
        vague=False,
        said="2021-08-19 22:00:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_DOCOL,
        published="2021-08-20",
    ),
    # the same release: 'make your day' is an idiom and sets no time: due None, no refusal word
    B(
        text="“Getting outside, seeing the sun and visiting a nearby walking track or reserve you can really make your day.",
        due=None,
        vague=False,
        said="2021-08-19 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOCOL,
        published="2021-08-20",
    ),
    # the same release: 'currently' sets no time: due None, no refusal word
    B(
        text="This means places like Roys Peak, which is currently covered in snow, are not appropriate.”",
        due=None,
        vague=False,
        said="2021-08-19 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOCOL,
        published="2021-08-20",
    ),
    # the same release: 'daily routine', a standing habit with no start of its own: recurring (CONVENTIONS 1.3)
    B(
        text="Mt Iron in particular has become a regular part of people’s daily routine.",
        due=None,
        vague=False,
        said="2021-08-19 22:00:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_DOCOL,
        published="2021-08-20",
    ),
    # the same release: 'currently closed' sets no time: due None, no refusal word
    B(
        text="Other great local tracks include the Hikuwai Link Track, and the Hikuwai Loop Track – however a section of the Outlet track is currently closed due to a slip, Nikki says.",
        due=None,
        vague=False,
        said="2021-08-19 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOCOL,
        published="2021-08-20",
    ),
    # Stats NZ media release 'COVID-19 update: Surveys by email and phone continue, although face-to-face survey interviews have stopped', carried verbatim by National Tribune ('/Stats NZ Public Release'); zone Pacific/Auckland. The opening carries no date: the stop 'from Sunday, 22 March 2020' is told in the past, so the release is taken as of the next working day, Monday 23 March 2020, 10:00 NZDT. The stop is done: past. unsure: a careful reader could read 'until further notice' as a closure hung on an undated event (event)
    B(
        text="Stats NZ stopped face-to-face survey collection from Sunday, 22 March 2020 until further notice, following advice from the Government Chief Science Advisor and the Ministry of Health, Stats NZ said today.",
        due=None,
        vague=False,
        said="2020-03-22 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_SNZCV,
        published="2020-03-23",
    ),
    # the same release: 'current' and 'still' set no time: due None, no refusal word
    B(
        text="While the current level of COVID-19 is still low, the risk of transmitting COVID-19 either by or to survey staff is considered too large to be acceptable, the Ministry of Health said.",
        due=None,
        vague=False,
        said="2020-03-22 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_SNZCV,
        published="2020-03-23",
    ),
    # the same release: 'when it is safe' is an undated event: event (CONVENTIONS 1.3)
    B(
        text="As the response to COVID-19 continues, the Ministry of Health will monitor the situation and advise agencies on when it is safe to resume face-to-face survey interviewing.",
        due=None,
        vague=False,
        said="2020-03-22 21:00:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_SNZCV,
        published="2020-03-23",
    ),
    # the same release: 'regular updates', a standing practice with no date: recurring (CONVENTIONS 1.3)
    B(
        text="We will provide regular updates as more information comes to hand.",
        due=None,
        vague=False,
        said="2020-03-22 21:00:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_SNZCV,
        published="2020-03-23",
    ),
    # Stats NZ media release 'Four surveys to end', dated 4 June 2019, carried verbatim by Scoop on 5 June 2019 ('Press Release: Statistics New Zealand'); zone Pacific/Auckland, said on the release's date at 10:00 NZST ('said today' is 4 June). The New Zealand public sector's financial year 2019/20 runs 1 July 2019 to 30 June 2020: the ceasing falls due at its end, 30 June 2020 (CONVENTIONS 3.5, 'in' a period keeps its end) [local due 2020-06-30 23:59:59 Pacific/Auckland]
    B(
        text="Four industry sector surveys will cease in the next financial year, 2019/20, Stats NZ said today.",
        due="2020-06-30 11:59:59",
        vague=False,
        said="2019-06-03 22:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_SNZ4S,
        published="2019-06-04",
    ),
    # the same release, a list item taken as it stands: the survey ends in November 2019: due at the end of that month (NZDT) ('monthly' describes the survey) [local due 2019-11-30 23:59:59 Pacific/Auckland]
    B(
        text="• Accommodation (monthly – ends in November 2019, with publication of September 2019 data)",
        due="2019-11-30 10:59:59",
        vague=False,
        said="2019-06-03 22:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_SNZ4S,
        published="2019-06-04",
    ),
    # the same release, a list item: the annual publication is called off: negated (CONVENTIONS 4.1)
    B(
        text="• Energy Use (annual – no further publication)",
        due=None,
        vague=False,
        said="2019-06-03 22:00:00",
        tz="Pacific/Auckland",
        refusal="negated",
        cluster=5,
        source=_SNZ4S,
        published="2019-06-04",
    ),
    # the same release, a list item: as the one before, negated (CONVENTIONS 4.1)
    B(
        text="• Screen Industry (annual – no further publication)",
        due=None,
        vague=False,
        said="2019-06-03 22:00:00",
        tz="Pacific/Auckland",
        refusal="negated",
        cluster=5,
        source=_SNZ4S,
        published="2019-06-04",
    ),
    # the same release, the list's last item: negated (CONVENTIONS 4.1)
    B(
        text="• Internet Service Providers (annual – no further publication).",
        due=None,
        vague=False,
        said="2019-06-03 22:00:00",
        tz="Pacific/Auckland",
        refusal="negated",
        cluster=5,
        source=_SNZ4S,
        published="2019-06-04",
    ),
    # the same release: 'no longer' and 'present' set no time for the ceasing: due None, no refusal word
    B(
        text="The surveys will cease because Stats NZ is under significant cost pressures and is no longer able to run them based on present funding.",
        due=None,
        vague=False,
        said="2019-06-03 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_SNZ4S,
        published="2019-06-04",
    ),
    # the same release: 'regularly', a standing practice: recurring (CONVENTIONS 1.3)
    B(
        text="Stats NZ regularly reviews surveys to make sure they are cost effective and meet the needs of users for reliable data, without imposing undue time and effort for businesses completing them.",
        due=None,
        vague=False,
        said="2019-06-03 22:00:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_SNZ4S,
        published="2019-06-04",
    ),
    # the same release: 'regularly', a standing practice: recurring (CONVENTIONS 1.3)
    B(
        text="“Government agencies regularly look at how taxpayers’ money is spent.",
        due=None,
        vague=False,
        said="2019-06-03 22:00:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_SNZ4S,
        published="2019-06-04",
    ),
    # Statistics Canada, census.gc.ca 'Frequently asked questions—Collectives enumeration' (the 2024 Census Test); zone America/Toronto. The page carries no date: it speaks of the Help Line 'starting on May 6, 2024' and of Census Test Day, 14 May 2024, as ahead, so said is taken as 1 May 2024 10:00 EDT. The years name a census and a test, no time is set for any act: due None, no refusal word
    B(
        text="Statistics Canada is preparing for the upcoming 2026 Census and is requesting your assistance in completing the 2024 Census Test questionnaire for the residents of your facility or establishment.",
        due=None,
        vague=False,
        said="2024-05-01 14:00:00",
        tz="America/Toronto",
        cluster=1,
        source=_STCCT,
        published="2024-05-01",
    ),
    # the same page: a year in a name sets no time: due None, no refusal word
    B(
        text="Your assistance will ensure that residents living at your facility or establishment are counted in the 2024 Census Test.",
        due=None,
        vague=False,
        said="2024-05-01 14:00:00",
        tz="America/Toronto",
        cluster=1,
        source=_STCCT,
        published="2024-05-01",
    ),
    # the same page: a year in a name sets no time: due None, no refusal word
    B(
        text="A census test employee is asking you to complete a questionnaire because your facility or establishment has been selected to participate in the 2024 Census Test and because Statistics Canada was unable to collect the data.",
        due=None,
        vague=False,
        said="2024-05-01 14:00:00",
        tz="America/Toronto",
        cluster=1,
        source=_STCCT,
        published="2024-05-01",
    ),
    # the same page: the Help Line is only open from 6 May 2024, an offer given its start: earliest, 6 May 2024 00:00 EDT (CONVENTIONS 3.2)
    B(
        text="If you have questions, please visit the census website where you can also chat online with us, or starting on May 6, 2024, contact the Census Help Line at 1-833-835-2024.",
        due=None,
        vague=False,
        said="2024-05-01 14:00:00",
        tz="America/Toronto",
        refusal="earliest",
        earliest="2024-05-06 04:00:00",
        cluster=5,
        source=_STCCT,
        published="2024-05-01",
    ),
    # the same page: a one-off day: due at its end (CONVENTIONS 3.1) [local due 2024-05-14 23:59:59 America/Toronto]
    B(
        text="Census Test Day is May 14, 2024.",
        due="2024-05-15 03:59:59",
        vague=False,
        said="2024-05-01 14:00:00",
        tz="America/Toronto",
        cluster=6,
        source=_STCCT,
        published="2024-05-01",
    ),
    # the same page: 'as soon as possible': vague, 60 days from speaking (CONVENTIONS 5.1). unsure: the words ask the administrators to act rather than bind the agency, so a careful reader could give due None [local due 2024-06-30 23:59:59 America/Toronto]
    B(
        text="Statistics Canada encourages administrators to participate as soon as possible.",
        due="2024-07-01 03:59:59",
        vague=True,
        said="2024-05-01 14:00:00",
        tz="America/Toronto",
        cluster=4,
        source=_STCCT,
        published="2024-05-01",
    ),
    # National Park Service (Grand Teton National Park) news release on a Moose-Wilson Road closure, carried verbatim by Wyo4News; zone America/Denver. The page gives no date: Tuesday 17 October fits 2017, and the release came before it; said is taken as Friday 13 October 2017 10:00 MDT. The closure on Tuesday 17 October: due at the end of that day (CONVENTIONS 3.1; the dateline is kept as part of the sentence) [local due 2017-10-17 23:59:59 America/Denver]
    B(
        text="MOOSE, WY-To accommodate road maintenance, a brief travel closure will be in place Tuesday, October 17 on the unpaved section of the Moose-Wilson Road in Grand Teton National Park.",
        due="2017-10-18 05:59:59",
        vague=False,
        said="2017-10-13 16:00:00",
        tz="America/Denver",
        cluster=6,
        source=_NPSMW,
        published="2017-10-13",
    ),
    # the same release: no day in the sentence: the first 5:30 p.m. after speaking, the later of the two times (CONVENTIONS 6.3, 6.1); page: 17 October 2017 17:30 MDT [local due 2017-10-13 17:30:00 America/Denver]
    B(
        text="The section of road will be closed beginning at 7:00 a.m. and will reopen by 5:30 p.m.",
        due="2017-10-13 23:30:00",
        vague=False,
        said="2017-10-13 16:00:00",
        tz="America/Denver",
        cluster=2,
        source=_NPSMW,
        published="2017-10-13",
    ),
    # the same release: 'recently' dates the past deterioration, the grading is given no time of its own: due None, no refusal word
    B(
        text="The road will be graded and rolled to improve conditions which have deteriorated recently due to wet weather.",
        due=None,
        vague=False,
        said="2017-10-13 16:00:00",
        tz="America/Denver",
        cluster=1,
        source=_NPSMW,
        published="2017-10-13",
    ),
    # the same release: the closure day, 17 October 2017: due at its end (CONVENTIONS 3.1) [local due 2017-10-17 23:59:59 America/Denver]
    B(
        text="Motorists and bicyclists should plan to use an alternate route on October 17 as this temporary closure will prevent making a ‘through trip’ on the Moose-Wilson Road between the Granite Canyon Entrance Station and the Teton Park Road at Moose, Wyoming.",
        due="2017-10-18 05:59:59",
        vague=False,
        said="2017-10-13 16:00:00",
        tz="America/Denver",
        cluster=6,
        source=_NPSMW,
        published="2017-10-13",
    ),
    # the same release: the seasonal closing on the evening of 31 October 2017: due at the evening's end, 23:59:59 MDT (parser docstring: evening ends 23:59:59; CONVENTIONS 3.1) [local due 2017-10-31 23:59:59 America/Denver]
    B(
        text="The Moose-Wilson Road between Granite Canyon Trailhead and the Death Canyon Road junction is scheduled to close for the season the evening of October 31.",
        due="2017-11-01 05:59:59",
        vague=False,
        said="2017-10-13 16:00:00",
        tz="America/Denver",
        cluster=4,
        source=_NPSMW,
        published="2017-10-13",
    ),
    # European Commission, Daily News of 16 April 2025 ('DAILY NEWS Brussels, 16 April 2025'), carried verbatim by the Cyprus News Agency (cna.org.cy); zone Europe/Brussels, said at 10:00 CEST. The authorisation was granted yesterday: past
    B(
        text="The Commission yesterday granted EU authorisation for Leqembi, a medicine to treat mild cognitive impairment in the early stages of Alzheimer's disease, under strict conditions.",
        due=None,
        vague=False,
        said="2025-04-16 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_ECD16,
        published="2025-04-16",
    ),
    # the same Daily News: January 2024 dates a paper already published: past
    B(
        text="This Recommendation was one of the main proposals from the Commission's January 2024 White Paper on export controls.",
        due=None,
        vague=False,
        said="2025-04-16 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_ECD16,
        published="2025-04-16",
    ),
    # the same Daily News: 'before formal adoption' hangs on an undated event: event (CONVENTIONS 1.3)
    B(
        text="It includes a voluntary coordination mechanism that supports Member States in sharing their draft national control lists with the Commission and peers, facilitating feedback before formal adoption.",
        due=None,
        vague=False,
        said="2025-04-16 08:00:00",
        tz="Europe/Brussels",
        refusal="event",
        cluster=5,
        source=_ECD16,
        published="2025-04-16",
    ),
    # European Commission, Daily News of 1 April 2025 ('DAILY NEWS Brussels, 01 April 2025'), carried verbatim by the Cyprus News Agency; zone Europe/Brussels (the publisher's; the summit is in Samarkand), said at 10:00 CEST. The attendance on Friday 4 April 2025: due at the end of that day [local due 2025-04-04 23:59:59 Europe/Brussels]
    B(
        text="President Ursula von der Leyen, together with President António Costa, will attend the first ever EU-Central Asia Summit in Samarkand, Uzbekistan, on Friday 4 April.",
        due="2025-04-04 21:59:59",
        vague=False,
        said="2025-04-01 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_ECD01,
        published="2025-04-01",
    ),
    # the same Daily News: 'these uncertain times' sets no time: due None, no refusal word
    B(
        text="In these uncertain times, Europe stands for openness and engagement.",
        due=None,
        vague=False,
        said="2025-04-01 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_ECD01,
        published="2025-04-01",
    ),
    # the same Daily News: 'At the Summit' hangs the act on an event the sentence does not date (another sentence does): event (CONVENTIONS 1.3, 6.3 read the sentence alone); page: 4 April 2025
    B(
        text="At the Summit, we will deepen trade ties and expand cooperation in transport, critical raw materials, digital connectivity, water, and energy.",
        due=None,
        vague=False,
        said="2025-04-01 08:00:00",
        tz="Europe/Brussels",
        refusal="event",
        cluster=5,
        source=_ECD01,
        published="2025-04-01",
    ),
    # the same Daily News: Thursday, the next one on or after Tuesday 1 April: 3 April 2025, due at its end [local due 2025-04-03 23:59:59 Europe/Brussels]
    B(
        text="As part of her visit, on Thursday, President von der Leyen will meet with the leaders of the five Central Asia countries.",
        due="2025-04-03 21:59:59",
        vague=False,
        said="2025-04-01 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_ECD01,
        published="2025-04-01",
    ),
    # the same Daily News: Friday, 4 April 2025: due at its end [local due 2025-04-04 23:59:59 Europe/Brussels]
    B(
        text="Furthermore, on Friday, together with President Costa, she will participate in the plenary session of the Summit and deliver an address at the inauguration of the Samarkand Climate Forum.",
        due="2025-04-04 21:59:59",
        vague=False,
        said="2025-04-01 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_ECD01,
        published="2025-04-01",
    ),
    # the same Daily News, its background: an act of 2019: past
    B(
        text="In 2019, the EU adopted a new Strategy on Central Asia (Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan), which highlights the growing strategic relevance of the region.",
        due=None,
        vague=False,
        said="2025-04-01 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_ECD01,
        published="2025-04-01",
    ),
    # the same Daily News: 'Since 2019' tells of progress already made: past
    B(
        text="Since 2019, cooperation between the EU and Central Asia has further advanced in many areas and serves as an example of a partnership for resilience, prosperity and sustainability.",
        due=None,
        vague=False,
        said="2025-04-01 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_ECD01,
        published="2025-04-01",
    ),
    # European Commission, STATEMENT/25/495, opening statement by Commissioner Dombrovskis at the College read-out on the Communication about implementation and simplification, carried verbatim by openrijk.nl; zone Europe/Brussels. The Work Programme it says was adopted 'Yesterday' was adopted on 11 February 2025, so said is 12 February 2025, 10:00 CET (a morning read-out; its greeting, 'Good morning, everyone.', was dropped as used stock wording). Adopted yesterday: past (the opening quotation mark stays as the page has it)
    B(
        text="Yesterday, the College adopted the Commission Work Programme for 2025 titled ‘Moving Forward Together: A bolder, simpler, faster Union.",
        due=None,
        vague=False,
        said="2025-02-12 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_ECDOM,
        published="2025-02-12",
    ),
    # the same statement: the adoption is done; the next Multiannual Financial Framework names a budget period and is no deadline: past
    B(
        text="We also adopted the Communication on implementation and simplification and a roadmap to the next Multiannual Financial Framework.",
        due=None,
        vague=False,
        said="2025-02-12 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_ECDOM,
        published="2025-02-12",
    ),
    # the same statement: the press conference is today's and the points are gone into at it: due at the end of the day of speaking (CONVENTIONS 2.1; a definite time beats the vague 'shortly'). unsure: a careful reader could give 'shortly' its vague window, 60 days from speaking (CONVENTIONS 5.1) [local due 2025-02-12 23:59:59 Europe/Brussels]
    B(
        text="Those first two points will be the focus of todays press conference which myself and, hopefully, Commissioner Šefčovič will go into shortly.",
        due="2025-02-12 22:59:59",
        vague=False,
        said="2025-02-12 09:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_ECDOM,
        published="2025-02-12",
    ),
    # the same statement: 'yesterday' and 'this morning' date acts already done; 'In the meantime' sets nothing: past
    B(
        text="In the meantime, please note that you will find details and links to the documents adopted yesterday on all three of the aforementioned items in the press material that was published on the Press Corner this morning.",
        due=None,
        vague=False,
        said="2025-02-12 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_ECDOM,
        published="2025-02-12",
    ),
    # the same statement: 'Now' sets no time for any pledge: due None, no refusal word
    B(
        text="Now let me draw your attention to the nomination made by the College.",
        due=None,
        vague=False,
        said="2025-02-12 09:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_ECDOM,
        published="2025-02-12",
    ),
    # President of Russia, news item 'Meeting with permanent members of Security Council', 'December 15, 2017, Novo-Ogaryovo, Moscow Region' (en.special.kremlin.ru, the accessible version of en.kremlin.ru); zone Europe/Moscow, said at 10:00 MSK. The only sentence of the item with a time word ('current'); the exchange took place: past
    B(
        text="In addition, there was an exchange of views on current issues on the national agenda.",
        due=None,
        vague=False,
        said="2017-12-15 07:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KRSC,
        published="2017-12-15",
    ),
    # NSW National Parks and Wildlife Service, local alerts page of Wheeny Creek campground (nationalparks.nsw.gov.au); zone Australia/Sydney. First alert 'Safety alerts: Swimming safety in Berowra Valley National Park', 'Applies from Tue 29 Oct 2019, 2.58pm. Last reviewed: Fri 5 Mar 2021, 4.40pm': said at the last review, 5 March 2021 16:40 AEDT (the words stood then). 'at certain times' sets no time: due None, no refusal word
    B(
        text="Swimming is not advisable in Berowra Creek at certain times as the water may be subject to variable pollution levels and algal blooms.",
        due=None,
        vague=False,
        said="2021-03-05 05:40:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_NPWWC,
        published="2021-03-05",
    ),
    # the same alert: 'before swimming' hangs on each visitor's undated swim: event (CONVENTIONS 1.3)
    B(
        text="Please refer to the Hornsby Shire Council website before swimming in Berowra Creek.",
        due=None,
        vague=False,
        said="2021-03-05 05:40:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_NPWWC,
        published="2021-03-05",
    ),
    # the same alert: a '24 hour' line is a standing service: recurring (CONVENTIONS 1.3)
    B(
        text="Alternatively you can call the Hornsby Council 24 hour information line on 9847 6666 or the Algal information line on 1800 999 457.",
        due=None,
        vague=False,
        said="2021-03-05 05:40:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_NPWWC,
        published="2021-03-05",
    ),
    # the same alert: 'at any time', a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="Swimming at Fishponds is not advised at any time due to heavy water pollution.",
        due=None,
        vague=False,
        said="2021-03-05 05:40:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_NPWWC,
        published="2021-03-05",
    ),
    # the same page, second alert 'Closed areas: Update to visitor area closures', 'Applies from Fri 27 Mar 2020, 11.27am. Last reviewed: Fri 5 Mar 2021, 4.38pm': said at 16:38 AEDT on 5 March 2021. The lifting is done: past (CONVENTIONS 2.4)
    B(
        text="Many COVID-19 restrictions have now been lifted from visitor precincts and facilities.",
        due=None,
        vague=False,
        said="2021-03-05 05:38:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_NPWWC,
        published="2021-03-05",
    ),
    # the same alert: closed while undated works are completed: event (CONVENTIONS 1.3)
    B(
        text="However, several tracks and trails will remain closed while upgrades and remediation works are completed.",
        due=None,
        vague=False,
        said="2021-03-05 05:38:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_NPWWC,
        published="2021-03-05",
    ),
    # the same alert, a list item taken as it stands: 'until further notice' gives no end: event (CONVENTIONS 1.3)
    B(
        text="- Tunks Ridge campground remains closed until further notice while staff assess safety concerns",
        due=None,
        vague=False,
        said="2021-03-05 05:38:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_NPWWC,
        published="2021-03-05",
    ),
    # the same alert, a list item: 'now available' sets no time: due None, no refusal word
    B(
        text="- Bookings for Twin Beaches South and North campgrounds are now available online.",
        due=None,
        vague=False,
        said="2021-03-05 05:38:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_NPWWC,
        published="2021-03-05",
    ),
    # the same alert: a rule taking effect on Friday 29 January 2021 (CONVENTIONS 3.1a), but that day lies five weeks before the last review at which the words are read: past
    B(
        text="From Friday 29 January 2021, the maximum group size for an outdoor gathering will be increased to 50 people, including children.",
        due=None,
        vague=False,
        said="2021-03-05 05:38:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_NPWWC,
        published="2021-03-05",
    ),
    # the same alert: 'still' sets no time: due None, no refusal word
    B(
        text="Groups are still expected to maintain social distancing.",
        due=None,
        vague=False,
        said="2021-03-05 05:38:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_NPWWC,
        published="2021-03-05",
    ),
    # ACT Government (Access Canberra) festive-season announcement, the words of Access Canberra's executive branch manager Emily Springett as carried by Canberra Daily (only the Access Canberra official's quoted words were taken, not the site's own lines); zone Australia/Sydney (Canberra). The article carries no date in its opening: it speaks of closing 'From 3pm Friday 22 December' and reopening in January 2024, so said is taken as 14 December 2023 10:00 AEDT. '365 days a year and 24/7' is a standing service: recurring (CONVENTIONS 1.3)
    B(
        text="“Most services and transactions can be completed on our website 365 days a year and 24/7 – even on Christmas Day,” Ms Springett said.",
        due=None,
        vague=False,
        said="2023-12-13 23:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ACTAC,
        published="2023-12-14",
    ),
    # the same quotes: a forecast of busy days before Christmas, no undertaking (CONVENTIONS 4.2): due None, no refusal word. unsure: a careful reader could give the end of 24 December 2023 (the lead up to Christmas) as the time to visit by
    B(
        text="“However, if your preference is to attend the Service Centres, please make sure you plan ahead and don’t leave your visit too late – we anticipate we will be very busy in the lead up to Christmas.",
        due=None,
        vague=False,
        said="2023-12-13 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ACTAC,
        published="2023-12-14",
    ),
    # ACT Government, YourSay project page 'yoursayto2020' (yoursay.act.gov.au, 'Project status: Open'); zone Australia/Sydney (Canberra). The opening carries no date: the address names 2020 and the page asks about change 'since 2018', so said is taken as 1 July 2020 10:00 AEST (no label here depends on the day). 'our future' sets no time: due None, no refusal word
    B(
        text="All Canberrans have a role to play in how we shape our future and the ACT Government wants to ensure that Canberrans’ voices are heard.",
        due=None,
        vague=False,
        said="2020-07-01 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACTYS,
        published="2020-07-01",
    ),
    # the same page: 'when' asks a question and sets no time: due None, no refusal word
    B(
        text="We are working to make the information on our engagements clear and easy to follow, including how to participate, when and how your feedback will be used, and who we engage with.",
        due=None,
        vague=False,
        said="2020-07-01 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACTYS,
        published="2020-07-01",
    ),
    # the same page, a list item taken as it stands ('a clear ... information' as the page has it): 'timely' sets no time: due None, no refusal word
    B(
        text="• We provide meaningful engagements where the community has a clear, relevant and timely information to help shape decisions.",
        due=None,
        vague=False,
        said="2020-07-01 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACTYS,
        published="2020-07-01",
    ),
    # the same page, a list item: 'future' sets no time: due None, no refusal word
    B(
        text="• We are responsive to the community seeking to grow strong relationships for future collaboration and cooperation.",
        due=None,
        vague=False,
        said="2020-07-01 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACTYS,
        published="2020-07-01",
    ),
    # the same page: 'since 2018' asks about a change already made: past
    B(
        text="We want to know if your engagement experience with us has improved since 2018, and whether we are better meeting our engagement standards.",
        due=None,
        vague=False,
        said="2020-07-01 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ACTYS,
        published="2020-07-01",
    ),
    # the same page: 'ongoing' sets no end: due None, no refusal word
    B(
        text="We’re also having ongoing conversations with stakeholder organisations in the Canberra community to better understand how we can improve the way we work together.",
        due=None,
        vague=False,
        said="2020-07-01 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACTYS,
        published="2020-07-01",
    ),
    # Wikinews, 'Wikinews Shorts: January 1, 2009' ('A compilation of brief news reports for Thursday, January 1, 2009'), carried verbatim by duitpensiun.com; zone UTC (Wikinews), said at 10:00 UTC. The changeover takes effect on 1 January 2009: due at the end of that day (CONVENTIONS 3.1, 3.1a) [local due 2009-01-01 23:59:59 UTC]
    B(
        text="The European country of Slovakia will have the euro replace the koruna as its official currency, starting January 1, 2009.",
        due="2009-01-01 23:59:59",
        vague=False,
        said="2009-01-01 10:00:00",
        tz="UTC",
        cluster=6,
        source=_WNSH,
        published="2009-01-01",
    ),
    # the same page: 'since the summer of 2007' dates shocks already borne, the 'moment' is given no time: past
    B(
        text="Joaquín Almunia, the European Union Economic and Monetary Affairs Commissioner, stated that the conversion will be “a proud moment for the euro area […] the euro has become the symbol of EU identity and is protecting us against the tremendous external shocks that we have had to cope with since the summer of 2007.”",
        due=None,
        vague=False,
        said="2009-01-01 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNSH,
        published="2009-01-01",
    ),
    # the same page: the date names an anniversary and dates no act: due None, no refusal word. unsure: a careful reader could give the end of 1 January 2009 (the anniversary falls that day)
    B(
        text="January 1 also marks the tenth anniversary of the euro being introduced as globally exchangeable currency.",
        due=None,
        vague=False,
        said="2009-01-01 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WNSH,
        published="2009-01-01",
    ),
    # the same page, a second brief: 'now' sets no time: due None, no refusal word
    B(
        text="Adriene Johnson, 24, is now in custody after trying to steal the baby.",
        due=None,
        vague=False,
        said="2009-01-01 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WNSH,
        published="2009-01-01",
    ),
    # the same brief: 'then' tells of acts done: past
    B(
        text="The room was then locked down and the baby was handed over to the doctor.",
        due=None,
        vague=False,
        said="2009-01-01 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNSH,
        published="2009-01-01",
    ),
    # the same brief: arrested on Monday, a past day: past
    B(
        text="Johnson was on bond after being arrested by police on Monday.",
        due=None,
        vague=False,
        said="2009-01-01 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNSH,
        published="2009-01-01",
    ),
    # Wikinews main page as of 'Monday, December 23, 2019, 0918 (UTC)', a Kiwix copy (library.kiwix.org, wikinews_en_all_maxi_2019-12); zone UTC, said at the stated 09:18 UTC. Impeached on Wednesday: past
    B(
        text="On Wednesday, the United States House of Representatives impeached President Donald Trump over complaints arising from an alleged abuse of power.",
        due=None,
        vague=False,
        said="2019-12-23 09:18:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNMP,
        published="2019-12-23",
    ),
    # the same page: 'the previous day' dates a past decision: past
    B(
        text="United States District Judge Clark Waddoups reconsidered his decision made the previous day — that people born in American Samoa are United States citizens and not merely U.S. nationals.",
        due=None,
        vague=False,
        said="2019-12-23 09:18:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNMP,
        published="2019-12-23",
    ),
    # the same page: a stay until an undated appeal is resolved: event (CONVENTIONS 1.3)
    B(
        text="Instead, he put a stay on his ruling until the issue is resolved upon appeal.",
        due=None,
        vague=False,
        said="2019-12-23 09:18:00",
        tz="UTC",
        refusal="event",
        cluster=5,
        source=_WNMP,
        published="2019-12-23",
    ),
    # the same page: 'Before this election' tells of a past state: past
    B(
        text="Before this election, the Conservative Party was the largest party, but had just 318 seats, which is not a majority.",
        due=None,
        vague=False,
        said="2019-12-23 09:18:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNMP,
        published="2019-12-23",
    ),
    # the same page: a two-day shutdown that began before the page (in early December 2019) and is over: past ('200,0000' stays as the page has it)
    B(
        text="The government of Samoa began a planned two-day shutdown to make way for a nationwide vaccination campaign to combat the measles outbreak that had, by reports, infected over 4200 of the island nation's roughly 200,0000 residents since October and killed at least 62, including, according to government reports, 54 small children.",
        due=None,
        vague=False,
        said="2019-12-23 09:18:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNMP,
        published="2019-12-23",
    ),
    # the same page: an announcement made; the year names a title: past
    B(
        text='Time magazine announced its selection of climate change activist Greta Thunberg as their 2019 "Person of the Year".',
        due=None,
        vague=False,
        said="2019-12-23 09:18:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNMP,
        published="2019-12-23",
    ),
)
