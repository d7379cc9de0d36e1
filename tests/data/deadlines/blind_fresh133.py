"""A HUNDRED-AND-THIRTY-THIRD fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-06 (UTC) between about 02:31 and 02:45 by a labelling helper
(branch issue12l133-s52) that neither changed, imported nor ran the parser, working at the same time
as the other labellers of stop 52 (fresh130 to fresh132), whose claims in the shared claims file were
treated as used and whose files and README sections were not opened. It read `CONVENTIONS.md` in full,
the docstring, comments, some cases and the README section of `blind_fresh129.py`, the docstring of
`tests/data/fresh_check.py`, and the top docstring of the parser package only (the vague windows,
"before" and "by" periods, weeks running Monday to Sunday, early/mid/late thirds, parts of the day);
nothing else of `bot/core/deadlines/` was opened. The brief asked for European institutions (the
Commission, the Parliament, the Council), kremlin.ru, Ireland's gov.ie, Wikinews and UK Hansard
undertakings, at most a quarter from the United States; at least eight publishers, none above a fifth
of the cases; about 90 cases (at least 70) by 03:15 UTC.

The set quotes the House of Commons (a Business of the House statement of 27 June 2019 and two
historic-Hansard exchanges of 4 November 1969 and 12 January 1978), the House of Lords (four
historic-Hansard exchanges of 1969, 1972 and 1974 on the printing of Hansard), the Council of the
European Union (three forward looks of 2023 and 2024 and the main results of the General Affairs
Council of 22 June 2021, carried whole by Pub Affairs Bruxelles, pressclub.be and ieu-monitoring.com),
the European Commission (a Midday Express of 20 June 2013, the Daily News of 8 December 2017 carried
whole by the Irish Farmers' Association, and two weekly calendars of 2018 and 2019), Wikinews (four
project pages of 2005, 2008 and 2010), NASA (a Kennedy Space Center media advisory of 23 June 2006),
the US Geological Survey (dated items of two pages of its state news releases listing, March and April
2016) and NOAA Fisheries (a Southeast fishery bulletin of 3 March 2020 carried whole by
perishablenews.com). 103 cases from 8 publishers (the House of Commons 20 (19.4%); the House of Lords
19 (18.4%); the Council of the EU 18 (17.5%); Wikinews 16 (15.5%); the European Commission 12 (11.7%);
NASA 11; the US Geological Survey 5; NOAA Fisheries 2). 18 of the 103 (17.5%) are from the United
States; 85 are not. The two Houses publish their own reports and are counted as separate publishers,
as earlier sets count departments. No kremlin.ru, gov.ie or European Parliament page could be used:
every kremlin.ru list of instructions, decree or transcript the store returned (and the sites that
reprint them) was used already; gov.ie's statements were removed by the licence audit of stop 49 and no
open statement of the Irish publisher was found; the Parliament's "Week Ahead" pages found were fresh
but its licence was set aside by the same audit (no legal notice of the Parliament in the store), so
they were not taken.

Every sentence quoted holds a time word of some kind (a date, a clock time, a weekday, "to-day",
"to-morrow", "yesterday", "this morning", "this weekend", "next week", a month, a year, a span,
"every day", "biannual", "now", "still", "never", "in the future", "for the present", "after",
"before", "until", "within"); sentences of the openings read that hold none were skipped, as were
titles, headings, date lines, contact lines, sentences cut off by the end of an opening and the words
of the carrying sites themselves. List and schedule lines were taken as they stand, without a full
stop where the page has none; the pages' slips ("ofHansard", "hut", "Rossasked", "May 22,2010", a
stray "), )," and a missing space after a colon) stay as the pages have them; the name of a speaker
run into the first words of a reply ("§ Mr. Concannon") was left out. The sentences were found with a
search over stored copies of public pages and taken as they came in the openings the search returns,
in page order. Where a publisher went over a fifth, the last ones were left out: the House of
Commons' "I thank the right hon. Gentleman for announcing the business for next week." and a whole
claimed Commons adjournment debate of 5 March 2020, and, for the House of Lords, the question "can the
Government Chief Whip give us some idea of the time when these copies will be available, so that we
may consult them in the morning?" (31 July 1972) and two sentences with "in the future" (6 November
1974). "The business for next week is as follows:" reads USED and was not taken; the Council's
standfirst "Overview of the main topics and events ... for the coming fortnight." was skipped as a
subtitle. Three sentences read USED when
checked whole at the end and were dropped ("At 7 pm, the House will be asked to agree all outstanding
estimates." and two sentences of the NOAA bulletin, the closure at 12:01 a.m. on March 4, 2020 and the
standing rule to close harvest when the quota is met). See README.md ("Hundred-and-thirty-third fresh
blind set") for every address, publisher and licence.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was checked
with the lead's `fresh_check.py` (the address and a distinctive phrase of the page) and claimed
(`fresh133`) in `/work/helper-brief/claims.txt` before its quotes were kept; many pages were found used
and dropped (README.md lists some). Every kept sentence was then checked whole with the same tool
(skipping this file): none reads used. Each label was worked out by hand from the words, the
publication date and the publisher's zone (Europe/London for both Houses, Europe/Brussels for the
Council and the Commission, UTC for Wikinews, whose pages give their times in UTC, America/New_York for
NASA's Kennedy Space Center, NOAA's Southeast office and a Connecticut item, America/Denver,
America/Chicago and America/Anchorage for USGS items on South Dakota, the upper Midwest and Louisiana,
and Kodiak); the conversion of local instants to UTC wall time, weekdays and day counts were done with
Python's zoneinfo and datetime in a scratch script outside the repository, never with code of the
project. 1969's British Standard Time (UTC+1 all year) is zoneinfo's. No run of `parse_deadline`,
`interpret_deadline`, `bench/deadlines.py` or the tests touched these texts before the labels were
committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh129.py`: the publication date at 10:00 local time unless the page gives an hour (the three
Lords pages that print one, "9.50 p.m.", "2.21 p.m." and "2.47 p.m.", are read at that hour); where a
page carries no date in its opening, the one its words, address or other facts give (each page's first
comment says which and why: the Council's forward looks and the Commission's calendars on the Friday
before the week they announce, the Wikinews pages from their own words); a day falls due at 23:59:59
local; a clock time with no day of its own in the sentence is the first such time after the moment of
speaking (CONVENTIONS 6.3; the page's instant is written in the comment); "to-morrow morning" ends at
12:00 (parser docstring); "next week" and "this weekend" fall due on their Sunday; a stay "until 30/04"
is due at the end of that day (CONVENTIONS 3.3); two dates or days of one act keep the later
(CONVENTIONS 6.1, 6.2); a closure that begins at an hour is a rule taking effect (CONVENTIONS 3.1a), a
reopening or a start at an hour is due then (CONVENTIONS 3.1); "today" on the act as spoken is due at
the end of that day (CONVENTIONS 2.1); done acts and the perfect with a day word are past (CONVENTIONS
2.4); standing rules ("every day", "on biannual basis") are recurring, times hung on an undated event
("before the contest is over", "within 2 days of the article's creation", "after an internal
discussion", "in the margins of the Council meeting", an extension of "1 more month") event
(CONVENTIONS 1.3); a denied day is negated (CONVENTIONS 4.1); a question or a possibility is no
undertaking (CONVENTIONS 4.2); refusals have `due=None` and a `refusal` kind; a sentence whose time
words set no time for any act has `due=None` and no refusal word (26 such). Clusters as in
`blind_fresh129.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4 parts of the day,
periods and windows, 5 refusals, 6 plain days and dates. 42 labels are refusals (past 29, event 8,
recurring 3, negated 2), none is vague; 35 labels carry a due instant; 28 are marked "unsure" and name
the other reading; like every label here they stay as committed, whatever the first run shows. First
run: not yet taken (the lead runs it once, after merging, and records it in README.md). Never edit
these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_HCBUS19 = "https://hansard.parliament.uk/Commons/2019-06-27/debates/F2E96369-6448-4E58-AA9D-8C483C7461C6/BusinessOfTheHouse"
_HCPAP69 = (
    "https://api.parliament.uk/historic-hansard/commons/1969/nov/04/parliamentary-papers-supply"
)
_HCDON78 = (
    "https://api.parliament.uk/historic-hansard/commons/1978/jan/12/county-donegal-cross-border"
)
_HLOR72 = "https://api.parliament.uk/historic-hansard/lords/1972/jul/31/the-official-report"
_HLPAP72 = "https://api.parliament.uk/historic-hansard/lords/1972/aug/01/parliamentary-papers-and-labour-dispute"
_HLHAN74 = "https://api.parliament.uk/historic-hansard/lords/1974/nov/06/hansard-publication-delay"
_HLPAP69 = "https://api.parliament.uk/historic-hansard/lords/1969/oct/21/parliamentary-papers-labour-dispute"
_ECMEX13 = "http://europa.eu/rapid/press-release_MEX-13-0620_en.htm"
_ECDN17 = "https://www.ifa.ie/european-commission-daily-news-08-december-4/"
_ECCAL19 = "http://europa.eu/rapid/press-release_CLDR-19-2291_en.htm"
_ECCAL18 = "http://government-world.com/author/welters/page/54/?print=print-search"
_CFL24B = "https://www.pubaffairsbruxelles.eu/eu-institution-news/forward-look-24-june-7-july-2024/"
_CFL24A = "https://www.pubaffairsbruxelles.eu/eu-institution-news/forward-look-17-30-june-2024/"
_CFL23 = "https://www.pressclub.be/press-releases/general-secretariat-media-advisory-forward-look-19-june-2-july-2023/"
_CGAC21 = "https://ieu-monitoring.com/editorial/main-results-of-the-general-affairs-council-22-june-2021/86322"
_WNORC05 = "https://en.wikinews.org/wiki/Wikinews:Original_reporting_contest_May_2005"
_WNWC05 = "https://en.wikinews.org/wiki/Wikinews:Writing_contest"
_WNMAY10 = "https://en.wikinews.org/wiki/Wikinews:May_2010_writing_contest"
_WNARB08 = "https://en.wikinews.org/wiki/Wikinews:Arbitration_Committee/Elections_July_2008/F.A.Q."
_NASA06 = "https://www.nasa.gov/centers/kennedy/news/releases/2006/release-20060623B-revC.html"
_USGS20 = "https://www.usgs.gov/news/news-releases/state?field_topics_tid=All&amp%3Bamp%3Bfield_state_tid=All&amp%3Bamp%3Bfield_release_date_value%5Bvalue%5D=&amp%3Bamp%3Bpage=11&amp%3Bpage=2&page=20"
_USGS19 = "https://www.usgs.gov/news/news-releases/state?field_topics_tid=All&amp%3Bamp%3Bfield_state_tid=All&amp%3Bamp%3Bfield_release_date_value%5Bvalue%5D=&amp%3Bamp%3Bpage=11&amp%3Bpage=2&page=19"
_NOAA20 = "https://www.perishablenews.com/seafood/commercial-hook-and-line-harvest-of-king-mackerel-in-federal-waters-of-the-gulf-of-mexico-southern-zone-will-close-on-march-4-2020/"

FRESH133_CASES: tuple[BlindCase, ...] = (
    # House of Commons (Hansard, Open Parliament Licence v3.0), Business of the House, Thursday 27 June 2019 (the date is the page's own: 'debated on Thursday 27 June 2019'); zone Europe/London (BST); no hour on the page, so said at 10:00 BST. A day of next week's business falls due at the end of that day, Monday 1 July 2019 (CONVENTIONS 3.1: a one-off sitting on a day) [local due 2019-07-01 23:59:59]
    B(
        text="Monday 1 July—Estimates day (6th allotted day).",
        due="2019-07-01 22:59:59",
        vague=False,
        said="2019-06-27 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HCBUS19,
        published="2019-06-27",
    ),
    # the same statement: Tuesday 2 July 2019, end of the day (CONVENTIONS 3.1) [local due 2019-07-02 23:59:59]
    B(
        text="Tuesday 2 July—Estimates day (7th allotted day).",
        due="2019-07-02 22:59:59",
        vague=False,
        said="2019-06-27 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HCBUS19,
        published="2019-06-27",
    ),
    # the same statement: Wednesday 3 July 2019, end of the day, a schedule of several items on one day (CONVENTIONS 3.1, 6.1) [local due 2019-07-03 23:59:59]
    B(
        text="Wednesday 3 July—Proceedings on the Supply and Appropriation (Main Estimates) (No.3) Bill, followed by motion to approve a statutory instrument relating to the Draft Capital Allowances (Structures and Buildings Allowances) Regulations 2019, followed by motion to approve a statutory instrument relating to the Misuse of Drugs Act 1971 (Amendment) Order 2019, followed by debate on a motion on whistleblowing.",
        due="2019-07-03 22:59:59",
        vague=False,
        said="2019-06-27 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HCBUS19,
        published="2019-06-27",
    ),
    # the same statement: Thursday 4 July 2019, end of the day (CONVENTIONS 3.1, 6.1) [local due 2019-07-04 23:59:59]
    B(
        text="Thursday 4 July—Debate on a motion on ending the sale of new petrol and diesel cars and vans, followed by general debate on the functioning of the existing law relating to assisted dying.",
        due="2019-07-04 22:59:59",
        vague=False,
        said="2019-06-27 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HCBUS19,
        published="2019-06-27",
    ),
    # the same statement: the House will not sit on Friday 5 July: the day is denied (CONVENTIONS 4.1)
    B(
        text="Friday 5 July—The House will not be sitting.",
        due=None,
        vague=False,
        said="2019-06-27 09:00:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_HCBUS19,
        published="2019-06-27",
    ),
    # the same reply: 'once again' and 'two days' count debates; no act is set a time: due None, no refusal word
    B(
        text="The Chair of the Backbench Business Committee seems to be the de facto Leader of the House once again, because he is setting the agenda with debates on two days—lucky him.",
        due=None,
        vague=False,
        said="2019-06-27 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HCBUS19,
        published="2019-06-27",
    ),
    # the same reply: the motion was passed on Monday (the past), but what it fixes, the House rising on 25 July 2019, is still ahead and is its own time (CONVENTIONS 2.2, 2.3: a day word on a past verb is not the deadline, the act's own time is) [local due 2019-07-25 23:59:59]. unsure: a careful reader could call the sentence a report of a done act, 'past' (CONVENTIONS 2.4)
    B(
        text="The motion for the House to rise on 25 July was passed on Monday.",
        due="2019-07-25 22:59:59",
        vague=False,
        said="2019-06-27 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HCBUS19,
        published="2019-06-27",
    ),
    # the same reply: the ballot results will be out on Tuesday 23 July 2019 (a Tuesday), a one-off event on a day (CONVENTIONS 3.1) [local due 2019-07-23 23:59:59]
    B(
        text="I understand that the results of the ballot for the Tory party leadership will be out on Tuesday 23 July.",
        due="2019-07-23 22:59:59",
        vague=False,
        said="2019-06-27 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HCBUS19,
        published="2019-06-27",
    ),
    # House of Commons (historic Hansard, HC Deb 04 November 1969 vol 790 cc836-8, Open Parliament Licence v3.0); zone Europe/London (British Standard Time, UTC+1, all year from 1968 to 1971); no hour given, said 4 November 1969 10:00 local. 'Yesterday' and the promise made then are told as done: past (CONVENTIONS 2.4, 5.3)
    B(
        text="Yesterday, the right hon. Gentleman the Leader of the Opposition quite rightly pressed me about the supply of Parliamentary Papers and I promised to look into the matter and make a short statement.",
        due=None,
        vague=False,
        said="1969-11-04 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCPAP69,
        published="1969-11-04",
    ),
    # the same statement: a state that holds now ('at present'), no act set a time: due None, no refusal word
    B(
        text="As right hon. and hon. Members will know, the supply of Parliamentary Papers is at present almost back to normal.",
        due=None,
        vague=False,
        said="1969-11-04 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HCPAP69,
        published="1969-11-04",
    ),
    # the same statement: an improvement since a statement made 'yesterday afternoon', told as done: past (CONVENTIONS 2.4)
    B(
        text="There has been a significant improvement since my right hon. Friend the Chief Secretary to the Treasury made a statement yesterday afternoon.",
        due=None,
        vague=False,
        said="1969-11-04 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCPAP69,
        published="1969-11-04",
    ),
    # the same statement: 'will have received ... this morning' and 'has been printed' tell of acts already done when spoken: past (CONVENTIONS 2.4)
    B(
        text="Most, if not all, right hon. and hon. Members will have received their HANSARD in the normal way this morning and the Order Paper has been printed in the usual form.",
        due=None,
        vague=False,
        said="1969-11-04 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCPAP69,
        published="1969-11-04",
    ),
    # the same exchange (Mr. Maudling): the concern after 'yesterday's' answers is told as past (CONVENTIONS 2.4)
    B(
        text="We are grateful to the Leader of the House for having taken an interest in this matter because there was some concern after the Chief Secretary's answers yesterday.",
        due=None,
        vague=False,
        said="1969-11-04 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCPAP69,
        published="1969-11-04",
    ),
    # the same exchange: 'still' describes the present; the assurance asked for has no time: due None, no refusal word
    B(
        text="As the situation is still uncertain, however, may we have the right hon. Gentleman's assurance, as Leader of the House, that we shall not be invited to undertake any business for which full documentation is not available?",
        due=None,
        vague=False,
        said="1969-11-04 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HCPAP69,
        published="1969-11-04",
    ),
    # House of Commons (historic Hansard, oral answers of 12 January 1978, Open Parliament Licence v3.0); zone Europe/London (GMT); said 12 January 1978 10:00 GMT. The question asks what was done on Tuesday 13 December 1977 (a Tuesday): past. The question number and '§ Mr. Wm. Ross' are kept as the page runs them together ('Rossasked')
    B(
        text="12. Mr. Wm. Rossasked the Secretary of State for Northern Ireland what steps he took to make available in the Library on Tuesday, 13th December 1977 copies of the report of the cross-border communications study between Northern Ireland and County Donegal.",
        due=None,
        vague=False,
        said="1978-01-12 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCDON78,
        published="1978-01-12",
    ),
    # the same answer (the speaker's name, 'Mr. Concannon', run into the sentence on the page, is left out): copies 'were placed' on Tuesday 13 December, a year-less date told in the past: past (CONVENTIONS 2.4)
    B(
        text="In accordance with normal practice, copies of the report were placed in the Library on Tuesday, 13th December.",
        due=None,
        vague=False,
        said="1978-01-12 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCDON78,
        published="1978-01-12",
    ),
    # the same exchange (Mr. Ross): 'in the future' and 'some day' set no time: due None, no refusal word
    B(
        text="Will he therefore make efforts to improve upon this performance in the future, because although this report was very largely a bucket of whitewash, there might some day be one that is important?",
        due=None,
        vague=False,
        said="1978-01-12 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HCDON78,
        published="1978-01-12",
    ),
    # the same exchange (Mr. Concannon): a clock time of a day gone by ('on the day that I visited'): past (CONVENTIONS 6.3: a clock time of the past is past)
    B(
        text="I was given the report in the city of Londonderry at 12 noon on the day that I visited the city.",
        due=None,
        vague=False,
        said="1978-01-12 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCDON78,
        published="1978-01-12",
    ),
    # the same reply: delivered at 12 noon on that day, told as done: past (CONVENTIONS 2.4, 6.3)
    B(
        text="I had arranged for a copy to be delivered, and I am assured that it was delivered at 12 noon on that day.",
        due=None,
        vague=False,
        said="1978-01-12 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCDON78,
        published="1978-01-12",
    ),
    # the same exchange: 'not yet' and 'now' promise nothing by a time: due None, no refusal word
    B(
        text="I have not yet seen a copy of it, so I do not wish to comment on it now.",
        due=None,
        vague=False,
        said="1978-01-12 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HCDON78,
        published="1978-01-12",
    ),
    # House of Lords (historic Hansard, 31 July 1972, Open Parliament Licence v3.0); zone Europe/London (BST); the page gives the hour, '9.50 p.m.', so said 31 July 1972 21:50 BST. 'there will be no printed copies ... to-morrow morning' denies the time: negated (CONVENTIONS 4.1). 'ofHansard' as the page has it
    B(
        text="My Lords, I think I should warn your Lordships that unfortunately there will be no printed copies ofHansard available to-morrow morning.",
        due=None,
        vague=False,
        said="1972-07-31 20:50:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_HLOR72,
        published="1972-07-31",
    ),
    # the same statement: copies available 'to-morrow morning', a part of the day ending at 12:00 (parser docstring), 1 August 1972 12:00 BST
    B(
        text="One or two Xeroxed copies of the debate today will be available for your Lordships to look at in the Library to-morrow morning.",
        due="1972-08-01 11:00:00",
        vague=False,
        said="1972-07-31 20:50:00",
        tz="Europe/London",
        cluster=4,
        source=_HLOR72,
        published="1972-07-31",
    ),
    # the same exchange (Lord Shackleton): 'to-day' dates who was absent; no act is promised by a time: due None, no refusal word. unsure: a careful reader could call it 'past' (the day's absence is done)
    B(
        text="Of course noble Lords who have not been here to-day will not know what happened, but in a sense it is arguable that that is their fault.",
        due=None,
        vague=False,
        said="1972-07-31 20:50:00",
        tz="Europe/London",
        cluster=1,
        source=_HLOR72,
        published="1972-07-31",
    ),
    # the same exchange (Lord Denham): copies in the Library 'to-morrow morning', 1 August 1972 12:00 BST (parser docstring: morning ends 12:00). 'hut' (for 'but') as the page has it
    B(
        text="My Lords, I think probably that that would not be possible hut, as I have said, one or two copies will be available in the Library to-morrow morning, although I am afraid that there will not be very many.",
        due="1972-08-01 11:00:00",
        vague=False,
        said="1972-07-31 20:50:00",
        tz="Europe/London",
        cluster=4,
        source=_HLOR72,
        published="1972-07-31",
    ),
    # the same exchange (Lord Denham): 'at least by 11 o'clock', an hour with no a.m./p.m. and no day in the sentence, is the first 11 o'clock after the moment of speaking (21:50), 31 July 1972 23:00 BST (CONVENTIONS 6.3; the definite hour beats the vague 'as early as can possibly be managed'). unsure: the question just before asks about 'the morning', so a careful reader gives 11:00 BST on 1 August 1972 (10:00 UTC)
    B(
        text="My Lords, as early as can possibly be managed—at least by 11 o'clock.",
        due="1972-07-31 22:00:00",
        vague=False,
        said="1972-07-31 20:50:00",
        tz="Europe/London",
        cluster=2,
        source=_HLOR72,
        published="1972-07-31",
    ),
    # House of Lords (historic Hansard, HL Deb 01 August 1972 vol 334 cc157-8, Open Parliament Licence v3.0); zone Europe/London (BST); the page gives '2.21 p.m.', so said 1 August 1972 14:21 BST. Yesterday's action and the papers not available to-day are told as done: past (CONVENTIONS 2.4)
    B(
        text="Owing to unofficial industrial action yesterday at the Parliamentary printing works by day and night staff who are responsible for printing and composing operations, Parliamentary and other Papers were not available to-day in their usual form.",
        due=None,
        vague=False,
        said="1972-08-01 13:21:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLPAP72,
        published="1972-08-01",
    ),
    # the same statement: 'have also been made available' for to-day's business, the perfect of a done act: past (CONVENTIONS 2.4)
    B(
        text="Copies of the Order Paper and other documents necessary for to-day's business have also been made available, albeit not in the accustomed form.",
        due=None,
        vague=False,
        said="1972-08-01 13:21:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLPAP72,
        published="1972-08-01",
    ),
    # the same statement: work 'was resumed this morning', done: past (CONVENTIONS 2.4)
    B(
        text="I am glad to say that I have been advised that normal working was resumed this morning.",
        due=None,
        vague=False,
        said="1972-08-01 13:21:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLPAP72,
        published="1972-08-01",
    ),
    # the same exchange (Lord Shackleton): an attempt already made, for yesterday's Hansard: past (CONVENTIONS 2.4)
    B(
        text="I have attempted unsuccessfully—perhaps because I did not use sufficient vigour—to obtain copies of the Commons Hansard for yesterday.",
        due=None,
        vague=False,
        said="1972-08-01 13:21:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLPAP72,
        published="1972-08-01",
    ),
    # the same exchange (Lord Wade): the news that work 'was resumed this morning' is of a done act: past (CONVENTIONS 2.4)
    B(
        text="We naturally welcome the news that normal working was resumed this morning.",
        due=None,
        vague=False,
        said="1972-08-01 13:21:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLPAP72,
        published="1972-08-01",
    ),
    # the same exchange (Lord Wade): a question whether copies will be available 'to-morrow'; a question is no undertaking: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could take the Government as bound to the day asked about, the end of 2 August 1972
    B(
        text="Do I take it that copies of the Report of the House of Lords debate of yesterday, in addition to to-day's, will be available to-morrow?",
        due=None,
        vague=False,
        said="1972-08-01 13:21:00",
        tz="Europe/London",
        cluster=1,
        source=_HLPAP72,
        published="1972-08-01",
    ),
    # House of Lords (historic Hansard, 6 November 1974, Open Parliament Licence v3.0); zone Europe/London (GMT); the page gives '2.47 p.m.', so said 6 November 1974 14:47 GMT. 'dated the 30th and 31st July' names the issues not yet printed; no act is set a time: due None, no refusal word. unsure: a careful reader could call the July dates 'past'
    B(
        text="The House of Commons Hansard that have not yet been printed are those dated the 30th and 31st July.",
        due=None,
        vague=False,
        said="1974-11-06 14:47:00",
        tz="Europe/London",
        cluster=1,
        source=_HLHAN74,
        published="1974-11-06",
    ),
    # the same answer: completed 'by the 8th and 15th November' (1974), two dates of which the later counts (CONVENTIONS 6.1, 6.2) [local due 1974-11-15 23:59:59 GMT]
    B(
        text="It is expected that these will be completed by the 8th and 15th November.",
        due="1974-11-15 23:59:59",
        vague=False,
        said="1974-11-06 14:47:00",
        tz="Europe/London",
        cluster=3,
        source=_HLHAN74,
        published="1974-11-06",
    ),
    # the same exchange (Lord Shepherd): the undertaking has no time of its own, and its only time word, 'in July', is of problems gone by: past (CONVENTIONS 5.3, 2.4). unsure: a careful reader could give due None and no refusal word (a promise with no time)
    B(
        text="I will certainly do all that I can to see that the problems that arose in July do not occur again.",
        due=None,
        vague=False,
        said="1974-11-06 14:47:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLHAN74,
        published="1974-11-06",
    ),
    # the same answer: 'have now been printed', done: past (CONVENTIONS 2.4)
    B(
        text="My Lords, all House of Lords Hansard have now been printed.",
        due=None,
        vague=False,
        said="1974-11-06 14:47:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLHAN74,
        published="1974-11-06",
    ),
    # House of Lords (historic Hansard, HL Deb 21 October 1969 vol 304 cc1611-3, Open Parliament Licence v3.0); zone Europe/London (British Standard Time, UTC+1); no hour given, said 21 October 1969 10:00 local. Arrangements in force 'for to-day and to-morrow' fall due at the end of to-morrow, 22 October 1969 (CONVENTIONS 3.3, 6.1) [local due 1969-10-22 23:59:59]. unsure: 'next Session' (a later, undated improvement if the action continues) could be read as the time of the sentence, or the whole as 'event'
    B(
        text="The staff of the House has made certain interim arrangements which will be in force for to-day and to-morrow, but which they hope to improve upon if the industrial action continues next Session.",
        due="1969-10-22 22:59:59",
        vague=False,
        said="1969-10-21 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HLPAP69,
        published="1969-10-21",
    ),
    # the same statement: 'for the present' bounds a denial with no end: due None, no refusal word. unsure: a careful reader could call it 'negated' (CONVENTIONS 4.1)
    B(
        text="Hansard: A report of speeches will be taken as usual by the shorthand writers, but no attempt at distribution or publication of copies of Hansard will be made for the present.",
        due=None,
        vague=False,
        said="1969-10-21 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HLPAP69,
        published="1969-10-21",
    ),
    # the same statement: 'to-day's debate' names the debate; the copy placed in the Library is given no time: due None, no refusal word. unsure: a careful reader could give the end of 21 October 1969 for the placing
    B(
        text="One copy of the Report of to-day's debate will be placed in the Library, and noble Lords will be able to get copies of individual passages photographed on request.",
        due=None,
        vague=False,
        said="1969-10-21 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HLPAP69,
        published="1969-10-21",
    ),
    # the same statement: a Hansard of tomorrow's sitting is unlikely to be needed and the arrangements apply only 'if so': a possibility, no undertaking (CONVENTIONS 4.2): due None, no refusal word
    B(
        text="It is unlikely that there will be any need for a Hansard of tomorrow's formal sitting; but if so, the same arrangements will apply.",
        due=None,
        vague=False,
        said="1969-10-21 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HLPAP69,
        published="1969-10-21",
    ),
    # European Commission (press corner, Midday Express EXME 13 / 20.06, reuse authorised with the source acknowledged, Commission Decision 2011/833/EU); zone Europe/Brussels (CEST); dated '20 / 06 / 13' on the page (a Thursday), no hour, said 20 June 2013 10:00 CEST. 'has decided today' is the perfect of a done act: past (CONVENTIONS 2.4)
    B(
        text="The Commission has decided today to refer to the EU Court of Justice 10 member States.",
        due=None,
        vague=False,
        said="2013-06-20 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_ECMEX13,
        published="2013-06-20",
    ),
    # the same page: the Council 'will take place tomorrow ... at 11.00', Friday 21 June 2013 11:00 CEST (CONVENTIONS 3.1)
    B(
        text="The EU's Council of Economic and Finance Ministers will take place tomorrow in Luxembourg at 11.00.",
        due="2013-06-21 09:00:00",
        vague=False,
        said="2013-06-20 08:00:00",
        tz="Europe/Brussels",
        cluster=2,
        source=_ECMEX13,
        published="2013-06-20",
    ),
    # the same item: the only date, 29 May, is when the recommendations were made: past; the approval itself is given no time. unsure: a careful reader could give due None and no refusal word (the approval has no time)
    B(
        text="In addition, the Council will be called on to approve the recommendations made by the European Commission on 29 May related inter alia to the Country-specific recommendations and the excessive deficit procedures.",
        due=None,
        vague=False,
        said="2013-06-20 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_ECMEX13,
        published="2013-06-20",
    ),
    # the same page: the President 'will be in Vienna today', the act due at the end of the day of speaking (CONVENTIONS 2.1) [local due 2013-06-20 23:59:59]
    B(
        text="President Barroso will be in Vienna today to meet Chancellor Werner Faymann.",
        due="2013-06-20 21:59:59",
        vague=False,
        said="2013-06-20 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_ECMEX13,
        published="2013-06-20",
    ),
    # European Commission (Daily News of 8 December 2017, carried whole by ifa.ie, reuse authorised with the source acknowledged, Decision 2011/833/EU); zone Europe/Brussels (CET); dated '08 Dec 2017' (a Friday) on the page, said 8 December 2017 10:00 CET. Travel 'this weekend' falls due at the weekend's end, Sunday 10 December 2017 (parser docstring: a range falls due at its later end) [local due 2017-12-10 23:59:59]
    B(
        text="Commissioner for Trade Cecilia Malmström and Commissioner for Agriculture Phil Hogan will travel this weekend to Buenos Aires (Argentina) for the 11th Ministerial Conference of the World Trade Organisation (WTO).",
        due="2017-12-10 22:59:59",
        vague=False,
        said="2017-12-08 09:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_ECDN17,
        published="2017-12-08",
    ),
    # the same item: 'on biannual basis' is a standing pattern; the focus of the conference has no time: recurring (CONVENTIONS 1.3). unsure: a careful reader could give due None and no refusal word (the sentence describes the conference)
    B(
        text="The Conference that brings together on biannual basis trade leaders from all WTO states will focus on several areas on which multilateral negotiations have been ongoing.",
        due=None,
        vague=False,
        said="2017-12-08 09:00:00",
        tz="Europe/Brussels",
        refusal="recurring",
        cluster=5,
        source=_ECDN17,
        published="2017-12-08",
    ),
    # the same item: progress made at the last Ministerial, in 2015: past
    B(
        text="Commissioner Hogan said: “We made great progress at the last WTO Ministerial in Nairobi in 2015, where the EU led the charge on eliminating export subsidies.",
        due=None,
        vague=False,
        said="2017-12-08 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_ECDN17,
        published="2017-12-08",
    ),
    # the same quote: 'Now' introduces an aim at the coming Ministerial, undated in the sentence: due None, no refusal word. unsure: a careful reader could call the outcome hung on the undated Ministerial 'event' (CONVENTIONS 1.3)
    B(
        text="Now, the EU, along with our allies, will look for a positive outcome at the Buenos Aires Ministerial on domestic support.",
        due=None,
        vague=False,
        said="2017-12-08 09:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_ECDN17,
        published="2017-12-08",
    ),
    # the same page: the agreement 'reached this morning' is done: past (CONVENTIONS 2.4)
    B(
        text="The EU and Japan reached this morning an agreement on the final details of the EU-Japan Economic Partnership Agreement (EPA).",
        due=None,
        vague=False,
        said="2017-12-08 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_ECDN17,
        published="2017-12-08",
    ),
    # European Commission (press corner, calendar CLDR/19/2291 for the week from Monday 29 April 2019, reuse authorised with the source acknowledged, Decision 2011/833/EU); zone Europe/Brussels (CEST). The calendar has no date of its own; the Commission issues its weekly calendar on the Friday before the week, so it is read as published Friday 26 April 2019 10:00 CEST. A stay 'until 30/04' (day first) falls due at the end of 30 April 2019 (CONVENTIONS 3.3) [local due 2019-04-30 23:59:59]
    B(
        text="Ms Vĕra Jourová in Prague, Czech Republic (until 30/04): speaks at the Conference “15 Years in the EU – Story of the Czech Economy”.",
        due="2019-04-30 21:59:59",
        vague=False,
        said="2019-04-26 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_ECCAL19,
        published="2019-04-26",
    ),
    # European Commission (weekly calendar 'CALENDRIER du 07 mai au 13 mai 2018', carried whole by government-world.com, reuse authorised with the source acknowledged, Decision 2011/833/EU); zone Europe/Brussels (CEST); read as published on the Friday before the week, 4 May 2018 10:00 CEST. A visit 'until 10/05' falls due at the end of 10 May 2018 (CONVENTIONS 3.3) [local due 2018-05-10 23:59:59]. The missing space after the colon is the page's
    B(
        text="Mr Valdis Dombrovskis in Riga, Latvia (until 10/05):delivers opening remarks at the conference “Europe. After 100 Before” at the National Library of Latvia.",
        due="2018-05-10 21:59:59",
        vague=False,
        said="2018-05-04 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_ECCAL18,
        published="2018-05-04",
    ),
    # the same calendar: a visit to Greece 'until 10/05', due at the end of 10 May 2018 (CONVENTIONS 3.3) [local due 2018-05-10 23:59:59]
    B(
        text="Mr Christos Stylianides in Greece (until 10/05): in Kavala: meets Mr Theodoros Markopoulos, Vice-Prefect of Kavala; Ms Dimitra Tsanaka, Mayor of Kavala; Mr Dimitrios Bantekas, Rector and the academic community of the Eastern Macedonia and Thrace Institute of Technology; participates in a Citizens’ dialogue about “Europe of Solidarity and the rescEU proposal to strengthen the European Civil Protection Mechanism”.",
        due="2018-05-10 21:59:59",
        vague=False,
        said="2018-05-04 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_ECCAL18,
        published="2018-05-04",
    ),
    # Council of the European Union (media advisory 'Forward look: 24 June – 7 July 2024', carried whole by Pub Affairs Bruxelles; Council Decision (EU) 2017/1842 on the reuse of Council documents, as recorded in README.md); zone Europe/Brussels (CEST). The page carries no date; the Council issues its forward look on the Friday before the fortnight, so read as published Friday 21 June 2024 10:00 CEST. The Council 'will meet on Monday 24 June 2024' (a Monday), a one-off meeting on a day (CONVENTIONS 3.1) [local due 2024-06-24 23:59:59]
    B(
        text="The Agriculture and Fisheries Council will meet on Monday 24 June 2024 in Luxembourg, when agriculture ministers will seek to approve a set of conclusions on the future of agriculture in the EU.",
        due="2024-06-24 21:59:59",
        vague=False,
        said="2024-06-21 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_CFL24B,
        published="2024-06-21",
    ),
    # the same advisory: 'for 2025' names the fishing opportunities; the ministers' views are given no time of their own in the sentence: due None, no refusal word
    B(
        text="Following a presentation by the Commission on the state of play of the common fisheries policy and on the orientations for the fishing opportunities for 2025, fisheries ministers will express their views on the topic and highlight their priorities.",
        due=None,
        vague=False,
        said="2024-06-21 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_CFL24B,
        published="2024-06-21",
    ),
    # the same advisory: the only date is the symposium 'it organised on 25 April 2024', done: past; the update and briefing have no time in the sentence. The stray '), ),' is the page's
    B(
        text="The Belgian presidency will furthermore update the Council on the state of play of four current legislative proposals (plant reproductive material, forest reproductive material, forest monitoring framework, protection of animals during transport), ), and it will brief ministers on the results of the symposium it organised on 25 April 2024 on front-of-pack nutrition labelling systems.",
        due=None,
        vague=False,
        said="2024-06-21 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_CFL24B,
        published="2024-06-21",
    ),
    # the same advisory: 'The June Foreign Affairs Council' dates the meeting to June 2024, due at the month's end (a period falls due at its end, parser docstring) [local due 2024-06-30 23:59:59]. unsure: a careful reader could read 'June' as the meeting's name only (due None), or take the heading's 24 June
    B(
        text="The June Foreign Affairs Council will discuss the Russian aggression against Ukraine and the situation in the Middle East.",
        due="2024-06-30 21:59:59",
        vague=False,
        said="2024-06-21 08:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_CFL24B,
        published="2024-06-21",
    ),
    # the same advisory: the joining comes 'After an internal discussion', an undated event of the meeting: event (CONVENTIONS 1.3)
    B(
        text="After an internal discussion, EU ministers will be joined by their counterparts from Albania, Bosnia and Herzegovina, North Macedonia, Montenegro, Serbia and Kosovo* for an exchange of views on the Western Balkans.",
        due=None,
        vague=False,
        said="2024-06-21 08:00:00",
        tz="Europe/Brussels",
        refusal="event",
        cluster=5,
        source=_CFL24B,
        published="2024-06-21",
    ),
    # the same advisory: 'the June European Council' names the meeting prepared for; the preparations are given no time: due None, no refusal word. unsure: a careful reader could give the end of June 2024 (preparations done before the June meeting)
    B(
        text="Ministers will continue preparations for the June European Council.",
        due=None,
        vague=False,
        said="2024-06-21 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_CFL24B,
        published="2024-06-21",
    ),
    # Council of the European Union (media advisory 'Forward look: 17 – 30 June 2024', carried whole by Pub Affairs Bruxelles; Council Decision (EU) 2017/1842); zone Europe/Brussels (CEST); read as published on the Friday before the fortnight, 14 June 2024 10:00 CEST. '2040' names the climate targets; 'then' orders items of an undated meeting: due None, no refusal word
    B(
        text="They will then hold a policy debate on the 2040 climate targets communication and an exchange of views on the communication on climate risks management.",
        due=None,
        vague=False,
        said="2024-06-14 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_CFL24A,
        published="2024-06-14",
    ),
    # the same advisory: 'during the next legislative mandate' is the span of the priorities debated, not of the debate, which is held over an undated lunch: due None, no refusal word. unsure: a careful reader could call the debate hung on the undated lunch 'event' (CONVENTIONS 1.3)
    B(
        text="Finally, over an informal lunch, ministers will hold a policy debate on the strategic priorities for transport during the next legislative mandate.",
        due=None,
        vague=False,
        said="2024-06-14 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_CFL24A,
        published="2024-06-14",
    ),
    # Council of the European Union (General Secretariat media advisory 'Forward look: 19 June – 2 July 2023', carried whole by pressclub.be; Council Decision (EU) 2017/1842); zone Europe/Brussels (CEST); read as published on the Friday before the fortnight, 16 June 2023 10:00 CEST. 'winter preparedness' names a subject; the hearing has no time in the sentence: due None, no refusal word
    B(
        text="Under other business ministers will hear from the Commission on winter preparedness and on external energy relations.",
        due=None,
        vague=False,
        said="2023-06-16 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_CFL23,
        published="2023-06-16",
    ),
    # the same advisory: a meeting 'on 26-27 June' (2023) falls due at the later day's end (CONVENTIONS 6.1) [local due 2023-06-27 23:59:59]
    B(
        text="Agriculture and fisheries ministers will meet in Luxembourg on 26-27 June where they will discuss the regulation on the sustainable use of plant protection products, the Common Fisheries Policy and fishing opportunities for 2024, and trade-related agricultural issues.",
        due="2023-06-27 21:59:59",
        vague=False,
        said="2023-06-16 08:00:00",
        tz="Europe/Brussels",
        cluster=3,
        source=_CFL23,
        published="2023-06-16",
    ),
    # the same advisory: 'the upcoming European Council' is an undated meeting prepared for; the focus has no time: due None, no refusal word
    B(
        text="Ministers will focus on preparations for the upcoming European Council and European electoral law.",
        due=None,
        vague=False,
        said="2023-06-16 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_CFL23,
        published="2023-06-16",
    ),
    # the same advisory: '2023' and '18-month' name the recommendations and the programme; the approval has no time in the sentence: due None, no refusal word
    B(
        text="They are also expected to approve the 2023 country-specific recommendations and endorse the 18-month programme of the Council.",
        due=None,
        vague=False,
        said="2023-06-16 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_CFL23,
        published="2023-06-16",
    ),
    # Council of the European Union (main results of the General Affairs Council of 22 June 2021, carried whole by ieu-monitoring.com; Council Decision (EU) 2017/1842); zone Europe/Brussels (CEST); the title dates the meeting, read as published that day, 22 June 2021 10:00 CEST. Information given on progress 'this semester', told as done: past (CONVENTIONS 2.4)
    B(
        text="The Presidency provided information on progress attained this semester, the Council had an exchange of views on all files related to the Enlargement and Stabilisation and Association process.",
        due=None,
        vague=False,
        said="2021-06-22 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_CGAC21,
        published="2021-06-22",
    ),
    # the same page: 'for the period 2021-2027' is the span a budget covers; nothing falls due: due None, no refusal word. unsure: a careful reader could read the period's end, 31 December 2027
    B(
        text="IPA III is set to have a total budget of over €14 billion for the period 2021-2027.",
        due=None,
        vague=False,
        said="2021-06-22 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_CGAC21,
        published="2021-06-22",
    ),
    # the same page: 'still' describes the present; the approval has no time: due None, no refusal word
    B(
        text="The political agreement still requires the final approval of the Council.",
        due=None,
        vague=False,
        said="2021-06-22 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_CGAC21,
        published="2021-06-22",
    ),
    # the same page: agreed 'On 6 May', done: past (CONVENTIONS 2.4)
    B(
        text="On 6 May, the Council agreed on the application of the revised enlargement methodology to the accession negotiations with Serbia and Montenegro.",
        due=None,
        vague=False,
        said="2021-06-22 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_CGAC21,
        published="2021-06-22",
    ),
    # the same page: the conferences 'will take place in the margins of the Council meeting', a meeting this sentence does not date: event (CONVENTIONS 1.3). unsure: the meeting is that of the day of publication, so a careful reader could give the end of 22 June 2021
    B(
        text="This paved the way for the holding of the first “political” Intergovernmental Conferences, which will take place in the margins of the Council meeting.",
        due=None,
        vague=False,
        said="2021-06-22 08:00:00",
        tz="Europe/Brussels",
        refusal="event",
        cluster=5,
        source=_CGAC21,
        published="2021-06-22",
    ),
    # the same page: the Lisbon event 'on 17 June' and the plenary 'on 19 June' are reported as done: past (CONVENTIONS 2.4)
    B(
        text="The Presidency informed ministers of the outcome of the Lisbon European citizens’ event on 17 June and of the Conference’s first plenary on 19 June.",
        due=None,
        vague=False,
        said="2021-06-22 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_CGAC21,
        published="2021-06-22",
    ),
    # Wikinews (project page 'Wikinews:Original reporting contest May 2005'; text written before 25 September 2005 is public domain, later text CC BY 2.5, as Wikinews:Citation guidelines states); zone UTC (the page gives its times in UTC). The page has no date of its own; its future tense ('opens on Sunday, May 1') and its pre-registration section put it before the contest, so it is read as published Saturday 30 April 2005 10:00 UTC. 'of May 2005' names the contest: due None, no refusal word
    B(
        text="The Wikinews Original Reporting contest of May 2005 is a competition among Wikinews authors which aims to increase the incidence of Original reporting articles on the site, and to allow contributors to learn how to solicit quotes from people connected to the news.",
        due=None,
        vague=False,
        said="2005-04-30 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WNORC05,
        published="2005-04-30",
    ),
    # the same page: the contest opens at 00:00 UTC on Sunday 1 May 2005 (a Sunday), a one-off opening at an hour (CONVENTIONS 3.1, as 'the road will reopen at 12:01 a.m.'). unsure: a careful reader could call the contest an activity open from that time only, 'earliest' 2005-05-01 00:00 UTC (CONVENTIONS 3.2)
    B(
        text="The contest opens on Sunday, May 1, 2005 at 00:00 UTC.",
        due="2005-05-01 00:00:00",
        vague=False,
        said="2005-04-30 10:00:00",
        tz="UTC",
        cluster=2,
        source=_WNORC05,
        published="2005-04-30",
    ),
    # the same page: 'any time before the contest is over', an end this sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="A contestant may enter at any time before the contest is over.",
        due=None,
        vague=False,
        said="2005-04-30 10:00:00",
        tz="UTC",
        refusal="event",
        cluster=5,
        source=_WNORC05,
        published="2005-04-30",
    ),
    # the same rules: 'within 2 days of the article's creation', a span from an undated event of each case: event (CONVENTIONS 1.3)
    B(
        text="Inability to properly encode and upload audio files will not disqualify a participant if corrected within 2 days of the article's creation.",
        due=None,
        vague=False,
        said="2005-04-30 10:00:00",
        tz="UTC",
        refusal="event",
        cluster=5,
        source=_WNORC05,
        published="2005-04-30",
    ),
    # the same rules: the contest 'ends after 1 month' counted from its start, which this sentence does not date: event (CONVENTIONS 1.3). unsure: counted from the opening on 1 May 2005 (the sentence above), a careful reader gives the end of 1 June 2005
    B(
        text="The contest ends after 1 month.",
        due=None,
        vague=False,
        said="2005-04-30 10:00:00",
        tz="UTC",
        refusal="event",
        cluster=5,
        source=_WNORC05,
        published="2005-04-30",
    ),
    # the same rules: a conditional extension of 1 more month from an end not given here: event (CONVENTIONS 1.3; parser docstring: the size of an extension counts from an end not given)
    B(
        text="If no participant has submitted at least 5 such stories, the contest automatically gets extended for 1 more month.",
        due=None,
        vague=False,
        said="2005-04-30 10:00:00",
        tz="UTC",
        refusal="event",
        cluster=5,
        source=_WNORC05,
        published="2005-04-30",
    ),
    # Wikinews (project page 'Wikinews:Writing contest'; text of 2005, public domain as Wikinews:Citation guidelines states for content created on or before 25 September 2005); zone UTC. The page's closing note ends the contest after 'the May 1st deadline' and counts '50 days of the competition' from its opening on 21 March 2005, so it is read as published on the fiftieth day, 10 May 2005 10:00 UTC. The articles 'were written': past
    B(
        text="Over the 50 days of the competition some 224 articles were written for the contest!",
        due=None,
        vague=False,
        said="2005-05-10 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNWC05,
        published="2005-05-10",
    ),
    # the same page: 'opened on March 21, 2005', done: past
    B(
        text="The contest opened on March 21, 2005.",
        due=None,
        vague=False,
        said="2005-05-10 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNWC05,
        published="2005-05-10",
    ),
    # the same rules (a list item, taken as it stands): an article 'every day' is a standing rule of the contest: recurring (CONVENTIONS 1.3)
    B(
        text="Contestants have to start at least one Wikinews article every day (at least 3 paragraphs of their original writing per article).",
        due=None,
        vague=False,
        said="2005-05-10 10:00:00",
        tz="UTC",
        refusal="recurring",
        cluster=5,
        source=_WNWC05,
        published="2005-05-10",
    ),
    # the same rules: the clock times and weekdays illustrate a standing rule: recurring (CONVENTIONS 1.3, 6.3: a clock time of a standing rule is recurring)
    B(
        text='For this contest, "every day" means one article for each day of the week in your timezone (i.e. a submission on 00:01 on Thursday and 23:59 on Friday would still count).',
        due=None,
        vague=False,
        said="2005-05-10 10:00:00",
        tz="UTC",
        refusal="recurring",
        cluster=5,
        source=_WNWC05,
        published="2005-05-10",
    ),
    # the same page: 'never' in a possibility: no undertaking (CONVENTIONS 4.2): due None, no refusal word
    B(
        text="It is possible, but unlikely, that it will never end.",
        due=None,
        vague=False,
        said="2005-05-10 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WNWC05,
        published="2005-05-10",
    ),
    # the same page: 'we have passed the May 1st deadline' is the only time and it is gone: past (CONVENTIONS 2.4). unsure: 'I ... officially end this writing contest' is an act done as it is spoken, so a careful reader could give the end of the day of speaking (CONVENTIONS 2.1)
    B(
        text="Since Erik has resigned and we have passed the May 1st deadline; I as the only active remaining judge officially end this writing contest.",
        due=None,
        vague=False,
        said="2005-05-10 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNWC05,
        published="2005-05-10",
    ),
    # Wikinews (project page 'Wikinews:May 2010 writing contest', CC BY 2.5 as Wikinews:Reusing Wikinews content states); zone UTC (the page: 'All times per Recent Changes - UTC'). The page has no date of its own; the sentences quoted are in the future tense of the sign-up page, so it is read as published the day before the contest, 30 April 2010 10:00 UTC (a later final-standings table does not change the words). The contest runs to 22 May 2010, due at that day's end (CONVENTIONS 1.1, 6.1). 'May 22,2010' as the page has it
    B(
        text="The contest will run from May 1, 2010 to May 22,2010.",
        due="2010-05-22 23:59:59",
        vague=False,
        said="2010-04-30 10:00:00",
        tz="UTC",
        cluster=3,
        source=_WNMAY10,
        published="2010-04-30",
    ),
    # the same page: 00:00 'on start' and 23:59 'on end' are hung on a start and an end this sentence does not date: event (CONVENTIONS 1.3, 6.3). unsure: read with the sentence before, 22 May 2010 23:59 UTC
    B(
        text="Submissions for review run from 00:00 on start to 23:59 on end.",
        due=None,
        vague=False,
        said="2010-04-30 10:00:00",
        tz="UTC",
        refusal="event",
        cluster=5,
        source=_WNMAY10,
        published="2010-04-30",
    ),
    # Wikinews (project page 'Wikinews:Arbitration Committee/Elections July 2008/F.A.Q.', CC BY 2.5 as Wikinews:Reusing Wikinews content states); zone UTC. The page has no date of its own; it prepares the July 2008 elections and is read as published 1 July 2008 10:00 UTC (neither label here depends on the day). 'in July 2008' names the elections the questions are about: due None, no refusal word. unsure: a careful reader could give the elections' month end, 31 July 2008 23:59:59 UTC
    B(
        text="The following are Frequently Asked Questions about the elections in July 2008 for the Wikinews Arbitration Committee.",
        due=None,
        vague=False,
        said="2008-07-01 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WNARB08,
        published="2008-07-01",
    ),
    # the same page: the only time, the term extension 'at the end of the election last year', is past
    B(
        text="Due to a term extension at the end of the election last year, all 6 seats are up for election.",
        due=None,
        vague=False,
        said="2008-07-01 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNARB08,
        published="2008-07-01",
    ),
    # NASA (Kennedy Space Center media advisory M06-107 rev. C, a work of the US federal government, public domain); zone America/New_York (EDT). The address dates it 23 June 2006 ('release-20060623B'), a Friday; no hour, said 10:00 EDT. The countdown begins at 5 p.m. EDT June 28 (2006), a one-off start at an hour (CONVENTIONS 3.1)
    B(
        text="NASA will begin the countdown for the launch of Space Shuttle Discovery at 5 p.m. EDT June 28, at the T-43 hour point.",
        due="2006-06-28 21:00:00",
        vague=False,
        said="2006-06-23 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA06,
        published="2006-06-23",
    ),
    # the same advisory: the preferred launch time, about 3:49 p.m. EDT on July 1 (2006) (CONVENTIONS 3.1); '28 hours' measures the hold time
    B(
        text="The countdown includes nearly 28 hours of built-in hold time leading to a preferred launch time at about 3:49 p.m. EDT on July 1.",
        due="2006-07-01 19:49:00",
        vague=False,
        said="2006-06-23 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA06,
        published="2006-06-23",
    ),
    # the same advisory: how long the window stays open from an opening this sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="The launch window extends for about five minutes.",
        due=None,
        vague=False,
        said="2006-06-23 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NASA06,
        published="2006-06-23",
    ),
    # the same advisory: 'have been set' tells of a done act; 'the July 1 launch' names the launch: past (CONVENTIONS 2.4). unsure: the events set are ahead, so a careful reader could give the end of 1 July 2006
    B(
        text="News conferences, events and operating hours for the Kennedy Space Center's News Center, Fla., have been set for the July 1 launch of the Space Shuttle Discovery on mission STS-121.",
        due=None,
        vague=False,
        said="2006-06-23 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NASA06,
        published="2006-06-23",
    ),
    # the same advisory: the crew arrives at noon EDT on Tuesday, June 27 (2006, a Tuesday) (CONVENTIONS 3.1)
    B(
        text="The crew of space shuttle Discovery is scheduled to arrive at Kennedy at noon EDT on Tuesday, June 27.",
        due="2006-06-27 16:00:00",
        vague=False,
        said="2006-06-23 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA06,
        published="2006-06-23",
    ),
    # the same advisory: media 'must be at the News Center by 11 a.m. EDT Tuesday', the next Tuesday after Friday 23 June, 27 June 2006 11:00 EDT
    B(
        text="Media planning to cover the event must be at the News Center by 11 a.m. EDT Tuesday for transportation to the Shuttle Landing Facility.",
        due="2006-06-27 15:00:00",
        vague=False,
        said="2006-06-23 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA06,
        published="2006-06-23",
    ),
    # the same advisory, a line of the schedule taken as it stands: a clock time with no day of its own in the line is the first noon after the moment of speaking, 23 June 2006 12:00 EDT (CONVENTIONS 6.3); page: Tuesday 27 June 2006 12:00 EDT, the heading 'Launch-4 Days (Tuesday, June 27)' above it
    B(
        text="Noon: STS-121 crew arrival, Shuttle Landing Facility",
        due="2006-06-23 16:00:00",
        vague=False,
        said="2006-06-23 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA06,
        published="2006-06-23",
    ),
    # the same schedule: the first 10 a.m. after the moment of speaking; the moment is itself 10:00 EDT on 23 June (the convention's hour), so the first 10 a.m. after it is 24 June 2006 10:00 EDT (CONVENTIONS 6.3); page: Wednesday 28 June 2006 10:00 EDT (heading 'Launch-3 Days'). unsure: a careful reader could take 10 a.m. on the day of speaking itself, 23 June 2006 10:00 EDT (14:00 UTC), the convention's hour being no real moment of speaking
    B(
        text="10 a.m.: Countdown Status Briefing with Jeff Spaulding, NASA test director; Debbie Hahn, STS-121 payload manager; Kathy Winters, shuttle weather officer",
        due="2006-06-24 14:00:00",
        vague=False,
        said="2006-06-23 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA06,
        published="2006-06-23",
    ),
    # the same schedule: the first 10:30 a.m. after the moment of speaking, 23 June 2006 10:30 EDT (CONVENTIONS 6.3); page: Wednesday 28 June 2006 10:30 EDT (heading 'Launch-3 Days')
    B(
        text="10:30 a.m.: Media depart for tour of Cape Canaveral Air Force Station Weather Facility",
        due="2006-06-23 14:30:00",
        vague=False,
        said="2006-06-23 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA06,
        published="2006-06-23",
    ),
    # the same schedule: the first 5 p.m. after the moment of speaking, 23 June 2006 17:00 EDT, a start that is the event itself (CONVENTIONS 6.3, 3.1); page: Wednesday 28 June 2006 17:00 EDT
    B(
        text="5 p.m.: Launch countdown officially begins",
        due="2006-06-23 21:00:00",
        vague=False,
        said="2006-06-23 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA06,
        published="2006-06-23",
    ),
    # the same schedule, under 'Launch-2 Days (Thursday, June 29)': read alone, the first 10 a.m. after the moment of speaking, 24 June 2006 10:00 EDT, as the line above (CONVENTIONS 6.3); page: Thursday 29 June 2006 10:00 EDT. unsure: as above, 23 June 2006 10:00 EDT
    B(
        text="10 a.m.: Countdown Status Briefing with Pete Nicolenko, NASA test director; Kathy Winters, shuttle weather officer",
        due="2006-06-24 14:00:00",
        vague=False,
        said="2006-06-23 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA06,
        published="2006-06-23",
    ),
    # US Geological Survey (state news releases listing, page 20; works of the US federal government, public domain). Item 'Date published: March 29, 2016', said 29 March 2016 10:00 local; zone America/Denver (Rapid City, South Dakota, MDT). The meeting on Thursday, April 7 (2016, a Thursday) is a one-off event on a day (CONVENTIONS 3.1) [local due 2016-04-07 23:59:59]
    B(
        text="Media and the public are invited to attend a free meeting about South Dakota water issues on Thursday, April 7, in Rapid City, South Dakota.",
        due="2016-04-08 05:59:59",
        vague=False,
        said="2016-03-29 16:00:00",
        tz="America/Denver",
        cluster=6,
        source=_USGS20,
        published="2016-03-29",
    ),
    # the same listing, an item of March 29, 2016 on the upper Midwest; zone America/Chicago (CDT). A survey run 'for approximately two weeks' from 'early April' falls due at the window's end (CONVENTIONS 1.1): early April ends on 10 April (parser docstring: early = days 1-10), plus two weeks, 24 April 2016 [local due 2016-04-24 23:59:59]. unsure: 'approximately' and an early start give earlier ends, and a careful reader could read 'Beginning in early April' as a start only (earliest, CONVENTIONS 3.2)
    B(
        text="Beginning in early April and continuing for approximately two weeks, the U.S. Geological Survey will conduct an aerial survey designed to scan the upper part of the earth’s crust.",
        due="2016-04-25 04:59:59",
        vague=False,
        said="2016-03-29 15:00:00",
        tz="America/Chicago",
        cluster=4,
        source=_USGS20,
        published="2016-03-29",
    ),
    # the same listing, an item of March 24, 2016 on Louisiana; zone America/Chicago (CDT). The work is going on now and 'this month' dates the flooding: no act is set a time: due None, no refusal word. unsure: a careful reader could call the flooding of this month 'past'
    B(
        text="US Geological Survey water science specialists are in the field assisting flood relief work in Louisiana by documenting the extent of historic, long-lasting flooding this month across a broad swath of the state, from Shreveport in the northwest to the Pearl River in the southeast.",
        due=None,
        vague=False,
        said="2016-03-24 15:00:00",
        tz="America/Chicago",
        cluster=1,
        source=_USGS20,
        published="2016-03-24",
    ),
    # the same listing, an item of March 22, 2016 on Connecticut; zone America/New_York (EDT). Improvement 'over the last 40 years', told as done: past
    B(
        text="Water quality in Connecticut streams flowing into Long Island Sound has steadily improved over the last 40 years, according to a new U.S. Geological Survey study.",
        due=None,
        vague=False,
        said="2016-03-22 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USGS20,
        published="2016-03-22",
    ),
    # US Geological Survey (state news releases listing, page 19; public domain). Item 'Date published: April 25, 2016' (a Monday) on Kodiak, Alaska; zone America/Anchorage (AKDT). Events 'next week', the week of Monday 2 to Sunday 8 May 2016, fall due at its end (parser docstring: weeks run Monday to Sunday; a range falls due at its later end) [local due 2016-05-08 23:59:59]
    B(
        text="Two public events are scheduled next week in the City of Kodiak, Alaska about monitoring old volcanic ash resuspended by high winds.",
        due="2016-05-09 07:59:59",
        vague=False,
        said="2016-04-25 18:00:00",
        tz="America/Anchorage",
        cluster=4,
        source=_USGS19,
        published="2016-04-25",
    ),
    # NOAA Fisheries (Southeast Regional Office fishery bulletin, a work of the US federal government, public domain; carried whole by perishablenews.com, whose NOAA Fisheries tag page dates it 'March 3, 2020'); zone America/New_York ('local time' in the Gulf Southern Zone off south-west Florida); said 3 March 2020 10:00 EST. The harvest 'will reopen at 12:01 a.m., local time, on July 1, 2020', a reopening at an hour (CONVENTIONS 3.1, as 'the road will reopen at 12:01 a.m.'), 1 July 2020 00:01 EDT. unsure: a careful reader could read a harvest open from that time as a start only (earliest, CONVENTIONS 3.2)
    B(
        text="Commercial hook-and-line harvest will reopen at 12:01 a.m., local time, on July 1, 2020.",
        due="2020-07-01 04:01:00",
        vague=False,
        said="2020-03-03 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NOAA20,
        published="2020-03-03",
    ),
    # the same bulletin: '2019/2020' names the fishing year of the quota; nothing falls due: due None, no refusal word
    B(
        text="The 2019/2020 commercial hook-and-line quota for the Gulf Southern zone is 575,400 pounds.",
        due=None,
        vague=False,
        said="2020-03-03 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NOAA20,
        published="2020-03-03",
    ),
)
