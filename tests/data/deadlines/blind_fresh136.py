"""A HUNDRED-AND-THIRTY-SIXTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-06 (UTC) between about 05:00 and 05:08 by a labelling helper
(branch issue12l136-s53) that neither changed, imported nor ran the parser, working at the same time
as the other labellers of stop 53 (fresh134, fresh135, fresh137), whose claims in the shared claims
file were treated as used and whose files and README sections were not opened. It read
`CONVENTIONS.md` in full, the docstring, comments, some cases and the README section of
`blind_fresh133.py`, the docstring of `tests/data/fresh_check.py`, and the top docstring of the parser
package only (the vague windows, "before" and "by" periods, weeks running Monday to Sunday,
early/mid/late thirds, "later this <period>", seasons flipped in southern zones, parts of the day);
nothing else of `bot/core/deadlines/` was opened. The brief asked for Australia (federal ministers and
departments, ABS, Victoria, NSW, SA, ACT pages stating CC BY), New Zealand (Stats NZ, DOC and other NZ
government sites stating CC BY 4.0, not beehive.govt.nz or NZTA) and GOV.UK local-ish notices, at most
a quarter from the United States, varied zones; at least eight publishers, none above a fifth of the
cases; about 90 cases (at least 70) by 06:15 UTC.

The set quotes Stats NZ (a 2023 Census media advisory of 1 March 2023 carried whole by livenews.co.nz,
and the release of 8 March 2023 carried whole by scoop.co.nz), the Department of Conservation (a track
reopening of 24 February 2021 carried by livenews.co.nz and a car-parking pricing proposal of 7 August
2025 carried by nz.mil-osi.com), the Environment Agency (two Storm Brian releases of 20 October 2017
carried by pulse.assent1.com, the Blackpool flood scheme release of 30 October 2017 carried by
government-world.com, and a GOV.UK release of 5 June 2020), Land Information New Zealand (Landwrap of
10 October 2018), the Australian Bureau of Statistics (a media release of 22 September 2017 and the
Release Advice of 22 May 2017), the NSW Government (its list of ministerial media releases, items of 9
and 10 January 2025), the US Geological Survey (items of two pages of its news releases listing,
February and March 1998, and a media advisory of 11 December 2014 carried by volcanomadness.blogspot.com)
and NASA (release M09-204 of 21 October 2009). 83 cases from 8 publishers (Stats NZ 16 (19.3%); the
Department of Conservation 15 (18.1%); the Environment Agency 15 (18.1%); the US Geological Survey 13
(15.7%); Land Information New Zealand 10 (12.0%); the ABS 7 (8.4%); NASA 4; the NSW Government 3). 17
of the 83 (20.5%) are from the United States; 66 are not. Zones: Pacific/Auckland 41 (NZDT and NZST),
Europe/London 15 (BST and GMT), Australia/Sydney 10 (AEST and AEDT), America/New_York 9,
America/Los_Angeles 6, America/Chicago 2. No ACT, Victorian or South Australian page could be used:
the ACT Government's CC BY statement is stored for act.gov.au only, and the fresh pages found were on
esa.act.gov.au and cmd.act.gov.au or carried by news sites (a statement of another site does not cover
a site); no copyright statement of premier.vic.gov.au or of the SA Government's own sites was found
(only one seen on a school's site), so those fresh pages (a Victorian budget release of 23 May 2023, a
Whyalla grants guideline) were not taken; a federal press conference transcript on
ministers.treasury.gov.au (claimed) was set aside because only treasury.gov.au's statement is stored.

Every sentence quoted holds a time word of some kind (a date, a clock time, a weekday, "today",
"tonight", "tomorrow", "this evening", "now", "next year", "later this month", "the week of", a month,
a year, a span, "per hour", "per year", "each year", "quarter", "after", "until", "during", "by",
"from", "to date", "ahead of time"); sentences of the openings read that hold none were skipped, as
were titles, headings, date lines, contact lines, sentences cut off by the end of an opening and the
words of the carrying sites themselves. List and schedule lines were taken as they stand, without a
full stop where the page has none; the pages' slips ("if people that need them", "9SOP)", "U.
S.Geological") stay as the pages have them. The sentences were found with a search over stored copies
of public pages and taken as they came in the openings the search returns, in page order. Where
Stats NZ went over a fifth, its last ones were left out: "The 0800 CENSUS helpline is open seven days
a week, ..." (8 March 2023) and a whole claimed release of 19 May 2023 ("... so far", "the remaining
few weeks of the 2023 Census"). Two sentences of the ABS Release Advice read USED when checked whole at
the end and were dropped (the retail trade PPI's "quarterly sales" and "until some time after the end
of the reference quarter", which the freshness tool finds elsewhere). See README.md
("Hundred-and-thirty-sixth fresh blind set") for every address, publisher and licence.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was checked
with the lead's `fresh_check.py` (the address and a distinctive phrase of the page) and claimed
(`fresh136`) in `/work/helper-brief/claims.txt` before its quotes were kept; many pages were found used
and dropped (README.md lists some). Every kept sentence was then checked whole with the same tool
(skipping this file): none reads used. Each label was worked out by hand from the words, the
publication date and the publisher's zone; the conversion of local instants to UTC wall time, weekdays
and day counts were done with Python's zoneinfo and datetime in a scratch script outside the
repository, never with code of the project. No run of `parse_deadline`, `interpret_deadline`,
`bench/deadlines.py` or the tests touched these texts before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh133.py`: the publication date at 10:00 local time unless the page gives an hour (Stats NZ's
release of 8 March 2023 at "4:28 pm", the ABS pages at their 11:30 AM Canberra release time, the USGS
advisory at "02:43 PM PST"); where a page carries no date in its opening, the one its words or other
facts give (each page's first comment says which and why: the Storm Brian releases from "midday
tomorrow" and "Saturday 21 October", the Blackpool release from "today (30 October)" and its place in
the carried feed, the NSW and USGS list items from each item's own date); a day falls due at 23:59:59
local; "the week of 15 October 2018" and "later this month" at their ends; a window from now at its end
(CONVENTIONS 1.1); effective dates and one-off events on their day or at their hour (CONVENTIONS 3.1,
3.1a); "today" on the act as spoken at the end of that day (CONVENTIONS 2.1); several days of one act
keep the later (CONVENTIONS 6.1, 6.2); done acts and times told of the past are past (CONVENTIONS 2.4);
standing charges, rates and practices ("per hour", "at all times", "five-yearly", "during the quarter")
are recurring, times hung on an undated event ("after Census Day", "during the pilot", "after the
conclusion of the Flight Readiness Review", "until the necessary systems ... are in place") event
(CONVENTIONS 1.3); starts given alone ("from mid-February", "From 27 February") earliest (CONVENTIONS
3.2); refusals have `due=None` and a `refusal` kind; a sentence whose time words set no time for any
act has `due=None` and no refusal word (16 such). Clusters as in `blind_fresh133.py`: 1 no time set, 2
clock times, 3 ranges and several dates, 4 parts of the day, periods and windows, 5 refusals, 6 plain
days and dates. 42 labels are refusals (past 24, recurring 9, event 7, earliest 2), none is vague; 25
labels carry a due instant; 12 are marked "unsure" and name the other reading; like every label here
they stay as committed, whatever the first run shows. First run: not yet taken (the lead runs it once,
after merging, and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_SNZ23A = "https://livenews.co.nz/2023/03/01/2023-census-media-advisory-everything-you-need-to-do-the-census-and-communicate-about-it"
_SNZ23B = "https://www.scoop.co.nz/stories/PO2303/S00074/there-is-still-time-to-be-counted-in-the-2023-census.htm"
_DOC21 = "https://livenews.co.nz/2021/02/24/popular-south-auckland-track-re-opens"
_DOC25 = "https://nz.mil-osi.com/category/mil-osi/page/38"
_ABS17M = "https://www.abs.gov.au/AUSSTATS/abs@.nsf/mediareleasesbyReleaseDate/15306BF0DED74023CA2581F2007E216F?OpenDocument"
_ABS17W = "http://www.abs.gov.au/weekahead"
_NSW25 = "https://nsw.gov.au/nsw-government/ministers/minister-for-better-regulation-and-innovation/media-releases"
_EA17S = "https://pulse.assent1.com/category/sources/environment-agency/page/61"
_EA17B = "http://government-world.com/environment/environment-agency/page/339/?print=print-search"
_EA20 = "https://www.gov.uk/government/news/homeowners-need-to-check-before-starting-work-near-flood-defences"
_LINZ18 = "https://www.linz.govt.nz/news/2018-10/landwrap-october-2018"
_USGS98A = "https://www.usgs.gov/news/news-releases?e=dmturk%40usgs.gov&n=Donita%20%2BTurk&page=365"
_USGS98B = "https://www.usgs.gov/news/news-releases?e=ealpern%40usgs.gov&n=Ethan%2BAlpern&page=363"
_USGS14 = "https://volcanomadness.blogspot.com/2014/12/californiadisasters-media-advisory.html"
_NASA09 = "http://www.nasa.gov/home/hqnews/2009/oct/HQ_M09-204_STS-129_FRR.html"

FRESH136_CASES: tuple[BlindCase, ...] = (
    # Stats NZ (CC BY 4.0), 2023 Census media advisory carried whole by livenews.co.nz; the address and the page give 1 March 2023 and no hour, so said at 10:00 NZDT (Pacific/Auckland). 'more time' sets no time for any act: due None, no refusal word
    B(
        text="FOR AREAS AFFECTED BY CYCLONE GABRIELLE – THERE WILL BE MORE TIME TO DO THE CENSUS.",
        due=None,
        vague=False,
        said="2023-02-28 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_SNZ23A,
        published="2023-03-01",
    ),
    # the same advisory: 'later, after Census Day' hangs the information on a day this sentence does not date: event (CONVENTIONS 1.3, 5.2)
    B(
        text="THERE WILL BE MORE INFORMATION ABOUT WHAT CENSUS WILL LOOK LIKE LATER, AFTER CENSUS DAY.",
        due=None,
        vague=False,
        said="2023-02-28 21:00:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_SNZ23A,
        published="2023-03-01",
    ),
    # the same advisory: a one-off day, Tuesday 7 March 2023 (a Tuesday), falls due at its end (CONVENTIONS 3.1) [local due 2023-03-07 23:59:59]
    B(
        text="Census Day is Tuesday, 7 March 2023.",
        due="2023-03-07 10:59:59",
        vague=False,
        said="2023-02-28 21:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_SNZ23A,
        published="2023-03-01",
    ),
    # the same advisory: the duty is tied to 'Census Day', which this sentence does not date: event (CONVENTIONS 1.3); the page's day is 7 March 2023 (sentence before)
    B(
        text="Everyone staying overnight in Aotearoa New Zealand on Census Day must complete the census.",
        due=None,
        vague=False,
        said="2023-02-28 21:00:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_SNZ23A,
        published="2023-03-01",
    ),
    # the same advisory: an activity given only its start, 'from mid-February' (the middle third of the month begins on the 11th): earliest (CONVENTIONS 3.2); the visits had begun before the page's date, so the start is mid-February 2023. unsure: a careful reader could call the start told of the past 'past' (CONVENTIONS 2.4), or read a year-less date as its next occurrence (parser docstring), February 2024 [local earliest 2023-02-11 00:00:00]
    B(
        text="Census collectors will begin visiting households from mid-February.",
        due=None,
        vague=False,
        said="2023-02-28 21:00:00",
        tz="Pacific/Auckland",
        refusal="earliest",
        earliest="2023-02-10 11:00:00",
        cluster=5,
        source=_SNZ23A,
        published="2023-03-01",
    ),
    # the same advisory: 'by the start of March' is the condition for the reader's call, not an undertaking with a time: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could read the start of March as 'early March' (days 1-10, parser docstring), due 10 March 2023 23:59:59 NZDT
    B(
        text="If you have not got your census pack by the start of March, call the public helpline on 0800 CENSUS (0800 236 787).",
        due=None,
        vague=False,
        said="2023-02-28 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_SNZ23A,
        published="2023-03-01",
    ),
    # the same advisory: the follow-up runs after a day the sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="After Census Day, census collectors will follow up with people and households who have not completed the census.",
        due=None,
        vague=False,
        said="2023-02-28 21:00:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_SNZ23A,
        published="2023-03-01",
    ),
    # the same advisory: letters sent 'from 27 February', an activity given only its start: earliest 27 February 2023 00:00 NZDT (CONVENTIONS 3.2). unsure: the start is two days before the page's date, so a careful reader could call it 'past' (CONVENTIONS 2.4), or read the year-less date as 27 February 2024 (parser docstring) [local earliest 2023-02-27 00:00:00]
    B(
        text="From 27 February, households will also receive a reminder letter, with a new access code.",
        due=None,
        vague=False,
        said="2023-02-28 21:00:00",
        tz="Pacific/Auckland",
        refusal="earliest",
        earliest="2023-02-26 11:00:00",
        cluster=5,
        source=_SNZ23A,
        published="2023-03-01",
    ),
    # Stats NZ (CC BY 4.0), press release 'There Is Still Time To Be Counted In The 2023 Census' carried whole by scoop.co.nz, 'Wednesday, 8 March 2023, 4:28 pm' (said at 16:28 NZDT). The only time named, Census Day 7 March 2023, is the day before: past; 'still have time' sets no new time (CONVENTIONS 2.4, 4.1)
    B(
        text="People who missed out on completing their census forms by Census Day, Tuesday 7 March 2023, still have time to take part and be counted, Stats NZ said.",
        due=None,
        vague=False,
        said="2023-03-08 03:28:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_SNZ23B,
        published="2023-03-08",
    ),
    # the same release: 'five-yearly' census and what Census Day is in general, a standing arrangement: recurring (CONVENTIONS 1.3)
    B(
        text="Census Day is when every person in Aotearoa New Zealand is asked to complete the five-yearly census so the needs of communities across the country are met by up-to-date information and data.",
        due=None,
        vague=False,
        said="2023-03-08 03:28:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_SNZ23B,
        published="2023-03-08",
    ),
    # the same release: told of the past ('had completed'): past (CONVENTIONS 2.4)
    B(
        text="By the end of Census Day, 2.6 million people had completed their Individual Census Form, with forms also completed for the dwellings where people live or stay.",
        due=None,
        vague=False,
        said="2023-03-08 03:28:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_SNZ23B,
        published="2023-03-08",
    ),
    # the same release: 'to date' and the perfect tell of done acts: past (CONVENTIONS 2.4)
    B(
        text="The majority (97%) of the forms received to date have been completed online.",
        due=None,
        vague=False,
        said="2023-03-08 03:28:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_SNZ23B,
        published="2023-03-08",
    ),
    # the same release: 'by census night' told in the past: past (CONVENTIONS 2.4)
    B(
        text="“It was great to see so many people fill in their forms by census night.",
        due=None,
        vague=False,
        said="2023-03-08 03:28:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_SNZ23B,
        published="2023-03-08",
    ),
    # the same release: 'few minutes' were spent (past) and 'for years and years' sets no end: due None, no refusal word
    B(
        text="The few minutes you spent doing your forms will help bring tangible benefits to our country for years and years,” said Simon Mason.",
        due=None,
        vague=False,
        said="2023-03-08 03:28:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_SNZ23B,
        published="2023-03-08",
    ),
    # the same release: 'now' is a request to the public with no window of its own (not one of the vague words of CONVENTIONS 5.1): due None, no refusal word
    B(
        text="A lot of people will have completed their forms on paper and these need to now be mailed back to Stats NZ to be included in the census.",
        due=None,
        vague=False,
        said="2023-03-08 03:28:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_SNZ23B,
        published="2023-03-08",
    ),
    # the same release: 'still time' names no time: due None, no refusal word
    B(
        text="“There is also still time and lots of help available for people if they have misplaced their forms or need some assistance to complete their forms.”",
        due=None,
        vague=False,
        said="2023-03-08 03:28:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_SNZ23B,
        published="2023-03-08",
    ),
    # Department of Conservation (CC BY 4.0), 'Popular South Auckland track re-opens', 'Date: 24 February 2021', carried whole by livenews.co.nz; no hour, said at 10:00 NZDT. The reopening on Monday 15 February 2021 (a Monday) is nine days before: the one-off reopening is done, past (CONVENTIONS 3.1, 2.4); 'immediately noticeable' describes the improvements and is no undertaking (not CONVENTIONS 5.1). unsure: a careful reader could take 'is open ... from' as a state given only its start, earliest 15 February 2021 00:00 NZDT (CONVENTIONS 3.2)
    B(
        text="The track is open to public from Monday 15 February and will feature a number of improvements immediately noticeable to regular users.",
        due=None,
        vague=False,
        said="2021-02-23 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC21,
        published="2021-02-24",
    ),
    # the same release: the closure in November is told in the past: past (CONVENTIONS 2.4)
    B(
        text="Located south of Bombay and near the Hunua Ranges, the track was closed in November for maintenance of the track surface and the walking bridge.",
        due=None,
        vague=False,
        said="2021-02-23 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC21,
        published="2021-02-24",
    ),
    # the same release: '32-year-old' is an age and the work is told as done, but no time of the work is named: due None, no refusal word. unsure: a careful reader could call the done project 'past' (CONVENTIONS 2.4)
    B(
        text="DOC Works Officer, Vicky Cheng says: “The project included the upgrade of 1km of the track involving laying aggregate on the track, building boxed steps and edge boards, it also saw a 32-year-old bridge being replaced featuring safety barriers at both sides.",
        due=None,
        vague=False,
        said="2021-02-23 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOC21,
        published="2021-02-24",
    ),
    # the same release: 'per year' is a rate of visits, no act falls due: due None, no refusal word
    B(
        text="The popular walkway is divided into two parts – a day visitor section and backcountry section – and has an estimate of 11,000 visitors per year.",
        due=None,
        vague=False,
        said="2021-02-23 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOC21,
        published="2021-02-24",
    ),
    # the same release: 're-open in four months' is told of the past: past (CONVENTIONS 2.4)
    B(
        text="“The upgrade project was a fast process, and we were able to re-open in four months ready for people to get out into nature.”",
        due=None,
        vague=False,
        said="2021-02-23 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC21,
        published="2021-02-24",
    ),
    # the same release: the Christmas opening is past: past (CONVENTIONS 2.4)
    B(
        text="The track was opened temporarily during the Christmas holiday period when local trampers said they could not wait to see the new track and experience it for themselves.",
        due=None,
        vague=False,
        said="2021-02-23 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC21,
        published="2021-02-24",
    ),
    # the same release: 'completed ahead of time' is done: past (CONVENTIONS 2.4)
    B(
        text="Vicky Cheng says: “The project was completed ahead of time and within budget, and we are excited to see local communities and tourists experience the new track and get active in a natural environment.”",
        due=None,
        vague=False,
        said="2021-02-23 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC21,
        published="2021-02-24",
    ),
    # Department of Conservation (CC BY 4.0), 'DOC releases pricing proposal for car parking', 'Date: 07 August 2025', carried whole by nz.mil-osi.com; no hour, said at 10:00 NZST. A list line of the proposal: a free period of 20 minutes for every stay is a standing rule: recurring (CONVENTIONS 1.3); taken without a full stop as the page has it
    B(
        text="Free parking period for 20 minutes to allow for drop-offs/pick-ups or short stops",
        due=None,
        vague=False,
        said="2025-08-06 22:00:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_DOC25,
        published="2025-08-07",
    ),
    # the same proposal: a charge per hour, standing: recurring (CONVENTIONS 1.3)
    B(
        text="Hourly rate of $5 per hour",
        due=None,
        vague=False,
        said="2025-08-06 22:00:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_DOC25,
        published="2025-08-07",
    ),
    # the same proposal: a charge per day, standing: recurring (CONVENTIONS 1.3)
    B(
        text="Daily rate of $20 per day",
        due=None,
        vague=False,
        said="2025-08-06 22:00:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_DOC25,
        published="2025-08-07",
    ),
    # the same proposal: a pass per year, standing: recurring (CONVENTIONS 1.3)
    B(
        text="Annual pass for locals (within district boundaries) of $10 per year, which allows for unlimited access during the year",
        due=None,
        vague=False,
        said="2025-08-06 22:00:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_DOC25,
        published="2025-08-07",
    ),
    # the same proposal: a pass per year, standing: recurring (CONVENTIONS 1.3)
    B(
        text="Annual pass for other regular visitors for $60 per year",
        due=None,
        vague=False,
        said="2025-08-06 22:00:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_DOC25,
        published="2025-08-07",
    ),
    # the same release: 'during the pilot' hangs the exemption on a period this sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="Concession-holding tourism operators will be able to apply for a parking fee exemption during the pilot, allowing DOC time to assess how parking and the coming access charges at some sites align with Crown activity fees.",
        due=None,
        vague=False,
        said="2025-08-06 22:00:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_DOC25,
        published="2025-08-07",
    ),
    # the same release: a window run from October 2025 'until the end of June 2026' falls due at its end, 30 June 2026 (CONVENTIONS 1.1, 3.3, 3.4) [local due 2026-06-30 23:59:59]
    B(
        text="The paid parking pilot is planned to start in October 2025 and continue for nine months until the end of June 2026.",
        due="2026-06-30 11:59:59",
        vague=False,
        said="2025-08-06 22:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_DOC25,
        published="2025-08-07",
    ),
    # the same release: a charge begun 'in December 2025', a one-off start within a month, falls due at the month's later end (CONVENTIONS 3.1a; a range falls due at its later end, 6.1); NZDT applies on 31 December [local due 2025-12-31 23:59:59]
    B(
        text="Paid parking is also planned to be introduced at White Horse Hill, Aoraki/Mount Cook in December 2025.",
        due="2025-12-31 10:59:59",
        vague=False,
        said="2025-08-06 22:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_DOC25,
        published="2025-08-07",
    ),
    # Australian Bureau of Statistics (CC BY), media release of 22 September 2017, 'Embargo: 11:30 am (Canberra Time)', so said at 11:30 AEST (Australia/Sydney). 'Today ... released' tells of a done act; 'upcoming' gives the visits no time: past (CONVENTIONS 2.4)
    B(
        text="Today the Australian Bureau of Statistics (ABS) released details of upcoming visits to remote areas to help Aboriginal and Torres Strait Islander communities participate in the Australian Marriage Law Postal Survey.",
        due=None,
        vague=False,
        said="2017-09-22 01:30:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABS17M,
        published="2017-09-22",
    ),
    # the same release: 'one to three day' is the length of each visit, with no start of its own: recurring (CONVENTIONS 1.3). unsure: a careful reader could see no time set for any act, due None with no refusal word
    B(
        text="Mr Palmer said the one to three day visits to remote Indigenous communities were being planned in consultation with local communities to ensure cultural sensitivities were observed.",
        due=None,
        vague=False,
        said="2017-09-22 01:30:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ABS17M,
        published="2017-09-22",
    ),
    # Australian Bureau of Statistics (CC BY), 'ABS Release Advice', 'Latest ISSUE Released at 11:30 AM (CANBERRA TIME) 22/05/2017', so said at 11:30 AEST. 'the years 2005 - 2007' are the years the data cover: due None, no refusal word
    B(
        text="Correction to data from Datacube 3, employees with and without paid leave entitlements for the years 2005 - 2007 (inclusive).",
        due=None,
        vague=False,
        said="2017-05-22 01:30:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS17W,
        published="2017-05-22",
    ),
    # the same page: 'timeliness' names no time: due None, no refusal word
    B(
        text="PPI for output of the Retail Trade industry (RTPI) cannot be compiled with the same timeliness as other PPIs.",
        due=None,
        vague=False,
        said="2017-05-22 01:30:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS17W,
        published="2017-05-22",
    ),
    # the same page: 'selected dates during the quarter', every quarter: recurring (CONVENTIONS 1.3)
    B(
        text="By comparison, price indexes for goods and some services are based on point in time prices prevailing at selected dates during the quarter.",
        due=None,
        vague=False,
        said="2017-05-22 01:30:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ABS17W,
        published="2017-05-22",
    ),
    # the same page: 'until' an undated event (the systems being in place): event (CONVENTIONS 1.3, 5.2); the page's '9SOP)' stays as written
    B(
        text="This will occur until the necessary systems and processes are in place to enable RTPI to be incorporated into the Stage of production 9SOP) framework.",
        due=None,
        vague=False,
        said="2017-05-22 01:30:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ABS17W,
        published="2017-05-22",
    ),
    # the same page: 'ahead of time' of an undated implementation: event (CONVENTIONS 1.3)
    B(
        text="The implementation of RTPI in the SOP indexes will be communicated ahead of time in Producer Price Indexes, Australia (cat.no.6427.0).",
        due=None,
        vague=False,
        said="2017-05-22 01:30:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ABS17W,
        published="2017-05-22",
    ),
    # NSW Government (Department of Premier and Cabinet material, CC BY 4.0), list of ministerial media releases on nsw.gov.au; each item carries its own date and no hour, this one '10 January 2025', said at 10:00 AEDT (Australia/Sydney). 'has arrived' after the sailing is done: past (CONVENTIONS 2.4)
    B(
        text="The latest Australian-made Parramatta River Class ferry has arrived in Sydney after a fast-tracked sailing up the coast from Hobart to Sydney Harbour.",
        due=None,
        vague=False,
        said="2025-01-09 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_NSW25,
        published="2025-01-10",
    ),
    # the same list, item of '9 January 2025' (said at 10:00 AEDT): the work runs 'over the summer break', read as the southern summer (December to February, parser docstring), due at its end, 28 February 2025 (CONVENTIONS 1.1). unsure: the school summer holidays end with term 1 (about 4 February 2025 in NSW), and a careful reader could instead call the break an undated period, 'event' [local due 2025-02-28 23:59:59]
    B(
        text="The Minns Labor Government is continuing work to ensure public schools across New South Wales are great places to learn and work, with tradies subbing in for teachers and students in classrooms to work on 1,200 vital maintenance and upgrade projects, across more than 800 public schools over the summer break.",
        due="2025-02-28 12:59:59",
        vague=False,
        said="2025-01-08 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_NSW25,
        published="2025-01-09",
    ),
    # the same list, item of '9 January 2025': 'Today ... are climbing aboard', the present on the act, falls due at the end of that day (CONVENTIONS 2.1). unsure: a careful reader could count the 'seven-hour pilgrimage' from the moment of speaking, 9 January 2025 17:00 AEDT [local due 2025-01-09 23:59:59]
    B(
        text="Today over 250 Elvis Presley fans, many dressed in blue suede shoes, are climbing aboard the NSW TrainLink Elvis Express embarking on the seven-hour pilgrimage to the annual Parkes Elvis Festival.",
        due="2025-01-09 12:59:59",
        vague=False,
        said="2025-01-08 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_NSW25,
        published="2025-01-09",
    ),
    # Environment Agency (GOV.UK, Open Government Licence v3.0), press release 'Environment Agency urges caution as high tides expected on south coast', carried whole by pulse.assent1.com without a date; its words date it to Friday 20 October 2017 (Storm Brian; the high tide 'for Saturday around midday' is 'midday tomorrow', and the next release on the page names 'Saturday 21 October'); no hour, said at 10:00 BST. 'around the clock' sets no end: due None, no refusal word
    B(
        text="Environment Agency staff are working around the clock to minimise flood risk and to protect people, property and land.",
        due=None,
        vague=False,
        said="2017-10-20 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_EA17S,
        published="2017-10-20",
    ),
    # the same release: the surge expected 'for Saturday around midday', a one-off event at an hour (CONVENTIONS 3.1), Saturday 21 October 2017 12:00 BST [local due 2017-10-21 12:00:00]
    B(
        text="We’re expecting to see a combination of high tides and winds leading to an increased tidal surge for Saturday around midday.",
        due="2017-10-21 11:00:00",
        vague=False,
        said="2017-10-20 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_EA17S,
        published="2017-10-20",
    ),
    # the same release: 'currently' sets no end: due None, no refusal word
    B(
        text="Due to Storm Brian we are currently assessing key areas at risk on the current forecasts and planning for our response.",
        due=None,
        vague=False,
        said="2017-10-20 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_EA17S,
        published="2017-10-20",
    ),
    # the same release: the act promised, 'moving ... today', falls due at the end of that day, Friday 20 October 2017 (CONVENTIONS 2.1); 'midday tomorrow' dates the tide. unsure: a careful reader could take the later time of the same act, 'ready to deploy in the morning' (morning ends at 12:00, parser docstring), 21 October 2017 12:00 BST (CONVENTIONS 6.1, 2.3) [local due 2017-10-20 23:59:59]
    B(
        text="With a particularly high tide due in Yarmouth at midday tomorrow, we will be moving 100 metres of temporary barrier to the Isle of Wight today, ready to deploy in the morning.",
        due="2017-10-20 22:59:59",
        vague=False,
        said="2017-10-20 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_EA17S,
        published="2017-10-20",
    ),
    # the same release: 'this evening', 'tonight and tomorrow': the later, tomorrow, falls due at its end, Saturday 21 October 2017 (CONVENTIONS 6.1, 6.2) [local due 2017-10-21 23:59:59]
    B(
        text="We will also be putting the boards into the RNLI slipway in Lymington this evening, as well as closing the gates tonight and tomorrow for the high tides.",
        due="2017-10-21 22:59:59",
        vague=False,
        said="2017-10-20 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_EA17S,
        published="2017-10-20",
    ),
    # the same release: 'act now' is advice to the public with no window of its own: due None, no refusal word
    B(
        text="Anyone concerned should act now and sign up to our free Flood Warning Service so they can be ready to take action if they get these warnings to protect themselves and their property.",
        due=None,
        vague=False,
        said="2017-10-20 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_EA17S,
        published="2017-10-20",
    ),
    # the next release on the same page, 'Environment Agency warns of coastal flooding in Dorset', read at the same moment (its next sentence names 'Saturday 21 October'): the weather 'forecast to hit ... on Saturday' falls due at the end of Saturday 21 October 2017 (CONVENTIONS 3.1) [local due 2017-10-21 23:59:59]
    B(
        text="The Environment Agency is urging people to remain vigilant to potential coastal flooding as high winds and rain is forecast to hit the Dorset coast on Saturday.",
        due="2017-10-21 22:59:59",
        vague=False,
        said="2017-10-20 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_EA17S,
        published="2017-10-20",
    ),
    # Environment Agency (GOV.UK, Open Government Licence v3.0), press release '£27 million flood scheme opens in Blackpool', carried whole by government-world.com; its words give 'today (30 October)', and the year 2017 is the page's place in the carried feed (the next page but one holds a release of 6 November 2017); no hour, said at 10:00 GMT. 'was officially opened today' is done: past (CONVENTIONS 2.4)
    B(
        text="A £27 million scheme to reduce flood risk to 4,800 properties in Blackpool was officially opened today (30 October) by Blackpool Council Cabinet Member for Environmental Services, Councillor Fred Jackson and the Chair of the Environment Agency Emma Howard Boyd.",
        due=None,
        vague=False,
        said="2017-10-30 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA17B,
        published="2017-10-30",
    ),
    # the same release: 'each year' counts visitors, no act falls due: due None, no refusal word
    B(
        text="The new defence at Anchorsholme safeguards Blackpool’s iconic seafront tramway, which is enjoyed by the thousands of visitors each year who flock to the quintessential British seaside resort.",
        due=None,
        vague=False,
        said="2017-10-30 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_EA17B,
        published="2017-10-30",
    ),
    # the same release: protection 'for the next 100 years' from the moment of speaking falls due at its end, 30 October 2117 (CONVENTIONS 1.1). unsure: a careful reader could call 'will help protect' no undertaking with a checkable end, due None [local due 2117-10-30 23:59:59]
    B(
        text="The new defences will help protect Blackpool’s tourism and recreational income for the next 100 years.",
        due="2117-10-30 22:59:59",
        vague=False,
        said="2017-10-30 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_EA17B,
        published="2017-10-30",
    ),
    # the same release: Rossall 'due to be completed next year' falls due at the end of 2018 (CONVENTIONS 3.5: 'by <period>' keeps the period's end) [local due 2018-12-31 23:59:59]
    B(
        text="Anchorsholme together with the Rossall project, which is due to be completed next year, form one of the largest coastal defence projects in the country.",
        due="2018-12-31 23:59:59",
        vague=False,
        said="2017-10-30 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_EA17B,
        published="2017-10-30",
    ),
    # the same release (Emma Howard Boyd): 'each year' counts visits, no act falls due: due None, no refusal word
    B(
        text="Blackpool’s iconic beachfront is visited by thousands of families each year.",
        due=None,
        vague=False,
        said="2017-10-30 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_EA17B,
        published="2017-10-30",
    ),
    # Environment Agency on GOV.UK (Open Government Licence v3.0), press release 'Homeowners need to check before starting work near flood defences', 'Published 5 June 2020'; no hour, said at 10:00 BST. The perfect with 'during lockdown' tells of what has happened: past (CONVENTIONS 2.4)
    B(
        text="Many people have turned their attention to home improvements during lockdown.",
        due=None,
        vague=False,
        said="2020-06-05 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA20,
        published="2020-06-05",
    ),
    # the same release: access 'at all times' is a standing need: recurring (CONVENTIONS 1.3)
    B(
        text="We really appreciate the continued co-operation of residents to ensure that the flood defences are accessible for our staff at all times, which will help us to maintain them properly.",
        due=None,
        vague=False,
        said="2020-06-05 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_EA20,
        published="2020-06-05",
    ),
    # the same release: the only time named, the autumn and winter floods of 2019/20, is past; the repairs are given no time: past (CONVENTIONS 2.4)
    B(
        text="We are prioritising our flood recovery work and have £120 million to repair assets damaged in the autumn and winter flooding 2019/20.",
        due=None,
        vague=False,
        said="2020-06-05 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA20,
        published="2020-06-05",
    ),
    # Land Information New Zealand (CC BY 4.0), Landwrap issue 146, '10 October 2018'; no hour, said at 10:00 NZDT. 'The October issue' names the issue and 'upcoming' gives the outage no time: due None, no refusal word
    B(
        text="The October issue of Landwrap has an update on the Land Transfer Act 2017 and an upcoming outage, as well as news about a Citrix upgrade, the review of the Rules for Cadastral Survey, a new official vertical datum, and the new address of our Hamilton office.",
        due=None,
        vague=False,
        said="2018-10-09 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_LINZ18,
        published="2018-10-10",
    ),
    # the same issue: the outage on Saturday 10 November 2018 (a Saturday) falls due at the end of that day (CONVENTIONS 3.1, 3.3) [local due 2018-11-10 23:59:59]
    B(
        text="Landonline will be unavailable on Saturday 10 November 2018.",
        due="2018-11-10 10:59:59",
        vague=False,
        said="2018-10-09 21:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_LINZ18,
        published="2018-10-10",
    ),
    # the same issue: the only time in the sentence is the Act taking effect on Monday 12 November 2018 (a Monday), due at the end of that day (CONVENTIONS 3.1). unsure: the system changes must be in place before the Act takes effect, and the outage sentence before dates them to 10 November, which a careful reader could take as the deadline [local due 2018-11-12 23:59:59]
    B(
        text="We will put in place system changes to support the Land Transfer Act 2017 which is expected to come into effect on Monday 12 November.",
        due="2018-11-12 10:59:59",
        vague=False,
        said="2018-10-09 21:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_LINZ18,
        published="2018-10-10",
    ),
    # the same issue: coming into force on 12 November 2018, a one-off effective date (CONVENTIONS 3.1); 'previously advised' is the past of the advice only [local due 2018-11-12 23:59:59]
    B(
        text="As previously advised, the Land Transfer Act 2017 is due to come into force on 12 November 2018.",
        due="2018-11-12 10:59:59",
        vague=False,
        said="2018-10-09 21:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_LINZ18,
        published="2018-10-10",
    ),
    # the same issue: 'In September ... submitted', done: past (CONVENTIONS 2.4)
    B(
        text="In September, Land Information New Zealand (LINZ) submitted the final draft regulations to support the Land Transfer Act 2017 (LTA) to Cabinet for consideration.",
        due=None,
        vague=False,
        said="2018-10-09 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_LINZ18,
        published="2018-10-10",
    ),
    # the same issue: regulations coming into effect from 12 November 2018, a rule taking effect (CONVENTIONS 3.1, 3.1a); the condition does not remove the time [local due 2018-11-12 23:59:59]
    B(
        text="Subject to approval from the Governor-General, these regulations will come into effect from 12 November 2018.",
        due="2018-11-12 10:59:59",
        vague=False,
        said="2018-10-09 21:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_LINZ18,
        published="2018-10-10",
    ),
    # the same issue: publication on Thursday 11 October 2018 (a Thursday), due at the end of that day (CONVENTIONS 3.1) [local due 2018-10-11 23:59:59]
    B(
        text="These will be published on the LINZ website on Thursday 11 October 2018.",
        due="2018-10-11 10:59:59",
        vague=False,
        said="2018-10-09 21:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_LINZ18,
        published="2018-10-10",
    ),
    # the same issue: 'the week of 15 October 2018' (a Monday) runs Monday to Sunday and falls due at its end, Sunday 21 October 2018 (parser docstring: weeks run Monday to Sunday; a range falls due at its later end) [local due 2018-10-21 23:59:59]
    B(
        text="There are also new guidelines to provide more information on how to meet the requirements of these instruments - these will be published on the LINZ website the week of 15 October 2018.",
        due="2018-10-21 10:59:59",
        vague=False,
        said="2018-10-09 21:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_LINZ18,
        published="2018-10-10",
    ),
    # the same issue: the perfect 'has been presented ... over the course of this year' is done: past (CONVENTIONS 2.4)
    B(
        text="To help lawyers, conveyancers, legal executives and others understand the changes, information on the new Act has been presented at various seminars and events over the course of this year.",
        due=None,
        vague=False,
        said="2018-10-09 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_LINZ18,
        published="2018-10-10",
    ),
    # the same issue: 'later this month' runs to the end of October 2018 (parser docstring: later this <period> runs to the period's end) [local due 2018-10-31 23:59:59]
    B(
        text="A further seminar roadshow is being delivered in conjunction with NZLS CLE later this month.",
        due="2018-10-31 10:59:59",
        vague=False,
        said="2018-10-09 21:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_LINZ18,
        published="2018-10-10",
    ),
    # US Geological Survey (US federal work, public domain), page 365 of the USGS news releases listing; each item carries its own 'Date published' and no hour. This item, 'February 6, 1998', comes from the National Wildlife Health Center in Madison, Wisconsin: zone America/Chicago, said at 10:00 CST. 'last fall' is past (CONVENTIONS 2.4)
    B(
        text="An exotic parasite, never before reported in the United States, is responsible for killing large numbers of waterbirds in Shawano Lake, Wisconsin, last fall.",
        due=None,
        vague=False,
        said="1998-02-06 16:00:00",
        tz="America/Chicago",
        refusal="past",
        cluster=5,
        source=_USGS98A,
        published="1998-02-06",
    ),
    # the same item: 'announced ... today' is a done act: past (CONVENTIONS 2.4)
    B(
        text="Dr. Rebecca Cole, a parasitologist working at the U.S. Geological Survey’s National Wildlife Health Center in Madison, Wisconsin, announced the finding today.",
        due=None,
        vague=False,
        said="1998-02-06 16:00:00",
        tz="America/Chicago",
        refusal="past",
        cluster=5,
        source=_USGS98A,
        published="1998-02-06",
    ),
    # the same listing, item of 'February 6, 1998': USGS public lectures of this kind are given at Menlo Park, California (the subject is the coast redwoods), so zone America/Los_Angeles, said at 10:00 PST; the lecture on Thursday 26 February 1998 (a Thursday) falls due at the end of that day (CONVENTIONS 3.1) [local due 1998-02-26 23:59:59]
    B(
        text='PUBLIC LECTURE: "Natural History of Coastal Redwoods -- Fire, Floods and Fog," is the subject of the U.S. Geological Survey’s FREE Public Lecture on THURSDAY, FEBRUARY 26, 1998.',
        due="1998-02-27 07:59:59",
        vague=False,
        said="1998-02-06 18:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_USGS98A,
        published="1998-02-06",
    ),
    # the same listing, item of 'February 6, 1998' on the national public affairs office (Reston, Virginia: America/New_York, said at 10:00 EST): the merger of 1 October 1996 is past (CONVENTIONS 2.4)
    B(
        text="Since the merger of the NBS into the USGS on October 1, 1996, Harlow has been working in the USGS Office of Outreach, which oversees public affairs.",
        due=None,
        vague=False,
        said="1998-02-06 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USGS98A,
        published="1998-02-06",
    ),
    # the same listing, item of 'February 4, 1998' (Washington, D.C.: America/New_York, said at 10:00 EST): the day's rain and its impact are told as done ('has been slight'): past (CONVENTIONS 2.4); 'immediate' is no undertaking (not CONVENTIONS 5.1)
    B(
        text="Although the Potomac River continues to flow at well above normal levels, the immediate impact of the day’s steady rain on the flow of the Potomac near Washington, D.C. has been slight, according to hydrologists at the U.S. Geological Survey.",
        due=None,
        vague=False,
        said="1998-02-04 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USGS98A,
        published="1998-02-04",
    ),
    # the same listing, item of 'February 3, 1998' (America/New_York, 10:00 EST): January's flows are past (CONVENTIONS 2.4); the page's 'U. S.Geological' stays as written
    B(
        text="January streamflow in the Potomac River at Washington, DC, and total flow into the Chesapeake Bay were the second-highest on record, exceeded only by flows in January, 1996, according to the U. S.Geological Survey (USGS).",
        due=None,
        vague=False,
        said="1998-02-03 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USGS98A,
        published="1998-02-03",
    ),
    # US Geological Survey (public domain), page 363 of the same listing, item of 'March 3, 1998' (America/New_York, said at 10:00 EST): February's flows are past (CONVENTIONS 2.4)
    B(
        text="February streamflow in the Potomac River at Washington, DC, and total flow into the Chesapeake Bay were the highest on record for February, according to the U. S. Geological Survey (USGS).",
        due=None,
        vague=False,
        said="1998-03-03 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USGS98B,
        published="1998-03-03",
    ),
    # the same listing, item of 'March 2, 1998' (Menlo Park, California: America/Los_Angeles, said at 10:00 PST): 'today was joined' is done, and 'long-term' sets no end: past (CONVENTIONS 2.4)
    B(
        text="Secretary of the Interior Bruce Babbitt today was joined by Congresswoman Anna Eshoo in announcing a long-term lease that will keep the U.S. Geological Survey (USGS) in its historic Menlo Park, Calif., location.",
        due=None,
        vague=False,
        said="1998-03-02 18:00:00",
        tz="America/Los_Angeles",
        refusal="past",
        cluster=5,
        source=_USGS98B,
        published="1998-03-02",
    ),
    # the same listing, item of 'February 13, 1998' (the meeting is in Philadelphia: America/New_York, said at 10:00 EST): the induction on 14 February 1998 falls due at the end of that day (CONVENTIONS 3.1); 'annual' describes the meeting only [local due 1998-02-14 23:59:59]
    B(
        text="On February 14, 1998, Dr. Ray Herrmann, a United States Geological Survey scientist whose speciality is watershed research, will be inducted as a Fellow by the American Association for the Advancement of Science (AAAS) during its annual meeting in Philadelphia.",
        due="1998-02-15 04:59:59",
        vague=False,
        said="1998-02-13 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USGS98B,
        published="1998-02-13",
    ),
    # US Geological Survey (public domain), media advisory on measuring floods in northern California, carried whole by volcanomadness.blogspot.com, 'Posted: 11 Dec 2014 02:43 PM PST' (said at 14:43 PST, America/Los_Angeles). The availabilities on Friday 12 December 2014 (a Friday) fall due at the end of that day (CONVENTIONS 3.1); the advisory repeats this sentence in its summary and its body, taken once [local due 2014-12-12 23:59:59]
    B(
        text="What: The U.S. Geological Survey is hosting three media availabilities on Friday, Dec. 12 at high-water areas on the Russian River near Geyserville, Calif.; the Sacramento River at Delta, Calif; and Cache Creek near Yolo, Calif.",
        due="2014-12-13 07:59:59",
        vague=False,
        said="2014-12-11 22:43:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_USGS14,
        published="2014-12-11",
    ),
    # the same advisory: the only time named, the storm's arrival on 10 December, is past: past (CONVENTIONS 2.4). unsure: the invitation itself is present and has no time, so a careful reader could give due None with no refusal word
    B(
        text="Topic: Press are invited to join U.S. Geological Survey scientists and field technician crews who are measuring stream flow and flooding after heavy rainfall from the storm that moved into northern California on Dec. 10.",
        due=None,
        vague=False,
        said="2014-12-11 22:43:00",
        tz="America/Los_Angeles",
        refusal="past",
        cluster=5,
        source=_USGS14,
        published="2014-12-11",
    ),
    # the same advisory, a line of its 'Where and When' schedule (the carried copy runs the lines together; the place names are not in the stored text): Friday 12 December 2014 08:00 PST (CONVENTIONS 3.1) [local due 2014-12-12 08:00:00]
    B(
        text="Friday, December 12, 2014 at 8 a.m.",
        due="2014-12-12 16:00:00",
        vague=False,
        said="2014-12-11 22:43:00",
        tz="America/Los_Angeles",
        cluster=2,
        source=_USGS14,
        published="2014-12-11",
    ),
    # the same schedule, a later line: Friday 12 December 2014 09:00 PST (CONVENTIONS 3.1) [local due 2014-12-12 09:00:00]
    B(
        text="Friday, December 12, 2014 at 9 a.m.",
        due="2014-12-12 17:00:00",
        vague=False,
        said="2014-12-11 22:43:00",
        tz="America/Los_Angeles",
        cluster=2,
        source=_USGS14,
        published="2014-12-11",
    ),
    # NASA (US federal work, public domain), release M09-204 'NASA to Hold News Conference about Next Space Shuttle Launch', 'Oct. 21, 2009'; no hour, said at 10:00 EDT (America/New_York). The news conference at about 6 p.m. EDT on Thursday 29 October 2009 (a Thursday) falls due then (CONVENTIONS 3.1); 'approximately' does not move the hour [local due 2009-10-29 18:00:00]
    B(
        text="CAPE CANAVERAL, Fla. -- NASA has scheduled a news conference for approximately 6 p.m. EDT on Thursday, Oct. 29, to discuss the status of the next space shuttle launch.",
        due="2009-10-29 22:00:00",
        vague=False,
        said="2009-10-21 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA09,
        published="2009-10-21",
    ),
    # the same release: 'after the conclusion of the Flight Readiness Review' hangs the start on an event this sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="The news conference, originating from NASA's Kennedy Space Center in Florida, will begin after the conclusion of the Flight Readiness Review.",
        due=None,
        vague=False,
        said="2009-10-21 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NASA09,
        published="2009-10-21",
    ),
    # the same release: 'launch date' names no date: due None, no refusal word
    B(
        text="The review is expected to include the selection of an official launch date.",
        due=None,
        vague=False,
        said="2009-10-21 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NASA09,
        published="2009-10-21",
    ),
    # the same release: the launch at 2:28 p.m. EST on 16 November 2009 (eastern standard time from 1 November 2009, as the release says), due then (CONVENTIONS 3.1) [local due 2009-11-16 14:28:00]
    B(
        text="Atlantis currently is targeted to launch at 2:28 p.m. EST on Nov. 16.",
        due="2009-11-16 19:28:00",
        vague=False,
        said="2009-10-21 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA09,
        published="2009-10-21",
    ),
)
