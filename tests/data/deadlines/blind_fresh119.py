"""A HUNDRED-AND-NINETEENTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-05 (UTC), in the evening (the machine's clock read 18:14 at the
start and about 18:30 when the labels were written), by a labelling helper (branch issue12l119-s49)
that neither changed, imported nor ran the parser, working at the same time as other labellers of
stop 49, whose claims in the shared claims file were treated as used and whose files and README
sections were not opened. It read `CONVENTIONS.md` in full (rules 3.1a, 6.3 and 6.4 among them), the
docstring, comments, some cases and README section of `blind_fresh116.py`, and the top docstring of
the parser package only (the vague windows, "early / mid / late" as thirds of a period, parts of the
day, weeks running Monday to Sunday, "before"/"by" periods, a range falling due at its later end);
nothing else of `bot/core/deadlines/` was opened. The brief asked for Australian federal and NSW /
Victorian / ACT agencies under CC BY (each on its own copyright page), Stats NZ and DOC (the only New
Zealand publishers allowed), Statistics Canada (open licence), EU institutions where reuse is allowed,
kremlin.ru (CC BY 4.0), Wikinews (CC BY) and at most a quarter US federal (public domain); at least
eight publishers, none above a fifth of the cases.

The set quotes two ACT Government media releases (30 November 2018 on the Network 19 bus network,
24 March 2020 on COVID-19 measures; both carried verbatim by actbus.net), two Stats NZ items on the
2023 Census (a release of about 23 June 2023 carried by scoop.co.nz; a media advisory of 7 June 2023
carried by livenews.co.nz), the European Parliament's 'The Week Ahead' of 06 – 12 July 2015 and of
05 – 11 October 2015 (europarl.europa.eu), three Statistics Canada items carried by wire services (a
public service announcement of 22 March 2020 on newswire.ca; media advisories of 13 January 2022 on
benzinga.com and of 31 March 2022 on ca.sports.yahoo.com), NSW National Parks and Wildlife Service
local alerts (reviewed 31 March 2025, on NPWS's own host prd.nswparks.cloud), an Australian Bureau of
Statistics media release of August 2006 on abs.gov.au, three NASA items (the Progress 70 launch
advisory of 9 July 2018, carried by spacefellowship.com; Johnson Space Center release J05-050 of
about 31 October 2005 on nasa.gov; an Expedition 9 spacewalk advisory of about 30 July 2004, carried
by spacenews.com without a date) and a Wikinews report of 18 July 2008 (en.m.wikinews.org): 101
cases from 8 publishers (the ACT Government 19; Stats NZ 19; NASA 19; Statistics Canada 17; the
European Parliament 16; NSW NPWS 5; the ABS 3; Wikinews 3), none above a fifth (20.2). 19 of the 101
(18.8%) are from the United States (NASA); 82 are not. No kremlin.ru, DOC,
Victorian or Transport for NSW page was taken: the searches offered only used ones, or (Transport for
NSW, DOC) the agency's own open licence statement could not be seen in the time (the stored DOC
copyright pages still say CC BY 3.0 NZ, non-commercial).

Every sentence quoted holds a time word of some kind (a date, a clock time, a day word, a part of
the day, a period, a span, a year, a term, "now", "current", "currently", "ever", "never",
"already", "prior", "ultimately", "permanent", "until further notice", "overtime"); the sentences of
the openings read that hold none were skipped, as were titles, headings, datelines, status lines
("Applies from ...", "Last reviewed: ..."), field labels ("Date", "Time"), navigation, contact lines
and sentences cut off by the end of an opening. The European Parliament's item labels ("Hollande and
Merkel.", "Volkswagen.") were left out and the sentence after them quoted; its bracket line "(Debate
Wednesday)" was taken as it stands; lines ending in a colon were taken as they stand; line breaks
inside a sentence were read as spaces and no word was changed ("It will remained docked", the space
before a full stop, the straight and curly quotation marks and a closing quotation mark whose opening
lies in an earlier sentence stay as the pages have them). The sentences were found with a search
over stored copies of public pages and taken as they came in the openings the search returns, in
page order. See README.md ("Hundred-and-nineteenth fresh blind set") for every address, publisher and
licence.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was
checked with the lead's `fresh_check.py` (the address and, for most, a distinctive phrase of the
page) and claimed (`fresh119`) in `/work/helper-brief/claims.txt` before its quotes were kept; many
pages were found used and dropped (README.md lists them). Every sentence was then checked whole with
the same tool (skipping this file): the European Parliament's bracket line "(Wednesday)" was found
used (stock wording) and dropped, and so was the July bracket line "(Debate Tuesday, vote
Wednesday)" each of the three times it stands on the page; two sentences of the 31 March 2022
Statistics Canada advisory that repeat the 13 January 2022 advisory word for word were not taken a
second time. Each label was worked out by hand from the words, the publication
date and the publisher's zone (Australia/Sydney for the ACT Government, NSW NPWS and the ABS,
Pacific/Auckland for Stats NZ, Europe/Brussels for the European Parliament, America/Toronto for
Statistics Canada, America/New_York for NASA Headquarters' advisories, America/Chicago for the
Johnson Space Center release, UTC for Wikinews); the
conversion of local instants to UTC wall time, weekdays and day counts were done with Python's
zoneinfo and datetime in a scratch script outside the repository, never with code of the project.
No run of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the tests touched these
texts before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh116.py`: the publication date at 10:00 local time unless the page gives an hour (the
European Parliament's 10:21 and 10:45, the ABS release's 11:30, the NPWS review time), and where a
page carries no date in its opening, the one its words give (each page's first comment says which
and why: the Stats NZ 'final whistle' release, the NASA 2005 release and 2004 advisory); a day falls
due at
23:59:59 local; "early" a month at the end of its first third, "late" at its end; a morning at 12:00;
a range or a list falls due at its later end (CONVENTIONS 6.1, 6.2); a clock time with no day of its
own in the sentence is its first occurrence after the moment of speaking, with the page's instant
written in the comment (CONVENTIONS 6.3); a date of effect or an event on a day is due then
(CONVENTIONS 3.1); a stay until a date falls due then (CONVENTIONS 3.3); done acts are past
(CONVENTIONS 2.4); a time called off with no new one is negated (CONVENTIONS 4.1); standing
patterns ("from sunset to sunrise", "the beginning of the school day") are recurring, and times hung on an undated event (school terms, "Census Day", "following
their remarks", "ahead of the release date", "during ... approach and docking") event (CONVENTIONS
1.3); an activity given only its start ("On February 9 and the following days") earliest (CONVENTIONS
3.2); refusals have `due=None` and a `refusal` kind; a sentence whose time words set no time for any
act ("current", "never", "until further notice", "this year's") has `due=None` and no refusal word
(26 such). No sentence holds nights of work (CONVENTIONS 6.4 decides none) and none holds a vague
word. Clusters as in `blind_fresh116.py`: 1 no time set, 2 clock times, 3 ranges and several dates,
4 parts of the day, periods and vague windows, 5 refusals, 6 plain days and dates. 32 labels are
refusals (past 15, event 12, recurring 2, earliest 2, negated 1), none is vague; 43 labels carry a
due instant; 19 are marked "unsure" and name the other reading; like every label here they stay as committed,
whatever the first run shows. First run: not yet taken (the lead runs it once, after merging, and
records it in README.md). Never edit these labels to fit the parser.

Licence audit of stop 49 (lic49b), applied by the lead before the first run, reading only
sources: the 16 European Parliament 'Week Ahead' cases are removed (no legal notice of the
Parliament's own is stored; the Publications Office notice covers only its portal); 85 of 101
cases remain.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_ACT19 = "https://www.actbus.net/network-19-starts-27-april/"
_SNZFW = "https://scoop.co.nz/stories/PO2306/S00199/final-whistle-looms-to-complete-2023-census.htm"
_EP15 = "http://www.europarl.europa.eu/news/hu/news-room/agenda"
_SCPSA = "https://www.newswire.ca/news-releases/public-service-announcement-statistics-canada-surveys-802610672.html"
_SCCEN = "https://www.benzinga.com/pressreleases/22/01/n25037342/media-advisory-statistics-canada-to-hold-a-news-conference-to-present-highlights-of-first-2021-cen"
_NPWS = "https://prd.nswparks.cloud/things-to-do/guided-tours/2-day-port-macquarie-motorcycle-adventure/local-alerts"
_ABS06 = "https://www.abs.gov.au/AUSSTATS/abs@.nsf/Latestproducts/2903.0.55.002Media%20Release152006?opendocument&tabname=Summary&prodno=2903.0.55.002&issue=2006&num=&view="
_NASA18 = "https://spacefellowship.com/news/art53343/watch-russian-rocket-blast-off-for-same-day-delivery-to-station.html"
_NASA05 = "https://www.nasa.gov/centers/johnson/news/releases/J05-050.html"
_NASA04 = "https://spacenews.com/next-space-station-spacewalk-live-on-nasa-tv-early-tuesday"
_WN08 = "https://en.m.wikinews.org/wiki/Wikimania_2008_opens_at_Bibliotheca_Alexandrina,_Egypt"
_ACTCV = "https://www.actbus.net/response-to-covid-19/"
_SNZOP = "https://livenews.co.nz/2023/06/07/2023-census-media-advisory-census-operation-update"
_EP15J = "http://www.europarl.europa.eu/news/en/news-room/agenda"
_SCAPR = "https://ca.sports.yahoo.com/news/media-advisory-statistics-canada-hold-140000080.html?src=rss"

FRESH119_CASES: tuple[BlindCase, ...] = (
    # ACT Government media release (Minister for Transport Meegan Fitzharris, 30 November 2018), carried verbatim by actbus.net; zone Australia/Sydney (Canberra), said at 10:00 local (AEDT), the page gives no hour: the network is introduced in April 2019, a one-off event in a month, due at the month's end (CONVENTIONS 3.1; a range falls due at its later end); 'the start of term two' is undated here [local due 2019-04-30 23:59:59 Australia/Sydney]
    B(
        text="Canberra’s new and bigger bus network will be introduced in April 2019, ready for the start of term two, with a month of free travel planned for all public transport users.",
        due="2019-04-30 13:59:59",
        vague=False,
        said="2018-11-29 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ACT19,
        published="2018-11-30",
    ),
    # the same page: 'This date' points to a date given in the sentence before: the sentence itself sets no time (CONVENTIONS 6.3 reads the sentence alone); due None, no refusal word
    B(
        text="This date gives the community, especially school students and their families, certainty around when the new bus network will commence.",
        due=None,
        vague=False,
        said="2018-11-29 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACT19,
        published="2018-11-30",
    ),
    # the same page: two dated starts, Saturday 27 April and Monday 29 April 2019: the later counts (CONVENTIONS 6.1, 6.2); each is a one-off start on a day (3.1) [local due 2019-04-29 23:59:59 Australia/Sydney]
    B(
        text="The new network will begin on Saturday 27 April, with school services starting when term two begins on Monday 29 April.",
        due="2019-04-29 13:59:59",
        vague=False,
        said="2018-11-29 23:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_ACT19,
        published="2018-11-30",
    ),
    # the same page: 'early March' (2019, the next March) is the first third of the month, days 1-10 (parser docstring), due 10 March at the end of the day [local due 2019-03-10 23:59:59 Australia/Sydney]
    B(
        text="Timetables will be released in early March.",
        due="2019-03-10 12:59:59",
        vague=False,
        said="2018-11-29 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ACT19,
        published="2018-11-30",
    ),
    # the same page: 'the beginning of the school day' is a standing daily rule, no start of its own (CONVENTIONS 1.3)
    B(
        text="The timetable for all dedicated school bus services will ensure all these services arrive in time for the beginning of the school day, consistent with the longstanding policy.",
        due=None,
        vague=False,
        said="2018-11-29 23:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ACT19,
        published="2018-11-30",
    ),
    # the same page: a month of free travel runs from the start of the new network, which this sentence does not date: a span hung on an undated event (CONVENTIONS 1.3)
    B(
        text="Transport Canberra will provide a month of free travel for every journey on the new network when a passenger uses a MyWay card.",
        due=None,
        vague=False,
        said="2018-11-29 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ACT19,
        published="2018-11-30",
    ),
    # the same page: 'during term one' and 'the busy end of year period' are school periods the sentence does not date (term dates are not calendar periods); the time hangs on undated events (CONVENTIONS 1.3). unsure: a reader could take 'the end of year period' as December 2018 and due None without a refusal word
    B(
        text="Minister for Transport Meegan Fitzharris said the start date will give travellers, and especially students and families certainty and enable schools to prepare for the new network during term one rather than in the busy end of year period.",
        due=None,
        vague=False,
        said="2018-11-29 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ACT19,
        published="2018-11-30",
    ),
    # the same page: a stay until the end of term one 2019 (CONVENTIONS 3.3), but the end of the school term is not a calendar date the words give: event (1.3). unsure: a reader could give the end of the first school term (about mid-April 2019)
    B(
        text="The current bus network will continue in term one next year.",
        due=None,
        vague=False,
        said="2018-11-29 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ACT19,
        published="2018-11-30",
    ),
    # the same page: 'have already released' tells of an act already done (CONVENTIONS 2.4)
    B(
        text="“We have already released the updated network, following extensive consultation, to give the community a chance to become familiar with the new bus routes,” Minister Fitzharris said.",
        due=None,
        vague=False,
        said="2018-11-29 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ACT19,
        published="2018-11-30",
    ),
    # the same page: 'before the start of term two' hangs on an undated school event (the sentence does not give the term's date); 'for term two onwards' is open-ended (CONVENTIONS 1.3)
    B(
        text="“By starting the new network before the start of term two we can give passengers, especially parents and school students, certainty to plan their journeys for both the beginning of the 2019 school year and for term two onwards.",
        due=None,
        vague=False,
        said="2018-11-29 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ACT19,
        published="2018-11-30",
    ),
    # the same page: 'for term two' names a school term the sentence does not date (CONVENTIONS 1.3)
    B(
        text="“Starting the new bus network for term two will also assist with the introduction of light rail.",
        due=None,
        vague=False,
        said="2018-11-29 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ACT19,
        published="2018-11-30",
    ),
    # the same page: the start 'in term two' is a school term, not a date the sentence gives (CONVENTIONS 1.3)
    B(
        text="Given the complexity of this kind of major infrastructure project and the need for third party accreditations that are beyond the government’s and the Canberra Metro consortium’s control, we have decided to start the new bus network in term two to minimise disruption to commuters as much as possible.",
        due=None,
        vague=False,
        said="2018-11-29 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ACT19,
        published="2018-11-30",
    ),
    # Stats NZ media release 'Final Whistle Looms To Complete 2023 Census', carried by scoop.co.nz; the opening shows no date: its words ('just one week to go' until the close on 30 June; 'Today is the last day' to request paper forms) put it on Friday 23 June 2023; zone Pacific/Auckland, said at 10:00 local (NZST): 'one week to go until' the census closes: the close falls one week after the day of speaking, Friday 30 June 2023, at the end of the day (CONVENTIONS 1.2 / 3.1); 'said today' is the verb of speaking (2.2) [local due 2023-06-30 23:59:59 Pacific/Auckland]
    B(
        text="There is still time to be counted in the 2023 Census but the clock is ticking down, with just one week to go until Aotearoa’s five yearly count of people and dwellings officially closes, Stats NZ said today.",
        due="2023-06-30 11:59:59",
        vague=False,
        said="2023-06-22 22:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_SNZFW,
        published="2023-06-23",
    ),
    # the same page: 'on or before Census Day' and 'after' hang on Census Day, which this sentence does not date (CONVENTIONS 1.3)
    B(
        text="“There are the people who complete their census forms on or before Census Day and there are those who do it after, so in that sense it’s really a game of two halves.",
        due=None,
        vague=False,
        said="2023-06-22 22:00:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_SNZFW,
        published="2023-06-23",
    ),
    # the same page: 'no overtime' (a football figure) denies extra time but names no time of its own; due None, no refusal word. unsure: a reader could call it negated (CONVENTIONS 4.1)
    B(
        text="But there’s definitely no overtime,” said Simon Mason, Deputy Government Statistician and Deputy Chief Executive for Census and Collection Operations.",
        due=None,
        vague=False,
        said="2023-06-22 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_SNZFW,
        published="2023-06-23",
    ),
    # the same page: the close on 30 June 2023 (the next 30 June), a one-off event on a day, due at its end (CONVENTIONS 3.1); 'before then' points to the same day [local due 2023-06-30 23:59:59 Pacific/Auckland]
    B(
        text="“Once the ref calls time on 30 June, it’s game over, but people still have the chance to beat the buzzer before then,” he quipped.",
        due="2023-06-30 11:59:59",
        vague=False,
        said="2023-06-22 22:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_SNZFW,
        published="2023-06-23",
    ),
    # the same page: two alternatives: online until 17:00 on Friday 30 June, or paper forms arriving on the same day (the whole day): the later counts (CONVENTIONS 6.2). unsure: a reader could give 17:00 on 30 June [local due 2023-06-30 23:59:59 Pacific/Auckland]
    B(
        text="Simon Mason says people can still complete their census forms online at www.census.govt.nz right up until 5pm on Friday 30 June, or mail their completed paper forms to arrive with Stats NZ on the same day to be counted.",
        due="2023-06-30 11:59:59",
        vague=False,
        said="2023-06-22 22:00:00",
        tz="Pacific/Auckland",
        cluster=3,
        source=_SNZFW,
        published="2023-06-23",
    ),
    # the same page: 'ever' sets no time for any act; due None, no refusal word
    B(
        text="“This has been the most inclusive census ever so when we say tatau tātou, it’s true that all of us count - we want everyone to be counted, considered and included.”",
        due=None,
        vague=False,
        said="2023-06-22 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_SNZFW,
        published="2023-06-23",
    ),
    # the same page: 'ultimately' sets no time; due None, no refusal word
    B(
        text="The data collected stays private and secure and will ultimately support people and communities, including recovery in cyclone affected areas and allocation of funding for infrastructure and services that all communities need and deserve, Simon Mason says.",
        due=None,
        vague=False,
        said="2023-06-22 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_SNZFW,
        published="2023-06-23",
    ),
    # the same page: the last day to request paper forms is the day of speaking: due at its end (CONVENTIONS 2.1) [local due 2023-06-23 23:59:59 Pacific/Auckland]
    B(
        text="Today is the last day people can request paper forms to be mailed either through www.census.govt.nz or by calling 0800 CENSUS (0800 236 787).",
        due="2023-06-23 11:59:59",
        vague=False,
        said="2023-06-22 22:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_SNZFW,
        published="2023-06-23",
    ),
    # the same page: an offer kept open until 30 June 2023 falls due then (CONVENTIONS 3.3) [local due 2023-06-30 23:59:59 Pacific/Auckland]
    B(
        text="People can also request a new online access code from the website or by calling the census helpline up until 30 June.",
        due="2023-06-30 11:59:59",
        vague=False,
        said="2023-06-22 22:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_SNZFW,
        published="2023-06-23",
    ),
    # Statistics Canada public service announcement, OTTAWA, March 22, 2020 /CNW/ (newswire.ca); zone America/Toronto (EDT), said at 10:00 local, the page gives no hour; the dateline sentence is skipped: 'current' sets no time for any act; due None, no refusal word
    B(
        text="Maintaining an accurate picture of our economy remains critically important especially under the current circumstances of this evolving pandemic.",
        due=None,
        vague=False,
        said="2020-03-22 14:00:00",
        tz="America/Toronto",
        cluster=1,
        source=_SCPSA,
        published="2020-03-22",
    ),
    # the same page: 'up-to-date' sets no time; due None, no refusal word
    B(
        text="Making certain that Canadians retain their ability to access and use the most up-to-date statistical information helps to ensure that they can confidently continue to make informed decisions.",
        due=None,
        vague=False,
        said="2020-03-22 14:00:00",
        tz="America/Toronto",
        cluster=1,
        source=_SCPSA,
        published="2020-03-22",
    ),
    # the same page: 'until further notice' names no time; due None, no refusal word. unsure: a reader could call 'has stopped' past (CONVENTIONS 2.4)
    B(
        text="That said, the health and well-being of Canadians and our employees is of paramount importance and as such Statistics Canada has stopped conducting all in-person surveys until further notice.",
        due=None,
        vague=False,
        said="2020-03-22 14:00:00",
        tz="America/Toronto",
        cluster=1,
        source=_SCPSA,
        published="2020-03-22",
    ),
    # the same page: 'At present, the current' set no time for any act; the line ends in a colon and is taken as it stands; due None, no refusal word
    B(
        text="At present, the current list comprises:",
        due=None,
        vague=False,
        said="2020-03-22 14:00:00",
        tz="America/Toronto",
        cluster=1,
        source=_SCPSA,
        published="2020-03-22",
    ),
    # the same page: a possibility with no time (CONVENTIONS 4.2); due None, no refusal word
    B(
        text="Moving forward others may be added.",
        due=None,
        vague=False,
        said="2020-03-22 14:00:00",
        tz="America/Toronto",
        cluster=1,
        source=_SCPSA,
        published="2020-03-22",
    ),
    # Statistics Canada media advisory, OTTAWA, ON, Jan. 13, 2022 /CNW/ (carried by benzinga.com); zone America/Toronto (EST), said at 10:00 local, the page gives no hour: the release on 9 February 2022 is a one-off event on a date, due at the end of the day (CONVENTIONS 3.1); the dateline before it ('OTTAWA, ON, Jan. 13, 2022 /CNW/ -') is left out as a date line. unsure: a reader could give the 08:30 release time named in a later sentence (6.3 reads the sentence alone) [local due 2022-02-09 23:59:59 America/Toronto]
    B(
        text="On February 9, 2022, Statistics Canada will release the first results from the 2021 Census.",
        due="2022-02-10 04:59:59",
        vague=False,
        said="2022-01-13 15:00:00",
        tz="America/Toronto",
        cluster=6,
        source=_SCCEN,
        published="2022-01-13",
    ),
    # the same page: 'since 2016' and 'since the onset' are open-ended and set no time for the release; due None, no refusal word
    B(
        text="This release will show their evolution since 2016 and particularly since the onset of the pandemic.",
        due=None,
        vague=False,
        said="2022-01-13 15:00:00",
        tz="America/Toronto",
        cluster=1,
        source=_SCCEN,
        published="2022-01-13",
    ),
    # the same page: 9 February 2022 at 08:30 Eastern (EST): a one-off release at a time (CONVENTIONS 3.1) [local due 2022-02-09 08:30:00 America/Toronto]
    B(
        text="The release will be published in Statistics Canada's Daily at 8:30 a.m. eastern time on February 9, 2022.",
        due="2022-02-09 13:30:00",
        vague=False,
        said="2022-01-13 15:00:00",
        tz="America/Toronto",
        cluster=2,
        source=_SCCEN,
        published="2022-01-13",
    ),
    # the same page: 'throughout 2022' sets no time for any act; due None, no refusal word
    B(
        text="Information about subsequent releases throughout 2022 is available here.",
        due=None,
        vague=False,
        said="2022-01-13 15:00:00",
        tz="America/Toronto",
        cluster=1,
        source=_SCCEN,
        published="2022-01-13",
    ),
    # the same page: 'following their remarks' hangs on an event the sentence does not date (CONVENTIONS 1.3)
    B(
        text="Officials will be available to answer questions from the media following their remarks.",
        due=None,
        vague=False,
        said="2022-01-13 15:00:00",
        tz="America/Toronto",
        refusal="event",
        cluster=5,
        source=_SCCEN,
        published="2022-01-13",
    ),
    # the same page: an ongoing activity given only its start (9 February 2022) and an open end ('the following days'): earliest (CONVENTIONS 3.2). unsure: a reader could give the end of 9 February [local earliest 2022-02-09 00:00:00 America/Toronto]
    B(
        text="On February 9 and the following days, Statistics Canada will also grant interviews regarding this 2021 Census data release.",
        due=None,
        vague=False,
        said="2022-01-13 15:00:00",
        tz="America/Toronto",
        refusal="earliest",
        earliest="2022-02-09 05:00:00",
        cluster=5,
        source=_SCCEN,
        published="2022-01-13",
    ),
    # the same page: 'ahead of the release date' hangs on a date this sentence does not give (CONVENTIONS 1.3); the space before the full stop stays as the page has it
    B(
        text="Members of the media are invited to submit their requests for interviews and/or custom tabulations ahead of the release date to the Media Hot Line .",
        due=None,
        vague=False,
        said="2022-01-13 15:00:00",
        tz="America/Toronto",
        refusal="event",
        cluster=5,
        source=_SCCEN,
        published="2022-01-13",
    ),
    # NSW National Parks and Wildlife Service local alerts (NPWS's own production host of nationalparks.nsw.gov.au); the newest instant on the page is 'Last reviewed: Mon 31 Mar 2025, 1.46pm', taken as the moment of reading; zone Australia/Sydney (AEDT); the 'Applies from' and 'Last reviewed' status lines and the alert headings are skipped: a closure kept until the end of June 2025 falls due then (CONVENTIONS 3.3) [local due 2025-06-30 23:59:59 Australia/Sydney]
    B(
        text="For safety, some national parks and reserves on the North Coast are closed until end of June 2025 due to damage caused by Ex-Tropical Cyclone Alfred.",
        due="2025-06-30 13:59:59",
        vague=False,
        said="2025-03-31 02:46:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_NPWS,
        published="2025-03-31",
    ),
    # the same page: 'permanent' sets no time; the line ends in a colon and is taken as it stands; due None, no refusal word
    B(
        text="The following roads are subject to permanent closure as part of the construction and operation of the feral predator free area:",
        due=None,
        vague=False,
        said="2025-03-31 02:46:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_NPWS,
        published="2025-03-31",
    ),
    # the same page: 'were completed in August' tells of the past
    B(
        text="Construction works were completed in August and the 23k of fencing is complete.",
        due=None,
        vague=False,
        said="2025-03-31 02:46:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_NPWS,
        published="2025-03-31",
    ),
    # the same page: 'this period' is the alert's window, given only in a status line the case does not hold; 'select nights' are undated: the time hangs on what the sentence does not date (CONVENTIONS 1.3, 6.3). unsure: a reader could give due None without a refusal word
    B(
        text="Shooting operations will occur on select nights throughout this period.",
        due=None,
        vague=False,
        said="2025-03-31 02:46:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_NPWS,
        published="2025-03-31",
    ),
    # the same page: 'from sunset to sunrise' each operating night is a standing pattern with no dated start (CONVENTIONS 1.3); no night is named, so 6.4 does not date it
    B(
        text="The operations will run from sunset to sunrise in areas that are closed for public access.",
        due=None,
        vague=False,
        said="2025-03-31 02:46:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_NPWS,
        published="2025-03-31",
    ),
    # Australian Bureau of Statistics media release ACT53/2006 'Do not leave completed Census forms outside' (dated August 14, 2006, embargoed 11:30 AM AEST; the page says released at 11:30 AM Canberra time 15/08/2006); zone Australia/Sydney (AEST), said at the release instant: 'currently' sets no deadline; due None, no refusal word
    B(
        text="Census Collectors are currently visiting households across Australia to pick up the completed Census forms personally.",
        due=None,
        vague=False,
        said="2006-08-15 01:30:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS06,
        published="2006-08-15",
    ),
    # the same page: 'never' sets no time; due None, no refusal word
    B(
        text="This ensures that private information will never be available to anyone outside the Australian Bureau of Statistics (ABS).",
        due=None,
        vague=False,
        said="2006-08-15 01:30:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS06,
        published="2006-08-15",
    ),
    # the same page: the only times ('never been breached', '100-year history') tell of the past; the undertaking has no time. unsure: a reader could give due None without a refusal word
    B(
        text="\"Confidentiality of information has never been breached in the ABS's 100-year history and we will do everything possible to maintain our strong reputation of trust.\"",
        due=None,
        vague=False,
        said="2006-08-15 01:30:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABS06,
        published="2006-08-15",
    ),
    # NASA advisory on the Progress 70 launch, carried by spacefellowship.com with the date 2018-07-09; zone America/New_York (EDT, NASA Headquarters), said at 10:00 local, the page gives no hour: coverage begins Monday 9 July 2018 at 17:30 EDT: a one-off start at a time (CONVENTIONS 3.1) [local due 2018-07-09 17:30:00 America/New_York]
    B(
        text="NASA Television will provide live coverage of the launch of a Russian Progress spacecraft carrying almost three tons of food, fuel and supplies for the Expedition 56 crew aboard the International Space Station beginning at 5:30 p.m. EDT on Monday, July 9.",
        due="2018-07-09 21:30:00",
        vague=False,
        said="2018-07-09 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA18,
        published="2018-07-09",
    ),
    # the same page: 17:51 EDT and 03:51 on 10 July at Baikonur (UTC+6) are the same instant, 21:51 UTC on 9 July (CONVENTIONS 3.1, 6.3) [local due 2018-07-09 17:51:00 America/New_York]
    B(
        text="Launch of the ISS Progress 70 from the Baikonur Cosmodrome in Kazakhstan is planned for 5:51 p.m. (3:51 a.m. July 10 local time).",
        due="2018-07-09 21:51:00",
        vague=False,
        said="2018-07-09 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA18,
        published="2018-07-09",
    ),
    # the same page: a clock time with no day: its first occurrence after the moment of speaking, 9 July at 21:00 EDT (CONVENTIONS 6.3). page: the same [local due 2018-07-09 21:00:00 America/New_York]
    B(
        text="NASA TV coverage of rendezvous and docking will begin at 9 p.m.",
        due="2018-07-10 01:00:00",
        vague=False,
        said="2018-07-09 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA18,
        published="2018-07-09",
    ),
    # the same page: a clock time with no day: its first occurrence after the moment of speaking, 9 July at 21:39 EDT (CONVENTIONS 6.3). page: the same [local due 2018-07-09 21:39:00 America/New_York]
    B(
        text="Following two orbits of Earth, Progress 70 is scheduled to arrive at the Pirs Docking Compartment of the International Space Station after a less-than-four-hour trip for docking at 9:39 p.m.",
        due="2018-07-10 01:39:00",
        vague=False,
        said="2018-07-09 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA18,
        published="2018-07-09",
    ),
    # the same page: a stay until late January 2019 falls due at the end of the month's last third, 31 January (CONVENTIONS 3.3; parser docstring, 'late' the last third); 'remained' stays as the page has it [local due 2019-01-31 23:59:59 America/New_York]
    B(
        text="It will remained docked to the station until late January 2019.",
        due="2019-02-01 04:59:59",
        vague=False,
        said="2018-07-09 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_NASA18,
        published="2018-07-09",
    ),
    # the same page: 'during' the approach and docking, which this sentence does not date (CONVENTIONS 1.3)
    B(
        text="The Expedition 56 crew will monitor key events during Progress 70’s approach and docking.",
        due=None,
        vague=False,
        said="2018-07-09 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NASA18,
        published="2018-07-09",
    ),
    # NASA Johnson Space Center release J05-050 (nasa.gov); the opening shows no date: it announces a briefing on Thursday 3 November 2005 and was issued before it; taken as Monday 31 October 2005 at 10:00 local (CST, Houston), a choice that moves only the labels of clock times without a day: the briefing is on Thursday 3 November 2005 at 14:00 EST (13:00 CST): a one-off event at a time (CONVENTIONS 3.1; the zone word after the time makes it that instant) [local due 2005-11-03 13:00:00 America/Chicago]
    B(
        text="The first spacewalk for the Expedition 12 space station crew is the subject of a 2 p.m. EST media briefing on Thursday, Nov. 3 from NASA's Johnson Space Center, Houston.",
        due="2005-11-03 19:00:00",
        vague=False,
        said="2005-10-31 16:00:00",
        tz="America/Chicago",
        cluster=2,
        source=_NASA05,
        published="2005-10-31",
    ),
    # the same page: the spacewalk is on 7 November 2005, due at the end of the day in the publisher's zone (CONVENTIONS 3.1) [local due 2005-11-07 23:59:59 America/Chicago]
    B(
        text="Expedition 12 Commander Bill McArthur and Flight Engineer Valery Tokarev space walk on Nov. 7.",
        due="2005-11-08 05:59:59",
        vague=False,
        said="2005-10-31 16:00:00",
        tz="America/Chicago",
        cluster=6,
        source=_NASA05,
        published="2005-10-31",
    ),
    # the same page: clock times with no day in the sentence: the first 09:30 EST after the moment of speaking (31 October, 11:00 EST) is 1 November; the later of the two times, 09:30 EST (08:30 CST), counts (CONVENTIONS 6.3, 6.1); 'about' leaves the time as given. page: 7 November 09:30 EST [local due 2005-11-01 08:30:00 America/Chicago]
    B(
        text="The 5.5 hour event begins about 9:30 a.m. EST and airs live on NASA TV beginning at 8:30 a.m. EST.",
        due="2005-11-01 14:30:00",
        vague=False,
        said="2005-10-31 16:00:00",
        tz="America/Chicago",
        cluster=2,
        source=_NASA05,
        published="2005-10-31",
    ),
    # the same page: 'since April 2003' dates the past
    B(
        text="It is the first spacewalk in U.S. spacesuits from the Quest Joint Airlock since April 2003.",
        due=None,
        vague=False,
        said="2005-10-31 16:00:00",
        tz="America/Chicago",
        refusal="past",
        cluster=5,
        source=_NASA05,
        published="2005-10-31",
    ),
    # the same page: a possibility with no time ('If time permits', 'future'): no undertaking (CONVENTIONS 4.2); due None, no refusal word
    B(
        text="If time permits, they may remove faulty hardware and prepare for future work outside the station.",
        due=None,
        vague=False,
        said="2005-10-31 16:00:00",
        tz="America/Chicago",
        cluster=1,
        source=_NASA05,
        published="2005-10-31",
    ),
    # NASA advisory on the Expedition 9 spacewalk of Tuesday 3 August 2004, carried by spacenews.com without a date; its words (NASA TV moved satellite 'On July 24'; the spacewalk 'on Tuesday, Aug. 3') put it between 24 July and 3 August 2004; taken as Friday 30 July 2004 at 10:00 local (EDT, NASA Headquarters), a choice that moves only the labels of clock times without a day: the spacewalk is in the early morning of Tuesday 3 August 2004; morning ends at 12:00 (parser docstring, parts of the day; CONVENTIONS 3.1); line breaks read as spaces. unsure: a reader could give the end of the day [local due 2004-08-03 12:00:00 America/New_York]
    B(
        text="NASA Television will provide live coverage of and commentary on the next spacewalk at the International Space Station in the early morning hours on Tuesday, Aug. 3.",
        due="2004-08-03 16:00:00",
        vague=False,
        said="2004-07-30 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_NASA04,
        published="2004-07-30",
    ),
    # the same page: a clock time with no day in the sentence: its first occurrence after the moment of speaking (30 July 10:00 EDT) is 31 July at 02:00 EDT (CONVENTIONS 6.3). page: 3 August 02:00 EDT [local due 2004-07-31 02:00:00 America/New_York]
    B(
        text="Coverage of the spacewalk on NASA TV will begin at 2 a.m. EDT.",
        due="2004-07-31 06:00:00",
        vague=False,
        said="2004-07-30 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA04,
        published="2004-07-30",
    ),
    # the same page: a clock time with no day: its first occurrence after speaking, 31 July at 03:10 EDT (CONVENTIONS 6.3); 'may last as long as six hours' is a possibility with no end time (4.2). page: 3 August 03:10 EDT [local due 2004-07-31 03:10:00 America/New_York]
    B(
        text="The Expedition 9 crew, Gennady Padalka and Mike Fincke, will open the hatch at about 3:10 a.m., and the spacewalk may last as long as six hours.",
        due="2004-07-31 07:10:00",
        vague=False,
        said="2004-07-30 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA04,
        published="2004-07-30",
    ),
    # the same page: the only date, June 30, is the past spacewalk; the coming one has no time in this sentence. unsure: a reader could give due None without a refusal word
    B(
        text="Fresh from the successful replacement of a failed power component on the Station during their last spacewalk June 30, Padalka and Fincke will venture outside the complex again from the Pirs Docking Compartment airlock in Russian spacesuits.",
        due=None,
        vague=False,
        said="2004-07-30 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NASA04,
        published="2004-07-30",
    ),
    # the same page: the maiden flight 'next year' is 2005, due at the year's end (CONVENTIONS 3.1) [local due 2005-12-31 23:59:59 America/New_York]
    B(
        text="The aids will assist in the rendezvous and docking of the unpiloted European Automated Transfer Vehicle cargo ship that will make its maiden flight to the Station next year.",
        due="2006-01-01 04:59:59",
        vague=False,
        said="2004-07-30 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_NASA04,
        published="2004-07-30",
    ),
    # the same page: 'early September' 2004 is days 1-10 (parser docstring), due 10 September at the end of the day [local due 2004-09-10 23:59:59 America/New_York]
    B(
        text="One additional spacewalk is planned for Padalka and Fincke in early September.",
        due="2004-09-11 03:59:59",
        vague=False,
        said="2004-07-30 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_NASA04,
        published="2004-07-30",
    ),
    # the same page: the mission's month count sets no dated time (its start is not given); due None, no refusal word. unsure: a reader could call it event (CONVENTIONS 1.3)
    B(
        text="They are in the fourth month of a scheduled six-month mission on the outpost.",
        due=None,
        vague=False,
        said="2004-07-30 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NASA04,
        published="2004-07-30",
    ),
    # the same page: 'On July 24 ... moved' tells of the past; 'now' sets no time
    B(
        text="On July 24, NASA Television moved to a different satellite and is now seen in the continental United States on AMC-6, at 72 degrees west longitude, Transponder 9, 3880 MHz, vertical polarization, audio at 6.8 MHz.",
        due=None,
        vague=False,
        said="2004-07-30 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NASA04,
        published="2004-07-30",
    ),
    # Wikinews, 'Wikimania 2008 opens at Bibliotheca Alexandrina, Egypt', Friday, July 18, 2008 (en.m.wikinews.org); zone UTC, said at 10:00: 'Thursday saw the start' tells of the past (17 July 2008)
    B(
        text="Thursday saw the start of the fourth International Wikimedia Conference, better known as Wikimania 2008.",
        due=None,
        vague=False,
        said="2008-07-18 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN08,
        published="2008-07-18",
    ),
    # the same page: 'this year's' sets no time for any act; due None, no refusal word
    B(
        text="The theme of this year's conference is \"Change the shape of wisdom\", and the choice of location is seen as an outreach to the Arabic and African communities.",
        due=None,
        vague=False,
        said="2008-07-18 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WN08,
        published="2008-07-18",
    ),
    # the same page: 'prior engagement' and a hypothetical past attendance set no time; due None, no refusal word
    B(
        text="According to Dr. Darwish, the conference has the full support of the Egyptian Prime Minister who would have attended but for a clash with a prior engagement.",
        due=None,
        vague=False,
        said="2008-07-18 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WN08,
        published="2008-07-18",
    ),
    # ACT Government media release (Minister for Transport Chris Steel, 24 March 2020), carried verbatim by actbus.net; zone Australia/Sydney (Canberra, AEDT), said at 10:00 local, the page gives no hour: the update planned for the start of Term 2 is put off with no new time: a time called off (CONVENTIONS 4.1)
    B(
        text="The ACT Government will delay the rollout of the Network 19 update that was due to be implemented at the start of Term 2, and begin a range of measures to ensure the safety of staff and the community.",
        due=None,
        vague=False,
        said="2020-03-23 23:00:00",
        tz="Australia/Sydney",
        refusal="negated",
        cluster=5,
        source=_ACTCV,
        published="2020-03-24",
    ),
    # the same page: 'daily routines' sets no time for any act; due None, no refusal word
    B(
        text="“Canberrans are experiencing significant changes to daily routines as a result of COVID-19.",
        due=None,
        vague=False,
        said="2020-03-23 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACTCV,
        published="2020-03-24",
    ),
    # the same page: 'during this time' sets no time for any act; due None, no refusal word; 'trying maintain' stays as the page has it
    B(
        text="Our focus must be on trying maintain services as far as possible and not creating confusion during this time by changing the bus timetable,” Minister for Transport Chris Steel said.",
        due=None,
        vague=False,
        said="2020-03-23 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACTCV,
        published="2020-03-24",
    ),
    # the same page: 'for the time being' names no end; due None, no refusal word
    B(
        text="“Transport Canberra will continue to operate the current bus and light rail timetable for the time being, with contingencies prepared should there be a need to reduce services due to COVID-19.",
        due=None,
        vague=False,
        said="2020-03-23 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACTCV,
        published="2020-03-24",
    ),
    # the same page: 'at an appropriate time in the future' names no time; due None, no refusal word. unsure: a reader could call it event
    B(
        text="We will implement the Network 19 update at an appropriate time in the future.",
        due=None,
        vague=False,
        said="2020-03-23 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACTCV,
        published="2020-03-24",
    ),
    # the same page: changes in effect from today are rules taking effect on the day of speaking, due at its end (CONVENTIONS 3.1a, 2.1); the line ends in a colon and is taken as it stands [local due 2020-03-24 23:59:59 Australia/Sydney]
    B(
        text="Commencing today the following changes are also in effect on buses in the interest of community and driver safety:",
        due="2020-03-24 12:59:59",
        vague=False,
        said="2020-03-23 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ACTCV,
        published="2020-03-24",
    ),
    # the same page: 'until further notice' names no time; due None, no refusal word
    B(
        text="No cash – drivers will no longer be accepting cash until further notice.",
        due=None,
        vague=False,
        said="2020-03-23 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACTCV,
        published="2020-03-24",
    ),
    # Stats NZ 2023 Census media advisory and operations update, 7 June 2023 (livenews.co.nz, date in its address); zone Pacific/Auckland (NZST), said at 10:00 local (the advisory counts returns 'As of 9.00am this morning'); list dashes and bullets are kept as the page has them: 'current' sets no time; due None, no refusal word
    B(
        text="Below is some information about current census activity.",
        due=None,
        vague=False,
        said="2023-06-06 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_SNZOP,
        published="2023-06-07",
    ),
    # the same page: forms accepted up to and including 30 June 2023: due at the end of that day (CONVENTIONS 3.3) [local due 2023-06-30 23:59:59 Pacific/Auckland]
    B(
        text="For local media – if you have not already, you may like to inform your readers about the close of census date, and that census forms will be accepted up to and including 30 June – see information below.",
        due="2023-06-30 11:59:59",
        vague=False,
        said="2023-06-06 22:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_SNZOP,
        published="2023-06-07",
    ),
    # the same page: publication kept up daily through to 30 June 2023 falls due then (CONVENTIONS 3.3) [local due 2023-06-30 23:59:59 Pacific/Auckland]
    B(
        text="We will also continue to publish the 2023 Census Tally on the census website daily through to 30 June.",
        due="2023-06-30 11:59:59",
        vague=False,
        said="2023-06-06 22:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_SNZOP,
        published="2023-06-07",
    ),
    # the same page: a count of returns already made, told of the past
    B(
        text="As of 9.00am this morning, 4,538,397 people had returned an Individual Form in the 2023 Census.",
        due=None,
        vague=False,
        said="2023-06-06 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_SNZOP,
        published="2023-06-07",
    ),
    # the same page: work concluded by 1 June, told of the past; the line ends in a colon and is taken as it stands
    B(
        text="- As of 1 June, census collectors concluded their work across Aotearoa New Zealand:",
        due=None,
        vague=False,
        said="2023-06-06 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_SNZOP,
        published="2023-06-07",
    ),
    # the same page: 'finished ... on 3 May' tells of the past
    B(
        text="- In most places in the country, census collectors finished door-to-door collections on 3 May.",
        due=None,
        vague=False,
        said="2023-06-06 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_SNZOP,
        published="2023-06-07",
    ),
    # the same page: 'were extended ..., finishing on 1 June' tells of the past
    B(
        text="- Census collections were extended in areas impacted by Cyclone Gabrielle, finishing on 1 June in Te Tairāwhiti and Hawke’s Bay regions.",
        due=None,
        vague=False,
        said="2023-06-06 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_SNZOP,
        published="2023-06-07",
    ),
    # the same page: 'finished on 1 June' tells of the past
    B(
        text="- Field activity for Te Mana Whakatipu (iwi-led collections) also finished on 1 June.",
        due=None,
        vague=False,
        said="2023-06-06 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_SNZOP,
        published="2023-06-07",
    ),
    # the same page: a commitment to continue through June 2023 falls due at the month's end (CONVENTIONS 3.3) [local due 2023-06-30 23:59:59 Pacific/Auckland]
    B(
        text="· Community collaborations will continue in Auckland through June, with some local advertising support.",
        due="2023-06-30 11:59:59",
        vague=False,
        said="2023-06-06 22:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_SNZOP,
        published="2023-06-07",
    ),
    # the same page: services delivered up to 30 June 2023 fall due then (CONVENTIONS 3.3); the line ends in a colon and is taken as it stands [local due 2023-06-30 23:59:59 Pacific/Auckland]
    B(
        text="- Two partners will deliver services and promotions to support a lift in the response rate in Auckland up to 30 June:",
        due="2023-06-30 11:59:59",
        vague=False,
        said="2023-06-06 22:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_SNZOP,
        published="2023-06-07",
    ),
    # Statistics Canada media advisory, OTTAWA, ON, March 31, 2022 /CNW/ (carried by ca.sports.yahoo.com); zone America/Toronto (EDT), said at 10:00 local, the page gives no hour; the dateline is left out, and two sentences that repeat the 13 January advisory word for word ('Information about subsequent releases ...', 'Officials will be available ...') are not taken twice: the release on 27 April 2022 is a one-off event on a date, due at the end of the day (CONVENTIONS 3.1) [local due 2022-04-27 23:59:59 America/Toronto]
    B(
        text="On April 27, 2022, Statistics Canada will release the second set of results from the 2021 Census.",
        due="2022-04-28 03:59:59",
        vague=False,
        said="2022-03-31 14:00:00",
        tz="America/Toronto",
        cluster=6,
        source=_SCAPR,
        published="2022-03-31",
    ),
    # the same page: 'for the first time ever' sets no time; due None, no refusal word
    B(
        text="This release will explore Canada's shifting demographic profile, and for the first time ever, will include data about the gender diversity of our population.",
        due=None,
        vague=False,
        said="2022-03-31 14:00:00",
        tz="America/Toronto",
        cluster=1,
        source=_SCAPR,
        published="2022-03-31",
    ),
    # the same page: 27 April 2022 at 08:30 Eastern (EDT): a one-off release at a time (CONVENTIONS 3.1) [local due 2022-04-27 08:30:00 America/Toronto]
    B(
        text="The release will be published in Statistics Canada's Daily at 8:30 a.m. eastern time on April 27, 2022.",
        due="2022-04-27 12:30:00",
        vague=False,
        said="2022-03-31 14:00:00",
        tz="America/Toronto",
        cluster=2,
        source=_SCAPR,
        published="2022-03-31",
    ),
    # the same page: an ongoing activity given only its start (27 April 2022) and an open end: earliest (CONVENTIONS 3.2). unsure: a reader could give the end of 27 April [local earliest 2022-04-27 00:00:00 America/Toronto]
    B(
        text="On April 27 and the following days, Statistics Canada will also grant interviews regarding this 2021 Census data release.",
        due=None,
        vague=False,
        said="2022-03-31 14:00:00",
        tz="America/Toronto",
        refusal="earliest",
        earliest="2022-04-27 04:00:00",
        cluster=5,
        source=_SCAPR,
        published="2022-03-31",
    ),
    # the same page: 'ahead of the release date' hangs on a date this sentence does not give (CONVENTIONS 1.3)
    B(
        text="Members of the media are invited to submit their requests for interviews and/or custom tabulations ahead of the release date to the Media Hot Line.",
        due=None,
        vague=False,
        said="2022-03-31 14:00:00",
        tz="America/Toronto",
        refusal="event",
        cluster=5,
        source=_SCAPR,
        published="2022-03-31",
    ),
)
