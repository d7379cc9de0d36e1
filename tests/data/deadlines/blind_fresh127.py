"""A HUNDRED-AND-TWENTY-SEVENTH fresh blind set of real deadline phrasings (issue 12), labelled by
hand before the parser was ever run on them.

Collected and labelled on 2026-12-05 (UTC), late in the evening (the machine's clock read 23:42 at
the start and about 23:52 when the labels were written), by a labelling helper (branch
issue12l127-s51) that neither changed, imported nor ran the parser, working at the same time as
other labellers of stop 51, whose claims in the shared claims file were treated as used and whose
files and README sections were not opened. It read `CONVENTIONS.md` in full (rules 3.1a, 6.3 and
6.4 among them), the docstring, comments, some cases and README section of `blind_fresh125.py`,
and the top docstring of the parser package only (the vague windows, "before"/"by" periods, the
thirds of a month, weeks running Monday to Sunday, spans ending at the end of a local day, a range
falling due at its later end); nothing else of `bot/core/deadlines/` was opened. The brief
suggested Australian state and federal agencies under CC BY (NSW, Victoria, ACT, ABS, BoM,
infrastructure and transport departments), Stats NZ, the Department of Conservation (NZ),
Statistics Canada, the Council of the EU and the European Commission, and at most a quarter from
the United States; at least eight publishers, none above a fifth of the cases.

The set quotes the Department of Conservation (a media release of 8 April 2024 carried by
rnzngin.fifthestate.nz), Stats NZ (a press release of 27 April 2023 on Scoop, and releases of 16
and 17 April 2025 carried by nz.mil-osi.com), the Australian Bureau of Statistics (three 'ABS
Release Advice' pages, of 4 March 2015, 21 July 2017 and 22 August 2017), the NSW National Parks
and Wildlife Service (a local alerts page reviewed in June 2025), the Council of the EU (a
declaration of 16 June 2016 on a feed aggregator, a press release of 5 November 2024 reproduced on
a blog, and 'Main topics and media events 3 - 16 December 2018' as eumonitor.eu records it),
Statistics Canada (a CNW release of 20 May 2021), the European Commission (Daily News of 30 July
2025 and 18 June 2025, reproduced on openrijk.nl and by the Cyprus News Agency) and the ACT
Government (a release of 1 December 2025 carried by au.mil-osi.com). 72 cases from 8 publishers
(Stats NZ 14 (19.4%); the ABS 14 (19.4%); DOC 13; the Council of the EU 8; NSW NPWS 7; Statistics
Canada 7; the European Commission 5; the ACT Government 4). None is from the United States. Where
a publisher offered more than the fifth of the set allowed it (decided when the set held 78
cases, after the whole-sentence check below), the first ones in page order were kept: the ABS
pages were taken in date order and the last four sentences of the page of 22 August 2017 left
out; the last two sentences of the Stats NZ release of 17 April 2025 were left out. A second NPWS
alerts page (Blackbutt picnic area, October 2024) was claimed, but both of its sentences with a
time word were found used (stock alert wording) and dropped. A Bureau of Meteorology release (media.bom.gov.au, 13
February 2023) was claimed and then left out: the Bureau's own copyright notice
(bom.gov.au/other/copyright.shtml) grants CC BY only to material marked with a CC logo, so its
licence could not be confirmed. Transport for NSW notices carried by regional papers were found
fresh but left out and unclaimed for the same reason (no Transport for NSW licence statement in
the store).

Every sentence quoted holds a time word of some kind (a date, a clock time, a day word, a period,
a span, a year, a season, "now", "today", "already", "recent", "since", "until", "before",
"after", "during", "never", "still", "yet", "early", "late", "future", "daily", "annually",
"quarterly", "regular", "frequently", "in advance", "ahead of time"); the sentences of the
openings read that hold none were skipped, as were titles, headings, date lines, the alerts'
"Applies from ... Last reviewed ..." lines, navigation, contact lines, sentences cut off by the
end of an opening and words of the carrying sites themselves (the ACT site's note on moving its
pages). List items were taken as they stand; line breaks inside a sentence were read as spaces and
no word was changed ("Czechias", "BackgroundThe", "Tōtaranui Campground:17 April 2024", a release's
title and date run into its first sentence, and curly and straight quotation marks stay as the
pages have them). The sentences were found with a search over stored copies of public pages and
taken as they came in the openings the search returns, in page order. See README.md
("Hundred-and-twenty-seventh fresh blind set") for every address, publisher and licence.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the
brief names excepted, which the freshness tool skips) or in the shared claims file was used: each
was checked with the lead's `fresh_check.py` (the address and a distinctive phrase of the page) and
claimed (`fresh127`) in `/work/helper-brief/claims.txt` before its quotes were kept; many pages
were found used and dropped (README.md lists them). Every sentence was then checked whole with the
same tool (skipping this file): three were found used (the two NPWS Blackbutt sentences and the
Council's stock line 'Overview of the main subjects to be discussed at meetings of the Council of
the EU over the next two weeks.') and dropped. Each label was worked out by hand from the words, the publication
date and the publisher's zone (Australia/Sydney for NSW, Canberra and the ABS, Pacific/Auckland for
Stats NZ and DOC, Europe/Brussels for the Council and the Commission, America/Toronto for
Statistics Canada); the conversion of local instants to UTC wall time, weekdays and day counts
were done with Python's zoneinfo and datetime in a scratch script outside the repository, never
with code of the project. No run of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or
the tests touched these texts before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh125.py`: the publication date at 10:00 local time unless the page gives an hour (the
NPWS alerts' 'Last reviewed' times, the ABS pages' 11:30 AM release time, the Council feed's
15:13 and the Council press release's 16:00); a day falls due at 23:59:59 local; 'late <month>'
is its last third, days 21 to the end (parser docstring); weeks run Monday to Sunday; a span from
the moment of speaking lands on a local day (CONVENTIONS 1.1); a closure or presence kept until a
date falls due then (CONVENTIONS 3.3); a range falls due at its later end (CONVENTIONS 6.1); a
clock time with no day of its own is its next occurrence after the moment of speaking, and a day
given only by a heading, a title or a list below is not used (CONVENTIONS 6.3); a date of effect
or a one-off opening is due that day (CONVENTIONS 3.1); an offer or a closed state given only its
start is earliest (CONVENTIONS 3.2); done acts and past facts are past (CONVENTIONS 2.4); standing
routines and frequencies ('daily', 'annually', 'quarterly', 'each year', 'in advance' of each
transfer) are recurring, times hung on an undated event ('until further notice', 'when conditions
are safe', 'before' undated visits, 'during severe weather') event (CONVENTIONS 1.3); a time denied
is negated (CONVENTIONS 4.1); refusals have `due=None` and a `refusal` kind; a sentence whose time
words set no time for any act has `due=None` and no refusal word (19 such). No sentence holds
nights of work (CONVENTIONS 6.4 decides none) and none holds a vague word of CONVENTIONS 5.
Clusters as in `blind_fresh125.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4
parts of the day, periods and windows, 5 refusals, 6 plain days and dates. 35 labels are refusals
(past 19, recurring 8, event 4, earliest 3, negated 1), none is vague; 18 labels carry a due
instant; 15 are marked "unsure" and name the other reading; like every label here they stay as
committed, whatever the first run shows. First run: not yet taken (the lead runs it once, after
merging, and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_NPWS = "https://prd.nswparks.cloud/visit-a-park/parks/avisford-nature-reserve/local-alerts"
_EC25 = "https://openrijk.nl/en/parlement-eu/europese-commissie/artikel/mex-25-1933/daily-news-30-/-07-/-2025"
_EC25B = (
    "https://www.cna.org.cy/en/press_releases/article/8626905/press-release-european-commission"
)
_SNZ23 = "https://www.scoop.co.nz/stories/PO2304/S00163/only-one-more-week-for-census-collectors-to-help-with-census-forms.htm"
_SNZ25 = "https://nz.mil-osi.com/category/mil-osi/page/173"
_DOC24 = "https://rnzngin.fifthestate.nz/category/department-of-conservation/page/21"
_ACT25 = "https://au.mil-osi.com/2025/12/page/45"
_CEU16 = "http://evnc.europavarietas.org/en/aggregator/sources/123?page=129"
_CEU24 = "https://politikinewsaaa.blogspot.com/2024/11/council-of-european-unionupdate_6.html"
_CEU18 = "https://www.eumonitor.eu/9353000/1/j9vvik7m1c3gyxp/vktwqhz0dgyi?v=1&ctx=vg9xfuxxeyvu&start_tab1=5"
_STC21 = "https://www.newswire.ca/news-releases/2021-census-enumerators-to-begin-follow-ups-with-dwellings-855821580.html"
_ABS15 = "http://www8.abs.gov.au/AUSSTATS/abs@.nsf/webpages/ABS+Release+Advice"
_ABS17B = "http://abs.gov.au/AUSSTATS/abs@.nsf/webpages/ABS+Release+Advice"
_ABS17A = "http://www.abs.gov.au/ausstats/abs@.nsf/Web+pages/ABS+Release+Advice?OpenDocument"

FRESH127_CASES: tuple[BlindCase, ...] = (
    # NSW National Parks and Wildlife Service, Avisford Nature Reserve local alerts (prd.nswparks.cloud, a copy of nationalparks.nsw.gov.au; CC BY 4.0); zone Australia/Sydney (AEST). The alert's own line 'Last reviewed: Fri 6 Jun 2025, 12.15pm' is the moment of speaking. A list item: the closure is kept until late July 2025, and 'late' is the last third of the month (days 21-31, parser docstring), so it falls due at the end of 31 July (CONVENTIONS 3.3, 6.1) [local due 2025-07-31 23:59:59 Australia/Sydney]
    B(
        text="- California trail - closed until late July 2025",
        due="2025-07-31 13:59:59",
        vague=False,
        said="2025-06-06 02:15:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_NPWS,
        published="2025-06-06",
    ),
    # the same alert, the next list item: a closure kept until late July 2025, due at the end of 31 July (CONVENTIONS 3.3; 'late' month = days 21-31 per the parser docstring) [local due 2025-07-31 23:59:59 Australia/Sydney]
    B(
        text="- California Hut - closed until late July 2025",
        due="2025-07-31 13:59:59",
        vague=False,
        said="2025-06-06 02:15:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_NPWS,
        published="2025-06-06",
    ),
    # the next alert on the page (last reviewed Fri 6 Jun 2025 9.21am): a closed state given only its start, no end and no act promised for that day: earliest (CONVENTIONS 3.2). unsure: a careful reader could call the closure a one-off event on 6 June (CONVENTIONS 3.1, due at the end of that day)
    B(
        text="Heartbreak Hill campground toilet in Parr State Conservation Area is closed from Friday 6 June 2025 due to facility upgrade.",
        due=None,
        vague=False,
        said="2025-06-05 23:21:00",
        tz="Australia/Sydney",
        refusal="earliest",
        earliest="2025-06-05 14:00:00",
        cluster=5,
        source=_NPWS,
        published="2025-06-06",
    ),
    # the next alert (last reviewed Thu 5 Jun 2025 1.47pm): a closure begun on a past day that lasts until a notice not dated: the end hangs on an undated event (CONVENTIONS 1.3, as fresh125's 'until conditions improve')
    B(
        text="Towarri National Park is closed from Tuesday 20th May 2025 until further notice due to flooding and severe weather conditions.",
        due=None,
        vague=False,
        said="2025-06-05 03:47:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_NPWS,
        published="2025-06-05",
    ),
    # the same alert: the reopening hangs on an undated condition (CONVENTIONS 1.3, 5.2); the daily reassessment is a standing routine. unsure: a careful reader could make 'daily' the deciding word, recurring (CONVENTIONS 1.3)
    B(
        text="This closure will be reassessed daily and the park will reopen when conditions are safe.",
        due=None,
        vague=False,
        said="2025-06-05 03:47:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_NPWS,
        published="2025-06-05",
    ),
    # the same alert: 'never' sets no time for any act: due None, no refusal word
    B(
        text="Remember, it’s never safe to drive, ride or walk through flood waters.",
        due=None,
        vague=False,
        said="2025-06-05 03:47:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_NPWS,
        published="2025-06-05",
    ),
    # the same alert: 'during severe weather' hangs the advice on undated weather (CONVENTIONS 1.3). unsure: a careful reader could give no refusal word (advice, no undertaking, CONVENTIONS 4.2)
    B(
        text="For assistance during severe weather visit the NSW SES website.",
        due=None,
        vague=False,
        said="2025-06-05 03:47:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_NPWS,
        published="2025-06-05",
    ),
    # European Commission, Daily News of 30 July 2025 (reproduced on openrijk.nl; Commission reuse policy, Decision 2011/833/EU, CC BY 4.0); zone Europe/Brussels (CEST); no hour on the page, so 10:00 local. A Commissioner's quote: 'future' sets no time for any act: due None, no refusal word
    B(
        text="SAFE is a symbol of our collective commitment to strengthen our defence readiness for a safer and united future.”",
        due=None,
        vague=False,
        said="2025-07-30 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EC25,
        published="2025-07-30",
    ),
    # the same item: 'early' qualifies the indication, no time set for the assessment: due None, no refusal word
    B(
        text="The early indication of interest will allow the Commission to assess demand and prepare for raising funds on the capital markets.",
        due=None,
        vague=False,
        said="2025-07-30 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EC25,
        published="2025-07-30",
    ),
    # the same item: a deadline on a date, due at the end of that day in Brussels (CET in November) [local due 2025-11-30 23:59:59 Europe/Brussels]
    B(
        text="The deadline for formal submission of requests under SAFE remains 30 November 2025.",
        due="2025-11-30 22:59:59",
        vague=False,
        said="2025-07-30 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EC25,
        published="2025-07-30",
    ),
    # the next item: an act done today, told in the past tense: nothing left to fall due (CONVENTIONS 2.4); 'Czechias' as the page has it
    B(
        text="Today, the European Commission endorsed a positive preliminary assessment of Czechias 4th payment request for €1.83 billion under the Recovery and Resilience Facility, the centrepiece of NextGenerationEU.",
        due=None,
        vague=False,
        said="2025-07-30 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC25,
        published="2025-07-30",
    ),
    # European Commission, Daily News of 18 June 2025, 'June infringements package' (reproduced by the Cyprus News Agency, cna.org.cy; Commission reuse policy, CC BY 4.0); zone Europe/Brussels; 10:00 local. A 'regular' package is a standing routine with no start of its own: recurring (CONVENTIONS 1.3). The rest of the opening holds no time word before it is cut off
    B(
        text="In its regular package of infringement decisions, the European Commission takes legal action against Member States that fail to comply with their obligations under EU law.",
        due=None,
        vague=False,
        said="2025-06-18 08:00:00",
        tz="Europe/Brussels",
        refusal="recurring",
        cluster=5,
        source=_EC25B,
        published="2025-06-18",
    ),
    # Stats NZ press release of 27 April 2023 on Scoop (Stats NZ, CC BY 4.0); zone Pacific/Auckland (NZST); no hour, so 10:00 local. The collectors stay until 3 May (CONVENTIONS 3.3); 'said today' is the speaking (CONVENTIONS 2.2). unsure: 'one more week' from Thursday 27 April would run to 4 May; the sentence's own date 3 May is taken [local due 2023-05-03 23:59:59 Pacific/Auckland]
    B(
        text="Census collectors will be in communities for one more week only, until 3 May, to support people to complete the census, Stats NZ said today.",
        due="2023-05-03 11:59:59",
        vague=False,
        said="2023-04-26 22:00:00",
        tz="Pacific/Auckland",
        cluster=3,
        source=_SNZ23,
        published="2023-04-27",
    ),
    # the same release: a presence kept until Thursday 1 June, due at the end of that day (CONVENTIONS 3.3); the brackets are the page's [local due 2023-06-01 23:59:59 Pacific/Auckland]
    B(
        text="[But they will stay in areas most affected by Cyclone Gabrielle (the Far North, and Te Tairāwhiti and Hawke’s Bay regions) until Thursday 1 June.]",
        due="2023-06-01 11:59:59",
        vague=False,
        said="2023-04-26 22:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_SNZ23,
        published="2023-04-27",
    ),
    # the same release (a deputy statistician's quote): 'time' and 'yet' set no time: due None, no refusal word
    B(
        text="“It is time to get those forms in if you haven’t done them yet.",
        due=None,
        vague=False,
        said="2023-04-26 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_SNZ23,
        published="2023-04-27",
    ),
    # the same quote: no time set for any act: due None, no refusal word
    B(
        text="Time is running out to do the census,” said Simon Mason, Deputy Government Statistician and Deputy Chief Executive Census and Collections Operations.",
        due=None,
        vague=False,
        said="2023-04-26 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_SNZ23,
        published="2023-04-27",
    ),
    # the same quote: 'this week' ends on Sunday 30 April (weeks run Monday to Sunday, parser docstring) [local due 2023-04-30 23:59:59 Pacific/Auckland]
    B(
        text="“If you want help from a census collector, or for your census forms to be collected from you, please complete the census this week.",
        due="2023-04-30 11:59:59",
        vague=False,
        said="2023-04-26 22:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_SNZ23,
        published="2023-04-27",
    ),
    # the same release: visits told since a past day, nothing left to fall due (CONVENTIONS 2.4)
    B(
        text="Since Census Day, census collectors have been visiting households.",
        due=None,
        vague=False,
        said="2023-04-26 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_SNZ23,
        published="2023-04-27",
    ),
    # the same release: 'after Census Day' describes the operation and sets no time for any act: due None, no refusal word
    B(
        text="“The census collection activities after Census Day are the biggest and most complex part of the census operation.",
        due=None,
        vague=False,
        said="2023-04-26 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_SNZ23,
        published="2023-04-27",
    ),
    # the same release: done acts (CONVENTIONS 2.4)
    B(
        text="“Since Census Day, they have made 1.8 million visits to households, to ensure people take part and are counted in the 2023 Census.”",
        due=None,
        vague=False,
        said="2023-04-26 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_SNZ23,
        published="2023-04-27",
    ),
    # the same release: 7 March and 'never' tell of the past (CONVENTIONS 2.4)
    B(
        text="There are households that have not fully completed the census – because they, for example, have not completed Individual Forms for every person who stayed on 7 March, or because they only did Individual Forms for people and never completed their Dwelling Form.",
        due=None,
        vague=False,
        said="2023-04-26 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_SNZ23,
        published="2023-04-27",
    ),
    # Department of Conservation media release 'DOC huts, lodges and campsite bookings open tomorrow', dated 08 April 2024 on the page (carried by rnzngin.fifthestate.nz; DOC, CC BY 4.0); zone Pacific/Auckland (NZST); no hour, so 10:00 local. The season and 'dates' set no time for any act: due None, no refusal word
    B(
        text="Bookings for the 2024-25 season are staggered to give people making multiple bookings a better chance of securing their preferred dates.",
        due=None,
        vague=False,
        said="2024-04-07 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOC24,
        published="2024-04-08",
    ),
    # the same release: a range falls due at its later end (CONVENTIONS 6.1) [local due 2025-06-30 23:59:59 Pacific/Auckland]
    B(
        text="The season runs from 1 July 2024 to 30 June 2025.",
        due="2025-06-30 11:59:59",
        vague=False,
        said="2024-04-07 22:00:00",
        tz="Pacific/Auckland",
        cluster=3,
        source=_DOC24,
        published="2024-04-08",
    ),
    # the same release: the dates are only in the list below, so the clock time is read from the sentence alone: the first 9.30 am after 10:00 on 8 April (CONVENTIONS 6.3) [page: the last listed date, 23 April 09:30 NZST] [local due 2024-04-09 09:30:00 Pacific/Auckland]
    B(
        text="Bookings open at 9.30 am on the dates below:",
        due="2024-04-08 21:30:00",
        vague=False,
        said="2024-04-07 22:00:00",
        tz="Pacific/Auckland",
        cluster=2,
        source=_DOC24,
        published="2024-04-08",
    ),
    # the same release, a list item: bookings open on that day, a one-off opening due at the end of the day (CONVENTIONS 3.1; the 9.30 am of the previous sentence is not this item's). unsure: a careful reader could read an opening of bookings as an offer open from a date, earliest (CONVENTIONS 3.2) [local due 2024-04-09 23:59:59 Pacific/Auckland]
    B(
        text="- South Island campsites: 9 April 2024",
        due="2024-04-09 11:59:59",
        vague=False,
        said="2024-04-07 22:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_DOC24,
        published="2024-04-08",
    ),
    # the same list: opening on 11 April (CONVENTIONS 3.1; same doubt as the item before) [local due 2024-04-11 23:59:59 Pacific/Auckland]
    B(
        text="- North Island campsites: 11 April 2024",
        due="2024-04-11 11:59:59",
        vague=False,
        said="2024-04-07 22:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_DOC24,
        published="2024-04-08",
    ),
    # the same list: opening on 16 April (CONVENTIONS 3.1) [local due 2024-04-16 23:59:59 Pacific/Auckland]
    B(
        text="- Huts: 16 April 2024",
        due="2024-04-16 11:59:59",
        vague=False,
        said="2024-04-07 22:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_DOC24,
        published="2024-04-08",
    ),
    # the same list: opening on 17 April (CONVENTIONS 3.1); no space after the colon, as the page has it [local due 2024-04-17 23:59:59 Pacific/Auckland]
    B(
        text="- Tōtaranui Campground:17 April 2024",
        due="2024-04-17 11:59:59",
        vague=False,
        said="2024-04-07 22:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_DOC24,
        published="2024-04-08",
    ),
    # the same list: opening on 18 April (CONVENTIONS 3.1) [local due 2024-04-18 23:59:59 Pacific/Auckland]
    B(
        text="- Sole occupancy lodges, cabins and cottages:18 April 2024",
        due="2024-04-18 11:59:59",
        vague=False,
        said="2024-04-07 22:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_DOC24,
        published="2024-04-08",
    ),
    # the same list: opening on 23 April (CONVENTIONS 3.1) [local due 2024-04-23 23:59:59 Pacific/Auckland]
    B(
        text="- Momorangi Bay Campground: 23 April 2024",
        due="2024-04-23 11:59:59",
        vague=False,
        said="2024-04-07 22:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_DOC24,
        published="2024-04-08",
    ),
    # the same release: the dates are to be announced later this month, a firm act due at the end of April (parser docstring: 'later this <period>' runs to the period's end); 'from May' is only a lower bound for the opening. unsure: a careful reader could take the opening, earliest 1 May (CONVENTIONS 3.2) [local due 2024-04-30 23:59:59 Pacific/Auckland]
    B(
        text="*Bookings for Great Walks will open from May, with specific dates to be announced later this month.",
        due="2024-04-30 11:59:59",
        vague=False,
        said="2024-04-07 22:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_DOC24,
        published="2024-04-08",
    ),
    # the same release: a done act (CONVENTIONS 2.4)
    B(
        text="As part of its annual pricing review, DOC has adjusted the pricing of 21 high-demand huts, campsites, and cottages to contribute to the increasing costs.",
        due=None,
        vague=False,
        said="2024-04-07 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC24,
        published="2024-04-08",
    ),
    # the same release (a director's quote): a date of effect, due that day (CONVENTIONS 3.1, 'with effect from') [local due 2024-07-01 23:59:59 Pacific/Auckland]
    B(
        text="“Increases will take effect for these (21) sites from 1 July 2024, and they range from a $5 – $15 increase for the most popular huts such as Hooker and Mueller huts in the Aoraki/Mt Cook National Park.",
        due="2024-07-01 11:59:59",
        vague=False,
        said="2024-04-07 22:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_DOC24,
        published="2024-04-08",
    ),
    # the same quote: 'early' and 'dates and times' set no time: due None, no refusal word
    B(
        text="We recommend booking huts, campsites, and cottages early to secure popular dates and times.”",
        due=None,
        vague=False,
        said="2024-04-07 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOC24,
        published="2024-04-08",
    ),
    # ACT Government (Chief Minister, Treasury and Economic Development Directorate) release 'Equity Fund applications open for 2026', 'Released 01/12/2025' (carried by au.mil-osi.com; ACT Government, CC BY 4.0); zone Australia/Sydney (Canberra, AEDT); no hour, so 10:00 local. Applications open from today, an offer given only its start: earliest (CONVENTIONS 3.2)
    B(
        text="From today, eligible ACT families can apply to access a one-off payment to help cover 2026 education expenses through the ACT Government’s Future of Education Equity Fund.",
        due=None,
        vague=False,
        said="2025-11-30 23:00:00",
        tz="Australia/Sydney",
        refusal="earliest",
        earliest="2025-11-30 13:00:00",
        cluster=5,
        source=_ACT25,
        published="2025-12-01",
    ),
    # the same release: 'start the year' sets no time for any act: due None, no refusal word
    B(
        text="“The Future of Education Equity Fund helps families to manage back-to-school costs so that their children can start the year with the items they need,” Minister Berry said.",
        due=None,
        vague=False,
        said="2025-11-30 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACT25,
        published="2025-12-01",
    ),
    # the same release: the opening from 1 December is an offer given only its start (CONVENTIONS 3.2); 'before the 2026 school year begins' is the purpose, hung on an undated start. unsure: a careful reader could give no refusal word (a claim about the fund, no undertaking)
    B(
        text="“Opening applications from 1 December 2025 supports families to address cost-of-living pressures before the 2026 school year begins.",
        due=None,
        vague=False,
        said="2025-11-30 23:00:00",
        tz="Australia/Sydney",
        refusal="earliest",
        earliest="2025-11-30 13:00:00",
        cluster=5,
        source=_ACT25,
        published="2025-12-01",
    ),
    # the same release: done acts (CONVENTIONS 2.4)
    B(
        text="In 2025, the Fund has provided more than $3.7 million to more than 6,200 students and in 2024 provided more than $3.4 million to more than 5,800 students.",
        due=None,
        vague=False,
        said="2025-11-30 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ACT25,
        published="2025-12-01",
    ),
    # Council of the European Union, declaration by the High Representative on behalf of the EU (DPRK), 'Thu, 16/06/2016 - 15:13' on the feed page (evnc.europavarietas.org aggregates the Council's feed; reuse with acknowledgement, Council Decision (EU) 2017/1842); zone Europe/Brussels (CEST). A done act (CONVENTIONS 2.4)
    B(
        text="On 27 May 2016, the Council adopted Council Decision (CFSP) 2016/849[1] concerning restrictive measures against the Democratic People's Republic of Korea.",
        due=None,
        vague=False,
        said="2016-06-16 13:13:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_CEU16,
        published="2016-06-16",
    ),
    # the same declaration: 'in advance' of each transfer, a standing rule for a class of cases (CONVENTIONS 1.3). unsure: a careful reader could call it hung on an undated transfer, event
    B(
        text="In addition, it prohibits transfers of funds to and from DPRK unless specifically authorised in advance.",
        due=None,
        vague=False,
        said="2016-06-16 13:13:00",
        tz="Europe/Brussels",
        refusal="recurring",
        cluster=5,
        source=_CEU16,
        published="2016-06-16",
    ),
    # the same declaration's footnote: a done act (CONVENTIONS 2.4)
    B(
        text="[1] Published on 28.5.2016 in the Official Journal of the European Union no. L 141, p. 79.",
        due=None,
        vague=False,
        said="2016-06-16 13:13:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_CEU16,
        published="2016-06-16",
    ),
    # Council of the European Union press release '05/11/2024 16:00' (reproduced on politikinewsaaa.blogspot.com; Council Decision (EU) 2017/1842); zone Europe/Brussels (CET). 'today adopted', a done act (CONVENTIONS 2.4)
    B(
        text="The Council today adopted a €5 million assistance measure under the European Peace Facility, to strengthen the operational capabilities of the Congolese Navy.",
        due=None,
        vague=False,
        said="2024-11-05 15:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_CEU24,
        published="2024-11-05",
    ),
    # the same release: past dates of done acts (CONVENTIONS 2.4)
    B(
        text="Today’s decision complements two other assistance measures worth €21 million and €5 million adopted on 27 November 2023 and 13 June 2024 respectively, with the aim of enhancing the capabilities of the navies of Ghana, Cameroon and Benin, in support of their commitment to the Yaoundé Architecture and maritime security in the Gulf of Guinea.",
        due=None,
        vague=False,
        said="2024-11-05 15:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_CEU24,
        published="2024-11-05",
    ),
    # the same release: a past establishment (CONVENTIONS 2.4); 'BackgroundThe' runs a heading into the sentence, as the page has it
    B(
        text="BackgroundThe European Peace Facility was established in March 2021 to finance EU external actions with military or defence implications, with the aim of preventing conflict, preserving peace and strengthening international security and stability.",
        due=None,
        vague=False,
        said="2024-11-05 15:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_CEU24,
        published="2024-11-05",
    ),
    # Statistics Canada release 'OTTAWA, ON, May 20, 2021 /CNW/' (Cision newswire.ca; Statistics Canada Open Licence); zone America/Toronto (EDT); no hour, so 10:00 local. 'to date': done acts (CONVENTIONS 2.4)
    B(
        text="Statistics Canada thanks all Canadians who have completed their 2021 Census to date.",
        due=None,
        vague=False,
        said="2021-05-20 14:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC21,
        published="2021-05-20",
    ),
    # the same release: the start of follow-ups in late May, a one-off start in a window due at its later end, 31 May ('late' = days 21-31, parser docstring; CONVENTIONS 3.1, 6.1) [local due 2021-05-31 23:59:59 America/Toronto]
    B(
        text="In late May, Statistics Canada enumerators will begin follow-ups with dwellings from which completed questionnaires have not yet been received.",
        due="2021-06-01 03:59:59",
        vague=False,
        said="2021-05-20 14:00:00",
        tz="America/Toronto",
        cluster=4,
        source=_STC21,
        published="2021-05-20",
    ),
    # the same release: 'before' undated visits: event (CONVENTIONS 1.3)
    B(
        text="Every attempt will be made by Statistics Canada employees to reach households by phone before enumerators conduct in-person visits to remind residents to complete the census and offer assistance.",
        due=None,
        vague=False,
        said="2021-05-20 14:00:00",
        tz="America/Toronto",
        refusal="event",
        cluster=5,
        source=_STC21,
        published="2021-05-20",
    ),
    # the same release: 'frequently', a standing practice (CONVENTIONS 1.3). unsure: a careful reader could give no refusal word (no time set)
    B(
        text="In accordance with guidelines from public health authorities, interviews will be outdoors and physically distanced and census employees will be required to wear masks, and hand sanitizer will also be provided to employees so they may frequently disinfect their hands.",
        due=None,
        vague=False,
        said="2021-05-20 14:00:00",
        tz="America/Toronto",
        refusal="recurring",
        cluster=5,
        source=_STC21,
        published="2021-05-20",
    ),
    # the same release: 'not too late' sets no time: due None, no refusal word
    B(
        text="It's not too late for households to make their census contact-free by completing it online, on paper or over the phone.",
        due=None,
        vague=False,
        said="2021-05-20 14:00:00",
        tz="America/Toronto",
        cluster=1,
        source=_STC21,
        published="2021-05-20",
    ),
    # the same release: 'still' sets no time; the numbers are telephone numbers: due None, no refusal word
    B(
        text="Households can still contact the Census Help Line at 1-855-340-2021 to request a secure access code or at 1-877-885-2021 to receive a paper questionnaire.",
        due=None,
        vague=False,
        said="2021-05-20 14:00:00",
        tz="America/Toronto",
        cluster=1,
        source=_STC21,
        published="2021-05-20",
    ),
    # the same release: 'already', done acts (CONVENTIONS 2.4)
    B(
        text="Millions of Canadians have counted themselves in already—have you?",
        due=None,
        vague=False,
        said="2021-05-20 14:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC21,
        published="2021-05-20",
    ),
    # Stats NZ media and information release of 16 April 2025 (carried by nz.mil-osi.com, 'Source: Statistics New Zealand'; Stats NZ, CC BY 4.0); zone Pacific/Auckland (NZST); no hour, so 10:00 local. The page runs the title and date into the sentence; figures of a past day released today: past (CONVENTIONS 2.4)
    B(
        text="Aotearoa New Zealand’s population passes 5.3 million people 16 April 2025 – Aotearoa New Zealand’s estimated resident population was 5,311,100 as at 31 December 2024, according to figures released by Stats NZ today.",
        due=None,
        vague=False,
        said="2025-04-15 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_SNZ25,
        published="2025-04-16",
    ),
    # the same release: '2023' names the census, no time set for any act: due None, no refusal word
    B(
        text="These are the first population estimates to fully incorporate the 2023 Census and 2023 Post-Enumeration Survey (PES) results.",
        due=None,
        vague=False,
        said="2025-04-15 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_SNZ25,
        published="2025-04-16",
    ),
    # the same release: the revision is done (CONVENTIONS 2.4); the second clause sets a method with no time of its own. unsure: a careful reader could call 'will now use' a standing practice, recurring (CONVENTIONS 1.3)
    B(
        text="Estimates back to 2018 have now been revised, and estimates after 30 June 2023 will now use the 2023-base estimated resident population as a starting point.",
        due=None,
        vague=False,
        said="2025-04-15 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_SNZ25,
        published="2025-04-16",
    ),
    # the next release on the page, 17 April 2025 (10:00 local): a past increase, released today (CONVENTIONS 2.4); title and date run into the sentence as the page has it
    B(
        text="Annual inflation at 2.5 percent in March 2025 17 April 2025 – Aotearoa New Zealand’s consumers price index (CPI) increased 2.5 percent in the 12 months to the March 2025 quarter, according to figures released by Stats NZ today.",
        due=None,
        vague=False,
        said="2025-04-16 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_SNZ25,
        published="2025-04-17",
    ),
    # the same release: a past quarter (CONVENTIONS 2.4)
    B(
        text="The 2.5 percent increase follows a 2.2 percent annual increase to the December 2024 quarter.",
        due=None,
        vague=False,
        said="2025-04-16 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_SNZ25,
        published="2025-04-17",
    ),
    # the same page (Transport Council of Monday 3 December, a heading not used): 'seasonal time changes' names clock changes, not a time for the report: due None, no refusal word
    B(
        text="The proposals to stop seasonal time changes and update rail passenger rights will be the subject of a progress report.",
        due=None,
        vague=False,
        said="2018-11-30 09:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_CEU18,
        published="2018-11-30",
    ),
    # the same page (Home Affairs Council of Thursday 6 December, a heading not used): 'the next Multiannual Financial Framework' names a budget period, not a time for the discussion, which has no day in the sentence: due None, no refusal word. unsure: a careful reader could date the discussion by its heading, 6 December (not used, CONVENTIONS 6.3's reasoning)
    B(
        text="Home Affairs ministers are expected to discuss the European Border and Coast Guard, the prevention of dissemination of terrorist content online and the Justice and Home Affairs priorities for the next Multiannual Financial Framework.",
        due=None,
        vague=False,
        said="2018-11-30 09:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_CEU18,
        published="2018-11-30",
    ),
    # Australian Bureau of Statistics, 'ABS Release Advice', 'Released at 11:30 AM (CANBERRA TIME) 04/03/2015' (www8.abs.gov.au; CC BY 2.5 Australia, the ABS copyright page); zone Australia/Sydney (AEDT). 'quarterly', a standing series (CONVENTIONS 1.3). unsure: a careful reader could give no refusal word (a description)
    B(
        text="Detailed presentation of quarterly national accounts showing both current price estimates and chain volume measures in original, seasonally adjusted and trend terms.",
        due=None,
        vague=False,
        said="2015-03-04 00:30:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ABS15,
        published="2015-03-04",
    ),
    # the same page: '2014', 'time series', 'full-time' set no time for any act: due None, no refusal word
    B(
        text="This release from Schools, Australia, 2014 contains time series data and commentary on the numbers and full-time equivalent (FTE) of in-school staff in Australia, and ratios of FTE students to FTE teaching staff.",
        due=None,
        vague=False,
        said="2015-03-04 00:30:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS15,
        published="2015-03-04",
    ),
    # the same page: 'already released', done (CONVENTIONS 2.4)
    B(
        text="It supplements data on students already released from this collection including time series of counts and FTE values, for full-time and part-time students.",
        due=None,
        vague=False,
        said="2015-03-04 00:30:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABS15,
        published="2015-03-04",
    ),
    # the same page: a release scheduled on 19 March, a one-off event due that day (CONVENTIONS 3.1); the comma before 'will' is the page's [local due 2015-03-19 23:59:59 Australia/Sydney]
    B(
        text="A further release of data from this collection scheduled on 19 March, will include time series data containing counts of schools; counts of full-time equivalent students by remoteness area and derived measures of student engagement.",
        due="2015-03-19 12:59:59",
        vague=False,
        said="2015-03-04 00:30:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ABS15,
        published="2015-03-04",
    ),
    # the same page: 'each year', a standing span with no start of its own (CONVENTIONS 1.3)
    B(
        text="Contains national information on defendants finalised in the Higher (Supreme and Intermediate), Magistrates' and Children's criminal courts between 1 July and 30 June each year.",
        due=None,
        vague=False,
        said="2015-03-04 00:30:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ABS15,
        published="2015-03-04",
    ),
    # Australian Bureau of Statistics, 'ABS Release Advice', 'Released at 11:30 AM (CANBERRA TIME) 21/07/2017' (abs.gov.au; CC BY 2.5 Australia, the ABS copyright page); zone Australia/Sydney (AEST). Under 'Friday 21 July 2017': a time denied (CONVENTIONS 4.1, 'has no public events tomorrow')
    B(
        text="No scheduled releases today.",
        due=None,
        vague=False,
        said="2017-07-21 01:30:00",
        tz="Australia/Sydney",
        refusal="negated",
        cluster=5,
        source=_ABS17B,
        published="2017-07-21",
    ),
    # the same page: '2016' names an edition, no time set: due None, no refusal word
    B(
        text="This supplementary issue contains additional content for the 2016 Australian Statistical Geography Standard (ASGS).",
        due=None,
        vague=False,
        said="2017-07-21 01:30:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS17B,
        published="2017-07-21",
    ),
    # the same page: editions named by years, no act timed: due None, no refusal word
    B(
        text="There is an additional chapter providing information on the extent of change and stability between the 2011 and 2016 edition of the ASGS.",
        due=None,
        vague=False,
        said="2017-07-21 01:30:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS17B,
        published="2017-07-21",
    ),
    # the same page: a reference period of the data, not a time for any act: due None, no refusal word. unsure: a careful reader could call a period wholly in the past 'past'
    B(
        text="This publication presents experimental estimates for the Australian Labour Account for the period 2010–11 to 2015–16.",
        due=None,
        vague=False,
        said="2017-07-21 01:30:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS17B,
        published="2017-07-21",
    ),
    # the same page: 'annually', a standing frequency (CONVENTIONS 1.3)
    B(
        text="Data in each table are available annually, and for the 19 industry divisions defined in the Australian and New Zealand Standard Industry Classification (ANZSIC).",
        due=None,
        vague=False,
        said="2017-07-21 01:30:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ABS17B,
        published="2017-07-21",
    ),
    # the same page: facts of 2015, past (CONVENTIONS 2.4); 'due to' is a cause, not a time
    B(
        text="Of the 159,052 deaths in Australia in 2015, around one-third (32.5%) were due to the top four leading causes.",
        due=None,
        vague=False,
        said="2017-07-21 01:30:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABS17B,
        published="2017-07-21",
    ),
    # Australian Bureau of Statistics, 'ABS Release Advice', 'Latest ISSUE Released at 11:30 AM (CANBERRA TIME) 22/08/2017' (abs.gov.au; CC BY 2.5 Australia, the ABS copyright page); zone Australia/Sydney (Canberra, AEST); said at 11:30. A description under the day's release: '2016 Census' names a census, no time set: due None, no refusal word
    B(
        text="Contains 2016 Census of Population and Housing results on the distribution of family income and equalised income for families with either primary or secondary school children.",
        due=None,
        vague=False,
        said="2017-08-22 01:30:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS17A,
        published="2017-08-22",
    ),
    # the same page (Producer Price Indexes note): 'quarterly', a standing series (CONVENTIONS 1.3). unsure: a careful reader could give no refusal word (a description, no act)
    B(
        text="The basic data required for the construction of the PPI for the output of the retail trade industry are quarterly sales and cost of goods sold (COGS).",
        due=None,
        vague=False,
        said="2017-08-22 01:30:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ABS17A,
        published="2017-08-22",
    ),
    # the same note: a lower bound that holds for every reference quarter, a standing rule (CONVENTIONS 1.3). unsure: a careful reader could call it hung on an undated quarter's end, event
    B(
        text="These economic flow data cannot be collected until some time after the end of the reference quarter.",
        due=None,
        vague=False,
        said="2017-08-22 01:30:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ABS17A,
        published="2017-08-22",
    ),
)
